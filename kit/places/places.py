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
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Sequence

from kit.resources import DATA
from kit.text import lexicon
from kit.text.arabic import final_fold, fold, proclitic_splits
from kit.text.clusters import word_clusters
from kit.text.spans import Span, SpanIndex, to_json

GAZETTEER_DIR = DATA / "gazetteer"
HAND_DIR = GAZETTEER_DIR / "hand"

ARAB_LEAGUE = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
ADMIN_KINDS = frozenset({"governorate", "province", "state", "region", "district", "emirate", "municipality"})
WATER_KINDS = frozenset({"sea", "sea region", "ocean", "strait", "canal", "river", "lake"})
SETTLEMENT_KINDS = frozenset({"city", "town", "village", "camp"})
# Kinds of places inside a town (an airport, a street, a neighbourhood): a name after their kind word
# that the gazetteer lacks is put at the town named beside it.
LOCAL_KINDS = frozenset({"facility", "street", "neighbourhood"})
# A GeoNames-only town this large is a place without a cue ("استضافت ميونخ"); a town of a country the
# article names needs this many people to be one as the subject of a sentence.
LARGE_CITY = 1_000_000
CONTEXT_TOWN = 100_000          # an Arab town; a foreign one needs FOREIGN_CONTEXT_TOWN (clubs: تشيلسي)
FOREIGN_CONTEXT_TOWN = LARGE_CITY  # foreign towns named as companies and clubs (تويوتا، سوانزي)
MAX_WORDS = 6
EARTH_RADIUS_KM = 6371.0088

# Kind words ("مدينة", "محافظتي", "مدن"): word → (kind, how many names they govern, strong, prefix). A
# dual (محافظتي) governs two names, a plural (مدن) a list. A strong kind word makes a stop-listed or
# cue-only name a place ("مدينة صور"); a weak one only sets the kind (a "ناحية" is also "a side"). The
# prefix is what the gazetteer writes before a name the word governs ("نهري الأردن" → "نهر الأردن").
KIND_WORDS: dict[str, tuple[str, int, bool, str]] = {
    fold(r["word"]): (r["kind"], int(r["governs"]), r["strength"] == "strong", fold(r.get("prefix") or ""))
    for r in lexicon.rows("place_kind_words")}

# Which gazetteer kinds a kind word agrees with.
HINT_FITS = {
    "city": SETTLEMENT_KINDS, "town": SETTLEMENT_KINDS, "village": SETTLEMENT_KINDS,
    "camp": SETTLEMENT_KINDS, "countryside": SETTLEMENT_KINDS | ADMIN_KINDS,
    "governorate": ADMIN_KINDS, "state": ADMIN_KINDS, "emirate": {"emirate"}, "region": ADMIN_KINDS | {"region"},
    "area": ADMIN_KINDS | {"region"}, "district": SETTLEMENT_KINDS | ADMIN_KINDS,
    "sea": WATER_KINDS, "island": SETTLEMENT_KINDS | {"region", "country", "territory"},
    "country": {"country", "territory"}, "river": WATER_KINDS, "lake": WATER_KINDS, "strait": WATER_KINDS,
    "facility": {"facility"}, "neighbourhood": SETTLEMENT_KINDS | {"district"}, "street": frozenset(),
}
# Nouns of talks, summits and fairs named after their town ("محادثات أستانا"): a place cue.
EVENT_NOUNS = lexicon.words("place_event_nouns")
# "مطار ... الدولي", "قاعدة ... الجوية": the adjective that closes a facility's name.
FACILITY_ADJECTIVES = lexicon.words("facility_adjectives")
PLACE_ADJECTIVES = frozenset(fold(w) for w in lexicon.words("place_adjectives"))  # «المخا الساحلية»
# "مركز الأمير سلطان الحضاري": heads that make a facility only with a person's name and such an adjective.
VENUE_HEADS = lexicon.words("venue_heads")
# "المملكة" alone: the one kingdom the article names (its official names begin with the title).
ANAPHORS = {fold(r["word"]): tuple(fold(t) for t in r["title"].split("|")) for r in lexicon.rows("place_anaphors")}
# "دوري إنجلترا", "كأس آسيا": a place right after a competition's head noun is part of its name.
COMPETITION_HEADS = lexicon.words("competition_heads")
# Function words: never a word of a street's or a facility's name («شارع الذهب حيث»).
STOP_WORDS = lexicon.words("stop_words")
NOT_PLACE_BEFORE = frozenset(fold(w) for w in lexicon.words("not_place_before"))
# «الأسبوع المقبل», «اليوم»: a time after a facility's name is no part of it.
TIME_DIRECTIONS = frozenset(fold(r["word"]) for r in lexicon.rows("time_directions"))
RELATIVE_DAYS = frozenset(fold(r["word"]) for r in lexicon.rows("relative_days"))
EVENT_HEADS = lexicon.words("event_heads")
# "عبد الله بن زايد": a name after بن، أبو، آل is part of a person's name.
NAME_CONNECTORS = lexicon.words("name_connectors")
DASHES = frozenset("-–—")
OPENING_QUOTES, CLOSING_QUOTES = frozenset("«“„"), frozenset("»”")
SENTENCE_ENDS = frozenset(".!?؟\n")
# Words before a name that make it a place rather than an adjective (في السعودية, not القوات السعودية).
PARTICLES = lexicon.words("place_particles")
# An organisation's head word before a place name makes the place part of the organisation's name,
# and so does a person noun (players and coaches belong to clubs: لاعب برشلونة).
ORG_HEADS = frozenset(fold(r["word"]) for r in lexicon.rows("org_heads") if r["strength"] in ("strong", "team", "seat")) \
    | lexicon.words("person_nouns")
# The heads of bodies named by their seat alone («غرفة الشرقية», «أمانة الشرقية»): a division's short name
# after one is that body's seat even where, alone, it is first a common word (الشرقية, "eastern").
SEAT_HEADS = frozenset(fold(r["word"]) for r in lexicon.rows("org_heads") if r["strength"] == "seat")
DIVISION_KINDS = ("governorate", "province", "region", "state", "district")
# A title before a name makes it a person's name (الدكتور السويد is a surname, not Sweden).
# Of the offices, only the head of state's stand straight before a name ("الملك سلمان"); after "الوزير"
# a place is the verb's object ("زار الوزير لبنان").
PERSON_TITLES = frozenset({"د"} | {"ال" + w for cls in ("honorifics", "person_nouns") for w in lexicon.words(cls)}
                          | {"ال" + w for w in ("ملك", "ملكه", "امير", "اميره", "رئيس")})
QUOTES = set('"«»“”„\'‘’')
# "(17 عاما)" after a name: a person's age (the year words of data/lexicon/units.tsv)
AGE_UNITS = frozenset(fold(r["word"]) for r in lexicon.rows("units") if r["duration"] == "Y")
# Kinds of hand-listed places whose name, quoted whole, still names the place (a canal or a waterway
# opened with ceremony, a region): cities and countries in quotes stay something else's name.
QUOTABLE_KINDS = frozenset({"canal", "sea", "river", "lake", "strait", "island", "region", "facility"})


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


def _letter_classes() -> tuple[list[tuple[str, str]], dict[str, str], frozenset[str]]:
    """The letter sequences, single letters and dropped letters of ``place_letter_variants``."""
    seqs, single, drop = [], {}, set()
    for r in lexicon.rows("place_letter_variants"):
        for letters in r["letters"].split():
            if r["as"] == "-":
                drop.add(letters)
            elif len(letters) > 1:
                seqs.append((letters, r["as"]))
            else:
                single[letters] = r["as"]
    return seqs, single, frozenset(drop)


_SEQS, _SINGLE, _DROP = _letter_classes()
_LETTER_MAP = str.maketrans(_SINGLE)


@lru_cache(maxsize=65536)
def skeleton(folded: str) -> str:
    """The consonant skeleton of a folded foreign name: spellings of one sound merged, long vowels
    after the first letter dropped, doubled letters once (``data/lexicon/place_letter_variants.tsv``).

    >>> skeleton(fold("غرينتش")) == skeleton(fold("جرينتش")), skeleton(fold("تورونتو")) == skeleton(fold("تورنتو"))
    (True, True)
    """
    for seq, as_ in _SEQS:
        folded = folded.replace(seq, as_)
    w = folded.translate(_LETTER_MAP)
    out: list[str] = []
    for i, ch in enumerate(w):
        if i and ch in _DROP:
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out)


def _read_lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


# Given names as news writes them (data/gazetteer/person_names_core.txt): a definite town right after
# one is a surname («علي الأحمدي»). As written, so that «على» (on) is none of them.
_FIRST_NAMES_FILE = GAZETTEER_DIR / "person_names_core.txt"
FIRST_NAMES = frozenset(ln.split("#")[0].strip() for ln in _read_lines(_FIRST_NAMES_FILE)) - {""} \
    if _FIRST_NAMES_FILE.is_file() else frozenset()


PLACES_COLUMNS = ["id", "kind", "name_en", "name_ar", "names_ar", "country", "lat", "lon", "population", "label_lat",
                  "label_lon", "seat", "flags", "source", "hand_names", "name_keys"]


