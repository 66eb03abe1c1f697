"""Strangers' calm messages that only looked alarming, and stories whose reason to book was missed.

A dog's droopy face and "I love him", a ball he chases, a barbell that will not come up, a leg
that will not go above hip height in a dance class, a question that says nothing is going on, a
breath "coming easy" and a heart "quiet", an ESL "now finish", a TIA dated by an age with
"nothing since", a relative who "died of a stroke", examples of what to watch for ("like
numbness, swelling or pain") and "at what point", feeling that "was back", "back in highschool",
a first aid kit's stock, work that leaves no breath, a price that gives a "heart attack" and a
plant's soil: none is a sign told now. Each guard, the same words with a sign told now, still
escalates; so does the writer's own story after someone else's history or an animal's clause
("my mum died of a stroke, I fell down the stairs ..."), and a present sign before "nothing
since".

Then the reasons to book that were missed: driving that is "getting hard" and pedals not felt,
a walking group given up, "for roughly a month", a numb patch "grown to almost the whole" side,
a grandad who struggles on the stairs because he cannot feel the step, shifts a person "can't
stand on them long" for. Every case is written for this test (none is copied from an evaluation
set); the model is the real one.
"""

from __future__ import annotations

import pytest

from bot.stories import Level
from bot.triage import Screen
from tests.unit.story_advice import SCREEN, advised


@pytest.mark.parametrize(
    "text",
    [
        "she hasnt tripped, been in an accident or hurt her back, her leg went numb kneeling and "
        "came back quickly",
        "our basset has the saggiest droopy face and i love him, he lay on my feet till they went "
        "numb, fine now",
        "i cant get my leg above waist height in ballet class, any stretches?",
        "cant lift the barbell past my shins yet, my legs tingle after squats but fine after",
        "but our old spaniel wheezes like he cant catch his breath after chasing his ball, the vet "
        "says he is fine",
        "quick question, nothing going on: is chest pain with tingling toes a bad sign?",
        "my leg was little numb on the tram, now finish. breath is coming easy, heart is calm",
        "he had a tia at 60, his arm and leg on one side went numb for ten minutes. nothing since.",
        "my grandmother died of a stroke, how do i spot one early in my mum, what to look for in "
        "her face or speech?",
        "flying to canada soon, could you say what i should watch for in my calves, like swelling "
        "or pain, and at what point it is serious enough for a and e?",
        "my foot went numb because i sat on it during the film, i stood up and the feeling was "
        "back in a minute",
        "fractured my ankle and had compartment syndrome in highschool, had an op, fine now. "
        "anything long term?",
        "packing the first aid kit for scouts: bandages, splints and gauze. which socks stop feet "
        "going numb on hikes?",
        "i cant breathe with all these assignments lol, also my feet tingle when i sit too long, "
        "gone once i move",
        "the dog knocked over my tomato plants, soil all over the rug. also my toes go numb in "
        "tight boots, fine once off",
        "i have heart attack when i see the prices of boots here haha, which boots stop numb toes?",
    ],
)
def test_calm_messages_that_only_look_alarming_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "i havent fallen or been hurt, but my back hurts and i cant lift my leg",
        # A denied deed's list stops at an item of one's own: "I didn't fall, hurt my back or
        # neck" may tell a hurt back.
        "i didnt fall, hurt my back or neck and my legs are numb",
        "no injury, cant lift my foot or walk",
        "havent hurt myself, cant lift my leg or stand",
        "didnt fall, cant feel my bladder or legs",
        "i havent fallen, been drinking or hurt my back, my leg just went numb and wont lift",
        "no fall, my face is drooping or numb on one side",
        "i havent fallen, my leg wont lift or move and its numb",
        "i love my dog but he knocked me over and i cant feel my legs or move them",
        "our dog is lovely, i love him, but i cant breathe and my leg is numb",
        "the horse kicked his leg and he cant lift it, the leg is numb",
        "my dad died of a stroke last year and today my face is drooping and my arm is numb",
        "i nearly died of a heart attack, my chest is crushing and my arm is numb",
        "at what point should i worry, my calf is swollen red and hot and my foot is numb",
        "what signs should i look for, like my calf is swollen and red and hot and numb",
        "not sure what to watch for, like my chest is crushing and my leg is numb",
        "feeling was back for a bit but now his leg wont move at all and its numb",
        "the sensation is back in my foot but my face is drooping on one side",
        "the numb feeling is back and her face droops",
        "i had heart attack when i saw the bill, and now my chest is really tight and my arm numb",
        "we were potting plants and he suddenly slurred his words and his leg went numb",
        "random question, nothing happening. my leg is numb and i cant breathe",
        "quick question, nothing is wrong, but i cant breathe and my leg is numb",
        "cant stand on them long, they just gave way an hour ago and i cant get up",
        "i cant lift my leg above hip height since i fell this morning, its numb",
        "in yoga class i cant lift my leg above hip height, its numb",
        "i cant lift my leg above the step and its numb since this morning",
        "i cant breathe with all this work and my chest is crushing and my leg is numb",
        "cant breathe with all these emails and my leg went numb",
        "the breath is coming easy now but my chest still hurts and my leg is numb",
        "had a tia at 55, arm and leg on one side went numb and now its happening again",
        "first aid kit came out, the bandage on his leg is too tight and his toes are numb and the "
        "pain is awful",
        # Someone else's history, an animal's clause, a short "since": none dates the writer's
        # own story told after or before it.
        "my mum died of a stroke, i fell down the stairs and hurt my back and now my legs are numb",
        "our spaniel lay across my lap, i fell off the step and hit my head and now my feet are "
        "numb",
        "my face is drooping and my arm is numb, nothing since",
        "my chest is crushing and my legs are numb, fine since",
    ],
)
def test_the_same_words_with_a_sign_told_now_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my feet are numb and drivings getting tricky, i cant tell how hard im pressing the pedals",
        "numb feet made me give up my running club, i cant judge the kerbs any more",
        "dad has had numb toes for roughly six weeks, still walking ok, should he see someone?",
        "my numb feet mean i cant feel the pedals on my bike properly anymore",
        "the numb patch on my shin has grown to nearly the whole front and it is heading towards "
        "my ankle, no pain",
        "his feet have gone numb over months and now he struggles on the steps because he cant "
        "feel where they are",
        "my numb feet are making my shifts hard, i cant stand on them long, it crept up over "
        "months",
    ],
)
def test_reasons_to_book_in_strangers_words_get_the_appointment(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY
    assert advised(text) is Level.APPOINTMENT


def test_a_leg_numb_after_sleeping_on_it_and_normal_in_two_or_three_minutes_is_self_care() -> None:
    text = "slept curled on my side, woke with one leg numb, i moved it and after two or three "
    text += "minutes is normal"
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "the kids were learning the stroke signs at school, my foot went numb sitting cross "
        "legged, fine now",
        "my mind went straight to a clot but it was my tight jeans, fine once i changed",
        "my uncle tells stories about strokes he saw on the ambulance, my leg went to sleep "
        "listening, fine now",
        "the bookcase collapsed when we moved house, my foot tingled after kneeling to fix it, "
        "fine",
        "my foot went numb hanging over the arm of the sofa, fine after a shake",
        "total heart attack watching the penalties lol, legs went dead on the sofa but fine",
        "in the quiz i was paralysed, couldnt think, my legs tingled from sitting but fine after",
        "how do i stop my serve being so weak, also my feet tingle after long matches, gone by "
        "morning",
        "my son was practising a droopy face for the school play, i knelt helping him and my leg "
        "went numb, fine now",
        "laughed so hard at the film i actually couldnt breathe, then my foot went to sleep on the "
        "sofa, fine",
        "i feel like i cant breathe when i think about exams, my legs just tingle after sitting "
        "and it goes",
        "my wife keeps moaning that i sit too long, my legs tingle after gaming but fine when i "
        "walk",
        "our cat is stroked by all the kids, she sat on my lap so long my leg went numb, fine "
        "after",
        "my tablet has a cracked face, also my foot went numb in the car, fine after walking",
        "my smile is crooked because of a chipped tooth, my foot fell asleep in the dentist chair, "
        "fine after",
        "the lecturer discussed strokes for an hour, my legs went numb in the seats but recovered",
        "my french teacher says im slurring my words together because i talk too fast, legs fine",
        "my mums clot was 2015, she is fine now",
        "at 30 my dad had a bad fall and hurt his back, he is 70 now and walks every day",
        "when i am young i fall from tree and hurt back, legs numb one day. now i am 50 and fine",
        "my mother have stroke 2010, she cannot speak then, now she is good",
        "i watched a video saying numb toes can mean a clot, is that true?",
        "i thought my numb toes meant a stroke but it was my tight shoes, fine now",
        "my grandson asks to stroke the kitty and we sit on the floor, my legs tingle but go when "
        "i stand",
        "last thursday my chest felt tight and my legs tingled, the er ran tests and said anxiety. "
        "ive been fine since.",
        "not that it is happening, but say my arm went weak and my leg numb, do i ring 999?",
        "lying awake wondering how id even tell a clot from cramp, my calves are fine",
        "our dog had a clot in its back legs last year, i sat with him so long my feet tingled, "
        "fine after",
        "the choir leader says my vowels are slurring, my feet tingle after standing but go",
        "work stress is choking me, my legs tingle after long days at the desk but go when i walk",
        "dreading my best man speech at the wedding, my leg went to sleep at the rehearsal, fine",
        "pulled over on the side of the road, my legs tingled after hours of driving, fine after",
        "checked my mum: smile, arms, speech all as usual, her foot was numb from sitting, fine",
        "when i was in nursing college i hurt my back and my legs tingled for a day, all good now",
        "thoght i was havin a stroke lol but my foot was just asleep on the sofa, fine in a min",
        "was sure it was a heart atack but my leg only tingled from kneeling, chest fine now",
        "had a fright, thought my toe numbness meant a clot after the coach trip, gone in minutes",
        "she was admitted in 2015, aged 52, with a clot after her hip op and recovered fully",
        "in 2010 i had sudden numbness in my left arm and leg, it was a tia, fully recovered since",
        "wat does nerve damage in the feet feel like, like how wuld i know",
        "back home we say stroke is when the face goes down, can legs go numb too?",
    ],
)
def test_fears_jobs_furniture_and_ages_told_calm_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "the chair collapsed under him and he hit his back, now he cant feel his legs",
        "my leg was over the arm of the chair, now my left arm and leg are suddenly numb and weak",
        "total heart attack watching the match, now my chest is crushing and my arm is numb",
        "my brain went straight to stroke because his face is drooping now and his leg is numb",
        "terrified of a stroke, my face is drooping now and my leg is numb",
        "he was moaning in pain, his calf is swollen red and hot and his foot is numb",
        "stroking the cat when my arm and leg suddenly went numb and weak on one side",
        "the lift is broken so i took the stairs and now my chest is crushing and my legs are numb",
        "mums stroke was 2011, i fell off a ladder and hit my back and now my legs are numb",
        "saw a tiktok saying to check, and my dads face is drooping and his leg is numb right now",
        "i thought it was a cramp but my calf is swollen red and hot and my foot is numb",
        "he fell off the ladder and cant pee then, his legs are numb",
        "i have heart attack as a joke they said, but now my chest is crushing and my arm is numb",
        "say what you like, my face is drooping and my leg is numb",
        "my chest got tight an hour ago and my arm went numb. fine since.",
        "work stress is choking me and my chest is crushing and my arm is numb",
        "worried about his speech at the wedding, its slurred since an hour and his leg is numb",
        "we pulled over on the side of the road because his face is drooping and his leg is numb",
        "his speech on the phone is slurred and his leg is numb",
        "in 2010 i had sudden numbness in my leg and now i have it again with slurred speech",
        "thoght my leg was just asleep but now my face is drooping and i cant talk properly",
    ],
)
def test_the_same_fears_jobs_and_ages_with_a_sign_told_now_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
