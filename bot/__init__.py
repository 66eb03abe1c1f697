"""LegCare: a Telegram bot that helps people prevent and manage leg numbness."""

import os

# python-telegram-bot 22 reports durations (a 429's retry_after) as numbers but will switch to
# timedelta; opting in now means the next major version changes nothing for us.
os.environ.setdefault("PTB_TIMEDELTA", "1")

# One BLAS thread. The retrieval multiplies a few thousand exemplar vectors by one message's
# vector; above a size OpenBLAS spreads that over every core and keeps its threads spinning
# between messages, which doubled the CPU a message costs and took the cores the encoder and the
# event loop need (BENCHMARKS.md, "How strangers asked"). It is read when numpy loads, so it is
# set here, before any module of the bot imports numpy; a deployment may still set its own.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
