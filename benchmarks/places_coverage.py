#!/usr/bin/env python
"""How many place mentions of real news the kit puts on the map, and which step costs the most time.

Reads N articles spread over a JSON-lines corpus (``title`` and ``content``; gzip or not) without
copying them anywhere, and prints:

* **coverage against the entity recogniser**: of the LOC mentions kit.entities finds, the share that
  kit.places resolves to coordinates, overall and for those its CRF model or patterns find (the
  recogniser also uses this gazetteer, so only the latter is an independent test);
* **coverage after kind words**: of the names right after مدينة / محافظة / بلدة / قرية / ولاية /
  مخيم (a place by construction, found without the gazetteer), the share resolved; the most frequent
  unresolved ones are what the gazetteer lacks;
* places per article, mentions from hand/Natural Earth names vs GeoNames-only names;
* time per step (parse, gazetteer load, mention scan, nisbas, resolve, entity recogniser, map).

    .venv/bin/python benchmarks/places_coverage.py ../shared/corpora/saudinewsnet.jsonl.gz --n 200
    .venv/bin/python benchmarks/places_coverage.py CORPUS --n 200 --sample 40   # also print 40 resolved
                                                                                # mentions to check by eye
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NOT_NAMES = {"التي", "الذي", "في", "من", "الي", "الى", "علي", "عن", "الملك", "الامير", "الرئيس", "الشيخ",
             "واحده", "اخري", "كبيره", "صغيره", "جديده", "ساحليه", "خامسه", "رابعه", "ثالثه", "ثانيه"}
KIND_CUES = {"مدينه", "مدينتي", "محافظه", "محافظتي", "بلده", "بلدتي", "قريه", "قريتي", "ولايه", "ولايتي", "مخيم"}


def read_corpus(path: Path, n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` articles spread evenly over the file (every k-th), as (id, text)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    step = max(1, len(lines) // n)
    rng = random.Random(seed)
    offset = rng.randrange(step)
    out = []
    for line in lines[offset::step][:n]:
        d = json.loads(line)
        out.append((str(d.get("id")), (d.get("title") or "") + "\n\n" + (d.get("content") or "")))
    return out


class Clock:
    def __init__(self):
        self.t: dict[str, list[float]] = defaultdict(list)

    def __call__(self, name, fn, *a, **k):
        t0 = time.perf_counter()
        r = fn(*a, **k)
        self.t[name].append(time.perf_counter() - t0)
        return r


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--maps", type=int, default=10, help="articles whose map is drawn (timing only)")
    ap.add_argument("--sample", type=int, default=0, help="print this many resolved mentions to check by eye")
    args = ap.parse_args(argv)

    from kit.places.places import find_nisbas, find_place_mentions, load_gazetteer, nisba_country, resolve_places
    from kit.text.arabic import fold, proclitic_splits, tokenize
    from kit.text.article import InputError, parse_article

    clock = Clock()
    clock("gazetteer load (once)", load_gazetteer)
    try:
        from kit.entities.recognise import find_entities
    except ImportError:
        find_entities = None

    arts = read_corpus(args.corpus, args.n, args.seed)
    n_loc = n_loc_resolved = n_cue = n_cue_resolved = 0
    n_mentions = n_trusted = n_indep = n_indep_resolved = 0
    missing_loc: Counter = Counter()
    places_per_article = []
    missing: Counter = Counter()
    resolved_examples = []
    for i, (aid, text) in enumerate(arts):
        try:
            art = clock("parse article", parse_article, text, source=aid)
        except InputError:
            continue
        mentions = clock("find place mentions (2 passes)", find_place_mentions, art)
        clock("find nisbas", find_nisbas, art, None, mentions)
        entities = clock("entity recogniser (kit.entities)", find_entities, art) if find_entities else None
        places = clock("resolve places (with entities)", resolve_places, art, entities)
        places_per_article.append(len([p for p in places if not p.implied]))
        n_mentions += len(mentions)
        n_trusted += sum(1 for m in mentions if m.best.trusted)
        spans = [tuple(s) for p in places if not p.implied for s in p.mentions]
        for m in mentions:
            resolved_examples.append((aid, art.text[max(0, m.start - 35):m.end + 35].replace("\n", " "), m.text,
                                      m.best.entry.name_en, m.best.entry.country))
        if entities is not None:
            for e in entities.mentions:
                if e.type != "LOC":
                    continue
                hit = any(s < e.end and e.start < t for s, t in spans)
                n_loc += 1
                n_loc_resolved += hit
                # Found by the CRF model or a pattern too, not only by this gazetteer: the fair test.
                if set(getattr(e, "sources", None) or [e.source]) - {"gazetteer"}:
                    n_indep += 1
                    n_indep_resolved += hit
                    if not hit:
                        missing_loc[e.text] += 1
        # Names right after a kind word: places whatever the gazetteer says.
        for span in art.content_spans():
            toks = tokenize(span.text, offset=span.start)
            for j, t in enumerate(toks[:-1]):
                if t.kind == "word" and any(s in KIND_CUES for _, s in proclitic_splits(t.text)) \
                        and toks[j + 1].kind == "word":
                    nxt = toks[j + 1]
                    # Not a name: a relative or preposition, a title (مدينة الملك عبدالله), an adjective.
                    if fold(nxt.text) in NOT_NAMES or nisba_country(nxt.text):
                        continue
                    n_cue += 1
                    if any(s <= nxt.start < t2 for s, t2 in spans):
                        n_cue_resolved += 1
                    else:
                        missing[nxt.text] += 1
        if i < args.maps:
            import io

            import matplotlib.pyplot as plt

            from kit.show.maps import plot_map

            fig = clock("build the map (figure, labels placed)", plot_map, places)
            clock("render the map to PNG", fig.savefig, io.BytesIO(), format="png", dpi=150)
            plt.close(fig)

    share = lambda a, b: f"{a}/{b} = {a / b:.1%}" if b else "n/a"  # noqa: E731
    print(f"articles: {len(places_per_article)} of {args.corpus.name}, spread over the file (seed {args.seed})")
    print(f"place mentions found: {n_mentions} ({n_mentions / max(1, len(places_per_article)):.1f} per article); "
          f"named by hand tables / Natural Earth / aliases: {share(n_trusted, n_mentions)}, GeoNames-only: "
          f"{n_mentions - n_trusted}")
    print(f"places per article: mean {statistics.mean(places_per_article or [0]):.1f}, "
          f"median {statistics.median(places_per_article or [0])}")
    print(f"coverage of the entity recogniser's LOC mentions: {share(n_loc_resolved, n_loc)}; of those it finds "
          f"with its model or patterns (not only through this gazetteer): {share(n_indep_resolved, n_indep)}")
    print("most frequent unresolved LOC mentions:", "، ".join(f"{w} ({c})" for w, c in missing_loc.most_common(15)))
    print(f"coverage of names after a kind word (مدينة، محافظة، بلدة، قرية، ولاية، مخيم): {share(n_cue_resolved, n_cue)}")
    print("most frequent unresolved names after a kind word:", "، ".join(f"{w} ({c})" for w, c in missing.most_common(15)))
    print("\ntime per call (ms): mean / median / max, total s")
    rows = sorted(clock.t.items(), key=lambda kv: -sum(kv[1]) / len(kv[1]))
    for name, ts in rows:
        ms = [t * 1000 for t in ts]
        print(f"  {name:38s} {statistics.mean(ms):8.1f} / {statistics.median(ms):8.1f} / {max(ms):8.1f}   "
              f"{sum(ts):7.2f} s over {len(ts)}")
    per_article = {k: statistics.mean(v) for k, v in clock.t.items() if len(v) > 1}
    slowest = max(per_article, key=per_article.get)
    places_only = {k: v for k, v in per_article.items() if "entity" not in k and "map" not in k and "parse" not in k}
    print(f"slowest step per article: {slowest} ({per_article[slowest] * 1000:.0f} ms); of the place steps alone: "
          f"{max(places_only, key=places_only.get)} ({max(places_only.values()) * 1000:.0f} ms)")
    if args.sample:
        print(f"\n{args.sample} resolved mentions drawn at random, to check by eye:")
        for _aid, ctx, text, name, iso in random.Random(args.seed).sample(resolved_examples, min(args.sample, len(resolved_examples))):
            print(f"  {text} → {name} ({iso})   | {ctx}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
