"""A question about a sign, then the sign told as here now by pointing back at it; a hand held to
the chest, a weight on it and air hunger told as pictures.

"Is it a stroke if the face droops? asking bc my dad's does right now", "... that's what my dad
has now", "... that's me right now" and "... happened twice in the last hour, started this
evening" tell the sign the question named: before, they only asked the red-flag questions. So
did "grandpa is gripping his chest and his legs went numb", "feels like an elephant is sitting
on him" and "I feel like I'm drowning on land". Each class has guards: the same question with
the sign denied, supposed, past or only "now and then", "that's my biggest fear now" and
"started reading about strokes today" still ask at most, and "drowning in work" is no sign.
Every case is written for this test (none is copied from an evaluation set); the model is the
real one.
"""

from __future__ import annotations

import pytest

from bot.triage import Screen
from bot.triage.pointed_back import points_back
from tests.unit.story_advice import SCREEN


@pytest.mark.parametrize(
    "text",
    [
        "is it a stroke if the face droops? asking bc my dad's does right now",
        "is chest pain with numb legs serious? I have both right now",
        "is it a stroke when one side of the face sags? my mom have this now, her leg is numb",
        "can a clot make the calf swollen red and hot with a numb foot? thats whats happening "
        "to me now",
        "numb legs and cant catch your breath, is that serious? same here rn",
        "what does it mean if you can't lift your foot and it's numb? I have that now",
        "is it stroke when face is falling one side? now my father have this, also leg numb",
        "chest pain and numb leg is dangerous? now i having this",
        "is it serious if someone can't talk properly and their leg is numb? my wife is like "
        "that rn",
        "what does it mean when the face sags on one side with a numb leg? because that's what "
        "my grandad has now",
        "can numb legs and a tight chest be the heart? that's me right now",
        "what if your foot won't lift and it's numb? thats exactly whats going on with me rn",
        "should i worry about numb legs and not being able to pee? because i have that right now",
        "is it normal for a numb foot to come with coffee dribbling out one side of your mouth? "
        "happened twice in the last hour, started this evening",
    ],
)
def test_a_sign_asked_about_then_pointed_back_at_as_now_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "is it a stroke if the face droops? asking bc my dad had that last year",
        "is chest pain with numb legs serious? I don't have that now, just wondering",
        "is it a stroke if the face droops? if my dad has that now what do I do",
        "what does it mean if your leg gives out? mine does now and then",
        "what are signs of a stroke? I am writing an essay on it now",
        "what does a stroke look like? my dad is now at the hospital for a check up, he's fine",
        "is chest pain with numb legs serious? my chest is fine now",
        "what does a stroke look like? that's my biggest fear now",
        "is chest pain serious? that is my question for now",
        "what are the signs of a stroke? I have that leaflet here now",
        "what if tea dribbles out the side of your mouth and your leg is numb? started reading "
        "about strokes today",
    ],
)
def test_a_question_not_pointed_back_at_as_now_only_asks(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (" asking because my dads does now", True),
        (" i have both now", True),
        (" she is doing that at the moment", True),
        (" its happening as we speak", True),
        (" my dad had that now", False),  # past
        (" i dont have that now", False),  # denied
        (" if he has that now", False),  # supposed
        (" i have both", False),  # no now
        (" he is now at the hospital", False),  # "is now" is no pointing back
    ],
)
def test_what_points_back(sentence: str, told: bool) -> None:
    assert points_back(sentence) is told


@pytest.mark.parametrize(
    "text",
    [
        "my husband's just come in holding his chest saying something is pressing on him, his "
        "legs are pins and needles",
        "grandpa is gripping his chest and his legs went numb",
        "he grabbed his chest and sat down, now his legs are tingling",
        "he says it feels like an elephant is sitting on him and his legs are numb",
        "my mum say feel like a brick is sitting on her, her feet tingle",
        "i feel like i'm drowning on land, legs numb",
    ],
)
def test_a_hand_on_the_chest_or_a_weight_on_it_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "he was holding his chest of drawers up while I screwed it, now his legs are numb from "
        "kneeling, gone after a stretch",
        "the cat was sitting on me for an hour and my legs went numb, fine once I moved",
        "feels like someone is sitting on my legs when I wake up, goes after I move",
        "feel like i'm drowning in work, legs numb from sitting all day, fine after a walk",
        "my son was acting, clutching his chest dramatically for the school play, and his legs "
        "went numb from kneeling",
    ],
)
def test_a_chest_held_in_play_or_a_weight_on_the_legs_does_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY
