"""Show results where they were found: the article as right-to-left HTML with spans highlighted.

>>> html = highlight_html("قال بوش في برلين", [{"start": 11, "end": 16, "label": "LOC", "title": "gazetteer"}])
>>> '<mark' in html and 'dir="rtl"' in html
True
"""
from __future__ import annotations

import html as _html
from collections.abc import Iterable, Mapping

# One colour per label, readable on white and in a projector's washed-out light.
PALETTE = {
    "PERS": "#ffd6a5", "ORG": "#bde0fe", "LOC": "#caffbf", "MISC": "#e4c1f9",
    "title": "#fff3b0", "subtitle": "#ffe5ec", "lead": "#e2f0cb", "body": "#f1f1f1",
    "boilerplate": "#d9d9d9", "DATE": "#ffadad", "TIME": "#ffc6ff", "DURATION": "#a0c4ff",
    "SET": "#fdffb6", "QUOTE": "#fde2e4", "ROLE": "#fcd5ce", "NISBA": "#d8f3dc", "NUMBER": "#cfe1b9",
}
FALLBACK = ["#ffd6a5", "#bde0fe", "#caffbf", "#e4c1f9", "#ffadad", "#a0c4ff", "#fdffb6", "#9bf6ff"]

STYLE = (
    "font-family: 'Noto Naskh Arabic', 'Amiri', 'DejaVu Sans', sans-serif; font-size: 1.15em; "
    "line-height: 2.1; text-align: right; white-space: pre-wrap; unicode-bidi: plaintext;"
)


ZWJ = "\u200d"


def _joins(ch: str) -> bool:
    """True for an Arabic letter (or tatweel), which joins its neighbours."""
    return "\u0620" <= ch <= "\u064a" or ch == "\u0640" or "\u066e" <= ch <= "\u06d3"


def _get(span, key, default=None):
    if isinstance(span, Mapping):
        return span.get(key, default)
    return getattr(span, key, default)


def color_for(label: str, colors: Mapping[str, str] | None = None) -> str:
    """The colour of a label (from ``colors``, the palette, or a stable fallback)."""
    if colors and label in colors:
        return colors[label]
    if label in PALETTE:
        return PALETTE[label]
    return FALLBACK[sum(map(ord, label)) % len(FALLBACK)]


def highlight_html(
    text: str,
    spans: Iterable,
    *,
    start: int = 0,
    end: int | None = None,
    colors: Mapping[str, str] | None = None,
    show_labels: bool = True,
) -> str:
    """HTML of ``text[start:end]`` right-to-left, with each span in a coloured ``<mark>``.

    A span is a dict or object with ``start``, ``end``, ``label`` and optionally ``title`` (shown as
    a tooltip: the rule or model that found it) and ``color``. Overlapping spans: the earlier, longer
    one wins; the others are skipped rather than breaking the markup.

    >>> highlight_html("في ليبيا", [{"start": 3, "end": 8, "label": "LOC"}], show_labels=False)
    '<div dir="rtl" lang="ar" class="kit-article" style="...">في <mark ...>ليبيا</mark></div>'
    >>> "ل\u200d<mark" in highlight_html("لتركيا", [{"start": 1, "end": 6, "label": "LOC"}])
    True
    """
    end = len(text) if end is None else end
    chosen = []
    last = start
    ordered = sorted(
        (s for s in spans if _get(s, "start") is not None),
        key=lambda s: (_get(s, "start"), -_get(s, "end")),
    )
    for s in ordered:
        s0, s1 = max(_get(s, "start"), start), min(_get(s, "end"), end)
        if s0 < last or s1 <= s0:
            continue
        chosen.append((s0, s1, s))
        last = s1
    parts = []
    pos = start
    for s0, s1, s in chosen:
        # A mark that starts or ends inside a word (ل + تركيا) would break the letters' joining
        # in the browser; a zero-width joiner on both sides of the tag keeps the word joined.
        join_before = s0 > 0 and _joins(text[s0 - 1]) and _joins(text[s0])
        join_after = s1 < len(text) and _joins(text[s1 - 1]) and _joins(text[s1])
        parts.append(_html.escape(text[pos:s0]) + (ZWJ if join_before else ""))
        label = str(_get(s, "label", ""))
        color = _get(s, "color") or color_for(label, colors)
        title = _get(s, "title")
        # An isolate: the Latin label inside it and Latin words or digits beside it must not reorder it.
        attrs = f'style="background:{color}; padding:0 2px; border-radius:3px; unicode-bidi:isolate;"'
        attrs += f' data-label="{_html.escape(label)}"'
        if title:
            attrs += f' title="{_html.escape(str(title))}"'
        inner = (ZWJ if join_before else "") + _html.escape(text[s0:s1]) + (ZWJ if join_after else "")
        if show_labels and label:
            inner += (f'<sub dir="ltr" style="font-size:0.6em; color:#555; margin-inline-start:2px; unicode-bidi:isolate;">'
                      f'{_html.escape(label)}</sub>')
        parts.append(f"<mark {attrs}>{inner}</mark>" + (ZWJ if join_after else ""))
        pos = s1
    parts.append(_html.escape(text[pos:end]))
    return f'<div dir="rtl" lang="ar" class="kit-article" style="{STYLE}">' + "".join(parts) + "</div>"


def legend_html(labels: Iterable[str], colors: Mapping[str, str] | None = None) -> str:
    """A small legend of coloured labels."""
    items = "".join(
        f'<span style="background:{color_for(l, colors)}; padding:0 6px; margin:0 4px; border-radius:3px;">{_html.escape(l)}</span>'
        for l in labels
    )
    return f'<div dir="ltr" style="margin:4px 0;">{items}</div>'


def structure_spans(article) -> list[dict]:
    """The article's parts as spans for :func:`highlight_html` (title, subtitle, lead, body, boilerplate)."""
    spans = []
    if article.title:
        spans.append({"start": article.title.start, "end": article.title.end, "label": "title"})
    if article.subtitle:
        spans.append({"start": article.subtitle.start, "end": article.subtitle.end, "label": "subtitle"})
    for p in article.paragraphs:
        spans.append({"start": p.start, "end": p.end, "label": p.role, "title": f"paragraph {p.index}"})
    for b in article.boilerplate:
        spans.append({"start": b.start, "end": b.end, "label": "boilerplate", "title": b.kind})
    return spans
