"""Direct quotations and who said them.

A quotation is text between "…", «…» or “…” that reads like speech: at least three words, not just
a name, and either introduced by an attribution verb or long enough to be speech. The speaker is the
subject of the attribution verb (the word class ``speech_verbs`` of ``data/lexicon/``: قال، أكد…): the
name or role mention right after the verb (Arabic news is verb-first: "وقال الوزير إن …"), else the one
just before it. A role ("الوزير") is resolved through ``entities.roles``, else to the latest person
introduced with that role. A verb in a subordinate clause ("بعد أن أعلن …") does not introduce the
quotation; a participle (``speech_participles``: مضيفا…) inherits the speaker of the verb before it.
See :func:`find_quotes` for an example.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kit.text import lexicon
from kit.text.arabic import fold
from kit.text.spans import Span, SpanIndex

# The word classes of data/lexicon/, folded. Attribution verbs (without و/ف): past, feminine, dual and
# imperfect forms; the participles that continue them.
SPEECH_VERBS = lexicon.words("speech_verbs")
PARTICIPLES = lexicon.words("speech_participles")
# A verb after these is in a subordinate clause: it does not introduce the quotation.
SUBORDINATORS = lexicon.words("subordinators") | lexicon.words("relative_pronouns")
# A role noun right after the verb stands for a person named earlier ("وقال الوزير"): an office or a
# title with ال, or an office without it ("وقال رئيس …" before a name the entities stage did not link).
ROLE_HEADS = frozenset({"ال" + w for w in lexicon.words("role_heads") | lexicon.words("honorifics")}
                       | lexicon.words("role_heads"))
PREPOSITIONS = lexicon.words("prepositions")

_QUOTE_RE = re.compile(r'"([^"\n]+)"|«([^»\n]+)»|“([^”\n]+)”')


@dataclass
class Quote(Span):
    """A direct quotation (the text inside the marks) and its speaker."""

    speaker: str | None
    speaker_entity_id: str | None
    verb: str | None
    evidence: str = ""
    verb_start: int | None = None

    @property
    def label(self) -> str:
        return "QUOTE"

    @property
    def title(self) -> str:
        return f"{self.speaker or '?'} · {self.evidence}"

    JSON = ("start", "end", "text", "speaker", "speaker_entity_id", "verb", "evidence")


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """The folded word without a conjunction (و/ف) or the future prefix when that leaves a verb."""
    f = fold(word)
    for cand in (f, f[1:] if f[:1] in "وف" else None):
        if cand and (cand in SPEECH_VERBS or cand in PARTICIPLES):
            return cand
    return f[1:] if f[:1] in "وف" and len(f) > 3 else f


class _People(list):
    """(start, end, entity_id, kind) of the speakers, in text order, with an index by position (each
    verb looks only at the few mentions near it, however long the text)."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self.near = SpanIndex((s, e, i) for i, (s, e, _, _) in enumerate(self))


def _people(entities) -> _People:
    """(start, end, entity_id, kind) of name and role mentions that can be speakers."""
    if entities is None:
        return _People([])
    out = []
    for m in getattr(entities, "mentions", []):
        if m.type in ("PERS", "ORG", "LOC") and m.entity_id:
            out.append((m.start, m.end, m.entity_id, m.type))
    for r in getattr(entities, "roles", []):
        if r.entity_id:
            out.append((r.start, r.end, r.entity_id, "ROLE"))
    return _People(sorted(out))


def _canonical(entities, entity_id: str | None) -> str | None:
    if entities is None or entity_id is None:
        return None
    ent = entities.entity(entity_id) if hasattr(entities, "entity") else None
    if ent is not None and getattr(ent, "canonical", None):
        return ent.canonical
    for m in getattr(entities, "mentions", []):
        if m.entity_id == entity_id:
            return m.canonical
    return None


def _role_fallback(text: str, head: str, before: int, entities) -> str | None:
    """The person last introduced with ``head`` ("الوزير" → "وزير الدفاع …، فلان،") before ``before``."""
    stem = head[2:] if head.startswith("ال") else head
    best_end, best = -1, None
    for r in getattr(entities, "roles", []) or []:
        if r.end <= before and stem in fold(r.text) and r.entity_id and r.end > best_end:
            best_end, best = r.end, r.entity_id
    return best


def _subject_after(text, toks, k, people, limit=6):
    """The speaker mention starting within ``limit`` words after token ``k`` (the verb)."""
    end_tok = min(len(toks), k + 1 + limit)
    for j in range(k + 1, end_tok):
        t = toks[j]
        if t.kind == "punct" and t.text in '"«“:':
            break
        if t.folded in PREPOSITIONS or t.folded in ("ان", "إن"):
            break
        for i in sorted(people.near.overlapping(t.start, t.end)):
            s, e, eid, kind = people[i]
            if t.start <= s < t.end or (s <= t.start < e):
                prefix = fold(text[t.start:s])
                if prefix and prefix[-1] in "بلك":
                    continue  # "لسالم": to Salem, not Salem
                return s, e, eid, kind
    return None


def _subject_before(text, toks, k, people, stop: int):
    verb = toks[k].start
    for i in sorted(people.near.overlapping(verb - 41, verb + 1), reverse=True):
        s, e, eid, kind = people[i]
        if stop <= s and e <= toks[k].start and toks[k].start - e <= 40:
            return s, e, eid, kind
    return None