class Gazetteer:
    """The place names the kit knows, indexed by :func:`name_key`.

    >>> gaz = load_gazetteer()
    >>> [(c.entry.name_en, c.entry.country) for c in gaz.lookup("برلين")][0]
    ('Berlin', 'DE')
    """

    def __init__(self, entries: list[Entry], stoplist: set[str], blockers: set[str], nisba: dict[str, str],
                 keys: list[list[str]] | None = None, cue_names: set[str] | None = None,
                 context_names: set[str] | None = None):
        self.entries: dict[str, Entry] = {}
        self._join_prefixes: frozenset[str] | None = None
        self.index: dict[str, list[Entry]] = defaultdict(list)
        self.trusted: set[tuple[str, str]] = set()  # (key, entry id) pairs a person chose
        self.first_words: dict[str, int] = {}      # first word of a key → most words after it
        self.stoplist = stoplist
        self.blockers = blockers
        self.nisba = nisba
        self.cue_names = cue_names or set()  # keys that are places only after a place cue or kind word
        self.context_names = context_names or set()  # keys that are places only when their country is named
        self.never: set[str] = set()         # stop-listed words that not even a kind word makes places
        self.place_clusters: frozenset[str] = frozenset()  # word clusters of place names (_place_clusters)
        self._variants: dict[str, list[Entry]] | None = None  # skeleton → foreign entries (built on first use)
        self._variant_firsts: frozenset[str] | None = None  # first-word skeletons of names of several words
        self._variant_hits: dict[str, bool] = {}  # folded word → has a variant (a cache)
        self._nisba_hits: dict[str, tuple[int, str] | None] = {}  # token text → (stem offset, ISO2) (a cache)
        self._longest: dict[str, int] = {}  # token text → most words after it in a name it starts (a cache)
        self._titles: dict[str, frozenset[str]] = {}  # title word → countries whose names begin with it
        for i, e in enumerate(entries):
            self._add(e, keys[i] if keys else None)
        for b in blockers:
            self._note_first_word(b)

    def _note_first_word(self, key: str) -> None:
        first, _, rest = key.partition(" ")
        n = rest.count(" ") + 1 if rest else 0
        if self.first_words.get(first, -1) < n:
            self.first_words[first] = n
            if getattr(self, "_longest", None):
                self._longest.clear()

    def _add(self, e: Entry, keys: list[str] | None = None) -> None:
        self.entries[e.id] = e
        self._join_prefixes = None  # (see :func:`_join_prefixes`: made again from the new index)
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
        new.context_names = set(self.context_names)
        new._variants, new._titles, new._variant_hits, new._nisba_hits, new._longest = None, {}, {}, {}, {}
        new._variant_firsts, new._join_prefixes = None, None
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
        self._variants, self._titles, self._variant_hits, self._variant_firsts = None, {}, {}, None
        return e

    # --- spelling variants and titles ----------------------------------------------------

    def variant_candidates(self, folded: str, *, context=frozenset(), hint: str | None = None) -> list[Candidate]:
        """Foreign places whose one-word name has the :func:`skeleton` of ``folded`` (a spelling the
        gazetteer lacks: مانشيستر for مانشستر). Never trusted: a variant needs a cue like a GeoNames name.

        >>> [c.entry.name_en for c in load_gazetteer().variant_candidates(fold("مانشيستر"))][:1]
        ['Manchester']
        """
        if self._variants is None:
            self._variants = self._variant_index()
        sk = " ".join(skeleton(w) for w in folded.split())
        if sk not in self._variants or folded.startswith("ال") or self.is_stopword(folded):
            return []
        out = []
        for e in self._variants[sk]:
            if e.kind in ("country", "territory") and (folded.endswith(("ي", "يه", "ين", "يون")) or (
                    folded.endswith("يا") and not any(fold(n).endswith("ا") for n in e.names))):
                continue  # «أسترالي», «بنغلاديشيًا»: a country's adjective, not another spelling of its name
            written = next((n for n in e.names if " ".join(skeleton(fold(w)) for w in n.split()) == sk), e.name_ar)
            c = score_candidate(e, exact=False, how=f"spelling variant of «{written}»", context=context, hint=hint)
            c.trusted = False
            out.append(c)
        return sorted(out, key=lambda c: -c.score)

    def opens_variant(self, folded: str) -> bool:
        """Cheap test before a name of several words is read as a variant: does one of them start with a
        word of this skeleton?"""
        if self._variants is None:
            self._variants = self._variant_index()
        if self._variant_firsts is None:
            self._variant_firsts = frozenset(k.split(" ", 1)[0] for k in self._variants if " " in k)
        return skeleton(folded) in self._variant_firsts

    def has_variant(self, folded: str) -> bool:
        """Cheap test before :meth:`variant_candidates`: does a foreign name share the word's skeleton?"""
        hit = self._variant_hits.get(folded)
        if hit is None:
            if self._variants is None:
                self._variants = self._variant_index()
            hit = self._variant_hits[folded] = skeleton(folded) in self._variants
        return hit

    def _variant_index(self) -> dict[str, list[Entry]]:
        """Skeletons (5 letters or more) of the one-word names of foreign regions and towns of 100,000
        or more, and of foreign countries («تركمنستان», «طاجكستان», «أوزباكستان»: spellings the hand tables
        lack; short names are below five letters of skeleton, so the given name فرانسوا is no country, and
        an adjective «أسترالي» is no variant). Not Arab places: their variants would be Arabic words."""
        index: dict[str, list[Entry]] = defaultdict(list)
        for e in self.entries.values():
            if e.country in ARAB_LEAGUE or (e.kind in SETTLEMENT_KINDS and e.population < 100_000):
                continue
            if e.kind in ADMIN_KINDS or e.kind == "facility":
                continue
            for sk in {skeleton(fold(n)) for n in e.names if len(n.split()) == 1 and not fold(n).startswith("ال")}:
                if len(sk) >= 5 and e not in index[sk]:
                    index[sk].append(e)
            if e.kind in ("country", "territory"):
                continue
            # a name of two or three words («لاس فيغاس» / «لاس فيجاس»), word by word
            for sk in {" ".join(skeleton(fold(w)) for w in n.split()) for n in e.names if 2 <= len(n.split()) <= 3}:
                if len(sk.replace(" ", "")) >= 5 and e not in index[sk]:
                    index[sk].append(e)
        return index

    def titled(self, title: tuple[str, ...]) -> frozenset[str]:
        """Countries one of whose names a person chose begins with the title word (المملكة العربية
        السعودية, مملكة البحرين: kingdoms)."""
        key = "|".join(title)
        if key not in self._titles:
            heads = tuple(t + " " for t in title)
            self._titles[key] = frozenset(
                e.country for e in self.entries.values() if e.kind == "country" and e.country
                and any(fold(n).startswith(heads) for n in e.names if (name_key(n), e.id) in self.trusted))
        return self._titles[key]

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
        if not found and len(words) == 1:
            return self.variant_candidates(fold(words[0]), context=context, hint=hint)
        return sorted(found.values(), key=lambda c: -c.score)

    def candidates(self, key: str, exact: str = "", *, split: bool = False, how: str = "as written",
                   context=frozenset(), hint: str | None = None) -> list[Candidate]:
        """Scored candidates for one lookup key (see :func:`name_key`), unsorted."""
        out = []
        for e in self.index.get(key, ()):
            if exact.endswith("ه") and " " not in exact and exact not in _folded_names(e) \
                    and all(fold(n).endswith("ا") for n in e.names) and "ال" + exact[:-1] in (word_clusters() or {}):
                continue  # «من غريمه الهلال» (his rival) is no Grimma: a noun the corpus writes with ال, and "his"
            c = score_candidate(e, exact=exact in _folded_names(e), split=split, how=how, context=context, hint=hint)
            c.trusted = (key, e.id) in self.trusted
            out.append(c)
        # A name a person chose outranks a GeoNames alternate of another place (أونتاريو: the province,
        # not Ontario, California).
        if any(c.trusted for c in out):
            for c in out:
                if not c.trusted:
                    c.score -= 10
                    c.reasons.append("GeoNames alternate; a person chose another place for this name")
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
        hit = self.token_nisba_at(tok)
        return hit[1] if hit is not None else None

    def longest_after(self, tok) -> int:
        """The most words a name starting with a word token (any proclitic reading) has after its first
        word; -1 when no name starts with it. Cached by the token's text."""
        got = self._longest.get(tok.text)
        if got is None:
            got = max((self.first_words.get(k, -1) for _, _, k in _treadings(tok)), default=-1)
            if len(self._longest) > 200_000:  # a corpus run's vocabulary must not grow it forever
                self._longest.clear()
            self._longest[tok.text] = got
        return got

    def token_nisba_at(self, tok) -> tuple[int, str] | None:
        """(offset of the stem in the token, ISO2) when a document token is a nisba adjective; cached
        by the token's text (news repeats its words, and most are no nisba)."""
        hits = self._nisba_hits
        if tok.text in hits:
            return hits[tok.text]
        got = None
        for off, stem in tok.readings:
            iso = self._nisba_of((stem,))
            if iso is not None:
                got = (off, iso)
                break
        if len(hits) > 200_000:  # a corpus run's vocabulary must not grow it forever
            hits.clear()
        hits[tok.text] = got
        return got

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
    context_names = {name_key(ln.split("#")[0].strip()) for ln in _read_lines(HAND_DIR / "needs_context.txt")}
    nisba = {}
    for ln in _read_lines(GAZETTEER_DIR / "nisba.tsv")[1:]:
        form, iso, _ = ln.split("\t")
        nisba[form] = iso
    clusters = _place_clusters(keys)
    for ks in keys:
        ks += [alias for k in ks if (alias := _final_hamza_alias(k, clusters)) is not None and alias not in ks]
    cue_names |= {a for k in cue_names if (a := _final_hamza_alias(k, clusters)) is not None}
    context_names |= {a for k in context_names if (a := _final_hamza_alias(k, clusters)) is not None}
    gaz = Gazetteer(entries, stoplist - {""}, blockers - {""}, nisba, keys, cue_names - {""}, context_names - {""})
    gaz.never = never - {""}
    gaz.place_clusters = clusters
    return gaz


# A word cluster of the news corpus is one of places when this share of its words or more are one-word names
# the gazetteer's file keys (the cluster of Saudi towns: 56 of 92), and it has at least _PLACE_CLUSTER_MIN words.
_PLACE_CLUSTER_SHARE = 0.4
_PLACE_CLUSTER_MIN = 20


def _final_hamza_alias(key: str, place_clusters: frozenset[str]) -> str | None:
    """The other spelling of a one-word place name that ends in alef, with or without a final hamza
    («ضبا» / «ضباء», «شقراء» / «شقرا»), when the corpus writes that spelling among places: its word
    cluster is one of ``place_clusters`` (:func:`_place_clusters`). Not «مينا» / «ميناء» (a port), «آلما» / «الماء»
    (water), «الزرقا» / «الزرقاء» (blue): those spellings are common words, in clusters of common words.

    >>> places = load_gazetteer().place_clusters
    >>> _final_hamza_alias("ضبا", places), _final_hamza_alias("مينا", places), _final_hamza_alias("جده", places)
    ('ضباء', None, None)
    """
    if " " in key or len(key) < 3:
        return None
    if key.endswith("اء"):
        alias = key[:-1]
    elif key.endswith("ا"):
        alias = key + "ء"
    else:
        return None
    cl = (word_clusters() or {}).get(alias)
    return alias if cl is not None and cl[2] in place_clusters else None


def _place_clusters(keys: list[list[str]]) -> frozenset[str]:
    """The word clusters (of 1024) where most words are one-word place names, among ``keys`` (each
    place's name keys, as read from the gazetteer's file)."""
    known = {k for ks in keys for k in ks if k and " " not in k}
    words: dict[str, int] = defaultdict(int)
    places: dict[str, int] = defaultdict(int)
    for w, cl in (word_clusters() or {}).items():
        words[cl[2]] += 1
        if (w[:-1] + "ا" if len(w) > 3 and w[-1] in "ها" else w) in known:  # the word's key (:func:`name_key`)
            places[cl[2]] += 1
    return frozenset(c for c, n in words.items() if n >= _PLACE_CLUSTER_MIN and places[c] >= _PLACE_CLUSTER_SHARE * n)


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


