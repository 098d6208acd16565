"""Reading a corpus output: who and where is mentioned most, when, and who appears with whom.

These work on the tables that corpus mode writes (:mod:`kit.corpus.run.run`): ``articles``, ``entities``,
``timexes``, ``places``, ``events`` and ``errors``. Every function accepts a corpus with no rows
(a corpus of one article may have no people at all) and then returns an empty table.

>>> import pandas as pd
>>> ents = pd.DataFrame({"article_id": ["a", "a", "b"], "type": ["PERS", "PERS", "PERS"],
...                      "canonical": ["سلمان", "كيري", "سلمان"]})
>>> top_entities({"entities": ents}, "PERS")[["canonical", "articles", "mentions"]].values.tolist()
[['سلمان', 2, 2], ['كيري', 1, 1]]
>>> int(cooccurrence({"entities": ents}, types=("PERS",)).loc["سلمان", "كيري"])
1
"""
from __future__ import annotations

import html as _html
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from kit.resources import SAMPLE_CORPUS
from kit.text.arabic import has_arabic
from kit.text.article import InputError

ACTOR_TYPES = ("PERS", "ORG")


@dataclass
class Corpus:
    """The tables of a corpus output, with the manifest that describes the run.

    ``corpus.entities`` etc. are pandas DataFrames; :meth:`sql` asks the same tables in SQL (DuckDB,
    views over the Parquet files). ``yours`` is the id of the article added to the corpus, if any.
    """

    path: Path | None  # None when the output was temporary
    manifest: dict
    tables: dict = field(repr=False)
    yours: str | None = None
    _keep: object = field(default=None, repr=False)  # a temporary folder that lives as long as the corpus
    _db: object = field(default=None, repr=False)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def __getattr__(self, name: str):
        tables = self.__dict__.get("tables") or {}
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    def summary(self) -> pd.DataFrame:
        """Rows per table, as a small table."""
        return pd.DataFrame({"table": list(self.tables), "rows": [len(t) for t in self.tables.values()]})

    @property
    def db(self):
        """A DuckDB connection where each table is a view (over the Parquet files when the corpus has
        them, else over the DataFrames)."""
        if self._db is None:
            import duckdb

            con = duckdb.connect()
            folder = self.path or (Path(self._keep.name) / "corpus" if self._keep is not None else None)
            for name, frame in self.tables.items():
                parts = sorted((folder / name).glob("*.parquet")) if folder is not None and (folder / name).is_dir() else []
                if parts:
                    files = ", ".join("'" + str(p).replace("'", "''") + "'" for p in parts)
                    con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM read_parquet([{files}])')
                else:
                    con.register(name, frame)
            self._db = con
        return self._db

    def sql(self, query: str) -> pd.DataFrame:
        """The answer of a SQL query over the corpus tables, as a DataFrame.

        ``corpus.sql("SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC")``
        """
        return self.db.execute(query).df()


def open_corpus(corpus=None, *, add_article=None, workdir=None, workers: int = 2, client=None) -> Corpus:
    """Open a corpus output, or make one first.

    ``corpus`` is a corpus output folder (it has a ``manifest.json``) or an input for corpus mode (a
    folder of .txt files, a .jsonl/.jsonl.gz or .parquet file); None means the kit's sample of 500
    SaudiNewsNet articles (``data/corpus/``), analysed in this process. ``add_article``: the path of
    an article (a UTF-8 text file) to place in the corpus, as the record ``yours``, so its rows can be
    compared with the others. A new output is written to ``workdir`` if given (and kept), else to a
    temporary folder that lives as long as the returned corpus; it runs on a local cluster of
    ``workers`` processes, or on ``client`` (``"sync"``: in this process).
    """
    import json

    from kit.corpus.run import _is_corpus_output, load_tables, run_corpus

    keep = None
    if corpus is not None and _is_corpus_output(Path(corpus)) and add_article is None:
        out = Path(corpus)
    else:
        source = SAMPLE_CORPUS if corpus is None else Path(corpus)
        if not source.exists():
            raise InputError(f"no such corpus: {corpus}")
        if corpus is None and client is None:
            client = "sync"
        keep = tempfile.TemporaryDirectory(prefix="kit-corpus-")
        if add_article is not None:
            source = _with_article(source, Path(add_article), Path(keep.name))
        out = Path(workdir) if workdir else Path(keep.name) / "corpus"
        run_corpus(source, out, workers=workers, client=client, progress=False)
    with open(out / "manifest.json", encoding="utf-8") as f:
        manifest = json.load(f)
    return Corpus(out if workdir or keep is None else None, manifest, load_tables(out),
                  yours=YOURS if add_article is not None else None, _keep=keep)


