import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

@pytest.fixture(scope="session")
def gold():
    with open(ROOT / "data" / "gold" / "000_ac51de9d2fe8c34f.gold.json", encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="session")
def study_text():
    with open(ROOT / "data" / "articles" / "000_ac51de9d2fe8c34f.txt", encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="session")
def run_kit():
    """Run `python -m kit ARGS` as a user would; returns the CompletedProcess."""
    import subprocess

    def run(*args, cwd=ROOT, timeout=600):
        return subprocess.run(
            [sys.executable, "-m", "kit", *map(str, args)],
            cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=timeout,
        )

    return run
