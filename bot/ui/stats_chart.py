"""The weekly chart beside /stats: breaks and foot checks, done against sent, oldest week first.

Drawn with matplotlib's Agg backend into PNG bytes; no display, no files. Drawing takes tens of
milliseconds, so handlers call it off the event loop.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from bot.reminders.stats import WeekStats

WIDTH_INCHES, HEIGHT_INCHES, DPI = 6.0, 3.2, 110
SENT_COLOUR, DONE_COLOUR = "#c9d6e3", "#2e7d5b"


def weekly_chart(weeks: Sequence[WeekStats]) -> bytes:
    """A PNG of two panels (breaks, foot checks): a pale bar for sent, a dark one for done."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    ordered = list(reversed(weeks))  # oldest first, as a chart reads
    labels = [week.monday.strftime("%d %b") for week in ordered]
    figure = Figure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI)
    panels = figure.subplots(1, 2, sharey=False)
    series = (
        ("Movement breaks", [w.breaks_sent for w in ordered], [w.breaks_done for w in ordered]),
        ("Foot checks", [w.foot_sent for w in ordered], [w.foot_done for w in ordered]),
    )
    positions = range(len(ordered))
    for axes, (title, sent, done) in zip(panels, series, strict=True):
        axes.bar(positions, sent, color=SENT_COLOUR, label="sent", width=0.7)
        axes.bar(positions, done, color=DONE_COLOUR, label="done", width=0.45)
        axes.set_title(title, fontsize=10)
        axes.set_xticks(list(positions), labels, fontsize=7, rotation=30)
        axes.tick_params(axis="y", labelsize=7)
        axes.set_ylim(0, max([*sent, *done, 1]) * 1.15)
        axes.spines[["top", "right"]].set_visible(False)
    panels[0].legend(fontsize=7, frameon=False, loc="upper left")
    figure.suptitle("Week by week (weeks start on Monday)", fontsize=10)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
