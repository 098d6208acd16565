"""Checkers of notebook 03 (build a timeline).

>>> check_resolve_expression(None)
❌ Not yet: write the value as a string such as "2016-03-08" (got None).
"""
from __future__ import annotations

import calendar
from datetime import date

from kit.teach.checks import Check, failed, passed


def _weekday(day: date) -> str:
    from kit.timeline.timexes import WEEKDAY_NAMES

    return f"a {calendar.day_name[day.weekday()]}, {WEEKDAY_NAMES[day.isoweekday()]}"


def _study_article():
    from kit.resources import STUDY_ARTICLE
    from kit.text.article import read_article

    return read_article(STUDY_ARTICLE)


def check_resolve_expression(answer, expression: str = "الثلاثاء الماضي", dct: str | None = None) -> Check:
    """Exercise: resolve a relative expression by hand against the publication date.

    ``answer`` is the TIMEX3 value ("YYYY-MM-DD" for a day); ``dct`` defaults to the study article's.

    >>> check_resolve_expression("2020-02-25", "الثلاثاء الماضي", "2020-03-03")
    ✅ «الثلاثاء الماضي» published on 2020-03-03 (a Tuesday, الثلاثاء) is 2020-02-25.
    >>> check_resolve_expression("2020-03-03", "الثلاثاء الماضي", "2020-03-03")
    ❌ Not yet: 2020-03-03 is the publication date itself; «الماضي» points to an earlier day.
    """
    from kit.timeline.timexes import tag_text

    if not isinstance(answer, str) or not answer.strip():
        return failed(f'write the value as a string such as "2016-03-08" (got {answer!r}).')
    if not isinstance(expression, str) or not isinstance(dct, (str, type(None))):
        return failed("the expression and the date must be strings.")
    try:
        dct = dct or _study_article().dct
        day = date.fromisoformat(dct)
    except (ValueError, TypeError):
        return failed(f"{dct!r} is not a publication date of the form YYYY-MM-DD.")
    found = tag_text(expression, dct=dct)
    if not found or not found[0].value:
        return failed(f"the kit finds no value for «{expression}»; choose another expression.")
    expected = found[0].value
    given = answer.strip()
    if given == expected:
        return passed(f"«{expression}» published on {dct} ({_weekday(day)}) is {expected}.")
    if given == dct and expected != dct:
        return failed(f"{dct} is the publication date itself; «الماضي» points to an earlier day."
                      if "ماض" in expression else f"{dct} is the publication date itself; read the expression again.")
    try:
        off = (date.fromisoformat(given[:10]) - date.fromisoformat(expected[:10])).days
    except ValueError:
        return failed(f"{given!r} is not a TIMEX3 value like {expected[:4]}-MM-DD.")
    if off == 0:
        return failed(f"the day is right; write the value exactly as TIMEX3 does ({len(expected)} characters).")
    return failed(f"you are {abs(off)} day{'s' if abs(off) != 1 else ''} {'late' if off > 0 else 'early'}: "
                  f"count back from {dct} ({_weekday(day)}).")


def check_missed_event(answer, article=None, events=None) -> Check:
    """Exercise: find a reported action the event extractor missed.

    ``answer`` is ``{"sentence": index, "trigger": "word as written", "type": "attack"|...}``: a
    verbal noun such as «تدمير» or «مقتل» that reports an action no extracted event covers.
    """
    from kit.text.arabic import fold, tokenize
    from kit.timeline.events import EVENT_TYPES, LEXICON, nominal_event

    if not isinstance(answer, dict) or not {"sentence", "trigger", "type"} <= set(answer):
        return failed('answer with a dict {"sentence": 0, "trigger": "...", "type": "..."}.')
    sentence, trigger, kind = answer["sentence"], answer["trigger"], answer["type"]
    if not isinstance(trigger, str) or not trigger.strip() or not isinstance(kind, str):
        return failed("trigger and type are strings: the word as written in the sentence, and an event type.")
    if kind not in EVENT_TYPES:
        return failed(f"{kind!r} is not an event type; use one of {', '.join(EVENT_TYPES)}.")
    try:
        article = article or _study_article()
        if events is None:
            from kit.analysis import analyze

            events = analyze(article).events
    except Exception as e:  # the checker must answer, whatever the article
        return failed(f"could not read the article: {e}")
    if isinstance(sentence, bool) or not isinstance(sentence, int) or not 0 <= sentence < len(article.sentences):
        return failed(f"sentence is an index from 0 to {len(article.sentences) - 1} (got {sentence!r}).")
    sent = article.sentences[sentence]
    words = [t for t in tokenize(sent.text, offset=sent.start) if t.kind == "word"]
    target = fold(trigger.strip())
    hits = [t for t in words if fold(t.text) == target or fold(t.text).endswith(target) and len(target) >= 3]
    if not hits:
        return failed(f"«{trigger}» is not a word of sentence {sentence}; copy it as written there.")
    t = hits[0]
    covered = [e for e in events if e.start <= t.start < e.end or t.start <= e.start < t.end]
    if covered:
        return failed(f"the model found this one already (event «{covered[0].trigger}», {covered[0].type}); look for one it missed.")
    real = nominal_event(t.text)
    if real is None:
        f = fold(t.text)
        if f in LEXICON or f[1:] in LEXICON:
            return failed(f"«{t.text}» is a trigger verb, but the model left it out: it needs an object; look for a verbal noun instead.")
        return failed(f"«{t.text}» does not report an action here; look for a verbal noun such as «تدمير» or «مقتل».")
    if real != kind:
        return failed(f"«{t.text}» is a missed event, but of another type than {kind}.")
    return passed(f"«{t.text}» in sentence {sentence} reports an event of type {real} that the verb-only extractor missed.")
