"""The kit's mentions rewritten in ANERcorp's annotation convention, to compare with ANERcorp-trained taggers.

The kit marks a whole organisation name, head noun included, as the study article's gold and the genre dev
set do. ANERcorp, the benchmark CAMeL Tools' tagger is trained on, marks these differently, and consistently
so: a ministry or an army described by an adjective is no entity at all, a national team is its country (LOC),
a newspaper or a region keeps only its name. Neither is wrong; they answer different questions.
:func:`to_anercorp` rewrites the kit's mentions by the table ``data/lexicon/anercorp_convention.tsv``, learnt
by ``scripts/build_anercorp_convention.py`` from what ANERcorp's *training* blocks do with the kit's own
mentions (never the dev or held-out blocks). The analysis itself is never changed: the rewrite returns new
mentions.

>>> from kit.entities import Mention
>>> text = "قالت وزارة الصحة إن منتخب البرازيل وصل"
>>> ms = [Mention(5, 16, "وزارة الصحة", "ORG", "", "", "", ""), Mention(20, 34, "منتخب البرازيل", "ORG", "", "", "", "")]
>>> [(m.text, m.type) for m in to_anercorp(ms, text)]
[('البرازيل', 'LOC')]
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache

from kit.entities.results import Mention
from kit.text import lexicon
from kit.text.arabic import fold

TABLE = "anercorp_convention"
_WORD = re.compile(r"\S+")


def convention_key(mention_text: str, type_: str) -> tuple[str, str, bool] | None:
    """``(type, folded head word, does the next word start with ال?)`` of a mention of two words or more.

    >>> convention_key("وزارة الصحة", "ORG")
    ('ORG', 'وزاره', True)
    >>> convention_key("البرازيل", "LOC") is None
    True
    """
    words = _WORD.findall(mention_text)
    if len(words) < 2:
        return None
    return type_, fold(words[0]), fold(words[1]).startswith(("ال", "لل"))


@lru_cache(maxsize=1)
def rewrites() -> dict[tuple[str, str, bool], tuple[str, str]]:
    """``{key: (action, new type)}`` from the table: action ``drop``, ``head`` (the head word leaves the
    span), ``tail`` (the last word leaves) or ``type`` (only the type changes)."""
    out: dict[tuple[str, str, bool], tuple[str, str]] = {}
    for row in lexicon.rows(TABLE):
        key = (row["type"], fold(row["head"]), row["next_definite"] == "yes")
        out.setdefault(key, (row["action"], row["new_type"]))
    return out


def rewrite_one(mention: Mention, text: str, table: dict | None = None) -> Mention | None:
    """One mention in ANERcorp's convention, or None when ANERcorp would not mark it.

    >>> t = "مدرب المنتخب السعودي"
    >>> rewrite_one(Mention(5, 20, "المنتخب السعودي", "ORG", "", "", "", ""), t) is None
    True
    """
    table = rewrites() if table is None else table
    key = convention_key(mention.text, mention.type)
    rule = table.get(key) if key else None
    if rule is None:
        return mention
    action, new_type = rule
    if action == "drop":
        return None
    words = [(m.start() + mention.start, m.end() + mention.start) for m in _WORD.finditer(mention.text)]
    start, end = mention.start, mention.end
    if action == "head":
        start = words[1][0]
    elif action == "tail":
        end = words[-2][1]
    return dataclasses.replace(mention, start=start, end=end, text=text[start:end], type=new_type or mention.type)


def to_anercorp(mentions: Iterable[Mention], text: str) -> list[Mention]:
    """The mentions as ANERcorp would mark them (see the module's docstring); spans stay slices of ``text``."""
    table = rewrites()
    out = []
    for m in mentions:
        r = rewrite_one(m, text, table)
        if r is not None:
            out.append(r)
    return out