YOURS = "yours"


def _with_article(source: Path, article_path: Path, folder: Path) -> Path:
    """A JSON-lines copy of ``source`` (a .jsonl/.jsonl.gz corpus) with the article added as ``yours``."""
    import gzip
    import json

    from kit.text.article import read_article

    art = read_article(article_path)
    if not str(source).endswith((".jsonl", ".jsonl.gz")):
        raise InputError(f"an article can be added to a JSON-lines corpus only, not to {source.name}")
    content = "\n".join(p.text for p in art.paragraphs)
    record = {"id": YOURS, "title": art.title.text if art.title else "", "content": content,
              "date": art.dct, "source": article_path.name}
    target = folder / "input.jsonl"
    opener = gzip.open if str(source).endswith(".gz") else open
    with opener(source, "rt", encoding="utf-8") as src, open(target, "w", encoding="utf-8") as dst:
        for line in src:
            dst.write(line)
        dst.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def _tables(corpus) -> dict:
    return corpus.tables if isinstance(corpus, Corpus) else corpus


def _entities(corpus, types) -> pd.DataFrame:
    ents = _tables(corpus).get("entities")
    if ents is None or ents.empty:
        return pd.DataFrame(columns=["article_id", "type", "canonical"])
    ents = unify_identities(ents.dropna(subset=["canonical"]))
    if types:
        ents = ents[ents["type"].isin(list(types))]
    return ents


def unify_identities(ents: pd.DataFrame) -> pd.DataFrame:
    """One identity per entity across articles: ``canonical`` rewritten so that spellings that fold
    alike meet («أوباما» / «اوباما»), and a person named by one word in some articles («ترامب») is the
    person of the full name when the corpus has exactly one full name with that first or last word
    («دونالد ترامب»). The rewritten rows keep their ``text``; the most frequent spelling names the group.

    >>> e = pd.DataFrame({"article_id": ["a", "b", "c"], "type": ["PERS"] * 3,
    ...                   "canonical": ["دونالد ترامب", "ترامب", "دونالد"]})
    >>> unify_identities(e)["canonical"].tolist()
    ['دونالد ترامب', 'دونالد ترامب', 'دونالد ترامب']
    >>> e = pd.DataFrame({"article_id": ["a", "b"], "type": ["PERS"] * 2,
    ...                   "canonical": ["سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز آل سعود"]})
    >>> unify_identities(e)["canonical"].nunique()
    1
    """
    from kit.text.arabic import fold

    if ents.empty:
        return ents
    ents = ents.copy()
    canon = ents["canonical"].astype(str)
    keys = canon.map(lambda c: " ".join(fold(c).split()) if has_arabic(c) else c.casefold())
    # the most frequent spelling of each folded key names it
    spelling = (pd.DataFrame({"key": keys, "canonical": canon}).groupby(["key", "canonical"]).size()
                .reset_index().sort_values(0, ascending=False).drop_duplicates("key").set_index("key")["canonical"])
    mapped = keys.copy()
    persons = ents["type"].eq("PERS")
    multi = {k for k in keys[persons].unique() if len(k.split()) >= 2}
    by_edge: dict[str, set] = {}
    for k in multi:
        words = k.split()
        for w in {words[0], words[-1]}:
            by_edge.setdefault(w, set()).add(k)
    for k in keys[persons].unique():
        if len(k.split()) == 1 and len(by_edge.get(k, ())) == 1:
            target = next(iter(by_edge[k]))
            mapped[persons & keys.eq(k)] = target
        elif len(k.split()) >= 2:
            # "سلمان بن عبدالعزيز" and "سلمان بن عبدالعزيز آل سعود": a name that starts exactly one longer one
            longer = [m for m in multi if m != k and m.startswith(k + " ")]
            if len(longer) == 1:
                mapped[persons & keys.eq(k)] = longer[0]
    ents["canonical"] = mapped.map(spelling).fillna(canon)
    return ents


