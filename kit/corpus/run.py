"""Corpus mode: the analysis of many articles on Dask, written as Parquet tables.

``python -m kit corpus INPUT -o OUT [--scheduler ADDRESS] [--workers N]`` reads INPUT in
partitions (a folder of ``.txt`` files, a ``.jsonl`` / ``.jsonl.gz`` file with ``id``, ``title``,
``content`` and an optional ``date``, or a Parquet file with the same columns), analyses every article
on a Dask cluster (a local one of processes by default, or the one at ADDRESS: the same code path),
and writes six tables under OUT, each a folder of Parquet parts, one part per input partition:

- ``articles``: one row per analysed article (id, title, date, counts, the text itself),
- ``entities``, ``timexes``, ``places``, ``events``: one row per item, keyed by ``article_id``,
- ``errors``: one row per record that could not be read or analysed, with the reason. A bad record
  never stops the run.

Only one partition of records is ever in memory per worker, and the driver never holds the input:
it scans it once to cut the partitions (a gzip file is cut into plain chunks on disk, since gzip
cannot be read from the middle). The output is built in a hidden folder beside OUT and renamed into
place at the end, so a failed run leaves no half-written tables. Ids are deterministic: a record's
own ``id``, else ``<file name>:<line>``; a text file's path relative to the folder, without ``.txt``.

>>> rec = {"id": 7, "title": "خبر", "content": "قال الوزير إن الاجتماع انتهى.", "date": "2015-07-21 02:51:32"}
>>> article_id, text, dct, warnings = record_text(rec, default_id="x.jsonl:1")
>>> article_id, text.split("\\n\\n")[0], dct
('7', 'خبر', '2015-07-21')
>>> record_text({"id": "a", "content": "  "}, default_id="x.jsonl:2")
Traceback (most recent call last):
...
kit.corpus.run.BadRecord: empty content
"""
from __future__ import annotations

import bisect
import gzip
import hashlib
import io
import json
import logging
import re
import shutil
import sys
import time
import zlib
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

import kit
from kit.files import staging_dir
from kit.messages import plural
from kit.resources import sha256_file
from kit.text.article import MAX_BYTES, InputError, check_dct

log = logging.getLogger("kit.corpus")

TABLES = ("articles", "entities", "timexes", "places", "events", "errors")
# Records per partition: small enough that a worker holds little and the progress bar moves,
# large enough that Dask's per-task overhead (a few ms) is lost in the analysis time.
PARTITION_SIZE = 100
MANIFEST_KIND = "kit.corpus/1"
FORMATS = ("parquet", "csv")

_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
# Fixed schemas: every part file of a table has the same columns and types, even an empty part.
SCHEMAS = {
    "articles": pa.schema([
        ("article_id", _S), ("input", _S), ("line", _I), ("title", _S), ("dct", _S), ("dct_source", _S),
        ("n_chars", _I), ("n_paragraphs", _I), ("n_sentences", _I), ("n_entities", _I), ("n_timexes", _I),
        ("n_places", _I), ("n_events", _I), ("n_quotes", _I), ("n_numbers", _I), ("is_html", _B),
        ("warnings", pa.list_(_S)), ("text", _S),
    ]),
    "entities": pa.schema([
        ("article_id", _S), ("mention", _I), ("start", _I), ("end", _I), ("text", _S), ("type", _S),
        ("canonical", _S), ("entity_id", _S), ("source", _S), ("evidence", _S), ("sentence", _I), ("part", _S),
    ]),
    "timexes": pa.schema([
        ("article_id", _S), ("timex", _I), ("start", _I), ("end", _I), ("text", _S), ("type", _S),
        ("value", _S), ("rule", _S), ("sentence", _I), ("part", _S),
    ]),
    "places": pa.schema([
        ("article_id", _S), ("place", _I), ("id", _S), ("name", _S), ("name_ar", _S), ("kind", _S),
        ("country", _S), ("lat", _F), ("lon", _F), ("mentions", _I), ("implied", _B), ("source", _S),
        ("entity_id", _S),
    ]),
    "events": pa.schema([
        ("article_id", _S), ("event", _I), ("sentence", _I), ("start", _I), ("end", _I), ("trigger", _S),
        ("type", _S), ("actor", _S), ("actor_name", _S), ("target", _S), ("target_name", _S),
        ("places", pa.list_(_S)), ("time", _S), ("time_precision", _S),
    ]),
    "errors": pa.schema([
        ("input", _S), ("line", _I), ("record_id", _S), ("stage", _S), ("reason", _S),
    ]),
}


