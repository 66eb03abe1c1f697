"""The free-text red-flag screen: does a message describe an emergency sign of the guide?

Every message a person types passes through here before anything else, so the screen leans to
over-triage: a clear sign gets the emergency outcome at once; a sign that is hedged ("not sure if
my face is drooping") or only hinted at ("my leg feels weak") gets the red-flag questions; only
what is absent or plainly negated is let through.

How a message is read (pure; the words are in `lexicon.py`, the signs and their `phrases` in
content/triage.yaml, so a new phrasing needs no code change):
1. Normalise: lowercase, contractions folded ("can't", "cannot", "unable to" → "cant"), letter
   runs shortened ("sooo"), idioms kept apart ("my leg fell asleep" is not a fall).
2. Split into sentences, then at contrast words ("but", "although") into segments, then at commas
   into clauses: "no chest pain but I can't breathe" has two segments, and the second one counts.
3. Each word becomes a light stem ("drooping", "droopy" → "droop") and, if it is no word of the
   vocabulary, also the vocabulary words a typo away ("chesst", "breth").
4. A phrase matches a clause when its content words occur close together in any order ("pain in
   my chest" is "chest pain"); a rule of `rules.RULES` matches a segment when a word of each of
   its classes occurs close together, none of them negated ("the left side of my face has
   dropped" is face + droop).
5. Negation: a cue before the match in its clause ("no", "don't have", "not", "without") or inside
   it ("my face is not drooping"); in a list closed by "or" the negation reaches every item ("no
   chest pain, dizziness or trouble breathing"); "and" ends a negation's reach, because reading "no
   chest pain and trouble breathing" as two denials could miss an emergency.
6. Hedges make a match ambiguous, not absent: uncertainty before it ("not sure if", "maybe",
   "if", "signs of"), past history anywhere ("years ago"), a negation inside a question ("I'm not
   having a stroke, am I?"), or a general question with no first person ("can sitting cause a
   clot?"), or in a question a condition named as the topic of its signs ("what are the stroke
   signs?"). Someone else's words are not a hedge ("the nurse said it could be ...").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.content.models import EmergencySign
from bot.triage import history, lexicon, rules
from bot.triage.animals import about_animals
from bot.triage.clause_cuts import cut
from bot.triage.conditions import CONDITION_NAMES, named_with_signs
from bot.triage.findings import Detection, Finding, Screen
from bot.triage.hints import HINT_STEMS, hints_in
from bot.triage.lists import gives_examples, list_continues, or_continues
from bot.triage.named_checked import lexicon_asks
from bot.triage.no_cues import not_cues
from bot.triage.pointed_back import told_by_pointing_back
from bot.triage.reading import Clause, ReadSentence, Token
from bot.triage.rule_windows import CLASS_STEMS, rule_window
from bot.triage.sentences import segments as _segments
from bot.triage.sentences import sentences as _sentences
from bot.triage.words import IRREGULAR as _IRREGULAR
from bot.triage.words import NearIndex as _NearIndex
from bot.triage.words import by_first as _by_first
from bot.triage.words import dictionary as _dictionary
from bot.triage.words import is_real_word as _is_real_word
from bot.triage.words import normalise as _normalise
from bot.triage.words import raw_words as _raw
from bot.triage.words import reassured as _reassured
from bot.triage.words import sequences as _sequences
from bot.triage.words import stem as _stem
from bot.triage.words import stems as _stems
from bot.triage.words import words as _words

# --- Words -----------------------------------------------------------------------------------

_STOPWORDS = _stems(lexicon.STOPWORDS)
_PROTECTED = _stems(lexicon.PROTECTED)
_CONFUSABLE = frozenset(frozenset(pair) for pair in lexicon.CONFUSABLE)
_NEG_VERBAL = _stems(lexicon.NEGATION_VERBAL)
_NEG_SHORT = _stems(lexicon.NEGATION_SHORT)
_NEG_ANY = _NEG_VERBAL | _NEG_SHORT
_NEG_AFTER = _stems(lexicon.NEGATION_AFTER)
_HEDGES_BEFORE = _by_first(_sequences(lexicon.HEDGES_BEFORE))
_HEDGES_ANYWHERE = _by_first(_sequences(lexicon.HEDGES_ANYWHERE))
_REPORTING = _stems(lexicon.REPORTING)
_PROVOKERS = _stems("i you he she we they someone anyone anybody")
_PROVOKING = _stems(
    "touch touches press presses poke pokes squeeze squeezes prod prods move moves wiggle bend "
    "bends"
)
_SUPPOSING = _stems(lexicon.SUPPOSING)
_THEN = _by_first(_sequences(lexicon.THEN))
_TOPICS = frozenset(lexicon.TOPICS.split())
_FIRST_PERSON = _stems(lexicon.FIRST_PERSON)
_SOMEONE = _FIRST_PERSON | _stems(lexicon.SOMEONE_OF_ONES_OWN)
_WHEN_TOLD = _stems("suddenly nowhere now today tonight ago minutes")
_TOLD_OF = _SOMEONE | _WHEN_TOLD  # a question with one of these asks about a sign told
_NEVER_BEFORE = _stems(lexicon.NEVER_BEFORE)
_REASSURED = _stems(lexicon.REASSURED)
_CLASSES = CLASS_STEMS
_PHRASE_GAP = 2  # content words allowed between a phrase's words


def _allowed(typed: str, known: str) -> bool:
    return frozenset({typed, known}) not in _CONFUSABLE


# --- Reading a sentence ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Phrase:
    sign_id: str
    text: str
    words: tuple[str, ...]  # content stems, all required


class Detector:
    """The screen over one content's phrases. Build once and share: it holds no state."""

    def __init__(self, signs: Sequence[EmergencySign]) -> None:
        ordered = sorted(signs, key=lambda sign: sign.priority)
        self._priority = {sign.id: index for index, sign in enumerate(ordered)}
        self._phrases = [
            _Phrase(
                sign.id, text, tuple(w for w in _words(_normalise(text)) if w not in _STOPWORDS)
            )
            for sign in ordered
            for text in sign.phrases
        ]
        self._by_first_word: dict[str, list[int]] = {}  # phrases (by position) by first word
        for i, phrase in enumerate(self._phrases):
            self._by_first_word.setdefault(phrase.words[0], []).append(i)
        self._rules = [(s, groups) for s, groups in rules.RULES if s in self._priority]
        # Words as typed (before stemming) too, so a typo inside an inflected word is found:
        # "droopnig" is one slip from "drooping", but two from its stem "droop".
        raw = {w for sign in ordered for text in sign.phrases for w in _raw(_normalise(text))}
        raw |= {w for words in (*rules.CLASSES.values(), lexicon.HINTS) for w in words.split()}
        raw |= set(_IRREGULAR)
        self._raw_stems = {word: _stem(word) for word in raw if len(word) >= 5}
        self._raw_index = _NearIndex(self._raw_stems)
        stems = {w for p in self._phrases for w in p.words} | HINT_STEMS
        self._stem_index = _NearIndex(stems.union(*_CLASSES.values()))
        self._real_words = _dictionary()
        self._resolve = lru_cache(maxsize=16384)(self._resolve_uncached)

    def _resolve_uncached(self, word: str) -> frozenset[str]:
        """The vocabulary stems a typed word stands for: its own stem and, for typos, the stems
        of close words ("chesst" → "chest"; the content's own misspellings join their correct
        forms too). Short words and real words, our own vocabulary's included, are matched
        exactly: "truck" is a vehicle, not "struck" a letter away."""
        stem = _stem(word)
        if stem in _PROTECTED or word in _PROTECTED or len(word) < 4 or word.isdigit():
            return frozenset({stem})
        if _is_real_word(word, self._real_words):
            return frozenset({stem})
        close = {found for found in self._stem_index.near(stem) if _allowed(stem, found)}
        close |= {
            self._raw_stems[known] for known in self._raw_index.near(word) if _allowed(word, known)
        }
        return frozenset({stem, *close})

    def screen(self, text: str) -> Detection:
        return self.screen_and_read(text)[0]

    def screen_and_read(self, text: str) -> tuple[Detection, list[ReadSentence]]:
        """The lexicon's verdict, and the message's sentences with every word marked negated or
        hedged, as the screen read them: the language model's half judges its own hits by the
        same marks, so the words are read once for both."""
        told: list[tuple[str, bool, list[Finding]]] = []
        hints: list[str] = []
        read = []
        after_history = False
        for sentence, question in _sentences(_normalise(text)):
            clauses = self._clauses(sentence, after_history)
            after_history = bool(clauses) and clauses[-1].history
            # A question about oneself or someone of one's own ("is it normal that his face is
            # drooping") asks about a sign told, not about signs in general; so does one that
            # tells when: "is it normal that left arm n leg went weak out of nowhere".
            general = question and not any(t.stem in _TOLD_OF for c in clauses for t in c.tokens)
            read.append(ReadSentence(clauses, question, general))
            told.append((sentence, question, self._findings(clauses, question, general, hints)))
        # "Is it a stroke if the face droops? my dad's does right now": told after all; "hit my
        # head, no numbness", "a stroke? my face is fine": asked about, not escalated.
        findings = lexicon_asks(told_by_pointing_back(told), read)
        clear = {f.sign_id for f in findings if not f.negated and not f.hedged}
        signs = tuple(sorted(clear, key=self._priority.__getitem__))
        if signs:
            detection = Detection(Screen.EMERGENCY, signs, tuple(findings), tuple(hints))
        elif any(f.hedged and not f.negated for f in findings) or hints:
            detection = Detection(Screen.AMBIGUOUS, (), tuple(findings), tuple(hints))
        else:
            detection = Detection(Screen.NONE, (), tuple(findings))
        return detection, read

    def read(self, text: str) -> list[ReadSentence]:
        return self.screen_and_read(text)[1]

    def _clauses(self, sentence: str, after_history: bool = False) -> list[Clause]:
        clauses = [
            Clause(
                [
                    Token(w, _stem(w), self._resolve(w), _stem(w) not in _STOPWORDS, segment)
                    for w in _raw(part)
                ]
            )
            for segment, parts in enumerate(_segments(sentence))
            for part in parts
        ]
        dated = [max(_find(c.stems, _HEDGES_ANYWHERE), default=None) for c in clauses]
        clauses = [piece for c, end in zip(clauses, dated, strict=True) for piece in cut(c, end)]
        words = [t.word for c in clauses for t in c.tokens]
        _mark(clauses, history.continues_history(words, after_history))
        return clauses

    def _findings(
        self, clauses: list[Clause], question: bool, general_question: bool, hints: list[str]
    ) -> list[Finding]:
        findings = []
        for clause in clauses:
            covered: set[int] = set()
            for phrase, start, end in self._phrase_matches(clause):
                covered.update(range(start, end + 1))
                negated = clause.carried or _phrase_negated(clause, phrase, start, end)
                uncertain = clause.history or clause.doubts(end)
                uncertain = uncertain or any(t.hedged for t in clause.tokens[start : end + 1])
                uncertain = uncertain or (question and named_with_signs(clause, phrase.text, end))
                # A question naming a condition asks about it, whoever it is about: "can a spinal
                # cord injury leave his legs numb?", "after his fasciotomy for compartment
                # syndrome, how long...". A sign described in it is told ("is it normal that his
                # face is drooping").
                uncertain = uncertain or (question and phrase.text in CONDITION_NAMES)
                hedged = general_question or uncertain or (negated and question)
                negated = negated and not question  # "I'm not having a stroke, am I?" asks
                findings.append(Finding(phrase.sign_id, phrase.text, negated, hedged))
            hints += hints_in(clause, covered)
        tokens = [t for c in clauses for t in c.tokens if t.content]
        named = question and any(f.phrase in CONDITION_NAMES for f in findings)
        # A rule can match only if each of its classes has a word here that is not negated.
        present = frozenset().union(*(t.matches for t in tokens if not t.negated))
        for sign_id, groups in self._rules:
            classes = [_CLASSES[g] for g in groups]
            if not all(present & words for words in classes):
                continue
            # A doubt told in a clause of its own before the sign ("could be nerves, his face is
            # drooping") is no doubt of the sign: hedged only when no window of the sign's own
            # words is free of it. One pass when one is (a window free of doubt is a window).
            sure = rule_window(tokens, classes, sure=True)
            if sure is not None or rule_window(tokens, classes) is not None:
                hedged = general_question or named or sure is None
                findings.append(Finding(sign_id, "rule: " + "+".join(groups), False, hedged))
        return findings

    def _phrase_matches(self, clause: Clause) -> Iterable[tuple[_Phrase, int, int]]:
        present = frozenset().union(*(t.matches for t in clause.tokens))
        content = [i for i, t in enumerate(clause.tokens) if t.content]
        candidates = {i for word in present for i in self._by_first_word.get(word, ())}
        for phrase in (self._phrases[i] for i in sorted(candidates)):
            if all(word in present for word in phrase.words):
                span = _tightest_span(clause.tokens, content, phrase.words)
                if span is not None:
                    yield phrase, *span


