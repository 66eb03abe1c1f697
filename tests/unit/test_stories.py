"""Numbness stories: their level from words and model, and the one decision after the screen.

Every story here is written for this test, one per class of wording (never copied from an
evaluation set). The model is the real one: no skip, no stand-in.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content import load_content
from bot.faq.answer import Band, Reply, answer
from bot.faq.index import Entry, FaqIndex
from bot.stories import Level, read_cues
from bot.stories.levels import Story, StoryEntries
from bot.stories.route import CONDITION_NAMES, NUMBNESS_HINTS, Step, decide
from bot.stories.tools import reader_for
from bot.stories.understand import read_message, understand
from bot.triage import Detection, Finding, Screen, tools_for
from bot.triage.findings import Onset

CONTENT = load_content()
READER = reader_for(CONTENT)
INDEX = FaqIndex.from_content(CONTENT)
SCREEN = tools_for(CONTENT).screen
ENTRIES: StoryEntries = READER.entries


def route(text: str) -> Step:
    return understand(text, SCREEN.screen(text), INDEX, READER).decision.step


@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        ("both my feet have felt numb for about three weeks", {"lasting-days"}),
        # A doctor's exam is no seat.
        ("the GP did an exam last week and my foot has been numb for a month", {"lasting-days"}),
        ("the tingling in my toes hasn't gone away since March", {"lasting-days"}),
        # Days counted as they pass.
        ("day 9 of my heel being numb, starting to get fed up", {"lasting-days"}),
        ("it's the sixth day my big toe has been tingly", {"lasting-days"}),
        ("my numb feet make me trip on the kerb when I walk to work", {"daily-activities"}),
        ("the pins and needles wake me every night", {"daily-activities"}),
        ("it started in my toes and now it's up to my shins", {"worsening-spreading"}),
        ("only my left foot is numb, the right one is fine", {"one-side"}),
        ("mum's right calf has slowly gone numb, the other leg is normal", {"one-side"}),
    ],
)
def test_the_guides_reasons_are_read_from_everyday_words(text: str, reasons: set[str]) -> None:
    assert reasons <= read_cues(text).reasons
    story = READER.read(text)
    assert story is not None
    assert story.level is Level.APPOINTMENT
    assert reasons <= set(story.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "my feet have been numb for weeks and I'm afraid it will get worse",
        "my leg is numb now and I'm scared it will never come back",
        "I'm worried because my feet go numb at night and it might be my diabetes",
    ],
)
def test_numbness_told_now_is_a_story_whatever_is_feared(text: str) -> None:
    assert READER.read(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "my foot went to sleep sitting cross-legged and came back when I stood up",
        "pins and needles after kneeling in the garden, gone within a couple of minutes",
        "tight new boots made my toes numb, fine once I took them off",
        "long train ride and my leg was numb until I walked down the platform",
        # Passing on moving outweighs a side: where it happened, not a sign.
        "slept on my left leg and it was dead for a minute, then normal again",
        # Where people sit, said by what they do there.
        "on my laptop for hours and my calves went numb, went away when I walked to the kitchen",
        "two hour maths exam, couldn't really move much, legs buzzing after but fine by the bus",
    ],
)
def test_numbness_that_passed_on_moving_is_temporary(text: str) -> None:
    story = READER.read(text)
    assert story is not None
    assert story.level is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "what causes numb legs?",  # a question in general
        "how is leg numbness treated",
        "thanks, that helps",
        "can you change my reminder time",
        # Numbness only feared for later: a worry for the guide, nothing to triage yet.
        "my sugar is well controlled but I worry my feet will go numb one day",
        "my diabetes is fine so far, just scared about nerve damage down the line",
    ],
)
def test_questions_and_other_messages_are_no_story(text: str) -> None:
    assert READER.read(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my foot goes numb about once a week for a couple of minutes and then it's fine again",
        "every few weeks my calf tingles for a minute or so, then it's back to normal",
        # How long someone sat or played is no time the numbness lasts.
        "my daughter knelt on the hard floor doing a jigsaw for ages, her feet went numb, she "
        "hopped about a bit and now she's fine",
        "been sitting in the car for hours and my left leg went dead, walked it off at the stop",
    ],
)
def test_numbness_that_comes_and_passes_is_not_read_as_lasting_days(text: str) -> None:
    """How often it comes is no duration: the model may not read "lasting more than a few
    days" into numbness the story says passes, so it is asked about, not booked."""
    story = READER.read(text)
    assert story is not None
    assert "lasting-days" not in story.reasons


