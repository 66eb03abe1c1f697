"""The house rules a reader relies on, checked rather than written down: no import circle in
`bot/`, and the pure core (triage, retrieval, stories, the language model, content, the
reminder schedule) free of Telegram, SQL and the clock, so it can be tested on its own."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BOT = ROOT / "bot"
PURE = (
    "bot.triage",
    "bot.faq",
    "bot.stories",
    "bot.language",
    "bot.content",
    "bot.reminders.schedule",
    "bot.reminders.parse",
    "bot.reminders.stats",
    "bot.reminders.zones",
    "bot.reminders.zone_country",
    "bot.reminders.follow_up_time",
    "bot.diary.entries",
    "bot.diary.notices",
    "bot.diary.commands",
    "bot.sending.chat_spacing",
    "bot.sending.hold",
    "bot.sending.pacing",
)
FORBIDDEN_IN_PURE = (
    "telegram",
    "sqlalchemy",
    "sqlmodel",
    "aiohttp",
    "bot.db",
    "bot.core.clock",
    "bot.handlers",
    "bot.ui",
)


def modules() -> dict[str, Path]:
    found = {}
    for path in BOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = modules()


def imported(name: str, path: Path) -> Iterator[str]:
    """Every module `name` imports, anywhere in it (type-checking blocks and functions too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join([*base, module] if module else base)
            for alias in node.names:
                whole = f"{module}.{alias.name}"
                yield whole if whole in MODULES else module


def graph() -> dict[str, set[str]]:
    return {
        name: {dep for dep in imported(name, path) if dep in MODULES and dep != name}
        for name, path in MODULES.items()
    }


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_walk_finds_a_cycle_when_there_is_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_circle_anywhere_in_bot():
    assert len(MODULES) > 50
    assert cycles(graph()) == []


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.startswith(PURE)))
def test_the_pure_core_imports_no_telegram_sql_or_clock(name: str):
    bad = sorted(
        dep
        for dep in set(imported(name, MODULES[name]))
        if any(dep == f or dep.startswith(f + ".") for f in FORBIDDEN_IN_PURE)
    )
    assert bad == [], f"{name} imports {bad}"


def test_the_domain_never_takes_its_rules_from_the_ui():
    """Constants such as the snooze length belong to the reminders, which the ui then shows;
    only the dispatcher, which renders what it sends, may reach into the ui."""
    for name, path in MODULES.items():
        if name.startswith(("bot.reminders", "bot.db", "bot.triage", "bot.faq", "bot.stories")):
            uses = {dep for dep in imported(name, path) if dep.startswith("bot.ui")}
            if name == "bot.reminders.dispatcher":
                uses -= {"bot.ui.html", "bot.ui.reminders_render"}
            assert uses == set(), f"{name} imports {sorted(uses)}"


def test_the_top_of_bot_holds_only_its_entry_point_and_packages():
    loose = sorted(
        path.name for path in BOT.glob("*.py") if path.name not in ("__init__.py", "__main__.py")
    )
    assert loose == []
    assert {"app", "core", "sending"} <= {p.name for p in BOT.iterdir() if p.is_dir()}


def test_a_429s_wait_is_turned_into_seconds_in_one_place():
    readers = sorted(
        name
        for name, path in MODULES.items()
        if re.search(r"\.retry_after\b(?!_)", path.read_text(encoding="utf-8"))
    )
    assert readers == ["bot.sending.limiter"]


def test_only_the_entry_point_depends_on_the_composition_root():
    users = sorted(
        name
        for name, path in MODULES.items()
        if not name.startswith("bot.app")
        and name != "bot.__main__"
        and any(dep.startswith("bot.app") for dep in imported(name, path))
    )
    assert users == []


def test_no_file_points_to_a_document_the_repository_does_not_hold():
    for path in [*BOT.rglob("*.py"), ROOT / "BENCHMARKS.md", ROOT / "README.md"]:
        assert "design.md" not in path.read_text(encoding="utf-8"), path


def test_the_limiter_leans_on_no_private_attribute_of_python_telegram_bot():
    text = (BOT / "sending" / "limiter.py").read_text(encoding="utf-8")
    assert "_retry_after_event" not in text
    assert "_max_retries" not in text
    assert "class PatientRateLimiter(BaseRateLimiter" in text
