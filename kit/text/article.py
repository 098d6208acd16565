"""An Arabic news article and its parts: title, subtitle, lead, body, sentences and boilerplate.

Every part is a span of offsets into the original text (Python ``str`` indices of the file decoded as
UTF-8, no newline translation), so it can be highlighted where it stands.

>>> a = parse_article("تركيا تصعد ضرباتها\\n\\nقال الوزير إن القوات نفذت ضربات. وأضاف أنها مستمرة.\\n\\nالتعليقات")
>>> a.title.text, len(a.paragraphs), len(a.sentences), a.boilerplate[0].kind
('تركيا تصعد ضرباتها', 1, 2, 'comments_marker')
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from kit.text.arabic import TOKEN_RE, arabic_share, fold, fold_with_offsets, has_arabic, proclitic_splits, tokenize
from kit.text.spans import Span, to_json

# Articles are a few kB; a file this large is a dump or a mistake, and reading it whole would stall
# a notebook in front of a class.
MAX_BYTES = 2_000_000


class InputError(Exception):
    """Input the kit cannot read, with one line that tells the user what is wrong.

    >>> str(InputError("الملف فارغ: empty.txt"))
    'الملف فارغ: empty.txt'
    """


@dataclass
class Paragraph(Span):
    """A paragraph of the article: ``role`` is "lead" for the first, "body" for the others."""

    index: int = 0
    role: str = "body"

    JSON = ("index", "role", "start", "end", "text")


@dataclass
class Sentence(Span):
    """A sentence of a lead or body paragraph (``paragraph`` is the paragraph's index)."""

    index: int = 0
    paragraph: int = 0

    JSON = ("paragraph", "start", "end", "text")


@dataclass
class Boilerplate(Span):
    """Page furniture that is not the article: a repeated title, "التعليقات", "اقرأ أيضا"…"""

    kind: str = ""

    JSON = ("kind", "start", "end", "text")


class Token(NamedTuple):
    """A token of the document, with everything a stage asks of it, computed once (a named tuple:
    an article has hundreds, a corpus run millions).

    ``readings`` are its proclitic readings, unsplit first: ``(offset of the stem in the token,
    folded stem)``; ``keys`` the same stems with the hamza seats merged (ؤ, ئ → ء), as names are
    matched. Punctuation keeps its text as its only reading.

    >>> t = parse_article("عنوان\\n\\nوصل الوفد لتركيا.").tokens[3]
    >>> t.text, t.i, t.segment, t.paragraph, t.readings
    ('لتركيا', 3, 1, 0, ((0, 'لتركيا'), (1, 'تركيا')))
    """

    start: int
    end: int
    text: str
    kind: str  # "word", "number" or "punct"
    i: int  # index in Article.tokens
    segment: int  # index in Article.segments (title, subtitle, sentences)
    paragraph: int | None  # None in the title and the subtitle
    folded: str
    key: str  # folded, hamza seats merged: the matching key of a name's word
    readings: tuple[tuple[int, str], ...]
    keys: tuple[str, ...]  # the stems of ``readings`` as keys
    kreadings: tuple[tuple[int, str], ...]  # ``readings`` with keys for stems
    arabic: bool  # a word with Arabic letters

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    def stem_offset(self, stem: str) -> int:
        """Where the reading ``stem`` (a key) starts in the token (0 when it is not one)."""
        for off, k in self.kreadings:
            if k == stem:
                return off
        return 0


@dataclass
class Segment(Span):
    """A unit the extractors read one at a time: the title, the subtitle or a sentence.

    ``tokens`` is the slice ``[first, last)`` of :attr:`Article.tokens`.
    """

    kind: str = "sentence"  # "title", "subtitle" or "sentence"
    paragraph: int | None = None
    first: int = 0
    last: int = 0


def hamza_key(folded: str) -> str:
    """ؤ and ئ written either way ("الشؤون"/"الشئون") meet on one key.

    >>> hamza_key("الشؤون") == hamza_key("الشئون")
    True
    """
    return folded.replace("ؤ", "ء").replace("ئ", "ء")


@lru_cache(maxsize=1 << 16)  # news repeats its words: a word's readings are worked out once
def word_layer(text: str, kind: str = "word") -> tuple[str, str, tuple, tuple, tuple, bool]:
    """``(folded, key, readings, keys, kreadings, arabic)`` of one token's text: what :class:`Token` holds.

    >>> word_layer("والشؤون")[1], word_layer("والشؤون")[3]
    ('والشءون', ('والشءون', 'الشءون'))
    """
    if kind == "punct":
        return fold(text), text, ((0, text),), (text,), ((0, text),), False
    if kind == "number":
        f = fold(text)
        return f, f, ((0, f),), (f,), ((0, f),), False
    readings = tuple(proclitic_splits(text))
    keys = tuple(hamza_key(stem) for _, stem in readings)
    kreadings = tuple((off, k) for (off, _), k in zip(readings, keys))
    return readings[0][1], keys[0], readings, keys, kreadings, has_arabic(text)


def make_token(start: int, end: int, text: str, kind: str, i: int = 0, segment: int = 0,
               paragraph: int | None = None) -> Token:
    """A :class:`Token` of ``text`` (the layer of a word outside a document, e.g. a trimmed stem)."""
    return Token(start, end, text, kind, i, segment, paragraph, *word_layer(text, kind))


def tokens_of(text: str) -> list[Token]:
    """The document tokens of a plain string, in one segment (for examples and tests).

    >>> [t.key for t in tokens_of("قال وزير الشؤون")]
    ['قال', 'وزير', 'الشءون']
    """
    return [make_token(t.start, t.end, t.text, t.kind, k) for k, t in enumerate(tokenize(text))]


@dataclass
class Article:
    """The parsed article: the document every stage reads. Build it with :func:`read_article` or
    :func:`parse_article`.

    Besides its parts (title, subtitle, paragraphs, sentences, boilerplate) it carries the token
    layer, computed once: :attr:`tokens` (offsets, folded form, proclitic readings, segment and
    paragraph) and :attr:`segments` (the title, the subtitle and every sentence, each a slice of the
    tokens). No stage tokenises or folds the raw text again.

    >>> a = parse_article("عنوان الخبر\\n\\nنص الخبر في سطر واحد.")
    >>> a.text[a.paragraphs[0].start:a.paragraphs[0].end]
    'نص الخبر في سطر واحد.'
    >>> [t.folded for t in a.segment_tokens(a.segments[1])]
    ['نص', 'الخبر', 'في', 'سطر', 'واحد', '.']
    """

    text: str
    source: str = "<text>"
    dct: str | None = None
    dct_source: str | None = None
    title: Span | None = None
    subtitle: Span | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    is_html: bool = False
    warnings: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)

    def content_spans(self) -> list[Span]:
        """Title, subtitle and paragraphs: where extractors look (boilerplate left out)."""
        spans = [s for s in (self.title, self.subtitle) if s is not None]
        spans += [Span(p.start, p.end, p.text) for p in self.paragraphs]
        return spans

    def segment_tokens(self, seg: Segment) -> list[Token]:
        """The tokens of one segment."""
        return self.tokens[seg.first:seg.last]

    def sentence_tokens(self, sent: Sentence) -> list[Token]:
        """The tokens of one sentence of :attr:`sentences`."""
        seg = self._sentence_segments[sent.index]
        return self.tokens[seg.first:seg.last]

    @cached_property
    def _sentence_segments(self) -> dict[int, Segment]:
        by_start = {s.start: s for s in self.segments if s.kind == "sentence"}
        return {sent.index: by_start[sent.start] for sent in self.sentences}

    def segments_tokens(self) -> list[list[Token]]:
        """The tokens of every segment, segment by segment."""
        return [self.tokens[s.first:s.last] for s in self.segments]

    def block_tokens(self) -> list[list[Token]]:
        """The tokens of the title, the subtitle and each paragraph: a name never runs across them."""
        blocks: list[list[Token]] = []
        key = None
        for seg in self.segments:
            k = (seg.kind, seg.paragraph) if seg.kind != "sentence" else ("p", seg.paragraph)
            if k != key:
                blocks.append([])
                key = k
            blocks[-1].extend(self.tokens[seg.first:seg.last])
        return [b for b in blocks if b]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that lie within ``[start, end)``."""
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].start < end:
            if self.tokens[i].end <= end:
                out.append(self.tokens[i])
            i += 1
        return out

    def token_at(self, offset: int) -> Token | None:
        """The token that covers ``offset``, if any."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return self.tokens[i]
        return None

    @cached_property
    def _starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def span_memo(self) -> dict[tuple[int, int], tuple[Token, ...]]:
        """Token tuples of spans a stage has asked for, by ``(start, end)``: the entity filters read the
        same candidate spans many times (filled by :func:`kit.entities.recognise._span_tokens`)."""
        return {}

    def folded_segment(self, seg: Span) -> tuple[str, list[int]]:
        """The folded text of a segment and, for each folded character, its offset in :attr:`text`
        (one extra entry for the segment's end): the view the time-expression rules read."""
        return fold_with_offsets(self.text[seg.start:seg.end], seg.start)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``, if any."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def part_at(self, offset: int) -> str | None:
        """"title", "subtitle", "lead", "body", "boilerplate" or None for the part at ``offset``."""
        for name in ("title", "subtitle"):
            span = getattr(self, name)
            if span is not None and span.start <= offset < span.end:
                return name
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p.role
        for b in self.boilerplate:
            if b.start <= offset < b.end:
                return "boilerplate"
        return None

    def structure_json(self) -> dict:
        return {
            "title": to_json(self.title),
            "subtitle": to_json(self.subtitle),
            "is_html": self.is_html,
            "paragraphs": to_json(self.paragraphs),
            "sentences": to_json(self.sentences),
            "boilerplate": to_json(self.boilerplate),
        }


