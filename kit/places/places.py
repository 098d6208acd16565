"""Places: from a name in the text to a point on the map, offline.

A name becomes a point in four steps, each visible in the result:

1. **normalise** the words (:func:`kit.text.arabic.fold`, and the final ه/ا fold so جاوة meets جاوا);
2. **split clitics**: "لليبيا" is ل + ليبيا (:func:`kit.text.arabic.proclitic_splits`); ال stays when it
   belongs to the name (الموصل) and is dropped only as a last resort;
3. **look up** the longest run of words in the gazetteer (``data/gazetteer/places.tsv``: Natural
   Earth countries, GeoNames cities, hand-made seas, regions and governorates);
4. **rank** the candidates: countries before cities, kind words around the name (مدينة، محافظتي …
   و…، بحر), countries the article mentions, population.

>>> [c.entry.name_en for c in load_gazetteer().lookup("لليبيا")][:1]
['Libya']
>>> nisba_country("التركية"), nisba_country("اليمني"), nisba_country("الأمن")
('TR', 'YE', None)
>>> [(m.text, m.best.entry.name_en) for m in find_place_mentions("قصفت الطائرات مدينتي حمص وحماة")]
[('حمص', 'Homs'), ('حماة', 'Ḩamāh')]
"""
from __future__ import annotations

import copy
import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from kit.resources import DATA
from kit.text import lexicon
from kit.text.arabic import final_fold, fold, proclitic_splits
from kit.text.spans import Span, to_json

GAZETTEER_DIR = DATA / "gazetteer"
HAND_DIR = GAZETTEER_DIR / "hand"

ARAB_LEAGUE = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
ADMIN_KINDS = frozenset({"governorate", "province", "state", "region", "district", "emirate", "municipality"})
WATER_KINDS = frozenset({"sea", "sea region", "ocean", "strait", "canal", "river"})
SETTLEMENT_KINDS = frozenset({"city", "town", "village", "camp"})
MAX_WORDS = 6
EARTH_RADIUS_KM = 6371.0088

# Kind words ("مدينة", "محافظتي", "مدن"): word → (kind, how many names they govern, strong). A dual
# (محافظتي) governs two names, a plural (مدن) a list. A strong kind word makes a stop-listed or
# cue-only name a place ("مدينة صور"); a weak one only sets the kind (a "ناحية" is also "a side").
KIND_WORDS: dict[str, tuple[str, int, bool]] = {
    fold(r["word"]): (r["kind"], int(r["governs"]), r["strength"] == "strong") for r in lexicon.rows("place_kind_words")}

# Which gazetteer kinds a kind word agrees with.
HINT_FITS = {
    "city": SETTLEMENT_KINDS, "town": SETTLEMENT_KINDS, "village": SETTLEMENT_KINDS,
    "camp": SETTLEMENT_KINDS, "countryside": SETTLEMENT_KINDS | ADMIN_KINDS,
    "governorate": ADMIN_KINDS, "state": ADMIN_KINDS, "region": ADMIN_KINDS | {"region"},
    "area": ADMIN_KINDS | {"region"}, "district": SETTLEMENT_KINDS | ADMIN_KINDS,
    "sea": WATER_KINDS, "island": SETTLEMENT_KINDS | {"region", "country", "territory"},
    "country": {"country", "territory"},
}
# Words before a name that make it a place rather than an adjective (في السعودية, not القوات السعودية).
PARTICLES = lexicon.words("place_particles")
# An organisation's head word before a place name makes the place part of the organisation's name,
# and so does a person noun (players and coaches belong to clubs: لاعب برشلونة).
ORG_HEADS = frozenset(fold(r["word"]) for r in lexicon.rows("org_heads") if r["strength"] in ("strong", "team")) \
    | lexicon.words("person_nouns")
# A title before a name makes it a person's name (الدكتور السويد is a surname, not Sweden).
# Of the offices, only the head of state's stand straight before a name ("الملك سلمان"); after "الوزير"
# a place is the verb's object ("زار الوزير لبنان").
PERSON_TITLES = frozenset({"د"} | {"ال" + w for cls in ("honorifics", "person_nouns") for w in lexicon.words(cls)}
                          | {"ال" + w for w in ("ملك", "ملكه", "امير", "اميره", "رئيس")})
QUOTES = set('"«»“”„\'‘’')


# --- the gazetteer ---------------------------------------------------------------------------

class Entry(NamedTuple):
    """One place of the gazetteer (a named tuple: 11,000 of them load fast).

    >>> e = load_gazetteer().entry("country:SY")
    >>> e.name_en, e.kind, e.country
    ('Syria', 'country', 'SY')
    """

    id: str
    kind: str
    name_en: str
    name_ar: str
    names: tuple[str, ...]
    country: str | None
    lat: float
    lon: float
    population: int = 0
    label_lat: float | None = None
    label_lon: float | None = None
    seat: str | None = None
    flags: frozenset = frozenset()
    source: str = "user"
    hand_names: tuple[str, ...] = ()

    @property
    def label_point(self) -> tuple[float, float]:
        """Where a map writes the name: Natural Earth's label point for countries, else the point."""
        if self.label_lat is not None and self.label_lon is not None:
            return self.label_lat, self.label_lon
        return self.lat, self.lon

    @property
    def trusted(self) -> bool:
        """Hand-made, Natural Earth or user entries: every name of theirs was chosen by a person."""
        return not self.source.startswith("geonames")


