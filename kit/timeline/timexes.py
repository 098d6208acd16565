"""Time expressions in Arabic news: find them, and give each a TIMEX3 value.

Rules run on the *folded* text (see :func:`kit.text.arabic.fold`), so أمس/امس, غداً/غدا and the
Arabic-Indic digits meet; every match is mapped back to offsets in the original text. A value is
computed from an *anchor* (how the expression hangs on the publication date, ``dct``), so the same
expressions can be re-resolved for another date (:func:`resolve_timexes`).

>>> [(t.text, t.value) for t in tag_text("قال الوزير مساء اليوم، الثلاثاء، إن المحادثات مستمرة", dct="2016-03-15")]
[('مساء اليوم، الثلاثاء', '2016-03-15TEV')]
>>> [(t.text, t.value, t.interval) for t in tag_text("خلال الساعات الست والثلاثين الماضية", dct="2016-03-15")]
[('الساعات الست والثلاثين الماضية', 'PT36H', ['2016-03-13', '2016-03-15'])]
>>> t = tag_text("وصل أمس الاثنين")[0]
>>> t.value, t.anchor
(None, {'relative_days': -1, 'weekday': 1})
"""
from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Callable

from hijridate import Gregorian as _UmmAlQuraGregorian
from hijridate import Hijri as _UmmAlQuraHijri

from kit.text import lexicon
from kit.text.arabic import fold, fold_with_offsets
from kit.text.numbers import _HUNDREDS, _SCALES, _TENS, _UNITS, number_value
from kit.text.spans import Span

# --- vocabulary: the word classes of data/lexicon/, folded (no hamza on alef, ى→ي, ة→ه) ----------

_WEEKDAY_ROWS = lexicon.rows("weekdays")
WEEKDAYS = {fold(r["word"]): int(r["number"]) for r in _WEEKDAY_ROWS}
# As written, for messages ("the text says الثلاثاء but …").
WEEKDAY_NAMES = {int(r["number"]): r["word"] for r in _WEEKDAY_ROWS}
# الأحد is also "one (of)" and الاثنين "the two": alone they are days unless a word around them makes them
# the number ("الأحد عشر", "الاثنين الآخرين", "بين الاثنين").
AMBIGUOUS_WEEKDAYS = {fold(r["word"]) for r in _WEEKDAY_ROWS if r["ambiguous"] == "yes"}
_NUMBER_CONTEXT = lexicon.rows("weekday_number_words")
NUMBER_AFTER = {fold(r["word"]) for r in _NUMBER_CONTEXT if r["where"] == "after"}
NUMBER_BEFORE = {fold(r["word"]) for r in _NUMBER_CONTEXT if r["where"] == "before"}


def _months(calendar_name: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for r in lexicon.rows("months"):
        if r["calendar"] == calendar_name:
            out.setdefault(int(r["month"]), []).append(fold(r["name"]))
    return out


# Gregorian months in the three usages of Arabic news: Egyptian/Gulf (يناير), Levantine/Iraqi
# (كانون الثاني) and Maghrebi (جانفي / Moroccan يوليوز).
GREGORIAN_MONTHS = _months("gregorian")
# Month names that are also everyday words (مارس "practised", آب "father", ماي): only with a day,
# a year, شهر or a direction word (الماضي، المقبل) next to them.
AMBIGUOUS_MONTHS = {fold(r["name"]) for r in lexicon.rows("months") if r["ambiguous"] == "yes"}
MONTH_PREPOSITIONS = lexicon.words("month_prepositions")
_AB = fold("آب")
HIJRI_MONTHS = _months("hijri")
MONTH_OF = {name: m for m, names in GREGORIAN_MONTHS.items() for name in names}
HIJRI_MONTH_OF = {name: m for m, names in HIJRI_MONTHS.items() for name in names}
# Era markers after a year: "م", "ميلادي" (Gregorian), "هـ", "للهجرة" (Hijri).
ERA_OF = lexicon.mapping("era_words", "word", "calendar")

# Parts of the day → TIMEX3 codes. فجر (dawn) and ضحى count as morning.
PARTS = {fold(r["word"]): r["part"] for r in lexicon.rows("day_parts") if r["use"] in ("noun", "eve")}
# "عشية X": the evening before X.
EVES = {fold(r["word"]) for r in lexicon.rows("day_parts") if r["use"] == "eve"}
PART_ADVERBS = {fold(r["word"]): r["part"] for r in lexicon.rows("day_parts") if r["use"] == "adverb"}

# Duration units: every form a unit noun takes after a number (singular, plural, accusative, dual).
_TIME_UNITS = [r for r in lexicon.rows("units") if r["duration"]]
UNIT_FORMS: dict[str, list[str]] = {}
for _r in _TIME_UNITS:
    UNIT_FORMS.setdefault(_r["duration"], []).append(fold(_r["word"]))
UNIT_OF = {form: u for u, forms in UNIT_FORMS.items() for form in forms}
DUALS = {fold(r["word"]) for r in _TIME_UNITS if r["form"] == "dual"}
PLURALS = {fold(r["word"]) for r in _TIME_UNITS if r["form"] == "plural"}
SINGULARS = {fold(r["word"]) for r in _TIME_UNITS if r["form"] == "singular"}

_DIRECTIONS = lexicon.rows("time_directions")
PAST = {fold(r["word"]) for r in _DIRECTIONS if r["direction"] == "past"}
FUTURE = {fold(r["word"]) for r in _DIRECTIONS if r["direction"] == "future"}
CURRENT = {fold(r["word"]) for r in _DIRECTIONS if r["direction"] == "current"}


def _directions_after(name: str) -> set[str]:
    """The direction words that follow a weekday, a month or "الليلة" ("الخميس الماضي")."""
    return {fold(r["word"]) for r in _DIRECTIONS if name in r["after"].split()}


MODS = lexicon.mapping("period_modifiers", "word", "mod")
DECADES = {k: int(v) for k, v in lexicon.mapping("decades", "word", "tens").items()}
# The first two digits of a century named after "القرن" ("ثمانينيات القرن الماضي": the 1980s).
CENTURY_OF = {k: int(v) for k, v in lexicon.mapping("century_words", "word", "century").items()}
ORDINAL_DAYS = {k: int(v) for k, v in lexicon.mapping("ordinals", "word", "number").items()}
# «الثامن عشر», «الحادي والعشرين»: the days past the tenth, of two words (not quarters nor halves of a year)
DAY_ORDINALS = ORDINAL_DAYS | {k: int(v) for k, v in lexicon.mapping("day_ordinals", "word", "number").items()}


def _day_word(word: str | None) -> int | None:
    """The day a date's ordinal names, whatever the spaces between its words.

    >>> _day_word("الثامن  عشر"), _day_word("لخامس"), _day_word(None)
    (18, 5, None)
    """
    if not word:
        return None
    word = re.sub(r"\s+", " ", word)
    return DAY_ORDINALS.get(word, DAY_ORDINALS.get(_with_al(word)))  # «للخامس عشر»: ل and ال written لل


_STOP_WORDS = lexicon.words("stop_words")  # «إلى», «التي»: begin with ال, and are no adjective
_NOT_NOUNS = _STOP_WORDS | lexicon.words("date_links") | {fold(r["word"]) for r in _DIRECTIONS}


def _day_and_start(m: re.Match, folded: str, rest: str = "month") -> tuple[int | None, int]:
    """The day a date names and where the date starts. A day in words right after a definite noun is that
    noun's ordinal, no day: «الأسبوع الأول من مارس» is a week of March, «النصف الثاني من يونيو» its second
    half (the date is then the month alone, from the group ``rest``, or «شهر» before it); after «اليوم» it is
    the day, and «اليوم» is part of the date («اليوم الخامس من مارس», not today).

    >>> m = RULES[[r[0] for r in RULES].index("date_month_name")][1].search("في الأسبوع الأول من مارس")
    >>> _day_and_start(m, "في الأسبوع الأول من مارس")
    (None, 20)
    """
    start = _core_start(m)
    if m.group("day"):
        return int(m.group("day")), start
    if not m.group("dayw") or m.start("dayw") != m.start("core"):
        return _day_word(m.group("dayw")), start  # a weekday or a modifier before the day stands first
    before = folded[max(0, start - 14):start]
    prev = re.search(r"(\w+)[ \t\u00a0]+$", before)  # (a word, not a sentence's or a paragraph's end)
    word = prev.group(1) if prev else ""
    if prev is not None and word in ("اليوم", "باليوم", "واليوم", "لليوم", "فاليوم"):
        off = 0 if word.startswith("لل") else len(word) - len("اليوم")  # (لل is kept whole, as _core_start does)
        return _day_word(m.group("dayw")), prev.start(1) + max(0, start - 14) + off
    if word.startswith(("ال", "وال", "بال", "لل", "فال")) and len(word) >= 5 and word not in _NOT_NOUNS \
            and word not in WEEKDAYS and word.replace("و", "", 1) not in WEEKDAYS:
        # (not «إلى», «الذي», «الموافق», nor a weekday or a direction: «يوم الأحد الماضي الثالث من شوال»)
        return None, m.start("shahr") if m.groupdict().get("shahr") else m.start(rest)
    return _day_word(m.group("dayw")), start


CLOCK_WORDS = {fold(r["word"]): int(r["hour"]) for r in lexicon.rows("clock_words") if r["hour"]}
# Minutes a fraction adds to the hour ("والنصف" 30); negative ones are "to" the hour ("إلا ربعا").
CLOCK_FRACTIONS = {fold(r["word"]): int(r["minutes"]) for r in lexicon.rows("clock_words") if r["minutes"]}
# Nouns that العام follows as the adjective "general/public": "الأمين العام السابق" is a former
# secretary-general, "المدير العام الحالي" the current director-general.
GENERAL_NOUNS = lexicon.words("general_nouns")
_WEEKEND_NOUNS = lexicon.rows("weekend_nouns")
WEEKEND_NOUNS = {fold(r["word"]) for r in _WEEKEND_NOUNS if r["number"] == "singular"}
WEEKEND_NOUNS_PLURAL = {fold(r["word"]) for r in _WEEKEND_NOUNS if r["number"] == "plural"}
# "اليوم" followed by these is "the following/first... day", not today.
NOT_TODAY_AFTER = tuple(sorted(lexicon.words("not_today_after")))
# Words before a number that make it approximate or a bound: "منذ نحو ثلاثة أعوام", "منذ أكثر من عام".
APPROX_MOD = {fold(r["word"]): r["mod"] for r in lexicon.rows("approximators")}
APPROXIMATORS = set(APPROX_MOD)
# Words that count time units without a number ("عدة أيام", "ساعات عدة"), and the words before a lone unit
# that make it one unit long ("خلال عام").
VAGUE_BEFORE = {fold(r["word"]) for r in lexicon.rows("vague_counts") if r["where"] == "before"}
VAGUE_AFTER = {fold(r["word"]) for r in lexicon.rows("vague_counts") if r["where"] == "after"}
DURATION_PREPOSITIONS = lexicon.words("duration_prepositions")


# --- the tense of a clause ---------------------------------------------------------------------------

TENSE_OF: dict[str, str] = {}
for _r in lexicon.rows("tense_cues"):
    for _w in _r["words"].split():
        TENSE_OF.setdefault(fold(_w.replace("_", " ")), _r["tense"])
_TOKEN = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?؟؛;\n]")
_QUOTED_AFTER = re.compile(r"[:«“]")
_FUTURE_VERB = re.compile(r"س[يتن]\w{3,}")  # سيخوض، ستجمع، سنعمل
_PRESENT_VERB = re.compile(r"ي\w{3,}")  # يخوض، يعيش


def _token_tense(tok: str, nxt: str, prev: str = "") -> str | None:
    """The tense a token gives its clause ("ستجمع" future, "سيطرت" past, "يخوض" present), or None."""
    pair = TENSE_OF.get(tok + " " + nxt) or TENSE_OF.get(prev + " " + tok)  # "لا يزال", "ما زالت"
    if pair:
        return pair
    w = tok[1:] if tok[:1] in ("و", "ف") and len(tok) > 3 and tok not in TENSE_OF else tok
    got = TENSE_OF.get(w)
    if got:
        return None if got == "not_verb" else got
    if w == "قد":  # قد + past verb: past; قد + imperfect: "may"
        return None if nxt[:1] in ("ي", "ت", "ن") else "past"
    if len(w) < 4 or w.startswith("ال"):
        return None
    if w.endswith(("وا", "تا")) and w[0] not in "يتن" and not (w[0] == "ل" and w[1] in "يتن"):
        return "past"  # قالوا، هبطتا
    if w.endswith("ت") and not w.endswith("ات"):
        return "past"  # سيطرت، أعلنت
    if _FUTURE_VERB.fullmatch(w):
        return "future"
    if _PRESENT_VERB.fullmatch(w):
        return "present"
    return None


def _clause_tense(folded: str, start: int, end: int, back: int = 10, ahead: int = 8) -> tuple[str | None, bool]:
    """The tense of the clause around ``folded[start:end]``: the nearest cue (past, future, present or
    continuing, or None), and whether a future cue is anywhere in the clause. Going forward the search stops
    where another clause opens ("قال الوزير الأحد إن الحكومة ستعلن": الأحد is not in the future).

    >>> _clause_tense("يخوض يوم الاربعاء المنتخب مواجهته المرتقبه", 5, 17)
    ('present', True)
    >>> [_clause_tense(s, 19, 24)[0] for s in ("قدمت الاتفاق بحلول 20 اب", "سيصلون الوفد بحلول 20 اب")]
    [None, 'future']
    >>> _clause_tense("وبحلول يونيو كانت الاسعار", 7, 12)[0]
    'past'
    """
    before = _TOKEN.findall(_SENTENCE_END.split(folded[max(0, start - 160):start])[-1])[-back - 1:]
    # (forward, what a colon or an opening quote introduces is someone's words, of their own tense: «وصرحت المجموعة
    # يوم الجمعة قائلة: «سيتحدد …»» is last Friday)
    after = _TOKEN.findall(_QUOTED_AFTER.split(_SENTENCE_END.split(folded[end:end + 140])[0])[0])[:ahead + 1]
    backward: list[str | None] = []
    deadline = False
    for i in range(len(before) - 1, max(-1, len(before) - 1 - back), -1):
        t = _token_tense(before[i], before[i + 1] if i + 1 < len(before) else (after[0] if after else ""),
                         before[i - 1] if i else "")
        if t == "deadline":
            deadline = deadline or len(backward) <= 1  # «بحلول» right before the time (or one word before it)
            t = None
        if t == "boundary":
            # "قال المدرب إن مباراة الأربعاء": the reporting verb is not the clause's tense; but "من المقرر أن
            # تنطلق البطولة الخميس": a future cue just before the complementizer frames the clause.
            if i >= 1 and "future" in (_token_tense(before[i - 1], before[i]),
                                       i >= 2 and _token_tense(before[i - 2], before[i - 1])):
                backward.append("future")
            break
        backward.append(t)
    forward = []
    for i in range(min(ahead, len(after))):
        t = _token_tense(after[i], after[i + 1] if i + 1 < len(after) else "", after[i - 1] if i else "")
        if t == "boundary":
            break
        forward.append(None if t == "deadline" else t)  # (a deadline after the time sets none of its tense)
    nearest = None
    for i in range(max(len(backward), len(forward))):
        for t in (backward[i] if i < len(backward) else None, forward[i] if i < len(forward) else None):
            if t and t != "boundary" and nearest is None:
                nearest = t
    if deadline and nearest == "past" and "past" not in forward[:2]:
        # «قدمت … بحلول 20 أغسطس»: a date set as a deadline is not in the past of the verbs around it; the nearest
        # such date, not the next one (a report of «بحلول 20 يوليو» may come out on the 21st)
        return None, False
    return nearest, "future" in backward or "future" in forward


def _alt(words) -> str:
    """A regex alternation of ``words``, longest first so that the longest form wins (then in
    alphabetical order, so that the pattern is the same from run to run)."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                            for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


# Number words (folded, optional ال) joined by و: "الثماني والأربعين", "مئتين وخمسين".
_NUMBER_WORDS = list(_UNITS) + list(_TENS) + list(_HUNDREDS) + list(_SCALES) + [
    u + h for u in _UNITS for h in ("مئه", "مائه")]
_NW = r"(?:ال)?" + _alt(_NUMBER_WORDS) + r"(?!\w)"
# («130 ألف عام»: digits may count a scale word; «لمدة (20) يوما», «من العمر (24) سنة»: Saudi official prose
# brackets a count's digits; «خلال «30» شهرا», «“28 ” سنة»: some papers quote them)
NUM = rf"(?:(?:ال)?\d+(?:[.,]\d+)?(?:\s+{_alt(_SCALES)}(?!\w))?|\(\s*\d+\s*\)|[«\"“]\s*\d+\s*[»\"”]|{_NW}(?:\s+و\s?{_NW}|\s+{_NW}){{0,6}})"
UNIT = _alt(UNIT_OF) + r"(?!\w)"
WEEKDAY = _alt(WEEKDAYS) + r"(?!\w)"
GMONTH = _alt(MONTH_OF) + r"(?!\w)"
HMONTH = _alt(HIJRI_MONTH_OF) + r"(?!\w)"
PART = _alt(PARTS) + r"(?!\w)"
# ال or, after the proclitic ل, the ل that is left of it ("للعام" is ل + العام).
AL = r"(?:ال|(?<=ل)ل)"


def _alt_al(words) -> str:
    """:func:`_alt` of ``words``, each leading ال also matching the ل of ل+ال ("للأسبوع", "لليوم")."""
    return "(?:" + "|".join(AL + re.escape(w[2:]).replace(r"\ ", r"\s+") if w.startswith("ال")
                            else re.escape(w).replace(r"\ ", r"\s+")
                            for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


def _with_al(word: str) -> str:
    """"العام" back from the "لعام" of "للعام"."""
    return word if word.startswith("ال") or not word.startswith("ل") else "ا" + word
PART_ADV = _alt(PART_ADVERBS) + r"(?!\w)"
DIR = _alt(fold(r["word"]) for r in _DIRECTIONS) + r"(?!\w)"
MOD = _alt(MODS) + r"(?!\w)"
ERA = _alt(ERA_OF)
GREGORIAN_ERA = _alt(w for w, cal in ERA_OF.items() if cal == "gregorian")
HIJRI_ERA = _alt(w for w, cal in ERA_OF.items() if cal == "hijri")
# Proclitics a time word may carry (و، ف، ب، ل، ك): they are left out of the span.
PRE = r"(?<!\w)(?P<pre>[وف]?[بلك]?)"
RELATIVE_DAYS = {k: int(v) for k, v in lexicon.mapping("relative_days", "word", "days").items()}
REL = _alt_al(RELATIVE_DAYS)


@dataclass
class Timex(Span):
    """A time expression with its TIMEX3 value.

    ``anchor`` says how a relative expression hangs on the publication date; ``value`` and
    ``interval`` are what it resolves to (None without a date). ``rule`` names the rule that fired.

    >>> t = tag_text("منذ ثلاثة أيام", dct="2016-03-15")[0]
    >>> t.to_json()["value"], t.to_json()["anchor"], t.rule
    ('2016-03-12', {'relative_days': -3}, 'ago')
    """

    type: str
    value: str | None
    anchor: dict | None
    rule: str
    interval: list[str] | None = None
    warning: str | None = None
    mod: str | None = None
    calendar: str | None = None
    # What a re-resolution needs besides the anchor: the value of an absolute expression, a
    # weekday printed beside a date, a Hijri date as written.
    fixed: dict = field(default_factory=dict, repr=False)

    @property
    def label(self) -> str:
        return self.type

    @property
    def title(self) -> str:
        return f"{self.value or '?'} · rule {self.rule}" + (f" · ⚠ {self.warning}" if self.warning else "")

    JSON = ("start", "end", "text", "type", "value", "anchor", "interval", "rule", "warning", "mod", "calendar", "hijri")
    JSON_OPTIONAL = frozenset({"warning", "mod", "calendar", "hijri"})

    @property
    def hijri(self) -> str | None:
        """The Hijri date as written, for a Hijri expression."""
        return self.fixed.get("hijri")


# --- calendars ------------------------------------------------------------------------------------

def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Hijri date in the *tabular* (arithmetic) Islamic calendar.

    Civil epoch (1 Muharram 1 AH = 16 July 622 Julian) and the usual 30-year cycle of leap years
    (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29). Official calendars (Umm al-Qura, sighting of the
    moon) may differ from it by a day or two; the kit says so in the value's ``calendar`` field.

    >>> hijri_to_gregorian(1437, 1, 1), hijri_to_gregorian(1436, 9, 1)
    (datetime.date(2015, 10, 15), datetime.date(2015, 6, 18))
    """
    if not (1 <= month <= 12 and 1 <= day <= hijri_month_length(year, month)) or year < 1:
        raise ValueError(f"no Hijri date {year}-{month}-{day}")
    # Rata Die of 1 Muharram 1 AH is 227015; date.fromordinal counts in Rata Die.
    rd = 227014 + (year - 1) * 354 + (3 + 11 * year) // 30 + 29 * (month - 1) + month // 2 + day
    return date.fromordinal(rd)


def hijri_month_length(year: int, month: int) -> int:
    """29 or 30 days: odd months 30, even 29, and Dhu al-Hijja 30 in a leap year.

    >>> hijri_month_length(1437, 1), hijri_month_length(1437, 2)
    (30, 29)
    """
    if month % 2 == 1:
        return 30
    if month == 12 and (14 + 11 * year) % 30 < 11:
        return 30
    return 29


# hijridate's Umm al-Qura tables (the official calendar of Saudi Arabia) cover these Hijri years.
UMM_AL_QURA_YEARS = (1343, 1500)


def _in_umm_al_qura(year: int) -> bool:
    return UMM_AL_QURA_YEARS[0] <= year <= UMM_AL_QURA_YEARS[1]


def hijri_days(year: int, month: int) -> int:
    """Days of a Hijri month: Umm al-Qura's where it is known, else the tabular calendar's.

    >>> hijri_days(1436, 9), hijri_days(1436, 10), hijri_days(1300, 1)
    (29, 30, 30)
    """
    if _in_umm_al_qura(year):
        return _UmmAlQuraHijri(year, month, 1).month_length()
    return hijri_month_length(year, month)


def hijri_date(year: int, month: int, day: int) -> tuple[date, str]:
    """The Gregorian date of a Hijri date and the calendar used: ``"hijri-ummalqura"`` (hijridate) for
    1343-1500 AH, where the official Saudi calendar is known, ``"hijri-tabular"`` outside it. A day 30 in a
    month of 29 days (the moon was sighted a day late) is the day after the 29th.

    >>> hijri_date(1437, 1, 1)
    (datetime.date(2015, 10, 14), 'hijri-ummalqura')
    >>> hijri_date(1436, 11, 30)[0], hijri_date(1300, 1, 1)[1]
    (datetime.date(2015, 9, 14), 'hijri-tabular')
    """
    if not (1 <= month <= 12 and 1 <= day <= 30) or year < 1:
        raise ValueError(f"no Hijri date {year}-{month}-{day}")
    extra = 1 if day == 30 and hijri_days(year, month) == 29 else 0
    if _in_umm_al_qura(year):
        g = _UmmAlQuraHijri(year, month, day - extra).to_gregorian()
        return date(g.year, g.month, g.day) + timedelta(days=extra), "hijri-ummalqura"
    return hijri_to_gregorian(year, month, day - extra) + timedelta(days=extra), "hijri-tabular"


def gregorian_to_hijri(d: date) -> tuple[int, int, int]:
    """The Hijri (year, month, day) of a Gregorian date, by Umm al-Qura where it is known.

    >>> gregorian_to_hijri(date(2015, 7, 23))
    (1436, 10, 7)
    """
    try:
        h = _UmmAlQuraGregorian(d.year, d.month, d.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError):
        pass
    year = max(1, round((d.toordinal() - 227015) / 354.367) + 1)
    while year > 1 and hijri_to_gregorian(year, 1, 1) > d:
        year -= 1
    while hijri_to_gregorian(year + 1, 1, 1) <= d:
        year += 1
    month = 1
    while month < 12 and hijri_to_gregorian(year, month + 1, 1) <= d:
        month += 1
    return year, month, (d - hijri_to_gregorian(year, month, 1)).days + 1


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _add_years(d: date, years: int) -> date:
    y = d.year + years
    return date(y, d.month, min(d.day, calendar.monthrange(y, d.month)[1]))


# Units of the clock (a TIMEX3 duration writes them after "T": PT3H, PT20M, PT30S) and the letter of
# each unit code of units.tsv where it is not the code itself.
CLOCK_UNITS = ("H", "MIN", "S")
_UNIT_LETTER = {"MIN": "M"}


def _duration_value(amount: float, unit: str) -> str:
    n = int(amount) if float(amount).is_integer() else amount
    if unit in CLOCK_UNITS:
        return f"PT{n}{_UNIT_LETTER.get(unit, unit)}"
    if unit == "DE":
        return f"P{n * 10}Y"
    if unit == "CE":
        return f"P{n * 100}Y"
    return f"P{n}{unit}"


def _shift(d: date, amount: float, unit: str, sign: int) -> date:
    if unit == "H":
        return d + sign * timedelta(days=math.ceil(amount / 24) if sign < 0 else math.floor(amount / 24))
    if unit in ("MIN", "S"):
        return d
    if unit == "D":
        return d + timedelta(days=sign * round(amount))
    if unit == "W":
        return d + timedelta(days=sign * round(7 * amount))
    if unit == "M":
        return _add_months(d, sign * round(amount))
    factor = {"Y": 1, "DE": 10, "CE": 100}[unit]
    return _add_years(d, sign * round(factor * amount))


# --- resolution -------------------------------------------------------------------------------------

def _weekday_warning(d: date, weekday: int) -> str | None:
    if d.isoweekday() == weekday:
        return None
    return (f"the text says {WEEKDAY_NAMES[weekday]} but {d.isoformat()} is a "
            f"{WEEKDAY_NAMES[d.isoweekday()]} ({calendar.day_name[d.weekday()]}): check the publication date")


def _with_time(value: str, anchor: dict) -> str:
    if anchor.get("time"):
        return f"{value}T{anchor['time']}"
    if anchor.get("part_of_day"):
        return f"{value}T{anchor['part_of_day']}"
    return value


def resolve(anchor: dict | None, fixed: dict, dct: str | date | None) -> tuple[str | None, list | None, str | None]:
    """``(value, interval, warning)`` of an anchored expression for the publication date ``dct``.

    >>> resolve({"relative_days": 0, "weekday": 2}, {}, "2016-03-16")[0]  # a crawl date a day late
    '2016-03-15'
    >>> resolve({"relative_days": 0, "weekday": 2}, {}, "2016-03-19")[0::2]  # four days late: still trusted
    ('2016-03-15', 'the text says الثلاثاء but 2016-03-19 is a السبت (Saturday): check the publication date; taken as 2016-03-15, the الثلاثاء just before')
    >>> resolve({"weekday": 2, "direction": "last"}, {}, "2016-03-15")[0]
    '2016-03-08'
    >>> resolve({"weekday": 2, "direction": "last"}, {}, None)[0]
    'XXXX-WXX-2'
    >>> resolve({"relative_days": -1}, {}, "0001-01-01")
    (None, None, 'cannot count from the publication date 0001-01-01: date value out of range')
    """
    try:
        value, interval, warning = _resolve(anchor, fixed, dct)
    except (OverflowError, ValueError) as e:  # a publication date at the edge of the calendar
        return None, None, f"cannot count from the publication date {dct}: {e}"
    if fixed.get("week_of_month") and value and re.fullmatch(r"\d{4}-\d\d", value):
        value = _week_of_month(int(value[:4]), int(value[5:]), fixed["week_of_month"])
    return value, interval, warning


