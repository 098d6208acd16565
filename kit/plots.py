"""Pictures of an article: matplotlib charts with Arabic labels.

matplotlib >= 3.11 shapes Arabic itself (joined letters, right-to-left), so labels are plain
strings: no arabic-reshaper or python-bidi, which would now reverse them. DejaVu Sans carries both
Arabic and Latin glyphs.

>>> fig = paragraph_lengths_figure([{"index": 0, "role": "lead", "text": "نص قصير"}])
>>> fig.axes[0].get_title()
'طول الفقرات (بالكلمات)'
"""
from __future__ import annotations

import matplotlib

matplotlib.rcParams["font.family"] = ["DejaVu Sans"]
matplotlib.rcParams["axes.unicode_minus"] = False

import matplotlib.pyplot as plt  # noqa: E402

ROLE_COLOURS = {"lead": "#2a9d8f", "body": "#8ab17d", "title": "#e9c46a", "subtitle": "#f4a261"}


def paragraph_lengths_figure(paragraphs, ax=None):
    """A bar chart of paragraph lengths in words, lead and body coloured apart.

    ``paragraphs`` are Paragraph objects or dicts with index, role and text.
    """
    rows = [p if isinstance(p, dict) else p.to_json() for p in paragraphs]
    if ax is None:
        fig, ax = plt.subplots(figsize=(8, 3.5))
    else:
        fig = ax.figure
    xs = [r["index"] for r in rows]
    ys = [len(r["text"].split()) for r in rows]
    colours = [ROLE_COLOURS.get(r["role"], "#999999") for r in rows]
    ax.bar(xs, ys, color=colours)
    ax.set_xlabel("رقم الفقرة")
    ax.set_ylabel("عدد الكلمات")
    ax.set_title("طول الفقرات (بالكلمات)")
    ax.set_xticks(xs)
    handles = [plt.Rectangle((0, 0), 1, 1, color=ROLE_COLOURS[k]) for k in ("lead", "body")]
    ax.legend(handles, ["المقدمة (lead)", "المتن (body)"], loc="upper right")
    fig.tight_layout()
    return fig
