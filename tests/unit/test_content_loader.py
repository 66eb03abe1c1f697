"""The loader accepts the real content and rejects broken copies with a precise message.

Each broken case edits a copy of the real content in `tmp_path` and checks that the message names
the file, the entry and the problem, because that message is all a content editor gets.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.content import DEFAULT_CONTENT_DIR, ContentError, Guide, load_content, normalise, summary


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, target)
    return target


def edit(directory: Path, name: str, change: Callable[[Any], None]) -> None:
    path = directory / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def problems_of(directory: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load_content(directory)
    return str(caught.value)


# --- the real content ----------------------------------------------------------------------------


def test_real_content_loads():
    content = load_content()
    assert content.sections
    assert content.faq


def test_default_directory_does_not_depend_on_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_content() == load_content(DEFAULT_CONTENT_DIR)


def test_a_directory_is_loaded_once_until_one_of_its_files_changes(content_dir: Path) -> None:
    first = load_content(content_dir)
    assert load_content(content_dir) is first, "the same files give the same Content"

    def reword(data: Any) -> None:
        data["faq"][0]["paraphrases"].append("a way of asking added by an editor")

    edit(content_dir, "faq.yaml", reword)
    edited = load_content(content_dir)
    assert edited is not first
    assert "a way of asking added by an editor" in edited.faq[0].paraphrases
    (content_dir / "faq.yaml").unlink()
    assert "faq.yaml" in problems_of(content_dir), "a file gone is noticed, not served from before"


def test_summary_counts_each_kind():
    content = load_content()
    text = summary(content)
    assert f"sections: {len(content.sections)}" in text
    assert f"faq: {len(content.faq)} entries" in text
    assert (
        f"asked by strangers: {sum(a.entry is not None for a in content.asked)} questions" in text
    )
    assert f"{len(content.triage.emergency_signs)} emergency signs" in text
    assert f"{len(content.triage.appointment_criteria)} appointment criteria" in text
    assert f"{len(content.emergency_numbers.countries)} countries" in text
    assert f"{len(content.reminders.movement)} movement prompts" in text
    assert len(text.splitlines()) <= 6


def test_a_faithful_copy_loads(content_dir):
    assert load_content(content_dir) == load_content()


# --- broken content: one precise message per problem ---------------------------------------------


def test_missing_field(content_dir):
    edit(content_dir, "faq.yaml", lambda data: data["faq"][3].pop("section"))
    message = problems_of(content_dir)
    assert "faq.yaml: faq[3] (id 'when-see-doctor'): field 'section': missing (required)" in message


def test_unknown_field(content_dir):
    edit(content_dir, "faq.yaml", lambda data: data["faq"][0].update(sectoin="x"))
    message = problems_of(content_dir)
    assert "faq.yaml: faq[0] (id 'sitting-numb'): field 'sectoin': unknown field" in message


def test_duplicate_id(content_dir):
    edit(content_dir, "faq.yaml", lambda data: data["faq"][1].update(id="sitting-numb"))
    message = problems_of(content_dir)
    assert (
        "faq.yaml: faq[1] (id 'sitting-numb'): field 'id': duplicate id 'sitting-numb' "
        "(also at faq[0])" in message
    )


def test_unknown_section_reference(content_dir):
    edit(content_dir, "faq.yaml", lambda data: data["faq"][3].update(section="causes-x"))
    message = problems_of(content_dir)
    assert (
        "faq.yaml: faq[3] (id 'when-see-doctor'): field 'section': unknown section 'causes-x'"
        in message
    )


def test_unknown_related_reference(content_dir):
    edit(content_dir, "faq.yaml", lambda data: data["faq"][0].update(related=["nope"]))
    assert "field 'related[0]': unknown or self FAQ id 'nope'" in problems_of(content_dir)


def test_unknown_topic_reference(content_dir):
    edit(content_dir, "sections.yaml", lambda data: data["sections"][0].update(topic="nowhere"))
    message = problems_of(content_dir)
    assert "sections.yaml: sections[0] (id 'overview'): field 'topic': unknown topic" in message


@pytest.mark.parametrize("field", ["self_care_entries", "advice_entries", "topic_entries"])
def test_unknown_entry_in_the_stories_lists(content_dir, field):
    edit(content_dir, "stories.yaml", lambda data: data[field].append("surgeryy"))
    message = problems_of(content_dir)
    assert f"field '{field}[" in message
    assert "no FAQ entry or section 'surgeryy'" in message


def test_source_quote_not_in_the_guide(content_dir):
    def change(data: Any) -> None:
        data["emergency_signs"][0]["source"] = "Signs of stroke: sudden hiccups and sneezing"

    edit(content_dir, "triage.yaml", change)
    message = problems_of(content_dir)
    assert (
        "triage.yaml: emergency_signs[0] (id 'stroke'): field 'source': quote not found in the "
        "guide: 'Signs of stroke: sudden hiccups and sneezing'" in message
    )


def test_section_heading_not_in_the_guide(content_dir):
    edit(content_dir, "sections.yaml", lambda data: data["sections"][1].update(guide_heading="X"))
    message = problems_of(content_dir)
    assert (
        "sections[1] (id 'what-is'): field 'guide_heading': not a heading of the guide" in message
    )


def test_faq_question_not_in_the_guide(content_dir):
    edit(content_dir, "faq.yaml", lambda data: data["faq"][0].update(question="Why legs numb?"))
    assert "field 'question': not a question of the guide's FAQ" in problems_of(content_dir)


def test_invalid_yaml(content_dir):
    (content_dir / "faq.yaml").write_text("faq:\n  - id: x\n    answer: [unclosed\n")
    message = problems_of(content_dir)
    assert "faq.yaml: invalid YAML at line" in message


def test_duplicate_yaml_key_is_not_silently_dropped(content_dir):
    path = content_dir / "faq.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - id: surgery\n", "  - id: surgery\n    id: surgery\n"))
    assert "found duplicate key 'id'" in problems_of(content_dir)


def test_missing_file(content_dir):
    (content_dir / "reminders.yaml").unlink()
    assert "reminders.yaml: file not found" in problems_of(content_dir)


def test_missing_guide(content_dir):
    (content_dir / "guide" / "leg-numbness-guide.txt").unlink()
    assert "leg-numbness-guide.txt: file not found" in problems_of(content_dir)


def test_unknown_placeholder(content_dir):
    def change(data: Any) -> None:
        data["outcomes"]["emergency"]["text"] = "Call {phone} or go to the emergency room."

    edit(content_dir, "triage.yaml", change)
    message = problems_of(content_dir)
    assert (
        "triage.yaml: outcomes.emergency: field 'text': unknown placeholder {phone} "
        "(this text may use: {number})" in message
    )
    assert "outcomes.emergency: field 'text': must use the {number} placeholder" in message


def test_placeholder_not_supported_for_an_outcome(content_dir):
    def change(data: Any) -> None:
        data["outcomes"]["self_care"]["placeholders"] = ["number", "name"]

    edit(content_dir, "triage.yaml", change)
    message = problems_of(content_dir)
    assert "outcomes.self_care: field 'placeholders': {name} is not filled in" in message


def test_malformed_placeholder(content_dir):
    def change(data: Any) -> None:
        data["outcomes"]["appointment"]["closing"] = "Call {number or go."

    edit(content_dir, "triage.yaml", change)
    assert "outcomes.appointment: field 'closing':" in problems_of(content_dir)


def test_braces_outside_outcomes(content_dir):
    edit(content_dir, "reminders.yaml", lambda data: data["movement"][0].update(text="Hi {name}"))
    message = problems_of(content_dir)
    assert "movement[0] (id 'stand-and-move'): field 'text': braces are only allowed" in message


def test_html_in_a_text(content_dir):
    edit(content_dir, "sections.yaml", lambda data: data["sections"][0].update(text="<b>Hi</b>"))
    assert "field 'text': looks like HTML markup" in problems_of(content_dir)


def test_dash_lists_are_rejected(content_dir):
    edit(content_dir, "sections.yaml", lambda data: data["sections"][0].update(text="List:\n- a"))
    assert "list items start with '• '" in problems_of(content_dir)


def test_duplicate_priority(content_dir):
    edit(content_dir, "triage.yaml", lambda data: data["emergency_signs"][1].update(priority=1))
    message = problems_of(content_dir)
    assert (
        "emergency_signs[1] (id 'chest-breathing'): field 'priority': duplicate priority" in message
    )


def test_two_entries_for_one_sign_of_the_guide(content_dir):
    def change(data: Any) -> None:
        data["emergency_signs"][6]["source"] = data["emergency_signs"][5]["source"]

    edit(content_dir, "triage.yaml", change)
    message = problems_of(content_dir)
    assert (
        "emergency_signs[6] (id 'compartment-syndrome'): field 'source': duplicate source"
        in message
    )


def test_phrase_shared_by_two_signs(content_dir):
    edit(
        content_dir,
        "triage.yaml",
        lambda data: data["emergency_signs"][1]["phrases"].append("STROKE!"),
    )
    assert "'STROKE!' repeats emergency_signs[0] (id 'stroke')" in problems_of(content_dir)


def test_too_few_paraphrases(content_dir):
    edit(content_dir, "faq.yaml", lambda data: data["faq"][2].update(paraphrases=["a numb leg"]))
    message = problems_of(content_dir)
    assert (
        "faq[2] (id 'always-serious'): field 'paraphrases': List should have at least 8" in message
    )


def test_text_too_long(content_dir):
    edit(content_dir, "sections.yaml", lambda data: data["sections"][0].update(text="a " * 2000))
    assert "sections[0] (id 'overview'): field 'text': String should have at most" in problems_of(
        content_dir
    )


def test_number_must_be_a_string(content_dir):
    edit(
        content_dir,
        "emergency_numbers.yaml",
        lambda data: data["countries"]["US"].update(number=911),
    )
    message = problems_of(content_dir)
    assert (
        "emergency_numbers.yaml: countries['US']: field 'number': "
        "must be a valid string, got int 911" in message
    )


def test_unquoted_norway_is_explained(content_dir):
    path = content_dir / "emergency_numbers.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('  "NO":\n', "  NO:\n"))
    message = problems_of(content_dir)
    assert "countries[False]: country codes must be quoted strings" in message


def test_bad_country_code(content_dir):
    def change(data: Any) -> None:
        data["countries"]["usa"] = data["countries"].pop("US")

    edit(content_dir, "emergency_numbers.yaml", change)
    assert "countries['usa']: key must be an ISO 3166-1 alpha-2 code" in problems_of(content_dir)


def test_all_problems_are_reported_together(content_dir):
    edit(content_dir, "faq.yaml", lambda data: data["faq"][3].update(section="causes-x"))
    edit(content_dir, "reminders.yaml", lambda data: data["movement"][0].update(text="Hi {name}"))
    with pytest.raises(ContentError) as caught:
        load_content(content_dir)
    assert len(caught.value.problems) == 2


# --- guide matching ------------------------------------------------------------------------------


def test_quotes_match_across_typographic_quotes_dashes_and_line_breaks():
    guide = Guide("It\u2019s a \u201cstocking-glove\u201d pattern \u2013 see\nbelow.")
    assert guide.contains('It\'s a "stocking-glove" pattern - see below.')
    assert not guide.contains("It's a stocking pattern")
    assert normalise("a\u00a0 b\n\tc") == "a b c"


# --- lookups -------------------------------------------------------------------------------------


def test_lookups():
    content = load_content()
    assert content.section("causes-temporary").title == "Temporary causes"
    assert content.faq_entry("surgery").section == "treatment-overview"
    assert content.topic("causes").title == "Causes"
    assert [s.id for s in content.sections_in("diagnosis")] == [
        "diagnosis-initial",
        "diagnosis-lab",
        "diagnosis-specialized",
    ]
    assert {e.id for e in content.faq_for_section("treatment-overview")} == {
        "medications",
        "physical-therapy",
        "surgery",
    }
    with pytest.raises(KeyError):
        content.section("nope")
    with pytest.raises(KeyError):
        content.faq_entry("nope")


def test_emergency_signs_are_sorted_by_priority():
    content = load_content()
    priorities = [sign.priority for sign in content.emergency_signs]
    assert priorities == sorted(priorities)


@pytest.mark.parametrize(
    ("code", "expected"), [("gb", "GB"), (" de ", "DE"), ("UK", "GB"), ("EL", "GR")]
)
def test_emergency_number_lookup_normalises_codes(code, expected):
    assert load_content().emergency_number(code).code == expected


@pytest.mark.parametrize("code", [None, "", "ZZ", "xx"])
def test_emergency_number_falls_back_to_the_unknown_wording(code):
    number = load_content().emergency_number(code)
    assert not number.is_known
    assert number.call_text == "your local emergency number (112, 911 or 999)"


def test_uncertain_numbers_also_point_to_the_local_number():
    content = load_content()
    assert content.emergency_number("NG").call_text == "112 (or your local emergency number)"
    assert content.emergency_number("DE").call_text == "112"