@pytest.mark.parametrize(
    "text",
    [
        "I sit at a desk all day and my feet have been numb for ages",
        "been gaming a lot lately and my toes have felt numb for a while now",
    ],
)
def test_numbness_that_lasts_beside_a_long_sit_still_lasts(text: str) -> None:
    assert "lasting-days" in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "my dad found a cut on his foot he never felt, he's diabetic",
        "there's a rash on my leg and the skin around it is numb",
        "I'm a waitress, on my feet all shift, and my soles are numb",
    ],
)
def test_something_on_a_foot_or_being_on_ones_feet_is_no_position(text: str) -> None:
    """The guide's temporary numbness comes from a position or pressure; a wound on a foot, or
    standing all day, is none, so such a story never gets the self-care for it."""
    assert not read_cues(text).position
    story = READER.read(text)
    assert story is None or story.level is not Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    ["after I sleep on my leg it's numb for a few minutes", "the dog sleeps on my feet at night"],
)
def test_sleeping_or_resting_on_a_leg_is_a_position(text: str) -> None:
    assert read_cues(text).position


def test_not_bearing_the_tingling_is_no_reason_of_daily_life() -> None:
    assert "daily-activities" not in read_cues("i cant stand the pins and needles").reasons
    assert "daily-activities" in read_cues("i cant stand for long, my feet are numb").reasons


def test_a_story_with_no_reason_and_no_passing_is_unclear() -> None:
    story = READER.read("my leg is numb")
    assert story is not None
    assert story.level is Level.UNCLEAR


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # Answered by the guide with the advice for its level: that answer, under the advice.
        ("my soles have been numb for a month and it's creeping up my legs", Step.ANSWER),
        ("my calf went numb on the sofa and was fine after I got up", Step.ANSWER),
        # The guide has no answer of its own for it: the story's reply alone.
        ("both feet tingly and numb for a month, arms and face fine", Step.APPOINTMENT),
        ("numb foot after a long drive, gone after a short walk", Step.SELF_CARE),
        ("my leg is numb", Step.CHECK),
        ("why does my leg go numb when I sit for long periods?", Step.ANSWER),
        # Told as sudden: the questions, whatever the other words say.
        ("since this evening my right leg is numb, I've had tingling for weeks", Step.CHECK),
        # A question in general naming a condition is answered; one describing a sign asks.
        ("can a stroke make only one leg numb?", Step.ANSWER),
        ("can numbness and face drooping mean stroke?", Step.CHECK),
        # The asker's own wish to know frames it in general; someone named in it does not.
        ("which signs would mean a stroke? I'd like to know what to watch for", Step.ANSWER),
        ("which signs mean a stroke? my dad's leg is numb, I want to know", Step.CHECK),
        # A hurt limb the model suspects keeps its questions, even told as getting worse.
        (
            "my leg went numb after the tackle and the pain is unbearable and getting worse",
            Step.CHECK,
        ),
        # A sign stays an emergency, however calm the rest.
        ("my feet have been numb for weeks and now my face is drooping", Step.EMERGENCY),
    ],
)
def test_the_whole_decision(text: str, step: Step) -> None:
    assert route(text) is step


def test_a_question_the_guide_answers_keeps_the_red_flag_questions_under_its_answer() -> None:
    text = "my leg has been weak and numb since this morning, what tests will the doctor do?"
    read = understand(text, SCREEN.screen(text), INDEX, READER)
    assert read.decision.step is Step.CHECK
    assert read.decision.answer_first
    assert read.reply.band is Band.ANSWER
    assert read.reply.ranked[0].topic == "diagnosis"


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        # The screen wonders (legs that feel weak), the words give the reasons.
        ("my legs have been weak and numb for a fortnight and it keeps spreading", True),
        (
            "both feet numb for a month now and my balance is off, my legs feel weak on the stairs",
            True,
        ),
        ("my dad's feet have been numb for weeks and now he says his legs feel weak", True),
        # Something told as sudden or just now: the questions alone.
        (
            "my feet have been numb for weeks and since this morning my legs suddenly feel weak",
            False,
        ),
        ("both shins numb for a month, and just now my legs feel weak on the stairs", False),
    ],
)
def test_a_story_with_reasons_that_still_needs_the_questions_opens_them_with_its_advice(
    text: str, advice: bool
) -> None:
    read = understand(text, SCREEN.screen(text), INDEX, READER)
    assert read.decision.step is Step.CHECK
    assert (read.decision.advice is Level.APPOINTMENT) is advice


