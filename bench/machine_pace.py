"""How fast this machine runs the language model right now, printed beside latency figures.

The same code's latency moved by half between days on the same kind of machine (a shared host's
load), more than most changes move it. A bar such as "p95 within 25 ms" is only read right next
to the pace of the model at the time: the pace is one fixed sentence's run, timed before and after
a benchmark, so a reader can tell a slow code from a slow day.
"""

from __future__ import annotations

import time

from bench.figures import percentile
from bot.language.encoder import default_encoder

# About the length of a story's longest sentence.
SENTENCE = (
    "after two hours at my desk the outside of my left thigh goes numb and it takes a few "
    "minutes of walking before the feeling comes back"
)
WORDS = SENTENCE.split(" ")
RUNS = 200


def model_pace() -> str:
    """One line: the p50 and p95 of one sentence's model run, on one thread, as the bot runs it."""
    encoder = default_encoder()
    for _ in range(20):  # warm-up: the session's first runs allocate
        encoder.read([WORDS])
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        encoder.read([WORDS])
        times.append((time.perf_counter() - started) * 1000)
    return (
        f"Model pace on this machine now: one {len(WORDS)}-word sentence p50 "
        f"{percentile(times, 50):.2f} ms, p95 {percentile(times, 95):.2f} ms ({RUNS} runs)."
    )
