"""How fast is the kit's entity stage, next to a bert-base-sized token classifier on the same sentences?

Run from the project root:

    .venv/bin/python benchmarks/entities_speed.py [ARTICLE] [--repeat 20] [--bert-repeat 3] [--threads N]
                                                  [--camel-padding] [--json OUT.json]

Both sides see the same units: the title, the subtitle and every sentence of the article
(``article.segments``, what a sentence-level tagger is given). The kit side is its default entity
pipeline, ``kit.entities.find_entities`` (falling back to ``kit.crf.find_mentions`` while the
former does not exist), timed after one warm-up call that loads its gazetteers and model. The BERT
side is ``BertForTokenClassification`` with bert-base's shape (hidden 768, 12 layers, 12 heads,
a 64,000-piece vocabulary as AraBERT's, 9 labels), built locally with random weights: a trained
model costs exactly the same, and nothing is downloaded. Its tokenizer is a word-level vocabulary
built from the article, so every word is one piece; a real WordPiece tokenizer makes 1.2-1.5 pieces
a word, so the BERT figure here is a lower bound and the ratio is conservative. By default each
batch is padded to its longest sentence; ``--camel-padding`` pads every sentence to 256 pieces as
CAMeL Tools' ``NERecognizer.predict`` does, which is slower still.

The aims: at least 70x faster (the house rebuild), and never below 50x when a more accurate model costs
speed (the entities issue).

The two sides are timed interleaved (one BERT pass, then a share of the kit's runs, and so on), so
that on a shared machine both see the same load; medians are printed, with torch's thread count.
BERT gets every core by default while the kit runs on one, which again favours BERT.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kit.resources import STUDY_ARTICLE  # noqa: E402
from kit.text import read_article

LABELS = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]


def default_pipeline():
    """(name, function) of the kit's default entity stage (its place scan included)."""
    from kit.entities import find_entities

    return "kit.entities.find_entities", find_entities


def pipeline_parts() -> list[str]:
    """What the default pipeline will run here: the CRF only when its model is built, CAMeL Tools'
    NER only when its data is installed (then the kit's own figure includes a BERT)."""
    parts = []
    try:
        import kit.entities.crf as crf

        parts.append("CRF model " + ("present" if crf.MODEL_PATH.is_file() else
                                     f"MISSING ({crf.MODEL_PATH.name}: the figure leaves the CRF out)"))
    except ImportError:
        parts.append("no kit.crf")
    from kit.entities.camel import camel_ner_available

    parts.append("CAMeL Tools NER " + ("installed: part of the default pipeline" if camel_ner_available() else "not installed"))
    return parts


def kit_runner(path: Path, dct: str | None):
    """(pipeline name, first-call seconds, a function timing one call on a freshly read article:
    (seconds of the entity stage as the analysis runs it, given the place scan; seconds of the place
    scan and the entity stage together))."""
    from kit.places import scan_places

    name, run = default_pipeline()
    t0 = time.perf_counter()
    run(read_article(path, dct=dct))  # warm-up: loads gazetteers and the CRF model once
    first = time.perf_counter() - t0

    def once() -> tuple[float, float]:
        article = read_article(path, dct=dct)  # fresh object: nothing cached on it from a previous run
        # The article is parsed afresh each time (its token layer is new); word-level caches stay
        # warm, as they are after the first articles of any real run.
        t0 = time.perf_counter()
        scan = scan_places(article)
        t1 = time.perf_counter()
        run(article, place_scan=scan)
        t2 = time.perf_counter()
        return t2 - t1, t2 - t0

    return name, first, once


def build_bert():
    """bert-base-shaped token classifier with random weights (no download)."""
    import torch
    from transformers import BertConfig, BertForTokenClassification

    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=64000, hidden_size=768, num_hidden_layers=12, num_attention_heads=12,
        intermediate_size=3072, max_position_embeddings=512, num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)), label2id={lab: i for i, lab in enumerate(LABELS)},
    )
    model = BertForTokenClassification(config)
    model.eval()
    return model


