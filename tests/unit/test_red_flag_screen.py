"""The whole free-text red-flag screen: the lexicon OR the shipped language model.

Each case is a class of wording, written for this test (none is copied from an evaluation set):
signs in words no lexicon phrase lists, denials, history, questions, everyday senses of emergency
words, gradual one-sided numbness, and numbness that has already passed. The model is the real
one: no skip, no stand-in.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content import load_content
from bot.triage import Screen, tools_for
from bot.triage.findings import Detection, Finding
from bot.triage.semantic import Level, SemanticHit
from bot.triage.told_words import onset

CONTENT = load_content()
SCREEN = tools_for(CONTENT).screen
SIGNS = [sign.id for sign in CONTENT.emergency_signs]


def screened(text: str) -> Detection:
    return SCREEN.screen(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("she sounds drunk but hasn't touched a drop, and her leg is numb", "stroke"),
        ("grandad is talking rubbish all of a sudden and his foot is numb", "stroke"),
        ("my calf is all puffed and throbbing and my foot is numb", "blood-clot"),
        ("toes numb in the cast and the pain is terrible", "compartment-syndrome"),
        ("my foot slaps down when I walk and it's numb", "severe-weakness"),
        (
            "I keep trying to go for a wee and nothing comes out, and my legs are tingly",
            "bladder-bowel",
        ),
        ("he doesn't make sense when he talks and his leg is numb", "stroke"),
        ("his bladder feels full but nothing happens since last night, legs numb", "bladder-bowel"),
        ("numb under cast, pain unbearable", "compartment-syndrome"),
        # A sign told over two sentences: the whole message is read as one too.
        (
            "They put my leg in plaster today. Now the pain inside is much worse and my toes "
            "are numb.",
            "compartment-syndrome",
        ),
    ],
)
def test_signs_in_everyday_words_escalate_through_the_model(text: str, sign: str) -> None:
    assert SCREEN.detector.screen(text).screen is not Screen.EMERGENCY  # the lexicon alone
    detection = screened(text)
    assert detection.screen is Screen.EMERGENCY
    assert sign in detection.signs
    assert detection.by_model


@pytest.mark.parametrize(
    "text",
    [
        "I don't have chest pain, just numb toes after sitting",
        "no swelling in my calf, my toes tingle after flights",
        "she isn't slurring and her face isn't drooping, her foot just went numb from kneeling",
        "my chest feels fine and I'm breathing normally, the numb leg came from sitting on it",
        "My leg went numb sitting on the floor. It was fine once I stood up. Just wondering why.",
        "my smile is normal and my speech is fine, my leg only tingles after the train ride",
    ],
)
def test_denied_and_reassured_signs_do_not_escalate(text: str) -> None:
    assert screened(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my laptop has a stroke every time I open a big file, and my legs go numb at it",
        "My face dropped when I saw the bill for the physio, anyway my foot tingles after drives",
        "the golf pro says my stroke needs work, and my toes go numb in these shoes",
        "she nearly had a heart attack when she saw my cold toes, they warmed up fine",
        "I had a heart attack in my fifties and now my feet tingle, is that related?",
        "I checked for stroke signs: smile even, both arms up, talking normally. Foot was numb",
        "our football team collapsed in the second half, I sat so long my foot went dead",
        "I'm buried under paperwork and can't lift my head from the desk, legs numb by evening",
        "I survived a heart attack and now get tingly toes, what can I do?",
        "I had a DVT after my c-section a while back, now my feet tingle when I sit",
        "let's face it, I sit too much and my legs go numb",
        # What one has read in general, not what is happening.
        "I read that a stroke can make one leg go numb, how does that work?",
        "google says numb legs could be a spinal cord injury, how likely is that",
        "I keep googling and everything says MS or stroke, is numbness always serious?",
    ],
)
def test_everyday_senses_history_and_checks_do_not_escalate(text: str) -> None:
    assert screened(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my sister takes gabapentin for her feet and swears by it, should I ask for that?",
        "my friend swears by B12 injections for tingling, worth trying?",
        "my physio speaks highly of nerve glides, will they help my numb shin?",
        "I'm dead on my feet after the night shift and my soles tingle",
    ],
)
def test_sign_words_in_everyday_idioms_raise_no_question(text: str) -> None:
    """ "Swears by it" is no trouble speaking, "let's face it" no face: not even the questions."""
    assert screened(text).screen is Screen.NONE


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("wat can i do myself to help numb legs", "what can i do myself to help numb legs"),
        ("wud a walking stick help with numb feet", "would a walking stick help with numb feet"),
        ("shud u see a doc abt numb toes", "should you see a doc about numb toes"),
    ],
)
def test_chat_spellings_are_read_as_the_words_they_stand_for(typed: str, spelled: str) -> None:
    """The model misreads chat spellings ("wat can i do myself to help legs" looked like a leg
    that will not move): both halves read the words they stand for."""
    assert screened(typed).screen is screened(spelled).screen
    assert screened(typed).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my left leg feels numb and heavy compared to my right, been like this a while",
        "numbness only in my left foot, it came on slowly, my arm and face are totally fine",
        "only my right leg feels numb, it started a couple of weeks back and is slowly worse",
    ],
)
def test_one_sided_numbness_that_came_on_gradually_is_no_alarm(text: str) -> None:
    """The guide's stroke is "sudden, one-sided numbness"; gradual one-sided numbness is its
    reason to book an appointment."""
    assert screened(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "the tingling in my feet crept up over a few weeks",
        "across the last couple of months my toes lost feeling",
        "she has had numb feet since two month",
        "it has been numb since long time",
        "over the summer the numbness went up to my ankles",
        "my shins are steadily getting number",
        "for the past few weeks my heel is numb",
    ],
)
def test_time_told_in_weeks_and_months_reads_as_gradual(text: str) -> None:
    """However a story spans weeks or months ("over a few weeks", "since two month"), its
    numbness did not come on suddenly."""
    assert onset(SCREEN.detector.read(text)).gradual


@pytest.mark.parametrize(
    "text", ["my leg went numb an hour ago", "since this morning my foot is numb", "just now"]
)
def test_a_sudden_or_recent_start_is_not_gradual(text: str) -> None:
    assert not onset(SCREEN.detector.read(text)).gradual


@pytest.mark.parametrize(
    "text",
    [
        "numb on one side only",
        "only my right leg is numb, the left is fine, should I see a doctor?",
        "my left foot and shin are numb but the right leg feels normal",
    ],
)
def test_one_leg_numb_with_nothing_sudden_and_nothing_more_asks(text: str) -> None:
    """One leg numb on its own side, with no sudden start and no weakness, arm, face or
    speech, is the guide's reason to book ("Numbness affecting only one side"): the stroke
    question first, not the alarm."""
    detection = screened(text)
    assert detection.screen is Screen.AMBIGUOUS
    assert detection.suspected[0] == "stroke"


@pytest.mark.parametrize(
    "text",
    [
        "suddenly only my right leg is numb, the left is fine",
        "my right leg and right arm are numb",
        "only my left leg is numb and it feels weak",
        "numb down one side of my body",
    ],
)
def test_one_sided_numbness_with_more_or_told_as_sudden_still_escalates(text: str) -> None:
    assert screened(text).screen is Screen.EMERGENCY


def test_the_same_story_told_as_sudden_escalates() -> None:
    detection = screened("suddenly my left arm and left leg went heavy and numb")
    assert detection.screen is Screen.EMERGENCY
    assert detection.signs == ("stroke",)


def test_a_doubtful_sign_asks_that_signs_question_first() -> None:
    detection = screened("not sure, but her smile might be a bit crooked, and her foot is numb")
    assert detection.screen is Screen.AMBIGUOUS
    assert detection.suspected[0] == "stroke"


def test_a_lexical_emergency_never_waits_for_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> list[SemanticHit]:
        raise AssertionError("the model was asked")

    monkeypatch.setattr(SCREEN.semantic, "hits", refuse)
    assert screened("my face is drooping and my leg is numb").screen is Screen.EMERGENCY


def _hit(sign: str, level: Level) -> SemanticHit:
    return SemanticHit(sign, level, 0.9, "an exemplar")


@given(
    st.sampled_from(list(Screen)),
    st.lists(st.tuples(st.sampled_from(SIGNS), st.sampled_from(list(Level))), max_size=4),
    st.lists(st.sampled_from(SIGNS), max_size=2),
)
def test_the_model_only_ever_adds_to_the_lexicon(
    lexical_screen: Screen, raw_hits: Sequence[tuple[str, Level]], hedged: Sequence[str]
) -> None:
    """Whatever the model finds, the result is never milder than the lexicon's; it escalates
    exactly when the lexicon did or the model is sure; every suspected sign leads a question."""
    findings = tuple(Finding(sign, "a phrase", hedged=True) for sign in hedged)
    signs = (SIGNS[0],) if lexical_screen is Screen.EMERGENCY else ()
    lexical = Detection(lexical_screen, signs, findings)
    hits = [_hit(sign, level) for sign, level in raw_hits]
    combined = SCREEN.combine(lexical, hits)
    order = [Screen.NONE, Screen.AMBIGUOUS, Screen.EMERGENCY]
    assert order.index(combined.screen) >= order.index(lexical.screen)
    sure = any(hit.level is Level.ESCALATE for hit in hits)
    assert (combined.screen is Screen.EMERGENCY) == (lexical_screen is Screen.EMERGENCY or sure)
    if combined.screen is Screen.AMBIGUOUS:
        assert set(combined.suspected) == {h.sign_id for h in hits} | set(hedged)
    if combined.screen is Screen.EMERGENCY and lexical_screen is not Screen.EMERGENCY:
        assert combined.by_model
        assert set(combined.signs) == {h.sign_id for h in hits if h.level is Level.ESCALATE}


def test_a_tumble_is_a_fall_and_a_bare_time_dates_the_clause_before_it() -> None:
    tumble = screened("I took a tumble down the stairs this morning and now my legs are tingling")
    assert tumble.screen is Screen.EMERGENCY
    assert tumble.signs == ("head-spinal-injury",)
    past = screened("My mum had a blood clot once, years back, and now her foot goes numb in bed")
    assert past.screen is not Screen.EMERGENCY
    now = screened("my face is drooping, since this morning, and my leg is numb")
    assert now.screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # Suppositions: the sign is imagined, and the question after it names a condition.
        "what if my smile went crooked while my foot was numb, would that be a stroke?",
        "Suppose my leg swelled up after a long drive, could it be a clot?",
        "Say my calf went hot and puffy after the flight, would that mean a DVT?",
        # A clause that only goes on with the history before it.
        "She had a PE last year, could hardly breathe at the time. Any tips for flying?",
        "Back in June I had a DVT after knee surgery, now I just want advice on long flights",
        # An animal's trouble, not a person's.
        "The dog lost control of his bladder on the carpet, anyway how long should breaks be?",
        # An animal owned by a person named before it; a bed wet by the dog (retold as "wet
        # myself", whose "myself" nobody said).
        "my neighbour's cat can't breathe properly after running, my own legs are fine",
        "the puppy wet the bed again overnight, my feet are fine though",
        # A sign named in the plural is a topic.
        "I worry about strokes a lot since my aunt had one. What can I do to stay safe?",
        # A clinician's denial reaches every item of its list, "and" too.
        "Mum's foot tingled after the car ride. She denies chest pain, dizziness and weakness.",
        # Said to be fine is no denied normal function.
        "No numbness at the moment, my face and speech are normal. How do I stop worrying?",
        # Numbness the story says has passed, in other words for it.
        "My shins tingle in tight hiking socks; it resolves a few minutes after I take them off",
        "After the long meeting my foot was numb, then the feeling returned as I walked around",
    ],
)
def test_suppositions_history_animals_topics_and_denial_lists_do_not_escalate(text: str) -> None:
    assert screened(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # How a sign came on is no denial of it.
        ("Without warning, face drooping and slurred speech", "stroke"),
        ("It came on without any reason, a drooping face and slurred words", "stroke"),
        # A person in the clause keeps an animal's part in the story from softening it.
        ("the horse threw her and she landed on her back, now she can't feel her legs", None),
        ("bad fall from my pony, landed on my back and both legs are numb", None),
        ("my dog knocked me over and now I can't breathe", "chest-breathing"),
        ("my neighbour's dog bit him and now he can't breathe", "chest-breathing"),
        ("I wet the bed last night and my legs are numb", "bladder-bowel"),
        # Someone reporting a sign in their own words is no supposition.
        ("my husband says his chest feels tight and heavy and his leg is numb", None),
        # "no" before a list closed by "and" still denies only what it reaches.
        ("She has no headache, face drooping and slurred speech", "stroke"),
        # The idioms' words in a real event.
        ("he keeps swearing and his words come out wrong and his leg is numb", "stroke"),
        ("her face dropped on one side and her foot is numb", "stroke"),
        # What one read of a person, or what one read beside a sign, is no claim in general.
        (
            "my sister texted, I read that mum's face is drooping and she can't lift her arm",
            "stroke",
        ),
        (
            "google says it's probably nothing but her face is drooping and her leg is numb",
            "stroke",
        ),
    ],
)
def test_the_same_words_in_a_real_event_still_count(text: str, sign: str | None) -> None:
    detection = screened(text)
    if sign is None:
        assert detection.screen is not Screen.NONE
    else:
        assert detection.screen is Screen.EMERGENCY
        assert sign in detection.signs
