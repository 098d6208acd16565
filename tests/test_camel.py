"""kit.entities.camel: CAMeL Tools' optional NER model and morphology, on tiny data the tests build.

No real CAMeL Tools data is needed or downloaded: tiny_camel_data writes a catalogue, a six-stem
morphology database and 1-layer hidden-16 BERT token classifiers into a temporary folder, and
CAMELTOOLS_DATA points there.
"""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
import tiny_camel_data

import kit.entities.camel as camel
from kit.text.arabic import tokenize
from kit.text.article import Article, parse_article

pytestmark = pytest.mark.camel  # torch and transformers: the camel extra (make test-camel)

ROOT = Path(__file__).resolve().parent.parent
# camel_tools' data-dependent modules read CAMELTOOLS_DATA once, at import.
_DATA_MODULES = ("camel_tools.data", "camel_tools.ner", "camel_tools.morphology", "camel_tools.disambig")

TITLE = "زيارة الوفد إلى لبنان"
BODY = "زار الوفد لبنان والعراق لروسيا، وقال الوزير إن للجيش 3 ألوية."
TEXT = f"{TITLE}\n\n{BODY}\n\nوأضاف أن الزيارة مهمة."


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    """Data folders: 'full' (B-LOC model + morphology), 'mle' (+ MLE model), 'catalogue_only',
    and two more model folders (random, I-PERS) passed to the recognizer by path."""
    base = tmp_path_factory.mktemp("camel")
    before = set(sys.modules)
    folders = {
        "full": tiny_camel_data.build(base / "full", ner="B-LOC"),
        "mle": tiny_camel_data.build(base / "mle", ner=None, with_mle=True),
        "catalogue_only": tiny_camel_data.build(base / "cat", ner=None, morphology=False),
        "random": tiny_camel_data.build_ner_model(base / "models" / "random", seed=0),
        "ipers": tiny_camel_data.build_ner_model(base / "models" / "ipers", constant_label="I-PERS"),
        "home": base / "home",
    }
    folders["home"].mkdir()
    yield folders
    camel._recognizers.clear()
    camel._analyzers.clear()
    camel._analyses.clear()
    for name in [m for m in sys.modules if m.startswith(_DATA_MODULES) and m not in before]:
        del sys.modules[name]


@pytest.fixture
def use(data, monkeypatch):
    """Point CAMELTOOLS_DATA (and HOME, so nothing lands in the real ~/.camel_tools) at a folder."""
    monkeypatch.setenv("HOME", str(data["home"]))

    def _use(name: str) -> Path:
        monkeypatch.setenv("CAMELTOOLS_DATA", str(data[name]))
        return data[name]

    return _use


def test_status_reports_both_components(use):
    folder = use("full")
    s = camel.camel_status()
    assert s["data_dir"] == str(folder) and s["from_env"] and s["catalogue"]
    assert s["components"]["ner"] == {"installed": True, "name": "tiny", "path": str(folder / "data" / "ner" / "tiny")}
    assert s["components"]["morphology"]["installed"] is True
    assert s["components"]["disambiguator"]["installed"] is False
    assert len(s["adds"]) == 2 and "NER model" in s["message"] and "morphology" in s["message"]
    assert camel.camel_ner_available() and camel.morphology_available()


def test_catalogue_without_components_says_what_to_install(use):
    use("catalogue_only")
    s = camel.camel_status()
    assert s["catalogue"] and not s["components"]["ner"]["installed"] and not s["components"]["morphology"]["installed"]
    assert "camel_data -i" in s["message"] and s["adds"] == []
    assert camel.camel_ner_available() is False
    with pytest.raises(camel.CamelDataMissing, match="not installed"):
        camel.camel_ner_mentions(parse_article(TEXT))
    with pytest.raises(camel.CamelDataMissing, match="not installed"):
        camel.analyze_word("كتاب")


def test_model_installed_after_a_first_answer_is_seen(tmp_path, monkeypatch):
    """The answer is kept between articles, but installing the model into the same data folder (as
    ``camel_data -i`` does, the catalogue unchanged) is seen on the next call."""
    root = tiny_camel_data.build(tmp_path / "later", ner=None, morphology=False)
    catalogue = json.loads((root / "catalogue.json").read_text(encoding="utf-8"))
    catalogue["components"]["NamedEntityRecognition"] = {"default": "tiny", "datasets": {"tiny": {"path": "ner/tiny"}}}
    (root / "catalogue.json").write_text(json.dumps(catalogue), encoding="utf-8")
    monkeypatch.setenv("CAMELTOOLS_DATA", str(root))
    assert camel.camel_ner_available() is False
    assert camel.camel_ner_available() is False  # (the kept answer)
    tiny_camel_data.build_ner_model(root / "data" / "ner" / "tiny")
    assert camel.camel_ner_available() is True


