"""Learn how ANERcorp marks what the kit marks: ``data/lexicon/anercorp_convention.tsv``.

    .venv/bin/python scripts/build_anercorp_convention.py [--anercorp ../shared/anercorp/train.txt]

Runs the whole pipeline on ANERcorp's **training** blocks (kit.evaluate.anercorp: never a dev or held-out
block) and compares each of its mentions of two words or more (ORG, LOC, MISC) with the gold of its
sentence: ANERcorp marks the same span (keep), the span with another type (type), the span without its
first word (head), without its last word (tail), or nothing at all there (drop). Mentions are grouped by
type, folded first word and whether the next word starts with ال («وزارة الصحة» → ORG, وزاره, yes). A
group becomes a row when it has at least ``--min-count`` mentions, its most common outcome is one of the
four rewrites and takes ``--min-share`` of them, and it was seen on ``--min-distinct`` different names (a
rule about a head word, not about one name). kit.entities.conventions reads the table.

Rebuild after changes to the pipeline: the table describes the kit's mentions as they are. About 20 seconds here.
ANERcorp: Benajiba, Rosso & Benedí (2007), CAMeL Lab release, CC BY-SA 4.0; the table is derived from it
and shares its licence.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kit.analysis import analyze_text  # noqa: E402
from kit.entities.conventions import TABLE, convention_key  # noqa: E402
from kit.evaluate.anercorp import BLOCK, TYPES, block_text, gold_spans, part_of, read_sentences  # noqa: E402
from kit.text.arabic import fold  # noqa: E402

OUT = ROOT / "data" / "lexicon" / f"{TABLE}.tsv"
REWRITES = ("drop", "head", "tail", "type")


def outcome(span: tuple[int, int, str], gold: list[tuple[int, int, str]]) -> tuple[str, str]:
    """What ANERcorp's gold does where the kit marked ``span`` (first token, end token, type).

    >>> outcome((1, 3, "ORG"), [(2, 3, "LOC")])
    ('head', 'LOC')
    >>> outcome((1, 3, "ORG"), [(5, 6, "PERS")])
    ('drop', '')
    """
    s, e, t = span
    found = set(gold)
    if (s, e, t) in found:
        return "keep", t
    for x in TYPES:
        if (s, e, x) in found:
            return "type", x
    for x in TYPES:
        if (s + 1, e, x) in found:
            return "head", x
    for x in TYPES:
        if (s, e - 1, x) in found:
            return "tail", x
    if not any(a < e and s < b for a, b, _ in gold):
        return "drop", ""
    return "other", ""


def observations(sents: list) -> list[tuple[tuple, tuple[str, str], str]]:
    """``(key, outcome, folded rest of the name)`` for every mention of two words or more in the training blocks."""
    out = []
    n_blocks = (len(sents) + BLOCK - 1) // BLOCK
    for k in range(n_blocks):
        if part_of(k) != "train":
            continue
        block = sents[k * BLOCK:(k + 1) * BLOCK]
        text, offsets = block_text(block)
        mentions = analyze_text(text, dct=None).entities.mentions
        for sent, toks in zip(block, offsets):
            gold = gold_spans([t for _, t in sent])
            lo, hi = toks[0][0], toks[-1][1]
            for m in mentions:
                if not (lo <= m.start and m.end <= hi) or m.type not in ("ORG", "LOC", "MISC"):
                    continue
                key = convention_key(m.text, m.type)
                touched = [i for i, (s, e) in enumerate(toks) if s < m.end and m.start < e]
                if key is None or len(touched) < 2:
                    continue
                rest = fold(" ".join(m.text.split()[1:]))
                out.append((key, outcome((touched[0], touched[-1] + 1, m.type), gold), rest))
    return out


def learn(obs: list, min_count: int, min_share: float, min_distinct: int) -> list[tuple]:
    """Rows ``(type, head, next definite, action, new type, count, total, distinct names)``, most seen first."""
    counts: dict[tuple, Counter] = defaultdict(Counter)
    names: dict[tuple, set] = defaultdict(set)
    for key, out, rest in obs:
        counts[key][out] += 1
        names[key, out].add(rest)
    rows = []
    for key, c in counts.items():
        total = sum(c.values())
        (action, new_type), n = c.most_common(1)[0]
        distinct = len(names[key, (action, new_type)])
        if action in REWRITES and total >= min_count and n / total >= min_share and distinct >= min_distinct:
            rows.append((*key, action, new_type, n, total, distinct))
    rows.sort(key=lambda r: (-r[6], r[0], r[1]))
    return rows


HEADER = """# How ANERcorp marks what the kit marks as one name: for a mention of TYPE whose first word folds to HEAD
# (next_definite: whether the second word starts with ال), ANERcorp's training blocks leave it out (drop), keep it
# without its first word (head) or last word (tail), or give it another type (type), with NEW_TYPE. Learnt by
# scripts/build_anercorp_convention.py from the kit's own mentions on ANERcorp's training blocks (never dev or
# held-out): rows seen {min_count}+ times, the outcome in {share}% or more of them, on {min_distinct}+ different names.
# count/total/distinct: how often. Derived from ANERcorp (Benajiba, Rosso & Benedí 2007, CAMeL Lab release),
# CC BY-SA 4.0. Read by: kit.entities.conventions (to_anercorp, for comparing with ANERcorp-trained taggers).
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--anercorp", default=str(ROOT.parent / "shared" / "anercorp" / "train.txt"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.6)
    ap.add_argument("--min-distinct", type=int, default=2)
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    if not Path(args.anercorp).is_file():
        print(f"ANERcorp not found: {args.anercorp}", file=sys.stderr)
        return 2
    obs = observations(read_sentences(args.anercorp))
    rows = learn(obs, args.min_count, args.min_share, args.min_distinct)
    lines = [HEADER.format(min_count=args.min_count, share=round(args.min_share * 100), min_distinct=args.min_distinct).rstrip("\n"),
             "type\thead\tnext_definite\taction\tnew_type\tcount\ttotal\tdistinct"]
    for t, head, definite, action, new_type, n, total, distinct in rows:
        lines.append(f"{t}\t{head}\t{'yes' if definite else 'no'}\t{action}\t{new_type}\t{n}\t{total}\t{distinct}")
    tmp = Path(args.out).with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(args.out)
    print(f"{len(obs)} mentions of two words or more on the training blocks; {len(rows)} rows -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
