"""How the analysis time grows with the size of one text: seconds per 100,000 characters.

Run from the project root:

    .venv/bin/python benchmarks/size_scaling.py [--sizes 25000 100000 400000 1600000] [--limit 20] [--profile]

Each text is built from the study article's paragraphs, shuffled with a fixed seed and varied (other
names, places and numbers in each copy), so no two paragraphs are the same and a stage that keys on
repeated text gets no free ride. ``kit.analysis.analyze_text`` is timed once per size, after one
warm-up call that loads the gazetteers and the model. Near-linear code gives about the same figure
per 100k characters at every size; a figure that grows with the size points at a quadratic stage.
``--limit`` is the time the largest size must stay under (exit 1 otherwise); ``--profile`` prints
cProfile's hot spots for the largest size.

The varied sentence each copy gets reads like «وقال سامي الحربي في عمّان يوم 12 إن 340 شخصا وصلوا.»
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kit.resources import STUDY_ARTICLE

SEED = 20151117
# A few names and places to vary the copies with (benchmarks may hold small lists; the kit may not).
FIRST = ["سامي", "خالد", "ليلى", "عمر", "هدى", "يوسف", "مريم", "طارق"]
LAST = ["الحربي", "العتيبي", "الزعبي", "النجار", "الخطيب", "المصري", "الحسيني", "القاسم"]
PLACES = ["عمّان", "بيروت", "الرياض", "القاهرة", "تونس", "بغداد", "الدوحة", "الرباط"]


def paragraphs() -> list[str]:
    with open(STUDY_ARTICLE, encoding="utf-8") as f:
        text = f.read()
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def build_text(chars: int, seed: int = SEED) -> str:
    """About ``chars`` characters of news text: a title, then varied copies of the study paragraphs."""
    rng = random.Random(seed)
    paras = paragraphs()
    title, body = paras[0], paras[1:]
    out = [title]
    size = len(title)
    while size < chars:
        order = body[:]
        rng.shuffle(order)
        for p in order:
            # Other numbers in every copy, and a sentence of its own naming someone somewhere.
            p = "".join(str(rng.randint(0, 9)) if c.isdigit() else c for c in p)
            who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            said = f"وقال {who} في {rng.choice(PLACES)} يوم {rng.randint(1, 28)} إن {rng.randint(2, 900)} شخصا وصلوا."
            p = f"{said} {p}"
            out.append(p)
            size += len(p) + 2
            if size >= chars:
                break
    return "\n\n".join(out)[:chars].rstrip()


def time_one(text: str) -> float:
    from kit.analysis import analyze_text

    t0 = time.perf_counter()
    analyze_text(text, source="size-scaling")
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[25_000, 100_000, 400_000, 1_600_000])
    ap.add_argument("--limit", type=float, default=20.0, help="seconds the largest size must stay under")
    ap.add_argument("--profile", action="store_true", help="cProfile the largest size and print its hot spots")
    args = ap.parse_args(argv)

    time_one(build_text(5_000))  # warm-up: gazetteers, lexicons and the CRF load once
    print(f"{'characters':>12} {'seconds':>9} {'s per 100k chars':>17}")
    last = 0.0
    for n in args.sizes:
        text = build_text(n)
        last = time_one(text)
        print(f"{len(text):>12,} {last:>9.2f} {last / len(text) * 100_000:>17.3f}", flush=True)
    if args.profile:
        import cProfile
        import pstats

        text = build_text(max(args.sizes))
        prof = cProfile.Profile()
        prof.enable()
        time_one(text)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        pstats.Stats(prof).sort_stats("tottime").print_stats(20)
    ok = last < args.limit
    print(f"largest size: {last:.1f} s ({'under' if ok else 'OVER'} the {args.limit:g} s limit)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