def test_no_data_folder_reports_not_installed_without_download(tmp_path):
    """A fresh process, no catalogue anywhere: plain "not installed", no camel_tools.data import
    (the import is what would try a download), no folder created, no exception."""
    script = r"""
import json, sys
import kit.entities.camel as camel
from kit.text.article import parse_article
out = {"status": camel.camel_status(), "ner": camel.camel_ner_available(), "morph": camel.morphology_available()}
for name, call in (("mentions", lambda: camel.camel_ner_mentions(parse_article("زار الوفد لبنان."))),
                   ("analyze", lambda: camel.analyze_word("كتاب"))):
    try:
        call()
        out[name] = "no error"
    except camel.CamelDataMissing as e:
        out[name] = "missing: " + str(e)
out["modules"] = sorted(m for m in sys.modules if m.startswith("camel_tools.") and not m.startswith("camel_tools.utils"))
print(json.dumps(out))
"""
    env = dict(os.environ, HOME=str(tmp_path / "home"), CAMELTOOLS_DATA=str(tmp_path / "nowhere"),
               # Were a download tried after all, it would fail at once instead of reaching out.
               HTTPS_PROXY="http://127.0.0.1:9", HTTP_PROXY="http://127.0.0.1:9")
    (tmp_path / "home").mkdir()
    res = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["status"]["catalogue"] is False and "not installed" in out["status"]["message"]
    assert not any(c["installed"] for c in out["status"]["components"].values())
    assert out["ner"] is False and out["morph"] is False
    assert out["mentions"].startswith("missing:") and out["analyze"].startswith("missing:")
    assert out["modules"] == [], out["modules"]
    assert not (tmp_path / "nowhere").exists() and not (tmp_path / "home" / ".camel_tools").exists()


def test_constant_b_loc_model_makes_every_word_a_loc_mention(use):
    use("full")
    article = parse_article(TEXT)
    mentions = camel.camel_ner_mentions(article)
    for m in mentions:
        assert article.text[m["start"]:m["end"]] == m["text"]
        assert m["type"] == "LOC" and m["labels"] == ["B-LOC"]
        # softmax of a +5 bias against eight -1 biases
        assert m["score"] == pytest.approx(math.exp(5) / (math.exp(5) + 8 * math.exp(-1)), abs=1e-3)
    expected = (TITLE.split()
                + ["زار", "الوفد", "لبنان",
                   "العراق",  # و + ال: cut before the article
                   "روسيا",   # ل + روسيا: every analysis in the tiny database has the proclitic
                   "وقال",    # not in the database, no article: whole word
                   "الوزير", "إن",
                   "لجيش",    # ل + ال written لل: the span starts at the article's lam
                   "3", "ألوية"]
                + ["وأضاف", "أن", "الزيارة", "مهمة"])
    assert [m["text"] for m in mentions] == expected
    # punctuation labelled B-LOC by the model is never a mention
    assert not any(t.kind == "punct" for m in mentions for t in tokenize(m["text"]))
    by_text = {m["text"]: m["proclitic"] for m in mentions}
    assert by_text["العراق"] == "article" and by_text["روسيا"] == "morphology" and by_text["لبنان"] == "morphology"


def test_constant_i_pers_model_joins_words_into_one_mention_per_sentence(use, data):
    use("full")
    article = parse_article(TEXT)
    mentions = camel.camel_ner_mentions(article, model_path=data["ipers"])
    assert [m["text"] for m in mentions] == [
        TITLE,
        "زار الوفد لبنان والعراق لروسيا، وقال الوزير إن للجيش 3 ألوية",  # final "." left out
        "وأضاف أن الزيارة مهمة",
    ]
    assert all(m["type"] == "PERS" and article.text[m["start"]:m["end"]] == m["text"] for m in mentions)


