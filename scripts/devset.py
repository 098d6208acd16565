"""The genre development set: pick candidate articles from SaudiNewsNet, show one with offsets,
check a gold file against its article.

The corpus stays where it is (``../shared/corpora/saudinewsnet.jsonl.gz``, CC BY-NC-SA 4.0); the gold
files under ``tests/devset/gold/`` refer to an article by its corpus id, and their offsets are Python
``str`` indices into the article's text as corpus mode builds it: the title, a blank line, the content.

    python scripts/devset.py candidates sport        # ids, one a line, in a fixed order
    python scripts/devset.py show "2015-07-21#0"     # the text, each line with its start offset
    python scripts/devset.py check tests/devset/gold/sport/*.json
    python scripts/devset.py check tests/devset                 # a folder: every gold file under it
    python scripts/devset.py currencies tests/devset/*/*/*.json   # currency words: optional MISC
    python scripts/devset.py nested tests/devset/*/*/*.json       # places inside a name: optional
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet.jsonl.gz"

# Genre from the newspaper and the section in the article's address; society articles are the local
# news section filtered by words of health, schooling and social services.
SOCIETY_WORDS = re.compile(r"صح[ةي]|مستشف|مرض|طلاب|طالب|مدارس|تعليم|جامع[ةي]|اجتماعي|أسر|المياه|البلدي")


def genre_of(record: dict) -> str | None:
    src, parts = record["source"], record["url"].split("/")
    section = "/".join(parts[3:5])
    if src == "3alyoum":
        if section in ("news/pol", "news/golobal"):
            return "politics"
        if section.startswith("finance/"):
            return "economy"
        if section.startswith("sports/"):
            return "sport"
        if section.startswith("culture/"):
            return "culture"
        if section.startswith("technology/"):
            return "technology"
        if section == "news/local" and SOCIETY_WORDS.search(record.get("title") or ""):
            return "society"
        return None
    if src == "aleqtisadiya":
        return "economy"
    if src in ("arreyadi", "arriyadiyah"):
        return "sport"
    return None


def article_text(record: dict) -> str:
    """The article as corpus mode reads it (kit.corpus.record_text): title, blank line, content."""
    title = record.get("title")
    title = title.strip() if isinstance(title, str) else ""
    return f"{title}\n\n{record['content']}" if title else record["content"]


def records():
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def candidates(genre: str, n: int) -> list[str]:
    pool = [r["id"] for r in records()
            if genre_of(r) == genre and 700 <= len(article_text(r)) <= 3500]
    random.Random(f"devset-{genre}").shuffle(pool)
    return pool[:n]


def find(article_id: str) -> dict:
    for r in records():
        if r["id"] == article_id:
            return r
    raise SystemExit(f"no article {article_id!r} in {CORPUS}")


def gold_paths(paths: list[Path]) -> list[Path]:
    """The gold files named on the command line: a folder stands for every ``*.gold.json`` under it."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(p.rglob("*.gold.json")))
        elif p.is_file():
            out.append(p)
        else:
            raise SystemExit(f"devset: no file or folder {p}")
    return out


def read_gold(path: Path) -> dict | str:
    """A gold file's content, or one line saying why it is none."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        return f"{path}: not a gold file ({type(e).__name__}: {e})"
    if not isinstance(gold, dict) or not isinstance(gold.get("id"), str):
        return f"{path}: not a gold file (no article id)"
    return gold


def texts_of(ids: set[str]) -> dict[str, str]:
    """The articles' texts, read in one pass over the corpus."""
    return {r["id"]: article_text(r) for r in records() if r.get("id") in ids}


def check(path: Path, texts: dict[str, str] | None = None) -> list[str]:
    gold = read_gold(path)
    if isinstance(gold, str):
        return [gold]
    if texts is None:
        record = next((r for r in records() if r.get("id") == gold["id"]), None)  # stops at the article
        texts = {gold["id"]: article_text(record)} if record else {}
    if gold["id"] not in texts:
        return [f"{path.name}: no article {gold['id']!r} in {CORPUS}"]
    text = texts[gold["id"]]
    problems = []

    def span(where: str, item: dict) -> None:
        s, e = item.get("start"), item.get("end")
        if not isinstance(s, int) or not isinstance(e, int) or text[s:e] != item.get("text"):
            problems.append(f"{path.name} {where}: {item.get('text')!r} != text[{s}:{e}] = {text[s:e] if isinstance(s, int) and isinstance(e, int) else None!r}")

    for i, m in enumerate(gold.get("entities", [])):
        span(f"entities[{i}]", m)
        if m.get("type") not in ("PERS", "ORG", "LOC", "MISC"):
            problems.append(f"{path.name} entities[{i}]: type {m.get('type')!r}")
    for i, t in enumerate(gold.get("timexes", [])):
        span(f"timexes[{i}]", t)
        if t.get("type") not in ("DATE", "TIME", "DURATION", "SET"):
            problems.append(f"{path.name} timexes[{i}]: type {t.get('type')!r}")
    for i, p in enumerate(gold.get("places", [])):
        for j, m in enumerate(p.get("mentions", [])):
            span(f"places[{i}].mentions[{j}]", m)
        for key in ("canonical", "kind", "lat", "lon", "tolerance_km"):
            if key not in p:
                problems.append(f"{path.name} places[{i}]: no {key}")
    for i, ev in enumerate(gold.get("events", [])):
        span(f"events[{i}].trigger", ev.get("trigger", {}))
    return problems