def _week_of_month(year: int, month: int, n: int) -> str:
    """The ISO week of a month's ``n``-th week (-1: its last), the week holding its ``n``-th Thursday (as ISO
    counts a week in the year that holds its Thursday): «الأسبوع الأول من أغسطس 2015» is 3-9 August.

    >>> _week_of_month(2015, 8, 1), _week_of_month(2011, 8, 1), _week_of_month(2015, 8, -1)
    ('2015-W32', '2011-W31', '2015-W35')
    """
    first = date(year, month, 1)
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    if n < 0:  # (-2: the week before the last, «الأسبوع قبل الأخير»)
        last = date(year, month, calendar.monthrange(year, month)[1])
        thursday = last - timedelta(days=(last.weekday() - 3) % 7, weeks=-n - 1)
    else:
        thursday += timedelta(weeks=n - 1)
    iso = thursday.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _published(d0: date, anchor: dict) -> date:
    """The publication day, when the article names its own weekday ("اليوم الأربعاء") before the date it was
    given (a crawl date, never before publication): expressions of the article count from that day."""
    pw = anchor.get("published_weekday")
    back = (d0.isoweekday() - pw) % 7 if pw else 0
    return d0 - timedelta(days=back)


def _resolve(anchor, fixed, dct):
    if anchor is None:
        return fixed.get("value"), fixed.get("interval"), fixed.get("warning")
    d0 = date.fromisoformat(dct) if isinstance(dct, str) else dct
    if "duration" in anchor:
        if d0 is None or anchor.get("amount") is None:
            return anchor["duration"], None, None
        sign = -1 if anchor.get("direction") == "past" else 1
        other = _shift(d0, anchor["amount"], anchor["unit"], sign)
        ends = sorted([other, d0])
        return anchor["duration"], [ends[0].isoformat(), ends[1].isoformat()], None
    if "relative_days" in anchor:
        if d0 is None:
            return None, None, None
        day = d0 + timedelta(days=anchor["relative_days"])
        warning = None
        if anchor.get("weekday"):
            warning = _weekday_warning(day, anchor["weekday"])
            back = (day.isoweekday() - anchor["weekday"]) % 7
            if back:
                # The crawl date of a news site is often a day or more after publication, never before it:
                # "اليوم الأربعاء" read on a Friday is that Wednesday. Trust the named weekday, and say so.
                day -= timedelta(days=back)
                warning += f"; taken as {day.isoformat()}, the {WEEKDAY_NAMES[anchor['weekday']]} just before"
        else:
            day = _published(d0, anchor) + timedelta(days=anchor["relative_days"])
        d = day + timedelta(days=anchor.get("shift_days", 0))
        return _with_time(d.isoformat(), anchor), None, warning
    if "weekday" in anchor and "month" not in anchor:  # (a weekday before a day of a month: the month's branch)
        wd, direction = anchor["weekday"], anchor.get("direction", "nearest")
        if d0 is None:
            return _with_time(f"XXXX-WXX-{wd}", anchor), None, None
        d0 = _published(d0, anchor)
        if "week" in anchor:  # "الأحد في الأسبوع المقبل": that week's day, the week from Sunday
            d = d0 - timedelta(days=d0.isoweekday() % 7) + timedelta(days=7 * anchor["week"] + wd % 7)
            return _with_time(d.isoformat(), anchor), None, None
        delta = (wd - d0.isoweekday()) % 7  # days forward to the next such weekday (0 = today)
        if direction == "next":
            d = d0 + timedelta(days=delta or 7)
        elif direction == "future":  # a future clause: the next such day, today included
            d = d0 + timedelta(days=delta)
        elif direction == "last":
            d = d0 - timedelta(days=(7 - delta) % 7 or 7)
        elif direction == "nearer":  # the nearer of the next and the last such day (the last of two as near)
            d = d0 + timedelta(days=delta) if delta and delta < 7 - delta else d0 - timedelta(days=(7 - delta) % 7)
        else:  # news reports what happened: the latest such day up to the publication date
            d = d0 - timedelta(days=(7 - delta) % 7)
        d += timedelta(days=anchor.get("shift_days", 0))
        return _with_time(d.isoformat(), anchor), None, None
    if "relative_weeks" in anchor:
        if d0 is None:
            return None, None, None
        y, w, _ = (d0 + timedelta(weeks=anchor["relative_weeks"])).isocalendar()
        return f"{y}-W{w:02d}" + ("-WE" if anchor.get("weekend") else ""), None, None
    if "relative_months" in anchor:
        if d0 is None:
            return None, None, None
        d = _add_months(d0.replace(day=1), anchor["relative_months"])
        day = anchor.get("day")
        if day and day <= calendar.monthrange(d.year, d.month)[1]:
            return d.replace(day=day).isoformat(), None, None
        return f"{d.year:04d}-{d.month:02d}", None, None
    if "relative_years" in anchor:
        if d0 is None:
            return None, None, None
        part = f"-{anchor['part']}" if anchor.get("part") else ""
        year = d0.year + anchor["relative_years"]
        # («منذ 5 آلاف عام»: before year 1, TIMEX3 writes the year BC, 1 BC being year 0)
        return (f"{year:04d}{part}" if year > 0 else f"BC{1 - year:04d}"), None, None
    if "relative_quarters" in anchor:
        if d0 is None:
            return None, None, None
        per_year = 4 if anchor["part_kind"] == "Q" else 2
        index = (d0.month - 1) // (12 // per_year) + anchor["relative_quarters"]
        return f"{d0.year + index // per_year:04d}-{anchor['part_kind']}{index % per_year + 1}", None, None
    if "relative_decades" in anchor:
        if d0 is None:
            return None, None, None
        return f"{d0.year // 10 + anchor['relative_decades']:03d}", None, None
    if "hijri_month" in anchor:
        if d0 is None:
            return None, None, None
        return _resolve_hijri_month(anchor, d0)
    if "hijri_either" in anchor:
        if d0 is None:
            return None, None, None
        # the nearest of the days named, each in its nearest year (the past weighing less)
        days = [date.fromisoformat(_resolve_hijri_month({"hijri_month": mo, "day": d}, d0)[0]) for mo, d in anchor["hijri_either"]]
        best = min(days, key=lambda g: -(g - d0).days if g <= d0 else 1.5 * (g - d0).days)
        return best.isoformat(), None, None
    if "season" in anchor:
        if d0 is None:
            return f"XXXX-{anchor['season']}", None, None
        return _resolve_season(anchor, d0), None, None
    if "month" in anchor:
        value, interval, warning = _resolve_month(anchor, d0)
        return (fixed.get("value") if anchor.get("day_end") else value), interval, warning
    return fixed.get("value"), fixed.get("interval"), None


def _resolve_hijri_month(anchor: dict, d0: date):
    m, day = anchor["hijri_month"], anchor.get("day")
    hy, hm, hd = gregorian_to_hijri(d0)
    here, now = ((m, day), (hm, hd)) if day else ((m,), (hm,))
    direction = anchor.get("direction")
    if direction == "this":
        year = hy
    elif direction == "last":
        year = hy if here < now else hy - 1
    elif direction == "next":
        year = hy if here > now else hy + 1
    else:  # the nearest, the past weighing less (as for Gregorian months)
        def distance(y):
            g, _ = hijri_date(y, m, day or 15)
            days = (g - d0).days
            return -days if days <= 0 else 1.5 * days
        year = min((hy - 1, hy, hy + 1), key=lambda y: (distance(y), y != hy))
    if day:
        return hijri_date(year, m, day)[0].isoformat(), None, None
    first, _ = hijri_date(year, m, 1)
    last, _ = hijri_date(year, m, hijri_days(year, m))
    if anchor.get("last_day"):
        return last.isoformat(), None, None
    return _hijri_month_value(first, last, anchor.get("mod")), [first.isoformat(), last.isoformat()], None


def _hijri_month_value(first: date, last: date, mod: str | None) -> str:
    """The TIMEX3 value of a whole Hijri month that runs from ``first`` to ``last``: it straddles two Gregorian
    months, so its value is the Gregorian year that holds it (its interval keeps the days), as the dev sets'
    annotators wrote «رمضان الماضي» (2015); a part of it is the Gregorian month of that part: of its first days
    («بداية شوال», START), its last days («أواخر شوال», END) or its middle (MID).

    >>> _hijri_month_value(date(2015, 6, 18), date(2015, 7, 16), None), _hijri_month_value(date(2015, 7, 17), date(2015, 8, 14), "END")
    ('2015', '2015-08')
    """
    if not mod:
        return f"{(first + (last - first) / 2).year:04d}"
    day = first + timedelta(days=3) if mod == "START" else last - timedelta(days=3) if mod == "END" else first + (last - first) / 2
    return f"{day.year:04d}-{day.month:02d}"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the winter of a year starts in its December


def _resolve_season(anchor: dict, d0: date) -> str:
    """"الصيف الماضي": the last summer over before the date; "الشتاء المقبل": the next one to begin after it;
    "هذا الصيف": the one of the date's year (a January or February is in the winter of the year before)."""
    code = anchor["season"]

    def start(y):
        return date(y, _SEASON_START[code], 1)

    if anchor.get("direction") == "last":
        year = max(y for y in (d0.year - 2, d0.year - 1, d0.year) if _add_months(start(y), 3) <= d0)
    elif anchor.get("direction") == "next":
        year = min(y for y in (d0.year, d0.year + 1) if start(y) > d0)
    else:
        year = d0.year - 1 if code == "WI" and d0.month <= 2 else d0.year
    return f"{year:04d}-{code}"


def _resolve_month(anchor: dict, d0: date | None):
    m, day, day_end = anchor["month"], anchor.get("day"), anchor.get("day_end")
    if d0 is None:
        if day_end:
            return None, [f"XXXX-{m:02d}-{day:02d}", f"XXXX-{m:02d}-{day_end:02d}"], None
        return (f"XXXX-{m:02d}-{day:02d}" if day else f"XXXX-{m:02d}"), None, None
    direction = anchor.get("direction")
    here = (m, day or 0) if day else (m,)
    now = (d0.month, d0.day) if day else (d0.month,)
    if "after_month" in anchor:
        # «في شهري نوفمبر وديسمبر»: the second month of a pair is of the first one's year
        first = {k: v for k, v in anchor.items() if k != "after_month"}
        first["month"] = anchor["after_month"]
        return f"{_resolve_month(first, d0)[0][:4]}-{m:02d}", None, None
    if "year_step" in anchor:  # «مايو من العام الماضي»: the year is named
        year = d0.year + anchor["year_step"]
    elif direction == "last":
        year = d0.year if here < now else d0.year - 1
    elif direction == "next":
        year = d0.year if here > now else d0.year + 1
    elif direction == "past":  # a past clause: the last such month (or day) up to the date
        year = d0.year if here <= now else d0.year - 1
        if anchor.get("held") and day and year < d0.year and 0 < (date(d0.year, m, min(day, 28)) - d0).days <= 10:
            year = d0.year  # («بوصوله في السابع من أغسطس» a week ahead: his arrival, to come)
    elif direction == "future":
        year = d0.year if here >= now else d0.year + 1
        if day and year > d0.year and 0 < (d0 - date(d0.year, m, min(day, 28))).days <= 10:
            year = d0.year  # («الأسبوع المنتهي في 24 من يوليو» a week before the date, in a clause of an estimate: that day)
    elif direction == "this":
        year = d0.year
    else:  # the occurrence nearest to the publication date; news looks back, so the past weighs less
        def distance(y):
            try:
                days = (date(y, m, min(day or 15, calendar.monthrange(y, m)[1])) - d0).days
            except ValueError:
                return 10**6
            return -days if days <= 0 else 1.5 * days
        year = min((d0.year - 1, d0.year, d0.year + 1), key=lambda y: (distance(y), y != d0.year))
    if day_end:
        return None, [f"{year:04d}-{m:02d}-{day:02d}", f"{year:04d}-{m:02d}-{day_end:02d}"], None
    if day:
        try:
            d = date(year, m, day)
        except ValueError:
            return None, None, f"there is no day {day} in month {m} of {year}"
        # «الأحد 5 مارس»: the day of the month decides, a weekday that does not fit it is flagged
        wd = anchor.get("weekday")
        return _with_time(d.isoformat(), anchor), None, _weekday_warning(d, wd) if wd else None
    return f"{year:04d}-{m:02d}", None, None


def resolve_timexes(timexes, dct: str | date | None) -> list[Timex]:
    """The same expressions resolved for another publication date (for the widget's date picker).

    >>> ts = tag_text("صدر أمس قرار", dct="2016-03-15")
    >>> [t.value for t in resolve_timexes(ts, "2020-01-01")]
    ['2019-12-31']
    """
    out = []
    for t in timexes:
        value, interval, warning = resolve(t.anchor, t.fixed, dct)
        if t.anchor is None:
            out.append(t)
        else:
            out.append(replace(t, value=value, interval=interval, warning=warning))
    return out


# --- rules ------------------------------------------------------------------------------------------

@dataclass
class _Draft:
    start: int  # folded offsets of the expression (proclitics left out)
    end: int
    type: str
    rule: str
    anchor: dict | None = None
    fixed: dict = field(default_factory=dict)
    mod: str | None = None
    calendar: str | None = None
    priority: int = 0


def _num(text: str) -> float | None:
    """The value of a number written in digits (maybe with الـ) or in words."""
    t = re.sub(r"^ال|^[(«\"“]\s*(?=\d+\s*[)»\"”]$)|\s*[)»\"”]$", "", text.strip())
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", ".")) if re.search(r"[.,]", t) else int(t)
    return number_value(text)


def _unit_amount(unit_word: str) -> tuple[str, int | None]:
    """Unit code of a unit noun and the count it carries itself (2 for a dual, 1 for a singular)."""
    w = unit_word[2:] if unit_word.startswith("ال") and unit_word[2:] in UNIT_OF else unit_word
    unit = UNIT_OF[w]
    if w in DUALS:
        return unit, 2
    if w in SINGULARS or w.endswith("ا"):
        return unit, 1
    return unit, None


# A direction's step from the publication date's period, and the way a named month or season points
_STEPS = {"past": -1, "future": 1, "before_last": -2, "after_next": 2}
_WHICH = {"past": "last", "future": "next", "current": "this", "before_last": "last", "after_next": "next"}


def _direction(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word)
    if w.startswith("قبل"):
        return "before_last"
    if w.startswith("بعد"):
        return "after_next"
    if w in PAST:
        return "past"
    if w in FUTURE:
        return "future"
    if w in CURRENT:
        return "current"
    return None


def _part(m: re.Match) -> str | None:
    for g in ("part", "part2"):
        if m.groupdict().get(g):
            w = re.sub(r"\s+", " ", m.group(g))
            return PARTS.get(w) or PART_ADVERBS.get(w)
    return None


def _core_start(m: re.Match, group: str = "core") -> int:
    """Start of the expression: after a proclitic, unless ل+ال was written لل (then keep it whole)."""
    s = m.start(group)
    pre = m.group("pre") if "pre" in m.groupdict() else ""
    if pre and pre.endswith("ل") and m.group(group).startswith("ل") and not m.group(group).startswith("ال"):
        return s - 1  # (the ل of لل only: «وللنصف الثاني» leaves its و out)
    return s


RULES: list[tuple[str, re.Pattern[str], Callable[[re.Match[str], str], _Draft | list[_Draft] | None]]] = []


# Each rule names words its match cannot do without (``needs``): a segment without any of them is not
# searched with the rule's (much slower) pattern. Several patterns: the match needs one word of each.
# The outputs are the same either way.
TRIGGERS: dict[str, tuple[re.Pattern, ...]] = {}


def rule(name: str, pattern: str, needs: str | tuple[str, ...] | None = None):
    def register(func):
        RULES.append((name, re.compile(pattern), func))
        if needs:
            TRIGGERS[name] = tuple(re.compile(n) for n in ((needs,) if isinstance(needs, str) else needs))
        return func
    return register


# «الساعات الأولى من …», «ساعات متأخرة من …»: the start or the end of a part of the day
# «في وقت مبكر/متأخر من …» too: one table for the words that place a time at the start or the end of a part
_PART_MODS = {"الاولي": "START", "متاخره": "END", "المتاخره": "END", "الاخيره": "END", "مبكر": "START", "متاخر": "END"}
_FIRST_LAST_HOURS = rf"(?:ال)?ساع(?:ات|ه)\s+(?P<hours>{_alt(w for w in _PART_MODS if w not in ('مبكر', 'متاخر'))})(?!\w)"


# «بمدينة 6 أكتوبر», «كوبري 6 أكتوبر»: a day and a month after one of these heads name a place
_DATED_NAME_HEADS = lexicon.words("dated_name_heads")
_DATED_NAME = re.compile(rf"(?:^|(?<=\s))[وفبل]?{_alt(_DATED_NAME_HEADS)}\s+$")
# The Saudi press's «قال لـ«الرياض»», with the daily «اليوم»: a ل written apart (its tatweel folded away), a space
# or a quote mark, right before the word («للصحيفة اليوم», «لي اليوم» are "today").
_TO_THE_PAPER = re.compile(r"(?:^|(?<=\s))ل(?:\s*[«»\"“”]\s*|\s+)$")


# «وليدة اليوم» (present_before_today.txt): the present as a whole, not the report's day
PRESENT_BEFORE_TODAY = sorted(lexicon.words("present_before_today"))
_PRESENT_BEFORE = re.compile(rf"(?<!\w)(?:{_alt(PRESENT_BEFORE_TODAY)})\s+$")

# A rate's counted noun and «في» right before «اليوم» (per_day_nouns.txt)
PER_DAY_NOUNS = [fold(w) for w in lexicon.words("per_day_nouns")]
_PER_DAY_BEFORE = re.compile(rf"(?<!\w)(?:{_alt(PER_DAY_NOUNS)})\s+في\s+$")


@rule("relative_day",
      PRE + rf"(?P<core>(?:وقت\s+(?P<when>سابق|لاحق|مبكر|متاخر)\s+(?:من\s+)?|{_FIRST_LAST_HOURS}\s+من\s+)?"
      rf"(?:(?:ال)?(?P<part>{PART})\s+(?:من\s+)?)?(?(part)(?:هذا\s+)?)(?:يوم\s+)?(?P<rel>{REL})(?!\w)"
      rf"(?:(?:\s*(?P<paren>\()\s*|\s*،\s*|\s+)(?:يوم\s+)?(?P<wd>{WEEKDAY})(?(paren)\s*\)))?(?:\s*،?\s*(?P<part2>{PART_ADV}))?)",
      needs=_alt(w[2:] if w.startswith("ال") else w for w in RELATIVE_DAYS))
def _relative_day(m, folded):
    rel = re.sub(r"\s+", " ", m.group("rel"))
    rel = rel if rel in RELATIVE_DAYS else _with_al(rel)
    if rel == "اليوم":
        after = folded[m.end():m.end() + 12].lstrip()
        before = folded[max(0, m.start() - 6):m.start()]
        # "ذلك اليوم (الثلاثاء)": that day, not today, with or without its weekday
        if (not m.group("wd") and after.startswith(NOT_TODAY_AFTER)) or before.endswith(("ذلك ", "ذات ")):
            return None
        if not m.group("wd") and _TO_THE_PAPER.search(folded, max(0, m.start("rel") - 6), m.start("rel")):
            return None  # «كشف لـ«اليوم» المهندس», «غرفة دبي لـ اليوم :»: the Dammam daily «اليوم», told the news
        bare = not m.group("wd") and not _part(m)  # «اليوم» alone: no weekday, no part of the day with it
        if bare and m.start("rel") == m.start("core") \
                and _PER_DAY_BEFORE.search(folded, max(0, m.start("rel") - 16), m.start("rel")):
            # «مليون برميل في اليوم», «ثلاث مرات في اليوم»: a rate's day, every day (as «يوميا»), not today
            return _Draft(m.start("rel"), m.end("core"), "SET", "set", None, {"value": "P1D"})
        if bare and re.match(rf"\s+{_TIMES}", folded[m.end("core"):]) \
                and folded[max(0, m.start("rel") - 4):m.start("rel")].endswith("في "):
            # «يتناوله في اليوم مرتين»: so many times a day, every day (as «مرتين في اليوم»)
            return _Draft(m.start("rel"), m.end("core"), "SET", "set", None, {"value": "P1D"})
        if bare and m.start("rel") == m.start("core") \
                and _PRESENT_BEFORE.search(folded, max(0, m.start("rel") - 8), m.start("rel")):
            return _Draft(m.start("rel"), m.end("core"), "DATE", "vague", None, {"value": "PRESENT_REF"})
    if rel == "امس" and folded[m.end("rel"):m.end("rel") + 8].lstrip().startswith("الحاجه"):
        return None  # "في أمسّ الحاجة": in direst need
    if rel == "امس" and m.group("pre").endswith("ل") and m.start("rel") == m.start("core"):
        return None  # "ولامس الألومنيوم": touched (a verb), not ل + "أمس"
    anchor = {"relative_days": RELATIVE_DAYS[rel]}
    if m.group("wd"):
        anchor["weekday"] = WEEKDAYS[m.group("wd")]
    part = _part(m)
    start = _core_start(m)
    if m.group("part") and folded[m.start("part") - 2:m.start("part")] == "ال" \
            and folded[max(0, m.start("part") - 8):m.start("part") - 2].rstrip().endswith("صلاه"):
        # «عقب صلاة العصر أمس»: the prayer's name, not the part of the day; the day alone is the expression
        start = m.start("rel") - (4 if folded[m.start("rel") - 4:m.start("rel")] == "يوم " else 0)
        part = PART_ADVERBS.get(re.sub(r"\s+", " ", m.group("part2"))) if m.group("part2") else None
    elif part:
        if m.group("part") and re.sub(r"\s+", " ", m.group("part")) in EVES:
            anchor["shift_days"] = -1  # "عشية هذا اليوم": the evening before
    if part:
        anchor["part_of_day"] = part  # "ليلة أمس" is last night: the night of yesterday
    # «في وقت مبكر من صباح اليوم», «الساعات الأولى من صباح أمس»: the start of that morning; «في وقت متأخر من
    # مساء أمس» its end
    mod = _PART_MODS.get(m.group("when") or m.group("hours") or "") if part else None
    return _Draft(start, m.end("core"), "TIME" if part else "DATE", "relative_day", anchor, mod=mod)


@rule("tonight", PRE + rf"(?P<core>(?:(?:هذه)\s+)?{AL}ليله(?:\s+(?P<dir>{_alt(_directions_after('night'))}))?)(?!\w)",
      needs="ليله")
def _tonight(m, folded):
    days = _STEPS.get(_direction(m.group("dir")), 0)
    return _Draft(_core_start(m), m.end("core"), "TIME", "tonight", {"relative_days": days, "part_of_day": "NI"})


@rule("weekday",
      PRE + rf"(?P<core>(?:(?P<part>{PART})\s+(?:من\s+)?(?:يوم\s+)?|(?P<yawm>يوم)\s+)?(?P<wd>{WEEKDAY})"
      # «ليل الاثنين الثلاثاء», «ليلة السبت/الأحد»: the night between two days, named by both
      rf"(?(part)(?:\s*[/–-]?\s*(?P<wd_next>{WEEKDAY})(?!\w))?)"
      # (a direction word whole: «الماضي» of «الماضية» is no word)
      rf"(?:\s+(?P<dir>{_alt(_directions_after('weekday'))})(?!\w))?(?:\s*،?\s*(?P<part2>{PART_ADV}))?)",
      needs=WEEKDAY)
def _weekday(m, folded):
    wd = m.group("wd")
    if m.group("wd_next") and folded[max(0, m.start("core") - 6):m.start("core")].rstrip().endswith("منتصف"):
        return None  # «منتصف ليل الأحد الاثنين»: midnight between them, the midnight rule's
    cue = m.group("part") or m.group("yawm") or m.group("dir") or m.group("part2")
    if wd in AMBIGUOUS_WEEKDAYS and (_reads_as_number(folded, m) or not cue and m.group("pre")[-1:] in ("ب", "ل", "ك")):
        return None
    if not cue and re.search(r"(?<!\w)سوق\s+$", folded[max(0, m.start("core") - 6):m.start("core")]):
        return None  # «سوق الجمعة», «سوق الخميس»: a market named by its day, a place (a title: «(سوق الجمعة)»)
    way = _direction(m.group("dir"))
    # («الأحد بعد المقبل»: the Sunday after next; «الخميس قبل الماضي»: the Thursday before last)
    direction = {"past": "last", "future": "next", "after_next": "next", "before_last": "last"}.get(way, "nearest")
    fixed = {}
    if not m.group("dir"):
        tense, future = _clause_tense(folded, m.start("core"), m.end("core"))
        fixed["tense"] = tense
        before = folded[max(0, m.start("core") - 16):m.start("core")].split()
        if tense == "future" or tense in ("present", "continuing") and future:
            direction = "future"  # "سيزور لندن الأربعاء", "يخوض يوم الأربعاء مواجهته المرتقبة"
        elif tense == "present" and before and _token_tense(before[-1], wd, before[-2] if len(before) > 1 else "") == "present" \
                and not (len(before) > 1 and (TENSE_OF.get(before[-2].lstrip("وف")) == "past"
                                              or before[-2].lstrip("وف") in ("قد", "لم", "ان"))):
            # «ويغادر الخميس إلى تركيا» (two days on, not five back), «يشارك الأحد» (two days back): an imperfect verb
            # right before the day tells nothing of its side; the day nearer the date, either side (not after «كان»,
            # «قد», «لم», «أن»: «وكان يشارك الأحد», «قال إنه قد يقدمه يوم الجمعة», «لم يحضر الخميس» look back)
            direction = "nearer"
    if m.group("pre").startswith("و") and not cue:
        fixed["joined"] = True  # «الأربعاء سباق القوارب والخميس مسابقة الصيد»: the next of a run of days (see _link)
    anchor = {"weekday": WEEKDAYS[wd], "direction": direction}
    if way in ("after_next", "before_last"):
        anchor["shift_days"] = 7 if way == "after_next" else -7
    part = _part(m)
    if part:
        anchor["part_of_day"] = part
        # In Arabic the night belongs to the day after it: ليلة الجمعة is Thursday night. (ليل
        # الجمعة, as in "ليل الجمعة السبت", is the night after Friday: no shift.)
        if m.group("part") and re.sub(r"\s+", " ", m.group("part")) in EVES | {"ليله"} and not m.group("wd_next"):
            # (with the day after it named, «ليلة السبت الأحد», the night after Saturday)
            anchor["shift_days"] = anchor.get("shift_days", 0) - 1
    return _Draft(_core_start(m), m.end("core"), "TIME" if part else "DATE", "weekday", anchor, fixed)


def _reads_as_number(folded: str, m: re.Match) -> bool:
    """Whether الأحد / الاثنين is the number here: "الأحد عشر", "الاثنين من اللاعبين", "بين الاثنين"."""
    after = folded[m.end("wd"):m.end("wd") + 30].split()
    before = folded[max(0, m.start("core") - 12):m.start("core")].split()
    if after and after[0] in NUMBER_AFTER or before and before[-1] in NUMBER_BEFORE:
        return True
    # "الاثنين من اللاعبين" (two of the players), but "الأحد من كل أسبوع" / "الاثنين من الأسبوع المقبل" (days)
    return len(after) > 1 and after[0] == "من" and not re.match(r"(?:كل|ال?اسبوع|ال?شهر)(?!\w)", after[1])


# «الأخير», «الأخيرة» (the last one): after a preposition of extent the period up to now, no calendar one
# (the singular «last» of time_directions.tsv, not its duals: «اليومين الأخيرين» is a count)
_LAST_ONE = frozenset(w for w in (fold(r["word"]) for r in lexicon.rows("time_directions"))
                      if w.startswith("الاخير") and not w.endswith("ين"))
