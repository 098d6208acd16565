"""ipywidgets explorers for the notebooks. Arabic labels are HTML with dir="rtl".

ipywidgets lays a widget's ``description`` out left-to-right, which garbles Arabic (":المدينة");
every Arabic label here is an :func:`rtl_label` instead.

>>> rtl_label("اختر كيانا").value
'<div dir="rtl" lang="ar" style="text-align:right; font-weight:bold;">اختر كيانا</div>'
"""
from __future__ import annotations

import html as _html

import ipywidgets as W


def rtl_label(text: str, bold: bool = True) -> W.HTML:
    """An Arabic label laid out right-to-left."""
    weight = " font-weight:bold;" if bold else ""
    return W.HTML(f'<div dir="rtl" lang="ar" style="text-align:right;{weight}">{_html.escape(text)}</div>')


def rtl_html(html: str) -> str:
    """Wrap HTML in a right-to-left block."""
    return f'<div dir="rtl" lang="ar" style="text-align:right;">{html}</div>'


def labelled(label: str, widget: W.Widget) -> W.Box:
    """A control with its Arabic label to its right, as a reader of Arabic expects."""
    return W.HBox([widget, rtl_label(label)], layout=W.Layout(justify_content="flex-end"))


def structure_explorer(article) -> W.VBox:
    """Pick a part of the article (title, lead, body…) and see it highlighted in place.

    >>> from kit.article import parse_article
    >>> box = structure_explorer(parse_article("عنوان\\n\\nفقرة أولى.\\n\\nفقرة ثانية."))
    >>> box.children[0].children[0].options
    ('كل الأجزاء', 'title', 'lead', 'body')
    """
    from kit.display import highlight_html, structure_spans

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
