"""The red-flag screen on numbness told as slow, and on signs that are supposed, not present.

Each case is a class of wording written for this test (none is copied from an evaluation set),
and each class that softens a reading has a guard beside it: the same words in a real event
still escalate. The model is the real one.
"""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.triage import Screen, tools_for
from bot.triage.findings import Detection
from bot.triage.sign_settings import DENIAL_UNSETS, QUESTION_SETTINGS, SIGN_SETTINGS

CONTENT = load_content()
SCREEN = tools_for(CONTENT).screen


def screened(text: str) -> Detection:
    return SCREEN.screen(text)


@pytest.mark.parametrize(
    "text",
    [
        "Over the last couple of months the outer side of my right foot has slowly gone numb. "
        "The left foot feels completely normal. I can still jog with no trouble, no pain, no "
        "swelling. It just stays numb on that side.",
        "Across several months the numbness on the outer side of my right shin has crept up bit "
        "by bit, nothing on the left, no pain, I'm still running",
    ],
)
def test_numbness_told_over_months_with_nothing_more_only_asks_about_a_stroke(text: str) -> None:
    """The model likens "the outer side of my right foot, the left is normal" to a face pulled to
    one side; the guide's stroke is sudden, and one-sided numbness over weeks is its reason to
    book. The stroke question comes first, at once, where the alarm was."""
    detection = screened(text)
    assert detection.screen is not Screen.EMERGENCY
    assert detection.suspected[:1] in ((), ("stroke",))


@pytest.mark.parametrize(
    "text",
    [
        # Something new since the slow start.
        "dad has had numb feet for months from his diabetes, and now he sounds drunk",
        "dad has had numb feet for months from his diabetes, he sounds drunk",
        "my left foot has been numb for weeks, my husband says my voice sounds strange",
        # Face or speech beside the slow numbness.
        "my feet have been numb for years, and now my smile has gone lopsided",
        "mum's feet have been tingly for weeks and now she is muddled and her mouth droops",
        "over the past few weeks my left leg has gone numb and now my speech is slurred",
        "for months my toes have tingled, today my right arm and leg went weak",
    ],
)
def test_a_stroke_sign_beside_slow_numbness_still_escalates(text: str) -> None:
    detection = screened(text)
    assert detection.screen is Screen.EMERGENCY
    assert "stroke" in detection.signs


def test_real_words_are_not_read_as_typos_of_sign_words() -> None:
    """ "months" is no typo of "mouth", "tight" none of "right", "leaking" none of "speak":
    "for two months ... my left leg only" was read as a face numb on one side."""
    text = (
        "For two months now I've had numbness in my left leg only, the right one is perfectly "
        "fine. It doesn't hurt and it didn't start suddenly. Should I get this looked at?"
    )
    assert screened(text).screen is not Screen.EMERGENCY
    for word, other in (("months", "mouth"), ("tight", "right"), ("leaking", "speak")):
        assert other not in SCREEN.detector._resolve(word)