def top_entities(corpus, types=("PERS",), n: int = 10) -> pd.DataFrame:
    """The ``n`` entities of the given types found in the most articles (then with the most mentions).

    ``types`` is a type ("PERS") or a tuple of them. Columns: canonical, label, type, articles,
    mentions. ``label`` is the Arabic spelling the corpus uses most for the entity (a gazetteer's
    canonical name may be English: "Islamic State" for «تنظيم الدولة الإسلامية»), for figures and menus.

    >>> ents = pd.DataFrame({"article_id": ["a", "b", "b"], "type": ["ORG"] * 3,
    ...                      "canonical": ["Islamic State"] * 3, "text": ["داعش", "تنظيم الدولة", "داعش"]})
    >>> row = top_entities({"entities": ents}, "ORG").iloc[0]
    >>> row["canonical"], row["label"], int(row["articles"]), int(row["mentions"])
    ('Islamic State', 'داعش', 2, 3)
    """
    types = (types,) if isinstance(types, str) else types
    ents = _entities(corpus, types)
    if ents.empty:
        return pd.DataFrame(columns=["canonical", "label", "type", "articles", "mentions"])
    table = (ents.groupby("canonical")
             .agg(type=("type", lambda s: s.mode().iloc[0]), articles=("article_id", "nunique"),
                  mentions=("article_id", "size"))
             .reset_index()
             .sort_values(["articles", "mentions", "canonical"], ascending=[False, False, True]))
    table = table.head(n).reset_index(drop=True)
    table.insert(1, "label", [_arabic_label(ents, c) for c in table["canonical"]])
    return table


def _arabic_label(ents: pd.DataFrame, canonical: str) -> str:
    """The canonical name if it is Arabic, else the most frequent Arabic spelling of its mentions."""
    if has_arabic(canonical) or "text" not in ents.columns:
        return canonical
    spellings = ents.loc[ents["canonical"] == canonical, "text"].dropna()
    spellings = spellings[spellings.map(has_arabic).astype(bool)]
    return spellings.value_counts().index[0] if not spellings.empty else canonical


def top_places(corpus, n: int = 15) -> pd.DataFrame:
    """Places by the number of articles and mentions, with their coordinates (for a map)."""
    places = _tables(corpus).get("places")
    cols = ["id", "name_ar", "name", "kind", "country", "lat", "lon", "articles", "mentions"]
    if places is None or places.empty:
        return pd.DataFrame(columns=cols)
    table = (places.groupby("id")
             .agg(name_ar=("name_ar", "first"), name=("name", "first"), kind=("kind", "first"),
                  country=("country", "first"), lat=("lat", "first"), lon=("lon", "first"),
                  articles=("article_id", "nunique"), mentions=("mentions", "sum"))
             .reset_index()
             .sort_values(["articles", "mentions", "id"], ascending=[False, False, True]))
    return table[cols].head(n).reset_index(drop=True)


def mentions_over_time(corpus, names=None, types=("PERS",), n: int = 5, freq: str = "D") -> pd.DataFrame:
    """Mentions per period (rows: dates, ``freq`` "D", "W" or "MS") of ``names`` (default: the top ``n``).

    Dates are the articles' publication dates; articles without one are left out.
    """
    types = (types,) if isinstance(types, str) else types
    ents = _entities(corpus, types)
    articles = _tables(corpus).get("articles")
    if names is None:
        names = top_entities(corpus, types, n)["canonical"].tolist()
    if ents.empty or articles is None or articles.empty or not names:
        return pd.DataFrame(columns=list(names or []), index=pd.DatetimeIndex([], name="date"))
    dated = ents[ents["canonical"].isin(names)].merge(articles[["article_id", "dct"]], on="article_id")
    dated = dated.dropna(subset=["dct"])
    if dated.empty:
        return pd.DataFrame(columns=list(names), index=pd.DatetimeIndex([], name="date"))
    period, step = {"D": ("D", "D"), "W": ("W", "W-MON"), "MS": ("M", "MS")}[freq]
    dated["date"] = pd.to_datetime(dated["dct"]).dt.to_period(period).dt.start_time
    table = dated.groupby(["date", "canonical"]).size().unstack(fill_value=0)
    table = table.reindex(columns=list(names), fill_value=0)
    # Days with no mention are zeros, not gaps, so the lines show the silences too.
    table = table.reindex(pd.date_range(table.index.min(), table.index.max(), freq=step), fill_value=0)
    table.index.name = "date"
    return table


