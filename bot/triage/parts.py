"""Which stretches of a message the language model looks at, and which words it is shown.

The red-flag screen's model (semantic.py) runs the transformer once per "run" of words and pools
spans of each run. A run is a sentence as written, or, where the lexicon marked words negated or
past, a segment's remaining words on their own: contextual token states would otherwise carry the
denied words into the rest ("no chest pain, she's herself" must not read as chest pain).

For each segment of a sentence (between contrast words) a `Part` names:
- `plain`: the words that are neither negated nor past (history, a general question);
- `pieces`: its clauses and the stretches between connectives ("and", "with", "plus"), because a
  sign is often one short piece of a long story;
- `full` and `denied`: the whole segment and its negated words alone, for telling a denied sign
  ("I'm not slurring") from a denied normal function ("he doesn't make sense").
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.triage.history import opens_with_now
from bot.triage.lexicon import READABLE
from bot.triage.reading import Clause, ReadSentence, Token
from bot.triage.rule_windows import CLASS_STEMS
from bot.triage.sign_settings import SIGN_SETTINGS

Span = tuple[int, tuple[int, ...]]  # (run, word positions in that run)

CONNECTIVES = frozenset(["and", "plus", "with", "so", "because", "also", "then", "now", "since"])
MIN_WORDS = 3  # a shorter piece ("both feet") says too little to classify
NUMBNESS = frozenset(
    {
        *("numb", "numbness", "numbish", "numbed", "asleep", "prickly", "prickling"),
        *("tingle", "tingles", "tingling", "tingly", "tingled"),
        "pins and needles",  # one word here: the lexicon folds it so
    }
)

# Words of a symptom, not of a body part working: denied on their own ("it doesn't hurt at all",
# "not swollen") they deny a symptom, so the denial can never be a sign of its own, as "he
# doesn't make sense" is. Fillers are left out when judging that.
SYMPTOMS = frozenset(
    {
        *("pain", "painful", "pains", "hurt", "hurts", "hurting", "sore", "ache", "aches"),
        *("aching", "achy", "swollen", "swelling", "swell", "puffy", "red", "hot", "warm"),
        *("tender", "throbbing", "burning", "cramp", "cramps", "cramping", "bad", "serious"),
        *("weak", "weakness", "weaker", "redness", "warmth", "heat", "tenderness", "soreness"),
        *("tight", "tightness", "tense", "bruised", "bruising"),
        *("pressure", "heaviness", "discomfort", "stiff", "stiffness"),  # "no pressure or ache"
        *NUMBNESS,
    }
)
# Words that make whatever they follow a problem denied, no function: "no chest or breathing
# issues", "no trouble walking", "no bladder problems" deny symptoms; "he isn't breathing" does not.
PROBLEMS = frozenset(
    {
        *("issue", "issues", "problem", "problems", "trouble", "troubles", "difficulty"),
        *("difficulties", "symptom", "symptoms", "complaint", "complaints"),
    }
)
# Where a denied symptom sits: "no numb legs", "no swollen calf" deny a symptom as surely as "not
# numb" does; the words still need a symptom's word among them.
SYMPTOM_PLACES = frozenset(
    {
        *("leg", "legs", "foot", "feet", "toe", "toes", "calf", "calves", "thigh", "thighs"),
        *("knee", "knees", "ankle", "ankles", "shin", "shins", "my", "his", "her", "their"),
    }
)
FILLERS = frozenset(
    {
        *("at", "all", "any", "really", "much", "very", "too", "either", "that", "so", "as", "a"),
        # "not swollen or hot or red", "no numbness down there": the list's joints and a place
        *("bit", "or", "nor", "and", "down", "there"),
        # "nothing is numb": the copula a denial reaches past
        *("is", "are", "was", "were"),
        # "no unusual pain", "no new swelling": the kind of symptom denied, still a symptom
        *("unusual", "abnormal", "new", "extra", "real", "major", "obvious", "noticeable"),
    }
)


# The words of the lexicon's sign classes (rules.py) beyond a limb, its numbness, a side and
# suddenness: what a statement of a sign holds ("her calf is swollen", not "her foot is numb").
_BARE = {"numb", "leg", "side", "sudden"}
# ...or a word of a sign's setting: "I can't feel anything when I wipe" (sign_settings.py).
_SETTING_WORDS = re.compile("|".join(f"(?:{words})" for words in SIGN_SETTINGS.values()))
_SIGN_WORDS = frozenset().union(
    *(words for name, words in CLASS_STEMS.items() if name not in _BARE)
) - frozenset().union(*(CLASS_STEMS[name] for name in _BARE))


@dataclass(frozen=True)
class Part:
    plain: Span | None
    pieces: tuple[Span, ...]
    full: Span | None  # only where some words were negated: then `denied` is set too
    denied: Span | None
    uncertain: bool  # hedged by "not sure if", "maybe" ...

    def spans(self) -> Iterator[Span]:
        for span in (self.plain, *self.pieces, self.full, self.denied):
            if span is not None:
                yield span


@dataclass
class _Segment:
    words: list[str]  # readable words of the whole segment
    plain: list[str]
    denied: list[str]
    clauses: list[list[int]]  # positions in `plain` of each clause's plain words
    fine: set[int]  # positions in `words` of the words said to be fine ("face is normal")
    uncertain: bool = False


def parts_of(sentences: list[ReadSentence]) -> tuple[list[list[str]], list[Part]]:
    """The runs of words to give the model, and the parts to judge (spans into the runs)."""
    runs: list[list[str]] = []
    parts: list[Part] = []
    for sentence in sentences:
        sentence_run = len(runs)
        runs.append([])
        for segment in _segments(sentence):
            start = len(runs[sentence_run])
            runs[sentence_run] += segment.words
            if len(segment.words) < MIN_WORDS - 1:
                continue
            # Words said to be fine are no part of a denial: "no numbness, my face and speech
            # are normal" must not read as a face or speech gone wrong.
            full = (
                sentence_run,
                tuple(start + i for i in range(len(segment.words)) if i not in segment.fine),
            )
            masked = segment.plain != segment.words
            if masked and segment.plain:
                plain_run = len(runs)
                runs.append(segment.plain)
                offset = 0
            else:
                plain_run, offset = sentence_run, start
            pieces = _pieces(segment, plain_run, offset)
            denied_span = None
            if segment.denied:
                runs.append(segment.denied)
                denied_span = (len(runs) - 1, tuple(range(len(segment.denied))))
            plain_span = (plain_run, tuple(range(offset, offset + len(segment.plain))))
            parts.append(
                Part(
                    plain_span if len(segment.plain) >= MIN_WORDS - 1 else None,
                    pieces,
                    full if denied_span is not None else None,
                    denied_span,
                    segment.uncertain,
                )
            )
    return runs, parts


def _segments(sentence: ReadSentence) -> list[_Segment]:
    segments: dict[int, _Segment] = {}
    keys: dict[int, int] = {}  # a segment of the sentence: the segment its clauses go to now
    for clause in sentence.clauses:
        if not clause.tokens:
            continue
        past = clause.history or sentence.general_question
        key = keys.setdefault(clause.tokens[0].segment, clause.tokens[0].segment)
        # A statement after a doubt told in a clause of its own is no part of the doubt: "could
        # be nerves, his face is drooping", "I'm scared of a clot, and now my calf is swollen".
        if key in segments and segments[key].uncertain and _plain_statement(clause, past):
            key = keys[clause.tokens[0].segment] = -1 - len(segments)
        segment = segments.setdefault(key, _Segment([], [], [], [], set()))
        segment.uncertain |= not clause.history and any(t.hedged for t in clause.tokens)
        positions = []
        tokens = clause.tokens
        denying = _denying_chunks(tokens)
        for i, token in enumerate(tokens):
            word = READABLE.get(token.word, token.word)
            if token.reassured:
                segment.fine.add(len(segment.words))
            segment.words.append(word)
            # A denial inside a history or an animal's clause is the lexicon's to ask about, no
            # function lost now: "my Labrador pulls a face when he sulks about not getting a
            # treat".
            if token.negated and not token.reassured and not clause.history:
                segment.denied.append(word)
            # Words of a denial ("my face isn't drooping": its subject and cue too) and words
            # said to be fine are no statement of a sign.
            if not (past or token.negated or i in denying):
                positions.append(len(segment.plain))
                segment.plain.append(word)
        segment.clauses.append(positions)
    return list(segments.values())


def _plain_statement(clause: Clause, past: bool) -> bool:
    """A clause told as now with words of some sign in it, none of them hedged: not "what
    should I do" after "if his face droops"."""
    words = [t.word for t in clause.tokens]
    unhedged = not past and not any(t.hedged for t in clause.tokens)
    signs = any(t.matches & _SIGN_WORDS for t in clause.tokens)
    signs = signs or bool(_SETTING_WORDS.search(" ".join(words)))
    return signs and (opens_with_now(words) or unhedged)


