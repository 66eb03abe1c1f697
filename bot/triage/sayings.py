"""Sayings in a body's words, and what someone read: folds run last in bot.triage.mentions
(after the mouth's senses and fiction, which this module gathers with its own), on the lowercased
text without apostrophes.

"Break a leg tonight!" wishes luck; "a bladder of steel on road trips" holds on well; "his face
dropped a mile" at a lost game is shock; "paralysed with shame" after a 5-0 defeat is a feeling
(frames.py knows "paralysed with fear"). "I read that loss of bladder control alongside leg
numbness can indicate a spinal problem" repeats what was read, in the general "can": it
supposes, so it is asked about, never alarmed at. None of these is anyone's leg, bladder or face
now. Each fold takes only its own phrase, and the same words told as a sign now are read as
before ("he broke a leg", "she can't hold her bladder", "his face dropped on one side", "I read
that it can be a stroke, and now his face droops"). Probes and guards in
tests/unit/test_fell_asleep_and_mouth_senses.py.
"""

from __future__ import annotations

from bot.triage.fiction_senses import FICTION_SENSES
from bot.triage.mouth_senses import MOUTH_SENSES

SAYINGS: tuple[tuple[str, str], ...] = (
    # Luck wished, never a leg asked about: not "did he break a leg?".
    (
        r"(?<!did )(?<!might )(?<!could )(?<!would )(?<!will )(?<!he )(?<!she )(?<!i )"
        r"(?<!you )(?<!they )\bbreak a leg\b",
        "good luck",
    ),
    (
        r"\b(?:a |an )?(?:bladder|bladders) (?:of|like) (?:steel|iron|a camel|a horse|concrete)\b|"
        r"\b(?:an )?(?:iron|steel|camel) bladder\b",
        "good stamina",
    ),
    (
        r"\b(?:face|faces|jaw|jaws) (?:\w+ )?(?:dropped|fell) a mile\b",
        "looked shocked",
    ),
    (
        r"\bparaly[sz]ed (?:with|by) (shame|embarrassment|guilt|regret|dread|cringe|awe|"
        r"jealousy|self ?doubt|stage fright|anxiety)\b",
        r"frozen with \1",
    ),
    # What was read or heard, in the general "can": "I read that ... can indicate a spinal
    # problem". Only with a general modal after it, never "I read that my symptoms", told now.
    (
        r"\b((?:i|we) (?:have |ve |had |d )?(?:read|heard|seen|learned|learnt|been told)"
        r"(?: (?:online|somewhere|recently|once|on \w+|in \w+))?) that\b"
        r"(?=(?:(?!\b(?:my|his|her|our|their|i|he|she|we)\b)[^.!?]){0,120}\b(?:can|could|may|"
        r"might|is a sign|are signs|means|indicates?)\b)",
        r"\1 hypothetically that",
    ),
)

LAST_SENSES: tuple[tuple[str, str], ...] = (*MOUTH_SENSES, *FICTION_SENSES, *SAYINGS)
"""The folds this module gathers, in their order: the mouth's, fiction's, then sayings."""
