"""The callback-data codec: what we encode round-trips; anything else decodes to None."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.ui.callbacks import MAX_BYTES, Callback, decode, encode

actions = st.from_regex(r"\A[a-z][a-z0-9_]{0,15}\Z")
args = st.lists(st.from_regex(r"\A[A-Za-z0-9_.+-]{0,8}\Z"), max_size=4)


@given(actions, args)
def test_round_trip(action: str, arguments: list[str]) -> None:
    data = encode(action, *arguments)
    assert len(data.encode()) <= MAX_BYTES
    assert decode(data) == Callback(action, tuple(arguments))


@given(st.text(max_size=100))
def test_decode_never_raises(data: str) -> None:
    decoded = decode(data)
    assert decoded is None or isinstance(decoded, Callback)


@pytest.mark.parametrize(
    "forged",
    ["", "del:yes", "v2:del:yes", "v1:DEL:yes", "v1:del:yes;drop", "v1:" + "a" * 70, None],
)
def test_foreign_payloads_are_rejected(forged: str | None) -> None:
    assert decode(forged) is None


def test_encode_refuses_what_decode_would_reject() -> None:
    with pytest.raises(ValueError, match="argument"):
        encode("del", "has:colon")
    with pytest.raises(ValueError, match="64 bytes"):
        encode("del", *["x" * 20] * 4)
