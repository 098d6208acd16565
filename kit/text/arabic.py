"""Arabic text helpers: folding for matching, tokens with offsets, proclitics, numbers.

Nothing here changes the original text. Matching happens on a *folded* copy (see :func:`fold`),
and every token or number keeps ``start``/``end`` offsets into the original string, so a result
can always be highlighted where it was found.

>>> fold("جَاوَةُ")
'جاوه'
>>> [t.text for t in tokenize("وقال الوزير، إنّ")]
['وقال', 'الوزير', '،', 'إنّ']
>>> number_value("الثماني والأربعين")
48
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

TATWEEL = "\u0640"
# Bidi controls and zero-width characters that scraped pages carry invisibly.
INVISIBLE = set("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
ARABIC_LETTERS = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
# Combining marks used in Arabic script (harakat, shadda, sukun, superscript alef, Quranic marks).
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
DIGIT_TABLE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Persian/Urdu letter shapes that Arabic text picks up from keyboards.
LETTER_VARIANTS = {"ی": "ي", "ے": "ي", "ک": "ك", "ڪ": "ك", "ە": "ه", "ھ": "ه", "ۀ": "ه", "ٱ": "ا"}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in INVISIBLE or ch == TATWEEL:
        return ""
    if ch in LETTER_VARIANTS:
        return LETTER_VARIANTS[ch]
    out = normalize_unicode(ch)  # NFKC-like: presentation forms and ligatures to plain letters
    out = dediac_ar(out)
    out = normalize_alef_ar(out)
    out = normalize_alef_maksura_ar(out)
    out = normalize_teh_marbuta_ar(out)
    out = out.translate(DIGIT_TABLE)
    if out and unicodedata.category(out[0]) == "Mn":
        return ""
    if out in ("\u00a0", "\u2007", "\u202f"):
        return " "
    return out


@lru_cache(maxsize=1 << 16)  # the same words are folded again and again (a corpus run: ~500k calls)
def fold(text: str) -> str:
    """The matching key of ``text``: no diacritics or tatweel, one alef, ى→ي, ة→ه, ASCII digits.

    Two spellings of one word fold alike, so they can be looked up together.

    >>> fold("إربد") == fold("اربد")
    True
    >>> fold("فى") == fold("في")
    True
    """
    return "".join(_fold_char(c) for c in text)


def fold_with_offsets(text: str, offset: int = 0) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the index in ``text`` it came from (plus ``offset``).

    The list has one extra entry, ``len(text)``, so that a folded span ``[i, j)`` maps back to
    ``text[starts[i]:starts[j]]``... taking care that ``j`` maps to the end of the last character.

    >>> folded, where = fold_with_offsets("جُاوة")
    >>> folded, where[:3]
    ('جاوه', [0, 2, 3])
    """
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text, offset):
        f = _fold_char(ch)
        for c in f:
            out.append(c)
            where.append(i)
    where.append(len(text) + offset)
    return "".join(out), where


def final_fold(word: str) -> str:
    """Fold, then merge the final ه/ا of place names, so جاوة meets جاوا.

    >>> final_fold("جاوة") == final_fold("جاوا")
    True
    """
    f = fold(word)
    if len(f) > 3 and f[-1] in "ها":
        return f[:-1] + "ا"
    return f


def has_arabic(text: str) -> bool:
    """True when ``text`` holds at least one Arabic letter.

    >>> has_arabic("Berlin"), has_arabic("برلين")
    (False, True)
    """
    return ARABIC_LETTERS.search(text) is not None


