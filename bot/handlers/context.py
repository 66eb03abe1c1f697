"""The callback context every handler receives, with typed access to the services."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.core.bot_data import BotData
from bot.core.services import Services


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    @property
    def services(self) -> Services:
        return self.bot_data.services

    def emergency_wording(self, country: str | None = None) -> str:
        """How to name the emergency number for a user in `country` (None: not known)."""
        return self.services.content.emergency_number(country).call_text


def attach_services(
    application: Application[Any, Any, Any, Any, BotData, Any], services: Services
) -> None:
    application.bot_data.services = services