# a party or a signature after «العقد» make it a contract («العقد الماضي مع …», «… المبرم»)
_CONTRACT_AFTER = lexicon.words("contract_parties")
_PERIOD_UNITS = {"relative_weeks": "W", "relative_months": "M", "relative_years": "Y", "relative_decades": "DE"}
_PERIOD_KEYS = {"الاسبوع": "relative_weeks", "الشهر": "relative_months", "العام": "relative_years",
                "السنه": "relative_years", "العقد": "relative_decades"}


@rule("relative_period",
      PRE + rf"(?P<core>(?:(?P<earlier>وقت\s+(?:سابق|لاحق)\s+(?:من\s+)?))?(?:(?P<mod>{MOD})\s+)?(?:(?P<this>هذا|هذه)\s+)?"
      rf"(?P<unit>{AL}(?:اسبوع|شهر|عام|سنه|عقد))(?:\s+(?P<dir>{DIR}))?)(?!\w)",
      needs="[ال]ل(?:اسبوع|شهر|عام|سنه|عقد)")
def _relative_period(m, folded):
    direction = _direction(m.group("dir"))
    unit = _with_al(m.group("unit"))
    # «في وقت سابق من العام» (earlier in the year): the current one, as «هذا العام» (not «من العام الدراسي»)
    if m.group("earlier") and not (m.group("this") or direction) and m.group("earlier").split()[-1] == "من" \
            and m.group("unit").startswith("ال") and not m.group("mod"):
        nxt = folded[m.end("core"):m.end("core") + 20].split()[:1]
        if not (nxt and nxt[0].startswith("ال") and nxt[0] not in _STOP_WORDS):
            key = _PERIOD_KEYS[unit]
            return _Draft(_core_start(m), m.end("core"), "DATE", "relative_period", {key: 0})
    if m.group("earlier") and not (m.group("this") or direction):
        return None  # «في وقت سابق هذا العام» (earlier this year) is the year; «وقت سابق» alone is the vague rule's
    # «نهاية الأسبوع (الحالي)» is the end of that week («سيصل المدرب نهاية الأسبوع الحالي», «القيمة السوقية بنهاية
    # الأسبوع الماضي»: a market's close), as the dev sets' annotators read it every time; after «عطلة» it is the
    # weekend, and after a plural («أكثر عطلات نهاية الأسبوع ازدحاما») any weekend, no date
    weekend = week_end = False
    if unit == "الاسبوع" and m.group("mod") == "نهايه":
        # (the word before, with one proclitic off: «وإجازة», «بإجازة»; or before «في» or «خلال»: «يسافرون في نهاية
        # الأسبوع»)
        before = folded[max(0, _core_start(m) - 30):_core_start(m)].split()
        while before and before[-1] in ("في", "خلال", "طوال"):
            before.pop()
        holiday = [w[1:] if w[:1] in "وبلف" and w[1:] in WEEKEND_NOUNS | WEEKEND_NOUNS_PLURAL else w for w in before[-2:]]
        if holiday and holiday[-1] in WEEKEND_NOUNS_PLURAL:
            return None
        if direction is None and folded[m.end("core"):m.end("core") + 12].split()[:1] in [[w] for w in ORDINAL_DAYS]:
            return None  # «نهاية الأسبوع الثالث من رمضان»: a week counted in a month, not this one
        # (the noun right before, or a verb of spending it and its subject: «يسافر كثيرون في نهاية الأسبوع»)
        weekend = bool(holiday) and (holiday[-1] in WEEKEND_NOUNS or (
            len(holiday) == 2 and holiday[0] in WEEKEND_NOUNS and not holiday[0].startswith("ال")))
        week_end = not weekend
    if direction is None and not (m.group("this") or weekend or week_end):
        nxt = folded[m.end("core"):m.end("core") + 20].split()[:1]
        # (a year after it is the year rule's, «مطلع العام 2014»; a figure is not: «منذ بداية العام 9.9 بالمائة»)
        if not m.group("mod") or nxt and (re.match(r"\d{4}(?!\d)", nxt[0]) or nxt[0] in MONTH_OF
                                           or nxt[0].startswith("ال") and nxt[0] not in _STOP_WORDS
                                           or nxt[0] in HIJRI_MONTH_OF):
            return None  # bare العام is "the general…", bare الشهر "the month (of…)"
        # "منذ بداية الأسبوع", "في نهاية الشهر": of the current one (not "بداية العام الدراسي", "مطلع العام 2014")
    if unit == "العام" and not (m.group("this") or m.group("mod")):
        before = folded[max(0, m.start("core") - 12):m.start("core")].split()
        if before and before[-1] in GENERAL_NOUNS:
            return None  # "الأمين العام السابق": a former secretary-general, not last year
    n = _STEPS.get(direction, 0)
    key = _PERIOD_KEYS[unit]
    if key == "relative_decades" and not _CONTRACT_AFTER.isdisjoint(folded[m.end("core"):m.end("core") + 12].split()[:1]):
        return None  # «قريبة من العقد الماضي مع شركة موبايلي»: the last contract, with someone, no decade
    if m.group("dir") in _LAST_ONE and not (m.group("mod") or m.group("this") or m.group("earlier")):
        before = folded[max(0, _core_start(m) - 12):_core_start(m)].split()
        # (not «خلال السنة الأخيرة من ولايتها»: the last year of a term, not the year up to now)
        if before and before[-1] in DURATION_PREPOSITIONS and folded[m.end("core"):m.end("core") + 4].split()[:1] != ["من"]:
            # «على مدى الشهر الأخير», «خلال العام الأخير»: all through the last one up to now, a month, a year long
            letter = _PERIOD_UNITS[key]
            return _Draft(_core_start(m), m.end("core"), "DURATION", "relative_period",
                          {"duration": _duration_value(1, letter), "amount": 1, "unit": letter, "direction": "past"})
    if weekend:
        return _Draft(_core_start(m), m.end("core"), "DATE", "relative_period", {key: n, "weekend": True})
    mod = MODS.get(m.group("mod")) if m.group("mod") else None
    # «الشهر السابق» («زاد في يونيو مقارنة بالشهر السابق») is the month before the one the text named, if it named
    # one (:func:`_link`): news writes it after a named month nearly always, unlike «الشهر الماضي», last month
    # (not «الشهر السابق للانتخابات», the month before an event)
    before_named = key == "relative_months" and m.group("dir") == "السابق" and not (mod or m.group("this")) \
        and not re.match(r"\s+ل", folded[m.end("core"):])
    return _Draft(_core_start(m), m.end("core"), "DATE", "relative_period", {key: n},
                  {"before_named_month": True} if before_named else {}, mod=mod)


@rule("day_of_relative_month",
      PRE + rf"(?P<core>(?:(?P<day>\d{{1,2}})|(?P<dayw>{_alt_al(DAY_ORDINALS)}))\s+من\s+(?:(?P<this>هذا)\s+)?"
      rf"(?P<unit>{AL}شهر)(?:\s+(?P<dir>{DIR}))?)(?!\w)",
      needs="شهر")
def _day_of_relative_month(m, folded):
    """«الخامس عشر من الشهر الجاري», «20 من الشهر المقبل», «الخامس من هذا الشهر»: a day of the month the
    publication date points at (not «الـ24 من الشهر الجاري»: written so, in the sets and a review's sample, the day
    of the Hijri month, which the rule cannot tell; the month alone stands) (not after a definite noun: «الأسبوع الأول من الشهر المقبل» is a week)."""
    day, start = _day_and_start(m, folded, "unit")
    direction = _direction(m.group("dir"))
    if not day or not 1 <= day <= 31 or (direction is None and not m.group("this")):
        return None
    n = _STEPS.get(direction, 0)
    return _Draft(start, m.end("core"), "DATE", "day_of_relative_month", {"relative_months": n, "day": day})


@rule("day_of_same_month",
      PRE + rf"(?P<core>(?:(?P<wd>{WEEKDAY})\s*،?\s*)?(?:(?:ال\s?)?(?P<day>\d{{1,2}})|(?P<dayw>{_alt_al(DAY_ORDINALS)}))\s+من\s+"
      rf"(?:(?P<unit>(?:ال)?شهر)\s+(?:نفسه|ذاته)|(?:نفس|ذات)\s+الشهر))(?!\w)(?!\s+من\s)",
      needs="شهر")
def _day_of_same_month(m, folded):
    """«في 31 من الشهر ذاته», «الثاني عشر من نفس الشهر»: a day of the month the article named last
    (:func:`_link`); the month stays open (XXXX-XX-31) when it named none."""
    day, start = _day_and_start(m, folded, "core")
    if not day or not 1 <= day <= 31:
        return None
    return _Draft(start, m.end("core"), "DATE", "day_of_same_month", None,
                  {"value": f"XXXX-XX-{day:02d}", "same_month_day": day})


@rule("same_month",
      PRE + r"(?P<core>(?:(?P<earlier>وقت\s+(?:سابق|لاحق)\s+من\s+))?(?:الشهر\s+(?:نفسه|ذاته)|(?:نفس|ذات)\s+الشهر))"
      # (not «نفس الشهر من العام الماضي», «… خلال العام الماضي», «قبل سنة», «لعام 2014»: a month of another year, the
      # same-period rules')
      r"(?!\w)(?!\s+(?:من|خلال|قبل|ل?عام|ل?العام|ل?سنه)(?!\w))",
      needs="شهر")
def _same_month(m, folded):
    """«في الشهر نفسه», «في وقت لاحق من الشهر نفسه» (later that month): the month the article named last
    (:func:`_link`); XXXX-XX when it named none.

    >>> [(t.text, t.value) for t in tag_text("يعرض في أغسطس في نيويورك ثم في وقت لاحق من الشهر نفسه في لندن", "2015-07-31")]
    [('أغسطس', '2015-08'), ('وقت لاحق من الشهر نفسه', '2015-08')]
    """
    if not m.group("earlier") and re.search(r"(?<!\w)من\s+$", folded[max(0, m.start("core") - 6):m.start("core")]):
        return None  # «الأسبوع الأول من الشهر نفسه»: a part of that month, which the other rules read or leave
    return _Draft(_core_start(m), m.end("core"), "DATE", "same_month", None, {"value": "XXXX-XX", "same_month": True})


# A year named by the year the text wrote before it: the same one («العام نفسه», «نفس السنة»), the one before
# («العام الذي سبقه») or after («العام الذي تلاه», «العام التالي»). (Not «العام السابق», which news writes for
# the year before the publication date as often as for the one before the text's.)
_YEAR_WORD = r"(?:ال)?(?:عام|سنه)"
_SAME_YEAR_SHIFT = {k: int(v) for k, v in lexicon.mapping("year_references", "word", "shift").items()}


@rule("same_year",
      PRE + rf"(?P<core>(?:ال(?:عام|سنه)\s+(?:نفسه|ذاته|نفسها|ذاتها)|(?:نفس\s+{_YEAR_WORD}|ذات\s+ال(?:عام|سنه)"
      # (not «ذات عام كنت …», once, nor «الشركات ذات السنة المالية», having a fiscal year; «نفس العام الدراسي» is one)
      rf"(?!\s+(?!الذي|التي)ال\w+(?:ي|يه)(?!\w)))"
      rf"|ال(?:عام|سنه)\s+(?:الذي|التي)\s+(?P<rel>{_alt(_SAME_YEAR_SHIFT)})"
      rf"|(?P<next>العام\s+(?:التالي|اللاحق)|السنه\s+(?:التاليه|اللاحقه))))(?!\w)",
      needs="نفس|ذات|الذي|التي|التالي|اللاحق")
def _same_year(m, folded):
    """«في العام نفسه», «العام الذي سبقه», «العام التالي»: a year counted from the year the text wrote last, a few
    lines before at most (:func:`_link`); XXXX when it wrote none there (a history's «العام التالي» is no year
    after the publication date) (not «العام التالي للحرب»: the year after an event, which the text does not date)."""
    if m.group("next") and re.match(r"\s+ل(?!ه(?!\w)|ها(?!\w))\w", folded[m.end("core"):]):
        return None
    shift = _SAME_YEAR_SHIFT[m.group("rel")] if m.group("rel") else 1 if m.group("next") else 0
    return _Draft(_core_start(m), m.end("core"), "DATE", "same_year", None, {"value": "XXXX", "same_year": shift})


# "… ونصف" after a unit, with the unit again ("ونصف السنة", "ونصف العام") or not: a duration's ("خمس سنوات
# ونصف") and a date counted back's ("قبل عام ونصف العام").
_AND_A_HALF_PATTERN = rf"\s+ونصف(?:\s+(?:ال)?(?:{_alt(SINGULARS)})(?!\w))?(?!\w)"
_AND_A_HALF = re.compile(_AND_A_HALF_PATTERN)


def _and_a_half(value: str, unit: str | None = None) -> str | None:
    """A whole duration and a half, in the unit below: "P5Y" → "P5Y6M", "PT1H" → "PT1H30M"; decades and
    centuries (``unit`` DE, CE) are written in years, so half of one is years too: "P100Y" → "P150Y".

    >>> _and_a_half("P5Y"), _and_a_half("P100Y", "CE"), _and_a_half("P20Y", "DE")
    ('P5Y6M', 'P150Y', 'P25Y')
    """
    whole = re.fullmatch(r"P(T?)(\d+)(Y|M|W|D|H)", value)
    if whole is None:
        return None
    t, n, u = whole.groups()
    if unit in ("DE", "CE"):
        return f"P{int(n) + (5 if unit == 'DE' else 50)}Y"
    return {"Y": f"P{n}Y6M", "W": f"P{n}.5W", "D": f"P{n}DT12H", "H": f"PT{n}H30M",
            "M": f"PT{n}M30S" if t else f"P{n}M15D"}[u]


# A unit and a half («عام ونصف»), counted in the next smaller unit: (unit, how many of it make one).
_HALF_UNIT = {"CE": ("Y", 100), "DE": ("Y", 10), "Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24),
              "H": ("MIN", 60)}


RECORD_WORDS = lexicon.words("record_words")
# the ordinal and «الأعلى» after a definite noun name a rank («المجلس الأعلى», «الربع الأول»), not a record
_NAMING_RANKS = frozenset(fold(w) for w in ("الأول", "الأولى", "الأعلى"))


def _after_record(folded: str, start: int) -> bool:
    """Does a record or a first stand a few words before «منذ» at ``start``, in its clause? Then the count after
    «منذ» is how long the record holds, a DURATION: «أدنى مستوى له منذ سبع سنوات» (lowest in seven years). Not
    past a verb («أول مطبخ افتتح منذ 60 عاما»: opened 60 years ago), not an adjective of a named body or a period
    («المجلس الأعلى», «الربع الأول»), not «أكثر من» (more than).

    >>> [_after_record(s, s.index("منذ")) for s in ("ادني مستوي له منذ سبع سنوات", "زار المدينه منذ عشر سنوات",
    ...                                             "اول مطبخ افتتح منذ 60 عاما", "الربع الاول منذ اربعه اشهر")]
    [True, False, False, False]
    """
    clause = re.split(r"[،,]", _SENTENCE_END.split(folded[max(0, start - 60):start])[-1])[-1]
    words = _TOKEN.findall(clause)[-6:]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if _token_tense(w, words[k + 1] if k + 1 < len(words) else "", words[k - 1] if k else "") == "past":
            return False  # («توفي منذ عامين»: the verb's time, counted back)
        bare = w[1:] if w[:1] in "لبوف" and w[1:] in RECORD_WORDS else w
        if bare not in RECORD_WORDS:
            continue
        after = words[k + 1:k + 3]
        of_kind = len(after) == 2 and after[0] == "من" and after[1].startswith("نوع")
        if after[:1] == ["من"] and not of_kind:
            return False  # «أكثر من 100 شخص منذ»: more than
        prev = words[k - 1].removeprefix("و").removeprefix("ف") if k else ""
        if bare in _NAMING_RANKS and prev.startswith("ال") and prev != "المره" and not of_kind:
            return False  # «الزعيم الأعلى», «الربع الأول»: an adjective of what the text names (not «المرة الأولى»)
        return True
    return False


@rule("ago",
      PRE + rf"(?P<core>(?P<prep>منذ|قبل|بعد)\s+(?P<rest>(?:(?P<approx>{_alt(APPROXIMATORS)})\s+)?"
      rf"(?:(?P<num>{NUM})\s+|(?P<vague>{_alt(VAGUE_BEFORE)})\s+)?(?P<unit>{UNIT})"
      rf"(?:\s+(?P<vague2>{_alt(VAGUE_AFTER)})(?!\w)|(?P<half>{_AND_A_HALF_PATTERN}))?"
      # «منذ شهر مضى», «منذ سنوات خلت»: the verb that says the span is over belongs to it
      rf"(?:\s+(?:مضي|مضت|خلت)(?=[\s،.]|$))?))"
      rf"(?!\w)(?!\s*\d)(?!\s+من\s)",
      needs="منذ|قبل|بعد")
def _ago(m, folded):
    if m.group("prep") == "بعد" and re.match(r"\s+علي\s", folded[m.end("core"):m.end("core") + 6]):
        return None  # «بعد ثلاثة أيام على الهجوم»: counted from the event, as «… من الهجوم»: the duration rules'
    unit, own = _unit_amount(m.group("unit"))
    vague = m.group("vague") or m.group("vague2")
    amount = None if vague else _num(m.group("num")) if m.group("num") else own
    whole = _duration_value(amount, unit) if amount is not None else None  # before a half is counted in
    whole_unit = unit
    if m.group("half") and amount is not None and unit in _HALF_UNIT:
        # «قبل عام ونصف العام» (a year and a half ago): counted in the next smaller unit, 18 months
        unit, per = _HALF_UNIT[unit]
        amount = int((amount + 0.5) * per)
    sign = 1 if m.group("prep") == "بعد" else -1
    bound = APPROX_MOD.get(re.sub(r"\s+", " ", m.group("approx") or ""))
    before = folded[max(0, m.start("core") - 8):m.start("core")].split()
    if sign > 0 and before and before[-1] in UNIT_OF and UNIT_OF[before[-1]] == unit:
        return None  # "يوما بعد يوم": day after day
    if sign < 0 and m.group("prep") == "منذ":
        tense, _ = _clause_tense(folded, m.start("core"), m.end("core"), ahead=0)
        # "منذ سنوات طويلة" with no past verb: for many years (there is no date to count back to)
        if tense in ("continuing", "present") or amount is None and tense is None or _after_record(folded, m.start("core")):
            # "الحرب المستمرة منذ أربعة أشهر", "لا يزال محتجزا منذ عام": a state that goes on, for that long
            # (TimeML: a DURATION; منذ stays out of it).
            if amount is None:
                anchor = {"duration": _vague_duration(unit), "direction": "past"}
            else:
                # («لا يزال محتجزا منذ عام ونصف»: P1Y6M, as the duration rule writes a half)
                duration = (_and_a_half(whole, whole_unit) if m.group("half") and whole else None) or _duration_value(amount, unit)
                anchor = {"duration": duration, "amount": amount, "unit": unit, "direction": "past"}
            return _Draft(m.start("rest"), m.end("core"), "DURATION", "since", anchor, mod=bound)
    # A date counted back ("قبل أكثر من عام": before that date) or forward ("بعد أقل من شهر").
    mod = {"MORE_THAN": "BEFORE" if sign < 0 else "AFTER", "LESS_THAN": "AFTER" if sign < 0 else "BEFORE"}.get(bound or "", bound)
    if sign > 0:
        tense, future = _clause_tense(folded, m.start("core"), m.end("core"))
        if not (tense in ("future", "present") or future and tense != "past"):
            # "وبعد ساعات أعلن الجيش": hours after the event told before, not after the publication date.
            return _Draft(_core_start(m), m.end("core"), "DATE", "after", None,
                          {"value": "XXXX-XX-XX", "after": {"amount": amount, "unit": unit}}, mod=mod)
    if amount is None:  # "منذ أيام", "منذ سنوات": some time ago
        return _Draft(_core_start(m), m.end("core"), "DATE", "ago", None,
                      {"value": "PAST_REF" if sign < 0 else "FUTURE_REF"}, mod=mod)
    if unit in CLOCK_UNITS:
        anchor = {"relative_days": sign * (math.floor(amount / 24) if unit == "H" else 0)}
    elif unit == "D":
        anchor = {"relative_days": sign * int(amount)}
    elif unit == "W":
        anchor = {"relative_weeks": sign * int(amount)}
    elif unit == "M":
        anchor = {"relative_months": sign * int(amount)}
    elif unit == "Y":
        anchor = {"relative_years": sign * int(amount)}
    else:
        anchor = {"relative_years": sign * int(amount) * (10 if unit == "DE" else 100)}
    return _Draft(_core_start(m), m.end("core"), "DATE", "ago", anchor, mod=mod)


_PLURAL_UNIT_AND = re.compile(rf"(?<!\w)ال({UNIT})\s+$")


@rule("anchored_duration",
      PRE + rf"(?P<core>(?:(?:{AL}?(?P<unit>{UNIT})\s+(?P<num>{NUM})|{AL}?(?P<num2>{NUM})\s+(?P<al2>ال)?(?P<unit2>{UNIT})|{AL}?(?P<unit3>{UNIT}))"
      rf"(?:\s+القليله)?\s+(?P<dir>{DIR})|(?P<last>اخر)\s+(?P<num4>{NUM})\s+(?P<unit4>{UNIT})))",
      needs=(UNIT, DIR + "|اخر"))
def _anchored_duration(m, folded):
    unit_word = m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit4")
    num = m.group("num") or m.group("num2") or m.group("num4")
    unit, own = _unit_amount(unit_word)
    direction = "past" if m.group("last") else _direction(m.group("dir"))
    if direction not in ("past", "future"):
        return None
    amount = _num(num) if num else own
    if m.group("unit3") and own == 1:
        return None  # "العام الماضي" is last year, not a duration (relative_period)
    if m.group("num") and _with_al(m.group("num")) in {_with_al(w) for w in WEEKDAYS} \
            or m.group("num2") and "ال" + m.group("num2").removeprefix("ال") in WEEKDAYS:
        return None  # "اليوم الأحد المقبل", «الاثنين الأسبوع المقبل»: a weekday, not "the one" or "the two"
    start = _core_start(m)
    # («ستة الأشهر الأخيرة»: a count word of a few, written alone without ال, before the definite unit counts them too;
    # not «للخمسة الأيام القادمة», read as the unit alone)
    if m.group("al2") and not ((m.group("num2").startswith("ال") or folded[max(0, m.start("num2") - 2):m.start("num2")] == "ال"
                                or (not m.group("num2")[:1].isdigit() and 2 <= (_num(m.group("num2")) or 0) <= 12
                                    and folded[m.start("num2") - 1:m.start("num2")].isspace()))
                               and (_num(m.group("num2")) or 100) < 100):
        # «الثلاثة الأيام الماضية» counts them; «آلاف السنين القادمة», «للخمسة الأيام القادمة» (ل + خمسة): the unit
        # and its direction alone, as the rule reads them without a count
        if own == 1:
            return None
        start, amount = m.start("al2"), None
    if m.group("unit3") and amount is None and m.group("pre").startswith("و"):
        # «الأسابيع والأيام المقبلة», «الأشهر والسنوات القادمة»: two plural units share one direction, and
        # the expression opens at the first
        first = _PLURAL_UNIT_AND.search(folded, max(0, m.start() - 24), m.start())
        if first is not None and _unit_amount(first.group(1))[1] is None:
            start = first.start()
    if amount is None and folded[max(0, start - 3):start] == "في ":
        # "في الأيام المقبلة": at some time in the coming days, not all through them
        return _Draft(start, m.end("core"), "DATE", "anchored_duration", None,
                      {"value": "FUTURE_REF" if direction == "future" else "PAST_REF"})
    if amount is None:  # "الأيام الماضية": some days
        anchor = {"duration": _vague_duration(unit), "direction": direction}
    else:
        # The interval ends (past) or starts (future) at the publication date.
        anchor = {"duration": _duration_value(amount, unit), "amount": amount, "unit": unit,
                  "direction": direction}
    return _Draft(start, m.end("core"), "DURATION", "anchored_duration", anchor)


# Words before a number of decades that make them time: "عقد" is also a contract ("20 عقدا").
DURATION_CUES = lexicon.words("duration_cues")


_ONE = r"(?:واحد|واحده|واحدا)(?!\w)"  # "عام واحد", "ساعة واحدة", «يوما واحدا»
_APPROX_BEFORE = re.compile(rf"(?<!\w)({_alt(APPROXIMATORS)})\s+$")
_RANGE_BEFORE = re.compile(r"(?<![\d\w])(\d+)\s*(الي|-|–|او|و)\s*$")
# «بين» (or «ما بين») before two counts joined by و: a range («بين 3 و7 سنوات»), not a list of two
_BETWEEN_BEFORE = re.compile(r"(?:(?<!\w)|(?<=(?<!\w)[وف]))(?:ما\s+)?بين\s+$")


@rule("after_event_vague",
      PRE + rf"(?P<prep>بعد|قبل)\s+(?P<core>(?P<unit>{UNIT}))(?=\s+(?P<rel>من|علي)\s)",
      needs="بعد|قبل")
def _after_event_vague(m, folded):
    """«بعد أشهر من الحرب», «بعد أسابيع على تحرير عدن», «قبل أيام من القصاص»: months after an event the clause names, counted
    from it, not from the publication date; as «بعد شهرين من …» gives the duration «شهرين», the plural
    alone is a duration of some months (PXM). A singular or a dual is the duration rule's."""
    unit, own = _unit_amount(m.group("unit"))
    if own is not None or (m.group("prep") == "قبل" and m.group("rel") == "علي"):
        return None  # («وقعت قبل أيام على كورنيش جدة»: some days ago, on the corniche)
    return _Draft(m.start("core"), m.end("core"), "DURATION", "after_event_vague", None, {"value": _vague_duration(unit)})


def _vague_duration(unit: str) -> str:
    """A duration of an unknown count of ``unit``: «ساعات» PTXH, «ثوان معدودة» PTXS, «سنوات» PXY."""
    code = "T" if unit in CLOCK_UNITS else ""
    return f"P{code}X{_UNIT_LETTER.get(unit, unit)}"


_AGE_ROWS = lexicon.rows("age_words")
AGE_NOUNS = {fold(r["word"]) for r in _AGE_ROWS if r["where"] == "noun"}
# (before_any: a word of age before the count that makes months and days an age too, «عمر»; «دون» only years)
AGE_OF_BABIES = {fold(r["word"]) for r in _AGE_ROWS if r["where"] == "before_any"}
AGE_BEFORE = {fold(r["word"]) for r in _AGE_ROWS if r["where"] == "before"} | AGE_NOUNS | AGE_OF_BABIES
AGE_OWNER = {fold(r["word"]) for r in _AGE_ROWS if r["where"] == "owner"}
AGE_BEFORE_AL = {fold(r["word"]) for r in _AGE_ROWS if r["where"] == "before_al"} | AGE_OWNER
AGE_DEATH = {fold(r["word"]) for r in _AGE_ROWS if r["where"] == "death"}
# What may stand between an age word and the count: other counts of a list, «بين», «على», a one-word
# approximator («نحو», «حوالي»: data/lexicon/approximators.tsv)
_AGE_SKIP = re.compile(rf"و?(?:ال)?\d+|و|ال|بين|من|علي|الي|{_alt(w for w in APPROXIMATORS if ' ' not in w)}")
# Brackets and quotes around an age alone; news writes “ and ” either way round
_QUOTE_OPEN, _QUOTE_CLOSE = "(\"“”«", ")\"”“»"


