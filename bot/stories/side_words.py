"""The words of the guide's fourth reason to book, numbness on one side, read without the model.

"Only my left foot", "the right one is totally fine", "not on the other side", "confined to my
right calf": one side told plainly or by the other side told well. A way of sitting or lying to
one side is no side of the body ("legs tucked to one side"), and "only one stop" on a drive is no
side at all. Used by bot.stories.cues. Pure.
"""

from __future__ import annotations

import re

ONE_SIDED = re.compile(
    r"\b(?:only|just) (?:in )?(?:on )?(?:my |the |his |her |one )?(?:left|right|one)\b"
    r"(?! (?:stop|break|day|night|time|hour|way|more|thing|of|or two|person|drink)\b)|"
    r"\bonly (?:\w+ ){0,3}(?:about|with|in|on) (?:my|his|her|the) (?:left|right) (?:leg|foot|"
    r"side)\b|"
    r"\b(?:left|right|one) (?:leg|foot|side|calf|thigh|shin|toe|knee|ankle)s? only\b|"
    r"(?<!tucked to )(?<!tucked on )(?<!folded to )(?<!sleep on )(?<!slept on )(?<!sleeping on )"
    r"(?<!lying on )(?<!lie on )(?<!lay on )(?<!leaning to )(?<!leaning on )(?<!curled to )"
    r"\bone (?:leg|foot|side)\b(?! (?:tucked|crossed|folded|over|under|on top|bent|pressed|"
    r"beneath|twisted|on (?:the )?other))|"
    r"\b(?:confined|limited|restricted|isolated) to (?:my |the |his |her |one )?(?:left|right|"
    r"one)\b|\b(?:left|right) (?:leg|foot|side|calf|thigh|shin) alone\b|"
    r"\b(?:left|right) (?:leg|foot|side|one)(?:'?s| is| feels| seems)? (?:totally|completely|"
    r"perfectly|100%) (?:fine|ok|okay|normal|good|alright|chill|unaffected)\b|"
    r"\b(?:left|right) (?:leg|foot|side|one)(?:'?s| is| feels| seems)? (?:chill|grand|"
    r"unaffected)\b|\b[lr] (?:is|feels|seems) (?:fine|ok|okay|normal|good)\b|"
    r"\bthe other (?:leg|foot|side|one) (?:is|feels|seems) (?:fine|ok|okay|normal|good|alright)\b|"
    r"\bthe (?:left|right) (?:leg|foot|side|one) (?:is|feels|seems) (?:unaffected|not affected)\b|"
    r"\bthe (?:left|right|other) (?:sole|calf|shin|thigh|knee|ankle|heel|toes?) (?:is|feels|"
    r"seems|are) (?:fine|ok|okay|normal|good|alright)\b|"
    r"\b(?:left|right) (?:leg|foot|side|one)(?:'s| is| feels| seems)? (?:fine|ok|okay|normal|good|"
    r"alright|completely normal|totally normal)\b|"
    r"\bnot (?:on )?the other\b|\bnever the other\b|\bnothing (?:on|in) the other (?:side|leg|"
    r"foot|one)\b|\bone[- ]sided\b|\bnot both\b|"
    r"\bnot (?:on )?the (?:left|right)(?: one| leg| foot| side)?\b|"
    r"\b(?:the )?other (?:leg|foot|side|one)(?:'?s)? (?:is |feels |seems )?(?:normal|fine|ok|okay|"
    r"good)\b|"
    r"\b(?:left|right) (?:leg|foot) (?:is |feels )?(?:numb |tingly )?only\b|"
    r"\bthe (?:right|left) (?:leg|foot|one) no\b|"
    r"\bwhile the (?:right|left|other)(?: \w+)? (?:is|feels) (?:normal|fine|ok|okay)\b|"
    r"\b(?:left|right) (?:is |feels |seems )?(?:fine|ok|okay|normal)\b|"
    r"\b(?:only|just) (?:that|this|the one) (?:leg|foot|side|calf|shin|thigh)\b|"
    r"\b(?:only|just) one of (?:my|his|her|their|the) (?:legs|feet|calves|thighs|shins)\b|"
    # "left leg numb, right leg no", "other leg no problem"
    r"\b(?:left|right|other) (?:leg|foot|side|one) (?:no|not)\b(?! (?:numb|tingl|feeling|better|"
    r"longer|sensation))|\bother (?:leg|foot|side|one) (?:has )?no problem\b|"
    r"\b(?:only|just) (?:the )?(?:outside|inside|front|back|side|top|bottom|sole|edge|outer "
    r"edge|outer side|inner side) of (?:my |the |his |her )?(?:left|right)\b"
)
