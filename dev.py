"""One entry point for people working on LegCare, needing nothing but python3 (3.11+).

    python3 dev.py run      # the bot; with no TELEGRAM_BOT_TOKEN it opens the offline sandbox
    python3 dev.py sandbox --fast   # the sandbox on a clock 60 times faster
    python3 dev.py test     # the whole test suite (extra arguments go to pytest)
    python3 dev.py lint     # ruff check and ruff format --check

The first call creates `.venv/` and installs the project with its dev extras from
`pyproject.toml`; later calls reinstall only when `pyproject.toml` has changed, so the two README
commands work on a fresh clone and stay fast afterwards.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".legcare-installed"
MIN_PYTHON = (3, 11)


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _wanted_stamp() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest} {sys.version_info[0]}.{sys.version_info[1]}"


def ensure_environment() -> Path:
    """Create or refresh the project's virtual environment; return its interpreter."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"LegCare needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer.")
    python = _venv_python()
    if not python.exists():
        print("Creating .venv ...", file=sys.stderr)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    wanted = _wanted_stamp()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing LegCare and its dependencies into .venv ...", file=sys.stderr)
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
        subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True, cwd=ROOT)
        STAMP.write_text(wanted + "\n")
    return python


# One test worker per core and one more: the end-to-end tests spend much of their time waiting on
# real HTTP, real time and Telegram's pace, so a worker waiting lends its core to one that
# computes; two per core starved the tests that check the product's time bounds (a takeover
# within 10 s, a tick that does not sleep through its send slots) on a slow two-core machine,
# for the machine's sake, not the product's. Measured on two cores: 4 workers 268-343 s, such a
# failure in three runs of five; 3 workers 275-290 s, none.
TEST_WORKERS = (os.cpu_count() or 1) + 1


def main(argv: list[str]) -> int:
    commands = {
        "run": ["-m", "bot", "run"],
        "sandbox": ["-m", "bot", "sandbox"],
        "test": ["-m", "pytest", "-n", str(TEST_WORKERS), "--dist", "worksteal"],
        "lint": None,
    }
    if not argv or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    python = ensure_environment()
    command, rest = argv[0], argv[1:]
    if command == "lint":
        check = subprocess.run([str(python), "-m", "ruff", "check", "."], cwd=ROOT, check=False)
        fmt = subprocess.run(
            [str(python), "-m", "ruff", "format", "--check", "."], cwd=ROOT, check=False
        )
        return check.returncode or fmt.returncode
    args = [str(python), *commands[command], *rest]
    if os.name == "nt":
        return subprocess.run(args, cwd=ROOT, check=False).returncode
    os.chdir(ROOT)
    os.execv(str(python), args)
    return 0  # pragma: no cover - execv does not return


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
