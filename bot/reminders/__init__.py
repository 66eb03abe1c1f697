"""Reminders: the pure schedule and input parsing, plus the dispatcher that sends what falls due."""
