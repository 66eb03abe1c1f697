"""The free-text red-flag screen on the labelled sets: sensitivity and specificity per sign.

Run: .venv/bin/python bench/triage_report.py [--misses] [FILE.jsonl ...]
(default: tests/data/triage_dev_set.jsonl, tuned on, and tests/data/triage_test_set.jsonl,
written afterwards and never tuned on). Prints one table per set, as Markdown, plus latency per
message. Definitions: bot/triage/evaluate.py.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.content import load_content  # noqa: E402
from bot.triage.detect import Detector  # noqa: E402
from bot.triage.evaluate import Rate, Report, evaluate, load_examples  # noqa: E402

DEFAULT_SETS = [
    ROOT / "tests" / "data" / "triage_dev_set.jsonl",
    ROOT / "tests" / "data" / "triage_test_set.jsonl",
]


def _pct(rate: Rate) -> str:
    return f"{rate.value:.1%} ({rate.hits}/{rate.total})"


def _table(report: Report, signs: list[str]) -> str:
    lines = [
        "| sign | emergency lines | sensitivity | specificity |",
        "|---|---|---|---|",
    ]
    for sign in signs:
        sensitivity, specificity = report.sensitivity[sign], report.specificity[sign]
        lines.append(
            f"| {sign} | {sensitivity.total} | {_pct(sensitivity)} | {_pct(specificity)} |"
        )
    lines.append(
        f"| **overall** | {report.overall_sensitivity.total} | "
        f"{_pct(report.overall_sensitivity)} | {_pct(report.overall_specificity)} |"
    )
    return "\n".join(lines)


def _latency(report: Report) -> str:
    ms = sorted(outcome.seconds * 1000 for outcome in report.outcomes)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return (
        f"latency per message: mean {statistics.fmean(ms):.2f} ms, p50 {statistics.median(ms):.2f}"
        f" ms, p95 {p95:.2f} ms, max {ms[-1]:.2f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_SETS)
    parser.add_argument("--misses", action="store_true", help="list every wrong line")
    args = parser.parse_args(argv)
    content = load_content()
    started = time.perf_counter()
    detector = Detector(content.triage.emergency_signs)
    build_ms = (time.perf_counter() - started) * 1000
    signs = [sign.id for sign in content.emergency_signs]
    print(f"detector build: {build_ms:.1f} ms")
    for path in args.files:
        examples = load_examples(path)
        detector.screen("warm-up")
        report = evaluate(detector, examples, signs)
        print(f"\n### {path.name}: {len(examples)} lines\n")
        print(_table(report, signs))
        print()
        print(f"ambiguous lines given the questions: {_pct(report.ambiguous_caught)}")
        print(f"everyday ('none') lines left alone: {_pct(report.left_alone)}")
        print(_latency(report))
        if args.misses:
            for outcome in report.misses:
                example, detection = outcome.example, outcome.detection
                print(
                    f"  MISS expected {example.expected} {example.sign or ''} -> "
                    f"{detection.screen.value} {list(detection.signs)}: {example.text}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
