"""Load the content directory into one validated `Content`, or say exactly what is wrong.

Content is edited by people who are not reading the code, so a problem must be reported in their
terms: the file, the entry (its index and id) and the field, e.g.
`content/faq.yaml: faq[3] (id 'sitting-numb'): field 'section': unknown section 'causes-x'`.
All problems found are reported together, so one run of `python -m bot check-content` shows every
fix to make. Loading is plain YAML parsing plus pydantic validation: a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from stat import S_ISREG
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from bot.content.asked import check_asked, load_asked
from bot.content.checks import check_content
from bot.content.diary_models import Diary
from bot.content.guide import GUIDE_RELATIVE_PATH, load_guide
from bot.content.inventory import (
    DIARY_FILE,
    EMERGENCY_NUMBERS_FILE,
    EXEMPLARS_FILE,
    FAQ_FILE,
    LANGUAGES_FILE,
    REMINDERS_FILE,
    SECTIONS_FILE,
    STORIES_FILE,
    SYNONYMS_FILE,
    TRIAGE_FILE,
)
from bot.content.language_checks import check_languages
from bot.content.language_models import Languages
from bot.content.models import (
    UNKNOWN_COUNTRY,
    Content,
    EmergencyNumbers,
    ExemplarGroup,
    Exemplars,
    FaqFile,
    Reminders,
    SectionsFile,
    Stories,
    SynonymsFile,
    Triage,
)
from bot.content.story_checks import check_diary, check_stories

DEFAULT_CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"
"""The repository's `content/` directory, found from the package so any working directory works."""

_KEYED_COLLECTIONS = frozenset({"countries"})
"""Top-level mappings whose keys name entries (country codes) rather than fields."""

ModelT = TypeVar("ModelT", bound=BaseModel)
Prepare = Callable[[Any, list[str]], Any]


class ContentError(Exception):
    """The content is missing, malformed or unfaithful to the guide; `problems` lists each issue."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML was built with it: several times faster than the pure-Python one."""


