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


# --- reliability: clusters, limits, interruptions, surprises ---------------------------------------

def _unshare_works() -> bool:
    """True when this machine lets a process have a mount namespace of its own (a private tmpfs)."""
    import shutil

    if not shutil.which("unshare"):
        return False
    r = subprocess.run(["unshare", "--mount", "--map-root-user", "sh", "-c", "mount -t tmpfs none /mnt && echo ok"],
                       capture_output=True, text=True, timeout=30)
    return r.returncode == 0 and "ok" in r.stdout


@pytest.mark.skipif(sys.platform != "linux", reason="a private mount namespace needs Linux")
def test_worker_on_another_file_system_gives_complete_tables(inputs, tmp_path):
    """A worker that does not share the driver's file system: the folder the output goes to is a
    private tmpfs in the worker's mount namespace, and the worker runs in a folder of its own. The
    run must hold every row (results travel back to the driver), never only a manifest."""
    if not _unshare_works():
        pytest.skip("no unprivileged mount namespaces here (unshare --mount --map-root-user)")
    import os

    from distributed import Client, LocalCluster

    driver = tmp_path / "driver"  # the worker sees an empty tmpfs here
    driver.mkdir()
    elsewhere = tmp_path / "worker-cwd"
    elsewhere.mkdir()
    with LocalCluster(n_workers=0, processes=False, protocol="tcp", host="127.0.0.1", dashboard_address=":0") as cluster:
        worker_cmd = (f"mount -t tmpfs none {driver} && cd {elsewhere} && exec {sys.executable} -m distributed.cli.dask_worker "
                      f"{cluster.scheduler_address} --nthreads 1 --no-nanny --no-dashboard")
        worker = subprocess.Popen(["unshare", "--mount", "--map-root-user", "sh", "-c", worker_cmd],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=elsewhere,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
        try:

            (driver / "driver-only.txt").write_text("the worker cannot see this", encoding="utf-8")
            with Client(cluster) as c:
                c.wait_for_workers(1, timeout=120)
                views = c.run(os.listdir, str(driver))
            assert list(views.values()) == [[]], views  # the worker's file system really differs
            out = driver / "out"
            # The input is on a path both see (as on a cluster with a shared data disk); the output is not.
            manifest = run_corpus(inputs / "news.jsonl", out, scheduler=cluster.scheduler_address, partition_size=3)
            tables = load_tables(out)
            assert len(tables["articles"]) == N_GOOD == manifest["rows"]["articles"]
            assert len(tables["errors"]) == N_BAD_JSONL
            assert len(tables["entities"]) == manifest["rows"]["entities"] > 0
            assert_consistent(tables)
        finally:
            worker.terminate()
            worker.wait(timeout=30)


def test_every_partition_is_verified_before_success(inputs, tmp_path, monkeypatch):
    """A part that does not reach the output fails the run with one line; no output, no staging folder."""
    import kit.corpus.run as run

    real = run.write_part

    def lossy(rows, out_dir, part):
        counts = real(rows, out_dir, part)
        if part == "00001":  # the part is lost on the way (another file system, a full disk)
            (Path(out_dir) / "entities" / f"part-{part}.parquet").unlink()
        return counts

    monkeypatch.setattr(run, "write_part", lossy)
    with pytest.raises(RuntimeError, match="incomplete") as e:
        run_corpus(inputs / "news.jsonl", tmp_path / "out", client="sync", partition_size=3)
    assert "\n" not in str(e.value)
    assert list(tmp_path.iterdir()) == []


def test_size_cap_counts_utf8_bytes():
    """2,000,000 is a cap in bytes: 1.2 million Arabic letters are 2.4 MB of UTF-8."""
    with pytest.raises(BadRecord, match="bytes"):
        record_text({"id": "big", "content": "خبر " * 300_000}, "f:1")
    assert record_text({"id": "ok", "content": "a" * 1_000_000 + " خبر"}, "f:2")[0] == "ok"


def _slow_and_fast_records(path):
    """Two small records and, between them, one long enough to take several seconds (its paragraphs
    differ: repeated ones would be set aside as page furniture)."""
    long_text = "\n\n".join(f"{GOOD[i % 3]['content']} وبلغ عدد المشاركين {i + 1} شخصا." for i in range(1500))
    recs = [GOOD[0], {"id": "long", "title": "خبر طويل", "content": long_text}, GOOD[1]]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    return path


def test_record_over_the_time_limit_goes_to_errors_and_the_run_goes_on(tmp_path):
    src = _slow_and_fast_records(tmp_path / "slow.jsonl")
    manifest = run_corpus(src, tmp_path / "out", client="sync", record_timeout=0.5)
    tables = load_tables(tmp_path / "out")
    assert list(tables["articles"]["article_id"]) == ["n1", "n2"]
    [reason] = tables["errors"].loc[tables["errors"]["record_id"] == "long", "reason"]
    assert "0.5 s" in reason and "--record-timeout" in reason
    assert manifest["record_timeout"] == 0.5


def test_cli_record_timeout_option(tmp_path):
    src = _slow_and_fast_records(tmp_path / "slow.jsonl")
    r = run_kit("corpus", src, "-o", tmp_path / "out", "--workers", "1", "--record-timeout", "0.5", "--no-progress")
    assert r.returncode == 0, r.stderr
    assert re.search(r"^2 articles analysed, 1 record in errors", r.stderr, re.M), r.stderr
    r = run_kit("corpus", src, "-o", tmp_path / "x", "--record-timeout", "0")
    assert r.returncode == 2 and "--record-timeout" in r.stderr and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("kind", ["http", "banner", "malformed"])
def test_scheduler_that_is_not_a_dask_scheduler_is_one_line_exit_2(inputs, tmp_path, kind):
    """An HTTP server, a service that greets with a banner, a malformed address: one line, exit 2, quickly."""
    import socket
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    server = stop = None
    if kind == "http":
        server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        address = f"tcp://127.0.0.1:{server.server_address[1]}"
    elif kind == "banner":
        listener = socket.create_server(("127.0.0.1", 0))
        stop = threading.Event()

        def greet():
            listener.settimeout(0.2)
            while not stop.is_set():
                try:
                    conn, _ = listener.accept()
                except OSError:
                    continue
                conn.sendall(b"SSH-2.0-OpenSSH_9.6 Ubuntu-3ubuntu13\r\n")  # what an SSH server says first
                time.sleep(0.5)
                conn.close()

        threading.Thread(target=greet, daemon=True).start()
        address = f"tcp://127.0.0.1:{listener.getsockname()[1]}"
    else:
        address = "tcp://127.0.0.1:notaport"
    try:
        t0 = time.monotonic()
        r = run_kit("corpus", inputs / "news.jsonl", "-o", tmp_path / "out", "--scheduler", address, "--no-progress",
                    "--connect-timeout", "2", timeout=120)
        elapsed = time.monotonic() - t0
    finally:
        if server is not None:
            server.shutdown()
        if stop is not None:
            stop.set()
    assert r.returncode == 2, (r.returncode, r.stderr[-2000:])
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr and address in lines[0], r.stderr[-2000:]
    assert elapsed < 12, elapsed  # the 2 s asked for, plus starting the kit
    assert not (tmp_path / "out").exists() and list(tmp_path.iterdir()) == []
    if kind == "http":
        assert "within 2 s" in lines[0], lines[0]


def test_connect_timeout_must_be_positive(inputs, tmp_path):
    r = run_kit("corpus", inputs / "news.jsonl", "-o", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:1",
                "--connect-timeout", "0")
    assert r.returncode == 2 and "--connect-timeout" in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_interrupted_run_leaves_no_staging_folder(tmp_path, sig):
    import signal
    import time

    src = tmp_path / "big.jsonl.gz"
    with gzip.open(src, "wb") as f:
        for i in range(4000):  # long enough to be interrupted mid-run (~10 s)
            r = dict(GOOD[i % 3], id=f"a{i}")
            f.write(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "kit", "corpus", str(src), "-o", str(out), "--workers", "1",
                             "--no-progress"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # wait for the unpacked gzip and a running cluster
            stages = list(tmp_path.glob(".out.tmp-*"))
            if stages and list(stages[0].glob("_input/chunk-*.jsonl")):
                break
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.2)
        else:
            pytest.fail("the run never started")
        time.sleep(2)  # the workers are analysing
        assert proc.poll() is None
        proc.send_signal(getattr(signal, sig))
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode in (130, 143), (proc.returncode, err[-2000:])
    assert b"Traceback" not in err and len(err.strip().splitlines()) == 1, err[-2000:]
    time.sleep(3)  # workers that outlive the driver must not bring the folder back
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl.gz"]


def test_duplicate_ids_are_made_unique_with_a_warning(tmp_path):
    import logging

    src = tmp_path / "dup.jsonl"
    recs = [GOOD[0], dict(GOOD[1], id="n1"), GOOD[2], dict(GOOD[2], id="n1#2")]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    said: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: said.append(record.getMessage())  # whatever the CLI tests did to "kit"
    logger = logging.getLogger("kit.corpus")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    try:
        manifest = run_corpus(src, tmp_path / "out", client="sync", partition_size=1)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    tables = load_tables(tmp_path / "out")
    arts = tables["articles"]
    assert list(arts["article_id"]) == ["n1", "n1#2", "n3", "n1#2#2"]
    assert "renamed" in " ".join(arts.iloc[1]["warnings"]) and "n1" in " ".join(arts.iloc[1]["warnings"])
    assert manifest["renamed_ids"] == 2 and "2 records" in " ".join(said)
    ents = tables["entities"]
    assert not ents.duplicated(["article_id", "mention"]).any()
    assert not ents.drop_duplicates(["article_id", "entity_id", "canonical"]).duplicated(["article_id", "entity_id"]).any()
    assert_consistent(tables)


def test_jsonl_with_a_byte_order_mark(tmp_path):
    src = tmp_path / "bom.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + "\n".join(json.dumps(r, ensure_ascii=False) for r in GOOD[:2]).encode("utf-8") + b"\n")
    run_corpus(src, tmp_path / "out", client="sync")
    tables = load_tables(tmp_path / "out")
    assert list(tables["articles"]["article_id"]) == ["n1", "n2"] and tables["errors"].empty


def test_output_under_home_is_expanded(inputs, tmp_path, monkeypatch):
    from kit.run.cli import main

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "home").mkdir()
    assert main(["-q", "corpus", str(inputs / "news.parquet"), "-o", "~/out", "--workers", "1", "--no-progress"]) == 0
    assert (tmp_path / "home" / "out" / "manifest.json").is_file()
    assert not (tmp_path / "~").exists()