def test_a_calm_story_that_asks_what_the_guide_answers_gets_the_answer_under_its_advice() -> None:
    text = (
        "for the past month I cannot feel my toes properly and it is slowly spreading up my "
        "feet, which blood tests check for that?"
    )
    detection = SCREEN.screen(text)
    read = understand(text, detection, INDEX, READER)
    assert detection.screen is Screen.AMBIGUOUS  # "cannot feel": numbness itself, a hint
    assert read.decision.step is Step.ANSWER
    assert read.decision.calmed
    assert read.decision.banner is Level.APPOINTMENT
    assert read.reply.ranked[0].id == "diagnosis-lab"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "I've had type 2 diabetes for twelve years and my soles have been numb for the past "
            "few months",
            "diabetes-permanent",
        ),
        (
            "my feet have been numb for a month and the specialist has booked me in for a nerve "
            "conduction test next week",
            "diagnosis-specialized",
        ),
        ("my husband's toes have been numb for months, his doctor put him on gabapentin", None),
    ],
)
def test_an_appointment_story_about_a_topic_gets_its_answer_under_the_advice(
    text: str, entry: str | None
) -> None:
    """The question a story leaves unsaid: what it names beyond the numbness, answered under the
    appointment advice, whose reasons the banner still names."""
    read = understand(text, SCREEN.screen(text), INDEX, READER)
    assert not read.cues.question
    assert read.decision.step is Step.ANSWER
    assert read.decision.banner is Level.APPOINTMENT
    assert read.reply.ranked[0].id in CONTENT.stories.topic_entries
    if entry is not None:
        assert read.reply.ranked[0].id == entry


@pytest.mark.parametrize(
    "text",
    [
        # Numbness alone, which the guide answers only with its list of symptoms or a "did you
        # mean": the advice is the whole reply.
        "both my feet have felt numb for about three weeks",
        "both feet tingly and numb for a month, arms and face fine",
    ],
)
def test_an_appointment_story_of_numbness_alone_keeps_its_short_reply(text: str) -> None:
    read = understand(text, SCREEN.screen(text), INDEX, READER)
    assert read.decision.step is Step.APPOINTMENT
    first = read.reply.ranked[0].id if read.reply.band is Band.ANSWER else None
    assert first not in ENTRIES.advice


@pytest.mark.parametrize(
    ("text", "level", "entries"),
    [
        # Told, the question left unsaid: how long to wait, or why it happened.
        (
            "day eleven now of my left foot being numb and tingly, I was sure it would have "
            "worn off by this point",
            Level.APPOINTMENT,
            {"when-see-doctor", "seek-appointment"},
        ),
        (
            "dozed off in the armchair with one leg folded under me and when I woke up I "
            "couldn't feel it for a couple of minutes",
            Level.SELF_CARE,
            {"causes-temporary", "sitting-numb"},
        ),
    ],
)
def test_a_story_answered_with_its_own_advice_gets_that_answer_under_it(
    text: str, level: Level, entries: set[str]
) -> None:
    """The guide's own entry for what the story leaves unsaid, under the advice for its level in
    one line: both the story's reply and the question's answer."""
    read = understand(text, SCREEN.screen(text), INDEX, READER)
    assert not read.cues.question
    assert read.decision.step is Step.ANSWER
    assert read.decision.banner is level
    assert read.reply.ranked[0].id in entries


def _answer_with(entry_id: str) -> Reply:
    entry = next(e for e in INDEX.entries if e.id == entry_id)
    return Reply(Band.ANSWER, (entry,))


