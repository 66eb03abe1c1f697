"""Telegram in, core calls, Telegram out. One module per feature; no business rules, no SQL."""