def _speaker(article, entities, people, toks, k):
    """Speaker of the verb at token ``k``: (entity_id, evidence) or (None, evidence)."""
    text = article.text
    verb = toks[k].text
    found = _subject_after(text, toks, k, people)
    how = "after the verb"
    if found is None:
        # A role noun without a link in the entities stage: "وقال الوزير".
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.folded in ROLE_HEADS and entities is not None:
            eid = _role_fallback(text, nxt.folded, nxt.start, entities)
            if eid:
                return eid, f"{verb} + role «{nxt.text}» → the last person introduced as such"
        found = _subject_before(text, toks, k, people, stop=toks[0].start)
        how = "before the verb"
    if found is None:
        return None, f"{verb}: no named speaker next to the verb"
    s, e, eid, kind = found
    what = "role" if kind == "ROLE" else "name"
    return eid, f"{verb} + {what} «{text[s:e]}» {how}"


def _verbs_before(toks, upto: int):
    """Indices of attribution verbs before offset ``upto``, nearest first, skipping subordinate ones."""
    out = []
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.start >= upto or t.kind != "word":
            continue
        b = _bare(t.folded)
        if b in SPEECH_VERBS or b in PARTICIPLES:
            prev = toks[k - 1].folded if k > 0 else ""
            if prev in SUBORDINATORS or prev in ("بعد", "قبل") or (k > 1 and toks[k - 2].folded in ("بعد", "قبل") and prev == "ان"):
                continue
            out.append(k)
    return out


def _is_speech(inner_tokens, cue: bool) -> bool:
    words = [t for t in inner_tokens if t.kind != "punct"]
    return len(words) >= 3 and (cue or len(words) >= 6)


def _name_index(entities) -> SpanIndex:
    """The names of ``entities``, each a character longer: a quoted name keeps its closing mark."""
    return SpanIndex((m.start, m.end + 1, m) for m in getattr(entities, "mentions", []) or [])


def find_quotes(article, entities=None) -> list[Quote]:
    """Direct quotations of ``article`` with their speakers (``entities`` from :mod:`kit.entities.recognise`).

    Without ``entities`` the quotations are still found, with speaker None.

    >>> from kit.text.article import parse_article
    >>> a = parse_article('خبر\\n\\nقال المتحدث باسم الوزارة إن "الوضع تحت السيطرة تماما". وأضاف أن "لا داعي للقلق".')
    >>> [(q.text, q.verb) for q in find_quotes(a, None)]
    [('الوضع تحت السيطرة تماما', 'قال'), ('لا داعي للقلق', 'وأضاف')]
    """
    people = _people(entities)
    names = _name_index(entities)
    out: list[Quote] = []
    spoken: dict[int, tuple[str | None, str]] = {}  # verb offset → (speaker id, evidence)
    for span in article.content_spans():
        for m in _QUOTE_RE.finditer(span.text):
            g = next(i for i in (1, 2, 3) if m.group(i) is not None)
            s, e = span.start + m.start(g), span.start + m.end(g)
            inner = article.text[s:e]
            # Trim the spaces a writer leaves inside the marks.
            lead = len(inner) - len(inner.lstrip())
            trail = len(inner) - len(inner.rstrip())
            s, e = s + lead, e - trail
            inner = article.text[s:e]
            if not inner or names.inside(s, e):
                continue
            sent = article.sentence_at(s)
            seg_start = sent.start if sent else span.start
            seg_end = sent.end if sent else span.end
            toks = article.sentence_tokens(sent) if sent else article.tokens_in(seg_start, seg_end)
            toks = [t for t in toks if not (s <= t.start < e)]  # the quotation's own words don't attribute it
            verbs = _verbs_before(toks, s)
            # A closing attribution: «…»، قال الوزير.
            if not verbs:
                verbs = [k for k, t in enumerate(toks) if t.start >= e and t.kind == "word"
                         and _bare(t.folded) in SPEECH_VERBS][:1]
            before = article.text[max(seg_start, s - 8):s]
            cue = bool(verbs) or bool(re.search(r"[:：]\s*[\"«“]?\s*$", before))
            if not _is_speech(article.tokens_in(s, e), cue):
                continue
            eid, evidence, verb = None, "no attribution verb in the sentence", None
            if verbs:
                k = verbs[0]
                verb = toks[k].text
                if _bare(verb) in PARTICIPLES:
                    # "مضيفا": the speaker of the main verb before it (this sentence or the last quote).
                    earlier = [j for j in verbs[1:] if _bare(toks[j].folded) in SPEECH_VERBS]
                    if earlier:
                        eid, evidence = _speaker(article, entities, people, toks, earlier[0])
                        evidence = f"{verb} continues {evidence}"
                    elif out:
                        eid, evidence = out[-1].speaker_entity_id, f"{verb} continues the previous quotation"
                else:
                    key = toks[k].start
                    if key not in spoken:
                        spoken[key] = _speaker(article, entities, people, toks, k)
                    eid, evidence = spoken[key]
            out.append(Quote(s, e, inner, _canonical(entities, eid), eid, verb, evidence,
                             toks[verbs[0]].start if verbs else None))
    return out
