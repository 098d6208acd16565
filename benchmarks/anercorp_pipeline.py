"""The whole pipeline on ANERcorp's document-level blocks: exact-span P/R/F1 per type, as conlleval.

    python benchmarks/anercorp_pipeline.py                  # the dev blocks (tune here)
    python benchmarks/anercorp_pipeline.py --part heldout   # the held-out blocks (report, never tune)
    python benchmarks/anercorp_pipeline.py --errors 40      # also print a sample of the errors
    python benchmarks/anercorp_pipeline.py --convention kit # only the kit's own convention

Two tables: the kit's mentions as the kit marks them (whole names, «وزارة الصحة», «المنتخب السعودي»), and
the same mentions rewritten in ANERcorp's convention (kit.entities.conventions.to_anercorp, a table learnt
on ANERcorp's training blocks: «منتخب البرازيل» → LOC «البرازيل», a ministry unmarked). The analysis is run
once; only the scoring differs.

The split (kit.evaluate.anercorp): blocks of 40 consecutive sentences, every tenth block held out,
another tenth dev; scripts/train_ner.py trains the CRF on the rest. Aims (issue 12): held-out
overall >= 0.76, PERS >= 0.75, ORG >= 0.65, MISC >= 0.45.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kit.analysis import analyze_text  # noqa: E402
from kit.entities.conventions import to_anercorp  # noqa: E402
from kit.evaluate.anercorp import TYPES, blocks, read_sentences, score_blocks  # noqa: E402

AIMS = {"overall": 0.76, "PERS": 0.75, "ORG": 0.65, "MISC": 0.45}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--anercorp", default=str(ROOT.parent / "shared" / "anercorp" / "train.txt"))
    ap.add_argument("--part", choices=["dev", "heldout"], default="dev")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors (a fixed sample)")
    ap.add_argument("--convention", choices=["both", "kit", "anercorp"], default="both",
                    help="score the kit's own spans, their ANERcorp rewrite, or both (errors: the last one scored)")
    args = ap.parse_args(argv)
    if not Path(args.anercorp).is_file():
        print(f"ANERcorp not found: {args.anercorp}", file=sys.stderr)
        return 2
    sents = read_sentences(args.anercorp)
    chosen = blocks(sents, args.part)
    t0 = time.perf_counter()
    analyses = {}

    def analyze(text):
        if text not in analyses:
            analyses[text] = analyze_text(text, dct=None)
        return analyses[text]

    n = sum(len(b) for b in chosen)
    conventions = ["kit", "anercorp"] if args.convention == "both" else [args.convention]
    for conv in conventions:
        res = score_blocks(chosen, analyze, rewrite=to_anercorp if conv == "anercorp" else None)
        if conv == conventions[0]:
            secs = time.perf_counter() - t0
            print(f"ANERcorp {args.part}: {len(chosen)} blocks, {n} sentences, whole pipeline in {secs:.1f} s")
        label = "the kit's own convention" if conv == "kit" else "rewritten in ANERcorp's convention (to_anercorp)"
        print(f"\n{label}")
        print(f"{'type':<8}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}   aim")
        for t in (*TYPES, "overall"):
            r = res[t]
            aim = f">= {AIMS[t]:.2f} {'ok' if r['f1'] >= AIMS[t] else 'SHORT'}" if t in AIMS else ""
            print(f"{t:<8}{r['p']:>7.3f}{r['r']:>7.3f}{r['f1']:>7.3f}{r['tp'] + r['fn']:>7}   {aim}")
    if args.errors:
        errs = res["errors"]
        random.Random(0).shuffle(errs)
        for kind, typ, span, ctx in errs[:args.errors]:
            print(f"{kind} {typ:<5} {span}   | {ctx}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
