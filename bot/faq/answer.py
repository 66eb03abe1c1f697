"""From a ranking to what the bot says: an answer, a "did you mean", or an honest "not covered".

The bands exist because a wrong answer is worse than none. Someone asking "can diabetes cause
hair loss" must not get the guide's diabetes answer as if it were theirs, so the bot answers only
when the evidence is strong, offers its three best guesses as buttons when it is unsure, and
otherwise says plainly that the guide does not cover the question.

Evidence, per question (see `bot.faq.index` for how it is measured):
- coverage: how much of what the question is specifically about the top entry accounts for;
- variant coverage: how much one curated way of asking that entry accounts for;
- whether the question is about the guide's subject at all (numb, leg, nerve...): a question that
  is needs less coverage to be worth a "did you mean", one that is not needs a lot;
- margin: how far the top entry is ahead of the next one that is not part of the same section.

Greetings and thanks are recognised first and get a friendly pointer, never an FAQ answer. A
question for what the guide never gives (a dose, a price, side effects: `bot.faq.beyond_guide`)
is offered its nearest passages, never answered with one.
Thresholds are set on tests/data/faq_dev_set.yaml; `bench/faq_benchmark.py` prints the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from bot.faq.beyond_guide import beyond_guide
from bot.faq.index import Entry, FaqIndex, Hit, Ranking
from bot.faq.text import normalise, word_set, words

ANSWER_COVERAGE = 0.75
"""The top entry must account for this share of the question's specific weight to be answered."""

ANSWER_VARIANT_COVERAGE = 0.5
"""...and one of its curated question variants for this share: the entry is asked that way."""

ANSWER_MARGIN = 0.12
"""...and lead the next unrelated entry by this share of its score; closer calls are offered."""

SUGGEST_COVERAGE_ON_SUBJECT = 0.3
"""A question about numb legs is worth a "did you mean" with this much coverage."""

SUGGEST_COVERAGE_OFF_SUBJECT = 0.6
"""A question that never names the subject needs this much, and as much from one variant."""

SUGGESTIONS = 3

ALSO_CLOSE = 0.6
"""Under an answer, the other answers that score at least this share of the answer's score are
offered as "or did you mean": a close call may have answered the wrong passage, and the right one
is then a tap away. Measured on every question set of tests/data and the field set (BENCHMARKS.md):
at 0.6, 31 of 39 wrong answers offer an accepted entry this way, while 82% of right answers show
no extra button (384 of 2,137 do)."""

ALSO_AT_MOST = 2
# A topic-wide question ("how is leg numbness treated?") whose best entry leads the others by this
# much is about that entry (there, the topic's overview): it is answered, not offered as a guess.
TOPIC_WIDE_LEAD = 0.3

# With the language model (`bot.faq.meaning`), the bands read the meaning first. Set on the
# development sets (the sets of content/asked/, written by people who never saw content/, each
# scored by a model that had not learned it, and the builders' faq_dev_set.yaml), checked on sets
# nobody read and on the field set: see BENCHMARKS.md. The scores and "not covered" bounds were
# raised and lowered by 0.1 and 0.03 when the model learned the strangers' questions: it grows
# surer of every entry, of the wrong ones too.
MEANING_ANSWER_SIMILARITY = 0.7
"""The top entry's closest way of asking must be at least this close to be answered..."""

MEANING_ANSWER_SCORE = 1.2
"""...its combined score (probability + lexical + similarity) at least this..."""

MEANING_ANSWER_MARGIN = 0.1
"""...ahead of the next unrelated entry by this share..."""

MEANING_ANSWER_OUTSIDE = 0.17
"""...and the model's probability that the guide does not cover it below this."""

MEANING_CLOSE_SIMILARITY = 0.85
"""A question this close to one way of asking an entry is answered with a smaller lead..."""

MEANING_CLOSE_SCORE = 1.3
MEANING_CLOSE_MARGIN = 0.05
MEANING_CLOSE_OUTSIDE = 0.07
MEANING_CLOSE_TERMS = 2
"""...its score, lead and "not covered" probability bounded as these say, and the question must
say at least this much besides the subject: "numb legs causes" is too vague for it."""

