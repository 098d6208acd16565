"""Events: one record per reported action, in the spirit of an ACLED or GDELT row.

A trigger is a verb from a small lexicon, ``data/lexicon/event_verbs.tsv`` (some need an object
noun: "شنت ضربات", "أصدر أوامره", "أجرى مباحثات"). Each trigger owns a *clause*: from the trigger
to the next trigger of the sentence (the first trigger also owns the words before it). In its
clause an event finds

- its **actor**: the name, role or nisba right after the verb (Arabic news is verb-first), else the
  one just before it ("أن طائرات تركية قصفت");
- its **target**: the next organisation or person after the verb that is not the actor;
- its **places**: the places mentioned in the clause (ids from :mod:`kit.places.places`, else the entity
  ids of LOC mentions), leaving out the actor;
- its **time**: a time expression of the clause, else of the sentence (``time_precision``
  "expression"), else the publication date ("publication_date"), else nothing ("none").

Nominal mentions of past events ("هجمات بروكسل") are not events of this article: see
:mod:`kit.timeline.reference_events`.

>>> from kit.text.article import parse_article
>>> a = parse_article("خبر\\n\\nقصفت الطائرات أمس مواقع في المدينة. وقال المتحدث إن الهدنة انهارت.", dct="2020-03-02")
>>> [(e.trigger, e.type, e.time, e.time_precision) for e in find_events(a, None, [], None)]
[('قصفت', 'strike', '2020-03-01', 'expression'), ('وقال', 'statement', '2020-03-02', 'publication_date')]
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from types import SimpleNamespace

from kit.text import lexicon
from kit.text.arabic import fold, has_arabic
from kit.text.article import tokens_of
from kit.text.spans import Span, SpanIndex

EVENT_TYPES = ["strike", "attack", "statement", "order", "agreement", "call", "consult", "deployment",
               "pledge", "threat",
               # beyond conflict news (sport, economy, culture, society): a game played ("فاز على", "تعادل"),
               # its outcome ("فاز باللقب", "سجل هدفا"), a market move ("ارتفع", "تراجع"), a decision ("قرر",
               # "وافق على"), a launch or opening ("أطلق تطبيقا", "دشن", "افتتح"), a protest, an arrest or release,
               # an election, a disaster ("ضرب زلزال", "غرق"). A meeting is a consult ("التقى", "اجتمع").
               "match", "result", "economic", "decision", "launch", "protest", "arrest", "election", "disaster"]
NOT_AN_EVENT = "-"  # the type of a lexicon row that says a homograph is no event here ("اعتمد على")

# Object nouns that some triggers need after them ("شنت ضربات"), by kind (event_objects.tsv).
_OBJECTS: dict[str, set[str]] = {}
for _r in lexicon.rows("event_objects"):
    _OBJECTS.setdefault(_r["kind"], set()).add(fold(_r["word"]))
STRIKE_OBJECTS = _OBJECTS["strike"]
ORDER_OBJECTS = _OBJECTS["order"]
TALK_OBJECTS = _OBJECTS["talk"]
FORCE_OBJECTS = _OBJECTS["force"]
AGREEMENT_OBJECTS = _OBJECTS["agreement"]


def _forms(stem: str, imperfect: str | None = None) -> set[str]:
    """Past forms of a verb (he, she, the two, they) and its imperfect (he, she)."""
    out = {stem, stem + "ت", stem + "ا", stem + "تا", stem + "وا"}
    if stem.endswith("ي"):  # أجرى → أجرت، أجريا، أجروا
        out |= {stem[:-1] + "ت", stem + "ا", stem[:-1] + "وا"}
    if imperfect:
        out |= {imperfect, "ت" + imperfect[1:], "س" + imperfect, "ست" + imperfect[1:]}
    return out


# form → its senses in order: (type, required objects or None, True when the objects may be anywhere in
# the sentence rather than within the next five words). A homograph has several ("ضرب زلزال" disaster,
# "ضرب" strike); the first whose objects are there wins.
SENSES: dict[str, list[tuple[str, set | None, bool]]] = {}


def _add(kind: str, objects: set | None, *verbs, sentence_wide: bool = False):
    for v in verbs:
        stem, imperfect = (v if isinstance(v, tuple) else (v, None))
        for f in _forms(stem, imperfect):
            if (kind, objects, sentence_wide) not in SENSES.setdefault(f, []):
                SENSES[f].append((kind, objects, sentence_wide))


# The rows of event_verbs.tsv in order: a form's senses are tried in that order.
for _r in lexicon.rows("event_verbs"):
    _verb = (fold(_r["past"]), fold(_r["imperfect"])) if _r["imperfect"] else fold(_r["past"])
    _add(_r["type"], _OBJECTS[_r["objects"]] if _r["objects"] else None, _verb,
         sentence_wide=_r.get("scope") == "sentence")
# "دعا" forms are irregular: دعت، دعوا.
SENSES.update({"دعت": [("call", None, False)], "دعوا": [("call", None, False)]})
# Generated forms that are really nouns or other words: "أمرا" (a matter), "فجر"/"فجرا" (dawn),
# "وعدا" (a promise), "يعد" (is counted as).
for _w in lexicon.words("not_event_verbs"):
    SENSES.pop(_w, None)
# form → (type, required objects or None) of its first event sense: the trigger words, as the exercises read them.
LEXICON: dict[str, tuple[str, set | None]] = {
    f: next((k, o) for k, o, _ in senses if k != NOT_AN_EVENT)
    for f, senses in SENSES.items() if any(k != NOT_AN_EVENT for k, _, _ in senses)}
# Passive constructions with a verbal noun (the rows of event_nouns.tsv marked after_tamma):
# "سيتم نشر حاملة الطائرات".
NOMINAL_AFTER_TAMMA = {fold(r["word"]): r["type"] for r in lexicon.rows("event_nouns") if r["after_tamma"] == "yes"}
PREPOSITIONS = lexicon.words("prepositions")
# "أن"/"إن" open a reported clause: an actor before the verb is looked for after them only.
COMPLEMENTIZERS = lexicon.words("complementizers")
PARTICIPLES = lexicon.words("speech_participles")
VIOLENT = {"strike", "attack", "threat"}


@dataclass
class Event(Span):
    """One reported action: who did what to whom, where and when. The span is its trigger.

    >>> Event(0, 4, "قصفت", 0, "strike", None, None, [], None, "none").trigger
    'قصفت'
    """

    sentence: int
    type: str
    actor: str | None
    target: str | None
    places: list[str]
    time: str | None
    time_precision: str
    actor_name: str | None = None
    target_name: str | None = None
    place_names: list[str] = field(default_factory=list)
    time_text: str | None = None
    clause: tuple[int, int] | None = None
    evidence: str = ""
    # How the time hangs on the publication date (the anchor of the time expression used, or day 0
    # for the publication date itself): a timeline without a date is drawn from it.
    time_anchor: dict | None = None

    JSON = ("sentence", "start", "end", "trigger", "type", "actor", "target", "places", "time", "time_precision",
            "actor_name", "target_name", "place_names", "time_text", "evidence")

    @property
    def trigger(self) -> str:
        return self.text

    @property
    def label(self) -> str:
        return self.type

    @property
    def title(self) -> str:
        return f"{self.type}: {self.actor_name or '?'} → {self.target_name or '-'} · {self.time or '?'} ({self.time_precision})"


def _lookup(f: str) -> list[tuple[str, set | None, bool]] | None:
    """The senses of a folded word, with و/ف (and the future سـ) allowed before it."""
    for cand in (f, f[1:] if f[:1] in "وف" else None, f[2:] if f[:2] in ("وس", "فس") else None):
        if cand and cand in SENSES:
            return SENSES[cand]
    return None


def _sense(toks, k, senses) -> str | None:
    """The type of the first sense of the word at ``k`` whose objects are there ("-" for none)."""
    for kind, objects, sentence_wide in senses:
        if objects is None or _object_ok(toks, k, objects, whole=sentence_wide):
            return kind
    return None


def _object_ok(toks, k, objects, whole: bool = False) -> bool:
    """The trigger's object noun is within the next five words ("أصدر الملك أوامره"), or with ``whole``
    anywhere among ``toks`` ("يستضيف" in a sentence about a مباراة)."""
    for t in (toks if whole else toks[k + 1:k + 6]):
        f = t.folded
        for cand in (f, f[1:] if f[:1] in "وفبل" else None, f[2:] if f.startswith("ال") else None):
            if cand and cand in objects:
                return True
    return False


def find_triggers(toks) -> list[tuple[int, int, str, str]]:
    """(start, end, trigger text, type) of the event triggers among a sentence's tokens (or in a text).

    >>> [(t[2], t[3]) for t in find_triggers("وأصدر الرئيس أوامره بنشر قوات، وسيتم نشر حاملة الطائرات")]
    [('وأصدر', 'order'), ('نشر', 'deployment')]
    """
    if isinstance(toks, str):
        toks = tokens_of(toks)
    out = []
    for k, t in enumerate(toks):
        if t.kind != "word":
            continue
        f = t.folded
        prev = toks[k - 1].folded if k > 0 else ""
        if prev in ("تم", "سيتم", "يتم", "وتم") and f in NOMINAL_AFTER_TAMMA:
            out.append((t.start, t.end, t.text, NOMINAL_AFTER_TAMMA[f]))
            continue
        senses = _lookup(f)
        if senses is None:
            continue
        if prev.startswith("ال") and f in ("نشر", "قصف"):
            continue  # a noun after an article-noun
        kind = _sense(toks, k, senses)
        if kind is None or kind == NOT_AN_EVENT:
            continue
        if kind == "order" and f.lstrip("وف") == "امر":
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is None or nxt.kind != "word":
                continue
        out.append((t.start, t.end, t.text, kind))
    return out


# --- argument finding --------------------------------------------------------------------------------

# Nouns between a locative preposition and a place name: "في مدينتي حمص", "في مياه الخليج".
PLACE_HEADS = lexicon.words("place_heads")
LOCATIVE = lexicon.words("locative_prepositions")
RELATIVE_PRONOUNS = lexicon.words("relative_pronouns")
PAST_PERFECT_AUX = lexicon.words("past_perfect_auxiliaries")
ASIDE_CLOSERS = frozenset(lexicon.raw_words("aside_closers"))


def _candidates(entities) -> list[tuple[int, int, str, str]]:
    """(start, end, entity_id, kind) of mentions, roles and nisbas that can be actors or targets.

    A nisba inside a name or a role ("الرئيس التركي") gives way to it: the role is the person.
    """
    out: list[tuple[int, int, str, str]] = []
    if entities is None:
        return out
    for m in getattr(entities, "mentions", []) or []:
        if m.entity_id and m.type != "MISC":  # a model name (إف-16) or an event name acts through others
            out.append((m.start, m.end, m.entity_id, m.type))
    for r in getattr(entities, "roles", []) or []:
        if r.entity_id:
            out.append((r.start, r.end, r.entity_id, "ROLE"))
    named = SpanIndex((s, e, eid) for s, e, eid, _ in out)
    for n in getattr(entities, "nisbas", []) or []:
        if getattr(n, "entity_id", None) and not named.overlapping(n.start, n.end):
            out.append((n.start, n.end, n.entity_id, "NISBA"))
    return sorted(out, key=lambda c: (c[0], -c[1]))



def _name(entities, eid: str | None) -> str | None:
    if eid is None or entities is None:
        return None
    ent = entities.entity(eid) if hasattr(entities, "entity") else None
    if ent is not None and getattr(ent, "canonical", None):
        if has_arabic(ent.canonical):
            return ent.canonical
        # A gazetteer's canonical name may be English ("Russia"); tables and plots read in Arabic,
        # so the longest Arabic spelling the article itself used is shown instead.
        spelled = [m.text for m in getattr(ent, "mentions", []) if has_arabic(m.text)]
        return max(spelled, key=len) if spelled else ent.canonical
    for m in getattr(entities, "mentions", []) or []:
        if m.entity_id == eid:
            return m.canonical
    return eid


def _word_at(toks, s: int) -> int | None:
    return next((k for k, t in enumerate(toks) if t.start <= s < t.end), None)


def _prefix(text: str, toks, s: int) -> str:
    """The folded proclitics glued to the mention at ``s`` ("لتركيا" → "ل")."""
    k = _word_at(toks, s)
    return fold(text[toks[k].start:s]) if k is not None else ""


def _free(text: str, toks, s: int) -> bool:
    """True when the mention at ``s`` is not governed by a preposition ("في أنقرة", "لتركيا")."""
    prefix = _prefix(text, toks, s)
    if prefix and prefix[-1] in "بلك":
        return False
    k = _word_at(toks, s)
    return not (k is not None and k > 0 and toks[k - 1].folded in PREPOSITIONS)


def _actor(text, toks, cands, k_trig, clause, skip, reported: bool):
    """The subject of the trigger at token ``k_trig``: (start, end, entity_id) or None.

    Verb first (the usual order): a name or role that starts at the first or second word after the
    verb ("وأبلغ سالم…", "وصدرت تعليمات سالم"); a common noun there ("وأبلغ قادة الجيش الرئيس")
    means the subject is not a named entity. Subject first: after أن/إن ("أن سالم أجرى"), after a
    relative pronoun's antecedent ("سالم، الذي يزور"), or at the start of the sentence.
    """
    c0, c1 = clause
    words: list = []  # the first two words after the verb (commas and time expressions skipped)
    for t in toks[k_trig + 1:]:
        if len(words) == 2 or t.end > c1:
            break
        if any(a <= t.start < b for a, b in skip) or (t.kind == "punct" and t.text in "،,"):
            continue
        words.append(t)
    for t in words:
        if t.kind == "punct" or t.folded in PREPOSITIONS or t.folded in COMPLEMENTIZERS:
            break
        for s, e, eid, _kind in cands:
            if t.start <= s < t.end and _free(text, toks, s):
                return s, e, eid
    trig_start = toks[k_trig].start
    prev = toks[k_trig - 1].folded if k_trig > 0 else ""
    if prev in RELATIVE_PRONOUNS:
        before = [c for c in cands if c[1] <= toks[k_trig - 1].start and toks[k_trig - 1].start - c[1] <= 6]
        return before[-1][:3] if before else None
    if reported or k_trig <= 4:  # after أن/إن, or at the start of the sentence
        for s, e, eid, _kind in reversed(cands):
            if c0 <= s and e <= trig_start and trig_start - e <= 45 and _free(text, toks, s):
                return s, e, eid
    return None


def _target(text, toks, cands, trig_end, clause, actor, kind_of_event):
    """The organisation or person acted upon: within eight words after a violent trigger (five
    after another), not inside a reported clause; a peaceful act has no target "against" (ضد)."""
    window = [t for t in toks if trig_end <= t.start < clause[1]][:8 if kind_of_event in VIOLENT else 5]
    for j, t in enumerate(window):
        if t.folded in COMPLEMENTIZERS:
            return None
        for s, e, eid, kind in cands:
            if not (t.start <= s < t.end) or kind not in ("ORG", "PERS", "ROLE"):
                continue
            if actor and (eid == actor[2] or (s < actor[1] and actor[0] < e)):
                continue
            prev = window[j - 1].folded if j else ""
            if kind_of_event not in VIOLENT and prev == "ضد":
                continue
            return s, e, eid
    return None


def _locative(text: str, toks, s: int, place_starts: set[int], depth: int = 0) -> bool:
    """True when the place at ``s`` says where something happened: after في/فوق/على…, maybe through
    a head noun ("في مدينتي حمص"), or coordinated with such a place ("حمص وحماة")."""
    k = _word_at(toks, s)
    if k is None or depth > 4:
        return False
    prefix = _prefix(text, toks, s)
    if prefix.endswith("ب"):
        return True
    if prefix.endswith(("ل", "ك")):
        return False
    if prefix.endswith(("و", "ف")) and k > 0:
        prev = toks[k - 1]
        if prev.kind == "word" and prev.start in place_starts or any(prev.start <= p < prev.end for p in place_starts):
            p = next(p for p in place_starts if prev.start <= p < prev.end)
            return _locative(text, toks, p, place_starts, depth + 1)
    j = k - 1
    while j >= 0 and j >= k - 3 and toks[j].folded in PLACE_HEADS | {"ال" + h for h in PLACE_HEADS}:
        j -= 1
    if j >= 0:
        f = toks[j].folded
        return f in LOCATIVE or (f[:1] in "وف" and f[1:] in LOCATIVE)
    return False


def _places_in(text, toks, places, entities, c0, c1, exclude):
    """Places of the clause [c0, c1) used as locations: (ids, names). ``places``: the place mentions
    of the sentence, ``(start, end, place)`` in text order; None: the LOC mentions of ``entities``."""
    found = []  # (mention start, id, name)
    if places is not None:
        for s, e, p in places:
            if p.id in exclude or p.entity_id in exclude:
                continue
            if c0 <= s and e <= c1:
                found.append((s, p.id, p.name or p.id))
    elif entities is not None:
        for m in getattr(entities, "mentions", []) or []:
            if m.type == "LOC" and c0 <= m.start and m.end <= c1 and m.entity_id not in exclude:
                found.append((m.start, m.entity_id, m.canonical))
    starts = {s for s, _, _ in found}
    ids, names = [], []
    for s, pid, name in sorted(found):
        if pid not in ids and _locative(text, toks, s, starts):
            ids.append(pid)
            names.append(name)
    return ids, names


def _asides(toks) -> list[tuple[int, int]]:
    """(start, end) of the sentence's asides: a relative clause from its pronoun to the next comma,
    أن/إن or the sentence end, and a bracket's content («وقالت بريطانيا، التي غزت العراق في 2003، إنها …»)."""
    out = []
    for j, t in enumerate(toks):
        opens_bracket = t.kind == "punct" and t.text == "("
        if not (opens_bracket or t.folded in RELATIVE_PRONOUNS):
            continue
        end = toks[-1].end
        for u in toks[j + 1:]:
            closer = u.kind == "punct" and u.text in ASIDE_CLOSERS
            if (u.text == ")") if opens_bracket else (closer or u.folded in COMPLEMENTIZERS):
                end = u.start
                break
        out.append((t.start, end))
    return out


