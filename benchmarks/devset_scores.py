"""Scores of the kit on the genre development set (tests/devset/), per genre and per type.

    .venv/bin/python benchmarks/devset_scores.py [--corpus ../shared/corpora/saudinewsnet.jsonl.gz]
    .venv/bin/python benchmarks/devset_scores.py --gold tests/devset/entities   # the entities-only set
    .venv/bin/python benchmarks/devset_scores.py --gold tests/devset/heldout    # read once, never tuned on
    .venv/bin/python benchmarks/devset_scores.py --gold tests/devset/timexes    # the timexes-only set

Entities: relaxed (overlap) and exact P/R/F1 per type and genre; time expressions: detection F1 and
value accuracy; places: mention recall/precision and median distance; events: trigger recall. A gold
file without time expressions (tests/devset/entities) is scored on its entities only, one without
entities (tests/devset/timexes) on its time expressions only.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kit.analysis.pipeline import analyze_text  # noqa: E402
from kit.evaluate import devset  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "saudinewsnet.jsonl.gz"))
    ap.add_argument("--gold", default=str(ROOT / "tests" / "devset" / "gold"))
    ap.add_argument("--json", help="write the figures here too")
    ap.add_argument("--errors", choices=["places", "entities"], action="append", default=[],
                    help="also list each article's errors of this layer (missed and extra), to see what to fix")
    args = ap.parse_args(argv)
    if not Path(args.corpus).is_file():
        print(f"devset_scores: no corpus at {args.corpus} (give its path with --corpus)", file=sys.stderr)
        return 2
    if not Path(args.gold).is_dir():
        print(f"devset_scores: no gold folder at {args.gold} (give it with --gold)", file=sys.stderr)
        return 2
    files = devset.gold_files(args.gold)
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    records = devset.load_articles(args.corpus, {g["id"] for g in golds})
    missing = sorted({g["id"] for g in golds} - set(records))
    if missing:
        print(f"devset_scores: {len(missing)} gold article(s) not in {args.corpus}, e.g. {missing[0]}", file=sys.stderr)
        return 2
    ent = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))  # genre → type → counts
    tim = defaultdict(lambda: defaultdict(int))
    plc = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "km": [], "kinds": defaultdict(lambda: [0, 0])})
    evt = defaultdict(lambda: defaultdict(int))
    for g in golds:
        text = devset.article_text(records[g["id"]])
        a = analyze_text(text, source=g["id"], dct=g["dct"]).to_json()
        genre = g["genre"]
        if "entities" in g:  # a timexes-only gold file (tests/devset/timexes) has none
            for t, c in devset.entity_counts(a["entities"], g).items():
                for k, v in c.items():
                    ent[genre][t][k] += v
                    ent["ALL"][t][k] += v
            if "entities" in args.errors:
                for line in devset.entity_errors(a["entities"], g, text):
                    print(f"[{genre}] {g['id']} {line}")
        if "timexes" not in g:
            continue  # an entities-only gold file (tests/devset/entities): the other layers are not annotated
        for k, v in devset.timex_counts(a["timexes"], g).items():
            tim[genre][k] += v
            tim["ALL"][k] += v
        if "places" not in g:
            continue  # a timexes-only gold file: no places or events annotated
        pc = devset.place_counts(a["places"], g)
        if "places" in args.errors and (pc["missed"] or pc["extra"]):
            print(f"[{genre}] {g['id']} places")
            for m in pc["missed"]:
                print(f"    missed {m}")
            for x in pc["extra"]:
                print(f"    extra  {x}  «{text[int(x.rsplit(' ', 1)[1].split('-')[0]):int(x.rsplit('-', 1)[1])]}»")
        for key in (genre, "ALL"):
            for k in ("tp", "fp", "fn"):
                plc[key][k] += pc[k]
            plc[key]["km"] += pc["km"]
            for kind, (ok, n) in pc["kinds"].items():
                plc[key]["kinds"][kind][0] += ok
                plc[key]["kinds"][kind][1] += n
        for k, v in devset.event_counts(a["events"], g).items():
            evt[genre][k] += v
            evt["ALL"][k] += v
    figures: dict = {}
    print(f"{len(golds)} articles")
    genres = [g for g in devset.GENRES if any(x["genre"] == g for x in golds)]
    has_entities = any("entities" in g for g in golds)  # none in a timexes-only set
    if has_entities:
        print("\nENTITIES  relaxed P/R/F1 | exact P/R/F1")
    for genre in [*genres, "ALL"] if has_entities else []:
        rows = ent[genre]
        tot = defaultdict(int)
        for t in devset.TYPES:
            for k, v in rows[t].items():
                tot[k] += v
        parts = []
        for t in [*devset.TYPES, "all"]:
            c = tot if t == "all" else rows[t]
            r = devset.prf(c["tp"], c["fp"], c["fn"])
            x = devset.prf(c["xtp"], c["xfp"], c["xfn"])
            figures.setdefault("entities", {}).setdefault(genre, {})[t] = {"relaxed": r, "exact": x}
            parts.append(f"{t} {r[2]:.2f}/{x[2]:.2f}")
        r = devset.prf(tot["tp"], tot["fp"], tot["fn"])
        print(f"  {genre:<11} P {r[0]:.3f} R {r[1]:.3f} F1 {r[2]:.3f} | " + "  ".join(parts))
    if not any("timexes" in g for g in golds):  # entities-only gold files
        return _written(figures, args.json)
    print("\nTIMEXES   detection P/R/F1, value accuracy (of matched)")
    for genre in [*genres, "ALL"]:
        c = tim[genre]
        p, r, f = devset.prf(c["tp"], c["fp"], c["fn"])
        acc = c["value_ok"] / c["tp"] if c["tp"] else 0.0
        figures.setdefault("timexes", {})[genre] = {"p": p, "r": r, "f1": f, "value_accuracy": round(acc, 4)}
        print(f"  {genre:<11} P {p:.3f} R {r:.3f} F1 {f:.3f}  value {acc:.3f}  (tp {c['tp']} fp {c['fp']} fn {c['fn']})")
    if not any("places" in g for g in golds):  # timexes-only gold files
        return _written(figures, args.json)
    print("\nPLACES    mention recall / precision, median km of matched, recall per kind")
    for genre in [*devset.GENRES, "ALL"]:
        c = plc[genre]
        p, r, f = devset.prf(c["tp"], c["fp"], c["fn"])
        km = statistics.median(c["km"]) if c["km"] else 0.0
        kinds = "  ".join(f"{k} {ok}/{n}" for k, (ok, n) in sorted(c["kinds"].items()))
        figures.setdefault("places", {})[genre] = {"p": p, "r": r, "f1": f, "median_km": round(km, 1)}
        print(f"  {genre:<11} R {r:.3f} P {p:.3f}  median {km:.0f} km  | {kinds}")
    print("\nEVENTS    trigger P/R")
    for genre in [*devset.GENRES, "ALL"]:
        c = evt[genre]
        p, r, f = devset.prf(c["tp"], c["fp"], c["fn"])
        figures.setdefault("events", {})[genre] = {"p": p, "r": r, "f1": f}
        print(f"  {genre:<11} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return _written(figures, args.json)


def _written(figures: dict, path: str | None) -> int:
    """Write the figures to ``path`` as JSON when one is given; the exit code (0)."""
    if path:
        Path(path).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