MEANING_FAR_SIMILARITY = 0.63
MEANING_FAR_SCORE = 1.2
MEANING_FAR_MARGIN = 0.35
MEANING_FAR_OUTSIDE = 0.03
"""A question about the subject told in other words than any way of asking (similarity down to
this) is answered when its entry leads every other by far, scores as the answer band asks, and
the model all but rules out "not covered": a story that only implies its question ("long
drives, and by the time I park my thigh is dead") reads less like a question, not less like its
entry. Off the subject, agreeing readers still only offer a guess (MEANING_AGREED_PROBABILITY)."""

MEANING_SUGGEST_SIMILARITY = 0.55
"""Below the answer band, a "did you mean" needs this much similarity..."""

MEANING_SUGGEST_OUTSIDE = 0.5
"""...and a probability of "not covered" below this; otherwise the guide does not cover it."""

MEANING_SUGGEST_OFF_SUBJECT = 0.7
"""A question that never names the subject (numb, leg, nerve...) needs this much similarity to
be worth a "did you mean": "can diabetes cause hair loss?" is not about the guide. One of the
guide's own names within the subject (its nerve medicines, content/synonyms.yaml) names it: "I
don't want gabapentin, anything natural?" is."""

MEANING_AGREED_PROBABILITY = 0.9
MEANING_AGREED_MARGIN = 0.3
MEANING_AGREED_OUTSIDE = 0.2
"""...unless the model's classifier gives the top entry at least this probability, the lexical
index ranks it first too, it leads by this much and "not covered" stays below this: "surgeon
brought up an operation, I'd rather avoid the knife" names no leg, yet both readers agree on the
surgery entry. Offered as a guess, never answered: "surgery for bunions" agrees as strongly.
The probability asked was 0.8 until the model learned the strangers' questions (content/asked/):
since, "can diabetes cause hair loss?" gets 0.82 for the diabetes entry."""


class Band(StrEnum):
    ANSWER = "answer"
    SUGGEST = "suggest"
    NOT_COVERED = "not_covered"
    SMALL_TALK = "small_talk"


