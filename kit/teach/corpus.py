"""Checkers of notebook 05 (explore a corpus)."""
from __future__ import annotations

from kit.teach.checks import Check, failed, passed

_NO_CORPUS = "pass the corpus as the second argument, as in check_…(answer, corpus)."


def _corpus_table(corpus, name):
    """A table of a Corpus (or of a dict of tables), or None when ``corpus`` is not one."""
    tables = getattr(corpus, "tables", corpus)
    try:
        table = tables[name]
    except (TypeError, KeyError, IndexError, AttributeError):
        return None
    return table if hasattr(table, "columns") else None


def check_articles_per_day(answer, corpus) -> Check:
    """Exercise: the number of articles per publication date (a Series or dict date -> count).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "dct": ["2015-07-21", "2015-07-21", None]})
    >>> check_articles_per_day({"2015-07-21": 2}, {"articles": arts})
    ✅ 1 date, 2 dated articles.
    """
    articles = _corpus_table(corpus, "articles")
    if articles is None or "dct" not in articles.columns:
        return failed(_NO_CORPUS)
    expected = {str(k): int(v) for k, v in articles.groupby("dct").size().items()}
    if answer is None or not callable(getattr(answer, "items", None)):
        return failed(f"give a pandas Series (or a dict) from date to number of articles (got {answer!r}).")
    try:
        # Dates may come as strings, dates or pandas Timestamps: compare them as YYYY-MM-DD.
        got = {str(k.date()) if callable(getattr(k, "date", None)) else str(k): int(v) for k, v in answer.items()}
    except (TypeError, ValueError):
        return failed("the counts must be whole numbers.")
    if got != expected:
        wrong = sorted(set(got.items()) ^ set(expected.items()))[:3]
        return failed(f"{len(got)} dates given, {len(expected)} expected; differences such as {wrong}. Group by 'dct'.")
    return passed(f"{len(expected)} date{'' if len(expected) == 1 else 's'}, {sum(expected.values())} dated articles.")


def check_top_person(answer, corpus) -> Check:
    """Exercise: the canonical name of the person found in the most articles (any of them on a tie).

    >>> import pandas as pd
    >>> ents = pd.DataFrame({"article_id": ["a", "b", "b"], "type": ["PERS", "PERS", "PERS"], "canonical": ["س", "س", "ص"]})
    >>> check_top_person("س", {"entities": ents})
    ✅ س is in 2 articles.
    >>> check_top_person("ص", {"entities": ents})
    ❌ Not yet: ص is in 1 article, but someone is in 2: count articles, not mentions.
    """
    ents = _corpus_table(corpus, "entities")
    if ents is None or not {"type", "canonical", "article_id"} <= set(ents.columns):
        return failed(_NO_CORPUS)
    counts = ents[ents["type"] == "PERS"].groupby("canonical")["article_id"].nunique()
    if counts.empty:
        return failed("this corpus names no people; point CORPUS at one that does.")
    if not isinstance(answer, str):
        return failed(f"give a canonical name as a string (got {answer!r}).")
    best, top = set(counts[counts == counts.max()].index), int(counts.max())
    if answer in best:
        return passed(f"{answer} is in {top} article{'' if top == 1 else 's'}.")
    if answer in counts.index:
        n = int(counts[answer])
        return failed(f"{answer} is in {n} article{'' if n == 1 else 's'}, but someone is in {top}: count articles, not mentions.")
    return failed(f"{answer!r} is not the canonical name of a person in this corpus.")


def check_error_share(answer, corpus) -> Check:
    """Exercise: the share of input records that went to the errors table (0 to 1).

    >>> import pandas as pd
    >>> check_error_share(0.25, {"articles": pd.DataFrame({"a": [1, 2, 3]}), "errors": pd.DataFrame({"a": [1]})})
    ✅ 1 of 4 records could not be read (25.0%).
    """
    errors, articles = _corpus_table(corpus, "errors"), _corpus_table(corpus, "articles")
    if errors is None or articles is None:
        return failed(_NO_CORPUS)
    n_err, total = len(errors), len(errors) + len(articles)
    expected = n_err / total if total else 0.0
    if not isinstance(answer, (int, float)) or isinstance(answer, bool):
        return failed(f"give a number between 0 and 1 (got {answer!r}).")
    if abs(answer - expected) > 1e-9:
        hint = " (a share, not a percentage)" if answer > 1 else ""
        return failed(f"{answer} is not it{hint}: errors / (errors + articles).")
    return passed(f"{n_err} of {total} records could not be read ({expected:.1%}).")
