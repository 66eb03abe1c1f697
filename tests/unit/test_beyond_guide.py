"""Questions for what the guide never gives (a dose, a price, side effects, what a test is like)
are offered the nearest passage, never answered with it; the guide's own questions still are."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content import load_content
from bot.faq.answer import Band, answer
from bot.faq.beyond_guide import _ASKS, WHO_CAN_TELL, beyond_guide
from bot.faq.index import FaqIndex
from bot.ui.faq_render import suggestions_screen
from tests.unit.guide_text import GUIDE_LINES


@pytest.fixture(scope="module")
def index() -> FaqIndex:
    return FaqIndex.from_content(load_content())


def test_the_guide_itself_never_gives_any_of_these() -> None:
    """The rule's premise: were the guide to give a dose or a price, its question would be
    answerable and this rule would hide the answer."""
    assert [line for line in GUIDE_LINES if beyond_guide(line)] == []


def test_no_way_of_asking_an_entry_is_taken_for_one(index: FaqIndex) -> None:
    asked = [text for entry in index.entries for text in entry.variants]
    assert len(asked) > 500
    assert [text for text in asked if beyond_guide(text)] == []


# Each answered with the passage nearest to it before this rule: the medicines, a test, therapy.
ASKS_BEYOND = [
    ("what dose of pregabalin should my dad take for his numb legs?", "doses"),
    ("how many mg of gabapentin is the right amount for nerve numbness", "doses"),
    (
        "does the EMG test for leg numbness hurt?",
        "what a test is like to go through (pain, time, results, getting ready)",
    ),
    (
        "will my insurance pay for physical therapy for my numb legs",
        "prices, or what insurance pays",
    ),
    ("what side effects do the nerve numbness tablets have", "side effects of medicines"),
    (
        "how long does a nerve conduction study for numb legs take",
        "what a test is like to go through (pain, time, results, getting ready)",
    ),
]


@pytest.mark.parametrize(("question", "kind"), ASKS_BEYOND)
def test_a_question_for_what_the_guide_never_gives_is_offered_not_answered(
    index: FaqIndex, question: str, kind: str
) -> None:
    reply = answer(index, question)
    assert reply.band is Band.SUGGEST
    assert reply.beyond == kind
    assert reply.ranked  # the nearest passages are still a tap away


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("why dose my leg go numb when i sit at my desk", "sitting-numb"),  # "does", mistyped
        ("what medications work best for nerve numbness in the legs", "medications"),
        ("how many breaks should I take when I sit all day?", None),
        ("I'm on 300 mg of gabapentin and my feet are still numb, is it permanent?", None),
        ("worried about side effects of pills, what natural remedies help numb legs?", None),
        ("what tests will the doctor do for my numb leg?", None),
    ],
)
def test_questions_that_only_mention_a_dose_a_test_or_side_effects_keep_their_answer(
    index: FaqIndex, question: str, entry: str | None
) -> None:
    assert beyond_guide(question) is None
    reply = answer(index, question)
    assert reply.beyond is None
    if entry is not None:
        assert reply.band is Band.ANSWER
        assert reply.ranked[0].id == entry


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("how do I taper off pregabalin now my legs feel better", "doses"),
        ("is there a copay for a nerve conduction study", "prices, or what insurance pays"),
        ("will I get a bill for the blood tests", "prices, or what insurance pays"),
        (
            "what should I eat before my blood test for numb feet",
            "what a test is like to go through (pain, time, results, getting ready)",
        ),
        (
            "when will I get the results of my EMG",
            "what a test is like to go through (pain, time, results, getting ready)",
        ),
        ("the injections cost me a lot out of pocket, when is surgery needed for a disc?", None),
        ("the copay put me off, but my feet have been numb a fortnight now, should I go?", None),
        ("my insurance covers physio, does it actually help numb legs?", None),
        ("I had an MRI last year; is numbness in both feet always serious?", None),
        ("when I get off the train after an hour my legs are numb, why?", None),
        (
            "my feet went numb a month after starting atorvastatin, could it be the pills?",
            "side effects of medicines",
        ),
        ("can metformin cause tingling in the feet", "side effects of medicines"),
        ("is it ok to mix pregabalin with a glass of wine", "side effects of medicines"),
        ("can diabetes cause numb feet", None),
        ("does gabapentin help with numb legs from nerve damage", None),
        ("which medicine does the doctor give for nerve numbness", None),
        ("how many steroid injections can you have in a year for sciatica", "doses"),
        ("can I have a double dose of gabapentin on bad days", "doses"),
        ("is there public funding for a walker for my numb legs", "prices, or what insurance pays"),
        (
            "my dad has a pacemaker, can he still have an MRI for his numb legs",
            "what a test is like to go through (pain, time, results, getting ready)",
        ),
        ("she forgets her tablets now and then; is diabetic numbness permanent?", None),
        ("what is the cheapest way to stop my legs going numb at my desk", None),
        ("how do I come off my nerve pain tablets safely", "doses"),
        (
            "how long does it take to recover from a laminectomy",
            "recovery times after an operation",
        ),
        ("recovery time for back surgery on a slipped disc?", "recovery times after an operation"),
        (
            "when will mum be back on her feet after the hip operation",
            "recovery times after an operation",
        ),
        ("will my nerves recover if I get my sugars under control?", None),
        ("is peripheral neuropathy genetic", "anything on heredity"),
        ("could my kids inherit the nerve problem that makes my feet numb", "anything on heredity"),
        ("numb feet run in my family, how can I prevent it?", None),
        ("what's the outlook for someone with diabetic neuropathy", "outlooks or success rates"),
        ("does a spinal fusion have a good success rate", "outlooks or success rates"),
        ("will my dad's artery disease shorten his life", "outlooks or success rates"),
        ("I keep imagining the worst outcome, what do the blood tests look for?", None),
        (
            "after the back operation how soon can my husband drive",
            "recovery times after an operation",
        ),
        ("my toes went numb on chemo, will it wear off", "side effects of medicines"),
        ("my feet were numb after the statins and it went away when I stopped them", None),
        ("my mum is on chemo and her feet are numb, when should she see a doctor?", None),
        ("pregabalin vs gabapentin for nerve numbness in the feet", "comparisons of medicines"),
        ("is lyrica stronger than amitriptyline", "comparisons of medicines"),
        ("what medicine works best for nerve numbness in the legs", None),
        ("do I have to tell the DVLA about my numb feet", "rules on driving"),
        ("is it legal to drive when I can't feel the pedals", "rules on driving"),
        ("my numb feet make driving hard, how do I stay safe?", None),
        ("is sciatica something that runs in families", "anything on heredity"),
        ("my gran and mum both had numb legs, what raises the risk?", None),
        ("what can I take for restless legs in bed", "anything on restless legs"),
        (
            "this fizzy urge to move my legs when I lie down, what is it",
            "anything on restless legs",
        ),
        ("my legs tingle and feel crawly when I sit too long, why?", None),
        ("how do I move my legs more at work so they don't go numb", None),
    ],
)
def test_an_ask_is_told_from_a_mention(text: str, kind: str | None) -> None:
    assert beyond_guide(text) == kind


def test_every_kind_says_who_can_tell_instead() -> None:
    assert set(WHO_CAN_TELL) == set(_ASKS)


@given(st.text(max_size=200))
def test_any_text_gives_a_known_kind_or_none(text: str) -> None:
    assert beyond_guide(text) in (None, *_ASKS)


def test_the_reply_says_what_the_guide_does_not_give_and_offers_the_nearest(
    index: FaqIndex,
) -> None:
    reply = answer(index, ASKS_BEYOND[0][0])
    screen = suggestions_screen(reply.ranked, beyond=reply.beyond)
    assert "My guide does not give doses" in screen.text
    assert "a healthcare provider can tell you" in screen.text
    assert "Did you mean" not in screen.text
    titles = [row[0].text for row in screen.keyboard.inline_keyboard]
    assert len(titles) == len(reply.ranked)
    assert any("medications" in title.lower() for title in titles)
