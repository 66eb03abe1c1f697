"""content/diary.yaml: the numbness diary's question and answers, the rules that notice the
guide's reasons to see a healthcare provider, and the words of the report."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.content.fields import Line, Quote, ShortText, Slug, Title


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Choice(_Model):
    id: Slug
    label: Title


class NoticeRule(_Model):
    """One appointment criterion of triage.yaml and the diary rule that shows it."""

    criterion: Slug
    rule: Literal["days_in_a_row", "rising", "one_side"]
    days: int = Field(ge=2, le=28)
    entries: int = Field(default=2, ge=2, le=14)


class Diary(_Model):
    question: Line
    question_hint: ShortText
    levels: list[Title] = Field(min_length=4, max_length=4)
    places: list[Choice] = Field(min_length=1, max_length=6)
    sides: list[Choice] = Field(min_length=2, max_length=3)
    where_prompt: ShortText
    note_prompt: ShortText
    notice_lead: ShortText
    notice_close: ShortText
    report_title: Title
    report_intro: ShortText
    notices: list[NoticeRule] = Field(min_length=1)
    renotice_after_days: int = Field(ge=1, le=90)
    sources: list[Quote] = Field(min_length=1)

    def place_label(self, place_id: str) -> str:
        return next((p.label for p in self.places if p.id == place_id), place_id)

    def side_label(self, side_id: str) -> str:
        return next((s.label for s in self.sides if s.id == side_id), side_id)
