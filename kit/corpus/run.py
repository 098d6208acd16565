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

The driver (the process that runs this) reads the input and writes the tables; workers are sent a
partition's records and send back its rows, so a worker needs the kit but neither the input nor the
output on its file system. The driver scans the input once to cut the partitions (a gzip file is cut
into plain chunks on disk, since gzip cannot be read from the middle) and reads a partition only when
it is about to be sent, a few per worker at a time: the input is never whole in memory anywhere.
The output is built in a hidden folder beside OUT, every part is checked, and only then is it renamed
into place, so a failed or interrupted run leaves no half-written tables.

Ids are deterministic: a record's own ``id``, else ``<file name>:<line>``; a text file's path relative
to the folder, without ``.txt``. An id an earlier record already has gets «#2» («#3»…), and the
article's warnings say so; so ``article_id`` is unique in the output. A record that takes longer than
``record_timeout`` seconds (``--record-timeout``) goes to the errors table. A ``.jsonl`` file may start
with a byte-order mark. The 2 MB cap of an article counts bytes of UTF-8, as for a file.

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

import atexit
import bisect
import gc
import gzip
import hashlib
import io
import json
import logging
import os
import pickle
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import threading
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
from kit.text.article import MAX_BYTES, InputError, check_dct, check_text, read_metadata, read_text

log = logging.getLogger("kit.corpus")

TABLES = ("articles", "entities", "timexes", "places", "events", "errors")
# Records per partition: small enough that a worker holds little and the progress bar moves,
# large enough that Dask's per-task overhead (a few ms) is lost in the analysis time.
PARTITION_SIZE = 100
MANIFEST_KIND = "kit.corpus/1"
FORMATS = ("parquet", "csv")
# Seconds one record may take by default: the slowest real article takes a few, a 2 MB one about a minute.
RECORD_TIMEOUT = 60.0

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
    # The cap is in bytes, as for a file: an Arabic letter is two bytes of UTF-8. Counting is skipped
    # where the length in characters already decides (a character is one to four bytes).
    if len(text) > MAX_BYTES or (len(text) * 4 > MAX_BYTES and len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES):
        size = len(text.encode("utf-8", "surrogatepass"))
        raise BadRecord(f"article of {size:,} bytes (UTF-8) is too large (at most {MAX_BYTES:,} bytes)")
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


# --- one partition: read by the driver, analysed on a worker ----------------------------------------

# The longest JSON line read as a record: a 2 MB article with every letter escaped (\u0627: 6 bytes a
# letter) plus its other fields. A longer line is an error row, skipped without being held in memory.
LINE_LIMIT = 6 * MAX_BYTES + (1 << 16)


def _records(desc: dict):
    """Yield ``(line, article_id, input name, payload, error)`` for one partition; exactly one of
    payload/error. Runs in the driver: workers are sent the records, never paths to read.

    payload is ``{"text", "dct", "dct_source", "warnings"}``; error is the reason, one line.
    """
    kind = desc["kind"]
    name = desc["name"]
    if kind == "txt":
        root = Path(desc["root"])
        for path in desc["paths"]:
            rel = Path(path).relative_to(root).as_posix()
            article_id = rel[:-4] if rel.lower().endswith(".txt") else rel
            file_name = Path(path).name
            try:
                text = read_text(path)
                check_text(text, file_name)
                meta_dct = read_metadata(path).get("dct")
                dct = check_dct(meta_dct) if meta_dct else None
            except InputError as e:
                yield None, article_id, file_name, None, str(e)
                continue
            yield None, article_id, file_name, {"text": text, "dct": dct, "dct_source": "metadata" if dct else None,
                                                "warnings": []}, None
        return
    if kind == "jsonl":
        yield from _jsonl_records(desc)
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
            yield _from_record(record, f"{name}:{line}", line, name)
        return
    raise ValueError(f"unknown partition kind {kind!r}")


