"""Property-based: random Unicode never crashes the parser, and every span is its slice of the text."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.analysis import analyze, check_offsets
from kit.arabic import find_numbers, tokenize
from kit.article import parse_article

# Arabic letters, marks, digits, punctuation, spaces and line ends of every kind, plus anything.
arabic_ish = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list(" \n\r\t\u00a0\u200f\u200e\ufeff\u0640.،؟!\"«»:-0123456789")),
        st.characters(),
    ),
    max_size=400,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arabic_ish)
def test_parser_never_crashes_and_spans_are_slices(text):
    a = parse_article(text)
    for s in [a.title, a.subtitle, *a.paragraphs, *a.sentences, *a.boilerplate]:
        if s is not None:
            assert text[s.start:s.end] == s.text
            assert s.start < s.end
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arabic_ish)
def test_whole_analysis_never_crashes(text):
    result = analyze(parse_article(text))
    assert check_offsets(result, text) == []
