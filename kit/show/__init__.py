"""Pictures, tables, highlights and widgets of an analysis: what the notebooks show.

The face loads each part on first use (matplotlib and ipywidgets are slow to import):
``from kit.show import highlight_html, plot_timeline, entity_explorer``.
"""
from importlib import import_module

_WHERE = {
    "color_for": "display", "highlight_html": "display", "legend_html": "display", "structure_spans": "display",
    "paragraphs_table": "tables", "sentences_table": "tables", "tokens_table": "tables",
    "normalisation_table": "tables", "spelling_variants": "tables",
    "paragraph_lengths_figure": "plots", "cooccurrence_figure": "plots",
    "plot_timeline": "timeline_plot", "plot_map": "maps", "save_figure": "maps", "kind_family": "maps",
    "structure_explorer": "widgets", "entity_explorer": "widgets", "timeline_explorer": "widgets",
    "place_explorer": "widgets", "PlaceExplorer": "places_widget", "roles_from_events": "places_widget",
    "arabic_fonts": "figures", "plt": "figures", "rtl_label": "rtl", "rtl_html": "rtl", "labelled": "rtl",
    "say": "bidi", "isolate": "bidi", "isolate_html": "bidi", "arabic_repr": "bidi", "setup_display": "bidi",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(f"kit.show.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'kit.show' has no attribute {name!r}")
