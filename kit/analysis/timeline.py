"""The timeline of an article: time expressions, numbers with units, quotations, events, and the
well-known events it refers to without dating them. One entry point per stage (what
:func:`kit.analysis.pipeline.analyze` calls) and :func:`build_timeline`, which runs them all for a notebook.

The work is done in plain modules with one job each: :mod:`kit.timeline.timexes` (time expressions and
their values), :mod:`kit.timeline.quantities` (numbers with units), :mod:`kit.timeline.quotes`, :mod:`kit.timeline.events`
and :mod:`kit.timeline.reference_events`.

>>> from kit.text.article import parse_article
>>> a = parse_article("خبر\\n\\nقال الوزير أمس إن الطائرات نفذت 40 غارة خلال الأيام الثلاثة الماضية.", dct="2016-03-02")
>>> tl = build_timeline(a)
>>> [(t.text, t.value) for t in tl.timexes]
[('أمس', '2016-03-01'), ('الأيام الثلاثة الماضية', 'P3D')]
>>> [(q.text, q.unit) for q in tl.numbers]
[('40', 'airstrikes'), ('الثلاثة', 'days')]
>>> [(e.trigger, e.type, e.time) for e in tl.events]
[('قال', 'statement', '2016-03-01'), ('نفذت', 'strike', '2016-02-28/2016-03-02')]
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from kit.timeline.events import ARTICLE_DCT, EVENT_TYPES, Event
from kit.timeline.events import find_events as _find_events
from kit.timeline.quantities import Quantity, find_quantities
from kit.timeline.quotes import Quote
from kit.timeline.quotes import find_quotes as _find_quotes
from kit.timeline.reference_events import ReferenceMention, find_reference_events
from kit.timeline.timexes import Timex, resolve, resolve_timexes, tag_text
from kit.timeline.timexes import find_timexes as _find_timexes

__all__ = ["find_timexes", "resolve_timexes", "find_numbers", "find_quotes", "find_events",
           "find_reference_events", "build_timeline", "Timeline", "Timex", "Event", "Quote", "Quantity",
           "EVENT_TYPES", "tag_text", "resolve"]


def find_timexes(article, dct: str | None = None) -> list[Timex]:
    """Time expressions of the article, resolved against ``dct`` (default: its publication date)."""
    return _find_timexes(article, dct)


def find_numbers(article, timexes=None) -> list[Quantity]:
    """Numbers with units ("مقتل 37 شخصا" → people killed); numbers of dates are left out."""
    if timexes is None:
        timexes = _find_timexes(article)
    return find_quantities(article, timexes)


def find_quotes(article, entities=None) -> list[Quote]:
    """Direct quotations with their speakers (see :mod:`kit.timeline.quotes`)."""
    return _find_quotes(article, entities)


def find_events(article, entities=None, places=None, timexes=None, dct=ARTICLE_DCT) -> list[Event]:
    """One record per reported action (see :mod:`kit.timeline.events`)."""
    return _find_events(article, entities, places, timexes, dct)


@dataclass
class Timeline:
    """Everything the timeline notebook shows, for one article and one publication date."""

    article: object
    dct: str | None
    timexes: list[Timex]
    numbers: list[Quantity]
    quotes: list[Quote]
    events: list[Event]
    references: list[ReferenceMention]
    entities: object = None
    places: list = field(default_factory=list)

    def with_dct(self, dct: str | None) -> "Timeline":
        """The same article seen from another publication date: relative expressions move, events
        dated by them move with them, and ambiguous references may change their choice."""
        timexes = resolve_timexes(self.timexes, dct)
        events = _find_events(self.article, self.entities, self.places, timexes, dct=dct)
        return Timeline(self.article, dct, timexes, self.numbers, self.quotes, events,
                        find_reference_events(self.article, dct=dct), self.entities, self.places)

    # --- tables --------------------------------------------------------------------------------

    def timexes_table(self) -> pd.DataFrame:
        """One row per time expression: offsets, text, type, value, interval, anchor, rule, warning."""
        rows = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                 "interval": " → ".join(t.interval) if t.interval else None,
                 "anchor": _anchor_text(t.anchor), "rule": t.rule, "warning": t.warning} for t in self.timexes]
        return pd.DataFrame(rows, columns=["start", "end", "text", "type", "value", "interval", "anchor", "rule", "warning"])

    def events_table(self) -> pd.DataFrame:
        """One row per event, ACLED-style: sentence, trigger, type, actor, target, places, time."""
        rows = [{"sentence": e.sentence, "trigger": e.trigger, "type": e.type, "actor": e.actor_name,
                 "target": e.target_name, "places": "، ".join(e.place_names) or None, "time": e.time,
                 "time_precision": e.time_precision, "time_from": e.time_text, "actor_id": e.actor,
                 "start": e.start} for e in self.events]
        return pd.DataFrame(rows, columns=["sentence", "trigger", "type", "actor", "target", "places", "time",
                                           "time_precision", "time_from", "actor_id", "start"])

    def quotes_table(self) -> pd.DataFrame:
        rows = [{"speaker": q.speaker, "verb": q.verb, "quote": q.text, "speaker_id": q.speaker_entity_id,
                 "evidence": q.evidence, "start": q.start} for q in self.quotes]
        return pd.DataFrame(rows, columns=["speaker", "verb", "quote", "speaker_id", "evidence", "start"])

    def numbers_table(self) -> pd.DataFrame:
        rows = [{"text": q.text, "value": q.value, "unit": q.unit, "noun": q.noun, "start": q.start} for q in self.numbers]
        return pd.DataFrame(rows, columns=["text", "value", "unit", "noun", "start"])

    def references_table(self) -> pd.DataFrame:
        rows = [{"text": r.text, "event": r.name, "date": r.date, "source": f"Wikipedia: {r.wikipedia}" if r.wikipedia else None,
                 "candidates": ", ".join(r.candidates), "start": r.start} for r in self.references]
        return pd.DataFrame(rows, columns=["text", "event", "date", "source", "candidates", "start"])

    def spans(self) -> list[dict]:
        """Spans for :func:`kit.show.display.highlight_html`: time expressions, quotations, triggers, references."""
        out = [{"start": t.start, "end": t.end, "label": t.type, "title": t.title} for t in self.timexes]
        out += [{"start": q.start, "end": q.end, "label": "QUOTE", "title": q.title} for q in self.quotes]
        out += [{"start": e.start, "end": e.end, "label": e.type, "title": e.title} for e in self.events]
        out += [{"start": r.start, "end": r.end, "label": "REF", "title": r.title} for r in self.references]
        return out


def _anchor_text(anchor: dict | None) -> str | None:
    if not anchor:
        return None
    return ", ".join(f"{k}={v}" for k, v in anchor.items())


def build_timeline(article, entities=None, places=None, dct=ARTICLE_DCT) -> Timeline:
    """Run every timeline stage on ``article``. ``entities``/``places`` default to what
    :mod:`kit.entities.recognise` and :mod:`kit.places.places` find, when those modules are installed."""
    import importlib.util

    if entities is None and importlib.util.find_spec("kit.entities.recognise") is not None:
        from kit.entities.recognise import find_entities

        entities = find_entities(article)
    if places is None and importlib.util.find_spec("kit.places.places") is not None:
        from kit.places.places import resolve_places

        places = resolve_places(article, entities)
    dct = article.dct if dct is ARTICLE_DCT else dct
    timexes = resolve_timexes(_find_timexes(article), dct)
    numbers = find_quantities(article, timexes)
    quotes = _find_quotes(article, entities)
    events = _find_events(article, entities, places or [], timexes, dct=dct)
    refs = find_reference_events(article, dct=dct)
    return Timeline(article, dct, timexes, numbers, quotes, events, refs, entities, places or [])


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
        hit = next((t for t in found if _get(t, "start") < g["end"] and g["start"] < _get(t, "end")), None)
        if hit is not None:
            used.add(id(hit))
        value_ok = hit is not None and _get(hit, "value") == g.get("value") and (
            not g.get("interval") or list(_get(hit, "interval") or []) == list(g["interval"]))
        rows.append({"gold": g["text"], "gold value": g.get("value"), "found": _get(hit, "text"),
                     "value": _get(hit, "value"), "interval": _get(hit, "interval"),
                     "found?": hit is not None, "value right?": bool(value_ok)})
    extras = [t for t in found if id(t) not in used]
    for t in extras:
        rows.append({"gold": None, "gold value": None, "found": _get(t, "text"), "value": _get(t, "value"),
                     "interval": _get(t, "interval"), "found?": False, "value right?": False})
    counts = {"gold": len(gold_timexes), "found": sum(r["found?"] for r in rows),
              "value_right": sum(r["value right?"] for r in rows), "extra": len(extras)}
    return pd.DataFrame(rows, columns=["gold", "gold value", "found", "value", "interval", "found?", "value right?"]), counts


def _get(item, key):
    if item is None:
        return None
    return item.get(key) if isinstance(item, dict) else getattr(item, key, None)


def tag_sentences(sentences, dct: str | None = None) -> pd.DataFrame:
    """Time expressions of loose sentences, one row per expression, for trying the rules out.

    >>> table = tag_sentences(["وصل أمس", "نفذت 1200 طلعة"], dct="2020-03-02")
    >>> table.loc[0, "value"], table["expression"].isna().tolist()
    ('2020-03-01', [False, True])
    """
    rows = []
    for sentence in sentences:
        found = tag_text(sentence, dct=dct)
        for t in found:
            rows.append({"sentence": sentence, "expression": t.text, "type": t.type, "value": t.value,
                         "interval": t.interval, "anchor": _anchor_text(t.anchor), "rule": t.rule,
                         "warning": t.warning})
        if not found:
            rows.append({"sentence": sentence, "expression": None, "type": None, "value": None,
                         "interval": None, "anchor": None, "rule": None, "warning": None})
    return pd.DataFrame(rows, columns=["sentence", "expression", "type", "value", "interval", "anchor", "rule", "warning"])
