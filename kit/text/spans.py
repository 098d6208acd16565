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
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    spec = _spec(type(obj))
    if spec is not None:
        out = {}
        for key, attr, optional, digits in spec:
            value = getattr(obj, attr)
            if optional and not value:
                continue
            if digits is not None and isinstance(value, float):
                value = round(value, digits)
            out[key] = value if isinstance(value, (str, int, float, bool)) or value is None else to_json(value)
        return out
    if isinstance(obj, (list, tuple)):
        return [to_json(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_json(v) for k, v in obj.items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    return obj


_SPECS: dict[type, list[tuple[str, str, bool, int | None]] | None] = {}


def _spec(cls: type) -> list[tuple[str, str, bool, int | None]] | None:
    """(JSON key, attribute, left out when empty, decimals) of each field a class declares, worked
    out once per class ("key=attribute" where the key and the attribute differ)."""
    got = _SPECS.get(cls, False)
    if got is False:
        fields = getattr(cls, "JSON", None)
        if fields is None:
            got = None
        else:
            optional = getattr(cls, "JSON_OPTIONAL", ())
            rounding = getattr(cls, "JSON_ROUND", {})
            got = []
            for name in fields:
                key, _, attr = name.partition("=")
                got.append((key, attr or key, key in optional, rounding.get(key)))
        _SPECS[cls] = got
    return got  # type: ignore[return-value]


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
