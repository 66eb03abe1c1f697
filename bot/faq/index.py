"""The retrieval index over the guide: every FAQ entry and section, with the ways people ask.

Why not plain BM25 over the guide's passages: measured on held-out questions it put the right
passage first only about half the time, and its scores cannot tell an unrelated question from a
related one. So each entry is found by the questions it answers, and scored on three signals:

- BM25 (bm25s) over the entry's question variants (the guide's question or the section title,
  the curated paraphrases and questions), grouped per entry by taking its best variant; plus, at a
  lower weight, BM25 over the entry's own text, which catches words no variant happens to use;
- coverage: how much of the question's content (its terms weighted by rarity, so "leg" counts
  little and "gabapentin" a lot) the entry's words account for; a question about hair loss is
  not answered by a passage that only shares "diabetes" with it;
- key terms: the question's rarest term must appear in the entry, or its confidence is capped.

`FaqIndex.search` ranks; `bot.faq.answer` turns the ranking into an answer, a "did you mean",
or an honest "not covered". Built once at start-up (tens of milliseconds); pure and thread-safe
to read.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import bm25s
import numpy as np

from bot.content.models import Content
from bot.faq.meaning import EntryMeanings
from bot.faq.text import INTENT_WORDS, STOP_WORDS, Analyzer, Synonyms, is_english, stem, words

Kind = Literal["faq", "section"]

INTENT_STEMS = frozenset(stem(word) for word in INTENT_WORDS)

BODY_WEIGHT = 0.6
"""How much the entry's own text counts next to its question variants."""

COVERAGE_WEIGHT = 1.0
"""How much coverage counts in the ranking (BM25 parts are scaled to the best entry first)."""

LEXICAL_WEIGHT = 0.7
"""With the language model: how much the lexical score (scaled to the best entry) adds to the
classifier's probability. Set on the development sets (BENCHMARKS.md): either alone ranks worse."""

SIMILARITY_WEIGHT = 0.5
"""...and how much the entry's similarity (its closest way of asking) adds."""

UNKNOWN_WORD_WEIGHT = 1.25
"""A word the guide never uses weighs more than its rarest word: it is what the question is
about, and the guide says nothing about it."""


def entry_key(kind: str, entry_id: str) -> str:
    """`faq/sitting-numb` or `section/overview`: unique across both kinds."""
    return f"{kind}/{entry_id}"


@dataclass(frozen=True)
class Entry:
    """Something the bot can answer with: an FAQ entry or a whole section."""

    kind: Kind
    id: str
    title: str
    section_id: str
    variants: tuple[str, ...]
    body: str
    topic: str = ""  # the guide topic its section belongs to ("causes", "treatment"...)
    opening: bool = False  # from the guide's untitled opening, which speaks of every topic

    @property
    def key(self) -> str:
        return entry_key(self.kind, self.id)


@dataclass(frozen=True)
class Query:
    """A question after analysis: its terms, how much each weighs, and what kind they are.

    `subject` terms name the guide's subject (numb, leg, nerve...): they show the question is
    about leg numbness but cannot say which passage answers it. The other terms are `specific`.
    """

    terms: tuple[str, ...]
    weights: Mapping[str, float]
    unknown: frozenset[str]
    subject: frozenset[str]
    neutral: frozenset[str]
    """Subject terms and question words ("when", "how"): they rank but do not count as topic."""
    named: frozenset[str] = frozenset()
    """Terms of the guide's own names within its subject (its nerve medicines): specific words
    that still show the question is about the subject, for a "did you mean"."""

    @property
    def specific(self) -> list[str]:
        return [term for term in self.weights if term not in self.neutral]

    @property
    def about_subject(self) -> bool:
        return bool(self.subject)


@dataclass(frozen=True)
class Hit:
    """One ranked entry and the evidence behind its place.

    `coverage`: the share of the question's specific weight (unknown words included, and they
    weigh most) found among the entry's words; `variant_coverage`: the share its single best
    question variant accounts for; `similarity`: how close the question's meaning is to the
    entry's and `probability` the model's classifier's for it (`bot.faq.meaning`; 0 without the
    model); `lexical`: the lexical score, scaled so the
    best entry has 1.
    """

    entry: Entry
    score: float
    coverage: float
    variant_coverage: float
    similarity: float = 0.0
    lexical: float = 0.0
    probability: float = 0.0


@dataclass(frozen=True)
class Ranking:
    """The analysed question and the best entries for it, best first."""

    query: Query
    hits: list[Hit]
    by_meaning: bool = False  # ranked with the language model too
    outside: float = 0.0  # the model's probability that the guide does not cover the question


