"""Entities beyond conflict news: one test per error class of issue 12, on sentences written for
these tests (not quoted from any corpus), and the corpus-wide promise that no function word is ever a
one-word person."""
import gzip
import json
import re

import pytest

from kit.analysis import analyze_text
from kit.entities.recognise import STOP, Candidate, _namey, key, resources, tokens_of
from kit.resources import ROOT
from kit.text.article import parse_article

CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet.jsonl.gz"


def ents(text, dct="2017-05-02"):
    a = analyze_text("خبر\n\n" + text, dct=dct)
    return [(m.text, m.type) for m in a.entities.mentions], a


def has(found, text, typ):
    return (text, typ) in found


def assert_found(found, pairs):
    """Every (text, type) of ``pairs`` is among the mentions ``found``."""
    missing = [p for p in pairs if p not in found]
    assert not missing, (missing, found)


# --- function words and clitics ---------------------------------------------------------------------

def test_a_function_word_is_never_a_one_word_name_nor_its_alias():
    found, _ = ents("تقدم الزملاء إلى الدكتور علي بالتهنئة. وحصلت الصحيفة على نسخة من التقرير، وأكد بأن الحل على الطاولة.")
    assert not any(t == "PERS" and key(x) in STOP for x, t in found), found


def test_clitic_splits_do_not_make_names_of_common_words():
    found, _ = ents("ولحسن الحظ لم يصب أحد، لكن وباء الكوليرا انتشر في المدينة.")
    assert not any(t == "PERS" for _, t in found), found


# --- person names -----------------------------------------------------------------------------------

def test_a_future_verb_is_not_swallowed_into_a_name():
    found, _ = ents("وقال وزير الخزانة ستيفن منوتشين سيطرح الخطة الأسبوع المقبل.")
    assert has(found, "ستيفن منوتشين", "PERS"), found


def test_a_first_name_that_is_a_word_after_an_honorific():
    found, _ = ents("استقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح الوفد.")
    assert any(t == "PERS" and x.startswith("صباح الأحمد") for x, t in found), found


def test_a_foreign_name_that_starts_like_a_verb():
    found, _ = ents("وقال الرئيس التنفيذي لشركة أبل تيم كوك إن الشركة ستطلق هاتفا جديدا.")
    assert has(found, "تيم كوك", "PERS") and has(found, "أبل", "ORG"), found


def test_a_foreign_name_that_starts_like_a_future_or_a_lam_verb():
    """سـ or لـ before ي/ت/ن is a verb only when what follows is a verb the news corpus knows: «سيطرح»
    (يطرح), not «سيمون» (Simon), «ليبرون» (LeBron), «ستيفين» (Steven); the name keeps its first word."""
    found, _ = ents("وقال سيمون هول ، المسؤول في الشركة إن الأرباح ارتفعت.")
    assert has(found, "سيمون هول", "PERS"), found
    found, _ = ents("وأضاف زميله ليبرون جيمس 13 نقطة، وكتب ستيفين كورين ومارك اوكيفي الكتاب.")
    assert has(found, "ليبرون جيمس", "PERS") and has(found, "ستيفين كورين", "PERS"), found
    found, _ = ents("وقال الوزير منوتشين سيطرح الخطة، ولن يتأخر ليتمكن الفريق من العمل.")
    assert not any("سيطرح" in x or "ليتمكن" in x for x, _ in found), found
    found, _ = ents("وقال رئيس الوزراء السابق عبدي حسن قيديد سيطروا على البلدة.")
    assert has(found, "عبدي حسن قيديد", "PERS"), found  # a past verb of a root in س («سيطروا») ends the name


def test_a_sovereigns_ordinal_and_a_company_that_is_a_surname():
    """«الشاه إسماعيل الأول»: the ordinal ends the name the model read; «ستيف مكلارين»: a surname that is
    also a company (McLaren) is the person's after a first name the model is sure of; «مؤسس» is a role."""
    found, _ = ents("في عهد الشاه إسماعيل الأول انتشر المذهب في البلاد.")
    assert has(found, "إسماعيل الأول", "PERS"), found
    found, _ = ents("فاز المنتخب تحت قيادة مدربه ستيف مكلارين أمس.")
    assert has(found, "ستيف مكلارين", "PERS") and not has(found, "مكلارين", "ORG"), found
    found, _ = ents("وقال مايكل ديل مؤسس شركة ديل إن المبيعات ارتفعت.")
    assert has(found, "مايكل ديل", "PERS"), found


def test_a_predicate_after_innahu_is_not_a_person():
    found, _ = ents("فاز الرئيس دونالد ترامب بالانتخابات. وقال المتحدث إنه سعيد بالنتيجة.")
    assert not has(found, "سعيد", "PERS"), found


# --- sport, culture, business, technology ------------------------------------------------------------

def test_clubs_competitions_and_countries_as_teams():
    found, _ = ents("فازت إيطاليا بسويسرا بهدفين في كأس العالم، وتأهل الهلال بعد فوزه على النصر في الدوري.")
    assert has(found, "إيطاليا", "LOC") and has(found, "سويسرا", "LOC"), found  # a country for its team
    assert has(found, "كأس العالم", "MISC") and has(found, "الهلال", "ORG") and has(found, "النصر", "ORG"), found
    assert not any(t == "PERS" for _, t in found), found


def test_an_ambiguous_club_name_needs_a_sports_context():
    found, _ = ents("احتفل الشعب بالنصر في الحرب، وقالت وزارة الشباب إن الاتحاد قوة.")
    assert not any(x in ("النصر", "الشباب", "الاتحاد") and t == "ORG" for x, t in found), found


def test_a_sports_word_with_its_pronoun_is_a_sports_context():
    found, _ = ents("سجل اللاعب هدفين في المباراة، وكان قد قاد فريقه السابق الاتحاد إلى اللقب.")
    assert has(found, "الاتحاد", "ORG"), found


def test_a_club_named_as_its_opponents_host_or_brother_is_the_club():
    """«استضاف الخليج شقيقه الشباب», «التقى العروبة بمستضيفه …»: in a sports article, a club's name that is also
    a word counts beside the word that names it as the other club's brother, host or guest; outside sport,
    «زار شقيقه الشباب» stays the youths (the words do not make an article sporty on their own)."""
    found, _ = ents("في دوري كأس ولي العهد استضاف الخليج شقيقه الشباب، والتقى العروبة بمستضيفه الحزم.")
    for club in ("الشباب", "العروبة", "الحزم"):
        assert has(found, club, "ORG"), (club, found)
    found, _ = ents("وزار الأمير في الحفل شقيقه الشباب، واستضاف النصر والاتحاد في حديثه.")
    assert not [m for m in found if m[1] == "ORG"], found


def test_a_club_confirmed_once_is_the_club_everywhere_in_a_sports_article():
    """One sense per article: once a sports word stands near «النصر», the club is the club in the
    article's other sentences too; clubs in a fixture line or a list are clubs ("الأهلي × الشباب")."""
    text = ("الجولة الثانية من الدوري\n\nسجل اللاعب هدفين للنصر في مباراة الأمس. وقال إن النصر يستحق الصدارة. "
            "ويلتقي العروبة والفيصلي في الجوف.\n\nالأهلي × الشباب")
    found, _ = ents(text)
    assert sum(1 for x, t in found if x in ("النصر", "لنصر") and t == "ORG") == 2, found  # «للنصر»: ل of لل left out
    for club in ("العروبة", "الفيصلي", "الأهلي", "الشباب"):
        assert has(found, club, "ORG"), (club, found)
    # The rule itself, without the statistical model: the second «النصر» and the fixture's clubs have
    # no sports word within reach, and count only because of the first sentence and each other.
    from kit.entities.recognise import article_domain_candidates, domain_candidates, resources
    from kit.text.article import parse_article

    art = parse_article("خبر\n\nفاز النصر في مباراة الدوري أمس. وتحدث الرئيس طويلا عن النصر وخططه. العروبة والفيصلي في الجوف.")
    segs = art.segments_tokens()
    alone = {art.text[c.start:c.end] for toks in segs for c in domain_candidates(art.text, toks, resources(), True)}
    together = [art.text[c.start:c.end] for c in article_domain_candidates(art.text, segs, resources(), True)]
    assert "العروبة" not in alone and sorted(together) == sorted(["النصر", "النصر", "العروبة", "الفيصلي"]), together
    assert article_domain_candidates(art.text, segs, resources(), False) == []  # not a sports article
    # Not in an article about something else, even beside another ambiguous name.
    found, _ = ents("تحدث الوزير عن النصر والاتحاد في خطابه أمام مجلس الشورى.")
    assert not any(t == "ORG" and x in ("النصر", "الاتحاد") for x, t in found), found


def test_products_companies_and_latin_names():
    found, _ = ents("أطلقت سامسونج هاتف جالاكسي S8 ويعمل بنظام أندرويد، بينما تعمل ساعة Gear Solo بنظام Tizen.")
    assert has(found, "سامسونج", "ORG") and has(found, "جالاكسي S8", "MISC") and has(found, "أندرويد", "MISC"), found
    assert has(found, "Gear Solo", "MISC"), found


def test_a_model_number_written_onto_the_product_name():
    found, _ = ents("ازدحم المشترون لاقتناء جهازي ايفون6 و ايفون6 بلس، وبلغ سعر آيفون6 لحجم 16 جيجا 2799 ريالا.")
    assert has(found, "ايفون6", "MISC") and has(found, "ايفون6 بلس", "MISC") and has(found, "آيفون6", "MISC"), found


def test_saudi_news_sites_are_organisations():
    """The newspapers of the corpus name themselves in datelines and in quotes («رصدت “عين اليوم”»)."""
    found, _ = ents("نايف عبدالله – عين اليوم\nرصدت “عين اليوم” ازدحاما كبيرا، ونقلت صحيفة المواطن عن مسؤول أن الفروع مزدحمة.")
    assert sum(1 for x, t in found if x == "عين اليوم" and t == "ORG") == 2, found
    assert has(found, "صحيفة المواطن", "ORG") or has(found, "المواطن", "ORG"), found


def test_english_glosses_and_hashtags_are_not_names():
    """“إشعارات مخصصة” Custom Notifications glosses an Arabic phrase; «“بي سي وورلد” PC World» writes a
    name twice; a hashtag is a topic."""
    found, _ = ents("أضاف التطبيق “إشعارات مخصصة” Custom Notifications للمستخدمين، ونقلت مجلة “بي سي وورلد” "
                    "PC World الخبر، وكتبت النجمة وسم #FounderOfTwitterUnderstands.")
    names = [x for x, _ in found]
    assert "Custom Notifications" not in names and "FounderOfTwitterUnderstands" not in names, found
    assert "PC World" in names, found


def test_a_hospital_named_after_its_town_is_one_organisation():
    """«مستشفى نجران العام»: the town is part of the hospital's name (no LOC inside an ORG), even where
    the place scan left the town for want of a cue; and the map does not show it for the hospital."""
    a = analyze_text("خبر\n\nتفقد الوزير مستشفى الملك خالد ومستشفى نجران العام الجديد في جولته.")
    found = [(m.text, m.type) for m in a.entities.mentions]
    assert any(t == "ORG" and x.startswith("مستشفى نجران العام") for x, t in found), found
    assert not any(t == "LOC" for _, t in found), found
    assert [p.name for p in a.places if not p.implied] == []
    # A common word after the head is no town: "مستشفى الجديد" does not make an organisation of «الجديد».
    a = analyze_text("خبر\n\nزار الوزير المستشفى الجديد أمس.")
    assert [m.type for m in a.entities.mentions] == []


def test_foreign_names_after_a_profession():
    """Culture news names actors and singers after what they do, often with a foreign name whose words
    are also Arabic words («راي»), and lists them after a dual («النجمان»)."""
    found, _ = ents("أكدت تقارير أن الممثلة العالمية ايشواريا راي تستعد لفيلم جديد، ويشترك فيه النجمان "
                    "سيف علي خان، ونواز الدين صديقي.")
    for name in ("ايشواريا راي", "سيف علي خان", "نواز الدين صديقي"):
        assert has(found, name, "PERS"), (name, found)
    # composers, dancers and journalists are person nouns too (data/lexicon/person_nouns.txt)
    from kit.entities.recognise import profession_name_candidates, text_of
    t = "أكد الموسيقار سراج عمر والراقصة دينا حسن والصحفي نبيل الحمر أن"
    assert [text_of(t, c) for c in profession_name_candidates(t, tokens_of(t), resources())] == [
        "سراج عمر", "دينا حسن", "نبيل الحمر"]
    # a verb and the place it takes are no surname: «اللاعب ميسي زار الغابون»
    found, _ = ents("وقال ليونيل ميسي إن اللاعب ميسي زار الغابون في يوليو.")
    assert has(found, "ميسي", "PERS") and not any("زار" in x for x, _ in found), found
    # The name stops at its second word: "الحارس متعب عسيري عقب طرد …" is not a three-word name.
    found, _ = ents("وحل بدلا عنه الحارس متعب عسيري عقب طرد زميله.")
    assert has(found, "متعب عسيري", "PERS") and not any("عقب" in x for x, _ in found), found


def test_given_names_that_fold_like_definite_words_or_products_are_names_after_a_title():
    """«إلهام», «أليكس» fold to «الهام», «اليكس» but their alef carries a hamza: no article; «بسيوني» is no
    بـ + a future verb; after «الصحافية» «ايفون» is a given name, not the phone (which «ايفون 6» stays)."""
    found, _ = ents("أجرى محادثات مع الرئيس الأذربيجاني إلهام علييف، وقال مدرب الفريق أليكس فيرغسون إن الفنانة "
                    "ندي بسيوني والصحافية ايفون ريدلي حضرتا، واشترى المهندس ايفون 6 جديدا.")
    for name in ("إلهام علييف", "أليكس فيرغسون", "ندي بسيوني", "ايفون ريدلي"):
        assert has(found, name, "PERS"), (name, found)
    assert has(found, "ايفون 6", "MISC"), found
    # the article itself still makes a word definite: no one-word name «الرئيس»
    assert not any(x.startswith("الرئيس") for x, _ in found), found


def test_a_name_ends_before_an_accusative_word_a_role_or_a_country():
    found, _ = ents("واقترح الأمين العام كوفي أنان وسيطا أوروبيا، وقال الزميل غسان بن جدو الصحفي العربي إن الرئيس "
                    "الصومالي السابق أبو القاسم عبدي صلاد حسن دعا، ودعا الرئيس الأسبق علي مهدي محمد إثيوبيا إلى "
                    "الانسحاب، وسجل البرازيلي كارلوس كوريا هدفا، وحضرت الملكة صوفيا.")
    for name in ("كوفي أنان", "غسان بن جدو", "علي مهدي محمد", "كارلوس كوريا", "صوفيا"):
        assert has(found, name, "PERS"), (name, found)
    assert has(found, "إثيوبيا", "LOC"), found


def test_technology_names_machines_models_and_descriptions():
    # a quoted machine's name is MISC wherever it is quoted, and the noun that introduces it is no name
    a = analyze_text("“شاهين”..كمبيوتر سعودي في قائمة أفضل الحواسيب\n\nدخل كمبيوتر “شاهين” السعودي العمل، "
                     "ليصبح أول كمبيوتر فائق في المنطقة.")
    found = [(m.text, m.type) for m in a.entities.mentions]
    assert found.count(("شاهين", "MISC")) == 2 and not any(x == "كمبيوتر" for x, _ in found), found
    # a part of a quoted title the model read is the whole title where a noun typed it elsewhere
    found, _ = ents("هيمن فيلم “ميشن: إمبوسيبل-روج نيشن” على دور العرض. وأصبح “ميشن: إمبوسيبل-روج نيشن” الجزء الخامس.")
    assert found == [("ميشن: إمبوسيبل-روج نيشن", "MISC")] * 2, found
    # a letter glued to a model number is part of it; «King’s» is one word; after «يحمل اسم» the noun types it
    found, _ = ents("وأبعاد الآيفون 5S معروفة، ولوحة ” King’s Assembly Input Device” جديدة، وطور الباحثون روبوت جديد "
                    "يحمل اسم BOCCO.")
    assert not has(found, "S", "MISC") and has(found, "King’s Assembly Input Device", "MISC"), found
    assert has(found, "BOCCO", "MISC"), found
    # what a company makes, before its quoted name, is a description; a ministry's name stays before a quote
    found, _ = ents("أعلنت شركة الأجهزة الذكية “سامسونج” عن هاتف، وقالت وزارة الصحة “في بيان” إن الوضع مستقر.")
    assert has(found, "سامسونج", "ORG") and not any("الأجهزة" in x for x, _ in found), found
    assert has(found, "وزارة الصحة", "ORG"), found
    # after لـ a known product is what the report is about, not an outlet that got a statement
    found, _ = ents("ظهور تسريب جديد لـ«iPhone 6» من أحد المتاجر، وقال المدير لـ«الرياض» إن الجهاز أصلي.")
    assert has(found, "iPhone 6", "MISC") and has(found, "الرياض", "ORG"), found


def test_aliases_stay_names_not_adjectives_or_idioms():
    # «الألمانية» the agency is not the adjective after a definite noun or a town; a surname that is a
    # common word is no alias after a preposition; a numbered board meeting names no organisation
    a = analyze_text("خبر\n\nوبحسب \"الألمانية\"، أعلنت الوكالة في مدينة نورنبرج الألمانية أن الحكومة الألمانية "
                     "رفعت توقعاتها. وقال محمد محمد صالح إن التعاون يصب في صالح هذا التوجه، واجتمع مجلس الإدارة الـ112.")
    found = [(m.text, m.type, m.start) for m in a.entities.mentions]
    assert [x for x, t, _ in found if t == "ORG"] == ["الألمانية"], found
    assert [x for x, t, _ in found if t == "PERS"] == ["محمد محمد صالح"], found


def test_sport_names_end_before_a_verb_and_heads_or_stadiums_are_typed_by_their_noun():
    found, _ = ents("وأهدر المهاجم سون هيونج لامست عارضة الحارس، وقال حارس نادي النصر عبدالله العنزي إنه جاهز، "
                    "وجرت المباراة على ملعب ANZ في سيدني، وتألق اللاعب أحمد محمد طلعت.")
    assert has(found, "سون هيونج", "PERS") and has(found, "أحمد محمد طلعت", "PERS"), found
    assert not has(found, "نادي", "ORG") and has(found, "النصر", "ORG"), found
    assert has(found, "ANZ", "LOC"), found
    # after «مدينة» a club's name is its town's; «صحيفة رومانية» is a Romanian paper, no name
    found, a = ents("غادر اللاعب مقر إقامة الفريق في مدينة سالزبورج النمساوية، وقالت صحيفة رومانية إن سالزبورج فاز.")
    assert has(found, "سالزبورج", "LOC") and not any(x == "رومانية" for x, _ in found), found


def test_a_long_event_name_keeps_a_title_and_its_genitives_and_the_place_inside():
    found, a = ents("وتحدث عن السعودية. وتستضيف الجامعة ملتقى مشروع خادم الحرمين بالعناية للتراث الحضاري للمملكة "
                    "والاحتفال باليوم العالمي للتراث.")
    assert has(found, "ملتقى مشروع خادم الحرمين بالعناية للتراث الحضاري للمملكة", "MISC"), found
    # the place inside the event's name is no place mention of its own
    assert [p.texts for p in a.places if not p.implied] == [["السعودية"]], [p.texts for p in a.places]


def test_an_organisation_ends_before_a_numbered_noun_and_a_school_certificate_is_no_body():
    found, a = ents("أنهت وكالة الشؤون المدرسية بوزارة التعليم المرحلة الثانية من تجهيز الغرف، وحصلت الطالبة على "
                    "99% في الثانوية العامة، ونال مستشفى الملك خالد بالجبيل السعودية المرتبة السادسة.")
    assert has(found, "وزارة التعليم", "ORG") and not any("الثانوية" in x for x, _ in found), found
    # «السعودية» after a town is its adjective, no second place
    assert [p.name for p in a.places if not p.implied] == ["Al Jubayl"], [p.name for p in a.places]


def test_a_verb_in_alif_maqsura_is_no_brand_and_the_gulf_of_mexico_is_no_persian_gulf():
    found, a = ents("أودى الانفجار بحياة 11 عاملا قرب ساحل لويزيانا في الخليج المكسيكي، وأعلنت أودي عن سيارة.")
    assert [x for x, t in found if t == "ORG"] == ["أودي"], found
    # a transliterated name that opens like an imperfect verb («يوروتانيل») is still a name after «شركة»
    found, _ = ents("وتتولى شركة يوروتانيل تشغيل النفق، وقال متحدث باسم يوروتانيل إن الشركة تستضيف الوفد.")
    assert found == [("يوروتانيل", "ORG")] * 2, found
    found, _ = ents("وقال المهندس كونياكو سايتو إن السيارة جاهزة.")
    assert found == [("كونياكو سايتو", "PERS")], found
    assert [p.name for p in a.places if not p.implied] == ["Louisiana", "Gulf of Mexico"], [p.name for p in a.places]


def test_an_indefinite_country_adjective_after_a_name_word_is_a_surname():
    found, a = ents("لكن الرئيس جون كندي رفض التدخل، ووصل مواطن سعودي إلى المطار.")
    assert has(found, "جون كندي", "PERS"), found
    # the surname implies no Canada; the Saudi citizen implies Saudi Arabia
    assert [(p.name, p.implied) for p in a.places] == [("Saudi Arabia", True)], [(p.name, p.implied) for p in a.places]


def test_a_name_after_called_is_a_persons():
    found, _ = ents("وظهرت في الرواية شابة تُدعى جنجر، واعتقلت الشرطة المدعو سالم الحربي، وهو يدعي أن المال له.")
    assert has(found, "جنجر", "PERS") and has(found, "سالم الحربي", "PERS"), found
    assert len([x for x, t in found if t == "PERS"]) == 2, found


def test_common_words_that_look_like_known_names_stay_words():
    # «الحماس» (enthusiasm) is no «حماس»; «وأين» (and where) no person; «تندر» (mocked) no app without a
    # tech word near it; a name ends before و + a verb
    found, _ = ents("وأين دور الرئاسة في بث الحماس في نفوس اللاعبين؟ فيما تندر الوسط الرياضي من الحركة، وأعلنت حماس "
                    "موقفها، وحمّل الشباب تطبيق تندر، وقال المدرب كريستيان جروس وسيطرح الخطة غدا.")
    assert [x for x, t in found if t == "ORG"] == ["حماس"], found
    assert [x for x, t in found if t == "MISC"] == ["تندر"] and not has(found, "وأين", "PERS"), found
    assert has(found, "كريستيان جروس", "PERS"), found


def test_latin_names_take_their_type_from_what_stands_before():
    """«معرض IFA» is an event (MISC); «مجلة “بي سي وورلد” PC World» a magazine (ORG); «أكواد SDK»,
    «بطاقة USIM» are parts of a device, no names."""
    found, _ = ents("عرضت الشركات ساعاتها في معرض IFA ببرلين، ونقلت مجلة “بي سي وورلد” PC World أن جوجل "
                    "بدأت إمداد المطورين بأكواد SDK وأن الساعة تعمل ببطاقة USIM.")
    assert has(found, "IFA", "MISC") and has(found, "PC World", "ORG"), found
    assert not any(x in ("SDK", "USIM") for x, _ in found), found


def test_a_month_name_is_a_company_only_after_its_head():
    """«نيسان» is April in Levantine news and a carmaker after «شركة»; the layers agree either way."""
    a = analyze_text("خبر\n\nوقعت الصفقة في أبريل / نيسان الماضي، وأعلنت شركة نيسان عن سيارة جديدة.")
    mentions = [(m.text, m.type) for m in a.entities.mentions]
    assert mentions == [("نيسان", "ORG")] and a.entities.mentions[0].start > 40, mentions
    assert [t.text for t in a.timexes] == ["أبريل / نيسان الماضي"], [t.text for t in a.timexes]


def test_religions_are_misc_their_adjectives_are_not():
    found, _ = ents("اعتنق الشاب الإسلام قبل ست سنوات بعد أن تحول من المسيحية، ويزور المراكز الإسلامية.")
    assert has(found, "الإسلام", "MISC") and has(found, "المسيحية", "MISC"), found
    assert not any("الإسلامية" in x for x, _ in found), found


def test_a_name_ends_where_the_next_title_begins_and_keeps_a_regnal_ordinal():
    found, _ = ents("حضر سمو الشيخ راشد بن محمد بن راشد آل مكتوم وسمو الشيخ حمدان بن محمد، "
                    "وجدد جلالة الملك عبدالله الثاني دعمه، وقال كابتن أنطونيو حبيب إن الرحلات زادت.")
    for name in ("راشد بن محمد بن راشد آل مكتوم", "حمدان بن محمد", "عبدالله الثاني", "أنطونيو حبيب"):
        assert has(found, name, "PERS"), (name, found)
    assert not any("وسمو" in x or "كابتن" in x for x, _ in found), found


def test_particles_in_disguise_are_not_names_after_a_title():
    # a preposition with ال, a preposition before a stop word written with its hamza, a stop word with
    # a pronoun: none is a person's name, whatever title stands before it
    found, _ = ents("قال إنه ليس لنا أمير بالمفهوم الشرعي. وأفاد كابتن سامر بأن السفينة وصلت. "
                    "ووقف الزائر امام إحدى الواجهات. وهذا يرمز إلى السعادة والحظ الطيب.")
    pers = [x for x, t in found if t == "PERS"]
    assert "سامر" in pers, found
    assert not any(w in x for x in pers for w in ("بالمفهوم", "بأن", "إحدى", "الحظ")), found
    found, _ = ents("وتبدأ غدا الزيارة التي يقوم بها الملك خوان كارلوس للمغرب.")
    assert not any(t == "PERS" and "للمغرب" in x for x, t in found), found
    found, _ = ents("وقال إمام المسجد الشيخ صالح الراشد إن الصلاة أقيمت، بحضور سعادة السفير خالد الشمري.")
    assert has(found, "صالح الراشد", "PERS") and has(found, "خالد الشمري", "PERS"), found


def test_words_of_name_free_clusters_neither_end_a_name_nor_name_an_event():
    # «أصعب», «مهم», «عالي» sit in word clusters (learnt on the corpus) that ANERcorp almost never tags
    found, _ = ents("ويواجه اللاعب البرتغالي كريستيانو رونالدو أصعب اختباراته، وسيعقد مؤتمر مهم ومؤتمر عالي المستوى.")
    assert has(found, "كريستيانو رونالدو", "PERS"), found
    assert not any(t == "MISC" for _, t in found), found
    # a name in a cluster of adjectives stays a name («هادي»)
    found, _ = ents("وقالت الحكومة المحسوبة على الرئيس عبد ربه منصور هادي إن الهدنة انتهت.")
    assert has(found, "عبد ربه منصور هادي", "PERS"), found


def test_foreign_surnames_that_begin_like_a_proclitic_are_kept():
    # «فيرغسون» is no ف + an imperfect verb, «بالاسيوس» no بـ + ال: the corpus knows neither rest
    found, _ = ents("وقال مدرب الفريق أليكس فيرغسون إن اللاعب باق، وفاز رئيس النادي على منافسه خوان بالاسيوس.")
    assert has(found, "أليكس فيرغسون", "PERS") and has(found, "خوان بالاسيوس", "PERS"), found
    res = resources()
    assert _namey(tokens_of("فيرغسون")[0], res, 1, strict=True)
    assert not _namey(tokens_of("ويزور")[0], res, 1, strict=True)
    # ... while a preposition and a common word is no name after a title; «كيري» is no ك + «يري»
    found, _ = ents("وعمل الصحفي كمقدم لبرنامج حواري على القناة.")
    assert not any(t == "PERS" for _, t in found), found
    found, _ = ents("وقال وزير الخارجية الأمريكي جون كيري إن الاتفاق صامد.")
    assert has(found, "جون كيري", "PERS"), found


def test_a_family_name_after_aal_ends_the_name_and_and_a_first_name_opens_the_next():
    found, _ = ents("وعلى مائدة صاحب السمو الشيخ حمدان بن زايد آل نهيان الرمضانية حضر الضيوف. "
                    "وشارك الفنان فهد السالم وعبدالله الراشد في الحفل.")
    assert has(found, "حمدان بن زايد آل نهيان", "PERS"), found
    assert not any("الرمضانية" in x for x, _ in found), found
    assert not any("السالم وعبدالله" in x for x, _ in found), found


def test_national_team_nicknames_after_montakhab_are_still_the_team():
    found, _ = ents("وفاز منتخب الفراعنة على منتخب نسور قرطاج في المباراة.")
    orgs = [x for x, t in found if t == "ORG"]
    assert any(x.endswith("الفراعنة") for x in orgs) and any(x.endswith("نسور قرطاج") for x in orgs), found
    assert not any(t == "LOC" for _, t in found), found


def test_a_country_after_montakhab_is_its_national_team():
    # «منتخب البرازيل»: the national team named by its country is one body with its head (ORG), as the genre
    # development set reads it and as «المنتخب السعودي» is; the countries are then no places on the map
    found, a = ents("وفاز منتخب البرازيل على منتخب الأرجنتين، ويلعب المنتخب السعودي الأسبوع المقبل.")
    assert has(found, "منتخب البرازيل", "ORG") and has(found, "منتخب الأرجنتين", "ORG"), found
    assert not has(found, "البرازيل", "LOC"), found
    assert has(found, "المنتخب السعودي", "ORG"), found
    assert not {"Brazil", "Argentina"} & {p.name for p in a.places}


def test_a_place_mention_is_the_name_without_its_kind_word_part_or_epithet():
    # as ANERcorp draws LOC spans; the place on the map keeps the whole phrase's reading
    found, a = ents("وزار الوفد منطقة الخليج ونهر النيل ومكة المكرمة، "
                    "ثم هبطت الطائرة في مطار دبي الدولي قبل أن تعود إلى مطار الملك فهد الدولي.")
    for name in ("الخليج", "النيل", "مكة", "دبي", "مطار الملك فهد الدولي"):
        assert has(found, name, "LOC"), (name, found)
    assert {"Persian Gulf", "Nile", "Makkah"} <= {p.name for p in a.places}, [p.name for p in a.places]
    # a place of its own stays whole: a country named with a direction, a governorate, a region
    found, a = ents("وصلت بعثة من جنوب أفريقيا وجنوب السودان وغرب أفريقيا، وقصفت الطائرات ريف دمشق بينما هدأت "
                    "المعارك في دمشق.")
    for name in ("جنوب أفريقيا", "جنوب السودان", "غرب أفريقيا", "ريف دمشق", "دمشق"):
        assert has(found, name, "LOC"), (name, found)
    assert {"Rif Dimashq", "Damascus"} <= {p.name for p in a.places}, [p.name for p in a.places]


def test_an_organisation_mention_ends_before_the_country_adjective_that_only_locates_it():
    # as ANERcorp draws ORG spans (96 times in 108); the canonical name keeps the whole phrase, and the
    # adjective still implies its country
    found, a = ents("تعاقد ريال مدريد الإسباني مع لاعب، وقالت جامعة السوربون الفرنسية إن حزب الله اللبناني "
                    "ومنظمة التحرير الفلسطينية والجيش اللبناني ووزارة الخارجية الروسية أصدرت بيانات.")
    for name in ("ريال مدريد", "جامعة السوربون", "حزب الله"):
        assert has(found, name, "ORG"), (name, found)
    # after common words only the adjective is part of the name
    for name in ("منظمة التحرير الفلسطينية", "الجيش اللبناني", "وزارة الخارجية الروسية"):
        assert has(found, name, "ORG"), (name, found)
    # a given name and a surname after a body's own name are a person's, not more of the name
    found3, _ = ents("وقال مدير الإعلام في مؤسسة اسباير زون حسين القحطاني إن جامعة الأمير سطام بن عبدالعزيز شاركت.")
    assert has(found3, "اسباير زون", "ORG") and has(found3, "حسين القحطاني", "PERS"), found3
    assert has(found3, "جامعة الأمير سطام بن عبدالعزيز", "ORG"), found3
    # after «لل» the head is definite («المنتخب»): the team of that country, whole; «والتي» ends a name
    found2, _ = ents("وعن رؤيته للمنتخب الأوزبكستاني قال المدرب إن القمة الحادية عشرة لمنظمة الفرانكفونية والتي تعقد.")
    assert has(found2, "لمنتخب الأوزبكستاني", "ORG") and has(found2, "منظمة الفرانكفونية", "ORG"), found2
    real = next(m for m in a.entities.mentions if m.text == "ريال مدريد")
    assert a.entities.entities[real.entity_id].canonical == "Real Madrid CF"
    assert {"Spain", "France", "Lebanon"} <= {p.name for p in a.places}, [p.name for p in a.places]


def test_a_club_name_inside_another_body_and_a_company_inside_a_word_are_not_found():
    found, _ = ents("وفاز الهلال في بطولة الدوري، وشاركت دول مجلس التعاون الخليجي في الاجتماع، "
                    "ويبحث المدرب عن بديل للاعب المصاب، وقال رئيس النادي الأهلي إن الفريق جاهز.")
    assert not has(found, "التعاون", "ORG") and not any("ديل" == x for x, _ in found), found
    assert has(found, "الأهلي", "ORG") and has(found, "الهلال", "ORG"), found


def test_names_of_people_that_look_like_particles_or_triggers_stay_names():
    found, _ = ents("وأكدت الممثلة لانا مرقص، وقال الممثل بيومي فؤاد، ونقل المصاب إلى مستشفى الشهيد أبو يوسف النجار.")
    assert has(found, "لانا مرقص", "PERS") and has(found, "بيومي فؤاد", "PERS"), found
    assert has(found, "مستشفى الشهيد أبو يوسف النجار", "ORG"), found
    found, _ = ents("وقالت ناديا «لن أتراجع عن قراري» أمام الصحفيين.")
    assert not any(t == "ORG" for _, t in found), found


def test_an_indefinite_body_for_something_and_a_name_after_a_whole_complement_are_no_organisation():
    found, _ = ents("أعلن عن تأسيس اتحاد للناشرين في المدينة، ولم تجرد لجنة الانضباط زيدان من جائزته.")
    assert not any(t == "ORG" and ("للناشرين" in x or "زيدان" in x) for x, t in found), found
    # a name after a title in the complement still belongs to the body
    found, _ = ents("تخرج في جامعة الملك سعود ثم عمل في مستشفى الأمير سلطان.")
    assert has(found, "جامعة الملك سعود", "ORG"), found


def test_a_name_the_model_is_sure_of_keeps_its_first_name_from_the_places():
    # «بشار» is also a province of Algeria, «بالاك» reads as بـ + a Mauritanian town: a name that opens
    # with a known first name, confidently tagged, is the person's, in the entities and on the map
    found, a = ents("وانتقد المتحدث خطاب بشار الاسد أمس، وقال لاعب تشلسي مايكل بالاك إنه واثق.")
    assert has(found, "بشار الاسد", "PERS") and has(found, "مايكل بالاك", "PERS"), found
    assert not any(t == "LOC" for _, t in found) and not a.places, (found, [p.name for p in a.places])


def test_a_role_qualified_by_a_known_group_still_names_the_person_after_it():
    found, _ = ents("واعترف زعيم المتمردين الحوثيين عبد الملك الحوثي بالخسارة، وقال الحوثي إن المعركة مستمرة.")
    assert has(found, "عبد الملك الحوثي", "PERS") and has(found, "الحوثي", "PERS"), found
    assert has(found, "الحوثيين", "ORG"), found


def test_the_people_list_gives_way_to_a_body_a_relative_and_ordinary_phrases():
    found, _ = ents("افتتح مستشفى السيسي الجديد، وقالت إيفانكا ترامب إن الزيارة ناجحة، وولد الشيخ زايد في قصر الحصن، "
                    "وإذا جاء نصر الله والفتح.")
    assert has(found, "مستشفى السيسي", "ORG"), found
    assert not any(x in ("السيسي", "ترامب", "ولد الشيخ", "نصر الله") for x, t in found if t == "PERS"), found


def test_widely_known_people_are_found_by_surname_alone_unless_the_surname_is_a_word():
    # data/gazetteer/people.tsv: «السيسي», «بوتين» alone are people; «الأسد» alone (the lion) needs a title,
    # and «الطالباني» (also "Talibani") is no one in a nickname
    found, _ = ents("وسيقود السيسي غدا عرضا بحريا، وقال بوتين إن الأسد حيوان مفترس، ويعرف باسم «الطالباني الأسترالي».")
    assert has(found, "السيسي", "PERS") and has(found, "بوتين", "PERS"), found
    assert not any(x in ("الأسد", "الطالباني") for x, t in found if t == "PERS"), found
    found, _ = ents("وقال الرئيس السوري بشار الأسد إن الحرب طويلة، وأكد الأسد أن الجيش صامد.")
    assert [x for x, t in found if t == "PERS"] == ["بشار الأسد", "الأسد"], found


def test_a_kunya_keeps_its_nisba_but_no_stop_word():
    found, _ = ents("وقال أبو عبد الله التركي إن الجماعة انقسمت، وهاجر أبو بكر إلى المدينة.")
    assert has(found, "أبو عبد الله التركي", "PERS") and has(found, "أبو بكر", "PERS"), found
    # a country or a plural after the name is none of his
    found, _ = ents("وزار أبو حمزة السعودية أمس، وقال أبو خالد الفلسطينيين يريدون السلام.")
    assert has(found, "السعودية", "LOC") and not any("الفلسطينيين" in x for x, t in found if t == "PERS"), found


def test_a_name_ends_before_fa_and_a_verb_and_keeps_a_two_word_sovereigns_ordinal():
    found, _ = ents("أما وزير الداخلية نيكولا ساركوزي فصرح في واشنطن، وجال جلالة الملك عبد الله الثاني في المحافظات.")
    assert has(found, "نيكولا ساركوزي", "PERS") and has(found, "عبد الله الثاني", "PERS"), found


def test_a_product_named_by_its_maker_line_and_number_is_misc_with_its_maker():
    found, _ = ents("أعلنت سوني أنها ستطلق ساعتها الذكية سوني سمارت واتش 3 الشهر المقبل، واشترت سوني 3 شركات ناشئة.")
    assert has(found, "سوني سمارت واتش 3", "MISC"), found
    assert [x for x, t in found if t == "ORG"] == ["سوني", "سوني"], found


def test_a_quoted_name_after_a_bridge_word_takes_the_type_of_the_noun_before_it():
    found, _ = ents("وتعتزم الشركة إطلاق تطبيق باسم «رحلتي» وساعة ذكية تحمل اسم «نبض»، وأصدر الكاتب كتابا بعنوان «زمن الرواية».")
    for name in ("رحلتي", "نبض", "زمن الرواية"):
        assert has(found, name, "MISC"), (name, found)


def test_a_closing_quote_glued_to_the_word_before_opens_a_quote():
    found, _ = ents("وتستعد الممثلة لاختتام تصوير فيلمها”رحلة الصيف”، ثم تسافر.")
    assert has(found, "رحلة الصيف", "MISC"), found


def test_a_latin_name_takes_the_type_a_cue_gave_it_elsewhere():
    found, _ = ents("ونقلت مجلة “تك ريفيو” Tech Review الأمريكية الخبر. وأشارت Tech Review إلى أن الجهاز جاهز.")
    assert [t for x, t in found if x == "Tech Review"] == ["ORG", "ORG"], found


def test_currencies_are_misc_after_a_number_or_named_with_al():
    # as ANERcorp and CAMeL Tools tag them; «ريال مدريد» stays the club; «بين» is no بـ + «ين»
    from kit.entities.recognise import currency_candidates
    t = "وقتل 20 بين مدنيين وعسكريين، وارتفع الدولار أمس"
    assert [t[c.start:c.end] for c in currency_candidates(t, tokens_of(t))] == ["الدولار"]
    found, _ = ents("بلغت قيمة الصفقة 40 مليون دولار و700 ريال للكرتون، وتراجع اليورو مقابل الدولار، "
                    "ودفع ريال مدريد 35 مليون جنيه إسترليني.")
    misc = [x for x, t in found if t == "MISC"]
    assert misc == ["دولار", "ريال", "اليورو", "الدولار", "جنيه إسترليني"], found
    assert has(found, "ريال مدريد", "ORG"), found
    # «من الدولارات» (money, a plural with ال and no number) is not the currency's name
    found, _ = ents("ويتكلف المشروع عدة مليارات من الدولارات.")
    assert found == [], found


def test_quoted_works_after_a_possessive_noun():
    found, _ = ents("أصدرت الشاعرة ديوانها الأول «ليل المدينة» عن دار نشر خليجية.")
    assert has(found, "ليل المدينة", "MISC"), found


def test_events_and_exhibitions_keep_their_place_inside():
    found, _ = ents("شارك في معرض الرياض الدولي للكتاب ثم في دوري أبطال أوروبا.")
    assert has(found, "معرض الرياض الدولي للكتاب", "MISC") and has(found, "دوري أبطال أوروبا", "MISC"), found
    assert not has(found, "الرياض", "LOC") and not has(found, "أوروبا", "LOC"), found


def test_an_events_name_ends_before_a_time_and_before_the_town_it_is_held_in():
    """A time after an event's name says when («الأسبوع المقبل», «اليوم»), and بـ + a known place says where
    («بالرياض»): neither is part of the name, and the name held somewhere is a name even without a place
    or a proper noun in it. A complement of common words alone («مؤتمر صحفي») still names nothing."""
    found, _ = ents("وتنظم الجامعة ملتقى العناية بالتراث الحضاري الأسبوع المقبل.")
    assert has(found, "ملتقى العناية بالتراث الحضاري", "MISC"), found
    found, _ = ents("وافتتح ملتقى الإعلام العربي بالرياض أمس.")
    assert has(found, "ملتقى الإعلام العربي", "MISC") and has(found, "الرياض", "LOC"), found
    found, _ = ents("وعقد الوزير مؤتمرا صحفيا بجدة، ثم عقد مؤتمر صحفي بالرياض.")
    assert [f for f in found if f[1] == "MISC"] == [], found
    found, _ = ents("وانطلق مهرجان جدة التاريخية اليوم بحضور الأمير.")
    assert has(found, "مهرجان جدة التاريخية", "MISC"), found


def test_an_events_name_holds_a_year_but_not_a_distance_a_person_or_a_star():
    """A four-digit number names an event when it is a year («مونديال 2006»), not a distance («سباق 5000
    متر»); a person after the name is not part of it; «بطولة» before a person's name is "starring"."""
    found, _ = ents("وشارك في معرض الخليج للتعليم والتدريب 2006 ثم قرر أن يخوض سباق 5000 متر.")
    assert has(found, "معرض الخليج للتعليم والتدريب 2006", "MISC"), found
    assert not any("5000" in x for x, _ in found), found
    found, _ = ents("وقالت دار نشر في معرض صنعاء الدولي للكتاب عبده عايش إن المبيعات زادت.")
    assert has(found, "معرض صنعاء الدولي للكتاب", "MISC"), found
    found, _ = ents("ويعرض المسلسل بطولة نور الشريف الليلة.")
    assert not any(t == "MISC" for _, t in found), found


def test_a_facilitys_name_stops_at_a_possessive_a_second_head_and_a_locative():
    """«قصر سموه»: his highness's palace names no palace; «استاد الدوحة الملعب الدائم»: the second head opens
    an apposition; «مطار دالاس بالقرب من واشنطن»: «بالقرب» says where, it is no part of the name."""
    found, _ = ents("استقبل الأمير الوزير مساء أمس في قصر سموه بالعاصمة.")
    assert not any("سموه" in x for x, _ in found), found
    found, _ = ents("قرر الاتحاد جعل استاد الدوحة الملعب الدائم للبطولة.")
    assert not any("الملعب" in x for x, _ in found), found
    found, _ = ents("بعد اقلاعها من مطار دالاس بالقرب من واشنطن.")
    assert not any("بالقرب" in x for x, _ in found) and has(found, "واشنطن", "LOC"), found
    found, _ = ents("وصل إلى مستشفى جامعة الملك خالد أمس.")
    assert has(found, "جامعة الملك خالد", "ORG"), found


def test_a_club_whose_name_is_a_word_is_not_read_in_that_words_phrase():
    """In a sports article «التعاون» is a club, but «وزيرة التعاون الدولي» is the minister of international
    cooperation and «الاتحاد الآسيوي» another body; a country's adjective after a club leaves it a club."""
    found, _ = ents("مباراة قوية في الدوري. وتجري وزيرة التعاون الدولي زيارة. وفاز التعاون على الهلال السعودي "
                    "في الدوري وقال مدرب التعاون إن الفريق جاهز، وقاد التعاون إلى اللقب.")
    clubs = [x for x, t in found if t == "ORG"]
    assert clubs.count("التعاون") == 3 and "الهلال السعودي" in clubs, found


def test_a_settlements_kind_word_vouches_for_the_place_the_model_reads_after_it():
    """A town the gazetteer lacks is a place after «مدينة», «منطقة», «بمحافظة» at a lower model score; the
    same word without the kind word needs the model's full confidence."""
    found, _ = ents("أسس التجار مدينة كيتيون في قبرص، وعثر عليها في منطقة تاسيكمالايا.")
    assert has(found, "كيتيون", "LOC") and has(found, "تاسيكمالايا", "LOC"), found


# --- nesting, organisations, generic phrases ------------------------------------------------------------

def test_the_place_inside_an_organisation_or_operation_is_not_tagged():
    found, _ = ents("تخرج في جامعة القاهرة ثم شارك في عملية «درع الفرات» شمال سوريا.")
    assert has(found, "جامعة القاهرة", "ORG") and has(found, "درع الفرات", "MISC"), found
    assert not has(found, "القاهرة", "LOC") and not has(found, "الفرات", "LOC"), found


def test_a_large_city_whose_name_is_also_a_word_is_a_place():
    # "الطائف" is also "the wanderer": a one-word town that is a common word needs a kind word, but a
    # city of over a hundred thousand people does not.
    found, _ = ents("زار الوزير الطائف أمس، ثم عاد إلى الرياض.")
    assert has(found, "الطائف", "LOC") and has(found, "الرياض", "LOC"), found


def test_a_body_with_its_field_and_its_seat_is_one_organisation():
    # The seat (after بـ and its kind word) and the field (a genitive with لل after "العامة") belong to
    # the body's name; the town is then no place of its own, in the entities nor on the map.
    found, a = ents("أعلنت المديرية العامة للشؤون الصحية بمنطقة نجران أمس افتتاح مستشفى جديد.")
    assert has(found, "المديرية العامة للشؤون الصحية بمنطقة نجران", "ORG"), found
    assert not any(t == "LOC" for _, t in found) and not a.places, found
    found, _ = ents("وقالت مديرية الشؤون الصحية بمحافظة الطائف إن الحالات تراجعت.")
    assert has(found, "مديرية الشؤون الصحية بمحافظة الطائف", "ORG"), found
    found, _ = ents("وأكدت المؤسسة العامة للتأمينات الاجتماعية أن النظام جاهز.")
    assert has(found, "المؤسسة العامة للتأمينات الاجتماعية", "ORG"), found
    # a nisba and a naming adjective may stand before the field too, and the acronym after it is the body's
    found, _ = ents("واشترت الحصة في الشركة السعودية الوطنية للإنارة والكهرباء (سانلك) أمس.")
    assert has(found, "الشركة السعودية الوطنية للإنارة والكهرباء", "ORG") and has(found, "سانلك", "ORG"), found
    # a municipality named with its place's kind word; the place ends the name
    found, a = ents("وأعلنت أمانة منطقة القصيم أمس طرح مشروعات جديدة، وأعلنت بلدية دبي خطتها.")
    assert has(found, "أمانة منطقة القصيم", "ORG") and has(found, "بلدية دبي", "ORG"), found
    assert not a.places, [p.name for p in a.places]
    # only a place names such a body; nor does a complement open with و
    found, _ = ents("وأكد العمل بأمانة وإخلاص، وتضم الشبكة 4700 وكالة و5900 شباك.")
    assert not any(t == "ORG" for _, t in found), found


def test_a_foreign_name_after_a_head_is_a_name_and_an_adjective_is_not():
    # «كارنيجي» ends like an adjective and «بروكينغز» starts like بـ + a word, but the corpus knows
    # neither «كارنيجة» nor «روكينغز»: they are names; the region after the name belongs to it
    found, a = ents("قال الباحث في مركز كارنيجي للشرق الأوسط إن الأزمة طويلة، وأيده زميله في مركز بروكينغز للدراسات.")
    assert has(found, "مركز كارنيجي للشرق الأوسط", "ORG") and has(found, "مركز بروكينغز للدراسات", "ORG"), found
    assert not any(t == "LOC" for _, t in found) and not a.places, found
    found, _ = ents("افتتح مركز بيئي جديد ومركز رياضي، وقرر مجلس الإدارة باتخاذ الإجراءات.")
    assert not any(t == "ORG" for _, t in found), found


def test_a_new_head_or_a_seat_after_bi_ends_an_organisation_name():
    found, a = ents("وزار الوزير مستشفى الملك خالد ومستشفى نجران العام، ثم جامعة الأمير سطام بن عبدالعزيز بالخرج.")
    for name in ("مستشفى الملك خالد", "مستشفى نجران العام", "جامعة الأمير سطام بن عبدالعزيز"):
        assert has(found, name, "ORG"), (name, found)
    assert has(found, "الخرج", "LOC") and "Al Kharj" in {p.name for p in a.places}, found
    # a facility too: the airport's name ends before بـ + its city
    found, a = ents("وكان في استقباله بمطار محمد الخامس بالدار البيضاء عدد من المسؤولين.")
    assert has(found, "مطار محمد الخامس", "LOC") and has(found, "الدار البيضاء", "LOC"), found


def test_an_institution_named_after_a_person_is_not_the_person():
    found, _ = ents("افتتح الوزير مستشفى الملك خالد ثم زار جامعة الأمير سطام بن عبدالعزيز.")
    assert not any(t == "PERS" for _, t in found), found
    assert any(t == "ORG" and "خالد" in x for x, t in found), found


def test_acronyms_in_brackets_and_short_forms():
    found, _ = ents("أعلنت شركة الصناعات الزجاجية الوطنية (زجاج) نتائجها. وارتفع سهم زجاج أمس.")
    assert sum(1 for x, t in found if x == "زجاج" and t == "ORG") == 2, found


def test_generic_phrases_are_not_organisations():
    found, _ = ents("افتتح مركز ثقافي جديد، واشتبكت قوات النظام مع الأكراد في الحسكة، ووافق مجلس الإدارة على التوزيع.")
    assert not any(t == "ORG" for _, t in found), found


def test_one_decision_for_a_place_word():
    found, _ = ents("وصل الوفد إلى كابل أمس قادما من إسلام آباد.")
    assert has(found, "كابل", "LOC") and not any(t == "ORG" for _, t in found), found


def test_a_dateline_outlet_and_a_byline_author():
    found, a = ents("عين اليوم – جدة أعلنت الوزارة اليوم نتائجها.", dct="2015-08-07")
    assert has(found, "عين اليوم", "ORG") and has(found, "جدة", "LOC"), found
    assert [t.text for t in a.timexes] == ["اليوم"] and a.timexes[0].start > a.article.text.index("أعلنت")
    found, _ = ents("لجين الأحمدي – جدة أغلقت الوزارة أربع منشآت.")
    assert has(found, "لجين الأحمدي", "PERS"), found


def test_a_tag_list_after_the_article_is_boilerplate():
    _, a = ents("قصفت الطائرات المواقع في شمال العراق. سمات العراق تركيا حزب العمال")
    assert a.article.boilerplate[-1].kind == "tags"
    assert all(m.start < a.article.boilerplate[-1].start for m in a.entities.mentions)


def test_a_facility_name_ends_where_a_description_of_where_it_stands_begins():
    # a locative («بجوار»), بـ + a kind of place («بحي»), or a word of belonging («الواقع», «الخاص») after the
    # head or the name says where the building is; it is no part of its name
    found, _ = ents("وزار الوفد قصر الأمير سلمان التاريخي الواقع في حي العليا، ثم ملعب الملك فهد الخاص بالمنتخب، "
                    "ثم ركب الحافلة إلى مسجد رائع بجوار الحرم، وصلى في مسجد الملك خالد بحي الروضة.")
    facilities = [x for x, t in found if t == "LOC"]
    assert "قصر الأمير سلمان التاريخي" in facilities and "مسجد الملك خالد" in facilities, found
    assert not any("الواقع" in x or "الخاص" in x or "بجوار" in x or "بحي" in x for x, _ in found), found
    assert not any(x.startswith("مسجد رائع") for x, _ in found), found


def test_medina_is_named_whole_and_mecca_without_its_epithet():
    # «المدينة» alone is "the city": the name is «المدينة المنورة»; «المكرمة» is only Mecca's epithet
    found, _ = ents("وصل الحجاج إلى المدينة المنورة قادمين من مكة المكرمة.")
    assert has(found, "المدينة المنورة", "LOC") and has(found, "مكة", "LOC"), found
    assert not has(found, "المدينة", "LOC"), found


def test_an_agency_head_stays_outside_a_proper_name_inside_a_descriptive_one():
    found, _ = ents("وقال مسؤول لوكالة فرانس برس إن الخبر نقلته وكالة الأنباء السعودية ووكالة الأناضول.")
    assert has(found, "فرانس برس", "ORG") and has(found, "الأناضول", "ORG"), found
    assert has(found, "وكالة الأنباء السعودية", "ORG"), found
    assert not any(x.startswith("وكالة فرانس") for x, _ in found), found


def test_a_list_of_companies_with_a_known_one_names_each_company():
    # a market report: after «أسهم شركات», names of common words are companies, one known name vouching
    found, _ = ents("وجاءت أسهم شركات سابك، والإنماء وملاذ للتأمين، والراجحي وإعمار الأكثر نشاطا بالقيمة، "
                    "فيما سجل سهما شركة الدريس ورعاية ارتفاعات محدودة.")
    for name in ("سابك", "الإنماء", "ملاذ للتأمين", "الراجحي", "إعمار", "رعاية"):
        assert has(found, name, "ORG"), (name, found)
    assert not any("الأكثر" in x for x, _ in found), found
    # one company and another noun is no list; a verb after a comma opens the next clause
    found, _ = ents("وارتفعت مخصصات شركة زين والزيادة في المصاريف. وتنافس شركتي جوجل وفيسبوك، وتتباهى بقيمتها.")
    assert not any(x in ("الزيادة", "تتباهى") for x, _ in found), found


def test_a_country_adjective_cut_off_a_company_is_no_place():
    found, _ = ents("وجاءت أسهم زين السعودية في المقدمة.")
    assert not has(found, "السعودية", "LOC"), found


def test_a_quoted_phone_is_a_product_and_its_latin_repeat_a_second_mention():
    # the newsroom's “…″ (a double prime after a digit) closes the quote; «الهاتف الذكي الجديد» introduces it
    found, _ = ents("كشفت الشركة عن الهاتف الذكي الجديد “نوفا برو5 Nova Pro5″ المخصص للصور، ويتميز الهاتف “نوفا برو 5″ بكاميرا.")
    assert has(found, "نوفا برو5", "MISC") and has(found, "Nova Pro5", "MISC") and has(found, "نوفا برو 5", "MISC"), found


def test_acronyms_spelled_in_arabic_and_tech_abbreviations_are_no_names():
    found, _ = ents("ويدعم الجهاز بطاقة ذاكرة من نوع ميكرو إس دي، وشاشة بدقة Full HD، وراديو FM، ويشغل ملفات MP3.")
    assert not any(t == "PERS" for _, t in found), found
    assert not any(x in ("Full", "FM", "MP3") for x, _ in found), found


def test_the_name_after_a_settlements_kind_word_is_a_place_a_description_is_not():
    found, _ = ents("وتجول الزوار في قرية المعلاة التراثية، وزاروا مخيم الزعتري وبلدة كفرنبل، "
                    "ثم قالوا إن جدة مدينة صناعية ومدينة تستضيف الألعاب، وإن لكل بلده ظروفه، وفاز بولاية خامسة.")
    for name in ("المعلاة", "الزعتري", "كفرنبل"):
        assert has(found, name, "LOC"), (name, found)
    assert not any(x in ("صناعية", "تستضيف", "ظروفه", "خامسة") for x, _ in found), found
    # «مدينة» + a definite word the gazetteer lacks is a venue («سوق مدينة التمور»), not a town
    found, _ = ents("وتسوق الزوار في سوق مدينة التمور ثم في مدينة أنيسي الفرنسية.")
    assert not has(found, "التمور", "LOC") and has(found, "أنيسي", "LOC"), found


def test_a_name_after_a_profession_with_its_possessive_and_a_surname_that_splits_like_a_place():
    # «مهاجمه الإنجليزي …»: his striker, a definite profession; «والكوت» is the player's surname
    # everywhere in the article, not و + «الكوت» (Kut), though the gazetteer knows Kut
    found, _ = ents("والكوت يجدد عقده\n\nأعلن النادي تمديد عقد مهاجمه الإنجليزي تيم والكوت حتى 2019. "
                    "وقال والكوت إنه سعيد. واستعان الفريق بمدربه الأرجنتيني خورخي سامباولي.")
    assert has(found, "تيم والكوت", "PERS") and has(found, "خورخي سامباولي", "PERS"), found
    assert has(found, "والكوت", "PERS") and not any(t == "LOC" for _, t in found), found
    # a past verb after the name ends it, though a definite-looking one («التزم»)
    found, _ = ents("وقال إن المدرب البرتغالي جوزيه مورينيو التزم بفلسفته، وإن مدافعه البرازيلي دوجلاس تعرض لإصابة.")
    assert has(found, "جوزيه مورينيو", "PERS") and has(found, "دوجلاس", "PERS"), found


def test_an_event_of_common_words_with_an_adjective_that_names_it():
    found, _ = ents("انطلق مهرجان الفنون الشعبية في المدينة، ووقع الشاعر ديوانه في معرض الكتاب الدولي، "
                    "وعقد الوزير مؤتمر صحفي، وتربع الدولار على قمة الاقتصاد الدولي.")
    assert has(found, "مهرجان الفنون الشعبية", "MISC") and has(found, "معرض الكتاب الدولي", "MISC"), found
    assert not any(x.startswith(("مؤتمر", "قمة")) for x, _ in found), found


def test_an_adjective_in_brackets_after_a_name_is_no_short_name_of_it():
    found, _ = ents("وقال إن البنك الوطني السويسري (المركزي) يتدخل بقوة، وإن المركزي الأوروبي يراقب، "
                    "وربحت شركة الصناعات الزجاجية الوطنية (زجاج)، وارتفع سهم زجاج.")
    assert not has(found, "المركزي", "ORG"), found
    assert [x for x, t in found if x == "زجاج"] == ["زجاج", "زجاج"], found


def test_a_participle_of_purpose_ends_an_organisations_name():
    found, _ = ents("وقال مصدر إن وزارة الصحة الرامية إلى تحسين الخدمات بدأت حملتها.")
    assert has(found, "وزارة الصحة", "ORG") and not any("الرامية" in x for x, _ in found), found


def test_a_head_outside_a_proper_name_stays_before_common_words():
    # «شركة أرامكو» → «أرامكو» as ANERcorp draws it; but «النقد» or «الكهرباء» alone names nothing
    found, _ = ents("وقالت مؤسسة النقد إن الودائع ارتفعت، ووقعت شركة أرامكو عقدا مع شركة الكهرباء السعودية.")
    assert has(found, "مؤسسة النقد", "ORG") and has(found, "أرامكو", "ORG"), found
    assert has(found, "شركة الكهرباء السعودية", "ORG") and not has(found, "الكهرباء", "ORG"), found


def test_ordinary_english_after_an_arabic_term_is_no_latin_name():
    found, _ = ents("وقالت إن شركات الاتصالات اللاسلكية Wireless carriers بدأت، وإن الجهاز يضم دعامة kick Stand.")
    assert not any(x in ("Wireless carriers", "kick Stand", "Wireless") for x, _ in found), found


def test_a_films_genre_may_stand_between_the_noun_and_its_quoted_title():
    found, _ = ents("تصدر فيلم الرسوم المتحركة ثلاثي الأبعاد “الطائر الأزرق” الإيرادات، وجاء فيلم الرعب والإثارة "
                    "“الظل الأخير” ثانيا، وواصل برنامج قطار القراءة “3” فعالياته.")
    assert has(found, "الطائر الأزرق", "MISC") and has(found, "الظل الأخير", "MISC"), found
    assert not any(x == "3" for x, _ in found), found


def test_a_common_word_named_in_quotes_is_that_name_again_only_in_quotes():
    found, _ = ents("وقال مصدر لـ\"الوطن\" إن القرار صدر، وكانت \"الوطن\" نشرت الخبر أمس، "
                    "وأكد أن أبناء الوطن يرحبون.")
    assert [x for x, t in found if t == "ORG"] == ["الوطن", "الوطن"], found


def test_a_press_conference_is_no_event_and_its_speaker_stays_a_person():
    found, _ = ents("وقال في المؤتمر الصحفي لبلاتر إن الانتخابات ستجرى، وعقد الوزير مؤتمرا صحفيا أمس.")
    assert has(found, "بلاتر", "PERS") and not any(x.startswith(("المؤتمر", "مؤتمر")) for x, _ in found), found


def test_a_disease_named_for_a_region_is_no_place():
    found, a = ents("وسجلت الوزارة إصابة جديدة بمتلازمة الشرق الأوسط التنفسية، ورصدت حالات من فيروس غرب النيل، "
                    "ثم زار الوفد الشرق الأوسط.")
    assert [x for x, t in found if t == "LOC"] == ["الشرق الأوسط"], found
    assert [p.texts for p in a.places if not p.implied] == [["الشرق الأوسط"]], [p.texts for p in a.places]


# --- the corpus-wide promise ----------------------------------------------------------------------

def test_no_stop_word_is_a_one_word_person_in_a_corpus_sample():
    """Issue 12: the bug that made «على» a person everywhere. Every 100th SaudiNewsNet article."""
    if not CORPUS.is_file():
        pytest.skip(f"the corpus is not beside the project ({CORPUS})")
    bad, n = [], 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 100:
                continue
            r = json.loads(line)
            n += 1
            a = analyze_text((r.get("title") or "") + "\n\n" + r["content"])
            bad += [(r["id"], m.text) for m in a.entities.mentions
                    if m.type == "PERS" and len(m.text.split()) == 1 and key(m.text) in STOP]
    assert n > 250 and bad == []


def test_an_event_or_a_building_after_a_title_is_no_persons_name():
    """«افتتح الوزير معرض الكويت»: the word after the title heads an event's name, not a person's; and
    و + a verb after a body's name opens the next clause («مستشفى الملك فهد وافتتح»)."""
    found, _ = ents("افتتح الوزير معرض الكويت الدولي للكتاب أمس.")
    assert found == [("معرض الكويت الدولي للكتاب", "MISC")], found
    found, _ = ents("زار الأمير مستشفى الملك فهد وافتتح الوزير جامعة الملك سعود.")
    assert ("مستشفى الملك فهد", "ORG") in found and ("جامعة الملك سعود", "ORG") in found, found
    # A person after a title is still one: «افتتح الوزير سعيد الغامدي المعرض».
    found, _ = ents("وقال الوزير سعيد الغامدي إن المعرض ناجح.")
    assert ("سعيد الغامدي", "PERS") in found, found


def test_a_country_adjective_ending_a_name_is_no_alias():
    """«أبو حمزة المصري» is a person; «المصري» elsewhere is the adjective («الجانب المصري»), not him."""
    found, _ = ents("وقال أبو حمزة المصري إنه بريء. ورد الجانب المصري على الاتهامات.")
    assert ("المصري", "PERS") not in found, found
    # A surname that is no country's adjective still names the person again.
    found, _ = ents("وقال الوزير سعد الحريري إنه متفائل. وأضاف الحريري أن الحكومة ستجتمع.")
    assert found.count(("الحريري", "PERS")) == 1, found


def test_a_comparative_after_a_foreign_name_starts_the_predicate():
    found, _ = ents("لكن حكاية الشاعر الروماني أوفيد أشهر من غيرها.")
    assert not any(t == "PERS" and "أشهر" in x for x, t in found), found


def test_a_preposition_after_an_events_head_is_no_name():
    """«معرض لحدوث زلازل» is "exposed to earthquakes", and «من طراز ويمكن» no model named «ويمكن»."""
    found, _ = ents("والمنطقة معرض لحدوث زلازل قوية، واشترى الجيش طائرات من طراز ويمكن تشغيلها ليلا.")
    assert not any(t == "MISC" for _, t in found), found
    found, _ = ents("وشارك الناشر في معرض الرياض الدولي للكتاب، ومقاتلات من طراز ميراج.")
    assert ("معرض الرياض الدولي للكتاب", "MISC") in found and ("ميراج", "MISC") in found, found


def test_another_spelling_of_a_clubs_or_a_products_foreign_name():
    """Transliterations vary: «أتليتكو مدريد» is the club listed as «أتليتيكو مدريد» (not Madrid the
    city), and a word of Arabic whose skeleton meets a product's (إطلاق / Outlook) is no product."""
    found, a = ents("فاز ريال مدريد على جاره اللدود أتليتكو مدريد في الدوري الإسباني.")
    assert ("أتليتكو مدريد", "ORG") in found, found
    assert "Madrid" not in [p.name for p in a.places if not p.implied]
    # One word alone is never read by its skeleton: a city (Atlanta / Atalanta), a person (Firefox), a
    # word with a proclitic (Palmeiras, Galatasaray) keep their own reading.
    found, a = ents("وصل يانيس فاروفاكيس إلى مدينة أتلانتا الأمريكية، واهتم بالموروث الشعبي وكالتصوير.")
    assert not any(t in ("ORG", "MISC") for _, t in found), found
    assert "Atlanta" in [p.name for p in a.places]


def test_protocols_and_formats_in_latin_are_no_organisations():
    found, _ = ents("يعتمد البرنامج على بروتوكول HTTP دون تشفير، ما يتيح هجمات XSS وخداع خادم DNS، بحسب شركة Google.")
    assert found == [("Google", "ORG")], found


def test_a_past_verb_of_they_ends_no_name_and_death_is_no_town():
    """«معجبو هيفاء شنوا هجوماً»: «شنوا» (they launched) is no surname; «وافته المنية» (death came to
    him) names no town (Minieh, Lebanon)."""
    found, a = ents("ظهرت الفنانة هيفاء وهبي في صورة. معجبو هيفاء شنوا هجوماً حاداً. ورحل سعود الدوسري "
                    "والذي وافته المنية يوم الجمعة في باريس.")
    assert not any("شنوا" in x for x, _ in found), found
    assert [p.name for p in a.places] == ["Paris"]


def test_a_quoted_title_may_hold_a_colon():
    found, _ = ents("هيمن فيلم “ميشن: إمبوسيبل-روج نيشن” للنجم توم كروز على دور العرض.")
    assert found == [("ميشن: إمبوسيبل-روج نيشن", "MISC"), ("توم كروز", "PERS")], found


def test_a_countrys_adjective_after_a_definite_noun_is_no_further_mention_of_it():
    """One sense per article repeats a place's name, not its adjective: «الجامعات السعودية» is "the
    Saudi universities", neither a LOC nor a mention of Saudi Arabia on the map."""
    found, a = ents("رفضت الجامعات السعودية الطلب، وفق الأنظمة في السعودية. وأعلنت السعودية القرار.")
    assert found == [("السعودية", "LOC"), ("السعودية", "LOC")], found
    assert [len(p.mentions) for p in a.places if not p.implied] == [2]


def test_a_surname_the_model_reads_as_another_kind_is_the_person():
    """In an article about «جوليان دراكسلر», «دراكسلر» alone is him wherever the model guessed MISC; a
    word and a profession after a name open the next person («باولو ديبالا وحارس المرمى»)."""
    a = analyze_text("يوفنتوس يحصل على الضوء الأخضر لمفاوضة دراكسلر\n\nحصل يوفنتوس على الضوء الاخضر من شالكه "
                     "الالماني لمفاوضة لاعب الوسط الدولي جوليان دراكسلر، وذلك رغم ان الصفقة صعبة. وينتهي عقد "
                     "دراكسلر مع شالكه.")
    found = [(m.text, m.type) for m in a.entities.mentions]
    assert [t for x, t in found if "دراكسلر" in x] == ["PERS", "PERS", "PERS"], found
    found, _ = ents("ضم الفريق المهاجم الارجنتيني باولو ديبالا وحارس المرمى البرازيلي نوربرتو نيتو.")
    assert ("باولو ديبالا", "PERS") in found, found


def test_a_statistical_organisation_or_name_below_even_odds_is_left_out():
    """The CRF's own probability for «يوجد كمبيوتر» as an organisation is about a fifth: no name."""
    a = analyze_text("“شاهين”..كمبيوتر سعودي “سوبر” في قائمة أفضل 10 حواسيب في العالم\n\nدخل كمبيوتر “شاهين” "
                     "السعودي العملاق قائمة أقوى عشرة أجهزة كومبيوتر في العالم، ليصبح بذلك أول كمبيوتر فائق في "
                     "منطقة الشرق الأوسط. ويوجد كمبيوتر “شاهين 2″ في جامعة الملك عبد الله للعلوم والتقنية.")
    found = [(m.text, m.type, m.score) for m in a.entities.mentions]
    assert not any(t in ("ORG", "MISC") and m.source == "model" and (m.score or 0) < 0.5
                   for m in a.entities.mentions for t in [m.type]), found
    assert ("يوجد كمبيوتر", "ORG") not in [(x, t) for x, t, _ in found]


def test_a_town_that_is_a_named_persons_surname_is_the_person():
    """«علي الأحمدي» is a person, not Ali + the town Al Ahmadi; «وأكد الأحمدي» after it is him too, on
    the map as in the entities; after a place cue («إلى الأحمدي») it is the town."""
    a = analyze_text("خبر\n\nقال الناطق باسم المقاومة الشعبية الجنوبية علي الأحمدي إن القوات تقدمت. وأكد الأحمدي "
                     "أن المعارك مستمرة. ووصل إلى الأحمدي وفد.")
    found = [(m.text, m.type) for m in a.entities.mentions]
    assert ("علي الأحمدي", "PERS") in found and found.count(("الأحمدي", "PERS")) == 1, found
    assert [(p.name_ar, len(p.mentions)) for p in a.places if not p.implied] == [("الأحمدي", 1)]


def test_review_cases_of_the_new_rules_from_the_side():
    """Where the rules of this change must not fire: a foreign surname in …وا («تيبو كورتوا»), a
    country after a masculine adjective («الوفد الإيراني السعودية»: the object), a title of a colon
    alone, a foreign weapon after «طراز» («كاتيوشا»)."""
    found, _ = ents("قال الحارس البلجيكي تيبو كورتوا إن الفريق جاهز. وقال الملاكم البريطاني أنتوني جوشوا إنه جاهز.")
    assert ("تيبو كورتوا", "PERS") in found and ("أنتوني جوشوا", "PERS") in found, found
    found, _ = ents("وصل الوفد إلى السعودية أمس. وزار الرئيس الأمريكي السعودية، وغادر الوفد الإيراني السعودية "
                    "اليوم، وأعلنت الحكومة السعودية ترحيبها.")
    assert found.count(("السعودية", "LOC")) == 3, found  # not «الحكومة السعودية», the adjective
    found, _ = ents("وعرض فيلم “: ” أمس، وأطلقت الفصائل صواريخ من طراز كاتيوشا.")
    assert ("كاتيوشا", "MISC") in found and not any(x.strip(": ") == "" for x, _ in found), found


def test_a_name_after_bin_ends_before_a_verb_and_waw_is_no_part_of_an_appositive():
    found, _ = ents("والمفاجأة أن الأمير خالد بن سعد أرسل رسالة. وقال رئيس نادي الشباب الحالي، وخالد البلطان "
                    "الرئيس السابق، إن الأزمة انتهت. وقال الأمير سعود بن نايف بن عبدالعزيز إن الوفد وصل.")
    assert ("خالد بن سعد", "PERS") in found and ("خالد البلطان", "PERS") in found, found
    assert ("سعود بن نايف بن عبدالعزيز", "PERS") in found, found
    # «الأراضي السعودية» is the adjective (a broken plural in ي is no adjective of another country)
    found, _ = ents("وصل الوفد إلى السعودية. وأقيمت المباراة في الأراضي السعودية.")
    assert found.count(("السعودية", "LOC")) == 1, found


def test_kinds_of_weapon_and_touch_id_are_no_names():
    found, _ = ents("نسخة مسلحة برشاش ثقيل وقاذفة قنابل، وتقنية اللمس ID، وطائرات من طراز ميراج.")
    assert found == [("ميراج", "MISC")], found


def test_the_company_of_a_country_is_a_description_not_a_name():
    """«الشركة الكورية» (the Korean company) describes one named elsewhere; «المنتخب السعودي» names the
    team and «الشركة السعودية للكهرباء» a company."""
    found, _ = ents("وقالت الصحيفة الأمريكية إن الشركة الكورية ستربح، وفاز المنتخب السعودي، وحصلت الشركة "
                    "السعودية للكهرباء على قرض.")
    assert found == [("المنتخب السعودي", "ORG"), ("الشركة السعودية للكهرباء", "ORG")], found


def test_a_title_inside_a_bodys_name_after_a_role_names_the_body():
    """«وكيل جامعة الملك خالد»: «الملك خالد» names the university the role belongs to, not a person; a
    school is an organisation («مدرسة الملك عبدالعزيز»), «DNA» no name."""
    found, _ = ents("استقبل وكيل جامعة الملك خالد الدكتور مرعي القحطاني طلاب مدرسة الملك عبدالعزيز، وأجرى "
                    "فحص الحمض النووي (DNA) أمس.")
    assert found == [("جامعة الملك خالد", "ORG"), ("مرعي القحطاني", "PERS"), ("مدرسة الملك عبدالعزيز", "ORG")], found


def test_a_team_is_no_general_and_financial_is_no_mali():
    """«فريق غازي عنتاب» is a team (the rank is «الفريق», «الفريق أول»); «لفحص مالي» is a financial check,
    «في مالي» the country."""
    found, a = ents("خسر الهلال امام فريق غازي عنتاب سبور، ثم قال الفريق أول عبدالرحمن البنيان إن التجربة "
                    "لفحص مالي وفني، وقتل جنود في مالي أمس.")
    assert not any(t == "PERS" and "عنتاب" in x for x, t in found), found
    assert ("عبدالرحمن البنيان", "PERS") in found, found
    assert [(p.name, p.texts) for p in a.places if not p.implied] == [("Mali", ["مالي"])]


def test_chaired_by_a_person_is_no_body():
    found, _ = ents("وسافرت بعثة الحكام برئاسة المهنا إلى التشيك، وقالت رئاسة الوزراء إن الاجتماع انتهى.")
    assert ("رئاسة المهنا", "ORG") not in found and ("رئاسة الوزراء", "ORG") in found, found


def test_a_given_name_before_a_title_word_makes_it_a_surname_and_more_given_names_are_known():
    """«وأسعد الشيخة»: «الشيخة» is his surname, no title opening «عصام الحداد» with و; «عصام», «أسعد» are
    given names (data/gazetteer/person_names_core.txt)."""
    found, _ = ents("من بينهم محمد البلتاجي وعصام العريان وأسعد الشيخة وعصام الحداد.")
    assert ("عصام الحداد", "PERS") in found and not any(x.startswith("و") for x, _ in found), found
    from kit.entities.recognise import resources
    assert resources().first_name("عصام") and resources().first_name("اسعد")


def test_an_ordinal_an_age_or_half_a_compound_name_is_no_other_mention_of_a_person():
    """«عبدالله الثاني» does not make every «الثاني» a person, nor «نينا عمر» the «عمر» of an age
    («عن عمر 55 عاما»), nor «محمود محيي الدين» the «الدين» of «شمس الدين»."""
    text = ("خبر\n\nاستقبل الملك عبدالله الثاني الوفد، بينما جدد الثاني عقده. وقال الوزير محمود محيي الدين "
            "إن الدين العام زاد. وتوفيت الفنانة نينا عمر أمس عن عمر 55 عاما.")
    found = [(m.text, m.type) for m in analyze_text(text).entities.mentions]
    assert ("عبدالله الثاني", "PERS") in found and ("نينا عمر", "PERS") in found, found
    assert ("الثاني", "PERS") not in found and ("عمر", "PERS") not in found and ("الدين", "PERS") not in found, found


def test_a_role_or_a_nationality_right_before_a_name_announces_a_person():
    """The model's unsure person (0.5-0.8) whose words are no known names is kept when a role, a
    profession or an honorific stands right before it, or a country's adjective before a name of two
    words; a verb before it is no such cue."""
    from kit.entities.recognise import _person_cue_before
    from kit.text.article import parse_article

    art = parse_article("خبر\n\nتدخل المدافع الفارو ميخيا، وفاز الألماني فلوريان ماير، وتحدث السيد شيمزو، وقال شالوم.")
    at = {w: art.token_at(art.text.index(w)) for w in ("الفارو", "فلوريان", "شيمزو", "شالوم")}
    assert _person_cue_before(art, at["الفارو"]) and _person_cue_before(art, at["شيمزو"])
    assert _person_cue_before(art, at["فلوريان"]) and not _person_cue_before(art, at["فلوريان"], nationality=False)
    assert not _person_cue_before(art, at["شالوم"])


def test_latin_names_the_gazetteer_lists_and_technical_abbreviations():
    """«Intel», «Sony» written in Latin letters are the organisations the gazetteer lists (ORG, with
    their canonical name), not products; display standards («QHD», «IPS») are no names at all."""
    a = analyze_text("خبر\n\nالمعالج من Intel مع شاشة QHD بتقنية IPS، وقالت Sony إن الهاتف جديد.")
    found = [(m.text, m.type) for m in a.entities.mentions]
    assert found == [("Intel", "ORG"), ("Sony", "ORG")], found


def test_a_month_with_its_other_calendars_name_in_brackets_is_no_carmaker():
    found, _ = ents("وقال التقرير الصادر في نيسان (أبريل) 2013 إن مبيعات شركة نيسان تراجعت.")
    assert [x for x in found if x[0] == "نيسان"] == [("نيسان", "ORG")], found  # the company, once


def test_what_an_aircraft_is_for_is_no_model_name():
    found, _ = ents("نقلت طائرة الإسعاف المصاب، وحلقت طائرات الهليكوبتر ومقاتلات رافال ودبابة ميركافا.")
    assert found == [("رافال", "MISC"), ("ميركافا", "MISC")], found


def test_a_country_adjective_after_an_indefinite_role_is_no_name_but_the_given_name_of_a_person_is():
    """«مسؤول تركي» is a Turkish official (and Turkey is implied); «الطيار تركي الشمري» and «المسؤول تركي
    الدخيل» are people named «تركي», and their given name implies no country."""
    a = analyze_text("خبر\n\nقال مسؤول تركي إن الوضع مستقر، وقاد الطيار تركي الشمري الطائرة، "
                     "وقال المسؤول تركي الدخيل إن الرحلة آمنة.")
    found = [(m.text, m.type) for m in a.entities.mentions]
    assert found == [("تركي الشمري", "PERS"), ("تركي الدخيل", "PERS")], found
    turkey = [p for p in a.places if p.name == "Turkey"]
    assert len(turkey) == 1 and turkey[0].implied and turkey[0].texts == ["تركي"], turkey


def test_a_definite_head_a_fields_adjective_and_a_countrys_adjective_name_a_national_body():
    """«المجلس الصحي السعودي», «الحزب الشيوعي الصيني»: one organisation; «المجلس الصحي» alone, or a
    head that is no organisation's («الجانب الأمني السعودي»), names nothing."""
    found, _ = ents("أعلن المجلس الصحي السعودي والحزب الشيوعي الصيني برنامجا، وقال إن المجلس الصحي والجانب الأمني السعودي اتفقا.")
    assert [x for x in found if x[1] == "ORG"] == [("المجلس الصحي السعودي", "ORG"), ("الحزب الشيوعي الصيني", "ORG")], found


def test_a_bodys_field_in_construct_after_lam_is_part_of_its_name_and_ends_it():
    """«اللجنة الوطنية لتطوير طب الطوارئ», «الرئاسة العامة لرعاية الشباب» (not the club «الشباب»): ل + a
    noun in construct up to the definite word that completes it. A known name inside stays its own
    («التحالف الدولي لمحاربة تنظيم داعش»), and after its field a body's name takes no verb or person:
    «الهيئة العامة للسياحة اجتمعت», «المؤسسة العامة للتدريب التقني فهد العتيبي»."""
    found, _ = ents("قالت اللجنة الوطنية لتطوير طب الطوارئ إن الرئاسة العامة لرعاية الشباب والهيئة العامة للسياحة "
                    "اجتمعت، وشارك في التحالف الدولي لمحاربة تنظيم داعش المتحدث باسم المؤسسة العامة للتدريب التقني فهد العتيبي.")
    for name in ("اللجنة الوطنية لتطوير طب الطوارئ", "الرئاسة العامة لرعاية الشباب", "الهيئة العامة للسياحة",
                 "التحالف الدولي", "تنظيم داعش", "المؤسسة العامة للتدريب التقني"):
        assert (name, "ORG") in found, (name, found)
    assert ("فهد العتيبي", "PERS") in found and not any(t == "ORG" and "الشباب" == x for x, t in found), found


def test_short_model_codes_after_a_device_word_and_companies_of_the_telecom_press():
    """«G4» after «هاتفها الذكي» is a phone (MISC), «C24» of a room is nothing; Verizon and T-Mobile,
    Snapdragon and VAIO are in the gazetteers (organisations_core.tsv, products.tsv)."""
    found, _ = ents("كشفت الشركة عن هاتفها الذكي المنتظر G4، وتقع الغرفة C24 في الطابق الثاني. وقالت فيرايزون وتي موبايل "
                    "إن معالج سنابدراجون 810 في جهاز فايو جديد.")
    assert found == [("G4", "MISC"), ("فيرايزون", "ORG"), ("تي موبايل", "ORG"), ("سنابدراجون 810", "MISC"),
                     ("فايو", "MISC")], found


def test_a_club_name_before_a_countrys_adjective_in_the_plural_is_the_common_noun():
    """«نادي الطلبة السعوديين» is the Saudi students' club, not Iraq's Al-Talaba; «الطلبة العراقي» is."""
    a = analyze_text("خبر رياضي\n\nفاز نادي الطلبة السعوديين في بطولة الجامعة، وفاز الطلبة العراقي في الدوري.")
    ids = [(m.text, m.entity_id) for m in a.entities.mentions]
    assert ids[-1] == ("الطلبة العراقي", "ORG:talaba_iq") and ids[0][1] != "ORG:talaba_iq", ids


def test_a_role_of_several_words_ends_a_name_and_is_no_name_itself():
    """«الأمير محمد بن نايف ولي العهد»: the name ends before «ولي العهد», which is no person (nor its
    «العهد» another mention of one); after «سفير خادم الحرمين الشريفين لدى …» the name is the one after
    the place, and its given name «تركي» implies no Turkey."""
    a = analyze_text("خبر\n\nقدموا البيعة للأمير محمد بن نايف بن عبد العزيز ولي العهد، والأمير محمد بن سلمان ولي ولي "
                     "العهد. وقال سفير خادم الحرمين الشريفين لدى النيجر تركي العلي إن العلاقات جيدة.")
    people = [m.text for m in a.entities.mentions if m.type == "PERS"]
    assert people == ["محمد بن نايف بن عبد العزيز", "محمد بن سلمان", "تركي العلي"], people
    assert "Turkey" not in [p.name for p in a.places]
    # a role after a speech verb is no speaker's name, and a blessing after a role no appositive name
    found, _ = ents("وأعلن ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان أن العلاقات جيدة، وشكر سمو ولي العهد، "
                    "حفظه الله، وقال السيد محمد حسين فضل الله إن الوحدة مهمة.")
    assert found == [("محمد بن سلمان", "PERS"), ("محمد حسين فضل الله", "PERS")], found


def test_saudi_bodies_named_with_two_places_or_two_mosques_are_one_organisation():
    """«الهيئة الملكية للجبيل وينبع», «الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي»: one body each
    (organisations_core.tsv), with no place inside; the towns named on their own are places."""
    a = analyze_text("خبر\n\nقال رئيس الهيئة الملكية للجبيل وينبع إن العمل بدأ في الجبيل، وأقامت الرئاسة العامة لشؤون المسجد "
                     "الحرام والمسجد النبوي حفلا.")
    found = [(m.text, m.type) for m in a.entities.mentions]
    assert found == [("الهيئة الملكية للجبيل وينبع", "ORG"), ("الجبيل", "LOC"),
                     ("الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي", "ORG")], found
    assert [p.texts for p in a.places if not p.implied] == [["الجبيل"]]


# --- culture: kunyas, callers, troupes, starring casts, editions (2026-11-30, the six new culture articles) ---

def test_a_kunya_is_a_whole_name_and_the_verb_after_it_is_not_part_of_it():
    found, _ = ents("وقال الوزير أبو خالد ذهب إلى صديقه القديم أبو سعيد ليستنير برأيه، ثم إن الوزير أبوخالد اكتشف الخلل.")
    assert has(found, "أبو خالد", "PERS") and has(found, "أبو سعيد", "PERS"), found
    assert not any(t == "PERS" and ("ذهب" in x or "ليستنير" in x or "اكتشف" in x) for x, t in found), found


def test_a_past_verb_of_a_verb_like_cluster_ends_a_name():
    found, _ = ents("وقال المدير التنفيذي للشركة سامر ذهب إلى الاجتماع متأخرا.")
    assert not any(t == "PERS" and "ذهب" in x for x, t in found), found


def test_a_name_after_and_called_is_a_person():
    found, _ = ents("وظهرت في المقطع امرأة وتدعى جنجر وهي تبكي.")
    assert has(found, "جنجر", "PERS"), found


def test_a_competitions_edition_year_is_part_of_its_name():
    found, _ = ents("شارك اللاعب في مونديال 2006 بألمانيا، ثم في كأس العالم 2010 بجنوب أفريقيا.")
    assert has(found, "مونديال 2006", "MISC") and has(found, "كأس العالم 2010", "MISC"), found


def test_a_future_verb_of_two_ends_a_competitions_name():
    found, _ = ents("وصاحبا المركزين الأول والثاني في البطولة الأفريقية سيتأهلان إلى بطولة العالم.")
    assert not any("سيتأهلان" in x for x, _ in found), found


def test_a_starring_cast_is_no_championship():
    found, _ = ents("والعرض من بطولة الفنان ماجد الحربي، ورفض المنتج إسناد بطولة المسلسل إليه.")
    assert has(found, "ماجد الحربي", "PERS"), found
    assert not any(t == "MISC" and x.startswith("بطولة") for x, t in found), found


def test_periodic_is_no_league():
    found, _ = ents("وتعقد اللجنة اجتماعاتها بشكل دوري لإحداث التغيير المطلوب.")
    assert not any(t == "MISC" for _, t in found), found


def test_a_troupe_with_a_foreign_name_is_an_organisation_and_a_crew_of_a_kind_is_not():
    found, _ = ents("وتشارك في المهرجان فرقة ديرين للموسيقى من تركيا واوركسترا حيدوتي من البلقان، "
                    "ونقل المصاب بواسطة فرقة إسعاف متطوعة إلى المستشفى.")
    assert has(found, "فرقة ديرين للموسيقى", "ORG") and has(found, "اوركسترا حيدوتي", "ORG"), found
    assert not any("إسعاف" in x for x, _ in found), found


def test_named_operations_are_misc_and_an_ordinary_phrase_stays_one():
    # data/gazetteer/operations.tsv: «عاصفة الحزم» always; «إعادة الأمل» ("restoring hope") only as an
    # operation: after «عملية», in quotes, or joined to another operation by و
    found, _ = ents("وأشاد بالجنود المشاركين في عاصفة الحزم وإعادة الأمل، وبدأت عملية درع الفرات شمال سوريا.")
    assert has(found, "عاصفة الحزم", "MISC") and has(found, "إعادة الأمل", "MISC") and has(found, "درع الفرات", "MISC"), found
    found, _ = ents("وتسعى المبادرة إلى إعادة الأمل للأسر المحتاجة.")
    assert not any(t == "MISC" for _, t in found), found


def test_a_head_a_plural_in_construct_and_a_country_name_a_body():
    found, _ = ents("وقال رئيس اتحاد كتاب مصر إن رابطة علماء اليمن أصدرت بيانا، وناقش مجلس إدارة أرامكو النتائج.")
    assert has(found, "اتحاد كتاب مصر", "ORG") and has(found, "رابطة علماء اليمن", "ORG"), found
    assert not has(found, "مصر", "LOC") and not any("مجلس إدارة" in x for x, _ in found), found


def test_a_quoted_epithet_after_li_is_no_outlet_and_the_outlet_idiom_still_is():
    found, _ = ents("بيع قفاز يعود لـ\"ملك البوب\" مايكل جاكسون في مزاد، وقال لـ\"الرياض\" علي الزهراني إن السعر مرتفع.")
    assert not any(x == "ملك البوب" for x, _ in found), found
    assert has(found, "الرياض", "ORG") and has(found, "علي الزهراني", "PERS"), found


def test_the_best_known_arab_artists_and_writers_are_people_without_a_title():
    # data/gazetteer/people.tsv
    found, _ = ents("وقرأ الطلاب شعر المتنبي ونزار قباني، ثم استمعوا إلى أغنية لوردة الجزائرية.")
    assert has(found, "المتنبي", "PERS") and has(found, "نزار قباني", "PERS") and has(found, "وردة الجزائرية", "PERS"), found


def test_a_latin_initial_stays_in_its_name_and_an_email_is_no_name():
    found, _ = ents("بيع القفاز في دار مزادات Nate D.Sanders الأمريكية، وللتسجيل: J.T.programs@tvtc.gov.sa")
    assert any(x == "Nate D.Sanders" for x, _ in found), found
    assert not any("programs" in x or x in ("J", "T") for x, _ in found), found


def test_a_definite_common_noun_the_model_is_unsure_of_is_no_misc():
    found, _ = ents("ويقول مطلع الأوبريت الذي أذاعه التلفزيون إن الوطن باق، وتغني عن حقن الإنسولين لصقات جديدة.")
    assert not any(t == "MISC" and x in ("الأوبريت", "الإنسولين") for x, t in found), found


def test_a_quoted_name_after_a_profession_and_a_name_after_a_credit_are_people():
    found, _ = ents("تعرض الفرقة مسرحية للكاتب العالمي “فرنادو أربال” وإخراج الفنان “مساعد الزهراني”، "
                    "وهي من كلمات نايف صقر وألحان أيمن عبد الله، ويتضمن الحفل أداء فلكلور شعبي.")
    for name in ("فرنادو أربال", "مساعد الزهراني", "نايف صقر", "أيمن عبد الله"):
        assert has(found, name, "PERS"), (name, found)
    assert not any("فلكلور" in x for x, _ in found), found


def test_what_follows_a_name_is_not_part_of_it():
    # و + a word of the corpus (no name holds a «و»), a noun after a definite family name, a feminine role
    found, _ = ents("وقال الرئيس فالديز ومواقفنا قريبة جدا. ومدير الشركة هو السيد ناصر الطبسي خريج الاقتصاد. "
                    "وقالت كانديس جونسون الخبيرة في مجال الاتصالات. وقال المدرب عبد القادر عمراني إن الفريق جاهز.")
    assert not any(t == "PERS" and any(w in x for w in ("ومواقفنا", "خريج", "الخبيرة")) for x, t in found), found
    assert has(found, "ناصر الطبسي", "PERS") and has(found, "عبد القادر عمراني", "PERS"), found


def test_technology_brands_with_al_and_latin_names_with_a_hyphen_and_no_acronyms_or_kinds():
    found, _ = ents("وكشفت الشركة عن جهاز “روبوت” جديد يحمل اسم Robo-Mate يعمل بنظام الأندرويد مثل الويندوز، "
                    "ويحفظ الملفات في بطاقة SD أو عبر FTP.")
    assert has(found, "الأندرويد", "MISC") and has(found, "الويندوز", "MISC"), found
    assert any(x == "Robo-Mate" for x, _ in found), found
    assert not any(x in ("روبوت", "SD", "FTP") for x, _ in found), found


def test_a_numbered_competition_keeps_its_number_and_a_lone_foreign_player_is_a_person():
    found, _ = ents("وقرر الاتحاد تأجيل «خليجي 23» عاما، وتعرض المهاجم الفنزويلي ريفاس إلى إصابة، "
                    "وكان فريق المدرب الهولندي لويس فان غال قد فاز.")
    assert has(found, "خليجي 23", "MISC") and has(found, "ريفاس", "PERS"), found
    assert not has(found, "لويس", "PERS"), found


def test_a_religions_adjective_is_no_religion_and_the_noun_still_is():
    found, _ = ents("وتحدث عن الراقصة اليهودية وعن تطبيق الشريعة اليهودية، ثم اعتنق اليهودية.")
    assert [x for x, t in found if t == "MISC"] == ["اليهودية"], found


def test_a_relative_pronoun_after_a_profession_opens_no_name():
    found, _ = ents("وكان المدرب الذي درّب ستاندارد لييج البلجيكي قد وصل.")
    assert not any(t == "PERS" and "درّب" in x for x, t in found), found


def test_a_bodys_field_in_construct_after_its_countrys_adjective_is_part_of_its_name():
    found, _ = ents("واعتبر رئيس الاتحاد الإكوادوري لكرة القدم أن المركز السعودي لكفاءة الطاقة شريك مهم.")
    assert has(found, "الاتحاد الإكوادوري لكرة القدم", "ORG") and has(found, "المركز السعودي لكفاءة الطاقة", "ORG"), found


def test_a_one_word_event_and_its_host_name_one_edition():
    found, _ = ents("وشارك في مونديال البرازيل 2014 ثم في أولمبياد لندن 2012، ويستعد لمونديال قطر.")
    for name in ("مونديال البرازيل 2014", "أولمبياد لندن 2012", "مونديال قطر"):
        assert has(found, name, "MISC"), (name, found)


def test_a_common_word_between_a_companys_head_and_its_field_is_its_name():
    found, _ = ents("أعلنت شركة سلامة للتأمين التعاوني زيادة رأسمالها، وترى شركة جدوى للاستثمار أن القطاع ينمو، "
                    "وأدت كل مجموعة تدريبا للتحكم في الكرة.")
    assert any(t == "ORG" and x.startswith("سلامة للتأمين") for x, t in found), found
    assert has(found, "جدوى للاستثمار", "ORG") and not any("تدريبا" in x for x, _ in found), found


def test_a_double_prime_closes_a_quote():
    found, _ = ents("وأطلقت الشركة هاتف “جي 4″ الجديد في الأسواق.")
    assert has(found, "جي 4", "MISC"), found


def test_an_operation_after_the_plural_of_operation_is_named():
    found, _ = ents("وتفقد الوزير مرافق الوزارة لخدمة عمليات إعادة الأمل في الجنوب.")
    assert has(found, "إعادة الأمل", "MISC"), found


def test_a_preposition_glued_to_the_word_after_a_name_ends_the_name():
    found, _ = ents("وقال المدير الفني جون سميث لرويترز إن الفريق جاهز. وأمر الملك عبدالله بفتح المعابر، "
                    "وتعرض المدافع الإيطالي ماركو روسي لكسر في ساقه، وعين الوزير الدكتور سامي حداد لمستشفى الملك فهد.")
    for name in ("جون سميث", "عبدالله", "ماركو روسي", "سامي حداد"):
        assert has(found, name, "PERS"), (name, found)
    assert has(found, "رويترز", "ORG"), found


def test_a_family_name_that_opens_with_a_preposition_letter_stays_whole():
    found, _ = ents("وقال الدكتور سامي بخاري إن الدراسة انتهت، وغنى الفنان سمير كفوري في الحفل، وصرح المدرب هشام بحاح بأن اللاعبين جاهزون.")
    for name in ("سامي بخاري", "سمير كفوري", "هشام بحاح"):
        assert has(found, name, "PERS"), (name, found)


def test_a_known_given_name_and_a_family_name_are_a_person_without_a_title():
    found, _ = ents("وقدم فهد العتيبي الشكر للحضور، وأشادت لمياء الشمري بالتنظيم، وعين مساعد بن محمد العيبان مديرا، "
                    "وأوضح سلطان القرشي أن المشروع اكتمل.")
    assert has(found, "فهد العتيبي", "PERS") and has(found, "لمياء الشمري", "PERS"), found
    assert has(found, "سلطان القرشي", "PERS"), found  # a given name that is also a title
    assert not has(found, "محمد العيبان", "PERS"), found  # the middle of a longer name starts nothing


def test_a_given_name_that_is_mostly_a_word_or_a_word_after_it_makes_no_person():
    from kit.entities.recognise import given_name_candidates
    text = ("وطالب الموظفون بزيادة الرواتب، وكان حسن الاستقبال لافتا، ويحمل تركي الجنسية، "
            "وتمتد السهول الساحلية على الخليج، وجاء صالح عبد الحي ومحمد عبد الوهاب.")
    got = [text[c.start:c.end] for c in given_name_candidates(text, tokens_of(text), resources(), {})]
    assert got == ["محمد عبد الوهاب"], got  # و and a given name open the next person


def test_a_title_opens_no_place_after_a_settlement_word(monkeypatch):
    from kit.entities import crf

    def unsure_places(article):  # a model that reads two places after «مدينة», neither very sure
        return [{"start": article.text.index(w), "end": article.text.index(w) + len(w), "type": "LOC", "score": 0.6}
                for w in ("الملك فهد", "كيتيون")]

    monkeypatch.setattr(crf, "find_mentions", unsure_places)
    found, _ = ents("وتم تشغيل مدينة الملك فهد للاتصالات الفضائية، وزار الوفد مدينة كيتيون.")
    assert has(found, "كيتيون", "LOC") and not any(x.startswith("الملك") for x, t in found if t == "LOC"), found


def test_a_foreign_surname_ending_in_ha_and_a_common_word_as_first_name_after_a_profession():
    found, _ = ents("واستخدم مدربه الألماني أولي شتيليكه كافة التبديلات، وغاب اللاعب البوليفي موخيكا لخضوعه للفحوصات.")
    assert has(found, "أولي شتيليكه", "PERS"), found
    assert not any("لخضوعه" in x for x, _ in found), found


def test_a_latin_name_in_lower_case_after_a_naming_word_is_a_name():
    found, _ = ents("وطرحت الشركة المصباح الجديد المسمى hue go في الأسواق، ويعمل بنظام kick stand الجديد.")
    assert has(found, "hue go", "MISC") and not any("kick" in x for x, _ in found), found


def test_a_given_name_and_any_surname_as_a_whole_item_in_a_list_of_people_is_a_person():
    found, _ = ents("ويشارك في بطولة المسلسل الممثل إياد نصار، وهالة صدقي، وعدد من الفنانين. وزار محمد صلاح، ونادي النصر المدينة.")
    assert has(found, "هالة صدقي", "PERS"), found
    assert not any(t == "PERS" and "النصر" in x for x, t in found), found  # no given name: no person


def test_a_foreign_surname_is_repeated_with_its_particles():
    found, _ = ents("وقال المدرب الهولندي لويس فان خال إن الفريق جاهز. ويبدو أن فان خال لديه خطط بديلة.")
    assert has(found, "لويس فان خال", "PERS") and has(found, "فان خال", "PERS") and not has(found, "خال", "PERS"), found


def test_a_long_verb_of_they_after_a_name_ends_it():
    found, _ = ents("ولا الرئيس الأمريكي ولا الرئيس الفرنسي جاك شيراك استنكروا هذه العملية.")
    assert has(found, "جاك شيراك", "PERS") and not any("استنكروا" in x for x, _ in found), found


def test_after_a_whole_name_a_foreign_word_with_waw_opens_the_next_person():
    found, _ = ents("وضمت القائمة الحارس جانلويجي بوفون وغانلوكا زامبروتا، وقال المتحدث عبد الودود وحيدي إن المسلحين فروا.")
    assert has(found, "جانلويجي بوفون", "PERS"), found
    assert not any("بوفون وغانلوكا" in x for x, _ in found), found
    assert has(found, "عبد الودود وحيدي", "PERS"), found  # a family name that opens with و


def test_a_preposition_and_a_verbal_noun_open_no_name():
    found, _ = ents("من يقومون بانتقاد ميسي لكي يتطور. ويعد ليونيل ميسي أفضل لاعب في العالم.")
    assert not any(x.startswith("بانتقاد") for x, _ in found), found


def test_a_prayer_after_a_name_or_a_title_is_no_person():
    found, _ = ents("وهنأ سمو ولي العهد حفظه الله المواطنين، وحالة المصابين ولله الحمد مستقرة، وأطلقه الملك عبدالله رحمه الله.")
    assert not any({"الله", "لله", "الحمد"} & set(x.split()) for x, t in found if t == "PERS"), found
    assert has(found, "عبدالله", "PERS"), found
    found, _ = ents("وانضم اللاعب حمد الحمد إلى الفريق، وقال تركي الحمد إن الأمر جيد.")
    assert has(found, "حمد الحمد", "PERS") and has(found, "تركي الحمد", "PERS"), found  # «الحمد» is also a family name


def test_the_empty_quarter_is_a_place():
    found, _ = ents("وزار الوفد حقل الشيبة النفطي بالربع الخالي، ويقع الحقل في صحراء الربع الخالي.")
    assert has(found, "الربع الخالي", "LOC"), found


def test_the_euro_area_and_the_eurogroup_are_no_currency():
    found, _ = ents("وتراجع التضخم في منطقة اليورو، واجتمع وزراء مالية مجموعة اليورو، وارتفع اليورو أمام الدولار.")
    assert has(found, "منطقة اليورو", "LOC") and has(found, "مجموعة اليورو", "ORG") and has(found, "اليورو", "MISC"), found


def test_a_quoted_name_after_a_share_is_the_company():
    found, _ = ents('وتصدرت الأسهم الرابحة، يليه سهم "الإنماء" بنسبة 7.6 في المائة، وحل ثالثا سهم "الخدمات الأرضية".')
    assert has(found, "الإنماء", "ORG") and has(found, "الخدمات الأرضية", "ORG"), found


def test_a_product_written_in_capitals_and_no_product_in_an_address():
    found, _ = ents("ويعمل التطبيق على أجهزة IOS ونظام أندرويد. للتواصل: salem@gmail.com")
    assert has(found, "IOS", "MISC") and not any("gmail" in x for x, _ in found), found


def test_a_transliterated_title_in_brackets_after_a_work_noun_is_a_name():
    found, _ = ents("وعادت جولي بعد نجاح فيلم (انبروكن) العام الماضي، وصدر الكتاب (الصادر حديثا) عن دار النشر.")
    assert has(found, "انبروكن", "MISC") and not any("الصادر" in x for x, _ in found), found


def test_a_site_named_after_a_titled_person_is_a_place_with_the_person_inside():
    found, _ = ents("وأقيم الحفل في حديقة الملك فهد المركزية العرض الأول، ثم في قاعة الأمير محمد بن سعود الثقافية، "
                    "وتقع الأرض عند تقاطع طريق الملك عبدالله مع طريق الملك سلمان والملك خالد، وفي عهد الملك فهد، وفي قاعة المحاضرات.")
    for name in ("حديقة الملك فهد المركزية", "قاعة الأمير محمد بن سعود الثقافية", "طريق الملك عبدالله", "طريق الملك سلمان"):
        assert has(found, name, "LOC"), (name, found)
    assert has(found, "فهد", "PERS") and not any("المحاضرات" in x for x, _ in found), found  # «عهد» names no site


def test_a_national_teams_nickname_with_its_countrys_adjective_is_the_team():
    found, _ = ents("وودع الأزرق الكويتي كأس آسيا بعد خسارته أمام الشمشون الكوري، وفازت إيطاليا على إسبانيا في المباراة.")
    assert has(found, "الأزرق الكويتي", "ORG") and has(found, "الشمشون", "ORG"), found
    assert has(found, "إيطاليا", "LOC"), found  # a country named for its team stays a place


def test_a_definite_word_of_ordinary_words_after_a_name_is_no_surname():
    found, _ = ents("وتأخرت مستحقات المهاجم رودريجو مورا المنتقل حديثا إلى النصر، وشكر الدكتور عادل بن زيد الطريفي الحضور.")
    assert has(found, "رودريجو مورا", "PERS") and has(found, "عادل بن زيد الطريفي", "PERS"), found


def test_a_complement_does_not_open_with_and_plus_a_word_of_the_corpus():
    # «جماعة» (in congregation) and «ودعوا» (and they prayed): no body's name opens with و + a known word
    found, _ = ents("وأدى الحضور صلاة العصر جماعة ودعوا الله أن يحفظ البلاد، ووزعت الشركة قسائم ومجموعة وسائد مجانا.")
    assert not any(t == "ORG" for _, t in found), found
    # a foreign name that opens with و is still a company's name
    found, _ = ents("ووقعت شركة وارنر بروس عقدا جديدا أمس.")
    assert any(t == "ORG" and "وارنر" in x for x, t in found), found


def test_a_kind_word_with_al_after_the_place_it_named_is_that_place_not_a_channel():
    found, _ = ents("وقال مسؤول السياحة في جزيرة قشم إن مليون زائر يتوجهون إلى الجزيرة سنويا، "
                    "ويشكو السياح من الأسعار في الجزيرة.\n\nوقال المسؤول لقناة الجزيرة إن الأسعار ستنخفض، "
                    "وذكرت الجزيرة أن الفنادق ممتلئة.")
    orgs = [x for x, t in found if t == "ORG"]
    assert orgs.count("الجزيرة") == 2, found  # after «قناة» and after «ذكرت» it is the channel
    assert not any(x == "الجزيرة" and t != "ORG" for x, t in found), found


def test_a_head_with_agreeing_indefinite_adjectives_is_a_kind_of_body_not_a_name():
    from kit.entities.recognise import Candidate, _doubtful_statistical
    from kit.text.article import parse_article

    def doubtful(text, phrase):
        s = text.index(phrase)
        c = Candidate(s, s + len(phrase), "ORG", "model", "CRF tagged ORG", score=0.95)
        return _doubtful_statistical(parse_article(text), c, resources())

    text = "وقالت الشرطة إن العصابة منظمة إجرامية تقوم بقتل الناس، وإن شركة أمريكية اشترت المبنى."
    assert doubtful(text, "منظمة إجرامية") and doubtful(text, "شركة أمريكية")
    # a construct whose words do not agree with the head, or a name, stays for the model to name
    text = "وأعلنت جمعية رعاية لاعبي كرة القدم عن برنامجها، وافتتحت شركة أرامكو مركزا."
    assert not doubtful(text, "جمعية رعاية لاعبي") and not doubtful(text, "شركة أرامكو")


def test_a_club_word_after_a_national_team_or_as_an_adjective_is_no_club():
    text = ("فاز الهلال على النصر في مباراة الدوري أمس، وسجل اللاعب هدفين. وانضم لاعب منتخب الشباب إلى الفريق، "
            "واصطف القراء الشباب أمام المعرض، وتأهب الفريق للقاء الغريم التقليدي النصر في المباراة المقبلة.")
    found, _ = ents(text)
    assert found.count(("النصر", "ORG")) == 2 and has(found, "الهلال", "ORG"), found
    assert ("الشباب", "ORG") not in found, found


def test_an_adjective_right_after_a_site_or_event_head_names_nothing():
    found, _ = ents("وسيكون التقاطع من ثلاثة مستويات: نفق وجسر علوي، ويواجه السجن في سجن اتحادي، "
                    "وبدأت المؤسسة بتنظيم مهرجان سنوي، وأقامت الجمعية معرض توعوي في المدرسة.")
    assert not found, found
    # a foreign name written with ى is a name
    found, _ = ents("وأغلقت السلطات مطار بالى خلال الفترة بسبب الرماد.")
    assert has(found, "مطار بالى", "LOC"), found


def test_in_a_sports_report_the_team_is_no_rank_and_a_rank_takes_its_grade():
    found, _ = ents("وسجل اللاعب هدفين في المباراة أمام النصر. وطالت التجديدات في صفوف الفريق كافو، "
                    "وجرب المدرب بدلاء الفريق باستثناء دياكيه، ويرحل عن صفوف الفريق برغم الخلاف.")
    assert not any(x.startswith(("باستثناء", "برغم", "طالت")) for x, _ in found), found
    found, _ = ents("وقال رئيس الأركان الفريق أول ركن حمد بن علي العطية إن اللواء ركن محمد الغامدي سيتولى القيادة، "
                    "وإن الفريق أول سعيد الزهراني سيحضر المباراة التي سجل فيها اللاعب هدفين.")
    assert has(found, "حمد بن علي العطية", "PERS") and has(found, "محمد الغامدي", "PERS"), found
    assert has(found, "سعيد الزهراني", "PERS"), found  # a rank with its grade, even in a report with sport in it
    assert not any("ركن" in x for x, _ in found), found


def test_a_title_with_a_pronoun_is_no_name():
    from kit.entities.recognise import Candidate, _doubtful_statistical
    from kit.text.article import parse_article

    text = "وبيَّن معاليه أن العمل مستمر، وأضاف سموه وفضيلته أن الحفل ناجح، وقال سامي إن الحفل ناجح."
    art = parse_article(text)
    for w in ("معاليه", "سموه", "فضيلته"):
        s = text.index(w)
        assert _doubtful_statistical(art, Candidate(s, s + len(w), "PERS", "model", "CRF", score=0.95), resources()), w
    s = text.index("سامي")
    assert not _doubtful_statistical(art, Candidate(s, s + 4, "PERS", "model", "CRF", score=0.95), resources())
    # nor is the prayer after a name
    text = "بل الصديق رضي الله عنه كان يشتري العبيد."
    s = text.index("رضي")
    assert _doubtful_statistical(parse_article(text), Candidate(s, s + 8, "PERS", "model", "CRF", score=0.95), resources())


def test_a_place_after_a_role_with_bi_is_the_seat_and_the_name_comes_after_it():
    found, _ = ents("وقال مدير مؤسسة المياه بعدن نجيب محمد أحمد إن الضخ سيبدأ، وأفاد مدير المكتب بلبنان وليد بن علي الجلال بمواصلة الحملة.")
    assert has(found, "نجيب محمد أحمد", "PERS") and has(found, "عدن", "LOC"), found
    assert has(found, "وليد بن علي الجلال", "PERS") and has(found, "لبنان", "LOC"), found


def test_the_foreign_press_and_magazines_a_sports_or_culture_report_quotes():
    found, _ = ents("وذكرت صحيفة ديلي ميل أن اللاعب سينتقل، ونقلت ماركا وموندو ديبورتيفو الخبر، "
                    "واختارت مجلة فوربس الشركة، ونشرت ناشيونال جيوغرافيك الصورة.")
    for name in ("ديلي ميل", "ماركا", "موندو ديبورتيفو", "فوربس", "ناشيونال جيوغرافيك"):
        assert has(found, name, "ORG"), (name, found)


def test_olympic_bodies_and_foreign_clubs_named_by_a_town_and_a_club_word():
    found, _ = ents("وأشاد اللاعب بدعم اللجنة الأولمبية السعودية، وخسر الفريق في المباراة الودية من كونيا سبور التركي "
                    "وفاز على أخيسار سبور، ثم تعادل مع بلاكبيرن روفرز، وسيلاقي نظيره أنطاليا سبور.")
    for name in ("اللجنة الأولمبية السعودية", "كونيا سبور", "أخيسار سبور", "بلاكبيرن روفرز", "أنطاليا سبور"):
        assert has(found, name, "ORG"), (name, found)
    # a national team's adjective names the team; what follows with ل is no field of it
    found, _ = ents("وأعلنت إدارة المنتخبات قائمة المنتخب الأولمبي لمعسكري الرياض وسلوفاكيا.")
    assert has(found, "المنتخب الأولمبي", "ORG") and has(found, "سلوفاكيا", "LOC"), found


def test_a_festival_named_by_its_theme():
    found, _ = ents("وسجل مهرجان العسل في ساحة السوق مبيعات مرتفعة، وافتتح مهرجان الورد أمس، وبدأ المهرجان الأسبوع الماضي، "
                    "وعقد مؤتمر الحوار جلسته.")
    assert has(found, "مهرجان العسل", "MISC") and has(found, "مهرجان الورد", "MISC"), found
    assert not any(x.startswith(("المهرجان", "مؤتمر")) for x, _ in found), found


def test_a_countrys_adjective_is_no_place_again_and_a_place_after_bi_is_one():
    found, a = ents("ووصل الوفد إلى السعودية أمس. والنصر والهلال وهاجتان جميلتان للكرة السعودية، وارتفعت أرباح البنوك العاملة "
                    "بالسعودية، وتطابقت وجهتا النظر المصرية والسعودية، وتشمل الجولة المغرب وتونس واليمن والسعودية.")
    text = a.entities.text
    starts = sorted(text.index(x) for x in ("السعودية أمس", "بالسعودية", "واليمن والسعودية"))
    got = sorted(m.start for m in a.entities.mentions if m.text == "السعودية" and m.type == "LOC")
    assert got == [starts[0], starts[1] + 1, starts[2] + len("واليمن و")], (got, found)


def test_a_quoted_name_after_a_stadium_a_hotel_or_a_museum_is_a_place():
    found, _ = ents("وتقام مباراة كأس السوبر على ملعب \"لوفتس رود\" بلندن، وأقيم الحفل في فندق «راديسون بلو»، "
                    "وهاجم مسلحان متحف “باردو” في تونس.")
    for name in ("لوفتس رود", "راديسون بلو", "باردو"):
        assert has(found, name, "LOC"), (name, found)


def test_a_second_office_joined_by_wa_is_no_name_and_the_name_follows_it():
    found, _ = ents("أعلن الاتحاد إيقاف قائد وصانع ألعاب المنتخب الفرنسي زين الدين زيدان، وقال رئيس ومؤسس الشركة خالد العتيبي "
                    "إن النتائج جيدة.")
    assert has(found, "زين الدين زيدان", "PERS") and has(found, "خالد العتيبي", "PERS"), found
    assert not any(x.startswith(("وصانع", "ومؤسس", "صانع")) for x, _ in found), found


def test_a_quoted_name_after_a_title_and_no_name_after_a_credit_with_li():
    found, _ = ents("أما الإمبراطور \" هوسيايو \" رأس الأسرة فقد حكم طويلا، وزاره ملوك، ومنهم الإمبراطورة أوجيني إمبراطورة فرنسا. "
                    "وتترقب الأسواق كلمات لمسؤولي مجلس الاحتياطي الاتحادي هذا الأسبوع.")
    assert has(found, "هوسيايو", "PERS") and has(found, "أوجيني", "PERS"), found
    assert not any(x.startswith("لمسؤولي") for x, _ in found), found
    # after an office in construct the quoted name is the body's, not a person's
    found, _ = ents("وقال كريس المتحدث باسم \"بوينغ\" إن القطعة سقطت، وصرح مدير «إيران إير» بأنهم سيشترون طائرات.")
    assert not has(found, "بوينغ", "PERS") and not has(found, "إيران إير", "PERS"), found


def test_a_countrys_nisba_after_given_names_only_is_the_family_name():
    found, _ = ents("وقال المتحدث الأمني اللواء منصور التركي إن الحادث وقع، وحضر الاجتماع سعادة سعيد محمد الكندي وعدد من المسؤولين، "
                    "وسجل اللاعب ليونيل ميسي الأرجنتيني هدفين.")
    assert has(found, "منصور التركي", "PERS") and has(found, "سعيد محمد الكندي", "PERS"), found
    assert has(found, "ليونيل ميسي", "PERS") and not has(found, "ليونيل ميسي الأرجنتيني", "PERS"), found


def test_the_team_of_a_coach_is_no_rank_before_a_name():
    found, _ = ents("ويعتبره مدرب الفريق أليكس فيرغسون خليفة لهدافه الهولندي، وقال قائد الفريق محمد نور إن الفوز مهم.")
    assert has(found, "أليكس فيرغسون", "PERS") and has(found, "محمد نور", "PERS"), found
    assert not any("خليفة" in x for x, _ in found), found


def test_a_widely_known_name_after_a_plural_noun_is_the_persons():
    found, _ = ents("وعرف المهرجان بمشاركة نجوم كبار أمثال فيروز ووردة الجزائرية، وفي مرحلة انسحاب أوباما من المنطقة، "
                    "ونشرت إيفانكا ترامب صورة.")
    assert has(found, "فيروز", "PERS") and has(found, "أوباما", "PERS"), found
    assert not has(found, "ترامب", "PERS"), found  # after a given name, a relative's surname: the list is not asked


def test_a_preposition_with_its_pronoun_is_no_part_of_a_name():
    found, _ = ents("وردد الجمهور في الملعب: فايز عليك فايز عليك، ثم قال سالم معه إن الفوز قريب.")
    assert not any(x.endswith(("عليك", "معه")) for x, _ in found), found


def test_world_leaders_thinkers_and_stars_of_several_decades_are_people_without_a_title():
    # data/gazetteer/people.tsv, extended beyond 2005-2020 and beyond politics
    found, _ = ents("ولم يسمح ستالين ولا نيكسون ولا ريغان بذلك، وقرأ الطلاب أفلاطون وماركس وديكارت، وانتقل نيمار إلى "
                    "باريس، وخسر المرشح أمام بلاتر، وعاد جيب بوش ليساعد والده بوش الأب.")
    for name in ("ستالين", "نيكسون", "ريغان", "أفلاطون", "ماركس", "ديكارت", "نيمار", "بلاتر", "بوش الأب"):
        assert has(found, name, "PERS"), (name, found)
    # a short form that is also a town stays the town where a place is meant; a list form never holds a title
    found, _ = ents("وخرجت احتجاجات في شوارع فيرغسون بولاية ميزوري.")
    assert has(found, "فيرغسون", "LOC"), found
    found, _ = ents("وقال السير أليكس فيرغسون إن الفريق قوي.")
    assert has(found, "أليكس فيرغسون", "PERS"), found


def test_a_surname_that_is_a_common_adjective_is_no_alias_of_the_person():
    found, _ = ents("وصرح الأمين العام لجامعة الدول العربية نبيل العربي بأن أحداث الربيع العربي غيرت الأمن العربي.")
    assert has(found, "نبيل العربي", "PERS"), found
    assert [x for x, t in found if t == "PERS"] == ["نبيل العربي"], found


def test_a_short_group_name_that_is_a_word_needs_a_member_noun_or_another_group():
    found, _ = ents("وأعلنت السلطات القبض على زعيم القاعدة، ويشتبه في صلاته بالقاعدة، وتلاحق القوات طالبان والقاعدة، "
                    "وقتل ثلاثة من عناصر النصرة. وتبقى القاعدة العامة ثابتة، وتقدم الجمعية النصرة للمحتاجين.")
    assert [x for x, t in found if t == "ORG"] == ["القاعدة", "القاعدة", "طالبان", "القاعدة", "النصرة"], found


def test_a_word_that_folds_to_al_is_no_definite_word_of_a_companys_name():
    found, _ = ents("وأعلنت شركة جيت ستار إلغاء رحلاتها إلى بالي بسبب الرماد البركاني.")
    assert has(found, "جيت ستار", "ORG") and not any("إلغاء" in x for x, _ in found), found


def test_the_cast_of_a_film_is_a_list_of_people():
    found, _ = ents("وجاء فيلم “جوراسك وورلد” والذي يشارك في بطولته كل من كريس برات وبرايس دالاس هوارد وفينسنت "
                    "دونوفريو، محققا إيرادات كبيرة. وفيلم «شد أجزاء» بطولة محمد رمضان، وياسر جلال، ونسرين أمين.")
    for name in ("كريس برات", "برايس دالاس هوارد", "فينسنت دونوفريو", "محمد رمضان", "ياسر جلال", "نسرين أمين"):
        assert has(found, name, "PERS"), (name, found)
    assert not has(found, "دالاس", "LOC"), found
    # «بطولة» without a work before it is a championship, and an adjective after it is no name
    found, _ = ents("وتضمن الحفل العديد من الفقرات حيث تم تنظيم بطولة كروية تحمل اسم البنك.")
    assert not any(t == "PERS" for _, t in found), found


def test_a_club_named_by_its_town_is_its_last_word_again_and_a_clubs_ordinal_goal_keeps_it():
    found, _ = ents("وانتقل روميرو إلى مانشستر يونايتد. وقال روميرو لموقع يونايتد إنه سعيد، وفاز ليستر سيتي.")
    assert [x for x, t in found if t == "ORG"] == ["مانشستر يونايتد", "يونايتد", "ليستر سيتي"], found
    found, _ = ents("تغلب فريق الهلال على العين وديا، وأضاف خالد الكعبي هدف الهلال الثاني في الدقيقة 74 من عمر المباراة.")
    assert [x for x, t in found if t == "ORG"] == ["الهلال", "العين", "الهلال"], found


def test_a_large_city_the_model_reads_as_a_body_is_the_city():
    from kit.entities.recognise import Candidate, _doubtful_statistical
    from kit.text.article import parse_article

    text = "«بريدة» تطلق اليوم أكبر مهرجان للتمور، وانضم اللاعب إلى ليفربول الإنجليزي."
    art = parse_article(text)
    s = text.index("بريدة")
    assert _doubtful_statistical(art, Candidate(s, s + 5, "ORG", "model", "CRF", score=0.96), resources())
    s = text.index("ليفربول")  # a club of the sports list stays the model's to tag
    assert not _doubtful_statistical(art, Candidate(s, s + 7, "ORG", "model", "CRF", score=0.96), resources())


def test_a_predicate_after_a_pronoun_and_a_month_of_the_other_calendar_are_no_names():
    found, _ = ents("وقال الوزير: «أنا سعيد اليوم بهذا الإنجاز»، وهاجموا عدن في مارس آذار وأبريل نيسان.")
    assert not any(x in ("سعيد", "نيسان") for x, _ in found), found


def test_a_latin_name_after_a_site_or_a_paper_is_an_organisation():
    found, _ = ents("وذكر موقع Business Insider أن الشركة بدأت التجربة، ونشرت مجلة Wired التقرير، وحمّل تطبيق WhatsApp.")
    assert has(found, "Business Insider", "ORG") and has(found, "Wired", "ORG"), found
    assert has(found, "WhatsApp", "MISC"), found


def test_a_bodys_name_ends_after_its_fields_adjective():
    found, _ = ents("ويرعى رئيس الهيئة السعودية للحياة الفطرية الحفل الختامي للبرنامج، وتمنت الأكاديمية السعودية للطيران المدني "
                    "للخريجين النجاح، وأعلنت الهيئة العامة للسياحة والتراث الوطني الخطة.")
    orgs = [x for x, t in found if t == "ORG"]
    assert "الهيئة السعودية للحياة الفطرية" in orgs and "الأكاديمية السعودية للطيران المدني" in orgs, found
    assert "الهيئة العامة للسياحة والتراث الوطني" in orgs, found


def test_a_particle_alone_is_no_person_and_a_definite_noun_after_a_first_name_makes_no_alias():
    found, _ = ents("وقد أدى للشيخ منشدون عدة، وقال لي: أشغلت المشايخ. وهذه التصرفات تخدش جمال الرياضة، "
                    "والهزيمة في عالم الرياضة أمر وارد.")
    assert not any(x in ("لي", "الرياضة") for x, t in found if t == "PERS"), found


# --- session 2026-12-01: boundaries, given names alone, conferences -----------------------------------

def test_a_name_ends_before_a_glued_negation_a_dual_verb_and_a_secretary():
    """«مهاجراني لايؤمن»: «لا» glued to an imperfect; «ميسي أضاعا»: a past verb of two; «… السكرتير العام»:
    the office after the name (role_heads.txt), none of them part of the person's name."""
    found, _ = ents("ولما كان الوزير مهاجراني لايؤمن بالرقابة فقد استقال.")
    assert ("مهاجراني", "PERS") in found, found
    found, _ = ents("لكن نجميه رونالدينيو والأرجنتيني ميسي أضاعا فرصا كثيرة.")
    assert not any(t == "PERS" and "أضاعا" in x for x, t in found), found
    found, _ = ents("وحضر الاجتماع اللواء عثمان محمد عثمان السكرتير العام للحزب.")
    assert ("عثمان محمد عثمان", "PERS") in found, found
    # a name that opens like those words is still a name: «لاتسيو» the club, «كوستا» a surname
    found, _ = ents("وسجل المهاجم دييغو كوستا هدفين في مرمى لاتسيو.")
    assert ("دييغو كوستا", "PERS") in found, found


def test_an_imperfect_verb_is_no_plain_surname_after_a_profession():
    found, _ = ents("وكان حاضرا إلى جانب الخبير الإنجليزي ريي يعد مكسبا قويا للحكام.")
    assert not any("يعد" in x for x, _ in found), found


def test_a_rare_given_name_alone_is_the_person_named_in_full():
    """«جورجيوس دونيس» … «جورجيوس :»: a given name no list knows, used alone, is that person again;
    not when it goes on into another name, nor when it recurs alone far more than the person does
    («ملك أراجون خايمي» … «ملك أراجون» again and again: a kingdom)."""
    found, a = ents("تحدث عن المباراة .. جورجيوس : قوة الهلال في الكل.\nقال المدير الفني للفريق جورجيوس دونيس "
                    "إن المباراة صعبة. وأشاد جورجيوس بالمعسكر.")
    assert found.count(("جورجيوس", "PERS")) == 2, found
    ids = {m.entity_id for m in a.entities.mentions if m.text.startswith("جورجيوس")}
    assert len(ids) == 1, ids
    text = "وذهب إلى ملك أراجون خايمي الأول. " + " ".join(["وعاد ملك أراجون إلى الحرب."] * 5)
    found, _ = ents(text)
    assert not any(x == "أراجون" and t == "PERS" for x, t in found), found


def test_an_adjective_after_a_profession_or_before_very_is_no_person():
    found, _ = ents("ممثل كوميدي يمطر بلاتر بالدولارات.")
    assert not any(x == "كوميدي" for x, _ in found), found
    found, _ = ents('وقال المدرب دونيس: "سعيد جداً بانضباط اللاعبين في المعسكر".')
    assert not any(x == "سعيد" for x, _ in found), found


def test_a_bodys_conference_is_the_body_and_a_town_in_b_stays_in_the_event():
    """«مؤتمر الفيفا»: FIFA's conference names FIFA, no event; «مهرجان تمور بريدة»: Buraydah opens with ب
    but is no بـ + a place (the event's name goes on to it)."""
    found, _ = ents("اقتحم الممثل مؤتمر الفيفا في زيوريخ، وبكى المدرب في مؤتمر ريال مدريد.")
    assert ("الفيفا", "ORG") in found and ("ريال مدريد", "ORG") in found, found
    assert not any(t == "MISC" and x.startswith("مؤتمر") for x, t in found), found
    found, _ = ents("انطلق مهرجان تمور بريدة أمس، وافتتح معرض بيروت الدولي للكتاب، وعقد ملتقى الإعلام العربي بالرياض.")
    for name in ("مهرجان تمور بريدة", "معرض بيروت الدولي للكتاب", "ملتقى الإعلام العربي"):
        assert (name, "MISC") in found, (name, found)


def test_by_way_of_is_no_road():
    found, _ = ents("وتتم القرارات عن طريق السكرتير الأول، ثم أغلقت البلدية طريق الملك فهد.")
    assert not any(x.startswith("طريق السكرتير") for x, _ in found), found
    assert ("طريق الملك فهد", "LOC") in found, found
    found, _ = ents("وتم التنسيق عن طريق الأمير خالد.")
    assert not any(x.startswith("طريق") for x, _ in found), found


def test_a_buttons_label_is_no_name_and_a_lower_case_site_after_its_head_is_one():
    """How-to articles: «اضغط على Open Other Documents» is a button, «موقع aitnews» a site, «شركة stc» a
    company (in lower case after the head), «أون لاين» the English word "online"."""
    found, _ = ents("افتح برنامج مايكروسوفت أوفيس ثم اضغط على Open Other Documents، ثم اختر Enable Editing. "
                    "بحسب ما جاء في موقع aitnews، وقالت شركة stc إن التعديل أون لاين متاح.")
    assert not any(x in ("Open Other Documents", "Enable Editing") for x, _ in found), found
    assert ("aitnews", "ORG") in found and ("stc", "ORG") in found, found
    assert not any("لاين" in x for x, _ in found), found
    assert ("مايكروسوفت أوفيس", "MISC") in found, found
    found, _ = ents("ثالثا: الضغط على Enable Editing لتعديل الملف.")
    assert found == [], found


def test_adobe_reader_and_word_are_software():
    found, _ = ents("يصعب ذلك في البرامج مثل أدوب ريدر، فحول الملف إلى word بدون برامج.")
    assert ("أدوب ريدر", "MISC") in found and ("word", "MISC") in found, found


def test_a_club_named_by_a_common_word_after_a_demonstrative_is_the_word():
    found, _ = ents("فاز الهلال على النصر في الدوري. وطالب المدرب بمعاقبة هؤلاء الشباب بعد المباراة، وفاز الشباب على الأهلي.")
    assert found.count(("الشباب", "ORG")) == 1, found


def test_a_town_takes_a_feminine_adjective_a_club_a_masculine_one():
    """«غادر من سالزبورغ النمساوية»: the town; «أودينيزي الإيطالي», «فاز برشلونة الإسباني»: the club."""
    found, _ = ents("غادر الهلال من سالزبورغ النمساوية إلى إيطاليا، ووصل الوفد إلى برشلونة الإسبانية. وفاز برشلونة الإسباني.")
    assert ("سالزبورغ", "LOC") in found and ("برشلونة", "LOC") in found and ("برشلونة", "ORG") in found, found
    found, _ = ents("وبثت الجزيرة القطرية الخبر.")
    assert ("الجزيرة", "ORG") in found, found


def test_a_given_name_before_a_companys_name_makes_it_a_surname():
    """«السويدي غوران إريكسون»: the coach, not Ericsson; «راسلت تويتر» (a verb before it) and «بوريس يلتسين
    الكرملين» (a definite name after a whole person's) leave the organisation."""
    found, _ = ents("وخلف السويدي غوران إريكسون المدرب السابق. وقالت إنها راسلت تويتر عبر البريد. وغادر بوريس يلتسين الكرملين.")
    assert not any(x == "إريكسون" and t == "ORG" for x, t in found), found
    assert ("تويتر", "ORG") in found and ("الكرملين", "ORG") in found, found


def test_in_one_of_is_no_name_and_the_hospitals_of_a_town_name_the_town():
    """«بأحد مستشفيات الرباط»: «بأحد» is "in one of" (no person after «الشاعر»), and after the plural of a
    town's buildings («مستشفيات», «شوارع») a name that is also a common word («الرباط») is the town."""
    found, a = ents("توفي الشاعر بأحد مستشفيات الرباط أمس.")
    assert found == [("الرباط", "LOC")], found
    assert [p.texts for p in a.places] == [["الرباط"]]
    found, _ = ents("وقال الأمين العام بان كي مون إن الوضع صعب.")
    assert ("بان كي مون", "PERS") in found, found


def test_spelling_variants_of_listed_products():
    found, _ = ents("تقدم لعبة برو إيفولشن سوكر 2015 نسختها الجديدة، وتوزع جوجل التحديثات على هواتف نيكساس.")
    assert ("برو إيفولشن سوكر 2015", "MISC") in found and ("نيكساس", "MISC") in found, found


def test_a_name_after_a_profession_and_its_club():
    """«مدرب النصر كانيدا»: the club makes the profession a title, one word is enough; not a common word
    or a verb after it («لاعب الهلال سجل», «مدرب الاتحاد الجديد»), nor after a plural («لاعبي الهلال»)."""
    found, _ = ents("وقال مدرب النصر كانيدا إن الفريق جاهز، وقال مدرب الاتحاد الإسباني فيكتور سانشيز إنه متفائل. "
                    "وأشاد كانيدا باللاعبين.")
    assert found.count(("كانيدا", "PERS")) == 2 and ("فيكتور سانشيز", "PERS") in found, found
    found, _ = ents("وكان لاعب الهلال سجل هدفا، وغاب لاعبي الهلال عن التدريب، وقال مدرب الاتحاد الجديد إن الفريق جاهز.")
    assert not any(t == "PERS" for _, t in found), found


def test_a_feminine_adjective_after_a_club_agrees_with_the_match():
    """«مباراة الهلال الودية»: the friendly match of Al-Hilal (the adjective agrees with «مباراة»); «التعاون
    الدولي» (international cooperation) stays a common noun."""
    found, _ = ents("فاز النصر على الشباب في الدوري. وانتهت مباراة الهلال الودية بالتعادل، ودعا الوزير إلى التعاون الدولي.")
    assert ("الهلال", "ORG") in found and not any(x.startswith("التعاون") for x, _ in found), found


def test_a_list_of_quoted_titles_after_a_works_noun():
    """«ألف دواوين كثيرة منها “أغاني أفريقيا” عام 1955، و”عاشق من أفريقيا” في 1964»: every title of the
    list is a work (the place in it is no place mention); a quote after «وقال إن» is no title."""
    found, _ = ents("وألف الشاعر دواوين كثيرة منها “أغاني أفريقيا” عام 1955، و”عاشق من أفريقيا” في 1964 "
                    "و”أذكريني يا أفريقيا” في 1965. وقال إن “الحرية” مهمة.")
    assert [x for x, t in found if t == "MISC"] == ["أغاني أفريقيا", "عاشق من أفريقيا", "أذكريني يا أفريقيا"], found
    assert not any(t == "LOC" for _, t in found), found


def test_an_indefinite_ordinal_ends_a_persons_name():
    found, _ = ents("وفي المدينة المنورة أنشأ فهد عبد الله فاجع ثاني موتيل مرخص في المملكة.")
    assert ("فهد عبد الله فاجع", "PERS") in found, found
    found, _ = ents("وقال الملك عبدالله الثاني إن الأردن مستقر، وحاضر الدكتور عبدالله بن ثاني في الجامعة.")
    assert ("عبدالله الثاني", "PERS") in found and ("عبدالله بن ثاني", "PERS") in found, found


def test_and_another_bodys_head_opens_the_next_body():
    found, _ = ents("بالتعاون مع وزارة البترول والثروة المعدنية وشركة أرامكو، وشنت الطائرات غارات على تنظيم داعش "
                    "وحزب العمال الكردستاني.")
    assert ("وزارة البترول والثروة المعدنية", "ORG") in found and ("أرامكو", "ORG") in found, found
    assert ("حزب العمال الكردستاني", "ORG") in found, found


def test_a_spelled_latin_letter_and_a_remark_in_brackets_are_no_names():
    """«“يو. إس. بي”»: letters, not bodies; «النادي الباريسي (كلّلت بالنجاح)»: a remark, no short name; but
    «(بارع)» after a programme's name is its short name."""
    found, _ = ents("عبر منافذ “يو. إس. بي” أو غيرها. وعقد محادثات مع المدير الرياضي للنادي الباريسي (كلّلت بالنجاح)، "
                    "وقال البرنامج الوطني للحرف والصناعات اليدوية (بارع) إن العمل مستمر.")
    assert not any(x in ("إس", "بي", "كلّلت بالنجاح") for x, _ in found), found
    assert ("بارع", "ORG") in found, found


def test_well_known_actors_by_full_name():
    found, _ = ents("والفيلم تمثل فيه بجوار زوجها براد بيت، ووقعت الأميركية ميريل ستريب على العريضة.")
    assert ("براد بيت", "PERS") in found and ("ميريل ستريب", "PERS") in found, found


def test_a_regions_governorate_is_a_body():
    """«إمارة منطقة مكة المكرمة», «إمارة جازان»: the governorate of a region (a seat head, org_heads.tsv), one
    organisation with its place, not the place alone."""
    found, _ = ents("ويقام المهرجان بموافقة إمارة منطقة مكة المكرمة، وحذرت إمارة جازان من إطلاق النار في الأعراس.")
    assert ("إمارة منطقة مكة المكرمة", "ORG") in found and ("إمارة جازان", "ORG") in found, found
    assert not any(t == "LOC" for _, t in found), found


def test_a_club_after_his_club_or_his_team():
    """«رفقة ناديه لاغونتواز», «فريقه الجديد بوتافوغو»: a team noun with a possessive names the club after it
    (a foreign name the corpus never writes, a known club, a town); «نادية» is a given name, and a verb or a
    preposition after «فريقه» names nothing."""
    found, _ = ents("أنهى الموسم رفقة ناديه لاغونتواز، إذ توج بالكأس. ثم انتقل إلى فريقه الجديد بوتافوغو "
                    "وأفاد ناديه السابق الشباب كثيرا. وقالت نادية إن لاعبي فريقه تفوقوا، وتحدث عن ناديه بسطحية.")
    assert ("لاغونتواز", "ORG") in found and ("بوتافوغو", "ORG") in found and ("الشباب", "ORG") in found, found
    assert not any(x in ("تفوقوا", "بسطحية", "نادية") for x, _ in found), found


def test_a_players_role_before_a_club_and_the_name_after_it():
    """«جناح ليفربول رحيم ستيرلينغ», «وهداف التعاون الكاميروني إيفولو»: in a sports report a role in construct
    makes a town or a word the club, and the name after the club is the player; a player noun farther off
    does not («المهاجم … إلى الرياض» is the city)."""
    found, _ = ents("خبر عن الدوري والمباراة. جاء بلاعب هو جناح ليفربول رحيم ستيرلينغ الذي أصبح أغلى لاعب. "
                    "ووصل المهاجم حسن الراهب إلى الرياض مساء اليوم. وغاب هداف التعاون الكاميروني إيفولو.")
    assert ("ليفربول", "ORG") in found and ("رحيم ستيرلينغ", "PERS") in found, found
    assert ("التعاون", "ORG") in found and ("إيفولو", "PERS") in found, found
    assert ("الرياض", "LOC") in found, found


def test_a_currency_after_a_number_is_no_championship():
    found, a = ents("وكلفه 11 مليون يورو للتعاقد معه، ثم لعب في يورو 2016 مع منتخب بلاده.")
    yuro = [m for m in a.entities.mentions if m.text == "يورو"]
    assert yuro and "currency" in yuro[0].evidence, [(m.text, m.evidence) for m in a.entities.mentions]
    assert ("يورو 2016", "MISC") in found, found


def test_quoted_names_after_a_dual_or_a_plural_of_newspaper():
    found, _ = ents('وذكرت صحيفتا "ذي دايلي مايل" و"دايلي تلغراف" أن النادي يسعى إلى الصفقة.')
    assert ("ذي دايلي مايل", "ORG") in found and ("دايلي تلغراف", "ORG") in found, found
    assert ("دايلي", "MISC") not in found, found


def test_a_town_that_is_also_a_word_by_its_feminine_country_adjective():
    """«مدينة ذهب المصرية»: Dahab, though «ذهب» is gold and went; «مدينة جميلة» describes a town."""
    found, _ = ents("انطلق السباح من مدينة ذهب المصرية وصولا إلى الشواطئ السعودية، ثم زار مدينة جميلة.")
    assert ("ذهب", "LOC") in found, found
    assert not any(x == "جميلة" for x, _ in found), found


def test_an_indefinite_adjective_after_a_word_makes_it_no_name():
    """«أصغر سباح رياضي مغربي»: an indefinite adjective agrees with a noun; a country's adjective may be a
    surname («فرحان إيراني»), and «على» after a name is a preposition."""
    found, _ = ents("تابع حرس الحدود تأمين سلامة أصغر سباح رياضي مغربي عربي لعبور الخليج. وقال فرحان إيراني "
                    "إنه سعيد، وقدمته أستريد أندرسون على شكل معاطف.")
    assert not any(x == "سباح" for x, _ in found), found
    assert ("فرحان", "PERS") in found or ("فرحان إيراني", "PERS") in found, found
    assert any(x.endswith("أندرسون") and t == "PERS" for x, t in found), found


def test_a_citys_literary_club_and_no_sports_word_in_it():
    """«أدبي جدة»: the literary club of Jeddah as the Saudi press names it (a seat head); «النادي الأدبي» is
    no sports word, so «جدة» after it stays the city, and «بالتعاون مع» no club."""
    found, _ = ents("اختتم أدبي الباحة ورشة عمل بالتعاون مع النادي الأدبي في جدة. وقال رئيس النادي إن أدبي أبها "
                    "شارك أيضا. وهو عمل أدبي جميل.")
    assert ("أدبي الباحة", "ORG") in found and ("أدبي أبها", "ORG") in found, found
    assert ("جدة", "LOC") in found and not any(x == "التعاون" for x, _ in found), found


def test_two_foreign_companies_after_a_dual():
    """«شركتا بارامونت وسكاي دانس»: two companies though neither is known; «شركتا النفط والغاز» are common words."""
    found, _ = ents("وجنى الفيلم الذي أنتجته شركتا بارامونت وسكاي دانس 20 مليون دولار، وقالت شركتا النفط والغاز إن الأسعار تراجعت.")
    assert ("بارامونت", "ORG") in found and ("سكاي دانس", "ORG") in found, found
    assert not any(x in ("النفط", "الغاز") for x, _ in found), found


def test_more_country_adjectives_before_a_name():
    """«والعاجي يايا توريه», «الأوروغويانيان ماوريسيو أفونسو»: Ivorian, Uruguayan (nisba_exceptions.tsv)."""
    from kit.entities.recognise import nisba_of
    assert nisba_of("العاجي") == "CI" and nisba_of("الأوروغوياني") == "UY" and nisba_of("المونتينيغري") == "ME"
    found, _ = ents("ويعتمد الفريق على الفرنسي سمير نصري والبلجيكي فنسان كومباني والعاجي يايا توريه.")
    assert ("يايا توريه", "PERS") in found, found


def test_a_head_the_body_is_also_named_with_joins_another_spelling():
    """«مجلس الاحتياطي الاتحادي»: the Federal Reserve is also «مجلس الاحتياطي الفيدرالي» in the gazetteer, so
    «مجلس» before the spelling «الاحتياطي الاتحادي» is part of the name; «بعثة الأمم المتحدة» is a mission of
    the United Nations (no alias of the UN opens with «بعثة»)."""
    _, a = ents("ويترقب المستثمرون قرار مجلس الاحتياطي الاتحادي، ووصلت بعثة الأمم المتحدة إلى المدينة.")
    got = {(m.text, m.canonical) for m in a.entities.mentions}
    assert ("مجلس الاحتياطي الاتحادي", "Federal Reserve") in got, got
    assert ("الأمم المتحدة", "United Nations") in got, got


def test_a_star_is_no_players_role():
    """«برنامج “نجم الخليج”»: a programme; «نجم» (a star) before a town-named club makes no club of it,
    even in an article with sports words, and «في الخليج» stays the Gulf."""
    found, _ = ents("قدمت بطولة المسلسل مع فريق العمل. ورفضت تقديم برنامج نجم الخليج لأن فكرته مستهلكة، "
                    "فأجورنا كفنانين في الخليج ليست كأجور الفنانين في مصر.")
    assert not any(x == "الخليج" and t == "ORG" for x, t in found), found


def test_a_famous_surname_after_a_settlements_kind_word_is_the_place():
    """«منطقة بيكهام غرب لندن» (Peckham): neither the people list nor an alias of «بيكهام» makes a person of
    it there; «ناحية هازارد» (towards Hazard) is a preposition, and the player stays himself."""
    found, _ = ents("وهو من مواليد منطقة بيكهام غرب لندن. ولعب بيكهام مع ريال مدريد. وسقط إيدين هازارد في الملعب "
                    "وركض الجهاز الطبي ناحية هازارد.")
    assert [t for x, t in found if x == "بيكهام"] == ["LOC", "PERS"], found
    assert [t for x, t in found if x == "هازارد"] == ["PERS"], found


def test_a_foreign_title_after_a_programme_or_a_film():
    """«برنامج ستار مايكر», «لبرنامج هارد توك»: a foreign title (MISC), not a body named by «برنامج»; the verb
    after it («سمعنا») and an adjective («فيلم وثائقي») are no title; «برنامج الأمم المتحدة الإنمائي» is a body."""
    found, _ = ents("ويلي ذلك عرض برنامج ستار مايكر سمعنا صوتك طوال الأسبوع، وهو مقدم لبرنامج هارد توك. ثم عرض فيلم "
                    "وثائقي عن القناة، وقال برنامج الأمم المتحدة الإنمائي إن التمويل تراجع.")
    assert ("ستار مايكر", "MISC") in found and ("هارد توك", "MISC") in found, found
    assert ("برنامج الأمم المتحدة الإنمائي", "ORG") in found and not any("وثائقي" in x for x, _ in found), found


def test_a_preposition_and_a_noun_after_a_profession_open_no_name():
    """«المدافع الدولي الاسباني بتمديد عقده»: بـ + a verbal noun; «المدافع المصري باسم مراد» and «الممثلة كيري
    واشنطن» are names."""
    found, _ = ents("إذ يطالب المدافع الدولي الاسباني بتمديد عقده مع راتب سنوي. وحضرت الممثلة كيري واشنطن الحفل.")
    assert not any("بتمديد" in x for x, _ in found), found
    assert ("كيري واشنطن", "PERS") in found, found


def test_a_quoted_troupe():
    found, _ = ents("وفازت فرقة “الجنوب” بالمركز الأول، وتأهلت فرقتا “الحجاز” و“رابغ” للنهائي.")
    assert {("الجنوب", "ORG"), ("الحجاز", "ORG"), ("رابغ", "ORG")} <= set(found), found


def test_a_latin_name_after_a_credit_or_a_profession_is_a_person():
    found, _ = ents("والفيلم سيكون من إخراج Anthony Leondis الذي سيشارك في كتابته، وقال المخرج Steven Spielberg إنه سعيد. "
                    "ويعمل بنظام Windows Phone.")
    assert ("Anthony Leondis", "PERS") in found and ("Steven Spielberg", "PERS") in found, found
    assert ("Windows Phone", "PERS") not in found, found


def test_a_players_move_to_a_known_club_confirms_the_club_he_left():
    """«انتقال اللاعب … من الهلال إلى الجزيرة الإماراتي»: «الهلال» is a club, there and later in the article,
    though no sports word stands near it."""
    found, _ = ents("كشفت الصحيفة عن قيمة انتقال اللاعب البرازيلي تياجو نيفيز من الهلال إلى الجزيرة الإماراتي، حيث قالت "
                    "إنه الأغلى هذا الصيف. وقد انتقل نيفيز بعد قضاء موسمين مع الهلال ساهم فيهما في الوصول بالفريق.")
    assert [t for x, t in found if x == "الهلال"] == ["ORG", "ORG"], found


def test_a_relative_named_after_a_kinship_noun_with_its_pronoun():
    """«وله منها ابنهما طارق», «ونجله أحمد علي عبد الله صالح»: the relative's name; «أبي عبدالعزيز» stays a
    kunya, «أبها» a town, and a noun, a place or a verb after the kinship noun names no one."""
    found, _ = ents("وكان متزوجا من الفنانة فاتن حمامة وله منها ابنهما طارق. وطال القرار الرئيس السابق ونجله أحمد علي "
                    "عبد الله صالح. وأصيبت زوجته بحفر الباطن، وكانت برفقة زوجها متوقفين عند الإشارة، واستقرت الطلقة "
                    "في رأس والدتها وأودت بحياتها. وفقدنا برحيل أبي عبدالعزيز صديقا، وهطلت أمطار على أبها.")
    assert ("طارق", "PERS") in found and ("أحمد علي عبد الله صالح", "PERS") in found, found
    assert ("حفر الباطن", "LOC") in found and ("أبها", "LOC") in found, found
    assert not any(t == "PERS" and x in ("متوقفين", "وأودت بحياتها", "بحفر الباطن") for x, t in found), found


def test_hollywood_spelt_with_one_waw():
    found, _ = ents("وتجاوز إلى العالمية بأعمال أجنبية في هوليود والمؤسسات السينمائية العالمية.")
    assert ("هوليود", "LOC") in found, found


def test_and_a_common_noun_after_a_role_join_another_office_not_a_name():
    """«لرئيس الاتحاد السعودي ولأعضاء مجلس إدارته», «وسمو ولي عهده», «زعيم المعارضة وحزب العمال»: و and a noun
    or a body's head after the role coordinate, no person; «الدكتور وسيم عبدالعزيز» is a name."""
    found, _ = ents("وقدم شكره لرئيس الاتحاد السعودي ولأعضاء مجلس إدارة الاتحاد. ورفع التهنئة للملك وسمو ولي عهده. "
                    "وطالب زعيم المعارضة وحزب العمال بالتحقيق. وقال الدكتور وسيم عبدالعزيز إن القطرات متوفرة.")
    assert not any(t == "PERS" and x.startswith(("ولأعضاء", "ولي", "وحزب")) for x, t in found), found
    assert ("وسيم عبدالعزيز", "PERS") in found, found


def test_a_callers_alias_after_a_head_word_does_not_break_the_head_rule():
    """A caller's alias makes an organisation the shared gazetteer lacks; a head word before it
    («مجلس …») must not look that body up there (it raised KeyError)."""
    from kit.entities.recognise import find_entities
    from kit.text.article import parse_article
    a = parse_article("خبر\n\nوقال مجلس الحيتان الزرقاء إن الصيد تراجع.")
    ents_ = find_entities(a, use_model=False, use_camel=False, aliases={"الحيتان الزرقاء": "Blue Whales Board"})
    assert any(m.canonical == "Blue Whales Board" for m in ents_.mentions), [(m.text, m.canonical) for m in ents_.mentions]


def test_a_known_person_is_not_widened_over_a_verb_an_adjective_or_another_person():
    """The model's longer span may widen a person the gazetteer knows by given names before it and a
    lineage after it, not by a verb and another player («ميسي عانق نيمار»), an adjective («محمد مرسي
    المنتمي») or a noun with its pronoun («… هادي سيطرتها»); a plain surname after a known one-word name
    makes another person («بيجن زنغنه» is not Menachem Begin)."""
    found, a = ents("وكان ميسي عانق نيمار في مباراة برشلونة. وأعلن الجيش عزل الرئيس السابق محمد مرسي المنتمي لها. "
                    "وأحكمت القوات الموالية للرئيس عبد ربه منصور هادي سيطرتها عليها. "
                    "وقال وزير النفط الإيراني بيجن زنغنه إن الإنتاج سيرتفع.")
    for name in ("ميسي", "محمد مرسي", "عبد ربه منصور هادي", "بيجن زنغنه"):
        assert (name, "PERS") in found, (name, found)
    assert not any(t == "PERS" and x.endswith(("نيمار", "المنتمي", "سيطرتها")) for x, t in found), found
    begin = next(m for m in a.entities.mentions if m.text == "بيجن زنغنه")
    assert begin.canonical != "Menachem Begin", begin


def test_companies_of_a_market_report_ranked_by_their_shares_or_after_a_share():
    """A market report names listed companies by words that are common ones or places: in a run ranked
    by percentages with a known company («ثم الخدمات الأرضية بنسبة 12.21% والراجحي بنسبة 3.21%»), or
    after «سهم» with a figure after («وصعد سهم الخليج للملاحة 2.9%»); a ranking of goods, a count of
    shares and a share's kind stay untagged."""
    found, _ = ents("وتصدرت أسهم شركة سابك القائمة بنسبة 12.23% ثم الخدمات الأرضية بنسبة 12.21% و الإنماء بنسبة 9.15% "
                    "والراجحي بنسبة 3.21% ومعادن 2.38%. وصعد سهم الخليج للملاحة 2.9 % بعدما أعلنت الشركة زيادة أرباحها. "
                    "وارتفع سهم المراعي 1.6 %. وهبط سهم أملاك للتمويل 0.5 في المائة. وبلغت الأسهم المتداولة "
                    "121 مليون سهم متداول. وكانت أهم الصادرات المنتجات المعدنية بنسبة 3.5 في المائة والنسيجية بنسبة "
                    "3.1 في المائة ومواد البناء بنسبة 2 في المائة. وهبط سهمي إعمار العقارية وأرابتك القابضة للبناء 1.3 في المئة.")
    for name in ("الخدمات الأرضية", "الإنماء", "الراجحي", "معادن", "الخليج للملاحة", "المراعي", "أملاك للتمويل"):
        assert (name, "ORG") in found, (name, found)
    assert ("الخليج", "LOC") not in found, found
    assert not any(x in ("متداول", "المنتجات المعدنية", "النسيجية", "الشركة") for x, _ in found), found
    assert not any(t == "MISC" and "أرابتك" in x for x, t in found), found


def test_fans_and_a_club_without_its_tanween_are_sports_words():
    """«مشجعو الهلال», «ناد كالنصر» (نادٍ written without its tanween) report sport: the bare ambiguous
    clubs of such an article are clubs."""
    found, _ = ents("وكتب عن الدوري السعودي: ناد كالنصر السعودي من يتخطاه؟ لماذا يصرخ مشجعو الهلال من مدح النصر؟ "
                    "أنا أحترم الهلال.")
    assert ("الهلال", "ORG") in found and ("النصر", "ORG") in found, found


def test_a_club_after_thereby_a_verb_after_a_company_list_and_a_latin_spelling():
    """«ليلتقي بذلك الخليج شقيقه العروبة»: «بذلك» is "thereby", no demonstrative pointing at a noun; «…
    وكوكا كولا، وجمعت الشركتان»: a past verb of "she" opens the next clause, no company; «( إمانويل ساكس
    Emanuel Sacks)»: the Latin name spells the person before it."""
    found, _ = ents("وتأهل الخليج لدور الثمانية من كأس ولي العهد بعد أن كسب ضيفه الشباب بهدفين، ليلتقي بذلك الخليج "
                    "شقيقه العروبة في الدور المقبل. وكان الرقم باسم شركتي مايكروسوفت وكوكا كولا، وجمعت الشركتان حينها "
                    "1151 شخصا. وقال المخترع إمانويل ساكس إن الطابعة جديدة، وقد ابتكرها ( إمانويل ساكس Emanuel Sacks) عام 1993.")
    assert found.count(("الخليج", "ORG")) == 2 and ("الخليج", "LOC") not in found, found
    assert not any(x == "جمعت" for x, _ in found), found
    assert ("Emanuel Sacks", "PERS") in found, found


def test_a_website_read_aloud_and_a_short_name_quoted_after_a_body():
    """«موقع الأخبار المالية أرقام دوت كوم»: the website's name with its domain, not «طفرة الدوت كوم»;
    «السوق المالية السعودية "تداول"»: the quoted short name is the body's, not after a one-word maker
    («كيا «جراند كرنفال»» is the car) nor after a quoted name («"بوينغ" "فرانس برس"»)."""
    found, a = ents("وأشارت أرقام نشرها موقع الأخبار المالية أرقام دوت كوم نقلا عن البنك، بعد طفرة الدوت كوم. "
                    "وتعلن شركة السوق المالية السعودية \"تداول\" توقيع اتفاقية. وفازت كيا «جراند كرنفال» 2015 بجائزة. "
                    "وقال المتحدث باسم \"بوينغ\" لوكالة \"فرانس برس\": إن القطعة سقطت.")
    assert ("أرقام دوت كوم", "ORG") in found and not any("الدوت" in x for x, _ in found), found
    assert ("تداول", "ORG") in found, found
    tadawul = next(m for m in a.entities.mentions if m.text == "تداول")
    assert tadawul.entity_id == next(m for m in a.entities.mentions if m.text == "السوق المالية السعودية").entity_id
    assert ("جراند كرنفال", "ORG") not in found and ("لوكالة", "ORG") not in found, found


def test_ali_written_with_ya_before_a_plain_surname_after_a_profession():
    """«عمل الفنان علي خرندا»: «علي» written with ي is a given name before a surname that is no common
    word; «ووافق المدرب علي الخطة», «علي طلب اللاعب» keep the preposition as some newsrooms write it."""
    found, _ = ents("في العام 1948 عمل الفنان علي خرندا في شركة ارامكو. ووافق المدرب علي الخطة الجديدة، "
                    "واعتمد المدرب علي طلب اللاعبين.")
    assert ("علي خرندا", "PERS") in found, found
    assert not any(t == "PERS" and x.startswith("علي ") and x != "علي خرندا" for x, t in found), found


def test_one_sports_word_twice_is_no_sports_report_and_quantifiers_and_prayers_name_nobody():
    """«فريق “شباب بلس”» twice is a volunteers' team: one sports word, however often, leaves «أبها» the
    city; «بكل جمال وأخلاق» is "with all beauty"; «أسأل الله» is "I ask God"."""
    found, _ = ents("أبها: فريق “شباب بلس” يقيم وقفة وفاء. وأقام فريق “شباب بلس” في أبها ديوانيته لهذا الشهر. "
                    "ونحن نتعامل مع الحياة بكل جمال وأخلاق. - أسأل الله ألا يغير علينا نعمه.")
    assert found.count(("أبها", "LOC")) == 2, found
    assert not any(x in ("جمال", "أسأل الله") for x, _ in found), found


def test_a_list_of_companies_after_the_shares_word_alone():
    """«تلتها أسهم الخليج للتدريب والعالمية للتأمين و وفاء للتأمين ، و وفرة وجاكو»: after «أسهم» a list
    with a company's field in it names companies (the و written apart too), «الخليج للتدريب» above the
    gulf; «أسهم آبل وشركات تكنولوجيا أخرى» names no company «شركات»."""
    found, _ = ents("وتصدرت شركة الكابلات قائمة الأسهم المرتفعة تلتها أسهم الخليج للتدريب والعالمية للتأمين و وفاء "
                    "للتأمين ، و وفرة وجاكو ،في حين تراجعت أسهم أخرى. وباع المستثمرون أسهم آبل وشركات تكنولوجيا أخرى.")
    for name in ("الخليج للتدريب", "العالمية للتأمين", "وفاء للتأمين", "وفرة", "جاكو"):
        assert (name, "ORG") in found, (name, found)
    assert not any(x in ("شركات", "وشركات") for x, _ in found), found


def test_latin_name_past_a_parenthesis_or_a_naming_word_and_a_quoted_name_after_an_office_with_adjectives():
    """«ملعب (Bischofshofen)» is a place, «شركة هولندية تسمى VolkerWessels» a company; «المدير الفني “جوريجوس
    دونيس”», «الرئيس الإسرائيلي «رؤبين رفلين»» are people (not «مدير “سوذبيز”», the body's)."""
    found, _ = ents("والذي سيقام على ملعب (Bischofshofen) بالنمسا. واقترحت شركة هولندية تسمى VolkerWessels بناء طرق. "
                    "واكتفى المدير الفني “جوريجوس دونيس” بالحصة الصباحية. وقال الرئيس الإسرائيلي «رؤبين رفلين» إن "
                    "اللقاء مهم. وقال مدير “سوذبيز” إن المزاد ناجح.")
    assert ("Bischofshofen", "LOC") in found and ("VolkerWessels", "ORG") in found, found
    assert ("جوريجوس دونيس", "PERS") in found and ("رؤبين رفلين", "PERS") in found, found
    assert ("سوذبيز", "PERS") not in found, found


def test_a_model_number_after_its_maker_and_a_kunya_in_parentheses():
    """«(نوكيا 3310-نوكيا 3210)»: each maker and model number is a product (the hyphen no longer glues the
    number to the next maker), not «أرامكو 2015» nor «سابك 500 مليون»; «إبراهيم القصيمي (أبوعبدالكريم)»:
    the kunya is the person's."""
    found, _ = ents("وهي (نوكيا 3310-نوكيا 3210)، وحققت أرامكو 2015 أرباحا وربحت سابك 500 مليون ريال. "
                    "وكرم الإعلامي إبراهيم القصيمي (أبوعبدالكريم) أبناء الشهداء. وقال محمد أحمد (ابوظبي) إن المشروع "
                    "ناجح، وقال عمر البشير (أم درمان) إن.")
    assert ("نوكيا 3310", "MISC") in found and ("نوكيا 3210", "MISC") in found, found
    assert not any(x.startswith(("أرامكو 2", "سابك 5")) for x, _ in found), found
    assert ("أبوعبدالكريم", "PERS") in found, found
    assert not any(t == "PERS" and x in ("ابوظبي", "أم درمان") for x, t in found), found


def test_a_state_the_gazetteer_lacks_after_a_countrys_kind_word():
    """«دولة الأحواز العربية», «دولة المماليك»: after a state's kind word a name the gazetteer lacks is a
    place; «أمن دولة المحررة», «دولة القانون» describe or name no state."""
    found, _ = ents("ماذا تحتاج دولة الأحواز العربية المحتلة؟ ثم برزت دولة المماليك قوة جديدة. وأحالت نيابة أمن "
                    "دولة المحررة القضية، ودعا إلى دولة القانون.")
    assert ("الأحواز", "LOC") in found and ("المماليك", "LOC") in found, found
    assert not any(x in ("المحررة", "القانون") for x, _ in found), found


def test_a_body_named_by_its_head_a_verbal_noun_and_a_definite_word():
    """«معهد إعداد القادة», «جمعية رعاية الأيتام», «صندوق تنمية الموارد البشرية»: a strong head, a noun in
    construct and a definite word name a body; «مجلس إدارة الشركة» is a board, «جمعية خيرية الأحد» a charity
    (an adjective, then the day), «شركة خدمات الإنترنت الأمريكية» a description; after «شركة» a company's kind
    or its field makes the name («شركة تدوير البيئة الأهلية»)."""
    found, _ = ents("أقيمت الدورة في معهد إعداد القادة بالرياض. وقالت جمعية رعاية الأيتام إن الدعم وصل، ودعم صندوق "
                    "تنمية الموارد البشرية البرامج. وقرر مجلس إدارة الشركة توزيع أرباح. وأعلنت جمعية خيرية الأحد عن "
                    "حملة. وطورت شركة خدمات الإنترنت الأمريكية العملاقة تطبيقا. وتأسست شركة تدوير البيئة الأهلية "
                    "برأسمال 15 مليون ريال.")
    for name in ("معهد إعداد القادة", "جمعية رعاية الأيتام", "تدوير البيئة الأهلية"):
        assert (name, "ORG") in found, (name, found)
    assert any(x.startswith("صندوق تنمية الموارد البشرية") and t == "ORG" for x, t in found), found
    assert not any(x.startswith(("مجلس إدارة", "جمعية خيرية", "شركة خدمات", "خدمات الإنترنت")) for x, _ in found), found


def test_a_body_name_ends_before_a_pronoun_noun_an_office_or_a_person_after_a_coordinated_word():
    """«مجلس إدارتها» (its board), «حزب رئيس الوزراء» (the prime minister's party) name no body; «وزارة
    الإسكان للدراسات والبحوث محمد الزميع»: the person after the body's coordinated field is not in its name."""
    found, _ = ents("وقال نائب رئيس مجلس إدارتها إن الشركة رابحة. وذكرت صحيفة مقربة من حزب رئيس الوزراء أن الاتفاق "
                    "قريب. وحضر الاجتماع وكيل وزارة الإسكان للدراسات والبحوث محمد الزميع. وأحيل الأمر إلى لجنة فض "
                    "المنازعات، وأنشئت شبكة ري للقرى.")
    assert not any("إدارتها" in x or "رئيس الوزراء" in x or x.startswith("شبكة ري") for x, _ in found), found
    assert ("وزارة الإسكان للدراسات والبحوث", "ORG") in found, found
    assert not any(t == "ORG" and "محمد" in x for x, t in found), found
    assert ("لجنة فض المنازعات", "ORG") in found, found


def test_a_name_after_a_profession_ends_before_the_office_said_again():
    """«المدرب الروماني ريجيكامب مدرب نادي الهلال», «اللاعب البرازيلي هيرناني دي سوزا محترف النصر»,
    «المطربة الخليجية احلام ملكة حقيقية»: the name stops before the office or the role noun, and is found again
    alone («المدرب ريجيكامب»)."""
    found, _ = ents("شدد المدرب الروماني ريجيكامب مدرب نادي الهلال على أهمية المباراة. وقال اللاعب البرازيلي هيرناني "
                    "دي سوزا محترف النصر سابقا إنه نادم. ورغم أن المطربة الخليجية احلام ملكة حقيقية على تويتر، "
                    "احتفلت احلام بالتوثيق. وقال اللاعب: أنا رهن إشارة المدرب ريجيكامب دائما.")
    assert found.count(("ريجيكامب", "PERS")) == 2, found
    assert ("هيرناني دي سوزا", "PERS") in found and found.count(("احلام", "PERS")) == 2, found
    assert not any(x.endswith(("مدرب", "محترف", "ملكة")) for x, _ in found), found


def test_an_imperative_is_no_town_and_a_region_of_arabia_is_a_place():
    """«قم بحذف التطبيق» (do delete the app) is no Qom, which a cue still finds («إلى مدينة قم»); «تراث
    الحجاز» is the Hejaz."""
    found, _ = ents("اتبع الخطوات: قم بحذف أي تطبيق خارجي، ثم قم بتسجيل الدخول. وسافر الوفد إلى مدينة قم. وتعكس "
                    "اللوحات تراث الحجاز وتاريخه.")
    assert found.count(("قم", "LOC")) == 1 and ("الحجاز", "LOC") in found, found


def test_social_networks_and_transliterated_media_and_film_companies_are_organisations():
    """Social networks are organisations, as Twitter is (messengers stay products); well-known media and film
    companies written in Arabic letters are found by name («أكسل سبرينجر», not the spreadsheet «أكسل»)."""
    found, _ = ents("ونشرت صورتها على إنستقرام وسناب شات وتواصلت عبر واتساب. وبين المشترين المحتملين أكسل سبرينجر "
                    "الألمانية، وحصتها في مجلة إيكونوميست، وأنتجته باراماونت ووارنر بروس.")
    for name in ("إنستقرام", "سناب شات", "أكسل سبرينجر", "إيكونوميست", "باراماونت", "وارنر بروس"):
        assert (name, "ORG") in found, (name, found)
    assert ("واتساب", "MISC") in found and ("أكسل", "MISC") not in found, found


def test_a_tag_line_glued_to_the_text_seeds_no_name():
    """«… دون الوطن أبطال سمات الملك سلمان شهران عاصفة الحزم»: an unpunctuated run to the end after «سمات» is
    the tags, whose run-together «سلمان شهران» is not repeated as the tribe «شهران» in the text; «من سمات
    الشخصية، …» is text."""
    _, a = ents("قصيدة من قبيلة شهران للجنود\nكنا رقود وقمنا على حس الأحرار\nما ننهزم دون الوطن أبطال سمات الملك "
                "سلمان شهران عاصفة الحزم ")
    found = [(m.text, m.type) for m in a.entities.mentions]
    assert ("شهران", "PERS") not in found, found
    assert [b.kind for b in a.article.boilerplate][-1:] == ["tags"], a.article.boilerplate
    _, b = ents("الصبر من سمات الشخصية القوية، وهو كثير")
    assert not any(x.kind == "tags" for x in b.article.boilerplate)


def test_a_list_of_people_vouches_for_a_foreign_item_and_the_model_splits_at_and_a_given_name():
    """«، ونيكول سابا ، وباسكال مشعلاني .»: after a person who is an item of a list, a next item of two name
    words is a person though no list knows «باسكال»; «وغادة عادل وياسمين عبد العزيز»: the model's «عادل
    وياسمين عبد العزيز» is two people, and the list gives «غادة عادل» whole; «محمد وليد» stays one (وليد is a
    given name whole); a place item is no person («، وبرلين الغربية»)."""
    found, _ = ents("ويشارك في الحفل كل من نانسي عجرم ، ونيكول سابا ، وباسكال مشعلاني . ويشارك في الفيلم أحمد السقا ، "
                    "وأحمد رزق ، وغادة عادل وياسمين عبد العزيز ، ومدحت صالح . وحضر الاجتماع نيكول سابا ، وبرلين "
                    "الغربية . وقال محمد وليد إن العرض ناجح.")
    for name in ("باسكال مشعلاني", "غادة عادل", "ياسمين عبد العزيز", "محمد وليد"):
        assert (name, "PERS") in found, (name, found)
    assert not any(t == "PERS" and ("وياسمين" in x or "برلين" in x) for x, t in found), found


def test_an_acronym_in_brackets_after_a_term_is_no_body_and_latin_lists_of_companies_agree():
    """«البروتينات الدهنية منخفضة الكثافة (LDL)», «الأقساط المكتتبة (GWP)»: an acronym after words that name
    nothing abbreviates a term; after a body's name it is the body's («محكمة التحكيم الرياضية (CAS)»). Latin
    names listed with a Latin company («Best Buy, Walmart, Amazon, Newegg») are companies too."""
    found, _ = ents("وتحمل البروتينات الدهنية منخفضة الكثافة (LDL) الكوليسترول، وبلغ إجمالي الأقساط المكتتبة (GWP) 500 "
                    "مليون ريال. وقالت محكمة التحكيم الرياضية (CAS) إن القرار نهائي. ويمكن الطلب عبر متاجر Best Buy, "
                    "Walmart, Amazon, Newegg.")
    assert not any(x in ("LDL", "GWP") for x, _ in found), found
    assert ("CAS", "ORG") in found, found
    for name in ("Best Buy", "Walmart", "Amazon", "Newegg"):
        assert (name, "ORG") in found, (name, found)


def test_a_given_name_that_is_also_an_office_after_a_title_and_a_title_after_a_definite_body():
    """«الأمير سلطان بن سلمان», «مستشفى الأمير سلطان»: after a title, «سلطان» is the given name, not a second
    office; «رئيس مجلس إدارة الجمعية المهندس فهد المقحم»: after a definite body the title opens a person (not
    the model's «الجمعية المهندس فهد»); «بن علي» is a father's name, not the preposition."""
    found, _ = ents("وأكد الأمير سلطان بن سلمان أهمية التراث، وزار مستشفى الأمير سلطان العسكري. ودعا رئيس مجلس إدارة "
                    "الجمعية المهندس فهد المقحم الطلاب إلى المؤتمر. وقدم مدير المستشفى الدكتور إبراهيم بن علي الحربي "
                    "شرحا مفصلا.")
    for name, typ in (("سلطان بن سلمان", "PERS"), ("فهد المقحم", "PERS"), ("إبراهيم بن علي الحربي", "PERS")):
        assert (name, typ) in found, (name, found)
    assert any(t == "ORG" and x.startswith("مستشفى الأمير سلطان") for x, t in found), found
    assert not any("المهندس" in x for x, _ in found), found


def test_generic_groups_teams_and_a_number_are_no_names():
    """«مجموعة الطلاب», «مجموعة الأجهزة اللوحية» (a set of), «مدرب الفريق الأولمبي» (a club's Olympic side),
    «لمجلس إدارة البنك» (a bank's board), «صاحب الـ3 أهداف» (the scorer of three) name nothing; «فمن منا»
    (who among us) is no Minna; «مجموعة بن لادن» stays a company."""
    found, _ = ents("وتسلل إلى مجموعة الطلاب، وأطلقت الشركة مجموعة الأجهزة اللوحية الجديدة. وعين عمرو أنور مدرب الفريق "
                    "الأولمبي، وصرفت الأرباح التي سبق لمجلس إدارة البنك الموافقة عليها. وغرد اللاعب صاحب الـ3 أهداف "
                    "مع منتخب تشيلي. فمن منا لا يذكر ألعاب الطفولة؟ ووقعت مجموعة بن لادن العقد.")
    assert not any(x.startswith(("مجموعة الطلاب", "مجموعة الأجهزة", "الفريق الأولمبي", "مجلس إدارة", "صاحب"))
                   for x, _ in found), found
    assert ("منا", "LOC") not in found, found
    assert any(t == "ORG" and "بن لادن" in x for x, t in found), found


def test_listed_saudi_companies_by_name_and_no_time_in_a_ranking():
    """«أسمنت ينبع», «الإنماء طوكيو», «تبوك الزراعية», «الصحراء للبتروكيماويات»: listed companies named after
    a town are companies, not the town; in «قائمة الشركات الأكثر تراجعا في الشهر الماضي بنسبة 12.95%» the
    month after «في» is no company."""
    found, _ = ents("أوصى مجلس إدارة شركة أسمنت ينبع بتوزيع أرباح، وأعلنت تبوك الزراعية نتائجها. وتصدرت شركة العقارية "
                    "قائمة الشركات الأكثر تراجعا في الشهر الماضي بنسبة 12.95% تبعها الإنماء طوكيو بنسبة 11.46% ثم بنك "
                    "البلاد بنسبة 11.45%، وارتفع سهم الصحراء للبتروكيماويات.")
    for name in ("أسمنت ينبع", "تبوك الزراعية", "الإنماء طوكيو", "الصحراء للبتروكيماويات"):
        assert (name, "ORG") in found, (name, found)
    assert not any(x in ("ينبع", "تبوك", "طوكيو") for x, _ in found), found
    assert not any("الشهر" in x for x, _ in found), found


def test_a_name_after_a_countrys_adjective_as_a_noun_and_a_captains_club():
    """«للبوليفي فابيان», «بالبرازيليين أدواردو وألميدا», «من قبل الكولومبي هيقيتا»: a country's adjective
    a preposition governs is the person, whose name follows; not «في السعودية و30 ألفا», «للروس باستهداف»,
    «من اللبنانيين مبرأ». In a sports report «قائد النصر» names the club (the captain's)."""
    found, _ = ents("لن يلعب قائد النصر حسين عبدالغني في نهائي الكأس أمام الهلال. وقرر المدرب التجديد للبوليفي فابيان، "
                    "وسعى الهلال لتقوية هجومه بالبرازيليين أدواردو وألميدا. وباع 50 ألفا في السعودية و30 ألفا بعد "
                    "أسبوع. واتهمت كييف الموالين للروس باستهداف مواقعها. وليس أحد من اللبنانيين مبرأ من التواطؤ.")
    for name in ("فابيان", "أدواردو", "ألميدا"):
        assert (name, "PERS") in found, (name, found)
    assert ("النصر", "ORG") in found, found
    assert not any(t == "PERS" and x in ("و30", "30", "باستهداف", "مبرأ") for x, t in found), found


def test_drug_and_oil_companies_and_a_city_spelled_another_way():
    """Drug makers and oil companies by their Arabic names («جلياد», «بيوجين», «بتروناس», «ثيبسا»), and
    «بوينوس ايرس» in a dateline is Buenos Aires, not a body."""
    found, _ = ents("وتتصدر جلياد وبيوجين قائمة شركات التقنية الحيوية، ووقعت سوناطراك عقودا مع بتروناس وثيبسا.\n"
                    "عين اليوم – بوينوس ايرس\nأعلن رئيس الاتحاد دعمه.")
    for name in ("جلياد", "بيوجين", "بتروناس", "ثيبسا"):
        assert (name, "ORG") in found, (name, found)
    assert ("بوينوس ايرس", "LOC") in found, found


def test_a_network_head_and_najd_only_after_its_kind_word():
    """«الشبكة السعودية للمدفوعات» is a body (a weak head with a country's adjective and its field); «منطقة
    نجد» is Najd, but «نجد» ("we find") elsewhere in the same article is no repeat of it."""
    found, _ = ents("وأعلنت الشبكة السعودية للمدفوعات أن العمليات ارتفعت، وزار الوفد منطقة نجد، ونحن نجد أن الأمر "
                    "صعب ولن نجد حلا.")
    assert ("الشبكة السعودية للمدفوعات", "ORG") in found, found
    assert found.count(("نجد", "LOC")) == 1, found


def test_a_kind_of_body_in_indefinite_common_nouns_and_a_mrs_company():
    """«مؤسسة أبحاث مستهلكين», «شبكة مجرمين مأجورين», «شركة خدمات نفطية»: indefinite common nouns after a
    body's head say what kind of body it is, no name, nor does a cue-only place read as an adjective («صندوق
    مالي», a financial fund); «جمعية نفع الخيرية», «شركة معادن» stay names. «بشركة
    السيدة تشو» is Mrs Zhou's company: no body named «السيدة تشو», whose «السيدة تشو» would repeat as ORG."""
    found, _ = ents("بعد أن تقوم مؤسسة أبحاث مستهلكين تابعة للعصابة بسؤال الناس، تتبع المحقق شبكة مجرمين مأجورين. "
                    "وأعلنت شركة خدمات نفطية أمريكية خفض إنتاجها، وقدمت جمعية نفع الخيرية مساعدات، وقالت شركة معادن "
                    "إن أرباحها ارتفعت، وأنشأت الحكومة صندوق مالي لدعم الشركات.")
    assert not any(x in ("أبحاث مستهلكين", "مجرمين مأجورين", "خدمات نفطية", "مالي") or "مؤسسة" in x or "شبكة" in x
                   or "صندوق" in x
                   for x, _ in found), found
    assert ("جمعية نفع الخيرية", "ORG") in found, found
    assert ("معادن", "ORG") in found, found
    found, _ = ents("تعد تشو كونفاي أغنى امرأة عصامية. ودفع ذلك بشركة السيدة تشو إلى موقع مهيمن، وتقول السيدة تشو إنها "
                    "تعمل كل يوم.")
    assert not any(t == "ORG" and "تشو" in x for x, t in found), found
    assert ("تشو كونفاي", "PERS") in found, found


def test_one_word_items_of_a_chain_of_people_and_a_coachs_foreign_name():
    """A line-up joins people by و: a one-word foreign item between two people found («وأدريان»), the
    last item of the chain («وألميدا.») and a two-word item after a person («وايلتون ألميدا فقد») are
    people too; not «والوفد», «وزوجته», nor a noun with its pronoun («ستاثاكيس اجتماعهما»). After «المدرب»
    a word of a foreign name's shape is the coach («المدرب بيتوركا بالقرار»), not «المدرب أمس»."""
    found, _ = ents("ويمثل النصر عبدالعزيز الجبرين وشايع شراحيلي وأدريان ويحيى الشهري في الوسط، ويمثل الهلال "
                    "سلمان الفرج ونواف العابد ومحمد الشلهوب وألميدا. وتعاقد الهلال مع كارلوس إدواردو وايلتون ألميدا "
                    "فقد بدأ تدريباته. واستقبل محمد صالح والوفد المرافق له وزوجته. وبدأ الوزيران إقليدس تساكالوتوس "
                    "وجيورجيوس ستاثاكيس اجتماعهما أمس. ووصف البلوي رحيل المدرب بيتوركا بالقرار الصحيح، وقال المدرب "
                    "أمس إن الفريق جاهز.")
    for name in ("أدريان", "ألميدا", "ايلتون ألميدا", "بيتوركا"):
        assert (name, "PERS") in found, (name, found)
    assert not any(x in ("الوفد", "زوجته", "أمس") or "اجتماعهما" in x for x, _ in found), found


def test_a_tag_line_confirms_a_name_the_model_was_unsure_of():
    """An unsure model guess is not repeated across the article, unless the editor's tag line lists the
    same name: then the surname alone is that person wherever it recurs."""
    text = ("ماذا قال البلوي عن الصفقات\n\nعرض برنامج صدى الملاعب حديثا مطولا من جزءين لمنصور البلوي المشرف على "
            "فريق كرة القدم، حيث أكد البلوي أن تصريحاته طبيعية.\nوأضاف البلوي أن العمل يأتي وفق إستراتيجية. "
            "سمات منصور البلوي نايف هزازي")
    got = [(m.text, m.type) for m in analyze_text(text, dct=None).entities.mentions]
    assert got.count(("البلوي", "PERS")) == 3, got
    cut = [(m.text, m.type, m.evidence) for m in analyze_text(text.rsplit("سمات", 1)[0], dct=None).entities.mentions]
    assert ("صدى الملاعب", "MISC") in [x[:2] for x in cut], cut  # the programme (data/gazetteer/works.tsv)
    cut = [x for x in cut if x[1] == "PERS"]
    assert [x[:2] for x in cut] == [("منصور البلوي", "PERS")], cut
    # the model's unsure guess (under 0.7, the bar for repeating a two-word name): no repeat without the tag line
    assert float(re.search(r"score (0\.\d+)", cut[0][2]).group(1)) < 0.7, cut


def test_a_club_named_like_its_town_is_the_town_after_a_places_preposition():
    """In a sports report «الرياض» may be the club, but «تدريباته بالرياض», «في جدة» and «قطبي الرياض» are
    the towns; a club after a verb that takes بـ stays the club («التحق بليفربول»). Two clubs joined by و
    after «الاتحاد» are both clubs («على حساب الاتحاد والشباب»), and «أحرز … لقب» is sports talk."""
    found, _ = ents("تجمع المباراة قطبي الرياض النصر والهلال في الدوري. وبدأ الهلال تدريباته بالرياض قبل أن يلعب في جدة "
                    "أمام الأهلي. وكان اللاعب لامبرت التحق بليفربول الصيف الماضي. وأحرز الفتح لقب النسخة الأولى على حساب "
                    "الاتحاد والشباب لقب الثانية.")
    assert found.count(("الرياض", "LOC")) == 2 and ("جدة", "LOC") in found, found
    assert not any(x in ("الرياض", "جدة") and t == "ORG" for x, t in found), found
    for club in ("ليفربول", "الفتح", "الاتحاد", "الشباب", "النصر", "الهلال"):
        assert (club, "ORG") in found, (club, found)


def test_a_magazine_its_quoted_short_name_a_drama_title_and_a_festivals_quoted_name():
    """«مجلة الحج والعمرة» is a body (a paper's head, as «صحيفة»), and «“الحج والعمرة”» quoted elsewhere is
    that magazine, not «“التأمين”» of «شركة التأمين»; a drama's quoted title after «الدراما» and its
    genre words is a work; «مهرجان جدة التاريخية “كنا كدا”»: the quoted short name of the festival."""
    found, _ = ents("تعد مجلة الحج والعمرة التي تصدرها وزارة الحج من أعرق المجلات، وبدأت مرحلة جديدة باسم يحمل "
                    "“الحج والعمرة”. وقدم المخرج علي العلي الدراما الخليجية الاجتماعية “ذاكرة من ورق” على MBC. ويتربع "
                    "البيت الحجازي في وسط مهرجان جدة التاريخية  “كنا كدا” في نسخته الثانية. ورفضت شركة التأمين الطلب، "
                    "ورفض «التأمين» تعويضه.")
    assert ("مجلة الحج والعمرة", "ORG") in found and ("الحج والعمرة", "ORG") in found, found
    assert ("ذاكرة من ورق", "MISC") in found and ("كنا كدا", "MISC") in found, found
    assert not any(x == "التأمين" for x, _ in found), found


def test_a_definite_surname_spelled_like_a_particle_repeats():
    """«العلي» of «علي العلي» is the person's surname again, though «علي» alone folds like «على»: a written
    article makes no particle of it (a bare «علي» after a title is still never a one-word person)."""
    found, _ = ents("ليديره المخرج علي العلي في الدراما الجديدة. وهو ما يؤكد عليه العلي بقوله إن العمل مختلف، ويتابع "
                    "العلي معقبا على وصفه.")
    assert found.count(("العلي", "PERS")) == 2, found
    assert not any(x in ("على", "عليه") for x, _ in found), found


def test_a_competition_named_by_its_grade():
    """«الدوري الممتاز», «كأس السوبر», «الكأس السوبر»: a competition's head and its grade name the
    competition the report is about (MISC); «الدوري» alone, or «الفندق الممتاز», name nothing."""
    found, _ = ents("بدأ مانشستر سيتي مشواره في الدوري الممتاز أمام وست هام، وتوج قبل أيام بلقب الكأس السوبر، ويشارك "
                    "إدواردو أمام النصر في كأس السوبر. ونزل اللاعبون في الفندق الممتاز وتحدثوا عن الدوري.")
    for name in ("الدوري الممتاز", "الكأس السوبر", "كأس السوبر"):
        assert (name, "MISC") in found, (name, found)
    assert not any(x in ("الفندق الممتاز", "الدوري", "السوبر") for x, _ in found), found


def test_the_saudi_stock_market_is_no_body_but_the_exchange_is():
    """«سوق الأسهم السعودية» describes the market («أغلق مؤشر سوق الأسهم السعودية»), a generic phrase as the
    dev-set conventions have it; «السوق المالية السعودية» is the exchange's name (ORG)."""
    found, _ = ents("أغلق مؤشر سوق الأسهم السعودية اليوم على انخفاض، وأعلنت السوق المالية السعودية إدراج شركة جديدة.")
    assert not any("سوق الأسهم" in x for x, _ in found), found
    assert ("السوق المالية السعودية", "ORG") in found, found


def test_countries_spelled_with_jim_for_the_foreign_g():
    """Egyptian newsrooms write the foreign g with ج: «الأوروجواي», «باراجواي», «جواتيمالا» are the countries
    (LOC, a country standing for its team too), not a club the model guesses nor a person after a title."""
    found, _ = ents("سجل هدفا في مرمى الأوروجواي، وتعادل المنتخب أمام باراجواي. وزار الوزير جواتيمالا ونيكاراجوا، "
                    "ورفعت السفينة علم لوكسمبورج.")
    for name in ("الأوروجواي", "باراجواي", "جواتيمالا", "نيكاراجوا", "لوكسمبورج"):
        assert (name, "LOC") in found, (name, found)
    assert not any(t in ("PERS", "ORG") for _, t in found), found


def test_the_town_of_a_dateline_is_never_the_club_named_like_it():
    """«عين اليوم – برشلونة» says where a sports report comes from: the city (LOC), while «نادي برشلونة» and
    the club that wins later in the report stay the club (ORG)."""
    found, _ = ents("عين اليوم – برشلونة\nأعلن نادي برشلونة تعاقده مع المدافع، وفاز برشلونة على فالنسيا بهدفين في "
                    "الدوري الإسباني.")
    assert found[:2] == [("عين اليوم", "ORG"), ("برشلونة", "LOC")], found
    assert found.count(("برشلونة", "ORG")) == 2, found


def test_a_show_tagged_by_its_hashtag_after_its_noun():
    """«مسلسل #سيلفي»: a hashtag right after a work's noun is the work's title (MISC), words and all, and it is
    the title again where the report names it alone; a hashtag after no such noun names nothing."""
    found, _ = ents("وقال بطل مسلسل #سيلفي إن الحلقات جريئة، وتابع الجمهور حلقات سيلفي بشغف، وشاركوا بوسم #دراما_رمضان، "
                    "وعرضت القناة مسلسل #باب_الحارة أمس.")
    assert found.count(("سيلفي", "MISC")) == 2, found
    assert ("باب_الحارة", "MISC") in found and len(found) == 3, found


def test_a_given_name_that_is_a_word_before_a_family_name_after_a_profession():
    """«الكاتب الساخر خلف الحربي»: after a profession and an adjective of the word clusters («الساخر»,
    «العجوز»), a given name that is also a word («خلف»: behind) is a name when a family name follows it;
    «اللاعب قلب الدفاع» (the centre-back) and «المدرب حامل اللقب» stay words."""
    found, _ = ents("وقال الكاتب الساخر خلف الحربي إن العمل جريء، وفاز الإعلامي الياباني العجوز هيروشي كاجاوا بالجائزة. "
                    "وأصيب اللاعب قلب الدفاع، وتحدث المدرب حامل اللقب.")
    assert ("خلف الحربي", "PERS") in found and ("هيروشي كاجاوا", "PERS") in found, found
    assert not any(x in ("قلب الدفاع", "حامل اللقب") for x, _ in found), found


def test_a_company_named_with_its_country_is_its_short_name_between_quotes():
    """«زين السعودية» … «وكانت "زين" قد أطلقت»: the company without its country's adjective, alone between
    quotes, is the company again (ORG); not a quote that opens with the word («"الجيش مستعد …"»), nor the
    word outside quotes."""
    found, _ = ents("كانت زين السعودية أول شركة تقدم التعرفة، وكانت \"زين\" قد أطلقت الخدمة. وقال الجيش المصري في بيان "
                    "إن «الجيش مستعد لأي مفاجأة»، ويقدم زين الدين النصائح.")
    assert found.count(("زين", "ORG")) == 2, found
    assert not any(x == "الجيش" for x, _ in found) and ("زين الدين", "ORG") not in found, found


def test_a_quoted_plan_and_a_title_between_two_closing_marks():
    """«باقة "خطير"»: a telecom plan in quotes after «باقة» is a product (MISC); «برنامج ” كلنا للوطن”»: a
    closing mark with a space before it closes nothing, so it opens the programme's title."""
    found, _ = ents("لقيت باقة \"خطير\" إقبالا لافتا من المشتركين، وانطلق برنامج ” كلنا للوطن” في بريدة أمس.")
    assert ("خطير", "MISC") in found and ("كلنا للوطن", "MISC") in found, found


def test_a_given_name_that_is_a_noun_in_construct_after_a_preposition():
    """«على حسن الاستقبال», «عن جمال المرأة»: after a preposition, a given name that is also a noun, in
    construct with an abstract noun, is the noun ("good reception"), not a person the model guessed; a
    subject before its object stays a person («واستقبل حسن الضيوف»)."""
    found, _ = ents("وشكر الوفد المضيفين على حسن الاستقبال، ودار الحديث عن جمال المرأة. واستقبل حسن الضيوف في منزله.")
    assert found == [("حسن", "PERS")], found


def test_a_long_name_keeps_abd_with_its_second_word():
    """«الأميرة مضاوي بنت محمد بن عبد الله بن عبد الرحمن»: a name of nine words runs past the usual limit
    rather than part «عبد» from «الرحمن»."""
    found, _ = ents("وأكدت الأميرة مضاوي بنت محمد بن عبد الله بن عبد الرحمن أهمية الشراكة المجتمعية.")
    assert found == [("مضاوي بنت محمد بن عبد الله بن عبد الرحمن", "PERS")], found


def test_an_acronym_spelled_in_letters_is_a_body_unless_a_technology():
    """«شركة إيه دي إم آي إي», «دي إي إف إس إيه»: three spelled Latin letters or more (two of them no Arabic
    word) are an organisation's acronym, whole (before, «إيه دي» was a person); «يو إس بي» and «جي بي إس» name a
    port and a system, nothing, and a model's name that runs over them goes too."""
    found, _ = ents("وباعت الحكومة حصة في شركة إيه دي إم آي إي المشغلة للشبكة، واشترت دي إي إف إس إيه حصة أخرى. "
                    "ويأتي الجهاز بمنفذ يو إس بي ونظام جي بي إس.")
    assert ("إيه دي إم آي إي", "ORG") in found and ("دي إي إف إس إيه", "ORG") in found, found
    assert not any(t == "PERS" or "بي إس" in x or "إس بي" in x for x, t in found), found


def test_a_cable_with_a_latin_label_is_no_kabul_nor_apple():
    """«كابل USB», «كابل HDMI»: a technical label in Latin capitals after the word makes it a noun (a cable),
    no Kabul for either layer, and «كابل» is then no «كـ» + «ابل» (Apple) either; «في كابل» stays the city."""
    found, a = ents("ويشحن الهاتف عبر كابل USB المرفق، ويتصل بالشاشة عبر كابل HDMI.")
    assert found == [], found
    assert a.places == [], a.places
    found, _ = ents("وفي كابل قتل عشرة أشخاص في هجوم.")
    assert found == [("كابل", "LOC")], found


def test_a_market_reports_company_list_with_loose_commas():
    """Market reports type their lists loosely: «أسهم شركات, العالمية ,وايس ,ورعاية ,وسوليدرتي تكافل» (a comma
    right after the head) and «, اسمنت الجوف ,والخليج للتدريب» (a known company after a comma alone): the list
    goes on, each name a company («الخليج للتدريب» too, no Gulf)."""
    found, _ = ents("وكانت أسهم شركات, العالمية ,وايس ,ورعاية ,وسوليدرتي تكافل الأكثر ارتفاعا، وجاءت أسهم شركات بتروكيم "
                    ", اسمنت الجوف ,والخليج للتدريب الأكثر انخفاضا.")
    for name in ("ايس", "رعاية", "اسمنت الجوف", "الخليج للتدريب"):
        assert (name, "ORG") in found, (name, found)
    assert ("الخليج", "LOC") not in found, found
    # a known company's field («ميدغلف للتأمين») does not end the list
    found, _ = ents("جاءت أسهم شركات سابك ,والإنماء ,وميدغلف للتأمين ,والراجحي ,و موبايلي الأكثر نشاطا.")
    assert ("الراجحي", "ORG") in found, found


def test_the_awards_of_a_football_season_are_named():
    """«الكرة الذهبية», «الحذاء الذهبي», «جائزة اللعب النظيف»: a season's awards, written as plain words, are
    names (MISC, as competitions are), with or without «جائزة» before them."""
    found, _ = ents("فاز ميسي بجائزة الكرة الذهبية، وحصل المنتخب على جائزة اللعب النظيف، ونال المهاجم الحذاء الذهبي.")
    for name in ("جائزة الكرة الذهبية", "جائزة اللعب النظيف", "الحذاء الذهبي"):
        assert (name, "MISC") in found, (name, found)


def test_given_names_of_gulf_news_open_a_name_before_a_family_name():
    """«جمعان», «سطام», «هتون» are in the hand list of given names now (person_names_core.txt): each opens a
    person's name before a family name with ال, with no title (before, the model found the first alone)."""
    found, a = ents("وقدم جمعان الزهراني الشكر للحضور، وأشاد سطام العتيبي بالتنظيم، وتحدثت هتون القحطاني عن التجربة.")
    assert found == [("جمعان الزهراني", "PERS"), ("سطام العتيبي", "PERS"), ("هتون القحطاني", "PERS")], found
    assert all(m.evidence.startswith("given name") for m in a.entities.mentions), a.entities.mentions


def test_a_company_closed_by_its_kind_or_family_is_one_name():
    """A registered name after «شركة», closed by the company's kind («القابضة») or its founder's family
    («وأولاده»), is one company: the founder inside it is no person, and «القابضة» is no family name
    («أعناب دانية القابضة»: not the woman «دانية القابضة»). Without the head, «وأولاده» is a man's children."""
    found, _ = ents("ووافق الوزير على تأسيس شركة أسرة واحدة القابضة، وشركة سعد إبراهيم الهداب وأولاده القابضة، "
                    "وشركة أعناب دانية القابضة برأسمال مليوني ريال.")
    for name in ("أسرة واحدة القابضة", "سعد إبراهيم الهداب وأولاده القابضة", "أعناب دانية القابضة"):
        assert (name, "ORG") in found, (name, found)
    assert not [m for m in found if m[1] == "PERS"], found
    found, _ = ents("وحرص فهد الشمري على زيارة المعرض مع زوجته وأولاده.")
    assert ("فهد الشمري", "PERS") in found and not [m for m in found if m[1] == "ORG"], found


def test_a_chamber_of_commerce_is_named_by_its_city():
    """«غرفة جدة», «غرفة الرياض»: the chamber of commerce of a city, one organisation (no place inside it),
    though «الرياض» is also a common word the place layer takes only in context; «غرفة العمليات» is a room."""
    found, a = ents("الرياض: قال رئيس غرفة الرياض إن الرسوم ارتفعت، وأوضح عضو لجنة النقل في غرفة جدة أن السفن "
                    "تأخرت، فيما عقدت غرفة العمليات في جدة اجتماعها.")
    assert ("غرفة الرياض", "ORG") in found and ("غرفة جدة", "ORG") in found, found
    assert found.count(("جدة", "LOC")) == 1, found
    assert found.count(("الرياض", "LOC")) == 1, found


def test_a_long_title_right_after_a_works_noun():
    """A poem's or a book's title may run to a whole line («قصيدة «…»» of nine words, with «..» inside): one MISC
    right after the work's noun, its words no names of their own; a long quote after another noun, or after a
    programme's, is speech, no title."""
    found, _ = ents("ونشر الشاعر قصيدة «يا ليل طال السهر.. بين الشوق والحنين والذكرى» في ديوانه الأخير، وألف كتاب "
                    "«رحلة في صحراء الربع الخالي مع قوافل الملح» قبل عامين.")
    assert ("يا ليل طال السهر.. بين الشوق والحنين والذكرى", "MISC") in found, found
    assert ("رحلة في صحراء الربع الخالي مع قوافل الملح", "MISC") in found, found
    assert not [m for m in found if m[1] == "LOC"], found
    found, _ = ents("وقال مدير البرنامج «سنبدأ توزيع المساعدات على كل الأسر في الرياض الأسبوع المقبل».")
    assert not [m for m in found if m[1] == "MISC"], found


def test_a_company_known_with_its_head_is_that_company_again_without_it():
    """The gazetteer knows «عبداللطيف جميل» as a company only after «شركة» (the bare name is also a man's);
    once the article names the company so, the bare name is the company again, not a person the model
    guessed."""
    found, _ = ents("وأعلنت شركة عبداللطيف جميل رعاية المدرج. وقال المسؤولون إنه وقع اختيار عبداللطيف جميل "
                    "لرعاية مدرجهم، وإن عبداللطيف جميل سيدفع مليون ريال.")
    assert found.count(("عبداللطيف جميل", "ORG")) == 3, found
    assert not [m for m in found if m[1] == "PERS"], found


def test_a_noun_with_its_pronoun_after_a_name_is_not_the_name():
    """«الأمير عبدالرحمن بن مساعد شكره وتقديره»: the model, sure of itself, reads «شكره» (his thanks) into the
    name; a common noun with a possessive pronoun does not widen the name a rule found."""
    found, _ = ents("قدم رئيس نادي الهلال الأمير عبدالرحمن بن مساعد شكره وتقديره لرئيس الاتحاد.")
    assert ("عبدالرحمن بن مساعد", "PERS") in found, found


def test_and_another_profession_is_no_name_after_a_profession():
    """«الشاعر السعودي الكبير وكاتب النشيد الوطني إبراهيم خفاجي»: و and another profession go on describing the
    person; the name is after them, not «وكاتب النشيد»."""
    found, _ = ents("كرم النادي الشاعر السعودي الكبير وكاتب النشيد الوطني إبراهيم خفاجي أمس.")
    assert ("إبراهيم خفاجي", "PERS") in found, found
    assert [m for m in found if m[1] == "PERS"] == [("إبراهيم خفاجي", "PERS")], found


def test_a_foreign_name_and_a_companys_field_are_one_company():
    """«المحلل في كايوان للأوراق المالية», «أعلنت نسما للطيران»: a name no list knows, with a company's field
    after it (company_fields.txt), is a company; a common word with a field is not («فرص للاستثمار»), nor an
    accusative office («تعيينه وزيرا للتجارة»)."""
    found, _ = ents("وقال المحلل في كايوان للأوراق المالية إن فرص للاستثمار كثيرة، وأعلنت نسما للطيران رحلات جديدة، "
                    "وتم تعيينه وزيرا للتجارة.")
    assert ("كايوان للأوراق المالية", "ORG") in found and ("نسما للطيران", "ORG") in found, found
    assert [m for m in found if m[1] == "ORG"] == [("كايوان للأوراق المالية", "ORG"), ("نسما للطيران", "ORG")], found


def test_a_chamber_of_commerce_named_by_its_adjectives_and_seat():
    """«الغرفة التجارية الصناعية بجدة», «الغرفة التجارية والصناعية بأبها»: after «الغرفة» the adjectives of trade
    and industry name the chamber (head_naming_adjectives.tsv), and بـ + its city is its seat, inside the
    name; after another head they stay adjectives («الحركة التجارية»), and another body's seat stays a place."""
    found, _ = ents("وقال رئيس الغرفة التجارية والصناعية بأبها إن المعرض نجح، وأكدت الغرفة التجارية الصناعية بجدة أن "
                    "الحركة التجارية نشطت، فيما قالت الهيئة العامة بجدة إن الإجراءات اكتملت.")
    assert ("الغرفة التجارية والصناعية بأبها", "ORG") in found, found
    assert ("الغرفة التجارية الصناعية بجدة", "ORG") in found, found
    assert ("جدة", "LOC") in found and ("أبها", "LOC") not in found, found
    assert not [m for m in found if "الحركة" in m[0]], found


def test_a_satellite_channel_named_by_a_common_word():
    """«قناة بداية الفضائية», «وقناة عالي الفضائية»: a channel's name may be a common word; «الفضائية» after it
    closes the name (company_suffixes.txt). «القنوات الفضائية», «قناة فضائية» name nothing."""
    found, _ = ents("وعرضت قناة بداية الفضائية البرنامج، ثم قناة عالي الفضائية. وانتشرت القنوات الفضائية، وأطلقت "
                    "قناة فضائية جديدة.")
    assert [m for m in found if m[1] == "ORG"] == [("بداية الفضائية", "ORG"), ("عالي الفضائية", "ORG")], found


def test_bodies_counted_by_a_number_are_no_names():
    """«علماء من 12 معهد بحوث», «قرابة 30 كلية طب»: a number before a body's head counts bodies of a kind;
    none is named (before, «معهد بحوث» was an organisation)."""
    found, _ = ents("اشترك في تطويره علماء من 12 معهد بحوث في سبع دول أوروبية، وارتفع العدد إلى 30 كلية طب.")
    assert not [m for m in found if m[1] == "ORG"], found


def test_a_preposition_and_a_word_is_no_aircraft_model():
    """«سيارات أجرة طائرة للتخلص من النقل التقليدي»: «طائرة» (flying) before ل + a word of the corpus names no
    aircraft model; «ومقاتلات رافال» still does."""
    found, _ = ents("سيارات أجرة طائرة للتخلص من النقل التقليدي، واشترت مصر مقاتلات رافال.")
    assert ("للتخلص", "MISC") not in found and ("رافال", "MISC") in found, found


def test_barcelona_by_its_nickname_and_a_lord_by_his_title():
    """«البرسا», «البرشا» are Barcelona as the press nicknames it (clubs.tsv), and «اللورد» is a title before a
    name (honorifics.txt)."""
    found, _ = ents("وفاز البرسا على ريال مدريد، وقال مدرب البرشا إن الفريق جاهز، وقال اللورد ديفيد أوين إن المشروع فشل.")
    assert found.count(("البرسا", "ORG")) == 1 and ("البرشا", "ORG") in found, found
    assert ("ديفيد أوين", "PERS") in found, found


def test_the_g20_by_its_other_names():
    """«مجموعة الدول العشرين» and the Latin «G20» are the G20 (organisations_core.tsv), one entity."""
    _, a = ents("وتضم مجموعة الدول العشرين G20 أكبر الاقتصادات، وترأس المملكة لجنة في مجموعة العشرين.")
    g20 = [(m.text, m.entity_id) for m in a.entities.mentions if m.type == "ORG"]
    assert [t for t, _ in g20] == ["مجموعة الدول العشرين", "G20", "مجموعة العشرين"], g20
    assert len({e for _, e in g20}) == 1, g20


def test_an_event_of_common_nouns_joined_by_wa_is_no_name():
    """«معرض الرسم والتصوير», «بمعرض للطباعة والزجاج»: an exhibition of painting and photography, of printing
    and glass, names nothing; the و-form of a definite common noun («والتصوير») is no foreign name. A known
    place still names the event («معرض الكتاب والفنون بالرياض»), and a foreign word still does («مهرجان تورونتو»)."""
    found, _ = ents("فمن معرض الرسم والتصوير إلى معرض للنسيج، مرورا بمعرض للطباعة والزجاج، وزار معرض الكتاب والفنون بالرياض"
                    " ثم مهرجان تورونتو السينمائي.")
    assert not [m for m in found if m[0].startswith(("معرض الرسم", "معرض للطباعة"))], found
    assert ("معرض الكتاب والفنون", "MISC") in found, found
    assert any(m[0].startswith("مهرجان تورونتو") and m[1] == "MISC" for m in found), found


def test_real_madrid_by_its_short_name_in_a_sports_report_that_names_it():
    """«الريال» is Real Madrid's short name and the riyal: in a sports report that names «ريال مدريد» it is
    the club (clubs.tsv), confirmed by that name; after a number or before a country's adjective it stays
    the currency, and so it does in an article that never names the club."""
    found, _ = ents("تأهل يوفنتوس إلى المباراة النهائية لدوري أبطال أوروبا على حساب ريال مدريد بعد التعادل في مباراة"
                    " الإياب. وواصل يوفنتوس تفوقه على الريال، وفشل الريال في الحفاظ على لقب الكأس، وسجل المهاجم هدفا"
                    " في الشوط الثاني. وكان عقد اللاعب بقيمة 5 ملايين ريال، وارتفع الريال السعودي.")
    assert found.count(("الريال", "ORG")) == 2 and found.count(("الريال", "MISC")) == 1, found
    assert ("ريال", "MISC") in found, found
    found, _ = ents("فاز الهلال على النصر في المباراة وسجل المهاجم هدفين في الشوط الثاني، وتراجع الريال أمام الدولار.")
    assert ("الريال", "MISC") in found and ("الريال", "ORG") not in found, found


def test_the_champions_league_by_its_short_name():
    """«دوري الأبطال»: the press's short name of a champions' league is a competition (competition_adjectives.txt)."""
    found, _ = ents("لم ينجح يوفنتوس في التأهل إلى المباراة النهائية لدوري الأبطال منذ عام 2003.")
    assert ("دوري الأبطال", "MISC") in found, found


def test_a_centre_named_by_a_place_and_its_field():
    """«مركز روسيا للدراسات السياسية», «معهد واشنطن لسياسة الشرق الأدنى»: a place right after the head and the
    body's field (لل + a noun, or ل + a noun in construct) name one body, with no place inside; a body its place
    alone names keeps ل for whom outside («أمانة الرياض لعشاق التراث»), and a place after بـ is no name
    («جمعية بمصر للمهجرين»)."""
    found, _ = ents("وقال الخبير في مركز روسيا للدراسات السياسية إن الاتفاق مهم، وأكد معهد واشنطن لسياسة الشرق الأدنى"
                    " ذلك. وقدمت أمانة الرياض لعشاق التراث فعاليات، وأنشأ جمعية بمصر للمهجرين الليبيين.")
    assert ("مركز روسيا للدراسات السياسية", "ORG") in found and ("روسيا", "LOC") not in found, found
    assert ("معهد واشنطن لسياسة الشرق الأدنى", "ORG") in found, found
    assert ("أمانة الرياض", "ORG") in found and ("مصر", "LOC") in found, found


def test_a_derived_participle_in_the_accusative_ends_a_name():
    """«الرئيس طالباني متضامنا مع الحملة», «عمله مستشارا للملك»: a participle of the derived forms (مت…ا،
    مست…ا) in the accusative is no word of a name, even where the corpus does not hold it."""
    found, _ = ents("وانتقد الحزب تصريحات الرئيس طالباني متضامنا مع الحملة، وذكر أن عمله مستشارا للملك بدأ مبكرا.")
    assert ("طالباني", "PERS") in found, found
    assert not [m for m in found if "متضامنا" in m[0] or "مستشارا" in m[0]], found


def test_a_persons_office_is_no_organisation():
    """«مكتب الشيخ محمد يزبك»: «مكتب» and a title is a person's office; the person is the name (before, the
    office and the given name were read as one organisation, «مكتب الشيخ محمد»)."""
    found, _ = ents("وتم مهاجمة مكتب الشيخ محمد يزبك المسئول البارز في الحزب، وزار الوفد مكتب الأمم المتحدة في جنيف.")
    assert not [m for m in found if m[0].startswith("مكتب")], found
    assert ("محمد يزبك", "PERS") in found, found


def test_a_locative_ends_a_name_and_a_family_named_after_the_name_joins_it():
    """«توماس روزيكي بجوار القائم»: a locative (locative_prepositions.txt) is no word of a name, but «علي» (not
    «على») still is one («سيف علي خان»); «صباح الأحمد الصباح»: the family named after a word of the name
    («الصباح», also "the morning") is part of it."""
    found, _ = ents("وسدد اللاعب التشيكي توماس روزيكي بجوار القائم، وشارك الممثل سيف علي خان في الفيلم. واستقبل"
                    " أمير الكويت الشيخ صباح الأحمد الصباح الوفد.")
    assert ("توماس روزيكي", "PERS") in found and ("سيف علي خان", "PERS") in found, found
    assert ("صباح الأحمد الصباح", "PERS") in found, found


def test_a_short_name_in_brackets_after_a_bodys_full_name():
    """«مركز إيداع الأوراق المالية (تداول)», «صندوق تنمية الموارد البشرية (هدف)»: an Arabic short name in
    brackets right after a body's full name is that body, though it is a common word; a gloss is not: a place
    or a time («وزارة الصحة (جدة)», «(أمس)»), a body's head («مجلس الشورى (البرلمان)»), where it is («(شمال البلاد)»)."""
    found, a = ents("وأعلن مركز إيداع الأوراق المالية (تداول) أن، وقال صندوق تنمية الموارد البشرية (هدف) إن الدعم مستمر."
                    " وقالت وزارة الصحة (جدة) إن، وأعلنت منظمة الصحة العالمية (أمس) أن قدرات مجلس الشورى (البرلمان)"
                    " محدودة، وقالت محكمة أنتويرب البلجيكية (شمال البلاد) إنها حكمت.")
    assert ("تداول", "ORG") in found and ("هدف", "ORG") in found, found
    assert ("جدة", "LOC") in found and not [m for m in found if m[0] in ("أمس", "البرلمان", "شمال البلاد")], found
    tadawul = next(m for m in a.entities.mentions if m.text == "تداول")
    assert tadawul.evidence == "short name in brackets right after «مركز إيداع الأوراق المالية»", tadawul.evidence


def test_a_latin_name_after_a_title_or_a_profession_and_its_adjectives_is_a_person():
    """«السيدة Taneli Armanto», «المدير التنفيذي John Smith», «المهندس الروماني ”Andrei Lacatusu”»: two or three
    capitalised Latin words after a title, or after a profession and up to two adjectives (past the name's
    opening quote), are a person's name, not a product (MISC)."""
    found, _ = ents("وقالت السيدة Taneli Armanto إن اللعبة ناجحة، وقال المدير التنفيذي John Smith إن الشركة تنمو، وقرر"
                    " المهندس الروماني ”Andrei Lacatusu” أن يصمم جهازا، وأطلقت الشركة خدمة Apple Music.")
    for name in ("Taneli Armanto", "John Smith", "Andrei Lacatusu"):
        assert (name, "PERS") in found, found
    assert ("Apple Music", "MISC") in found, found


def test_the_chair_of_another_body_is_an_office():
    """«تولى رئاسة الاتحاد البرازيلي», «استلم رئاسة البلدية»: «رئاسة» before another body's head is the chair of
    that body, an office; the body is the name («الاتحاد البرازيلي»). «رئاسة الجمهورية» stays a body."""
    found, _ = ents("وتولى رئاسة الاتحاد البرازيلي في أبريل، واستلم رئاسة البلدية مباشرة، وأعلنت رئاسة الجمهورية أن.")
    assert not [m for m in found if m[0].startswith("رئاسة الاتحاد") or m[0].startswith("رئاسة البلدية")], found
    assert ("الاتحاد البرازيلي", "ORG") in found and ("رئاسة الجمهورية", "ORG") in found, found


def test_a_nickname_after_known_as_is_the_persons_and_ends_the_name_before_it():
    """«كيبلير لافيران المشهور بـ"بيبي"», «ريكاردو إيزيكسون الملقب بكاكا»: "known as" (nickname_callers.txt) is
    no surname, and the nickname after its ب is the person's, without the ب; after a body's name
    («تنظيم الدولة الإسلامية المعروف بداعش») it is the body's, and a place or a noun with a pronoun
    («المعروف بقربه») is no nickname."""
    found, a = ents("أما المدافع البرتغالي كيبلير لافيران المشهور بـ”بيبي” فيتقاضى راتبا، وانتقل اللاعب ريكاردو"
                    " إيزيكسون الملقب بكاكا إلى ميلان، وهاجم تنظيم الدولة الإسلامية المعروف بداعش القرية، وهو المعروف"
                    " بقربه من الرئيس، والحي المعروف بالقدس القديمة.")
    assert ("كيبلير لافيران", "PERS") in found and ("بيبي", "PERS") in found, found
    assert ("ريكاردو إيزيكسون", "PERS") in found and ("كاكا", "PERS") in found, found
    assert not [m for m in found if m[1] == "PERS" and ("المشهور" in m[0] or "الملقب" in m[0] or "قربه" in m[0])], found
    assert ("داعش", "ORG") in found, found
    kaka = next(m for m in a.entities.mentions if m.text == "كاكا")
    assert kaka.evidence == "nickname after «الملقب»", kaka.evidence
    # a quoted nickname right after the word, without ب, as «الملقب» read it before it joined this list
    found, _ = ents("وانتقل اللاعب ريكاردو الملقب «كاكا» إلى ميلان.")
    assert ("ريكاردو", "PERS") in found and ("كاكا", "PERS") in found, found


def test_a_title_word_opening_a_known_company_is_no_title():
    """«وفصلت جنرال إلكتريك ذراعها المالية»: «جنرال» is a title, but «جنرال إلكتريك» is a company the gazetteer
    knows whole; no person «إلكتريك ذراعها». «الجنرال ديفيد بتريوس» is still a general."""
    found, _ = ents("وفصلت جنرال إلكتريك ذراعها المالية، وقالت جنرال موتورز إن المبيعات زادت، وقال الجنرال ديفيد بتريوس إن.")
    assert ("جنرال إلكتريك", "ORG") in found and ("جنرال موتورز", "ORG") in found, found
    assert ("ديفيد بتريوس", "PERS") in found, found
    assert not [m for m in found if m[1] == "PERS" and ("إلكتريك" in m[0] or "موتورز" in m[0])], found


def test_an_emirate_after_its_kind_word_is_a_place_a_saudi_emirate_of_a_region_a_body():
    """«في إمارة دبي», «إمارة رأس الخيمة»: «إمارة» before an emirate of a federation (place_kind_words.tsv) is that
    emirate, a place (LOC), no body; before a region or its seat it is the governorate's office (ORG):
    «إمارة منطقة مكة المكرمة», «إمارة الرياض»."""
    found, _ = ents("وافتتحت الشركة فرعا في إمارة دبي وآخر في إمارة رأس الخيمة، وأعلنت إمارة منطقة مكة المكرمة"
                    " أن، وقالت إمارة الرياض إن.")
    assert ("دبي", "LOC") in found and ("رأس الخيمة", "LOC") in found, found
    assert not [m for m in found if m[0] in ("إمارة دبي", "إمارة رأس الخيمة")], found
    assert ("إمارة منطقة مكة المكرمة", "ORG") in found and ("إمارة الرياض", "ORG") in found, found


def test_a_hijri_month_after_given_names_is_the_last_word_of_the_name():
    """«نائب الرئيس طه ياسين رمضان»: after given names a Hijri month that is also a name («رمضان», «شعبان»)
    ends the person's name, not a time; with a time word, a year or «شهر» it is the month
    («خلال شهر رمضان الماضي»)."""
    found, _ = ents("وقال نائب الرئيس العراقي طه ياسين رمضان أمس إن التهديدات مستمرة، وقال الوزير حسين شعبان إن،"
                    " وسافر الوزير محمد علي خلال شهر رمضان الماضي.")
    assert ("طه ياسين رمضان", "PERS") in found and ("حسين شعبان", "PERS") in found, found
    assert ("محمد علي", "PERS") in found and not [m for m in found if m[0] in ("رمضان", "رمضان الماضي")], found
    # the surname alone is the person again, but not after a preposition or «شهر», nor before a definite word
    found, a = ents("وقال الفنان محمد رمضان إن الفيلم جاهز. ويقوم رمضان في الفيلم بدور ضابط، ويعرض في رمضان المقبل.")
    ramadan = [(m.start, m.text) for m in a.entities.mentions if m.text == "رمضان"]
    text = "وقال الفنان محمد رمضان إن الفيلم جاهز. ويقوم رمضان في الفيلم بدور ضابط، ويعرض في رمضان المقبل."
    assert len(ramadan) == 1 and ramadan[0][0] == len("خبر\n\n") + text.index("ويقوم رمضان") + 6, ramadan


def test_fa_or_wa_and_an_imperfect_verb_with_its_object_ends_a_statistical_name():
    """«توني كروس فيتقاضى راتبا»: ف + an imperfect verb the corpus writes («يتقاضى») with a word after it opens
    the next clause, no word of the name the model ran over; a name's last word before a comma that only
    looks so («ستيوارت فيفرز،») stays in the name."""
    found, _ = ents("أما لاعب الوسط توني كروس فيتقاضى راتبا أسبوعيا كبيرا. وقدمت الدار بقيادة مصممها البريطاني"
                    " ستيوارت فيفرز، عرضا كل ما فيه ينبض بإيقاع شبابي.")
    assert ("توني كروس", "PERS") in found and not [m for m in found if "فيتقاضى" in m[0]], found
    assert ("ستيوارت فيفرز", "PERS") in found, found


def test_a_given_name_that_is_a_common_word_before_a_family_name():
    """«مساعد الزويهري», «أمين الريحاني»: a given name that is also a common word (given_names_common.txt) is a
    name right before a family name with ال; the word stays a word before anything else («مساعد المدير»,
    «وعلا الصوت»)."""
    found, _ = ents("وسجل اللاعب هدفا بعد تمريرة من مساعد الزويهري في الدقيقة العاشرة، وكتب أمين الريحاني عن رحلته،"
                    " وقال مساعد المدير إن الأمور تسير، وعلا الصوت في القاعة.")
    assert ("مساعد الزويهري", "PERS") in found and ("أمين الريحاني", "PERS") in found, found
    assert not [m for m in found if m[0].startswith(("مساعد المدير", "المدير", "الصوت", "علا"))], found


def test_a_word_with_a_hamza_seat_is_known_to_the_corpus_lookups():
    """«الائتماني», «شائعة», «مرئيا»: the rules ask whether a word is one the news corpus writes (a common word, no
    name's own), with the token's key, where ؤ and ئ are merged into ء; the corpus' words are folded, so every
    word with ؤ or ئ had passed for a rare, name-like one. «وكالة التصنيف الائتماني» then lost its head as a
    proper name would («وكالة رويترز» → «رويترز»), and «صيغة شائعة للتمويل الإسلامي» was a company. A given
    name that is also such a word («مؤيد», a supporter) is a name before a family name with ال
    (given_names_common.txt)."""
    found, _ = ents("وأعلنت وكالة التصنيف الائتماني \"ستاندارد آند بورز\" أنها خفضت التصنيف. وهي صيغة شائعة للتمويل"
                    " الإسلامي، يقوم بموجبها بنك بشراء سلعة. وتساعد الراكب على البقاء مرئيا للسيارات التي تسير"
                    " أمامه. وتم اختيار الحكام خالد الطريس ومؤيد المسجن للمشاركة.")
    assert ("وكالة التصنيف الائتماني", "ORG") in found and ("التصنيف الائتماني", "ORG") not in found, found
    assert not [m for m in found if "شائعة" in m[0] or "مرئيا" in m[0]], found
    assert ("مؤيد المسجن", "PERS") in found, found


def test_a_town_spelt_with_or_without_a_final_hamza():
    """«ضباء» (the gazetteer has «ضبا»), «المخاء»: a one-word place name that ends in alef is found in its other
    spelling, with or without a final hamza, where the corpus writes that spelling among towns (its word cluster
    is one of places); «ميناء» (a port), «الماء» (water) and «الزرقاء» as "blue" stay words."""
    found, a = ents("وأنقذت دوريات حرس الحدود في قطاع ضباء طفلا من الغرق قرب محافظة ضباء، وسيطرت القوات على"
                    " ميناء المخاء، وانقطع الماء عن الحي.")
    assert [m for m in found if m == ("ضباء", "LOC")] == [("ضباء", "LOC")] * 2, found
    assert ("المخاء", "LOC") in found, found
    assert not [m for m in found if m[0] in ("ميناء", "الماء")], found
    duba = [p for p in a.places if p.name == "Duba"]
    assert duba and duba[0].country == "SA" and len(duba[0].mentions) == 2, [p.name for p in a.places]


def test_a_foreign_word_keeps_its_own_waw_and_a_title_word_after_bin_is_a_name():
    """«دبي ورلد سنترال»: a و the model's span would leave out stays the word's when the corpus writes the whole
    word («ورلد», World) and never what is left («رلد»); «وغادة» in a list of names still loses its و. After
    «بن» a title's word is the father's name («فهد بن سلطان»), so the words after it («بحي المقيطع») are
    no name after a title."""
    found, _ = ents("وتصبح فلاي دبي خامس شركة طيران تعمل من دبي ورلد سنترال حيث مازالت ناقلات عديدة تقاوم نقل"
                    " عملياتها. وينطلق المهرجان في ساحة جامع الأمير فهد بن سلطان بحي المقيطع ومركز شرما التابع"
                    " للمحافظة، وقال الأمير خالد بن سلطان إن المهرجان ناجح.")
    assert not [m for m in found if m[0].startswith("رلد")], found
    assert [m for m in found if m[0].startswith("ورلد سنترال")], found
    assert not [m for m in found if "المقيطع" in m[0] and m[1] == "PERS"], found
    assert ("خالد بن سلطان", "PERS") in found, found


def test_a_site_name_goes_on_over_a_word_with_its_own_waw():
    """«مطار دبي ورلد سنترال»: after a known place a word with its own و (:func:`_own_waw`: the corpus writes
    «ورلد», never «رلد») goes on with the site's name; و and a verb («وأكد») still opens the next clause."""
    found, _ = ents("وقالت الشركة إن مطار دبي ورلد سنترال سيستوعب 120 مليون مسافر سنويا. وافتتح مطار دبي وأكد المدير"
                    " أن العمل مستمر.")
    assert [m for m in found if m[0].endswith("دبي ورلد سنترال") and m[1] == "LOC"], found
    assert not [m for m in found if "وأكد" in m[0]], found


def test_the_model_adds_no_common_word_after_a_lineage_nor_a_rule_a_governed_noun():
    """«الملك سلمان بن عبدالعزيز قصيدة»: after a name a rule read to its lineage («بن عبدالعزيز»), the model's
    wider span over a feminine noun of a cluster of common words («قصيدة», the poem he was given) is not the
    name; a family name without ال stays («محمد بن حسن باجبير»). After a profession, بـ and a noun the corpus
    writes («الشاعر بإهداء الملك», by gifting) is no one-word name («المدرب بيتوركا» is one)."""
    found, _ = ents("قام الشاعر بإهداء الملك سلمان بن عبدالعزيز قصيدة. وأكد الدكتور محمد بن حسن باجبير، أن إدارته"
                    " حريصة. واستقبل الشيخ محمد بن راشد آل مكتوم الوفد، وقال المدرب بيتوركا مدرب الفريق إن.")
    assert ("سلمان بن عبدالعزيز", "PERS") in found and not [m for m in found if "قصيدة" in m[0]], found
    assert ("محمد بن حسن باجبير", "PERS") in found and ("محمد بن راشد آل مكتوم", "PERS") in found, found
    assert not [m for m in found if "بإهداء" in m[0]] and ("بيتوركا", "PERS") in found, found


def test_a_publishing_house_with_its_trades_or_after_a_verb_of_publishing():
    """«دار» is a house, a home or a hall; with its trades after its name («للنشر والتوزيع») or after a verb of
    publishing and «عن» it is a publisher (ORG), named again later without its trades. A house with no such
    cue («دار الأوبرا») and a house of publishing with no name («دار نشر») are not."""
    found, _ = ents("أطلقت دار فضاءات للطباعة والنشر الرقمي مبادرة جديدة، وقال مدير دار فضاءات إن الكتب جاهزة. وصدر"
                    " حديثا عن دار الانتشار العربي ديوان جديد. وصدر الكتاب عن دار نشر أكاديمية، وأقيم الحفل في دار الأوبرا.")
    assert ("دار فضاءات للطباعة والنشر الرقمي", "ORG") in found and ("دار فضاءات", "ORG") in found, found
    assert ("دار الانتشار العربي", "ORG") in found, found
    assert not [m for m in found if m[0].startswith("دار نشر") or (m[0] == "دار الأوبرا" and m[1] == "ORG")], found


def test_a_quoted_name_after_a_body_is_its_short_name_only_when_shorter_or_spelled_in_letters():
    """«دار الساقي "تاريخ القراءة"»: a quoted name as long as the body's after it is a work or a term of it, not
    its short name; a short name («(زجاج)») or an acronym spelled in letters («(إيه دي إل)») is one."""
    found, _ = ents('صدر له عن دار الساقي "تاريخ القراءة". ويعيش في باريس حيث كتب تاريخ القراءة. وأعلنت شركة'
                    ' الصناعات الزجاجية الوطنية (زجاج) أرباحها، وقالت زجاج إن المبيعات ارتفعت. وهو ما سمته الأمم'
                    ' المتحدة "فقر الطاقة". ويعاني الملايين من فقر الطاقة.')
    assert ("دار الساقي", "ORG") in found and not [m for m in found if m[0] == "تاريخ القراءة"], found
    assert ("الأمم المتحدة", "ORG") in found and not [m for m in found if m[0] == "فقر الطاقة"], found
    assert [m for m in found if m[0] == "زجاج"], found


def test_a_shopping_centre_is_a_name_and_mall():
    """«دارين مول»: a name (a town, a name word or a foreign word) and «مول» is a building, LOC; after a cue of one
    («بمركز حياة مول») any word is its name; a و before the name is the conjunction. «أصبح لاحقا مول» and
    «منطقة مول» name none."""
    found, _ = ents("وتقام الفعاليات في بانوراما مول ودارين مول وبمركز حياة مول، وقد أصبح لاحقا مول في منطقة مول.")
    assert ("بانوراما مول", "LOC") in found and ("دارين مول", "LOC") in found, found
    assert ("حياة مول", "LOC") in found, found
    assert not [m for m in found if m[0] in ("لاحقا مول", "منطقة مول", "ودارين مول")], found


def test_a_hotel_or_centre_is_a_name_and_plaza():
    """«بلازا» closes a building's name as «مول» does: «فندق كراون بلازا» is a place (LOC), the foreign name
    and the word; «منطقة بلازا» does not take «منطقة» into a name."""
    found, _ = ents("ونزل الوفد في فندق كراون بلازا، ثم تجول في منطقة بلازا وسط المدينة.")
    assert ("كراون بلازا", "LOC") in found, found
    assert not [m for m in found if m[0] in ("منطقة بلازا", "فندق كراون بلازا")], found


def test_a_firm_beside_a_known_firm_is_a_firm():
    """A foreign firm's one-word name joined by «و» or «أو» to a firm the lists know is a firm too (ORG),
    and the next item of the same list after it; a given name («وتيم كوك») or a verb («واستخدم») is not."""
    found, _ = ents("انضمت مكدونالدز إلى فيزا وكوكاكولا في الدعوة، وتتنافس مع سبرينت أو فيرايزون، "
                    "وتبيع عطورها شانيل، وديور، ويونيكلو. والتقى مسؤولو أبل وتيم كوك، ثم قالت فيزا إنها تدعم.")
    for firm in ("فيزا", "سبرينت", "ديور", "يونيكلو"):
        assert (firm, "ORG") in found, (firm, found)
    assert [m for m in found if m[0] == "فيزا"] == [("فيزا", "ORG")] * 2, found  # and again later, alone
    assert not [m for m in found if m[0] in ("تيم", "تتنافس", "التقى") and m[1] == "ORG"], found


def test_a_two_word_firm_is_its_last_word_again():
    """«أكسل سبرينجر» … «سبرينجر»: a firm of two words the lists know is its last, foreign word again in the
    same article; «دويتشه بنك» is not «بنك» («البنك» is a word)."""
    found, _ = ents("ومن بين المشترين أكسل سبرينجر الألمانية ودويتشه بنك. وقال مصدر إن سبرينجر تعكف على صفقة وإن بنك الاستثمار رفض.")
    assert [m for m in found if m[0] == "سبرينجر"] == [("سبرينجر", "ORG")], found
    assert not [m for m in found if m[0] == "بنك"], found


def test_an_observance_is_its_period_keeper_and_cause():
    """«اليوم العالمي للمتاحف», «يوم التراث العالمي»: a day kept for a cause is one name (MISC), its cause
    included and a time after it left out; «اليوم العالمي» alone, «اليوم الوطني لبلاده» and «يوم الجمعة» are not
    names, a date after «الموافق» is no part of the name, and a gloss in brackets after the cause is no short
    name repeated through the article."""
    found, _ = ents("احتفل المتحف باليوم العالمي للمتاحف الماضي، وبيوم التراث العالمي، وباليوم العالمي أمس، "
                    "وهنأ الملك باليوم الوطني لبلاده يوم الجمعة. وأقيم اليوم العالمي لمرض التصلب العصبي (اللويحي) "
                    "للتوعية، ويعاني مرضى التصلب اللويحي من التعب. وتحتفل المنظمة باليوم العالمي للمهاجرين الموافق "
                    "الثامن عشر من ديسمبر.")
    assert ("اليوم العالمي للمتاحف", "MISC") in found and ("يوم التراث العالمي", "MISC") in found, found
    assert ("اليوم العالمي لمرض التصلب العصبي", "MISC") in found, found
    assert ("اليوم العالمي للمهاجرين", "MISC") in found, found  # the date after «الموافق» is no part of it
    assert not [m for m in found if m[0] in ("اليوم العالمي", "اليوم الوطني لبلاده", "اللويحي")
                or m[0].startswith("اليوم العالمي للمتاحف ")], found


def test_a_system_or_an_operetta_named_in_quotes():
    """A quoted name after «نظام» (a system, a platform: «نظام “سداد”», «نظام «إيجار»») or «أوبريت» (a sung
    work) is a name (MISC), with no person inside the operetta's title; a quoted common noun («سداد», payment)
    is that name again only between quotes or brackets, not in «لسداد الفواتير» (paying them)."""
    found, _ = ents("وأشار التقرير إلى نظام “سداد” للمدفوعات لسداد الفواتير، وإلى أن (سداد) يخدم البنوك. "
                    "وتفاعل الجمهور مع أوبريت «مجدك يا سلمان» في الحفل.")
    assert [m for m in found if m[0] == "سداد"] == [("سداد", "MISC")] * 2, found
    assert ("مجدك يا سلمان", "MISC") in found, found
    assert not [m for m in found if m[0] in ("سلمان", "أوبريت")], found


def test_a_campaign_named_by_a_body_is_the_body():
    """After a noun of an operation, an initiative or a project, a quoted name the organisation lists know
    whole is that body (ORG): «عمليات «داعش»», «مبادرة «ناسا»»; a product's noun keeps its product
    («طراز «بوينغ» 707» stays MISC: the aircraft), and an unknown name stays the operation's (MISC)."""
    found, _ = ents("وتوسعت عمليات «داعش» الانتحارية، وبفضل مبادرة «ناسا» لرسم الخرائط، وتسلمت الشركة طائرة من طراز "
                    "«بوينغ» 707، وأطلق الجيش عملية «السهم الذهبي».")
    assert ("داعش", "ORG") in found and ("ناسا", "ORG") in found, found
    assert ("بوينغ", "MISC") in found, found
    assert ("السهم الذهبي", "MISC") in found, found


def test_a_plural_of_channels_before_quoted_names():
    """«قنوات “إم بي سي” و”الرسالة”»: the plural of «قناة» introduces a list of channels (ORG), as «صحف» does."""
    found, _ = ents("وقدم البرامج في قنوات “إم بي سي” و”الرسالة” قبل أن ينتقل إلى الإذاعة.")
    assert ("إم بي سي", "ORG") in found and ("الرسالة", "ORG") in found, found


def test_a_purpose_is_no_goal_of_a_sports_report():
    """«بهدف تحفيزهم» (in order to) is no sports word: an article with it and «منافسة» is no sports report,
    so «الشباب» (the young) is no club there; «فاز الشباب بهدف نظيف» still reports a match."""
    found, _ = ents("أقيم المعرض في المدينة بهدف تحفيز الشباب، وهو مبادرة تخص الشباب في منافسة الأفكار.")
    assert not [m for m in found if m[0] == "الشباب"], found
    found, _ = ents("وفاز الشباب على الفتح بهدف نظيف في الجولة الأولى من الدوري.")
    assert ("الشباب", "ORG") in found, found


def test_a_bodys_name_ends_before_known_as():
    """«صندوق المئوية المعروف "رواد"», «نادي شاطئ مونت كارلو الشهير بـ…»: «المعروف», «الشهير», «المسمى» introduce the
    body's other name and are no word of its name."""
    found, _ = ents("وأطلق صندوق المئوية المعروف \"رواد\" برامج جديدة، وتعاون مع جمعية البر المسماة \"بر\" في المدينة.")
    assert ("صندوق المئوية", "ORG") in found and ("جمعية البر", "ORG") in found, found
    assert not [m for m in found if "المعروف" in m[0] or "المسماة" in m[0]], found


def test_a_body_named_by_a_region_short_name():
    """«غرفة الشرقية», «أمانة الشرقية»: after the head of a body named by its seat, a division's short name that is
    first a common word (الشرقية, "eastern") is the seat, and the body is one name (ORG); after the seat only
    adjectives go on («غرفة الرياض التجارية والصناعية»), not the verb's object («لغرفة الرياض الضوء»).
    «أوروبا الشرقية» stays a place."""
    found, _ = ents("وركز التقرير السنوي لغرفة الشرقية الضوء على أداء اللجان، وقال أمين أمانة الشرقية إن "
                    "غرفة الرياض التجارية والصناعية تعاونت مع شركات من أوروبا الشرقية.")
    assert ("غرفة الشرقية", "ORG") in found and ("أمانة الشرقية", "ORG") in found, found
    assert ("غرفة الرياض التجارية والصناعية", "ORG") in found and ("أوروبا الشرقية", "LOC") in found, found
    assert not [m for m in found if "الضوء" in m[0]], found


def test_a_club_a_player_moves_from_or_to():
    """In a sports report, a move's word a few words before «من» / «إلى» / ل and a club's name that is also a
    word makes it the club: «المنتقل للنصر من الشباب», «والقادم من الطائي»; not across a clause break, and
    «طلب الهلال من الاتحاد» (asked the federation) has no move word."""
    found, _ = ents("فاز الهلال في المباراة على ملعب الملز. ويلعب نايف هزازي المنتقل للنصر من الشباب في خط الهجوم، "
                    "والقادم من الطائي قد لا يشارك.")
    assert ("الشباب", "ORG") in found and ("الطائي", "ORG") in found, found
    found, _ = ents("فاز الهلال في المباراة على ملعب الملز. وطلب الهلال من الاتحاد تأجيل الموعد، وقال إن القادم، من الشباب، سيرحل.")
    assert not [m for m in found if m[0] in ("الاتحاد", "الشباب")], found


def test_a_country_adjective_before_a_bodys_own_name_describes_it():
    """«المصرف الأمريكي جولدمان ساكس»: a definite head and a country's adjective before the body's own name are
    a description, no name; «البنك السعودي الفرنسي» and «المنتخب السعودي» are names."""
    found, _ = ents("يسعى المصرف الأمريكي جولدمان ساكس للحصول على ترخيص، وقال البنك السعودي الفرنسي إن المنتخب "
                    "السعودي سيلعب.")
    assert ("جولدمان ساكس", "ORG") in found and not [m for m in found if m[0] == "المصرف الأمريكي"], found
    assert ("البنك السعودي الفرنسي", "ORG") in found and ("المنتخب السعودي", "ORG") in found, found


def test_a_second_field_of_a_bodys_name():
    """«الهيئة السعودية للمدن الصناعية ومناطق التقنية "مدن"», «الرئاسة العامة للأرصاد وحماية البيئة»: after the
    body's field, و + a noun in construct and its definite word are a second field of the name, and the
    quoted short name after the whole name is the body too; «وشركات القطاع الخاص» is another party."""
    found, _ = ents('زار الهيئة السعودية للمدن الصناعية ومناطق التقنية "مدن" أمس، وأعلنت الرئاسة العامة للأرصاد '
                    "وحماية البيئة عن موجة حارة، واجتمعت الهيئة العامة للاستثمار وشركات القطاع الخاص.")
    assert ("الهيئة السعودية للمدن الصناعية ومناطق التقنية", "ORG") in found and ("مدن", "ORG") in found, found
    assert ("الرئاسة العامة للأرصاد وحماية البيئة", "ORG") in found, found
    assert ("الهيئة العامة للاستثمار", "ORG") in found and not [m for m in found if "وشركات" in m[0]], found


def test_a_derby_is_no_town():
    """«ديربي لندن» (a derby, a match of one city's clubs) names no town Derby; «مدينة ديربي» still does."""
    found, _ = ents("فاز الهلال في المباراة على ملعب الملز، وفي ديربي لندن ستكون هناك أسماء جديدة. وولد اللاعب في مدينة ديربي.")
    assert [m for m in found if m[0] == "ديربي" and m[1] == "LOC"] == [("ديربي", "LOC")], found


def test_a_radio_station_by_its_name():
    """«إذاعة “ألف ألف إف إم”», «راديو «سوا»», «راديو مونت كارلو الدولي»: a name after «إذاعة» or «راديو» is a radio
    station (ORG), even one of number words, and «راديو» is no person after «قال»; «الراديو» alone is a set."""
    found, _ = ents("وقالت أثناء استضافة إذاعة “ألف ألف إف إم” لها إن ألبومها نجح. وقال راديو «سوا» إن الوضع هادئ، "
                    "وذكر راديو مونت كارلو الدولي أن الجلسة انتهت. واستمع السائق إلى الراديو في السيارة.")
    assert ("ألف ألف إف إم", "ORG") in found and ("سوا", "ORG") in found, found
    assert ("مونت كارلو الدولي", "ORG") in found, found
    assert not [m for m in found if "راديو" in m[0] or "الراديو" in m[0]], found
    found, _ = ents("وقال راديو سوا إن الوضع هادئ في المدينة.")  # unquoted, after a speech verb
    assert found == [("سوا", "ORG")], found


def test_a_centre_named_by_a_place_an_adjective_and_its_field():
    """«مركز الرياض الدولي للمعارض», «مركز دبي الدولي للمؤتمرات والمعارض»: a place after the head, its adjective and
    the body's field name one body (ORG), with no place inside; «مركز دبي للإحصاء» as before. Europol is known by
    its name, «يوروبول» (ORG, not a product)."""
    found, _ = ents("أقيم المعرض في مركز الرياض الدولي للمعارض، ثم في مركز دبي الدولي للمؤتمرات والمعارض، وقال مركز دبي "
                    "للإحصاء إن التحقيق الذي أجرته الشرطة الأوروبية (يوروبول) انتهى.")
    assert ("مركز الرياض الدولي للمعارض", "ORG") in found, found
    assert ("مركز دبي الدولي للمؤتمرات والمعارض", "ORG") in found and ("مركز دبي للإحصاء", "ORG") in found, found
    assert ("يوروبول", "ORG") in found, found
    assert not [m for m in found if m[1] == "LOC"], found


def test_a_news_outlet_after_a_body_is_whom_it_spoke_to():
    """«مسؤول بوزارة الطاقة لرويترز»: لـ + a known news outlet after a body's name is whom the body spoke to,
    no word of the name; both are organisations. «الأمين العام لمجلس التعاون الخليجي» keeps the council whole."""
    found, _ = ents("وقال مسؤول بوزارة الطاقة لرويترز إن الأسعار قد ترتفع، وقال متحدث باسم وزارة الخارجية لبلومبرغ إن "
                    "الاتفاق قريب. وقال الأمين العام لمجلس التعاون الخليجي إن القمة ستعقد.")
    assert ("وزارة الطاقة", "ORG") in found and ("رويترز", "ORG") in found, found
    assert ("وزارة الخارجية", "ORG") in found and ("بلومبرغ", "ORG") in found, found
    assert ("مجلس التعاون الخليجي", "ORG") in found, found


def test_verbs_and_particles_with_me_are_no_names():
    """«المذيع سقطت اللوحة» (the presenter, the board fell): a past verb of "she" is no name after a profession;
    «رئيس النادي ضدي ويدبر لي» (against me): a preposition with "me" is none either, and «بين» (between) never
    hides the yen's «ين». The controls keep «منى زكي» and the yen itself."""
    found, _ = ents("وأثناء تحدث المذيع سقطت اللوحة بفعل الرياح. وقال إن رئيس النادي ضدي ويدبر لي أمرا. وقالت الفنانة "
                    "منى زكي إن الفيلم جاهز. وارتفع الدولار إلى 124.5 ين، لكنه واحد من بين عوامل كثيرة.")
    assert not [m for m in found if m[1] == "PERS" and ("سقطت" in m[0] or "ضدي" in m[0])], found
    assert ("منى زكي", "PERS") in found, found
    assert [m for m in found if m[0].endswith("ين")] == [("ين", "MISC")], found


def test_a_company_after_its_share_and_its_move():
    """«وصعد سهم برايم القابضة 7.6 في المئة», «وقفز سهم الكابلات الكهربائية المصرية بالحد الأقصى»: the name after
    «سهم» (its share) followed by the share's move is a company's (a country's adjective at its end is cut off,
    as from every company's name: «زين السعودية» is «زين»); «سهم الشركة» is none."""
    found, _ = ents("وصعد سهم برايم القابضة 7.6 في المئة، وقفز سهم الكابلات الكهربائية المصرية بالحد الأقصى، وهبط "
                    "سهم الشركة 2 في المئة.")
    assert ("برايم القابضة", "ORG") in found and ("الكابلات الكهربائية", "ORG") in found, found
    assert len(found) == 2, found


def test_the_place_of_a_market_index_and_a_journey_to_a_town():
    """«مؤشر أبوظبي», «مؤشر سوق دبي», «المؤشر العام لسوق أبوظبي»: the place is part of the index's name, no place
    of its own; «سوق الرياض» alone stays the town. «والعودة إلى الرياض باللقب»: a journey goes to the town, not
    to the club named after it, which «فاز الرياض على النصر» still names."""
    found, _ = ents("ارتفع مؤشر أبوظبي، وصعد مؤشر سوق دبي 0.5 في المئة، وارتفع المؤشر العام لسوق أبوظبي. وزار الوزير سوق الرياض.")
    assert found == [("الرياض", "LOC")], found
    # (nor when the town is named on its own elsewhere in the text: its other mentions stay out of the indices)
    found, a = ents("ارتفع مؤشر أبوظبي، وصعد مؤشر سوق دبي 0.5 في المئة. ووصل الوفد إلى أبوظبي ثم إلى دبي.")
    assert [(m.text, m.type, m.start > a.entities.text.index("ووصل")) for m in a.entities.mentions] == [
        ("أبوظبي", "LOC", True), ("دبي", "LOC", True)], found
    found, _ = ents("وقال مدرب الهلال إنه يأمل الفوز بمباراة الغد والعودة إلى الرياض باللقب. وفاز الرياض على النصر.")
    assert [m for m in found if m[0] == "الرياض"] == [("الرياض", "LOC"), ("الرياض", "ORG")], found


def test_a_latin_name_ending_with_a_body_word_and_regulating_is_no_body():
    """«British Standards Institution»: a Latin-script name that ends with an English body word is an
    organisation, not a product (data/lexicon/latin_org_heads.txt); «Galaxy Note» stays one. «وتنظيم استقدام
    العمالة» (regulating recruitment) is no body, «تنظيم القاعدة» is."""
    found, _ = ents("ومنح المعهد البريطاني للمقاييس «British Standards Institution» الشهادة للشركة التي أطلقت هاتف Galaxy Note. "
                    "وخالفت الشركة لائحة شركات الاستقدام وتنظيم استقدام العمالة للغير، وتبنى تنظيم القاعدة الهجوم.")
    assert ("British Standards Institution", "ORG") in found and ("Galaxy Note", "MISC") in found, found
    assert ("تنظيم القاعدة", "ORG") in found and not [m for m in found if "استقدام" in m[0]], found


def test_a_peninsula_and_a_word_glued_to_a_number():
    """«شبه الجزيرة الإيطالية», «شبه الجزيرة الأيبيرية»: a peninsula is a place (data/gazetteer/hand/regions.tsv),
    and «الجزيرة» right after «شبه» is never the channel or the club; «مراسل الجزيرة» still is. «دراسة محكمة
    من500 صفحة» (a refereed study of 500 pages): a word glued to a number is no word of a court's name."""
    found, _ = ents("تقع شبه الجزيرة الإيطالية جنوب أوروبا، وشبه الجزيرة الأيبيرية غربها، وعبر شبه الجزيرة المجاورة. "
                    "وقال مراسل الجزيرة إن دراسة علمية محكمة من500 صفحة صدرت.")
    assert ("شبه الجزيرة الإيطالية", "LOC") in found and ("شبه الجزيرة الأيبيرية", "LOC") in found, found
    assert [m for m in found if m[1] == "ORG"] == [("الجزيرة", "ORG")], found


def test_listed_companies_whose_names_are_a_verbal_noun_or_a_towns_kind_word():
    """«أسهم شركات تكوين ,والجماعي ,وموبايلي»: in a list of companies with a known one, a verbal noun of the
    تفعيل shape («تكوين») is a company's name, not an imperfect verb, and «ومدينة المعرفة» (a town's kind word and
    a definite word that names no place) is a listed company whose name goes on to the next; «مدينة الرياض» stays
    out of a list."""
    found, _ = ents("فيما جاءت أسهم شركات تكوين ,والجماعي ,وموبايلي ,ومعدنية على رأس الشركات الأكثر انخفاضا، "
                    "وجاءت أسهم شركات الإنماء ,وموبايلي ,ومدينة المعرفة ,والراجحي الأكثر نشاطا. وزار الوفد مدينة الرياض.")
    for name in ("تكوين", "الجماعي", "معدنية", "الإنماء", "مدينة المعرفة", "الراجحي"):
        assert (name, "ORG") in found, (name, found)
    assert not [m for m in found if m[0] == "مدينة الرياض" or (m[0] == "الرياض" and m[1] == "ORG")], found


def test_a_company_kind_after_a_title_and_prosecutors_in_the_plural():
    """«رئيس شركة الإلكترونيات اليابانية توشيبا كورب»: a company's kind («كورب») closes the name after the title,
    the company's, not a person's. «أعلن مدعون أمريكيون»: a noun the article writes before a people's adjective
    in the plural is a plural noun (prosecutors), no name anywhere in the article; «محمد» stays one."""
    found, _ = ents("وأعلن رئيس شركة الإلكترونيات اليابانية توشيبا كورب أمس استقالته. وأعلن مدعون أمريكيون توجيه الاتهام "
                    "لتسعة مسؤولين، وقال مدعون إن 14 شخصا اعتقلوا. وقال رئيس الشركة محمد العلي إن الأرباح ارتفعت.")
    assert ("توشيبا كورب", "ORG") in found and ("محمد العلي", "PERS") in found, found
    assert not [m for m in found if m[1] == "PERS" and m[0] != "محمد العلي"], found


def test_a_coach_of_a_skill_and_a_players_club_with_its_country():
    """«مدرب اللياقة اليوناني جريجوريس»: a profession in construct with what it trains, a country's adjective
    and one foreign word name a person, as «المدرب اليوناني جريجوريس» does; a plural noun or a number after the
    name opens the verb's object («جريجوريس تدريبات بدنية»). «لاعب ليوبارد الكونغولي»: after a player's noun
    without ال, an unknown foreign word and a country's adjective in the masculine are his club."""
    found, _ = ents("وطبق مدرب اللياقة اليوناني جريجوريس تدريبات بدنية على اللاعبين. وقال الطبيب المعالج لرودي نداي لاعب "
                    "ليوبارد الكونغولي إن العملية نجحت. وقال لاعب الوسط المصري إن الفريق جاهز.")
    assert ("جريجوريس", "PERS") in found and ("ليوبارد", "ORG") in found, found
    assert not [m for m in found if "تدريبات" in m[0] or m[0] in ("الوسط", "ليوبارد") and m[1] != "ORG"], found


def test_small_pacific_countries_by_their_usual_spellings():
    """«ميكرونيزيا» (the gazetteer wrote only «ولايات ميكرونيسيا المتحدة») and «تاهيتي» are places
    (data/gazetteer/hand/aliases.tsv and regions.tsv), with a preposition too («لتاهيتي»)."""
    found, _ = ents("وخسرت ميكرونيزيا 30-0 أمام تاهيتي، وسبق لتاهيتي الفوز على جزر كوك.")
    assert found == [("ميكرونيزيا", "LOC"), ("تاهيتي", "LOC"), ("تاهيتي", "LOC"), ("جزر كوك", "LOC")], found


def test_a_prayer_a_nephew_and_a_successor_end_a_name_after_a_title():
    """«الملك فهد طيب الله ثراه»: «طيب» and «نور» before «الله» open a prayer (data/lexicon/prayer_openers.txt),
    while «رجب طيب أردوغان» keeps its given name; «الأمير زيان ابن أخيه» (his nephew): «ابن» and a kin noun with
    a pronoun is a relation, no father's name; «خلفا لكوفي أنان» (succeeding): «خلفا» is no name's word."""
    found, _ = ents("وأشاد بدور الملك فهد طيب الله ثراه، وبعث الأمير زيان ابن أخيه إلى الملك. وقال الرئيس رجب طيب "
                    "أردوغان إن الأمين العام للأمم المتحدة انتخب خلفا لكوفي أنان.")
    assert ("فهد", "PERS") in found and ("زيان", "PERS") in found, found
    assert ("رجب طيب أردوغان", "PERS") in found, found
    assert not [m for m in found if "طيب الله" in m[0] or "أخيه" in m[0] or "خلفا" in m[0]], found


def test_foreign_players_and_clubs_in_a_match_report():
    """A sports report: «مدرب الهلال السابق ريجيكامب لأكاديمية» (a club's former coach: the adjective «السابق» and a
    preposition after the name), «برأسية الكوري كواك تاي» (a country's adjective after a feminine noun is its
    genitive, a person), «أن البرازيلي ألميدا» (the subject after «أن»), «إنقاذ فريق موجي ميريم» (a foreign club
    whose first word looks like an adjective), «ركلة لريال» once the report names Real Madrid. Controls:
    «فولاذ الإيراني بهدفين» (a club and its adjective: no person «بهدفين»), «نجم برشلونة السابق ولاعب السد» (no
    person «ولاعب»), «حاجة الكاميروني إيفولو مهاجم» (the position is no word of the name), «50 ألف ريال» the
    currency."""
    found, _ = ents("فاز روما على ريال مدريد، وأهدر لوكاس ركلة لريال. وأضاف الهدف برأسية الكوري كواك تاي في الدقيقة 82، "
                    "وأكد المدرب أن البرازيلي ألميدا سيغيب بمناسبة افتتاح مدرب الهلال السابق ريجيكامب لأكاديمية. وعاد "
                    "ريفالدو لإنقاذ فريق موجي ميريم. وتغلب الهلال على ضيفه فولاذ الإيراني بهدفين. وسجله تشافي نجم برشلونة "
                    "السابق ولاعب السد القطري، وأظهرت الفحوص حاجة الكاميروني إيفولو مهاجم فريق التعاون إلى الراحة، "
                    "ونال مكافأة 50 ألف ريال.")
    for name, typ in (("ريجيكامب", "PERS"), ("كواك تاي", "PERS"), ("ألميدا", "PERS"), ("موجي ميريم", "ORG"),
                      ("إيفولو", "PERS")):
        assert (name, typ) in found, (name, found)
    assert [m for m in found if m[0] == "ريال"] == [("ريال", "ORG"), ("ريال", "MISC")], found
    assert not [m for m in found if m[1] == "PERS" and m[0] in ("بهدفين", "ولاعب", "إيفولو مهاجم")], found


def test_a_party_by_its_creed_and_a_share_by_its_rank():
    """«الحزب الليبرالي», «الحزب الاجتماعي الديمقراطي»: a party named by its creed
    (data/lexicon/head_naming_adjectives.tsv); «الحزب الحاكم» is a description. «وتصدر سهم الخليج للتدريب قائمة
    الأسهم الأكثر ارتفاعا»: a share with its company's field and its rank among the shares names the company (no
    figure needed), where «الخليج» had been the Gulf; «وأطلق سهم الحرية للعالم» (an arrow) names none."""
    found, _ = ents("عاد الحزب الليبرالي إلى السلطة بعد خروج الحزب الاجتماعي الديمقراطي، وانتقد الحزب الحاكم. "
                    "وتصدر سهم الخليج للتدريب قائمة الأسهم الأكثر ارتفاعاً. وأطلق سهم الحرية للعالم.")
    assert ("الحزب الليبرالي", "ORG") in found and ("الحزب الاجتماعي الديمقراطي", "ORG") in found, found
    assert ("الخليج للتدريب", "ORG") in found, found
    assert not [m for m in found if "الحاكم" in m[0] or "الحرية" in m[0] or m == ("الخليج", "LOC")], found


def test_foreign_companies_by_their_english_kind_word():
    """«دراجون أويل», «ريستاد إنرجي», «الجزيرة كابيتال», «إليوت كابيتال أدفيزرز»: a name and an English company word
    written in Arabic letters (data/lexicon/firm_name_suffixes.txt) is a company, ORG, where the tagger read a
    product; the name again without that word is the company too («"دراجون"», «"إليوت"» in quotes). Controls: a
    verb or a noun with its pronoun before the name stays out («وتوقعت», «حصتها»), and «الجزيرة» alone stays no
    alias of «الجزيرة كابيتال»."""
    found, _ = ents('رفعت شركة "إينوك" عرضها لشراء "دراجون أويل"، ووافق مساهمو "دراجون" على العرض. وقالت "إليوت كابيتال '
                    'أدفيزرز" إن "إليوت" تملك حصة. وقدرت ريستاد إنرجي الإنتاج، وتوقعت الجزيرة كابيتال نموا، فيما باعت '
                    'بريميير أويل حصتها لشتات أويل. وقالت قناة الجزيرة إن السوق تراجعت.')
    for name in ("دراجون أويل", "دراجون", "إليوت كابيتال أدفيزرز", "إليوت", "ريستاد إنرجي", "الجزيرة كابيتال",
                 "بريميير أويل", "شتات أويل"):
        assert (name, "ORG") in found, (name, found)
    assert not [m for m in found if m[0].startswith(("وتوقعت", "توقعت", "حصتها", "وقدرت", "قدرت"))], found
    assert not [m for m in found if m[1] in ("MISC", "PERS")], found


def test_a_quoted_district_a_share_in_words_and_where_a_fair_is_held():
    """«في منطقة "البرشاء الأولى"»: a quoted name after a settlement's kind word is the place (not «منطقة "مزعج
    للغاية"», a remark, nor «منطقة "اليورو"», the currency's). «صعود سهم أبوظبي الوطنية للطاقة (طاقة) ثلاثة في المائة»:
    a share's move in words, a place, its adjective and the company's field make the company, and its short name
    in brackets too. «معرض بغرفة الشرقية»: where a fair is held is no name of the fair; the chamber is the body."""
    found, _ = ents('سجلت أعلى المبايعات في منطقة "البرشاء الأولى" ومنطقة "النهدة الثانية"، ووصف السكان منطقة "مزعج '
                    'للغاية" بالهدوء، وتراجع النمو في منطقة "اليورو". وارتفع سهم أبوظبي الوطنية للطاقة (طاقة) ثلاثة في '
                    'المائة. وعرضت الشركات منتجاتها في معرض بغرفة الشرقية.')
    assert ("البرشاء الأولى", "LOC") in found and ("النهدة الثانية", "LOC") in found, found
    assert ("أبوظبي الوطنية للطاقة", "ORG") in found and ("طاقة", "ORG") in found, found
    assert ("غرفة الشرقية", "ORG") in found, found
    assert not [m for m in found if "مزعج" in m[0] or m[0] == "اليورو" and m[1] == "LOC" or m[0] == "أبوظبي"
                or m[0].startswith("معرض")], found


def test_the_short_form_of_a_name_with_bin_and_the_special_olympics():
    """«عبدالله بن مساعد» … «وأضاف ابن مساعد», «وأكد بن مساعد»: «بن»/«ابن» and the father's name alone are the
    person again (not inside another man's name: «فيصل بن مساعد» is his brother, nor «ابن عم الضحية»). «الأولمبياد
    الخاص» is Special Olympics, a body, and its World Games an event, not the Olympic Games."""
    found, _ = ents("قال الأمير عبدالله بن مساعد إن المنتخب جاهز. وأضاف ابن مساعد أن اللاعبين بخير، وأكد بن مساعد ذلك. "
                    "وحضر الأمير فيصل بن مساعد، وقال ابن عم الضحية إن الشرطة وصلت. وفاز لاعبو الأولمبياد الخاص "
                    "السعودي بميداليات في دورة الألعاب العالمية الصيفية للأولمبياد الخاص.")
    assert ("ابن مساعد", "PERS") in found and ("بن مساعد", "PERS") in found, found
    assert not [m for m in found if m[0] in ("بن مساعد", "ابن مساعد") and m[1] != "PERS"], found
    assert any(m[0].startswith("فيصل بن مساعد") for m in found), found
    assert not [m for m in found if "عم" in m[0].split()], found
    assert ("الأولمبياد الخاص السعودي", "ORG") in found, found
    assert ("دورة الألعاب العالمية الصيفية للأولمبياد الخاص", "MISC") in found, found


def test_a_line_up_between_dashes_a_dotted_acronym_and_a_district_named_like_a_channel():
    """A match's line-up between dashes is a list of people: its items of a given name that is also a word and a
    family name are people too («– رائد الغامدي –», «– سلمان المؤشر.»), while a byline's town after a dash stays a
    place. «إي.دي.إف»: letters joined by dots are an acronym, a body (not «يو.إس.بي», a port). «في حي الجزيرة»: a
    one-word body the lists know, right after a district's kind word, is the district («قناة الجزيرة» stays the
    channel)."""
    found, _ = ents("سلوى سعد – جدة\n\nشارك في اللقاء: أسامة هوساوي – محمد أمان – منصور الحربي – رائد الغامدي – مهند "
                    "عسيري – سلمان المؤشر. وقالت إي.دي.إف إنها ستسدد، ويأتي الجهاز بمنفذ يو.إس.بي جديد. وأقيمت "
                    "الفعاليات في حي الجزيرة بالرياض، وبثت قناة الجزيرة الخبر.")
    assert ("رائد الغامدي", "PERS") in found and ("سلمان المؤشر", "PERS") in found, found
    assert ("جدة", "LOC") in found and ("إي.دي.إف", "ORG") in found, found
    assert [m for m in found if m[0] == "الجزيرة"] == [("الجزيرة", "LOC"), ("الجزيرة", "ORG")], found
    assert not [m for m in found if "يو.إس.بي" in m[0]], found


def test_a_short_name_that_is_a_noun_and_a_share_with_a_construct_field():
    """«مركز إيداع الأوراق المالية (تداول)» … «بنهاية تداول يوم الأحد»: a short name in brackets that is a noun of the
    corpus (trading) is the body again only between quotes or brackets («وقالت "تداول"»). «سهم ديالوج لأشباه
    الموصلات»: a company's field of ل and a noun in construct closes its name after «سهم»."""
    found, _ = ents('وأعلن مركز إيداع الأوراق المالية (تداول) عن توزيع الأرباح بنهاية تداول يوم الأحد، وقالت "تداول" '
                    'إن المؤشر ارتفع. وتراجع سهم ديالوج لأشباه الموصلات الألمانية 3 في المئة.')
    assert [m for m in found if m[0] == "تداول"] == [("تداول", "ORG"), ("تداول", "ORG")], found
    _, a = ents('وأعلن مركز إيداع الأوراق المالية (تداول) عن توزيع الأرباح بنهاية تداول يوم الأحد.')
    trading = a.article.text.index("بنهاية تداول") + len("بنهاية ")
    assert not [m for m in a.entities.mentions if m.start == trading], a.entities.mentions
    assert ("ديالوج لأشباه الموصلات", "ORG") in found, found
    # the subject of a verb of "she" is the company too, and the noun elsewhere stays a noun
    found, _ = ents("أعلنت شركة الصناعات الزجاجية الوطنية (زجاج) عن النتائج. زجاج تعلن عن نتائج اجتماع الجمعية، "
                    "وصناعة الزجاج تحتاج إلى زجاج مقاوم.")
    assert [m for m in found if m[0] == "زجاج"] == [("زجاج", "ORG"), ("زجاج", "ORG")], found


def test_a_firm_named_by_its_last_word_an_index_and_airlines_named_in_english():
    """«شركة "رويال داتش شل"» … «وقالت شل»: the last word of a company's name a rule found is that company where
    a statistical tagger read it as a product. «مؤشر فايننشال تايمز 100», «مؤشر ناسداك»: a body's name after
    «مؤشر» is a market index with its number, MISC, while «مؤشر بورصة قطر» keeps the exchange (an Arabic noun
    heads its name) and «صحيفة فايننشال تايمز» the paper. «دلتا أير لاينز», «أطلس أير وورلدوايد»: a foreign
    company's English last word («لاينز», «وورلدوايد») makes the company."""
    found, _ = ents('تعتزم شركة "رويال داتش شل" شطب 6500 وظيفة. وقالت شل إن أرباحها تراجعت، وتتوقع شل تحسنا في '
                    'الأسعار. وارتفع مؤشر فايننشال تايمز 100 البريطاني 1.2 % ومؤشر ناسداك 0.3 %، وصعد مؤشر بورصة '
                    'قطر 0.8 %، وذكرت صحيفة فايننشال تايمز ذلك. وانضمت أطلس أير وورلدوايد ودلتا أير لاينز إلى الائتلاف.')
    assert ("فايننشال تايمز 100", "MISC") in found and ("ناسداك", "MISC") in found, found
    assert ("بورصة قطر", "ORG") in found and ("فايننشال تايمز", "ORG") in found, found
    assert ("أطلس أير وورلدوايد", "ORG") in found and ("دلتا أير لاينز", "ORG") in found, found
    # Shenzhen as the Saudi press spells it too, and SOMO by its Arabic short name
    found, _ = ents("وارتفعت الأسهم في شنغهاي وشينشن، وقالت شركة تسويق النفط العراقية (سومو) إن الصادرات زادت.")
    assert ("شينشن", "LOC") in found and ("سومو", "ORG") in found, found
    found, _ = ents("ويمثل مؤشر منظمة الأمم المتحدة للأغذية والزراعة أسعار الغذاء.")
    assert not [m for m in found if m[1] == "MISC"], found


def test_a_credit_line_with_its_colon_and_an_adjective_after_a_noun_of_manner():
    """«إخراج: فراس المصري», «تصوير: محمد الغامدي»: a credit line with a colon names the person after it (not
    «تصوير الفيلم»). «بشكل حازم» (firmly): after a noun of manner one word is an adjective, no person, while «حازم
    الببلاوي» after «بشكل صريح إن» stays one."""
    found, _ = ents("إخراج: فراس المصري. تصوير: محمد الغامدي. وبدأ تصوير الفيلم في جدة، وسيطبق النظام بشكل حازم على "
                    "المخالفين. وقال بشكل صريح إن حازم الببلاوي استقال.")
    assert ("فراس المصري", "PERS") in found and ("محمد الغامدي", "PERS") in found, found
    assert ("حازم الببلاوي", "PERS") in found, found
    assert not [m for m in found if m[0] in ("حازم", "الفيلم")], found


def test_a_player_after_a_verb_or_his_side_and_two_delegates_no_person():
    """«واختتم البرازيلي أوزفالدو مهرجان الأهداف»: a country's adjective right after a past verb is its subject,
    the player, and the object after his name is no word of it. «مهاجم الفريق علي مبخوت»: a player's role in
    construct with his side, then his name. «قال مندوبان في أوبك», «أكد مصدران مطلعان»: the dual of a common
    noun is two of them, no person. «وفاز الهلال السعودي» stays the club."""
    found, _ = ents("واختتم البرازيلي أوزفالدو مهرجان الأهداف بتسجيله الهدف الخامس، وفاز الهلال السعودي على الشباب. "
                    "وتضاربت الأنباء حول انتقال مهاجم الفريق علي مبخوت إلى الاتحاد. وقال مندوبان في منظمة أوبك إن "
                    "المنظمة لا تنوي عقد اجتماع، وأكد مصدران مطلعان ذلك.")
    assert ("أوزفالدو", "PERS") in found and ("علي مبخوت", "PERS") in found, found
    assert not [m for m in found if m[1] == "PERS" and m[0] in ("أوزفالدو مهرجان", "مندوبان", "مصدران", "الهلال")], found
    # not after a club's name that opens with ف («فولاذ»), a noun with و («ونظيره»), nor after the players of a side
    found, _ = ents("غلب الهلال ضيفه فولاذ الإيراني بهدفين. وقال إنه ونظيره المصري قاما بمراجعة الخطة. وأشار النادي إلى "
                    "أن لاعبي الفريق صوتوا سريا، وقرر مدرب الفريق مغادرتك.")
    assert not [m for m in found if m[1] == "PERS"], found


def test_a_programme_named_like_a_person_and_an_adjective_after_a_ranked_firm():
    """«شاعرة تشارك في “أمير الشعراء”» … «برنامج “أمير الشعراء”»: a quoted name the person list knows (a poet's
    epithet) is what the noun before the same quoted name made it elsewhere in the article, the programme (MISC,
    with no link to the poet). «"بي.تي.تي.إي.بي" التايلاندية 35 في المائة»: in a run of companies ranked by their
    shares, a country's adjective describes the name before it; it is no company."""
    found, a = ents("شاعرة أمريكية تشارك في “أمير الشعراء”\n\nقالت الشاعرة إن برنامج “أمير الشعراء” من البرامج "
                    "المميزة.")
    assert [m for m in found if m[0] == "أمير الشعراء"] == [("أمير الشعراء", "MISC"), ("أمير الشعراء", "MISC")], found
    assert not [m for m in a.entities.mentions if m.text == "أمير الشعراء" and m.canonical == "Ahmed Shawqi"]
    found, _ = ents('وتملك سوناطراك حصة قدرها 25 في المائة في الحقل بينما تحوز "بي.تي.تي.إي.بي" التايلاندية 35 في '
                    'المائة وبتروفيتنام 40 في المائة.')
    assert ("بي.تي.تي.إي.بي", "ORG") in found and ("بتروفيتنام", "ORG") in found, found
    assert not [m for m in found if "التايلاندية" in m[0]], found


def test_the_last_word_of_a_firm_a_tagger_read_as_a_product_is_the_firm():
    """The model's product «شل» (as the tagger reads it in a real report) after «شركة "رويال داتش شل"» is the
    company; a model's person who is no firm's last word stays a person."""
    from kit.entities.recognise import _last_word_of_a_firm_agrees
    article = parse_article('خبر\n\nتعتزم شركة "رويال داتش شل" شطب وظائف. وقالت شل إن سامي تراجع.', dct=None)
    text = article.text
    firm = Candidate(text.index("رويال"), text.index("رويال") + len("رويال داتش شل"), "ORG", "pattern", "quoted name after «شركة»")
    shell = text.index("وقالت شل") + len("وقالت ")
    sami = text.index("سامي")
    cands = [firm, Candidate(shell, shell + 2, "MISC", "model", "CRF tagged MISC", score=0.52),
             Candidate(sami, sami + 4, "PERS", "model", "CRF tagged PERS", score=0.9)]
    out = _last_word_of_a_firm_agrees(article, cands, resources())
    assert [(text[c.start:c.end], c.type) for c in out] == [("رويال داتش شل", "ORG"), ("شل", "ORG"), ("سامي", "PERS")]


def test_a_family_of_al_abd_a_photo_credit_of_ali_and_a_firm_after_its_description():
    """«عبد الناصر العبد اللطيف» … «وقال العبد اللطيف»: «العبد» and a name of God («عبداللطيف» is a given name)
    are one family name, which ends the name and is the person again alone («والعبد الصالح» is no family).
    «تصوير: علي العريفي»: after a credit «علي» written with ي is the given name. «شبكة التلفزيون الإيطالية
    ميدياست»: what a company is, then its own foreign name, which is the organisation; «قناة السودان الحكومية»
    and «وقناة السويس وتكتولوجيا» name none after them."""
    found, _ = ents("وقال عبد الناصر العبد اللطيف المتحدث الرسمي للهيئة إن التزوير انخفض. وقال العبد اللطيف إن "
                    "الإجراءات واضحة. وأكد المهندس عبدالرحمن العبد الكريم أن العمل مستمر، وإن الإنسان هو العبد الصالح.")
    assert ("عبد الناصر العبد اللطيف", "PERS") in found and ("العبد اللطيف", "PERS") in found, found
    assert ("عبدالرحمن العبد الكريم", "PERS") in found, found
    assert not [m for m in found if m[0] in ("عبد الناصر", "اللطيف", "الصالح", "العبد الصالح")], found
    found, _ = ents("وجود أنظمة تمنع عملهم. تصوير: علي العريفي ـــ «الاقتصادية»")
    assert ("علي العريفي", "PERS") in found, found
    found, _ = ents("وتسيطر فينيفست أيضا على شبكة التلفزيون الايطالية ميدياست وشركة النشر موندادوري. وقالت قناة "
                    "السودان الحكومية زارتني. وناقشا الطاقة وقناة السويس وتكتولوجيا المعلومات.")
    assert ("ميدياست", "ORG") in found and ("موندادوري", "ORG") in found, found
    assert not [m for m in found if m[0] in ("شبكة التلفزيون الايطالية", "شركة النشر", "زارتني", "وتكتولوجيا",
                                              "تكتولوجيا")], found


def test_a_news_outlet_ends_a_name_after_a_title():
    """«وأبلغ المتحدث باسم فينيفست رويترز»: the agency the lists know ends the name after the title (it is whom
    he spoke to), and one unknown word alone is no person; a surname that is also a body, «برناردينو ليون»
    (Lyon), stays in the name."""
    found, _ = ents("وأبلغ المتحدث باسم فينيفست رويترز أن الموعد نهائي. وقال المبعوث الأممي إلى ليبيا برناردينو ليون إن "
                    "الحوار مستمر.")
    assert ("رويترز", "ORG") in found and ("برناردينو ليون", "PERS") in found, found
    assert not [m for m in found if m[1] == "PERS" and "فينيفست" in m[0]], found


def test_bodies_of_oil_and_economy_reports_the_gazetteer_gained():
    """The U.S. Energy Information Administration and Capital Economics, which oil and economy reports cite
    weekly (49 and 8 mentions in the corpus), are organisations the lists know, with or without the
    country's adjective."""
    found, _ = ents("وأظهرت بيانات من إدارة معلومات الطاقة الأمريكية أن المخزونات ارتفعت. وقال خبير لدى كابيتال "
                    "إيكونوميكس في لندن إن الطلب ضعيف.")
    assert [m for m in found if m[1] == "ORG"] == [("إدارة معلومات الطاقة الأمريكية", "ORG"),
                                                  ("كابيتال إيكونوميكس", "ORG")], found


def test_saudi_revenue_bodies_and_a_board_of_directors():
    """«مصلحة الزكاة والدخل», «مصلحة الجمارك», «البريد السعودي» are bodies the lists know; a company's board,
    «لمجلس الإدارة», «مجلس الإدارة واللجان المنبثقة عنه», is an office, no organisation's name."""
    found, _ = ents("وتصل الزكاة إلى مصلحة الزكاة والدخل، وبحسب بيانات مصلحة الجمارك وبالتعاون مع البريد السعودي. "
                    "وعين السبيعي رئيساً لمجلس الإدارة، وتعين الشركة رئيس مجلس الإدارة واللجان المنبثقة عنه.")
    orgs = [m[0] for m in found if m[1] == "ORG"]
    assert orgs == ["مصلحة الزكاة والدخل", "مصلحة الجمارك", "البريد السعودي"], found
    found, _ = ents("وذلك بالارتباط مع مركز المعلومات الوطني، وبحسب مصلحة الإحصاءات العامة والمعلومات. “إ ب أ” عملاء أمام "
                    "أجهزة الصراف.")
    assert [m[0] for m in found if m[1] == "ORG"] == ["مركز المعلومات الوطني", "مصلحة الإحصاءات العامة والمعلومات",
                                                      "إ ب أ"], found


def test_a_centre_named_by_a_place_and_a_field_that_reads_like_a_given_name():
    """«مركز أبوظبي للتوفيق والتحكيم التجاري»: after a place, لل and a definite noun are the centre's field even
    when the bare noun is a given name («توفيق»); the town is part of the name, no place."""
    found, _ = ents("وقال المدير التنفيذي لمركز أبوظبي للتوفيق والتحكيم التجاري إن المركز جاهز.")
    assert ("مركز أبوظبي للتوفيق والتحكيم التجاري", "ORG") in found, found
    assert not [m for m in found if m[1] == "LOC"], found


def test_gulf_bodies_a_verbal_noun_field_and_branches_before_a_bank():
    """«اللجنة الخليجية لتسعير الأدوية»: a feminine regional adjective names a definite body as «الخليجي» does;
    «اللجنة السعودية لتسعير الأدوية»: after a country's adjective, ل and a verbal noun in construct are the body's
    field; «شبكة فروع بنك الجزيرة»: a common noun before a body the lists know is no body of its own."""
    found, _ = ents("وقالت اللجنة الخليجية لتسعير الأدوية إن الأسعار ستعلن، وقالت اللجنة السعودية لتسعير الأدوية إنها جاهزة. "
                    "وسيعمل الخريجون في شبكة فروع بنك الجزيرة.")
    orgs = [m[0] for m in found if m[1] == "ORG"]
    assert orgs == ["اللجنة الخليجية لتسعير الأدوية", "اللجنة السعودية لتسعير الأدوية", "بنك الجزيرة"], found


def test_a_share_ranked_or_leading_a_surname_that_is_a_word_and_a_short_name_before_a_verb():
    """A market report's share: «تصدر سهم الصناعات الكهربائية قائمة الأسهم» (two words, then the shares' list) and
    «أسهم الشركات المرتفعة بقيادة سهم المتحدة للتأمين» (a field, after the shares) are companies, «سهم الشركة» none;
    «وقال صالح كامل، رئيس …»: a common word between a given name and a comma before the role is the surname, and
    the surname alone after a speech verb again; a body's quoted short name that is a word, «"مدن"», is the body
    again before a verb of "she" («أن مدن تعمل»), not the plural noun («المدن», «عدة مدن»)."""
    found, _ = ents("وكانت أسهم الشركات المرتفعة بقيادة سهم المتحدة للتأمين، فيما تصدر سهم الصناعات الكهربائية قائمة "
                    "الأسهم الأكثر انخفاضا، وتصدر سهم الشركة قائمة الأسهم.")
    assert [m[0] for m in found if m[1] == "ORG"] == ["المتحدة للتأمين", "الصناعات الكهربائية"], found
    found, _ = ents("وقال صالح كامل، رئيس مجلس إدارة الغرفة التجارية، إن المهرجان نجح. وأضاف كامل أن الغرفة تعمل. "
                    "وقال سعد هنا، رئيس اللجنة، إن العمل مستمر.")
    assert [m[0] for m in found if m[1] == "PERS"] == ["صالح كامل", "كامل", "سعد"], found
    found, _ = ents('تعتزم الهيئة السعودية للمدن الصناعية ومناطق التقنية "مدن" البناء في المدن الصناعية. '
                    "ولفت المتحدث إلى أن مدن تعمل على إنشاء مدارس في عدة مدن صناعية.")
    assert [m[0] for m in found if m[1] == "ORG"] == ["الهيئة السعودية للمدن الصناعية ومناطق التقنية", "مدن", "مدن"], found


def test_a_byline_after_gallery_buttons_an_office_named_by_a_given_name_and_a_verb_of_she_after_a_title():
    """A byline after a photo gallery's «Next Previous» (page furniture the scrape left) still opens its paragraph:
    the author is a person, not an outlet «Next Previous …»; «وأمين الصندوق محمد نويف»: an office whose head is a
    given name (the treasurer), with a given name after it, is no person; «الإمبراطور اتحدت الصين»: a past verb
    of "she" and its definite subject after a title open no name (in the emperor's reign China united)."""
    found, _ = ents("Next Previous نادية المدني – عين اليوم\nافتتح المعرض أمس بحضور الزوار.")
    assert has(found, "نادية المدني", "PERS") and not any("Next" in x for x, _ in found), found
    found, _ = ents("وحضر عضو مجلس الإدارة وأمين الصندوق خالد نويف، كما حضر أمين العتيبي.")
    assert [m[0] for m in found if m[1] == "PERS"] == ["خالد نويف", "أمين العتيبي"], found
    found, _ = ents("وفي عهد الإمبراطور اتحدت الصين مع منغوليا، ثم جاء الإمبراطور تشو يوان.")
    assert not any(t == "PERS" and x.startswith("اتحدت") for x, t in found), found
    assert has(found, "الصين", "LOC"), found


def test_a_given_name_that_is_a_word_after_an_indefinite_noun_is_that_word():
    """«ظهير أيمن» (a right back), «عمق فهمي» (the depth of my understanding): a given name that is also an
    adjective or a noun, right after an indefinite common noun, is that word, whatever the model reads (not
    after an elative, «أقصى محمود», nor after a profession, «مدرب عادل»)."""
    from kit.entities.recognise import _doubtful_statistical
    text = "خبر\n\nفشل النادي في ضم ظهير أيمن هذا الموسم. وكتبت أقصى محمود رسالة. وقال مدرب عادل إن الفريق جاهز."
    a = parse_article(text)
    def doubtful(word):
        s = text.index(word)
        return _doubtful_statistical(a, Candidate(s, s + len(word), "PERS", "model", "CRF", 0, score=0.95), resources())
    assert doubtful("أيمن")
    assert not doubtful("محمود") and not doubtful("عادل")


def test_a_verb_after_fa_ends_a_name_and_a_word_before_the_role_is_the_surname():
    """«الحارس شوفكوفسكيي فاحتسب الحكم»: ف + a past verb the corpus writes opens the next clause, as و + a verb
    does (a foreign name's own «فا», «فالكاو», stays); «الدكتور ماجد نجم رئيس قسم …»: after a title and a given
    name, a common word right before the person's role is the surname (not a time word, «أمس»)."""
    found, _ = ents("وتعرض المهاجم للعرقلة من قبل الحارس كوفالسكي فاحتسب الحكم ركلة جزاء، وسجل المهاجم راداميل فالكاو هدفا.")
    assert not any(t == "PERS" and "فاحتسب" in x for x, t in found), found
    assert has(found, "راداميل فالكاو", "PERS"), found
    found, _ = ents("وقال الدكتور ماجد نجم رئيس قسم السياحة إن الموسم ناجح، وقال الدكتور سالم أمس رئيس الجلسة إن العمل مستمر.")
    assert has(found, "ماجد نجم", "PERS") and has(found, "سالم", "PERS"), found


def test_a_company_by_its_own_word_in_quotes_two_fields_and_a_name_that_reads_as_bi_and_a_verb():
    """«شركة السلام الكويتية» … «قيد «السلام» الكويتية»: the company's own word alone between quotes is the company
    (not a saying that opens with it, «"السلام قبل كل شيء"»); «بيرفكت للإسكان والتعمير»: a name and two fields
    joined by و are one company; «شركة بيرد المتخصصة في …»: ب never takes a verb («يرد»), so the word is the
    company's name, and «المتخصصة» (specialised in) says what it does, no word of the name."""
    found, _ = ents("قيد «السلام» الكويتية في البورصة. ووافقت اللجنة على قيد شركة السلام الكويتية. "
                    "وقال رئيسها: «السلام قبل كل شيء».")
    assert [m[0] for m in found if m[1] == "ORG"] == ["السلام", "شركة السلام الكويتية"], found
    found, _ = ents("وتملك الشركة حصة في بيرفكت للإسكان والتعمير، و63 في المائة من شركة بيرد المتخصصة في التجهيزات الفنية، "
                    "ووقعت شركة كوكوا المتخصصة في التعليم عقدا.")
    assert [m[0] for m in found if m[1] == "ORG"] == ["بيرفكت للإسكان والتعمير", "بيرد", "كوكوا"], found


def test_market_bodies_companies_named_by_a_place_and_a_field_and_a_family_name_in_ta_marbuta():
    """Batch 39's economy and sport errors: the U.S. securities regulator as «لجنة الأوراق المالية والبورصات» and
    other market bodies the lists lacked (PIMCO, Commerzbank), a firm closed by «فيوتشرز»; a place, an adjective
    that names a body and a company's field, one company («قطر الوطني للخدمات المالية», not before «التي»); a
    company's own name and field after what it does («شركة الرهن العقاري أملاك للتمويل»), not a conjunction
    («قناة السويس سواء للخدمات»); a family name in ة that no noun shares («مختار فلاتة»), not a participle
    («منهية») nor the feminine of an office («عميدة»)."""
    found, _ = ents("أرسلت لجنة الأوراق المالية والبورصات مذكرة إلى مجموعة بيمكو، وقال محلل لدى فيليب فيوتشرز وآخر في "
                    "كومرتس بنك إن الأسعار سترتفع.")
    assert [m[0] for m in found if m[1] == "ORG"] == ["لجنة الأوراق المالية والبورصات", "بيمكو", "فيليب فيوتشرز",
                                                    "كومرتس بنك"], found
    found, _ = ents("وجاءت النتائج دون تقديرات قطر الوطني للخدمات المالية، وتراجع سهم الخليج الدولية للخدمات التي خسرت، "
                    "وقفز سهم شركة الرهن العقاري أملاك للتمويل، وتعمل الشركات في محور قناة السويس سواء للخدمات أو للصناعة.")
    assert [m[0] for m in found if m[1] == "ORG"] == ["قطر الوطني للخدمات المالية", "الخليج الدولية للخدمات",
                                                    "أملاك للتمويل"], found
    found, _ = ents("وسجل الهدفين مهاجم الفريق مختار فلاتة، ودفع النادي مستحقات اللاعب عبدالله عطيف منهية الإدارة الخلاف، "
                    "وألقت الدكتورة ساندرا ندف عميدة الدراسات الصيفية كلمة.")
    assert [m[0] for m in found if m[1] == "PERS"] == ["مختار فلاتة", "عبدالله عطيف", "ساندرا ندف"], found


def test_a_quoted_paper_as_the_subject_of_a_verb_of_she_and_a_weak_head_with_one_ordinary_noun():
    """«علمت "الاقتصادية" من مصادر», «جولة أجرتها "الاقتصادية"»: a paper the organisation list knows by «صحيفة …»,
    in quotes after a past verb of "she" (the paper), is the paper, not the adjective nor a place («اطلعت «الشرق
    الأوسط»»); in quotes after a preposition the place stays a place. «أحد العاملين في مكتب استقدام،»: a weak head
    and one ordinary noun name a body of a kind (a strong head's one word is its name: «شركة ملاذ،»)."""
    found, _ = ents('علمت "الاقتصادية" من مصادر موثوقة أن الشركة ستطرح أسهمها، وفي تقرير اطلعت «الشرق الأوسط» عليه '
                    'ارتفعت الأسعار في "الرياض" أمس.')
    assert has(found, "الاقتصادية", "ORG") and has(found, "الشرق الأوسط", "ORG") and has(found, "الرياض", "LOC"), found
    found, _ = ents("وأوضح أحد العاملين في مكتب استقدام، أن الطلب ارتفع، وقال مدير شركة ملاذ، إن الأرباح زادت.")
    assert [m[0] for m in found if m[1] == "ORG"] == ["ملاذ"], found


def test_a_vocative_opens_no_name_and_bodies_the_lists_lacked():
    """«أنت ملك آسيا يا اتحاد»: the vocative «يا» is a particle, never a word of a name (data/lexicon/stop_words.txt);
    CONCACAF and «سوق دبي المالية» (the feminine of «سوق دبي المالي»), which batch 41 found missing, are bodies."""
    found, _ = ents("أنت ملك آسيا يا اتحاد، وقال مسؤول في الكونكاكاف إن اتحاد الكونكاكاف يدعم بلاتيني، "
                    "وارتفعت مشتريات الأجانب في سوق دبي المالية.")
    assert not any(x.startswith("يا") for x, _ in found), found
    assert [m[0] for m in found if m[1] == "ORG"] == ["الكونكاكاف", "اتحاد الكونكاكاف", "سوق دبي المالية"], found


def test_exchanges_and_companies_of_market_reports_the_lists_lacked():
    """Batch 42's market reports: COMEX and the London Metal Exchange (read as a place and as «بورصة لندن»), BASF with
    its head or its country (never «بأسف», with regret, which folds alike), Ezdan."""
    found, _ = ents("ونزل الذهب في بورصة كومكس، وهوى النحاس ببورصة لندن للمعادن، ونزل سهم باسف الألمانية، "
                    "وأعلنت ازدان أرباحها. وقال المحلل بأسف إن الأسعار تراجعت.")
    assert [m[0] for m in found if m[1] == "ORG"] == ["بورصة كومكس", "بورصة لندن للمعادن", "باسف", "ازدان"], found


def test_a_stock_exchange_named_by_its_city_or_country_is_a_body():
    """«بورصة أثينا», «بورصة شنغهاي», «بورصة اليونان»: an exchange named by its place is a body whose name holds the
    place (data/lexicon/org_heads.tsv: a seat head), as «غرفة جدة» is; the place alone had been tagged."""
    found, _ = ents("وارتفعت الأسهم في بورصة أثينا، وتراجعت في بورصة شنغهاي، وهوت في بورصة اليونان، وزار الوفد أثينا.")
    assert [m[0] for m in found if m[1] == "ORG"] == ["بورصة أثينا", "بورصة شنغهاي", "بورصة اليونان"], found
    assert has(found, "أثينا", "LOC"), found


def test_a_long_name_shaped_like_an_imperfect_verb_and_companies_given_as_examples():
    """«ألكسيس تسيبراس»: a long word opening like an imperfect (ت…) that the corpus writes for no other person
    («يسيبراس») is a name, not a verb after the name; «تستضيف» stays a verb. «شركات ألمانية في مصر مثل سيمنز
    وهوشتيف وليدل»: the names «مثل» gives as examples of companies are companies (not those of «بلدان»).
    «شركتي الرياض للتعمير وجبل عمر»: after a dual head, a place with a company's field and a common noun with a
    given name are the two companies (batch 44); and the European Stability Mechanism."""
    found, _ = ents("التقى رئيس الوزراء اليوناني ألكسيس تسيبراس وزير المالية، وقال الوزير يوسف خالد تستضيف بلاده القمة.")
    assert [m[0] for m in found if m[1] == "PERS"] == ["ألكسيس تسيبراس", "يوسف خالد"], found
    found, _ = ents("وتستثمر شركات ألمانية في مصر مثل سيمنز وهوشتيف وإليانتس، وجاءت شركات من بلدان مثل أمريكا وإيطاليا. "
                    "وأعلنت شركتي الرياض للتعمير وجبل عمر نتائجهما.")
    assert [m[0] for m in found if m[1] == "ORG"] == ["سيمنز", "هوشتيف", "إليانتس", "الرياض للتعمير", "جبل عمر"], found
    found, _ = ents("وتنافس شركات ناشئة مثل زيتونو وكرمالو وغيرها في السوق.")
    assert [m[0] for m in found if m[1] == "ORG"] == ["زيتونو", "كرمالو"], found  # «وغيرها» (and others) no name
    found, _ = ents("وأقرضت آلية الاستقرار الأوروبية البنوك.")
    assert has(found, "آلية الاستقرار الأوروبية", "ORG"), found  # the ESM, which batch 44 found missing


def test_wars_revolutions_and_treaties_named_by_a_place_a_year_or_a_people_and_a_festival_named_by_its_place():
    """«حرب السويس», «اتفاق أوسلو», «حرب 1967», «الحرب العراقية الإيرانية», «الثورة السورية»: a war, a revolution or a
    treaty named by a place the gazetteers know, a year or its peoples' feminine adjectives is one MISC name, with
    no place inside it (data/lexicon/history_heads.txt); not a war the place wages («حرب المملكة على الإرهاب»), nor
    «حرب الأسعار». «مهرجان الجنادرية»: a word in ية that is the adjective of no word of the corpus names a festival."""
    found, _ = ents("ومنذ حرب السويس وحرب 1967 وقع اتفاق أوسلو، ثم جاءت الحرب العراقية الإيرانية والثورة السورية. "
                    "وتواصل حرب المملكة على الإرهاب، واشتدت حرب الأسعار، وشارك الفنان في مهرجان الجنادرية.")
    assert [m[0] for m in found if m[1] == "MISC"] == ["حرب السويس", "حرب 1967", "اتفاق أوسلو", "الحرب العراقية الإيرانية",
                                                       "الثورة السورية", "مهرجان الجنادرية"], found
    assert not has(found, "السويس", "LOC") and not has(found, "أوسلو", "LOC"), found
    # an ordinal after the place; a plural adjective qualifies another noun; a treaty takes no adjective
    found, _ = ents("وبعد حرب الخليج الثانية زار قدامى الحرب الأمريكيين المنطقة، ورحب الوزير بالاتفاق الأميركي.")
    assert [m[0] for m in found if m[1] == "MISC"] == ["حرب الخليج الثانية"], found


def test_clubs_products_and_media_batch_45_found_missing_and_a_nationality_after_a_kunya():
    """Batch 45 (sport and technology): the dual «فريقي» is a sports word near an ambiguous club («وفريقي ضمك»);
    Club América, LA Galaxy spelt «لوس أنجليس», Fenerbahçe spelt in two words, Akhisar Belediyespor, the German
    Super Cup and the Emirates Cup; Nexus spelt with و; the AIT news portal. «أبو عبد الله البريطاني الجنسية»:
    a people's adjective before «الجنسية» is the person's nationality, no part of the kunya's name
    (data/lexicon/origin_nouns.txt), while «أبو حمزة المصري» keeps it."""
    found, _ = ents("خاض الفريق مباراة ودية مع منتخب عسير وفريقي ضمك والمصيف، وفاز برشلونة على كلوب أمريكا ثم على "
                    "لوس أنجليس جالاكسي، وخسر فنار بخشه أمام بلدية أكهيسار سبور في كأس إستاد الإمارات قبل السوبر الألماني.")
    assert [m[0] for m in found if m[1] in ("ORG", "MISC")][:7] == [
        "ضمك", "برشلونة", "كلوب أمريكا", "لوس أنجليس جالاكسي", "فنار بخشه", "بلدية أكهيسار سبور", "كأس إستاد الإمارات"], found
    assert has(found, "السوبر الألماني", "MISC"), found
    found, _ = ents("ونشرت البوابة العربية للأخبار التقنية تحديثات أجهزة نيكسوس. ورفض أبو عبد الله البريطاني الجنسية "
                    "أن يكشف اسمه، وقال أبو حمزة المصري إن")
    assert has(found, "البوابة العربية للأخبار التقنية", "ORG") and has(found, "نيكسوس", "MISC"), found
    assert has(found, "أبو عبد الله", "PERS") and has(found, "أبو حمزة المصري", "PERS"), found


def test_a_national_team_named_by_its_country_and_a_title_after_a_work_noun_with_a_pronoun():
    """«منتخب كوريا الجنوبية», «منتخب البرازيل»: the national team, one body whose name holds the country (as
    «المنتخب السعودي» is), no place (batch 46; ANERcorp tags the country alone). «روايته الجديدة «…»»: a work's noun
    with a pronoun, whose ة is written ت before it, still introduces the quoted title."""
    found, _ = ents("وانضم نجم منتخب كوريا الجنوبية إلى الشباب، وتأهل منتخب البرازيل، وأصدر الكاتب روايته الجديدة "
                    "«السماء قريبة جدا» وقدمت الفرقة مسرحيتها «الليلة الأخيرة».")
    assert has(found, "منتخب كوريا الجنوبية", "ORG") and has(found, "منتخب البرازيل", "ORG"), found
    assert not has(found, "البرازيل", "LOC"), found
    assert has(found, "السماء قريبة جدا", "MISC") and has(found, "الليلة الأخيرة", "MISC"), found


def test_batch_47_names_after_a_nationality_a_weekday_surname_and_a_town_as_club():
    """Batch 47 (sport, economy, culture, technology). A name written with «أل» has no article («المدرب البرازيلي
    ألميدا»); a people's adjective right after an imperfect verb is its subject, the person («يسعى اليوناني دونيس»),
    and a list of them goes on after و («مع الغاني مونتاري والفنزويلي ريفاس»). A weekday right after a lone given
    name is his family name («ماجد الخميس رئيس اللجنة»), not a date; it stays a date after a name that goes on or
    before a time word. In a sports article a town and its country's masculine adjective is a club («أمام فيرونا
    الإيطالي»), but not the end of a club's longer name («دينامو زغرب»). «فريق المدرب …», «ملعب النادي» and
    «الملتقى القاص …» name no team, ground or gathering."""
    found, a = ents("يسعى اليوناني دونيس، مدرب فريق الهلال، إلى تجهيز المهاجم البرازيلي ألميدا. وتعاقد الاتحاد مع "
                    "الغاني مونتاري والفنزويلي ريفاس. وقال ماجد الخميس رئيس اللجنة إن الفريق جاهز، وقال الرئيس محمود "
                    "عباس الجمعة إنه ينوي، ووصل سعود الخميس الماضي. ويختتم الهلال معسكره في الدوري أمام فيرونا الإيطالي، "
                    "ولعب نادي دينامو زغرب الكرواتي. وتوج مع فريق المدرب الأرجنتيني دييغو سيميوني بلقب الدوري، وملعب "
                    "النادي جاهز. وشارك في الملتقى القاص الروسي فلاديمير كروبين.", dct="2015-08-01")
    people = [m[0] for m in found if m[1] == "PERS"]
    for name in ("دونيس", "ألميدا", "مونتاري", "ريفاس", "ماجد الخميس", "محمود عباس", "سعود", "فلاديمير كروبين"):
        assert name in people, (name, found)
    assert [t.text for t in a.timexes] == ["الجمعة", "الخميس الماضي"], a.timexes
    assert has(found, "فيرونا", "ORG") and not has(found, "زغرب", "ORG"), found
    assert not any(m[0].startswith(("فريق المدرب", "ملعب النادي", "الملتقى")) for m in found), found


def test_batch_47_a_list_of_places_after_a_comma_and_wa_and_a_company_without_its_field():
    """«في كل من القدس، والناصرة، وعكا، والخليل»: a name after a comma and و is one more item of the list, under
    the same cue (a GeoNames name, a common word). «شركة اكسبرو للخدمات النفطية» … «أن اكسبرو حققت»: the company's
    own word again without its field (only between quotes when it is also a common word, «"ملاذ"»), never a
    place's name («دبي للاستثمار» … «سوق دبي»)."""
    found, _ = ents("وتجول المشاركون في كل من القدس، والناصرة، وعكا، وبيت لحم، والخليل، ونابلس. وكشف تقرير لشركة "
                    "اكسبرو للخدمات النفطية أن اكسبرو حققت نجاحات، وتراجع سهم دبي للاستثمار وارتفع مؤشر سوق دبي.")
    assert [m[0] for m in found if m[1] == "LOC"][:6] == ["القدس", "الناصرة", "عكا", "بيت لحم", "الخليل", "نابلس"], found
    assert sum(m == ("اكسبرو", "ORG") for m in found) == 1, found
    assert not has(found, "دبي", "ORG"), found
    # the lists: a club, a listed company and an Android version the batch named
    found, _ = ents("ويلتقي تشلسي مع نيويورك ريد بولز في نيوجرزي، وتراجع سهم اللجين، ويعمل الهاتف بنظام لوليبوب.")
    assert has(found, "نيويورك ريد بولز", "ORG") and has(found, "نيوجرزي", "LOC"), found
    assert has(found, "اللجين", "ORG") and has(found, "لوليبوب", "MISC"), found


def test_batch_48_computers_latin_lists_club_business_and_youth_welfare():
    """Batch 48 (sport, economy, technology, culture). «كومبيوتر» is a computer, no spelling of Coimbatore, and
    no name a tagger repeats (a technology word now); the English of a quoted common noun is no name («هاتف»
    Phone). و written onto a Latin name opens the next item of a list («HP Spectre X360 وLenovo Yoga 3 Pro»), each
    a product. A word of a club's business right before an ambiguous club's name in a sports report makes it the
    club («إدارة الوحدة»), and «رعاية الشباب» is the youth-welfare body, no club «الشباب»."""
    found, _ = ents("تحول الجهاز من كومبيوتر شخصي إلى جهاز لوحي، ويلقب «هاتف» Phone. ومن أجهزة الفئة HP Spectre X360 "
                    "وLenovo Yoga 3 Pro، ويعمل بمعالج «إنتل كور آي 5» من شركة إيسر.")
    assert not any("كومبيوتر" in m[0] or m[0] in ("Phone", "جهاز لوحي") for m in found), found
    assert has(found, "HP Spectre X360", "MISC") and has(found, "Lenovo Yoga 3 Pro", "MISC"), found
    assert has(found, "إنتل كور آي 5", "MISC") and has(found, "إيسر", "ORG"), found
    found, _ = ents("قطعت إدارة الوحدة شوطا في مفاوضاتها مع لاعب الوسط قبل مباراة الفريق في الدوري، وأعلن مكتب "
                    "رعاية الشباب فتح الترشح، وأكد الرئيس العام لرعاية الشباب دعم الأندية.")
    assert has(found, "الوحدة", "ORG") and has(found, "مكتب رعاية الشباب", "ORG"), found
    assert has(found, "رعاية الشباب", "ORG") and not has(found, "الشباب", "ORG"), found


def test_an_event_named_by_a_theme_and_its_adjective_said_twice():
    """«ملتقى السياحة المعرفية» … «ملتقى السياحة المعرفية»: an event's head, what it is about and an adjective, said
    again as they stand, make a fixed name (batch 48); said once, «معرض الرسم الحر» may be any such fair."""
    found, _ = ents("انطلقت فعاليات ملتقى السياحة المعرفية في أبها، وقال مدير ملتقى السياحة المعرفية إن الإقبال كبير. "
                    "وزار الطلاب معرض الرسم الحر.")
    assert [m for m in found if m[1] == "MISC"] == [("ملتقى السياحة المعرفية", "MISC")] * 2, found


def test_batch_47_and_48_claims_a_hamza_name_its_object_and_guarded_readings():
    """The notes of batches 47 and 48 claim these, each backed here: after a profession, a name written with «أل»
    keeps none of the common noun after it («الممثل آلباشينو شخصية»), nor does a name keep a noun and its adjective
    («المدرب ألفارو النهج التكتيكي»); «ملعب فريق تيجريس» is the team's ground, the team named; «أيسر» (left) is no
    Acer, which needs its head; a company's own word that is also a common word is repeated only between quotes
    («ملاذ»); a word and a field no head introduced seeds no alias («ذويها للأوراق الثبوتية» … «ذويها»); a verbal
    noun the corpus writes with ال is no verb before a people's adjective («تعيين البلجيكي جان فان وليكرن»)."""
    found, _ = ents("يتقمص الممثل العبقري آلباشينو شخصية الطبيب، وطبق المدرب ألفارو النهج التكتيكي، وأصيب اللاعب على "
                    "ملعب فريق تيجريس المكسيكي، وكان الظهير أيسر في التشكيلة.")
    assert [m for m in found if m[1] == "PERS"] == [("آلباشينو", "PERS"), ("ألفارو", "PERS")], found
    assert has(found, "تيجريس", "ORG") and not any(m[0].startswith("ملعب") or m[0] == "أيسر" for m in found), found
    text = "خبر\n\nوقال رئيس شركة ملاذ للتأمين إن ملاذ حققت أرباحا، وأعلنت \"ملاذ\" نتائجها."
    a = analyze_text(text, dct="2017-05-02")
    assert [(m.text, m.start) for m in a.entities.mentions if m.text == "ملاذ"] == [("ملاذ", text.rindex("ملاذ"))]
    found, _ = ents("ريثما يتم إحضار ذويها للأوراق الثبوتية، ولم يحضر ذويها الأوراق.")
    assert not has(found, "ذويها", "ORG"), found
    from kit.entities.recognise import nisba_noun_name_candidates
    t = "بعد أن أعلن تعيين البلجيكي جان فان وليكرن مديرا فنيا، وقال إنه ونظيره المصري قاما بالمراجعة"
    assert nisba_noun_name_candidates(t, tokens_of(t), resources()) == []


def test_batch_49_souq_okaz_best_buy_spellings_and_a_coachs_object():
    """Batch 49 (sport, economy, technology, culture). «سوق عكاظ» is the Ta'if festival (a named event of
    data/gazetteer/events.tsv), not the paper «عكاظ»; a longer event or award around it keeps its span
    («جائزة سوق عكاظ للابتكار»). Best Buy is a company. «الأوروغواياني», «الأوروجوياني» are Uruguayan (six
    spellings), while «بولوني» is no Polish («بولندي»): the coach Bölöni. After a profession a noun with "his"
    («مهمته»), a preposition («حيال») or بـ and a plural («بقدرات») is the name's object, no family name; after
    لـ the profession keeps its article, «للاعب» (ل + اللاعب)."""
    found, _ = ents("انطلقت فعاليات سوق عكاظ في الطائف، وأعلن الفائزون بجائزة سوق عكاظ للابتكار، وقال لـ«عكاظ» "
                    "مدير السوق إن الإقبال كبير. وأعلنت متاجر بست باي بيع الساعة.")
    assert has(found, "سوق عكاظ", "MISC") and has(found, "جائزة سوق عكاظ للابتكار", "MISC"), found
    assert [m for m in found if m[0] == "عكاظ"] == [("عكاظ", "ORG")], found  # the paper, quoted after لـ
    assert has(found, "بست باي", "ORG"), found
    found, _ = ents("وقدم مدرب الفريق الأوروغواياني ألفارو غوتيريز قائمته، وبدأ المدرب الروماني لازلو بولوني مهمته "
                    "مع الفريق، وقرر المدرب دونيس حيال الرباعي الأجنبي شيئا، وهي المباراة الأولى للاعب الأوروجوياني "
                    "إيرسميندي الذي شارك بديلا.")
    people = [m[0] for m in found if m[1] == "PERS"]
    assert people == ["ألفارو غوتيريز", "لازلو بولوني", "دونيس", "إيرسميندي"], found
    assert not any(m[1] == "ORG" and "الأوروغواياني" in m[0] for m in found), found


def test_a_paper_quoted_as_an_outlet_is_the_paper_where_it_is_quoted_again():
    """«قال لـ«الشرق الأوسط»» … «أبلغ «الشرق الأوسط»»: the outlet an article quotes is the paper again where the
    same name stands between quotes, not the region (batch 49)."""
    found, _ = ents("وقال الخبير لـ«الشرق الأوسط» إن السوق تعافت، وكان قد أبلغ «الشرق الأوسط» أن الأسعار ترتفع "
                    "في الشرق الأوسط.")
    assert [m for m in found if m[0] == "الشرق الأوسط"] == [("الشرق الأوسط", "ORG"), ("الشرق الأوسط", "ORG"),
                                                           ("الشرق الأوسط", "LOC")], found


def test_batch_50_okaz_short_name_crude_grades_and_technology_standards():
    """Batch 50 (sport, economy, technology, culture). In an article that names «سوق عكاظ», «شاعر عكاظ» is the
    festival's short name, no paper (a quote after لـ still names the paper). Crude grades are MISC, «نفط دبي»
    no Dubai, and a price's move after one is no model number («مزيج برنت 35 سنتا»; «أندرويد 5.0» keeps its
    version). HDMI spelled in letters is no body; DisplayPort, FreeSync and Google Photos are products. Elche,
    «فيا ريال» and «نادي أتلانتا الإيطالي» are clubs; «المغرب والعشاء» are prayers, no Morocco; an accusative
    noun after a player's club is no person («لاعب نادي أتلانتا الإيطالي عقدا»)."""
    found, _ = ents("انطلق سوق عكاظ، وفاز بلقب شاعر عكاظ الشاعر هزبر محمود، وقال لـ«عكاظ» المدير إن الإقبال كبير.")
    assert [m for m in found if "عكاظ" in m[0]] == [("سوق عكاظ", "MISC"), ("عكاظ", "MISC"), ("عكاظ", "ORG")], found
    found, _ = ents("وتراجع سعر مزيج برنت 35 سنتا إلى 54.92 دولار، وارتفع نفط دبي وخام غرب تكساس الوسيط، "
                    "ويعمل الهاتف بنظام أندرويد 5.0 ومنفذ إتش.دي.إم.آي 1.4 أو ديسبلاي بورت وتقنية فري سينك "
                    "وتطبيق Google Photos.")
    assert has(found, "مزيج برنت", "MISC") and has(found, "نفط دبي", "MISC"), found
    assert has(found, "خام غرب تكساس الوسيط", "MISC") and not any(m[1] == "LOC" for m in found), found
    assert has(found, "أندرويد 5.0", "MISC") and has(found, "ديسبلاي بورت", "MISC"), found
    assert has(found, "فري سينك", "MISC") and has(found, "Google Photos", "MISC"), found
    assert not any("إتش" in m[0] for m in found), found
    found, _ = ents("ووقع الاتحاد مع الأرجنتيني ماكسي موراليز لاعب نادي أتلانتا الإيطالي عقدا مبدئيا، وسبق له اللعب لأندية فيا ريال "
                    "وإسبانيول والتشي، وتقام الفعاليات فترتي المغرب والعشاء.")
    assert [m[0] for m in found if m[1] == "ORG"] == ["أتلانتا", "فيا ريال", "إسبانيول", "التشي"], found
    assert not has(found, "عقدا", "PERS") and not has(found, "المغرب", "LOC"), found


def test_batch_51_a_latin_letter_alone_and_listed_firms():
    """Batch 51 (sport, economy, technology, culture). A Latin letter alone names nothing («الحرف «Y»»); Saxo Bank,
    Alcatel-Lucent and Bell Labs are in the organisation list («بيل لابس» had been a person)."""
    found, _ = ents("يندرج الحرف «Y» أسفل الحرف «L» في خط بوكيرلي. وقال محلل في ساكسو بنك إن نوكيا اشترت "
                    "الكاتيل-لانسيت ومعها مختبرات بيل لابس.")
    assert not any(len(m[0]) == 1 for m in found), found
    assert has(found, "ساكسو بنك", "ORG") and has(found, "الكاتيل-لانسيت", "ORG"), found
    assert has(found, "بيل لابس", "ORG") and not has(found, "بيل لابس", "PERS"), found


def test_batch_49_to_51_claims_festivals_stop_words_spellings():
    """The notes of batches 49 to 51 claim these, each backed here: «هلا فبراير» is a named festival, with its head
    too; «تجاه», like «حيال», is a preposition, no family name after a coach's name; Paraguay's adjective in its
    other spellings, «البارغوياني», is a nationality before a player's name, no part of it."""
    found, _ = ents("وانطلق مهرجان هلا فبراير في الكويت، وتستمر فعاليات هلا فبراير. وقال المدرب دونيس تجاه الفريق "
                    "كلاما، وسجل اللاعب البارغوياني روكي سانتا كروز.")
    assert has(found, "مهرجان هلا فبراير", "MISC") and has(found, "هلا فبراير", "MISC"), found
    assert has(found, "دونيس", "PERS") and has(found, "روكي سانتا كروز", "PERS"), found
    from kit.entities.recognise import nisba_of
    assert nisba_of("البارغوياني") is not None and nisba_of("الأوروجوياني") is not None
    assert nisba_of("بولوني") is None


def test_a_body_named_with_its_article_is_found_again_after_lil():
    """«اللجنة الوطنية لمكافحة المخدرات» … «للجنة الوطنية لمكافحة المخدرات»: ل + اللجنة, written with one lam less, is
    the same body again (`proclitic_splits` gives the reading «اللجنة»; batch 49), its span from the second lam."""
    text = ("خبر\n\nوأكد أمين عام اللجنة الوطنية لمكافحة المخدرات أن الحملة مستمرة. وتابع أنه تحقيقا للهدف الأساس "
            "للجنة الوطنية لمكافحة المخدرات فإن العمل مستمر.")
    a = analyze_text(text, dct="2015-08-01")
    assert [(m.text, m.type) for m in a.entities.mentions] == [("اللجنة الوطنية لمكافحة المخدرات", "ORG"),
                                                               ("لجنة الوطنية لمكافحة المخدرات", "ORG")]
    assert len({m.entity_id for m in a.entities.mentions}) == 1


def test_batch_52_a_nisba_after_a_past_verb_a_festival_s_proper_name_and_features():
    """Batch 52: a country's definite adjective right after a past verb (or its verbal noun) is the person, and the
    name after it his («تعرض الأورغوياني مورا»); an indefinite word between an indefinite event head and a definite
    adjective is a proper name («مهرجان كاف السياحي 36»), but not an adjective in ي with its noun («مؤتمر عالي
    المستوى»); «للمرة الرابعة» is no word of a name; an organisation a model or a list reads after a feature's noun
    is the feature («تقنية «سمارت سكرين»», «ميزة «سناب»»)."""
    found, _ = ents("إلى ذلك تعرض الأورغوياني مورا لإصابة عضلية. وانطلق مهرجان كاف السياحي 36 بالقريات، ويقام "
                    "معرض مشكاة التفاعلي للمرة الرابعة. ويعمل مديرا لمؤتمر عالي المستوى يعقد في الدوحة. "
                    "وتتيح ميزة «سناب» ترتيب النوافذ، ويقدم النظام تقنية «سمارت سكرين» لفحص الصفحات.")
    assert has(found, "مورا", "PERS"), found
    assert has(found, "مهرجان كاف السياحي 36", "MISC") and has(found, "معرض مشكاة التفاعلي", "MISC"), found
    assert not any("عالي" in x for x, _ in found), found
    assert has(found, "سناب", "MISC") and not has(found, "سناب", "ORG"), found
    assert not has(found, "سمارت سكرين", "ORG"), found


def test_batch_52_a_noun_with_his_pronoun_ends_a_person_s_name():
    """A noun with "his", "her" that the corpus writes with ال is the sentence's object, no word of the name a
    recogniser read on («إياد نصار بطولته», «فيسنا بوسيتش بنظيرها»); a name ending in ه is not cut («كريم بنزيمه»)."""
    found, _ = ents("شاركت في المسلسل الذي شاركت فيه إياد نصار بطولته. والتقت الوزيرة فيسنا بوسيتش بنظيرها المصري. "
                    "وسجل المهاجم كريم بنزيمه هدفا.")
    assert not any(x.endswith(("بطولته", "بنظيرها")) for x, _ in found), found
    assert has(found, "كريم بنزيمه", "PERS"), found


def test_batch_52_listed_names_premier_league_libertadores_river_plate_jeddah_show_and_products():
    """Lists of batch 52: the Premier League and the Libertadores as the press transliterates them, «الريفر بلايت»,
    «جدة شو», Microsoft Edge, OneDrive, HoloLens, Intel RealSense, Calico and Nest."""
    found, _ = ents("توج تشيلسي بالبريميير ليج، وخسر الريفر بلايت نهائي الليبرتادوريس. وتتواصل فعاليات جدة شو. "
                    "ويضم ويندوز 10 متصفح مايكروسوفت إيدج وخدمة وان درايف ونظارة هولولينس وكاميرا إنتل ريل سينس. "
                    "ومن وحدات ألفابت معمل كاليكو ووحدة نيست وخدمة جوجل فايبر. وفاز تشيلسي بكأس رابطة الأندية المحترفة.")
    assert_found(found, (("البريميير ليج", "MISC"), ("الريفر بلايت", "ORG"), ("الليبرتادوريس", "MISC"), ("جدة شو", "MISC"),
                        ("مايكروسوفت إيدج", "MISC"), ("وان درايف", "MISC"), ("هولولينس", "MISC"), ("إنتل ريل سينس", "MISC"),
                        ("كاليكو", "ORG"), ("نيست", "ORG"), ("جوجل فايبر", "ORG"), ("كأس رابطة الأندية المحترفة", "MISC")))


def test_batch_52_headline_short_names_of_bodies_named_in_full():
    """A headline's quoted short name of a body the article names in full below it: its own definite word before
    its field («“الصحراء”» of «شركة الصحراء للبتروكيماويات»), its last words («“الكيميائية الأساسية”»); one last
    word only for a company the lists know, and only between quotes («“الدوائية”» of SPIMACO, but «وقف "الفساد"»
    stays corruption). An acronym in quotes after a company's name abbreviates it: the name stays a company."""
    found, _ = ents("«الصحراء» تحول خسائرها إلى أرباح. حولت شركة الصحراء للبتروكيماويات نتائجها. استقالة رئيس «الكيميائية "
                    "الأساسية». أعلنت شركة الصناعات الكيميائية الأساسية \"بي.سي.آي\" قبول الاستقالة. ارتفاع أرباح «الدوائية». "
                    "سجلت الشركة السعودية للصناعات الدوائية أرباحا. وأشادت هيئة مكافحة الفساد بالمشروع الذي يوقف \"الفساد\".")
    for name in ("الصحراء", "الكيميائية الأساسية", "شركة الصناعات الكيميائية الأساسية", "الدوائية"):
        assert has(found, name, "ORG"), (name, found)
    assert not has(found, "الفساد", "ORG"), found


def test_batch_53_months_tellers_outlets_shares_and_a_time_after_a_head():
    """Batch 53: a month's other name in brackets after it is no company («أبريل (نيسان)»); a known paper quoted after
    a verb of saying or after «إلى» is the paper («وأبلغ «الشرق الأوسط»», «خلال حديثه إلى "الوطن"»; «إلى "الرياض"»
    stays the city); a foreign name of two words after «سهم» («كريدي أجريكول»); a time after a body's head is no
    word of its name («أجراه المركز العام الماضي»); after «بتطبيق» definite words in quotes are what is applied."""
    found, _ = ents("وباعت ملايين الساعات بين أبريل (نيسان) ويونيو. وأبلغ «الشرق الأوسط»، الدكتور عادل العيد أن النظام "
                    "جاهز. وتوقع خلال حديثه إلى \"الوطن\" أمس استمرار الحال. وتراجع سهم كريدي أجريكول 8 بالمئة. وأكد "
                    "المشاركون في الاستطلاع الذي أجراه المركز العام الماضي أن الخصوصية تتراجع. وطالب بتطبيق «القياسات الحيوية» "
                    "في البنوك.")
    assert not any(x == "نيسان" for x, _ in found), found
    assert has(found, "الشرق الأوسط", "ORG") and has(found, "الوطن", "ORG"), found
    assert has(found, "كريدي أجريكول", "ORG"), found
    found, _ = ents("وعاد الوفد إلى \"الرياض\" أمس بعد الزيارة.")
    assert not has(found, "الرياض", "ORG"), found
    assert not any("العام" in x or x == "القياسات الحيوية" for x, _ in found), found


def test_batch_54_a_company_s_country_cut_off_its_name_is_no_place_again():
    """«وكيان السعودية» … «ومجموعة السعودية»: the country adjective cut off a listed company's name stays no place,
    though the same word is the country elsewhere in the article (no alias makes it the place there); the company
    itself stays found, and «السعودية» alone after «مجموعة» is still read."""
    text = ("وكانت أسهم شركات العالمية للتأمين،وبتروكيم وملاذ للتأمين ,وكيان السعودية,ووفاء للتأمين،ومجموعة السعودية "
            "الأكثر ارتفاعا. وجاءت أسهم شركات كيان والإنماء ,والخدمات الأرضية وزين السعودية ,دار الأركان ,و سابك")
    found, a = ents(text)
    at = {(m.start, m.type) for m in a.entities.mentions}
    for adjective_of in ("كيان السعودية", "زين السعودية"):
        s = a.entities.text.index(adjective_of) + adjective_of.index("السعودية")
        assert (s, "LOC") not in at, (adjective_of, found)
    assert has(found, "كيان", "ORG") and has(found, "السعودية", "LOC"), found


def test_batch_54_a_player_swapped_for_another_and_names_after_bi():
    """«استبدل … علي هزازي بحسن العمري»: ب and a given name open the next player, and a given name with ب before it
    and a family name after it is a person («بعبدالاله العامر», «متمثلة بسلطان البرقان»); a word that is a name as it
    stands keeps it («بسام الحربي»). After a club's name that is also a rank («الرائد»), ب and a noun are the score,
    no name («كسبها الرائد بهدفين لهدف»), and «كسبها» (won it) is no كـ + Sabha."""
    found, _ = ents("واستبدل مدرب الفريق اللاعب علي هزازي بحسن العمري ومحمد عبده بعبدالاله العامر. "
                    "والاستقطابات المحلية متمثلة بسلطان البرقان، وتميم الدوسري. وقدم بسام الحربي الشكر. "
                    "وفي المباراة التجريبية التي كسبها الرائد بهدفين لهدف أصيب اللاعب.")
    for name in ("علي هزازي", "حسن العمري", "عبدالاله العامر", "سلطان البرقان", "بسام الحربي"):
        assert has(found, name, "PERS"), (name, found)
    assert not any("هدف" in x or x in ("سبها", "علي هزازي بحسن العمري") for x, _ in found), found


def test_batch_54_a_common_word_before_a_place_a_name_in_brackets_and_good_faith():
    """«في معسكر أبوظبي»: a word the place lists keep as a common word (Mascara, a camp) right before a place is no
    place, though the model says so (it stays the province after «ولاية»); a player named in brackets after his
    nationality («بواسطة الاكوادوري (ويلا)», «عن طريق الاروغواني (فابيان)», a spelling of Uruguayan now listed); an
    unsure guess «حسن النية» (good faith) whose second word is an ordinary noun is no person."""
    found, _ = ents("تعادل القادسية في أولى مبارياته الودية في معسكر أبوظبي أمام النهضة العماني. وتفوق النصر بهدف التعادل "
                    "بواسطة الاكوادوري (ويلا) وهدف الفوز عن طريق الاروغواني (فابيان) من ركلة جزاء. وارتؤوا تغيير الاسم "
                    "لكي لا يؤول رغم حسن النية وفعلاً اجتمع احمد قاروت.")
    assert not any(x == "معسكر" for x, _ in found), found
    assert has(found, "ويلا", "PERS") and has(found, "فابيان", "PERS"), found
    assert not any(x == "حسن النية" for x, _ in found), found
    found, _ = ents("وزار الوزير ولاية معسكر غرب الجزائر.")
    assert has(found, "معسكر", "LOC"), found


def test_batch_54_festivals_squares_and_organisers_after_a_festival():
    """Culture of batch 54: a quoted name after «حفلات»/«فعاليات»/«فعالية» is the event («حفلات «ليالي دبي»», not
    Dubai); a square with its one-word name is a place («بساحة المفتاحة الخارجية»: the adjective after it is not
    the name; «ساحة الإمام محمد بن سعود» named after a person keeps him), but «ساحة أخرى لإشغال الرأي العام» is
    none; «منظم المهرجان الدكتور مقبل المقبل» is the organiser, no festival named «المهرجان الدكتور مقبل»."""
    found, _ = ents("معربة عن سعادتها بالمشاركة في حفلات «ليالي دبي» التي تعد محطة مهمة. وانطلقت فعاليات «السودة أجمل» "
                    "وعروض الاسكيت بساحة المفتاحة الخارجية، وشهدت ساحة الإمام محمد بن سعود كثافة من الجمهور. وقال منظم "
                    "المهرجان الدكتور مقبل المقبل إن الإقبال كبير. ونقل الألم إلى ساحة أخرى لإشغال الرأي العام.")
    assert has(found, "ليالي دبي", "MISC") and not has(found, "دبي", "LOC"), found
    assert has(found, "السودة أجمل", "MISC"), found
    assert has(found, "ساحة المفتاحة", "LOC") and has(found, "ساحة الإمام محمد بن سعود", "LOC"), found
    assert any(x.startswith("مقبل") and t == "PERS" for x, t in found), found
    assert not any(x.startswith("المهرجان") or "أخرى" in x for x, _ in found), found


def test_batch_54_latin_spellings_after_quotes_offices_of_the_company_and_listed_names():
    """Economy and technology of batch 54: a Latin spelling after a quoted Arabic company name takes its type
    («دار «بولغري» Bulgari»); an office of the company the report is about is no organisation («وافقت جمعية الشركة»,
    «الجمعية العامة للشركة»); Jefferies, Morningstar (also hyphenated), the Edaa depository, the Vertu phone, Young
    Boys, Hull City, Udinese and «كأس جلالة الملك» are listed."""
    found, _ = ents("وأكد المدير التنفيذي لشركة «بولغري» Bulgari أهمية الساعة، ففكرت دار «بولغري» Bulgari بالأمر. "
                    "ووافقت جمعية الشركة المادة السابعة، ووافقت الجمعية العامة للشركة على زيادة رأس المال. "
                    "ويقول المحللون في بنك الاستثمار جيفريز إن الأسعار ستتعافى، ويقول المحللون في مورننج-ستار إن الشركة "
                    "دبرت تمويلا. والمساهمون المسجلون لدى مركز الإيداع للأوراق المالية. ويصل سعر الهاتف فرتو إلى 37 ألف "
                    "دولار. ولعب مع يونغ بويز السويسري فهال سيتي الإنجليزي ثم أودينيزي، وتوج الوحدة بكأس جلالة الملك.")
    assert [t for x, t in found if x == "Bulgari"] == ["ORG", "ORG"], found
    assert not any(x.startswith(("جمعية", "الجمعية")) for x, _ in found), found
    assert_found(found, (("جيفريز", "ORG"), ("مورننج-ستار", "ORG"), ("مركز الإيداع للأوراق المالية", "ORG"), ("فرتو", "MISC"),
                        ("يونغ بويز", "ORG"), ("هال سيتي", "ORG"), ("أودينيزي", "ORG"),
                        ("كأس جلالة الملك", "MISC")))


def test_batch_54_a_club_listed_with_its_country_is_its_bare_name_again():
    """«أمام النهضة العماني» … «يتعادل مع النهضة»: a club the lists know only with its country's adjective is its bare
    name again in the same article; not a national team's bare noun («المنتخب السعودي» … «المنتخب»), nor an
    adjective («النادي الأفريقي» … «القاري الأفريقي»)."""
    found, _ = ents("القادسية يتعادل مع النهضة في أولى ودياته. تعادل القادسية أمام النهضة العماني بهدف لكل منهما. "
                    "وقال مدرب المنتخب السعودي إن المنتخب جاهز.")
    assert [t for x, t in found if x == "النهضة"] == ["ORG"], found
    assert not has(found, "المنتخب", "ORG"), found


def test_batch_55_a_body_of_a_kind_named_by_its_town_and_founders_named_like_their_firms():
    """Batch 55: a weak head, a noun and its adjective, and بـ + its town name a body, the town inside it («جماعة الفن
    التشكيلي بالقطيف», «لجنة التنمية الاجتماعية بالقطيف», «لجنة الانتخابات البلدية بالرياض»; not «لجنة المتابعة» with
    no adjective); a company of one foreign word after a known given name is the man it is named after («بتوم فورد»),
    never a club after «ناديه» (Nadia folded) nor a definite word («شمس الجزيرة»)."""
    found, _ = ents("افتتح معرض جماعة الفن التشكيلي بالقطيف بالتعاون مع لجنة التنمية الاجتماعية بالقطيف، وأطلقت لجنة "
                    "الانتخابات البلدية بالرياض تطبيقا. ومثل علاقة دومينيكو دي سول بتوم فورد في جوتشي. وانتهى عقده مع "
                    "ناديه الرائد، وباعت فورد سياراتها.")
    for name in ("جماعة الفن التشكيلي بالقطيف", "لجنة التنمية الاجتماعية بالقطيف", "لجنة الانتخابات البلدية بالرياض"):
        assert has(found, name, "ORG"), (name, found)
    assert not has(found, "القطيف", "LOC"), found
    assert has(found, "توم فورد", "PERS") and has(found, "فورد", "ORG"), found
    assert has(found, "الرائد", "ORG") and not any(x.startswith("ناديه") for x, _ in found), found
    found, _ = ents("وجاء بيان نوكيا بعد يوم من إعلان مايكروسوفت.")  # a statement, no Bayan; no ب + «يان»
    assert has(found, "نوكيا", "ORG") and not any(t == "PERS" for _, t in found), found


def test_batch_55_games_consoles_pronouns_shares_and_quoted_categories():
    """Technology and economy of batch 55: consoles and games the lists now hold («جيم بوي», «دريمكاست», «أسطورة
    زيلدا», «نظام نينتندو للترفيه», «تلفزيون آبل»), «واي فاي» as Wi-Fi, not Wii; «حركة أصحابها» (their owners'
    movement) no body; «أسهم الراجحي» is no repeat of the analyst «أنس الراجحي»; «لـ«لاعب استثمار»», common nouns
    in quotes, no outlet; Bobby Charlton and Charlton Athletic listed."""
    found, _ = ents("ومن سوبر ماريو بروس وأسطورة زيلدا، وجيم بوي ودريمكاست ونظام نينتندو للترفيه. ويعمل على تلفزيون آبل "
                    "ويدعم شبكات واي فاي. ومراقبة حركة أصحابها عبر الإنترنت. وقال المحلل أنس الراجحي إن أسهم الراجحي "
                    "الأكثر تأثيرا. ويحيل يوهاندري لـ«لاعب استثمار». روني يطارد رقم بوبي تشارلتون، وانتقل جو غوميز من "
                    "تشارلتون اتلتيك.")
    assert_found(found, (("أسطورة زيلدا", "MISC"), ("جيم بوي", "MISC"), ("دريمكاست", "MISC"), ("نظام نينتندو للترفيه", "MISC"),
                        ("تلفزيون آبل", "MISC"), ("بوبي تشارلتون", "PERS"), ("تشارلتون اتلتيك", "ORG")))
    assert not any(x in ("واي", "أصحابها", "لاعب استثمار") for x, _ in found), found
    assert [t for x, t in found if x == "الراجحي"] == [], found


def test_batch_54_claims_bodies_and_events_after_a_title_with_li_and_good_neighbourliness():
    """Claims of the batch-54 notes: after a title, ل and a body's or an event's head start the body or the event, no
    person («أمين الصندوق السابق لحزب العمال», «الرئيس السابق لمهرجان القاهرة», «الأمين العام لمجلس الضمان الصحي
    التعاوني»); «حسن الجوار» (good neighbourliness) is no person; a quoted name after «فعاليات» is the festival
    («عيد طيبة 36»); «ساحة التحرير» is a place."""
    found, _ = ents("وقال أمين الصندوق السابق لحزب العمال الحاكم إن الأزمة طويلة. وقال سمير فريد الرئيس السابق لمهرجان "
                    "القاهرة إن المهرجان قرر. وأكد الأمين العام لمجلس الضمان الصحي التعاوني محمد بن سليمان الحسين أن "
                    "الوثيقة جاهزة. وطالبت الدول العربية بضرورة الالتزام بسياسة حسن الجوار. وشدد المتحدث على تمتين علاقات حسن الجوار مع "
                    "جيراننا. وتتواصل فعاليات \"عيد طيبة 36\" في المدينة. "
                    "وتجمع المتظاهرون في ساحة التحرير وسط بغداد.")
    assert has(found, "حزب العمال", "ORG") and has(found, "مجلس الضمان الصحي التعاوني", "ORG"), found
    assert has(found, "مهرجان القاهرة", "MISC"), found
    assert not any(t == "PERS" and (x.startswith(("ل", "حسن")) or "الجوار" in x or "القاهرة" in x) for x, t in found), found
    assert has(found, "عيد طيبة 36", "MISC") and has(found, "ساحة التحرير", "LOC"), found


def test_batch_56_a_known_body_without_its_branch_region_and_a_company_described_after_its_name():
    """Batch 56 (economy, culture): a national body the lists know whole is named without the region of its branch,
    the region a place («فرع الهيئة العامة للسياحة والتراث الوطني بمنطقة حائل»), while a body of the region keeps
    its seat («مديرية الشؤون الصحية بمحافظة جدة»); «شركة» and common words after a company's name and a comma
    describe it (««شيفرون»، شركة الطاقة الأميركية العملاقة»), unless the list knows them as its name («أرامكو، شركة
    الزيت العربية السعودية»); a model's name closed by «القابضة» is a company; «خام تكساس الأميركي» is a crude grade;
    «نجاحنا» (our success) is no person."""
    found, _ = ents("نفذ فرع الهيئة العامة للسياحة والتراث الوطني بمنطقة حائل الخطة. وقالت مديرية الشؤون الصحية بمحافظة "
                    "جدة إن الحالات تراجعت. أعلنت «شيفرون»، شركة الطاقة الأميركية العملاقة، أنها ستخفض العمالة. ووقعت "
                    "أرامكو، شركة الزيت العربية السعودية، اتفاقية. ويجري تطويرهما مع «دبي القابضة» و«مراس القابضة». "
                    "ليتداول خام برنت وخام تكساس الأميركي عند 53 و48 دولارا. ويبقى نجاحنا مستندا إلى ما حققناه.")
    assert has(found, "الهيئة العامة للسياحة والتراث الوطني", "ORG") and has(found, "حائل", "LOC"), found
    assert has(found, "مديرية الشؤون الصحية بمحافظة جدة", "ORG"), found
    assert not any("الطاقة الأميركية" in x for x, _ in found), found
    assert has(found, "شركة الزيت العربية السعودية", "ORG"), found
    assert has(found, "مراس القابضة", "ORG") and has(found, "خام تكساس الأميركي", "MISC"), found
    assert not has(found, "تكساس", "LOC") and not any(x == "نجاحنا" for x, _ in found), found
    # the paper that read a note, and a byline's desk at the paper (the line's end), not the region
    found, _ = ents("وتوقع «غولدمان ساكس»، في مذكرة بحثية اطلعت عليها «الشرق الأوسط»، أن يرتفع الخام.\n\n"
                    "* الوحدة الاقتصادية بـ«الشرق الأوسط»")
    assert [t for x, t in found if x == "الشرق الأوسط"] == ["ORG", "ORG"], found


def test_batch_56_titles_in_brackets_after_a_work_and_works_after_famous():
    """Batch 56 (culture): an Arabic title in brackets after a work's noun or after its author («مسرحية (فنجان قهوة)»,
    «مسلسله الجديد (خميس بن جمعة)», «رواية الأديب العالمي الطيب صالح (عرس الزين)»), never a remark («فيلم
    (وثائقي)», «(تموز)», «(وربما الفيلم)»), a slogan («تحت شعار (…)») or a character's one name; a quoted title after
    «الأشهر» («روايته الأشهر "موسم الهجرة إلى الشمال"»)."""
    found, _ = ents("عرضت مسرحية (فنجان قهوة) أمس، واستغلها في مسلسله الجديد (خميس بن جمعة). وشيع جثمان آخر أبطال "
                    "رواية الأديب العالمي الطيب صالح (عرس الزين) إلى مثواه، وفي مقدمتها روايته الأشهر \"موسم الهجرة إلى "
                    "الشمال\" التي ترجمت. وعرض فيلم (وثائقي) في 28 يوليو (تموز) وفيلم (وربما الفيلم) في برنامج موهبة "
                    "تحت شعار (مملكة الطاقة المستدامة). وفي نهاية الرواية وشخصيتها الرئيسة (زين) تعود.")
    for name in ("فنجان قهوة", "خميس بن جمعة", "عرس الزين", "موسم الهجرة إلى الشمال"):
        assert has(found, name, "MISC"), (name, found)
    assert has(found, "الطيب صالح", "PERS"), found
    assert not any(x in ("وثائقي", "تموز", "وربما الفيلم", "مملكة الطاقة المستدامة") for x, _ in found), found
    assert not has(found, "زين", "MISC"), found


def test_batch_56_rival_clubs_in_a_column_a_foreign_speaker_and_a_trainer():
    """Batch 56 (sport, culture): a club named twice without a cue, set against a club named for sure within a few
    words («أن النصر مؤهل لها أفضل من الهلال»), is a club; not a town («جدة»), a body's head («الاتحاد الأمريكي») or a
    family name after a given name; one word of a foreign name between a verb of saying and «خلال»/«إن» is the speaker
    («اعترف راكيتيتش خلال تصريحاته»), not a plural noun («وقال متعاملون إن»), a participle of manner («وأضاف مازحا»)
    or a company the lists know by its first word («وقالت لوكهيد في بيان»); «المدربة» is a person's profession."""
    found, _ = ents("فاز النصر على الهلال في دوري عبداللطيف جميل. وبرأيي أن النصر مؤهل لها أفضل من الهلال بمراحل، والسبب "
                    "أن الصفقات التي ابرمتها ادارة النصر تتفوق على صفقات الهلال بقيادة المهاجم نايف هزازي. واعترف راكيتيتش "
                    "خلال تصريحاته أن الفريق ارتكب أخطاء. وقال متعاملون إن السوق هادئة. وأضاف مازحا إن الطقس حار. وقالت "
                    "لوكهيد في بيان إن لوكهيد مارتن تدعم الصفقة. وتقدم المدربة عالية الغامدي ورشة.")
    assert [t for x, t in found if x == "الهلال"] == ["ORG"] * 3, found
    assert has(found, "راكيتيتش", "PERS") and has(found, "عالية الغامدي", "PERS"), found
    assert not any(x in ("متعاملون", "مازحا") for x, _ in found), found
    assert not has(found, "لوكهيد", "PERS"), found


def test_batch_56_an_app_the_text_says_it_is_and_an_app_named_after_another():
    """Batch 56 (technology): a name the model read as a company that the text then calls an app («“فرامتيك”
    Framatic هو تطبيق آخر») is the app, MISC; «تطبيق بديل آخر باسم «…»» (another, alternative app) names the app."""
    found, _ = ents("يسمح لك مقطع الملصقات بوضع إطار.\n\n«فرامتيك» Framatic هو تطبيق آخر لإطارات الصور. وهناك تطبيق بديل "
                    "آخر باسم «فوتو غريد كوليدج ميكر» متاح مجانا. وقالت شركة سامسونغ إن أرباحها ارتفعت.")
    assert has(found, "فرامتيك", "MISC") and not has(found, "فرامتيك", "ORG"), found
    assert has(found, "فوتو غريد كوليدج ميكر", "MISC"), found
    assert has(found, "سامسونغ", "ORG"), found


def test_batch_57_plays_credits_troupes_women_and_season_festivals():
    """Batch 57 (culture): a quoted title after «العرض المسرحي» («العرض المسرحي الثالث "فنجان قهوة"»); after a credit a
    given name and a definite word are the person («وإخراج طلال الرمال»); a troupe's own word and its art («فرقة الأنس
    الترفيهية», not «فرقة الفنون الشعبية»); women's given names that are also words before a family name («منار
    الدوسري», «تهاني العصيمي»; not «حياة الطفلة», «رحمه الله»); a season festival with its town and edition («صيف
    الخرج 36», not «صيف الرياض الحار»); a quoted message opening with «لا» after a device is no name, a programme's
    title may be one («برنامج «لا تترك أثرا»»); «المنتدى الخاص بشركة مايكروسوفت» no event."""
    found, _ = ents("انطلق العرض المسرحي الثالث \"فنجان قهوة\" من تأليف الدكتورة ملحة عبدالله، وإخراج طلال الرمال. وشاركت "
                    "فرقة الأنس الترفيهية وفرقة الفنون الشعبية. فيما أبدت منار الدوسري سعادتها، وأشادت الزائرة تهاني "
                    "العصيمي بالخدمات. وتابع الطبيب حياة الطفلة. واستمرت فعاليات صيف الخرج 36 رغم صيف الرياض الحار. "
                    "وتفيد رسالة بأن الجهاز \"لا يحتوي على نظام تشغيل\" بعد الترقية، ونفذت الهيئة برنامج «لا تترك أثرا». "
                    "وشهد المنتدى الخاص بشركة مايكروسوفت شكاوى.")
    assert_found(found, (("فنجان قهوة", "MISC"), ("طلال الرمال", "PERS"), ("فرقة الأنس الترفيهية", "ORG"),
                        ("منار الدوسري", "PERS"), ("تهاني العصيمي", "PERS"), ("صيف الخرج 36", "MISC"),
                        ("لا تترك أثرا", "MISC")))
    assert not any(x.startswith(("فرقة الفنون", "حياة", "لا يحتوي", "المنتدى")) for x, _ in found), found
    assert not any(x.startswith("صيف الرياض") for x, _ in found), found


def test_batch_57_clubs_a_player_moves_to_and_the_exchange_by_its_short_name():
    """Batch 57 (sport, economy): a move «إلى» a club named like a town or a word makes it the club («لتتم إعارته إلى
    برايتون», «الانتقال إلى …»: «إلى» folded had never matched); Barnsley, Huddersfield Town, Peñarol and Nacional
    listed; the exchange named «شركة السوق المالية» and its quoted short name «"تداول"»; «خام نايمكس» a crude grade."""
    found, _ = ents("أعلنت إدارة نادي الشباب تعاقدها مع اللاعب الدولي لكرة القدم، لتتم إعارته إلى برايتون وبارنسلي "
                    "وهدرسفيلد تاون على التوالي. وخلال مباراة ناسيونال وغريمه بينارول في الدوري الأورغوياني. وبحسب تقرير "
                    "شركة السوق المالية \"تداول\"، فقد حقق المؤشر عائدا، وقالت الشركة في بيان على \"تداول\" إن الأرباح "
                    "ارتفعت. واقترب خام نايمكس من 42 دولارا.")
    assert_found(found, (("برايتون", "ORG"), ("بارنسلي", "ORG"), ("هدرسفيلد تاون", "ORG"), ("ناسيونال", "ORG"),
                        ("بينارول", "ORG"), ("شركة السوق المالية", "ORG"), ("خام نايمكس", "MISC")))
    assert [t for x, t in found if x == "تداول"] == ["ORG", "ORG"], found
    assert not has(found, "برايتون", "LOC"), found


def test_batch_58_literary_clubs_audiences_plans_and_shapes():
    """Batch 58 (culture, economy, technology): a city's literary club with its seat («النادي الأدبي الثقافي بجدة»,
    head_naming_adjectives.tsv) while a football club's stays its name («النادي الأهلي بجدة»); a literary club and
    its audience make no sports report, so «أبها» stays the town in a poetry evening, while «الفريق» with fans is
    the team, no rank («الفريق خالي الوفاض»); a plan with its place and year («خطة دبي 2021», not «خطة الرياض 500
    مليون»); «على هيئة» (in the shape of) no authority, unless a body's adjectives follow; Ciments du Maroc and
    Pandora listed («باندورا» no ب + Andorra); «رصيفين للإسمنت» (two docks) no company."""
    found, _ = ents("الرشيد يهجو نفسه في أمسية نادي أبها\n\nأقام النادي الأدبي الثقافي بجدة أمسية، وخصص الشاعر قصيدة "
                    "لجمهور أبها. ولعب النادي الأهلي بجدة. ويتماشى المشروع مع «خطة دبي 2021»، وتبلغ خطة الرياض 500 مليون "
                    "ريال. ويساعد على التركيز على هيئة الأفراد، ويقلل الضغط على هيئة الخدمات الصحية الوطنية. وحققت إسمنت "
                    "المغرب أرباحا، ولها رصيفين للإسمنت. وتدعم السيارة باندورا.")
    assert_found(found, (("النادي الأدبي الثقافي بجدة", "ORG"), ("الأهلي", "ORG"), ("خطة دبي 2021", "MISC"),
                        ("هيئة الخدمات الصحية الوطنية", "ORG"), ("إسمنت المغرب", "ORG"), ("باندورا", "ORG")))
    assert [t for x, t in found if x == "أبها"][-1] == "LOC", found
    assert not any(x.startswith(("هيئة الأفراد", "رصيفين", "خطة الرياض")) for x, _ in found), found
    assert not has(found, "اندورا", "LOC"), found
    found, _ = ents("لن ترضى جماهير النادي بخروج الفريق خالي الوفاض من البطولات.")
    assert not any(t == "PERS" for _, t in found), found


def test_review_a_club_set_against_a_rival_is_no_given_name_before_a_family_name():
    """Review of batch 56's rule on the corpus: a club named twice against a rival named for sure is a club, but not
    a player's given name before his family name («المهاجم الجزائري الدولي العربي هلال سوداني», El Arabi Hillel
    Soudani, no club Al-Arabi), while a club before «على» («في الشباب على انتقال», «على» folds onto «علي») and before
    و and the next club («بين الطائي والرائد») stays one."""
    found, _ = ents("فاز الهلال على الشباب في الدوري. ورفض النادي عرضا من نادي الأهلي السعودي للحصول على خدمات المهاجم "
                    "الجزائري الدولي العربي هلال سوداني، وقال المدرب: لن تكون هناك مشكلة لو بقي العربي هلال سوداني معنا "
                    "في الأهلي. وتلقت إدارة الهلال موافقة نظيرتها في الشباب على انتقال المدافع، وأكد مصدر أن الشباب وافق "
                    "على طلب مسؤولي الهلال.")
    assert not has(found, "العربي", "ORG"), found
    assert [t for x, t in found if x == "الشباب"] == ["ORG"] * 3, found


def test_review_work_adjectives_between_a_work_and_its_quoted_title():
    """Review: every adjective of work_adjectives.txt may stand between a work's noun and its quoted title («روايته
    الأحدث «…»», «فيلمه الأبرز «…»», «ديوانها الشهير «…»»), as «الأشهر» does (batch 56)."""
    found, _ = ents("صدرت روايته الأحدث «ظل الريح» أمس، وعرض فيلمه الأبرز «باب الشمس»، وقرأت ديوانها الشهير «أغاني الليل».")
    for name in ("ظل الريح", "باب الشمس", "أغاني الليل"):
        assert has(found, name, "MISC"), (name, found)


def test_batch_59_libraries_offices_and_a_surname_before_a_profession():
    """Batch 59 (culture, economy): a library named by a title and a name is a body («مكتبة الملك عبدالعزيز العامة»,
    `org_heads.tsv`, where «عبدالعزيز» alone had been a person), not «مكتبه» (his office, written with ه) before a
    title, nor «المكتبة العربية» (a people's literature), nor a man's own collection named by him alone («مكتبة أحمد
    نيازي»: the person); the model's «محمد القرون مشرف تربوي» ends at the surname
    before a profession of several words, so the surname alone names him again («وأبان القرون»)."""
    found, _ = ents("نظمت مكتبة الملك عبدالعزيز العامة برنامجا، وزار مكتبة الملك فهد الوطنية. واستقبل الأمير في مكتبه "
                    "العقيد عمر السلطان. ويعتبر الكتاب إضافة نوعية للمكتبة العربية بسبب رؤيته، وقرئ على مسرح المكتبة العامة. من جانبه، قال محمد القرون "
                    "مشرف تربوي، إن مثل الحفلات تعطل العمل. وأبان القرون أنه يتفق مع تحديد وقت للمعايدة. وضم المعرض 34 "
                    "صورة من مكتبة أحمد نيازي.")
    assert_found(found, (("مكتبة الملك عبدالعزيز العامة", "ORG"), ("مكتبة الملك فهد الوطنية", "ORG"),
                        ("محمد القرون", "PERS"), ("القرون", "PERS"), ("أحمد نيازي", "PERS")))
    assert not any(x.startswith(("مكتبه", "لمكتبة", "المكتبة")) or x in ("عبدالعزيز", "فهد") for x, _ in found), found
    assert not any("مشرف" in x for x, _ in found), found


def test_batch_59_offices_of_two_departments_and_an_appositive_participle():
    """Batch 59 (culture): an office's second department after و and the body «في الوزارة» stay in the role, so the
    name after it is read («مدير العلاقات العامة والإعلام في الوزارة شامخ الرشيدي»); a plural participle after a
    title and a comma opens no name when the sentence runs on («وزير الداخلية، سائلين المولى عز وجل»)."""
    found, _ = ents("وقال مدير العلاقات العامة والإعلام في الوزارة شامخ الرشيدي إن ما تردد عار عن الصحة. وشكر أبناء "
                    "الفقيد ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية، سائلين المولى عز وجل أن يديم عليه الصحة.")
    assert has(found, "شامخ الرشيدي", "PERS"), found
    assert not any(x.startswith("سائلين") for x, _ in found), found


def test_batch_59_a_club_joined_to_another_is_the_club_everywhere():
    """Batch 59 (sport): a club a fixture or a list joins to another club, both written whole, is the club everywhere
    else the sports article names it whole («مباريات الهلال والنصر» … «ومباريات النصر يوم السبت»). The second article
    guards the spread: where a proclitic makes the name a word («بالتعاون مع الخليج», in cooperation with the Gulf)
    nothing is spread (it passed before the spread too)."""
    found, _ = ents("جدول الدوري يظلم الجماهير\n\nجدول مسابقات دوري جميل يضع الهلال والجمهور الهلالي في نعيم، ويريح المدرب "
                    "واللاعبين.\nعلى أي أساس قامت لجنة المسابقات بتوزيع مباريات الهلال والنصر بالرياض بهذا الشكل؟\nأما "
                    "الجمهور العاشق والوفي فلو وضعوا مباريات النصر الساعة الثالثة فجرا سيكون متواجدا وفي الموعد.")
    assert [t for x, t in found if x == "النصر"] == ["ORG"] * 2, found
    found, _ = ents("واشنطن تتعهد بالتعاون مع الخليج\n\nقال الوزير إن هدفنا المزيد من التعاون مع الخليج، وإن الفريق "
                    "سيعمل على تحسين التعاون بعد الاتفاق.")
    assert not has(found, "التعاون", "ORG"), found


def test_batch_59_photo_credits_and_what_an_app_is_for():
    """Batch 59 (economy, technology): a photograph's credit names a person («Photo by John Weston»), an agency whose
    «HANDOUT» follows («AFP HANDOUT» → «AFP»), and a listed organisation in capitals («RIA NOVOSTI»); a quote after
    «التطبيق» that opens on ل and a verbal noun says what the app is for, no name, while a programme may be titled
    so («برنامج “لتعزيز القيم الوطنية”»)."""
    found, _ = ents("غرقت المنصة في البحر.\nPhoto by John Weston - منصة أخرى. AFP HANDOUT ولو لم تتمكن فرق الإنقاذ. "
                    "RIA NOVOSTI - منصة ثالثة. وكانت الحركة تستخدم التطبيق “لتحسين الاتصال مع مؤيديها”، وأطلقت الوزارة "
                    "برنامج “لتعزيز القيم الوطنية”.")
    assert_found(found, (("John Weston", "PERS"), ("AFP", "ORG"), ("RIA NOVOSTI", "ORG"),
                        ("لتعزيز القيم الوطنية", "MISC")))
    assert not any(x.startswith(("لتحسين", "AFP HANDOUT")) for x, _ in found), found


def test_batch_60_a_league_body_its_head_and_what_it_does():
    """Batch 60 (sport): a body named by its head and a league's name is the body, above the event its name holds
    («رابطة دوري المحترفين»); a given name and a family name end an event's or a body's complement («… المحترفين
    محمد النويصر»), and so does بـ and an indefinite noun («دوري المحترفين بإطلاق مشروع», «مهرجان صيف الباحة
    بعروض جوية», «كأس السوبر الألمانية برصيد ستة ألقاب»); «وبالتعاون والتنسيق مع» (in cooperation with) is no club,
    and a win over a club named like a word makes it the club («عندما كسب الهلال بنتيجة 4/2»)."""
    found, _ = ents("ورشة عمل لمراقبي المباريات\n\nكلفت رابطة دوري المحترفين وبالتعاون والتنسيق مع الاتحاد السعودي لكرة "
                    "القدم بإطلاق مشروع لمراقبي المباريات. ويفتتح رئيس رابطة دوري المحترفين محمد النويصر الورشة. واختتم "
                    "الفريق مشاركته في مهرجان صيف الباحة بعروض جوية، وتوج دورتموند بكأس السوبر الألمانية برصيد ستة ألقاب. "
                    "وكانت أول بطولة للنادي عام 1388 عندما كسب الهلال بنتيجة 4/2 في المباراة النهائية.")
    assert_found(found, (("رابطة دوري المحترفين", "ORG"), ("محمد النويصر", "PERS"), ("مهرجان صيف الباحة", "MISC"),
                        ("كأس السوبر الألمانية", "MISC"), ("الهلال", "ORG")))
    assert not any(x == "التعاون" or x.startswith("دوري المحترفين") or x.endswith(("بعروض", "برصيد", "بإطلاق"))
                   for x, _ in found), found


def test_batch_60_market_lists_models_and_quoted_lists_of_companies():
    """Batch 60 (economy, technology): in a market report's list of companies, one word between commas with the list
    going on after it («وسابك, الراجحي ,وميدغلف»), and a body's head with its adjective («,والاتحاد التجاري
    ,والمواساة»), are items too; a company the lists know followed by a foreign word is its model («نيسان مورانو»,
    MISC), not with a place or its kind («نيسان السعودية»); a model's MISC quoted in a list of quoted companies the
    lists know is a company («“ميديا تيك”»); a word with a pronoun between commas is no item («سابك، بدورها،»)."""
    found, _ = ents("وكانت أسهم شركات الانماء طوكيو ,وبوبا العربية ,والاتحاد التجاري ,والمواساة ,وأسواق العثيم الأكثر "
                    "ارتفاعا، كما جاءت أسهم شركات الإنماء ,وسابك, الراجحي ,وميدغلف للتأمين ,والخدمات الأرضية ,وموبايلي "
                    "الأكثر نشاطا، وارتفعت أسهم شركات سابك، بدورها، والمراعي. وصنفت المؤسسة «نيسان مورانو» ضمن الأكثر أمانا. وأطلق «فيسبوك» المشروع مع ست شركات هي "
                    "«سامسونغ»، و«إريكسون»، و«ميديا تيك»، و«نوكيا»، و«كوالكوم».")
    assert_found(found, (("المواساة", "ORG"), ("الراجحي", "ORG"), ("الخدمات الأرضية", "ORG"), ("الاتحاد التجاري", "ORG"),
                        ("نيسان مورانو", "MISC"), ("ميديا تيك", "ORG")))
    assert not any(x == "بدورها" for x, _ in found), found


def test_batch_60_a_theatre_named_after_a_person_and_an_author_after_his_credit():
    """Batch 60 (culture): a theatre named after a person by his given name and family name is the place
    (titled_site_heads.txt: «مسرح عبدالرحمن المريخي», no person), not «مسرح الجريمة»; after a credit, any word and a
    family name closed there are the person, though the lists lack the given name («من تأليف نهار الضويحي،»)."""
    found, _ = ents("يشهد مسرح عبدالرحمن المريخي بفرع الجمعية بالأحساء الليلة مسرحية «رحلة عرنوق»، من تأليف نهار "
                    "الضويحي، وإخراج جميل الشايب. ووصل المحقق إلى مسرح الجريمة.")
    assert_found(found, (("مسرح عبدالرحمن المريخي", "LOC"), ("نهار الضويحي", "PERS"), ("جميل الشايب", "PERS")))
    assert not has(found, "عبدالرحمن المريخي", "PERS") and not any("الجريمة" in x for x, _ in found), found


def test_batch_61_districts_listed_after_ahya():
    """Batch 61 (economy): the neighbourhoods of a list after «أحياء», LOC, though their names are words the place
    lists lack («بأحياء السنابل وك14 الجنوبي والهدى», «الأحياء هي الحمدانية، والسلطان، ومخططي الحناكي»), a known
    place whole («والدار البيضاء») and a district named after a prince whole («والأمير محمد بن سعود»); not the
    districts of a city and what follows it («أحياء المدينة المنورة والقرى التابعة لها»), nor «إحياء» (reviving),
    written without its hamza too («واحياء المسابقات والفعاليات», «إعادة احياء التراث والفنون»), nor two items that
    are no place the lists know («أحياء السنة والشيعة»: Sunni and Shia districts)."""
    found, _ = ents("وتنفذ الشركة توصيلات منزلية بأحياء السنابل وك14 الجنوبي والهدى، وشبكات في عدد من الأحياء هي الحمدانية، "
                    "والسلطان، ومخططي الحناكي شمال جدة. وتشمل الدائرة أحياء الربيع، والأمير محمد بن سعود، والشاطئ الشرقي. "
                    "وجرى التفتيش في أحياء العزيزية والدار البيضاء جنوب الرياض. وأنشئت ملاعب في أحياء المدينة المنورة والقرى "
                    "التابعة لها. ويشمل المهرجان مسابقات الصيد، واحياء المسابقات والفعاليات التراثية. وقصفت أحياء السنة "
                    "والشيعة ببغداد، وتسعى الهيئة إلى إعادة احياء التراث والفنون الشعبية.")
    for name in ("السنابل", "ك14 الجنوبي", "الهدى", "الحمدانية", "السلطان", "الحناكي", "الربيع", "الأمير محمد بن سعود",
                 "الشاطئ الشرقي", "العزيزية", "الدار البيضاء"):
        assert has(found, name, "LOC"), (name, found)
    assert not has(found, "محمد بن سعود", "PERS"), found
    assert not any(x in ("القرى", "المسابقات", "الفعاليات", "السنة", "الشيعة", "التراث", "الفنون") for x, _ in found), found


def test_batch_61_titles_listed_in_one_quote_and_clubs_listed_without_commas():
    """Batch 61 (culture, sport, economy): several titles in one quote after the dual or plural of a work's noun
    (work_nouns_plural.txt: «قرأ نصوص "في الخوف، وهذي الحمامات، ويتوزع الموتى"»), each MISC without its و, and no
    other spelling of a club's nickname in them («محراب الصحراء» is no «محاربو الصحراء»: three letters moved); a run
    of three clubs' bare names or more is a list of clubs («فهي النصر الهلال الاهلي الرائد»), while «الخليج العربي» stays
    the gulf; «الخبير الاقتصادي وعضو جمعية …»: و and a member's noun continue the office, no name."""
    found, _ = ents("وقرأ الصميلي نصوص \"في الخوف، وهذي الحمامات، ويتوزع الموتى\"، وقرأ الشقيقي نصي \"تبتل في محراب "
                    "الصحراء، والأرض تهاتف ركبتيه\".")
    for name in ("في الخوف", "هذي الحمامات", "يتوزع الموتى", "تبتل في محراب الصحراء", "الأرض تهاتف ركبتيه"):
        assert has(found, name, "MISC"), (name, found)
    assert not any(t == "ORG" for _, t in found), found
    found, _ = ents("وكتب اللاعب \"نحن بخير، والحمد لله\" على حسابه.")  # «كتب» wrote, no plural of «كتاب»
    assert not any(t == "MISC" for _, t in found), found
    found, _ = ents("الأندية تقدم الحوالات\n\nقال مدير الاحتراف إن الأندية التي لم تقدم الحوالات البنكية للاعبين فهي النصر "
                    "الهلال الاهلي الرائد، وسيلعب الفريق في الدوري مباراة على ملعبه المطل على الخليج العربي.")
    for name in ("النصر", "الهلال", "الاهلي", "الرائد"):
        assert has(found, name, "ORG"), (name, found)
    assert has(found, "الخليج العربي", "LOC") and not any(x in ("العربي", "الخليج") for x, _ in found), found
    found, _ = ents("يؤكد الخبير الاقتصادي وعضو جمعية الاقتصاد السعودي محمد بن فريحان أن التوقيت مهم.")
    assert has(found, "جمعية الاقتصاد السعودي", "ORG") and has(found, "محمد بن فريحان", "PERS"), found
    assert not any(x.startswith("وعضو") for x, _ in found), found


def test_batch_62_a_branch_named_with_its_town():
    """Batch 62 (culture): a society or a hospital named by its field only, with its town's بـ, is the branch there,
    one organisation whose name holds the town, as the set's annotators read it 17 times of 17 («جمعية الثقافة والفنون
    بجدة», «مستشفى الصحة النفسية بالطائف»), no short name in brackets after it («(إحلال)», what is built); a name of
    its own keeps the seat out («جامعة الأمير سطام بالخرج»)."""
    found, _ = ents("نظمت جمعية الثقافة والفنون بجدة عرضا مسرحيا. ويجري بناء برج طبي في مستشفى الصحة النفسية بالطائف "
                    "(إحلال) بسعة 200 سرير. ودرس في جامعة الأمير سطام بالخرج.")
    assert_found(found, (("جمعية الثقافة والفنون بجدة", "ORG"), ("مستشفى الصحة النفسية بالطائف", "ORG"),
                        ("جامعة الأمير سطام", "ORG"), ("الخرج", "LOC")))
    assert not any(x in ("جدة", "الطائف", "إحلال") for x, _ in found), found
    # (review: a person's name quoted after a body with its seat is the person, no short name of the body)
    found, _ = ents("وفي ظل توجيه صادر عن مدير عام فرع وزارة العمل بمنطقة المدينة المنورة \"عواد الحازمي\"؛ التقى المفتشون "
                    "مسؤولي المنشأة.")
    assert has(found, "عواد الحازمي", "PERS"), found


def test_batch_63_league_bodies_dateline_towns_and_brand_products():
    """Batch 63 (sport, technology, culture): the body that runs a league is named with the league
    (league_body_heads.txt: «رابطة أندية الدوري الإسباني لكرة القدم», ORG); a town after a byline's author and
    outlet is where the report was filed, never the club named after it, even in a sports article («- سبق - جدة:»);
    a team's quoted nickname after «منتخب» is the team, a quoted country the country; a coach after a country's
    name the place scan left for want of a cue («مدرب بنما داريو جوميز»); the Gold Cup a competition."""
    found, _ = ents("وكانت رابطة أندية الدوري الإسباني لكرة القدم أعلنت أن نادي التشي هبط. وقالت رابطة الدوري الإنجليزي "
                    "الممتاز إن الموسم يبدأ.")
    assert has(found, "رابطة أندية الدوري الإسباني لكرة القدم", "ORG"), found
    assert has(found, "رابطة الدوري الإنجليزي الممتاز", "ORG"), found
    assert not any(t == "MISC" for _, t in found), found
    found, _ = ents("مونتاري للاتحاديين: سأقودكم للانتصارات\n\nعبدالعزيز السلمي - سبق - جدة: عقد نادي الاتحاد مؤتمرا صحفيا "
                    "لتقديم لاعب الفريق الجديد قبل مباراة الدوري، وقال مدرب الفريق إن اللاعب سيشارك في المباراة.")
    assert has(found, "جدة", "LOC") and not has(found, "جدة", "ORG"), found
    found, _ = ents("الكأس الذهبية.. طموح جامايكا\n\nأما مدرب بنما داريو جوميز فقال إن الحكم أخطأ. ويدخل منتخب "
                    "\"التريكولور\" المباراة النهائية، ولعب بانينكا لمنتخب \"تشيكوسلوفاكيا\" من قبل.")
    assert_found(found, (("الكأس الذهبية", "MISC"), ("داريو جوميز", "PERS"), ("التريكولور", "ORG")))
    assert not has(found, "تشيكوسلوفاكيا", "ORG"), found


def test_batch_63_products_of_a_listed_company_and_adjectives():
    """Batch 63 (technology, economy, culture): Latin words after a company the gazetteer lists name its product
    («Microsoft Xbox», «Huawei Tron Android Gaming»), unless an English head word ends a body's name («Samsung
    Electronics»); a product's name right after «شركة» is its maker («شركة واتساب»); «CD» is no name; a country's
    adjective after a definite kind word stays an adjective for the model too («بالعاصمة السعودية الرياض»), while
    «مناطق السعودية» is the country; a given name after a noun and its adjective is a third adjective («تاجر عربي
    نبيل»); «سيئول» is Seoul."""
    found, _ = ents("ويعتبر جهاز Huawei Tron مشابها لجهاز Microsoft Xbox، وأداة Huawei Tron Android Gaming جهاز منزلي، "
                    "وأعلنت Samsung Electronics نتائجها. وقال فريق الحماية في شركة واتساب إن الثغرة أغلقت، وأرسل نسخة "
                    "عبر شريط ممغنط CD مع نبذة.")
    assert_found(found, (("Microsoft Xbox", "MISC"), ("Huawei Tron Android Gaming", "MISC"),
                        ("Samsung Electronics", "ORG"), ("واتساب", "ORG")))
    assert not any(x in ("Microsoft", "Xbox", "CD") for x, _ in found), found
    found, _ = ents("عقد المؤتمر في مقر الشركة بالعاصمة السعودية الرياض، وتهطل الأمطار على مناطق السعودية. ويشارك "
                    "الممثل في دور تاجر عربي نبيل، ويعمل طاهيا في سيئول.")
    assert has(found, "الرياض", "LOC") and has(found, "سيئول", "LOC"), found
    assert [x for x, t in found if x == "السعودية"] == ["السعودية"], found
    assert not has(found, "نبيل", "PERS"), found


def test_batch_64_titles_listed_apart_districts_and_offices():
    """Batch 64 (culture, sport): titles each in its own quotes after a plural work noun and a comma («صدرت له أربع
    روايات، "سقف الكفاية" و"صوفيا" وأخيراً "القندس"»), each MISC; a district after «حي» or «حارة» that no list knows
    («في حارة المظلوم», «بحي صعبر»), but not «من وحي الغربة», «حي استيطاني»; «المدير الفني» as an office
    before a name («المدير الفني كريستيان جروس»), whose name stops at ل + a verbal noun («جروس لانتقال اللاعب») and
    may be quoted after the team with لل («المدير الفني للفريق «نيبوشا»»); «مهما بدر» (whatever came) no person."""
    found, _ = ents('يذكر أن الروائي محمد حسن علوان صدرت له أربع روايات، "سقف الكفاية" و"صوفيا" و"طوق الطهارة" وأخيراً '
                    '"القندس"، كما صدر له كتاب بحثي. ويقع البيت في حارة المظلوم، وأقام مركز بحي صعبر حفلا.')
    assert_found(found, (("سقف الكفاية", "MISC"), ("صوفيا", "MISC"), ("طوق الطهارة", "MISC"), ("القندس", "MISC"),
                        ("المظلوم", "LOC"), ("صعبر", "LOC")))
    found, _ = ents("كتب نصه من وحي الغربة، وحولها الاحتلال إلى حي استيطاني باسم جديد.")
    assert not any(t == "LOC" for _, t in found), found
    found, _ = ents("وخاض المدير الفني كريستيان جروس اللقاء بتشكيلتين. ولم يمانع المدير الفني للفريق الأول السويسري كريستيان "
                    "جروس لانتقال اللاعب. واستهل المدير الفني للفريق «نيبوشا» التدريبات. وقال: مهما بدر من اللاعبين فلن نعاقبهم.")
    assert has(found, "كريستيان جروس", "PERS") and has(found, "نيبوشا", "PERS"), found
    assert not any("لانتقال" in x or x == "بدر" for x, _ in found), found


def test_batch_64_bodies_products_and_glosses():
    """Batch 64 (economy, technology, sport): the International Energy Agency and JODI, with its bracketed short
    name, in the organisation list (not «إيرينا», a given name); a training programme's quoted name («برنامج التدريب
    «صيفي»») no person («تدريب» left the person nouns); Vertu a company, its phone after «الهاتف» the device
    («الهاتف فرتو»); a common noun in brackets glossing the words before it no body («الجلد الصناعي (البلاستيك)»);
    the CAF Confederation Cup; a town in a body's name («غرفة الرياض») names the article's country for «المملكة»."""
    found, _ = ents("وتتولى جودي تجميع البيانات من منظمات من بينها وكالة الطاقة الدولية وأوبك. وقدمت الرياض أرقامها إلى "
                    "المبادرة المشتركة للبيانات النفطية (جودي). وينظم البنك برنامج التدريب «صيفي». وقالت إيرينا بوكوفا إن.")
    assert_found(found, (("وكالة الطاقة الدولية", "ORG"), ("المبادرة المشتركة للبيانات النفطية", "ORG"), ("جودي", "ORG"),
                        ("صيفي", "MISC"), ("إيرينا بوكوفا", "PERS")))
    found, _ = ents("VERTU تطرح هاتفها الجديد\n\nقال الرئيس التنفيذي لشركة فيرتو إن الهاتف فرتو يتميز بشاشة، ونأمل أن "
                    "تتخلى الشركات عن الجلد الصناعي (البلاستيك). ولعب الفريق في بطولة الكونفدرالية الأفريقية.")
    assert_found(found, (("VERTU", "ORG"), ("فيرتو", "ORG"), ("فرتو", "MISC"), ("بطولة الكونفدرالية الأفريقية", "MISC")))
    assert not has(found, "البلاستيك", "ORG"), found
    found, _ = ents("ارتفاع إنتاج المملكة من الأسماك\n\nأوضحت دراسة لمركز البحوث بغرفة الرياض أن إنتاج المملكة من الأسماك "
                    "تضاعف.")
    assert has(found, "المملكة", "LOC"), found


def test_batch_65_fixtures_dual_heads_and_festivals():
    """Batch 65 (sport, culture, technology): the teams of a fixture list closed by a venue (fixture_words.tsv),
    however ordinary their names («فريق الأمل مع العرض على صالة …», «والأنصار مع الربيع على صالة …»); a town after a
    venue's body with ب is the town, not the club named after it («صالة رعاية الشباب بالرياض»); «فريق الشباب بنادي
    تورينو» is Torino's youth side, no club; two bodies after a dual head, one ORG («وزارتي الدفاع والداخلية»,
    «جامعتي واشنطن وايلينوي»), not two papers («صحيفتي الرياضية والجزيرة») nor two countries' exchanges; a festival
    named by two nouns and its town («مهرجان عيد وصيف حفر الباطن») or by its theme and field («مهرجان الجنادرية للتراث
    والثقافة»)."""
    found, _ = ents("انطلاق الجولة الثانية لتصنيفية الصالات\n\nتنطلق اليوم ثاني جولات البطولة، حيث يلتقي فريق الهلال مع "
                    "نظيره الرياض على صالة رعاية الشباب بالرياض، فيما يتقابل فريق الأمل مع العرض على صالة رعاية الشباب "
                    "بالرياض، والأنصار مع الربيع على صالة رعاية الشباب بالمدينة المنورة. واستعد الفريق لمواجهة فريق الشباب "
                    "بنادي تورينو الإيطالي مساء اليوم في مباراة ودية.")
    for name in ("الأمل", "العرض", "الأنصار", "الربيع"):
        assert has(found, name, "ORG"), (name, found)
    assert [t for x, t in found if x == "الرياض"] == ["ORG", "LOC", "LOC"], found
    assert not has(found, "الشباب", "ORG"), found
    found, _ = ents("بالتنسيق مع وزارتي الدفاع والداخلية، وأجرى باحثون من جامعتي واشنطن وايلينوي دراسة. وأتوقف عند صحيفتي "
                    "الرياضية والجزيرة، وارتفعت بورصتي السعودية ومصر.")
    for name in ("وزارتي الدفاع والداخلية", "جامعتي واشنطن وايلينوي"):
        assert has(found, name, "ORG"), (name, found)
    assert has(found, "مصر", "LOC") and not any(x.startswith(("صحيفتي", "بورصتي")) for x, _ in found), found
    found, _ = ents("نجوم الإنشاد يتألقون في مهرجان عيد وصيف حفر الباطن. وانطلق مهرجان الجنادرية للتراث والثقافة أمس.")
    for name in ("مهرجان عيد وصيف حفر الباطن", "مهرجان الجنادرية للتراث والثقافة"):
        assert has(found, name, "MISC"), (name, found)


def test_batch_65_quoted_shares():
    """Batch 65 (economy): a quoted name before «بنسبة» and a figure, in a sentence about shares, is a listed
    company («وتصدر المرتفعة "العالمية" بنسبة 9.6 في المائة، يليه سهم …»); the market's sectors ranked the same way
    in a sentence without a share's word are not («تصدر المتراجعة "النقل" بنسبة 1.6»); «فينزويلا» is Venezuela."""
    found, _ = ents('تراجعت جميع القطاعات. تصدر المتراجعة "النقل" بنسبة 1.6 في المائة. وتصدر المرتفعة "العالمية" بنسبة '
                    '9.6 في المائة، يليه سهم "الإنماء طوكيو م" بنسبة 9.61 في المائة، وحل ثالثا "ساب للتكافل" بنسبة 7 في '
                    'المائة. ولعب أمام فينزويلا.')
    assert_found(found, (("العالمية", "ORG"), ("ساب للتكافل", "ORG"), ("فينزويلا", "LOC")))
    assert not any(x == "النقل" for x, _ in found), found


def test_batch_66_professionals_datelines_and_seats():
    """Batch 66 (sport, culture, technology): «المحترف» as a player's profession before his name («المحترف الغاني
    مونتاري»), which makes the headline's «لـ«مونتاري»» the person, no outlet; an outlet's one common word before a
    dash, a known place and a colon is the dateline's outlet («سبق- القريات:»); after a seat's head and its town a name
    opens a person's («أمين عام غرفة جدة عدنان بن حسين مندورة»); a quote opening with "happy with" is no person
    («الفريحي: سعيد بتفاعل الجمهور»); «متصفح» before a quoted name; BlackBerry 10 a product."""
    found, _ = ents("الاتحاد ينهي معسكره.. وبولوني يخصص برنامجاً لياقياً مكثفاً لـ«مونتاري»\n\nكما خضع المحترف الغاني مونتاري "
                    "لجرعات لياقية مكثفة.")
    assert [t for x, t in found if x == "مونتاري"] == ["PERS", "PERS"], found
    found, _ = ents('"الشامي" يدشن مهرجان "صيف القريات 36"\n\n سبق- القريات: دشن محافظ القريات المكلف فيصل الشامي المهرجان. '
                    "وأوضح أمين عام غرفة جدة عدنان بن حسين مندورة أن الفعاليات تنوعت، وتم إصدار التطبيق على أجهزة "
                    "بلاكبيري 10 وبديل متصفح «إكسبلورر».")
    assert_found(found, (("سبق", "ORG"), ("غرفة جدة", "ORG"), ("عدنان بن حسين مندورة", "PERS"), ("بلاكبيري 10", "MISC"),
                        ("إكسبلورر", "MISC")))
    found, _ = ents("عبدالعزيز الفريحي: سعيد بتفاعل جمهور المسرح")
    assert not has(found, "سعيد", "PERS"), found


def test_batch_67_outlets_verbs_of_the_speaker_and_model_numbers():
    """Batch 67 (culture, sport, technology): a quoted outlet after ل is one word or two («لـ«الشرق الأوسط»»), three only
    when a body's head or a foreign word opens them («لـ«مكتب أخبار اليمن»»), not «لـ«ذوي الاحتياجات الخاصة»» (for
    people with special needs); «أن أشكر» (that I thank) no person; a screen's resolution glued to a number
    («1536X2048») no name, and a model number with more digits than letters no body («X2048»); «كأس الرابطة»."""
    found, _ = ents("مهرجان يخصص مواقع لـ«ذوي الاحتياجات الخاصة». وقال لـ«الشرق الأوسط» إن العمل مستمر، وقال لـ«مكتب أخبار "
                    "اليمن» إن الاشتباكات توقفت. وأحب أن أشكر الكابتن ماجد عبدالله على جهوده، فقد أحرز لقب كأس الرابطة مرتين.")
    assert_found(found, (("الشرق الأوسط", "ORG"), ("مكتب أخبار اليمن", "ORG"), ("ماجد عبدالله", "PERS"),
                        ("كأس الرابطة", "MISC")))
    assert not any(x in ("ذوي الاحتياجات الخاصة", "أشكر") for x, _ in found), found
    found, _ = ents('ومزود بشاشة تعمل بدقة "1536X2048" بكسل، وبدقة X2048 أخرى.')
    assert not any(t == "ORG" for _, t in found) and not any(x == "X2048" and t != "MISC" for x, t in found), found


def test_review_mends_of_batches_63_to_67():
    """A review of batches 63-67 found rules that fired too widely: a fixture's side is no person's noun and no
    plural of people, and بـ + a town closes a fixture only for a town the lists take without a cue («مع المدرب بولوني
    واللاعبين»); a dual head that is no ministry's or authority's names bodies by places only («غرفتي الصغيرة
    والمظلمة», «بعثتي الهلال والنصر»); a quoted name after an office and its body with لل is a person's only after a
    team's noun («المدير العام للشركة «سابك»» stays the company); a product is its maker only after an indefinite
    «شركة» or «مؤسسة» («تلفزيون أندرويد», «الشركة آيفون 6»); a club before «بنادي» is a youth side only after «فريق»
    («لاعبو الهلال بنادي الضباط»); a dateline's common word is an outlet only when it names one («عاجل- الرياض:»); «حي
    آل بريد» whole; «منتخب "ديمقراطيا"» no team; «Microsoft Arabia» after «لشركة» the company."""
    found, _ = ents("خبر رياضي عن الدوري\n\nلمتابعة تحضيرات الفريق والاجتماع مع المدرب بولوني واللاعبين قبل مباراة الدوري. "
                    "وسافرت بعثتي الهلال والنصر. وعدت إلى غرفتي الصغيرة والمظلمة. وقال المدير العام للشركة «سابك» إن الأرباح "
                    "ارتفعت، واشترى تلفزيون أندرويد جديدا، واحتفل لاعبو الهلال بنادي الضباط.")
    assert_found(found, (("بولوني", "PERS"), ("الهلال", "ORG"), ("النصر", "ORG"), ("سابك", "ORG"), ("أندرويد", "MISC")))
    assert not any(x in ("الاجتماع", "المدرب") or x.startswith(("بعثتي", "غرفتي")) for x, _ in found), found
    assert [t for x, t in found if x == "الهلال"] == ["ORG", "ORG"], found
    found, _ = ents("عاجل- الرياض: أعلنت وزارة الداخلية أن الحريق أخمد. وانتخب أول رئيس مدني منتخب \"ديمقراطيا\". وقال "
                    "الرئيس التنفيذي لشركة Microsoft Arabia إن.")
    assert has(found, "Microsoft Arabia", "ORG") and has(found, "الرياض", "LOC"), found
    assert not any(x in ("عاجل", "ديمقراطيا") for x, _ in found), found
    found, _ = ents("وشب الحريق في شرق حي آل بريد بالمحافظة.")  # (with a town named before it the places layer reads «آل»)
    assert has(found, "آل بريد", "LOC"), found


def test_quoted_names_after_a_conjunction_leave_the_conjunction_out():
    """Names each in its own quotes after «و» («"تويتر" و"سناب شات" و"واتس اب"»): the «و» between a closing and
    an opening quote is no quoted short name of the name before it, nor, then, an alias anywhere."""
    found, _ = ents('فيما قال 10% فقط من مستخدمي "تويتر" و"سناب شات" و"واتس اب" إنهم يدخلون إلى هذه المواقع يوميا.')
    assert has(found, "سناب شات", "ORG") and has(found, "تويتر", "ORG"), found
    assert not any(x in ("و", "و\"") or len(x) < 2 for x, _ in found), found


def test_batch_68_lists_counts_and_celebrations():
    """Batch 68: a number of followers after a network is no model number («تويتر 606 متابعا»); Facebook with ال
    («الفيس بوك»); quoted titles listed after a film's with «ثم» («فيلم "ديرتي دانسنق" ثم سلسلة "حرب النجوم" ثم
    "غريس"»), but no verb in quotes («ثم "قال"»); a quoted name after «احتفالات» an event; «المجزل» a club."""
    found, _ = ents('وبلغ عدد المتابعين لحساب البنك على تويتر 606 متابعا، و886 معجبا على الفيس بوك. أكثر فيلم تعيده '
                    'النساء هو فيلم "ديرتي دانسنق" ثم سلسلة "حرب النجوم" ثم "غريس" ثم "صوت الموسيقى". وشاهد فيلم '
                    '"الرسالة" ثم "قال" إنه أعجبه. وجاءت المسرحية في احتفالات "عيد طيبة 36". ووصلت شهادات لأندية '
                    'الهلال والمجزل.')
    assert_found(found, (("تويتر", "ORG"), ("الفيس بوك", "ORG"), ("ديرتي دانسنق", "MISC"), ("حرب النجوم", "MISC"),
                        ("غريس", "MISC"), ("صوت الموسيقى", "MISC"), ("الرسالة", "MISC"), ("عيد طيبة 36", "MISC"),
                        ("المجزل", "ORG")))
    assert not any(x.startswith("تويتر ") or x == "قال" for x, _ in found), found


def test_a_quoted_name_before_its_latin_spelling():
    """«“أولا” Ola هو قفل ذكي»: a quoted Arabic name right before its Latin spelling of as many words is a name, and
    so is the same word again in quotes («و«أولا»، الذي…»), never the adverb outside them («أولا نبدأ»); a term with ال
    and its English is no name («“الذكاء الاصطناعي” Artificial Intelligence»); a company named so elsewhere stays one
    («دار «بولغري» Bulgari» … «لشركة "بولغري"»)."""
    found, _ = ents("* قفل ذكي\n«أولا» Ola هو قفل ذكي يساعد على التخلص من المفاتيح. و«أولا»، الذي أنتجته شركة صينية، "
                    "هو قفل ذكي. أولا نبدأ بالشرح. ويعتمد على «الذكاء الاصطناعي» Artificial Intelligence في عمله.")
    assert [x for x, t in found if x == "أولا" and t == "MISC"] == ["أولا", "أولا"], found
    assert not any(x.startswith("الذكاء") for x, _ in found), found
    found, _ = ents("فكرت دار «بولغري» Bulgari بالأمر. وقال الرئيس التنفيذي لشركة \"بولغري\" إن الساعة جاهزة.")
    assert [t for x, t in found if x == "بولغري"] == ["ORG", "ORG"], found


def test_batch_69_match_clubs_board_lists_and_players():
    """Batch 69: a club listed only with «نادي» whose name is a common word, right after a match's noun («قبل
    مواجهة أحد», Ohod), not «لقاء أحد اللاعبين» (one of the players) nor an alias of it; «تم الاتفاق» is no club; a
    list of people joined by و alone goes on to a name the lists do not know («وعبد الفتاح هوساوي ومشهور البنيان»),
    not to a verb («وأحمد الناظري واصلوا برامجهم»); players after country adjectives in a list («الغاني مونتاري،
    والروماني سانمارتن، والبولندي زوكالا»), the name ending before ل and a verb («نبيل بهوي ليثبتا»)."""
    found, _ = ents("بولوني يبحث عن تشكيلة الموسم قبل مواجهة أحد\n\nسيبدأ المدرب بولوني تنفيذ مخططاته الفنية للقاء أحد "
                    "يوم السبت في دوري عبداللطيف جميل. وقال أحد اللاعبين إن الفريق جاهز، وقد تم الاتفاق على ذلك مع لاعبي "
                    "الهلال. وضم المجلس فواز بخاري ووائل غلام وعبد الفتاح هوساوي ومشهور البنيان، فيما فواز القرني وقصي الخيبري "
                    "وأحمد الناظري واصلوا برامجهم العلاجية. ويصل الثلاثي الأجنبي الغاني مونتاري، والروماني سانمارتن، "
                    "والبولندي زوكالا، ويعول على السويدي نبيل بهوي ليثبتا أنهما صفقتان ناجحتان.")
    assert [t for x, t in found if x == "أحد"] == ["ORG", "ORG"], found
    assert_found(found, (("مشهور البنيان", "PERS"), ("سانمارتن", "PERS"), ("زوكالا", "PERS"), ("نبيل بهوي", "PERS"),
                        ("الهلال", "ORG")))
    assert not any(x in ("الاتفاق",) or "اصلوا" in x or "ليثبتا" in x for x, _ in found), found


def test_batch_70_particles_with_pronouns_buttons_and_lists():
    """Batch 70: a particle with a pronoun of two letters or more is no person («يسعى الفنان خلالهما»), while «الدكتور
    هوي» stays one; the Court of Arbitration for Sport by its Arabic names; Dropbox a product; a button's English
    («اضغط على MUTE») no name; Salt Lake City as the press spells it («سولت لايك سيتي»)."""
    found, _ = ents("وهما نتاج إنساني يسعى الفنان خلالهما إلى التعبير. وقال الدكتور هوي إن الشركة رابحة. ولجأ اللاعب إلى "
                    "المحكمة الرياضية الدولية. وتدعم الأداة خدمات مثل دروب بوكس. اضغط على MUTE لكتم الصوت. وتتاح "
                    "الخدمة في سولت لايك سيتي.")
    assert_found(found, (("هوي", "PERS"), ("المحكمة الرياضية الدولية", "ORG"), ("دروب بوكس", "MISC"),
                        ("سولت لايك سيتي", "LOC")))
    assert not any(x in ("خلالهما", "MUTE") for x, _ in found), found


def test_batch_71_verbs_after_a_title_and_listed_names():
    """Batch 71: a verb of the أفعل shape after a profession is no name («للتواصل مع الكاتب ارسل رسالة SMS»), while
    «الكاتب أحمد الشمري» stays one; STC as a column's footer writes it («Stc»), the British Museum, Tesla's Model S
    without its maker, Egyptian magazines («روز اليوسف»); standards' acronyms no bodies («HSDPA», «DSLR»)."""
    found, _ = ents("للتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز إلى Stc أو موبايلي. وقال الكاتب أحمد الشمري إن المتحف "
                    "البريطاني اقتنى اللوحة. وأطلقت تسلا سيارتها موديل إس، وكتبت مجلة روز اليوسف عن المعرض. ويدعم "
                    "الهاتف نطاق \"HSDPA\" وكاميرات DSLR.")
    assert_found(found, (("Stc", "ORG"), ("أحمد الشمري", "PERS"), ("المتحف البريطاني", "LOC"), ("موديل إس", "MISC"),
                        ("روز اليوسف", "ORG")))
    assert not any(x.startswith("ارسل") or x in ("HSDPA", "DSLR") for x, _ in found), found


def test_review_mends_of_batches_68_to_71():
    """A review of batches 68-71 found rules that fired too widely: «أحد» after a match's noun is the club only at
    the end of its clause or before a function word or a day, never before a noun («بمواجهة أحد فرق الدرجة»: one of)
    nor after a negation («لن يواجه أحد»); a أفعل-shaped word after a profession stays a name before a family name
    («الفنانة أسماء المنور»); a list joined by و alone takes no verb of "they" nor a word with ل after it («وليا لولي
    العهد»); no letter and no greeting is a name before its English («المجموعة «ب» B», «شكرا» Thanks)."""
    found, _ = ents("خبر رياضي عن الدوري والمباراة والمدرب\n\nويستهل الفريق مبارياته الودية بمواجهة أحد فرق الدرجة الثانية. "
                    "وقال اللاعب: لن يواجه أحد في الملعب صعوبة. ويستعد الفريق لمواجهة أحد يوم السبت.")
    assert [t for x, t in found if x == "أحد"] == ["ORG"], found
    found, _ = ents("وقالت الفنانة أسماء المنور إن الحفل ناجح. وقبول ترشيح الأمير محمد بن سلمان وليا لولي العهد. حضر "
                    "الأمير فيصل بن خالد وعبدالله السعد وسعيد العمري وتناولوا العشاء. وتضم المجموعة «ب» B فرقا. وكتب "
                    "«شكرا» Thanks لكل من ساندني.")
    assert has(found, "أسماء المنور", "PERS") and has(found, "سعيد العمري", "PERS"), found
    assert not any(x.startswith(("ليا", "تناولوا")) or x in ("ب", "شكرا", "Thanks") for x, _ in found), found


def test_batch_72_declarations_stadiums_and_names_ended():
    """Batch 72: a declaration named by a city is one MISC name («إعلان القاهرة», «إعلان جنيف»), not when the city
    announces something («إعلان أنقرة عزمها», «إعلان المنامة أنها ضبطت»); «إستاد» and a club's name are the stadium
    («إستاد الإنتاج الحربى»), while «ملعب النصر» stays the club; a family name with «آل» ends the person's
    («آل سعود برقية تهنئة»), not a tribe's nisba after it («آل عواض عسيري»); Wikipedia is an organisation, as the
    social networks are; no verb in quotes after «الكاتب» is a name («يخبر»), nor بـ and a definite noun after a
    credit («إخراج المعرض بالشكل اللائق»); mountain ranges are regions («جبال الألب», «مرتفعات الألب»)."""
    found, _ = ents("ووقع البلدان على إعلان القاهرة الذي يعزز التعاون. ويستند الحل إلى إعلان جنيف. وجاء ذلك مع إعلان "
                    "أنقرة عزمها إقامة منطقة عازلة، وعقب إعلان المنامة أنها ضبطت عناصر.")
    assert_found(found, (("إعلان القاهرة", "MISC"), ("إعلان جنيف", "MISC"), ("أنقرة", "LOC"), ("المنامة", "LOC")))
    assert not any(x.startswith(("إعلان أنقرة", "إعلان المنامة")) for x, _ in found), found
    found, _ = ents("خبر رياضي عن الدوري والمباراة والمدرب\n\nوتقام تدريبات الفريق على إستاد الإنتاج الحربى، "
                    "بينما تقام المباراة على ملعب النصر بالرياض.")
    assert_found(found, (("إستاد الإنتاج الحربى", "LOC"), ("النصر", "ORG")))
    found, _ = ents("وواصل الفريق تمارين الصعود لأعلى جبال الألب، ثم عاد إلى مرتفعات الألب السويسرية. وتسلق المغامر "
                    "جبال الهيمالايا وجبال الأنديز وجبال روكي وجبال الأطلس. ونقلت صحيفة أخبار الخليج الخبر.")
    assert_found(found, (("جبال الألب", "LOC"), ("مرتفعات الألب", "LOC"), ("جبال الهيمالايا", "LOC"),
                        ("جبال الأنديز", "LOC"), ("جبال روكي", "LOC"), ("جبال الأطلس", "LOC"), ("أخبار الخليج", "ORG")))
    found, _ = ents("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة للرئيس. وتسلم الوسام "
                    "العريف عبدالله أحمد عبدالله آل عواض عسيري. وجاء في ويكيبيديا أن الكاتب \"يخبر\" ولا يصور. "
                    "وقالت اللجنة إنها تأمل إخراج المعرض بالشكل اللائق.")
    assert_found(found, (("سلمان بن عبدالعزيز آل سعود", "PERS"), ("عبدالله أحمد عبدالله آل عواض عسيري", "PERS"),
                        ("ويكيبيديا", "ORG")))
    assert not any(x.endswith("برقية") or x in ("يخبر", "بالشكل اللائق", "اللائق") for x, _ in found), found


def test_batch_73_divisions_delegations_and_glued_numbers():
    """Batch 73: a league named by its division («دوري الدرجة الاولى»), not by «الأخيرة»; a delegation or a board of
    the side the report is about is no body of its own («ببعثة الفريق الكروي»); a currency after a number with و
    glued to it («و700 ريال»); MediaTek, GlobalWebIndex, the US Bureau of Labor Statistics, YouTube written with ال,
    PSG's nickname «الباسجي» and Santa Barbara as «سانت باربارا» known; memory standards («LPDDR3») no names."""
    found, _ = ents("خبر رياضي عن الدوري والمباراة والمدرب\n\nوكسب الفريق مواجهة القادسية ودوري الدرجة الاولى قبل "
                    "اللحاق ببعثة الفريق الكروي، ويريد اللاعب الرحيل عن الباسجي.")
    assert_found(found, (("دوري الدرجة الاولى", "MISC"), ("الباسجي", "ORG")))
    assert not any("بعثة" in x for x, _ in found), found
    found, _ = ents("بلغت قيمة الصفقة و700 ريال للكرتون. ويعمل الهاتف بمعالج ميديا تيك وذاكرة LPDDR3، ونشر المقطع على "
                    "اليوتيوب، وقالت شركة GlobalWebIndex إن. وقال مكتب احصاءات العمل إن الوظائف زادت. وتوفي في سانت "
                    "باربارا.")
    assert_found(found, (("ريال", "MISC"), ("ميديا تيك", "ORG"), ("اليوتيوب", "ORG"), ("GlobalWebIndex", "ORG"),
                        ("مكتب احصاءات العمل", "ORG"), ("سانت باربارا", "LOC")))
    assert not any(x == "LPDDR3" for x, _ in found), found


def test_batch_74_a_quoted_profession_and_apps():
    """Batch 74: a profession in quotes opens no quoted name after it («"الفنان" ومهاجمة "المواطن"»: the closing
    quote and the next opening one hold no name); Google Photos and OneDrive as the app pages write them («غوغل
    فوتوز», «واندرايف»), not Google the company; a league by its division ends there («دوري الدرجة الأولى الموسم
    الجديد»)."""
    found, _ = ents("فقام البعض بالدفاع عن \"الفنان\" ومهاجمة \"المواطن\" دون الإلمام بالحدث. وأطلقت الشركة تحديثات "
                    "لتطبيق «غوغل فوتوز» وخدمة «واندرايف». واستعد الفريق لدوري الدرجة الأولى الموسم الجديد.")
    assert_found(found, (("غوغل فوتوز", "MISC"), ("واندرايف", "MISC"), ("دوري الدرجة الأولى", "MISC")))
    assert not any(x in ("ومهاجمة", "غوغل") or x.startswith("دوري الدرجة الأولى ال") for x, _ in found), found


def test_review_mends_of_batches_72_to_74():
    """A review of batches 72-74 found rules that fired too widely: a city's declaration said once before a noun is
    the city announcing («إعلان موسكو تمديد الهدنة»), while one said again, quoted or closing its clause is the
    declaration; a league by its division keeps its country's adjective («دوري الدرجة الثانية الإسباني»); «آل» ends a
    name only before an indefinite word that is no connector («آل بن محفوظ», «آل عبد ربه»); a title quoted before a
    profession leaves the quoted name after it («رواية "ظل الريح" للكاتب "زافون"»); foreign names in «بال» stay names
    («المدرب بالاسيوس»); a given name shaped as a verb in quotes stays one («الكاتبة "تغريد"»)."""
    found, _ = ents("وجاء ذلك بعد إعلان موسكو تمديد الهدنة. وجاء إعلان القاهرة ليصب في مصلحة البلدين، وشهد إعلان القاهرة "
                    "عدة نقاط. ولعب في دوري الدرجة الثانية الإسباني الموسم الماضي.")
    assert_found(found, (("موسكو", "LOC"), ("إعلان القاهرة", "MISC"), ("دوري الدرجة الثانية الإسباني", "MISC")))
    assert not any(x == "إعلان موسكو" for x, _ in found), found
    found, _ = ents("وحضر الشيخ سالم آل بن محفوظ الحفل. وصدرت رواية \"ظل الريح\" للكاتب \"زافون\" بالعربية. وقال المدرب "
                    "بالاسيوس إن الفريق جاهز. وقالت الكاتبة \"تغريد\" إن الأمسية ناجحة.")
    assert_found(found, (("سالم آل بن محفوظ", "PERS"), ("زافون", "PERS"), ("بالاسيوس", "PERS"), ("تغريد", "PERS")))


def test_batch_75_market_indices_kingdoms_team_and_a_club_by_its_fans_adjective():
    """Batch 75: stock market indices are MISC by their own names («داكس», «كاك 40», «فايننشال تايمز 100» after the
    dual «المؤشران», not the paper; «داو جونز الصناعي» without the points it moved); Kyrgyzstan and Burundi as the
    press also spells them; «منتخب المملكة» is the Saudi national team; in a sports report the fans' adjective of a
    club after a noun of its people («الفريق النصراوي») says which club a bare name that is also a word is («في النصر» in
    the title); «أغنيات الألبوم»
    (the album's songs) after a verbal noun is no person; «DM» (a direct message) is no body."""
    found, _ = ents("وتراجع المؤشران فايننشال تايمز 100 البريطاني وكاك 40 الفرنسي 0.2 بالمئة، بينما خسر داكس الألماني "
                    "0.3 بالمئة، وارتفع مؤشر داو جونز الصناعي 10 نقاط. وذكرت صحيفة فايننشال تايمز ذلك. وشملت المشاريع "
                    "قرقيزيا وبورندي. وحقق منتخب المملكة للكاراتيه المركز الثاني.")
    assert_found(found, (("فايننشال تايمز 100", "MISC"), ("كاك 40", "MISC"), ("داكس", "MISC"),
                         ("داو جونز الصناعي", "MISC"), ("فايننشال تايمز", "ORG"), ("قرقيزيا", "LOC"),
                         ("بورندي", "LOC"), ("منتخب المملكة", "ORG")))
    assert not any(t == "PERS" for _, t in found), found
    text = ("تفاؤل كبير في النصر\n\nأقام الفريق النصراوي لكرة القدم معسكره الداخلي في أحد الفنادق. ويضم الفريق "
            "لاعبا سودانيا وآخر يمنيا استعدادا للموسم الرياضي الجديد في دوري الدرجة الأولى.")
    assert [(m.text, m.type) for m in analyze_text(text, dct=None).entities.mentions if "نصر" in m.text] == [("النصر", "ORG")]
    # without the adjective the bare word stays a word, though the article is about sport; and the adjective counts
    # only after a noun of the club's people or house, not as a journalist's surname in a byline («نجيب الجداوي»)
    for plain in (text.replace("النصراوي", "الأول"), text.replace("أقام الفريق النصراوي", "قال الزميل سعد النصراوي إن الفريق أقام")):
        assert not [m for m in analyze_text(plain, dct=None).entities.mentions if "نصر" in m.text and m.type == "ORG"], plain
    found, _ = ents("اتفق مع الشاعر إبراهيم خفاجي على كتابة وتلحين أغنيات الألبوم. ويمكن إرسال DM للمستخدم.")
    assert not any(x.startswith("أغنيات") or x == "DM" for x, _ in found), found


def test_batches_76_to_79_banks_agencies_latin_ampersands_and_accusative_countries():
    """Batches 76-79: a foreign bank in its own word order («هانا بنك»), not after an Arabic word («أكبر بنك») nor
    before the bank's Arabic name («مقترضي بنك التسليف»); OPEC with ال, Egypt's statistics agency, the Bibliotheca
    Alexandrina (not the city), Seagate; Buenos Aires as the press also spells it (not ب + «يونس»); Silicon Valley;
    «سناب دراغون»; a Latin name holding «&» («Biology & Medicine», «AT&T»); a country's name with the accusative's
    tanween is an adjective («لاعبا سورياً»)."""
    found, _ = ents("وقال هانا بنك إن أرباحه زادت، وهو أكبر بنك في كوريا. وزادت طلبات مقترضي بنك التسليف. وقال وزير "
                    "الطاقة إن الأوبك لن تخفض الإنتاج. وأظهر الجهاز المركزي للتعبئة العامة والإحصاء ارتفاع التضخم. "
                    "وأقامت مكتبة الإسكندرية مهرجانها، وقالت سيجيت إن المبيعات زادت.")
    assert_found(found, (("هانا بنك", "ORG"), ("الأوبك", "ORG"), ("الجهاز المركزي للتعبئة العامة والإحصاء", "ORG"),
                         ("مكتبة الإسكندرية", "ORG"), ("سيجيت", "ORG")))
    assert not any(x in ("أكبر بنك", "مقترضي بنك", "الإسكندرية") for x, _ in found), found
    found, _ = ents("ووصل اللاعب من بيونس آيرس إلى وادي السيليكون بهاتف بمعالج سناب دراغون 410، ونشرت مجلة "
                    "Electromagnetic Biology & Medicine الدراسة، وقالت شركة AT&T إن الاندماج تم. ووقع النادي مع لاعبا "
                    "سورياً، وزار الوفد سوريا.")
    assert_found(found, (("بيونس آيرس", "LOC"), ("وادي السيليكون", "LOC"), ("سناب دراغون 410", "MISC"),
                         ("Electromagnetic Biology & Medicine", "ORG"), ("AT&T", "ORG"), ("سوريا", "LOC")))
    assert not any(x in ("سورياً", "&T") or "يونس" in x and "بيونس" not in x for x, _ in found), found


def test_review_mends_of_batches_75_to_79():
    """A review of batches 75-79 found rules that fired too widely: «بنك» after an Arabic plural in construct, a word with a
    clitic or a verb with a pronoun is no foreign bank («محللو بنك دويتشه», «وتلاه بنك قطر الوطني»); «منتخب المملكة» does not
    cut a longer country («منتخب المملكة العربية السعودية»); index names that are also a person's («بيل كوسبي») or a bank's
    («بنك هانغ سنغ») or the news agency's («وكالة داو جونز للأنباء») name stay those; the tanween written before the alif
    counts too («سوريًا»), and a place after a preposition keeps a stray tanween («في بريطانياً»); «&» at a Latin run's
    edge is trimmed («A & B», «Q&A» names nothing)."""
    found, _ = ents("كتب محللو بنك دويتشه أن الأسهم سترتفع، وتلاه بنك قطر الوطني. وقال إن منتخب المملكة العربية السعودية جاهز.")
    assert_found(found, (("بنك دويتشه", "ORG"), ("بنك قطر الوطني", "ORG"), ("منتخب المملكة العربية السعودية", "ORG")))
    assert not any(x in ("محللو بنك", "وتلاه بنك", "تلاه بنك", "منتخب المملكة") for x, _ in found), found
    found, _ = ents("وقال الممثل الأمريكي بيل كوسبي إنه بريء، وأعلن بنك هانغ سنغ عن أرباحه، وقالت وكالة داو جونز للأنباء "
                    "إن مؤشر داو جونز الصناعي ارتفع.")
    assert_found(found, (("بيل كوسبي", "PERS"), ("بنك هانغ سنغ", "ORG"), ("داو جونز للأنباء", "ORG")))
    found, _ = ents("وارتفع مؤشر كوسبي 1.2 بالمئة ومؤشر هانغ سنغ 0.8 بالمئة.")  # the indices themselves, with «مؤشر»
    assert_found(found, (("مؤشر كوسبي", "MISC"), ("مؤشر هانغ سنغ", "MISC")))
    found, _ = ents("توقيف 23 سوريًا في لبنان. ودرس مبتعثون في بريطانياً. وعقدت جلسة Q&A مع المدير عن الأشعة \"A & B\".")
    assert_found(found, (("لبنان", "LOC"), ("بريطانياً", "LOC")))
    assert not any(x.startswith("سوري") or "&" in x for x, _ in found), found


def test_batches_80_to_82_states_surname_pairs_seats_letters_and_gatherings():
    """Batches 80-82: «دولة» before a country the gazetteers know is the state's kind word, not a prime minister's title
    («في دولة عمان الشقيقة», «دولة قطر»), while «دولة الرئيس» stays a title; two surnames of the article's people joined by و
    are two people, not one organisation («شفاينشتايغر وشنايدرلين»); a body's name with its seat after ب («الهيئة الملكية
    بالجبيل»); «بيه» spells the letter B in an acronym; an indefinite gathering and ب + a place is where it is held
    («مؤتمر بالبرازيل»), while a town's own festival keeps its name («مهرجان بريدة للتمور»); a product's Latin name with its
    number written on («ios9»); a line-up drawn with lone tatweels between its names; glued and variant spellings
    («حفرالباطن», «وول ستريت جيرنال»)."""
    found, _ = ents("وسبق تسجيل عمل مماثل في دولة عمان الشقيقة، ثم في دولة قطر الشقيقة. واستقبل دولة الرئيس نبيه بري الوفد.")
    assert_found(found, (("عمان", "LOC"), ("قطر", "LOC"), ("نبيه بري", "PERS")))
    assert not any(t == "PERS" and ("عمان" in x or "قطر" in x) for x, t in found), found
    found, _ = ents("وضم النادي الألماني باستيان شفاينشتايغر والفرنسي مورغان شنايدرلين. وقال المدرب: «شفاينشتايغر "
                    "وشنايدرلين تعاقدان جيدان جدا».")
    assert_found(found, (("شفاينشتايغر", "PERS"), ("شنايدرلين", "PERS")))
    assert not any("و" + "شنايدرلين" in x for x, _ in found), found
    found, _ = ents("أعلنت الهيئة الملكية بالجبيل عن مهرجان، وباعت الشركة حصتها في (سي بيه آي سي) الصينية. وكان الطبيب "
                    "يشارك في مؤتمر بالبرازيل، وافتتح مهرجان بريدة للتمور أمس.")
    assert_found(found, (("الهيئة الملكية بالجبيل", "ORG"), ("سي بيه آي سي", "ORG"), ("البرازيل", "LOC"),
                         ("مهرجان بريدة للتمور", "MISC")))
    assert not any(x.startswith("مؤتمر") for x, _ in found), found
    found, _ = ents("ويأتي النظام ios9 الجديد بمزايا كثيرة، ويعمل على جهاز آخر برقم (Apple ID) نفسه مع جوجل ماب.")
    assert_found(found, (("ios9", "MISC"), ("Apple ID", "MISC"), ("جوجل ماب", "MISC")))
    found, _ = ents("وضمت القائمة: عمر هوساوي ـ محمد حسين ـ عبدالعزيز الجبرين ـ عوض خميس ـ أحمد عباس ـ نايف هزازي. "
                    "وزار مدير تعليم حفرالباطن المدارس، وذكرت صحيفة وول ستريت جيرنال ذلك.")
    assert_found(found, (("عوض خميس", "PERS"), ("حفرالباطن", "LOC"), ("وول ستريت جيرنال", "ORG")))
    # a proclitic and a noun («ب» + «رحيل», departure) before a known person open no given name of his
    found, _ = ents("وجدد النادي عقد الجناح أشلي يونج، وهو ما قد يعجل برحيل دي ماريا إلى باريس.")
    assert_found(found, (("دي ماريا", "PERS"),))
    assert not any("رحيل" in x for x, _ in found), found


def test_batches_80_to_82_works_and_more_clubs():
    """Batches 80-82: widely known works (data/gazetteer/works.tsv) are MISC, a title that is also a word only after a
    noun of a work («مسلسل سيلفي», not a «سيلفي» photo), and a list of works joined by commas carries its ambiguous
    titles («أفلام هاري بوتر، سوبرمان، روكي»); more clubs of Europe, the Americas, Asia and Africa, while a club's bare
    name that is an ordinary phrase needs «نادي» («الشركات ذات رأس المال» names no club)."""
    found, _ = ents("ومن أشهر أمثلتها أفلام هاري بوتر، سوبرمان، روكي، سيد الخواتم. وعرضت القناة مسلسل سيلفي، والتقط اللاعب "
                    "صورة سيلفي مع زميله. وقرأ الطالب ألف ليلة وليلة.")
    assert_found(found, (("هاري بوتر", "MISC"), ("سوبرمان", "MISC"), ("روكي", "MISC"), ("سيد الخواتم", "MISC"),
                         ("ألف ليلة وليلة", "MISC")))
    assert sum(x == "سيلفي" for x, _ in found) == 1, found
    found, _ = ents("وفاز ليتكس لوفيتش على لوكوموتيف بلوفديف في الدوري البلغاري، ولعب الفريق مع رد ستار بلجراد وبارتيزان "
                    "في معسكره. وقال المدرب إن الفريق جاهز للمباراة، وإن الشركات ذات رأس المال المتوسط تدعم النادي.")
    assert_found(found, (("ليتكس لوفيتش", "ORG"), ("لوكوموتيف بلوفديف", "ORG"), ("رد ستار بلجراد", "ORG"),
                         ("بارتيزان", "ORG")))
    assert not any(x.startswith("ذات") for x, _ in found), found
    # the comma join holds for named operations too; the same words alone, with no listed name before them, stay words
    found, _ = ents("وشارك الطيران في عمليتي عاصفة الحزم، إعادة الأمل في اليمن. وقال إن إعادة الأمل مهمة للناس.")
    assert found.count(("إعادة الأمل", "MISC")) == 1 and ("عاصفة الحزم", "MISC") in found, found


def test_batches_83_and_84_shares_moved_gatherings_for_a_purpose_and_spellings():
    """Batches 83-84: a company's share that moved «3.9 بالمئة» (Reuters' spelling) is no product of the company with a
    line and a model number («بيكر هيوز منخفضا 3.9»); an indefinite gathering and ل + a noun is what it is for, no name
    («منتدى لإنشاد الشعر»), while «مهرجان لندن للأفلام» and «معرض لبنان الدولي للكتاب» keep theirs; «إنترميلان» written
    as one word; Schlumberger as «شلومبرجر»; «KPIs» is no name."""
    found, _ = ents("وأغلق سهم بيكر هيوز منخفضا 3.9 بالمئة، بينما أغلق سهم هاليبرتون منخفضا 0.8 بالمئة، وتجاوزت الشركة "
                    "شلومبرجر. ووضعت الإدارة مؤشرات KPIs واضحة.")
    assert_found(found, (("بيكر هيوز", "ORG"), ("هاليبرتون", "ORG"), ("شلومبرجر", "ORG")))
    assert not any("منخفضا" in x or "KPI" in x for x, _ in found), found
    found, _ = ents("وشارك رئيس منتدى لإنشاد الشعر العربي الفصيح، وافتتح مهرجان لندن للأفلام ومعرض لبنان الدولي للكتاب. "
                    "وسيخوض إنترميلان مباراة الديربي أمام ميلان.")
    assert_found(found, (("مهرجان لندن للأفلام", "MISC"), ("معرض لبنان الدولي للكتاب", "MISC"), ("إنترميلان", "ORG")))
    assert not any(x.startswith("منتدى") for x, _ in found), found
    # «كضيف شرف» (ك + a noun of a capacity) ends a name; «المنتخبان» (a head in the dual) is no name; the Saudi
    # federation's professionalism committee by its short name
    found, _ = ents("وشارك الفنان أحمد فلمبان كضيف شرف، وقال فلمبان إنه سعيد. ويلعب المنتخبان الخاسران مباراة المركز الثالث، "
                    "وأعلن رئيس لجنة الاحتراف قيد اللاعبين.")
    assert_found(found, (("أحمد فلمبان", "PERS"), ("فلمبان", "PERS"), ("لجنة الاحتراف", "ORG")))
    assert not any("ضيف" in x or x == "المنتخبان" for x, _ in found), found


def test_review_mends_of_batches_80_to_84():
    """A review of batches 80-84 found the new lists fired too widely: a given name and a father's given name is no
    widely known person's whole name when a family name follows («ماجد عبدالله الشليل»); a new club's two-word form that
    opens with a common word is no club inside another phrase («الجيش العربي الأردني»); a work's title that does not end
    the phrase is no work («برنامج الاختيار والتقييم»); «بكر» before «بن» is a given name, not ب + «كر»."""
    found, _ = ents("وحصل الأستاذ ماجد عبدالله الشليل على الجائزة، وقالت قوات الجيش العربي الأردني إن الحدود آمنة. "
                    "وأطلقت الوزارة برنامج الاختيار والتقييم. وأكد بكر بن لادن رئيس المجموعة أن المشروع مستمر.")
    assert_found(found, (("ماجد عبدالله الشليل", "PERS"), ("بكر بن لادن", "PERS")))
    assert not any(x in ("العربي الأردني", "الاختيار", "ماجد عبدالله") for x, _ in found), found


def test_batch_85_spelling_variants_listed_companies_chairs_and_latin_names():
    """Batch 85: a foreign surname spelt with one long vowel fewer is the same person («بواتينج» … «بواتنج»), also after
    a preposition; a fiancée is named after «خطيبته»; an unsure organisation of the model opening with a given name and
    foreign words is a person; «مقبل» before a family name is a given name; own words of companies the lists know
    with a head are companies beside a known one («سابك ومعادن والراجحي»); a research chair named by its founder is a
    body, a wheelchair is not; a company described before its Latin name is that name («شركة الموضة Polyvore»), and the
    Latin name keeps that type wherever it recurs; a quoted name before its Latin spelling joined in one word is
    read («“برايت رول” BrightRoll»); Samsung's Galaxy is the phone, not LA Galaxy."""
    found, _ = ents("تعقدت مفاوضات نادي الاتحاد مع المهاجم الغاني برنس بواتينج بسبب رفض خطيبته ميليسا ساتا العيش في "
                    "البلاد العربية. وأشار مصدر مقرب من مفاوضات النادي مع بواتنج إلى أن المحاولات فشلت. وسجل الهدف "
                    "أليكس أوكسليد تشامبرلين ليحقق آرسنال الفوز. وأشاد المشرف العام على المهرجان مقبل العنزي بالتنظيم.")
    assert_found(found, (("برنس بواتينج", "PERS"), ("بواتنج", "PERS"), ("ميليسا ساتا", "PERS"),
                         ("أليكس أوكسليد تشامبرلين", "PERS"), ("مقبل العنزي", "PERS")))
    found, _ = ents("سابك ومعادن والراجحي تخلت عن الموجة الصاعدة. وأعلن كرسي سابك لدراسات البلاستيك عن منح، ويعيش "
                    "المريض بكرسي متحرك. ياهو تستحوذ على شركة الموضة Polyvore. وقالت ياهو إنها وافقت على شراء شركة "
                    "الموضة الناشئة “بوليفور” Polyvore، لتصبح شركة “بوليفور” جزءا منها. وتملك ياهو خدمات مثل “برايت رول” BrightRoll. وأصدرت سامسونج هاتف غالاكسي A8 الجديد.")
    assert_found(found, (("معادن", "ORG"), ("الراجحي", "ORG"), ("كرسي سابك لدراسات البلاستيك", "ORG"),
                         ("Polyvore", "ORG"), ("برايت رول", "MISC"), ("غالاكسي A8", "MISC")))
    assert ("Polyvore", "MISC") not in found and not any(x.startswith(("كرسي متحرك", "شركة الموضة")) for x, _ in found), found


def test_batch_86_tanween_fielded_places_and_a_noun_with_its_adjective():
    """Batch 86: a one-word body with a tanween is a common word («بتاتًا» is no ب + Tata, «دوماً» no body), while a
    currency keeps one («دولاراً»); a place and a company's field right after it are the company («السعودية للاسماك»,
    «والنيل للطيران», a new field «أسماك»), not after ب («مشروعا بجدة للخدمات» is where); a definite word with a
    definite adjective after it is no small town («الوديعة النظامية», the statutory deposit), unless the adjective
    describes a town («المخا الساحلية»)."""
    found, _ = ents("كان المبلغ لشخص لا يملك السلعة بتاتًا، وتقف الحكومة دوماً مع الشعب. وبلغ السعر 50 دولاراً. وأعلنت "
                    "الشركة \"السعودية للاسماك\" عن خسائر، وتسير شركات الطيران والنيل للطيران رحلات. ونفذت 50 مشروعا بجدة "
                    "للخدمات. وهناك زيادة في الوديعة النظامية للشركة. وقصفت القوات مواقع في المخا الساحلية.")
    assert_found(found, (("السعودية للاسماك", "ORG"), ("النيل للطيران", "ORG"), ("دولاراً", "MISC"), ("المخا", "LOC"),
                         ("جدة", "LOC")))
    assert not any(x in ("تاتًا", "دوماً", "الوديعة", "بجدة للخدمات", "جدة للخدمات") for x, _ in found), found


def test_batch_87_a_kunya_in_the_people_list_a_transliterated_title_and_a_quoted_model():
    """Batch 87: a widely known person whose name opens with a kunya's «أم» (a stop word alone) is read from the
    people list («أم كلثوم», also after ل); a film's transliterated title is no word and needs no cue («ميشن
    امبوسيبل»), while its Arabic translation stays ambiguous («مهمة مستحيلة»); a maker and a short number alone between
    quotes are a product («“ون بلس 2″»), the maker alone stays the company."""
    found, _ = ents("أم كلثوم وعبد الحليم يشاركان في الاحتفال، وهو مقطع من أغنية لأم كلثوم. وحافظ فيلم ميشن امبوسيبل "
                    "على الصدارة، وتلك مهمة مستحيلة. وكان حدث الإعلان عن “ون بلس 2″ فريدا، وقالت ون بلس إنه الأفضل.")
    assert_found(found, (("أم كلثوم", "PERS"), ("ميشن امبوسيبل", "MISC"), ("ون بلس 2", "MISC"), ("ون بلس", "ORG")))
    assert [x for x, _ in found].count("أم كلثوم") == 2 and not any(x == "مهمة مستحيلة" for x, _ in found), found


def test_a_place_after_a_verb_is_its_subject_not_a_company_with_its_field():
    """ANERcorp's dev blocks: «وتحتاج الصين للطاقة» (China needs energy) is the country and what it needs, not a
    company named by a place and its field as «مصر للطيران» is."""
    found, _ = ents("وتحتاج الصين للطاقة لدفع عجلة اقتصادها، وتنقل مصر للطيران الركاب.")
    assert_found(found, (("الصين", "LOC"), ("مصر للطيران", "ORG")))
    assert ("الصين للطاقة", "ORG") not in found, found


def test_review_mends_of_batches_85_to_87():
    """A review of batches 85-87 found rules that fired too widely: a place and a company's field after a noun or a
    preposition are the place and what it is for («إلى أوروبا للسياحة», «مفاوضات هاواي للتجارة الحرة»), and no
    such pair cuts a longer name («الشركة العربية السعودية للاستثمارات الصناعية»); a bare company word that is mostly
    a common one is a company only when the list goes on after it («أرامكو ومصدر في الوزارة»); a Latin name is not
    given a place's type from the word before it («في دبي Fetchr»); a quoted name before its Latin spelling leaves a
    person the model reads and a restaurant after its noun to the model («“جاك دورسي” Jack Dorsey»)."""
    found, _ = ents("وتوجه السياح إلى أوروبا للسياحة. وانتهت مفاوضات هاواي للتجارة الحرة. وأعلنت تأسيس الشركة العربية "
                    "السعودية للاستثمارات الصناعية. وقال متحدث باسم أرامكو ومصدر في الوزارة إن الإنتاج مستقر. "
                    "وأطلقت في دبي Fetchr خدمتها، وقالت Fetchr إنها تنمو. وأعلن “جاك دورسي” Jack Dorsey استقالته.")
    assert_found(found, (("أوروبا", "LOC"), ("هاواي", "LOC"), ("الشركة العربية السعودية للاستثمارات الصناعية", "ORG"),
                         ("جاك دورسي", "PERS")))
    assert not any(x in ("أوروبا للسياحة", "هاواي للتجارة", "السعودية للاستثمارات", "مصدر") for x, _ in found), found
    assert ("Fetchr", "LOC") not in found[found.index(("دبي", "LOC")) + 2:], found


def test_a_preacher_is_no_kin_noun_a_fiancee_is():
    """«وخطيبه» (the mosque's preacher) opens no relative's name, so «محط أنظار» stays words; «خطيبته» (his fiancée) is a
    kin noun («ميليسا ساتا» after it in batch 85)."""
    found, _ = ents("وكان الجامع وخطيبه محط أنظار المصلين، ورافقته خطيبته ميليسا ساتا إلى الحفل.")
    assert_found(found, (("ميليسا ساتا", "PERS"),))
    assert not any("محط" in x for x, _ in found), found


def test_batch_88_committees_troupes_and_a_cable():
    """Batch 88: a committee named by a definite complement is a body («لجنة الأوراق المالية», «لجنة الانضباط»), but
    not a jury nor an investigation («لجنة التحكيم», the jury and the verb's object after it), and it ends before a
    participle of what it is made of or charged with («المكونة من»); a branch takes its town («لجنة التنمية
    الاجتماعية بالقطيف»); «للجنة المحلية» is ل and the definite head, a generic committee. An indefinite own word and a
    definite art adjective after «فرقة» make a troupe («فرقة أرين المسرحية»)."""
    found, _ = ents("وقالت لجنة الأوراق المالية إن الشركة خالفت. وأوقفت لجنة الانضباط اللاعب. وأعلنت لجنة التحكيم النتائج. "
                    "ورأس لجنة التثمين المكونة من خمسة أعضاء. وشكر للجنة التنمية الاجتماعية بالقطيف جهودها، وللجنة المحلية "
                    "تعاونها. وقدمت فرقة أرين المسرحية عرضا، وشاركت فرقة نغم الطفل الإنشادية، وفرقة موسيقية شعبية.")
    assert_found(found, (("لجنة الأوراق المالية", "ORG"), ("لجنة الانضباط", "ORG"), ("لجنة التثمين", "ORG"),
                         ("لجنة التنمية الاجتماعية بالقطيف", "ORG"), ("فرقة أرين المسرحية", "ORG"),
                         ("فرقة نغم الطفل الإنشادية", "ORG")))
    assert not any(x.startswith(("لجنة التحكيم", "لجنة المحلية", "فرقة موسيقية")) for x, _ in found), found


def test_batch_88_a_foreign_town_that_the_article_writes_as_a_noun():
    """Batch 88: «كابل Micro-Flip» … «منتجو الكابل» is a cable: a foreign town (Kabul) whose country the article never
    names, written as a word the article also writes with ال, is that noun throughout; with Afghanistan named it is the
    town. A crowdfunding site the list knows is its company after «منصة» («منصة “كيك ستارتر”») and in other capitals
    («KickStarter»); a web address's path is no name («http://kck.st/1HBbfFK»)."""
    found, _ = ents("وتم تصنيع كابل Micro-Flip من مواد قوية، ويقول منتجو الكابل إنه مرن. وطرح على منصة “كيك ستارتر” "
                    "KickStarter عبر الرابط http://kck.st/1HBbfFK اليوم.")
    assert_found(found, (("Micro-Flip", "MISC"), ("كيك ستارتر", "ORG"), ("KickStarter", "ORG")))
    assert not any(x in ("كابل", "HBbfFK") for x, _ in found), found
    found, _ = ents("وقع انفجار في كابل أمس، وقالت الشرطة الأفغانية إن القتلى كثر. وتحمل أفغانستان حركة طالبان المسؤولية.")
    assert_found(found, (("كابل", "LOC"),))


def test_batch_88_people_after_a_compound_cue_and_a_name_spelt_in_ta_marbuta():
    """Batch 88: a name after a country's adjective and its half («الكوري الجنوبي كواك تاي هاي») or after «كبير» and a
    profession's plural with its adjective («كبير الخبراء الاقتصاديين كوشيك باسو»); «رانية» is «رانيا» as the Gulf
    press spells it, and «أدريان» a given name."""
    found, _ = ents("ثم الكوري الجنوبي كواك تاي هاي (630 ألف استرليني) خامسا. ويقول كبير الخبراء الاقتصاديين كوشيك باسو "
                    "إن التحويلات زادت. وأكدت المحللة المالية رانية العبدالعال أن السوق هبط. وتصدر أدريان ميرزيفسكي "
                    "(50ر3 مليون استرليني) القائمة.")
    assert_found(found, (("كواك تاي هاي", "PERS"), ("كوشيك باسو", "PERS"), ("رانية العبدالعال", "PERS"),
                         ("أدريان ميرزيفسكي", "PERS")))


def test_batch_89_a_country_adjective_after_a_given_name_is_his_family_name():
    """Batch 89 (and the corpus): a country's adjective right after a given name is his family name («محمد المصري»,
    «المدرب خليل المصري»), but not a nationality said of him («محمد السعودي الجنسية»), a noun with his pronoun
    («وناديه الإيطالي», his Italian club) nor a body's name («معهد ايفو الألماني»)."""
    found, _ = ents("أوضح محمد المصري أن الزيادة كبيرة، وقدم المدرب خليل المصري الحصة. ووصل الشاب محمد السعودي الجنسية. "
                    "وتتعلق المفاوضات باللاعب وعائلته وناديه الإيطالي. وجاءت نتائج مسح معهد ايفو الألماني فوق التوقعات.")
    assert_found(found, (("محمد المصري", "PERS"), ("خليل المصري", "PERS"), ("معهد ايفو", "ORG")))
    assert not any(x in ("محمد السعودي", "ناديه الإيطالي", "ايفو الألماني") for x, _ in found), found


def test_batch_89_family_names_lists_coaches_papers_and_bylines():
    """Batch 89: «جابر آل صليع» … «المهندس آل صليع» (the family's name with «آل» is the person again); a one-word
    foreign name glued to its و between commas after a person of two words («، وأفونسو.»), not a run of adjectives
    («حزين، سعيد، غضبان»); a coach's one-word name before his players («مدرب النصر داسيلفا لاعبيه»), not ب + a noun
    before a number («برصيد عشرة أهداف»); a paper's sources («مصادر "الوطن"»); a byline's author before an outlet the
    lists know («مسلّم الهواملة -عين اليوم»), not general places («عواصم العالم - رويترز»)."""
    found, _ = ents("وقال المهندس جابر آل صليع إن الطائرة سقطت، وحدد المهندس آل صليع الموقع. وضمت القائمة محمد العويس، "
                    "وموسى الشمري، وأفونسو. وصنفت الانفعالات إلى: حزين، سعيد، غضبان. وأخضع مدرب النصر داسيلفا لاعبيه "
                    "لتدريبات. وتقاسم الصدارة مع ميسي نجم برشلونة الأسباني برصيد عشرة أهداف. وأكدت مصادر \"الوطن\" أن "
                    "اللاعب جاهز.")
    assert_found(found, (("جابر آل صليع", "PERS"), ("آل صليع", "PERS"), ("أفونسو", "PERS"), ("داسيلفا", "PERS"),
                         ("الوطن", "ORG")))
    assert not any(x in ("غضبان", "برصيد") for x, _ in found), found
    found, _ = ents("سكان الأفلاج متضجرون\n\nمسلّم الهواملة -عين اليوم\nلا تزال مشكلة ضعف الخدمة قائمة.")
    assert_found(found, (("مسلّم الهواملة", "PERS"), ("عين اليوم", "ORG")))
    found, _ = ents("بداية طريق طويل\n\nعواصم العالم - رويترز\nيفرض الاتفاق الجديد شروطا.")
    assert ("عواصم العالم", "PERS") not in found, found


def test_batch_90_a_full_back_a_stadium_before_a_verb_and_a_profession_alone():
    """Batch 90: «الظهير» (a full-back) announces a player's name like «المدافع», while «ظهير أيمن» stays a position
    and its side; a stadium's name ends before ل and a verb («على ملعب جوياس ليظل متقدما»); a name ends before ل and a
    verbal noun («فيليبي لويس لترك تشلسي») but not inside a surname's particles («فون دير لاين»); a profession noun
    alone is what someone is («اليوسف قاص وراصد»)."""
    found, _ = ents("وافتتح الظهير سيرج اورييه التسجيل، ولعب ظهير أيمن في المباراة. وتعادل الفريق على ملعب جوياس ليظل "
                    "متقدما. ويتحضر المدافع البرازيلي فيليبي لويس لترك تشلسي. وقال إن اليوسف قاص وراصد للحركة الأدبية.")
    assert_found(found, (("سيرج اورييه", "PERS"), ("ملعب جوياس", "LOC"), ("فيليبي لويس", "PERS")))
    assert not any(x in ("أيمن", "قاص", "فيليبي لويس لترك", "ملعب جوياس ليظل") for x, _ in found), found


def test_review_mends_of_batches_88_to_90():
    """A review of batches 88-90 found rules that fired too widely: a committee's name ends before a team's or a
    person's noun (the verb's object, «وغرمت لجنة الانضباط النادي»), a committee formed for a task is no company with
    its field («لجنة عاجلة للوقوف»), a jury or a national team keeps its country («لجنة التحكيم السعودية», «الفريق الوطني
    السعودي»), «للجنة العليا للمعرض» keeps its field; «آل X» after a family's noun is the family («وأسرة آل صليع»); a
    noun with a pronoun ends no list of people («، وزملاؤه.»); a word with و after a player's club opens no name
    («لاعب الأهلي وحامي عرينه»); a place after its kind word stays the place though the article writes the noun with ال
    («مدينة صور» … «الصور»); a town before an outlet in a dateline is no author («رأس تنورة - عين اليوم»)."""
    found, _ = ents("وغرمت لجنة الانضباط النادي، وشكلت الإدارة لجنة عاجلة للوقوف على الحادث. وترأس لجنة التحكيم السعودية "
                    "الحكم، ولعب الفريق الوطني السعودي. وثمن سموه للجنة العليا للمعرض جهودها. وقال المهندس جابر آل صليع إن "
                    "الطائرة سقطت، وحضر أفراد أسرة آل صليع. وضمت القائمة محمد العتيبي، وسعيد القحطاني، وزملاؤه. وكان آخرهم "
                    "لاعب الأهلي وحامي عرينه عبد الله المعيوف. وقصفت الطائرات مدينة صور، ونشر الناشطون الصور.")
    assert_found(found, (("لجنة الانضباط", "ORG"), ("لجنة التحكيم السعودية", "ORG"), ("الفريق الوطني السعودي", "ORG"),
                         ("لجنة العليا للمعرض", "ORG"), ("جابر آل صليع", "PERS"), ("صور", "LOC")))
    assert not any(x in ("لجنة الانضباط النادي", "لجنة عاجلة للوقوف", "آل صليع", "زملاؤه", "وحامي", "حامي")
                   for x, _ in found), found
    found, _ = ents("حريق في مستودع\n\nرأس تنورة - عين اليوم\nاندلع حريق في مستودع للأخشاب.")
    assert ("رأس تنورة", "PERS") not in found, found


def test_batch_91_film_credits_after_a_work_noun():
    """Batch 91: «ببطولة الفيلم X» is the film's cast and «أخرج الفيلم X», «ويخرجه X», «من إخراج X» its director (not a
    foreign title after «الفيلم», not «بطولة» a championship), a given name may open with ال («والكسندرا داداريو»);
    «إخراج القوات» and «أخرجه الحكم من المباراة» name nobody."""
    found, _ = ents("يقوم ببطولة الفيلم دوين جونسون والكسندرا داداريو ويخرجه براد بيتون. وأخرج الفيلم جود اباتو. والفيلم "
                    "من إخراج محمد خان. وقرر المجلس إخراج القوات من المدينة، وأخرجه الحكم من المباراة.")
    assert_found(found, (("دوين جونسون", "PERS"), ("الكسندرا داداريو", "PERS"), ("براد بيتون", "PERS"),
                         ("جود اباتو", "PERS"), ("محمد خان", "PERS")))
    assert not any(t == "MISC" or x in ("القوات", "الحكم") for x, t in found), found


def test_batch_91_professions_companies_of_a_field_networks_and_pens():
    """Batch 91: profession nouns alone are what someone is («"البراري" روائي وقاص»); «شركات الأسمنت السعودية المدرجة» are
    the country's companies of a field, not Saudi Cement (the company in a list of companies stays); a quoted name
    after «شبكة» is the network, a known technology in quotes is not («شبكة «واي فاي»»); a quoted name after «قلم» is
    the product («قلم «S Pen»»); «بكسلا» (pixels) is no ب + Kassala."""
    found, _ = ents('وقال إن "البراري" روائي وقاص وكاتب مسرحي. وتراجعت أرباح شركات الأسمنت السعودية المدرجة في السوق، '
                    'وارتفعت أسهم شركات الاتصالات السعودية وموبايلي. وذكرت شبكة “فورزا ايطاليان فوتبول” الخبر، ويتصل '
                    'الجهاز عبر شبكة «واي فاي». ويضم الجهاز قلم «S Pen» وشاشة بدقة 1024×768 بكسلا.')
    assert_found(found, (("الاتصالات السعودية", "ORG"), ("فورزا ايطاليان فوتبول", "ORG"), ("S Pen", "MISC")))
    assert not any(x in ("روائي وقاص", "الأسمنت السعودية", "كسلا") or (x == "واي فاي" and t == "ORG")
                   for x, t in found), found


def test_batch_92_dated_title_lists_pavilions_and_given_names():
    """Batch 92: titles without quotes, each with its year in brackets, listed after a plural work noun are works
    («ومنها أفلام، صراع في الوادي (1954)، في بيتنا رجل (1961)»; a small word may open a title after the first, not the
    first); a word with ب before a word of the corpus opens no name after a player's role and club («جناح مصر بمعرض
    إكسبو ميلانو» is Egypt's pavilion)."""
    found, _ = ents("ومنها أفلام، صراع في الوادي (1954)، في بيتنا رجل (1961)، حسن ومرقص (2008). ونشر صورا (2010) للحفل. "
                    "وهناك احتفاء لرواد جناح مصر بمعرض إكسبو ميلانو. وقالت مديرة التسويق بشركة فيسبوك، إيما رودجرز، إن.")
    assert_found(found, (("صراع في الوادي", "MISC"), ("في بيتنا رجل", "MISC"), ("حسن ومرقص", "MISC")))
    assert not any(t == "PERS" and "معرض" in x for x, t in found) and ("صورا", "MISC") not in found, found


def test_review_mends_of_batches_91_and_92():
    """A review of batches 91-92 found rules that fired too widely: a director's verb with its pronoun counts only near
    a work's noun («بعد تخرجهم تسلموا», «أخرجه أحمد وأبو داود وصححه»: no names after it); a director's given name takes
    a family name that is also a word («من إخراج طلال الرمال»); a dated list opens after a colon or a comma only and
    ends at a verb («أفلام الرعب (2015)», «وشارك في مهرجان كان (2010)»), and a later title's و is left out; a word with
    ب/ل/ك opens no name after a player's club only when its stem is a word of three letters or more, not in alif
    («قائد بايرن ميونيخ لام»)."""
    found, _ = ents("وبعد تخرجهم تسلموا وظائفهم. أخرجه أحمد وأبو داود وصححه الألباني. المسرحية من إخراج طلال الرمال. "
                    "ومن أعماله مسلسلات، ضيعة ضايعة (2008)، والخربة (2011). ومنها أفلام، صراع في الوادي (1954) وشارك في "
                    "مهرجان كان السينمائي (2010). وأفلام الرعب (2015). وقال قائد بايرن ميونيخ لام إن الفريق جاهز.")
    assert_found(found, (("طلال الرمال", "PERS"), ("ضيعة ضايعة", "MISC"), ("الخربة", "MISC"), ("صراع في الوادي", "MISC"),
                         ("لام", "PERS")))
    assert not any(x in ("تسلموا", "صححه", "وصححه", "والخربة", "الرعب") or x.startswith("شارك") or x.startswith("وشارك")
                   for x, _ in found), found


def test_batch_93_offices_as_given_names_short_given_names_in_credits_and_surname_particles():
    """Batch 93: a short common word or one written with «أل» before a word of the names' clusters opens a name in a
    film's credits
    («وأخرجه ألان تيلور», «وجو مانجانيلو»); a surname's particle between two names is no company («رونالدو ديل
    كارمن» names no Dell); a scorer «الهداف» is a profession before a name (a wing «الجناح» is not)."""
    found, _ = ents("والفيلم من بطولة جيسون كلارك وأخرجه ألان تيلور ،، وحل الفيلم الثاني. وقام ببطولة الفيلم تشاننج تيتوم "
                    "وجو مانجانيلو. أخرج الفيلم بيت دكتور ورونالدو ديل كارمن. وأعلنت شركة ديل الأمريكية أرباحها. "
                    "وتعاقد النادي مع الهداف الدولي السويسري فالنتين ستوكر لاعب فريق بازل سابقا، ونفى الجناح العسكري لحزب العمال الكردستاني مسؤوليته.")
    assert_found(found, (("ألان تيلور", "PERS"), ("جو مانجانيلو", "PERS"), ("بيت دكتور", "PERS"),
                         ("ديل", "ORG"), ("فالنتين ستوكر", "PERS")))
    assert [x for x, t in found if x == "ديل"] == ["ديل"], found  # the company only, not the particle
    assert ("حزب العمال الكردستاني", "ORG") in found and not any("لحزب" in x for x, _ in found), found


def test_batch_93_clubs_named_for_sure_elsewhere_surnames_in_quotes_and_club_words():
    """Batch 93: a club named twice without a cue, near a club the article names for sure anywhere, is a club
    («حجبوني في الهلال وأبحث عن الظهور في الشباب», a title); a quoted surname after ل that the text gave with a
    given name is the person, no outlet («منحها لـ"باركر"»); a profession's word that opens a club's name is the
    club's («حقق النجم الساحلي انتصارين» names no one); NASA's Arabic full name is NASA."""
    a = analyze_text("الدعيع: حجبوني في الهلال وأبحث عن الظهور في الشباب\n\nكشف مدافع الشباب سلطان الدعيع عن جاهزيته "
                    "وقال إنه يسعى للتواجد أساسيا بعد عدم منحه الفرصة في الهلال بسبب تواجد الثنائي الكوري. وأكد أن "
                    "معسكر الفريق أعده للمنافسة في الدوري والعودة للبطولات بعد تدريبات المدرب.", dct="2015-08-11")
    found = [(m.text, m.type) for m in a.entities.mentions]
    assert found.count(("الهلال", "ORG")) == 2, found  # the title's and the text's
    found, _ = ents('منحت نايكي رئيسها التنفيذي مارك باركر أسهما. وارتفعت قيمة الأسهم التي تم منحها ل"باركر". '
                    'وقال مسؤول لـ"الرياض" إن الشركة ستنمو. فيما حقق النجم الساحلي انتصارين على الترجي. '
                    'وتعتزم إدارة الطيران والفضاء الأمريكية إرسال رحلة إلى المريخ.')
    assert_found(found, (("باركر", "PERS"), ("الرياض", "ORG"), ("النجم الساحلي", "ORG"),
                         ("إدارة الطيران والفضاء الأمريكية", "ORG")))
    assert ("باركر", "ORG") not in found and not any(x == "انتصارين" for x, _ in found), found


def test_batch_94_funds_workshops_festivals_titles_before_their_makers_and_names_before_a_role():
    """Batch 94: a quoted name after «صندوق» is the fund, after «ورشة» the workshop («صندوق "سند"», «ورشة "فاينال
    كات"»); the film festivals and arts awards the press names («مهرجان كان», «جائزة الأوسكار»); a quoted title right
    before ل, a profession or a people's adjective and a name is the work («"بيت في الحقول" للمغربية تالا حديد»); a
    prize with its theme and its field after لل («جائزة الإنجاز للتعاملات الإلكترونية الحكومية»); a name right before
    a player's or a coach's role and its club or country («استبعده بيرت فان مارفيك مدرب هولندا»)."""
    found, _ = ents('قال صندوق "سند" إن ستة أفلام ستشارك في ورشة "فاينال كات"، وعرض أحدها في مهرجان كان وفاز بجائزة '
                    'الأوسكار. والأفلام هي "بيت في الحقول" للمغربية تالا حديد و"ديك بيروت" للسوري زياد كلثوم. وتعرف '
                    'المشاركون على جائزة الإنجاز للتعاملات الإلكترونية الحكومية. وتسبب في إصابة يوشوا كيميش لاعب بايرن، '
                    'واستبعده بيرت فان مارفيك مدرب هولندا من المنتخب.')
    assert_found(found, (("سند", "ORG"), ("فاينال كات", "MISC"), ("مهرجان كان", "MISC"), ("جائزة الأوسكار", "MISC"),
                         ("بيت في الحقول", "MISC"), ("تالا حديد", "PERS"), ("ديك بيروت", "MISC"),
                         ("جائزة الإنجاز للتعاملات الإلكترونية الحكومية", "MISC"), ("يوشوا كيميش", "PERS"),
                         ("بيرت فان مارفيك", "PERS")))
    assert ("بيروت", "LOC") not in found, found


def test_batch_94_age_groups_rivals_and_quoted_predicates():
    """Batch 94: a club named like an age group, joined by و to another, is the age group («تدرج في فئات الناشئين
    والشباب في نادي الهلال»); «من غريمه الهلال» (his rival) is no Grimma; a quote after «بأنه» is what is said of
    it, no title («مخرج فيلم فيفا يقر بانه "كارثي"»)."""
    found, _ = ents('وانتقل اللاعب على سبيل الإعارة من غريمه الهلال إلى الشباب بعد أن تدرج في فئات الناشئين والشباب في '
                    'نادي الهلال، وقال مدرب الفريق إن الدوري صعب. وأقر مخرج فيلم فيفا بانه "كارثي".')
    assert found.count(("الشباب", "ORG")) == 1 and ("الهلال", "ORG") in found, found
    assert not any(x in ("غريمه", "كارثي") for x, _ in found), found


def test_review_mends_of_batch_93():
    """A review of batch 93 found rules that fired too widely, now mended: «الأمير سلطان» alone after a title names a
    park or a street more often than the prince («متنزهات الأمير سلطان،», «تقاطع شارع المطار مع الأمير سلطان»); a
    surname particle is one only between names, so «إن ديل تيكنولوجيز», «أعلنت ديل» and «أبل ديل لينوفو» keep Dell;
    a quoted surname check spares a paper the lists know or a common word («نور الوطن» … «لـ"الوطن"»)."""
    found, _ = ents('وانتقلت الأسرة إلى متنزهات الأمير سلطان، والفرعا، وعند تقاطع شارع المطار مع الأمير سلطان. '
                    'وقال إن ديل تيكنولوجيز ستطرح حاسوبا، وأعلنت ديل إنسبايرون الجديد. وكتب نور الوطن مقالا، '
                    'وقال مسؤول لـ"الوطن" إن الخطة جاهزة.')
    assert not any(t == "PERS" and x == "سلطان" for x, t in found), found
    assert found.count(("ديل", "ORG")) == 2 and ("الوطن", "ORG") in found, found


def test_review_mends_of_batch_94():
    """A review of batch 94 found rules that fired too widely, now mended: «ديل» before a name is a surname's particle
    wherever it stands («وقال ديل بوسكي مدرب إسبانيا»), while a body, a product or a company's kind after it keeps Dell
    («إن ديل تيكنولوجيز», «أبل ديل لينوفو»); a quoted word said of someone is no title before its maker («"حماية دولية"
    للفلسطينيين», «"الشكر" للمدرب محمد»); boxes counted and common nouns quoted after «صندوق» or «ورشة» are no names
    («3 آلاف صندوق «خضار وفواكه»», «ورشة "العمل"»); a prize for people is no name («جائزة التفوق للطلاب المتميزين»);
    a name before a club role does not run back over و («عبود وكلاديو بريرا مدرب نادي أحد»)."""
    found, _ = ents('وقال ديل بوسكي مدرب إسبانيا إن الفريق جاهز. وقال إن ديل تيكنولوجيز ستطرح حاسوبا، ومنها أبل ديل لينوفو. '
                    'وطالبوا بـ"حماية دولية" للفلسطينيين، ووجه "الشكر" للمدرب محمد. ووزع 3 آلاف صندوق «خضار وفواكه»، '
                    'وعقدت ورشة "العمل". ووزعت جائزة التفوق للطلاب المتميزين. وأكد عبود وكلاديو بريرا مدرب نادي أحد.')
    assert_found(found, (("ديل بوسكي", "PERS"), ("كلاديو بريرا", "PERS")))
    assert found.count(("ديل", "ORG")) == 2, found
    assert not any(x in ("حماية دولية", "الشكر", "خضار وفواكه", "العمل", "عبود وكلاديو بريرا")
                   or x.startswith("جائزة التفوق") for x, _ in found), found


def test_a_director_near_makes_bataula_a_cast_cue():
    """«بطولة» after a quoted title and its director is the film's cast, as after a work's noun («"ذي دانش جيرل"
    للمخرج توم هوبر وبطولة جيسون كلارك»); in a sports report it stays a championship."""
    found, _ = ents('ومن بينها "ذي دانش جيرل" للمخرج توم هوبر وبطولة جيسون كلارك الذي يؤدي دور البطل. '
                    'وفاز الفريق ببطولة الدوري للمرة الثالثة.')
    assert_found(found, (("ذي دانش جيرل", "MISC"), ("توم هوبر", "PERS"), ("جيسون كلارك", "PERS")))
    assert not any(t == "PERS" and "الدوري" in x for x, t in found), found


def test_batch_95_self_named_groups_blogs_and_sites():
    """Batch 95 (technology): a body naming itself («مجموعة قراصنة تطلق على نفسها «فريق التأثير»») is the body its
    noun says (nothing without one); what is «called» takes the kind of the noun the verb agrees with («مدونة قرصنة
    تدعى …» a blog, ORG; «مقدمة برنامج تلفزيوني تدعى نهال» the presenter, a person); a quoted site read aloud keeps
    its small words («“استابليشد من دوت كوم”»); a two-sentence motto is no name; a quoted name with its Latin spelling
    in brackets (««جامب» (Jump)») is the product's."""
    found, _ = ents('وقالت مجموعة قراصنة تطلق على نفسها «فريق التأثير» إنها نشرت البيانات، وكانت مدونة قرصنة تدعى '
                    '«كريبس أون سيكيورتي» قد أعلنت ذلك. وطالبت موقعي «أشلي ماديسون دوت كوم» و«استابليشد من دوت كوم» '
                    'بالتوقف. ويحمل الموقع شعار «الحياة قصيرة. عش قصة حب». وتدور القصة حول مقدمة برنامج تلفزيوني تدعى نهال. '
                    'وتعاونت الشركة مع غو برو لإنتاج «جامب» (Jump)، وهو جهاز من 16 كاميرا.')
    assert_found(found, (("فريق التأثير", "ORG"), ("كريبس أون سيكيورتي", "ORG"), ("استابليشد من دوت كوم", "ORG"),
                         ("نهال", "PERS"), ("جامب", "MISC")))
    assert not any("الحياة قصيرة" in x for x, _ in found), found


def test_batch_95_companies_bylines_and_apps():
    """Batch 95: a company's field and its adjective after an indefinite «شركة» and a country («لشركة السعودية
    للخدمات الأرضية»); no company of a district («في حي "ساوث بنك" بمدينة لندن»), an ordinal («عبر شركة ثالثة
    للسداد») or a sum after a maker («خسائر أوبر تجاوزت 100 مليون دولار»); an outlet whose name is a common word
    after its author and before a colon («محمد السيد - سبق:»); a short name between marks written the wrong way round
    («السعودية ” زين “»); a quoted name after the plural «تطبيقات» is an app («تطبيقات «كاردبورد»»)."""
    found, _ = ents('عنوان الخبر\n\nمحمد السيد - سبق: ونال الاكتتاب الأولي لشركة السعودية للخدمات الأرضية استقبالا حسنا. '
                    'وباعت مبنيين في حي "ساوث بنك" بمدينة لندن. ويمكن السداد عبر شركة ثالثة للسداد. وتشير التقارير إلى أن '
                    'خسائر أوبر تجاوزت 100 مليون دولار. وبحسب شركة الاتصالات المتنقلة السعودية ” زين “، فإن الموعد قريب. '
                    'ومن برمجيات غوغل تطبيقات «كاردبورد» للواقع الافتراضي.')
    assert_found(found, (("محمد السيد", "PERS"), ("سبق", "ORG"), ("السعودية للخدمات الأرضية", "ORG"),
                         ("ساوث بنك", "LOC"), ("أوبر", "ORG"), ("زين", "ORG"), ("كاردبورد", "MISC")))
    assert not any(x.startswith("شركة ثالثة") or x.startswith("أوبر تجاوزت") for x, _ in found), found


def test_batch_96_doctors_speakers_and_foreign_clubs():
    """Batch 96: a name after «د.», the doctor's title abbreviated, which no longer ends a sentence («قدمت د. مروة
    كريدية جولة», «وأكد د. الزهراني»; not «د.ب.أ», nor a verb or a plural after the name); two name words between a
    verb of saying and a body's definite role («وقال إلون موسك الرئيس التنفيذي للشركة»); a foreign name and its
    country's masculine adjective after the club's opponent («كسب الأهلي نظيره فرايبورج السويسري»); a cup's short
    name in brackets, no union inside it («كأس الاتحاد الإفريقي (الكونفيدرالية)»)."""
    found, _ = ents('وقدمت د. مروة كريدية جولة في المسرح، وأكد د. الزهراني أن العرض ناجح، ونقلت (د.ب.أ) الخبر. '
                    'ورفض د.خالد المبالغات الزائدة. وقال إلون موسك الرئيس التنفيذي للشركة إنه يدرس الأمر. '
                    'ويستعد الأهلي لبطولة الدوري بعد معسكره، وكسب الأهلي نظيره فرايبورج السويسري بثلاثة أهداف. '
                    'وفاز الزمالك ببطولة كأس الاتحاد الإفريقي (الكونفيدرالية) العام الماضي.')
    assert_found(found, (("مروة كريدية", "PERS"), ("الزهراني", "PERS"), ("خالد", "PERS"), ("إلون موسك", "PERS"),
                         ("فرايبورج", "ORG"), ("الكونفيدرالية", "MISC")))
    assert not any(x in ("خالد المبالغات",) or (x == "الكونفيدرالية" and t == "ORG") for x, t in found), found


def test_batch_96_sites_and_models_named_by_common_words():
    """Batch 96: one indefinite participle or a noun an adjective or a preposition follows is no name of a site («ثمن
    قصر ملياردير أسترالي», «قصر مطل على البحر», «مطار مهجور»; «قلعة شمسان» stays one); a common adjective after
    «طراز» is no model («هداف من طراز نادر»; «مقاتلات رافال» stays one); the International Space Station, SpaceX's
    Dragon after «مركبة», Cape Canaveral and «مقام إبراهيم» in the lists."""
    found, _ = ents('بيع قصر ملياردير أسترالي، وقصر مطل على البحر، ومطار مهجور في إسبانيا، وزار قلعة شمسان. '
                    'إنه هداف من طراز نادر، وحلقت مقاتلات رافال. وانطلقت مركبة “دراغون” من قاعدة “كاب كانافيرال” إلى '
                    'محطة الفضاء الدولية. وصلى الحجاج عند مقام إبراهيم.')
    assert_found(found, (("قلعة شمسان", "LOC"), ("رافال", "MISC"), ("دراغون", "MISC"), ("كاب كانافيرال", "LOC"),
                         ("محطة الفضاء الدولية", "MISC"), ("مقام إبراهيم", "LOC")))
    assert not any(x.startswith(("قصر ملياردير", "قصر مطل", "مطار مهجور")) or x == "نادر" for x, _ in found), found


def test_review_mends_of_batches_95_and_96():
    """A review of batches 95 and 96 found rules that fired too widely, now mended: a one-word head before «- سبق:» is
    no author and the outlet named by a common word is no alias of the verb («كما سبق له»); marks the wrong way round
    only spaced inside; a dotted name is no motto («إم بي سي. إف إم»); an official's «نظيره» names a person; one-word
    sites named by a broken plural or before «في» stay («قصر معاشيق», «قصر عابدين»); a quoted common noun after
    «مدونة» is none, a given name after «تدعى» a person; «تسمي نفسها» names a body too."""
    found, _ = ents('عنوان الخبر\n\nبارق- سبق: أعلنت البلدية، كما سبق لها أن أعلنت. وأطلقت إذاعة «إم بي سي. إف إم» برنامجا. '
                    'وأيدت جبهة «ألتراس وزارة الثقافة» وصفحة «شباب مصر» الحملة. وفاز رئيس الاتحاد على نظيره راؤول كانيدا '
                    'الإسباني بعد مباراة الفريق. وزار قصر معاشيق وقصر عابدين في القاهرة. ووقعت على مدونة «السلوك» المهني، '
                    'وكتبت مدونة سعودية تدعى سمر. وأعلنت جماعة تسمي نفسها «جند الخلافة» مسؤوليتها.')
    assert_found(found, (("إم بي سي. إف إم", "ORG"), ("قصر معاشيق", "LOC"), ("قصر عابدين", "LOC"), ("سمر", "PERS"),
                         ("جند الخلافة", "ORG")))
    assert not any(x in ("سبق", "بارق", "وصفحة", "راؤول كانيدا", "السلوك") for x, t in found if t == "ORG"), found


def test_batch_97_companies_and_people_told_apart():
    """Batch 97: a bank told only by its country is no name («الذي اشتراه البنك اليوناني»; «البنك السعودي الفرنسي»
    stays one); a company named by a foreign word after its head is that word again without the head («بنك بيريوس
    مصر» … «رأسمال بيريوس مصر», not Egypt); a club's spelling with «بروسيا» is the club, not Russia; the definite
    word right before another person's full name is his title, no other person's surname («الشاعر الشريف منصور بن
    سلطان» after «عبدالعزيز الشريف»); a country's adjective after a comma is the person in apposition («مدرب النصر،
    الأوروجوياني داسيلفا»), whose name stops before a noun and its adjective."""
    found, _ = ents('اشترى بنك بيريوس مصر فروعا جديدة، وكان البنك اليوناني قد أسسه. وتبلغ الحصة 98 في المئة من رأسمال '
                    'بيريوس مصر. وأعلن البنك السعودي الفرنسي أرباحه. وحل بروسيا مونشنجلادباخ ثالثا في الدوري. '
                    'وقال الشاعر عبدالعزيز الشريف إن الفقيد كبير، وعبر الأديب الشاعر الشريف منصور بن سلطان الفعر عن حزنه. '
                    'وقرر مدرب النصر، الأوروجوياني داسيلفا المران الصباحي للجري.')
    assert_found(found, (("بنك بيريوس مصر", "ORG"), ("بيريوس مصر", "ORG"), ("البنك السعودي الفرنسي", "ORG"),
                         ("بروسيا مونشنجلادباخ", "ORG"), ("عبدالعزيز الشريف", "PERS"), ("منصور بن سلطان الفعر", "PERS"),
                         ("داسيلفا", "PERS")))
    assert not any(x in ("البنك اليوناني", "روسيا", "مصر", "الشريف", "داسيلفا المران") for x, _ in found), found


def test_batch_98_the_holy_capital_and_a_coach_before_his_object():
    """Batch 98: «العاصمة المقدسة» is Mecca (a hand alias of the gazetteer), so its municipality is a body with its
    seat («أبرمت أمانة العاصمة المقدسة»); a foreign name after a profession and a country's adjective ends before a
    common noun, the verb's object («وأعطى المدرب اليوناني دونيس لقاء الأمس»)."""
    found, _ = ents('أبرمت أمانة العاصمة المقدسة عقودا جديدة، وقال أمين العاصمة المقدسة إنها تكتمل قريبا. '
                    'وأعطى المدرب اليوناني دونيس لقاء الأمس الودي أهمية كبيرة، وطبق دونيس جملا تكتيكية.')
    assert_found(found, (("أمانة العاصمة المقدسة", "ORG"), ("العاصمة المقدسة", "LOC"), ("دونيس", "PERS")))
    assert sum(1 for x, t in found if (x, t) == ("دونيس", "PERS")) == 2, found


def test_review_mends_of_batches_97_and_98():
    """A review of batches 97 and 98 found rules that fired too widely, now mended: «الطالب» and «الطالبة» are no
    person nouns again («الطالب علوم الفقه»); a surname alias before و and another person's name stays («فكان
    الجفالي وبن زيد»); a company's headless alias needs a word of four letters, not a dotted initial («سهم إتش. إس.
    بي. سي»); a given name and a word in quotes after a body is the person, no short name of it («المتحدث الرسمي
    لأمانة العاصمة المقدسة "أسامة زيتوني"»)."""
    found, _ = ents('وقال محمد الجفالي إن الأمر جيد. فكان الجفالي وبن زيد في المقدمة. ودرس الطالب علوم الفقه. '
                    'وارتفع سهم إتش. إس. بي. سي في لندن. وأوضح المتحدث الرسمي لأمانة العاصمة المقدسة "أسامة زيتوني" أن '
                    'الأعمال مستمرة.')
    assert sum(1 for x, t in found if (x, t) == ("الجفالي", "PERS")) == 1, found
    assert ("أسامة زيتوني", "PERS") in found, found
    assert not any(x.startswith("علوم") or x == "إتش" or (x == "أسامة زيتوني" and t == "ORG") for x, t in found), found


def test_batch_99_an_age_in_brackets_an_analysts_firm_and_a_participle():
    """Batch 99: a one-word name before an age in brackets is a person («وسينضم جليب (34 عاماً)», with its و or ل
    left out when the text also writes the name bare); a foreign name after an analyst's job and «في» or «لدى», closed
    by the clause, is his firm («المحلل في ماكويري إن»); a passive participle after an indefinite head says what kind
    of body it is, no name («بنك مملوك للقطاع الخاص»); «السناب شات» is Snapchat with its article; BATE Borisov is a
    club."""
    found, _ = ents('وسينضم جليب (34 عاماً) لصفوف باتي بوريسوف للمرة الثالثة، وسبق لكاسيا (28 عاما) أن لعب مع كاسيا. '
                    'وقال ماثيو تيرنر المحلل في ماكويري إن الذهب استفاد، وقال الطفل (12 عاما) إنه سعيد. '
                    'وباع البنك وحدته إلى ثاني أكبر بنك مملوك للقطاع الخاص، لاسيما وأن السناب شات يشهد نموا.')
    assert_found(found, (("جليب", "PERS"), ("كاسيا", "PERS"), ("ماكويري", "ORG"), ("باتي بوريسوف", "ORG"),
                         ("السناب شات", "ORG")))
    assert not any(x in ("الطفل", "لكاسيا") or x.startswith("بنك مملوك") for x, _ in found), found


def test_batch_100_a_governors_town_and_a_league_named_by_its_country():
    """Batch 100: a town right after «محافظ» (its governor) is a place, though alone it is a verb too («محافظ ينبع
    المهندس مساعد السليم»; not «محافظ الأسهم», portfolios); a league named by its country of one or two words is the
    competition, which the places layer leaves out after «دوري» («بطل دوري ألمانيا», «دوري روسيا البيضاء»)."""
    found, _ = ents('وافتتح المعرض محافظ ينبع المهندس مساعد السليم، وارتفعت قيمة محافظ الأسهم. وأكد بايرن ميونيخ بطل '
                    'دوري ألمانيا التوصل لاتفاق، وأعلن النادي حامل لقب دوري روسيا البيضاء أنه تعاقد مع اللاعب.')
    assert_found(found, (("ينبع", "LOC"), ("مساعد السليم", "PERS"), ("دوري ألمانيا", "MISC"),
                         ("دوري روسيا البيضاء", "MISC")))
    assert not any(x in ("ألمانيا", "روسيا", "روسيا البيضاء") or x.startswith("الأسهم") for x, _ in found), found


def test_review_mends_of_batches_99_and_100():
    """A review of batches 99 and 100 found rules that fired too widely, now mended: a word before an age in
    brackets is a name only if it looks like one (not «وشقيقه (4 أعوام)», «ونافورة (20 عاما)», «وعشريني (24
    عاما)»), with the given names before it («بارول خاتون (30 عاما)») and never with its و («ونور (22 عاما)»); an
    analyst's firm is no adjective's place nor a noun («المنتدى الاقتصادي في دافوس»، «المحلل في صمت»); a league named
    by its country leaves a longer name to the other readings («بطولة السعودية للبراعم»)."""
    found, _ = ents('وأصيب والده وشقيقه (4 أعوام)، ونافورة (20 عاما) وعشريني (24 عاما) ونور (22 عاما). وكانت بارول '
                    'خاتون (30 عاما) هناك. وعقد المنتدى الاقتصادي في دافوس، وقال المحلل في صمت إن الأمر انتهى. '
                    'وتوج الفريق ببطولة السعودية للبراعم.')
    assert_found(found, (("بارول خاتون", "PERS"), ("بطولة السعودية للبراعم", "MISC")))
    assert not any(x in ("شقيقه", "نافورة", "عشريني", "ونور", "دافوس", "صمت", "بطولة السعودية") and t != "LOC"
                   for x, t in found), found


def test_batch_99_clubs_and_snapchat_spellings_the_note_names():
    """The clubs batch 99 added beside BATE Borisov, and Snapchat written as one word with its article."""
    found, a = ents('تأهل نادي أستانا الكازاخستاني ومكابي تل أبيب ونادي روستوف إلى دوري أبطال أوروبا، '
                    'وانتشر السنابشات بين الطلاب.')
    # (the club without «نادي», as the set writes it)
    assert_found(found, (("أستانا", "ORG"), ("مكابي تل أبيب", "ORG"), ("روستوف", "ORG"), ("السنابشات", "ORG")))
    assert {m.entity_id for m in a.entities.mentions if m.text in ("أستانا", "روستوف")} >= {"ORG:astana_kz", "ORG:rostov_ru"}


def test_batch_101_nouns_and_adjectives_are_no_names():
    """Batch 101 (economy, technology, culture, sport): a plural noun before its genitive is no person
    («ممثلو الأمن العام»; «زيكو» is a name); a common noun after «طائرات», with ال or a pronoun, is no model («طائرات أسطولها»,
    «طائرات الأسطول الجديد»; «صواريخ الكاتيوشا» is one); an adjective in brackets after a company's name is no short name of it
    («شركة انكاب النفطية (العامة)»); «القادم» after a body's name is the event's adjective («مهرجان مؤسسة بدرخان
    القادم»); a knee's ligament is no town («الرباط الداخلي»)."""
    found, _ = ents('ورفض ممثلو الأمن العام التعليق، وترشح البرازيلي زيكو للرئاسة. وتتيح الخدمة على متن طائرات أسطولها الحالي وفي طائرات الأسطول '
                    'الجديد وطائرات البوينغ وصواريخ الكاتيوشا. ومنحت شركة انكاب النفطية (العامة) في الاورغواي خفضا. وكشف عن أن مهرجان '
                    'مؤسسة بدرخان القادم سينظم في القاهرة. وغاب اللاعب للإصابة بقطع في الرباط الداخلي للركبة.')
    assert_found(found, (("زيكو", "PERS"), ("البوينغ", "MISC"), ("الكاتيوشا", "MISC"), ("الاورغواي", "LOC"), ("بدرخان", "ORG")))
    assert not any(x in ("ممثلو", "أسطولها", "الأسطول", "العامة", "بدرخان القادم", "الرباط") for x, _ in found), found


def test_batch_101_the_technical_director_opens_a_name():
    """Batch 101: «المدير الفني» (the head coach) and a country's adjective open a coach's name, one foreign word
    («المدير الفني البرتغالي قوميز», the Gulf spelling of Gomes), as «المدرب» does."""
    found, _ = ents('واكتفى المدير الفني البرتغالي قوميز بالفترة الصباحية، وقال المدير الفني جوميز إن الفريق جاهز. '
                    'وقال المدير الفني إن اللاعبين جاهزون.')
    assert_found(found, (("قوميز", "PERS"), ("جوميز", "PERS")))
    assert [x for x, t in found if t == "PERS"] == ["قوميز", "جوميز"], found


def test_batch_101_citgo_in_the_organisation_gazetteer():
    """Batch 101: Citgo, PDVSA's American arm, in the organisation gazetteer."""
    found, a = ents('حصلت على قروض عبر سيتغو، فرع شركة النفط الفنزويلية للتكرير في الولايات المتحدة.')
    assert_found(found, (("سيتغو", "ORG"),))
    assert {m.entity_id for m in a.entities.mentions if m.text == "سيتغو"} == {"ORG:citgo"}


def test_batch_102_a_score_is_no_model_and_the_conjunction_is_no_letter_of_one():
    """Batch 102: «صفر-2» is a score (nil-two), not a model's name; «وإف-16» is و + the fighter's name."""
    found, _ = ents('وخسر سموحة أمام مازيمبي صفر-2، وحلقت طائرات تو-22 وإف-16 وميغ-29 فوق الموقع.')
    assert_found(found, (("تو-22", "MISC"), ("إف-16", "MISC"), ("ميغ-29", "MISC")))
    assert not any(x in ("صفر-2", "وإف-16", "وميغ-29") for x, _ in found), found


def test_batch_102_literary_clubs_unions_and_a_word_before_a_town():
    """Batch 102: a town's literary club is named with its head, over the town's football club («نادي جدة
    الأدبي», also after «ب»: «بنادي أبها الأدبي»), and an event's name ends before it; in a sports report the
    Russian Federation's name is its football union («الاتحاد الروسي»), not the Jeddah club «الاتحاد»; «فصيلة»
    (a species) is a word, not ف + a town (Asilah); the clubs the batch named."""
    found, a = ents('قام نادي جدة الأدبي بتوزيع 400 حقيبة، ويستضيف منتدى عبقر الشعري بنادي أبها الأدبي الشاعر. '
                    'وخضع طائر من فصيلة الطوقان لجراحة.')
    assert_found(found, (("نادي جدة الأدبي", "ORG"), ("منتدى عبقر الشعري", "MISC"), ("نادي أبها الأدبي", "ORG")))
    assert not any(x in ("جدة", "أبها", "صيلة") for x, _ in found), found
    assert not any(m.entity_id in ("ORG:jeddah_sa", "ORG:abha_sa") for m in a.entities.mentions)
    found, a = ents('«الفيفا» يطلب من الاتحاد الروسي تفاصيل عن واقعة عنصرية في مباراة الدوري بين سبارتاك موسكو '
                    'ومنافسه. وقال الاتحاد الروسي للعبة إن اللاعب تعرض لصيحات. ويحتل بايريتس المركز الثاني، ويلتقي '
                    'الملعب المالي مع الترجي التونسي، وفاز مولودية شباب العلمة على ضيفه.')
    assert ("الاتحاد الروسي", "ORG") in found, found
    assert not any(t == "LOC" and x.startswith("الاتحاد") for x, t in found), found
    assert not any(m.entity_id == "ORG:ittihad_sa" for m in a.entities.mentions)
    assert {m.entity_id for m in a.entities.mentions if m.text in ("بايريتس", "الملعب المالي", "مولودية شباب العلمة")} \
        == {"ORG:pirates_za", "ORG:stade_malien_ml", "ORG:mcee_dz"}
    found, a = ents('ووصل مدرب الاتحاد الروماني بولوني إلى معسكر الفريق قبل مباراة الدوري، وقال إن الاتحاد السوفيتي '
                    'كان قوة كروية.')
    assert_found(found, (("بولوني", "PERS"), ("الاتحاد السوفيتي", "LOC")))
    assert {m.entity_id for m in a.entities.mentions if m.text == "الاتحاد"} == {"ORG:ittihad_sa"}


def test_batch_103_places_by_their_people_and_words_that_are_no_places():
    """Batch 103: a town after «أهالي» or «سكان» (its people) is a place as after «في» («وأهالي البكيرية», a town
    of 43,000 no other word makes one here); «البندقية» is the rifle unless the article names Italy (Venice), and
    «زواره» its visitors unless it names Libya (Zuwara)."""
    found, _ = ents('وشهد الحفل حضوراً واسعاً من زواره وأهالي البكيرية. ويمكن مهداف البندقية الإلكتروني أن يصيب، '
                    'وقد نصبت في البندقية وحدة اتصال.')
    assert ("البكيرية", "LOC") in found, found
    assert not any(x in ("زواره", "البندقية") for x, _ in found), found
    found, _ = ents('ووصل السياح إلى البندقية في إيطاليا، وغرق مركب قبالة مدينة زوارة في ليبيا.')
    assert_found(found, (("البندقية", "LOC"), ("زوارة", "LOC")))


def test_batch_103_malls_companies_and_a_quoted_sentence_after_a_model():
    """Batch 103: «مجمع» and a name and «التجاري» is a shopping centre, LOC whole (not «مجمع اللغة العربية», an
    academy); Saudi Ground Services and IRCICA in the organisation gazetteer; a quote opening with a verb of saying
    after a model's quoted name is a sentence, no second model («من طراز "تراكنك بوينت"، "أفاد بذلك الموقع"»), while
    a list of films goes on («و«ملف البجعة»»)."""
    found, _ = ents('وأقيمت الفعاليات في مجمع الفوارس التجاري، وقال مجمع اللغة العربية إن. وأعلنت السعودية للخدمات '
                    'الأرضية استقالة عضوين، بالتعاون مع مركز الأبحاث للتاريخ والفنون والثقافة الإسلامية. واخترق '
                    'الباحثان بندقية من طراز "تراكنك بوينت"، "أفاد بذلك الموقع الإلكتروني". وكتب لفيلم «أسطورة الخريف» '
                    'سنة 1994 و«ملف البجعة» سنة 1993.')
    assert_found(found, (("مجمع الفوارس التجاري", "LOC"), ("السعودية للخدمات الأرضية", "ORG"),
                         ("مركز الأبحاث للتاريخ والفنون والثقافة الإسلامية", "ORG"), ("تراكنك بوينت", "MISC"),
                         ("ملف البجعة", "MISC")))
    assert not any(x.startswith("أفاد") or (x == "مجمع اللغة العربية" and t == "LOC") for x, t in found), found


def test_batch_104_a_country_adjective_after_a_definite_noun_is_no_place():
    """Batch 104: the model's one-word LOC that is a country's adjective after a definite noun is none («في العاصمة
    البولندية وارسو»: Warsaw is the place); a country named so stays one («وزار الرئيس الفرنسي السعودية»)."""
    found, _ = ents('وتقام المباراة غدا في العاصمة البولندية وارسو. وزار الرئيس الفرنسي السعودية أمس.')
    assert_found(found, (("وارسو", "LOC"), ("السعودية", "LOC")))
    assert ("البولندية", "LOC") not in found, found


def test_reread_of_batches_101_to_104_claims_the_other_tests_left_out():
    """Re-read: «سكان» is a place cue as «أهالي» is («سكان البكيرية»); the other ligaments are no Rabat («الرباط
    الجانبي»); a period noun before «المقبل» goes out with it («للجنة الزواج الجماعي للعام المقبل»); FC Ufa is in the
    club list by its own id («نادي أوفا الروسي»)."""
    found, a = ents('وقال سكان البكيرية إن الأمطار غزيرة. وغاب اللاعب لإصابة في الرباط الجانبي. واختير رئيسا للجنة '
                    'الزواج الجماعي للعام المقبل. وتعاقد نادي أوفا الروسي مع المدافع.')
    assert_found(found, (("البكيرية", "LOC"), ("لجنة الزواج الجماعي", "ORG")))
    assert not any(x == "الرباط" or "للعام" in x for x, _ in found), found
    assert {m.entity_id for m in a.entities.mentions if m.text == "أوفا"} == {"ORG:ufa_ru"}


def test_review_mends_of_batches_101_to_104():
    """A review of batches 101-104 found rules that fired too widely, now mended: a score in brackets after a club
    is no short name of it («ريال مدريد (صفر-2)»); the Jeddah club's coach is the club's behind «فريق» too («مدرب
    فريق الاتحاد الروماني»); a shopping centre's name holds no ل + noun («مجمع صالات للاستثمار التجاري»)."""
    found, _ = ents('وخسر الفريق أمام مواطنه الآخر ريال مدريد (صفر-2) في الدوري. وقال مدرب فريق الاتحاد الروماني '
                    'بولوني إن الفريق جاهز. وأقيم مجمع صالات للاستثمار التجاري.')
    assert ("ريال مدريد", "ORG") in found and ("الاتحاد", "ORG") in found, found
    assert not any(x == "صفر-2" or x.startswith("فريق الاتحاد") or x.startswith("مجمع صالات") for x, _ in found), found


def test_batches_105_and_106_professions_offices_and_lists():
    """Batches 105-106: «ربيع» is a given name before a family name («رئيس مركز بيضان ربيع الغامدي»), not in «شهر
    ربيع الأول»; a verb after a weapon's noun is no model («كاميرا طائرة تكتشف مشهدا», while «مقاتلات تورنادو» keeps
    its model); after a foreign name, a common word of three letters the corpus also writes with ي is the verb, no
    surname («المدرب اليوناني دونيس عقب استبعاده»; «الشاعر سعيد عقل» keeps his); «ومساعديه» after an office is no
    appositive name. (The batches' «مهندس» as an office's head and «المهندسة», «الأستاذة» as titles were taken back
    after a review: they lost «المهندس باسم الصديق» and «الأستاذة لطيفة السعد»; see the review test below.)"""
    found, _ = ents('وحضر رئيس مركز بيضان ربيع الغامدي، وفي شهر ربيع الأول. وصورت كاميرا طائرة تكتشف مشهدا '
                    'نادرا، وحلقت مقاتلات تورنادو. وبات خارج حسابات المدرب اليوناني دونيس عقب استبعاده. وقال الشاعر '
                    'اللبناني سعيد عقل في لقاء. وحضر حامد البلوي المدير التنفيذي، ومساعديه؛ مناف أبو شقير وصالح الصقري.')
    assert_found(found, (("ربيع الغامدي", "PERS"), ("تورنادو", "MISC"), ("دونيس", "PERS"), ("سعيد عقل", "PERS")))
    assert not any(x in ("تكتشف", "ومساعديه", "دونيس عقب") or x.startswith("ربيع الأول") for x, _ in found), found


def test_batches_105_and_106_names_in_the_lists():
    """Batches 105-106: OMV in Arabic letters with dots («أو.إم.في»); Ross County and Montreal Impact; Qarabag by
    its club names only, while «ناغورني قره باغ» is the region (a place the gazetteer now holds); Euro qualifying
    with its year («تصفيات أوروبا 2016م»); a festival's quoted name as long as its head and a word, with its edition
    («مهرجان الطفولة «بسمة 5»»), then again without quotes."""
    found, a = ents('زاد إنتاج أو.إم.في في الربع الثاني. وفاز سيلتيك على روس كاونتي، وخسر نيويورك سيتي أمام مونتريال '
                    'إمباكت، ويلعب مع قرة باغ الأذربيجاني. واندلع القتال في إقليم ناغورني قره باغ. تصفيات أوروبا '
                    '2016م: حسم نقطة من كرواتيا. وانطلق مهرجان الطفولة «بسمة 5» أمس، ويأتي مخيم بسمة 5 للأطفال.')
    assert_found(found, (("أو.إم.في", "ORG"), ("روس كاونتي", "ORG"), ("مونتريال إمباكت", "ORG"), ("قرة باغ", "ORG"),
                         ("ناغورني قره باغ", "LOC"), ("تصفيات أوروبا 2016", "MISC"), ("بسمة 5", "MISC")))
    assert [m.text for m in a.entities.mentions if m.text == "بسمة 5"] == ["بسمة 5", "بسمة 5"]


def test_batch_107_deaths_no_fiat_and_a_relative_pronoun_ends_a_name():
    """Batch 107: «وفيات» (deaths, which the corpus writes with ال) is no و + Fiat, while «فيات» alone and Fiat Chrysler
    by its own name stay companies; a dual relative pronoun is a stop word, no word of a name («لاعب كروثيانز اللذان
    كانا»)."""
    found, _ = ents('أسفرت الحوادث عن أربع وفيات و13 إصابة. وتعاقدت فيات مع المصنع، وغرمت السلطات شركة فيات كرايسلر. '
                    'وكان باوليستا لاعب فلومينينسي وريناتو اجوستو لاعب كروثيانز اللذان كانا الخيار الثاني.')
    assert_found(found, (("فيات", "ORG"), ("فيات كرايسلر", "ORG")))
    assert sum(x == "فيات" for x, _ in found) == 1, found
    assert not any("اللذان" in x for x, _ in found), found


def test_batch_108_pairs_of_people_cups_and_mosques():
    """Batch 108: a noun of a pair before two people names the first where the second is found («الثنائي إيفولو ومحمد
    مجرشي», «الثنائي باسم العطا الله وأحمد الرحيلي», «الزوجان جين وفيل تومكينز»; pair_nouns.txt); «كأس الاتحاد» is the
    federation's cup, no Jeddah club; a past verb in ى whose present the corpus writes is no foreign title («المسلسل
    حاكى طموحات الشباب»); a mosque in a town is no facility named «ببلدة …» («داخل مسجد ببلدة العوامية»); Telstra and
    Al-Qudaih in the lists."""
    found, _ = ents('بعد إصابة الثنائي إيفولو ومحمد مجرشي، وفضله على الثنائي باسم العطا الله وأحمد الرحيلي. وأسس الزوجان '
                    'جين وفيل تومكينز، اللذان يقيمان في فريبورت، شركة. وسيبدأ كأس الاتحاد لأندية الدرجة الأولى. وقالت '
                    'إن المسلسل حاكى طموحات '
                    'الشباب. وفجر نفسه داخل مسجد ببلدة العوامية، واحتفاء بشهداء الصلاة في القديح. وشبكة تلسترا في '
                    'أستراليا.')
    assert_found(found, (("إيفولو", "PERS"), ("باسم العطا الله", "PERS"), ("جين", "PERS"), ("كأس الاتحاد", "MISC"),
                         ("العوامية", "LOC"), ("القديح", "LOC"), ("تلسترا", "ORG")))
    assert not any(x in ("حاكى", "الاتحاد") or x.startswith("مسجد") for x, _ in found), found


def test_batch_109_broadcasting_a_verb_as_title_and_a_town_after_a_festival():
    """Batch 109: «إذاعة» before a definite plural in ات is broadcasting, no radio station («لإذاعة المباريات»; «إذاعة
    القرآن الكريم» stays one); an imperfect verb is no foreign title («المسلسل يهين رجال الدين»); a club named like its
    town, confirmed once in a sports-minded article, is still the town after an event's or a site's noun («مهرجان أبها
    للتسوق», «بحديقة أبها الجديدة»)."""
    found, _ = ents('منح المدرب الضوء الأخضر لإذاعة المباريات. وقالت إذاعة القرآن الكريم إن. واعتبر بعضهم أن المسلسل '
                    'يهين رجال الدين. وتقام عروض بحديقة أبها الجديدة ضمن مهرجان أبها للتسوق، وبطولة عسير لتسلق '
                    'الجبال. وفاز نادي أبها على الطائي في الدوري.')
    assert_found(found, (("إذاعة القرآن الكريم", "ORG"), ("مهرجان أبها للتسوق", "MISC")))
    assert not any(x in ("يهين", "إذاعة المباريات") for x, _ in found), found
    assert ("أبها", "LOC") in found, found



def test_review_mends_of_batches_105_to_109():
    """A review of batches 105-109 found rules that fired too widely, now mended: the titles «المهندسة», «الأستاذة» and
    the office «مهندس» are gone again (they lost «المهندس باسم الصديق», «الأستاذة لطيفة السعد», and made «أستاذه», his
    teacher, a title); «اللواتي» is a family name, no stop word; a pair noun's first item ends before the و of another
    («اللاعبين عمر وخالد»: «عمر», not «عمر وخالد»); a club after a league's or a ground's noun stays the club («بطل الدوري
    تشيلسي», «ملعب تشيلسي»); «وآبل» is و + Apple (the deaths rule needs the word as the noun writes it); bare «قرة باغ»
    is no place (the club in a sports report; the region keeps «ناغورني»)."""
    found, _ = ents('وقالت الأستاذة لطيفة السعد إن. وقال المهندس باسم الصديق إن. وعاد إلى أستاذه، تدفقت عواطف الرجلين. '
                    'وقال المدرب التونسي زهير اللواتي إن. وضم الفريق اللاعبين عمر وخالد ومحمد الشهري. وتوج بطل الدوري '
                    'تشيلسي في ملعب تشيلسي. وارتفعت أسهم مايكروسوفت وآبل تتفرج. وفاز الفريق على ضيفه قرة باغ.')
    assert_found(found, (("لطيفة السعد", "PERS"), ("باسم الصديق", "PERS"), ("زهير اللواتي", "PERS"), ("عمر", "PERS"),
                         ("تشيلسي", "ORG"), ("آبل", "ORG")))
    assert not any(x.startswith(("تدفقت", "عمر وخالد", "الدوري")) or (x, t) in (("تشيلسي", "LOC"), ("قرة باغ", "LOC"))
                   for x, t in found), found


def test_batch_110_teams_brackets_interviews_quoted_firms_and_spacecraft():
    """Batch 110: American football teams by their towns and names («نيو انجلند باتريوتس», «سياتل سيهوكس»: no places);
    a squad list's clubs alone in brackets after the players («بوسريع ( هجر )», «الشريف ( الوحدة )»); a paper quoted
    after an interview's noun and «مع» («في حوار مع «الشرق الأوسط»», though the article names the region too); a
    quoted Latin name closing a firm's description («شركة أبحاث السوق والاستشارات "TechSci"»); a spacecraft's quoted
    name («مركبة الفضاء "نيو هورايزونز"»); ك before a given name in a list of people («كمحمد العتيبي»); «بريده
    الإلكتروني», his e-mail, no Buraydah."""
    found, _ = ents('خاض باتريوتس المباراة ضد انديانابوليس كولتس، وفاز نيو انجلند باتريوتس على سياتل سيهوكس. وضمت '
                    'قائمة المنتخب: سعد بوسريع ( هجر ) وعبدالمجيد الشريف ( الوحدة ). وقال كبير الاقتصاديين لمنطقة '
                    'الشرق الأوسط في حوار مع «الشرق الأوسط» إن. وبحسب شركة أبحاث السوق والاستشارات "TechSci" فإن '
                    'المبيعات تراجعت. والتقطتها مركبة الفضاء "نيو هورايزونز" أمس. وشارك فنانون كمحمد العتيبي. ويرسل '
                    'الطالب بريده الإلكتروني.')
    assert_found(found, (("باتريوتس", "ORG"), ("انديانابوليس كولتس", "ORG"), ("نيو انجلند باتريوتس", "ORG"),
                         ("سياتل سيهوكس", "ORG"), ("هجر", "ORG"), ("الوحدة", "ORG"), ("الشرق الأوسط", "LOC"),
                         ("الشرق الأوسط", "ORG"), ("TechSci", "ORG"), ("نيو هورايزونز", "MISC"), ("محمد العتيبي", "PERS")))
    assert not any(x in ("بريده", "سياتل", "انديانابوليس", "كمحمد العتيبي") for x, _ in found), found


def test_one_club_in_brackets_is_no_squad_list():
    """Bare club names alone in brackets are clubs where two or more stand so (a squad list); one alone may be a word:
    «أيامها الحلوة (الشباب)» is youth."""
    from kit.entities.recognise import article_domain_candidates

    def clubs(t):
        return [t[c.start:c.end] for c in article_domain_candidates(t, [tokens_of(t)], resources(), True)]

    assert clubs("ضمت القائمة سعد بوسريع ( هجر ) وعبدالمجيد الشريف ( الوحدة )") == ["هجر", "الوحدة"]
    assert clubs("كنت كأي صبية في أيامها الحلوة (الشباب) أبتهج") == []


def test_batch_111_contests_titles_people_cities_and_spacecraft():
    """Batch 111: a contest's short Latin name in brackets («مسابقة (PX3)»; a term's acronym stays out); a book's
    quoted title after «بعنوان:» and its colon; Theo Walcott (no و + Al-Kut) and Riad Salameh (no «سلامة», safety,
    without him); Minneapolis as the press spells it, which keeps a list of American cities whole; «نسيج موصل», a
    conductive fabric, no Mosul; the Islamic Fiqh Academy; a given name that is a place before «آل» after a title
    («المستشارة آسيا آل الشيخ»); Apollo 11 and the Hubble telescope."""
    found, _ = ents('فازت المصورة بالذهبية في مسابقة (PX3) الفرنسية. وقلل الدواء البروتينات منخفضة الكثافة (LDL). وصدر '
                    'كتاب بعنوان: "تجليات الإعاقة في التراث الشعبي" للدكتور سيد. وسجل ثيو والكوت هدفا. وقال رياض سلامة '
                    'إن. وتحسن النشاط في كليفلاند ومينيابوليس وكانساس سيتي ودالاس. وطور العلماء نسيج موصل جديدا. '
                    'وفق قرارات مجمع الفقه الإسلامي. وتم تكليف المستشارة آسيا آل الشيخ عضوة. وعاد طاقم أبولو 11 '
                    'والتقط تلسكوب هابل صورا. وقالت إن السلامة أولا.')
    assert_found(found, (("PX3", "MISC"), ("تجليات الإعاقة في التراث الشعبي", "MISC"), ("ثيو والكوت", "PERS"),
                         ("رياض سلامة", "PERS"), ("مينيابوليس", "LOC"), ("كانساس سيتي", "LOC"), ("دالاس", "LOC"),
                         ("مجمع الفقه الإسلامي", "ORG"), ("آسيا آل الشيخ", "PERS"), ("أبولو 11", "MISC"),
                         ("تلسكوب هابل", "MISC")))
    assert not any(x in ("LDL", "الكوت", "موصل", "آسيا", "السلامة") for x, _ in found), found


def test_batch_112_temples_planets_journeys_and_a_club_in_its_town():
    """Batch 112: a temple's quoted name («معبد «أبو سمبل»», `quote_triggers.tsv`); Ramesses II, the Egyptian Museum, the
    Valley of the Kings and the Empire State Building in the lists; a planet is no body («كوكب بلوتو»); a journey a
    few words before «إلى», a team between, goes to the town, not to the club named after it («وصلت بعثة فريق الاتحاد
    إلى جدة»), not past an object («وقدم أرسنال عرضا إلى دورتموند»); a definite head and its town is no name («ملعب
    النادي بسيهات»). (A review took back «معبد» as a facility's head and «المياه الوطنية» as the company's short name:
    they ran names on too far and cut «شركة» off the company's.)"""
    found, _ = ents('خبر رياضي عن الدوري. وصلت بعثة فريق الاتحاد إلى جدة قادمة من ميلانو، وقدم أرسنال عرضا إلى '
                    'دورتموند لضم اللاعب، ويكمل الفريق إعداده في ملعب النادي بسيهات. وبني معبد نفرتاري بجوار معبد «أبو '
                    'سمبل» الذي بناه رمسيس الثاني، ونقلت مومياؤه إلى المتحف المصري من وادي الملوك. وأضاء مبنى "إمباير '
                    'ستيت" صورا. وقال علماء إن كوكب بلوتو أكبر. وأطلقت «المياه الوطنية» فرعها الإلكتروني.')
    assert_found(found, (("جدة", "LOC"), ("دورتموند", "ORG"), ("سيهات", "LOC"), ("أبو سمبل", "LOC"),
                         ("رمسيس الثاني", "PERS"), ("المتحف المصري", "LOC"), ("وادي الملوك", "LOC"), ("إمباير ستيت", "LOC")))
    assert not any(x in ("النادي بسيهات", "كوكب بلوتو") or (x, t) in (("جدة", "ORG"), ("أبو سمبل", "PERS"))
                   for x, t in found), found


def test_batch_113_states_museums_faculties_and_gulf_bodies():
    """Batch 113: a country after «دولة» is the country («بدولة قطر الشقيقة»; «دولة» is also a premier's title, «دولة
    الرئيس نبيه بري»); no site named by what it is for («متحف لعرض السيارات», «أقرب مسجد لبيت الراحل»); «أعضاء هيئة
    التدريس», «شركة التأمين» no bodies; GCC-Stat and «مجلس التعاون لدول الخليج العربي» whole; Radamel Falcao. (A
    review took back «متحف» as a facility's head: the name ran on over adjectives and verbs, «متحف المصمك الواقع».)"""
    found, _ = ents('أقيم الحفل في مدينة الدوحة بدولة قطر الشقيقة، وقال دولة الرئيس نبيه بري إن. وخضع متحف بوخهايم للخيال '
                    'لتغيير، وبجانبه متحف لعرض السيارات الكلاسيكية، ووقع الهجوم على متحف باردو. وتستهدف الدورة أعضاء '
                    'هيئة التدريس، وستقوم شركة التأمين بالدفع. وبحسب المركز الإحصائي لدول الخليج فإن دول مجلس التعاون '
                    'لدول الخليج العربي تنمو. وتوقع كوستا نجاح فالكاو في تشيلسي. وصلى في أقرب مسجد لبيت الراحل.')
    assert_found(found, (("قطر", "LOC"), ("نبيه بري", "PERS"), ("المركز الإحصائي لدول الخليج", "ORG"), ("مجلس التعاون لدول الخليج العربي", "ORG"),
                         ("فالكاو", "PERS")))
    assert not any(x.startswith(("قطر الشقيقة", "متحف لعرض", "هيئة التدريس", "شركة التأمين", "مسجد لبيت")) for x, _ in found), found


def test_review_mends_of_batches_110_to_113():
    """A review of batches 110-113 on 4,000 corpus articles found rules that fired too widely, now mended: ك opens a
    given name of four letters or more only («كيان الاتحاد», an entity, is no ك + «يان»); bare clubs in brackets are
    a squad list's only where two clubs or more stand so and no bracket holds a place that names no club («السلطان
    (الرياض)، وأبوشاهين (مكة المكرمة)» are referees' regions); a journey's word a few words back needs a team between
    («قدوم صلاح إلى روما» is a player's move); «بريده الإلكتروني» is his e-mail, «موقع أبها الإلكتروني» keeps the town;
    «الملكة» stays out of the queen's name; «شركة المياه الوطنية» keeps its «شركة»."""
    from kit.entities.recognise import _travel_before, article_domain_candidates

    found, _ = ents('وأصبح كيان الاتحاد أقوى. وزار موقع أبها الإلكتروني. وتحدثت الملكة نفرتاري. وأبلغ شركة المياه '
                    'الوطنية بالمشكلة.')
    assert_found(found, (("أبها", "LOC"), ("نفرتاري", "PERS"), ("شركة المياه الوطنية", "ORG")))
    assert not any(x.startswith(("يان", "الملكة")) for x, _ in found), found
    t = "وضمت القائمة عبدالرحمن السلطان (الرياض)، وحسين أبوشاهين (مكة المكرمة)، ومحمد الشهري (نجران)"
    assert [t[c.start:c.end] for c in article_domain_candidates(t, [tokens_of(t)], resources(), True)] == []
    t = "وضمت القائمة سعد بوسريع ( هجر ) وعلي الحربي من (الوحدة)"  # (from a club: no squad list's bracket)
    assert [t[c.start:c.end] for c in article_domain_candidates(t, [tokens_of(t)], resources(), True)] == []
    toks = tokens_of("قدوم صلاح إلى روما")
    assert not _travel_before(toks, 2)


def test_batch_114_police_parks_bracketed_firms_and_rare_family_names():
    """Batch 114 (economy, sport, culture, technology): the police of a region or a town is one body, its place inside
    («شرطة منطقة مكة المكرمة», «شرطة الرياض»); parks and forests are places, «متنزه الردف», «حديقة أبوخيال», while «حديقة
    الحيوان» names none; a company's foreign name in brackets after «شركة», as in quotes; a family name in «ان» whose word
    cluster the corpus rarely fills keeps the name whole («العقيد فواز الميمان»), while a verbal noun does not join it;
    «أمين الصندوق» is the treasurer, no person; the Saudi region «الجوف»; a club named by a common word after a friendly
    «مع» it; a family name with ال in the title before the full name is that person («مع الذوادي في مصر»)."""
    found, _ = ents("وكان المتحدث الإعلامي بشرطة منطقة مكة المكرمة العقيد فواز الميمان أوضح أن شرطة محافظة الليث تلقت بلاغا. "
                    "واكتظت بوابات متنزه الردف، ورمي السهام بحديقة أبوخيال، وزار الأطفال حديقة الحيوان. بينما أنتجتها "
                    "شركة (كوكورو)، وقال أحمد الدحيم أمين الصندوق بالنادي. وتتوزع الوظائف في الباحة، الجوف، الخرج.")
    assert_found(found, (("شرطة منطقة مكة المكرمة", "ORG"), ("فواز الميمان", "PERS"), ("شرطة محافظة الليث", "ORG"),
                         ("متنزه الردف", "LOC"), ("حديقة أبوخيال", "LOC"), ("كوكورو", "ORG"), ("أحمد الدحيم", "PERS"),
                         ("الجوف", "LOC")))
    assert not any(x.startswith(("حديقة الحيوان", "أمين الصندوق", "منطقة مكة", "الليث")) for x, _ in found), found
    found, _ = ents("وفي التفاصيل شرع الوحدة في معسكره وخسر الفريق مباراة ودية مع أحد في القاهرة بنتيجة 1-صفر ضمن "
                    "استعدادات الدوري، وتحدث في لقاء مع أحد اللاعبين.")
    assert ("أحد", "ORG") in found and found.count(("أحد", "ORG")) == 1, found
    a = analyze_text("الوحدة يعلن توثيق تعاقده مع الذوادي في مصر\n\nأعلنت إدارة الوحدة تعاقدها مع المهاجم التونسي زهير "
                     "الذوادي لارتداء شعار الفريق.", dct="2015-08-06")
    assert [(m.text, m.type) for m in a.entities.mentions if "الذوادي" in m.text][:2] == [("الذوادي", "PERS"), ("زهير الذوادي", "PERS")]
    found, _ = ents("ونقلت الطائرة الركاب وقال كيري الطيران الأمريكي جاهز.")
    assert not any("الطيران" in x for x, _ in found), found
    # (a garden of some kind is no name; a park named after a person keeps its head though a town bears the name;
    # «سلطان» before a family name that is also a word stays a man, «المشرف على الفعاليات سلطان النوة»)
    found, _ = ents("تطل على حديقة غناء، وفيها حديقة ألعاب خاصة بالأطفال، قرب متنزه الشيخ زايد. وأكد المشرف الفني على "
                    "الفعاليات سلطان النوة أن الجمعية دأبت على ذلك.")
    assert_found(found, (("متنزه الشيخ زايد", "LOC"), ("سلطان النوة", "PERS")))
    assert not any(x.startswith("حديقة") for x, _ in found), found
    found, _ = ents("وتتخوف الشرطة البريطانية من ذلك، وقالت البورصة المصرية إن التداول ارتفع.")
    assert ("البورصة المصرية", "ORG") in found and not any("الشرطة" in x for x, _ in found), found



def test_review_mends_of_batch_114():
    """A review of batch 114 on 1,800 corpus articles: a park's name stops before و or بـ and what follows («منتزه الردف
    السياحي الجديد والاعتداء», «حديقة الطيور بالعثيم مول»); a garden of some kind by a word the corpus writes with ال,
    «حديقة مجهزة بألعاب», is no name; a name after a country's police is a person, not a field of ل + a noun
    («الشرطة الإسرائيلية لوبا السمري»); «البورصة السعودية» stays the exchange."""
    found, _ = ents("وقعت فوضى أمام بوابة منتزه الردف السياحي الجديد والاعتداء على رجل أمن، وتم إنشاء حديقة مجهزة بألعاب "
                    "الأطفال. وتجذب حديقة الطيور بالعثيم مول ببريدة الزوار. وقالت الناطقة باسم الشرطة الإسرائيلية لوبا "
                    "السمري إن البورصة السعودية أغلقت.")
    assert_found(found, (("منتزه الردف السياحي الجديد", "LOC"), ("لوبا السمري", "PERS"), ("البورصة السعودية", "ORG")))
    assert not any(x.startswith(("حديقة مجهزة", "الشرطة")) or x.endswith(("والاعتداء", "مول")) for x, _ in found), found
    # (و and another site's head open the next name: «مطار الجوف ومطار القاهرة الدولي», two airports, each named by its
    # town as ANERcorp draws it)
    found, _ = ents("وتسير الرحلات ما بين مطار الجوف ومطار القاهرة الدولي، وبين مطار الملك خالد ومطار الملك عبدالعزيز.")
    assert_found(found, (("الجوف", "LOC"), ("القاهرة", "LOC"), ("مطار الملك خالد", "LOC"), ("مطار الملك عبدالعزيز", "LOC")))
    assert not any(" ومطار" in x for x, _ in found), found
    # (a park's quoted name after its head, quote_triggers.tsv: «حديقة «عين نجم»»)
    found, _ = ents("تفتح حديقة «عين نجم» التاريخية أبوابها للزوار.")
    assert ("عين نجم", "LOC") in found, found


def test_batch_115_artists_and_trinidad():
    """Batch 115: a visual artist after her profession, «التشكيلية سامية الغامدي» (women's given names «سامية»,
    «راوية» in the hand list; «أهداف سامية» stays an adjective); «ترينداد وتوباجو» as the press spells it."""
    found, _ = ents("حصلت على المركز الأول التشكيلية سامية الغامدي عن عمل، ثم التشكيلية راوية العمري. وتسعى الجمعية "
                    "لتحقيق أهداف سامية. ثم جامايكا ثم ترينداد وتوباجو.")
    assert_found(found, (("سامية الغامدي", "PERS"), ("راوية العمري", "PERS"), ("ترينداد وتوباجو", "LOC")))
    assert not any(x.startswith("سامية") and x != "سامية الغامدي" for x, _ in found), found


def test_batch_116_roles_clubs_festivals_and_seats():
    """Batch 116: a role completed by «وسط» or «الحراس» before the club or the name (role_complements.txt); a
    definite word a club's apposition follows, «الجيل أحد فرق الدرجة الأولى» (club_appositions.txt); a season and a
    town after «فعاليات» are the festival (season_festival_cues.txt); a seat named «برشلونة» is the city (the club
    list, not the organisation list, holds the bare name); «ود.» in a list opens a doctor's name, no sentence ends
    there; an accusative adjective after «اللاعب» is no name; ل + a word the corpus writes with ال is no place."""
    found, _ = ents("وسجل المهاجم هدفين في المباراة. وتعاقد النادي مع لاعب وسط النصر رياض شراحيلي، وأشرف مدرب الحراس "
                    "هيغيتا على التدريبات، وخاض الفريق مباراة ودية أمام الجيل أحد فرق الدرجة الأولى، وسيكون اللاعب جاهزا "
                    "للقاء.")
    assert_found(found, (("رياض شراحيلي", "PERS"), ("هيغيتا", "PERS"), ("الجيل", "ORG")))
    assert not any(x == "جاهزا" for x, _ in found), found
    found, _ = ents("زار مليون زائر فعاليات صيف حائل. وتعاون المركز مع الاتحاد من أجل المتوسط (مقره برشلونة). وشارك "
                    "د. محمد نادر سراج، ود. نسرين بدور، ود. عبدالقادر سبيل. وتعكس مكانة العربية بين لغات الشعوب.")
    assert_found(found, (("صيف حائل", "MISC"), ("الاتحاد من أجل المتوسط", "ORG"), ("برشلونة", "LOC"),
                         ("عبدالقادر سبيل", "PERS")))
    assert any(x.startswith("نسرين") and t == "PERS" for x, t in found), found
    assert not any(x == "غات" for x, _ in found), found
    # (after a definite word, an indefinite أفعل is a verb or a comparative, no more of a site's name)
    found, _ = ents("وقال المتحدث إن مطار الجوف أكمل استعداداته لاستقبال الرحلات.")
    assert not any("أكمل" in x for x, _ in found), found
    assert any(x.endswith("الجوف") for x, _ in found), found


def test_batch_117_credits_bylines_song_lists_and_universities():
    """Batch 117: a credit before a work's noun names no one («تلحين أوبريت مهرجان الجنادرية»); a particle before a
    paragraph's dash makes no dateline outlet («خاصة أن أشهر ألحانه -الأماكن-»), while «أحمد علي- سبق-» stays a
    byline; quoted titles after a definite plural work noun («في الأغاني "…" و"…"»); a lone foreign name after a
    profession and a country's adjective before ك and a noun («اللاعب الفنزويلي يوهاندري كلاعب آسيوي»); Harvard,
    Stanford, the FDA and Handelsblatt in the organisations' core."""
    found, _ = ents("حتى استحق تلحين أوبريت مهرجان الجنادرية لأكثر من مرة، وغنت معه نوال الكويتية في الأغاني \"الغريب "
                    "اني أعاني\" و\"يا سيدهم وينك\" و\"غلطة\" وغيرها.\nخاصة أن أشهر ألحانه -الأماكن- عبارة عن جمل لحنية.")
    assert_found(found, (("مهرجان الجنادرية", "MISC"), ("الغريب اني أعاني", "MISC"), ("يا سيدهم وينك", "MISC")))
    assert not any(x.startswith(("أوبريت", "خاصة")) for x, _ in found), found
    found, _ = ents("أحمد علي- سبق- القاهرة: تعاقد الاتحاد مع اللاعب الفنزويلي يوهاندري كلاعب آسيوي، ودرس المدرب في "
                    "جامعات عريقة كهارفارد، وستانفورد. ووافقت إدارة الغذاء والدواء الأميركية على العقار، وقال لصحيفة "
                    "هاندلسبلات الألمانية إنه سعيد.")
    assert_found(found, (("أحمد علي", "PERS"), ("سبق", "ORG"), ("يوهاندري", "PERS"), ("هارفارد", "ORG"), ("ستانفورد", "ORG"),
                         ("إدارة الغذاء والدواء الأميركية", "ORG"), ("هاندلسبلات", "ORG")))


def test_batch_118_and_the_review_of_batches_116_and_117():
    """Batch 118: بـ and a large place end a name after a title («مطاري الملك عبدالله بجازان»), while a small place's
    letters may be a surname («سامنثا باور»: no بـ + Ur); كـ and a noun right after a team's noun name no team («كل
    فريق كوحش كاسر»). The review's mends: a club's apposition needs «أحد» bare («بالانتقال الحر لأحد الأندية» is no
    club) and no adjective the clubs' list lacks («فريق همتي التطوعي أحد الفرق»), while «الأهلي» stays the club."""
    found, _ = ents("بدأ الخط الدولي بين مطاري الملك عبدالله بجازان ودبي، وقالت السفيرة سامنثا باور إن الاتفاق جيد. يقف "
                    "النقص في كل فريق كوحش كاسر يؤثر على الأداء.")
    assert_found(found, (("جازان", "LOC"), ("سامنثا باور", "PERS")))
    assert not any("بجازان" in x or x.startswith("كوحش") for x, _ in found), found
    found, _ = ents("وسجل المهاجم هدفا في المباراة. ومن ثم الاستفادة بالانتقال الحر لأحد الاندية الكبيرة، وفريق همتي "
                    "التطوعي أحد الفرق تحت مظلة الجمعية، والأهلي أحد فرق الدوري.")
    assert ("الأهلي", "ORG") in found, found
    assert not any(x in ("الحر", "التطوعي") for x, _ in found), found


def test_re_read_of_the_twenty_third_session():
    """Claims of the session's notes, each backed: «ود.» in a list ends no sentence, and the title's rule reads
    «نسرين بدور» whole (a comma closes it; بـ + «دور» is no noun there); «اللياقة البدنية» completes a coach's noun;
    «زوار» before a season and a town makes the festival; the FDA's bare name is no body the lists know, so the
    drug quoted after it is no short name of it («إدارة الغذاء والدواء "بروفنج"»)."""
    from kit.entities.recognise import abbreviated_title_candidates, text_of
    from kit.text.article import split_sentences
    t = "شارك د. محمد سراج، ود. نسرين بدور، ود. عبدالقادر سبيل. وجاء هذا"
    assert [t[s:e] for s, e in split_sentences(t)] == ["شارك د. محمد سراج، ود. نسرين بدور، ود. عبدالقادر سبيل.", "وجاء هذا"]
    assert [text_of(t, c) for c in abbreviated_title_candidates(t, tokens_of(t), resources())] == [
        "محمد سراج", "نسرين بدور", "عبدالقادر سبيل"]
    found, _ = ents("وقال مدرب اللياقة البدنية ماركو إن الفريق جاهز. وبلغ عدد زوار صيف أبها مليون زائر.")
    assert_found(found, (("ماركو", "PERS"), ("صيف أبها", "MISC")))
    found, _ = ents("عندما أعطت إدارة الغذاء والدواء \"بروفنج\" الضوء الأخضر في عام 2010")
    assert not any(x == "بروفنج" and typ == "ORG" for x, typ in found), found


def test_batch_119_sites_named_after_titled_people_feasts_troupes_and_envoys():
    """Batch 119: a site named after a titled person by «مدينة» («مدينة الملك عبدالعزيز الطبية»), ending before a
    verb or a place; with a field after it, «للطاقة», the body (ORG), and a body the lists know stays whole (KACST,
    also cut short «… للعلوم»); a
    hall named after a person after a proclitic («بقاعة عبدالرحمن المريخي»); a feast's noun and a town are the
    town's festival («عيد الرياض»; a country's Eid stays the country); a troupe's name whose first letter could be
    و («فرقة وارف المسرحية»); the report's own country after «لدى» ends an ambassador's office and a foreign name
    follows; «ورشة» is no و + name before a company's field; «منظومة» + a definite word is no weapon's model;
    «رائد» before a family name is a given name (given_names_common.txt), before «الفضاء» the word."""
    found, _ = ents("ونقل المصاب إلى مدينة الملك عبدالعزيز الطبية بالحرس الوطني، وقالت إن مدينة الملك سعود الطبية تواصلت "
                    "مع المرضى. وأكد أن مدينة الملك عبدالعزيز للعلوم تتجه نحو دور أكبر مع مدينة الملك عبدالعزيز للعلوم "
                    "والتقنية، ومدينة الملك عبدالله للطاقة والغرفة التجارية.")
    assert_found(found, (("مدينة الملك عبدالعزيز الطبية", "LOC"), ("مدينة الملك سعود الطبية", "LOC"),
                         ("مدينة الملك عبدالعزيز للعلوم", "ORG"), ("مدينة الملك عبدالعزيز للعلوم والتقنية", "ORG"),
                         ("مدينة الملك عبدالله للطاقة", "ORG"), ("الغرفة التجارية", "ORG")))
    assert not any(x in ("عبدالعزيز", "سعود") for x, _ in found), found
    found, _ = ents("وقدم العرض يوم امس الأول بقاعة عبدالرحمن المريخي، ضمن فعاليات عيد الرياض، وتعاونت الجمعية مع فرقة "
                    "وارف المسرحية بالاحساء. وقالوا إن عيد اليمن عيدان.")
    assert_found(found, (("قاعة عبدالرحمن المريخي", "LOC"), ("عيد الرياض", "MISC"), ("فرقة وارف المسرحية", "ORG"),
                         ("اليمن", "LOC")))
    assert not any(x == "عبدالرحمن المريخي" or x == "عيد اليمن" for x, _ in found), found
    found, _ = ents("وبحضور سفير فرنسا لدى المملكة برتران بيزنسنو، عقد الاجتماع. وعمل عامل داخل ورشة للصناعات الصغيرة، "
                    "وتتصل الأبحاث بمنظومة الكهرباء في قطاع التوزيع. ودخل رائد الغامدي بدلا من زميله، وقال رائد الفضاء "
                    "إنه سعيد.")
    assert_found(found, (("برتران بيزنسنو", "PERS"), ("رائد الغامدي", "PERS")))
    assert not any(x in ("رشة للصناعات", "الكهرباء") or x.startswith("رائد ال") and x != "رائد الغامدي"
                   for x, _ in found), found


def test_batch_120_districts_agencies_outlets_and_accusatives():
    """Batch 120: «مديرية» and a place's name is a district (LOC), with a common noun a directorate (ORG); a news
    agency's adjective alone in quotes opening a photo's credit or after «بحسب» is the agency (not the language after
    «استعمال», nor the adjective unquoted); a paper in quotes after «نشر في» or «خص به»; one indefinite noun in
    quotes after لـ and a town right after it is no outlet («لـ«عيد» طبرجل»); a profession and its adjective in the
    accusative are no name («باعتباره ناقدا موسيقيا»)."""
    found, _ = ents("وتقدمت القوات في مديرية صرواح بمحافظة مأرب، ووصل إلى مسقط رأسه بمديرية غيل باوزير، وقال مدير مديرية "
                    "التربية والتعليم إن مديرية أمن عدن جاهزة.")
    assert_found(found, (("صرواح", "LOC"), ("مأرب", "LOC"), ("غيل باوزير", "LOC"), ("مديرية التربية والتعليم", "ORG")))
    assert not any(x.startswith("مديرية صرواح") or x.startswith("مديرية غيل") for x, _ in found), found
    found, _ = ents("ارتفعت الأسعار 2 في المائة. «الفرنسية» عامل داخل مصنع سيارات. وبحسب \"الألمانية\" فقد ارتفعت "
                    "الصادرات الألمانية، وتحدث باللغة الفرنسية. وقال ميتشيل في حديث خص به \"الاقتصادية\" إن الصفقة "
                    "انتهت، ورد على ما نشر في \"الوطن\" أمس.")
    assert_found(found, (("الفرنسية", "ORG"), ("الألمانية", "ORG"), ("الاقتصادية", "ORG"), ("الوطن", "ORG")))
    assert sum(x == "الفرنسية" for x, _ in found) == 1 and sum(x == "الألمانية" for x, _ in found) == 1, found
    found, _ = ents("60 ألف زائر لـ«عيد» طبرجل. وكان باعتباره ناقدا موسيقيا سابقا يتمسك بآرائه.")
    assert not any(x in ("عيد", "ناقدا موسيقيا", "موسيقيا") for x, _ in found), found


def test_batch_121_and_the_review_of_batches_119_and_120():
    """Batch 121: «دارة» heads a foundation's name («دارة الملك عبدالعزيز», org_heads.tsv); after «الذي» a verb
    («طالب») is no name before a coach's role; «اتليتيكو» alone is Atlético; after «د.» a given name that is also a
    word and a family name a comma closes are the doctor's («ود. أمينة الجبرين،»). The review's mends: a district's
    name stops at a verb and at و («مديرية يريم سيعني», «مودية والوضيع»); ب and a word end a name after an office
    («جوزيف ويستفول بأشد العبارات»); a given name of two words, «عبد الله», «عبد المنعم», does not break a site's
    name nor make a theatre's; a quoted agency's adjective after «لـ» or a colon is the language."""
    found, _ = ents("وذهبت الجائزة إلى \"دارة الملك عبدالعزيز\" عن إصدارها. وكان المدافع أحمد العوفي الذي طالب مدرب "
                    "النادي الأهلي بتجديد عقده، وقال اتليتيكو في موقعه إن الصفقة تمت. وفاز كل من د. غادة الطريف، ود. "
                    "أمينة الجبرين، ود. وفاء خنكار.")
    assert_found(found, (("دارة الملك عبدالعزيز", "ORG"), ("أحمد العوفي", "PERS"), ("اتليتيكو", "ORG"),
                         ("أمينة الجبرين", "PERS")))
    assert not any(x in ("عبدالعزيز", "طالب") for x, _ in found), found
    found, _ = ents("والسيطرة على مديرية يريم سيعني قطع الامداد، ومنطقة العين التابعة لمديرية مودية والوضيع. وأكد سفير "
                    "الولايات المتحدة لدى المملكة جوزيف ويستفول بأشد العبارات التفجير. وأقيم اللقاء بمدينة الأمير عبد "
                    "الله بن جلوي الرياضية بالأحساء، وعرضت المسرحية على مسرح عبد المنعم جابر بالإسكندرية.")
    assert_found(found, (("يريم", "LOC"), ("مودية", "LOC"), ("جوزيف ويستفول", "PERS"),
                         ("مدينة الأمير عبد الله بن جلوي الرياضية", "LOC")))
    assert not any(x in ("مسرح عبد المنعم", "مدينة الأمير عبد الله") or x.endswith(("سيعني", "والوضيع", "بأشد"))
                   for x, _ in found), found
    found, _ = ents("ترجم الكتاب لـ\"الفرنسية\" العام الماضي. وقالت: \"الفرنسية\" لغة جميلة.")
    assert not any(t == "ORG" for _, t in found), found


def test_batch_122_function_words_leagues_and_literary_clubs():
    """Batch 122: a function word («بأن») opens no name after a title (there «الشيخ» is a surname), and no alias
    spreads from it; a quoted sponsor's name after «دوري» or «كأس» is the competition (MISC); «من مديرية لأخرى» names
    no district; a definite event head takes no body's head in construct («هذه البطولة الاتحاد الأمريكي للتنس»); a
    town's literary club («نادي جدة الأدبي») makes no football club of the town elsewhere; «بوكا» alone is Boca Juniors
    in a sports report, and «سجن بوكا» stays a prison."""
    found, _ = ents("وأفاد الشيخ بأن السندات إذ كانت مستمرة. وقال إن السندات الحكومية ستزاحم القطاع الخاص.")
    assert not any("السندات" in x for x, _ in found), found
    found, _ = ents("قال الأمين العام بان كي مون إن المنظمة قلقة.")
    assert_found(found, (("بان كي مون", "PERS"),))
    found, _ = ents("ويتطلع المدرب لمنافسات دوري «عبداللطيف جميل» السعودي للمحترفين، وفاز الفريق بكأس \"السوبر\".")
    assert_found(found, (("عبداللطيف جميل", "MISC"), ("السوبر", "MISC")))
    assert not any(t == "PERS" for _, t in found), found
    found, _ = ents("وعند الانتقال من مديرية لأخرى تكون الأجرة 500 ريال. كما يشرف على هذه البطولة الاتحاد الأمريكي للتنس.")
    assert_found(found, (("الاتحاد الأمريكي للتنس", "ORG"),))
    assert not any(x in ("لأخرى", "أخرى") or x.startswith("البطولة") for x, _ in found), found
    found, _ = ents("اختتمت مسرحيات العيد التي شهدت عدة مواقع بجدة، ففي مركز المعارض أقيمت مسرحية تتناول الفرص التي "
                    "تقدمها الحكومة للشباب، وهي من بطولة الفنان سامي الحربي، وعلى مسرح نادي جدة الأدبي تختتم مسرحية أخرى.")
    assert ("جدة", "LOC") in found and ("جدة", "ORG") not in found, found
    found, _ = ents("وسجل تيفيز الهدف الثاني لبوكا في الدقيقة 53 من مباراة الدوري الأرجنتيني.")
    assert_found(found, (("بوكا", "ORG"),))
    found, _ = ents("وأمضى البغدادي سنوات في سجن بوكا بالعراق قبل أن يقود التنظيم.")
    assert not any(x == "بوكا" and t == "ORG" for x, t in found), found


def test_batch_123_short_foreign_names_verbs_after_professions_bodies_and_lists():
    """Batch 123: a short word in ي the corpus never writes with ت or ن is a foreign name, not a verb («جان كلود
    يونكر», and «يونكر» again alone); a future verb of three letters («سيضع») and a past verb of "she" after a woman's
    profession («الممثلة قرأت») open no name; a definite body's head, any relational adjective and a field with لل name
    a body («المؤسسة الشرقية للصحافة والطباعة»); titles after «مؤلفات هي»; a prize's dual in construct announces its
    quoted name («جائزتي «غولدن غلوبز»»); clubs listed after «أندية» in any report; a museum named after a person with
    his lineage («متحف علي بن جهز الذيابي»); «مالكه» (its owner) is no Málaga; «مسابقة الناشئين المحلية» no name."""
    found, _ = ents("قال رئيس المفوضية الأوروبية جان كلود يونكر إن المفاوضات تتقدم. وأكد يونكر أنه لا بد من اتفاق.")
    assert_found(found, (("جان كلود يونكر", "PERS"), ("يونكر", "PERS")))
    found, _ = ents("وأعرب عن ثقته في أن المدرب سيضع التشكيل المناسب. وبسبب البرد فإن الممثلة قرأت مقاطع من نصين.")
    assert not any(t == "PERS" for _, t in found), found
    found, _ = ents("عمل مديرا عاما للمؤسسة الشرقية للصحافة والطباعة والإعلام، وهو عضو في الرابطة الأدبية للثقافة والفكر. "
                    "وله أربعة مؤلفات هي \"مشوار الإصرار والتحدي\"، و\"ثروة التجربة\".")
    assert_found(found, (("لمؤسسة الشرقية للصحافة والطباعة والإعلام", "ORG"),
                         ("الرابطة الأدبية للثقافة والفكر", "ORG"), ("مشوار الإصرار والتحدي", "MISC"),
                         ("ثروة التجربة", "MISC")))
    found, _ = ents("فازت بجائزة «الأوسكار»، بالإضافة إلى جائزتي «غولدن غلوبز». يذكر أن أندية الأهلي، الهلال، والشباب "
                    "هي الوحيدة التي لديها متاجر إلكترونية. وتشارك أندية الشباب في المهرجان.")
    assert_found(found, (("غولدن غلوبز", "MISC"), ("الأهلي", "ORG"), ("الهلال", "ORG"), ("الشباب", "ORG")))
    assert sum(x == "الشباب" for x, _ in found) == 1, found
    found, _ = ents("تفقد 3500 زائر متحف علي بن جهز الذيابي في القرية، بعد أن حول مالكه غرامه بالأفلام إلى تجارة. "
                    "وستكون مسابقة الناشئين المحلية أقوى، لأن مسابقة الناشئين المحلية تبدأ قريبا.")
    assert_found(found, (("متحف علي بن جهز الذيابي", "LOC"),))
    assert not any(x in ("مالكه", "علي بن جهز الذيابي") or x.startswith("مسابقة") for x, _ in found), found


def test_batch_123_lineage_given_names_derbies_and_clauses_after_a_body():
    """A name the model began at «بن» takes the word before it as the given name («سفر بن سويد الغامدي»), not after
    a title or a preposition («الرئيس بن علي», «إلى بن لادن»); «ديربي» alone is a match, no name; و and a past verb of
    "she" end a body's name («مؤسسة غالوب وأطلعت عليه»); «أحد أندية الرياض» keeps the town."""
    found, _ = ents("وقال سفر بن سويد الغامدي إن الخدمات جيدة. ونقلت الرسالة إلى بن لادن.")
    assert_found(found, (("سفر بن سويد الغامدي", "PERS"), ("بن لادن", "PERS")))
    found, _ = ents("ديربي أحد والأنصار يشعل ختام مهرجان الصيف. وفي الاستطلاع الذي أجرته مؤسسة غالوب وأطلعت عليه صحيفة "
                    "ألمانية. وقرر اللاعب الانتقال للعب في أحد أندية الرياض.")
    assert_found(found, (("غالوب", "ORG"), ("الرياض", "LOC")))
    assert not any(x in ("ديربي", "غالوب وأطلعت") or (x, t) == ("الرياض", "ORG") for x, t in found), found


def test_batch_124_a_squad_lists_clubs_and_a_possessive_no_town():
    """Batch 124: a squad list's clubs in brackets stand unless a third of them or more are places that name no club
    (one town among seven clubs, «(السلمية)», is a club the list lacks; «الروضة» is one of the list now); «ميله
    للموسيقى» (his inclination) is no Mila."""
    found, _ = ents("بدأ المنتخب السعودي للشباب معسكره استعدادا لبطولة كأس آسيا. ويضم المنتخب: عبدالرحمن اليامي (الهلال) "
                    "وفادي النويصر (الرائد)، وعادل المولد (الأنصار) وفهد الرشيدي (السلمية) وراشد السالم (الروضة). هل كان "
                    "لاسمه دور في ميله للموسيقى؟")
    assert_found(found, (("الهلال", "ORG"), ("الرائد", "ORG"), ("الأنصار", "ORG"), ("الروضة", "ORG")))
    assert not any(x == "ميله" for x, _ in found), found


def test_the_review_of_batches_123_and_124():
    """A review's mends: «عائلة بن لادن» is the family, no given name «عائلة»; «شركة التبغ والكبريت» is one company (a
    verb takes no ال); «والوجه مدينة ذات تاريخ» keeps the town (a kind word after it is its predicate, no place it is
    in construct with); «الممثلة بريت ماكي» is an actress («بريت» no verb: a name follows, not a common noun)."""
    found, _ = ents("الكشف عن ملابسات تحطم طائرة عائلة بن لادن. ويتسلمه الصندوق من شركة التبغ والكبريت. وقالت الممثلة "
                    "بريت ماكي إن الفيلم نجح.")
    assert_found(found, (("بن لادن", "PERS"), ("التبغ والكبريت", "ORG"), ("بريت ماكي", "PERS")))
    assert not any(x.startswith("عائلة") for x, _ in found), found
    found, _ = ents("زار الوفد مدينة الوجه شمال ينبع، والوجه مدينة ذات تاريخ عريق.")
    assert sum(x == "الوجه" and t == "LOC" for x, t in found) == 2, found


def test_batch_125_sites_named_after_titled_people_given_names_and_club_lists():
    """Batch 125: a person the list knows, after a site's head and a title, names the site («شارع الشيخ محمد بن
    زايد»); a given name alone is the person named in full before when it is no word («ياني»); a word said twice is no
    name («رويدا رويدا»); «هوليوود» and «بالنسيا» are places; «ممشى» heads a site, whose name a participle and its
    preposition end; a credit's noun before two common nouns names no one («بتصوير مشاهد حركة»); a list of clubs
    after «أندية كل من:» goes on past a club no word shares («هجر»)."""
    found, _ = ents("وتقع معظم الوحدات على شارع الشيخ محمد بن زايد، وقد التقى الشيخ محمد بن زايد بالمستثمرين.")
    assert_found(found, (("شارع الشيخ محمد بن زايد", "LOC"), ("محمد بن زايد", "PERS")))
    assert sum(t == "PERS" for _, t in found) == 1, found
    found, _ = ents("يحييه الموسيقار اليوناني «ياني كريسماليس». والموسيقار العالمي اليوناني ياني بدأ شغفه بالموسيقى "
                    "منذ صغره. الباشا: «رويدا رويدا» سننافس بعد معسكر فريقه في بالنسيا الإسبانية. أسماء كبيرة من "
                    "نجوم هوليوود.")
    assert_found(found, (("ياني كريسماليس", "PERS"), ("ياني", "PERS"), ("بالنسيا", "LOC"), ("هوليوود", "LOC")))
    assert not any("رويدا" in x for x, _ in found), found
    found, _ = ents("أقيمت الفعاليات في ساحات ممشى النخيل الواقعة في شارع الملك فهد، وقام الممثل بتصوير مشاهد حركة خطيرة "
                    "بنفسه، من إخراج راضي شحادة.")
    assert_found(found, (("ممشى النخيل", "LOC"), ("شارع الملك فهد", "LOC"), ("راضي شحادة", "PERS")))
    assert not any(x.startswith("مشاهد") or x.endswith("الواقعة") for x, _ in found), found
    found, _ = ents("وتلقى المهاجم عروضا من اندية كل من: التعاون، هجر، الصفا، والرياض.")
    assert_found(found, (("التعاون", "ORG"), ("هجر", "ORG"), ("الصفا", "ORG"), ("الرياض", "ORG")))


def test_batch_126_ali_in_names_chains_of_people_and_the_cast_of_a_film():
    """Batch 126: «علي» written with ي is a name next to a given name, not «على» («وقال محمد علي إن», «وعلي حسين
    العوامي»); the items between two people of a chain joined by و are people, and a list walks on item by item, past
    a last word that reads as a verb («وروبين رايت وجوش»), up to «وسواهم»; «من بطولة» and a foreign name after a film's
    noun is its cast; an indefinite word between two known names ends an event's name («مهرجان فينسيا استرضاء
    هوليوود»); a kunya is a person; «بني مبارك» is a tribe, and a person after a tribe's name follows it; a troupe's
    name in brackets is the troupe's («فرقة (عالم فلة)»); a given name and the same definite word three times is a
    person («مرام القصير»); companies counted or in a sector are none («17 شركة اتصالات», «شركة بالقطاع»)."""
    found, _ = ents("وقال محمد علي إن الفريق جاهز. وحصل محمد على الجائزة. وشارك في المسرحية أحمد الجشي وسلام السنان "
                    "ومنتظر المرهون وحبيب العبندي وعلي حسين العوامي.")
    assert_found(found, (("محمد علي", "PERS"), ("أحمد الجشي", "PERS"), ("سلام السنان", "PERS"), ("منتظر المرهون", "PERS"),
                         ("حبيب العبندي", "PERS"), ("علي حسين العوامي", "PERS")))
    assert found[0] == ("محمد علي", "PERS") and not any("على" in x for x, _ in found), found
    found, _ = ents("يحتشد المهرجان بالممثلين: خذ مثلاً روبرتو دي نيرو وجايك جيلنهال وروبين رايت وجوش برولين وجوني دب "
                    "وكيت مارا وإليزابيث بانكس وسواهم. وعرض فيلم بعنوان «فتاة دنماركية» من بطولة أليسا فيكاندر. "
                    "لا يحاول مهرجان فينسيا استرضاء هوليوود.")
    assert_found(found, (("روبين رايت", "PERS"), ("جوش برولين", "PERS"), ("جوني دب", "PERS"), ("إليزابيث بانكس", "PERS"),
                         ("أليسا فيكاندر", "PERS"), ("مهرجان فينسيا", "MISC"), ("هوليوود", "LOC")))
    assert not any(x.startswith("بطولة") or "استرضاء" in x for x, _ in found), found
    found, _ = ents("واستطاعت (ام نورة) ان تسجل لنفسها حضورا كبيرا في حفل معايدة بني مبارك السنوي بدعوة من مشايخ "
                    "قبيلة بني مبارك. استطاعت مرام القصير أن تقنع سيدات الأعمال، وذكرت مرام القصير أنها تخطط لمعرض، "
                    "وقد حققت مرام القصير نجاحا واسعا.")
    assert_found(found, (("ام نورة", "PERS"), ("مرام القصير", "PERS")))
    assert not any("مبارك" in x for x, _ in found), found
    found, _ = ents("بحضور شيخ قبيلة بني ظبيان عثمان بن عبدالله بن صقر، وقدمت فرقة (عالم فلة) عروضها مع فرقة (ماسة) "
                    "الاستعراضية.")
    assert_found(found, (("عثمان بن عبدالله بن صقر", "PERS"), ("فرقة (عالم فلة)", "ORG"), ("فرقة (ماسة) الاستعراضية", "ORG")))
    assert not any("ظبيان" in x for x, _ in found), found
    found, _ = ents("«11» شركة بالقطاع الخاص تطرح «600» وظيفة، وأعلنت 17 شركة اتصالات نتائجها، وارتفع سهم مؤسسة "
                    "الإمارات للاتصالات (اتصالات) 1.1 في المائة. وزارت اليونيسكو تمبكتو.")
    assert_found(found, (("اتصالات", "ORG"), ("اليونيسكو", "ORG")))
    assert not any(x.startswith("شركة") for x, _ in found), found


def test_batch_127_families_named_with_al_opponents_by_their_country_and_titles_after_events():
    """Batch 127: a person named by «آل» and a family after a word no list knows («هذيل آل شرمة»), not after a
    common noun («بيت آل سعود»); in a sports report the sides after «أمام» named with a country's masculine adjective
    are clubs («أمام الجيل السعودي وأنطاليا التركي»), not the fans («الجمهور السعودي»); a title after an event's name
    opens the next person («ومدير مهرجان أبها للتسوق الأستاذ إبراهيم»); a troupe named after its founder; «إبل» with
    its hamza below is camels, no Apple; «البدع» is heresies unless a kind word names the town; the permanent
    committee for fatwas and the cooperative offices for preaching are bodies."""
    found, _ = ents("وقال هذيل آل شرمة إن الوفد زار بيت آل سعود. وحضر مدير مهرجان أبها للتسوق الأستاذ إبراهيم عسيري، "
                    "وشاركت فرقة صالح الفرج. وإنما ثقافة إبل وخيل، وكتاب التحذير من البدع. وأصدر المكتب التعاوني "
                    "للدعوة والإرشاد وتوعية الجاليات كتابا لعضو اللجنة الدائمة للإفتاء.")
    assert_found(found, (("هذيل آل شرمة", "PERS"), ("مهرجان أبها للتسوق", "MISC"), ("إبراهيم عسيري", "PERS"),
                         ("فرقة صالح الفرج", "ORG"), ("المكتب التعاوني للدعوة والإرشاد وتوعية الجاليات", "ORG"),
                         ("اللجنة الدائمة للإفتاء", "ORG")))
    assert ("إبل", "ORG") not in found and ("البدع", "LOC") not in found, found
    assert not any(x.startswith(("بيت", "الوفد")) for x, _ in found), found
    found, _ = ents("وافتتح محافظ محافظة البدع المشروع الجديد.")
    assert ("البدع", "LOC") in found, found
    found, _ = ents("اختتم الفريق معسكره في تركيا استعدادا للدوري، ولعب خلاله خمس مباريات ودية أمام الجيل السعودي "
                    "وأنطاليا التركي وكارابوك التركي، وتعادل أمام جيرسون التركي، وسجل المهاجم هدفين أمام الجمهور السعودي.")
    assert_found(found, (("الجيل", "ORG"), ("أنطاليا", "ORG"), ("كارابوك", "ORG"), ("جيرسون", "ORG")))
    assert not any("الجمهور" in x for x, _ in found), found


def test_a_review_of_batch_126_writers_who_write_ya_as_alif_maqsura_and_nouns_with_pronouns_in_chains():
    """A review of batch 126 on 1,050 corpus articles: a writer who writes «في» as «فى» writes «علي» as «على» too, so
    there «على صالح» is still «علي صالح»'s other mention (and no «علي» joins a name across a line); a noun with its
    pronoun or ل and a noun is no name word of a chain («ورفيقه ليو لأبحاث»); a sect in brackets is no troupe; «أمام
    نظيره الأمريكي» is the team's counterpart, no club."""
    found, _ = ents("قال الحذيفى فى المؤتمر إن الرئيس المخلوع علي صالح يقود الفتنة، وإن القاعدة وفلول على صالح كلها "
                    "جماعات ارهابية.")
    assert sum(t == "PERS" and x.endswith("صالح") and len(x.split()) == 2 for x, t in found) == 2, found
    found, _ = ents("وقال محمد\nعلي إن الفريق جاهز. ويخضع الشمبانزي هركيولز ورفيقه ليو لأبحاث في جامعة نيويورك. "
                    "وظهرت فرقة (الخوارج) في التاريخ.")
    assert not any("\n" in x or "رفيقه" in x or "الخوارج" in x for x, _ in found), found
    found, _ = ents("وفي الدوري لعب المنتخب البنمي أمام نظيره الأمريكي في المباراة، ثم أمام جيرسون التركي.")
    assert ("جيرسون", "ORG") in found and not any("نظيره" in x for x, _ in found), found


def test_batch_128_channels_with_latin_codes_dateline_look_alikes_and_german_clubs():
    """Batch 128: a short Latin code with a digit after a channel's head is the channel («قناة MBC1»), while one
    alone stays a room's number («الغرفة C24»); «و» and a noun before a dash go on a sentence, no outlet of a dateline
    («والانزياح – لغة – هو …»); Hertha and Arminia Bielefeld by the names the news gives them."""
    found, _ = ents("تبدأ قناة MBC1 ابتداء من يوم الأحد المقبل عرض المسلسل، في الغرفة C24 بالمبنى.")
    assert ("MBC1", "ORG") in found and not any("C24" in x for x, _ in found), found
    found, _ = ents("الانزياح هو الخروج بالكلمة عن المعنى الأصلي.\nوالانزياح – لغة – هو الخروج عن المألوف.")
    assert not any("الانزياح" in x for x, _ in found), found
    found, _ = ents("أطلق مجهول النار على حافلة فريق هيرتا، وسيلعب هيرتا مع ارمينيا بيليفيلد في الدور الأول لكأس ألمانيا.")
    assert_found(found, (("هيرتا", "ORG"), ("ارمينيا بيليفيلد", "ORG")))


def test_a_review_of_batch_127_verbs_and_nouns_before_al_and_writers_of_fa_with_alif_maqsura():
    """A review of batch 127 on 1,050 corpus articles: no verb nor noun the corpus writes with ال before «آل» opens a
    person («أمير عسير يعزي آل عطيان», «أفراح آل زبار», «قلادة آل خليفة»); a writer who writes «في» as «فى» writes a
    written «علي» as the name still («وشارك فى الحفل وعلي حسين العوامي»); only «الي», «حتي» make «علي» doubtful."""
    found, _ = ents("أمير عسير يعزي آل عطيان في فقيدهم، وتواصلت أفراح آل زبار، ومنح الملك قلادة آل خليفة.")
    assert not any(x.startswith(("يعزي", "أفراح", "قلادة")) for x, _ in found), found
    found, _ = ents("وشارك فى الحفل سلمان السنان وعلي حسين العوامي.")
    assert ("علي حسين العوامي", "PERS") in found, found
    found, _ = ents("وذهب الي الحفل سلمان السنان وعلي حسين العوامي.")
    assert ("علي حسين العوامي", "PERS") not in found, found


def test_batch_129_aspetar():
    """Batch 129: Aspetar, the Doha sports hospital where Gulf and European clubs test their signings, by its bare
    Arabic name and with «مستشفى» (`organisations_core.tsv`)."""
    found, _ = ents("أجرى اللاعب الفحوص الطبية في مستشفى سبيتار بالدوحة، وأشاد بالدور الذي يلعبه سبيتار.")
    assert_found(found, (("مستشفى سبيتار", "ORG"), ("سبيتار", "ORG")))


def test_agreements_with_a_pronoun_and_plural_nouns_in_brackets_name_no_body():
    """Two claims of batches 126-127 on their own: «الاتفاق» before «مع» and a pronoun is an agreement, no club, in a
    sports report too («بعد الاتفاق معهما»), while «وفاز الاتفاق مع النصر» is the club; a plural noun in brackets after
    a body is what it offers, no short name («(موظفات استقبال)»), while «(اتصالات)» after «مؤسسة الإمارات للاتصالات» is."""
    text = "يصل اللاعبان بعد الاتفاق معهما لخوض المباريات الودية مع الفريق في الدوري، وفاز الاتفاق مع النصر."
    _, a = ents(text)
    clubs = [m.start for m in a.entities.mentions if m.text == "الاتفاق" and m.type == "ORG"]
    assert clubs == [len("خبر\n\n") + text.rindex("الاتفاق")], clubs
    found, _ = ents("لشغل وظائف في مؤسسة الملك عبدالله (موظفات استقبال) حاليا، وارتفع سهم مؤسسة الإمارات للاتصالات "
                    "(اتصالات).")
    assert ("اتصالات", "ORG") in found and not any("موظفات" in x for x, _ in found), found
