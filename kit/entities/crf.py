"""The statistical named-entity recognizer: a CRF trained on ANERcorp (PERS, LOC, ORG, MISC).

Small (a few MB), offline and fast: a linear-chain CRF (python-crfsuite) over hand-made features
of each token and its neighbours: its folded form, its proclitic readings (و ب ل ك ف + stem), the
prefixes and suffixes of the stem, its shape, trigger words before it (رئيس، وزارة، مدينة…), first
names (learnt from the training data, and the kit's hand-made list), country adjectives, and
whether the token starts or continues a place or organisation name of the kit's gazetteers
(``data/gazetteer/``; without them the model still runs, a little less well). The model and its
word lists live in ``data/models/``; ``scripts/train_ner.py`` rebuilds them.

>>> [label for label, _ in tag_tokens(["قال", "رئيس", "الوزراء", "محمد", "عبد", "الله", "في", "القاهرة"])]
['O', 'O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC']

:func:`find_mentions` runs the tagger over an article and gives spans in the article's offsets,
without the proclitics glued to the first word ("لتركيا" → "تركيا"):

>>> from kit.text.article import parse_article
>>> text = "وصل الوفد إلى القاهرة أمس.\\n\\nوأعلنت الخارجية أن الرئيس سيزور لبنان ولتركيا."
>>> [(m["text"], m["type"]) for m in find_mentions(parse_article(text))]
[('القاهرة', 'LOC'), ('لبنان', 'LOC'), ('تركيا', 'LOC')]
"""
from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence

import numpy as np

from kit.resources import DATA
from kit.text import lexicon
from kit.text.arabic import fold, has_arabic, proclitic_splits, strip_article
from kit.text.clusters import word_clusters

MODELS = DATA / "models"
GAZETTEER = DATA / "gazetteer"
MODEL_PATH = MODELS / "ner-crf.crfsuite"
LEXICON_PATH = MODELS / "ner-crf.lexicon.json"
# The model's weights as arrays (what Scorer tags with), written beside the model by
# scripts/train_ner.py: reading them takes milliseconds, parsing the model's dump half a second.
WEIGHTS_PATH = MODELS / "ner-crf.weights.npz"
TYPES = ("PERS", "LOC", "ORG", "MISC")

# Words that announce a name of a given type when they come just before it. General Arabic news
# vocabulary (titles, kinds of organisation, kinds of place), folded; ال and proclitics are
# stripped before lookup, so "الرئيس" and "ورئيس" hit "رئيس". The training script adds the words
# that most often precede names in ANERcorp (see ner-crf.lexicon.json).
TRIGGERS: dict[str, tuple[str, ...]] = {}
for _row in lexicon.rows("name_triggers"):
    TRIGGERS[_row["type"]] = (*TRIGGERS.get(_row["type"], ()), _row["word"])


