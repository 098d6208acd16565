"""Event types beyond conflict news (issue 13): sport, economy, decisions, launches, protests, arrests,
elections and disasters, on sentences of our own; and the homographs that must keep their old sense."""
from __future__ import annotations

import pytest

from kit.analysis.pipeline import analyze_text
from kit.text import lexicon
from kit.text.article import parse_article
from kit.timeline.events import EVENT_TYPES, LEXICON, NOT_AN_EVENT, find_events, find_triggers, nominal_event


def kinds(text: str) -> list[tuple[str, str]]:
    return [(t[2], t[3]) for t in find_triggers(text)]


def test_a_sports_article_gets_a_match_event_with_its_date():
    a = parse_article("الهلال يتغلب على النصر\n\nفاز الهلال على النصر 2-1 يوم الجمعة.", dct="2015-08-10")
    events = find_events(a, None, [], None)
    assert [(e.trigger, e.type) for e in events] == [("فاز", "match")]
    assert events[0].time == "2015-08-07" and events[0].time_precision == "expression"


@pytest.mark.parametrize("sentence, expected", [
    # match: a game played, whoever won
    ("تعادل الاتحاد مع الأهلي سلبيا", [("تعادل", "match")]),
    ("يستضيف الشباب نظيره الفتح على ملعبه في الجولة الثالثة", [("يستضيف", "match")]),
    ("واجه الهلال النصر في نهائي الكأس", [("واجه", "match")]),
    ("وتغلب المنتخب على نظيره العراقي", [("وتغلب", "match")]),
    # result: an outcome, not a game
    ("فازت الرواية بجائزة الكتاب", [("فازت", "result")]),
    ("سجل اللاعب هدفين في الشوط الأول", [("سجل", "result")]),
    # election
    ("فاز المرشح بالانتخابات الرئاسية", [("فاز", "election")]),
    ("انتخب البرلمان رئيسا جديدا", [("انتخب", "election")]),
    # economic
    ("ارتفعت أسعار النفط في التعاملات الآسيوية", [("ارتفعت", "economic")]),
    ("وتراجع المؤشر العام للسوق 50 نقطة", [("وتراجع", "economic")]),
    ("حققت الشركة أرباحا قياسية", [("حققت", "economic")]),
    # decision
    ("قرر مجلس الإدارة توزيع أرباح نقدية", [("قرر", "decision")]),
    ("وافق مجلس الوزراء على النظام الجديد", [("وافق", "decision")]),
    ("أصدرت المحكمة حكما بسجنه", [("أصدرت", "decision")]),
    # launch
    ("أطلقت الشركة تطبيقا جديدا للهواتف", [("أطلقت", "launch")]),
    ("دشن الأمير المشروع الجديد", [("دشن", "launch")]),
    ("أصدرت الشاعرة ديوانها الأول", [("أصدرت", "launch")]),
    # protest
    ("تظاهر آلاف الطلاب أمام الوزارة", [("تظاهر", "protest")]),
    ("واحتج السكان على قطع المياه", [("واحتج", "protest")]),
    # arrest and release
    ("اعتقلت الشرطة ثلاثة مشتبهين", [("اعتقلت", "arrest")]),
    ("ألقت الشرطة القبض على المتهم", [("ألقت", "arrest")]),
    ("أطلقت السلطات سراح المعتقلين", [("أطلقت", "arrest")]),
    # disaster
    ("ضرب زلزال بقوة ست درجات جنوب البلاد", [("ضرب", "disaster")]),
    ("غرقت سفينة صيد قبالة السواحل", [("غرقت", "disaster")]),
    # meetings stay consult
    ("اجتمع الوزير مع نظيره", [("اجتمع", "consult")]),
    ("بحث الوزير مع نظيره العلاقات الثنائية", [("بحث", "consult")]),
    ("استقبل الوزير السفير في مكتبه", [("استقبل", "consult")]),
    ("ألقى الملك كلمة في الحفل", [("ألقى", "statement")]),
])
def test_new_types_on_sentences_of_our_own(sentence, expected):
    assert kinds(sentence) == expected
    assert all(kind in EVENT_TYPES for _, kind in expected)


@pytest.mark.parametrize("sentence, expected", [
    # the old senses of the homographs hold
    ("ضربت الطائرات مواقع المسلحين", [("ضربت", "strike")]),
    ("أطلق المسلحون صواريخ على المدينة", [("أطلق", "strike")]),
    ("أصدر الرئيس أوامره بنشر قوات", [("أصدر", "order")]),
    ("وقع الطرفان اتفاقية تعاون", [("وقع", "agreement")]),
    # and the homographs that are no event at all
    ("ضرب الوزير موعدا مع الصحفيين", []),
    ("اعتمد الفريق على الهجمات المرتدة", []),
    ("أطلق عليه اسم الصقر", []),
    ("يبحث الطلاب عن وظائف", []),
    ("يواجه الاقتصاد تحديات كبيرة", []),
    ("وتغلب على خوفه من الطيران", []),
    # "التقى" outside sport is a meeting, not a match
    ("التقى الرئيس نظيره الفرنسي في باريس", [("التقى", "consult")]),
])
def test_homographs_keep_their_sense(sentence, expected):
    assert kinds(sentence) == expected


