"""Well-known events that news refers to without dating them ("هجمات بروكسل"), from a small table.

``data/reference_events.tsv`` lists dated events of 2011–2020 with their Arabic names and aliases
and the Wikipedia article each date comes from. A mention that matches an alias is marked as a
reference *from outside the text*: the article does not give the date, the table does.

Matching works on folded words, ignores proclitics and the article ال, and lets one extra word sit
inside an alias ("انفجار مرفأ العاصمة بيروت" meets "انفجار مرفأ بيروت"). When one alias names
several events (two different aircraft shot down a few weeks apart can share one Arabic name), the
publication date decides: the latest such event on or before it. Without a
publication date an ambiguous mention is kept with all its candidates and no choice.

>>> from kit.text.article import parse_article
>>> a = parse_article("خبر\\n\\nبعد هجمات بروكسل وانفجار مرفأ العاصمة بيروت تغيرت الأولويات.", dct="2020-08-10")
>>> [(r.text, r.event_id, r.date) for r in find_reference_events(a)]
[('هجمات بروكسل', 'brussels_2016', '2016-03-22'), ('انفجار مرفأ العاصمة بيروت', 'beirut_port_2020', '2020-08-04')]
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from kit.resources import DATA
from kit.text.arabic import final_fold, fold, strip_article, tokenize
from kit.text.spans import Span

TABLE = DATA / "reference_events.tsv"
SOURCE = "reference table (outside the text)"


@dataclass(frozen=True)
class ReferenceEvent:
    """One row of the table."""

    id: str
    date: str
    name_en: str
    name_ar: str
    aliases: tuple[str, ...]
    wikipedia: str

    @property
    def source(self) -> str:
        return f"Wikipedia: {self.wikipedia}"


@dataclass
class ReferenceMention(Span):
    """A mention of a table event in the article; ``event_id`` is None when it stays ambiguous."""

    event_id: str | None
    name: str | None
    date: str | None
    wikipedia: str | None
    candidates: list[str] = field(default_factory=list)
    source: str = SOURCE

    @property
    def label(self) -> str:
        return "REF"

    @property
    def title(self) -> str:
        if self.event_id:
            return f"{self.name} · {self.date} · from outside the text (Wikipedia: {self.wikipedia})"
        return "ambiguous: " + ", ".join(self.candidates)

    JSON = ("start", "end", "text", "event_id", "name", "date", "wikipedia", "candidates", "source")


@lru_cache(maxsize=1)
def load_table() -> tuple[ReferenceEvent, ...]:
    """The rows of ``data/reference_events.tsv``.

    >>> len(load_table()) >= 20, load_table()[0].date[:4]
    (True, '2011')
    """
    rows = []
    with open(TABLE, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            date.fromisoformat(row["date"])  # a bad row should fail the tests, not the user
            aliases = tuple(a.strip() for a in row["aliases_ar"].split(";") if a.strip())
            rows.append(ReferenceEvent(row["id"], row["date"], row["name_en"], row["name_ar"], aliases,
                                       row["wikipedia_en"]))
    return tuple(rows)


def _key(folded: str) -> str:
    return final_fold(strip_article(folded))


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word key → [(word keys of the alias, event id)]."""
    index: dict[str, list] = {}
    for ev in load_table():
        for alias in ev.aliases:
            keys = tuple(_key(fold(t.text)) for t in tokenize(alias) if t.kind != "punct")
            if keys:
                index.setdefault(keys[0], []).append((keys, ev.id))
    return index


@lru_cache(maxsize=65536)
def _token_keys(readings: tuple[tuple[int, str], ...]) -> list[tuple[int, str]]:
    """A document token's readings (folded stems) as alias keys."""
    return [(at, _key(stem)) for at, stem in readings]


def _match(words, i: int, keys: tuple[str, ...]) -> int | None:
    """Index of the last word when ``keys`` match from word ``i`` (one extra word allowed inside)."""
    j, gaps = i, 0
    for n, k in enumerate(keys):
        if n == 0:
            continue
        j += 1
        if j < len(words) and any(key == k for _, key in words[j][1]):
            continue
        if gaps == 0 and j + 1 < len(words) and any(key == k for _, key in words[j + 1][1]):
            j += 1
            gaps = 1
            continue
        return None
    return j


ARTICLE_DCT = object()  # "use the article's own publication date"


def find_reference_events(article, dct=ARTICLE_DCT) -> list[ReferenceMention]:
    """Mentions of the table's events in the article's title, subtitle and sentences; ``dct``
    overrides the article's publication date (None = no date: ambiguous mentions stay open)."""
    table = {ev.id: ev for ev in load_table()}
    index = _alias_index()
    dct = article.dct if dct is ARTICLE_DCT else dct
    day = date.fromisoformat(dct) if dct else None
    out: list[ReferenceMention] = []
    for toks in article.segments_tokens():
        # Punctuation breaks an alias: keep words and numbers with their readings.
        words = [(t, _token_keys(t.readings) if t.kind != "punct" else []) for t in toks]
        i = 0
        while i < len(words):
            best = None  # (last word index, event ids, stem offset)
            for at, key in words[i][1]:
                for keys, eid in index.get(key, []):
                    j = _match(words, i, keys)
                    if j is None:
                        continue
                    if best is None or j > best[0]:
                        best = (j, {eid}, at)
                    elif j == best[0]:
                        best[1].add(eid)
            if best is None:
                i += 1
                continue
            j, ids, at = best
            s, e = words[i][0].start + at, words[j][0].end
            events = sorted((table[x] for x in ids), key=lambda ev: ev.date)
            chosen = None
            if day is not None:
                past = [ev for ev in events if date.fromisoformat(ev.date) <= day]
                chosen = past[-1] if past else None
                if chosen is None:
                    i = j + 1
                    continue  # every candidate is later than the article: another event
            elif len(events) == 1:
                chosen = events[0]
            text = article.text[s:e]
            if chosen:
                out.append(ReferenceMention(s, e, text, chosen.id, chosen.name_en, chosen.date, chosen.wikipedia,
                                            [ev.id for ev in events]))
            else:
                out.append(ReferenceMention(s, e, text, None, None, None, None, [ev.id for ev in events]))
            i = j + 1
    return out