def _build_tokens(article: Article) -> None:
    """Segments and tokens of the content: computed once, when the article is parsed."""
    text = article.text
    spans: list[tuple[Span, str, int | None]] = []
    if article.title is not None:
        spans.append((article.title, "title", None))
    if article.subtitle is not None:
        spans.append((article.subtitle, "subtitle", None))
    spans += [(s, "sentence", s.paragraph) for s in article.sentences]
    tokens: list[Token] = []
    # tuple.__new__ straight away: the named tuple's own constructor costs a Python call per token
    # (an article has hundreds, a corpus run millions).
    make, append, layer = tuple.__new__, tokens.append, word_layer
    for k, (span, kind, para) in enumerate(spans):
        first = len(tokens)
        for m in TOKEN_RE.finditer(text, span.start, span.end):
            word, tkind = m.group(), m.lastgroup or "punct"
            start, end = m.span()
            append(make(Token, (start, end, word, tkind, len(tokens), k, para) + layer(word, tkind)))
        article.segments.append(Segment(span.start, span.end, span.text, kind, para, first, len(tokens)))
    article.tokens = tokens


# --- reading a file ---------------------------------------------------------------------------

def read_text(path: str | Path) -> str:
    """The text of an article file, or an :class:`InputError` that says why it cannot be read.

    >>> try:
    ...     read_text("/no/such/file.txt")
    ... except InputError as e:
    ...     print(e)
    no such file: /no/such/file.txt
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such file: {path}")
    if p.is_dir():
        raise InputError(f"{path} is a folder, not an article file")
    if not p.is_file():  # a device (/dev/zero), a named pipe or a socket: reading it would never end
        raise InputError(f"{path} is not a regular file (a device, a pipe or a socket); save the article to a file")
    try:
        with open(p, "rb") as f:
            data = read_capped(f, str(path))
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from None
    return decode_bytes(data, str(path))


def read_capped(stream, name: str) -> bytes:
    """At most :data:`MAX_BYTES` bytes of a binary stream, or an InputError when it holds more: one
    byte past the cap is read, never the whole of a huge input."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is over {MAX_BYTES / 1e6:.0f} MB; an article is at most "
                         f"{MAX_BYTES / 1e6:.0f} MB (for many articles use `kit corpus`)")
    return data