@pytest.mark.parametrize("where", ["under-a-file", "proc"])
def test_unwritable_output_is_one_line_exit_2(inputs, tmp_path, where, capsys):
    from kit.run.cli import main

    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    out = tmp_path / "a-file" / "out" if where == "under-a-file" else Path("/proc/kit-corpus-out")
    assert main(["corpus", str(inputs / "news.jsonl"), "-o", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "internal error" not in err and "Traceback" not in err, err


# --- the shipped sample, SQL, one identity per person --------------------------------------------------

@pytest.fixture(scope="module")
def sample_with_yours():
    from kit.corpus.explore import open_corpus
    from kit.resources import SAMPLE_CORPUS, STUDY_ARTICLE

    assert SAMPLE_CORPUS.is_file() and SAMPLE_CORPUS.stat().st_size < 1_000_000
    return open_corpus(add_article=STUDY_ARTICLE)


def test_the_shipped_sample_and_your_article_in_it(sample_with_yours):
    c = sample_with_yours
    assert len(c.articles) == 501 and c.yours == "yours"
    mine = c.articles[c.articles["article_id"] == "yours"]
    assert len(mine) == 1 and mine.iloc[0]["n_entities"] > 20
    assert c.articles["article_id"].is_unique
    # 14 newspapers, a readable spread of dates
    assert c.articles["dct"].nunique() >= 15


def test_duckdb_and_pandas_give_the_same_counts(sample_with_yours):
    c = sample_with_yours
    sql = c.sql("SELECT type, count(*) AS n, count(DISTINCT article_id) AS a FROM entities GROUP BY type ORDER BY type")
    pd_counts = c.entities.groupby("type").agg(n=("article_id", "size"), a=("article_id", "nunique")).sort_index()
    assert sql["type"].tolist() == pd_counts.index.tolist()
    assert sql["n"].tolist() == pd_counts["n"].tolist() and sql["a"].tolist() == pd_counts["a"].tolist()
    joined = c.sql("SELECT count(*) AS n FROM entities e JOIN articles a USING (article_id) WHERE a.article_id = 'yours'")
    assert int(joined["n"][0]) == int((c.entities["article_id"] == "yours").sum())


def test_one_identity_per_person_across_articles():
    from kit.corpus.explore import top_entities

    ents = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "type": ["PERS"] * 4,
                         "canonical": ["دونالد ترامب", "ترامب", "دونالد", "باراك اوباما"]})
    top = top_entities({"entities": ents}, "PERS")
    assert top.iloc[0]["canonical"] == "دونالد ترامب" and int(top.iloc[0]["articles"]) == 3