def cooccurrence(corpus, types=ACTOR_TYPES, n: int = 10, by: str = "article") -> pd.DataFrame:
    """How often the top ``n`` actors appear together: a square table of counts.

    ``by="article"`` counts articles that mention both; ``by="sentence"`` counts sentences. The
    diagonal holds each actor's own count.
    """
    ents = _entities(corpus, types)
    names = top_entities(corpus, types, n)["canonical"].tolist()
    if ents.empty or not names:
        return pd.DataFrame(dtype="int64")
    ents = ents[ents["canonical"].isin(names)]
    unit = ["article_id"] if by == "article" else ["article_id", "sentence"]
    if by != "article":
        ents = ents.dropna(subset=["sentence"])
    key = ents[unit].astype(str).agg("|".join, axis=1)
    presence = (pd.crosstab(key, ents["canonical"]) > 0).astype("int64")
    presence = presence.reindex(columns=names, fill_value=0)
    matrix = presence.T @ presence
    matrix.index.name = matrix.columns.name = None
    return matrix


def cooccurring_pairs(corpus, types=ACTOR_TYPES, n: int = 10, by: str = "article") -> pd.DataFrame:
    """The pairs behind :func:`cooccurrence`, most frequent first: a, b, count."""
    m = cooccurrence(corpus, types, n, by)
    rows = [{"a": a, "b": b, "count": int(m.loc[a, b])}
            for i, a in enumerate(m.index) for b in m.columns[i + 1:] if m.loc[a, b] > 0]
    return (pd.DataFrame(rows, columns=["a", "b", "count"])
            .sort_values(["count", "a", "b"], ascending=[False, True, True]).reset_index(drop=True))


def mention_snippets(corpus, canonical: str, limit: int = 10, context: int = 70) -> list[dict]:
    """Where an entity is mentioned: article, date and the text around each mention (the evidence)."""
    articles = _tables(corpus).get("articles")
    ents = _entities(corpus, None)
    if ents.empty or articles is None:
        return []
    rows = ents[ents["canonical"] == canonical].merge(
        articles[["article_id", "title", "dct", "text"]].rename(columns={"text": "article_text"}),
        on="article_id").head(limit)
    out = []
    for r in rows.itertuples(index=False):
        text, start, end = r.article_text, int(r.start), int(r.end)
        # The words around the mention, within its own line (paragraph) of the article.
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        a = max(line_start, text.rfind(" ", 0, max(0, start - context)) + 1)
        b = text.find(" ", min(len(text), end + context))
        b = line_end if b < 0 else min(b, line_end)
        out.append({"article_id": r.article_id, "title": r.title, "dct": r.dct, "text": text,
                    "start": start, "end": end, "window": (a, b), "label": r.type, "evidence": r.evidence})
    return out


def snippets_html(snippets: list[dict]) -> str:
    """The snippets as right-to-left HTML, each mention highlighted in place."""
    from kit.show.display import highlight_html

    if not snippets:
        return '<div dir="rtl" lang="ar">لا توجد إشارات</div>'
    parts = []
    for s in snippets:
        a, b = s["window"]
        # <bdi> keeps each Latin id and date whole inside the right-to-left line.
        # a missing date or title is pandas' NA, which has no truth value
        head = " · ".join(f"<bdi>{_html.escape(str(x))}</bdi>" for x in (
            s["article_id"], s["dct"] if isinstance(s["dct"], str) and s["dct"] else "?",
            s["title"] if isinstance(s["title"], str) else ""))
        span = {"start": s["start"], "end": s["end"], "label": s["label"], "title": s["evidence"]}
        parts.append(f'<div style="margin:6px 0;"><div dir="rtl" lang="ar" style="color:#555; font-size:0.85em;">{head}</div>'
                     + highlight_html(s["text"], [span], start=a, end=b) + "</div>")
    return "".join(parts)


def mentions_explorer(corpus, types=ACTOR_TYPES, n: int = 20):
    """A widget: pick one of the top actors and read where the corpus mentions them."""
    import ipywidgets as W

    from kit.show.rtl import labelled

    top = top_entities(corpus, types, n)
    # Shown by their Arabic spelling, chosen by canonical name (the key of the entities table).
    options = [(lab if lab == can else f"{lab} ({can})", can) for lab, can in zip(top["label"], top["canonical"])]
    pick = W.Dropdown(options=options, value=options[0][1] if options else None)
    out = W.HTML()

    def update(*_):
        out.value = snippets_html(mention_snippets(corpus, pick.value)) if pick.value else snippets_html([])

    pick.observe(update, names="value")
    update()
    return W.VBox([labelled("الفاعل", pick), out])


# --- figures ----------------------------------------------------------------------------------------

def _axes(ax, size):
    import matplotlib.pyplot as plt

    from kit.show.figures import arabic_fonts

    arabic_fonts()
    if ax is None:
        fig, ax = plt.subplots(figsize=size)
        return fig, ax
    return ax.figure, ax


