"""Numbers in Arabic text: digits (Arabic-Indic too) and number words, with their values.

>>> number_value("الثماني والأربعين"), number_value("٢٣٠٠")
(48, 2300)
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from kit.text import lexicon
from kit.text.arabic import RawToken, fold, to_ascii_digits, tokenize


def _table(cls: str) -> dict[str, int]:
    return {r["word"]: int(r["value"]) for r in lexicon.rows("number_words") if r["class"] == cls}


# Keys are folded and without ال (data/lexicon/number_words.tsv).
_UNITS = _table("unit")
_TENS = _table("ten")
_HUNDREDS = _table("hundred")
_SCALES = _table("scale")
# Words that are numbers only next to another number word ("أحد عشر", "اثنا عشر").
_ONLY_IN_COMPOUNDS = frozenset(r["word"] for r in lexicon.rows("number_words") if r["compound_only"])


@lru_cache(maxsize=1 << 16)  # asked of every word of every sentence
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
    >>> number_value("130 ألف"), number_value("1.5 مليون")
    (130000, 1500000)
    >>> number_value("ستة وثمانية") is None  # two numbers («بين ستة وثمانية أسابيع»)
    True
    >>> number_value("9" * 400 + " ألف") is None  # beyond any float
    True
    """
    ascii_ = to_ascii_digits(text.strip()).replace(",", "").replace("٬", "")
    if re.fullmatch(r"\d+", ascii_):
        return int(ascii_)
    counted = re.fullmatch(r"(\d+(?:\.\d+)?)\s+(\S+)", ascii_)
    if counted is not None:
        # «130 ألف», «1.5 مليون»: digits counting a scale word (a number of thousands, not a thousand)
        scale = _number_word(fold(counted.group(2)), first=True)
        if scale is None or scale[1] != "scale":
            return None
        value = float(counted.group(1)) * scale[0]
        return round(value) if math.isfinite(value) else None  # (400 digits before «ألف» overflow a float: no value)
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
    for k in range(1, len(parts)):
        # «بين ستة وثمانية أسابيع», «عشرين وثلاثين»: two units or two tens joined by و are two numbers (a range,
        # a list), never one; a compound joins a unit and a ten («ستة وثمانين»)
        if words[k].text.startswith("و") and parts[k][1] == parts[k - 1][1] and parts[k][1] in ("unit", "ten"):
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


def _unglue(text: str, tokens: list) -> list:
    out = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        # (the pattern ends in a digit: most words are not even tried)
        m = _GLUED_DIGITS.match(t.text) if t.kind == "word" and t.text[-1:].isdigit() else None
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
    return numbers_in(text, tokenize(text), offset)


def numbers_in(text: str, tokens, offset: int = 0) -> list[Number]:
    """:func:`find_numbers` over tokens already made (the document's, with offsets into ``text``)."""
    tokens = _unglue(text, list(tokens))
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
                value: float | None
                try:
                    value = int(clean) if re.fullmatch(r"\d+", clean) else float(clean)
                except ValueError:
                    value = None
                # A run of hundreds of digits is no quantity, and as a float it is inf (invalid JSON).
                if value is not None and not (abs(value) < MAX_NUMBER):
                    value = None
                if value is not None:
                    end = t.end
                    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                    scale = _SCALES.get(nxt.folded) if nxt is not None and nxt.kind == "word" else None
                    if scale and nxt is not None and scale not in (2000, 2 * 10**6) and abs(value) * scale < MAX_NUMBER:
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
