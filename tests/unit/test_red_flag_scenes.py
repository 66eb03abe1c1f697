"""Scenes whose words the red-flag screen could take for a sign (a flight that lands, a crash
that did not happen, a calf that is only numb, a chest that is furniture), and signs told in
words the lexicon did not hold (a cast too tight, a tackle). Each case is written for this test
(none is copied from an evaluation set); every harmless scene has its guard among the real
events: the same words, told as happening, still escalate. The model is the real one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.content import load_content
from bot.triage import Screen, tools_for
from bot.triage.sign_settings import ASKED_WITHOUT_MARK, SIGN_SETTINGS
from bot.triage.words import normalise

SCREEN = tools_for(load_content()).screen
DATA = Path(__file__).resolve().parents[1] / "data"

HARMLESS = [
    # A flight that lands is no fall.
    "the plane landed and my feet were pins and needles from the seat, fine after a short walk",
    "when we touched down in Lisbon my calves were tingly, it wore off at the taxi rank",
    # A crash that did not happen.
    "we nearly had a crash on the ring road, nobody was hurt, my legs are fine",
    "it was almost an accident at the junction but we're all ok, no numbness or anything",
    # Someone taken to the doctor against their will: no foot dragging.
    "how long do I leave my dad's numb foot before I drag him to the doctor?",
    # Little room to move is no leg that will not.
    "stuck in a window seat and couldn't move much, my feet tingled, fine once I got off",
    # Numbness spreading up the leg over weeks, asked about: the guide's reason to book.
    "the numb in my leg get worse each week, now it go up past my knee, must I see doctor?",
    # Asked without a question mark, and nothing a leg does or fails to do told.
    "self care for numb legs",
    "any home remedies for my numb toes",
    "my cholesterol is high and my feet go numb a lot, starting to wonder if they're linked",
    # A cast off and done with.
    "my cast came off in March and my calf still feels a bit numb, is that normal?",
    # A request to be told, and what would indicate a condition, ask.
    "could you tell me which problems with numb feet would indicate a heart attack?",
    # A chest that is furniture, breath lost to joy.
    "we carried a pine chest up to the loft, it's so heavy, anyway my feet tingle after",
    "breathless with excitement, we got the keys to our first flat today!",
    # A hard name is no speech trouble; a report of someone's words is no stroke.
    "my aunt has an autoimmune disease I can't even pronounce the name of and her feet tingle "
    "now, can that affect the nerves?",
    "My aunt has had some autoimmune illness for ages, I can barely pronounce it. Her feet "
    "tingle now. Can those illnesses attack nerves?",
    "I've lived with a rare condition for years, can hardly pronounce its name. Now my toes "
    "have started to tingle. Do conditions like that ever affect the nerves?",
    "my neighbour says his legs ache and go numb on the walk to the bus and ease when he rests, "
    "what could cause that?",
    # Body weight to lose, nerves drawn into an illness: no leg that cannot hold one up.
    "I'm a bit overweight and my feet keep going numb, would losing weight help?",
    "I'm overweight and my legs keep going numb. Would losing weight actually help me?",
    "apparently nerves can get dragged into lupus, what should I keep an eye on so my feet "
    "stay ok?",
    # A condition that comes up in a search, or that someone says can start with numbness.
    "I keep seeing stroke come up when I google numb legs, what has it got to do with it?",
    "my cousin told me a blood clot can start with a numb foot, is that true?",
    # A real word means itself, even one of the screen's own: a truck is no "struck".
    "when I park at the truck stop the feeling comes back in my thigh",
    "I stretch by the truck and the feeling comes back, is that normal for drivers?",
    # What every search result says is a claim in general, not a sign told.
    "all the search results say tingly feet is diabetes or a stroke, should I believe them?",
    "every result I get says a stroke, my leg is numb, should I panic?",
]

REAL = [
    "I landed on my back when I came off the horse and my legs are tingling",
    "fell off the wall and landed awkwardly on my neck, hands and feet numb",
    "we crashed on the bypass an hour ago, my neck hurts and my legs tingle",
    "since the long flight my right calf is swollen, warm and sore and my foot is numb",
    "no pain but her calf is red, hot and puffy since the op and her toes are numb",
    "dad is dragging his left leg since lunch and it's numb",
    "my foot won't go up when I try to lift it, is that the numbness?",
    "tips please, mum's foot won't lift since this morning and it's numb",
    "can you tell me what to do, my dad's face is drooping and his leg is numb",
    "my chest feels heavy and my leg is numb",
    "my dad can't pronounce his words properly since lunch and his leg is numb, is it a stroke?",
    "my leg gave way twice today and I can't put any weight on it, it's numb, what do I do?",
    "he's dragging his right leg since this morning and it's numb, should we wait?",
    "she told me her face went droopy an hour ago and now her leg is numb, is that a stroke?",
    "I googled it because mum's face drooped suddenly and her leg went numb, what now?",
    "breathless after one flight of stairs today and my leg is numb",
    "I was struck by a truck an hour ago, my back hurts and my legs are numb",
    "every site I read says a stroke, and my dad's speech is slurred since lunch",
    "my mums face is dropping on one side and her leg is numb",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_scenes_are_no_alarm(text: str) -> None:
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


@pytest.mark.parametrize("text", REAL)
def test_the_same_words_in_a_real_event_escalate(text: str) -> None:
    assert SCREEN.screen(text).screen is Screen.EMERGENCY


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # A limb pressed inside what holds it, in everyday words.
        (
            "her arm is fine but her leg's in plaster since Monday and the pain under the plaster "
            "is getting worse and worse, toes tingling",
            "compartment-syndrome",
        ),
        ("the splint on his shin feels way too tight now and his foot has gone numb", None),
        ("severe pain under her cast that nothing helps, and her toes are numb", None),
        # A tackle is a blow.
        ("got a hard tackle into my back at football just now and my legs are tingling", None),
        (
            "took a tackle to the neck at training a bit ago, legs all pins and needles since, "
            "otherwise fine",
            "head-spinal-injury",
        ),
    ],
)
def test_a_pressed_limb_or_a_tackle_is_told_as_the_sign(text: str, sign: str | None) -> None:
    """The lexicon reads these itself: the model alone likened some of them, not all."""
    detection = SCREEN.screen(text)
    assert detection.screen is Screen.EMERGENCY
    assert not detection.by_model
    if sign is not None:
        assert sign in detection.signs


def test_a_cast_asked_about_as_too_tight_gets_its_question_at_least() -> None:
    detection = SCREEN.screen("cast too tight? my toes are numb and it hurts more and more")
    assert detection.screen is not Screen.NONE
    assert "compartment-syndrome" in (*detection.signs, *detection.suspected)


def test_a_calf_only_numb_over_weeks_asks_and_does_not_alarm_on_a_clot() -> None:
    """The model likens "the side of my right calf is numb" to a swollen, throbbing calf; the
    guide's clot is swelling, pain, warmth or redness. A message that tells none of them, or
    denies them, can only ask the clot's question, never alarm on the model alone."""
    text = (
        "Just my left calf, on the outer side, has a numb patch. It crept in over a month. The "
        "right leg is fine. No pain, no weakness."
    )
    assert SCREEN.screen(text).screen is not Screen.EMERGENCY


