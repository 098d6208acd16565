"""An article's parts as pandas tables, for notebooks and reports.

>>> from kit.text.article import parse_article
>>> int(paragraphs_table(parse_article("عنوان\\n\\nجملة أولى. جملة ثانية.")).loc[0, "sentences"])
2
"""
from __future__ import annotations

import pandas as pd

from kit.text.arabic import final_fold, fold, proclitic_splits, tokenize


def paragraphs_table(article) -> pd.DataFrame:
    """One row per lead/body paragraph: index, role, offsets, words, sentences, text."""
    counts = pd.Series([s.paragraph for s in article.sentences]).value_counts()
    rows = [
        {"paragraph": p.index, "role": p.role, "start": p.start, "end": p.end,
         "words": len(p.text.split()), "sentences": int(counts.get(p.index, 0)), "text": p.text}
        for p in article.paragraphs
    ]
    return pd.DataFrame(rows, columns=["paragraph", "role", "start", "end", "words", "sentences", "text"])


def sentences_table(article) -> pd.DataFrame:
    """One row per sentence of the lead and body."""
    rows = [{"sentence": s.index, "paragraph": s.paragraph, "start": s.start, "end": s.end,
             "words": len(s.text.split()), "text": s.text} for s in article.sentences]
    return pd.DataFrame(rows, columns=["sentence", "paragraph", "start", "end", "words", "text"])


def tokens_table(text: str, offset: int = 0) -> pd.DataFrame:
    """Tokens of ``text`` with offsets, folded form and the proclitic readings of each word.

    >>> tokens_table("لتركيا").loc[0, "readings"]
    'لتركيا | ل+تركيا'
    """
    rows = []
    for t in tokenize(text, offset=offset):
        readings = ""
        if t.kind == "word":
            readings = " | ".join(
                stem if at == 0 else f"{fold(t.text[:at])}+{stem}" for at, stem in proclitic_splits(t.text)
            )
        rows.append({"start": t.start, "end": t.end, "token": t.text, "kind": t.kind,
                     "folded": fold(t.text), "readings": readings})
    return pd.DataFrame(rows, columns=["start", "end", "token", "kind", "folded", "readings"])


def normalisation_table(words) -> pd.DataFrame:
    """Each word before and after folding, and its place-name key (final ه/ا merged).

    >>> normalisation_table(["جاوة", "جاوا"])["place key"].nunique()
    1
    """
    return pd.DataFrame(
        [{"original": w, "folded": fold(w), "place key": final_fold(w)} for w in words],
        columns=["original", "folded", "place key"],
    )


def spelling_variants(article, min_len: int = 3) -> pd.DataFrame:
    """Words of the article written in more than one way that fold alike (جاوة / جاوا, فى / في).

    Useful to show a class why matching needs normalisation.
    """
    groups: dict[str, set[str]] = {}
    for t in article.tokens:
        if t.kind == "word" and len(t.text) >= min_len - 1:
            groups.setdefault(final_fold(t.text), set()).add(t.text)
    rows = [{"key": k, "spellings": " / ".join(sorted(v)), "n": len(v)} for k, v in groups.items() if len(v) > 1]
    return pd.DataFrame(rows, columns=["key", "spellings", "n"]).sort_values("key").reset_index(drop=True)
