"""The free-text red-flag screen (lexicon OR model) on the labelled sets.

Run: .venv/bin/python bench/triage_report.py [--misses] [--asked] [FILE.jsonl ...]
Default: the lexicon's sets (tests/data/triage_dev_set.jsonl, tuned on, and
tests/data/triage_test_set.jsonl, never tuned on), the symptom-story development set
(tests/data/symptoms_dev.jsonl, tuned on), its held-out twin (tests/data/symptoms_holdout.jsonl,
written apart and only ever scored), the sets written later the same way (symptoms_fresh.jsonl,
symptoms_unseen.jsonl, symptoms_round6.jsonl, symptoms_round11.jsonl, symptoms_round12.jsonl,
symptoms_round34.jsonl, symptoms_round36.jsonl, symptoms_round37.jsonl,
symptoms_round39.jsonl, symptoms_round40.jsonl,
symptoms_round41.jsonl, symptoms_round42.jsonl, symptoms_round43.jsonl,
symptoms_round45.jsonl, symptoms_round46.jsonl,
symptoms_round47.jsonl, symptoms_round48.jsonl, symptoms_round49.jsonl,
symptoms_round50.jsonl, symptoms_round51.jsonl, symptoms_round53.jsonl,
symptoms_round54.jsonl, symptoms_round55.jsonl,
symptoms_round56.jsonl, symptoms_round57.jsonl,
symptoms_round58.jsonl, symptoms_round60.jsonl,
symptoms_round61.jsonl, symptoms_round62.jsonl, symptoms_round64.jsonl,
symptoms_round65.jsonl, symptoms_round66.jsonl,
symptoms_round67.jsonl, symptoms_round68.jsonl, symptoms_round70.jsonl,
symptoms_round71.jsonl, symptoms_round73.jsonl,
symptoms_round74.jsonl, symptoms_round75.jsonl,
symptoms_round76.jsonl, symptoms_round77.jsonl, symptoms_round78.jsonl,
symptoms_round80.jsonl, symptoms_round81.jsonl, symptoms_round82.jsonl,
symptoms_round84.jsonl, symptoms_round85.jsonl, symptoms_round86.jsonl,
symptoms_round87.jsonl, symptoms_round88.jsonl, symptoms_round89.jsonl,
symptoms_round90.jsonl, symptoms_round91.jsonl, symptoms_round92.jsonl, symptoms_round93.jsonl,
symptoms_round94.jsonl, symptoms_round95.jsonl, symptoms_round96.jsonl, symptoms_round97.jsonl,
symptoms_round98.jsonl, symptoms_round99.jsonl, symptoms_round100.jsonl, symptoms_round101.jsonl,
symptoms_round102.jsonl, symptoms_round103.jsonl, symptoms_round104.jsonl,
symptoms_round105.jsonl, symptoms_round106.jsonl, symptoms_round107.jsonl,
symptoms_round108.jsonl, symptoms_round109.jsonl, symptoms_round110.jsonl,
symptoms_round111.jsonl, symptoms_round113.jsonl, symptoms_round114.jsonl,
symptoms_round115.jsonl, symptoms_round117.jsonl, symptoms_round118.jsonl,
symptoms_round119.jsonl, symptoms_round120.jsonl, symptoms_round122.jsonl,
symptoms_round123.jsonl, symptoms_round124.jsonl, symptoms_round125.jsonl,
symptoms_round126.jsonl, symptoms_round127.jsonl, symptoms_round129.jsonl,
symptoms_round130.jsonl, symptoms_round131.jsonl, symptoms_round132.jsonl,
symptoms_round133.jsonl, symptoms_round134.jsonl, symptoms_round136.jsonl,
symptoms_round137.jsonl, symptoms_round138.jsonl, symptoms_round140.jsonl,
symptoms_round141.jsonl, symptoms_round142.jsonl, symptoms_round143.jsonl,
symptoms_round144.jsonl, symptoms_round145.jsonl, symptoms_round146.jsonl,
symptoms_round147.jsonl, symptoms_round148.jsonl, symptoms_round149.jsonl,
symptoms_round150.jsonl, symptoms_round151.jsonl,
symptoms_round152.jsonl, symptoms_round153.jsonl, symptoms_round154.jsonl,
symptoms_round155.jsonl, symptoms_round156.jsonl, symptoms_round157.jsonl,
symptoms_round158.jsonl, symptoms_round159.jsonl, symptoms_round160.jsonl,
symptoms_round161.jsonl, symptoms_round162.jsonl,
symptoms_round163.jsonl, symptoms_round164.jsonl, symptoms_round165.jsonl,
symptoms_round166.jsonl, symptoms_round167.jsonl, symptoms_round168.jsonl,
symptoms_round169.jsonl)
and, when present beside the repository, the field set (../shared/field/symptoms.jsonl, never
tuned on), and how many of the field set's questions and out-of-scope messages, none of which
reports an emergency, the screen holds up. Prints one Markdown table per set plus latency per
message. Definitions: bench/triage_evaluate.py (lexicon
sets) and bench/triage_field.py (symptom stories: escalated / asked / neither per sign, and
specificity on the other levels).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import story_routing, triage_field  # noqa: E402
from bench.routing import Router  # noqa: E402
from bench.triage_evaluate import Rate, Report, evaluate, load_examples  # noqa: E402
from bot.content import load_content  # noqa: E402
from bot.faq.index import FaqIndex  # noqa: E402
from bot.triage import tools_for  # noqa: E402

DEFAULT_SETS = [
    ROOT / "tests" / "data" / "triage_dev_set.jsonl",
    ROOT / "tests" / "data" / "triage_test_set.jsonl",
    ROOT / "tests" / "data" / "symptoms_dev.jsonl",
    ROOT / "tests" / "data" / "symptoms_holdout.jsonl",
    ROOT / "tests" / "data" / "symptoms_fresh.jsonl",
    ROOT / "tests" / "data" / "symptoms_unseen.jsonl",
    ROOT / "tests" / "data" / "symptoms_round6.jsonl",
    ROOT / "tests" / "data" / "symptoms_round11.jsonl",
    ROOT / "tests" / "data" / "symptoms_round12.jsonl",
    ROOT / "tests" / "data" / "symptoms_round34.jsonl",
    ROOT / "tests" / "data" / "symptoms_round36.jsonl",
    ROOT / "tests" / "data" / "symptoms_round37.jsonl",
    ROOT / "tests" / "data" / "symptoms_round39.jsonl",
    ROOT / "tests" / "data" / "symptoms_round40.jsonl",
    ROOT / "tests" / "data" / "symptoms_round41.jsonl",
    ROOT / "tests" / "data" / "symptoms_round42.jsonl",
    ROOT / "tests" / "data" / "symptoms_round43.jsonl",
    ROOT / "tests" / "data" / "symptoms_round45.jsonl",
    ROOT / "tests" / "data" / "symptoms_round46.jsonl",
    ROOT / "tests" / "data" / "symptoms_round47.jsonl",
    ROOT / "tests" / "data" / "symptoms_round48.jsonl",
    ROOT / "tests" / "data" / "symptoms_round49.jsonl",
    ROOT / "tests" / "data" / "symptoms_round50.jsonl",
    ROOT / "tests" / "data" / "symptoms_round51.jsonl",
    ROOT / "tests" / "data" / "symptoms_round53.jsonl",
    ROOT / "tests" / "data" / "symptoms_round54.jsonl",
    ROOT / "tests" / "data" / "symptoms_round55.jsonl",
    ROOT / "tests" / "data" / "symptoms_round56.jsonl",
    ROOT / "tests" / "data" / "symptoms_round57.jsonl",
    ROOT / "tests" / "data" / "symptoms_round58.jsonl",
    ROOT / "tests" / "data" / "symptoms_round60.jsonl",
    ROOT / "tests" / "data" / "symptoms_round61.jsonl",
    ROOT / "tests" / "data" / "symptoms_round62.jsonl",
    ROOT / "tests" / "data" / "symptoms_round64.jsonl",
    ROOT / "tests" / "data" / "symptoms_round65.jsonl",
    ROOT / "tests" / "data" / "symptoms_round66.jsonl",
    ROOT / "tests" / "data" / "symptoms_round67.jsonl",
    ROOT / "tests" / "data" / "symptoms_round68.jsonl",
    ROOT / "tests" / "data" / "symptoms_round70.jsonl",
    ROOT / "tests" / "data" / "symptoms_round71.jsonl",
    ROOT / "tests" / "data" / "symptoms_round73.jsonl",
    ROOT / "tests" / "data" / "symptoms_round74.jsonl",
    ROOT / "tests" / "data" / "symptoms_round75.jsonl",
    ROOT / "tests" / "data" / "symptoms_round76.jsonl",
    ROOT / "tests" / "data" / "symptoms_round77.jsonl",
    ROOT / "tests" / "data" / "symptoms_round78.jsonl",
    ROOT / "tests" / "data" / "symptoms_round80.jsonl",
    ROOT / "tests" / "data" / "symptoms_round81.jsonl",
    ROOT / "tests" / "data" / "symptoms_round82.jsonl",
    ROOT / "tests" / "data" / "symptoms_round84.jsonl",
    ROOT / "tests" / "data" / "symptoms_round85.jsonl",
    ROOT / "tests" / "data" / "symptoms_round86.jsonl",
    ROOT / "tests" / "data" / "symptoms_round87.jsonl",
    ROOT / "tests" / "data" / "symptoms_round88.jsonl",
    ROOT / "tests" / "data" / "symptoms_round89.jsonl",
    ROOT / "tests" / "data" / "symptoms_round90.jsonl",
    ROOT / "tests" / "data" / "symptoms_round91.jsonl",
    ROOT / "tests" / "data" / "symptoms_round92.jsonl",
    ROOT / "tests" / "data" / "symptoms_round93.jsonl",
    ROOT / "tests" / "data" / "symptoms_round94.jsonl",
    ROOT / "tests" / "data" / "symptoms_round95.jsonl",
    ROOT / "tests" / "data" / "symptoms_round96.jsonl",
    ROOT / "tests" / "data" / "symptoms_round97.jsonl",
    ROOT / "tests" / "data" / "symptoms_round98.jsonl",
    ROOT / "tests" / "data" / "symptoms_round99.jsonl",
    ROOT / "tests" / "data" / "symptoms_round100.jsonl",
    ROOT / "tests" / "data" / "symptoms_round101.jsonl",
    ROOT / "tests" / "data" / "symptoms_round102.jsonl",
    ROOT / "tests" / "data" / "symptoms_round103.jsonl",
    ROOT / "tests" / "data" / "symptoms_round104.jsonl",
    ROOT / "tests" / "data" / "symptoms_round105.jsonl",
    ROOT / "tests" / "data" / "symptoms_round106.jsonl",
    ROOT / "tests" / "data" / "symptoms_round107.jsonl",
    *(ROOT / "tests" / "data" / f"symptoms_round{n}.jsonl" for n in (108, 109, 110, 111)),
    *(ROOT / "tests" / "data" / f"symptoms_round{n}.jsonl" for n in (113, 114, 115, 117, 118)),
    *(
        ROOT / "tests" / "data" / f"symptoms_round{n}.jsonl"
        for n in (119, 120, 122, 123, 124, 125, 126, 127, 129, 130, 131, 132, 133, 134, 136)
    ),
    *(
        ROOT / "tests" / "data" / f"symptoms_round{n}.jsonl"
        for n in (137, 138, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151)
    ),
    *(
        ROOT / "tests" / "data" / f"symptoms_round{n}.jsonl"
        for n in (152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162)
    ),
    *(
        ROOT / "tests" / "data" / f"symptoms_round{n}.jsonl"
        for n in (163, 164, 165, 166, 167, 168, 169)
    ),
    ROOT.parent / "shared" / "field" / "symptoms.jsonl",
    ROOT.parent / "shared" / "field" / "questions.jsonl",
    ROOT.parent / "shared" / "field" / "out_of_scope.jsonl",
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
    parser.add_argument("--asked", action="store_true", help="list emergencies only asked about")
    parser.add_argument(
        "--routes", action="store_true", help="list every story the whole route got wrong"
    )
    args = parser.parse_args(argv)
    content = load_content()
    started = time.perf_counter()
    detector = tools_for(content).screen
    build_ms = (time.perf_counter() - started) * 1000
    signs = [sign.id for sign in content.emergency_signs]
    router = Router(content, FaqIndex.from_content(content))
    print(f"screen build (model load and exemplars embedded): {build_ms:.1f} ms")
    for path in args.files:
        if not path.exists():
            print(f"\n### {path.name}: not found, skipped")
            continue
        kind = triage_field.kind_of_set(path)
        if kind == "questions":
            print(f"\n### {path.name}: messages that report no emergency\n")
            print(triage_field.question_outcomes(detector, path))
            continue
        if kind == "symptoms":
            stories = triage_field.load_stories(path)
            detector.screen("warm-up")
            scored = triage_field.score(detector, stories)
            print(f"\n### {path.name}: {len(stories)} stories\n")
            print(triage_field.tables(scored))
            if args.misses or args.asked:
                print("\n".join(triage_field.misses(scored, asked=args.asked)))
            routed = story_routing.route_all(router, stories)
            print(f"\nThe whole free-text route on {path.name} (screen, story, guide):\n")
            print(story_routing.table(routed))
            if args.routes:
                print("\n".join(story_routing.wrong(routed)))
            continue
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
