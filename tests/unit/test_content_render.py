"""Every piece of content renders to a Telegram HTML message that Telegram accepts.

Two independent checks run on every rendered message: the emulator's port of Telegram's own HTML
parser (`tgemu.formatting.parse_html`), and a strict `html.parser` check written here (only
Telegram's tags, balanced, no bare `<`, `>` or `&`), so a change in either cannot hide a broken
message. Lengths are counted in UTF-16 code units on the HTML itself, which is stricter than
Telegram's limit on the text left after parsing.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest

from bot.content import Content, EmergencyNumber, Section, load_content
from bot.ui.content_render import (
    render_appointment,
    render_emergency,
    render_faq_answer,
    render_foot_inspection,
    render_section,
    render_self_care,
    render_topic,
)
from tgemu.formatting import parse_html

TELEGRAM_LIMIT = 4096
TELEGRAM_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a"}
    | {"code", "pre", "blockquote", "tg-emoji"}
)


class BrokenMarkupError(ValueError):
    pass


class _StrictTelegramHtml(HTMLParser):
    """Accepts only what Telegram's HTML mode accepts, and collects the resulting plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.open_tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in TELEGRAM_TAGS:
            raise BrokenMarkupError(f"tag <{tag}> is not allowed")
        self.open_tags.append(tag)

    def handle_startendtag(self, tag, attrs):
        raise BrokenMarkupError(f"self-closing <{tag}/>")

    def handle_endtag(self, tag):
        if not self.open_tags or self.open_tags.pop() != tag:
            raise BrokenMarkupError(f"unbalanced </{tag}>")

    def handle_data(self, data):
        if any(char in data for char in "<>&"):
            raise BrokenMarkupError(f"bare markup character in {data!r}")
        self.text.append(data)

    def handle_entityref(self, name):
        if name not in {"lt", "gt", "amp", "quot"}:
            raise BrokenMarkupError(f"entity &{name}; is not one Telegram knows")
        self.text.append(html.unescape(f"&{name};"))

    def handle_charref(self, name):
        self.text.append(html.unescape(f"&#{name};"))

    def handle_comment(self, data):
        raise BrokenMarkupError("comment")

    def handle_decl(self, decl):
        raise BrokenMarkupError("declaration")

    def handle_pi(self, data):
        raise BrokenMarkupError("processing instruction")

    def unknown_decl(self, data):
        raise BrokenMarkupError("declaration")


def strict_plain_text(markup: str) -> str:
    """The text Telegram would show, or BrokenMarkupError for markup it would refuse."""
    parser = _StrictTelegramHtml()
    parser.feed(markup)
    parser.close()
    if parser.open_tags:
        raise BrokenMarkupError(f"unclosed <{parser.open_tags[-1]}>")
    if parser.rawdata:
        raise BrokenMarkupError(f"unparsed tail {parser.rawdata!r}")
    return "".join(parser.text)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def rendered_messages(content: Content) -> list[tuple[str, str]]:
    """Every message the content can produce, at its longest (all signs, all criteria...)."""
    outcomes = content.triage.outcomes
    numbers = [content.emergency_number(None), *content.emergency_numbers.countries.values()]
    messages = [(f"topic-{t.id}", render_topic(t)) for t in content.topics]
    messages += [(f"section-{s.id}", render_section(s)) for s in content.sections]
    for entry in content.faq:
        section = content.section(entry.section)
        messages.append((f"faq-{entry.id}", render_faq_answer(entry, section)))
        with_question = render_faq_answer(entry, section, show_question=True)
        messages.append((f"faq-{entry.id}-with-question", with_question))
    for number in numbers:
        signs = content.emergency_signs
        messages.append(
            (f"emergency-{number.code}", render_emergency(outcomes.emergency, number, signs))
        )
        messages.append(
            (f"emergency-{number.code}-no-sign", render_emergency(outcomes.emergency, number))
        )
        criteria = content.triage.appointment_criteria
        messages.append(
            (
                f"appointment-{number.code}",
                render_appointment(outcomes.appointment, number, criteria),
            )
        )
        items = content.triage.self_care
        messages.append(
            (f"self-care-{number.code}", render_self_care(outcomes.self_care, number, items))
        )
    messages.append(("foot-inspection", render_foot_inspection(content.reminders.foot_inspection)))
    messages += [
        (f"movement-{p.id}", html.escape(p.text, quote=False)) for p in content.reminders.movement
    ]
    return messages


CONTENT = load_content()
MESSAGES = rendered_messages(CONTENT)