def _tag_blocks(article) -> list[list]:
    """The tokens of the article's tag lines ("سمات ..."): keywords, each a name like a hashtag.
    The document's tokens leave boilerplate out: these are made here, with the same layer."""
    from kit.text.arabic import tokenize
    from kit.text.article import make_token

    out = []
    for b in article.boilerplate:
        if b.kind == "tags":
            toks = [make_token(r.start, r.end, r.text, r.kind) for r in tokenize(b.text, b.start)]
            if toks:
                out.append(toks)
    return out


def _adjacent(text: str, a, b) -> bool:
    """Nothing but spaces between two tokens, or the underscores of a hashtag (#حفر_الباطن)."""
    gap = text[a.end:b.start]
    return (gap.strip() == "" or gap.strip("_ ") == "") and "\n" not in gap


def _venue_head(token) -> bool:
    """«مركز», «مجمع», «مدينة»: a building's head when a person's name and an adjective follow."""
    return token.kind == "word" and _venue_of(token.readings)


@lru_cache(maxsize=65536)
def _venue_of(readings: tuple[tuple[int, str], ...]) -> bool:
    return any(s in VENUE_HEADS for _, s in readings)


def _join_prefixes(gaz: Gazetteer) -> frozenset[str]:
    """The first parts (two letters or more) of the one-word names of countries and cities of 100,000
    people, where a writer may split them («كوستا» of «كوستاريكا»): computed once, kept on the gazetteer."""
    got: frozenset[str] | None = getattr(gaz, "_join_prefixes", None)
    if got is None:
        out: set[str] = set()
        for key, entries in gaz.index.items():
            if " " in key or len(key) < 7 or not any(
                    e.kind in ("country", "territory") or e.population >= 100_000 for e in entries):
                continue
            out.update(key[:p] for p in range(2, len(key) - 1))
        got = frozenset(out)
        gaz._join_prefixes = got
    return got


def _kind_word(token) -> tuple[str, int, bool, str] | None:
    if token.kind != "word":
        return None
    return _kind_of(token.readings)


@lru_cache(maxsize=65536)
def _kind_of(readings: tuple[tuple[int, str], ...]) -> tuple[str, int, bool, str] | None:
    for _, stem in readings:
        if stem in KIND_WORDS:
            return KIND_WORDS[stem]
    return None


@lru_cache(maxsize=65536)
def _anaphor_of(readings: tuple[tuple[int, str], ...]) -> tuple[int, tuple[str, ...]] | None:
    return next(((o, ANAPHORS[s]) for o, s in readings if s in ANAPHORS), None)


# Words before a name that say "at / from / to a place".
LOCATIVES = lexicon.words("place_cues")


OFFICE_TITLES = lexicon.words("place_office_titles")


def _locative_cue(text: str, toks: list, i: int, off: int) -> bool:
    """"في X", "إلى X", "بـX", «محافظ X»: the name stands where a place is expected."""
    if off > 0 and fold(toks[i].text[:off]).endswith("ب"):
        return True
    if i > 0 and toks[i - 1].kind == "word" and _adjacent(text, toks[i - 1], toks[i]):
        # («محافظ ينبع»: the office of the town it governs)
        return any(s in LOCATIVES for _, s in toks[i - 1].readings) or toks[i - 1].folded in OFFICE_TITLES
    return False


_WHY_EVENT_TAG = "closes an event's name in a tag line (ملتقى … للمملكة)"


def _coordinated(text: str, toks: list, i: int, off: int, last: PlaceMention) -> bool:
    """The name at ``toks[i]`` follows the place just found, joined by و or a comma: one more item
    of that list, under the same cue («إلى نيويورك وبالتيمور»، «في بيروت، صيدا»، «في القدس، والناصرة، وعكا»:
    a comma and و both)."""
    comma = i > 1 and toks[i - 1].text in ("،", ",") and last.end == toks[i - 2].end
    if off > 0:
        return fold(toks[i].text[:off]) == "و" and i > 0 and (comma or (
            last.end == toks[i - 1].end and not text[toks[i - 1].end:toks[i].start].strip()))
    return comma


def _ends_event_name(text: str, toks: list, i: int, off: int, reach: int = 6) -> bool:
    """A place behind لـ that closes an event's name in a tag line: an event's head, then only
    definite words, all run together («ملتقى العناية بالتراث الحضاري للمملكة»). The entity layer reads
    such a name in the body; in a tag line nothing else does.

    «مهرجان الربيع لمحافظة …» is the festival; «وادي لجب بجازان» (no event's head) is a place."""
    if not fold(toks[i].text[:off]).endswith("ل"):
        return False
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        t = toks[j]
        if t.kind != "word" or not _adjacent(text, t, toks[j + 1]):
            return False
        if any(s in EVENT_HEADS for _, s in t.readings):
            return j < i - 1
        if not fold(t.text).removeprefix("و").startswith(("ال", "بال", "لل", "كال")):
            return False
    return False


def _blocks(art, gaz: Gazetteer) -> list[tuple[list, list[str], list[int], bool]]:
    """Each block's tokens with, per token, its lookup key and the most words a gazetteer name
    starting with it has after its first (-1: no name starts with it), and whether the block is a
    tag line (after the title, subtitle and paragraphs): what both passes read."""
    out = []
    content = _spans_tokens(art)
    for b, toks in enumerate(content + _tag_blocks(art)):
        keys = [_folded_key(t.folded) if t.kind == "word" else "" for t in toks]
        longest = [gaz.longest_after(t) if t.kind == "word" else -1 for t in toks]
        out.append((toks, keys, longest, b >= len(content)))
    return out


