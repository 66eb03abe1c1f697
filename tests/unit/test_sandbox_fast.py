"""The sandbox's fast clock and the report that finds the sandbox's database by itself."""

from __future__ import annotations

import time as wall
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.app.sandbox import FAST_SPEED, fast_clock
from bot.core.clock import ScaledClock


def test_the_fast_clock_starts_just_before_the_next_working_day_and_runs_faster():
    friday_evening = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)
    clock = fast_clock(friday_evening)
    started = clock.now().astimezone()
    assert started.weekday() == 0  # Monday: no breaks at weekends by default
    assert (started.hour, started.minute) == (8, 58)
    assert clock.speed == FAST_SPEED
    before = clock.now()
    wall.sleep(0.05)
    assert (clock.now() - before).total_seconds() >= 0.05 * FAST_SPEED * 0.9


def test_a_scaled_clock_keeps_real_durations():
    clock = ScaledClock(datetime(2026, 1, 5, 9, tzinfo=UTC), 60)
    first = clock.monotonic()
    wall.sleep(0.02)
    assert 0.015 < clock.monotonic() - first < 1.0


def test_report_without_a_token_reads_the_sandboxs_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_BOT_TOKEN", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    assert main(["report"]) == 1  # no sandbox has run here yet
    said = capsys.readouterr()
    assert "Database: sqlite:///./data/sandbox.db" in said.out
    assert "No database at data/sandbox.db yet" in said.err
    assert not (tmp_path / "data").exists()  # a report that only reads creates nothing
