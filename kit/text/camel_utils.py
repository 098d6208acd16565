"""CAMeL Tools' offline normalisation: the five functions the kit folds Arabic with.

The default install puts camel-tools in place without its deep-learning dependencies (torch,
transformers: camel-tools requires them, though its utilities never import them; see the README and
CAMeL-Lab/camel_tools#173), and the kit uses it. A package installed with ``pip install
arabic-news-kit`` alone, without camel-tools, uses the equivalent below: the same character
classes and mappings as camel-tools 1.6 (MIT), checked against it on every character by
tests/test_arabic.py wherever camel-tools is installed.

>>> dediac_ar("جَاوَةُ"), normalize_alef_ar("إربد"), normalize_unicode("ﻻ")
('جاوة', 'اربد', 'لا')
"""
from __future__ import annotations

import re
import unicodedata


def _builtin():
    diacritics = re.compile("[\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670]")
    alef = re.compile("[\u0625\u0623\u0671\u0622]")
    fixes = str.maketrans({"\ufdfc": "ريال", "\ufdfd": "بسم الله الرحمن الرحيم"})

    def dediac_ar(s: str) -> str:
        return diacritics.sub("", s)

    def normalize_alef_ar(s: str) -> str:
        return alef.sub("\u0627", s)

    def normalize_alef_maksura_ar(s: str) -> str:
        return s.replace("\u0649", "\u064a")

    def normalize_teh_marbuta_ar(s: str) -> str:
        return s.replace("\u0629", "\u0647")

    def normalize_unicode(s: str) -> str:
        return unicodedata.normalize("NFKC", s.translate(fixes))

    return dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar, normalize_unicode


BUILTIN = _builtin()

try:
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    SOURCE = "camel-tools"
except ImportError:  # camel-tools (or one of the small packages its utilities import) is not installed
    dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar, normalize_unicode = BUILTIN
    SOURCE = "built-in equivalent of camel-tools 1.6"

__all__ = ["dediac_ar", "normalize_alef_ar", "normalize_alef_maksura_ar", "normalize_teh_marbuta_ar",
           "normalize_unicode", "SOURCE", "BUILTIN"]
