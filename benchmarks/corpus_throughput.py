"""Throughput of corpus mode on a local Dask cluster: articles per second, speed-up, peak memory.

Runs ``kit.corpus.run_corpus`` on a fixed sample of a JSON-lines corpus (every k-th article, N in all,
so that the sample has the corpus's mix of short and long articles) with 1 and with 2 worker
processes (one thread each), and prints:

- articles per second once the workers are up (and the start-up: cluster, imports, first models),
- the time the whole corpus would take (start-up + articles / rate), or the measured time with --full,
- the speed-up of 2 workers over 1,
- peak memory: the resident memory of this process and every process of the cluster, summed,
  sampled every 0.2 s with psutil.

``--profile N`` also times each stage of the analysis on N articles in this process, to say which one
dominates.

    python benchmarks/corpus_throughput.py                      # 2,000 articles per setting
    python benchmarks/corpus_throughput.py --sample 500 --profile 100
    python benchmarks/corpus_throughput.py --full --workers 2   # the whole corpus

The corpus (SaudiNewsNet, 30,666 articles, CC BY-NC-SA 4.0) is read where it lies; nothing of it is
copied into the project (the sample is a temporary file, deleted after the run).
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd
import psutil

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet.jsonl.gz"
FULL_SIZE = 30_666
# The kit's default time limit per record (kit corpus --record-timeout); 0 here runs without one.
RECORD_TIMEOUT = 60.0
AIMS = {"full corpus (s)": 300, "speed-up": 1.7, "peak memory (GB)": 1.5}


class PeakMemory:
    """Peak of the summed resident memory of this process and all its descendants."""

    def __init__(self, every: float = 0.2):
        self.every, self.peak, self._stop = every, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        me = psutil.Process()
        total = 0
        for p in [me, *me.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        return total

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.every)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())


def _warm_up():
    """Load what the first article of a worker would (gazetteers, models), outside the timing."""
    from kit.analysis.pipeline import analyze_text

    analyze_text("عنوان الخبر\n\nقال وزير الخارجية في الرياض إن الاجتماع انتهى أمس.", source="warm-up")
    return True


def _warm_up_helper():
    """With a record time limit the analysis runs in a helper process of the worker's task thread:
    start that one (it loads the gazetteers and models), not the worker's own copy."""
    from kit.corpus.run import _WARM_UP, _WARM_UP_WHERE, _analyser

    _analyser().analyse(_WARM_UP, "warm-up", 300.0, _WARM_UP_WHERE)
    return True


