"""Places: gazetteer, mention finder, resolution, nisbas, map, GeoJSON, widget, exercise checkers.

The notebook runs in tests/test_places_notebook.py (slow).
"""
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kit.places.places import (
    find_nisbas,
    find_place_mentions,
    haversine_km,
    load_gazetteer,
    name_key,
    nisba_country,
    places_geojson,
    resolve_places,
    scan_places,
)
from kit.resources import DATA, SCHEMA, STUDY_ARTICLE
from kit.text.arabic import fold
from kit.text.article import InputError, parse_article, read_article

ROOT = Path(__file__).resolve().parent.parent

# An article written for these tests (not from any corpus): Yemen, Libya and the Gulf.
YEMEN_LIBYA_GULF = """التحالف يقصف مواقع الحوثيين في صنعاء وتعز

شن طيران التحالف بقيادة السعودية غارات جوية على مواقع للحوثيين في العاصمة اليمنية صنعاء ومحافظتي تعز ومأرب، فيما تواصلت المعارك في مدينة عدن.

وفي ليبيا، أعلنت حكومة الوفاق سيطرتها على مدينة سرت بعد معارك مع تنظيم الدولة، فيما وصلت تعزيزات من مصراتة إلى بنغازي.

وقالت البحرية الأمريكية إن سفينة حربية عبرت مضيق هرمز إلى الخليج، بعد توقف قصير في ميناء جيبوتي، وسط توتر مع إيران.

وفي طرابلس، عقد وزير الخارجية الإماراتي اجتماعا مع مسؤولين ليبيين قبل أن يعود إلى أبوظبي.
"""
# name as written → (lat, lon, tolerance km, kind family word)
YEMEN_EXPECTED = {
    "صنعاء": (15.35, 44.21, 30), "تعز": (13.58, 44.02, 60), "مأرب": (15.46, 45.33, 80), "عدن": (12.78, 45.04, 30),
    "السعودية": (24.0, 45.0, 600), "ليبيا": (27.0, 17.0, 600), "سرت": (31.21, 16.59, 30),
    "مصراتة": (32.38, 15.09, 30), "بنغازي": (32.12, 20.07, 30), "مضيق هرمز": (26.6, 56.4, 100),
    "الخليج": (26.5, 52.0, 600), "جيبوتي": (11.6, 43.1, 120), "إيران": (32.0, 54.0, 600),
    "طرابلس": (32.89, 13.19, 30), "أبوظبي": (24.45, 54.40, 30),
}


@pytest.fixture(scope="module")
def study():
    return read_article(STUDY_ARTICLE)


@pytest.fixture(scope="module")
def study_places(study):
    return resolve_places(study)


