"""Stories in a second language, numbness told by likeness, and checklists told all clear.

People writing English as a second language tell the guide's cases in the present ("I walk and
it pass"), with literal idioms ("ants walking", "sleeping feeling", "since one hour") and without
articles; others avoid the word "numb" ("felt muted", "like they'd dozed off", "the carpet
doesn't register"). After a scare, people list what they checked and say they are fine ("face
normal, arm and leg strong both sides, I have no problem now"), which the model likens to the
signs they rule out. Each class has guards: the same words told as an event now, or as someone
else's claim that they are fine, still escalate. Every case is written for this test (none is
copied from an evaluation set). The model is the real one.
"""

from __future__ import annotations

import pytest

from bot.stories import Level, read_cues
from bot.triage import Screen
from tests.unit.story_advice import SCREEN, advised


@pytest.mark.parametrize(
    "text",
    [
        "after church I stand and walk a little and it pass, my feet were sleeping from the bench",
        "my legs sleeping after long bus, I walk in the station and now ok",
        "sit on the floor for the family dinner, feet full of little needles, walk a bit and it go",
        "tight boots all day, my toes went like they dozed off, took them off and they came round",
        "sat on a hard pew for the whole service, the back of my leg felt muted, normal again in "
        "a few minutes of walking",
        "knelt weeding for an hour, shins felt like pincushions when I stood, fine after a short "
        "walk",
    ],
)
def test_passing_told_in_the_present_or_by_likeness_gets_self_care(text: str) -> None:
    assert advised(text) is Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "sit on low stool cleaning fish, leg become dead, I walk and after minute fine",
        "bus driver, my right leg numb from the pedal, I stop and walk, in 3 minute normal",
        "mother sit in plastic chair at wedding long time, foot sleep, walk little and she say "
        "better now",
        "I sleep on my leg wrong way, wake up leg dead, after I move 2 minute all good",
        "long flight, legs crossed, legs numb in morning, walk to toilet, numb finish",
        "my son sit on his foot for video game, foot numb, he jump and after few minutes it come "
        "back",
    ],
)
def test_passing_in_a_second_language_never_alarms_on_the_model_alone(text: str) -> None:
    detection = SCREEN.screen(text)
    assert detection.onset.passed
    assert detection.screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("it's been a week that my toes are numb, no pain", "lasting-days"),
        ("my heels have been numb a month now", "lasting-days"),
        ("my legs went to sleep one whole week ago and still the same", "lasting-days"),
        ("for a good month my soles feel dull", "lasting-days"),
        ("tingling shins since the wednesday before last, comes and goes", "lasting-days"),
        ("my feet are so numb I keep waking up at night", "daily-activities"),
        ("the tingling is wrecking my sleep and my work", "daily-activities"),
        ("too numb to wear my work shoes anymore", "daily-activities"),
        ("numb feet make me walk slow like an old man", "daily-activities"),
        ("with the numbness I go up the stairs holding the wall", "daily-activities"),
        ("I can't feel the sewing machine pedal with my numb foot", "daily-activities"),
        ("numb legs, I stop my evening walk now", "daily-activities"),
        ("my numb feet make me not safe on the ladder at work", "daily-activities"),
        ("had to call in sick twice, I can't trust my feet on the ward", "daily-activities"),
        ("almost fall two times this week, my feet are numb", "daily-activities"),
        ("before was only the heel, now it is reaching the ankle", "worsening-spreading"),
        ("the numb patch starts small like a coin, now is big like my hand", "worsening-spreading"),
        ("more numb every time I check, toes first, now the soles", "worsening-spreading"),
        ("the ants walking feeling grew slowly in some weeks", "worsening-spreading"),
        ("numb only in the left sole, the right sole is normal", "one-side"),
        ("he's only complaining about his right leg, from the knee down", "one-side"),
        ("my sister's right foot numb, not both, begin slowly", "one-side"),
        ("tingling more than one week continuous in both feet", "lasting-days"),
        ("numb area on my shin become bigger, before a coin, now a hand", "worsening-spreading"),
        ("my numb thighs, I cannot ride my motorbike long", "daily-activities"),
        ("my mother afraid to walk to the shops alone now, her feet numb", "daily-activities"),
        ("numb toes, I got a cut on my foot without knowing", "daily-activities"),
        ("numb legs, I walk so slow, going to the bus stop is hard", "daily-activities"),
        ("from last Tuesday my both feet tingling, today still same", "lasting-days"),
        ("my toes numb, I get blisters and don't notice", "daily-activities"),
        ("I stop my walking group because my feet are numb", "daily-activities"),
    ],
)
def test_reasons_told_in_a_second_language_or_plainly(text: str, reason: str) -> None:
    assert reason in read_cues(text).reasons


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A near fall on getting up once is a leg asleep, not daily life.
        (
            "stood up after gaming, nearly fell because my foot was numb, fine after a minute",
            "daily-activities",
        ),
        # A stop on a drive, a week since something else, a habit creeping in.
        ("drove five hours with only one stop, feet numb, fine after a walk", "one-side"),
        ("it's been a week since the flight, my feet were numb then gone", "lasting-days"),
        (
            "sat on a cooler all morning, legs dead, fine in minutes, old age creeping in?",
            "worsening-spreading",
        ),
        ("sat on the bench, leg went dead, moved around and now it is ok", "worsening-spreading"),
        ("our sick leave policy is being drafted, any advice on desks?", "daily-activities"),
        ("how do I keep from hurting my numb feet without knowing?", "daily-activities"),
    ],
)
def test_words_that_look_like_a_reason_but_are_not(text: str, reason: str) -> None:
    assert reason not in read_cues(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "lots of hours in the van, a numb strip on my left calf that faded in over a month",
        "both feet numb for six days, it just doesn't seem to be going away",
        "my thighs feel like a dental injection wearing off, since last month",
    ],
)
def test_numbness_fading_in_or_not_going_away_has_not_passed(text: str) -> None:
    assert not read_cues(text).passed
    assert advised(text) is not Level.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        "the sleeping feeling is in both soles since Monday",
        "like ants walking in my left foot all week",
        "my shins feel muffled since the weekend",
        "the kitchen floor doesn't register under my right foot anymore",
        "from the knee down it's like my skin is a size too thick",
        "toes on both feet dull for a fortnight",
    ],
)
def test_numbness_told_by_likeness_is_numbness(text: str) -> None:
    assert read_cues(text).numbness