def encode(sentences: list[list[str]], vocab_size: int) -> list[list[int]]:
    """Word-level ids from a vocabulary built on the fly; 0 pad, 1 unk, 2 [CLS], 3 [SEP]."""
    vocab: dict[str, int] = {}
    out = []
    for words in sentences:
        ids = [2]
        for w in words:
            if w not in vocab and len(vocab) < vocab_size - 4:
                vocab[w] = len(vocab) + 4
            ids.append(vocab.get(w, 1))
        out.append(ids[:255] + [3])
    return out


def bert_runner(model, ids: list[list[int]], batch_size: int, camel_padding: bool):
    """A function timing one pass of the tagger over all sentences (batches as NERecognizer makes)."""
    import torch

    def once() -> float:
        t0 = time.perf_counter()
        with torch.inference_mode():
            for i in range(0, len(ids), batch_size):
                batch = ids[i:i + batch_size]
                width = 256 if camel_padding else max(len(x) for x in batch)
                input_ids = torch.zeros((len(batch), width), dtype=torch.long)
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for r, x in enumerate(batch):
                    input_ids[r, :len(x)] = torch.tensor(x)
                    mask[r, :len(x)] = 1
                logits = model(input_ids=input_ids, attention_mask=mask,
                               token_type_ids=torch.zeros_like(input_ids)).logits
                logits.argmax(-1).tolist()
        return time.perf_counter() - t0

    return once


