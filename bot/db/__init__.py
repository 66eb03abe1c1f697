"""All SQL lives in this package: engine and sessions, tables, repositories and migrations."""

from bot.db.engine import Database
from bot.db.models import User

__all__ = ["Database", "User"]
