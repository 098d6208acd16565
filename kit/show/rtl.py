"""Right-to-left building blocks for widgets: Arabic labels as HTML with ``dir="rtl"``.

ipywidgets lays a widget's ``description`` out left-to-right, which garbles Arabic (":المدينة");
every Arabic label of the kit's explorers is an :func:`rtl_label` instead.

>>> rtl_label("اختر كيانا").value
'<div dir="rtl" lang="ar" style="text-align:right; font-weight:bold;">اختر كيانا</div>'
"""
from __future__ import annotations

import html as _html

import ipywidgets as W

# The value of a dropdown's "all" option. Never None: ipywidgets reads a value of None as "nothing
# chosen" and the browser then shows an empty box when "all" is picked again.
ANY = "*"


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
