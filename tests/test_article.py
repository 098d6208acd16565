"""The article model: the study article's structure against the gold, and articles of other shapes."""
import pytest

from kit.resources import STUDY_ARTICLE
from kit.text.article import parse_article, read_article, split_sentences


def trimmed(text, start, end):
    """A gold span with the padding (no-break space, spaces) the kit leaves out of its spans."""
    while start < end and text[start] in " \u00a0\t":
        start += 1
    while end > start and text[end - 1] in " \u00a0\t":
        end -= 1
    return start, end


def test_study_article_structure_matches_gold(gold, study_text):
    a = read_article(STUDY_ARTICLE)
    st = gold["structure"]
    assert a.text == study_text
    assert (a.title.start, a.title.end) == (st["title"]["start"], st["title"]["end"])
    assert (a.subtitle.start, a.subtitle.end) == (st["subtitle"]["start"], st["subtitle"]["end"])
    gold_pars = [st["lead"]] + st["body"]
    assert [p.role for p in a.paragraphs] == ["lead"] + ["body"] * 10
    assert [(p.start, p.end) for p in a.paragraphs] == [trimmed(study_text, g["start"], g["end"]) for g in gold_pars]
    boiler = {(b.start, b.end): b.kind for b in a.boilerplate}
    assert boiler == {
        (st["duplicate_title"]["start"], st["duplicate_title"]["end"]): "repeated_title",
        (st["comments_marker"]["start"], st["comments_marker"]["end"]): "comments_marker",
    }
    assert len(a.sentences) == st["sentences_in_lead_and_body"]
    assert a.dct == "2015-11-17" and a.dct_source == "metadata"


def test_every_span_is_a_slice_of_the_original():
    a = read_article(STUDY_ARTICLE)
    spans = [a.title, a.subtitle, *a.paragraphs, *a.sentences, *a.boilerplate, *a.segments]
    for s in spans:
        assert a.text[s.start:s.end] == s.text
    for t in a.tokens:
        assert a.text[t.start:t.end] == t.text


def test_a_repeated_title_is_furniture_but_a_repeated_body_line_is_text():
    """A page repeats its title; a poem repeats its refrain and a decree its closing line: those are the
    article's own words both times, and their names are mentions both times."""
    text = ("عنوان القصيدة\n\nقال الشاعر في قصيدته:\n\nتوفى شيخ القصيد في بني مالك\n\nوبكته الديار\n\n"
            "توفى شيخ القصيد في بني مالك\n\nعنوان القصيدة")
    a = parse_article(text)
    assert [b.text for b in a.boilerplate] == ["عنوان القصيدة"]
    assert [b.kind for b in a.boilerplate] == ["repeated_title"]
    assert [p.text for p in a.paragraphs].count("توفى شيخ القصيد في بني مالك") == 2


def test_dct_option_overrides_metadata():
    a = read_article(STUDY_ARTICLE, dct="2016-01-02")
    assert a.dct == "2016-01-02" and a.dct_source == "option"


ARTICLE = "عنوان الخبر هنا\n\nمقدمة الخبر تقول شيئا. ثم جملة ثانية.\n\nفقرة المتن الأولى.\n\nفقرة المتن الثانية."


@pytest.mark.parametrize(
    "variant",
    [
        ARTICLE,
        ARTICLE.replace("\n", "\r\n"),                 # Windows line ends
        "\ufeff" + ARTICLE,                            # byte-order mark
        ARTICLE.replace("\n\nفقرة", "\n\n\u00a0فقرة"),  # no-break space opening a paragraph
        ARTICLE.replace("\n\nمقدمة", "\n\n\u200fمقدمة"),  # RTL mark
        ARTICLE.replace("الخبر", "الخـــبر"),             # tatweel
        ARTICLE.replace("الخبر", "الخَبَرِ"),             # diacritics
    ],
)
def test_shapes_of_the_same_article_parse_alike(variant):
    a = parse_article(variant)
    assert a.title is not None and "عنوان" in a.title.text
    assert a.subtitle is None
    assert [p.role for p in a.paragraphs] == ["lead", "body", "body"]
    assert len(a.sentences) == 4
    for s in [a.title, *a.paragraphs, *a.sentences]:
        assert variant[s.start:s.end] == s.text
        assert s.text == s.text.strip(" \u00a0\u200f\ufeff\r\n")


