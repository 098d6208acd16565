#!/usr/bin/env python
"""List the place names the kit accepts only on GeoNames' word, most frequent first, with an example.

A helper for curating data/gazetteer/hand/stoplist.txt: GeoNames gives some towns Arabic names that
are common words (بيان, إطار, جامعة). Run it over real news, read the examples, and put the common
words in the stop-list with the reason. It prints; it writes nothing.

    .venv/bin/python scripts/stoplist_candidates.py ../shared/corpora/saudinewsnet.jsonl.gz --n 1000
    .venv/bin/python scripts/stoplist_candidates.py FILE.jsonl.gz --rejected   # what the rules refused

The corpus is JSON lines (gzip or not) with ``title`` and ``content``, e.g. ``{"title": "…", "content": "…"}``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kit.places.places import scan_places  # noqa: E402
from kit.text.arabic import fold  # noqa: E402
from kit.text.article import InputError, parse_article  # noqa: E402


def articles(path: Path, n: int, skip: int):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < skip:
                continue
            if i >= skip + n:
                break
            d = json.loads(line)
            yield (d.get("title") or "") + "\n\n" + (d.get("content") or "")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--n", type=int, default=1000, help="articles to read")
    ap.add_argument("--skip", type=int, default=0, help="articles to skip first")
    ap.add_argument("--top", type=int, default=200, help="rows to print")
    ap.add_argument("--rejected", action="store_true", help="list names the rules refused, with the rule")
    args = ap.parse_args(argv)
    counts: Counter = Counter()
    example: dict = {}
    for text in articles(args.corpus, args.n, args.skip):
        try:
            art = parse_article(text)
        except InputError:
            continue
        scan = scan_places(art)
        rows = ([((fold(t), why), s, e) for s, e, t, why in scan.rejected] if args.rejected else
                [((fold(m.text), m.best.entry.id, m.best.entry.name_en, m.best.entry.country), m.start, m.end)
                 for m in scan.mentions if not m.best.trusted])
        for key, s, e in rows:
            counts[key] += 1
            example.setdefault(key, art.text[max(0, s - 40):e + 40].replace("\n", " "))
    for key, c in counts.most_common(args.top):
        print(c, *key, "|", example[key], sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