def arabic_share(text: str) -> float:
    """Share of letters that are Arabic (0 when there are no letters).

    >>> round(arabic_share("تركيا Turkey"), 2)
    0.45
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ARABIC_LETTERS.match(c)) / len(letters)


@dataclass(frozen=True)
class RawToken:
    """A word, number or punctuation mark with its offsets in the original text.

    >>> tokenize("في جاوة")[1]
    RawToken(start=3, end=7, text='جاوة', kind='word')
    """

    start: int
    end: int
    text: str
    kind: str  # "word", "number" or "punct"

    @property
    def folded(self) -> str:
        return fold(self.text)


# A word is letters (with their marks and tatweel); a hyphen joins letters and digits of a model
# name such as "تو-22" or "إف-16". Numbers keep their decimal and thousands separators.
_TOKEN_RE = re.compile(
    rf"(?P<word>[^\W\d_][{MARKS}\u0640]*(?:[^\W_]|[{MARKS}\u0640])*(?:-(?:[^\W_]|[{MARKS}\u0640])+)*)"
    r"|(?P<number>\d+(?:[.,٫٬]\d+)*(?:-(?:[^\W_])+)?)"
    r"|(?P<punct>[^\w\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff])",
)


def tokenize(text: str, offset: int = 0) -> list[RawToken]:
    """Words, numbers and punctuation of ``text`` with offsets (shifted by ``offset``).

    Invisible marks (RLM, ZWJ, BOM) are skipped; a word keeps its diacritics and tatweel, so
    ``text[t.start:t.end] == t.text`` always holds.

    >>> [(t.text, t.kind) for t in tokenize("نحو ٢٣٠٠ طلعة.")]
    [('نحو', 'word'), ('٢٣٠٠', 'number'), ('طلعة', 'word'), ('.', 'punct')]
    """
    return list(_tokenize(text, offset))


# Extractors tokenize the same paragraph several times (places, entities, numbers, the model);
# tokens are frozen, so one tuple can be shared and each caller gets a list of its own.
@lru_cache(maxsize=512)  # one article's paragraphs and sentences; keys are whole paragraphs, so keep it small
def _tokenize(text: str, offset: int) -> tuple[RawToken, ...]:
    return tuple(RawToken(m.start() + offset, m.end() + offset, m.group(), m.lastgroup or "punct")
                 for m in _TOKEN_RE.finditer(text))


# Proclitics in their order of attachment: conjunction, then preposition, then the article.
CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك")


def proclitic_splits(word: str) -> list[tuple[int, str]]:
    """Ways to read ``word`` as proclitics + stem: ``(offset of the stem, stem)``, unsplit first.

    The stem is folded. With "لل" (ل + ال) the stem gets its alef back: "للجيش" → "الجيش", and its
    offset points at the second لام. Callers keep the reading whose stem they know, which is what
    resolves the ambiguity of a word like "وزارة" (not و + زارة).

    >>> proclitic_splits("لتركيا")
    [(0, 'لتركيا'), (1, 'تركيا')]
    >>> (2, 'الجيش') in proclitic_splits("وللجيش")
    True
    """
    return list(_proclitic_splits(word))


@lru_cache(maxsize=1 << 16)  # pure, and asked of the same words by every recogniser
def _proclitic_splits(word: str) -> tuple[tuple[int, str], ...]:
    f = fold(word)
    # Map folded positions back to the word, so diacritics inside the word don't shift offsets.
    _, where = fold_with_offsets(word)
    out = [(0, f)]
    seen = {f}
    for conj in CONJUNCTIONS:
        for prep in PREPOSITIONS:
            prefix = conj + prep
            if not prefix or not f.startswith(prefix):
                continue
            rest = f[len(prefix):]
            if len(rest) >= 2 and rest not in seen:
                out.append((where[len(prefix)], rest))
                seen.add(rest)
            # ل + ال is written لل: give the stem its alef back.
            if prep == "ل" and rest.startswith("ل") and len(rest) >= 3:
                stem = "ا" + rest
                if stem not in seen:
                    out.append((where[len(prefix)], stem))
                    seen.add(stem)
    return tuple(out)


def strip_article(folded: str) -> str:
    """The folded word without a leading ال (kept when too little would remain).

    >>> strip_article("الرياض")
    'رياض'
    """
    if folded.startswith("ال") and len(folded) > 3:
        return folded[2:]
    return folded


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII ones.

    >>> to_ascii_digits("٢٠١٥")
    '2015'
    """
    return text.translate(DIGIT_TABLE)