def read_stdin(dct: str | None = None) -> Article:
    """The article a program pipes in (``kit analyze -``), checked like a file."""
    import sys

    text = decode_bytes(read_capped(sys.stdin.buffer, "standard input"), "standard input")
    check_text(text, "standard input")
    return parse_article(text, source="<stdin>", dct=check_dct(dct))


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """UTF-8 text of ``data`` (a BOM is kept, as part of the original text), or an InputError that
    names the encoding the bytes are in when they read as text in another one.

    >>> decode_bytes("خبر".encode("utf-8"))
    'خبر'
    >>> try:
    ...     decode_bytes("خبر عاجل".encode("utf-16-le"), "a.txt")
    ... except InputError as e:
    ...     print(e)
    a.txt is UTF-16 text (without a byte-order mark); save it as UTF-8
    """
    if not data:
        raise InputError(f"{name} is empty")
    # UTF-32's marks start with UTF-16's (FF FE 00 00 vs FF FE): test the longer one first.
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise InputError(f"{name} is UTF-32 text; save it as UTF-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name} is UTF-16 text; save it as UTF-8")
    head = data[:8192]
    if b"\x00" in head:
        wide = _wide_encoding(data)
        if wide:
            raise InputError(f"{name} is {wide} text (without a byte-order mark); save it as UTF-8")
        raise InputError(f"{name} is a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        wide = _wide_encoding(data)
        if wide:
            raise InputError(f"{name} is {wide} text (without a byte-order mark); save it as UTF-8") from None
        hint = " (it looks like Windows-1256 Arabic)" if _reads_as_cp1256_arabic(data) else ""
        raise InputError(
            f"{name} is not valid UTF-8 (byte {data[e.start]:#04x} at position {e.start}){hint}; save it as UTF-8"
        ) from None
    # Arabic in UTF-16 with no ASCII at all has no zero byte and every byte below 0x80: valid UTF-8,
    # but full of control characters no text has.
    if len(_CONTROL_BYTES.findall(head)) * 20 > len(head):
        wide = _wide_encoding(data)
        if wide:
            raise InputError(f"{name} is {wide} text (without a byte-order mark); save it as UTF-8")
    return text


# C0 control characters other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1f]")
_ARABIC_BLOCKS = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def _reads_as_text(text: str) -> bool:
    """True for text a person wrote: few control or unassigned characters, mostly letters, and
    the letters mostly Arabic or Latin (random bytes read as UTF-16 give letters of every script)."""
    import unicodedata

    if not text:
        return False
    bad = sum(1 for c in text if c not in "\t\n\r\f\v" and unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn"))
    visible = [c for c in text if not c.isspace()]
    letters = [c for c in visible if c.isalpha()]
    if bad * 50 > len(text) or not letters or len(letters) * 2 < len(visible):
        return False
    familiar = sum(1 for c in letters if _ARABIC_BLOCKS.match(c) or c < "\u0250")
    return familiar * 5 >= len(letters) * 4


def _wide_encoding(data: bytes) -> str | None:
    """"UTF-32" or "UTF-16" when ``data`` (without a byte-order mark) reads as text in it, else None."""
    for name, codecs, unit in (("UTF-32", ("utf-32-le", "utf-32-be"), 4), ("UTF-16", ("utf-16-le", "utf-16-be"), 2)):
        sample = data[:8192 - 8192 % unit] if len(data) > 8192 else data
        if len(sample) % unit:
            continue
        for codec in codecs:
            try:
                text = sample.decode(codec)
            except UnicodeDecodeError as e:
                if len(sample) == len(data) or e.start < len(sample) - 4:
                    continue
                text = sample[:e.start].decode(codec)  # the sample cut a surrogate pair in two
            if _reads_as_text(text):
                return name
    return None


def _reads_as_cp1256_arabic(data: bytes) -> bool:
    """True when the bytes read in Windows-1256 as mostly Arabic letters (the hint is then worth giving)."""
    letters = [c for c in data[:8192].decode("cp1256", errors="replace") if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _ARABIC_BLOCKS.match(c)) * 2 >= len(letters)


_HTML_RE = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]|<(p|div|span|br|a|script|meta)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """True for an HTML page (rather than its text).

    >>> looks_like_html("<!DOCTYPE html><html><body><p>خبر</p></body></html>"), looks_like_html("خبر <عاجل>")
    (True, False)
    """
    head = text[:20000]
    return bool(re.search(r"<!doctype html|<html[\s>]", head, re.I)) or len(_HTML_RE.findall(head)) >= 3


def check_text(text: str, name: str) -> None:
    """Raise InputError when ``text`` is not something the kit can analyse."""
    if not text.strip(" \t\r\n\u00a0\ufeff\u200f\u200e\u200b"):
        raise InputError(f"{name} holds only white space")
    if looks_like_html(text):
        raise InputError(
            f"{name} is an HTML page, not an article's text; save the article as plain UTF-8 text (.txt)"
        )
    if not has_arabic(text):
        raise InputError(f"{name} has no Arabic text; the kit reads Arabic news articles")


def read_metadata(path: str | Path) -> dict:
    """The metadata file beside an article (``NAME.meta.json``), or {} when there is none.

    >>> read_metadata("/no/such/article.txt")
    {}
    """
    p = Path(path)
    meta = p.with_name(p.stem + ".meta.json")
    if not meta.is_file():
        return {}
    try:
        with open(meta, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        raise InputError(f"metadata file {meta.name} is not valid JSON: {e}") from None
    if not isinstance(data, dict):
        raise InputError(f"metadata file {meta.name} must hold a JSON object")
    return data


def check_dct(value: str | None) -> str | None:
    """A publication date as 'YYYY-MM-DD', or InputError.

    >>> check_dct("2020-02-29"), check_dct(None)
    ('2020-02-29', None)
    """
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InputError(f"publication date {value!r} is not a date of the form YYYY-MM-DD") from None


def read_article(path: str | Path, dct: str | None = None) -> Article:
    """Read and parse an article file. ``dct`` overrides the date in the metadata file.

    >>> from kit.resources import STUDY_ARTICLE
    >>> a = read_article(STUDY_ARTICLE)
    >>> a.dct_source, len(a.paragraphs)
    ('metadata', 11)
    """
    text = read_text(path)
    name = Path(path).name
    check_text(text, name)
    dct_source = None
    if dct is not None:
        dct, dct_source = check_dct(dct), "option"
    else:
        meta_dct = read_metadata(path).get("dct")
        if meta_dct:
            dct, dct_source = check_dct(meta_dct), "metadata"
    article = parse_article(text, source=name, dct=dct)
    article.dct_source = dct_source
    return article


# --- parsing ------------------------------------------------------------------------------------

# Characters that pad a line without being part of it: spaces of every kind, bidi marks, the BOM.
_PAD = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000\ufeff\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_LINE_RE = re.compile(r"[^\r\n\u2028\u2029\u0085]+")

# Page furniture, matched on the folded line with punctuation removed. Each pattern is anchored
# so that a real sentence that merely starts with "اقرأ" is not thrown away.
_BOILERPLATE = [
    ("comments_marker", re.compile(r"^(ال)?تعليقات( \d+)?$|^(اضف|أضف|اكتب) تعليق(ا|ك)?$|^التعليقات \(\d+\)$")),
    ("read_more", re.compile(r"^(اقرا|إقرا) (ايضا|المزيد|كذلك)\b.{0,80}$|^(مواضيع|اخبار|مقالات) (ذات صله|متعلقه)$")),
    ("share", re.compile(r"^(شارك|مشاركه|انشر)( (هذا|هذه) (الخبر|المقال|المقاله|الصفحه))?( (علي|عبر) .{0,40})?$")),
    ("follow", re.compile(r"^(تابعونا|تابعنا|تابع) (علي|عبر) .{0,60}$")),
    ("print", re.compile(r"^(طباعه|ارسال|حفظ)( (الخبر|المقال))?$")),
    ("source_line", re.compile(r"^(المصدر|مصدر الخبر)\s*[:：]?\s*.{0,40}$")),
]


def _clean_key(s: str) -> str:
    """Folded text with punctuation dropped and spaces squeezed, to compare lines."""
    f = fold(s)
    f = re.sub(r"[^\w\s]", " ", f)
    return re.sub(r"\s+", " ", f).strip()


def _boilerplate_kind(line: str, seen: set[str]) -> str | None:
    key = _clean_key(line)
    if not key:
        return "separator"  # "***", "---": no letters or digits at all
    if key in seen:
        return "repeated_title"
    if len(key.split()) <= 12:
        for kind, pattern in _BOILERPLATE:
            if pattern.search(key):
                return kind
    if re.fullmatch(r"(https?://|www\.)\S+", line.strip(_PAD)):
        return "link"
    return None


# A sentence ends at . ! ? ؟ or … (with any closing quotes/brackets after it) before a space or the
# end; a full stop between digits (3.5) ends none (no space after it), nor one after «د» standing alone, the
# doctor's title as the press abbreviates it («قدمت د. مروة كريدية», «أ.د.»). (A Latin capital alone may end a
# sentence: «خطة B؟», «Wii U.»; an initial, «J. Smith», is rarer in Arabic news.)
_SENT_END = re.compile(r"(?:(?<!(?<![^\s.(])د)(?<!(?<![^\s.(])ود)\.+[!?؟…]*|[!?؟…]+|\.{3})[\"'»”’)\]]*(?=\s|$)")


# The longest a sentence may be: news sentences stay under ~2,200 characters (500 SaudiNewsNet
# articles); a run without an end mark, or inside a quotation that never closes, is cut at a space
# before this, so that the work done per sentence stays bounded on any input.
MAX_SENTENCE = 4000


def _cut_long(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``[s, e)`` in pieces of at most MAX_SENTENCE characters, each ending after a space when one is near."""
    out = []
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut + 1 if cut > 0 else s + MAX_SENTENCE
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence boundaries in ``text`` as (start, end) offsets (shifted by ``offset``).

    >>> t = 'قال الوزير إن "الضربات مستمرة." وأضاف أنها دقيقة. بلغت 3.5 مليون'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['قال الوزير إن "الضربات مستمرة."', 'وأضاف أنها دقيقة.', 'بلغت 3.5 مليون']
    """
    out = []
    start = 0
    n = len(text)
    for m in _SENT_END.finditer(text):
        end = m.end()
        # Don't end inside an open quotation: count the straight quotes seen so far.
        piece = text[start:end]
        if end - start <= MAX_SENTENCE and (piece.count('"') % 2 == 1 or piece.count("«") > piece.count("»")):
            continue
        if text[start:end].strip(_PAD):
            out.extend(_cut_long(text, start, end))
        start = end
    if text[start:n].strip(_PAD + "\r\n"):
        out.extend(_cut_long(text, start, n))
    result = []
    for s, e in out:
        while s < e and text[s] in _PAD + "\r\n":
            s += 1
        while e > s and text[e - 1] in _PAD + "\r\n":
            e -= 1
        if s < e:
            result.append((s + offset, e + offset))
    return result


@lru_cache(maxsize=1)
def _tags_re() -> re.Pattern:
    from kit.text import lexicon

    words = sorted(lexicon.raw_words("tag_markers"), key=len, reverse=True)
    return re.compile("(" + "|".join(re.escape(w) for w in words) + r")\s*[:：]?\s")


# Marks a page prints before a block (a quote bar, bullets): not an opening quote or a dash, which begin text.
_PAGE_MARKS = "> •*|" + _PAD


def _tags_start(text: str, s: int, e: int) -> int | None:
    """Where a list of tags starts in the block ``text[s:e]`` (at its start or after its last
    sentence), or None: "… منتصف ليل الجمعة. سمات العراق تركيا" → the offset of "سمات".

    >>> t = "قصفت الطائرات المواقع. سمات العراق تركيا"
    >>> t[_tags_start(t, 0, len(t)):]
    'سمات العراق تركيا'
    >>> _tags_start("> سمات أبها شعر", 0, 15)
    2
    """
    found = None
    for m in _tags_re().finditer(text, s, e):
        k = m.start(1)
        before = text[s:k].rstrip(_PAD)
        # At the start (after a page's own marks, "> سمات ..."), or after a sentence.
        if not before.strip(_PAGE_MARKS) or before[-1] in ".!؟?…»”\"":
            found = k
        elif _bare_tags(text[k:e]) and before.split()[-1] not in _tag_governors():
            # «… دون الوطن أبطال سمات الملك سلمان شهران»: glued to a poem's last line or an unpunctuated
            # paragraph, a short run of words to the block's end without one punctuation mark is the
            # tags still (all 22 such runs in 8,000 corpus articles; «من سمات الشخصية، …» has its commas)
            found = k
    if found is None:
        return None
    tail = text[found:e]
    # Tags are a short run of words without a sentence of their own.
    if len(tail.split()) > 30 or re.search(r"[.!؟?]\s+\S", tail):
        return None
    return found


def _bare_tags(tail: str) -> bool:
    """A short run of words without any punctuation: a tag line not set off by a full stop.

    >>> _bare_tags("سمات الملك سلمان عاصفة الحزم "), _bare_tags("سمات الشخصية، وهي كثيرة")
    (True, False)
    """
    return 2 <= len(tail.split()) <= 20 and not re.search(r"[.!؟?،,:;؛«»\"()]", tail)


@lru_cache(maxsize=1)
def _tag_governors() -> frozenset[str]:
    """Prepositions: «من سمات …» (among the traits of) governs the marker word, no tag line."""
    from kit.text import lexicon

    return frozenset(lexicon.raw_words("prepositions"))


def _headline_like(text: str, max_words: int) -> bool:
    words = text.split()
    return 0 < len(words) <= max_words and not re.search(r"[.!؟?]\s*\S", text.strip())


def parse_article(text: str, source: str = "<text>", dct: str | None = None) -> Article:
    """Split ``text`` into title, subtitle, paragraphs, sentences and boilerplate.

    Lines are blocks; a block that repeats the title (or the standfirst), or is page furniture ("التعليقات",
    "اقرأ أيضا", share and follow lines), is boilerplate. The first block is the title when it is
    headline-like and more text follows; a second short block is the subtitle (standfirst) when at
    least one paragraph follows it. The first paragraph is the lead.

    >>> a = parse_article("\\ufeffعنوان\\r\\n\\r\\nالفقرة الأولى.\\r\\n\\r\\nالفقرة الثانية.")
    >>> a.title.text, [p.role for p in a.paragraphs]
    ('عنوان', ['lead', 'body'])
    """
    blocks: list[tuple[int, int]] = []
    for m in _LINE_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s] in _PAD:
            s += 1
        while e > s and text[e - 1] in _PAD:
            e -= 1
        if s < e:
            blocks.append((s, e))

    article = Article(text=text, source=source, dct=check_dct(dct))
    seen: set[str] = set()
    content: list[tuple[int, int]] = []
    for s, e in blocks:
        line = text[s:e]
        kind = _boilerplate_kind(line, seen)
        # A lone marker word at the very top (a section name) is not boilerplate we know; only
        # furniture after some content counts, except a repeated title which is always furniture.
        if kind and (content or kind == "repeated_title"):
            article.boilerplate.append(Boilerplate(s, e, line, kind))
            continue
        content.append((s, e))
        key = _clean_key(line)
        if key and len(content) <= 2:
            # Only the title or standfirst repeated is page furniture: a line of the body said twice (a
            # poem's refrain, a decree's «وقد أعد مرسوم ملكي بذلك») is the article's text both times.
            seen.add(key)

    if not content:
        _build_tokens(article)
        return article
    rest = list(content)
    if len(rest) >= 2 and _headline_like(text[rest[0][0]:rest[0][1]], 30):
        s, e = rest.pop(0)
        article.title = Span(s, e, text[s:e])
        # A standfirst reads like a headline: no full stop at its end either.
        second = text[rest[0][0]:rest[0][1]] if rest else ""
        if len(rest) >= 2 and _headline_like(second, 45) and not re.search(r"[.!؟?:]$", second):
            s, e = rest.pop(0)
            article.subtitle = Span(s, e, text[s:e])
    if rest:
        cut = _tags_start(text, *rest[-1])
        if cut is not None:
            s, e = rest[-1]
            article.boilerplate.append(Boilerplate(cut, e, text[cut:e], "tags"))
            if text[s:cut].strip(_PAGE_MARKS):
                rest[-1] = (s, cut)
                while rest[-1][1] > s and text[rest[-1][1] - 1] in _PAD:
                    rest[-1] = (s, rest[-1][1] - 1)
            else:
                rest.pop()  # nothing before the tags but the page's marks
    for i, (s, e) in enumerate(rest):
        article.paragraphs.append(Paragraph(s, e, text[s:e], i, "lead" if i == 0 else "body"))
    for p in article.paragraphs:
        for s, e in split_sentences(p.text, offset=p.start):
            article.sentences.append(Sentence(s, e, text[s:e], len(article.sentences), p.index))
    if content and arabic_share(text) < 0.5:
        article.warnings.append("less than half of the letters are Arabic; results may be thin")
    _build_tokens(article)
    return article
