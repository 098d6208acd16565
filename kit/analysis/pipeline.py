"""The whole analysis of one article as one JSON-ready dict (schema ``kit.analysis/1``).

Data flows one way: text → Article → extractors (entities → places → timeline) → this dict.

>>> from kit.text.article import parse_article
>>> result = analyze(parse_article("اجتماع في عمان\\n\\nالتقى الوزير نظيره في عمان أمس.", dct="2020-03-04"))
>>> result["schema"], result["dct"], len(result["structure"]["paragraphs"])
('kit.analysis/1', '2020-03-04', 1)
"""
from __future__ import annotations

import json
from functools import lru_cache

import kit
import kit.analysis.timeline as timeline
from kit.text.article import Article, check_text, parse_article
from kit.entities.recognise import find_entities
from kit.resources import SCHEMA
from kit.places.places import resolve_places, scan_places
from kit.timeline.reference_events import find_reference_events

SCHEMA_ID = "kit.analysis/1"


def analyze(article: Article) -> dict:
    """Run every extractor on ``article`` and gather the results per the schema."""
    scan = scan_places(article)  # read by the entity recogniser and the place resolver alike
    entities = find_entities(article, place_scan=scan)
    places = resolve_places(article, entities, scan=scan)
    timexes = timeline.find_timexes(article)
    return {
        "schema": SCHEMA_ID,
        "source": article.source,
        "kit_version": kit.__version__,
        "dct": article.dct,
        "dct_source": article.dct_source,
        "warnings": list(article.warnings),
        "structure": article.structure_json(),
        **entities.to_json(),  # entities, roles, nisbas
        "timexes": [t.to_json() for t in timexes],
        "places": [p.to_json() for p in places],
        "numbers": [n.to_json() for n in timeline.find_numbers(article, timexes)],
        "quotes": [q.to_json() for q in timeline.find_quotes(article, entities)],
        "events": [e.to_json() for e in timeline.find_events(article, entities, places, timexes)],
        "reference_events": [m.to_json() for m in find_reference_events(article)],
    }


def analyze_text(text: str, source: str = "<text>", dct: str | None = None) -> dict:
    """Analyse a text held in memory (checked like a file: InputError when it is not an article).

    >>> analyze_text("خبر عاجل\\n\\nقال المتحدث إن الاجتماع انتهى.")["structure"]["title"]["text"]
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
    """Raise ``jsonschema.ValidationError`` unless ``result`` fits the schema, and check that every
    span's text is the slice of the original it claims to be (needs the text: see :func:`check_offsets`)."""
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
