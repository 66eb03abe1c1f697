"""`application.bot_data` with typed fields: what the composition root hands to the handlers and
the web server (services, metrics, the dispatcher and its role), read as attributes, not keys.

It stays a mapping, as python-telegram-bot expects of bot_data; the keys are this module's.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from typing import Any

from bot.core.metrics import METRICS_KEY, BotMetrics
from bot.core.services import Services
from bot.ui.texts import Explained

SERVICES_KEY = "services"
DISPATCHER_KEY = "dispatcher"
ROLE_KEY = "dispatcher_role"  # kept current by bot.reminders.leadership.LeaderElector.publish_to
NO_ROLE = "single"  # no election running: the only process, it dispatches
APOLOGISED_KEY = "apologised_updates"
COMMANDS_KEY = "commands"
REMEMBERED_UPDATES = 256


class BotData(dict[str, Any]):
    @property
    def services(self) -> Services:
        return self[SERVICES_KEY]  # type: ignore[no-any-return]

    @services.setter
    def services(self, services: Services) -> None:
        self[SERVICES_KEY] = services

    @property
    def metrics(self) -> BotMetrics | None:
        found = self.get(METRICS_KEY)
        return found if isinstance(found, BotMetrics) else None

    @metrics.setter
    def metrics(self, metrics: BotMetrics) -> None:
        self[METRICS_KEY] = metrics

    @property
    def dispatcher(self) -> Any:
        """The reminder dispatcher (bot.reminders.dispatcher.Dispatcher) once started."""
        return self.get(DISPATCHER_KEY)

    @dispatcher.setter
    def dispatcher(self, dispatcher: Any) -> None:
        self[DISPATCHER_KEY] = dispatcher

    @property
    def commands(self) -> Sequence[Explained]:
        """The command surface (bot.app.commands), for /help."""
        return self.get(COMMANDS_KEY, ())  # type: ignore[no-any-return]

    @commands.setter
    def commands(self, commands: Sequence[Explained]) -> None:
        self[COMMANDS_KEY] = commands

    @property
    def role(self) -> str:
        """This process's dispatcher role: "leader", "follower" or "single"."""
        return str(self.get(ROLE_KEY, NO_ROLE))

    @property
    def apologised(self) -> deque[int]:
        """Updates already apologised for, so a retried update is not apologised for twice."""
        return self.setdefault(APOLOGISED_KEY, deque(maxlen=REMEMBERED_UPDATES))  # type: ignore[no-any-return]
