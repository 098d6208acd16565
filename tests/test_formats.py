"""Each export format read back by the tool its users would read it with: TimeML by an XML parser,
GeoJSON by a JSON schema of RFC 7946 and by shapely (geopandas' geometry engine), CoNLL by a round
trip to spans, displaCy's dict by its own contract; and the CLI prints each."""
import json
import re
import xml.etree.ElementTree as ET

import jsonschema
import pytest
import shapely.geometry

from kit.analysis import analyze_text
from kit.analysis.formats import read_conll, to_conll, to_displacy, to_geojson, to_timeml

# Written for these tests: XML-special characters, a time range, a nisba, names next to clitics.
SMALL = ("اجتماع «الأمن & السلام» <عاجل>\n\n"
         "قال وزير الخارجية الأردني أيمن الصفدي يوم الاثنين 3 مايو 2021 في عمان إن شركة أرامكو "
         "وقعت اتفاقا مع لبنان لمدة خمس سنوات، وإن الوفد سيزور بغداد والقاهرة بين 5 و7 يونيو.")


@pytest.fixture(scope="module", params=["study", "small"])
def analysis(request, study_text):
    if request.param == "study":
        return analyze_text(study_text, dct="2015-11-17", source="000_ac51de9d2fe8c34f.txt")
    return analyze_text(SMALL, dct="2021-05-02", source="small.txt")


# --- TimeML ---------------------------------------------------------------------------------------

TIMEX3_VALUE = re.compile(r"^(PRESENT_REF|PAST_REF|FUTURE_REF|\d{4}(-\d{2}(-\d{2}(T(\d{2}(:\d{2})?|MO|MI|AF|EV|NI|DT))?)?)?|"
                          r"\d{4}-W\d{2}(-WE)?|\d{3,4}X*|\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])|"
                          r"P(\d+|X)([YMWDHS]|DE|CE)|PT(\d+|X)[HMS]|XXXX-\d{2}-\d{2}|XXXX-WXX-\d)$")


def test_timeml_parses_and_its_timex3_match_the_analysis(analysis):
    root = ET.fromstring(to_timeml(analysis).encode("utf-8"))
    assert root.tag == "TimeML"
    text_el = root.find("TEXT")
    assert text_el is not None
    # The TEXT element's characters are the article, unchanged: a reader's offsets are ours.
    assert "".join(text_el.itertext()) == analysis.article.text
    timexes = text_el.findall("TIMEX3")
    assert timexes, "the test texts have dates"
    ours = sorted(analysis.timexes, key=lambda t: t.start)
    assert [t.text for t in timexes] == [t.text for t in ours]
    tids = [t.get("tid") for t in timexes]
    assert len(set(tids)) == len(tids) and all(re.fullmatch(r"t\d+", x) for x in tids)
    for el, t in zip(timexes, ours):
        assert el.get("type") in {"DATE", "TIME", "DURATION", "SET"}
        assert el.get("type") == t.type and el.get("value") == (t.value or "")
        assert t.value is None or TIMEX3_VALUE.match(t.value), t.value
        assert el.get("mod") == (t.mod or None)
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.get("functionInDocument") == "CREATION_TIME" and dct.get("value") == analysis.dct


def test_timeml_without_a_publication_date_has_no_dct():
    a = analyze_text("خبر\n\nوصل الوفد يوم 5 مايو 2021.")
    root = ET.fromstring(to_timeml(a).encode("utf-8"))
    assert root.find("DCT") is None and root.find("TEXT/TIMEX3").get("value") == "2021-05-05"


# --- GeoJSON --------------------------------------------------------------------------------------

# The parts of RFC 7946 a Point FeatureCollection must satisfy (what QGIS and geopandas rely on).
GEOJSON_SCHEMA = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object",
            "required": ["type", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": ["string", "number"]},
                "properties": {"type": ["object", "null"]},
                "geometry": {
                    "type": "object", "required": ["type", "coordinates"],
                    "properties": {
                        "type": {"const": "Point"},
                        "coordinates": {"type": "array", "minItems": 2, "maxItems": 3,
                                        "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                                                        {"type": "number", "minimum": -90, "maximum": 90}]},
                    },
                },
            },
        }},
    },
}


