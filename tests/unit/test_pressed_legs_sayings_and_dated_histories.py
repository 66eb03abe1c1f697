"""A leg that went to sleep under someone and came back once they moved, told with a frightening
word; a heart in the mouth; lips a chilli numbed; a history dated by a holiday or "the year
before"; signs written into a novel or a scene; "now my leg's back to normal" told first.

"Sat through the film and my leg felt paralysed, totally dead, but it came back once I walked to
the car" is the guide's temporary numbness told the way it felt: it gets the red-flag questions
(one tap from the emergency instructions), not the alarm. "My heart was coming in mouth before
the exam" is fright, and a mouth a chilli burned is the pepper's; "my dad's heart attack last
Christmas" and a stroke "the year before" are histories, asked about like "last spring" always
was. A grandmother whose leg "goes numb" in one scene of a novel is made up: her signs are asked
about, never alarmed at. "Just now my leg's back to normal after I walked around", told before
the sitting that caused it, is numbness that passed, not numbness that spread ("now my whole
foot is numb" still is). Each escalated, asked or read as spreading before, and does not now.
Guards: the same words with a sign told now, with anything beyond the leg, with the leg still
or again weak, with half a mouth, or with a writer's own sign or a real scene, still escalate.
Every case is written for this test (none is copied from an evaluation set); the
model is the real one.
"""

from __future__ import annotations

import pytest

from bot.stories import Level
from bot.triage import Screen
from tests.unit.story_advice import SCREEN, advised


@pytest.mark.parametrize(
    "text",
    [
        "sat through the whole film and my leg felt paralysed, totally dead, but it came back "
        "once i walked to the car",
        "knelt at the altar for an hour, my right leg was dead and i thought it was paralysis, "
        "after walking a few minutes it became normal",
        "slept on top of my leg and could not stand on it for a few seconds, shook it and walked "
        "a bit and it came back",
        "fell asleep on the couch with my leg under me, woke up and couldnt stand on it for a "
        "moment, shook it out, a minute later normal",
        "sitting cross legged at the wedding i couldnt move my foot, walked around and it was "
        "fine after a minute",
    ],
)
def test_a_pressed_leg_back_once_moved_only_asks(text: str) -> None:
    detection = SCREEN.screen(text)
    assert detection.screen is Screen.AMBIGUOUS, detection


@pytest.mark.parametrize(
    "text",
    [
        # Beyond the leg: an arm, the face, speech, the head.
        "my dad sat down and suddenly his leg was paralysed, he walked a bit and it came back "
        "but his arm is weak",
        "after the drive my leg was paralysed, i walked around and it came back, is this a "
        "stroke? his face looks odd",
        "i was lying on the sofa and suddenly couldnt move my leg, after a few minutes it came "
        "back, also my words came out wrong",
        "my husband was sitting and his leg gave way and he fell, he walked after and it came "
        "back but he hit his head",
        # Still weak, or weak again; never back.
        "sat through the film and my leg felt paralysed, walked to the car, still cant move it "
        "properly",
        "I slept on my leg, could not stand on it, walked and it came back, now it is paralysed "
        "again",
        "my leg was paralysed after the film and it didn't come back after i walked",
        # Another sign told beside it.
        "sitting at my desk my leg went paralysed and my chest is crushing, walked around and "
        "the leg came back",
        # Fine once, weak now.
        "did squats at the gym this morning and felt fine after, now my left leg is numb and i "
        "cannot lift the foot, it slaps the floor when i walk",
    ],
)
def test_a_pressed_leg_told_with_more_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my heart is coming in mouth before my board exams, body is fine, which way should i "
        "sit for long study so my legs dont go numb",
        "had my heart in my mouth the whole penalty shootout and my legs went numb from sitting",
        "the chilli was so hot my lips and tongue went totally dead lol cant feel my face",
        "those hot wings had my lips numb for an hour haha, anyway my foot goes numb when i sit "
        "on it",
        "tbh still shaken by my dads heart attack last xmas, his leg went numb and he couldnt "
        "breathe, he's fully recovered now and running again",
        "The year before, I had a small stroke that left my leg numb and my speech slurred for "
        "a week. I am fully recovered now. Must I tell the insurer?",
    ],
)
def test_fright_a_chilli_and_dated_histories_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "ate a curry and now half my mouth is numb and my words are slurred",
        "after the chilli my lips went numb and he is slurring his words",
        "the chilli made my lips numb but now i cant feel my face and my arm is weak",
        "chilli for lunch, now my lips are numb and my face is drooping",
        "my heart is racing and my mouth is numb and my leg is numb since lunch",
        "my dad had a heart attack last xmas and now his chest is crushing again and his leg is "
        "numb",
        "the year before he had a stroke, this morning his face is drooping and his leg is numb",
    ],
)
def test_the_same_words_with_a_sign_now_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I'm writing a novel and in one scene the old man's leg goes numb and his words come out "
        "jumbled. Would his wife ring for an ambulance?",
        "in my short story the main character's face droops and his leg goes numb, what would "
        "really happen next?",
        "Last night I wrote a scene where the aunt's leg goes numb and she slurs. Is that how it "
        "looks?",
    ],
)
def test_signs_written_into_fiction_only_ask(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I was writing my novel when suddenly my face drooped and my leg went numb",
        "the police arrived at the scene where my dad collapsed, he cant move his legs",
        "I arrived at the scene when my husband fell, his face is drooping and his leg numb",
        "I went to the chemist for my script and my leg went numb and my face is drooping",
    ],
)
def test_a_writer_or_a_scene_with_a_sign_now_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


