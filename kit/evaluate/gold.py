"""Score entity mentions against a gold annotation: precision, recall and F1 per type.

The gold format is the project's (``data/gold/*.gold.json``): ``entities`` with ``start``, ``end``,
``type`` and ``required``, and ``ignore_spans``. Scoring is *relaxed*: a predicted mention matches a
gold one of the same type when their spans overlap (each gold mention is matched once). Gold
mentions marked ``required: false`` (armed forces, event names: conventions differ) and predictions
inside ``ignore_spans`` are neutral: neither rewarded nor penalised.

>>> gold = {"entities": [{"start": 0, "end": 5, "type": "LOC", "required": True},
...                      {"start": 10, "end": 20, "type": "ORG", "required": False}], "ignore_spans": []}
>>> pred = [{"start": 0, "end": 5, "type": "LOC"}, {"start": 12, "end": 18, "type": "ORG"},
...         {"start": 30, "end": 35, "type": "PERS"}]
>>> score(pred, gold).loc["all", ["tp", "fp", "fn"]].tolist()
[1, 1, 0]
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

TYPES = ("PERS", "ORG", "LOC", "MISC")
COLUMNS = ["tp", "fp", "fn", "precision", "recall", "f1"]


def load_gold(path: str | Path | Mapping) -> dict:
    """A gold annotation as a dict (a path is read as UTF-8 JSON).

    >>> from kit.resources import DATA
    >>> len(load_gold(DATA / "gold" / "000_ac51de9d2fe8c34f.gold.json")["entities"]) > 0
    True
    """
    if isinstance(path, Mapping):
        return dict(path)
    from kit.text.article import InputError

    p = Path(path)
    if not p.is_file():
        raise InputError(f"no gold file at {path}")
    try:
        with open(p, encoding="utf-8") as f:
            data = json.load(f)
    except ValueError as e:
        raise InputError(f"gold file {p.name} is not valid JSON: {e}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise InputError(f"gold file {p.name} has no list of entities")
    return data


def find_gold(article_path) -> Path | None:
    """The gold file of an article, if there is one: ``NAME.gold.json`` beside it or in
    ``data/gold/``.

    >>> from kit.resources import STUDY_ARTICLE
    >>> find_gold(STUDY_ARTICLE).name
    '000_ac51de9d2fe8c34f.gold.json'
    """
    from kit.resources import DATA

    p = Path(article_path)
    for cand in (p.with_name(p.stem + ".gold.json"), DATA / "gold" / (p.stem + ".gold.json")):
        if cand.is_file():
            return cand
    return None


def _get(m, k, default=None):
    if isinstance(m, Mapping):
        return m.get(k, default)
    return getattr(m, k, default)


def _as_dicts(mentions) -> list[dict]:
    if hasattr(mentions, "mentions"):
        mentions = mentions.mentions
    return [{"start": int(_get(m, "start")), "end": int(_get(m, "end")), "type": _get(m, "type"),
             "text": _get(m, "text", ""), "source": _get(m, "source", ""),
             "sources": list(_get(m, "sources", []) or [])} for m in mentions]


def _overlap(a, b) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def align(predicted, gold) -> pd.DataFrame:
    """Every gold and predicted mention with its verdict: TP, FP, FN or neutral.

    One row per required gold mention (TP when a prediction of its type overlaps it, else FN), per
    unmatched prediction (FP, or neutral when it falls on an optional gold mention or an ignored
    span).
    """
    gold = load_gold(gold)
    pred = _as_dicts(predicted)
    ignore = [{"start": s, "end": e} for s, e in gold.get("ignore_spans", [])]
    required = [g for g in gold["entities"] if g.get("required", True)]
    optional = [g for g in gold["entities"] if not g.get("required", True)]
    used: set[int] = set()
    rows = []
    for g in sorted(required, key=lambda g: g["start"]):
        hit = next((k for k, p in enumerate(pred) if k not in used and p["type"] == g["type"] and _overlap(p, g)), None)
        if hit is not None:
            used.add(hit)
        p = pred[hit] if hit is not None else None
        rows.append({"verdict": "TP" if p else "FN", "type": g["type"], "gold": g.get("text", ""),
                     "predicted": p["text"] if p else "", "start": g["start"], "end": g["end"],
                     "source": p["source"] if p else ""})
    for k, p in enumerate(pred):
        if k in used:
            continue
        neutral = any(_overlap(p, g) and g["type"] == p["type"] for g in optional) or any(
            i["start"] <= p["start"] and p["end"] <= i["end"] for i in ignore)
        # A second prediction inside a gold mention already matched (a name split in two) is an error.
        rows.append({"verdict": "neutral" if neutral else "FP", "type": p["type"], "gold": "",
                     "predicted": p["text"], "start": p["start"], "end": p["end"], "source": p["source"]})
    df = pd.DataFrame(rows, columns=["verdict", "type", "gold", "predicted", "start", "end", "source"])
    return df.sort_values(["start", "verdict"]).reset_index(drop=True)


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(predicted, gold, types=TYPES) -> pd.DataFrame:
    """Precision, recall and F1 per type and over all types ("all", micro-averaged).

    ``predicted``: an :class:`kit.entities.recognise.Entities`, or mentions (objects or dicts with start,
    end, type). ``gold``: a gold dict or the path of a gold file.
    """
    table = align(predicted, gold)
    rows = {}
    for t in types:
        sub = table[table["type"] == t]
        rows[t] = _prf(int((sub.verdict == "TP").sum()), int((sub.verdict == "FP").sum()),
                       int((sub.verdict == "FN").sum()))
    rows["all"] = _prf(sum(r["tp"] for r in rows.values()), sum(r["fp"] for r in rows.values()),
                       sum(r["fn"] for r in rows.values()))
    return pd.DataFrame.from_dict(rows, orient="index")[COLUMNS]


def evaluate(article, gold, **kwargs) -> pd.DataFrame:
    """Run :func:`kit.entities.recognise.find_entities` on ``article`` and score it against ``gold``.

    >>> from kit.text.article import read_article
    >>> from kit.resources import STUDY_ARTICLE, DATA
    >>> table = evaluate(read_article(STUDY_ARTICLE), DATA / "gold" / "000_ac51de9d2fe8c34f.gold.json")
    >>> list(table.columns)
    ['tp', 'fp', 'fn', 'precision', 'recall', 'f1']
    """
    from kit.entities.recognise import find_entities

    return score(find_entities(article, **kwargs), gold)


RECOGNIZERS = ("gazetteer", "pattern", "model", "camel")


def compare_recognizers(article, gold, recognizers=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Each recognizer alone and the whole pipeline, side by side against the gold.

    Returns ``(summary, by_mention)``: ``summary`` has precision/recall/F1 (all types) per
    recognizer; ``by_mention`` has one row per required gold mention and a ✓/✗ column per
    recognizer, with ``missed_by_all`` marking what none of them finds.
    """
    from kit.entities.camel import camel_ner_available
    from kit.entities.recognise import find_entities

    gold = load_gold(gold)
    if recognizers is None:
        recognizers = [r for r in RECOGNIZERS if r != "camel" or camel_ner_available()]
    runs = {r: find_entities(article, recognizers={r}, use_camel=r == "camel") for r in recognizers}
    runs["pipeline"] = find_entities(article)
    summary = pd.DataFrame({name: score(ents, gold).loc["all"] for name, ents in runs.items()}).T
    summary.index.name = "recognizer"
    required = sorted((g for g in gold["entities"] if g.get("required", True)), key=lambda g: g["start"])
    rows = []
    for g in required:
        row = {"start": g["start"], "type": g["type"], "gold": g.get("text", "")}
        for name, ents in runs.items():
            row[name] = "✓" if any(m.type == g["type"] and _overlap(_as_dicts([m])[0], g) for m in ents.mentions) else "✗"
        row["missed_by_all"] = all(row[name] == "✗" for name in runs)
        rows.append(row)
    by_mention = pd.DataFrame(rows, columns=["start", "type", "gold", *runs, "missed_by_all"])
    return summary[COLUMNS], by_mention