class _Scan:
    """One pass over an article: longest-match lookup with kind words, adjectives and cues in view."""

    def __init__(self, art, gaz: Gazetteer, context: frozenset, blocks=None, previous: _Scan | None = None):
        self.art, self.text, self.gaz, self.context = art, art.text, gaz, context
        self.mentions: list[PlaceMention] = []
        self._definites: frozenset[str] | None = None  # the article's words with ال, on the first name that asks
        self.rejected: list[tuple[int, int, str, str]] = []  # (start, end, text, why): for teaching
        self.kind_words: list[tuple[int, int]] = []  # kind words that are also names (البحرين: "the two seas")
        # The places the first pass found: another mention of one needs no cue of its own (a place
        # named twice). The first pass itself never uses this, so no name vouches for itself.
        self.named: frozenset[str] = frozenset(
            m.best.entry.id for m in previous.mentions
            if m.best is not None and not _is_variant(m.best)) if previous is not None else frozenset()
        # Per block: its mentions, its rejections, the countries of the towns and regions its lookups
        # weighed, and the places it refused for want of a cue. A second pass with a wider context
        # re-reads only the blocks where one of those countries joined the context or one of those
        # places was named elsewhere: nowhere else can a score or a decision change.
        self.blocks_out: list[tuple[list, list, set, set, list]] = []
        # The town of the article's dateline («عين اليوم – تبوك», in its title or lead): where a facility
        # named after a person is put when its paragraph names no town (see :meth:`_place_waiting`).
        self.dateline_town: Entry | None = previous.dateline_town if previous is not None else None
        added = context - previous.context if previous is not None else frozenset()
        self._tags = False
        paragraphs = getattr(art, "paragraphs", None) or []
        self._lead_end = paragraphs[0].end if paragraphs else len(self.text)
        for b, (toks, keys, longest, tags) in enumerate(blocks if blocks is not None else _blocks(art, gaz)):
            self._tags = tags
            if previous is not None and previous.blocks_out[b][2].isdisjoint(added) \
                    and previous.blocks_out[b][3].isdisjoint(self.named):
                found, rejected, seen, refused, kinds = previous.blocks_out[b]
                self.mentions += found
                self.rejected += rejected
                self.kind_words += kinds
            else:
                m0, r0, k0 = len(self.mentions), len(self.rejected), len(self.kind_words)
                self._seen: set[str] = set()
                self._refused: set[str] = set()
                self._span(toks, keys, longest)
                found, rejected, seen, refused = self.mentions[m0:], self.rejected[r0:], self._seen, self._refused
                kinds = self.kind_words[k0:]
            self.blocks_out.append((found, rejected, seen, refused, kinds))
        self._place_waiting()

    def _place_waiting(self) -> None:
        """Put each facility its paragraph left without a town («ملعب الأمير فيصل بن فهد») at the town of
        the article's dateline, once the whole article is read; drop it when there is none. The
        mentions of a block are shared with the other pass: a placed facility is a copy."""
        out = []
        # One facility per name: «قاعدة الملك فهد الجوية بالطائف» and, later, «قائد قاعدة الملك فهد الجوية»
        # beside another place (or beside none) are the same base, where the article first placed it.
        first: dict[str, Entry] = {}
        for m in self.mentions:
            e = m.best.entry if m.best is not None else None
            if e is None or e.source != "kit:facility":
                out.append(m)
                continue
            k = name_key(m.text)
            placed = not e.id.startswith("facility:?:")
            if k in first and first[k].id != e.id:
                m = copy.copy(m)
                m.candidates = [Candidate(first[k], 40.0, ["the same facility the article placed before"])]
                m.evidence += f"; at {first[k].name_en}, where the article placed it before"
            elif not placed:
                anchor = self.dateline_town
                if anchor is None:
                    self._reject(m.start, m.end, "a facility the gazetteer lacks, with no place named beside it")
                    continue
                m = copy.copy(m)
                m.candidates = [Candidate(_local_entry("facility", m.text, anchor), 30.0,
                                          [f"facility in {anchor.name_en}, the town of the article's dateline"])]
                m.evidence += f"; at {anchor.name_en}, the town of the article's dateline (its paragraph names none)"
            else:
                first.setdefault(k, e)
            out.append(m)
        self.mentions = out

    def _joined_at(self, toks, i: int, hint: str | None):
        """A country or a large city written in two words that the gazetteer writes as one («كوستا ريكا»,
        «نيو يورك», «سيرا ليون»: not Lyon): (2, stem offset, candidates) or None."""
        if i + 1 >= len(toks) or toks[i].kind != "word" or toks[i + 1].kind != "word":
            return None
        prefixes = _join_prefixes(self.gaz)
        if all(k not in prefixes for _, _, k in _treadings(toks[i])) \
                or not _adjacent(self.text, toks[i], toks[i + 1]) or len(toks[i + 1].folded) < 2:
            return None  # (most words open no such name: one set lookup a reading)
        for off, stem in toks[i].readings:  # «وسيرا ليون»: after its proclitics
            key = _folded_key(stem + toks[i + 1].folded)
            if len(key) < 7 or key not in self.gaz.index:
                continue
            how = "written in two words" + (f", proclitic «{toks[i].text[:off]}» split" if off else "")
            cands = [c for c in self.gaz.candidates(key, key, split=off > 0, how=how, context=self.context, hint=hint)
                     if c.entry.kind in ("country", "territory") or c.entry.population >= 100_000]
            if cands:
                cands.sort(key=lambda c: -c.score)
                return (2, off, cands)
        return None

    def _match_at(self, toks, keys, longest_at: list[int], i: int, hint: str | None, prefix: str = ""):
        """The longest name from token ``i``: (n tokens, stem offset, candidates or None if blocked).

        ``prefix``: the kind word's prefix, tried first ("نهري الأردن" → "نهر الأردن"). A word that
        starts no name may be a spelling variant of a foreign one."""
        gaz, text = self.gaz, self.text
        if prefix:
            m = self._prefixed(toks, keys, i, hint, prefix)
            if m is not None:
                return m
        joined = self._joined_at(toks, i, hint)
        if joined is not None:
            return joined
        longest = longest_at[i]
        if longest < 0:
            return self._variant_at(toks, i, hint) if gaz.has_variant(toks[i].folded) else None
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
                written = toks[i].text[off:]
                if _MEDIAL_HAMZA.search(written[2:] if fold(written).startswith("ال") else written):
                    # «لجأوا» (they resorted) is no ل + «جاوا» (Java): a hamza written inside the word is
                    # kept only by a place whose name has one («مأرب»).
                    cands = [c for c in cands if any(_HAMZA_CHARS & set(nm) for nm in c.entry.names)]
                self._seen.update(c.entry.country for c in cands if c.entry.kind != "country" and c.entry.country)
                if cands:
                    cands.sort(key=lambda c: -c.score)
                    if best is None or cands[0].score > best[2][0].score:
                        best = (n, off, cands)
            if best:
                return best
        # «لاس فيجاس»: a foreign name of two or three words in a spelling the gazetteer lacks
        for n in range(run if run > 1 and gaz.opens_variant(toks[i].folded) else 1, 1, -1):
            words = [t.folded for t in toks[i:i + n]]
            if words[0].startswith("ال"):
                break
            cands = gaz.variant_candidates(" ".join(words), context=self.context, hint=hint)
            if cands:
                self._seen.update(c.entry.country for c in cands if c.entry.country)
                return (n, 0, cands)
        return None

    def _prefixed(self, toks, keys, i: int, hint: str | None, prefix: str):
        """A name the gazetteer writes with the kind word's singular before it: after "البحرين" (the two
        seas), "الأحمر" is "البحر الأحمر". Only names of the kind word's kind."""
        gaz, text = self.gaz, self.text
        if toks[i].kind != "word":
            return None
        pkey = _folded_key(prefix)
        fits = HINT_FITS.get(hint or "", ())
        run = 1
        while run < 3 and i + run < len(toks) and toks[i + run].kind == "word" \
                and _adjacent(text, toks[i + run - 1], toks[i + run]):
            run += 1
        for n in range(run, 0, -1):
            rest = keys[i + 1:i + n]
            for off, _stem, stem_key in _treadings(toks[i]):
                key = " ".join([pkey, stem_key, *rest])
                if key not in gaz.index:
                    continue
                cands = [c for c in gaz.candidates(key, key, split=off > 0, how=_how(toks[i].folded, off)
                                                   + f", read with «{prefix}» before it", context=self.context,
                                                   hint=hint) if c.entry.kind in fits]
                if cands:
                    return (n, off, sorted(cands, key=lambda c: -c.score))
        return None

    def _variant_at(self, toks, i: int, hint: str | None):
        """A foreign name in a spelling the gazetteer lacks (one word, as written, no proclitic)."""
        t = toks[i]
        if t.kind != "word":
            return None
        cands = self.gaz.variant_candidates(t.folded, context=self.context, hint=hint)
        if not cands:
            return None
        self._seen.update(c.entry.country for c in cands if c.entry.kind != "country" and c.entry.country)
        return (1, 0, cands)

    def _span(self, toks, keys: list[str], longest: list[int]) -> None:
        pending: tuple[str, int, bool, str] | None = None
        used = 0
        i = 0
        m0 = len(self.mentions)
        where: dict[int, tuple[int, int]] = {}  # mention id → its tokens (first, after last)
        local: list[tuple[PlaceMention, int, int, str]] = []  # facilities, streets, neighbourhoods to place
        while i < len(toks):
            t = toks[i]
            if t.kind != "word":
                # A comma may separate the names a plural kind word governs ("مدن حمص، وحماة").
                if not (pending and pending[1] > 2 and t.text in "،,"):
                    pending, used = None, 0
                i += 1
                continue
            kw = _kind_word(t)
            # A kind word that is also a place name (البحرين: Bahrain, and "the two seas") is the kind
            # word when the names after it, read with its prefix, are of its kind: "البحرين الأحمر والمتوسط".
            if kw is not None and kw[3] and keys[i] in self.gaz.index and i + 1 < len(toks) \
                    and _adjacent(self.text, t, toks[i + 1]) \
                    and self._prefixed(toks, keys, i + 1, kw[0], kw[3]) is not None:
                pending, used = kw, 0
                self.kind_words.append((t.start, t.end))
                i += 1
                continue
            m = self._match_at(toks, keys, longest, i, pending[0] if pending else None, pending[3] if pending else "")
            if m is not None and m[2] is None:  # a phrase that is not a place (حلف شمال الأطلسي)
                self._reject(toks[i].start + m[1], toks[i + m[0] - 1].end, _WHY_PHRASE + "a phrase of not_places.txt")
                i += m[0]
                pending, used = None, 0
                continue
            if m is not None:
                n, off, cands = m
                mention = self._judge(toks, i, n, off, cands, pending)
                if mention is not None:
                    self.mentions.append(mention)
                    where[id(mention)] = (i, i + n)
                    if pending:
                        used += 1
                        if used >= pending[1]:
                            pending, used = None, 0
                    i += n
                    continue
            if (kw is None or kw[0] not in LOCAL_KINDS) and _venue_head(t) and i + 1 < len(toks) \
                    and toks[i + 1].kind == "word" and _adjacent(self.text, t, toks[i + 1]):
                last = self._person_named(toks, longest, i + 1, need_adjective=True)
                if last is not None and last < len(toks) and _adjacent(self.text, toks[last - 1], toks[last]) \
                        and toks[last].folded.startswith("لل"):
                    last = None  # "مركز الملك عبدالله الدولي للحوار": an organisation's full name
                if last is not None:  # "مدينة الملك عبدالله الرياضية": a stadium, not a town
                    mention, a, b, how = self._facility(toks, i, last)
                    self.mentions.append(mention)
                    where[id(mention)] = (a, b)
                    local.append((mention, a, b, how))
                    pending, used = None, 0
                    i = b
                    continue
            if kw is not None and kw[0] in LOCAL_KINDS and kw[1] == 1:
                # (a dual, «مطاري عمان ودمشق», names no one facility: the towns after it are read as towns)
                found = self._local(toks, keys, longest, i, kw[0])
                if found is not None:
                    mention, a, b, how = found
                    self.mentions.append(mention)
                    where[id(mention)] = (a, b)
                    if how:
                        local.append((mention, a, b, how))
                    pending, used = None, 0
                    i = b
                    continue
            anaphor = self._anaphor(toks, i) if _anaphor_of(t.readings) is not None else None
            if anaphor is not None:
                self.mentions.append(anaphor)
                where[id(anaphor)] = (i, i + 1)
                pending, used = None, 0
                i += 1
                continue
            if kw is not None and i + 1 < len(toks) and toks[i + 1].kind == "word":
                pending, used = kw, 0
            elif pending and used == 0 and self.gaz.token_nisba(t):
                pass  # an adjective between the kind word and its name: "العاصمة اللبنانية بيروت"
            elif not (pending and used > 0 and t.folded == "و"):
                pending, used = None, 0
            i += 1
        block = self.mentions[m0:]
        if local:
            block = self._place_locals(toks, block, where, local)
        self._lists(block)
        self.mentions[m0:] = block

    # --- places inside a town: facilities, streets, neighbourhoods ----------------------------

    def _person_named(self, toks, longest, j: int, need_adjective: bool = False) -> int | None:
        """After a facility's kind word, a name of a person with its title ("ملعب الأمير فيصل بن فهد",
        "مدينة الملك عبدالله الرياضية"): the token after the name and its adjectives, or None.

        The name runs up to five words joined as a person's are (بن، آل), and stops at a place name, a
        kind word, a preposition or a punctuation mark; "مدينة" before the title joins it ("ملعب مدينة
        الأمير ... الرياضية"). ``need_adjective``: only a name closed by an adjective (الرياضية) counts."""
        text, n = self.text, len(toks)
        if toks[j].folded == "مدينه" and j + 1 < n and toks[j + 1].kind == "word" and _adjacent(text, toks[j], toks[j + 1]):
            j += 1
            need_adjective = True
        if toks[j].folded not in PERSON_TITLES or j + 1 >= n:
            return None
        k = j + 1
        while k < n and k - j <= 5 and toks[k].kind == "word" and _adjacent(text, toks[k - 1], toks[k]) \
                and toks[k].folded not in FACILITY_ADJECTIVES and not _kind_word(toks[k]) \
                and not (toks[k].folded in LOCATIVES or toks[k].folded in PARTICLES) \
                and not (k > j + 1 and longest[k] >= 0 and toks[k].folded not in NAME_CONNECTORS) \
                and toks[k].folded not in STOP_WORDS and toks[k].folded not in RELATIVE_DAYS \
                and not (k + 1 < n and toks[k + 1].folded in TIME_DIRECTIONS) \
                and (k == j + 1 or toks[k].folded.startswith("ال") or toks[k].folded in NAME_CONNECTORS
                     or toks[k - 1].folded in NAME_CONNECTORS):
            # After the first name only a family name (ال…) or a link (بن، آل) and its name: «ملعب الأمير
            # فيصل بن فهد مساء الجمعة» ends before «مساء».
            k += 1
        if k == j + 1 or toks[k - 1].folded in NAME_CONNECTORS:
            return None
        a = k
        while a < n and a - k < 2 and toks[a].kind == "word" and _adjacent(text, toks[a - 1], toks[a]) \
                and toks[a].folded in FACILITY_ADJECTIVES:
            a += 1
        if need_adjective and a == k:
            return None
        return a

    def _facility(self, toks, i: int, last: int):
        """The facility from kind word ``toks[i]`` to ``toks[last - 1]``, to be placed beside a place."""
        off = 0
        for o, s in toks[i].readings:
            if s in KIND_WORDS or s in VENUE_HEADS:
                off = o
                break
        start, end = toks[i].start + off, toks[last - 1].end
        name = self.text[start:end]
        e = _local_entry("facility", name, None)
        return PlaceMention(start, end, name, [Candidate(e, 40.0, [f"facility: kind word {toks[i].text}, named after a person"])],
                            kind="facility", evidence=f"facility «{name}» (kind word {toks[i].text}, a person's name)"), \
            i, last, "facility"

    def _local(self, toks, keys, longest, i: int, kind: str):
        """A facility, street or neighbourhood named after its kind word: (mention, first token, after
        last, how to place it) or None. "مطار أربيل الدولي" is at Erbil; "قاعدة تمنهنت الجوية" and
        "بحي الورود" are placed later, at the place named beside them (how = "near")."""
        text, gaz = self.text, self.gaz
        j = i + 1
        if j >= len(toks) or toks[j].kind != "word" or not _adjacent(text, toks[i], toks[j]):
            return None
        if kind == "facility":
            named = self._person_named(toks, longest, j)
            if named is not None:
                return self._facility(toks, i, named)
        inner = self._match_at(toks, keys, longest, j, None)
        if inner is not None and (inner[2] is None or inner[1] > 0):
            return None
        if inner is not None and inner[0] == 1 and any(gaz.is_stopword(s) for _, s in toks[j].readings):
            inner = None  # "مطار المدينة": the town's airport, not Medina's
        if inner is not None and not inner[2][0].trusted and inner[2][0].entry.population < 100_000:
            inner = None  # "ملعب نادي": a GeoNames alternate of a small town (Nadi) is no anchor
        if inner is not None:
            if kind != "facility":
                return None  # "شارع بغداد" may be in any town: the name is read as it is
            n, _, cands = inner
            k = j + n
        else:
            k = j
            while k < len(toks) and k - j < 2 and toks[k].kind == "word" \
                    and _adjacent(text, toks[k - 1], toks[k]) and toks[k].folded not in FACILITY_ADJECTIVES \
                    and not _kind_word(toks[k]) and not (toks[k].folded in LOCATIVES or toks[k].folded in PARTICLES) \
                    and toks[k].folded not in STOP_WORDS \
                    and not (k > j and (gaz.token_nisba(toks[k]) or longest[k] >= 0)):
                k += 1
            if k == j:
                return None
        a = k
        while a < len(toks) and a - k < 2 and toks[a].kind == "word" and _adjacent(text, toks[a - 1], toks[a]) \
                and toks[a].folded in FACILITY_ADJECTIVES:
            a += 1
        definite = toks[j].folded.startswith("ال")
        if kind == "facility":
            if inner is None and a == k:
                return None  # "قاعدة بيانات", "قاعدة شعبية": no name closed by "الجوية، الدولي"
            first, last = i, a
        elif kind == "street":
            if not definite:
                return None
            first, last = i, k
        else:  # a neighbourhood: the name alone ("بحي الشرفة": الشرفة)
            if not definite:
                return None
            first, last = j, k
        off = toks[first].readings[-1][0] if first == i else 0
        for o, s in toks[first].readings:
            if s in KIND_WORDS:
                off = o
                break
        start, end = toks[first].start + off, toks[last - 1].end
        name = text[start:end]
        if inner is not None:
            anchor = inner[2][0]
            e = _local_entry(kind, name, anchor.entry)
            ev = f"{kind} «{name}»: at {anchor.entry.name_en}, the place its name holds"
            return PlaceMention(start, end, name, [Candidate(e, 60.0, [f"{kind} named after {anchor.entry.name_en}"])],
                                kind=kind, evidence=ev), first, last, ""
        e = _local_entry(kind, name, None)
        return PlaceMention(start, end, name, [Candidate(e, 40.0, [f"{kind}: kind word {toks[i].text}"])],
                            kind=kind, evidence=f"{kind} «{name}» (kind word {toks[i].text})"), first, last, kind

    def _place_locals(self, toks, block: list[PlaceMention], where, local) -> list[PlaceMention]:
        """Put each facility, street or neighbourhood the gazetteer lacks at the place named beside it
        in the same sentence (the next one first for a facility: "قاعدة ... الجوية في ليبيا"; the nearest
        town for a street or a neighbourhood: "بحي الورود شمال تبوك"), else at the last town named before
        it in the paragraph; drop it when there is none."""
        sentence = [0] * (len(toks) + 1)
        s = 0
        for k, t in enumerate(toks):
            sentence[k] = s
            if t.kind != "word" and (t.text in SENTENCE_ENDS or "\n" in t.text):
                s += 1
        sentence[len(toks)] = s
        drop: set[int] = set()
        for m, a, b, kind in local:
            others = [(o, where[id(o)]) for o in block if id(o) in where and o is not m
                      and o.candidates and o.candidates[0].entry.kind not in LOCAL_KINDS]
            if kind != "facility":
                others = [(o, r) for o, r in others if o.candidates[0].entry.kind in SETTLEMENT_KINDS | ADMIN_KINDS]
            same = [(o, r) for o, r in others if sentence[r[0]] == sentence[a]]
            after = sorted(((r[0] - b, o) for o, r in same if r[0] >= b), key=lambda x: x[0])
            before = sorted(((a - r[1], o) for o, r in same if r[1] <= a), key=lambda x: x[0])
            pick: PlaceMention | None
            if kind == "facility":
                pick = (after or before)[0][1] if after or before else None
            else:
                near = sorted(after + before, key=lambda x: x[0])
                pick = near[0][1] if near else None
            how = "named beside it"
            if pick is None:
                earlier = [(r[1], o) for o, r in others if r[1] <= a and o.candidates[0].entry.kind in SETTLEMENT_KINDS]
                pick = max(earlier, key=lambda x: x[0])[1] if earlier else None
                how = "the last town named before it"
            if pick is None and kind == "facility":
                # «ملعب الأمير فيصل بن فهد» in a report from «الرياض –»: the town the article is written from
                # (a stadium or a centre named after a person is rarely elsewhere in a local report),
                # known once the whole article is read.
                continue
            if pick is None:
                self._reject(m.start, m.end, f"a {kind} the gazetteer lacks, with no place named beside it")
                drop.add(id(m))
                continue
            anchor = pick.candidates[0].entry
            m.candidates = [Candidate(_local_entry(kind, m.text, anchor), 40.0,
                                      [f"{kind} in {anchor.name_en}, {how}"])]
            m.evidence += f"; at {anchor.name_en} ({pick.text}), {how}"
        return [m for m in block if id(m) not in drop]

    # --- lists and titles ---------------------------------------------------------------------

    def _lists(self, block: list[PlaceMention]) -> None:
        """A name of two readings in a list of names joined by و or commas takes its neighbours' kind:
        "الأردن والسعودية وعمان والكويت" (countries: Oman), "إربد والزرقاء وعمان" (Jordanian towns: Amman)."""
        text = self.text

        def joined(x: PlaceMention, y: PlaceMention) -> bool:
            return text[x.end:y.start].replace("،", " ").replace(",", " ").replace("و", " ").strip() == ""

        for k, m in enumerate(block):
            if len(m.candidates) < 2 or m.kind:
                continue
            kinds = {c.entry.kind == "country" for c in m.candidates}
            if len(kinds) < 2:
                continue
            near = [block[k - 1]] if k > 0 and joined(block[k - 1], m) else []
            near += [block[k + 1]] if k + 1 < len(block) and joined(m, block[k + 1]) else []
            heads = [o.candidates[0].entry for o in near if o.candidates]
            if not heads:
                continue
            if all(h.kind == "country" for h in heads):
                want = [c for c in m.candidates if c.entry.kind == "country"]
                why = "in a list of countries (" + "، ".join(o.text for o in near) + ")"
            else:
                isos = {h.country for h in heads if h.kind in SETTLEMENT_KINDS}
                if len(isos) != 1 or len(heads) != sum(h.kind in SETTLEMENT_KINDS for h in heads):
                    continue
                want = [c for c in m.candidates if c.entry.kind in SETTLEMENT_KINDS and c.entry.country in isos]
                why = "in a list of towns (" + "، ".join(o.text for o in near) + ")"
            if not want or want[0] is m.candidates[0]:
                continue
            want[0].reasons.append(why)
            m.candidates = [want[0]] + [c for c in m.candidates if c is not want[0]]
            m.evidence += f"; {why}: {want[0].entry.name_en}"

    def _anaphor(self, toks, i: int) -> PlaceMention | None:
        """"المملكة" alone, in an article that names one kingdom: that kingdom."""
        t = toks[i]
        hit = _anaphor_of(t.readings)
        if hit is None:
            return None
        off, titles = hit
        if i + 1 < len(toks) and toks[i + 1].kind == "word" and _adjacent(self.text, t, toks[i + 1]) \
                and self.gaz.token_nisba(toks[i + 1]):
            return None  # "المملكة الهولندية": another kingdom, named by its adjective
        if off == 0 and i > 0 and _adjacent(self.text, toks[i - 1], t) \
                and {s for _, s in toks[i - 1].readings} & ORG_HEADS:
            return None
        if _in_quotes(self.text, t.start):
            return None  # "“عناية المملكة بمواقع التاريخ”": a title, a weaker reading still
        if self._tags and off > 0 and _ends_event_name(self.text, toks, i, off):
            return self._reject(t.start + off, t.end, _WHY_EVENT_TAG)
        countries = self.gaz.titled(titles)
        self._seen.update(countries)
        named = countries & self.context
        if len(named) != 1:
            return None
        e = self.gaz.entry(f"country:{next(iter(named))}")
        if e is None:
            return None
        start = t.start + off
        c = score_candidate(e, how=_how(t.folded, off))
        c.reasons.append(f"«{t.text[off:]}» alone: the one country of that title the article names")
        return PlaceMention(start, t.end, self.text[start:t.end], [c],
                            evidence=f"title: {self.text[start:t.end]} → {e.name_en}, the one country of that title "
                                     f"the article names")

    def _definite_words(self) -> frozenset[str]:
        """The folded words of the article written with ال (computed once, on the first name that asks)."""
        if self._definites is None:
            self._definites = frozenset(t.folded for t in self.art.tokens if t.kind == "word" and t.folded.startswith("ال"))
        return self._definites

    def _reject(self, start, end, why):
        self.rejected.append((start, end, self.text[start:end], why))
        return None

    def common_word_spans(self) -> list[tuple[int, int]]:
        """The words this scan read as common words first (the stop-list: «بركان» a volcano): other
        layers should not make them places again."""
        return [(s, e) for s, e, _, why in self.rejected if why.startswith(_WHY_COMMON)]

    def adjective_spans(self) -> list[tuple[int, int]]:
        """The words this scan read as a country's adjective after a noun («للكرة السعودية»): other layers
        should not make them places again."""
        return [(s, e) for s, e, _, why in self.rejected if why.startswith(_WHY_ADJECTIVE)]

    def org_part_spans(self) -> list[tuple[int, int]]:
        """The places this scan read as part of an organisation's name, right after its head («غرفة الرياض»,
        the chamber of commerce): the entity layer reads that name whole with them."""
        return [(s, e) for s, e, _, why in self.rejected if why == _WHY_ORG_PART]

    def not_place_spans(self) -> list[tuple[int, int]]:
        """The phrases that hold a place's name but name something else (not_places.txt: «صلاة المغرب»)."""
        return [(s, e) for s, e, _, why in self.rejected if why.startswith(_WHY_PHRASE)]

    def _judge(self, toks, i, n, off, cands, pending) -> PlaceMention | None:
        """Is the matched name a place here? The rules, in the order a reader would apply them."""
        gaz, text = self.gaz, self.text
        start, end = toks[i].start + off, toks[i + n - 1].end
        hint, strong = (pending[0], pending[2]) if pending else (None, False)
        readings = _treadings(toks[i])
        stem = next(s for o, s, _ in readings if o == off)
        if n == 1 and any(s in KIND_WORDS for _, s, _ in readings) \
                and not any(c.trusted and c.entry.kind in ("country", "territory") for c in cands):
            return self._reject(start, end, "a kind word, not a name")
        # A strong kind word (مدينة صور) makes a stop-listed word a place; a weak one (منطقة) only
        # when a person chose the name (منطقة الجوف: a hand-made region).
        override = strong or (pending is not None and any(c.trusted for c in cands))
        if n == 1 and any(s in gaz.never or k in gaz.never for _, s, k in readings):
            return self._reject(start, end, _WHY_COMMON + "never a place")
        if n == 1 and not override and any(gaz.is_stopword(s) for _, s, _ in readings):
            if off == 0 and i > 0 and _adjacent(text, toks[i - 1], toks[i]) \
                    and {s for _, s in toks[i - 1].readings} & SEAT_HEADS \
                    and any(c.trusted and c.entry.kind in DIVISION_KINDS for c in cands):
                return self._reject(start, end, _WHY_ORG_PART)  # «غرفة الشرقية»: the chamber of that region
            return self._reject(start, end, _WHY_COMMON + "a common word first")
        # ``off`` counts characters of the word as written (diacritics too): fold that prefix.
        if off > 0 and fold(toks[i].text[:off]).endswith("ك") and not all(c.trusted for c in cands[:1]):
            return self._reject(start, end, "كـ (as, like) before a GeoNames name")
        if off > 0 and fold(toks[i].text[:off]).endswith("ك") and not stem.startswith("ال") \
                and fold(toks[i].text) in (word_clusters() or {}):
            # «كسبها الرائد» (won it): a word the news corpus writes as it is, not كـ + a place (Sabha)
            return self._reject(start, end, _WHY_COMMON + "a word of its own, not كـ + a place («كسبها»)")
        if off > 0 and fold(toks[i].text[:off]).endswith("ف") and not stem.startswith("ال") \
                and not all(c.trusted for c in cands[:1]) and fold(toks[i].text) in (word_clusters() or {}):
            # «من فصيلة الطوقان» (a species): a word the news corpus writes as it is, not فـ + a town (Asilah); a
            # place the lists trust (a country, a capital) stays one
            return self._reject(start, end, _WHY_COMMON + "a word of its own, not فـ + a place («فصيلة»)")
        if off > 0 and fold(toks[i].text[:off]).endswith("ل") and not stem.startswith("ال") \
                and not any(c.entry.kind in ("country", "territory") for c in cands) and fold(toks[i].text) in (word_clusters() or {}) \
                and "ال" + fold(toks[i].text).removeprefix("و") in (word_clusters() or {}):
            # «بين لغات الشعوب» (languages): a noun the news corpus writes as it is and with ال, not لـ + a district
            # (Ghat); a country stays one («لليبيا»), and a town's ل-form is no word with ال («لتبوك»)
            return self._reject(start, end, _WHY_COMMON + "a word of its own, not لـ + a place («لغات»)")
        if n == 1 and off > 0 and i > 0 and toks[i - 1].kind == "number" and (whole := fold(toks[i].text)).endswith("ا") \
                and not stem.startswith("ال") and whole not in (word_clusters() or {}) and whole[:-1] in (word_clusters() or {}):
            # «بدقة 1024×768 بكسلا» (pixels): after a number, a word of the news corpus with its accusative alif, which
            # the corpus never writes so as a whole, is not a proclitic + a place (Kassala); «بكندا» is a word of the
            # corpus, and «أهل طرابلس وصيدا» has no number before it
            return self._reject(start, end, _WHY_COMMON + "a word with its accusative alif, not a proclitic + a place")
        if off > 0 and fold(toks[i].text[:off]).endswith("ك") and toks[i].text.removeprefix("و") in FIRST_NAMES:
            return self._reject(start, end, "a given name, not كـ + a place («كلاوس»: not Laos)")
        if n == 1 and off == 0 and 0 < i and i + 2 < len(toks) and toks[i + 1].text == "آل" and toks[i + 2].kind == "word" \
                and toks[i - 1].kind == "word" and toks[i - 1].folded.startswith("ال") and _adjacent(text, toks[i - 1], toks[i]):
            # «المستشارة آسيا آل الشيخ»: after a definite word (a title, an office), a word before a family's «آل» is a
            # given name
            return self._reject(start, end, "a given name before «آل» and a family's name")
        if n == 1 and i + 1 < len(toks) and toks[i + 1].folded in NOT_PLACE_BEFORE and toks[i].text.endswith("ه") \
                and not any(c.trusted and c.entry.kind in ("country", "territory") for c in cands):
            # (written with ه, «his»: «موقع أبها الإلكتروني» keeps its town)
            return self._reject(start, end, _WHY_COMMON + "a noun and its adjective («بريده الإلكتروني», his e-mail)")
        if i + n + 2 < len(toks) and toks[i + n].text == "(" and toks[i + n + 1].kind == "number" \
                and toks[i + n + 2].folded in AGE_UNITS:
            return self._reject(start, end, "a person: an age in brackets follows («وفيكتوريا (17 عاما)»)")
        nxt = toks[i + n] if i + n < len(toks) else None
        if n == 1 and nxt is not None and nxt.kind == "word" and nxt.start - end == 1 and _LATIN_LABEL.fullmatch(nxt.text) \
                and not any(c.trusted and c.entry.kind in ("country", "territory") for c in cands):
            # «كابل USB», «كابل HDMI» (a cable): a technical label in capitals after the word makes it a noun
            return self._reject(start, end, _WHY_COMMON + "a noun here: a technical label in Latin capitals follows")
        if n == 1 and not stem.startswith("ال") and cands and hint is None \
                and all(c.entry.kind in SETTLEMENT_KINDS and c.entry.country not in self.context for c in cands) \
                and "ال" + stem in self._definite_words():
            # «كابل Micro-Flip» … «منتجو الكابل» (a cable): a foreign town whose country the article never names, written
            # as a word the article also writes with ال, is that common noun throughout (one sense per article)
            return self._reject(start, end, _WHY_COMMON + f"a noun here: the article also writes «ال{toks[i].text[off:]}»")
        if n == 1 and off == 0 and stem.startswith("ال") and nxt is not None and nxt.kind == "word" and nxt.start - end == 1 \
                and nxt.folded.startswith("ال") and nxt.folded.endswith(("يه", "ي")) and len(nxt.folded) >= 6 \
                and not any(c.trusted for c in cands) and not self.gaz.lookup(nxt.folded) and nxt.folded not in PLACE_ADJECTIVES \
                and fold(toks[i].text) in (word_clusters() or {}):
            # «زيادة في الوديعة النظامية» (the statutory deposit): a definite word of the news corpus with a definite
            # adjective after it is a noun and its adjective, not the small town GeoNames names the same
            return self._reject(start, end, _WHY_COMMON + "a noun here: a definite adjective follows")
        if start > 0 and end < len(text) and text[start - 1] in QUOTES and text[end] in QUOTES \
                and not (n > 1 and any(c.trusted and c.entry.kind in QUOTABLE_KINDS for c in cands)):
            # «قناة السويس الجديدة»: a hand-listed place of several words, quoted as a project's name, is
            # still that place; a quoted town or country names something else (a film, a campaign).
            return self._reject(start, end, "in quotes: the name of something else")
        if i > 0 and off == 0 and _adjacent(text, toks[i - 1], toks[i]):
            before = {s for _, s in toks[i - 1].readings}
            kind_before = _kind_word(toks[i - 1])
            if before & ORG_HEADS and not (kind_before is not None and kind_before[0] == "emirate"
                                           and any(c.entry.kind == "emirate" for c in cands)):
                # («إمارة الشارقة» is the emirate, a place; «إمارة الرياض» the region's governorate, a body)
                return self._reject(start, end, _WHY_ORG_PART)
            if before & COMPETITION_HEADS:
                return self._reject(start, end, "part of a competition's name (دوري، كأس)")
            if self._tags and before & EVENT_HEADS:
                # A tag line lists names with nothing between them and no entity layer reads it: a place
                # right after an event's head is that event's name («معرض الكويت الدولي للكتاب»).
                return self._reject(start, end, "part of an event's name in a tag line (معرض، مهرجان)")
            if toks[i - 1].folded in NAME_CONNECTORS:
                return self._reject(start, end, "after بن، أبو: part of a person's name")
            if n == 1 and stem.startswith("ال") and toks[i - 1].text.removeprefix("و") in FIRST_NAMES \
                    and not any(c.entry.kind in ("country", "territory") for c in cands[:1]):
                # «علي الأحمدي», «أحمد الجبيل»: a definite town right after a first name is the surname
                return self._reject(start, end, "after a first name: a person's surname")
            if toks[i - 1].folded in PERSON_TITLES and not pending:
                return self._reject(start, end, "after a title: a person's name")
        if n == 1 and not pending and _is_adjective(gaz, text, toks, i, stem, variant=not _exact(cands), off=off):
            return self._reject(start, end, _WHY_ADJECTIVE + "after a noun")
        if n == 1 and pending and gaz.nisba_country(stem) and i > 0 and _kind_word(toks[i - 1]):
            # (after a definite kind word only the adjective reading is left, «العاصمة السعودية»: no other layer
            # makes it the country again; «مناطق السعودية», «جمهورية جيبوتي» may still be the country itself)
            definite_kind = any(s.startswith("ال") for _, s in toks[i - 1].readings)
            return self._reject(start, end, (_WHY_ADJECTIVE if definite_kind else "an adjective ")
                                + "of the kind word (العاصمة السويدية)")
        cue = _locative_cue(text, toks, i, off)
        why_cue = "after a place cue"
        if not cue and _event_cue(text, toks, i, off):
            cue, why_cue = True, f"after «{toks[i - 1].text}», named after the town it is held in"
        if not cue and _hashtag(text, toks, i, n, off):
            cue, why_cue = True, "a hashtag"
        listed = not cue and not self._tags and bool(self.mentions) \
            and _coordinated(text, toks, i, off, self.mentions[-1])
        listed_country = None
        if listed:
            cue, why_cue = True, f"in a list after «{self.mentions[-1].text}»"
            prior = self.mentions[-1].best
            listed_country = prior.entry.country if prior is not None else None
        if self._tags and off > 0 and _ends_event_name(text, toks, i, off):
            return self._reject(start, end, _WHY_EVENT_TAG)
        if self._tags:
            # A tag line runs keywords together without marks: only names a person chose, or places
            # the article names, are read in it.
            cands = [c for c in cands if c.trusted or c.entry.id in self.named]
            if not cands:
                return self._reject(start, end, "a tag line: GeoNames names only, not named in the article")
        dateline = not cue and not pending and is_dateline_town(text, toks, i, n, off)
        if n == 1 and not cue and not dateline and not pending and name_key(stem) in gaz.cue_names:
            return self._reject(start, end, "a common word too: a place only after في، من، إلى or a kind word")
        if hint in ("river", "lake", "strait") and not any(c.entry.kind in HINT_FITS[hint] for c in cands):
            return self._reject(start, end, f"the kind word says {hint}; the gazetteer has no {hint} of this name")
        context_note = ""
        if n == 1 and not pending and name_key(stem) in gaz.context_names:
            cands = [c for c in cands if c.entry.country in self.context]
            if not cands:
                return self._reject(start, end, "a common word too (سيول floods, كورونا the virus): a place only "
                                                "when the article names its country")
            context_note = f"; a common word too, a place here: the article's context names {cands[0].entry.country}"
        kept = []
        accepted: dict[str, str] = {}  # entry id → why a GeoNames-only name is a place here
        written = " ".join([stem] + [t.folded for t in toks[i + 1:i + n]])
        # "بالطرق السلمية": a definite word in ية / ي after a definite noun is its adjective.
        adjective = n == 1 and stem.startswith("ال") and stem.endswith(("يه", "ي")) and i > 0 \
            and toks[i - 1].kind == "word" and _adjacent(text, toks[i - 1], toks[i]) \
            and any(s.startswith("ال") for _, s in toks[i - 1].readings)
        for c in cands:
            e = c.entry
            if "cue" in e.flags and not override and not (cue and any(
                    not o.trusted and o.entry.country == e.country for o in cands)):
                # (a place cue before a name a hand table holds as a common word, where GeoNames has a town
                # of that name in the same country, makes it the hand table's place: «في صلاح الدين» is the
                # governorate, not the small town Pīrmām of that alternate name)
                continue
            if not c.trusted:
                # The town's own Arabic name, in any spelling of it (ميونخ / ميونيخ), not a short alternate.
                main = len(written) >= 4 and skeleton(written) == skeleton(fold(e.name_ar))
                # A name known only from GeoNames' alternates (they include first names and common
                # words) must stand where a place is expected: after a kind word, after في / من /
                # إلى / بـ or a meeting named after its town, in a dateline or a hashtag, as a town
                # of some size or in a country the article is about. Or it is a large city, a
                # town of a country the article names, or a place the article names elsewhere.
                # Foreign names read with a proclitic split off are surnames more often than towns
                # (بلاتر، بايدن).
                local = e.country in ARAB_LEAGUE
                sized = e.population >= (15_000 if local else 100_000)
                named = e.id in self.named and sized
                if off > 0 and not local and not named and not listed:
                    continue  # (but «إلى نيويورك وبالتيمور»: و joins one more town to a list)
                if hint and hint not in LOCAL_KINDS:
                    why = "after a kind word"
                elif listed and not named and not (e.country == listed_country or main and e.population >= 100_000):
                    # «أهالي الطائف وزواره» (its visitors), «للأردن وترمز» (and it symbolises): a list goes on
                    # in the same country, or with a city's own name.
                    self._refused.add(e.id)
                    continue
                elif cue and (c.in_context or sized):
                    why = why_cue
                elif _is_variant(c):
                    # A spelling the gazetteer lacks (فرانسوا has Varanasi's skeleton): only after a cue
                    # or a kind word, or as another spelling of a place the article names.
                    if not named:
                        self._refused.add(e.id)
                        continue
                    why = "another spelling of a place the article names"
                elif dateline and main and not adjective and e.kind in SETTLEMENT_KINDS and (c.in_context or local):
                    why = "the town of a dateline"
                elif named:
                    why = "named elsewhere in the article"
                elif e.kind not in SETTLEMENT_KINDS or not main or adjective:
                    # Without a cue, only the town's own Arabic name (GeoNames' alternates of a big
                    # city include first names and words: ريم for Rome), and not an adjective's shape.
                    self._refused.add(e.id)
                    continue
                elif e.population >= LARGE_CITY:
                    why = f"a city of {e.population:,} people needs no cue"
                elif c.in_context and e.population >= (CONTEXT_TOWN if local else FOREIGN_CONTEXT_TOWN):
                    why = f"a town of {e.country}, a country the article names"
                else:
                    self._refused.add(e.id)
                    continue
                accepted[e.id] = why
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
            ev += f"; GeoNames name: {accepted.get(b.entry.id, why_cue)}"
        ev += context_note
        if len(kept) > 1:
            o = kept[1].entry
            ev += f"; {len(kept) - 1} other candidate{'s' if len(kept) > 2 else ''}, e.g. {o.name_en} ({o.country or o.kind})"
        # The kind word names the kind ("مدينتي" → city), except "منطقة", which says only "an area".
        kind = hint if hint and hint != "area" and b.entry.kind in HINT_FITS.get(hint, ()) else None
        if self.dateline_town is None and not self._tags and start < self._lead_end and b.entry.kind in SETTLEMENT_KINDS \
                and is_dateline_town(text, toks, i, n, off):
            self.dateline_town = b.entry  # in the title, the standfirst or the lead: not «لندن - قال» further on
        return PlaceMention(start, end, text[start:end], kept, kind=kind, evidence=ev)


