"""The "did you mean" region report (bench/faq_region.py): its groups and its table."""

from __future__ import annotations

from bench.faq_field import Message
from bench.faq_region import group_of, table


def _message(*accept: str) -> Message:
    return Message("m1", "some question", accept, "casual")


def test_each_did_you_mean_falls_in_one_group() -> None:
    offered = ["medications", "surgery", "physical-therapy"]
    assert group_of(_message("medications"), offered) == "first right"
    assert group_of(_message("physical-therapy", "overview"), offered) == "right further down"
    assert group_of(_message("overview"), offered) == "no right guess"
    assert group_of(_message(), offered) == "out of scope"


def test_the_table_gives_medians_and_marks_an_empty_group() -> None:
    found = {"first right": [(0.7, 0.1, 0.2, 0.05), (0.9, 0.3, 0.4, 0.15), (0.8, 0.2, 0.3, 0.1)]}
    lines = table(found).splitlines()
    assert lines[2] == "| first right | 3 | 0.80 | 0.20 | 0.30 | 0.10 |"
    assert lines[3] == "| right further down | 0 | - | - | - | - |"
    assert len(lines) == 2 + 4
