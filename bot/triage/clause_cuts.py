"""Where one clause (between commas and contrast words) holds two statements, cut it in two, so
what marks the first (a date, a list's denial, a doubt) does not reach the second.

- A dated history that turns to now: "she had a stroke in 2019 and since an hour ago her face is
  drooping again" (history.turn_to_now).
- Anything that turns to now with a joining word: "I read in the paper about strokes and now my
  face is drooping", so a doubt or a report before it does not reach the new event
  (history.and_now).
- A list closed by "or" and a new statement after "and": "no numbness, tingling or weakness in
  either leg and my back pain has resolved". Cut there, the list's items stay one clause that the
  negation before it reaches (lists.list_continues), and the statement after it is read alone.

Pure; detect.py cuts the clauses before it marks their words.
"""

from __future__ import annotations

from bot.triage.history import and_now, turn_to_now
from bot.triage.reading import Clause

# Words that open a statement of its own after "and": a subject or someone's part.
_OPENER_WORDS = "i im ive he hes she shes they theyre we my his her their our its it"
_OPENERS = frozenset(_OPENER_WORDS.split())


def cut(clause: Clause, history_ends: int | None) -> list[Clause]:
    """The clause as one or more clauses, cut where a second statement starts."""
    words = [t.word for t in clause.tokens]
    at = turn_to_now(words, history_ends) if history_ends is not None else None
    if at is None:
        at = and_now(words)
    if at is None:
        at = _after_a_list(words)
    if at is None:
        return [clause]
    return [Clause(clause.tokens[:at]), *cut(Clause(clause.tokens[at:]), None)]


def _after_a_list(words: list[str]) -> int | None:
    """The "and" that opens a statement after a list closed by "or"/"nor", if there is one."""
    listed = False
    for i, word in enumerate(words):
        if word in ("or", "nor") and i + 1 < len(words):
            listed = True
        elif listed and word == "and" and i + 1 < len(words) and words[i + 1] in _OPENERS:
            return i
    return None