def _is_age(folded: str, start: int, end: int, years: bool = True) -> bool:
    """A count of years that is someone's age (data/lexicon/age_words.tsv), not a time expression:
    "تبلغ من العمر 52 عاما", "أعمارهم بين 65 و69 عاما", "صاحب الـ28 عاما", "توفي في القاهرة عن 47 عاما",
    or alone in brackets or commas after a name, as news writes ages ("فالكاو (29 عاما)"). With ``years`` False, a
    count of months, weeks or days: a baby's age only after a noun of age or «ذو»/«ذات» with ال ("طفل عمره
    18 شهرا", "الطفل ذي الأشهر الستة"); «دون 6 أشهر», «تحت 3 أشهر» stay durations.

    >>> _is_age("واشتهر فالكاو (29 عاما) بانه", 15, 22), _is_age("لمده 29 عاما", 5, 12), _is_age("سمار، 66 عاما، فاز", 6, 13)
    (True, False, True)
    >>> _is_age("طفل عمره 18 شهرا", 9, 16, years=False), _is_age("دون 6 اشهر", 4, 10, years=False)
    (True, False)
    """
    left, right = folded[max(0, start - 3):start].rstrip(), folded[end:end + 3].lstrip()
    if years and left[-1:] and left[-1] in _QUOTE_OPEN and right[:1] and right[0] in _QUOTE_CLOSE:
        before = folded[max(0, start - 30):start].split()[-2:-1]
        # "بالسجن (10 سنوات)", "لمدة (3 سنوات)": a term, not an age
        return not (before and (before[0].startswith("بال") or before[0].lstrip("وف") in DURATION_CUES))
    if years and left[-1:] in ("،", ",") and right[:1] in ("،", ","):
        # «سمار، 66 عامًا، لزعيم»: set off by commas after a word, as news writes a person's age; not after a
        # count or a word of time («خلال عامين، 3 أعوام،»)
        before = folded[max(0, start - 30):start].rstrip(" ،,").split()[-1:]
        return bool(before) and not (before[0][:1].isdigit() or before[0] in UNIT_OF
                                     or before[0].lstrip("وف") in DURATION_CUES)
    words = folded[max(0, start - 60):start].split()
    definite = folded[start:start + 2] == "ال"
    for i in range(len(words) - 1, max(-1, len(words) - 6), -1):
        w = words[i]
        if w == "ال":
            definite = True
            continue
        if w == "عن":  # "توفي في القاهرة عن 47 عاما": of a death, the age at it
            # (or a comparison of ages: "تقل أعمارهم عن 18 عاما", "يزيد عمره عن 60 عاما")
            # (one proclitic off, not .lstrip("وف"): «وفاة» would lose its own و and ف)
            return any(x in AGE_DEATH or x[:1] in "وف" and x[1:] in AGE_DEATH for x in words[max(0, i - 8):i]) \
                or any(x.lstrip("وف") in AGE_NOUNS | AGE_OF_BABIES for x in words[max(0, i - 2):i])
        if _AGE_SKIP.fullmatch(w):
            continue
        w = w[1:] if w[:1] in "وف" and w[1:] in AGE_BEFORE | AGE_BEFORE_AL else w
        if (w in AGE_BEFORE and (years or w in AGE_NOUNS or w in AGE_OF_BABIES)) \
                or definite and (w in AGE_OWNER or (years and w in AGE_BEFORE_AL)):
            return True
        break
    # "سنها الحقيقي هو 44 عاما": a word of age a few words back, in the same clause, with no other count or
    # word of time between ("عمرها 300 عام بعد 35 عاما": the 35 years are no age)
    clause = re.split(r"[.،,؛:!?؟\n]", folded[max(0, start - 60):start])[-1].split()
    for w in reversed(clause[-5:]):
        if w[:1].isdigit() or w in UNIT_OF or w.lstrip("وف") in DURATION_CUES:
            return False
        if w in AGE_NOUNS or w[1:] in AGE_NOUNS and w[:1] in "وف":
            return True
    return False


# «كامل», «كاملة», «كاملين», «كاملا»: a whole one (after a unit or a count of them)
_FULL = r"كامل(?:ه|ين|تين|ا|ان|تان)?"
_FULL_AFTER = re.compile(rf"\s+{_FULL}(?!\w)")
# «منذ», «قبل» or «بعد» (with و / ف) right before a span: a date counted back or forward, the rule "ago"'s
_AGO_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:منذ|قبل|بعد)\s+$")


@rule("duration",
      PRE + rf"(?P<core>(?:(?P<num>{NUM})\s+(?P<al>ال)?(?P<unit>{UNIT})"
      rf"|(?P<dual>{_alt(DUALS)})(?!\w)|(?P<vq>{_alt(VAGUE_BEFORE)})\s+(?P<vunit>{UNIT})"
      rf"|(?P<vunit2>{UNIT})\s+(?:(?P<vq2>{_alt(VAGUE_AFTER)})(?!\w)|(?P<one>{_ONE}))"
      rf"|(?P<hunit>{_alt(SINGULARS)})(?=\s+ونصف(?!\w))|(?P<full>{_alt(SINGULARS)}ا?)(?=\s+{_FULL}(?!\w))))",
      needs=_alt(set(UNIT_OF) | DUALS | SINGULARS))
def _duration(m, folded):
    d = _duration_counted(m, folded)
    if d is not None and _AGO_BEFORE.search(folded[max(0, d.start - 8):d.start]):
        return None if m.group("full") else d  # «منذ عام كامل»: the rule "ago" reads it
    full = _FULL_AFTER.match(folded, d.end) if d is not None and d.anchor is None else None
    if full is not None:
        d = replace(d, end=full.end())  # «يومين كاملين», «عاما كاملا»: a whole span, its adjective with it
    every = _EVERY_BEFORE.search(folded, max(0, d.start - 6), d.start) if d is not None and d.anchor is None else None
    if every is not None:
        # «كل 30 دقيقة», «مرة كل أربع سنوات»: once in every such span, a SET whose value is its period
        return replace(d, start=every.start(1), type="SET", rule="set")
    return d


# «كل» right before a counted span, as a word of its own or after و / ف
_EVERY_BEFORE = re.compile(r"(?:(?<!\w)|(?<=(?<!\w)[وف]))(كل)\s+$")


def _duration_counted(m, folded):
    d = _duration_draft(m, folded)
    half = _AND_A_HALF.match(folded, d.end) if d is not None and d.anchor is None else None
    unit = _unit_amount(next(g for g in (m.group(k) for k in ("unit", "dual", "vunit", "vunit2", "hunit", "full")) if g))[0]
    value = _and_a_half(d.fixed["value"], unit) if d is not None and half is not None else None
    if d is None or half is None or value is None \
            or _AGO_BEFORE.search(folded[max(0, d.start - 8):d.start]):
        return d  # "منذ عامين ونصف": a date counted back (rule "ago"), left as it was
    # "خمس سنوات ونصف" (P5Y6M), "ساعة ونصف" (PT1H30M): and a half, in the unit below
    return replace(d, end=half.end(), fixed={"value": value})


def _duration_draft(m, folded):
    if m.group("hunit") or m.group("full"):  # "ساعة ونصف", "عاما كاملا": one unit (the half, the adjective added by the caller)
        g = "hunit" if m.group("hunit") else "full"
        unit, _ = _unit_amount(m.group(g))
        return _Draft(m.start(g), m.end(g), "DURATION", "duration", None, {"value": _duration_value(1, unit)})
    unit_word = m.group("unit") or m.group("dual") or m.group("vunit") or m.group("vunit2")
    unit, own = _unit_amount(unit_word)
    start = _core_start(m)
    # "أكثر من عام" (MORE_THAN), "نحو ثلاث ساعات" (APPROX); "5 إلى 7 أيام" (a range of counts)
    approx = _APPROX_BEFORE.search(folded, max(0, start - 16), start)
    mod = APPROX_MOD.get(re.sub(r"\s+", " ", approx.group(1))) if approx else None
    start = approx.start(1) if approx else start
    n1 = _RANGE_BEFORE.search(folded, max(0, start - 12), start) if m.group("num") else None
    if m.group("one"):  # "عام واحد", «يوما واحدا»
        if unit_word not in SINGULARS and own != 1:
            return None
        return _Draft(start, m.end("core"), "DURATION", "duration", None, {"value": _duration_value(1, unit)}, mod=mod)
    if m.group("vunit") or m.group("vunit2"):  # "عدة أيام", "ساعات عدة": some days, some hours
        if unit_word in SINGULARS:
            return None
        return _Draft(start, m.end("core"), "DURATION", "duration", None, {"value": _vague_duration(unit)}, mod=mod)
    if m.groupdict().get("al") and not ((m.group("num") or "").startswith("ال") and (_num(m.group("num")) or 100) < 100
                                        and m.group("num") not in WEEKDAYS):  # («الاثنين الأسبوع المقبل»: Monday)
        # «الستة الأشهر»: a definite unit after a definite count below a hundred only (not «2015 العام», «في المائة
        # الأسبوع الماضي», «آلاف السنين»)
        return None
    amount = _num(m.group("num")) if m.group("num") else own
    if amount is None:
        # «بين ستة وثمانية أسابيع»: two counts joined by و (no compound number) are a range, some weeks
        pair = re.fullmatch(r"(.+?)\s+و\s?(.+)", m.group("num") or "")
        low, high = (_num(pair.group(1)), _num(pair.group(2))) if pair else (None, None)
        if low is None or high is None or low >= high:
            return None
        return _Draft(start, m.end("core"), "DURATION", "duration", None, {"value": _vague_duration(unit)}, mod=mod)
    num = m.group("num") or ""
    if re.fullmatch(r"\d+", num) and 3 <= int(num) <= 10 and unit_word in SINGULARS and not unit_word.endswith("ا"):
        return None  # after 3-10 Arabic counts with a plural ("3 ساعات"): "3 ساعة" is not three hours
    if unit == "Y" and unit_word in SINGULARS and re.match(r"\s*\d{4}(?!\d)", folded[m.end("core"):m.end("core") + 6]):
        return None  # «قتلت 584 ألفا عام 2013»: «عام» names the year after it, nothing counts it
    if n1 and isinstance(amount, int) and int(n1.group(1)) < amount and n1.group(2) == "و" \
            and not _BETWEEN_BEFORE.search(folded, max(0, n1.start(1) - 8), n1.start(1)):
        # «سندات آجال 3 و 7 سنوات»: two counts a list shares its unit with, no range without «بين»; the second
        # count and its unit are one span (the bare first count has no unit of its own)
        n1 = None
    if n1 and isinstance(amount, int) and int(n1.group(1)) < amount:
        # "من 5 إلى 7 أيام": some days (TIMEX3 has no range of amounts); "من 18 إلى 11 ساعة" is not a range
        if unit == "Y" and _is_age(folded, n1.start(1), m.end("core")):
            return None  # "أعمارهم بين 65 و69 عاما": ages
        return _Draft(n1.start(1), m.end("core"), "DURATION", "duration", None, {"value": _vague_duration(unit)}, mod=mod)
    if unit == "DE":
        before = folded[max(0, m.start("core") - 20):m.start("core")].split()[-2:]
        after = folded[m.end("core"):m.end("core") + 12]
        if amount > 10 or not (any(w.lstrip("و") in DURATION_CUES for w in before)
                               or after.lstrip().startswith("من الزمن")):
            return None
    if num and re.fullmatch(r"(?:ال)?\d{4}", num) and unit == "Y":
        return None
    if _is_age(folded, start, m.end("core"), years=unit == "Y"):
        return None  # "تبلغ من العمر 52 عاما", "طفل عمره 18 شهرا": an age
    return _Draft(start, m.end("core"), "DURATION", "duration", None, {"value": _duration_value(amount, unit)}, mod=mod)


@rule("unit_count", PRE + rf"(?P<core>{AL}(?P<unit>{UNIT})\s+(?P<num>ال{_alt(_NUMBER_WORDS)}))(?!\w)", needs=UNIT)
def _unit_count(m, folded):
    """A definite plural unit and its definite count after it: «فترة الأشهر الستة» P6M, «السنوات الخمس» P5Y, after ل
    too («للسنوات الأربع»; with a direction after them the rule "anchored_duration" reads them)."""
    unit, own = _unit_amount(m.group("unit"))
    amount = _num(m.group("num"))
    after = folded[m.end("core"):]
    if own is not None or amount is None or not 3 <= amount <= 10 \
            or re.match(r"\s+(?:" + DIR + r"|عشر(?!\w)|و\s?(?:ال)?" + _alt(_NUMBER_WORDS) + r"(?!\w)|ال?اول|ال?اخير|الاوائل|الاواخر)", after) \
            or _is_age(folded, m.start("core"), m.end("core"), years=unit == "Y"):
        # («الشهرين الماضيين», «السنة الثالثة»: a dual, an ordinal; «الأيام الثلاثة المقبلة», «الأيام الخمسة عشر», «الساعات
        # الأربع والعشرين»; «الأشهر
        # الستة الأولى من العام», the first half of a year, is the rules' for parts of a year; «الطفلة ذات الأعوام التسعة», an age)
        return None
    return _Draft(_core_start(m), m.end("core"), "DURATION", "unit_count", None, {"value": _duration_value(amount, unit)})


@rule("first_two", PRE + rf"(?P<core>{AL}(?P<dual>{_alt(DUALS)})\s+الاولي?(?:ان|ين))(?!\w)", needs=_alt(DUALS))
def _first_two(m, folded):
    """A definite dual and «الأولان»: the first two of that unit, a duration («الأسبوعان الأولان من المعسكر» P2W,
    «الساعتين الأوليين» PT2H; «اليومين الأخيرين» is the rule "anchored_duration"'s)."""
    unit, own = _unit_amount(m.group("dual"))
    if own != 2:
        return None
    return _Draft(_core_start(m), m.end("core"), "DURATION", "first_two", None, {"value": _duration_value(2, unit)})


@rule("duration_one",
      r"(?P<prep>" + _alt(DURATION_PREPOSITIONS) + rf")\s+(?P<core>(?P<single>{_alt(SINGULARS)})(?!\w)(?:\s+{_ONE})?)",
      needs=_alt(DURATION_PREPOSITIONS))
def _duration_one(m, folded):
    """A lone unit after a word of duration: "خلال عام", "في غضون عام", "لمدة يوم" (one unit long)."""
    before = folded[max(0, m.start() - 2):m.start()].rjust(2)
    if before[1].isalnum() and not (before[1] in "وف" and not before[0].isalnum()):
        return None  # inside a word, not after a proclitic و / ف
    nxt = folded[m.end("core"):m.end("core") + 30].split()
    if nxt and (nxt[0][:1].isdigit() or nxt[0] in MONTH_OF or nxt[0] in HIJRI_MONTH_OF
                or (nxt[0] == "من" and len(nxt) > 1 and (nxt[1] in UNIT_OF or nxt[1][2:] in UNIT_OF))
                or " ".join(nxt[:2]) in MONTH_OF or " ".join(nxt[:2]) in HIJRI_MONTH_OF):
        # ("خلال يوم من أيام الصيف" is a day among others; "خلال شهر من الإصابة" is within a month of it)
        return None  # "خلال عام 2015", "خلال شهر رمضان"
    unit, _ = _unit_amount(m.group("single"))
    if unit == "DE" and nxt and nxt[0][:1].isalpha() and nxt[0] not in _STOP_WORDS \
            and not re.match(r"(?:واحد|كامل)", nxt[0]) and not m.group("core").endswith(("واحد", "واحده")):
        return None  # "خلال عقد شراكات": the holding of partnerships, not a decade (but "خلال عقد كامل")
    return _Draft(m.start("core"), m.end("core"), "DURATION", "duration", None, {"value": _duration_value(1, unit)})


LASTING_VERBS = lexicon.words("lasting_verbs")


@rule("duration_lasting",
      rf"(?<!\w)[وف]?(?:{_alt(LASTING_VERBS)})(?:\s+(?!(?:الي|الا)(?!\w))ال[^\W\d]+)?\s+(?P<core>(?P<unit>[^\W\d]+))(?!\w)",
      needs=_alt(LASTING_VERBS))
def _duration_lasting(m, folded):
    """A bare time unit in the accusative after a verb of lasting (and its subject) is how long it lasts: «استمرت شهرا»,
    «استمرت المفاوضات عاما» (P1M, P1Y), «جولة تستغرق ساعة» (PT1H), «مواقف استمرت أشهرا» (PXM); not a unit counted
    or qualified after it, which the duration rule reads whole («استمر يوما واحدا», «تستمر أسبوعا كاملا»)."""
    word = m.group("unit")
    plural = word.endswith("ا") and word[:-1] in UNIT_OF and _unit_amount(word[:-1])[1] is None  # «أشهرا», «أياما»
    if word not in UNIT_OF and not plural:
        return None
    unit, own = _unit_amount(word[:-1] if plural else word)
    if own == 1 and not word.endswith(("ا", "ه")):
        return None  # a singular that is no accusative («استمر يوم …» is another construction)
    if own is None and not plural and not word.endswith("ات"):
        return None  # «تستمر أيام العيد»: a broken plural without its alif is the subject, not the extent
    if unit == "S":
        return None  # «استمرت المفاوضات ثانية»: a second time, not a second
    nxt = folded[m.end("core"):m.end("core") + 16]
    if re.match(rf"\s+(?:{_ONE}|{_FULL}(?!\w)|ونصف|ال|او(?!\w)|الي(?!\w)|بعد(?!\w)|الا(?!\w)|و\s*\d)", nxt) \
            or re.match(r"\s*\d", nxt):
        return None  # («تستغرق ساعات الانتظار», «ساعة أو ساعتين», «عاما إلى عامين», «سنة بعد سنة», «ساعة إلا ربعا»)
    value = _duration_value(1, unit) if own == 1 else _vague_duration(unit)
    return _Draft(m.start("core"), m.end("core"), "DURATION", "duration", None, {"value": value})


@rule("duration_some",
      r"(?P<prep>" + _alt(DURATION_PREPOSITIONS) + rf")\s+(?P<core>(?P<plural>{UNIT}))(?!\s*\d)",
      needs=(_alt(DURATION_PREPOSITIONS), UNIT))
def _duration_some(m, folded):
    """"على مدى أيام", "لمدة سنوات", "في غضون أشهر.": some units long (PXD, PXY), a bare plural after a word of
    duration that ends its phrase (punctuation or a particle after it: «على مدار سنوات من مسيرته»); not the days
    of something, «خلال أيام عيد الفطر», «طوال سنوات حكمه», nor a count after it."""
    before = folded[max(0, m.start() - 2):m.start()].rjust(2)
    if before[1].isalnum() and not (before[1] in "وفل" and not before[0].isalnum()):
        return None  # inside a word, not after a proclitic
    unit, own = _unit_amount(m.group("plural"))
    nxt = folded[m.end("core"):m.end("core") + 20].split()[:1]
    if own is not None or unit == "DE" or (nxt and nxt[0][:1].isalpha() and (nxt[0] not in _STOP_WORDS or nxt[0].startswith("ال"))):
        return None
    return _Draft(m.start("core"), m.end("core"), "DURATION", "duration", None, {"value": _vague_duration(unit)})


@rule("one_unit_of_event",
      r"(?<!\w)[وف]?(?:بعد|قبل)\s+" + rf"(?P<core>(?P<single>{_alt(SINGULARS)}))\s+من\s+(?P<of>\S+)",
      needs=("بعد|قبل", _alt(SINGULARS)))
def _one_unit_of_event(m, folded):
    """«بعد ساعة من إقلاعها», «قبل يوم من الحادث»: one unit before or after an event the text names, a
    duration as «بعد ساعتين من» is (PT1H); not «قبل عام من الآن» or «قبل قرن من الزمان», counted from now, nor «قبل
    عام من أجل …» (in order to), nor «بعد يوم من أيام»."""
    of = m.group("of")
    if of.startswith(("الان", "الزمن", "الزمان", "اجل")) or of in UNIT_OF or of[2:] in UNIT_OF or of[:1].isdigit():
        return None
    unit, own = _unit_amount(m.group("single"))
    if own != 1:
        return None
    return _Draft(m.start("core"), m.end("core"), "DURATION", "duration", None, {"value": _duration_value(1, unit)})


_GAP_BEFORE = re.compile(r"(?<!\w)[وف]?(?:قبل|بعد)\s+(?:\S+\s+){1,6}$")


@rule("gap_of_event",
      r"(?<!\w)ب(?P<core>(?P<unit>" + _alt(SINGULARS | DUALS) + r"))(?!\w)",
      needs=("قبل|بعد", _alt(SINGULARS | DUALS)))
def _gap_of_event(m, folded):
    """«قبل ختام المعسكر بيوم», «قبل مباراة الفريق أمام التعاون بأسبوع», «بعد وصوله بيومين»: how long before or
    after an event the clause names, its unit after ب (P1D, P1W, P2D; the ب stays out). Not «بيوم الجمعة», «بيوم
    ميلاده» (on a day): a definite or possessed noun after it; nor across a clause's end.

    >>> [(t.text, t.value) for t in tag_text("أعطاه إجازة قبل ختام المعسكر بيوم لإنهاء ارتباطاته، واحتفل بيوم ميلاده", "2015-08-11")]
    [('يوم', 'P1D')]
    """
    before = folded[max(0, m.start() - 60):m.start()]
    if _GAP_BEFORE.search(re.split(r"[.،,؛;:!?؟\n]", before)[-1]) is None:
        return None
    nxt = folded[m.end():m.end() + 20]
    word = nxt.split()[0] if nxt.split() else ""
    # (what may follow: a small word, «لإنهاء …», «واحد»)
    if nxt.strip() and nxt[:1].isspace() and word and word[0].isalnum() and not (
            word in _STOP_WORDS or word.startswith("ل") or re.match(_ONE, word)):
        return None
    unit, own = _unit_amount(m.group("unit"))
    if own is None:
        return None
    return _Draft(m.start("core"), m.end("core"), "DURATION", "duration", None, {"value": _duration_value(own, unit)})


_OF_HIJRI_MONTH = r"\s+من\s+(?:شهر\s+)?" + _alt(HIJRI_MONTH_OF)


@rule("ten_days",
      PRE + r"(?P<core>العشره?\s+(?:الاواخر|(?:الاوائل|الاولي|الاخيره)(?=" + _OF_HIJRI_MONTH + r"))(?:" + _OF_HIJRI_MONTH
      + r")?)(?!\w)",
      needs=r"العشره?\s+(?:الاواخر|الاوائل|الاولي|الاخيره)")
def _ten_days(m, folded):
    """«العشر الأواخر من رمضان», «العشرة الأواخر», «العشر الأوائل من ذي الحجة»: the last or first ten days of a
    Hijri month, a span of ten days (P10D); «الأواخر» alone is Ramadan's, the first ten need their month (not «المراكز
    العشرة الأولى», the top ten).

    >>> [(t.text, t.value) for t in tag_text("انتعشت السوق في العشرة الأواخر من رمضان، أما في العشر الأواخر", "2015-07-21")]
    [('العشرة الأواخر من رمضان', 'P10D'), ('العشر الأواخر', 'P10D')]
    """
    return _Draft(_core_start(m), m.end("core"), "DURATION", "duration", None, {"value": "P10D"})


@rule("approx_one",
      PRE + rf"(?P<core>(?P<approx>{_alt(APPROXIMATORS)})\s+(?P<single>{_alt(SINGULARS)})(?:\s+{_ONE})?)(?!\w)(?!\s*\d)",
      needs=(_alt(APPROXIMATORS), _alt(SINGULARS)))
def _approx_one(m, folded):
    """"استمرت أكثر من عام", "لنحو ساعة": about or more than one unit (P1Y, MORE_THAN), with no word of duration
    before it ("منذ أكثر من عام" and "قبل نحو عام" are the rules "since" and "ago"); not "نحو عام 2015", a year.
    "أكثر من ساعة ونصف" is PT1H30M."""
    unit, own = _unit_amount(m.group("single"))
    if own != 1:
        return None
    value, end = _duration_value(1, unit), m.end("core")
    half = _AND_A_HALF.match(folded, end)
    plus_half = _and_a_half(value, unit) if half is not None else None
    if plus_half:
        value, end = plus_half, half.end()
    return _Draft(_core_start(m), end, "DURATION", "duration", None, {"value": value},
                  mod=APPROX_MOD.get(re.sub(r"\s+", " ", m.group("approx"))))


@rule("half_unit",
      PRE + rf"(?P<core>(?P<frac>نصف|ربع)\s+(?P<single>{_alt(SINGULARS)}))(?!\w)(?!\s*\d)",
      needs="نصف|ربع")
