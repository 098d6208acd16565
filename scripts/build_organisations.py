"""Build the organisation gazetteer and the person-name lists the entity stage reads.

    .venv/bin/python scripts/build_organisations.py [--anercorp ../shared/anercorp/train.txt]

Reads the hand-made core table ``data/gazetteer/organisations_core.tsv`` and ANERcorp's training
file, and writes into ``data/gazetteer/``:

- ``organisations.tsv``: the core organisations (English canonical names, Arabic aliases and
  acronyms) merged with the organisation names ANERcorp tags ORG, kept when they recur and are
  mostly tagged ORG wherever the same words occur (a word such as "العربي" is an ORG in a few
  sports pages and an adjective everywhere else: it is dropped), less those listed in
  ``organisations_exclude.txt`` (communities such as "الشيعة", and words that are names on one
  page only).
- ``person_names.tsv``: words ANERcorp tags as parts of person names (with how often they start a
  name), kept when they are mostly names where they occur, plus ``person_names_core.txt``.
- ``word_tags.tsv``: for each frequent word, how often ANERcorp tags it O / PERS / LOC / ORG / MISC;
  the entity stage uses it to tell a common word from a name.

Only ANERcorp's training blocks are read (kit.evaluate.anercorp: blocks of 40 sentences, every tenth
held out and another tenth dev): the dev and held-out blocks score the CRF (``scripts/train_ner.py``)
and the whole pipeline (``benchmarks/anercorp_pipeline.py``), so no list may see them.

ANERcorp: Benajiba, Rosso & Benedí (2007), CAMeL Lab release, CC BY-SA 4.0; the derived lists are
shared under the same licence.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kit.evaluate.anercorp import BLOCK, part_of  # noqa: E402
from kit.text.arabic import fold, has_arabic, proclitic_splits  # noqa: E402

GAZ = ROOT / "data" / "gazetteer"
CORE = GAZ / "organisations_core.tsv"
EXCLUDE = GAZ / "organisations_exclude.txt"
DEFAULT_CORPUS = ROOT.parent / "shared" / "anercorp" / "train.txt"
TYPES = ("PERS", "LOC", "ORG", "MISC")

# Head words that say what kind of organisation a harvested name is.
KIND_HEADS = {
    "حزب": "party", "حركه": "party", "جبهه": "armed_group", "تنظيم": "armed_group",
    "كتائب": "armed_group", "جماعه": "armed_group", "شركه": "company", "مجموعه": "company",
    "بنك": "bank", "مصرف": "bank", "البنك": "bank", "جامعه": "education", "كليه": "education",
    "معهد": "education", "نادي": "sport", "فريق": "sport", "منتخب": "sport", "صحيفه": "media",
    "وكاله": "media", "قناه": "media", "اذاعه": "media", "مجله": "media", "وزاره": "government",
    "مجلس": "government", "هيئه": "government", "لجنه": "government", "منظمه": "ngo",
    "جمعيه": "ngo", "اتحاد": "ngo", "مؤسسه": "ngo", "مركز": "ngo", "محكمه": "court",
}


def key(text: str) -> str:
    """Folded words joined by one space: the matching key of a name."""
    return " ".join(fold(text).split())


def read_anercorp(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, IOB2 tag); a stray I- that starts a span counts as B-."""
    sentences, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sentences.append(cur)
                cur = []
                continue
            tok, tag = line.rsplit(" ", 1)
            cur.append((tok.replace("\u200f", ""), tag))
    if cur:
        sentences.append(cur)
    return sentences