@dataclass
class Candidate:
    """A gazetteer entry that a name may refer to, with its score and the reasons for it.

    ``trusted`` says the name matched is one a person chose (hand table, alias, Natural Earth), not
    only a GeoNames alternate name (those include first names and common words).
    """

    entry: Entry
    score: float
    reasons: list[str] = field(default_factory=list)
    trusted: bool = True
    in_context: bool = False

    JSON = ("id=entry_id", "name", "name_ar", "kind", "country", "lat", "lon", "population", "score", "reasons=why")
    JSON_ROUND = {"score": 1}

    entry_id = property(lambda self: self.entry.id)
    name = property(lambda self: self.entry.name_en)
    name_ar = property(lambda self: self.entry.name_ar)
    kind = property(lambda self: self.entry.kind)
    country = property(lambda self: self.entry.country)
    lat = property(lambda self: self.entry.lat)
    lon = property(lambda self: self.entry.lon)
    population = property(lambda self: self.entry.population)

    @property
    def why(self) -> str:
        return "; ".join(self.reasons)

    def to_json(self) -> dict:
        return to_json(self)


def name_key(text: str) -> str:
    """The lookup key of a name: folded words, final ه/ا merged, hyphens as spaces.

    >>> name_key("جاوة") == name_key("جاوا"), name_key("دير البلح")
    (True, 'دير البلح')
    """
    return " ".join(final_fold(w) for w in fold(text).replace("-", " ").split())


@lru_cache(maxsize=8192)
def _folded_names(e: Entry) -> frozenset[str]:
    """The entry's names folded (spaces for hyphens), to tell an exact spelling from a variant."""
    return frozenset(" ".join(fold(n).replace("-", " ").split()) for n in e.names)


@lru_cache(maxsize=65536)
def _folded_key(folded: str) -> str:
    """:func:`name_key` of text that is folded already (a token's folded form or stem)."""
    return " ".join(final_fold(w) for w in folded.replace("-", " ").split())


@lru_cache(maxsize=65536)
def _token_readings(readings: tuple[tuple[int, str], ...]) -> tuple[tuple[int, str, str], ...]:
    """A document token's readings with the lookup key of each stem: ``(offset, folded stem, key)``."""
    return tuple((off, stem, _folded_key(stem)) for off, stem in readings)


def _treadings(tok) -> tuple[tuple[int, str, str], ...]:
    return _token_readings(tok.readings)


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[tuple[int, str, str], ...]:
    """``(offset of the stem, folded stem, key of the stem)`` for each proclitic reading, unsplit first."""
    return tuple((off, stem, name_key(stem)) for off, stem in proclitic_splits(word))


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    return name_key(word)


def _read_lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


PLACES_COLUMNS = ["id", "kind", "name_en", "name_ar", "names_ar", "country", "lat", "lon", "population", "label_lat",
                  "label_lon", "seat", "flags", "source", "hand_names", "name_keys"]