@pytest.mark.parametrize(
    ("story", "entry", "step"),
    [
        (Story(Level.APPOINTMENT, ("lasting-days",)), "surgery", Step.ANSWER),
        (Story(Level.APPOINTMENT, ("lasting-days",)), "seek-appointment", Step.ANSWER),
        (Story(Level.APPOINTMENT, ("lasting-days",)), "when-see-doctor", Step.ANSWER),
        (Story(Level.APPOINTMENT, ("lasting-days",)), "causes-serious", Step.APPOINTMENT),
        (Story(Level.APPOINTMENT, ("lasting-days",)), "symptoms", Step.APPOINTMENT),
        (Story(Level.APPOINTMENT, ("lasting-days",)), "sitting-numb", Step.APPOINTMENT),
        (Story(Level.SELF_CARE), "causes-temporary", Step.ANSWER),
        (Story(Level.SELF_CARE), "sitting-numb", Step.ANSWER),
        # The self-care level carries only the self-care: a cause beside it read as alarming.
        (Story(Level.SELF_CARE), "diabetes-permanent", Step.SELF_CARE),
        (Story(Level.SELF_CARE), "causes-nerve", Step.SELF_CARE),
        (Story(Level.SELF_CARE), "seek-appointment", Step.SELF_CARE),
    ],
)
def test_a_story_carries_only_its_own_advice_or_a_topic_it_names(
    story: Story, entry: str, step: Step
) -> None:
    text = "my feet have been numb for weeks, went away when I stood up after sitting"
    quiet = Detection(Screen.NONE)
    cues = read_cues(text)
    assert not cues.question
    decision = decide(quiet, story, cues, _answer_with(entry), ENTRIES)
    assert decision.step is step
    if step is Step.ANSWER:
        assert decision.banner is story.level


def test_numbness_told_as_getting_in_the_way_of_daily_life_is_its_appointment_reason() -> None:
    """The model wondered about severe weakness; the story's own words say numbness is making
    work hard, with no sign of the lexicon's, nothing sudden: the guide's reason to book."""
    text = "my legs are so numb I wobble and can no longer do my job properly"
    detection = SCREEN.screen(text)
    read = understand(text, detection, INDEX, READER)
    assert detection.screen is Screen.AMBIGUOUS
    assert read.decision.step is Step.APPOINTMENT
    assert read.decision.calmed
    assert read.story is not None
    assert read.story.reasons == ("daily-activities",)
    # A weakness or a fall the lexicon hears, or a sudden start, still gets the questions.
    assert route("since this morning my legs are so numb I can no longer do my job") is Step.CHECK
    assert route("my legs are numb and weak and I fell at work, I can't do my job") in (
        Step.CHECK,
        Step.EMERGENCY,
    )


def test_numbness_gone_now_after_moving_has_not_spread() -> None:
    cues = read_cues("my calf went numb on the bus and it was gone now after walking home")
    assert "worsening-spreading" not in cues.reasons
    assert "worsening-spreading" in read_cues("it was in my toes, now it's in my shins").reasons


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to know whether the feeling in my feet can come back",
        "just curious why legs fall asleep on long drives",
        "I don't understand why my toes tingle after running",
        "gimme some info on leg numbness",
        "my leg goes dead on the couch, why does that happen",
        "feet tingle after a long flight, is that normal",
        "woke up with a dead arm and leg, thats normal right",
        "sitting makes my leg numb why",
        "acupuncture for numb feet",
        "blood tests for tingling legs",
        # A wish to know, told as a statement.
        "my feet have tingled for weeks, so I'm keen to learn how to stop it getting worse",
        "it would help to know which vitamins matter for the nerves in my legs",
        "I'm interested in what a nerve conduction test involves",
        "I'd appreciate some pointers on shoes for numb feet",
        # The question after a comma, in words the comma rule did not know.
        "my legs go numb at my desk all day, what stretches help",
        "the numbness keeps me awake at night, anything I can do myself",
        "numb feet since the chemo, does physio actually do anything for this",
        # A run-on line, a chat spelling, a wish told as what one is after.
        "numb feet making it hard to work shoud i get it checked",
        "my legs go numb at work should i see someone about it",
        "type 1 since a kid how do i stop my feet getting worse",
        "my calves tingle at night what can i do about it",
        "hoping for some tips on shoes for numb feet",
        "my feet are numb most days, after some advice on shoes",
        # A doubt, told: "not sure whether", "unsure which", "can't picture how".
        "my right foot has been numb a week, not sure whether that is enough to see the GP",
        "I have neuropathy and I'm unsure which checks I should keep up",
        "my shins have been numb for months, heard physio helps but I can't see how",
        "trying to get my head around what causes numb legs",
        "stuff i can do at home for tingly feet",
        # Two chat words before the question's own first word.
        "ok so when do they actually operate for numb legs",
        # A goal told, the way to it asked.
        "dad barely feels his soles now, we want to make the bathroom safer for him",
        "my shins go numb at my standing job and I'd like to stop that happening",
        "we're trying to keep my wife's neuropathy from spreading",
    ],
)
def test_questions_asked_without_a_question_mark_are_questions(text: str) -> None:
    assert read_cues(text).question