def _jsonl_records(desc: dict):
    """The records of a byte range of a JSON-lines file, one line at a time (a huge line is skipped
    in pieces, never held whole)."""
    name = desc["name"]
    with open(desc["path"], "rb") as f:
        f.seek(desc["start"])
        pos, end, line = desc["start"], desc["end"], desc["line"] - 1
        while pos < end:
            raw = f.readline(min(LINE_LIMIT + 1, end - pos))
            if not raw:
                break
            pos += len(raw)
            line += 1
            if len(raw) > LINE_LIMIT:
                size = len(raw)
                while pos < end and not raw.endswith(b"\n"):
                    raw = f.readline(min(1 << 20, end - pos))
                    pos += len(raw)
                    size += len(raw)
                yield line, None, name, None, f"line {line}: a record of {size:,} bytes is too large (at most {LINE_LIMIT:,})"
                continue
            if not raw.strip():
                continue
            try:
                # utf-8-sig: a byte-order mark (Windows editors write one at the top of a file) is not part of the JSON
                record = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError as e:
                yield line, None, name, None, f"line {line}: not valid UTF-8 (byte {raw[e.start]:#04x} at {e.start})"
                continue
            except ValueError as e:
                yield line, None, name, None, f"line {line}: not valid JSON ({_one_line(e)})"
                continue
            yield _from_record(record, f"{name}:{line}", line, name)


def _from_record(record, default_id: str, line, name: str):
    try:
        article_id, text, dct, warnings = record_text(record, default_id)
    except BadRecord as e:
        rid = record.get("id") if isinstance(record, dict) else None
        return line, (str(rid) if rid is not None else default_id), name, None, str(e)
    return line, article_id, name, {"text": text, "dct": dct, "dct_source": None, "warnings": warnings}, None


class _Ids:
    """Article ids seen so far (in input order): a repeated id gets «#2», «#3»… and a warning.

    >>> ids = _Ids()
    >>> [ids.unique(i)[0] for i in ("خبر", "خبر", "خبر#2", "آخر")]
    ['خبر', 'خبر#2', 'خبر#2#2', 'آخر']
    """

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.renamed = 0

    def unique(self, article_id: str) -> tuple[str, str | None]:
        """``(the id to use, a warning or None)``."""
        if article_id not in self.seen:
            self.seen.add(article_id)
            return article_id, None
        k = 2
        while f"{article_id}#{k}" in self.seen:
            k += 1
        new = f"{article_id}#{k}"
        self.seen.add(new)
        self.renamed += 1
        return new, f"id {article_id!r} is also the id of an earlier record; renamed {new!r}"


def load_partition(desc: dict, ids: _Ids | None = None) -> dict:
    """What a worker is sent for one partition: its records, read and checked by the driver, with
    unique ids. ``n`` records in, ``n`` items out (an item is an article to analyse or an error)."""
    items = []
    for line, article_id, input_name, payload, error in _records(desc):
        if payload is not None and ids is not None:
            article_id, warning = ids.unique(article_id)
            if warning:
                payload["warnings"] = [*payload["warnings"], warning]
        items.append({"line": line, "id": article_id, "input": input_name, "payload": payload, "error": error})
    return {"index": desc["index"], "n": desc["n"], "items": items}


def _analyse(payload: dict, source: str) -> dict:
    """The analysis (schema ``kit.analysis/1``) of one record's text; InputError when it is no article."""
    from kit.analysis.pipeline import analyze
    from kit.text.article import parse_article

    check_text(payload["text"], source)
    article = parse_article(payload["text"], source=source, dct=payload["dct"])
    article.dct_source = payload["dct_source"]
    return analyze(article).to_json()


def analyze_partition(part: dict, record_timeout: float | None = None) -> dict:
    """Analyse the records of one partition (runs on a worker): the rows of each table.

    With ``record_timeout`` each record is analysed in a helper process that is stopped when the
    record takes longer; the record goes to the errors table and the next one goes on.
    """
    t0 = time.perf_counter()
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    for item in part["items"]:
        line, article_id, input_name, payload = item["line"], item["id"], item["input"], item["payload"]
        if payload is None:
            out["errors"].append({"input": input_name, "line": line, "record_id": article_id, "stage": "read",
                                  "reason": item["error"]})
            continue
        source = input_name if item["line"] is None else article_id  # a text file is named by its file
        where = (article_id, input_name, line)
        if record_timeout:
            kind, value = _analyser().analyse(payload, source, record_timeout, where)
        else:
            kind, value = _rows_here(payload, source, where)
        if kind != "ok":
            out["errors"].append({"input": input_name, "line": line, "record_id": article_id,
                                  "stage": "read" if kind == "input" else "analyze", "reason": value})
            continue
        for table, items in value.items():
            out[table].extend(items)
    return {"index": part["index"], "n": part["n"], "rows": out, "seconds": time.perf_counter() - t0}


