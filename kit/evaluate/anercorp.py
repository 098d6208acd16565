"""Score the whole pipeline on ANERcorp (``token TAG`` lines, IOB2), exact spans as conlleval does.

ANERcorp has no document markers, so the split is by **blocks of consecutive sentences** (a document
stays together except where a block boundary cuts it): the file's sentences are cut into blocks of
:data:`BLOCK` sentences, block ``k`` goes to ``heldout`` when ``k % 10 == 9``, to ``dev`` when
``k % 10 == 4``, else to ``train``. The held-out tenth thus samples the whole file (every section of
the newswire: politics, sport, culture, science) instead of its last tenth (mostly sport), and the
CRF trained by ``scripts/train_ner.py`` never sees a dev or held-out block. Tune on ``dev`` only.

The pipeline reads each block as one article: its sentences, tokens joined by spaces, one paragraph
each (the first is the article's title, as a dateline usually is). A predicted mention tags every
token it overlaps; its first token gets ``B-``. Then spans are compared exactly, same type.

>>> sents = [[("زار", "O"), ("محمد", "B-PERS"), ("علي", "I-PERS"), ("القاهرة", "B-LOC")]]
>>> text, spans = block_text(sents)
>>> text, spans[0]
('زار محمد علي القاهرة', [(0, 3), (4, 8), (9, 12), (13, 20)])
>>> gold_spans([t for _, t in sents[0]])
[(1, 3, 'PERS'), (3, 4, 'LOC')]
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

TYPES = ("PERS", "ORG", "LOC", "MISC")
BLOCK = 40  # sentences per block: about two short newswire documents


def read_sentences(path: str | Path) -> list[list[tuple[str, str]]]:
    """The sentences of an ANERcorp file as ``[(token, tag)]``; a stray ``I-`` start becomes ``B-``."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            word, tag = line.rsplit(" ", 1)  # one token holds a space
            if tag.startswith("I-") and (not cur or cur[-1][1][2:] != tag[2:]):
                tag = "B-" + tag[2:]
            cur.append((word, tag))
    if cur:
        sents.append(cur)
    return sents


def part_of(block: int) -> str:
    """``"heldout"``, ``"dev"`` or ``"train"`` for block number ``block``.

    >>> [part_of(k) for k in (0, 4, 9, 14, 19)]
    ['train', 'dev', 'heldout', 'dev', 'heldout']
    """
    r = block % 10
    return "heldout" if r == 9 else "dev" if r == 4 else "train"


def blocks(sents: list, part: str) -> list[list]:
    """The blocks of ``part`` (each a list of sentences), in file order."""
    out = []
    for k in range(0, (len(sents) + BLOCK - 1) // BLOCK):
        if part_of(k) == part:
            out.append(sents[k * BLOCK:(k + 1) * BLOCK])
    return out


def sentences_of(sents: list, part: str) -> list:
    """The sentences of ``part`` (what the CRF trains on when ``part == "train"``)."""
    return [s for b in blocks(sents, part) for s in b]


def block_text(block: list) -> tuple[str, list[list[tuple[int, int]]]]:
    """The block as article text (a paragraph per sentence) and each token's offsets in it."""
    parts, offsets, pos = [], [], 0
    for k, sent in enumerate(block):
        if k:
            parts.append("\n\n")
            pos += 2
        spans = []
        for i, (word, _) in enumerate(sent):
            if i:
                parts.append(" ")
                pos += 1
            spans.append((pos, pos + len(word)))
            parts.append(word)
            pos += len(word)
        offsets.append(spans)
    return "".join(parts), offsets


def gold_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """``(first token, end token, type)`` of the IOB2 tags."""
    out: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-") or (tag.startswith("I-") and (not out or out[-1][1] != i or out[-1][2] != tag[2:])):
            out.append((i, i + 1, tag[2:]))
        elif tag.startswith("I-"):
            out[-1] = (out[-1][0], i + 1, out[-1][2])
    return out


def predicted_tags(mentions, token_offsets: list[tuple[int, int]]) -> list[str]:
    """IOB2 tags of one sentence's tokens from mentions (anything with start, end, type)."""
    tags = ["O"] * len(token_offsets)
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.type not in TYPES:
            continue
        touched = [i for i, (s, e) in enumerate(token_offsets) if s < m.end and m.start < e]
        if not touched or any(tags[i] != "O" for i in touched):
            continue
        tags[touched[0]] = "B-" + m.type
        for i in touched[1:]:
            tags[i] = "I-" + m.type
    return tags


def score_blocks(block_list: list, analyze, rewrite=None) -> dict:
    """Counts per type and overall: ``{type: {"tp", "fp", "fn", "p", "r", "f1"}}``, plus the errors.

    ``analyze(text)`` returns an analysis (``.entities.mentions``); ``rewrite(mentions, text)``, if given,
    turns its mentions into another convention first (``kit.entities.conventions.to_anercorp``).
    """
    counts: dict[str, Counter] = {t: Counter() for t in TYPES}
    errors = []
    for block in block_list:
        text, offsets = block_text(block)
        mentions = analyze(text).entities.mentions
        if rewrite is not None:
            mentions = rewrite(mentions, text)
        for sent, toks in zip(block, offsets):
            lo, hi = toks[0][0], toks[-1][1]
            mine = [m for m in mentions if m.start < hi and lo < m.end]
            pred = set(gold_spans(predicted_tags(mine, toks)))
            gold = set(gold_spans([t for _, t in sent]))
            words = [w for w, _ in sent]
            for *_, t in gold & pred:
                counts[t]["tp"] += 1
            for s, e, t in gold - pred:
                counts[t]["fn"] += 1
                errors.append(("fn", t, " ".join(words[s:e]), " ".join(words[max(0, s - 4):e + 3])))
            for s, e, t in pred - gold:
                counts[t]["fp"] += 1
                errors.append(("fp", t, " ".join(words[s:e]), " ".join(words[max(0, s - 4):e + 3])))
    out: dict = {}
    total: Counter = Counter()
    for t in TYPES:
        out[t] = _prf(counts[t])
        total.update(counts[t])
    out["overall"] = _prf(total)
    out["errors"] = errors
    return out


def _prf(c) -> dict:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}
