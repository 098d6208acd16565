"""Score the kit on the genre development set: entities, time expressions, places and events.

The gold files (``tests/devset/gold/GENRE/*.gold.json``, format in ``tests/devset/README.md``) name
their article by its SaudiNewsNet id; the articles are read from the corpus where it lies (it is not
shipped). Entities are scored relaxed (same type, spans overlap) and exact (same type and span);
time expressions by overlap, with the share of matched ones whose TIMEX3 value is right; places by
mention: a gold mention is found when a named (not implied) place of the kit covers it and lies within
the gold tolerance; events by trigger overlap.

>>> gold = {"entities": [{"start": 0, "end": 5, "type": "LOC", "required": True}]}
>>> entity_counts([{"start": 0, "end": 5, "type": "LOC"}, {"start": 7, "end": 9, "type": "ORG"}], gold)["LOC"]
{'tp': 1, 'fp': 0, 'fn': 0, 'xtp': 1, 'xfp': 0, 'xfn': 0}
"""
from __future__ import annotations

import gzip
import json
import math
from collections import defaultdict
from pathlib import Path

TYPES = ("PERS", "ORG", "LOC", "MISC")
GENRES = ("politics", "economy", "sport", "culture", "society", "technology")


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (1.0 where nothing was to find and nothing was found).

    >>> prf(8, 2, 2)
    (0.8, 0.8, 0.8)
    """
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def entity_counts(pred: list[dict], gold: dict) -> dict[str, dict[str, int]]:
    """Per type: relaxed tp/fp/fn and exact xtp/xfp/xfn. Optional gold mentions are neutral."""
    out = {t: dict(tp=0, fp=0, fn=0, xtp=0, xfp=0, xfn=0) for t in TYPES}
    required = [g for g in gold["entities"] if g.get("required", True) and g["type"] in TYPES]
    optional = [g for g in gold["entities"] if not g.get("required", True)]
    pred = [p for p in pred if p["type"] in TYPES]
    used: set[int] = set()
    for g in required:
        hit = next((k for k, p in enumerate(pred) if k not in used and p["type"] == g["type"] and _overlap(p, g)), None)
        if hit is None:
            out[g["type"]]["fn"] += 1
        else:
            used.add(hit)
            out[g["type"]]["tp"] += 1
    for k, p in enumerate(pred):
        if k not in used and not any(_overlap(p, g) and g["type"] == p["type"] for g in optional):
            out[p["type"]]["fp"] += 1
    exact_gold = {(g["start"], g["end"], g["type"]) for g in required}
    exact_opt = {(g["start"], g["end"], g["type"]) for g in optional}
    exact_pred = {(p["start"], p["end"], p["type"]) for p in pred}
    for s, e, t in exact_gold:
        out[t]["xtp" if (s, e, t) in exact_pred else "xfn"] += 1
    for s, e, t in exact_pred - exact_gold - exact_opt:
        # A prediction on an optional mention's ground is neutral in exact scoring too.
        if not any(g["type"] == t and g["start"] < e and s < g["end"] for g in optional):
            out[t]["xfp"] += 1
    return out


def entity_errors(pred: list[dict], gold: dict, text: str) -> list[str]:
    """The relaxed errors of :func:`entity_counts`, one line each: ``missed TYPE «text»`` for a gold
    mention found by no prediction of its type, ``extra TYPE «text»`` for a prediction that overlaps
    no gold mention of its type.

    >>> entity_errors([{"start": 0, "end": 4, "type": "ORG"}], {"entities": [{"start": 0, "end": 4, "type": "LOC"}]}, "عمان")
    ['missed LOC «عمان» at 0', 'extra ORG «عمان» at 0']
    """
    gold_m = [g for g in gold["entities"] if g["type"] in TYPES]
    pred = [p for p in pred if p["type"] in TYPES]
    out = []
    for g in gold_m:
        if g.get("required", True) and not any(p["type"] == g["type"] and _overlap(p, g) for p in pred):
            out.append(f"missed {g['type']} «{text[g['start']:g['end']]}» at {g['start']}")
    for p in pred:
        if not any(g["type"] == p["type"] and _overlap(p, g) for g in gold_m):
            out.append(f"extra {p['type']} «{text[p['start']:p['end']]}» at {p['start']}")
    return out


def timex_counts(pred: list[dict], gold: dict) -> dict[str, int]:
    """tp/fp/fn by overlap, and how many matched ones carry the gold value."""
    required = [g for g in gold.get("timexes", []) if g.get("required", True)]
    optional = [g for g in gold.get("timexes", []) if not g.get("required", True)]
    used: set[int] = set()
    c = dict(tp=0, fp=0, fn=0, value_ok=0)
    for g in required:
        hit = next((k for k, p in enumerate(pred) if k not in used and _overlap(p, g)), None)
        if hit is None:
            c["fn"] += 1
            continue
        used.add(hit)
        c["tp"] += 1
        if _same_value(pred[hit].get("value"), g.get("value")):
            c["value_ok"] += 1
    for k, p in enumerate(pred):
        if k not in used and not any(_overlap(p, g) for g in optional):
            c["fp"] += 1
    return c


def _same_value(a, b) -> bool:
    if a is None or b is None:
        return False
    return str(a).upper() == str(b).upper()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def place_counts(places: list[dict], gold: dict) -> dict:
    """Mention-level place scores: per kind tp/fn, fp overall, and distance errors (km)."""
    pred = [{"start": s, "end": e, "lat": p["lat"], "lon": p["lon"], "name": p.get("name")}
            for p in places if not p.get("implied") for s, e in p["mentions"]]
    out: dict = {"tp": 0, "fp": 0, "fn": 0, "wrong": 0, "km": [], "kinds": defaultdict(lambda: [0, 0]),
                 "missed": [], "extra": []}
    used: set[int] = set()
    optional_spans = []
    for gp in gold.get("places", []):
        for gm in gp.get("mentions", []):
            if not gp.get("required", True) or not gm.get("required", True):
                optional_spans.append(gm)
                continue
            kind = gp.get("kind", "?")
            out["kinds"][kind][1] += 1
            hit = next((k for k, p in enumerate(pred) if k not in used and _overlap(p, gm)), None)
            if hit is None:
                out["fn"] += 1
                out["missed"].append(f"{kind} {gp.get('canonical')} «{gm.get('text')}» at {gm['start']}")
                continue
            used.add(hit)
            km = haversine_km(gp["lat"], gp["lon"], pred[hit]["lat"], pred[hit]["lon"])
            out["km"].append(km)
            if km <= gp.get("tolerance_km", 50):
                out["tp"] += 1
                out["kinds"][kind][0] += 1
            else:
                out["wrong"] += 1
                out["fn"] += 1
                out["missed"].append(f"{kind} {gp.get('canonical')} «{gm.get('text')}» placed {km:.0f} km off "
                                     f"(as {pred[hit]['name']})")
    for k, p in enumerate(pred):
        if k in used:
            continue
        if any(_overlap(p, g) for g in optional_spans):
            continue
        out["fp"] += 1
        out["extra"].append(f"{p['name']} at {p['start']}-{p['end']}")
    out["fp"] += out["wrong"]
    return out


def event_counts(events: list[dict], gold: dict) -> dict[str, int]:
    gold_ev = [g["trigger"] for g in gold.get("events", [])]
    pred = [{"start": e["start"], "end": e["end"]} for e in events]
    tp = sum(1 for g in gold_ev if any(_overlap(p, g) for p in pred))
    hit_pred = sum(1 for p in pred if any(_overlap(p, g) for g in gold_ev))
    return dict(tp=tp, fn=len(gold_ev) - tp, fp=len(pred) - hit_pred)


# --- the set -----------------------------------------------------------------------------------

def gold_files(root: str | Path) -> list[Path]:
    return sorted(Path(root).glob("*/*.gold.json"))


def gold_ids(root: str | Path) -> set[str]:
    """The corpus ids of every gold file under ``root`` (the dev and held-out sets both, from
    ``tests/devset``): what a build script leaves out of its training text or sample."""
    ids = set()
    for path in Path(root).rglob("*.gold.json"):
        with open(path, encoding="utf-8") as f:
            ids.add(json.load(f)["id"])
    return ids


def load_articles(corpus: str | Path, ids: set[str]) -> dict[str, dict]:
    """The corpus records with these ids (one pass over the gzip file)."""
    out = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if not any(i in line[:60] for i in ids):
                continue
            r = json.loads(line)
            if r.get("id") in ids:
                out[r["id"]] = r
    return out


def article_text(record: dict) -> str:
    title = record.get("title")
    title = title.strip() if isinstance(title, str) else ""
    return f"{title}\n\n{record['content']}" if title else record["content"]
