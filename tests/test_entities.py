"""Entities: the default pipeline on the study article against the gold, coreference, roles,
nisbas, spans without proclitics, a second article written for the tests, the evaluation module,
the explorer widget and the notebook."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kit.entities.recognise import Candidate, find_entities, key, merge, resources
from kit.evaluate.gold import align, compare_recognizers, load_gold, score
from kit.resources import DATA, STUDY_ARTICLE
from kit.text.article import InputError, parse_article, read_article

ROOT = Path(__file__).resolve().parent.parent
GOLD = DATA / "gold" / "000_ac51de9d2fe8c34f.gold.json"

# Written for these tests: Yemen, Libya and the Gulf, none of the study article's people.
SECOND_ARTICLE = """التحالف العربي يكثف غاراته على مواقع الحوثيين في صنعاء

أعلن المتحدث باسم التحالف العربي، العميد أحمد عسيري، أن طائرات التحالف شنت غارات على مواقع لجماعة الحوثي في صنعاء وتعز.

وقال الرئيس اليمني، عبد ربه منصور هادي، في كلمة ألقاها من الرياض إن الحكومة ستعود إلى عدن قريبا. وأكد هادي أن المقاومة الشعبية تتقدم في محافظة مأرب.

من جهته، دعا المبعوث الأممي إلى اليمن، إسماعيل ولد الشيخ أحمد، الأطراف إلى العودة للمفاوضات في جنيف، وقالت الأمم المتحدة إن الوضع الإنساني خطير.