class BadRecord(Exception):
    """A record that cannot become an article (its message is the reason, one line)."""


# --- one record -----------------------------------------------------------------------------------

_DATE_RE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def record_text(record, default_id: str) -> tuple[str, str, str | None, list[str]]:
    """``(article_id, text, dct, warnings)`` of a JSON/Parquet record, or :class:`BadRecord`.

    The text is the title, a blank line and the content, as the article parser expects. ``date``
    (or SaudiNewsNet's ``date_extracted``) may carry a time after the day; a date that cannot be read
    is dropped with a warning rather than losing the article.

    >>> record_text({"title": "عنوان", "content": "نص"}, default_id="f.jsonl:3")[:2]
    ('f.jsonl:3', 'عنوان\\n\\nنص')
    """
    if not isinstance(record, dict):
        raise BadRecord(f"not a JSON object but {type(record).__name__}")
    rid = record.get("id")
    article_id = default_id if rid is None or (isinstance(rid, str) and not rid.strip()) else str(rid)
    if "content" not in record:
        raise BadRecord("no content field")
    content = record["content"]
    if content is None:
        raise BadRecord("content is null")
    if not isinstance(content, str):
        raise BadRecord(f"content is {type(content).__name__}, not text")
    if not content.strip():
        raise BadRecord("empty content")
    title = record.get("title")
    title = title.strip() if isinstance(title, str) else ""
    text = f"{title}\n\n{content}" if title else content
    if len(text) > MAX_BYTES:
        raise BadRecord(f"article of {len(text):,} characters is too large (at most {MAX_BYTES:,})")
    warnings = []
    dct = None
    raw_date = record.get("date") if record.get("date") is not None else record.get("date_extracted")
    if raw_date is not None:
        m = _DATE_RE.match(str(raw_date))
        try:
            dct = check_dct(m.group(1)) if m else check_dct(str(raw_date))
        except InputError:
            warnings.append(f"date {str(raw_date)[:40]!r} is not YYYY-MM-DD; publication date left unknown")
    return article_id, text, dct, warnings


def _where(structure: dict):
    """A function offset -> (sentence index or None, part name) for one analysis."""
    sentences = structure.get("sentences") or []
    starts = [s["start"] for s in sentences]
    paragraphs = structure.get("paragraphs") or []
    title, subtitle = structure.get("title"), structure.get("subtitle")

    def at(offset):
        if offset is None:
            return None, None
        i = bisect.bisect_right(starts, offset) - 1
        sentence = i if i >= 0 and offset < sentences[i]["end"] else None
        for name, span in (("title", title), ("subtitle", subtitle)):
            if span and span["start"] <= offset < span["end"]:
                return sentence, name
        for p in paragraphs:
            if p["start"] <= offset < p["end"]:
                return sentence, p.get("role")
        return sentence, None

    return at


