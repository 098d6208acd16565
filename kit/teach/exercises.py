"""Checkers for the notebooks' exercises: each returns a :class:`Check` that shows ✅ or ❌.

A checker never raises on a wrong answer (a student's notebook must run through); it explains what
is still wrong.

>>> from kit.text.arabic import final_fold
>>> check_normaliser(final_fold)
✅ 5 spelling pairs meet and 3 different names stay apart.
>>> check_count_sentences(None)
❌ Not yet: return the number of sentences as an int (got None).
"""
from __future__ import annotations

import html as _html
from dataclasses import dataclass


@dataclass
class Check:
    """The verdict of a checker: ``passed`` and a message for the student."""

    passed: bool
    message: str

    def __bool__(self) -> bool:
        return self.passed

    def __repr__(self) -> str:
        return ("✅ " if self.passed else "❌ Not yet: ") + self.message

    def _repr_html_(self) -> str:
        colour = "#1b7f3b" if self.passed else "#b00020"
        mark = "✅" if self.passed else "❌ Not yet:"
        return f'<div style="color:{colour}; font-weight:bold;">{mark} {_html.escape(self.message)}</div>'


def passed(message: str) -> Check:
    return Check(True, message)


def failed(message: str) -> Check:
    return Check(False, message)


# --- notebook 01: read an article ------------------------------------------------------------

def check_count_sentences(answer, article=None) -> Check:
    """Exercise: how many sentences do the lead and body hold?"""
    from kit.text.article import read_article
    from kit.resources import STUDY_ARTICLE

    article = article or read_article(STUDY_ARTICLE)
    expected = len(article.sentences)
    if not isinstance(answer, int) or isinstance(answer, bool):
        return failed(f"return the number of sentences as an int (got {answer!r}).")
    if answer != expected:
        hint = "count only lead and body sentences, not the title or boilerplate" if answer > expected else "look at every paragraph, not just the lead"
        return failed(f"{answer} is not right: {hint}.")
    return passed(f"{expected} sentences in the lead and body.")


def check_normaliser(func) -> Check:
    """Exercise: write ``normalise(word)`` so that spellings of one name meet and different names don't."""
    same = [("جاوة", "جاوا"), ("إربد", "اربد"), ("فى", "في"), ("أعلن", "اعلن"), ("الخَرطوم", "الخرطوم")]
    different = [("ليبيا", "تركيا"), ("تونس", "قطر"), ("حمص", "حمصا")]
    if not callable(func):
        return failed(f"define a function normalise(word) (got {func!r}).")
    try:
        for a, b in same:
            if func(a) != func(b):
                return failed(f"{a} and {b} should meet: got {func(a)!r} and {func(b)!r}.")
        for a, b in different:
            if func(a) == func(b):
                return failed(f"{a} and {b} are different names but both give {func(a)!r}.")
    except Exception as e:  # a student's bug is feedback, not a crash
        return failed(f"normalise raised {type(e).__name__}: {e}")
    return passed(f"{len(same)} spelling pairs meet and {len(different)} different names stay apart.")


def check_boilerplate_starts(answer, article=None) -> Check:
    """Exercise: the start offsets of the article's boilerplate spans, in order."""
    from kit.text.article import read_article
    from kit.resources import STUDY_ARTICLE

    article = article or read_article(STUDY_ARTICLE)
    expected = [b.start for b in article.boilerplate]
    if not isinstance(answer, (list, tuple)) or not all(isinstance(x, int) for x in answer):
        return failed(f"return a list of int offsets (got {answer!r}).")
    if list(answer) != expected:
        return failed(f"expected {len(expected)} offsets; check article.boilerplate.")
    return passed(f"boilerplate starts at {expected}.")


# --- notebook 05: explore a corpus -------------------------------------------------------------

_NO_CORPUS = "pass the corpus as the second argument, as in check_…(answer, corpus)."


def _corpus_table(corpus, name):
    """A table of a Corpus (or of a dict of tables), or None when ``corpus`` is not one."""
    tables = getattr(corpus, "tables", corpus)
    try:
        table = tables[name]
    except (TypeError, KeyError, IndexError, AttributeError):
        return None
    return table if hasattr(table, "columns") else None