def _half_unit(m, folded):
    """"نصف ساعة" (PT30M), "نصف قرن" (P50Y), "نصف عام" (P6M), "ربع قرن" (P25Y): half or a quarter of one unit,
    in the unit below (not "النصف الأول", a half of a year, "الربع الثالث", a quarter, nor "منتصف", its middle).

    >>> [(t.text, t.value) for t in tag_text("نما بأبطأ وتيرة له في ربع قرن", "2015-07-21")]
    [('ربع قرن', 'P25Y')]
    """
    unit, _ = _unit_amount(m.group("single"))
    small = _HALF_UNIT.get(unit)
    parts = 2 if m.group("frac") == "نصف" else 4
    if small is None or small[1] % parts:
        return None
    approx = _APPROX_BEFORE.search(folded, max(0, m.start("core") - 16), m.start("core"))
    start = approx.start(1) if approx else _core_start(m)
    mod = APPROX_MOD.get(re.sub(r"\s+", " ", approx.group(1))) if approx else None
    return _Draft(start, m.end("core"), "DURATION", "duration", None,
                  {"value": _duration_value(small[1] // parts, small[0])}, mod=mod)


@rule("day_of_every_month",
      PRE + rf"(?P<core>(?:(?:ال\s?)?(?P<day>\d{{1,2}})|(?P<dayw>{_alt_al(DAY_ORDINALS)}))\s+من\s+كل\s+شهر)(?!\w)",
      needs=("كل", "شهر"))
def _day_of_every_month(m, folded):
    """«الثامن والعشرين من كل شهر», «في 15 من كل شهر»: that day of every month (SET XXXX-XX-28)."""
    day, start = _day_and_start(m, folded, "core")
    if not day or not 1 <= day <= 31:
        return None
    return _Draft(start, m.end("core"), "SET", "set", None, {"value": f"XXXX-XX-{day:02d}"})


@rule("level_in_one_unit",
      r"(?<!\w)(?:ال)?مستو(?:ي|اه|اها|ياته|ياتها|يات)(?:\s+(?:له|لها|لهم|لهما))?\s+(?P<prep>في)\s+"
      rf"(?P<core>(?P<single>{_alt(SINGULARS)})(?!\w)(?:\s+{_ONE})?)",
      needs=(_alt(SINGULARS), "مستو"))
def _level_in_one_unit(m, folded):
    """"أدنى مستوى في شهر", "أعلى مستوياته في أسبوع": a market's level over one unit (P1M, P1W)."""
    return _duration_one(m, folded)


FIRST_DAY_WORDS = lexicon.words("first_day_words")  # «أول», «غرة»
_FIRST_DAY = re.compile(rf"(?<!\w)[وف]?[بلك]?({_alt(FIRST_DAY_WORDS)})\s+(?:(?:ايام|يوم\s+من)\s+)?(?:من\s+)?$")


def _first_day(m: re.Match, folded: str, day: int | None, start: int) -> tuple[int | None, int]:
    """Day 1 and its start where a word of the first day stands before the month («أول أبريل», «غرة شوال»)
    and the date names no day, weekday nor modifier of its own."""
    if day or m.groupdict().get("wd") or m.group("mod"):
        return day, start
    first = _FIRST_DAY.search(folded, max(0, start - 16), start)
    return (1, first.start(1)) if first else (day, start)


@rule("date_month_name",
      PRE + rf"(?P<core>(?:(?P<part>{PART})\s+(?:يوم\s+)?(?=\S*\s*\S*\d))?(?:(?P<wd>{WEEKDAY})\s*،?\s*)?(?:(?P<mod>{MOD})\s+)?"
      rf"(?:(?:يوم\s+)?(?:ال\s?)?(?P<day>\d{{1,2}})\s*(?:من\s+)?|(?P<dayw>{_alt_al(DAY_ORDINALS)})\s+من\s+)?(?P<shahr>شهر\s+)?"
      # («الـ 12 (أغسطس) المقبل»: the month in brackets after its day)
      rf"(?(day)(?P<br>\(\s*)?)(?P<month>{GMONTH})(?(br)\s*\))(?:(?:\s*[/(\-–]\s*|\s+)(?P<month2>{GMONTH})\s*\)?)?"
      rf"(?:\s*،?\s*(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?(?P<year>\d{{4}})(?!\d)(?:\s*{GREGORIAN_ERA}(?!\w))?"
      # «مايو من العام الماضي», «مارس من هذا العام», «حزيران (يونيو) العام الماضي»: the year its words name
      rf"|\s+(?:(?P<yof>من|ل)\s*)?(?:(?P<ythis>هذا)\s+(?:العام|السنه)(?:\s+(?P<ydir0>{DIR}))?|(?:العام|السنه)\s+(?P<ydir>{DIR})"
      # «أكتوبر من نفس العام», «مايو من العام ذاته»: of the year the text wrote last (:func:`_link`); «مايو من
      # العام التالي»: of the year after it
      rf"|(?P<ysame>(?:العام|السنه)\s+(?:نفسه|ذاته|نفسها|ذاتها)|(?:نفس|ذات)\s+(?:العام|السنه))"
      rf"|(?P<ynext>العام\s+(?:التالي|اللاحق)|السنه\s+(?:التاليه|اللاحقه))(?!\s+ل\w)))?"
      rf"(?:\s+(?P<dir>{_alt(_directions_after('month'))}))?)(?!\w)",
      needs=GMONTH)
def _date_month_name(m, folded):
    """A month by its name, with its day, year or direction when they are written: «5 مارس 2014», «أبريل -
    نيسان» (one month in two usages); two different months side by side are two dates, «من يونيو – يوليو
    2015» (the second read again from its own name, with the year after it)."""
    d = _date_month_name_one(m, folded)
    if not (m.group("month2") and MONTH_OF[re.sub(r"\s+", " ", m.group("month2"))]
            != MONTH_OF[re.sub(r"\s+", " ", m.group("month"))]):
        return d
    # The second month read once from its own name (a third after it is the next match's: no chain, however long
    # a run of month names is)
    again = _MONTH_NAME_PATTERN.match(folded, m.start("month2"))
    second = _date_month_name_one(again, folded) if again is not None and again.end("core") > again.start("core") else None
    return [x for x in (d, second) if x is not None]


_MONTH_NAME_PATTERN = RULES[-1][1]  # (the rule just defined: the second month of a pair is read again with it)


def _date_month_name_one(m, folded):
    name = re.sub(r"\s+", " ", m.group("month"))
    month = MONTH_OF[name]
    end = m.end("core")
    day, start = _first_day(m, folded, *_day_and_start(m, folded))  # «أول أبريل»: the first of April
    year = int(m.group("year")) if m.group("year") else None
    direction_word = m.group("dir")
    doubled = False
    if m.group("month2"):
        if MONTH_OF[re.sub(r"\s+", " ", m.group("month2"))] != month:
            # "يناير فبراير": two months side by side, not one month in two calendars
            end, year, direction_word = m.end("month"), None, None
        else:
            doubled = True  # "مارس آذار": one month in two usages
    # "مارس الماضي", "منتصف مارس": a direction word after it or a modifier before it makes it a month too (a
    # verb is not "last").
    before = folded[max(0, m.start("core") - 8):m.start("core")].split()[-1:]
    # («في إب», the Yemeni town, folds as «آب»: that month only with its year or its other name)
    after_preposition = name != _AB and bool(before) and (before[0] in MONTH_PREPOSITIONS or (
        before[0][:1] in "وف" and before[0][1:] in MONTH_PREPOSITIONS))  # «منذ مارس»
    if name in AMBIGUOUS_MONTHS and not (day or year or m.group("shahr") or doubled or direction_word or m.group("mod")
                                         or after_preposition
                                         # («وقد مارس العام الماضي الرياضة»: a verb; «مارس من العام الماضي» a month)
                                         or (m.group("yof") and (m.group("ythis") or m.group("ydir") or m.group("ydir0") or m.group("ysame")
                                                                   or m.group("ynext")))):
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    mod = MODS.get(m.group("mod")) if m.group("mod") else None
    wd = WEEKDAYS.get(m.group("wd") or "")
    part = _part(m) if day else None
    if m.group("part") and not part:
        return None  # a part of the day before a month alone: the month rule without it reads it
    if year:
        try:
            d = date(year, month, day) if day else None
        except ValueError:
            return None
        value = d.isoformat() if d else f"{year:04d}-{month:02d}"
        fixed = {"value": f"{value}T{part}" if part else value}
        if wd and d:
            fixed["warning"] = _weekday_warning(d, wd)
        return _Draft(start, end, "TIME" if part else "DATE", "date_month_name", None, fixed, mod=mod)
    anchor = {"month": month}
    if day:
        anchor["day"] = day
    year_direction = _direction(m.group("ydir") or m.group("ydir0")) or ("current" if m.group("ythis") or m.group("ysame") or m.group("ynext") else None)
    if year_direction:
        anchor["year_step"] = _STEPS.get(year_direction, 0)
    direction = _direction(direction_word)
    if direction:
        anchor["direction"] = _WHICH[direction]
    else:
        tense = _month_tense(folded, start, end)
        if tense:
            anchor["direction"] = "past" if tense == "past_held" else tense
            if tense == "past_held":
                anchor["held"] = True
    if wd:
        anchor["weekday"] = wd
    if part:
        anchor["part_of_day"] = part  # «مساء يوم الخميس الـ30 من يوليو»: the evening of that day
    fixed = {"same_year": 1 if m.group("ynext") else 0} if m.group("ysame") or m.group("ynext") else {}
    return _Draft(start, end, "TIME" if part else "DATE", "date_month_name", anchor, fixed, mod=mod)


def _month_tense(folded: str, start: int, end: int) -> str | None:
    """"past" or "future" for a month (and day) without a year that the clause's verb governs through a
    preposition ("سيطرت على صنعاء في سبتمبر": the last September; "تنتهي في سبتمبر"), None otherwise ("عقود
    سبتمبر", a delivery month, stays the nearest)."""
    before = folded[max(0, start - 30):start].split()
    prep = before[-1] if before else ""
    prep = prep[1:] if prep[:1] in ("و", "ف") and len(prep) > 2 else prep
    if prep == "منذ":
        return "past"
    if prep not in ("في", "خلال", "حتي", "بحلول"):
        return None
    held = len(before) >= 2 and re.fullmatch(r"[بل]\w{3,}(?:ه|ها|هم)", before[-2]) is not None
    tense, future = _clause_tense(folded, start, end)
    if tense == "past":
        # («أبلغ النادي بوصوله في السابع من أغسطس»: after ب/ل and a noun with a pronoun the time may be that noun's,
        # to come, not the past verb's: :func:`_resolve_month` keeps a day a few days ahead in its year)
        return "past_held" if held else "past"
    if tense == "future" or future and tense in ("present", "continuing"):
        return "future"
    return None


def _hijri_draft(m, rule_name, year, month, day, start=None, mod=None):
    if month and day:
        g, cal = hijri_date(year, month, day)
        fixed = {"value": g.isoformat(), "hijri": f"{year:04d}-{month:02d}-{day:02d}"}
    else:
        first, cal = hijri_date(year, month or 1, 1)
        last_month = month or 12
        last, _ = hijri_date(year, last_month, hijri_days(year, last_month))
        middle = first + (last - first) / 2
        # (a part of a year too: «بداية عام 1436ه», the Gregorian month that year began in, 2014-10)
        value = _hijri_month_value(first, last, mod) if month or mod in ("START", "END", "MID") else f"{middle.year:04d}"
        fixed = {"value": value, "interval": [first.isoformat(), last.isoformat()],
                 "hijri": f"{year:04d}-{month:02d}" if month else f"{year:04d}"}
    return _Draft(_core_start(m) if start is None else start, m.end("core"), "DATE", rule_name, None, fixed, calendar=cal)


def _hijri_month(m: re.Match, folded: str) -> _Draft | None:
    """A Hijri month without a year ("21 شوال", "21 من شهر شوال الجاري", "شهر رمضان"): of the Hijri year of
    the publication date, or the one its direction says."""
    day, start = _day_and_start(m, folded)
    day, start = _first_day(m, folded, day, start)
    if not (day or m.group("shahr") or m.group("dir") or m.group("mod")):
        return None  # "رمضان", "رجب" alone are also names, "صفر" is zero («نهاية رمضان» is the month's end)
    if day is not None and not 1 <= day <= 30:
        return None
    anchor: dict = {"hijri_month": HIJRI_MONTH_OF[re.sub(r"\s+", " ", m.group("month"))]}
    if day:
        anchor["day"] = day
    direction = _direction(m.group("dir"))
    if direction:
        anchor["direction"] = _WHICH[direction]
    mod = MODS.get(m.group("mod")) if m.group("mod") and not day else None
    if mod and m.group("mod") == "نهايه":
        # «مع نهاية شهر رمضان»: the month's end is its last day, as the annotators wrote it (2015-07-16); its last days
        # («أواخر شوال») are a part of it, below
        anchor["last_day"], mod = True, None
    if mod:
        anchor["mod"] = mod  # («أواخر شوال»: the part of the month is valued by its Gregorian month)
    return _Draft(start, m.end("core"), "DATE", "hijri_month", anchor, {"month_end": True} if anchor.get("last_day") else {},
                  mod=mod, calendar="hijri-ummalqura")


HOLIDAYS = {fold(r["name"]): (int(r["month"]), int(r["day"])) for r in lexicon.rows("holidays")}
_HOLIDAY_EPITHETS = _alt(fold(w) for w in lexicon.words("holiday_epithets"))
_HOLIDAY_ADJECTIVES = rf"(?:\s+(?:ال)?{_HOLIDAY_EPITHETS}(?!\w))?"
# «ثاني أيام عيد الفطر»: the ordinal of a day of a feast of several days (the ordinals without ال); with ال
# before «من»: «الثاني من أيام العيد», «اليوم الثالث من عيد الأضحى»
_NTH_DAY = {fold(k)[2:]: n for k, n in ORDINAL_DAYS.items() if fold(k).startswith("ال") and n <= 7}
_NTH_DAY_AL = {"ال" + k: n for k, n in _NTH_DAY.items()}
# «العيد» alone, after a day's ordinal: the feast of the two nearest the article's date
_EITHER_FEAST = (HOLIDAYS["عيد الفطر"], HOLIDAYS["عيد الاضحي"])
# Words before «أيام العيد» that say which of its days, or none: an ordinal past the seventh, its last, the rest of it,
# before or after it (day_ordinals.tsv holds the ordinals; the others are the feast's own)
_FEAST_DAY_WORDS = [fold(w) for w in lexicon.words("feast_day_words")]
# «العيد» alone is a time after «في» or a preposition of extent («خلال العيد», «طوال العيد»), as the annotators date it
_DURING_FEAST = DURATION_PREPOSITIONS | {"في"}
_NOT_FIRST_DAYS = re.compile(rf"(?:{_alt([*(fold(k)[2:] for k in ORDINAL_DAYS if fold(k).startswith('ال')), *_FEAST_DAY_WORDS])})\s+$")


@rule("holiday",
      PRE + rf"(?P<core>(?:(?P<nth>{_alt(_NTH_DAY)})\s+ايام\s+|(?:اليوم\s+)?(?P<nthal>{_alt(_NTH_DAY_AL)})\s+من\s+(?:ايام\s+)?"
      rf"|(?P<days>ايام)\s+(?=العيد))?"
      rf"(?:(?P<name>{_alt(HOLIDAYS)})|(?P<feast>العيد)){_HOLIDAY_ADJECTIVES}"
      rf"(?:\s+(?P<dir>{_alt(_directions_after('month'))})|\s+(?P<this>ل?هذا\s+العام|ل?هذه\s+السنه|ل?العام\s+(?:الحالي|الجاري))"
      rf"|(?P<yearpart>\s+(?:من\s+)?(?:(?:ال|لل|ل)?(?:عام|سنه)\s+)?(?P<year>\d{{4}})(?!\d)(?:\s*(?P<era>{ERA})(?!\w))?))?)(?!\w)",
      needs=_alt({w.split()[-1] for w in HOLIDAYS} | {"العيد"}))
def _holiday(m, folded):
    """«عيد الفطر المبارك لهذا العام», «عيد الأضحى المقبل», «يوم عرفة»: the holiday's Hijri day, of the year its words
    name or the nearest one. A day of the feast by its ordinal («ثاني أيام عيد الفطر», «الثاني من أيام العيد»), or its
    days, dated by the first; «العيد» alone so or after «في», «خلال»: the feast nearest the article's date.

    >>> [(t.text, t.value) for t in tag_text("وتأتي الفعاليات في عيد الفطر المبارك لهذا العام", "2015-07-24")]
    [('عيد الفطر المبارك لهذا العام', '2015-07-17')]
    >>> [(t.text, t.value) for t in tag_text("احتفل الأهالي في ثاني أيام عيد الفطر", "2015-07-24")]
    [('ثاني أيام عيد الفطر', '2015-07-18')]
    >>> [(t.text, t.value) for t in tag_text("بدأت في الثاني من أيام العيد وتمت خلال العيد", "2015-07-27")]
    [('الثاني من أيام العيد', '2015-07-18'), ('العيد', '2015-07-17')]
    """
    nth = _NTH_DAY[m.group("nth")] if m.group("nth") else _NTH_DAY_AL[m.group("nthal")] if m.group("nthal") else 0
    if m.group("days"):
        if _NOT_FIRST_DAYS.search(folded, max(0, m.start() - 12), m.start()):
            return None  # «عاشر أيام العيد», «آخر أيام العيد», «قبل أيام العيد»: another day than the first, or none
        nth = 1  # «على مدار أيام العيد»: the feast's days, dated by the first (as the development set's annotators do)
    if m.group("feast") and not nth:
        before = folded[max(0, m.start() - 8):m.start()].split()
        if m.group("pre") or not before or not (before[-1] in _DURING_FEAST or before[-1][1:] in _DURING_FEAST
                                                and before[-1][:1] in "وف"):
            return None  # «احتفالات العيد», «ألوان العيد», «بالعيد»: the feast's things, no time (or a surname, «محمد العيد»)
        if m.group("dir") or m.group("this") or re.match(r"\s*(?:ال(?!ي(?:\s|$))|هذا|هذه)", folded[m.end("core"):]):
            return None  # «في العيد المقبل», «في العيد الكبير», «العيد الوطني», «العيد الـ50»: which feast, the words say otherwise
        nth = 1  # «خلال العيد», «في العيد»: the time of the feast nearest the article's date, dated by its first day
    anchor: dict
    if m.group("feast"):
        anchor = {"hijri_either": [(month, day + nth - 1) for month, day in _EITHER_FEAST]}
        return _Draft(_core_start(m), m.end("core"), "DATE", "holiday", anchor, calendar="hijri-ummalqura")
    month, day = HOLIDAYS[re.sub(r"\s+", " ", m.group("name"))]
    end = m.end("core")
    worded = m.group("year") is not None and re.search(r"(?:عام|سنه)\s+$", folded[m.start("yearpart"):m.start("year")])
    if m.group("year") and not m.group("era") and (_count_follows(folded, m.end("year"))
                                                   or not ((worded and 1300 <= int(m.group("year")) <= 1500)
                                                           or 1900 <= int(m.group("year")) <= 2100)):
        end = m.start("yearpart")  # «خلال عيد الفطر المبارك 1000 وجبة»: a count after the feast, no year of it
    elif m.group("year"):
        # «عيد الفطر عام 2014», «عيد الأضحى 1435هـ», «عيد الفطر المبارك لعام 1436هـ»: the feast of the year named (a
        # Gregorian year's first one)
        year = int(m.group("year"))
        hijri = (m.group("era") and ERA_OF[m.group("era")] == "hijri") or (not m.group("era") and 1300 <= year <= 1500)
        years = [year] if hijri else [round((year - 622) * 33 / 32) + k for k in (-1, 0, 1, 2)]
        for h in years:
            try:
                g = hijri_to_gregorian(h, month, day + max(nth - 1, 0))
            except ValueError:
                continue
            if hijri or g.year == year:
                return _hijri_draft(m, "holiday", h, month, day + max(nth - 1, 0))
        return None
    anchor = {"hijri_month": month, "day": day + max(nth - 1, 0)}
    direction = "current" if m.group("this") else _direction(m.group("dir"))
    if direction:
        anchor["direction"] = _WHICH[direction]
    return _Draft(_core_start(m), end, "DATE", "holiday", anchor, calendar="hijri-ummalqura")


@rule("date_hijri",
      PRE + rf"(?P<core>(?:(?P<mod>{MOD})\s+)?"
      rf"(?:(?:ال\s?)?(?P<day>\d{{1,2}})\s*(?:من\s+)?|(?P<dayw>{_alt_al(DAY_ORDINALS)})\s+من\s+)?(?P<shahr>شهر\s+)?(?P<month>{HMONTH})"
      rf"(?:\s*،?\s*(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?(?P<year>\d{{3,4}})(?!\d)(?:\s*(?P<era>{HIJRI_ERA})(?!\w))?"
      rf"|\s+(?P<dir>{_alt(_directions_after('month'))})(?!\w)|(?!\w)))",
      needs=HMONTH)
def _date_hijri(m, folded):
    if not m.group("year"):
        return _hijri_month(m, folded)
    year = int(m.group("year"))
    if not m.group("era") and not 1300 <= year <= 1500:
        return None
    day, start = _first_day(m, folded, *_day_and_start(m, folded))
    month = HIJRI_MONTH_OF[re.sub(r"\s+", " ", m.group("month"))]
    try:
        mod = MODS.get(m.group("mod")) if m.group("mod") and not day else None
        month_end = bool(mod and m.group("mod") == "نهايه")
        if month_end:
            day, mod = hijri_days(year, month), None  # «نهاية شهر رمضان 1436هـ»: its last day (:func:`_hijri_month`)
        draft = _hijri_draft(m, "date_hijri", year, month, day, start, mod)
        if month_end:
            draft.fixed["month_end"] = True
        draft.mod = mod
        return draft
    except ValueError:
        return None


# «من 4-5/10/1436هـ»: a first day and a dash before a whole date, the range's other end (the date is its last day)
_DAY_RANGE_BEFORE = re.compile(r"(?<![\d/.\-])(\d{1,2})\s?[\-–]\s?$")


@rule("date_numeric",
      r"(?P<core>(?:(?P<d>\d{1,2})\s*(?P<sep>[/\-.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4}|\d{2})"
      rf"|(?P<iy>\d{{4}})(?P<isep>[/\-])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}}))(?![\d/\-]|\.\d)(?:\s*(?P<era>{ERA})(?!\w))?)",
      needs=r"\d")
def _date_numeric(m, folded):
    # (a slashed or dotted date only: «4-5-10-1436» is a code)
    first = _DAY_RANGE_BEFORE.search(folded, max(0, m.start() - 8), m.start()) if m.group("d") and m.group("sep") != "-" else None
    if re.match(r"[\d/.\-A-Za-z]", folded[m.start() - 1:m.start()]) \
            and not (first is not None and int(first.group(1)) < int(m.group("d"))):
        return None  # a longer number; an Arabic word glued before is fine ("الموافق04/08/2015م")
    if m.group("iy"):
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    else:
        d, mo, y = int(m.group("d")), int(m.group("m")), m.group("y")
        y = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
        if mo > 12 and d <= 12:  # an American month/day/year
            d, mo = mo, d
    if ERA_OF.get(m.group("era")) == "hijri" or 1300 <= y <= 1500 and ERA_OF.get(m.group("era")) != "gregorian":
        # "07/09/1427": a year of 1300-1500 is a Hijri one, with or without هـ
        try:
            return _hijri_draft(m, "date_numeric", y, mo, d)
        except ValueError:
            return None
    try:
        value = date(y, mo, d).isoformat()
    except ValueError:
        return None
    return _Draft(_core_start(m), m.end("core"), "DATE", "date_numeric", None, {"value": value})


# Words before a bare year that make it a year ("في 2015"); after "عام"/"سنة" any year is one.
_YEAR_CUES = sorted(lexicon.words("year_cues"))

# A year of this range after "عام"/"سنة" with no era marker is a Hijri one ("العام 1440", "عام 1382-1962",
# AH 1300-1450 being 1882-2029): Saudi news writes Hijri years bare, while a Gregorian year of the 14th
# century comes with م or الميلادي («عام 1370م»). Wider than this the numbers are Gregorian history («عام 1453»).
_BARE_HIJRI_YEARS = range(1300, 1451)


def _gregorian_follows(folded: str, end: int, year: int) -> bool:
    """Whether the year is followed by its own Gregorian year ("عام 1293 / 1876"), which makes it a Hijri one."""
    g = re.match(r"\s*[/\-–]\s*(\d{4})(?!\d)", folded[end:end + 12])
    if not g or not 1 <= year <= 1500:
        return False
    try:
        first, _ = hijri_date(year, 1, 1)
    except ValueError:
        return False
    return first.year <= int(g.group(1)) <= first.year + 1


def _bare_hijri_year(m: re.Match, group: str, year: int, start: int, end: int, mod: str | None = None) -> _Draft | None:
    """A Hijri year written without هـ, as a draft over [start, end) ("عام 1435" → 2014; «نهاية العام 1440», the
    Gregorian month it ends in, 2019-08)."""
    try:
        draft = _hijri_draft(m, group, year, None, None, start, mod=mod)
    except ValueError:
        return None
    draft.end = end
    return draft


_RANGE_ON = re.compile(r"\s*و?(?:حتي|الي)\s+(?:نهايه|بدايه|منتصف|مطلع|اواخر|اوائل|الان|اليوم|عام|العام|سنه|السنه|شهر)(?!\w)")
# The marks that close a quoted title: a year right after one is the work's («المسافر» 2009), when a
# punctuation mark, a definite word (or لل and one, «للشاعر») or a small word follows it («مع عادل إمام»), not a noun it counts
# («قالوا «لا» 2000 متظاهر»).
_TITLE_CLOSES = ("»", "”", '"')
_TITLE_YEAR_END = re.compile(r"\s*(?:$|[^\w\s]|ال\w|لل\w|(?:مع|في|عن|الذي|التي|حيث|كما)(?!\w))")


# a length's or a distance's noun (length_nouns.txt), bare or with ب / و, right before a number and «م» (metres)
LENGTH_NOUNS = lexicon.words("length_nouns")
_LENGTH_BEFORE = re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[وب])|(?<=(?<!\w)وب))(?:{_alt(LENGTH_NOUNS)})\s+$")


_BORN_IN = re.compile(r"(?<!\w)من\s+مواليد\s+\w+\s+$")


@rule("year",
      PRE + rf"(?P<core>(?:(?P<earlier>وقت\s+(?:سابق|لاحق)\s+من\s+)(?=(?:ال)?(?:عام|سنه)\s))?(?:(?P<mod>{MOD})\s+)?"
      rf"(?:(?P<strong>عام|{AL}عام|سنه|{AL}سنه|عامي|سنتي)\s+)?(?P<year>\d{{4}})(?!\d)"
      rf"(?:\s*(?P<era>{ERA})(?!\w))?(?:\s+(?P<current>الحالي|الجاري)(?!\w))?)",
      needs=r"\d{4}")
def _year(m, folded):
    """«عام 2014», «1436هـ»; «في وقت لاحق من عام 2015 الحالي» (later this year) is the year, as «وقت لاحق من العام
    الحالي» is (:func:`_relative_period`).

    >>> [(t.text, t.value) for t in tag_text("يتوقع طرحها في وقت لاحق من عام 2015 الحالي", "2015-07-25")]
    [('وقت لاحق من عام 2015 الحالي', '2015')]
    """
    year = int(m.group("year"))
    era = m.group("era")
    strong = m.group("strong") or m.group("mod") or era
    # («(2015)», «(1994 وحتى نهاية النصف الأول 2015)»: a year alone in brackets, or opening a range there)
    paren = not strong and folded[m.start("core") - 1:m.start("core")] == "(" and (
        folded[m.end("core"):m.end("core") + 1] == ")" or _RANGE_ON.match(folded, m.end("core")) is not None)
    if paren and not 1800 <= year <= 2100:
        return None
    if not strong and not paren:
        raw = folded[max(0, m.start("core") - 14):m.start("core")]
        before = raw.rstrip()
        # («و«المسافر» 2009 مع خالد النبوي»: a work's quoted title and its year)
        titled = before.endswith(_TITLE_CLOSES) and len(raw) - len(before) <= 2 and 1900 <= year <= 2100 \
            and _TITLE_YEAR_END.match(folded, m.end("core")) is not None
        # («مقارنة بنفس الشهر من 2014»: a period compared with the same one of the year after it, :func:`_same_periods`)
        compared = 1900 <= year <= 2100 and _SAME_PERIOD.search(folded, max(0, m.start("core") - 40), m.start("core")) is not None
        # (a cue may carry و or ف: «ومنذ 2013», «فمنذ 2014 تم استكمال 38 صفقة»)
        # («من مواليد عامودة 1967»: born in a town, then the year)
        born = 1800 <= year <= 2100 and _BORN_IN.search(folded, max(0, m.start("core") - 40), m.start("core")) is not None
        if not titled and not compared and not born and not any(
                before.endswith(" " + c) or before == c or before.endswith(("و" + c, "ف" + c)) for c in _YEAR_CUES):
            return None
    if era == "م" and not m.group("strong") and not m.group("mod") and _LENGTH_BEFORE.search(
            folded, max(0, m.start("core") - 12), m.start("core")):
        return None  # «على مسافة 2000م»: metres after a length's noun, no year
    if era and ERA_OF[era] == "hijri":
        try:
            return _hijri_draft(m, "year", year, None, None, mod=MODS.get(m.group("mod")) if m.group("mod") else None)
        except ValueError:
            return None
    if not era and m.group("strong") and (year in _BARE_HIJRI_YEARS or _gregorian_follows(folded, m.end("core"), year)):
        return _bare_hijri_year(m, "year", year, _core_start(m), m.end("core"),
                                MODS.get(m.group("mod")) if m.group("mod") else None)
    # (an older year after its cue needs the clause to end with it: «بلندن في 1865.», not «في 1200 طلعة»)
    # (and «في», «منذ» or a bracket right before it: «ويتسع الملعب لـ1800.» is a count)
    old_year = 1500 <= year < 1900 and re.match(r"\s*(?:[.،,؛:)]|$)", folded[m.end("core"):]) is not None \
        and not m.group("pre") and re.search(r"(?:(?<!\w)(?:في|منذ)\s+|\(\s*)$", folded[max(0, m.start("core") - 6):m.start("core")]) is not None
    if not (1000 <= year <= 2100 if strong else 1900 <= year <= 2100 or old_year):
        return None
    if not strong and _count_follows(folded, m.end("core")):
        return None  # "في 1200 طلعة": a count, not a year
    mod = MODS.get(m.group("mod")) if m.group("mod") else None
    return _Draft(_core_start(m), m.end("core"), "DATE", "year", None, {"value": f"{year:04d}"}, mod=mod)


_HIJRI_MARK_AFTER = re.compile(rf"\s*{HIJRI_ERA}(?!\w)")  # «1381هـ», «1381 هجري» (era_words.tsv)


@rule("year_pair",
      PRE + r"(?P<core>(?:(?P<between>بين|من)\s+)?(?:(?:عامي|سنتي|عام|العام|الاعوام|السنوات)\s+)?(?P<y1>\d{4})\s*(?P<conj>و?(?:الي|حتي)|و|-|–)\s*"
      r"(?:(?:عام|العام)\s+)?(?P<y2>\d{4}))(?!\d)",
      needs=r"\d{4}")
def _year_pair(m, folded):
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if not (1000 <= y1 < y2 <= 2100 and y2 - y1 < 200) or _count_follows(folded, m.end("core")):
        return None
    if m.group("conj") == "و" and not m.group("between"):
        # "عامي 2014 و2015": two years, not a range
        if "عامي" not in m.group("core") and "سنتي" not in m.group("core"):
            return None
        if y1 in _BARE_HIJRI_YEARS and y2 in _BARE_HIJRI_YEARS:
            # "عامي 1435 و1436": two Hijri years
            pair = [_bare_hijri_year(m, "year_pair", y, m.start(g), m.end(g)) for y, g in ((y1, "y1"), (y2, "y2"))]
            return [d for d in pair if d]
        return [_Draft(m.start("y1"), m.end("y1"), "DATE", "year_pair", None, {"value": str(y1)}),
                _Draft(m.start("y2"), m.end("y2"), "DATE", "year_pair", None, {"value": str(y2)})]
    if y1 in _BARE_HIJRI_YEARS and y2 in _BARE_HIJRI_YEARS and _HIJRI_MARK_AFTER.match(folded, m.end("core")):
        # «1379 - 1381هـ»: the era after the second year is the first's too (the year rule reads the second)
        first = _bare_hijri_year(m, "year_pair", y1, m.start("y1"), m.end("y1"))
        return [first] if first else None
    bracketed = folded[m.start("core") - 1:m.start("core")] == "(" and folded[m.end("core"):m.end("core") + 1] == ")" \
        and not (1350 <= y1 <= 1450)  # («للموسم الرياضي (1436 – 1437)هـ», «العام الدراسي (1436-1437)»: Hijri years)
    if m.group("conj") in ("-", "–") and not (m.group("between") or 1900 <= y1 or bracketed):
        return None  # (a dash between two numbers is a range of years only from 1900 on, or in brackets: «فيردي (1813-1901)»)
    # "من 1995 إلى 1997", "(1982-1984)": two dates, its ends, as TimeML marks a range (TIMEX3 has no
    # range value); the first carries the range it opens (interval), for the timeline's bar.
    return [_Draft(m.start("y1"), m.end("y1"), "DATE", "range", None, {"value": str(y1), "interval": [str(y1), str(y2)]}),
            _Draft(m.start("y2"), m.end("y2"), "DATE", "range", None, {"value": str(y2)})]


@rule("day_range",
      PRE + rf"(?P<core>(?:من|بين)\s+(?P<d1>\d{{1,2}})\s*(?:و|الي|حتي|-|–)\s*(?P<d2>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?"
      rf"(?P<month>{GMONTH})(?:\s*،?\s*(?:عام\s+|العام\s+)?(?P<year>\d{{4}}))?)(?!\w)",
      needs=r"\d")
def _day_range(m, folded):
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    month = MONTH_OF[re.sub(r"\s+", " ", m.group("month"))]
    if not 1 <= d1 < d2 <= 31:
        return None
    if m.group("year"):
        y = int(m.group("year"))
        try:
            a, b = date(y, month, d1), date(y, month, d2)
        except ValueError:
            return None
        return _Draft(_core_start(m), m.end("core"), "DURATION", "day_range", None,
                      {"value": f"P{d2 - d1 + 1}D", "interval": [a.isoformat(), b.isoformat()]})
    return _Draft(_core_start(m), m.end("core"), "DURATION", "day_range",
                  {"month": month, "day": d1, "day_end": d2}, {"value": f"P{d2 - d1 + 1}D"})


# A decade's tens without its article, as the first word of a construct: «ستينات القرن الماضي».
_DECADE_STEMS = {k[2:]: v for k, v in DECADES.items() if k.startswith("ال")}
_DECADE_WORD = rf"(?:(?P<dec>{_alt(DECADES)})|(?P<stem>{_alt(_DECADE_STEMS)}))"
_DECADE_CENTURY = rf"(?:من\s+)?(?:القرن|قرن)\s+(?P<cent>{_alt(CENTURY_OF)})(?!\w)"
# A decade coordinated with one that names the century: «سبعينات وثمانينات القرن الماضي».
_NEXT_DECADE = re.compile(rf"\s+و(?:ال)?(?:{_alt(_DECADE_STEMS)})(?:يات|ات)\s+{_DECADE_CENTURY}")


@rule("decade",
      PRE + rf"(?P<core>(?:(?P<mod>{MOD})\s+)?(?:عقد\s+)?{_DECADE_WORD}(?:يات|ات)(?!\w)"
      rf"(?:\s+{_DECADE_CENTURY})?)",
      needs=_alt(_DECADE_STEMS))
def _decade(m, folded):
    """A decade of tens ending in -يات/-ات, with its century when one is named.

    «في ستينات القرن الماضي» 196; «أواخر الثمانينات» 198, mod END.
    """
    cent = m.group("cent")
    if not cent:
        coordinated = _NEXT_DECADE.match(folded, m.end("core"))
        cent = coordinated.group("cent") if coordinated else None
    if not cent and re.match(r"\s+من\s+(?:العمر|عمر)", folded[m.end("core"):m.end("core") + 12]):
        return None  # «وهو في السبعينات من العمر» (in his seventies): an age, no decade
    if not cent and not m.group("dec"):
        return None  # «ستينات» without its article is a construct's first word: only with its century
    century = CENTURY_OF.get(re.sub(r"\s+", " ", cent or ""), 19)  # a decade alone is of the 1900s
    tens = DECADES[m.group("dec")] if m.group("dec") else _DECADE_STEMS[m.group("stem")]
    mod = MODS.get(m.group("mod")) if m.group("mod") else None
    return _Draft(_core_start(m), m.end("core"), "DATE", "decade", None, {"value": f"{century}{tens}"}, mod=mod)


# A repeated time and its period: a unit after "كل" ("كل يوم") or an adverb alone ("يوميا").
FREQUENCIES = {fold(r["word"]): r["value"] for r in lexicon.rows("frequency_words") if r["value"]}
_EVERY = [fold(r["word"]) for r in lexicon.rows("frequency_words") if r["use"] == "every"]
_ADVERBS = [fold(r["word"]) for r in lexicon.rows("frequency_words") if r["use"] == "adverb"]
_MANNER = [fold(r["word"]) for r in lexicon.rows("frequency_words") if r["use"] == "manner"]
_TIMES = _alt(fold(r["word"]) for r in lexicon.rows("frequency_words") if r["use"] == "times") + r"(?!\w)"
# (a rate's «في اليوم» is the day's alone, :data:`PER_DAY_NOUNS`)
_PER_PERIOD = [w for w in _EVERY if w != "يوم"]


@rule("set",
      # «مرتين في العام», «مرة كل شهر», «في العام مرتين»: so many times a period, the period's SET (not «لأول مرة
      # في العام», «مرتين في العام الماضي»: once, in a given year)
      PRE + rf"(?P<core>(?<!اول )(?<!لاول )(?<!اخر )(?:(?P<times>{_TIMES})(?:\s+واحده)?\s+)?"
      rf"(?:(?(times)في\s+ال(?P<per>{_alt(_PER_PERIOD)})(?!\w)(?!\s+(?:{DIR}|\d|من(?!\w)))|(?!))|كل\s+"
      rf"(?:(?P<unit>{_alt(_EVERY)})(?!\w)(?:\s+(?P<wd1>{_alt(w[2:] for w in WEEKDAYS)})(?!\w))?"
      rf"|(?P<wd2>{WEEKDAY})))|في\s+ال(?P<per2>{_alt(_PER_PERIOD)})\s+{_TIMES}(?:\s+واحده)?(?!\w)"
      rf"|(?P<adv>{_alt(_ADVERBS)})(?!\w)"
      # «بشكل شهري», «بصفة يومية»: an adjective of a period as an adverb (the adjective alone is no time: «تقرير
      # شهري», a monthly report)
      rf"|(?:(?<=بشكل )|(?<=بصوره )|(?<=بصفه ))(?P<man>{_alt(_MANNER)})(?!\w))",
      needs=_TIMES + "|" + _alt(["كل", *_ADVERBS, *_MANNER]))
def _set(m, folded):
    wd = m.group("wd1") and "ال" + m.group("wd1") or m.group("wd2")
    if wd:
        value = f"XXXX-WXX-{WEEKDAYS[wd]}"
    else:
        value = FREQUENCIES[m.group("unit") or m.group("per") or m.group("per2") or m.group("adv") or m.group("man")]
    start = _core_start(m)
    if m.group("unit") == "يوم" and not m.group("wd1"):
        # «مساء كل يوم», «صباحا كل يوم»: a part of every day (XXXX-XX-XXTEV), as «مساء يوم الجمعة» is of every Friday
        part = _PART_BEFORE_EVERY.search(folded, max(0, start - 10), start)
        if part and not _PART_BEFORE_EVERY.search(folded, max(0, part.start(1) - 10), part.start(1)):
            # (not «صباح مساء كل يوم», morning and evening: every day)
            code = PARTS.get(part.group(1)) or PART_ADVERBS[part.group(1)]
            return _Draft(part.start(1), m.end("core"), "SET", "set", None, {"value": f"XXXX-XX-XXT{code}"})
    return _Draft(start, m.end("core"), "SET", "set", None, {"value": value})


_PART_BEFORE_EVERY = re.compile(rf"(?<!\w)({_alt([*PARTS, *PART_ADVERBS])})\s+$")


_CLOCK_RANGE_START = re.compile(r"الساعه\s+\S+(?:\s+\S+)?\s+(?:حتي|الي)\s+$")


# The start of a range before «إلى» and a bare hour («من 7 إلى», «من الساعة 7 إلى», «من السابعة إلى»): unlike
# _CLOCK_RANGE_START, which needs «الساعة», any one word may be the start's hour.
_RANGE_START = re.compile(r"من\s+(?:الساعه\s+)?\S+\s+الي\s+$")
# A day's word right after a part of the day («مساء اليوم», «صباح أمس», «مساء الخميس»): the part is in construct
# with that day, which the day rules read and join to a clock before it.
_DAY_AFTER_PART = re.compile(rf"\s+(?:(?:ال)?(?:يوم|امس|غد)|{WEEKDAY})(?!\w)")


def _adjust_hour(h: int, code: str | None) -> int:
    """The 24-hour clock of an hour said with a part of the day ("الرابعة عصرا" 16)."""
    if code in ("EV", "AF", "MI") and h < 12 and not (code == "MI" and h >= 11):
        return h + 12
    if code == "NI" and 6 <= h < 12:
        return h + 12
    return h


# A time zone's abbreviation after a clock: «تغ» (GMT), «ت م» (Mecca time, as the Saudi Press Agency signs its wires:
# «// انتهى // 16:09 ت م»); with one, hours and minutes need no «الساعة» before them.
_ZONE = r"(?:تغ|ت\s?غ|ت\s+م|ت\.م)(?!\w)"  # (not «تم», the verb: «10:30 تم افتتاح»)
_WIRE_END = re.compile(r"انتهي\W*$")
_GMT = re.compile(r"[جغ]ريني?تش")  # «بتوقيت جرينتش/غرينتش/جرينيتش»: the wires' time zone


# «الفترة المسائية تبدأ الساعة السابعة», «حصة مسائية عند الساعة الثامنة»: an evening session named just before an
# hour, at most two words between them and no clause's end
_EVENING_SESSION_BEFORE = re.compile(r"(?<!\w)(?:ال)?مسائيه\s+(?:[^\s.،,؛:!?؟]+\s+){0,2}$")


@rule("clock",
      PRE + rf"(?P<core>الساعه\s+(?:(?P<hhmm>\d{{4}})|(?P<h>\d{{1,2}})(?:[:,.٫](?P<mi>\d{{2}}))?)(?!\d|[.٫]\d)|(?:الساعه\s+)?(?P<hw>{_alt(CLOCK_WORDS)})(?!\w)"
      rf"(?:\s+(?P<frac>{_alt(CLOCK_FRACTIONS)}))?|(?<![\d:.])(?P<zh>\d{{1,2}}):(?P<zmi>\d{{2}})(?=\s*{_ZONE})"
      # «من 6 وحتى 8 مساء»: a bare hour before a part of the day's adverb, after a word of a time's range
      rf"|(?:(?<=من )|(?<=حتي )|(?<=الي )|(?<=عند ))(?P<bh>\d{{1,2}})(?:[:.](?P<bmi>\d{{2}}))?(?=\s+{PART_ADV}))"
      rf"(?:\s+(?P<part2>{PART_ADV}|بعد\s+الظهر|من\s+(?:صباح|مساء|ظهر|فجر|ليله)|(?P<partn>{PART})))?"
      rf"(?:\s*(?P<tz>ب?توقيت\s+\w+|{_ZONE}))?",
      needs=_alt(CLOCK_WORDS) + r"|الساعه|\d:\d\d\s*" + _ZONE + r"|\d\s+" + PART_ADV)
def _clock(m, folded):
    if m.group("zh"):  # «16:09 ت م»: hours and minutes before a zone's abbreviation
        h, mi = int(m.group("zh")), int(m.group("zmi"))
        if not (0 <= h <= 24 and 0 <= mi < 60):
            return None
        tense, future = _clause_tense(folded, _core_start(m), m.end("tz"))
        # («// انتهى // 16:09 ت م»: a wire's sign-off time is of its own day, the publication date, whatever day the
        # text told last)
        wire = _WIRE_END.search(folded, max(0, _core_start(m) - 16), _core_start(m)) is not None
        return _Draft(_core_start(m), m.end("tz"), "TIME", "clock", {"relative_days": 0, "time": f"{h:02d}:{mi:02d}"},
                      {"clock": True, "tense": tense, "future": future, "part": None, "linked": wire})
    if not m.group("core").startswith("الساعه") and not (m.group("part2") and not m.group("part2").startswith("من")):
        return None  # "الرابعة" alone is "the fourth"; "الرابعة عصرا" is a time
    if m.group("hhmm"):  # "الساعة 0647 بتوقيت جرينتش"
        h, mi = int(m.group("hhmm")[:2]), int(m.group("hhmm")[2:])
    elif m.group("bh"):
        h, mi = int(m.group("bh")), int(m.group("bmi") or 0)
        if not 1 <= h <= 12:
            return None  # («من 20 مساء»: no hour of a twelve-hour clock)
        if folded[:m.start("core")].endswith("الي ") and not _RANGE_START.search(folded[max(0, m.start("core") - 30):m.start("core")]):
            # after «إلى» only as a range's end («من 7 إلى 8.30 مساء», «من الساعة 7 إلى», «من السابعة إلى»; not
            # «تنخفض الحرارة إلى 8 ليلا»)
            return None
    elif m.group("h"):
        h, mi = int(m.group("h")), int(m.group("mi") or 0)
    else:
        h, mi = CLOCK_WORDS[re.sub(r"\s+", " ", m.group("hw"))], 0
        minutes = CLOCK_FRACTIONS.get(re.sub(r"\s+", " ", m.group("frac") or ""), 0)
        if minutes < 0:  # "إلا ربعا": a quarter to the hour
            h, mi = (h - 1) % 24 or 12, 60 + minutes
        else:
            mi = minutes
    part = re.sub(r"\s+", " ", m.group("part2") or "")
    part = part.replace("من ", "")
    code = PART_ADVERBS.get(part) or PARTS.get(part) or ("AF" if part == "بعد الظهر" else None)
    if code is None and m.group("core").startswith("الساعه") \
            and _EVENING_SESSION_BEFORE.search(folded, max(0, _core_start(m) - 40), _core_start(m)):
        code = "EV"  # «بينما الفترة المسائية تبتدئ الساعة السابعة»: the evening session's hour, 19:00
    h = _adjust_hour(h, code)
    if not (0 <= h <= 24 and 0 <= mi < 60):
        return None
    end = m.end("part2") if m.group("part2") and not m.group("part2").startswith("من") else m.end("core")
    if m.group("partn") and m.group("core").startswith("الساعه"):
        end = m.end("core")  # "الساعة الثامنة صباح اليوم": "صباح اليوم" is the day, joined to the clock later
    elif m.group("part2") == "مساء" and (m.group("core").startswith("الساعه") or m.group("bh")) \
            and _DAY_AFTER_PART.match(folded, m.end("part2")):
        # "الساعة ٥:٤٥ مساء اليوم": «مساء» is of the day after it here, not the adverb («عصرا», «ليلا» always are;
        # an hour's word without «الساعة» may be an ordinal, «مواجهته الثانية مساء اليوم», so it stays out)
        end = m.end("core")
    if m.group("tz") and folded[end:m.start("tz")].strip() == "":
        end = m.end("tz")
    # "من الساعة الرابعة عصرا حتى الساعة الرابعة فجرا": the end of a range is in the clause of its start.
    opened = _CLOCK_RANGE_START.search(folded[max(0, _core_start(m) - 60):_core_start(m)])
    tense, future = _clause_tense(folded, _core_start(m) - (len(opened.group()) if opened else 0), end)
    # how far back the clock's sentence opens: a day named there is its day
    opening = _SENTENCE_END.split(folded[max(0, _core_start(m) - 400):_core_start(m)])[-1]
    fixed = {"clock": True, "tense": tense, "future": future, "part": code, "sentence": len(opening)}
    if m.group("tz") and _GMT.search(m.group("tz")):
        # («وصعد سعر الذهب … الساعة 1428 بتوقيت جرينتش»: a wire's time stamp; its sentence's day only, so that a day
        # told in an earlier sentence, «وكان الذهب سجل أكبر هبوط له يوم الاثنين», is not its day)
        fixed["gmt_sentence"] = len(opening)
    return _Draft(_core_start(m), end, "TIME", "clock", {"relative_days": 0, "time": f"{h:02d}:{mi:02d}"}, fixed)


# The quarter or half of a year: "الربع الثالث", "النصف الأخير" (the last one, the fourth quarter).
QUARTERS = {w: n for w, n in ORDINAL_DAYS.items() if n <= 4} | {"الاخير": 4}


_OF_MONTH = re.compile(rf"\s+من\s+(?:(?:شهر\s+)?(?:{GMONTH}|{HMONTH})|(?:ال)?(?:شهر|قرن|الفيه)(?!\w))")
# «للربع الثاني على التوالي»: the second quarter running, no quarter named; «الفصل … من العام الدراسي»: a school term
# («الربع الأول من السنة المالية» stays a quarter)
_IN_A_ROW = re.compile(r"\s+علي\s+التوالي(?!\w)")
_YEAR_OF_A_KIND = re.compile(r"\s+ال\w+(?:ي|يه)(?!\w)")


@rule("quarter",
      PRE + rf"(?P<core>(?:(?P<mod>{MOD})\s+)?(?P<which>(?(mod)ال|{AL})(?:نصف|ربع|فصل))\s+(?P<ord>{_alt(QUARTERS)})(?!\w)"
      rf"(?:\s+(?:من\s+|ل)?(?:(?P<this>هذا|هذه)\s+)?(?:"
      # «الربع الثالث من نفس العام», «… من العام التالي»: of the year the text wrote last, or the one after it
      rf"(?P<ysame>ال(?:عام|سنه)\s+(?:نفسه|ذاته|نفسها|ذاتها)|(?:نفس|ذات)\s+ال(?:عام|سنه))(?!\w)"
      rf"|(?P<ynext>العام\s+(?:التالي|اللاحق)|السنه\s+(?:التاليه|اللاحقه))(?!\w)(?!\s+ل\w)"
      rf"|(?P<rel>{AL}(?:عام|سنه))(?:\s+(?P<dir>{DIR}))?"
      rf"(?:\s+(?P<year2>(?:19|20)\d\d)(?:\s*{GREGORIAN_ERA})?(?!\w))?"
      rf"|(?:(?:{AL})?(?:عام|سنه)\s+)?(?P<year>(?:19|20)\d\d)(?!\d)(?!\s*{_alt(_SCALES)}(?!\w))"
      rf"(?:\s*{GREGORIAN_ERA}(?!\w))?))?)",
      needs="النصف|الربع|الفصل|للنصف|للربع|للفصل")
def _quarter(m, folded):
    """«الربع الأول من العام الحالي» (2015-Q1), «للربع الأول لعام 2015م» (ل + الربع, written لل: 2015-Q1),
    «النصف الثاني من 2014» (2014-H2), «بنهاية الربع الأول للعام 2015م» (2015-Q1, its end)."""
    n = QUARTERS[m.group("ord")]
    mod = MODS.get(m.group("mod")) if m.group("mod") else None
    which = _with_al(m.group("which"))
    if _IN_A_ROW.match(folded, m.end("core")) or _OF_MONTH.match(folded, m.end("ord")):
        # «للربع الثاني على التوالي»; a half of a month or a century, not of a year: «النصف الثاني من يونيو», «… من
        # الشهر الجاري», «الربع الأخير من القرن العشرين»
        return None
    if which == "الفصل" and m.group("rel") and not m.group("dir") and not m.group("year2") \
            and _YEAR_OF_A_KIND.match(folded, m.end("rel")):
        return None  # «للفصل الأول من العام الجامعي»: a school term of an academic year
    if which == "النصف":
        if n > 2 and m.group("ord") != "الاخير":
            return None
        part = f"H{2 if m.group('ord') == 'الاخير' else n}"
    else:
        part = f"Q{n}"
    if m.group("year") or m.group("year2"):  # («من العام الحالي 2015م»: the year written out after its words)
        year = m.group("year") or m.group("year2")
        return _Draft(_core_start(m), m.end("core"), "DATE", "quarter", None, {"value": f"{year}-{part}"}, mod=mod)
    if m.group("ysame") or m.group("ynext"):
        # (the year itself is found when the text's years are known, :func:`_link`)
        return _Draft(_core_start(m), m.end("core"), "DATE", "quarter", {"relative_years": 0, "part": part},
                      {"same_year": 1 if m.group("ynext") else 0}, mod=mod)
    if not m.group("rel") and which == "الفصل":
        return None  # "الفصل الأول" alone is a chapter or a school term
    # "الربع الأول" with no year named: of the publication year («من العام الجاري» names it: :func:`_year_written`)
    n_years = _STEPS.get(_direction(m.group("dir")), 0)
    return _Draft(_core_start(m), m.end("core"), "DATE", "quarter", {"relative_years": n_years, "part": part},
                  {"year_named": True} if m.group("rel") else {}, mod=mod)


@rule("months_of_year",
      PRE + rf"(?P<core>(?:ال)?(?:اشهر|شهور)\s+(?P<count>\S+)\s+(?P<ord>\S+)\s+(?:من\s+|ل)(?:(?P<this>هذا)\s+)?"
      rf"(?:(?P<rel>العام|السنه)(?:\s+(?P<dir>{DIR}))?|(?:(?:عام|العام|سنه)\s+)?(?P<year>(?:19|20)\d\d)(?!\d)))(?!\w)",
      needs="اشهر|شهور")
def _months_of_year(m, folded):
    """«الأشهر الثلاثة الأولى من العام الجاري» (2015-Q1), «الأشهر الستة الأولى من 2014» (2014-H1), «الأشهر الثلاثة
    الأخيرة من العام الماضي» (2014-Q4): the first or last three or six months of a year named, its quarter or
    half, as the quarter rule gives «الربع الأول من العام الجاري»; the past three or six months of this year are
    its quarter or half before the publication date's («الأشهر الستة الماضية من العام الحالي», 2015-H1 in August)."""
    count, order = _num(m.group("count")), m.group("ord")
    first = any(order.startswith(k) for k, v in ORDINAL_DAYS.items() if v == 1)  # «الأولى», feminine
    last = order.startswith("الاخير")
    this_year = not m.group("year") and (m.group("this") or _direction(m.group("dir")) == "current")
    if count in (3, 6) and order.startswith("الماضي") and this_year:
        # «الأشهر الستة الماضية من العام الحالي»: the half (the quarter) of this year before the publication date's
        return _Draft(_core_start(m), m.end("core"), "DATE", "months_of_year",
                      {"relative_quarters": -1, "part_kind": "Q" if count == 3 else "H"})
    if not (first or last):
        return None
    if count not in (3, 6):
        # «الأشهر السبع الأولى من العام الجاري», «الأشهر الخمسة الأولى من 2015»: no quarter or half of a year, a
        # span of that many months (as the count rule reads «التسعة أشهر الأولى من عام 1436ه»)
        if not (isinstance(count, int) and 1 < count < 12):
            return None
        return _Draft(_core_start(m), m.end("core"), "DURATION", "months_of_year", None, {"value": f"P{count}M"})
    part = ("Q1" if first else "Q4") if count == 3 else ("H1" if first else "H2")
    if m.group("year"):
        return _Draft(_core_start(m), m.end("core"), "DATE", "months_of_year", None, {"value": f"{m.group('year')}-{part}"})
    if not (m.group("dir") or m.group("this")):
        return None  # «الأشهر الستة الأولى من العام» alone: which year is the text's to say
    n_years = _STEPS.get(_direction(m.group("dir")), 0) if m.group("dir") else 0
    return _Draft(_core_start(m), m.end("core"), "DATE", "months_of_year", {"relative_years": n_years, "part": part})


@rule("relative_quarter",
      PRE + rf"(?P<core>(?P<which>الربع|النصف)\s+(?P<dir>{DIR}))",
      needs="الربع|النصف")
def _relative_quarter(m, folded):
    """«الربع السابق», «الربع المقبل», «النصف الحالي»: a quarter (a half-year) counted from the publication
    date's, or from the one the article named last (:func:`_link`: «… في الربع الثاني، مقارنة بالربع السابق» is
    the first)."""
    if _OF_MONTH.match(folded, m.end("core")):
        return None  # «الربع الأخير من القرن العشرين»: a quarter of a century, «النصف الثاني من الشهر»: of a month
    direction = _direction(m.group("dir"))
    if direction is None or m.group("dir").endswith("ين"):
        return None  # «خلال العام والنصف الماضيين»: a year and a half, the dual of a duration
    kind = "H" if m.group("which") == "النصف" else "Q"
    return _Draft(_core_start(m), m.end("core"), "DATE", "relative_quarter",
                  {"relative_quarters": _STEPS.get(direction, 0), "part_kind": kind})


_SAME_ROWS = lexicon.rows("same_period_words")
_PERIOD_KIND = {fold(r["word"]): r["kind"] for r in _SAME_ROWS if r["role"] == "period"}
_SAME_WORDS = [fold(r["word"]) for r in _SAME_ROWS if r["role"] == "same"]
# «بالفترة المماثلة من», «بنفس الشهر من», «للفترة ذاتها من», «بالفترة المماثلة في» right before a year («العام الماضي»)
_SAME_PERIOD = re.compile(
    rf"(?<!\w)[وف]?[بلك]?(?P<core>(?:ال|ل)?(?P<p1>{_alt(_PERIOD_KIND)})\s+(?:ال)?{_alt(_SAME_WORDS)}"
    rf"|{_alt(_SAME_WORDS)}\s+(?:ال)?(?P<p2>{_alt(_PERIOD_KIND)}))\s+(?:(?:من|في)\s+)?$")  # («نفس الفترة عام 2014»)
_PERIOD_VALUE = {"Q": re.compile(r"\d{4}-Q\d$"), "H": re.compile(r"\d{4}-H\d$"), "W": re.compile(r"\d{4}-W\d\d$"),
                 "M": re.compile(r"\d{4}-\d\d(?:-\d\d)?$"), "any": re.compile(r"\d{4}-(?:Q\d|H\d|\d\d)$")}


# «الأسبوع الأول من أغسطس», «الأسبوع الأخير من الشهر المقبل»: a week counted in a month right after it
# («الأسبوع قبل الأخير لشهر يوليو»: the week before the last)
_WEEK_OF = re.compile(rf"(?<!\w)[وف]?[بلك]?(?P<core>(?:ال|ل)اسبوع\s+(?P<ord>{_alt(ORDINAL_DAYS)}|الاخير|قبل\s+الاخير)"
                      rf"\s+(?:من\s+(?:شهر\s+)?|ل(?:شهر\s+)?))$")


def _weeks_of_month(drafts: list[_Draft], folded: str) -> list[_Draft]:
    """A month (written or counted) with «الأسبوع الأول/الثاني/… /الأخير من» before it is that week of the month
    (an ISO week, :func:`_week_of_month`); the week's own draft («الأسبوع الأخير», read as last week) goes."""
    gone: set[int] = set()
    for d in drafts:
        # (a month without its day: «الأسبوع الأول من 5 أغسطس» is no week; a written month's value is YYYY-MM)
        month = d.rule == "date_month_name" and not (d.anchor and d.anchor.get("day")) \
            and _DAY.match(str(d.fixed.get("value", ""))) is None \
            or d.rule == "relative_period" and d.anchor is not None and "relative_months" in d.anchor
        if not month or d.mod:
            continue
        m = _WEEK_OF.search(folded, max(0, d.start - 40), d.start)
        if m is None:
            continue
        n = -1 if m.group("ord") == "الاخير" else -2 if m.group("ord").startswith("قبل") else ORDINAL_DAYS[m.group("ord")]
        if not 1 <= n <= 4 and n not in (-1, -2):
            continue  # (a fifth week is one some months lack: «الأسبوع الخامس من فبراير 2015» is none)
        for k, other in enumerate(drafts):
            if other is not d and m.start("core") <= other.start and other.end <= d.start:
                gone.add(k)
        d.start = m.start("core")
        d.fixed = {**d.fixed, "week_of_month": n}
    return [d for k, d in enumerate(drafts) if k not in gone]


_EVERY_YEAR = re.compile(r"\s+(?:من\s+)?كل\s+(?:عام|سنه)(?!\w)")  # (not across a comma: «في ديسمبر، كل عام وأنتم بخير»)


def _every_year(drafts: list[_Draft], folded: str) -> list[_Draft]:
    """«يقام في الثاني عشر من ديسمبر كل عام», «في مارس من كل سنة»: a month (and day) of every year, a SET
    (XXXX-12-12, as «الثامن والعشرين من كل شهر» is XXXX-XX-28); the «كل عام» read on its own goes."""
    gone: set[int] = set()
    for d in drafts:
        if d.rule != "date_month_name" or d.type != "DATE" or not d.anchor or "month" not in d.anchor \
                or "year_step" in d.anchor or d.anchor.get("weekday") or d.mod \
                or d.anchor.get("direction") in ("last", "next", "this"):  # («أغسطس الماضي كل عام»: a month named)
            continue
        m = _EVERY_YEAR.match(folded, d.end)
        if m is None:
            continue
        day = d.anchor.get("day")
        value = f"XXXX-{d.anchor['month']:02d}" + (f"-{day:02d}" if day else "")
        gone |= {id(o) for o in drafts if o is not d and d.end <= o.start and o.end <= m.end()}
        d.end, d.type, d.anchor, d.fixed = m.end(), "SET", None, {**d.fixed, "value": value}
    return [d for d in drafts if id(d) not in gone]


def _same_periods(drafts: list[_Draft], folded: str) -> None:
    """«الفترة المماثلة من العام الماضي», «نفس الفترة من عام 2014»: a year (counted or written), with a period
    and a same word before it, is that period of the year (:func:`_link` gives it the period the article named last)."""
    for d in drafts:
        relative_year = d.rule == "relative_period" and d.anchor and "relative_years" in d.anchor
        written_year = d.rule == "year" and re.fullmatch(r"\d{4}", str(d.fixed.get("value")))  # «من عام 2014»
        if not (relative_year or written_year) or d.mod:
            continue
        m = _SAME_PERIOD.search(folded, max(0, d.start - 40), d.start)
        if m:
            period = re.sub(r"^(?:ال|ل)", "", m.group("p1") or m.group("p2"))
            d.start = m.start("core")
            d.fixed = {**d.fixed, "same_period": _PERIOD_KIND.get(period) or _PERIOD_KIND.get(m.group("p1") or m.group("p2"), "any")}


# A relative pronoun and a few words, no clause's end between, right before a word (see «أخيرا» in :func:`_vague`)
_RELATIVE_BEFORE = re.compile(rf"(?<!\w)(?:{_alt(lexicon.words('relative_pronouns'))})\s+(?:[^\s.،,؛:!؟?]+\s+){{0,5}}$")
_VAGUE_ROWS = lexicon.rows("vague_times")
VAGUE_VALUE = {fold(r["word"]): r["value"] for r in _VAGUE_ROWS}
LATER = {fold(r["word"]) for r in _VAGUE_ROWS if r["later"] == "yes"}
_CLAUSE_START = re.compile(r"(?:^|[.!?؟:،,\n(«\"])\s*$")


_PROCLITICS = re.compile(r"(?<!\w)[وف]?[بلك]?$")


@rule("vague", rf"(?P<core>{_alt(VAGUE_VALUE)})(?!\w)")
def _vague(m, folded):
    """"مؤخرا" PAST_REF, "حاليا" PRESENT_REF, "قريبا" FUTURE_REF."""
    pre = _PROCLITICS.search(folded, max(0, m.start() - 2), m.start())
    if pre is None:
        return None  # inside a word: "تقريبا"
    word = re.sub(r"\s+", " ", m.group("core"))
    value = VAGUE_VALUE[word]
    after = folded[m.end("core"):m.end("core") + 6].lstrip()
    if word == "قريبا" and (after.startswith("من") or re.match(r"\s*(?:جدا|للغايه)\s+من(?!\w)", folded[m.end("core"):])):
        return None  # "قريبا من المطار", «قريبا للغاية من التعاقد»: near to
    if word == "اخيرا" and (pre.group() or _CLAUSE_START.search(folded[:m.start()]) or after[:1] == ":" or (
            after[:1] in ("،", ",") and not _RELATIVE_BEFORE.search(folded, max(0, m.start() - 60), m.start()))):
        # "وأخيرا، ...": finally; before a comma it is recently only at the end of a relative clause («الندوة التي
        # عقدتها الشركة أخيرا، وقد …»), finally or last elsewhere («ونجح الفريق أخيرا، بعد محاولات», «ثم اليمن أخيرا،»)
        return None
    if word == "حديثا" and (not re.search(r"(?<!\S)و?الم\w{3,}\s+$", folded[max(0, m.start() - 16):m.start()])
                           or re.match(r"\s+\w+ا(?!\w)", folded[m.end("core"):]) and not after.startswith(("الي", "الا"))):
        # «أجرى حديثا صحفيا», «أجرى المدرب حديثا مطولا» (a talk, an accusative adjective after it); «المنتقل حديثا إلى
        # الأهلي», «المعينين حديثا،»: recently
        return None
    if word in ("منذ فتره", "منذ مده") and after.startswith(("طويل", "قصير", "ليست", "لا ")):
        return None  # «يعاني منذ فترة طويلة» (for a long time): how long, no time it points at
    if word in LATER:
        tense, future = _clause_tense(folded, m.start("core"), m.end("core"))
        if tense == "past" and not future:
            value = "PAST_REF"  # "وفي وقت لاحق تحدثت محطات": later than the event, before now
    start = m.start("core") + (3 if word.startswith("في ") else 0)  # "في الماضي": في stays out
    return _Draft(start, m.end("core"), "DATE", "vague", None, {"value": value})


@rule("of_time", PRE + rf"(?P<core>(?P<unit>{UNIT})\s+من\s+الزمن)(?!\w)", needs="الزمن")
def _of_time(m, folded):
    """«عقود من الزمن», «سنوات من الزمن»: some of a unit, «of time», as long as that (a plural: no count).

    >>> [(t.text, t.value) for t in tag_text("لازمتها عقود من الزمن", "2015-07-21")]
    [('عقود من الزمن', 'PXDE')]
    """
    unit, own = _unit_amount(m.group("unit"))
    before = folded[max(0, _core_start(m) - 12):_core_start(m)].split()
    if own is not None or (before and (before[-1][:1].isdigit() or _num(before[-1]) is not None
                                       or before[-1] in VAGUE_BEFORE)):
        return None  # («يوما من الزمن», «ستة أيام من الزمن», «عدة عقود من الزمن»: a count, the count rules' to read)
    return _Draft(_core_start(m), m.end("core"), "DURATION", "of_time", {"duration": _vague_duration(unit)})


@rule("overnight", r"(?<!\w)[وف]?(?:خلال|طوال|اثناء)\s+(?P<core>الليل)(?!\w)", needs="الليل")
def _overnight(m, folded):
    """"خلال الليل": the night before the publication date, or the coming one in a future clause."""
    tense, future = _clause_tense(folded, m.start("core"), m.end("core"))
    days = 0 if tense == "future" or future and tense != "past" else -1
    return _Draft(m.start("core"), m.end("core"), "TIME", "overnight", {"relative_days": days, "part_of_day": "NI"})


@rule("part_of_any_day",
      PRE + rf"(?P<core>(?:{_FIRST_LAST_HOURS}|وقت\s+(?P<when>مبكر|متاخر)|(?P<mid>قلب))\s+(?:من\s+)?ال(?P<part>صباح|فجر|مساء|ليل)(?!\w))",
      needs="صباح|فجر|مساء|ليل")
def _part_of_any_day(m, folded):
    """«الساعات الأولى من الصباح», «ساعات متأخرة من الليل», «في قلب الليل»: a part of no day named (of any day,
    TIMEX3's XXXX-XX-XX), its start, end or middle.

    >>> [(t.text, t.value, t.mod) for t in tag_text("يعملون حتى الساعات المتأخرة من الليل", "2015-07-21")]
    [('الساعات المتأخرة من الليل', 'XXXX-XX-XXTNI', 'END')]
    """
    mod = "MID" if m.group("mid") else _PART_MODS[m.group("hours") or m.group("when")]
    return _Draft(m.start("core"), m.end("core"), "TIME", "part_of_any_day", None,
                  {"value": f"XXXX-XX-XXT{PARTS[m.group('part')]}"}, mod=mod)


@rule("century",
      PRE + rf"(?P<core>(?:(?P<mod>{MOD})\s+)?القرن\s+(?:(?P<cw>{_alt(CENTURY_OF)})(?!\w)|(?:ال)?(?P<cn>\d{{1,2}})(?!\d)))",
      needs="القرن")
def _century(m, folded):
    """"القرن التاسع عشر" is the 1800s: TIMEX3 "18"."""
    c = CENTURY_OF[re.sub(r"\s+", " ", m.group("cw"))] if m.group("cw") else int(m.group("cn")) - 1
    if not 0 <= c <= 21:
        return None
    mod = MODS.get(m.group("mod")) if m.group("mod") else None
    return _Draft(_core_start(m), m.end("core"), "DATE", "century", None, {"value": f"{c:02d}"}, mod=mod)


SEASON_OF = lexicon.mapping("seasons", "word", "season")


_SEASON_BEFORE = re.compile(rf"(?<!\w)[وف]?[بلك]?(?:(?P<mod>{MOD})\s+)?(?:(?P<this>هذا|هذه)\s+)?(?:(?P<fasl>فصل)\s+)?$")


@rule("season",
      rf"(?P<core>(?P<season>{_alt(SEASON_OF)})(?!\w)"
      rf"(?:\s+(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?(?P<year>\d{{4}})(?!\d)(?:\s*(?P<era>{ERA})(?!\w))?"
      rf"|\s+(?:من\s+)?(?P<ythis>هذا\s+)?(?:العام|السنه)(?:\s+(?P<ydir>{DIR}))?(?!\w)|\s+(?P<dir>{DIR}))?)")
def _season(m, folded):
    """"صيف 2014" 2014-SU, "صيف هذا العام" this year's, "الشتاء المقبل" the next winter; "الربيع العربي" is not
    a time. After «فصل» (the season of) the word is the season, of the year the text is in: "في فصل الصيف"."""
    before = _SEASON_BEFORE.search(folded, max(0, m.start() - 24), m.start())
    if before is None:
        return None  # inside a word
    code = SEASON_OF[m.group("season")]
    mod = MODS.get(before.group("mod")) if before.group("mod") else None
    start = before.start("mod") if before.group("mod") else before.start("this") if before.group("this") \
        else before.start("fasl") if before.group("fasl") else m.start()
    if m.group("year"):
        year = int(m.group("year"))
        worded = re.search(r"(?:عام|سنه)\s+$", folded[m.start("core"):m.start("year")]) is not None
        if not m.group("era") and (_count_follows(folded, m.end("year"))
                                   or not (1900 <= year <= 2100 or (worded and 1300 <= year <= 1500))):
            return None  # «في الصيف 1400 زائر»: a count after the season, no year (a Hijri one is written so)
        if (m.group("era") and ERA_OF[m.group("era")] == "hijri") or (not m.group("era") and 1300 <= year <= 1500):
            # «صيف 1436هـ»: the season of the Gregorian year that holds most of the Hijri one (2015)
            try:
                first, last = hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year, 12, 1)
            except ValueError:
                return None  # («صيف 9999 هـ»: no Hijri year the calendar holds)
            year = (first + (last - first) / 2).year
            return _Draft(start, m.end("core"), "DATE", "season", None, {"value": f"{year:04d}-{code}"}, mod=mod,
                          calendar="hijri-ummalqura")
        return _Draft(start, m.end("core"), "DATE", "season", None, {"value": f"{year:04d}-{code}"}, mod=mod)
    if m.group("ythis") or m.group("ydir"):  # "صيف هذا العام", "شتاء العام الماضي": that year's season
        n = _STEPS.get(_direction(m.group("ydir")) or "", 0)
        return _Draft(start, m.end("core"), "DATE", "season", {"relative_years": n, "part": code}, mod=mod)
    direction = _direction(m.group("dir"))
    if direction in (None, "current") and not (before.group("this") or before.group("fasl") or direction == "current"):
        return None
    which = _WHICH.get(direction or "", "this")
    return _Draft(start, m.end("core"), "DATE", "season", {"season": code, "direction": which}, mod=mod)