def errors(what: str, gold_root: Path, genre: str | None) -> None:
    """Print every entity / timex / place error of the kit on the dev set, with context."""
    from kit.analysis import analyze_text

    def ctx(text, s, e, w=30):
        return (text[max(0, s - w):s] + "[" + text[s:e] + "]" + text[e:e + w]).replace("\n", " ")

    files = sorted(gold_root.rglob("*.gold.json"))
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    if genre:
        golds = [g for g in golds if g["genre"] == genre]
    wanted = {g["id"] for g in golds}
    recs = {r["id"]: r for r in records() if r.get("id") in wanted}
    for g in golds:
        text = article_text(recs[g["id"]])
        a = analyze_text(text, source=g["id"], dct=g["dct"]).to_json()
        print(f"=== {g['genre']} {g['id']}")
        if what == "entities":
            gold = [x for x in g["entities"] if x.get("required", True)]
            opt = [x for x in g["entities"] if not x.get("required", True)]
            pred = a["entities"]
            ov = lambda x, y: x["start"] < y["end"] and y["start"] < x["end"]  # noqa: E731
            for x in gold:
                hit = [p for p in pred if ov(p, x)]
                same = [p for p in hit if p["type"] == x["type"]]
                if not same:
                    got = ", ".join(f"{p['type']}:{p['text']}" for p in hit) or "-"
                    print(f"  FN {x['type']:<4} {x['text']:<25} got {got:<25} | {ctx(text, x['start'], x['end'])}")
            for p in pred:
                if not any(ov(p, x) and x["type"] == p["type"] for x in gold + opt):
                    hit = [x for x in gold if ov(p, x)]
                    want = ", ".join(f"{x['type']}:{x['text']}" for x in hit) or "-"
                    print(f"  FP {p['type']:<4} {p['text']:<25} gold {want:<20} [{p['source']}: {p['evidence'][:50]}] | {ctx(text, p['start'], p['end'])}")
        elif what == "timexes":
            gold = g.get("timexes", [])
            pred = a["timexes"]
            ov = lambda x, y: x["start"] < y["end"] and y["start"] < x["end"]  # noqa: E731
            for x in gold:
                hit = [p for p in pred if ov(p, x)]
                if not hit:
                    if x.get("required", True):
                        print(f"  FN {x['type']:<8} {x['value']!s:<14} {x['text']:<22} | {ctx(text, x['start'], x['end'])}")
                elif str(hit[0]["value"]) != str(x["value"]):
                    print(f"  VAL gold {x['value']!s:<14} got {hit[0]['value']!s:<14} {x['text']:<22} ({hit[0]['rule']}) | {ctx(text, x['start'], x['end'])}")
            for p in pred:
                if not any(ov(p, x) for x in gold):
                    print(f"  FP {p['type']:<8} {p['value']!s:<14} {p['text']:<22} ({p['rule']}) | {ctx(text, p['start'], p['end'])}")
        else:
            from kit.evaluate.devset import place_counts

            pc = place_counts(a["places"], g)
            for miss in pc.get("missed", []):
                print(f"  FN {miss}")
            for extra in pc.get("extra", []):
                print(f"  FP {extra}")