def write_sample(corpus: Path, n: int, folder: Path) -> Path:
    """Every k-th article of the corpus (k = size / n) as a JSON-lines file in ``folder`` (outside the
    project, deleted after the run): a sample spread over the whole corpus, since its first articles
    are twice as long as the average one."""
    with gzip.open(corpus, "rb") as f:
        total = sum(1 for _ in f)
    step = max(1, total // n)
    out = folder / f"sample-{n}.jsonl"
    with gzip.open(corpus, "rb") as f, open(out, "wb") as g:
        for i, line in enumerate(f):
            if i % step == 0 and i // step < n:
                g.write(line)
    return out


def run_setting(corpus: Path, workers: int, limit: int | None, partition_size: int,
                record_timeout: float | None = RECORD_TIMEOUT) -> dict:
    from kit.corpus.run import _client, _stop_helpers, run_corpus

    out = Path(tempfile.mkdtemp(prefix="kit-bench-")) / "out"
    try:
        with PeakMemory() as mem:
            t0 = time.perf_counter()
            # The local cluster `kit corpus` makes: with a time limit, threads of one in-process worker,
            # each handing its records to a helper process; without one, worker processes.
            client, cluster = _client(None, workers, threads=bool(record_timeout))
            try:
                if record_timeout:  # one task per thread at once: each thread starts its helper
                    client.gather([client.submit(_warm_up_helper, pure=False) for _ in range(workers)])
                else:
                    client.run(_warm_up)
                t1 = time.perf_counter()
                manifest = run_corpus(corpus, out, client=client, limit=limit, partition_size=partition_size,
                                      record_timeout=record_timeout)
                t2 = time.perf_counter()
            finally:
                client.close()
                if cluster is not None:
                    cluster.close()
                _stop_helpers()
        rows = manifest["rows"]
        records = manifest["records"]
        chars = sum(len(t) for t in pd.read_parquet(out / "articles", columns=["text"])["text"])
        return {
            "workers": workers, "records": records, "partitions": manifest["partitions"],
            "partition_size": manifest["partition_size"], "articles": rows["articles"], "errors": rows["errors"],
            "chars": chars,
            "start_s": round(t1 - t0, 1), "run_s": round(t2 - t1, 1), "rate": records / (t2 - t1),
            "peak_gb": mem.peak / 1e9, "rows": rows,
            "parquet_mb": sum(p.stat().st_size for p in out.rglob("*.parquet")) / 1e6,
        }
    finally:
        shutil.rmtree(out.parent, ignore_errors=True)


def profile(corpus: Path, n: int) -> list[tuple[str, float]]:
    """Seconds per stage of the analysis over the first ``n`` articles, in this process."""
    import kit.corpus.run as kc
    from kit.text.article import check_text, parse_article

    stages: dict[str, float] = {}
    failures: dict[str, int] = {}

    def timed(name, fn, *a):
        t = time.perf_counter()
        try:
            return fn(*a)
        except Exception:  # a stage that fails on an article is counted, and the profile goes on
            failures[name] = failures.get(name, 0) + 1
            return None
        finally:
            stages[name] = stages.get(name, 0.0) + time.perf_counter() - t

    from kit.analysis import analyze
    from kit.entities import find_entities
    from kit.places import resolve_places, scan_places
    from kit.timeline import find_events, find_quantities, find_quotes, find_reference_events, find_timexes

    _warm_up()

    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in itertools.islice(f, n)]
    total = time.perf_counter()
    for i, rec in enumerate(records):
        article_id, text, dct, _ = kc.record_text(rec, f"r:{i}")
        timed("check", check_text, text, article_id)
        article = timed("parse (the document and its tokens)", parse_article, text, article_id, dct)
        scan = timed("place scan", scan_places, article)
        ents = timed("entities", lambda a=article, s=scan: find_entities(a, place_scan=s))
        places = timed("resolve places", lambda a=article, e=ents, s=scan: resolve_places(a, e, scan=s)) or []
        timexes = timed("timexes", find_timexes, article) or []
        timed("numbers", find_quantities, article, timexes)
        timed("quotes", find_quotes, article, ents)
        timed("events", find_events, article, ents, places, timexes)
        timed("references", find_reference_events, article)
        result = timed("analyze (whole, again)", lambda a=article: analyze(a).to_json())
        if result is not None:
            timed("tables", kc.tables_from_analysis, article_id, result, text, "x", i)
    wall = time.perf_counter() - total
    whole = stages.pop("analyze (whole, again)")
    if failures:
        print(f"  (stages that raised, articles: {failures})")
    return [(k, v / n) for k, v in sorted(stages.items(), key=lambda kv: -kv[1])] + [
        ("= analyze() per article", whole / n), ("(loop wall per article, stages + analyze again)", wall / n)]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("--sample", type=int, default=2000,
                   help="articles per setting: every k-th article of the corpus, N in all")
    p.add_argument("--full", action="store_true", help="the whole corpus instead of a sample")
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    p.add_argument("--partition-size", type=int, default=None)
    p.add_argument("--record-timeout", type=float, default=RECORD_TIMEOUT,
                   help="seconds one article may take (0: no limit, records analysed in the worker itself)")
    p.add_argument("--profile", type=int, default=0, metavar="N", help="time each stage on N articles")
    args = p.parse_args(argv)
    if not args.corpus.is_file():
        print(f"error: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    size = args.partition_size  # None: what the corpus command itself chooses (auto_partition_size)
    total = FULL_SIZE
    tmp = Path(tempfile.mkdtemp(prefix="kit-bench-sample-"))
    try:
        source = args.corpus if args.full else write_sample(args.corpus, args.sample, tmp)
        return _run(args, source, size, total)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _run(args, source: Path, size: int, total: int) -> int:
    print(f"corpus: {args.corpus} ({'all' if args.full else f'a sample of {args.sample:,}: every k-th'} articles), "
          f"partitions of {size or 'auto size'}, record time limit {args.record_timeout or 'none'}, {psutil.cpu_count()} CPUs, load average {psutil.getloadavg()[0]:.1f}")
    if args.profile:
        print(f"\nstages of the analysis, mean per article over {args.profile} articles of the sample (one process):")
        for name, seconds in profile(source, args.profile):
            print(f"  {name:<48} {seconds * 1000:8.1f} ms")
    results = []
    for w in args.workers:
        r = run_setting(source, w, None, size, args.record_timeout or None)
        results.append(r)
        est = r["start_s"] + total / r["rate"]
        print(f"\n{w} worker{'s' if w > 1 else ''}: {r['records']:,} records ({r['articles']:,} articles, "
              f"{r['errors']} errors) in {r['run_s']} s after {r['start_s']} s start-up, "
              f"{r['partitions']} partitions of {r['partition_size']}")
        print(f"  throughput      {r['rate']:.1f} articles/s ({r['chars'] / r['run_s'] / 1000:.0f}k characters/s)")
        print(f"  full corpus     {'measured ' + str(round(r['start_s'] + r['run_s'])) if args.full else f'~{est:.0f}'} s "
              f"({total:,} articles; aim < {AIMS['full corpus (s)']} s)")
        print(f"  peak memory     {r['peak_gb']:.2f} GB (this process + cluster, RSS summed; aim < {AIMS['peak memory (GB)']} GB)")
        print(f"  output          {r['parquet_mb']:.1f} MB of Parquet; rows {r['rows']}")
    by = {r["workers"]: r for r in results}
    if 1 in by and 2 in by:
        print(f"\nspeed-up 2 workers / 1 worker: {by[2]['rate'] / by[1]['rate']:.2f}x (aim >= {AIMS['speed-up']}x)")
    print(json.dumps({"results": results}, default=float))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