def test_the_conflict_example_is_unchanged():
    a = parse_article("خبر\n\nقصفت الطائرات أمس مواقع في المدينة. وقال المتحدث إن الهدنة انهارت.", dct="2020-03-02")
    assert [(e.trigger, e.type) for e in find_events(a, None, [], None)] == [("قصفت", "strike"), ("وقال", "statement")]


def test_every_lexicon_type_is_an_event_type():
    used = {r["type"] for r in lexicon.rows("event_verbs")} | {r["type"] for r in lexicon.rows("event_nouns")}
    assert used - {NOT_AN_EVENT} <= set(EVENT_TYPES)
    assert {"match", "result", "economic", "decision", "launch", "protest", "arrest", "election", "disaster"} <= used
    objects = {r["kind"] for r in lexicon.rows("event_objects")}
    assert {r["objects"] for r in lexicon.rows("event_verbs") if r["objects"]} <= objects
    assert all(kind != NOT_AN_EVENT for kind, _ in LEXICON.values())


def test_new_verbal_nouns():
    assert nominal_event("المباراة") == "match" and nominal_event("وافتتاح") == "launch"
    assert nominal_event("الانتخابات") == "election" and nominal_event("مظاهرات") == "protest"
    a = parse_article("خبر\n\nوتم القبض على المتهمين في الحي.", dct="2020-03-02")
    assert [(e.trigger, e.type) for e in find_events(a, None, [], None)] == [("القبض", "arrest")]


def test_every_event_type_has_a_label_and_a_colour_and_the_widgets_show_new_ones():
    from kit.analysis.pipeline import analyze_text
    from kit.show.places_widget import EVENT_NAMES_AR
    from kit.show.timeline_plot import EVENT_COLOURS, TYPE_NAMES, plot_timeline
    from kit.show.widgets import timeline_explorer
    from kit.timeline.events import EVENT_TYPES

    assert set(EVENT_TYPES) <= set(TYPE_NAMES) and set(EVENT_TYPES) <= set(EVENT_COLOURS) <= set(EVENT_NAMES_AR)
    assert len(set(EVENT_COLOURS.values())) == len(EVENT_COLOURS)  # one colour per type
    a = analyze_text("خبر\n\nفاز الهلال على النصر 2-1 يوم الجمعة في الرياض.", dct="2015-08-09")
    assert [e.type for e in a.events] == ["match"]
    box = timeline_explorer(a)  # the type dropdown names the new type in Arabic
    assert [o[1] for o in box.kind.options][1:] == ["match"]
    assert TYPE_NAMES["match"] in box.kind.options[1][0]
    fig = plot_timeline(a)
    lanes = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert TYPE_NAMES["match"] in lanes, lanes


@pytest.mark.parametrize("sentence, trigger, time", [
    # A year in a relative clause about an earlier war does not date the main verb.
    ("وقالت بريطانيا، التي غزت العراق في 2003، إنها ستدرس الطلب.", "وقالت", "2015-08-01"),
    ("وأعلنت تركيا أمس، التي شاركت في حرب عام 2003، أنها سترسل قوات.", "سترسل", "2015-07-31"),
    # A bracket is an aside too.
    ("وأعلنت الشركة (التي تأسست عام 1990) أرباحها أمس.", "وأعلنت", "2015-07-31"),
    # The aside's own date still dates a verb inside it.
    ("وقال الوزير إن المدينة، التي قصفت في 2012، تعافت.", "قصفت", "2012"),
])
def test_a_date_in_an_aside_dates_only_the_aside(sentence, trigger, time):
    a = analyze_text("خبر\n\n" + sentence, dct="2015-08-01")
    ev = {e.text: e for e in a.events}
    assert ev[trigger].time == time, [(e.text, e.time) for e in a.events]


def test_a_past_perfect_event_without_its_own_date_is_not_put_on_the_publication_day():
    a = analyze_text("خبر\n\nوكانت الطائرات قد قصفت المدينة. وقال الوزير اليوم إن التحقيق مستمر.", dct="2015-08-01")
    ev = {e.text: e for e in a.events}
    assert ev["قصفت"].time is None and ev["قصفت"].time_precision == "none"
    assert ev["وقال"].time == "2015-08-01"
    # With its own date it takes it.
    a = analyze_text("خبر\n\nوكانت الحكومة قد أعلنت في مارس الماضي خطة جديدة.", dct="2015-08-01")
    assert [(e.text, e.time) for e in a.events] == [("أعلنت", "2015-03")]
