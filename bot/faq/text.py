"""Turning what people type into the terms the index compares.

People write "physio", "diabetis", "cant feel my feet" and "pins & needles"; the guide writes
"physical therapy", "diabetes" and "tingling". One `Analyzer` takes both sides through the same
steps, so a question and a guide passage meet on common terms:

1. normalise: Unicode NFKC, case-folded, typographic quotes unified, apostrophes dropped inside
   words ("can't" -> "cant"), then words of letters and digits in any script;
2. correct typos: a word the vocabulary does not know is replaced by the nearest known word within
   one edit (two for long words), found with rapidfuzz (of equally near words, one that keeps the
   first letter and is no shorter); nothing is guessed for short words or English words;
3. synonyms: phrases people use are rewritten to the guide's words (content/synonyms.yaml);
4. stop words and bare numbers go ("2 hours" is not "type 2"), and every remaining word is
   stemmed (Snowball, via PyStemmer).

Pure: no I/O after construction, and nothing here knows about Telegram or the database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

import Stemmer
from english_words import get_english_words_set
from rapidfuzz import process
from rapidfuzz.distance import OSA

MAX_TOKENS = 96
"""Words of a message that are analysed: any question fits; a 4,096-character paste stays fast."""

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "`": "'", "\u00b4": "'"})
_APOSTROPHE_IN_WORD = re.compile(r"(?<=\w)'(?=\w)")
_WORD = re.compile(r"[^\W_]+")
_LATIN_WORD = re.compile(r"(?<![^\W_])[A-Za-z]+(?![^\W_])")


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`: long word lists read best as plain text."""
    return frozenset(text.split())


STOP_WORDS = word_set(
    """
    a about above after again all also am an and any are as at be been being both but by could
    did do does doing done for from get gets getting got had has have having he her here hers him
    his i if im in into is it its ive just let lets me mine more most much my myself no nor
    not now of off on once only or other our ours out over own please quite really same she so
    some such than that thats the their them then there these they this those through to too
    under until up very was we were what whats where which while who whom why will with
    would you your yours can cant should shall may might must ok okay u ur pls plz
    make makes making made go goes going went use uses using used tip tips exactly actually
    basically future thing things stuff something anything kind kinda sort sorta lot lots bit like
    likes keep keeps kept someone somebody anyone anybody everyone every sometimes ever even still
    yet already maybe perhaps probably anyway though although because whether either else dont
    doesnt didnt isnt arent wasnt werent wont couldnt shouldnt wouldnt youre id ill hi hey hello
    thanks thank want wanna gonna think guess wonder wondering ask asking question questions
    way ways here
    """
)
"""Words that say nothing about which passage answers a question. "What" and "why" are among them
(nearly every variant has one); "when" and "how" stay, because "when should I see a doctor" and
"how do doctors diagnose it" ask different things. Generic verbs and chat filler ("make", "go",
"tips", "exactly") are stop words too: they are never what a question is about."""

INTENT_WORDS = frozenset({"when", "how"})
"""Kept for ranking (they tell "when to see a doctor" from "what the doctor does") but never
what a question is about, so they do not count towards coverage."""

_STEMMER = Stemmer.Stemmer("english")


STOP_STEMS = frozenset(str(_STEMMER.stemWord(word)) for word in STOP_WORDS)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """About 114,000 English words (GCIDE): real words are never "corrected" into guide words.

    Without it "fever" became "ever" and "cracking" became "tracking", turning questions the
    guide does not cover into near-matches. Loaded once, in about 40 ms.
    """
    return frozenset(get_english_words_set(["gcide"], alpha=True, lower=True))


def is_english(word: str) -> bool:
    """A dictionary word, allowing the regular inflections the dictionary leaves out.

    GCIDE lists "kneel" and "skip" but not "kneeling" or "skipping": without the inflections,
    such words were "corrected" into guide words a letter or two away ("kneeling" to "feeling",
    "quitting" to "sitting", "dreading" to "treating")."""
    found = english_words()
    return word in found or any(base in found for base in _bases(word))


_INFLECTIONS = ("ing", "ed", "es", "s", "er", "est", "ly")


def _bases(word: str) -> Iterable[str]:
    """The words `word` may be a regular inflection of: "skipping" skip, "imagining" imagine,
    "worried" worry, "safer" safe, "easily" easy."""
    for suffix in _INFLECTIONS:
        if not word.endswith(suffix) or len(word) - len(suffix) < 2:
            continue
        base = word[: -len(suffix)]
        yield base
        if suffix in ("ing", "ed", "er", "est"):
            yield base + "e"
            if len(base) > 2 and base[-1] == base[-2]:
                yield base[:-1]  # a doubled consonant: "skipping", "wrapped"
        if base.endswith("i"):
            yield base[:-1] + "y"  # "worried", "easier", "easily"


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball English stem; cached because the same few hundred words recur all day."""
    return str(_STEMMER.stemWord(word))


def normalise(text: str) -> str:
    """Case-folded, NFKC-normalised text with apostrophes removed inside words."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _APOSTROPHE_IN_WORD.sub("", text)


