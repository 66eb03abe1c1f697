"""The red-flag screen on a condition only mentioned (mentions.py), on a self-check told as all
clear, on a history dated by a month, an age or a leading "years ago", on boots buckled and a
walk to the loo, on a denial of weakness or numbness that the model must not read as a function
lost, and on numbness gone "within a minute". "When she smiles only one side goes up" tells: it
no longer reads as a question (an under-triage on the code before).

Each case is a class of wording written for this test (none is copied from an evaluation set);
beside each class, guards show the same words told as an event still escalate. The model is the
real one.
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.triage import Screen, tools_for

SCREEN = tools_for(load_content()).screen


@pytest.mark.parametrize(
    "text",
    [
        # A fear named.
        "I'm so scared of getting a DVT on the coach trip to Spain, what should I watch for?",
        "my worst fear is a stroke for my mum, she lives on her own, what signs matter?",
        "honestly paralysis scares me since my cousin's accident, what numbness is a warning?",
        "i worry he'd have a clot and not tell anyone, he's fine now though",
        # A screen's or a paper's story about a stranger.
        "saw a film last week about a woman who had a stroke at 40, is that realistic?",
        "binge watching a hospital show and this guy had a blood clot after a flight, so dramatic",
        "the radio said a famous singer collapsed with a clot, hope she's ok. my legs are fine",
        # A condition studied, a teacher's question, a job's calls and papers.
        "nursing student here, studying cauda equina for my exam, why does it numb the saddle?",
        "our lecturer asked us: swollen red calf after a flight, what is it?",
        "long night on the ambulance, two stroke calls and a breathing call, my feet ache",
        "I type up reports on spinal injuries at the insurer, curious what causes leg numbness",
        # A name, a claim, a breath lost in a good way, a joke.
        "my nephew's metal band is called Cauda Equina, terrible name, anyway socks for cold feet?",
        "my aunt told me tingling in one leg means a stroke, is she right? mine tingles after yoga",
        "ran up the hill and was breathless at the top, in a good way, legs just tired",
        "the only thing paralysed in this house is my laptop lol, legs fine",
        "our whole defence was paralysed in the second half, my calves are tired though",
        # A history dated by a month, an age, a leading time.
        "my husband had a dvt in april, he's on blood thinners and doing well, can he fly?",
        "I had a clot aged 25 after the pill, long gone, any advice on long drives?",
        "Last year, after a tumble off my bike, I had numb legs for a day; all fine since",
        # Boots buckled, a walk to the loo, numbness back within a minute.
        "my hiking boots buckled too tight and my toes went numb, loosened them and fine",
        "couldn't feel my feet after the long film, walked to the toilet and it came back",
        "my foot went numb under me on the sofa and the feeling was back within a minute",
        # A self-check all clear, the stroke test's steps told as passed.
        "did the mirror test, smiled and both sides went up, said a tongue twister clear as a bell",
        "checked dad: smile even, both arms up and no drifting, talking fine, no bladder problems",
        "I checked myself, arms work, smiles straight, peeing normal, no bladder issues at all",
        # A memory, a dream of a day to come, a thing that fell, a face that fell at news.
        "remember when my legs went dead after I crashed my bike in 2010? all fine since, lol",
        "I have nightmares I'll be paralysed one day, my legs are fine, what warns you first?",
        "the legs of the wardrobe broke and it fell over, I can't lift it back up alone",
        "his jaw dropped when he saw the score, my legs were numb from the stadium seat though",
        "she is too nervous to speak in class and her legs go numb on the hard chairs",
        "the quote was so steep I nearly died lol, is physiotherapy worth it for numb feet?",
        "checked after the drive: calves not swollen, no redness, no warmth, breathing fine",
        # A denial of weakness or numbness.
        "no weakness, i can walk, just numb toes for a couple of weeks",
        "Nothing is numb, my son just installed this for me and I'm having a look",
    ],
)
def test_a_condition_only_mentioned_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared of getting a clot, and now my calf is swollen, red and hot",
        "paralysis scares me and right now I can't move my legs at all",
        "saw a film about a stroke and now my dad's face is drooping and his speech is slurred",
        "the radio said there's snow, and my dad just collapsed and can't move his legs",
        "studying for my exam and suddenly my face drooped and my arm went weak",
        "two stroke calls today and now my own face is drooping on one side",
        "my friend said it means a stroke, his face is drooping and he can't lift his arm",
        "he was out of breath walking to the door and his calf is swollen and painful",
        "my dad had a stroke in march and now his face is drooping again",
        "she had a clot at 10 this morning and her calf is swollen and hurts",
        "Years ago I had a clot. This morning my calf swelled up and it's red and hot",
        "my legs buckled under me and now they are numb",
        "he walked to the toilet and couldn't pee, his legs are numb",
        "went to the toilet and nothing came out and my legs are numb",
        "no weakness before, but now he can't lift his leg at all",
        "when she smiles only one side goes up and her leg is numb",
        "she smiled and only one side went up, her leg is numb",
        "her smile isn't even and her leg went numb",
        "he raised both arms but the left one drifted down and his leg is numb",
        "no bladder issues before, but since this morning he can't pee and his legs are numb",
        "his face dropped on one side when he tried to smile and his leg is numb",
        "he fell over in the kitchen and now he can't move his legs",
        "I remember when it started, an hour ago his face drooped and his leg went numb",
    ],
)
def test_the_same_words_told_as_an_event_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "numb feet stopping me going to my dance class",
        "because my feet are numb I can't go to the allotment like before",
        "the numbness has started to interfere with my job as a courier",
    ],
)
def test_numbness_that_keeps_someone_from_daily_life_only_asks_or_advises(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my foot is numb and I can't flex it upward anymore, it started yesterday after football",
        "numb legs stopping me going to work, and since this morning I can't lift my left leg",
        "because my legs are numb I can't stand up anymore, it came on suddenly an hour ago",
    ],
)
def test_a_leg_that_will_not_move_now_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my aunt says tingling can mean diabetes or a stroke, should I be worried about mine?",
        "I heard about cauda equina on a podcast, what is it and is it serious?",
        "mum keeps saying she'll see how it goes with her numb toes, how long should she wait?",
        "my foot buzzes when I get up from the sofa, then it's fine, every evening",
        "neck pain for months and now my calf is a bit numb, could they be linked?",
        "my calves ache and go numb when I walk far, then ease when I stop, I smoke",
    ],
)
def test_claims_reading_sayings_passing_and_walking_numbness_ask_at_most(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "his foot hangs down when he walks far and he can't lift it, the top of it is numb",
        "he keeps saying the same word over and over and his leg is numb",
        "I read about strokes and now my dad's face is drooping and he can't lift his arm",
        "back pain and now my calf is swollen, red and really painful",
    ],
)
def test_the_same_words_beside_a_sign_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