class SmallTalk(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"


@dataclass(frozen=True)
class Reply:
    """What to say, and the best entries behind it (empty when not covered or small talk).

    ANSWER answers with `ranked[0]`; SUGGEST offers all of `ranked` as "did you mean" buttons.
    """

    band: Band
    ranked: tuple[Entry, ...] = ()
    small_talk: SmallTalk | None = None
    beyond: str | None = None  # SUGGEST: what was asked that the guide never gives ("doses")
    also: tuple[Entry, ...] = ()  # ANSWER: close runners-up of other sections, "or did you mean"

    @property
    def answer(self) -> Entry | None:
        return self.ranked[0] if self.band is Band.ANSWER else None


def answer(index: FaqIndex, question: str, vector: np.ndarray | None = None) -> Reply:
    """Decide how to reply to `question`; never raises, whatever the text. `vector` is the
    question's meaning when the caller has it already (one model run serves every reader)."""
    kind = small_talk(question)
    if kind is not None:
        return Reply(Band.SMALL_TALK, small_talk=kind)
    ranking = index.search(question, limit=SUGGESTIONS + 2, vector=vector)
    band = classify(ranking)
    asked = asking_sentences(question) if band is not Band.ANSWER else None
    if asked is not None:
        narrowed = index.search(asked, limit=SUGGESTIONS + 2)
        if classify(narrowed) is Band.ANSWER:
            ranking, band = narrowed, Band.ANSWER
    if band is Band.NOT_COVERED:
        return Reply(band)
    # Offered or answered, a question for what the guide never gives says so and who can tell:
    # the model, having learned such questions as "not covered", often offers them already.
    beyond = beyond_guide(question) if band in (Band.ANSWER, Band.SUGGEST) else None
    if beyond is not None:
        band = Band.SUGGEST  # the nearest passage, offered: it does not hold what was asked
    offered = tuple(hit.entry for hit in _offered(ranking, band)[:SUGGESTIONS])
    also = close_runners_up(ranking.hits) if band is Band.ANSWER else ()
    return Reply(band, offered, beyond=beyond, also=also)


def close_runners_up(hits: list[Hit]) -> tuple[Entry, ...]:
    """The entries close behind the top hit (ALSO_CLOSE), best first, each a different answer:
    an FAQ entry and its own section say the same thing, so offering one beside the other is no
    second guess; two FAQ entries of one section answer different questions ("physical therapy"
    and "surgery")."""
    top = hits[0]
    chosen = [top.entry]
    for hit in hits[1:]:
        if hit.score < ALSO_CLOSE * top.score:
            break
        if not any(_same_answer(hit.entry, entry) for entry in chosen):
            chosen.append(hit.entry)
    return tuple(chosen[1 : 1 + ALSO_AT_MOST])


def _same_answer(one: Entry, other: Entry) -> bool:
    return one.key == other.key or (one.kind != other.kind and one.section_id == other.section_id)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def asking_sentences(question: str) -> str | None:
    """The sentences that ask, in a message that also tells: "Read about tumours and spinal
    injuries all evening, now I'm scared. Does numb always mean serious?". What it tells can
    outweigh what it asks (here towards the serious conditions), so when the whole message is
    not answered, the asking sentences are ranked on their own (one more model run, for these
    messages only) and answered only if they clear the answer band by themselves; a question
    that leans on what came before ("Is that permanent?") says too little to, and keeps the
    whole message's reply. Measured: preferring them even when the whole is answered loses more
    than it gains (BENCHMARKS.md). None for one sentence, or for questions only."""
    sentences = [part for part in _SENTENCE_END.split(question.strip()) if part.strip()]
    asking = [sentence for sentence in sentences if "?" in sentence]
    if not asking or len(asking) == len(sentences):
        return None
    return " ".join(asking)


def _offered(ranking: Ranking, band: Band) -> list[Hit]:
    """The hits in the order they are offered: a "did you mean" to a question that names little
    more than a topic ("numb legs causes") offers that topic's sections before anything else."""
    hits = ranking.hits
    anchor = next((hit for hit in hits if not hit.entry.opening), None)
    if band is not Band.SUGGEST or len(ranking.query.specific) > 1:
        return hits
    if anchor is None or not anchor.entry.topic:
        return hits
    topic = [hit for hit in hits if hit.entry.topic == anchor.entry.topic]
    return [*topic, *(hit for hit in hits if hit not in topic)] if len(topic) > 1 else hits


def classify(ranking: Ranking) -> Band:
    """The band a ranking falls in (never SMALL_TALK)."""
    if not ranking.hits:
        return Band.NOT_COVERED
    if ranking.by_meaning:
        return _classify_by_meaning(ranking)
    top = ranking.hits[0]
    query = ranking.query
    if not query.specific:
        # Only subject words ("my leg is numb"): about the guide, but not about one passage.
        return Band.SUGGEST if query.about_subject else Band.NOT_COVERED
    if (
        top.coverage >= ANSWER_COVERAGE
        and top.variant_coverage >= ANSWER_VARIANT_COVERAGE
        and margin(ranking.hits) >= ANSWER_MARGIN
        and (query.about_subject or top.variant_coverage >= ANSWER_COVERAGE)
    ):
        return Band.ANSWER
    if query.about_subject and top.coverage >= SUGGEST_COVERAGE_ON_SUBJECT:
        return Band.SUGGEST
    if (
        top.coverage >= SUGGEST_COVERAGE_OFF_SUBJECT
        and top.variant_coverage >= SUGGEST_COVERAGE_OFF_SUBJECT
    ):
        return Band.SUGGEST
    return Band.NOT_COVERED


def _classify_by_meaning(ranking: Ranking) -> Band:
    top = ranking.hits[0]
    if _topic_wide(ranking):
        return Band.SUGGEST
    lead = margin(ranking.hits)
    clear = (
        top.similarity >= MEANING_ANSWER_SIMILARITY
        and top.score >= MEANING_ANSWER_SCORE
        and lead >= MEANING_ANSWER_MARGIN
        and ranking.outside < MEANING_ANSWER_OUTSIDE
    )
    close = (
        len(ranking.query.specific) >= MEANING_CLOSE_TERMS
        and top.similarity >= MEANING_CLOSE_SIMILARITY
        and top.score >= MEANING_CLOSE_SCORE
        and lead >= MEANING_CLOSE_MARGIN
        and ranking.outside < MEANING_CLOSE_OUTSIDE
    )
    far = (
        ranking.query.about_subject
        and top.similarity >= MEANING_FAR_SIMILARITY
        and top.score >= MEANING_FAR_SCORE
        and lead >= MEANING_FAR_MARGIN
        and ranking.outside < MEANING_FAR_OUTSIDE
    )
    if clear or close or far:
        return Band.ANSWER
    agreed = (
        top.probability >= MEANING_AGREED_PROBABILITY
        and top.lexical >= 1.0
        and lead >= MEANING_AGREED_MARGIN
        and ranking.outside < MEANING_AGREED_OUTSIDE
    )
    query = ranking.query
    close_enough = (
        query.about_subject
        or bool(query.named)
        or top.similarity >= MEANING_SUGGEST_OFF_SUBJECT
        or agreed
    )
    if (
        top.similarity >= MEANING_SUGGEST_SIMILARITY
        and ranking.outside < MEANING_SUGGEST_OUTSIDE
        and close_enough
    ):
        return Band.SUGGEST
    return Band.NOT_COVERED


def _topic_wide(ranking: Ranking) -> bool:
    """A question that names little more than a topic ("numb legs causes", "treatments?") and
    whose best entries are several sections of that topic: which one it means is a guess, so
    the sections are offered, not one of them answered. The guide's opening speaks of every
    topic, so it ranks near any topic's question, first too, without being the topic's answer:
    it is passed over."""
    if len(ranking.query.specific) > 1 or margin(ranking.hits) >= TOPIC_WIDE_LEAD:
        return False
    topical = [h for h in ranking.hits[:SUGGESTIONS] if not h.entry.opening]
    if not topical:
        return False
    top = topical[0]
    rivals = [h for h in topical[1:] if h.entry.section_id != top.entry.section_id]
    return (
        top.entry.topic != ""
        and all(h.entry.topic == top.entry.topic for h in rivals)
        and bool(rivals)
    )


def margin(hits: list[Hit]) -> float:
    """How far the top hit leads the first one that is not its own section or one of its FAQ.

    An FAQ entry and the section it belongs to say the same thing; their closeness is agreement,
    not doubt.
    """
    top = hits[0]
    for other in hits[1:]:
        if other.entry.section_id != top.entry.section_id:
            return (top.score - other.score) / top.score if top.score > 0 else 0.0
    return 1.0


# --- small talk ----------------------------------------------------------------------------------

_GREETING_WORDS = word_set(
    """
    hi hii hiii hello helo hallo hey heya hiya yo howdy greetings morning afternoon evening sup
    hola bonjour salut ciao namaste privet start help menu commands
    """
)
_THANKS_WORDS = word_set(
    """
    thanks thank thanx thx tnx ty cheers appreciated appreciate grateful great awesome cool nice
    perfect brilliant helpful ok okay kk bye goodbye goodnight cya understood noted
    """
)
_FILLER_WORDS = word_set(
    """
    a again all and are bot dear doing everyone folks for good got guys how i is it lot legcare
    much r so that thats the there u up very was whats you your really
    """
)
_GREETING_EMOJI = re.compile("[\U0001f44b\U0001f64b]")  # waving hand, person raising hand
_THANKS_EMOJI = re.compile("[\U0001f44d\U0001f64f\u2764\U0001f60a\U0001f642]")  # 👍 🙏 ❤ 😊 🙂
MAX_SMALL_TALK_WORDS = 8


def small_talk(text: str) -> SmallTalk | None:
    """GREETING or THANKS when the message is only that ("hi there", "thanks a lot 🙏").

    A greeting that goes on to ask something ("hi, why is my leg numb") is a question, and so is
    anything longer than a few words.
    """
    found = words(text, limit=MAX_SMALL_TALK_WORDS + 1)
    if len(found) > MAX_SMALL_TALK_WORDS:
        return None
    if not found:
        flat = normalise(text)
        if _GREETING_EMOJI.search(flat):
            return SmallTalk.GREETING
        if _THANKS_EMOJI.search(flat):
            return SmallTalk.THANKS
        return None
    meaningful = [word for word in found if word not in _FILLER_WORDS]
    if not meaningful or not all(w in _GREETING_WORDS or w in _THANKS_WORDS for w in meaningful):
        if set(found) <= {"how", "are", "you", "r", "u", "doing", "whats", "up"} and len(found) > 1:
            return SmallTalk.GREETING
        return None
    if any(word in _THANKS_WORDS for word in meaningful):
        return SmallTalk.THANKS
    return SmallTalk.GREETING
