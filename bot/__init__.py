"""LegCare: a Telegram bot that helps people prevent and manage leg numbness."""

import os

# python-telegram-bot 22 reports durations (a 429's retry_after) as numbers but will switch to
# timedelta; opting in now means the next major version changes nothing for us.
os.environ.setdefault("PTB_TIMEDELTA", "1")

__version__ = "0.1.0"
