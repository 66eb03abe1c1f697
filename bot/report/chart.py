"""The report's picture: four weeks on one phone-sized PNG. Top panel: the numbness level of each
diary day, with where it was felt; middle: movement breaks done of those sent; bottom: foot checks
done and /check outcomes. Drawn with matplotlib's Agg backend into bytes; callers run it off the
event loop (tens of milliseconds)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from bot.report.days import Report

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WIDTH_INCHES, HEIGHT_INCHES, DPI = 7.0, 8.0, 130
LEVEL_COLOURS = ("#b7d7c2", "#f2c14e", "#e07a2f", "#b3261e")
DONE_COLOUR, SENT_COLOUR = "#2e7d5b", "#c9d6e3"
OUTCOME_MARKS = {
    "Emergency": ("X", "#b3261e"),
    "Appointment": ("D", "#e07a2f"),
    "Self-care": ("o", "#2e7d5b"),
}
PLACE_LETTERS = {"Toes and feet": "F", "Calves": "C", "Thighs": "T"}


def report_png(report: Report, figure: Figure | None = None) -> bytes:
    buffer = io.BytesIO()
    (figure or draw(report)).savefig(buffer, format="png")
    return buffer.getvalue()


def draw(report: Report) -> Figure:
    """The figure itself, for the PNG and for the PDF's first page."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    days = report.days
    x = list(range(len(days)))
    ticks = [i for i, day in enumerate(days) if day.day.weekday() == 0] or [0]
    tick_labels = [days[i].day.strftime("%a %d %b") for i in ticks]
    figure = Figure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI)
    levels, breaks, checks = figure.subplots(
        3, 1, sharex=True, gridspec_kw={"height_ratios": [3, 2, 1.4]}
    )
    first, last = report.period
    figure.suptitle(
        f"{report.title}\n{first:%d %b %Y} - {last:%d %b %Y} ({report.zone})", fontsize=12
    )

    for i, day in enumerate(days):
        if day.level is None:
            continue
        height = day.level if day.level > 0 else 0.08
        levels.bar(i, height, color=LEVEL_COLOURS[day.level], width=0.75)
        where = "".join(PLACE_LETTERS.get(p, p[:1]) for p in day.places)
        side = (day.side or "")[:1]
        if where or side:
            levels.text(i, height + 0.06, f"{where}{side}", ha="center", fontsize=7)
    levels.set_ylim(0, 3.6)
    levels.set_yticks(range(4), report.level_names, fontsize=8)
    levels.set_title("Numbness (diary)", fontsize=10, loc="left")
    if not report.has_diary:
        levels.text(
            len(days) / 2,
            1.8,
            "No diary entries in these weeks",
            ha="center",
            fontsize=10,
            color="#555555",
        )
    levels.text(
        0,
        3.35,
        "Letters: F toes and feet, C calves, T thighs; L left, R right, B both",
        fontsize=7,
        color="#555555",
    )

    breaks.bar(x, [d.breaks_sent for d in days], color=SENT_COLOUR, width=0.75, label="sent")
    breaks.bar(x, [d.breaks_done for d in days], color=DONE_COLOUR, width=0.45, label="done")
    breaks.set_ylim(0, max([d.breaks_sent for d in days] + [1]) * 1.25)
    breaks.set_title("Movement breaks", fontsize=10, loc="left")
    breaks.legend(fontsize=7, frameon=False, loc="upper right", ncols=2)
    breaks.tick_params(axis="y", labelsize=8)

    for i, day in enumerate(days):
        if day.foot_sent:
            checks.scatter(
                i,
                1,
                marker="s",
                s=40,
                color=DONE_COLOUR if day.foot_done else "white",
                edgecolors=DONE_COLOUR,
            )
        for outcome in day.checks:
            marker, colour = OUTCOME_MARKS.get(outcome, ("o", "#555555"))
            checks.scatter(i, 0, marker=marker, s=45, color=colour)
    checks.set_ylim(-0.6, 1.6)
    checks.set_yticks([0, 1], ["/check", "Foot check"], fontsize=8)
    checks.set_title(
        "Foot checks (filled: done) and /check outcomes (X emergency, ◆ appointment, o self-care)",
        fontsize=8,
        loc="left",
    )
    checks.set_xticks(ticks, tick_labels, fontsize=8)
    checks.set_xlim(-0.7, len(days) - 0.3)
    for axes in (levels, breaks, checks):
        axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return figure