def check_articles_per_day(answer, corpus) -> Check:
    """Exercise: the number of articles per publication date (a Series or dict date -> count).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "dct": ["2015-07-21", "2015-07-21", None]})
    >>> check_articles_per_day({"2015-07-21": 2}, {"articles": arts})
    ✅ 1 date, 2 dated articles.
    """
    articles = _corpus_table(corpus, "articles")
    if articles is None or "dct" not in articles.columns:
        return failed(_NO_CORPUS)
    expected = {str(k): int(v) for k, v in articles.groupby("dct").size().items()}
    if answer is None or not callable(getattr(answer, "items", None)):
        return failed(f"give a pandas Series (or a dict) from date to number of articles (got {answer!r}).")
    try:
        # Dates may come as strings, dates or pandas Timestamps: compare them as YYYY-MM-DD.
        got = {str(k.date()) if callable(getattr(k, "date", None)) else str(k): int(v) for k, v in answer.items()}
    except (TypeError, ValueError):
        return failed("the counts must be whole numbers.")
    if got != expected:
        wrong = sorted(set(got.items()) ^ set(expected.items()))[:3]
        return failed(f"{len(got)} dates given, {len(expected)} expected; differences such as {wrong}. Group by 'dct'.")
    return passed(f"{len(expected)} date{'' if len(expected) == 1 else 's'}, {sum(expected.values())} dated articles.")


def check_top_person(answer, corpus) -> Check:
    """Exercise: the canonical name of the person found in the most articles (any of them on a tie).

    >>> import pandas as pd
    >>> ents = pd.DataFrame({"article_id": ["a", "b", "b"], "type": ["PERS", "PERS", "PERS"], "canonical": ["س", "س", "ص"]})
    >>> check_top_person("س", {"entities": ents})
    ✅ س is in 2 articles.
    >>> check_top_person("ص", {"entities": ents})
    ❌ Not yet: ص is in 1 article, but someone is in 2: count articles, not mentions.
    """
    ents = _corpus_table(corpus, "entities")
    if ents is None or not {"type", "canonical", "article_id"} <= set(ents.columns):
        return failed(_NO_CORPUS)
    counts = ents[ents["type"] == "PERS"].groupby("canonical")["article_id"].nunique()
    if counts.empty:
        return failed("this corpus names no people; point CORPUS at one that does.")
    if not isinstance(answer, str):
        return failed(f"give a canonical name as a string (got {answer!r}).")
    best, top = set(counts[counts == counts.max()].index), int(counts.max())
    if answer in best:
        return passed(f"{answer} is in {top} article{'' if top == 1 else 's'}.")
    if answer in counts.index:
        n = int(counts[answer])
        return failed(f"{answer} is in {n} article{'' if n == 1 else 's'}, but someone is in {top}: count articles, not mentions.")
    return failed(f"{answer!r} is not the canonical name of a person in this corpus.")


def check_error_share(answer, corpus) -> Check:
    """Exercise: the share of input records that went to the errors table (0 to 1).

    >>> import pandas as pd
    >>> check_error_share(0.25, {"articles": pd.DataFrame({"a": [1, 2, 3]}), "errors": pd.DataFrame({"a": [1]})})
    ✅ 1 of 4 records could not be read (25.0%).
    """
    errors, articles = _corpus_table(corpus, "errors"), _corpus_table(corpus, "articles")
    if errors is None or articles is None:
        return failed(_NO_CORPUS)
    n_err, total = len(errors), len(errors) + len(articles)
    expected = n_err / total if total else 0.0
    if not isinstance(answer, (int, float)) or isinstance(answer, bool):
        return failed(f"give a number between 0 and 1 (got {answer!r}).")
    if abs(answer - expected) > 1e-9:
        hint = " (a share, not a percentage)" if answer > 1 else ""
        return failed(f"{answer} is not it{hint}: errors / (errors + articles).")
    return passed(f"{n_err} of {total} records could not be read ({expected:.1%}).")


# --- notebook 02: find entities ----------------------------------------------------------------

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
    from kit.text.article import InputError, parse_article
    from kit.entities.recognise import find_entities

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


def _model_scores():
    from kit.text.article import read_article
    from kit.entities.recognise import find_entities
    from kit.evaluate.gold import score
    from kit.resources import DATA, STUDY_ARTICLE

    article = read_article(STUDY_ARTICLE)
    return score(find_entities(article, recognizers={"model"}, use_camel=False),
                 DATA / "gold" / "000_ac51de9d2fe8c34f.gold.json")


_MODEL_SCORES = []


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


# --- notebook 03: build a timeline (the checkers live beside the timeline code) -------------------
from kit.teach.timeline_exercises import check_missed_event, check_resolve_expression  # noqa: E402,F401

# --- notebook 04: map the places (the checkers live beside the place code) -----------------------
from kit.teach.places_exercises import check_ambiguous_by_context, check_missing_place  # noqa: E402,F401
