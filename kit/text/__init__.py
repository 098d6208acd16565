"""The bottom layer: reading an article, normalising Arabic, and the document every stage reads.

>>> a = parse_article("عنوان\\n\\nوصل الوفد لتركيا.")
>>> [t.readings[-1][1] for t in a.tokens if t.text == "لتركيا"]
['تركيا']
"""
from kit.text import lexicon
from kit.text.arabic import (
    RawToken,
    arabic_share,
    final_fold,
    fold,
    fold_with_offsets,
    has_arabic,
    proclitic_splits,
    strip_article,
    to_ascii_digits,
    tokenize,
)
from kit.text.article import (
    MAX_BYTES,
    Article,
    Boilerplate,
    InputError,
    Paragraph,
    Segment,
    Sentence,
    Token,
    check_dct,
    check_text,
    parse_article,
    read_article,
    read_text,
    split_sentences,
    tokens_of,
)
from kit.text.numbers import Number, find_numbers, number_value
from kit.text.spans import Span, to_json

__all__ = [
    "lexicon", "RawToken", "arabic_share", "final_fold", "find_numbers", "fold", "fold_with_offsets", "has_arabic",
    "number_value", "Number", "proclitic_splits", "strip_article", "to_ascii_digits", "tokenize", "MAX_BYTES", "Article",
    "Boilerplate", "InputError", "Paragraph", "Segment", "Sentence", "Token", "check_dct", "check_text",
    "parse_article", "read_article", "read_text", "split_sentences", "tokens_of", "Span", "to_json",
]