@rule("midnight",
      PRE + rf"(?P<core>منتصف\s+(?:(?P<this>هذه)\s+)?(?P<night>(?:ال)?ليله?)(?!\w)(?:\s+(?P<past>الماضيه)(?!\w))?"
      rf"(?:\s+(?P<rel>{REL})(?!\w))?"
      rf"(?:\s+(?:يوم\s+)?(?P<wd>{WEEKDAY}))?)",
      needs="منتصف")
def _midnight(m, folded):
    """Midnight: "منتصف ليل الجمعة" ends that Friday (T24:00); "منتصف ليلة الجمعة" (the night before Friday,
    as the Arabic night belongs to the day after it) begins it (T00:00); "منتصف الليلة" ends today, and "منتصف الليلة
    الماضية" began it."""
    night = m.group("night")
    mod = "APPROX" if folded[max(0, m.start() - 5):m.start()].strip() in ("قبيل", "بعيد") else None
    if m.group("wd"):
        tense, future = _clause_tense(folded, m.start("core"), m.end("core"))
        direction = "future" if tense == "future" or tense in ("present", "continuing") and future else "nearest"
        time = "24:00" if night == "ليل" else "00:00"
        anchor = {"weekday": WEEKDAYS[m.group("wd")], "direction": direction, "time": time}
        return _Draft(_core_start(m), m.end("core"), "TIME", "midnight", anchor, mod=mod)
    if m.group("past") and night == "الليله":
        # «منتصف الليلة الماضية»: the midnight that ended last night and began today (T00:00)
        return _Draft(_core_start(m), m.end("core"), "TIME", "midnight", {"relative_days": 0, "time": "00:00"}, mod=mod)
    if m.group("rel"):
        rel = RELATIVE_DAYS.get(re.sub(r"\s+", " ", m.group("rel")), RELATIVE_DAYS.get(_with_al(m.group("rel")), 0))
        return _Draft(_core_start(m), m.end("core"), "TIME", "midnight", {"relative_days": rel, "time": "24:00"}, mod=mod)
    d = _Draft(_core_start(m), m.end("core"), "TIME", "midnight", {"relative_days": 0, "time": "24:00"}, mod=mod)
    if night == "الليل" and not m.group("this"):
        d.fixed["clock"] = True  # "منتصف الليل": of the day the text is telling
    return d


