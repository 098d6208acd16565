"""Named entities of an article: people, organisations, places and other names, grouped by entity.

Several recognizers propose mentions and one merge decides:

- ``gazetteer``: organisations from ``data/gazetteer/organisations.tsv`` (aliases and acronyms),
  places from :mod:`kit.places.places`;
- ``pattern``: a title or role followed by a name ("وزير الدفاع، فلان الفلاني،"), an organisation
  head and its complement ("وزارة …", "حزب …"), a quoted name after a trigger
  ("حاملة الطائرات «…»"), a model name ("تو-22", "إف-16");
- ``model``: the CRF trained on ANERcorp (:mod:`kit.entities.recognise.crf`), with its score;
- ``camel``: CAMeL Tools' NER model, when installed (:mod:`kit.entities.recognise.camel`);
- ``alias``: further mentions of a name already found (a surname after the full name).

Overlaps are settled by precedence (title, quote and model-name patterns, then gazetteers, then
organisation-head patterns, then aliases, then the CRF, then CAMeL; a longer span first within a
level); every recognizer that found the same thing is kept in
``sources``. Mentions of one thing share an ``entity_id``; role mentions ("الوزير") and nisba
adjectives ("القوات المصرية") are linked to entities in separate lists.

>>> from kit.text.article import parse_article
>>> a = parse_article("زيارة رسمية\\n\\nقال وزير الخارجية المصري، سامح الزياني، إن الأمم المتحدة تدعم الحل. وأضاف الوزير أن الزياني سيزور نيويورك.")
>>> ents = find_entities(a, use_model=False, use_camel=False)
>>> [(m.text, m.type, m.source) for m in ents.mentions if m.type != "LOC"]
[('سامح الزياني', 'PERS', 'pattern'), ('الأمم المتحدة', 'ORG', 'gazetteer'), ('الزياني', 'PERS', 'alias')]
>>> ents.mentions[0].entity_id == ents.mentions[-1 if ents.mentions[-1].type != "LOC" else -2].entity_id
True
>>> [(r.text, ents.entity(r.entity_id).canonical) for r in ents.roles]
[('وزير الخارجية المصري', 'سامح الزياني'), ('الوزير', 'سامح الزياني')]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import takewhile
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from kit.entities import camel, crf
from kit.entities.results import Entities, Entity, Mention, Nisba, Role
from kit.places.places import (
    CONTEXT_TOWN,
    SETTLEMENT_KINDS,
    is_dateline_town,
    load_gazetteer,
    name_key,
    nisba_country,
    scan_places,
    skeleton,
)
from kit.resources import DATA
from kit.text import lexicon
from kit.text.arabic import final_fold, fold, has_arabic, strip_article, tokenize
from kit.text.article import Token, make_token, tokens_of  # noqa: F401 (tokens_of: the examples below)
from kit.text.clusters import word_clusters
from kit.text.spans import SpanIndex

if TYPE_CHECKING:
    pass

GAZ = DATA / "gazetteer"
TYPES = ("PERS", "ORG", "LOC", "MISC")

# Precedence of recognizers when their spans overlap (higher wins).
PRIORITY = {"pattern": 50, "gazetteer": 40, "alias": 30, "model": 20, "camel": 15}


# --- word lists -------------------------------------------------------------------------------------

def _hamza(folded: str) -> str:
    """ؤ and ئ written either way ("الشؤون"/"الشئون") meet on one key."""
    return folded.replace("ؤ", "ء").replace("ئ", "ء")


@lru_cache(maxsize=4096)  # (names asked again and again; a corpus run's workers must not grow it)
def key(text: str) -> str:
    """The matching key of a name: folded words, hamza seats merged, one space between words.

    >>> key("الشؤون  الإسلامية") == key("الشئون الاسلاميه")
    True
    """
    return " ".join(_hamza(fold(w.text)) for w in tokenize(text) if w.kind != "punct")


def _words(name: str) -> frozenset[str]:
    """A word class of ``data/lexicon/`` as matching keys (folded, hamza seats merged)."""
    return frozenset(_hamza(w) for w in lexicon.words(name))


def _phrases(name: str) -> list[tuple[str, ...]]:
    return [tuple(key(p).split()) for p in lexicon.raw_words(name)]


# The word classes the rules read (each file's header says what it is for).
STOP = _words("stop_words")
# Stop words written with ى («على», «لدى»): a text that writes the word with ي («علي») may mean a given name
_YA_STOPS = frozenset(_hamza(fold(w)) for w in lexicon.raw_words("stop_words") if w.endswith("ى"))
ROLE_HEADS = _words("role_heads")
ROLE_HEADS_MULTI = _phrases("role_heads_multi")
HONORIFICS = _words("honorifics")
COURTESY_TITLES = _words("courtesy_titles")
REGNAL_ORDINALS = _words("regnal_ordinals")
COMPOUND_NAME_ENDS = _words("compound_name_ends")
HONORIFICS_MULTI = _phrases("honorifics_multi")
CONNECTORS = _words("name_connectors")
_LINEAGE = frozenset({"بن", "ابن", "بنت"}) & CONNECTORS  # "son/daughter of": «محمد بن سلمان», «ابن خلدون»
_BIN = "بن"
BLESSINGS = _words("blessing_words")
PRAYER_OPENERS = _words("prayer_openers")
COMPLEMENTIZERS = _words("complementizers")
SURNAME_PARTICLES = _words("surname_particles")
_KUNYA = frozenset({"ابو", "ام", "ابي"}) & CONNECTORS  # the connectors of a kunya: «أبو عبد الله», «أم كلثوم»
# Verbs that introduce a name: "قال فلان الفلاني وزير …", "استقبل فلان …".
SPEECH_VERBS = _words("speech_verbs") | _words("verbs_before_names")
_SPEAKER_CLOSERS = _words("speaker_closers")
# Heads that make a following genitive an organisation ("وزارة الدفاع"); STRONG ones do so with
# any definite complement, WEAK ones ("حركة", "تنظيم") only with a name (quoted, known or unknown
# word), because they are also common nouns ("حركة المرور", "تنظيم الانتخابات").
ORG_HEADS_STRONG = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("org_heads") if r["strength"] == "strong")
ORG_HEADS_WEAK = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("org_heads") if r["strength"] != "strong")
ORG_HEADS_ANY = ORG_HEADS_STRONG | ORG_HEADS_WEAK
# Bodies of a place ("أمانة جدة"): weak, but a place right after them (or its kind word and a place) names them.
ORG_HEADS_SEAT = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("org_heads") if r["strength"] == "seat")
# (a seat's head that a country's adjective alone does not name: «الشرطة البريطانية»)
ORG_HEADS_SEAT_PLACE_ONLY = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("org_heads")
                                      if r["strength"] == "seat" and r["by_adjective"] == "no")
# A troupe or an orchestra: named by a foreign word only («فرقة ديرين»), not by a common one («فرقة إسعاف»).
ORG_HEADS_FOREIGN = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("org_heads") if r["strength"] == "foreign")
ORG_HEADS_NATION = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("org_heads") if r["strength"] == "nation")
ORG_HEADS_OUTSIDE = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("org_heads") if r["in_name"] == "no")
# «وكالة فرانس برس» → «فرانس برس», but «وكالة الأنباء السعودية» whole: outside before a proper name only.
ORG_HEADS_BEFORE_NAME = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("org_heads") if r["in_name"] == "before-name")
# Heads that stand outside a proper name after them, teams left out: «شركة النشر موندادوري» names the company
# «موندادوري» (a team's words after its head are its name: «فريق الهلال السعودي سيغوندو»)
_HEADS_OUTSIDE_A_NAME = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("org_heads")
                                  if r["in_name"] in ("no", "before-name") and r["strength"] in ("strong", "weak"))
# With ال, a head is an organisation only when one of these adjectives (or a nisba) follows.
NAMING_ADJECTIVES = _words("naming_adjectives")
# («الغرفة التجارية الصناعية»: adjectives that name one head only)
HEAD_NAMING_ADJECTIVES = {_hamza(fold(r["head"])): frozenset(_hamza(fold(w)) for w in r["adjectives"].split())
                          for r in lexicon.rows("head_naming_adjectives")}
ROLE_ADJECTIVES = _words("role_adjectives")
VERBAL_NOUN_AUXILIARIES = _words("verbal_noun_auxiliaries")
DESCRIPTIVE = _words("descriptive_adjectives")
# Triggers after which a quoted name is an entity of the given type.
# Ordinals and "new"/"last" may stand between a work's noun and its quoted title ("ديوانها الأول «…»").
WORK_ADJECTIVES = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("ordinals")) | _words("work_adjectives")
ORDINALS_FEMININE = _words("ordinals_feminine")
_POSSESSIVE = re.compile(r"(هما|هم|ها|ه|نا|كم)$")
QUOTE_TRIGGERS: dict[str, list[tuple[str, ...]]] = {}
for _row in lexicon.rows("quote_triggers"):
    QUOTE_TRIGGERS.setdefault(_row["type"], []).append(tuple(key(_row["trigger"]).split()))
# The nouns of a work (a film, a series, a book): «بطولة المسلسل» is the series' starring cast.
WORK_NOUNS = frozenset(strip_article(key(r["trigger"])) for r in lexicon.rows("quote_triggers") if r["work"] == "yes")
# Weapons whose model name follows them without quotes ("مقاتلات تورنادو", "من طراز سو-24").
WEAPON_TRIGGERS = _words("weapon_words")
# Kinds of weapon, not models: "صواريخ كروز" are cruise missiles of any make.
GENERIC_WEAPONS = _words("generic_weapons")
# A model name: letters, a hyphen, digits ("تو-22", "إف-16", "إس-400", "F-16", "Su-24").
MODEL_NAME = re.compile(r"^[^\W\d_]{1,6}-\d{1,4}[^\W\d_]{0,3}$")
# What the kit does not count as a named entity (ANERcorp tags them MISC): currencies, religions,
# God's name. Folded, without ال.
NOT_ENTITIES = _words("not_entities")
PREPOSITIONS = _words("prepositions")
RELATIVE_PRONOUNS = _words("relative_pronouns")
NICKNAME_CALLERS = _words("nickname_callers")  # «المشهور بـ"بيبي"»: ends the name before it
LOCATIVES = _words("locative_prepositions")  # «بالقرب من»: after a facility's name, where it is
PLACE_CUES = _words("place_cues")  # «إلى الأحمدي»: a place, even where a person of that surname is named
SEAT_WORDS = _words("seat_words")  # «مقرها»: a body's seat; the name after it is a place
HOME_COUNTRY_WORDS = _words("home_country_words")  # «سفير اليابان لدى المملكة»: the report's own country ends the office
DISTRICT_HEADS = _words("district_heads")  # «مديرية صرواح»: a district, no directorate
FACILITY_HEADS = frozenset(_hamza(w) for w in _words("facility_heads"))
STADIUM_HEADS = frozenset(_hamza(w) for w in _words("stadium_heads"))
# "بمنطقة عسير", "بمحافظة جدة", "مدينة …": the singular kind words of an area, a governorate and a city.
PLACE_KINDS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("place_kind_words") if r["kind"] in (
    "area", "governorate", "city") and r["governs"] == "1" and not r["word"].startswith("ال"))
# Every kind word of a place, singular or not («حي», «شارع», «منطقة»): after a facility's name, بـ and one
# of them say where it stands.
PLACE_KIND_WORDS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("place_kind_words") if not r["word"].startswith("ال"))
# Kind words of settlements and regions (data/lexicon/place_kind_words.tsv): a name right after one is a
# place even where the gazetteer lacks it («مدينة كيتيون», «بمحافظة هونان», «قرية بوادي»).
SETTLEMENT_KIND_WORDS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("place_kind_words") if r["kind"] in (
    "city", "town", "village", "governorate", "region", "state", "area", "district", "island", "camp"))
# The strong kind words of one settlement («قرية», «مدينة», «مخيم»; not «بلدية», a body): the name after
# one is a place even where neither the gazetteer nor the model knows it («قرية المفتاحة»).
SETTLEMENT_NAMERS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("place_kind_words") if (r["kind"] in (
    "city", "town", "village", "governorate", "state", "region", "camp") and r["strength"] == "strong"
    or r["kind"] in ("country", "neighbourhood"))
    and r["governs"] == "1" and not r["word"].startswith("ال") and fold(r["word"]) not in (fold("بلدية"), fold("ولاية")))
# (a country's kind word names a state the gazetteer may lack, an old one too: «دولة المماليك»)
NEIGHBOURHOOD_NAMERS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("place_kind_words")
                                 if r["kind"] == "neighbourhood" and r["governs"] == "1")
COUNTRY_NAMERS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("place_kind_words") if r["kind"] == "country")
# («ولاية» is also a term of office: «ولاية خامسة», «ولاية رئاسية»)
GENERIC_ORGS = frozenset(key(p) for p in lexicon.raw_words("generic_org_phrases"))
OWN_BODY_NOUNS = _words("own_body_nouns")
EVENT_HEADS = frozenset(_hamza(w) for w in _words("event_heads"))
GATHERING_ADJECTIVES = _words("gathering_adjectives")
THEME_EVENT_HEADS = frozenset(_hamza(w) for w in _words("theme_event_heads"))
DATELINE_WORDS = _words("dateline_words")
DATELINE_OUTLETS = _words("dateline_outlets")
PAGE_FURNITURE = _words("page_furniture")
LATIN_NOT_NAMES = frozenset(w.lower() for w in lexicon.raw_words("latin_not_names"))
LATIN_ORG_HEADS = frozenset(w.lower() for w in lexicon.raw_words("latin_org_heads"))
MONTH_NAMES = frozenset(_hamza(fold(r["name"])) for r in lexicon.rows("months"))
# «رمضان», «شعبان», «رجب»: Hijri months that are also given names and family names («طه ياسين رمضان»)
HIJRI_MONTHS = frozenset(_hamza(fold(r["name"])) for r in lexicon.rows("months") if r["calendar"] == "hijri")
# A number followed by one of these is a count, never a year («سباق 5000 متر»), and no model number
# («برنت 35 سنتا»).
_UNIT_WORDS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("units"))
# A time ends an event's or a facility's name: «ملتقى التراث الأسبوع المقبل», «مهرجان التمور اليوم».
TIME_DIRECTIONS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("time_directions"))
WEEKDAY_NAMES = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("weekdays") if not r["ambiguous"])
TIME_WORDS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("relative_days")) | WEEKDAY_NAMES
DASHES = {"-", "–", "—", "ـ"}
QUOTES_OPEN = "«\"“„'‘"
# Media that name themselves in quotes and then in Latin ("موقع “ديجي-وو” Digi-Wo"): these three besides
# the strong organisation heads (صحيفة، جريدة، وكالة، قناة), which are too common to be heads themselves.
MEDIA_HEADS = frozenset({"مجله", "موقع", "شبكه"})
_MEDIA_OR_ORG_HEADS = ORG_HEADS_STRONG | MEDIA_HEADS
QUOTES_CLOSE = "»\"”‟'’″"  # ″ (a double prime) closes a quote opened by “ in some newsrooms
ARABIC_COMMAS = {"،", ",", "؛"}
# A match's line-up is often a list of names between dashes («أسامة هوساوي – محمد أمان – أمير كردي»); some
# newsrooms draw the dash with a lone tatweel («عوض خميس ـ أحمد عباس»)
_ITEM_SEPARATORS = ARABIC_COMMAS | {"–", "—", "ـ"}


@dataclass(frozen=True)
class OrgEntry:
    """One organisation of the gazetteer."""

    id: str
    canonical: str
    kind: str
    country: str
    aliases: tuple[str, ...]
    source: str


@dataclass
class Resources:
    """The word lists the rules read, loaded once from ``data/gazetteer/``."""

    orgs: dict[str, OrgEntry]
    org_index: dict[tuple[str, ...], str]  # alias key words → org id
    org_max: int
    person_words: dict[str, tuple[int, int, int]]  # folded word → (pers, first, total)
    word_tags: dict[str, dict[str, int]]

    def common(self, w: str) -> bool:
        """True for a word ANERcorp mostly leaves untagged (a common word, not a name)."""
        c = self.word_tags.get(w)
        if not c:
            return False
        total = sum(c.values())
        return total >= 3 and c.get("O", 0) / total >= 0.7

    def person_word(self, w: str) -> bool:
        p = self.person_words.get(w)
        return p is not None and p[0] / max(p[2], 1) >= 0.5

    def first_name(self, w: str) -> bool:
        p = self.person_words.get(w)
        return p is not None and p[1] >= 2


def _read_tsv(path) -> list[list[str]]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


@lru_cache(maxsize=1)
def resources() -> Resources:
    """The organisation gazetteer and name lists (a few ms; cached)."""
    from kit.text.article import InputError

    path = GAZ / "organisations.tsv"
    if not path.is_file():
        raise InputError(f"{path} is missing: run `python scripts/build_organisations.py`")
    orgs: dict[str, OrgEntry] = {}
    index: dict[tuple[str, ...], str] = {}
    rows = _read_tsv(path)
    for row in rows[1:]:
        oid, canonical, kind, country, aliases, source = row[:6]
        entry = OrgEntry(oid, canonical, kind, country, tuple(a for a in aliases.split("|") if a), source)
        orgs[oid] = entry
        for a in entry.aliases:
            k = tuple(key(a).split())
            # The core table comes first: a harvested name never takes a core alias over.
            if k and k not in index:
                index[k] = oid
    person_words: dict[str, tuple[int, int, int]] = {}
    for row in _read_tsv(GAZ / "person_names.tsv")[1:]:
        person_words[_hamza(row[0])] = (int(row[1]), int(row[2]), int(row[3]))
    core_names = GAZ / "person_names_core.txt"
    if core_names.is_file():
        with open(core_names, encoding="utf-8") as f:
            for line in f:
                w = line.split("#")[0].strip()
                if w:
                    wk = _hamza(fold(w))
                    pers, first, total = person_words.get(wk, (0, 0, 0))
                    person_words[wk] = (max(pers, 5), max(first, 5), max(total, 5))
    word_tags = {}
    rows = _read_tsv(GAZ / "word_tags.tsv")
    header = rows[0]
    for row in rows[1:]:
        word_tags[_hamza(row[0])] = {t: int(n) for t, n in zip(header[1:], row[1:])}
    return Resources(orgs, index, max((len(k) for k in index), default=1), person_words, word_tags)


def with_aliases(res: Resources, aliases: dict[str, str] | None) -> Resources:
    """A copy of ``res`` that also knows ``aliases``: {Arabic alias: organisation id or canonical
    name}. An unknown target becomes a new organisation with that canonical name.

    >>> r = with_aliases(resources(), {"منظمة الدول المصدرة للبترول": "opec"})
    >>> r.org_index[tuple(key("منظمة الدول المصدرة للبترول").split())]
    'opec'
    """
    if not aliases:
        return res
    from kit.text.article import InputError

    orgs = dict(res.orgs)
    index = dict(res.org_index)
    by_canonical = {e.canonical.casefold(): e.id for e in orgs.values()}
    for alias, target in aliases.items():
        if not isinstance(alias, str) or not isinstance(target, str) or not key(alias):
            raise InputError(f"an alias maps Arabic text to an organisation id or name (got {alias!r}: {target!r})")
        oid = target if target in orgs else by_canonical.get(target.casefold())
        if oid is None:
            oid = "user_" + key(target).replace(" ", "_") if has_arabic(target) else "user_" + target.casefold().replace(" ", "_")
            orgs[oid] = OrgEntry(oid, target, "", "", (alias,), "user")
            by_canonical[target.casefold()] = oid
        index[tuple(key(alias).split())] = oid
    return replace(res, orgs=orgs, org_index=index, org_max=max(len(k) for k in index))


# --- tokens -------------------------------------------------------------------------------------------

def _is_word(t: Token) -> bool:
    return t.arabic


def _span_tokens(article, start: int, end: int) -> tuple[Token, ...]:
    """The document's tokens of ``[start, end)``; a first word entered after its proclitics ("لتركيا"
    from its ت) is that word's stem, as a token of its own. Kept per article: the filters ask for the
    same candidate spans again and again."""
    memo = article.span_memo
    got = memo.get((start, end))
    if got is None:
        out = article.tokens_in(start, end)
        first = article.token_at(start)
        if first is not None and first.start < start:
            out.insert(0, make_token(start, first.end, article.text[start:first.end], first.kind,
                                     first.i, first.segment, first.paragraph))
        got = memo[start, end] = tuple(out)
    return got


# --- candidates -------------------------------------------------------------------------------------

@dataclass
class Candidate:
    """A mention proposed by one recognizer, before the merge."""

    start: int
    end: int
    type: str
    source: str
    evidence: str
    priority: int = 0
    canonical: str | None = None
    ref: str | None = None  # gazetteer id (org id, place id) that ties mentions together
    score: float | None = None
    country: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start

    def copy(self) -> Candidate:
        """A shallow copy, as :func:`copy.copy` makes it but without its generic path (the merge copies
        every span it keeps).

        >>> c = Candidate(0, 4, "ORG", "gazetteer", "")
        >>> d = c.copy(); d.end = 5
        >>> (c.end, d.end, d == Candidate(0, 5, "ORG", "gazetteer", ""))
        (4, 5, True)
        """
        new = object.__new__(Candidate)
        new.__dict__.update(self.__dict__)
        return new


def _match_phrase(toks: list[Token], i: int, index: dict, max_len: int) -> tuple[int, str, str] | None:
    """Longest entry of ``index`` starting at token ``i`` (proclitics allowed on the first word; of two as
    long, the one of the first word's earlier reading). The words after the first are words or numbers.

    Returns (end token, first-word stem used, value).
    """
    n = len(toks)
    if toks[i].kind != "word":
        return None
    firsts, goes_on = _index_words(index)
    if firsts.isdisjoint(toks[i].keys):
        return None
    # A phrase grows one word at a time while a longer entry goes on from it (rather than trying every
    # length at every token that may open one).
    longest = min(max_len, n - i)
    best: tuple[int, str, str] | None = None
    for stem in toks[i].keys:
        words: tuple[str, ...] = (stem,)
        while True:
            hit = index.get(words)
            if hit is not None and (best is None or len(words) > best[0]):
                best = (len(words), stem, hit)
            if len(words) >= longest or words not in goes_on:
                break
            nxt = toks[i + len(words)]
            if nxt.kind not in ("word", "number"):
                break
            words += (nxt.key,)
    return None if best is None else (i + best[0], best[1], best[2])


_INDEX_WORDS: dict[int, tuple[dict, frozenset, frozenset]] = {}


def _index_words(index: dict) -> tuple[frozenset, frozenset]:
    """The first words of an index's phrases, and every word sequence a longer phrase of it goes on from
    (cached per index object)."""
    got = _INDEX_WORDS.get(id(index))
    if got is None or got[0] is not index:
        got = (index, frozenset(k[0] for k in index), frozenset(k[:m] for k in index for m in range(1, len(k))))
        _INDEX_WORDS.clear() if len(_INDEX_WORDS) > 16 else None
        _INDEX_WORDS[id(index)] = got
    return got[1], got[2]


def _first_words(index: dict) -> frozenset:
    """The first words of an index's phrases."""
    return _index_words(index)[0]


def _headed_by(prefix: str) -> bool:
    """Is ``prefix`` (the words of a longer name before a shorter one) only a head noun, «نادي» or «لنادي»?

    >>> _headed_by("نادي "), _headed_by("لنادي "), _headed_by("موندو ")
    (True, True, False)
    """
    toks = [t for t in tokens_of(prefix) if t.kind == "word"]
    return len(toks) == 1 and (_after_naming_head(toks[0]) or not TEAM_WORDS.isdisjoint(
        strip_article(st) for _, st in toks[0].kreadings))


def _kind_anaphors(segs_toks: list[list[Token]], words: Sequence[frozenset[str]] | None = None) -> set[tuple[int, int]]:
    """Spans that name again, with ال alone, a place the text named with its kind word: after «جزيرة
    كيش», «يتوجه مليون شخص سنويا الى الجزيرة» is the island, not the channel or the paper of that name
    (after a quote, an organisation's head or a speech verb, «قناة الجزيرة», «ذكرت الجزيرة», it stays one).

    >>> t = "في جزيرة كيش. ويتوجه الزوار الى الجزيرة وقالت قناة الجزيرة"
    >>> [t[s:e] for s, e in sorted(_kind_anaphors([tokens_of(t)]))]
    ['الجزيرة']
    """
    # (``words``: each segment's :func:`_segment_words`, when the caller has them: a segment without a kind
    # word is skipped at once)
    named = {_hamza(t.key) for n, toks in enumerate(segs_toks) if words is None or not PLACE_KIND_WORDS.isdisjoint(words[n])
             for k, t in enumerate(toks[:-1]) if t.kind == "word"
             and t.kreadings[0][0] == 0 and _hamza(t.key) in PLACE_KIND_WORDS and toks[k + 1].kind == "word"}
    if not named:
        return set()
    out = set()
    for toks in segs_toks:
        for k, t in enumerate(toks):
            if t.kind != "word" or "ال" not in t.key:
                continue
            st = next((st for _, st in t.kreadings if st.startswith("ال") and _hamza(st[2:]) in named), None)
            if st is None or (k > 0 and (toks[k - 1].text in QUOTES_OPEN
                                         or _head_reading(toks[k - 1], ORG_HEADS_ANY) is not None
                                         or any(s in SPEECH_VERBS for _, s in toks[k - 1].kreadings))):
                continue  # «ذكرت الجزيرة»: a paper that reports
            out.add((t.start + t.stem_offset(st), t.end))
    return out


def org_gazetteer_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """Organisations of the gazetteer, longest alias first. After "لل" (ل + ال, whose alef is not
    written) the span starts at the second lam, the ل of the article.

    >>> t = "أعلن حلف شمال الأطلسي وللأمم المتحدة"
    >>> [(text_of(t, c), c.canonical) for c in org_gazetteer_candidates(t, tokens_of(t), resources())]
    [('حلف شمال الأطلسي', 'NATO'), ('لأمم المتحدة', 'United Nations')]
    """
    # A dotted acronym ("بي.بي.سي") is matched without its dots.
    toks = [t for k, t in enumerate(toks) if not (
        t.text == "." and 0 < k < len(toks) - 1 and toks[k - 1].end == t.start and toks[k + 1].start == t.end
        and toks[k - 1].kind == "word" and toks[k + 1].kind == "word")]
    out = []
    firsts = _first_words(res.org_index)
    i = 0
    while i < len(toks):
        hit = _match_phrase(toks, i, res.org_index, res.org_max) if not firsts.isdisjoint(toks[i].keys) else None
        if hit is None:
            i += 1
            continue
        end, stem, oid = hit
        entry = res.orgs[oid]
        if end == i + 1 and _hamza(strip_article(stem)) in MONTH_NAMES and not (
                i > 0 and _head_reading(toks[i - 1], ORG_HEADS_STRONG) is not None):
            i += 1
            continue  # "أبريل / نيسان الماضي": the month, not the carmaker (that one is "شركة نيسان")
        start = toks[i].start + toks[i].stem_offset(stem)
        if end == i + 1 and start > toks[i].start and (res.common(toks[i].key) or (
                fold(text[toks[i].start:start]).endswith("ك") and _corpus_key(toks[i].key))):
            i += 1
            continue  # "بديل" (a substitute) is a word, not ب + "ديل" (Dell); «كابل» (a cable) no ك + «ابل» (Apple)
        if end == i + 1 and start > toks[i].start and fold(text[toks[i].start:start]) in ("و", "ف") \
                and _corpus_word("ال" + toks[i].folded) and not any(ch in "آأإ" for ch in text[start:toks[i].end]):
            i += 1
            continue  # «حالات وفيات» (deaths: the corpus writes «الوفيات») is a noun, not و + «فيات» (Fiat); «وآبل» is Apple
        if end > i + 1 and start == toks[i].start and _counted_at(toks, i) and not toks[i].key.startswith("ال") \
                and (_hamza(toks[i].key) in ORG_HEADS_STRONG or _hamza(toks[i].key) in ORG_HEADS_WEAK):
            i += 1
            continue  # «17 شركة اتصالات»: companies of a field counted, not the one so called
        alias = text[start:toks[end - 1].end]
        after = toks[end] if end < len(toks) else None
        if entry.kind == "sport" and _feminine_country_adjective(after) and _place_as_written(alias):
            i += 1  # «إلى برشلونة الإسبانية»: a town takes a feminine adjective, a club a masculine one
            continue
        if entry.kind == "sport" and is_dateline_town(text, toks, i, end - i) and _place_as_written(alias):
            i += 1  # «عين اليوم – برشلونة»: the town a report comes from
            continue
        prev = toks[i - 1] if i > 0 else None
        if end == i + 1 and prev is not None and any(st == "شبه" for _, st in prev.kreadings):
            i += 1
            continue  # «شبه الجزيرة الإيطالية»: a peninsula, not the channel or the club
        if end == i + 1 and start == toks[i].start and not toks[i].key.startswith("ال") and prev is not None \
                and _is_word(prev) and len(prev.kreadings) == 1 \
                and toks[i].start - prev.end <= 1 and not res.common(prev.key) and not prev.key.startswith("ال") \
                and (res.first_name(prev.key) or res.person_word(prev.key) or (
                    _foreign_word(prev) and not prev.key.endswith("ات") and not any(h in prev.text for h in "ءئؤ")
                    and _namey(prev, res, 0, strict=True) and not _feminine_past(prev, res))) \
                and not _known_place(prev.text) \
                and (prev.key,) not in res.org_index and _head_reading(prev, ORG_HEADS_ANY) is None:
            i += 1
            continue  # «السويدي غوران إريكسون», «هنري فورد»: after a given name, a person's surname, not the company
        if end == i + 1 and toks[i].key in SURNAME_PARTICLES and (prev is None or _head_reading(prev, ORG_HEADS_ANY) is None) \
                and (prev is None or (prev.key,) not in res.org_index) and after is not None and _is_word(after) \
                and (after.key,) not in res.org_index and _match_phrase(toks, end, domain_lists()[2].index, 3) is None \
                and _hamza(after.key) not in COMPANY_SUFFIXES and not after.key.endswith(("يز", "جيز")) \
                and after.kreadings[0][0] == 0 and not _definite(after) and not res.common(after.key) \
                and _cluster_share(after.key, 1) >= 0.5:
            i += 1
            continue  # «رونالدو ديل كارمن»: a surname's particle between two names, not the company «ديل»
        if end == i + 1 and alias.endswith("ى") and not any(a.endswith("ى") for a in entry.aliases):
            i += 1
            continue  # «أودى الانفجار بحياة…» (it claimed): a verb; the carmaker is written «أودي»
        if end == i + 1 and alias[:1] == "إ" and len(alias) <= 4 and not any(a[:1] == "إ" for a in entry.aliases):
            i += 1
            continue  # «ثقافة إبل» (camels): a short name's hamza seat tells it from the company written «أبل»
        if end - i >= 2 and start == toks[i].start and prev is not None and _is_word(prev) and prev.key == "شركات" \
                and toks[i].key.startswith("ال") and nisba_of(toks[end - 1].text) is not None \
                and not (after is not None and (after.text in ARABIC_COMMAS or (_is_word(after) and after.text[:1] == "و"))):
            i += 1
            continue  # «شركات الأسمنت السعودية المدرجة»: the country's companies of a field, not the one so called
        if prev is not None and _is_word(prev) and prev.end + 1 >= toks[i].start and start == toks[i].start:
            # «مجلس الاحتياطي الاتحادي»: the head before another spelling of a name the body is also called
            # with that head («مجلس الاحتياطي الفيدرالي») is part of the name
            at = next((off for off, st in prev.kreadings if _hamza(st) in _alias_heads(entry.aliases)), None)
            if at is not None:
                start = prev.start + at
                alias += f"» with its head «{text[start:toks[i].start].strip()}"
        out.append(Candidate(start, toks[end - 1].end, "ORG", "gazetteer",
                             f"organisation gazetteer: «{alias}» is an alias of {entry.canonical} ({entry.source})",
                             PRIORITY["gazetteer"] + 1, entry.canonical, "org:" + oid, country=entry.country or None))
        i = end
    return _with_cued_orgs(text, toks, res, out)


@lru_cache(maxsize=4096)
def _alias_heads(aliases: tuple[str, ...]) -> frozenset[str]:
    """The head words (folded, as written with or without ال) that open one of an organisation's
    ``aliases`` of two words or more: {"مجلس"} for the Federal Reserve («مجلس الاحتياطي الفيدرالي»).
    (The entry's own aliases: a caller's extra aliases make organisations the shared resources lack.)

    >>> sorted(_alias_heads(("الاحتياطي الفيدرالي", "مجلس الاحتياطي الفيدرالي")))
    ['مجلس']
    """
    out = set()
    for a in aliases:
        words = a.split()
        if len(words) >= 2:
            first = _hamza(fold(words[0]))
            if _hamza(strip_article(first)) in ORG_HEADS_ANY:
                out.add(first)
    return frozenset(out)


MEMBER_NOUNS = frozenset(_hamza(w) for w in _words("member_nouns"))


@lru_cache(maxsize=1)
def _cued_orgs() -> dict[str, str]:
    """{folded short name: org id} of data/gazetteer/organisations_cued.tsv."""
    return {_hamza(key(row[0])): row[1] for row in _read_tsv(GAZ / "organisations_cued.tsv")[1:]}


def _with_cued_orgs(text: str, toks: list[Token], res: Resources, found: list[Candidate]) -> list[Candidate]:
    """``found`` and the short names of organisations that are also words, where a cue says they are
    the organisation: a noun of membership before it, or an armed group or party joined to it by و.

    >>> t = "اعتقل زعيم القاعدة، واتهم بصلاته بالقاعدة، وقاتل طالبان والقاعدة، وتبقى القاعدة العامة ثابتة"
    >>> [text_of(t, c) for c in org_gazetteer_candidates(t, tokens_of(t), resources())]
    ['القاعدة', 'القاعدة', 'طالبان', 'القاعدة']
    """
    cued = _cued_orgs()
    if all(cued.keys().isdisjoint(t.keys) for t in toks):  # (find_entities skips a segment without any at once)
        return found  # most segments: no short name at all
    out = list(found)
    ends = {c.end: c for c in found}
    starts = {c.start: c for c in found}

    def group(c: Candidate | None) -> bool:
        entry = res.orgs.get((c.ref or "")[4:]) if c is not None else None
        return entry is not None and entry.kind in ("armed_group", "party")

    for i, t in enumerate(toks):
        if not _is_word(t) or cued.keys().isdisjoint(t.keys):
            continue
        hit = next(((off, st) for off, st in t.kreadings if st in cued), None)
        if hit is None or any(c.start <= t.start < c.end for c in found):
            continue
        off, stem = hit
        prev = toks[i - 1] if i > 0 and _is_word(toks[i - 1]) else None
        member = prev is not None and any(strip_article(b) in MEMBER_NOUNS
                                          for _, st in prev.kreadings for b in {st} | _pronoun_bases(st))
        joined = (off and t.text[:1] == "و" and i > 0 and group(ends.get(toks[i - 1].end))) or (
            i + 1 < len(toks) and toks[i + 1].text[:1] == "و" and group(starts.get(toks[i + 1].start + 1)))
        if not (member or joined):
            continue
        entry = res.orgs[cued[stem]]
        out.append(Candidate(t.start + off, t.end, "ORG", "gazetteer",
                             f"organisation gazetteer: «{text[t.start + off:t.end]}» is {entry.canonical} after "
                             f"«{prev.text if member and prev else 'و'}»", PRIORITY["gazetteer"] + 1, entry.canonical,
                             "org:" + entry.id, country=entry.country or None))
    return sorted(out, key=lambda c: c.start)


RELIGIONS = {(w,): w for w in _words("religions")}
_RELIGION_KEYS = frozenset(w for (w,) in RELIGIONS)


def religion_candidates(text: str, toks: list[Token]) -> list[Candidate]:
    """Religions named as such (MISC): «اعتنق الإسلام», «تحول إلى المسيحية»; not the adjectives.

    >>> t = "اعتنق الإسلام بعد أن تحول من المسيحية، وزار المراكز الإسلامية والطوائف المسيحية"
    >>> [text_of(t, c) for c in religion_candidates(t, tokens_of(t))]
    ['الإسلام', 'المسيحية']
    """
    out = []
    for i in range(len(toks)):
        if _RELIGION_KEYS.isdisjoint(toks[i].keys):
            continue
        hit = _match_phrase(toks, i, RELIGIONS, 1)
        prev = toks[i - 1] if i > 0 else None
        if hit is not None and hit[1].endswith("يه") and toks[i].stem_offset(hit[1]) == 0 and prev is not None \
                and _is_word(prev) and prev.key not in STOP and any(st.startswith("ال") and len(st) > 3 for _, st in prev.kreadings):
            continue  # «الراقصة اليهودية», «الطوائف المسيحية»: the adjective of a definite noun, no religion named
        if hit is not None:
            start = toks[i].start + toks[i].stem_offset(hit[1])
            out.append(Candidate(start, toks[i].end, "MISC", "pattern", "a religion's name (data/lexicon/religions.txt)",
                                 PRIORITY["pattern"]))
    return out


CURRENCIES = _words("currencies")
_CURRENCY_KEYS = CURRENCIES | frozenset("ال" + w for w in CURRENCIES)
_NUMBER_WORDS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("number_words"))


_GLUED_NUMBER = re.compile(r"[وف][0-9٠-٩][0-9٠-٩.,]*")


def currency_candidates(text: str, toks: list[Token]) -> list[Candidate]:
    """Currencies (MISC, as ANERcorp tags them): after a number («5 آلاف دولار», «مليار ريال»), or named
    with ال («تراجع اليورو مقابل الدولار»); «جنيه إسترليني» is one. «ريال مدريد» is a club.

    >>> t = "بلغت الصفقة 40 مليون دولار وتراجع اليورو، وانتقل إلى ريال مدريد مقابل 35 مليون جنيه إسترليني"
    >>> [text_of(t, c) for c in currency_candidates(t, tokens_of(t))]
    ['دولار', 'اليورو', 'جنيه إسترليني']
    """
    out = []
    n = len(toks)
    for i, t in enumerate(toks):
        if _CURRENCY_KEYS.isdisjoint(t.keys) or not _is_word(t):
            continue
        off, stem = next((o, st) for o, st in t.kreadings if st in _CURRENCY_KEYS)
        if off and len(strip_article(stem)) < 3:
            continue  # «بين» is no بـ + «ين» (yen)
        prev = toks[i - 1] if i > 0 else None
        # (a number with و glued to it is one token: «و700 ريال»)
        after_number = prev is not None and (prev.kind == "number" or prev.key in _NUMBER_WORDS
                                             or strip_article(prev.key) in _NUMBER_WORDS
                                             or _GLUED_NUMBER.fullmatch(prev.text) is not None)
        if not (after_number or stem.startswith("ال")):
            continue
        if not after_number and strip_article(stem).endswith("ات"):
            continue  # «مليارات من الدولارات»: money, not the currency's name (ANERcorp leaves it untagged)
        end = i + 1
        if end < n and toks[end].key in _CURRENCY_KEYS and toks[end].start - t.end <= 1:
            end += 1  # «جنيه إسترليني»
        elif end < n and _is_word(toks[end]) and (strip_article(stem), toks[end].key) in domain_lists()[0].index:
            continue  # «ريال مدريد», «الريال مدريد»: the club
        s = t.start + off
        out.append(Candidate(s, toks[end - 1].end, "MISC", "pattern",
                             "a currency (data/lexicon/currencies.txt), MISC as ANERcorp tags it", PRIORITY["gazetteer"]))
    return out


def text_of(text: str, c) -> str:
    return text[c.start:c.end]


# --- places (kit.places) -------------------------------------------------------------------------

def _after_place_cue(article, start: int) -> bool:
    """Does a place cue («في», «إلى», «قرب») stand right before ``start``, alone or glued to و/ف?"""
    before = article.token_at(start - 2) if start >= 2 else None
    return before is not None and before.kind == "word" and any(st in PLACE_CUES for _, st in before.kreadings)


def _after_settlement_kind(article, start: int) -> bool:
    """Does a settlement's or region's kind word («مدينة», «بمنطقة», «قرية») stand right before ``start``?"""
    before = article.token_at(start - 2) if start >= 2 else None
    return before is not None and before.kind == "word" and any(
        _hamza(st) in SETTLEMENT_KIND_WORDS for _, st in before.kreadings)


def _index_place(article, start: int) -> bool:
    """Does the place at ``start`` name a market's index or exchange: right after «مؤشر» («مؤشر أبوظبي»),
    or after «سوق» that an index word shortly before heads («مؤشر سوق دبي», «المؤشر العام لسوق أبوظبي»)?
    The place is then part of that name, no place of its own; «سوق الرياض» alone may be a market square.

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nارتفع مؤشر دبي وصعد المؤشر العام لسوق أبوظبي وزار سوق الرياض")
    >>> [_index_place(a, a.text.index(w)) for w in ("دبي", "أبوظبي", "الرياض")]
    [True, True, False]
    """
    prev = article.token_at(start - 2) if start >= 2 else None
    if prev is None or prev.kind != "word":
        return False
    stems = {strip_article(st) for _, st in prev.kreadings}
    if "مءشر" in stems:
        return True
    if "سوق" not in stems:
        return False
    before = [t for t in article.tokens_in(max(0, prev.start - 40), prev.start) if t.end <= prev.start][-3:]
    return any(t.kind == "word" and any(strip_article(st) == "مءشر" for _, st in t.kreadings) for t in before)


def _settlement_word(t: Token | None) -> bool:
    """Is ``t`` a settlement's kind word («منطقة», «بمدينة») that is no preposition too («ناحية»: towards)?
    A one-word name after it is the place's («منطقة بيكهام»: Peckham), not a person's."""
    return t is not None and t.kind == "word" and any(
        _hamza(st) in SETTLEMENT_KIND_WORDS and st not in PREPOSITIONS for _, st in t.kreadings)


NEIGHBOURHOOD_WORDS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("place_kind_words") if r["kind"] == "neighbourhood")


def _district_word(t: Token | None) -> bool:
    """A settlement's kind word or a neighbourhood's («حي», «بحي»): a name right after it is a place's."""
    return _settlement_word(t) or (t is not None and t.kind == "word" and any(
        _hamza(st) in NEIGHBOURHOOD_WORDS for _, st in t.kreadings))


_TANWEEN = "\u064b"  # the accusative's tanween (fathatan)
_TANWEENS = frozenset(_TANWEEN + "\u064c\u064d")  # all three (fathatan, dammatan, kasratan)


def _with_tanween(text: str, end: int) -> bool:
    """Does the word ending at ``end`` carry the accusative's tanween («ليبياً»)? A place's name never takes it; an
    indefinite adjective does («لاعبا ليبياً», a Libyan player).

    >>> _with_tanween("لاعبا ليبياً", 12), _with_tanween("لاعبا ليبيًا", 12), _with_tanween("زار ليبيا", 9)
    (True, True, False)
    """
    return _TANWEEN in text[max(0, end - 2):end + 1]


def _accusative_adjective(article, start: int, end: int) -> bool:
    """Is the place name from ``start`` to ``end`` written with the accusative's tanween and not after a preposition:
    an adjective («لاعبا ليبياً», a Libyan player), not a place with a stray mark («في بريطانياً»)?

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nوقع مع لاعبا ليبياً، ودرس في بريطانياً.")
    >>> [_accusative_adjective(a, a.text.index(w), a.text.index(w) + len(w)) for w in ("ليبياً", "بريطانياً")]
    [True, False]
    """
    if _TANWEEN not in article.text or not _with_tanween(article.text, end):
        return False  # (most articles carry no tanween at all: a scan of the text in C before reading the word)
    before = article.token_at(start - 2) if start >= 2 else None
    return not (before is not None and before.key in PREPOSITIONS)


def place_candidates(article, scan=None) -> list[Candidate]:
    """The places the place scan (:func:`kit.places.scan_places`) finds, as LOC candidates."""
    if scan is None:
        scan = scan_places(article)
    res = resources()
    out = []
    # A tag line ("سمات العراق تركيا") names what the article is about: the place table keeps its
    # places, but the entity layer highlights names in the article's own text only.
    tags = [(b.start, b.end) for b in getattr(article, "boilerplate", ())]
    for m in scan.mentions:
        best = m.best
        if best is None or any(s <= m.start < e for s, e in tags):
            continue
        entry = best.entry
        canonical = entry.name_en or entry.name_ar or m.text
        why = "; ".join(best.reasons)
        evidence = f"place gazetteer: {canonical}" + (f" ({entry.kind})" if entry.kind else "") + (f" — {why}" if why else "")
        if _accusative_adjective(article, m.start, m.end):
            continue  # «لاعبا ليبياً» (a Libyan player): an indefinite adjective in the accusative, no country
        toks = _span_tokens(article, m.start, m.end)
        # A one-word town that ANERcorp mostly reads as a common word ("إطار" frame, "إدانة"
        # condemnation) is a place only when a kind word ("مدينة") governs it.
        # A city of a hundred thousand people or a name a person listed is the place ("الطائف").
        if (len(toks) == 1 and entry.kind in ("city", "town", "village") and not m.kind and not entry.trusted
                and not best.trusted and entry.population < 100_000):
            stem = toks[0].key
            if any(res.common(s) for s in (stem, strip_article(stem))):
                continue
        out.append(Candidate(m.start, m.end, "LOC", "gazetteer", evidence,
                             PRIORITY["gazetteer"], canonical, f"place:{entry.id}",
                             score=best.score, country=entry.country if entry.kind == "country" else None))
    return out


@lru_cache(maxsize=50000)
def nisba_of(word: str) -> str | None:
    """ISO2 code of the country a nisba adjective names ("الروسية" → "RU"), from the place gazetteer."""
    return nisba_country(word)


# --- patterns ---------------------------------------------------------------------------------------

def _tafil(w: str) -> bool:
    """The verbal noun of a doubled verb, تفعيل («تطوير», «تعزيز», «تحسين»): a noun, though it opens with
    the ت of an imperfect («لتطوير» is "for developing", not "so that she develops").

    >>> [_tafil(w) for w in ("تطوير", "تعزيز", "تقوم", "تبحث")]
    [True, True, False, False]
    """
    return len(w) == 5 and w[0] == "ت" and w[3] == "ي"


_VERBISH: list = [None, {}]  # (the name lists it was asked with, {token text: answer}): :func:`_verbish`, once a word


def _verbish(t: Token, res: Resources) -> bool:
    """A word shaped like a verb or an adverbial accusative, never a name: "سيقود" (future سـ),
    "ليبقى" (ل + imperfect), "يصاحبه" (imperfect + object pronoun), "معرضاً" / "خالداً" (tanween).

    The answer depends on the token's text and the name lists only; the rules ask it again and again of the
    same words, so it is kept (a corpus run's workers clear it past 50,000 words).

    >>> r = resources()
    >>> [_verbish(t, r) for t in tokens_of("سيقود ليبقى يصاحبه خالداً يوسف")]
    [True, True, True, True, False]
    """
    owner, seen = _VERBISH
    if owner is not res.person_words:
        _VERBISH[0], _VERBISH[1] = res.person_words, {}
        seen = _VERBISH[1]
    got = seen.get(t.text)
    if got is None:
        if len(seen) >= 50000:
            seen.clear()
        got = seen[t.text] = _verbish_uncached(t, res)
    return got


def _verbish_uncached(t: Token, res: Resources) -> bool:
    if t.text.endswith(("اً", "ًا", "ً")):
        return True
    for off, stem in t.kreadings:
        w = stem
        if res.person_word(w) or res.first_name(w):
            return False
        if w[:1] == "س" and w[1:2] in ("ي", "ت", "ن", "ا") and len(w) >= 5 and not _foreign_shape(w) and (
                not off or fold(t.text[:off]) in ("و", "ف")) and (
                    _known_imperfect(w[1:]) or w.endswith(("وا", "ت"))
                    or (w.endswith(("ان", "ون")) and len(w) >= 7 and _corpus_word(w[1:-2]))):
            # a future verb («سيقود», of two or of a plural: «سيتأهلان»), or a past one of a root in س
            # («سيطروا», «سيطرت»); a preposition never precedes one («بسيوني» is no ب + «سيوني»)
            return True
        if w[:2] == "سي" and len(w) == 4 and w[-1] not in "يهةا" and not off and _corpus_word(w[1:]) \
                and any(_corpus_word(p + w[2:]) for p in "تن"):
            return True  # «المدرب سيضع التشكيل»: a future verb of three letters, whose other persons the corpus writes
        if off and w[:1] in ("ي", "ت", "ن") and len(w) >= 4 and fold(t.text[:off]) in ("ل", "ول", "فل") \
                and _known_imperfect(w):
            return True
        if w[:1] in ("ي", "ت") and len(w) >= 5 and w.endswith(("ه", "ها", "هم", "هما", "كم")):
            return True
        if off and fold(t.text[:off]) in ("و", "ف") and len(w) >= 5 and w.endswith(("هما", "هم", "ها")):
            return True  # "واتهمهما": and + a verb with its object
    f = t.folded
    if f.startswith("لا") and f[2:3] in ("ي", "ت", "ن") and len(f) >= 6 and _known_imperfect(f[2:]):
        return True  # «لايؤمن», «لاتزال»: «لا» glued to an imperfect the corpus knows («لاتسيو» is no «لا» + «تسيو»)
    return False


_OBJECT_PRONOUNS = ("هما", "هم", "ها", "كم", "نا", "ه")


def _known_imperfect(stem: str) -> bool:
    """Is ``stem`` (after سـ or لـ) an imperfect verb the news corpus knows, alone or with an object
    pronoun («يقود», «يمنحهم»)? «سيمون», «ليبرون», «ستيفين», «سيزار» are names: «يمون», «يبرون»,
    «تيفين», «يزار» are no words of the corpus.

    >>> [_known_imperfect(w) for w in ("يقود", "يطرح", "يمون", "يبرون")]
    [True, True, False, False]
    """
    return _corpus_word(stem) or any(
        stem.endswith(p) and len(stem) - len(p) >= 3 and _corpus_word(stem[:-len(p)]) for p in _OBJECT_PRONOUNS)


def _plural_verb(t: Token, res: Resources) -> bool:
    """A past verb of "they" or of "they two" after a name: «معجبو هيفاء شنوا هجوماً», «… حضرتا» (…وا on a
    verb of two or three letters the corpus knows, …تا on one of three) ends the name; «كورتوا»,
    «جوشوا», «كوستا», «ريتا» are names.

    >>> [_plural_verb(t, resources()) for t in tokens_of("شنوا حضرتا كورتوا ريتا استنكروا")]
    [True, True, False, False, True]
    """
    k = t.key
    if len(k) >= 6 and k.endswith("وا") and not k.startswith("ال") and not res.person_word(k):
        # «الرئيس شيراك استنكروا»: a longer verb of "they" whose stem is a verb the corpus knows
        stem = k[:-2]
        return _corpus_word(stem) and (_verb_like_word(stem) or _name_free(stem))
    if not 4 <= len(k) <= 5 or k.startswith("ال") or res.person_word(k) or res.first_name(k):
        return False
    if k.endswith("ا") and not k.endswith(("وا", "تا")) and _verb_like_word(t.folded[:-1]):
        return True  # a past verb of "they two" («ميسي ورونالدينيو أضاعا فرصا»): its stem a verb of the corpus
    stem = k[:-2]
    if k.endswith("وا"):
        return res.common(stem) or _name_free(stem)
    return k.endswith("تا") and len(stem) == 3 and res.common(stem)


def _feminine_past(t: Token, res: Resources) -> bool:
    """A past verb of "she" after a name of two words («للمهاجم سون هيونج لامست عارضة الحارس»): the
    word without its ت is a word the corpus knows and it is no known name («مدحت», «طلعت» are).

    >>> [_feminine_past(t, resources()) for t in tokens_of("لامست طلعت الكرة")]
    [True, False, False]
    """
    return _past_of_she(t.key, res)


WEB_DOMAINS = _phrases("web_domains")
_WEB_FIRSTS = frozenset(d[0] for d in WEB_DOMAINS)  # «دوت»: one set test a token


def web_name_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A website named as it is read aloud, its domain included (ORG): «موقع الأخبار المالية أرقام دوت كوم»
    → «أرقام دوت كوم». Up to three plain words before the domain (data/lexicon/web_domains.txt): no
    stop word, no definite word, no head noun («موقع», «شركة»), no word of the quote triggers; «طفرة
    الدوت كوم» (the boom) names none.

    >>> t = "وأشارت أرقام نشرها موقع الأخبار المالية أرقام دوت كوم نقلا عن البنك، وخلال طفرة الدوت كوم"
    >>> [text_of(t, c) for c in web_name_candidates(t, tokens_of(t), resources())]
    ['أرقام دوت كوم']
    """
    out: list[Candidate] = []
    n = len(toks)
    for j in range(1, n - 1):
        if toks[j].key not in _WEB_FIRSTS or not any(
                toks[j].key == d[0] and _hamza(toks[j + 1].key) == _hamza(d[1]) for d in WEB_DOMAINS):
            continue
        i = j
        while i > 0 and j - i < 3:
            t = toks[i - 1]
            if not _is_word(t) or t.key in STOP or _definite(t) or _head_reading(t, ORG_HEADS_ANY) is not None \
                    or any((st,) in _TRIGGER_NOUNS for _, st in t.kreadings) or t.end + 1 < toks[i].start:
                break
            i -= 1
        if j + 2 < n and toks[j + 2].text in QUOTES_CLOSE:
            # («مثل «استابليشد من دوت كوم»»: between quotes the name is all the words they hold, small ones too)
            opening = next((k for k in range(j - 1, max(-1, j - 6), -1) if toks[k].text in QUOTES_OPEN), None)
            if opening is not None and opening + 1 < i and all(_is_word(x) for x in toks[opening + 1:j]):
                i = opening + 1
        if i < j:
            s = toks[i].start + toks[i].stem_offset(toks[i].kreadings[-1][1]) if toks[i].text[:1] in "وبل" \
                and len(toks[i].kreadings) > 1 and not _corpus_word(toks[i].key) else toks[i].start
            out.append(Candidate(s, toks[j + 1].end, "ORG", "pattern", "a website's name read aloud, with its domain",
                                 PRIORITY["pattern"]))
    return out


def _past_of_she(stem: str, res: Resources) -> bool:
    """``stem`` (a key, or a key without its و) a past verb of "she": the word without its ت is a word
    the corpus knows and it is no known name («مدحت» is); «وجمعت الشركتان» after a list of companies opens
    the next clause, as :func:`_feminine_past` after a name.

    >>> [_past_of_she(w, resources()) for w in ("جمعت", "مدحت", "مايكروسوفت")]
    [True, False, False]
    """
    return (4 <= len(stem) <= 6 and stem.endswith("ت") and not stem.startswith("ال") and not res.person_word(stem)
            and not res.first_name(stem) and _corpus_word(stem[:-1]))


def _first_person_verb(t: Token, res: Resources) -> bool:
    """A verb of "I" («أسأل», «أتمنى»): أ and an imperfect stem whose يـ form the corpus writes, no known
    name («أحمد», «أنور» are). Alone it may still be a name («أدهم»: «يدهم» is a word too), so the
    callers want more: «أسأل الله».

    >>> [_first_person_verb(t, resources()) for t in tokens_of("أسأل أتمنى أحمد أوفيد")]
    [True, True, False, False]
    """
    w = t.text
    return len(w) >= 4 and w[0] == "أ" and len(t.kreadings) == 1 and not res.first_name(t.key) \
        and not res.person_word(t.key) and _corpus_word("ي" + t.key[1:]) and _corpus_word(t.key)


def _elative(t: Token, res: Resources) -> bool:
    """A comparative of the shape أفعل that the corpus knows as a word («أشهر», «أكبر», «أفضل»): after
    a name it starts the predicate («الشاعر أوفيد أشهر»), it does not end the name.

    >>> [_elative(t, resources()) for t in tokens_of("أشهر أكبر راي أوين")]
    [True, True, False, False]
    """
    w = t.text
    return len(w) == 4 and w[0] == "أ" and "ا" not in w[1:] and "و" not in w[1:3] and res.common(t.key)


def _particle_shaped(t: Token) -> bool:
    """A word that is a particle in disguise, never a name: a proclitic before ال ("بالمفهوم",
    "والحظ": a name carries neither), a proclitic before a stop word written with its hamza ("بأن",
    "لأنه"; "بان" without it may be a name), or a stop word with a pronoun ("عندنا", "منها").

    >>> [_particle_shaped(t) for t in tokens_of("بالمفهوم والحظ للمغرب بأن بان عندنا منها حسين لانا كالفن ضدي منى")]
    [True, True, True, True, False, True, True, False, False, False, True, False]
    """
    for off, stem in t.kreadings:
        if (off and stem.startswith("ال") and t.text[:1] != "ك" and len(stem) > (4 if t.text[:1] == "ب" else 3)
                and (_corpus_word(fold(t.text[off:])) or _corpus_word(stem))):
            # ... a word the corpus knows: "بالاسيوس" is no بـ + "الاسيوس"; nor "كالفن", "بالمر" (names)
            return True
        if off and stem in STOP and t.text[off:off + 1] in "أإ":
            return True
    if t.text.endswith("ي") and len(t.key) >= 3 and t.key[:-1] in PREPOSITIONS and t.kreadings[0][0] == 0:
        return True  # «ضدي», «معي», «عندي»: a preposition with "me" (written with ى, «منى» is a name)
    bare = _POSSESSIVE.sub("", t.key)
    return bare != t.key and len(bare) >= 2 and bare in PREPOSITIONS  # not «لانا», «منة» (names)


def _definite(t: Token) -> bool:
    """Does ``t`` open with the article? Folding writes «إلهام» and «أليكس» as «الهام», «اليكس»; as
    written, the article's alef carries no hamza, so those are given names, not definite words.

    >>> [_definite(t) for t in tokens_of("الرئيس إلهام أليكس")]
    [True, False, False]
    """
    return t.key.startswith("ال") and t.text[:1] not in "أإآ"


def _accusative(t: Token, res: Resources) -> bool:
    """An indefinite adjective or noun in the accusative after a name: «كوفي أنان وسيطا», «أداء الفريق
    متوازنا» (without its final alef the word is a common word or sits among adjectives); «سولانا»,
    «أوباما», «صوفيا» are names (a nisba in يا is too often a name: «صوفيا», «كوريا»).

    >>> [_accusative(t, resources()) for t in tokens_of("وسيطا متوازنا متضامنا سولانا أوباما صوفيا")]
    [True, True, True, False, False, False]
    """
    w = t.key
    if len(w) < 5 or not w.endswith("ا") or w.endswith(("اا", "وا")) or w.startswith("ال"):
        return False
    if res.person_word(w) or res.first_name(w):
        return False
    stem = w[:-1]
    if len(w) >= 6 and w.startswith(("مت", "مست")) and not res.person_word(stem):
        # «الرئيس طالباني متضامنا مع …», «مستغربا»: a participle of the derived verb forms (مُتفاعِل, مُستفعِل)
        # in the accusative, though the corpus may not hold it; no name opens so
        return True
    return (res.common(stem) or _name_free(stem)) and not res.person_word(stem)


def _imperfect_verb(t: Token, res: Resources) -> bool:
    """Is ``t`` shaped as an imperfect verb (ي، ت، ن and three letters or more), maybe after و/ف the corpus
    writes it without («ويزور», «فيتقاضى»), that is no name word nor a transliterated name? ("فيرغسون" is
    no ف + "يرغسون".)

    A long word the news corpus knows (six letters or more, no ending of a plural, a dual or an
    accusative) is a verb only when the corpus also writes it for another person («تستضيف»: «يستضيف»);
    «تسيبراس», «يوفنتوس» have no «يسيبراس», «نوفنتوس». Shorter words keep the shape's reading: there
    the verbal nouns «تدريب», «تمرد», «تراحم» have no other person either.

    >>> r = resources()
    >>> [_imperfect_verb(t, r) for t in tokens_of("تعتزم فيتقاضى فيرغسون نتنياهو تسيبراس")]
    [True, True, False, False, False]
    """
    w = t.key
    bare = w[1:] if w[:1] in "وف" and len(w) > 4 and _corpus_word(fold(t.text[1:])) else w
    if bare[:1] not in "يتن" or len(bare) < 4 or res.person_word(bare) or _foreign_shape(bare):
        return False
    if bare[:1] == "ي" and 4 <= len(bare) < 6 and not bare.endswith(("ون", "ين", "ان", "وا", "ا")) \
            and bare[1:2] != "ت" and _corpus_word(bare) and not any(_corpus_word(p + bare[1:]) for p in "تن"):
        # («يونكر», «يلماز»: a short word in ي the corpus never writes with ت or ن is a name; verbal nouns open
        # with ت, never with ي, so a verb of the corpus shows its other persons: «يقول», «تقول»)
        return False
    if len(bare) < 6 or bare.endswith(("ون", "ين", "ان", "وا", "ا")) or bare[1:3] == "ست" \
            or bare[1:2] == "ت" or not _corpus_word(bare):
        return True  # («تستحدث», «يتفقد»: the prefixes of the derived verbs no name opens with)
    return any(_corpus_word(p + bare[1:]) for p in "يتن" if p != bare[0])


def _foreign_shape(folded: str) -> bool:
    """A word that opens like an imperfect verb (ي، ت، ن) but carries three long vowels after it and no
    verb ending: a transliterated name («يوروتانيل», «تويوتا», «نوكيا», «نتنياهو»), not «يستخدمون».

    >>> [_foreign_shape(w) for w in ("يوروتانيل", "تويوتا", "نتنياهو", "يستخدمون", "يتوافقون", "تستضيف")]
    [True, True, True, False, False, False]
    """
    return sum(ch in "اوي" for ch in folded[1:]) >= 3 and not folded.endswith(("ون", "ين", "ان", "وا"))


def _blessing(t: Token) -> bool:
    """Is ``t`` a word of a prayer after a name («رحمه», «حفظهم», «ولله»), with و or not?

    >>> [_blessing(t) for t in tokens_of("رحمه وحفظهم ولله الحمد")]
    [True, True, True, False]
    """
    # «رحمة الله» (with ة) is a noun, and a name too («محمد رحمة الله»)
    return not t.text.endswith("ة") and any((off == 0 or t.text[:off] == "و") and st in BLESSINGS for off, st in t.kreadings)


def _namey(t: Token, res: Resources, position: int, strict: bool = False, person: bool = True) -> bool:
    """Could ``t`` be a word of a person's name at ``position`` (0 = first word)?

    Names carry no proclitics here; a definite word is a name only as a surname ("الأسد").
    ``strict`` (a name without commas around it) also refuses plural and feminine shapes.
    ``person=False`` reads the word of an organisation's or event's name, where a preposition
    with ال may sit ("ملتقى العناية بالتراث").
    """
    if not _is_word(t):
        return False
    w = t.key
    # "علي" (a name) and "على" (on) fold alike; as written, the name ends in ي.
    if w == "علي" and t.text.endswith("ي") and t.kreadings[0][0] == 0:
        return True
    if w in STOP or w in ROLE_HEADS or w in HONORIFICS or len(w) < 2 or _blessing(t):
        return False
    bare = strip_article(w)
    if position > 0 and w.startswith("ال") and (bare in ROLE_HEADS or bare in PROFESSIONS or (
            bare.endswith("ه") and (bare[:-1] in ROLE_HEADS or bare[:-1] in PROFESSIONS))):
        return False  # «غسان بن جدو الصحفي», «… السكرتير العام», «… الخبيرة»: the role after the name
    if _accusative(t, res):
        return False
    if person and _particle_shaped(t):
        return False
    if person and position == 0 and _naming_head(w) and not res.first_name(w):
        return False  # «افتتح الوزير معرض الكويت»: an event's, a body's or a building's head opens no person's name
    if res.person_word(w):
        return True
    if person and position == 0 and any(off == 1 and t.text[:1] in "بل" and st in PARTITIVES for off, st in t.kreadings[1:]):
        return False  # «بأحد مستشفيات», «لأحد»: a preposition and a function word ("in one of"), no name
    if person and position == 0 and _opens_no_person(t, res):
        return False  # «وتلحين أغنيات الألبوم» (composing the album's songs)
    if _verbish(t, res) or (_name_free(t.folded) and not (position > 0 and _family_name_in_an(t, res))) or (
            person and t.text[:1] in "وف" and len(t.kreadings) > 1 and _name_free(fold(t.text[1:]))):
        return False  # "فصرح": ف + a verb of a name-free cluster
    if person and not w.endswith("ي") and any(off and t.text[:1] in "لب" and len(stem) >= 4 and res.common(stem)
                                            for off, stem in t.kreadings):
        return False  # "لبرنامج": a preposition and a common word (not "كيري": ك + "يري")
    if person and position > 0 and _preposition_phrase(t, res):
        return False  # «جون كيلستش لرويترز», «الملك فهد بفتح الحدود»: the complement after the name
    if res.common(w) or w in DESCRIPTIVE or w in NAMING_ADJECTIVES:
        return False
    if position > 0 and w.endswith("ين") and len(w) >= 5 and res.common(w[:-2]) and not res.first_name(w):
        return False  # «دييغو كوستا هدفين»: the dual of a common noun ("two goals"), no name word
    if _definite(t):
        return position > 0 and not res.common(w) and nisba_of(t.text) is None
    if nisba_of(t.text) is not None:
        # An adjective after a proper name would be definite: an indefinite nisba right after a name
        # word is a surname («الرئيس جون كندي»: Kennedy, not Canadian)
        return position > 0 and w.endswith("ي") and w[:1] not in "وفبل"
    if strict:
        if w.endswith("ات") and len(w) > 4:
            return False
        # a feminine noun («ة») or a noun with «his» («فريقه»); «شتيليكه», «هاينكه» (no word without the ه)
        # are foreign names
        if w.endswith("ه") and not res.first_name(w) and (position == 0 or t.text.endswith("ة") or len(w) < 5
                                                         or not _foreign_word(t)) \
                and not (position > 0 and _family_name_in_ta(t, res)):
            return False
        if _imperfect_verb(t, res):
            return False  # an imperfect verb (يزور، تعتزم، ويزور) more likely than a name
    return True


_MULTI_ROLE_FIRSTS = frozenset(p[0] for p in ROLE_HEADS_MULTI if len(p) > 1)


def _after_surname(toks: Sequence[Token], k: int, res: Resources) -> bool:
    """Does ``toks[k]``, right after a definite family name (``toks[k - 1]``: no title, no «…الدين», not
    the word after «عبد» or «أبو»), start what follows the name? An indefinite word of the news corpus
    that no name list knows does («ناصر الطبسي خريج الاقتصاد»: a graduate); a connector, a definite word
    («صباح الأحمد الجابر الصباح») or a name word goes on.

    >>> r = resources()
    >>> t = tokens_of("ناصر الطبسي خريج عبد القادر عمراني")
    >>> _after_surname(t, 2, r), _after_surname(t, 5, r)
    (True, False)
    """
    if k < 2 or k >= len(toks):
        return False
    t, last = toks[k], toks[k - 1]
    if not _definite(last) or last.key in COMPOUND_NAME_ENDS or _is_title(last) or toks[k - 2].key in CONNECTORS:
        return False
    return (_is_word(t) and not t.key.startswith("ال") and t.key not in CONNECTORS and not res.person_word(t.key)
            and not res.first_name(t.key) and _corpus_word(t.key))


def _kunya_complete(toks: Sequence[Token], i: int, j: int, res: Resources) -> bool:
    """Is ``toks[i:j]`` a whole kunya («أبو أحمد», written glued «أبوأحمد») that ``toks[j]`` does not
    continue? Only a surname (definite: «أبو بكر البغدادي»), a name word or «بن» goes on after one; a
    verb or a common word the lists do not know starts the sentence's predicate («الوزير أبو أحمد ذهب»).

    >>> t = tokens_of("أبو أحمد ذهب أبوأحمد اكتشف أبو بكر البغدادي")
    >>> r = resources()
    >>> _kunya_complete(t, 0, 2, r), _kunya_complete(t, 3, 4, r), _kunya_complete(t, 5, 7, r)
    (True, True, False)
    """
    if j >= len(toks) or not _is_word(toks[j]):
        return False
    first = toks[i].key
    if j - i == 2:
        if first not in _KUNYA or not res.first_name(toks[i + 1].key):
            return False
    elif j - i == 1:
        glued = next((k for k in _KUNYA if first.startswith(k) and len(first) - len(k) >= 3), None)
        if glued is None or not res.first_name(first[len(glued):]):
            return False
    else:
        return False
    t = toks[j]
    return not (_definite(t) or t.key in CONNECTORS or res.person_word(t.key) or res.first_name(t.key))


def _starts_multi_role(toks: list[Token], j: int) -> bool:
    """Does a role of several words (role_heads_multi.txt: «ولي العهد», «خادم الحرمين الشريفين») start at ``j``?"""
    if j >= len(toks) or _MULTI_ROLE_FIRSTS.isdisjoint(toks[j].keys):
        return False
    for phrase in ROLE_HEADS_MULTI:
        if len(phrase) > 1 and j + len(phrase) <= len(toks) and all(
                any(st == w for _, st in toks[j + k].kreadings) for k, w in enumerate(phrase)):
            return True
    return False


def _connector_after(toks: Sequence[Token], j: int) -> bool:
    """Is ``toks[j]`` (a word with و) followed by a name connector («وعبد الرحمن» is the next person too,
    but «ولد» of «عبد الله ولد الداه» is a connector itself)?"""
    return any(st in CONNECTORS for _, st in toks[j].kreadings)


def _ya_given_name(toks: Sequence[Token], i: int, res: Resources) -> bool:
    """Is token ``i`` a stop word written with ي where the stop word takes ى, and a given name, before an
    indefinite name word that is no common one: «الحكم الإيراني علي فاغاني» (not «علي الخطة», «علي طلب»:
    the preposition as some newsrooms write it)?

    >>> ts = tokens_of("الحكم علي فاغاني ووافق المدرب علي الخطة وعلى فاغاني")
    >>> [_ya_given_name(ts, k, resources()) for k in (1, 5, 7)]
    [True, False, False]
    """
    return i + 1 < len(toks) and toks[i].key in _YA_STOPS and toks[i].text.endswith("ي") and res.first_name(toks[i].key) \
        and _is_word(toks[i + 1]) and not _definite(toks[i + 1]) and not res.common(toks[i + 1].key) \
        and _namey(toks[i + 1], res, 1, strict=True) and not _verb_like(toks[i + 1], res) and not _verbish(toks[i + 1], res)


def _kin_with_pronoun(k: str) -> bool:
    """Is the key ``k`` a noun of kinship with a pronoun («أخيه», «عمه», «أخته»), no father's name after «ابن»?

    >>> [_kin_with_pronoun(key(w)) for w in ("أخيه", "عمها", "أخته", "عمر", "أخيل")]
    [True, True, True, False, False]
    """
    return k in _possessive_forms(KIN_NOUNS) or re.fullmatch(r"اخ[وي](ه|ها|هم|هما)", k) is not None


def _capacity_word(t: Token, res: Resources) -> bool:
    """Is ``t`` «كـ» and a noun of the capacity someone acts in («كضيف», «كمدرب»; data/lexicon/capacity_nouns.txt and the
    professions), no word of a name?

    >>> [_capacity_word(t, resources()) for t in tokens_of("كضيف كمدرب كردي كريم")]
    [True, True, False, False]
    """
    return t.text[:1] == "ك" and len(t.kreadings) > 1 and not res.person_word(t.key) and not res.first_name(t.key) \
        and any(off == 1 and (_hamza(st) in CAPACITY_NOUNS or _hamza(st) in PROFESSIONS) for off, st in t.kreadings)


def _name_extent(toks: list[Token], i: int, res: Resources, limit: int = 8, strict: bool = False,
                 first_common_ok: bool = False, office_name_ok: bool = False) -> int:
    """End token of a person's name starting at ``i`` (== i when there is none).

    ``first_common_ok``: after an honorific, a first name that is also a common word («الشيخ صباح
    الأحمد»: صباح "morning") is a name when a surname follows it. ``office_name_ok``: after a title, a
    given name that is also an office («الأمير سلطان بن سلمان») is a name when a name word follows it.
    """
    j = i
    pos = 0
    ya_name = _ya_given_name(toks, i, res)
    if (first_common_ok and i + 1 < len(toks) and _is_word(toks[i]) and toks[i].kreadings[0][0] == 0
            and (toks[i].key not in STOP or (len(toks[i].key) >= 4 and toks[i].key not in PREPOSITIONS) or ya_name)
            and not _verbish(toks[i], res) and not _namey(toks[i], res, 0, strict)
            and res.common(toks[i].key) and not toks[i].key.startswith("ال")
            and _namey(toks[i + 1], res, 1, strict) and (toks[i + 1].key.startswith("ال") or res.person_word(toks[i + 1].key)
                                                         # «المدرب أولي شتيليكه»: a foreign surname the corpus never wrote
                                                         or _foreign_word(toks[i + 1]))):
        j, pos = i + 1, 1
    elif (office_name_ok and i + 1 < len(toks) and _is_word(toks[i]) and toks[i].kreadings[0][0] == 0
          and toks[i].key in ROLE_HEADS and res.first_name(toks[i].key) and _is_word(toks[i + 1])
          and (toks[i + 1].key in CONNECTORS or _namey(toks[i + 1], res, 1, strict))):
        # «الأمير سلطان بن سلمان», «الشيخ سلطان القاسمي»: after a title an office that is also a given name
        # (سلطان: a sultan) is the name (not alone: «متنزهات الأمير سلطان،», «تقاطع شارع المطار مع الأمير سلطان»
        # name a park and a street far more often than the prince)
        j, pos = i + 1, 1
    while j < len(toks) and j - i < limit:
        t = toks[j]
        if pos > 0 and t.key in PRAYER_OPENERS and j + 1 < len(toks) and toks[j + 1].key == "الله":
            break  # «الملك فهد طيب الله ثراه»: a prayer opens after the name («طيب أردوغان» stays a name)
        if t.key in CONNECTORS and _is_word(t):
            # A connector needs a name word after it: "بن سلمان", "عبد الله".
            # («بن علي»: after «بن» the word «علي» is the father's name, never the preposition «على»)
            if t.key in _LINEAGE and j + 1 < len(toks) and _kin_with_pronoun(toks[j + 1].key):
                break  # «الأمير زيان ابن أخيه»: his nephew, a relation, no father's name
            if j + 1 < len(toks) and _is_word(toks[j + 1]) and (toks[j + 1].key not in STOP or (
                    t.key in _LINEAGE and res.first_name(toks[j + 1].key) and not toks[j + 1].text.endswith("ى"))):
                j += 2
                pos += 2
                if t.key == "ال":
                    break  # the family ends a name: "محمد بن راشد آل مكتوم" (not "… آل مكتوم الرمضانية")
                if t.key == "بن" and j < len(toks) and _is_word(toks[j]) and not toks[j].key.startswith("ال") \
                        and toks[j].key not in CONNECTORS and not res.first_name(toks[j].key):
                    break  # after "بن X" a family name (ال…) or another link follows, not «أرسل»: «خالد بن سعد أرسل»
                continue
            break
        if t.key.startswith("ال") and pos > 0 and toks[j - 1].key in ("عبد", "ابو", "ابي"):
            j += 1
            pos += 1
            continue
        if pos > 0 and _abd_family(toks, j, res):
            j += 2  # «عبد الناصر العبد اللطيف»: the family of «العبد» and a name of God is one surname, and ends the name
            break
        if pos > 0 and t.text[:1] == "ب" and len(t.kreadings) > 1 and not res.person_word(t.key) \
                and not res.first_name(t.key) and any(o == 1 and _large_place(t.text[1:]) for o, _ in t.kreadings):
            break  # «مطاري الملك عبدالله بجازان»: بـ and a large place say where, no word of the name (a small one
            # may be a surname's letters: «سامنثا باور» is no بـ + Ur)
        if pos > 0 and any(off and (strip_article(st) in HONORIFICS or strip_article(st) in ROLE_HEADS
                                    or (t.text[:off] == "و" and strip_article(st) in PROFESSIONS)
                                    or (t.text[:off] in ("و", "ب") and res.first_name(st) and not res.person_word(t.key)))
                           for off, st in t.kreadings):
            # "… آل مكتوم وسمو الشيخ حمدان": و + a title opens the next person; so does و + a first
            # name («رانيا فريد شوقي ورجاء الجداوي»: two people), or ب + one («استبدل علي هزازي بحسن العمري»:
            # one player for another).
            break
        if pos > 0 and _starts_multi_role(toks, j):
            break  # «الأمير محمد بن نايف ولي العهد»: a role of several words ends the name
        if t.key in REGNAL_ORDINALS and j > 0 and _is_word(toks[j - 1]) and (
                pos == 1 or (pos == 2 and toks[j - 2].key == "عبد")):
            j += 1  # "عبدالله الثاني", "عبد الله الثاني": the ordinal is part of a sovereign's name, and ends it
            break
        if pos >= 2 and _own_family(toks, i, j):
            j += 1  # «صباح الأحمد الصباح»: the family is named after a word of the name (also "the morning")
            break
        if pos > 0 and t.key in NICKNAME_CALLERS and _is_word(t):
            break  # «كيبلير لافيران المشهور بـ"بيبي"»: "known as" is no surname; the nickname follows
        if pos > 0 and fold(t.text) in LOCATIVES and not res.first_name(t.key):
            break  # «توماس روزيكي بجوار القائم»: where it happened, no word of the name
        if pos > 0 and t.text[:1] == "و" and len(t.key) >= 4 and len(t.kreadings) > 1 and not res.person_word(t.key) \
                and not res.first_name(t.key) and (_verbish(t, res) or any(
                    off == 1 and (res.common(st) or _name_free(st) or (
                        _corpus_word(st) and not res.person_word(st) and not res.first_name(st)))
                    for off, st in t.kreadings)):
            # «كريستيان جروس واشمئز منها آخرون», «الرئيس شافيز ومواقفنا»: و + a verb or a word of the corpus
            # that is no name word opens the next clause (no name holds a «و»)
            break
        if pos >= 2 and t.text[:1] == "ل" and len(t.key) >= 4 and len(t.kreadings) > 1 and not res.person_word(t.key) \
                and not res.first_name(t.key) and toks[j - 1].key not in SURNAME_PARTICLES \
                and (len(t.key) >= 6 or (j + 1 < len(toks) and _is_word(toks[j + 1]) and toks[j + 1].key not in STOP)) and any(
                    off == 1 and len(st) >= 3 and not res.person_word(st) and not res.first_name(st)
                    and (res.common(st) or _corpus_word("ال" + st)) for off, st in t.kreadings):
            # «كريستيان جروس لانتقال اللاعب», «فيليبي لويس لترك تشلسي»: ل + a verbal noun the corpus writes with ال is
            # what he allowed or is ready for, no surname
            break
        if pos >= 2 and _capacity_word(t, res):
            break  # «الفنان أحمد فلمبان كضيف شرف»: ك + a noun of a capacity ("as a guest") says in what role, no surname
        if pos > 0 and t.text[:1] == "ف" and len(t.key) >= 5 and len(t.kreadings) > 1 and not res.person_word(t.key) \
                and not res.first_name(t.key) and any(
                    off == 1 and len(st) >= 4 and not res.person_word(st) and not res.first_name(st)
                    and (_verb_like_word(st) or (st[:1] == "ا" and len(st) >= 5 and _corpus_word(st)))
                    for off, st in t.kreadings):
            # «الحارس شوفكوفسكيي فاحتسب الحكم»: ف + a verb (or a past of the derived forms, «احتسب», «استقبل»,
            # that the corpus writes) opens the next clause, as و + a verb does (a foreign name's own «فا»:
            # «فالكاو», leaves no such word)
            break
        if pos >= 2 and t.text[:1] == "و" and len(t.kreadings) > 1 and not res.person_word(t.key) \
                and not res.first_name(t.key) and not _connector_after(toks, j) and (
                    any(o == 1 and st.startswith("ال") for o, st in t.kreadings)
                    or (not _corpus_word(t.key) and j + 1 < len(toks) and _namey(toks[j + 1], res, 1, strict=True)
                        and not _verb_like(toks[j + 1], res) and toks[j + 1].start - t.end <= 1)):
            # «غانلويغي بوفون وغانلوكا زامبروتا», «نايف هزازي والمدافعان …»: after a whole name, و and a word
            # with ال, or a word the corpus never wrote with و and a name word after it, open the next item
            # (not «وليد», nor «عبد الودود وحيدي قال»)
            break
        if pos > 0 and _month_surname(toks, i, j, res):
            j += 1  # «طه ياسين رمضان», «حسن شعبان»: after given names a Hijri month is the father's or the family's name
            break
        if pos > 0 and _family_nisba(toks, i, j, res):
            j += 1  # «منصور التركي», «سعيد محمد الكندي»: after given names only, a country's nisba is the family's
            break
        if not _namey(t, res, pos, strict) or (pos > 0 and _plural_verb(t, res)) \
                or (pos > 1 and (_country_word(t.text) or _feminine_past(t, res))) \
                or (pos == 0 and _feminine_past(t, res) and j + 1 < len(toks) and _definite(toks[j + 1])
                    and not res.person_word(toks[j + 1].key)) \
                or (pos in (1, 2) and _kunya_complete(toks, i, j, res)) or (pos > 0 and _verb_like(t, res)) \
                or (pos >= 2 and _after_surname(toks, j, res)) \
                or (pos >= 2 and _definite(t) and len(t.key) >= 5 and not res.person_word(t.key) and toks[j - 2].key not in CONNECTORS
                    and _cluster_share(t.key, 0) < 0.25):
            # «المهاجم رودريجو مورا المنتقل حديثا»: a definite word of a cluster of ordinary words is no surname
            # (after «بن X» a family name follows: «عادل بن زيد الطريفي»); a past verb of "she" and its definite
            # subject open no name («الإمبراطور اتحدت الصين»: in the emperor's reign China united)
            break
        j += 1
        pos += 1
        # A definite surname ends the name: "أحمد الملا التفجير" is a name and a noun; a known family
        # name may follow it ("صباح الأحمد الصباح").
        if _definite(t) and not res.person_word(t.key):
            nxt = toks[j] if j < len(toks) else None
            if not (nxt is not None and nxt.key.startswith("ال") and res.person_word(nxt.key)
                    and not res.common(nxt.key) and _is_word(nxt)) and not (pos >= 2 and _own_family(toks, i, j)):
                break  # (the family named after the name, «صباح الأحمد الصباح», is taken at the loop's top)
    if j - i >= limit and j < len(toks) and toks[j - 1].key in ("عبد", "ابو", "ابي") and _is_word(toks[j]) \
            and toks[j].key.startswith("ال"):
        j += 1  # «مضاوي بنت محمد بن عبد الله بن عبد الرحمن»: the limit never parts «عبد» from its «الرحمن»
    return j


def _family_name_in_ta(t: Token, res: Resources) -> bool:
    """Is ``t``, a word in ة, a family name no noun shares («فلاتة», «فودة»): the corpus never writes it with ال,
    as it writes «الزيارة» of «زيارة»; not a participle («منهية»), an office («عميدة») nor the feminine of a noun
    it writes («العميد»)?

    >>> [_family_name_in_ta(t, resources()) for t in tokens_of("فلاتة زيارة منهية عميدة")]
    [True, False, False, False]
    """
    w = t.key
    return t.text.endswith("ة") and len(w) >= 4 and t.kreadings[0][0] == 0 and w[:1] != "م" \
        and w[:-1] not in ROLE_HEADS and w[:-1] not in PROFESSIONS and not _corpus_word("ال" + t.folded[:-1]) \
        and not any(_corpus_word(("ال" if o == 0 else "") + st) or res.common(st) for o, st in t.kreadings)


_WITH_OR_VERB = frozenset({"مع", "بين", "عبر"})  # «مع»; «بين» (explained) and «عبر» (expressed) as verbs


def _family_name_in_an(t: Token, res: Resources) -> bool:
    """Is ``t`` a family name in «ان» whose word cluster is name-free only because the corpus writes it seldom
    («العقيد فواز الميمان», «المهندس عبدالرحمن الجغيمان»): definite, no word ANERcorp counts as common, and its
    stem without ال and ان no common or name-free word (not the dual of a noun, «الطرفان», nor a verbal noun,
    «الطيران», «الإعلان»)?

    >>> [_family_name_in_an(t, resources()) for t in tokens_of("الميمان الجغيمان الطيران الإعلان الشبان")]
    [True, True, False, False, False]
    """
    w = t.key
    stem = w[2:-2]
    return w.startswith("ال") and w.endswith("ان") and len(w) >= 7 and t.kreadings[0][0] == 0 and w not in STOP \
        and not res.common(w) and not res.common(stem) and not _name_free(stem) and not _name_free("ال" + stem)


def _abd_family(toks: Sequence[Token], j: int, res: Resources) -> bool:
    """Is ``toks[j]`` «العبد» and the next word a name of God that makes a given name with «عبد»: a family
    name of two words («العبد اللطيف», «العبد الكريم»; the given names «عبداللطيف», «عبدالكريم» say so)?

    >>> t = tokens_of("عبد الناصر العبد اللطيف والعبد الصالح")
    >>> _abd_family(t, 2, resources()), _abd_family(t, 4, resources())
    (True, False)
    """
    if j + 1 >= len(toks) or toks[j].key != "العبد" or toks[j].kreadings[0][0] != 0:
        return False
    nxt = toks[j + 1]
    return _is_word(nxt) and nxt.kreadings[0][0] == 0 and nxt.key.startswith("ال") and res.first_name("عبد" + nxt.key)


def _own_family(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is ``toks[j]``, after a definite word of the name ``i..j-1``, the family named after a word of that
    name with ال («صباح الأحمد الصباح»: «الصباح» is also "the morning", a time word no name takes)?

    >>> t = tokens_of("الشيخ صباح الأحمد الصباح اليوم")
    >>> _own_family(t, 1, 3), _own_family(t, 1, 4)
    (True, False)
    """
    if j >= len(toks) or j - i < 2:
        return False
    t = toks[j]
    return _is_word(t) and t.key.startswith("ال") and t.kreadings[0][0] == 0 and _definite(toks[j - 1]) \
        and any(strip_article(t.key) == x.key for x in toks[i:j - 1])


def _month_surname(toks: Sequence[Token], i: int, j: int, res: Resources) -> bool:
    """Is the Hijri month at ``j`` («رمضان», «شعبان») the last word of the name ``i..j-1`` of given names?
    Not when a number or a definite word after it makes it the month («رمضان 1436», «رمضان الماضي»,
    «رمضان المبارك»), nor after «شهر».

    >>> r = resources()
    >>> t = tokens_of("نائب الرئيس طه ياسين رمضان أمس، وزار الأمير سلطان رمضان الماضي، ومحمد رمضان 1436")
    >>> [_month_surname(t, i, j, r) for i, j in ((2, 4), (8, 9), (12, 13))]
    [True, False, False]
    """
    t = toks[j]
    if not (_is_word(t) and t.kreadings[0][0] == 0 and _hamza(t.key) in HIJRI_MONTHS and not _definite(t)):
        return False
    if not all(_is_word(x) and x.kreadings[0][0] == 0 and res.first_name(x.key) and not _definite(x) for x in toks[i:j]):
        return False
    if i > 0 and strip_article(toks[i - 1].key) == "شهر":
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or not (nxt.kind == "number" or (_is_word(nxt) and _definite(nxt)))


def _family_nisba(toks: Sequence[Token], i: int, j: int, res: Resources) -> bool:
    """Is the definite nisba at ``j`` the family name of the given names ``i..j-1``? An Arab name of
    given names only («سعيد محمد») wants a family name, and country nisbas are common ones («التركي»,
    «المصري», «الكندي»); after a foreign or a full name it describes the person («ميسي الأرجنتيني»), and
    a noun after it makes it an adjective of that noun («البريطاني الجنسية»).

    >>> r = resources()
    >>> t = tokens_of("وحضر سعيد محمد الكندي وليونيل ميسي الأرجنتيني وأبو عبدالله البريطاني الجنسية")
    >>> [_family_nisba(t, i, j, r) for i, j in ((1, 3), (5, 6), (8, 9))]
    [True, False, False]
    """
    t = toks[j]
    if j - i > 2 or not (_is_word(t) and _definite(t) and t.kreadings[0][0] == 0) or t.key in ROLE_ADJECTIVES \
            or t.key in DESCRIPTIVE or nisba_of(t.text) is None:
        return False
    if not all(_is_word(x) and x.kreadings[0][0] == 0 and res.first_name(x.key) and not _foreign_word(x)
               and not x.key.startswith("ال") for x in toks[i:j]):
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or not (_is_word(nxt) and nxt.key.startswith("ال"))


def _match_multi(toks: Sequence[Token], i: int, phrases: list[tuple[str, ...]]) -> int:
    """End token of the longest phrase of ``phrases`` at ``i`` (proclitics on the first word), or i."""
    by_first = _by_first(tuple(phrases))
    best = i
    for stem in toks[i].keys:
        for ph in by_first.get(stem, ()):
            n = len(ph)
            if i + n <= len(toks) and all(toks[i + k].key == ph[k] for k in range(1, n)):
                best = max(best, i + n)
    return best


@lru_cache(maxsize=16)
def _by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for ph in phrases:
        out[ph[0]].append(ph)
        if strip_article(ph[0]) != ph[0]:
            out[strip_article(ph[0])].append(ph)
    return dict(out)


def _head_keys(heads: frozenset, multi) -> frozenset[str]:
    """Every stem that can start a head of ``heads`` or ``multi``: a token without one is no head."""
    firsts = {k for ph in multi for k in (ph[0], strip_article(ph[0]))}
    return frozenset(heads | {"ال" + h for h in heads} | firsts)


_HEAD_STARTS = {id(ROLE_HEADS): _head_keys(ROLE_HEADS, ROLE_HEADS_MULTI),
                id(HONORIFICS): _head_keys(HONORIFICS, HONORIFICS_MULTI)}


def _head_at(toks: Sequence[Token], i: int, heads: frozenset, multi) -> tuple[int, int, str] | None:
    """A role or honorific head at ``i``: (end token, stem offset, head key) or None."""
    if i >= len(toks):  # a name that closes its paragraph ("قال محمد،") leaves nothing after it
        return None
    starts = _HEAD_STARTS.get(id(heads))
    if starts is None:
        starts = _HEAD_STARTS[id(heads)] = _head_keys(heads, multi)
    if starts.isdisjoint(toks[i].keys):
        return None
    end = _match_multi(toks, i, multi)
    if end > i:
        return end, 0, " ".join(t.key for t in toks[i:end])
    if not _is_word(toks[i]):
        return None
    for off, stem in toks[i].kreadings:
        if stem in heads or strip_article(stem) in heads:
            if heads is HONORIFICS and not _honorific_as_written(toks[i].text[off:], stem):
                continue
            return i + 1, off, strip_article(stem)
    return None


_STOP_AS_WRITTEN = frozenset(lexicon.raw_words("stop_words"))
HONORIFICS_CONSTRUCT = _words("honorifics_construct")
HONORIFICS_DEFINITE = _words("honorifics_definite")
LED_BY = frozenset(_hamza(w) for w in _words("led_by"))


def _honorific_as_written(written: str, stem: str) -> bool:
    """Is this spelling of an honorific the honorific? Not «أمام» / «امام» (in front of: a stop word
    as written, where «إمام» is the title), nor a construct-only honorific with ال («السعادة»
    happiness, «الدولة» the state, where «سعادة السفير» and «دولة الرئيس» are titles).

    >>> _honorific_as_written("أمام", "امام"), _honorific_as_written("إمام", "امام")
    (False, True)
    >>> _honorific_as_written("السعادة", "السعاده"), _honorific_as_written("سعادة", "سعاده")
    (False, True)
    >>> _honorific_as_written("فريق", "فريق"), _honorific_as_written("الفريق", "الفريق")
    (False, True)
    """
    if written in _STOP_AS_WRITTEN:
        return False
    if not stem.startswith("ال") and stem in HONORIFICS_DEFINITE:
        return False  # «فريق غازي عنتاب»: a team; the rank is «الفريق»
    return not (stem.startswith("ال") and strip_article(stem) in HONORIFICS_CONSTRUCT)


@dataclass
class RolePhrase:
    """A role ("وزير الدفاع الروسي") as found in the text, before it is tied to a person."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    head: str  # folded head without ال ("وزير", "رئيس")
    key: str  # head + qualifiers, folded, without proclitics
    definite: bool  # "الوزير" rather than "وزير الدفاع" (construct)
    qualified: bool


def _qualifiers(toks: list[Token], i: int, res: Resources, spans_at: dict[int, int], limit: int = 7,
                definite: bool = False) -> int:
    """End token of the words that qualify a role head ending at ``i``: "الدفاع الروسي",
    "باسم الخارجية", "للأمم المتحدة", a known place or organisation ("أمير قطر").

    A definite head ("الوزير") takes adjectives only (a nisba, "العام", "السابق"): in "بحث مع الوزير
    الأوضاع" the next word is the verb's object, not part of the office.
    """
    j = i
    while j < len(toks) and j - i < limit:
        t = toks[j]
        if j in spans_at and (not definite or j == i or t.kreadings[0][1] != t.key or t.key[:1] == "ل"
                              or toks[j - 1].key in ("باسم", "في", "الي", "لدي")
                              or (t.key.startswith("ال") and t.key.endswith(("يين", "يون", "يه")))):
            # ... and a known group named by its adjective: «زعيم المتمردين الحوثيين عبد الملك الحوثي»
            j = spans_at[j]
            continue
        if not _is_word(t):
            break
        if definite and t.key not in ("في", "الي", "لدي", "باسم") and t.key[:2] != "لل":
            if t.key in ROLE_ADJECTIVES or t.key in NAMING_ADJECTIVES or (
                    t.key.startswith("ال") and nisba_of(t.text)):
                j += 1
                continue
            if j > i and _second_complement(toks, j, res):
                j += 1  # «مدير العلاقات العامة والإعلام»: و and a second department of the same office
                continue
            break
        stems = t.keys
        if t.key in ("في", "الي", "لدي"):  # "رئيس مجلس النواب في (مملكة) البحرين", "المبعوث إلى اليمن"
            span_start = next((k for k in (j + 1, j + 2) if k in spans_at), None)
            if span_start is not None and (span_start == j + 1 or res.common(toks[j + 1].key)):
                j = spans_at[span_start]
                continue
            if j + 1 < len(toks) and toks[j + 1].kreadings[0][0] == 0 and _hamza(toks[j + 1].key) in HOME_COUNTRY_WORDS:
                j += 2  # «سفير اليابان لدى المملكة نوريهيرو أوكودا»: the report's own country, named by its noun
                continue
            if t.key == "في" and j > i and j + 1 < len(toks) and _the_body(toks[j + 1]):
                j += 2  # «مدير العلاقات العامة في الوزارة»: the body the article names, by its head with ال
                continue
            break
        if t.key in ("باسم", "لشوون", "لشءون") and j + 1 < len(toks):
            j += 1
            continue
        if strip_article(t.key) in HONORIFICS:
            break  # "أمير الكويت الشيخ صباح": a title starts the name, it does not qualify the office
        al_stem = next((s for s in stems if s.startswith("ال") and len(s) > 3), None)
        # A word with ال makes the rest read as after a definite head (adjectives only, see above).
        definite = al_stem is not None
        if al_stem is not None and t.key not in STOP:
            if res.person_word(al_stem) and not res.common(al_stem):
                break  # "الرئيس الأسد": a surname, not a qualifier
            if al_stem == t.key or t.key.startswith(("لل", "ل")):
                j += 1
                continue
            break
        # A noun in construct ("أركان الجيش", "وزراء البحرين", "خارجية بلاده").
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        construct = res.common(t.key) or t.key in ORG_HEADS_STRONG or t.key in ORG_HEADS_WEAK
        if (nxt is not None and (nxt.key.startswith("ال") or (j + 1) in spans_at)
                and t.key not in STOP and construct and not res.person_word(t.key)):
            j += 1
            continue
        break
    return j


def _second_complement(toks: Sequence[Token], j: int, res: Resources) -> bool:
    """Is ``toks[j]`` و and a definite noun that joins a second department to an office's complement
    («مدير العلاقات العامة والإعلام», «مدير الشؤون الإدارية والمالية»)? Not a title, an office, a
    profession, a name word or a country's adjective: «وزير الخارجية والأمير خالد» names a second person.

    >>> r = resources()
    >>> t = tokens_of("والإعلام والأمير والمدير والسعودية")
    >>> [_second_complement(t, k, r) for k in range(4)]
    [True, False, False, False]
    """
    t = toks[j]
    if not _is_word(t) or t.text[:1] != "و":
        return False
    st = next((st for off, st in t.kreadings if off == 1), None)
    if st is None or not st.startswith("ال") or len(st) <= 4 or st in STOP:
        return False
    bare = strip_article(st)
    return (bare not in HONORIFICS and bare not in ROLE_HEADS and bare not in PROFESSIONS and not res.person_word(st)
            and not res.first_name(bare) and nisba_of(t.text[1:]) is None and not _naming_head(st)
            and st not in DESCRIPTIVE)


def _the_body(t: Token) -> bool:
    """Is ``t`` an organisation's head noun with ال and nothing else («الوزارة», «الشركة», «الهيئة»): the body
    the article speaks of, named before?"""
    return _is_word(t) and t.kreadings[0][0] == 0 and t.key.startswith("ال") and (
        _hamza(strip_article(t.key)) in ORG_HEADS_STRONG)


def _role_phrase(toks: list[Token], i: int, res: Resources, spans_at: dict[int, int]) -> RolePhrase | None:
    h = _head_at(toks, i, ROLE_HEADS, ROLE_HEADS_MULTI)
    if h is None:
        return None
    hend, off, head = h
    stem0 = toks[i].kreadings[0][1]
    for o, s in toks[i].kreadings:
        if o == off:
            stem0 = s
    definite = stem0.startswith("ال") or head.startswith("ال")
    q = _qualifiers(toks, hend, res, spans_at, definite=definite and " " not in head)
    words = [stem0 if k == i else toks[k].key for k in range(i, q) if toks[k].kind == "word"]
    return RolePhrase(toks[i].start + off, toks[q - 1].end, i, q, strip_article(head.split()[0]) if " " not in head else head,
                      " ".join(strip_article(words[0]) if k == 0 else w for k, w in enumerate(words)),
                      definite, q > hend)


def _coordinated_role(t: Token) -> bool:
    """Is ``t`` و and an office or a profession («ومؤسس», «ونائب», «والمدرب»): a second role joined
    to the one before it, not the start of a name.

    >>> [_coordinated_role(t) for t in tokens_of("ومؤسس والمدرب وليد ومحمد")]
    [True, True, False, False]
    """
    return _is_word(t) and t.text[:1] == "و" and any(
        off == 1 and (strip_article(st) in ROLE_HEADS or strip_article(st) in PROFESSIONS) for off, st in t.kreadings)


def _honorifics(toks: Sequence[Token], i: int) -> int:
    """End token after a run of honorifics and ranks ("الشيخ", "آية الله", "اللواء الركن")."""
    j = i
    while j < len(toks):
        h = _head_at(toks, j, HONORIFICS, HONORIFICS_MULTI)
        if h is None:
            break
        j = h[0]
    return j


def _after_naming_head(t: Token) -> bool:
    """Is ``t`` the head noun of an organisation, facility or event name ("جامعة", "مستشفى", "مطار")?"""
    return _is_word(t) and any(_naming_head(stem) for _, stem in t.kreadings)


def _site_of_titled(toks: Sequence[Token], i: int) -> bool:
    """Do a site's head and a title come right before token ``i``? Then the person names the site.

    («شارع الشيخ محمد بن زايد», «مطار الأمير نايف»: the street's and the airport's names, read whole by the
    facility rule; a definite head, «الشارع», names no site.)
    """
    j = i - 1
    while j > 0 and _is_word(toks[j]) and _is_title(toks[j]):
        j -= 1
    if j == i - 1 or not _is_word(toks[j]):
        return False
    hit = _head_reading(toks[j], FACILITY_HEADS | TITLED_SITE_HEADS)
    return hit is not None and not hit[1].startswith("ال")


def _naming_head(stem: str) -> bool:
    bare = _hamza(strip_article(stem))
    return (bare in ORG_HEADS_STRONG or bare in ORG_HEADS_WEAK or bare in FACILITY_HEADS or bare in EVENT_HEADS
            or bare in TITLED_SITE_HEADS)


PROFESSIONS = _words("person_nouns")
CAPACITY_NOUNS = _words("capacity_nouns")
_PROFESSION_KEYS = frozenset("ال" + w for w in PROFESSIONS)  # as tokens' keys are written: "الممثله"
# «إخراج فلان», «ألحان فلان»: a work's credits, before the name as a profession is (without ال)
CREDITS = frozenset(_hamza(w) for w in _words("credit_words"))


def _with_plain_surname(toks: Sequence[Token], k: int, end: int, res: Resources) -> int:
    """``end`` of a one-word name at ``k``, taking one more plain word (no proclitic, no article): after a
    profession or in a cast list a surname may be a word too («ايشواريا راي»: opinion, «محمد رمضان»: the
    month) ... but not «اللاعب ميسي زار الغابون» (a verb and the place it takes), nor an imperfect of a
    verb-like cluster («الخبير ريي يعد مكسبا»: "is considered")."""
    n = len(toks)
    if end < n and end - k == 1 and _is_word(toks[end]) and len(toks[end].kreadings) == 1 \
            and not toks[end].key.startswith("ال") and toks[end].key not in STOP and not _verbish(toks[end], res) \
            and not _elative(toks[end], res) and toks[end].start - toks[end - 1].end <= 1 \
            and not (toks[end].key[:1] in "يت" and _verb_like(toks[end], res)) \
            and not (end + 1 < n and _is_word(toks[end + 1]) and _large_place(toks[end + 1].text)):
        return end + 1
    return end


def _office_word(t: Token, res: Resources) -> bool:
    """Is ``t`` an indefinite profession or office noun («مدرب», «رئيس»), no word of a name?"""
    return _is_word(t) and t.kreadings[0][0] == 0 and not res.person_word(t.key) \
        and ("ال" + t.key in _PROFESSION_KEYS or t.key in ROLE_HEADS or _hamza(t.key) in PLAYER_ROLES)


def _possessed_feminine(t: Token) -> bool:
    """Is ``t`` a feminine noun of the news corpus with a pronoun of "his", "her" or "their" («مهمته»,
    «مسيرتها», «رغبتهم»)? Narrower than :func:`_possessed_noun`: «صديقي» may be a family name, «شحاته» is one
    (no word of the corpus with ال).

    >>> [_possessed_feminine(t) for t in tokens_of("مهمته مسيرتها شحاته دونيس صديقي")]
    [True, True, False, False, False]
    """
    # (the bases :func:`_pronoun_bases` gives back with their ة, «مهمته» → «مهمه»)
    return _is_word(t) and t.kreadings[0][0] == 0 and any(
        b.endswith("ه") and t.key.startswith(b[:-1] + "ت") and _corpus_word("ال" + b) for b in _pronoun_bases(t.key))


def _governed_common(t: Token, res: Resources) -> bool:
    """Is ``t`` بـ or لـ and a common word («بقدرات», «لمستوى»), no given or family name («بركات»)?

    >>> [_governed_common(t, resources()) for t in tokens_of("بقدرات لمستوى بركات بلان بارباع")]
    [True, True, False, False, False]
    """
    # (a common word of four letters or more, or a plural of the corpus: «بلان» is no ب + «لان», «بارباع» no
    # ب + «ارباع», a family name the press writes with ال never)
    return _is_word(t) and t.text[:1] in "بل" and not res.first_name(t.key) and not res.person_word(t.key) \
        and any(off == 1 and ((len(st) >= 4 and res.common(st) and _corpus_word("ال" + st))
                              or (st.endswith("ات") and _corpus_word("ال" + st)))
                for off, st in t.kreadings) and not _corpus_word("ال" + t.key)


_TECHNICAL_DIRECTOR = ("المدير", "الفني")  # (folded keys) a head coach's title
_COACH = "المدرب"


def profession_name_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A name of two or more words after a profession noun with ال and up to two adjectives:
    «الممثلة العالمية ايشواريا راي», «النجمان سيف علي خان، ونواز الدين صديقي» (each name of a list after
    a dual or plural noun).

    >>> t = "تستعد الممثلة العالمية ايشواريا راي لفيلم يشترك فيه النجمان سيف علي خان، ونواز الدين صديقي."
    >>> [text_of(t, c) for c in profession_name_candidates(t, tokens_of(t), resources())]
    ['ايشواريا راي', 'سيف علي خان', 'نواز الدين صديقي']
    """
    clubs = domain_lists()[0]  # (a profession word may open a club's name: «النجم الساحلي»)
    out: list[Candidate] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        # «مدربه الألماني أولي شتيليكه», «مهاجمها الدولي»: the profession with a possessive is definite too
        owned = None if not _is_word(t) or not t.text.endswith(("ه", "ها", "هم")) else next(
            (st for _, st in t.kreadings for suffix in ("ه", "ها", "هم")
             if st.endswith(suffix) and len(st) > len(suffix) + 2 and "ال" + st[:-len(suffix)] in _PROFESSION_KEYS), None)
        # «مدرب اللياقة اليوناني جريجوريس», «حارس المرمى الدولي …»: the profession in construct with a definite
        # noun (what the coach trains) is definite too
        construct = t.key in PROFESSIONS and _is_word(t) and t.kreadings[0][0] == 0 and i + 2 < n \
            and _is_word(toks[i + 1]) and toks[i + 1].kreadings[0][0] == 0 and toks[i + 1].key.startswith("ال") \
            and toks[i + 1].key not in STOP and nisba_of(toks[i + 1].text) is None \
            and not toks[i + 1].key.endswith(("ي", "يه")) and (nisba_of(toks[i + 2].text) is not None or (
                # «مهاجم الفريق علي مبخوت»: a player's role in construct with his side, then his name
                _hamza(t.key) in PLAYER_ROLES and not t.key.endswith(("ي", "و")) and toks[i + 1].key in TEAM_NOUNS
                and _is_word(toks[i + 2]) and not toks[i + 2].key.startswith("ال") and toks[i + 2].kreadings[0][0] == 0
                and (res.first_name(toks[i + 2].key) or _lone_foreign_name(toks[i + 2], res))
                # (not «قرر مدرب الفريق مغادرتك»: a verbal noun with "your", «مغادرة» + ك)
                and not (toks[i + 2].key.endswith(("تك", "تكم")) and _corpus_word(toks[i + 2].key.rsplit("ت", 1)[0] + "ه"))))
        # «المدير الفني البرتغالي قوميز»: the technical director, a coach's title of two words
        technical = i + 2 < n and _TECHNICAL_DIRECTOR[0] in t.keys and toks[i + 1].key == _TECHNICAL_DIRECTOR[1] \
            and _is_word(toks[i + 1])
        if (_PROFESSION_KEYS.isdisjoint(t.keys) and CREDITS.isdisjoint(t.keys) and not owned and not construct
                and not technical) or not _is_word(t):
            i += 1  # most tokens: one set test
            continue
        head = "ال" + t.key if construct else _COACH if technical else owned or next(
            (st for off, st in t.kreadings if st in _PROFESSION_KEYS or st in CREDITS), None)
        if head is None:
            i += 1
            continue
        club = _match_phrase(toks, i, clubs.index, clubs.max_len) if t.kreadings[0][0] == 0 else None
        if club is not None and club[0] > i + 1:
            i = club[0]  # «حقق النجم الساحلي انتصارين»: the profession's word opens a club's name (Étoile du Sahel)
            continue
        several = head.endswith(("ان", "ات")) and head not in CREDITS  # النجمان: a list of names follows
        k = i + 2 if construct or technical else i + 1
        if head in CREDITS and k + 1 < n and toks[k].text == ":" and _is_word(toks[k + 1]):
            k += 1  # «تصوير: علي العريفي», «إخراج: فراس المصري»: a credit line with its colon
        if head in CREDITS and k < n and _is_word(toks[k]) and toks[k].kreadings[0][0] == 0 and _work_noun(strip_article(toks[k].key)):
            i += 1  # «تلحين أوبريت مهرجان الجنادرية»: the credit's work, whose maker is not named here
            continue
        if head in CREDITS and k + 1 < n and toks[k].key in _YA_STOPS and toks[k].text.endswith("ي") \
                and res.first_name(toks[k].key) and _family_word(toks[k + 1], res):
            # «تصوير: علي الزهراني»: after a credit, «علي» written with ي and a family name is a person (the
            # preposition «على» opens no family name)
            out.append(Candidate(toks[k].start, toks[k + 1].end, "PERS", "pattern", f"name after «{t.text}»",
                                 PRIORITY["pattern"] - 1))
            i = k + 2
            continue
        if head in CREDITS and k + 1 < n and _is_word(toks[k]) and toks[k].kreadings[0][0] == 0 \
                and res.first_name(toks[k].key) and not res.common(toks[k].key) and _is_word(toks[k + 1]) \
                and toks[k + 1].kreadings[0][0] == 0 and _definite(toks[k + 1]) and toks[k + 1].key not in STOP \
                and not _known_place(toks[k + 1].text) and (toks[k + 1].key,) not in res.org_index:
            # «وإخراج طلال الرمال»: after a credit, a given name and a definite word are the person, the word his
            # family name, common noun or not (a credit names a person, not what the work is about)
            out.append(Candidate(toks[k].start, toks[k + 1].end, "PERS", "pattern", f"name after «{t.text}»",
                                 PRIORITY["pattern"] - 1))
            i = k + 2
            continue
        if head in CREDITS and k + 2 <= n and _is_word(toks[k]) and toks[k].kreadings[0][0] == 0 \
                and not toks[k].key.startswith("ال") and toks[k].key not in STOP and not res.common(toks[k].key) \
                and not _verbish(toks[k], res) and not _office_word(toks[k], res) and _family_word(toks[k + 1], res) \
                and not _opens_no_person(toks[k], res) \
                and (k + 2 >= n or not _is_word(toks[k + 2]) or toks[k + 2].text[:1] == "و"):
            # «من تأليف نهار الضويحي،»: after a credit, any word and a family name closed there are the person (a
            # given name the lists lack, «نهار» a word too)
            out.append(Candidate(toks[k].start, toks[k + 1].end, "PERS", "pattern", f"name after «{t.text}»",
                                 PRIORITY["pattern"] - 1))
            i = k + 2
            continue
        # (written «أل», «ألميدا», a word has no article: folding only makes it look so)
        while k < n and k - i <= 2 and _is_word(toks[k]) and _definite(toks[k]) and toks[k].key not in STOP \
                and (nisba_of(toks[k].text) is not None or toks[k].key.endswith(("ي", "يه", "يان", "يتان")) or (
                    # «الكاتب الساخر», «المدرب القدير»: an adjective of the words' clusters, no family name
                    (res.common(toks[k].key) or (_corpus_key(toks[k].key) and _cluster_share(toks[k].key, 1) < 0.2))
                    and not _known_place(toks[k].text) and not res.person_word(toks[k].key)
                    and (toks[k].key,) not in res.org_index)):
            k += 1  # "العالمية", "السعودي", "الأربعينية" (not «الذي»: «المدرب الذي درّب …»)
        if k < n and (_coordinated_role(toks[k]) or (_is_word(toks[k]) and toks[k].text[:1] == "و" and any(
                off == 1 and _hamza(st) in MEMBER_NOUNS for off, st in toks[k].kreadings))):
            i = k  # «الخبير الاقتصادي وعضو جمعية الاقتصاد …»: و and a second office; the name, if any, follows that one
            continue
        # (not when the profession is in quotes itself, glued on both sides: «"الفنان" ومهاجمة "المواطن"» closes one
        # quote and opens another; «رواية "ظل الريح" للكاتب "زافون"» closes a title before the profession)
        quoted_head = 0 < i < n - 1 and toks[i - 1].text in QUOTES_OPEN and toks[i - 1].end == t.start \
            and toks[i + 1].text in QUOTES_CLOSE and toks[i + 1].start == t.end
        q = _quoted(toks, k) if k < n and not _is_word(toks[k]) and not quoted_head else None
        if q is not None and head not in CREDITS and 1 <= q[1] - q[0] <= 4 and all(
                _is_word(x) and x.key not in STOP for x in toks[q[0]:q[1]]) and not toks[q[0]].key.startswith("ال") \
                and not _verbish(toks[q[0]], res) and (q[1] - q[0] > 1 or not res.common(toks[q[0]].key)) \
                and not (q[1] - q[0] == 1 and _imperfect_verb(toks[q[0]], res) and not res.first_name(toks[q[0]].key)
                         and not res.person_word(toks[q[0]].key) and toks[q[0]].key not in COMMON_GIVEN):
            # «للكاتب العالمي “فرنادو أربال”», «إخراج الفنان “مساعد الزهراني”»: a name in quotes after the
            # profession is the person's, common words and all (not a verb alone: «تجعل الكاتب "يخبر"», he tells)
            out.append(Candidate(toks[q[0]].start, toks[q[1] - 1].end, "PERS", "pattern",
                                 f"quoted name after «{t.text}»", PRIORITY["pattern"] - 1))
            i = q[1]
            continue
        if head in CREDITS and k + 1 < n and _is_word(toks[k]) and not res.first_name(toks[k].key) \
                and not res.person_word(toks[k].key) and _corpus_word("ال" + toks[k].folded) \
                and _is_word(toks[k + 1]) and not _definite(toks[k + 1]) and not res.first_name(toks[k + 1].key) \
                and not res.person_word(toks[k + 1].key) and _corpus_word("ال" + toks[k + 1].folded):
            i = k  # «بتصوير مشاهد حركة خطيرة»: after a credit's noun, two nouns the corpus writes with ال are what is filmed
            continue
        found = 0
        if k + 1 < n and head.endswith("ه") and _is_word(toks[k]) and len(toks[k].kreadings) == 1 \
                and _feminine_past(toks[k], res) and _is_word(toks[k + 1]) \
                and (res.common(toks[k + 1].key) or _corpus_word("ال" + toks[k + 1].folded)):
            # (its object a common noun: «الممثلة بريت ماكي» is an actress's name)
            i = k  # «فإن الممثلة قرأت مقاطع»: after a woman's profession a past verb of "she" opens no name
            continue
        while k < n:
            end = _with_plain_surname(toks, k, _name_extent(toks, k, res, strict=found == 0, first_common_ok=found == 0), res)
            while end - k > 1 and _verb_like_word(toks[end - 1].folded) and not res.person_word(toks[end - 1].key) \
                    and not res.first_name(toks[end - 1].key) and _corpus_word(toks[k].folded):
                # «المدرب البرتغالي جوزيه مورينيو التزم …», «المدافع دوجلاس تعرض …»: a past verb ends the name
                # (after a name the news corpus never wrote, «ايشواريا راي», the word is its surname)
                end -= 1
            while end - k > 1 and len(toks[end - 1].key) == 3 and toks[end - 1].kreadings[0][0] == 0 \
                    and res.common(toks[end - 1].key) and _corpus_word("ي" + toks[end - 1].folded) \
                    and not res.person_word(toks[end - 1].key) and not res.first_name(toks[end - 1].key) \
                    and not res.first_name(toks[k].key):
                # «المدرب ستامب رفض إقامتها», «المدرب اليوناني دونيس عقب استبعاده»: after a foreign name, a common word of
                # three letters the corpus also writes as «يرفض» is the verb (after a given name it is the family
                # name: «الشاعر اللبناني سعيد عقل»)
                end -= 1
            cut = False
            while end - k > 1 and (_hamza(toks[end - 1].key) in _NUMBER_WORDS or (
                    toks[end - 1].key.endswith("ات") and _corpus_word("ال" + toks[end - 1].folded))):
                end, cut = end - 1, True  # «جريجوريس تدريبات بدنية», «والكوت سبعة أهداف»: a plural noun or a number opens the object
            while end - k > 1 and toks[k].key.startswith("ال") and not _definite(toks[k]) and (
                    _indefinite_common_noun(toks[end - 1], res) or toks[end - 1].text.endswith(("ها", "هم"))):
                end -= 1  # «الممثل آلباشينو شخصية», «الفنانة إليسا اعجابها»: after a name in «أل» a common noun is the object
            while end - k > 1 and (_possessed_feminine(toks[end - 1]) or _governed_common(toks[end - 1], res)) \
                    and not res.person_word(toks[end - 1].key) and not _family_word(toks[end - 1], res):
                # «بدأ المدرب دونيس مهمته», «اقتناع المدرب بولوني بقدرات الهزازي»: a noun with "his", or with
                # بـ / لـ, after the name is its object, no family name
                end, cut = end - 1, True
            while end - k > 1 and end < n and _definite(toks[end - 1]) and _definite(toks[end]) and toks[end].key.endswith("ي") \
                    and toks[end].key not in STOP \
                    and not res.person_word(toks[end - 1].key) and not _family_word(toks[end - 1], res):
                end -= 1  # «المدرب ألفارو النهج التكتيكي»: a noun and its adjective open the object, no family name
            trimmed = False
            while end - k > 1 and _office_word(toks[end - 1], res):
                end, trimmed = end - 1, True  # «المدرب الروماني ريجيكامب مدرب نادي الهلال»: the office again
            words = [x for x in toks[k:end] if x.key not in CONNECTORS]
            # «المهاجم الفنزويلي ريفاس»: after the profession and a country's adjective, one word that is no
            # common word, verb or place is a name too
            # (a foreign name's shape: four letters or more; the name ends there, not before «فان غال»; the
            # profession noun is not the adjective of a noun before it: «المجموعة الإعلامية اليابانية نيكاي»; one
            # with a proclitic is none, «المباراة الأولى للاعب الأوروغوياني إيرسميندي»)
            nxt = toks[end] if end < n else None
            # (or, with no country named, one word before the office said again: «المطربة الخليجية احلام ملكة …»)
            # (or a word of a foreign name's shape the corpus never writes with ال: «المدرب بيتوركا»; the
            # name may then be followed by a preposition and a definite word, «بيتوركا بالقرار الصحيح»)
            foreign_shape = len(words) == 1 and head.startswith("ال") and words[0].text[:1] != "و" \
                and _lone_foreign_name(words[0], res) and not _corpus_word("ال" + words[0].folded) \
                and not (words[0].folded.endswith("ا") and _corpus_word("ال" + words[0].folded[:-1]))  # «اللاعب جاهزا»
            lone = len(words) == 1 and found == 0 and (trimmed or foreign_shape or any(nisba_of(x.text) is not None for x in toks[i + 1:k])) \
                and words[0].kreadings[0][0] == 0 and len(words[0].key) >= 4 and (trimmed or not _name_free(words[0].folded)) \
                and not _verb_like(words[0], res) and not _large_place(words[0].text) and not _possessed_feminine(words[0]) \
                and not (i > 0 and _definite(toks[i - 1]) and _is_word(toks[i - 1]) and t.folded.startswith("ال")) \
                and not _governed_word(words[0], res) \
                and (nxt is None or cut or not _is_word(nxt) or nxt.key in STOP or _definite(nxt) or nxt.text[:1] == "و"
                     or _verbish(nxt, res) or _verb_like(nxt, res) or _office_word(nxt, res)
                     # («اللاعب الفنزويلي يوهاندري كلاعب آسيوي»: a preposition and a noun say what of him)
                     or (foreign_shape and _preposition_phrase(nxt, res) and not _preposition_phrase(words[0], res))
                     or (foreign_shape and any(o and st.startswith("ال") for o, st in nxt.kreadings))
                     # («وأعطى المدرب اليوناني دونيس لقاء الأمس»: a common noun after a foreign name is the object)
                     or (foreign_shape and (res.common(nxt.key) or _indefinite_common_noun(nxt, res))
                         and not res.first_name(nxt.key) and not _family_word(nxt, res)))
            # (a given name that is also a word is one before a family name: «الكاتب خلف الحربي»)
            common_first = res.common(toks[k].key) and not (found == 0 and len(words) >= 2 and (
                _foreign_word(toks[k + 1]) or _ya_given_name(toks, k, res) or (
                    len(words) == 2 and end == k + 2 and toks[k].kreadings[0][0] == 0 and toks[k].key not in STOP
                    and not _verbish(toks[k], res) and _family_word(toks[k + 1], res)
                    # (not a body or a place: «الممثل مؤتمر الفيفا» is FIFA's conference)
                    and (toks[k + 1].key,) not in res.org_index and not _known_place(toks[k + 1].text))))
            # «المدافع الدولي الاسباني بتمديد عقده»: بـ or لـ and a common noun open no name (a given name that
            # reads so, «باسم», is one; كـ is left out: «كيري» is no كـ + «يري»)
            # (and a common word after it: «لانا مرقص», «بيومي فؤاد» are names)
            # (or بـ / لـ and a definite noun, whatever follows: «إخراج المعرض بالشكل اللائق»)
            governed = toks[k].text[:1] in "بل" and not res.first_name(toks[k].key) and not res.person_word(toks[k].key) \
                and (any(off == 1 and st.startswith("ال") and len(st) > 4 and _corpus_word(st) for off, st in toks[k].kreadings) or (
                    any(off and (res.common(st) or (_corpus_word(st) and _cluster_share(st, 1) < 0.15))
                        for off, st in toks[k].kreadings)
                    and k + 1 < n and _is_word(toks[k + 1]) and (res.common(toks[k + 1].key) or (
                        _corpus_word(toks[k + 1].key) and _cluster_share(toks[k + 1].key, 1) < 0.5))))
            if (len(words) < 2 and not lone) or _definite(toks[k]) or common_first or _verbish(toks[k], res) \
                    or any(ch.isdigit() for x in toks[k:end] for ch in x.text) \
                    or _glued_to_noun(toks[k], res) or governed or (found == 0 and toks[k].text[:1] == "و" and any(
                        off == 1 and (strip_article(st) in PROFESSIONS or strip_article(st) in ROLE_HEADS or st in STOP)
                        for off, st in toks[k].kreadings)):
                # («الشاعر السعودي الكبير وكاتب النشيد الوطني إبراهيم خفاجي»: و and another profession go on
                # describing the person, whose name comes after them)
                break
            out.append(Candidate(toks[k].start, toks[end - 1].end, "PERS", "pattern",
                                 f"name after «{t.text}»", PRIORITY["pattern"] - 1))
            found += 1
            k = end
            # "، ونواز الدين صديقي": the next name of the list, after a comma and و
            if not several or k + 1 >= n or toks[k].text not in ARABIC_COMMAS:
                break
            nxt = toks[k + 1]
            if not (_is_word(nxt) and nxt.kreadings[0][0] == 0 and len(nxt.kreadings) > 1 and nxt.text.startswith("و")):
                break
            k = k + 1
            toks = toks[:k] + [make_token(nxt.start + 1, nxt.end, nxt.text[1:], "word", nxt.i, nxt.segment, nxt.paragraph)] + toks[k + 1:]
        i = k if found else i + 1
    return out


def _governed_word(w: Token, res: Resources) -> bool:
    """Is ``w`` بـ or لـ and a word of four letters or more the news corpus writes, no given name: a
    preposition and a noun («الشاعر بإهداء الملك»: by gifting), not a one-word name («بيكهام», «باسم»)?

    >>> r = resources()
    >>> [_governed_word(t, r) for t in tokens_of("بإهداء لتقديم بيكهام باسم")]
    [True, True, False, False]
    """
    return w.text[:1] in "بل" and not res.first_name(w.key) and not res.person_word(w.key) and any(
        off == 1 and len(st) >= 4 and _corpus_word(st) for off, st in w.kreadings)


def _unwritten_word(w: Token, res: Resources) -> bool:
    """Is ``w`` a word the news corpus never writes, in any reading: a foreign name («لاغونتواز»,
    «بارامونت»), not «ولجأ» or «بالطرد» (و, بـ and a word it writes)?"""
    return _is_word(w) and w.key not in STOP and len(w.key) >= 3 and nisba_of(w.text) is None \
        and not any(res.common(st) for _, st in w.kreadings) and _foreign_word(w) and not _verbish(w, res)


PLAYER_ROLES = frozenset(_hamza(key(w)) for w in _words("player_roles"))
# «لاعب وسط», «مدرب الحراس»: what completes the role noun into one post before the club or the name
ROLE_COMPLEMENTS = [tuple(_hamza(w) for w in p) for p in _phrases("role_complements")]
TEAM_NOUNS = frozenset(key(w) for w in _words("team_nouns"))
CLUB_POSSESSIVE_ADJECTIVES = frozenset(_hamza(key(w)) for w in _words("club_possessive_adjectives"))
FOREIGN_TITLE_HEADS = frozenset(key(w) for w in _words("foreign_title_heads"))
KIN_NOUNS = frozenset(_hamza(key(w)) for w in _words("kin_nouns"))


@lru_cache(maxsize=8)
def _possessive_forms(nouns: frozenset) -> frozenset[str]:
    """Every key ``nouns`` take with a pronoun suffix («زوجته», «ناديه»): a set to test tokens against
    before :func:`_pronoun_bases` reads one."""
    return frozenset((w[:-1] + "ت" if w.endswith("ه") else w) + suffix for w in nouns for suffix in _PRONOUN_SUFFIXES)


def kin_name_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A person named right after a kinship noun with a possessive pronoun: «وله منها ابنهما طارق»,
    «ورافقته زوجته سلمى الحربي» (kin_nouns.txt). One word is enough when it is a known given name or a
    word the news corpus never writes; «ابنه الأكبر», «زوجته في المستشفى» name no one.

    >>> t = "وله منها ابنهما طارق، ورافقته زوجته سلمى الحربي، وزار ابنه المستشفى، وزوجة الرئيس حاضرة"
    >>> [text_of(t, c) for c in kin_name_candidates(t, tokens_of(t), resources())]
    ['طارق', 'سلمى الحربي']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i in range(n - 1):
        t = toks[i]
        # (not «ي»: «شقيقي سفيان» is also "the two brothers of", «عمي» my uncle or a word)
        if _possessive_forms(KIN_NOUNS).isdisjoint(t.keys):
            continue  # most tokens: one set test
        if not _is_word(t) or t.text.endswith(("ة", "ى", "ي")) or not any(
                _hamza(b) in KIN_NOUNS and b != st for _, st in t.kreadings for b in _pronoun_bases(st)):
            continue
        k = i + 1
        u = toks[k]
        # a given name, or one word with no proclitic to read off it («بحفر الباطن», «وأودت»), no plural
        # adjective («زوجها متوقفين») and no number («بـ13»)
        if not _is_word(u) or u.key in STOP or u.key.startswith("ال") or res.common(u.key) \
                or (not res.first_name(u.key) and ((len(u.kreadings) > 1 and (u.text[:1] == "و" or not _unwritten_word(u, res)))
                                                   or u.key.endswith(("ين", "ون", "ات")))) \
                or any(ch.isdigit() for ch in u.text) \
                or _verbish(u, res) or _is_title(u) or nisba_of(u.text) is not None or _known_place(u.text):
            continue
        end = _name_extent(toks, k, res, strict=True)
        if end == k or (end - k == 1 and not (res.first_name(u.key) or _unwritten_word(u, res))):
            continue
        out.append(Candidate(u.start, toks[end - 1].end, "PERS", "pattern", f"name after «{t.text}»",
                             PRIORITY["pattern"] - 1))
    return out


PUBLISHER_TRADES = _words("publisher_trades")
PUBLICATION_VERBS = _words("publication_verbs")


def _trade_word(t: Token, first: bool) -> bool:
    """«للنشر» (the first trade of a publisher's name), «والتوزيع» / «وللترجمة» (the next ones)."""
    k = _hamza(t.key)
    if first:
        return k.startswith("لل") and k[2:] in PUBLISHER_TRADES
    return any(k.startswith(p) and k[len(p):] in PUBLISHER_TRADES for p in ("وال", "ولل"))


def _clause_cue_before(toks: list[Token], k: int, width: int, cues: frozenset[str]) -> int | None:
    """The index of the nearest of the ``width`` tokens before ``k`` that reads as one of ``cues`` (a stem's
    key, after any proclitic), not looking past a number or a punctuation mark: «صدر حديثا عن» finds «صدر»,
    «صدر، ثم عن» does not.

    >>> toks = tokens_of("صدر حديثا عن دار")
    >>> _clause_cue_before(toks, 2, 4, frozenset({"صدر"}))
    0
    """
    for i in range(k - 1, max(-1, k - 1 - width), -1):
        if toks[i].kind != "word":
            return None
        if any(_hamza(st) in cues for _, st in toks[i].kreadings):
            return i
    return None


def publisher_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """Publishing houses, as ORG: «دار», a name and its trades («دار كيان للنشر والتوزيع», «دار سيبويه للطباعة
    والنشر الرقمي»), or «دار» and a name after a verb of publishing («صدر حديثا عن دار الساقي»,
    «الصادرة عن دار الانتشار العربي»). Not «دار نشر أكاديمية» (a publisher), nor «دار الأوبرا» with no cue.

    >>> t = "صدر حديثا عن دار الانتشار العربي كتاب، ووزعته دار كيان للنشر والتوزيع. وفي دار الأوبرا حفل."
    >>> [text_of(t, c) for c in publisher_candidates(t, tokens_of(t), resources())]
    ['دار الانتشار العربي', 'دار كيان للنشر والتوزيع']
    """
    out = []
    n = len(toks)
    for k, t in enumerate(toks):
        if t.kind != "word" or not t.key.endswith("دار"):  # (a cheap test first: this runs on every word)
            continue
        # «دار», «لدار سيبويه», «ودار الساقي»: the text layer's proclitic readings (kit.text.proclitic_splits)
        at = next((off for off, st in t.kreadings if st == "دار"), None)
        if at is None or k + 1 >= n:
            continue
        # the name: up to three words (in quotes or not) before the first trade
        j = k + 1
        while j < n and j - k <= 4 and (_is_word(toks[j]) or (toks[j].text in QUOTES_OPEN or toks[j].text in QUOTES_CLOSE)):
            if _is_word(toks[j]) and (_trade_word(toks[j], True) or toks[j].key in STOP or _hamza(toks[j].key) in PUBLISHER_TRADES):
                break
            j += 1
        names = [u for u in toks[k + 1:j] if _is_word(u)]
        if names and 1 <= len(names) <= 3 and j < n and _trade_word(toks[j], True):
            e = j + 1
            while e < n and _trade_word(toks[e], False):
                e += 1
            # «للطباعة والنشر الرقمي»: an adjective of its trade closes the name (not a country's: «… السعودية»)
            if e < n and toks[e].key.startswith("ال") and toks[e].key.endswith("ي") and nisba_of(toks[e].text) is None:
                e += 1
            out.append(Candidate(t.start + at, toks[e - 1].end, "ORG", "pattern",
                                 "a publishing house: «دار», its name and its trades", PRIORITY["pattern"]))
            continue
        # after a verb of publishing: «صدر [حديثا] عن دار» and one name word, and a nisba of it
        if at or k < 2 or toks[k - 1].key != "عن":
            continue
        v = _clause_cue_before(toks, k - 1, 4, PUBLICATION_VERBS)
        u = toks[k + 1]
        if v is None or not _is_word(u) or u.key in STOP \
                or _hamza(u.key) in PUBLISHER_TRADES or _verbish(u, res):
            continue
        end = k + 1
        if end + 1 < n and toks[end + 1].key.startswith("ال") and toks[end + 1].key.endswith(("ي", "يه")) \
                and _is_word(toks[end + 1]) and toks[end + 1].start - u.end == 1:
            end += 1  # «دار الانتشار العربي», «دار الأديب البغدادية»
        out.append(Candidate(t.start, toks[end].end, "ORG", "pattern",
                             f"a publishing house after «{toks[v].text} … عن»", PRIORITY["pattern"]))
    return out


def work_title_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A work's foreign title right after its noun, without quotes: «برنامج ستار مايكر», «لبرنامج هارد
    توك» (MISC, the noun outside, as ANERcorp draws it; foreign_title_heads.txt). Up to three words of a
    name's cluster, one at least the news corpus never writes: «برنامج الأمم المتحدة الإنمائي» is a body,
    «برنامج نطاقات» an Arabic programme name, «فيلم وثائقي» a kind of film.

    A hashtag right after the noun is the work's title whatever its words («مسلسل #سيلفي»).

    >>> t = "عرض برنامج ستار مايكر سمعنا صوتك ثم برنامج الغذاء العالمي وفيلم وثائقي ومسلسل #باب_الحارة"
    >>> [text_of(t, c) for c in work_title_candidates(t, tokens_of(t), resources())]
    ['ستار مايكر', 'باب_الحارة']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i in range(n - 1):
        t = toks[i]
        if not _is_word(t) or FOREIGN_TITLE_HEADS.isdisjoint(t.keys):
            continue
        if i > 0 and _cast_cue(toks, i - 1) == i + 1:
            continue  # «ببطولة الفيلم دوين جونسون», «أخرج الفيلم جود أباتو»: the cast or the director, not a title
        j = i + 1
        u = toks[j]
        if u.text == "#" and j + 1 < n and _is_word(toks[j + 1]) and toks[j + 1].start == u.end:
            end = j + 2
            while end < n and end - j <= 4 and _is_word(toks[end]) and text[toks[end - 1].end:toks[end].start] == "_":
                end += 1
            out.append(Candidate(toks[j + 1].start, toks[end - 1].end, "MISC", "pattern",
                                 f"a hashtag title after «{t.text}»", PRIORITY["pattern"] + 1))
            continue
        if not _is_word(u) or res.first_name(u.key) or res.person_word(u.key):
            continue
        end = j
        # words of a name's cluster («ستار», «توك»), not of the verbs' («سمعنا») nor the adjectives' («وثائقي»); no verb
        # first («المسلسل يهين رجال الدين», «المسلسل حاكى طموحات الشباب»: «يحاكي»)
        while end < n and end - j < 3 and _is_word(toks[end]) and len(toks[end].kreadings) == 1 \
                and not toks[end].key.startswith("ال") and toks[end].key not in STOP and not res.common(toks[end].key) \
                and not _nisba_adjective(toks[end].folded) and not _verbish(toks[end], res) \
                and not (toks[end].text.endswith("ى") and _corpus_word("ي" + toks[end].folded)) \
                and not (end == j and _imperfect_verb(toks[end], res)) \
                and (_unwritten_word(toks[end], res) or _cluster_share(toks[end].key, 1) >= 0.5):
            end += 1
        # one word at least the corpus never writes («مايكر», «هارد»): a foreign title, not a programme's
        # Arabic name («برنامج نطاقات»)
        if not any(_unwritten_word(toks[k], res) for k in range(j, end)):
            continue
        out.append(Candidate(toks[j].start, toks[end - 1].end, "MISC", "pattern",
                             f"a foreign title after «{t.text}»", PRIORITY["pattern"] + 1))
    return out


def possessive_club_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """A club after a team noun with a possessive pronoun: «رفقة ناديه لاغونتواز», «فريقه الجديد
    برشلونة», «فريقه السابق مونبلييه» (his club, his new team). The pronoun makes the noun a club that
    has a name, so the words after it are that name: a club the club list knows, a town (the club
    named by it), or up to three words the news corpus does not write (a foreign name).

    >>> t = "أنهى الموسم رفقة ناديه لاغونتواز، ثم انتقل إلى فريقه الجديد برشلونة الإسباني. وقالت نادية إن فريقها في القمة"
    >>> [text_of(t, c) for c in possessive_club_candidates(t, tokens_of(t), resources(), {})]
    ['لاغونتواز', 'برشلونة']
    """
    out: list[Candidate] = []
    n = len(toks)
    clubs = domain_lists()[0]
    for i in range(n - 1):
        t = toks[i]
        # (as written: «نادية» is a given name, «ناديه» his club; both fold to one key)
        if _possessive_forms(TEAM_WORDS).isdisjoint(t.keys):
            continue  # most tokens: one set test
        if not _is_word(t) or t.text.endswith(("ة", "ي")) or not any(
                b in TEAM_WORDS and b not in ORG_HEADS_NATION for _, st in t.kreadings for b in _pronoun_bases(st)):
            continue  # («فريقي ريمس وسانت إتيان»: the dual's construct, "the two teams of")
        if i > 0 and _is_word(toks[i - 1]) and not PROFESSIONS.isdisjoint(st for _, st in toks[i - 1].kreadings):
            continue  # «حارس فريقه مايكل فورم»: the name is the goalkeeper's
        j = i + 1
        while j < n and j - i <= 3 and _is_word(toks[j]) and (
                _hamza(toks[j].key) in CLUB_POSSESSIVE_ADJECTIVES
                or (toks[j].key.startswith("ال") and nisba_of(toks[j].text) is not None and not toks[j].key.endswith("يه"))):
            j += 1  # «فريقه الجديد», «فريقه الإنجليزي»: what the club is to him, or its country
        if j >= n or not _is_word(toks[j]) or toks[j].kreadings[0][0] != 0:
            continue
        hit = _match_phrase(toks, j, clubs.index, clubs.max_len)
        if hit is not None and hit[1] == toks[j].key:
            end = hit[0]
        elif j in spans_at and _known_place(text[toks[j].start:toks[spans_at[j] - 1].end]):
            end = spans_at[j]  # «فريقه السابق مونبلييه»: the club named by its town
        else:
            end = j
            while end < n and end - j < 3 and _is_word(toks[end]) and toks[end].kreadings[0][0] == 0:
                w = toks[end]
                # not shaped as an accusative, a plural or a past plural verb («غاليا», «جاهزون», «تفوقوا»)
                if len(w.key) < 4 or w.key.endswith(("ا", "ون", "ين")) or not _unwritten_word(w, res):
                    break
                end += 1
        while end - 1 > j and toks[end - 1].key.startswith("ال") and nisba_of(toks[end - 1].text) is not None:
            end -= 1  # «برشلونة الإسباني»: the country's adjective says where the club is
        if end == j:
            continue
        out.append(Candidate(toks[j].start, toks[end - 1].end, "ORG", "pattern",
                             f"a club after «{t.text}»", PRIORITY["pattern"] + 1))
    return out


def _team_after_role(toks: list[Token], j: int, spans_at: dict[int, int]) -> int | None:
    """Where the team that qualifies a role ends when one starts at token ``j`` (no proclitic): a known span
    (a place the scan found, «مدرب هولندا»), a country the scan left for want of a cue («مدرب بنما»), or a club
    the list knows («لاعب بايرن»); None without one."""
    if j >= len(toks) or not _is_word(toks[j]) or toks[j].kreadings[0][0] != 0:
        return None
    if j in spans_at:
        return spans_at[j]
    if any(c.entry.kind == "country" for c in _known_place(toks[j].text)):
        return j + 1
    clubs = domain_lists()[0]
    hit = _match_phrase(toks, j, clubs.index, clubs.max_len)
    return hit[0] if hit is not None and hit[1] == toks[j].key else None


def name_before_club_role_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """A name right before a player's or a coach's role that a club or a country's team qualifies: «استبعده بيرت
    فان مارفيك مدرب هولندا», «إصابة يوشوا كيميش لاعب بايرن». Two words or more of names' shape (no proclitic,
    no article, no common word), or one known given name or foreign word; the words the lists know as a body,
    a club or a place are theirs.

    >>> t = "تسبب في إصابة يوشوا كيميش لاعب بايرن، واستبعده بيرت فان مارفيك مدرب هولندا، وأكد الفريق مدرب النصر"
    >>> [text_of(t, c) for c in name_before_club_role_candidates(t, tokens_of(t), resources(), {})]
    ['يوشوا كيميش', 'بيرت فان مارفيك']
    """
    clubs = domain_lists()[0]
    out: list[Candidate] = []
    n = len(toks)
    for i in range(1, n - 1):
        t = toks[i]
        if not _is_word(t) or t.kreadings[0][0] != 0 or (PROFESSIONS.isdisjoint(t.keys) and PLAYER_ROLES.isdisjoint(t.keys)) \
                or t.key.endswith(("ين", "ون", "ان", "ات")) or (t.key in PLAYER_ROLES and t.key.endswith(("ي", "و"))):
            continue  # (a plural or a dual names no one person before it)
        nxt = toks[i + 1]
        if _team_after_role(toks, i + 1, spans_at) is None:
            continue
        b = i
        while b > 0 and i - b < 4 and _is_word(toks[b - 1]) and toks[b - 1].kreadings[0][0] == 0 \
                and not (toks[b - 1].text[:1] == "و" and len(toks[b - 1].kreadings) > 1) \
                and not toks[b - 1].key.startswith("ال") and (toks[b - 1].key in SURNAME_PARTICLES or (
                    not res.common(toks[b - 1].key) and (_namey(toks[b - 1], res, 1, strict=True) or _foreign_word(toks[b - 1]))
                    and nisba_of(toks[b - 1].text) is None and not _verbish(toks[b - 1], res)
                    and not _known_place(toks[b - 1].text)
                    # (the surname right before the role may be any such word; a word before it must look like a
                    # name: «ضم سيرجيو راموس», «احتفال مؤمن زكريا», «سببها فابيان …» take no verb or noun in)
                    and (b == i or res.first_name(toks[b - 1].key) or res.person_word(toks[b - 1].key)
                         or _foreign_word(toks[b - 1]) or (_cluster_share(toks[b - 1].key, 1) >= 0.5
                                                           and not toks[b - 1].key.endswith(_PRONOUN_ENDINGS))))):
            b -= 1
        while b < i and toks[b].key in SURNAME_PARTICLES:
            b += 1  # (a particle opens no name: «دي يونج» keeps it only after a given name)
        words = toks[b:i]
        if not words or (len(words) == 1 and not (res.first_name(words[0].key) or _foreign_word(words[0]))):
            continue
        if len(words) == 1 and b > 0 and _hamza(toks[b - 1].key) in RELATIVE_PRONOUNS:
            continue  # «أحمد العوفي الذي طالب مدرب النادي»: after «الذي» a verb, no name («طالب» demanded)
        if (b - 1 in spans_at and spans_at[b - 1] > b) or tuple(x.key for x in words) in res.org_index \
                or _match_phrase(toks, b, clubs.index, clubs.max_len) is not None:
            continue
        out.append(Candidate(toks[b].start, toks[i - 1].end, "PERS", "pattern",
                             f"name before the role «{t.text} {nxt.text}»", PRIORITY["pattern"] - 1))
    return out


def club_profession_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """A name after a profession noun that a club or another known body qualifies: «مدرب النصر كانيدا»,
    «مهاجم برشلونة ليونيل ميسي», «مدرب الاتحاد الإسباني فيكتور سانشيز». The club makes the profession
    a title, so one word is enough for the name, if it is no common word, verb or place.

    >>> t = "وقال مدرب النصر كانيدا إن الفريق جاهز، وسجل لاعب الهلال سالم الدوسري هدفا."
    >>> [text_of(t, c) for c in club_profession_candidates(t, tokens_of(t), resources(), {})]
    ['كانيدا', 'سالم الدوسري']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i in range(n - 2):
        t = toks[i]
        if not _is_word(t) or (PROFESSIONS.isdisjoint(st for _, st in t.kreadings)
                               and PLAYER_ROLES.isdisjoint(t.keys)):  # «جناح ليفربول رحيم ستيرلينغ»
            continue
        if any(st.endswith(("ين", "ون", "ان", "ات")) or (st in PLAYER_ROLES and st.endswith(("ي", "و")))
               for _, st in t.kreadings if st in PROFESSIONS or st in PLAYER_ROLES):
            continue  # a plural or dual («لاعبي الهلال»): a list follows, or nobody
        j = _match_multi(toks, i + 1, ROLE_COMPLEMENTS) if i + 1 < n and toks[i + 1].kreadings[0][0] == 0 else i + 1
        team_end = _team_after_role(toks, j, spans_at)  # («مدرب بنما داريو جوميز»: a country left by the place scan)
        if team_end is None and j > i + 1 and toks[j - 1].key.startswith("ال"):
            team_end = j  # «مدرب الحراس هيغيتا»: a post so narrow it needs no club before the name
        if team_end is None:
            continue
        k = club_end = team_end
        while k < n and k - j <= 4 and _is_word(toks[k]) and toks[k].key.startswith("ال") \
                and (nisba_of(toks[k].text) is not None or toks[k].key.endswith(("ي", "يه")) or toks[k].key in ROLE_ADJECTIVES):
            k += 1  # «مدرب الاتحاد الإسباني …», «مدرب الهلال السابق …»: the club's country or the man's, or when he was
        if k > club_end and k < n and toks[k].text[:1] == "و" and len(toks[k].kreadings) > 1 \
                and not res.first_name(toks[k].key):
            continue  # «نجم برشلونة السابق ولاعب السد»: after the club and its adjectives, و joins another phrase
        if k >= n or not _is_word(toks[k]) or toks[k].kreadings[0][0] != 0 or toks[k].key.startswith("ال") \
                or (toks[k].text[:1] == "و" and any(o == 1 and not res.first_name(st) and _corpus_word(st) and _cluster_share(st, 0) < 0.5
                                                    for o, st in toks[k].kreadings)) \
                or toks[k].key in STOP or res.common(toks[k].key) or _verbish(toks[k], res) or _verb_like(toks[k], res) \
                or _glued_to_noun(toks[k], res) or _large_place(toks[k].text) or _is_title(toks[k]) \
                or _head_reading(toks[k], ORG_HEADS_ANY) is not None \
                or (toks[k].text[:1] in "بلك" and not res.first_name(toks[k].key) and any(
                    o == 1 and len(st) >= 3 and not st.endswith("ا") and _corpus_word(st) and not res.first_name(st)
                    for o, st in toks[k].kreadings)):
            # (nor a word with a و proclitic: «لاعب الأهلي وحامي عرينه» is "and the guardian of his goal"; nor one with
            # ب, ل or ك before a word of the corpus: «جناح الأردن بمعرض إكسبو» is Jordan's pavilion at the fair; not
            # «كهربا», «لام»: a short stem or one in alif is a foreign name's shape)
            continue
        end = _name_extent(toks, k, res, strict=True)
        if end == k:
            continue
        if end - k == 1:
            w, nxt = toks[k], toks[end] if end < n else None
            # («لاعب نادي أتلانتا الإيطالي عقدا مبدئيا»: a noun in the accusative, whose ال form the corpus writes)
            if len(w.key) < 3 or _name_free(w.folded) or (w.key.endswith("ا") and _corpus_word("ال" + w.key[:-1])) or (
                    nxt is not None and _is_word(nxt) and not (nxt.key in STOP or _definite(nxt) or nxt.text[:1] == "و"
                                                               or _verbish(nxt, res) or _verb_like(nxt, res)
                                                               or _preposition_phrase(nxt, res)
                                                               or (_possessed_noun(nxt) and not nxt.text.endswith("ة")))):
                continue  # (the verb's object with his pronoun may follow: «أخضع مدرب النصر داسيلفا لاعبيه»)
        out.append(Candidate(toks[k].start, toks[end - 1].end, "PERS", "pattern",
                             f"name after «{t.text} {text[toks[j].start:toks[j].end]}»", PRIORITY["pattern"] - 1))
    return out


def player_club_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """The club after a player's or a coach's noun in construct, before a country's adjective in the
    masculine: «لاعب ليوبارد الكونغولي», «مدافع لاغونتواز البلجيكي». The noun is indefinite, so the name after
    it is whose player he is, a team; the adjective agrees with the club («الكونغولي», not «الكونغولية»).
    One or two foreign words the news corpus never writes, no given name, place or known name.

    >>> t = "وقال الطبيب المعالج للاعب ليوبارد الكونغولي إن العملية نجحت، وسجل لاعب محمد هدفا."
    >>> [text_of(t, c) for c in player_club_candidates(t, tokens_of(t), resources(), {})]
    ['ليوبارد']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i in range(n - 2):
        t = toks[i]
        if PLAYER_ROLES.isdisjoint(t.keys) or not _is_word(t) or (i + 1) in spans_at:
            continue
        if any(st.endswith(("ي", "و")) for _, st in t.kreadings if st in PLAYER_ROLES):
            continue  # «لاعبي», «لاعبو»: players of a list
        k = i + 1
        while k < n and k - i <= 2 and toks[k].kreadings[0][0] == 0 and _unwritten_word(toks[k], res) \
                and not res.first_name(toks[k].key) and not res.person_word(toks[k].key) and k not in spans_at \
                and not _known_place(toks[k].text):
            k += 1
        if k == i + 1 or k >= n or not _is_word(toks[k]) or not toks[k].key.startswith("ال") \
                or toks[k].key.endswith(("يه", "ه")) or nisba_of(toks[k].text) is None:
            continue
        out.append(Candidate(toks[i + 1].start, toks[k - 1].end, "ORG", "pattern",
                             f"a club: the team after «{t.text}» and its country's adjective «{toks[k].text}»",
                             PRIORITY["pattern"] - 1))
    return out


CAST_CUES = frozenset(_hamza(key(w)) for w in _words("cast_cues"))
# «بطولة» is both a championship and a cast («بطولة المسلسل»); three rules read it (cast_cues.txt holds it too).
_STARRING = _hamza(key("بطولة"))


@lru_cache(maxsize=1)
def _cast_forms() -> frozenset[str]:
    """The cast nouns as token keys may hold them: bare, and with each pronoun suffix («بطولته»)."""
    out = set(CAST_CUES)
    for c in CAST_CUES:
        base = c[:-1] + "ت" if c.endswith("ه") else c
        out |= {base + suffix for suffix in _PRONOUN_SUFFIXES}
    return frozenset(out)


DIRECTION_CUES = frozenset(_hamza(key(w)) for w in _words("direction_cues"))


@lru_cache(maxsize=1)
def _direction_forms() -> frozenset[str]:
    """The direction cues as token keys may hold them: bare and with each pronoun suffix («ويخرجه»)."""
    return frozenset(DIRECTION_CUES | {c + suffix for c in DIRECTION_CUES for suffix in _PRONOUN_SUFFIXES})


def _work_noun_at(toks: list[Token], j: int) -> bool:
    """Is token ``j`` a work's noun with ال and no more («الفيلم», «المسلسل»)?"""
    return 0 <= j < len(toks) and _is_word(toks[j]) and toks[j].key.startswith("ال") \
        and strip_article(toks[j].key) in WORK_NOUNS


def _cast_cue(toks: list[Token], i: int) -> int | None:
    """Where the names of a cast or a director start when token ``i`` introduces them, else None: after
    a cast noun with a possessive («بطولته», «شخصياتها»), after bare «بطولة» shortly after a work's noun
    («الفيلم من بطولة …»), after «بطولة» and the work's noun («ببطولة الفيلم كريس برات»); and the same for
    who directed it (direction_cues.txt: «ويخرجه براد بيتون», «أخرج الفيلم جود أباتو», «من إخراج …»).

    >>> t = tokens_of("يقوم ببطولة الفيلم كريس برات ويخرجه كولين تريفورو وأخرج الفيلم بيت دكتور")
    >>> [(t[i].text, t[k].text) for i in range(len(t)) if (k := _cast_cue(t, i)) is not None]
    [('ببطولة', 'كريس'), ('ويخرجه', 'كولين'), ('وأخرج', 'بيت')]
    """
    t = toks[i]
    if not _is_word(t):
        return None
    if not _direction_forms().isdisjoint(t.keys):
        for _, st in t.kreadings:
            if _hamza(st) in DIRECTION_CUES:
                if _work_noun_at(toks, i + 1):
                    return i + 2  # «أخرج الفيلم …»
                if st.endswith("اج") and ((i > 0 and toks[i - 1].key == "من") or _work_noun_near(toks, i)):
                    # «من إخراج …», «المسلسل … إخراج …» (the verb alone has a subject or an object next: «يخرج
                    # اللاعب»; «إخراج زكاة الفطر» is paying it out)
                    return i + 1
            if any(_hamza(b) in DIRECTION_CUES for b in _pronoun_bases(st)) and _work_noun_near(toks, i):
                return i + 1  # «الفيلم … ويخرجه …» (not «بعد تخرجهم», «أخرجه البخاري», «بإخراجهم صاغرين»)
    if _cast_forms().isdisjoint(t.keys):
        return None  # most tokens: two set tests
    for _, st in t.kreadings:
        if any(_hamza(b) in CAST_CUES for b in _pronoun_bases(st)):
            return i + 1
        if _hamza(st) == _STARRING:
            if _work_noun_at(toks, i + 1):
                return i + 2  # «ببطولة الفيلم …»
            if _work_noun_near(toks, i):
                return i + 1
    return None


_DIRECTOR = key("مخرج")
_PRIZE = _hamza(key("جائزة"))


def _work_noun_near(toks: list[Token], i: int) -> bool:
    """Is a work's noun, or its director («"ذي دانش جيرل" للمخرج توم هوبر وبطولة …»), among the ten tokens before
    token ``i`` («الفيلم من بطولة …»)?"""
    return any(_is_word(w) and any(strip_article(x) in WORK_NOUNS or strip_article(x) == _DIRECTOR for _, x in w.kreadings)
               for w in toks[max(0, i - 10):i])


CREDIT_NOUNS = frozenset(_hamza(key(w)) for w in _words("credit_nouns"))


def cast_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """The names of a film's or a series' cast, each a person: «يشارك في بطولته كل من كريس برات وبرايس
    دالاس هوارد» (foreign names the lists do not know, read as a list after the cue).

    >>> t = "والفيلم يشارك في بطولته كل من جايسون كلارك وإميليا كلارك وارنولد شوارزينجر، بإيرادات بلغت 13 مليونا"
    >>> [text_of(t, c) for c in cast_candidates(t, tokens_of(t), resources())]
    ['جايسون كلارك', 'إميليا كلارك', 'ارنولد شوارزينجر']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i in range(n - 1):
        k = _cast_cue(toks, i)
        if k is None:
            continue
        if k + 1 < n and toks[k].key == "كل" and toks[k + 1].key == "من":
            k += 2
        seq = toks
        found = 0
        while k < n and found < 8:
            if _is_word(seq[k]) and not _PROFESSION_KEYS.isdisjoint(seq[k].keys):
                k += 1  # «بطولة النجمة …»: the profession before the name
                continue
            if not found and _is_word(seq[k]) and any(_hamza(st) in CREDIT_NOUNS for _, st in seq[k].kreadings):
                k += 1  # «من إخراج وتأليف ريك فاميوا»: another credit of the same names
                continue
            first = seq[k]
            if found and not res.first_name(first.key) and (_tafil(first.key) or any(
                    _corpus_key(b) for b in _pronoun_bases(first.key))):
                break  # after a name, a verbal noun or a word with a pronoun ends the list («، وتمثيل نجوم», «، ويشاركني»)
            end = _with_plain_surname(seq, k, _name_extent(seq, k, res, limit=5), res)
            # a word joined by و opens the next name («ديلي وجوناسان جولدشتاين»: two directors)
            end = next((j for j in range(k + 1, end) if seq[j].text[:1] == "و" and len(seq[j].kreadings) > 1), end)
            if end == k + 1 and res.first_name(first.key) and end < n and _is_word(seq[end]) and _definite(seq[end]) \
                    and seq[end].key not in STOP and not _work_noun_at(seq, end) and nisba_of(seq[end].text) is None:
                end += 1  # «من إخراج طلال الرمال»: a given name and a family name that is also a word
            # «أخرج الفيلم بيت دكتور», «وأخرجه ألان تيلور», «تيتوم وجو مانجانيلو»: a short common word (or one
            # written with «أل», no article: «الآن» is written with «آ») before a word of a names' cluster is a
            # foreign given name and the surname
            short_given = end <= k + 2 and first.kreadings[0][0] == 0 and k + 1 < n and (first.key not in STOP or first.text[:2] == "أل") \
                and (len(first.key) <= 3 or first.text[:2] == "أل") and res.common(first.key) \
                and _is_word(seq[k + 1]) and seq[k + 1].kreadings[0][0] == 0 and not _definite(seq[k + 1]) \
                and not res.common(seq[k + 1].key) and seq[k + 1].key not in STOP and _cluster_share(seq[k + 1].key, 1) >= 0.5 \
                and _cluster_share(seq[k + 1].key, 2) >= 0.5 and not _verbish(seq[k + 1], res)
            if short_given:
                end = k + 2
            words = [x for x in seq[k:end] if x.key not in CONNECTORS]
            # («الكسندرا»: a given name that opens with ال is no definite word)
            if not short_given and (
                    end == k or first.key in STOP or res.common(first.key) or _verbish(first, res)
                    or (_definite(first) and not res.first_name(first.key))
                    or (_nisba_adjective(first.folded) and not res.first_name(first.key))
                    or (len(words) < 2 and not (res.first_name(first.key) or res.person_word(first.key) or _foreign_word(first)))):
                break
            out.append(Candidate(seq[k].start, seq[end - 1].end, "PERS", "pattern", f"the cast after «{toks[i].text}»",
                                 PRIORITY["pattern"]))
            found += 1
            k = end
            if k < n and seq[k].text in ARABIC_COMMAS:
                k += 1
            if k >= n or not (_is_word(seq[k]) and seq[k].text[:1] == "و" and len(seq[k].kreadings) > 1):
                break
            nxt = seq[k]  # «وبرايس»: و joins the next name of the list
            seq = seq[:k] + [make_token(nxt.start + 1, nxt.end, nxt.text[1:], "word", nxt.i, nxt.segment, nxt.paragraph)] + seq[k + 1:]
    return out


_FIRST_NAME_KEYS: dict[int, frozenset[str]] = {}


def _first_name_keys(res: Resources) -> frozenset[str]:
    """Every stem :meth:`Resources.first_name` accepts, as one set (kept per resources object)."""
    got = _FIRST_NAME_KEYS.get(id(res.person_words))
    if got is None:
        got = _FIRST_NAME_KEYS[id(res.person_words)] = frozenset(w for w, (_, first, _) in res.person_words.items() if first >= 2)
    return got


def _given_keys(res: Resources) -> frozenset[str]:
    """The stems a given name may be read from: :func:`_first_name_keys` and the common words that are given
    names too (given_names_common.txt), as one set (kept per resources object)."""
    got = _GIVEN_KEYS.get(id(res.person_words))
    if got is None:
        got = _GIVEN_KEYS[id(res.person_words)] = _first_name_keys(res) | COMMON_GIVEN
    return got


_GIVEN_KEYS: dict[int, frozenset[str]] = {}


def _given_reading(t: Token, res: Resources) -> tuple[int, str] | None:
    """(offset, stem) of ``t`` read as a known given name, with «و» at most before it; None if it is
    none or is mostly something else: a common word, a large place, or a word of a cluster where
    ANERcorp hardly ever tags a name («طالب» demanded, «سهل» a plain). Of several readings, the one
    the name lists know best (ANERcorp's list also holds «واسامه» as written).

    >>> [_given_reading(t, resources()) for t in tokens_of("وأسامة وعبد طالب الدار")]
    [(1, 'اسامه'), (1, 'عبد'), None, None]
    """
    if not _is_word(t):
        return None
    if t.key == "عبد":
        return 0, "عبد"  # «عبد الرحمن الخيبري»: the name runs on from it
    if _first_name_keys(res).isdisjoint(t.keys):
        return None  # most tokens: one set test
    # (a ب before it too, «استبدل محمد عبده بعبدالاله العامر», «متمثلة بسلطان البرقان», or ك, «فنانون معروفون كأحمد
    # السبت», when the whole word is no name of its own: «بسام», «كريمة»)
    by = t.text[:1] in "بك" and not res.person_word(t.key) and not res.common(t.key)
    # (after ك the name has four letters or more: «كيان المنظمة» is an entity, no ك + «يان»)
    given = sorted(((res.person_words[st][1], o, st) for o, st in t.kreadings
                    if (o == 0 or t.text[:o] == "و" or (by and o == 1 and (t.text[:1] == "ب" or len(st) >= 4)))
                    and res.first_name(st) and not res.common(st)
                    and st not in STOP and st not in CONNECTORS),
                   reverse=True)
    split = [(o, st) for o, st in t.kreadings if o == 1 and t.text[:1] == "و" and (st == "عبد" or any(g[1] == 1 for g in given))]
    if split:
        off, stem = split[0]  # «وعبد الرحمن», «وأسامة»: و and a name, not a name that starts with و
        if stem == "عبد":
            return off, stem
    elif given:
        _, off, stem = given[0]
    else:
        return None
    if _large_place(t.text[off:]) or _cluster_share(stem, 1) < 0.08:
        return None
    return off, stem


def _family_word(t: Token, res: Resources) -> bool:
    """Can ``t`` be a family name with ال after a given name («السبيعي», «العثمان»)? Not a common word,
    role, profession, country's adjective or other adjective, nor a word of a cluster where ANERcorp
    tags under a quarter of the tokens as names («الاستقبال», «التفكير», «الحزم»).

    >>> [_family_word(t, resources()) for t in tokens_of("السبيعي الاستقبال السعودي الجديد")]
    [True, False, False, False]
    """
    fam = t.key
    return (_is_word(t) and _definite(t) and fam not in STOP and not res.common(fam) and not res.common(strip_article(fam))
            and fam not in DESCRIPTIVE and fam not in ROLE_ADJECTIVES and strip_article(fam) not in PROFESSIONS
            and nisba_of(t.text) is None and _namey(t, res, 1, strict=True) and fam not in COMPANY_SUFFIXES and _cluster_share(fam, 0) >= 0.25
            # a plural («الموظفون», «المنتقلين»), not «الحسين»; a feminine adjective («الساحلية»)
            and not fam.endswith(("ون", "يه")) and not (fam.endswith("ين") and len(fam) >= 8))


COMMON_GIVEN = _words("given_names_common")


def _common_given(toks: Sequence[Token], i: int, res: Resources) -> tuple[int, str] | None:
    """(offset, stem) of ``toks[i]`` read as a given name that is also a common word («مساعد», «أمين»;
    given_names_common.txt), with «و» at most before it, when a family name with ال follows it right
    away (:func:`_family_word`): «مساعد الزويهري», not «مساعد المدير» nor «علا الصوت».

    >>> r = resources()
    >>> t = tokens_of("وسجل مساعد الزويهري، وقال مساعد المدير، وعلا الصوت، وفازت علا الفارس")
    >>> [_common_given(t, i, r) for i in (1, 5, 8, 12)]
    [(0, 'مساعد'), None, None, (0, 'علا')]
    """
    t = toks[i]
    if COMMON_GIVEN.isdisjoint(t.keys):
        return None  # most tokens: one set test
    if i + 1 >= len(toks) or not _is_word(t) or toks[i + 1].start - t.end > 1:
        return None
    got = next(((o, st) for o, st in t.kreadings if (o == 0 or t.text[:o] == "و") and st in COMMON_GIVEN), None)
    if got is None or not _family_word(toks[i + 1], res) or toks[i + 1].kreadings[0][0] != 0:
        return None
    return got


def _nisba_family(toks: Sequence[Token], k: int, res: Resources | None = None) -> bool:
    """Is ``toks[k]``, right after a given name, a country's adjective that is the family name («علي الكندي», «خليل
    المصري»): masculine and singular, written whole, after a given name not spelt as the preposition «على»
    («على الإسباني», on the Spaniard)?

    >>> t = tokens_of("أوضح علي الكندي وتفوق على الإسباني وخليل المصرية")
    >>> [_nisba_family(t, k) for k in (2, 5, 7)]
    [True, False, False]
    """
    t, given = toks[k], toks[k - 1]
    after = toks[k + 1] if k + 1 < len(toks) else None
    head = toks[k - 2] if k >= 2 else None
    return _is_word(t) and t.kreadings[0][0] == 0 and t.key.startswith("ال") and t.key.endswith("ي") \
        and t.start - given.end <= 1 and not given.text.endswith("ى") and nisba_of(t.text) is not None \
        and not (after is not None and after.key in _ORIGIN_WORDS) \
        and not (res is not None and after is not None and _is_word(after) and after.start - t.end <= 1
                 and after.key not in STOP and after.kreadings[0][0] == 0 and len(after.kreadings) == 1
                 and (res.first_name(after.key) or _lone_foreign_name(after, res))) \
        and not any(st.endswith("ه") and _corpus_word("ال" + st[:-1]) for _, st in given.kreadings) \
        and not (head is not None and _is_word(head) and _head_reading(head, ORG_HEADS_ANY) is not None)
    # («محمد السعودي الجنسية»: a Saudi national; «ناديه الإنجليزي»: his English club; «معهد ايفو الألماني»: a body's name;
    # «عادل الياباني كي نيشيكوري»: the nationality of the name after it)


_PERSON_CONTEXT = lexicon.rows("person_context_words")
_ORIGIN_WORDS = frozenset(key(r["word"]) for r in _PERSON_CONTEXT if r["use"] == "origin")


def given_name_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """A known given name whose name ends in a family name with ال, no title needed: «وقدم تركي السبيعي
    الشكر», «وأشادت سارة العصيمي», «احتفل نايف فهد المرشدي» (:func:`_given_reading`,
    :func:`_family_word`; the name runs as :func:`_name_extent` reads it, back to its last family
    name). Not inside a longer name («مساعد بن محمد العيبان»: a name word or «بن» before it leaves the
    name to the title rules and the model), and weaker than the gazetteers: «مسجد محمد الأمين» stays
    the mosque, and the model may widen it.

    >>> t = "وقدم تركي السبيعي الشكر، وأشادت سارة العصيمي بالخدمات، ويحمل تركي الجنسية، وعين مساعد بن محمد العيبان."
    >>> [text_of(t, c) for c in given_name_candidates(t, tokens_of(t), resources(), {})]
    ['تركي السبيعي', 'سارة العصيمي']
    """
    out: list[Candidate] = []
    n = len(toks)
    i = 0
    given_keys = _given_keys(res)  # (one set test skips most tokens)
    while i < n - 1:
        t = toks[i]
        if given_keys.isdisjoint(t.keys) and t.key != "عبد":
            i += 1
            continue
        got = _given_reading(t, res) if i not in spans_at else None
        if got is None and i not in spans_at:
            got = _common_given(toks, i, res)
        if got is None:
            i += 1
            continue
        off, _ = got
        prev = toks[i - 1] if i > 0 else None
        if off == 0 and prev is not None and _is_word(prev) and t.start - prev.end <= 1 and any(
                o <= 1 and (st in CONNECTORS or res.first_name(st) or res.person_word(st)) for o, st in prev.kreadings):
            i += 1  # the middle of a longer name («وبشار عبد الله»)
            continue
        if prev is not None and _is_word(prev) and _is_title(prev):
            i += 1  # after a title the title rules read the name («مدينة الملك فهد الساحلية»)
            continue
        # «وعبد الرحمن الخيبري»: the name is read as if the و were not there
        view = toks if off == 0 else toks[:i] + [make_token(t.start + off, t.end, t.text[off:], "word", t.i, t.segment,
                                                             t.paragraph)] + toks[i + 1:]
        end = min(_name_extent(view, i, res, strict=True), n)
        if end == i and i + 1 < n and _family_word(toks[i + 1], res):
            end = i + 2  # «سلطان البازعي»: a given name that is also a title («السلطان قابوس») opens no name there
        repeated = end - i < 2 and i + 1 < n and _repeated_pair(text, toks, i, off, res)
        if repeated:
            end = i + 2  # «مرام القصير» … «مرام القصير»: a given name and the same definite word, again and again
        nisba_family = end <= i + 2 and i + 1 < n and _nisba_family(toks, i + 1, res)
        if nisba_family:
            end = i + 2  # «أوضح علي الكندي», «المدرب خليل المصري»: a country's adjective right after a given name is his family name
        # «صالح عبد الحي ومحمد عبد الوهاب»: و and a given name open the next person
        end = next((j for j in range(i + 1, end) if toks[j].text[:1] == "و" and any(
            o == 1 and (res.first_name(st) or st in CONNECTORS) for o, st in toks[j].kreadings)), end)
        if end - i < 2 or not (_family_word(toks[end - 1], res) or nisba_family or repeated
                               or (end - i >= 3 and _abd_family(view, end - 2, res))) \
                or (got[1] == "عبد" and end - i < 3):
            # «عبدالله الفاضل عيسى», «عبد الحليم محققا»: a name that does not end on a family name (or
            # «عبد العزيز», a given name alone) is the model's to read
            i += 1
            continue
        if any(k in spans_at for k in range(i + 1, end)):
            i += 1
            continue
        # (a given name that is an office's head only: the role phrase is read for «أمين», «مساعد», not every name)
        role = _role_phrase(view, i, res, spans_at) if end < n and _hamza(got[1]) in ROLE_HEADS else None
        if role is not None and role.tok_end == end and res.first_name(toks[end].key) and toks[end].key not in STOP \
                and not res.person_word(toks[end - 1].key) and nisba_of(toks[end - 1].text) is None:
            i += 1  # «وأمين الصندوق محمد نويف» (the treasurer): an office whose head is a given name, a name after it
            continue
        if role is not None and role.tok_end == end and end - i == 2 and got[1] in COMMON_GIVEN and (indef := toks[end - 1].key[2:]) \
                and _corpus_word(indef) and not res.first_name(indef) and not indef.endswith("ي"):
            i += 1  # «وأحمد الدحيم أمين الصندوق بالنادي»: the office alone, its complement a noun the corpus
            continue  # writes without ال («صندوق»), where a family name is not («أمين الريحاني», «أمين المصري»)
        if any(not (res.first_name(x.key) or res.person_word(x.key) or x.key in CONNECTORS or x.key in ("عبد", "ابو")
                    or _definite(x)) for x in toks[i + 1:end - 1]):
            # «مسعود أوزيل المتحفز»: after a foreign surname a definite word describes the player; an Arab
            # name runs on through given names to its family name («سعيد محمد الكندي»)
            i += 1
            continue
        out.append(Candidate(t.start + off, toks[end - 1].end, "PERS", "pattern",
                             f"given name «{t.text[off:]}» and a family name", PRIORITY["gazetteer"] - 2))
        i = end
    return out


def _repeated_pair(text: str, toks: Sequence[Token], i: int, off: int, res: Resources) -> bool:
    """Is token ``i`` (read from ``off``), a given name that is no common word, followed by a definite word that
    the article writes after it three times or more? A person named by her family name that is also an adjective
    («مرام القصير», short): an article names its subject again and again, a given name and a word meet by chance once.

    >>> t = "استطاعت مرام القصير أن تنجح. ذكرت مرام القصير أنها تخطط. حققت مرام القصير نجاحا."
    >>> toks = tokens_of(t)
    >>> _repeated_pair(t, toks, 1, 0, resources())
    True
    """
    t, nxt = toks[i], toks[i + 1]
    if not (_is_word(nxt) and nxt.kreadings[0][0] == 0 and nxt.key.startswith("ال") and nxt.start - t.end == 1) \
            or nxt.key in STOP or nxt.key in TIME_WORDS or _large_place(nxt.text) or nisba_of(nxt.text) is not None:
        return False
    stem = next((st for o, st in t.kreadings if o == off), "")
    if not res.first_name(stem) or res.common(stem):
        return False
    pair = t.text[off:] + " " + nxt.text
    if text.count(pair) < 3:
        return False
    # and one of them says or does something: a verb of saying right before it, «أن» right after it («ذكرت مرام القصير
    # أنها تخطط», «استطاعت مرام القصير أن تقنع»; not «وتنطفئ شمس النهار», a firework)
    for m in re.finditer(re.escape(pair), text):
        before = re.search(r"(\S+)\s+$", text[max(0, m.start() - 30):m.start()])
        after = text[m.end():m.end() + 8].split()
        if (before is not None and any(_hamza(st) in SPEECH_VERBS for o, st in tokens_of(before.group(1))[0].kreadings if o <= 1)) \
                or (after and fold(after[0]).startswith(("ان", "انها", "انه")) and len(fold(after[0])) <= 4):
            return True
    return False


def family_al_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """A person named by a family «آل …» (written with its madda, as the news writes a family's name), after a word
    that may be a given name though no list knows it: «وقال هذيل آل شرمة إن», with the given names and «بن» before it
    («سعد بن ناصر آل سعود»). Not after a common word, a stop word, a verb, a title or a place («بيت آل سعود», «أسرة آل
    الشيخ»: a house, a family, no one person).

    >>> t = "وقال هذيل آل شرمة إن المعسكر ناجح، وحضر بيت آل سعود"
    >>> [text_of(t, c) for c in family_al_candidates(t, tokens_of(t), resources(), {})]
    ['هذيل آل شرمة']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i in range(2, n - 1):  # (a clause's first word is its verb: «احتفل آل زبار»)
        if toks[i].text != "آل" or not _is_word(toks[i + 1]) or toks[i + 1].key.startswith("ال") or toks[i + 1].key in STOP:
            continue
        w = toks[i - 1]
        if not _is_word(w) or w.kreadings[0][0] != 0 or len(w.kreadings) > 1 or w.key.startswith("ال") or w.key in STOP \
                or len(w.key) < 3 or (res.common(w.key) and not res.first_name(w.key)) or _is_title(w) \
                or _verbish(w, res) or _verb_like(w, res) or _known_place(w.text) or (i - 1) in spans_at \
                or _head_reading(w, ORG_HEADS_ANY) is not None or not has_arabic(w.text) or _imperfect_verb(w, res) \
                or ((_corpus_word("ال" + w.folded) or _cluster_share(w.key, 1) < 0.2) and not res.first_name(w.key)) \
                or not (_is_word(toks[i - 2]) or toks[i - 2].text in ARABIC_COMMAS) or any(k in spans_at for k in (i, i + 1)):
            continue  # («معهد آل مكتوم»: a body named after the family; «يعزي آل عطيان»: a verb; «أفراح آل زبار»: a noun)
        k = i - 1
        while k >= 2 and toks[k - 1].key in CONNECTORS and _is_word(toks[k - 2]) and res.first_name(toks[k - 2].key):
            k -= 2  # «سعد بن ناصر آل سعود»: the given names and «بن» before the family
        # (below the model's: a longer name it reads, «أحمد فايع أحمد آل طالع العسيري», stays whole)
        out.append(Candidate(toks[k].start, toks[i + 1].end, "PERS", "pattern", f"a name and the family «آل {toks[i + 1].text}»",
                             PRIORITY["model"] - 1))
    return out


NAME_CALLERS = _words("name_callers")
SELF_NAMING_VERBS = _words("self_naming_verbs")
_ONESELF = frozenset({"نفسها", "نفسه", "نفسهم"})


def _lone_foreign_name(u: Token, res: Resources, off: int = 0, strict: bool = True) -> bool:
    """Can ``u`` (read from ``off``) be a foreign one-word name: no article, no common or verb-like word, no
    big place («فابيان», «ألميدا»)? ``strict`` also asks a word read whole to look like a name (a list of
    people vouches for its items without it: «حمادة»)."""
    stem = next((st for o, st in u.kreadings if o == off), None)
    return stem is not None and _is_word(u) and u.text[off:off + 2] != "ال" and stem not in STOP and len(stem) >= 3 \
        and not res.common(stem) and not _name_free(fold(u.text[off:])) and not _verb_like(u, res) \
        and not _verbish(u, res) and not _large_place(u.text[off:]) and nisba_of(u.text[off:]) is None \
        and not any(ch.isdigit() for ch in u.text) \
        and not any(o > off and (res.common(st) or _name_free(st)) for o, st in u.kreadings) \
        and (off > 0 or not strict or _namey(u, res, 0, strict=True))


_FOR_BALL = "لكره"  # «لكرة القدم», «لكرة السلة» (folded)
_AGE_UNITS = frozenset(fold(r["word"]) for r in lexicon.rows("units") if r["duration"] == "Y")  # (years: an age)
# the tens without ال («عشرين»): «عشريني», «ثلاثينية» (in his twenties, her thirties) are adjectives of an age
_TENS = frozenset(strip_article(fold(r["word"])) for r in lexicon.rows("decades"))


def aged_name_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A name right before an age in brackets: «وسينضم جليب (34 عاماً) لصفوف الفريق» (Hleb, 34): news gives a
    person's age so. The word must look like a name: no noun the corpus writes with ال or with a pronoun («شقيقه (4
    أعوام)», «ونافورة (20 عاما)», «وفتى (15 عاما)»), no adjective of a country or an age; the given names and
    foreign words before it go with it («راندولف بروس اداير (50 عاما)»); a و or ل before it is left out when
    the text also writes the name bare («وسبق لكاسيا (28 عاما)») or when the rest is a given name («ونور»).

    >>> t = "وسينضم جليب (34 عاماً) لصفوف الفريق، وأصيب شقيقه (4 أعوام)، وسبق لكاسيا (28 عاما) أن لعب مع كاسيا"
    >>> [text_of(t, c) for c in aged_name_candidates(t, tokens_of(t), resources())]
    ['جليب', 'كاسيا']
    """
    out: list[Candidate] = []
    for i in range(len(toks) - 4):
        if toks[i + 1].text != "(" or toks[i + 2].kind != "number" or toks[i + 4].text != ")" \
                or toks[i + 3].key not in _AGE_UNITS:
            continue  # (most brackets hold no age)
        t = toks[i]
        if not _is_word(t) or _possessed_noun(t) or nisba_of(t.text) is not None:
            continue
        if _corpus_word("ال" + t.key) and not res.first_name(t.key):
            continue  # «ونافورة (20 عاما)», «لجان»: a noun the corpus writes with ال, no name
        # («وسبق لكاسيا (28 عاما)»: و or ل before a name the text also writes bare; «ونور»: و and a given name)
        rest = fold(t.text[1:])
        bare = re.search(rf"(?<!\w){re.escape(t.text[1:])}(?!\w)", text) is not None
        off = 0
        if t.text[:1] in "ول" and len(rest) >= 3 and not res.first_name(t.key):
            if res.common(rest) or (_corpus_word("ال" + rest) and not res.first_name(rest)) or nisba_of(t.text[1:]) \
                    or _corpus_word("ال" + rest.removesuffix("ا")):
                continue  # «وفتى (15 عاما)», «وعشريني (24 عاما)»: و and a noun or an adjective
            off = 1 if bare or res.first_name(rest) or t.text[:1] == "و" else 0
        stem = fold(t.text[off:])
        if stem.removesuffix("ه").removesuffix("ي") in _TENS or (stem.endswith("ا") and _corpus_word("ال" + stem[:-1])):
            continue  # «عشريني (24 عاما)», «رجلا (40 عاما)»: an age's adjective, an accusative noun
        if not (res.first_name(stem) or (not res.common(stem) and not _corpus_word("ال" + stem) and (
                (off and bare) or _lone_foreign_name(make_token(t.start + off, t.end, t.text[off:], "word"), res, 0)))):
            continue  # «رجلا (40 عاما)»: a common word, no name
        # (the given names and foreign words before it are the same person's: «بارول خاتون (30 عاما)»)
        j = i
        while j > 0 and i - j < 3 and off == 0 and _is_word(toks[j - 1]) and toks[j].start - toks[j - 1].end <= 1 \
                and (res.first_name(toks[j - 1].key) or toks[j - 1].key in CONNECTORS
                     or (_lone_foreign_name(toks[j - 1], res, 0) and toks[j - 1].text[:1] != "و"
                         and not _corpus_word("ال" + toks[j - 1].key))) and not _possessed_noun(toks[j - 1]):
            # (not «وشككت دالما», «انتقال راموس»: a verb or a noun before the name; «وجون ماكين» keeps و out below)
            j -= 1
        while j < i and toks[j].key in CONNECTORS:
            j += 1  # (not opened by «آل» or «بن» alone)
        first = toks[j].start + (1 if j < i and toks[j].text[:1] == "و" and not res.first_name(toks[j].key)
                                 and res.first_name(fold(toks[j].text[1:])) else 0)
        out.append(Candidate(first if j < i else t.start + off, t.end, "PERS", "pattern",
                             f"a name before an age «{text[toks[i + 1].start:toks[i + 4].end]}»"))
    return out


FIRM_STAFF_WORDS = _words("firm_staff_words")
_AT_FIRM = frozenset({"لدي", "في"})


def staff_firm_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """A foreign name after an analyst's or a trader's job and «لدى» or «في», closed by the clause: the firm he
    works for, «ماثيو تيرنر المحلل في ماكويري إن» (Macquarie).

    >>> t = "وقال ماثيو تيرنر المحلل في ماكويري إن الذهب استفاد، وقال المحلل في السوق إن"
    >>> [text_of(t, c) for c in staff_firm_candidates(t, tokens_of(t), resources(), {})]
    ['ماكويري']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i in range(n - 2):
        if toks[i].key not in FIRM_STAFF_WORDS or toks[i + 1].key not in _AT_FIRM:
            continue  # (most words are no staff title)
        j = i + 2
        # (no noun the corpus writes with ال or with a pronoun, no town, no head of a body's name: «المحلل في صمت»,
        # «في مذكرته», «في جبل», «المحلل الاقتصادي في بنك "يوني كريديت"»)
        while j < n and j - (i + 2) < 3 and j not in spans_at and _lone_foreign_name(toks[j], res, 0, strict=False) \
                and toks[j].key not in COMPLEMENTIZERS and not _corpus_word("ال" + toks[j].key) \
                and not _possessed_noun(toks[j]) and not _known_place(toks[j].text) \
                and _hamza(toks[j].key) not in ORG_HEADS_ANY:
            j += 1
        nxt = toks[j] if j < n else None
        if j > i + 2 and (nxt is None or not _is_word(nxt) or nxt.key in COMPLEMENTIZERS or nxt.key in RELATIVE_PRONOUNS):
            s, e = toks[i + 2].start, toks[j - 1].end
            out.append(Candidate(s, e, "ORG", "pattern", f"the firm of «{text[toks[i].start:toks[i + 1].end]}»"))
    return out


def nisba_noun_name_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A name after a country's adjective used as a noun, which a preposition governs: «للبوليفي فابيان» (to
    the Bolivian Fabian), «بالبرازيليين أدواردو وألميدا», «مع البرازيلي تياجو» (a preposition glued or
    apart: the adjective describes no noun before it, it is the person).

    >>> t = "قرر التجديد للبوليفي فابيان، وسعى بالبرازيليين أدواردو وألميدا، ولعب المنتخب البرازيلي مباراة"
    >>> [text_of(t, c) for c in nisba_noun_name_candidates(t, tokens_of(t), resources())]
    ['فابيان', 'أدواردو', 'ألميدا']
    >>> t = "بعد التعاقد مع الغاني مونتاري والفنزويلي ريفاس والأرجنتيني موراليس"
    >>> [text_of(t, c) for c in nisba_noun_name_candidates(t, tokens_of(t), resources())]
    ['مونتاري', 'ريفاس', 'موراليس']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i, t in enumerate(toks[:-1]):
        if not _is_word(t) or nisba_of(t.text) is None:
            continue  # most tokens: no country's adjective
        glued = next((o for o, st in t.kreadings if o and st.startswith("ال") and fold(t.text[:o]) in ("ل", "ب")), None)
        # (the pair before it: «الثلاثي الأجنبي الغاني مونتاري، والروماني سانمارتن», an adjective and a lone name)
        pair_before = next((j for j in (i - 1, i - 2) if j >= 1 and (j == i - 1 or toks[i - 1].text in ARABIC_COMMAS)
                            and _is_word(toks[j - 1]) and _definite(toks[j - 1]) and nisba_of(toks[j - 1].text) is not None
                            and _lone_foreign_name(toks[j], res)), None) if t.text[:1] == "و" else None
        if glued is None and i > 0 and ((out and (out[-1].end == toks[i - 1].end or (
                i > 1 and toks[i - 1].text in ARABIC_COMMAS and out[-1].end == toks[i - 2].end))) or pair_before is not None):
            # «مع الغاني مونتاري والفنزويلي ريفاس»: the next adjective and name of a list this rule reads
            glued = next((o for o, st in t.kreadings if o == 1 and st.startswith("ال") and t.text[:1] == "و"), None)
        # (or after an indefinite feminine noun, whose genitive it is: «برأسية الكوري كواك», «تسديدة البرازيلي»,
        # the Korean's header; the masculine adjective cannot describe it, and a club's name before a country's
        # adjective, «فولاذ الإيراني», is no feminine noun)
        apart = not glued and t.kreadings[0][1].startswith("ال") and i > 0 and _is_word(toks[i - 1]) \
            and (toks[i - 1].key in PREPOSITIONS or toks[i - 1].key in COMPLEMENTIZERS
                 or (toks[i - 1].key == "طريق" and i > 1 and toks[i - 2].key == "عن") or (
                t.key.endswith("ي") and toks[i - 1].text.endswith("ة") and not res.first_name(toks[i - 1].key)
                and not res.person_word(toks[i - 1].key) and not _known_place(toks[i - 1].text) and any(
                    not st.startswith("ال") and len(st) >= 3 and st not in STOP and _corpus_word("ال" + st)
                    and not res.first_name(st) for _, st in toks[i - 1].kreadings)) or (
                # (or right after a past verb with و, whose subject it is: «واختتم البرازيلي أوزفالدو», «وسجل
                # الإيطالي …»; a definite adjective never describes the indefinite word before it, and a proper
                # name before it, «وفولاذ الإيراني», is known to no list of common words)
                t.key.endswith("ي") and toks[i - 1].text[:1] in "وف" and any(
                    off == 1 and not st.startswith(("ال", "ل", "ب", "ك")) and len(st) >= 3 and st not in STOP
                    and _verb_like_word(st) and not _corpus_word("ال" + st) and not res.first_name(st)
                    and not res.person_word(st) and (st,) not in res.org_index and not _known_place(toks[i - 1].text[1:])
                    for off, st in toks[i - 1].kreadings)) or (
                # (or right after an imperfect verb, whose subject it is: «يسعى اليوناني دونيس»; not a verbal noun the
                # corpus writes with ال, «تعيين البلجيكي …», nor a noun with a pronoun, «ونظيره المصري»)
                t.key.endswith("ي") and _imperfect_verb(toks[i - 1], res) and not _corpus_word("ال" + toks[i - 1].key)
                and not toks[i - 1].text.endswith(("ه", "ها", "هم", "هما"))) or (
                # (or right after a past verb without و, «تعرض الأورغوياني مورا»: whether the word is the verb or its
                # verbal noun, «تعرض» "the exposure of", the definite adjective describes no indefinite word before it)
                t.key.endswith("ي") and toks[i - 1].kreadings[0][0] == 0 and _verb_like(toks[i - 1], res)
                and not toks[i - 1].text.endswith(("ه", "ها", "هم", "هما", "ة")) and (toks[i - 1].key,) not in res.org_index
                and not _known_place(toks[i - 1].text)))
        # (or after a comma, in apposition to the role before it: «مدرب النصر، الأوروجوياني داسيلفا»; the adjective
        # describes no noun across the comma)
        apart = apart or (not glued and t.kreadings[0][1].startswith("ال") and t.key.endswith("ي") and i > 1
                          and toks[i - 1].text in ARABIC_COMMAS and _is_word(toks[i - 2]))
        plural = t.key.endswith(("يين", "يان", "ين"))
        if (not glued and not apart) or _large_place(t.text[glued or 0:]) or (apart and plural) \
                or not (plural or t.key.endswith(("ي", "يه"))):
            continue  # («في السعودية»: the country itself; «من اللبنانيين», «للروس»: the people)
        k = i + 1
        # «بواسطة الاكوادوري (ويلا)»: the name in brackets after the adjective, one word alone between them
        bracketed = toks[k].text == "(" and k + 2 < n and toks[k + 2].text == ")" and not plural
        k += bracketed
        if not _lone_foreign_name(toks[k], res):
            continue
        end = k + 1 if bracketed else max(_name_extent(toks, k, res, strict=True), k + 1)
        while end - k > 1 and (_office_word(toks[end - 1], res) or (
                toks[end - 1].kreadings[0][0] == 0 and not toks[end - 1].key.startswith("ال")
                and _naming_head(toks[end - 1].key)) or (
                toks[end - 1].text[:1] == "ل" and any(o == 1 and (_known_imperfect(st) or _known_imperfect(st.removesuffix("ا")))
                                                      for o, st in toks[end - 1].kreadings))):
            # «الكاميروني إيفولو مهاجم فريق التعاون»: his position, no word of the name; «البرازيلي أوزفالدو
            # مهرجان الأهداف»: the object, a noun that heads names; «نبيل بهوي ليثبتا»: ل and a verb
            end -= 1
        if end - k == 2 and not bracketed and _definite(toks[k + 1]) and end < n and _is_word(toks[end]) \
                and _definite(toks[end]) and toks[end].key.endswith(("ي", "يه")) and nisba_of(toks[end].text) is None:
            end -= 1  # «اليوناني دونيس المران الصباحي»: a definite noun and its adjective, the verb's object
        if plural and not (end < n and toks[end].text[:1] == "و" and _lone_foreign_name(toks[end], res, 1)):
            continue  # a people's name, then no pair of names
        out.append(Candidate(toks[k].start, toks[end - 1].end, "PERS", "pattern", f"name after «{t.text}»",
                             PRIORITY["pattern"] - 1))
        # «بالبرازيليين أدواردو وألميدا»: after a plural the next name of the pair
        if plural:
            out.append(Candidate(toks[end].start + 1, toks[end].end, "PERS", "pattern", f"name after «{t.text}»",
                                 PRIORITY["pattern"] - 1))
    return out


def abbreviated_title_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A name after «د.», the doctor's title as the press abbreviates it («قدمت د. مروة كريدية جولة», «أ.د. سعد
    الحسين», «ود. نسرين» in a list): a person's, as after «الدكتور»; not the letters of an agency («د.ب.أ»).

    >>> t = "وقدمت د. مروة كريدية جولة، ود. سعد الحسين، ونقلت (د.ب.أ) الخبر"
    >>> [text_of(t, c) for c in abbreviated_title_candidates(t, tokens_of(t), resources())]
    ['مروة كريدية', 'سعد الحسين']
    """
    out = []
    n = len(toks)
    for i in range(n - 2):
        if toks[i].text not in ("د", "ود") or toks[i + 1].text != "." or toks[i + 1].start != toks[i].end \
                or (i > 0 and toks[i - 1].end == toks[i].start and toks[i - 1].text not in (".",)):
            continue  # (a «د» glued to the word before it is that word's letter)
        k = i + 2
        if k + 1 < n and toks[k + 1].text == "." and toks[k + 1].start == toks[k].end:
            continue  # «د.ب.أ»: an agency's letters
        if not _is_word(toks[k]) or toks[k].key in STOP or _known_place(toks[k].text):
            continue
        end = _name_extent(toks, k, res, limit=4, strict=True, first_common_ok=True)
        if end == k and res.first_name(toks[k].key):
            end = _name_extent(toks, k, res, limit=3, first_common_ok=True)  # («د. سحر رجب»: a given name that is a word)
        # «ود. نسرين بدور،»: a given name and one word a comma closes are the whole name (بـ + «دور» is none, so
        # the check for بـ and a noun below must not cut it)
        closed = end <= k + 1 and res.first_name(toks[k].key) and k + 2 < n and _is_word(toks[k + 1]) \
            and toks[k + 1].key not in STOP and not toks[k + 1].key.startswith("ال") and toks[k + 2].text in ARABIC_COMMAS
        if not closed and end == k and k + 2 < n and _is_word(toks[k]) and toks[k].key not in STOP \
                and not toks[k].key.startswith("ال") and toks[k].kreadings[0][0] == 0 and _is_word(toks[k + 1]) \
                and toks[k + 1].key.startswith("ال") and _family_word(toks[k + 1], res) \
                and (toks[k + 2].text in ARABIC_COMMAS or toks[k + 2].text == "."):
            # «ود. أمينة الجبرين،»: a given name that is also a word («أمينة», a trustee) and a family name, closed by
            # a comma, are the doctor's name
            closed = True
            end = k + 2
        elif closed:
            end = k + 2
        # the name ends before an office, a profession or a title («د. أحمد الطيب شيخ الأزهر», «د. ناصر شبير محاضر»),
        # a preposition and a noun («د. ميساء بتفادي»), a short word («خليفة ود») or a definite plural («د.خالد
        # المبالغات الزائدة», the verb's object)
        for x in range(k + 1, end):
            u = toks[x]
            if any(strip_article(st) in ROLE_HEADS or strip_article(st) in PROFESSIONS or strip_article(st) in HONORIFICS
                   for _, st in u.kreadings) or len(u.key) <= 2 \
                    or (u.text[:1] in "بل" and len(u.kreadings) > 1 and u.kreadings[1][0] == 1 and not closed
                        and _corpus_word("ال" + u.kreadings[1][1]) and not res.person_word(u.key)) \
                    or (u.key.startswith("ال") and u.key.endswith("ات")):
                end = x
                break
        if end == k and toks[k].key.startswith("ال") and _family_word(toks[k], res):
            end = k + 1  # «وأكد د. الزهراني أن»: a family name alone
        if end == k:
            continue
        # (below the model: where it drew the name otherwise, its reading wins; where it drew none, this one stands;
        # a name of two words a comma closes is sure, above it: «ود. نسرين بدور،», «ود. أمينة الجبرين،»)
        out.append(Candidate(toks[k].start, toks[end - 1].end, "PERS", "pattern", "name after the title «د.»",
                             PRIORITY["pattern"] - 1 if closed else PRIORITY["model"] - 1))
    return out


def called_name_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A name after "called" («شاب يدعى …», «وشابة تُدعى جنجر», «المدعو …»): a person's, even a foreign one
    of one word. «يدعي أن» ("claims that", the same letters folded) is no call: as written it ends in
    ى, and a name must follow.

    >>> t = "وظهرت شابة تُدعى جنجر، واعتقلت الشرطة المدعو سالم الحربي، وهو يدعي أن، ومهندس ويدعى نادر سالم"
    >>> [text_of(t, c) for c in called_name_candidates(t, tokens_of(t), resources())]
    ['جنجر', 'سالم الحربي', 'نادر سالم']
    """
    out = []
    for i, t in enumerate(toks[:-1]):
        if t.key in NICKNAME_CALLERS and _is_word(t):
            out += _nickname(toks, i, res)
            continue
        if t.key in _ONESELF and i >= 1 and (toks[i - 1].key in SELF_NAMING_VERBS or (
                i >= 2 and toks[i - 1].key == "علي" and toks[i - 2].key in SELF_NAMING_VERBS)):
            out += _self_named(toks, i)  # («تطلق على نفسها», «تسمي نفسها»)
            continue
        # «ويدعى وسيم»: with و or ف before it, as written
        caller = t.key in NAME_CALLERS or (t.text[:1] in "وف" and any(off == 1 and st in NAME_CALLERS for off, st in t.kreadings))
        if not caller or not _is_word(t) or (t.key.endswith("ي") and not t.text.endswith("ى")
                                             and not t.key.startswith("ال")):
            continue
        k = i + 1
        if toks[k].text in "«\"“":
            k += 1
        end = _name_extent(toks, k, res, limit=4)
        if end == k or toks[k].key in STOP:
            continue
        # What is called so may be a body or a thing, as the noun a word or two before says («مدونة قرصنة تدعى
        # «كريبس أون سيكيورتي»», a blog): a noun the verb agrees with (feminine «تدعى» with a feminine one, not «مقدمة
        # برنامج تلفزيوني تدعى نهال»), two words back only an indefinite one in construct with the next (not «في الرواية
        # شابة تدعى جنجر»); a given name is a person's whatever the noun («مدونة سعودية تدعى سمر»)
        feminine = t.key.lstrip("وف").startswith("ت") or t.key.endswith("ه")
        kinds = {"PERS"} if res.first_name(toks[k].key) else next(
            (_TRIGGER_NOUN_TYPES[st] for u in toks[max(0, i - 2):i] if _is_word(u) and (u is toks[i - 1] or not _definite(u))
             for _, st in u.kreadings if len(_TRIGGER_NOUN_TYPES.get(st, ())) == 1 and st.endswith("ه") == feminine),
            {"PERS"})
        out.append(Candidate(toks[k].start, toks[end - 1].end, next(iter(kinds)), "pattern", f"name after «{t.text}»",
                             PRIORITY["pattern"]))
    return out


def _self_named(toks: list[Token], i: int) -> list[Candidate]:
    """The quoted name after «تطلق على نفسها» at ``i`` («مجموعة قراصنة تطلق على نفسها «فريق التأثير»»), typed by
    the trigger noun up to three words before the verb (a group, a company: ORG); nothing without one.

    >>> t = tokens_of("نشرت مجموعة قراصنة تطلق على نفسها «فريق التأثير» بيانات")
    >>> [c.type for c in _self_named(t, 5)]
    ['ORG']
    """
    k = i + 1 + (i + 1 < len(toks) and toks[i + 1].key == "اسم")
    q = _quoted(toks, k)
    if q is None:
        return []
    verb = i - 2 if toks[i - 1].key == "علي" else i - 1  # («تسمي نفسها» has no «على»)
    kinds = next((_TRIGGER_NOUN_TYPES[st] for u in reversed(toks[max(0, verb - 3):verb]) if _is_word(u)
                  for _, st in u.kreadings if len(_TRIGGER_NOUN_TYPES.get(st, ())) == 1), None)
    if kinds is None:
        return []
    a, b = q
    return [Candidate(toks[a].start, toks[b - 1].end, next(iter(kinds)), "pattern",
                      f"a name it gives itself after «{' '.join(t.text for t in toks[verb:i + 1])}»", PRIORITY["pattern"])]


def _nickname(toks: list[Token], i: int, res: Resources) -> list[Candidate]:
    """The nickname after "known as" and ب at ``i`` («المشهور بـ"بيبي"», «الملقب بكاكا»), a person's when
    a person's name ends right before it: its last word could be a name's, and it is no feminine or
    definite adjective («تنظيم الدولة الإسلامية المعروف بداعش» names a body). The ب is left out; a
    nickname that is a place or a common word with a pronoun («المعروف بقربه») is none.

    >>> t = "ولعب كيبلير لافيران المشهور بـ«بيبي» وريكاردو إيزيكسون الملقب بكاكا، والحي المعروف بالقدس"
    >>> [text_of(t, c) for c in called_name_candidates(t, tokens_of(t), resources())]
    ['بيبي', 'كاكا']
    """
    t = toks[i]
    prev = toks[i - 1] if i > 0 else None
    if prev is None or not _is_word(prev) or prev.text.endswith(("ة", "ه")) or _definite(prev) \
            or not _namey(prev, res, 1, strict=True) or (prev.key,) in res.org_index:
        return []
    k = i + 1
    if (toks[k].key == "ب" and _is_word(toks[k])) or toks[k].text in "«\"“”":
        # «بـ "بيبي"», «ب أبو علي»; a quote right after the word, «الملقب «كاكا»», as a quote after ب
        k += toks[k].key == "ب"
        quoted = k < len(toks) and toks[k].text in "«\"“”"
        k += quoted
        if k >= len(toks):
            return []
        words, first = toks[k:k + 5], toks[k]
    elif toks[k].text[:1] == "ب" and any(off == 1 for off, _ in toks[k].kreadings):  # «بكاكا»: ب glued on
        quoted = False
        first = make_token(toks[k].start + 1, toks[k].end, toks[k].text[1:], toks[k].kind, toks[k].i,
                           toks[k].segment, toks[k].paragraph)
        words = [first, *toks[k + 1:k + 5]]
    else:
        return []
    end = _name_extent(words, 0, res, limit=4, strict=not quoted)
    if end == 0 or first.key in STOP or _definite(first) or _known_place(first.text) or (
            end == 1 and not quoted and first.key.endswith(_PRONOUN_ENDINGS) and _corpus_word(first.key)):
        return []
    return [Candidate(first.start, words[end - 1].end, "PERS", "pattern", f"nickname after «{t.text}»",
                      PRIORITY["pattern"])]


def title_name_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int],
                          sport: bool = False) -> tuple[list[Candidate], list[tuple[RolePhrase, int, int]]]:
    """People named after a role or title, and the roles seen next to a name.

    Returns PERS candidates and (role phrase, name start, name end) links for coreference. ``sport``:
    the article reports sport, where «الفريق» is the team, not the rank («صفوف الفريق باستثناء …»).

    >>> t = "وأعلن وزير الدفاع التركي، خلوصي أكار، أن"
    >>> cands, links = title_name_candidates(t, tokens_of(t), resources(), {})
    >>> [text_of(t, c) for c in cands], [text_of(t, r) for r, _, _ in links]
    (['خلوصي أكار'], ['وزير الدفاع التركي'])
    """
    out: list[Candidate] = []
    links: list[tuple[RolePhrase, int, int]] = []
    n = len(toks)
    i = 0
    starts = _HEAD_STARTS[id(ROLE_HEADS)] | _HEAD_STARTS[id(HONORIFICS)]
    while i < n:
        if starts.isdisjoint(toks[i].keys):  # neither a role nor a title starts here
            i += 1
            continue
        if i > 0 and toks[i].key.startswith("ال") and _is_word(toks[i - 1]) \
                and any(res.first_name(st) for _, st in toks[i - 1].kreadings):
            i += 1  # «أسعد الشيخة»: a title right after a given name is that person's surname
            continue
        if i > 0 and toks[i - 1].key in _LINEAGE and _is_word(toks[i - 1]):
            i += 1  # «فهد بن سلطان بحي المقيطع»: after «بن» a title's word is the father's name, no title
            continue
        if toks[i].key == "الفريق" and i > 0 and _is_word(toks[i - 1]) and not toks[i - 1].key.startswith("ال") and any(
                st in ROLE_HEADS or st in PROFESSIONS for _, st in toks[i - 1].kreadings):
            i += 1  # «مدرب الفريق أليكس فيرغسون», «قائد الفريق»: the team of a coach or a captain, not the rank
            continue
        if sport and toks[i].key == "الفريق" and _match_multi(toks, i, HONORIFICS_MULTI) <= i + 1:
            # «طالت التجديدات الفريق»: in a sports report the team; a rank with its grade, «الفريق أول
            # ركن» (honorifics_multi.txt), stays a rank
            i += 1
            continue
        if i > 0 and _after_naming_head(toks[i - 1]) and not _definite(toks[i - 1]):
            # "جامعة الملك سعود", "مستشفى الأمير سلطان", "دوري عبداللطيف جميل": the title and name
            # name the institution, facility or event (their own rules tag the whole); after a definite
            # head («الجمعية المهندس فهد») the title opens a person.
            i += 1
            continue
        org = _match_phrase(toks, i, res.org_index, res.org_max)
        if org is not None and org[0] > i + 1:
            i = org[0]  # «جنرال إلكتريك», «جنرال موتورز»: a title word opening a body the gazetteer knows whole
            continue
        role = _role_phrase(toks, i, res, spans_at)
        hon_end = _honorifics(toks, i) if role is None else i
        if role is None and hon_end == i:
            i += 1
            continue
        j = role.tok_end if role else hon_end
        label = text[role.start:role.end] if role else text[toks[i].start:toks[hon_end - 1].end]
        appositive = j < n and toks[j].text in ARABIC_COMMAS
        k = j + 1 if appositive else j
        k = _honorifics(toks, k)  # "أمير قطر الشيخ تميم"
        if role is not None and k < n and k == j and (toks[k].kind == "word"):
            # "ولي العهد الأمير محمد": a second role-less title after the role.
            k = _honorifics(toks, k)
        after_title = k > 0 and strip_article(toks[k - 1].key) in HONORIFICS
        if after_title and _hamza(toks[k - 1].key) in COUNTRY_NAMERS and (k in spans_at or k - 1 in spans_at):
            # «في دولة عمان الشقيقة»: «دولة» is a prime minister's title («دولة الرئيس») and a state's kind word;
            # before a name the gazetteers know (or in one: «دولة قطر») it is the state's
            i = spans_at.get(k, spans_at.get(k - 1, k))
            continue
        if k > 1 and _after_naming_head(toks[k - 2]) and not _definite(toks[k - 2]) \
                and (after_title or strip_article(toks[k - 1].key) in ROLE_HEADS):
            # «وكيل جامعة الملك خالد»: the title and the name after a body's head name the body (its own
            # rule tags it), not a person the role belongs to; a definite head is whole («رئيس الجمعية
            # المهندس فهد المقحم»: the title opens the person)
            i = max(j, i + 1)
            continue
        if k < n and k > j and _coordinated_role(toks[k]):
            # «قائد وصانع ألعاب المنتخب زيدان», «رئيس ومؤسس الشركة»: و and a second office; the name, if
            # any, follows that office (read from there)
            i = k
            continue
        # Only after a title or a bare definite office: after «مدير» or «المتحدث باسم» the quoted name
        # is the body's («مدير «سوذبيز»»)
        # (a definite office with its adjectives is bare too: «الرئيس الإسرائيلي «رؤبين رفلين»», and so
        # are adjectives between it and the quote: «المدير الفني “جوريجوس دونيس”», and its body with لل: «المدير
        # الفني للفريق «نيبوشا»»)
        bare = role is None or (role.definite and (not role.qualified or all(
            _definite(x) or (x.key.startswith("لل") and x.key[2:] in TEAM_WORDS)
            for x in toks[role.tok_start + 1:role.tok_end] if x.kind == "word")))
        kq = k
        while bare and role is not None and kq < n and kq - k < 2 and _is_word(toks[kq]) and _definite(toks[kq]) \
                and toks[kq].key.endswith(("ي", "يه")) and toks[kq].key not in STOP:
            kq += 1
        q = _quoted(toks, kq, max_words=3) if bare and kq < n and kq > i and not _is_word(toks[kq]) else None
        if q is not None and all(_is_word(x) and x.key not in STOP and not _verbish(x, res) and not res.common(x.key)
                                 and not x.key.startswith("ال") for x in toks[q[0]:q[1]]):
            # «الإمبراطور " هوسيايو "», «الشيخ "أبو فلان"»: a name in quotes right after the title is the
            # person's, foreign words and all
            s, e = toks[q[0]].start, toks[q[1] - 1].end
            out.append(Candidate(s, e, "PERS", "pattern", f"quoted name after the title «{label}»", PRIORITY["pattern"]))
            if role:
                links.append((role, s, e))
            i = q[1] + 1
            continue
        titled = after_title or (role is not None and role.definite and not role.qualified and k == j)
        end = _name_extent(toks, k, res, strict=not appositive, first_common_ok=after_title, office_name_ok=titled)
        # «المتحدث باسم فينيفست رويترز»: a news outlet the lists know ends the name before it (the agency the
        # spokesman spoke to; the word before it is the body he speaks for, no first name). Other bodies may
        # be surnames too: «برناردينو ليون», «جيم كرافت».
        end = next((x for x in range(k + 1, end) if _outlet_word(toks[x], res)), end)
        if after_title and end == k + 1 and end + 1 < n and res.first_name(toks[k].key) and _surname_word(toks[end], res) \
                and res.common(toks[end].key) and _role_phrase(toks, end + 1, res, spans_at) is not None:
            end += 1  # «الدكتور ماجد نجم رئيس قسم السياحة»: a common word between a given name and the person's role is the surname
        if appositive and end > k:
            # An appositive name is closed by a comma (or the end of the sentence).
            closed = end >= n or toks[end].text in ARABIC_COMMAS or toks[end].kind == "punct"
            if not closed:
                first = toks[k].key
                if first.endswith("ين") and len(first) >= 5 and not res.first_name(first) and not res.person_word(first) \
                        and _corpus_word(first[:-2]):
                    end = k  # «وزير الداخلية، سائلين المولى عز وجل»: a plural participle (سائل + ين) opens no name
                end = k if end - k < 2 else end
        if end > k and k in spans_at and toks[k].text[:1] in "بل" and len(toks[k].kreadings) > 1 \
                and not res.person_word(toks[k].key) and not res.first_name(toks[k].key):
            # «مدير مكتب السياحة بوادي الدواسر متعب آل قويد»: بـ + a known place says where the office is;
            # the name, if any, comes after it
            k = spans_at[k]
            end = _name_extent(toks, k, res, strict=True) if k < n else k
        while end - k >= 3 and toks[end - 1].text[:1] in "بل" and not res.person_word(toks[end - 1].key) \
                and not res.first_name(toks[end - 1].key) and any(o == 1 and _corpus_word(st) for o, st in toks[end - 1].kreadings):
            end -= 1  # «سفير الولايات المتحدة لدى المملكة جوزيف ويستفول بأشد العبارات»: ب and a word end the name
        ok = end > k
        if ok and toks[k].text[:1] in "بل" and toks[k].text[1:] in _STOP_AS_WRITTEN and toks[k].text[1:2] in "أإ":
            # «وأفاد الشيخ بأن السندات»: a function word opens no name (here «الشيخ» is the surname); as written,
            # since «بأن» folds to «بان», a given name («بان كي مون»)
            ok = False
        # («الأمير سلطان بن سلمان»: an office that is a given name, read as the name after the title)
        office_first = titled and end > k + 1 and k < n and toks[k].key in ROLE_HEADS and res.first_name(toks[k].key)
        if ok and not office_first and _role_phrase(toks, k, res, spans_at) is not None:
            ok = False  # «سفير خادم الحرمين الشريفين لدى …»: another role follows the role, not a name
        if ok and toks[k].text[:1] in "وبل" and len(toks[k].kreadings) > 1 \
                and not any(res.first_name(st) or res.person_word(st) for _, st in toks[k].kreadings) \
                and (_head_reading(toks[k], ORG_HEADS_ANY) is not None or _head_reading(toks[k], EVENT_HEADS) is not None or (any(
                    res.common(st) or (_corpus_word(st) and _cluster_share(st, 1) < 0.3) for _, st in toks[k].kreadings)
                    # (and a word after the proclitic: «برتران» is a rare word of the corpus, «رتران» none)
                    and any(o and (res.common(st) or _corpus_word(st)) for o, st in toks[k].kreadings)
                    and (toks[k].text[:1] == "و" or end - k < 2 or not _family_word(toks[end - 1], res)))):
            # «لرئيس الاتحاد السعودي ولأعضاء مجلس إدارته», «وسمو ولي عهده», «زعيم المعارضة وحزب العمال»: و and a
            # common noun or a body's head join another office or body, no name («الدكتور وسيم عبدالعزيز» is one);
            # ب or ل and one govern the title's word, a club's name there: «كسبها الرائد بهدفين لهدف» (unless a
            # family name ends the name: «المهندس باسم الصديق»)
            ok = False
        if ok and toks[k].stem_offset(toks[k].key) == 0 and any(
                c.entry.kind in ("country", "territory") for c in _known_place(toks[k].text)) \
                and k > 0 and any(_hamza(strip_article(st)) == _STATE for _, st in toks[k - 1].kreadings):
            ok = False  # «بدولة قطر الشقيقة», «دولة الكويت»: the state of that country («دولة» is also a premier's title)
        if ok and appositive and toks[end - 1].key in NOT_ENTITIES and not res.first_name(toks[k].key) \
                and not res.person_word(toks[k].key):
            ok = False  # «ولي العهد، حفظهم الله»: a blessing after the role, no name («محمد فضل الله» is one)
        if ok and appositive and end == k + 1 and not res.first_name(toks[k].key) and not res.person_word(toks[k].key) \
                and any(o <= 1 and st.endswith(("يه", "يها", "يهم")) and _corpus_word(st[:-1] if st.endswith("يه") else st[:-2])
                        for o, st in toks[k].kreadings):
            ok = False  # «المدير التنفيذي، ومساعديه؛ …»: a plural noun in construct with "his", no name
        if ok and not appositive:
            # Without commas a lone word must look like a first name to be taken as a name.
            words = [t for t in toks[k:end] if t.key not in CONNECTORS]
            ok = len(words) >= 2 or res.first_name(toks[k].key) or res.person_word(toks[k].key)
            if ok and len(words) == 1 and role is not None and not role.definite \
                    and not toks[k].key.startswith("ال") and nisba_of(toks[k].text) is not None:
                ok = False  # «مسؤول تركي»: a Turkish official, not one named «تركي»
        if ok:
            s, e = toks[k].start, toks[end - 1].end
            if toks[k].text[:1] == "و" and len(toks[k].kreadings) > 1 and any(
                    off == 1 and res.first_name(st) for off, st in toks[k].kreadings):
                s += 1  # «، وخالد البلطان الرئيس السابق»: و joins the next person; it is no part of the name
            how = "appositive after" if appositive else "name after"
            if end - k >= 2 and _hamza(toks[end - 1].key) in COMPANY_SUFFIXES:
                # «رئيس شركة الإلكترونيات اليابانية توشيبا كورب»: a company's kind closes the name, the company's
                out.append(Candidate(s, e, "ORG", "pattern", f"a company's name closed by «{toks[end - 1].text}»",
                                     PRIORITY["pattern"]))
                i = end
                continue
            out.append(Candidate(s, e, "PERS", "pattern", f"{how} the title «{label}»", PRIORITY["pattern"]))
            if role:
                links.append((role, s, e))
            i = end
            continue
        i = max(j, i + 1)
    return out, links


def speaker_name_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> tuple[list[Candidate], list[tuple[RolePhrase, int, int]]]:
    """A name between a speech verb and a role: "وقال فلان الفلاني وزير الخارجية", or before an
    appositive role: "فلان الفلاني، وزير الاقتصاد الألماني،".

    >>> t = "وقال صالح المخزوم نائب رئيس المؤتمر الوطني العام إن"
    >>> [text_of(t, c) for c in speaker_name_candidates(t, tokens_of(t), resources(), {})[0]]
    ['صالح المخزوم']
    """
    out: list[Candidate] = []
    links = []
    n = len(toks)
    for i, t in enumerate(toks):
        after_verb = not SPEECH_VERBS.isdisjoint(t.keys) and _is_word(t)
        if after_verb and not _starts_multi_role(toks, i + 1):  # «أعلن ولي ولي العهد وزير الدفاع»: a role, no name
            k = i + 1
            end = _name_extent(toks, k, res, limit=5, strict=True)
            if k < end < n - 2 and toks[end + 1].text in ARABIC_COMMAS and _surname_word(toks[end], res) \
                    and res.first_name(toks[k].key) and _role_phrase(toks, end + 2, res, spans_at) is not None:
                end += 1  # «وقال صالح كامل، رئيس مجلس …»: a surname that is also a word, between a name and its role
            if end - k >= 1 and end < n:
                comma = toks[end].text in ARABIC_COMMAS
                r = _role_phrase(toks, end + 1 if comma else end, res, spans_at)
                # («وقال إلون موسك الرئيس التنفيذي للشركة»: two name words, then a definite role of a body)
                if r is not None and (not r.definite or comma or (end - k >= 2 and r.qualified)):
                    s, e = toks[k].start, toks[end - 1].end
                    out.append(Candidate(s, e, "PERS", "pattern",
                                         f"speaker between «{t.text}» and the role «{text[r.start:r.end]}»",
                                         PRIORITY["pattern"]))
                    links.append((r, s, e))
            if end == k + 1 and k + 1 < n and (toks[k + 1].kind == "punct" or toks[k + 1].key in _SPEAKER_CLOSERS) \
                    and toks[k].kreadings[0][0] == 0 and _lone_foreign_name(toks[k], res) \
                    and len(toks[k].key) >= 4 and _cluster_share(toks[k].key, 2) >= 0.3 \
                    and not any(o and (_corpus_word(st) or res.first_name(st)) for o, st in toks[k].kreadings) \
                    and not toks[k].key.endswith(("ها", "هم", "نا")) \
                    and not (toks[k].key.endswith("ا") and (_corpus_word(toks[k].key[:-1]) or (
                        # «وأضاف مازحا», «قال مبتسما»: a participle of manner in the accusative (فاعلا, مفعلا)
                        not res.first_name(toks[k].key) and (toks[k].key[1] == "ا" and len(toks[k].key) == 5
                                                             or toks[k].key.startswith("م")))))\
                    and not any(toks[k].key.endswith(x) and _corpus_word("ال" + toks[k].key[:len(toks[k].key) - len(x)])
                                for x in ("", "ا", "ان", "ون", "ين", "ات")) \
                    and not any(_corpus_word(b) for b in _pronoun_bases(toks[k].key)) \
                    and not any(toks[k].key in _index_words(idx)[0] for idx in (res.org_index, domain_lists()[0].index)):
                # «اعترف راكيتيتش خلال تصريحاته», «وقال مورينيو إن»: after a verb of saying, one word of a foreign
                # name's shape whose fine word cluster is mostly names, then «إن» / «خلال» / a comma: the speaker
                out.append(Candidate(toks[k].start, toks[k].end, "PERS", "pattern",
                                     f"a foreign name speaking after «{t.text}»", PRIORITY["model"] + 1))
        # "NAME، ROLE،": an appositive role after a name that starts the clause.
        if t.text in ARABIC_COMMAS and i >= 1:
            r = _role_phrase(toks, i + 1, res, spans_at) if i + 1 < n else None
            if r is None or not r.qualified or r.definite:
                continue
            closed = r.tok_end >= n or toks[r.tok_end].text in ARABIC_COMMAS or toks[r.tok_end].kind == "punct"
            if not closed:
                continue
            b = i
            while b > 0 and i - b < 4 and _namey(toks[b - 1], res, 1, strict=True) and toks[b - 1].kreadings[0][0] == 0:
                b -= 1
            while b < i and not _namey(toks[b], res, 0, strict=True):
                b += 1
            # "التقى رئيس المجلس، فلان، وزير الخارجية، فلان": the name before the comma is already
            # another role's appositive, and this role has its own name after it.
            if b > 0 and toks[b - 1].text in ARABIC_COMMAS:
                continue
            after = _honorifics(toks, r.tok_end + 1) if r.tok_end + 1 < n else n
            if after < n and _name_extent(toks, after, res) - after >= 2:
                continue
            if i - b >= 2:
                s, e = toks[b].start, toks[i - 1].end
                out.append(Candidate(s, e, "PERS", "pattern", f"name before the appositive role «{text[r.start:r.end]}»",
                                     PRIORITY["pattern"] - 2))
                links.append((r, s, e))
    return out, links


def _surname_word(t: Token, res: Resources) -> bool:
    """Can ``t``, a common word («كامل», complete), be a family name where a comma and the person's role
    follow it? A bare indefinite word only: no proclitic, ال, verb, adverb, country's adjective or feminine.

    >>> [_surname_word(t, resources()) for t in tokens_of("كامل الكامل وكامل مبتسما سعودي سيقول")]
    [True, False, False, False, False, False]
    """
    return _is_word(t) and t.text[:1] not in "وفبل" and not t.key.startswith("ال") and t.key not in STOP \
        and not t.key.endswith(("ه", "ا")) and len(t.key) >= 3 and nisba_of(t.text) is None \
        and not _verbish(t, res) and not _accusative(t, res)


_LIBRARY = key("مكتبة")
_TROUPE = _hamza(key("فرقة"))
_BRANCH_HEADS = frozenset(_hamza(key(w)) for w in ("جمعية", "مستشفى", "لجنة"))
_OFFICE = _hamza(key("مكتب"))
_PRESIDENCY = _hamza(key("رئاسة"))
_BROADCAST = _hamza(key("إذاعة"))  # (a radio station, and the verbal noun "broadcasting")
_EMIRATE = _hamza(key("إمارة"))


# «العام الماضي», «الشهر المقبل»: a time after a body's head, no word of its name («الأمين العام الحالي» is an
# office, «الحالي» its holder's: only the directions that point away from now)
_YEAR_OR_MONTH = frozenset(_hamza(fold("ال" + r["word"])) for r in lexicon.rows("units")
                           if r["duration"] in ("Y", "M", "W") and r["form"] == "singular")
_PAST_OR_NEXT = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("time_directions") if r["direction"] != "current")




def _counted_at(toks: Sequence[Token], i: int) -> bool:
    """Is token ``i`` counted by a number right before it, bare or between quotes («17 شركة», ««11» شركة»)?

    >>> [_counted_at(tokens_of(t), 1) for t in ("17 شركة", "شركة اتصالات")]
    [True, False]
    >>> _counted_at(tokens_of("«11» شركة"), 3)
    True
    """
    if i > 0 and toks[i - 1].kind == "number":
        return True
    return i > 2 and toks[i - 1].text in QUOTES_CLOSE and toks[i - 2].kind == "number" and toks[i - 3].text in QUOTES_OPEN


def org_head_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """Organisations named by a head and its complement: "وزارة الدفاع", "حزب العدالة والتنمية",
    "الاتحاد الأوروبي", "جامعة الملك سعود".

    >>> t = "في مقر وزارة الداخلية الليبية وحزب الأمة القومي"
    >>> [text_of(t, c) for c in org_head_candidates(t, tokens_of(t), resources(), {})]
    ['وزارة الداخلية الليبية', 'حزب الأمة القومي']
    """
    out = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if not _is_word(t):
            i += 1
            continue
        hit = None
        for off, stem in t.kreadings:
            bare = strip_article(stem)
            if bare in ORG_HEADS_STRONG or bare in ORG_HEADS_WEAK:
                hit = (off, stem, bare)
                break
        if hit is None:
            i += 1
            continue
        off, stem, bare = hit
        if not off and (_counted_at(toks, i) or (
                not stem.startswith("ال") and i + 1 < n and _is_word(toks[i + 1]) and toks[i + 1].text.startswith("بال")
                and _corpus_word(toks[i + 1].folded[1:]))):
            # «من 12 معهد بحوث», «أكثر من 20 شركة ألمانية», ««11» شركة»: bodies counted, of a kind, none named;
            # «شركة بالقطاع الخاص»: a company in a sector, where it is, no name (not «شركة بالم هيلز»)
            i += 1
            continue
        if off and fold(t.text[:off]).endswith("ب") and _hamza(bare) in LED_BY:
            i += 1  # «برئاسة المهنا»: chaired by a person, no body's name
            continue
        if not off and bare == _SHAPE and i > 0 and toks[i - 1].text == _ON and i + 1 < n and (
                not toks[i + 1].text.startswith("ال") or i + 2 >= n or not toks[i + 2].text.startswith("ال")):
            # «التركيز على هيئة الأفراد», «على هيئة ودائع»: on the shape of, no authority (but «الضغط على هيئة
            # الخدمات الصحية الوطنية», a body's name with its adjectives)
            i += 1
            continue
        definite_head = stem.startswith("ال")
        if not definite_head and off and bare[:1] == "ل" and fold(t.text[:off + 1]).endswith("لل") and i + 1 < n \
                and _is_word(toks[i + 1]) and toks[i + 1].key.startswith("ال") \
                and ((toks[i + 1].key.endswith(("ي", "يه")) and _nisba_adjective(toks[i + 1].folded)) or toks[i + 1].key in NAMING_ADJECTIVES):
            # «للجنة المحلية»: ل and «اللجنة» write the same as ل and «لجنة»; a definite adjective after it says the
            # head is the definite one
            definite_head = True
        if (_hamza(bare) == _OFFICE or (_hamza(bare) == _LIBRARY and t.text.endswith("ه"))) and i + 1 < n \
                and _is_word(toks[i + 1]) and _honorifics(toks, i + 1) > i + 1:
            # «مكتب الشيخ محمد يزبك», «في مكتبه العقيد عمر» (his office, not «مكتبة»): a person's office; the person
            # is the name, not a body
            i += 1
            continue
        if definite_head and _hamza(bare) == _LIBRARY and i + 1 < n and _is_word(toks[i + 1]) \
                and toks[i + 1].key.startswith("ال") and toks[i + 1].key.endswith("ه") \
                and (i + 2 >= n or not _is_word(toks[i + 2]) or not toks[i + 2].key.startswith("ال")):
            # «إضافة للمكتبة العربية» (a people's literature, the library of all its books), «مسرح المكتبة العامة»
            # (the town's public library): the head and one adjective describe, they name no body
            i += 1
            continue
        if _hamza(bare) in DISTRICT_HEADS and not definite_head and i + 1 < n and _is_word(toks[i + 1]) \
                and toks[i + 1].kreadings[0][0] == 0 and (
                    (i + 1) in spans_at and _known_place(text[toks[i + 1].start:toks[spans_at[i + 1] - 1].end])
                    or not toks[i + 1].key.startswith("ال") and not res.common(toks[i + 1].key)
                    and not _corpus_word("ال" + toks[i + 1].folded)
                    # (not «من مديرية لأخرى»: ل and a word, from one district to another)
                    and not any(o and toks[i + 1].text[:1] == "ل" and (res.common(st) or st in STOP)
                                for o, st in toks[i + 1].kreadings)):
            # «مديرية صرواح بمحافظة مأرب», «بمديرية غيل باوزير»: a district, a place (its name is the place, LOC), not
            # a directorate («مديرية الأمن», «مديرية شرطة المحافظة»); a name the gazetteer lacks runs on through
            # words of the same kind («غيل باوزير»)
            e = spans_at.get(i + 1, i + 2)
            # (a known place's span may run on through «بمحافظة مأرب»: the district's name ends before بـ)
            e = next((k for k in range(i + 2, e) if toks[k].text[:1] == "ب" and any(o == 1 for o, _ in toks[k].kreadings)), e)
            while (i + 1) not in spans_at and e < n and e - i <= 3 and _is_word(toks[e]) and toks[e].kreadings[0][0] == 0 \
                    and not toks[e].key.startswith("ال") and toks[e].key not in STOP and not res.common(toks[e].key) \
                    and not _corpus_word("ال" + toks[e].folded) and toks[e].start - toks[e - 1].end <= 1 \
                    and not any(o and (_corpus_word(st) or res.common(st)) for o, st in toks[e].kreadings) \
                    and not (toks[e].text[:1] == "و" and len(toks[e].kreadings) > 1) and not _verbish(toks[e], res):
                e += 1  # (not «بمحافظة», بـ and a word; nor «يريم سيعني», a verb; nor «مودية والوضيع», a second district)
            out.append(Candidate(toks[i + 1].start, toks[e - 1].end, "LOC", "pattern",
                                 f"a district after «{t.text[off:]}»", PRIORITY["gazetteer"]))
            i = e
            continue
        if _hamza(bare) == _PRESIDENCY and i + 1 < n and _is_word(toks[i + 1]) and toks[i + 1].kreadings[0][0] == 0 \
                and toks[i + 1].key.startswith("ال") and _hamza(strip_article(toks[i + 1].key)) in ORG_HEADS_ANY:
            i += 1  # «رئاسة الاتحاد القاري», «رئاسة النادي»: the chair of another body, an office, no body's name
            continue
        if _hamza(bare) == _BROADCAST and i + 1 < n and _is_word(toks[i + 1]) and toks[i + 1].kreadings[0][0] == 0 \
                and toks[i + 1].key.startswith("ال") and toks[i + 1].key.endswith("ات") and _corpus_word(toks[i + 1].folded) \
                and not _known_place(toks[i + 1].text):
            i += 1  # «لإذاعة المباريات», «بعدم إذاعة التدريبات»: broadcasting things, no radio station («إذاعة الرياض»)
            continue
        if bare in ORG_HEADS_NATION and not definite_head:
            # «منتخب البرازيل», «منتخب كوريا الجنوبية»: the national team, one body whose name holds the country (as
            # the genre development set's annotators read it; ANERcorp tags the country alone)
            end = spans_at.get(i + 1)
            if end is None and i + 1 < n and toks[i + 1].key == _KINGDOM:
                end = i + 2  # «منتخب المملكة»: the Saudi press names its country «the Kingdom»
            if end is not None and toks[i + 1].kreadings[0][0] == 0 and (
                    (end == i + 2 and toks[i + 1].key == _KINGDOM)
                    or any(c.entry.kind == "country" for c in _known_place(text[toks[i + 1].start:toks[end - 1].end]))):
                s0 = t.start + off
                out.append(Candidate(s0, toks[end - 1].end, "ORG", "pattern", f"national team «{text[s0:t.end]}» and its country",
                                     PRIORITY["gazetteer"] + 1))
                i = end
                continue
            i += 1
            continue
        strong = bare in ORG_HEADS_STRONG
        placed = strong or bare in ORG_HEADS_SEAT  # a place right after the head names it
        j = i + 1
        name_words = 0
        nisba = False
        named = False
        field = False  # a definite head's field after its adjective: "الهيئة العامة للسياحة"
        seat = False  # the body's seat taken in: "... بمنطقة عسير"
        branch = False  # the seat of a body named by its field only: «جمعية الثقافة والفنون بجدة»
        construct = False  # a field of ل + a noun in construct: "الرئاسة العامة لرعاية الشباب"
        after_known = False  # the last words were a known place or organisation
        known_end = -1  # the token after the last known name taken in
        own_name = inner_known = False  # a proper name of its own, and a known name after it
        masdar = False  # a noun in construct and a definite word: «هيئة تنظيم الاتصالات»
        # a place names the body right after its indefinite head: «مركز الخليج …», «معهد واشنطن …»
        # (not a body its place alone names, «أمانة الرياض لعشاق التراث», where ل says for whom; nor a place
        # after a preposition, «جمعية بلبنان للمهجرين»)
        place_first = not definite_head and bare not in ORG_HEADS_SEAT and i + 1 < n and _is_word(toks[i + 1]) \
            and (i + 1 in spans_at or _large_place(toks[i + 1].text)) \
            and (toks[i + 1].text[:1] not in "وفبلك" or bool(_place_as_written(toks[i + 1].text)))
        if bare in ORG_HEADS_FOREIGN and not definite_head and i + 2 < n and _is_word(toks[i + 1]) \
                and toks[i + 1].key.startswith("ال") and toks[i + 1].kreadings[0][0] == 0 and toks[i + 1].key not in STOP \
                and nisba_of(toks[i + 1].text) is None and _is_word(toks[i + 2]) and toks[i + 2].key.startswith("ال") \
                and _hamza(toks[i + 2].key) in TROUPE_ARTS:
            # «فرقة الأنس الترفيهية», «بفرقة المرح الترفيهية»: a troupe's own word, then the art it performs
            e = i + 3
            while e < n and _is_word(toks[e]) and toks[e].key.startswith("و") and _hamza(toks[e].key[1:]) in TROUPE_ARTS:
                e += 1  # «… الاستعراضية والمسرحية»
            s0 = t.start + off
            out.append(Candidate(s0, toks[e - 1].end, "ORG", "pattern", f"a troupe «{text[s0:t.end]}», its name and its art",
                                 PRIORITY["gazetteer"] - 2))
            i = e
            continue
        if bare in ORG_HEADS_FOREIGN and not definite_head and i + 3 < n and toks[i + 1].text == "(" \
                and (close := next((k for k in range(i + 2, min(n, i + 6)) if toks[k].text == ")"), None)) is not None \
                and close > i + 2 and all(_is_word(x) and x.key not in STOP for x in toks[i + 2:close]) \
                and not toks[i + 2].key.startswith("ال"):  # («فرقة (الخوارج)»: a sect)
            # «فرقة (عالم فلة)», «فرقة (حارتنا القديمة)»: a troupe's name in brackets, one to three words, as the Saudi
            # press writes it; the brackets go with the name
            e = close + 1
            while e < n and _is_word(toks[e]) and _hamza(toks[e].key) in TROUPE_ARTS:
                e += 1  # «فرقة (ماسة) الاستعراضية»
            s0 = t.start + off
            out.append(Candidate(s0, toks[e - 1].end, "ORG", "pattern", f"a troupe «{text[s0:t.end]}» and its name in brackets",
                                 PRIORITY["gazetteer"] - 2))
            i = e
            continue
        if bare == _TROUPE and not definite_head and i + 2 < n and _is_word(toks[i + 1]) and toks[i + 1].kreadings[0][0] == 0 \
                and res.first_name(toks[i + 1].key) and toks[i + 1].key not in _ABD and _is_word(toks[i + 2]) \
                and _family_word(toks[i + 2], res):
            # «فرقة صالح الفرج»: a troupe named after its founder, his given and family names
            s0 = t.start + off
            out.append(Candidate(s0, toks[i + 2].end, "ORG", "pattern", f"a troupe «{text[s0:t.end]}» named after its founder",
                                 PRIORITY["gazetteer"] - 2))
            i += 3
            continue
        if bare in ORG_HEADS_FOREIGN and not definite_head and (art := _troupe_own_name(toks, i + 1, res)) is not None:
            # «فرقة أرين المسرحية», «فرقة نغم الطفل الإنشادية»: an indefinite word with a definite adjective after it
            # is a proper name (a common noun would take an indefinite one), and the adjective the art it performs
            e = art + 1
            while e < n and _is_word(toks[e]) and toks[e].key.startswith("و") and _hamza(toks[e].key[1:]) in TROUPE_ARTS:
                e += 1
            s0 = t.start + off
            out.append(Candidate(s0, toks[e - 1].end, "ORG", "pattern", f"a troupe «{text[s0:t.end]}», its name and its art",
                                 PRIORITY["gazetteer"] - 2))
            i = e
            continue
        while j < n and j - i <= 6:
            u = toks[j]
            if j == i + 1 and j not in spans_at and u.text[:1] == "ك" and not res.first_name(u.key) and any(
                    off == 1 and not st.startswith("ال") and _corpus_word("ال" + st) and not _known_place(st)
                    for off, st in u.kreadings):
                break  # «كل فريق كوحش كاسر»: كـ and a noun right after the head («like a beast») name nothing
            if _hamza(u.key) in _YEAR_OR_MONTH and j + 1 < n and _hamza(toks[j + 1].key) in _PAST_OR_NEXT:
                break  # «الاستطلاع الذي أجراه المركز العام الماضي»: last year, no word of the name
            if j in spans_at:  # a known place or organisation inside: "جامعة القاهرة"
                if name_words > 0 and u.text[:1] == "ب" and u.kreadings[0][0] == 0 and len(u.kreadings) > 1 \
                        and not definite_head and not named and not own_name and not inner_known \
                        and _hamza(bare) in _BRANCH_HEADS and toks[j - 1].key.startswith(("ال", "وال")) \
                        and not any(_naming_head(x.key) for x in toks[i + 1:j]) \
                        and any(c.entry.kind in ("city", "town", "admin1", "region") for c in
                                _known_place(text[u.start + 1:toks[spans_at[j] - 1].end])):
                    # «جمعية الثقافة والفنون بجدة», «مستشفى الصحة النفسية بالطائف»: a body named by its field only, and
                    # its town's بـ: the branch there, whose name holds the town (as the genre development set's
                    # annotators read it 17 times of 17); a name of its own keeps the seat out (below), and so does another
                    # body's head in it («مستشفى الهيئة الملكية بالجبيل»: the commission's hospital in Jubail)
                    j = known_end = spans_at[j]
                    seat = named = branch = True
                    name_words += 1
                    break
                if name_words > 0 and u.text[:1] == "ب" and u.kreadings[0][0] == 0 and len(u.kreadings) > 1:
                    break  # "جامعة الأمير سطام بالخرج": بـ + a place after the name is its seat
                if name_words > 0 and u.text[:1] == "ل" and _glued_outlet(toks, j, spans_at[j], res):
                    break  # «مسؤول بوزارة الطاقة لرويترز»: لـ + a news outlet is whom the body spoke to
                if name_words > 0 and u.text[:1] == "و" and len(u.kreadings) > 1 and any(
                        off == 1 and _hamza(strip_article(st)) in ORG_HEADS_ANY for off, st in u.kreadings):
                    break  # «وزارة البترول … وشركة أرامكو»: و and another body's head open the next body
                # «الغرفة التجارية الصناعية بجدة»: after a definite head and its adjectives only, بـ + a place
                # is the seat that names the body
                # (a chamber's head only: «الهيئة العامة بجدة» is the authority's office in Jeddah, «الأمانة العامة
                # بالاتحاد السعودي» the federation's secretariat)
                seat = seat or (definite_head and name_words == 0 and u.text[:1] == "ب" and len(u.kreadings) > 1
                                and u.kreadings[0][0] == 0 and _hamza(bare) in HEAD_NAMING_ADJECTIVES)
                j = known_end = spans_at[j]
                named = after_known = True
                inner_known = inner_known or own_name
                name_words += 1
                if name_words == 1 and bare in ORG_HEADS_SEAT and not definite_head and j < n and _is_word(toks[j]) \
                        and not toks[j].key.startswith(("ال", "لل", "و", "ب")):
                    break  # «أمين عام غرفة جدة عدنان بن حسين»: after a seat and its town, a bare word opens a person's name
                continue
            if name_words == 0 and not definite_head and placed and _is_word(u) and (j + 1) in spans_at \
                    and u.key in PLACE_KINDS:
                # "أمانة منطقة الرياض", "شرطة محافظة جدة": the body of a place, named with its kind word;
                # the place ends the name.
                j = spans_at[j + 1]
                named = seat = True
                name_words += 1
                break
            if name_words == 0 and not definite_head and strong and _is_word(u) and u.kreadings[0][0] == 0 \
                    and not u.key.startswith("ال") and u.key not in STOP and res.common(u.key) \
                    and not _verbish(u, res) and (j + 1) in spans_at and toks[j + 1].kreadings[0][0] == 0 \
                    and any(c.entry.kind in ("country", "continent", "region") for c in _known_place(toks[j + 1].text)):
                # «اتحاد كتاب آسيا وأفريقيا», «رابطة علماء اليمن»: the head, a plural in construct and a
                # country or a continent name a body («مجلس إدارة أرامكو» is a company's board: no place);
                # the place is part of the name (no LOC inside an ORG), so the name ranks above the place
                j += 1
                name_words += 1
                construct = True
                continue
            if name_words == 0 and not definite_head and strong \
                    and _is_word(u) and len(u.kreadings) == 1 and not u.text.endswith(_PRONOUN_ENDINGS) \
                    and not u.key.startswith("ال") and u.key not in STOP and u.key not in ROLE_HEADS and len(u.key) >= 4 \
                    and (res.common(u.key) or _corpus_key(u.key)) and not res.person_word(u.key) \
                    and not res.first_name(u.key) and (not _verbish(u, res) or u.key.endswith("ه")) \
                    and (not _nisba_adjective(u.folded) or u.key.endswith("ايه") or _hamza(u.key) in EVENT_HEADS
                         or (len(u.key) == 5 and u.key[0] == "ت" and u.key.endswith("يه") and nisba_of(u.text) is None)) \
                    and (not _known_place(u.text) or _hamza(u.key) in EVENT_HEADS) and _hamza(u.key) not in ORG_HEADS_ANY \
                    and j + 1 < n \
                    and _is_word(toks[j + 1]) and toks[j + 1].key not in STOP and (j + 1) not in spans_at \
                    and _definite(toks[j + 1]) and len(toks[j + 1].kreadings) == 1 and nisba_of(toks[j + 1].text) is None:
                # «معهد إعداد القادة», «جمعية رعاية الأيتام», «صندوق تنمية الموارد البشرية»: a strong head, a noun in
                # construct and the definite word that completes it (what the body does) name the body; not an
                # adjective («جمعية خيرية الأحد»), but the verbal nouns that look like one («رعاية», «تنمية») and an
                # event's head («رابطة دوري المحترفين», the league's association); not a
                # noun with a pronoun («مجلس إدارتها») or an office («حزب رئيس الوزراء»)
                j += 2
                name_words += 2
                named = masdar = True
                # (an event's body outranks the event its name holds: «رابطة دوري المحترفين», not «دوري المحترفين»)
                construct = construct or _hamza(u.key) in EVENT_HEADS
                continue
            if name_words == 0 and not definite_head and placed and _is_word(u) and u.kreadings[0][0] == 0 \
                    and _large_place(u.text) and not (u.text.endswith("ة") and nisba_of(u.text) is not None) \
                    and not (_cue_only_place(u.text) and _nisba_adjective(u.folded)):
                # (not a cue-only place that reads as an adjective: «صندوق مالي» is a financial fund)
                # "مستشفى نجران العام": a town the place scan left for want of a cue is still the
                # name right after a strong head.
                j += 1
                named = after_known = True
                name_words += 1
                if bare in ORG_HEADS_SEAT and (j >= n or not _is_word(toks[j]) or not (
                        toks[j].key.startswith("لل") or (_definite(toks[j]) and toks[j].key.endswith(("ي", "يه"))))):
                    break  # «أمين عام غرفة جدة عدنان بن حسين»: after a seat and its town, a name is a person's
                continue
            if not _is_word(u) or u.key in STOP or u.key in DESCRIPTIVE \
                    or (_verbish(u, res) and not (u.key[:1] == "ل" and _tafil(u.key[1:]))):
                break
            if j > i + 1 and (u.key in NICKNAME_CALLERS or u.key in NAMING_WORDS):
                break  # «صندوق المئوية المعروف "رواد"»: «المعروف» introduces the body's other name, no word of this one
            if any(o and st in STOP for o, st in u.kreadings):
                break  # «لمنظمة الفرانكفونية والتي»: و + a relative or a particle opens the next clause
            if name_words == 0 and strip_article(u.key) in COURTESY_TITLES:
                break  # «بشركة السيدة تشو» (Mrs Zhou's company): a body is not named after a Mr or a Mrs
            if u.key[:2] == "ال" and u.key[2:].isdigit():
                break  # «اجتماع مجلس الإدارة الـ112»: the meeting's number, no word of the name
            if has_arabic(u.text) and any(ch.isdigit() for ch in u.text):
                break  # «دراسة محكمة من500 صفحة» (refereed, of 500 pages): a word glued to a number is no name's word
            if name_words == 0 and not named and u.key[:1] == "و" and not res.person_word(u.key) and any(
                    o and (res.common(st) or not has_arabic(st) or (len(st) >= 4 and _corpus_key(st)))
                    for o, st in u.kreadings):
                # a complement does not open with و: "بأمانة وإخلاص" (faithfully), "وكالة و5900 شباك",
                # «صلاة المغرب جماعة ودعوا الله» (in congregation, and prayed): و + a word the news corpus
                # writes; a foreign name that opens with و leaves no such word («شركة وارنر»)
                break
            if u.key in ORG_HEADS_STRONG and not definite_head:
                break
            if name_words > 0 and u.key[:1] == "و" and not res.person_word(u.key) and any(
                    o == 1 and _past_of_she(st, res) for o, st in u.kreadings):
                break  # «مؤسسة غالوب وأطلعت عليه صحيفة»: و and a past verb of "she" open the next clause (a verb takes
                # no ال: «شركة التبغ والكبريت» is one name)
            if name_words > 0 and any(off and _naming_head(st) for off, st in u.kreadings):
                break  # "مستشفى الملك خالد ومستشفى نجران": و + a head opens the next name
            if (name_words > 0 and j + 1 < n and (j + 1) in spans_at and u.kreadings[0][0] == 0 and len(u.kreadings) > 1
                    and any(_hamza(strip_article(st)) in PLACE_KINDS for o, st in u.kreadings if o)):
                # "مديرية الشؤون الصحية بمحافظة جدة": the seat of the body, a place after بـ + its kind;
                # it ends the name.
                known = _match_phrase(toks, i, res.org_index, res.org_max)
                if known is not None and known[0] == j:
                    # «فرع الهيئة العامة للسياحة والتراث الوطني بمنطقة حائل»: a national body the lists know
                    # whole is named without the region of its branch (the region is a place of its own)
                    break
                j = spans_at[j + 1]
                named = seat = True
                break
            stems = u.keys
            # "مجلس المستشارين للرئيس فلان": an office after the name belongs to the next phrase;
            # first in the complement it names the body after a person ("جامعة الملك سعود").
            if name_words > 0 and any(strip_article(st) in ROLE_HEADS or strip_article(st) in HONORIFICS
                                      for st in stems) \
                    and not (u.key in ROLE_HEADS and res.first_name(u.key) and _is_title(toks[j - 1])):
                break  # (but «مستشفى الأمير سلطان»: after a title, an office that is a given name is the name)
            # (as written: «إلغاء», «ألف» fold to ال… but carry no article: «شركة جيت ستار إلغاء رحلاتها»)
            definite = any(st.startswith("ال") and u.text[off:off + 1] not in "أإآ" for off, st in u.kreadings)
            if nisba_of(u.text) is not None and definite:
                j += 1
                nisba = True
                if definite_head and not field:
                    # "الشركة السعودية الوطنية للإنارة والكهرباء": after a definite head, the nisba and a
                    # naming adjective may precede the body's field (لل…), as after "العامة"
                    k = j
                    while k < n and toks[k].key in NAMING_ADJECTIVES:
                        k += 1
                    if k < n and toks[k].key.startswith("لل") and len(toks[k].key) >= 5 and not res.person_word(toks[k].key[2:]):
                        j, field, named = k + 1, True, True
                        name_words += 1
                        continue
                    if k + 1 < n and toks[k].key[:1] == "ل" and toks[k].key[1:2] != "ل" and len(toks[k].key) >= 4 \
                            and k not in spans_at and _corpus_key(toks[k].key[1:]) and not res.person_word(toks[k].key[1:]) \
                            and _is_word(toks[k + 1]) \
                            and (not _verbish(toks[k], res) or _tafil(toks[k].key[1:])) \
                            and _definite(toks[k + 1]) and toks[k + 1].key not in STOP and (k + 1) not in spans_at:
                        # «الاتحاد الإكوادوري لكرة القدم», «الاتحاد الدولي لألعاب القوى»: ل + a noun in construct
                        # with a definite one is the body's field, as لل + a noun is (a verbal noun too, «اللجنة
                        # السعودية لتسعير الأدوية», though ل + تـ looks like a verb); not a name that opens with ل and
                        # no word of the corpus after it, «الشرطة الإسرائيلية لوبا السمري»
                        j, field, named = k + 2, True, True
                        name_words += 1
                        continue
                break  # a nisba closes the name: "وزارة الداخلية الليبية"
            if definite_head and not field:
                if u.key in NAMING_ADJECTIVES or u.key in HEAD_NAMING_ADJECTIVES.get(_hamza(bare), ()):
                    j += 1
                    named = True
                    continue
                if strong and not named and name_words == 0 and u.key.startswith("ال") and _nisba_adjective(u.key[2:]) \
                        and nisba_of(u.text) is None and j + 1 < n and _is_word(toks[j + 1]) \
                        and toks[j + 1].key.startswith("لل") and len(toks[j + 1].key) >= 5 \
                        and not toks[j + 1].key.endswith("ات") \
                        and not res.person_word(toks[j + 1].key[2:]) and j + 2 < n and _is_word(toks[j + 2]) \
                        and toks[j + 2].key.startswith("وال") and _head_reading(toks[j + 1], ORG_HEADS_ANY) is None:
                    # «الرابطة الأدبية للثقافة والفكر», «المؤسسة الشرقية للصحافة والطباعة»: any relational adjective
                    # and then fields with لل joined by و name the body (alone, «الجمعية الخيرية» may be any such; one
                    # word with لل may say whose it is, «الجمعية العمومية للنادي», or what for, «المحكمة الإدارية
                    # للنظر في …»; a plural is an occasion, «للجمعية العمومية للانتخابات والمقررة في …»)
                    j += 1
                    named = True
                    continue
                if strong and not named and name_words == 0 and u.key.startswith("ال") \
                        and _nisba_adjective(u.key[2:]) and nisba_of(u.text) is None:
                    # «المجلس الصحي السعودي», «الاتحاد الرياضي القطري»: a field's adjective, then the
                    # country's, name a national body (the country's adjective closes it, below)
                    k = j + 1
                    if k < n and toks[k].key.startswith("ال") and _nisba_adjective(toks[k].key[2:]) \
                            and nisba_of(toks[k].text) is None:
                        k += 1
                    if k < n and _is_word(toks[k]) and toks[k].key.startswith("ال") and nisba_of(toks[k].text) is not None:
                        j = k
                        continue
                # "المديرية العامة للشؤون الصحية", "المؤسسة العامة للتأمينات الاجتماعية": after the
                # adjective that makes it a name, a genitive with لل says what the body is for; the
                # words after it continue as a complement does.
                if named and name_words == 0 and u.key.startswith("لل") and len(u.key) >= 5 \
                        and not res.person_word(u.key[2:]) and bare not in ORG_HEADS_NATION:
                    j += 1
                    name_words += 1
                    field = True
                    continue
                if named and name_words == 0 and u.key[:1] == "ل" and u.key[1:2] != "ل" and len(u.key) >= 5 \
                        and not res.person_word(u.key[1:]) and not _naming_head(u.key[1:]) and bare not in ORG_HEADS_NATION:
                    # «اللجنة الوطنية لتطوير طب الطوارئ», «الهيئة الوطنية لمكافحة الفساد»: ل + an indefinite
                    # noun in construct, up to the definite word that completes it
                    k = j + 1
                    while k < n and k - j <= 2 and _is_word(toks[k]) and not toks[k].key.startswith("ال") \
                            and toks[k].key not in STOP and not _verbish(toks[k], res) and k not in spans_at:
                        k += 1
                    # (a known name of its own inside, «لمحاربة تنظيم داعش», stays that name; a one-word
                    # club read in a common word, «لرعاية الشباب», does not)
                    if k < n and _is_word(toks[k]) and toks[k].key.startswith("ال") and toks[k].key not in STOP \
                            and spans_at.get(k, k + 1) == k + 1:
                        j = k + 1
                        name_words += 1
                        field = construct = True
                        continue
                break
            if definite:
                if name_words > 0 and j + 1 < n and toks[j + 1].key in ORDINALS_FEMININE:
                    break  # «بوزارة التعليم المرحلة الثانية»: a noun and its ordinal, the verb's object
                if name_words == 0 and not named and u.key[:1] == "ل":
                    break  # "مؤسسة للسلام", "اتحاد للناشرين": an indefinite body for something, no name
                prev_w = toks[j - 1]
                if field and name_words > 1 and u.kreadings[0][0] == 0 and _definite(prev_w) \
                        and prev_w.key.endswith(("ي", "يه")) and not u.key.endswith(("ي", "يه")) and u.key[:1] != "و":
                    # «الهيئة السعودية للحياة الفطرية الحفل الختامي», «… للطيران المدني للخريجين»: after the
                    # field's adjective a new noun is the verb's object or another genitive, not the name
                    break
                if place_first and after_known and u.key.startswith("لل") and len(u.key) >= 5 \
                        and not res.person_word("ال" + u.key[2:]) and (name_words == 1 or 0 <= known_end < j and all(
                            _definite(t) and t.key.endswith(("ي", "يه")) for t in toks[known_end:j])):
                    # «مركز الخليج للأبحاث», «مركز دبي للإحصاء», «مركز قطر الدولي للتوفيق»: a place right after the
                    # head (and its adjectives) and the body's field after it name the body; the place is part
                    # of the name (no LOC inside); a given name after لل is a definite noun («للتوفيق»), a
                    # family name with ال is not
                    construct = True
                if bare in ORG_HEADS_SEAT and after_known and not u.key.removeprefix("و").endswith(("ي", "يه")):
                    break  # «لغرفة الرياض الضوء»: after a seat only adjectives («التجارية والصناعية») go on
                if name_words > 0 and (_definite(prev_w) or prev_w.key.startswith("وال")) and u.key.startswith("ال") and u.kreadings[0][0] == 0 \
                        and u.key not in NAMING_ADJECTIVES and (_plain_noun_shape(u.key[2:]) or u.key in TEAM_NOUNS or (
                            (u.key[2:] in PROFESSIONS or u.key[2:] in ROLE_HEADS) and not u.key.endswith(("ي", "يه")))):
                    # «وأوقفت لجنة الانضباط اللاعب», «أعلنت لجنة المسابقات الجدول»: after a definite word a definite
                    # noun that cannot be its adjective (no ي/ية, no participle's م, no أفعل or فعيل) is the verb's object;
                    # so is a person's or a team's noun («لجنة الانضباط القاضي محمد», «وغرمت لجنة الانضباط النادي»)
                    break
                # "والتنمية" continues a coordinated name; "للأمم" a genitive with ل.
                if u.key.startswith("ال") or (u.key[:1] in "ول" and name_words > 0) or name_words == 0:
                    j += 1
                    name_words += 1
                    continue
                break
            if field and name_words > 0 and u.key[:1] == "و" and len(u.kreadings) > 1 and j + 1 < n \
                    and not u.key[1:].startswith("ال") and not _verbish(u, res) and not _verb_like_word(u.folded[1:]) \
                    and _is_word(toks[j + 1]) and _definite(toks[j + 1]) and toks[j + 1].key not in STOP \
                    and (j + 1) not in spans_at and not res.person_word(toks[j + 1].key) \
                    and (j + 2 >= n or not _definite(toks[j + 2]) or toks[j + 2].key.endswith(("ي", "يه"))):
                # «الهيئة السعودية للمدن الصناعية ومناطق التقنية», «الرئاسة العامة للأرصاد وحماية البيئة»: a
                # second field, و + a noun in construct and the definite word that completes it
                j += 2
                name_words += 2
                continue
            if field:
                break  # «الهيئة العامة للسياحة اجتمعت»: after its field a body's name goes on with definite words only
            if place_first and name_words == 1 and after_known and u.key[:1] == "ل" and u.key[1:2] != "ل" \
                    and len(u.key) >= 5 and u.kreadings[0][0] == 0 and len(u.kreadings) > 1 and _corpus_key(u.key[1:]) \
                    and not res.person_word(u.key[1:]) and not _naming_head(u.key[1:]) and j + 1 < n \
                    and _is_word(toks[j + 1]) and _definite(toks[j + 1]) and toks[j + 1].key not in STOP:
                # «معهد واشنطن لسياسة الشرق الأدنى»: after the place, ل + a noun in construct and the definite
                # word (or known name) that completes it are the body's field
                j = spans_at.get(j + 1, j + 2)
                name_words += 1
                construct = True
                continue
            # An indefinite word: a proper name ("جامعة هارفارد", "جامعة الملك سعود"), without a
            # preposition glued to it ("مجلس الإدارة باتخاذ …" stops there).
            if u.kreadings[0][0] == 0 and len(u.kreadings) > 1 and fold(u.text[:1]) in "بل" \
                    and not res.person_word(u.key) and _glued_word(fold(u.text[1:])) \
                    and not (fold(u.text[:1]) == "ب" and fold(u.text[1:2]) == "ي" and not _corpus_word("ال" + fold(u.text[1:]))):
                # ... but "مركز بروكينغز": no word "روكينغز" after a ب; nor «شركة بيرد»: ب never takes a verb
                # («يرد», he replies), and a noun after it is one the corpus writes with ال («بيوم»)
                break
            if _nisba_adjective(u.folded) and not res.person_word(u.key) and not (
                    name_words == 0 and j + 1 < n and _unwritten_word(toks[j + 1], res) and toks[j + 1].kreadings[0][0] == 0):
                # "مركز ثقافي": an adjective (ثقافي، تجاري، صحي), not a name ("مركز كارنيجي"); but a foreign word the
                # corpus never writes after it makes both a foreign name («فريق موجي ميريم»)
                break
            if u.key[:1] in "وف" and not res.person_word(u.key) and any(
                    o and len(st) >= 4 and (res.common(st) or _name_free(st)) for o, st in u.kreadings):
                break  # "مستشفى الملك فهد وافتتح": و + a verb or a common word opens the next clause
            if after_known and not res.person_word(u.key):
                break  # "بلدية دبي خطتها": a known name completes the complement; a common word after it does not join
            prev = toks[j - 1]
            if name_words > 0 and (prev.key.startswith("ال") or prev.key.startswith("وال")) and not _is_title(prev) \
                    and u.key not in CONNECTORS:
                # "لجنة الانضباط زيدان", «… للتجارة والاستثمار عصام آل …»: a definite complement is whole; a
                # bare name after it is another's
                break
            if own_name and res.first_name(u.key) and u.key not in CONNECTORS and j + 1 < n \
                    and _namey(toks[j + 1], res, 1, strict=True) and toks[j - 1].key not in CONNECTORS:
                break  # «مؤسسة اسباير زون حسين القحطاني»: a given name and a surname after the name are a person's
            if name_words == 0 and not strong and (j + 1) in spans_at and not u.key.startswith("ال") \
                    and _corpus_word(u.key) and _cluster_share(u.key, 1) < 0.1 and toks[j + 1].kreadings[0][0] == 0 \
                    and not _known_place(text[toks[j + 1].start:toks[spans_at[j + 1] - 1].end]):
                # «شبكة فروع بنك الجزيرة»: a common noun in construct with a body the lists know, no name (a
                # place after it may name the body: «برنامج صيف الباحة», «مركز إرشاد بجدة»)
                break
            if name_words == 0 and not strong and u.kreadings[0][0] == 0 and (_hamza(u.key) in EVENT_HEADS
                                                                           or _hamza(u.key) in FACILITY_HEADS):
                break  # «بتنظيم مهرجان سنوي» (organising a festival): the head of an event or a site, no name
            if name_words == 0 and bare == "تنظيم" and _indefinite_common_noun(u, res):
                break  # «وتنظيم استقدام العمالة» (regulating recruitment): a verbal noun and its object, no «تنظيم القاعدة»
            if bare in ORG_HEADS_FOREIGN and name_words == 0 and _corpus_word(u.folded):
                break  # «فرقة إسعاف»: a crew of a kind, not a troupe's foreign name
            if strong and not definite_head and name_words == 0 and u.kreadings[0][0] == 0 and u.key not in STOP \
                    and _hamza(bare) != _COMMITTEE \
                    and not _verbish(u, res) and not u.text.endswith(("ية", "ي", "ا")) and j + 1 < n and _is_word(toks[j + 1]) and toks[j + 1].key.startswith("لل") \
                    and len(toks[j + 1].key) >= 5 and not res.person_word(toks[j + 1].key[2:]):
                # «شركة سلامة للتأمين», «شركة أمانة للاستثمار»: a common word between a company's head and its
                # field is the company's name (not an adjective, «قناة موازية للممر», nor an accusative, «تدريبا للتحكم»)
                j += 1
                name_words += 1
                named = own_name = True
                continue
            if name_words == 0 and not definite_head and not strong and _indefinite_common_noun(u, res) \
                    and _cluster_share("ال" + u.folded, 0) < 0.25 \
                    and (j + 1 >= n or not _is_word(toks[j + 1]) or toks[j + 1].key in STOP):
                break  # «أحد العاملين في مكتب استقدام،»: a weak head and one ordinary noun, a body of a kind (a strong
                # head's one word is its name: «شركة ملاذ،»)
            if name_words == 0 and not definite_head and _indefinite_common_noun(u, res) and (
                    (len(u.folded) >= 5 and u.folded.endswith(("ين", "ات")))
                    or (j + 1 < n and (j + 1) not in spans_at and (_indefinite_common_noun(toks[j + 1], res)
                                                                   or (not toks[j + 1].text.startswith("ال")
                                                                       and _nisba_adjective(toks[j + 1].folded))))):
                # «مؤسسة أبحاث مستهلكين», «شبكة مجرمين مأجورين», «برنامج ألعاب تفاعلي»: indefinite common nouns
                # (the corpus writes them with ال) say what kind of body it is; a name of its own would be
                # definite or a word of its own («شركة أرامكو», «مؤسسة أبحاث الفضاء»)
                break
            if (not res.common(u.key) and _namey(u, res, 0, strict=True, person=False)
                    and not u.text.endswith(("ته", "تها", "تهم", "تهما", "تكم"))  # «مجلس إدارتها»: a noun and its pronoun
                    # («حركة أصحابها»: a noun of the corpus with "their", no name)
                    and not (u.key.endswith(("ها", "هم")) and len(u.key) >= 5 and _corpus_word("ال" + u.key[:-2]))
                    and (strong or len(u.key) > 2 or not has_arabic(u.text) or (j + 1 < n and _definite(toks[j + 1])))) \
                    or res.person_word(u.key):
                # (after a weak head, a two-letter word is a common one, «شبكة ري للقرى», an irrigation network,
                # unless a definite word completes it: «لجنة فض المنازعات»)
                j += 1
                name_words += 1
                named = own_name = True
                continue
            break
        if not definite_head and (not strong or _hamza(bare) in _BRANCH_HEADS) and not named and name_words >= 2 and j < n and j in spans_at \
                and toks[j].text[:1] == "ب" and toks[j].kreadings[0][0] == 0 and len(toks[j].kreadings) > 1 \
                and _definite(toks[j - 1]) and toks[j - 1].key.endswith(("ي", "يه")) \
                and _known_place(text[toks[j].start + 1:toks[spans_at[j] - 1].end]):
            # «جماعة الفن التشكيلي بالقطيف», «لجنة التنمية الاجتماعية بالقطيف», «لجنة الانتخابات البلدية بالرياض»: a
            # weak head (or a branch's, «لجنة»), a noun and its adjective say what kind of body it is, and its town
            # names it (every town has one): the town is part of the name
            j = spans_at[j]
            named = seat = True
        if definite_head:
            # (a body of a place by a country's adjective alone, «الشرطة البريطانية», is that country's police, a
            # description (org_heads.tsv, by_adjective); «البورصة المصرية» is the Egyptian Exchange)
            ok = named or (nisba and bare not in ORG_HEADS_SEAT_PLACE_ONLY)
            if ok and not named and not field and _hamza(bare) in ORG_HEADS_OUTSIDE and bare not in ORG_HEADS_NATION:
                # «الشركة الكورية», «الصحيفة الأمريكية»: the company or paper of that country, a description
                # (not «المنتخب السعودي», the country's team)
                ok = False
            if ok and not named and not field and j in spans_at and bare not in ORG_HEADS_NATION \
                    and toks[j].kreadings[0][0] == 0 and not _known_place(toks[j].text):
                # «المصرف الأمريكي جولدمان ساكس»: a description before the body's own name (not «الجامعة
                # الأميركية بالقاهرة», whose seat follows)
                ok = False
        else:
            ok = name_words > 0 and (strong or named or nisba)
            if bare in ORG_HEADS_SEAT:
                ok = ok and (after_known or seat)  # only a place names it: "بأمانة وإخلاص" is "faithfully"
        if ok and not named and not definite_head and _hamza(bare) in ORG_HEADS_OUTSIDE and j < n \
                and ((q := _quoted(toks, j)) is not None or j in spans_at or (
                    j > i + 1 and toks[j].kind == "word" and _LATIN_WORD.match(toks[j].text) is not None
                    and toks[j].text[:1].isupper() and not _ACRONYM_TEXT.fullmatch(toks[j].text)
                    and toks[j].text.lower() not in LATIN_NOT_NAMES and all(_definite(x) for x in toks[i + 1:j]))) \
                and not (q is not None and _ACRONYM_TEXT.fullmatch(text[toks[q[0]].start:toks[q[1] - 1].end].replace(" ", ""))):
            # «شركة الأجهزة الذكية “سامسونج”», «شركة الموضة Polyvore»: what the company makes, then its name (but
            # an acronym in quotes or in Latin capitals abbreviates the name before it: «شركة الصناعات الكيميائية
            # الأساسية "بي.سي.آي"»)
            ok = False
        described = None  # the end of a body's own name after a description of what it is
        if ok and not definite_head and _hamza(bare) in _HEADS_OUTSIDE_A_NAME and j > i + 1 and j < n \
                and toks[j - 1].key.startswith("ال") and toks[j].kreadings[0][0] == 0 \
                and all(x.key.startswith("ال") and _corpus_word(x.key) for x in toks[i + 1:j]) \
                and not any(y in spans_at for y in range(i + 1, j)):
            if _unwritten_word(toks[j], res) and not _verb_like(toks[j], res) and not res.first_name(toks[j].key) \
                    and not res.person_word(toks[j].key) and not (toks[j].text[:1] == "و" and len(toks[j].kreadings) > 1) \
                    and _cluster_share(toks[i + 1].key, 1) < 0.1:
                # «شبكة التلفزيون الإيطالية ميدياست», «شركة النشر موندادوري»: what the body is, then its own foreign
                # name, a word the news corpus never writes; the name is the organisation, the description is not
                # (the word after the head is a field, a word of a cluster ANERcorp hardly tags: «التلفزيون», «النشر»,
                # not a name, «قناة السودان الحكومية», «قناة العربية»; and و opens no name: «قناة السويس وتكتولوجيا
                # المعلومات»)
                described = j + 1
                while described < n and described - j < 3 and _unwritten_word(toks[described], res) \
                        and toks[described].kreadings[0][0] == 0:
                    described += 1
            elif i not in spans_at and j + 1 < n and _is_word(toks[j]) and not toks[j].key.startswith("ال") \
                    and toks[j].key not in STOP and not _verbish(toks[j], res) and not res.first_name(toks[j].key) \
                    and not res.common(toks[j].key) and not _name_free(toks[j].folded) and _is_word(toks[j + 1]) \
                    and toks[j + 1].key.startswith("لل") and _hamza(toks[j + 1].key[2:]) in COMPANY_FIELDS \
                    and toks[j + 1].start - toks[j].end <= 1:
                # «سهم شركة الرهن العقاري أملاك للتمويل»: what the company does, then its own name and field (a
                # second field after و too)
                described = j + 2
                if described < n and _is_word(toks[described]) and toks[described].key.startswith("وال") \
                        and _hamza(toks[described].key[3:]) in COMPANY_FIELDS:
                    described += 1
        if described is not None:
            out.append(Candidate(toks[j].start, toks[described - 1].end, "ORG", "pattern",
                                 f"a name after the description «{text[t.start + off:toks[j - 1].end]}»",
                                 PRIORITY["gazetteer"] - 2))
            i = described
            continue
        if ok and not definite_head and _hamza(bare) == _EMIRATE and j > i + 1 and toks[i + 1].kreadings[0][0] == 0 and any(
                c.entry.kind == "emirate" for c in _known_place(text[toks[i + 1].start:toks[j - 1].end])):
            ok = False  # «في إمارة دبي»: an emirate of a federation is a place (not «إمارة منطقة الرياض», a governorate)
        if ok and not definite_head and j > i + 1 and "ال" + strip_article(bare) in TEAM_NOUNS \
                and toks[i + 1].kreadings[0][0] == 0 and toks[i + 1].key in _PROFESSION_KEYS:
            ok = False  # «فريق المدرب الأرجنتيني دييغو سيميوني»: the team of a person named after his profession
        if ok and not definite_head and j > i + 1 and toks[i + 1].kreadings[0][0] == 0 and toks[i + 1].key in TEAM_NOUNS \
                and "ال" + strip_article(bare) not in TEAM_NOUNS:
            ok = False  # «ببعثة الفريق الكروي», «مجلس النادي»: a body of the side the report is about, no name of its own
        if ok and not definite_head and j > i + 1 and toks[i + 1].kreadings[0][0] == 0 and _ordinal(toks[i + 1].key) \
                and not toks[i + 1].key.startswith("ال"):
            ok = False  # «عبر شركة ثالثة للسداد»: a third company, one counted, no name
        if ok and not definite_head and j > i + 1 and toks[i + 1].kreadings[0][0] == 0 \
                and _hamza(toks[i + 1].key) in INDEFINITE_DESCRIBING:
            ok = False  # «أسس شركة جديدة للتقنية», «صندوق صغير للتمر»: the kind of body, no name
        if ok and definite_head and j == i + 2 and _hamza(bare) in COUNTRY_DESCRIBED_HEADS \
                and toks[i + 1].kreadings[0][0] == 0 and nisba_of(toks[i + 1].text) is not None \
                and not (j < n and _is_word(toks[j]) and nisba_of(toks[j].text) is not None):
            ok = False  # «الذي اشتراه البنك اليوناني»: the bank named before, told by its country (not «البنك السعودي الفرنسي»)
        if ok and masdar and f"{strip_article(bare)} {toks[i + 1].key}" in GENERIC_ORGS:
            ok = False  # «مجلس إدارة الشركة»: a company's board, as «مجلس الإدارة»
        if ok and masdar and _hamza(bare) in ORG_HEADS_OUTSIDE and not (
                toks[j - 1].key in COMPANY_SUFFIXES or any(x.key.startswith("لل") for x in toks[i + 3:j])):
            # «شركة خدمات الإنترنت الأمريكية», «شركة محرك البحث الشهير»: what a company does describes it; a
            # company's kind or its field after it names it («شركة تدوير البيئة الأهلية», «… للتجارة والاستثمار»)
            ok = False
        if ok and not definite_head and not own_name and not inner_known and _hamza(bare) in ORG_HEADS_OUTSIDE \
                and off == 0 and i >= 2 and toks[i - 1].text in ARABIC_COMMAS \
                and (toks[i - 2].text in QUOTES_CLOSE or any(e == i - 1 for e in spans_at.values())) \
                and (_match_phrase(toks, i, res.org_index, res.org_max) or (-1,))[0] != j:
            # «أعلنت «شيفرون»، شركة الطاقة الأميركية العملاقة»: after a company's name and a comma, the head and
            # common words describe that company, no second name
            ok = False
        if ok and not definite_head and _hamza(bare) == _LIBRARY and j > i + 2 and not _is_title(toks[i + 1]) \
                and res.first_name(toks[i + 1].key) and not toks[j - 1].key.startswith("ال") \
                and not any(x.key in CONNECTORS for x in toks[i + 2:j]):
            ok = False  # «من مكتبة أحمد نيازي»: a man's own collection, named by him alone (the person is the name; not
            # «مكتبة محمد بن راشد آل مكتوم», a patronymic's institution)
        if ok and j > i + 1 and any(st in OWN_BODY_NOUNS or "ال" + st[2:] in OWN_BODY_NOUNS for _, st in toks[j - 1].kreadings):
            ok = False  # «وافقت جمعية الشركة», «الجمعية العامة للشركة»: an office of the company the report is about
        if ok and j > i + 1 and (" ".join(bare if k == 0 else x.key for k, x in enumerate(toks[i:j])) in GENERIC_ORGS or (
                j > i + 2 and f"{bare} {toks[i + 1].key}" in GENERIC_ORGS and (toks[i + 2].text[:1] == "و" or (
                    toks[i + 1].key.startswith("ال") and nisba_of(toks[i + 2].text) is None)))):
            # "مجلس الإدارة", "الجمعية العامة" of a company: an office, not a name (also «لمجلس الإدارة», and
            # «مجلس الإدارة واللجان المنبثقة عنه», the board and its committees; «لجنة التحكيم النتائج», the jury and the
            # verb's object; not «لجنة التحكيم السعودية», «الفريق الوطني السعودي», a country's own)
            ok = False
        if ok and definite_head and j == i + 2 and toks[i + 1].text[:1] == "ب" and not toks[i + 1].text.startswith("بال") \
                and _known_place(toks[i + 1].text[1:]):
            ok = False  # «في ملعب النادي بسيهات»: the definite head and its town, «the club in Saihat», no name
        while ok and j > i + 2 and _hamza(toks[j - 1].key) in _PAST_OR_NEXT:
            j -= 1  # «مهرجان مؤسسة بدرخان القادم»: the next festival, not a word of the body's name
            if j > i + 2 and ("ال" + toks[j - 1].key[2:] if toks[j - 1].key.startswith("لل") else toks[j - 1].key) in _YEAR_OR_MONTH:
                j -= 1  # («لجنة الزواج الجماعي للعام المقبل»: for next year, the noun and its adjective)
        if ok and j > i + 1:
            s = t.start + off
            e = toks[j - 1].end
            # Below the gazetteer: a known name inside ("بعثة الأمم المتحدة") keeps its canonical name.
            # Above it when the name takes in its seat, or a known name after a name of its own («مركز
            # كارنيجي للشرق الأوسط»), or a body's full name with a field in construct («الرئاسة العامة لرعاية
            # الشباب»: not the club «الشباب»): the place is part of the body's name, as the ANERcorp and dev-set
            # conventions have it (no LOC inside an ORG).
            # «نادي جدة الأدبي»: a town's literary club, named whole, over the town's football club («نادي جدة»)
            other_club = _hamza(bare) == "نادي" and j > i + 2 and _hamza(toks[j - 1].key) in NON_SPORT_CLUBS
            out.append(Candidate(s, e, "ORG", "pattern", f"organisation head «{text[s:t.end]}» and its complement"
                                 + (" with its seat" if seat else "") + (", a branch" if branch else ""),
                                 PRIORITY["pattern"] + 2 if other_club else
                                 PRIORITY["gazetteer"] + 1 if seat or inner_known or construct else PRIORITY["gazetteer"] - 2))
            i = j
            continue
        i += 1
    return out


def _corpus_word(folded: str) -> bool:
    """Is ``folded`` (a folded word or a token key) a word of the news corpus the kit's word clusters were
    learnt from (87k words)?

    >>> [_corpus_word(w) for w in ("الائتماني", "الاءتماني", "ارنر")]
    [True, True, False]
    """
    return folded in (_CLUSTERS or _clusters_any())


_CLUSTERS: dict[str, tuple[str, str, str]] = {}  # :func:`_clusters_any`, once read (the rules ask it per token)


def _clusters_any() -> dict[str, tuple[str, str, str]]:
    """The word clusters of the news corpus' words, as folded words and as token keys are written, ؤ and ئ
    merged into ء («الائتماني», «الاءتماني»): a stem of ``Token.kreadings`` is a key, the clusters hold folded
    words, and a key looked up as a folded word would miss every word with ؤ or ئ, so that a word the corpus
    writes often would pass for a rare, name-like one («الائتماني» for a name's own word)."""
    if not _CLUSTERS:
        clusters = word_clusters() or {}
        merged = dict(clusters)
        for w, cl in clusters.items():
            merged.setdefault(_hamza(w), cl)
        _CLUSTERS.update(merged)
    return _CLUSTERS


def _cluster_of(word: str) -> tuple[str, str, str] | None:
    """The clusters (of 64, 256 and 1024) of ``word``, a folded word or a token key (:func:`_clusters_any`);
    None for a word the corpus never wrote."""
    return (_CLUSTERS or _clusters_any()).get(word)


def _own_waw(t: Token) -> bool:
    """Does ``t`` open with a و of its own, no conjunction: the news corpus writes the whole word and never
    what is left without the و («ورلد», World; «ويليام»), as the model reads it too?

    >>> [_own_waw(t) for t in tokens_of("ورلد ويليام والاحتفال وأكد")]
    [True, True, False, False]
    """
    return t.text[:1] == "و" and len(t.folded) > 2 and _corpus_word(t.folded) and not _corpus_word(t.folded[1:])


def _corpus_key(k: str) -> bool:
    """Is the token key ``k`` a word of the news corpus (:func:`_corpus_word`, for keys)?

    >>> [_corpus_key(key(w)) for w in ("سائد", "دعوا", "ارنر")]
    [True, True, False]
    """
    return k in (_CLUSTERS or _clusters_any())


@lru_cache(maxsize=1)
def _name_free_clusters() -> frozenset[str]:
    """The word clusters (of 256, learnt on the news corpus) whose words ANERcorp almost never tags
    as part of a name: fewer than 1 token in 40 of at least 150 it counts. Adjectives, verbs and
    abstract nouns gather there («مهم», «أصعب», «فيضان», «حدوث»); names never do (a cluster where a
    name like «هادي» sits among adjectives stays out)."""
    return frozenset(k for k, (named, total) in _cluster_name_counts(1).items() if total >= 150 and named < 0.025 * total)


@lru_cache(maxsize=3)
def _cluster_name_counts(level: int) -> dict[str, list[int]]:
    """For each word cluster at ``level`` (0: of 64, 1: of 256, 2: of 1024), how many of the ANERcorp
    tokens of its words are part of a name, and how many it counts."""
    clusters = word_clusters() or {}
    counts: dict[str, list[int]] = {}
    for w, tags in resources().word_tags.items():
        cl = clusters.get(w)
        if cl is None:
            continue
        c = counts.setdefault(cl[level], [0, 0])
        total = sum(tags.values())
        c[0] += total - tags.get("O", 0)
        c[1] += total
    return counts


@lru_cache(maxsize=1)
def _verb_like_clusters() -> frozenset[str]:
    """The coarse word clusters (of 64) where ANERcorp tags fewer than 1 token in 100 of at least 300
    as part of a name: past verbs («ذهب», «اكتشف», «سافر»), particles and adverbs gather there. A word
    of one of them that no name list knows does not continue a person's name."""
    return frozenset(k for k, (named, total) in _cluster_name_counts(0).items() if total >= 300 and named < 0.01 * total)


def _verb_like_word(folded: str) -> bool:
    """Is ``folded`` a word of a verb-like coarse cluster (:func:`_verb_like_clusters`)?"""
    cl = _cluster_of(folded)
    return cl is not None and cl[0] in _verb_like_clusters()


def _verb_like(t: Token, res: Resources) -> bool:
    """Is ``t`` an indefinite word of a verb-like cluster (:func:`_verb_like_clusters`) that is no
    name word? It ends a person's name after its first word («وسيم اكتشف», «أحمد ذهب»).

    >>> r = resources()
    >>> [_verb_like(t, r) for t in tokens_of("اكتشف ذهب أشرف الشمري سقطت مدحت")]
    [True, True, False, False, True, False]
    """
    if t.key.startswith("ال") or res.person_word(t.key) or res.first_name(t.key):
        return False
    # («سقطت»: the past of "she" of a verb-like word, a shape the clusters hold apart from the verb's;
    # «مدحت», «عصمت» are names the lists know)
    return _verb_like_word(t.folded) or (
        4 <= len(t.folded) <= 6 and t.folded.endswith("ت") and _verb_like_word(t.folded[:-1]))


def _name_free(folded: str) -> bool:
    """Is ``folded`` a word of a name-free cluster (:func:`_name_free_clusters`)?

    >>> [_name_free(w) for w in ("مهم", "اصعب", "فيضان", "رجاء", "بروكينغز")]
    [True, True, True, False, False]
    """
    cl = _cluster_of(folded)
    return cl is not None and cl[1] in _name_free_clusters()


_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "كم", "ك", "ي")
# As written (ة is no ه there): a noun with a possessive pronoun («إدارتها», «أعماله»).
_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن", "كم")


def _pronoun_bases(stem: str) -> set[str]:
    """The words ``stem`` may be with a pronoun suffix taken off, a ة written ت before it restored:
    «حكايتنا» → «حكاي», «حكايه»; «معاليه» → «معالي»; «فضيلته» → «فضيلت», «فضيله».

    >>> sorted(_pronoun_bases("فضيلته"))
    ['فضيلت', 'فضيله']
    """
    out = set()
    for suffix in _PRONOUN_SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
            base = stem[:-len(suffix)]
            out |= {base, base[:-1] + "ه" if base.endswith("ت") else base}
    return out


def _foreign_word(t: Token) -> bool:
    """Is ``t`` a word the news corpus never wrote, in any reading, nor with a pronoun suffix taken
    off («لخضوعه», «واستنتاجاته», «حكايتنا» are words with "his", "our"): a foreign name's shape
    («شتيليكه», «هاينكه»)?

    >>> [_foreign_word(t) for t in tokens_of("شتيليكه لخضوعه واستنتاجاته حكايتنا فريقه")]
    [True, False, False, False, False]
    """
    for _, stem in t.kreadings:
        if any(_corpus_word(f) or _corpus_word("ال" + f) for f in {stem} | _pronoun_bases(stem)):
            return False
    return True


def _given_name_like(t: Token, res: Resources) -> bool:
    """Could ``t`` be a given name before a surname: a known name word, a word the corpus never
    wrote («إيفانكا»), or one of a cluster where names gather («كيم»)? Not a noun of a cluster of
    ordinary words («أمثال فيروز»: "the likes of").

    >>> r = resources()
    >>> [_given_name_like(t, r) for t in tokens_of("مايكل إيفانكا كيم أمثال")]
    [True, True, True, False]
    """
    return res.first_name(t.key) or res.person_word(t.key) or _foreign_word(t) or _cluster_share(t.key, 0) >= 0.25


def _cluster_share(folded: str, level: int) -> float:
    """The share of ANERcorp tokens tagged as names in the word cluster of ``folded`` at ``level`` (0:
    of 64, 1: of 256, 2: of 1024); 1.0 for a word without a cluster or a cluster ANERcorp hardly
    counts (under 20 tokens), which says nothing against a name.

    >>> _cluster_share("التفكير", 0) < 0.05 < 0.5 < _cluster_share("الدوسري", 0)
    True
    """
    cl = _cluster_of(folded)
    if cl is None:
        return 1.0
    named, total = _cluster_name_counts(level).get(cl[level], (0, 0))
    return named / total if total >= 20 else 1.0


def _preposition_phrase(t: Token, res: Resources) -> bool:
    """Is ``t`` a preposition (ب ل ك) glued to a word, which after a name starts what is said of it
    («فهد بفتح الحدود», «كيلستش لرويترز»), rather than a family name that opens with one of those
    letters («بخاري», «كعكي»)?

    The word after the letter must be one the news corpus knows and no name list holds, and then be
    an organisation's name after ل, a common noun, a word of a name-free cluster, or the whole word must sit in
    a cluster where ANERcorp tags under one token in twelve as names (prepositional phrases gather
    there; surnames in clusters of names).

    >>> r = resources()
    >>> [_preposition_phrase(t, r) for t in tokens_of("بفتح لمستشفى لرويترز بتعطيل بخاري كمال باقر كفوري")]
    [True, True, True, True, False, False, False, False]
    """
    if t.text[:1] not in "لبك" or res.person_word(t.key) or res.first_name(t.key):
        return False
    stems = [st for off, st in t.kreadings if off == 1 and len(st) >= 3 and _corpus_word(st)
             and not res.person_word(st) and not res.first_name(st)]
    if not stems:
        return False
    if t.text[:1] == "ل" and any((st,) in res.org_index for st in stems):
        return True  # «قال … لرويترز» (told Reuters); «دانا برينو» keeps its ب (not بـ + Renault)
    # A preposition governs a noun: a word after it that opens like a verb («باقر» ب + "اقر", «بيري»
    # ب + "يري") or is short («بلان», «بولد») more likely belongs to a family name.
    # Nor does a nisba-shaped word ending in ي as written («كفوري», «بخاري»): family names are made so.
    if not t.text.endswith("ي") and any((st[0] not in "اي" or len(st) >= 5)  # «بانتقاد»: a verbal noun of five
                                         and ((len(st) >= 4 and res.common(st)) or (len(st) >= 5 and _name_free(st)))
                                         for st in stems):
        return True
    cl = (word_clusters() or {}).get(t.folded)
    if cl is None:
        return False
    named, total = _cluster_name_counts(1).get(cl[1], (0, 0))
    return total >= 30 and named < 0.08 * total


def _glued_to_noun(t: Token, res: Resources) -> bool:
    """Is ``t`` ل glued to a word of the news corpus that no name list holds («لمسؤولي», «للمنتخب»)?
    A name follows a profession or a credit in construct («كلمات فلان»), so such a word after one
    starts a phrase («وكلمات لمسؤولي المجلس»), not a name; «لويس», «ليونيل» are names. (Not ب: more
    foreign names open with it, «بلاتيني» reads as ب + "لاتيني".)

    >>> r = resources()
    >>> [_glued_to_noun(t, r) for t in tokens_of("لمسؤولي للمنتخب لويس ليونيل بلاتيني")]
    [True, True, False, False, False]
    """
    return t.text[:1] == "ل" and not res.person_word(t.key) and not res.first_name(t.key) and any(
        off == 1 and len(st) >= 4 and _corpus_key(st) and not res.person_word(st) and not res.first_name(st)
        for off, st in t.kreadings)


def _outlet_word(t: Token, res: Resources) -> bool:
    """Is ``t`` alone a news outlet the organisation table knows, and no name word («رويترز», not «ليون»)?

    >>> [_outlet_word(t, resources()) for t in tokens_of("رويترز ليون")]
    [True, False]
    """
    ref = res.org_index.get((t.key,))
    return ref is not None and res.orgs[ref].kind == "media" and not res.person_word(t.key) and not res.first_name(t.key)


def _glued_outlet(toks: list[Token], j: int, end: int, res: Resources) -> bool:
    """Are the tokens [j, end), after the ل glued to the first, a news outlet the organisation table knows?

    >>> t = tokens_of("لرويترز لوكالة رويترز لمجلس التعاون")
    >>> [_glued_outlet(t, a, b, resources()) for a, b in ((0, 1), (1, 3), (3, 5))]
    [True, True, False]
    """
    for off, st in toks[j].kreadings:
        if off == 1:
            ref = res.org_index.get((st, *(t.key for t in toks[j + 1:end])))
            if ref is not None and res.orgs[ref].kind == "media":
                return True
    return False


def _glued_word(stem: str) -> bool:
    """Is ``stem``, read after a glued preposition, a word ("باتخاذ", "بنسبة65", "لقائدي" the
    construct of قائد) rather than the rest of a foreign name ("بروكينغز")?"""
    return (not stem.isalpha() or _corpus_word(stem) or _corpus_word(stem[:-1])
            or any(_corpus_word(stem[:-len(x)]) for x in ("ين", "ات", "ون") if stem.endswith(x)))


def _indefinite_common_noun(tok: Token, res: Resources) -> bool:
    """An Arabic word without ال whose definite form the news corpus writes, and no name: «أبحاث»,
    «مستهلكين» (الأبحاث، المستهلكين); not «أرامكو», «فارس» (a given name), «دبي» (a place).

    >>> [_indefinite_common_noun(tokens_of(w)[0], resources()) for w in ("أبحاث", "مستهلكين", "أرامكو", "فارس", "دبي", "الأبحاث")]
    [True, True, False, False, False, False]
    """
    return (has_arabic(tok.text) and len(tok.kreadings) == 1 and not tok.text.startswith("ال") and len(tok.folded) >= 3
            and tok.key not in STOP and _corpus_word("ال" + tok.folded) and not res.person_word(tok.key)
            and not res.first_name(tok.key) and not _known_place(tok.text))


@lru_cache(maxsize=8192)
def _nisba_adjective(folded: str) -> bool:
    """A relative adjective formed on a word the corpus knows: «ثقافي» (ثقافة), «رياضية» (رياضة),
    «طبي» (الطب); not a foreign name that ends the same way («كارنيجي», «ويمبلي»).

    >>> [_nisba_adjective(w) for w in ("ثقافي", "رياضيه", "طبي", "كارنيجي", "ويمبلي", "مركز")]
    [True, True, True, False, False, False]
    """
    if not folded.endswith(("ي", "يه")) or len(folded) < 3:
        return False
    st = folded[:-2] if folded.endswith("يه") else folded[:-1]
    forms = (st + "ه", "ال" + st, "ال" + st + "ه") + ((st + "يه", "ال" + st + "يه") if folded.endswith("ي") else (st + "ي",))
    return len(st) >= 2 and any(_corpus_word(f) for f in forms)


@lru_cache(maxsize=8192)
def _large_place(word: str) -> bool:
    """A word that is, as written, a hand-listed place or a town the places layer takes without a cue
    in context (CONTEXT_TOWN people or more).

    >>> _large_place("نجران"), _large_place("الجديد")
    (True, False)
    """
    gaz = load_gazetteer()
    if gaz.is_stopword(word) or gaz.is_stopword(strip_article(fold(word))):
        return False  # "الجديد" is also a town in GeoNames
    return any(c.trusted and (c.entry.population >= CONTEXT_TOWN or c.entry.kind != "town") for c in gaz.lookup(word)[:3])


@lru_cache(maxsize=8192)
def _country_word(word: str) -> bool:
    """A country's name as written («إثيوبيا»): after a name of two words or more it starts the verb's
    object («دعا الرئيس السابق أبو القاسم صلاد حسن إثيوبيا إلى …»), it is no surname (right after a given
    name it may be one: «كارلوس كوريا»).

    >>> _country_word("إثيوبيا"), _country_word("حسن")
    (True, False)
    """
    return any(c.trusted and c.entry.kind == "country" for c in load_gazetteer().lookup(word)[:1])


AGENCY_ADJECTIVES = _words("agency_adjectives")
SOURCE_CUES = _words("source_cues")  # «وبحسب "الألمانية"»


def agency_adjective_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A news agency named by its country's adjective alone in quotes (ORG; agency_adjectives.txt): a photo's
    credit or a source. Not the adjective outside quotes, nor inside a longer quote.

    >>> t = 'بائع ينتظر الزبائن. “الفرنسية” موظف في متجر، وبحسب "الألمانية" فقد ارتفعت الصادرات، واستعمل «الفرنسية» في الحديث'
    >>> [text_of(t, c) for c in agency_adjective_candidates(t, tokens_of(t), resources())]
    ['الفرنسية', 'الألمانية']
    """
    out: list[Candidate] = []
    for i in range(1, len(toks) - 1):
        t = toks[i]
        # (the quotes first: cheap, and rare around a single word)
        if not (toks[i - 1].text in QUOTES_OPEN and toks[i + 1].text in QUOTES_CLOSE and t.kind == "word"
                and _hamza(t.key) in AGENCY_ADJECTIVES):
            continue
        before = toks[i - 2] if i >= 2 else None
        # a credit opens its line or follows a sentence's end; a source follows «بحسب» (source_cues.txt; not «استعمال
        # «الفرنسية» في التخاطب», nor «ترجم لـ"الفرنسية"»: the language)
        if before is None or before.text in (".", "!", "؟", "?") or "\n" in text[before.end:toks[i - 1].start] \
                or not SOURCE_CUES.isdisjoint(before.keys):
            out.append(Candidate(t.start, t.end, "ORG", "pattern", f"quoted news agency by its adjective «{t.text}»",
                                 PRIORITY["pattern"]))
    return out


def _quoted(toks: list[Token], i: int, max_words: int = 6) -> tuple[int, int] | None:
    """(first, end) tokens inside quotes opening at token ``i``. A closing mark glued to the word
    before it opens a quote too when another closes it: «فيلمها”جازبا”» (a common slip of the keyboard)."""
    if i >= len(toks) or not (toks[i].text in QUOTES_OPEN or (
            toks[i].text == "”" and i > 0 and toks[i - 1].end == toks[i].start and toks[i - 1].kind == "word") or (
            # «برنامج ” كلنا للوطن”»: a closing mark with a space before it closes nothing; it opens
            toks[i].text == "”" and i > 0 and toks[i - 1].kind == "word" and toks[i - 1].end < toks[i].start)):
        return None
    for j in range(i + 1, min(len(toks), i + max_words + 2)):
        if toks[j].text in QUOTES_CLOSE:
            if j > i + 1 and toks[j - 1].text == ":":
                return None  # «“ميشن:”», «“: ”»: a colon only between words
            return (i + 1, j) if j > i + 1 else None
        if toks[j].kind == "punct" and toks[j].text not in "-.:":
            return None
        if toks[j].text == ":" and j == i + 1:
            return None  # a title may hold a colon between its words: «فيلم “ميشن: إمبوسيبل”»
    return None


NAMING_WORDS = _words("naming_words")
QUOTE_BRIDGES = _words("quote_bridges") | NAMING_WORDS


def _work_noun(stem: str) -> bool:
    """Is ``stem`` a work's noun (quote_triggers.tsv), with ال, a pronoun («روايته», «مسلسله») or neither?

    >>> [_work_noun(w) for w in ("روايته", "المسلسل", "شعار")]
    [True, True, False]
    """
    bare = _POSSESSIVE.sub("", stem)
    return strip_article(stem) in WORK_NOUNS or bare in WORK_NOUNS or (bare.endswith("ت") and bare[:-1] + "ه" in WORK_NOUNS)


def _bracketed_title(toks: list[Token], i: int, res: Resources) -> tuple[int, int] | None:
    """(first, end) tokens of a title in brackets right after a work's noun, as quotes are used: «فيلم
    (فرست ذي كيلد ماي فازر)», «الكوميديا الساخرة المنتظرة (وور ماشين)». Only a name the corpus
    never wrote as words (a transliteration), not a bracketed remark («الكتاب (الصادر حديثا)»).

    >>> t = tokens_of("أخرجت فيلم (وور ماشين) وقرأت الكتاب (الصادر حديثا)")
    >>> [_bracketed_title(t, k, resources()) for k, x in enumerate(t) if x.text == "("]
    [(3, 5), None]
    """
    if i >= len(toks) or toks[i].text != "(":
        return None
    j = i + 1
    while j < len(toks) and j - i <= 12 and toks[j].text != ")":
        if toks[j].kind == "punct" and toks[j].text not in ":-":
            return None
        j += 1
    if j >= len(toks) or toks[j].text != ")" or j == i + 1:
        return None
    words = [x for x in toks[i + 1:j] if _is_word(x)]
    if not words or words[0].key in STOP:
        return None
    found = _trigger_before(toks, i)
    if found is None:
        return None
    if found[0] != "MISC":
        # «أنتجتها شركة (كوكورو)»: a company's name in brackets as in quotes, only when every word of it is a
        # transliteration the corpus never wrote (not «الشركة (المدرجة في السوق)»; nor «متنزه (هوس تن بوسش)», whose
        # «هوس» the corpus writes, nor a name the lists know, which their own rules read)
        if len(words) == j - i - 1 and len(words) <= 4 and all(_foreign_word(x) and not _corpus_word(x.folded) for x in words):
            return i + 1, j
        return None
    # (a token's key writes ئ as ء, the corpus list keeps it: «وثائقي» is looked up as written too)
    if any(_foreign_word(x) and not _corpus_word(x.folded) for x in words):
        return i + 1, j
    # An Arabic title in brackets, right after a written, sung or filmed work's noun or after its author:
    # «مسرحية (فنجان قهوة)», «رواية الطيب صالح (عرس الزين)» (not a remark: «فيلم (وثائقي)», «(تموز)»,
    # «(وربما الفيلم)», «(الذي كان …)», «(سنة 2013)»; nor after a definite noun, the work already named:
    # «الكتاب (الصادر حديثا)»)
    first = words[0]
    work = any(_work_noun(st) for w in toks[max(0, i - 6):i] if _is_word(w) for _, st in w.kreadings)
    if not work or len(words) != j - i - 1 or len(words) > 6 or toks[i + 1] is not first \
            or (found[1] == 0 and len(words) < 2) or not _work_noun(_hamza(key(found[2].split()[-1]))) \
            or key(found[2].split()[-1]).startswith("ال") \
            or first.kreadings[0][0] != 0 \
            or any(off and (st in STOP or st.startswith("ال") or (first.text[:1] == "و" and _corpus_word(st)))
                   for off, st in first.kreadings) \
            or _verbish(first, res) or _hamza(strip_article(first.key)) in MONTH_NAMES \
            or _hamza(first.key) in _NUMBER_WORDS or first.key in _YEAR_OR_MONTH \
            or (len(words) == 1 and (nisba_of(first.text) is not None or _nisba_adjective(first.folded)
                                     or res.common(first.key))):
        return None
    return i + 1, j


def _product_named(toks: list[Token], a: int, b: int) -> bool:
    """Do tokens ``a``..``b`` name, whole, a product of the product list («iPhone 6»): after لـ it is
    what a report is about («تسريب جديد لـ«iPhone 6»»), no outlet that got a statement."""
    products = domain_lists()[2]
    hit = _match_phrase(toks, a, products.index, products.max_len)
    return hit is not None and hit[0] == b


def _trigger_before(toks: list[Token], i: int) -> tuple[str, int, str] | None:
    """(type, words, text) of the noun that introduces the name starting at token ``i`` (its opening
    quote, or its first word): 'حاملة الطائرات «…»' → MISC, 'صحيفة «…»' → ORG; None without one.

    Up to two adjectives may stand between the trigger and the name: 'حاملة الطائرات الفرنسية «…»',
    'روبوت جديد يحمل اسم BOCCO'; and a bridge word before it: 'تطبيق باسم «…»', 'ساعة ذكية تحمل اسم «…»'.
    """
    found = None
    if i >= 2 and toks[i - 1].text == ":" and _is_word(toks[i - 2]) and toks[i - 2].key in NAMING_WORDS:
        i -= 1  # «كتاب بعنوان: "…"»: a colon after the naming word
    at = i
    while at >= 1 and i - at < 2 and _is_word(toks[at - 1]) and toks[at - 1].key in QUOTE_BRIDGES:
        at -= 1
    gaps = [i, at] if at != i else [i]  # «بعنوان» is itself a trigger («عنوان»), and a bridge
    for g in range(1, 3):
        w = toks[at - g] if at - g >= 0 else None
        if w is not None and _is_word(w) and (
                (w.key.startswith("ال") and (nisba_of(w.text) or w.key in NAMING_ADJECTIVES or w.key in WORK_ADJECTIVES))
                or (at != i and ("ال" + w.key) in DESCRIPTIVE)):  # «روبوت جديد يحمل اسم»: after a bridge only
            gaps.append(at - g)
        else:
            break
    for end in gaps:
        if end < 1:
            continue
        last = toks[end - 1]
        # only the triggers whose last word this one can be (as written, without a possessive, or «كتابا»)
        bare = _POSSESSIVE.sub("", last.key)
        # («روايته»: the ة of «رواية» is written ت before a pronoun)
        # («جائزتي «غولدن غلوبز»», «صحيفتي …»: a feminine noun's dual in construct, تي or تا for ة)
        dual = last.key[:-2] + "ه" if last.key.endswith(("تي", "تا")) and len(last.key) >= 5 else None
        keys = {*last.keys, bare, last.key[:-1] if last.key.endswith("ا") else last.key,
                *([bare[:-1] + "ه"] if bare != last.key and bare.endswith("ت") else []), *([dual] if dual else [])}
        for typ, trig in (x for w in keys for x in _TRIGGERS_BY_LAST.get(w, ())):
            m = len(trig)
            if end - m < 0:
                continue
            if all(toks[end - m + k].key == trig[k] or (k == 0 and trig[0] in toks[end - m].keys)
                   # (a possessive «ه» only: «دورية «ساينس»», a journal with ة, is no «دوري» + «ه», his league; nor,
                   # written with ه, «دوريه «ساينس»»: a league's own name never follows "his league")
                   or (m == 1 and _POSSESSIVE.sub("", toks[end - 1].key) in (trig[0], trig[0][:-1] + "ت")
                       and len(toks[end - 1].key) > len(trig[0]) and not toks[end - 1].text.endswith("ة")
                       and trig[0] != _LEAGUE)
                   or (m == 1 and typ == "MISC" and toks[end - 1].key == trig[0] + "ا")  # «كتابا بعنوان»
                   or (m == 1 and dual == trig[0])
                   for k in range(m)):
                if found is None or m > found[1]:
                    found = (typ, m, " ".join(t.text for t in toks[end - m:end]))
        if found:
            return found
    # «فيلم الرسوم المتحركة ثلاثي الأبعاد “…”», «فيلم الرعب والإثارة “…”»: between a work's noun and its
    # quoted title, its genre in up to four plain words (no verb, no function word, no punctuation)
    for g in range(1, 6):
        w = toks[at - g] if at - g >= 0 else None
        if w is None or not _is_word(w):
            return None
        if g >= 2 and any(_hamza(strip_article(st)) in WORK_NOUNS for _, st in w.kreadings):
            return ("MISC", 0, w.text)  # 0 words right before the name: a weaker cue than an adjacent noun
        if w.key in STOP or w.key in QUOTE_BRIDGES or (not w.key.startswith("ال") and _verb_like_word(w.folded)) \
                or w.key in COMPLEMENTIZERS:
            return None  # «الفيلم الذي عرض “…”», «مخرج فيلم فيفا يقر بانه “كارثي”»: a clause, not the film's genre
    return None


_LIST_FILLERS = frozenset(key(w) for w in _words("title_list_fillers"))
_BOX_TRIGGERS = frozenset(_hamza(key(w)) for w in ("صندوق", "ورشة", "مدونة", "تطبيقات"))


def _quoted_product(toks: list[Token], a: int, b: int, res: Resources) -> bool:
    """Are the quoted words ``toks[a:b]`` (hyphens aside) a whole name of the product list and of no
    organisation («واي - فاي», «بلوتوث»)?"""
    words = [t for t in toks[a:b] if t.text != "-"]
    products = domain_lists()[2]
    hit = _match_phrase(words, 0, products.index, products.max_len) if words else None
    if hit is None or hit[0] != len(words):
        return False
    org = _match_phrase(words, 0, res.org_index, res.org_max)
    return org is None or org[0] != len(words)


def quoted_name_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A quoted name after a trigger: 'حاملة الطائرات «نيميتز»' (MISC), 'صحيفة «الحياة»' (ORG),
    and the Saudi press idiom 'قال لـ«الرياض»:' (the newspaper that got the statement).

    >>> t = 'وأرسلت حاملة الطائرات "نيميتز" إلى الخليج'
    >>> [(text_of(t, c), c.type) for c in quoted_name_candidates(t, tokens_of(t), resources())]
    [('نيميتز', 'MISC')]
    """
    out = []
    n = len(toks)
    listed: tuple[tuple[str, int, str], int] | None = None  # the last triggered name and its closing quote
    for i in range(n):
        q = _quoted(toks, i) or _bracketed_title(toks, i, res)
        if q is None:
            # a work's title may be a whole line of verse, right after the work's noun: «قصيدة «الله يجازيك يا
            # زمان.. الشعري الربعه ابثمان»», «كتاب «اليخت محروسة.. رحلة مع اليخت الملكي»»; not a quoted sentence
            # after another trigger («السفينة «ستكون أول سفينة …»») nor a paper's headline after «بعنوان»
            q = _quoted(toks, i, 12)
            long_trigger = _trigger_before(toks, i) if q is not None else None
            if q is None or not long_trigger or long_trigger[0] != "MISC" or long_trigger[1] != 1 \
                    or not any(st in WORK_NOUNS and st != "برنامج" for st in toks[i - 1].keys):
                # (an indefinite noun of a written or sung work: «مدير البرنامج «سنبدأ …»» is a man speaking)
                continue
        if listed is not None and i == listed[1]:
            continue  # the closing quote of the last title, glued to it: no opening one
        a, b = q
        s, e = toks[a].start, toks[b - 1].end
        found = _trigger_before(toks, i)
        between = toks[listed[1] + 1:i] if not found and listed is not None else []
        if between and listed is not None and any(_hamza(x.key) in _TITLE_LIST_JOINS or x.text in ("،", ",") for x in between) \
                and not (b - a == 1 and (toks[a].key in STOP or _verbish(toks[a], res))) \
                and not (b - a >= 2 and not SPEECH_VERBS.isdisjoint(toks[a].keys)) \
                and not (text[toks[i].start - 1:toks[i].start] not in (" ", "\n") and text[toks[i].end:toks[i].end + 1] == " "):
            # (a quote that opens with a verb of saying is a sentence quoted, no next name: «من طراز "تراكنك بوينت"،
            # "أفاد بذلك الموقع"»)
            # (a mark glued to the comma before it and not to the word after it closes a stray quote: «و"عاصفة
            # الحزم"،" مضيفا إليها "أنس الخيال"» lists no «مضيفا إليها»)
            if len(between) <= 6 and all(x.kind == "number" or x.text in ("،", ",", "(", ")") or x.key in _LIST_FILLERS
                                         for x in between):
                # «ديوان “أغاني أفريقيا” عام 1955، و”عاشق من أفريقيا” في 1964», «فيلم "ديرتي دانسنق" ثم سلسلة
                # "حرب النجوم" ثم "غريس"»: the next title of the list
                found = listed[0]
        listed = None
        if found and b - a == 1 and any(st in TECH_CUES or strip_article(st) in TECH_CUES
                                        or found[0] in _TRIGGER_NOUN_TYPES.get(strip_article(st), ())
                                        for _, st in toks[a].kreadings):
            continue  # «جهاز “روبوت” جديد»: the kind of thing in quotes, not its name (but «عملية “السهم”» is one)
        if found and b - a >= 3 and _is_word(toks[a]) and (toks[a].key in _NEGATIONS or (toks[a].text[:1] == "ل" and any(
                off == 1 and _tafil(st) for off, st in toks[a].kreadings))) \
                and not _work_noun(_hamza(key(found[2].split()[-1]))):
            # «الجهاز "لا يحتوي على نظام تشغيل"»: a message the device shows, a sentence, no name; «التطبيق “لتحسين
            # الاتصال مع مؤيديها”»: what it is for, ل and a verbal noun (a work's title may be either: «برنامج «لا
            # تترك أثرا»»)
            found = None
        if found and found[1] == 0 and not any(_is_word(x) for x in toks[a:b]):
            found = None  # «برنامج قطار القراءة "3"»: a number in quotes after a genre is an edition, no title
        if found and i >= 1 and _is_word(toks[i - 1]) and toks[i - 1].text[:1] in "بل" \
                and any(off == 1 and re.fullmatch(r"ت..ي.", st) for off, st in toks[i - 1].kreadings) \
                and all(_is_word(x) and _definite(x) and _corpus_word(x.folded) for x in toks[a:b]):
            # «يطالب بتطبيق «القياسات الحيوية»»: after ب or ل a trigger of the shape تفعيل is the verbal noun
            # (applying, updating), and definite words of the corpus in quotes are the thing applied, no app's name
            found = None
        trig = _hamza(strip_article(key(found[2].split()[-1]))) if found else ""
        if found and found[0] == "ORG" and (trig in ORG_HEADS_NATION or (trig[:1] in "وبل" and trig[1:] in ORG_HEADS_NATION)) \
                and (any(c.entry.kind in ("country", "former country") for c in _known_place(text[s:e]))
                     or (b - a == 1 and toks[a].key.endswith("ا") and _corpus_word(toks[a].key))):
            # («رئيس مدني منتخب "ديمقراطيا"»: elected democratically, an adverb in quotes)
            continue  # «منتخب "تشيكوسلوفاكيا"»: a country named for its team stays the country (the place rules')
        if found and found[0] == "ORG" and _hamza(key(found[2].split()[-1])).endswith("شبكه") \
                and _quoted_product(toks, a, b, res):
            continue  # «شبكة «واي فاي»»: a technology the product list knows, no network's name
        if found and found[2].split()[-1] in ("بقلم", "وبقلم"):
            continue  # «بقلم “مواطن مخلص”» (written by): a byline, no pen
        inner = text[s:e]
        motto = re.search(r"(?<![.!؟?])[.!؟?]\s+\w", inner)
        if found and motto is not None and len(inner[:motto.start()].split()) >= 2 and len(inner[motto.end() - 1:].split()) >= 3 \
                and not _work_noun(_hamza(key(found[2].split()[-1]))):
            continue  # «شعار «الحياة قصيرة. عش قصة حب»»: two sentences, a motto, no name (a work's title may be so; a dotted
            # name is none: «إم بي سي. إف إم», «أبل تي. في»)
        if found and _hamza(key(found[2].split()[-1])) in _BOX_TRIGGERS and (
                (i >= 2 and (toks[i - 2].kind == "number" or _hamza(toks[i - 2].key) in _NUMBER_WORDS
                             or _hamza(strip_article(toks[i - 2].key)) in _NUMBER_WORDS))
                or (toks[a].key.startswith("ال") and _cluster_share(toks[a].key, 1) < 0.3)):
            continue  # «3 آلاف صندوق «خضار وفواكه»», «صندوق "الاقتراع"», «ورشة "العمل"»: boxes counted, a common noun
        if found:
            typ, adjacent, trig_text = found
            last_word = strip_article(key(trig_text.split()[-1]))
            # («تطبيقات "سبق"»: the apps of a body the lists know, that body)
            if typ == "MISC" and last_word not in WORK_NOUNS and (last_word not in TECH_CUES or _hamza(last_word) in (_PLATFORM, _APPS)):
                whole = _match_phrase(toks, a, res.org_index, res.org_max)
                if whole is not None and whole[0] == b:
                    # «عمليات "داعش"», «مبادرة "ناسا"», «مشروع "رينو"»: the operation or the project of a body
                    # its list knows (a work's title may be any words; «تطبيق "فيسبوك"», «طراز "بوينغ"» a product;
                    # «منصة “كيك ستارتر”» is the company that runs the platform)
                    continue
            priority = PRIORITY["pattern"] + 2 if adjacent else PRIORITY["gazetteer"] - 1  # «برنامج التواصل "تويتر"»
            # «“إكسبريا سي4 Xperia C4″»: the name, then the same name in Latin letters: two mentions
            latin = next((k for k in range(a + 1, b) if toks[k].kind == "word" and _LATIN_WORD.match(toks[k].text)
                          and toks[k].start > toks[k - 1].end and not re.search("[A-Za-z]", toks[k - 1].text)
                          # «المطارد-The Chaser» is one title
                          and all(x.kind != "word" or _LATIN_WORD.match(x.text) for x in toks[k:b])
                          and any(x.kind == "word" and not _LATIN_WORD.match(x.text) for x in toks[a:k])), None)
            for x, y in ((a, latin), (latin, b)) if latin is not None else ((a, b),):
                out.append(Candidate(toks[x].start, toks[y - 1].end, typ, "pattern", f"quoted name after «{trig_text}»",
                                     priority))
            # («صحيفتا "ذي دايلي مايل" و"دايلي تلغراف"»: a list of bodies too)
            if typ in ("MISC", "ORG") and b < n and toks[b].text in QUOTES_CLOSE:
                listed = (found, b)
            continue
        if 2 <= b - a <= 4 and _hamza(toks[b - 1].key) in COMPANY_SUFFIXES \
                and all(_is_word(x) and x.key not in STOP for x in toks[a:b]) and not _verbish(toks[a], res) \
                and not res.common(toks[a].key) and not (toks[a].key.startswith("ال") and _cluster_share(toks[a].key, 1) < 0.3):
            # «و«مراس القابضة»»: a quoted name closed by a company's kind is the company (not «السوق العقارية», a
            # common noun and its adjective)
            out.append(Candidate(s, e, "ORG", "pattern", f"a quoted company closed by «{toks[b - 1].text}»",
                                 PRIORITY["gazetteer"] - 1))
            continue
        prev = toks[i - 1] if i >= 1 else None
        # 'لـ«الرياض»' / 'ل"الرياض"': a statement given to a newspaper. The ل is its own token, or
        # "لـ" with tatweel.
        # «يعود لـ"ملك البوب" مايكل جاكسون»: a title in quotes is a person's epithet, no outlet (a name after
        # an outlet is the speaker's: «قال لـ"الاقتصادية" علي الزهراني»)
        epithet = strip_article(toks[a].key) in ROLE_HEADS or strip_article(toks[a].key) in HONORIFICS
        # («يحيل يوهاندري لـ«لاعب استثمار»»: indefinite common nouns in quotes are a category, no outlet)
        epithet = epithet or (b - a >= 2 and all(
            _is_word(x) and not x.text.startswith("ال") and _corpus_word("ال" + x.folded) and not res.person_word(x.key)
            and not res.first_name(x.key) and not _known_place(x.text) for x in toks[a:b]))
        # (an outlet is named by one word or two, «عكاظ», «الشرق الأوسط»; three only when the lists know them, a body's
        # head opens them, «مكتب أخبار اليمن», or a foreign word: «لـ«ذوي الاحتياجات الخاصة»» is for people with
        # special needs)
        # («تم منحها لـ"باركر"» after «مارك باركر»: a person's surname the text gave with a given name before it,
        # no outlet)
        after_la = prev is not None and fold(prev.text) in ("ل", "ل-")
        # («60 ألف زائر لـ«عيد» طبرجل»: one indefinite noun in quotes and a town right after them name a town's
        # event, no outlet)
        epithet = epithet or (after_la and b - a == 1 and b + 1 < n and toks[b].text in QUOTES_CLOSE
                              and not toks[a].key.startswith("ال") and _corpus_word("ال" + toks[a].folded)
                              and not _outlet_word(toks[a], res) and _is_word(toks[b + 1]) and toks[b + 1].kreadings[0][0] == 0
                              and bool(_known_place(toks[b + 1].text)))
        epithet = epithet or (after_la and b - a == 1 and (toks[a].key,) not in res.org_index and not _outlet_word(toks[a], res)
                              and not res.common(toks[a].key) and any(res.first_name(key(g)) for g in re.findall(
                                  rf"(\w+)\s+{re.escape(toks[a].text)}(?!\w)", text[max(0, s - 3000):s])))
        if after_la and not _product_named(toks, a, b) and not epithet \
                and (b - a <= 2 or (b - a == 3 and (tuple(x.key for x in toks[a:b]) in res.org_index
                                                    or _head_reading(toks[a], ORG_HEADS_ANY) is not None
                                                    or nisba_of(toks[b - 1].text) is not None  # «الرأي العام الكويتية»
                                                    or not _corpus_word(toks[a].folded)))):
            out.append(Candidate(s, e, "ORG", "pattern", "quoted outlet after ل (قال لـ«…»)", PRIORITY["pattern"] + 2,
                                 canonical=text[s:e]))
        elif prev is not None and b - a <= 3 and (_is_word(prev) or fold(prev.text) in ("ب", "ب-")) \
                and (_she_verb(prev, res) or any(st in SPEECH_VERBS for _, st in prev.kreadings)
                     or (prev.key == _TO and not _known_place(text[s:e]))
                     # «في حوار مع «الشرق الأوسط»», «في اتصال هاتفي مع «الحياة»»: the paper interviewed him
                     or (prev.key == _WITH and any(_hamza(strip_article(x.key)) in INTERVIEW_NOUNS
                                                   for x in toks[max(0, i - 3):i - 1] if _is_word(x)))
                     # «في مذكرة اطلعت عليها «الشرق الأوسط»»: the paper read it
                     or (prev.key in _ON_IT and i >= 2 and _she_verb(toks[i - 2], res))
                     # «وأكدت مصادر "الوطن"»: the paper's sources
                     or prev.key in _SOURCES
                     # «ما نشر في "الوطن"», «حديث خص به "الاقتصادية"»: published in the paper, granted to it
                     or (prev.key in _PUBLISHED_IN and i >= 2 and _is_word(toks[i - 2])
                         and any(_hamza(st) in PUBLISH_VERBS for _, st in toks[i - 2].kreadings))
                     # «* الوحدة الاقتصادية بـ«الشرق الأوسط»»: a byline's desk at the paper, the line's end
                     or (fold(prev.text) in ("ب", "ب-") and "\n" in text[e:e + 4] + "\n" * (e + 4 >= len(text)))) \
                and (_PAPER, *(x.key for x in toks[a:b])) in res.org_index:
            # «علمت "الاقتصادية" من مصادر», «جولة أجرتها "الاقتصادية"»: a paper the organisation list knows by
            # «صحيفة …», in quotes as the subject of a verb of "she" (the paper), is the paper (not «في "الرياض"»);
            # so after a verb of saying, whose object or subject it is: «وأبلغ «الشرق الأوسط»، الدكتور …», and
            # after «إلى», when the paper's name is no place's: «خلال حديثه إلى "الوطن"»
            out.append(Candidate(s, e, "ORG", "pattern", f"quoted paper after «{prev.text}»", PRIORITY["pattern"] + 2,
                                 canonical=text[s:e]))
    return out


_NEGATIONS = _words("negations")
_SOURCES = frozenset(key(r["word"]) for r in _PERSON_CONTEXT if r["use"] == "sources")
PUBLISH_VERBS = _words("publish_verbs")  # «نشر في», «خص به» before a quoted paper
_PUBLISHED_IN = frozenset(key(w) for w in ("في", "به", "بها"))
_SHAPE = key("هيئة")
_ON = "على"  # as written: «علي» is a given name
TROUPE_ARTS = _words("troupe_arts")


def _troupe_own_name(toks: Sequence[Token], j: int, res: Resources) -> int | None:
    """Where the art adjective stands after a troupe's indefinite own name at ``toks[j]`` («أرين», or a noun and
    the definite word it governs, «نغم الطفل»), or None: the name is a word with no proclitic that is no function
    word, verb or adjective, and the adjective one of troupe_arts.txt. (A first letter that could be a proclitic
    is the name's when no word follows it: «فرقة وارف المسرحية», «ارف» being none.)

    >>> t = tokens_of("فرقة أرين المسرحية وفرقة نغم الطفل الإنشادية وفرقة موسيقية شعبية")
    >>> [_troupe_own_name(t, k, resources()) for k in (1, 4, 8)]
    [2, 6, None]
    """
    n = len(toks)
    if j + 1 >= n or not _is_word(toks[j]) or toks[j].kreadings[0][0] != 0 or toks[j].key.startswith("ال") \
            or any(o and (_corpus_word(st) or res.common(st)) for o, st in toks[j].kreadings) and toks[j].text[:1] in "وفبلك" \
            or toks[j].key in STOP or _verbish(toks[j], res) or toks[j].text.endswith(("ية", "يه", "ي")) \
            or nisba_of(toks[j].text) is not None:
        return None
    for k in (j + 1, j + 2):
        if k >= n or not _is_word(toks[k]) or toks[k].start - toks[k - 1].end > 1:
            return None
        if _hamza(toks[k].key) in TROUPE_ARTS:
            return k
        if not (toks[k].key.startswith("ال") and toks[k].kreadings[0][0] == 0) or toks[k].key in STOP:
            return None
    return None
_PAPER = key("صحيفة")
_TO = key("إلى")
_WITH = key("مع")
INTERVIEW_NOUNS = frozenset(_hamza(key(w)) for w in _words("interview_nouns"))
_ON_IT = frozenset(key(w) for w in ("عليها", "عليه"))


def _she_verb(t: Token, res: Resources) -> bool:
    """Is ``t`` a past verb of "she", with و or ف before it and an object pronoun after it or not: «علمت»,
    «وأبلغت», «أجرتها»?

    >>> [_she_verb(t, resources()) for t in tokens_of("علمت وأبلغت أجرتها مدحت الاقتصادية")]
    [True, True, True, False, False]
    """
    for off, stem in t.kreadings:
        if off and t.text[:off] not in ("و", "ف"):
            continue
        for end in ("ها", "هم", "ه", ""):
            if stem.endswith(end) and _past_of_she(stem[:len(stem) - len(end)], res):
                return True
    return False


_SYSTEM_WORDS = frozenset(_hamza(key(w)) for w in ("منظومة", "منظومات"))  # (weapon_words.txt: a system, of anything)
# number words, and zero, that write a match's score with a digit («صفر-2», «واحد-3»), never a model's name
_SCORE_WORDS = _NUMBER_WORDS | {"صفر"}


def model_name_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """Aircraft, weapon and product model names: "تو-22", "إف-16", "سو-24", and a foreign word
    after a weapon word ("مقاتلات تورنادو", "من طراز ميراج").

    >>> t = "قاذفات من طراز تو-22 ومقاتلات رافال"
    >>> [text_of(t, c) for c in model_name_candidates(t, tokens_of(t), resources())]
    ['تو-22', 'رافال']
    """
    out = []
    for i, t in enumerate(toks):
        # (cheap tests first: this runs on every token)
        if "-" in t.text and t.kind in ("word", "number") and MODEL_NAME.match(t.text) \
                and _hamza(fold(t.text.split("-")[0])) not in _SCORE_WORDS:  # («صفر-2»: a score, nil-two)
            # («وإف-16», «وميغ-29»: the و before a model's letters joins it to the one before, no letter of it)
            s = t.start + (t.text[:1] == "و" and len(t.text.split("-")[0]) >= 3)
            out.append(Candidate(s, t.end, "MISC", "pattern", "model name (letters-digits)", PRIORITY["pattern"]))
            continue
        if i == 0 or WEAPON_TRIGGERS.isdisjoint(toks[i - 1].keys) or not _is_word(t):
            continue
        prev = toks[i - 1]
        w = t.key
        bare = strip_article(w)
        if w.startswith("ال") and not _SYSTEM_WORDS.isdisjoint(prev.keys):
            continue  # «بمنظومة الكهرباء», «منظومة العمل»: a system of something (a weapon's is «منظومة باتريوت»)
        # A foreign-looking word the lists don't know: no Arabic adjective or plural ending.
        if (w in STOP or w in GENERIC_WEAPONS or bare in GENERIC_WEAPONS or res.common(w) or res.common(bare) or nisba_of(t.text) is not None
                or bare.endswith(("ه", "ات", "ين", "ون", "ي", "يه")) or len(bare) < 4 or t.kreadings[0][0] != 0
                or (t.text[:1] in "وف" and len(t.kreadings) > 1 and _name_free(fold(t.text[1:])))
                or (t.text[:1] in "لب" and len(t.kreadings) > 1 and any(o and _corpus_word(st) for o, st in t.kreadings))
                or (len(w) == 4 and _corpus_word("ال" + t.folded) and _cluster_share("ال" + w, 1) < 0.15
                    and _cluster_share("ال" + w, 0) < 0.1)
                or (w.startswith("ال") and any(_corpus_word(bare + p) for p in ("ه", "ها", "هم")))
                or (w.endswith(("ها", "هم")) and _corpus_word("ال" + w[:-2]))
                or (_imperfect_verb(t, res) and any(_corpus_word(p + w[1:]) for p in "يتن" if p != w[0]))):
            # … nor و + a word of the news corpus that never names («طراز ويمكن»: and it can), nor a preposition
            # and a word of it («سيارات أجرة طائرة للتخلص من …»: flying taxis, to get rid of), nor an adjective of
            # four letters (فاعل, فعيل) the corpus writes with ال among common words («هداف من طراز نادر», «فريد»),
            # nor a common noun, with ال or a pronoun («طائرات الأسطول الجديد», «طائرات أسطولها»: the fleet), which the
            # corpus writes with a pronoun too (a foreign name never: «الكاتيوشا», «البوينج»), nor a verb the corpus
            # also writes for another person («كاميرا طائرة تكتشف مشهدا»: «يكتشف»; «تايفون» has no «يايفون»)
            continue
        out.append(Candidate(t.start, t.end, "MISC", "pattern", f"model name after «{prev.text}»", PRIORITY["pattern"] - 3))
    return out


LETTER_NAMES = _words("latin_letter_names")
# Spelled letters that are also words («إم», «في»), as written, and acronyms that name no body («يو إس بي»)
_LETTER_WORDS = frozenset(r["letter"] for r in lexicon.rows("letter_acronym_letters"))
_SURE_LETTERS = frozenset(r["letter"] for r in lexicon.rows("letter_acronym_letters") if r["sure"] == "yes")
_ACRONYM_EDGE_WORDS = frozenset(r["letter"] for r in lexicon.rows("letter_acronym_letters") if r["edge"] == "yes")
_NOT_BODY_ACRONYMS = frozenset(" ".join(p) for p in _phrases("letter_acronyms_not_bodies"))


def letter_runs(toks: Sequence[Token]) -> list[tuple[int, int, bool]]:
    """Runs of three or more Latin letters spelled in Arabic, two of them unambiguous (latin_letter_names.txt,
    or a sure letter of letter_acronym_letters.tsv; its other letters as written): (first, end, body), ``body``
    False for an acronym of a technology or format (letter_acronyms_not_bodies.txt). A «في» or «أو» at an edge
    is the sentence's word, not a letter.

    >>> t = tokens_of("اشترت شركة إيه دي إم آي إي حصة في بي بي سي ويأتي بمنفذ يو إس بي أو")
    >>> [(" ".join(x.text for x in t[a:b]), body) for a, b, body in letter_runs(t)]
    [('إيه دي إم آي إي', True), ('بي بي سي', True), ('يو إس بي', False)]
    """
    out: list[tuple[int, int, bool]] = []
    n = len(toks)
    i = 0
    def letter(t: Token) -> bool:
        return _is_word(t) and (t.key in LETTER_NAMES or t.text in _LETTER_WORDS)

    is_letter = [letter(t) for t in toks]
    while i < n:
        if not is_letter[i]:
            i += 1  # no run starts here (most words): the scan below would stop at once
            continue
        j = i
        while j < n:
            if is_letter[j] and (j == i or toks[j].start - toks[j - 1].end <= 1):
                j += 1
            elif j > i and toks[j].text == "." and toks[j].start == toks[j - 1].end and j + 1 < n \
                    and toks[j + 1].start == toks[j].end and is_letter[j + 1]:
                j += 1  # «إي.دي.إف»: letters joined by dots
            else:
                break
        a, b = i, j
        while a < b and toks[a].text in _ACRONYM_EDGE_WORDS:
            a += 1
        while b > a and toks[b - 1].text in _ACRONYM_EDGE_WORDS:
            b -= 1
        letters = [t for t in toks[a:b] if t.kind != "punct"]
        if len(letters) >= 3 and sum(t.key in LETTER_NAMES or t.text in _SURE_LETTERS for t in letters) >= 2:
            out.append((a, b, " ".join(_hamza(t.key) for t in letters) not in _NOT_BODY_ACRONYMS))
        i = max(j, i + 1)
    return out


def letter_acronym_candidates(toks: list[Token], runs: list[tuple[int, int, bool]]) -> list[Candidate]:
    """An organisation's acronym spelled in Arabic letters («شركة إيه دي إم آي إي», «دي إي إف إس إيه»): ORG,
    from the segment's :func:`letter_runs`; the organisation gazetteer names the known ones first («بي بي سي»)."""
    return [Candidate(toks[a].start, toks[b - 1].end, "ORG", "pattern", _ACRONYM_EVIDENCE, PRIORITY["gazetteer"] - 1)
            for a, b, body in runs if body]


_ACRONYM_EVIDENCE = "an acronym spelled in Latin letters"
_ORDINAL_STEMS = frozenset(strip_article(_hamza(fold(r["word"]))) for r in lexicon.rows("ordinals"))


def _ordinal(k: str) -> bool:
    """Is the key ``k`` an ordinal, either gender, with or without ال («خامسة», «الثاني»)?"""
    bare = strip_article(k)
    return bare in _ORDINAL_STEMS or (bare.endswith("ه") and bare[:-1] in _ORDINAL_STEMS) or k in ORDINALS_FEMININE


COMPANY_LIST_HEADS = _words("company_list_heads")
SHARE_WORDS = _words("share_words")
SHARE_SINGULAR = _words("share_singular")
# the singular and the dual (the keys of tokens are hamza-merged already)
_SHARE_NOUNS = SHARE_SINGULAR | frozenset(w for w in SHARE_WORDS if w.startswith("سهم"))
RANKING_JOINS = _words("ranking_joins")
PERCENT_WORDS = frozenset(key(w) for w in lexicon.raw_words("percent_words"))
COMPANY_SUFFIXES = _words("company_suffixes")
FAMILY_FIRM_WORDS = _words("family_firm_words")
COUNTRY_DESCRIBED_HEADS = _words("country_described_heads")
INDEFINITE_DESCRIBING = _words("indefinite_describing_adjectives")
_COMPANY_HEADS = ORG_HEADS_OUTSIDE & ORG_HEADS_STRONG  # «شركة», «مؤسسة»: heads outside the name that any name follows


def company_kind_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A company's registered name after its head, closed by the company's kind or its founder's family:
    «شركة أسرة واحدة القابضة», «شركة سعد إبراهيم الهداب وأولاده القابضة», «مؤسسة علي الأحمد وإخوانه للمقاولات»
    (``company_suffixes``, ``family_firm_words``). The words between may be common ones or a person's name:
    the closing word makes them a company's, above the given-name rule («سعد إبراهيم الهداب» is no person
    here) and the head rule, which stops at a common word. The head stays out, as «شركة أرامكو» has it.

    >>> t = "تأسيس شركة أسرة واحدة القابضة، وشركة سعد إبراهيم الهداب وأولاده القابضة، وشركة للأعمال العقارية"
    >>> [text_of(t, c) for c in company_kind_candidates(t, tokens_of(t), resources())]
    ['أسرة واحدة القابضة', 'سعد إبراهيم الهداب وأولاده القابضة']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i, t in enumerate(toks):
        # a company's strong head (not «حركة السوق العقارية», the property market's movement), and a name
        # after it (not «شركة للأعمال العقارية», a company for property business)
        hit = _head_reading(t, _COMPANY_HEADS)
        if hit is None or hit[1].startswith("ال") or i + 2 >= n or toks[i + 1].key[:1] == "ل":
            continue
        end = None
        j = i + 1
        while j < n and j - i <= 7:
            u = toks[j]
            if not _is_word(u) or (u.key in STOP and u.key not in CONNECTORS):
                break  # a comma, a preposition: the words after belong to the sentence («شركة تعمل في السوق العقارية»)
            if j > i + 1 and u.key in FAMILY_FIRM_WORDS:
                end = j + 1
                if end < n and _is_word(toks[end]) and (toks[end].key in COMPANY_SUFFIXES or (
                        toks[end].key.startswith("لل") and len(toks[end].key) >= 5)):
                    end += 1  # «… وأولاده القابضة», «… وإخوانه للمقاولات»: its kind or its field after the family
                break
            if u.key in COMPANY_SUFFIXES:
                end = j + 1 if j > i + 1 else None
                break
            if _head_reading(u, ORG_HEADS_ANY) is not None and j > i + 1 and u.kreadings[0][0] == 0 and len(u.kreadings) > 1:
                break  # «… وشركة …»: the next company
            if _verbish(u, res) and not (res.first_name(u.key) or res.person_word(u.key) or u.key.startswith("لل")):
                break  # «شركة تعمل …»: a verb, the sentence goes on
            j += 1
        if end is None:
            continue
        out.append(Candidate(toks[i + 1].start, toks[end - 1].end, "ORG", "pattern",
                             f"a company's name after «{t.text}», closed by «{toks[end - 1].text}»",
                             PRIORITY["gazetteer"] + 2))
    return out


def company_list_candidates(text: str, toks: list[Token], res: Resources, org_at: dict[int, int]) -> list[Candidate]:
    """The companies of a list after «شركة»/«شركات» that holds a known one: each name between the
    commas and the و's is a company, though its words are common ones (a market report: «أسهم شركات
    سابك، والإنماء وملاذ للتأمين، والراجحي وإعمار الأكثر نشاطا»). ``org_at``: token → end token of
    each known organisation of the segment.

    >>> t = "وجاءت أسهم شركات سابك، والإنماء وملاذ للتأمين، والراجحي وإعمار الأكثر نشاطا"
    >>> ts = tokens_of(t)
    >>> [text_of(t, c) for c in company_list_candidates(t, ts, resources(), {3: 4})]
    ['الإنماء', 'ملاذ للتأمين', 'الراجحي', 'إعمار']
    """
    out: list[Candidate] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        # «تلتها أسهم الخليج للتدريب والعالمية للتأمين»: the shares' word alone before the names
        shares = _is_word(t) and _hamza(t.key) in SHARE_WORDS and i + 1 < n and _is_word(toks[i + 1]) \
            and _hamza(toks[i + 1].key) not in COMPANY_LIST_HEADS and toks[i + 1].key != "شركه"
        if not _is_word(t) or not (t.key in COMPANY_LIST_HEADS or shares or (
                t.key == "شركه" and i > 0 and _hamza(toks[i - 1].key) in SHARE_WORDS)):
            i += 1  # «شركة زين والزيادة في المصاريف»: one company, then another noun
            continue
        dual = t.key.endswith(("تا", "تي"))  # «شركتا», «شركتي»: two companies
        j = org_at.get(i, i + 1)  # «سهمي شركة الدريس ورعاية»: the head may open a known name
        # (first token, end token, known, و glued to it); the first without its و
        items: list[tuple[int, int, bool, bool]] = []
        if j > i + 1:
            items.append((i, j, True, False))
        elif j + 1 < n and toks[j].text in ARABIC_COMMAS and _is_word(toks[j + 1]):
            j += 1  # «أسهم شركات, العالمية ,والانماء طوكيو»: a comma right after the head opens the list
        while j < n:
            first = len(items) == 0
            k = j
            glued = False
            if not first:
                comma = toks[k].text in ARABIC_COMMAS
                if comma:
                    k += 1
                if k < n and _is_word(toks[k]) and toks[k].key == "و":
                    k += 1  # «و وفاء للتأمين»: the و written apart
                elif comma and k in org_at and toks[k].text[:1] != "و":
                    pass  # «, اسمنت الجوف ,والخليج للتدريب»: after a comma alone, a known company goes on with it
                elif comma and k + 2 < n and _is_word(toks[k]) and toks[k].text[:1] != "و" and toks[k + 1].text in ARABIC_COMMAS \
                        and (k + 2 in org_at or (_is_word(toks[k + 2]) and toks[k + 2].text[:1] == "و")) \
                        and not _not_company_word(toks[k], toks[k].key, res) and not _possessed_noun(toks[k]) \
                        and not res.common(toks[k].key):
                    pass  # «وسابك, الراجحي ,وميدغلف»: one word between commas, the list going on after it, is an item too
                    # (no stop word, verb, common word or noun with a pronoun: «سابك، بدورها، والراجحي»)
                elif k >= n or not _is_word(toks[k]) or toks[k].text[:1] != "و" or len(toks[k].kreadings) < 2:
                    break  # the list goes on only after a و
                else:
                    glued = True
            if k >= n:
                break
            u = toks[k]
            if k in org_at:
                items.append((k, org_at[k], True, glued))
                j = org_at[k]
                if j < n and _is_word(toks[j]) and toks[j].key.startswith("لل") and len(toks[j].key) >= 5:
                    j += 1  # «وميدغلف للتأمين ,والراجحي»: the known name's field, then the list goes on
                continue
            stem = u.kreadings[1][1] if glued else u.key
            # (a place's kind word with the company's field after it is a company's: «الخليج للتدريب»)
            with_field = k + 1 < n and _is_word(toks[k + 1]) and toks[k + 1].key.startswith("لل") and len(toks[k + 1].key) >= 5
            # «ومدينة المعرفة» (Knowledge Economic City): in a list of companies, a town's kind word and a definite
            # word that names no place are a listed company's name, which no other rule reads
            town_firm = not with_field and _hamza(strip_article(stem)) in PLACE_KIND_WORDS and not stem.startswith("ال") \
                and k + 1 < n and _is_word(toks[k + 1]) and toks[k + 1].key.startswith("ال") and toks[k + 1].key not in STOP \
                and k + 1 not in org_at and not _known_place(toks[k + 1].text)
            if town_firm:
                items.append((k, k + 2, False, glued))
                j = k + 2
                continue
            if stem.startswith("ال") and _head_reading(u, ORG_HEADS_ANY) is not None and k + 2 < n and _is_word(toks[k + 1]) \
                    and toks[k + 1].key.startswith("ال") and toks[k + 1].key.endswith(("ي", "يه")) \
                    and toks[k + 1].key not in DESCRIPTIVE and toks[k + 2].text in ARABIC_COMMAS:
                # «,والاتحاد التجاري ,والمواساة»: a listed company named by a body's head and its adjective, between
                # commas; the list goes on after it
                items.append((k, k + 2, False, glued))
                j = k + 2
                continue
            if _not_company_word(u, stem, res, with_field) or _past_of_she(stem, res):
                # «شركتي جوجل وفيسبوك، وتتباهى»: a verb opens the next clause; «شركة بوينج والمجلس القومي …»,
                # «ومدينة المعرفة»: a head names a body with the words after it, which other rules read
                break
            end = k + 1
            if dual and not res.common(stem):
                while end < n and end - k < 3 and toks[end].kreadings[0][0] == 0 and _unwritten_word(toks[end], res):
                    end += 1  # «شركتا بارامونت وسكاي دانس»: a foreign name of two or three words
            if dual and end == k + 1 and end < n and _is_word(toks[end]) and toks[end].kreadings[0][0] == 0 and res.first_name(toks[end].key) \
                    and not _verbish(toks[end], res):
                end += 1  # «شركتي مكة للإنشاء وجبل عمر»: a common noun and a given name, one company's name
            if end < n and _is_word(toks[end]) and toks[end].key.startswith("لل") and len(toks[end].key) >= 5:
                end += 1  # «ملاذ للتأمين»: a company's field after its name
            elif (stem.startswith("ال") and end < n and _is_word(toks[end]) and toks[end].key.startswith("ال")
                  and toks[end].key.endswith(("ي", "يه")) and toks[end].key not in DESCRIPTIVE):
                end += 1  # «الخدمات الأرضية», «السعودي الهولندي»: a definite noun and its adjective (not «الأكثر»)
            items.append((k, end, False, glued))
            j = end
        # Two companies (a dual head) whose names are foreign words the corpus never writes are two
        # companies though neither is known: «أنتجته شركتا بارامونت وسكاي دانس».
        foreign = dual and len(items) == 2 and all(any(_unwritten_word(toks[x], res) for x in range(a, b)) for a, b, *_ in items)
        # after the shares' word alone, a name with its field («للتأمين») vouches for the list as a known one does
        # and so it does after a dual head («شركتي مكة للإنشاء وجبل عمر»: two companies, one with its field)
        fielded = (shares or dual) and any(b > a + 1 and toks[b - 1].key.startswith("لل") for a, b, *_ in items)
        if (len(items) >= 2 and any(known for _, _, known, _ in items)) or foreign or (len(items) >= 2 and fielded):
            for a, b, known, glued in items:
                if known:
                    continue
                off = 1 if glued else 0
                s = toks[a].start + off
                why = (f"one of two foreign names after «{t.text}»" if foreign
                       else f"in a list of companies after «{t.text}» with a known one" if any(kn for _, _, kn, _ in items)
                       else f"in a list of companies after «{t.text}», one with its field")
                # below the gazetteers and the organisation heads: a list is weaker evidence than a name; a
                # name with its field is a company's above a place's («الخليج للتدريب»)
                out.append(Candidate(s, toks[b - 1].end, "ORG", "pattern", why,
                                     PRIORITY["gazetteer"] + 1 if b > a + 1 and toks[b - 1].key.startswith("لل")
                                     else PRIORITY["gazetteer"] - 3))
        i = max(j, i + 1)
    return out




EXAMPLE_MARKERS = _words("example_markers")


def example_list_candidates(text: str, toks: list[Token], res: Resources, org_at: dict[int, int]) -> list[Candidate]:
    """Companies given as examples of a plural of «شركة»: «شركات ألمانية نشيطة في اليونان مثل سيمنز وليدل
    وإليانتس وهوشتيف», «شركات صينية، مثل شاومي وهواوي» (``example_markers`` opens them). Two names at
    least, one after another with و or a comma, each a word no list reads otherwise: no common word, no
    definite one, no place («شركات من بلدان مثل أميركا وإيطاليا»), no word of a cluster that holds few
    names («وغيرها», «والمنتجات»). A known organisation in the list (``org_at``: token → its end token) counts as one.

    >>> t = "باستهداف شركات ألمانية نشيطة في اليونان مثل سيمنز وليدل وإليانتس. وشركات من بلدان مثل أميركا وإيطاليا"
    >>> [text_of(t, c) for c in example_list_candidates(t, tokens_of(t), resources(), {})]
    ['سيمنز', 'ليدل', 'إليانتس']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if not _is_word(t) or _hamza(strip_article(t.key)) not in COMPANY_LIST_HEADS:
            continue
        marker = None
        for k in range(i + 1, min(n, i + 8)):  # the head's adjectives and complements, then the marker
            u = toks[k]
            if u.text in ARABIC_COMMAS:
                continue
            if not _is_word(u) or (u.key not in STOP and (_verbish(u, res) or _verb_like(u, res))):
                break  # the sentence, or a clause of its own, goes on: the examples are not the head's
            if u.key in EXAMPLE_MARKERS:
                marker = k
                break
        if marker is None:
            continue
        items: list[tuple[int, int, int, bool]] = []  # (first token, end token, letters of و, known)
        j = marker + 1
        while j < n:
            k, off = j, 0
            if items:
                comma = toks[k].text in ARABIC_COMMAS
                if comma:
                    k += 1
                if k < n and _is_word(toks[k]) and toks[k].key == "و":
                    k += 1
                elif k < n and _is_word(toks[k]) and toks[k].text[:1] == "و" and len(toks[k].kreadings) > 1:
                    off = 1
                elif not comma:
                    break
            if k >= n or not _is_word(toks[k]):
                break
            if k in org_at:
                items.append((k, org_at[k], off, True))
                j = org_at[k]
                continue
            u = toks[k]
            stem = next((st for o, st in u.kreadings if o == 1), None) if off else u.key
            bare = fold(u.text[off:])
            if stem is None or len(stem) < 3 or (stem.startswith("ال") and u.text[off:off + 1] not in "أإآ") or res.common(stem) \
                    or _not_company_word(u, stem, res) or _name_free(bare) \
                    or _known_place(u.text[off:]) or nisba_of(u.text[off:]) is not None \
                    or any(ch.isdigit() for ch in u.text):
                break
            end = k + 1
            while end < n and end - k < 3 and _unwritten_word(toks[end], res) and toks[end].text[:1] != "و":
                end += 1  # «سوفت بانك»: a foreign name of two or three words
            items.append((k, end, off, False))
            j = end
        if len(items) < 2:
            continue
        for a, b, off, known in items:
            if not known:
                out.append(Candidate(toks[a].start + off, toks[b - 1].end, "ORG", "pattern",
                                     f"one of the examples «{toks[marker].text}» gives of «{t.text}»",
                                     PRIORITY["gazetteer"] - 3))
    return out


COMPANY_FIELDS = _words("company_fields")


def fielded_name_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A name no list knows and a company's field right after it, «لل» + the field (``company_fields``):
    «المحلل في كايوان للأوراق المالية», «وأعلنت نسما للطيران». Not after a common word or its dual («فرص
    للاستثمار»: chances to invest; «رصيفين للإسمنت»: two docks), a word of the news corpus whose cluster
    holds few names («ومصادر للطاقة»), an office in the accusative («تعيينه وزيرا للتجارة»), a given name, a
    place or a verb, nor in an event's name
    («أسبوع جيتكس للتقنية»). Below the head rules: «شركة كوكوا موترز للسيارات» stays whole.

    >>> t = "وقال المحلل في كايوان للأوراق المالية إن فرص للاستثمار كثيرة، وأعلنت نسما للطيران رحلات"
    >>> [text_of(t, c) for c in fielded_name_candidates(t, tokens_of(t), resources())]
    ['كايوان للأوراق المالية', 'نسما للطيران']
    """
    out: list[Candidate] = []
    n = len(toks)
    for k in range(n - 1):
        f = toks[k + 1]
        if not (_is_word(f) and f.key.startswith("لل") and _hamza(f.key[2:]) in COMPANY_FIELDS and f.start - toks[k].end <= 1):
            continue
        if k > 0 and toks[k].key in NAMING_ADJECTIVES and toks[k].start - toks[k - 1].end <= 1 \
                and toks[k - 1].kreadings[0][0] == 0 and _large_place(toks[k - 1].text) \
                and not (k > 1 and _is_word(toks[k - 2]) and _head_reading(toks[k - 2], ORG_HEADS_ANY) is not None):
            # «قطر الوطني للخدمات المالية», «الخليج الدولية للخدمات»: a place, an adjective that names a body and a
            # company's field are one company (a head before them is the head rule's: «بنك قطر الوطني …»)
            end = k + 2
            if end < n and _is_word(toks[end]) and toks[end].key.startswith("ال") and toks[end].key.endswith(("ي", "يه")) \
                    and toks[end].key not in DESCRIPTIVE and toks[end].key not in STOP and nisba_of(toks[end].text) is None:
                end += 1
            out.append(Candidate(toks[k - 1].start, toks[end - 1].end, "ORG", "pattern",
                                 f"a place, an adjective and a company's field «{text[toks[k].start:toks[end - 1].end]}»",
                                 PRIORITY["gazetteer"] + 1))
            continue
        w = toks[k]
        off = 1 if w.text[:1] == "و" and any(o == 1 for o, _ in w.kreadings) and _large_place(w.text[1:]) else 0
        prev = toks[k - 1] if k > 0 else None
        # only as an item of a list (its و, a comma before it) or a quoted name, or after a company's noun: after any
        # other word the place is that word's complement and the field what it is for («إلى أوروبا للسياحة», «دعم
        # اليابان للطاقة», «وتحتاج الصين للطاقة»), or the end of a longer name («الشركة العربية السعودية للاستثمارات»)
        item = off == 1 or prev is None or prev.kind == "punct" or (
            _is_word(prev) and (_hamza(strip_article(prev.key)) in COMPANY_LIST_HEADS or _hamza(prev.key) in SHARE_WORDS
                                or _hamza(strip_article(prev.key)) in _COMPANY_NAME_HEADS))
        after = toks[k + 2] if k + 2 < len(toks) else None
        # («لشركة السعودية للخدمات الأرضية»: after an indefinite company noun the field's adjective is the name's too)
        company_before = prev is not None and _is_word(prev) and not _definite(prev) and any(
            _hamza(st) in _COMPANY_NAME_HEADS for _, st in prev.kreadings)
        if company_before and _is_word(w) and off == 0 and len(w.kreadings) == 1 and _large_place(w.text) \
                and after is not None and _is_word(after) and after.key.startswith("ال") and after.key.endswith(("ي", "يه")) \
                and nisba_of(after.text) is None and after.key not in STOP and after.key not in DESCRIPTIVE \
                and after.start - f.end <= 1:
            out.append(Candidate(w.start, after.end, "ORG", "pattern",
                                 f"a place, a company's field and its adjective «{text[f.start:after.end]}»",
                                 PRIORITY["gazetteer"] + 1))
            continue
        if _is_word(w) and item and (off or len(w.kreadings) == 1) and _large_place(w.text[off:]) \
                and not (after is not None and _is_word(after) and after.key.startswith("ال") and nisba_of(after.text) is None
                         and after.key not in STOP):
            # «الشركة "السعودية للاسماك"», «وفلاي دبي والنيل للطيران»: a place and a company's field right after it
            # are the company (not with a definite adjective after the field: «هاواي للتجارة الحرة»)
            out.append(Candidate(w.start + off, f.end, "ORG", "pattern", f"a place and a company's field «{f.text}»",
                                 PRIORITY["gazetteer"] + 1))
            continue
        stem1 = next((st for o, st in w.kreadings if o == 1), None) if w.text[:1] == "و" else None
        # (not when the whole word is a common one: «ورشة للصناعات» is a workshop, no و and «رشة»)
        off = 1 if stem1 is not None and not res.common(w.key) and (_corpus_key(stem1) or not _corpus_key(w.key)) else 0
        stem = stem1 if off else w.key
        if not _is_word(w) or stem is None or stem in STOP or len(stem) < 3 or stem.startswith("ال") or res.common(stem) \
                or (_corpus_key(stem) and _cluster_share(stem, 0) < 0.3) or _possessed_word(w, res) \
                or (stem.endswith("ا") and (res.common(stem[:-1]) or stem[:-1] in ROLE_HEADS)) \
                or (stem.endswith(("ين", "ان")) and _corpus_word("ال" + stem[:-2])) \
                or (k > 0 and _head_reading(toks[k - 1], EVENT_HEADS) is not None) \
                or res.first_name(stem) or res.person_word(stem) or _corpus_word("ال" + stem) or _verbish(w, res) \
                or _verb_like(w, res) or _large_place(w.text[off:]) or _head_reading(w, ORG_HEADS_ANY) is not None \
                or nisba_of(w.text[off:]) is not None or any(ch.isdigit() for ch in w.text):
            continue
        end = k + 2
        if end < n and _is_word(toks[end]) and toks[end].key.startswith("ال") and toks[end].key.endswith(("ي", "يه")) \
                and toks[end].key not in DESCRIPTIVE and toks[end].key not in STOP and nisba_of(toks[end].text) is None:
            end += 1  # «للأوراق المالية», «للملاحة البحرية»: the field's adjective (not «التي»)
        if end < n and _is_word(toks[end]) and toks[end].key.startswith("وال") and _hamza(toks[end].key[3:]) in COMPANY_FIELDS \
                and toks[end].start - toks[end - 1].end <= 1:
            end += 1  # «للإسكان والتعمير», «للتجارة والمقاولات»: a second field
        out.append(Candidate(w.start + off, toks[end - 1].end, "ORG", "pattern",
                             f"a name and a company's field «{text[f.start:toks[end - 1].end]}»", PRIORITY["gazetteer"] - 3))
    return out


def _company_name_end(toks: Sequence[Token], k: int, stem: str) -> int:
    """The end token of a company's name of one word at ``k`` (``stem``: that word without its و): with
    the company's field after it («ملاذ للتأمين», «الخليج للملاحة») or its kind («أرابتك القابضة»,
    «إعمار العقارية»), or a definite noun and its adjective («الخدمات الأرضية»)."""
    n = len(toks)

    def adjective(j: int) -> bool:
        return j < n and _is_word(toks[j]) and toks[j].key.startswith("ال") and toks[j].key.endswith(("ي", "يه")) \
            and toks[j].key not in DESCRIPTIVE

    def field(j: int) -> bool:
        return j < n and _is_word(toks[j]) and toks[j].key.startswith("لل") and len(toks[j].key) >= 5

    def construct_field(j: int) -> bool:
        # «ديالوج لأشباه الموصلات», «سيتانتا لإدارة الأصول»: ل and an indefinite noun with its complement
        return j + 1 < n and _is_word(toks[j]) and toks[j].text[:1] == "ل" and not toks[j].key.startswith("لل") \
            and len(toks[j].key) >= 5 and _corpus_word(toks[j].key[1:]) and _is_word(toks[j + 1]) \
            and toks[j + 1].key.startswith("ال") and toks[j + 1].start - toks[j].end <= 1

    end = k + 1
    if end < n and _is_word(toks[end]) and _hamza(toks[end].key) in COMPANY_SUFFIXES:
        return end + 1
    if adjective(end) and (stem.startswith("ال") or field(end + 1)):
        end += 1  # «الخدمات الأرضية», «السعودية العالمية …», «أبوظبي الوطنية للطاقة» (a field after it)
    if field(end):
        end += 1  # «ملاذ للتأمين», «… للبتروكيماويات»
        if adjective(end):
            end += 1  # «العالمية للصناعات الكيماوية»: the field and its adjective
    elif construct_field(end):
        end += 2
    return end


def _not_company_word(u: Token, stem: str, res: Resources, fielded: bool = False) -> bool:
    """A word that opens no company's name in a list: a stop word, a verb, a given name, an
    organisation's or a place's head (other rules read those names); a place's kind word may, with
    the company's field after it (``fielded``: «الخليج للملاحة»)."""
    return (not _is_word(u) or stem in STOP or _verbish(u, res) or res.first_name(stem)
            or (stem[:1] in "يتن" and _known_imperfect(stem) and not _tafil(stem))  # («تكوين»: a verbal noun, a name)
            or _head_reading(u, ORG_HEADS_ANY) is not None
            or _hamza(strip_article(stem)) in COMPANY_LIST_HEADS  # «وشركات تكنولوجيا أخرى»: the kind, no name
            or (not fielded and _hamza(strip_article(stem)) in PLACE_KIND_WORDS))


def _percent_after(toks: Sequence[Token], j: int) -> int | None:
    """The token after a share «بنسبة 5.54%», «2.38 %», «1.3 في المئة», «3.9 بالمئة» that starts at ``j``, if one does.

    >>> t = tokens_of("ارتفع 2.38 % ثم 1.3 في المئة ثم 3.9 بالمئة ثم 5 بالدولار")
    >>> [_percent_after(t, k) for k, x in enumerate(t) if x.kind == "number"]
    [3, 7, 10, None]
    """
    n = len(toks)
    if j < n and _is_word(toks[j]) and toks[j].key in PERCENT_WORDS:
        j += 1
    if j >= n or toks[j].kind != "number":
        return None
    j += 1
    if j < n and toks[j].text in ("%", "٪"):
        return j + 1
    if j + 1 < n and toks[j].key in STOP and toks[j + 1].key in PERCENT_WORDS:
        return j + 2  # «في المائة»
    if j < n and _is_word(toks[j]) and toks[j].text[:1] == "ب" and any(o == 1 and st in PERCENT_WORDS for o, st in toks[j].kreadings):
        return j + 1  # «3.9 بالمئة», as Reuters' Arabic service writes it
    return None


def _after_percent(toks: Sequence[Token], k: int) -> bool:
    """Does token ``k`` follow a percentage («2.49%», «2.49 في المائة»)?"""
    return k > 0 and (toks[k - 1].text in ("%", "٪") or toks[k - 1].key in PERCENT_WORDS)


COMPANY_KINDS = frozenset({"company", "media", "bank"})  # the kinds of organisation a list of firms names side by side


def _firm_word(t: Token, off: int, res: Resources) -> bool:
    """Could the stem at ``off`` of ``t`` be a foreign firm's one-word name: no word the news corpus writes
    with ال («الشركة», «البنك»), nor one of a word cluster the names hardly share (verbs: «نلاحظ»), no given
    name, place, verb, nisba, stop word, number or known organisation?

    >>> [_firm_word(t, 0, resources()) for t in tokens_of("فيزا سبرينت البنك شركة تيم الرياض نلاحظ للتأمين")]
    [True, True, False, False, False, False, False, False]
    >>> [_firm_word(t, 1, resources()) for t in tokens_of("وفيزا واحدة وودلون")]
    [True, False, False]
    """
    stem = next((st for o, st in t.kreadings if o == off), None)
    # a reading with the article («للتأمين»: ل + «التأمين»), or a و that the word may own («وودلون», «واحدة»)
    if stem is None or not _is_word(t) or len(stem) < 3 or stem in STOP \
            or any(st.startswith("ال") for _, st in t.kreadings) or (off and (stem[:1] == "و" or _cluster_share(t.key, 0) < 0.2)) \
            or any(ch.isdigit() for ch in t.text) or _corpus_word("ال" + stem) or res.common(stem) \
            or res.first_name(stem) or res.person_word(stem) or (stem,) in res.org_index \
            or _cluster_share(stem, 0) < 0.2:  # («واستخدم», «ونلاحظ»: a word of a cluster of verbs)
        return False
    word = t.text[off:]
    return nisba_of(word) is None and not _known_place(word) and not _verbish(t, res)


_COMPANY_NAME_HEADS = frozenset(_hamza(key(w)) for w in _words("company_name_heads"))


def _bare_company_names(res: Resources) -> frozenset[str]:
    """The own words of the companies the organisation gazetteer knows by a head and one word: «معادن» of «شركة
    معادن», «الراجحي» of «مصرف الراجحي», «زين» of «شركة زين» (keys, hamza seats merged)."""
    got = _BARE_COMPANIES.get(id(res.orgs))
    if got is None:
        got = _BARE_COMPANIES[id(res.orgs)] = frozenset(
            _hamza(words[1]) for o in res.orgs.values() if o.kind in COMPANY_KINDS for a in o.aliases
            for words in [key(a).split()] if len(words) == 2 and _hamza(words[0]) in _COMPANY_NAME_HEADS
            and words[1] not in STOP and len(words[1]) >= 3 and not _known_place(a.split()[1]))
        # (not a central bank's country or town, «بنك اليابان», «بنك الرياض»: a place in a list is a place)
    return got


_BARE_COMPANIES: dict[int, frozenset[str]] = {}


def company_pair_candidates(text: str, toks: list[Token], res: Resources, org_at: dict[int, int],
                            kind_at: dict[int, str]) -> list[Candidate]:
    """A foreign firm's one-word name the lists do not know, joined by «و» or «أو» to a firm they know, as
    ORG: «فيزا وكوكاكولا», «سبرينت أو فيرايزون», and the next item of the list after it. ``org_at``: token →
    end token of each known organisation; ``kind_at``: its first character → its kind (only a company, a bank
    or a medium vouches for its neighbour). A word the corpus writes with ال, a given name (the doctest's
    «تيم») or a verb is no such name, unless the lists know a company by it and a head (see ``listed`` below).

    >>> t = "فيزا وكوكاكولا، سبرينت أو فيرايزون، وديور. وأبل وتيم كوك."
    >>> ts = tokens_of(t)
    >>> known = {i: i + 1 for i, x in enumerate(ts) if x.text in ("وكوكاكولا", "فيرايزون", "وأبل")}
    >>> kinds = {ts[i].start + (1 if ts[i].text[0] == "و" else 0): "company" for i in known}
    >>> [text_of(t, c) for c in company_pair_candidates(t, ts, resources(), known, kinds)]
    ['فيزا', 'سبرينت', 'ديور']
    """
    out: list[Candidate] = []
    n = len(toks)

    def after_nisba(j: int) -> int:  # «جالاباجوس البلجيكية»: the firm's country adjective is not its name
        return j + 1 if j < n and nisba_of(toks[j].text) is not None else j

    def closed(j: int) -> bool:  # the name ends before token j: punctuation, a stop word, the end, the next item's و
        return j >= n or toks[j].kind == "punct" or toks[j].key in STOP or toks[j].text[:1] == "و"

    def opened(j: int) -> bool:  # the name starts after token j: punctuation, a stop word or the start
        return j < 0 or toks[j].kind == "punct" or toks[j].key in STOP

    def listed(j: int, off: int) -> bool:
        # «سابك ومعادن والراجحي تخلت»: the own word of a company the lists know with its head («شركة معادن»,
        # «مصرف الراجحي»), though a common word, before the next item, a verb or the end
        stem = next((st for o, st in toks[j].kreadings if o == off), None)
        if stem is None or _hamza(stem) not in _bare_company_names(res):
            return False
        if res.common(stem) or (_corpus_word(stem) and _cluster_share(stem, 1) < 0.3):
            # a word that is mostly an ordinary one («مصدر», «فوري») only when the list goes on after it
            return j + 1 < n and (toks[j + 1].text[:1] == "و" or toks[j + 1].text in ARABIC_COMMAS)
        return closed(j + 1) or _verbish(toks[j + 1], res) or _feminine_past(toks[j + 1], res)

    # (not a firm named like a man, «علي بابا وسندباد»: the tale's hero more often than the firm)
    firms = [(k, e, text[toks[k].start:toks[e - 1].end]) for k, e in org_at.items()
             if any(kind_at.get(ch) in COMPANY_KINDS for ch in range(toks[k].start, toks[k].end))
             and not any(res.first_name(st) for _, st in toks[k].kreadings)]
    seen = {k for k, _, _ in firms}
    while firms:
        k, e, known = firms.pop()
        found = []
        # after the known firm (and its country's adjective): «وفيزا», «أو فيزا», «، وفيزا»
        j = after_nisba(e)
        j += 1 if j < n and toks[j].text in ARABIC_COMMAS else 0
        if j + 1 < n and toks[j].key == "او" and _firm_word(toks[j + 1], 0, res) and closed(after_nisba(j + 2)):
            found.append((j + 1, 0))
        elif j < n and toks[j].text[:1] == "و" and (_firm_word(toks[j], 1, res) and closed(after_nisba(j + 1))
                                                     or listed(j, 1)):
            found.append((j, 1))
        # before it: «فيزا وكوكاكولا», «سبرينت أو فيرايزون»
        glued = toks[k].text[:1] == "و" and any(o == 1 for o, _ in toks[k].kreadings)
        i = k - 1 if glued else (k - 2 if k >= 2 and toks[k - 1].key == "او" else -1)
        if i >= 0 and (_firm_word(toks[i], 0, res) or _hamza(toks[i].key) in _bare_company_names(res)) and opened(i - 1):
            found.append((i, 0))
        for i, off in found:
            if i not in seen:  # a firm found vouches for the next item of the list: «وشانيل، وديور، وكيليان»
                seen.add(i)
                out.append(Candidate(toks[i].start + off, toks[i].end, "ORG", "pattern", f"a firm's name beside «{known}»",
                                     PRIORITY["alias"]))
                firms.append((i, i + 1, text[toks[i].start + off:toks[i].end]))
    return sorted(out, key=lambda c: c.start)


def ranking_list_candidates(text: str, toks: list[Token], res: Resources, org_at: dict[int, int],
                            spans_at: dict[int, int]) -> list[Candidate]:
    """Companies ranked by their shares in a market report. In a run of names each followed by a
    percentage and joined by و, a comma or a word of data/lexicon/ranking_joins.txt, with one known
    company in it, the other names are companies too; so are three names or more after a word for
    companies or shares, none a known place (countries ranked so), none a common word («يوليو الماضي
    بنسبة 4%»). ``org_at``: token → end token of each known organisation of the segment; ``spans_at``:
    the same for every known name.

    >>> t = "تصدر سابك بنسبة 13.11% تلاه ملاذ للتأمين بنسبة 7.09% ومعادن 2.38%."
    >>> [text_of(t, c) for c in ranking_list_candidates(t, tokens_of(t), resources(), {1: 2}, {1: 2})]
    ['ملاذ للتأمين', 'معادن']
    >>> [text_of(t, c) for c in ranking_list_candidates(t, tokens_of(t), resources(), {}, {})]
    []
    """
    out: list[Candidate] = []
    n = len(toks)
    # most sentences give no share at all: only a name a few words before one can open a run
    shares = [j for j in range(n) if toks[j].kind == "number" and _percent_after(toks, j) is not None]
    if len(shares) < 2:
        return out
    near = {k for j in shares for k in range(max(0, j - 5), j)}
    i = 0
    while i < n:
        if i not in near:
            i += 1
            continue
        items: list[tuple[int, int, bool]] = []  # (first token, end token, known), the first without its و
        j = i
        while j < n:
            k = j
            if items:
                if toks[k].text in ARABIC_COMMAS:
                    k += 1
                if k < n and _is_word(toks[k]) and (toks[k].key in RANKING_JOINS or toks[k].key == "و"):
                    k += 1
                elif not (k < n and _is_word(toks[k]) and toks[k].text[:1] == "و" and len(toks[k].kreadings) > 1):
                    break  # the run goes on only after a join
            if k >= n:
                break
            u = toks[k]
            if not items and k > 0 and _definite(u) and _is_word(toks[k - 1]) and _definite(toks[k - 1]):
                break  # «الاتصالات المتكاملة بنسبة 0.69%»: a definite word after another is its adjective
            if not items and k > 0 and k not in org_at and _is_word(toks[k - 1]) and toks[k - 1].key in PREPOSITIONS:
                break  # «الأكثر تراجعا في الشهر الماضي بنسبة 12.95%»: a preposition governs a time or a place, no company
            if k in org_at:
                end, known = org_at[k], True
            elif k in spans_at:
                break  # a place: «السعودية بنسبة 5% والإمارات بنسبة 3%»
            else:
                # (a run may open on و after another share: «… بنسبة 0.69 في المائة وإعمار بنسبة 1.01%»)
                joined = u.text[:1] == "و" and len(u.kreadings) > 1 and (bool(items) or _after_percent(toks, k))
                stem = u.kreadings[1][1] if joined else u.key
                end, known = _company_name_end(toks, k, stem), False
                if _not_company_word(u, stem, res, end > k + 1) or (end == k + 1 and (
                        res.common(stem) or stem in DESCRIPTIVE or _ordinal(strip_article(stem))
                        # («"بي.تي.تي.إي.بي" التايلاندية 35 في المائة»: a country's adjective describes the name before it)
                        or nisba_of(u.text[1:] if joined else u.text) is not None)):
                    break
            after = _percent_after(toks, end)
            if after is None:
                break
            items.append((k, end, known))
            j = after
        # without a known one, the report must speak of companies or shares before the run («قائمة
        # الشركات», «أسهم»): a ranking of goods («المنتجات المعدنية بنسبة 3.5 في المائة») names none
        cue = len(items) >= 3 and any(
            not (COMPANY_LIST_HEADS | SHARE_WORDS | SHARE_SINGULAR).isdisjoint(_hamza(strip_article(st)) for _, st in x.kreadings)
            for x in toks[max(0, items[0][0] - 40):items[0][0]] if _is_word(x)) if items else False
        with_known = len(items) >= 2 and any(known for *_, known in items)
        if with_known or cue:
            why = "with a known one" if with_known else "after a word for companies or shares"
            for a, b, known in items:
                if not known:
                    off = 1 if toks[a].text[:1] == "و" and len(toks[a].kreadings) > 1 and (
                        a != items[0][0] or _after_percent(toks, a)) else 0
                    # a field or a kind after the name makes it a company above a place («البحر الأحمر 11.20%» stays one)
                    out.append(Candidate(toks[a].start + off, toks[b - 1].end, "ORG", "pattern",
                                         f"in a run of companies ranked by their shares, {why}",
                                         PRIORITY["gazetteer"] + 1 if b > a + 1 else PRIORITY["gazetteer"] - 3))
            i = max(j, i + 1)
        else:
            i += 1
    return out


def _foreign_name_pair(u: Token, v: Token, res: Resources) -> bool:
    """Are ``u`` and ``v`` a foreign name of two words: two words of clusters where names gather, no article, no
    common word, the second one the news corpus never writes alone («كريدي أجريكول»)?"""
    return all(_is_word(x) and not x.key.startswith("ال") and x.key not in STOP and not res.common(x.key)
               and not _verbish(x, res) for x in (u, v)) \
        and _cluster_share(u.key, 0) >= 0.5 and _foreign_word(v) and v.start - u.end <= 1


def share_candidates(text: str, toks: list[Token], res: Resources, org_at: dict[int, int]) -> list[Candidate]:
    """The company after «سهم» (its share) in a market report, with a figure later in the sentence:
    «وارتفع سهم المراعي 1.6%», «وصعد سهم الخليج للملاحة 2.9%». The name is no common word, or it carries
    the company's field or kind («للملاحة», «القابضة»); «سهم الشركة» names no company. ``org_at``:
    token → end token of each known organisation of the segment (those stay as they are).

    >>> t = "وصعد سهم المراعي 1.6 % وسهم الشركة 2 % وسهم برايم القابضة 7 % وسهم الكابلات الكهربائية بالحد الأقصى"
    >>> [text_of(t, c) for c in share_candidates(t, tokens_of(t), resources(), {})]
    ['المراعي', 'برايم القابضة', 'الكابلات الكهربائية']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i, t in enumerate(toks[:-1]):
        # (the singular or the dual: «أسهم» is also a verb, "contributed", and before a plural noun the
        # shares of a kind of companies, «أسهم الشركات الأوروبية»; after a figure «سهم» counts shares:
        # «121 مليون سهم متداول»)
        if _SHARE_NOUNS.isdisjoint(t.keys) or not _is_word(t) \
                or (i > 0 and (toks[i - 1].kind == "number" or strip_article(toks[i - 1].key) in _NUMBER_WORDS)):
            continue
        k = i + 1
        u = toks[k]
        end = _company_name_end(toks, k, u.key)
        if end == k + 1 and end < n and _foreign_name_pair(u, toks[end], res):
            end += 1  # «وتراجع سهم كريدي أجريكول 8 بالمئة»: a foreign name of two words
        # a preposition or و glued to a word, «بنسبة», «وشركة», or a word the corpus writes, «سهما بنكين» (two
        # banks); not a foreign name, «سهم فريسنيلو», nor a name with its kind after it, «برايم القابضة»
        glued = len(u.kreadings) > 1 and end == k + 1 and (_glued_word(fold(u.text[1:])) or _corpus_word(u.key))
        if k in org_at or glued or _not_company_word(u, u.key, res, end > k + 1) or _hamza(u.key) == "شركه":
            continue  # a known name stays; «سهمي شركة …» is the list rule's
        if end == k + 1 and (res.common(u.key) or u.key in DESCRIPTIVE or _ordinal(strip_article(u.key))):
            continue
        # (or the day's limit it reached: «وقفز سهم الكابلات الكهربائية بالحد الأقصى»)
        figure = any(toks[j].key == "بالحد" and toks[j + 1].key in ("الاقصي", "الادني") for j in range(end, min(n - 1, end + 3)))
        for x in toks[end:min(n, end + 12)]:
            if x.text in (".", "!", "?", "؟"):
                break
            figure = figure or x.kind == "number" or x.key in PERCENT_WORDS  # («ثلاثة في المائة»: in words)
        # (or its rank among the shares, when its field or a second word names a company: «وتصدر سهم الخليج للتدريب
        # قائمة الأسهم الأكثر ارتفاعا», «تصدر سهم الصناعات الكهربائية قائمة الأسهم»; or, with its field, a share
        # the sentence's shares are led by: «أسهم الشركات المرتفعة بقيادة سهم المتحدة للتأمين»)
        fielded = any(x.key.startswith("لل") for x in toks[k + 1:end])
        ranked = (fielded or end > k + 1) and any(
            _hamza(strip_article(x.key)) in SHARE_WORDS for x in toks[end:min(n, end + 6)])
        ranked = ranked or (fielded and any(_hamza(strip_article(x.key)) in SHARE_WORDS for x in toks[max(0, i - 12):i]))
        if not figure and not ranked:
            continue  # a market report gives the share's move: a figure in the same sentence
        # A field or a kind after the name makes it a company above a place's name («الخليج للملاحة»)
        priority = PRIORITY["gazetteer"] + 1 if end > k + 1 else PRIORITY["gazetteer"] - 3
        out.append(Candidate(u.start, toks[end - 1].end, "ORG", "pattern", f"a company after «{t.text}»", priority))
    return out


def quoted_share_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A quoted name right before «بنسبة» or «بقيمة» and a figure, in a sentence about shares, is a listed company
    (its share's move, ORG): «وتصدر المرتفعة "العالمية" بنسبة 9.6 في المائة، يليه سهم …», «وحل ثالثا "ساب للتكافل"
    بنسبة 7 في المائة». One to four words, no stop word first.

    >>> t = 'وتصدر المرتفعة "العالمية" بنسبة 9.6 في المائة، يليه سهم "سابك" وحل ثالثا "ساب للتكافل" بنسبة 7 في المائة'
    >>> [text_of(t, c) for c in quoted_share_candidates(t, tokens_of(t), resources())]
    ['العالمية', 'ساب للتكافل']
    """
    out: list[Candidate] = []
    n = len(toks)
    if not toks or not any(q in text[toks[0].start:toks[-1].end] for q in ("بنسبة", "بقيمة", "بنسبه", "بقيمه")) \
            or not any(not _SHARE_NOUNS.isdisjoint(t.keys) or _hamza(t.key) in SHARE_WORDS for t in toks if t.kind == "word"):
        return out  # (most segments: a substring test, then one pass)
    for i in range(n - 3):
        q = _quoted(toks, i, 4) if toks[i].text in QUOTES_OPEN or toks[i].text == '"' else None
        if q is None:
            continue
        # (a share's word in the same sentence: «تصدر المتراجعة "النقل" بنسبة 1.6» ranks the market's sectors)
        first = next((k + 1 for k in range(i - 1, -1, -1) if toks[k].text in (".", "!", "?", "؟")), 0)
        last = next((k for k in range(i, n) if toks[k].text in (".", "!", "?", "؟")), n)
        if not any(x.kind == "word" and (not _SHARE_NOUNS.isdisjoint(x.keys) or _hamza(x.key) in SHARE_WORDS)
                   for x in toks[first:last]):
            continue
        a, b = q
        after = b + 1  # the token after the closing quote
        if after + 1 >= n or toks[after].key not in ("بنسبه", "بقيمه") or not any(
                x.kind == "number" for x in toks[after + 1:after + 3]):
            continue
        if not all(_is_word(x) for x in toks[a:b]) or toks[a].key in STOP:
            continue
        out.append(Candidate(toks[a].start, toks[b - 1].end, "ORG", "pattern",
                             f"a quoted share before «{toks[after].text}» and its figure", PRIORITY["gazetteer"] + 1))
    return out


def settlement_name_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """The name after a settlement's kind word, as LOC, where neither gazetteer nor model knows it:
    «قرية المفتاحة», «مخيم الزعتري», «بلدة مانيربيو». Common words name no place («مدينة الألعاب»: a
    funfair), nor does a description («مدينة صناعية», «مدينة تستضيف الألعاب», «بلده»: his country), nor a
    title and a name («مدينة الملك عبدالله»: the facility rule reads it).

    >>> t = "وتجول الزوار في قرية المفتاحة ثم في مدينة الألعاب ومدينة صناعية"
    >>> [text_of(t, c) for c in settlement_name_candidates(t, tokens_of(t), resources(), {})]
    ['المفتاحة']
    """
    out = []
    n = len(toks)
    for i in range(n - 1):
        t, u = toks[i], toks[i + 1]
        if SETTLEMENT_NAMERS.isdisjoint(t.keys) or not _is_word(t) or t.text.endswith("ه") or (i + 1) in spans_at:
            continue  # «بلده»: بلد and his, not «بلدة»
        if not COUNTRY_NAMERS.isdisjoint(t.keys) and u.text.endswith("ة"):
            continue  # «أمن دولة المحررة»: a feminine word after a state's kind word describes it
        # «مدينة ذهب المصرية» (Dahab): the country's adjective in the feminine agrees with the town, so its
        # name is one though it is also a word («ذهب»: gold, went)
        town = i + 2 < n and _feminine_country_adjective(toks[i + 2]) and not u.key.startswith("ال")
        if not _is_word(u) or u.key in STOP or (not town and (res.common(u.key) or res.common(strip_article(u.key))
                                                              or _verbish(u, res) or res.first_name(u.key))) \
                or nisba_of(u.text) is not None or u.key in DESCRIPTIVE \
                or strip_article(u.key) in HONORIFICS or strip_article(u.key) in ROLE_HEADS:
            continue
        if not u.key.startswith("ال") and (
                u.text.endswith(("ة", "ً", "ٍ", "ٌ")) or len(u.kreadings) > 1 or (_known_imperfect(u.key) and not town)):
            continue  # «مدينة صناعية», «مدينة مواصلاتٍ», «مدينة للفنون», «مدينة تستضيف»: it describes the town
        if u.key.startswith("ال") and any(_hamza(st) == "مدينه" for _, st in t.kreadings):
            continue  # «سوق مدينة التمور», «مدينة الألعاب»: the gazetteer holds the cities; «مدينة ال…» it lacks is a venue
        if not NEIGHBOURHOOD_NAMERS.isdisjoint(t.keys) and (
                any(ch in t.text for ch in "ًٌٍّ") or (i > 0 and toks[i - 1].key in ("من", "يا"))
                or (not u.key.startswith("ال") and (_corpus_word(u.folded) or _nisba_adjective(u.folded)))
                or (i + 2 < n and _is_word(toks[i + 2]) and _definite(toks[i + 2])
                    and _nisba_adjective(toks[i + 2].key[2:]))):
            # «كل حيٍّ» (every living one), «من وحي الغربة» (inspired by), «يا حي», «حي استيطاني» (an adjective),
            # «وحي القومية العربية»: no neighbourhood's name
            continue
        j = i + 2
        if u.key in CONNECTORS and j < n and _is_word(toks[j]):
            j += 1  # «حي آل بريد»: a family's name, its next word with it
        while j < n and j - i <= 3 and _is_word(toks[j]) and not _corpus_word(toks[j].folded) \
                and len(toks[j].kreadings) == 1 and toks[j].key not in STOP and not _known_imperfect(toks[j].key):
            j += 1  # «بلدة رانكو سانت مارجاريتا»: foreign words the corpus does not know go on
        out.append(Candidate(u.start, toks[j - 1].end, "LOC", "pattern",
                             f"a name after the kind word «{t.text}»", PRIORITY["gazetteer"] - 3))
    return out


def _model_number(toks: Sequence[Token], k: int) -> bool:
    """Is the number at ``k`` a model's right after its maker («نوكيا 3310», «بوينغ 737»): three or four
    digits, no year («أرامكو 2015»), no amount («سابك 500 مليون»), no count of the noun after it («تويتر 606
    متابعا»: an indefinite noun in the accusative)?

    >>> ts = tokens_of("نوكيا 3310 وأرامكو 2015 وسابك 500 مليون وتويتر 606 متابعا")
    >>> [_model_number(ts, k) for k in (1, 3, 5, 8)]
    [True, False, False, False]
    """
    w = toks[k].text
    if not (w.isdigit() and 3 <= len(w) <= 4) or (len(w) == 4 and 1900 <= int(w) <= 2099):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not (_is_word(nxt) and (
        strip_article(nxt.key) in _NUMBER_WORDS or nxt.key in _CURRENCY_KEYS
        or (nxt.text.endswith(("ا", "اً", "ًا")) and not nxt.key.startswith("ال") and nxt.key not in STOP
            and len(nxt.key) >= 4 and not _known_place(nxt.text))))


_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")  # the capitalised parts of a joined Latin name: BrightRoll → Bright, Roll


def quoted_latin_pair_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A quoted Arabic name right before its Latin spelling of as many words (capitalised, no common English word)
    is a name, MISC, as the Latin one is: «“أولا” Ola هو قفل ذكي»; its later quoted mentions are the same (aliases).
    One to three Arabic words, letters only, no stop word, no word with ال nor one the corpus writes with ال among
    common words (a term and its English: «“الذكاء الاصطناعي” Artificial Intelligence», ««هاتف» Phone»; «البرايت» is
    a name's), no known place. The Latin may join the words in one, a capital for each («“برايت رول” BrightRoll»).

    >>> t = "«أولا» Ola هو قفل ذكي، و«الذكاء الاصطناعي» Artificial Intelligence"
    >>> [text_of(t, c) for c in quoted_latin_pair_candidates(t, tokens_of(t), resources())]
    ['أولا']
    """
    out: list[Candidate] = []
    n = len(toks)
    if not toks or not re.search("[A-Z]", text[toks[0].start:toks[-1].end]):
        return out  # (most segments: no capital Latin letter at all)
    for i in range(n - 2):
        q = _quoted(toks, i, 3) if toks[i].text in QUOTES_OPEN or toks[i].text == '"' else None
        if q is None:
            continue
        a, b = q
        if b + 1 >= n or not all(_is_word(x) and has_arabic(x.text) and x.key not in STOP and not _definite(x)
                                 for x in toks[a:b]) \
                or any(_corpus_word("ال" + x.folded) and _cluster_share("ال" + x.key, 1) < 0.5 for x in toks[a:b]) \
                or _known_place(text[toks[a].start:toks[b - 1].end]) or toks[b + 1].start - toks[b].end > 2:
            continue
        m = b - a
        if m == 1 and len(toks[a].key) < 2:
            continue  # «المجموعة «ب» B»: a letter, no name
        # (««جامب» (Jump)، وهو جهاز»: the Latin spelling may stand in brackets, closed right after it)
        p = b + 1 + (toks[b + 1].text == "(" and b + 2 < n)
        # («“برايت رول” BrightRoll»: the Latin spelling may join the words in one, a capital for each)
        joined = m > 1 and toks[p].kind == "word" and toks[p].text.isalpha() \
            and len(_CAMEL_PARTS.findall(toks[p].text)) == m
        latin = toks[p:p + 1] if joined else toks[p:p + m]
        after = toks[p + len(latin)] if p + len(latin) < n else None
        if p > b + 1 and (after is None or after.text != ")"):
            continue
        if (len(latin) < m and not joined) or not all(x.kind == "word" and _LATIN_WORD.match(x.text) and x.text[:1].isupper()
                                     and x.text.lower() not in LATIN_NOT_NAMES for x in latin) \
                or (after is not None and _LATIN_WORD.match(after.text) and after.start - latin[-1].end <= 1):
            continue  # as many Latin words, each a capitalised name, and no more
        # Below any list or rule that types the name; above the model only where nothing says what the name is: no
        # given name opens it («“جاك دورسي” Jack Dorsey» is the model's person) and no word before the quote says what
        # it names («مطعم «تشاكس» Chucs»), so that the model's reading of a proclitic no longer cuts it («“برايت رول”»)
        bare = (i == 0 or not _is_word(toks[i - 1])) and not any(res.first_name(st) for _, st in toks[a].kreadings)
        out.append(Candidate(toks[a].start, toks[b - 1].end, "MISC", "pattern",
                             f"quoted name before its Latin spelling «{text[latin[0].start:latin[-1].end]}»",
                             PRIORITY["model"] + 1 if bare else PRIORITY["camel"] - 1))
    return out


def brand_product_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A product named by its maker, its line and a model number (MISC, the maker included, as the dev
    set and ANERcorp draw it): «سوني سمارت واتش 3», «هواوي ميت 8»; the maker alone stays an ORG.

    >>> t = "أعلنت سوني أنها ستطلق ساعتها سوني سمارت واتش 3 قريبا"
    >>> [text_of(t, c) for c in brand_product_candidates(t, tokens_of(t), resources())]
    ['سوني سمارت واتش 3']
    """
    out: list[Candidate] = []
    n = len(toks)
    # A model number ends the name: only a maker a few words before a short number can start one.
    starts = {k for j, t in enumerate(toks) if t.kind == "number" and len(t.text) <= 4 for k in range(max(0, j - 5), j)}
    if not starts:
        return out
    firsts = _first_words(res.org_index)
    i = 0
    while i < n:
        hit = _match_phrase(toks, i, res.org_index, res.org_max) \
            if i in starts and not firsts.isdisjoint(toks[i].keys) else None
        if hit is None or res.orgs[hit[2]].kind != "company":
            i += 1
            continue
        k = hit[0]
        words = 0
        while k < n and words < 3 and _is_word(toks[k]) \
                and not (len(toks[k].kreadings) > 1 and not _corpus_word(toks[k].folded)) \
                and toks[k].key not in STOP and not toks[k].key.startswith(("ال", "لل")) and not res.common(toks[k].key) \
                and not _name_free(toks[k].folded) and toks[k].start - toks[k - 1].end <= 1:
            k += 1  # («أرابتك القابضة للبناء 1.3 في المئة»: a company's field and its share's move, no product)
            words += 1
        # («“ون بلس 2″»: a maker and a short number alone between quotes are a product's name too)
        quoted = i > 0 and toks[i - 1].text in _QUOTE_MARKS and k + 1 < n and toks[k + 1].text in _QUOTE_MARKS
        # («خسائر تشغيل أوبر تجاوزت 100 مليون دولار»: a sum of money or a share after the maker, no product)
        # (not a unit after it: «ساعة سوني سمارت واتش 3 ساعة قادمة» names a watch)
        if k < n and toks[k].kind == "number" and toks[k].start - toks[k - 1].end <= 1 and _percent_after(toks, k) is None \
                and not (k + 1 < n and _is_word(toks[k + 1]) and (strip_article(toks[k + 1].key) in _NUMBER_WORDS
                                                                  or not _CURRENCY_KEYS.isdisjoint(toks[k + 1].keys))) \
                and ((words and len(toks[k].text) <= 3) or (not words and (_model_number(toks, k) or (
                    quoted and toks[k].text.isdigit() and len(toks[k].text) <= 2)))):
            s = toks[i].start + toks[i].stem_offset(hit[1])
            out.append(Candidate(s, toks[k].end, "MISC", "pattern",
                                 f"a product: its maker «{text[s:toks[hit[0] - 1].end]}», its line and model number",
                                 PRIORITY["pattern"]))
            i = k + 1
            continue
        i += 1
    return out


def _head_reading(t: Token, heads: frozenset) -> tuple[int, str] | None:
    """(stem offset, stem) of ``t`` when one of its readings, without ال, is in ``heads``."""
    if not t.arabic:
        return None
    # Asked of every token of every sentence: the keys are hamza-merged already, and ال is cut inline.
    for off, stem in t.kreadings:
        if (stem[2:] if len(stem) > 3 and stem.startswith("ال") else stem) in heads:
            return off, stem
    return None


def _complement(toks: list[Token], j: int, res: Resources, spans_at: dict[int, int], limit: int,
                numbers: bool, themes: bool = False) -> tuple[int, int, bool, bool]:
    """The words that complete a facility or event name from token ``j``.

    Returns (end token, end of the last word worth keeping, whether a name is inside: a known place
    or organisation, a title and a name, a foreign word; whether a country adjective is inside).
    A preposition, a verb, punctuation or an indefinite common word after the name ends it. ``themes``
    (an event's complement) lets و and a definite common noun go on with what the event is about.
    """
    n = len(toks)
    k = j
    keep = j
    named = nisba = False
    titled = j < n and _is_word(toks[j]) and _is_title(toks[j])  # «مطار الملك خالد»: a title and a person's name
    opener = False  # a preposition and a word opened the complement («معرض لحدوث»: "exposed to")
    while k < n and k - j < limit:
        t = toks[k]
        if k > j and (t.key in TIME_WORDS or (k + 1 < n and toks[k + 1].key in TIME_DIRECTIONS)):
            break  # «ملتقى التراث الأسبوع المقبل»: a time after the name says when, it names nothing
        if k > j and any(off and strip_article(st) == "مره" for off, st in t.kreadings):
            break  # «معرض مشكاة التفاعلي للمرة الرابعة»: how many times, no word of the name
        if k > j and not titled and _is_word(t) and t.key.startswith("ال") and _is_title(t) \
                and toks[k - 1].key.startswith(("ال", "لل")) and k + 1 < n and res.first_name(toks[k + 1].key):
            # «ومدير مهرجان أبها للتسوق الأستاذ إبراهيم»: a title after a definite word, the name's end, opens its
            # head's name (not after a noun in construct: «ملعب مدينة الملك عبدالعزيز»)
            break
        if k in spans_at:  # "معرض الكويت", "مطار الملك خالد" (a known place or organisation)
            if k > j and t.text[:1] == "ب" and len(t.kreadings) > 1 and not _place_as_written(t.text):
                # «مطار محمد الخامس بالدار البيضاء», «ملتقى الإعلام العربي بالرياض»: بـ + a place is where it is,
                # and a name held somewhere is a name («مؤتمر صحفي بالرياض» keeps no word to name it); a place
                # whose own name opens with ب («مهرجان تمور بريدة», «معرض بيروت») is no بـ + a place
                named = named or keep > j
                break
            k = keep = spans_at[k]
            named = True
            if k < n and toks[k].kind == "word" and toks[k].text[:1] == "و" and len(toks[k].kreadings) > 1 \
                    and not _own_waw(toks[k]):
                break  # «… الحضاري للمملكة والاحتفال باليوم»: و after the place opens the next phrase
            if k + 1 < n and _is_word(toks[k]) and k not in spans_at and (k + 1) in spans_at and len(toks[k].kreadings) == 1 \
                    and not toks[k].key.startswith("ال") and toks[k + 1].kreadings[0][0] == 0:
                # «مهرجان فينسيا استرضاء هوليوود»: an indefinite word between two known names is the clause's, a verbal
                # noun and its object
                break
            continue
        if numbers and t.kind == "number" and k > j - 1 and len(t.text) == 4 and _year_like(toks, k):  # "مونديال 2014"
            k = keep = k + 1
            named = True
            continue
        if not _is_word(t) or t.key in STOP or _verbish(t, res):
            break
        if k > j and len(t.text) == 4 and t.text[0] == "أ" and "ا" not in t.text[1:] and t.kreadings[0][0] == 0 \
                and toks[k - 1].key.startswith("ال") and not _is_title(toks[k - 1]):
            break  # «مطار الجوف أكمل استعداداته»: after a definite word an indefinite أفعل is a verb or a
            # comparative (or a person: «أكمل» is a given name too); an adjective of the name would take ال (a
            # title's name is read whole above: «مطار الملك أحمد»)
        if k > j and t.text[:1] == "ل" and t.key[1:2] in "يت" and any(o == 1 and _verb_like_word(st) for o, st in t.kreadings):
            break  # «على ملعب جوياس ليظل متقدما»: ل and a verb say what came of it, no word of the name
        if len(t.key) >= 5 and t.key.endswith(("ها", "هم", "هما")) and not t.key.startswith("ال"):
            break  # "عدساتها": a noun with its possessive, not a name
        if t.text.endswith("ه") and len(t.key) >= 4 and res.common(t.key[:-1]) and not res.person_word(t.key):
            break  # «قصر سموه»: his highness's palace; a possessive ه (not the ة of «جامعة») names nothing
        if k > j and t.key.startswith("ال") and _naming_head(t.key):
            break  # «استاد الدوحة الملعب الدائم»: a second head opens an apposition, not more of the name
        if (named or k > j) and fold(t.text) in LOCATIVES:
            break  # «مطار دالاس بالقرب من واشنطن», «مسجد رائع بجوار الحرم»: where it is, not its name
        if k > j and t.text[:1] in "بف" and any(o and _hamza(strip_article(st)) in PLACE_KIND_WORDS for o, st in t.kreadings):
            break  # «مسجد العشرة المبشرة بحي العامل»: بـ and a kind of place say where it stands
        if named and t.key in DESCRIPTIVE:
            break  # «ملعب سانتياغو برنابيو الخاص بفريق …», «… الجديد»: it describes the place, it does not name it
        if k > j and t.key in DESCRIPTIVE and (t.key[2:3] == "م" or t.key[3:4] == "ا") and k + 1 < n and _is_word(toks[k + 1]) and (
                toks[k + 1].key in PREPOSITIONS or (len(toks[k + 1].kreadings) > 1 and toks[k + 1].text[:1] in "بل")):
            break  # «ممشى النخيل الواقعة في شارع …»: so does a participle and its preposition after a name of common
            # words (not «شارع المقوات الجديد في الحديدة»: an adjective, maybe of the name)
        if k > j and t.kreadings[0][0] == 0 and t.key[:1] == "و" and not t.key.startswith("وال") and not _own_waw(t):
            break  # (not «مطار دبي ورلد سنترال»: a foreign word with its own و)
        if titled and k > j and t.text[:1] in "وب" and len(t.kreadings) > 1 and t.key not in CONNECTORS:
            break  # «طريق الملك سلمان والملك خالد», «طريق الملك فهد بطريق …», «… والتقاء …»: the next phrase
        if titled and named and t.key.startswith("ال") and not t.key.endswith(("ي", "يه")):
            break  # «حديقة الملك فهد المركزية العرض الأول»: after the person's name, adjectives of the site only
        if k > j and t.text[:1] == "ب" and len(t.kreadings) > 1 and all(
                o != 1 or (not st.startswith("ال") and len(st) >= 3 and _corpus_word("ال" + st) and not _known_place(st))
                for o, st in t.kreadings[1:2]) and t.kreadings[1][0] == 1:
            break  # «رابطة دوري المحترفين بإطلاق مشروع»: بـ and an indefinite noun open what the body does (not «بالتراث»,
            # nor «بنت», no ب + «نت»)
        if k > j and not titled and res.first_name(t.key) and t.kreadings[0][0] == 0 and k + 1 < n \
                and _family_word(toks[k + 1], res):
            break  # «رابطة دوري المحترفين محمد النويصر»: a given name and a family name after the name are a person's
        h = _honorifics(toks, k)
        if h > k:  # "مستشفى الملك خالد", "مدينة الأمير عبدالله بن جلوي"
            e = _name_extent(toks, h, res)
            if e == h:
                if h - k < 2:
                    break
                k = keep = h  # «ملتقى مشروع خادم الحرمين بالعناية …»: a title of two words, no name after it
                continue
            k = keep = e
            named = titled = True
            continue
        if t.key.startswith("ال") or t.key.startswith("لل") or (named and t.key.startswith("بال") and len(t.key) > 5):
            # «ملتقى … خادم الحرمين بالعناية للتراث الحضاري»: a genitive with بـ or لـ after the name goes on
            # (a known place after بـ was taken above: it is the seat)
            if nisba_of(t.text) is not None:
                nisba = True
            k = keep = k + 1
            continue
        if named and k > j and not t.key.startswith("ال") and (res.first_name(t.key) or res.person_word(t.key)):
            break  # «معرض صنعاء الدولي للكتاب عبده عايش», «جائزة نوبل إيلي فايسل»: a person after the name
        # «دوري لإحداث»: right after the head, a preposition and an indefinite common noun ("for causing")
        # names nothing (further on, «المهرجان الدولي لفيلم الهواة» says what the event is for)
        glued = k == j and t.text[:1] in "لب" and any(off and len(st) >= 4 and not st.startswith("ال")
                                           and (res.common(st) or _name_free(st)) for off, st in t.kreadings)
        if k == j and not named and _nisba_adjective(t.folded) and not res.person_word(t.key) and not res.first_name(t.key) \
                and not _known_place(t.text) and not t.text.endswith("ى"):
            # «جسر بري» (a land bridge), «مستشفى ميداني»: an adjective right after the head, no name (a name
            # written with ى is foreign: «مطار بالى»)
            break
        if themes and k > j and not named and t.key.startswith("وال") and any(off and st.startswith("ال") and st not in STOP and _corpus_key(st)
                                                                   for off, st in t.kreadings):
            # «معرض الرسم والتصوير»: و and a definite common noun go on with what the event is about; the
            # و-form is no corpus word, so it must not pass for a foreign name below (a building's name
            # takes no such list: «مسجد قبة الصخرة والأقصى» is two places)
            k = keep = k + 1
            continue
        if not res.common(t.key) and not glued and _namey(t, res, 0, strict=True, person=False) and not opener:
            # «متنزه الأمير فهد بن سلطان»: after a title the person's whole name, up to where the site stands
            # («مسجد الملك خالد بحي الروضة»)
            e = _name_extent(toks, k, res, strict=True) if titled and not named else k + 1
            e = next((q for q in range(k + 1, e) if fold(toks[q].text) in LOCATIVES or (
                toks[q].text[:1] in "بف" and any(o and _hamza(strip_article(st)) in PLACE_KIND_WORDS for o, st in toks[q].kreadings))), e)
            k = keep = max(k + 1, e)
            named = True
            continue
        if named or k == j:
            # A common word may stand before the name ("مهرجان تمور عنيزة"), not after it; after ل or
            # بـ and a word only a known name names it («معرض لحدوث زلازل» is "exposed to earthquakes").
            if named:
                break
            opener = t.text[:1] in "لب" and any(off for off, _ in t.kreadings)
            k += 1
            continue
        break
    return k, keep, named, nisba


def _year_like(toks: list[Token], k: int) -> bool:
    """Is the four-digit number ``toks[k]`` a year that names an event («مونديال 2014»), not a distance
    or a count («سباق 5000 متر»)?"""
    try:
        n = int(toks[k].text)
    except ValueError:
        return False
    return 1800 <= n <= 2100 and not (k + 1 < len(toks) and toks[k + 1].key in _UNIT_WORDS)


TITLED_SITE_HEADS = _words("titled_site_heads")
_LOC_TRIGGERS = frozenset(fold(w) for w in crf.TRIGGERS.get("LOC", ()))  # «جبل»: «منتزه جبل أشيقر» is named


_ROAD = _hamza(key("طريق"))
_PERSON_SITES = frozenset(_hamza(key(w)) for w in ("مسرح", "قاعة", "متحف"))  # (titled_site_heads.txt says why)


_THE_TEAM = key("الفريق")
_GRADE = key("الدرجة")
_LAST = key("الأخيرة")


def facility_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """Buildings and sites named by a head and its complement, as LOC: "مطار الملك خالد الدولي",
    "قصر اليمامة", "استاد الجوهرة المضيئة", and the heads of titled_site_heads.txt with a title and a
    name ("مدينة الأمير عبدالله بن جلوي الرياضية", "حديقة الملك فهد المركزية").

    >>> t = "وصل إلى مطار الملك خالد الدولي ثم إلى قصر اليمامة"
    >>> [text_of(t, c) for c in facility_candidates(t, tokens_of(t), resources(), {})]
    ['مطار الملك خالد الدولي', 'قصر اليمامة']
    """
    out = []
    n = len(toks)
    i = 0
    while i < n - 1:
        t = toks[i]
        hit = _head_reading(t, FACILITY_HEADS | TITLED_SITE_HEADS)
        if hit is None or hit[1].startswith("ال"):
            i += 1
            continue
        off, stem = hit
        if not off and stem == _ROAD and i > 0 and toks[i - 1].key == "عن":
            i += 1  # «عن طريق الأمير خالد»: "by way of", a preposition, no road
            continue
        titled_only = _hamza(strip_article(stem)) in TITLED_SITE_HEADS and _hamza(strip_article(stem)) not in FACILITY_HEADS
        city = _hamza(strip_article(stem)) == "مدينه"
        # («متحف علي بن جهز الذيابي»: a lineage, «بن» and a name, then maybe a family name)
        lineage = i + 2
        while lineage + 1 < n and toks[lineage].key in _LINEAGE and _is_word(toks[lineage + 1]) and lineage - i < 6:
            lineage += 2
        if lineage > i + 2 and lineage < n and _is_word(toks[lineage]) and _family_word(toks[lineage], res):
            lineage += 1
        person_site = titled_only and _hamza(strip_article(stem)) in _PERSON_SITES and i + 2 < n \
            and _is_word(toks[i + 1]) and toks[i + 1].kreadings[0][0] == 0 and res.first_name(toks[i + 1].key) \
            and toks[i + 1].key not in ("عبد", "ابو") and (_family_word(toks[i + 2], res) or lineage > i + 2)
        # («مسرح عبد المنعم جابر»: a given name of two words, «عبد المنعم», is the model's and the name rules' to read)
        if person_site:
            # «مسرح عبدالرحمن المريخي»: a theatre or a hall named after a person, given name and family name (after
            # a proclitic too, «بقاعة عبدالرحمن المريخي»)
            last = max(lineage, i + 3) - 1
            s, e = t.start + off, toks[last].end
            out.append(Candidate(s, e, "LOC", "pattern", f"facility «{t.text}» named after a person", PRIORITY["gazetteer"] + 2))
            i = last + 1
            continue
        titled = _is_word(toks[i + 1]) and _is_title(toks[i + 1])
        if titled_only and _honorifics(toks, i + 1) == i + 1 and (
                not titled or city and not (i + 2 < n and _is_word(toks[i + 2]) and res.first_name(toks[i + 2].key))):
            # "مدينة السيح": a city, whose name alone is the place; «قاعة المحاضرات»: no name; but «مدينة الملك
            # عبدالعزيز الطبية» is a site named after a titled person, not a city
            i += 1
            continue
        if city and titled and _match_phrase(toks, i, res.org_index, res.org_max) is not None:
            i += 1  # «مدينة الملك عبدالعزيز للعلوم والتقنية»: a body the organisations' list names whole
            continue
        end, keep, named, _ = _complement(toks, i + 1, res, spans_at, limit=6, numbers=False)
        if city and titled:
            # «مدينة الملك سعود الطبية الرياض»: the site's name ends before a known place after it; after the
            # person's name only its adjectives follow («مدينة الملك سعود الطبية تواصلت مع المرضى»)
            keep = next((k for k in range(i + 3, keep) if k in spans_at or toks[k].key.startswith("لل")), keep)
            adj = next((k for k in range(i + 3, keep) if toks[k].key.startswith("ال")
                        and toks[k - 1].key not in ("عبد", "ابو")), keep)  # («مدينة الأمير عبد الله بن جلوي»)
            keep = next((k for k in range(adj, keep) if not toks[k].key.startswith("ال")), keep)
            if keep < n and _is_word(toks[keep]) and toks[keep].key.startswith("لل") and keep not in spans_at:
                # «مدينة الملك عبدالله للطاقة», «مدينة الملك خالد العسكرية للتشغيل والصيانة»: a field with لل makes
                # the city a body (ORG), the field's adjectives and a second field with و its name too
                e = keep + 1
                while e < n and e - keep < 4 and _is_word(toks[e]) and toks[e].key.startswith(("ال", "وال")) \
                        and toks[e].key not in STOP and e not in spans_at and _head_reading(toks[e], ORG_HEADS_ANY) is None:
                    e += 1  # (not «والغرفة التجارية», a second body)
                s0 = t.start + off
                out.append(Candidate(s0, toks[e - 1].end, "ORG", "pattern",
                                     f"«{text[s0:t.end]}» named after a person, and its field", PRIORITY["gazetteer"] + 2))
                i = e
                continue
        first = toks[i + 1]
        priority = PRIORITY["gazetteer"] + 2
        if _hamza(strip_article(stem)) in STADIUM_HEADS and first.kreadings[0][0] == 0:
            club = _match_phrase(toks, i + 1, domain_lists()[0].index, domain_lists()[0].max_len)
            if club is not None and club[0] >= keep:
                # «إستاد الإنتاج الحربي»: a club's name names the stadium (above the club list's reading of it)
                keep, named, priority = club[0], True, PRIORITY["pattern"] + 2
        if (first.key in TEAM_NOUNS or "ال" + first.key == _THE_TEAM) and first.kreadings[0][0] == 0:
            i += 1  # «وملعب النادي جاهز», «ملعب فريق تيجريس»: the club's or the team's ground, named by no name of its own
            continue
        if first.text[:1] in "بف" and any(o == 1 and _hamza(st) in SETTLEMENT_KIND_WORDS for o, st in first.kreadings):
            i += 1  # «داخل مسجد ببلدة القديح»: a mosque in a town, whose name is the town's (the place rules read it)
            continue
        definite = first.key.startswith("ال") and first.key not in STOP and not res.common(first.key)
        if _hamza(strip_article(stem)) == _SQUARE and (i + 1) not in spans_at and not _is_title(first):
            # «بساحة المفتاحة الخارجية»: a square is named by one word (a known name may be longer); what follows
            # it is where or what for, «ساحة أخرى لإشغال الرأي العام» no square at all
            keep = min(keep, i + 2) if definite else i + 1
        after = toks[i + 2] if i + 2 < n else None
        if keep == i + 2 and not definite and (i + 1) not in spans_at and first.kreadings[0][0] == 0 \
                and not _is_title(first) and _corpus_word("ال" + first.folded) and not res.first_name(first.key) \
                and ((first.key.startswith("م") and (len(first.key) in (3, 4) or (len(first.key) == 5 and first.key[3] == "و")))
                     or (after is not None and _is_word(after) and not _definite(after) and nisba_of(after.text) is not None)):
            # «ثمن قصر ملياردير أسترالي», «قصر مطل على البحر», «مطار مهجور»: one indefinite word the corpus writes with
            # ال, a participle (مفعل, مفعول) or a noun a people's adjective follows, says whose or what kind of site,
            # no name of it («قلعة شمسان», «قصر معاشيق», «قصر عابدين في القاهرة» stay)
            named = False
        if not definite and first.text[:1] == "ل" and not _known_place(first.text) and any(
                o == 1 and _corpus_word("ال" + st) for o, st in first.kreadings):
            named = False  # «متحف لعرض السيارات الكلاسيكية»: what the site is for, no name of it
        park = _hamza(strip_article(stem)) in TITLED_SITE_HEADS and _hamza(strip_article(stem)) in FACILITY_HEADS
        if park and not first.text.startswith("ال") and (i + 1) not in spans_at and not _is_title(first) \
                and not res.first_name(first.key) and first.key not in _LOC_TRIGGERS and _corpus_word("ال" + first.folded):
            # «حديقة غناء», «حديقة ألعاب» (folded «العاب», no article), «حديقة مجهزة بألعاب»: a garden of some kind, a
            # word the corpus writes with ال, no name (not «حديقة أبوخيال», «منتزه جبل أشيقر»)
            named = definite = False
        if keep > i + 2:
            # «مطار الجوف ومطار القاهرة الدولي»: و and another site's head open the next name
            keep = next((k for k in range(i + 2, keep) if toks[k].text[:1] == "و" and len(toks[k].kreadings) > 1
                         and any(o == 1 and _hamza(strip_article(st)) in FACILITY_HEADS for o, st in toks[k].kreadings)), keep)
        if park and keep > i + 2:
            # «متنزه السودة والملك عبدالعزيز», «منتزه الردف السياحي الجديد والاعتداء», «حديقة الطيور بالعثيم مول»: a
            # park's name stops before و or بـ and what follows
            keep = next((k for k in range(i + 2, keep) if toks[k].text[:1] in "وب" and len(toks[k].kreadings) > 1), keep)
        if keep > i + 1 and (named or definite):
            s, e = t.start + off, toks[keep - 1].end
            out.append(Candidate(s, e, "LOC", "pattern", f"facility «{text[s:t.end]}» and its name", priority))
            i = keep
            continue
        i += 1
    return out


def _plain_noun_shape(stem: str) -> bool:
    """Is the folded word ``stem`` (without ال) shaped as no adjective can be: four letters or more, none of the
    endings of adjectives, duals, plurals of persons or feminines (ي، ة، ا، ين، ان، ون، اء), not a participle's م
    first, nor the patterns أفعل (الأحمر) and فعيل / فعال (الكبير، الحرام)?

    >>> [_plain_noun_shape(fold(w)) for w in ("لاعب", "نتائج", "جدول", "احمر", "كبير", "متحدة", "وطني", "عام")]
    [True, True, True, False, False, False, False, False]
    """
    if len(stem) < 4 or stem.endswith(("ي", "ه", "ا", "ين", "ان", "ون", "اء")) or stem[0] == "م":
        return False
    return not (len(stem) == 4 and (stem[0] == "ا" or stem[2] in "يا"))


_CONFERENCE = _hamza(key("مؤتمر"))
_PLATFORM = _hamza(key("منصة"))
_APPS = _hamza(key("تطبيقات"))
_COMMITTEE = _hamza(key("لجنة"))  # («لجنة عاجلة للوقوف»: a committee formed for a task, no company's own word and field)
_SQUARE = _hamza(key("ساحة"))


OBSERVANCE_HEADS = _words("observance_heads")
OBSERVANCE_SCOPES = _words("observance_scopes")
DATE_LINKS = _words("date_links")  # «الموافق»: a dated name ends before it
_OBSERVANCE_ENDINGS = tuple(sorted(OBSERVANCE_HEADS))  # a token that may hold a head ends with one: «باليوم»


SEASON_FESTIVAL_HEADS = _words("season_festival_heads") | _words("plan_heads")
SEASON_FESTIVAL_CUES = _words("season_festival_cues")
PLACE_FEAST_HEADS = _words("place_feast_heads")  # «عيد الرياض»: a town's Eid festival


def season_festival_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """A town's season festival named by the season, the town and the edition's number: «لزوار صيف الخرج 36»
    (MISC; season_festival_heads.txt); a plan named so, «خطة دبي 2021» (plan_heads.txt). Without the number it
    is the season in the town, or any plan of it. A feast's noun and a place name the town's festival without
    a number: «عيد الرياض» (place_feast_heads.txt).

    >>> t = "فعاليات لزوار صيف الخرج 36 في صيف الرياض الحار ولفعاليات صيف حائل"
    >>> [text_of(t, c) for c in season_festival_candidates(t, tokens_of(t), resources(), {3: 4, 7: 8, 11: 12})]
    ['صيف الخرج 36', 'صيف حائل']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if (SEASON_FESTIVAL_HEADS.isdisjoint(t.keys) and PLACE_FEAST_HEADS.isdisjoint(t.keys)) or not _is_word(t):
            continue  # (most tokens: two set tests)
        feast = next((o for o, st in t.kreadings if st in PLACE_FEAST_HEADS and (o == 0 or t.text[:o] in ("ل", "ب", "و"))), None)
        end = spans_at.get(i + 1)
        places = _known_place(text[toks[i + 1].start:toks[end - 1].end]) if feast is not None and end is not None else []
        if feast is not None and end is not None and places and toks[i + 1].kreadings[0][0] == 0 \
                and not any(c.entry.kind in ("country", "territory") for c in places):
            # «تطبيقات عيد الرياض»: a feast's noun and a town or a region, the town's festival (not a country's:
            # «عيد اليمن عيدين», Yemen's Eid is two)
            out.append(Candidate(t.start + feast, toks[end - 1].end, "MISC", "pattern",
                                 f"«{t.text[feast:]}» and a place: a town's feast festival", PRIORITY["gazetteer"] + 1))
            continue
        if SEASON_FESTIVAL_HEADS.isdisjoint(t.keys):
            continue
        off = next((o for o, st in t.kreadings if st in SEASON_FESTIVAL_HEADS and (o == 0 or t.text[:o] in ("ل", "ب", "و"))), None)
        end = spans_at.get(i + 1)
        if off is not None and end is not None and i > 0 and _is_word(toks[i - 1]) and toks[i + 1].kreadings[0][0] == 0 \
                and any(st in SEASON_FESTIVAL_CUES for _, st in toks[i - 1].kreadings) and (end >= n or toks[end].kind != "number"):
            # «لفعاليات صيف حائل»: the festival's visitors or events name it without its number
            out.append(Candidate(t.start + off, toks[end - 1].end, "MISC", "pattern",
                                 f"«{toks[i - 1].text} {t.text[off:]}» and a place: a season festival", PRIORITY["gazetteer"] + 1))
            continue
        if off is None or end is None or end >= n or toks[end].kind != "number" \
                or not (len(toks[end].text) == 2 or re.fullmatch(r"(19|20)\d\d", toks[end].text)) or _amount_at(toks, end) \
                or toks[i + 1].kreadings[0][0] != 0 or toks[end].start - toks[end - 1].end > 1:
            continue
        out.append(Candidate(t.start + off, toks[end].end, "MISC", "pattern",
                             f"«{t.text[off:]}», a place and a number: a season festival or a plan", PRIORITY["gazetteer"] + 1))
    return out


def observance_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """Days and weeks kept for a cause, as MISC: a period, who keeps it and what it is for («اليوم العالمي
    للمتاحف», «باليوم العالمي لغسل اليدين», «الأسبوع الخليجي للرضاعة الطبيعية»; observance_heads.txt,
    observance_scopes.txt), or a period, its cause and its keeper («يوم التراث العالمي»). The cause is a word
    with ل and up to three definite words after it, not a time («الماضي», «الموافق …») nor a coordinated one
    («والثقافي»).
    Not «اليوم العالمي» alone, nor «اليوم الوطني لبلاده».

    >>> t = "احتفل المتحف باليوم العالمي للمتاحف الماضي، وبيوم التراث العالمي، وباليوم العالمي أمس."
    >>> [text_of(t, c) for c in observance_candidates(t, tokens_of(t), resources())]
    ['اليوم العالمي للمتاحف', 'يوم التراث العالمي']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i in range(n - 2):
        t = toks[i]
        if t.kind != "word" or not t.key.endswith(_OBSERVANCE_ENDINGS):
            continue  # (a cheap test first: this runs on every word)
        # «يوم التراث العالمي», «ليوم الأرض العالمي»: the period, what it is for and who keeps it
        bare = next((off for off, st in t.kreadings if st in OBSERVANCE_HEADS), None)
        if bare is not None and toks[i + 1].key.startswith("ال") and _is_word(toks[i + 1]) and not _verbish(toks[i + 1], res) \
                and _hamza(toks[i + 1].key) not in TIME_WORDS and _hamza(strip_article(toks[i + 1].key)) not in MONTH_NAMES \
                and _is_word(toks[i + 2]) and _hamza(toks[i + 2].key) in OBSERVANCE_SCOPES:
            out.append(Candidate(t.start + bare, toks[i + 2].end, "MISC", "pattern",
                                 f"an observance: «{t.text[bare:]}», its cause and «{toks[i + 2].text}»", PRIORITY["pattern"]))
            continue
        at = next((off for off, st in t.kreadings if st.startswith("ال") and st[2:] in OBSERVANCE_HEADS), None)
        cause = toks[i + 2]
        if at is None or _hamza(toks[i + 1].key) not in OBSERVANCE_SCOPES or not _is_word(cause) \
                or cause.text[:1] != "ل" or len(cause.key) < 4 or cause.key in STOP or _verbish(cause, res):
            continue
        e = i + 3
        while e < n and e - i < 6 and _is_word(toks[e]) and toks[e].key.startswith("ال") and toks[e].start - toks[e - 1].end <= 1 \
                and _hamza(toks[e].key) not in TIME_DIRECTIONS and _hamza(strip_article(toks[e].key)) not in MONTH_NAMES \
                and _hamza(toks[e].key) not in DATE_LINKS:
            e += 1
        out.append(Candidate(t.start + at, toks[e - 1].end, "MISC", "pattern",
                             f"an observance: «{t.text[at:]} {toks[i + 1].text}» and its cause", PRIORITY["pattern"]))
    return out


def _starring(toks: Sequence[Token], i: int, res: Resources) -> bool:
    """Is «بطولة» at token ``i`` "starring", no championship? So it is before a given name, a work's noun or a
    profession («المسلسل بطولة نور الشريف», «بطولة المسلسل», «بطولة الفنان …»), and before a foreign name when a
    work's noun comes shortly before («فيلم «فتاة دنماركية» من بطولة أليسا فيكاندر»; not «بطولة ويمبلدون»).

    >>> [_starring(tokens_of(t), 3, resources()) for t in ("فيلم فتاة دنماركية بطولة أليسا فيكاندر", "وفاز بلقب بطولة ويمبلدون")]
    [True, False]
    """
    if i + 1 >= len(toks) or not _is_word(toks[i + 1]):
        return False
    nxt = toks[i + 1]
    return (not nxt.key.startswith("ال") and res.first_name(nxt.key)) or strip_article(nxt.key) in WORK_NOUNS \
        or strip_article(nxt.key) in PROFESSIONS \
        or (_lone_foreign_name(nxt, res) and any(strip_article(x.key) in WORK_NOUNS for x in toks[max(0, i - 12):i]))


def _cast_not_championship(article, c: Candidate, res: Resources) -> Candidate | None:
    """A competition the model read from «بطولة» and a name is the cast of a work (:func:`_starring`): the person
    after «بطولة», or nothing when a work's noun or a profession follows it."""
    if c.type != "MISC" or c.source != "model":
        return c
    first = article.token_at(c.start)
    if first is None or first.start != c.start or _hamza(strip_article(first.key)) != _STARRING:
        return c
    toks = article.tokens
    i = bisect_left([t.start for t in toks], first.start)  # (rare: a model's MISC opening with «بطولة»)
    if not _starring(toks, i, res):
        return c
    nxt = toks[i + 1]
    if nxt.end > c.end or strip_article(nxt.key) in WORK_NOUNS or strip_article(nxt.key) in PROFESSIONS:
        return None
    return replace(c, start=nxt.start, type="PERS", evidence=c.evidence + "; «بطولة» is starring: the cast's name")


def event_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int],
                     org_at: dict[int, int] | None = None) -> list[Candidate]:
    """Events and competitions named by a head and a complement that names them, as MISC: "دوري
    أبطال أوروبا", "كأس ملك إسبانيا", "الدوري الإسباني", "معرض الكويت الدولي للكتاب", "مونديال 2014".

    >>> t = "فاز بلقب الدوري الإسباني ثم شارك في معرض الرياض الدولي للكتاب وفي مؤتمر صحفي"
    >>> known = {8: 9}  # token 8, "الرياض", is a known place
    >>> [text_of(t, c) for c in event_candidates(t, tokens_of(t), resources(), known)]
    ['الدوري الإسباني', 'معرض الرياض الدولي للكتاب']
    """
    out = []
    n = len(toks)
    i = 0
    while i < n - 1:
        t = toks[i]
        hit = _head_reading(t, EVENT_HEADS)
        if hit is None:
            i += 1
            continue
        off, stem = hit
        nxt = toks[i + 1]
        if stem.startswith("ال") and not ((i + 1) in spans_at or nxt.kind == "number" or nxt.key.startswith(("ال", "لل"))):
            i += 1  # "المهرجان سعى": a definite head takes a definite complement or none
            continue
        if _hamza(strip_article(stem)) == _STARRING and _starring(toks, i, res):
            i += 1  # «المسلسل بطولة نور الشريف», «بطولة المسلسل», «بطولة الفنان …»: starring, no championship
            continue
        if _hamza(nxt.key) in GATHERING_ADJECTIVES:
            i += 1  # «المؤتمر الصحفي لبلاتر»: a press conference, whoever gives it
            continue
        if stem.startswith("ال") and nxt.kreadings[0][0] == 0 and (nxt.key in _PROFESSION_KEYS or _is_title(nxt)):
            # «وشارك في الملتقى القاص الروسي …», «قال منظم المهرجان الدكتور مقبل المقبل»: the gathering, then a
            # person who took part or runs it, no name of it
            i += 1
            continue
        if any(off and nxt.text[:1] == "ب" and (_hamza(strip_article(st)) in ORG_HEADS_ANY or _hamza(strip_article(st)) in FACILITY_HEADS
                                                or _hamza(strip_article(st)) in PLACE_KIND_WORDS) for off, st in nxt.kreadings):
            i += 1  # «معرض بغرفة الشرقية», «مهرجان بمدينة الملك عبدالله»: where it is held, no name of it
            continue
        if not stem.startswith("ال") and nxt.text[:1] == "ب" and any(o == 1 for o, _ in nxt.kreadings) \
                and (i + 1) in spans_at and (held := _known_place(nxt.text)) \
                and not any("as written" in c.reasons for c in held):
            i += 1  # «مؤتمر بالبرازيل»: an indefinite gathering and بـ + a place is where it is held (its name takes the
            continue  # place in construct, «مؤتمر البرازيل»; «مهرجان بريدة للتمور» is the town's own name)
        if not stem.startswith("ال") and nxt.text[:1] == "ل" and not nxt.text.startswith("لل") and not _known_place(nxt.text) \
                and any(o == 1 and not st.startswith("ال") and _corpus_word("ال" + st) for o, st in nxt.kreadings) \
                and not res.first_name(nxt.key) and not res.person_word(nxt.key):
            i += 1  # «منتدى لإنشاد الشعر»: an indefinite gathering and ل + a noun is what it is for, no name of it («منتدى
            continue  # لندن» is the town's: «لندن» is no ل + noun)
        if stem.startswith("ال") and _is_word(nxt) and nxt.key.startswith("ال") \
                and (hr := _head_reading(nxt, ORG_HEADS_ANY)) is not None and hr[0] == 0:
            i += 1  # «يشرف على هذه البطولة الاتحاد الأمريكي للتنس»: a definite head takes no definite body's head in
            continue  # construct; the body is the clause's next word (its own rules tag it)
        end, keep, named, nisba = _complement(toks, i + 1, res, spans_at, limit=8, numbers=True, themes=True)
        if not stem.startswith("ال") and keep == i + 2 and keep + 1 < n and _is_word(nxt) and not nxt.key.startswith("ال") \
                and nxt.key not in STOP and _is_word(toks[keep]) and toks[keep].text[:1] == "و" \
                and any(o == 1 and not st.startswith("ال") and st not in STOP for o, st in toks[keep].kreadings) \
                and (keep + 1) in spans_at and toks[keep + 1].kreadings[0][0] == 0:
            # «مهرجان عيد وصيف حفر الباطن»: two indefinite nouns joined by و, then the town, name the festival
            keep, named = spans_at[keep + 1], True
        if org_at and _hamza(strip_article(stem)) == _CONFERENCE and org_at.get(i + 1) == keep:
            i = keep  # «مؤتمر الفيفا», «مؤتمر ريال مدريد»: a known body's own (press) conference; the body is the name
            continue
        # «معرض الكتاب الدولي», «مهرجان الرياضات الشعبية»: what it is about and an adjective that names
        # (NAMING_ADJECTIVES) make an indefinite head's name, though all its words are common ones
        # («قمة» is also a top: «على قمة الاقتصاد الدولي»)
        naming = not stem.startswith("ال") and _hamza(stem) != "قمه" and keep - (i + 1) >= 2 and toks[i + 1].key.startswith("ال") \
            and (toks[keep - 1].key in NAMING_ADJECTIVES or toks[keep - 1].key in FACILITY_ADJECTIVES)
        # «مهرجان العسل»: a festival named by its theme, one definite noun of the corpus (not an adjective,
        # a verbal noun with its object, a time word or a name the gazetteers know); «مهرجان الجنادرية»: a
        # word in ية that is the adjective of no word of the corpus is a place's name
        # («مهرجان الجنادرية للتراث والثقافة»: its field with لل after it goes with the name)
        # («جائزة الإنجاز للتعاملات الإلكترونية الحكومية»: a prize with its theme and a field after لل; other heads cut
        # a longer name short, «بطولة العالم للعبة …», or name a generic one, «مسابقة الأسبوع للقراء»)
        # (not «سباق الصراع للحصول على»: a race in a figure, and a purpose after لل with its preposition)
        themed = not stem.startswith("ال") and (_hamza(stem) in THEME_EVENT_HEADS or (
                keep > i + 2 and toks[i + 2].key.startswith("لل") and _hamza(stem) == _PRIZE
                and not any(x.key.endswith(("ين", "ون")) for x in toks[i + 2:keep])  # («للطلاب المتميزين»: whom it rewards)
                and not (i + 3 < n and toks[i + 3].key in PREPOSITIONS))) \
            and (keep == i + 2 or (keep > i + 2 and toks[i + 2].key.startswith("لل"))) \
            and toks[i + 1].kreadings[0][0] == 0 and toks[i + 1].text.startswith("ال") and (i + 1) not in spans_at \
            and not (toks[i + 1].key.endswith(("ي", "يه")) and _nisba_adjective(strip_article(toks[i + 1].folded))) \
            and toks[i + 1].key not in STOP and toks[i + 1].key not in TIME_WORDS and _corpus_word(toks[i + 1].folded)
        # «ملتقى السياحة المعرفية» … «ملتقى السياحة المعرفية»: what it is about and an adjective, said again in the
        # article as they stand, make a fixed name (once, «معرض الرسم الحر» may be any such fair)
        repeated = not stem.startswith("ال") and _hamza(stem) != "قمه" and keep - (i + 1) == 2 \
            and _definite(toks[i + 1]) and _definite(toks[i + 2]) and toks[i + 2].key.endswith(("ي", "يه")) \
            and toks[i + 2].key not in GATHERING_ADJECTIVES and text.count(text[t.start + off:toks[keep - 1].end]) >= 2
        # «الدوري الممتاز», «كأس السوبر»: a competition's head and its grade name the competition
        graded = strip_article(stem) in COMPETITION_HEADS and _is_word(nxt) and nxt.key in COMPETITION_ADJECTIVES
        if graded:
            keep = max(keep, i + 2)
        # «بطل دوري ألمانيا», «دوري كوريا الجنوبية»: a league named by its country (of one or two words), which the
        # places layer leaves out after a competition's head; the longer reading first
        by_country = 0
        if not (graded or named) and not stem.startswith("ال") and strip_article(stem) in COMPETITION_HEADS and _is_word(nxt) \
                and nxt.kreadings[0][0] == 0:
            country = next((w for w in (2, 1) if i + w < n and all(_is_word(x) for x in toks[i + 1:i + 1 + w])
                            and any(c.entry.kind == "country" for c in _known_place(text[nxt.start:toks[i + w].end]))), None)
            if country:
                by_country = i + 1 + country
                if by_country + 1 < n and toks[by_country].key == _FOR_BALL and _is_word(toks[by_country + 1]):
                    by_country += 2  # «بطولة الأرجنتين لكرة القدم»: and its game
                elif by_country < n and _is_word(toks[by_country]) and (toks[by_country].key.startswith("لل") or (
                        toks[by_country].key.startswith("ال") and toks[by_country].key.endswith(("ه", "ي")))):
                    by_country = 0  # «بطولة الأردن الدولية», «بطولة السعودية للبراعم»: the name goes on; other readings have it
        # «دوري الدرجة الأولى»: and by its division, a grade and an ordinal (not «الأخيرة», the last)
        if not graded and strip_article(stem) in COMPETITION_HEADS and nxt.key == _GRADE and i + 2 < n \
                and toks[i + 2].key in ORDINALS_FEMININE and toks[i + 2].key != _LAST:
            # (what follows is the clause's, «دوري الدرجة الأولى الموسم الجديد», but for its country's adjective:
            # «دوري الدرجة الثانية الإسباني»)
            graded, keep = True, i + 3 + (i + 3 < n and _is_word(toks[i + 3]) and toks[i + 3].key.startswith("ال")
                                          and nisba_of(toks[i + 3].text) is not None)
        # «مهرجان كاف السياحي 36»: an indefinite word between an indefinite head and a definite adjective is a
        # proper name (an ordinary noun would take an indefinite adjective), whatever else the word means; not an
        # adjective in ي with its noun («مؤتمر عالي المستوى», high-level)
        adj = toks[i + 2] if i + 2 < n else None
        proper = not stem.startswith("ال") and _is_word(nxt) and nxt.kreadings[0][0] == 0 and not nxt.key.startswith("ال") \
            and not any(o and st.startswith("ال") for o, st in nxt.kreadings) \
            and nxt.key not in STOP and nxt.key not in TIME_WORDS and not nxt.text.endswith(_PRONOUN_ENDINGS + ("ي", "ى")) \
            and not _verbish(nxt, res) \
            and adj is not None and _is_word(adj) and adj.kreadings[0][0] == 0 and adj.key.startswith("ال") \
            and adj.text.endswith(("ي", "ية", "يه")) and adj.key not in GATHERING_ADJECTIVES and strip_article(adj.key) not in STOP \
            and any(w.text.endswith(("ة", "ه")) == adj.text.endswith(("ية", "يه")) for w in (t, nxt))
        # (the adjective agrees with the head or with the name: «جائزة صداقة الجامبوري» is the prize of a friendship)
        if proper:
            keep = max(keep, i + 3 + (i + 3 < n and toks[i + 3].kind == "number" and len(toks[i + 3].text) <= 3))
        if by_country:
            # a name the other readings make keeps its length («بطولة الأردن الدولية», «دوري السعودية للمحترفين»);
            # alone, the country ends it (what follows is the clause's: «بطل دوري ألمانيا التوصل لاتفاق»)
            keep = max(keep, by_country) if (named or nisba or naming or themed or repeated or proper) else by_country
            graded = True
        if keep == i + 2 and toks[i + 1].key in DESCRIPTIVE:
            i += 1  # «المنتدى الخاص بشركة مايكروسوفت»: the forum belonging to a company, no name of it
            continue
        # «منتدى عبقر الشعري بنادي أبها الأدبي»: ب + a body's head says where it is held, no word of its name
        keep = next((k for k in range(i + 2, keep) if toks[k].text[:1] == "ب" and _is_word(toks[k])
                     and (hr := _head_reading(toks[k], ORG_HEADS_ANY)) is not None and hr[0] == 1), keep)
        if keep > i + 1 and (named or nisba or naming or themed or graded or repeated or proper):
            s, e = t.start + off, toks[keep - 1].end
            out.append(Candidate(s, e, "MISC", "pattern", f"event «{text[s:t.end]}» and what names it",
                                 PRIORITY["gazetteer"] + 1))
            i = keep
            continue
        i += 1
    return out


HISTORY_HEADS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("history_heads"))
_WAR_HEADS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("history_heads") if r["kind"] == "war")
_DECLARATION_HEADS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("history_heads") if r["kind"] == "declaration")
AGAINST_WORDS = _words("against_words")


def _feminine_nisba(t: Token) -> bool:
    """A country's or a people's feminine adjective with ال, no proclitic: «السورية», «الإيرانية»."""
    return _is_word(t) and t.key.startswith("ال") and t.kreadings[0][0] == 0 and t.text.endswith(("ية", "يه")) \
        and nisba_of(t.text) is not None


def history_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int],
                       sporty: bool = False) -> list[Candidate]:
    """Wars, revolutions and treaties (``history_heads.tsv``) named by a place the gazetteers know or a year:
    «حرب السويس», «اتفاق أوسلو», «معاهدة فرساي», «حرب 1967», «حرب الخليج الثانية»; with ال, a war or a revolution
    named by its peoples' adjectives, «الحرب العراقية الإيرانية», «الثورة السورية»; a declaration named by a city,
    «إعلان القاهرة» (not the city announcing: «إعلان أنقرة عزمها»; nor, in a ``sporty`` article, a club's city).
    One MISC name, the place inside it. Not when the place wages it («حرب المملكة على الإرهاب»). ``spans_at``:
    token → end token of each known name.

    >>> t = "منذ حرب السويس وحرب 1967 والحرب العراقية الإيرانية، وشنت حرب الشوارع"
    >>> [text_of(t, c) for c in history_candidates(t, tokens_of(t), resources(), {2: 3})]
    ['حرب السويس', 'حرب 1967', 'الحرب العراقية الإيرانية']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i in range(n - 1):
        t = toks[i]
        hit = _head_reading(t, HISTORY_HEADS)
        if hit is None:
            continue
        off, stem = hit
        j = i + 1
        nxt = toks[j]
        end = None
        if _hamza(stem) in _DECLARATION_HEADS:
            # «إعلان القاهرة» (the Cairo Declaration): a city names it; «إعلان واشنطن مقتله» is Washington announcing
            if j in spans_at and nxt.kreadings[0][0] == 0 and any(
                    c.entry.kind == "city" for c in _known_place(text[nxt.start:toks[spans_at[j] - 1].end])):
                after = toks[spans_at[j]] if spans_at[j] < n else None
                named = text[t.start + off:toks[spans_at[j] - 1].end]
                # (nor before «أن», «عن», a noun with "its" or a day: «إعلان المنامة أنها ضبطت», «إعلان أنقرة عزمها»,
                # «إعلان أنقرة أمس عن …»)
                announcing = after is not None and _is_word(after) and (
                    after.key in COMPLEMENTIZERS or after.key == "عن" or after.key in TIME_WORDS
                    or (after.text.endswith(("ه", "ها", "هم")) and not after.key.startswith("ال")))
                # A declaration is quoted, said again, or closes its clause («إعلان القاهرة الذي …»); said once before a
                # noun it is the city announcing it («إعلان بروكسل انتهاء المهلة», «إعلان طوكيو تمديد …»)
                settled = (i > 0 and toks[i - 1].text in QUOTES_OPEN + "(") or text.count(named) >= 2 or after is None \
                    or (not _is_word(after) and after.text not in ARABIC_COMMAS) or after.key in RELATIVE_PRONOUNS
                # (a city that names a club is the club in a sports article: «إعلان برشلونة التعاقد مع …»)
                club = sporty and _match_phrase(toks, j, domain_lists()[0].index, domain_lists()[0].max_len) is not None
                if not announcing and settled and not club:
                    end = spans_at[j]
        elif not stem.startswith("ال"):
            if j in spans_at and nxt.kreadings[0][0] == 0 and _known_place(text[nxt.start:toks[spans_at[j] - 1].end]):
                end = spans_at[j]
            elif nxt.kind == "number" and len(nxt.text) == 4 and nxt.start - t.end <= 1:
                end = j + 1
        elif _hamza(strip_article(stem)) in _WAR_HEADS and _feminine_nisba(nxt):
            # (a feminine adjective: the head's; «زعيم الحرب الصومالي», «الحرب الأمريكيين» qualify other nouns)
            end = j + 1
            if end < n and _feminine_nisba(toks[end]):
                end += 1  # «الحرب العراقية الإيرانية»: the two sides
        if end is None or (end < n and toks[end].key in AGAINST_WORDS):
            continue
        if not stem.startswith("ال") and end < n and _feminine_nisba(toks[end]):
            end += 1  # «حرب الهند الصينية»
        if end < n and toks[end].key in ORDINALS_FEMININE:
            end += 1  # «حرب الخليج الثانية»
        if end < n and toks[end].kind == "number" and len(toks[end].text) == 4 and _year_like(toks, end):
            end += 1  # «حرب أكتوبر 1973»
        out.append(Candidate(t.start + off, toks[end - 1].end, "MISC", "pattern",
                             f"«{text[t.start + off:t.end]}» and what names it", PRIORITY["gazetteer"] + 1))
    return out


def dateline_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """The outlet or author of a dateline or byline that opens a paragraph: "عين اليوم – جدة",
    "رغد عشميل – متابعات", "نايف عبدالله – عين اليوم". The words before the dash are a person when they
    start with a first name, else the outlet (ORG); a non-place after the dash is the outlet.

    >>> t = "صحيفة اليوم – جدة أعلنت الوزارة"
    >>> [(text_of(t, c), c.type) for c in dateline_candidates(t, tokens_of(t), resources(), {3: 4})]
    [('صحيفة اليوم', 'ORG')]

    A photo gallery's «Next Previous», which the scrape left before the byline (page_furniture.txt), is skipped:

    >>> t = "Next Previous سلوى المدني – جدة"
    >>> [(text_of(t, c), c.type) for c in dateline_candidates(t, tokens_of(t), resources(), {5: 6})]
    [('سلوى المدني', 'PERS')]
    """
    out: list[Candidate] = []
    lead = next((k for k, t in enumerate(toks) if t.key not in PAGE_FURNITURE), len(toks))
    if lead:
        toks, spans_at = toks[lead:], {k - lead: v - lead for k, v in spans_at.items() if k >= lead}
    n = len(toks)
    dash = next((k for k in range(1, min(n - 1, 5)) if toks[k].text in DASHES), None)
    if dash is None or not all(_is_word(t) for t in toks[:dash]) or toks[0].key in STOP \
            or any(t.key in STOP and not res.first_name(t.key) and _hamza(t.key) not in TIME_WORDS for t in toks[1:dash]):
        return out  # («خاصة أن أشهر ألحانه -الأماكن-»: a particle before the dash, a sentence, no outlet; «أحمد علي-
        # سبق-» is a byline, «علي» a given name, and «صحيفة اليوم –» an outlet named by a time word)
    after = toks[dash + 1]
    after_place = (dash + 1) in spans_at
    after_word = after.key in DATELINE_WORDS
    # («محمد السيد - سبق:»: an outlet whose name is also a common word, after the author and before a colon)
    # (two words at least before the dash: «بارق- سبق:» is a town, «محمد- سبق:» a given name alone)
    outlet_colon = dash >= 2 and after.key in DATELINE_OUTLETS and dash + 2 < n and toks[dash + 2].text == ":"
    if not (after_place or after_word or outlet_colon or (_is_word(after) and dash + 2 < n and toks[dash + 2].text in DASHES)):
        # Not a dateline: a dash inside a sentence.
        if not (_is_word(after) and not res.common(after.key) and dash + 3 >= n):
            return out
    s, e = toks[0].start, toks[dash - 1].end
    # (an outlet's one word that is also a common one is its name before the dash, a known place and a colon:
    # «سبق- القريات:»)
    filed = after_place and spans_at.get(dash + 1, n) < n and toks[spans_at[dash + 1]].text == ":" \
        and toks[0].key in DATELINE_OUTLETS
    if dash == 1 and ((res.common(toks[0].key) and not filed) or toks[0].key in DATELINE_WORDS
                      or fold(toks[0].text[:3]) in ("وال", "فال")):
        return out  # "عواصم – وكالات": places in general, not an outlet; «والانزياح – لغة»: و and a noun go on a sentence
    # A byline: a first name, or two or more words that are not common ones ("لجين الأحمدي"); an
    # outlet's name is often made of common words ("عين اليوم").
    # (or any two or three words before an outlet the lists know: «مسلّم الهواملة -عين اليوم», whose given name is
    # also a common word)
    outlet_after = _is_word(after) and (_match_phrase(toks, dash + 1, res.org_index, res.org_max) or (-1,))[0] > dash + 1
    person = dash >= 2 and (res.first_name(toks[0].key) or res.person_word(toks[0].key) or (
        not any(res.common(t.key) or t.key in STOP for t in toks[:dash]) and not toks[0].key.startswith("ال"))
        or (outlet_after and dash <= 3 and not toks[0].key.startswith("ال") and not res.common(toks[dash - 1].key)
            and _hamza(toks[0].key) not in PLACE_KIND_WORDS and not _known_place(text[s:toks[dash - 1].end])
            and not res.common(strip_article(toks[dash - 1].key)) and _match_phrase(toks, 0, res.org_index, res.org_max) is None))
    if not any(k in spans_at for k in range(dash)):
        out.append(Candidate(s, e, "PERS" if person else "ORG", "pattern",
                             f"{'author' if person else 'outlet'} of the dateline «{text[s:after.end]}»",
                             PRIORITY["pattern"] - 4))
    if person and not after_place and not after_word and _is_word(after):
        # "نايف عبدالله – عين اليوم": the outlet after the author.
        k = dash + 1
        while k < n and k - dash <= 3 and _is_word(toks[k]) and toks[k].key not in STOP:
            k += 1
        if k - dash - 1 <= 3 and (k >= n or toks[k].kind == "punct" or k - dash - 1 <= 2):
            out.append(Candidate(after.start, toks[k - 1].end, "ORG", "pattern",
                                 f"outlet after the author in «{text[s:toks[k - 1].end]}»", PRIORITY["pattern"] - 4))
    return out


_NAME_PARTICLES = lexicon.words("latin_name_particles")  # «Hotel de Paris»: lower-case, yet inside a name
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9'&.+]*(?:-[A-Za-z0-9][A-Za-z0-9'&.+]*)*$")  # «Robo-Mate» is one word


def _latin_person_cue(toks: list[Token], a: int) -> bool:
    """Does a credit, a profession or a title stand before the Latin name at ``a``, past an opening quote
    and up to two adjectives («المدير التنفيذي John Smith», «المهندس الروماني ”Andrei Lacatusu”»)?

    >>> t = tokens_of("قرر المهندس الروماني ”Andrei Lacatusu” وقالت السيدة Taneli Armanto وفي مدينة New York، Photo by Tom Hill")
    >>> [_latin_person_cue(t, k) for k, x in enumerate(t) if x.text in ("Andrei", "Taneli", "New", "Tom")]
    [True, True, False, True]
    """
    k = a - 1
    if k >= 1 and toks[k].text.lower() == "by" and toks[k - 1].text.lower() in _PHOTO_WORDS:
        return True  # «Photo by John Weston»: a picture's credit under a photograph
    if k >= 0 and toks[k].text in _QUOTE_MARKS:
        k -= 1
    for _ in range(3):
        if k < 0 or not _is_word(toks[k]):
            return False
        prev = toks[k]
        if not CREDITS.isdisjoint(prev.keys) or any(strip_article(st) in PROFESSIONS for _, st in prev.kreadings) \
                or (prev.kreadings[0][0] == 0 and _is_title(prev)):
            return True
        if not (prev.key.startswith("ال") and prev.key.endswith(("ي", "يه"))):
            return False  # only an adjective («الروماني», «التنفيذي») may stand between
        k -= 1
    return False


_LATIN_ORG_KEYS: list = [None, frozenset()]  # (the organisation index it was built from, its Latin keys lower-cased)


def _latin_org_keys(res: Resources) -> frozenset[tuple[str, ...]]:
    """The organisation gazetteer's names written in Latin letters, lower-cased («ria novosti»): built once
    per index."""
    if _LATIN_ORG_KEYS[0] is not res.org_index:
        _LATIN_ORG_KEYS[:] = [res.org_index, frozenset(tuple(w.lower() for w in k) for k in res.org_index
                                                       if all(w.isascii() for w in k))]
    return _LATIN_ORG_KEYS[1]


_PHOTO_WORDS = frozenset({"photo", "photos", "photograph", "picture", "image"})
_URL = re.compile(r"(?:https?://|www\.)[^\s\u0600-\u06FF]+")
_WA_LATIN = re.compile(r"(?<!\S)و[A-Za-z]")


def latin_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """Runs of Latin-script words in Arabic news are names: companies ("LG"), products ("Gear Solo",
    "Moto 360"), systems ("iOS"). An all-capital word is an organisation; a run after "شركة" or "موقع"
    too; any other run a product or work (MISC). Page furniture ("Next Previous") is not a name, and a
    name the organisation gazetteer lists ("LG") is left to it.

    >>> t = "أعلنت شركة TCL و LG عن ساعة Moto 360 وتعمل بنظام iOS ودار Nate D.Sanders . Next Previous"
    >>> [(text_of(t, c), c.type) for c in latin_candidates(t, tokens_of(t), resources())]
    [('TCL', 'ORG'), ('Moto 360', 'MISC'), ('iOS', 'MISC'), ('Nate D.Sanders', 'MISC')]
    """
    out = []
    # «HP Spectre X360 وMicrosoft Surface Pro 3»: و written onto a Latin name opens the next item of a list; the
    # name is read without it, as a run of its own
    if toks and _WA_LATIN.search(text, toks[0].start, toks[-1].end):
        toks = [make_token(t.start + 1, t.end, t.text[1:], t.kind, t.i, t.segment, t.paragraph)
                if t.text[:1] == "و" and _LATIN_WORD.match(t.text[1:]) else t for t in toks]
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if t.arabic or not _LATIN_WORD.match(t.text):  # (an Arabic word is never a Latin one: the cheap test first)
            i += 1
            continue
        j = i + 1
        while j < n and toks[j].start - toks[j - 1].end <= 1 and (
                _LATIN_WORD.match(toks[j].text) or (toks[j].kind == "number" and len(toks[j].text) <= 4)
                or (toks[j].text in ("-", "’") and j + 1 < n and _LATIN_WORD.match(toks[j + 1].text)
                    and (toks[j].text == "-" or toks[j + 1].start == toks[j].end))  # "King’s"
                or (toks[j].text == "&" and j + 1 < n and _LATIN_WORD.match(toks[j + 1].text)
                    and toks[j + 1].start - toks[j].end <= 1)  # «Electromagnetic Biology & Medicine»
                or (toks[j].text == "." and len(toks[j - 1].text) == 1 and toks[j - 1].text.isupper()
                    and j + 1 < n and _LATIN_WORD.match(toks[j + 1].text) and toks[j + 1].start - toks[j].end <= 1)):
            j += 1  # «Nate D.Sanders», «J. K. Rowling»: an initial and its dot stay inside the name
        words = [x.text for x in toks[i:j] if _LATIN_WORD.match(x.text)]
        real = [w for w in words if w.lower() not in LATIN_NOT_NAMES]
        # «المصباح المسمى hue go»: after a naming word a name may be written in lower case
        # (and after a site's or a company's head: «بحسب موقع aitnews»)
        named = i > 0 and _is_word(toks[i - 1]) and j - i <= 3 and (
            toks[i - 1].key in NAMING_WORDS or (j - i == 1 and (
                _head_reading(toks[i - 1], ORG_HEADS_STRONG) is not None
                or "ORG" in _TRIGGER_NOUN_TYPES.get(strip_article(toks[i - 1].kreadings[-1][1]), ()))))
        if not real or not (named or any(any(c.isupper() for c in w) for w in real)) or "www" in t.text.lower():
            i = j
            continue
        # Trim furniture at the edges ("Digi-Wo. Next").
        a, b = i, j
        while a < b and toks[a].text.lower() in LATIN_NOT_NAMES and not (
                a + 1 < b and toks[a + 1].text == "&" and toks[a + 1].start == toks[a].end):
            a += 1  # (not «AT» of «AT&T»)
        while b > a and (toks[b - 1].text.lower() in LATIN_NOT_NAMES or toks[b - 1].text in ("-", "&")):
            b -= 1
        while a < b and toks[a].text == "&":
            a += 1  # («A & B»: a lone letter trimmed, the «&» with it)
        if a == b:
            i = j
            continue
        span_text = text[toks[a].start:toks[b - 1].end]
        if toks[a].start > 0 and text[toks[a].start - 1] == "#":
            i = j
            continue  # a hashtag ("#FounderOfTwitterUnderstands") is a topic, not a name
        if "@" in text[max(0, toks[a].start - 1):toks[b - 1].end + 1]:
            i = j
            continue  # an e-mail address («J.T.programs@tvtc.gov.sa») names no one
        if "/" in text[max(0, toks[a].start - 12):toks[a].start] \
                and (url := _URL.search(text, max(0, toks[a].start - 80), toks[b - 1].end)) is not None and url.end() >= toks[b - 1].end:
            i = j
            continue  # a web address's path («http://kck.st/1HBbfFK») names no one
        if _translated_before(toks, a):
            i = j
            continue  # “إشعارات مخصصة” Custom Notifications: the English of an Arabic phrase, no name
        cue = a - 1 if a > 0 and toks[a - 1].key != "علي" else a - 2  # the cue, or the cue before «على»
        if cue >= 0 and _is_word(toks[cue]) and _hamza(toks[cue].key) in UI_CUES:
            i = j
            continue  # «اضغط على Open Other Documents», «خيار Enable Editing»: a button's label, no name
        inner = [x.text for x in toks[a:b] if _LATIN_WORD.match(x.text) and x.text.lower() not in LATIN_NOT_NAMES]
        if len(inner) >= 2 and not named and any(len(w) >= 3 and w.islower() and w not in _NAME_PARTICLES for w in inner):
            i = j
            continue  # «Wireless carriers», «kick Stand»: ordinary English (a name capitalises each word, «iPhone» within)
        if tuple(x.key for x in toks[a:b]) in res.org_index:
            i = j
            continue  # «Sony», «Intel»: an organisation the gazetteer lists (and reads) under this name
        firm_cue = a > 0 and _is_word(toks[a - 1]) and _head_reading(toks[a - 1], ORG_HEADS_STRONG) is not None
        brand = 0 if firm_cue else next((k for k in (2, 1) if b - a > k and tuple(x.key for x in toks[a:a + k]) in res.org_index), 0)
        rest = [x.text for x in toks[a + brand:b] if _LATIN_WORD.match(x.text)] if brand else []
        if rest and rest[-1].lower().rstrip(".") not in LATIN_ORG_HEADS \
                and any(not w.isupper() or any(ch.isdigit() for ch in w) for w in rest) \
                and tuple(x.key for x in toks[a:b]) not in domain_lists()[2].index:  # (the list's own product, its row)
            # «Microsoft Xbox», «Huawei Tron Android Gaming», «LG G4»: a company the gazetteer lists, then more
            # of its own words, is the company's product (not «Apple Inc», «Samsung SDS», «MBC FM»: the body)
            out.append(Candidate(toks[a].start, toks[b - 1].end, "MISC", "pattern",
                                 f"Latin-script product of «{text[toks[a].start:toks[a + brand - 1].end]}»",
                                 PRIORITY["pattern"] + 3))
            i = j
            continue
        prev = toks[a - 1] if a > 0 else None
        if prev is not None and prev.text == "(" and a >= 2:
            prev = toks[a - 2]  # «ملعب (Bischofshofen)»: the head before the parenthesis
        if prev is not None and _is_word(prev) and prev.key in NAMING_WORDS and a >= 2:
            # «شركة هولندية تسمى VolkerWessels»: the head before the naming word (and its adjective) says what
            # it names («الشركة المصباح الجديد المسمى hue go» names the lamp)
            before = toks[a - 2]
            if a >= 3 and _is_word(before) and before.text.endswith(("ي", "ية")) and not _definite(before):
                before = toks[a - 3]
            if _is_word(before) and (_head_reading(before, ORG_HEADS_STRONG) is not None
                                     or _head_reading(before, FACILITY_HEADS) is not None):
                prev = before
        org_cue = prev is not None and _head_reading(prev, ORG_HEADS_STRONG) is not None
        # «شركة أبحاث السوق والاستشارات "TechSci"»: a quoted Latin name closing a firm's description of a few words
        # (no punctuation nor function word between: not «شركة آبل إن "…"») is the firm's name
        if not org_cue and a >= 2 and toks[a - 1].text in QUOTES_OPEN:
            k = a - 2
            while k >= max(0, a - 6) and _is_word(toks[k]) and toks[k].key not in STOP \
                    and _head_reading(toks[k], _COMPANY_HEADS) is None:
                k -= 1
            if k >= max(0, a - 6) and _is_word(toks[k]) and _head_reading(toks[k], _COMPANY_HEADS) is not None:
                prev, org_cue = toks[k], True
        head = _head_before_quoted(toks, a)
        if head is not None:
            # «مجلة “بي سي وورلد” PC World»: the Latin writes again the quoted name, an organisation's.
            prev, org_cue = head, True
        # «هاتفها الذكي المنتظر G4», «جهاز “G4”»: a device's word just before makes a model of a short code
        device = any(x.kind == "word" and not _LATIN_WORD.match(x.text) and any(st in TECH_CUES for _, st in x.kreadings)
                     for x in toks[max(0, a - 3):a]) or (a > 0 and _quoted(toks, a - 1) is not None)
        if b - a == 1 and len(span_text) <= 4 and any(ch.isdigit() for ch in span_text) and not device and not org_cue \
                and not (prev is not None and _head_reading(prev, EVENT_HEADS) is not None):
            i = j
            continue  # "C24": a room or form number, not a name (but «مسابقة (PX3)», a contest's; «قناة MBC1», a channel)
        if b - a == 1 and len(span_text) <= 2 and a > 0 and toks[a - 1].kind == "number" and toks[a - 1].end == toks[a].start:
            i = j
            continue  # "5S": the letter of a model number, not a name
        if b - a == 1 and re.fullmatch(r"[xX]\d+", span_text) and a > 0 and toks[a - 1].kind == "number" \
                and toks[a - 1].end == toks[a].start:
            i = j
            continue  # «1536X2048»: a screen's resolution, no name
        if b - a == 1 and len(span_text) == 1:
            i = j
            continue  # «الحرف «Y»», «حرف F»: a letter alone names nothing
        # (a model number is no body: «X2048», more digits than letters)
        acronym = b - a == 1 and span_text.isupper() and 2 <= len(span_text) <= 6 \
            and not (device and any(ch.isdigit() for ch in span_text)) \
            and sum(ch.isdigit() for ch in span_text) < sum(ch.isalpha() for ch in span_text)
        # "معرض IFA", "مؤتمر CES": after an event's head noun the name is the event's (MISC).
        event_cue = prev is not None and _head_reading(prev, EVENT_HEADS) is not None
        bridged = _trigger_before(toks, a) if prev is not None else None
        if bridged is not None and bridged[1] == 0 and prev is not None and prev.key not in QUOTE_BRIDGES:
            bridged = None  # a work's genre words before the name count for a quoted title only
        # («موقع Business Insider», «صحيفة New York Times»: the noun right before the Latin says what it names)
        facility_cue = prev is not None and _head_reading(prev, FACILITY_HEADS) is not None  # «ملعب ANZ»
        # «من إخراج Anthony Leondis», «المخرج Steven Spielberg»: after a credit or a profession, two or three
        # capitalised words are a person's name
        # («السيدة Taneli Armanto», «المهندس الروماني ”Andrei Lacatusu”»: a title, or a profession and its
        # adjectives, with the name's opening quote between)
        person_cue = 2 <= len(inner) <= 3 and all(w[:1].isupper() for w in inner) \
            and not any(ch.isdigit() for ch in span_text) and _latin_person_cue(toks, a)
        # «British Standards Institution», «Goldman Sachs Group»: the English head word that ends it names a body
        org_head = len(inner) >= 2 and inner[-1].lower().rstrip(".") in LATIN_ORG_HEADS and inner[0][:1].isupper()
        # «RIA NOVOSTI», «KickStarter»: an organisation the gazetteer lists, written in capitals in a credit line or
        # with other capitals than the list's
        listed = tuple(x.key.lower() for x in toks[a:b]) in _latin_org_keys(res)
        typ = ("PERS" if person_cue else bridged[0] if bridged else "MISC" if event_cue else "LOC" if facility_cue
               else "ORG" if org_cue or acronym or org_head or listed else "MISC")
        out.append(Candidate(toks[a].start, toks[b - 1].end, typ, "pattern",
                             "Latin-script name" + (f" after «{prev.text}»" if (org_cue or person_cue) and prev else ""),
                             PRIORITY["pattern"] - 5))
        i = j
    return out


def _head_before_quoted(toks: list[Token], a: int) -> Token | None:
    """The organisation head before a quoted name that the Latin run at ``a`` follows: «مجلة» of
    «مجلة “بي سي وورلد” PC World», «الموقع» of «الموقع الصيني “ديجي-وو” Digi-Wo»; else None."""
    if a < 3 or toks[a - 1].text not in QUOTES_CLOSE or toks[a].start - toks[a - 1].end > 2:
        return None
    k = a - 2
    while k >= 0 and a - k <= 6 and toks[k].text not in QUOTES_OPEN:
        k -= 1
    if k < 1 or toks[k].text not in QUOTES_OPEN:
        return None
    for j in (k - 1, k - 2):
        if j < 0 or not _is_word(toks[j]):
            return None
        if _head_reading(toks[j], _MEDIA_OR_ORG_HEADS) is not None:
            return toks[j]
        if nisba_of(toks[j].text) is None:  # one adjective may stand between: "الموقع الصيني"
            return None
    return None


def _translated_before(toks: list[Token], a: int) -> bool:
    """Is the Latin run at token ``a`` the gloss of a quoted Arabic phrase just before it, and is that
    phrase a translation (Arabic words that carry ال، ة or ات) rather than a name written in Arabic
    letters («بي سي وورلد» PC World, «جير سولو» Gear Solo)?

    >>> t = 'خيار جديد هو “التحديد كغير مقروء” Mark as unread ونقلت مجلة “بي سي وورلد” PC World و«هاتف» Phone'
    >>> toks = tokens_of(t)
    >>> [_translated_before(toks, k) for k, x in enumerate(toks) if x.text in ("Mark", "PC", "Phone")]
    [True, False, True]
    """
    if a < 2 or toks[a - 1].text not in QUOTES_CLOSE or toks[a].start - toks[a - 1].end > 2:
        return False
    words = []
    for k in range(a - 2, max(-1, a - 10), -1):
        if toks[k].text in QUOTES_OPEN:
            break
        if toks[k].kind != "word" or not has_arabic(toks[k].text):
            return False
        words.append(toks[k].folded)
    else:
        return False
    # (or common nouns the corpus writes with ال, all of them: «هاتف» Phone, «جهاز لوحي» Tablet; not «باندورا راديو»)
    return bool(words) and (any(w.startswith("ال") or w.endswith(("ه", "ات")) for w in words)
                            or all(len(w) >= 3 and _corpus_word("ال" + w) for w in words))


# --- domain name lists: sports clubs, competitions, products -------------------------------------------

SPORT_CUES = _words("sport_cues")
SPORT_CUES_SHARED = _words("sport_cues_shared")
# Near a club's name (not in the article test): its opponent named as its brother, host or guest
CLUB_NEAR_CUES = SPORT_CUES | _words("club_counterparts")
CLUB_BUSINESS = _words("club_near_words")
_BOARD = key("مجلس")
PREDICATE_OPENERS = _words("predicate_openers")
DEGREE_ADVERBS = frozenset(key(w) for w in _words("degree_adverbs"))
DEMONSTRATIVES = frozenset(_hamza(key(w)) for w in _words("demonstratives"))
ADVERBIAL_DEMONSTRATIVES = _words("adverbial_demonstratives")
PARTITIVES = frozenset(key(w) for w in _words("partitives"))
TECH_CUES = _words("tech_cues")
UI_CUES = frozenset(_hamza(key(w)) for w in _words("ui_cues"))
_TRIGGER_NOUNS = frozenset(t for ts in QUOTE_TRIGGERS.values() for t in ts if len(t) == 1)
# The type each one-word trigger announces («جهاز» MISC, «سهم» ORG)
_TRIGGER_NOUN_TYPES: dict[str, set[str]] = {}
for _typ, _ts in QUOTE_TRIGGERS.items():
    for _t in _ts:
        if len(_t) == 1:
            _TRIGGER_NOUN_TYPES.setdefault(_t[0], set()).add(_typ)
_TRIGGERS_BY_LAST: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _typ, _ts in QUOTE_TRIGGERS.items():
    for _t in _ts:
        _TRIGGERS_BY_LAST.setdefault(_t[-1], []).append((_typ, _t))
PRODUCT_SUFFIXES = _words("product_suffixes")
TEAM_WORDS = frozenset({"نادي", "منتخب", "فريق"})


@dataclass
class NameList:
    """One of the domain gazetteers: names → row id, and each row's canonical name and ambiguity."""

    type: str
    index: dict[tuple[str, ...], str]
    rows: dict[str, tuple[str, bool]]
    max_len: int
    what: str
    # The foreign names' consonant skeletons (kit.places.skeleton) → row id: another spelling of a
    # transliterated name («أتليتكو مدريد» for «أتليتيكو مدريد», «سامسونغ» for «سامسونج»).
    skeletons: dict[tuple[str, ...], str] = field(default_factory=dict)
    # The listed names of each skeleton: another spelling is at most two letters from one of them, word by word.
    skeleton_names: dict[tuple[str, ...], list[tuple[str, ...]]] = field(default_factory=dict)


def _name_list(filename: str, typ: str, what: str) -> NameList:
    path = GAZ / filename
    index: dict[tuple[str, ...], str] = {}
    rows: dict[str, tuple[str, bool]] = {}
    if path.is_file():
        table = _read_tsv(path)
        header = table[0]
        col = {h: k for k, h in enumerate(header)}
        for row in table[1:]:
            rid, canonical = row[col["id"]], row[col["canonical"]]
            ambiguous = "ambiguous" in col and row[col["ambiguous"]].strip() == "yes"
            rows[rid] = (canonical, ambiguous)
            for name in row[col["names"]].split("|"):
                k = tuple(key(name).split())
                if rid.endswith("_nt") and (
                        (not any("منتخب" in w for w in k) and (len(k) < 2 or _known_place(" ".join(k))))
                        or (k[0] == "منتخب" and any(c.entry.kind == "country" for c in _known_place(" ".join(k[1:]))))):
                    # A country named for its team («فازت إيطاليا», «منتخب إيطاليا») stays a place
                    # (LOC); «المنتخب الإيطالي» names the team, and so does a nickname with the country's
                    # adjective («الأزرق الكويتي», «نسور قرطاج»), which is no place.
                    continue
                if typ == "PERS" and k and k[0] in STOP and not (len(k) >= 2 and k[0] in _KUNYA):
                    continue  # «علي عبد الله صالح»: «على» (on) would try every sentence; the title rules find him
                    # (a kunya's «أم» is the name's: «أم كلثوم»)
                if k and k not in index:
                    index[k] = rid
                if filename == "products.tsv" and k and re.search("[A-Za-z]", "".join(k)):
                    for cased in (tuple(w.lower() for w in k), tuple(w.upper() for w in k)):
                        index.setdefault(cased, rid)  # «IOS», «ios» for «iOS»: the press writes a product's case freely
                if filename == "products.tsv" and k and not k[0].startswith("ال") and has_arabic(k[0]) \
                        and ("ال" + k[0], *k[1:]) not in index:
                    index[("ال" + k[0], *k[1:])] = rid  # «بنظام الأندرويد», «مثل الويندوز»: tech writing puts ال on a brand
    skeletons: dict[tuple[str, ...], str | None] = {}
    names_of: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    # (not for works: their titles are Arabic phrases, whose skeletons meet other phrases)
    if typ != "PERS" and filename != "works.tsv":
        for k, rid in index.items():
            sk = tuple(skeleton(w) for w in k)
            # Only a name of two words or more with a long first word, of a row that names only itself:
            # a skeleton drops long vowels, and short names meet Arabic words and other names.
            # One word alone meets too many other names and words (أتلانتا / Atalanta, كالتصوير / Galatasaray).
            if rows[rid][1] or len(k) < 2 or len(k[0]) < 5 or k[0].startswith("ال") or len(sk[0]) < 4:
                continue
            skeletons[sk] = rid if skeletons.get(sk, rid) == rid else None  # two rows: neither
            names_of.setdefault(sk, []).append(k)
    skel = {k: v for k, v in skeletons.items() if v is not None}
    return NameList(typ, index, rows, max((len(k) for k in index), default=1), what, skel,
                    {sk: names_of[sk] for sk in skel})


@lru_cache(maxsize=1)
def _domain_firsts() -> dict[str, int]:
    """Which domain lists have a name that opens with each word: {word: a bit per list of
    :func:`domain_lists`, in its order}."""
    out: dict[str, int] = {}
    for k, lst in enumerate(domain_lists()):
        for w in _first_words(lst.index):
            out[w] = out.get(w, 0) | 1 << k
    return out


@lru_cache(maxsize=1)
def _domain_bits() -> tuple[int, ...]:
    """Each list's bit in :func:`_domain_firsts`, in :func:`_domain_hits`' order (competitions, clubs,
    products, people, operations, events, works). Kept: worked out per segment it cost 0.1 ms an article."""
    clubs, comps, products, people, operations, events, works = domain_lists()
    order = (comps, clubs, products, people, operations, events, works)
    # found by identity: list.index compares the lists' contents
    return tuple(next(1 << k for k, x in enumerate(domain_lists()) if x is lst) for lst in order)


@lru_cache(maxsize=1)
def domain_lists() -> tuple[NameList, NameList, NameList, NameList, NameList, NameList, NameList]:
    """Sports clubs (ORG), sports competitions (MISC), products (MISC), widely known people (PERS),
    named military operations (MISC), named festivals (MISC) and widely known works (MISC: «هاري بوتر»,
    «ألف ليلة وليلة») of ``data/gazetteer/``."""
    return (_name_list("clubs.tsv", "ORG", "sports club"), _name_list("competitions.tsv", "MISC", "competition"),
            _name_list("products.tsv", "MISC", "product"), _name_list("people.tsv", "PERS", "person"),
            _name_list("operations.tsv", "MISC", "named operation"), _name_list("events.tsv", "MISC", "named event"),
            _name_list("works.tsv", "MISC", "named work"))


NON_SPORT_CLUBS = frozenset(_hamza(key(w)) for w in _words("non_sport_clubs"))


def _other_club(toks: list[Token], k: int) -> bool:
    """Is token ``k`` «نادي»/«النادي» of another kind than sport («النادي الأدبي», a literary club)?"""
    return k + 1 < len(toks) and "نادي" in {strip_article(x) for x in toks[k].keys} \
        and not NON_SPORT_CLUBS.isdisjoint(toks[k + 1].keys)


GOAL_SCORE_WORDS = frozenset(key(w) for w in _words("goal_score_words"))


def _purpose_goal(toks: list[Token], k: int) -> bool:
    """Is token ``k`` «بهدف» of a purpose («بهدف تحفيزهم», in order to), no goal scored («بهدف نظيف»)?

    >>> t = tokens_of("مبادرة تخص الشباب بهدف تحفيزهم وفاز النصر بهدف نظيف")
    >>> [_purpose_goal(t, k) for k, x in enumerate(t) if x.text == "بهدف"]
    [True, False]
    """
    t = toks[k]
    if "بهدف" not in t.keys:  # (also «وبهدف»)
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.kind != "word" or GOAL_SCORE_WORDS.isdisjoint(nxt.keys)


def _is_cue(t: Token, cues: frozenset) -> bool:
    """Is ``t`` one of ``cues``, with or without ال, a proclitic or a pronoun («فريقه», «لاعبيه»)?"""
    if t.text in cues or not cues.isdisjoint(t.keys) or any(strip_article(x) in cues for x in t.keys):
        return True
    return t.kind == "word" and len(t.key) > 4 and not t.key.endswith("يه") and _POSSESSIVE.sub("", t.key) in cues


def _cue_near(toks: list[Token], a: int, b: int, cues: frozenset, width: int = 4) -> bool:
    return any(_is_cue(toks[k], cues) and not _other_club(toks, k) and not _purpose_goal(toks, k)
               for k in [*range(max(0, a - width), a), *range(b, min(len(toks), b + width))])


def domain_candidates(text: str, toks: list[Token], res: Resources, sporty: bool) -> list[Candidate]:
    """Clubs, competitions and products of the domain lists. A name that is also an ordinary word
    (the club «النصر», the product «سيري») counts only with context: a sports word near the club in a
    sports article, a technology word or a model number near the product; a competition named by an
    ordinary word («يورو», «خليجي») only with its year or edition after it.

    >>> t = "فاز النصر على الهلال في دوري عبداللطيف جميل وأطلقت أبل هاتف آيفون 6 بلس"
    >>> [(text_of(t, c), c.type) for c in domain_candidates(t, tokens_of(t), resources(), True)]
    [('النصر', 'ORG'), ('الهلال', 'ORG'), ('دوري عبداللطيف جميل', 'MISC'), ('آيفون 6 بلس', 'MISC')]
    """
    return [c for c, pending in _domain_hits(text, toks, res, sporty) if not pending]


def _in_address(text: str, start: int, end: int) -> bool:
    """Is ``[start, end)`` part of an e-mail or web address («salem@hotmail.com», «www.gmail.com»)?"""
    if not text[start:end].isascii():
        return False
    before, after, then = text[max(0, start - 1):start], text[end:end + 1], text[end + 1:end + 2]
    return before in ("@", ".", "/") or (after == "." and then.isascii() and then.isalpha())


# Between two club names of a fixture or a list: «الأهلي × الشباب», «العروبة والفيصلي».
TRANSFER_JOINS = _words("transfer_joins")
_FIXTURE_JOINS = frozenset({"", "و", "×", "x", "X", "-", "–", "،", ",", "ضد", "امام", "مع"})
# Words of a player's move before the club he leaves or joins (data/lexicon/transfer_cues.txt).
TRANSFER_CUES = _words("transfer_cues")
# Words of a journey before «إلى» and a town that a club is named after (data/lexicon/travel_words.txt).
TRAVEL_WORDS = frozenset(_hamza(w) for w in _words("travel_words"))
_DELEGATION = _hamza(key("بعثة"))  # (a team's delegation, «وصلت بعثة فريق الاتحاد»)


def _travel_before(toks: Sequence[Token], k: int) -> bool:
    """Does a word of a journey stand before ``toks[k]`` («إلى»), right before it or a few words back in its clause
    with its subject between («وصلت بعثة فريق الاتحاد إلى جدة»)?

    Not past an object in the accusative: «وقدم أرسنال عرضا إلى دورتموند» (made an offer to the club).

    >>> t = tokens_of("وصلت بعثة فريق الاتحاد إلى جدة، والعودة إلى الرياض، وانضم إلى الاتحاد، وقدم أرسنال عرضا إلى دورتموند")
    >>> [_travel_before(t, j) for j, x in enumerate(t) if x.text == "إلى"]
    [True, True, False, False]
    """
    for j in range(k - 1, max(-1, k - 6), -1):
        if not _is_word(toks[j]) or (j < k - 1 and toks[j + 1].key.endswith("ا") and not toks[j + 1].key.startswith("ال")):
            return False
        if any(_hamza(st) in TRAVEL_WORDS for _, st in toks[j].kreadings):
            # (a few words back, a team or its delegation between: «قدوم صلاح إلى روما» is a player's move)
            return j == k - 1 or any(strip_article(x.key) in TEAM_WORDS or _hamza(strip_article(x.key)) == _DELEGATION for x in toks[j + 1:k])
    return False
_CLAUSE_BREAK = re.compile(r"[.،,؛;:!?؟\n]")  # a move's words count within their clause only


def _moved(text: str, start: int) -> bool:
    """Does the name at ``start`` follow «من», «إلى» or ل and, a few words before it in the same clause, a
    word of a player's move («القادم من الطائي», «المنتقل للنصر من الشباب»)?

    >>> t = "وشارك المنتقل للنصر من الشباب، وقال من الشباب"
    >>> [_moved(t, i) for i in (t.index("لنصر"), t.index("الشباب"), t.rindex("الشباب"))]
    [True, True, False]
    """
    before = _CLAUSE_BREAK.split(text[max(0, start - 80):start])[-1]
    if before.endswith("ل") and not before.endswith(" ل"):
        before = before[:-1] + " ل"  # «للنصر»: the name after the preposition ل written onto it
    words = [_hamza(w) for w in fold(before).split()]
    return len(words) >= 2 and words[-1] in ("من", fold("إلى"), "ل") and any(
        w in TRANSFER_CUES or (w[:1] in "وف" and w[1:] in TRANSFER_CUES) for w in words[-7:-1])


CLUB_SUFFIXES = _words("club_name_suffixes")


def _name_before_suffix(toks: list[Token], k: int, res: Resources) -> tuple[int, int]:
    """(first token, start offset) of the name before the suffix word at ``k`` («كونيا سبور», «دارين مول»): up to
    three words, each a town the gazetteer knows, a word of a cluster of names (over 60% of its ANERcorp
    tokens), one the news corpus never wrote (a foreign name) or «بلدية»; a و before one opens the name.
    (k, the suffix's start) when there is none."""
    j, s = k, toks[k].start
    while j > 0 and k - j < 3:
        u = toks[j - 1]
        if not _is_word(u) or u.end + 1 < toks[j].start:
            break
        offs = [off for off, st in u.kreadings if (off == 0 or u.text[:off] == "و") and (
            _hamza(st) == "بلديه" or (len(st) >= 3 and st not in STOP and not res.common(st) and (
                _known_place(u.text[off:]) or _cluster_share(st, 1) >= 0.6
                or not (_corpus_word(st) or _corpus_word("ال" + st)))))]
        if not offs:
            break
        # «ودارين مول»: a و that is no letter of the word (:func:`_own_waw`) is the conjunction, left out
        at = 1 if 1 in offs and u.text[:1] == "و" and not _own_waw(u) else offs[0]
        j, s = j - 1, u.start + at
        if at:
            break  # «وأدنا سبور»: the proclitic opens the name
    return j, s


def club_suffix_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """Foreign clubs named by a town (or a founder) and a club word after it, as ORG: «كونيا سبور»,
    «بلاكبيرن روفرز» (data/lexicon/club_name_suffixes.txt). Up to three words before the club word are
    taken (:func:`_name_before_suffix`); a team word, a verb or a common noun before them stays out («فريق
    غازي عنتاب سبور», «سيلاقي نظيره أنطاليا سبور»).

    >>> t = "خسر من كونيا سبور التركي وفاز على أخيسار سبور وسيلاقي نظيره أنطاليا سبور"
    >>> [text_of(t, c) for c in club_suffix_candidates(t, tokens_of(t), resources())]
    ['كونيا سبور', 'أخيسار سبور', 'أنطاليا سبور']
    """
    out = []
    for k, t in enumerate(toks):
        if k == 0 or t.kind != "word" or t.key not in CLUB_SUFFIXES:
            continue
        j, s = _name_before_suffix(toks, k, res)
        if j < k:
            out.append(Candidate(s, t.end, "ORG", "pattern", f"a club: its town or name and «{t.text}»",
                                 PRIORITY["gazetteer"] + 1))
    return out


# An acronym as written in quotes: Latin capitals («SABIC») or short letter names joined by dots («بي.سي.آي»)
_ACRONYM_TEXT = re.compile(r"[A-Z]{2,8}|(?:\w{1,3}\.){1,6}\w{1,3}\.?")
FIRM_SUFFIXES_AFTER_FOREIGN = _words("firm_suffixes_after_foreign")
FIRM_SUFFIXES = _words("firm_name_suffixes")
_FIRM_ENDS = FIRM_SUFFIXES | FIRM_SUFFIXES_AFTER_FOREIGN  # every word firm_suffix_candidates reads a name before
_FIRM_EVIDENCE = "a company: a name and"


def _foreign_word_only(u: Token, res: Resources) -> bool:
    """Is ``u`` a word Arabic writes only in foreign names: no reading of it (with or without a clitic) is a common
    word or one the corpus writes with ال, no sound plural in construct («محللو»), no verb with a pronoun («تلاه»)?

    >>> [_foreign_word_only(t, resources()) for t in tokens_of("هانا أكبر محللو بمحافظ")]
    [True, False, False, False]
    """
    w = u.key
    if w.startswith("ال") or any(res.common(st) or _corpus_word("ال" + st) for _, st in u.kreadings):
        return False
    if w.endswith("و") and (_corpus_word("ال" + w[:-1] + "ون") or _corpus_word("ال" + w[:-1] + "ين")):
        return False
    return not any(len(b) >= 3 and _corpus_word(b) for b in _pronoun_bases(w)) and not _verbish(u, res)


def firm_suffix_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """Foreign companies named by a name and an English company word in Arabic letters (firm_name_suffixes.txt),
    ORG: «دراجون أويل», «الجزيرة كابيتال». Up to four name words: no stop word, verb, organisation's head or word of
    a cluster of ordinary words («مساهمي»); a definite one only before the company word or another definite one
    («السعودي الفرنسي كابيتال»); a preposition opens the name («لشتات أويل»). A name going on past that («سي.إف
    إندستريز») is left to the other recognisers. See tests/test_entities_genres.py for the controls.

    >>> t = "قالت ريستاد إنرجي إن الجزيرة كابيتال وإليوت كابيتال أدفيزرز باعت لمساهمي دراجون أويل"
    >>> [text_of(t, c) for c in firm_suffix_candidates(t, tokens_of(t), resources())]
    ['ريستاد إنرجي', 'الجزيرة كابيتال', 'إليوت كابيتال أدفيزرز', 'دراجون أويل']
    """
    out = []
    n = len(toks)

    def name_word(u: Token, nxt: Token, suffix_next: bool) -> bool:
        if not _is_word(u) or u.key in STOP or len(u.key) < 2 or _verbish(u, res) or _feminine_past(u, res) \
                or _verb_like(u, res) or _plural_verb(u, res) or _head_reading(u, ORG_HEADS_ANY) is not None \
                or _hamza(strip_article(u.key)) in ORG_HEADS_BEFORE_NAME:
            return False  # «وتوقعت الجزيرة كابيتال», «شركة روش هولدينج», «بنك جولدمان ساكس جروب»
        if u.key.startswith("ال"):
            # a definite word right before the company word, or an adjective before another definite word
            return (suffix_next or (nxt.key.startswith("ال") and nisba_of(u.text) is not None)) and (
                nisba_of(u.text) is not None or bool(_known_place(u.text)) or _cluster_share(u.key, 0) >= 0.1)
        if u.key.endswith(("ها", "هم", "هما", "كم")) and any(_corpus_word(b) for b in _pronoun_bases(u.key)):
            return False  # «حصتها لشتات أويل»: a noun with its pronoun
        return not (res.common(u.key) and len(u.kreadings) == 1) and _cluster_share(u.key, 0) >= 0.1

    for k, t in enumerate(toks):
        if k == 0 or t.kind != "word" or t.key not in _FIRM_ENDS:
            continue
        if k + 1 < n and toks[k + 1].kind == "word" and toks[k + 1].key in FIRM_SUFFIXES and toks[k + 1].start - t.end <= 1:
            continue  # «كابيتال أدفيزرز»: the last company word makes the name
        j = k
        while j > 0 and toks[j - 1].kind == "word" and toks[j - 1].key in FIRM_SUFFIXES and toks[j].start - toks[j - 1].end <= 1:
            j -= 1
        top, s, cut = j, None, False
        while j > 0:
            u = toks[j - 1]
            if toks[j].start - u.end > 1:
                break
            if u.end == toks[j].start and u.text in (".", "-", "_", "/", "&"):
                cut = True  # «سي.إف إندستريز»: a dotted name goes on before it
                break
            if not name_word(u, toks[j], j == top):
                break
            if top - j == 4:
                cut = True  # a fifth name word: too long a name to draw here
                break
            off = 0
            if u.text[:1] == "و" and len(u.kreadings) > 1 and not _own_waw(u):
                off = 1
            elif u.text[:2] in ("لإ", "لأ", "بإ", "بأ"):
                off = 1  # «لإيديكس كورب»: no Arabic word opens with these
            elif u.text[:1] in "بلكف" and len(u.kreadings) > 1:
                # (not «بلتون كابيتال», whose «لتون» the corpus never wrote)
                off = next((o for o, st in u.kreadings if o and len(st) >= 3 and st not in STOP and _corpus_word(st)), 0)
            if off and (_cluster_share(stem := next(st for o, st in u.kreadings if o == off), 0) < 0.1 or res.common(stem)):
                break  # «لمساهمي دراجون أويل», «باسم دلتا إيرلاينز»: the preposition's noun is an ordinary word
            j, s = j - 1, u.start + off
            if off:
                break  # the preposition opens the name
        if s is not None and not cut and t.key in FIRM_SUFFIXES_AFTER_FOREIGN and (
                k + 1 < n and _definite(toks[k + 1]) and nisba_of(toks[k + 1].text) is None):
            continue  # «مقترضي بنك التسليف»: the bank named in Arabic order after it (not «هانا بنك الكوري»)
        if s is not None and not cut and t.key in FIRM_SUFFIXES_AFTER_FOREIGN and not all(
                _foreign_word_only(u, res) for u in toks[j:top] if _is_word(u)):
            continue  # «أكبر بنك», «محللو بنك دويتشه», «وتلاه بنك»: an Arabic word before «بنك» names no foreign bank
        before = j - 1 - (j > 1 and toks[j - 1].text in _QUOTE_MARKS)
        if s is not None and not cut and before >= 0 and _is_word(toks[before]) \
                and any(_hamza(st) in PLACE_KIND_WORDS for _, st in toks[before].kreadings):
            continue  # «في حي "ساوث بنك" بمدينة لندن»: a place named after its kind, no bank
        if s is not None and not cut:
            out.append(Candidate(s, t.end, "ORG", "pattern", f"{_FIRM_EVIDENCE} «{t.text}»", PRIORITY["gazetteer"] + 1))
    return out


_DISTRICTS = key("أحياء")
_THE_DISTRICTS = key("الأحياء")
_DISTRICT_WORDS = lexicon.rows("district_list_words")
_DISTRICT_OPENERS = frozenset(key(r["word"]) for r in _DISTRICT_WORDS if r["role"] == "opener")
_SUBDIVISIONS = frozenset(_hamza(key(r["word"])) for r in _DISTRICT_WORDS if r["role"] == "subdivision")
_DIRECTIONS = frozenset(key(r["word"]) for r in _DISTRICT_WORDS if r["role"] == "direction")


# The dual of a body's head written with ة: «وزارتي», «جامعتا», «أمانتي» (from «وزارة», «جامعة», «أمانة»).
# (heads inside the name only: «صحيفتي الرياضية والجزيرة» names two papers, each by its own name)
_DUAL_HEADS = frozenset(h[:-1] + end for h in (_hamza(fold(r["word"])) for r in lexicon.rows("org_heads")
                                               if r["strength"] in ("strong", "seat") and r["in_name"] == "yes")
                        if h.endswith("ه") for end in ("تي", "تا"))
_DUAL_FIELD_HEADS = frozenset(_hamza(fold(w))[:-1] + end for w in lexicon.raw_words("dual_field_heads") for end in ("تي", "تا"))


def dual_head_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """Two bodies named by one dual head: «وزارتي الدفاع والداخلية», «جامعتي واشنطن وايلينوي», «أمانتي الطائف
    والأحساء», one ORG over the head and both names (the set's annotators draw «وزارتي العدل والتجارة» so), the
    places inside it no places of their own. Each name is one word, definite or a place the lists know, with an
    adjective after it at most.

    >>> t = "بالتنسيق مع وزارتي الدفاع والداخلية ومع أمانتي الطائف والأحساء"
    >>> [text_of(t, c) for c in dual_head_candidates(t, tokens_of(t), resources())]
    ['وزارتي الدفاع والداخلية', 'أمانتي الطائف والأحساء']
    """
    out: list[Candidate] = []
    n = len(toks)

    def name(k: int, glued: bool, fields: bool) -> int:  # the end of one name at k (k itself when there is none)
        if k >= n or not _is_word(toks[k]):
            return k
        t = toks[k]
        st = next((s for o, s in t.kreadings if o == 1), None) if glued else t.key
        if st is None or st in STOP or st in ROLE_ADJECTIVES or st in DESCRIPTIVE:
            return k
        if not (_known_place(t.text[1 if glued else 0:]) or (fields and st.startswith("ال"))):
            return k  # (a field of a ministry or an authority; any other head's bodies by a place the lists know)
        if k + 1 < n and _is_word(toks[k + 1]) and toks[k + 1].key.startswith("ال") and toks[k + 1].key.endswith(("ي", "يه")) \
                and toks[k + 1].key not in STOP and toks[k + 1].key not in DESCRIPTIVE \
                and not (k + 2 < n and toks[k + 2].key in PREPOSITIONS):
            return k + 2  # «وزارتي التعليم العالي والتربية» (not «… والتعليم الداعية إلى»: what they call for)
        return k + 1

    for i in range(n - 2):
        t = toks[i]
        # (the dual's ending first: most tokens end otherwise, and the readings' test costs more)
        if not t.key.endswith(("تي", "تا")) or not _is_word(t) or not any(_hamza(st) in _DUAL_HEADS for _, st in t.kreadings):
            continue
        fields = any(_hamza(st) in _DUAL_FIELD_HEADS for _, st in t.kreadings)
        a = name(i + 1, False, fields)
        if a == i + 1 or a >= n or toks[a].text[:1] != "و" or len(toks[a].kreadings) < 2:
            continue
        b = name(a, True, fields)
        if b < n and _is_word(toks[b]) and toks[b].text[:1] == "و" and any(o == 1 and st.startswith("ال") for o, st in toks[b].kreadings):
            continue  # «منظمتي الصحة والأغذية والزراعة»: a third name after و, a list read otherwise
        if b == a or all(any(c.entry.kind == "country" for c in _known_place(toks[k].text[1 if k == a else 0:]))
                         for k in (i + 1, a)):
            continue  # «بورصتي السعودية والكويت»: the two countries' exchanges, the countries named (places)
        off = next((o for o, st in t.kreadings if _hamza(st) in _DUAL_HEADS), 0)
        out.append(Candidate(t.start + off, toks[b - 1].end, "ORG", "pattern",
                             f"two bodies after the dual head «{t.text[off:]}»", PRIORITY["pattern"]))
    return out


_FIXTURE_WORDS = lexicon.rows("fixture_words")
_FIXTURE_VENUES = frozenset(_hamza(key(r["word"])) for r in _FIXTURE_WORDS if r["role"] == "venue")
_FIXTURE_SIDES = frozenset(_hamza(key(r["word"])) for r in _FIXTURE_WORDS if r["role"] == "side")
_FIXTURE_VERBS = frozenset(_hamza(key(r["word"])) for r in _FIXTURE_WORDS if r["role"] == "verb")
_FIXTURE_SIDE_KEYS = frozenset(k for r in _FIXTURE_WORDS if r["role"] == "side" for k in (key(r["word"]), key("ال" + r["word"])))


OPPONENT_WORDS = _words("opponent_words")


def opponent_club_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """In a sports report, the side after «أمام» or «ضد» named by one word and its country's masculine adjective is a
    club, and so is each next side of the list joined by و: «أمام الجيل السعودي وأنطاليا التركي وكارابوك التركي» (a town
    takes a feminine adjective, «أنطاليا التركية»). Not a person the lists know, a profession or a title.

    >>> t = "خاض خمس مباريات أمام الجيل السعودي وأنطاليا التركي وكارابوك التركي، ثم أمام الجمهور السعودي"
    >>> [text_of(t, c) for c in opponent_club_candidates(t, tokens_of(t), resources())]
    ['الجيل', 'أنطاليا', 'كارابوك']
    """
    out: list[Candidate] = []
    n = len(toks)

    def side(k: int, off: int) -> bool:
        t, adj = toks[k], toks[k + 1] if k + 1 < n else None
        stem = next((st for o, st in t.kreadings if o == off), None)
        if stem is None or not _is_word(t) or stem in STOP or len(stem) < 3 or adj is None or not _is_word(adj) \
                or not adj.key.startswith("ال") or not adj.key.endswith("ي") or adj.kreadings[0][0] != 0 \
                or nisba_of(adj.text) is None or adj.start - t.end > 1:
            return False
        bare = strip_article(stem)
        if res.first_name(stem) or res.person_word(stem) or bare in PROFESSIONS or bare in ROLE_HEADS or _is_title(t) \
                or _verbish(t, res) or _verb_like(t, res) or _hamza(bare) in ORG_HEADS_ANY \
                or any(len(b) >= 3 and _corpus_word("ال" + b) for b in _pronoun_bases(stem)):
            return False  # (not a noun with its pronoun: «أمام نظيره الأمريكي», its counterpart)
        # a club the lists know, a town, or a word the corpus does not write with ال (not «أمام الجمهور السعودي»)
        return (stem,) in domain_lists()[0].index or stem in _bare_word_clubs() or bool(_known_place(t.text[off:])) \
            or not _corpus_word("ال" + bare)

    # (and a word of a match in the clause besides them: «أمام النفط الروسي» in a report that names clubs elsewhere is
    # the oil's way out)
    if not any(_hamza(st) in SPORT_CUES and _hamza(st) not in OPPONENT_WORDS for t in toks if _is_word(t) for _, st in t.kreadings):
        return out
    for i in range(n - 2):
        if _hamza(toks[i].key) not in OPPONENT_WORDS:
            continue
        k, off = i + 1, 0
        while k + 1 < n and side(k, off):
            out.append(Candidate(toks[k].start + off, toks[k].end, "ORG", "pattern",
                                 f"a side after «{toks[i].text}» and its country's adjective", PRIORITY["gazetteer"] - 1))
            k += 2
            if not (k < n and _is_word(toks[k]) and toks[k].text[:1] == "و" and any(o == 1 for o, _ in toks[k].kreadings)):
                break
            off = 1
    return out


def fixture_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """The two teams of a fixture in a sports report's list (fixture_words.tsv), ORG, however ordinary their
    names: «فريق الأمل مع العرض على صالة …», «والأنصار مع الربيع على صالة …», «فريق قفار مع فيد بحائل»,
    «ويواجه الشعيب فريق النصر على صالة …». A side is one word (its و apart), no stop word, verb or number; the
    fixture is closed by «على» or «في» and a venue's head, or by بـ + a town the lists know.

    >>> t = "فيما يتقابل فريق الأمل مع العرض على صالة رعاية الشباب، والأنصار مع الربيع على صالة الملك"
    >>> [text_of(t, c) for c in fixture_candidates(t, tokens_of(t), resources())]
    ['الأمل', 'العرض', 'الأنصار', 'الربيع']
    """
    out: list[Candidate] = []
    n = len(toks)

    def side(k: int) -> bool:  # (no person's noun, «المدرب», nor a plural of people, «اللاعبون», «الجماهير» aside)
        t = toks[k]
        bare = strip_article(t.key.removeprefix("و") if len(t.kreadings) > 1 else t.key)
        return _is_word(t) and t.key not in STOP and not _verbish(t, res) and not _verb_like(t, res) \
            and _hamza(bare) not in _FIXTURE_SIDES and len(t.key) >= 3 and bare not in PROFESSIONS \
            and bare not in ROLE_HEADS and not bare.endswith("ون") and not res.person_word(t.key)

    def closed(k: int) -> bool:  # a venue or بـ + a known town right after the second side
        if k >= n:
            return False
        t = toks[k]
        if t.key in ("علي", "في") and k + 1 < n and any(_hamza(st) in _FIXTURE_VENUES for _, st in toks[k + 1].kreadings):
            return True
        return _is_word(t) and any(off and fold(t.text[:off]) == "ب" and _large_place(t.text[off:]) for off, _ in t.kreadings)

    for m in range(1, n - 2):
        if toks[m].key == "مع":
            a, b = m - 1, m + 1
            if b < n and _hamza(toks[b].key) in _FIXTURE_SIDES:
                b += 1
        elif toks[m].key in _FIXTURE_SIDE_KEYS and m >= 2 \
                and any(_hamza(st) in _FIXTURE_VERBS for _, st in toks[m - 2].kreadings):
            a, b = m - 1, m + 1  # «ويواجه الشعيب فريق النصر»: the verb's subject, then «فريق» and its object
        else:
            continue
        if b >= n or not side(a) or not side(b) or not closed(b + 1):
            continue
        # the first side: after «فريق», a meeting verb, a comma or و (the next fixture of the list)
        before = toks[a - 1] if a > 0 else None
        # (a و-joined first side only as the next fixture of a list, or with «فريق» on the other side)
        opened = before is None or before.text in ARABIC_COMMAS or _hamza(strip_article(before.key)) in _FIXTURE_SIDES \
            or any(_hamza(st) in _FIXTURE_VERBS for _, st in before.kreadings) \
            or (toks[a].text[:1] == "و" and any(off == 1 for off, _ in toks[a].kreadings)
                and (bool(out) or _hamza(toks[m + 1].key) in _FIXTURE_SIDES))
        if not opened:
            continue
        for k in (a, b):
            t = toks[k]
            off = next((o for o, st in t.kreadings if o == 1 and t.text[:1] == "و"), 0) if k == a else 0
            out.append(Candidate(t.start + off, t.end, "ORG", "pattern",
                                 f"a side of the fixture «{text[toks[a].start:toks[b].end]}»", PRIORITY["pattern"]))
    return out


_FIXTURE_MATCHES = frozenset(_hamza(key(r["word"])) for r in _FIXTURE_WORDS if r["role"] == "match")


@lru_cache(maxsize=1)
def _bare_word_clubs() -> dict[str, str]:
    """The clubs the list holds only with «نادي», their bare name a common word («أحد» → Ohod, «تشرين»), and no place."""
    clubs = domain_lists()[0]
    return {k[1]: rid for k, rid in clubs.index.items()
            if len(k) == 2 and k[0] == "نادي" and (k[1],) not in clubs.index and not _known_place(k[1])}


def match_club_candidates(text: str, toks: list[Token]) -> list[Candidate]:
    """In a sports report, a club whose bare name is a common word, listed only with «نادي» («أحد», Ohod: "one",
    "anyone"), right after the noun or the verb of a match (fixture_words.tsv: «مواجهة أحد», «للقاء أحد يوم
    السبت», «يواجه أحد في»): at the end of its clause or before a function word or a day, not before a noun («لقاء
    أحد اللاعبين», «بمواجهة أحد فرق الدرجة»: one of), nor after a negation («لن يواجه أحد»: anyone).

    >>> t = "قبل مواجهة أحد يوم السبت، وقال أحد اللاعبين إن لقاء أحد المنافسين صعب، وخسر مباراة ودية مع أحد في القاهرة"
    >>> [text_of(t, c) for c in match_club_candidates(t, tokens_of(t))]
    ['أحد', 'أحد']
    """
    out: list[Candidate] = []
    clubs = _bare_word_clubs()
    n = len(toks)
    for k in range(1, n):
        t = toks[k]
        rid = clubs.get(t.key)
        if rid is None:
            continue
        before = k - 1
        if toks[before].key == "مع" and k >= 3 and any(_hamza(st) in _FIXTURE_MATCHES for x in toks[max(0, k - 4):k - 1]
                                                       if _is_word(x) for _, st in x.kreadings):
            before = -1  # «خسر مباراة ودية مع أحد في القاهرة»: the match, its adjective, «مع» and the club
        if before >= 0 and not any(_hamza(st) in _FIXTURE_MATCHES or _hamza(st) in _FIXTURE_VERBS
                                   for _, st in toks[before].kreadings):
            continue
        if any(_is_word(x) and x.key in _NEGATIONS for x in toks[max(0, k - 3):k - 1]):
            continue  # «لن يواجه أحد», «ولم تكن مواجهة أحد سهلة»: anyone
        nxt = toks[k + 1] if k + 1 < n else None
        if nxt is not None and _is_word(nxt) and not t.key.startswith("ال") and not (nxt.key in STOP or nxt.key in PREPOSITIONS or _hamza(nxt.key) in TIME_WORDS
                                                      or _hamza(strip_article(nxt.key)) in TIME_WORDS):
            continue  # «لقاء أحد اللاعبين», «بمواجهة أحد فرق الدرجة»: "one of" (a name with ال is in no construct)
        canonical, _ = domain_lists()[0].rows[rid]
        out.append(Candidate(t.start, t.end, "ORG", "pattern",
                             f"the club «{t.text}» right after «{toks[k - 1].text}»", PRIORITY["gazetteer"] + 1,
                             canonical, f"club:{rid}"))
    return out


CLUB_APPOSITIONS = [tuple(_hamza(w) for w in p) for p in _phrases("club_appositions")]
_ONE_OF = _hamza(key("أحد"))  # the word every apposition opens with, as the key folds it, with no proclitic


def apposed_club_candidates(text: str, toks: list[Token]) -> list[Candidate]:
    """In a sports report, a definite word a club's apposition follows (club_appositions.txt): «أمام الجيل أحد فرق
    الدرجة الأولى» (Al-Jeel, "one of the first division's sides"); not a team's own noun («الفريق أحد فرق …») nor a
    country's adjective after the club's name («… سبور التركي أحد فرق الوسط»).

    >>> t = "وخاض مباراة ودية أمام الجيل أحد فرق الدرجة الأولى، والفريق أحد أندية الدوري"
    >>> [text_of(t, c) for c in apposed_club_candidates(t, tokens_of(t))]
    ['الجيل']
    """
    out: list[Candidate] = []
    for k in range(len(toks) - 2):
        t = toks[k]
        if not _is_word(t) or toks[k + 1].key != _ONE_OF or _match_multi(toks, k + 1, CLUB_APPOSITIONS) == k + 1:
            continue  # (not «بالانتقال الحر لأحد الأندية», «كأحد الفرق»: a proclitic on «أحد», "to one of", "as one of")
        off = next((o for o, st in t.kreadings if st.startswith("ال") and st not in STOP
                    and strip_article(st) not in TEAM_NOUNS and "ال" + st not in TEAM_NOUNS and st not in TEAM_NOUNS), None)
        clubs = domain_lists()[0]
        if off is None or nisba_of(t.text[off:]) is not None or (
                t.key.endswith(("ي", "يه")) and _match_phrase(toks, k, clubs.index, clubs.max_len) is None):
            continue  # («غازي عنتاب سبور التركي أحد فرق الدوري»: the club's country, after its name; «فريق "همتي"
            # التطوعي أحد الفرق»: an adjective of the team, unless the clubs' list knows it, «الأهلي»)
        out.append(Candidate(t.start + off, t.end, "ORG", "pattern",
                             f"a club: «{text[toks[k + 1].start:toks[k + 2].end]}» follows it", PRIORITY["pattern"]))
    return out


def district_list_candidates(text: str, toks: list[Token], res: Resources, spans_at: dict[int, int]) -> list[Candidate]:
    """The neighbourhoods of a list after «أحياء» (districts), LOC, though their names are ordinary words and the
    place lists lack them. An item is a definite word, or a code with a number and a direction after it; after a
    subdivision's word (district_list_words.tsv) the name without it; a place the lists know, whole; a person's name
    after a title, whole. Three items at least, or two of which one is a known place or a code; a direction alone is
    the other half of the item before it. Not «إحياء» (reviving), nor «أحياء السنة والشيعة».

    >>> t = "بأحياء السنابل وك14 الجنوبي والهدى. والأحياء هي النور، والروضة، ومخطط بن حمد. وأحياء السنة والشيعة"
    >>> [text_of(t, c) for c in district_list_candidates(t, tokens_of(t), resources(), {})]
    ['السنابل', 'ك14 الجنوبي', 'الهدى', 'النور', 'الروضة', 'بن حمد']
    """
    out: list[Candidate] = []
    n = len(toks)

    def after_separator(e: int) -> int | None:
        """Where the next item starts after a comma, or at a word with و glued to it; None: the list ends at ``e``."""
        if e < n and toks[e].text in ARABIC_COMMAS:
            return e + 1
        if e < n and _is_word(toks[e]) and toks[e].text[:1] == "و" and len(toks[e].kreadings) > 1:
            return e
        return None

    i = 0
    while i < n:
        t = toks[i]
        opens = _is_word(t) and any(st == _DISTRICTS and t.text[off:off + 1] != "إ" for off, st in t.kreadings)
        k = i + 1
        if not opens and _is_word(t) and any(st == _THE_DISTRICTS for _, st in t.kreadings) and k < n \
                and toks[k].key in _DISTRICT_OPENERS:
            opens = True  # «في عدد من الأحياء هي …»
        if not opens:
            i += 1
            continue
        # «أحياء مدينة جدة ومنها …»: the town and «منها» before the names
        if k + 1 < n and _is_word(toks[k]) and _hamza(toks[k].key) in PLACE_KIND_WORDS and _known_place(toks[k + 1].text):
            k += 2
        if k in spans_at and any(c.entry.kind == "city" and c.entry.population >= 500_000
                                 for c in _known_place(text[toks[k].start:toks[spans_at[k] - 1].end])):
            # «أحياء المدينة المنورة والقرى التابعة لها», «أحياء جدة»: the districts of a city, no list of them,
            # unless «ومنها» or «هي» opens one after it
            k = spans_at[k]
            if not (k < n and _is_word(toks[k]) and toks[k].key in _DISTRICT_OPENERS):
                i = k
                continue
        while k < n and _is_word(toks[k]) and toks[k].key in _DISTRICT_OPENERS:
            k += 1
        items: list[tuple[int, int]] = []
        sure = False  # an item is a place the lists know or a code
        while k < n:
            u = toks[k]
            if not _is_word(u):
                break
            off = 1 if items and u.text[:1] == "و" and len(u.kreadings) > 1 and u.kreadings[1][0] == 1 else 0
            stem = u.kreadings[1][1] if off else u.key
            start = u.start + off
            e = k + 1
            named_end = _name_extent(toks, k + 1, res) if (
                strip_article(stem) in HONORIFICS or strip_article(stem) in ROLE_HEADS) and k + 1 < n and _is_word(toks[k + 1]) \
                else k + 1
            if k in spans_at and spans_at[k] - k <= 4:
                e = spans_at[k]  # «والدار البيضاء»: a place the lists know, whole
                sure = True
            elif named_end > k + 1:
                e = named_end  # «والأمير محمد بن سعود»: named after a person (not «والسلطان ،»)
            elif _hamza(stem) in _SUBDIVISIONS:
                # «مخطط بن حمد», «ومخططي الحناكي»: the subdivision's word, then its name (one or two words)
                if e >= n or not _is_word(toks[e]) or toks[e].key in STOP:
                    break
                start, e = toks[e].start, e + 1
                if e < n and _is_word(toks[e]) and toks[e - 1].key in CONNECTORS:
                    e += 1
            elif stem.startswith("ال") and len(stem) > 3 and stem not in STOP and nisba_of(u.text[off:]) is None \
                    and not stem.endswith("ات"):  # («واحياء المسابقات والفعاليات»: reviving, written without its hamza)
                if stem in _DIRECTIONS:
                    # «كليو 14 الشمالي والجنوبي»: the other half of the item before, no name of its own
                    nxt = after_separator(e)
                    k = e if nxt is None else nxt
                    if nxt is None:
                        break
                    continue
            elif (any(ch.isdigit() for ch in stem) and len(stem) <= 5) or (
                    not items and not off and e < n and toks[e].kind == "number" and len(stem) <= 4):
                sure = True  # «ك14», and first in the list «كليو 14»: a district named by a code (not «وسقط 3 قتلى»)
            else:
                break
            while e < n and (toks[e].kind == "number" and len(toks[e].text) <= 3 or (
                    _is_word(toks[e]) and toks[e].key in _DIRECTIONS)) and e - k < 3:
                e += 1  # «كليو 14 الشمالي», «ك14 الجنوبي»
            items.append((start, toks[e - 1].end))
            nxt = after_separator(e)
            k = e if nxt is None else nxt
            if nxt is None:
                break
        # Three items, or two of which one is a place the lists know or a code: «أحياء السنة والشيعة» (Sunni and Shia
        # districts), «إعادة احياء التراث والفنون» (reviving, without its hamza), «أحياء المدن والقرى» name no district
        if len(items) >= 3 or (len(items) == 2 and sure):
            # (above the title rules: «والأمير محمد بن سعود» in the list is the district named after him)
            out += [Candidate(a, b, "LOC", "pattern", "a neighbourhood in a list after «أحياء»", PRIORITY["pattern"] + 2)
                    for a, b in items]
        i = max(k, i + 1)
    return out


WORK_NOUNS_PLURAL = frozenset(_hamza(w) for w in _words("work_nouns_plural"))


def quoted_title_list_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """Several titles in one quote after the dual or plural of a work's noun (work_nouns_plural.txt), split at its
    commas, each a work's name, MISC, without the و that joins it: «قرأ نصوص "في الخوف، وهذي الحمامات، ويتوزع
    الموتى"» → «في الخوف», «هذي الحمامات», «يتوزع الموتى». Two titles at least, each of four words or fewer.

    >>> t = 'وقرأ الشاعر قصيدتي "من شرفتي، زفاف إلى اللغة"، ثم نصوص "أعدي الليل، وأنا لن أخرج مني".'
    >>> [text_of(t, c) for c in quoted_title_list_candidates(t, tokens_of(t), resources())]
    ['من شرفتي', 'زفاف إلى اللغة', 'أعدي الليل', 'أنا لن أخرج مني']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i in range(1, n - 2):
        if toks[i].text not in QUOTES_OPEN and toks[i].text not in ('"', "”"):
            continue
        prev = toks[i - 1]
        if prev.text in ARABIC_COMMAS or prev.text == ":":
            out += _quoted_titles_apart(text, toks, i)
            continue
        if not _plural_work_noun(prev):
            continue
        close = next((j for j in range(i + 1, min(n, i + 30)) if toks[j].text in QUOTES_CLOSE or toks[j].text == '"'), None)
        if close is None:
            continue
        items: list[list[Token]] = [[]]
        for x in toks[i + 1:close]:
            if x.text in ARABIC_COMMAS:
                items.append([])
            elif x.kind == "punct":
                items = []
                break
            else:
                items[-1].append(x)
        if len(items) < 2 or any(not it or len(it) > 4 for it in items):
            continue
        for it in items:
            first = it[0]
            s = first.start + (1 if first.text[:1] == "و" and len(first.text) > 2 and any(
                off == 1 for off, _ in first.kreadings) and it is not items[0] else 0)
            # (above the heads and the model: «"تبتل في محراب الصحراء، …"» holds no organisation «محراب الصحراء»)
            out.append(Candidate(s, it[-1].end, "MISC", "pattern", f"a title listed in quotes after «{prev.text}»",
                                 PRIORITY["pattern"] + 1))
    return out


@lru_cache(maxsize=1)
def _work_plural_forms() -> frozenset[str]:
    """The plural work nouns as token keys may hold them: bare and with each pronoun suffix («أفلامه»)."""
    return frozenset(WORK_NOUNS_PLURAL | {w + suffix for w in WORK_NOUNS_PLURAL for suffix in _PRONOUN_SUFFIXES})


def _plural_work_noun(t: Token) -> bool:
    """Is ``t`` the dual or plural of a work's noun (work_nouns_plural.txt), bare or after و or ف, with ال or
    without («في الأغاني "…" و"…"»)?"""
    return _is_word(t) and any(off == 0 and _hamza(strip_article(st)) in WORK_NOUNS_PLURAL or (
        off and t.text[:off] in ("و", "ف") and _hamza(strip_article(st)) in WORK_NOUNS_PLURAL) for off, st in t.kreadings)


_TITLE_LIST_JOINS = frozenset({"و", "او", "ثم", "واخيرا", "واخيراً"})


def quoted_work_by_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A quoted title right before its maker, ل and a profession or a people's adjective, then a name: «"بيت في
    الحقول" للمغربية تالا حديد», «"ذي دانش جيرل" للمخرج توم هوبر» (the work, MISC; the maker is read by the
    profession and adjective rules). A body or a place the lists know whole stays theirs.

    >>> t = 'والأفلام هي "ديك بيروت" للسوري زياد كلثوم و"الطلاق" لهكار عبد القادر، و"الرياض" للمصري أحمد'
    >>> [text_of(t, c) for c in quoted_work_by_candidates(t, tokens_of(t), resources())]
    ['ديك بيروت']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i in range(n - 3):
        if toks[i].text not in QUOTES_OPEN:
            continue
        q = _quoted(toks, i)
        if q is None or q[1] + 2 >= n:
            continue
        a, b = q
        maker, name = toks[b + 1], toks[b + 2]
        if not (_is_word(maker) and maker.text.startswith("لل") and _is_word(name)) or not name.kreadings[0][0] == 0:
            continue
        role = "ال" + maker.key[2:]
        if (role not in _PROFESSION_KEYS and nisba_of(maker.text[1:]) is None) or maker.key.endswith(("ين", "ون", "ات")):
            continue  # (a plural, «"حماية دولية" للفلسطينيين», is who it is for, no maker)
        if name.key.startswith("ال") and nisba_of(name.text) is not None and b + 3 < n and _is_word(toks[b + 3]):
            name = toks[b + 3]  # «للمخرج المصري محمد خان»: the maker's country, then his name
        if not (res.first_name(name.key) or res.person_word(name.key) or _foreign_word(name)
                or (_cluster_share(name.key, 1) >= 0.5 and not res.common(name.key))):
            continue
        words = toks[a:b]
        if not all(_is_word(x) for x in words) or (len(words) == 1 and (
                words[0].key in STOP or res.common(words[0].key) or res.common(strip_article(words[0].key))
                or nisba_of(words[0].text) is not None
                or (words[0].key.endswith(("يه", "ي")) and _corpus_word("ال" + strip_article(words[0].key))))):
            continue  # («"الشكر" للمدرب», «"رسمية" للسعودي»: a word said of him, no title)
        keys = tuple(x.key for x in words)
        if keys in res.org_index or _known_place(text[toks[a].start:toks[b - 1].end]):
            continue  # «"الرياض" للمصري أحمد»: a paper or a town the lists know whole
        out.append(Candidate(toks[a].start, toks[b - 1].end, "MISC", "pattern",
                             f"quoted title before its maker «{maker.text}»", PRIORITY["pattern"] + 2))
    return out


def dated_title_list_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """Titles without quotes, each with its year in brackets, listed after a plural work noun: «ومنها أفلام، صراع
    في الوادي (1954)، أيامنا الحلوة (1955)، حسن ومرقص (2008)» (each a work, MISC; the list ends at the first item
    without its year).

    >>> t = "ومن أفلامه: صراع في الوادي (1954)، حسن ومرقص (2008). وقال إن الفيلم (2010) نجح"
    >>> [text_of(t, c) for c in dated_title_list_candidates(t, tokens_of(t), resources())]
    ['صراع في الوادي', 'حسن ومرقص']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i in range(n):
        if not _plural_work_noun(toks[i]) and not (_is_word(toks[i]) and any(
                _hamza(b) in WORK_NOUNS_PLURAL for _, st in toks[i].kreadings for b in _pronoun_bases(st))):
            continue  # («أفلام», «أفلامه»: a plural work noun, bare or with a pronoun)
        k = i + 1
        if k >= n or toks[k].text not in (":", "،", ","):
            continue  # (a colon or a comma opens the list: «أفلام الرعب (2015)» is a kind of film)
        k += 1
        first = True
        while k < n:
            end = k
            while end < n and end - k < 6 and _is_word(toks[end]):
                end += 1
            head = toks[k]
            if not first and head.text[:1] == "و" and len(head.kreadings) > 1:
                head = make_token(head.start + 1, head.end, head.text[1:], head.kind, head.i, head.segment, head.paragraph)
            if end == k or end + 2 >= n or toks[end].text != "(" or toks[end + 1].kind != "number" \
                    or not re.fullmatch(r"(?:19|20)\d\d", toks[end + 1].text) or toks[end + 2].text != ")" \
                    or (head.key in STOP and first) or (head.key not in STOP and (_verbish(head, res) or _verb_like(head, res))):
                break  # (a later title may open with a small word: «في بيتنا رجل (1961)»; a verb ends the list)
            start = toks[k].start
            if not first and toks[k].text[:1] == "و" and len(toks[k].kreadings) > 1:
                start += 1  # «، وضيعة ضايعة (2008)»: the و joins the title to the list
            out.append(Candidate(start, toks[end - 1].end, "MISC", "pattern",
                                 f"a title with its year, listed after «{toks[i].text}»", PRIORITY["pattern"] + 1))
            first = False
            k = end + 3
            if k < n and toks[k].text in ("،", ","):
                k += 1
            if k < n and toks[k].key == "و":
                k += 1
    return out


def _quoted_titles_apart(text: str, toks: list[Token], i: int) -> list[Candidate]:
    """Titles each in its own quotes, listed after a plural work noun and a comma or a colon: «صدرت له أربع روايات،
    "سقف الكفاية" و"صوفيا" و"طوق الطهارة" وأخيراً "القندس"» (``i``: the first opening quote). Two titles at least, each
    of six words or fewer, joined by a comma or «و»; each a work's name (MISC).

    >>> t = 'صدرت له أربع روايات، "سقف الكفاية" و"صوفيا" وأخيراً "القندس"، كما'
    >>> [text_of(t, c) for c in _quoted_titles_apart(t, tokens_of(t), 5)]
    ['سقف الكفاية', 'صوفيا', 'القندس']
    """
    k = i - 2
    if k >= 0 and (toks[k].kind == "number" or _hamza(toks[k].key) in _NUMBER_WORDS):
        k -= 1  # «أربع روايات، …», «روايات ثلاث: …»
    if k < 0 or not _plural_work_noun(toks[k]):
        return []
    noun = toks[k]
    spans: list[tuple[int, int]] = []
    j = i
    n = len(toks)
    while j < n and (toks[j].text in QUOTES_OPEN or toks[j].text in ('"', "”")):
        close = next((c for c in range(j + 1, min(n, j + 8)) if toks[c].text in QUOTES_CLOSE or toks[c].text == '"'), None)
        if close is None or close == j + 1 or any(x.kind == "punct" for x in toks[j + 1:close]):
            break
        spans.append((toks[j + 1].start, toks[close - 1].end))
        j = close + 1
        # (a comma, «و», «وأخيراً» between two titles; anything else ends the list)
        while j < n and j - close <= 2 and (toks[j].text in ARABIC_COMMAS or _hamza(toks[j].key) in _TITLE_LIST_JOINS):
            j += 1
    if len(spans) < 2:
        return []
    return [Candidate(s, e, "MISC", "pattern", f"a title in a quoted list after «{noun.text}»", PRIORITY["pattern"] + 1)
            for s, e in spans]


def quoted_place_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """A quoted name right after a settlement's kind word is that place, LOC, without its quotes: «في منطقة
    "البرشاء الأولى"», «بمنطقة «سانجاق تيبيه»», «منطقة «إي 1»», «منطقة «الراهدة»». One to five words or numbers, no
    stop word, one word at least no common one, and no body a gazetteer knows nor a currency: not «منطقة «مزعج
    للغاية»» (a remark), «حي «داعش»», «منطقة "اليورو"».

    >>> t = 'ارتفعت المبايعات في منطقة "البرشاء الأولى" ومنطقة «ناين إلمز» ومنطقة "مزعج للغاية" وحي «داعش» ومنطقة "اليورو"'
    >>> [text_of(t, c) for c in quoted_place_candidates(t, tokens_of(t), resources())]
    ['البرشاء الأولى', 'ناين إلمز']
    """
    out = []
    n = len(toks)
    for i in range(n - 3):
        if toks[i + 1].text not in QUOTES_OPEN or toks[i + 1].start - toks[i].end > 1 or not _district_word(toks[i]):
            continue
        close = next((k for k in range(i + 2, min(n, i + 8)) if toks[k].text in QUOTES_CLOSE), None)
        if close is None or close == i + 2:
            continue
        inner = toks[i + 2:close]
        if not all(t.kind in ("word", "number") for t in inner) or any(t.key in STOP or t.key.startswith("لل") for t in inner):
            continue
        words = [t for t in inner if t.kind == "word"]
        if not words or all(res.common(t.key) or res.common(strip_article(t.key)) for t in words):
            continue
        if any(t.text[:1] == "و" and len(t.kreadings) > 1 and not _own_waw(t) for t in inner[1:]):
            continue  # «مدينة «الضوضاء والعناء والبلاء»»: words joined by و are a description
        if len(inner) == 1 and inner[0].kind == "word" and max(_cluster_share(inner[0].key, lv) for lv in (0, 1, 2)) < 0.1:
            continue  # «مخيمات «التسوق»»: a word of a cluster of ordinary words
        if tuple(t.key for t in inner) in res.org_index or _verbish(inner[0], res) \
                or (len(inner) == 1 and strip_article(inner[0].key) in CURRENCIES):
            continue  # («منطقة "اليورو"» is the euro's, the gazetteer's «منطقة اليورو»)
        out.append(Candidate(inner[0].start, inner[-1].end, "LOC", "pattern",
                             f"a quoted name after «{toks[i].text}»", PRIORITY["gazetteer"] + 1))
    return out


MALL_SUFFIXES = _words("mall_name_suffixes")
MALL_CUES = _words("mall_cues")


def mall_suffix_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """Shopping centres named by a name and «مول» after it, as LOC (a building, as «استاد الملك فهد»):
    «دارين مول», «بانوراما مول» (the name's words as for a club, :func:`_name_before_suffix`; not yet «القطيف سيتي
    مول», whose «سيتي» the corpus writes as a word), and after a cue of one («بمركز حياة مول», «بمجمع العثيم مول»)
    any word; and «مجمع», a name and «التجاري» («مجمع العثيم التجاري»). Not «منطقة مول» nor «أصبح لاحقا مول».

    >>> t = "افتتح المعرض في دارين مول وبمركز حياة مول، وأصبح لاحقا مول في منطقة مول، وفي مجمع العثيم التجاري"
    >>> [text_of(t, c) for c in mall_suffix_candidates(t, tokens_of(t), resources())]
    ['دارين مول', 'حياة مول', 'مجمع العثيم التجاري']
    """
    out = []
    for k, t in enumerate(toks):
        if k == 0 or t.kind != "word" or t.key not in MALL_SUFFIXES:
            continue
        j, s = _name_before_suffix(toks, k, res)
        if j == k and k >= 2 and _is_word(toks[k - 1]) and toks[k - 1].key not in STOP and not _verbish(toks[k - 1], res) \
                and toks[k - 1].end + 1 == t.start and any(strip_article(st) in MALL_CUES for _, st in toks[k - 2].kreadings):
            j, s = k - 1, toks[k - 1].start  # «بمركز حياة مول»: after a cue, the word before «مول» is its name
        if j < k:
            out.append(Candidate(s, t.end, "LOC", "pattern", f"a shopping centre: a name and «{t.text}»",
                                 PRIORITY["gazetteer"] + 1))
    for k, t in enumerate(toks):
        # «في مجمع الفوارس التجاري», «مسرح مجمع العثيم التجاري»: a complex, one or two words of a name and «التجاري»
        # (not «مجمع اللغة العربية», an academy, nor «مركز التحكيم التجاري», a body: only «مجمع», only a name)
        if t.key != _COMMERCIAL or k < 2:
            continue
        h = next((h for h in (k - 2, k - 3) if h >= 0 and _is_word(toks[h])
                  and any(_hamza(st) == _COMPLEX for _, st in toks[h].kreadings)), None)
        if h is not None and all(_is_word(x) and x.key not in STOP and not res.common(x.key) and not _verbish(x, res)
                                 and nisba_of(x.text) is None and x.text[:1] != "ل" for x in toks[h + 1:k]):
            s = toks[h].start + next(o for o, st in toks[h].kreadings if _hamza(st) == _COMPLEX)
            out.append(Candidate(s, t.end, "LOC", "pattern", f"a shopping centre: «{toks[h].text}», a name and «{t.text}»",
                                 PRIORITY["gazetteer"] + 1))
    return out


_COMPLEX, _COMMERCIAL = "مجمع", "التجاري"  # (folded keys) a shopping complex's head and adjective


_KINGDOM = key("المملكة")  # (the Saudi press's name for its own country)
FANS_NOUNS = frozenset(_hamza(key(w)) for w in _words("fans_adjective_nouns"))
_FANS_ENDINGS = ("اوي", "اويه", "اويين", "اويون")  # «النهضاوي», «النهضاوية», folded: the club's name and «اوي»


def article_domain_candidates(text: str, segs_toks: list[list[Token]], res: Resources, sporty: bool) -> list[Candidate]:
    """:func:`domain_candidates` over a whole article, one sense per article: in a sports article a club
    whose bare name is also a word («النصر», «الشباب») counts where a sports word stands near it, and
    then everywhere else the article names it, and where it stands in a fixture or a list with another
    club («الأهلي × الشباب», «العروبة والفيصلي»).

    >>> t = "خبر رياضي عن الدوري. لعب النصر مباراة قوية. وقال المدرب إن النصر تطور. العروبة والفيصلي في الجوف."
    >>> toks = tokens_of(t)
    >>> [text_of(t, c) for c in article_domain_candidates(t, [toks], resources(), True)]
    ['النصر', 'النصر', 'العروبة', 'الفيصلي']
    """
    hits = []
    seg_of: dict[int, int] = {}  # a hit's segment (sentence), by the candidate's id
    for k, toks in enumerate(segs_toks):
        for h in _domain_hits(text, _model_numbers_apart(toks), res, sporty):
            if not _in_address(text, h[0].start, h[0].end):
                hits.append(h)
                seg_of[id(h[0])] = k
    out = [c for c, pending in hits if not pending and not _town_after_event_or_site(text, c)]
    confirmed = {c.ref for c, pending in hits if not pending}
    # «أن النصر مؤهل لها أفضل من الهلال»: a club the article names twice or more, each time without a cue,
    # set in one sentence against another club named for sure is a club too (a sports column compares rivals)
    # (not a club named like a town or a region, «جدة», «الخليج», nor like a body's head, «الاتحاد»; nor one a
    # definite word follows, «الشباب السعودي»: the noun and its adjective; the other club within a few words)
    # (in the title every mention of a club named for sure somewhere counts: «حجبوني في الهلال وأبحث عن الظهور في
    # الشباب», whose «الشباب» the text's «مدافع الشباب» makes sure; a headline names clubs without their cues. In the
    # text a bare «الشباب» may be the youth: «نسبة نجاح الشباب في المحافظة»)
    sure = [c for c, pending in hits if c.type == "ORG" and (not pending or (c.ref in confirmed and seg_of[id(c)] == 0))]
    lone = [c for c, pending in hits if pending and c.type == "ORG" and not _known_place(text[c.start:c.end])
            and _hamza(strip_article(key(text[c.start:c.end]))) not in ORG_HEADS_ANY
            and not re.match(r"\s+ال", text[c.end:c.end + 4])
            # (written whole or after و, not «للشباب والرياضة», nor a family name after a given name, «نزيه النصر», nor a
            # given name before a family name, «العربي هلال سوداني»)
            and (c.start == 0 or not text[c.start - 1].isalpha() or (text[c.start - 1] == "و" and (
                c.start == 1 or not text[c.start - 2].isalpha())))
            and not any(_name_word(w, res) for w in key(text[max(0, c.start - 20):c.start]).split()[-1:])
            and not any(w[:1] != "و" and _name_word(w, res) for w in key(text[c.end:c.end + 20]).split()[:1])]
    twice = Counter(c.ref for c in lone)
    confirmed |= {c.ref for c in lone if twice[c.ref] >= 2 and any(
        o.ref != c.ref and seg_of[id(o)] == seg_of[id(c)] and abs(o.start - c.start) <= 60 for o in sure)}
    # «تفاؤل في النصر» … «الجماهير النصراوية»: the fans' adjective of a club (its name and «اوي») after a noun of its
    # people or house (fans_adjective_nouns.txt) anywhere in a sports article says which club the bare name is
    waiting = [c for c, p in hits if p and c.type == "ORG" and c.ref not in confirmed]
    if waiting and "اوي" in text:  # (the adjective's ending as written: most articles hold none)
        words = {k for toks in segs_toks for a, t in zip(toks, toks[1:]) if "اوي" in t.text
                 and _hamza(a.key) in FANS_NOUNS for k in t.keys if k.endswith(_FANS_ENDINGS)}
        for c in waiting:
            base = strip_article(_hamza(key(text[c.start:c.end])))
            base = base[:-1] if base.endswith(("ه", "ي")) else base
            if " " not in base and any("ال" + base + end in words for end in _FANS_ENDINGS):
                confirmed.add(c.ref)
    clubs = sorted((c for c, _ in hits if c.type == "ORG"), key=lambda c: c.start)
    starts = [c.start for c in clubs]
    # Only a club that starts near it can be joined to it (six characters between them at most):
    # comparing every pair made an article of a thousand club names take seconds.
    def near(c: Candidate) -> list[Candidate]:
        return clubs[bisect_left(starts, c.start - _MAX_CLUB_NAME - 6):bisect_left(starts, c.end + 7)]

    # «من الهلال إلى الجزيرة الإماراتي»: a move to a club the article names for sure confirms the club,
    # there and everywhere else the article names it
    confirmed |= {c.ref for c, pending in hits if pending and any(
        o.start >= c.end and o.ref in confirmed and o.ref != c.ref and len(text[c.end:o.start]) <= 6
        and fold(text[c.end:o.start].strip()) in TRANSFER_JOINS for o in near(c))}
    # «القادم من الطائي», «المنتقل للنصر»: a move's word before «من» / «إلى» / ل and the name makes it the
    # club the player comes from or goes to
    confirmed |= {c.ref for c, pending in hits if pending and c.type == "ORG" and _moved(text, c.start)}
    # «وسعد بوسريع ( هجر ) وعبدالمجيد الشريف ( الوحدة )»: a squad list gives each player's club alone in brackets
    # after his name; there the bare name is the club (this mention only), where two clubs or more stand so (one
    # alone may be a word: «في أيامها الحلوة (الشباب)»)
    in_brackets = [c for c, pending in hits if c.type == "ORG" and _club_in_brackets(text, c)]
    bracketed = {id(c) for c in in_brackets}
    # (two clubs or more, and fewer places that name no club in brackets beside them: «السلطان (الرياض)، وأبوشاهين
    # (مكة المكرمة)» gives referees' regions; one town among seven clubs, «فهد الرشيدي (السلمية)», is a club the
    # list lacks)
    clubs_bracketed = len({c.ref for c in in_brackets})
    if clubs_bracketed < 2 or sum(
            1 for m in _BRACKETED_WORDS.finditer(text)
            if _known_place(m.group(1)) and (key(m.group(1)),) not in domain_lists()[0].index) * 3 >= clubs_bracketed:
        bracketed = set()
    joined = {id(c) for c, pending in hits if pending and c.ref not in confirmed
              and any(o is not c and _joined(text, c, o) for o in near(c))}

    def whole(c: Candidate) -> bool:  # written whole or after و, not «للشباب والرياضة»
        return c.start == 0 or not text[c.start - 1].isalpha() or (
            text[c.start - 1] == "و" and (c.start == 1 or not text[c.start - 2].isalpha()))

    # «مباريات الهلال والنصر» … «ومباريات النصر يوم السبت»: a club a fixture or a list joins to another, written
    # whole, is the club everywhere else the article names it whole too (one sense per article), unless it is
    # named like a place («جدة والرياض») or a body's head («الاتحاد»); not «بالتعاون مع الخليج» (with ب: "in
    # cooperation with the Gulf")
    spread = {c.ref for c, pending in hits if id(c) in joined and c.type == "ORG" and whole(c)
              and not _known_place(text[c.start:c.end])
              and _hamza(strip_article(key(text[c.start:c.end]))) not in ORG_HEADS_ANY}
    for c, pending in hits:
        if pending and (c.ref in confirmed or id(c) in joined or id(c) in bracketed or (c.ref in spread and whole(c))) \
                and not _town_after_event_or_site(text, c):
            out.append(c)
    return out


_BRACKET_OPEN = re.compile(r"([^\W\d_]+)\s*\(\s*$")  # a word, then an opening bracket
_BRACKETED_WORDS = re.compile(r"\(\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*\)")  # one or two words alone in brackets


def _club_in_brackets(text: str, c: Candidate) -> bool:
    """Is the club ``c`` alone in brackets right after a word («وسعد بوسريع ( هجر )», «الزهراني (الاتفاق)»)?

    Not after «من» («محمد الشهري من (نجران)»: where he comes from).

    >>> t = "وسعد بوسريع ( هجر ) وقال (الاتفاق)، (الوحدة) ومن (الرياض)"
    >>> [_club_in_brackets(t, Candidate(s, s + n, "ORG", "gazetteer", "")) for s, n in ((14, 3), (26, 7), (37, 6), (50, 6))]
    [True, True, False, False]
    """
    m = _BRACKET_OPEN.search(text[max(0, c.start - 24):c.start])
    return m is not None and m.group(1) not in ("من", "ومن") and bool(re.match(r"\s*\)", text[c.end:c.end + 3]))


_PITCH = _hamza(key("ملعب"))  # (a club's ground: «ملعب النصر» keeps the club, as stadium_heads.txt says)
_PLANET = key("كوكب")  # (a planet, «كوكب بلوتو»: no body)
_STATE = _hamza(key("دولة"))  # (the state, «بدولة قطر»; also a premier's title, «دولة الرئيس»)


def _town_after_event_or_site(text: str, c: Candidate) -> bool:
    """Is the club ``c``, named like its town, right after an event's or a site's noun, the town's name there
    («مهرجان أبها يجمعنا», «بحديقة أبها الجديدة», «في ملعب مدينة …» aside), even where the article names the club
    for sure elsewhere?

    >>> t = "مهرجان أبها وحديقة أبها ومباراة أبها"
    >>> [_town_after_event_or_site(t, Candidate(s, s + 4, "ORG", "gazetteer", "")) for s in (7, 19, 32)]
    [True, True, False]
    """
    words = key(text[max(0, c.start - 20):c.start]).split()
    if not words or not _known_place(text[c.start:c.end]) or not text[c.start - 1:c.start].isspace():
        return False
    before = words[-1]
    forms = {before, strip_article(before), before[1:], strip_article(before[1:])}
    if any(_hamza(b) in COMPETITION_HEADS or _hamza(b) in STADIUM_HEADS or _hamza(b) == _PITCH for b in forms):
        return False  # («بطل الدوري تشيلسي», «ملعب برشلونة»: a league's champion, a club's ground, stadium_heads.txt)
    return any(_hamza(b) in EVENT_HEADS or _hamza(b) in FACILITY_HEADS or b in TITLED_SITE_HEADS for b in forms)


def _name_word(w: str, res: Resources) -> bool:
    """Is the key ``w`` a word of a person's name next to a club's («محمد», «هلال»): a given name or a word of a
    names' cluster, no common or function word («على» folds onto «علي»)?

    >>> [_name_word(key(w), resources()) for w in ("محمد", "هلال", "على", "بمراحل")]
    [True, True, False, False]
    """
    if w in STOP or res.common(w):
        return False
    if res.first_name(w):
        return True
    cl = _cluster_of(w)  # (a cluster ANERcorp hardly counts says nothing: «نظيرتها», «معسكر»)
    named, total = _cluster_name_counts(1).get(cl[1], (0, 0)) if cl is not None else (0, 0)
    return total >= 20 and named / total >= 0.5


COMPETITION_HEADS = frozenset(_hamza(key(w)) for w in _words("competition_heads"))
COMPETITION_ADJECTIVES = frozenset(_hamza(key(w)) for w in _words("competition_adjectives"))
CITY_CLUB_GROUPS = frozenset(_hamza(key(w)) for w in _words("city_club_groups"))
AGE_GROUPS = frozenset(_hamza(key(w)) for w in _words("age_groups"))
_MAX_CLUB_NAME = 80  # characters: longer than any club's name in data/gazetteer/clubs.tsv
_NAME_AND_NUMBER = re.compile(r"^(\D*[^\W\d_])(\d{1,4})$")


def _model_numbers_apart(toks: list[Token]) -> list[Token]:
    """The tokens with a model number written onto its name apart («ايفون6» → «ايفون» «6»), so that the
    product lists read «ايفون6 بلس» as they read «آيفون 6 بلس». Offsets stay the text's.

    >>> [t.text for t in _model_numbers_apart(tokens_of("جهاز ايفون6 بلس ونظام ios9 وملف MP3"))]
    ['جهاز', 'ايفون', '6', 'بلس', 'ونظام', 'ios', '9', 'وملف', 'MP3']
    """
    if not any(t.kind == "word" and t.text[-1:].isdigit() for t in toks):
        return toks
    out = []
    for t in toks:
        m = _NAME_AND_NUMBER.match(t.text) if t.kind == "word" and t.text[-1:].isdigit() else None
        # (a Latin name only when it is a product's whole name: «ios9», «iPhone6»; not «MP3», «H1N1»)
        if m is None or not (has_arabic(m.group(1)) or (m.group(1).lower(),) in domain_lists()[2].index):
            out.append(t)
            continue
        cut = t.start + len(m.group(1))
        out.append(make_token(t.start, cut, m.group(1), "word", t.i, t.segment, t.paragraph))
        out.append(make_token(cut, t.end, m.group(2), "number", t.i, t.segment, t.paragraph))
    return out


def _club_run(toks: Sequence[Token], i: int, end: int, clubs) -> bool:
    """Is the one-word name ``toks[i:end]`` inside a run of three or more clubs' bare names with nothing between
    them («التعاون الشباب الخليج الفتح الفيصلي الاتحاد», «فهي النصر الهلال الاهلي الرائد»), a list of clubs? Two alone
    are not: «الخليج العربي» is the gulf, «الاتحاد العربي السعودي» a federation.

    >>> t = tokens_of("فهي النصر الهلال الاهلي الرائد، والخليج العربي")
    >>> clubs = domain_lists()[0]
    >>> [_club_run(t, k, k + 1, clubs) for k in (2, 7)]
    [True, False]
    """
    if end != i + 1:
        return False
    def club(k: int) -> bool:
        return 0 <= k < len(toks) and _is_word(toks[k]) and (toks[k].key,) in clubs.index
    run_start = i
    while club(run_start - 1) and toks[run_start].start - toks[run_start - 1].end <= 1:
        run_start -= 1
    run_end = i + 1
    while club(run_end) and toks[run_end].start - toks[run_end - 1].end <= 1:
        run_end += 1
    return run_end - run_start >= 3


def _joined(text: str, a: Candidate, b: Candidate) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    between = text[first.end:second.start]
    return len(between) <= 6 and fold(between.strip()) in _FIXTURE_JOINS



def _amount_at(toks: Sequence[Token], j: int) -> bool:
    """Is the number at token ``j`` an amount: a share («في المئة», «%»), or a count of money or of a unit
    («35 سنتا», «0.95 دولار», «18 شهرا»)? No model's number, then («أندرويد 5.0» is one).

    >>> t = tokens_of("آيفون 6 بلس وأندرويد 5.0 وتراجع برنت 35 سنتا و 0.95 دولار و 2 في المئة")
    >>> [x.text for k, x in enumerate(t) if x.kind == "number" and _amount_at(t, k)]
    ['35', '0.95', '2']
    """
    if _percent_after(toks, j) is not None:
        return True
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is not None and _is_word(nxt) and (not _CURRENCY_KEYS.isdisjoint(nxt.keys) or _hamza(nxt.key) in _UNIT_WORDS)


_LEAGUE = "دوري"
_CLUBS_NOUNS = frozenset({"انديه", "ناديي"})  # «أندية», «ناديي»: clubs, the two clubs of (a list of them follows)
_EACH_OF = ("كل", "من")  # «أندية كل من: …», the clubs of each of


def _after_clubs_noun(toks: list[Token], i: int) -> bool:
    """Does a list of clubs open at token ``i``: right after «أندية» or «ناديي», or after «أندية كل من» and a colon?

    >>> t = tokens_of("عروضا من اندية كل من: التعاون")
    >>> _after_clubs_noun(t, 6), _after_clubs_noun(t, 1)
    (True, False)
    """
    j = i - 1
    if j >= 0 and toks[j].text == ":":
        j -= 1
    if j >= 2 and (toks[j - 1].key, toks[j].key) == _EACH_OF:
        j -= 2
    return 0 <= j < i and _is_word(toks[j]) and _hamza(toks[j].key) in _CLUBS_NOUNS and (j == i - 1 or j < i - 2)


def _domain_hits(text: str, toks: list[Token], res: Resources, sporty: bool) -> list[tuple[Candidate, bool]]:
    """The domain lists' names in one segment, each with whether it still waits for its article's
    word (an ambiguous club without a sports word near it, in a sports article)."""
    clubs, comps, products, people, operations, events, works = domain_lists()
    out: list[tuple[Candidate, bool]] = []
    n = len(toks)
    listed_to = -1  # the end of the last club of a list after «أندية» («أندية الأهلي، الهلال، والشباب»)
    lists = (comps, clubs, products, people, operations, events, works)
    # The first words of all the lists at once, as a bit per list: most tokens start none of their names,
    # and the others are matched against the lists they open a name of only.
    firsts = _domain_firsts()
    bits = _domain_bits()
    skel_firsts = _skeleton_firsts()
    first_keys = firsts.keys()
    i = 0
    while i < n:
        t = toks[i]
        # (one call in C for the many tokens that open no name; every bit in ``firsts`` is set)
        if first_keys.isdisjoint(t.keys):
            if t.kind == "word" and len(t.key) >= 5 and t.kreadings[0][0] == 0 and not t.key.startswith("ال") \
                    and skeleton(t.key) in skel_firsts and not res.common(t.key) and not _name_free(t.folded):
                hit2 = _skeleton_hit(toks, i, lists)
                if hit2 is not None:
                    out.append(hit2[0])
                    i = hit2[1]
                    continue
            i += 1
            continue
        opens = 0
        for key in t.keys:
            opens |= firsts.get(key, 0)
        best = None
        for bit, lst in zip(bits, lists):
            if not opens & bit:
                continue
            hit = _match_phrase(toks, i, lst.index, lst.max_len)
            if hit is not None and (best is None or hit[0] > best[0][0]):
                best = (hit, lst)
        if best is None:
            i += 1
            continue
        (end, stem, rid), lst = best
        canonical, ambiguous = lst.rows[rid]
        words = [t.key for t in toks[i:end]]
        after = toks[end] if end < n else None
        numbered = after is not None and (after.kind == "number" or bool(_LATIN_WORD.match(after.text)))
        if lst is comps and end - i == 1 and after is not None and _is_word(after) and after.kreadings[0][0] == 0 \
                and any(c.entry.kind in ("country", "city") for c in _known_place(after.text)):
            # «مونديال البرازيل 2014», «أولمبياد لندن 2012»: a one-word event and its host name one edition
            end += 1
            after = toks[end] if end < n else None
        if lst is comps and after is not None and after.kind == "number" and len(after.text) == 4 and _year_like(toks, end):
            end += 1  # «مونديال 2006», «كأس العالم 2018»: the edition's year is part of the event's name
        if lst is products:
            while end < n and (toks[end].kind == "number" and len(toks[end].text) <= 4 and not _amount_at(toks, end)
                               or _LATIN_WORD.match(toks[end].text) or toks[end].key in PRODUCT_SUFFIXES):
                end += 1  # "آيفون 6 بلس" (not «مزيج برنت 35 سنتا», a price's move)
        ok, pending = True, False
        if lst is clubs and end - i == 1 and not _CURRENCY_KEYS.isdisjoint(toks[i].keys):
            # «الريال» is Real Madrid's short name and the riyal: the club only in a sports article that
            # names the club for sure elsewhere (it then stays pending until that name confirms it), never
            # after a number nor before a country's adjective («الريال السعودي»)
            prev = toks[i - 1] if i > 0 else None
            money = prev is not None and (prev.kind == "number" or prev.key in _NUMBER_WORDS
                                          or strip_article(prev.key) in _NUMBER_WORDS)
            money = money or (after is not None and _is_word(after) and nisba_of(after.text) is not None)
            if not sporty or money:
                i += 1
                continue
            ok, pending = False, True
        elif lst is comps and i > 0 and not _CURRENCY_KEYS.isdisjoint(toks[i].keys) and (
                toks[i - 1].kind == "number" or toks[i - 1].key in _NUMBER_WORDS
                or strip_article(toks[i - 1].key) in _NUMBER_WORDS):
            i += 1  # «11 مليون يورو»: after a number the word is the currency, not the championship
            continue
        if lst is clubs and i > 0 and _is_word(toks[i - 1]) and any(_hamza(st) in PLACE_KINDS for _, st in toks[i - 1].kreadings):
            i += 1  # «في مدينة سالزبورج النمساوية»: after a place's kind word the name is the town's
            continue
        if lst is clubs and after is not None and _is_word(after) and _hamza(after.key) in NON_SPORT_CLUBS:
            i = end  # «نادي جدة الأدبي»: a town's literary club, no football club (nor, then, is the town elsewhere)
            continue
        if lst is clubs and i >= 2 and toks[i].stem_offset(stem) == 0 and toks[i - 1].key in ("الي", "حتي") \
                and _travel_before(toks, i - 1) and _known_place(text[toks[i].start:toks[end - 1].end]):
            i += 1  # «والعودة إلى الرياض باللقب»: a journey goes to the town, not to the club named after it
            continue
        if lst is clubs and _feminine_country_adjective(after) \
                and _known_place(text[toks[i].start + toks[i].stem_offset(stem):toks[end - 1].end]):
            i += 1  # «من سالزبورغ النمساوية»: a town takes a feminine adjective, a club a masculine one («أودينيزي الإيطالي»)
            continue
        if lst is clubs and end - i == 1 and toks[i].key == _UNION and after is not None and _is_word(after) \
                and after.key.startswith("ال") and after.key.endswith("ي") and nisba_of(after.text) is not None \
                and not any(j >= 0 and _is_word(toks[j]) and any(
                    st in PLAYER_ROLES or "ال" + st in _PROFESSION_KEYS or "ال" + st[:-1] in _PROFESSION_KEYS
                    for _, st in toks[j].kreadings)
                    for j in ((i - 1, i - 2) if i > 1 and toks[i - 1].key in TEAM_WORDS else (i - 1,))):
            # «الاتحاد الروسي للعبة», «الاتحاد الإنجليزي»: a country's football union, not the Jeddah club (but «مدرب
            # الاتحاد الروماني بولوني», «مدرب فريق الاتحاد الروماني», «محترفو الاتحاد الروماني …»: the club's coach or
            # player, of that country)
            i += 1
            continue
        if lst is clubs and ambiguous and after is not None and _is_word(after) and after.key.startswith("ال") \
                and after.key.endswith(("يين", "يون")) and nisba_of(after.text) is not None \
                and toks[i].stem_offset(stem) == 0:
            i += 1  # «نادي الطلبة السعوديين»: a country's adjective in the plural agrees with a plural noun
            continue  # (the students), not with a club («الهلال السعودي»); in a list («بني ياس والوصل
            # الإماراتيين») it agrees with the clubs together
        if lst is clubs and ambiguous and len(words) == 1 and not TEAM_WORDS & set(words):
            # «مجلس التعاون»: after the head of another body's name the word is that name's
            prev = toks[i - 1] if i > 0 and _is_word(toks[i - 1]) else None
            # (not with و between: «على حساب الاتحاد والشباب», two clubs)
            blocked = prev is not None and not TEAM_WORDS & set(prev.keys) and toks[i].text[:toks[i].stem_offset(stem)] != "و" \
                and _head_reading(prev, ORG_HEADS_ANY) is not None
            # «تم الاتفاق عليها»: after «تم» the word is what was done (a verbal noun), never a club
            blocked = blocked or (prev is not None and any(st in VERBAL_NOUN_AUXILIARIES for _, st in prev.kreadings))
            # «بعد الاتفاق معهما»: with «مع» and a pronoun after it, a verbal noun and whom it was made with
            blocked = blocked or (after is not None and _is_word(after) and after.key.startswith("مع")
                                  and after.text[2:] in _PRONOUN_ENDINGS)
            # «منتخب الشباب»: after a national team's head the word is its age group, never a club
            blocked = blocked or (prev is not None and _head_reading(prev, ORG_HEADS_NATION) is not None)
            # «هؤلاء الشباب», «لهذا الاتحاد»: after a demonstrative the word is the noun it points at
            # (not after «بذلك», "thereby": «ليلتقي بذلك الخليج شقيقه العروبة»)
            blocked = blocked or (prev is not None and prev.key not in ADVERBIAL_DEMONSTRATIVES
                                  and any(_hamza(st) in DEMONSTRATIVES for _, st in prev.kreadings))
            # «القراء الشباب» (young readers): right after a definite noun, with no proclitic between, a
            # club's name that is a common word (in ANERcorp) agrees with it as an adjective; after a dual
            # or a plural in -ين/-ون, or an adjective, the club stands in apposition («القطبين الكبيرين
            # السد والريان», «الغريم التقليدي النصر»)
            blocked = blocked or (prev is not None and toks[i].stem_offset(stem) == 0 and res.common(toks[i].key)
                                  and prev.kreadings[0][0] == 0
                                  and prev.text.startswith("ال") and len(prev.key) >= 5
                                  and not prev.key.endswith(("ين", "ون", "ان")) and not prev.text.endswith(("ي", "ية", "يه"))
                                  and prev.key not in DESCRIPTIVE
                                  and not TEAM_WORDS & {strip_article(k) for k in prev.keys}
                                  and _hamza(strip_article(prev.key)) not in ORG_HEADS_ANY
                                  and not _is_title(prev)
                                  # (not inside a run of three clubs' names or more: «التعاون الشباب الخليج الفتح الفيصلي»)
                                  and not _club_run(toks, i, end, clubs))
            # «التعاون الدولي», «الاتحاد الآسيوي»: with a relational adjective of its own (not a country's,
            # nor one of time that describes the noun before: «نجم النصر الحالي») it is the common noun or
            # another body. A country after a club («الهلال السعودي») leaves it a club.
            nxt = toks[end] if end < n and _is_word(toks[end]) else None
            # «فئات الناشئين والشباب», «الشباب والناشئين»: a club named like an age group, joined by و to another
            # age group, is the age group
            if _hamza(strip_article(stem)) in AGE_GROUPS:
                blocked = blocked or (prev is not None and toks[i].text[:1] == "و" and toks[i].stem_offset(stem) == 1
                                      and _hamza(strip_article(prev.key)) in AGE_GROUPS)
                blocked = blocked or (nxt is not None and nxt.text[:1] == "و" and any(
                    o == 1 and _hamza(strip_article(st)) in AGE_GROUPS for o, st in nxt.kreadings))
            blocked = blocked or (toks[i].key.startswith("ال") and nxt is not None and nxt.key.startswith("ال")
                                  and nxt.key.endswith(("ي", "يه")) and nisba_of(nxt.text) is None
                                  and nxt.key not in DESCRIPTIVE and nxt.key not in STOP and len(nxt.key) >= 5
                                  and not _ordinal(nxt.key)  # «هدف الهلال الثاني»: the club's second goal
                                  and not _club_run(toks, i, end, clubs)  # «الفتح الفيصلي الاتحاد»: a list of clubs
                                  # «مباراة الهلال الودية»: a feminine adjective after a masculine name agrees
                                  # with the noun before it (the match), not with the name
                                  and not (nxt.key.endswith("يه") and not toks[i].key.endswith("ه")))

            # «فريق الشباب بنادي تورينو»: a club's name before «بنادي» and another club is that club's team of
            # that kind (its youth), no club of its own
            # (not «أمام الأنصار بفريق مختلط»: with a mixed side)
            blocked = blocked or (nxt is not None and prev is not None and _hamza(strip_article(prev.key)) in TEAM_WORDS
                                  and any(o == 1 and nxt.text[:1] == "ب" and _hamza(st) == "نادي" for o, st in nxt.kreadings))
            # «بدأ تدريباته بالرياض», «في الرياض», «قطبي الرياض»: a club named like a town is the town after بـ
            # or في (a place's preposition) or a noun of the town's several clubs (data/lexicon/city_club_groups.txt);
            # not after a verb that takes its object with بـ («التحق بليفربول», joined the club)
            off0 = toks[i].stem_offset(stem)
            # (a definite noun before it is no verb though no name holds it: «رعاية الشباب بالرياض», whose noun the
            # corpus writes without ال too; «التحق» is a verb)
            takes_ba = prev is not None and (_verbish(prev, res) or _verb_like(prev, res) or (
                _name_free(prev.folded) and not (prev.key.startswith("ال") and _corpus_word(prev.folded[2:]))))
            blocked = blocked or ((bool(off0 and fold(toks[i].text[:off0]).endswith("ب") and not takes_ba)
                                   or (prev is not None and off0 == 0 and (prev.key == "في" or _hamza(prev.key) in CITY_CLUB_GROUPS))
                                   or (off0 == 0 and is_dateline_town(text, toks, i, end - i)))
                                  and any(c.entry.kind in ("city", "country", "region") for c in _known_place(toks[i].text[off0:])))
            # «وبالتعاون والتنسيق مع الاتحاد», «بالاتفاق مع»: بـ and a club named by a verbal noun (تفاعل, افتعال) that
            # «مع» follows (with a second one after و between) is "in cooperation with", no club; «توج بالهلال مع
            # المدرب» is the club
            bare0 = strip_article(stem)
            verbal_noun = len(bare0) == 5 and ((bare0[0] == "ت" and bare0[2] == "ا") or (bare0[0] == "ا" and bare0[3] == "ا"))
            blocked = blocked or (bool(off0) and verbal_noun and fold(toks[i].text[:off0]).endswith("ب") and any(
                toks[x].key == "مع" for x in range(end, min(n, end + 3))
                if all(_is_word(y) and (y is toks[x] or y.text[:1] == "و") for y in toks[end:x + 1])))
            # («مهاجم التعاون», «جناح ليفربول»: a player's role in construct right before the name)
            role = i > 0 and toks[i].stem_offset(stem) == 0 and _is_word(toks[i - 1]) \
                and not PLAYER_ROLES.isdisjoint(toks[i - 1].keys)
            # («إدارة النصر», «أجانب الوحدة»: a word of the club's business right before the name; not «مجلس إدارة
            # الاتحاد», a federation's board as often)
            business = i > 0 and toks[i].stem_offset(stem) == 0 and _is_word(toks[i - 1]) and _is_cue(toks[i - 1], CLUB_BUSINESS) \
                and not (i > 1 and toks[i - 2].key == _BOARD)
            # «يذكر أن أندية الأهلي، الهلال، النصر، والشباب»: after «أندية» (clubs) or «ناديي» (the two clubs of) the
            # names the club list knows, one after another with a comma or و between, are clubs in any report
            off_i = toks[i].stem_offset(stem)
            # (not «أندية الشباب», youth clubs: an age group first)
            # (nor «أحد أندية الرياض», the clubs of a town: a place's name first)
            listed = (off_i == 0 and _after_clubs_noun(toks, i)
                      and _hamza(strip_article(stem)) not in AGE_GROUPS and not _known_place(toks[i].text)) or (
                listed_to >= 0 and ((i == listed_to and off_i == 1 and toks[i].text[:1] == "و")
                                    or (i == listed_to + 1 and toks[listed_to].text in ARABIC_COMMAS
                                        and (off_i == 0 or toks[i].text[:1] == "و"))))
            if listed:
                listed_to = end
            ok = listed or (sporty and not blocked and (role or business or _cue_near(toks, i, end, CLUB_NEAR_CUES)))
            pending = sporty and not ok and not blocked
        elif lst is comps and len(words) == 1 and (words[0] in NOT_ENTITIES or res.common(words[0])):
            ok = numbered
            if ok and after is not None and after.kind == "number" and len(after.text) <= 4 and toks[end - 1].end <= after.start:
                end += 1  # «خليجي 23», «يورو 2016»: the number is what makes the word a competition's name
        elif lst is products and len(words) == 1 and end == i + 1 and i > 0 and _is_word(toks[i - 1]) and any(
                strip_article(st) in PROFESSIONS or strip_article(st) in HONORIFICS for _, st in toks[i - 1].kreadings):
            ok = False  # «الصحافية ايفون ريدلي»: after a person noun or a title the word is a given name
        elif lst is products and ambiguous and end - i == len(words):
            ok = _cue_near(toks, i, end, TECH_CUES) or numbered
        elif lst in (operations, events, works) and ambiguous:
            # «إعادة الأمل» is also "restoring hope", «الجنادرية» a district: a name in quotes, after «عملية» and the like
            # (data/lexicon/quote_triggers.tsv), or joined by و or a comma to another of its list («عاصفة الحزم وإعادة
            # الأمل», «أفلام هاري بوتر، سوبرمان، روكي»)
            prev = toks[i - 1] if i > 0 else None
            joined = bool(out) and out[-1][0].canonical is not None and out[-1][0].source == "gazetteer" \
                and out[-1][0].evidence.startswith(lst.what) and (
                    (toks[i].stem_offset(stem) > 0 and toks[i].text[:1] == "و" and 0 <= toks[i].start - out[-1][0].end <= 1)
                    or (toks[i].stem_offset(stem) == 0 and text[out[-1][0].end:toks[i].start].strip() in ARABIC_COMMAS))
            if lst is works:
                # «الأيام», «سيلفي», «الرسالة»: a work's title that is also a word, or a word between quotes, is the work
                # only after a noun of a work, before the title or before its quote («رواية الأيام», «مسلسل “سيلفي”»)
                before = toks[i - 2] if prev is not None and not _is_word(prev) and i > 1 else prev
                # ... and only where the title ends: «برنامج الاختيار والتقييم», «برنامج رأس المال الجريء» are a programme's
                # own words, «ساق البامبو، الغريب أنه» a new clause after a listed title
                nxt_t = toks[end] if end < n else None
                closed = nxt_t is None or not _is_word(nxt_t) or nxt_t.key in STOP
                listed = nxt_t is None or not _is_word(nxt_t) or nxt_t.text[:1] == "و"
                ok = (joined and listed) or (closed and before is not None and _is_word(before)
                                             and any(strip_article(st) in WORK_NOUNS for _, st in before.kreadings))
            else:
                ok = joined or _enclosing_quote(text, toks[i].start, toks[end - 1].end) is not None or (
                    prev is not None and _is_word(prev) and any((st,) in _TRIGGER_NOUNS or (strip_article(st),) in _TRIGGER_NOUNS
                                                               for _, st in prev.kreadings))
        elif lst is people:
            prev = toks[i - 1] if i > 0 and _is_word(toks[i - 1]) else None
            # «الأسد» the lion, «هادي» calm: the title rules name such a person, not the list; after a
            # body's head the name is the body's («مستشفى السيسي»); after another name word it is a
            # relative's surname («إيفانكا ترامب»)
            ok = not (ambiguous and len(words) == 1) and not (prev is not None and (
                _after_naming_head(prev) or _site_of_titled(toks, i)
                # «منطقة بيكهام غرب لندن» (Peckham): after a place's kind word the name is the place's
                or (len(words) == 1 and _settlement_word(prev))
                or (len(words) == 1 and prev.key not in CONNECTORS and _namey(prev, res, 0, strict=True)
                    and not _is_title(prev) and _given_name_like(prev, res)
                    and toks[i].stem_offset(stem) == 0)))  # «وماركس وديكارت»: و opens another name
        if ok or pending:
            if lst is clubs and listed_to >= 0 and (i == listed_to or (i == listed_to + 1 and toks[listed_to].text in ARABIC_COMMAS)):
                listed_to = end  # («أندية كل من: التعاون، هجر، النهضة»: a club no word shares goes on with the list too)
            s = toks[i].start + toks[i].stem_offset(stem)
            e = toks[end - 1].end
            if lst is clubs and end - i >= 2 and strip_article(stem) in TEAM_WORDS \
                    and lst.index.get(tuple(t.key for t in toks[i + 1:end])) == rid:
                s = toks[i + 1].start  # «النادي الأهلي», «نادي التعاون»: the club's name is «الأهلي» (as ANERcorp draws it)
            # Above the title rules too: «لفريق ريال مدريد» is the club, not a person after a rank.
            # (a festival's as the event rule's: «سوق عكاظ» wins over the paper «عكاظ», «جائزة سوق عكاظ للابتكار» over it)
            priority = PRIORITY["gazetteer"] + 1 if lst is events \
                else PRIORITY["pattern"] + (2 if lst in (comps, operations) else 1)
            typ, why = lst.type, f"{lst.what} gazetteer: {canonical}"
            if lst is products and i > 0 and s == toks[i].start and _is_word(toks[i - 1]) \
                    and any(_hamza(st) in _FIRM_HEADS for _, st in toks[i - 1].kreadings):
                typ, why = "ORG", why + f", ORG: the company after «{toks[i - 1].text}»"  # «شركة واتساب»: the app's maker
            out.append((Candidate(s, e, typ, "gazetteer", why,
                                  priority, canonical, f"{lst.what.split()[-1]}:{rid}"), pending))
            i = end
            continue
        i += 1
    return out


def _edits(a: str, b: str) -> int:
    """How many letters to add, drop or change to make ``a`` of ``b`` (Levenshtein distance).

    >>> _edits("مانشيستر", "مانشستر"), _edits("محراب", "محاربو")
    (1, 3)
    """
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@lru_cache(maxsize=1)
def _skeleton_firsts() -> frozenset:
    return frozenset(k[0] for lst in domain_lists() for k in lst.skeletons)


def _skeleton_hit(toks: list[Token], i: int, lists) -> tuple[tuple[Candidate, bool], int] | None:
    """Another spelling of a club's or a product's foreign name from token ``i``, longest first, and
    the token after it. The name alone is enough: only unambiguous rows have skeletons."""
    for lst in lists:
        for length in range(min(lst.max_len, len(toks) - i), 0, -1):
            span = toks[i:i + length]
            if any(t.kind != "word" for t in span):
                continue
            sk = tuple(skeleton(t.key) for t in span)
            rid = lst.skeletons.get(sk)
            if rid is None:
                continue
            if not any(all(_edits(t.key, w) <= 2 for t, w in zip(span, k)) for k in lst.skeleton_names[sk]):
                continue  # «محراب الصحراء» (a mihrab) is no other spelling of «محاربو الصحراء»: three letters moved
            canonical, _ = lst.rows[rid]
            s, e = toks[i].start, toks[i + length - 1].end
            return (Candidate(s, e, lst.type, "gazetteer", f"{lst.what} gazetteer: {canonical} (another spelling)",
                              PRIORITY["pattern"] + 1, canonical, f"{lst.what.split()[-1]}:{rid}"), False), i + length
    return None


def sporty_article(segs_toks, ignore: frozenset[str] = frozenset(), words: Sequence[frozenset[str]] | None = None) -> bool:
    """Does the article report sport? Two or more different sports words anywhere (not counting ``ignore``).
    ``words``: each segment's :func:`_segment_words`, when the caller has them (a segment without a sports
    word is then skipped at once)."""
    cues = SPORT_CUES - ignore
    seen: set[str] = set()
    # (a literary club and its audience alone make no sports report, sport_cues_shared.txt; an ignored word of
    # sport, «الفريق», still tells them apart)
    present = words if words is not None or not ignore else [_segment_words(toks) for toks in segs_toks]
    shared = SPORT_CUES_SHARED if not ignore or all(ignore.isdisjoint(w) for w in present or ()) else frozenset()
    for n, toks in enumerate(segs_toks):
        if words is not None and cues.isdisjoint(words[n]):
            continue  # (a cue, folded, is a key: a token written as one holds it among its keys)
        for k, t in enumerate(toks):
            if (not cues.isdisjoint(t.keys) or t.text in cues) and not _other_club(toks, k) and not _purpose_goal(toks, k):
                # two different ones: «فريق “شباب بلس”» twice is a volunteers' team, no sports report
                seen.add(min(strip_article(x) for x in (cues & set(t.keys)) or {t.text}))
                if len(seen) >= 2 and not seen <= shared:
                    return True
    return False


# --- statistical recognizers ------------------------------------------------------------------------

def _trim(article, s: int, e: int, typ: str, res: Resources) -> tuple[int, int] | None:
    """A statistical span without the words that cannot be part of the name at its edges: a verb
    or title before a person ("دان معالي فلان" → "فلان"), a common word after it."""
    toks = _span_tokens(article, s, e)
    if typ in ("ORG", "MISC") and len(toks) >= 2:
        # «الجمعية المهندس فهد»: a person's title inside a body's name opens the person; the name ends before it
        k = next((k for k in range(1, len(toks) - 1) if _is_word(toks[k]) and strip_article(toks[k].key) in HONORIFICS
                  and res.first_name(toks[k + 1].key)), None)
        if k is not None:
            return (s, toks[k - 1].end) if toks[k - 1].end > s else None
    if typ != "PERS" or not toks:
        return s, e
    def verb(t: Token) -> bool:
        # A speech verb or a verb shape ("سيطرح") before the name; a foreign name that merely starts
        # with ي/ت/ن ("يلار") stays unless the word is a common one.
        bare = t.key[1:] if t.key[:1] in "وف" and len(t.key) > 4 else t.key
        return (any(st in SPEECH_VERBS for st in t.keys) or _verbish(t, res)
                or (bare[:1] in "يتن" and len(bare) >= 4 and res.common(bare) and not res.person_word(bare))
                # «بانتقاد ميسي»: a preposition and a noun
                or _preposition_phrase(t, res))

    def adjective(t: Token) -> bool:  # "الأكاديمي" after a name describes it; "المصري" may be a surname
        return t.key.startswith("ال") and (t.key in ROLE_ADJECTIVES or t.key in DESCRIPTIVE) and not res.person_word(t.key)

    i = _honorifics(toks, 0)
    while i < len(toks) and (not _namey(toks[i], res, 0) or verb(toks[i])):
        i = _honorifics(toks, i + 1)
    j = len(toks)
    while j > i and ((not _namey(toks[j - 1], res, j - 1 - i) or adjective(toks[j - 1]) or _plural_verb(toks[j - 1], res))
                     and toks[j - 1].key not in CONNECTORS):
        if j - 2 >= i and toks[j - 2].key in CONNECTORS | _KUNYA | {"عبد"} and _is_word(toks[j - 1]):
            break  # "عبد الباقي", "أبو عبد الله": the word after a connector completes the name
        if j - 2 == i and toks[j - 1].key in REGNAL_ORDINALS and _namey(toks[i], res, 0):
            break  # «الشاه إسماعيل الأول»: a sovereign's ordinal ends the name (as in _name_extent)
        j -= 1
    j = next((k for k in range(i + 1, j) if _blessing(toks[k])), j)  # «عبدالله رحمه الله»: the prayer is not the name
    j = next((k for k in range(i + 1, j) if toks[k].key in NICKNAME_CALLERS), j)  # «خالد المعروف بأبو علي»
    def clause(k: int) -> bool:
        # «توني كروس فيتقاضى راتبا»: ف/و + an imperfect verb with its object after it opens the next clause
        # (a name's last word before a comma, «ستيوارت فيفرز،», stays one)
        t = toks[k]
        if not (t.text[:1] in "وف" and _imperfect_verb(t, res)):
            return False
        nxt = toks[k + 1] if k + 1 < len(toks) else article.token_at(t.end + 1)
        return nxt is not None and _is_word(nxt) and not article.text[t.end:nxt.start].strip()
    j = next((k for k in range(i + 1, j) if clause(k)), j)
    # «فهد عبد الله فاجع ثاني موتيل»: an indefinite ordinal ("the second") opens what follows the name
    # (a sovereign's is definite: «عبدالله الثاني»)
    # (and after «بن» or «آل» it is a family's name: «عبدالله بن ثاني», «آل ثاني»)
    j = next((k for k in range(i + 1, j) if not toks[k].key.startswith("ال") and _ordinal(toks[k].key)
              and toks[k - 1].key not in CONNECTORS), j)
    # «ناصر الطبسي خريج الاقتصاد», «محمد القرون مشرف تربوي»: a definite surname ends the name; the noun after
    # it is the predicate's or opens the person's profession, however many words follow
    # (only after words that read as a name up to the surname: «عبدالله بن ماضي بزواج نجله الشاب ماضي» is two names
    # with a clause between, the model's one span; «زميلهم العريف فهيد» opens on "their colleague"; «آل» written
    # «ال» is no surname)
    j = next((k for k in range(i + 2, j) if len(toks[k - 1].key) > 3 and _after_surname(toks, k, res) and all(
        toks[x].key in CONNECTORS or (_namey(toks[x], res, x - i) and not (x == i and _possessed_noun(toks[x])))
        for x in range(i, k))), j)
    for k in (i + 1, i + 2):
        if k < j and _kunya_complete(toks, i, k, res):
            j = k  # «أبو صالح ليستنير برأيه»: a kunya is a whole name; the verb after it is not part of it
            break
    # «الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة»: a family's name with «آل» ends the person's; an
    # indefinite word after it is the clause's (the object of «بعث»); not a tribe's nisba, «آل عواض عسيري»,
    # nor a family name of two words, «آل أبو مرعي», «آل بن محفوظ», «آل عبد ربه»
    j = next((k + 2 for k in range(i + 1, j - 2) if toks[k].text == "آل" and _is_word(toks[k + 1])
              and toks[k + 1].key not in CONNECTORS and toks[k + 1].key != "عبد" and _is_word(toks[k + 2])
              and not toks[k + 2].key.startswith("ال") and not toks[k + 2].key.endswith("ي")
              and toks[k + 2].key not in CONNECTORS), j)
    while j > i and toks[j - 1].key in CONNECTORS | _KUNYA | {"عبد"}:
        j -= 1  # a name does not end on "بن" or "عبد"
    if i >= j:
        return None
    start = toks[i].start + (toks[i].kreadings[0][0] if i else s - toks[0].start)
    return max(start, s), toks[j - 1].end


def _external(mentions: Iterable[dict], source: str, article, res: Resources | None = None) -> list[Candidate]:
    res = res or resources()
    out = []
    mentions = list(mentions)
    plurals = _plural_nouns(article) if any(m.get("type") == "PERS" for m in mentions) else frozenset()
    for m in mentions:
        typ = m.get("type")
        if typ not in TYPES:
            continue
        s, e = int(m["start"]), int(m["end"])
        words = [t for t in _span_tokens(article, s, e) if t.kind == "word"]
        if not words:
            continue
        # God's name, a religion or a people alone: MISC or ORG in ANERcorp, not names for this kit
        # (religions named as such have their own rule).
        if all(strip_article(w.key) in NOT_ENTITIES or w.key in NOT_ENTITIES for w in words):
            continue
        if typ == "PERS" and len(words) == 1 and words[0].key in plurals:
            continue  # «أعلن مدعون أمريكيون» (American prosecutors): a plural noun, wherever the article writes it
        if typ == "ORG" and strip_article(words[0].key) == _PLANET:
            continue  # «كوكب بلوتو», «كوكب قزم»: a planet, no body
        if len(words) == 2 and words[0].key == words[1].key and len(words[0].key) >= 4:
            continue  # «رويدا رويدا», «شيئا شيئا»: a word said twice is an adverb of manner, no name
        score = m.get("score")
        score = float(score) if isinstance(score, (int, float)) else None
        if typ == "ORG" and score is not None and score < 0.7 and len(words) >= 2 and words[0].kreadings[0][0] == 0 \
                and len(words[0].kreadings) == 1 and res.first_name(words[0].key) and not res.common(words[0].key) \
                and not any(res.common(w.key) or w.key.startswith("ال") or w.key in FIRM_SUFFIXES
                            or w.kreadings[0][0] != 0 or w.text[:2] == "لل"
                            or _hamza(w.key) in COMPANY_SUFFIXES or w.key in STOP for w in words[1:]) \
                and not (s > 0 and article.text[s - 1] in _QUOTE_MARKS or article.text[e:e + 1] in _QUOTE_MARKS) \
                and not any(k in idx for idx in (res.org_index, domain_lists()[0].index, domain_lists()[2].index)
                            for k in (tuple(w.key for w in words), (words[0].key,))):
            # «سجله أليكس أوكسليد تشامبرلين»: an unsure organisation opening with a given name, then no common word, no
            # firm's kind word nor a word a proclitic may open (a foreign family name), no list's body and not between
            # quotes (a ship's, a town's name: «العبارة «سالم اكسبرس»»), is the person
            typ = "PERS"
        if typ == "ORG" and len(words) == 2 and words[0].key.startswith("ال") \
                and _hamza(strip_article(words[0].key)) in COUNTRY_DESCRIBED_HEADS and nisba_of(words[1].text) is not None \
                and tuple(w.key for w in words) not in res.org_index:
            continue  # «البنك اليوناني»: a bank told by its country, no name (as the head rule has it)
        span = _trim(article, s, e, typ, res)
        if span is None:
            continue
        s, e = span
        what = "CRF" if source == "model" else "CAMeL NER"
        ev = f"{what} tagged {typ}" + (f" (score {score:.2f})" if score is not None else "")
        for a, b in (_split_at_and_given(article, s, e, res) if typ == "PERS" else [(s, e)]):
            out.append(Candidate(a, b, typ, source, ev, PRIORITY[source], score=score))
    return out


def _plural_nouns(article) -> frozenset[str]:
    """The keys of words the article writes before a people's adjective in the plural: nouns of people in
    the plural («مدعون أمريكيون», prosecutors), which no model makes a person's name anywhere in it.

    >>> from kit.text.article import parse_article
    >>> sorted(_plural_nouns(parse_article("خبر\\n\\nأعلن مدعون أمريكيون الاتهام. وقال مدعون إن المتهمين فروا.")))
    ['مدعون']
    """
    out = set()
    for toks in article.segments_tokens():
        for a, b in zip(toks, toks[1:]):
            if b.key.endswith(("يون", "يين")) and not b.key.startswith("ال") and not a.key.startswith("ال") \
                    and _is_word(a) and _is_word(b) and nisba_of(b.text) is not None:
                out.add(a.key)
    return frozenset(out)


def _split_at_and_given(article, s: int, e: int, res: Resources) -> list[tuple[int, int]]:
    """A person's span the model ran over «و» and a given name is two people: «عادل وياسمين عبد العزيز» →
    «عادل», «ياسمين عبد العزيز» (not «محمد وليد», whose «وليد» is a given name whole).

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nوغادة عادل وياسمين عبد العزيز، ومحمد وليد.")
    >>> s, t = a.text.index("عادل"), a.text.index("محمد")
    >>> [[a.text[x:y] for x, y in _split_at_and_given(a, *sp, resources())] for sp in ((s, s + 23), (t, t + 9))]
    [['عادل', 'ياسمين عبد العزيز'], ['محمد وليد']]
    """
    toks = [t for t in _span_tokens(article, s, e) if t.kind == "word"]
    for k, t in enumerate(toks[1:], 1):
        if t.text[:1] == "و" and t.start >= s and not res.first_name(t.key) and not res.person_word(t.key) \
                and any(o == 1 and res.first_name(st) and not res.common(st) for o, st in t.kreadings):
            return [(s, toks[k - 1].end)] + _split_at_and_given(article, t.start + 1, e, res)
    return [(s, e)]


def _split_places_yield_to_names(article, cands: list[Candidate], kept) -> list[Candidate]:
    """One reading for a word: a place read by splitting a proclitic off a word («والكوت» → و + «الكوت»,
    Kut) gives way where the article writes that whole word inside a person's name («ثيو والكوت»).

    ``kept``: the merged (candidate, why) pairs, whose people's words are looked up."""
    words = {fold(t.text) for c, _ in kept if c.type == "PERS"
             for t in _span_tokens(article, c.start, c.end) if t.kind == "word" and t.start >= c.start}
    if not words:
        return cands
    out = []
    for c in cands:
        if c.type == "LOC" and c.source == "gazetteer":
            tok = article.token_at(c.start)
            if tok is not None and tok.start < c.start and fold(tok.text) in words:
                continue
        out.append(c)
    return out


def _name_span(article, c: Candidate) -> Candidate:
    """The span of the name itself, as ANERcorp draws it: without a head word that only says what
    kind of body or building it is («شركة أرامكو» → «أرامكو», «مطار دمشق» → «دمشق»), and without a
    country adjective after a construct name («نادي بوردو الفرنسي» → «بوردو»). The canonical name
    keeps the whole phrase, so two ministries of two countries stay two entities.

    A definite head stays: «المنتخب السعودي», «الاتحاد الأوروبي» are names only with it.
    """
    if c.type not in ("ORG", "LOC") or c.source not in ("pattern", "gazetteer"):
        return c
    toks = [t for t in _span_tokens(article, c.start, c.end) if t.kind != "punct"]
    if len(toks) < 2 or not _is_word(toks[0]):
        return c
    first = toks[0]
    res = resources()
    hit = _head_reading(first, ORG_HEADS_OUTSIDE if c.type == "ORG" else FACILITY_HEADS)
    if hit is None and c.type == "ORG":
        hit = _head_reading(first, ORG_HEADS_BEFORE_NAME)
        if hit is not None and any(res.common(t.key) or res.common(strip_article(t.key)) or t.key in STOP for t in toks[1:]):
            hit = None  # «وكالة الأنباء السعودية»: common words name it only with their head
    head = hit[1] if hit is not None else None
    whole = article.token_at(c.start)
    if head is not None and whole is not None and c.start == whole.start + 1 and fold(whole.text).startswith("لل"):
        head = "ال" + head  # «للمنتخب الأوزبكستاني»: the span opens at the article's lam, the head is definite
    if c.type == "LOC":
        # (a site named after a person keeps its head, though a town bears the name too: «متنزه الشيخ زايد»)
        return _place_core(article, c, toks, facility=head is not None and not head.startswith("ال") and not _is_title(toks[1]))
    if head is None or head.startswith("ال"):
        return _without_country_adjective(article, c, toks)
    if c.type == "ORG" and _hamza(head) == "نادي" and _hamza(toks[-1].key) in NON_SPORT_CLUBS:
        return c  # «نادي أبها الأدبي»: a literary club is named with its head (the town alone is its football club's)
    rest = toks[1:]
    if (c.type == "ORG" and len(rest) >= 2 and rest[-1].key.startswith("ال") and nisba_of(rest[-1].text) is not None
            and any(not res.common(t.key) and not res.common(strip_article(t.key)) for t in rest[:-1])):
        rest = rest[:-1]  # «نادي بوردو الفرنسي» → «بوردو»; «الاتصالات السعودية» keeps its adjective
    if not rest or not any(t.key not in STOP for t in rest):
        return c
    if c.type == "ORG" and not any(_proper_word(t, res) for t in rest) and tuple(t.key for t in rest) not in res.org_index:
        return c  # «مؤسسة النقد», «شركة الكهرباء السعودية»: common words name the body only with its head
    trimmed = c.copy()
    trimmed.start, trimmed.end = rest[0].start, rest[-1].end
    trimmed.canonical = c.canonical or article.text[c.start:c.end]
    return trimmed


def _proper_word(t: Token, res: Resources) -> bool:
    """Is ``t`` a name's own word, in every reading of it («والأدوية» is also «الأدوية»): not a common
    word, no country adjective, no head noun, and, when definite, one the corpus does not know without
    its article («السوربون») or one ANERcorp tags nine times in ten («الله»), not a definite noun that
    also names things («التحرير», «الكهرباء»)?"""
    def proper_stem(st: str) -> bool:
        if res.common(st) or st in STOP or _nisba_adjective(strip_article(st)):
            return False
        if not st.startswith("ال"):
            return True
        tags = res.word_tags.get(st) or {}
        total = sum(tags.values())
        return not _corpus_word(strip_article(st)) or (total >= 20 and tags.get("O", 0) <= total // 10)

    return (_is_word(t) and nisba_of(t.text) is None
            and _head_reading(t, ORG_HEADS_ANY | MEDIA_HEADS) is None
            and all(proper_stem(st) for _, st in t.kreadings))


def _without_country_adjective(article, c: Candidate, toks: list[Token]) -> Candidate:
    """An organisation's name without the country adjective after it, when the rest names it alone
    («ريال مدريد الإسباني» → «ريال مدريد», «جامعة السوربون الفرنسية» → «جامعة السوربون», «حزب الله
    اللبناني» → «حزب الله»): the adjective only says where the body is, as ANERcorp draws it (96 times
    in 108). It stays where it is part of the name, after common words only («الجيش اللبناني»,
    «وزارة الخارجية الروسية», «منظمة التحرير الفلسطينية»). The canonical name keeps the whole phrase.
    """
    if len(toks) < 2 or not toks[-1].key.startswith("ال") or nisba_of(toks[-1].text) is None:
        return c
    rest = toks[:-1]
    if not any(_proper_word(t, resources()) for t in rest):
        return c
    trimmed = c.copy()
    trimmed.start, trimmed.end = max(c.start, rest[0].start), rest[-1].end
    trimmed.canonical = c.canonical or article.text[c.start:c.end]
    return trimmed


PLACE_EPITHETS = _words("place_epithets")
FACILITY_ADJECTIVES = _words("facility_adjectives")
# Words before a place's name that say what kind of place it is or which part of it: «منطقة الخليج»,
# «نهر النيل», «غرب أفريقيا». Facilities, streets and neighbourhoods are named with theirs.
_PLACE_PREFIXES = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("place_kind_words")
                            if r["kind"] not in ("facility", "street", "neighbourhood")) | _words("place_parts")


def _known_place(text: str) -> list:
    """Gazetteer readings of ``text`` the kit would take on their own (a trusted name or a town)."""
    return [c for c in load_gazetteer().lookup(text) if c.trusted or c.entry.population >= 15_000]


_COUNTERPARTS = _words("club_counterparts")


def counterpart_club_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """In a sports article, a foreign name of one or two words after a word naming the club's opponent with its
    pronoun, then its country's masculine adjective, is a foreign club («كسب الأهلي نظيره فرايبورج السويسري»,
    «فاز على ضيفه ليغيا وارسو البولندي»): the name alone, as a club is drawn.

    >>> t = "وكسب الأهلي نظيره فرايبورج السويسري بثلاثة أهداف"
    >>> [text_of(t, c) for c in counterpart_club_candidates(t, tokens_of(t), resources())]
    ['فرايبورج']
    """
    out: list[Candidate] = []
    n = len(toks)
    for i, t in enumerate(toks[:-2]):
        if not _is_word(t) or t.key not in _COUNTERPARTS or not t.key.endswith(("ه", "ها")):
            continue
        if any(_is_word(u) and any(strip_article(st) in ROLE_HEADS or strip_article(st) in PROFESSIONS for _, st in u.kreadings)
               for u in toks[max(0, i - 4):i]):
            continue  # «فاز رئيس الاتحاد على نظيره راؤول كانيدا الإسباني»: an official's counterpart is a person
        for width in (1, 2):
            j = i + 1 + width
            if j >= n or not all(_is_word(x) and _foreign_word_only(x, res) for x in toks[i + 1:j]) \
                    or res.first_name(toks[i + 1].key):
                break  # («على نظيره راؤول كانيدا الإسباني»: a given name opens a person, the counterpart of an official)
            adj = toks[j]
            if _is_word(adj) and adj.text.startswith("ال") and adj.key.endswith("ي") and nisba_of(adj.text) is not None:
                out.append(Candidate(toks[i + 1].start, toks[j - 1].end, "ORG", "pattern",
                                     f"a foreign club after «{t.text}», with its country's «{adj.text}»", PRIORITY["pattern"]))
                break
    return out


def city_club_candidates(text: str, toks: list[Token], res: Resources) -> list[Candidate]:
    """In a sports article, a town followed by its own country's adjective in the masculine is a club named
    after it: a town takes a feminine adjective, a club a masculine one («أمام فيرونا الإيطالي», «ويختتم
    معسكره بفيرونا الإيطالي»). The span is the town's name, as ANERcorp and the dev set draw a club («ريال
    مدريد الإسباني» → «ريال مدريد»). A town after another name is the end of a club's longer name
    («دينامو زغرب», «أريس ليماسول»), after «فريق» or «نادي» the head rule's; a town that is also a common
    word («العلم العراقي», the flag) names no club.

    >>> t = "ويختتم الفريق مواجهاته أمام فيرونا الإيطالي، وزار فيرونا الإيطالية، ولعب مع دينامو زغرب الكرواتي"
    >>> [text_of(t, c) for c in city_club_candidates(t, tokens_of(t), resources())]
    ['فيرونا']
    """
    out: list[Candidate] = []
    # (the country's adjective first: most tokens are none, and the tests of the words before it cost more)
    for j, adj in enumerate(toks):
        if j == 0 or not adj.key.endswith("ي") or not adj.text.startswith("ال") or not _is_word(adj):
            continue
        iso = nisba_of(adj.text)
        if iso is None:
            continue
        for width in (2, 1):
            i = j - width
            if i < 0 or not all(_is_word(x) for x in toks[i:j]) or toks[j - 1].end + 1 != adj.start:
                continue
            t = toks[i]
            if t.key in STOP:
                continue
            prev = toks[i - 1] if i > 0 else None
            hit = None
            for o, st in t.kreadings:
                glued = fold(t.text[:o])
                if o and glued not in ("و", "ل", "ب", "وب", "ول"):
                    continue
                name = text[t.start + o:toks[j - 1].end]
                if width == 1 and (res.common(st) or res.common(strip_article(st)) or st in STOP):
                    continue
                if not (_place_as_written(name) and any(c.entry.kind in SETTLEMENT_KINDS and c.entry.country == iso
                                                        for c in _known_place(name))):
                    continue
                # «دينامو زغرب», «فريق الكويت», «ميناء كاليه»: after another word the town ends a longer name, or a
                # head's rule reads it; a preposition on the town opens a new phrase («بفيرونا»), و joins it to what
                # goes before («مطاري عمان الأردني ودمشق السوري», the airports)
                if glued in ("", "و") and prev is not None and _is_word(prev) and prev.key not in STOP \
                        and not _verbish(prev, res) and not _imperfect_verb(prev, res) \
                        and _hamza(prev.key) not in PLAYER_ROLES and prev.key not in PROFESSIONS:
                    continue
                hit = Candidate(t.start + o, toks[j - 1].end, "ORG", "pattern",
                                f"a club: the town «{name}» and the masculine «{adj.text}»", PRIORITY["pattern"])
                break
            if hit is not None:
                out.append(hit)
                break
    return out


def _feminine_country_adjective(t: Token | None) -> bool:
    """Is ``t`` a country's adjective in the feminine, with ال («الإسبانية», «النمساوية»)? After a name
    that is both a town and a club it makes the name the town: a town takes a feminine adjective, a
    club a masculine one («برشلونة الإسبانية» the city, «برشلونة الإسباني» the club).

    >>> [_feminine_country_adjective(t) for t in tokens_of("النمساوية الإيطالي الودية")]
    [True, False, False]
    """
    return t is not None and _is_word(t) and t.text.startswith("ال") and t.text.endswith(("ية", "يه")) \
        and nisba_of(t.text) is not None


def _place_as_written(text: str) -> bool:
    """Is ``text`` whole (no proclitic split off) the name of a place the kit would take: «بريدة», «بيروت»,
    not «بالرياض»?

    >>> [_place_as_written(w) for w in ("بريدة", "بيروت", "بالرياض", "ببريدة")]
    [True, True, False, False]
    """
    known = _known_place(text)
    return bool(known) and "as written" in known[0].reasons


def _place_core(article, c: Candidate, toks: list[Token], facility: bool) -> Candidate:
    """A place's mention as ANERcorp draws it: the name without the kind word or direction before it
    («منطقة الخليج» → «الخليج», «جنوب لبنان» → «لبنان»), without an epithet after it («مكة المكرمة» →
    «مكة»), and a facility named for its town as the town («مطار دبي الدولي» → «دبي»; «مطار الملك فهد
    الدولي» stays whole). The canonical name keeps the whole phrase. A phrase that is a place of its own
    stays whole («جنوب أفريقيا», «ريف دمشق», «قطاع غزة»: else its core word, «دمشق», would be merged into
    it), and so does anything the rest would not name alone.
    """
    a, b = 0, len(toks)
    if facility:
        a = 1
        while b - a > 1 and toks[b - 1].key in FACILITY_ADJECTIVES:
            b -= 1
    else:
        if any(_hamza(st) in _PLACE_PREFIXES for off, st in toks[0].kreadings):
            a = 1
        if b - a > 1 and toks[b - 1].key in PLACE_EPITHETS:
            b -= 1
    if (a, b) == (0, len(toks)) or a >= b:
        return c
    core = article.text[toks[a].start:toks[b - 1].end]
    found = _known_place(core)
    if not found:
        return c
    if not facility:
        whole = _known_place(article.text[toks[0].start:toks[-1].end])
        if whole and whole[0].entry.id != found[0].entry.id:
            return c  # «جنوب أفريقيا», «ريف دمشق», «خليج عمان»: a place of its own, not its core word
    trimmed = c.copy()
    trimmed.start, trimmed.end = toks[a].start, toks[b - 1].end
    trimmed.canonical = c.canonical or article.text[c.start:c.end]
    return trimmed


ORIGIN_NOUNS = _words("origin_nouns")


def _with_kunya_nisba(article, c: Candidate) -> Candidate:
    """A person named by a kunya keeps the nisba after it (a nom de guerre: the adjective is part of the
    name), unless a noun of origin follows it (data/lexicon/origin_nouns.txt: a nationality).

    >>> from kit.text.article import parse_article
    >>> a = parse_article("قال أبو حمزة المصري")
    >>> s = a.text.index("أبو")
    >>> c = _with_kunya_nisba(a, Candidate(s, s + len("أبو حمزة"), "PERS", "model", "", 20))
    >>> a.text[c.start:c.end]
    'أبو حمزة المصري'
    >>> b = parse_article("أبو عبد الله البريطاني الجنسية")
    >>> s = b.text.index("أبو")
    >>> c = _with_kunya_nisba(b, Candidate(s, s + len("أبو عبد الله"), "PERS", "model", "", 20))
    >>> b.text[c.start:c.end]
    'أبو عبد الله'
    """
    if c.type != "PERS":
        return c
    words = [t for t in _span_tokens(article, c.start, c.end) if t.kind == "word"]
    if len(words) < 2 or not any(st in _KUNYA for t in words[:-1] for st in t.keys):
        return c
    nxt = article.token_at(c.end + 1)
    if (nxt is None or nxt.kind != "word" or nxt.start > c.end + 1 or not nxt.key.startswith("ال")
            or nxt.key in STOP or len(nxt.key) < 5):
        return c  # «أبو بكر إلى»: a stop word is no nisba
    if not nxt.key.endswith("ي") or _known_place(nxt.text):
        return c  # «أبو مازن السعودية», «… الفلسطينيين»: a place or a plural follows, not his nisba
    if nisba_of(nxt.text) is None and not _nisba_adjective(strip_article(fold(nxt.text))):
        return c
    origin = article.token_at(nxt.end + 1)
    if origin is not None and _is_word(origin) and _hamza(origin.key) in ORIGIN_NOUNS:
        return c  # «أبو عبد الله البريطاني الجنسية»: his nationality, no nom de guerre
    return replace(c, end=nxt.end)


def _with_given_before_lineage(article, c: Candidate, res: Resources) -> Candidate:
    """A person's name the model began at «بن» takes the given name before it, a common word or not (the name below
    opens with a noun for travel). Not after a title, a verb, a function word, a definite word, a plural, a place or
    a family's noun («الرئيس بن علي», «تصريحات بن لادن», «عائلة بن لادن»), nor a word with a proclitic.

    >>> from kit.text.article import parse_article
    >>> a = parse_article("وقال سفر بن سويد الغامدي إن الخدمات جيدة")
    >>> s = a.text.index("بن")
    >>> c = _with_given_before_lineage(a, Candidate(s, s + len("بن سويد الغامدي"), "PERS", "model", "", 20), resources())
    >>> a.text[c.start:c.end]
    'سفر بن سويد الغامدي'
    """
    if c.type != "PERS" or c.source != "model":
        return c
    first = article.token_at(c.start)
    if first is None or first.kind != "word" or first.key != _BIN:
        return c  # (not «ابن»: «ابن طفيل», «رواه ابن أبي الدنيا» are named by it alone)
    prev = article.token_at(c.start - 2) if c.start >= 2 else None
    if prev is None or prev.kind != "word" or prev.end != c.start - 1 or prev.key in STOP or _definite(prev) \
            or prev.key.endswith(("ات", "ون", "ين")) \
            or len(prev.kreadings) > 1 or len(prev.key) < 3 or _hamza(strip_article(prev.key)) in KIN_FAMILY_NOUNS \
            or _is_title(prev) or _verbish(prev, res) or _verb_like(prev, res) or _office_word(prev, res) \
            or _known_place(prev.text) or not has_arabic(prev.text):
        return c
    return replace(c, start=prev.start)


@lru_cache(maxsize=64)  # (asked per candidate next to «علي»: one scan of the article is enough)
def _writes_ya_for_alif_maqsura(text: str) -> bool:
    """Does the writer end «إلى» and «حتى» in ي («الي», «حتي»)? Then a written «علي» may be the preposition.

    >>> [_writes_ya_for_alif_maqsura(t) for t in ("قال علي في المؤتمر إلى الصحفيين", "ذهب الي البيت")]
    [False, True]
    """
    return bool(re.search(r"(?<!\w)(?:الي|حتي)(?!\w)", text))


@lru_cache(maxsize=64)  # (asked per candidate next to «علي»: one scan of the article is enough)
def _writes_alif_maqsura_for_ya(text: str) -> bool:
    """Does the writer end «في» in ى («فى»)? Then a written «على» may be the name «علي».

    >>> [_writes_alif_maqsura_for_ya(t) for t in ("قال علي في المؤتمر", "قال الحذيفى فى المؤتمر")]
    [False, True]
    """
    return bool(re.search(r"(?<!\w)فى(?!\w)", text))


def _with_ali_after_given(article, c: Candidate, res: Resources) -> Candidate:
    """A person's name that ends at a given name runs on over «علي» written with ي: the news spells the preposition
    with ى (132,030 times in the corpus against 4,078 «علي», most of them names), so after a given name it is the
    father's or the second name. Not after a family («آل سعود»), nor before «بن» (a lineage of its own), nor «عليّ»
    with its shadda (on me).

    >>> from kit.text.article import parse_article
    >>> a = parse_article("وقال محمد علي إن الفريق جاهز")
    >>> s = a.text.index("محمد")
    >>> c = _with_ali_after_given(a, Candidate(s, s + len("محمد"), "PERS", "model", "", 20), resources())
    >>> a.text[c.start:c.end]
    'محمد علي'
    """
    if c.type != "PERS":
        return c
    words = [t for t in _span_tokens(article, c.start, c.end) if t.kind == "word"]
    nxt = article.token_at(c.end + 1)
    if not words or nxt is None or nxt.text != "علي" or nxt.start != c.end + 1 or words[-1].end != c.end \
            or article.text[c.end] != " ":
        return c  # (not across a line)
    after = article.token_at(nxt.end + 1)
    if after is not None and after.start == nxt.end + 1 and after.key.startswith("ال") \
            and _writes_ya_for_alif_maqsura(article.text):
        return c  # (a writer whose «علي» may be «على», «الي» for «إلى»: not before a definite word, «وصل محمد علي الفور»)
    last = words[-1]
    if last.key not in _given_keys(res):
        return c
    before = article.token_at(last.start - 2) if last.start >= 2 else None
    if before is not None and before.end == last.start - 1 and before.key in ("ال", "ابن", _BIN):
        return c  # «آل سعود علي كريمة …», «بن سعود علي …»: a family's or a father's name, then «على» misspelt
    if after is not None and after.start == nxt.end + 1 and after.key in (_BIN, "ابن"):
        return c
    return replace(c, end=nxt.end)


def _with_ali_before_given(article, c: Candidate, res: Resources) -> Candidate:
    """A person's name that opens with a given name takes «علي» (with ي, see :func:`_with_ali_after_given`) right
    before it, with or without و: the first name of a list's next item («وعلي حسين العوامي»).

    >>> from kit.text.article import parse_article
    >>> a = parse_article("وشارك سلمان السنان وعلي حسين العوامي")
    >>> s = a.text.index("حسين")
    >>> c = _with_ali_before_given(a, Candidate(s, s + len("حسين العوامي"), "PERS", "model", "", 20), resources())
    >>> a.text[c.start:c.end]
    'علي حسين العوامي'
    """
    if c.type != "PERS" or c.start < 2:
        return c
    first = article.token_at(c.start)
    prev = article.token_at(c.start - 2)
    if first is None or prev is None or first.start != c.start or prev.end != c.start - 1 or first.key not in _given_keys(res):
        return c
    if prev.text not in ("علي", "وعلي") or article.text[c.start - 1] != " " or _writes_ya_for_alif_maqsura(article.text):
        return c
    return replace(c, start=prev.end - 3)


def _kunya_is_a_person(article, c: Candidate, res: Resources) -> Candidate:
    """A kunya of two words, «أم» or «أبو» and a given name, that the model took for a body or a work is a person
    (not a place: «أم جمال الأخلاق» is "or the beauty of manners", and the model's place there is its error to keep).

    >>> from kit.text.article import parse_article
    >>> a = parse_article("واستطاعت (ام نورة) ان تسجل حضورا")
    >>> s = a.text.index("ام")
    >>> _kunya_is_a_person(a, Candidate(s, s + 7, "ORG", "model", "", 20), resources()).type
    'PERS'
    """
    if c.type not in ("ORG", "MISC") or c.source != "model":
        return c
    words = _span_tokens(article, c.start, c.end)
    if len(words) != 2 or not all(_is_word(w) for w in words) or words[0].start != c.start \
            or words[0].key not in _KUNYA or words[1].key not in _given_keys(res):
        return c
    return replace(c, type="PERS")


def _without_tribe(article, c: Candidate) -> Candidate | None:
    """A person the model found right after «بني» / «بنو» opens with a tribe's or a clan's name: of one or two words
    it is no person («معايدة بني مبارك», «قبيلة بني مالك»; a place the gazetteer knows, «بني سويف», is no model's
    person); longer, the person follows the tribe's name and a title («شيخ قبيلة بني ظبيان عثمان بن عبدالله بن صقر»).

    >>> from kit.text.article import parse_article
    >>> a = parse_article("بحضور شيخ قبيلة بني ظبيان الشيخ عثمان بن عبدالله بن صقر")
    >>> s = a.text.index("ظبيان")
    >>> c = _without_tribe(a, Candidate(s, len(a.text), "PERS", "model", "", 20))
    >>> a.text[c.start:c.end]
    'عثمان بن عبدالله بن صقر'
    """
    if c.type != "PERS" or c.source != "model" or c.start < 2:
        return c
    prev = article.token_at(c.start - 2)
    if prev is None or prev.end != c.start - 1 or _hamza(prev.key) not in _TRIBE_SONS:
        return c
    words = [t for t in _span_tokens(article, c.start, c.end) if _is_word(t)]
    if len(words) <= 2:
        return None
    k = 2 if _is_title(words[1]) else 1
    return replace(c, start=words[k].start) if len(words) - k >= 2 else None


_TRIBE_SONS = _words("tribe_sons")


DAY_PARTS = frozenset(_hamza(fold(r["word"])) for r in lexicon.rows("day_parts"))


def _founders_named(article, cands: list[Candidate], res: Resources) -> list[Candidate]:
    """A company the lists know by one word, right after a known given name (و or ب may open it), is the surname
    of the man it is named after: «دومينيكو دي سول بتوم فورد في جوتشي» is a person, not Ford
    (a given name that opens a company's own name is read by the lists themselves: «جنرال موتورز»).

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nمثل علاقة دي سول بتوم فورد، وباعت فورد سياراتها")
    >>> cs = [Candidate(s, s + 4, "ORG", "gazetteer", "", 60, ref="org:ford") for s in (a.text.index("فورد"), a.text.rindex("فورد"))]
    >>> [(a.text[c.start:c.end], c.type) for c in _founders_named(a, cs, resources())]
    [('توم فورد', 'PERS'), ('فورد', 'ORG')]
    """
    out = []
    for c in cands:
        ref = (c.ref or "")[4:] if (c.ref or "").startswith("org:") else ""
        if c.type != "ORG" or c.source != "gazetteer" or " " in article.text[c.start:c.end].strip() \
                or ref not in res.orgs or res.orgs[ref].kind not in COMPANY_KINDS or article.text[c.start:c.end].startswith("ال"):
            out.append(c)  # (a company's foreign one-word name only: not a club, «ناديه الرائد», nor «شمس الجزيرة»)
            continue
        t = article.token_at(c.start)
        prev = article.tokens[t.i - 1] if t is not None and t.start == c.start and t.i > 0 else None
        got = _given_reading(prev, res) if prev is not None and prev.segment == t.segment \
            and t.start - prev.end == 1 and prev.key not in CONNECTORS else None
        # (a given name that is mostly a name in the corpus, and after و or ب no word the corpus writes whole: not
        # «وجاء بيان نوكيا», a statement)
        if prev is None or got is None or _cluster_share(got[1], 1) < 0.5 or (got[0] and _corpus_word(prev.key)):
            out.append(c)
            continue
        out.append(Candidate(prev.start + got[0], c.end, "PERS", "pattern",
                             f"a given name before «{article.text[c.start:c.end]}»: the man a company is named after",
                             c.priority + 1))
    return out


def _weekday_surnames(article, cands: list[Candidate], res: Resources) -> list[Candidate]:
    """A weekday right after a lone given name is his family name (families are named so): «وقال ماجد الخميس
    رئيس اللجنة». It stays the day when a time word follows it («سعود الخميس الماضي»), when the given name ends
    a longer name («محمود عباس الجمعة»), or when the article names that person with another surname too.

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nوقال ماجد الخميس رئيس اللجنة. وصل سعود الخميس الماضي.")
    >>> cs = [Candidate(a.text.index(w), a.text.index(w) + len(w), "PERS", "model", "", 20) for w in ("ماجد", "سعود")]
    >>> [a.text[c.start:c.end] for c in _weekday_surnames(a, cs, resources())]
    ['ماجد الخميس', 'سعود']
    """
    people = [c for c in cands if c.type == "PERS"]
    if not people:
        return cands
    toks = article.tokens
    out = []
    for c in cands:
        words = [t for t in _span_tokens(article, c.start, c.end) if t.kind != "punct"] if c.type == "PERS" else []
        if len(words) != 1 or words[0].end != c.end:
            out.append(c)
            continue
        t = words[0]
        k = t.i + 1
        day = toks[k] if k < len(toks) and toks[k].segment == t.segment else None
        given = None if day is None or day.start != c.end + 1 or not _is_word(day) or day.kreadings[0][0] != 0 \
            or _hamza(day.key) not in WEEKDAY_NAMES else _given_reading(t, res)
        if day is None or given is None:
            out.append(c)
            continue
        after = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].segment == t.segment else None
        before = toks[t.i - 1] if t.i > 0 and toks[t.i - 1].segment == t.segment else None
        stem = given[1]
        if (after is not None and (after.kind == "number" or _hamza(after.key) in TIME_DIRECTIONS
                                   or _hamza(after.key) in TIME_WORDS or _hamza(strip_article(after.key)) in DAY_PARTS
                                   or _hamza(after.key.removesuffix("ا")) in DAY_PARTS)) \
                or (before is not None and _is_word(before) and (before.key in CONNECTORS or _given_reading(before, res) is not None)) \
                or any(o is not c and o.end - o.start > c.end - c.start and stem in {x.key for x in _span_tokens(article, o.start, o.end)}
                       for o in people):
            out.append(c)
            continue
        out.append(replace(c, end=day.end, evidence=c.evidence + f"; «{day.text}» after the given name: his family name"))
    return out


def _latin_names_agree(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A Latin-script name without a cue takes the type the same name has where a cue typed it
    («مجلة “بي سي وورلد” PC World … وأشارت PC World»: both the magazine, ORG)."""
    typed = {text[c.start:c.end].lower(): c.type for c in cands
             if c.evidence.startswith("Latin-script name after") and " " in text[c.start:c.end]}
    if not typed:
        return cands
    return [replace(c, type=typed[text[c.start:c.end].lower()], evidence=c.evidence + ", as where a cue typed it")
            if c.evidence == "Latin-script name" and text[c.start:c.end].lower() in typed else c for c in cands]


_LIST_GLUE = re.compile(r"\s*(?:[،,]\s*)?(?:و\s*)?")


def _latin_lists_agree(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Latin-script names without a cue in one list with a Latin organisation («متاجر مثل Best Buy و Amazon
    و Newegg») are organisations too: a list names things of one kind.

    >>> t = "مثل Best Buy و Amazon و Newegg"
    >>> c = [Candidate(t.index(w), t.index(w) + len(w), typ, src, ev, 40) for w, typ, src, ev in (
    ...     ("Best Buy", "MISC", "pattern", "Latin-script name"), ("Amazon", "ORG", "gazetteer", ""),
    ...     ("Newegg", "MISC", "pattern", "Latin-script name"))]
    >>> [x.type for x in _latin_lists_agree(t, c)]
    ['ORG', 'ORG', 'ORG']
    """
    latin = sorted((c for c in cands if c.type in ("ORG", "MISC") and not has_arabic(text[c.start:c.end])
                    and (c.type == "ORG" or c.evidence == "Latin-script name")), key=lambda c: c.start)
    if not any(c.type == "ORG" for c in latin):
        return cands
    # runs of Latin names with only a comma or و between them
    runs: list[list[Candidate]] = []
    for c in latin:
        if runs and _LIST_GLUE.fullmatch(text[runs[-1][-1].end:c.start]) and runs[-1][-1].end <= c.start:
            runs[-1].append(c)
        else:
            runs.append([c])
    retype = {id(c) for run in runs if len(run) >= 3 and any(c.type == "ORG" for c in run) for c in run
              if c.type == "MISC"}
    return [replace(c, type="ORG", evidence=c.evidence + ", in a list of organisations") if id(c) in retype else c
            for c in cands]


def kunya_apposition_candidates(article, kept: list[tuple[Candidate, list[str]]], res: Resources) -> list[Candidate]:
    """A kunya in parentheses right after a person's name is that person's («إبراهيم القصيمي
    (أبوعبدالكريم)»): «أبو»/«أم» and one or two words, glued or not.

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nكرمه الإعلامي إبراهيم القصيمي (أبوعبدالكريم)، وألقى كلمة")
    >>> s = a.text.index("إبراهيم"); k = [(Candidate(s, s + 15, "PERS", "model", "", 20), ["model"])]
    >>> [text_of(a.text, c) for c in kunya_apposition_candidates(a, k, resources())]
    ['أبوعبدالكريم']
    """
    text = article.text
    out: list[Candidate] = []
    for c, _ in kept:
        if c.type != "PERS":
            continue
        a = c.end + (1 if text[c.end:c.end + 1] == " " else 0)
        if text[a:a + 1] != "(":
            continue
        b = text.find(")", a, a + 30)
        words = [t for t in _span_tokens(article, a + 1, b) if t.kind == "word"] if b > 0 else []
        if not 1 <= len(words) <= 3 or len(_span_tokens(article, a + 1, b)) != len(words):
            continue
        # the name after «أبو» a given one («أبو أحمد», «أبوعبدالكريم»): «(أم درمان)», «(ابوظبي)» are towns
        first = words[0].key
        rest = words[1].key if first in _KUNYA and len(words) >= 2 else next(
            (first[len(k):] for k in _KUNYA if k != "ام" and first.startswith(k) and len(first) > len(k) + 2), None)
        if rest is not None and (res.first_name(rest) or rest.startswith("عبد")):
            out.append(Candidate(words[0].start, words[-1].end, "PERS", "pattern",
                                 f"a kunya in parentheses after «{text[c.start:c.end]}»", PRIORITY["pattern"],
                                 c.canonical, c.ref))
    return out


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.\-]{1,7}")


def _acronyms_of_terms(text: str, kept: list[tuple[Candidate, list[str]]]) -> list[tuple[Candidate, list[str]]]:
    """A Latin acronym in brackets right after Arabic words that name nothing abbreviates a term, not a
    body: «البروتينات الدهنية منخفضة الكثافة (LDL)», «إجمالي الأقساط المكتتبة (GWP)»; after a name the
    acronym stays («محكمة التحكيم الرياضية (CAS)»).

    >>> t = "الأقساط المكتتبة (GWP) ومحكمة التحكيم الرياضية (CAS)"
    >>> g, c = t.index("GWP"), t.index("CAS")
    >>> k = [(Candidate(g, g + 3, "ORG", "pattern", "Latin-script name", 50), ["pattern"]),
    ...      (Candidate(c - 24, c - 2, "ORG", "pattern", "", 50), ["pattern"]),
    ...      (Candidate(c, c + 3, "ORG", "pattern", "Latin-script name", 50), ["pattern"])]
    >>> [text_of(t, x) for x, _ in _acronyms_of_terms(t, k)]
    ['محكمة التحكيم الرياضية', 'CAS']
    """
    ends = {c.end for c, _ in kept}
    out = []
    for c, why in kept:
        if c.source == "pattern" and c.evidence == "Latin-script name" and _ACRONYM.fullmatch(text[c.start:c.end]):
            before = text[:c.start].rstrip()
            if before.endswith("(") and text[c.end:].lstrip().startswith(")"):
                b = before[:-1].rstrip()
                # (not after an event's noun: «مسابقة (PX3) الفرنسية» names the contest)
                head = b.split()[-1:] if b else []
                if b and has_arabic(b[-1]) and len(b) not in ends \
                        and not (head and any(_head_reading(t, EVENT_HEADS) is not None for t in tokens_of(head[0]))):
                    continue
        out.append((c, why))
    return out


def _latin_pairs_agree(text: str, kept: list[tuple[Candidate, list[str]]]) -> list[tuple[Candidate, list[str]]]:
    """A quoted name before its Latin spelling (:func:`quoted_latin_pair_candidates`, MISC by default) takes the
    type the article gives the same name elsewhere: «فكرت دار «بولغري» Bulgari» … «لشركة "بولغري"» is the company."""
    mark = "quoted name before its Latin"
    typed = {text[c.start:c.end]: c.type for c, _ in kept if c.type in ("PERS", "ORG", "LOC")
             and c.source in ("pattern", "gazetteer") and not c.evidence.startswith(mark)}  # (a rule's or a list's)
    return [(replace(c, type=typed[text[c.start:c.end]]) if c.evidence.startswith(mark) and text[c.start:c.end] in typed
             else c, sources) for c, sources in kept]


def _latin_spellings(text: str, kept: list[tuple[Candidate, list[str]]]) -> list[tuple[Candidate, list[str]]]:
    """A Latin-script name without a cue right after an Arabic name of as many words spells it and
    takes its type: «( إمانويل ساكس Emanuel Sacks)» is a person, «شركة سامسونج Samsung» a company, and so
    is «دار «بولغري» Bulgari» (a closing quote between them).

    >>> t = "ابتكرها ( إمانويل ساكس Emanuel Sacks) عام 1993"
    >>> k = [(Candidate(10, 22, "PERS", "alias", "", 30), ["alias"]), (Candidate(23, 36, "MISC", "pattern", "Latin-script name", 50), ["pattern"])]
    >>> [(text_of(t, c), c.type) for c, _ in _latin_spellings(t, k)]
    [('إمانويل ساكس', 'PERS'), ('Emanuel Sacks', 'PERS')]
    """
    kept = _latin_pairs_agree(text, kept)
    ends = {c.end: c for c, _ in kept if c.type in ("PERS", "ORG", "LOC") and has_arabic(text[c.start:c.end])}
    out = []
    for c, sources in kept:
        if c.evidence == "Latin-script name":
            gap = text[max(0, c.start - 3):c.start]
            name = next((ends[c.start - len(gap) + k] for k in range(len(gap))
                         if c.start - len(gap) + k in ends and not gap[k:].strip(" (»\"”")), None)
            if name is not None and len(text[name.start:name.end].split()) == len(text[c.start:c.end].split()):
                c = replace(c, type=name.type, evidence=c.evidence + f", the spelling of «{text[name.start:name.end]}» before it")
        out.append((c, sources))
    # The same Latin name elsewhere without a cue is the same thing: «شركة الموضة Polyvore» … «“بوليفور” Polyvore»
    # (not a place's type: a place before a Latin name is mostly where it is launched, «في دبي Fetchr», or a word misread
    # as one, «كابل Micro-Flip»)
    spelled = {text[c.start:c.end].lower(): c for c, _ in out if ", the spelling of «" in c.evidence and c.type in ("ORG", "PERS")}
    if spelled:
        out = [(replace(c, type=spelled[low].type, evidence=c.evidence + ", as where its Arabic spelling typed it")
                if c.evidence == "Latin-script name" and (low := text[c.start:c.end].lower()) in spelled else c, sources)
               for c, sources in out]
    return out


_QUOTE_MARKS = frozenset(QUOTES_OPEN + QUOTES_CLOSE + "″")  # the double prime news writes for a closing quote


_QUOTED_LIST_JOIN = re.compile(r"[»”\"]\s*[،,]?\s*و?\s*[«“\"]")


def _quoted_list_agrees(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A statistical recogniser's MISC that is one quoted item of a list of quoted names («“سامسونغ”، و“إريكسون”،
    و“ميديا تيك”»), two or more of whose items the organisation list knows, is an organisation too: the items of one
    list are things of one kind.

    >>> t = "مع شركات هي «سامسونغ»، و«إريكسون»، و«ميديا تيك»، و«نوكيا»"
    >>> cs = [Candidate(t.index(w), t.index(w) + len(w), "ORG", "gazetteer", "", 0) for w in ("سامسونغ", "إريكسون", "نوكيا")]
    >>> m = Candidate(t.index("ميديا تيك"), t.index("ميديا تيك") + 9, "MISC", "model", "", 0)
    >>> [c.type for c in _quoted_list_agrees(t, cs + [m])]
    ['ORG', 'ORG', 'ORG', 'ORG']
    """
    def quoted(c: Candidate) -> bool:
        return c.start > 0 and c.end < len(text) and text[c.start - 1] in "«“\"" and text[c.end] in "»”\""

    items = sorted((c for c in cands if quoted(c)), key=lambda c: (c.start, -c.priority))
    spans = [(c.start, c.end) for c in items]
    items = [c for k, c in enumerate(items) if k == 0 or spans[k] != spans[k - 1]]  # one a span (the list's and the model's)
    if len(items) < 3:
        return cands
    # chains of quoted items joined by a comma, a و or both
    chains: list[list[Candidate]] = []
    for c in items:
        if chains and _QUOTED_LIST_JOIN.fullmatch(text[chains[-1][-1].end:c.start]):
            chains[-1].append(c)
        else:
            chains.append([c])
    gazetteer_orgs = {(c.start, c.end) for c in cands if c.type == "ORG" and c.source == "gazetteer"}
    retype: dict[tuple[int, int], Candidate] = {}
    for chain in chains:
        known = sum(1 for c in chain if (c.start, c.end) in gazetteer_orgs)
        if known >= 2 and all(c.type in ("ORG", "MISC") for c in chain):
            for c in chain:
                if c.type == "MISC" and c.source in ("model", "camel"):
                    retype[(c.start, c.end)] = replace(c, type="ORG", evidence=c.evidence + ", ORG: an item of a list of companies")
    if not retype:
        return cands
    return [retype[(c.start, c.end)] if c.type == "MISC" and c.source in ("model", "camel") and (c.start, c.end) in retype
            else c for c in cands]


def _outlet_is_a_person(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A quoted name after ل read as an outlet («لـ«مونتاري»») that a rule names a person elsewhere in the
    article («المحترف الغاني مونتاري») is that person, no outlet: the headline's «برنامجاً مكثفاً لـ«مونتاري»»
    is a programme for him.

    >>> t = "برنامج مكثف لـ«مونتاري». وخضع المحترف الغاني مونتاري لجرعات"
    >>> [(text_of(t, c), c.type) for c in _outlet_is_a_person(t, [
    ...     Candidate(15, 22, "ORG", "pattern", "quoted outlet after ل (قال لـ«…»)", 52),
    ...     Candidate(45, 52, "PERS", "pattern", "name after «المحترف»", 49)])]
    [('مونتاري', 'PERS'), ('مونتاري', 'PERS')]
    """
    people = {fold(text[c.start:c.end]) for c in cands if c.type == "PERS" and c.source == "pattern"
              and not c.evidence.startswith("quoted outlet")}
    if not people:
        return cands
    return [replace(c, type="PERS", canonical=None, evidence=c.evidence + ", PERS: a person a rule names elsewhere in the article")
            if c.source == "pattern" and c.evidence.startswith("quoted outlet after") and fold(text[c.start:c.end]) in people
            else c for c in cands]


def _quoted_names_agree(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A quoted name a statistical recogniser (or the person list) typed takes the type the same quoted name
    has where the noun before it typed it («كمبيوتر “شاهين”»: a machine, MISC, in the title's «“شاهين”» too,
    not a person; «برنامج “أمير الشعراء”» … the headline's «“أمير الشعراء”», the programme). A place the place
    list reads in quotes is the paper where the article quotes it as an outlet elsewhere.

    >>> t = "وقال لـ«الشرق الأوسط» إن السوق تعافت. وكان قد أبلغ «الشرق الأوسط» أن الأسعار ترتفع"
    >>> [(text_of(t, c), c.type) for c in _quoted_names_agree(t, [
    ...     Candidate(8, 20, "ORG", "pattern", "quoted outlet after ل (قال لـ«…»)", 0),
    ...     Candidate(52, 64, "LOC", "gazetteer", "place gazetteer: Middle East", 0)])]
    [('الشرق الأوسط', 'ORG'), ('الشرق الأوسط', 'ORG')]
    """
    typed: dict[str, str] = {}
    outlets: set[str] = set()
    for c in cands:
        if c.source == "pattern" and c.evidence.startswith("quoted name after"):
            typed.setdefault(fold(text[c.start:c.end]), c.type)
        elif c.source == "pattern" and c.evidence.startswith(("quoted outlet after", "quoted paper after")):
            outlets.add(fold(text[c.start:c.end]))
    if not typed and not outlets:
        return cands
    out = []
    for c in cands:
        if c.source == "gazetteer" and c.type == "LOC" and fold(text[c.start:c.end]) in outlets \
                and _enclosing_quote(text, c.start, c.end) == (c.start, c.end):
            # «قال لـ«الشرق الأوسط»» … «أبلغ «الشرق الأوسط»»: the paper the article quotes as its outlet, quoted
            # again, is the paper, not the region
            out.append(replace(c, type="ORG", ref=None, canonical=text[c.start:c.end],
                               evidence=c.evidence + ", ORG: the outlet the article quotes elsewhere"))
            continue
        # only where it is quoted too: «بلقيس» the poem and بلقيس the poet's wife share a name; the model
        # may have read a part of the quoted name («“ميشن: إمبوسيبل-روج نيشن”»): the whole quote is the name
        quote = None
        if c.source in ("model", "camel"):
            part = fold(text[c.start:c.end])
            if any(part in name for name in typed):  # most model mentions are part of no typed name
                quote = _enclosing_quote(text, c.start, c.end)
        elif c.source == "gazetteer" and c.type == "PERS" and fold(text[c.start:c.end]) in typed:
            # («“أمير الشعراء”» in the headline, the programme the text names after «برنامج», not the poet the
            # person list calls so): a whole quote only
            quote = _enclosing_quote(text, c.start, c.end)
            quote = quote if quote == (c.start, c.end) else None
        want = typed.get(fold(text[quote[0]:quote[1]])) if quote else None
        listed = c.source == "gazetteer"  # (the list's person is not the programme: no link to him)
        out.append(replace(c, start=quote[0], end=quote[1], type=want,
                           evidence=c.evidence + f", {want} as where a noun before the quoted name typed it",
                           ref=None if listed else c.ref, canonical=None if listed else c.canonical)
                   if quote and want and (want != c.type or (c.start, c.end) != quote) else c)
    return out


def _copula_product(article, c: Candidate) -> Candidate:
    """A statistical recogniser's company or person that the text then says is an app, a game or a device («“فرامتيك”
    Framatic هو تطبيق آخر», «أوربس هي ساعة») is that product, MISC.

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\n«فرامتيك» Framatic هو تطبيق آخر لإطارات الصور.")
    >>> _copula_product(a, Candidate(a.text.index("فرامتيك"), a.text.index("فرامتيك") + 7, "ORG", "model", "", 20)).type
    'MISC'
    """
    if c.source not in ("model", "camel") or c.type not in ("ORG", "PERS"):
        return c
    t = article.token_at(c.end - 1)
    if t is None:
        return c
    toks = article.tokens
    k = t.i + 1
    while k < len(toks) and toks[k].segment == t.segment and k - t.i <= 4 and (
            toks[k].text in QUOTES_CLOSE or _LATIN_WORD.match(toks[k].text)):
        k += 1  # the closing quote, the same name in Latin letters
    if k + 1 >= len(toks) or toks[k + 1].segment != t.segment or toks[k].key not in _COPULAS \
            or toks[k + 1].key not in TECH_CUES or toks[k + 1].key.startswith("ال"):
        return c
    return replace(c, type="MISC", evidence=c.evidence + f", MISC: «{toks[k].text} {toks[k + 1].text}» after it")


_COPULAS = _words("copulas")


def _brand_model(article, c: Candidate, res: Resources) -> Candidate:
    """A statistical recogniser's company whose first word is a company the lists know and whose other words are
    foreign ones the news corpus does not write with ال is the company's model, MISC: «نيسان مورانو», «سامسونج
    جالكسي» (not «تويوتا السعودية», «نيسان موتورز»: a place, a company's kind).

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nصنفت المؤسسة «نيسان مورانو» ضمن الأكثر أمانا، وقالت نيسان السعودية إن المبيعات ارتفعت.")
    >>> [_brand_model(a, Candidate(a.text.index(w), a.text.index(w) + len(w), "ORG", "model", "", 20), resources()).type
    ...  for w in ("نيسان مورانو", "نيسان السعودية")]
    ['MISC', 'ORG']
    """
    if c.source not in ("model", "camel") or c.type != "ORG":
        return c
    words = [t for t in _span_tokens(article, c.start, c.end) if _is_word(t)]
    if len(words) < 2 or len(words) > 3 or (words[0].key,) not in res.org_index \
            or tuple(t.key for t in words) in res.org_index:
        return c  # («أرامكو ترايدنغ»: a company the lists know under its whole name)
    rest = words[1:]
    if any(t.kreadings[0][0] != 0 or t.key.startswith("ال") or t.key in STOP or _corpus_word("ال" + t.folded)
           or _hamza(t.key) in COMPANY_SUFFIXES or t.key in FIRM_SUFFIXES or _known_place(t.text) or nisba_of(t.text)
           for t in rest):
        return c
    return replace(c, type="MISC", evidence=c.evidence + f", MISC: a model after the company «{words[0].text}»")


_FIRM_HEADS = frozenset(h for h in _COMPANY_HEADS if h in ("شركه", "مؤسسه"))  # indefinite, as written: no «الشركة»
_DEVICE_NOUNS = frozenset(_hamza(w) for w in ("الهاتف", "الجهاز"))


def _device_by_maker(article, c: Candidate, res: Resources) -> Candidate:
    """A company the lists know, right after a definite device noun (and its adjective) it is set beside, is the
    device it makes, MISC: «فالهاتف الذكي فرتو», «مثل الهاتف فرتو» (the phone Vertu); «هاتف سامسونج» (a Samsung
    phone, indefinite) keeps the company.

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nإن اقتناء الهاتف فرتو يتضمن شاشة، وهاتف سامسونج أرخص.")
    >>> [_device_by_maker(a, Candidate(a.text.index(w), a.text.index(w) + len(w), "ORG", "gazetteer", "", 41), resources()).type
    ...  for w in ("فرتو", "سامسونج")]
    ['MISC', 'ORG']
    """
    if c.type != "ORG" or c.source != "gazetteer":
        return c
    toks = _span_tokens(article, c.start, c.end)
    if len(toks) != 1:
        return c
    before = article.token_at(c.start - 2) if c.start >= 2 else None
    if before is not None and _is_word(before) and before.key in ("الذكي", "الذكيه"):
        before = article.token_at(before.start - 2) if before.start >= 2 else None
    if before is None or not _is_word(before) or not any(_hamza(st) in _DEVICE_NOUNS for _, st in before.kreadings) \
            or article.token_at(c.start) is None or article.token_at(c.start).start != c.start:
        return c
    return replace(c, type="MISC", evidence=c.evidence + f", MISC: the device after «{before.text}» is named by its maker")


def _firm_word_agrees(article, c: Candidate) -> Candidate:
    """A statistical recogniser's product or person whose last word is a company's English word
    (firm_name_suffixes.txt: «دراجون أويل», «بايلي جيفورد كابيتال») or its kind (company_suffixes.txt:
    «مراس القابضة») is the company, ORG."""
    if c.source not in ("model", "camel") or c.type not in ("MISC", "PERS"):
        return c
    toks = [t for t in _span_tokens(article, c.start, c.end) if t.kind != "punct"]
    if len(toks) < 2 or (toks[-1].key not in FIRM_SUFFIXES and _hamza(toks[-1].key) not in COMPANY_SUFFIXES):
        return c
    return replace(c, type="ORG", evidence=c.evidence + f", ORG: «{toks[-1].text}» ends a company's name")


FEATURE_NOUNS = frozenset(_hamza(w) for w in _words("feature_nouns"))


def _feature_named(article, c: Candidate) -> Candidate:
    """A statistical recogniser's organisation right after a feature's noun, a quote between them or not, is the
    feature, MISC: «تقنية «سمارت سكرين»», and so is the Latin name after the quoted Arabic one: «ميزة «حماية
    الجهاز» Device Guard» (a company has no such noun); a body a list knows, when quoted so: «ميزة «سناب»».

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nتتيح ميزة «سناب» ترتيب النوافذ")
    >>> _feature_named(a, Candidate(a.text.index("سناب"), a.text.index("سناب") + 4, "ORG", "gazetteer", "", 40)).type
    'MISC'
    """
    if c.source not in ("model", "camel", "gazetteer") or c.type != "ORG":
        return c
    k = article.token_at(c.start)
    if k is None:
        return c
    toks = article.tokens
    j = k.i - 1
    if c.source == "gazetteer" and not (j >= 0 and toks[j].text in QUOTES_OPEN):
        return c  # (a body a list knows only when quoted as the feature's name: «ميزة «سناب»», not «تقنية جوجل»)
    if j >= 0 and toks[j].text in QUOTES_CLOSE and toks[j].segment == k.segment:
        # the Arabic name in quotes before the Latin one: go back to its opening quote
        j = next((x for x in range(j - 1, max(-1, j - 7), -1) if toks[x].text in QUOTES_OPEN), -1)
        j -= 1
    elif j >= 0 and toks[j].text in QUOTES_OPEN:
        j -= 1
    prev = toks[j] if j >= 0 else None
    if prev is None or prev.segment != k.segment or not _is_word(prev) \
            or not any(_hamza(st) in FEATURE_NOUNS for _, st in prev.kreadings):
        return c
    return replace(c, type="MISC", evidence=c.evidence + f", MISC: a feature after «{prev.text}»")


_INDEX_NOUN = _hamza(key("مؤشر"))


def _market_index(article, c: Candidate, res: Resources) -> Candidate:
    """A body's name right after «مؤشر» names a market index, MISC, with its number: «مؤشر فايننشال تايمز
    100» (not the paper), «مؤشر ناسداك» (not the exchange)."""
    if c.type != "ORG" or c.source not in ("gazetteer", "model", "camel") or c.start < 2:
        return c
    prev = article.token_at(c.start - 2)
    first = article.token_at(c.start)
    if prev is None or not _is_word(prev) or prev.end != c.start - 1 or first is None or first.start != c.start \
            or not any(_hamza(st) == _INDEX_NOUN for _, st in prev.kreadings) \
            or first.key.startswith("ال") or res.common(first.key) or _head_reading(first, ORG_HEADS_ANY) is not None \
            or (_corpus_key(first.key) and _cluster_share(first.key, 0) < 0.2):
        return c  # («مؤشر بورصة قطر», «مؤشر منظمة الأغذية»: an Arabic noun heads the body's name; its index is the body's)
    end = c.end
    nxt = article.token_at(c.end + 1)
    if nxt is not None and nxt.kind == "number" and nxt.start == c.end + 1 and nxt.text.isdigit() \
            and not article.text[nxt.end:nxt.end + 2].strip().startswith(("%", "٪")):
        end = nxt.end  # «فايننشال تايمز 100», «نيكي 225» (not a change: «0.8 %»)
    return replace(c, end=end, type="MISC", ref=None, canonical=None,
                   evidence=c.evidence + f", MISC: a market index after «{prev.text}»")


def _last_word_of_a_firm_agrees(article, cands: list[Candidate], res: Resources) -> list[Candidate]:
    """A statistical recogniser's one-word product or person that is the last word of a company's name a
    rule or a list found in the same article is that company: «شركة "رويال داتش شل"» … «وقالت شل», ORG.
    (Not a common word, a given name, a country's adjective or a place: «بنك الرياض» … «الرياض», «جامعة الملك
    خالد» … «خالد».)"""
    firm_ends: dict[str, str] = {}
    for c in cands:
        if c.type != "ORG" or c.source not in ("pattern", "gazetteer"):
            continue
        toks = [t for t in _span_tokens(article, c.start, c.end) if t.kind != "punct"]
        if len(toks) >= 2 and toks[-1].kind == "word" and not toks[-1].key.startswith("ال") \
                and toks[-1].key not in STOP and toks[-1].key not in CONNECTORS and not res.common(toks[-1].key) \
                and not res.first_name(toks[-1].key) and not res.person_word(toks[-1].key) \
                and nisba_of(toks[-1].text) is None and not _known_place(toks[-1].text):
            firm_ends.setdefault(toks[-1].key, article.text[c.start:c.end])
    if not firm_ends:
        return cands
    out = []
    for c in cands:
        if c.source in ("model", "camel") and c.type in ("MISC", "PERS"):
            toks = [t for t in _span_tokens(article, c.start, c.end) if t.kind != "punct"]
            if len(toks) == 1 and (full := firm_ends.get(toks[0].key)) is not None:
                c = replace(c, type="ORG", evidence=c.evidence + f", ORG: the last word of «{full}»")
        out.append(c)
    return out


def _enclosing_quote(text: str, start: int, end: int, reach: int = 40) -> tuple[int, int] | None:
    """(start, end) of the quoted text around ``[start, end)`` within one line, without its marks and
    spaces; None when the span is not inside quotes.

    >>> t = 'وأصبح “ميشن: إمبوسيبل” الجزء'
    >>> s = t.index("إمبوسيبل"); t[slice(*_enclosing_quote(t, s, s + 8))]
    'ميشن: إمبوسيبل'
    """
    a = start - 1
    while a >= max(0, start - reach) and text[a] not in _QUOTE_MARKS and text[a] != "\n":
        a -= 1
    b = end
    while b < min(len(text), end + reach) and text[b] not in _QUOTE_MARKS and text[b] != "\n":
        b += 1
    if a < 0 or b >= len(text) or text[a] not in _QUOTE_MARKS or text[b] not in _QUOTE_MARKS:
        return None
    a += 1
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None


def _after_competition_head(article, start: int) -> bool:
    """Does a competition's noun («كأس», «بطولة», «دوري») stand right before ``start``?"""
    tok = article.token_at(start - 2) if start >= 2 else None
    return tok is not None and tok.kind == "word" and tok.end == start - 1 and any(
        _hamza(strip_article(st)) in COMPETITION_HEADS for _, st in tok.kreadings)


def apposed_quote_candidates(text: str, orgs: list[Candidate]) -> list[Candidate]:
    """The short name quoted right after an organisation's or an event's full name is that organisation's
    or event's (same type and reference): «للسوق المالية السعودية"تداول"», «البرلمان الألماني "بوندستاج"»,
    «مهرجان جدة التاريخية “كنا كدا”», and in brackets «مركز إيداع الأوراق المالية (تداول)». Fewer words than
    the name (one to three, letters only), the quote opening at most two spaces after it.

    >>> t = 'ارتفع المؤشر العام للسوق المالية السعودية"تداول" أمس'
    >>> o = Candidate(t.index("لسوق"), t.index('"'), "ORG", "gazetteer", "", 40, "Saudi Stock Exchange", "org:tadawul")
    >>> [(text_of(t, c), c.ref) for c in apposed_quote_candidates(t, [o])]
    [('تداول', 'org:tadawul')]
    """
    out: list[Candidate] = []
    for o in orgs:
        # a name of two words or more, itself unquoted (in «"بوينج" "فرانس برس"» the mark after a quoted
        # name closes it); after one word the quoted name may be its product: «كيا «جراند كرنفال»»
        # (the mark may follow a conjunction: «و"سناب شات" و"واتس اب"» quotes each name, no «و» between)
        mark = text[max(0, o.start - 2):o.start].strip()[-1:]
        if o.type not in ("ORG", "MISC") or len(text[o.start:o.end].split()) < 2 or (mark and mark in _QUOTE_MARKS):
            continue
        if o.evidence.endswith(", a branch"):
            continue  # a branch named with its town has no short name: «مستشفى العيون بجدة (إحلال)» is what is built
        a = o.end + len(text[o.end:o.end + 2]) - len(text[o.end:o.end + 2].lstrip(" \u00a0"))  # one space or two
        bracket = text[a:a + 1] == "("
        # (any mark may open and close: «السعودية ” زين “» writes them the wrong way round)
        if text[a:a + 1] not in _QUOTE_MARKS and not bracket:
            continue
        b = a + 1
        while b < len(text) and b - a <= 40 and text[b] not in _QUOTE_MARKS and text[b] not in "()\n":
            b += 1
        inner = text[a + 1:b].strip()
        # (an event's quoted name; not ل or ب and the article, «بطولة المملكة "للجيتي سكي"»: what it is for)
        event = o.type == "MISC" and not bracket and not fold(text[a + 1:a + 4]).startswith(("لل", "بال"))
        reversed_pair = not bracket and text[a] not in QUOTES_OPEN
        if reversed_pair and (text[a + 1:a + 2] != " " or text[a - 1:a] != " "):
            continue  # («الثقافة» وصفحة «…»: a quote closing the name itself, then the next phrase; «السعودية ” زين “» is spaced)
        if b >= len(text) or (text[b] != ")" if bracket else text[b] not in (QUOTES_OPEN if reversed_pair else QUOTES_CLOSE)) \
                or not inner \
                or not 1 <= len(inner.split()) <= 3 \
                or (len(inner.split()) >= len(text[o.start:o.end].split()) and not (event and len(inner.split()) == 2)) \
                or not all(w.isalpha() or (event and w.isdigit() and k) for k, w in enumerate(inner.split())):
            # a shorter name, of letters only (no «@STC_KSA», no figure); an event's may be as long as its head and
            # a word, and end on its edition («مهرجان الطفولة «بسمة 5»»)
            continue
        if all(key(w) in STOP for w in inner.split()):
            continue  # a function word is never a name
        if bracket and (_known_place(inner) or not has_arabic(inner) or any(key(w) in TIME_WORDS or key(w) in STOP
                                                                           for w in inner.split())):
            # «مركز إيداع الأوراق المالية (تداول)»: in brackets an Arabic short name; not a place or a time
            # («وزارة الصحة (جدة)», «(أمس)»), and a Latin acronym is the acronym rules' own
            continue
        if bracket and len(inner.split()) == 1 and key(inner).startswith("ال") and resources().common(key(inner)) \
                and _cluster_share(key(inner), 0) < 0.1 and _cluster_share(key(inner), 1) < 0.1:
            continue  # «شركة انكاب النفطية (العامة)»: an adjective of the name's (public), no short name
        inner_toks = tokens_of(inner)
        first = inner_toks[0]
        res = resources()
        if len(inner_toks) == 2 and res.first_name(first.key) and (
                _family_word(inner_toks[1], res) or not res.common(inner_toks[1].key)):
            # «مدير عام فرع وزارة العمل بمنطقة المدينة المنورة "عواد الحازمي"», «المتحدث الرسمي لأمانة العاصمة المقدسة
            # "أسامة زيتوني"»: the director's name, no short name
            continue
        if (bracket or (o.source == "pattern" and o.type == "ORG")) and (
                _naming_head(first.key) or _hamza(strip_article(first.key)) in ORG_HEADS_ANY or _name_free(first.folded)
                or _nisba_adjective(first.folded) or fold(first.text) in LOCATIVES):
            # after a name the rules made, a gloss is no short name: a body's head («المجلس الإسلامي
            # (البرلمان)», «(شركة تأمين)»), an adjective or a verb («"السنية"», «"أبلغت"»), where it is («(شمال البلاد)»)
            continue
        if bracket and not first.key.startswith("ال") and first.key.endswith(("ات", "ون", "ين")) and _corpus_word("ال" + first.folded) \
                and first.folded not in fold(text[o.start:o.end]):
            # «مصنع سعد الدين للحلويات (عاملات انتاج)»: the jobs it offers, a plural noun, no short name (but «مؤسسة
            # الإمارات للاتصالات (اتصالات)», the name's own word)
            continue
        s = a + 1 + (len(text[a + 1:b]) - len(text[a + 1:b].lstrip()))
        out.append(Candidate(s, s + len(inner), o.type, "pattern",
                             f"{'short name in brackets' if bracket else 'quoted short name'} right after «{text[o.start:o.end]}»",
                             PRIORITY["gazetteer"] - 1,
                             o.canonical, o.ref, country=o.country))
    return out


def _title_at(article, start: int) -> bool:
    """Does a title or office open the span starting at ``start``?"""
    tok = article.token_at(start)
    return tok is not None and tok.kind == "word" and _is_title(tok)


def _is_title(t: Token) -> bool:
    """A title or office («الملك», «الأمير», «الرئيس»): a name after it belongs to it."""
    return any(strip_article(st) in HONORIFICS or strip_article(st) in ROLE_HEADS for st in t.keys)


def _opens_with_first_name(article, c: Candidate, res: Resources) -> bool:
    """Does the span have two words or more, the first a known first name («بشار الأسد»)?"""
    words = [t for t in _span_tokens(article, c.start, c.end) if t.kind == "word"]
    return len(words) >= 2 and res.first_name(words[0].key)


def _function_word(article, c: Candidate) -> bool:
    """A one-word person that is a function word folded («علي» of «الدكتور علي» folds like «على» "on"):
    never a name, so that no alias of it can spread to every «على» of the text.

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nتقدم الزملاء إلى الدكتور علي بالتهنئة")
    >>> _function_word(a, Candidate(30, 33, "PERS", "pattern", ""))
    True
    """
    if c.type != "PERS":
        return False
    words = [t for t in _span_tokens(article, c.start, c.end) if t.kind == "word"]
    # (a word folded to ال… but written with أ or إ, «إلى», is read without it; a written article makes a
    # surname of a particle's letters: «العلي» of «علي العلي» is no «على»)
    return len(words) == 1 and (words[0].key in STOP or (
        strip_article(words[0].key) in STOP and not words[0].text.startswith("ال")) or any(
        off and words[0].text[:1] in "وف" and st in STOP for off, st in words[0].kreadings)  # «وأين»
        # «قال لي» (to me): a word of two Arabic letters alone is a particle with a pronoun, no one's name
        # («لي هسيان لونغ» keeps it inside a longer name)
        or (len(words[0].key) <= 2 and c.source != "gazetteer")
        # «يسعى الفنان خلالهما» (during them): a particle with a pronoun of two letters or more (not «هوي»,
        # «ليلى», «كانتي»: names that only look like a particle and «ي»)
        or (c.source != "gazetteer" and any(b in STOP and len(words[0].folded) - len(b) >= 2
                                            for b in _pronoun_bases(words[0].folded))))


def _tanween_ended(text: str, c: Candidate) -> bool:
    """A one-word body that carries a tanween is a common word that looks like a name: the adverb «بتاتًا» (at all) is
    no ب + Tata, «دوماً» (always) no body. Foreign names and names with ال never take one (a person's Arabic name may:
    «رأيت محمدًا»; so may a currency, «دولاراً», a title's last word, «“كن مواظباً”», and a place, which the places
    layer judges: «في بريطانياً» is a stray one).

    >>> _tanween_ended("لا يملك السلعة بتاتًا", Candidate(16, 21, "ORG", "gazetteer", ""))
    True
    """
    span = text[c.start:c.end]
    return c.type == "ORG" and " " not in span.strip() and not _TANWEENS.isdisjoint(span)


def _verb_after_title(article, c: Candidate, res: Resources) -> bool:
    """A person after a title or a profession whose first word is a verb of the أفعل shape, no given name: «للتواصل
    مع الكاتب ارسل رسالة SMS» (send a message), not a name.

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nللتواصل مع الكاتب ارسل رسالة")
    >>> _verb_after_title(a, Candidate(a.text.index("ارسل"), len(a.text), "PERS", "pattern", "name after «الكاتب»"), resources())
    True
    """
    if c.type != "PERS" or c.source != "pattern" or not c.evidence.startswith("name after «"):
        return False
    words = [t for t in _span_tokens(article, c.start, c.end) if t.kind == "word"]
    first = words[0] if words else None
    # (a family name with ال after it keeps it a name: «الفنانة أسماء المنور»)
    return first is not None and first.text[:1] in "اأ" and _verb_like(first, res) \
        and not res.first_name(first.key) and not res.person_word(first.key) \
        and not (len(words) > 1 and _definite(words[1]))


def _person_cue_before(article, first: Token, nationality: bool = True) -> bool:
    """Right before a name, a word that announces a person: a role or a profession («المهاجم»,
    «القاضي», «والسيد»), or (``nationality``) a country's adjective after which a name stands
    («الألماني فلوريان ماير»).

    >>> from kit.text.article import parse_article
    >>> art = parse_article("خبر\\n\\nفاز الألماني فلوريان ماير أمس.")
    >>> _person_cue_before(art, art.token_at(art.text.index("فلوريان")))
    True
    >>> art = parse_article("خبر\\n\\nكبير الخبراء الاقتصاديين كوشيك قال.")
    >>> _person_cue_before(art, art.token_at(art.text.index("كوشيك")))
    True
    >>> art = parse_article("خبر\\n\\nالكوري الجنوبي كواك فاز.")
    >>> _person_cue_before(art, art.token_at(art.text.index("كواك")))
    True
    """
    before = article.token_at(first.start - 2)
    if before is None or before.kind != "word" or article.text[before.end:first.start].strip():
        return False
    for _, st in before.kreadings:
        bare = strip_article(st)
        if {st, bare} & HONORIFICS or bare in ROLE_HEADS or bare in PROFESSIONS or st in HONORIFICS_DEFINITE:
            return True
    if before.key.startswith("ال") and before.key.endswith(("ي", "يه", "يين")) and len(before.kreadings) == 1 \
            and nisba_of(before.text) is None:
        # «المحللة المالية …», «كبير الخبراء الاقتصاديين …»: a profession (or «كبير» and its plural) and its adjective
        noun = article.token_at(before.start - 2)
        if noun is not None and noun.kind == "word" and not article.text[noun.end:before.start].strip() \
                and noun.key.startswith("ال") and (strip_article(noun.key) in PROFESSIONS or (
                    (chief := article.token_at(noun.start - 2)) is not None and chief.key in _CHIEF_WORDS)):
            return True
    if nationality and before.key in _COMPASS_ADJECTIVES:
        # «الكوري الجنوبي كواك تاي هاي»: a country's adjective and its half («الجنوبي»)
        before = article.token_at(before.start - 2)
        if before is None or before.kind != "word":
            return False
    # «الألماني», «والدانماركي»: a definite adjective of a country, read as a person's nationality
    return nationality and before.key.removeprefix("و").startswith("ال") and nisba_of(before.text) is not None


KIN_FAMILY_NOUNS = frozenset(_hamza(key(w)) for w in _words("family_nouns"))
_COMPASS_ADJECTIVES = frozenset(key(r["word"]) for r in _PERSON_CONTEXT if r["use"] == "compass")
_CHIEF_WORDS = frozenset(key(r["word"]) for r in _PERSON_CONTEXT if r["use"] == "chief")  # «كبير الخبراء»


def _opens_no_person(t: Token, res: Resources) -> bool:
    """A word no person's name opens with: a plural noun in ات the corpus writes with ال («أغنيات», songs),
    unless the lists know it as a name word («بركات»).

    >>> [_opens_no_person(t, resources()) for t in tokens_of("أغنيات بركات محمد")]
    [True, False, False]
    """
    w = t.key
    if res.person_word(w) or res.first_name(w) or w.startswith("ال"):
        return False
    return len(w) >= 5 and w.endswith("ات") and _corpus_word("ال" + w)


_SIDE_POSITIONS = frozenset(key(r["word"]) for r in _PERSON_CONTEXT if r["use"] == "side_position")  # «ظهير أيمن»


def _doubtful_statistical(article, c: Candidate, res: Resources) -> bool:
    """A mention to leave out: a month name next to a date («أبريل نيسان»: not the carmaker); from a
    statistical recognizer, a person the model is unsure of made only of words that are no known names
    («لي»، «شوف»، «حنيني للـ زحام» in dialect verse), or a one-word organisation it is unsure of."""
    if c.source == "pattern":
        return False
    words = [t for t in _span_tokens(article, c.start, c.end) if t.kind == "word"]
    if len(words) == 1:
        w = words[0]
        if w.key in MONTH_NAMES or strip_article(w.key) in MONTH_NAMES:
            near = [article.token_at(w.start - 2), article.token_at(w.end + 1)]
            if near[1] is not None and near[1].text in "([":  # «نيسان (أبريل) 2013»: the other calendar's name
                near.append(article.token_at(near[1].end))
            if w.i > 1 and article.tokens[w.i - 1].text in "([/-" and article.tokens[w.i - 1].end == w.start:
                near.append(article.tokens[w.i - 2])  # «أبريل (نيسان)», «حزيران/يونيو»: after the other one
            # (a month of the other calendar with و: «مارس آذار وأبريل نيسان»)
            if any(t is not None and (t.kind == "number" or any(st in MONTH_NAMES for _, st in t.kreadings)) for t in near):
                return True
    if c.source not in ("model", "camel"):
        return False
    if c.type == "LOC" and _accusative_adjective(article, c.start, c.end):
        return True  # «لاعبا ليبياً»: an adjective in the accusative
    if c.type == "LOC" and len(words) == 1 and _definite(words[0]) and nisba_of(words[0].text) is not None \
            and not _known_place(words[0].text) and (prev := article.token_at(words[0].start - 2)) is not None \
            and _is_word(prev) and _definite(prev):
        return True  # «في العاصمة البولندية وارسو»: a country's adjective after a definite noun, no place
    if words and c.type == "MISC" and (words[0].key in NOT_ENTITIES or strip_article(words[0].key) in NOT_ENTITIES):
        return True  # «الله», «الأكراد» alone: not names for this kit (data/lexicon/not_entities.txt)
    if len(words) == 1 and c.type in ("MISC", "ORG") and any(
            st in TECH_CUES or (st,) in _TRIGGER_NOUNS or (strip_article(st),) in _TRIGGER_NOUNS
            for _, st in words[0].kreadings):
        return True  # «كمبيوتر “شاهين”»: the noun that introduces a name is not one
    if len(words) == 1 and c.type == "ORG" and words[0].kreadings[0][0] == 0 \
            and (bare := strip_article(words[0].key)).endswith(("ان", "ين")) and _hamza(bare[:-2]) in ORG_HEADS_ANY:
        return True  # «المنتخبان», «الناديين»: the two teams or clubs, a head noun in the dual, no name
    if len(words) == 2 and c.type in ("MISC", "ORG") and any(st in TECH_CUES for _, st in words[0].kreadings) \
            and words[1].kreadings[0][0] == 0 and words[1].key.endswith("ي") and not _definite(words[1]) \
            and _corpus_word("ال" + words[1].key):
        return True  # «جهاز لوحي», «هاتف ذكي»: a kind of device and its adjective, no name
    score = c.score or 0
    if c.type == "PERS" and words and _starts_multi_role(words, 0) and not any(
            res.first_name(w.key) for w in words if w.key not in _MULTI_ROLE_FIRSTS):
        return True  # «ولي العهد», «خادم الحرمين»: a role of several words, no name
    if c.type == "LOC" and len(words) == 1 and _ordinal(words[0].key):
        return True  # «فاز بولاية خامسة»: a fifth term of office, no place
    if c.type == "PERS" and len(words) == 1 and words[0].key.endswith(("نا", "كم")) and len(words[0].key) >= 5 \
            and _corpus_word("ال" + words[0].key[:-2]) and not res.first_name(words[0].key) \
            and not res.person_word(words[0].key):
        return True  # «ويبقى نجاحنا مستنداً»: a noun with "our" or "your", no name («حسنا» is no such noun)
    if c.type == "PERS" and len(words) == 1 and words[0].key.endswith("و") and len(words[0].key) >= 4 \
            and _corpus_word("ال" + words[0].key[:-1] + "ين") and not res.first_name(words[0].key) \
            and not res.person_word(words[0].key) and (nxt := article.token_at(words[0].end + 1)) is not None \
            and _is_word(nxt):
        return True  # «ورفض ممثلو الأمن العام»: a plural noun before its genitive, whose plural the corpus writes
        # with ال too («الممثلين»; not «زيكو», «عمرو», names)
    if c.type == "LOC" and len(words) == 1 and words[0].kreadings[0][0] == 0 \
            and load_gazetteer().is_stopword(fold(words[0].text)) \
            and (nxt := article.token_at(words[0].end + 1)) is not None and _is_word(nxt) \
            and nxt.start - words[0].end <= 1 and _known_place(nxt.text):
        return True  # «في معسكر أبوظبي»: a common word the place lists know as a town (Mascara) before a place it is the noun of
    if c.type == "PERS" and words and words[0].kreadings[0][0] == 0 and words[0].key in PROFESSIONS and all(
            w.key in PROFESSIONS or (w.text[:1] == "و" and any(st in PROFESSIONS for o, st in w.kreadings if o == 1))
            for w in words[1:]):
        return True  # «اليوسف قاص وراصد», «"البراري" روائي وقاص»: profession nouns alone are what someone is, no name
    if c.type == "PERS" and len(words) == 1 and any(_hamza(b) in HONORIFICS for b in _pronoun_bases(words[0].key)):
        return True  # «وبيَّن معاليه», «سموه», «فضيلته»: his excellency, a title with a pronoun, no name
    if c.type == "PERS" and len(words) == 2 and score < 0.7 and words[1].kreadings[0][0] == 0 and _definite(words[1]) \
            and not res.person_word(words[1].key) and _cluster_share(words[1].key, 0) < 0.1:
        return True  # «رغم حسن النية» (good faith): an unsure guess whose second word is a noun of ordinary words
    if c.type == "PERS" and words and _opens_no_person(words[0], res):
        return True  # «وتلحين أغنيات الألبوم» (the album's songs)
    if c.type == "PERS" and words and _blessing(words[0]):
        return True  # «الصديق رضي الله عنه»: the prayer after a name, no name
    if c.type == "PERS" and sum(w.key in LETTER_NAMES for w in words) >= 2:
        return True  # «ميكرو إس دي», «يو إس بي»: Latin letters spelled in Arabic, an acronym
    if c.type in ("ORG", "MISC") and len(_span_tokens(article, c.start, c.end)) == 1 and words[0].key in LETTER_NAMES:
        return True  # «“يو. إس. بي”»: one Latin letter spelled in Arabic is no name of its own
    if c.type in ("PERS", "ORG") and len(words) >= 2 and words[1].key in NOT_ENTITIES and _first_person_verb(words[0], res):
        return True  # «أسأل الله ألا يغير علينا نعمه»: "I ask God", a verb of the writer, opens no name
    if c.type == "PERS" and len(words) == 2 and all(w.kreadings[0][0] == 0 for w in words) \
            and words[0].key.endswith("ا") and _corpus_word("ال" + words[0].key[:-1]) and not res.first_name(words[0].key) \
            and words[1].key.endswith("يا") and _corpus_word("ال" + words[1].key[:-1]) and not res.first_name(words[1].key):
        return True  # «باعتباره ناقدا موسيقيا»: a noun and its adjective in the accusative, no name
    if c.type == "PERS" and len(words) == 1:
        before = article.token_at(words[0].start - 2)
        if before is not None and before.key in PREDICATE_OPENERS:
            return True  # "قال إنه سعيد": happy, a predicate, not a person
        if before is not None and _is_word(before) and any(st in PARTITIVES for _, st in before.kreadings):
            return True  # «بكل جمال وأخلاق»: "with all beauty", the noun a quantifier takes
        if before is not None and _is_word(before) and (_accusative(before, res) or before.key.endswith("ا") and _corpus_word("ال" + before.key[:-1])) \
                and words[0].key.endswith("يا") \
                and not res.first_name(words[0].key) and _corpus_word("ال" + words[0].key[:-1]):
            return True  # «ناقدا موسيقيا»: an adjective in the accusative after an accusative noun, no name
        after = article.token_at(words[0].end + 1)
        if after is not None and after.key in DEGREE_ADVERBS:
            return True  # «سعيد جداً بانضباط اللاعبين»: very happy, an adjective
        if before is not None and before.key in ("ان", "لن", "لم", "سوف") and _first_person_verb(words[0], res):
            return True  # «وأحب أن أشكر الكابتن ماجد»: "that I thank", a verb of the speaker, no name
        if before is not None and before.text == ":" and after is not None and after.start == words[0].end + 1 \
                and any(o == 1 and after.text[:1] == "ب" and _corpus_word("ال" + st) for o, st in after.kreadings):
            return True  # «الفريحي: سعيد بتفاعل الجمهور»: a quote opening with "happy with", an adjective
        if score < 0.9 and before is not None and before.key in PREPOSITIONS and after is not None \
                and after.start == words[0].end + 1 and _is_word(after) and after.key.startswith("ال") \
                and _cluster_share(after.key, 0) < 0.05 and not res.person_word(after.key) \
                and strip_article(after.key) not in PROFESSIONS and strip_article(after.key) not in ROLE_HEADS:
            # «على حسن الاستقبال», «عن جمال البشر»: after a preposition a given name that is also a noun, in
            # construct with an abstract noun of the word clusters, is the noun ("good reception")
            return True
        if after is not None and after.start == words[0].end + 1 and _is_word(after) and len(after.kreadings) == 1 \
                and not after.key.startswith("ال") and after.text.endswith("ي") and after.key not in STOP \
                and _nisba_adjective(after.folded) and nisba_of(after.text) is None \
                and _name_free(after.folded) and not res.first_name(words[0].key):
            # «أصغر سباح رياضي مغربي»: an indefinite adjective agrees with a noun, never with a name (a
            # country's, «فرحان إيراني», is also a surname)
            return True
        if before is not None and before.end + 1 == words[0].start and _is_word(before) and len(before.kreadings) == 1 \
                and not before.text.startswith("ال") and (res.common(before.key) or _indefinite_common_noun(before, res)) \
                and before.key not in STOP and (before.key not in PROFESSIONS or before.key in _SIDE_POSITIONS) \
                and before.key not in ROLE_HEADS \
                and before.key not in HONORIFICS and not res.first_name(before.key) and not res.person_word(before.key) \
                and not _verbish(before, res) and not _verb_like(before, res) \
                and not any(st in SPEECH_VERBS for st in before.keys) and words[0].kreadings[0][0] == 0 \
                and not (len(before.key) == 4 and before.key[0] == "ا") \
                and _corpus_word("ال" + words[0].folded) and _cluster_share("ال" + words[0].folded, 0) < 0.25:
            # «ظهير أيمن» (a right back), «عمق فهمي» (the depth of my understanding): a given name that is also
            # an adjective or a noun, right after an indefinite common noun, agrees with it or completes it (its
            # definite form is a word of a cluster of ordinary words: «الأيمن»); not after an elative («أقصى
            # محمود», Aqsa Mahmood: أفعل is a name's word as often as an adjective)
            return True
        if score < 0.9 and before is not None and before.end + 1 == words[0].start and _is_word(before) \
                and len(before.kreadings) == 1 and not before.key.startswith("ال") and before.key.endswith("ي") \
                and len(before.key) >= 4 and before.key not in STOP and before.text[-1:] != "ى" \
                and not res.first_name(before.key) and not res.person_word(before.key) \
                and _nisba_adjective(before.folded) and words[0].kreadings[0][0] == 0 and _corpus_word("ال" + words[0].folded) \
                and (noun := article.token_at(before.start - 2)) is not None and _is_word(noun) \
                and not noun.key.startswith("ال") and (res.common(noun.key) or _corpus_word("ال" + noun.folded)) \
                and not res.first_name(noun.key) and noun.key not in STOP \
                and not res.person_word(noun.key) and not _verbish(noun, res):
            return True  # «تاجر عربي نبيل» (a noble Arab merchant): after a noun and its adjective, a third adjective
        if before is not None and before.kreadings[0][0] == 0 and before.key in PROFESSIONS and words[0].key.endswith("ي") \
                and not res.first_name(words[0].key) and _corpus_word("ال" + words[0].key):
            return True  # «ممثل كوميدي يمطر …»: the adjective of a profession noun without ال, no name
    if c.type == "PERS" and len(words) == 1 and words[0].kreadings[0][0] == 0 and words[0].key.endswith("ان") \
            and res.common(words[0].key[:-2]) and not res.first_name(words[0].key):
        after = article.token_at(words[0].end + 1)
        if after is not None and _is_word(after) and (after.key in PREPOSITIONS or (
                after.key.endswith("ان") and not after.key.startswith("ال") and not res.first_name(after.key))):
            return True  # «قال مندوبان في أوبك», «أكد مصدران مطلعان»: the dual of a common noun, two of them
    if c.type == "PERS" and score < 0.8 and not any(res.person_word(w.key) or res.first_name(w.key) for w in words) \
            and not (score >= 0.5 and _person_cue_before(article, words[0], nationality=len(words) >= 2)):
        return True
    if c.type == "ORG" and len(words) == 1 and score < 0.75:
        return True
    if c.type in ("ORG", "MISC") and len(words) == 1 and words[0].text.endswith("ى") and words[0].kreadings[0][0] == 0:
        return True  # «أودى الانفجار بحياة…»: a verb in ى; brands and bodies are written in ي («أودي»)
    if c.type == "ORG" and len(words) == 1 and words[0].key.startswith("ال") and (words[0].key,) not in res.org_index \
            and (strip_article(words[0].key),) in res.org_index and _corpus_word(words[0].key):
        return True  # «بث الحماس» (enthusiasm): with ال a common word, not «حماس»
    if c.type == "ORG" and len(words) == 1 and words[0].key.startswith("ال") and (words[0].key,) not in res.org_index \
            and article.text[c.start - 1:c.start] == "(" and article.text[c.end:c.end + 1] == ")" \
            and _cluster_share(words[0].key, 0) < 0.05:
        return True  # «الجلد الصناعي (البلاستيك)»: a common noun in brackets glosses the words before it, no short name
    if c.type == "ORG" and len(words) == 1 and not words[0].key.startswith("ال") \
            and _head_reading(words[0], ORG_HEADS_ANY) is not None:
        return True  # «حارس نادي النصر»: the head word alone names no body
    if c.type == "MISC" and len(words) == 2 and _hamza(strip_article(words[0].key)) == _STARRING and (
            strip_article(words[1].key) in WORK_NOUNS or strip_article(words[1].key) in PROFESSIONS):
        return True  # «من بطولة الفنان …», «بطولة المسلسل»: starring, no championship (as event_candidates reads it)
    if c.type == "MISC" and len(words) == 1 and score < 0.75 and _definite(words[0]) and _corpus_word(words[0].key) \
            and (words[0].key,) not in _TRIGGER_NOUNS and not domain_lists()[1].index.get((words[0].key,)):
        return True  # «مطلع الأوبريت»: a definite common noun the model is unsure of names nothing
    if c.type == "ORG" and len(words) >= 2 and words[0].kreadings[0][0] == 0 and not words[0].key.startswith("ال") \
            and _head_reading(words[0], ORG_HEADS_ANY) is not None and all(
                not w.key.startswith("ال") and _nisba_adjective(w.folded) and not res.person_word(w.key)
                and w.folded.endswith("يه") == words[0].folded.endswith("ه") for w in words[1:]):
        # «منظمة إجرامية», «شركة أمريكية»: a head and its indefinite adjectives, which agree with it, a kind
        # of body («جمعية رعاية لاعبي …» is a construct, its words do not agree)
        return True
    if c.type == "ORG" and len(words) == 1 and (words[0].key,) not in res.org_index \
            and not domain_lists()[0].index.get((words[0].key,)) and any(
                k.trusted and k.entry.kind in ("city", "country") and k.entry.population >= 100_000
                for k in _known_place(article.text[c.start:c.end])):
        return True  # «“بريدة” تطلق أكبر مهرجان»: a large city the model read as a body is the city (no club, no paper)
    if c.type in ("MISC", "ORG") and c.source == "model" and score < 0.5:
        return True  # the model's own probability of the label is below even odds («يوجد كمبيوتر» ORG at 0.22)
    return False


def model_candidates(article) -> list[Candidate]:
    """Mentions of the CRF (:mod:`kit.entities.crf`); none when its model file is missing."""
    try:
        mentions = crf.find_mentions(article)
    except crf.ModelMissing:
        return []
    return _external(mentions, "model", article, resources())


def camel_candidates(article, use_camel) -> list[Candidate]:
    if use_camel is False:
        return []
    if use_camel == "auto" and not camel.camel_ner_available():
        return []
    return _external(camel.camel_ner_mentions(article), "camel", article)


# --- merge ----------------------------------------------------------------------------------------

def merge(candidates: list[Candidate],
          may_widen: Callable[[Candidate, Candidate], str | None] | None = None) -> list[tuple[Candidate, list[str]]]:
    """Settle overlaps: the highest precedence (then the longest) span wins; every other recognizer
    that found an overlapping span of the same type is recorded in its ``sources``. ``may_widen``
    (kept, longer) says whether a longer span of a kept person may widen it: None (it may not),
    "same" (the same person: by default) or "other" (another person: the kept one's reference goes).

    >>> a = Candidate(0, 5, "LOC", "gazetteer", "", 40)
    >>> b = Candidate(0, 5, "LOC", "model", "", 20)
    >>> [(c.source, s) for c, s in merge([b, a])]
    [('gazetteer', ['gazetteer', 'model'])]
    """
    order = sorted(candidates, key=lambda c: (-c.priority, -c.length, c.start))
    # The kept spans never overlap, so, sorted by start, the ones a candidate clashes with are
    # contiguous and found by bisection (a scan of every kept span made long texts quadratic).
    starts: list[int] = []
    ends: list[int] = []
    kept: list[tuple[Candidate, list[str]]] = []
    for c in order:
        hi = bisect_left(starts, c.end)
        lo = hi
        while lo > 0 and ends[lo - 1] > c.start:
            lo -= 1
        clash = kept[lo:hi]
        if not clash:
            starts.insert(hi, c.start)
            ends.insert(hi, c.end)
            # A copy: widening a kept span or giving it a reference must not change the caller's candidate.
            kept.insert(hi, (c.copy(), [c.source]))
            continue
        for at, (k, sources) in enumerate(clash, lo):
            if k.type == c.type and c.source not in sources:
                sources.append(c.source)
            if k.type == c.type and k.ref is None and c.ref and (k.start, k.end) == (c.start, c.end):
                k.ref, k.canonical, k.country = c.ref, c.canonical, c.country
            # A model's longer span of the same person ("سامح شكري" where a rule saw "شكري") widens it;
            # a confident model also draws the edges of a name a title rule found ("الرئيس ياسر عرفات":
            # the rule stopped at "ياسر").
            if (k.type == c.type == "PERS" and c.start <= k.start and c.end >= k.end and len(clash) == 1
                    and c.length <= k.length + 25 and (k.source in ("alias", "gazetteer")
                                                       or (k.source == "pattern" and (c.score or 0) >= 0.9))
                    and (verdict := "same" if may_widen is None else may_widen(k, c)) is not None):
                if verdict == "other":
                    k.evidence = f"{c.evidence} (a longer name than the gazetteer's {k.canonical})"
                    k.ref = k.canonical = k.country = None
                k.start, k.end = c.start, c.end
                starts[at], ends[at] = c.start, c.end
    return kept


def _possessed_word(t: Token, res: Resources) -> bool:
    """A word that is a common noun with a possessive pronoun, as written («شكره», «تقديرها»), and no name
    word («زنغنه», «سبيه», «عبدالله», «حمزة» are names: no common word before their ending).

    >>> [_possessed_word(t, resources()) for t in tokens_of("شكره تقديرها زنغنه سبيه عبدالله حمزة")]
    [True, True, False, False, False, False]
    """
    if not _is_word(t) or res.person_word(t.key) or res.first_name(t.key):
        return False
    # Third-person pronouns only, as written (not «ي», «نا»: «أسامة بن أحمد نقلي», «السلمي» end names), and a
    # common word before them, not one the corpus merely writes as :func:`_possessed_noun` asks («حامد سبيه»)
    for end in ("هما", "ها", "هم", "ه"):
        if t.text.endswith(end) and len(t.key) - len(end) >= 3:
            return res.common(t.key[:-len(end)])
    return False


def _possessed_after_name(t: Token, res: Resources) -> bool:
    """Is ``t``, after a person's first name word, a noun with "his", "her", "their" that the news corpus
    writes with ال, the sentence's object and no word of the name: «لهدافه», «بنظيرها», «بطولته»? A word read
    whole ends a name in ه too often («بنزيمه», «بيكيه», «زنغنه»): then only a feminine noun's «ته» or a
    longer pronoun counts. Four letters of the noun at least («لويكه» is no «ل» + «ويك» + «ه»).

    >>> [_possessed_after_name(t, resources()) for t in tokens_of("لهدافه بنظيرها بطولته بنزيمه بيكيه لويكه")]
    [True, True, True, False, False, False]
    """
    if not _is_word(t) or res.person_word(t.key) or res.first_name(t.key):
        return False
    for off, st in t.kreadings:
        if off == 0 and not st.endswith(("ها", "هم", "هما", "هن", "ته")):
            continue
        bases = {b for end in ("هما", "ها", "هم", "هن", "ه") if st.endswith(end) for b in _pronoun_bases(st)
                 if len(b) == len(st) - len(end)}
        if any(len(b) >= 4 and _corpus_word("ال" + b) for b in bases):
            return True
    return False


def _without_possessed_tail(article, c: Candidate, res: Resources) -> Candidate | None:
    """A person's name without the noun with a pronoun a recogniser read on after it («اليكس فيرغسون خليفة
    لهدافه» → «اليكس فيرغسون خليفة», «إياد نصار بطولته» → «إياد نصار»), and what follows that noun."""
    if c.type != "PERS" or c.source == "gazetteer":
        return c
    words = [t for t in _span_tokens(article, c.start, c.end) if t.kind == "word"]
    cut = next((k for k in range(1, len(words)) if _possessed_after_name(words[k], res)), None)
    if cut is None:
        return c
    if cut == 1 and any(off > 0 and _corpus_word("ال" + st) for off, st in words[0].kreadings):
        return None  # «لمجلس إدارتها»: a proclitic and a noun, no name left
    trimmed = c.copy()
    trimmed.end = words[cut - 1].end
    return trimmed


def _widens_known_person(article, k: Candidate, c: Candidate, res: Resources) -> str | None:
    """May the model's span ``c`` widen the person ``k`` the people gazetteer knows? Before the known
    name it may add given names, not a title with its preposition nor a verb; after it only the words of
    a lineage («بن عبدالعزيز») or name words: «ميسي عانق نيمار» is two people and a verb.

    >>> from kit.text.article import parse_article
    >>> a = parse_article("وكان ميسي عانق نيمار بعد المباراة.")
    >>> k = Candidate(5, 9, "PERS", "gazetteer", "", 40)
    >>> [_widens_known_person(a, k, Candidate(5, e, "PERS", "model", "", 20), resources()) for e in (14, 20)]
    [None, None]
    >>> a = parse_article("استقبل الأمير محمد بن سلمان بن عبدالعزيز الوفد.")
    >>> k = Candidate(14, 27, "PERS", "gazetteer", "", 40)
    >>> _widens_known_person(a, k, Candidate(14, 41, "PERS", "model", "", 20), resources())
    'same'
    >>> a = parse_article("قالت الممثلة كيري زنغنه إنها سعيدة.")
    >>> _widens_known_person(a, Candidate(13, 17, "PERS", "gazetteer", "", 40), Candidate(13, 23, "PERS", "model", "", 20), resources())
    'other'
    """
    if k.source != "gazetteer":
        # «الأمير عبدالرحمن بن مساعد شكره وتقديره»: a noun with a possessive pronoun («شكر» + «ه») after the
        # name a rule found is the sentence's object, however sure the model is
        extra = [t for t in _span_tokens(article, k.end, c.end) if t.kind == "word"]
        if any(_possessed_word(t, res) or _capacity_word(t, res) for t in extra):
            return None  # (nor «كضيف شرف», the capacity he acts in)
        # «الملك سلمان بن عبدالعزيز قصيدة»: after a lineage («بن X») a common word, or a feminine noun of a
        # cluster of common words, is the sentence's object, no family name («محمد بن حسن باجبير» is one;
        # so are «حمزة», «عطية», in clusters of names)
        words = [t for t in _span_tokens(article, k.start, k.end) if t.kind == "word"]
        if extra and len(words) >= 2 and words[-2].key in _LINEAGE and not extra[0].key.startswith("ال") \
                and extra[0].key not in CONNECTORS and not res.first_name(extra[0].key) and (
                    res.common(extra[0].key) or (extra[0].text.endswith("ة") and _cluster_share(extra[0].key, 1) < 0.5)):
            return None
        return "same"
    extra = [t for t in _span_tokens(article, k.end, c.end) if t.kind == "word"]
    if c.start == k.start and len(extra) == 2 and _abd_family(extra, 0, res):
        return "other"  # «عبد الناصر العبد اللطيف»: a known name as the given names, then a family of «العبد»
    for t in _span_tokens(article, c.start, k.start):
        if t.kind == "word" and (_is_title(t) or _verbish(t, res) or _verb_like(t, res) or _particle_shaped(t)):
            return None
        if t.kind == "word" and t.start == c.start and t.text[:1] in "بل" and not (res.first_name(t.key) or res.person_word(t.key)) \
                and ((kt := article.token_at(k.start)) is None or kt.key not in _LINEAGE) \
                and any(off == 1 and len(st) >= 4 and _corpus_word("ال" + st) for off, st in t.kreadings):
            return None  # «يعجل برحيل دي ماريا»: ب or ل and a noun («رحيل», departure) open no given name («بكر بن لادن» does)
    # «وزير النفط الإيراني بيجن زنغنه», «الممثلة كيري واشنطن»: one known word right after a title or a
    # profession, or where the model is sure of more, may be another person's given name, and a plain
    # word after it their surname
    inner = [t for t in _span_tokens(article, k.start, k.end) if t.kind == "word"]
    before = article.token_at(k.start - 2) if k.start >= 2 else None
    while before is not None and before.kind == "word" and _definite(before) and nisba_of(before.text) is not None \
            and before.start >= 2:
        before = article.token_at(before.start - 2)  # «وزير النفط الإيراني بيجن»: past the country's adjective
    given = len(inner) == 1 and ((c.score or 0) >= 0.97 or (before is not None and before.kind == "word" and (
        _is_title(before) or any(strip_article(st) in PROFESSIONS for st in before.keys))))
    prev_connector = False
    other = False
    for t in _span_tokens(article, k.end, c.end):
        if t.kind != "word":
            continue
        connector = t.key in CONNECTORS
        name_word = (res.person_word(t.key) or res.first_name(t.key)) and len(t.kreadings) == 1
        # («واشنطن» is one word: «اشنطن» is none the corpus writes, unlike «وينافس»)
        whole = not any(off and _corpus_word(st) for off, st in t.kreadings)
        plain = given and whole and not _definite(t) and not t.key.endswith("ا") \
            and not (_verbish(t, res) or _verb_like(t, res) or _elative(t, res) or res.common(t.key))
        if not (connector or prev_connector or name_word or plain):
            return None
        other = other or (given and not (connector or prev_connector))
        prev_connector = connector
    return "other" if other else "same"


# --- coreference -----------------------------------------------------------------------------------

def _name_words(toks: Sequence[Token]) -> list[str]:
    """Keys of the words of a person's name, with "عبد ال…" joined ("عبد الله" == "عبدالله")."""
    words = [t.key for t in toks if t.kind == "word"]
    out: list[str] = []
    for w in words:
        if out and out[-1] in ("عبد", "ابو", "ابي") and w.startswith("ال"):
            out[-1] = out[-1] + w
        else:
            out.append(w)
    return out


def _span_key(toks: Sequence[Token]) -> str:
    """The matching key of a span's words (see :func:`key`), from its tokens."""
    return " ".join(t.key for t in toks if t.kind != "punct")


def _cluster(article, kept: list[tuple[Candidate, list[str]]], res: Resources) -> tuple[list[Mention], dict[str, Entity]]:
    text = article.text
    toks_of = {(c.start, c.end): _span_tokens(article, c.start, c.end) for c, _ in kept}
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    counters: Counter = Counter()
    persons: list[tuple[list[str], str]] = []  # (name words, entity id), fullest first

    def new_id(typ: str, ref: str | None) -> str:
        if ref:
            return f"{typ}:{ref.split(':', 1)[1]}"
        counters[typ] += 1
        return f"{typ}:{counters[typ]}"

    # People: a shorter name whose words all occur in a longer one is the same person.
    pers = [(c, s) for c, s in kept if c.type == "PERS"]
    for c, _ in sorted(pers, key=lambda cs: -len(_name_words(toks_of[(cs[0].start, cs[0].end)]))):
        words = _name_words(toks_of[(c.start, c.end)])
        target = None
        for full, pid in persons:
            if words and all(w in full for w in words):
                target = pid
                break
        if target is None:
            target = new_id("PERS", None)
            persons.append((words, target))
            entities[target] = Entity(target, "PERS", text[c.start:c.end])
        c.ref = target
    by_key: dict[tuple[str, str], str] = {}
    for c, sources in kept:
        span = text[c.start:c.end]
        eid: str | None
        if c.type == "PERS":
            eid = c.ref
            assert eid is not None  # the loop above gave every person candidate its entity id
        else:
            span_key = final_fold(strip_article(_span_key(toks_of[(c.start, c.end)])).replace(" ", ""))
            k = (c.type, c.ref or span_key)
            # A harvested name's Arabic key and a core entry meet through their key too.
            alt = (c.type, span_key)
            eid = by_key.get(k) or by_key.get(alt)
            if eid is None:
                eid = new_id(c.type, c.ref)
                entities[eid] = Entity(eid, c.type, c.canonical or span, country=c.country)
                if c.ref and c.ref.startswith("org:"):
                    entry = res.orgs.get(c.ref[4:])
                    if entry:
                        entities[eid].gazetteer_aliases = list(entry.aliases)
            by_key[k] = eid
            by_key[alt] = eid
        ent = entities[eid]
        m = Mention(c.start, c.end, span, c.type, ent.canonical, eid, c.source, c.evidence, sources,
                    c.score, c.ref)
        mentions.append(m)
        ent.mentions.append(m)
        if span not in ent.aliases:
            ent.aliases.append(span)
        if c.country and not ent.country:
            ent.country = c.country
    # People are named by the fullest Arabic form seen (the kit never invents an English name).
    for ent in entities.values():
        if ent.type == "PERS" and ent.mentions:
            best = max(ent.mentions, key=lambda m: (len(_name_words(toks_of[(m.start, m.end)])), len(m.text)))
            ent.canonical = best.text
            for m in ent.mentions:
                m.canonical = ent.canonical
    return mentions, entities


def _surnames_agree(article, cands: list[Candidate],
                    kept: list[tuple[Candidate, list[str]]]) -> tuple[list[Candidate], dict[tuple, Candidate]]:
    """One sense per article for a surname: where the model reads a person's surname alone as another
    kind of name («لمفاوضة دراكسلر» MISC, in an article about «جوليان دراكسلر»), it is that person.

    >>> from kit.analysis import analyze_text
    >>> a = analyze_text("خبر\\n\\nيرغب النادي في مفاوضة دراكسلر. وقال لاعب الوسط جوليان دراكسلر إنه سعيد.")
    >>> [(m.text, m.type) for m in a.entities.mentions if "دراكسلر" in m.text]
    [('دراكسلر', 'PERS'), ('جوليان دراكسلر', 'PERS')]
    """
    surnames: dict[str, str] = {}
    for c, _ in kept:
        if c.type == "PERS" and c.source != "alias":
            words = [t for t in _span_tokens(article, c.start, c.end) if t.kind == "word"]
            if len(words) >= 2 and words[-2].key not in CONNECTORS and len(words[-1].key) >= 3:
                surnames.setdefault(words[-1].key, article.text[c.start:c.end])
    retyped: dict[tuple, Candidate] = {}
    if not surnames:
        return cands, retyped
    out = []
    for c in cands:
        if c.source in ("model", "camel") and c.type in ("MISC", "ORG"):
            words = [t for t in _span_tokens(article, c.start, c.end) if t.kind == "word"]
            if len(words) == 1 and words[0].key in surnames:
                new = replace(c, type="PERS", evidence=f"{c.evidence}; the surname of «{surnames[words[0].key]}»")
                retyped[(c.start, c.end, c.type, c.source)] = new
                c = new
            elif len(words) == 2 and words[0].key in surnames and any(
                    off == 1 and words[1].text[0] == "و" and st in surnames for off, st in words[1].kreadings):
                # «شفاينشتايغر وشنايدرلين» ORG: two people's surnames joined by و are two people; the first is
                # kept here, the second is found again as an alias
                new = replace(c, type="PERS", end=words[0].end,
                              evidence=f"{c.evidence}; the surname of «{surnames[words[0].key]}»")
                retyped[(c.start, c.end, c.type, c.source)] = new
                c = new
        out.append(c)
    return out, retyped


def list_member_candidates(article, kept: list[tuple[Candidate, list[str]]], res: Resources) -> list[Candidate]:
    """A name of two or three words, opening with a known given name, that stands as a whole item in a
    list right after or before a person found elsewhere: «وريهام عبد الغفور، وهالة صدقي، وسامي العدل»
    (a cast, a squad, a panel). Its surname may be any word a name may hold, since its neighbours
    say what the list is.

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nوشارك في البطولة محمد صلاح، وهالة صدقي، ثم عادوا.")
    >>> s = a.text.index("محمد")
    >>> [a.text[c.start:c.end] for c in list_member_candidates(a, [(Candidate(s, s + 9, "PERS", "model", ""), ["model"])], resources())]
    ['هالة صدقي']
    """
    people = sorted((c.start, c.end) for c, _ in kept if c.type == "PERS")
    if not people:
        return []
    taken = SpanIndex((c.start, c.end, c) for c, _ in kept)
    starts_of_people = {st for st, _ in people}
    ends_of_people = {en for _, en in people}
    out: list[Candidate] = []
    for toks in article.segments_tokens():
        n = len(toks)
        here = [(s, e) for s, e in people if n and toks[0].start <= s < toks[-1].end]
        if not here:
            continue  # (most segments name nobody the list could follow)
        starts = {t.start: k for k, t in enumerate(toks)}
        # «، ونيكول سابا»: a person found after the و of its item
        starts.update({t.start + 1: k for k, t in enumerate(toks) if t.text[:1] == "و" and _is_word(t)})
        ends = {t.end: k for k, t in enumerate(toks)}
        for s, e in here:
            a, b = starts.get(s), ends.get(e)
            if a is None or b is None:
                continue
            first = _pair_first(toks, a, res) if toks[a].start < s and toks[a].text[:1] == "و" else None
            if first is not None and all(c.type == "PERS" and first[0] <= c.start and c.end <= first[1]
                                         for c in taken.overlapping(*first)):
                out.append(Candidate(first[0], first[1], "PERS", "pattern",
                                     f"the first of two people, before «و{article.text[s:e]}»", PRIORITY["alias"]))
            # the item after the person: «، وهالة صدقي» or «وهالة صدقي»
            k = b + 1
            comma = k < n and toks[k].text in _ITEM_SEPARATORS
            if comma:
                k += 1
            # A person who is an item of a list himself («، ونيكول سابا ،») vouches for a next item of two
            # or three name words even without a given name the lists know («وباسكال مشعلاني .»).
            # (or with و alone on both: «وعبد الفتاح هوساوي ومشهور البنيان»; what such an item may not be is below)
            listed = (comma or (toks[a].start < s and k < n and toks[k].text[:1] == "و")) \
                and (toks[a].start < s or (a > 0 and toks[a - 1].text in _ITEM_SEPARATORS))
            item = _list_item(toks, k, res, loose=listed)
            if item is None and comma and listed and b > a:
                item = _list_single(toks, k, res)  # (after a person of two words or more)
            if item is None and not comma:
                item = _chain_item(toks, k, res, starts_of_people, listed=toks[a].start < s or (
                    a > 0 and (toks[a - 1].text in ARABIC_COMMAS or toks[a - 1].end in ends_of_people)))
            if item is not None and not comma and k < n and (toks[k].key.endswith("وا") or (
                    toks[k].key.endswith("ا") and _corpus_word(toks[k].folded) and k + 1 < n
                    and toks[k + 1].text[:1] == "ل" and toks[k + 1].end <= item[1])):
                # (و alone before the item: not a verb of "they", «وتناولوا العشاء», nor a word the corpus writes with
                # its و before ل, «وليا لولي العهد»: as crown prince)
                item = None
            # (a person the model found inside the item, «عادل» of «وغادة عادل», gives way to the whole item)
            if item is not None and all(c.type == "PERS" and item[0] <= c.start and c.end <= item[1]
                                        for c in taken.overlapping(*item[:2])):
                out.append(Candidate(item[0], item[1], "PERS", "pattern", f"a name in a list of people, after «{article.text[s:e]}»",
                                     PRIORITY["alias"]))
        # the items between two people of a chain joined by و: «أحمد الجشي وسلام السنان ومنتظر المرهون وعلي حسين العوامي»
        for (_, e1), (s2, _) in zip(here, here[1:]):
            b, a = ends.get(e1), starts.get(s2)
            if b is None or a is None or a - b < 3 or toks[a].start == s2:
                continue
            items = _items_between(toks, b + 1, a, res)
            out += [Candidate(x, y, "PERS", "pattern", "a name in a chain of people joined by و", PRIORITY["alias"])
                    for x, y in items if all(c.type == "PERS" and x <= c.start and c.end <= y for c in taken.overlapping(x, y))]
    return out


def _items_between(toks: list[Token], k: int, stop: int, res: Resources) -> list[tuple[int, int]]:
    """The items of two or three words, each opening with و, that fill tokens ``k`` to ``stop`` (exclusive) and
    nothing else: every one a name word and no verb after its first, no word with ال opening one. [] otherwise.

    >>> text = "أحمد الجشي وسلام السنان ومنتظر المرهون وعلي"
    >>> [text[x:y] for x, y in _items_between(tokens_of(text), 2, 6, resources())]
    ['سلام السنان', 'منتظر المرهون']
    """
    out: list[tuple[int, int]] = []
    while k < stop:
        t = toks[k]
        if not (_is_word(t) and t.text[:1] == "و" and t.text[1:3] != "ال" and len(t.text) > 2):
            return []
        j = k + 1
        while j < stop and toks[j].text[:1] != "و" and _is_word(toks[j]) and toks[j].start - toks[j - 1].end <= 1 \
                and _namey(toks[j], res, j - k, strict=True) and not _verb_like(toks[j], res):
            j += 1
        if not 2 <= j - k <= 3 or (j < stop and toks[j].text[:1] != "و"):
            return []
        out.append((t.start + 1, toks[j - 1].end))
        k = j
    return out


PAIR_NOUNS = frozenset(key(w) for w in _words("pair_nouns"))
LIST_CLOSERS = _words("list_closers")


def _pair_first(toks: list[Token], a: int, res: Resources) -> tuple[int, int] | None:
    """(start, end) of the first of two people named after a noun of a pair (pair_nouns.txt), when the second,
    at token ``a`` after its و, is found: the one to three name words between the noun and the و.

    >>> t = tokens_of("بعد إصابة الثنائي إيفولو ومحمد مجرشي")
    >>> k = next(i for i, x in enumerate(t) if x.text == "ومحمد")
    >>> [x.text for x in t if _pair_first(t, k, resources()) == (x.start, x.end)]
    ['إيفولو']
    """
    c = next((c for c in range(a - 1, max(-1, a - 5), -1) if not PAIR_NOUNS.isdisjoint(toks[c].keys)), None)
    if c is None or c == a - 1:
        return None
    words = toks[c + 1:a]
    if not all(_is_word(w) and w.key not in STOP and w.start - v.end <= 1 for v, w in zip(toks[c:a - 1], words)) \
            or any(w.text[:1] == "و" and len(w.kreadings) > 1 for w in words[1:]):
        return None  # (a comma or another mark between, or a و opening another item: «اللاعبين عمر وخالد ومحمد»)
    head = words[0]
    if head.key.startswith("ال") or not (res.first_name(head.key) or _lone_foreign_name(head, res, 0, strict=False)
                                         or (len(words) >= 2 and _family_word(words[1], res))):
        return None  # (a given name that is also a word before a family name: «الثنائي باسم العطا الله وأحمد الرحيلي»)
    if not all(_namey(w, res, k, strict=True) or _family_word(w, res) or w.key == "الله" for k, w in enumerate(words[1:], 1)):
        return None
    return head.start, words[-1].end


def _list_single(toks: list[Token], k: int, res: Resources) -> tuple[int, int] | None:
    """(start, end) of a one-word item at token ``k`` of a list of people, glued to its و, between commas (or a comma
    and the end of the sentence): a foreign name no word list knows, as a squad lists its Brazilians («، وأفونسو.»)."""
    if k >= len(toks) or not _is_word(toks[k]):
        return None
    t = toks[k]
    if t.text[:1] != "و" or not any(o == 1 for o, _ in t.kreadings) or res.first_name(t.key):
        return None  # (its و joins it to the list: «حزين، سعيد، غضبان» are adjectives)
    if t.text.endswith(("ؤه", "ؤها", "ؤهم", "ته", "تها", "تهم")):
        return None  # «، وزملاؤه.», «، ووالدته»: a noun and his or her pronoun, no foreign name
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or not (nxt.text in _ITEM_SEPARATORS or nxt.text in ".؟!") or not _lone_foreign_name(t, res, 1):
        return None
    return t.start + 1, t.end


def _list_item(toks: list[Token], k: int, res: Resources, loose: bool = False) -> tuple[int, int] | None:
    """(start, end) of a whole list item of two or three name words from token ``k`` (its و left
    out), ended by a comma, a full stop or the next item's و; None otherwise. Its first word is a known
    given name, or (``loose``, in a list of people) any word a name may open with."""
    n = len(toks)
    if k >= n or not _is_word(toks[k]):
        return None
    t = toks[k]
    off = 1 if t.text[:1] == "و" and any(o == 1 and res.first_name(st) for o, st in t.kreadings) else 0
    if loose and off == 0 and t.text[:1] == "و" and not res.first_name(t.key) and not res.person_word(t.key) \
            and any(o == 1 for o, _ in t.kreadings):
        off = 1  # «وباسكال»: و and the item
    first_ok = any(o == off and res.first_name(st) and not res.common(st) for o, st in t.kreadings)
    if not first_ok and loose:
        # (between two items of a list of people a given name that is also a word is the name: «– أمير كردي –»)
        first_ok = _lone_foreign_name(t, res, off, strict=False) or any(o == off and res.first_name(st) for o, st in t.kreadings)
    if not first_ok:
        return None
    def item_ends(m: int) -> bool:  # (before the next item's و or a list's «وغيرهم»; in a list of people)
        # (a foreign name no list knows, but no noun with its pronoun, «وطنك»: your homeland)
        return loose and m < n and _is_word(toks[m]) and toks[m].text[:1] == "و" and toks[m].text[1:3] != "ال" and (
            _hamza(toks[m].key) in LIST_CLOSERS or any(o == 1 and res.first_name(st) for o, st in toks[m].kreadings)
            or (_lone_foreign_name(toks[m], res, 1, strict=False) and not _possessed_noun(toks[m])))

    j = k + 1
    # (a word that reads as a verb is the name's last in a list of people when the next item follows it: «وروبين رايت وجوش»)
    # («ووسام وهيب»: a name's own و, «وهيب», goes on with the item)
    while j < n and j - k < 3 and _is_word(toks[j]) and (toks[j].text[:1] != "و" or _own_waw(toks[j])) \
            and _namey(toks[j], res, j - k, strict=True) \
            and (not _verb_like(toks[j], res) or item_ends(j + 1)) and toks[j].start - toks[j - 1].end <= 1:
        j += 1
    if j - k < 2:
        return None
    nxt = toks[j] if j < n else None
    if nxt is not None and not (nxt.text in _ITEM_SEPARATORS or nxt.text in ".؟!:)" or item_ends(j) or (
            _is_word(nxt) and nxt.text[:1] == "و" and any(o == 1 and res.first_name(st) for o, st in nxt.kreadings))):
        return None
    return t.start + off, toks[j - 1].end


def _possessed_noun(t: Token) -> bool:
    """Is ``t`` a noun the news corpus writes, with a possessive pronoun («اجتماعهما», «مدربه», «رحلتها»)?

    >>> [_possessed_noun(tokens_of(w)[0]) for w in ("اجتماعهما", "رحلتها", "لاعبيه", "ستاثاكيس", "شتيليكه")]
    [True, True, True, False, False]
    """
    # («لاعبيه»: a plural in ين loses its ن before the pronoun)
    return any(len(base) >= 3 and (_corpus_word("ال" + base) or (base.endswith("ي") and _corpus_word("ال" + base + "ن")))
               for base in _pronoun_bases(t.folded))


def _chain_item(toks: list[Token], k: int, res: Resources, starts_of_people: set[int], listed: bool) -> tuple[int, int] | None:
    """(start, end) of an item of one to three foreign-looking name words at token ``k``, glued to its و, in a
    chain of people joined by و: between two people found (the example below), the last item of a chain
    (``listed``: the person before it is an item himself, «… وألميدا.»), or two name words after a person
    («… وايلتون ألميدا فقد»). A word the news corpus writes with ال, a verb or a common word is no such
    item («وزوجته», «والوفد»).

    >>> from kit.text.article import parse_article
    >>> a = parse_article("خبر\\n\\nيلعب شايع شراحيلي وأدريان ويحيى الشهري في الوسط.")
    >>> toks = a.segments_tokens()[-1]
    >>> k = next(i for i, t in enumerate(toks) if t.text == "وأدريان")
    >>> it = _chain_item(toks, k, resources(), {a.text.index("يحيى")}, False)
    >>> a.text[it[0]:it[1]]
    'أدريان'
    """
    n = len(toks)
    if k >= n:
        return None
    t = toks[k]
    if not (_is_word(t) and t.text[:1] == "و" and t.text[1:3] != "ال" and any(o == 1 for o, _ in t.kreadings)):
        return None
    if not (_lone_foreign_name(t, res, 1, strict=False) or any(o == 1 and res.first_name(st) and not res.common(st)
                                                                for o, st in t.kreadings)) \
            or _corpus_word("ال" + fold(t.text[1:])) \
            or any(len(b) >= 3 and _corpus_word("ال" + b) for b in _pronoun_bases(fold(t.text[1:]))):
        return None  # («ورفيقه»: and his companion, a noun with its pronoun)
    j = k + 1
    # (no noun after ل or ب, «لأبحاث»: for research)
    while j < n and j - k < 3 and _is_word(toks[j]) and toks[j].text[:1] != "و" and toks[j].start - toks[j - 1].end <= 1 \
            and _lone_foreign_name(toks[j], res) and not _corpus_word("ال" + toks[j].folded) and not _possessed_noun(toks[j]) \
            and not any(o == 1 and _corpus_word("ال" + st) for o, st in toks[j].kreadings):
        j += 1
    nxt = toks[j] if j < n else None
    if nxt is not None and _is_word(nxt) and nxt.start + 1 in starts_of_people and nxt.text[:1] == "و":
        return t.start + 1, toks[j - 1].end  # between two people
    ends = nxt is None or nxt.text in ARABIC_COMMAS or nxt.text in ".؟!:)"
    if ends and listed:
        return t.start + 1, toks[j - 1].end  # the last item of a chain of people
    if j - k >= 2 and (ends or (nxt is not None and _is_word(nxt) and any(st in STOP for _, st in nxt.kreadings))):
        return t.start + 1, toks[j - 1].end  # two foreign name words after a person
    return None


def _cue_only_place(word: str) -> bool:
    """A place name that is a common word first (data/gazetteer/hand/needs_cue.txt, needs_context.txt):
    each mention needs its own cue. «مالي» (financial), «سيول» (floods)."""
    gaz = load_gazetteer()
    k = name_key(word)
    return k in gaz.cue_names or k in gaz.context_names


def _country_named_org(article, c: Candidate, toks_c: Sequence[Token]) -> bool:
    """Is the organisation ``c`` named with its country's adjective, inside its span («الاتصالات السعودية»)
    or right after it («زين» of «زين السعودية», the adjective left out of the span)?"""
    if len(toks_c) >= 2 and toks_c[-1].key not in STOP and nisba_of(toks_c[-1].text) is not None:
        return True
    nxt = article.tokens_in(c.end, min(len(article.text), c.end + 20))
    return len(toks_c) == 1 and bool(nxt) and _is_word(nxt[0]) and nxt[0].start - c.end <= 1 \
        and nxt[0].key.startswith("ال") and nisba_of(nxt[0].text) is not None


def _noun_short_name(words: tuple[str, ...]) -> bool:
    """Is a body's one-word short name a noun of the corpus, written there with ال («تداول», «طاقة»)? Then it is
    the body again only between quotes or brackets (:func:`alias_candidates`): «مركز إيداع الأوراق المالية (تداول)»
    … «بنهاية تداول يوم الأحد» is trading."""
    return len(words) == 1 and not words[0].startswith("ال") and _corpus_word("ال" + words[0])


def _vowel_variants(name: str) -> set[str]:
    """A foreign name spelt with one long vowel more or less inside it, as Arabic news writes it from one line to the
    next («بواتينج», «بواتنج»); not at either end («برلماني», «برلمانيا» is a case ending).

    >>> "بواتنج" in _vowel_variants("بواتينج"), "برلمانيا" in _vowel_variants("برلماني")
    (True, False)
    """
    out = {name[:k] + name[k + 1:] for k in range(1, len(name) - 1) if name[k] in "اوي"}
    out |= {name[:k] + v + name[k:] for k in range(1, len(name)) for v in "اوي"}
    out.discard(name)
    return out


def _spelling_variants(article, kept: list[tuple[Candidate, list[str]]], index: dict, res: Resources) -> None:
    """A person's foreign surname spelt with a long vowel more or fewer elsewhere in the article is the same
    surname: «برنس بواتينج» … «مفاوضات نادي الاتحاد مع بواتنج». The variant is added to ``index`` (the aliases to
    look for) when it is no common word nor one of a cluster of ordinary words and no part of another mention."""
    surnames = [k for k, v in index.items()
                if len(k) == 1 and v[0] == "PERS" and not v[2] and len(k[0]) >= 5 and not k[0].startswith("ال")]
    if not surnames:
        return
    variants = {v: k for k in surnames for v in _vowel_variants(k[0])}
    taken = [(c.start, c.end) for c, _ in kept]
    for toks in article.segments_tokens():
        for t in toks:
            for _, st in t.kreadings:
                k = variants.get(st)
                if k is None or any(s <= t.start < e for s, e in taken) or (st,) in index or res.common(st) or st in STOP \
                        or (_corpus_word(st) and _cluster_share(st, 1) < 0.5) \
                        or st.endswith((*_PRONOUN_SUFFIXES[1:7], "كن")):  # («أزوجكن»: a noun and "your")
                    continue
                index[(st,)] = index[k]


def alias_candidates(article, kept: list[tuple[Candidate, list[str]]], res: Resources) -> list[Candidate]:
    """Further mentions of names already found: the full name or the surname of a person, and a
    name that a pattern found once (a model name, a quoted name), wherever else they occur."""
    text = article.text
    index: dict[tuple[str, ...], tuple] = {}
    quoted_only: set[tuple[str, ...]] = set()
    enclosed_only: set[tuple[str, ...]] = set()  # names that count only between quotes, «"زين"»
    given_only: set[tuple[str, ...]] = set()
    nasab_short: set[tuple[str, ...]] = set()  # «ابن مساعد» of «عبدالله بن مساعد»
    # «جورجيوس دونيس» … «جورجيوس :»: a given name no name list knows (a rare, foreign one) is that person
    # alone too, when no other person of the article shares it; a known given name («محمد», «دونالد») is
    # left to the model, which reads its context.
    given_firsts = Counter(toks[0].key for c, _ in kept if c.type == "PERS"
                           for toks in [[t for t in _span_tokens(article, c.start, c.end) if t.kind != "punct"]]
                           if len(toks) >= 2)
    # A tag line («سمات الملك سلمان شهران …») lists names with nothing between them, so a rule may run two
    # into one there («سلمان شهران»): its names are repeated from the text and seed no further mention.
    tags = [(b.start, b.end) for b in getattr(article, "boilerplate", ())]
    # (the starts of the full names found: a word right before one is no other person's surname, below)
    pers_starts = {c.start for c, _ in kept if c.type == "PERS" and len(text[c.start:c.end].split()) >= 2}
    headless: set[str] = set()  # companies whose name is read again without its head («بنك بيريوس قبرص»)
    quotes_in_text = any(q in text for q in QUOTES_OPEN)  # (a body's quoted short name needs a quote to be read)
    tells_ya = not _writes_alif_maqsura_for_ya(text)
    # ... but they confirm a name of the text the model was unsure of: the editor listed «منصور البلوي»
    tag_keys = [" " + " ".join(key(w) for w in text[s:e].split()) + " " for s, e in tags]
    for c, _ in kept:
        if tags and any(s <= c.start < e for s, e in tags):
            continue
        span = text[c.start:c.end]
        toks_c = [t for t in _span_tokens(article, c.start, c.end) if t.kind != "punct"]
        words = [t.key for t in toks_c]
        if not words:
            continue
        if c.type == "ORG" and 2 <= len(words) <= 4 and toks_c[0].kreadings[0][0] == 0 \
                and words[1].startswith("لل") and _hamza(words[1][2:]) in COMPANY_FIELDS and not _known_place(toks_c[0].text) \
                and (c.source == "gazetteer" or c.evidence.startswith(("organisation head", "quoted name after"))):
            # «شركة اكسبرو للخدمات النفطية» … «أن اكسبرو حققت», «ملاذ للتأمين» … «“ملاذ”»: the company's own word
            # again without its field (only between quotes when that word is also a common one, or a definite one,
            # «الصحراء للبتروكيماويات» … «“الصحراء”»; not a place's name, «دبي للاستثمار» … «سوق دبي»; only a
            # company a head or the lists vouch for, not a word and a field no head introduced, «ذويها للأوراق الثبوتية»)
            own = (words[0],)
            if res.common(words[0]) or _corpus_word("ال" + words[0]) or words[0] in STOP or len(words[0]) < 3 \
                    or _definite(toks_c[0]):
                quoted_only.add(own)
            index.setdefault(own, ("ORG", span, False, c.ref, c.canonical) if c.source == "gazetteer" else ("ORG", span, False))
        if c.type == "ORG" and len(words) >= 3 and quotes_in_text \
                and (c.source == "gazetteer" or c.evidence.startswith("organisation head")):
            # «شركة الصناعات الكيميائية الأساسية» … «“الكيميائية الأساسية”», «الشركة السعودية للصناعات الدوائية» …
            # «“الدوائية”»: the last words of a body's name, between quotes, are its short name (a headline's); one
            # word only of a company the lists know («هيئة مكافحة الفساد» … «وقف "الفساد"» is corruption), and no
            # word a proclitic may open («والصناعة», «لكرة»)
            company = c.source == "gazetteer" and (c.ref or "").startswith("org:") and (c.ref or "")[4:] in res.orgs \
                and res.orgs[(c.ref or "")[4:]].kind == "company"
            for k in range(1, len(words)):
                tail = tuple(words[k:])
                if tail[0] in STOP or len(toks_c[k].kreadings) != 1 \
                        or (len(tail) == 1 and (not company or len(tail[0]) < 5 or nisba_of(toks_c[k].text) is not None)):
                    continue
                quoted_only.add(tail)
                enclosed_only.add(tail)
                index.setdefault(tail, ("ORG", span, False, c.ref, c.canonical) if c.source == "gazetteer" else ("ORG", span, False))
        if c.type == "PERS" and len(words) >= 2 and (c.score or 1) >= 0.9 and given_firsts[words[0]] == 1 \
                and words[0] not in CONNECTORS and words[1] not in CONNECTORS \
                and toks_c[0].kreadings[0][0] == 0 and len(toks_c[0].kreadings) == 1 and not words[0].startswith("ال") \
                and not res.common(words[0]) and words[0] not in STOP and len(words[0]) >= 3 \
                and ((len(words[0]) >= 5 and not res.first_name(words[0])) or not _corpus_word("ال" + words[0])) \
                and words[0] not in HONORIFICS and words[0] not in ROLE_HEADS and not _known_place(toks_c[0].text) \
                and not words[0].endswith(("هم", "هما", "كم")):
            # «ياني كريسماليس» … «وقال ياني», «كاظم الساهر» … «كاظم»: the given name alone is the person again when
            # one person of the article bears it and it is no word: a long foreign one, or one the corpus never
            # writes with ال (not «فهد», «صباح», «إحسان»: a leopard, a morning, charity)
            # (a short one or a known given name as written only: «بدأنا» is no ب + «دانا»)
            if (words[0],) not in index:
                index[(words[0],)] = ("PERS", span, len(words[0]) < 5 or bool(res.first_name(words[0])))
                given_only.add((words[0],))
        if c.type == "PERS":
            if c.source in ("model", "camel") and (c.score or 0) < (0.7 if len(words) > 1 else 0.85) \
                    and not (len(words) > 1 and any(" " + " ".join(words) + " " in k for k in tag_keys)):
                continue  # an unsure guess is not repeated across the article
            if len(words) == 1 and (len(words[0]) <= 2 or words[0] in STOP):
                continue  # «لي»: a particle alone is repeated nowhere
            index.setdefault(tuple(words), ("PERS", span, False))
            if len(words) == 1:
                given_only.discard(tuple(words))  # («معاذ» named alone as well: a name of its own, not only a given name)
            last = words[-1]
            # "فهد بن سلطان", "أبو عبد الله": the father's name is not the person's surname.
            after_connector = len(words) >= 2 and words[-2] in CONNECTORS | {"عبد", "ابو", "ابي", "ال"}
            if len(words) >= 3 and words[-2] == "العبد" and last.startswith("ال") and res.first_name("عبد" + last):
                # «عبد الناصر العبد اللطيف» … «وقال العبد اللطيف»: the family of two words is the surname, not «اللطيف»
                index.setdefault(tuple(words[-2:]), ("PERS", span, False))
                after_connector = True
            # A country's adjective as the last word («أبو حمزة المصري») is rarely the name alone: «المصري»
            # elsewhere is mostly the adjective («الجانب المصري»), not the person.
            last_tok = _span_tokens(article, c.start, c.end)[-1]
            # «عبدالله الثاني», «محمود محيي الدين»: an ordinal or the end of a compound given name is no surname.
            if (len(words) >= 2 and len(last) >= 3 and last not in CONNECTORS and last not in STOP
                    and not after_connector and last not in NOT_ENTITIES and nisba_of(last_tok.text) is None
                    and last not in REGNAL_ORDINALS and last not in COMPOUND_NAME_ENDS
                    # «نبيل العربي», «جمال الرياضة»: a definite surname of a cluster of ordinary words
                    # («العربي», «الوطني», «الرياضة») is mostly the word elsewhere («الربيع العربي»)
                    and not (last.startswith("ال") and not res.person_word(last) and (res.common(last) or last.endswith("ه"))
                             and _cluster_share(last, 0) < 0.1)):
                # A surname that is also a common word ("صالح") is taken only without proclitics.
                index.setdefault((last,), ("PERS", span, res.common(last) or res.common(strip_article(last))))
                # «فان باستن» of «ماركو فان باستن», «فون دير لاين»: the surname with its particles
                k = len(words) - 1
                while k >= 2 and words[k - 1] in SURNAME_PARTICLES:
                    k -= 1
                if k < len(words) - 1:
                    index.setdefault(tuple(words[k:]), ("PERS", span, False))
            if after_connector and len(words) >= 3 and words[-2] in _LINEAGE and len(last) >= 3 \
                    and last not in STOP and toks_c[-1].kind == "word":
                # «عبدالله بن مساعد» … «وأكد ابن مساعد», «فيصل بن معمر» … «وقال بن معمر»: the father's or the
                # family's name with «بن»/«ابن» alone is the person again (never «بن» with a given name
                # before it: «فيصل بن مساعد» is a brother, see the loop below)
                for w in _LINEAGE:
                    if (w, last) not in index:
                        index[(w, last)] = ("PERS", span, False)
                        nasab_short.add((w, last))
            if len(words) >= 3 and words[-2] == "ال" and toks_c[-2].text.startswith("آل") and len(last) >= 3 \
                    and last not in STOP and toks_c[-1].kind == "word":
                # «جابر آل صليع» … «قام المهندس آل صليع», «الاحتفاء بآل صليع»: the family's name with «آل» is the person again
                index.setdefault(("ال", last), ("PERS", span, False))
        elif c.type == "ORG" and c.source == "gazetteer" and (c.ref or "").startswith("club:") and len(words) >= 2 \
                and not res.common(words[-1]) and not _known_place(text_of(text, c).split()[-1]) \
                and _known_place(" ".join(text_of(text, c).split()[:-1])):
            # «مانشستر يونايتد» … «مدرب يونايتد», «ليستر سيتي» … «سيتي»: a club named by its town and a word
            # is that word alone again in the same article (not «ريال مدريد» … «مدريد», the city)
            index.setdefault(tuple(words), ("ORG", span, False, c.ref, c.canonical))
            index.setdefault((words[-1],), ("ORG", span, False, c.ref, c.canonical))
        elif c.type == "ORG" and c.source == "gazetteer" and (c.ref or "").startswith("club:") and len(words) == 2 \
                and not (c.ref or "").endswith("_nt") and words[0].startswith("ال") and nisba_of(toks_c[0].text) is None \
                and not _nisba_adjective(strip_article(toks_c[0].folded)) \
                and nisba_of(toks_c[-1].text) is not None and tuple(words[:-1]) not in domain_lists()[0].index:
            # «أمام النهضة العماني» … «يتعادل مع النهضة»: a club the lists know only with its country's adjective (its
            # bare name is a common word; not «الهلال السعودي», whose bare name the lists read in context, nor a national
            # team, «المنتخب السعودي», nor «النادي الأفريقي») is its bare name again in the same article
            index.setdefault(tuple(words[:-1]), ("ORG", span, False, c.ref, c.canonical))
        elif c.type == "ORG" and c.source == "gazetteer" and len(words) == 2 and _firm_word(toks_c[-1], 0, res) \
                and (c.ref or "")[4:] in res.orgs \
                and res.orgs[(c.ref or "")[4:]].kind in COMPANY_KINDS:
            # «أكسل سبرينجر» … «أن سبرينجر تعكف»: a firm of two words is its last word again in the same article,
            # when that word is a foreign name (not a word the corpus writes with ال: «دويتشه بنك», «طيران ناس»)
            index.setdefault(tuple(words), ("ORG", span, False, c.ref, c.canonical))
            index.setdefault((words[-1],), ("ORG", span, False, c.ref, c.canonical))
        elif c.type == "ORG" and c.source == "gazetteer" and _country_named_org(article, c, toks_c):
            # «زين السعودية» … «وكانت "زين" قد أطلقت»: a company named with its country, in quotes without it
            # (only in quotes: «الاتصالات» alone is the trade)
            short = tuple(words[:-1]) if nisba_of(toks_c[-1].text) is not None else tuple(words)
            enclosed_only.add(short)
            index.setdefault(short, ("ORG", span, False, c.ref, c.canonical))
        elif c.type == "ORG" and c.source == "gazetteer" and len(words) >= 2 and tuple(words) not in res.org_index \
                and not any(w in CONNECTORS for w in words):
            # «شركة عبداللطيف جميل» … «وقع اختيار عبداللطيف جميل»: a company the gazetteer knows only with its
            # head (the bare name is also a man's) is that company again without it in the same article
            index.setdefault(tuple(words), ("ORG", span, False, c.ref, c.canonical))
        elif c.type == "LOC" and c.source == "gazetteer":
            # One sense per article: a place name found once is that place wherever it recurs, except a
            # name that is a common word first, a place only after its cue («في مالي», «دعم مالي»).
            if len(words) == 1 and _cue_only_place(words[0]):
                continue
            index.setdefault(tuple(words), ("LOC", span, False, c.ref, c.canonical))
        elif c.source in ("pattern", "model", "camel") and c.type in ("MISC", "ORG"):
            if len(words) == 1 and (res.common(words[0]) or res.common(strip_article(words[0]))) and c.source != "pattern":
                continue  # a common word the model once took for a name is not a name everywhere
            if c.evidence.startswith(("a religion's name", "the club «")):
                # (nor a club named by a common word after a match's noun: «مواجهة أحد» … «أحد اللاعبين» is "one")
                continue  # its own rule finds every one; a repeat would take in the adjective it left out («الراقصة اليهودية»)
            if c.evidence.startswith("quoted") and len(words) == 1 and (
                    res.common(words[0]) or (words[0].startswith("ال") and _corpus_word(strip_article(words[0])))
                    or (not words[0].startswith("ال") and _corpus_word("ال" + words[0])
                        and _cluster_share("ال" + words[0], 0) < 0.25)):
                # «حركة "الدلالة"», «لـ”قطع” الاتصال»: a common word in quotes is a name again only in quotes
                # («لـ"الوطن"» … «وكانت "الوطن" نشرت», but «أبناء الوطن» is the homeland; «نظام “سداد”» … «لسداد
                # الفواتير» is paying them: a word the corpus writes with ال among common nouns is a noun; not «طراز
                # "رافال"» … «طائرات رافال», whose «الرافال» sits among names)
                quoted_only.add(tuple(words))
            index.setdefault(tuple(words), (c.type, span, False))
            if c.evidence.startswith(("short name in brackets", "quoted short name")) and _noun_short_name(tuple(words)):
                enclosed_only.add(tuple(words))
            if c.evidence.startswith("outlet after the author") and len(words) == 1 and words[0] in DATELINE_OUTLETS:
                # «محمد السيد - سبق:» … «كما سبق له أن لعب»: the outlet named by a common word is no alias of the verb
                enclosed_only.add(tuple(words))
            if c.evidence.startswith("a publishing house: "):
                # «دار سيبويه للطباعة والنشر» … «مدير دار سيبويه»: the house again without its trades
                core = tuple(takewhile(lambda w: not w.startswith("لل"), words))
                if len(core) >= 2:
                    index.setdefault(core, (c.type, span, False))
            if c.type == "ORG" and c.evidence.startswith("organisation head") and len(words) >= 3 \
                    and _hamza(strip_article(words[0])) in ORG_HEADS_OUTSIDE and words[1].startswith("ال"):
                # «مجلة الحج والعمرة» … «“الحج والعمرة”»: a paper's or a channel's name without its head, in quotes
                # (two words at least: «شركة التأمين» … «“التأمين”» is the insurance)
                quoted_only.add(tuple(words[1:]))
                index.setdefault(tuple(words[1:]), (c.type, span, False))
                if len(words) == 3 and nisba_of(toks_c[-1].text) is not None:
                    # «شركة السلام الكويتية» … «قيد «السلام» الكويتية»: the company's own word without its head and
                    # its country, alone between quotes (not «"الكهرباء قبل الحب أحيانا"», a saying)
                    enclosed_only.add(tuple(words[1:2]))
                    index.setdefault(tuple(words[1:2]), (c.type, span, False))
            if c.type == "ORG" and c.evidence.startswith("organisation head") and len(words) >= 2 \
                    and toks_c[0].kreadings[0][0] == 0 and _hamza(words[0]) in _COMPANY_NAME_HEADS \
                    and toks_c[1].kreadings[0][0] == 0 and not words[1].startswith("ال") and not res.first_name(words[1]) \
                    and len(words[1]) >= 4 and not text[toks_c[1].end:toks_c[1].end + 1] == "." \
                    and all(_proper_word(t, res) for t in toks_c[1:]):
                # «بنك بيريوس قبرص» … «من رأسمال بيريوس قبرص», «وقال بيريوس»: a company named by a foreign word after its
                # head is that name again without the head (a definite or a common word, «بنك التسليف», «بنك الجزيرة»,
                # names it only with it)
                index.setdefault(tuple(words[1:]), ("ORG", span, False))
                headless.add(span)
            if c.type == "ORG" and len(words) >= 2 and words[-1] in FIRM_SUFFIXES:
                # «دراجون أويل» … «المساهمين في "دراجون"», «إليوت أدفيزرز» … «وأضافت "إليوت"»: the company again
                # without its English kind word (not a definite word alone: «الجزيرة كابيتال» … «الجزيرة»; a given
                # name alone only in quotes)
                core = tuple(takewhile(lambda w: w not in FIRM_SUFFIXES, words))
                if core and not (len(core) == 1 and (len(core[0]) < 3 or core[0] in STOP or toks_c[0].text.startswith("ال")
                                                     or res.common(core[0]))):
                    index.setdefault(core, ("ORG", span, False))
                    if len(core) == 1 and (res.first_name(core[0]) or res.person_word(core[0])):
                        enclosed_only.add(core)
            if len(words) == 1 and not words[0].startswith("ال") and not _corpus_word("ال" + words[0]):
                # «الهواوي» for «هواوي»; not «الحماس» (enthusiasm) for «حماس»
                index.setdefault(("ال" + words[0],), (c.type, span, False))
    # "شركة الصناعات الزجاجية الوطنية (زجاج)": the short name in brackets after a name is that
    # organisation too, there and wherever else it recurs.
    for c, _ in kept:
        if c.type not in ("ORG", "MISC") or len(text[c.start:c.end].split()) < 2:
            continue  # a short name in brackets follows a long one; "هجر (ثامن الترتيب)" is a rank
        if c.evidence.endswith(", a branch") and c.evidence.startswith("organisation head"):
            continue  # a branch named with its town has none: «مستشفى العيون بجدة (إحلال)» says what is built
        nxt = article.tokens_in(c.end, min(len(text), c.end + 60))
        if len(nxt) >= 3 and nxt[0].text in "(«\"" and nxt[0].start - c.end <= 2:
            close = next((k for k in range(1, min(len(nxt), 5)) if nxt[k].text in ")»\""), None)
            inner = nxt[1:close] if close else []
            if inner and all(t.kind == "word" for t in inner) and not any(t.key in STOP for t in inner) \
                    and not any(ch.isdigit() for t in inner for ch in t.text) \
                    and not any(_verbish(t, res) or _feminine_past(t, res) or _preposition_phrase(t, res) for t in inner):
                # («ريال مدريد (صفر-2)»: a score in brackets, no short name)
                # («النادي الباريسي (كلّلت بالنجاح)»: a remark in brackets, a verb and its complement, no short name)
                short = tuple(t.key for t in inner)
                if len(short) >= len(text[c.start:c.end].split()) \
                        and sum(t.key in LETTER_NAMES or t.text in _LETTER_WORDS for t in inner) < 2:
                    # a short name is shorter («دار الساقي "تاريخ القراءة"» is the house and a book), or an
                    # acronym spelled in letters («رابطة معاداة التشهير (ئايه دي إل)»)
                    continue
                # «البنك الوطني السويسري (المركزي)», «اليوم العالمي لمرض التصلب العصبي (اللويحي)»: an adjective in
                # brackets says what it is, no short name (a definite word of the corpus with an adjective's ending)
                if not (len(short) == 1 and (res.common(short[0]) or short[0] in NAMING_ADJECTIVES
                                             or short[0] in DESCRIPTIVE or nisba_of(inner[0].text) is not None
                                             or (short[0].startswith("ال") and short[0].endswith(("ي", "يه"))
                                                 and _corpus_word(short[0])))):
                    index.setdefault(short, (c.type, text[c.start:c.end], False, c.ref, c.canonical))
                    if _noun_short_name(short):
                        enclosed_only.add(short)
    if given_only:
        # «ملك أراجون خايمي» … «ملك أراجون» nine times: a given name alone far more often than the person is
        # named in full is something else (here the kingdom), not that person again.
        alone = Counter(st for toks in article.segments_tokens() for t in toks for _, st in t.kreadings if (st,) in given_only)
        full = Counter(c_key[0] for c, _ in kept if c.type == "PERS"
                       for c_key in [[t.key for t in _span_tokens(article, c.start, c.end) if t.kind != "punct"]]
                       if len(c_key) >= 2 and (c_key[0],) in given_only)
        for given in list(given_only):
            if alone[given[0]] - full[given[0]] > 2 * full[given[0]] + 2:
                del index[given]
    for one in [k for k in index if len(k) == 1 and (len(k[0]) < 2 or k[0] in STOP and k not in quoted_only
                                                        and k not in enclosed_only)]:
        # whatever a rule took, one letter or a function word is never a name again (a paper's «"اليوم"» only
        # in quotes)
        del index[one]
    if not index:
        return []
    _spelling_variants(article, kept, index, res)
    have = {(c.start, c.end, c.type) for c, _ in kept}
    place_ends = {c.end for c, _ in kept if c.type == "LOC"}
    max_len = max(len(k) for k in index)
    firsts = frozenset(k[0] for k in index)
    goes_on = frozenset(k[:m] for k in index for m in range(1, len(k)))  # a longer alias goes on from these
    out = []
    for toks in article.segments_tokens():
        # the tokens that may open an alias, found in one pass; the loop jumps from one to the next
        starts = [k for k, t in enumerate(toks) if not firsts.isdisjoint(t.keys)]
        i = starts[0] if starts else len(toks)
        while i < len(toks):
            if firsts.isdisjoint(toks[i].keys):
                k = bisect_left(starts, i)
                i = starts[k] if k < len(starts) else len(toks)
                continue
            # the lengths of the aliases that start here, read word by word from each reading
            lengths = set()
            longest = min(max_len, len(toks) - i)
            for _, stem in toks[i].kreadings:
                phrase: tuple[str, ...] = (stem,)
                while True:
                    if phrase in index:
                        lengths.add(len(phrase))
                    if len(phrase) >= longest or phrase not in goes_on:
                        break
                    phrase += (toks[i + len(phrase)].key,)
            hit = None
            for length in sorted(lengths, reverse=True):
                rest = tuple(t.key for t in toks[i + 1:i + length])
                for off, stem in toks[i].kreadings:
                    v = index.get((stem, *rest))
                    if v is not None and (stem, *rest) in quoted_only and (stem, *rest) not in enclosed_only \
                            and not (i > 0 and (toks[i - 1].text in QUOTES_OPEN or toks[i - 1].text == "(")):
                        v = None  # an opening quote before it (the title's «“السهم الذهبي”» for «“السهم”»)
                        # (a body's short name that is a word, «"مدن"», is read as the next test says: also as
                        # the subject of a verb of "she", «أن مدن تعمل»)
                    if v is not None and (stem, *rest) in enclosed_only and not (
                            i > 0 and (toks[i - 1].text in QUOTES_OPEN or toks[i - 1].text == "(") and i + length < len(toks)
                            and (toks[i + length].text in QUOTES_CLOSE or toks[i + length].text == ")")) and not (
                            # («زجاج تعلن عن نتائج …», «زين تطلق»: the subject of a verb of "she", the company; not
                            # «وتواصل القوات تقدمها», a common noun with ال)
                            i + length < len(toks) and not stem.startswith("ال") and _is_word(nxt := toks[i + length]) and (
                                _feminine_past(nxt, res) or (nxt.key[:1] == "ت" and _known_imperfect(nxt.key)))) and not (
                            # («وارتفع سهم زجاج»: after the noun of its share)
                            i > 0 and not stem.startswith("ال") and not _SHARE_NOUNS.isdisjoint(toks[i - 1].keys)):
                        v = None  # «"زين"» alone between quotes, not a quote that opens with the word («"الجيش مستعد»)
                    if v is not None and off and length == 1 and toks[i].key in STOP:
                        v = None  # «بين» (between) is a word of its own, no ب + «ين» (the yen)
                    if v is not None and not (v[2] and off):
                        hit = (length, off, v)
                        break
                if hit:
                    break
            if hit is None:
                i += 1
                continue
            length, off, (typ, name, _, *ref) = hit
            stem0 = next(st for o, st in toks[i].kreadings if o == off)
            s, e = toks[i].start + off, toks[i + length - 1].end
            if length == 1 and typ == "PERS" and any((st,) in given_only for _, st in toks[i].kreadings) \
                    and i + 1 < len(toks) and _is_word(toks[i + 1]) and not toks[i + 1].key.startswith("ال") \
                    and toks[i + 1].key not in STOP and _namey(toks[i + 1], res, 1, strict=True):
                i += 1  # «لمارسيلو بيلسا»: the given name goes on into another name here, not the person's alone
                continue
            if length == 2 and off == 0 and tuple(t.key for t in toks[i:i + 2]) in nasab_short and i > 0 \
                    and _is_word(toks[i - 1]) and toks[i - 1].key not in STOP and (
                        res.first_name(toks[i - 1].key) or res.person_word(toks[i - 1].key)
                        or any(c.type == "PERS" and c.start < toks[i - 1].end <= c.end for c, _ in kept)):
                i += 1  # «فيصل بن مساعد», «عبد الله بن مساعد»: a name goes on before it, another man or the full name
                continue
            if (s, e, typ) in have:  # the mention the alias comes from
                i += length
                continue
            if typ == "PERS" and i > 0 and off == 0 and any(_hamza(k) in SHARE_WORDS for k in toks[i - 1].keys):
                i += 1  # «أنس الراجحي» … «أسهم الراجحي»: after the noun of a share, the company named like the man
                continue
            if typ == "PERS" and length == 2 and toks[i].key == "ال" and i > 0 and _is_word(toks[i - 1]) \
                    and any(strip_article(st) in KIN_FAMILY_NOUNS for _, st in toks[i - 1].kreadings):
                i += 2  # «وأسرة آل عطيان», «حكم آل سعود»: the family, not the man of it the article named
                continue
            if typ == "LOC" and length == 1 and i + 1 < len(toks) and _is_word(toks[i + 1]) \
                    and toks[i + 1].text[:1] != "و" and load_gazetteer().is_stopword(stem0) \
                    and _hamza(toks[i + 1].key) not in PLACE_KINDS and _known_place(toks[i + 1].text):
                # «ولد في مدينة ديربي» … «ديربي لندن»: a word the places' stop-list holds, before another place, is
                # in construct with it (London's derby), no alias of the town (but «والوجه مدينة ذات تاريخ»: a kind
                # word after it is its predicate)
                i += 1
                continue
            if typ == "LOC" and length == 1 and off == 0 and i > 0 and toks[i].key.startswith("ال") \
                    and _is_word(toks[i - 1]) and (toks[i - 1].key.startswith("ال") or toks[i - 1].end in place_ends) \
                    and nisba_of(toks[i - 1].text) is None and nisba_of(toks[i].text) is not None:
                # «الجامعات السعودية», «الأراضي السعودية», «بالجبيل السعودية»: the country's adjective after a
                # definite noun or a place, not the country (after another country's adjective it is the
                # object: «وغادر الوفد الإيراني السعودية»)
                i += 1
                continue
            if typ in ("ORG", "MISC") and length == 1 and off == 0 and i > 0 and nisba_of(toks[i].text) is not None \
                    and _is_word(toks[i - 1]) and not text[toks[i - 1].end:toks[i].start].strip() \
                    and (toks[i - 1].key.startswith("ال") or toks[i - 1].end in place_ends):
                # «الألمانية» the news agency, then «الحكومة الألمانية», «نورنبرج الألمانية»: the adjective
                i += 1
                continue
            if typ == "PERS" and length == 1 and i > 0 and i + 1 < len(toks) and toks[i - 1].key in PREPOSITIONS \
                    and ((_corpus_word(stem0) and not (stem0.startswith("ال") and toks[i - 1].key in _WITH_OR_VERB)) or res.common(stem0)) \
                    and (toks[i + 1].kind == "number"  # «توفي عن عمر 55 عاما»: an age, not «نينا عمر»
                         or _is_word(toks[i + 1]) and (toks[i + 1].key in STOP or toks[i + 1].key.startswith("ال"))
                         and toks[i + 1].key not in RELATIVE_PRONOUNS):  # «نحو بينتيز الذي»: the person
                # «يصب في صالح هذا التوجه»: a noun in construct after a preposition, not «محمد صالح» (a word the news
                # corpus writes; a foreign surname it never writes stays the person: «مفاوضات الاتحاد مع بواتنج إلى»;
                # so does a family name with ال after «مع», or after «بين» and «عبر» that are verbs there, unless ANERcorp
                # counts it a common word: «تعاقده مع الذوادي في تونس» after «زهير الذوادي», «كما بين الظاهري أن»; not
                # «من الظن إن»)
                i += 1
                continue
            if typ == "PERS" and length == 1 and _hamza(stem0) in MONTH_NAMES and (
                    off or (i > 0 and any(st in PREPOSITIONS or strip_article(st) == "شهر" for _, st in toks[i - 1].kreadings))
                    or (i + 1 < len(toks) and (toks[i + 1].kind == "number" or _definite(toks[i + 1])))):
                i += 1  # «محمد رمضان» … «خلال شهر رمضان المبارك», «في رمضان»: the month, not the person
                continue
            if typ == "ORG" and length == 1 and ref and (ref[0] or "").startswith("club:") and i > 0 \
                    and _is_word(toks[i - 1]) and _known_place(toks[i - 1].text):
                i += 1  # «نوريتش سيتي» after «مانشستر سيتي»: a town before the word makes another club
                continue
            if typ == "PERS" and length == 1 and toks[i].key.startswith("ال") and i + 1 < len(toks) \
                    and toks[i + 1].start in pers_starts and not text[toks[i].end:toks[i + 1].start].strip() \
                    and toks[i + 1].text[:1] != "و":  # («فكان الجفالي وبن زيد»: two people)
                # «الشاعر الشريف منصور بن سلطان» after «عبدالعزيز الشريف»: the definite word right before another
                # person's full name is his title (an honorific, a family's), not the first person again (not «محامي
                # حبري إبراهيم دياوارا», Habré's lawyer)
                i += 1
                continue
            if typ == "PERS" and len(name.split()) == length and tells_ya and any(
                    t.text.endswith("ى") and w.endswith("ي") for t, w in zip(toks[i:i + length], name.split())):
                i += 1  # «محمد علي» … «وحصل محمد على الجائزة»: the preposition written with ى folds like the name, is none
                continue
            priority = PRIORITY["alias"]
            if typ == "PERS" and length == 1 and off == 0 and toks[i].key.startswith("ال") and len(name.split()) >= 2 \
                    and not (i > 0 and _is_word(toks[i - 1]) and (toks[i - 1].key in PLACE_CUES
                                                                  or toks[i - 1].key.startswith("ال"))):
                # «وأكد الأحمدي» after «علي الأحمدي»: the surname of a person the article names in full is
                # that person, not the town of that name (one sense per article), unless a place cue
                # («إلى الأحمدي») says otherwise, or it follows a definite noun (an adjective, or the end of
                # a longer place name: «الوطن العربي»).
                priority = PRIORITY["gazetteer"] + 1
            elif typ == "ORG" and length >= 2 and name in headless and _known_place(toks[i + length - 1].text):
                priority = PRIORITY["gazetteer"] + 1  # «بيريوس قبرص» after «بنك بيريوس قبرص»: the body, not its country
            out.append(Candidate(s, e, typ, "alias", f"another mention of «{name}»", priority,
                                 canonical=ref[1] if ref else None, ref=ref[0] if ref else None))
            i += length
    return out


# --- roles and nisbas ------------------------------------------------------------------------------

def _roles(text: str, segs_toks: list[list[Token]], res: Resources, links, mentions: list[Mention],
           entities: dict[str, Entity], spans_by_seg) -> list[Role]:
    """Role mentions tied to a person: by apposition, by the same role elsewhere, and a bare
    "الوزير"/"الرئيس" by the last person named with that office."""
    pers_at = {(m.start, m.end): m.entity_id for m in mentions if m.type == "PERS"}
    pers_sorted = sorted((m for m in mentions if m.type == "PERS"), key=lambda m: m.start)

    def pers_for(s: int, e: int) -> str | None:
        if (s, e) in pers_at:
            return pers_at[(s, e)]
        for m in pers_sorted:
            if m.start < e and s < m.end:
                return m.entity_id
        return None

    by_key: dict[str, tuple[str, str]] = {}
    head_of: dict[str, set[str]] = defaultdict(set)
    roles: list[Role] = []
    seen: set[tuple[int, int]] = set()
    for r, s, e in links:
        eid = pers_for(s, e)
        if eid is None:
            continue
        name = entities[eid].canonical
        by_key.setdefault(r.key, (eid, f"in apposition with «{text[s:e]}»"))
        head_of[eid].add(r.head)
        if (r.start, r.end) not in seen:
            seen.add((r.start, r.end))
            roles.append(Role(r.start, r.end, text[r.start:r.end], eid, f"role next to the name «{name}»", r.head))
    unnamed: dict[str, str] = {}
    counter = sum(1 for k in entities if k.startswith("PERS:"))
    mention_index = SpanIndex((m.start, m.end, m) for m in mentions)
    for toks, spans_at in zip(segs_toks, spans_by_seg):
        i = 0
        starts = _HEAD_STARTS[id(ROLE_HEADS)]
        while i < len(toks):
            if starts.isdisjoint(toks[i].keys):
                i += 1
                continue
            r = _role_phrase(toks, i, res, spans_at)
            if r is None:
                i += 1
                continue
            i = r.tok_end
            if (r.start, r.end) in seen:
                continue
            # A role word inside a named mention is part of that name ("مجلس النواب").
            if mention_index.inside(r.start, r.end):
                continue
            eid = evidence = None
            if r.key in by_key:
                eid, how = by_key[r.key]
                evidence = f"same role as the one {how}"
            elif not r.qualified and r.definite:
                # "الوزير": the last person named before it with that office.
                before = [m for m in pers_sorted if m.end <= r.start and r.head in head_of.get(m.entity_id, ())]
                if before:
                    eid = before[-1].entity_id
                    evidence = f"the last person named with this office before it: «{entities[eid].canonical}»"
            elif r.qualified and len(r.key.split()) >= 2:
                # A definite office nobody is named for ("رئيس أركان الجيش"): one unnamed person.
                if r.key not in unnamed:
                    counter += 1
                    unnamed[r.key] = f"PERS:{counter}"
                    entities[unnamed[r.key]] = Entity(unnamed[r.key], "PERS", text[r.start:r.end])
                eid = unnamed[r.key]
                evidence = "an office whose holder the article does not name"
            if eid is None:
                continue
            assert evidence is not None  # each branch that finds the person says how
            seen.add((r.start, r.end))
            roles.append(Role(r.start, r.end, text[r.start:r.end], eid, evidence, r.head))
    roles.sort(key=lambda r: r.start)
    for r in roles:
        entities[r.entity_id].roles.append(r)
    return roles


def _nisbas(text: str, segs_toks: list[list[Token]], entities: dict[str, Entity], mentions: list[Mention],
            res: Resources) -> list[Nisba]:
    """Nisba adjectives with the noun they qualify, linked to the country's entity when the
    article names that country. A word inside a place or person mention is not a nisba ("السعودية"
    is the country's name as well as "Saudi")."""
    country_entity: dict[str, str] = {}
    for e in entities.values():
        if e.type == "LOC" and e.country:
            country_entity.setdefault(e.country, e.entity_id)
    covered: set[int] = set()
    for m in mentions:
        if m.type in ("LOC", "PERS"):
            covered.update(range(m.start, m.end))
    out = []
    for toks in segs_toks:
        for i, t in enumerate(toks):
            if not _is_word(t) or t.start in covered or (t.end - 1) in covered:
                continue
            iso = nisba_of(t.text)
            if not iso:
                continue
            adj_start = t.start + next((off for off, stem in t.kreadings if off and nisba_of(t.text[off:]) == iso), 0)
            # The noun: back over a chain of nisbas ("التعاون الروسي الفرنسي") to the first word.
            b = i - 1
            while b >= 0 and _is_word(toks[b]) and nisba_of(toks[b].text):
                b -= 1
            start = adj_start
            if b >= 0 and _is_word(toks[b]) and toks[b].key not in STOP:
                head = toks[b]
                start = head.start
                # Leave the proclitics out of the noun: "وتعاون" → "تعاون", "للقوات" → "لقوات".
                for off, stem in head.kreadings[1:]:
                    if stem.startswith("ال") or (stem in res.word_tags and head.key not in res.word_tags):
                        start = head.start + off
                        break
            out.append(Nisba(start, t.end, text[start:t.end], iso, country_entity.get(iso), text[adj_start:t.end]))
    return out


# --- the pipeline -----------------------------------------------------------------------------------

def _segment_words(toks: Sequence[Token]) -> frozenset[str]:
    """Every key of a segment's tokens, with its punctuation (a punctuation token's key is its text): what
    :func:`_idle_rules` reads.

    >>> sorted(_segment_words(tokens_of("وللمؤتمر «العام»")))
    ['«', '»', 'العام', 'اللمءتمر', 'المءتمر', 'للمءتمر', 'لمءتمر', 'وللمءتمر']
    """
    return frozenset().union(*[t.keys for t in toks])


# What each segment rule needs before it can find anything: one of these words among the segment's
# (:func:`_segment_words`), with or without ال. Each rule's own loop tests every token for its trigger;
# a sentence holds none of most rules' triggers, so :func:`find_entities` skips those rules there
# (:func:`_idle_rules`; tests/test_entities.py checks on sample articles that a rule finds nothing
# without its words). A rule missing here runs on every segment.
SEGMENT_NEEDS: dict[Callable, frozenset[str]] = {
    title_name_candidates: _HEAD_STARTS[id(ROLE_HEADS)] | _HEAD_STARTS[id(HONORIFICS)],
    org_head_candidates: ORG_HEADS_STRONG | ORG_HEADS_WEAK,
    quoted_name_candidates: frozenset(QUOTES_OPEN) | {"”", "("},
    quoted_place_candidates: frozenset(QUOTES_OPEN),
    company_list_candidates: COMPANY_LIST_HEADS | SHARE_WORDS | {_hamza(key("شركة"))},
    example_list_candidates: EXAMPLE_MARKERS,
    company_kind_candidates: _COMPANY_HEADS,
    fielded_name_candidates: frozenset("لل" + w for w in COMPANY_FIELDS),
    share_candidates: _SHARE_NOUNS,
    settlement_name_candidates: SETTLEMENT_NAMERS,
    district_list_candidates: frozenset({_DISTRICTS, _THE_DISTRICTS}),
    quoted_title_list_candidates: WORK_NOUNS_PLURAL,
    dated_title_list_candidates: _work_plural_forms(),
    quoted_work_by_candidates: frozenset(QUOTES_OPEN),
    facility_candidates: FACILITY_HEADS | TITLED_SITE_HEADS,
    event_candidates: EVENT_HEADS,
    history_candidates: HISTORY_HEADS,
    # a profession with ال, a credit, a profession in construct, or one with a pronoun («مدربه»)
    profession_name_candidates: _PROFESSION_KEYS | CREDITS | PROFESSIONS | frozenset(
        p[2:] + suffix for p in _PROFESSION_KEYS for suffix in ("ه", "ها", "هم")) | {_TECHNICAL_DIRECTOR[0]},
    called_name_candidates: NICKNAME_CALLERS | NAME_CALLERS | _ONESELF,
    abbreviated_title_candidates: frozenset({"د"}),
    cast_candidates: _cast_forms() | _direction_forms(),
    club_profession_candidates: PROFESSIONS | PLAYER_ROLES,
    name_before_club_role_candidates: PROFESSIONS | PLAYER_ROLES,
    player_club_candidates: PLAYER_ROLES,
    possessive_club_candidates: _possessive_forms(TEAM_WORDS),
    work_title_candidates: FOREIGN_TITLE_HEADS,
    publisher_candidates: frozenset({"دار"}),
    kin_name_candidates: _possessive_forms(KIN_NOUNS),
    web_name_candidates: _WEB_FIRSTS,
    religion_candidates: _RELIGION_KEYS,
    club_suffix_candidates: CLUB_SUFFIXES,
    mall_suffix_candidates: MALL_SUFFIXES | {_COMMERCIAL},
    firm_suffix_candidates: _FIRM_ENDS,
    observance_candidates: OBSERVANCE_HEADS,
    season_festival_candidates: SEASON_FESTIVAL_HEADS | PLACE_FEAST_HEADS,
    currency_candidates: _CURRENCY_KEYS,
    # two letters at least of a spelled acronym are sure ones
    letter_runs: LETTER_NAMES | frozenset(_hamza(fold(w)) for w in _SURE_LETTERS),
    # a speech verb, or a comma an appositive role follows
    speaker_name_candidates: SPEECH_VERBS | frozenset(ARABIC_COMMAS),
}


def _name_list_needs(res: Resources) -> dict[Callable, tuple[frozenset[str], ...]]:
    """The rules whose words come from the name lists of ``res``, each with the sets one of whose words it
    needs as written (no ال to take off): a known given name or «عبد»; an organisation's first word or a cued
    short name. (Sets of thousands of names: tested as they are, not turned round as :data:`SEGMENT_NEEDS` is.)"""
    return {given_name_candidates: (_first_name_keys(res), COMMON_GIVEN, _ABD),
            org_gazetteer_candidates: (_first_words(res.org_index), _cued_keys())}


_ABD = frozenset({"عبد"})


@lru_cache(maxsize=1)
def _cued_keys() -> frozenset[str]:
    return frozenset(_cued_orgs())


_RULES_BY_WORD: dict[int, tuple[dict, dict[str, frozenset[Callable]]]] = {}


def _idle_rules(words: frozenset[str], res: Resources) -> set[Callable]:
    """The segment rules that cannot find anything in a segment of ``words`` (:func:`_segment_words`): none
    of the words they need is there (:data:`SEGMENT_NEEDS`, with or without ال; :func:`_name_list_needs`).

    >>> sorted(r.__name__ for r in {facility_candidates, event_candidates} - _idle_rules(
    ...     _segment_words(tokens_of("افتتح المطار الجديد")), resources()))
    ['facility_candidates']
    """
    needs = SEGMENT_NEEDS
    got = _RULES_BY_WORD.get(id(needs))
    if got is None or got[0] is not needs:
        # the table turned round, once: for each word (and the word with ال), the rules that need it
        by_word: dict[str, set[Callable]] = defaultdict(set)
        for rule, ws in needs.items():
            for w in ws:
                by_word[w].add(rule)
                by_word["ال" + w].add(rule)
        got = _RULES_BY_WORD[id(needs)] = (needs, {w: frozenset(r) for w, r in by_word.items()})
    by_word_of = got[1]
    idle = set(needs).difference(*[by_word_of[w] for w in words if w in by_word_of])
    idle.update(rule for rule, sets in _name_list_needs(res).items() if all(x.isdisjoint(words) for x in sets))
    return idle


def _after_seat_head(article, start: int) -> bool:
    """Does the word one space before ``start`` read as the head of a body named by its seat («أمانة
    الرياض», «بلدية الزلفي», «غرفة جدة»)?

    >>> from kit.text.article import parse_article
    >>> a = parse_article("قدمت أمانة الرياض ولبلدية الزلفي وفريق نيويورك")
    >>> [_after_seat_head(a, a.text.index(w)) for w in ("الرياض", "الزلفي", "نيويورك")]
    [True, True, False]
    """
    before = article.token_at(start - 2) if start >= 2 else None
    return before is not None and before.end == start - 1 and _is_word(before) \
        and _head_reading(before, ORG_HEADS_SEAT) is not None


def _event_short_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """An organisation's one-word name that is the last word of a named festival the article names (the
    events list, data/gazetteer/events.tsv) is the festival's short name there: after «سوق عكاظ», «شاعر عكاظ»
    and «جادة عكاظ» name the festival, not the paper «عكاظ» (which a quote after لـ, «لـ«عكاظ»», still names).

    >>> t = "انطلق سوق عكاظ، وفاز بلقب شاعر عكاظ الشاعر"
    >>> [(text_of(t, c), c.type) for c in _event_short_names(t, [
    ...     Candidate(6, 14, "MISC", "gazetteer", "named event gazetteer: Souq Okaz", 52, "Souq Okaz", "event:souq_okaz"),
    ...     Candidate(10, 14, "ORG", "gazetteer", "organisation gazetteer", 41, "Okaz", "org:okaz"),
    ...     Candidate(31, 35, "ORG", "gazetteer", "organisation gazetteer", 41, "Okaz", "org:okaz")])]
    [('سوق عكاظ', 'MISC'), ('عكاظ', 'ORG'), ('عكاظ', 'MISC')]
    """
    events = [c for c in cands if (c.ref or "").startswith("event:")]
    if not events:
        return cands
    last = {_hamza(key(text[c.start:c.end].split()[-1])): c for c in events}
    out = []
    for c in cands:
        e = last.get(_hamza(key(text[c.start:c.end]))) if c.type == "ORG" and c.source == "gazetteer" \
            and " " not in text[c.start:c.end].strip() else None
        if e is not None and not any(x.start <= c.start and c.end <= x.end for x in events):
            c = replace(c, type="MISC", canonical=e.canonical, ref=e.ref,
                        evidence=c.evidence + f", MISC: the short name of «{text[e.start:e.end]}», which the article names")
        out.append(c)
    return out


LEAGUE_BODY_HEADS = sorted((tuple(_hamza(w) for w in p) for p in _phrases("league_body_heads")), key=len, reverse=True)


def _league_bodies(text: str, toks_of_text: list[Token], leagues: list[Candidate]) -> list[Candidate]:
    """A league the competition list knows, right after the head of the body that runs it
    (data/lexicon/league_body_heads.txt), is the association's name (ORG): «رابطة الدوري الإنجليزي
    الممتاز», «ورابطة أندية الدوري الإسباني». The league alone stays the competition.

    >>> t = "وقالت رابطة أندية الدوري الإسباني إن"
    >>> [(text_of(t, c), c.type) for c in _league_bodies(t, tokens_of(t), [Candidate(
    ...     18, 33, "MISC", "gazetteer", "competition gazetteer: La Liga", 52, "La Liga", "competition:la_liga")])]
    [('رابطة أندية الدوري الإسباني', 'ORG')]
    """
    starts = {t.start: k for k, t in enumerate(toks_of_text)}
    out = []
    for c in leagues:
        k = starts.get(c.start)
        if k is None:
            continue
        for head in LEAGUE_BODY_HEADS:
            i = k - len(head)
            if i < 0 or not all(_is_word(t) for t in toks_of_text[i:k]):
                continue
            first = toks_of_text[i]
            # «ورابطة», «لرابطة», «برابطة»: a proclitic on the head, not in the name
            o = next((o for o, st in first.kreadings if _hamza(st) == head[0] and fold(first.text[:o]) in ("", "و", "ل", "ب", "وب", "ول")),
                     None)
            if o is None or tuple(_hamza(t.key) for t in toks_of_text[i + 1:k]) != head[1:]:
                continue
            out.append(Candidate(first.start + o, c.end, "ORG", "pattern",
                                 f"the body that runs the league «{text[c.start:c.end]}»", c.priority + 1))
            break
    return out


_UNION = "الاتحاد"  # (the Russian Federation's name, «الاتحاد الروسي»: in a sports report its union's)


def find_entities(article, use_model: bool = True, use_camel="auto", recognizers=None,
                  aliases: dict[str, str] | None = None, place_scan=None) -> Entities:
    """Every named entity of ``article`` (a :class:`kit.text.article.Article`), grouped by entity.

    ``use_model``: run the CRF (when its model is installed); ``use_camel``: True, False or "auto"
    (CAMeL Tools' NER when its model is installed). ``recognizers``: a set of sources to keep
    ({"gazetteer", "pattern", "model", "camel"}) to see what one recognizer finds alone; aliases
    are then not added. None (the default) runs the whole pipeline. ``aliases``: extra
    organisation aliases for this call, {Arabic alias: organisation id or canonical name}.
    ``place_scan``: the article's place scan (:func:`kit.places.scan_places`), when the caller has it.

    >>> from kit.text.article import parse_article
    >>> a = parse_article("تقرير\\n\\nأعلن تنظيم الدولة الإسلامية (داعش) مسؤوليته. وقال حزب الله إن داعش يتراجع.")
    >>> ents = find_entities(a, use_model=False, use_camel=False)
    >>> sorted({(m.text, m.entity_id) for m in ents.mentions})
    [('تنظيم الدولة الإسلامية', 'ORG:isis'), ('حزب الله', 'ORG:hezbollah'), ('داعش', 'ORG:isis')]
    """
    res = with_aliases(resources(), aliases)
    text = article.text
    segs_toks = article.segments_tokens()
    # the rules that cannot find anything in each segment: none of the words they need (SEGMENT_NEEDS)
    words_by_seg = [_segment_words(toks) for toks in segs_toks]
    idle_by_seg = [_idle_rules(words, res) for words in words_by_seg]

    # 1. Gazetteers: places and organisations; their spans qualify roles and organisation heads.
    if place_scan is None:
        place_scan = scan_places(article)
    places = place_candidates(article, place_scan)
    sporty = sporty_article(segs_toks, words=words_by_seg)
    if sporty:
        # «الفيفا يطلب من الاتحاد الروسي»: in a sports report a country named as a union (the Russian Federation)
        # is that country's football union, which the organisation rules read
        places = [p for p in places if not (key(text[p.start:p.end]).startswith(_UNION + " ")
                                            and nisba_of(text[p.start:p.end].split()[-1]) is not None)]
    # Words the place scan read as common words first («ثار بركان مايون»: a volcano, not Berkane): no
    # model makes them places again, unless a place cue stands before them («وفي الجوف»).
    common_words = {(s, e) for s, e in place_scan.common_word_spans() if not _after_place_cue(article, s)}
    # A country's adjective after a noun («للكرة السعودية»): no alias or model makes it the country again.
    adjectives = set(place_scan.adjective_spans())
    # Phrases that hold a place's name but name something else («صلاة المغرب»: the prayer, «حلف شمال
    # الأطلسي»): no place inside them either.
    not_places = SpanIndex((s, e, None) for s, e in place_scan.not_place_spans())
    orgs: list[Candidate] = []
    for toks, idle in zip(segs_toks, idle_by_seg):
        orgs += [] if org_gazetteer_candidates in idle else org_gazetteer_candidates(text, toks, res)
    # One decision for a word: an organisation alias read inside a place the place scan kept
    # («كابل»: Kabul, not ك + «ابل» Apple) gives way to the place.
    place_index = SpanIndex((p.start, p.end, p) for p in places)
    orgs = [o for o in orgs if not place_index.inside_longer(o.start, o.end)]
    anaphors = _kind_anaphors(segs_toks, words_by_seg)
    orgs = [o for o in orgs if (o.start, o.end) not in anaphors]
    # The places the place scan left as part of an organisation's name («غرفة الرياض»: «الرياض» is also a
    # common word, so no word test finds it again) complete that name for the head rules.
    # Only after a seat's head (أمانة، بلدية، غرفة), whose name is the place: after another head the head rule
    # reads the words itself («فريق نيويورك سيتي», «شركة ألمانية»).
    org_parts = [Candidate(s, e, "LOC", "gazetteer", "part of an organisation's name", PRIORITY["gazetteer"])
                 for s, e in place_scan.org_part_spans() if _after_seat_head(article, s)
                 and not any(p.start < e and s < p.end for p in places)]  # («منطقة مكة» of «مكة المكرمة»: the place's)
    known = sorted(places + orgs + org_parts, key=lambda c: (c.start, -c.length))
    known_starts = [c.start for c in known]
    spans_by_seg = []
    for toks in segs_toks:
        tok_starts = [t.start for t in toks]

        def tok_at(ch: int) -> int | None:
            """The segment's token that holds character ``ch``, if one does."""
            k = bisect_right(tok_starts, ch) - 1  # noqa: B023 (called in this iteration only)
            return k if k >= 0 and ch < toks[k].end else None  # noqa: B023

        spans_at: dict[int, int] = {}
        # Only the known names that start in this segment (by bisection: a scan of all of them for
        # each segment made long texts quadratic).
        lo = bisect_left(known_starts, toks[0].start) if toks else 0
        hi = bisect_left(known_starts, toks[-1].end) if toks else 0
        for c in known[lo:hi]:
            first = tok_at(c.start)
            last = tok_at(c.end - 1)
            if first is None or last is None or first in spans_at:
                continue
            spans_at[first] = last + 1
        spans_by_seg.append(spans_at)

    # 2. Patterns.
    # sports words besides «الفريق» itself: then «الفريق» is the team, not the rank
    team_report = sporty_article(segs_toks, ignore=frozenset({"فريق", "الفريق"}), words=words_by_seg)
    cands: list[Candidate] = places + orgs + apposed_quote_candidates(
        text, [o for o in orgs if not _after_competition_head(article, o.start)])
    org_starts = {o.start for o in orgs}
    org_kinds = {o.start: res.orgs[r[4:]].kind for o in orgs for r in [o.ref or ""] if r.startswith("org:") and r[4:] in res.orgs}
    links = []
    acronyms: list[tuple[int, int, bool]] = []  # spelled acronyms: (start, end, names a body)
    for toks, spans_at, idle in zip(segs_toks, spans_by_seg, idle_by_seg):
        # the known names that are organisations (a list of companies grows from one)
        org_at = {k: e for k, e in spans_at.items() if any(ch in org_starts for ch in range(toks[k].start, toks[k].end))}

        def run(rule: Callable, *args) -> list:
            return [] if rule in idle else rule(text, toks, *args)  # noqa: B023 (called in this iteration only)

        c1, l1 = ([], []) if title_name_candidates in idle else \
            title_name_candidates(text, toks, res, spans_at, sport=team_report)
        c2, l2 = ([], []) if speaker_name_candidates in idle else speaker_name_candidates(text, toks, res, spans_at)
        cands += c1 + c2 + run(org_head_candidates, res, spans_at)
        cands += run(quoted_name_candidates, res) + model_name_candidates(text, toks, res)
        cands += agency_adjective_candidates(text, toks, res)
        cands += brand_product_candidates(text, toks, res) + quoted_latin_pair_candidates(text, toks, res)
        cands += run(company_list_candidates, res, org_at) + ranking_list_candidates(text, toks, res, org_at, spans_at)
        cands += run(example_list_candidates, res, org_at)
        cands += company_pair_candidates(text, toks, res, org_at, org_kinds)
        cands += run(company_kind_candidates, res) + run(fielded_name_candidates, res)
        cands += run(share_candidates, res, org_at) + quoted_share_candidates(text, toks, res)
        cands += run(settlement_name_candidates, res, spans_at) + run(district_list_candidates, res, spans_at)
        cands += dual_head_candidates(text, toks, res)
        cands += run(quoted_title_list_candidates, res) + run(dated_title_list_candidates, res)
        cands += run(quoted_work_by_candidates, res)
        cands += run(facility_candidates, res, spans_at) + run(event_candidates, res, spans_at, org_at)
        cands += run(history_candidates, res, spans_at, team_report)
        cands += latin_candidates(text, toks, res) + run(profession_name_candidates, res)
        cands += run(called_name_candidates, res) + run(given_name_candidates, res, spans_at)
        cands += family_al_candidates(text, toks, res, spans_at)
        if team_report:
            cands += opponent_club_candidates(text, toks, res)
        cands += run(abbreviated_title_candidates, res)
        cands += nisba_noun_name_candidates(text, toks, res) + aged_name_candidates(text, toks, res)
        cands += staff_firm_candidates(text, toks, res, spans_at)
        cands += run(cast_candidates, res) + run(club_profession_candidates, res, spans_at)
        cands += run(name_before_club_role_candidates, res, spans_at)
        cands += run(player_club_candidates, res, spans_at)
        cands += run(possessive_club_candidates, res, spans_at) + run(work_title_candidates, res)
        cands += run(publisher_candidates, res)
        cands += run(kin_name_candidates, res) + run(web_name_candidates, res)
        cands += run(religion_candidates) + run(club_suffix_candidates, res)
        cands += run(mall_suffix_candidates, res) + run(observance_candidates, res)
        cands += run(season_festival_candidates, res, spans_at)
        cands += run(firm_suffix_candidates, res) + run(quoted_place_candidates, res)
        runs = [] if letter_runs in idle else letter_runs(toks)
        cands += run(currency_candidates) + letter_acronym_candidates(toks, runs)
        acronyms += [(toks[a].start, toks[b - 1].end, body) for a, b, body in runs]
        links += l1 + l2
    # «مهرجان جدة التاريخية “كنا كدا”»: an event's short name quoted after its full name; «مركز إيداع الأوراق
    # المالية (تداول)»: a body's, after the name its head and complement make
    # («كأس الاتحاد الإفريقي (الكونفيدرالية)»: the cup's short name, not the union's its name holds)
    cands += apposed_quote_candidates(text, [c for c in cands if (c.type == "MISC" and c.evidence.startswith("event «"))
                                             or (c.type == "ORG" and c.evidence.startswith("organisation head «")
                                                 and not _after_competition_head(article, c.start))])
    for seg, toks, spans_at in zip(article.segments, segs_toks, spans_by_seg):
        if toks and toks[0].start <= seg.start + 2:  # a dateline opens its paragraph
            cands += dateline_candidates(text, toks, res, spans_at)
    if sporty:
        cands += [c for toks in segs_toks for c in city_club_candidates(text, toks, res)]
        cands += [c for toks in segs_toks for c in counterpart_club_candidates(text, toks, res)]
        cands += [c for toks in segs_toks for c in fixture_candidates(text, toks, res)]
        cands += [c for toks in segs_toks for c in match_club_candidates(text, toks)]
        cands += [c for toks in segs_toks for c in apposed_club_candidates(text, toks)]
    # A club, a competition or a product read inside a longer name the organisation gazetteer knows
    # («موندو ديبورتيفو», the paper, not the club «ديبورتيفو») gives way to that name.
    # («نادي الهلال» stays the club's: a head before the name is no more of it)
    org_index = SpanIndex((o.start, o.end, o) for o in orgs)
    cands += [c for c in article_domain_candidates(text, segs_toks, res, sporty)
              if not any(o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start
                         and not _headed_by(text[o.start:c.start]) for o in org_index.overlapping(c.start, c.end))]

    cands = _event_short_names(text, cands)
    leagues = [c for c in cands if (c.ref or "").startswith("competition:")]
    if leagues:  # (the league the competition list read, once for the article)
        cands += [c for toks in segs_toks for c in _league_bodies(text, toks, leagues)]

    # 3. Statistical recognizers.
    if use_model or (recognizers and "model" in recognizers):
        cands += model_candidates(article)
    cands += camel_candidates(article, use_camel)

    # A place the place gazetteer does not see here needs a confident model: "يمن" (bestows),
    # "خالص" (sincere) are words first.
    # After a settlement's kind word («مدينة كيتيون», «بمحافظة هونان») the kind word vouches for a place.
    cands = [c for c in cands if not (
        c.source in ("model", "camel") and c.type == "LOC" and c.score is not None
        and c.score < (0.95 if " " not in text[c.start:c.end].strip() else 0.8)
        and not place_index.overlapping(c.start, c.end)
        and not (c.score >= 0.5 and _after_settlement_kind(article, c.start)
                 # «مدينة الملك فهد للاتصالات»: a title opens a person's name, which names the place after him
                 and not _title_at(article, c.start)))]
    cands = [c for c in cands if not (c.type == "LOC" and _index_place(article, c.start))]
    # «في حي الجزيرة», «منطقة الخليج»: a one-word organisation the lists know, right after a settlement's kind
    # word, is the place named like it (the channel, the club and the paper have no district)
    cands = [c for c in cands if not (c.type == "ORG" and c.source == "gazetteer" and " " not in text[c.start:c.end].strip()
                                      and c.start >= 2 and _district_word(kind := article.token_at(c.start - 2))
                                      and kind is not None and not kind.key.startswith("ال")
                                      and article.token_at(c.start) is not None and article.token_at(c.start).start == c.start)]
    # «(مقره برشلونة)»: a one-word organisation the lists know, right after a body's seat, is the place named like it
    cands = [c for c in cands if not (c.type == "ORG" and c.source == "gazetteer" and " " not in text[c.start:c.end].strip()
                                      and c.start >= 2 and (seat := article.token_at(c.start - 2)) is not None
                                      and not SEAT_WORDS.isdisjoint(seat.keys) and _known_place(text[c.start:c.end]))]
    # (an indefinite kind word only: «قطبي العاصمة النصر والهلال» is the capital's two clubs)
    cands = [c for c in cands if not (c.source in ("model", "camel") and c.type == "LOC" and (
        (c.start, c.end) in common_words or (c.start, c.end) in adjectives or not_places.inside(c.start, c.end)))]
    cands = [c for c in cands if not _doubtful_statistical(article, c, res) and not _function_word(article, c)
             and not _verb_after_title(article, c, res) and not _tanween_ended(text, c)
             and not (c.source in ("model", "camel") and c.type == "ORG" and (c.start, c.end) in anaphors)]
    # «إيه دي إم» of «إيه دي إم آي إي», «يو إس بي ونظام جي بي إس»: a model's span that cuts a spelled acronym,
    # or holds one of a technology, is none of its names
    cands = [c for c in cands if not (c.source in ("model", "camel") and any(
        c.start < e and s < c.end and (not (c.start <= s and e <= c.end) or not body) for s, e, body in acronyms))]
    # («سي بي سي سبورت», «سي إم سي ماركتس»: the model's longer name that holds the acronym is the name)
    wider = SpanIndex((c.start, c.end, c) for c in cands if c.source == "model" and c.type == "ORG")
    cands = [c for c in cands if not (c.evidence == _ACRONYM_EVIDENCE and wider.inside_longer(c.start, c.end))]
    # One decision for a first name: a place or a company read in the words of a name the model is sure
    # of, that opens with a known first name («بشار الأسد»: not Béchar; «مايكل بالاك»: not Aleg; «ستيف
    # مكلارين»: not McLaren), is the name's.
    people = SpanIndex((c.start, c.end, c) for c in cands if c.source == "model" and c.type == "PERS"
                       and (c.score or 0) >= 0.9 and _opens_with_first_name(article, c, res))
    cands = [c for c in cands if not (c.type in ("LOC", "ORG") and c.source == "gazetteer"
                                      and people.inside_longer(c.start, c.end))]
    # (only a person's name a rule or a model drew may run on into its object)
    named = [_without_possessed_tail(article, n, res) if n.type == "PERS" and n.source != "gazetteer" else n
             for n in (_name_span(article, c) for c in cands)]
    # «زين السعودية» → «زين»: the country adjective cut off an organisation's name is no place either
    tails = SpanIndex((n.end, c.end, None) for c, n in zip(cands, named) if n is not None and n.type == "ORG" and n.end < c.end)
    cands = [n for n in named if n is not None and not (n.type == "LOC" and tails.inside(n.start, n.end))]
    cands = [_kunya_is_a_person(article, _with_ali_before_given(article, _with_ali_after_given(article, _with_given_before_lineage(
        article, _with_kunya_nisba(article, c), res), res), res), res) for c in cands]
    cands = [c for c in (_without_tribe(article, c) for c in cands) if c is not None]
    cands = [c for c in (_cast_not_championship(article, c, res) for c in cands) if c is not None]
    cands = _weekday_surnames(article, cands, res)
    cands = _founders_named(article, cands, res)
    cands = _latin_names_agree(text, cands)
    cands = _latin_lists_agree(text, cands)
    cands = _quoted_list_agrees(text, _quoted_names_agree(text, _outlet_is_a_person(text, cands)))
    cands = [_device_by_maker(article, _brand_model(article, _copula_product(article, _firm_word_agrees(article, c)), res), res)
             for c in cands]
    cands = [_feature_named(article, c) if c.type == "ORG" else c for c in cands]
    cands = _last_word_of_a_firm_agrees(article, cands, res)
    cands = [_market_index(article, c, res) for c in cands]
    # («بنك رينيسانس كابيتال الاستثماري», «ديكو يو كيه بروبرتي هولدينجز ليميتد»: a longer organisation's name
    # another recogniser read around a company word is the name)
    longer = SpanIndex((c.start, c.end, c) for c in cands if c.type == "ORG" and not c.evidence.startswith(_FIRM_EVIDENCE))
    cands = [c for c in cands if not (c.evidence.startswith(_FIRM_EVIDENCE) and any(
        o.start <= c.start and c.end <= o.end and (o.end > c.end or article.token_at(o.start) is not article.token_at(c.start))
        for o in longer.overlapping(c.start, c.end)))]  # (not only a proclitic more: «لإيديكس كورب»)
    if recognizers is not None:
        cands = [c for c in cands if c.source in recognizers]
    def widen(k: Candidate, c: Candidate) -> str | None:
        return _widens_known_person(article, k, c, res)
    kept = _latin_pairs_agree(text, merge(cands, widen))
    # 4. Aliases of what was found, then merge again with them.
    if recognizers is None:
        cands, retyped = _surnames_agree(article, cands, kept)
        kept = [(retyped.get((c.start, c.end, c.type, c.source), c), why) for c, why in kept]
        # (a one-word person's alias after a settlement's kind word is the place: «منطقة بيكهام»)
        cands += [c for c in alias_candidates(article, kept, res) if not _function_word(article, c)
                  and not (c.type == "PERS" and " " not in text[c.start:c.end] and c.start >= 2
                           and _settlement_word(article.token_at(c.start - 2)))
                  and not (c.type == "LOC" and (not_places.inside(c.start, c.end) or (c.start, c.end) in adjectives
                                                or _accusative_adjective(article, c.start, c.end)
                                                # («وكيان السعودية» after «مجموعة السعودية»: the company's
                                                # country, cut off its name, is no place again)
                                                or tails.inside(c.start, c.end) or _index_place(article, c.start)))]
        members = list_member_candidates(article, kept, res)
        cands += members + kunya_apposition_candidates(article, kept, res)
        cands = _split_places_yield_to_names(article, cands, kept)
        kept = _latin_spellings(text, merge(cands, widen))
        # a list of people walked on, one item a round, from the item found last: «… وروبين رايت وجوش برولين وجوني دب»
        for _ in range(12):
            seen = {(c.start, c.end) for c in members}
            more = [c for c in list_member_candidates(article, kept, res) if (c.start, c.end) not in seen]
            if not more:
                break
            members += more
            cands = _split_places_yield_to_names(article, cands + more, kept)
            kept = _latin_spellings(text, merge(cands, widen))
    kept = _acronyms_of_terms(text, kept)
    mentions, entities = _cluster(article, kept, res)
    roles = _roles(text, segs_toks, res, links, mentions, entities, spans_by_seg)
    nisbas = _nisbas(text, segs_toks, entities, mentions, res)
    return Entities(text, mentions, roles, nisbas, entities)
