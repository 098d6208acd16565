"""The timeline explorer: filter events by actor or type, move the publication date and watch the
relative expressions (أمس، الثلاثاء الماضي، منذ ثلاثة أيام) move with it, read who said what.

Used through :func:`kit.show.widgets.timeline_explorer`. Arabic labels are right-to-left HTML, not
``description`` (which ipywidgets lays out left-to-right).
"""
from __future__ import annotations

import html as _html
from datetime import date

import ipywidgets as W

from kit.analysis.pipeline import Analysis, as_analysis
from kit.show.bidi import isolate_html
from kit.show.display import highlight_html, legend_html
from kit.show.rtl import ANY, labelled, rtl_html, rtl_label
from kit.show.timeline_plot import TYPE_NAMES
from kit.timeline.events import EVENT_TYPES

ALL = "الكل"


def _png(timeline: Analysis, events) -> bytes:
    from kit.show.figures import detached_axes, png_bytes
    from kit.show.timeline_plot import plot_timeline

    # Not a pyplot figure: nothing for the inline backend to show twice or close under us.
    fig = plot_timeline(timeline, events=events, ax=detached_axes((11, 3)))
    return png_bytes(fig)


def _table_html(df) -> str:
    if df.empty:
        return rtl_html("<i>لا شيء</i>")
    return rtl_html(df.to_html(index=False, na_rep="—", escape=True, border=0))


def _quotes_html(timeline: Analysis, actor: str | None) -> str:
    rows = []
    for q in timeline.quotes:
        if actor and q.speaker_entity_id != actor:
            continue
        who = _html.escape(q.speaker or "متحدث غير معروف")
        rows.append(f"<li><b>{who}</b> ({_html.escape(q.verb or '—')}): «{_html.escape(q.text)}»"
                    f"<br><small dir=\"ltr\">{isolate_html(q.evidence)}</small></li>")
    return rtl_html("<b>الاقتباسات</b><ul>" + ("".join(rows) or "<li><i>لا اقتباس</i></li>") + "</ul>")