def test_snippets_of_an_article_without_date_or_title():
    from kit.corpus.explore import mention_snippets, snippets_html

    arts = pd.DataFrame({"article_id": ["a"], "title": [pd.NA], "dct": [pd.NA], "text": ["قال سلمان إن"]})
    ents = pd.DataFrame({"article_id": ["a"], "type": ["PERS"], "canonical": ["سلمان"], "start": [4], "end": [9],
                         "evidence": ["x"]})
    html = snippets_html(mention_snippets({"entities": ents, "articles": arts}, "سلمان"))
    assert "سلمان" in html and "?" in html


def test_a_helper_is_replaced_after_its_share_of_records(monkeypatch):
    # A helper's caches grow with the corpus's vocabulary: after RECYCLE_AFTER records a fresh one
    # takes over, so memory stays bounded on a long run; the results do not change.
    from kit.corpus import run as R

    monkeypatch.setattr(R, "RECYCLE_AFTER", 2)
    helper = R._Analyser()
    payload = {"text": "خبر\n\nقال الوزير في القاهرة أمس إن الاجتماع انتهى.", "dct": "2015-08-01",
               "dct_source": None, "warnings": []}
    try:
        pids, results = [], []
        for _ in range(5):
            kind, value = helper.analyse(payload, "t", 60.0, ("t", "t.jsonl", 1))
            assert kind == "ok"
            pids.append(helper.proc.pid)
            results.append(value)
        assert len(set(pids)) == 3 and pids[0] == pids[1] != pids[2] == pids[3] != pids[4]
        assert all(r == results[0] for r in results)
        assert results[0]["articles"][0]["article_id"] == "t" and results[0]["entities"]  # the rows, made in the helper
    finally:
        helper.stop()
