"""The red-flag screen on a speech given, an accent, a ball's bladder, breath in everyday senses,
spirits lifted and a year long gone.

False alarms, each a class: "I stumbled over my words in my wedding speech", "my tutor says my
vowels sound slurred", "the bladder inside the football has gone", "my manager is breathing down
my neck", "out of breath from laughing", "garlic breath", "a chest press at the gym", "nothing
lifts my mood", "I broke my back in 2004, fine since", "before 10 year I fall". Each asks at
most; beside each, guards show the same words told as an event now still escalate. Every case
is written for this test (none is copied from an evaluation set). The model is the real one.
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.triage import Screen, tools_for

SCREEN = tools_for(load_content()).screen


@pytest.mark.parametrize(
    "text",
    [
        "gave my retirement speech today and stumbled over half the words from nerves, so "
        "embarrassing. what shoes for a long party?",
        "my tutor says my vowels sound slurred, it's just my accent. is cycling good for legs?",
        "the bladder inside the rugby ball has split, can it be patched?",
        "my manager is breathing down my neck all week, can stress make my feet tingle?",
        "we were out of breath from laughing at the panto, my legs are fine",
        "garlic breath all day lol, anyway which socks help numb toes?",
        "did a chest workout at the gym, can weights cause numb legs? none now",
        "nothing can lift my mood since the dog died, my legs are fine though",
        "I broke my back in 2004 falling off a ladder, walking fine for years now. can numbness "
        "come back later?",
        "before 10 year I fall from a horse and hurt my neck, now all good. numbness can come?",
    ],
)
def test_a_speech_an_accent_a_ball_a_breath_a_mood_or_an_old_year_is_no_alarm(
    text: str,
) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "his speech is slurred and he keeps stumbling over his words, his leg went numb an hour "
        "ago",
        "I'm out of breath just sitting here and my calf is swollen and hot",
        "I lost control of my bladder this morning and my legs are numb",
        "I fell off a ladder an hour ago, hurt my neck and now my legs are numb",
    ],
)
def test_the_same_words_told_as_an_event_now_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my bishop is completely paralysed in the corner, chess tips?",
        "our choir's alto line sounded slurred at the concert, how do we tighten it",
        "she froze up at the interview, totally paralysed, how can I help her prepare",
        "in Polish 'drętwy' means numb, right?",
        "my toddler fell asleep on my legs and I couldn't move for ages, foot went numb, fine "
        "once I stood up",
        "did a first aid day at work, the trainer explained the FAST test for strokes. what does "
        "the A mean?",
        "he has to act out a heart attack in the school play, any tips?",
        "I was in a bike crash in 2011, spinal injury, numb legs for months, fully recovered "
        "now. any long term risk?",
    ],
)
def test_a_game_piece_a_song_a_fright_a_word_a_sleeping_child_or_a_lesson_is_no_alarm(
    text: str,
) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I'm paralysed on my left side since this morning",
        "his singing stopped and now his speech is slurred and his face droops",
        "I can't move my leg at all since an hour ago and it's numb",
        "I was in a bike crash an hour ago, hurt my back and my legs are numb",
    ],
)
def test_a_persons_own_sign_now_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


def test_an_injury_told_with_the_legs_fine_asks_at_most() -> None:
    text = "came off my scooter, no head knock, neck's fine, legs feel completely normal, sore knee"
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "came off my scooter an hour ago, hit my head, now my legs are numb",
        "came off my scooter and hit my head, legs fine but my speech is slurred and my arm is "
        "weak",
    ],
)
def test_an_injury_with_numbness_or_another_sign_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "his words were all slurred after the wine at the party, so funny",
        "how do I teach kids to breathe to the side in front crawl?",
        "our singing teacher says breathe from the belly, not the chest",
        "I sit on the loo too long scrolling and my legs go numb, when I get up and walk it "
        "comes back",
    ],
)
def test_drink_a_swimmer_a_singer_or_the_toilet_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


def test_the_toilet_with_the_bladder_gone_still_escalates() -> None:
    text = "sat on the loo for ages, legs went numb, and now I've wet myself and can't feel it"
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


def test_a_relatives_conviction_about_numbness_in_general_asks_at_most() -> None:
    text = "my uncle is convinced any numbness means a stroke is on the way, is he right?"
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


def test_a_conviction_beside_a_sign_told_still_escalates() -> None:
    text = "my wife is convinced my numb leg means a stroke, and my face is drooping on one side"
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my coach says breathe every 2 strokes in front crawl, is swimming good for my legs?",
        "his speech was slurred at the pub on friday, fine the next day. can drink numb legs?",
    ],
)
def test_a_swimmers_count_or_a_pub_night_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my mates begged me to quit karaoke, is singing good for the lungs?",
        "my friends begged me to give up the choir, is singing good for my lungs?",
    ],
)
def test_a_question_that_only_names_the_lungs_asks_at_most(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my chest feels weird and my leg went numb, is that bad?",
        "should my dad be breathing fast and shallow like that when he's lying still? his leg "
        "is numb",
        "her lips look blue and she can barely breathe, leg numb since lunch, what do I do?",
    ],
)
def test_a_question_that_tells_the_chest_or_breath_in_trouble_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
