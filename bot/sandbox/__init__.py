"""A local Telegram Bot API emulator and a terminal chat for trying the bot offline."""
