"""Every message leaving the bot goes through here.

The path of one message: a handler replies (`message.reply_text`, `reply_photo`, ...) or the
reminder dispatcher sends (`bot.send_message(..., **reminder_send_options(bot))`); both calls reach
PTB's `ExtBot`, whose rate limiter is `limiter.PatientRateLimiter`. The limiter first waits out
the process's one 429 hold (`hold.SendHold`). For a method Telegram counts
(`pacing.COUNTED_METHODS`), it then takes an evenly spaced slot from the `budget`
(`budget.SendBudget`: in memory on SQLite, one row shared by every process on PostgreSQL, replies
first, then a reply's follow-up, then reminders, kept to their share by `pacing.SendPolicy`);
edits and callback answers take PTB's per-chat spacing instead. The call then goes over HTTP to
Telegram (or the emulator). A 429 on any method pauses the hold (and the shared schedule), and
the call is tried again after it; a 5xx or a refused connection is retried within the call's
patience. Reminders also keep one message a second per chat (`chat_spacing.ChatSpacing`).
"""
