"""The red-flag screen on the labelled dev set: it must never miss an emergency.

tests/data/triage_dev_set.jsonl holds realistic messages: every emergency sign in many phrasings
(casual, misspelt, non-native, buried in long messages), hedged and hinted ones, negated signs,
appointment-level and self-care messages, and unrelated chat. bench/triage_report.py prints the
same figures as a table.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.triage_evaluate import AMBIGUOUS, EMERGENCY, NONE, evaluate, load_examples
from bot.content import load_content
from bot.triage.detect import Detector

DEV_SET = Path(__file__).resolve().parents[1] / "data" / "triage_dev_set.jsonl"
CONTENT = load_content()
SIGNS = [sign.id for sign in CONTENT.emergency_signs]


@pytest.fixture(scope="module")
def report():
    detector = Detector(CONTENT.triage.emergency_signs)
    return evaluate(detector, load_examples(DEV_SET), SIGNS)


def test_the_dev_set_is_large_and_covers_every_sign():
    examples = load_examples(DEV_SET)
    assert len(examples) >= 200
    labels = Counter(example.expected for example in examples)
    assert labels[EMERGENCY] >= 100
    assert labels[NONE] >= 60
    assert labels[AMBIGUOUS] >= 20
    per_sign = Counter(example.sign for example in examples if example.sign)
    assert set(per_sign) == set(SIGNS)
    assert min(per_sign.values()) >= 15
    assert len({example.text for example in examples}) == len(examples)


def test_every_emergency_line_escalates_with_its_sign(report):
    missed = [
        (o.example.sign, o.example.text, o.detection.screen.value, o.detection.signs)
        for o in report.outcomes
        if o.example.expected == EMERGENCY and not o.correct
    ]
    assert missed == []
    assert report.overall_sensitivity.value == 1.0
    assert all(rate.value == 1.0 for rate in report.sensitivity.values())


def test_every_ambiguous_line_gets_at_least_the_red_flag_questions(report):
    missed = [
        o.example.text for o in report.outcomes if o.example.expected == AMBIGUOUS and not o.correct
    ]
    assert missed == []


def test_specificity_is_at_least_90_percent(report):
    assert report.overall_specificity.value >= 0.90
    assert all(rate.value >= 0.90 for rate in report.specificity.values())
    assert report.left_alone.value >= 0.85  # everyday messages are not sent to the questions
