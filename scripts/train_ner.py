"""Train the kit's CRF entity recognizer on ANERcorp (and, with ``--genre``, the genre entity set); measure it on a held-out slice.

    .venv/bin/python scripts/train_ner.py [--anercorp ../shared/anercorp/train.txt] [--tune] [--genre]

Writes ``data/models/ner-crf.crfsuite`` (the model), ``data/models/ner-crf.lexicon.json`` (the word
lists its features read), ``data/models/ner-crf.metrics.json`` and ``data/models/README.md``.

The split is by blocks of 40 consecutive sentences (kit.evaluate.anercorp: ANERcorp has no document
markers, so a block keeps documents together): every tenth block is a held-out test split the model
never trains on, another tenth is dev (c1/c2 are tuned there with ``--tune``, and the whole pipeline is
tuned there by benchmarks/anercorp_pipeline.py), the model trains on the other 80%. Features that read word lists
learnt from the data (word counts, first names, trigger words) are computed, for each training
sentence, from lists built on the *other* folds, so the model does not learn to trust lists that
already contain every training word; and 30% of the training sentences are featurized without
the gazetteer, so the model also learns names the lists miss (and still works without them).

With ``--genre`` the training sentences also include the genre entity set (``tests/devset/entities/``:
economy, sport, culture and technology articles of SaudiNewsNet, gold by corpus id and offsets), read
from the corpus beside the project: ANERcorp alone (2007 newswire) teaches the model little of a club, a
product or a company's transliterated name. The genre dev set (``tests/devset/gold/``) and the held-out
genre articles (``tests/devset/heldout/``) are never trained on. The shipped model is ANERcorp's alone. A first
trial (2026-12-05, batch 68: 0.895 to 0.931 on sixteen genre articles neither model had seen) was left unshipped
for the genre dev set's fall (0.957 to 0.941: Latin words and dialect verses taken for names). A second was judged
by a rule set down before its batch was annotated: ship if, on sixteen fresh genre articles scored before any
change (batch 72), the whole pipeline rises by 0.01 with no genre 0.02 lower, ANERcorp's dev blocks fall by no more
than 0.01 and the genre dev set keeps 0.92 (every genre 0.88). It met the rule (batch 72 0.897 to 0.910, ANERcorp
dev 0.785 to 0.776, genre dev 0.956 to 0.944), but 50 of the 444 constructed tests of error classes fixed before
fail with it (tests/test_entities_genres.py: «الطيار» an organisation, «Thanks» a name, «بعبدالاله» with its
preposition), the rules' guards having been tuned beside the ANERcorp model, and the rule said nothing of them:
not shipped. The genre set's optional spans (a currency, «المملكة», a fans' adjective) are labelled as names by
default (``--genre-optional``); left out, or labelled "O", they score within noise of it (batch 72, genre dev,
ANERcorp dev: left out 0.897, 0.952, 0.786, 27 tests failing; "O" 0.903, 0.955, 0.782, 33; as names 0.910,
0.944, 0.776, 50). The model alone falls on ANERcorp's held-out blocks with the genre set (0.742 to 0.716, left
out 0.721, "O" 0.682). Three more trials (2026-12-06) took the left-out variant with guards for the spans only it
finds (a club's name that is also a word, a Latin gloss or button, a verb before a kunya, a person's list «و»), each
judged by a rule set down before its fresh batch was annotated, now also asking ``make test-fast`` to pass: batch 75
0.932 to 0.936 (short of +0.010); batches 76-77 0.891 to 0.903, but two constructed tests failed; with guards for
those two, batches 78-79 0.898 to 0.900. Its gain shrinks as the rules grow: not shipped.

ANERcorp: Benajiba, Rosso & Benedí (2007), CAMeL Lab release, CC BY-SA 4.0. A sentence is
``token TAG`` lines; a blank line ends it. One token holds a space, hence ``rsplit(' ', 1)``.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kit.entities.crf import (  # noqa: E402
    LEXICON_PATH,
    MODEL_PATH,
    MODELS,
    TYPES,
    WEIGHTS_PATH,
    Lexicon,
    ModelWeights,
    best_split,
    gazetteer,
    sentence_features,
    spans_from_labels,
)
from kit.evaluate import devset  # noqa: E402
from kit.evaluate.anercorp import BLOCK, part_of  # noqa: E402
from kit.text.arabic import fold, strip_article, tokenize  # noqa: E402
from kit.text.clusters import word_clusters  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "anercorp" / "train.txt"
GENRE_GOLD = ROOT / "tests" / "devset" / "entities"
NEWS_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet.jsonl.gz"
# The dev grid behind the default c1/c2 (python scripts/train_ner.py --tune, overall span F1 on dev).
LAST_TUNING = {"c1=0.05 c2=0.01": 0.7175, "c1=0.05 c2=0.1": 0.7281, "c1=0.2 c2=0.01": 0.7131,
               "c1=0.2 c2=0.1": 0.7158}
FOLDS = 5
GAZ_DROPOUT = 0.3  # share of training sentences featurized without the gazetteer (see below)
# Word clusters as features (scripts/build_clusters.py); --no-clusters trains without them.
CLUSTERS: dict | None = None


# --- data -----------------------------------------------------------------------------------------

def read_anercorp(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences as (tokens, IOB2 labels); stray I- starts become B-; tokens re-split the kit's way.

    The kit tokenizes with :func:`kit.text.arabic.tokenize`, which splits a few ANERcorp tokens ("1%",
    "المقبل،"); re-splitting here lets the model see at training time what it sees at run time.
    """
    sentences = []
    toks: list[str] = []
    labs: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if toks:
                    sentences.append((toks, labs))
                toks, labs = [], []
                continue
            word, tag = line.rsplit(" ", 1)
            if tag.startswith("I-"):
                prev = labs[-1] if labs else "O"
                if prev == "O" or prev[2:] != tag[2:]:
                    tag = "B-" + tag[2:]
            pieces = [t.text for t in tokenize(word)] or [word.strip()]
            pieces = [p for p in pieces if p]
            for k, piece in enumerate(pieces):
                if tag == "O":
                    labs.append("O")
                elif k == 0:
                    labs.append(tag)
                else:
                    labs.append("I-" + tag[2:])
                toks.append(piece)
    if toks:
        sentences.append((toks, labs))
    return sentences


