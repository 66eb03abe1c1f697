"""How strangers asked: messages written apart from the content, kept to teach the model's half.

The entries' own ways of asking (`questions`, `paraphrases`) are questions in the builders'
phrasing. People also tell a situation and leave the question implied ("every long meeting my
thigh feels like it belongs to someone else"), ask for a relative, or write at length first; and
they ask for what the guide lacks. `content/asked/` keeps sets of such messages, each written by
someone who saw only the guide (and the entries' names), scored on the code of its day before
anyone read it, then read as a development set. They stay as they were typed, typos and all:
none is shown to anyone, and none is the project's own phrasing.

Each file holds one JSON object a line, in the field set's form: `questions_*.jsonl` a question
with `accept` (the entries whose text answers it, best first) and `style`; `out_of_scope_*.jsonl`
a message the guide does not answer, with `kind`. The retrieval model (`bot.faq.meaning`) learns
a question as a way of asking its first accepted entry, and an out-of-scope message as one more
phrasing of "not covered". Because the model learns them, a figure on one of these files means
nothing unless that file was left out of the model that scored it: `bench/faq_benchmark.py`
scores each one so (`without_source`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

from bot.content.checks import Problem, phrasing_key
from bot.content.models import AskedLine, Content

ASKED_DIR = "asked"
QUESTIONS_PREFIX = "questions_"
OUT_OF_SCOPE_PREFIX = "out_of_scope_"
STYLES = frozenset(
    {"caregiver", "casual", "esl", "formal", "indirect", "long", "short", "typos", "worried"}
)
KINDS = frozenset(
    {"near", "health", "offtopic", "smalltalk", "abuse"}  # the field set's kinds
    | {"dose", "cost", "side-effects", "test-experience", "other-condition"}  # `near`, split up
)
MAX_CHARACTERS = 1_000


def load_asked(
    directory: Path, problems: list[str], shown: Callable[[Path], str] = Path.as_posix
) -> list[AskedLine]:
    """Every line of the folder's files, in file order; a problem for each malformed line, in the
    file's own terms (`content/asked/questions_round13.jsonl: line 4: ...`, the path as `shown`
    writes it). Whether the entries it names exist is `check_asked`'s, once the entries load."""
    folder = directory / ASKED_DIR
    lines: list[AskedLine] = []
    if not folder.is_dir():
        return lines
    for path in sorted(folder.iterdir()):
        name = path.name
        if path.suffix != ".jsonl" or not name.startswith((QUESTIONS_PREFIX, OUT_OF_SCOPE_PREFIX)):
            problems.append(
                f"{shown(path)}: not a set of asked messages (questions_*.jsonl or "
                "out_of_scope_*.jsonl)"
            )
            continue
        in_scope = name.startswith(QUESTIONS_PREFIX)
        seen: set[str] = set()
        label = shown(path)  # once a file: resolving the path per line was most of a load's time
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not raw.strip():
                continue
            where = f"{label}: line {number}"
            line = _line(raw, path.stem, number, in_scope, where, problems)
            if line is None:
                continue
            key = phrasing_key(line.text)
            if key in seen:
                problems.append(f"{where}: the same message twice in one file")
                continue
            seen.add(key)
            lines.append(line)
    return lines


def _line(
    raw: str, source: str, number: int, in_scope: bool, where: str, problems: list[str]
) -> AskedLine | None:
    try:
        row = json.loads(raw)
    except json.JSONDecodeError as error:
        problems.append(f"{where}: not JSON ({error.msg})")
        return None
    if not isinstance(row, dict):
        problems.append(f"{where}: must be a JSON object")
        return None
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append(f"{where}: field 'text': missing or empty")
        return None
    if len(text) > MAX_CHARACTERS:
        problems.append(f"{where}: field 'text': longer than {MAX_CHARACTERS} characters")
        return None
    if not in_scope:
        if row.get("kind") not in KINDS:
            problems.append(f"{where}: field 'kind': must be one of {', '.join(sorted(KINDS))}")
            return None
        return AskedLine(source=source, line=number, text=text.strip())
    accept = row.get("accept")
    if not isinstance(accept, list) or not accept or not all(isinstance(a, str) for a in accept):
        problems.append(f"{where}: field 'accept': must list the entries that answer it")
        return None
    if row.get("style") not in STYLES:
        problems.append(f"{where}: field 'style': must be one of {', '.join(sorted(STYLES))}")
        return None
    return AskedLine(source=source, line=number, text=text.strip(), accept=accept)


def check_asked(content: Content) -> Iterator[Problem]:
    """Every entry a question accepts is one the bot can answer with."""
    known = {section.id for section in content.sections} | {entry.id for entry in content.faq}
    for line in content.asked:
        unknown = [entry for entry in line.accept if entry not in known]
        if unknown:
            yield Problem(
                f"{ASKED_DIR}/{line.source}.jsonl",
                f"line {line.line}",
                f"field 'accept': unknown entry {unknown[0]!r}",
            )


def without_source(lines: list[AskedLine], source: str) -> list[AskedLine]:
    """The lines of every file but the questions and out-of-scope files of one set ("round13"):
    what a model that never saw that set learns."""
    left_out = {QUESTIONS_PREFIX + source, OUT_OF_SCOPE_PREFIX + source}
    return [line for line in lines if line.source not in left_out]