@pytest.mark.parametrize(
    "text",
    [
        "my mum's face normal, smile straight, she talk clear, arm and leg strong both sides",
        "I can feel the floor with both feet, no swelling in either calf, no chest pain. I have "
        "nothing to report today.",
        "after the tackle he didn't hit his head or back, no numbness anywhere, can run and jump, "
        "he's totally fine and eating",
        "my friend says if the face drops with a numb leg, call an ambulance. is that true?",
        "my grandma says my Spanish is slurred because I talk too fast, how to improve?",
        "the chest strap of my rucksack snapped and my bike tyres are low, what a day",
        "I'm breathless - we just got the keys to our new flat!!",
        "phone case fell off and now my voice sounds all garbled on calls",
        "once long time back I could not control my pee after a disc problem, operated, fine for "
        "years",
        "grandad had slurred speech one time, 2009, a mini stroke, no problem after",
        "a colleague told me about someone who got numb legs and couldn't pee, how fast should "
        "they get help?",
        "I speak English not good, sorry for the mistakes",
        "my face is falling every time I see the gas bill",
        "fell head over heels for the new neighbour, any advice?",
        "the water bladder in my hiking pack is leaking",
        "my uncle had a stroke long time before, he is healthy now, no symptoms",
        "called mum today, she fine, no numb legs, she speak clear, face look normal both side",
        "long time ago, maybe 2011, my father have face drooping and numb arm, now he is fine",
        "my daughter give speech at school tomorrow, she is nervous and her face go red",
        "my tablet face is cracked and half of the screen went black",
        "my cousin said my foot going numb at school means I'm having a stroke lol, it was numb "
        "a minute and it's fine now, no face stuff, talking fine",
        "had a DVT as a student, injections for months, that was 10 years ago, no issues since",
        "when I was pregnant with my son, eight years ago, I couldn't feel when I needed the "
        "toilet, a disc problem, surgery, completely fine ever since",
        "our defence has been numb all season and the skipper couldn't find the words in the team "
        "talk",
    ],
)
def test_checklists_rules_heard_and_other_senses_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # Someone's own word that they are fine is no all clear.
        "dad's foot is numb since lunch and tea dribbles out one side of his mouth, he says he's "
        "fine",
        "her leg is tingling since one hour and now her face one side is down. she say she is ok",
        # A turn after the all clear, or the sign told beside it.
        "I'm totally fine, no chest pain, no headache, but my left arm and leg went weak suddenly",
        "my mate says if his leg gives way he'll sit down. it just gave way and it's numb",
        # Talking fast is a habit; slurring now, with a numb leg, is not.
        "she talks so fast normally but now her words are slurred and her leg is numb",
        # A chest strap named, and a chest that hurts.
        "took off my chest strap monitor because my chest is crushing and my legs are numb",
        # A leg that folds under someone, present or past, and keeps giving way.
        "the leg is numb and it fold under me, no power",
        "her knees keep giving way and her feet are numb",
        # A calf swollen, red and hot, that hurts if touched.
        "one calf swollen like a balloon, red and warm, he winces if I touch it, foot tingly",
        "after the long bus my calf is big and red and hot and hurts a lot. is normal after "
        "travel?",
        # Soiled without knowing, an "if" that tells what brings the pain.
        "grandmother dirty her trousers without knowing, her legs numb since two day",
        "cast on since yesterday, it is very tight, toes numb and if I move them the pain is "
        "terrible",
        # A time that opens the sentence dates it, unless it turns to now.
        "years ago, maybe 2012, but now her face is drooping and her leg is numb",
        # A numb foot "gone to sleep" beside words that make no sense: no passing.
        "mum's words make no sense, random words strung together, her foot went numb, gone to "
        "sleep. she was fine at breakfast",
        # Told a stroke by someone, with a sign of it told now.
        "my wife says I'm having a stroke, my arm is weak and my leg is numb",
        # Clashed heads, then numbness.
        "clashed heads playing football an hour ago and now my feet are numb",
    ],
)
def test_the_same_words_told_as_now_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
