"""What every handler may use, handed over once through the Application."""

from __future__ import annotations

from dataclasses import dataclass

from bot.content import Content
from bot.core.clock import Clock
from bot.core.config import Settings
from bot.db import Database
from bot.faq.index import FaqIndex


@dataclass(frozen=True)
class Services:
    settings: Settings
    db: Database
    clock: Clock
    content: Content
    faq: FaqIndex