# --- number words -------------------------------------------------------------------------
# Keys are folded and without ال. Values: units and tens add up; 100 and the powers of
# 1000 multiply what came before them.
_UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10, "احد": 1, "احدي": 1,
}
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_HUNDREDS = {"مئه": 100, "مائه": 100, "مئات": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200}
_SCALES = {
    "الف": 1000, "الاف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000, "الفي": 2000,
    "مليون": 10**6, "ملايين": 10**6, "مليونا": 10**6, "مليونان": 2 * 10**6, "مليونين": 2 * 10**6,
    "مليوني": 2 * 10**6,
    "مليار": 10**9, "مليارات": 10**9, "مليارا": 10**9, "بليون": 10**9,
}
# Words that are numbers only next to another number word ("أحد عشر", "اثنا عشر"): alone,
# أحد is "one of"/"Sunday" and اثنا has no meaning.
_ONLY_IN_COMPOUNDS = {"احد", "احدي", "اثنا", "اثني"}


def _number_word(folded: str, first: bool) -> tuple[int, str] | None:
    """The value and class of one folded word, allowing و (not on the first word) and ال."""
    candidates = [folded]
    if not first and folded.startswith("و"):
        candidates.append(folded[1:])
    for c in list(candidates):
        if c.startswith("ال") and len(c) > 3:
            candidates.append(c[2:])
    for c in candidates:
        if c in _UNITS:
            return _UNITS[c], "unit"
        if c in _TENS:
            return _TENS[c], "ten"
        if c in _HUNDREDS:
            return _HUNDREDS[c], "hundred"
        if c in _SCALES:
            return _SCALES[c], "scale"
        # "ثلاثمئة", "خمسمائة": a unit glued to مئة
        for h in ("مئه", "مائه"):
            if c.endswith(h) and c[: -len(h)] in _UNITS:
                return _UNITS[c[: -len(h)]] * 100, "hundred*"
    return None


def _combine(parts: list[tuple[int, str]]) -> int:
    total, current = 0, 0
    for value, cls in parts:
        if cls == "scale":
            if value in (2000, 2 * 10**6):  # dual: "ألفان", "ألفي" stand alone
                current = current or 0
                total += (current or 1) * value if current else value
                current = 0
            else:
                total += (current or 1) * value
                current = 0
        elif cls == "hundred":
            current = (current or 1) * value if value == 100 else current + value
        elif cls == "unit" and value == 10 and current and current < 10:
            current += 10  # teens: "ثلاثة عشر"
        else:
            current += value
    return total + current


def number_value(text: str) -> int | None:
    """Value of a run of number words, or of digits (Arabic-Indic too); None if it is not one.

    >>> number_value("ثلاثة آلاف"), number_value("الثماني والأربعين"), number_value("٢٣٠٠")
    (3000, 48, 2300)
    >>> number_value("خمسة عشر"), number_value("مئتين وخمسين")
    (15, 250)
    """
    ascii_ = to_ascii_digits(text.strip()).replace(",", "").replace("٬", "")
    if re.fullmatch(r"\d+", ascii_):
        return int(ascii_)
    words = [t for t in tokenize(text) if t.kind == "word"]
    if not words:
        return None
    parts = []
    for i, w in enumerate(words):
        p = _number_word(w.folded, first=i == 0)
        if p is None:
            return None
        parts.append(p)
    if len(parts) == 1 and words[0].folded in _ONLY_IN_COMPOUNDS:
        return None
    return _combine(parts)


# Largest magnitude kept as a number: beyond it a float is inf, which JSON cannot hold.
MAX_NUMBER = 1e300