OPTIONAL_MODES = ("drop", "O", "label")
OPTIONAL_TEXT = {"drop": "the sentences of optional spans, which the set accepts found or not, left out",
                 "O": "optional spans, which the set accepts found or not, labelled as no name",
                 "label": "optional spans labelled as names"}


def read_genre_gold(gold_dir: Path, corpus: Path, optional: str = "label") -> list[tuple[list[str], list[str]]]:
    """Sentences (tokens, IOB2 labels) of the gold files under ``gold_dir``, tokenized as the kit reads
    the article (title, subtitle, sentences); a token takes the label of the outermost gold span it
    touches, as ANERcorp labels a name with its attached proclitics ("لتركيا" is one LOC token).

    An optional span (``"required": false``: the set accepts it found or not, «المملكة», a currency,
    a fans' adjective «النصراوي») is labelled as a name of its type by default (``optional="label"``, the
    shipped model); ``"O"`` labels it as no name, ``"drop"`` leaves its sentence out.
    """
    if optional not in OPTIONAL_MODES:
        raise ValueError(f"optional must be one of {OPTIONAL_MODES}, not {optional!r}")
    from kit.text.article import parse_article

    files = devset.gold_files(gold_dir)
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    records = devset.load_articles(corpus, {g["id"] for g in golds})
    sentences = []
    for g in golds:
        if g["id"] not in records:
            raise SystemExit(f"train_ner: {g['id']} is not in {corpus}")
        article = parse_article(devset.article_text(records[g["id"]]))
        spans = [e for e in g["entities"] if optional == "label" or e.get("required", True)]
        outer: list[dict] = []  # the outermost spans: «جامعة القاهرة» is one ORG, not a LOC inside it
        for e in sorted(spans, key=lambda e: (e["start"], -e["end"])):
            if not outer or e["start"] >= outer[-1]["end"]:
                outer.append(e)
        # (an optional span inside a required one is part of that name, and drops nothing)
        untaught = [e for e in g["entities"] if optional == "drop" and not e.get("required", True)
                    and not any(o["start"] <= e["start"] and e["end"] <= o["end"] for o in outer)]
        for toks in article.segments_tokens():
            if not toks or any(e["start"] < toks[-1].end and toks[0].start < e["end"] for e in untaught):
                continue
            labels, prev = [], None
            for t in toks:
                hit = next((e for e in outer if e["start"] < t.end and t.start < e["end"]), None)
                if hit is not None and t.kind == "punct" and not hit["start"] <= t.start < hit["end"]:
                    hit = None
                labels.append("O" if hit is None else ("I-" if hit is prev else "B-") + hit["type"])
                prev = hit
            sentences.append(([t.text for t in toks], labels))
    return sentences


