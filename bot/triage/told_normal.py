"""A grip, limbs, a smile or a face told as normal in the words people check them with.

"Grip strong on both sides", "arm and leg strong both sides", "smile straight", "his face looks
even", "the breath is coming easy", "heart is quiet": each is a check that came out well, so the
screen reads "normal" there (a reassurance, counted as denied) and its language model is not left
to take "face ... even" for a face that droops. Not a pain "too strong", nor a face "even worse".
Part of frames.py's folds, in its order; probes and guards in
tests/unit/test_answers_lists_and_claims.py.
"""

from __future__ import annotations

TOLD_NORMAL: tuple[tuple[str, str], ...] = (
    # A grip or limbs told as strong are told as normal: "grip strong on both sides", "arm and
    # leg strong both sides". Not a pain "too strong".
    (
        r"\b((?:(?:arm|arms|leg|legs|hand|hands) (?:and|n|&) )?(?:grip|grips|arms|arm|hands|hand|"
        r"legs|leg)) (?:is |are |feels |feel |both |still )?(?:(?:on )?both sides? )?"
        r"(?:strong|equal)\b",
        r"\1 normal",
    ),
    # A smile or a face told straight is told as normal: "face normal, smile straight", "his
    # face looks even". Not "her face looks even worse".
    (
        r"\b(smile|smiles|smiling|mouth|lips) (?:is |looks |look |was |seems )?(?:straight|even|"
        r"level)\b(?! (?:worse|more|less|lower|droopier|weirder)\b)",
        r"\1 normal",
    ),
    (
        r"\b(face|features) (?:is|looks|look|was|seems) (?:straight|even|level)\b(?! (?:worse|"
        r"more|less|lower|droopier|weirder)\b)",
        r"\1 normal",
    ),
    # Breath and a heart told at ease: "heart is quiet, no squeezing, the breath is coming easy".
    # Not "breathing is easy only when I sit" nor a heart "quiet but racing".
    (
        r"\b(breath|breathing) (?:is |was )?(?:coming |comes )?(?:easy|easily|free|freely)\b"
        r"(?! (?:only|but|until|except|when|if)\b)",
        r"\1 normal",
    ),
    (
        r"\b(heart|heartbeat|pulse) (?:is|was|feels) (?:quiet|calm|steady|regular)\b"
        r"(?! (?:only|but|until|except|when|if)\b)",
        r"\1 normal",
    ),
    # A face checked and the same on both sides: "my wife check my face, same both side".
    (
        r"\b(face|smile)(?:,| is| looks| was)? (?:the )?same (?:on )?both sides?\b",
        r"\1 normal",
    ),
)
