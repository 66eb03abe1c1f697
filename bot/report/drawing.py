"""Drawing a report in a process of its own.

matplotlib holds the GIL for most of the half second a report takes, so a worker thread still
slowed every other reply while it drew (a /help answered after the report, in the e2e test).
One spawned worker process draws instead: it is started at the first /report (matplotlib's
import is paid there once), reused afterwards, and reports queue for it one at a time, which
also caps the CPU a burst of /report can take from people's replies.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from bot.report.chart import draw, report_png
from bot.report.days import Report
from bot.report.pdf import report_pdf

_pool: ProcessPoolExecutor | None = None


def draw_both(report: Report) -> tuple[bytes, bytes]:
    """The PNG and the PDF, from one figure (the chart is the PDF's first page)."""
    chart = draw(report)
    return report_png(report, chart), report_pdf(report, chart)


async def draw_elsewhere(report: Report) -> tuple[bytes, bytes]:
    global _pool
    if _pool is None:
        # spawn, not fork: the bot process has threads (the database's, the executor's).
        _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    return await asyncio.get_running_loop().run_in_executor(_pool, draw_both, report)
