"""A stroke or a clot named with every sign of it looked for and told as absent is asked about,
not escalated; the name alone, or a sign told beside it, still escalates
(bot/triage/named_checked.py). Everyday senses and histories found beside them stay folded."""

from __future__ import annotations

import pytest

from bot.content.loader import load_content
from bot.triage import tools_for
from bot.triage.findings import Screen

SCREEN = tools_for(load_content()).screen


@pytest.mark.parametrize(
    "text",
    [
        "scared stiff it's a stroke but my face isn't drooping and my speech is fine",
        "worried about a stroke so I checked my dad: smile even, both arms up, talking normally",
        "I'm afraid I'm having a stroke, I can raise both arms and my words are clear",
        "no slurring, no droopy face, I just get anxious since my uncle had a stroke",
        "my calf isn't red or hot or swollen and it doesn't hurt, my cousin had a DVT so I worry",
        "mum had a blood clot after a cruise so I worry. My legs look the same, no swelling, no "
        "pain, no redness.",
    ],
)
def test_a_condition_named_with_its_signs_checked_asks(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.AMBIGUOUS


@pytest.mark.parametrize(
    "text",
    [
        "I think I'm having a stroke",
        "I think I'm having a stroke, my face is fine but my arm feels weak",
        "is it a stroke? his speech is fine but his smile is crooked",
        "I think she's having a stroke, she isn't slurring but she can't get both arms up",
        "I think I'm having a stroke, my face is fine but I suddenly can't feel my leg",
        "I think I have a DVT, my calf isn't red but it's swollen and sore",
        "pretty sure it's a blood clot, no swelling, but I can't breathe properly",
    ],
)
def test_the_name_alone_or_with_a_sign_told_still_escalates(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I volunteer on the stroke unit at the hospital, long days on my feet, what shoes help?",
        "we carried the big pine chest up to the loft, my legs are fine, just tired",
        "the sales figures nearly gave me a hart atack, anyway how do I stop my feet tingling?",
        "I was breathless with excitment at the concert, legs fell asleep in the seat after",
        "the word stroke also means petting a dog, funny. why do my toes tingle in the cold?",
        "had a stroke 2016, all better now",
        "when I was 19 I hurt my back skiing, legs numb for a day. fully healed, no problems since",
        "years back I had a bad fall, hurt my neck, legs went numb for a while, all fine now",
        "how would I even tell if numb toes were a stroke rather than my shoes?",
        "sat on a camping stool by the lake for hours, legs went numb, a short walk sorted it",
        "got new walking boots for my birthday, how do I break them in so my toes don't go numb?",
        "my heart is bursting with pride, my son passed his driving test",
        "the presser foot on my old sewing machine won't lift, any tips?",
        "tore a ligament playing netball ages ago and had compartment syndrome, fine for years",
        "roller skates too tight, feet went numb, loosened them and skated it off",
        "toes went numb in my dancing shoes, came back once I kicked them off",
        "had a bit of a clot scare two summers ago, turned out to be a pulled muscle",
        "our canteen does a heart attack breakfast, is fried food bad for nerves?",
        "mum says she'll have a heart attack if I dye my hair again",
        "I'm weak on my right side at badminton, any footwork drills?",
        "my neighbour reckons that if you can't feel your feet you've got diabetes, true?",
    ],
)
def test_everyday_senses_and_histories_raise_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "since his stroke this morning he can't talk properly",
        "my chest is heavy and I can't breathe",
        "there's blood in my stool and I can't control my bowels, my legs are numb",
        "she had a stroke in 2019. Since an hour ago her face is drooping again",
        "I can't catch my breath and my calf is swollen since the flight",
        "he kicked the door and hurt his back, his legs are numb now",
        "my dad says he can't control his bladder and his legs are numb",
        "I think he'll have a stroke, his face is drooping",
    ],
)
def test_the_same_words_in_a_live_event_still_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


def test_a_sign_denied_beside_a_named_condition_with_no_worry_still_escalates() -> None:
    assert SCREEN.screen("no droopy face but I'm having a stroke").screen is Screen.EMERGENCY