class Gazetteer:
    """The place names the kit knows, indexed by :func:`name_key`.

    >>> gaz = load_gazetteer()
    >>> [(c.entry.name_en, c.entry.country) for c in gaz.lookup("برلين")][0]
    ('Berlin', 'DE')
    """

    def __init__(self, entries: list[Entry], stoplist: set[str], blockers: set[str], nisba: dict[str, str],
                 keys: list[list[str]] | None = None, cue_names: set[str] | None = None):
        self.entries: dict[str, Entry] = {}
        self.index: dict[str, list[Entry]] = defaultdict(list)
        self.trusted: set[tuple[str, str]] = set()  # (key, entry id) pairs a person chose
        self.first_words: dict[str, int] = {}      # first word of a key → most words after it
        self.stoplist = stoplist
        self.blockers = blockers
        self.nisba = nisba
        self.cue_names = cue_names or set()  # keys that are places only after a place cue or kind word
        self.never: set[str] = set()         # stop-listed words that not even a kind word makes places
        for i, e in enumerate(entries):
            self._add(e, keys[i] if keys else None)
        for b in blockers:
            self._note_first_word(b)

    def _note_first_word(self, key: str) -> None:
        first, _, rest = key.partition(" ")
        n = rest.count(" ") + 1 if rest else 0
        if self.first_words.get(first, -1) < n:
            self.first_words[first] = n

    def _add(self, e: Entry, keys: list[str] | None = None) -> None:
        self.entries[e.id] = e
        keys = keys or list(dict.fromkeys(name_key(n) for n in e.names))
        for key in keys:
            if key:
                self.index[key].append(e)
                self._note_first_word(key)
        if e.trusted:
            self.trusted.update((k, e.id) for k in keys)
        else:
            self.trusted.update((name_key(n), e.id) for n in e.hand_names)

    def copy(self) -> "Gazetteer":
        """An independent copy, to add places to without touching the shared one."""
        new = Gazetteer.__new__(Gazetteer)
        new.entries = dict(self.entries)
        new.index = defaultdict(list, {k: list(v) for k, v in self.index.items()})
        new.trusted, new.first_words = set(self.trusted), dict(self.first_words)
        new.stoplist, new.blockers, new.nisba = set(self.stoplist), set(self.blockers), dict(self.nisba)
        new.cue_names, new.never = set(self.cue_names), set(self.never)
        return new

    def __len__(self) -> int:
        return len(self.entries)

    def entry(self, id: str) -> Entry | None:
        """The entry with this id (``country:SY``, ``gn:170063``, ``adm1:SY:aleppo``, ``region:red-sea``)."""
        return self.entries.get(id)

    def add_place(self, name_ar: str, lat: float, lon: float, *, kind: str = "town", country: str | None = None,
                  name_en: str | None = None, aliases: tuple[str, ...] | list[str] = (), id: str | None = None) -> Entry:
        """Teach the gazetteer a place it lacks (in this session); returns the new entry.

        >>> gaz = load_gazetteer().copy()
        >>> e = gaz.add_place("الركبان", 33.3, 38.7, kind="camp", country="SY", name_en="Rukban")
        >>> gaz.lookup("الركبان")[0].entry.name_en
        'Rukban'
        """
        from kit.text.article import InputError

        try:
            lat, lon = float(lat), float(lon)
        except (TypeError, ValueError):
            raise InputError(f"lat and lon must be numbers, not {lat!r}, {lon!r}") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InputError(f"lat must be within ±90 and lon within ±180 (got {lat}, {lon})")
        if not isinstance(name_ar, str) or not name_key(name_ar):
            raise InputError("name_ar must be an Arabic name")
        names = tuple(dict.fromkeys([name_ar, *aliases]))
        e = Entry(id=id or f"user:{name_key(name_ar).replace(' ', '-')}", kind=kind, name_en=name_en or name_ar,
                  name_ar=name_ar, names=names, country=country, lat=lat, lon=lon, source="user",
                  hand_names=names)
        self._add(e)
        return e

    # --- looking names up ----------------------------------------------------------------

    def readings(self, word: str) -> list[tuple[int, str, str]]:
        """Ways to read the first word of a name: ``(offset of the stem, folded stem, how)``, unsplit first.

        >>> load_gazetteer().readings("لليبيا")[1]
        (1, 'ليبيا', 'proclitic «ل» split')
        """
        return [(off, stem, _how(word, off)) for off, stem, _ in _readings(word)]

    def lookup(self, name: str, *, context: set[str] | frozenset = frozenset(), hint: str | None = None) -> list[Candidate]:
        """Ranked candidates for a name as written (proclitics and ال allowed): best first.

        >>> [c.entry.id for c in load_gazetteer().lookup("والسعودية")][:1]
        ['country:SA']
        """
        if not isinstance(name, str):
            return []
        words = name.replace("-", " ").split()
        if not words:
            return []
        rest_keys = [_word_key(w) for w in words[1:]]
        rest_folded = [fold(w) for w in words[1:]]
        found: dict[str, Candidate] = {}
        for off, stem, stem_key in _readings(words[0]):
            key = " ".join([stem_key] + rest_keys)
            exact = " ".join([stem.replace("-", " ")] + rest_folded)
            for cand in self.candidates(key, exact, split=off > 0, how=_how(words[0], off), context=context, hint=hint):
                if cand.entry.id not in found or found[cand.entry.id].score < cand.score:
                    found[cand.entry.id] = cand
        return sorted(found.values(), key=lambda c: -c.score)

    def candidates(self, key: str, exact: str = "", *, split: bool = False, how: str = "as written",
                   context=frozenset(), hint: str | None = None) -> list[Candidate]:
        """Scored candidates for one lookup key (see :func:`name_key`), unsorted."""
        out = []
        for e in self.index.get(key, ()):
            c = score_candidate(e, exact=exact in _folded_names(e), split=split, how=how, context=context, hint=hint)
            c.trusted = (key, e.id) in self.trusted
            out.append(c)
        # Arab places are written with or without ال (الخرطوم / خرطوم): a last resort, and only for
        # names a person chose (GeoNames' "امان" for Amman would make الأمان a city).
        if not out and key.startswith("ال") and len(key) > 4:
            for e in self.index.get(key[2:], ()):
                if (key[2:], e.id) in self.trusted and (e.country in ARAB_LEAGUE or not e.country):
                    c = score_candidate(e, exact=False, split=split, how=how + ", ال dropped", context=context,
                                        hint=hint, penalty=5)
                    out.append(c)
        # Countries first: a town that shares a country's name (Lebanon, Kansas; Kuwait City) ranks
        # below it, unless a kind word says otherwise or only the town's country is in the context
        # (عمان in an article about Jordan is Amman).
        country_isos = {c.entry.country for c in out if c.entry.kind == "country"}
        if country_isos:
            for c in out:
                if c.entry.kind == "country" or (hint and c.entry.kind in HINT_FITS.get(hint, ())):
                    continue
                if c.in_context and not (country_isos & set(context)):
                    continue
                c.score -= 50
                c.reasons.append("a country has this name (countries first)")
        return out

    def is_stopword(self, folded: str) -> bool:
        """True for common words that GeoNames also gives as town names (الأمن، الحرية، دولة).

        >>> load_gazetteer().is_stopword(fold("الأمن")), load_gazetteer().is_stopword(fold("لندن"))
        (True, False)
        """
        return folded in self.stoplist or name_key(folded) in self.stoplist

    def nisba_country(self, word: str) -> str | None:
        """ISO2 of the country a nisba adjective names, with proclitics and ال allowed."""
        return self._nisba_of(tuple(stem for _, stem, _ in _readings(word)))

    def token_nisba(self, tok) -> str | None:
        """:meth:`nisba_country` of a document token (its readings are known)."""
        return self._nisba_of(tuple(stem for _, stem in tok.readings))

    def _nisba_of(self, stems: tuple[str, ...]) -> str | None:
        for stem in stems:
            iso = self.nisba.get(stem)
            if iso is None and stem.startswith("ال") and len(stem) > 4:
                iso = self.nisba.get(stem[2:])
            if iso is not None:
                return iso
        return None


def _how(word: str, off: int) -> str:
    return "as written" if off == 0 else f"proclitic «{word[:off]}» split"


