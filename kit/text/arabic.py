"""Arabic text helpers: folding for matching, tokens with offsets, proclitics (numbers: :mod:`kit.text.numbers`).

Nothing here changes the original text. Matching happens on a *folded* copy (see :func:`fold`),
and every token or number keeps ``start``/``end`` offsets into the original string, so a result
can always be highlighted where it was found.

>>> fold("جَاوَةُ")
'جاوه'
>>> [t.text for t in tokenize("وقال الوزير، إنّ")]
['وقال', 'الوزير', '،', 'إنّ']
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kit.text.camel_utils import (
    dediac_ar,
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


# Folding is one str.translate: the table holds every character seen so far whose fold is not itself
# (learnt the first time it appears), and _ODD the ones that fold to nothing or to several characters.
_FOLD_TABLE: dict[int, str] = {}
_KNOWN: set[str] = set()
_ODD: set[str] = set()
_ODD_RE: list[re.Pattern | None] = [None]


def _learn(text: str) -> None:
    new = set(text)
    new.difference_update(_KNOWN)
    if not new:
        return
    for ch in new:
        f = _fold_char(ch)
        if f != ch:
            _FOLD_TABLE[ord(ch)] = f
        if len(f) != 1:
            _ODD.add(ch)
            _ODD_RE[0] = None
    _KNOWN.update(new)


@lru_cache(maxsize=1 << 16)  # the same words are folded again and again (a corpus run: ~500k calls)
def fold(text: str) -> str:
    """The matching key of ``text``: no diacritics or tatweel, one alef, ى→ي, ة→ه, ASCII digits.

    Two spellings of one word fold alike, so they can be looked up together.

    >>> fold("إربد") == fold("اربد")
    True
    >>> fold("فى") == fold("في")
    True
    """
    _learn(text)
    return text.translate(_FOLD_TABLE)


def fold_with_offsets(text: str, offset: int = 0) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the index in ``text`` it came from (plus ``offset``).

    The list has one extra entry, ``len(text)``, so that a folded span ``[i, j)`` maps back to
    ``text[starts[i]:starts[j]]``... taking care that ``j`` maps to the end of the last character.

    >>> folded, where = fold_with_offsets("جُاوة")
    >>> folded, where[:3]
    ('جاوه', [0, 2, 3])
    """
    _learn(text)
    folded = text.translate(_FOLD_TABLE)
    if _ODD.isdisjoint(text):  # one character for one: the offsets are the positions
        return folded, list(range(offset, offset + len(text) + 1))
    odd = _ODD_RE[0]
    if odd is None:
        odd = _ODD_RE[0] = re.compile("[" + "".join(re.escape(c) for c in sorted(_ODD)) + "]")
    where: list[int] = []
    pos = 0
    for m in odd.finditer(text):
        i = m.start()
        where.extend(range(offset + pos, offset + i))
        where.extend([offset + i] * len(_FOLD_TABLE.get(ord(text[i]), text[i])))
        pos = i + 1
    where.extend(range(offset + pos, offset + len(text) + 1))
    return folded, where


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
    letters = sum(map(str.isalpha, text))
    if not letters:
        return 0.0
    return len(_ARABIC_ALPHA.findall(text)) / letters


# ARABIC_LETTERS without the two Sindhi signs that are not letters (isalpha() is False for them).
_ARABIC_ALPHA = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC\u06FF]")


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
# name such as "تو-22" or "إف-16". Numbers keep their decimal and thousands separators, and a Latin
# or numeric part after a hyphen ("737-800"), not an Arabic word ("3310-نوكيا" is a model and the next maker).
TOKEN_RE = re.compile(
    rf"(?P<word>[^\W\d_][{MARKS}\u0640]*(?:[^\W_]|[{MARKS}\u0640])*(?:-(?:[^\W_]|[{MARKS}\u0640])+)*)"
    r"|(?P<number>\d+(?:[.,٫٬]\d+)*(?:-(?:[^\W_\u0600-\u06ff])+)?)"
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


def _tokenize(text: str, offset: int) -> tuple[RawToken, ...]:
    return tuple(RawToken(m.start() + offset, m.end() + offset, m.group(), m.lastgroup or "punct")
                 for m in TOKEN_RE.finditer(text))


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
    >>> proclitic_splits("للاعب")
    [(0, 'للاعب'), (1, 'لاعب'), (1, 'الاعب'), (1, 'اللاعب')]
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
            # ل + ال is written لل: give the stem its alef back. Before a noun that starts with ل the press
            # writes one lam less (ل + اللاعب, اللجنة: «للاعب», «للجنة»): the stem is then ال + what follows.
            if prep == "ل" and rest.startswith("ل") and len(rest) >= 3:
                for stem in ("ا" + rest, "ال" + rest):
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
