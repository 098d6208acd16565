"""The kit as a package: the wheel carries its data and notebooks, and installed outside the
checkout it analyses the study article exactly as the checkout does, from any folder."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STUDY = ROOT / "data" / "articles" / "000_ac51de9d2fe8c34f.txt"


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The wheel built from the checkout and unpacked into a folder of its own (``pip install
    --target``); the tests run the kit from there, with this environment's dependencies."""
    tmp = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", str(ROOT),
                        "-w", str(tmp / "dist")], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    [wheel] = (tmp / "dist").glob("*.whl")
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(tmp / "site"),
                        str(wheel)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return wheel, tmp / "site", tmp


def run_installed(site: Path, cwd: Path, *args, timeout=900):
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, "-m", "kit", *map(str, args)], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


@pytest.mark.slow
def test_the_wheel_carries_the_data_the_notebooks_and_the_kit_command(installed):
    wheel, _, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    for must in ("kit/data/gazetteer/places.tsv", "kit/data/models/ner-crf.crfsuite", "kit/data/lexicon/stop_words.txt",
                 "kit/data/articles/000_ac51de9d2fe8c34f.txt", "kit/notebooks/02-find-entities.ipynb",
                 "kit/analysis/schema/analysis.schema.json"):
        assert must in names, must
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "kit = kit.run.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()


@pytest.mark.slow
def test_installed_kit_analyses_the_study_article_as_the_checkout_does(installed, run_kit, tmp_path):
    _, site, _ = installed
    elsewhere = tmp_path / "anywhere"
    elsewhere.mkdir()
    probe = subprocess.run([sys.executable, "-c", "import kit, kit.resources as r; print(kit.__file__); print(r.DATA)"],
                           cwd=elsewhere, env={**os.environ, "PYTHONPATH": str(site)}, capture_output=True, text=True)
    assert str(site) in probe.stdout.splitlines()[0] and str(site) in probe.stdout.splitlines()[1], probe.stdout
    mine = run_installed(site, elsewhere, "analyze", STUDY, "--format", "json")
    assert mine.returncode == 0, mine.stderr
    checkout = run_kit("analyze", STUDY, "--format", "json")
    assert json.loads(mine.stdout) == json.loads(checkout.stdout)
    stdin = subprocess.run([sys.executable, "-m", "kit", "analyze", "-", "--dct", "2015-11-17", "--json"],
                           input=STUDY.read_text(encoding="utf-8"), cwd=elsewhere, text=True, encoding="utf-8",
                           env={**os.environ, "PYTHONPATH": str(site)}, capture_output=True)
    assert stdin.returncode == 0 and json.loads(stdin.stdout)["entities"] == json.loads(mine.stdout)["entities"]


@pytest.mark.slow
def test_installed_kit_reports_and_runs_a_corpus_from_any_folder(installed, tmp_path):
    _, site, _ = installed
    elsewhere = tmp_path / "class"
    elsewhere.mkdir()
    (elsewhere / "article.txt").write_text(STUDY.read_text(encoding="utf-8"), encoding="utf-8")
    r = run_installed(site, elsewhere, "report", "article.txt", "--dct", "2015-11-17", "--notebooks", "01", "-o", "out")
    assert r.returncode == 0, r.stderr
    assert (elsewhere / "out" / "01-read-an-article.html").is_file()
    r = run_installed(site, elsewhere, "corpus", ".", "-o", "tables", "--workers", "1", "--no-progress")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (elsewhere / "tables").iterdir() if p.is_dir())[:2] == ["articles", "entities"]


def test_kit_names_itself_and_its_version(run_kit):
    import kit

    r = run_kit("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"kit {kit.__version__}"
    r = run_kit("--help")
    assert r.stdout.startswith("usage: kit ")