def _mark(clauses: list[Clause], after: bool = False) -> None:
    """Find hedges and history per clause, carry list negations, and mark every token; with
    `after`, the sentence only goes on with the history before it (history.py)."""
    animals: set[int] = set()
    for index, clause in enumerate(clauses):
        stems = clause.stems
        words = [t.word for t in clause.tokens]
        clause.history = after or bool(_find(stems, _HEDGES_ANYWHERE))
        # "She had a clot once, years back": a bare time for the clause before it; "my mum had
        # a mini stroke, a TIA, about six years ago": a date for every clause before it.
        if clause.history and index and history.dates_back(words):
            for earlier in reversed(clauses[:index]):
                if history.live([t.word for t in earlier.tokens]):
                    break
                earlier.history = True
        elif clause.history and index and history.dates_told(clauses[index - 1].tokens, words):
            clauses[index - 1].history = True
        told = history.teller_changes(clauses[index - 1].tokens, words, index - 1 in animals)
        if index and clauses[index - 1].history and not told:
            clause.history = clause.history or bool(_find(stems, _THEN))
            clause.history = clause.history or history.continues_history(words, after_history=True)
            clause.history = clause.history or history.lists_on(words, clauses[index - 1].tokens)
            if not clause.history and all(c.history for c in clauses[:index]):
                opening = [[t.word for t in c.tokens] for c in clauses[:index]]
                clause.history = history.opened_by_times(opening, words)
        # Not a person's sign, at most a question: "our puppy lost control of his bladder".
        if about_animals(clause.tokens):
            clause.history = True
            animals.add(index)  # an animal's clause dates nothing after it
    for index, clause in enumerate(clauses):
        stems = clause.stems
        clause.hedges = _find(stems, _HEDGES_BEFORE) - _provoked(stems)
        # "Say my calf got swollen": a sentence opening with "say" supposes, nobody said it.
        supposes = history.supposes(stems, index)
        if supposes:
            clause.hedges.add(0)
        clause.not_cues = not_cues(clause)
        if _REPORTING & set(stems) and not supposes:
            # An opening "if" supposes what anyone says: "if one of the lads says his legs...".
            clause.hedges = {
                i for i in clause.hedges if stems[i] in _SUPPOSING or (i == 0 and stems[0] == "if")
            }
        previous = clauses[index - 1] if index else None
        if previous is not None and (
            (previous.hedges and or_continues(previous, clause))
            or gives_examples(previous, clause, clauses[index + 1 :])
        ):
            clause.hedges.add(-1)  # "things like chest pain, or after a fall": still an example
        if previous is not None and list_continues(clauses[:index], clauses[index:]):
            opens = any(
                s in _NEG_ANY and i not in previous.hedges for i, s in enumerate(previous.stems)
            )
            clause.carried = previous.carried or opens
        denied_after = len(stems) > 1 and (stems[-1] in _NEG_AFTER or stems[-1] == "no")
        fine = _reassured(stems, _REASSURED, _NEG_ANY)
        for i, token in enumerate(clause.tokens):
            cue = _cue_before(stems, i, clause.hedges | clause.not_cues)
            token.negated = clause.carried or denied_after or cue is not None or i in fine
            token.reassured = i in fine and not (clause.carried or denied_after or cue)
            topic = token.word in _TOPICS  # "anxious about strokes"
            token.hedged = topic or clause.history or clause.doubts(i)


