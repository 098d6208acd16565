import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent

# Every property test runs under one profile: "ci" (the default) replays the same cases every time
# (derandomised, no example database), so a run never depends on luck or on what an earlier run saved;
# HYPOTHESIS_PROFILE=explore searches with fresh random seeds (--hypothesis-seed=N picks one).
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", derandomize=False, database=None, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# `make test-fast` runs the tests on both cores (pytest-xdist, --dist loadgroup). A costly module
# fixture (a Dask cluster, the analysed corpus sample, a built report) would be built once per core:
# the tests that share one are kept on the same core instead.
SHARED_FIXTURES = {"cluster": "dask-cluster", "sample_with_yours": "corpus-sample", "tiny_report": "tiny-report",
                   "sync_run": "corpus-sync-run"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        for fixture, group in SHARED_FIXTURES.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(pytest.mark.xdist_group(group))
                break


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


# --- every notebook executed once per session ------------------------------------------------------

@pytest.fixture(scope="session")
def study_report(tmp_path_factory):
    """The study article's full report (``kit report``), built once per test session: it executes every
    notebook once, and the tests of each notebook read its executed copy instead of running it again."""
    import subprocess

    out = tmp_path_factory.mktemp("study-report") / "report"
    env = {**os.environ, "CAMELTOOLS_DATA": str(tmp_path_factory.mktemp("no-camel-data"))}
    env.pop("MPLBACKEND", None)  # the kernels use the inline backend, as a reader's JupyterLab does
    r = subprocess.run([sys.executable, "-m", "kit", "report", str(ROOT / "data" / "articles" / "000_ac51de9d2fe8c34f.txt"),
                        "-o", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                       timeout=1800)
    assert r.returncode == 0, r.stdout + r.stderr
    return out


@pytest.fixture(scope="session")
def executed(study_report):
    """``executed("02")``: the executed notebook whose name starts with that prefix, from the study report."""
    import nbformat

    def get(prefix: str):
        [path] = sorted(study_report.glob(f"{prefix}*.ipynb"))
        return nbformat.read(path, as_version=4)

    return get


@pytest.fixture
def no_pyplot_figures(monkeypatch):
    """Widget callbacks must draw on figures pyplot never sees: under the inline backend a pyplot
    figure made in a callback can be closed mid-draw by the notebook's own cells (a flaky
    ``'NoneType' object has no attribute 'dpi'`` once seen in the browser test of notebook 03)."""
    import matplotlib.pyplot as plt

    def refuse(*args, **kwargs):
        raise AssertionError("a widget callback made a pyplot figure")

    for name in ("figure", "subplots", "close"):
        monkeypatch.setattr(plt, name, refuse)