@dataclass(frozen=True)
class Number:
    """A number in the text: digits or number words, with its value.

    >>> find_numbers("قتل 224 شخصا خلال الساعات الثماني والأربعين")[1].value
    48
    """

    start: int
    end: int
    text: str
    value: float


# Digits glued to a proclitic or the article: "الـ48", "و2015", "بـ2300".
_GLUED_DIGITS = re.compile(r"^(?:[وف]?[بلك]?(?:ال)?)\u0640*(\d+(?:[.,٫]\d+)?)$")


def _unglue(text: str, tokens: list[RawToken]) -> list[RawToken]:
    out = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        m = _GLUED_DIGITS.match(t.text) if t.kind == "word" else None
        if m and m.start(1) > 0:
            end = t.end
            # "و1.5": the word stops at the decimal point; the fraction is the next two tokens.
            if (i + 2 < len(tokens) and tokens[i + 1].text in ".,٫" and tokens[i + 1].start == end
                    and tokens[i + 2].kind == "number" and tokens[i + 2].start == tokens[i + 1].end):
                end = tokens[i + 2].end
                i += 2
            out.append(RawToken(t.start + m.start(1), end, text[t.start + m.start(1):end], "number"))
        else:
            out.append(t)
        i += 1
    return out


def find_numbers(text: str, offset: int = 0) -> list[Number]:
    """Every number in ``text``: digit groups and runs of number words, with values.

    A run of number words may be joined by و ("الثماني والأربعين"). A digit group that is part of
    a model name ("تو-22") is not a number. Digits glued to a proclitic or the article count
    ("الـ48", "و2015"), and a scale word after digits multiplies them ("3 ملايين").

    >>> [(n.text, n.value) for n in find_numbers("نفذت نحو ٢٣٠٠ طلعة و ثلاثة آلاف غارة")]
    [('٢٣٠٠', 2300), ('ثلاثة آلاف', 3000)]
    >>> [(n.text, n.value) for n in find_numbers("الساعات الـ48 الماضية و1.5 مليار دولار")]
    [('48', 48), ('1.5 مليار', 1500000000.0)]
    """
    tokens = _unglue(text, tokenize(text))
    out: list[Number] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind == "number":
            raw = to_ascii_digits(t.text)
            if "-" not in raw:
                clean = raw.replace("٬", "")
                if re.fullmatch(r"\d{1,3}(,\d{3})+", clean):
                    clean = clean.replace(",", "")
                clean = clean.replace("٫", ".").replace(",", ".")
                try:
                    value: float = int(clean) if re.fullmatch(r"\d+", clean) else float(clean)
                except ValueError:
                    value = None  # type: ignore[assignment]
                # A run of hundreds of digits is no quantity, and as a float it is inf (invalid JSON).
                if value is not None and not (abs(value) < MAX_NUMBER):
                    value = None  # type: ignore[assignment]
                if value is not None:
                    end = t.end
                    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                    scale = _SCALES.get(nxt.folded) if nxt is not None and nxt.kind == "word" else None
                    if scale and scale not in (2000, 2 * 10**6) and abs(value) * scale < MAX_NUMBER:
                        value, end = value * scale, nxt.end
                        i += 1
                    out.append(Number(t.start + offset, end + offset, text[t.start:end], value))
            i += 1
            continue
        if t.kind == "word" and _number_word(t.folded, first=True):
            j = i
            parts = []
            while j < len(tokens) and tokens[j].kind == "word":
                p = _number_word(tokens[j].folded, first=j == i)
                if p is None:
                    break
                parts.append(p)
                j += 1
            if len(parts) == 1 and t.folded in _ONLY_IN_COMPOUNDS:
                i += 1
                continue
            start, end = tokens[i].start, tokens[j - 1].end
            out.append(Number(start + offset, end + offset, text[start:end], _combine(parts)))
            i = j
            continue
        i += 1
    return out