# --- time expressions ------------------------------------------------------------------------------

def compare_timexes(found, gold_timexes) -> tuple[pd.DataFrame, dict]:
    """Found time expressions against gold ones (dicts with start, end, text, value): a table with
    one row per gold expression (plus one per extra find), and counts.

    A gold expression is *found* when a prediction overlaps it, and its *value is right* when that
    prediction's value is the gold value (and its interval the gold interval, when gold gives one).

    >>> from kit.timeline.timexes import tag_text
    >>> gold = [{"start": 4, "end": 7, "text": "أمس", "value": "2020-03-01"}]
    >>> table, counts = compare_timexes(tag_text("وصل أمس و1200 طلعة", dct="2020-03-02"), gold)
    >>> counts
    {'gold': 1, 'found': 1, 'value_right': 1, 'extra': 0}
    """
    rows, used = [], set()
    for g in gold_timexes:
        hit = next((t for t in found if t.start < g["end"] and g["start"] < t.end), None)
        if hit is not None:
            used.add(id(hit))
        value_ok = hit is not None and hit.value == g.get("value") and (
            not g.get("interval") or list(hit.interval or []) == list(g["interval"]))
        rows.append({"gold": g["text"], "gold value": g.get("value"), "found": hit.text if hit else None,
                     "value": hit.value if hit else None, "interval": hit.interval if hit else None,
                     "found?": hit is not None, "value right?": bool(value_ok)})
    extras = [t for t in found if id(t) not in used]
    for t in extras:
        rows.append({"gold": None, "gold value": None, "found": t.text, "value": t.value,
                     "interval": t.interval, "found?": False, "value right?": False})
    counts = {"gold": len(gold_timexes), "found": sum(r["found?"] for r in rows),
              "value_right": sum(r["value right?"] for r in rows), "extra": len(extras)}
    return pd.DataFrame(rows, columns=["gold", "gold value", "found", "value", "interval", "found?", "value right?"]), counts
