"""The one orchestrator: text → document → extractors → one typed :class:`Analysis`.

The stages run in a declared order (:data:`STAGES`), each reading the document's token layer and
what the stages before it found; nothing runs twice. The notebooks, the timeline, the reports and
the corpus mode all call :func:`analyze`; :meth:`Analysis.to_json` is the analysis as JSON (schema
``kit.analysis/1``), written by the one serialiser of :mod:`kit.text.spans`.

>>> from kit.text.article import parse_article
>>> a = analyze(parse_article("اجتماع في عمان\\n\\nالتقى الوزير نظيره في عمان أمس.", dct="2020-03-04"))
>>> [t.value for t in a.timexes]
['2020-03-03']
>>> result = a.to_json()
>>> result["schema"], result["dct"], len(result["structure"]["paragraphs"])
('kit.analysis/1', '2020-03-04', 1)
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import kit
from kit.entities.recognise import find_entities
from kit.entities.results import Entities
from kit.places.places import Place, resolve_places, scan_places
from kit.resources import SCHEMA
from kit.text.article import Article, check_text, parse_article
from kit.text.spans import SpanIndex, dataframe, to_json
from kit.timeline.events import ARTICLE_DCT, Event, find_events
from kit.timeline.quantities import Quantity, find_quantities
from kit.timeline.quotes import Quote, find_quotes
from kit.timeline.reference_events import ReferenceMention, find_reference_events
from kit.timeline.timexes import Timex, anchor_text, find_timexes, resolve_timexes

if TYPE_CHECKING:  # pandas only for the tables: `kit analyze` starts without it
    import pandas as pd

SCHEMA_ID = "kit.analysis/1"

# The stages in the order they run, with what each reads: a new stage is one line here and one call
# in analyze().
STAGES = [
    ("places", "the place scan: gazetteer names judged in context (kit.places.scan_places)"),
    ("entities", "people, organisations, places, other names (kit.entities.find_entities; reads the place scan)"),
    ("resolve_places", "each place once, with coordinates (kit.places.resolve_places; reads entities)"),
    ("timexes", "time expressions and their TIMEX3 values (kit.timeline.find_timexes)"),
    ("numbers", "numbers with units (kit.timeline.find_quantities; reads timexes)"),
    ("quotes", "quotations and their speakers (kit.timeline.find_quotes; reads entities)"),
    ("events", "who did what to whom, where and when (kit.timeline.find_events; reads all of the above)"),
    ("references", "dated events named without a date (kit.timeline.find_reference_events)"),
]


@dataclass
class Analysis:
    """Everything the kit finds in one article, typed: every item is a span of the article's text.

    ``dct`` is the publication date the relative expressions were resolved against (the article's
    own unless :meth:`with_dct` chose another).
    """

    article: Article
    dct: str | None
    entities: Entities
    places: list[Place]
    timexes: list[Timex]
    numbers: list[Quantity]
    quotes: list[Quote]
    events: list[Event]
    references: list[ReferenceMention]
    place_scan: object = field(default=None, repr=False)  # the scan, with the names it rejected and why

    def to_json(self) -> dict:
        """The analysis as one JSON-ready dict, schema ``kit.analysis/1``."""
        a = self.article
        return {
            "schema": SCHEMA_ID,
            "source": a.source,
            "kit_version": kit.__version__,
            "dct": self.dct,
            "dct_source": a.dct_source,
            "warnings": list(a.warnings),
            "structure": a.structure_json(),
            **self.entities.to_json(),  # entities, roles, nisbas
            "timexes": to_json(self.timexes),
            "places": to_json(self.places),
            "numbers": to_json(self.numbers),
            "quotes": to_json(self.quotes),
            "events": to_json(self.events),
            "reference_events": to_json(self.references),
        }

    def with_dct(self, dct: str | None) -> Analysis:
        """The same article seen from another publication date: relative expressions move, events
        dated by them move with them, and ambiguous references may change their choice.

        >>> from kit.text.article import parse_article
        >>> a = analyze(parse_article("خبر\\n\\nوصل الوزير أمس.", dct="2020-03-04"))
        >>> [t.value for t in a.with_dct("2021-01-01").timexes]
        ['2020-12-31']
        """
        timexes = resolve_timexes(self.timexes, dct)
        events = find_events(self.article, self.entities, self.places, timexes, dct=dct)
        return Analysis(self.article, dct, self.entities, self.places, timexes, self.numbers, self.quotes, events,
                        find_reference_events(self.article, dct=dct), self.place_scan)

    # --- tables ----------------------------------------------------------------------------------

    def timexes_table(self) -> pd.DataFrame:
        """One row per time expression: offsets, text, type, value, interval, anchor, rule, warning."""
        rows = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                 "interval": " → ".join(t.interval) if t.interval else None,
                 "anchor": anchor_text(t.anchor), "rule": t.rule, "warning": t.warning} for t in self.timexes]
        return dataframe(rows, columns=["start", "end", "text", "type", "value", "interval", "anchor", "rule", "warning"])

    def events_table(self) -> pd.DataFrame:
        """One row per event, ACLED-style: sentence, trigger, type, actor, target, places, time."""
        rows = [{"sentence": e.sentence, "trigger": e.trigger, "type": e.type, "actor": e.actor_name,
                 "target": e.target_name, "places": "، ".join(e.place_names) or None, "time": e.time,
                 "time_precision": e.time_precision, "time_from": e.time_text, "actor_id": e.actor,
                 "start": e.start} for e in self.events]
        return dataframe(rows, columns=["sentence", "trigger", "type", "actor", "target", "places", "time",
                                           "time_precision", "time_from", "actor_id", "start"])

    def quotes_table(self) -> pd.DataFrame:
        rows = [{"speaker": q.speaker, "verb": q.verb, "quote": q.text, "speaker_id": q.speaker_entity_id,
                 "evidence": q.evidence, "start": q.start} for q in self.quotes]
        return dataframe(rows, columns=["speaker", "verb", "quote", "speaker_id", "evidence", "start"])

    def numbers_table(self) -> pd.DataFrame:
        rows = [{"text": q.text, "value": q.value, "unit": q.unit, "noun": q.noun, "start": q.start} for q in self.numbers]
        return dataframe(rows, columns=["text", "value", "unit", "noun", "start"])

    def references_table(self) -> pd.DataFrame:
        rows = [{"text": r.text, "event": r.name, "date": r.date,
                 "source": f"Wikipedia: {r.wikipedia}" if r.wikipedia else None,
                 "candidates": ", ".join(r.candidates), "start": r.start} for r in self.references]
        return dataframe(rows, columns=["text", "event", "date", "source", "candidates", "start"])

    def timeline_spans(self) -> list[dict]:
        """Spans for :func:`kit.show.highlight_html`: time expressions, quotations, triggers, references."""
        out = [{"start": t.start, "end": t.end, "label": t.type, "title": t.title} for t in self.timexes]
        out += [{"start": q.start, "end": q.end, "label": "QUOTE", "title": q.title} for q in self.quotes]
        out += [{"start": e.start, "end": e.end, "label": e.type, "title": e.title} for e in self.events]
        out += [{"start": r.start, "end": r.end, "label": "REF", "title": r.title} for r in self.references]
        return out


def analyze(article: Article, *, dct=ARTICLE_DCT, use_model: bool = True, use_camel="auto") -> Analysis:
    """Run every stage of :data:`STAGES` on ``article`` once, in order; ``dct`` overrides its
    publication date for the time expressions and events.

    ``use_model`` / ``use_camel``: the CRF and CAMeL Tools' NER (when its data is installed).
    """
    dct = article.dct if dct is ARTICLE_DCT else dct
    scan = scan_places(article)
    entities = find_entities(article, use_model=use_model, use_camel=use_camel, place_scan=scan)
    places = resolve_places(article, entities, scan=scan)
    timexes = resolve_timexes(find_timexes(article), dct) if dct != article.dct else find_timexes(article)
    names = SpanIndex((m.start, m.end, m) for m in entities.mentions)
    timexes = [t for t in timexes if not _inside_name(t, names)]
    numbers = find_quantities(article, timexes)
    quotes = find_quotes(article, entities)
    events = find_events(article, entities, places, timexes, dct=dct)
    references = find_reference_events(article, dct=dct)
    return Analysis(article, dct, entities, places, timexes, numbers, quotes, events, references, scan)


def _inside_name(timex: Timex, names: SpanIndex) -> bool:
    """A time word that is part of a name: «اليوم» of the newspaper «عين اليوم», «الغد» of «حزب الغد».
    A year inside a name («كأس العالم 2014») stays a date.

    >>> from kit.text.article import parse_article
    >>> a = analyze(parse_article("خبر\\n\\nعين اليوم – جدة أعلنت الوزارة اليوم نتائجها.", dct="2015-08-07"))
    >>> [t.start for t in a.timexes], [m.text for m in a.entities.mentions]
    ([35], ['عين اليوم', 'جدة'])
    """
    if any(c.isdigit() for c in timex.text):
        return False
    # «شركة نيسان»: a month name the entity layer reads, span for span, as an organisation is its name.
    return names.inside_longer(timex.start, timex.end) or any(
        m.type == "ORG" and m.start == timex.start and m.end == timex.end for m in names.overlapping(timex.start, timex.end))


def as_analysis(x) -> Analysis:
    """An analysis from an :class:`Analysis` (itself), an :class:`Article` or an article's text.

    >>> as_analysis("خبر\\n\\nوصل الوزير.").article.title.text
    'خبر'
    """
    if isinstance(x, Analysis):
        return x
    if isinstance(x, Article):
        return analyze(x)
    if isinstance(x, str):
        return analyze_text(x)
    raise TypeError(f"expected an analysis, an article or its text, got {type(x).__name__}")


def analyze_text(text: str, source: str = "<text>", dct: str | None = None) -> Analysis:
    """Analyse a text held in memory (checked like a file: InputError when it is not an article).

    >>> analyze_text("خبر عاجل\\n\\nقال المتحدث إن الاجتماع انتهى.").article.title.text
    'خبر عاجل'
    """
    check_text(text, source)
    return analyze(parse_article(text, source=source, dct=dct))


@lru_cache(maxsize=1)
def schema() -> dict:
    """The JSON Schema of the analysis."""
    with open(SCHEMA, encoding="utf-8") as f:
        return json.load(f)


def validate(result: dict) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``result`` (an analysis as JSON) fits the schema."""
    import jsonschema

    jsonschema.validate(result, schema())


def check_offsets(result: dict, text: str) -> list[str]:
    """Problems with spans in ``result`` whose ``text`` is not ``text[start:end]`` (empty when all agree)."""
    problems = []

    def visit(node, path):
        if isinstance(node, dict):
            if {"start", "end", "text"} <= node.keys() and isinstance(node["start"], int):
                if text[node["start"]:node["end"]] != node["text"]:
                    problems.append(f"{path}: {node['text']!r} != text[{node['start']}:{node['end']}]")
            for k, v in node.items():
                visit(v, f"{path}.{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                visit(v, f"{path}[{i}]")

    visit(result, "$")
    return problems