def _provoked(stems: list[str]) -> set[int]:
    """ "if" that tells what brings a pain on, no doubt: "he winces if I touch it"."""
    return {
        i
        for i in range(len(stems) - 2)
        if stems[i] == "if" and stems[i + 1] in _PROVOKERS and stems[i + 2] in _PROVOKING
    }


def _find(stems: list[str], sequences: dict[str, tuple[tuple[str, ...], ...]]) -> set[int]:
    """Positions covered by any of the sequences (indexed by their first stem)."""
    positions: set[int] = set()
    for i, stem in enumerate(stems):
        for sequence in sequences.get(stem, ()):
            if tuple(stems[i : i + len(sequence)]) == sequence:
                positions.update(range(i, i + len(sequence)))
    return positions


def _cue_before(stems: list[str], position: int, skip: Iterable[int] = ()) -> int | None:
    """The position of a negation cue before `position` within its reach, if any, with no "and"
    between (after "and" a new statement starts: "no chest pain and trouble breathing")."""
    skipped = set(skip)
    listed = False  # "no chest pain or any trouble breathing": "or" carries "no" further
    # No cue past the longest reach counts: stopping there keeps long messages linear.
    farthest = max(0, position - 1 - max(lexicon.SHORT_REACH, lexicon.VERBAL_REACH))
    for i in range(position - 1, farthest - 1, -1):
        stem = stems[i]
        if stem == "and":
            return None
        listed = listed or stem in {"or", "nor"}
        if i in skipped:
            continue
        distance = position - i - 1
        short_reach = lexicon.VERBAL_REACH if listed else lexicon.SHORT_REACH
        if stem in _NEG_SHORT and distance <= short_reach:
            return i
        if stem in _NEG_VERBAL and distance <= lexicon.VERBAL_REACH:
            return i
    return None


