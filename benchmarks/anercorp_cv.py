"""The whole pipeline against its own CRF on text neither has seen: 5-fold cross-validation over
ANERcorp's *training* blocks, exact-span P/R/F1 per type.

    python benchmarks/anercorp_cv.py             # trains five CRFs (about 3 min here), then scores
    python benchmarks/anercorp_cv.py --folds 2   # a quicker, rougher look
    python benchmarks/anercorp_cv.py --models /tmp/cv --errors /tmp/cv/errors.tsv
        # keep the fold models (and reuse them next time: a rule change then takes 1 min to measure),
        # and write every error of the pipeline, marked where the CRF alone gets that span right

The shipped CRF learnt the training blocks, so the pipeline scored there flatters the model, and the
dev blocks (400 sentences) are few and tuned on. Here each fifth of the training blocks is tagged by a
CRF trained on the other four (``scripts/train_ner.py``: the same features, word lists learnt from
those four, the same gazetteer dropout), and the pipeline runs with that CRF in place of the shipped
one. What the rules add to the model, or take from it, shows type by type on about 3,200 sentences;
the dev and held-out blocks are never read. Where a rule loses to the model here, the cause is either
a convention (ANERcorp leaves ministries untagged, draws «أفريقيا» of «شمال أفريقيا») or an error.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from kit.analysis import analyze_text  # noqa: E402
from kit.entities import crf  # noqa: E402
from kit.evaluate.anercorp import TYPES, blocks, read_sentences, score_blocks  # noqa: E402
from kit.text.article import parse_article  # noqa: E402
from kit.text.clusters import word_clusters  # noqa: E402


def train_fold(train_ner, sentences, path: Path) -> None:
    """A CRF and its word lists on ``sentences`` (``[(tokens, tags)]``), as scripts/train_ner.py trains."""
    gaz = crf.gazetteer()
    xs = train_ner.jackknife_features(sentences, gaz)
    train_ner.train(xs, [y for _, y in sentences], path, 0.05, 0.1, 200)
    with open(path.with_suffix(".lexicon.json"), "w", encoding="utf-8") as f:
        json.dump(train_ner.build_lexicon(sentences).to_json(), f, ensure_ascii=False)


def crf_only(text: str):
    """The CRF's own mentions of a block, shaped like an analysis for :func:`score_blocks`."""
    ms = [SimpleNamespace(start=m["start"], end=m["end"], type=m["type"]) for m in crf.find_mentions(parse_article(text))]
    return SimpleNamespace(entities=SimpleNamespace(mentions=ms))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--anercorp", default=str(ROOT.parent / "shared" / "anercorp" / "train.txt"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--models", help="a folder to keep the fold models in, and to reuse them from")
    ap.add_argument("--errors", help="write the pipeline's errors here (TSV), with what the CRF did there")
    args = ap.parse_args(argv)
    if not Path(args.anercorp).is_file():
        print(f"ANERcorp not found: {args.anercorp}", file=sys.stderr)
        return 2
    import train_ner

    train_ner.CLUSTERS = word_clusters()
    sents = read_sentences(args.anercorp)
    train_blocks = blocks(sents, "train")
    totals: dict[str, Counter] = {"crf": Counter(), "pipeline": Counter()}
    t0 = time.perf_counter()
    shipped = crf.recognizer
    errors: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.models) if args.models else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for k in range(args.folds):
            fit = [([w for w, _ in s], [t for _, t in s])
                   for i, b in enumerate(train_blocks) if i % args.folds != k for s in b]
            path = folder / f"fold{k}of{args.folds}.crfsuite"
            if not (args.models and path.is_file() and path.with_suffix(".lexicon.json").is_file()):
                train_fold(train_ner, fit, path)
            rec = crf.Recognizer(path, path.with_suffix(".lexicon.json"))
            crf.recognizer = lambda rec=rec: rec  # the pipeline and crf_only read the fold's model
            try:
                held = [b for i, b in enumerate(train_blocks) if i % args.folds == k]
                wrong: dict[str, set] = {}
                for name, analyse in (("crf", crf_only), ("pipeline", lambda t: analyze_text(t, dct=None))):
                    res = score_blocks(held, analyse)
                    for t in TYPES:
                        for c in ("tp", "fp", "fn"):
                            totals[name][(t, c)] += res[t][c]
                    wrong[name] = {tuple(e) for e in res["errors"]}
                errors += [(e[0], e[1], "crf-right" if e not in wrong["crf"] else "crf-too", e[2], e[3])
                           for e in sorted(wrong["pipeline"])]
            finally:
                crf.recognizer = shipped
            print(f"fold {k + 1}/{args.folds}: {sum(len(b) for b in held)} sentences ({time.perf_counter() - t0:.0f} s)",
                  flush=True)
    print(f"\nANERcorp training blocks, {args.folds}-fold cross-validation, exact spans (F1; P/R)")
    print(f"{'':<10}" + "".join(f"{t:>18}" for t in (*TYPES, "overall")))
    for name, c in totals.items():
        cells = []
        for t in (*TYPES, "overall"):
            types = TYPES if t == "overall" else (t,)
            tp, fp, fn = (sum(c[(x, k)] for x in types) for k in ("tp", "fp", "fn"))
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            cells.append(f"{f:.3f} ({p:.2f}/{r:.2f})")
        print(f"{name:<10}" + "".join(f"{x:>18}" for x in cells))
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as f:
            f.write("kind\ttype\tcrf\tspan\tcontext\n")
            f.writelines("\t".join(e) + "\n" for e in errors)
        print(f"{len(errors)} errors of the pipeline in {args.errors} "
              f"({sum(e[2] == 'crf-right' for e in errors)} where the CRF alone is right)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