def _at(places, text, word, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    hits = [p for p in places if any(s <= start < e for s, e in p.mentions)]
    assert hits, f"{word} is not a place mention"
    return hits[0]


# --- the study article against the gold ------------------------------------------------------

def test_all_gold_places_found_within_tolerance_and_none_wrong(study_places, gold):
    named = [p for p in study_places if not p.implied]
    for g in gold["places"]:
        close = [p for p in named if haversine_km(p.lat, p.lon, g["lat"], g["lon"]) <= g["tolerance_km"]
                 and p.country == g["iso2"]]
        assert close, f"gold place {g['canonical']} not found within {g['tolerance_km']} km"
    for p in study_places:
        ok = [g for g in gold["places"] if haversine_km(p.lat, p.lon, g["lat"], g["lon"]) <= g["tolerance_km"]
              and p.country == g["iso2"]]
        assert ok, f"{p.name} ({p.lat}, {p.lon}) matches no gold place"
    # One place per gold place: no duplicates (the governorate and the city of Raqqa are one place).
    assert len(named) == len(gold["places"]) == 12


def test_every_gold_loc_mention_is_a_place_mention_with_the_gold_span(study_places, gold):
    spans = {tuple(m) for p in study_places for m in p.mentions}
    for e in gold["entities"]:
        if e["type"] == "LOC" and e["required"]:
            assert (e["start"], e["end"]) in spans, e
    gold_locs = {(e["start"], e["end"]) for e in gold["entities"] if e["type"] == "LOC"}
    ignore = [tuple(x) for x in gold["ignore_spans"]]
    for s, e in spans:
        if any(a <= s < b for a, b in ignore):
            continue
        assert (s, e) in gold_locs, f"place mention {s}-{e} is not a gold LOC"


def test_study_kinds_from_kind_words(study_places, study):
    text = study.text
    assert _at(study_places, text, "الرقة").kind == "city/governorate"
    assert _at(study_places, text, "دير الزور").kind == "city/governorate"
    assert _at(study_places, text, "حلب").kind == "governorate"
    assert _at(study_places, text, "إدلب").kind == "governorate"
    assert _at(study_places, text, "البحر المتوسط").kind == "sea"
    assert _at(study_places, text, "شرق المتوسط").kind == "sea region"


def test_place_json_matches_the_schema(study_places):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    item = dict(schema["properties"]["places"]["items"], **{"$defs": schema["$defs"]})
    for p in study_places + resolve_places(YEMEN_LIBYA_GULF):
        jsonschema.validate(p.to_json(), item)


# --- lookups -----------------------------------------------------------------------------------

def test_stop_list_words_are_not_places():
    text = "قالت وزارة الأمن إن الحرية مكفولة في الدولة، وإن دولة القانون قائمة، والتقط الصور في الجامعة."
    assert find_place_mentions(text) == []
    # الحرية (Liberdade) and دولة (Dhule) match GeoNames names: the stop-list is what refuses them.
    rejected = {fold(t): why for _, _, t, why in scan_places(text).rejected}
    assert "stop-list" in rejected[fold("الحرية")] and fold("دولة") in rejected
    assert [m.text for m in find_place_mentions("قال وزير الأمن في لبنان")] == ["لبنان"]
    # A kind word before it makes a stop-listed name a place again: مدينة صور is Tyre.
    (m,) = find_place_mentions("وصل الوفد إلى مدينة صور في جنوب البلاد")
    assert m.text == "صور" and m.kind == "city"


def test_proclitics_left_out_of_the_span_and_al_kept():
    text = "تعاون فرنسا لروسيا وبسوريا وللرقة والرقة"
    ms = find_place_mentions(text)
    assert [m.text for m in ms] == ["فرنسا", "روسيا", "سوريا", "لرقة", "الرقة"]
    assert [text[m.start:m.end] for m in ms] == [m.text for m in ms]
    assert ms[1].start == text.index("لروسيا") + 1
    assert {m.best.entry.id for m in ms[3:]} == {"gn:172955"}


def test_final_ha_alif_fold_meets_one_place():
    gaz = load_gazetteer()
    assert name_key("سورية") == name_key("سوريا")
    assert gaz.lookup("سورية")[0].entry.id == gaz.lookup("سوريا")[0].entry.id == "country:SY"
    places = resolve_places("قصف في سورية وتصعيد في سوريا")
    assert [(p.id, len(p.mentions)) for p in places] == [("country:SY", 2)]


def test_nisba_form_is_not_read_as_the_country():
    # روسية folds to روسيا, but after a noun it is the adjective "Russian".
    ms = find_place_mentions("في عملية روسية فرنسية مشتركة قصفت القوات السعودية مواقع، وصعدت روسيا ضرباتها")
    assert [m.text for m in ms] == ["روسيا"]


def test_dual_and_plural_kind_words_apply_to_every_name():
    ms = find_place_mentions("أطلق الجيش صواريخ على محافظتي حلب وإدلب وقصف مدينتي الرقة ودير الزور")
    assert [(m.text, m.kind) for m in ms] == [("حلب", "governorate"), ("إدلب", "governorate"),
                                              ("الرقة", "city"), ("دير الزور", "city")]
    ms = find_place_mentions("شملت الغارات مدن حلب، وإدلب وحماة")
    assert [(m.text, m.kind) for m in ms] == [("حلب", "city"), ("إدلب", "city"), ("حماة", "city")]
    # A singular kind word governs one name only.
    ms = find_place_mentions("زار مدينة حلب ثم دمشق")
    assert [(m.text, m.kind) for m in ms] == [("حلب", "city"), ("دمشق", None)]
    # A dual facility word names no one facility: each town after it is read on its own.
    ms = find_place_mentions("ونقلت الشركة طائراتها إلى مطاري عمان وبيروت، وأغلقت مطاري صنعاء وعدن")
    assert [m.text for m in ms] == ["عمان", "بيروت", "صنعاء", "عدن"], [(m.text, m.kind) for m in ms]


def test_countries_first_and_context_decides():
    gaz = load_gazetteer()
    assert gaz.lookup("عمان")[0].entry.id == "country:OM"
    assert gaz.lookup("الكويت")[0].entry.kind == "country"
    (amman,) = [m for m in find_place_mentions("وصل الملك إلى عمان بعد جولة، وقال مسؤول في الأردن") if m.text == "عمان"]
    assert amman.best.entry.name_en == "Amman"
    assert find_place_mentions("اشتباكات في طرابلس")[0].best.entry.country == "LY"
    assert find_place_mentions("اشتباكات في طرابلس شمال لبنان")[0].best.entry.country == "LB"
    # A kind word beats "countries first": مدينة الكويت is the city.
    assert find_place_mentions("في مدينة الكويت")[0].best.entry.kind == "city"


def test_geonames_only_names_need_a_place_cue():
    # بيان (statement), إطار (frame) are towns in GeoNames; فلاديمير is a first name and a city.
    text = "وقال بيان في إطار الاتفاق إن الرئيس الروسي فلاديمير بيلوف زار بلدة في ريف حمص"
    assert [m.text for m in find_place_mentions(text)] == ["حمص"]
    # After "في", a real town known only from GeoNames is accepted, with the evidence saying so.
    (m,) = find_place_mentions("قتل مدنيون في تلكلخ")
    assert m.best.entry.country == "SY" and "place cue" in m.evidence
    # A village that small needs the article to be about its country.
    assert find_place_mentions("انفجرت سيارة في الطارمية") == []
    assert [m.text for m in find_place_mentions("انفجرت سيارة في الطارمية شمال بغداد")] == ["الطارمية", "بغداد"]


def test_names_that_are_common_words_need_a_cue():
    # تدمر is Palmyra and "destroys": a place after في / على / a kind word, a verb otherwise.
    assert find_place_mentions("إن الحرب تدمر كل شيء") == []
    assert [m.best.entry.name_en for m in find_place_mentions("سيطر التنظيم على تدمر")] == ["Tadmur"]
    assert [m.kind for m in find_place_mentions("دخل الجيش مدينة تدمر")] == ["city"]


def test_a_common_word_stays_a_word_for_every_layer_unless_a_cue_stands_before_it():
    # «بركان» is a volcano first (the stop-list): the statistical model may not make it Berkane again,
    # but after «في» its reading stands («وفي الجوف»: the region).
    from kit.analysis import analyze_text
    a = analyze_text("خبر\n\nوثار بركان مايون بوسط الفلبين أمس.")
    assert [p.name for p in a.places] == ["Philippines"], [p.name for p in a.places]
    assert not any(m.text == "بركان" for m in a.entities.mentions), [m.text for m in a.entities.mentions]
    # skilled workers and "we went round" are words; with a cue they are Al Mahrah and Derna
    assert _texts("وشارك العمال المهرة في الرحلات التي درنا فيها") == []
    assert _texts("وصل الوفد إلى محافظة المهرة ثم إلى درنا") == ["المهرة", "درنا"]
    # a phrase that holds a place's name but names something else hides it from every layer: the sunset
    # prayer is no Morocco, for the scan, the model and the aliases of «المغرب» named elsewhere
    a = analyze_text("خبر\n\nويخرج الأطفال بعد صلاة المغرب في مجموعات، وزار الوفد المغرب أمس.")
    assert [m.text for m in a.entities.mentions if m.type == "LOC"] == ["المغرب"], a.entities.mentions
    assert [p.texts for p in a.places] == [["المغرب"]] and a.entities.mentions[0].start > 40
    # «للحج» is for the Hajj, Lahij only after a cue
    assert _texts("المديرية العامة للخدمات الصحية للحج والعمرة") == []
    assert _texts("وسيطر المقاتلون على محافظة لحج") == ["لحج"]
    # «الأم» (the mother) is no Īlām
    assert _texts("يعود إلى مدينتي الأم دمشق التي غادرها") == ["دمشق"]
    # the cruciate ligament is no Rabat
    assert _texts("وغاب اللاعب المصاب بالرباط الصليبي، ثم سافر الفريق إلى الرباط") == ["الرباط"]
    assert find_place_mentions("وغاب اللاعب المصاب بالرباط الصليبي") == []
    # a given name is no كـ + a country («كلاوس»: not Laos)
    assert _texts("ويرى عمدة المدينة كلاوس فوفرايت أن الحدث فرصة") == []
    # «بآبل» (with Apple) is no Babylon: a madda inside a word keeps only a place written with one
    assert _texts("المشغل الافتراضي الخاص بآبل") == []


def test_a_name_with_an_age_is_a_person_and_a_facility_named_twice_is_one_place():
    from kit.analysis import analyze_text
    # an age in brackets makes the name a person's; a facility named twice is one place, where the
    # article first put it
    assert _texts("وأوصى لابنتيه مارلينا (21 عاما)، وفيكتوريا (17 عاما)، بالمال") == []
    a = analyze_text("خبر\n\nزار الوفد قاعدة الملك فهد الجوية بالطائف أمس.\n\nوكان في استقباله سفير الإمارات، "
                     "وقائد قاعدة الملك فهد الجوية اللواء فلان.")
    bases = [p for p in a.places if p.kind == "facility"]
    assert len(bases) == 1 and len(bases[0].texts) == 2 and "Ta’if" in bases[0].name, [(p.name, p.texts) for p in a.places]


def test_places_of_the_wider_world_the_gazetteer_holds_now():
    # ancient Babylon is a site of its own, not the Iranian town Bābol
    assert [m.best.entry.name_en for m in find_place_mentions("وزار الوفد مدينة بابل الأثرية")] == ["Babylon (ancient city)"]
    # a river named with «نهر» is the river, the same name after «مدينة» the city
    ms = find_place_mentions("على ضفاف نهر دنيبرو الذي يتسع، وفي مدينة دنيبرو")
    assert [m.best.entry.name_en for m in ms] == ["Dnieper", "Dnipro"], [m.best.entry.name_en for m in ms]
    # a foreign name of two words in a spelling the gazetteer lacks, after a cue
    assert [m.best.entry.name_en for m in find_place_mentions("افتتح مطعمه في مدينة لاس فيجاس")] == ["Las Vegas"]
    # Morocco's former regions (1997-2015) in older news
    assert [m.best.entry.country for m in find_place_mentions("الفعاليات الاقتصادية بجهة الشاوية ورديغة")] == ["MA"]


def test_titles_clubs_and_adjectives_after_the_name():
    assert find_place_mentions("ونقل الدكتور السويد تعازيه") == []  # a surname after a title
    assert find_place_mentions("فاز روما الإيطالي على ضيفه") == []  # a masculine adjective: the club
    assert find_place_mentions("انتقل لاعب برشلونة") == []
    (m,) = find_place_mentions("وصل الفريق إلى مدينة طرابلس اللبنانية")
    assert m.best.entry.country == "LB"  # the adjective after the name says the country


def test_not_places_hide_the_place_inside():
    ms = find_place_mentions("أعلن حلف شمال الأطلسي وصحيفة الشرق الأوسط أن فريق ريال مدريد وصل إلى لندن")
    assert [m.text for m in ms] == ["لندن"]


def test_lookup_returns_ranked_candidates_with_reasons():
    cands = load_gazetteer().lookup("وباريس")
    assert cands[0].entry.name_en == "Paris" and cands[0].entry.country == "FR"
    assert "proclitic «و» split" in cands[0].reasons
    assert cands == sorted(cands, key=lambda c: -c.score)


# --- a new article: Yemen, Libya, the Gulf ---------------------------------------------------------

def test_yemen_libya_gulf_article_resolves_right():
    places = resolve_places(YEMEN_LIBYA_GULF)
    for word, (lat, lon, tol) in YEMEN_EXPECTED.items():
        p = _at(places, YEMEN_LIBYA_GULF, word)
        assert haversine_km(p.lat, p.lon, lat, lon) <= tol, (word, p.name, p.lat, p.lon)
    assert _at(places, YEMEN_LIBYA_GULF, "تعز", 1).kind == "city/governorate"
    assert _at(places, YEMEN_LIBYA_GULF, "مأرب").kind == "governorate"
    implied = {p.country for p in places if p.implied}
    assert implied == {"YE", "US", "AE"}  # اليمنية، الأمريكية، الإماراتي: never named outright
    named = [p for p in places if not p.implied]
    # Nothing else: every named place is one of the expected ones.
    expected_points = list(YEMEN_EXPECTED.values())
    for p in named:
        assert any(haversine_km(p.lat, p.lon, la, lo) <= t for la, lo, t in expected_points), p.name


# --- nisbas ------------------------------------------------------------------------------------------

def test_nisba_country_forms():
    cases = {"الروسية": "RU", "روسي": "RU", "الروسيين": "RU", "والفرنسيون": "FR", "مصري": "EG", "المصرية": "EG",
             "أمريكي": "US", "الأميركية": "US", "البريطاني": "GB", "الإماراتي": "AE", "السعودية": "SA",
             "الألمانية": "DE", "الأتراك": "TR", "العراقيين": "IQ", "اليمنية": "YE", "النمساوي": "AT"}
    for word, iso in cases.items():
        assert nisba_country(word) == iso, word
    for word in ["الأمن", "المالي", "المالية", "القمري", "العربية", "الدولي", "", None]:
        assert nisba_country(word) is None, word


def test_nisba_mentions_and_implied_places():
    text = "سقطت الطائرة فوق الأراضي المصرية بعد أن أعلن الرئيس الكوري الشمالي موقفه"
    ns = find_nisbas(text)
    assert [(n.text, n.country, n.head) for n in ns] == [("المصرية", "EG", "الأراضي"), ("الكوري الشمالي", "KP", "الرئيس")]
    places = resolve_places(text)
    assert [(p.id, p.implied, p.mentions) for p in places] == [
        ("country:EG", True, [[text.index("المصرية"), text.index("المصرية") + 7]][0:1] and [(text.index("المصرية"), text.index("المصرية") + 7)]),
        ("country:KP", True, [(text.index("الكوري"), text.index("الشمالي") + 7)])]
    assert places[0].to_json()["implied"] is True
    # A country that is named outright is not implied again by its adjective.
    assert all(not p.implied for p in resolve_places("قالت مصر إن الطائرة المصرية هبطت"))


# --- entities given ------------------------------------------------------------------------------------

class _Mention:
    def __init__(self, start, end, type, entity_id, source="model"):
        self.start, self.end, self.type, self.entity_id, self.source = start, end, type, entity_id, source


class _Entities:
    def __init__(self, mentions):
        self.mentions = mentions


def test_resolve_with_entities_uses_their_loc_mentions_and_ids():
    text = "وصل الوفد إلى الجديدة بعد زيارة جامعة دمشق ثم بيروت"
    art = parse_article(text)
    jd, dm, br = text.index("الجديدة"), text.index("جامعة دمشق"), text.index("بيروت")
    ents = _Entities([_Mention(jd, jd + 7, "LOC", "E1"), _Mention(dm, dm + 10, "ORG", "E2"),
                      _Mention(dm + 6, dm + 10, "LOC", "E3"), _Mention(br, br + 5, "LOC", "E4")])
    alone = resolve_places(art)
    # Alone: الجديدة ("the new") is stop-listed, دمشق after جامعة is part of a university's name.
    assert {p.name for p in alone} == {"Beirut"}
    places = {p.name: p for p in resolve_places(art, ents)}
    assert places["El Jadida"].entity_id == "E1" and places["El Jadida"].source.startswith("entities+")
    assert "Damascus" not in places  # inside the organisation جامعة دمشق
    assert places["Beirut"].entity_id == "E4"


# --- gazetteer files -----------------------------------------------------------------------------------

def test_gazetteer_loads_fast_and_is_compact():
    times = []
    for _ in range(2):
        load_gazetteer.cache_clear()
        t = time.perf_counter()
        gaz = load_gazetteer()
        times.append(time.perf_counter() - t)
    assert min(times) < 1.0, times
    assert len(gaz) > 10_000
    size = sum(f.stat().st_size for f in (DATA / "gazetteer").glob("*") if f.name.startswith(("places", "nisba", "outlines")))
    assert size < 5_000_000
    assert (DATA / "gazetteer" / "README.md").is_file()


def test_stored_lookup_keys_are_current():
    # places.tsv stores name_key(name) for speed; a change in kit.text.arabic must be followed by a rebuild.
    gaz = load_gazetteer()
    for e in gaz.entries.values():
        for n in e.names:
            assert e in gaz.index[name_key(n)], (e.id, n)


def test_every_hand_row_made_it_into_the_gazetteer():
    gaz = load_gazetteer()
    for table in ("regions.tsv", "admin1.tsv"):
        lines = [ln for ln in (DATA / "gazetteer" / "hand" / table).read_text(encoding="utf-8").splitlines()
                 if ln and not ln.startswith("#")][1:]
        for ln in lines:
            assert gaz.entry(ln.split("\t")[0]) is not None, ln


def test_add_place_and_bad_input():
    gaz = load_gazetteer().copy()
    before = len(load_gazetteer())
    gaz.add_place("الزعتري", 32.29, 36.32, kind="camp", country="JO", name_en="Zaatari")
    assert len(load_gazetteer()) == before  # the shared gazetteer is untouched
    assert resolve_places("زار مخيم الزعتري", gazetteer=gaz)[0].name == "Zaatari"
    with pytest.raises(InputError):
        gaz.add_place("مكان", 95, 10)
    with pytest.raises(InputError):
        gaz.add_place("مكان", "north", 10)
    with pytest.raises(InputError):
        resolve_places(None)
    assert resolve_places("") == [] and resolve_places("Hello, world 123") == []
    assert load_gazetteer().lookup("") == [] and load_gazetteer().lookup(None) == []


@pytest.mark.slow
def test_build_script_reproduces_the_committed_files():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--check"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "up to date" in r.stdout


# --- GeoJSON, map, widget, exercises -----------------------------------------------------------------

def test_geojson(study_places):
    gj = places_geojson(study_places)
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == len(study_places)
    f = gj["features"][0]
    assert f["geometry"] == {"type": "Point", "coordinates": [study_places[0].lon, study_places[0].lat]}
    assert f["properties"]["name_ar"] == study_places[0].name_ar
    json.dumps(gj, ensure_ascii=False)
    assert places_geojson([p.to_json() for p in study_places]) == gj


def test_map_labels_inset_legend_and_export(study_places, tmp_path):
    import matplotlib

    from kit.show.plots import plot_map

    roles = {p.id: "struck" for p in study_places if p.country == "SY"}
    fig = plot_map(study_places, roles=roles, title="أماكن الخبر", path=tmp_path / "map.png")
    ax = fig.axes[0]
    assert ax.get_title() == "أماكن الخبر"
    assert ax.get_legend() is not None
    insets = ax.child_axes
    assert len(insets) == 1  # the Syrian towns crowd: an inset shows them
    inset_labels = {t.get_text() for t in insets[0].texts}
    assert {"الرقة", "دير الزور", "حلب", "إدلب"} <= inset_labels
    main_labels = [t for t in ax.texts if t.get_text() in {p.name_ar for p in study_places}]
    assert {"روسيا", "فرنسا", "باريس", "موسكو", "مصر", "البحر المتوسط"} <= {t.get_text() for t in main_labels}
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in main_labels]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.overlaps(b), "labels overlap"
    assert (tmp_path / "map.png").read_bytes()[:4] == b"\x89PNG"
    from kit.show.maps import save_figure

    svg = save_figure(fig, tmp_path / "map.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    with pytest.raises(InputError):
        save_figure(fig, tmp_path / "map.txt")
    matplotlib.pyplot.close("all")


def test_map_of_nothing_and_of_far_implied_places():
    from kit.show.plots import plot_map

    fig = plot_map([])
    assert fig.axes[0].get_title() == "أماكن الخبر"
    fig = plot_map(resolve_places(YEMEN_LIBYA_GULF))
    notes = [t.get_text() for t in fig.axes[0].texts if t.get_text().startswith("خارج الخريطة")]
    assert notes == ["خارج الخريطة: الولايات المتحدة"]  # an adjective does not stretch the map to America


def test_widget_path(study, study_places):
    import dataclasses

    from kit.analysis import analyze
    from kit.show import place_explorer
    from kit.timeline import Event

    events = [Event(0, 1, study.text[0], 0, "strike", None, None, [p.id for p in study_places if p.country == "SY"],
                    None, "none"),
              Event(1, 2, study.text[1], 0, "statement", None, None, ["gn:524901"], None, "none")]
    analysis = dataclasses.replace(analyze(study), places=study_places, events=events)
    ex = place_explorer(analysis, show_map=False)
    assert len(ex.place.options) == 12
    first_html = ex.text.value
    assert first_html.count("<mark") == len(study_places[0].mentions)
    ex.step(+1)
    assert ex.text.value != first_html and ex.text.value.count("<mark") == len(study_places[1].mentions)
    ex.kind.value = "admin"
    assert [label.split(" — ")[0] for label, _ in ex.place.options] == ["حلب", "إدلب"]
    assert "حلب" in ex.card.value and ex.text.value.count("<mark") == 1
    ex.kind.value = "__all__"
    ex.event_type.value = "statement"
    assert [label.split(" — ")[0] for label, _ in ex.place.options] == ["موسكو"]
    assert "قيل فيه" in ex.card.value
    ex.event_type.value = "strike"
    assert len(ex.place.options) == 5
    ex.kind.value = "water"
    assert ex.place.options == () and "لا أماكن" in ex.card.value


def test_widget_draws_its_map(no_pyplot_figures):
    from kit.show.places_widget import PlaceExplorer

    ex = PlaceExplorer(parse_article("قصفت الطائرات مدينتي حلب وإدلب في سوريا"), show_map=True)
    first = bytes(ex.map.value)
    assert first.startswith(b"\x89PNG") and len(first) > 5_000
    ex.kind.value = "country"  # only Syria left on the map
    assert bytes(ex.map.value).startswith(b"\x89PNG") and bytes(ex.map.value) != first


def test_exercise_checkers():
    from kit.teach import check_ambiguous_by_context, check_missing_place

    gaz = load_gazetteer().copy()
    assert not check_missing_place(gaz)  # the stub: nothing added
    assert not check_missing_place("الزعتري")
    wrong = load_gazetteer().copy()
    wrong.add_place("الزعتري", 36.32, 32.29, kind="camp", country="JO")  # lat and lon swapped
    assert "km" in check_missing_place(wrong).message and not check_missing_place(wrong)
    gaz.add_place("الزعتري", 32.29, 36.32, kind="camp", country="JO", name_en="Zaatari camp")
    assert check_missing_place(gaz)
    assert not check_ambiguous_by_context("اشتباكات عنيفة في طرابلس")
    assert not check_ambiguous_by_context(42)
    assert check_ambiguous_by_context("اشتباكات عنيفة في طرابلس شمال لبنان")
    assert "✅" in repr(check_ambiguous_by_context("وصل الوزير إلى طرابلس قادما من بيروت"))


def test_kit_names_none_of_the_study_articles_places_or_people(gold):
    # The place code must work on any article: its rules and examples name none of the study
    # article's places, people or dates (the data tables do, as they name every country).
    from kit.text.arabic import proclitic_splits, tokenize

    names = {fold(e["text"]) for e in gold["entities"] if e["type"] in ("LOC", "PERS")}
    names |= {fold(w) for w in ["بوتين", "شويغو", "هولاند", "ديغول", "سوريا"]}
    for path in sorted((ROOT / "kit").rglob("*.py")):
        name, src = path.name, path.read_text(encoding="utf-8")
        assert "2015-11-17" not in src
        folded = fold(src)
        for n in (n for n in names if " " in n):
            assert n not in folded, (name, n)
        for t in tokenize(src):
            stems = {s for _, s in proclitic_splits(t.text)}
            assert not stems & names, (name, t.text)


# --- general fixes: names without a cue, missing places, homographs, hashtags, nisbas, GB nations ----
# Each sentence below is made up for the test; none comes from the dev set.

def _texts(text):
    return [m.text for m in find_place_mentions(text)]


def test_dateline_city_needs_no_cue():
    # A town known only from GeoNames opens the article or paragraph, alone or after the outlet's dash.
    ms = find_place_mentions("الزلفي - افتتحت البلدية حديقة جديدة\n\nصحيفة الوطن – القريات\n\nبدأت المدارس")
    assert [(m.text, m.best.entry.country) for m in ms] == [("الزلفي", "SA"), ("القريات", "SA")]
    assert all("dateline" in m.evidence for m in ms)
    # Not a dateline: the same word inside a sentence, with no dash after it.
    assert _texts("قال الزلفي إن الحديقة افتتحت") == []


def test_capital_after_talks_and_large_places_need_no_cue():
    # A city after «محادثات», «قمة», «مؤتمر» names where they are held.
    assert _texts("انتهت محادثات أستانا دون اتفاق") == ["أستانا"]
    # A city of a million people is a place as the subject of a sentence too.
    assert _texts("استضافت ميونخ المعرض") == ["ميونخ"]
    # A small town of a country the article is about, as a subject: the article is the evidence.
    assert _texts("تقع الرياض في وسط السعودية، وتستضيف الزلفي المهرجان") == ["الرياض", "السعودية", "الزلفي"]
    # Without its country in the article, the same small town needs a cue.
    assert _texts("وتستضيف الزلفي المهرجان") == []


def test_a_place_named_twice_needs_a_cue_once():
    text = "وصل الوفد إلى غلاسكو أمس.\n\nوتستعد غلاسكو لاستقبال الزوار"
    ms = find_place_mentions(text)
    assert [m.text for m in ms] == ["غلاسكو", "غلاسكو"]
    assert "named before" in ms[1].evidence or "named elsewhere" in ms[1].evidence


def test_population_of_a_geonames_duplicate_is_kept():
    # GeoNames has some towns twice: the record with the Arabic name without its population.
    e = load_gazetteer().lookup("عنيزة", context={"SA"})[0].entry
    assert e.country == "SA" and e.population > 100_000


def test_facilities_bases_and_airports():
    # A military base or airport not in the gazetteer: one facility mention, located by the place in
    # its name or the place named beside it.
    places = resolve_places("نقلت الطائرات إلى قاعدة العديد الجوية في قطر ثم إلى مطار القاهرة الدولي")
    by_text = {t: p for p in places for t in p.texts}
    assert by_text["قاعدة العديد الجوية"].kind == "facility" and by_text["قاعدة العديد الجوية"].country == "QA"
    cairo = by_text["مطار القاهرة الدولي"]
    assert cairo.kind == "facility" and cairo.country == "EG"
    assert haversine_km(cairo.lat, cairo.lon, 30.12, 31.41) < 10  # the airport itself, from the facility table
    assert "Cairo" not in [p.name for p in places]  # the city is part of the airport's name
    (m,) = [m for m in find_place_mentions("هبطت الطائرة في مطار المزة العسكري بدمشق") if m.text.startswith("مطار")]
    assert m.text == "مطار المزة العسكري" and m.best.entry.kind == "facility" and m.best.entry.country == "SY"
    # Not in the facility table: an airport named after a known city is at that city; a base with an
    # unknown name and a kind adjective (الجوية، العسكري) is at the place named beside it.
    places = resolve_places("أقلعت الطائرة من مطار أربيل الدولي، وقصفت قاعدة تمنهنت الجوية في ليبيا")
    by_text = {t: p for p in places for t in p.texts}
    erbil = by_text["مطار أربيل الدولي"]
    assert erbil.kind == "facility" and erbil.country == "IQ" and haversine_km(erbil.lat, erbil.lon, 36.19, 44.01) < 30
    jufra = by_text["قاعدة تمنهنت الجوية"]
    assert jufra.kind == "facility" and jufra.country == "LY" and "ليبيا" in jufra.evidence
    assert "Erbil" not in [p.name for p in places]
    # A base that is a rule, a database, a popular base: no name, no facility.
    assert find_place_mentions("وضعت قاعدة بيانات جديدة وفق قاعدة عامة، وللحزب قاعدة شعبية") == []


def test_facilities_named_after_a_person():
    """Stadiums and sports cities named after a royal: the title and the name are the facility's, not a
    person's, and it stands where the place named beside it is (issue 14, facilities)."""
    places = resolve_places("يستقبل الفريق ضيفه على ملعب مدينة الأمير سعود بن جلوي الرياضية بالدمام مساء اليوم")
    (f,) = [p for p in places if p.kind == "facility"]
    assert f.texts == ["ملعب مدينة الأمير سعود بن جلوي الرياضية"] and f.country == "SA"
    assert "الدمام" in f.evidence
    places = resolve_places("تقام المباراة على ملعب الأمير فيصل بن فهد في الرياض")
    (f,) = [p for p in places if p.kind == "facility"]
    assert f.texts == ["ملعب الأمير فيصل بن فهد"] and f.country == "SA"
    # A title and a name after a town's kind word without a sports adjective is no stadium; a title
    # alone after the kind word names nothing.
    # (this one is a town of its own, listed in hand/towns.tsv)
    assert [(p.kind, p.name) for p in resolve_places("زار الوفد مدينة الملك عبدالله الاقتصادية")] == \
        [("city", "King Abdullah Economic City")]
    assert [p for p in resolve_places("وصل إلى ملعب الأمير في جدة") if p.kind == "facility"] == []


def test_a_quoted_canal_is_still_the_canal_a_quoted_town_is_not():
    (canal,) = [p for p in resolve_places("مصر تدشن «قناة السويس الجديدة» سعيا لمضاعفة حركة الملاحة")
                if p.kind == "canal"]
    assert canal.name == "Suez Canal" and canal.texts == ["قناة السويس الجديدة"]
    assert "Damascus" not in [p.name for p in resolve_places("عرض فيلم «دمشق» في المهرجان")]


def test_a_place_the_recogniser_reads_as_a_club_is_not_a_place():
    """Layers agree: where the entity layer reads a town's name, span for span, as an organisation (a
    club in a match report), the map does not show the town."""
    from kit.analysis import analyze_text

    a = analyze_text("مباراة\n\nتعادل الهلال مع النصر وفاز الاتحاد على نجران في الجولة الأولى من الدوري.")
    clubs = {m.text for m in a.entities.mentions if m.type == "ORG"}
    named = {t for p in a.places if not p.implied for t in p.texts}
    assert not clubs & named, (clubs, named)


def test_neighbourhood_and_street_in_the_city_named_nearby():
    places = resolve_places("افتتح مستوصف جديد بحي الورود شمال تبوك، ومقر الشركة بشارع التحلية في جدة")
    by_text = {t: p for p in places for t in p.texts}
    ward = by_text["الورود"]
    assert ward.kind == "neighbourhood" and haversine_km(ward.lat, ward.lon, 28.38, 36.57) < 30  # in Tabuk
    street = by_text["شارع التحلية"]
    assert street.kind == "street" and haversine_km(street.lat, street.lon, 21.49, 39.19) < 30  # in Jeddah


def test_states_named_with_a_common_word_and_provinces_of_more_countries():
    ms = find_place_mentions("اندلعت اشتباكات في ولاية الوحدة بجنوب السودان")
    assert [(m.text, m.best.entry.country, m.best.entry.kind) for m in ms][0] == ("الوحدة", "SS", "state")
    assert _texts("اجتمع الطرفان وأعلنا الوحدة") == []  # the common word alone is no place
    for name, iso in [("أونتاريو", "CA"), ("كيبيك", "CA"), ("بافاريا", "DE"), ("كتالونيا", "ES"),
                      ("البنجاب", "PK"), ("دونيتسك", "UA"), ("خراسان", "IR"), ("كوينزلاند", "AU")]:
        cands = load_gazetteer().lookup(name)
        assert cands and cands[0].entry.country == iso and cands[0].trusted, name


def test_transliteration_variants_of_foreign_names():
    gaz = load_gazetteer()
    assert gaz.lookup("تورنتو")[0].entry.name_en == "Toronto"  # a GeoNames spelling already
    for variant, name in [("فانكوفير", "Vancouver"), ("مانشيستر", "Manchester"), ("هامبورج", "Hamburg"),
                          ("فرانكفورط", "Frankfurt am Main")]:
        cands = gaz.lookup(variant)
        assert cands and cands[0].entry.name_en == name, variant
        assert any("variant" in r for r in cands[0].reasons), variant
    ms = find_place_mentions("وصل اللاعب إلى مانشيستر")
    assert [m.best.entry.name_en for m in ms] == ["Manchester"]
    # Without a cue a variant is a place only as another spelling of a place the article names.
    assert _texts("قال فرانسوا إن مانشيستر جميلة") == []
    assert _texts("وصل إلى تورونتو أمس، وتستعد تورنتو للمهرجان") == ["تورونتو", "تورنتو"]
    # Arabic words are not read as variants of foreign names.
    assert gaz.lookup("المستشفى") == [] and gaz.lookup("الوزارة") == []
    # Countries with long names have their variants too; a country's adjective is none of them.
    for variant, name in [("طاجكستان", "Tajikistan"), ("تركمنستان", "Turkmenistan"), ("أوزباكستان", "Uzbekistan")]:
        cands = gaz.lookup(variant)
        assert cands and cands[0].entry.name_en == name and "variant" in cands[0].reasons[0], variant
    assert _texts("وصل الرئيس إلى طاجكستان أمس") == ["طاجكستان"]
    # Names in use that the sources spell otherwise (data/gazetteer/hand/aliases.tsv).
    for alias, name in [("كوت ديفوار", "Ivory Coast"), ("مقدونيا", "North Macedonia"), ("تشيكيا", "Czech Republic"),
                        ("الأوروجواي", "Uruguay"), ("باراجواي", "Paraguay"), ("هونج كونج", "Hong Kong")]:
        assert gaz.lookup(alias)[0].entry.name_en == name, alias
    for adjective in ("أسترالي", "بنغلاديشيًا"):  # the second an accusative adjective of Bangladesh
        assert not any(c.entry.kind == "country" for c in gaz.variant_candidates(fold(adjective))), adjective
    assert gaz.variant_candidates(fold("بنغلادش"))[0].entry.name_en == "Bangladesh"


def test_waterways_and_regions():
    for name, kind in [("قناة بنما", "canal"), ("نهر الدانوب", "river"), ("بحر اليابان", "sea"),
                       ("بحيرة فيكتوريا", "lake"), ("مضيق ملقا", "strait"), ("أوروبا الشرقية", "region"),
                       ("شرق آسيا", "region"), ("خليج المكسيك", "sea"), ("بحر مرمرة", "sea")]:
        ms = find_place_mentions(f"عبرت السفينة {name} أمس")
        assert [m.text for m in ms] == [name] and ms[0].best.entry.kind == kind, name


def test_homograph_floods_and_seoul():
    assert _texts("جرفت السيول المنازل وغرق عشرة في سيول جارفة") == []
    assert _texts("لقي شخصان حتفهما في سيول ضربت المنطقة") == []
    ms = find_place_mentions("زار وزير الخارجية كوريا الجنوبية ووصل إلى سيول أمس")
    assert [m.text for m in ms] == ["كوريا الجنوبية", "سيول"]
    assert "context" in ms[1].evidence or "كوريا" in ms[1].evidence


def test_homograph_corona_is_the_virus():
    assert _texts("ارتفع عدد المصابين بفيروس كورونا في كورونا") == []
    assert _texts("أعلنت الوزارة تسجيل إصابات بكورونا") == []


def test_oman_in_a_list_of_countries_amman_among_jordanian_towns():
    ms = find_place_mentions("تأهلت منتخبات الأردن والسعودية وعمان والكويت إلى الدور الثاني")
    assert {m.text: m.best.entry.id for m in ms}["عمان"] == "country:OM"
    assert any("list" in m.evidence for m in ms if m.text == "عمان")
    ms = find_place_mentions("هطلت أمطار على إربد والزرقاء وعمان في الأردن")
    assert {m.text: m.best.entry.name_en for m in ms}["عمان"] == "Amman"


def test_jordan_river_and_the_two_seas():
    ms = find_place_mentions("يصب نهرا الأردن واليرموك في البحر")
    assert [m.best.entry.id for m in ms][:1] == ["region:jordan-river"]
    ms = find_place_mentions("تربط القناة بين البحرين الأحمر والمتوسط")
    assert [m.best.entry.id for m in ms] == ["region:red-sea", "region:mediterranean-sea"]
    assert "Bahrain" not in [m.best.entry.name_en for m in ms]
    # Bahrain itself is still Bahrain.
    assert [m.best.entry.id for m in find_place_mentions("زار الوزير البحرين والكويت")] == ["country:BH", "country:KW"]


def test_hashtag_place_with_underscores():
    text = "زار الوفد المنطقة.\n\n#حفر_الباطن #الزلفي #عاصفة_الحزم"
    ms = find_place_mentions(text)
    assert [m.text for m in ms] == ["حفر_الباطن", "الزلفي"]
    assert ms[0].best.entry.name_en == "Hafar Al-Batin" and text[ms[0].start:ms[0].end] == "حفر_الباطن"


def test_nationality_adjectives_are_implied_places_only():
    text = "قال الرئيس الفرنسي إن الشركات الروسية والألمانية ستشارك، وأكد السعوديون دعمهم"
    assert find_place_mentions(text) == []
    places = resolve_places(text)
    assert {p.country for p in places} == {"FR", "RU", "DE", "SA"} and all(p.implied for p in places)
    # The adjective of a country named outright adds no mention to it: only the name does.
    places = resolve_places("زار الوزير فرنسا والتقى نظيره الفرنسي")
    assert [(p.id, p.implied, p.texts) for p in places] == [("country:FR", False, ["فرنسا"])]


def test_a_feminine_country_adjective_is_no_place_unless_a_particle_makes_it_one():
    # «إسبانية» reads as «إسبانيا» only through the final ه/ا fold: without a particle it is the adjective
    text = "وذكرت وسائل إعلام اسبانية أن الصفقة تمت، والتقى زوجته وهي بريطانية من أصول هندية"
    assert find_place_mentions(text) == []
    assert {p.country for p in resolve_places(text)} == {"ES", "GB", "IN"}
    assert all(p.implied for p in resolve_places(text))
    (m,) = find_place_mentions("سافر الوفد إلى تركية أمس")
    assert m.best.entry.country == "TR"


def test_a_hamza_inside_the_word_keeps_a_verb_from_reading_as_a_place():
    # «لجأوا» (they resorted) folds like ل + «جاوا» (Java); a place keeps its medial hamza («مأرب»)
    assert find_place_mentions("وقال إنه في حال لجأوا إلى السلاح فسيرد الجيش") == []
    (m,) = find_place_mentions("وتقدمت القوات في مأرب أمس")
    assert m.best.entry.country == "YE"
    # the hamza after ال opens the word, it is not inside it
    assert [m.best.entry.name_en for m in find_place_mentions("وزار الوزير بلدة الأرطاوية أمس")] == ["Al Arţāwīyah"]


def test_england_scotland_wales_are_their_own_places():
    for name, en in [("إنكلترا", "England"), ("انجلترا", "England"), ("إنجلترا", "England"),
                     ("اسكتلندا", "Scotland"), ("ويلز", "Wales")]:
        (m,) = find_place_mentions(f"سافر الفريق إلى {name}")
        assert m.best.entry.name_en == en and m.best.entry.country == "GB", name
    (m,) = find_place_mentions("سافر الفريق إلى المملكة المتحدة")
    assert m.best.entry.id == "country:GB"


def test_saudi_governorates_from_the_hand_table():
    """hand/towns.tsv: governorates GeoNames lacks are places, at their rough centre; one whose name is
    also a word or a personal name (ليلى) needs a place cue or a kind word."""
    (p,) = resolve_places("افتتح المحافظ مستشفى جديدا في محافظة القنفذة أمس")
    assert (p.name, p.country, p.kind) == ("Al Qunfudhah", "SA", "city") and p.source == "hand:towns"
    assert abs(p.lat - 19.13) < 0.3 and abs(p.lon - 41.08) < 0.3
    assert resolve_places("قالت ليلى إن الحفل تأجل") == []
    assert [p.name for p in resolve_places("وصل الوفد إلى محافظة ليلى")] == ["Layla"]


def test_a_place_inside_an_events_name_is_implied_and_layers_agree():
    """«معرض الكويت الدولي للكتاب» is an event (MISC) with no LOC inside: the map shows Kuwait as
    implied, with the name as its evidence, and "places named" leaves it out. A place also named
    outright is named, once, and the town an event is named after is one more mention of it (not a
    place behind لـ at the end of the name: «ملتقى التراث الحضاري للمملكة» is for the Kingdom, not in it)."""
    from kit.analysis import analyze_text

    a = analyze_text("خبر\n\nشاركت الدار في معرض الكويت الدولي للكتاب ومعرض الشارقة الدولي للكتاب.")
    assert [(m.text, m.type) for m in a.entities.mentions] == [
        ("معرض الكويت الدولي للكتاب", "MISC"), ("معرض الشارقة الدولي للكتاب", "MISC")]
    assert [(p.name, p.implied) for p in a.places] == [("Kuwait", True), ("Sharjah", True)]
    assert "معرض الكويت الدولي للكتاب" in a.places[0].evidence and a.places[0].source.startswith("name+")
    # A country's name inside the name is one mention, not also its adjective's.
    a = analyze_text("خبر\n\nافتتح الوزير معرض السعودية الدولي للكتاب أمس.")
    assert [(p.name, p.implied, len(p.mentions)) for p in a.places] == [("Saudi Arabia", True, 1)]
    a = analyze_text("خبر\n\nوصل الوفد إلى الكويت، وزار معرض الكويت الدولي للكتاب.")
    assert [(p.name, p.implied, p.texts) for p in a.places] == [("Kuwait", False, ["الكويت", "الكويت"])]
    assert a.places[0].mentions[1] == (a.article.text.rindex("الكويت"), a.article.text.rindex("الكويت") + len("الكويت"))
    a = analyze_text("خبر\n\nأكد الأمير في الرياض أن المملكة ماضية، وأعلن عن ملتقى العناية بالتراث الحضاري للمملكة.")
    assert [(m.text, m.type) for m in a.entities.mentions if m.type == "MISC"] == [
        ("ملتقى العناية بالتراث الحضاري للمملكة", "MISC")]
    assert [(p.name, p.implied, p.texts) for p in a.places] == [
        ("Riyadh", False, ["الرياض"]), ("Saudi Arabia", False, ["المملكة"])]


def test_tag_lines_after_a_page_mark_and_the_names_in_them():
    """A tag line opened by a page mark («> سمات ...») is tags too; in it a place right after an event's
    head belongs to the event's name."""
    art = parse_article("خبر\n\nأقيم الحفل في بني مالك أمس.\n\n> سمات بني مالك معرض الكويت الطائف")
    assert [b.kind for b in art.boilerplate] == ["tags"]
    texts = [m.text for m in find_place_mentions(art)]
    assert texts == ["بني مالك", "بني مالك", "الطائف"], texts  # not «الكويت», part of «معرض الكويت»
    # Nothing is left of the block but the tags: no paragraph «>».
    assert [p.text for p in art.paragraphs] == ["أقيم الحفل في بني مالك أمس."]
    # An opening quote is text, not a page mark: a quoted sentence that opens with «سمات» stays.
    art = parse_article("خبر\n\nأقيم الحفل أمس.\n\n«سمات القيادة واضحة في قراراته»، قال المحلل عبدالله الشمري")
    assert art.boilerplate == [] and len(art.paragraphs) == 2


def test_a_place_behind_lam_that_closes_an_events_name_in_a_tag_line():
    """In a tag line, «للمملكة» after an event's head and its definite words closes the event's name
    (the body's «ملتقى … للمملكة» is one MISC name and no place either); without the head, or with an
    indefinite word between, the place is read as before."""
    body = "خبر\n\nأقيم الملتقى في المملكة وفي الأحساء أمس.\n\n"
    art = parse_article(body + "سمات الأحساء ملتقى العناية بالتراث الحضاري للمملكة")
    scan = scan_places(art)
    tags = art.boilerplate[0].start
    assert [m.text for m in scan.mentions if m.start >= tags] == ["الأحساء"]
    assert any(r[2] == "لمملكة" and "event's name" in r[3] for r in scan.rejected), scan.rejected
    for other in ("سمات الأحساء العناية بالتراث للمملكة", "سمات ملتقى كبير للمملكة"):
        scan = scan_places(parse_article(body + other))
        assert "لمملكة" in [m.text for m in scan.mentions if m.start >= tags], other


def test_a_centre_named_after_a_person_with_its_closing_adjective_is_a_facility():
    """«مركز»/«مجمع» with a royal's name and an adjective that closes it («الحضاري», «الطبي») is a
    building, put at the town beside it; the same head with «لل…» after the name, or with no adjective,
    is an organisation."""
    places = resolve_places("أقيم الحفل بمركز الأمير عبدالله الحضاري بمدينة سكاكا، ونقل المصاب إلى "
                            "مجمع الملك فيصل الطبي بالطائف.")
    fac = {p.texts[0]: p for p in places if p.kind == "facility"}
    assert set(fac) == {"مركز الأمير عبدالله الحضاري", "مجمع الملك فيصل الطبي"}, fac
    assert haversine_km(fac["مجمع الملك فيصل الطبي"].lat, fac["مجمع الملك فيصل الطبي"].lon, 21.27, 40.41) < 30
    assert fac["مركز الأمير عبدالله الحضاري"].country == "SA"
    for org in ("يشارك مركز الملك عبدالله بن عبدالعزيز الدولي للحوار في مؤتمر بمدينة فيينا.",
                "قدم مركز الملك سلمان للإغاثة مساعدات إلى اليمن."):
        assert [p for p in resolve_places(org) if p.kind == "facility"] == [], org


def test_a_town_joined_by_wa_or_a_comma_to_a_place_just_found_is_one_more_item_of_the_list():
    """«إلى نيويورك وبالتيمور»: the cue of the first town carries to the next; a foreign town read
    with و split off counts too. «أهالي الطائف وزواره» (its visitors) and «لمصر وترمز» (and it
    symbolises) are no towns: a list goes on in the same country, or with a city's own name."""
    texts = [m.text for m in find_place_mentions("سافر الوفد إلى نيويورك وبالتيمور، ثم إلى ياوندي ودوالا.")]
    assert texts == ["نيويورك", "بالتيمور", "ياوندي", "دوالا"], texts
    for text in ("توافد أهالي الطائف وزواره على المهرجان.", "تعد الزيارة نجاحا لمصر وترمز إلى مرحلة جديدة."):
        assert len(find_place_mentions(text)) == 1, text


def test_a_place_cue_makes_a_hand_listed_common_name_the_hand_tables_place():
    """«صلاح الدين» is a name first; after «في» (or in a list) it is Iraq's governorate, not the small
    town GeoNames also calls «صلاح الدين» (Pīrmām); alone it is no place."""
    (p,) = resolve_places("قتل جنود في صلاح الدين أمس.")
    assert p.name == "Salah al-Din Governorate", p.name
    assert resolve_places("قال صلاح الدين إن الفريق جاهز.") == []


def test_bani_malik_alone_and_the_jazan_governorate():
    places = resolve_places("أقيم الحفل في بني مالك، وزار الوفد محافظة الداير بني مالك بجازان.")
    assert [(p.name, p.texts) for p in places][:2] == [("Bani Malik", ["بني مالك"]),
                                                      ("Ad Dayer", ["الداير بني مالك"])]


def test_a_facility_named_after_a_person_is_put_at_the_datelines_town():
    """«ملعب الأمير فيصل بن فهد» names no town; in a report from «الرياض –» whose paragraph names none,
    it is put at Riyadh, and says why. Without a dateline it is left off the map. The name ends before
    a time word («مساء الجمعة»)."""
    text = "الرياض - أعلن الاتحاد أمس.\n\nوتقام المباراة على ملعب الأمير فيصل بن فهد مساء الجمعة."
    (stadium,) = [p for p in resolve_places(text) if p.kind == "facility"]
    assert stadium.name_ar == "ملعب الأمير فيصل بن فهد" and stadium.country == "SA"
    assert abs(stadium.lat - 24.69) < 0.1 and "dateline" in stadium.evidence
    assert [p.kind for p in resolve_places(text.replace("الرياض - ", ""))] == []
    # Nor a time after the name («… الفيصل الأسبوع المقبل», «… اليوم»).
    for when in ("الأسبوع المقبل", "اليوم"):
        ps = resolve_places(f"جدة - تقام المباراة على ملعب الأمير عبدالله الفيصل {when}.")
        assert [p.name_ar for p in ps if p.kind == "facility"] == ["ملعب الأمير عبدالله الفيصل"], when
    # A dateline further on («برلين - قال» in a later paragraph) is a quote's place, not the article's.
    later = "خبر\n\nتقام المباراة على ملعب الأمير فيصل بن فهد الذي ألم به.\n\nبرلين - قال الوزير إن المباراة مهمة."
    assert [p.kind for p in resolve_places(later)] == ["city"]



def test_heroes_of_a_town_name_the_town():
    # «أبطال» is "heroes" as often as "champions": no competition's head, the town is a place
    ms = find_place_mentions("وحيا المتظاهرون أبطال غزة، وقاتل أبطال حلب حتى النهاية")
    assert [m.best.entry.name_en for m in ms] == ["Gaza", "Aleppo"]

def test_a_streets_name_ends_before_a_function_word():
    places = resolve_places("وتمتد الفعاليات في جدة حتى مكتب العمدة على شارع الذهب حيث تم اعتماد 11 فعالية")
    assert [(p.name_ar, p.kind) for p in places][1] == ("شارع الذهب", "street")


def test_on_offer_is_no_governorate():
    # «مطروح» is "on offer"; the governorate needs its kind word, the city its full name and a cue
    assert find_place_mentions("والجهاز الآن مطروح على موقع التمويل") == []
    assert [m.best.entry.name_en for m in find_place_mentions("في محافظة مطروح")] == ["Matrouh Governorate"]
    assert [m.best.entry.country for m in find_place_mentions("وصل الوفد إلى مرسى مطروح أمس")] == ["EG"]


def test_with_a_punishment_is_no_baqubah():
    # «بعقوبة تعزيرية»: بـ + «عقوبة» (a punishment); the Iraqi city needs Iraq in the article or a kind word
    assert find_place_mentions("يطالب الادعاء العام بعقوبة تعزيرية للمتهم") == []
    assert [m.best.entry.name_en for m in find_place_mentions("قتل عشرة في بعقوبة شمال بغداد في العراق")][0] == "Baqubah"


def test_a_birthplace_is_no_muscat():
    # «مسقط رأسه» is "his birthplace" (not_places.txt); Muscat stays Muscat
    texts = [m.text for m in find_place_mentions("عاد الرئيس إلى مسقط رأسه، كينيا، ثم وصل إلى مسقط أمس")]
    assert texts == ["كينيا", "مسقط"]


def test_a_country_or_a_large_city_written_in_two_words_that_the_gazetteer_joins():
    """«كوستا ريكا», «سيرا ليون» (not Lyon), «نيو يورك»: the two words together are the one name."""
    names = [p.name for p in resolve_places("زار الوفد كوستا ريكا وسيرا ليون ثم نيو يورك.")]
    assert names == ["Costa Rica", "Sierra Leone", "New York City"], names
    assert resolve_places("قال كوستا إن ريكا جاءت أمس.") == []