def mark_currencies(path: Path) -> int:
    """Add every currency word of the article (data/lexicon/currencies.txt, with a proclitic or ال,
    and «إسترليني» after a pound) to its gold file as an optional MISC: ANERcorp and CAMeL Tools tag
    currencies MISC, this set's annotators did not, so a system is neither rewarded nor penalised.
    Returns how many were added (none twice: a span already in the file is left alone)."""
    sys.path.insert(0, str(ROOT))
    from kit.text import lexicon
    from kit.text.arabic import fold, tokenize

    currencies = lexicon.words("currencies")
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = article_text(find(gold["id"]))
    have = {(e["start"], e["end"]) for e in gold["entities"]}
    toks = [t for t in tokenize(text) if t.kind == "word"]
    added = 0
    for k, t in enumerate(toks):
        w = fold(t.text)
        cut = next((n for n in range(0, 4) if w[n:] in currencies or (w[n:n + 2] == "ال" and w[n + 2:] in currencies)), None)
        if cut is None or (cut and (not set(w[:cut]) <= set("وفبلك") or len(w) - cut < 4)):
            continue  # «بين» is no بـ + «ين»
        if k + 1 < len(toks) and fold(toks[k + 1].text) == "مدريد":
            continue  # «ريال مدريد», the club
        start, end = t.start + cut, t.end
        if k + 1 < len(toks) and fold(toks[k + 1].text) in ("استرليني", "الاسترليني") and toks[k + 1].start - end <= 1:
            end = toks[k + 1].end
        if (start, end) in have:
            continue
        gold["entities"].append({"start": start, "end": end, "text": text[start:end], "type": "MISC",
                                 "canonical": "currency: " + fold(text[start:end]), "required": False})
        added += 1
    gold["entities"].sort(key=lambda e: (e["start"], e["end"]))
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return added


def mark_nested_places(path: Path) -> int:
    """Make every place mention that lies inside a longer name of the same gold file (an ORG, MISC or
    PERS span: «عنيزة» in «مهرجان عنيزة», «جدة» in «صحة جدة») optional: the set's convention is no
    place inside a name (Madrid in «ريال مدريد», Kuwait in «معرض الكويت الدولي للكتاب» were left out),
    but its annotators marked a few; a system is neither rewarded nor penalised for them.
    Returns how many were changed."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    names = [(e["start"], e["end"]) for e in gold["entities"] if e["type"] in ("ORG", "MISC", "PERS")]
    changed = 0
    for place in gold.get("places", []):
        for m in place["mentions"]:
            if m.get("required", True) and any(s <= m["start"] and m["end"] <= e and e - s > m["end"] - m["start"]
                                               for s, e in names):
                m["required"] = False
                changed += 1
    if changed:
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return changed


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("candidates")
    c.add_argument("genre", choices=["politics", "economy", "sport", "culture", "society", "technology"])
    c.add_argument("-n", type=int, default=10)
    s = sub.add_parser("show")
    s.add_argument("id")
    s.add_argument("--raw", action="store_true", help="print the text only")
    k = sub.add_parser("check")
    k.add_argument("files", nargs="+", type=Path)
    e = sub.add_parser("errors", help="the kit's errors on the dev set, with context")
    e.add_argument("what", choices=["entities", "timexes", "places"])
    e.add_argument("--genre")
    e.add_argument("--gold", type=Path, default=ROOT / "tests" / "devset" / "gold")
    m = sub.add_parser("currencies", help="add the currency words of gold files as optional MISC")
    m.add_argument("files", nargs="+", type=Path)
    n = sub.add_parser("nested", help="make place mentions inside a longer gold name optional")
    n.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args(argv)
    if args.cmd in ("nested", "currencies"):
        # every file read before any is rewritten: one bad file stops the run with nothing half-done
        bad = [g for g in map(read_gold, gold_paths(args.files)) if isinstance(g, str)]
        if bad:
            print("\n".join(bad), file=sys.stderr)
            return 1
    if args.cmd == "nested":
        for f in gold_paths(args.files):
            print(f"{f}: {mark_nested_places(f)} place mention(s) made optional")
        return 0
    if args.cmd == "currencies":
        for f in gold_paths(args.files):
            print(f"{f}: {mark_currencies(f)} currency mention(s) added")
        return 0
    if args.cmd == "errors":
        errors(args.what, args.gold, args.genre)
        return 0
    if args.cmd == "candidates":
        print("\n".join(candidates(args.genre, args.n)))
    elif args.cmd == "show":
        text = article_text(find(args.id))
        if args.raw:
            sys.stdout.write(text)
        else:
            pos = 0
            for line in text.split("\n"):
                if line.strip():
                    print(f"[{pos}] {line}")
                pos += len(line) + 1
    else:
        files = gold_paths(args.files)
        if not files:
            print("devset: no gold files there", file=sys.stderr)
            return 1
        golds = [read_gold(f) for f in files]
        texts = texts_of({g["id"] for g in golds if isinstance(g, dict)})
        problems = [p for f in files for p in check(f, texts)]
        print("\n".join(problems) or f"{len(files)} file(s) OK")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
