"""Retrieval of answers from the guide: pure, no Telegram and no database (see index.py)."""
