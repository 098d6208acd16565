"""The analysis in the formats other tools read: CoNLL (BIO entity tags per token), TimeML (TIMEX3 in
XML), GeoJSON (the places as points) and spaCy's displaCy dict.

>>> from kit.analysis import analyze_text
>>> a = analyze_text("خبر\\n\\nقال حزب الله إن الاجتماع انتهى أمس في بيروت.", dct="2020-03-04")
>>> to_conll(a).splitlines()[5]
'حزب\\t9\\t12\\tB-ORG'
>>> to_displacy(a)["ents"][0]
{'start': 9, 'end': 17, 'label': 'ORG'}
"""
from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from kit.places.places import places_geojson

FORMATS = ("json", "conll", "timeml", "geojson")


def to_displacy(analysis) -> dict:
    """The entities as displaCy's manual-mode dict, for spaCy users to render their way:
    ``{"text", "ents": [{"start", "end", "label"}], "title"}``."""
    return {"text": analysis.article.text,
            "ents": [{"start": m.start, "end": m.end, "label": m.type} for m in analysis.entities.mentions],
            "title": analysis.article.source}


def to_conll(analysis) -> str:
    """One token a line, ``token<TAB>start<TAB>end<TAB>tag`` with IOB2 tags (B-/I-PERS, ORG, LOC,
    MISC, or O), a ``# text = …`` line before each sentence (title and subtitle included) and a blank
    line after it. A mention that starts after a token's proclitics ("لتركيا") tags the whole token."""
    article = analysis.article
    mentions = sorted(analysis.entities.mentions, key=lambda m: m.start)
    lines: list[str] = []
    k = 0
    for seg, toks in zip(article.segments, article.segments_tokens()):
        if not toks:
            continue
        lines.append(f"# text = {' '.join(seg.text.split())}")
        current = None  # the mention the previous token was tagged with
        for t in toks:
            while k < len(mentions) and mentions[k].end <= t.start:
                k += 1
            m = mentions[k] if k < len(mentions) and mentions[k].start < t.end else None
            if m is None:
                tag, current = "O", None
            else:
                tag = ("I-" if current is m else "B-") + m.type
                current = m
            lines.append(f"{t.text}\t{t.start}\t{t.end}\t{tag}")
        lines.append("")
    return "\n".join(lines) + "\n"


def read_conll(text: str) -> list[tuple[int, int, str]]:
    """The entity spans ``(start, end, type)`` of :func:`to_conll`'s output (token boundaries).

    >>> read_conll("# text = x\\nقال\\t0\\t3\\tO\\nحزب\\t4\\t7\\tB-ORG\\nالله\\t8\\t12\\tI-ORG\\n\\n")
    [(4, 12, 'ORG')]
    """
    spans: list[tuple[int, int, str]] = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        _, start, end, tag = line.rsplit("\t", 3)
        if tag.startswith("I-") and spans and spans[-1][2] == tag[2:] and spans[-1][1] <= int(start):
            spans[-1] = (spans[-1][0], int(end), tag[2:])
        elif tag != "O":
            spans.append((int(start), int(end), tag[2:]))
    return spans


def to_timeml(analysis) -> str:
    """The article as TimeML: the text with each time expression inline as a ``TIMEX3`` element
    (``tid``, ``type``, ``value``, and ``mod`` where there is one), and the publication date as the
    creation time (``DCT``)."""
    article = analysis.article
    text = article.text
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>"]
    if analysis.dct:
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{analysis.dct}" '
                     f'functionInDocument="CREATION_TIME">{analysis.dct}</TIMEX3></DCT>')
    body, pos = [], 0
    for k, t in enumerate(sorted(analysis.timexes, key=lambda t: t.start), 1):
        if t.start < pos:
            continue
        body.append(escape(text[pos:t.start]))
        attrs = f'tid="t{k}" type={quoteattr(t.type)} value={quoteattr(t.value or "")}'
        if t.mod:
            attrs += f" mod={quoteattr(t.mod)}"
        body.append(f"<TIMEX3 {attrs}>{escape(t.text)}</TIMEX3>")
        pos = t.end
    body.append(escape(text[pos:]))
    parts.append("<TEXT>" + "".join(body) + "</TEXT>")
    parts.append("</TimeML>")
    return "\n".join(parts) + "\n"


def to_geojson(analysis) -> dict:
    """The places as a GeoJSON FeatureCollection (one Point each, its mentions in the properties)."""
    return places_geojson(analysis.places)
