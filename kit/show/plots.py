"""Pictures of an article: matplotlib charts with Arabic labels.

matplotlib >= 3.11 shapes Arabic itself (joined letters, right-to-left), so labels are plain
strings: no arabic-reshaper or python-bidi, which would now reverse them. DejaVu Sans carries both
Arabic and Latin glyphs.

>>> fig = paragraph_lengths_figure([{"index": 0, "role": "lead", "text": "نص قصير"}])
>>> fig.axes[0].get_title()
'طول الفقرات (بالكلمات)'
"""
from __future__ import annotations

from kit.show.figures import arabic_fonts, plt
from kit.show.maps import plot_map
from kit.show.timeline_plot import plot_timeline

__all__ = ["paragraph_lengths_figure", "cooccurrence_figure", "plot_timeline", "plot_map", "plt"]

ROLE_COLOURS = {"lead": "#2a9d8f", "body": "#8ab17d", "title": "#e9c46a", "subtitle": "#f4a261"}


def paragraph_lengths_figure(paragraphs, ax=None):
    """A bar chart of paragraph lengths in words, lead and body coloured apart.

    ``paragraphs`` are Paragraph objects or dicts with index, role and text.
    """
    arabic_fonts()
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


# --- entities ---------------------------------------------------------------------------------

def cooccurrence_figure(entities, article, ax=None, top: int = 15):
    """Entities as a ring of nodes (size = mentions, colour = type), joined when they share a
    sentence (line width = how many sentences).

    >>> from kit.text.article import parse_article
    >>> from kit.entities.recognise import find_entities
    >>> a = parse_article("تقرير\\n\\nزار وفد من حزب الله دمشق. وقال حزب الله إن الزيارة مهمة.")
    >>> fig = cooccurrence_figure(find_entities(a, use_model=False), a)
    >>> fig.axes[0].get_title()
    'الكيانات التي تظهر في جملة واحدة'
    """
    arabic_fonts()
    import math

    from kit.show.display import color_for

    table = entities.cooccurrence(article)
    ents = [e for e in entities.by_entity() if e.entity_id in table.index][:top]
    if ax is None:
        fig, ax = plt.subplots(figsize=(8, 8))
    else:
        fig = ax.figure
    ax.set_title("الكيانات التي تظهر في جملة واحدة")
    ax.set_axis_off()
    if not ents:
        ax.text(0.5, 0.5, "لا كيانات", ha="center", va="center")
        return fig
    n = len(ents)
    pos = {e.entity_id: (math.cos(math.pi / 2 - 2 * math.pi * k / n), math.sin(math.pi / 2 - 2 * math.pi * k / n))
           for k, e in enumerate(ents)}
    peak = max((int(table.loc[a.entity_id, b.entity_id]) for a in ents for b in ents if a is not b), default=0) or 1
    for i, a in enumerate(ents):
        for b in ents[i + 1:]:
            w = int(table.loc[a.entity_id, b.entity_id])
            if w:
                (x1, y1), (x2, y2) = pos[a.entity_id], pos[b.entity_id]
                ax.plot([x1, x2], [y1, y2], color="#888888", linewidth=0.8 + 4 * w / peak, alpha=0.6, zorder=1)
    for e in ents:
        x, y = pos[e.entity_id]
        size = 300 + 250 * (len(e.mentions) + len(e.roles))
        ax.scatter([x], [y], s=size, color=color_for(e.type), edgecolors="#333333", zorder=2)
        ax.annotate(e.canonical, (x, y), xytext=(0, -16 - math.sqrt(size) / 2), textcoords="offset points",
                    ha="center", va="top", fontsize=9, zorder=3)
    handles = [plt.Line2D([], [], marker="o", linestyle="", markersize=10, color=color_for(t)) for t in ("PERS", "ORG", "LOC", "MISC")]
    ax.legend(handles, ["PERS", "ORG", "LOC", "MISC"], loc="lower right", frameon=False)
    ax.set_xlim(-1.5, 1.5)
    ax.set_ylim(-1.5, 1.4)
    fig.tight_layout()
    return fig
