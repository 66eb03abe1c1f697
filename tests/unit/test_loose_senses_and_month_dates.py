"""Strangers' calm messages with a sign's words used loosely, heard of or dated by a month.

A history dated "in March 2018" or "in Jan 2023", "as a boy", "in the war years", "I once had",
"when my son was 6", an age in brackets; the stroke of midnight, a brain "paralysed" before a
test, weak coffee "paralysis in a cup", wilting tomatoes, everyone's faces dropping at a long
speech, a chest puffed out with pride, a phone's speech to text, a face screwed up in
concentration, a fish with its head on, a fear that every tingle is a stroke, a politician's
stroke on the news; anyone at all ("if someone landed badly and lost feeling"), a day that has
not come, a paramedic's stories, a video of a stranger, a book's author, patients seen at work,
a dissertation's topic, a term read on a list, someone holding the writer's arm, a wish to
understand a word, and a leg numb on a journey that was "fine after walking"; a project or a
machine "paralysed", a wallet's heart attack, words forgotten in a school play, a snore, a
laugh that takes the breath, a shelf that "is fall down", a singer's high notes, a story from
the Bible, clots heard of, a history told in a second language ("cannot control the bladder
then", "back when I was doing nights", "that was march") and an ESL "now is gone". None is a sign
told now. Each guard, the same words with a sign told now, still escalates. Every case is
written for this test (none is copied from an evaluation set); the model is the real one.
"""

from __future__ import annotations

import pytest

from bot.stories import Level
from bot.triage import Screen
from tests.unit.story_advice import SCREEN, advised


