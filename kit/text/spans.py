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


class SpanIndex:
    """Spans sorted by start, for "which of them overlap or contain this stretch" in time that does not
    grow with their number: only the spans starting within the longest span's length before the
    stretch can reach it, and bisection finds those. An analysis asks this once per mention, so a
    scan of every span would make long texts quadratic.

    ``items`` are ``(start, end, value)`` triples.

    >>> idx = SpanIndex([(0, 5, "تركيا"), (10, 20, "وزارة الخارجية"), (14, 20, "الخارجية")])
    >>> idx.overlapping(12, 16)
    ['وزارة الخارجية', 'الخارجية']
    >>> idx.inside_longer(14, 20), idx.inside_longer(10, 20)
    (True, False)
    """

    def __init__(self, items) -> None:
        from bisect import bisect_left

        self._bisect = bisect_left
        self.items = sorted(items, key=lambda x: (x[0], -x[1]))
        self.starts = [s for s, _, _ in self.items]
        self.reach = max((e - s for s, e, _ in self.items), default=0)

    def _near(self, start: int, end: int):
        lo = self._bisect(self.starts, start - self.reach)
        hi = self._bisect(self.starts, end)
        return self.items[lo:hi]

    def overlapping(self, start: int, end: int) -> list:
        """The values of the spans that share a character with ``[start, end)``, in text order."""
        return [v for s, e, v in self._near(start, end) if s < end and start < e]

    def inside(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside one of the spans (or is one)."""
        return any(s <= start and end <= e for s, e, _ in self._near(start, end))

    def inside_longer(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a longer span («دمشق» in «جامعة دمشق»)."""
        return any(s <= start and end <= e and e - s > end - start for s, e, _ in self._near(start, end))


def dataframe(*args, **kwargs):
    """``pandas.DataFrame(*args, **kwargs)``, pandas imported on first use: the typed results give
    tables, but `kit analyze` should not pay pandas' ~0.3 s import to print JSON.

    >>> dataframe([{"start": 0, "text": "خبر"}], columns=["start", "text"]).shape
    (1, 2)
    """
    import pandas

    return pandas.DataFrame(*args, **kwargs)