def _tightest_span(
    tokens: list[Token], content: list[int], words: tuple[str, ...]
) -> tuple[int, int] | None:
    """The shortest run of content tokens holding every word, if short enough to be a phrase."""
    wanted = set(words)
    best: tuple[int, int] | None = None
    for a, start in enumerate(content):
        if not tokens[start].matches & wanted:
            continue
        needed = set(wanted)
        for end in content[a : a + len(words) + _PHRASE_GAP]:
            needed -= tokens[end].matches
            if not needed:
                if best is None or end - start < best[1] - best[0]:
                    best = (start, end)
                break
    return best


def _phrase_negated(clause: Clause, phrase: _Phrase, start: int, end: int) -> bool:
    stems = clause.stems
    own = set(phrase.words)
    inside = any(
        stems[i] in _NEG_ANY and stems[i] not in own and i not in clause.hedges
        for i in range(start + 1, end)
    )
    if inside:
        return True
    own_positions = {i for i, s in enumerate(stems) if s in own}
    cue = _cue_before(stems, start, clause.hedges | clause.not_cues | own_positions)
    if cue is not None:
        first_time = stems[cue] == "never" and _NEVER_BEFORE & set(stems[end + 1 :])
        return not first_time  # "never had chest pain like this before": it is there now
    after = stems[end + 1 :]
    return after == ["no"] or (bool(after) and after[0] in _NEG_AFTER)