@pytest.mark.parametrize("text", [text for _, text in MESSAGES], ids=[name for name, _ in MESSAGES])
def test_message_fits_telegram_and_is_valid_html(text):
    assert utf16_len(text) < TELEGRAM_LIMIT
    plain = strict_plain_text(text)
    assert plain.strip()
    telegram_plain, _entities = parse_html(text)
    assert telegram_plain == plain
    assert utf16_len(telegram_plain) < TELEGRAM_LIMIT


@pytest.mark.parametrize(
    "broken",
    ["<b>open", "close</b>", "<x>tag</x>", "a < b", "a > b", "a & b", "&nbsp;", "<b><i>x</b></i>"],
)
def test_the_strict_checker_refuses_broken_markup(broken):
    with pytest.raises(BrokenMarkupError):
        strict_plain_text(broken)


def test_the_strict_checker_accepts_escaped_text():
    assert strict_plain_text("<b>a &amp; b &lt; c</b>") == "a & b < c"


# --- what the messages say ----------------------------------------------------------------------


def test_emergency_names_the_number_the_sign_and_the_guides_words():
    outcome = CONTENT.triage.outcomes.emergency
    stroke = CONTENT.emergency_signs[0]
    text = render_emergency(outcome, CONTENT.emergency_number("GB"), [stroke])
    assert text.startswith(f"<b>{outcome.title}</b>")
    assert "Call <b>999</b> or go to the emergency room immediately." in text
    assert "permanent disability or life-threatening complications" in text
    assert f"What triggered this:\n• <b>{stroke.label}</b>: {stroke.reason}" in text
    assert "• <b>112</b>: all emergencies" in text


def test_emergency_without_a_known_country_uses_the_generic_wording():
    text = render_emergency(CONTENT.triage.outcomes.emergency, CONTENT.emergency_number(None))
    assert "Call <b>your local emergency number (112, 911 or 999)</b> or go" in text
    assert "What triggered this" not in text
    assert "Other numbers" not in text


def test_emergency_escapes_the_number_text():
    number = CONTENT.emergency_number("US").model_copy(update={"text": "911 <now> & fast"})
    text = render_emergency(CONTENT.triage.outcomes.emergency, number)
    assert "<b>911 &lt;now&gt; &amp; fast</b>" in text
    strict_plain_text(text)


def test_appointment_lists_the_criteria_met_and_keeps_the_emergency_fallback():
    criteria = CONTENT.triage.appointment_criteria[:2]
    number = CONTENT.emergency_number("FR")
    text = render_appointment(CONTENT.triage.outcomes.appointment, number, criteria)
    for criterion in criteria:
        assert f"<b>{criterion.label}</b>" in text
    assert "call <b>112</b> or go to the emergency room immediately" in text


def test_self_care_lists_each_item():
    items = CONTENT.triage.self_care
    text = render_self_care(
        CONTENT.triage.outcomes.self_care, CONTENT.emergency_number("IE"), items
    )
    for item in items:
        assert f"• <b>{html.escape(item.title, quote=False)}</b>: " in text


def test_faq_answer_comes_first_then_its_section():
    entry = CONTENT.faq_entry("sitting-numb")
    section = CONTENT.section(entry.section)
    text = render_faq_answer(entry, section)
    first_line = entry.answer.splitlines()[0]
    assert text.startswith(first_line)
    assert text.endswith(f"<i>From the guide: {section.title}</i>")
    asked = render_faq_answer(entry, section, show_question=True)
    assert asked.startswith(f"<b>{entry.question}</b>\n\n{first_line}")


def test_section_and_foot_inspection_layout():
    section = CONTENT.section("causes-temporary")
    text = render_section(section)
    assert text.startswith(f"<b>{section.title}</b>\n\n")
    assert text.endswith(f"<i>From the guide: {section.guide_heading}</i>")
    checklist = CONTENT.reminders.foot_inspection
    foot = render_foot_inspection(checklist)
    assert foot.startswith(f"<b>{checklist.intro}</b>")
    assert foot.count("\n• ") == len(checklist.items)


def test_plain_text_is_escaped_not_interpreted():
    section = Section(
        id="x",
        topic="t",
        title="Tom & Jerry",
        guide_heading="Heading",
        text="a < b & c > d",
        questions=["one?", "two?", "three?"],
        sources=["a quote long enough to count"],
    )
    text = render_section(section)
    assert "<b>Tom &amp; Jerry</b>" in text
    assert "a &lt; b &amp; c &gt; d" in text
    assert strict_plain_text(text).startswith("Tom & Jerry")


def test_every_country_renders_its_own_number():
    outcome = CONTENT.triage.outcomes.emergency
    for code, number in CONTENT.emergency_numbers.countries.items():
        assert isinstance(number, EmergencyNumber)
        text = render_emergency(outcome, number)
        assert f"Call <b>{html.escape(number.call_text, quote=False)}</b>" in text, code
