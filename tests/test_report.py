"""Reports: what they record, that two builds agree, and that a failed build leaves nothing behind."""
import hashlib
import json
import re
import shutil
from argparse import Namespace

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

import kit
import kit.run.report as report
from kit.resources import NOTEBOOKS, STUDY_ARTICLE
from kit.run.cli import main
from kit.text.article import InputError

STAMP = re.compile(r'<p class="build-stamp">.*?</p>')


def notebook(title, *sources):
    params = new_code_cell('ARTICLE = None  # path; None = the study article\nDCT = None  # "YYYY-MM-DD"')
    params.metadata["tags"] = ["parameters"]
    cells = [new_markdown_cell(f"# {title}"), params] + [new_code_cell(s) for s in sources]
    for i, c in enumerate(cells):
        c["id"] = f"cell-{i}"
    return new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                              "language": "python"}})


TINY = {
    # What changes between runs unless the report steadies it: widget ids, Styler ids, addresses.
    "01-tiny.ipynb": notebook(
        "Tiny one",
        "from kit.text.article import read_article\nfrom kit.resources import STUDY_ARTICLE\n"
        "article = read_article(ARTICLE or STUDY_ARTICLE, dct=DCT)\nprint('dct', article.dct)",
        "from kit.show.widgets import structure_explorer\nstructure_explorer(article)",
        "import pandas as pd\npd.DataFrame({'عدد': [1, 2]}).style.highlight_max()",
        "object()",
        "import matplotlib.pyplot as plt\nfrom kit.show.figures import arabic_fonts\narabic_fonts()\nplt.plot([1, 2, 3], [3, 1, 2])\nplt.title('الفقرات')\nplt.show()",
    ),
}
FAILING = notebook("Fails", "x = 1", "raise ValueError('boom in the third cell')", "print('never')")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    folder = tmp_path_factory.mktemp("notebooks")
    for name, nb in TINY.items():
        nbformat.write(nb, folder / name)
    return folder