def _past_perfect(toks, k: int) -> bool:
    """True for a verb told in the past perfect: «كان/كانت … قد» before it ("وكانت الطائرة قد تحطمت")."""
    window = [t.folded for t in toks[max(0, k - 5):k]]
    if "قد" not in window[-2:]:
        return False
    return any(f in PAST_PERFECT_AUX or (f[:1] in "وف" and f[1:] in PAST_PERFECT_AUX) for f in window)


def _time(timexes, c0, c1, sent, trig_start, dct, undated: bool = False):
    """(time, precision, expression text, anchor) of an event whose trigger starts at ``trig_start``.
    ``undated``: an event without a date of its own is not given the publication date (a past perfect)."""
    def usable(t):
        if t.type in ("DATE", "TIME"):
            return bool(t.value) or bool(t.anchor and "relative_days" in t.anchor)
        return t.type == "DURATION" and (t.interval or (t.anchor and t.anchor.get("amount")))
    for lo, hi in ((c0, c1), (sent.start, sent.end)):
        inside = [t for t in timexes or [] if lo <= t.start and t.end <= hi and usable(t)]
        if inside:
            t = min(inside, key=lambda t: abs(t.start - trig_start))
            value = f"{t.interval[0]}/{t.interval[1]}" if t.type == "DURATION" and t.interval else t.value
            if t.type == "DURATION" and not t.interval:
                value = None
            return value, "expression", t.text, t.anchor
    if dct and not undated:
        return dct, "publication_date", None, {"relative_days": 0}
    return None, "none", None, None if undated else {"relative_days": 0}


