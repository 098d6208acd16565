"""Build the word clusters the CRF entity recognizer reads: words that occur in the same contexts share
a cluster, learnt without labels from Arabic news, so the model generalises from the names it was
trained on to words it never saw labelled (a sports club, a company, a product).

    python scripts/build_clusters.py [--corpus ../shared/corpora/saudinewsnet.jsonl.gz] [--anercorp …]

Text: every SaudiNewsNet article (title and content) except those of the genre dev set and its
held-out set (tests/devset/), plus the sentences of ANERcorp's training blocks (never its dev or
held-out blocks). Each word is folded (kit.text.arabic.fold); numbers become "0".
Method: word2vec (gensim, CBOW, 100 dimensions, window 5, words seen at least 5 times), then k-means
(numpy, cosine) on the unit vectors at three granularities, 64, 256 and 1024 clusters: coarse clusters
generalise, fine ones tell apart. Writes data/models/ner-clusters.tsv (``word  c64  c256  c1024``,
the most frequent 120,000 words) and its card in data/models/README.md (by train_ner.py).

Needs the data extra (gensim): ``pip install -e '.[data]'``. About 5 minutes here, 2 cores.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kit.evaluate.anercorp import read_sentences, sentences_of  # noqa: E402
from kit.evaluate.devset import gold_ids  # noqa: E402
from kit.resources import DATA  # noqa: E402
from kit.text.arabic import fold, tokenize  # noqa: E402

OUT = DATA / "models" / "ner-clusters.tsv"
SIZES = (64, 256, 1024)
KEEP = 120_000
_DIGITS = re.compile(r"\d")


def norm(word: str) -> str:
    """The cluster key of a token: folded; digits as 0 (a number's length and shape, not its value)."""
    return _DIGITS.sub("0", fold(word))


def corpus_sentences(corpus: Path, skip: set[str]):
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if rec.get("id") in skip:
                continue
            for para in (rec.get("title") or "", *(rec.get("content") or "").split("\n")):
                words = [norm(t.text) for t in tokenize(para) if t.kind != "punct"]
                if len(words) > 2:
                    yield words


def kmeans(x, k: int, seed: int, iters: int = 25, chunk: int = 8192):
    """Lloyd's k-means on unit vectors (cosine), centres started on a seeded sample of the points.

    Distances as matrix products in chunks, so 1,024 centres over 100k words take seconds.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        for lo in range(0, len(x), chunk):
            labels[lo:lo + chunk] = np.argmax(x[lo:lo + chunk] @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, x)
        sizes = np.bincount(labels, minlength=k)
        empty = sizes == 0
        centres[~empty] = sums[~empty] / sizes[~empty, None]
        # An empty cluster restarts on a random word, so every one of the k is used.
        centres[empty] = x[rng.choice(len(x), size=int(empty.sum()), replace=False)]
        centres /= np.linalg.norm(centres, axis=1, keepdims=True) + 1e-9
    return labels


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "saudinewsnet.jsonl.gz")
    ap.add_argument("--anercorp", type=Path, default=ROOT.parent / "shared" / "anercorp" / "train.txt")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    try:
        import numpy as np
        from gensim.models import Word2Vec
    except ImportError as e:
        print(f"needs the data extra (pip install -e '.[data]'): {e}", file=sys.stderr)
        return 2
    t0 = time.time()
    sents = list(corpus_sentences(args.corpus, gold_ids(ROOT / "tests" / "devset")))
    if args.anercorp.is_file():
        sents += [[norm(w) for w, _ in s] for s in sentences_of(read_sentences(args.anercorp), "train")]
    n_tokens = sum(map(len, sents))
    print(f"{len(sents):,} sentences, {n_tokens:,} tokens ({time.time() - t0:.0f} s)")
    model = Word2Vec(sents, vector_size=100, window=5, min_count=5, workers=2, epochs=5, sg=0, seed=args.seed)
    print(f"word2vec: {len(model.wv):,} words ({time.time() - t0:.0f} s)")
    counts = Counter({w: model.wv.get_vecattr(w, "count") for w in model.wv.index_to_key})
    words = [w for w, _ in counts.most_common(KEEP)]
    vecs = np.array([model.wv[w] for w in words], dtype=np.float64)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    columns = []
    for k in SIZES:
        labels = kmeans(vecs.astype(np.float32), k, seed=args.seed)
        columns.append(labels)
        print(f"k-means {k}: done ({time.time() - t0:.0f} s)")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Word clusters for the CRF entity recognizer (kit.entities.crf): word2vec on SaudiNewsNet\n"
                "# (Alshehri et al. 2015, CC BY-NC-SA 4.0) and ANERcorp's training blocks (CC BY-SA 4.0), then\n"
                f"# k-means at {', '.join(map(str, SIZES))} clusters. Rebuilt by scripts/build_clusters.py.\n")
        f.write("word\t" + "\t".join(f"c{k}" for k in SIZES) + "\n")
        for i, w in enumerate(words):
            f.write(w + "\t" + "\t".join(str(int(c[i])) for c in columns) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB, {len(words):,} words) in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