@pytest.mark.parametrize(
    "text",
    [
        "slurring words, leg numb",
        "numb legs, can't lift them off the floor",
        "I fell off the ladder, which was silly, and now my feet are numb",
        "I was walking the dog, when my left leg suddenly went numb",
        "my face dropped at the physio bill",  # a person in it: no search query
        "numb foot and can't talk right",
        "not sure how to describe it but my foot is numb",
        "my leg went numb on the train, which was annoying, but it passed when I walked",
        "my toes have been numb for three weeks, what a pain",
        "my foot goes numb when I sit on it so I do get up and walk around",
        "not sure how to explain it but my toes have gone numb",
        "I'm sure it's nothing, my foot went numb on the bus",
        "my foot went numb on the bus and I wanted to cry",
    ],
)
def test_stories_are_not_read_as_questions(text: str) -> None:
    assert not read_cues(text).question


STORIES = st.builds(
    Story,
    st.sampled_from(list(Level)),
    st.lists(
        st.sampled_from(["lasting-days", "daily-activities", "worsening-spreading", "one-side"]),
        max_size=2,
        unique=True,
    ).map(tuple),
    st.booleans(),
)
DETECTIONS = st.builds(
    Detection,
    st.sampled_from(list(Screen)),
    st.just(()),
    st.lists(
        st.builds(
            Finding,
            st.just("stroke"),
            st.sampled_from(["face drooping", "stroke"]),
            st.booleans(),
            st.booleans(),
        ),
        max_size=2,
    ).map(tuple),
    st.lists(st.sampled_from(["cantfeel", "one side", "weak", "fall"]), max_size=2).map(tuple),
    st.lists(st.sampled_from(["stroke", "blood-clot"]), max_size=1).map(tuple),
    st.booleans(),
    st.builds(Onset, st.booleans(), st.booleans(), st.booleans()),
)
TEXTS = st.sampled_from(
    [
        "my feet have been numb for weeks",
        "my foot went numb sitting and came back when I stood",
        "my leg is numb",
        "what are the signs of a stroke?",
        "since this morning my leg won't lift",
    ]
)


