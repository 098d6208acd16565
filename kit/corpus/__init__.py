"""Corpus mode: the analysis over many articles on Dask, as Parquet tables, and ways to explore them.

``run_corpus`` / ``load_tables`` write and read the tables; ``open_corpus`` and the ranking,
co-occurrence and time functions of :mod:`kit.corpus.explore` read them for notebook 05.
"""
from importlib import import_module

_WHERE = {
    "BadRecord": "run", "record_text": "run", "run_corpus": "run", "load_tables": "run", "plan": "run",
    "tables_from_analysis": "run", "TABLES": "run",
    "Corpus": "explore", "open_corpus": "explore", "top_entities": "explore", "top_places": "explore",
    "mentions_over_time": "explore", "cooccurrence": "explore", "cooccurring_pairs": "explore",
    "mention_snippets": "explore", "snippets_html": "explore", "mentions_explorer": "explore",
    "top_entities_figure": "explore", "places_map_figure": "explore", "mentions_over_time_figure": "explore",
    "cooccurrence_figure": "explore", "ACTOR_TYPES": "explore",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    # Dask and pandas load on first use, not when the package is imported.
    if name in _WHERE:
        return getattr(import_module(f"kit.corpus.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'kit.corpus' has no attribute {name!r}")
