"""Numbers with their units: "37 شخصا" are people, "1200 طلعة" sorties, "الساعات الست والثلاثين" hours.

The unit is the counted noun: the word after the number ("37 شخصا", "ثلاثة آلاف من الجنود"), or,
for a definite number that follows its noun ("الساعات الست والثلاثين"), the word before it. A
table (``data/lexicon/units.tsv``) gives each unit noun's forms (singular, plural, accusative, dual),
and a verb of killing or wounding (``casualty_words.tsv``) just before "people" makes them "people
killed" / "people injured".

>>> [(q.text, q.value, q.unit) for q in find_quantities_in_text("أدى إلى مقتل 37 شخصا ونفذت 1200 طلعة")]
[('37', 37, 'people killed'), ('1200', 1200, 'sorties')]
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Sequence

from kit.text import lexicon
from kit.text.arabic import fold, strip_article, tokenize
from kit.text.numbers import numbers_in
from kit.text.spans import Span, SpanIndex

# unit label → folded forms of the counted noun (the rows of units.tsv that have a quantity label;
# the others only tell kit.timeline.timexes that a number before them is a count).
UNIT_NOUNS: dict[str, list[str]] = {}
for _r in lexicon.rows("units"):
    if _r["quantity"]:
        UNIT_NOUNS.setdefault(_r["quantity"], []).append(fold(_r["word"]))
UNIT_OF = {form: unit for unit, forms in UNIT_NOUNS.items() for form in forms}
# Nouns of killing and wounding that turn "people" into casualties: "مقتل 37 شخصا".
KILLED = frozenset(fold(r["word"]) for r in lexicon.rows("casualty_words") if r["kind"] == "killed")
INJURED = frozenset(fold(r["word"]) for r in lexicon.rows("casualty_words") if r["kind"] == "injured")


@dataclass
class Quantity(Span):
    """A number in the text with the unit it counts (None when no unit noun is next to it)."""

    value: float
    unit: str | None
    noun: str | None = None  # the unit noun as written

    JSON = ("start", "end", "text", "value", "unit")


def _unit_of_word(word: str) -> str | None:
    f = fold(word)
    for cand in (f, f[1:] if f[:1] in "وفب" else None, strip_article(f), strip_article(f[1:]) if f[:1] in "وفبل" else None):
        if cand and cand in UNIT_OF:
            return UNIT_OF[cand]
    if f.startswith(("في المئه", "في المائه")):
        return "percent"
    return None


def find_quantities_in_text(text: str, offset: int = 0, skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Numbers of ``text`` with units; numbers inside a ``skip`` span (a date, say) are left out.

    >>> [(q.text, q.unit) for q in find_quantities_in_text("خلال الساعات الست والثلاثين الماضية")]
    [('الست والثلاثين', 'hours')]
    >>> [(q.value, q.unit) for q in find_quantities_in_text("آلاف من الجنود و5 في المئة")]
    [(1000, 'soldiers'), (5, 'percent')]
    """
    shifted = [(a - offset, b - offset) for a, b in skip]
    out = quantities_in(text, tokenize(text), shifted)
    for q in out:
        q.start, q.end = q.start + offset, q.end + offset
    return out


def quantities_in(text: str, tokens, skip: Sequence[tuple[int, int]] | SpanIndex = ()) -> list[Quantity]:
    """Numbers with units among ``tokens`` (offsets into ``text``): the document's segment tokens.
    ``skip``: spans whose numbers are not quantities (dates), as pairs or a :class:`SpanIndex`."""
    if not isinstance(skip, SpanIndex):
        skip = SpanIndex((a, b, None) for a, b in skip)
    out = []
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]  # tokens do not overlap: their ends are in order too
    for n in numbers_in(text, tokens):
        s, e = n.start, n.end
        if skip.inside(s, e):
            continue
        i = bisect_left(starts, n.end)
        after = tokens[i:i + 3]
        j = bisect_right(ends, n.start)
        before = tokens[max(0, j - 3):j]
        if fold(n.text) in ("المئه", "المائه") and before and before[-1].folded == "في":
            continue  # the "hundred" of "في المئة" (per cent)
        unit, noun = None, None
        if after:
            first = after[0]
            if first.text in "%٪":
                unit, noun = "percent", first.text
            elif first.kind == "word":
                unit, noun = _unit_of_word(first.folded), first.text
                if unit is None and first.folded == "من" and len(after) > 1 and after[1].kind == "word":
                    unit, noun = _unit_of_word(after[1].folded), after[1].text  # "آلاف من الجنود"
                if unit is None and first.folded in ("في", "بال") and len(after) > 1:
                    if after[1].folded in ("المئه", "المائه"):
                        unit, noun = "percent", after[1].text
        # A definite number follows its noun: "الساعات الثماني والأربعين", "الساعات الـ48".
        definite = fold(n.text).startswith("ال") or fold(text[max(0, n.start - 3):n.start]).endswith("ال")
        if unit is None and definite and before and before[-1].kind == "word":
            unit, noun = _unit_of_word(before[-1].folded), before[-1].text
        if unit is None:
            noun = None
        if unit == "people" and any(t.folded.lstrip("وف") in KILLED or t.folded in KILLED for t in before[-2:]):
            unit = "people killed"
        elif unit == "people" and any(t.folded.lstrip("وف") in INJURED for t in before[-2:]):
            unit = "people injured"
        out.append(Quantity(s, e, text[n.start:n.end], n.value, unit, noun))
    return out


def find_quantities(article, timexes=None) -> list[Quantity]:
    """Numbers with units in the article's title, subtitle and sentences (the document's tokens).

    Numbers inside a date or a clock time (a year, a day of the month) are dates, not quantities,
    and are left out when ``timexes`` are given; a duration's number ("48 ساعة") stays.
    """
    skip = SpanIndex((t.start, t.end, t) for t in (timexes or []) if t.type in ("DATE", "TIME", "SET"))
    out = []
    for toks in article.segments_tokens():
        out += quantities_in(article.text, toks, skip)
    return out
