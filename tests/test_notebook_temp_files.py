"""Running a notebook leaves nothing behind in the temporary folder (notebook 04 once left a
``kit-map-*`` folder of about 2 MB there on every run)."""
import pytest

from kit.resources import NOTEBOOKS, STUDY_ARTICLE


@pytest.mark.slow
def test_notebook_04_leaves_no_temporary_folder(tmp_path, monkeypatch):
    from kit.run.report import run_notebook

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))  # the kernel inherits it: tempfile writes there
    [path] = NOTEBOOKS.glob("04-*.ipynb")
    nb = run_notebook(path, tmp_path / path.name, {"ARTICLE": str(STUDY_ARTICLE), "DCT": None}, cwd=NOTEBOOKS)
    shown = "".join(str(o) for c in nb.cells for o in c.get("outputs", []))
    assert "places.geojson" in shown  # the export still happens and is listed
    assert sorted(p.name for p in tmp.iterdir() if p.name.startswith("kit-")) == []
