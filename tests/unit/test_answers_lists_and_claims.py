"""Signs told right after a turn of phrase with a negation, and the messages of strangers' sets
that only look alarming: histories, claims, lessons, worries, and a sign's words in other senses.

Under-triage first. "No seriously, my chest is tight", "no he can't lift his leg", "zero warning,
his chest went tight", "doesn't matter what I do my chest hurts", "never felt like this chest
crushing", "I don't feel the toilet paper", "he not able pee", "not can lift": each told a sign
the screen read as denied or missed (some got the self-care or a guide answer); each escalates
now, while "no chest pain", "no really bad pain" and "I don't feel any pain" still deny.

Then the calm messages. A denial reaches the last item of its list ("denies chest pain,
breathlessness, and any loss of bladder control"). A history is dated by a padded date ("so about
fifteen years ago"), a stage of life ("when I was teenager", "when the kids were small", "back
when we lived in Leeds", "before covid"), a season or feast counted back ("a few winters back",
"three Ramadan ago", "the summer before last"), an age in words or "at the age 70", and a
bracket after its date. What was heard, read, looked up, taught, titled or acted ("my friend
said numbness after a fall can mean spinal damage", "is that real?", "looking up the bladder
thing", "our module covers spinal injuries", "people pretend they cannot breathe") supposes, and
a worry about a risk ("how worried should I be about her having a stroke") asks. A person who is
"a pain in the chest", a nickname, a dog flopped onto feet, a "paralysing" cold snap, a face
told "even", a swimmer's weak side, a singer's breath, an engine that "can't breathe", a phone's
face ID, a stroke club are not signs. Each escalated before; each guard, the same words with a
sign told now, still escalates. Every case is written for this test (none is copied from an
evaluation set); the model is the real one.
"""

from __future__ import annotations

import pytest

from bot.stories import Level
from bot.triage import Screen
from tests.unit.story_advice import SCREEN, advised