def _empty(ax, message):
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#777")
    ax.set_xticks([])
    ax.set_yticks([])


def top_entities_figure(table: pd.DataFrame, title: str = "الأكثر ذكرا", ax=None):
    """Horizontal bars of :func:`top_entities` (articles), largest at the top."""
    fig, ax = _axes(ax, (7, 0.4 * max(len(table), 3) + 1))
    if table.empty:
        _empty(ax, "لا بيانات")
    else:
        from matplotlib.ticker import MaxNLocator

        rows = table.iloc[::-1]
        ax.barh(rows["label"] if "label" in rows else rows["canonical"], rows["articles"], color="#2a9d8f")
        ax.set_xlabel("عدد المقالات")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title)
    fig.tight_layout()
    return fig


def places_map_figure(table: pd.DataFrame, ax=None):
    """Places on the kit's offline map (:func:`kit.show.plots.plot_map`), each with a disc sized by its
    mentions in the corpus (:func:`top_places`)."""
    from kit.show.plots import plot_map

    if table.empty:
        fig, ax = _axes(ax, (8, 5))
        _empty(ax, "لا أماكن")
        return fig
    from kit.places.places import load_gazetteer
    from kit.show.maps import kind_family

    rows = table.to_dict("records")
    fig = plot_map(rows, ax=ax, inset=False, title="الأماكن حسب عدد الإشارات (مساحة الدائرة)")
    ax = ax or fig.axes[0]
    gaz = load_gazetteer()
    lats, lons = [], []
    for r in rows:  # the disc sits on the marker: a country's marker is at its label point
        entry = gaz.entry(r["id"]) if kind_family(r.get("kind") or "") == "country" else None
        lat, lon = entry.label_point if entry is not None else (r["lat"], r["lon"])
        lats.append(float(lat))
        lons.append(float(lon))
    mentions = table["mentions"].astype(float)
    sizes = 60 + 1400 * mentions / max(mentions.max(), 1.0)
    ax.scatter(lons, lats, s=sizes, color="#e76f51", alpha=0.3, edgecolor="#b5462a", linewidths=0.8, zorder=4)
    return fig


def mentions_over_time_figure(table: pd.DataFrame, ax=None):
    """One line per name of :func:`mentions_over_time`."""
    fig, ax = _axes(ax, (8, 3.5))
    if table.empty or table.shape[1] == 0:
        _empty(ax, "لا بيانات مؤرخة")
    else:
        marker = "o" if len(table) < 15 else None
        for name in table.columns:
            ax.plot(table.index, table[name], marker=marker, label=name)
        ax.set_ylabel("عدد الإشارات")
        ax.set_ylim(bottom=0)
        if len(table) == 1:  # one date: a few days either side, not years of empty axis
            day = pd.Timedelta(days=3)
            ax.set_xlim(table.index[0] - day, table.index[0] + day)
        ax.legend(loc="upper right", fontsize=8)
        fig.autofmt_xdate()
    ax.set_title("الإشارات عبر الزمن")
    fig.tight_layout()
    return fig


def cooccurrence_figure(matrix: pd.DataFrame, ax=None):
    """A heat map of :func:`cooccurrence` (the diagonal left blank: it is each actor's own count)."""
    import numpy as np

    fig, ax = _axes(ax, (7, 6))
    if matrix.empty:
        _empty(ax, "لا فاعلين")
        ax.set_title("ظهور الفاعلين معا")
        return fig
    values = matrix.to_numpy(dtype=float).copy()
    np.fill_diagonal(values, np.nan)
    top = np.nanmax(values) if np.isfinite(values).any() else 1.0
    image = ax.imshow(values, cmap="Blues", vmin=0, vmax=max(top, 1.0))
    ax.set_xticks(range(len(matrix.columns)), labels=matrix.columns, rotation=60, ha="right", fontsize=9)
    ax.set_yticks(range(len(matrix.index)), labels=matrix.index, fontsize=9)
    for i in range(len(matrix)):
        for j in range(len(matrix)):
            if i != j and matrix.iat[i, j]:
                # white on the dark cells, black on the light ones: readable on a projector
                dark = matrix.iat[i, j] > 0.55 * max(top, 1.0)
                ax.text(j, i, int(matrix.iat[i, j]), ha="center", va="center", fontsize=8,
                        color="white" if dark else "black")
    fig.colorbar(image, ax=ax, shrink=0.7, label="مقالات مشتركة")
    ax.set_title("ظهور الفاعلين معا")
    fig.tight_layout()
    return fig
