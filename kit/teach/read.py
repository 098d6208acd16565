"""Checkers of notebook 01 (read an article).

>>> from kit.text.arabic import final_fold
>>> check_normaliser(final_fold)
✅ 5 spelling pairs meet and 3 different names stay apart.
>>> check_count_sentences(None)
❌ Not yet: return the number of sentences as an int (got None).
"""
from __future__ import annotations

from kit.teach.checks import Check, failed, passed


def check_count_sentences(answer, article=None) -> Check:
    """Exercise: how many sentences do the lead and body hold?"""
    from kit.resources import STUDY_ARTICLE
    from kit.text.article import read_article

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
    from kit.resources import STUDY_ARTICLE
    from kit.text.article import read_article

    article = article or read_article(STUDY_ARTICLE)
    expected = [b.start for b in article.boilerplate]
    if not isinstance(answer, (list, tuple)) or not all(isinstance(x, int) for x in answer):
        return failed(f"return a list of int offsets (got {answer!r}).")
    if list(answer) != expected:
        return failed(f"expected {len(expected)} offsets; check article.boilerplate.")
    return passed(f"boilerplate starts at {expected}.")