@dataclass
class Lexicon:
    """Word lists learnt from the training text that the features and the span trimming read.

    ``counts`` (folded words as written, ال included) says how often a word stands alone: it
    decides whether the first letters of a word are a proclitic ("لتركيا" = ل + تركيا) or part of
    it ("لبنان"). ``first_names`` and ``triggers`` hold folded stems without ال.

    >>> lex = Lexicon(triggers={"PERS": frozenset({"سفير"})})
    >>> lex.trigger_types("سفير"), lex.trigger_types("وزاره")
    (['PERS'], ['ORG'])
    """

    counts: dict[str, int] = field(default_factory=dict)
    first_names: frozenset[str] = frozenset()
    triggers: dict[str, frozenset[str]] = field(default_factory=dict)
    # How often each folded word is part of a name in the training text: it decides where a
    # mention starts ("لتركيا" → تركيا, while بان of "بان كي مون" keeps its ب).
    name_counts: dict[str, int] = field(default_factory=dict)
    # Word clusters learnt without labels from news text (scripts/build_clusters.py): folded word →
    # (cluster of 64, of 256, of 1024). None: a model trained without them.
    clusters: dict[str, tuple[str, str, str]] | None = field(default=None, repr=False)
    # Token → its analysis; news repeats its words, so this saves most of the feature time.
    _words: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path = LEXICON_PATH) -> "Lexicon":
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        return cls(
            counts=dict(data.get("counts", {})),
            first_names=frozenset(data.get("first_names", ())),
            triggers={t: frozenset(ws) for t, ws in data.get("triggers", {}).items()},
            name_counts=dict(data.get("name_counts", {})),
            clusters=word_clusters() if data.get("clusters") else None,
        )

    def to_json(self) -> dict:
        return {
            "clusters": self.clusters is not None,
            "counts": dict(sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))),
            "first_names": sorted(self.first_names),
            "triggers": {t: sorted(ws) for t, ws in sorted(self.triggers.items())},
            "name_counts": dict(sorted(self.name_counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        }

    def trigger_types(self, key: str) -> list[str]:
        out = [t for t, ws in TRIGGERS_FOLDED.items() if key in ws]
        out += [t for t, ws in self.triggers.items() if key in ws and t not in out]
        return out


TRIGGERS_FOLDED = {t: frozenset(strip_article(fold(w)) for w in ws) for t, ws in TRIGGERS.items()}


# --- gazetteer (optional) -----------------------------------------------------------------------

_NAME_WORD = re.compile(r"[^\W_]+")


class _PhraseIndex:
    """Folded multi-word names → types, looked up as the longest match starting at each token."""

    def __init__(self, names: Iterable[tuple[str, str]], max_words: int = 5):
        self.index: dict[tuple[str, ...], set[str]] = {}
        self.max_words = 1
        names = list(names)
        # fold() works letter by letter, so one translation table over the letters in use folds
        # the thousands of names at once: loading stays well under a second.
        table = {ord(c): fold(c) for c in set("".join(n for n, _ in names))}
        for name, typ in names:
            words = tuple(strip_article(w) for w in _NAME_WORD.findall(name.translate(table)))
            if not words or len(words) > max_words or (len(words) == 1 and len(words[0]) < 3):
                continue
            self.index.setdefault(words, set()).add(typ)
            self.max_words = max(self.max_words, len(words))
        self.first_words = {words[0] for words in self.index}
        # Every word sequence a longer name goes on from: the longest match grows one word at a time
        # and stops where no name goes on, instead of trying every length at every name's first word.
        self.goes_on = {words[:k] for words in self.index for k in range(1, len(words))}

    def __len__(self) -> int:
        return len(self.index)

    def tags(self, keys: Sequence[Sequence[str]], firsts_of: Sequence[Sequence[str]] | None = None) -> list[set[str]]:
        """For each token, features like "LOC:B"/"LOC:I"; ``keys[i]`` are its candidate stems
        (``firsts_of[i]``, when given, those of them a name starts with)."""
        out: list[set[str]] = [set() for _ in keys]
        for i, tags in self.hits(keys, firsts_of):
            out[i] = tags
        return out

    def hits(self, keys: Sequence[Sequence[str]], firsts_of: Sequence[Sequence[str]] | None = None) -> list[tuple[int, set[str]]]:
        """:meth:`tags` of the tokens that have any, as (token, tags) in token order: the CRF reads
        these few, not a set for every token."""
        out: dict[int, set[str]] = {}
        n = len(keys)
        for i in range(n):
            # Proclitics only on the first word: "وللأمم المتحدة".
            firsts = firsts_of[i] if firsts_of is not None else [k for k in keys[i] if k in self.first_words]
            if not firsts:
                continue
            # The longest name from here; of two as long, the one of the earlier first stem.
            longest = min(self.max_words, n - i)
            hit, length = None, 0
            for first in firsts:
                words: tuple[str, ...] = (first,)
                while True:
                    got = self.index.get(words)
                    if got and len(words) > length:
                        hit, length = got, len(words)
                    if len(words) == longest or words not in self.goes_on:
                        break
                    words += (keys[i + len(words)][0],)
            if hit:
                for typ in hit:
                    # U: a one-word name, which is far more often also a common word.
                    out.setdefault(i, set()).add(f"{typ}:{'U' if length == 1 else 'B'}")
                    for j in range(i + 1, i + length):
                        out.setdefault(j, set()).add(f"{typ}:I")
        return sorted(out.items())


class Gazetteer(_PhraseIndex):
    """The kit's name lists as the CRF reads them: place and organisation names (a phrase index),
    common first names and country adjectives (nisba).

    >>> g = Gazetteer([("الأمم المتحدة", "ORG"), ("عمان", "CTRY")], ["أحمد"], ["الأردني"])
    >>> g.tags([["وللامم", "امم"], ["متحده"], ["في"], ["عمان"]])
    [{'ORG:B'}, {'ORG:I'}, set(), {'CTRY:U'}]
    >>> "احمد" in g.first_names, "اردني" in g.nisba
    (True, True)
    """

    def __init__(self, names, first_names=(), nisba=()):
        super().__init__(names)
        self.first_names = frozenset(strip_article(fold(n)) for n in first_names)
        self.nisba = frozenset(strip_article(fold(n)) for n in nisba)

    def fingerprint(self) -> str:
        """A short hash of the lists: the model card records the one the model was measured with."""
        import hashlib

        h = hashlib.sha1()
        for words in sorted(self.index):
            h.update((" ".join(words) + "\t" + ",".join(sorted(self.index[words])) + "\n").encode("utf-8"))
        for w in sorted(self.first_names) + ["\n"] + sorted(self.nisba):
            h.update((w + "\n").encode("utf-8"))
        return h.hexdigest()[:12]

    def describe(self) -> str:
        return (f"{len(self)} place and organisation names, {len(self.first_names)} first names, "
                f"{len(self.nisba)} country adjectives (data/gazetteer/)")


# Types of gazetteer names the model tells apart, because they are not equally reliable: on
# ANERcorp a country name is a LOC 94% of the times it occurs, a city of a million 65%, a smaller
# city or a town of GeoNames 5–20% (their names are often common words: النصر، الحرية).
def _place_type(kind: str, population: str) -> str:
    if kind == "country":
        return "CTRY"
    if kind == "town":
        return "TOWN"
    if kind == "city":
        try:
            pop = int(float(population or 0))
        except ValueError:
            pop = 0
        return "CITY1M" if pop >= 1_000_000 else "CITY100K" if pop >= 100_000 else "CITY"
    return "ADM"  # governorates, regions, seas, rivers… named by hand or by Natural Earth


# Types trusted to decide that a word's first letter is a proclitic ("وحمص" = و + حمص).
RELIABLE_TYPES = frozenset({"CTRY", "ADM", "CITY1M", "CITY100K", "ORG"})


def _read_tsv(path: Path, columns: tuple[str, ...]) -> list[dict]:
    """Rows of a TSV with '#' comment lines and a header, or [] when it is missing or unreadable."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = [ln.rstrip("\n") for ln in f if ln.strip() and not ln.startswith("#")]
    except OSError:
        return []
    if not lines:
        return []
    header = lines[0].split("\t")
    wanted = [(i, h) for i, h in enumerate(header) if h in columns]
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        rows.append({h: cells[i] for i, h in wanted if i < len(cells)})
    return rows


def _read_words(path: Path) -> list[str]:
    try:
        with open(path, encoding="utf-8") as f:
            return [w for ln in f if (w := ln.split("#", 1)[0].strip())]
    except OSError:
        return []


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer | None:
    """The name lists in ``data/gazetteer/`` (built by the places and entities stages), or None.

    Only lists made independently of ANERcorp are read (GeoNames and Natural Earth places, the
    hand-made organisations, first names and country adjectives), so that the model does not learn
    to trust a list that already holds its training names. Missing files just leave features out.
    """
    names: list[tuple[str, str]] = []
    for row in _read_tsv(GAZETTEER / "places.tsv", ("kind", "name_ar", "names_ar", "population")):
        typ = _place_type(row.get("kind", ""), row.get("population", ""))
        for n in {row.get("name_ar", ""), *(row.get("names_ar") or "").split("|")}:
            if n and has_arabic(n):
                names.append((n, typ))
    for row in _read_tsv(GAZETTEER / "organisations.tsv", ("source", "aliases")):
        if "core" not in (row.get("source") or ""):
            continue
        for n in (row.get("aliases") or "").split("|"):
            if n and has_arabic(n):
                names.append((n, "ORG"))
    first = _read_words(GAZETTEER / "person_names_core.txt")
    nisba = [row["form"] for row in _read_tsv(GAZETTEER / "nisba.tsv", ("form",)) if row.get("form")]
    if not (names or first or nisba):
        return None
    return Gazetteer(names, first, nisba)


_DIGIT = re.compile(r"\d")


def cluster_of(folded: str, key: str, clusters: dict) -> tuple[str, str, str] | None:
    """The clusters of a token: of its folded form (digits as 0), else of its stem without proclitics.

    >>> cluster_of("لتركيا", "تركيا", {"تركيا": ("a1", "b2", "c3")})
    ('a1', 'b2', 'c3')
    """
    got = clusters.get(_DIGIT.sub("0", folded))
    if got is None and key:
        got = clusters.get(key) or clusters.get("ال" + key)
    return got


# --- features -----------------------------------------------------------------------------------

_PUNCT = re.compile(r"^[^\w]+$")
_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=4096)  # (the first words of mentions: a small cache keeps the frequent ones)
def _shape(tok: str) -> str:
    if not tok:
        return "empty"
    if _PUNCT.match(tok):
        return "punct"
    if tok.isdigit() or re.fullmatch(r"[\d.,٫٬]+", tok):
        return "num"
    if any(c.isdigit() for c in tok):
        return "alnum"
    if has_arabic(tok):
        return "ar" if not _LATIN.search(tok) else "mixed"
    if _LATIN.search(tok):
        return "Lat" if tok[:1].isupper() else "lat"
    return "other"


def _len_bucket(n: int) -> str:
    return str(n) if n <= 4 else ("5-6" if n <= 6 else "7+")


@dataclass(frozen=True)
class _Word:
    """What the features need to know about one token, computed once per distinct token."""

    folded: str
    shape: str
    stems: tuple[str, ...]  # folded readings without proclitics or ال, the unsplit one first
    key: str  # the most likely stem (see best_split), without ال
    own: tuple[str, ...]  # features of the token itself
    far: tuple[str, ...]  # what it tells a token two places away
    near: tuple[str, ...]  # what it tells the token next to it
    freq: str  # how common the word is in the training text: 0, 1, few, many


def _analyse(tok: str, lexicon: Lexicon, gaz: Gazetteer | None) -> _Word:
    f = fold(tok)
    shape = _shape(tok)
    if shape != "ar":
        key = best = f.lower()
        stems: tuple[str, ...] = (key,)
        prefixes: list[str] = []
        has_al = False
    else:
        splits = proclitic_splits(tok)
        found: list[str] = []
        prefixes = []
        for off, stem in splits:
            st = strip_article(stem)
            if st not in found:
                found.append(st)
            if off:
                prefixes.append(fold(tok[:off]))
        stems = tuple(found)
        has_al = any(stem.startswith("ال") and len(stem) > 3 for _, stem in splits)
        best = best_split(tok, lexicon.counts, splits, gaz)[1]
        key = strip_article(best)

    own = ["b", "w=" + key if shape != "ar" else "w=" + f, "k=" + key, "sh=" + shape,
           "len=" + _len_bucket(len(key))]
    if has_al:
        own.append("al")
    own += ["s=" + st for st in stems[1:]]
    own += ["p=" + p for p in prefixes]
    if shape == "ar":
        for m in (1, 2, 3):
            if len(key) > m:
                own.append(f"suf{m}={key[-m:]}")
                own.append(f"pre{m}={key[:m]}")
        # Letter trigrams inside the word: transliterated foreign names have their own
        # spelling habits (غ for g, long vowels), which generalises to names never seen.
        padded = f"<{key}>"
        own += ["c3=" + padded[m:m + 3] for m in range(len(padded) - 2)]
    elif shape == "punct":
        own.append("pu=" + f[:3])
    elif shape in ("num", "alnum"):
        own.append("dl=" + _len_bucket(sum(c.isdigit() for c in f)))
    counted = lexicon.counts.get(best, 0)
    freq = "0" if counted == 0 else "1" if counted == 1 else "few" if counted < 10 else "many"
    own.append("freq=" + freq)
    # Clusters: a word never seen labelled shares the weights of the words used like it.
    cl = cluster_of(f, key, lexicon.clusters) if lexicon.clusters is not None and shape != "punct" else None
    cl_near: list[str] = []
    cl_far: list[str] = []
    if cl is not None:
        own += ["cl=" + c for c in cl]
        cl_near = ["cl=" + cl[0], "cl=" + cl[1]]
        cl_far = ["cl=" + cl[0]]

    # Word-list memberships, seen by the token itself and by its neighbours.
    marks: list[str] = []
    if shape == "ar":
        marks += ["trig=" + t for t in lexicon.trigger_types(key)]
        if any(st in lexicon.first_names for st in stems):
            marks.append("fn")
        if gaz and any(st in gaz.first_names for st in stems):
            marks.append("fnx")
        if gaz and key in gaz.nisba:
            marks.append("nisba")
    own += marks
    far = ["k=" + key, "sh=" + shape, *marks, *cl_far]
    near = ["k=" + key, "sh=" + shape, *marks, *cl_near, "w=" + (key if shape != "ar" else f)]
    if has_al:
        near.append("al")
    if shape == "ar" and len(key) > 2:
        near.append("suf2=" + key[-2:])
    return _Word(key if shape != "ar" else f, shape, stems, key, tuple(own), tuple(far), tuple(near), freq)


def best_split(tok: str, counts: dict[str, int], splits=None, gaz: Gazetteer | None | bool = True
               ) -> tuple[int, str]:
    """The reading of ``tok`` as (offset of the stem, folded stem) that the training text supports.

    A proclitic is split off when what remains is a word seen more often on its own than the whole
    token, or a known place name; "لل" and a proclitic before ال are split whenever the rest is
    long enough, since almost no name starts that way.

    >>> best_split("لتركيا", {"تركيا": 20, "لتركيا": 1})
    (1, 'تركيا')
    >>> best_split("لبنان", {"لبنان": 175})
    (0, 'لبنان')
    >>> best_split("وبالعاصمة", {})
    (2, 'العاصمه')
    >>> best_split("وكرك", {"كرك": 1, "وكرك": 1})
    (1, 'كرك')
    """
    if splits is None:
        splits = proclitic_splits(tok)
    whole_off, whole = splits[0]
    whole_n = counts.get(whole, 0)
    best, best_n = (whole_off, whole), whole_n
    if gaz is True:
        gaz = gazetteer()
    for off, stem in splits[1:]:
        n = counts.get(stem, 0)
        # gaz=False (as sentence_features takes it) leaves the gazetteer out, like None.
        types = gaz.index.get((strip_article(stem),), ()) if isinstance(gaz, Gazetteer) else ()
        known_place = any(t in RELIABLE_TYPES for t in types)
        if stem.startswith("ال") and len(stem) >= 4 and not whole.startswith("ال"):
            # و/ب/ل/ف/ك + ال: "والجيش", "بالقاهرة", "للأمم".
            n = max(n, whole_n + 1)
        if known_place and whole_n == 0:
            n = max(n, 1)
        # A tie between two attested readings goes to the split one: a name with a proclitic is
        # rarer than the same name alone, so equal counts mean the counts are too small to tell.
        if n > best_n or (n and n == best_n and best == (whole_off, whole)):
            best, best_n = (off, stem), n
    return best


def word_features(words: Sequence[_Word], gaz: Gazetteer | None) -> list[list[str]]:
    """The CRF features of each token of one sentence (strings; crfsuite gives each weight 1)."""
    n = len(words)
    gz_tags = gaz.tags([w.stems for w in words]) if gaz else None
    out: list[list[str]] = []
    for i, w in enumerate(words):
        f = list(w.own)
        if gz_tags:
            for g in gz_tags[i]:
                f.append("gz=" + g)
                if g.endswith(":U"):
                    # A one-word name that is also a frequent word is rarely the name.
                    f.append(f"gzf={g}|{w.freq}")
        # Context: the neighbours' words and what they announce.
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                v = words[j]
                prefix = f"{d}:"
                f += [prefix + x for x in (v.near if d in (-1, 1) else v.far)]
                if gz_tags and d in (-1, 1):
                    f += [prefix + "gz=" + g for g in gz_tags[j]]
            else:
                f.append(f"{d}:" + ("BOS" if j < 0 else "EOS"))
        if i > 0:
            f.append(f"-1|0={words[i - 1].key}|{w.key}")
        if i + 1 < n:
            f.append(f"0|1={w.key}|{words[i + 1].key}")
        out.append(f)
    return out


WORD_CACHE_SIZE = 30_000


def sentence_features(tokens: Sequence[str], lexicon: Lexicon | None = None,
                      gaz: Gazetteer | None | bool = True) -> list[list[str]]:
    """Features of each token of one sentence.

    ``gaz=True`` uses the installed gazetteer if there is one; pass None to leave it out.

    >>> feats = sentence_features(["وزار", "لتركيا"], Lexicon(counts={"تركيا": 3}), gaz=None)
    >>> "k=تركيا" in feats[1], "p=ل" in feats[1], "1:k=تركيا" in feats[0]
    (True, True, True)
    """
    lexicon = lexicon or Lexicon()
    if gaz is True:
        gaz = gazetteer()
    words = analyse_words(tokens, lexicon, gaz)
    return word_features(words, gaz or None)


def analyse_words(tokens: Sequence[str], lexicon: Lexicon, gaz) -> list[_Word]:
    """The :class:`_Word` of each token (cached per distinct token: news repeats its words)."""
    cache = lexicon._words
    words = []
    for t in tokens:
        w = cache.get((t, bool(gaz)))
        if w is None:
            w = cache[t, bool(gaz)] = _analyse(t, lexicon, gaz or None)
            # A corpus run must not grow it forever: an entry holds ~40 feature strings (~1.5 kB),
            # and 30,000 words cover most tokens of news text (a worker stays under ~0.5 GB).
            if len(cache) > WORD_CACHE_SIZE:
                cache.clear()
        words.append(w)
    return words




# Distinct words the scorer keeps (each ~1 kB): a corpus run's vocabulary is larger; the words it
# keeps using stay (a worker of a corpus run stays well under half a gigabyte).
SCORER_CACHE_SIZE = 150_000


class _Entry(NamedTuple):
    vecs: np.ndarray  # 5 × labels
    stems: tuple[str, ...]
    key: str
    freq: str
    firsts: tuple[str, ...]
    # the word-pair features this word opens, by the next word's key: scored at the next word ("-1|0")
    # and at this one ("0|1"); None for the many words that open none (one test, no lookup)
    pairs_next: dict | None
    pairs_here: dict | None


class Scorer:
    """The trained CRF's weights as arrays, for tagging without building feature strings.

    A linear-chain CRF scores a label at a token by summing the weights of the token's features for
    that label. Most features belong to one word (its own, or what it tells its neighbours), so each
    distinct word's contributions are summed once into five vectors and reused wherever the word
    occurs; a sentence's scores are then a few array additions, and Viterbi and forward-backward run
    over all its sentences at once. The labels equal crfsuite's (``Tagger.tag``) and the marginals
    its ``Tagger.marginal`` to rounding (tests/test_crf.py checks both on ANERcorp sentences).
    """

    def __init__(self, weights: "ModelWeights"):
        self.np = np
        self.labels = labels = list(weights.labels)
        self.o = labels.index("O") if "O" in labels else -1
        # One row per feature and a row of zeros last: a word's five vectors are one gather and one
        # reduceat over it, each group starting at the zero row so that none is empty; ``w`` holds
        # views of the same rows by feature name (nothing copied).
        self.state = np.vstack([weights.state, np.zeros((1, len(labels)))])
        self.zero_row = len(weights.attrs)
        self.row = {a: i for i, a in enumerate(weights.attrs)}
        self.w: dict[str, np.ndarray] = dict(zip(weights.attrs, self.state))
        self.trans = weights.trans
        self.scale_every = 4 if float(np.abs(weights.trans).max()) < 20 else 1  # see :meth:`decode`
        self.zero = np.zeros(len(labels))
        self.edges = {k: self.w.get(k, self.zero) for k in ("-1:BOS", "1:EOS", "-2:BOS", "2:EOS")}
        self.pad = [np.zeros((5, len(labels)))] * 2  # after each sentence in :meth:`emissions`
        self._words: dict[str, _Entry] = {}
        self._gaz_rows: dict[str, list[tuple[int, np.ndarray]]] = {}
        # The word-pair features, "-1|0=a|b" (scored at b) and "0|1=a|b" (scored at a), by their first
        # word then their second: most words open none, so a pair costs one lookup, not two strings
        # built and looked up. A feature is filed under every "|" it holds (a token may be "|"): a
        # lookup of (a, b) then finds exactly the feature named "…=a|b".
        self._pairs: tuple[dict[str, dict[str, np.ndarray]], dict[str, dict[str, np.ndarray]]] = ({}, {})
        for name, vec in self.w.items():
            for prefix, table in zip(("-1|0=", "0|1="), self._pairs):
                if name.startswith(prefix):
                    x = name[len(prefix):]
                    for k, ch in enumerate(x):
                        if ch == "|":
                            table.setdefault(x[:k], {})[x[k + 1:]] = vec

    def _vectors(self, word) -> np.ndarray:
        """A word's five score vectors: its own features, then as the token before, after, two before,
        two after (the sums of those features' weight rows)."""
        row = self.row
        idx: list[int] = []
        starts: list[int] = []
        for prefix, feats in (("", word.own), ("-1:", word.near), ("1:", word.near), ("-2:", word.far), ("2:", word.far)):
            starts.append(len(idx))
            idx.append(self.zero_row)
            for f in feats:
                r = row.get(prefix + f)
                if r is not None:
                    idx.append(r)
        return self.np.add.reduceat(self.state[idx], starts, axis=0)

    def entry(self, token: str, lexicon: Lexicon, gaz) -> _Entry:
        """What tagging needs of one distinct token, computed once: its five score vectors (own, as the
        token before, after, two before, two after), its stems, key and frequency class, and the stems
        a gazetteer name may start with."""
        got = self._words.get(token)
        if got is None:
            word = _analyse(token, lexicon, gaz or None)
            vecs = self._vectors(word)
            firsts = tuple(k for k in word.stems if gaz and k in gaz.first_words)
            at_second, at_first = self._pairs
            got = _Entry(vecs, word.stems, word.key, word.freq, firsts, at_second.get(word.key), at_first.get(word.key))
            if len(self._words) >= SCORER_CACHE_SIZE:
                # Drop the older half: the words a corpus keeps using come back at once.
                for old in list(itertools.islice(self._words, SCORER_CACHE_SIZE // 2)):
                    del self._words[old]
            self._words[token] = got
        return got

    def emissions(self, sentences: list[list[_Entry]], gaz) -> tuple[np.ndarray, list[int]]:
        """The state scores of several sentences (tokens × labels, as crfsuite sums them), in one array:
        the sentences one after the other, two rows of zeros after each (so that a word's scores for
        its neighbours never reach into the next sentence), with where each sentence starts."""
        np = self.np
        pad = self.pad
        rows: list = []  # score vectors of words and padding
        starts: list[int] = []
        for entries in sentences:
            starts.append(len(rows))
            rows += [x.vecs for x in entries]
            rows += pad
        # (one concatenation of the (5, labels) blocks: about twice as fast as np.array over the list)
        vecs = np.concatenate(rows).reshape(len(rows), 5, -1)  # rows × 5 × labels
        e = vecs[:, 0].copy()
        e[1:] += vecs[:-1, 1]
        e[:-1] += vecs[1:, 2]
        e[2:] += vecs[:-2, 3]
        e[:-2] += vecs[2:, 4]
        firsts = np.array(starts)
        lasts = firsts + np.array([len(s) for s in sentences]) - 1
        e[firsts] += self.edges["-1:BOS"]
        e[lasts] += self.edges["1:EOS"]
        # The "two from the edge" features reach the first two and the last two tokens; in a one-word
        # sentence the second lands on a row of zeros (the padding before or after it), read by none.
        e[firsts] += self.edges["-2:BOS"]
        e[firsts + 1] += self.edges["-2:BOS"]
        e[lasts] += self.edges["2:EOS"]
        e[lasts - 1] += self.edges["2:EOS"]
        w = self.w
        # The features of word pairs and gazetteer names, gathered as (row, vector) and added in one
        # call at the end, in the order they are met (each row's sum is the same as added one by one).
        rows_at: list[int] = []
        vecs_at: list = []
        for s0, words in zip(starts, sentences):
            n = len(words)
            if gaz and any(x.firsts for x in words):
                for i, tags in gaz.hits([x.stems for x in words], [x.firsts for x in words]):
                    for g in tags:
                        for off, v in self._gazetteer_rows(g):
                            if 0 <= i + off < n:
                                rows_at.append(s0 + i + off)
                                vecs_at.append(v)
                        if g.endswith(":U"):
                            u = w.get(f"gzf={g}|{words[i].freq}")
                            if u is not None:
                                rows_at.append(s0 + i)
                                vecs_at.append(u)
            for i in range(1, n):
                x = words[i - 1]
                if x.pairs_next is None and x.pairs_here is None:
                    continue
                before = x.pairs_next.get(words[i].key) if x.pairs_next is not None else None
                if before is not None:
                    rows_at.append(s0 + i)
                    vecs_at.append(before)
                after = x.pairs_here.get(words[i].key) if x.pairs_here is not None else None
                if after is not None:
                    rows_at.append(s0 + i - 1)
                    vecs_at.append(after)
        if rows_at:
            np.add.at(e, rows_at, np.array(vecs_at))
        return e, starts

    def _gazetteer_rows(self, g: str) -> list[tuple[int, np.ndarray]]:
        """The weights a gazetteer tag ``g`` («LOC:B») gives, as (row offset from its token, vector):
        its own, and what it tells the token after and the token before."""
        got = self._gaz_rows.get(g)
        if got is None:
            named = ((f"gz={g}", 0), (f"-1:gz={g}", 1), (f"1:gz={g}", -1))
            got = self._gaz_rows[g] = [(off, self.w[name]) for name, off in named if name in self.w]
        return got

    def decode(self, e: np.ndarray, starts: list[int], lengths: list[int],
               marginals: bool) -> list[list[tuple[str, float | None]]]:
        """Viterbi labels of the sentences of :meth:`emissions` at once, with each label's marginal
        probability (for the labels of names only unless ``marginals``).

        The sentences are taken longest first, so the ones still going at position ``t`` are the first
        ``alive[t]``: every step works on those only.
        """
        np = self.np
        if not starts:
            return []
        order = sorted(range(len(starts)), key=lambda k: -lengths[k])
        lens = np.array([lengths[k] for k in order])
        n_sent, m, n_labels = len(order), int(lens[0]), len(self.labels)
        pos = np.arange(m)
        live = pos[None, :] < lens[:, None]  # sentence × position: a token there
        # One gather lays the sentences out as rows (a position past a sentence's end reads the
        # padding row after the last sentence: never used); the same gather with positions counted
        # from each sentence's end gives the sentences backwards, for the backward pass.
        first = np.array([starts[k] for k in order])
        fwd = np.where(live, first[:, None] + pos[None, :], len(e) - 1)
        bwd = np.where(live, first[:, None] + lens[:, None] - 1 - pos[None, :], len(e) - 1)
        emis = e[fwd]
        alive = live.sum(0).tolist()  # sentences still going at t
        trans = self.trans
        # Viterbi
        delta = emis[:, 0].copy()
        back = np.zeros((n_sent, m, n_labels), dtype=np.int64)
        for t in range(1, m):
            a = alive[t]
            scores = delta[:a, :, None] + trans
            back[:a, t] = scores.argmax(1)
            delta[:a] = scores.max(1) + emis[:a, t]
        best = delta.argmax(1).tolist()
        paths = []
        for r, n in enumerate(lens.tolist()):
            y = [best[r]]
            row = back[r, :n].tolist()
            for t in range(n - 1, 0, -1):
                y.append(row[t][y[-1]])
            paths.append(y[::-1])
        probs = None
        if marginals or any(lab != self.o for y in paths for lab in y):
            # Forward and backward in one pass: with emission factors g (scaled per position, a
            # constant that cancels), forward v_t = (v_{t-1} · g_{t-1}) @ M and backward, read from
            # each sentence's end, the same with M's transpose; a token's marginal is proportional
            # to g_t times its forward and its backward value. Every fourth step is scaled to sum to
            # one: g <= 1 and the model's transition weights lie within ±20, so four steps grow the sum
            # by at most (9·e^20)^4 ≈ e^89, far inside a float's range (e^709; a model with larger
            # weights is scaled at every step).
            scaled = e - e.max(axis=1, keepdims=True)
            g = np.exp(scaled)
            h = np.stack([g[fwd], g[bwd]])  # 2 × sentence × position × labels
            step = np.exp(trans)
            steps = np.stack([step, step.T])
            v = np.ones_like(h)  # (ones past a sentence's end too: read by nothing, and finite)
            for t in range(1, m):
                a = alive[t]
                x = np.matmul(v[:, :a, t - 1] * h[:, :a, t - 1], steps)
                if t % self.scale_every == 0:
                    x /= x.sum(2, keepdims=True)
                v[:, :a, t] = x
            # back to forward order: the backward value at position t sits at n - 1 - t
            rows = np.arange(n_sent)[:, None]
            beta = v[1][rows, np.where(live, lens[:, None] - 1 - pos[None, :], 0)]
            probs = v[0] * h[0] * beta
            probs /= probs.sum(2, keepdims=True)
        out: list[list[tuple[str, float | None]]] = [[] for _ in starts]
        labels, o = self.labels, self.o
        chosen: list = [None] * int(lens.sum())
        if probs is not None:
            r_of, t_of = np.nonzero(live)  # every token, sentence by sentence, in order
            chosen = probs[r_of, t_of, [lab for y in paths for lab in y]].tolist()
        k = 0
        for r, y in enumerate(paths):
            out[order[r]] = [(labels[lab], p if marginals or lab != o else None)
                             for lab, p in zip(y, chosen[k:k + len(y)])]
            k += len(y)
        return out

# --- the trained model --------------------------------------------------------------------------

class ModelMissing(RuntimeError):
    """The trained model is not in data/models/ (rebuild it with scripts/train_ner.py)."""


class ModelWeights(NamedTuple):
    """A CRF model's weights as arrays: ``state[i]`` holds feature ``attrs[i]``'s weight for each label,
    ``trans[a, b]`` the weight of label ``b`` after label ``a``."""

    labels: tuple[str, ...]
    attrs: list[str]
    state: np.ndarray
    trans: np.ndarray

    @classmethod
    def of_tagger(cls, tagger) -> "ModelWeights":
        """The weights of an opened ``pycrfsuite.Tagger`` (parses the model's dump: ~0.5 s)."""
        labels = tuple(tagger.labels())
        index = {lab: i for i, lab in enumerate(labels)}
        info = tagger.info()
        rows: dict[str, int] = {}
        cells = []
        for (attr, lab), w in info.state_features.items():
            cells.append((rows.setdefault(attr, len(rows)), index[lab], w))
        state = np.zeros((len(rows), len(labels)))
        for r, c, w in cells:
            state[r, c] += w
        trans = np.zeros((len(labels), len(labels)))
        for (a, b), w in info.transitions.items():
            trans[index[a], index[b]] = w
        return cls(labels, list(rows), state, trans)

    def save(self, path: Path, model_path: Path) -> None:
        """Write the arrays beside the model, with the model file's hash (a stale file is ignored)."""
        tmp = Path(path).with_suffix(".tmp.npz")
        np.savez_compressed(tmp, labels=np.array(self.labels), attrs=np.frombuffer("\n".join(self.attrs).encode("utf-8"), np.uint8),
                            state=self.state, trans=self.trans, model_sha256=np.array(_sha256(model_path)))
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path, model_path: Path) -> "ModelWeights | None":
        """The arrays written by :meth:`save` for this very model file, else None."""
        try:
            with np.load(path) as z:
                if str(z["model_sha256"]) != _sha256(model_path):
                    return None
                attrs = z["attrs"].tobytes().decode("utf-8").split("\n")
                return cls(tuple(str(x) for x in z["labels"]), attrs, z["state"], z["trans"])
        except (OSError, KeyError, ValueError):  # missing, truncated or from another version
            return None


def _sha256(path: Path) -> str:
    import hashlib

    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class Recognizer:
    """A loaded CRF model with its lexicon. Use :func:`recognizer` to get the shared instance.

    >>> [lab for lab, _ in recognizer().tag(["وصل", "الوفد", "إلى", "عمان"])]
    ['O', 'O', 'O', 'B-LOC']
    """

    def __init__(self, model_path: Path = MODEL_PATH, lexicon_path: Path = LEXICON_PATH,
                 weights_path: Path | None = None):
        if not Path(model_path).is_file() or not Path(lexicon_path).is_file():
            raise ModelMissing(
                f"the entity model is missing ({model_path}); rebuild it with "
                "`python scripts/train_ner.py`"
            )
        self.model_path = Path(model_path)
        self._tagger = None
        try:
            self.lexicon = Lexicon.load(lexicon_path)
            if weights_path is None:
                weights_path = WEIGHTS_PATH if self.model_path == MODEL_PATH else self.model_path.with_suffix(".weights.npz")
            weights = ModelWeights.load(weights_path, self.model_path)
            if weights is None:  # not written for this model: read them from the model itself
                weights = ModelWeights.of_tagger(self.tagger)
        except (OSError, ValueError) as e:  # a truncated download, a hand-edited JSON
            raise ModelMissing(
                f"the entity model in {Path(model_path).parent} cannot be read ({e}); rebuild it "
                "with `python scripts/train_ner.py`"
            ) from None
        self.labels = list(weights.labels)
        self.scorer = Scorer(weights)

    @property
    def tagger(self):
        """crfsuite's own tagger of the model (for checking the arrays), opened when first asked for."""
        if self._tagger is None:
            import pycrfsuite  # imported here so that `import kit.entities.crf` stays cheap

            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.model_path))
            self._tagger = tagger
        return self._tagger

    def tag(self, tokens: Sequence[str], marginals: bool = True) -> list[tuple[str, float | None]]:
        """Labels of one sentence's tokens with their marginal probabilities (``marginals=False``:
        only for a name's labels, "O" gets None: a mention's score needs no more)."""
        return self.tag_many([tokens], marginals)[0]

    def tag_many(self, sentences: Sequence[Sequence[str]], marginals: bool = True) -> list[list[tuple[str, float | None]]]:
        """:meth:`tag` of several sentences at once (an article's title, subtitle and sentences)."""
        gaz = gazetteer()
        where = [k for k, tokens in enumerate(sentences) if tokens]
        entries = [[self.scorer.entry(t, self.lexicon, gaz) for t in sentences[k]] for k in where]
        out: list[list[tuple[str, float | None]]] = [[] for _ in sentences]
        if entries:
            e, starts = self.scorer.emissions(entries, gaz)
            for k, tagged in zip(where, self.scorer.decode(e, starts, [len(x) for x in entries], marginals)):
                out[k] = tagged
        return out

    def tag_crfsuite(self, tokens: Sequence[str]) -> list[tuple[str, float]]:
        """The same labels from crfsuite itself (what the model was trained with): for checking."""
        if not tokens:
            return []
        # crfsuite takes UTF-8: a lone surrogate (from a JSON record's "\ud800") cannot be encoded.
        tokens = [t.encode("utf-8", "replace").decode("utf-8") for t in tokens]
        self.tagger.set(sentence_features(tokens, self.lexicon))
        return [(lab, self.tagger.marginal(lab, i)) for i, lab in enumerate(self.tagger.tag())]


@lru_cache(maxsize=1)
def recognizer() -> Recognizer:
    """The shared recognizer, loaded once (about a tenth of a second)."""
    return Recognizer()


def tag_tokens(tokens: list[str]) -> list[tuple[str, float]]:
    """IOB2 labels (B-/I- PERS, LOC, ORG, MISC, or O) of one sentence's tokens, each with the
    model's marginal probability for that label.

    >>> [lab for lab, p in tag_tokens(["زار", "الرئيس", "المصري", "لندن"])][-1]
    'B-LOC'
    >>> tag_tokens([])
    []
    """
    # Token objects of kit.arabic.tokenize are welcome too.
    tokens = [t.text if hasattr(t, "text") else str(t) for t in tokens]
    if not tokens:
        return []
    # A token the model never sees (white space) is tagged O rather than fed to the CRF.
    keep = [i for i, t in enumerate(tokens) if t.strip()]
    out: list[tuple[str, float]] = [("O", 1.0)] * len(tokens)
    if keep:
        tagged = recognizer().tag([tokens[i] for i in keep])
        for i, (lab, p) in zip(keep, tagged):
            assert p is not None  # marginals=True (the default) gives every label its probability
            out[i] = (lab, p)
    return out


def spans_from_labels(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, type) of each entity in an IOB2 sequence; a stray I- starts one.

    >>> spans_from_labels(["O", "B-PERS", "I-PERS", "I-LOC", "O", "I-ORG"])
    [(1, 3, 'PERS'), (3, 4, 'LOC'), (5, 6, 'ORG')]
    """
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    typ = ""  # the open span's type, read only while one is open
    for i, lab in enumerate(list(labels) + ["O"]):
        tag, _, t = lab.partition("-")
        if start is not None and (tag != "I" or t != typ):
            spans.append((start, i, typ))
            start, typ = None, ""
        if tag == "B" or (tag == "I" and start is None):
            start, typ = i, t
    return spans


# --- mentions in an article ---------------------------------------------------------------------

def _trim_proclitics(words: Sequence[str], lexicon: Lexicon, gaz: Gazetteer | None) -> int:
    """How many characters of proclitics to leave out at the start of a mention's first word.

    ``words`` are the mention's tokens. In order:

    1. a reading whose stem, with the mention's other words, is a gazetteer name wins
       ("ورأس الخيمة" → "رأس الخيمة");
    2. else the reading whose stem is most often part of a name in the training text, or is a
       known place, organisation or first name ("لتركيا" → "تركيا", but "بان", "كوفي" stay whole);
    3. else, for a word never seen in a name, و/ب/ل before ال ("والمرصد") is split off.

    A stem of fewer than three letters is never a name ("بان" is not ب + ان).

    >>> lex = Lexicon(name_counts={"تركيا": 20, "لتركيا": 1, "بان": 4})
    >>> _trim_proclitics(["لتركيا"], lex, None), _trim_proclitics(["بان", "كي", "مون"], lex, None)
    (1, 0)
    >>> _trim_proclitics(["والمرصد", "الوطني"], lex, None), _trim_proclitics(["كاليفورنيا"], lex, None)
    (1, 0)
    >>> _trim_proclitics(["وغادة", "عادل"], lex, None), _trim_proclitics(["ورلد", "سنترال"], lex, None)
    (1, 0)
    """
    first = words[0]
    if _shape(first) != "ar":
        return 0
    splits = proclitic_splits(first)
    if len(splits) == 1:
        return 0
    splits = [(off, stem) for off, stem in splits if off == 0 or len(strip_article(stem)) >= 3]
    if gaz is not None and len(words) > 1:
        rest = tuple(strip_article(fold(w)) for w in words[1:])
        if (strip_article(splits[0][1]), *rest) not in gaz.index:
            for off, stem in splits[1:]:
                if (strip_article(stem), *rest) in gaz.index:
                    return off

    def evidence(stem: str) -> int:
        n = lexicon.name_counts.get(stem, 0)
        key = strip_article(stem)
        if key in lexicon.first_names:
            n += 1
        if gaz is not None:
            if key in gaz.first_names or any(t in RELIABLE_TYPES for t in gaz.index.get((key,), ())):
                n += 1
        return n

    whole = evidence(splits[0][1])
    best_off, best_n = 0, whole
    for off, stem in sorted(splits[1:]):
        n = evidence(stem)
        # ك "like" and ف "so" rarely stand before a name, while names often start with those
        # letters (كريم، فريد): such a reading needs much more evidence than the whole word.
        margin = 4 if any(c in "كف" for c in fold(first[:off])) else 1
        if n >= best_n + margin:
            best_off, best_n = off, n
    if best_n > 0:
        return best_off
    # Unknown everywhere. و/ب/ل before the article ("والمرصد") is a proclitic (names like
    # كاليفورنيا or فالنسيا start with كال/فال); so is a lone و before a word never seen alone
    # ("وغادة", in lists of names), unless the news corpus writes the whole word and never what is
    # left without the و: «ورلد» (World), «وايت», «ويلز» start with their own و.
    never_seen = lexicon.counts.get(splits[0][1], 0) == 0
    clusters = word_clusters() or {}
    for off, stem in sorted(splits[1:]):
        prefix = fold(first[:off])
        if stem.startswith("ال") and len(stem) >= 5 and any(c in prefix for c in "وبل"):
            return off
        if prefix == "و" and never_seen and (stem in clusters or splits[0][1] not in clusters):
            return off
    return 0


def find_mentions(article) -> list[dict]:
    """Entity mentions the model finds in ``article`` (a :class:`kit.text.article.Article`).

    Each is ``{"start", "end", "text", "type", "score"}`` with offsets into ``article.text``;
    ``score`` is the mean marginal probability of the mention's labels. The title, the subtitle
    and each sentence are tagged separately.

    >>> from kit.text.article import parse_article
    >>> a = parse_article("وقالت الأمم المتحدة إن الوضع في بغداد خطير.")
    >>> [(m["text"], m["type"]) for m in find_mentions(a)]
    [('الأمم المتحدة', 'ORG'), ('بغداد', 'LOC')]
    """
    text = article.text
    rec = recognizer()
    gaz = gazetteer()
    mentions: list[dict] = []
    segments = [toks for toks in article.segments_tokens() if toks]
    for toks, tagged in zip(segments, rec.tag_many([[t.text for t in toks] for toks in segments], marginals=False)):
        for i, j, typ in spans_from_labels([lab for lab, _ in tagged]):
            # Punctuation at the edges of a span (a quote, a comma) is not part of the name.
            a, b = i, j
            while a < b and toks[a].kind == "punct":
                a += 1
            while b > a and toks[b - 1].kind == "punct":
                b -= 1
            if a == b:
                continue
            start, end = toks[a].start, toks[b - 1].end
            start += _trim_proclitics([t.text for t in toks[a:b]], rec.lexicon, gaz)
            if start >= end:
                continue
            # A span's labels are B-/I-, never "O", so each has its marginal.
            score = sum(p for _, p in tagged[i:j] if p is not None) / (j - i)
            mentions.append({"start": start, "end": end, "text": text[start:end], "type": typ,
                             "score": round(score, 4)})
    return mentions
