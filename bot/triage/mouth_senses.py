"""The mouth's everyday senses: a heart in the mouth, and lips a chilli numbed. Folds run after
bot.triage.other_senses (first of bot.triage.sayings.LAST_SENSES, at the end of
bot.triage.mentions), on the lowercased text without apostrophes.

"My heart is coming in mouth before board exams" is fright, as "heart in my mouth" is in
English; the model likens a mouth told beside numbness to slurred speech. "My chilli was so hot my
lips and tongue went totally dead lol can't feel my face" is the pepper's burn, which numbs lips
and tongue for a while. Neither is anyone's speech or face now. Each fold takes only its own
phrase: a drooping face, half a mouth or slurred words told beside them are read as before ("ate
a curry and now half my mouth is numb and my words are slurred"). Probes and guards in
tests/unit/test_pressed_legs_sayings_and_dated_histories.py.
"""

from __future__ import annotations

_POSSESSIVE = r"(?:my|his|her|their|our)"
_HOT_FOOD = (
    r"(?:chill?i(?:es|s)?|chilli pepper|spicy|hot sauce|wasabi|s[iz]e?chuan|jalapen[oy]s?|"
    r"habaneros?|ghost peppers?|scotch bonnets?|hot wings|vindaloo|phaal)"
)
_MOUTH_PARTS = r"(?:lips?|tongue|mouth|gums)"

MOUTH_SENSES: tuple[tuple[str, str], ...] = (
    # "My heart is coming in mouth", "heart in my mouth the whole match": fright.
    (
        rf"\b(?:{_POSSESSIVE} )?heart (?:(?:is|was|keeps|kept) )?(?:(?:coming|came|comes|jumped|"
        rf"jumping|leaping|leapt) )?(?:in|into|in to|up in|up into) (?:{_POSSESSIVE} |the )?"
        r"mouth\b",
        "i was very nervous",
    ),
    # A chilli's burn told on the lips, the tongue or the mouth, never on half of them; "can't
    # feel my face" said of the same burn right after it goes with it.
    (
        rf"\b{_HOT_FOOD}\b([^.!?]{{0,40}}?)(?<!half )(?<!side of )\b{_POSSESSIVE} "
        rf"{_MOUTH_PARTS}(?: and (?:{_POSSESSIVE} )?{_MOUTH_PARTS})? (?:(?:is|are|was|were|went|"
        r"got|go|goes|feel|feels|felt|totally|completely|all|so|still) ){0,3}(?:numb|dead|"
        r"tingl\w*|on fire|burn\w*)\b(?:(?: lol| haha| lmao)? (?:i )?(?:cant ?feel|cannot feel) "
        rf"{_POSSESSIVE} (?:face|lips|tongue|mouth))?",
        r"spicy food\1 burned a while",
    ),
)