def entries_of(content: Content) -> list[Entry]:
    """Every answerable entry of the content, FAQ first (they are the most specific answers)."""
    opening = {topic.id for topic in content.topics if topic.guide_heading is None}
    entries = [
        Entry(
            kind="faq",
            id=entry.id,
            title=entry.question,
            section_id=entry.section,
            variants=(entry.question, *entry.paraphrases),
            body=entry.answer,
            topic=content.section(entry.section).topic,
            opening=content.section(entry.section).topic in opening,
        )
        for entry in content.faq
    ]
    entries += [
        Entry(
            kind="section",
            id=section.id,
            title=section.title,
            section_id=section.id,
            variants=(section.title, *section.questions),
            body=f"{content.topic(section.topic).title}. {section.text}",
            topic=section.topic,
            opening=section.topic in opening,
        )
        for section in content.sections
    ]
    return entries


def synonym_groups(content: Content) -> list[tuple[str, list[str]]]:
    return [(group.term, list(group.variants)) for group in content.synonyms]


class FaqIndex:
    """Ranks the guide's entries for a question. Build with `FaqIndex.from_content`."""

    def __init__(
        self,
        entries: Sequence[Entry],
        synonyms: Iterable[tuple[str, Sequence[str]]],
        subject_words: Iterable[str] = (),
        meanings: EntryMeanings | None = None,
        subject_names: Iterable[str] = (),
    ) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.meanings = meanings
        self._by_key = {entry.key: entry for entry in self.entries}
        clean_texts = [text for entry in self.entries for text in (entry.title, entry.body)]
        subject_words = list(subject_words)
        # The ways of asking add their real words after the guide's own ("appointments", which
        # the guide never writes, for "apointments"); never their deliberate misspellings.
        asked = _by_frequency(v for entry in self.entries for v in entry.variants)
        self.analyzer = Analyzer(
            Synonyms(synonyms),
            [
                *_by_frequency(clean_texts),
                *_words_of(subject_words),
                *(word for word in asked if is_english(word)),
            ],
        )
        self._subject = frozenset(
            term for word in subject_words for term in self.analyzer.terms(word, fix_typos=False)
        )
        self._named = frozenset(
            term for word in subject_names for term in self.analyzer.terms(word, fix_typos=False)
        )

        variant_docs: list[list[str]] = []
        owners: list[int] = []
        self._variant_terms: list[list[frozenset[str]]] = []
        for position, entry in enumerate(self.entries):
            per_entry: list[frozenset[str]] = []
            for variant in entry.variants:
                terms = self.analyzer.terms(variant)
                variant_docs.append(terms)
                owners.append(position)
                per_entry.append(frozenset(terms))
            self._variant_terms.append(per_entry)
        # Per entry, each term's variants: a hit's best variant sums the question's terms over
        # the few variants that hold them, not every term over every variant.
        self._variant_postings: list[dict[str, list[int]]] = []
        for per_entry in self._variant_terms:
            postings: dict[str, list[int]] = {}
            for number, terms in enumerate(per_entry):
                for term in terms:
                    postings.setdefault(term, []).append(number)
            self._variant_postings.append(postings)
        body_docs = [self.analyzer.terms(f"{entry.title} {entry.body}") for entry in self.entries]
        self._entry_terms = [
            frozenset().union(*variants, body)
            for variants, body in zip(self._variant_terms, body_docs, strict=True)
        ]
        self._owner = np.asarray(owners)
        self._variants = _Bm25(variant_docs)
        self._bodies = _Bm25(body_docs)
        document_frequency = Counter(term for terms in self._entry_terms for term in terms)
        count = len(self.entries)
        self._idf = {
            term: math.log(1 + (count - df + 0.5) / (df + 0.5))
            for term, df in document_frequency.items()
        }
        self._unknown_idf = UNKNOWN_WORD_WEIGHT * max(self._idf.values(), default=1.0)

    @classmethod
    def from_content(cls, content: Content, *, meaning: bool = True) -> FaqIndex:
        """The index of the content's entries; with `meaning`, ranked with the shipped model too
        (built once per content: the entries' vectors are embedded or read from the cache)."""
        entries = entries_of(content)
        meanings = None
        if meaning:
            from bot.language import default_encoder

            position = {entry.id: i for i, entry in enumerate(entries)}
            meanings = EntryMeanings(
                default_encoder(),
                [entry.variants for entry in entries],
                [entry.body for entry in entries],
                [*content.not_covered, *(a.text for a in content.asked if a.entry is None)],
                [(position[a.entry], a.text) for a in content.asked if a.entry is not None],
            )
        return cls(
            entries, synonym_groups(content), content.subject_words, meanings, content.subject_names
        )

    def spelled(self, text: str) -> str:
        """The message as the language model reads it: typos put right (`Analyzer.spelled`)."""
        return self.analyzer.spelled(text)

    def meaning_of(self, text: str) -> np.ndarray:
        """The message's vector as every reader after the screen takes it (the guide, the story
        levels): the shipped model's embedding of `spelled(text)`, one model run."""
        if self.meanings is not None:
            return self.meanings.vector(self.spelled(text))
        from bot.language import default_encoder  # an index built without the model's half

        return default_encoder().embed([self.spelled(text)])[0]

    def entry(self, key: str) -> Entry | None:
        return self._by_key.get(key)

    def find(self, kind: str, entry_id: str) -> Entry | None:
        return self._by_key.get(f"{kind}/{entry_id}")

    def analyse(self, question: str) -> Query:
        terms = tuple(self.analyzer.terms(question))
        weights: dict[str, float] = {}
        unknown: set[str] = set()
        for term in terms:
            idf = self._idf.get(term)
            if idf is None:
                unknown.add(term)
                idf = self._unknown_idf
            weights[term] = idf
        subject = frozenset(term for term in weights if term in self._subject)
        neutral = subject | {term for term in weights if term in INTENT_STEMS}
        named = frozenset(term for term in weights if term in self._named)
        return Query(terms, weights, frozenset(unknown), subject, neutral, named)

    def search(self, question: str, limit: int = 3, vector: np.ndarray | None = None) -> Ranking:
        """The best `limit` entries for `question`, best first; no hits when nothing matches.

        With the model, `vector` is the question's meaning when the caller has it already."""
        query = self.analyse(question)
        known = [term for term in query.terms if term not in query.unknown]
        lexical = np.zeros(len(self.entries), dtype=np.float64)
        if known:
            per_entry = np.zeros(len(self.entries), dtype=np.float64)
            np.maximum.at(per_entry, self._owner, self._variants.scores(known))
            lexical = _scaled(per_entry) + BODY_WEIGHT * _scaled(self._bodies.scores(known))
            total = sum(query.weights.values())
            coverages = np.asarray([self._covered(query, terms) for terms in self._entry_terms])
            lexical += COVERAGE_WEIGHT * coverages / total
        similarity = np.zeros(len(self.entries), dtype=np.float64)
        probability = np.zeros(len(self.entries), dtype=np.float64)
        outside = 0.0
        if self.meanings is not None and query.terms:
            if vector is None:
                vector = self.meaning_of(question)
            similarity = self.meanings.similarities(vector)
            probability, outside = self.meanings.probabilities(vector)
            scaled = _scaled(lexical)
            scores = probability + LEXICAL_WEIGHT * scaled + SIMILARITY_WEIGHT * similarity
        elif known:
            scaled = _scaled(lexical)
            scores = lexical
        else:
            return Ranking(query, [])
        specific = query.specific
        specific_total = sum(query.weights[term] for term in specific)
        hits = []
        for position in np.argsort(-scores, kind="stable")[:limit]:
            if scores[position] <= 0:
                break
            best_variant = self._best_variant(query, position, specific)
            covered = self._covered(query, self._entry_terms[position], specific)
            hits.append(
                Hit(
                    entry=self.entries[position],
                    score=float(scores[position]),
                    coverage=covered / specific_total if specific_total else 0.0,
                    variant_coverage=best_variant / specific_total if specific_total else 0.0,
                    similarity=float(similarity[position]),
                    lexical=float(scaled[position]),
                    probability=float(probability[position]),
                )
            )
        by_meaning = self.meanings is not None and bool(query.terms)
        return Ranking(query, hits, by_meaning=by_meaning, outside=outside)

    def _best_variant(self, query: Query, position: int, specific: list[str]) -> float:
        """The most of the question's `specific` weight one variant of the entry covers."""
        postings = self._variant_postings[position]
        sums = [0.0] * len(self._variant_terms[position])
        for term in specific:
            weight = query.weights[term]
            for number in postings.get(term, ()):
                sums[number] += weight
        return max(sums, default=0.0)

    @staticmethod
    def _covered(query: Query, terms: frozenset[str], only: Iterable[str] | None = None) -> float:
        chosen = query.weights if only is None else only
        return sum(query.weights[term] for term in chosen if term in terms)


class _Bm25:
    """bm25s over pre-analysed documents, scoring any query terms (unknown ones are skipped)."""

    def __init__(self, docs: list[list[str]]) -> None:
        self._index = bm25s.BM25(k1=1.2, b=0.5)
        self._index.index(docs, show_progress=False)
        self._vocabulary = self._index.vocab_dict
        self._size = len(docs)

    def scores(self, terms: Sequence[str]) -> np.ndarray:
        ids = [self._vocabulary[term] for term in terms if term in self._vocabulary]
        if not ids:
            return np.zeros(self._size, dtype=np.float64)
        return self._index.get_scores_from_ids(ids).astype(np.float64)


def _words_of(texts: Iterable[str]) -> list[str]:
    return [word for text in texts for word in words(text)]


def _by_frequency(texts: Iterable[str]) -> list[str]:
    counts = Counter(word for text in texts for word in words(text) if word not in STOP_WORDS)
    return [word for word, _ in counts.most_common()]


def _scaled(scores: np.ndarray) -> np.ndarray:
    top = float(scores.max(initial=0.0))
    return scores / top if top > 0 else scores
