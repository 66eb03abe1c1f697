"""How long /report takes to draw four weeks (the PNG and the PDF), as the handler runs it in a
worker thread. Prints a table: runs, p50, p95, max, and the files' sizes.

    .venv/bin/python -m bench.report_bench [--runs 30]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date

from bot.content import load_content
from bot.report.days import Report, empty_days
from bot.report.drawing import draw_both


def four_weeks(seed: int, notes: bool) -> Report:
    """A full diary: every day a level, places, a side, breaks, a foot check; long notes when
    `notes` (the worst case: every day's note at the 1,000-character limit)."""
    rng = random.Random(seed)
    diary = load_content().diary
    days = empty_days(date(2026, 3, 29))
    for day in days:
        day.level = rng.randint(0, 3)
        day.places = [p.label for p in diary.places if rng.random() < 0.5]
        day.side = rng.choice([None, "Left", "Right", "Both"])
        day.breaks_sent = 8
        day.breaks_done = rng.randint(0, 8)
        day.foot_sent, day.foot_done = True, rng.random() < 0.85
        day.checks = ["Appointment"] if rng.random() < 0.1 else []
        day.note = ("tingling after a long day at the desk " * 27)[:1000] if notes else None
    period = (days[0].day, days[-1].day)
    return Report(diary.report_title, diary.report_intro, period, diary.levels, days, "UTC")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    draw_both(four_weeks(0, False))  # first use loads matplotlib and its fonts (start-up cost)
    print("| diary | runs | p50 s | p95 s | max s | PNG KB | PDF KB | PDF pages |")
    print("|---|---|---|---|---|---|---|---|")
    for label, notes in (("4 weeks, no notes", False), ("4 weeks, 1,000-char notes", True)):
        times: list[float] = []
        png = pdf = b""
        for run in range(args.runs):
            report = four_weeks(run, notes)
            started = time.perf_counter()
            png, pdf = draw_both(report)  # as the handler's drawing process does
            times.append(time.perf_counter() - started)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")
        print(
            f"| {label} | {len(times)} | {statistics.median(times):.3f} | {p95:.3f} | "
            f"{times[-1]:.3f} | {len(png) // 1024} | {len(pdf) // 1024} | {pages} |"
        )


if __name__ == "__main__":
    main()
