"""Corpus mode on a small generated corpus, in every input format, on Dask clusters the tests start."""
import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from kit.corpus.run import TABLES, BadRecord, load_tables, plan, record_text, run_corpus
from kit.resources import ROOT
from kit.text.article import InputError

# Short Arabic news items written for these tests (not taken from any corpus).
GOOD = [
    {"id": "n1", "date": "2015-07-21",
     "title": "الأمم المتحدة تدعو إلى وقف إطلاق النار في اليمن",
     "content": "دعا الأمين العام للأمم المتحدة، اليوم الثلاثاء، الأطراف اليمنية إلى وقف إطلاق النار في عدن.\n\n"
                "وقال المتحدث باسم المنظمة في نيويورك إن المساعدات ستصل إلى صنعاء خلال ثلاثة أيام."},
    {"id": "n2", "date": "2015-07-22 09:15:00",
     "title": "وزير الخارجية يلتقي نظيره الفرنسي في الرياض",
     "content": "التقى وزير الخارجية السعودي عادل الجبير نظيره الفرنسي لوران فابيوس في الرياض أمس.\n\n"
                "وبحث الوزيران الأوضاع في سوريا والعراق، وأكدا دعم الحل السياسي."},
    {"id": "n3", "date": "2015-07-22",
     "title": "ارتفاع أسعار النفط",
     "content": "ارتفعت أسعار النفط في الأسواق العالمية بنسبة 3 في المئة يوم الأربعاء.\n\n"
                "وقالت منظمة أوبك في تقرير نشرته في فيينا إن الطلب سيزيد العام المقبل."},
    {"title": "افتتاح معرض الكتاب في القاهرة", "date": "yesterday",
     "content": "افتتح وزير الثقافة المصري معرض الكتاب في القاهرة بمشاركة مئتين وخمسين دار نشر من عشرين دولة."},
]
N_GOOD = len(GOOD)


def jsonl_lines():
    """(bytes line, expected error reason or None) in file order; line numbers start at 1."""
    lines = [(json.dumps(r, ensure_ascii=False).encode("utf-8"), None) for r in GOOD[:2]]
    lines += [
        (b'{"id": "broken", "title": "\xd8\xae\xd8\xa8\xd8\xb1", "content": "', "not valid JSON"),
        (b"", None),  # a blank line is skipped, not an error
        (json.dumps({"id": "empty", "title": "عنوان", "content": "  \n "}, ensure_ascii=False).encode(), "empty content"),
        (json.dumps({"id": "english", "title": "News", "content": "The talks resume on Monday."}).encode(), "no Arabic"),
        (json.dumps({"id": "nocontent", "title": "عنوان فقط"}, ensure_ascii=False).encode(), "no content field"),
        (b'["not", "an", "object"]', "not a JSON object"),
        (json.dumps({"id": "page", "content": "<!DOCTYPE html><html><body><p>خبر</p></body></html>"},
                    ensure_ascii=False).encode(), "HTML"),
        (b'{"id": "latin1", "content": "caf\xe9"}', "not valid UTF-8"),
    ]
    lines += [(json.dumps(r, ensure_ascii=False).encode("utf-8"), None) for r in GOOD[2:]]
    return lines


