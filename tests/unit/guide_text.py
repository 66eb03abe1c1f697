"""The guide read on its own terms, shared by the content tests that compare content with it.

Headings, bullets under a heading and FAQ questions are parsed here, apart from the loader's own
guide helpers, so a removed, duplicated or invented entry fails even if those helpers were wrong.
"""

from __future__ import annotations

from pathlib import Path

GUIDE_PATH = Path(__file__).resolve().parents[2] / "content" / "guide" / "leg-numbness-guide.txt"

_TYPOGRAPHY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def norm(text: str) -> str:
    return " ".join(text.translate(_TYPOGRAPHY).replace("\u2013", "-").split())


GUIDE_TEXT = GUIDE_PATH.read_text(encoding="utf-8")
GUIDE_LINES = [norm(line) for line in GUIDE_TEXT.splitlines() if line.strip()]
GUIDE_FLAT = norm(GUIDE_TEXT)


def is_heading(line: str) -> bool:
    return not line.startswith("- ") and not line.endswith((".", ":")) and len(line) <= 80


def bullets_under(heading: str) -> list[str]:
    """The first run of "- " bullets after a heading, without the dash."""
    start = GUIDE_LINES.index(heading) + 1
    while not GUIDE_LINES[start].startswith("- "):
        start += 1
    bullets = []
    for line in GUIDE_LINES[start:]:
        if not line.startswith("- "):
            break
        bullets.append(line[2:])
    return bullets


def guide_headings() -> list[str]:
    faq = GUIDE_LINES.index("FAQ")
    return [line for line in GUIDE_LINES[:faq] if is_heading(line)]


def guide_faq_questions() -> list[str]:
    faq = GUIDE_LINES.index("FAQ")
    return [line for line in GUIDE_LINES[faq + 1 :] if line.endswith("?")]
