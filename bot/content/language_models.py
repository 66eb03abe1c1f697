"""content/languages.yaml: what the bot says to a message in another language, and the reviewed
words that name the guide's emergency signs in some of them."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from bot.content.fields import ShortText

Word = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]


class ForeignLanguage(BaseModel):
    """One language the bot can recognise and answer in one line."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    name: ShortText
    english_only: ShortText  # with {number}
    markers: list[Word] = Field(min_length=5)
    signs: dict[str, list[Word]] = Field(default_factory=dict)  # emergency sign id -> words


class Languages(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    languages: dict[LanguageCode, ForeignLanguage] = Field(min_length=1)
