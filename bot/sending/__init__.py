"""Every message leaving the bot goes through here.

The path of one message: a handler replies (`message.reply_text`) or the reminder dispatcher sends
(`bot.send_message(..., **reminder_send_options(bot))`); both calls reach PTB's `ExtBot`, whose
rate limiter is `limiter.PatientRateLimiter`. For a method Telegram counts
(`pacing.COUNTED_METHODS`), the limiter first takes an evenly spaced slot from the `budget`
(`budget.SendBudget`: in memory on SQLite, one row shared by every process on PostgreSQL, replies
before reminders, reminders kept to their share by `pacing.SendPacing`); per-chat spacing comes
from PTB's limiter. The call then goes over HTTP to Telegram (or the emulator). A 429 pauses the
budget for every process; a 5xx or a refused connection is retried within the call's patience.
The dispatcher additionally paces its own claims with `reminder_pacer.Pacer`.
"""
