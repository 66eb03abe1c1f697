"""What the bot does with a typed message: one decision from the screen, the story and the guide.

    red-flag screen ── emergency ──────────────────────────────────────► EMERGENCY
         │         ── may be a sign ── a calm story, told as calm ─────► its story reply
         │                             (asking what the guide answers, or answered with its own
         │                             advice or a topic it names: ANSWER under its advice)
         │                          ── a question in general, answered ► ANSWER (+ emergency line)
         │                          ── a question one half only doubted,
         │                             answered, nothing sudden ───────► ANSWER (+ emergency line)
         │                          ── otherwise ──────────────────────► CHECK, that sign first
         │                             (a question the guide answers: its answer, then CHECK)
         ▼ nothing
    a numbness story ── a reason for an appointment ───────────────────► APPOINTMENT
         │           ── temporary numbness that passed ────────────────► SELF_CARE
         │           ── either, asking what the guide answers ──────────► ANSWER under its advice
         │           ── either, answered with its own advice or (an
         │              appointment) a topic the story names ──────────► ANSWER under its advice
         │           ── neither, and the guide has no answer for it ────► CHECK
         │           ── told as sudden, or read by the model alone ─────► CHECK
         │           ── unclear, told as sudden, the guide answers it ──► its answer, then CHECK
         ▼
    the guide's answer, a "did you mean", or an honest "not covered"

Safety rules, each measured on every symptom set (BENCHMARKS.md, no emergency story lost):
- the screen's questions give way to a story reply only when the lexicon found no sign (its only
  hints "can't feel", which is numbness itself, or "one side" in a story told as slow), the model
  only suspected one, nothing says it came on suddenly or just now, and the story's own words (not
  the model) give its level: an appointment told as coming on over time, lasting days by now or
  getting in the way of daily life, or numbness that passed on moving (told as sudden too, when
  the screen's only doubt was "can't feel" and the model suspected nothing); never where the
  story tells of an injury, a pain beyond the ordinary ("after the tackle ... unbearable") or a
  swollen or warm limb;
- a self-care story whose only doubt is a condition the lexicon found feared or dated by name
  ("thought I was having a stroke for a sec", "I had a DVT years ago"), with the model suspecting
  no sign and nothing hurt, gets the self-care when its words say the numbness passed on moving;
- a question about signs in general ("what are the signs of a clot?") is answered from the guide
  with the emergency line and /check beside it, never when it names a person ("is it a stroke if
  dad's face droops?" still gets the questions); so is a message that says all is well now ("she's
  fully recovered", "I have no symptoms") whose every sign is dated, supposed or feared, none the
  model's own, nothing sudden and nothing hurt;
- a question the guide answers never loses the red-flag questions it would have had: the answer
  comes first and the questions start at once under it, the last message on screen.
Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.faq.answer import Band, Reply
from bot.stories.cues import Cues
from bot.stories.levels import Level, Story, StoryEntries
from bot.triage.conditions import CONDITION_NAMES
from bot.triage.findings import Detection, Finding, Screen

# Lexicon hints that are numbness itself, not a sign: "she can't feel her feet well any more";
# and, in a story told as slow, one side: the guide's stroke is sudden, one-sided numbness that
# comes on over weeks is its reason to book an appointment.
NUMBNESS_HINTS = frozenset({"cantfeel"})
NAMED_HINTS = frozenset({"clot", "stroke"})  # a condition's name, no sign of it
SLOW_STORY_HINTS = NUMBNESS_HINTS | {"one side"}
CALMED_WHEN_SUDDEN = frozenset({"head-spinal-injury", "severe-weakness"})
BLADDER = frozenset({"bladder-bowel"})


class Step(StrEnum):
    EMERGENCY = "emergency"
    CHECK = "check"  # the red-flag questions, at once
    APPOINTMENT = "appointment"
    SELF_CARE = "self_care"
    ANSWER = "answer"
    SUGGEST = "suggest"
    NOT_COVERED = "not_covered"
    SMALL_TALK = "small_talk"


@dataclass(frozen=True)
class Decision:
    step: Step
    lead: str | None = None  # CHECK: the sign to ask about first
    pointer: bool = False  # ANSWER: it is about a sign, so the emergency line and /check too
    calmed: bool = False  # the screen's questions gave way to the story's reply
    banner: Level | None = None  # ANSWER to a story's question: its level's advice on top
    self_care: bool = False  # ANSWER that is itself the guide's self-care: offer breaks too
    guesses: bool = False  # a story reply to a question: the guide's "did you mean" under it
    answer_first: bool = False  # CHECK on a message the guide answers: the answer, then them
    # CHECK on a story whose own words give the guide's reasons to book an appointment: that
    # advice opens the questions' message (the questions themselves unchanged, at once).
    advice: Level | None = None


def decide(
    detection: Detection,
    story: Story | None,
    cues: Cues,
    reply: Reply,
    entries: StoryEntries = StoryEntries(),  # noqa: B008 - frozen, shared safely
) -> Decision:
    """`entries`: which guide entries a story's reply may carry (content/stories.yaml)."""
    if detection.screen is Screen.EMERGENCY:
        return Decision(Step.EMERGENCY)
    lead = detection.suspected[0] if detection.suspected else None
    answered = reply.band is Band.ANSWER and bool(reply.ranked)
    if detection.screen is Screen.AMBIGUOUS:
        if _calm_story(detection, story, cues):
            assert story is not None  # for the type checker: _calm_story says so
            if answered and (cues.question or entries.carried(story, reply.ranked[0].id)):
                # "My feet have been numb for weeks, what tests will they do?": the answer, under
                # the story's own advice, as when the screen had no doubt at all.
                return Decision(Step.ANSWER, calmed=True, banner=story.level)
            return Decision(_STORY_STEPS[story.level], calmed=True)
        general = (
            cues.impersonal_question
            and cues.in_general
            and _names_only(detection)
            and not detection.onset.sudden
        )
        if answered and (
            general or _quiet_question(detection, cues) or _told_well(detection, cues)
        ):
            return Decision(Step.ANSWER, pointer=True)
        return Decision(
            Step.CHECK, lead=lead, answer_first=answered, advice=_advice(detection, story, cues)
        )
    if story is not None and story.level in _STORY_STEPS:
        quiet = detection.screen is Screen.NONE and not detection.onset.sudden
        if story.by_model and cues.question and answered and quiet:
            return Decision(Step.ANSWER)  # a question the guide answers; the level read thinly
        if _needs_questions(detection, story, cues):
            return Decision(
                Step.CHECK, answer_first=answered, advice=_advice(detection, story, cues)
            )
        if answered and _weak(story, cues):
            # "My legs keep going numb at my desk": the guide's own answer, when it is the
            # self-care, rather than the same advice twice; otherwise under the advice.
            if reply.ranked[0].id in entries.self_care:
                return Decision(Step.ANSWER, self_care=story.level is Level.SELF_CARE)
            return Decision(Step.ANSWER, banner=story.level)
        if answered and (cues.question or entries.carried(story, reply.ranked[0].id)):
            # "My feet have been numb for weeks, is it my diabetes?": the guide's answer to the
            # question, or to the one a story leaves unsaid, under its advice.
            return Decision(Step.ANSWER, banner=story.level)
        if cues.question and reply.band is Band.SUGGEST and story.by_model:
            return Decision(Step.SUGGEST)  # a question, and a story told too thinly to advise on
        # A question the guide only half answers: the story's advice, its guesses under it.
        guesses = cues.question and reply.band is Band.SUGGEST
        return Decision(_STORY_STEPS[story.level], guesses=guesses)
    if story is not None and not answered:
        # An unclear story: the questions tell its level; but a question about something else
        # the guide may hold ("my mum's feet are numb, which shoes help?") gets its guesses.
        if cues.question and reply.band is Band.SUGGEST and not detection.onset.sudden:
            return Decision(Step.SUGGEST)
        return Decision(Step.CHECK)
    if story is not None and detection.onset.sudden:
        # An unclear story told as sudden or just now, asking what the guide answers: the
        # answer, and the questions under it.
        return Decision(Step.CHECK, answer_first=answered)
    if reply.band is Band.ANSWER and not answered:
        return Decision(Step.NOT_COVERED)  # an answer with no entry is none
    return Decision(_BAND_STEPS[reply.band])