def test_random_model_labels_match_camel_tools_own_predict(use, data):
    """Seeded random model: our scored prediction gives the labels NERecognizer.predict gives,
    word for word, also on a sentence long enough to be cut into several 256-piece segments."""
    use("full")
    rec = camel.load_recognizer(data["random"])
    from camel_tools.ner import NERecognizer

    assert isinstance(rec, NERecognizer)
    long_sentence = ["كلمةطويلة", "غيرمعروفة", "،", "موسكو"] * 60  # > 254 word pieces
    sentences = [tokenize_words(BODY), tokenize_words(TITLE), long_sentence, ["في"]]
    ours = camel.predict_labels(rec, sentences, batch_size=3)
    theirs = rec.predict(sentences)
    assert [[lab for lab, _ in s] for s in ours] == theirs
    assert all(0 < p <= 1 for s in ours for _, p in s)
    assert len({lab for s in theirs for lab in s}) > 2, "a random model should not give one label"

    article = parse_article(TEXT)
    first = camel.camel_ner_mentions(article, model_path=data["random"])
    assert first == camel.camel_ner_mentions(article, model_path=data["random"])
    for m in first:
        assert article.text[m["start"]:m["end"]] == m["text"] and m["text"].strip() == m["text"]
        assert m["type"] in camel.ENTITY_TYPES and 0 < m["score"] <= 1
        assert m["labels"][0].startswith(("B-", "I-")) and all(lab.endswith(m["type"]) for lab in m["labels"])


def tokenize_words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_article_without_sentences_gives_no_mentions(use):
    use("full")
    assert camel.camel_ner_mentions(Article(text="")) == []


def test_bad_model_path_is_one_clear_error(use, tmp_path):
    use("full")
    with pytest.raises(camel.CamelDataMissing, match="not a NER model folder"):
        camel.camel_ner_mentions(parse_article(TEXT), model_path=tmp_path)


def test_analyze_word_reads_the_tiny_database_and_memoises(use, monkeypatch):
    use("full")
    book = camel.analyze_word("كتاب")
    assert [(a["lemma"], a["pos"], a["gloss"]) for a in book] == [("كِتاب", "noun", "book"), ("كاتِب", "noun", "writers")]
    assert book[0]["score"] > book[1]["score"]  # ranked by pos_lex_logprob
    russia = camel.analyze_word("لروسيا")
    assert [(a["lemma"], a["pos"], a["proclitics"]) for a in russia] == [("رُوسْيا", "noun_prop", ["li_prep"])]
    assert camel.analyze_word("ولبنان")[0]["proclitics"] == ["wa_conj"]
    assert camel.analyze_word("سيارة") == []  # not in the database

    _, analyzer, _ = camel._load_analyzer()
    calls = []
    monkeypatch.setattr(analyzer, "analyze", lambda w: calls.append(w) or [])
    assert camel.analyze_word("كتاب") == book and calls == []  # memoised: the analyser is not asked again
    with pytest.raises(camel.InputError):
        camel.analyze_word(None)


def test_mle_disambiguator_ranks_when_installed(use):
    use("mle")
    assert camel.camel_status()["components"]["disambiguator"]["installed"]
    book = camel.analyze_word("كتاب")
    # The tiny MLE model prefers "writers"; pos_lex_logprob alone would rank "book" first.
    assert book[0]["lemma"] == "كاتِب" and book[0]["score"] == 1.0
    assert {a["lemma"] for a in book} == {"كِتاب", "كاتِب"}


def test_stem_offset_choices():
    assert camel.stem_offset("لروسيا", use_morphology=False) == (0, "whole")
    assert camel.stem_offset("لروسيا", known_stem={"روسيا"}.__contains__) == (1, "known")
    assert camel.stem_offset("لبنان", known_stem={"لبنان", "بنان"}.__contains__) == (0, "known")
    assert camel.stem_offset("وبالعراق", use_morphology=False) == (2, "article")
    assert camel.stem_offset("فالح", use_morphology=False) == (0, "whole")  # ف + الح: too short to be ال + name
    assert camel.stem_offset("الرقة", use_morphology=False) == (0, "whole")


def test_explicit_model_folder_loads_without_a_catalogue(data, monkeypatch, tmp_path):
    """A model folder given by path needs no catalogue: it loads without importing camel_tools.data
    (whose import would try to download the missing catalogue) and tags like NERecognizer does."""
    monkeypatch.setenv("HOME", str(data["home"]))
    monkeypatch.setenv("CAMELTOOLS_DATA", str(data["full"]))
    article = parse_article(TEXT)
    expected = camel.camel_ner_mentions(article, model_path=data["ipers"])

    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "no-catalogue"))
    monkeypatch.setattr(camel, "_recognizers", {})
    for name in [m for m in sys.modules if m.startswith(_DATA_MODULES)]:
        monkeypatch.delitem(sys.modules, name)
    assert camel.camel_ner_mentions(article, model_path=data["ipers"]) == expected
    assert isinstance(camel._recognizers[str(data["ipers"].absolute())], camel._BareRecognizer)
    assert not any(m.startswith(_DATA_MODULES) for m in sys.modules)
