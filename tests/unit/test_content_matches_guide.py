"""The real content covers the guide completely and says nothing the guide does not.

Every list, heading and FAQ question of the guide is an entry exactly once, and every text shown
carries a source quote from the guide and no number, drug or condition the guide does not name.
The guide is parsed by tests/unit/guide_text.py on its own terms.
"""

from __future__ import annotations

import re

import pytest

from bot.content import Content, load_content
from bot.content.checks import phrasing_key
from bot.content.inventory import iter_sources, iter_texts
from tests.unit.guide_text import (
    GUIDE_FLAT,
    GUIDE_TEXT,
    bullets_under,
    guide_faq_questions,
    guide_headings,
    norm,
)


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


def sources_of(entry: object) -> list[str]:
    primary = getattr(entry, "source", None)
    quotes = [primary] if primary else []
    quotes += list(getattr(entry, "also_sources", []))
    return [norm(quote) for quote in quotes]


# --- the guide's lists, each entry exactly once ------------------------------------------------


def test_the_guide_parses_into_the_expected_lists():
    assert len(bullets_under("Seek Emergency Medical Attention")) == 5
    assert len(bullets_under("Serious Medical Conditions")) == 4
    assert len(bullets_under("Schedule Medical Appointment")) == 4
    assert len(guide_faq_questions()) == 8


def test_every_faq_question_of_the_guide_is_an_entry_exactly_once(content):
    questions = [norm(entry.question) for entry in content.faq]
    assert questions == guide_faq_questions()


def test_every_emergency_sign_of_the_guide_is_exactly_one_entry(content):
    guide_signs = bullets_under("Seek Emergency Medical Attention") + bullets_under(
        "Serious Medical Conditions"
    )
    signs = content.triage.emergency_signs
    for bullet in guide_signs:
        owners = [sign.id for sign in signs if bullet in sources_of(sign)]
        assert len(owners) == 1, f"{bullet!r} is covered by {owners}"
    for sign in signs:
        assert norm(sign.source) in guide_signs, f"{sign.id} is not one of the guide's signs"
    assert len({norm(sign.source) for sign in signs}) == len(signs)


def test_stroke_is_one_entry_and_chest_pain_is_counted_once(content):
    by_id = {sign.id: sign for sign in content.triage.emergency_signs}
    stroke, chest = by_id["stroke"], by_id["chest-breathing"]
    assert "chest" not in stroke.question.lower()
    assert not [phrase for phrase in stroke.phrases if "chest" in phrase.lower()]
    assert "chest pain" in chest.question.lower()
    chest_signs = [s.id for s in content.triage.emergency_signs if "chest" in s.question.lower()]
    assert chest_signs == ["chest-breathing"]


def test_compartment_syndrome_claims_nothing_the_guide_does_not(content):
    sign = next(s for s in content.triage.emergency_signs if s.id == "compartment-syndrome")
    shown = f"{sign.question} {sign.reason} {' '.join(sign.phrases)}".lower()
    for unsupported in ("tight", "injur", "swell", "swollen", "hard", "pain", "cast", "crush"):
        assert unsupported not in shown
    assert "increased pressure within muscle compartments" in shown


def test_emergency_signs_are_asked_most_time_critical_first(content):
    assert [sign.id for sign in content.emergency_signs] == [
        "stroke",
        "chest-breathing",
        "head-spinal-injury",
        "bladder-bowel",
        "severe-weakness",
        "blood-clot",
        "compartment-syndrome",
    ]


def test_emergency_signs_are_answerable_and_richly_phrased(content):
    for sign in content.triage.emergency_signs:
        assert sign.question.endswith("?")
        assert "\n" not in sign.question
        assert len(sign.phrases) >= 15


@pytest.mark.parametrize(
    ("sign_id", "typed"),
    [
        ("stroke", "face looks droopy"),
        ("stroke", "slurred speech"),
        ("stroke", "cant talk properly"),
        ("chest-breathing", "cant breath"),
        ("chest-breathing", "short of breath"),
        ("head-spinal-injury", "fell and hit my back"),
        ("head-spinal-injury", "car accident"),
        ("bladder-bowel", "wet myself"),
        ("bladder-bowel", "pooed myself"),
        ("severe-weakness", "can't lift my leg"),
        ("blood-clot", "leg swollen and really painful"),
    ],
)
def test_everyday_phrasings_belong_to_their_sign(content, sign_id, typed):
    sign = next(s for s in content.triage.emergency_signs if s.id == sign_id)
    assert phrasing_key(typed) in {phrasing_key(phrase) for phrase in sign.phrases}


def test_every_appointment_criterion_of_the_guide_is_exactly_one_entry(content):
    criteria = content.triage.appointment_criteria
    bullets = bullets_under("Schedule Medical Appointment")
    assert sorted(norm(criterion.source) for criterion in criteria) == sorted(bullets)
    for criterion in criteria:
        assert criterion.question.endswith("?")


def test_self_care_covers_the_guides_self_care_advice(content):
    item_sources = [norm(item.source) for item in content.triage.self_care]
    for bullet in bullets_under("Self-Care and Home Management"):
        assert item_sources.count(bullet) == 1, bullet
    temporary = "These temporary causes typically resolve within minutes of changing position"
    assert any(source.startswith(temporary) for source in item_sources)


def test_outcomes_carry_the_guides_emergency_instruction(content):
    emergency = content.triage.outcomes.emergency
    assert "Call {number} or go to the emergency room immediately." in emergency.text
    assert (
        "These symptoms require immediate medical attention to prevent permanent disability "
        "or life-threatening complications." in emergency.text
    )
    assert emergency.placeholders == ["number"]


# --- sections and topics -----------------------------------------------------------------------


def test_every_heading_of_the_guide_is_a_section_or_a_topic(content):
    covered = {norm(section.guide_heading) for section in content.sections}
    covered |= {norm(topic.guide_heading) for topic in content.topics if topic.guide_heading}
    missing = [heading for heading in guide_headings() if heading not in covered]
    assert missing == []


def test_every_section_and_topic_traces_to_a_heading_line_of_the_guide(content):
    headings = set(guide_headings())
    for section in content.sections:
        assert norm(section.guide_heading) in headings, section.id
    for topic in content.topics:
        assert topic.guide_heading is None or norm(topic.guide_heading) in headings, topic.id


def test_leaf_sections_appear_once(content):
    headings = [norm(section.guide_heading) for section in content.sections]
    assert len(headings) == len(set(headings))


def test_topics_make_a_small_browsable_menu(content):
    assert 6 <= len(content.topics) <= 9
    for topic in content.topics:
        assert content.sections_in(topic.id), topic.id


def test_sections_answer_several_questions_and_use_chat_lists(content):
    for section in content.sections:
        assert len(section.questions) >= 3, section.id
        for line in section.text.splitlines():
            assert not line.startswith(("- ", "* ")), section.id


# --- FAQ -----------------------------------------------------------------------------------------


def test_faq_entries_have_enough_real_world_paraphrases(content):
    for entry in content.faq:
        assert len(entry.paraphrases) >= 8, entry.id
        keys = {phrasing_key(p) for p in entry.paraphrases}
        assert len(keys) == len(entry.paraphrases), entry.id
        assert phrasing_key(entry.question) not in keys


def test_faq_sections_exist(content):
    for entry in content.faq:
        assert content.section(entry.section).id == entry.section


# --- faithfulness to the guide -------------------------------------------------------------------


def test_every_source_quote_is_in_the_guide(content):
    for ref in iter_sources(content):
        assert norm(ref.text) in GUIDE_FLAT, f"{ref.file} {ref.entry} {ref.field}"


def test_every_entry_has_a_source(content):
    entries_with_sources = {(ref.file, ref.entry) for ref in iter_sources(content)}
    entries_with_texts = {(ref.file, ref.entry) for ref in iter_texts(content) if ref.shown}
    assert entries_with_texts <= entries_with_sources


def test_no_number_in_a_text_that_is_not_in_the_guide(content):
    guide_numbers = set(re.findall(r"\d+", GUIDE_TEXT))
    for ref in iter_texts(content):
        if not ref.shown:
            continue
        numbers = set(re.findall(r"\d+", ref.text))
        assert numbers <= guide_numbers, f"{ref.entry} {ref.field}: {numbers - guide_numbers}"


DRUG_AND_CONDITION_WORDS = [
    "acetaminophen",
    "alcoholism",
    "amitriptyline",
    "antidepressant",
    "anxiety",
    "arthritis",
    "aspirin",
    "cancer",
    "cannabis",
    "capsaicin",
    "cbd",
    "chemotherapy",
    "codeine",
    "compression stockings",
    "cortisone",
    "covid",
    "depression",
    "duloxetine",
    "dvt",
    "epsom",
    "fibromyalgia",
    "gabapentin",
    "gout",
    "guillain",
    "hernia",
    "hiv",
    "ibuprofen",
    "insulin",
    "kidney disease",
    "lidocaine",
    "lyme",
    "magnesium",
    "metformin",
    "morphine",
    "naproxen",
    "obesity",
    "opioid",
    "paracetamol",
    "potassium",
    "pregabalin",
    "pregnan",
    "raynaud",
    "restless leg",
    "sciatica",
    "shingles",
    "sleep apnea",
    "steroid",
    "thiamine",
    "tramadol",
    "turmeric",
    "varicose",
    "vitamin d",
]


def test_no_drug_or_condition_that_the_guide_does_not_name(content):
    guide = GUIDE_TEXT.lower()
    foreign = [word for word in DRUG_AND_CONDITION_WORDS if word not in guide]
    assert "ibuprofen" in foreign
    assert "gabapentin" not in foreign
    for ref in iter_texts(content):
        if not ref.shown:
            continue
        text = ref.text.lower()
        found = [word for word in foreign if re.search(rf"\b{re.escape(word)}", text)]
        assert found == [], f"{ref.file} {ref.entry} {ref.field}"


def test_questions_and_sign_names_speak_plainly_before_any_medical_term(content):
    """A frightened lay person reads the question and the sign's name: plain words come first,
    a medical term at most in brackets after them."""
    terms = ("compartment", "thrombosis", "embolism", "neuropathy", "syndrome")
    for sign in content.triage.emergency_signs:
        assert not any(term in sign.question.lower() for term in terms), sign.question
        plain = sign.label.split("(")[0].lower()
        assert not any(term in plain for term in terms), sign.label
