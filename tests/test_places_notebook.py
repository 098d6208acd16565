"""Notebook 04 (map the places) runs headless, as a reader's JupyterLab would run it."""
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "04-map-the-places.ipynb"


def test_notebook_is_committed_without_outputs_and_follows_the_skeleton():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    tags = [t for c in nb["cells"] for t in c.get("metadata", {}).get("tags", [])]
    assert tags.count("parameters") == 1 and tags.count("exercise") >= 2
    assert tags.count("exercise") == tags.count("solution") == tags.count("check")
    first = "".join(nb["cells"][0]["source"])
    assert first.startswith("# ") and "What you'll learn" in first and "Time to learn" in first


@pytest.mark.slow
def test_notebook_runs_headless(executed):
    from helpers import notebook_outputs

    texts, verdicts = notebook_outputs(executed("04"))
    for v in verdicts:
        assert "✅" in v, v  # each check passes with the solution
    joined = "\n".join(texts)
    assert "image/png" in joined  # the map
    assert "application/vnd.jupyter.widget-view+json" in joined  # the explorer
    assert "places.geojson" in joined and "Feature" in joined
    assert "✅" in joined and "❌" not in joined  # both checks pass with the solutions