وفي ليبيا، التقى رئيس المجلس الرئاسي، فايز السراج، وزير الخارجية الإماراتي، الشيخ عبدالله بن زايد آل نهيان، في أبوظبي. وبحث السراج مع الوزير الأوضاع في طرابلس وبنغازي.
"""


@pytest.fixture(scope="module")
def study():
    return read_article(STUDY_ARTICLE)


@pytest.fixture(scope="module")
def ents(study):
    return find_entities(study)


@pytest.fixture(scope="module")
def second():
    article = parse_article(SECOND_ARTICLE)
    return article, find_entities(article)


def ids_of(ents, text, typ=None):
    return {m.entity_id for m in ents.mentions if m.text == text and (typ is None or m.type == typ)}


# --- the study article against the gold ----------------------------------------------------------

def test_study_article_f1_and_every_person_and_place(ents):
    table = score(ents, GOLD)
    assert table.loc["all", "f1"] >= 0.95, table
    assert table.loc["PERS", "recall"] == 1.0 and table.loc["LOC", "recall"] == 1.0, table
    missed = align(ents, GOLD)
    assert not len(missed[(missed.verdict == "FN") & missed.type.isin(["PERS", "LOC"])])


def test_every_mention_is_a_slice_of_the_text_and_fits_the_schema(study, ents):
    import jsonschema

    from kit.analysis.pipeline import schema

    sch = schema()
    out = ents.to_json()
    assert set(out) == {"entities", "roles", "nisbas"}
    for part in out:
        item_schema = {**sch["properties"][part]["items"], "$defs": sch["$defs"]}
        for item in out[part]:
            jsonschema.validate(item, item_schema)
            assert study.text[item["start"]:item["end"]] == item["text"]
    for m in ents.mentions:
        assert m.source in m.sources and m.evidence and m.canonical


def test_spans_leave_out_proclitics_and_keep_the_article(study, ents):
    by_start = {m.start: m for m in ents.mentions}
    text = study.text
    i = text.index("لروسيا")
    assert by_start[i + 1].text == "روسيا"  # ل + روسيا
    i = text.index("لتنظيم الدولة")
    assert by_start[i + 1].text == "تنظيم الدولة الإسلامية"
    i = text.index("ودير الزور")
    assert by_start[i + 1].text == "دير الزور"
    assert any(m.text == "الرقة" for m in ents.mentions)  # ال belongs to the name
    assert any(m.text == "الكرملين" for m in ents.mentions)
    proclitic_start = re.compile(r"^[وفبلك](?:روسيا|سوريا|سورية|فرنسا|موسكو|بوتين|داعش)")
    assert not [m.text for m in ents.mentions if proclitic_start.match(m.text)]


# --- coreference, roles, nisbas --------------------------------------------------------------------

def test_surname_and_full_name_are_one_person(ents):
    full, short = ids_of(ents, "فلاديمير بوتين", "PERS"), ids_of(ents, "بوتين", "PERS")
    assert len(full) == 1 and full == short
    putin = ents.entity(next(iter(full)))
    assert putin.canonical == "فلاديمير بوتين" and len(putin.mentions) == 6


def test_acronym_and_spelling_variants_share_an_entity(ents):
    isis = ids_of(ents, "داعش", "ORG")
    assert len(isis) == 1 and isis == ids_of(ents, "تنظيم الدولة الإسلامية", "ORG")
    assert ents.entity(next(iter(isis))).canonical == "Islamic State"
    syria = ids_of(ents, "سورية", "LOC")
    assert len(syria) == 1 and syria == ids_of(ents, "سوريا", "LOC")
    assert ents.entity(next(iter(syria))).canonical == "Syria"


def test_roles_refer_to_the_right_person(study, ents):
    putin = next(iter(ids_of(ents, "فلاديمير بوتين")))
    shoigu = next(iter(ids_of(ents, "سيرغي شويغو")))
    hollande = next(iter(ids_of(ents, "فرانسوا هولاند")))
    roles = {(r.start, r.text): r.entity_id for r in ents.roles}
    gold = load_gold(GOLD)["role_mentions"]
    expect = {"Vladimir Putin": putin, "Sergei Shoigu": shoigu, "François Hollande": hollande}
    for g in gold:
        assert (g["start"], g["text"]) in roles, f"role {g['text']} at {g['start']} not found"
        if g["canonical"] in expect:
            assert roles[(g["start"], g["text"])] == expect[g["canonical"]], g
    # The chief of staff is never named: his role is a person of its own, not one of the others.
    chief = next(r for r in ents.roles if r.text == "رئيس أركان الجيش الروسي")
    assert chief.entity_id not in expect.values() and ents.entity(chief.entity_id).type == "PERS"
    # Both "الرئيس الروسي" mentions, the first one before the name is even given.
    assert [r.start for r in ents.roles if r.text == "الرئيس الروسي" and r.entity_id == putin] == [377, 659]
    assert next(r for r in ents.roles if r.text == "الوزير").entity_id == shoigu


def test_nisbas_link_to_the_country(ents):
    egypt = next(iter(ids_of(ents, "مصر", "LOC")))
    n = next(n for n in ents.nisbas if n.text == "الأراضي المصرية")
    assert n.country == "EG" and n.entity_id == egypt and n.adjective == "المصرية"
    russia = next(iter(ids_of(ents, "روسيا", "LOC")))
    air = next(n for n in ents.nisbas if n.adjective == "الروسية" and n.end == 2165)
    assert air.country == "RU" and air.entity_id == russia
    # A country's own name is a place, not a nisba, even when it could be read as one (سورية).
    assert not [n for n in ents.nisbas if n.text in ("سورية", "سوريا")]
    assert not any(m.text in ("الروسي", "المصرية") for m in ents.mentions)


def test_table_and_entity_lookup(ents):
    table = ents.table()
    assert list(table.columns[:6]) == ["start", "end", "text", "type", "canonical", "entity_id"]
    assert len(table) == len(ents.mentions) and table.start.is_monotonic_increasing
    assert ents.entity("no such id") is None
    co = ents.cooccurrence(read_article(STUDY_ARTICLE))
    putin = next(iter(ids_of(ents, "بوتين")))
    kremlin = next(iter(ids_of(ents, "الكرملين")))
    assert co.loc[putin, kremlin] >= 1 and (co.values == co.values.T).all()


# --- an article the kit was not written for --------------------------------------------------------

def test_second_article_gets_its_entities(second):
    article, ents = second
    found = {(m.text, m.type) for m in ents.mentions}
    expected = {
        ("أحمد عسيري", "PERS"), ("عبد ربه منصور هادي", "PERS"), ("هادي", "PERS"),
        ("إسماعيل ولد الشيخ أحمد", "PERS"), ("فايز السراج", "PERS"), ("السراج", "PERS"),
        ("عبدالله بن زايد آل نهيان", "PERS"),
        ("صنعاء", "LOC"), ("تعز", "LOC"), ("عدن", "LOC"), ("مأرب", "LOC"), ("اليمن", "LOC"),
        ("جنيف", "LOC"), ("ليبيا", "LOC"), ("أبوظبي", "LOC"), ("طرابلس", "LOC"), ("بنغازي", "LOC"),
        ("التحالف العربي", "ORG"), ("الأمم المتحدة", "ORG"),
    }
    assert expected <= found, sorted(expected - found)
    assert ids_of(ents, "هادي") == ids_of(ents, "عبد ربه منصور هادي")
    assert ids_of(ents, "السراج") == ids_of(ents, "فايز السراج")
    minister = next(iter(ids_of(ents, "عبدالله بن زايد آل نهيان")))
    assert next(r for r in ents.roles if r.text == "الوزير").entity_id == minister
    envoy = next(iter(ids_of(ents, "إسماعيل ولد الشيخ أحمد")))
    assert any(r.entity_id == envoy and r.text.startswith("المبعوث") for r in ents.roles)
    wrong = [m.text for m in ents.mentions if m.type == "PERS" and m.text in ("الحكومة", "المقاومة", "الوضع")]
    assert not wrong


def test_odd_input_never_crashes():
    for text in ["عنوان\n\n...", "خبر\n\n«»\"\" ، ، — تو- -22 إف-", "وزير\n\nالرئيس، ، الوزير", "ا" * 3000,
                 "حزب\n\nوزارة"]:
        ents = find_entities(parse_article(text), use_camel=False)
        json.dumps(ents.to_json(), ensure_ascii=False)
    with pytest.raises(InputError):
        find_entities(parse_article("خبر\n\nنص."), aliases={"": 3})


# --- pieces -----------------------------------------------------------------------------------------

def test_merge_precedence_and_sources():
    gaz = Candidate(0, 5, "LOC", "gazetteer", "g", 40)
    model = Candidate(0, 5, "LOC", "model", "m", 20)
    other = Candidate(2, 9, "ORG", "model", "m", 20)
    kept = merge([model, other, gaz])
    assert [(c.source, s) for c, s in kept] == [("gazetteer", ["gazetteer", "model"])]


def test_organisation_gazetteer_is_general():
    res = resources()
    assert len(res.orgs) >= 350
    kinds = {e.kind for e in res.orgs.values()}
    assert {"international", "military", "party", "armed_group", "media", "government"} <= kinds
    assert any(e.source == "anercorp" for e in res.orgs.values())
    assert key("الأمم المتحدة") == key("الامم المتحده")


def test_extra_aliases_join_two_spellings():
    text = "اجتماع\n\nقالت منظمة أوبك إن الإنتاج سيرتفع. وأكدت منظمة الدول المصدرة للبترول أن الأسعار ستستقر."
    before = find_entities(parse_article(text), use_model=False)
    after = find_entities(parse_article(text), use_model=False, aliases={"منظمة الدول المصدرة للبترول": "opec"})
    assert len({m.entity_id for m in before.mentions if m.type == "ORG"}) == 2
    assert len({m.entity_id for m in after.mentions if m.type == "ORG"}) == 1


def test_evaluate_relaxed_neutral_and_ignored():
    gold = {"entities": [
        {"start": 0, "end": 5, "type": "LOC", "required": True, "text": "a"},
        {"start": 10, "end": 20, "type": "ORG", "required": False, "text": "b"},
        {"start": 30, "end": 40, "type": "PERS", "required": True, "text": "c"}],
        "ignore_spans": [[50, 60]]}
    pred = [{"start": 1, "end": 4, "type": "LOC"},      # overlaps gold LOC: TP
            {"start": 12, "end": 15, "type": "ORG"},    # on an optional mention: neutral
            {"start": 52, "end": 55, "type": "PERS"},   # inside an ignored span: neutral
            {"start": 30, "end": 40, "type": "ORG"},    # wrong type: FP, and the PERS is missed
            ]
    t = score(pred, gold)
    assert t.loc["LOC", ["tp", "fp", "fn"]].tolist() == [1, 0, 0]
    assert t.loc["PERS", ["tp", "fp", "fn"]].tolist() == [0, 0, 1]
    assert t.loc["ORG", ["tp", "fp", "fn"]].tolist() == [0, 1, 0]
    assert t.loc["all", "precision"] == 0.5 and t.loc["all", "recall"] == 0.5
    with pytest.raises(InputError):
        load_gold(ROOT / "no-such.gold.json")


def test_compare_recognizers_side_by_side(study):
    summary, by_mention = compare_recognizers(study, GOLD, recognizers=["gazetteer", "pattern", "model"])
    assert list(summary.index) == ["gazetteer", "pattern", "model", "pipeline"]
    assert summary.loc["pipeline", "f1"] >= max(summary.loc[r, "f1"] for r in ("gazetteer", "pattern"))
    assert len(by_mention) == sum(1 for g in load_gold(GOLD)["entities"] if g.get("required", True))
    assert set(by_mention.gazetteer) <= {"✓", "✗"} and by_mention.missed_by_all.dtype == bool
    # The division of labour: places come from the gazetteer, people named after a title from the patterns.
    assert (by_mention[by_mention.type == "LOC"].gazetteer == "✓").all()
    assert (by_mention[by_mention.gold == "سيرغي شويغو"].pattern == "✓").all()


def test_no_study_names_in_kit():
    names = ["بوتين", "شويغو", "هولاند", "ديغول", "2015-11-17"]
    for path in sorted((ROOT / "kit").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert not [n for n in names if n in source], path.name


# --- the explorer -----------------------------------------------------------------------------------

def test_entity_explorer_follows_the_selection(study, ents):
    from kit.show.widgets import entity_explorer

    box = entity_explorer(study, ents)
    all_html = box.article_html.value
    assert 'dir="rtl"' in all_html and all_html.count("<mark") >= len(ents.mentions)
    putin = next(iter(ids_of(ents, "بوتين")))
    box.who.value = putin
    one = box.article_html.value
    assert one != all_html and one.count('data-label="PERS"') == 6
    assert "فلاديمير بوتين" in box.details_html.value and "dir=\"rtl\"" in box.details_html.value
    box.show_roles.value = False
    assert box.article_html.value.count("<mark") == 6
    box.kind.value = "LOC"
    assert box.who.value == "*" and all(o[1] == "*" or o[1].startswith("LOC") for o in box.who.options)
    assert 'data-label="PERS"' not in box.article_html.value and 'data-label="LOC"' in box.article_html.value


def test_cooccurrence_figure(study, ents):
    from kit.show.plots import cooccurrence_figure

    fig = cooccurrence_figure(ents, study)
    ax = fig.axes[0]
    assert ax.get_title() and len(ax.collections) >= 5 and ax.lines
    import matplotlib.pyplot as plt

    plt.close(fig)


# --- rebuilding the data and the notebook ------------------------------------------------------------

def test_organisation_gazetteer_rebuilds_identically(tmp_path):
    corpus = ROOT.parent / "shared" / "anercorp" / "train.txt"
    if not corpus.is_file():
        pytest.skip("ANERcorp (../shared/anercorp/train.txt) is not beside the project")
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_organisations.py"), "--anercorp", str(corpus),
                        "--out", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    for name in ("organisations.tsv", "person_names.tsv", "word_tags.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (DATA / "gazetteer" / name).read_text(encoding="utf-8"), name


@pytest.mark.slow
def test_notebook_runs_headless(executed):
    from helpers import notebook_outputs

    texts, _ = notebook_outputs(executed("02"))
    joined = "\n".join(texts)
    assert "<mark" in joined and "image/png" in joined and "✅" in joined


def test_a_highlight_is_an_isolate_so_latin_beside_it_keeps_its_place():
    # «بصحيفة الوئام: Micro-Flip»: without isolation the mark's Latin label joined the Latin word
    # after it and the browser drew the name away from its highlight (notebook 05's snippets).
    from kit.show.display import highlight_html

    text = "رابط الخبر بصحيفة الوئام: Micro-Flip كابل"
    html = highlight_html(text, [{"start": text.index("الوئام"), "end": text.index(":"), "label": "ORG"}])
    mark = html[html.index("<mark"):html.index("</mark>")]
    assert "unicode-bidi:isolate" in mark and '<sub dir="ltr"' in mark and "الوئام" in mark


def test_segment_needs_change_no_output(monkeypatch):
    """SEGMENT_NEEDS (and the needs of the name lists' rules) only spare a rule the segments it cannot match: on
    120 sample articles every gated rule, run on a segment without the words it needs, finds nothing, and the
    whole entity stage gives the same mentions, roles and nisbas with the gates and without them."""
    import gzip
    import inspect

    import kit.entities.recognise as rec

    with gzip.open(DATA / "corpus" / "saudinewsnet-sample.jsonl.gz", "rt", encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(120), f)]
    articles = [parse_article((r.get("title") or "") + "\n\n" + r["content"]) for r in records]
    res = resources()
    skipped = 0
    for a in articles:
        for toks in a.segments_tokens():
            for rule in rec._idle_rules(rec._segment_words(toks), res):
                skipped += 1
                params = list(inspect.signature(rule).parameters)
                if params[0] == "toks":
                    got = rule(toks)
                else:
                    args = [a.text, toks] + ([res] if "res" in params else [])
                    args += [{} for p in params[len(args):] if p in ("spans_at", "org_at")]
                    got = rule(*args)
                assert not (got[0] if isinstance(got, tuple) else got), (rule.__name__, a.text[toks[0].start:toks[-1].end])
    assert skipped > 20_000 and len(rec.SEGMENT_NEEDS) + len(rec._name_list_needs(res)) > 25
    # the article-wide readers skip the segments without their words, with the same answers
    sports = anaphors = 0
    for a in articles:
        segs = a.segments_tokens()
        words = [rec._segment_words(toks) for toks in segs]
        for ignore in (frozenset(), frozenset({"فريق", "الفريق"})):
            assert rec.sporty_article(segs, ignore, words=words) == rec.sporty_article(segs, ignore)
        sports += rec.sporty_article(segs, words=words)
        assert rec._kind_anaphors(segs, words) == rec._kind_anaphors(segs)
        anaphors += len(rec._kind_anaphors(segs))
    assert sports >= 5 and anaphors >= 1, (sports, anaphors)

    def everything() -> list:
        out = []
        for a in articles:
            e = find_entities(a, use_camel=False)
            out.append(([(m.start, m.end, m.type, m.entity_id, m.evidence) for m in e.mentions],
                        [(r.start, r.end, r.entity_id) for r in e.roles], [(n.start, n.end, n.country) for n in e.nisbas]))
        return out

    gated = everything()
    assert sum(len(m) for m, _, _ in gated) > 1_500
    monkeypatch.setattr(rec, "_idle_rules", lambda words, res: set())
    assert everything() == gated
