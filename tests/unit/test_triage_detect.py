"""The free-text red-flag screen: signs, everyday words, typos, negation and its scope, hedges."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content import load_content
from bot.triage.detect import Detector, Screen

CONTENT = load_content()
DETECTOR = Detector(CONTENT.triage.emergency_signs)
PHRASES = [(sign.id, phrase) for sign in CONTENT.emergency_signs for phrase in sign.phrases]
BENIGN = [
    "I sit at a desk all day.",
    "My toes tingle in the morning, it has been like that for a while, honestly.",
    "I was reading your tips about breaks.",
    "Thanks for the reminders yesterday!",
    "I wear comfortable shoes now.",
    "Sorry for the long message.",
]


def screen(text: str) -> tuple[Screen, tuple[str, ...]]:
    detection = DETECTOR.screen(text)
    return detection.screen, detection.signs


@pytest.mark.parametrize(("sign_id", "phrase"), PHRASES)
def test_every_content_phrase_escalates_to_its_own_sign(sign_id: str, phrase: str):
    for text in (phrase, phrase.upper(), f"Help, {phrase}!!", f"hi, i think {phrase} since today"):
        result, signs = screen(text)
        assert result is Screen.EMERGENCY, text
        assert sign_id in signs, text


@pytest.mark.parametrize(
    ("text", "sign_id"),
    [
        ("peeing myself", "bladder-bowel"),
        ("face looks droopy", "stroke"),
        ("can't breathe", "chest-breathing"),
        ("fell and hit my back", "head-spinal-injury"),
        ("no chest pain but I can't breathe", "chest-breathing"),
        ("I cant breath properly and my leg is numb", "chest-breathing"),
        ("my chesst hurts sooo much", "chest-breathing"),
        ("I have a hart attak", "chest-breathing"),
        ("my leg is paralized", "severe-weakness"),
        ("the left side of my face has dropped", "stroke"),
        ("I'm having trouble getting words out", "stroke"),
        ("i feel like i cant get enough air", "chest-breathing"),
        ("I slipped and landed on my back, now my legs are numb", "head-spinal-injury"),
        ("I peed my pants without noticing", "bladder-bowel"),
        ("calf is swollen, red and really hurts", "blood-clot"),
        ("my legs are not working", "severe-weakness"),
        ("I've never had chest pain like this before", "chest-breathing"),
        ("oh no my face is drooping", "stroke"),
        ("I can't stop peeing myself", "bladder-bowel"),
        ("Is it normal that I can't breathe?", "chest-breathing"),
        ("I can't breathe if I lie down", "chest-breathing"),
        ("the nurse said it could be compartment syndrome", "compartment-syndrome"),
        ("my wife can't breathe", "chest-breathing"),
        ("no chest pain and trouble breathing", "chest-breathing"),  # "and" ends the denial
        ("No chest pain, no fever. My face is drooping though.", "stroke"),
    ],
)
def test_emergencies_in_everyday_words(text: str, sign_id: str):
    result, signs = screen(text)
    assert result is Screen.EMERGENCY
    assert sign_id in signs


@pytest.mark.parametrize(
    "text",
    [
        "no chest pain",
        "I don't have chest pain",
        "not peeing myself",
        "I'm not peeing myself",
        "my face is not drooping",
        "I don't have chest pain, dizziness, or trouble breathing",
        "there is no chest pain or any difficulty breathing",
        "I didn't hit my head and I haven't fallen",
        "no face drooping, no trouble speaking, just a numb foot",
        "my bladder and bowels are normal",
        "never had a stroke or heart attack",
        "chest pain: none",
        "my leg falls asleep when I sit cross-legged",
        "I had a stroke of luck today",
        "I sleep on my side and my arm goes numb",
        "the numbness came back after lunch",
        "how often should I take a break from sitting?",
        "",
        "   ",
        "?!",
    ],
)
def test_absent_or_negated_signs_are_let_through(text: str):
    assert screen(text)[0] is Screen.NONE


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure if my face is drooping",
        "maybe my face is drooping a bit?",
        "I don't think I have chest pain",
        "I'm not having a stroke, am I?",
        "what are the signs of a stroke?",
        "can sitting for hours cause a blood clot?",
        "my dad had a stroke 3 years ago",
        "what should I do if my face droops?",
        "my leg feels weak after sitting all day",
        "I fell yesterday and my leg is numb today",
        "sudden tingling in my leg",
        "I can't feel my toes",
    ],
)
def test_hedged_or_hinted_signs_get_the_questions(text: str):
    assert screen(text)[0] is Screen.AMBIGUOUS


def test_several_signs_are_named_most_time_critical_first():
    result, signs = screen("I can't lift my leg, my chest hurts and my face is drooping")
    assert result is Screen.EMERGENCY
    assert signs == ("stroke", "chest-breathing", "severe-weakness")


def test_a_denied_sign_does_not_hide_a_present_one():
    result, signs = screen("I don't have chest pain but I peed myself and can't lift my leg")
    assert result is Screen.EMERGENCY
    assert signs == ("bladder-bowel", "severe-weakness")


def _with_a_slip(phrase: str) -> str | None:
    """The phrase with two letters swapped in its longest content word (6+ letters; shorter
    words are matched exactly, as too many real words are one typo apart)."""
    words = phrase.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]) * (words[i] != "cannot"))
    word = words[longest]
    if len(word) < 6:
        return None
    middle = len(word) // 2
    words[longest] = word[:middle] + word[middle + 1] + word[middle] + word[middle + 2 :]
    return " ".join(words)


SLIPS = [(sign_id, slip) for sign_id, p in PHRASES if (slip := _with_a_slip(p)) is not None]


@pytest.mark.parametrize(("sign_id", "text"), SLIPS)
def test_one_slip_of_the_finger_in_a_phrase_still_escalates(sign_id: str, text: str):
    result, signs = screen(text)
    assert result is Screen.EMERGENCY
    assert sign_id in signs


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(PHRASES),
    st.lists(st.sampled_from(BENIGN), max_size=6),
    st.lists(st.sampled_from(BENIGN), max_size=6),
)
def test_a_sign_buried_in_a_long_message_still_escalates(
    entry: tuple[str, str], before: list[str], after: list[str]
):
    sign_id, phrase = entry
    text = " ".join([*before, f"Also {phrase}.", *after])
    result, signs = screen(text)
    assert result is Screen.EMERGENCY
    assert sign_id in signs


# Every pair, not a sample: a fold for another sense that reaches past "but" ("gave way but
# speech is garbled" read as a speech given) was found only once in many sampled runs.
@pytest.mark.parametrize("denied", PHRASES, ids=lambda pair: pair[1])
def test_a_denial_never_reaches_past_but(denied: tuple[str, str]):
    missed = []
    for sign_id, phrase in PHRASES:
        result, signs = screen(f"no {denied[1]} but {phrase}")
        if result is not Screen.EMERGENCY or sign_id not in signs:
            missed.append(phrase)
    assert not missed, f"no {denied[1]} but ...: {missed}"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_an_answer(text: str):
    detection = DETECTOR.screen(text)
    assert detection.screen in Screen
    assert (detection.screen is Screen.EMERGENCY) == bool(detection.signs)


def test_a_4000_character_message_is_screened_quickly():
    text = ("My leg tingles when I sit for a long time at work, " * 80)[:4000]
    started = time.perf_counter()
    assert screen(text + " and now I can't breathe")[0] is Screen.EMERGENCY
    assert time.perf_counter() - started < 1.0  # generous: a slow CI machine, not a benchmark


@pytest.mark.parametrize(
    "text",
    [
        "how is leg numbness treated?",
        "which drugs are best for treating numb legs",
        "my dad keeps skipping his pills, does that matter for his nerves?",
        "does skipping my meds raise the risk of nerve problems?",
        "my legs tingled a bit after the long drive",
        "she worried about it and then it passed",
    ],
)
def test_a_real_word_in_an_inflected_form_is_never_typo_matched_into_a_sign(text: str):
    assert screen(text)[0] is Screen.NONE


INFLECTED = [
    "treated",
    "treating",
    "treats",
    "skipped",
    "skipping",
    "skips",
    "worried",
    "worries",
    "worrying",
    "walked",
    "walks",
    "flopped",
    "flopping",
    "limped",
    "limping",
    "stopped",
    "stopping",
    "hurts",
    "tries",
    "tried",
    "wanted",
    "wanting",
    "needed",
]


@given(st.sampled_from(INFLECTED))
def test_inflections_of_real_words_resolve_to_their_own_stem_only(form: str):
    """A real word is read as itself: typo tolerance is only for words no dictionary knows."""
    from bot.triage.words import stem

    if form not in DETECTOR._raw_stems:  # a vocabulary word itself keeps its own matching
        assert DETECTOR._resolve(form) == frozenset({stem(form)}), form


def test_fumbling_for_words_is_still_read_as_trouble_speaking():
    assert screen("I keep fumbling my words today and my foot is numb")[0] is Screen.EMERGENCY