def _rows_here(payload: dict, source: str, where: tuple) -> tuple[str, Any]:
    """``("ok", rows of each table)`` for one record, or what :func:`_analyse_here` says went wrong.

    Run where the analysis runs (a helper process): the rows travel back, not the whole analysis."""
    kind, value = _analyse_here(payload, source)
    if kind != "ok":
        return kind, value
    if payload["warnings"]:
        value["warnings"] = list(value.get("warnings") or []) + payload["warnings"]
    article_id, input_name, line = where
    return "ok", tables_from_analysis(article_id, value, payload["text"], input_name, line)


def _analyse_here(payload: dict, source: str) -> tuple[str, Any]:
    """``("ok", analysis)``, ``("input", reason)`` or ``("error", reason)`` for one record."""
    try:
        return "ok", _analyse(payload, source)
    except InputError as e:
        return "input", str(e)
    except (ImportError, MemoryError):  # the kit or the machine is broken, not this record
        raise
    except Exception as e:  # one article that trips an extractor must not cost the others
        return "error", f"{type(e).__name__}: {_one_line(e)}"


# --- the helper process that makes a time limit possible --------------------------------------------
#
# A Python thread cannot be stopped from outside, and a slow record may sit in one long regular
# expression; a process can always be stopped. So with a time limit each worker thread hands its
# records, one at a time, to a helper process of its own (started once, warmed up, reused) and kills
# it when a record runs over; the next record gets a fresh helper.

_WARM_UP: dict[str, Any] = {"text": "خبر\n\nقال الوزير في القاهرة أمس إن 300 جندي وصلوا.", "dct": "2000-01-01", "dct_source": None,
            "warnings": []}
_WARM_UP_WHERE = ("warm-up", "warm-up", None)  # (record id, input, line) of the warm-up's rows
_START_LIMIT = 300.0  # seconds a fresh helper may take to import the kit and analyse the warm-up text
# Records a helper analyses before it is replaced by a fresh one: its caches (words, names) grow with
# the corpus's vocabulary, so a long run would keep growing; a restart costs about a second.
RECYCLE_AFTER = 2000


def _send(stream, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("<Q", len(data)))
    stream.write(data)
    stream.flush()


def _recv_stream(stream):
    head = stream.read(8)
    if len(head) < 8:
        return None
    (n,) = struct.unpack("<Q", head)
    return pickle.loads(stream.read(n))


