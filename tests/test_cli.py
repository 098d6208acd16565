"""The command line as a user meets it: the JSON contract and every kind of bad input."""
import json

import jsonschema
import pytest

from kit.analysis.pipeline import check_offsets, schema
from kit.resources import STUDY_ARTICLE


def test_analyze_json_validates_against_schema(run_kit, study_text):
    r = run_kit("analyze", STUDY_ARTICLE, "--json")
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    jsonschema.validate(result, schema())
    assert result["source"] == STUDY_ARTICLE.name and result["dct"] == "2015-11-17"
    assert "\\u0" not in r.stdout  # UTF-8, not ASCII-escaped
    assert check_offsets(result, study_text) == []


def test_dct_option_and_no_dct(run_kit, tmp_path):
    r = run_kit("analyze", STUDY_ARTICLE, "--json", "--dct", "2016-03-01")
    assert json.loads(r.stdout)["dct"] == "2016-03-01"
    plain = tmp_path / "x.txt"  # no metadata file beside it
    plain.write_text(STUDY_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert json.loads(run_kit("analyze", plain, "--json").stdout)["dct"] is None


def test_human_summary(run_kit):
    r = run_kit("analyze", STUDY_ARTICLE)
    assert r.returncode == 0
    assert "11 paragraphs" in r.stdout and "2015-11-17" in r.stdout


def write(path, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


BAD = {
    "missing": (None, "no such file"),
    "empty": (b"", "is empty"),
    "whitespace": ("  \n\t\u00a0\n", "only white space"),
    "binary": (bytes(range(256)) * 4, "binary"),
    "invalid_utf8": ("خبر عاجل".encode("cp1256"), "not valid UTF-8"),
    "utf16": ("خبر عاجل عن سوريا".encode("utf-16"), "UTF-16"),
    "no_arabic": ("Breaking news: nothing in Arabic here.\n\nSecond paragraph.", "no Arabic"),
    "html": ("<!DOCTYPE html><html><head><title>خبر</title></head><body><p>نص الخبر</p></body></html>", "HTML"),
    # Other encodings are named for what they are, with or without a byte-order mark.
    "utf16_no_bom": ("خبر عاجل عن سوريا\n\nقال الوزير إن 300 جندي وصلوا.".encode("utf-16-le"), "UTF-16"),
    "utf16be_no_bom": ("خبر عاجل عن سوريا\n\nقال الوزير إن 300 جندي وصلوا.".encode("utf-16-be"), "UTF-16"),
    "utf16_arabic_only": ("خبرعاجلعنسوريا".encode("utf-16-le"), "UTF-16"),
    "utf32": ("خبر عاجل عن سوريا".encode("utf-32"), "UTF-32"),
    "utf32_no_bom": ("خبر عاجل عن سوريا".encode("utf-32-le"), "UTF-32"),
    "latin1": ("Café au lait, déjà vu, naïve façade.\n\nÀ bientôt.".encode("latin-1"), "not valid UTF-8"),
}
# The Windows-1256 hint only where the bytes read as Arabic in that code page.
HINTED = {"invalid_utf8"}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_input_one_line_exit_2(kind, run_kit, tmp_path):
    data, words = BAD[kind]
    path = tmp_path / f"{kind}.txt"
    if data is not None:
        write(path, data)
    r = run_kit("analyze", path, "--json")
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], r.stderr
    assert "Traceback" not in r.stderr
    assert ("Windows-1256" in lines[0]) == (kind in HINTED), lines[0]
    if "UTF-16" in words:
        assert "binary" not in lines[0] and "UTF-32" not in lines[0], lines[0]


def test_directory_and_huge_file(run_kit, tmp_path):
    r = run_kit("analyze", tmp_path)
    assert r.returncode == 2 and "folder" in r.stderr
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:  # 50 MB of Arabic text
        line = ("خبر عن سوريا وروسيا. " * 40 + "\n\n").encode("utf-8")
        for _ in range(50_000_000 // len(line) + 1):
            f.write(line)
    r = run_kit("analyze", huge)
    assert r.returncode == 2 and "MB" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_bad_dct_and_bad_metadata(run_kit, tmp_path):
    r = run_kit("analyze", STUDY_ARTICLE, "--dct", "17/11/2015")
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr
    art = write(tmp_path / "a.txt", "عنوان\n\nنص.")
    write(tmp_path / "a.meta.json", "{not json")
    r = run_kit("analyze", art)
    assert r.returncode == 2 and "metadata" in r.stderr and "Traceback" not in r.stderr


def test_usage_errors_exit_2(run_kit):
    r = run_kit("analyse-typo")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_mostly_latin_article_is_analysed_with_a_warning(run_kit, tmp_path):
    path = write(tmp_path / "mixed.txt", "Title in English\n\nSome English text with one Arabic word: سوريا.")
    r = run_kit("analyze", path, "--json")
    assert r.returncode == 0
    assert any("Arabic" in w for w in json.loads(r.stdout)["warnings"])


def test_internal_error_is_one_line_and_debug_shows_the_traceback(monkeypatch, capsys):
    """A bug inside the kit reaches the user as one line (exit 1); --debug raises it for a developer."""
    import kit.analysis.pipeline
    from kit.resources import STUDY_ARTICLE
    from kit.run.cli import main

    def broken(article):
        raise ZeroDivisionError("division by zero in an extractor")

    monkeypatch.setattr(kit.analysis, "analyze", broken)
    assert main(["analyze", str(STUDY_ARTICLE), "--json"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "ZeroDivisionError" in err and "--debug" in err
    with pytest.raises(ZeroDivisionError):
        main(["--debug", "analyze", str(STUDY_ARTICLE), "--json"])


def test_the_command_line_and_the_analysis_start_without_pandas():
    """pandas is imported when a table is first asked for: `kit analyze` does not pay for it."""
    import subprocess
    import sys

    code = ("import sys, kit.run.cli, kit.analysis; from kit.analysis import analyze_text; "
            "analyze_text('خبر\\n\\nوصل الوزير إلى القاهرة أمس.').to_json(); print('pandas' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == "False", r.stdout + r.stderr
