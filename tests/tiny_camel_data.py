"""Builds a tiny CAMeL Tools data folder for tests: catalogue, morphology database, NER models.

Layout (what camel_tools.data expects under $CAMELTOOLS_DATA):

    catalogue.json
    data/morphology_db/tiny/morphology.db
    data/disambig_mle/tiny/model.json            (with_mle=True)
    data/ner/tiny/...                            (random 1-layer BERT, or a constant-label one)

Nothing is downloaded: the BERT model is built from a BertConfig with random weights.
"""
from __future__ import annotations

import json
from pathlib import Path

LABELS = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]

# Every line of the database, sections in the order database.py reads them. No blank lines:
# the parser reads one as a malformed row.
_FEATS = "prc3:0 prc2:0 prc1:0 prc0:0 enc0:0"
MORPHOLOGY_DB = "\n".join([
    "###DEFINES###",
    "DEFINE pos pos:noun pos:noun_prop pos:verb pos:digit pos:punc pos:latin pos:foreign",
    "DEFINE prc3 prc3:0 prc3:>a_ques",
    "DEFINE prc2 prc2:0 prc2:wa_conj prc2:fa_conj",
    "DEFINE prc1 prc1:0 prc1:bi_prep prc1:li_prep prc1:ka_prep",
    "DEFINE prc0 prc0:0 prc0:Al_det",
    "DEFINE enc0 enc0:0",
    "DEFINE lex lex:*open*",
    "DEFINE diac diac:*open*",
    "DEFINE gloss gloss:*open*",
    "DEFINE bw bw:*open*",
    "DEFINE pos_lex_logprob pos_lex_logprob:*open*",
    "###DEFAULTS###",
    f"DEFAULT pos:digit {_FEATS} lex:* diac:* gloss:* bw:*",
    f"DEFAULT pos:punc {_FEATS} lex:* diac:* gloss:* bw:*",
    f"DEFAULT pos:latin {_FEATS} lex:* diac:* gloss:* bw:*",
    f"DEFAULT pos:noun {_FEATS} lex:* diac:* gloss:* bw:*",
    "###ORDER###",
    "ORDER pos prc3 prc2 prc1 prc0 enc0",
    "###TOKENIZATIONS###",
    "###STEMBACKOFF###",
    "###PREFIXES###",
    "\tPref-0\tdiac: bw:",
    "و\tPref-Wa\tdiac:وَ bw:wa/CONJ prc2:wa_conj gloss:and",
    "ل\tPref-Li\tdiac:لِ bw:li/PREP prc1:li_prep gloss:to",
    "###SUFFIXES###",
    "\tSuff-0\tdiac: bw:",
    "###STEMS###",
    f"روسيا\tN-Prop\tdiac:رُوسْيا lex:رُوسْيا_1 pos:noun_prop gloss:Russia bw:+رُوسْيا/NOUN_PROP pos_lex_logprob:-4.0 {_FEATS}",
    f"لبنان\tN-Prop\tdiac:لُبْنان lex:لُبْنان_1 pos:noun_prop gloss:Lebanon bw:+لُبْنان/NOUN_PROP pos_lex_logprob:-4.5 {_FEATS}",
    f"كتاب\tN\tdiac:كِتاب lex:كِتاب_1 pos:noun gloss:book bw:+كِتاب/NOUN pos_lex_logprob:-3.0 {_FEATS}",
    f"كتاب\tN\tdiac:كُتّاب lex:كاتِب_1 pos:noun gloss:writers bw:+كُتّاب/NOUN pos_lex_logprob:-5.0 {_FEATS}",
    "###TABLE AB###",
    "Pref-0 N-Prop",
    "Pref-0 N",
    "Pref-Wa N-Prop",
    "Pref-Wa N",
    "Pref-Li N-Prop",
    "Pref-Li N",
    "###TABLE BC###",
    "N-Prop Suff-0",
    "N Suff-0",
    "###TABLE AC###",
    "Pref-0 Suff-0",
    "Pref-Wa Suff-0",
    "Pref-Li Suff-0",
]) + "\n"