def test_back_to_normal_told_first_is_numbness_that_passed() -> None:
    text = (
        "Just now my foot's back to normal after I paced the corridor for a few minutes. Before "
        "that it was totally numb. I had been sitting cross legged through a long meeting."
    )
    assert advised(text) is Level.SELF_CARE


def test_numbness_that_moved_on_is_still_spreading() -> None:
    assert advised("it started in my toes and now my whole foot is numb") is Level.APPOINTMENT


@pytest.mark.parametrize(
    "text",
    [
        "Today is day five of both my feet feeling numb. It started last week, slowly, nothing "
        "I can think of caused it. What should I do?",
        "As of today I would say my right foot is less sensitive than the left. It came on "
        "gradually over the last few weeks.",
    ],
)
def test_today_as_a_count_of_days_or_the_time_of_writing_is_no_onset(text: str) -> None:
    assert advised(text) is Level.APPOINTMENT


@pytest.mark.parametrize(
    "text",
    [
        "as of this morning my face is drooping and my arm is weak",
        "today is day two since his fall and this morning his legs went numb and he cant lift "
        "his foot",
    ],
)
def test_a_sign_told_beside_a_count_of_days_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


def test_a_passing_denied_calms_nothing() -> None:
    """ "It never goes away" was read as numbness that passed, and the model's sign only asked."""
    text = "my calf is tight and numb since the fall and it never goes away"
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my feet have been numb for weeks and i just want it to go away",
        "for two months my toes have tingled every day, i thought it would have gone away by "
        "now but it is still there",
    ],
)
def test_a_passing_hoped_for_is_numbness_that_stays(text: str) -> None:
    assert advised(text) is Level.APPOINTMENT


@pytest.mark.parametrize(
    "text",
    [
        "my nephew's school play is tonight, break a leg to him! can kids sit cross legged for "
        "an hour without harm?",
        "my wife has a bladder of steel on long drives, what stretches help our legs in the car?",
        "dad lost at cards and his face dropped a mile haha, he wants comfy shoes for long walks",
        "we lost 4-0 and i am paralysed with embarrassment lol, anyway what causes numb toes?",
        "I have read online that losing control of the bladder alongside leg numbness can mean "
        "a spinal problem. What other signs should people know?",
        "sat with my legs crossed through the whole film and when I stood my foot flopped and I "
        "nearly fell, but it was back to normal after I walked a bit",
    ],
)
def test_sayings_and_what_was_read_do_not_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "did he break a leg? he fell off the ladder and cant move his leg",
        "his face dropped on one side and his leg is numb",
        "I read that it can be a stroke and now his face droops and his leg is numb",
        "I read that my leg numbness can be serious, and I have lost control of my bladder since "
        "this morning",
        "I'm paralysed with fear, my leg won't move and my face is drooping",
        "crossed my legs in a meeting and when I stood my foot flopped, it is still floppy now",
    ],
)
def test_sayings_beside_a_sign_now_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "My mother last year have a heart attack, chest pain and sweating and arms numb, now she "
        "is ok after the operation. Can she swim?",
        "About six years ago my wife suddenly couldn't lift her left foot and it slapped the "
        "floor when she walked. It was a disc, she had surgery and has been fine since.",
    ],
)
def test_a_dated_history_listed_on_or_cut_at_suddenly_is_asked_about(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "years ago my dad suddenly collapsed and now he cant move his legs",
        "two years ago my husband suddenly couldnt lift his foot and this morning he cant lift "
        "it again",
        "a year ago my husband suddenly cant lift his foot",
        "last year my dad had a heart attack, now chest pain and sweating and his legs are numb",
    ],
)
def test_a_dated_history_with_a_sign_now_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my granny once had a night where her words came out wrong and her left arm and leg "
        "wouldn't do what she wanted. that was in 2009, she recovered and lived years more. is "
        "it hereditary?",
        "My uncle's face drooped and his speech went slurry. That was years ago, he is fine now. "
        "Does it run in families?",
    ],
)
def test_a_sentence_dated_by_the_next_is_a_history(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "My dad's face is drooping and he can't speak. That was in 2019 too, he had a stroke then.",
        "his face drooped and he could not talk. that was in 2019, and now his face droops again "
        "and his leg is numb",
        "my husband's leg gave way and he fell. that was ten minutes ago and he still cant stand",
        "her speech went slurred and her arm went weak. this was an hour ago",
    ],
)
def test_a_sign_told_now_or_dated_today_is_no_history(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "My cousin tell me when foot is numb and you cannot hold the pee, it is very serious. "
        "True?",
        "my aunt says if you get chest pain with tingly legs you should ring an ambulance, is "
        "she right?",
    ],
)
def test_what_someone_says_happens_to_anyone_only_asks(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my friend told me when i fell i hit my head and now my legs are numb",
        "my dad says when he stands his leg gives way and he cant control his bladder",
        "my wife told me that when you touch my leg i cant feel it and my face droops",
    ],
)
def test_what_someone_says_of_a_sign_of_ours_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "our bus sat paralysed in traffic for hours and the whole coach couldnt breathe from the "
        "heat, im fine now. any leg exercises for long trips?",
        "the frost left the tulips paralysed and the ivy nearly choked the shed. any tips for "
        "kneeling while gardening?",
        "the pundit called our keeper a heart attack waiting to happen lol. is sitting through "
        "a long match bad for your legs?",
    ],
)
def test_things_stuck_or_overgrown_and_a_risk_named_are_no_signs(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "on the train my husband suddenly went paralysed on his left side and cant speak",
        "the whole carriage was hot and i couldnt breathe, my chest is tight and my legs are numb",
        "he is a heart attack waiting to happen, and now his chest is crushing and his leg is numb",
        "the ivy choked the fence and then my husband choked on a sweet and cant breathe",
    ],
)
def test_a_person_stuck_or_choking_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY
