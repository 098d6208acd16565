"""The classroom: each notebook's exercise checkers, the set-up check (notebook 00) and the student edition.

Notebooks import their checkers from here: ``from kit.teach import check_count_sentences``.

>>> check_count_sentences(None)
❌ Not yet: return the number of sentences as an int (got None).
"""
from kit.teach.checks import Check, failed, passed
from kit.teach.corpus import check_articles_per_day, check_error_share, check_top_person
from kit.teach.entities import check_add_alias, check_read_scores, check_title_pattern
from kit.teach.places import MISSING_SENTENCE, check_ambiguous_by_context, check_missing_place
from kit.teach.read import check_boilerplate_starts, check_count_sentences, check_normaliser
from kit.teach.setup_check import (
    check_arabic,
    check_article,
    check_camel,
    check_data,
    check_missing_packages,
    check_packages,
    check_python,
    findings_view,
    what_to_do,
)
from kit.teach.timeline import check_missed_event, check_resolve_expression

__all__ = [
    "Check", "passed", "failed",
    "check_count_sentences", "check_normaliser", "check_boilerplate_starts",  # 01
    "check_add_alias", "check_title_pattern", "check_read_scores",  # 02
    "check_resolve_expression", "check_missed_event",  # 03
    "check_missing_place", "check_ambiguous_by_context", "MISSING_SENTENCE",  # 04
    "check_articles_per_day", "check_top_person", "check_error_share",  # 05
    "check_python", "check_packages", "check_missing_packages", "check_data", "check_article", "check_camel",
    "check_arabic", "findings_view", "what_to_do",  # notebook 00: the set-up check
]