def _advice(detection: Detection, story: Story | None, cues: Cues) -> Level | None:
    """The appointment advice to open the questions with: only where the story's own words (not
    the model) name the guide's reasons, and nothing says it came on suddenly or just now, or
    tells of an injury or a pain beyond the ordinary ("cast too tight, pain unbearable, getting
    worse"), when the questions alone must speak."""
    if story is None or story.level is not Level.APPOINTMENT or story.by_model:
        return None
    if not story.reasons or detection.onset.sudden or cues.hurt:
        return None
    return Level.APPOINTMENT


def _weak(story: Story, cues: Cues) -> bool:
    """A level read from little: by the model alone, or a position with no word of passing."""
    return story.by_model or (story.level is Level.SELF_CARE and not cues.temporary)


def _names_only(detection: Detection) -> bool:
    """Whether every sign the lexicon found is only named as a condition ("a stroke", "a clot"),
    none described as it shows ("a drooping face")."""
    return all(f.phrase in CONDITION_NAMES for f in detection.findings if not f.negated)


def _quiet_question(detection: Detection, cues: Cues) -> bool:
    """A question the guide answers, that only one half of the screen wondered about: the model
    alone (the lexicon quiet but for numbness itself), or a word of the lexicon's alone ("what
    signs mean I need an ambulance?") with no sign the model suspects. Nothing the lexicon
    doubted, nothing sudden. It gets the answer, with the emergency line and /check first under
    it, rather than the questions in its place."""
    if not cues.question or detection.onset.sudden:
        return False
    if any(f.hedged and not f.negated for f in detection.findings):
        return False
    model_only = detection.by_model and set(detection.hints) <= NUMBNESS_HINTS
    words_only = not detection.by_model and not detection.suspected
    return model_only or words_only


