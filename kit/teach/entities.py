"""Checkers of notebook 02 (find entities)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kit.teach.checks import Check, failed, passed

if TYPE_CHECKING:
    import pandas as pd

ALIAS_TEXT = (
    "اجتماع في فيينا\n\n"
    "قالت منظمة أوبك إن الإنتاج سيرتفع. وأكدت منظمة الدول المصدرة للبترول أن الأسعار ستستقر."
)


def check_add_alias(answer) -> Check:
    """Exercise: make "منظمة الدول المصدرة للبترول" the same entity as "أوبك" with an alias
    ({Arabic alias: organisation id or English name}).

    >>> check_add_alias({"منظمة الدول المصدرة للبترول": "opec"})
    ✅ أوبك and منظمة الدول المصدرة للبترول are now one entity: OPEC.
    >>> check_add_alias({})
    ❌ Not yet: they are still two entities: ORG:opec and ORG:1.
    """
    from kit.entities.recognise import find_entities
    from kit.text.article import InputError, parse_article

    if not isinstance(answer, dict):
        return failed(f"give a dict {{alias: organisation}} (got {type(answer).__name__}).")
    try:
        ents = find_entities(parse_article(ALIAS_TEXT), use_model=False, use_camel=False, aliases=answer)
    except InputError as e:
        return failed(str(e))
    orgs = [m for m in ents.mentions if m.type == "ORG"]
    ids = list(dict.fromkeys(m.entity_id for m in orgs))
    if len(orgs) < 2:
        return failed("the two organisations are not both found any more: keep the alias exact.")
    if len(ids) > 1:
        return failed(f"they are still two entities: {' and '.join(ids)}.")
    return passed(f"أوبك and منظمة الدول المصدرة للبترول are now one entity: {orgs[0].canonical}.")


PATTERN_EXAMPLES = [
    ("قال وزير الخارجية الأمريكي، جون كيري، إن المحادثات مستمرة.", "جون كيري"),
    ("وصرح الرئيس التركي، رجب طيب أردوغان، بأن بلاده لن تتراجع.", "رجب طيب أردوغان"),
    ("وأعلن رئيس الوزراء العراقي، حيدر العبادي، أن القوات تقدمت.", "حيدر العبادي"),
]
PATTERN_NON_EXAMPLES = [
    "وقال الرئيس إن الوضع خطير، وإن الحكومة ستتحرك، في أقرب وقت.",
    "وأكد الوزير، في مؤتمر صحفي، أن الاتفاق قريب.",
]


def check_title_pattern(answer) -> Check:
    """Exercise: a regular expression with a group ``name`` that finds the name in
    "ROLE، NAME،" (an appositive after a title), and nothing where no name follows.

    >>> check_title_pattern(r"(?:الرئيس|وزير|رئيس)(?: ال[^\\s،.]+){0,3}،\\s+(?P<name>(?!في )[^،.]+?)،")
    ✅ your pattern finds all 3 names and nothing in the 2 sentences without one.
    >>> check_title_pattern("")
    ❌ Not yet: write a pattern (a non-empty string).
    """
    import re

    if not isinstance(answer, str) or not answer.strip():
        return failed("write a pattern (a non-empty string).")
    try:
        rx = re.compile(answer)
    except re.error as e:
        return failed(f"the pattern does not compile: {e}.")
    if "name" not in rx.groupindex:
        return failed("the pattern needs a named group: (?P<name>...).")
    for sentence, expected in PATTERN_EXAMPLES:
        m = rx.search(sentence)
        got = m.group("name").strip() if m and m.group("name") else None
        if got != expected:
            return failed(f"in «{sentence}» it finds {got!r}, not «{expected}».")
    for sentence in PATTERN_NON_EXAMPLES:
        m = rx.search(sentence)
        if m and m.group("name"):
            return failed(f"it finds «{m.group('name')}» in «{sentence}», where no name follows the title.")
    return passed(f"your pattern finds all {len(PATTERN_EXAMPLES)} names and nothing in the "
                  f"{len(PATTERN_NON_EXAMPLES)} sentences without one.")


def _model_scores() -> pd.DataFrame:
    from kit.entities.recognise import find_entities
    from kit.evaluate.gold import score
    from kit.resources import DATA, STUDY_ARTICLE
    from kit.text.article import read_article

    article = read_article(STUDY_ARTICLE)
    return score(find_entities(article, recognizers={"model"}, use_camel=False),
                 DATA / "gold" / "000_ac51de9d2fe8c34f.gold.json")


_MODEL_SCORES: list[pd.DataFrame] = []  # the CRF-alone score table, computed once


def check_read_scores(answer) -> Check:
    """Exercise: in the CRF-alone table on the study article, which type has the lowest recall, and
    what is that recall? Answer {"type": "...", "recall": 0.xx}.
    """
    if not isinstance(answer, dict) or "type" not in answer or "recall" not in answer:
        return failed('answer with a dict {"type": ..., "recall": ...}.')
    if not _MODEL_SCORES:
        _MODEL_SCORES.append(_model_scores())
    table = _MODEL_SCORES[0].drop(index="all")
    table = table[(table.tp + table.fn) > 0]
    low = table.recall.min()
    lowest = set(table.index[table.recall == low])
    typ, recall = answer["type"], answer["recall"]
    if typ not in table.index:
        return failed(f"{typ!r} is not one of the types in the table ({', '.join(table.index)}).")
    if typ not in lowest:
        return failed(f"{typ} has recall {table.loc[typ, 'recall']:.2f}; another type is lower.")
    if not isinstance(recall, (int, float)) or isinstance(recall, bool) or abs(recall - low) > 0.01:
        return failed(f"{typ} is right; read its recall from the table (tp / (tp + fn)).")
    return passed(f"{typ}: recall {low:.2f}, {int(table.loc[typ, 'fn'])} of {int(table.loc[typ, 'tp'] + table.loc[typ, 'fn'])} gold mentions missed by the CRF alone.")
