"""Build the corpus sample notebook 05 explores by default: 500 SaudiNewsNet articles.

    python scripts/build_corpus_sample.py [--corpus ../shared/corpora/saudinewsnet.jsonl.gz] [-n 500]

Every newspaper of the corpus gets the same share (the rest of the 500 goes to the largest ones),
picked with a fixed seed among articles of 300–6,000 characters, never one of the dev set's
(tests/devset/). The records keep the corpus's fields (id, source, url, date_extracted, title, author,
content). Writes data/corpus/saudinewsnet-sample.jsonl.gz.

SaudiNewsNet: Alshehri, A., Nagoudi, E. M. B., Alhuzali, H. and Abdul-Mageed, M. (2015), Arabic
newspaper articles from 14 Saudi newspapers, July–August 2015, CC BY-NC-SA 4.0. The sample is shared
under the same licence: non-commercial use, with attribution.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "corpus" / "saudinewsnet-sample.jsonl.gz"
FIELDS = ("id", "source", "url", "date_extracted", "title", "author", "content")
sys.path.insert(0, str(ROOT))

from kit.evaluate.devset import gold_ids  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "saudinewsnet.jsonl.gz")
    ap.add_argument("-n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=2015)
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    skip = gold_ids(ROOT / "tests" / "devset")
    by_source: dict[str, list[dict]] = defaultdict(list)
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            content = rec.get("content") or ""
            if rec.get("id") in skip or not 300 <= len(content) <= 6000:
                continue
            by_source[rec.get("source") or "?"].append({k: rec.get(k) for k in FIELDS})
    rng = random.Random(args.seed)
    for recs in by_source.values():
        rng.shuffle(recs)
    sources = sorted(by_source, key=lambda s: -len(by_source[s]))
    share = args.n // len(sources)
    picked: list[dict] = []
    for s in sources:
        picked += by_source[s][:share]
    k = 0
    while len(picked) < args.n:  # the remainder from the largest newspapers, one each in turn
        s = sources[k % len(sources)]
        extra = by_source[s][share + k // len(sources)] if share + k // len(sources) < len(by_source[s]) else None
        if extra is not None:
            picked.append(extra)
        k += 1
    picked.sort(key=lambda r: (r["date_extracted"] or "", r["id"]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:  # mtime=0: the same input gives the same bytes
        for rec in picked:
            raw.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB): {len(picked)} articles from {len(sources)} newspapers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
