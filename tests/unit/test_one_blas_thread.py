"""The bot asks numpy's BLAS for one thread before numpy loads (bot/__init__.py): spread over
every core, the retrieval's matrix-vector products doubled the CPU a message costs."""

from __future__ import annotations

import os
import subprocess
import sys


def test_importing_the_bot_sets_one_blas_thread_unless_the_deployment_chose() -> None:
    script = "import bot, os; print(os.environ['OPENBLAS_NUM_THREADS'])"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    unset = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert unset.stdout.strip() == "1", unset.stderr
    chosen = subprocess.run(
        [sys.executable, "-c", script],
        env={**env, "OPENBLAS_NUM_THREADS": "2"},
        capture_output=True,
        text=True,
    )
    assert chosen.stdout.strip() == "2", chosen.stderr