@pytest.mark.parametrize(
    "text",
    [
        # What one keeps reading or has heard, about numbness or a condition in general.
        "I keep reading that a clot can make your leg numb, how would I know?",
        "I've heard that numbness can be the first sign of MS, is that true?",
        # Advice for a day that has not come, in someone else's words.
        "my GP said that if I ever get a droopy face or slurred words with the numbness I must "
        "ring an ambulance, what else should I watch for?",
        "the surgeon said should you ever get numb toes and awful pain under the cast, come "
        "straight back. what does that pain feel like?",
        # Numbness to prevent, on a night out of the ordinary.
        "we have a long coach trip tonight, how do I keep my legs from going numb?",
        # The animals' calves, on the farm or at the vet's.
        "a few of the calves in the herd have swollen hot legs, the vet is coming. my feet go "
        "numb in wellies, any tips?",
        # A nerve story the model likens to a pressed muscle, with no pressure, injury or pain.
        "I have had numbness down the outside of my leg for six months because of my back. They "
        "suggest PT but it's nerves not muscles. Does it work?",
        "my shin splints came back after I started football again, any exercises?",
        # A pressed limb's setting denied: no injury, no pain.
        "since tuesday a patch on the side of my thigh feels numb, like feeling it through a "
        "thick sock. no injury, no pain, walking fine. when should i see someone?",
        # Nerve damage to keep away, a disc's numbness asked about: a question that tells
        # nothing a leg does or fails to do, where the model alone reads severe weakness.
        "diabetic since 2010, how do i protect my legs from nerve damage",
        "my husband has a slipped disc and now his leg is numb down to the foot, is that from "
        "the disc?",
        # Furniture, not a chest, and nobody hurt.
        "the chest of drawers tipped over this afternoon, no one hurt. how long should I sit "
        "before a break?",
    ],
)
def test_supposed_signs_are_no_emergency(text: str) -> None:
    assert screened(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # Heard brings news of someone: only a claim in general is softened.
        ("I heard that a car hit my brother and he can't feel his legs", "head-spinal-injury"),
        ("a van knocked over my son on his bike, now his legs are tingling", "head-spinal-injury"),
        # Advice for the future, and then the day came.
        (
            "the nurse told me if I ever lose control of my bladder to call 999, and now I've wet "
            "myself without feeling it and my legs are numb",
            "bladder-bowel",
        ),
        (
            "my leg is numb and my face is drooping, the doctor said if I ever got this I should "
            "call 999",
            "stroke",
        ),
        # One's own calf on the farm.
        ("on the farm my calf is swollen, red and hot and my foot is numb", "blood-clot"),
        (
            "working in the barn today and my calf is swollen and hot and my foot is tingling",
            "blood-clot",
        ),
        # A limb pressed from inside, told in any of its settings.
        (
            "my leg is in plaster and the pain is unbearable and my toes are numb",
            "compartment-syndrome",
        ),
        (
            "they bandaged my ankle tightly this morning and now my foot is numb and throbbing",
            "compartment-syndrome",
        ),
        ("my shin is rock hard after the match and my foot is numb", "compartment-syndrome"),
        # One setting word denied, another told.
        ("my leg doesn't hurt but it's rock hard under the cast and my toes are numb", None),
        (
            "no injury that I know of but my calf is swollen tight and agony under the bandage "
            "and my foot is numb",
            None,
        ),
        # A leg that does not work, in words the lexicon's phrases do not hold: the model alone.
        ("my foot is numb and slapping on the floor as I walk, started at lunch", None),
        ("numb leg, it gave out on the stairs and won't take my weight now", None),
        ("my leg is numb and it's not listening to me anymore, started an hour ago", None),
        ("my foot is numb and just won't cooperate, it started this morning", None),
        (
            "my toes are numb and they keep catching on the carpet, I can't bring the front of "
            "my foot up",
            None,
        ),
        # Trying to prevent numbness is no denial of a clot.
        (
            "I tried to keep my legs from going numb but now one leg is swollen, red and hot "
            "after the flight",
            "blood-clot",
        ),
    ],
)
def test_the_same_words_in_a_real_event_still_escalate(text: str, sign: str | None) -> None:
    detection = screened(text)
    assert detection.screen is Screen.EMERGENCY
    assert sign is None or sign in detection.signs


def test_every_sign_setting_belongs_to_a_sign_of_the_guide() -> None:
    signs = {sign.id for sign in CONTENT.emergency_signs}
    assert set(SIGN_SETTINGS) | set(QUESTION_SETTINGS) | DENIAL_UNSETS <= signs


@pytest.mark.parametrize(
    "text",
    [
        # What someone said of numbness in general, or of a condition that can cause it.
        "my neighbour says numbness in one leg can mean a stroke, is that right?",
        "a colleague insisted that tingling feet may be the first sign of MS",
        "my aunt told me a clot can give you a numb foot out of nowhere",
        "heard a slipped disc can make your legs tingle, how does that happen?",
        "the pharmacist mentioned that leg numbness is sometimes a warning of a stroke",
        # A topic not understood, no speech understood badly.
        "what links his back problem to his numb foot? he doesn't understand it either",
        "my husband still doesn't understand the diagnosis he got for his numb toes",
        # A complaint about a doctor is no speech sign.
        "my doctor doesn't understand me, my feet have been numb for months, what else can I do?",
    ],
)
def test_a_claim_in_general_or_a_topic_not_understood_is_no_alarm(text: str) -> None:
    assert screened(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # Said of this person, it is what is happening.
        ("the paramedic on the phone said his numb leg could be a stroke", "stroke"),
        ("my wife says a clot, her calf is hot, swollen and red and her foot is numb", None),
        ("my son says his chest is tight and his legs are numb", None),
        ("the nurse told me it may be a stroke, her leg went numb an hour ago", "stroke"),
        # Speech not understood is the sign.
        ("dad doesn't understand what we say to him and his leg went numb", "stroke"),
        ("she can't understand me at all and her foot is numb", "stroke"),
        ("we can't understand a word she says and her foot went numb", "stroke"),
        ("grandad is not able to follow simple questions since lunch, his leg is numb", "stroke"),
    ],
)
def test_the_same_words_said_of_this_person_still_escalate(text: str, sign: str | None) -> None:
    detection = screened(text)
    assert detection.screen is Screen.EMERGENCY
    if sign is not None:
        assert sign in detection.signs
