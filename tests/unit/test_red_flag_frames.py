"""The red-flag screen on a sign's words inside a frame that tells no event (frames.py), on a
list of denials closed by "or" before a new statement (clause_cuts.py), on an "if" that opens a
clause with someone's words in it, on "water" that is a bath's, and on numbness gone within
minutes.

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
        # The news, a study, a story, a screen.
        "saw in the paper that a young footballer had a stroke on the pitch, is that common?",
        "I'm revising for an exam on pulmonary embolism, what are the classic signs?",
        "doing a school project about blood clots, can you help?",
        "in my short story the main character wakes up with slurred speech and a numb leg",
        "we were watching a hospital drama and a character had a stroke and collapsed",
        # A fear for a day to come.
        "I worry that some day I'll have a stroke like my mum did, what lowers the risk?",
        "my wife is terrified she'll get a clot on our long flight next month",
        # A relative's stroke given as the reason for worry.
        "my nan had a stroke so I get anxious about every little tingle",
        "my brother had a clot once so I'm jumpy, my legs tingle after the coach trip",
        # A condition's name on a thing, a leaflet's list, people in general.
        "do I need to wear dvt stockings on a four hour flight?",
        "the hospital leaflet mentions compartment syndrome after a cast, should I worry?",
        "my uncle says elderly people get a stroke without noticing, true?",
        # Old times named as such.
        "when my daughter was 8 she broke her leg and had compartment syndrome, she's fine now",
        "back then his face drooped and his speech was slurred, but that was in 2015",
        "five years before I have a car crash and hurt my back, now all good",
        # A dream, a moment to get up, a shift too long, a sofa, a landing.
        "I keep having a nightmare where I can't move my legs, why?",
        "after kneeling in church I can't get up straight away, then it passes",
        "can't walk around the warehouse for a whole shift anymore, my soles burn",
        "got home and collapsed on the sofa with my legs folded under me, foot went numb",
        "pins and needles in my feet after landing, gone after I walked to the bus",
        # A language not spoken, a worry about the heart, socks for a flight.
        "my father does not speak english so I write for him, his toes are numb for weeks",
        "she is worried it is her heart but she only has numb toes since a month",
        "compression socks too tight on the plane, feet tingled, fine after I took them off",
        # A list of denials closed by "or" before a new statement.
        "no numbness, pins and needles or weakness in my legs and my back pain is gone",
        "I can't feel how hot the bath water is with my feet anymore, could that be nerves?",
        "my calves are the same size, nothing red or warm, just checking after the flight",
        # A dismissal told, nothing mentioned, a moment to stand, a decade.
        "my dad's toes are numb for months, he says it's just old age",
        "her feet are numb since spring and she doesn't mention any pain",
        "after kneeling I cannot stand one moment, then the feeling comes back",
        "my grandad had a stroke in the 80s, I'm just curious whether it runs in families",
        # A fall that did not happen, an injury of a season gone.
        "my numb feet are so bad I nearly fell on the stairs twice this month",
        "he hurt his back in a tackle last season and still gets tingly feet, can physio help?",
        # A condition as a figure of speech, a size told by a hand, a winter gone.
        "this spreadsheet is giving me a heart attack, anyway why do my toes tingle at my desk?",
        "mum nearly had a heart attack when she saw the bill, lol",
        "the trains were paralysed by the strike all day so I walked miles, feet a bit numb",
        "a numb patch about the size of my palm on my thigh for weeks",
        "got scared because my dad had a stroke, but my foot had only gone to sleep in class",
        "three winters ago I had a dvt after a cast, all fine since, any tips for flying?",
        "I was laughing so hard at the show last night, anyway which hiking socks are best?",
        # A limb asleep on the toilet, a stroke believed then explained, full feeling.
        "my foot fell asleep on the loo again and I couldn't feel it, fine after a stamp",
        "she was sure she was having a stroke but it was only her leg gone to sleep, all fine",
        "my girl fell off the swing, didn't hit her head, full feeling in both legs, playing on",
        "broke my ankle years ago, all healed, full feeling and strength, any tips for running?",
        # A seat's reading time, problems denied, furniture, sport, words.
        "after kneeling in seiza I cannot stand at once, then it's normal after a few minutes",
        "I sit on the loo scrolling my phone and my legs go numb, fine when I get up",
        "no numbness today, no chest or breathing problems, just setting up a standing desk",
        "the leg of our kitchen table collapsed and the chest of drawers fell on it",
        "my uncle was paralysed with fear on the rollercoaster, lol",
        "my tennis serve is weak, any drills to fix it?",
        "what does the slang dead leg mean?",
        "I want to learn the stroke symptoms for my grandad, he is fine",
        # Shoes slipped off, a stool sat on.
        "slipped my heels off under the desk and the numb toes came back",
        "my feet tingle when I hook them round the bar stool legs at work",
    ],
)
def test_a_sign_in_a_frame_that_tells_no_event_is_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I read in the paper about strokes and now my face is drooping and my arm is weak",
        "I'm scared he'll have a stroke, his face is drooping and he can't lift his arm",
        "my nan had a stroke so I worry, and right now her face is drooping",
        "we were watching telly and suddenly dad's speech went slurred and his face drooped",
        "I woke from a nightmare and I can't move my legs at all",
        "I can't stand up at all since I fell off the ladder",
        "he can't speak properly and his leg is numb",
        "he collapsed on the floor and can't move his legs",
        "after landing on my back off the trampoline my legs are numb",
        "no numbness or tingling before, and my face is drooping now",
        "he hasn't passed water since last night and his legs are numb",
        "my left calf is not the same size as the right, it's swollen red and painful",
        "if he says his chest hurts I'll call, but right now he can't breathe",
        "dad doesn't say anything at all since lunch and his face is drooping",
        "she says it's nothing but her face is drooping and her speech is slurred",
        "Mum had a stroke in 2018. This morning she couldn't speak and her leg went numb",
        "I nearly fell, then I did fall down the stairs and hit my back, my legs are numb",
        "she nearly had a stroke when she heard, and now her face is drooping and she can't talk",
        "my left hand and my left leg went numb and weak all of a sudden",
        "the left side of his body is paralysed since this morning",
        "my calf is so hard and swollen and it really hurts since last night",
        "I can't feel anything when I sit on the toilet and my legs are numb",
        "my legs went numb on the toilet and now I can't pee at all",
        "she thinks she's having a stroke, her face is drooping",
        "I can't lift my leg off the bed at all and it's numb",
        "he isn't breathing properly and his chest hurts",
        "sat on the toilet for an hour and nothing comes out, my legs are numb",
        "my mum is showing stroke symptoms, her face is drooping",
    ],
)
def test_the_same_words_told_as_an_event_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