def test_every_clot_story_of_the_symptom_sets_holds_the_clots_setting() -> None:
    """The model alone may alarm on a clot only where the message tells its setting (swelling,
    pain, warmth, redness, or what brings a clot on); every clot emergency of the project's
    symptom sets does, so none of them can lose its alarm to the setting."""
    setting = re.compile(SIGN_SETTINGS["blood-clot"])
    stories = [
        json.loads(line)
        for path in sorted(DATA.glob("symptoms_*.jsonl")) + sorted(DATA.glob("triage_*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    clots = [s["text"] for s in stories if s.get("sign") in {"dvt", "blood-clot"}]
    assert len(clots) >= 100
    assert [text for text in clots if not setting.search(normalise(text))] == []


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("i have diabetes, does that have anything to do with my numb feet", True),
        ("starting to wonder if my weight and my numb legs are linked", True),
        ("home remedies for numb toes", True),
        ("self help numb legs", True),
        ("my leg is numb and my foot drags", False),
        ("she fell and hit her head, now her legs tingle", False),
    ],
)
def test_a_question_is_known_without_its_mark(text: str, asks: bool) -> None:
    """Where a message asks, the model alone may alarm on weakness only if it tells something a
    leg does or fails to do (QUESTION_SETTINGS); these ask with no question mark."""
    assert bool(re.search(ASKED_WITHOUT_MARK, normalise(text))) is asks