def score_candidate(e: Entry, *, exact: bool = True, split: bool = False, how: str = "as written",
                    context=frozenset(), hint: str | None = None, penalty: float = 0) -> Candidate:
    """Score one candidate: the ranking rules in one place, each adding a reason.

    Countries 100, seas and regions 90, governorates 70, towns 20 + 10·log10(population); +40 in a
    country the article mentions; +60 when a kind word agrees (−30 when it disagrees).

    >>> gaz = load_gazetteer()
    >>> round(score_candidate(gaz.entry("country:YE")).score), round(score_candidate(gaz.entry("gn:71137")).score)
    (103, 91)
    """
    reasons = [how]
    if e.kind == "country":
        score, why = 100.0, "country (countries first)"
    elif e.kind == "territory":
        score, why = 60.0, "territory"
    elif e.kind in WATER_KINDS or e.kind in ("region", "continent") and e.source == "hand:regions":
        score, why = 90.0, f"{e.kind} (hand table)"
    elif e.kind in ADMIN_KINDS:
        score, why = 70.0, f"{e.kind} (hand table)"
    elif e.kind in SETTLEMENT_KINDS or e.population:
        pop = max(e.population, 1000)
        score, why = 20.0 + 10.0 * math.log10(pop), f"{e.kind}, population {e.population:,}"
    else:
        score, why = 60.0, e.kind
    reasons.append(why)
    in_context = bool(e.country) and e.country in context and e.kind != "country"
    if in_context:
        score += 40
        reasons.append(f"in {e.country}, a country the article mentions")
    if e.country in ARAB_LEAGUE and e.kind in SETTLEMENT_KINDS:
        score += 5
        reasons.append("in an Arab country")
    if hint:
        if e.kind in HINT_FITS.get(hint, ()):
            score += 60
            reasons.append(f"kind word says {hint}")
        else:
            score -= 30
            reasons.append(f"kind word says {hint}, this is a {e.kind}")
    if exact:
        score += 3
    else:
        reasons.append("spelling variant")
    if split:
        score -= 2
    c = Candidate(e, score - penalty, reasons)
    c.in_context = in_context
    return c


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The kit's gazetteer, loaded once (about 11,000 places; well under a second).

    >>> len(load_gazetteer()) > 10000
    True
    """
    entries, keys = [], []
    with open(GAZETTEER_DIR / "places.tsv", encoding="utf-8") as f:
        lines = [ln.rstrip("\n") for ln in f if not ln.startswith("#")]
    if lines[0].split("\t") != PLACES_COLUMNS:
        raise RuntimeError(f"{GAZETTEER_DIR / 'places.tsv'} has unexpected columns: rebuild it with scripts/build_gazetteer.py")
    for ln in lines[1:]:
        (id_, kind, name_en, name_ar, names, country, lat, lon, pop, label_lat, label_lon, seat, flags, source,
         hand_names, name_keys) = ln.split("\t")
        entries.append(Entry(
            id_, kind, name_en, name_ar, tuple(names.split("|")), country or None, float(lat), float(lon),
            int(pop) if pop else 0, float(label_lat) if label_lat else None,
            float(label_lon) if label_lon else None, seat or None,
            frozenset(flags.split(",")) if flags else frozenset(), source,
            tuple(hand_names.split("|")) if hand_names else (),
        ))
        keys.append(name_keys.split("|"))
    stop_lines = [ln.split("#")[0].strip() for ln in _read_lines(HAND_DIR / "stoplist.txt")]
    never = {k for w in stop_lines if w.startswith("!") for k in (fold(w[1:]), name_key(w[1:]))}
    stop_lines = [w.lstrip("!") for w in stop_lines]
    stoplist = {fold(w) for w in stop_lines} | {name_key(w) for w in stop_lines}
    blockers = {name_key(ln.split("#")[0].strip()) for ln in _read_lines(HAND_DIR / "not_places.txt")}
    cue_names = {name_key(ln.split("#")[0].strip()) for ln in _read_lines(HAND_DIR / "needs_cue.txt")}
    nisba = {}
    for ln in _read_lines(GAZETTEER_DIR / "nisba.tsv")[1:]:
        form, iso, _ = ln.split("\t")
        nisba[form] = iso
    gaz = Gazetteer(entries, stoplist - {""}, blockers - {""}, nisba, keys, cue_names - {""})
    gaz.never = never - {""}
    return gaz


def nisba_country(word: str) -> str | None:
    """The country a nisba adjective names (ISO2), or None.

    Works with proclitics, ال, feminine, plural and dual forms.

    >>> nisba_country("والألمان"), nisba_country("أمريكية"), nisba_country("العراقيين"), nisba_country("المالية")
    ('DE', 'US', 'IQ', None)
    """
    if not isinstance(word, str) or not word.strip():
        return None
    return load_gazetteer().nisba_country(word.strip())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(33.51, 36.29, 33.89, 35.50))  # دمشق → بيروت
    84
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


# --- finding place names in an article ---------------------------------------------------------

@dataclass
class PlaceMention(Span):
    """A place name in the text: its span (without proclitics), ranked candidates, and why.

    ``kind`` is the kind word's kind when one governs the name ("مدينتي حمص وحماة"), else None.
    """

    candidates: list[Candidate]
    kind: str | None = None
    evidence: str = ""
    source: str = "gazetteer"
    entity_id: str | None = None

    JSON = ("start", "end", "text", "kind", "place_id", "name", "country", "source", "evidence",
            "candidates=top_candidates")

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    place_id = property(lambda self: self.best.entry.id if self.best else None)
    name = property(lambda self: self.best.entry.name_en if self.best else None)
    country = property(lambda self: self.best.entry.country if self.best else None)
    top_candidates = property(lambda self: self.candidates[:5])


@dataclass
class NisbaMention(Span):
    """A country adjective in the text ("الأراضي اليمنية" → YE), span without proclitics."""

    country: str
    head: str | None = None  # the word before it, usually the noun it qualifies

    JSON = ("start", "end", "text", "country", "head")


def _as_article(article):
    """An :class:`~kit.article.Article` from an Article or a str (parsed as a whole article)."""
    from kit.text.article import Article, InputError, parse_article

    if isinstance(article, Article):
        return article
    if isinstance(article, str):
        return parse_article(article)
    raise InputError(f"expected an article or its text, got {type(article).__name__}")


def _spans_tokens(article) -> list[list]:
    """The document's tokens of each block (title, subtitle, paragraph): a name never runs across
    a title or paragraph end."""
    return article.block_tokens()


def _adjacent(text: str, a, b) -> bool:
    gap = text[a.end:b.start]
    return gap.strip() == "" and "\n" not in gap


def _kind_word(token) -> tuple[str, int, bool] | None:
    if token.kind != "word":
        return None
    for _, stem in token.readings:
        if stem in KIND_WORDS:
            return KIND_WORDS[stem]
    return None


# Words before a name that say "at / from / to a place".
LOCATIVES = lexicon.words("place_cues")


def _locative_cue(text: str, toks: list, i: int, off: int) -> bool:
    """"في X", "إلى X", "بـX": the name stands where a place is expected."""
    if off > 0 and fold(toks[i].text[:off]).endswith("ب"):
        return True
    if i > 0 and toks[i - 1].kind == "word" and _adjacent(text, toks[i - 1], toks[i]):
        return any(s in LOCATIVES for _, s in toks[i - 1].readings)
    return False


def _blocks(art, gaz: Gazetteer) -> list[tuple[list, list[str], list[int]]]:
    """Each block's tokens with, per token, its lookup key and the most words a gazetteer name
    starting with it has after its first (-1: no name starts with it): what both passes read."""
    out = []
    for toks in _spans_tokens(art):
        keys = [_folded_key(t.folded) if t.kind == "word" else "" for t in toks]
        longest = [max((gaz.first_words.get(k, -1) for _, _, k in _treadings(t)), default=-1) if t.kind == "word" else -1
                   for t in toks]
        out.append((toks, keys, longest))
    return out


class _Scan:
    """One pass over an article: longest-match lookup with kind words, adjectives and cues in view."""

    def __init__(self, art, gaz: Gazetteer, context: frozenset, blocks=None, previous: _Scan | None = None):
        self.art, self.text, self.gaz, self.context = art, art.text, gaz, context
        self.mentions: list[PlaceMention] = []
        self.rejected: list[tuple[int, int, str, str]] = []  # (start, end, text, why): for teaching
        # Per block: its mentions, its rejections, and the countries of the towns and regions its
        # lookups weighed. A second pass with a wider context re-reads only the blocks where one of
        # them joined the context: elsewhere no score and no decision can change.
        self.blocks_out: list[tuple[list, list, set]] = []
        added = context - previous.context if previous is not None else frozenset()
        for b, (toks, keys, longest) in enumerate(blocks if blocks is not None else _blocks(art, gaz)):
            if previous is not None and previous.blocks_out[b][2].isdisjoint(added):
                found, rejected, seen = previous.blocks_out[b]
                self.mentions += found
                self.rejected += rejected
            else:
                m0, r0 = len(self.mentions), len(self.rejected)
                self._seen: set[str] = set()
                self._span(toks, keys, longest)
                found, rejected, seen = self.mentions[m0:], self.rejected[r0:], self._seen
            self.blocks_out.append((found, rejected, seen))

    def _match_at(self, toks, keys, longest_at: list[int], i: int, hint: str | None):
        """The longest name from token ``i``: (n tokens, stem offset, candidates or None if blocked)."""
        gaz, text = self.gaz, self.text
        longest = longest_at[i]
        if longest < 0:
            return None
        readings = _treadings(toks[i])
        run = 1
        while run <= longest and i + run < len(toks) and toks[i + run].kind == "word" \
                and _adjacent(text, toks[i + run - 1], toks[i + run]):
            run += 1
        for n in range(run, 0, -1):
            rest = keys[i + 1:i + n]
            best = None
            for off, stem, stem_key in readings:
                if gaz.first_words.get(stem_key, -1) < n - 1:
                    continue
                key = " ".join([stem_key, *rest]) if rest else stem_key
                if key in gaz.blockers:
                    return (n, off, None)
                if key not in gaz.index and not (key.startswith("ال") and key[2:] in gaz.index):
                    continue
                exact = " ".join([stem.replace("-", " ")] + [t.folded.replace("-", " ") for t in toks[i + 1:i + n]])
                cands = gaz.candidates(key, exact, split=off > 0, how=_how(toks[i].folded, off),
                                       context=self.context, hint=hint)
                self._seen.update(c.entry.country for c in cands if c.entry.kind != "country" and c.entry.country)
                if cands:
                    cands.sort(key=lambda c: -c.score)
                    if best is None or cands[0].score > best[2][0].score:
                        best = (n, off, cands)
            if best:
                return best
        return None

    def _span(self, toks, keys: list[str], longest: list[int]) -> None:
        pending: tuple[str, int, bool] | None = None
        used = 0
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.kind != "word":
                # A comma may separate the names a plural kind word governs ("مدن حمص، وحماة").
                if not (pending and pending[1] > 2 and t.text in "،,"):
                    pending, used = None, 0
                i += 1
                continue
            m = self._match_at(toks, keys, longest, i, pending[0] if pending else None)
            if m is not None and m[2] is None:  # a phrase that is not a place (حلف شمال الأطلسي)
                i += m[0]
                pending, used = None, 0
                continue
            if m is not None:
                n, off, cands = m
                mention = self._judge(toks, i, n, off, cands, pending)
                if mention is not None:
                    self.mentions.append(mention)
                    if pending:
                        used += 1
                        if used >= pending[1]:
                            pending, used = None, 0
                    i += n
                    continue
            kw = _kind_word(t)
            if kw is not None and i + 1 < len(toks) and toks[i + 1].kind == "word":
                pending, used = kw, 0
            elif pending and used == 0 and self.gaz.token_nisba(t):
                pass  # an adjective between the kind word and its name: "العاصمة اللبنانية بيروت"
            elif not (pending and used > 0 and t.folded == "و"):
                pending, used = None, 0
            i += 1

    def _reject(self, start, end, why):
        self.rejected.append((start, end, self.text[start:end], why))
        return None

    def _judge(self, toks, i, n, off, cands, pending) -> PlaceMention | None:
        """Is the matched name a place here? The rules, in the order a reader would apply them."""
        gaz, text = self.gaz, self.text
        start, end = toks[i].start + off, toks[i + n - 1].end
        hint, strong = (pending[0], pending[2]) if pending else (None, False)
        readings = _treadings(toks[i])
        stem = next(s for o, s, _ in readings if o == off)
        if n == 1 and any(s in KIND_WORDS for _, s, _ in readings):
            return self._reject(start, end, "a kind word, not a name")
        # A strong kind word (مدينة صور) makes a stop-listed word a place; a weak one (منطقة) only
        # when a person chose the name (منطقة الجوف: a hand-made region).
        override = strong or (pending is not None and any(c.trusted for c in cands))
        if n == 1 and any(s in gaz.never or k in gaz.never for _, s, k in readings):
            return self._reject(start, end, "stop-list: never a place")
        if n == 1 and not override and any(gaz.is_stopword(s) for _, s, _ in readings):
            return self._reject(start, end, "stop-list: a common word first")
        # ``off`` counts characters of the word as written (diacritics too): fold that prefix.
        if off > 0 and fold(toks[i].text[:off]).endswith("ك") and not all(c.trusted for c in cands[:1]):
            return self._reject(start, end, "كـ (as, like) before a GeoNames name")
        if start > 0 and end < len(text) and text[start - 1] in QUOTES and text[end] in QUOTES:
            return self._reject(start, end, "in quotes: the name of something else")
        if i > 0 and off == 0 and _adjacent(text, toks[i - 1], toks[i]):
            before = {s for _, s in toks[i - 1].readings}
            if before & ORG_HEADS:
                return self._reject(start, end, "part of an organisation's name")
            if toks[i - 1].folded in PERSON_TITLES and not pending:
                return self._reject(start, end, "after a title: a person's name")
        if n == 1 and not pending and _is_adjective(gaz, text, toks, i, stem, variant=not _exact(cands)):
            return self._reject(start, end, "a nisba adjective after a noun")
        if n == 1 and pending and gaz.nisba_country(stem) and i > 0 and _kind_word(toks[i - 1]):
            return self._reject(start, end, "an adjective of the kind word (العاصمة السويدية)")
        cue = _locative_cue(text, toks, i, off)
        if n == 1 and not cue and not pending and name_key(stem) in gaz.cue_names:
            return self._reject(start, end, "a common word too: a place only after في، من، إلى or a kind word")
        kept = []
        for c in cands:
            e = c.entry
            if "cue" in e.flags and not override:
                continue
            if not c.trusted:
                # A name known only from GeoNames' alternates (they include first names and common
                # words) must stand where a place is expected: after a kind word, or after في / من /
                # إلى or with بـ as a town of some size or in a country the article is about.
                # Foreign names read with a proclitic split off are surnames more often than towns
                # (بلاتر، بايدن).
                local = e.country in ARAB_LEAGUE
                if off > 0 and not local:
                    continue
                if not hint and not (cue and (c.in_context or e.population >= (15_000 if local else 100_000))):
                    continue
            kept.append(c)
        # An adjective right after the name says its country: "مدينة هورست الهولندية", "طرابلس اللبنانية".
        j = i + n
        if kept and j < len(toks) and toks[j].kind == "word" and _adjacent(text, toks[j - 1], toks[j]):
            iso = gaz.token_nisba(toks[j])
            # Cities are feminine in Arabic; a masculine adjective after one agrees with a club
            # (روما الإيطالي، برشلونة الإسباني: the football teams).
            after = toks[j].folded
            if iso and not pending and after.startswith("ال") and after.endswith("ي") \
                    and kept[0].entry.kind in SETTLEMENT_KINDS:
                return self._reject(start, end, f"a club: the masculine adjective {toks[j].text} after a city")
            if iso and kept[0].entry.kind not in ("country", "territory") and kept[0].entry.country != iso:
                same = [c for c in kept if c.entry.country == iso]
                if same:
                    same[0].reasons.append(f"the adjective {toks[j].text} after it says {iso}")
                    kept = same + [c for c in kept if c is not same[0]]
                elif not kept[0].trusted:
                    return self._reject(start, end, f"the adjective {toks[j].text} after it names another country "
                                                    f"({iso}) than the gazetteer's {kept[0].entry.country}")
        if not kept:
            return self._reject(start, end, "GeoNames names only, without a place cue (في، من، إلى، a kind word) "
                                            "or too small a town outside the article's countries")
        b = kept[0]
        ev = f"gazetteer: {text[start:end]} → {b.entry.name_en} ({b.entry.kind}, {b.entry.source}); {b.reasons[0]}"
        if hint:
            ev += f"; kind word: {hint}"
        if not b.trusted and not hint:
            ev += "; GeoNames name after a place cue"
        if len(kept) > 1:
            o = kept[1].entry
            ev += f"; {len(kept) - 1} other candidate{'s' if len(kept) > 2 else ''}, e.g. {o.name_en} ({o.country or o.kind})"
        # The kind word names the kind ("مدينتي" → city), except "منطقة", which says only "an area".
        kind = hint if hint and hint != "area" and b.entry.kind in HINT_FITS.get(hint, ()) else None
        return PlaceMention(start, end, text[start:end], kept, kind=kind, evidence=ev)


def _exact(cands: list[Candidate]) -> bool:
    return bool(cands) and "spelling variant" not in cands[0].reasons


def _is_adjective(gaz: Gazetteer, text: str, tokens: list, i: int, stem: str, variant: bool = False) -> bool:
    """True when the word at ``i`` reads as a nisba adjective after a noun, not as a place name:
    "عملية تركية", "القوات السعودية" (adjectives) vs "في السعودية", "أعلنت تركيا" (places).
    ``variant``: the name matched only through the final ه/ا fold, so an ية-form ("مجتمعات أفريقية")
    is an adjective even when no country has that nisba."""
    if gaz.nisba_country(stem) is None and not (variant and stem.endswith("يه")):
        return False
    if i == 0 or tokens[i - 1].kind != "word" or not _adjacent(text, tokens[i - 1], tokens[i]):
        return False
    prev = tokens[i - 1].folded
    if prev in PARTICLES or _kind_word(tokens[i - 1]):
        return False
    this_definite = stem.startswith("ال")
    prev_definite = any(s.startswith("ال") for _, s in tokens[i - 1].readings)
    if this_definite and prev_definite:
        return True
    if not this_definite and not prev_definite:
        # An indefinite feminine noun (عملية، طائرة، قاذفات) before an indefinite ية-form.
        return prev.endswith(("ه", "ات")) and stem.endswith("يه")
    return False


def _context_countries(mentions: list[PlaceMention]) -> set[str]:
    """Countries the mentions name for sure: those whose trusted candidates all lie in one country.
    An ambiguous name (عمان: Oman or Amman; طرابلس) gives no context, or it would vote for itself."""
    out: set[str] = set()
    for m in mentions:
        b = m.best
        if b is None or not b.entry.country:
            continue
        trusted = {c.entry.country for c in m.candidates if c.trusted} or {b.entry.country}
        if len(trusted) == 1:
            # A trusted entry without a country (None) names no country.
            out |= {c for c in trusted if c is not None}
    return out


def find_place_mentions(article, gazetteer: Gazetteer | None = None,
                        context: set[str] | frozenset | None = None) -> list[PlaceMention]:
    """Every place name in the article's content (title, subtitle, paragraphs), with ranked candidates.

    Two passes: the countries the first pass finds (and the nisba adjectives name) are the context
    the second pass ranks with (طرابلس near لبنان is Tripoli, Lebanon).

    >>> ms = find_place_mentions("اشتباكات في طرابلس شمال لبنان")
    >>> [(m.text, m.best.entry.country) for m in ms]
    [('طرابلس', 'LB'), ('لبنان', 'LB')]
    >>> [m.text for m in find_place_mentions("أكد وزير الأمن أن الحرية مصونة في الدولة")]
    []
    """
    # Copies: a caller may tie a mention to an entity; the next caller must get it untouched.
    return [copy.copy(m) for m in scan_places(article, gazetteer, context).mentions]


def scan_places(article, gazetteer: Gazetteer | None = None, context=None) -> _Scan:
    """The second pass of :func:`find_place_mentions` itself, with ``.mentions`` and ``.rejected``
    (names that matched the gazetteer but were judged not to be places here, with the reason).

    The analysis runs it once and hands it to the entity recogniser and to :func:`resolve_places`.
    """
    art = _as_article(article)
    gaz = gazetteer or load_gazetteer()
    blocks = _blocks(art, gaz)
    first = _Scan(art, gaz, frozenset(context or ()), blocks)
    ctx = set(context or ()) | _context_countries(first.mentions)
    ctx |= {n.country for n in find_nisbas(art, gaz, first.mentions)}
    return _Scan(art, gaz, frozenset(ctx), blocks, previous=first)


def find_nisbas(article, gazetteer: Gazetteer | None = None,
                places: list[PlaceMention] | None = None) -> list[NisbaMention]:
    """Country adjectives in the article's content, outside place names.

    >>> [(n.text, n.country, n.head) for n in find_nisbas("فوق الأراضي اليمنية")]
    [('اليمنية', 'YE', 'الأراضي')]
    """
    art = _as_article(article)
    gaz = gazetteer or load_gazetteer()
    if places is None:
        places = _Scan(art, gaz, frozenset()).mentions
    # Which characters a place name covers: one pass, not a search of every name for every word.
    covered = bytearray(len(art.text) + 1)
    for p in places:
        covered[p.start:p.end] = b"\x01" * (p.end - p.start)
    out = []
    for toks in _spans_tokens(art):
        for i, t in enumerate(toks):
            if t.kind != "word" or any(covered[t.start:t.end]):
                continue
            for off, stem in t.readings:
                iso = gaz.nisba.get(stem)
                if iso is None and stem.startswith("ال") and len(stem) > 4:
                    iso = gaz.nisba.get(stem[2:])
                if iso is None:
                    continue
                end = t.end
                if iso == "KR" and i + 1 < len(toks) and toks[i + 1].folded in NORTH:
                    iso, end = "KP", toks[i + 1].end  # كوري شمالي: North Korean
                head = toks[i - 1].text if i > 0 and toks[i - 1].kind == "word" and _adjacent(art.text, toks[i - 1], t) else None
                out.append(NisbaMention(t.start + off, end, art.text[t.start + off:end], iso, head))
                break
    return out


NORTH = frozenset({"شمالي", "الشمالي", "شماليه", "الشماليه"})


# --- places ---------------------------------------------------------------------------------

@dataclass
class Place:
    """One place of the article with all its mentions: what the analysis JSON lists under ``places``.

    >>> ps = resolve_places("قصفت الطائرات مدينتي تعز ومأرب في اليمن")
    >>> [(p.name, p.kind, p.country) for p in ps]
    [('Taiz', 'city', 'YE'), ("Ma'rib", 'city', 'YE'), ('Yemen', 'country', 'YE')]
    """

    id: str
    name: str
    name_ar: str
    kind: str
    country: str | None
    lat: float
    lon: float
    mentions: list[tuple[int, int]]
    source: str
    implied: bool = False
    entity_id: str | None = None
    evidence: str = ""
    label_lat: float | None = None
    label_lon: float | None = None
    texts: list[str] = field(default_factory=list)

    @property
    def label_point(self) -> tuple[float, float]:
        if self.label_lat is not None and self.label_lon is not None:
            return self.label_lat, self.label_lon
        return self.lat, self.lon

    JSON = ("id", "name", "name_ar", "kind", "country", "lat", "lon", "mentions", "source", "implied", "entity_id",
            "evidence")
    JSON_OPTIONAL = frozenset({"implied"})
    JSON_ROUND = {"lat": 5, "lon": 5}

    def to_json(self) -> dict:
        return to_json(self)


def _place_key(gaz: Gazetteer, e: Entry) -> Entry:
    """A governorate named after its seat is one place with the city (محافظة تعز / مدينة تعز)."""
    if e.seat and e.kind in ADMIN_KINDS:
        seat = gaz.entry(e.seat)
        if seat is not None and {name_key(n) for n in e.names} & {name_key(n) for n in seat.names}:
            return seat
    return e


def resolve_places(article, entities=None, gazetteer: Gazetteer | None = None, scan: _Scan | None = None) -> list[Place]:
    """The places an article mentions, in order of first mention, each with coordinates.

    ``entities`` (optional) is the entity recogniser's result: its LOC mentions are looked up too and
    give their ``entity_id``. ``scan``: the article's :func:`scan_places`, when the caller has it. Countries named only by an adjective ("الأراضي اليمنية") are added with
    ``implied=True``.

    >>> [(p.name, p.implied) for p in resolve_places("قال مسؤول إن الطائرات الأمريكية قصفت مواقع قرب الموصل")]
    [('Mosul', False), ('United States of America', True)]
    """
    art = _as_article(article)
    gaz = gazetteer or load_gazetteer()
    if scan is None or scan.gaz is not gaz:
        scan = scan_places(art, gaz)
    # Copies: the entity ids tied to them here must not change the scan's own mentions.
    mentions = [copy.copy(m) for m in scan.mentions]
    ent_mentions = list(entities.mentions) if entities is not None else []
    if ent_mentions:
        mentions = _merge_entities(art, gaz, mentions, ent_mentions)
    nisbas = find_nisbas(art, gaz, mentions)

    places: dict[str, Place] = {}
    kinds: dict[str, list[str]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        b = m.best
        if b is None:
            continue
        e = _place_key(gaz, b.entry)
        kind = m.kind or b.entry.kind
        p = places.get(e.id)
        if p is None:
            p = places[e.id] = Place(
                id=e.id, name=e.name_en, name_ar=e.name_ar, kind=kind, country=e.country, lat=e.lat, lon=e.lon,
                mentions=[], source=b.entry.source if m.source == "gazetteer" else f"{m.source}+{b.entry.source}",
                evidence=m.evidence, label_lat=e.label_lat, label_lon=e.label_lon)
        p.mentions.append((m.start, m.end))
        p.texts.append(m.text)
        if kind not in kinds[e.id]:
            kinds[e.id].append(kind)
        if m.entity_id and not p.entity_id:
            p.entity_id = m.entity_id
    for pid, ks in kinds.items():
        places[pid].kind = "/".join(ks)
    named = {p.country for p in places.values() if p.kind == "country"}
    implied: dict[str, Place] = {}
    for n in nisbas:
        if n.country in named:
            continue
        ce = gaz.entry(f"country:{n.country}")
        if ce is None:
            continue
        p = implied.get(ce.id)
        if p is None:
            p = implied[ce.id] = Place(
                id=ce.id, name=ce.name_en, name_ar=ce.name_ar, kind="country", country=ce.country, lat=ce.lat,
                lon=ce.lon, mentions=[], source=f"nisba+{ce.source}", implied=True,
                evidence=f"nisba: {n.text}" + (f" (after {n.head})" if n.head else "") + f" → {ce.name_en}",
                label_lat=ce.label_lat, label_lon=ce.label_lon)
        p.mentions.append((n.start, n.end))
        p.texts.append(n.text)
    return list(places.values()) + list(implied.values())


def _merge_entities(art, gaz: Gazetteer, mentions: list[PlaceMention], ents: list) -> list[PlaceMention]:
    """Add the recogniser's LOC mentions the gazetteer scan missed; drop place names that sit inside
    a longer person or organisation name (جامعة دمشق); carry entity ids over."""
    names = [(x.start, x.end) for x in ents if x.type in ("PERS", "ORG")]

    def inside_a_name(s: int, e: int) -> bool:
        return any(a <= s and e <= b and (b - a) > (e - s) for a, b in names)

    out = []
    for m in mentions:
        if inside_a_name(m.start, m.end):
            continue
        for x in ents:
            if x.type == "LOC" and x.start < m.end and m.start < x.end:
                m.entity_id = x.entity_id
                break
        out.append(m)
    context = frozenset(_context_countries(out))
    for x in ents:
        if x.type != "LOC":
            continue
        s, e = x.start, x.end
        if any(m.start < e and s < m.end for m in out) or inside_a_name(s, e):
            continue
        cands = gaz.lookup(art.text[s:e], context=context)
        # The recogniser vouches for "a place here", not for which: a village known only from GeoNames
        # is too weak a reading of it.
        cands = [c for c in cands if c.trusted or c.entry.population >= 15_000]
        if cands:
            out.append(PlaceMention(s, e, art.text[s:e], cands, source="entities", entity_id=x.entity_id,
                                    evidence=f"entity recogniser: LOC ({x.source}); gazetteer: "
                                             f"{cands[0].entry.name_en} ({cands[0].entry.kind})"))
    return sorted(out, key=lambda m: m.start)


def candidates_table(name: str, article=None, *, hint: str | None = None):
    """A pandas table of the candidates for a name, ranked, with the reasons: to see an ambiguity.

    With ``article`` the countries it mentions are the context.

    >>> candidates_table("طرابلس").iloc[0]["country"]
    'LY'
    >>> candidates_table("طرابلس", "زار الوزير لبنان أمس").iloc[0]["country"]
    'LB'
    """
    import pandas as pd

    context: set[str] = set()
    if article is not None:
        art = _as_article(article)
        ms = _Scan(art, load_gazetteer(), frozenset()).mentions
        context = _context_countries(ms) | {n.country for n in find_nisbas(art, places=ms)}
    rows = [c.to_json() for c in load_gazetteer().lookup(name, context=frozenset(context), hint=hint)]
    cols = ["name", "name_ar", "kind", "country", "population", "lat", "lon", "score", "reasons", "id"]
    return pd.DataFrame(rows, columns=cols)


def places_geojson(places) -> dict:
    """A GeoJSON FeatureCollection of the places (Place objects or their JSON), one Point each.

    >>> gj = places_geojson(resolve_places("وصل الوفد إلى القاهرة"))
    >>> gj["type"], gj["features"][0]["geometry"]["coordinates"]
    ('FeatureCollection', [31.24967, 30.06263])
    """
    features = []
    for p in places:
        d = to_json(p) if not isinstance(p, dict) else dict(p)
        props = {k: v for k, v in d.items() if k not in ("lat", "lon")}
        features.append({"type": "Feature", "id": d["id"],
                         "geometry": {"type": "Point", "coordinates": [d["lon"], d["lat"]]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}