def test_geojson_validates_and_loads_as_geometries(analysis):
    text = json.dumps(to_geojson(analysis), ensure_ascii=False)
    gj = json.loads(text)  # what leaves the kit is plain JSON
    jsonschema.Draft202012Validator(GEOJSON_SCHEMA).validate(gj)
    assert len(gj["features"]) == len(analysis.places) > 0
    for feature, place in zip(gj["features"], analysis.places):
        point = shapely.geometry.shape(feature["geometry"])
        assert point.geom_type == "Point" and point.is_valid
        # GeoJSON is longitude first; getting that backwards puts Cairo in the Indian Ocean.
        assert (point.x, point.y) == pytest.approx((place.lon, place.lat))
        assert feature["properties"]["name_ar"] == place.name_ar and "lat" not in feature["properties"]


# --- CoNLL ----------------------------------------------------------------------------------------

def test_conll_round_trips_to_the_entity_spans(analysis):
    conll = to_conll(analysis)
    tokens = [line.split("\t") for line in conll.splitlines() if line and not line.startswith("#")]
    assert tokens and all(len(t) == 4 for t in tokens)
    text = analysis.article.text
    for word, start, end, tag in tokens:
        assert text[int(start):int(end)] == word
        assert re.fullmatch(r"O|[BI]-(PERS|ORG|LOC|MISC)", tag)
    # every mention comes back as the span of the whole tokens it touches, with its type
    expected = []
    spans = [(int(s), int(e)) for _, s, e, _ in tokens]
    for m in sorted(analysis.entities.mentions, key=lambda m: m.start):
        touched = [(s, e) for s, e in spans if s < m.end and m.start < e]
        expected.append((touched[0][0], touched[-1][1], m.type))
    assert read_conll(conll) == expected
    # sentences: one "# text" line each, a blank line after each
    assert conll.count("# text = ") == sum(1 for toks in analysis.article.segments_tokens() if toks)


def test_two_adjacent_mentions_of_one_type_stay_two_in_conll():
    conll = "# text = x\nبغداد\t0\t5\tB-LOC\nالقاهرة\t6\t13\tB-LOC\nقال\t14\t17\tO\n\n"
    assert read_conll(conll) == [(0, 5, "LOC"), (6, 13, "LOC")]


# --- displaCy -------------------------------------------------------------------------------------

def test_displacy_dict_is_what_spacy_manual_mode_takes(analysis):
    d = to_displacy(analysis)
    assert set(d) >= {"text", "ents"} and d["text"] == analysis.article.text
    ents = d["ents"]
    assert len(ents) == len(analysis.entities.mentions)
    assert all(set(e) == {"start", "end", "label"} for e in ents)
    assert [e["start"] for e in ents] == sorted(e["start"] for e in ents)  # displaCy expects them in order
    for e, m in zip(ents, analysis.entities.mentions):
        assert d["text"][e["start"]:e["end"]] == m.text and e["label"] == m.type
    json.dumps(d)  # plain JSON


# --- the command line ------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["conll", "timeml", "geojson", "json"])
def test_cli_prints_each_format(run_kit, fmt):
    r = run_kit("analyze", "data/articles/000_ac51de9d2fe8c34f.txt", "--format", fmt)
    assert r.returncode == 0, r.stderr
    if fmt == "timeml":
        assert ET.fromstring(r.stdout.encode("utf-8")).find("TEXT/TIMEX3") is not None
    elif fmt == "geojson":
        jsonschema.validate(json.loads(r.stdout), GEOJSON_SCHEMA)
    elif fmt == "json":
        assert json.loads(r.stdout)["schema"] == "kit.analysis/1"
    else:
        assert read_conll(r.stdout)