def _read_exact(fd: int, n: int, deadline: float) -> bytes:
    chunks, got = [], 0
    while got < n:
        wait = deadline - time.monotonic()
        if wait <= 0 or not select.select([fd], [], [], wait)[0]:
            raise TimeoutError
        chunk = os.read(fd, min(n - got, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _analyser_main() -> None:
    """The helper process: read a record, write its analysis, until the parent closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent decides
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything the analysis prints goes to stderr, never into the replies
    sys.stdout = sys.stderr
    requests = sys.stdin.buffer
    first = True
    while True:
        msg = _recv_stream(requests)
        if msg is None:  # the parent is gone or done
            return
        payload, source, where = msg
        try:
            reply = _rows_here(payload, source, where)
        except ImportError as e:
            reply = ("fatal", f"{type(e).__name__}: {_one_line(e)}")
        except MemoryError:
            _send(replies, ("error", "MemoryError: the record needs more memory than the worker has"))
            return
        _send(replies, reply)
        if first:
            # The warm-up loaded the gazetteers and the model: hundreds of thousands of objects that
            # live as long as the helper. Frozen, the collector's full passes no longer walk them
            # (each took ~0.4 s, a few per thousand records); only the records' own objects are left.
            gc.freeze()
            first = False


class _Analyser:
    """One helper process: ``analyse`` returns ``(kind, analysis or reason)`` within a time limit."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.done = 0  # records this helper process has analysed

    def _start(self) -> None:
        import kit as _kit

        env = dict(os.environ)
        # The helper imports the kit from where this process found it.
        home = str(Path(_kit.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join([home, *([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])])
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from kit.corpus.run import _analyser_main; _analyser_main()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, close_fds=True,
        )
        _HELPERS.add(self)
        kind, value = self._exchange(_WARM_UP, "warm-up", _WARM_UP_WHERE, _START_LIMIT)
        if kind != "ok":
            self.stop()
            raise RuntimeError(f"the analysis helper process could not start: {value}")

    def _exchange(self, payload: dict, source: str, where: tuple, limit: float) -> tuple[str, Any]:
        proc = self.proc
        assert proc is not None and proc.stdin is not None and proc.stdout is not None
        try:
            _send(proc.stdin, (payload, source, where))
            deadline = time.monotonic() + limit
            head = _read_exact(proc.stdout.fileno(), 8, deadline)
            reply = pickle.loads(_read_exact(proc.stdout.fileno(), struct.unpack("<Q", head)[0], deadline))
        except TimeoutError:
            self.stop()
            return "timeout", limit
        except (EOFError, BrokenPipeError, OSError):
            code = self.stop()
            why = f"signal {signal.Signals(-code).name}" if code and code < 0 else f"exit code {code}"
            return "died", why
        except BaseException:  # interrupted mid-record: the helper's state is unknown, stop it
            self.stop()
            raise
        if reply[0] == "fatal":
            self.stop()
            raise RuntimeError(f"the analysis cannot run on this worker: {reply[1]}")
        return reply

    def analyse(self, payload: dict, source: str, limit: float, where: tuple) -> tuple[str, Any]:
        """``(kind, value)`` of one record within ``limit`` seconds: ``("ok", rows of each table)``, or
        ``("input" | "error", reason)``; ``where`` is (article id, input name, line) for the rows."""
        if self.proc is None or self.proc.poll() is not None or self.done >= RECYCLE_AFTER:
            self.stop()
            self._start()
            self.done = 0
        self.done += 1
        kind, value = self._exchange(payload, source, where, limit)
        if kind == "timeout":
            return "error", (f"took longer than {limit:g} s (--record-timeout); its analysis was stopped "
                             "and the run went on")
        if kind == "died":
            return "error", f"the analysis process died ({value}); the record may need more memory than the worker has"
        return kind, value

    def stop(self) -> int | None:
        proc, self.proc = self.proc, None
        if proc is None:
            return None
        if proc.poll() is None:
            proc.kill()
        for stream in (proc.stdin, proc.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        code = proc.wait()
        _HELPERS.discard(self)
        return code


_HELPERS: set[_Analyser] = set()
_LOCAL = threading.local()


def _analyser() -> _Analyser:
    """This thread's helper (a Dask worker may run several tasks at once, one per thread)."""
    helper = getattr(_LOCAL, "helper", None)
    if helper is None:
        helper = _LOCAL.helper = _Analyser()
    return helper


@atexit.register
def _stop_helpers() -> None:
    for helper in list(_HELPERS):
        helper.stop()


def write_part(rows: dict[str, list[dict]], out_dir: str | Path, part: str) -> dict[str, int]:
    """Write one part file per table (``OUT/<table>/part-<part>.parquet``); the row counts."""
    counts = {}
    for table in TABLES:
        folder = Path(out_dir) / table
        folder.mkdir(parents=True, exist_ok=True)
        data = pa.Table.from_pylist(rows.get(table, []), schema=SCHEMAS[table])
        pq.write_table(data, folder / f"part-{part}.parquet")
        counts[table] = data.num_rows
    return counts


def verify_parts(out_dir: Path, expected: dict[str, dict[str, int]]) -> None:
    """Check that every part the run wrote is in ``out_dir`` with its rows, before success is reported.

    ``expected`` maps a part name to its row count per table. A missing or short part (a file system
    that lost a write) is a RuntimeError naming the first one: no output is better than a partial one.
    """
    problems = []
    for table in TABLES:
        found = {p.name: p for p in (out_dir / table).glob("part-*.parquet")}
        for part, counts in expected.items():
            f = found.pop(f"part-{part}.parquet", None)
            if f is None:
                problems.append(f"{table}/part-{part}.parquet is missing")
            elif pq.ParquetFile(f).metadata.num_rows != counts[table]:
                problems.append(f"{table}/part-{part}.parquet holds {pq.ParquetFile(f).metadata.num_rows} "
                                f"of its {counts[table]} rows")
        problems += [f"{table}/{name} was not written by this run" for name in sorted(found)]
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise RuntimeError(f"the output is incomplete: {problems[0]}{more}; nothing was written to the output folder")


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
    path = Path(input_path).expanduser().resolve()
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
    out = Path(output).expanduser().resolve()  # "~/out" as a shell would read it, even when quoted
    if out.exists() and not out.is_dir():
        raise InputError(f"output {output} is a file; give a folder")
    if out.is_dir() and any(out.iterdir()) and not _is_corpus_output(out):
        raise InputError(f"output folder {output} is not empty and holds no corpus output; choose another folder")
    return out


def check_scheduler_address(address: str, timeout: float = 10.0) -> None:
    """InputError unless ``address`` is well formed and, for TCP, answers as a Dask scheduler does.

    A Dask server speaks first: it sends its handshake, a frame whose first 8 bytes are its length.
    An HTTP server says nothing (distributed would wait for ever), a banner («SSH-2.0-…») read as a
    length asks for exabytes; both are told apart here in at most ``timeout`` seconds.

    >>> check_scheduler_address("tcp://127.0.0.1:notaport")
    Traceback (most recent call last):
    ...
    kit.text.article.InputError: malformed Dask scheduler address 'tcp://127.0.0.1:notaport': give tcp://HOST:PORT
    """
    import socket

    from distributed.comm import parse_address, parse_host_port
    from distributed.comm.registry import backends

    malformed = InputError(f"malformed Dask scheduler address {address!r}: give tcp://HOST:PORT")
    try:
        scheme, loc = parse_address(address, strict=False)
        if scheme not in backends:
            raise malformed
        if scheme != "tcp":  # TLS, UCX, in-process: distributed's own checks and timeouts
            return
        host, port = parse_host_port(loc)
    except (ValueError, TypeError):
        raise malformed from None
    if not host or not 0 < int(port) < 65536:
        raise malformed
    deadline = time.monotonic() + timeout
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except OSError as e:
        raise InputError(f"cannot reach the Dask scheduler at {address} ({e.strerror or _one_line(e)})") from None
    with sock:
        head = b""
        try:
            while len(head) < 8:
                sock.settimeout(max(0.01, deadline - time.monotonic()))
                chunk = sock.recv(8 - len(head))
                if not chunk:
                    break
                head += chunk
        except TimeoutError:
            raise InputError(f"{address} did not answer as a Dask scheduler within {timeout:g} s "
                             "(is something else, such as a web server, listening on that port?)") from None
        except OSError as e:
            raise InputError(f"cannot reach the Dask scheduler at {address} ({e.strerror or _one_line(e)})") from None
    if len(head) < 8:
        raise InputError(f"{address} closed the connection without answering as a Dask scheduler")
    (size,) = struct.unpack("<Q", head)
    if not 0 < size <= 1 << 24:  # a handshake is a few hundred bytes
        said = "".join(c if c.isprintable() else "·" for c in head.decode("latin-1"))
        raise InputError(f"{address} is not a Dask scheduler (it began its answer with {said!r})")


def _client(scheduler: str | None, workers: int, connect_timeout: str = "15s", threads: bool = False):
    """A Dask client: on the cluster at ``scheduler``, else on a new local cluster of ``workers``
    processes, or with ``threads`` of one worker in this process with ``workers`` threads (each
    thread hands its records to a helper process of its own, which does the analysis: a worker
    process beside each helper would only hold a second copy of the libraries)."""
    from dask.utils import parse_timedelta
    from distributed import Client, LocalCluster

    if scheduler:
        seconds = parse_timedelta(connect_timeout)
        check_scheduler_address(scheduler, timeout=min(seconds, 10.0))
        try:
            client = Client(scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError, MemoryError, ValueError) as e:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({_one_line(e)})") from None
        try:  # a scheduler without workers would leave the run waiting for ever
            client.wait_for_workers(1, timeout=seconds)
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
        n_workers=1 if threads else workers, threads_per_worker=workers if threads else 1, processes=not threads,
        dashboard_address=":0", silence_logs=logging.CRITICAL,
    )
    # The scheduler (and a threaded worker) run in this process and hook a diagnosis into the garbage
    # collector; a Ctrl-C that lands inside that hook is printed and dropped. The diagnosis only logs.
    from distributed.gc import disable_gc_diagnosis

    disable_gc_diagnosis(force=True)
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
    record_timeout: float | None = RECORD_TIMEOUT,
) -> dict:
    """Analyse a corpus and write its tables under ``output``; returns the manifest.

    ``format``: ``"parquet"`` (a folder of parts per table) or ``"csv"`` (one ``<table>.csv`` per
    table, UTF-8 with a header; list columns hold JSON arrays, a missing value is an empty field).

    ``client``: an existing ``distributed.Client`` to run on (a notebook's), or ``"sync"`` to run
    in this process (small inputs, no cluster start-up). Otherwise a client on ``scheduler`` or on a
    new local cluster of ``workers`` processes.
    ``partition_size``: records per partition; by default up to PARTITION_SIZE, smaller for a small
    corpus so that every worker gets several partitions.
    ``record_timeout``: seconds one record may take; a slower one goes to the errors table and the
    run goes on (None: no limit, and no helper process).

    The driver reads the input and writes the tables; workers are sent records and send back rows,
    so they need neither the input nor the output on their file system. Every part is checked
    before the output is put in place.
    """
    started = time.time()
    if format not in FORMATS:
        raise InputError(f"unknown corpus format {format!r}; choose one of {', '.join(FORMATS)}")
    if record_timeout is not None and not record_timeout > 0:
        raise InputError(f"--record-timeout must be more than 0 seconds (got {record_timeout:g})")
    from dask.utils import parse_timedelta

    try:
        seconds = parse_timedelta(connect_timeout)
    except (ValueError, TypeError, KeyError):
        seconds = None
    if seconds is None or not seconds > 0:
        raise InputError(f"--connect-timeout must be more than 0 seconds (got {connect_timeout})")
    target = check_output(output)
    input_path = Path(input_path).expanduser()
    check_input(input_path, limit)  # bad input fails before any cluster starts
    own = cluster = None
    signals = _Signals()
    try:
        with signals, staging_dir(target) as stage:
            if client is None:
                # With a time limit the analysis runs in helper processes anyway: the local cluster
                # is then threads of this process, one helper each (the same code path as processes).
                own, cluster = _client(scheduler, workers, connect_timeout, threads=record_timeout is not None)
            n_workers = 1 if client == "sync" else _worker_count(own or client)
            size = partition_size or auto_partition_size(estimate_records(input_path, limit), n_workers)
            descs, driver_errors, sha = plan(input_path, stage, size, limit)
            ids = _Ids()
            expected: dict[str, dict[str, int]] = {}
            totals = dict.fromkeys(TABLES, 0)
            for result in _results(own or client, descs, ids, progress, record_timeout, n_workers):
                signals.check()
                part = f"{result['index']:05d}"
                rows = result["rows"]
                got = len(rows["articles"]) + len(rows["errors"])
                if got != result["n"]:  # every record is an article or an error: none may go missing
                    raise RuntimeError(f"partition {result['index']} came back with {got} of its {result['n']} records")
                expected[part] = write_part(rows, stage, part)
                for t in TABLES:
                    totals[t] += expected[part][t]
            if driver_errors:
                expected["input"] = write_part({"errors": driver_errors}, stage, "input")
                totals["errors"] += len(driver_errors)
            signals.check()
            verify_parts(stage, expected)
            if format == "csv":
                for table in TABLES:
                    if parquet_to_csv(stage / table, stage / f"{table}.csv") != totals[table]:
                        raise RuntimeError(f"the output is incomplete: {table}.csv lost rows; nothing was written")
            manifest = {
                "kind": MANIFEST_KIND,
                "kit_version": kit.__version__,
                "input": str(input_path.resolve()),
                "input_sha256": sha,
                "limit": limit,
                "partitions": len(descs),
                "partition_size": size,
                "records": sum(d["n"] for d in descs),
                "rows": totals,
                "renamed_ids": ids.renamed,
                "record_timeout": record_timeout,
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
        if ids.renamed:
            log.warning("warning: %s had an id an earlier record already had; each was renamed ID#2, ID#3… "
                        "(its warnings say so)", plural(ids.renamed, "record"))
        return manifest
    except Exception:
        # A Ctrl-C raised inside library code may come out as another error (an import wraps it in
        # RuntimeError): the signal is the cause, and the user gets "interrupted".
        signals.check()
        raise
    finally:
        if own is not None:
            own.close()
        if cluster is not None:
            cluster.close()
            if record_timeout is not None:
                _stop_helpers()  # the threads' helpers belong to this run, not to the process


class _Signals:
    """Ctrl-C and SIGTERM during a run, remembered as well as raised.

    The handler that raises KeyboardInterrupt runs wherever the main thread is; inside a callback of a
    library (the garbage collector's, Dask's) the exception may be printed and dropped, and the run
    would go on and report success. So the signal is also noted, and the run checks the note after
    every partition and before it writes its output: an interrupted run never completes.
    """

    def __init__(self) -> None:
        self.caught: list[int] = []
        self.previous: dict[int, Any] = {}

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():  # only the main thread may set handlers
            for sig in (signal.SIGINT, signal.SIGTERM):
                self.previous[sig] = signal.getsignal(sig)
                signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)

    def _handle(self, signum, frame) -> None:
        self.caught.append(signum)
        self._raise(signum, frame)

    def _raise(self, signum, frame) -> None:
        previous = self.previous.get(signum)
        if callable(previous):
            previous(signum, frame)  # the command line's own handler (SIGTERM: Terminated)
        raise KeyboardInterrupt()

    def check(self) -> None:
        """Raise again for a signal that came during the run."""
        if self.caught:
            self._raise(self.caught[0], None)


def _worker_count(client) -> int:
    """The tasks the cluster runs at once: its workers' threads."""
    try:
        try:
            workers = client.scheduler_info(n_workers=-1)["workers"]
        except TypeError:  # older distributed: no n_workers argument
            workers = client.scheduler_info()["workers"]
        return sum(int(w.get("nthreads") or 1) for w in workers.values())
    except Exception:
        return 0


def _results(client, descs: list[dict], ids: _Ids, progress: bool, record_timeout: float | None, n_workers: int):
    """The result of every partition, as each is done.

    The driver reads a partition's records only when it is about to be sent, and keeps a few
    partitions in flight per worker: the input never sits whole in the driver's or the scheduler's
    memory. Partitions are read in input order, so repeated ids are renamed the same way every run.
    """
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=sum(d["n"] for d in descs), unit="article", desc="corpus", file=sys.stderr, smoothing=0.1)
    try:
        if client == "sync":
            for desc in descs:
                result = analyze_partition(load_partition(desc, ids), record_timeout)
                if bar is not None:
                    bar.update(result["n"])
                yield result
            return
        yield from _cluster_results(client, descs, ids, bar, record_timeout, n_workers)
    finally:
        if bar is not None:
            bar.close()


def _cluster_results(client, descs, ids, bar, record_timeout, n_workers):
    from distributed import as_completed
    from distributed.client import FutureCancelledError

    token = hashlib.sha256(f"{time.time()} {os.getpid()} {id(descs)}".encode()).hexdigest()[:12]
    todo = iter(descs)
    window = 2 * max(n_workers, 1) + 2
    running = as_completed()
    futures = []

    def submit() -> bool:
        desc = next(todo, None)
        if desc is None:
            return False
        future = client.submit(analyze_partition, load_partition(desc, ids), record_timeout,
                               key=f"kit-corpus-{token}-{desc['index']:05d}", pure=False)
        futures.append(future)
        running.add(future)
        return True

    try:
        for _ in range(window):
            if not submit():
                break
        for future in running:
            try:
                result = future.result()
            except (ModuleNotFoundError, ImportError) as e:
                raise InputError(f"the Dask workers cannot run the kit ({type(e).__name__}: {_one_line(e)}); "
                                 f"install arabic-news-kit {kit.__version__} on every worker") from None
            except (FutureCancelledError, Exception) as e:
                raise RuntimeError(f"a partition failed on the cluster: {type(e).__name__}: {_one_line(e)}") from e
            future.release()
            if bar is not None:
                bar.update(result["n"])
            yield result
            submit()
    finally:
        client.cancel([f for f in futures if not f.done()])


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
    """``python -m kit corpus``: args has input, output, scheduler, workers, limit, progress, record_timeout."""
    progress = getattr(args, "progress", True) and sys.stderr.isatty()
    manifest = run_corpus(
        args.input, args.output, scheduler=getattr(args, "scheduler", None), format=getattr(args, "format", "parquet"),
        workers=2 if getattr(args, "workers", None) is None else args.workers, limit=getattr(args, "limit", None), progress=progress,
        record_timeout=getattr(args, "record_timeout", RECORD_TIMEOUT),
        connect_timeout=f"{getattr(args, 'connect_timeout', 15.0):g}s",
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
