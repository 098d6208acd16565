"""Mixed Arabic and Latin text shown in the right order, in plain text and in HTML.

The Unicode bidirectional algorithm lays out a run of Arabic inside left-to-right text (or English
inside right-to-left text) by its neighbours: "ى → ي" in an English sentence comes out as "ي → ى",
a Python list of Arabic strings comes out mirrored, «3 ذو الحجة» in a left-to-right table cell as
"ذو الحجة 3". The cure is to *isolate* each run, so that it is laid out on its own and then placed
as one block: ``<bdi>`` in HTML, the invisible marks FSI … PDI (U+2068, U+2069) in plain text.

>>> isolate("ى → ي") == "\\u2068ى\\u2069 → \\u2068ي\\u2069"
True
>>> isolate_html("the word «القاهرة» & «القاهره»")
'the word <bdi>«القاهرة»</bdi> &amp; <bdi>«القاهره»</bdi>'
>>> arabic_repr(["أ", "ب"]) == "['\\u2068أ\\u2069', '\\u2068ب\\u2069']"
True
"""
from __future__ import annotations

import html as _html
import re

FSI, PDI = "\u2068", "\u2069"

# An Arabic run: Arabic letters, diacritics, Arabic-Indic digits and punctuation, and the spaces,
# digits and quotes between them; guillemets around it belong to it.
_LETTER = "\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF"
_RUN = re.compile(rf"«?[{_LETTER}](?:[{_LETTER}\d\s\u0640\u200c\u200d'\"/.،؛-]*[{_LETTER}\d])?»?")


def isolate(text: str) -> str:
    """Each Arabic run of ``text`` between FSI and PDI, so left-to-right text around it keeps its order."""
    return _RUN.sub(lambda m: FSI + m.group(0) + PDI, text)


def isolate_html(text: str) -> str:
    """``text`` escaped for HTML, each Arabic run in ``<bdi>``."""
    out, pos = [], 0
    for m in _RUN.finditer(text):
        out.append(_html.escape(text[pos:m.start()], quote=False))
        out.append("<bdi>" + _html.escape(m.group(0), quote=False) + "</bdi>")
        pos = m.end()
    out.append(_html.escape(text[pos:], quote=False))
    return "".join(out)


def arabic_repr(value) -> str:
    """A value as Python would print it, with every Arabic string isolated: lists, tuples, sets and
    dicts of Arabic keep their left-to-right order ("['أ', 'ب']", not mirrored)."""
    if isinstance(value, str):
        return repr(value).replace(value, isolate(value), 1) if _RUN.search(value) else repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(arabic_repr(v) for v in value) + "]"
    if isinstance(value, tuple):
        inner = ", ".join(arabic_repr(v) for v in value)
        return "(" + inner + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{arabic_repr(k)}: {arabic_repr(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (set, frozenset)) and value:
        return "{" + ", ".join(sorted(arabic_repr(v) for v in value)) + "}"
    return isolate(repr(value))


def say(*values, sep: str = " ") -> None:
    """``print`` for notebooks that mix Arabic with arrows, numbers and Python values: strings are
    printed as text, other values as :func:`arabic_repr` gives them, every Arabic run isolated.

    >>> say("لتونس", "→", [(1, "تونس")])  # doctest: +NORMALIZE_WHITESPACE
    ⁨لتونس⁩ → [(1, '⁨تونس⁩')]
    """
    print(sep.join(isolate(v) if isinstance(v, str) else arabic_repr(v) for v in values))


# Tables and printed output in notebooks and reports: each cell and each printed line takes its
# direction from its first letter (an Arabic cell right-to-left, a number or a Latin cell
# left-to-right), so «3 ذو الحجة 1436 هـ» reads as written and the "…" of a cut cell sits at its end.
TABLE_CSS = """<style>
table.dataframe td, table.dataframe th { unicode-bidi: plaintext; text-align: start; }
</style>"""


def _pretty(obj, p, cycle) -> None:
    p.text("..." if cycle else arabic_repr(obj))


def setup_display():
    """Once per notebook, with its imports: values that hold Arabic are shown isolated (a list of
    Arabic strings keeps its order when it is a cell's result), and tables get the CSS above.
    Returns the CSS as an IPython HTML object for ``display``.
    """
    from IPython import get_ipython
    from IPython.display import HTML

    shell = get_ipython()
    if shell is not None:
        plain = shell.display_formatter.formatters["text/plain"]
        for typ in (list, tuple, dict, set, frozenset, str):
            current = plain.for_type(typ)  # the printer in use (None: IPython's own)
            if not getattr(current, "kit_bidi", False):
                plain.for_type(typ, _arabic_or(current))
    return HTML(TABLE_CSS)


def _arabic_or(default):
    def printer(obj, p, cycle):
        if not cycle and _RUN.search(repr(obj)):
            _pretty(obj, p, cycle)
        elif default is not None:
            default(obj, p, cycle)
        else:
            p.pretty(obj) if not isinstance(obj, str) else p.text(repr(obj))
    printer.kit_bidi = True
    return printer