# --- word lists learnt from data ------------------------------------------------------------------

def build_lexicon(sentences) -> Lexicon:
    """Word counts, first names and trigger words of ``sentences``."""
    counts: Counter[str] = Counter()
    for toks, _ in sentences:
        for t in toks:
            counts[fold(t)] += 1
    lex = Lexicon(counts=dict(counts), clusters=CLUSTERS)
    first: Counter[str] = Counter()
    before: dict[str, Counter[str]] = defaultdict(Counter)
    seen_before: Counter[str] = Counter()
    for toks, labs in sentences:
        for i, j, typ in spans_from_labels(labs):
            if typ == "PERS" and j - i >= 2:
                first[strip_article(best_split(toks[i], lex.counts)[1])] += 1
            if i > 0:
                before[typ][strip_article(best_split(toks[i - 1], lex.counts)[1])] += 1
        for t in toks:
            seen_before[strip_article(best_split(t, lex.counts)[1])] += 1
    names: Counter[str] = Counter()
    for toks, labs in sentences:
        for t, lab in zip(toks, labs):
            if lab != "O":
                names[fold(t)] += 1
    lex.name_counts = dict(names)
    lex.first_names = frozenset(w for w, n in first.items() if n >= 2 and len(w) >= 2)
    # A trigger precedes a name of that type at least 4 times and a third of the times it occurs.
    lex.triggers = {
        typ: frozenset(w for w, n in c.items() if n >= 4 and n / seen_before[w] >= 0.33 and len(w) >= 2)
        for typ, c in before.items()
    }
    return lex


def featurize(sentences, lexicon: Lexicon | None, gaz):
    return [sentence_features(toks, lexicon, gaz) for toks, _ in sentences]


def jackknife_features(sentences, gaz, folds: int = FOLDS, gaz_dropout: float = GAZ_DROPOUT):
    """Features of each sentence computed with word lists built on the other folds.

    A share of the sentences (``gaz_dropout``) is featurized without the gazetteer, so that the
    model also learns the words and contexts of names, not only the gazetteer's verdict: it then
    copes with names the lists miss, and with lists that are missing altogether.
    """
    rng = random.Random(13)
    drop = [rng.random() < gaz_dropout for _ in sentences]
    xs: list = [None] * len(sentences)
    for k in range(folds):
        inside = [i for i in range(len(sentences)) if i % folds == k]
        others = [sentences[i] for i in range(len(sentences)) if i % folds != k]
        lex = build_lexicon(others)
        for i in inside:
            xs[i] = sentence_features(sentences[i][0], lex, None if drop[i] else gaz)
    return xs


# --- training and scoring -------------------------------------------------------------------------

def train(xs, ys, model_path: Path, c1: float, c2: float, max_iter: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys):
        trainer.append(x, y)
    trainer.set_params({
        "c1": c1,
        "c2": c2,
        "max_iterations": max_iter,
        "feature.minfreq": 1,
        "feature.possible_transitions": True,
    })
    trainer.train(str(model_path))