def spans(sentence: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    out, start, typ = [], None, None
    for i, (_, tag) in enumerate(sentence + [("", "O")]):
        bio, _, t = tag.partition("-")
        if start is not None and (bio != "I" or t != typ):
            out.append((start, i, typ))
            start, typ = None, None
        if bio == "B" or (bio == "I" and start is None):
            start, typ = i, t
    return out


def read_core(path: Path = CORE) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            oid, canonical, kind, country, aliases = line.rstrip("\n").split("\t")
            rows.append({"id": oid, "canonical": canonical, "kind": kind, "country": country,
                         "aliases": [a for a in aliases.split("|") if a], "source": "core", "count": 0})
    return rows


def _without_proclitic(words: list[str], known: Counter) -> list[str]:
    """The name without the proclitic ANERcorp leaves glued to its first word ("للأمم" → "الأمم").

    A split is taken only when the stem phrase is itself tagged ORG elsewhere, which keeps names
    that merely start with و/ل/ب ("لجنة", "بنك") whole.
    """
    first = words[0]
    best = None
    for off, stem in proclitic_splits(first)[1:]:
        cand = [stem] + [fold(w) for w in words[1:]]
        n = known.get(" ".join(cand), 0)
        if n and (best is None or n > best[0]):
            best = (n, off, stem)
    if best is None:
        return words
    n, off, stem = best
    # Keep the original spelling of the stem; "لل" lost the alef of ال: give it back.
    head = first[off:]
    if stem.startswith("ال") and not fold(head).startswith("ال"):
        head = "ا" + head
    return [head] + words[1:]


def harvest(sentences, min_count: int = 2, min_share: float = 0.5):
    """ORG names, person-name words and per-word tag counts from ANERcorp sentences."""
    org_raw: Counter = Counter()
    surface: dict[str, Counter] = defaultdict(Counter)
    word_tags: dict[str, Counter] = defaultdict(Counter)
    pers_words: Counter = Counter()
    first_words: Counter = Counter()
    ngram_total: Counter = Counter()
    for sent in sentences:
        for tok, tag in sent:
            word_tags[fold(tok)][tag.partition("-")[2] or "O"] += 1
        for i, j, typ in spans(sent):
            words = [t for t, _ in sent[i:j]]
            if typ == "ORG":
                org_raw[" ".join(fold(w) for w in words)] += 1
            elif typ == "PERS":
                for k, w in enumerate(words):
                    pers_words[fold(w)] += 1
                    if k == 0 and j - i > 1:
                        first_words[fold(w)] += 1
    # Each surface form without its proclitic, counted together.
    orgs: Counter = Counter()
    for sent in sentences:
        for i, j, typ in spans(sent):
            if typ != "ORG":
                continue
            words = _without_proclitic([t for t, _ in sent[i:j]], org_raw)
            k = key(" ".join(words))
            orgs[k] += 1
            surface[k][" ".join(words)] += 1
    # How often each harvested phrase occurs at all (any tag, any proclitic on its first word).
    lengths = {len(k.split()) for k in orgs}
    for sent in sentences:
        folded = [fold(t) for t, _ in sent]
        for n in lengths:
            for i in range(len(folded) - n + 1):
                rest = folded[i + 1:i + n]
                for _, stem in proclitic_splits(sent[i][0]):
                    k = " ".join([stem] + rest)
                    if k in orgs:
                        ngram_total[k] += 1
                        break
    kept = []
    for k, n in orgs.items():
        total = max(ngram_total[k], n)
        if n < min_count or n / total < min_share or len(k.replace(" ", "")) < 3 or not has_arabic(k):
            continue
        kept.append((k, n, total, surface[k].most_common(1)[0][0]))
    return kept, pers_words, first_words, word_tags


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--anercorp", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=GAZ)
    args = ap.parse_args(argv)
    if not args.anercorp.is_file():
        print(f"ANERcorp not found at {args.anercorp}", file=sys.stderr)
        return 2
    sentences = read_anercorp(args.anercorp)
    sentences = [s for k, s in enumerate(sentences) if part_of(k // BLOCK) == "train"]
    harvested, pers_words, first_words, word_tags = harvest(sentences)

    core = read_core()
    with open(EXCLUDE, encoding="utf-8") as f:
        exclude = {key(line) for line in f if line.strip() and not line.startswith("#")}
    harvested = [h for h in harvested if h[0] not in exclude]
    by_alias = {}
    for row in core:
        for a in row["aliases"]:
            by_alias[key(a)] = row
    added = 0
    for k, n, _total, form in sorted(harvested, key=lambda x: (-x[1], x[0])):
        if k in by_alias:
            by_alias[k]["count"] += n
            if by_alias[k]["source"] == "core":
                by_alias[k]["source"] = "core+anercorp"
            continue
        head = k.split()[0]
        kind = KIND_HEADS.get(head) or KIND_HEADS.get(head[2:] if head.startswith("ال") else head, "")
        row = {"id": "anercorp_" + k.replace(" ", "_"), "canonical": form, "kind": kind, "country": "",
               "aliases": [form], "source": "anercorp", "count": n}
        core.append(row)
        by_alias[k] = row
        added += 1

    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "organisations.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# Built by scripts/build_organisations.py: do not edit; edit organisations_core.tsv.\n")
        f.write("id\tcanonical\tkind\tcountry\taliases\tsource\tanercorp_count\n")
        for row in core:
            f.write("\t".join([row["id"], row["canonical"], row["kind"], row["country"],
                               "|".join(row["aliases"]), row["source"], str(row["count"])]) + "\n")

    names = []
    for w, n in pers_words.items():
        total = sum(word_tags[w].values())
        if n >= 2 and n / total >= 0.5 and len(w) >= 2 and has_arabic(w):
            names.append((w, n, first_words.get(w, 0), total))
    with open(args.out / "person_names.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# Built by scripts/build_organisations.py from ANERcorp (CC BY-SA 4.0): folded words of person names.\n")
        f.write("word\tpers_count\tfirst_count\ttotal_count\n")
        for w, n, first, total in sorted(names, key=lambda x: (-x[1], x[0])):
            f.write(f"{w}\t{n}\t{first}\t{total}\n")

    with open(args.out / "word_tags.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# Built by scripts/build_organisations.py from ANERcorp (CC BY-SA 4.0): tag counts of frequent folded words.\n")
        f.write("word\t" + "\t".join(("O",) + TYPES) + "\n")
        for w, c in sorted(word_tags.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
            if sum(c.values()) < 3 or not has_arabic(w):
                continue
            f.write(w + "\t" + "\t".join(str(c.get(t, 0)) for t in ("O",) + TYPES) + "\n")
    print(f"organisations: {len(core)} ({added} from ANERcorp); person-name words: {len(names)}; "
          f"from {len(sentences)} ANERcorp sentences")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
