"""LegCare: a Telegram bot that helps people prevent and manage leg numbness."""

__version__ = "0.1.0"