N_BAD_JSONL = sum(1 for _, err in jsonl_lines() if err)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus-inputs")
    data = b"\n".join(line for line, _ in jsonl_lines()) + b"\n"
    (root / "news.jsonl").write_bytes(data)
    with gzip.open(root / "news.jsonl.gz", "wb") as f:
        f.write(data)
    rows = GOOD + [{"id": "empty", "title": "عنوان", "content": ""}, {"id": "null", "title": "عنوان", "content": None},
                   {"id": "english", "title": "News", "content": "Nothing in Arabic."}]
    table = pa.Table.from_pylist([{k: r.get(k) for k in ("id", "title", "content", "date")} for r in rows])
    pq.write_table(table, root / "news.parquet", row_group_size=3)
    folder = root / "texts"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    for i, r in enumerate(GOOD[:3]):
        target = folder / ("sub" if i == 2 else "") / f"{r['id']}.txt"
        target.write_text(r["title"] + "\n\n" + r["content"], encoding="utf-8")
    (folder / "n1.meta.json").write_text(json.dumps({"dct": "2015-07-21"}), encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "english.txt").write_text("Nothing in Arabic here.", encoding="utf-8")
    (folder / "notes.md").write_text("ليس مقالا", encoding="utf-8")
    (folder / ".hidden" / "skip.txt").write_text("خبر مخفي", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


def run_kit(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "kit", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


def assert_consistent(tables):
    """Every item row belongs to an article row and its text is the slice its offsets name."""
    arts = tables["articles"].set_index("article_id")
    assert arts.index.is_unique
    for name in ("entities", "timexes"):
        for r in tables[name].itertuples(index=False):
            assert r.article_id in arts.index
            assert arts.loc[r.article_id, "text"][r.start:r.end] == r.text
    for name in ("places", "events"):
        assert set(tables[name]["article_id"]) <= set(arts.index)


# --- planning and records (no cluster) ----------------------------------------------------------

def test_jsonl_partitions_cover_every_line_once(inputs, tmp_path):
    descs, errors, sha = plan(inputs / "news.jsonl", tmp_path, partition_size=3)
    assert errors == [] and len(sha) == 64
    assert sum(d["n"] for d in descs) == len(jsonl_lines()) - 1  # the blank line is not a record
    data = (inputs / "news.jsonl").read_bytes()
    assert descs[0]["start"] == 0 and descs[-1]["end"] == len(data)
    assert all(a["end"] == b["start"] for a, b in zip(descs, descs[1:]))
    for d in descs:  # each partition starts at the line it claims
        assert data[:d["start"]].count(b"\n") + 1 == d["line"]


def test_gzip_is_cut_into_chunks_with_original_line_numbers(inputs, tmp_path):
    descs, errors, sha = plan(inputs / "news.jsonl.gz", tmp_path, partition_size=4)
    plain, _, _ = plan(inputs / "news.jsonl", tmp_path, partition_size=4)
    assert [d["line"] for d in descs] == [d["line"] for d in plain]
    assert all(Path(d["path"]).parent == tmp_path / "_input" for d in descs)


def test_record_text_dates_ids_and_bad_records():
    assert record_text({"id": 5, "content": "نص", "date": "2015-07-22 09:15:00"}, "f:1")[::2] == ("5", "2015-07-22")
    _, _, dct, warnings = record_text({"content": "نص", "date": "yesterday"}, "f:2")
    assert dct is None and "yesterday" in warnings[0]
    for bad, reason in [({"title": "x"}, "no content"), ({"content": 3}, "not text"), ({"content": " "}, "empty"),
                        ("text", "not a JSON object")]:
        with pytest.raises(BadRecord, match=reason):
            record_text(bad, "f:3")


@pytest.mark.parametrize("name, message", [
    ("missing.jsonl", "no such file"), ("news.csv", "must be a folder"), ("empty_dir", "no .txt files"),
    ("nocontent.parquet", "no 'content' column"), ("broken.parquet", "not a readable Parquet file"),
    ("broken.jsonl.gz", "not a readable gzip file"),
])
def test_bad_corpus_input_is_one_line_exit_2(inputs, tmp_path, name, message, capsys):
    from kit.run.cli import main

    if name == "news.csv":
        (tmp_path / name).write_text("id,content\n", encoding="utf-8")
    if name == "empty_dir":
        (tmp_path / name).mkdir()
    if name == "nocontent.parquet":
        pq.write_table(pa.table({"id": ["a"], "text": ["نص"]}), tmp_path / name)
    if name.startswith("broken"):
        (tmp_path / name).write_bytes(b"PK\x03\x04 this is a zip, not what the name says")
    assert main(["corpus", str(tmp_path / name), "-o", str(tmp_path / "out"), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_refuses_to_overwrite_a_folder_that_is_not_a_corpus(inputs, tmp_path):
    keep = tmp_path / "mine"
    keep.mkdir()
    (keep / "thesis.txt").write_text("do not delete", encoding="utf-8")
    with pytest.raises(InputError, match="not empty"):
        run_corpus(inputs / "news.jsonl", keep, client="sync")
    assert (keep / "thesis.txt").read_text(encoding="utf-8") == "do not delete"


# --- runs ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sync_run(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("sync") / "out"
    manifest = run_corpus(inputs / "news.jsonl", out, client="sync", partition_size=3)
    return out, manifest, load_tables(out)


def test_jsonl_tables_and_errors(sync_run):
    out, manifest, tables = sync_run
    assert sorted(p.name for p in out.iterdir()) == sorted([*TABLES, "manifest.json"])
    arts, errs = tables["articles"], tables["errors"]
    assert len(arts) == N_GOOD and manifest["rows"]["articles"] == N_GOOD
    assert list(arts["article_id"]) == ["n1", "n2", "n3", "news.jsonl:12"]  # input order; no id → name:line
    assert list(arts["dct"][:3]) == ["2015-07-21", "2015-07-22", "2015-07-22"] and pd.isna(arts["dct"][3])
    assert "yesterday" in " ".join(arts.iloc[3]["warnings"])
    assert arts.iloc[0]["title"] == GOOD[0]["title"] and arts.iloc[0]["n_sentences"] == 2
    expected = {i + 1: err for i, (_, err) in enumerate(jsonl_lines()) if err}
    assert dict(zip(errs["line"], errs["reason"])).keys() == expected.keys()
    for line, reason in zip(errs["line"], errs["reason"]):
        assert expected[line] in reason, (line, reason)
    assert set(errs.loc[errs["line"] == 5, "record_id"]) == {"empty"}
    assert_consistent(tables)


def test_every_format_on_a_cluster_via_its_address(inputs, cluster, sync_run, tmp_path):
    """--scheduler: the same code path on a cluster this test started, for every input format."""
    _, _, reference = sync_run
    for name in ("news.jsonl", "news.jsonl.gz", "news.parquet", "texts"):
        out = tmp_path / name.replace(".", "_")
        manifest = run_corpus(inputs / name, out, scheduler=cluster.scheduler_address, partition_size=2)
        tables = load_tables(out)
        assert manifest["workers"] == 2 and manifest["scheduler"] == cluster.scheduler_address
        assert_consistent(tables)
        arts, errs = tables["articles"], tables["errors"]
        if name.startswith("news.jsonl"):
            # Identical to the in-process run: same ids, rows and reasons whatever the partitioning.
            for t in TABLES:
                a = tables[t].drop(columns=["input"], errors="ignore").reset_index(drop=True)
                b = reference[t].drop(columns=["input"], errors="ignore").reset_index(drop=True)
                for col in {"article_id", "record_id"} & set(a.columns):  # records without an id name the file
                    a[col] = a[col].str.replace("news.jsonl.gz:", "news.jsonl:", regex=False)
                pd.testing.assert_frame_equal(a, b, check_dtype=False)
        elif name == "news.parquet":
            assert list(arts["article_id"]) == ["n1", "n2", "n3", "news.parquet:4"]
            assert sorted(errs["record_id"]) == ["empty", "english", "null"]
            assert set(errs["reason"]) >= {"empty content", "content is null"}
        else:
            assert sorted(arts["article_id"]) == ["n1", "n2", "sub/n3"]
            assert arts.set_index("article_id").loc["n1", "dct"] == "2015-07-21"  # from n1.meta.json
            reasons = dict(zip(errs["record_id"], errs["reason"]))
            assert sorted(reasons) == ["binary", "empty", "english"]
            assert "binary" in reasons["binary"] and "empty" in reasons["empty"] and "no Arabic" in reasons["english"]


def test_cli_default_local_cluster_and_limit(inputs, tmp_path):
    out = tmp_path / "out"
    r = run_kit("corpus", inputs / "news.jsonl.gz", "-o", out, "--workers", "1", "--limit", "6", "--no-progress")
    assert r.returncode == 0, r.stderr
    assert re.search(r"^\d+ articles? analysed, \d+ records? in errors", r.stderr, re.M) and r.stdout == ""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["records"] == 6 and manifest["workers"] == 1 and manifest["scheduler"] == "local"
    tables = load_tables(out)
    assert len(tables["articles"]) + len(tables["errors"]) == 6
    assert not (out / "_input").exists()


def test_csv_format_reads_back_in_pandas_as_the_parquet_tables(inputs, sync_run, tmp_path):
    """--format csv: one UTF-8 file per table that plain pandas.read_csv reads; same rows as Parquet."""
    _, _, reference = sync_run
    out = tmp_path / "csv"
    manifest = run_corpus(inputs / "news.jsonl", out, client="sync", partition_size=3, format="csv")
    assert manifest["format"] == "csv"
    assert sorted(p.name for p in out.iterdir()) == sorted([*(f"{t}.csv" for t in TABLES), "manifest.json"])
    for table in TABLES:
        plain = pd.read_csv(out / f"{table}.csv", encoding="utf-8")  # what a user would type
        ref = reference[table]
        assert list(plain.columns) == list(ref.columns), table
        assert len(plain) == len(ref), table
    arts = pd.read_csv(out / "articles.csv", encoding="utf-8")
    assert list(arts["text"]) == list(reference["articles"]["text"])  # multi-line Arabic text survives quoting
    ents = pd.read_csv(out / "entities.csv", encoding="utf-8")
    assert list(ents["canonical"]) == list(reference["entities"]["canonical"])
    assert list(ents["start"]) == list(reference["entities"]["start"])
    assert json.loads(arts["warnings"].iloc[3]) == list(reference["articles"]["warnings"].iloc[3])
    # load_tables gives the same typed frames for either format
    typed = load_tables(out)
    for table in TABLES:
        pd.testing.assert_frame_equal(
            typed[table].drop(columns=[c for c in ("warnings", "places") if c in typed[table]]),
            reference[table].drop(columns=[c for c in ("warnings", "places") if c in reference[table]]),
            check_dtype=False, obj=table)
    assert [list(w) for w in typed["articles"]["warnings"]] == [list(w) for w in reference["articles"]["warnings"]]
    assert_consistent(typed)


def test_cli_csv_format_and_unknown_format(inputs, tmp_path):
    r = run_kit("corpus", inputs / "news.jsonl", "-o", tmp_path / "c", "--format", "csv", "--workers", "1", "--no-progress")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "c" / "entities.csv").is_file() and not (tmp_path / "c" / "entities").exists()
    r = run_kit("corpus", inputs / "news.jsonl", "-o", tmp_path / "x", "--format", "xlsx")
    assert r.returncode == 2 and "invalid choice" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x").exists()


def test_truncated_gzip_keeps_what_was_read(inputs, tmp_path):
    lines = b"\n".join(json.dumps(r, ensure_ascii=False).encode() for r in GOOD * 40) + b"\n"
    whole = gzip.compress(lines)
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) * 3 // 4])
    out = tmp_path / "out"
    run_corpus(cut, out, client="sync", partition_size=50)
    tables = load_tables(out)
    assert 0 < len(tables["articles"]) < len(GOOD) * 40
    assert tables["errors"]["reason"].str.contains("cut short").sum() == 1


def test_rerun_replaces_output_and_failed_run_keeps_it(inputs, tmp_path):
    out = tmp_path / "out"
    run_corpus(inputs / "news.parquet", out, client="sync")
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with pytest.raises(InputError):
        run_corpus(tmp_path / "nothing-here.jsonl", out, client="sync")
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    run_corpus(inputs / "news.parquet", out, client="sync")  # a good rerun replaces it, byte for byte
    again = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != "manifest.json"}
    assert again == {k: v for k, v in before.items() if k.name != "manifest.json"}
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folders left behind


def test_unreachable_scheduler_is_one_clear_error(inputs, tmp_path):
    with pytest.raises(InputError, match="cannot reach the Dask scheduler"):
        run_corpus(inputs / "news.jsonl", tmp_path / "out", scheduler="tcp://127.0.0.1:9", connect_timeout="2s")
    assert list(tmp_path.iterdir()) == []


def test_scheduler_without_workers_is_one_clear_error(inputs, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as empty:
        with pytest.raises(InputError, match="has no workers"):
            run_corpus(inputs / "news.jsonl", tmp_path / "out", scheduler=empty.scheduler_address, connect_timeout="1s")
    assert list(tmp_path.iterdir()) == []


def test_small_corpora_get_several_partitions_per_worker(inputs, tmp_path):
    from kit.corpus.run import auto_partition_size, estimate_records

    assert estimate_records(inputs / "news.jsonl") == len(jsonl_lines())  # small file: exact (blank line counted)
    assert estimate_records(inputs / "news.parquet") == N_GOOD + 3
    assert estimate_records(inputs / "texts") == 6
    assert 5 <= estimate_records(inputs / "news.jsonl.gz") <= 20
    assert auto_partition_size(100_000, 2) == 100 and auto_partition_size(160, 2) == 5
    manifest = run_corpus(inputs / "news.jsonl", tmp_path / "out", client="sync")
    # One worker, a dozen records: one record per partition, so the progress bar moves per article.
    assert manifest["partition_size"] == 1 and manifest["partitions"] == manifest["records"] >= 10


# --- reading the tables -------------------------------------------------------------------------

def test_explore_functions_on_a_real_output(sync_run):
    from kit.corpus.explore import (
        cooccurrence,
        cooccurring_pairs,
        mention_snippets,
        mentions_over_time,
        open_corpus,
        top_entities,
        top_places,
    )

    out, _, _ = sync_run
    corpus = open_corpus(out)
    assert len(corpus.articles) == N_GOOD
    people = top_entities(corpus, ("PERS", "ORG"))
    assert list(people.columns) == ["canonical", "label", "type", "articles", "mentions"]
    assert (people["articles"] <= people["mentions"]).all()
    places = top_places(corpus)
    assert places["lat"].between(-90, 90).all()
    over = mentions_over_time(corpus, types=("PERS", "ORG"))
    if len(over):
        assert over.index.min() >= pd.Timestamp("2015-07-21") and over.index.max() <= pd.Timestamp("2015-07-22")
    m = cooccurrence(corpus)
    assert (m.values == m.values.T).all()
    pairs = cooccurring_pairs(corpus)
    assert (pairs["count"] > 0).all()
    if len(people):
        for s in mention_snippets(corpus, people.iloc[0]["canonical"]):
            assert s["text"][s["start"]:s["end"]]


def test_explore_functions_on_handmade_tables():
    from kit.corpus.explore import cooccurrence, mentions_over_time, top_entities, top_places

    ents = pd.DataFrame({
        "article_id": ["a", "a", "a", "b", "b", "c"],
        "type": ["PERS", "PERS", "ORG", "PERS", "ORG", "PERS"],
        "canonical": ["س", "س", "م", "س", "م", "ص"],
        "sentence": [0, 1, 1, 0, 2, 0],
    })
    arts = pd.DataFrame({"article_id": ["a", "b", "c"], "dct": ["2015-07-21", "2015-07-23", None]})
    places = pd.DataFrame({"article_id": ["a", "b"], "id": ["P1", "P1"], "name_ar": ["الرياض"] * 2, "name": ["Riyadh"] * 2,
                           "kind": ["city"] * 2, "country": ["SA"] * 2, "lat": [24.7] * 2, "lon": [46.7] * 2,
                           "mentions": [2, 1]})
    tables = {"entities": ents, "articles": arts, "places": places}
    assert top_entities(tables, "PERS").values.tolist() == [["س", "س", "PERS", 2, 3], ["ص", "ص", "PERS", 1, 1]]
    assert top_places(tables).loc[0, ["articles", "mentions"]].tolist() == [2, 3]
    over = mentions_over_time(tables, names=["س"])
    assert over["س"].tolist() == [2, 0, 1]  # the day without mentions is a zero, and "c" has no date
    by_article = cooccurrence(tables, n=3)
    assert by_article.loc["س", "م"] == 2 and by_article.loc["ص", "م"] == 0 and by_article.loc["س", "س"] == 2
    by_sentence = cooccurrence(tables, n=3, by="sentence")
    assert by_sentence.loc["س", "م"] == 1
    empty = {"entities": ents.iloc[:0], "articles": arts, "places": places.iloc[:0]}
    assert top_entities(empty).empty and top_places(empty).empty and cooccurrence(empty).empty
    assert mentions_over_time(empty).empty


def test_mentions_explorer_widget_updates(sync_run):
    from kit.corpus.explore import mentions_explorer, open_corpus, top_entities

    corpus = open_corpus(sync_run[0])
    names = top_entities(corpus, ("PERS", "ORG"), 20)["canonical"].tolist()
    box = mentions_explorer(corpus)
    pick, shown = box.children[0].children[0], box.children[1]
    assert [value for _, value in pick.options] == names and len(names) >= 2, names
    # Menus read in Arabic even where the canonical name is English (a gazetteer entry).
    assert all(re.search("[\u0600-\u06FF]", label) for label, _ in pick.options), pick.options
    first = shown.value
    assert "<mark" in first and 'dir="rtl"' in first
    pick.value = names[1]
    assert shown.value != first and "<mark" in shown.value


def test_progress_bar_counts_articles(inputs, cluster, tmp_path, capsys):
    """On a terminal the run shows a bar that counts articles up to the total."""
    manifest = run_corpus(inputs / "news.jsonl", tmp_path / "out", scheduler=cluster.scheduler_address,
                          partition_size=2, progress=True)
    err = capsys.readouterr().err
    total = manifest["records"]
    assert "corpus" in err and f"{total}/{total}" in err and "article" in err, err[-300:]
