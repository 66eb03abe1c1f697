"""The kinds of text content fields hold, each bounded so it fits a Telegram message or button.

YAML and people editing it are forgiving; these are not: an id is a slug, a line has no line
break, a quote is long enough to pin down one passage of the guide (bot.content.models).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SINGLE_LINE_PATTERN = r"^[^\n]*$"

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=48)]
"""An id: lowercase words joined by hyphens, short enough for callback data."""

Title = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=60, pattern=SINGLE_LINE_PATTERN
    ),
]
"""A heading or label: fits a button or a bold first line."""

Line = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=200, pattern=SINGLE_LINE_PATTERN
    ),
]
"""One line of prose: a question, a reason, a short instruction."""

Phrase = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=3, max_length=120, pattern=SINGLE_LINE_PATTERN
    ),
]
"""How a person might type something; used for retrieval and red-flag detection."""

Asking = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=3, max_length=300, pattern=SINGLE_LINE_PATTERN
    ),
]
"""One way of asking a guide entry, as long as people write one: a few sentences of their own
story before the question are what retrieval has to see past."""

Term = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=60, pattern=SINGLE_LINE_PATTERN
    ),
]
"""A word or short phrase as people type it (may be short: "gp", "ms")."""

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=320)]
"""A reminder or a self-care item: a few sentences at most."""

Answer = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1500)]
"""An FAQ answer or an outcome text."""

LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=3000)]
"""A section's text: one screen, well under Telegram's 4096-character limit with its title."""

Quote = Annotated[str, StringConstraints(strip_whitespace=True, min_length=20, max_length=600)]
"""A verbatim quote from the guide; long enough to pin down one passage."""

Digits = Annotated[str, StringConstraints(pattern=r"^[0-9]{2,6}$")]
"""A phone number to dial, as written: "000" and "112" must keep their leading digits."""

Placeholder = Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]
"""The name inside `{...}` in an outcome text, e.g. `number`."""