def measure(path: Path, dct: str | None, sentences: list[list[str]], repeat: int, bert_repeat: int,
            batch_size: int, camel_padding: bool) -> tuple[dict, dict]:
    """Time both sides interleaved (a BERT pass, then a share of the kit's runs, and again), so that
    on a shared machine both see the same load; medians are reported."""
    t0 = time.perf_counter()
    model = build_bert()
    build_s = time.perf_counter() - t0
    ids = encode(sentences, model.config.vocab_size)
    bert_once = bert_runner(model, ids, batch_size, camel_padding)
    bert_once()  # warm-up: first call allocates and picks kernels
    name, first, kit_once = kit_runner(path, dct)
    per_round = max(1, -(-repeat // bert_repeat))
    kit_times, bert_times = [], []
    for _ in range(bert_repeat):
        bert_times.append(bert_once())
        kit_times.extend(kit_once() for _ in range(per_round))
    kit = {"pipeline": name, "first_call_s": first, "per_article_s": statistics.median(t for t, _ in kit_times),
           "with_place_scan_s": statistics.median(t for _, t in kit_times), "runs": len(kit_times),
           "all_s": kit_times}
    params = sum(p.numel() for p in model.parameters())
    bert = {"model": "BertForTokenClassification (bert-base shape, random weights)", "parameters": params,
            "build_s": build_s, "per_article_s": statistics.median(bert_times), "runs": len(bert_times),
            "all_s": bert_times, "pieces": sum(len(x) for x in ids),
            "padding": "256 (as CAMeL Tools)" if camel_padding else "longest in batch", "batch_size": batch_size}
    return kit, bert


def whole_analysis_s(article, repeat: int) -> float:
    """Median seconds of ``kit.analysis.analyze`` on the parsed article, warm: every stage (entities,
    places, time expressions, events, quotes, numbers), as the notebooks and corpus mode run it."""
    from kit.analysis.pipeline import analyze

    analyze(article)
    times = []
    for _ in range(max(repeat, 5)):
        t0 = time.perf_counter()
        analyze(article)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("article", nargs="?", default=str(STUDY_ARTICLE), help="article file (default: the study article)")
    p.add_argument("--dct", default=None, help="publication date YYYY-MM-DD (default: from the metadata)")
    p.add_argument("--repeat", type=int, default=20, help="timed runs of the kit's pipeline (median reported)")
    p.add_argument("--bert-repeat", type=int, default=5, help="timed runs of the BERT tagger (median reported)")
    p.add_argument("--threads", type=int, default=None,
                   help="torch threads for BERT (default: every core, os.cpu_count(); the kit runs on one)")
    p.add_argument("--batch-size", type=int, default=32, help="sentences per BERT batch (CAMeL Tools' default: 32)")
    p.add_argument("--camel-padding", action="store_true", help="pad every sentence to 256 pieces, as NERecognizer does")
    p.add_argument("--json", default=None, help="also write the figures to this JSON file")
    args = p.parse_args(argv)

    import torch

    threads = args.threads or os.cpu_count() or 1
    torch.set_num_threads(threads)

    article = read_article(args.article, dct=args.dct)
    units = article.segments
    sentences = [[t.text for t in article.segment_tokens(u)] for u in units]
    sentences = [s for s in sentences if s]
    n = len(sentences)
    words = sum(len(s) for s in sentences)
    print(f"article: {Path(args.article).name}: {n} sentences (title, subtitle, body), {words} tokens")
    print(f"machine: {os.cpu_count()} cores; torch {torch.__version__}, torch.get_num_threads() = {torch.get_num_threads()}")

    print("kit pipeline parts: " + ", ".join(pipeline_parts()))

    kit, bert = measure(Path(args.article), args.dct, sentences, args.repeat, args.bert_repeat,
                        args.batch_size, args.camel_padding)
    for r in (kit, bert):
        r["per_1000_sentences_s"] = r["per_article_s"] / n * 1000
    ratio = bert["per_article_s"] / kit["per_article_s"]
    ratio_scan = bert["per_article_s"] / kit["with_place_scan_s"]

    print()
    print(f"{'':44} {'per article':>12} {'per 1,000 sentences':>20}")
    print(f"{'kit: entity stage (given the place scan)':44.44} {kit['per_article_s'] * 1000:9.1f} ms {kit['per_1000_sentences_s']:17.2f} s")
    print(f"{'kit: place scan + entity stage':44.44} {kit['with_place_scan_s'] * 1000:9.1f} ms "
          f"{kit['with_place_scan_s'] / n * 1000:17.2f} s")
    print(f"{'BERT-base token classifier, CPU':44} {bert['per_article_s'] * 1000:9.1f} ms {bert['per_1000_sentences_s']:17.2f} s")
    whole = whole_analysis_s(article, args.repeat)
    print(f"{'kit: whole analysis (every stage; aim <= 15)':44.44} {whole * 1000:9.1f} ms {whole / n * 1000:17.2f} s")
    print()
    print(f"kit first call (loads gazetteers/model): {kit['first_call_s'] * 1000:.0f} ms; median of {kit['runs']} runs after it, "
          "interleaved with the BERT runs")
    print(f"BERT: {bert['parameters'] / 1e6:.0f} M parameters, built in {bert['build_s']:.1f} s; {bert['pieces']} pieces, "
          f"padding to {bert['padding']}, batch {bert['batch_size']}, median of {bert['runs']} runs")
    def verdict(r: float) -> str:
        return "meets the 70x aim" if r >= 70 else "keeps the 50x floor, misses the 70x aim" if r >= 50 else "MISSES the 50x floor"

    print(f"speed ratio, entity stage: {ratio:.1f}x faster than the BERT tagger ({verdict(ratio)})")
    print(f"speed ratio, place scan + entity stage: {ratio_scan:.1f}x ({verdict(ratio_scan)})")

    if args.json:
        out = {"article": Path(args.article).name, "parts": pipeline_parts(), "sentences": n, "tokens": words, "cores": os.cpu_count(),
               "torch_threads": torch.get_num_threads(), "kit": kit, "bert": bert, "ratio": ratio,
               "ratio_with_place_scan": ratio_scan}
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