def _calm_story(detection: Detection, story: Story | None, cues: Cues) -> bool:
    if story is None or story.level not in _STORY_STEPS or story.by_model:
        return False
    doubted = [f for f in detection.findings if f.hedged and not f.negated]
    if doubted and not _fear_gone(detection, story, doubted):
        return False  # the lexicon itself wonders about a sign
    if cues.hurt:
        return False  # a hurt limb the model suspects: its questions, not a calm reply
    if doubted:
        return cues.temporary  # _fear_gone: a condition feared by name, numbness that passed
    if not detection.by_model and detection.hints == ():
        return False  # nothing from the model either: this ask is the lexicon's own
    if story.level is Level.SELF_CARE and set(detection.suspected) & cues.told_signs:
        return False  # the sign the model wonders about is told in its own words beside it
    numbness_only = set(detection.hints) <= NUMBNESS_HINTS
    named_only = set(detection.hints) <= NUMBNESS_HINTS | NAMED_HINTS
    if story.level is Level.SELF_CARE and not detection.suspected and named_only:
        # "Stood up to get pizza and couldn't feel my foot, walked it off": nothing but numbness
        # that passed on moving, however suddenly it came, and no sign the model suspects; a
        # condition only named beside it ("feet numb after the flight, walked it off, I'd read
        # about clots") is a worry, no sign, when the model suspects nothing and nothing hurts.
        return cues.temporary
    onset = detection.onset
    if onset.sudden and story.level is Level.SELF_CARE:
        # "Kneeling for ages, legs went numb, got up, sorted within minutes": numbness that came
        # at once and passed on moving, where the model wondered only whether a knock or a
        # weak leg lay behind it. Never where it wondered about a stroke, the chest, the
        # bladder, a clot or a pressed limb: a leg gone cold and blue while sitting, "really
        # hurts", is no position's numbness whatever passes.
        # So may a bladder the model wonders about when the message tells no word of it (no
        # toilet, no wetting, no saddle): "slept on my leg, numb when I woke, fine 3 mins later".
        wondered = set(detection.suspected) - (frozenset() if cues.saddle else BLADDER)
        return cues.temporary and numbness_only and wondered <= CALMED_WHEN_SUDDEN
    if onset.sudden:
        return False
    if story.level is Level.SELF_CARE:
        return cues.temporary and numbness_only
    # Told as slow (over weeks, or lasting days by now), or as numbness getting in the way of
    # daily life: "so numb I wobble and can't do my job" is the guide's reason to book, where
    # the model alone wondered about severe weakness (a weakness or fall the lexicon hears is a
    # hint, and keeps the questions).
    slow = (
        onset.gradual
        or cues.lasting
        or bool({"daily-activities", "lasting-days"} & set(story.reasons))
    )
    return slow and set(detection.hints) <= SLOW_STORY_HINTS


def _told_well(detection: Detection, cues: Cues) -> bool:
    """A message that says all is well now ("I have no symptoms", "he's perfectly healthy") and
    whose every sign the lexicon found is dated, supposed, feared or denied: a history, a worry
    or a question the guide answers, with the emergency line and /check under the answer. Not
    when the model suspects a sign of its own, a sign is told as sudden or anything hurts."""
    if not cues.all_clear or cues.hurt or detection.onset.sudden or detection.model_suspects:
        return False
    found = [f for f in detection.findings if not f.negated]
    return bool(found) and all(f.hedged for f in found)


def _fear_gone(detection: Detection, story: Story, doubted: list[Finding]) -> bool:
    """A self-care story whose only doubt is a condition feared by name ("thought I was having
    a stroke for a sec lol", "immediately thought DVT"), or dated as a history: the lexicon
    hedged the name, the model suspects no sign at all, and nothing else was found. The story's
    own words must still say the numbness passed on moving (`_calm_story`)."""
    if story.level is not Level.SELF_CARE or detection.model_suspects or detection.hints:
        return False
    if len(doubted) != len([f for f in detection.findings if not f.negated]):
        return False
    if not all(f.phrase in CONDITION_NAMES for f in doubted):
        return False
    return set(detection.suspected) <= {f.sign_id for f in doubted}


def _needs_questions(detection: Detection, story: Story, cues: Cues) -> bool:
    """A story that still gets the questions rather than a level: one told as coming on
    suddenly or just now ("since six this evening my leg won't lift"), unless it is numbness that
    passed on moving; and one whose level only the model read, while the screen had a doubt or
    the story does not say it came on over days or weeks."""
    if story.by_model and (
        detection.screen is not Screen.NONE or not (detection.onset.gradual or cues.lasting)
    ):
        return True
    if detection.onset.sudden:
        return not (story.level is Level.SELF_CARE and cues.temporary)
    return False


_STORY_STEPS = {Level.APPOINTMENT: Step.APPOINTMENT, Level.SELF_CARE: Step.SELF_CARE}
_BAND_STEPS = {
    Band.ANSWER: Step.ANSWER,
    Band.SUGGEST: Step.SUGGEST,
    Band.NOT_COVERED: Step.NOT_COVERED,
    Band.SMALL_TALK: Step.SMALL_TALK,
}
