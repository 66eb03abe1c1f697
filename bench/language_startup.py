"""What the shipped language model adds to the bot's start: time and resident memory.

Run: .venv/bin/python -m bench.language_startup [--runs 5]

Each row is a fresh process that builds what `serve` builds before it takes updates: the content,
the FAQ index and the lexicon ("before"), then the red-flag screen with the model ("with model":
session loaded, exemplars embedded, classifier trained). "cold" starts with an empty exemplar
cache (a first start, or one after an exemplar was edited); "warm" finds the vectors on disk.
Prints min / median / max over the runs, as Markdown.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import json, time
started = time.perf_counter()
from bot.content import load_content
from bot.faq.index import FaqIndex
from bot.triage.detect import Detector
content = load_content()
FaqIndex.from_content(content)
Detector(content.triage.emergency_signs).screen("warm up")
before = time.perf_counter()
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
rss_before = rss()
if WITH_MODEL:
    from bot.triage import tools_for
    tools_for(content).screen.screen("my calf is swollen and sore")
print(json.dumps({"before_s": before - started, "model_s": time.perf_counter() - before,
                  "rss_before": rss_before, "rss_after": rss()}))
"""


def probe(with_model: bool, cache: Path) -> dict[str, float]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    code = PROBE.replace("WITH_MODEL", str(with_model))
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.splitlines()[-1])


def spread(values: list[float], scale: float = 1.0, digits: int = 0) -> str:
    low, mid, high = min(values), statistics.median(values), max(values)
    return " / ".join(f"{v * scale:.{digits}f}" for v in (low, mid, high))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for label, with_model, cold in (
            ("before (no model)", False, False),
            ("with model, cold cache", True, True),
            ("with model, warm cache", True, False),
        ):
            runs = []
            for run in range(args.runs):
                cache = Path(folder) / (f"cold{run}" if cold else "warm")
                runs.append(probe(with_model, cache))
            rows.append((label, runs))
    print(
        "| start | content + FAQ + lexicon, ms | model added, ms | RSS MiB | RSS added MiB |\n"
        "|---|---|---|---|---|"
    )
    for label, runs in rows:
        added = [r["model_s"] for r in runs]
        rss = [r["rss_after"] for r in runs]
        rss_added = [r["rss_after"] - r["rss_before"] for r in runs]
        print(
            f"| {label} | {spread([r['before_s'] for r in runs], 1000)} "
            f"| {spread(added, 1000)} | {spread(rss)} | {spread(rss_added)} |"
        )
    print(f"\nmin / median / max over {args.runs} fresh processes each")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