# Why a scan rejected a span, where other layers read it (see _Scan.common_word_spans, not_place_spans).
_WHY_COMMON = "stop-list: "
_WHY_ADJECTIVE = "a nisba adjective "
_WHY_PHRASE = "not a place: "
_WHY_ORG_PART = "part of an organisation's name"


def _local_entry(kind: str, name: str, anchor: Entry | None) -> Entry:
    """A facility, street or neighbourhood the gazetteer lacks, at its anchor place's point."""
    key = name_key(name).replace(" ", "-")
    if anchor is None:
        return Entry(id=f"{kind}:?:{key}", kind=kind, name_en=name, name_ar=name, names=(name,), country=None,
                     lat=0.0, lon=0.0, source=f"kit:{kind}", hand_names=(name,))
    return Entry(id=f"{kind}:{anchor.country or anchor.id}:{key}", kind=kind, name_en=f"{name} ({anchor.name_en})",
                 name_ar=name, names=(name,), country=anchor.country, lat=anchor.lat, lon=anchor.lon,
                 source=f"kit:{kind}", hand_names=(name,))


def _in_quotes(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation that opens on its line (a title: “...”, «...»)?"""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    depth = 0
    for ch in line:
        if ch in OPENING_QUOTES:
            depth += 1
        elif ch in CLOSING_QUOTES:
            depth = max(0, depth - 1)
        elif ch == '"':
            depth = 0 if depth else 1
    return depth > 0


_LATIN_LABEL = re.compile(r"[A-Z][A-Z0-9]{1,5}")  # «USB», «HDMI», «LTE»: a technical label in capitals
_MEDIAL_HAMZA = re.compile(r"\w[أإؤئآ]")  # «بآبل» (with Apple) is no «بابل» (Babylon)
_HAMZA_CHARS = frozenset("أإؤئءآ")


def _is_variant(c: Candidate) -> bool:
    """A candidate found through :meth:`Gazetteer.variant_candidates` (a spelling the gazetteer lacks)."""
    return bool(c.reasons) and c.reasons[0].startswith("spelling variant of")


def _event_cue(text: str, toks: list, i: int, off: int) -> bool:
    """"محادثات أستانا", "مهرجان عنيزة", "بتوقيت غرينتش": a meeting, fair or clock named after its town."""
    return off == 0 and i > 0 and toks[i - 1].kind == "word" and _adjacent(text, toks[i - 1], toks[i]) \
        and any(s in EVENT_NOUNS for _, s in toks[i - 1].readings)


def _hashtag(text: str, toks: list, i: int, n: int, off: int) -> bool:
    """The whole of a hashtag: "#الزلفي", "#حفر_الباطن" (not a name inside a longer tag)."""
    end = toks[i + n - 1].end
    return off == 0 and toks[i].start > 0 and text[toks[i].start - 1] == "#" \
        and (end >= len(text) or not (text[end].isalnum() or text[end] == "_"))


def is_dateline_town(text: str, toks: list, i: int, n: int, off: int = 0) -> bool:
    """Is ``toks[i:i + n]`` the town of a dateline? It opens its paragraph before a dash ("الزلفي - افتتحت"),
    or follows the dash after a short outlet or author name and ends the line ("صحيفة الوطن – القريات"). The
    entity layer asks it too: a dateline's town is never the club named like it («عين اليوم – ميلان»).

    >>> t = "عين اليوم – ميلان\\nذكرت مصادر أن نادي ميلان"
    >>> from kit.text.arabic import tokenize
    >>> ts = tokenize(t)
    >>> [is_dateline_town(t, ts, k, 1) for k in (3, 8)]
    [True, False]
    >>> t = "عبدالعزيز السلمي - سبق - جدة: عقد النادي مؤتمرا"
    >>> is_dateline_town(t, tokenize(t), 5, 1)
    True
    """
    if off > 0:
        return False
    after = toks[i + n] if i + n < len(toks) else None
    if i == 0:
        return after is not None and after.kind != "word" and (after.text in DASHES or after.text == "(")
    dash = toks[i - 1]
    if dash.kind == "word" or dash.text not in DASHES or i - 1 > 5:
        return False
    # (the author, a dash and the outlet before it: «عبدالعزيز السلمي - سبق - جدة:»; one dash between words at most)
    inner = [k for k, t in enumerate(toks[:i - 1]) if t.kind != "word"]
    if len(inner) > 1 or any(toks[k].text not in DASHES or k in (0, i - 2) for k in inner):
        return False
    return after is None or after.kind != "word" or "\n" in text[toks[i + n - 1].end:after.start]


def _exact(cands: list[Candidate]) -> bool:
    return bool(cands) and "spelling variant" not in cands[0].reasons


def _is_adjective(gaz: Gazetteer, text: str, tokens: list, i: int, stem: str, variant: bool = False,
                  off: int = 0) -> bool:
    """True when the word at ``i`` reads as a nisba adjective after a noun, not as a place name:
    "عملية تركية", "القوات السعودية" (adjectives) vs "في السعودية", "أعلنت تركيا" (places).
    ``variant``: the name matched only through the final ه/ا fold, so an ية-form ("مجتمعات أفريقية")
    is an adjective even when no country has that nisba. ``off``: the proclitics before the stem; an
    adjective takes no بـ or لـ («للبنوك العاملة بالسعودية» is the country), and after و it is one only
    next to another adjective («المصرية والسعودية», not «دول الخليج والسعودية»)."""
    if gaz.nisba_country(stem) is None and not (variant and stem.endswith("يه")):
        return False
    clitics = fold(tokens[i].text[:off]) if off else ""
    if "ب" in clitics or "ل" in clitics:
        return False
    if clitics and (i == 0 or tokens[i - 1].kind != "word" or gaz.token_nisba(tokens[i - 1]) is None):
        return False
    if i > 0 and tokens[i - 1].kind == "word" and stem.endswith("يه") and tokens[i - 1].folded.endswith("ي") \
            and gaz.token_nisba(tokens[i - 1]) is not None:
        return False  # «زار الرئيس الأمريكي السعودية»: a feminine form after a masculine adjective is the object
    if variant and stem.endswith("يه") and gaz.nisba_country(stem) is not None:
        # «وسائل إعلام إسبانية», «وهي بريطانية»: a country's feminine adjective that reads as the country
        # only through the final ه/ا fold is the adjective, unless a particle or kind word makes it a
        # place («في تركية»).
        return not (i > 0 and tokens[i - 1].kind == "word" and (tokens[i - 1].folded in PARTICLES or _kind_word(tokens[i - 1])))
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


def _org_part_countries(scan: _Scan, gaz: Gazetteer) -> set[str]:
    """Countries of the towns the scan read as part of a body's name («تعليم جازان», «أمانة جدة»): the body is
    in that town, so the article names its country as surely as a place mention would (a town whose trusted
    entries lie in one country only)."""
    out: set[str] = set()
    for _, _, written, why in scan.rejected:
        if why != _WHY_ORG_PART:
            continue
        trusted = {c.entry.country for c in gaz.lookup(written) if c.trusted and c.entry.kind in SETTLEMENT_KINDS}
        if len(trusted) == 1 and (iso := next(iter(trusted))):
            out.add(iso)
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
    ctx = set(context or ()) | _context_countries(first.mentions) | _org_part_countries(first, gaz)
    ctx |= {n.country for n in find_nisbas(art, gaz, first.mentions)}
    return _Scan(art, gaz, frozenset(ctx), blocks, previous=first)


def find_nisbas(article, gazetteer: Gazetteer | None = None,
                places: Sequence[Span] | None = None) -> list[NisbaMention]:
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
            if t.kind != "word":
                continue
            hit = gaz.token_nisba_at(t)
            if hit is None or any(covered[t.start:t.end]):
                continue
            off, iso = hit
            end = t.end
            if iso == "KR" and i + 1 < len(toks) and toks[i + 1].folded in NORTH:
                iso, end = "KP", toks[i + 1].end  # كوري شمالي: North Korean
            head = toks[i - 1].text if i > 0 and toks[i - 1].kind == "word" and _adjacent(art.text, toks[i - 1], t) else None
            out.append(NisbaMention(t.start + off, end, art.text[t.start + off:end], iso, head))
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
        # Not a kind word the scan read as one (البحرين before الأحمر والمتوسط: the two seas).
        ent_mentions = [x for x in ent_mentions
                        if not any(s < x.end and x.start < e for s, e in getattr(scan, "kind_words", ()))]
        mentions, in_names = _merge_entities(art, gaz, mentions, ent_mentions)
    else:
        in_names = []
    # A country inside an event's name is no nisba either («معرض السعودية الدولي للكتاب»), nor an indefinite
    # one inside a person's name of two words or more: a surname («جون كندي», Kennedy) or a given name
    # («تركي الشمري»).
    surnames = [Span(t.start, t.end, t.text) for x in ent_mentions if x.type == "PERS"
                for t in art.tokens_in(x.start, x.end)
                if t.kind == "word" and (t.start > x.start or t.end < x.end) and not t.folded.startswith("ال")
                and gaz.token_nisba_at(t)]
    covered: list[Span] = [*mentions, *(m for m, _ in in_names), *surnames]
    nisbas = find_nisbas(art, gaz, covered)

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

    def imply(e: Entry, kind: str, source: str, evidence: str, span: Span) -> None:
        """Add ``span`` to the implied place of entry ``e`` (made with this kind, source and evidence the
        first time)."""
        p = implied.get(e.id)
        if p is None:
            p = implied[e.id] = Place(
                id=e.id, name=e.name_en, name_ar=e.name_ar, kind=kind, country=e.country, lat=e.lat, lon=e.lon,
                mentions=[], source=source, implied=True, evidence=evidence,
                label_lat=e.label_lat, label_lon=e.label_lon)
        p.mentions.append((span.start, span.end))
        p.texts.append(span.text)

    # A place said only inside an event's name («معرض الكويت الدولي للكتاب») tells where the event is, but
    # the article does not name it as a place: the map shows it as implied, "places named" leaves it out.
    # Where the article names it too, a town the event is named after is one more mention of it («في مدينة
    # برلين» and later «خلال معرض برلين»).
    for m, name in in_names:
        b = m.best
        if b is None:
            continue
        e = _place_key(gaz, b.entry)
        if e.id in places:
            tok = art.token_at(m.start)
            if tok is not None and tok.start == m.start:
                # (a bare town names the event; one after لـ or بـ is a phrase's object: «… الحضاري للمملكة»)
                places[e.id].mentions.append((m.start, m.end))
                places[e.id].texts.append(m.text)
        else:
            imply(e, m.kind or b.entry.kind, f"name+{b.entry.source}",
                  f"inside the name «{name}» (MISC) → {e.name_en}", m)
    for n in nisbas:
        ce = gaz.entry(f"country:{n.country}") if n.country not in named else None
        if ce is not None:
            imply(ce, "country", f"nisba+{ce.source}",
                  f"nisba: {n.text}" + (f" (after {n.head})" if n.head else "") + f" → {ce.name_en}", n)
    return list(places.values()) + list(implied.values())


def _merge_entities(art, gaz: Gazetteer, mentions: list[PlaceMention],
                    ents: list) -> tuple[list[PlaceMention], list[tuple[PlaceMention, str]]]:
    """Add the recogniser's LOC mentions the gazetteer scan missed; drop place names that sit inside
    a longer person or organisation name (جامعة دمشق) or that the recogniser reads, span for span, as an
    organisation (a club: «أمام نجران» in a match report) or a person (a surname); carry entity ids over.
    A place inside an event's or a work's name (مهرجان عنيزة) is returned apart, with that name: it says
    where the event is, but is no place mention of its own (the entity layer has no LOC there either)."""
    names = SpanIndex((x.start, x.end, x) for x in ents if x.type in ("PERS", "ORG"))
    others = SpanIndex((x.start, x.end, x) for x in ents if x.type == "MISC")
    # Span for span an organisation (a club: «أمام نجران») or a person (a surname: «وأكد الأحمدي» after
    # «علي الأحمدي»): the recogniser's reading is the article's one.
    same_span = {(x.start, x.end) for x in ents if x.type in ("ORG", "PERS")}
    locs = SpanIndex((x.start, x.end, k) for k, x in enumerate(ents) if x.type == "LOC")

    def inside_a_name(s: int, e: int) -> bool:
        return names.inside_longer(s, e)

    out = []
    in_names: list[tuple[PlaceMention, str]] = []
    for m in mentions:
        if inside_a_name(m.start, m.end) or (m.start, m.end) in same_span:
            continue
        if others.inside_longer(m.start, m.end):
            name = next(x for x in others.overlapping(m.start, m.end)
                        if x.start <= m.start and m.end <= x.end and x.end - x.start > m.end - m.start)
            in_names.append((m, art.text[name.start:name.end]))
            continue
        first = min(locs.overlapping(m.start, m.end), default=None)  # the first in the recogniser's order
        if first is not None:
            m.entity_id = ents[first].entity_id
        out.append(m)
    kept = SpanIndex((m.start, m.end, m) for m in out)
    context = frozenset(_context_countries(out))
    for x in ents:
        if x.type != "LOC":
            continue
        s, e = x.start, x.end
        if kept.overlapping(s, e) or inside_a_name(s, e) or others.inside_longer(s, e):
            continue
        before = art.token_at(s - 2) if s >= 2 else None
        if before is not None and before.kind == "word" and _adjacent(art.text, before, art.token_at(s) or before) \
                and (_kind_word(before) or (None,))[0] == "facility":
            continue  # the scan reads the name after "مطار", "قاعدة" itself ("مطار المدينة": the town's airport)
        cands = gaz.lookup(art.text[s:e], context=context)
        # The recogniser vouches for "a place here", not for which: a village known only from GeoNames
        # is too weak a reading of it.
        cands = [c for c in cands if c.trusted or c.entry.population >= 15_000]
        if cands:
            out.append(PlaceMention(s, e, art.text[s:e], cands, source="entities", entity_id=x.entity_id,
                                    evidence=f"entity recogniser: LOC ({x.source}); gazetteer: "
                                             f"{cands[0].entry.name_en} ({cands[0].entry.kind})"))
    return sorted(out, key=lambda m: m.start), in_names


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
