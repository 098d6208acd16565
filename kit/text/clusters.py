"""The word clusters of the news corpus (``data/models/ner-clusters.tsv``): each folded word the corpus
writes, with its cluster among 64, 256 and 1024, learnt without labels from the 30k SaudiNewsNet articles by
``scripts/build_clusters.py``. Words that stand in the same places in sentences share a cluster: towns with
towns («تبوك», «ضباء»), verbs with verbs. The statistical tagger reads them as features; the places layer
and the entity rules ask them whether a word is one the corpus writes, and what kind of word it is.

>>> word_clusters()["تبوك"][2] == word_clusters()["حائل"][2]
True
"""
from __future__ import annotations

import sys
from functools import lru_cache

from kit.resources import DATA

CLUSTERS_PATH = DATA / "models" / "ner-clusters.tsv"


@lru_cache(maxsize=1)
def word_clusters() -> dict[str, tuple[str, str, str]] | None:
    """``data/models/ner-clusters.tsv``: folded word → its clusters at three sizes, or None if missing.

    Read with a plain split rather than :func:`_read_tsv` (87k rows: 0.1 s instead of 0.4 s, every
    process start), and the words of one cluster triple share one tuple.
    """
    try:
        with open(CLUSTERS_PATH, encoding="utf-8") as f:
            lines = [ln for ln in f.read().split("\n") if ln.strip() and not ln.startswith("#")]
    except OSError:
        return None
    if not lines:
        return None
    header = lines[0].split("\t")
    try:
        cols = [header.index(c) for c in ("word", "c64", "c256", "c1024")]
    except ValueError:
        return None
    last = max(cols)
    iw, i64, i256, i1024 = cols
    out: dict[str, tuple[str, str, str]] = {}
    shared: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    for ln in lines[1:]:
        cells = ln.split("\t")
        if len(cells) <= last:
            continue
        key = (cells[i64], cells[i256], cells[i1024])
        got = shared.get(key)
        if got is None:
            got = shared[key] = (sys.intern("a" + key[0]), sys.intern("b" + key[1]), sys.intern("c" + key[2]))
        out[sys.intern(cells[iw])] = got
    return out or None