@pytest.mark.parametrize(
    "text",
    [
        "no seriously my chest feels tight and both my legs are numb",
        "no she cant lift her foot at all and the leg is numb",
        "no really i cant catch my breath and my feet are tingling",
        "is he ok? no he is slurring and his leg went numb",
        "no wait my face feels droopy on one side and my leg is numb",
        "no honestly his calf is swollen red and hot and his foot is numb",
        "no joke her words are all jumbled and her leg is numb",
        "zero warning, his chest went tight and both legs went numb",
    ],
)
def test_a_sign_told_right_after_an_answer_of_no_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "doesnt matter how i sit my chest keeps hurting and my legs are numb",
        "never felt like this chest squeezing and both feet numb",
        "i dont feel the loo roll when i wipe and my legs have gone numb",
        "she doesnt feel it when she pees and her legs are numb",
        "my father not can lift the foot, it is numb",
        "legs numb since the match, he not able pee all day",
    ],
)
def test_a_sign_after_a_turn_of_phrase_with_a_negation_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "i dont feel my legs are weak, they just went numb on the sofa and came back",
        "i dont feel any pain, my toes were numb after the drive and they came back",
        "it doesnt matter now, my foot was numb after kneeling and it passed",
    ],
)
def test_the_same_negations_still_deny_or_calm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "no chest pain, my foot went numb on the bus and was fine once i walked",
        "no really bad pain anywhere, just pins and needles after kneeling, gone now",
        "no weakness, no trouble breathing, my leg was numb after the cinema and it passed",
        "no warning signs, no chest pain, my foot went numb at my desk and it passed",
    ],
)
def test_no_before_a_sign_still_denies_it(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.NONE


@pytest.mark.parametrize(
    "text",
    [
        "My father's leg went numb after the long service and settled once he walked. He denies "
        "chest pain, dizziness, and any loss of bladder control.",
        "Her foot tingled after sitting and was fine after a stroll; she denies headache, "
        "weakness, and any trouble with her speech.",
    ],
)
def test_a_denial_reaches_the_last_item_of_its_list(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "he denies chest pain, dizziness, and he cant lift his foot now",
        "she denies headache, nausea, and now her face is drooping and her leg is numb",
        "he denies chest pain and dizziness but he wet himself and his legs are numb",
    ],
)
def test_a_sign_told_after_a_denied_list_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "In my forties, so roughly eight years ago, I couldn't lift my right foot for weeks and "
        "my shin was numb; a pinched nerve, fully healed. Why does that happen?",
        "At uni, so about twelve years ago, I could not lift my left foot for a month and the "
        "top of it was numb, a disc, operated and fine ever since. What usually causes that?",
    ],
)
def test_a_padded_date_opens_a_history(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "so about twenty minutes ago i slipped on the stairs and now my legs are numb",
        "so about two years ago he had a stroke, now his face droops again and his leg is numb",
        "so about an hour ago my foot started dragging and it is numb",
    ],
)
def test_a_padded_time_of_now_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my cousin said you can lose a foot from a tight plaster cast, is that true?",
        "my mates say you can get a clot from a long flight, is that real",
        "people say you can have a stroke from sitting all day, is it true?",
        "which injuries to the neck would make numb legs an emergency? asking for my kids",
        "What kind of falls would need an ambulance if the legs go numb?",
    ],
)
def test_claims_checked_and_questions_about_injuries_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my cousin said you can lose a foot from a tight cast, is that true? my cast is so tight "
        "and my toes are numb and it hurts like mad",
        "what injuries would make legs go numb like this? my son fell off the roof an hour ago "
        "and his legs are numb",
        "my sister says my face looks droopy, is that true? and my leg is numb",
    ],
)
def test_a_sign_told_beside_a_claim_or_question_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my brother is a pain in the chest honestly lol, my feet went numb on the sofa and came "
        "back when i got up",
        "at work they nicknamed me heart attack because i run everywhere, my foot goes numb in "
        "my boots but its fine after a walk",
        "our daft spaniel collapses onto my feet every night like she's been shot, total drama "
        "queen, and my toes go numb until i move her, then they're fine",
        "the news called it a paralysing snowfall, my toes went numb in the garden and came back "
        "once i was inside",
        "he lost the match and says he can't breathe from embarrassment, his legs are fine",
    ],
)
def test_a_pain_of_a_person_a_nickname_a_dog_and_the_weather_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "its a pain in the chest, like a pressure, and my legs are numb",
        "our old dog knocked me over, now i cant lift my leg and it is numb",
        "our old labrador fell onto my legs and now my face is drooping and my arm is numb",
        "a paralysing pain in my lower back and both legs are numb",
        "i cant breathe from the pain in my chest and my legs are numb",
    ],
)
def test_the_same_words_told_as_a_sign_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "years ago, when the children were little, my wife had a clot in her leg after a long "
        "flight, all treated and fine since. tips for her next flight?",
        "I had a mild stroke before the pandemic and recovered fully. Can I do pilates?",
        "when i was teenager my uncle had his face drooping from bells palsy, then recover. is "
        "this like stroke?",
        "back when we lived in Cardiff he lost bladder control from a disc and had an operation, "
        "fine for years now. which exercises are safe?",
        "yonks ago I had a clot after my op, nothing since, is flying ok?",
    ],
)
def test_a_stage_of_life_gone_by_dates_a_history(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my cousin told me numb legs after a fall can mean a broken spine, what should people "
        "do if that happens?",
        "heard on the radio that a plaster cast can cut off the blood, how would someone tell?",
        "Someone told her that tingling after a knock to the neck is serious. Is that right?",
        "nobody is ill here, just want to learn what the stroke checks are",
        "our nursing module covers compartment syndrome this week, does the guide mention it?",
        "saw a reel titled paralysed by your desk chair, is sitting really that bad?",
        "at first aid class people pretend they cannot breathe, do long classes make feet numb?",
        "she denies any numbness, her speech is clear and her face looks even, she only wanted "
        "her tablets fetched",
        "just looking up the bladder and bowel stuff because my aunt mentioned it, no wetting, "
        "nothing like that",
        "lost again online, my brother says i play like im having a stroke lol, how long can i "
        "game before my legs go numb",
    ],
)
def test_what_was_heard_studied_titled_or_acted_does_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "when the kids were small i had a clot, now my calf is swollen red and hot again and my "
        "foot is numb",
        "before covid he had a stroke and this morning his face is drooping and his leg is numb",
        "my cousin said numb legs after a fall can mean a broken spine, and my dad fell off the "
        "ladder and cant feel his legs",
        "nobody is ill, but my husband cant lift his leg and it is numb",
        "she is not pretending, she cannot breathe and her legs are numb",
        "her face looks even worse now, drooping on the left, and her leg is numb",
        "googling because my legs are numb and i cant pee",
        "the nurse said it could be compartment syndrome, my cast is tight and my toes are numb",
    ],
)
def test_a_sign_told_now_beside_them_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


def test_numbness_affecting_the_ability_to_work_is_a_reason_to_book() -> None:
    text = "the numbness in my feet is now affecting my ability to stand through my shifts"
    assert advised(text) is Level.APPOINTMENT


