"""Words as the red-flag screen sees them: normalised text, light stems, and typo look-up.

Pure and self-contained; the vocabulary (folds, irregular forms) is in `lexicon.py`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from bot.triage import lexicon
from bot.triage.chat_spellings import respell
from bot.triage.fold_filter import needed_literals

IRREGULAR = {form: stem for forms, stem in lexicon.IRREGULAR for form in forms.split()}
# Each fold with the strings one of which it cannot match without (bot.triage.fold_filter): a
# fold whose strings are all missing from the text as it stands would change nothing, so it is
# skipped without a search. Most of five hundred folds never match a message, and the screen
# reads every message before anything else can start.
FOLDS = [
    (re.compile(pattern), replacement, needed_literals(pattern))
    for pattern, replacement in lexicon.FOLDS
]


def stem(token: str) -> str:
    """A light stem: "drooping", "droopy", "droops" → "droop"; irregular forms from the lexicon."""
    if token in IRREGULAR:
        return IRREGULAR[token]
    word = token
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word != token and len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]  # "dropp" → "drop", "slurr" → "slur"
    return word


def stems(words: str) -> frozenset[str]:
    """Space-separated words as a set of stems."""
    return frozenset(stem(word) for word in words.split())


def sequences(lines: str) -> tuple[tuple[str, ...], ...]:
    """Comma-separated word sequences, each as a tuple of stems."""
    return tuple(tuple(stem(w) for w in line.split()) for line in lines.split(",") if line.strip())


def by_first(
    found: tuple[tuple[str, ...], ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Word sequences grouped by their first stem, so a search looks only at those that can
    start at each word."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for sequence in found:
        grouped.setdefault(sequence[0], []).append(sequence)
    return {first: tuple(group) for first, group in grouped.items()}


# "is that normal" asks whether what came before is fine: it says nothing is.
_ASKED_BEFORE = frozenset(
    (stem("is"), stem(w)) for w in ("that", "it", "this", "there", "thi")
) | frozenset((stem("are"), stem(w)) for w in ("they", "these", "those"))


# Someone said to be fine as a whole: "he's fine", "I'm ok", "she is alright".
_PERSON_FINE = frozenset(stem(w) for w in ("hes", "shes", "im", "theyre", "were", "youre"))
_INTENSIFIERS = frozenset(
    stem(w) for w in ("totally", "perfectly", "completely", "absolutely", "all", "really", "now")
)
# "He cannot speak good": a thing someone cannot do well is no reassurance either.
_UNABLE = frozenset(stem(w) for w in ("cant", "cannot", "couldnt"))


def reassured(stems: list[str], reassuring: frozenset[str], negations: frozenset[str]) -> set[int]:
    """The words a clause says are fine ("legs feel fine", "hands fine", "smile normal and
    speech fine"): those before a reassuring word, back to the previous "and", so no rule takes
    them as a sign. "My face droops and my arm is fine" keeps its face; "not fine" and
    "doesn't sound normal" are no reassurance, nor is "is that normal"."""
    found: set[int] = set()
    starts = [0]  # where each stretch between "and"s began
    for i, stem in enumerate(stems):
        if stem == "and":
            starts.append(i + 1)
        elif (
            stem in reassuring
            and not (negations | _UNABLE) & set(stems[max(0, i - 3) : i])
            and tuple(stems[max(0, i - 2) : i]) not in _ASKED_BEFORE
        ):
            start = starts[-1]
            # "my arm and face are fine": a bare "my arm" before the "and" is fine too.
            while len(starts) > 1 and starts[-1] - starts[-2] <= 3:
                starts.pop()
                start = starts[-1]
            # "his tea keeps dribbling out of his mouth he says he's fine": the person is said to
            # be fine, not the words before them.
            person = i - 1
            while person > start and stems[person] in _INTENSIFIERS:
                person -= 1
            found.update(range(person if stems[person] in _PERSON_FINE else start, i))
            starts = [i + 1]
    return found


def normalise(text: str) -> str:
    """Lowercase, apostrophes dropped, letter runs shortened, contractions and idioms folded."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"['’‘`´]", "", text)
    text = re.sub(r"([a-z])\1{2,}", r"\1\1", text)  # "sooo", "chesssst"
    text = re.sub(r"[^a-z0-9?!.;,\n()\-]+", " ", text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)
    text = respell(text)
    for pattern, replacement, needed in FOLDS:
        if needed is None or any(part in text for part in needed):
            text = pattern.sub(replacement, text)
    return text


def raw_words(text: str) -> list[str]:
    """The words of normalised text, as typed."""
    return re.findall(r"[a-z0-9]+", text)


def words(text: str) -> list[str]:
    """The words of normalised text, as stems."""
    return [stem(word) for word in raw_words(text)]


def distance_at_most(a: str, b: str, limit: int) -> bool:
    """Whether the optimal-string-alignment distance of a and b is at most `limit`."""
    if abs(len(a) - len(b)) > limit:
        return False
    before_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before_previous[j - 2] + 1)
        if min(current) > limit:
            return False
        before_previous, previous = previous, current
    return previous[-1] <= limit


def _deletes(word: str, depth: int) -> set[str]:
    found, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


class NearIndex:
    """Words within a small edit distance of a typed word, found through shared deletions
    (a "symmetric delete" index): a few dictionary look-ups per word instead of a scan, so even
    a 4,000-character message of nonsense is screened in milliseconds."""

    def __init__(self, words: Iterable[str]) -> None:
        self._keys: dict[str, set[str]] = {}
        for word in words:
            if len(word) >= 5:
                for key in _deletes(word, _limit(word)):
                    self._keys.setdefault(key, set()).add(word)

    def near(self, word: str) -> set[str]:
        candidates: set[str] = set()
        for key in _deletes(word, 2 if len(word) >= 7 else 1):
            candidates |= self._keys.get(key, set())
        return {c for c in candidates if distance_at_most(word, c, _limit(c))}


def _limit(word: str) -> int:
    return 1 if len(word) < 8 else 2


@cache
def dictionary() -> frozenset[str]:
    """Real English words (GCIDE, via the english-words package): a typed word that is one is
    never "corrected" into a vocabulary word ("sleeping" is not "slipping", "chess" not "chest").
    Empty, and typo tolerance merely less careful, if the package is missing."""
    try:
        from english_words import get_english_words_set
    except ImportError:  # pragma: no cover - a declared dependency
        return frozenset()
    return frozenset(get_english_words_set(["gcide"], alpha=True, lower=True))


def bases(word: str) -> set[str]:
    """The dictionary forms an inflected word may come from: "treated" → treat, treate;
    "worried" → worry; "flopped" → flop. A dictionary of headwords lacks most inflections, and
    without them a real word such as "treated" was corrected into "breathed"."""
    found: set[str] = set()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            found |= {base, base + "e"}
            if len(base) > 3 and base[-1] == base[-2]:
                found.add(base[:-1])
    if word.endswith(("ied", "ies")) and len(word) > 4:
        found.add(word[:-3] + "y")
    return found


def is_real_word(word: str, words: frozenset[str]) -> bool:
    """Whether a typed word is a real English word, inflected or not."""
    return word in words or any(base in words for base in bases(word))