@pytest.fixture(scope="module")
def tiny_report(tiny, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports") / "tiny"
    files = report.build_report(STUDY_ARTICLE, out, notebooks_dir=tiny)
    return out, files


def read(path):
    return path.read_text(encoding="utf-8")


def snapshot(folder):
    """Every file of a report, with the build stamp taken out."""
    files = {}
    for p in sorted(folder.iterdir()):
        text = read(p)
        if p.name == "index.html":
            assert len(STAMP.findall(text)) == 1
            text = STAMP.sub("", text)
        if p.name == "manifest.json":
            data = json.loads(text)
            data.pop("built_at")
            text = json.dumps(data, sort_keys=True)
        files[p.name] = text
    return files


def test_report_files_and_manifest(tiny_report):
    out, files = tiny_report
    assert sorted(f.name for f in files) == ["01-tiny.html", "01-tiny.ipynb", "index.html", "manifest.json"]
    m = json.loads(read(out / "manifest.json"))
    assert m["kind"] == "kit.report/1" and m["kit_version"] == kit.__version__
    assert m["input"]["sha256"] == hashlib.sha256(STUDY_ARTICLE.read_bytes()).hexdigest()
    assert m["input"]["dct"] == "2015-11-17" and m["input"]["dct_source"] == "metadata"
    for name in ("python", "pandas", "matplotlib", "camel-tools", "ipywidgets", "papermill", "nbconvert"):
        assert m["packages"][name], name
    assert [n["notebook"] for n in m["notebooks"]] == ["01-tiny.ipynb"]
    assert m["notebooks"][0]["title"] == "Tiny one"
    for name, digest in m["files"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest
    index = read(out / "index.html")
    assert m["input"]["sha256"] in index and kit.__version__ in index and 'href="01-tiny.html"' in index
    assert 'dir="rtl"' in index  # the article's title, right to left


def test_report_runs_the_article_and_opens_offline(tiny_report):
    out, _ = tiny_report
    nb = nbformat.read(out / "01-tiny.ipynb", 4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and str(STUDY_ARTICLE.resolve()) in injected[0].source
    html = read(out / "01-tiny.html")
    assert "dct 2015-11-17" in html
    # The widget is drawn from its saved state: the dropdown with its choice, the article highlighted.
    assert "kit-widget-snapshot" in html and "<select disabled" in html and "<mark" in html
    assert "application/vnd.jupyter.widget-view+json" not in html
    for page in out.glob("*.html"):  # no script or style fetched from the web
        assert not re.search(r'<(script|link)[^>]+(src|href)="https?:', read(page)), page.name
    assert re.search(r'<img [^>]*src="data:image/png;base64,', html)  # the figure, inline


def test_two_builds_are_equal_apart_from_the_stamp(tiny, tiny_report, tmp_path):
    first, _ = tiny_report
    second = tmp_path / "again"
    report.build_report(STUDY_ARTICLE, second, notebooks_dir=tiny)
    assert snapshot(first) == snapshot(second)
    assert "object at 0x…&gt;" in read(second / "01-tiny.html")  # the address was steadied, not left random


def test_no_code_hides_the_code(tiny, tiny_report, tmp_path):
    out = tmp_path / "nocode"
    report.build_report(STUDY_ARTICLE, out, no_code=True, notebooks_dir=tiny)
    with_code, without = read(tiny_report[0] / "01-tiny.html"), read(out / "01-tiny.html")
    assert "structure_explorer" in with_code and "structure_explorer" not in without
    assert "read_article" not in without and "ARTICLE" not in without
    assert "dct 2015-11-17" in without and "kit-widget-snapshot" in without  # the outputs stay
    assert json.loads(read(out / "manifest.json"))["options"]["no_code"] is True


@pytest.mark.parametrize("args, words", [
    (["/no/such/article.txt"], "no such file"),
    ([str(STUDY_ARTICLE), "--dct", "2015-02-30"], "not a date"),
    (["NOTEXT"], "no Arabic"),
    ([str(STUDY_ARTICLE), "--notebooks", "99"], "no notebook"),
])
def test_bad_input_exit_2_and_nothing_written(args, words, tmp_path, capsys):
    if args == ["NOTEXT"]:
        args = [str(tmp_path / "english.txt")]
        (tmp_path / "english.txt").write_text("Only English here.", encoding="utf-8")
    out = tmp_path / "reports" / "x"
    assert main(["report", *args, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "reports").exists() or list((tmp_path / "reports").iterdir()) == []


def test_failing_notebook_keeps_the_previous_report(tiny, tiny_report, tmp_path, monkeypatch, capsys):
    out = tmp_path / "reports" / "study"
    shutil.copytree(tiny_report[0], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    broken = tmp_path / "notebooks"
    shutil.copytree(tiny, broken)
    nbformat.write(FAILING, broken / "00-fails.ipynb")
    monkeypatch.setattr(report, "NOTEBOOKS", broken)
    code = main(["report", str(STUDY_ARTICLE), "-o", str(out), "--no-code"])
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "00-fails.ipynb" in err and "ValueError: boom in the third cell" in err and "In [4]" in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["study"]  # no staging folder left


def test_refuses_to_write_over_a_folder_that_is_not_a_report(tmp_path, tiny):
    mine = tmp_path / "thesis"
    mine.mkdir()
    (mine / "chapter1.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match="holds no report"):
        report.build_report(STUDY_ARTICLE, mine, notebooks_dir=tiny)
    assert read(mine / "chapter1.txt") == "keep me"


def test_choosing_notebooks():
    names = [p.name for p in report.notebook_paths()]
    assert names == sorted(names) and all(re.match(r"\d\d-", n) for n in names)
    first = names[0]
    assert [p.name for p in report.notebook_paths(only=[first[:2]])] == [first]
    assert [p.name for p in report.notebook_paths(only=[first.removesuffix(".ipynb")])] == [first]


@pytest.mark.slow
def test_study_notebook_report_is_reproducible(study_report, tmp_path):
    """A real notebook (01: tables, a chart, a widget) built again gives the same page as the session's build."""
    again = tmp_path / "again"
    assert report.main(Namespace(file=str(STUDY_ARTICLE), dct=None, output=str(again), no_code=False,
                                 notebooks=["01"])) == 0
    page = "01-read-an-article.html"
    assert read(again / page) == read(study_report / page)
    assert "kit-widget-snapshot" in read(again / page)


@pytest.mark.slow
def test_full_report_on_the_study_article(study_report):
    out = study_report  # `kit report` on the study article, built once for the whole session
    notebooks = sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    manifest = json.loads(read(out / "manifest.json"))
    assert [n["notebook"] for n in manifest["notebooks"]] == notebooks
    index = read(out / "index.html")
    for name in notebooks:
        assert f'href="{name.removesuffix(".ipynb")}.html"' in index
        executed = nbformat.read(out / name, 4)
        errors = [o for c in executed.cells for o in c.get("outputs", []) if o.output_type == "error"]
        assert errors == [], name


@pytest.mark.slow
def test_report_of_a_users_article_has_no_page_about_another(tmp_path):
    """Page 05 places the user's article in the corpus sample; nothing in it is about the study article."""
    mine = tmp_path / "my-article.txt"
    mine.write_text("افتتاح معرض للكتاب في جدة\n\nافتتح أمير منطقة مكة المكرمة الأمير خالد الفيصل أمس معرض جدة "
                    "الدولي للكتاب بمشاركة أربعمئة دار نشر من ثلاثين دولة.\n\nويستمر المعرض عشرة أيام.",
                    encoding="utf-8")
    (tmp_path / "my-article.meta.json").write_text('{"dct": "2015-08-10"}', encoding="utf-8")
    out = tmp_path / "report"
    assert main(["report", str(mine), "-o", str(out), "--notebooks", "05"]) == 0
    page = read(out / "05-explore-a-corpus.html")
    study_title = read_article_title(STUDY_ARTICLE)
    assert "افتتاح معرض للكتاب في جدة" in page and study_title not in page
    assert "yours" in page and "000_ac51de9d2fe8c34f" not in page


def read_article_title(path) -> str:
    from kit.text.article import read_article

    return read_article(path).title.text


def test_unchanged_report_is_not_rebuilt(tiny, tiny_report, tmp_path, capsys):
    out = tmp_path / "again"
    shutil.copytree(tiny_report[0], out)
    stamp = json.loads(read(out / "manifest.json"))["built_at"]
    files = report.build_report(STUDY_ARTICLE, out, notebooks_dir=tiny)  # same everything: nothing runs
    assert sorted(f.name for f in files) == sorted(p.name for p in out.iterdir())
    assert json.loads(read(out / "manifest.json"))["built_at"] == stamp
    (out / "01-tiny.html").write_text("damaged", encoding="utf-8")  # a damaged report is rebuilt
    report.build_report(STUDY_ARTICLE, out, notebooks_dir=tiny)
    assert "kit-widget-snapshot" in read(out / "01-tiny.html")
    assert json.loads(read(out / "manifest.json"))["fingerprint"] == json.loads(read(tiny_report[0] / "manifest.json"))["fingerprint"]


def test_cli_says_up_to_date_and_force_rebuilds(tiny, tiny_report, tmp_path, monkeypatch, capfd):
    out = tmp_path / "again"
    shutil.copytree(tiny_report[0], out)
    stamp = json.loads(read(out / "manifest.json"))["built_at"]
    monkeypatch.setattr(report, "NOTEBOOKS", tiny)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1447718400")  # 2015-11-17: a stamp unlike the first build's
    assert main(["report", str(STUDY_ARTICLE), "-o", str(out)]) == 0
    assert "report (up to date): 1 notebook →" in capfd.readouterr().err
    assert json.loads(read(out / "manifest.json"))["built_at"] == stamp
    assert main(["report", str(STUDY_ARTICLE), "-o", str(out), "--force"]) == 0
    # capfd sees the kernel process's own stderr too: its TCP and shut-down chatter must not reach the user
    captured = capfd.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 2 and captured.out == "", captured
    assert lines[0].startswith("01-tiny.ipynb ") and lines[1] == f"report (built): 1 notebook → {out / 'index.html'}"
    assert main(["report", str(STUDY_ARTICLE), "-o", str(out), "--force", "--quiet"]) == 0
    assert capfd.readouterr() == ("", "")
    assert main(["-v", "report", str(STUDY_ARTICLE), "-o", str(out), "--force"]) == 0
    assert "running 01-tiny.ipynb" in capfd.readouterr().err
    assert json.loads(read(out / "manifest.json"))["built_at"] == "2015-11-17T00:00:00Z"


def test_rebuild_refuses_to_delete_the_users_own_files(tiny, tiny_report, tmp_path, monkeypatch, capsys):
    """A file the report did not write (a user's notes) is never deleted by a rebuild: one line, exit 2."""
    out = tmp_path / "again"
    shutil.copytree(tiny_report[0], out)
    (out / "my-notes.md").write_text("ملاحظاتي عن التقرير", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    monkeypatch.setattr(report, "NOTEBOOKS", tiny)
    assert main(["report", str(STUDY_ARTICLE), "-o", str(out), "--force"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "my-notes.md" in err and "Traceback" not in err, err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again"]


def test_output_under_home_is_expanded(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(report, "NOTEBOOKS", tiny)
    assert main(["-q", "report", str(STUDY_ARTICLE), "-o", "~/rep"]) == 0
    assert (tmp_path / "home" / "rep" / "index.html").is_file() and not (tmp_path / "~").exists()


def test_unwritable_output_is_one_line_exit_2(tiny, tmp_path, monkeypatch, capsys):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    monkeypatch.setattr(report, "NOTEBOOKS", tiny)
    assert main(["report", str(STUDY_ARTICLE), "-o", str(tmp_path / "a-file" / "rep")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "internal error" not in err, err