# Words the tiny tokenizer knows whole; anything else falls to letters and ##letters, so that
# some words become several word pieces (the alignment of labels to words is then exercised).
VOCAB_WORDS = ["زار", "الوفد", "لبنان", "قال", "الوزير", "إن", "روسيا", "الرئيس", "موسكو", "في"]


def build_morphology(root: Path, with_mle: bool = False) -> dict:
    """Write the morphology database (and an MLE model) under ``root/data``; catalogue parts."""
    db_dir = root / "data" / "morphology_db" / "tiny"
    db_dir.mkdir(parents=True, exist_ok=True)
    (db_dir / "morphology.db").write_text(MORPHOLOGY_DB, encoding="utf-8")
    components = {"MorphologyDB": {"default": "tiny", "datasets": {"tiny": {"path": "morphology_db/tiny"}}}}
    if with_mle:
        mle_dir = root / "data" / "disambig_mle" / "tiny"
        mle_dir.mkdir(parents=True, exist_ok=True)
        # The word-based MLE model prefers the rarer reading "writers" for كتاب: a test can tell
        # whether ranking came from the MLE model or from pos_lex_logprob.
        model = {"كتاب": {"lex": "كاتِب_1", "diac": "كُتّاب", "bw": "+كُتّاب/NOUN", "pos": "noun",
                          "prc0": "0", "prc1": "0", "prc2": "0", "prc3": "0", "enc0": "0"}}
        (mle_dir / "model.json").write_text(json.dumps(model, ensure_ascii=False), encoding="utf-8")
        components["DisambigMLE"] = {"default": "tiny", "datasets": {"tiny": {"path": "disambig_mle/tiny"}}}
    return components


def build_ner_model(folder: Path, constant_label: str | None = None, seed: int = 0) -> Path:
    """A 1-layer, hidden-16 BERT token classifier with a slow BertTokenizer vocab, saved in ``folder``.

    ``constant_label`` (e.g. "B-LOC"): zero the classifier's weights and give that label the only
    positive bias, so the model outputs it for every word (a test can then predict every span).
    Otherwise the classifier is random (seeded) with large weights, so labels vary and no two
    logits are close enough for padding-order rounding to flip an argmax.
    """
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    letters = [chr(c) for c in range(0x0621, 0x064B)]
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", "،", ",", "-", "؟", "!", ":", '"', "(", ")"]
    vocab += [str(d) for d in range(10)] + VOCAB_WORDS + letters + ["##" + ch for ch in letters]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=256, num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)), label2id={lab: i for i, lab in enumerate(LABELS)},
    )
    model = BertForTokenClassification(config)
    with torch.no_grad():
        if constant_label is not None:
            model.classifier.weight.zero_()
            model.classifier.bias.fill_(-1.0)
            model.classifier.bias[LABELS.index(constant_label)] = 5.0
        else:
            model.classifier.weight.normal_(0.0, 3.0)
    model.save_pretrained(folder)
    BertTokenizer(str(folder / "vocab.txt"), do_lower_case=False).save_pretrained(folder)
    return folder


def build(root: Path, *, ner: str | None = "random", morphology: bool = True, with_mle: bool = False) -> Path:
    """A whole data folder at ``root``. ``ner``: "random", a constant label such as "B-LOC", or None."""
    root.mkdir(parents=True, exist_ok=True)
    components: dict = {}
    if morphology:
        components.update(build_morphology(root, with_mle=with_mle))
    if ner is not None:
        build_ner_model(root / "data" / "ner" / "tiny", constant_label=None if ner == "random" else ner)
        components["NamedEntityRecognition"] = {"default": "tiny", "datasets": {"tiny": {"path": "ner/tiny"}}}
    catalogue = {"version": "1.6", "packages": {}, "components": components}
    (root / "catalogue.json").write_text(json.dumps(catalogue, ensure_ascii=False, indent=1), encoding="utf-8")
    return root