def tables_from_analysis(article_id: str, analysis: dict, text: str, input_name: str, line=None) -> dict[str, list[dict]]:
    """The rows one analysis (schema ``kit.analysis/1``) adds to each table.

    >>> from kit.analysis.pipeline import analyze_text
    >>> t = "خبر\\n\\nقال الوزير إن 300 جندي وصلوا."
    >>> rows = tables_from_analysis("a1", analyze_text(t).to_json(), t, "x.jsonl", 1)
    >>> rows["articles"][0]["n_sentences"], rows["articles"][0]["title"]
    (1, 'خبر')
    """
    st = analysis.get("structure") or {}
    at = _where(st)
    names: dict[str, str | None] = {}
    for e in analysis.get("entities") or []:
        names.setdefault(e.get("entity_id"), e.get("canonical"))
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    rows["articles"].append({
        "article_id": article_id, "input": input_name, "line": line,
        "title": (st.get("title") or {}).get("text"), "dct": analysis.get("dct"),
        "dct_source": analysis.get("dct_source"), "n_chars": len(text),
        "n_paragraphs": len(st.get("paragraphs") or []), "n_sentences": len(st.get("sentences") or []),
        **{f"n_{k}": len(analysis.get(k) or []) for k in ("entities", "timexes", "places", "events", "quotes", "numbers")},
        "is_html": bool(st.get("is_html", False)), "warnings": list(analysis.get("warnings") or []), "text": text,
    })
    for i, e in enumerate(analysis.get("entities") or []):
        sentence, part = at(e.get("start"))
        rows["entities"].append({
            "article_id": article_id, "mention": i, "start": e.get("start"), "end": e.get("end"),
            "text": e.get("text"), "type": e.get("type"), "canonical": e.get("canonical"),
            "entity_id": e.get("entity_id"), "source": e.get("source"), "evidence": e.get("evidence"),
            "sentence": sentence, "part": part,
        })
    for i, t in enumerate(analysis.get("timexes") or []):
        sentence, part = at(t.get("start"))
        rows["timexes"].append({
            "article_id": article_id, "timex": i, "start": t.get("start"), "end": t.get("end"),
            "text": t.get("text"), "type": t.get("type"), "value": t.get("value"), "rule": t.get("rule"),
            "sentence": sentence, "part": part,
        })
    for i, p in enumerate(analysis.get("places") or []):
        rows["places"].append({
            "article_id": article_id, "place": i, "id": p.get("id"), "name": p.get("name"),
            "name_ar": p.get("name_ar"), "kind": p.get("kind"), "country": p.get("country"),
            "lat": p.get("lat"), "lon": p.get("lon"), "mentions": len(p.get("mentions") or []),
            "implied": bool(p.get("implied", False)), "source": p.get("source"), "entity_id": p.get("entity_id"),
        })
    for i, ev in enumerate(analysis.get("events") or []):
        rows["events"].append({
            "article_id": article_id, "event": i, "sentence": ev.get("sentence"), "start": ev.get("start"),
            "end": ev.get("end"), "trigger": ev.get("trigger"), "type": ev.get("type"),
            "actor": ev.get("actor"), "actor_name": names.get(ev.get("actor")),
            "target": ev.get("target"), "target_name": names.get(ev.get("target")),
            "places": [str(x) for x in ev.get("places") or []], "time": ev.get("time"),
            "time_precision": ev.get("time_precision"),
        })
    return rows