# Nouns counted by a number (units.tsv, shared with kit.timeline.quantities: people, sorties, dollars,
# time units, and "ألف"/"مليون" of a written-out count); a number followed by one is a count, never a year.
COUNT_NOUNS = frozenset(fold(r["word"]) for r in lexicon.rows("units"))


def _count_follows(folded: str, pos: int) -> bool:
    m = re.match(r"\s*([%٪]|\w+)", folded[pos:])
    return m is not None and m.group(1) in COUNT_NOUNS


# --- driver ------------------------------------------------------------------------------------------

def _drafts(folded: str) -> list[_Draft]:
    out = []
    for priority, (name, pattern, func) in enumerate(RULES):
        trigger = TRIGGERS.get(name)
        if trigger is not None and any(t.search(folded) is None for t in trigger):
            continue
        for m in pattern.finditer(folded):
            if m.end("core") <= m.start("core"):
                continue
            got = func(m, folded)
            for d in got if isinstance(got, list) else [got] if got else []:
                d.priority = priority
                out.append(d)
    return out


_RANGE_GAP = re.compile(r"\s*(?:الي|حتي|و|-|–)\s*(?:غايه\s+)?")


def _range_years(drafts: list[_Draft], folded: str) -> None:
    """A range whose year is written once, at its end ("من 5 مارس إلى أول أبريل 2020"): the first date is
    of that year too (of the year before when its month comes later: "من 20 ديسمبر إلى 5 يناير 2020")."""
    for a, b in zip(drafts, drafts[1:]):
        if a.rule == "date_month_name" == b.rule and a.anchor and "day" not in a.anchor and "month" in a.anchor \
                and a.anchor.get("direction") not in ("next", "last") and b.anchor is None \
                and _RANGE_GAP.fullmatch(folded[a.end:b.start]) and re.match(r"\d{4}-\d{2}", b.fixed.get("value", "")):
            # «أيار (مايو) وحزيران (يونيو) 1999», «من مارس إلى مايو 2014»: two months, the year written once, at the end
            y, m2 = (int(x) for x in b.fixed["value"][:7].split("-"))
            year = y - 1 if a.anchor["month"] > m2 else y
            a.fixed = {"value": f"{year:04d}-{a.anchor['month']:02d}"}
            a.anchor = None
            continue
        if a.rule == "date_month_name" == b.rule and a.anchor and "day" in a.anchor and b.anchor is None \
                and _RANGE_GAP.fullmatch(folded[a.end:b.start]) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", b.fixed.get("value", "")):
            y, m2, d2 = (int(x) for x in b.fixed["value"].split("-"))
            year = y - 1 if (a.anchor["month"], a.anchor["day"]) > (m2, d2) else y
            try:
                a.fixed = {"value": date(year, a.anchor["month"], a.anchor["day"]).isoformat()}
            except ValueError:
                continue
            a.anchor = None
            continue
        if a.rule == "date_month_name" == b.rule and a.anchor and b.anchor and "month" in a.anchor and "month" in b.anchor \
                and not ({"day", "year_step", "after_month"} & (a.anchor.keys() | b.anchor.keys())) \
                and a.anchor.get("direction") == b.anchor.get("direction") and a.anchor["month"] < b.anchor["month"] \
                and _RANGE_GAP.fullmatch(folded[a.end:b.start]):
            # «نوفمبر وديسمبر», «من مارس إلى مايو»: one year (a pair across the new year, or the later month first,
            # «أيار (مايو) ونيسان (أبريل)», is left to each month's own reading)
            b.anchor["after_month"] = a.anchor["month"]


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# «الموافق», «وفق» (data/lexicon/date_links.txt), longest first: what may stand between a weekday and its
# date, or between a Hijri date and its Gregorian one
_LINK = "|".join(re.escape(w) for w in sorted(lexicon.words("date_links"), key=len, reverse=True))
_WEEKDAY_GAP = re.compile(rf"\s*،?\s*(?:(?:{_LINK})\s*)?")
_PAIR_GAP = re.compile(rf"\s*[،(]?\s*(?:(?:{_LINK})(?:\s+ل)?|/|-)?\s*\(?\s*")


_WEEK_AFTER_DAYS = re.compile(r"\s+(?:في|من)\s+")
_DAY_LIST_GAP = re.compile(r"\s*(?:،\s*)?و?\s*")


_AND_YEAR = re.compile(r"\s*و\s*(\d{4})(?!\d)")
# A day before «و» and a date: «يومي 14 و17 يوليو», «في 14 و15 من الشهر نفسه»
_DAY_AND = re.compile(r"(?<![\w.,/-])(\d{1,2})\s+و\s*$")


# «منذ تنصيب الرئيس محمد بخاري في»: a date in a clause of «منذ» tells the background, no day the report goes on from
_SINCE_CLAUSE = re.compile(r"(?<!\w)[وف]?منذ\s[^.،,؛:\n]{0,50}$")


def _coordinated_days(drafts: list[_Draft], folded: str) -> list[_Draft]:
    """A day joined by و to a date just after it is a day of the same month: «يومي 14 و17 يوليو» is 14 July
    too, «في 14 و17 من نفس الشهر» the 14th of the month named last (not «بين 14 و17 يوليو», a range the range
    rule reads, nor a year or a count before و).

    >>> [d.fixed for d in _coordinated_days([_Draft(9, 16, "DATE", "date_month_name", None, {"value": "2015-07-17"})],
    ...                                       "يومي 14 و17 يوليو")]
    [{'value': '2015-07-14'}, {'value': '2015-07-17'}]
    """
    out = list(drafts)
    for d in drafts:
        value = d.fixed.get("value", "")
        if d.rule == "date_month_name" and d.anchor and "day" in d.anchor and "day_end" not in d.anchor:
            day, fixed, anchor = d.anchor["day"], dict(d.fixed), dict(d.anchor)
        elif d.rule == "date_month_name" and d.anchor is None and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            day, fixed, anchor = int(value[8:]), dict(d.fixed), None
        elif d.rule == "day_of_same_month":
            day, fixed, anchor = d.fixed["same_month_day"], dict(d.fixed), None
        else:
            continue
        m = _DAY_AND.search(folded, max(0, d.start - 12), d.start)
        if m is None or not 1 <= int(m.group(1)) < day or re.search(r"(?:^|\s)(?:بين|من)\s+$", folded[max(0, m.start() - 6):m.start()]):
            continue
        first = int(m.group(1))
        if anchor is not None:
            anchor["day"] = first
        elif d.rule == "day_of_same_month":
            fixed.update(value=f"XXXX-XX-{first:02d}", same_month_day=first)
        else:
            fixed["value"] = f"{value[:8]}{first:02d}"
        if all(m.end(1) <= t.start or m.start(1) >= t.end for t in out):
            out.append(_Draft(m.start(1), m.end(1), d.type, d.rule, anchor, fixed, mod=d.mod, calendar=d.calendar))
    return sorted(out, key=lambda d: d.start)


_GREGORIAN_IN_BRACKETS = re.compile(r"\s*\(\s*(\d{4})(?!\d)")


def _bracketed_gregorian_years(drafts: list[_Draft], folded: str) -> None:
    """A Hijri year straddles two Gregorian years; the one the text writes in brackets after it is its value
    («عام 1378هـ (1958م)»: 1958, where the year holding most of it is 1959)."""
    for d in drafts:
        value, interval = d.fixed.get("value", ""), d.fixed.get("interval")
        if not (d.calendar or "").startswith("hijri") or not re.fullmatch(r"\d{4}", value) or not interval:
            continue
        m = _GREGORIAN_IN_BRACKETS.match(folded, d.end)
        if m and m.group(1) != value and m.group(1) in (interval[0][:4], interval[-1][:4]):
            d.fixed = dict(d.fixed, value=m.group(1))


def _coordinated_years(drafts: list[_Draft], folded: str) -> list[_Draft]:
    """A year joined by و to a year just read is a year too, without a cue of its own: «في 2009 و2010»,
    «عام 2014 و2015» (not a count: «في 2009 و1200 طلعة»)."""
    out = list(drafts)
    todo = list(drafts)
    while todo:  # («2014 و2015 و2016»: each new year may have another after it)
        d = todo.pop()
        if d.rule not in ("year", "range") or not re.fullmatch(r"\d{4}", d.fixed.get("value", "")):
            continue
        m = _AND_YEAR.match(folded, d.end)
        if m and 1900 <= int(m.group(1)) <= 2100 and not _count_follows(folded, m.end(1)) \
                and all(m.end(1) <= t.start or m.start(1) >= t.end for t in out):
            new = _Draft(m.start(1), m.end(1), "DATE", "year", None, {"value": m.group(1)})
            out.append(new)
            todo.append(new)
    return sorted(out, key=lambda d: d.start)


# «لمواليد أعوام ( 2001، 2002 ،2003 )», «عامي (1999 ، 2000)»: years listed in brackets after a noun of years
_BRACKETED_YEARS = re.compile(r"(?<!\w)(?:[لو]?ال)?(?:اعوام|عامي|سنوات|سنتي|مواليد)\s*\(\s*(\d{4}(?:\s*[،,و]\s*\d{4})*)\s*\)")
# «خلال عام 2013 / 2014»: a fiscal or a season's year, the year after the one just read
_SLASH_YEAR = re.compile(r"\s*/\s*(\d{4})(?!\d)")


def _listed_years(drafts: list[_Draft], folded: str) -> list[_Draft]:
    """Years the year rule has no cue for, read from what is around them: each year of a bracketed list after a
    noun of years («لمواليد أعوام (2001، 2002، 2003)»), and the second year of a span written with a slash
    («عام 2013 / 2014»: the year after the first).

    >>> [(d.start, d.fixed["value"]) for d in _listed_years([], "لمواليد عامي (1999 ، 2000)")]
    [(14, '1999'), (21, '2000')]
    """
    out = list(drafts)

    def add(start: int, end: int, value: str) -> None:
        if 1900 <= int(value) <= 2100 and all(end <= t.start or start >= t.end for t in out):
            out.append(_Draft(start, end, "DATE", "year", None, {"value": value}))

    for m in _BRACKETED_YEARS.finditer(folded):
        for y in re.finditer(r"\d{4}", m.group(1)):
            add(m.start(1) + y.start(), m.start(1) + y.end(), y.group())
    for d in drafts:
        if d.rule == "year" and re.fullmatch(r"\d{4}", d.fixed.get("value", "")):
            second = _SLASH_YEAR.match(folded, d.end)
            if second and int(second.group(1)) == int(d.fixed["value"]) + 1:
                add(second.start(1), second.end(1), second.group(1))
    return sorted(out, key=lambda d: d.start)


