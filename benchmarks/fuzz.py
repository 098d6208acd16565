"""Fuzzing with real articles: N mutated news texts through the whole analysis; crashes and the slowest case.

Run from the project root:

    .venv/bin/python benchmarks/fuzz.py [--n 10000] [--seed 1] [--show 3]

Each input starts from a real article (the 500 SaudiNewsNet articles shipped as notebook 05's sample,
and the study article) and gets 1-4 mutations drawn with a fixed seed: characters of any script
inserted (lone surrogates, controls, bidi marks, combining marks, emoji), harakat and tatweel sprinkled
over words, spans deleted, doubled or shuffled, line ends changed (CR, CRLF, U+2028), HTML tags,
digits by the hundred, the text cut mid-word, two articles spliced, and the UTF-8 bytes flipped
(read back as a file is: ``decode_bytes``). Each input then goes where a user's text goes:
``analyze_text`` (an :class:`InputError` is a refusal with one line, not a crash), and the JSON must
be valid (no NaN or Infinity) with every span equal to its slice of the text.

A crash is any other exception, a bad span or invalid JSON; the script prints each kind once with
the input that caused it (``--show``), the slowest input, and exits 1 when anything crashed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kit.analysis.pipeline import analyze_text, check_offsets  # noqa: E402
from kit.resources import STUDY_ARTICLE  # noqa: E402
from kit.text.article import InputError, decode_bytes  # noqa: E402

SAMPLE = ROOT / "data" / "corpus" / "saudinewsnet-sample.jsonl.gz"

ODD = ["\ud800", "\udfff", "\x00", "\x07", "\x1b", "\u200f", "\u200e", "\u202b", "\u202e", "\u2066", "\u2069",
       "\ufeff", "\u0640", "\u064b", "\u0651", "\u0670", "\u06d6", "\u2028", "\u2029", "\x85", "\U0001f600",
       "\U0001f1f8\U0001f1e6", "\ufdfa", "\ufefb", "ﷲ", "٫", "٬", "۰", "٠", "\u00a0", "\t", "«", "»", "،", "؛", "؟"]
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
TAGS = ["<p>", "</p>", "<script>alert(1)</script>", "<br/>", "&amp;", "&#1575;", "<b dir='rtl'>", "]]>"]


def articles() -> list[str]:
    texts = [STUDY_ARTICLE.read_text(encoding="utf-8")]
    with gzip.open(SAMPLE, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            texts.append(f"{r.get('title') or ''}\n\n{r.get('content') or ''}")
    return texts


def mutate(text: str, rng: random.Random, pool: list[str]) -> str | bytes:
    """``text`` with one mutation; bytes when the mutation works on the UTF-8 encoding."""
    n = len(text)
    i, j = sorted(rng.randrange(n + 1) for _ in range(2)) if n else (0, 0)
    kind = rng.randrange(12)
    if kind == 0:  # odd characters here and there
        chars = list(text)
        for _ in range(rng.randint(1, 20)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODD) if rng.random() < 0.7 else chr(rng.randrange(0x110000)))
        return "".join(chars)
    if kind == 1:  # vocalised text: harakat and tatweel on many letters
        return "".join(c + (rng.choice(HARAKAT + "\u0640") * rng.randint(1, 3) if "\u0621" <= c <= "\u064a" and rng.random() < 0.4 else "")
                       for c in text)
    if kind == 2:  # a span deleted
        return text[:i] + text[j:]
    if kind == 3:  # a span doubled, many times
        return text[:j] + text[i:j] * rng.randint(2, 30) + text[j:]
    if kind == 4:  # words shuffled inside a span
        words = text[i:j].split(" ")
        rng.shuffle(words)
        return text[:i] + " ".join(words) + text[j:]
    if kind == 5:  # line ends of another system
        return text.replace("\n", rng.choice(["\r", "\r\n", "\u2028", "\n\n\n\n", " ", "\x85"]))
    if kind == 6:  # HTML left in
        return text[:i] + rng.choice(TAGS) + text[i:j] + rng.choice(TAGS) + text[j:]
    if kind == 7:  # huge and odd numbers
        digits = rng.choice(["0123456789", "٠١٢٣٤٥٦٧٨٩"])
        number = "".join(rng.choice(digits) for _ in range(rng.choice([3, 20, 310, 1000])))
        return text[:i] + rng.choice(["", "-", "%", "$"]) + number + rng.choice(["", ".5", ",000", "٫٥", " مليار"]) + " " + text[i:]
    if kind == 8:  # cut anywhere, even mid-word
        return text[:j]
    if kind == 9:  # two articles spliced
        other = rng.choice(pool)
        return text[:i] + other[rng.randrange(len(other) + 1):]
    if kind == 10:  # bytes flipped in the UTF-8 encoding
        data = bytearray(text.encode("utf-8", errors="surrogatepass"))  # a lone surrogate stays, as bad bytes
        for _ in range(rng.randint(1, 5)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    # kind 11: punctuation and spaces only around a few words
    return text[:i] + rng.choice(["،،،", "...", " . . ", "«", "»»", "(((", ":", "–"]) + text[i:]


def one_input(rng: random.Random, pool: list[str]) -> str | bytes:
    value: str | bytes = rng.choice(pool)
    for _ in range(rng.randint(1, 4)):
        value = mutate(value if isinstance(value, str) else value.decode("utf-8", errors="replace"), rng, pool)
    return value


REFUSED = "refused"


def check(value: str | bytes) -> str | None:
    """None when the kit analysed ``value``, REFUSED for a one-line refusal, else the problem."""
    try:
        text = decode_bytes(value) if isinstance(value, bytes) else value
        result = analyze_text(text, dct="2015-08-01").to_json()
    except InputError as e:
        return REFUSED if "\n" not in str(e) else f"InputError of several lines: {e!r}"
    except Exception as e:  # the point of the benchmark: count them
        where = traceback.extract_tb(e.__traceback__)[-1]
        return f"{type(e).__name__} at {Path(where.filename).name}:{where.lineno}"
    bad = check_offsets(result, text)
    if bad:
        return f"span not its slice: {bad[0][:80]}"
    try:
        json.dumps(result, allow_nan=False)
    except ValueError as e:
        return f"invalid JSON: {e}"
    return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="inputs (default 10,000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=3, help="inputs printed per kind of crash")
    args = ap.parse_args(argv)
    pool = articles()
    rng = random.Random(args.seed)
    analyze_text("خبر\n\nقال الوزير أمس.")  # load the models before timing
    crashes: Counter[str] = Counter()
    examples: dict[str, list] = {}
    slowest = (0.0, "")
    refused = 0
    t_all = time.perf_counter()
    for k in range(args.n):
        if k and k % 1000 == 0:
            print(f"  {k:,} inputs, {sum(crashes.values())} crashes", file=sys.stderr)
        value = one_input(rng, pool)
        t0 = time.perf_counter()
        problem = check(value)
        dt = time.perf_counter() - t0
        if dt > slowest[0]:
            slowest = (dt, f"input {k}: {len(value):,} {'bytes' if isinstance(value, bytes) else 'characters'}")
        if problem is None or problem == REFUSED:
            refused += problem == REFUSED
            continue
        crashes[problem] += 1
        examples.setdefault(problem, []).append(value)
    total = time.perf_counter() - t_all
    print(f"{args.n:,} mutated real-article inputs (seed {args.seed}) in {total:.0f} s")
    print(f"crashes         {sum(crashes.values())}")
    print(f"refused (one line, exit 2 on the command line)  {refused}")
    print(f"slowest input   {slowest[0] * 1000:.0f} ms ({slowest[1]})")
    for problem, count in crashes.most_common():
        print(f"\n{count} x {problem}")
        for value in examples[problem][:args.show]:
            print(f"  {value[:200]!r}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