@pytest.mark.parametrize(
    "text",
    [
        "In May 2016 my husband had a small stroke, his arm was weak for a week. He has been well "
        "since. Can he take up golf?",
        "fell down the stairs in Feb 2022 and hurt my back, numb bum for an afternoon, x-rays were "
        "fine, all good since. is yoga ok?",
        "i was admitted in october 2019 with chest pain, turned out to be a clot on the lung, "
        "recovered fully. can i fly long haul?",
        "as a girl i fell off a horse and couldn't feel my legs for an hour. that was 50 years ago",
        "my grandad once had a funny turn where his words came out wrong, doctors found nothing, "
        "that was decades ago. does it run in families?",
        "when my daughter was 4 (she is 9 now) she fell off the slide and hurt her neck, tingly "
        "arms for an evening, all checked. any playground tips?",
        "at the stroke of midnight i realised my feet get cold when i sit, why is that?",
        "my brain is totally paralysed before exams lol, does stress make your toes tingle?",
        "this decaf is paralysis in a mug haha, anyway is it bad to sit on my foot when i work?",
        "slugs got the lettuces, total paralysis of the whole veg patch. i kneel a lot weeding, "
        "should i use a pad?",
        "at the wedding the best man went on and on and everyone's faces dropped, anyway do "
        "tight shoes make your feet numb?",
        "my son scored twice, chest puffed out all weekend. do footballers get numb toes from "
        "boots?",
        "speech to text on my tablet keeps getting words wrong, anyway what stretches help desk "
        "legs?",
        "my face gets screwed up in concentration when i sew, any tips for sitting long hours?",
        "we had trout with the head still on, the kids hated it. is standing all day cooking bad "
        "for legs?",
        "since that programme i'm convinced every twinge is a stroke. nothing wrong right now, how "
        "do i stop worrying?",
        "that singer who had a stroke on stage last year is touring again, what are the odds of "
        "a full recovery?",
        "if someone fell from a horse and lost feeling in their legs, should you move them?",
        "if my mum one day gets numb on one side of her body, do i call 999 or her gp?",
        "my uncle drove an ambulance for years and has stories about patients with chest pain "
        "and numb legs. what are the signs to know?",
        "saw a video of a man whose legs went numb after a skiing crash. how do you know if it's "
        "your spine? just curious",
        "in the book the author was paralysed after a stroke, do most people get better?",
        "i work in a care home and every day i see patient with stroke, how do i keep my own "
        "nerves healthy?",
        "i'm doing my essay on stroke symptoms in young people, what should i include?",
        "i saw 'sudden weakness' on a poster at the gp and wondered what counts as sudden",
        "my feet were numb after the long drive, she held my arm till it passed, fine now",
        "when doctors say 'sudden' numbness what do they mean exactly? i just want to understand",
        "numb leg on the coach, fine after walking",
        "the renovation in the house is totally paralyse, builder is gone. my legs are ok",
        "heart attack in my wallet after christmas lol, do compression socks help long drives?",
        "my son forgot the words in the nativity play and cried, he is fine now, just proud",
        "my wife snores like she cannot breathe but the doctor checked her, how do i sleep?",
        "we laugh so much at dinner, cant breathe! everybody healthy, just sharing",
        "the shelf is fall down in the kitchen again. which shoes for standing all day?",
        "our soprano says she can't breathe on the high notes, its technique. do singers get "
        "numb feet?",
        "at bible study we read the story of the paralysed man, does numbness ever just heal?",
        "i hear a lot about clot in leg on long flights, what is the sign? i am healthy now",
        "my aunt had surgery last spring, she cannot control the bladder then, now she walks "
        "normal",
        "back when i was doing nights i had chest tightness once, it was reflux, long time ago",
        "had a panic attack on the bus, couldnt breathe and my hands tingled. that was march, "
        "fine since",
        "after my shift my feet were numb for few minutes from standing. now is gone",
    ],
)
def test_calm_messages_with_loose_words_heard_of_or_dated_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "In March 2018 I had a small stroke. Now my face is drooping again and I can't speak",
        "i slipped on ice in Jan 2023. today i fell off a ladder and my legs are numb",
        "as a boy i broke my leg. now my arm and leg on the left have gone numb suddenly",
        "i once had a clot in my leg. now my calf is swollen and i can't breathe",
        "when my son was 6 (he's 12 now) he hurt his neck. today he fell off the trampoline "
        "and his legs are numb",
        "at the stroke of midnight my face started drooping on one side and my leg went numb",
        "my brain feels paralysed and my left arm and leg are numb and weak, it came on suddenly",
        "everyone's faces dropped when dad collapsed, now his face droops and he can't speak",
        "my chest puffed out with pride, then it got tight and now i have crushing chest pain "
        "and my leg is numb",
        "my speech to text won't work because my speech is slurred and my leg is numb",
        "i'm convinced every tingle is a stroke and now my face is drooping on one side",
        "if someone can help please, my dad fell off the roof and can't feel his legs",
        "she held my arm because her face is drooping and her leg went numb",
        "numb leg on the coach, fine after walking, but now my face is drooping and i can't talk",
        "i want to understand why my face is drooping on one side and my speech is slurred",
        "my project at work is paralysed and now my left arm and leg are numb and weak",
        "we laughed so much, cant breathe, and today i cant breathe and my leg is numb",
        "he forgot his words in the play and now his face is drooping and his arm is weak",
        "my husband snores like he cannot breathe and tonight he collapsed and cant move his legs",
        "i hear about clots a lot. now my calf is swollen and hot and i cant breathe",
        "she cannot control the bladder now, since her fall this morning her legs are numb",
    ],
)
def test_the_same_words_with_a_sign_told_now_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


def test_a_leg_numb_on_a_journey_and_fine_after_walking_is_self_care() -> None:
    assert advised("numb foot on the bus, fine after walking") is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "since the cast went on my calf is tight and my toes are numb",
        "his plaster went on this morning and now his shin feels rock hard",
        "the splint on her leg since yesterday, her foot is so tight and her toes are cold",
    ],
)
def test_a_limb_told_tight_inside_a_cast_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "in 2018 i broke my leg and since the cast went on my calf is tight and my toes are numb",
        "i once had a clot and since the cast went on my calf is tight and my toes are numb",
        "numb leg on the bus, fine after walking. since the cast went on my calf is tight",
    ],
)
def test_a_limb_tight_inside_a_cast_beside_a_history_or_a_passing_is_at_least_asked(
    text: str,
) -> None:
    assert SCREEN.screen(text).screen is not Screen.NONE


@pytest.mark.parametrize(
    "text",
    [
        "first cast of the day and my calf got tight from standing in the river, any stretches?",
        "had a cast in 2015 and my calf was tight for weeks after, fine now. is running ok?",
        "my son's cast is comfy, his leg is not tight and his toes are pink and warm",
    ],
)
def test_a_fishers_cast_an_old_cast_or_one_told_fine_does_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY
