"""synonyms.yaml is validated like the rest of content/, and every FAQ screen fits Telegram."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.content import DEFAULT_CONTENT_DIR, Content, ContentError, load_content
from bot.ui import faq_render as ui
from bot.ui.callbacks import decode

MAX_MESSAGE = 4096


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, target)
    return target


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


def edit_synonyms(directory: Path, change) -> None:  # type: ignore[no-untyped-def]
    path = directory / "synonyms.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def problems_of(directory: Path) -> str:
    with pytest.raises(ContentError) as caught:
        load_content(directory)
    return str(caught.value)


def test_synonyms_and_subject_words_load(content: Content) -> None:
    assert any(group.term == "physical therapy" for group in content.synonyms)
    assert "numb" in content.subject_words


def test_a_variant_with_two_meanings_is_refused(content_dir: Path) -> None:
    edit_synonyms(content_dir, lambda data: data["synonyms"][1]["variants"].append("asleep"))
    message = problems_of(content_dir)
    assert "synonyms.yaml: synonyms[1]" in message
    assert "'asleep' already means 'numb'" in message


def test_a_variant_equal_to_its_term_is_refused(content_dir: Path) -> None:
    edit_synonyms(content_dir, lambda data: data["synonyms"][0]["variants"].append("Numb!"))
    assert "synonyms[0] (term 'numb'): field 'variants[" in problems_of(content_dir)


def test_a_subject_name_the_guide_never_writes_is_refused(content_dir: Path) -> None:
    edit_synonyms(content_dir, lambda data: data["subject_names"].append("ibuprofen"))
    assert "subject_names[3]: not a word of the guide: 'ibuprofen'" in problems_of(content_dir)


def test_missing_synonyms_file_and_unknown_field(content_dir: Path) -> None:
    edit_synonyms(content_dir, lambda data: data["synonyms"][0].update(colour="blue"))
    assert "synonyms[0]: field 'colour': unknown field" in problems_of(content_dir)
    (content_dir / "synonyms.yaml").unlink()
    assert "synonyms.yaml: file not found" in problems_of(content_dir)


def _payloads(screen: ui.Screen) -> list[str]:
    assert screen.keyboard is not None
    return [str(button.callback_data) for row in screen.keyboard.inline_keyboard for button in row]


def test_every_answer_screen_fits_and_its_buttons_decode(content: Content) -> None:
    screens = [ui.entry_screen(content, "faq", entry.id) for entry in content.faq]
    screens += [ui.entry_screen(content, "section", section.id) for section in content.sections]
    screens += [ui.more_screen(content, entry) for entry in content.faq]
    screens += [ui.topics_screen(content)]
    screens += [ui.topic_screen(content, topic.id) for topic in content.topics]
    screens += [ui.topic_section_screen(content, section.id) for section in content.sections]
    for screen in screens:
        assert len(screen.text) <= MAX_MESSAGE
        for data in _payloads(screen):
            assert decode(data) is not None, data


def test_an_answer_has_read_more_related_and_feedback(content: Content) -> None:
    entry = content.faq_entry("sitting-numb")
    screen = ui.faq_screen(content, entry)
    assert screen.text.startswith(f"<b>{entry.question}</b>")
    labels = [b.text for row in screen.keyboard.inline_keyboard for b in row]  # type: ignore[union-attr]
    assert labels[0] == "📖 Read more: Temporary causes"
    assert [content.faq_entry(r).question for r in entry.related] == labels[1:-2]
    assert labels[-2:] == ["👍 Helpful", "👎 Not helpful"]
    without = ui.faq_screen(content, entry, feedback=False)
    assert "👍 Helpful" not in [b.text for row in without.keyboard.inline_keyboard for b in row]  # type: ignore[union-attr]


def test_unknown_entries_raise_key_error(content: Content) -> None:
    for kind, entry_id in (("faq", "nope"), ("section", "nope"), ("other", "overview")):
        with pytest.raises(KeyError):
            ui.entry_screen(content, kind, entry_id)
    with pytest.raises(KeyError):
        ui.topic_screen(content, "nope")


def test_not_covered_points_to_topics_check_and_a_provider() -> None:
    text = ui.not_covered("112")
    for pointer in ("/topics", "/check", "healthcare provider", "/help", "112"):
        assert pointer in text