def predict(model_path: Path, xs) -> list[list[str]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    out = [tagger.tag(x) for x in xs]
    tagger.close()
    return out


def span_f1(gold: list[list[str]], pred: list[list[str]]) -> dict:
    """Exact-match span precision, recall and F1 per type and overall (as conlleval counts)."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred):
        gs = set(spans_from_labels(g))
        ps = set(spans_from_labels(p))
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1

    def prf(t, ng, np_):
        prec = t / np_ if np_ else 0.0
        rec = t / ng if ng else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "gold": ng,
                "predicted": np_}

    out = {t: prf(tp[t], n_gold[t], n_pred[t]) for t in TYPES}
    out["overall"] = prf(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values()))
    return out


def splits(sentences):
    """(train, held-out test, train, dev): the block split of kit.evaluate.anercorp."""
    parts: dict[str, list] = {"train": [], "dev": [], "heldout": []}
    for i, s in enumerate(sentences):
        parts[part_of(i // BLOCK)].append(s)
    return parts["train"], parts["heldout"], parts["train"], parts["dev"]


def fit_and_score(fit, evaluate, gaz, path: Path, c1: float, c2: float, max_iter: int,
                  gaz_dropout: float = GAZ_DROPOUT):
    xs = jackknife_features(fit, gaz, gaz_dropout=gaz_dropout)
    train(xs, [y for _, y in fit], path, c1, c2, max_iter)
    lex = build_lexicon(fit)
    pred = predict(path, featurize(evaluate, lex, gaz))
    return span_f1([y for _, y in evaluate], pred), lex


# --- the model card -------------------------------------------------------------------------------

def write_readme(meta: dict) -> None:
    m = meta["test"]
    rows = "\n".join(
        f"| {t} | {m[t]['precision']:.3f} | {m[t]['recall']:.3f} | {m[t]['f1']:.3f} | {m[t]['gold']} |"
        for t in (*TYPES, "overall")
    )
    tuning = ", ".join(f"{k}: {v:.3f}" for k, v in meta.get("tuning", LAST_TUNING).items())
    genre = (f", and on **{meta['genre_articles']} SaudiNewsNet articles** of the genre entity set "
             f"(`tests/devset/entities/`: economy, sport, culture, technology; {meta['genre_sentences']} sentences, "
             f"{meta['genre_tokens']} tokens, gold by corpus id and offsets, annotated for this project; "
             f"{OPTIONAL_TEXT[meta.get('genre_optional') or 'label']})"
             if meta.get("genre_sentences") else "")
    genre_licence = ("; with the genre articles they are also derived works of SaudiNewsNet (Alshehri, Nagoudi, "
                     "Alhuzali and Abdul-Mageed, 2015, **CC BY-NC-SA 4.0**), as the word clusters are: share them "
                     "with attribution to both and only on non-commercial terms") if meta.get("genre_sentences") else ""
    why = ("; the shipped model is ANERcorp's alone, and why is in the script's docstring" if meta.get("genre_sentences")
           else "; why this model is trained without them is in the script's docstring")
    title = "ANERcorp and genre news" if meta.get("genre_sentences") else "ANERcorp"
    text = f"""# Entity recognizer model (CRF trained on {title})

Files:

- `ner-crf.crfsuite`: a linear-chain CRF (python-crfsuite, L-BFGS, c1={meta['c1']}, c2={meta['c2']},
  {meta['features']} features after L1 pruning) tagging Arabic tokens with IOB2 labels
  PERS / LOC / ORG / MISC. Read by `kit/entities/crf.py` (`tag_tokens`, `find_mentions`).
- `ner-crf.lexicon.json`: word lists the model's features read, learnt from the same training
  sentences: how often each folded word occurs (used to tell a proclitic from a word's first
  letter: "لتركيا" vs "لبنان"), {meta['first_names']} first names (the first word of person names),
  and trigger words that precede names ({meta['triggers']}).
- `ner-crf.weights.npz`: the same model's weights as arrays (feature × label, label × label), with
  the model file's SHA-256: what the kit tags with (`kit.entities.crf.Scorer`), read in milliseconds
  where parsing the model's dump takes half a second; ignored when the hash does not match.
- `ner-crf.metrics.json`: the figures below, as data.

## Source and licence

Trained on the training part of **ANERcorp** (Yassine Benajiba, Paolo Rosso and José Miguel
Benedí Ruiz, 2007, "ANERsys: An Arabic Named Entity Recognition System Based on Maximum Entropy",
CICLing 2007, LNCS 4394) in the CAMeL Lab release (Ossama Obeid et al., 2020, "CAMeL Tools: An
Open Source Python Toolkit for Arabic Natural Language Processing", LREC 2020), licensed
**CC BY-SA 4.0**{genre}. The model and the lexicon are derived works of ANERcorp and are distributed
under **CC BY-SA 4.0** as well (the code that uses them keeps the project's licence){genre_licence}.

## Rebuild

```
.venv/bin/python scripts/train_ner.py --anercorp ../shared/anercorp/train.txt        # {meta['train_seconds']:.0f} s here
.venv/bin/python scripts/train_ner.py --anercorp ../shared/anercorp/train.txt --tune # also re-tunes c1/c2
.venv/bin/python scripts/train_ner.py --genre                                         # and the genre entity set
```

With `--genre` the genre articles are read from `../shared/corpora/saudinewsnet.jsonl.gz` (`--corpus`){why}.
Neither corpus is part of the project. Training uses one core.

## How it was measured

The file's {meta['sentences']} sentences are split in blocks of 40 consecutive sentences (ANERcorp has no
document marks; `kit.evaluate.anercorp`): every tenth block is a **held-out test split** the model never
trains on ({meta['test_sentences']} sentences, {meta['test_tokens']} tokens), another tenth is the dev split
c1/c2 were tuned on (with ANERcorp's training blocks alone), and the model was trained on the rest
({meta['train_sentences']} sentences in all, with the genre sentences if any). Score: exact-match spans, same type (as conlleval), on the test split:

| type | precision | recall | F1 | gold spans |
|---|---|---|---|---|
{rows}

Without `data/gazetteer/` the same model scores F1 {meta['test_without_gazetteer']['overall']:.3f} overall
({', '.join(f"{t} {meta['test_without_gazetteer'][t]:.3f}" for t in TYPES)}): {meta['gazetteer_dropout']:.0%} of the
training sentences are featurized without the gazetteer, so the model learns names from their
words and contexts too, not only from the lists.

c1/c2 on dev (overall span F1): {tuning}.

Gazetteer features: {meta['gazetteer']} (fingerprint `{meta.get('gazetteer_fingerprint')}`;
`tests/test_crf.py` re-scores the test split and expects these figures exactly while the lists
are unchanged).
Tagging speed here: about {meta['sentences_per_second']:.0f} sentences/s (features and Viterbi
with marginals, one core).

For comparison, CAMeL Tools' AraBERT tagger (about 540 MB) reaches about 83 F1 on the CAMeL
ANERcorp test split, which is not this split; this CRF is the small, fast recognizer of the kit, and the kit combines it with gazetteers and
patterns (`kit/entities/recognise.py`). In ANERcorp a name keeps its attached proclitics ("لتركيا" is one
LOC token); `kit.entities.crf.find_mentions` leaves them out of the span.
"""
    (MODELS / "README.md").write_text(text, encoding="utf-8")


def write_weights() -> None:
    """``ner-crf.weights.npz`` from the shipped model (``--weights-only`` rewrites just this file)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    ModelWeights.of_tagger(tagger).save(WEIGHTS_PATH, MODEL_PATH)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--anercorp", type=Path, default=DEFAULT_CORPUS, help="ANERcorp train.txt")
    ap.add_argument("--tune", action="store_true", help="tune c1/c2 on the dev slice first")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.1)
    ap.add_argument("--max-iter", type=int, default=200)
    ap.add_argument("--gaz-dropout", type=float, default=GAZ_DROPOUT,
                    help="share of training sentences featurized without the gazetteer")
    ap.add_argument("--genre-gold", type=Path, default=GENRE_GOLD, help="gold files of genre articles to train on too")
    ap.add_argument("--corpus", type=Path, default=NEWS_CORPUS, help="the SaudiNewsNet corpus the genre gold refers to")
    ap.add_argument("--genre", action="store_true", help="train on the genre entity set too")
    ap.add_argument("--genre-optional", choices=OPTIONAL_MODES, default="label",
                    help="the genre set's optional spans: label them as names (label), as no name (O), or leave their sentences out (drop)")
    ap.add_argument("--no-write", action="store_true", help="measure only; keep the shipped model")
    ap.add_argument("--no-clusters", action="store_true", help="train without the word-cluster features")
    ap.add_argument("--weights-only", action="store_true",
                    help="only rewrite ner-crf.weights.npz from the shipped model")
    args = ap.parse_args(argv)
    if args.weights_only:
        write_weights()
        print(f"wrote {WEIGHTS_PATH} ({WEIGHTS_PATH.stat().st_size / 1e6:.1f} MB)")
        return 0
    global CLUSTERS
    CLUSTERS = None if args.no_clusters else word_clusters()
    if not args.anercorp.is_file():
        print(f"ANERcorp not found: {args.anercorp}", file=sys.stderr)
        return 2

    t0 = time.time()
    sentences = read_anercorp(args.anercorp)
    train_part, test, fit, dev = splits(sentences)
    genre: list = []
    if args.genre:
        if not args.corpus.is_file():
            print(f"SaudiNewsNet not found: {args.corpus} (give its path with --corpus)", file=sys.stderr)
            return 2
        genre = read_genre_gold(args.genre_gold, args.corpus, args.genre_optional)
        # (ANERcorp's own training blocks first: the jackknife folds interleave the two)
        train_part = train_part + genre
    gaz = gazetteer()
    print(f"{len(sentences)} ANERcorp sentences: train {len(fit)} + genre {len(genre)}, dev {len(dev)}, "
          f"test {len(test)}; gazetteer: {gaz.describe() if gaz else 'none'}")
    MODELS.mkdir(parents=True, exist_ok=True)
    # One scratch file per run, so two runs at once cannot swap each other's models.
    tmp = MODELS / f"ner-crf.tmp{os.getpid()}.crfsuite"

    c1, c2 = args.c1, args.c2
    tuning = None
    if args.tune:
        best = None
        tuning = {}
        for tc1 in (0.05, 0.2):
            for tc2 in (0.01, 0.1):
                t1 = time.time()
                score, _ = fit_and_score(fit, dev, gaz, tmp, tc1, tc2, args.max_iter, args.gaz_dropout)
                f1 = score["overall"]["f1"]
                print(f"  c1={tc1} c2={tc2}: dev F1 {f1:.4f} ({time.time() - t1:.0f} s)")
                tuning[f"c1={tc1} c2={tc2}"] = f1
                if best is None or f1 > best[0]:
                    best = (f1, tc1, tc2)
        _, c1, c2 = best
        print(f"chosen c1={c1} c2={c2}")

    t1 = time.time()
    score, lex = fit_and_score(train_part, test, gaz, tmp, c1, c2, args.max_iter, args.gaz_dropout)
    train_seconds = time.time() - t1
    # The same model when data/gazetteer/ is missing: what the gazetteer features are worth.
    bare = span_f1([y for _, y in test], predict(tmp, featurize(test, lex, None)))
    dev_score = span_f1([y for _, y in dev], predict(tmp, featurize(dev, lex, gaz)))
    for t in (*TYPES, "overall"):
        s, d = score[t], dev_score[t]
        print(f"  {t:8s} dev F1 {d['f1']:.3f}   held-out P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} ({s['gold']})")

    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp))
    n_features = len(tagger.info().state_features) + len(tagger.info().transitions)
    tagger.close()

    # Speed as the kit runs it: features from raw tokens, Viterbi, marginals of the chosen labels.
    t2 = time.time()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp))
    fresh = Lexicon(counts=lex.counts, first_names=lex.first_names, triggers=lex.triggers, clusters=lex.clusters)
    for toks, _ in test:
        tagger.set(sentence_features(toks, fresh, gaz))
        labels = tagger.tag()
        [tagger.marginal(lab, i) for i, lab in enumerate(labels)]
    tagger.close()
    speed = len(test) / (time.time() - t2)

    meta = {
        "c1": c1, "c2": c2, "max_iterations": args.max_iter, "features": n_features,
        "sentences": len(sentences), "train_sentences": len(train_part), "test_sentences": len(test),
        "genre_sentences": len(genre),
        "genre_optional": args.genre_optional if genre else None,
        "genre_articles": len(devset.gold_files(args.genre_gold)) if genre else 0,
        "genre_tokens": sum(len(t) for t, _ in genre),
        "test_tokens": sum(len(t) for t, _ in test),
        "first_names": len(lex.first_names),
        "triggers": ", ".join(f"{len(v)} {k}" for k, v in sorted(lex.triggers.items())),
        "gazetteer": gaz.describe() if gaz else "none (data/gazetteer/ was missing)",
        "gazetteer_fingerprint": gaz.fingerprint() if gaz else None,
        "train_seconds": round(train_seconds, 1),
        "sentences_per_second": round(speed, 1),
        "test": score,
        "dev": dev_score,
        "test_without_gazetteer": {t: bare[t]["f1"] for t in (*TYPES, "overall")},
        "gazetteer_dropout": args.gaz_dropout,
        "split": f"blocks of {BLOCK} sentences: every tenth (k % 10 == 9) held out as test, k % 10 == 4 dev, train on the rest",
        "clusters": lex.clusters is not None,
    }
    if tuning:
        meta["tuning"] = tuning
    print(f"features {n_features}, train {train_seconds:.0f} s, {speed:.0f} sentences/s, total {time.time() - t0:.0f} s")
    if args.no_write:
        tmp.unlink(missing_ok=True)
        return 0
    tmp.replace(MODEL_PATH)
    write_weights()
    with open(LEXICON_PATH, "w", encoding="utf-8") as f:
        json.dump(lex.to_json(), f, ensure_ascii=False, separators=(",", ":"))
    with open(MODELS / "ner-crf.metrics.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    write_readme(meta)
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1e6:.1f} MB) and {LEXICON_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
