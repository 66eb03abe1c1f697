"""The guide as the text every piece of content is checked against.

The guide is the bot's only source of health content, so the loader has to answer two questions of
it: "is this quote really in the guide?" and "is this line one of the guide's headings (or FAQ
questions)?". Both comparisons run on normalised text, because people editing YAML type straight
quotes and hyphens where the guide has curly quotes and dashes, and wrap lines differently; those
differences must not hide a real quote, and nothing else may be forgiven.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

GUIDE_RELATIVE_PATH = Path("guide") / "leg-numbness-guide.txt"
"""Where the guide lives inside a content directory."""

FAQ_HEADING = "FAQ"

_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark, also the typographic apostrophe
        "\u201c": '"',  # left double quotation mark
        "\u201d": '"',  # right double quotation mark
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus sign
        "\u00a0": " ",  # no-break space
    }
)

_BULLET = "- "
_MAX_HEADING_LENGTH = 80


def normalise(text: str) -> str:
    """Fold typographic quotes and dashes to ASCII and collapse every run of whitespace."""
    return " ".join(text.translate(_TYPOGRAPHY).split())


@dataclass(frozen=True)
class Guide:
    """The guide's text with the lookups content validation needs."""

    text: str

    @cached_property
    def lines(self) -> tuple[str, ...]:
        """Non-empty lines, normalised."""
        return tuple(line for line in (normalise(raw) for raw in self.text.splitlines()) if line)

    @cached_property
    def _flat(self) -> str:
        return normalise(self.text)

    @cached_property
    def _faq_start(self) -> int:
        try:
            return self.lines.index(FAQ_HEADING)
        except ValueError:
            return len(self.lines)

    @cached_property
    def headings(self) -> frozenset[str]:
        """Heading lines before the FAQ: short lines that are neither bullets nor sentences.

        The guide marks headings only by layout, so a heading is a line that is not a bullet and
        does not end like a sentence or a list lead-in ("." or ":").
        """
        return frozenset(
            line
            for line in self.lines[: self._faq_start + 1]
            if not line.startswith(_BULLET)
            and not line.endswith((".", ":"))
            and len(line) <= _MAX_HEADING_LENGTH
        )

    @cached_property
    def faq_questions(self) -> tuple[str, ...]:
        """The question lines of the guide's FAQ, in order."""
        return tuple(line for line in self.lines[self._faq_start + 1 :] if line.endswith("?"))

    def contains(self, quote: str) -> bool:
        """Whether `quote` occurs in the guide, ignoring whitespace and typographic differences."""
        wanted = normalise(quote)
        return bool(wanted) and wanted in self._flat

    def is_heading(self, line: str) -> bool:
        """Whether `line` is exactly one of the guide's heading lines."""
        return normalise(line) in self.headings

    def is_faq_question(self, line: str) -> bool:
        """Whether `line` is exactly one of the questions of the guide's FAQ."""
        return normalise(line) in self.faq_questions


def load_guide(content_directory: Path) -> Guide:
    """Read the guide that belongs to a content directory."""
    return Guide((content_directory / GUIDE_RELATIVE_PATH).read_text(encoding="utf-8"))
