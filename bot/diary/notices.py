"""Which of the guide's reasons to contact a healthcare provider a run of diary entries shows,
and which of them to say today.

The rules (content/diary.yaml, `notices`) are deliberately literal readings of the guide's list:
numbness on more than a few days in a row, a level that rises or spreads to new places within a
week, numbness on only one side. A reason is said once and then not again for a while
(`renotice_after_days`): a notice that came every day would soon be ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from bot.content.diary_models import NoticeRule
from bot.diary.entries import BOTH, DayEntry


def reasons_shown(
    entries: Iterable[DayEntry], today: date, rules: Sequence[NoticeRule]
) -> list[str]:
    """The criteria (ids) whose rule holds on `today`'s diary, in the rules' order. Only entries
    up to today count; today itself must have an entry with numbness for any rule to hold."""
    by_day = {entry.day: entry for entry in entries if entry.day <= today}
    latest = by_day.get(today)
    if latest is None or not latest.numb:
        return []
    return [rule.criterion for rule in rules if _holds(rule, by_day, latest)]


def to_say(
    shown: Sequence[str], last_said: Mapping[str, date], today: date, renotice_after_days: int
) -> list[str]:
    """The reasons shown today that were not said within the last `renotice_after_days` days."""
    quiet = timedelta(days=renotice_after_days)
    return [
        reason for reason in shown if reason not in last_said or today - last_said[reason] >= quiet
    ]


def _holds(rule: NoticeRule, by_day: Mapping[date, DayEntry], latest: DayEntry) -> bool:
    today = latest.day
    if rule.rule == "days_in_a_row":
        days = (today - timedelta(days=back) for back in range(rule.days))
        return all((entry := by_day.get(day)) is not None and entry.numb for day in days)
    window = [
        by_day[day]
        for day in sorted(by_day)
        if today - timedelta(days=rule.days - 1) <= day <= today
    ]
    if rule.rule == "rising":
        return _rising(window)
    return _one_side(window, rule.entries)


def _rising(window: Sequence[DayEntry]) -> bool:
    """Today's level above the window's first entry with numbness, or a place today that no
    earlier entry of the window named, when earlier entries named places at all."""
    *earlier, today = window
    earlier_numb = [entry for entry in earlier if entry.numb]
    if earlier_numb and today.level > earlier_numb[0].level:
        return True
    named_before = frozenset().union(*(entry.places for entry in earlier_numb))
    return bool(named_before) and bool(today.places - named_before)


def _one_side(window: Sequence[DayEntry], entries: int) -> bool:
    """The last `entries` entries with numbness and a side all name the same single side."""
    sided = [entry.side for entry in window if entry.numb and entry.side is not None]
    last = sided[-entries:]
    return len(last) == entries and len(set(last)) == 1 and last[0] != BOTH