def _weekdays_of_a_week(drafts: list[_Draft], folded: str) -> None:
    """Weekdays said to be of a week ("الأحد والاثنين في الأسبوع المقبل", "الخميس من الأسبوع الماضي") are
    the days of that week, counted from Sunday as the week of Arabic news starts, not the nearest ones."""
    for i, w in enumerate(drafts):
        a = w.anchor
        if w.rule != "relative_period" or not a or "relative_weeks" not in a or a.get("weekend") or w.mod:
            continue
        j, gap = i - 1, _WEEK_AFTER_DAYS
        while j >= 0 and drafts[j].rule == "weekday" and gap.fullmatch(folded[drafts[j].end:drafts[j + 1].start]):
            day = drafts[j].anchor
            if not day or "weekday" not in day:
                break
            drafts[j].anchor = {**day, "week": a["relative_weeks"]}
            j, gap = j - 1, _DAY_LIST_GAP


def _daily_clocks(drafts: list[_Draft], folded: str) -> None:
    """A clock time beside «يوميا» or «كل يوم» in the same clause (no sentence's end between, a few words at most) is the
    hour of every day: «عرض مسرحي واحد يوميا، يبدأ من الساعة التاسعة مساء» (not «يعمل المكتب يوميا. وفي الساعة العاشرة
    وصل الوزير»)."""
    for a, b in zip(drafts, drafts[1:]):
        for clock, daily in ((a, b), (b, a)):
            if clock.rule == "clock" and daily.rule == "set" and daily.fixed.get("value") == "P1D":
                gap = folded[min(a.end, b.end):max(a.start, b.start)]
                if len(gap) <= _DAILY_GAP and not _SENTENCE_END.search(gap):
                    clock.fixed["daily"] = True


_DAILY_GAP = 30  # characters between «يوميا» and a clock time of the same clause at most


def _weekday_dates(drafts: list[_Draft], folded: str) -> list[_Draft]:
    """A weekday written before a date ("الأربعاء 1 محرم 1437 هـ", "يوم الخميس الموافق 28 / 10 / 1436 هـ") is
    one expression with the date's value, flagged if the date is not that weekday."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and prev.rule == "weekday" and _PAIR_GAP.fullmatch(folded[prev.end:d.start]):
            prev.fixed["dated_next"] = True  # («ليل الاثنين الموافق لـ17 من الشهر الحالي»: the date says which Monday)
        if prev is not None and prev.rule == "weekday" and prev.anchor and not prev.anchor.get("part_of_day") \
                and d.anchor is None and _DAY.fullmatch(d.fixed.get("value", "")) \
                and _WEEKDAY_GAP.fullmatch(folded[prev.end:d.start]):
            fixed = dict(d.fixed)
            warning = _weekday_warning(date.fromisoformat(fixed["value"]), prev.anchor["weekday"])
            if warning:
                fixed["warning"] = warning
            out[-1] = _Draft(prev.start, d.end, "DATE", d.rule, None, fixed, d.mod, d.calendar, min(prev.priority, d.priority))
            continue
        out.append(d)
    return out


def _date_pairs(drafts: list[_Draft], folded: str) -> None:
    """"19/10/1436هـ الموافق 04/08/2015م": a Hijri date given with its Gregorian one. Where the two disagree
    the Hijri date is flagged (its own value stays)."""
    for a, b in zip(drafts, drafts[1:]):
        if not (a.anchor is None is b.anchor and _DAY.fullmatch(a.fixed.get("value", "")) and _DAY.fullmatch(b.fixed.get("value", ""))):
            continue
        if (a.calendar or "").startswith("hijri") == (b.calendar or "").startswith("hijri"):
            continue
        if not _PAIR_GAP.fullmatch(folded[a.end:b.start]):
            continue
        hijri, other = (a, b) if (a.calendar or "").startswith("hijri") else (b, a)
        if hijri.fixed["value"] != other.fixed["value"]:
            hijri.fixed = dict(hijri.fixed, warning=(
                f"the Hijri date {hijri.fixed.get('hijri')} is {hijri.fixed['value']} by the {hijri.calendar} calendar, "
                f"but the text pairs it with {other.fixed['value']}"))


def _merge_clock(kept: list[_Draft], folded: str) -> list[_Draft]:
    """A clock time next to a day expression ("الساعة العاشرة من صباح اليوم") becomes one TIME; a clock time
    right before a named day ("الساعة 18:00 يوم الثلاثاء") stays apart from it but takes its day."""
    kept = sorted(kept, key=lambda d: d.start)
    out: list[_Draft] = []
    for d in kept:
        prev = out[-1] if out else None
        if prev is not None and (prev.rule == "clock") != (d.rule == "clock"):
            gap = folded[prev.end:d.start]
            day = d if prev.rule == "clock" else prev
            clock = prev if prev.rule == "clock" else d
            # (not a feast's: «فعاليات عيد الفطر من الثامنة صباحا» is a daily time of a feast of several days)
            if re.fullmatch(r"\s*،?\s*(?:من\s+)?(?:يوم\s+)?", gap) and day.anchor and "duration" not in day.anchor \
                    and day.rule != "holiday" and ("relative_days" in day.anchor or "weekday" in day.anchor or "day" in day.anchor):
                assert clock.anchor is not None  # the clock rule always gives its time in the anchor
                anchor = dict(day.anchor)
                part = anchor.pop("part_of_day", None)
                h, mi = (int(x) for x in clock.anchor["time"].split(":"))
                if not clock.fixed.get("part"):
                    h = _adjust_hour(h, part)  # "الساعة السابعة من عشية هذا اليوم": 19:00
                anchor["time"] = day.anchor.get("time") or f"{h:02d}:{mi:02d}"  # "الساعة 12 من منتصف الليلة": 00:00
                if clock is prev and "من" not in gap and not part and day.rule not in ("relative_day", "midnight"):
                    # "الساعة 18:00 يوم الثلاثاء": two expressions; the clock is of that Tuesday
                    out[-1] = replace(clock, anchor=anchor, fixed=dict(clock.fixed, linked=True))
                    out.append(d)
                    continue
                out[-1] = _Draft(prev.start, d.end, "TIME", day.rule + "+clock", anchor)
                out[-1].priority = min(prev.priority, d.priority)
                continue
        out.append(d)
    return out




def _link(timexes: list[Timex], dct) -> list[Timex]:
    """What a sentence leaves open, settled by the expressions before it in the same text: a weekday whose
    clause has no tense takes the direction the same weekday had earlier ("مباراة الأربعاء" after "يخوض
    المنتخب مباراته المرتقبة الأربعاء")."""
    # The weekday the article gives its own day ("اليوم الأربعاء", "أمس الثلاثاء"): the others count from it.
    named = next((t.anchor for t in timexes if t.anchor and "relative_days" in t.anchor and t.anchor.get("weekday")
                  and t.rule == "relative_day"), None)
    published = (named["weekday"] - named["relative_days"] - 1) % 7 + 1 if named else None
    out: list[Timex] = []
    for k, t in enumerate(timexes):
        if published and t.anchor and not t.anchor.get("weekday") and "relative_days" in t.anchor \
                or published and t.anchor and t.rule == "weekday":
            t = _reanchored(t, dict(t.anchor, published_weekday=published), dct)
        a = t.anchor
        nxt = timexes[k + 1] if k + 1 < len(timexes) else None
        if t.rule == "weekday" and a and a.get("weekday") and t.value and nxt is not None and nxt.value \
                and t.fixed.get("dated_next") and nxt.rule not in ("weekday", "relative_day") \
                and not (nxt.anchor and "relative_days" in nxt.anchor) and _DAY.fullmatch(nxt.value[:10]) \
                and date.fromisoformat(nxt.value[:10]).isoweekday() == a["weekday"] and t.value[:10] != nxt.value[:10]:
            # «ليل الاثنين الموافق لـ17 من الشهر الحالي»: a weekday right before a date that falls on it is that day
            t = _reanchored(t, None, dct, dict(t.fixed, value=nxt.value[:10] + t.value[10:]))
        elif t.rule == "weekday" and a and a.get("direction") == "nearest" and t.fixed.get("joined") \
                and t.fixed.get("tense") is None and t.value and _DAY.fullmatch(t.value[:10]) and out \
                and out[-1].rule in ("weekday", "relative_day") and out[-1].anchor and out[-1].anchor.get("weekday") \
                and out[-1].value and _DAY.fullmatch(out[-1].value[:10]) and 0 <= t.start - out[-1].end <= 60 \
                and t.value[:10] < out[-1].value[:10]:
            # «يوم الأربعاء سباق قوارب النزهة والخميس مسابقة صيد الأسماك»: a weekday joined by و to the weekday just
            # before it, in a clause of no tense, is the next such day after that one, not the last before the date
            before = date.fromisoformat(out[-1].value[:10])
            day = before + timedelta(days=(a["weekday"] - before.isoweekday()) % 7 or 7)
            t = _reanchored(t, None, dct, dict(t.fixed, value=day.isoformat() + t.value[10:]))
        elif t.rule == "weekday" and a and a.get("direction") == "nearest" and t.fixed.get("tense") is None:
            earlier = next((e for e in reversed(out) if e.rule == "weekday" and e.anchor
                            and e.anchor.get("weekday") == a["weekday"] and e.anchor.get("direction") == "future"), None)
            if earlier is not None:
                t = _reanchored(t, dict(a, direction="future"), dct)
        elif t.rule == "after":
            t = _after_reference(t, _reference_day(out), dct)
        elif t.fixed.get("same_period") and t.value and re.fullmatch(r"\d{4}", t.value):
            # «الفترة المماثلة من العام الماضي» after «النصف الأول من العام الحالي»: 2014-H1
            ref = _reference_period(out, t.fixed["same_period"])
            if ref is not None:
                t = _reanchored(t, None, dct, dict(t.fixed, value=t.value + ref[4:7 if ref[5].isdigit() else None]))
        elif t.fixed.get("same_year") is not None and t.value and re.match(r"(?:\d{4}|XXXX)(?!\d)", t.value):
            # «بلغت الأرباح 5 ملايين في 2014 مقابل 3 ملايين في العام الذي سبقه»: 2013; «مايو من العام نفسه» after
            # «في 2010»: 2010-05 (a month keeps its month and day, a year its count); the year written last, 300
            # characters before at most (further back it is another story's)
            # (a year the text wrote or counted, «في 2013», «العام الماضي»: not a month, a quarter or a day whose
            # year only the publication date gave, «في مايو», «اليوم»)
            ref = next((e.value[:4] for e in reversed(out) if e.type == "DATE" and e.value and e.end >= t.start - 300
                        and re.match(r"\d{4}(?!\d)", e.value) and _year_written(e)), None)
            value = f"{int(ref) + t.fixed['same_year']:04d}{t.value[4:]}" if ref is not None \
                else t.value if t.rule == "quarter" and t.fixed["same_year"] == 0 else f"XXXX{t.value[4:]}"
            t = _reanchored(t, None, dct, dict(t.fixed, value=value))
        elif t.fixed.get("same_month"):
            # «في أغسطس … في وقت لاحق من الشهر نفسه»: that month (of a date the text wrote)
            ref = _reference_period([e for e in out if e.rule not in ("weekday", "relative_day")], "M")
            if ref is not None:
                t = _reanchored(t, None, dct, dict(t.fixed, value=ref[:7]))
        elif t.fixed.get("same_month_day"):
            # «وصل في 20 يوليو … وغادر في 24 من الشهر نفسه»: 24 July of that year
            # (of a date the text wrote, not of a weekday counted from the publication date)
            ref = _reference_period([e for e in out if e.rule not in ("weekday", "relative_day")], "M")
            if ref is not None:
                t = _reanchored(t, None, dct, dict(t.fixed, value=f"{ref[:7]}-{t.fixed['same_month_day']:02d}"))
        elif t.rule == "relative_quarter" and a:
            # «مقارنة بالربع السابق» after «في الربع الثاني»: the quarter before that one, not before today's (and
            # «خلال الربع الحالي» in a report on the second quarter is that quarter)
            ref = _reference_period(out, a["part_kind"])
            if ref is not None:
                per_year = 4 if a["part_kind"] == "Q" else 2
                index = int(ref[6]) - 1 + a["relative_quarters"]
                value = f"{int(ref[:4]) + index // per_year:04d}-{a['part_kind']}{index % per_year + 1}"
                t = _reanchored(t, None, dct, dict(t.fixed, value=value))
        elif t.fixed.get("before_named_month") and not t.fixed.get("week_of_month"):
            # (a month the text wrote, «في يونيو», «لشهر يوليو الماضي», 200 characters before at most, of the publication
            # year or of a year written in digits: not «تموز (يوليو) من العام الماضي», itself a comparison)
            ref = next((e.value for e in reversed(out) if e.rule == "date_month_name" and e.value
                        and re.fullmatch(r"\d{4}-\d\d", e.value) and e.end >= t.start - 200
                        and (e.value[:4] == str(dct)[:4] or re.search(r"\d{4}", e.text))), None)
            if ref is not None:
                y, mo = divmod(int(ref[:4]) * 12 + int(ref[5:7]) - 2, 12)
                t = _reanchored(t, None, dct, dict(t.fixed, value=f"{y:04d}-{mo + 1:02d}"))
        elif t.fixed.get("daily") and not t.fixed.get("linked") and a and "time" in a:
            # «عرض مسرحي واحد يوميا، يبدأ من الساعة التاسعة مساء»: a clock beside «يوميا» is the hour of every day
            t = _reanchored(t, None, dct, dict(t.fixed, value=f"XXXX-XX-XXT{a['time']}"))
        elif t.fixed.get("clock") and not t.fixed.get("linked"):
            # («سجلت العقود بحلول الساعة 0340» after «تصدر البيانات غدا الجمعة»: a clock of a past clause is of no
            # day after the publication date, which the text named as to come, but of the publication day)
            past = t.fixed.get("tense") == "past" and not t.fixed.get("future")
            told = _reference_day(out, not_after=dct if past else None)
            if "gmt_sentence" in t.fixed and (told is None or told.end < t.start - t.fixed["gmt_sentence"]):
                # A wire's GMT time stamp with no day in its own sentence is of the day the report tells first
                # («الذهب يتراجع اليوم الأربعاء … التي هبطت أمس الثلاثاء. وبحلول الساعة 0955 بتوقيت جرينتش»: the
                # Wednesday), not of a background day told in between
                told = _lead_day(out, not_after=dct if past else None) or told
            t = _clock_day(t, told, dct)
        out.append(t)
    return out


def _year_written(t: Timex) -> bool:
    """Did the text write or count ``t``'s year («2013», «عام 1436ه», «العام الماضي», «مايو من العام الماضي»), rather
    than the publication date give it to a month, a quarter or a day («في مايو», «الربع الثالث», «اليوم»)?"""
    if t.anchor is None or t.fixed.get("year_named"):
        return True
    # («الربع الثالث» alone is this year's by the publication date; «الربع الأخير من العام الماضي» counts its year)
    return "year_step" in t.anchor or ("relative_years" in t.anchor and (t.anchor["relative_years"] != 0 or "part" not in t.anchor))


def _reference_period(earlier: list[Timex], kind: str) -> str | None:
    """The value of the last quarter, half-year, month or week (``kind``: Q, H, M, W or any) the text named
    before, for a period compared with it; None when it named none."""
    pattern = _PERIOD_VALUE[kind]
    for k in range(len(earlier) - 1, -1, -1):
        e = earlier[k]
        if e.type == "DATE" and e.value and pattern.match(e.value) and not e.fixed.get("same_period") \
                and e.rule != "relative_quarter":  # (a comparison is no period the report is about)
            span = _month_range_period(earlier[k - 1], e) if kind == "any" and k > 0 else None
            return span or e.value
    return None


_RANGE_PERIODS = {(1, 6): "H1", (7, 12): "H2", (1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4"}


def _month_range_period(first: Timex, last: Timex) -> str | None:
    """The half-year or quarter two months of one year span when the text names them as a range just before a
    period compared with last year's («من الأول من يناير 2015 وحتى نهاية شهر يونيو» … «الفترة المقابلة من العام
    الماضي»: H1), or None."""
    if not (first.value and last.value and re.match(r"\d{4}-\d\d", first.value) and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", last.value)
            and first.value[:4] == last.value[:4] and 0 <= last.start - first.end <= 40):
        return None
    part = _RANGE_PERIODS.get((int(first.value[5:7]), int(last.value[5:7])))
    return f"{last.value[:4]}-{part}" if part else None


def _clock_day(t: Timex, ref: Timex | None, dct) -> Timex:
    """A clock time with no day of its own: of the day the text told last ("استقرت الأسعار اليوم الخميس ...
    بحلول الساعة 0647"), not of the publication date; a routine in the present ("يتم تنزيل التمور من الساعة
    الرابعة عصرا") has no day (XXXX-XX-XX)."""
    assert t.anchor is not None
    time = t.anchor["time"]
    # («يخوض المنتخب مساء اليوم (الخميس) مباراته … عندما يلتقي الأردن، الساعة الثامنة والربع»: a present clause's clock
    # a few words after a day the text names with its part of the day is of that day and part, 20:15)
    # (not a routine's clock after a past day, «وصل السعر أمس … حيث يتم تنزيل التمور من الساعة الرابعة عصرا»)
    # («يشهد اليوم الخميس … حيث يلتقي في تمام الساعة السابعة مساء»: so is one after today or a day to come named
    # in its own sentence)
    near = ref is not None and ref.anchor is not None and ref.anchor.get("relative_days", 0) >= 0 and (
        ("part_of_day" in ref.anchor and 0 <= t.start - ref.end <= 160)
        or ("sentence" in t.fixed and ref.rule in ("relative_day", "weekday") and 0 <= t.start - ref.end <= t.fixed["sentence"]))
    if t.fixed.get("tense") == "present" and not t.fixed.get("future") and not near:
        return _reanchored(t, None, dct, dict(t.fixed, value=f"XXXX-XX-XXT{time}"))
    if ref is None:
        return t
    if ref.anchor and ("relative_days" in ref.anchor or "weekday" in ref.anchor):
        anchor = {k: v for k, v in ref.anchor.items() if k != "part_of_day"}
        if near and not t.fixed.get("part") and ref.anchor.get("part_of_day"):
            h, mi = (int(x) for x in time.split(":"))
            time = f"{_adjust_hour(h, ref.anchor['part_of_day']):02d}:{mi:02d}"
        anchor["time"] = time
        return _reanchored(t, anchor, dct)
    assert ref.value is not None
    return _reanchored(t, None, dct, dict(t.fixed, value=f"{ref.value[:10]}T{time}"))


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _reference_day(earlier: list[Timex], not_after: str | date | None = None) -> Timex | None:
    """The last day the text named before (its reference time): "أمس", "يوم الثلاثاء", "5 مارس 2020";
    None when that day is after ``not_after`` (a past clause then tells of the publication day)."""
    limit = not_after.isoformat() if isinstance(not_after, date) else not_after
    for e in reversed(earlier):
        a = e.anchor
        if e.type not in ("DATE", "TIME") or a and "duration" in a or e.rule == "holiday" or e.fixed.get("since_clause") \
                or e.fixed.get("month_end"):
            # (a feast lasts days: «فعاليات عيد الفطر … من الثامنة صباحا» is a daily time, not the feast's first; a
            # date after «منذ» tells what came before, «منذ تنصيب الرئيس في 29 مايو»; a month's end, «حتى نهاية
            # رجب», is a limit, no day the text goes on telling)
            continue
        if limit and e.value and _DAY_VALUE.match(e.value) and e.value[:10] > limit[:10]:
            return None
        if a and ("relative_days" in a or "weekday" in a):
            return e
        if e.value and _DAY_VALUE.match(e.value):
            return e
    return None


def _lead_day(earlier: list[Timex], not_after: str | date | None = None) -> Timex | None:
    """The first day the text names by the publication date («اليوم الخميس», «أمس», «يوم الاثنين»): the day a wire
    reports; None when it names none that way (a written date, «20 يوليو», may be history), or when that day is
    after ``not_after`` (a past clause's stamp is of no day to come: «تصدر البيانات غدا الجمعة»)."""
    limit = not_after.isoformat() if isinstance(not_after, date) else not_after
    for e in earlier:
        a = e.anchor
        if e.type in ("DATE", "TIME") and a and "duration" not in a and ("relative_days" in a or "weekday" in a) \
                and e.value and _DAY_VALUE.match(e.value):
            return None if limit and e.value[:10] > limit[:10] else e
    return None


def _after_reference(t: Timex, ref: Timex | None, dct) -> Timex:
    """"بعد ساعات" / "بعد ثلاثة أيام" in a past clause: counted from the day told before, not from the
    publication date; unknown ("XXXX-XX-XX") without one, or when the count is vague beyond hours."""
    amount, unit = t.fixed["after"]["amount"], t.fixed["after"]["unit"]
    if unit in CLOCK_UNITS:
        days = math.floor(amount / 24) if amount and unit == "H" else 0
    elif unit in ("D", "W") and amount is not None:
        days = int(amount) * (7 if unit == "W" else 1)
    else:
        days = None
    if ref is None or days is None:
        return _reanchored(t, None, dct, dict(t.fixed, value="XXXX-XX-XX"))
    if ref.anchor and ("relative_days" in ref.anchor or "weekday" in ref.anchor):
        anchor = {k: v for k, v in ref.anchor.items() if k not in ("part_of_day", "time")}
        anchor["shift_days"] = anchor.get("shift_days", 0) + days
        return _reanchored(t, anchor, dct)
    assert ref.value is not None  # a day, by _reference_day
    day = date.fromisoformat(ref.value[:10]) + timedelta(days=days)
    return _reanchored(t, None, dct, dict(t.fixed, value=day.isoformat()))


def _reanchored(t: Timex, anchor: dict | None, dct, fixed: dict | None = None) -> Timex:
    fixed = t.fixed if fixed is None else fixed
    value, interval, warning = resolve(anchor, fixed, dct)
    return replace(t, anchor=anchor, fixed=fixed, value=value, interval=interval, warning=warning)


def tag_text(text: str, dct: str | date | None = None, offset: int = 0, link: bool = True) -> list[Timex]:
    """Time expressions of a plain ``text``, resolved against ``dct`` (offsets shifted by ``offset``).

    >>> [(t.text, t.value) for t in tag_text("في 9 تشرين الأول/أكتوبر 2014 نفذت 1200 طلعة")]
    [('9 تشرين الأول/أكتوبر 2014', '2014-10-09')]
    """
    folded, where = fold_with_offsets(text)
    drafts = _drafts(folded)
    # Longest first, then the earlier rule: a "مساء اليوم الثلاثاء" beats its "اليوم".
    drafts.sort(key=lambda d: (-(d.end - d.start), d.priority, d.start))
    taken: list[_Draft] = []
    for d in drafts:
        if all(d.end <= t.start or d.start >= t.end for t in taken):
            taken.append(d)
    taken = _merge_clock(taken, folded)
    _range_years(taken, folded)
    taken = _weekday_dates(taken, folded)
    _daily_clocks(taken, folded)
    _weekdays_of_a_week(taken, folded)
    _date_pairs(taken, folded)
    _same_periods(taken, folded)
    taken = _weeks_of_month(taken, folded)
    taken = _every_year(taken, folded)
    taken = _coordinated_years(_listed_years(taken, folded), folded)
    taken = _coordinated_days(taken, folded)
    _bracketed_gregorian_years(taken, folded)
    for d in taken:
        if d.type == "DATE" and _SINCE_CLAUSE.search(folded, max(0, d.start - 60), d.start):
            d.fixed = dict(d.fixed, since_clause=True)
    out = []
    for d in sorted(taken, key=lambda d: d.start):
        s = where[d.start]
        e = where[d.end] if d.end < len(folded) else len(text)
        if d.rule == "relative_day" and "مس\u0651" in text[s:e]:
            continue  # "أمسّ" with a shadda is "most (in need)", not "yesterday"
        if d.rule == "vague" and text[s:s + 1] == "\u0622":
            continue  # «وآلان هايننغ»: آ + «لان» is the name Alan; «الآن» (now) opens with ال
        if d.type == "DATE" and folded[d.start:d.start + 1].isdigit() and _DATED_NAME.search(folded, max(0, d.start - 12), d.start):
            continue  # «بملعب دريم لاند بمدينة 6 أكتوبر»: a place named by a date (dated_name_heads.txt)
        # Keep diacritics of the last letter (غداً) but not the space after it.
        while e > s and text[e - 1].isspace():
            e -= 1
        value, interval, warning = resolve(d.anchor, d.fixed, dct)
        out.append(Timex(s + offset, e + offset, text[s:e], d.type, value, d.anchor, d.rule, interval,
                         warning, d.mod, d.calendar, d.fixed))
    return _link(out, dct) if link else out


def find_timexes(article, dct: str | date | None = None) -> list[Timex]:
    """Time expressions of the article's title, subtitle and sentences, resolved against ``dct``
    (default: the article's publication date).

    >>> from kit.text.article import parse_article
    >>> a = parse_article("عنوان\\n\\nوصل الوزير أمس، الاثنين، إلى عمّان.", dct="2016-03-15")
    >>> [(t.text, t.value) for t in find_timexes(a)]
    [('أمس، الاثنين', '2016-03-14')]
    """
    dct = dct if dct is not None else article.dct
    out: list[Timex] = []
    for seg in article.segments:
        out += tag_text(seg.text, dct=dct, offset=seg.start, link=False)
    # («// انتهى //» on one line, «10:34 ت م» on the next: a wire's sign-off time opens its own segment, and is of
    # the publication day all the same)
    out = [replace(t, fixed=dict(t.fixed, linked=True)) if t.rule == "clock" and t.fixed.get("clock") and not t.fixed.get("linked")
           and _WIRE_END.search(fold(article.text[max(0, t.start - 16):t.start])) is not None else t for t in out]
    out = _link(out, dct)
    titles = [(seg.start, seg.end) for seg in article.segments if seg.kind == "title"]
    return [_title_weekday(t, out, dct) if t.rule == "weekday" and any(s <= t.start < e for s, e in titles) else t
            for t in out]


def _title_weekday(t: Timex, timexes: list[Timex], dct) -> Timex:
    """A bare weekday in a headline («"فنون الرياض" تحتفل بالعيد الاثنين») is the day the text dates that weekday
    to («بعد غد الاثنين»): a headline drops the words that anchor it (with none, it keeps its own reading)."""
    a = t.anchor
    if not a or not a.get("weekday") or a.get("direction") != "nearest" or not t.value:
        return t
    for b in timexes:
        if b.start > t.end and b.rule == "relative_day" and b.anchor and b.anchor.get("weekday") == a["weekday"] \
                and b.value and _DAY.fullmatch(b.value[:10]):
            return t if b.value[:10] == t.value[:10] else _reanchored(t, None, dct, dict(t.fixed, value=b.value[:10] + t.value[10:]))
    return t


def anchor_text(anchor: dict | None) -> str | None:
    """How a relative expression hangs on the publication date, as one line.

    >>> anchor_text({"relative_days": -1, "weekday": 1})
    'relative_days=-1, weekday=1'
    """
    if not anchor:
        return None
    return ", ".join(f"{k}={v}" for k, v in anchor.items())


def tag_sentences(sentences, dct: str | None = None):
    """Time expressions of loose sentences, one row per expression, for trying the rules out.

    >>> table = tag_sentences(["وصل أمس", "نفذت 1200 طلعة"], dct="2020-03-02")
    >>> table.loc[0, "value"], table["expression"].isna().tolist()
    ('2020-03-01', [False, True])
    """
    import pandas as pd

    rows = []
    for sentence in sentences:
        found = tag_text(sentence, dct=dct)
        for t in found:
            rows.append({"sentence": sentence, "expression": t.text, "type": t.type, "value": t.value,
                         "interval": t.interval, "anchor": anchor_text(t.anchor), "rule": t.rule,
                         "warning": t.warning})
        if not found:
            rows.append({"sentence": sentence, "expression": None, "type": None, "value": None,
                         "interval": None, "anchor": None, "rule": None, "warning": None})
    return pd.DataFrame(rows, columns=["sentence", "expression", "type", "value", "interval", "anchor", "rule", "warning"])
