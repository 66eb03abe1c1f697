"""Histories told over several clauses, machines and games in a body's words, worries read online,
and relief told in a second language or at length.

"Ten years ago I had a slipped disc, I couldn't feel my bladder" dates the second clause as
well; so does a date told last ("my grandad had a small stroke, a mild one, about eight years
ago"). "Say somebody's leg goes numb..." supposes. A condition that Google suggested, or one a
cousin had with the numbness only asked about, is no sign told. A machine that is "breathing
heavy", a goal that left someone breathless, a mind gone numb before a test and legs that go
"dead" in the pool are nobody's emergency. Numbness from a position that passed on walking,
told as "walked and was ok after five minutes" or "after she'd walked round the kitchen", is the
guide's temporary numbness. Each class has guards: the same words told as happening now still
escalate. Every case is written for this test (none is copied from an evaluation set); the model
is the real one.
"""

from __future__ import annotations

import pytest

from bot.stories import Level
from bot.triage import Screen
from tests.unit.story_advice import SCREEN, advised


@pytest.mark.parametrize(
    "text",
    [
        # A history over several clauses, its date first or last.
        "Ten years ago I had a slipped disc, I couldn't feel when I needed the toilet and my legs "
        "went numb. I had surgery and I'm fine now, can I do yoga?",
        "My grandad had a small stroke, a mild one, about eight years ago. At the time his "
        "speech went strange and his foot was numb. Should he take vitamins?",
        "The summer my speech went strange and my legs stopped working properly was 2014. I "
        "had treatment and every scan since has been clear.",
        # A question argued over in general, nobody with any symptom.
        "quiz night debate: if someone's foot goes numb, is it the face or the arms you check "
        "for a stroke? one said speech. nobody has any symptoms, we're all fine",
        # Supposed with "say".
        "Say somebody's leg goes numb and they can't speak properly, do you call 999 or wait?",
        # A worry read online, the numbness passed.
        "my calf went numb sitting cross legged on the floor, it's gone now, came back after I "
        "stood up. google says stroke and DVT though, am I overthinking this?",
        # Relief told after walking, with the chest and the face told fine.
        "my wife had her legs crossed knitting for two hours and her foot went numb, it was fine "
        "after she'd walked round the kitchen. no chest pain, she's breathing fine and her face "
        "is normal",
        # Machines, games and minds in a body's words.
        "the old washing machine is breathing heavy and making weird noises, who fixes those?",
        "our car radio keeps slurring the announcer's words, is it the aerial?",
        "dropped the tablet and now the picture is drooping on one side, can it be fixed?",
        "that penalty save left me breathless!! what a final",
        "before my driving test my mind went totally numb, how do I calm down?",
        "my legs go dead in the pool when I swim, how do I fix my kick?",
        # Everything denied, a condition only read about.
        "toilet is fine, I can feel everything down there, no numb legs at all. just worried "
        "about cauda equina after reading about it",
        # A condition had by someone else, the numbness only asked about.
        "My uncle was diagnosed with a DVT after his flight last year. Can that give you numb "
        "legs?",
        # A history told by a pregnancy long past.
        "In my last pregnancy I got a clot in my calf. My son is six now and I've had nothing "
        "since, is it safe to fly?",
        # Breath held by a crowd or a workload, a thing likened to a body, a rowing stroke, a
        # server's "heart attack".
        "the whole stadium couldn't breathe with the suspense in extra time",
        "i cant breathe with all this homework lol",
        "my bread dough is flat, like it can't breathe, did the yeast die?",
        "our cox yells stroke stroke stroke every morning, rowing is brutal",
        "the office printer had a full heart attack today and jammed on every page",
        "the forklift's fork is dragging on the ground and the compressor is wheezing",
        # A pain told of the back, not the leg; a list supposed with "where would".
        "my lower back has been aching for weeks and now the outside of my shin feels dull, are "
        "they linked?",
        "making a first aid card for the fridge: where would a swollen calf with a numb foot go, "
        "GP or A&E? nobody is ill",
        # A question about the topic, its "side" no side of the body.
        "my toes have been a bit numb lately, could you explain the medical side of it and what "
        "the treatment side looks like?",
    ],
)
def test_histories_machines_and_worries_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I couldn't feel when I needed the toilet this morning and both my legs are numb",
        "My grandad had a stroke about eight years ago, and now his face is drooping and his "
        "foot is numb",
        "my husband's leg went numb and he can't speak properly",
        "google says stroke and my mum's face is drooping and her arm is numb",
        "his voice on the phone is slurred and his leg is numb",
        "the car hit her and now she's breathing heavy and her legs are numb",
        "my radio is on and my dad's face droops and he can't talk",
        "My uncle was diagnosed with a DVT, his leg is numb and swollen now. can that give you "
        "numb legs?",
        "my phone fell on my foot and now my toes are numb and the calf is swollen and red",
        "in my last pregnancy I had a clot, and now my calf is swollen, red and numb",
        "I can't breathe with the pain in my chest and my legs are numb",
        "i cant breathe with all this stress and my leg went numb",
        "the goal left me breathless and my leg is numb and my chest is tight",
        "he's slurring like he's had a stroke and his leg is numb",
        "the printer jammed and my colleague collapsed, she can't move her legs",
        "my rowing partner just had a stroke on the river, his leg is numb",
        "the time my dad had his stroke was 2019, now his face is drooping again and his leg "
        "is numb",
        "nobody has any symptoms, we are all fine, but my dad's leg went numb suddenly and his "
        "face droops",
        # A short clause about an animal opening the sentence dates nothing after it.
        "my dog keeps barking, my chest is tight and my legs are numb",
        "the cat is meowing, my chest is tight and legs numb",
        "my golf buddy had a mini stroke on the course and his leg went numb",
        "my tennis coach had a stroke during the lesson",
        "my back is sore and my calf is swollen and red and my foot is numb",
        "my calf is sore and hot and my foot is numb since the flight",
        "my back is killing me and my shin is rock hard after the kick, foot numb",
    ],
)
def test_the_same_words_told_as_now_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # Relief in a second language, the position told plainly.
        "I sit on small chair long time cleaning vegetables, legs numb, I walked and was fine "
        "after few minutes",
        "my daughter plays xbox with legs under her, she say leg is dead, after she walks is "
        "fine in two minutes",
        "my leg become sleeping on the long bus, I walk, after 2 minute okay",
        # Numbness told by an image, gone on moving.
        "woke up unable to feel my foot after sleeping on it, it came back after a few minutes "
        "of walking",
        "after the yoga class I had no idea where my feet were, stood up, walked about and they "
        "were fine in a minute",
        "sat cross legged for the whole ceremony, foot felt like it was missing, wiggled it n fine",
        # Pews and tight things, the feeling back.
        "two hours on wooden pews at a wedding, feet numb when we stood, fine a few minutes "
        "later walking out",
        "tight belt and jeans all day, thigh went numb, I take off, after short time normal",
        # A passenger's long ride, legs "full of ants" or "sparkling", gone on walking.
        "I was passenger on the back of a motorbike two hours, my legs full of ants when I got "
        "off, after I walked little it stopped",
        "my son sat in his booster seat the whole drive, says his legs are sparkling, we walked "
        "round the car park and it was gone before we got back",
        "crouched tiling the bathroom all morning, feet like two bricks when I stood, fine after "
        "a short walk to the van",
    ],
)
def test_positional_numbness_gone_on_moving_gets_self_care(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "Since around the spring both my feet have been numb, mostly the soles. Not getting "
        "worse. Is this the wine talking or should I get it looked at?",
    ],
)
def test_months_of_numbness_with_a_cause_wondered_about_gets_an_appointment(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY
    assert advised(text) is Level.APPOINTMENT


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("my mother has numbness in her toes for more than month, she is vegetarian", "lasting"),
        ("my soles feel like I am wearing socks, it started around Christmas", "lasting"),
        ("because my feet are numb I cannot go with my walking group, it came slowly", "daily"),
        ("numb feet makes my walking slow, I can't keep up with my kids in the park", "daily"),
        ("my dad does not trust his feet on the stairs anymore, they are numb for weeks", "daily"),
        ("only one of my feet is numb, the left one, it came little by little", "side"),
        ("my wife's left foot numb, right foot no, it start slowly two weeks", "side"),
        ("the numb patch on my thigh was tiny in spring, now it covers the whole front", "worse"),
        ("tingling in the toes now reaching my ankles, bit more every week", "worse"),
        ("dad struggling w stairs since his feet went numb, couple weeks now", "daily"),
        ("grandma won't go to church now because her numb feet feel like bricks", "daily"),
    ],
)
def test_reasons_told_plainly_or_in_a_second_language(text: str, reason: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY
    assert advised(text) is Level.APPOINTMENT


def test_numbness_that_stopped_passing_has_not_passed() -> None:
    """ "It stopped fading" tells the numbness stayed: no self-care."""
    text = (
        "my toes went numb on long rides and it used to fade once I got off the bike, but over "
        "the last two months it stopped fading and now it's spreading into the arches"
    )
    assert advised(text) is Level.APPOINTMENT


@pytest.mark.parametrize(
    "text",
    [
        "my golf partner had a stroke on the course",
        "my piano teacher had a stroke during my lesson",
        "my swimming coach had a stroke at the pool",
        "my painting class teacher just had a stroke",
        "my chess partner had a stroke at the club",
        "our dungeon master had a stroke during the session",
        "my bridge partner had a stroke at the table",
        "my cricket captain had a stroke on the pitch",
        "my tennis partner had a heart attack on court",
        "my yoga teacher had a stroke in class and her leg is numb",
        "my badminton partner collapsed and cant move his legs",
        "the canoe instructor had a stroke on the lake",
        "my brother had a stroke while painting the fence",
        "dad had a stroke playing snooker",
        "grandpa had a stroke at the pool hall",
        "my kayak buddy had a mini stroke today",
        "my friend had a stroke during our golf game, his face droops",
        "mum had a stroke while swimming",
        "my piano student had a stroke mid-lesson",
        "my rowing coach had a heart attack in the boat",
    ],
)
def test_a_stroke_had_at_a_sport_or_an_art_escalates(text: str) -> None:
    """The folds for a sport's or an art's "stroke" ("my golf stroke needs work") never take a
    stroke someone had: on the code before, 12 of these got no emergency reply, 10 of them not
    even the red-flag questions."""
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my husband was at the computer and had a heart attack",
        "my dad at the computer had a heart attack",
        "dad was working on the car and had a stroke",
        "mum was on the phone and had a stroke, her speech is slurred",
        "my boss was at the printer and had a heart attack",
        "grandpa was fixing the boiler and had a stroke",
        "my wife was by the fridge and had a stroke",
        "my brother was under the car and had a heart attack",
        "my uncle was watching tv and had a stroke",
        "my colleague was at her computer and had a stroke",
        "dad was at the engine and had a heart attack",
        "my dad was playing chess and had a stroke",
        "my mum was reading a book and had a stroke",
        "grandad was watching the film and had a heart attack",
        "my husband was on the charity walk and had a heart attack",
        "my wife was walking the dog and had a stroke",
        "dad was playing his game and had a stroke",
        "my friend was at the market and had a stroke",
        "grandma was singing karaoke and had a stroke, her face droops",
        "my dad was at the match and had a heart attack",
        "dad was checking the stock market and had a heart attack",
        "my mum was giving a speech and had a stroke",
        "my dad was on a zoom call and had a stroke",
        "the coach had a heart attack at training",
        "my neighbour was mowing the lawn and had a heart attack",
        "my dad was on the tractor and had a stroke",
        "grandpa was at church and had a stroke",
        "my wife was knitting and had a stroke, her arm is weak",
        "my brother was gaming and had a heart attack",
        "my dad was at the dentist and had a stroke",
        "my uncle was watching the news about a stroke and then had one himself",
        "my mum was in the shower and had a stroke",
        "my dad was at the gym doing deadlifts and had a heart attack",
        "my husband was driving the van and had a stroke",
        "my sister was painting and had a stroke",
        "our dnd cleric player collapsed at the table and can't move his legs",
    ],
)
def test_a_stroke_or_heart_attack_had_beside_a_machine_or_a_pastime_escalates(text: str) -> None:
    """The folds for a machine's "heart attack" ("the stock market had a heart attack") never
    take one a person had at the machine: on the code before, 11 of the first 12 got no
    emergency reply, 9 of them "not covered"."""
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
