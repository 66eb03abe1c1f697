"""More ways a story tells its numbness without the word: read by bot.stories.cues beside its own
NUMBNESS words (a module of its own, so that one stays readable).

"woke up unable to feel it at all", "when the bell rang I had no idea where my feet were", "my
leg become sleeping", "my foot felt like it was missing", "legs full of ants", a child's
"sparkling" legs: each is the guide's numbness, "a loss
of sensation or feeling", in the teller's own image or in a second language. Pure.
"""

from __future__ import annotations

_LIMB = r"(?:leg|legs|foot|feet|toes?|calf|calves|thighs?|shins?)"

MORE_NUMBNESS = (
    r"(?:unable|not able) to feel|"
    r"no idea where (?:my|his|her|their|the) " + _LIMB + r" (?:were|was|are|is)|"
    r"" + _LIMB + r" (?:become|became|becomes|becoming|get|gets|got|getting) "
    r"(?:sleep|sleeping|sleepy|asleep)|"
    r"(?:felt|feel|feels|feeling) (?:like|as if) (?:it|they|my \w+) (?:was|were|is|are|had gone) "
    r"missing|full of (?:little |tiny |small )?ants|sparkl\w*|"
    # "feet feel like they're wrapped in clingfilm", "like it's wearing a thick sock", "pins and
    # noodles", "like two bricks", "like borrowed ones"
    r"(?:wrapped|wrap) in (?:cling ?film|cling wrap|plastic|bubble wrap|cotton wool)|"
    r"like (?:it'?s |its |they'?re |theyre |i'?m |im |he'?s |hes |she'?s |shes )?"
    r"(?:wearing|got on) "
    r"(?:a |an )?(?:thick |extra |woolly |two pairs of )*(?:socks?|gloves?)|"
    r"pins (?:and|n|&) noodles|like (?:two |a pair of )?bricks|like borrowed (?:ones|legs|feet)"
)