def test_with_subtitle_and_trailing_furniture():
    text = (
        "العنوان الرئيسي للخبر\n\nعنوان فرعي يشرح الخبر باختصار\n\nالمقدمة.\n\nالمتن.\n\n"
        "اقرأ أيضا: خبر آخر\n\nشارك هذا المقال\n\nتابعونا على تويتر\n\nالتعليقات (3)"
    )
    a = parse_article(text)
    assert a.subtitle.text == "عنوان فرعي يشرح الخبر باختصار"
    assert [b.kind for b in a.boilerplate] == ["read_more", "share", "follow", "comments_marker"]
    assert [p.text for p in a.paragraphs] == ["المقدمة.", "المتن."]


def test_single_block_is_one_lead_paragraph():
    a = parse_article("قال مسؤول إن الاجتماع انتهى. وأضاف أن النتائج إيجابية.")
    assert a.title is None and a.subtitle is None
    assert [p.role for p in a.paragraphs] == ["lead"]
    assert len(a.sentences) == 2


def test_sentences_keep_quotes_and_decimals_together():
    t = 'قال إن "الوضع صعب. جدا" ثم غادر. وبلغت النسبة 3.5 في المئة؟ نعم'
    parts = [t[s:e] for s, e in split_sentences(t)]
    assert parts == ['قال إن "الوضع صعب. جدا" ثم غادر.', "وبلغت النسبة 3.5 في المئة؟", "نعم"]


def test_the_doctors_abbreviated_title_ends_no_sentence():
    # «د.» is the doctor's title abbreviated: the name after it belongs to the same sentence; a number, a Latin
    # capital («خطة B؟») or a word before the mark still ends one
    t = "وقدمت د. مروة كريدية جولة. وقدم أ.د. سعد الحسين بحثا. وبلغت 3. وكانت خطة B؟ ثم انتهى"
    parts = [t[s:e] for s, e in split_sentences(t)]
    assert parts == ["وقدمت د. مروة كريدية جولة.", "وقدم أ.د. سعد الحسين بحثا.", "وبلغت 3.", "وكانت خطة B؟", "ثم انتهى"]


def test_a_run_without_an_end_mark_is_cut_into_bounded_sentences():
    # A quotation that never closes, or a text with no full stop, must not make one sentence of
    # everything: the work per sentence (speakers, event arguments) would grow with the square of
    # the text (benchmarks/fuzz.py found a 200k-character input taking 13 s; 1.8 s with the cap).
    from kit.text.article import MAX_SENTENCE

    t = 'قال المتحدث: "' + "وصل الوفد إلى المدينة. " * 600
    spans = split_sentences(t)
    assert len(spans) >= len(t) // MAX_SENTENCE
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(e == len(t.rstrip()) or t[e] == " " for s, e in spans[:-1])  # cut at a space
    assert "".join(t[s:e] for s, e in spans).replace(" ", "") == t.replace(" ", "")  # nothing lost
    a = parse_article("خبر\n\n" + "وقال سالم إن 300 جندي وصلوا إلى الرياض أمس، " * 2500)
    assert max(s.end - s.start for s in a.sentences) <= MAX_SENTENCE
    # Ordinary sentences are untouched.
    t2 = "وصل الوفد. وغادر."
    assert [t2[s:e] for s, e in split_sentences(t2)] == ["وصل الوفد.", "وغادر."]


def test_html_character_references_stay_as_written():
    """«&quot;», «&amp;» a careless crawl leaves in a text stay as they are: every span of the analysis is its slice
    of the input (reading them as characters, tried once, broke that promise for paragraphs and sentences)."""
    from kit.analysis.pipeline import analyze, check_offsets

    raw = "خبر\n\nأعلنت صحيفة &quot;عرب نيوز&quot; اليوم أن شركة جونسون &amp; جونسون وصلت. وقال &#8220;المدير&#8221; إن."
    a = parse_article(raw)
    assert a.text == raw and all(raw[s.start:s.end] == s.text for s in [*a.paragraphs, *a.sentences])
    assert check_offsets(analyze(a).to_json(), raw) == []
