"""Where a rule's word classes meet: the short run of a message's words that holds one word of
each class ("face" + "droop" within a few words, in one segment), for bot.triage.detect.

A rule found only through words a doubt reaches ("not sure if his face is drooping") is hedged;
one whose words are free of it anywhere in the segment ("could be nerves, his face is drooping")
is not (`sure`). Pure.
"""

from __future__ import annotations

from bot.triage import rules
from bot.triage.reading import Token
from bot.triage.words import stems

# Each word class of rules.py as stems, once: the rules' windows, the parts a doubt does not
# reach and the questions typed on into statements all read the same classes.
CLASS_STEMS: dict[str, frozenset[str]] = {
    name: stems(words) for name, words in rules.CLASSES.items()
}


def rule_window(
    tokens: list[Token], groups: list[frozenset[str]], sure: bool = False
) -> list[Token] | None:
    """The first short run of content tokens, within one segment, holding a non-negated word of
    every class (each token standing for one class only); with `sure`, words not hedged."""
    limit = len(groups) + rules.RULE_GAP
    for a, first in enumerate(tokens):
        if not _usable(first, sure) or not any(first.matches & group for group in groups):
            continue
        window = [t for t in tokens[a : a + limit] if t.segment == first.segment]
        if _covers(window, groups, sure):
            return window
    return None


def _usable(token: Token, sure: bool) -> bool:
    return not token.negated and not (sure and token.hedged)


def _covers(window: list[Token], groups: list[frozenset[str]], sure: bool = False) -> bool:
    """A matching of classes to distinct, non-negated tokens (small: try each assignment)."""

    def assign(index: int, used: set[int]) -> bool:
        if index == len(groups):
            return True
        return any(
            assign(index + 1, used | {i})
            for i, token in enumerate(window)
            if i not in used and _usable(token, sure) and token.matches & groups[index]
        )

    return assign(0, set())