def words(text: str, limit: int = MAX_TOKENS) -> list[str]:
    """The words of `text` in order (letters and digits of any script), at most `limit`."""
    found: list[str] = []
    for match in _WORD.finditer(normalise(text)):
        found.append(match.group())
        if len(found) >= limit:
            break
    return found


class Synonyms:
    """Rewrites phrases people type into the guide's words, longest phrase first.

    Phrases are compared as stems, so one variant covers its inflections: "diagnose" also
    catches "diagnosed" and "diagnosing".
    """

    def __init__(self, groups: Iterable[tuple[str, Sequence[str]]]) -> None:
        """`groups`: pairs of a guide term and the variants that mean it."""
        rules: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        self.words: set[str] = set()
        """Every word of every term and variant: they count as known to the typo corrector."""
        for term, variants in groups:
            target = _stems(term)
            self.words.update(words(term))
            if target:  # the term itself is one unit too: "high blood pressure" stays whole
                rules.setdefault(target[0], []).append((target, target))
            for variant in variants:
                source = _stems(variant)
                self.words.update(words(variant))
                if source and source != target:
                    rules.setdefault(source[0], []).append((source, target))
        for candidates in rules.values():
            candidates.sort(key=lambda rule: len(rule[0]), reverse=True)
        self._rules = rules

    def apply(self, stems: Sequence[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(stems):
            for source, target in self._rules.get(stems[i], ()):
                if tuple(stems[i : i + len(source)]) == source:
                    out.extend(target)
                    i += len(source)
                    break
            else:
                out.append(stems[i])
                i += 1
        return out


def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in words(text))


def _likelier(word: str, hit: tuple[str, float, int]) -> tuple[float, bool, bool, int]:
    """How to choose among known words equally close to a typo: fewest edits; then one that keeps
    its first letter (typos seldom change it); then one no shorter, since a dropped letter is the
    commonest typo ("apointments" is "appointment", not "ointments"; "folow" is "follow", not
    "flow"); then the more frequent word in the guide."""
    known, distance, position = hit
    return (distance, known[0] != word[0], len(known) < len(word), position)


class Analyzer:
    """Text to index terms, the same way for the guide and for people's questions."""

    def __init__(self, synonyms: Synonyms, vocabulary: Iterable[str]) -> None:
        """`vocabulary`: the words of the indexed texts, most frequent first (ties favour them)."""
        self.synonyms = synonyms
        ordered = dict.fromkeys(
            word for word in (*vocabulary, *sorted(synonyms.words)) if word.isalpha()
        )
        self._known = frozenset(ordered) | STOP_WORDS  # chat filler ("kinda") is no typo
        self._known_stems = frozenset(stem(word) for word in ordered)
        self._choices = [word for word in ordered if len(word) >= 3 and word not in STOP_WORDS]
        self._corrections: dict[str, str] = {}

    def is_known(self, word: str) -> bool:
        return word in self._known or stem(word) in self._known_stems

    def correct(self, word: str) -> str:
        """The nearest known word for an unknown one, or the word itself when none is close.

        Only Latin-alphabet words of five letters or more that are not English words are
        corrected: shorter words have too many neighbours ("fast" is one edit from "last") to
        guess safely, and a real word means what it says.
        """
        if len(word) < 5 or not word.isascii() or not word.isalpha() or self.is_known(word):
            return word
        if is_english(word):
            return word
        cached = self._corrections.get(word)
        if cached is not None:
            return cached
        limit = 1 if len(word) < 8 else 2
        found = process.extract(
            word, self._choices, scorer=OSA.distance, score_cutoff=limit, limit=None
        )
        corrected = min(found, key=lambda hit: _likelier(word, hit))[0] if found else word
        if len(self._corrections) < 50_000:
            self._corrections[word] = corrected
        return corrected

    def spelled(self, text: str) -> str:
        """`text` with the typos `correct` is sure of put right, everything else as typed: what
        the language model reads. Its word pieces split "conduktion studdy" into fragments that
        mean nothing, so a misspelt question lands far from every way of asking its entry."""
        return _LATIN_WORD.sub(lambda match: self._respelled(match.group()), text)

    def _respelled(self, word: str) -> str:
        lower = word.lower()
        corrected = self.correct(lower)
        return word if corrected == lower else corrected

    def terms(self, text: str, *, fix_typos: bool = True) -> list[str]:
        """The stemmed content terms of `text`, in order, repeats kept (BM25 counts them)."""
        tokens = words(text)
        if fix_typos:
            tokens = [self.correct(token) for token in tokens]
        rewritten = self.synonyms.apply([stem(token) for token in tokens])
        return [term for term in rewritten if term not in STOP_STEMS and not term.isdecimal()]