class _UniqueKeyLoader(_SafeLoader):
    """A safe YAML loader that rejects duplicate keys instead of silently keeping the last one."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        self.flatten_mapping(node)
        seen: set[Hashable] = set()
        for key_node, _value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, Hashable):
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        "while constructing a mapping",
                        node.start_mark,
                        f"found duplicate key {key!r}",
                        key_node.start_mark,
                    )
                seen.add(key)
        return super().construct_mapping(node, deep=deep)


# Content already loaded, by directory and the files' sizes and times: the process loads it once,
# and the test modules, which each load it, share one Content (and so one screen and one reader,
# which bot.triage.tools and bot.stories.tools build once per Content). A file changed on disk
# changes the key, so an edit is read, never a stale copy.
_LOADED: dict[tuple[Path, tuple[tuple[str, int, int], ...]], Content] = {}


def load_content(directory: Path | None = None) -> Content:
    """Load and validate every content file; raise `ContentError` listing all problems."""
    root = (DEFAULT_CONTENT_DIR if directory is None else Path(directory)).resolve()
    key = (root, _fingerprint(root))
    content = _LOADED.get(key)
    if content is None:
        content = _load_content(root)
        _LOADED[key] = content
    return content


def _fingerprint(root: Path) -> tuple[tuple[str, int, int], ...]:
    stamps = []
    for path in sorted(root.rglob("*")):
        status = path.stat()  # one stat a file: its kind, size and time together
        if S_ISREG(status.st_mode):
            stamps.append((str(path.relative_to(root)), status.st_mtime_ns, status.st_size))
    return tuple(stamps)


def _load_content(root: Path) -> Content:
    guide_path = root / GUIDE_RELATIVE_PATH
    if not guide_path.is_file():
        raise ContentError(
            [f"{_display(guide_path)}: file not found (every quote is checked against it)"]
        )
    guide = load_guide(root)

    problems: list[str] = []
    sections = _load(root / SECTIONS_FILE, SectionsFile, problems)
    faq = _load(root / FAQ_FILE, FaqFile, problems)
    triage = _load(root / TRIAGE_FILE, Triage, problems)
    numbers = _load(root / EMERGENCY_NUMBERS_FILE, EmergencyNumbers, problems, _prepare_numbers)
    reminders = _load(root / REMINDERS_FILE, Reminders, problems)
    synonyms = _load(root / SYNONYMS_FILE, SynonymsFile, problems)
    exemplars = _load(root / EXEMPLARS_FILE, Exemplars, problems)
    stories = _load(root / STORIES_FILE, Stories, problems)
    languages = _load(root / LANGUAGES_FILE, Languages, problems)
    diary = _load(root / DIARY_FILE, Diary, problems)
    asked = load_asked(root, problems, _display)
    if (
        problems
        or sections is None
        or faq is None
        or triage is None
        or numbers is None
        or reminders is None
        or synonyms is None
        or exemplars is None
        or stories is None
        or languages is None
        or diary is None
    ):
        raise ContentError(problems)

    content = Content(
        topics=sections.topics,
        sections=sections.sections,
        faq=faq.faq,
        not_covered=faq.not_covered,
        asked=asked,
        triage=triage,
        emergency_numbers=numbers,
        reminders=reminders,
        synonyms=synonyms.synonyms,
        subject_words=synonyms.subject_words,
        subject_names=synonyms.subject_names,
        exemplars=exemplars,
        stories=stories,
        languages=languages.languages,
        diary=diary,
    )
    found = [
        *check_content(content, guide),
        *check_asked(content),
        *check_stories(content),
        *check_languages(content),
        *check_diary(content),
    ]
    if found:
        raise ContentError(
            [
                f"{_display(root / problem.file)}: {problem.entry}: {problem.message}"
                for problem in found
            ]
        )
    return content


def summary(content: Content) -> str:
    """A few lines of counts, for `python -m bot check-content` and deploy logs."""
    triage = content.triage
    reminders = content.reminders
    questions = sum(len(section.questions) for section in content.sections)
    paraphrases = sum(len(entry.paraphrases) for entry in content.faq)
    phrases = sum(len(sign.phrases) for sign in triage.emergency_signs)
    return "\n".join(
        [
            f"topics: {len(content.topics)}, sections: {len(content.sections)} "
            f"({questions} question variants)",
            f"faq: {len(content.faq)} entries ({paraphrases} paraphrases); asked by strangers: "
            f"{sum(a.entry is not None for a in content.asked)} questions, "
            f"{sum(a.entry is None for a in content.asked)} out of scope",
            f"triage: {len(triage.emergency_signs)} emergency signs ({phrases} phrases, "
            f"{_exemplar_count(content.exemplars.red_flags)} exemplars; "
            f"{_exemplar_count(content.exemplars.calm)} calm ones), "
            f"{len(triage.appointment_criteria)} appointment criteria, "
            f"{len(triage.self_care)} self-care items",
            f"emergency numbers: {len(content.emergency_numbers.countries)} countries "
            "and a fallback for unknown ones",
            f"reminders: {len(reminders.movement)} movement prompts, "
            f"{len(reminders.foot_inspection.items)} foot-inspection items",
            f"synonyms: {len(content.synonyms)} terms "
            f"({sum(len(group.variants) for group in content.synonyms)} variants)",
        ]
    )


def _exemplar_count(groups: list[ExemplarGroup]) -> int:
    return sum(len(group.exemplars) for group in groups)


def _load(
    path: Path, model: type[ModelT], problems: list[str], prepare: Prepare | None = None
) -> ModelT | None:
    """Parse and validate one file; append its problems and return None when it has any."""
    where = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(f"{where}: file not found")
        return None
    try:
        raw = _parse_yaml(text)
    except yaml.YAMLError as error:
        problems.append(f"{where}: {_yaml_problem(error)}")
        return None
    if prepare is not None:
        prepared: list[str] = []
        raw = prepare(raw, prepared)
        if prepared:
            problems.extend(f"{where}: {problem}" for problem in prepared)
            return None
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        problems.extend(f"{where}: {line}" for line in _validation_problems(raw, error))
        return None


def _parse_yaml(text: str) -> Any:
    loader = _UniqueKeyLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def _yaml_problem(error: yaml.YAMLError) -> str:
    if isinstance(error, yaml.MarkedYAMLError) and error.problem_mark is not None:
        mark = error.problem_mark
        return f"invalid YAML at line {mark.line + 1}, column {mark.column + 1}: {error.problem}"
    return f"invalid YAML: {error}"


def _prepare_numbers(raw: Any, problems: list[str]) -> Any:
    """Give each country entry its code from its key, catching YAML's boolean country codes.

    YAML 1.1 reads unquoted NO (Norway) as false; the message says how to fix it.
    """
    if not isinstance(raw, dict):
        return raw
    prepared = dict(raw)
    if isinstance(raw.get("unknown"), dict):
        prepared["unknown"] = _with_code(raw["unknown"], UNKNOWN_COUNTRY, "unknown", problems)
    countries = raw.get("countries")
    if isinstance(countries, dict):
        entries: dict[Any, Any] = {}
        for key, value in countries.items():
            if not isinstance(key, str):
                problems.append(
                    f"countries[{key!r}]: country codes must be quoted strings "
                    "(YAML reads NO, ON, YES and OFF as booleans)"
                )
                continue
            entries[key] = _with_code(value, key, f"countries[{key!r}]", problems)
        prepared["countries"] = entries
    return prepared


def _with_code(value: Any, code: str, where: str, problems: list[str]) -> Any:
    if not isinstance(value, dict):
        return value
    if "code" in value:
        problems.append(f"{where}: field 'code': set from the entry's key; remove it")
    return {**value, "code": code}


def _validation_problems(raw: Any, error: ValidationError) -> list[str]:
    lines = []
    for detail in error.errors():
        entry, field = _locate(raw, tuple(detail["loc"]))
        parts = [part for part in (entry, f"field {field!r}" if field else "") if part]
        parts.append(_error_message(detail))
        lines.append(": ".join(parts))
    return lines


def _locate(raw: Any, loc: tuple[int | str, ...]) -> tuple[str, str]:
    """Split a pydantic error location into the entry it is in and the field path inside it.

    The entry ends at the first list index (`faq[3]`) or, for country tables, at the key
    (`countries['IN']`); without either, the last part of the location is the field.
    """
    if not loc:
        return "", ""
    keyed = loc[0] in _KEYED_COLLECTIONS
    if keyed and len(loc) >= 2:
        cut = 2
    else:
        cut = next((i + 1 for i, part in enumerate(loc) if isinstance(part, int)), len(loc) - 1)
    entry = _path(loc[:cut], keyed=keyed)
    if cut and isinstance(loc[cut - 1], int):
        node = _walk(raw, loc[:cut])
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            entry += f" (id {node['id']!r})"
    return entry, _path(loc[cut:])


def _path(parts: tuple[int | str, ...], keyed: bool = False) -> str:
    text = ""
    for position, part in enumerate(parts):
        if isinstance(part, int) or (keyed and position == 1):
            text += f"[{part!r}]" if isinstance(part, str) else f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _walk(raw: Any, parts: tuple[int | str, ...]) -> Any:
    node = raw
    for part in parts:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            return None
    return node


def _error_message(detail: Any) -> str:
    kind = detail["type"]
    if kind == "missing":
        return "missing (required)"
    if kind == "extra_forbidden":
        return "unknown field (not part of the schema: check the spelling)"
    message = str(detail["msg"])
    if message.startswith("Input should be "):
        value = detail.get("input")
        shown = repr(value)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        expected = message.removeprefix("Input should be ")
        return f"must be {expected}, got {type(value).__name__} {shown}"
    return message.removeprefix("Value error, ")


def _display(path: Path) -> str:
    """Paths relative to the working directory when possible: `content/faq.yaml`."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()