@pytest.mark.parametrize(
    "text",
    [
        "a couple of winters back she could not pee and her legs were numb, a disc, operated, "
        "all good now",
        "Two Eid ago my uncle had chest pain and numb legs, heart attack, stent. Now he is strong, "
        "any food advice?",
        "my daughter banged her head on the slide when she was six, legs tingly for a day, now "
        "she is twelve and fine. any late effects?",
        "Grandad had a stroke at the age 68, face went down one side, after rehab he is normal, "
        "now he is 75. what should he eat?",
        "After my clot in 2018 (calf swollen and sore) I recovered fully. How do I spot it if it "
        "comes back?",
        "Back in my twenties, my right leg went numb and my words came out wrong for ten "
        "minutes, a TIA. Fine for years. What did it mean?",
        "my mum had a clot on holiday in 1980, red swollen calf and numb foot. never again. am "
        "i at risk?",
    ],
)
def test_seasons_ages_and_brackets_date_a_history(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "our tutor taught us about stroke, face drooping on one side. if that happens to my nan, "
        "do i drive her or call an ambulance?",
        "i lie awake thinking she will have a stroke. how fast do we need to act if it happens?",
        "how worried should i be about my dad having a stroke? nothing is wrong right now",
        "My aunt, who is a nurse, told me that numb legs with breathlessness can mean a clot in "
        "the lungs. Why is that?",
        "my friend say if leg numb and no control of pee it is emergency, true?",
        "watching a medical drama and a guy's leg went rock hard, they said compartment syndrome, "
        "what is that?",
        "my swimming teacher says my crawl is weak on one side, any drills?",
        "so nervous for my wedding speech, i know ill slur every word",
        "the garage says the engine cant breathe because of a blocked filter, is that costly?",
        "our band named a song chest pain, do long gigs make your feet numb?",
        "my singing teacher says i run out of breath on high notes, also my feet tingled from "
        "standing but it went once i sat",
        "the frost has paralysed her garden this year and her legs went to sleep kneeling but "
        "came back in a minute",
        "I study English and my teacher says my speech is not clear in presentations, how do I "
        "fix my pronunciation?",
        "work boots to tight, toes went numb, took them of and walked about, fine in a few mins",
    ],
)
def test_lessons_worries_claims_and_everyday_senses_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "today when i worked in the garden my leg went numb and i cant lift it",
        "im in isolation with covid, during covid my chest got tight today and my legs are numb",
        "my dad had a stroke in 2019, face drooping, slurring, leg numb",
        "her face even droops now and her leg is numb",
        "she typed the words all jumbled in her text and her foot is numb",
        "he uses the word cat for dog since this morning and his leg is numb",
        "they taught us about stroke in first aid, my dad's face is drooping now and his leg is "
        "numb",
        "i keep thinking he will have a stroke, and now his face is drooping and his leg numb",
        "i went swimming and now im weak on one side and my leg is numb",
        "his speech is not clear and his leg is numb, he has an accent but this is new",
    ],
)
def test_the_same_words_with_a_sign_of_now_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


def test_numbness_spreading_slowly_is_no_sudden_weakness() -> None:
    text = (
        "at first only my little toe was numb, in the autumn. now it is all the sole and going "
        "up to the heel. very slowly. no pain."
    )
    assert advised(text) is Level.APPOINTMENT


@pytest.mark.parametrize(
    "text",
    [
        "my brother always says he cant breathe when he sees snakes lol, my toes tingle in tight "
        "trainers but fine after",
        "my nana had clot in leg 3 year before, now she fly to pakistan, what she must do",
        "we were crying laughing, could not breathe, then my feet went numb from sitting on the "
        "floor, fine after",
        "my legs go weak when i see my crush lol, and they tingle after sitting in class but fine",
        "the face id on my phone is not working, also my foot went numb on the sofa, ok now",
        "the kids collapsed the tent on my legs and they went numb, fine after i got out",
        "i help at a stroke club, standing all day makes my feet tingle, fine after sitting",
    ],
)
def test_frights_crushes_phones_and_things_folded_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "i cant breathe when i climb the stairs and my legs are numb",
        "she cant breathe when she sees blood and now her chest is tight and her leg is numb",
        "he collapsed the moment he stood up and his legs are numb",
        "my knees give way when i stand and my legs are numb",
        "my left side is not working and my leg is numb",
        "1 year before she had a stroke, now her face droops again and her leg is numb",
        "we called the dog in and then my husband collapsed and cant feel his legs",
        "we named the puppy max and then my dad collapsed and cant feel his legs",
        "she pretended she was fine and then she collapsed and cant feel her legs",
    ],
)
def test_breath_knees_collapse_and_a_side_told_now_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
