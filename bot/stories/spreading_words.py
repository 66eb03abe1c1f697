"""More of the guide's third reason to book, numbness getting worse or spreading, as people say
it: read by bot.stories.reason_words beside its own WORSENING words (a module of its own, so that
one stays readable).

"The numb bit on my shin was small, now half my lower leg", "toe numbness now reaching
mid-foot", "this year it's definitely on the march", "has since extended gradually to both
feet", "a touch bigger than last month". Pure.
"""

from __future__ import annotations

MORE_WORSENING = (
    r"(?:was|were|started|start|began) (?:so |very |quite |really )?(?:small|tiny|little)"
    r"[^.?!]{0,40}(?<!gone )(?<!over )(?<!fine )(?<!better )(?<!normal )\bnow\b(?!(?:'s| is|"
    r" it'?s| its)? (?:ok|okay|fine|better|gone|normal|good)\b)|"
    r"reach\w* (?:up (?:to )?|as far as |into |past )?(?:my |his |her |their |the )?(?:knees?|"
    r"ankles?|shins?|calf|calves|thighs?|hips?|mid[- ]?foot|midfoot|arch|arches|heels?|waist|"
    r"groin)\b|on the march|"
    r"extend\w* (?:gradually |slowly |steadily )?(?:to|up|into|down|further)|"
    # "the patch has grown to almost the whole side of the thigh, and it's heading toward the knee"
    r"(?:grown|grew|spread) to (?:almost |nearly |about )?(?:the )?whole\b|heading (?:down |up )?"
    r"(?:toward|towards|to) (?:my |his |her |their |the )?(?:knees?|ankles?|hips?|toes|groin)\b|"
    # "the dead feeling seems a touch bigger than last month"
    r"(?:bigger|wider|larger|further up|higher up) than (?:it was )?(?:last (?:week|month|year)|"
    r"(?:a|one|two|three|a few|a couple of) (?:weeks?|months?) ago|before|it was)|"
    # "more big now than last month, and go up to the leg slowly", in a second language.
    r"more (?:big|bigger|wide|strong|stronger|much) (?:now )?than (?:last|before|one|two|a)|"
    r"(?:go|goes|going|went|move|moves|moving|climb|climbs|climbing|creep|creeps|creeping) up "
    r"(?:to|into|in) (?:the |my |his |her )?(?:leg|legs|knee|knees|thigh|thighs|calf|shin|ankle)"
    r"s? (?:slowly|little by little|bit by bit|gradually|more and more|every (?:day|week))"
)

# "Just now my leg's back to normal": what follows "now my" is well again, nothing spread.
NOT_BACK_TO_NORMAL = (
    r"(?! (?:[\w']+ ){0,3}(?:back to normal|back to itself|fine|ok|okay|better|gone|normal|good|"
    r"alright)\b)"
)
