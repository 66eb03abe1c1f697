"""sendPhoto and sendDocument: files the bot uploads, kept so the sandbox can show where they are.

Only uploads (multipart `photo`/`document` fields) are accepted, with Telegram's limits: a photo
up to 10 MB whose sides add up to at most 10,000 pixels, a document up to 50 MB, a caption up to
1,024 characters. A PNG's size is read from its header; other photos report 0 x 0.
"""

from __future__ import annotations

import hashlib
import struct
from typing import Any

from tgemu.models import ApiError, Media, Upload, bad_request
from tgemu.replies import reply_target, store_sent
from tgemu.state import EmulatorState
from tgemu.validation import Params, prepare_text, validate_reply_markup

PHOTO_MAX_BYTES = 10 * 1024 * 1024
DOCUMENT_MAX_BYTES = 50 * 1024 * 1024
PHOTO_MAX_SIDES = 10_000
CAPTION_MAX = 1024
_PNG = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != _PNG or len(data) < 24:
        return 0, 0
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def _media(kind: str, upload: Upload) -> Media:
    if kind == "photo":
        if len(upload.data) > PHOTO_MAX_BYTES:
            raise bad_request("file is too big")
        width, height = _png_size(upload.data)
        if width + height > PHOTO_MAX_SIDES:
            raise bad_request("PHOTO_INVALID_DIMENSIONS")
    else:
        if len(upload.data) > DOCUMENT_MAX_BYTES:
            raise ApiError(413, "Request Entity Too Large")
        width = height = 0
    if not upload.data:
        raise bad_request("file must be non-empty")
    digest = hashlib.sha256(upload.data).hexdigest()
    return Media(
        kind=kind,
        file_id=f"{kind[:3]}-{digest[:40]}",
        file_name=upload.filename or kind,
        mime_type=upload.content_type or "application/octet-stream",
        data=upload.data,
        width=width,
        height=height,
    )


def media_sender(kind: str) -> Any:
    """The handler for sendPhoto (kind "photo") or sendDocument (kind "document")."""

    async def send(state: EmulatorState, params: Params) -> dict[str, Any]:
        chat = state.resolve_target(params.chat_id())
        upload = params.raw.get(kind)
        if not isinstance(upload, Upload):
            raise bad_request(f"there is no {kind} in the request")
        media = _media(kind, upload)
        caption, entities, raw, parse_mode = "", [], None, None
        if params.has("caption"):
            raw, caption, entities, parse_mode = prepare_text(
                params,
                strict_html=state.strict_html,
                too_long="Bad Request: message caption is too long",
                field="caption",
                limit=CAPTION_MAX,
            )
        markup = validate_reply_markup(
            params.json_value("reply_markup", "can't parse reply keyboard markup JSON object")
        )
        state.ensure_reachable(chat)
        target = reply_target(state, params, chat.chat_id)
        state.account_send(chat.chat_id)
        return store_sent(
            state,
            chat,
            target,
            text=caption,
            entities=entities,
            raw_text=raw,
            parse_mode=parse_mode,
            reply_markup=markup,
            media=media,
        )

    return send