def _one_line(exc: BaseException) -> str:
    msg = str(exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__


# --- one partition (runs on a worker) ------------------------------------------------------------

def _records(desc: dict):
    """Yield ``(line, article_id, payload, error)`` for one partition; exactly one of payload/error.

    payload is ``("text", text, dct, warnings)`` for JSON/Parquet records, ``("file", path)`` for a
    text file.
    """
    kind = desc["kind"]
    name = desc["name"]
    if kind == "txt":
        root = Path(desc["root"])
        for path in desc["paths"]:
            rel = Path(path).relative_to(root).as_posix()
            yield None, rel[:-4] if rel.lower().endswith(".txt") else rel, ("file", path), None
        return
    if kind == "jsonl":
        with open(desc["path"], "rb") as f:
            f.seek(desc["start"])
            data = f.read(desc["end"] - desc["start"])
        for k, raw in enumerate(data.split(b"\n")):
            line = desc["line"] + k
            if not raw.strip():
                continue
            default_id = f"{name}:{line}"
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as e:
                yield line, None, None, f"line {line}: not valid UTF-8 (byte {raw[e.start]:#04x} at {e.start})"
                continue
            except ValueError as e:
                yield line, None, None, f"line {line}: not valid JSON ({_one_line(e)})"
                continue
            rid = record.get("id") if isinstance(record, dict) else None
            try:
                yield (line, *_from_record(record, default_id), None)
            except BadRecord as e:
                yield line, (str(rid) if rid is not None else default_id), None, str(e)
        return
    if kind == "parquet":
        pf = pq.ParquetFile(desc["path"])
        columns = [c for c in ("id", "title", "content", "date", "date_extracted") if c in pf.schema_arrow.names]
        batches = pf.iter_batches(batch_size=desc["length"], row_groups=[desc["row_group"]], columns=columns)
        for k, batch in enumerate(batches):  # noqa: B007 (the batch the loop stops at is read below)
            if k == desc["batch"]:
                break
        else:  # pragma: no cover - the plan only names batches that exist
            return
        for j, record in enumerate(batch.slice(0, desc["n"]).to_pylist()):
            line = desc["line"] + j
            default_id = f"{name}:{line}"
            try:
                yield (line, *_from_record(record, default_id), None)
            except BadRecord as e:
                rid = record.get("id")
                yield line, (str(rid) if rid is not None else default_id), None, str(e)
        return
    raise ValueError(f"unknown partition kind {kind!r}")


def _from_record(record, default_id):
    article_id, text, dct, warnings = record_text(record, default_id)
    return article_id, ("text", text, dct, warnings)


def analyze_records(desc: dict) -> dict[str, list[dict]]:
    """Analyse every record of one partition: the rows of each table (bad records go to errors)."""
    from kit.analysis.pipeline import analyze, analyze_text
    from kit.text.article import read_article

    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    name = desc["name"]
    for line, article_id, payload, error in _records(desc):
        input_name = name
        if error is not None:
            out["errors"].append({"input": name, "line": line, "record_id": article_id, "stage": "read", "reason": error})
            continue
        stage = "read"
        try:
            if payload[0] == "file":
                input_name = Path(payload[1]).name
                article = read_article(payload[1])
                stage = "analyze"
                result = analyze(article).to_json()
                text, warnings = article.text, []
            else:
                _, text, dct, warnings = payload
                stage = "analyze"
                result = analyze_text(text, source=article_id, dct=dct).to_json()
        except InputError as e:
            out["errors"].append({"input": input_name, "line": line, "record_id": article_id, "stage": "read", "reason": str(e)})
            continue
        except (ImportError, MemoryError):  # the kit or the machine is broken, not this record
            raise
        except Exception as e:  # one article that trips an extractor must not cost the others
            out["errors"].append({
                "input": input_name, "line": line, "record_id": article_id, "stage": stage,
                "reason": f"{type(e).__name__}: {_one_line(e)}",
            })
            continue
        if warnings:
            result["warnings"] = list(result.get("warnings") or []) + warnings
        rows = tables_from_analysis(article_id, result, text, input_name, line)
        for table, items in rows.items():
            out[table].extend(items)
    return out


def write_tables(rows: dict[str, list[dict]], out_dir: str | Path, part: str) -> dict[str, int]:
    """Write one part file per table (``OUT/<table>/part-<part>.parquet``); the row counts."""
    counts = {}
    for table in TABLES:
        folder = Path(out_dir) / table
        folder.mkdir(parents=True, exist_ok=True)
        data = pa.Table.from_pylist(rows.get(table, []), schema=SCHEMAS[table])
        pq.write_table(data, folder / f"part-{part}.parquet")
        counts[table] = data.num_rows
    return counts


def process_partition(descs: list[dict], out_dir: str) -> list[dict]:
    """The task Dask runs on each partition: analyse, write the six part files, return counts."""
    results = []
    for desc in descs:
        t0 = time.perf_counter()
        counts = write_tables(analyze_records(desc), out_dir, f"{desc['index']:05d}")
        results.append({"index": desc["index"], "records": desc["n"], "seconds": time.perf_counter() - t0, **counts})
    return results


# --- planning the partitions (runs in the driver, streaming) ---------------------------------------

def _input_kind(path: Path) -> str:
    if path.is_dir():
        return "txt"
    name = path.name.lower()
    if name.endswith((".jsonl.gz", ".json.gz", ".ndjson.gz")):
        return "jsonl.gz"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    raise InputError(
        f"{path.name}: corpus input must be a folder of .txt files, a .jsonl / .jsonl.gz file or a .parquet file"
    )


def _txt_files(root: Path) -> list[Path]:
    """The .txt files under ``root`` in a stable order, leaving out hidden folders and files."""
    return sorted(
        (p for p in root.rglob("*") if p.is_file() and p.suffix.lower() == ".txt"
         and not any(part.startswith(".") for part in p.relative_to(root).parts)),
        key=lambda p: p.relative_to(root).as_posix(),
    )


def _plan_txt(root: Path, size: int, limit: int | None):
    files = _txt_files(root)
    if not files:
        raise InputError(f"{root} holds no .txt files")
    if limit is not None:
        files = files[:limit]
    descs = []
    for i in range(0, len(files), size):
        chunk = files[i:i + size]
        descs.append({"kind": "txt", "name": root.name, "root": str(root), "paths": [str(p) for p in chunk], "n": len(chunk)})
    return descs, [], None


def _plan_jsonl(path: Path, size: int, limit: int | None):
    """Cut a JSON-lines file into byte ranges of ``size`` non-blank lines, reading it once."""
    descs, digest = [], hashlib.sha256()
    offset = start = 0
    line = first_line = 1
    n = total = 0
    pending = b""
    done = False
    with open(path, "rb") as f:
        while not done:
            block = f.read(1 << 20)
            if not block:
                break
            digest.update(block)
            data = pending + block
            base = offset - len(pending)
            pos = 0
            while True:
                nl = data.find(b"\n", pos)
                if nl < 0:
                    break
                if data[pos:nl].strip():
                    n += 1
                    total += 1
                line += 1
                pos = nl + 1
                if n == size or (limit is not None and total >= limit):
                    descs.append({"kind": "jsonl", "name": path.name, "path": str(path), "start": start,
                                  "end": base + pos, "line": first_line, "n": n})
                    start, first_line, n = base + pos, line, 0
                    if limit is not None and total >= limit:
                        done = True
                        break
            pending = data[pos:]
            offset += len(block)
    if not done:
        if pending.strip():
            n += 1
        if n:
            descs.append({"kind": "jsonl", "name": path.name, "path": str(path), "start": start,
                          "end": offset, "line": first_line, "n": n})
    if not descs:
        raise InputError(f"{path.name} holds no records")
    return descs, [], (digest.hexdigest() if not done else None)


def _plan_jsonl_gz(path: Path, size: int, limit: int | None, stage: Path):
    """Decompress a gzip JSON-lines file once, into plain chunks of ``size`` records under ``stage``.

    A chunk keeps the blank lines it spans, so a record's line number in the chunk plus the chunk's
    first line is its line number in the original file.
    """
    chunks = stage / "_input"
    chunks.mkdir(parents=True, exist_ok=True)
    descs: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    digest = hashlib.sha256()

    class _Hashing:  # hash the compressed bytes as gzip reads them: one pass over the file
        def __init__(self, raw: IO[bytes]):
            self.raw = raw

        def read(self, n: int = -1) -> bytes:
            b = self.raw.read(n)
            digest.update(b)
            return b

        def seek(self, n: int) -> object:  # gzip reading forward never seeks; a rewind would hash twice
            raise io.UnsupportedOperation("seek")

    line = total = 0
    out = None
    stopped = False
    try:
        with open(path, "rb") as raw, gzip.GzipFile(fileobj=_Hashing(raw), mode="rb") as gz:
            for raw_line in gz:
                line += 1
                blank = not raw_line.strip()
                if out is None or (not blank and descs[-1]["n"] == size):
                    if out is not None:
                        out.close()
                    part = chunks / f"chunk-{len(descs):05d}.jsonl"
                    out = open(part, "wb")
                    descs.append({"kind": "jsonl", "name": path.name, "path": str(part), "start": 0, "end": 0,
                                  "line": line, "n": 0})
                out.write(raw_line if raw_line.endswith(b"\n") else raw_line + b"\n")
                if not blank:
                    descs[-1]["n"] += 1
                    total += 1
                    if limit is not None and total >= limit:
                        stopped = True
                        break
    except (gzip.BadGzipFile, OSError, EOFError, zlib.error) as e:
        if total == 0:
            raise InputError(f"{path.name} is not a readable gzip file ({_one_line(e)})") from None
        errors.append({"input": path.name, "line": line + 1, "record_id": None, "stage": "read",
                       "reason": f"the file is cut short or damaged after line {line} ({_one_line(e)})"})
    finally:
        if out is not None:
            out.close()
    descs = [d for d in descs if d["n"]]
    for d in descs:
        d["end"] = Path(d["path"]).stat().st_size
    if not descs:
        raise InputError(f"{path.name} holds no records")
    return descs, errors, (digest.hexdigest() if not stopped and not errors else None)


def _plan_parquet(path: Path, size: int, limit: int | None):
    pf = _parquet_file(path)
    descs = []
    row = 1
    total = 0
    for rg in range(pf.metadata.num_row_groups):
        rows = pf.metadata.row_group(rg).num_rows
        for b, first in enumerate(range(0, rows, size)):
            n = min(size, rows - first)
            if limit is not None:
                n = min(n, limit - total)
            if n <= 0:
                break
            descs.append({"kind": "parquet", "name": path.name, "path": str(path), "row_group": rg, "batch": b,
                          "length": size, "line": row + first, "n": n})
            total += n
        row += rows
    if not descs:
        raise InputError(f"{path.name} holds no rows")
    return descs, [], (sha256_file(path) if limit is None or total < limit else None)


def check_input(input_path: str | Path, limit: int | None = None) -> tuple[Path, str]:
    """The resolved input and its kind ("txt", "jsonl", "jsonl.gz", "parquet"), or InputError."""
    path = Path(input_path).resolve()
    if not path.exists():
        raise InputError(f"no such file or folder: {input_path}")
    if limit is not None and limit < 1:
        raise InputError(f"--limit must be at least 1 (got {limit})")
    kind = _input_kind(path)
    # The cheap checks here, before a cluster starts; plan() reads the input through.
    if kind == "txt" and not _txt_files(path):
        raise InputError(f"{path} holds no .txt files")
    if kind == "parquet":
        _parquet_file(path)
    if kind == "jsonl.gz":
        try:
            with gzip.open(path, "rb") as f:
                f.read(1)
        except (gzip.BadGzipFile, OSError, EOFError, zlib.error) as e:
            raise InputError(f"{path.name} is not a readable gzip file ({_one_line(e)})") from None
    return path, kind


def _parquet_file(path: Path):
    try:
        pf = pq.ParquetFile(path)
    except Exception as e:
        raise InputError(f"{path.name} is not a readable Parquet file ({_one_line(e)})") from None
    if "content" not in pf.schema_arrow.names:
        raise InputError(f"{path.name} has no 'content' column (columns: {', '.join(pf.schema_arrow.names)})")
    return pf


def estimate_records(input_path: str | Path, limit: int | None = None) -> int:
    """About how many records an input holds, from its first megabyte (exact for small files).

    Used only to choose the partition size: enough partitions to keep every worker busy.
    """
    path, kind = check_input(input_path, limit)
    n: float = 1
    try:
        if kind == "txt":
            n = len(_txt_files(path))
        elif kind == "parquet":
            n = pq.ParquetFile(path).metadata.num_rows
        else:
            size = path.stat().st_size
            with open(path, "rb") as f:
                head = f.read(1 << 20)
            if kind == "jsonl.gz":
                d = zlib.decompressobj(wbits=31)
                plain = d.decompress(head, 16 << 20)
                used = len(head) - len(d.unconsumed_tail) - len(d.unused_data)
                n = plain.count(b"\n") * size / max(used, 1)
            else:
                n = head.count(b"\n") * size / max(len(head), 1)
    except Exception:  # a broken file is reported by plan(), with its reason
        return 1
    count = max(1, int(n))
    return min(count, limit) if limit else count


def auto_partition_size(records: int, workers: int) -> int:
    """Partitions of at most PARTITION_SIZE records, and at least 16 per worker on a small corpus.

    Many small partitions keep both workers busy to the end (articles differ tenfold in length, and
    the last partition would otherwise run alone); a task costs Dask only a few milliseconds.

    >>> auto_partition_size(30_000, 2), auto_partition_size(1_000, 2), auto_partition_size(150, 2), auto_partition_size(3, 4)
    (100, 32, 5, 1)
    """
    return max(1, min(PARTITION_SIZE, -(-records // (16 * max(workers, 1)))))


def plan(input_path: str | Path, stage: str | Path, partition_size: int = PARTITION_SIZE, limit: int | None = None):
    """The partitions of an input: ``(descriptors, driver-side error rows, sha256 or None)``."""
    path, kind = check_input(input_path, limit)
    if kind == "txt":
        descs, errors, sha = _plan_txt(path, partition_size, limit)
    elif kind == "jsonl":
        descs, errors, sha = _plan_jsonl(path, partition_size, limit)
    elif kind == "jsonl.gz":
        descs, errors, sha = _plan_jsonl_gz(path, partition_size, limit, Path(stage))
    else:
        descs, errors, sha = _plan_parquet(path, partition_size, limit)
    for i, d in enumerate(descs):
        d["index"] = i
    return descs, errors, sha


# --- running -----------------------------------------------------------------------------------------

def _is_corpus_output(folder: Path) -> bool:
    try:
        with open(folder / "manifest.json", encoding="utf-8") as f:
            return json.load(f).get("kind") == MANIFEST_KIND
    except (OSError, ValueError, AttributeError):
        return False


def check_output(output: str | Path) -> Path:
    """The output folder, refused when it would overwrite something that is not a corpus output."""
    out = Path(output).resolve()
    if out.exists() and not out.is_dir():
        raise InputError(f"output {output} is a file; give a folder")
    if out.is_dir() and any(out.iterdir()) and not _is_corpus_output(out):
        raise InputError(f"output folder {output} is not empty and holds no corpus output; choose another folder")
    return out


def _client(scheduler: str | None, workers: int, connect_timeout: str = "15s"):
    """A Dask client: on the cluster at ``scheduler``, else on a new local cluster of processes."""
    from dask.utils import parse_timedelta
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError) as e:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({_one_line(e)})") from None
        try:  # a scheduler without workers would leave the run waiting for ever
            client.wait_for_workers(1, timeout=parse_timedelta(connect_timeout))
        except TimeoutError:
            client.close()
            raise InputError(f"the Dask scheduler at {scheduler} has no workers") from None
        return client, None
    if workers < 1:
        raise InputError(f"--workers must be at least 1 (got {workers})")
    cluster = LocalCluster(
        # ":0": any free port, so a second cluster on the machine does not warn about 8787. The
        # cluster's own logs stay quiet (a worker may log a lost heartbeat while shutting down);
        # a failed partition reaches the user through its result instead.
        n_workers=workers, threads_per_worker=1, processes=True,
        dashboard_address=":0", silence_logs=logging.CRITICAL,
    )
    return Client(cluster), cluster


def run_corpus(
    input_path: str | Path,
    output: str | Path,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    limit: int | None = None,
    progress: bool = False,
    partition_size: int | None = None,
    client=None,
    connect_timeout: str = "15s",
    format: str = "parquet",
) -> dict:
    """Analyse a corpus and write its tables under ``output``; returns the manifest.

    ``format``: ``"parquet"`` (a folder of parts per table) or ``"csv"`` (one ``<table>.csv`` per
    table, UTF-8 with a header; list columns hold JSON arrays, a missing value is an empty field).

    ``client``: an existing ``distributed.Client`` to run on (a notebook's), or ``"sync"`` to run
    in this process with Dask's synchronous scheduler (small inputs, no cluster start-up). Otherwise
    a client on ``scheduler`` or on a new local cluster of ``workers`` processes.
    ``partition_size``: records per partition; by default up to PARTITION_SIZE, smaller for a small
    corpus so that every worker gets several partitions.
    """
    import dask.bag as db

    started = time.time()
    if format not in FORMATS:
        raise InputError(f"unknown corpus format {format!r}; choose one of {', '.join(FORMATS)}")
    target = check_output(output)
    check_input(input_path, limit)  # bad input fails before any cluster starts
    own = cluster = None
    try:
        with staging_dir(target) as stage:
            if client is None:
                own, cluster = _client(scheduler, workers, connect_timeout)
            n_workers = 1 if client == "sync" else _worker_count(own or client)
            size = partition_size or auto_partition_size(estimate_records(input_path, limit), n_workers)
            descs, driver_errors, sha = plan(input_path, stage, size, limit)
            bag = db.from_sequence(descs, npartitions=len(descs)).map_partitions(process_partition, str(stage))
            if client == "sync":
                results = bag.compute(scheduler="sync")
            else:
                results = _compute_with_progress(own or client, bag, descs, progress)
            if driver_errors:
                write_tables({"errors": driver_errors}, stage, "input")
            totals = {t: sum(r[t] for r in results) for t in TABLES}
            totals["errors"] += len(driver_errors)
            if format == "csv":
                for table in TABLES:
                    parquet_to_csv(stage / table, stage / f"{table}.csv")
            manifest = {
                "kind": MANIFEST_KIND,
                "kit_version": kit.__version__,
                "input": str(Path(input_path).resolve()),
                "input_sha256": sha,
                "limit": limit,
                "partitions": len(descs),
                "partition_size": size,
                "records": sum(d["n"] for d in descs),
                "rows": totals,
                "workers": 0 if client == "sync" else n_workers,
                "scheduler": scheduler or ("sync" if client == "sync" else "local" if client is None else "given"),
                "seconds": round(time.time() - started, 2),
                "tables": list(TABLES),
                "format": format,
            }
            shutil.rmtree(stage / "_input", ignore_errors=True)
            with open(stage / "manifest.json", "w", encoding="utf-8") as f:
                json.dump(manifest, f, ensure_ascii=False, indent=1)
                f.write("\n")
        return manifest
    finally:
        if own is not None:
            own.close()
        if cluster is not None:
            cluster.close()


def _worker_count(client) -> int:
    try:
        return len(client.scheduler_info(n_workers=-1)["workers"])
    except TypeError:  # older distributed: no n_workers argument
        return len(client.scheduler_info()["workers"])
    except Exception:
        return 0


def _compute_with_progress(client, bag, descs, progress: bool) -> list[dict]:
    from distributed import as_completed

    futures = client.compute(bag.to_delayed())
    sizes = {f.key: d["n"] for f, d in zip(futures, descs)}
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=sum(sizes.values()), unit="article", desc="corpus", file=sys.stderr, smoothing=0.1)
    results = []
    try:
        for future in as_completed(futures):
            try:
                results.extend(future.result())
            except Exception as e:
                raise RuntimeError(f"a partition failed on the cluster: {type(e).__name__}: {_one_line(e)}") from e
            if bar is not None:
                bar.update(sizes.get(future.key, 0))
    finally:
        if bar is not None:
            bar.close()
        for f in futures:
            f.cancel()
    return sorted(results, key=lambda r: r["index"])


def load_tables(folder: str | Path) -> dict:
    """The six tables of a corpus output as pandas DataFrames.

    >>> load_tables("/no/such/corpus")
    Traceback (most recent call last):
    ...
    kit.text.article.InputError: /no/such/corpus is not a corpus output (no manifest.json)
    """
    import pandas as pd

    folder = Path(folder)
    if not _is_corpus_output(folder):
        raise InputError(f"{folder} is not a corpus output (no manifest.json)")
    with open(folder / "manifest.json", encoding="utf-8") as f:
        if json.load(f).get("format") == "csv":
            return {t: read_csv_table(folder / f"{t}.csv", t) for t in TABLES}
    # Nullable dtypes: a sentence index stays an integer where some rows have none.
    return {t: pd.read_parquet(folder / t, dtype_backend="numpy_nullable") for t in TABLES}


def parquet_to_csv(parts: Path, target: Path) -> int:
    """Concatenate a table's Parquet parts into one CSV file, one part in memory at a time.

    List columns (an article's warnings, an event's places) become JSON arrays, so a spreadsheet
    shows them and :func:`read_csv_table` gets the lists back. The parts folder is removed.
    """
    table = parts.name
    lists = [f.name for f in SCHEMAS[table] if pa.types.is_list(f.type)]
    rows = 0
    with open(target, "w", encoding="utf-8", newline="") as out:
        header = True
        for part in sorted(parts.glob("*.parquet")):
            frame = pq.read_table(part).to_pandas()
            for col in lists:
                frame[col] = [None if v is None else json.dumps(list(v), ensure_ascii=False) for v in frame[col]]
            frame.to_csv(out, index=False, header=header, lineterminator="\n")
            header = False
            rows += len(frame)
        if header:  # no part at all: still a header, so the file reads as an empty table
            out.write(",".join(SCHEMAS[table].names) + "\n")
    shutil.rmtree(parts)
    return rows


def read_csv_table(path: Path, table: str):
    """A table written by :func:`parquet_to_csv`, with the Parquet table's column types."""
    import pandas as pd

    kinds = {}
    for field in SCHEMAS[table]:
        t = field.type
        kinds[field.name] = ("Int64" if pa.types.is_integer(t) else "Float64" if pa.types.is_floating(t)
                             else "boolean" if pa.types.is_boolean(t) else "string")
    frame = pd.read_csv(path, dtype=kinds, encoding="utf-8", keep_default_na=False, na_values=[""])
    for field in SCHEMAS[table]:
        if pa.types.is_list(field.type):
            frame[field.name] = [None if pd.isna(v) else json.loads(v) for v in frame[field.name]]
    return frame


def main(args) -> int:
    """``python -m kit corpus``: args has input, output, scheduler, workers, limit, progress."""
    progress = getattr(args, "progress", True) and sys.stderr.isatty()
    manifest = run_corpus(
        args.input, args.output, scheduler=getattr(args, "scheduler", None), format=getattr(args, "format", "parquet"),
        workers=2 if getattr(args, "workers", None) is None else args.workers, limit=getattr(args, "limit", None), progress=progress,
    )
    rows = manifest["rows"]
    if rows["articles"] == 0:
        log.error("error: no article could be analysed; the reasons are in %s", Path(args.output) / "errors")
        return 1
    log.info(
        "%s analysed, %s in errors, in %s s on %s → %s/ (entities %s, timexes %s, places %s, events %s)",
        plural(rows["articles"], "article"), plural(rows["errors"], "record"), manifest["seconds"],
        plural(manifest["workers"], "worker"), Path(args.output),
        rows["entities"], rows["timexes"], rows["places"], rows["events"],
    )
    return 0
