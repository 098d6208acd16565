"""Property-based: random Unicode never crashes the parser or the analysis, and every span is its
slice of the text.

The settings are explicit and the examples Hypothesis once found are kept as ``@example``s, so a run
never depends on the seed or on a local example database: CI replays the same cases every time
(``derandomize``), and ``HYPOTHESIS_PROFILE=explore`` searches with fresh random seeds.
"""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kit.analysis.pipeline import analyze, check_offsets
from kit.text.arabic import tokenize
from kit.text.article import parse_article
from kit.text.numbers import find_numbers

# The profiles (ci, explore) are set for every test in tests/conftest.py.

# Arabic letters, marks, digits, punctuation, spaces and line ends of every kind, plus anything.
arabic_ish = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(list(" \n\r\t\u00a0\u200f\u200e\ufeff\u0640.،؟!\"«»:-0123456789")),
        st.characters(),
    ),
    max_size=400,
)

# Inputs that crashed the analysis once (each was a real bug): keep them, whatever the seed finds.
FOUND = [
    "\ud800",                                  # a lone surrogate reached the CRF (SystemError)
    "خبر\n\nقال محمد،",                        # a name closing its paragraph (IndexError in the role rules)
    "وَّكَّاَّلَّةَّ",                         # a vocalised word: offsets of the word used on its folded form
    "قال " + "9" * 400 + ".5 شخصا",            # 309+ digits: inf in the JSON
]


@settings(max_examples=300)
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


def _analysis_is_sound(text):
    import json

    result = analyze(parse_article(text)).to_json()
    assert check_offsets(result, text) == []
    json.dumps(result, allow_nan=False)  # valid JSON: no NaN or Infinity


@settings(max_examples=60)
@given(arabic_ish)
@example(FOUND[0])
@example(FOUND[1])
@example(FOUND[2])
@example(FOUND[3])
def test_whole_analysis_never_crashes(text):
    _analysis_is_sound(text)