@given(
    DETECTIONS,
    st.none() | STORIES,
    TEXTS,
    st.sampled_from(list(Band)),
    st.none() | st.sampled_from(INDEX.entries),
)
def test_the_decision_never_lets_a_screen_verdict_down(
    detection: Detection, story: Story | None, text: str, band: Band, first: Entry | None
) -> None:
    """An emergency is always one; the screen's questions give way only to a calm story the
    words (not the model) read, with no sudden onset (but numbness alone that passed on moving)
    and no sign the lexicon itself doubted;
    a story told as sudden never gets a level without the questions; and an answer put first
    never takes the questions' place."""
    cues = read_cues(text)
    ranked = first is not None
    reply = Reply(band, (first,) if first is not None else ())
    decision = decide(detection, story, cues, reply, ENTRIES)
    if decision.answer_first:
        assert decision.step is Step.CHECK
        assert band is Band.ANSWER
        assert ranked
    if detection.screen is Screen.EMERGENCY:
        assert decision.step is Step.EMERGENCY
        return
    assert decision.step is not Step.EMERGENCY
    if detection.screen is Screen.AMBIGUOUS and decision.step is not Step.CHECK:
        if decision.calmed:
            assert story is not None
            assert not story.by_model
            # Sudden only as the guide's temporary numbness: a self-care story that passed on
            # moving, nothing suspected, no hint but numbness ("stood up and couldn't feel my
            # foot, walked it off").
            assert not detection.onset.sudden or (
                story.level is Level.SELF_CARE
                and not detection.suspected
                and set(detection.hints) <= NUMBNESS_HINTS
                and cues.temporary
            )
            assert not any(f.hedged and not f.negated for f in detection.findings)
            assert set(detection.hints) <= {"cantfeel", "one side", "clot", "stroke"}
            assert not set(detection.hints) & {"clot", "stroke"} or not detection.suspected
        else:
            assert decision.step is Step.ANSWER
            assert decision.pointer
            assert cues.question
            assert band is Band.ANSWER
            assert not detection.onset.sudden
            assert not any(f.hedged and not f.negated for f in detection.findings) or (
                cues.impersonal_question
                and cues.in_general
                and all(f.phrase in CONDITION_NAMES for f in detection.findings if not f.negated)
            )
    if detection.screen is Screen.NONE and story is not None and detection.onset.sudden:
        passed = story.level is Level.SELF_CARE and cues.temporary  # passed on moving
        if story.level is Level.UNCLEAR or (story.by_model and not passed):
            assert decision.step is Step.CHECK  # never an answer or a guess alone
    if decision.step in (Step.APPOINTMENT, Step.SELF_CARE) and detection.onset.sudden:
        assert decision.step is Step.SELF_CARE
        assert cues.temporary
    if decision.banner is not None:
        assert decision.step is Step.ANSWER
        assert band is Band.ANSWER
        assert first is not None
        assert story is not None
        assert decision.banner is story.level
        told = story.level is Level.APPOINTMENT or cues.temporary  # not a thin position
        if not cues.question and not story.by_model and told:
            # Unasked, a level the words gave carries only its own advice or what the story
            # names beyond its numbness: never a serious cause beside the advice.
            assert ENTRIES.carried(story, first.id)
    if decision.advice is not None:
        # Advice only ever opens the questions, for reasons the words gave, never on a sudden
        # story: the questions keep their place and their lead.
        assert decision.step is Step.CHECK
        assert decision.advice is Level.APPOINTMENT
        assert story is not None
        assert story.level is Level.APPOINTMENT
        assert story.reasons
        assert not story.by_model
        assert not detection.onset.sudden


@pytest.mark.parametrize("text", ["numb legs causes", "what causes numb legs?"])
def test_a_question_that_names_only_a_topic_is_offered_its_sections(text: str) -> None:
    """Its sections first; the guide's opening, which speaks of every topic, may follow them."""
    reply = answer(INDEX, text)
    assert reply.band is Band.SUGGEST
    topics = [entry.topic for entry in reply.ranked if not entry.opening]
    assert topics[:2] == ["causes", "causes"]
    assert set(topics) == {"causes"}


@pytest.mark.parametrize("text", ["how is leg numbness treated?", "treatments?"])
def test_a_topic_question_with_one_clear_best_entry_is_answered_with_it(text: str) -> None:
    reply = answer(INDEX, text)
    assert reply.band is Band.ANSWER
    assert reply.ranked[0].id == "treatment-overview"


@pytest.mark.parametrize(
    "text",
    [
        "hi there",  # small talk: no story, no vector
        "thanks a lot",
        "my foot went numb after sitting cross-legged, gone now",
        "both feet have been numb for three weeks and it is spreading",
        "which blood tests check for nerve damage?",
        "my face is drooping and my leg is numb",  # an emergency: the reading is not used
        "I'm not sure if my face looks odd, my leg is numb",
    ],
)
def test_a_message_read_beside_the_screen_is_decided_as_one_read_after_it(text: str) -> None:
    """The shell reads the message before the screen's verdict is in (`read_message`); only the
    decision waits for the verdict. Both ways must decide the same."""
    detection = SCREEN.screen(text)
    after = understand(text, detection, INDEX, READER)
    beside = understand(text, detection, INDEX, READER, read_message(text, INDEX, READER))
    assert beside.decision == after.decision
    assert beside.reply.band is after.reply.band
    assert [hit.id for hit in beside.reply.ranked] == [hit.id for hit in after.reply.ranked]
    assert beside.story == after.story


def test_a_hurt_limb_gets_the_questions_alone_without_appointment_advice() -> None:
    """Its reasons to book (getting worse) wait: the questions alone must speak."""
    text = "cast too tight? toes numb, pain unbearable, getting worse"
    read = understand(text, SCREEN.screen(text), INDEX, READER)
    assert read.decision.step is Step.CHECK
    assert read.decision.advice is None
