"""ipywidgets explorers for the notebooks: structure, entities, timeline, places.

Arabic labels are HTML with dir="rtl" (:mod:`kit.show.rtl`).
"""
from __future__ import annotations

import html as _html

import ipywidgets as W

from kit.analysis.pipeline import Analysis
from kit.entities.recognise import find_entities
from kit.show.bidi import isolate_html
from kit.show.places_widget import PlaceExplorer
from kit.show.rtl import ANY, labelled, rtl_html, rtl_label
from kit.show.timeline_widget import timeline_explorer as _timeline_explorer

__all__ = ["structure_explorer", "entity_explorer", "timeline_explorer", "place_explorer", "PlaceExplorer",
           "labelled", "rtl_html", "rtl_label"]


def structure_explorer(article) -> W.VBox:
    """Pick a part of the article (title, lead, body…) and see it highlighted in place.

    >>> from kit.text.article import parse_article
    >>> box = structure_explorer(parse_article("عنوان\\n\\nفقرة أولى.\\n\\nفقرة ثانية."))
    >>> box.children[0].children[0].options
    ('كل الأجزاء', 'title', 'lead', 'body')
    """
    from kit.show.display import highlight_html, structure_spans

    spans = structure_spans(article)
    labels = ["كل الأجزاء"] + sorted({s["label"] for s in spans}, key=[s["label"] for s in spans].index)
    pick = W.Dropdown(options=labels, value=labels[0])
    out = W.HTML()

    def update(*_):
        chosen = spans if pick.value == labels[0] else [s for s in spans if s["label"] == pick.value]
        out.value = highlight_html(article.text, chosen)

    pick.observe(update, names="value")
    update()
    return W.VBox([labelled("الجزء", pick), out])


def entity_explorer(article, entities=None) -> W.VBox:
    """Pick a type or one entity and see its mentions highlighted, its aliases and the evidence.

    ``article`` may be an :class:`~kit.analysis.Analysis` (its entities are shown), or an article with
    the ``entities`` found in it (found here when not given).

    >>> from kit.text.article import parse_article
    >>> a = parse_article("تقرير\\n\\nقال حزب الله إن الأمم المتحدة تأخرت. وأكد حزب الله موقفه.")
    >>> box = entity_explorer(a)
    >>> kind, who = box.kind, box.who
    >>> before = box.article_html.value
    >>> who.value = who.options[1][1]
    >>> box.article_html.value != before and "حزب الله" in box.details_html.value
    True
    """
    from kit.show.display import highlight_html, legend_html

    if isinstance(article, Analysis):
        article, entities = article.article, entities or article.entities
    if entities is None:
        entities = find_entities(article)
    all_types = "كل الأنواع"
    all_entities = "كل الكيانات"
    # "All" is the value ANY, never None: ipywidgets reads None as "nothing chosen" and the browser
    # shows an empty box when "all" is picked again.
    kinds = [(all_types, ANY)] + [(t, t) for t in ("PERS", "ORG", "LOC", "MISC") if entities.of_type(t)]
    kind = W.Dropdown(options=kinds, value=ANY)
    who = W.Dropdown(options=[(all_entities, ANY)], value=ANY)
    show_roles = W.Checkbox(value=True, indent=False, layout=W.Layout(width="auto"))
    article_html = W.HTML()
    details_html = W.HTML()

    def entity_options():
        ents = [e for e in entities.by_entity() if kind.value == ANY or e.type == kind.value]
        return [(all_entities, ANY)] + [(f"{e.canonical} ({e.type}, {len(e.mentions)})", e.entity_id) for e in ents]

    def details(eid) -> str:
        e = entities.entity(eid) if eid != ANY else None
        if e is None:
            counts = {t: len(entities.of_type(t)) for t in ("PERS", "ORG", "LOC", "MISC")}
            rows = "".join(f"<li>{t}: {n}</li>" for t, n in counts.items() if kind.value in (ANY, t))
            return rtl_html(f"<b>{len(entities.mentions)} ذكرًا لـ {len(entities.entities)} كيانًا</b><ul>{rows}</ul>")
        alias = "، ".join(_html.escape(a) for a in e.aliases) or "—"
        known = "، ".join(_html.escape(a) for a in e.gazetteer_aliases if a not in e.aliases)
        items = "".join(
            f"<li><b>{_html.escape(m.text)}</b> [{m.start}:{m.end}] — {_html.escape(m.source)}"
            f" ({_html.escape(', '.join(m.sources))}): <span dir=\"ltr\">{isolate_html(m.evidence)}</span></li>"
            for m in e.mentions)
        items += "".join(
            f"<li><i>{_html.escape(r.text)}</i> [{r.start}:{r.end}] — دور: <span dir=\"ltr\">{isolate_html(r.evidence)}</span></li>"
            for r in e.roles)
        return rtl_html(
            f"<b>{_html.escape(e.canonical)}</b> · {e.type} · <code>{_html.escape(e.entity_id)}</code><br>"
            f"الصيغ في النص: {alias}" + (f"<br>أسماء أخرى في المعجم: {known}" if known else "")
            + f"<ul>{items}</ul>")

    def update(*_):
        eid = None if who.value == ANY else who.value
        typ = None if kind.value == ANY or eid is not None else kind.value
        spans = entities.spans(roles=show_roles.value, entity_id=eid, type=typ)
        article_html.value = legend_html(["PERS", "ORG", "LOC", "MISC", "ROLE"]) + highlight_html(article.text, spans)
        details_html.value = details(who.value)

    def on_kind(*_):
        who.options = entity_options()
        who.value = ANY
        update()

    kind.observe(on_kind, names="value")
    who.observe(update, names="value")
    show_roles.observe(update, names="value")
    who.options = entity_options()
    update()
    controls = W.HBox([labelled("أظهر الأدوار", show_roles), labelled("الكيان", who), labelled("النوع", kind)],
                      layout=W.Layout(justify_content="flex-end", flex_flow="row wrap"))
    box = W.VBox([controls, details_html, article_html])
    # Handles for tests and for notebooks that want to drive the explorer from code.
    box.kind, box.who, box.show_roles = kind, who, show_roles
    box.article_html, box.details_html, box.update = article_html, details_html, update
    return box


def timeline_explorer(analysis) -> W.VBox:
    """Filter the events of an analysis (or of an article) by actor or type, move the publication date
    and watch the relative expressions move, read the quotations with their speakers (see
    :mod:`kit.show.timeline_widget`)."""
    return _timeline_explorer(analysis)


def place_explorer(analysis, roles=None, show_map: bool = True):
    """Filter the places of an analysis (or of an article) by kind or event type, click through them and
    see their mentions highlighted in the text, beside the map (see :mod:`kit.show.places_widget`).
    Returns a PlaceExplorer; display it, or its ``.widget``."""
    return PlaceExplorer(analysis, roles, show_map)