def _denying_chunks(tokens: list[Token]) -> set[int]:
    """Positions of the stretches (between "and"s) of a clause that deny something: "my face
    isn't drooping and my leg is numb" denies in its first stretch only."""
    found: set[int] = set()
    chunk: list[int] = []
    for i, token in enumerate([*tokens, None]):
        if token is None or token.word == "and":
            if any(tokens[j].negated and not tokens[j].reassured for j in chunk):
                found.update(chunk)
            chunk = []
        else:
            chunk.append(i)
    return found


def _pieces(segment: _Segment, run: int, offset: int) -> tuple[Span, ...]:
    everything = list(range(len(segment.plain)))
    found: list[list[int]] = []
    if len(segment.clauses) > 1:
        found += segment.clauses
    for span in [everything, *found]:
        found += _between_connectives(span, segment.plain)
    # The same without its numbness words: nearly every story names numbness, and in a short one
    # ("foot numb and dragging") it drowns the sign, whose exemplars carry none.
    found += [
        without
        for piece in [everything, *found]
        if len(without := [i for i in piece if segment.plain[i] not in NUMBNESS]) < len(piece)
    ]
    unique = dict.fromkeys(
        tuple(offset + i for i in piece)
        for piece in found
        if len(piece) >= MIN_WORDS and piece != everything
    )
    return tuple((run, piece) for piece in unique)


def _between_connectives(span: list[int], words: list[str]) -> list[list[int]]:
    pieces: list[list[int]] = [[]]
    for position in span:
        if words[position] in CONNECTIVES:
            pieces.append([])
        else:
            pieces[-1].append(position)
    return [piece for piece in pieces if piece] if len(pieces) > 1 else []