# Verbal nouns that report an action without a verb ("أدى إلى تدمير الجسر ومقتل 37 شخصا"): the
# extractor reads verbs only (but for the passive ones after "تم"), so these are what it misses (and
# what the notebook's exercise asks for).
NOMINAL_EVENTS = lexicon.mapping("event_nouns", "word", "type")


def nominal_event(word: str) -> str | None:
    """The event type a verbal noun reports ("وتدمير" → attack), or None.

    >>> nominal_event("ومقتل"), nominal_event("الطائرة")
    ('attack', None)
    """
    f = fold(word)
    for cand in (f, f[1:] if f[:1] in "وفبل" else None, f[2:] if f[:2] in ("ال", "لل") else None,
                 f[3:] if f[:3] in ("وال", "بال", "فال") else None):
        if cand and cand in NOMINAL_EVENTS:
            return NOMINAL_EVENTS[cand]
    return None


ARTICLE_DCT = object()  # "use the article's own publication date"


def find_events(article, entities=None, places=None, timexes=None, dct=ARTICLE_DCT) -> list[Event]:
    """Events of the lead and body sentences (the headline repeats the body, so it is left out).

    ``dct`` overrides the article's publication date (the widget moves it; None = no date);
    ``timexes`` should be resolved against the same date (:func:`kit.timeline.timexes.resolve_timexes`).
    """
    dct = article.dct if dct is ARTICLE_DCT else dct
    if timexes is None:
        from kit.timeline.timexes import find_timexes

        timexes = find_timexes(article, dct)
    text = article.text
    cands = _candidates(entities)
    place_entity_ids = set()
    for p in places or []:
        eid = getattr(p, "entity_id", None) if not isinstance(p, dict) else p.get("entity_id")
        if eid:
            place_entity_ids.add(eid)
    out: list[Event] = []
    # Each trigger reads the candidates, time expressions and places of its own sentence only: those
    # are cut out once per sentence (by bisection), so a long text is not read again for every trigger.
    cand_starts = [c[0] for c in cands]
    timexes = sorted(timexes or [], key=lambda t: t.start)
    timex_starts = [t.start for t in timexes]
    place_mentions = sorted(((s, e, k) for k, p in enumerate(places or []) for s, e in p.mentions))
    place_starts = [s for s, _, _ in place_mentions]
    loc_mentions = sorted((m.start, m.end, m) for m in getattr(entities, "mentions", []) or [] if m.type == "LOC")
    loc_starts = [s for s, _, _ in loc_mentions]
    names: dict[str | None, str | None] = {}

    def name_of(eid: str | None) -> str | None:  # an entity's name is looked up once, not per event
        if eid not in names:
            names[eid] = _name(entities, eid)
        return names[eid]

    for sent in article.sentences:
        toks = article.sentence_tokens(sent)
        triggers = find_triggers(toks)
        if not triggers:
            continue
        # Candidates a little before the sentence too: a relative pronoun's antecedent may end there.
        sent_cands = cands[bisect_left(cand_starts, sent.start - 100):bisect_left(cand_starts, sent.end)]
        sent_timexes = timexes[bisect_left(timex_starts, sent.start):bisect_left(timex_starts, sent.end)]
        in_sentence = place_mentions[bisect_left(place_starts, sent.start):bisect_left(place_starts, sent.end)]
        sent_places = [(s, e, places[k]) for s, e, k in in_sentence] if places else None
        sent_locs = SimpleNamespace(mentions=[m for _, _, m in loc_mentions[bisect_left(loc_starts, sent.start):
                                                              bisect_left(loc_starts, sent.end)]])
        asides = _asides(toks)
        for i, (s, e, trig, kind) in enumerate(triggers):
            c0 = sent.start if i == 0 else triggers[i - 1][1]
            c1 = triggers[i + 1][0] if i + 1 < len(triggers) else sent.end
            k = next(j for j, t in enumerate(toks) if t.start == s)
            # The reported clause the trigger sits in starts after the last أن/إن before it.
            left = c0
            for t in toks[:k]:
                if t.start >= c0 and t.folded in COMPLEMENTIZERS:
                    left = t.end
            skip = [(t.start, t.end) for t in sent_timexes]
            if fold(trig) in PARTICIPLES:
                # "مضيفا": the one who spoke in the verb before it.
                actor = None
                actor_id = None
                for ev in reversed(out):  # the events of this sentence are the last ones
                    if ev.sentence != sent.index:
                        break
                    if ev.type == "statement" and ev.actor:
                        actor_id = ev.actor
                        break
            else:
                actor = _actor(text, toks, sent_cands, k, (left, c1), skip, reported=left != c0)
                actor_id = actor[2] if actor else None
            target = _target(text, toks, sent_cands, e, (s, c1), actor, kind)
            target_id = target[2] if target else None
            exclude = {x for x in (actor_id, target_id) if x}
            # Where: the places from the trigger on (what comes before it belongs to the reporting verb).
            pids, pnames = _places_in(text, toks, sent_places, sent_locs if entities is not None else None, s, c1, exclude)
            # A date in an aside the trigger is not in dates the aside's verb, not this one.
            own_timexes = [t for t in sent_timexes
                           if not any(a <= t.start < b and not a <= s < b for a, b in asides)]
            time, precision, time_text, time_anchor = _time(own_timexes, left, c1, sent, s, dct,
                                                            undated=_past_perfect(toks, k))
            evidence = f"trigger «{trig}» ({kind})"
            if actor:
                evidence += f"; actor «{text[actor[0]:actor[1]]}»"
            elif actor_id:
                evidence += "; actor: the speaker of the verb before"
            if target:
                evidence += f"; target «{text[target[0]:target[1]]}»"
            out.append(Event(s, e, trig, sent.index, kind, actor_id, target_id, pids, time, precision,
                             name_of(actor_id), name_of(target_id), pnames, time_text,
                             (c0, c1), evidence, time_anchor))
    return out
