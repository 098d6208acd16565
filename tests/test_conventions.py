"""The ANERcorp convention rewrite (kit.entities.conventions) and the script that learns its table."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from kit.analysis import analyze_text
from kit.entities import Mention
from kit.entities.conventions import convention_key, rewrite_one, rewrites, to_anercorp
from kit.evaluate.anercorp import score_blocks
from kit.text import lexicon

ROOT = Path(__file__).resolve().parents[1]

TEXT = ("خبر\n\nقالت وزارة الصحة السعودية إن منتخب البرازيل وصل إلى الرياض. وقال مدرب المنتخب الإيطالي "
        "إن الجيش اللبناني انتشر في الجنوب. ونقلت جريدة الأهرام عن لجنة الانضباط قرارها.")


def _script(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_whole_pipeline_mentions_rewritten_as_anercorp_marks_them():
    """A ministry, an army and a team described by an adjective are no entities in ANERcorp; a team named by
    its country is the country (LOC); a newspaper keeps its name without «جريدة». The kit's own analysis keeps
    the whole names."""
    a = analyze_text(TEXT, dct=None)
    native = [(m.text, m.type) for m in a.entities.mentions]
    for name in ("وزارة الصحة السعودية", "منتخب البرازيل", "المنتخب الإيطالي", "الجيش اللبناني", "لجنة الانضباط"):
        assert (name, "ORG") in native, native
    before = list(a.entities.mentions)
    out = to_anercorp(a.entities.mentions, TEXT)
    got = [(m.text, m.type) for m in out]
    assert ("البرازيل", "LOC") in got and ("الرياض", "LOC") in got, got
    assert ("الأهرام", "ORG") in got, got
    assert not any(t.startswith(("وزارة", "منتخب", "المنتخب", "الجيش", "لجنة", "جريدة")) for t, _ in got), got
    assert all(TEXT[m.start:m.end] == m.text for m in out)
    assert a.entities.mentions == before and [(m.text, m.type) for m in a.entities.mentions] == native


def test_each_action_on_a_hand_made_table():
    text = "زار نهر النيل وكأس العالم وشركة الأمل"
    m = Mention(4, 13, "نهر النيل", "LOC", "", "", "", "")
    table = {("LOC", "نهر", True): ("head", "LOC"), ("MISC", "كاس", True): ("type", "ORG"), ("ORG", "شركه", True): ("tail", "ORG")}
    head = rewrite_one(m, text, table)
    assert head is not None and (head.text, head.type, head.start) == ("النيل", "LOC", 8)
    cup = rewrite_one(Mention(15, 25, "كأس العالم", "MISC", "", "", "", ""), text, table)
    assert cup is not None and (cup.text, cup.type) == ("كأس العالم", "ORG")
    firm = rewrite_one(Mention(27, 37, "شركة الأمل", "ORG", "", "", "", ""), text, table)
    assert firm is not None and (firm.text, firm.start, firm.end) == ("شركة", 27, 31)
    one_word = Mention(8, 13, "النيل", "LOC", "", "", "", "")
    assert rewrite_one(one_word, text, table) is one_word
    assert convention_key("منتخب بلجيكا", "ORG") == ("ORG", "منتخب", False)
    assert convention_key("منتخب البرازيل", "ORG") == ("ORG", "منتخب", True)


def test_shipped_table_rows_are_well_formed():
    rows = lexicon.rows("anercorp_convention")
    assert len(rows) >= 10
    for r in rows:
        assert r["type"] in ("ORG", "LOC", "MISC") and r["action"] in ("drop", "head", "tail", "type"), r
        assert r["next_definite"] in ("yes", "no"), r
        assert (r["new_type"] == "") == (r["action"] == "drop"), r
        n, total, distinct = int(r["count"]), int(r["total"]), int(r["distinct"])
        assert total >= 3 and n / total >= 0.6 and distinct >= 2, r
    assert ("ORG", "وزاره", True) in rewrites()


def test_build_script_learns_a_head_rule_only_from_several_names(tmp_path):
    """Three different ministries unmarked in the gold make a rule; one army three times does not (one name is
    no convention), and the held-out and dev blocks are never read."""
    build = _script("build_anercorp_convention", ROOT / "scripts" / "build_anercorp_convention.py")
    sents = []
    for ministry in ("الصحة", "المالية", "التعليم"):
        sents.append(f"قالت وزارة {ministry} إن الوضع مستقر .".split())
    for _ in range(3):
        sents.append("وقال الجيش المصري إن الوضع مستقر .".split())
    lines = []
    for words in sents:
        lines += [f"{w} O" for w in words] + [""]
    corpus = tmp_path / "train.txt"
    corpus.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "table.tsv"
    assert build.main(["--anercorp", str(corpus), "--out", str(out)]) == 0
    data = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert data[0][:4] == ["type", "head", "next_definite", "action"]
    rules = {(r[0], r[1], r[2]): r[3] for r in data[1:]}
    assert rules.get(("ORG", "وزاره", "yes")) == "drop", data
    assert ("ORG", "الجيش", "yes") not in rules, data
    assert build.outcome((1, 3, "ORG"), [(2, 3, "LOC")]) == ("head", "LOC")
    assert build.outcome((1, 3, "ORG"), [(1, 3, "ORG")]) == ("keep", "ORG")
    assert build.outcome((1, 3, "ORG"), [(1, 2, "ORG")]) == ("tail", "ORG")
    assert build.outcome((1, 3, "ORG"), [(0, 2, "PERS")]) == ("other", "")
    assert build.main(["--anercorp", str(tmp_path / "nope")]) == 2


def test_score_blocks_scores_the_rewritten_mentions():
    """The benchmark's second table: the same analysis, scored after the rewrite; ANERcorp's gold tags the country of a
    national team and nothing for a ministry, so the rewrite turns two errors into one hit."""
    block = [[("قالت", "O"), ("وزارة", "O"), ("الصحة", "O"), ("إن", "O"), ("منتخب", "O"), ("البرازيل", "B-LOC"),
              ("وصل", "O"), (".", "O")]]
    cache = {}

    def analyze(text):
        return cache.setdefault(text, analyze_text(text, dct=None))

    kit_side = score_blocks([block], analyze)
    rewritten = score_blocks([block], analyze, rewrite=to_anercorp)
    assert kit_side["LOC"]["tp"] == 0 and kit_side["ORG"]["fp"] == 2, kit_side
    assert rewritten["LOC"]["tp"] == 1 and rewritten["overall"]["fp"] == 0, rewritten