def timeline_explorer(analysis) -> W.VBox:
    """A widget over the timeline of an :class:`~kit.analysis.Analysis` (or of an article, analysed here).

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nقصفت الطائرات أمس مواقع في المدينة. وقال المتحدث إن الهدنة انهارت.", dct="2020-03-02")
    >>> box = timeline_explorer(a)
    >>> box.kind.options[:2]
    (('الكل', '*'), ('ضربات (strike)', 'strike'))
    >>> import datetime; box.date.value = datetime.date(2020, 5, 1)
    >>> "2020-04-30" in box.timexes_html.value
    True
    """
    base = as_analysis(analysis)
    article = base.article
    state = {"timeline": base}

    actors: dict[str, str] = {}
    for e in base.events:
        if e.actor:
            actors.setdefault(e.actor, e.actor_name or e.actor)
    # "All" is the value ANY, never None (None reads as "nothing chosen": a blank box in the browser).
    actor = W.Dropdown(options=[(ALL, ANY)] + sorted(((n, i) for i, n in actors.items()), key=lambda x: x[0]),
                       value=ANY, layout=W.Layout(width="220px"))
    present = [t for t in EVENT_TYPES if any(e.type == t for e in base.events)]
    kind = W.Dropdown(options=[(ALL, ANY)] + [(f"{TYPE_NAMES.get(t, t)} ({t})", t) for t in present], value=ANY,
                      layout=W.Layout(width="220px"))
    picker = W.DatePicker(value=date.fromisoformat(base.dct) if base.dct else None, layout=W.Layout(width="170px"))
    reset = W.Button(description="↺", tooltip="the article's own date", layout=W.Layout(width="40px"))
    note = W.HTML()
    image = W.Image(format="png", layout=W.Layout(max_width="100%"))
    article_html, events_html, quotes_html, timexes_html, refs_html = W.HTML(), W.HTML(), W.HTML(), W.HTML(), W.HTML()

    def chosen_events(tl):
        return [e for e in tl.events if (actor.value == ANY or e.actor == actor.value)
                and (kind.value == ANY or e.type == kind.value)]

    def redraw(*_):
        tl = state["timeline"]
        events = chosen_events(tl)
        spans = [{"start": t.start, "end": t.end, "label": t.type, "title": t.title} for t in tl.timexes]
        spans += [{"start": q.start, "end": q.end, "label": "QUOTE", "title": q.title} for q in tl.quotes
                  if actor.value == ANY or q.speaker_entity_id == actor.value]
        spans += [{"start": e.start, "end": e.end, "label": e.type, "title": e.title} for e in events]
        spans += [{"start": r.start, "end": r.end, "label": "REF", "title": r.title} for r in tl.references]
        start = min((s.start for s in article.content_spans()), default=0)
        article_html.value = (legend_html(["DATE", "TIME", "DURATION", "QUOTE", "REF"] + [e for e in present])
                              + highlight_html(article.text, spans, start=start))
        table = tl.events_table()
        if not table.empty:
            table = table[table["start"].isin([e.start for e in events])]
        events_html.value = rtl_label(f"الأحداث ({len(events)})").value + _table_html(
            table.drop(columns=["actor_id", "start"]))
        timexes_html.value = rtl_label("التعابير الزمنية وقيمها").value + _table_html(
            tl.timexes_table().drop(columns=["start", "end"]))
        refs_html.value = rtl_label("أحداث معروفة يشير إليها الخبر (من خارج النص)").value + _table_html(
            tl.references_table().drop(columns=["start"]))
        quotes_html.value = _quotes_html(tl, None if actor.value == ANY else actor.value)
        image.value = _png(tl, events)

    def move_date(*_):
        dct = picker.value.isoformat() if picker.value else None
        state["timeline"] = base.with_dct(dct)
        warnings = [t.warning for t in state["timeline"].timexes if t.warning]
        if dct is None:
            note.value = rtl_html("بلا تاريخ نشر: التعابير النسبية تبقى مرتبطة باليوم صفر (يوم النشر).")
        elif dct != base.dct:
            note.value = rtl_html(f"تاريخ النشر المفترض <bdi dir=\"ltr\">{dct}</bdi> (تاريخ الخبر <bdi dir=\"ltr\">{base.dct or 'غير معروف'}</bdi>)"
                                  # An English warning inside the Arabic panel: its own left-to-right block,
                                  # the Arabic words it quotes isolated inside it.
                                  + "".join(f'<br>⚠ <bdi dir="ltr">{isolate_html(w)}</bdi>' for w in dict.fromkeys(warnings)))
        else:
            note.value = rtl_html(f"تاريخ النشر <bdi dir=\"ltr\">{dct}</bdi>")
        redraw()

    def on_reset(_):
        picker.value = date.fromisoformat(base.dct) if base.dct else None

    actor.observe(redraw, names="value")
    kind.observe(redraw, names="value")
    picker.observe(move_date, names="value")
    reset.on_click(on_reset)
    move_date()
    controls = W.HBox([labelled("تاريخ النشر", W.HBox([reset, picker])), labelled("النوع", kind),
                       labelled("الفاعل", actor)],
                      layout=W.Layout(justify_content="flex-end", flex_flow="row wrap"))
    box = W.VBox([controls, note, image, events_html, quotes_html, timexes_html, refs_html, article_html])
    # Handles for tests and for notebooks that drive the explorer from code.
    box.actor, box.kind, box.date, box.reset = actor, kind, picker, reset
    box.image, box.article_html, box.events_html, box.quotes_html = image, article_html, events_html, quotes_html
    box.timexes_html, box.refs_html, box.note = timexes_html, refs_html, note
    box.update, box.state = move_date, state
    return box
