"""The one base of everything the kit finds in a text, and the one way it is written as JSON.

A :class:`Span` is a stretch of the original text: ``start`` and ``end`` are Python ``str`` indices, and
``text == article.text[start:end]`` always holds. Paragraphs, sentences, entity mentions, time
expressions, place mentions, quotations, numbers and events are spans with more fields. Each class
says which fields its JSON has (``JSON``), which are left out when empty (``JSON_OPTIONAL``) and how
many decimals a float keeps (``JSON_ROUND``); :func:`to_json` is the only serialiser.

>>> Span(0, 5, "تركيا").to_json()
{'start': 0, 'end': 5, 'text': 'تركيا'}
>>> to_json([Span(0, 2, "في")])
[{'start': 0, 'end': 2, 'text': 'في'}]
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar


def to_json(obj: Any) -> Any:
    """The JSON value of ``obj``: a span or record by its ``JSON`` fields, lists and dicts item by item.

    >>> @dataclass
    ... class Point(Span):
    ...     lat: float = 0.0
    ...     note: str = ""
    ...     JSON = ("start", "end", "text", "lat", "note")
    ...     JSON_OPTIONAL = frozenset({"note"})
    ...     JSON_ROUND = {"lat": 2}
    >>> to_json(Point(0, 4, "جدة", 21.54321))
    {'start': 0, 'end': 4, 'text': 'جدة', 'lat': 21.54}
    """
    fields = getattr(obj, "JSON", None)
    if fields is not None and not isinstance(obj, type):
        optional = getattr(obj, "JSON_OPTIONAL", ())
        rounding = getattr(obj, "JSON_ROUND", {})
        out = {}
        for name in fields:
            # "key=attribute": the JSON key differs from the attribute that holds its value.
            name, _, attr = name.partition("=")
            value = getattr(obj, attr or name)
            if name in optional and not value:
                continue
            if name in rounding and isinstance(value, float):
                value = round(value, rounding[name])
            out[name] = to_json(value)
        return out
    if isinstance(obj, (list, tuple)):
        return [to_json(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_json(v) for k, v in obj.items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    return obj


@dataclass
class Span:
    """A stretch of the original text, the base of every result.

    >>> s = Span(3, 8, "جاوة")
    >>> s.length, s.overlaps(Span(0, 4, "في ج"))
    (5, True)
    """

    start: int
    end: int
    text: str

    JSON: ClassVar[tuple[str, ...]] = ("start", "end", "text")
    JSON_OPTIONAL: ClassVar[frozenset[str]] = frozenset()
    JSON_ROUND: ClassVar[dict[str, int]] = {}

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def to_json(self) -> dict:
        return to_json(self)
