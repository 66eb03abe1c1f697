"""An unmodified python-telegram-bot Application polls the emulator like it polls Telegram."""

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from tgemu.server import BotApiEmulator

USER = 1001


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Thanks", callback_data="thanks")]])
    await update.message.reply_html(
        f"Hello, <b>{update.effective_user.first_name}</b>!", reply_markup=markup
    )


async def thanks(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.callback_query.answer("You're welcome")
    await update.callback_query.edit_message_text("Take care of your legs!")


async def test_application_in_polling_mode():
    async with BotApiEmulator() as emu:
        app = Application.builder().token("123:abc").base_url(emu.base_url).build()
        app.add_handler(CommandHandler("start", start))
        app.add_handler(CallbackQueryHandler(thanks))
        async with app:
            await app.start()
            await app.updater.start_polling(poll_interval=0, timeout=1)
            try:
                emu.user_sends(USER, "/start", first_name="Ann")
                greeting = await emu.wait_for_bot_message(USER, timeout=5)
                assert greeting.text == "Hello, Ann!"
                assert greeting.entities == [{"type": "bold", "offset": 7, "length": 3}]
                query_id = emu.user_taps(USER, greeting.message_id, button_text="Thanks")
                edited = await emu.wait_for_edit(USER, greeting.message_id, timeout=5)
                assert edited.text == "Take care of your legs!"
                assert edited.inline_keyboard is None
                assert emu.callback_answer(query_id)["text"] == "You're welcome"
            finally:
                await app.updater.stop()
                await app.stop()
        stats = emu.stats
        assert stats.calls["getMe"] >= 1
        assert stats.sends == 1
        assert stats.edits == 1
