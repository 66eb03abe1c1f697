"""Words a fold cannot match without: a substring test that skips most of the folds at once.

The screen runs some five hundred folds over every message, and nearly all of them never match
it; searching for each costs more than all the rewrites that do happen (a regular expression
is tried at every position of the text). Most folds cannot match unless one of a few words is
in the text ("stroke", "paraly", "speech"), and asking `word in text` is a fast C search. This
reads each pattern's parse tree for such a set of literal strings, at start-up; a fold with
none (a pattern that can match anything, or one this reading does not follow) is always run.
The set is only ever a necessary condition, never a guess, so the text the screen reads is the
same to the byte: tests/unit/test_fold_filter.py checks it against every fold on many messages.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the standard library's own parser (a private module, stable in 3.11 to 3.13)
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - then every fold simply runs
    _p = None
    _c = None

Needed = frozenset[str] | None
"""Strings one of which every match holds; None when nothing is known."""

_SHORTEST = 3  # shorter literals ("a", "in") are in nearly every message: no help


def needed_literals(pattern: str) -> Needed:
    """Strings one of which must occur in any text the pattern matches, or None."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(pattern)
    except (re.error, RecursionError):  # pragma: no cover - compiled already, so parseable
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _sequence(list(parsed))
    if found is None or any(len(text) < _SHORTEST for text in found):
        return None
    return found


def _sequence(items: list[tuple[Any, Any]]) -> Needed:
    """All of a sequence's parts must match: the most telling part's needs are the sequence's;
    a run of plain characters is itself one needed string."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, value in [*items, (None, None)]:
        if op is _c.LITERAL:
            run += chr(value)
            continue
        if run:
            candidates.append(frozenset([run]))
            run = ""
        if op is None:
            break
        found = _item(op, value)
        if found is not None:
            candidates.append(found)
    if not candidates:
        return None
    return max(candidates, key=_telling)


def _telling(found: frozenset[str]) -> tuple[int, int]:
    """Longer shortest strings first (rarer in text), then fewer of them."""
    return min(len(text) for text in found), -len(found)


def _item(op: Any, value: Any) -> Needed:
    if op is _c.SUBPATTERN:
        _, added, _, body = value
        return None if added & re.IGNORECASE else _sequence(list(body))
    if op is _c.BRANCH:
        return _either([_sequence(list(branch)) for branch in value[1]])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, body = value
        return _sequence(list(body)) if low >= 1 else None
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(value))
    if op is _c.IN:
        return _characters(value)
    return None  # lookarounds, anchors, classes, back references: no need read from them


def _either(options: list[Needed]) -> Needed:
    if not options or any(option is None for option in options):
        return None
    return frozenset().union(*(option for option in options if option is not None))


def _characters(items: list[tuple[Any, Any]]) -> Needed:
    """A small set of plain characters ("[sz]"), as one-letter strings; the sequence joins
    them to nothing, so they only ever matter inside a longer alternative."""
    if len(items) > 3 or any(op is not _c.LITERAL for op, _ in items):
        return None
    return frozenset(chr(value) for _, value in items)
