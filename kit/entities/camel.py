"""CAMeL Tools' optional, data-dependent parts: its NER model and its morphological analyser.

The kit runs without them. When a user has installed CAMeL Tools' data (``camel_data -i light``
for the morphology database, ``camel_data -i ner-arabert`` for the NER model), the kit can use the
NER model as one more entity recognizer (source ``camel``) and show lemmas and parts of speech.

Why this module guards every import: importing ``camel_tools.ner``, ``.morphology`` or
``.disambig`` loads ``camel_tools.data``, which reads ``$CAMELTOOLS_DATA/catalogue.json``
(default ``~/.camel_tools``) and, when that file is missing, tries to download it: offline that
is an exception, online it is a download nobody asked for. So this module reads the catalogue
itself, and imports those parts only when the catalogue is there and the component it needs is
installed. Nothing here is imported when ``kit`` is.

>>> status = camel_status()
>>> sorted(status["components"])
['disambiguator', 'morphology', 'ner']
>>> isinstance(camel_ner_available(), bool)
True
"""
from __future__ import annotations

import json
import math
import os
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from kit.text.arabic import fold_with_offsets, proclitic_splits
from kit.text.article import InputError

ENTITY_TYPES = ("PERS", "LOC", "ORG", "MISC")
# Some models spell the person label PER (CoNLL style); the kit's label set says PERS.
_TYPE_ALIASES = {"PER": "PERS", "PERSON": "PERS", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
# Catalogue component names in CAMeL Tools 1.6.
_NER_COMPONENT = "NamedEntityRecognition"
_MORPH_COMPONENT = "MorphologyDB"
_MLE_COMPONENT = "DisambigMLE"
_PROCLITIC_LETTERS = set("وفبلك")

INSTALL_HINT = (
    "install CAMeL Tools' data with `camel_data -i light` (morphology) and "
    "`camel_data -i ner-arabert` (NER model, about 540 MB), or point CAMELTOOLS_DATA at a folder "
    "that holds them"
)


class CamelDataMissing(InputError):
    """CAMeL Tools' data for the asked component is not installed (one line says what to do).

    >>> str(CamelDataMissing("NER model not installed"))
    'NER model not installed'
    """


# --- where the data is ----------------------------------------------------------------------------

def data_dir() -> Path:
    """The folder CAMeL Tools reads its data from: ``$CAMELTOOLS_DATA`` or ``~/.camel_tools``.

    Computed the way ``camel_tools.data.catalogue`` does, without importing it (that import would
    create the folder and try a download when the catalogue is missing).

    >>> data_dir().name in (".camel_tools", "camel_tools") or "CAMELTOOLS_DATA" in os.environ
    True
    """
    env = os.environ.get("CAMELTOOLS_DATA")
    if env is not None:
        return Path(env).expanduser().absolute()
    if sys.platform == "win32":
        return Path.home() / "AppData" / "Roaming" / "camel_tools"
    return Path.home() / ".camel_tools"


def _read_catalogue(folder: Path) -> tuple[dict | None, str | None]:
    """The catalogue's JSON and None, or None and why it could not be read."""
    path = folder / "catalogue.json"
    if not path.is_file():
        return None, f"no catalogue.json in {folder}"
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        return None, f"{path} cannot be read: {e}"
    if not isinstance(data, dict) or not isinstance(data.get("components"), dict):
        return None, f"{path} is not a CAMeL Tools catalogue (no 'components')"
    return data, None


def _dataset_path(folder: Path, catalogue: dict, component: str, name: str | None = None) -> tuple[str | None, Path | None]:
    """Name and folder of a component's dataset (its default when ``name`` is None)."""
    comp = catalogue["components"].get(component)
    if not isinstance(comp, dict):
        return None, None
    name = name or comp.get("default")
    ds = (comp.get("datasets") or {}).get(name)
    if not isinstance(ds, dict) or "path" not in ds:
        return name, None
    # Same rule as camel_tools.data.catalogue: dataset paths are relative to <data>/data/.
    return name, folder / "data" / ds["path"]


def _ner_model_ok(path: Path | None) -> bool:
    if path is None or not path.is_dir():
        return False
    has_weights = any((path / w).is_file() for w in ("model.safetensors", "pytorch_model.bin"))
    return has_weights and (path / "config.json").is_file() and (path / "vocab.txt").is_file()


def camel_status() -> dict:
    """What of CAMeL Tools' optional data is installed, read from disk without importing it.

    Keys: ``data_dir``, ``from_env`` (True when CAMELTOOLS_DATA set it), ``catalogue`` (bool),
    ``components`` → ``ner`` / ``morphology`` / ``disambiguator``: each ``{"installed", "name",
    "path"}``; ``adds`` (what each installed part gives the kit) and ``message`` (one plain line).

    >>> s = camel_status()
    >>> s["components"]["ner"]["installed"] in (True, False)
    True
    """
    folder = data_dir()
    catalogue, problem = _read_catalogue(folder)
    components = {}
    for key, comp in (("ner", _NER_COMPONENT), ("morphology", _MORPH_COMPONENT), ("disambiguator", _MLE_COMPONENT)):
        name, path = (None, None) if catalogue is None else _dataset_path(folder, catalogue, comp)
        if key == "ner":
            ok = _ner_model_ok(path)
        elif key == "morphology":
            ok = path is not None and (path / "morphology.db").is_file()
        else:
            ok = path is not None and (path / "model.json").is_file()
        components[key] = {"installed": ok, "name": name, "path": str(path) if path else None}
    adds = []
    if components["ner"]["installed"]:
        adds.append("NER model: one more entity recognizer (source 'camel'), merged with the kit's own")
    if components["morphology"]["installed"]:
        adds.append("morphology database: lemma and part of speech of a word (kit.entities.camel.analyze_word)")
    if catalogue is None:
        message = f"CAMeL Tools' data: not installed ({problem}); optional: {INSTALL_HINT}"
    elif not adds:
        message = f"CAMeL Tools' catalogue is in {folder}, but neither the NER model nor a morphology database is installed; {INSTALL_HINT}"
    else:
        missing = [k for k in ("ner", "morphology") if not components[k]["installed"]]
        message = f"CAMeL Tools' data in {folder}: " + "; ".join(adds)
        if missing:
            message += f" (not installed: {', '.join(missing)})"
    return {
        "data_dir": str(folder),
        "from_env": "CAMELTOOLS_DATA" in os.environ,
        "catalogue": catalogue is not None,
        "catalogue_problem": problem,
        "components": components,
        "adds": adds,
        "message": message,
    }


def camel_ner_available() -> bool:
    """True when CAMeL Tools' NER model is installed and torch/transformers can be imported.

    >>> camel_ner_available() in (True, False)
    True
    """
    # Asked once per article: the answer is kept for the data folder and the state of its catalogue
    # and of the folders a model is installed into (three stats, not the catalogue read again), so
    # that pointing CAMELTOOLS_DATA elsewhere or installing the model is seen at once.
    folder = data_dir()
    state: tuple = (str(folder),)
    for path in (folder / "catalogue.json", folder / "data", folder / "data" / "ner"):
        try:
            st = path.stat()
            state += (st.st_mtime_ns, st.st_size)
        except OSError:
            state += (None,)
    got = _NER_AVAILABLE.get(state)
    if got is None:
        got = _NER_AVAILABLE[state] = _ner_available()
    return got


_NER_AVAILABLE: dict[tuple, bool] = {}


def _ner_available() -> bool:
    if not camel_status()["components"]["ner"]["installed"]:
        return False
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("torch", "transformers", "camel_tools"))


def morphology_available() -> bool:
    """True when a CAMeL Tools morphology database is installed.

    >>> morphology_available() in (True, False)
    True
    """
    return camel_status()["components"]["morphology"]["installed"]


def _require_catalogue() -> None:
    """Raise CamelDataMissing unless importing camel_tools' data-dependent parts is safe."""
    status = camel_status()
    if not status["catalogue"]:
        raise CamelDataMissing(status["message"])


# --- NER ------------------------------------------------------------------------------------------

_lock = threading.Lock()
_recognizers: dict[str, object] = {}


def _ner_model_path(model_path: str | Path | None) -> str:
    if model_path is not None:
        p = Path(model_path).expanduser()
        if not _ner_model_ok(p):
            raise CamelDataMissing(f"{p} is not a NER model folder (config.json, weights and vocab.txt)")
        return str(p.absolute())
    status = camel_status()
    ner = status["components"]["ner"]
    if not ner["installed"]:
        raise CamelDataMissing(f"CAMeL Tools' NER model is not installed ({status['message']})")
    return ner["path"]


def load_recognizer(model_path: str | Path | None = None):
    """A ``camel_tools.ner.NERecognizer`` (loaded once per model folder, then reused).

    ``model_path`` None means the catalogue's default NER model. Raises CamelDataMissing when
    there is none; never downloads.
    """
    path = _ner_model_path(model_path)
    with _lock:
        rec = _recognizers.get(path)
        if rec is None:
            if model_path is None:
                _require_catalogue()
            elif not (data_dir() / "catalogue.json").is_file() and "camel_tools.data" not in sys.modules:
                # camel_tools.ner imports camel_tools.data, which downloads a missing catalogue.
                # An explicit model folder doesn't need the catalogue, so load it without that import.
                rec = _BareRecognizer(path)
            if rec is None:
                from camel_tools.ner import NERecognizer

                with _quiet_loading():
                    rec = NERecognizer(path, use_gpu=False)
            _recognizers[path] = rec
    return rec


@contextmanager
def _quiet_loading():
    """No "Loading weights" progress bar in a notebook cell: it is noise for a class."""
    from transformers.utils import logging as hf_logging

    was_on = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_on:
            hf_logging.enable_progress_bar()


class _BareRecognizer:
    """The model, tokenizer and labels of a NER folder, as NERecognizer holds them."""

    def __init__(self, path: str):
        from transformers import BertForTokenClassification, BertTokenizer

        with _quiet_loading():
            self.model = BertForTokenClassification.from_pretrained(path)
            self.tokenizer = BertTokenizer.from_pretrained(path)
        self.labels_map = self.model.config.id2label


def _featurize(tok, pieces: list[list[list[str]]], max_seq_length: int = 256) -> list[dict]:
    """Model inputs as CAMeL Tools builds them from each sentence's word pieces: the first piece of
    each word carries its label; long sentences are cut into segments of at most
    ``max_seq_length`` pieces."""
    import torch

    features = []
    for sent_id, pieces_per_word in enumerate(pieces):
        segments: list[list[tuple[str, bool]]] = [[]]
        for word_pieces in pieces_per_word:
            marked = [(p, k == 0) for k, p in enumerate(word_pieces)]
            if segments[-1] and len(segments[-1]) + len(marked) > max_seq_length - 2:
                segments.append([])
            # A single word longer than a segment is cut; its first piece keeps the label.
            segments[-1].extend(marked[: max_seq_length - 2])
        for seg in segments:
            toks = [tok.cls_token] + [p for p, _ in seg] + [tok.sep_token]
            first = [False] + [f for _, f in seg] + [False]
            ids = tok.convert_tokens_to_ids(toks)
            pad = max(0, max_seq_length - len(ids))
            features.append({
                "input_ids": torch.tensor(ids + [tok.pad_token_id] * pad),
                "attention_mask": torch.tensor([1] * len(ids) + [0] * pad),
                "token_type_ids": torch.tensor([0] * max_seq_length),
                "first": first + [False] * pad,
                "sent_id": sent_id,
            })
    return features


def predict_labels(rec, sentences: list[list[str]], batch_size: int = 32) -> list[list[tuple[str, float | None]]]:
    """One ``(label, probability)`` per word of each pre-tokenised sentence.

    Same input layout as ``NERecognizer.predict`` (which gives labels only); the probability is the
    softmax of the winning label at the word's first piece, kept as the model's evidence. A word
    the tokenizer turns into nothing gets ("O", None).
    """
    import torch

    pieces = [[rec.tokenizer.tokenize(w) for w in words] for words in sentences]
    # Words the tokenizer turns into nothing (control characters) get no label from the model.
    keep = [[bool(p) for p in sent] for sent in pieces]
    feats = _featurize(rec.tokenizer, [[p for p in sent if p] for sent in pieces])
    per_sentence: list[list[tuple[str, float]]] = [[] for _ in sentences]
    model = rec.model
    model.eval()
    with torch.no_grad():
        for i in range(0, len(feats), batch_size):
            batch = feats[i:i + batch_size]
            inputs = {k: torch.stack([f[k] for f in batch]) for k in ("input_ids", "attention_mask", "token_type_ids")}
            # Only as long as the longest segment: padding costs time and changes nothing.
            width = int(inputs["attention_mask"].sum(dim=1).max())
            inputs = {k: v[:, :width] for k, v in inputs.items()}
            probs = torch.softmax(model(**inputs).logits, dim=-1)
            best_p, best = probs.max(dim=-1)
            for row, f in enumerate(batch):
                for j in range(width):
                    if f["first"][j]:
                        label = rec.labels_map[int(best[row, j])]
                        per_sentence[f["sent_id"]].append((label, float(best_p[row, j])))
    out: list[list[tuple[str, float | None]]] = []
    for ks, labels in zip(keep, per_sentence):
        it = iter(labels)
        out.append([next(it) if k else ("O", None) for k in ks])
    return out


def _split_label(label: str) -> tuple[str, str | None]:
    """("B"|"I"|"O", type) of a BIO label; unknown types give ("O", None)."""
    if not label or label == "O" or "-" not in label:
        return "O", None
    prefix, typ = label.split("-", 1)
    typ = _TYPE_ALIASES.get(typ.upper(), typ.upper())
    if prefix not in ("B", "I") or typ not in ENTITY_TYPES:
        return "O", None
    return prefix, typ


def stem_offset(word: str, known_stem: Callable[[str], bool] | None = None,
                use_morphology: bool | None = None) -> tuple[int, str]:
    """Where the name starts inside ``word`` once attached proclitics are left out, and why.

    A NER model trained on ANERcorp labels whole words, "لتونس" included. Cutting و/ف/ب/ل/ك
    blindly would break the many names that start with those letters (لبنان، بغداد، فلسطين،
    واشنطن), so the choice is, in this order:

    1. ``known_stem(folded)`` (e.g. the caller's gazetteer): keep the whole word when it knows it,
       else cut to the longest stem it knows;
    2. CAMeL Tools' morphology database, when installed: cut only when *every* analysis of the
       word has a conjunction or preposition proclitic (so "لبنان" stays whole, "لتونس" → "تونس");
    3. otherwise cut only before the article: "والخرطوم" → "الخرطوم", "بالعراق" → "العراق",
       "للبرلمان" → "لبرلمان" (the ل of ل+ال stands for the article's lam).

    Everything else keeps the whole word. Returns ``(offset, reason)``; offset 0 = whole word.
    ``use_morphology`` None = use the database when it is installed.

    >>> stem_offset("والخرطوم", use_morphology=False), stem_offset("لبنان", use_morphology=False)
    ((1, 'article'), (0, 'whole'))
    >>> stem_offset("لتونس", known_stem=lambda s: s == "تونس")
    (1, 'known')
    """
    splits = proclitic_splits(word)
    if len(splits) == 1:
        return 0, "whole"
    if known_stem is not None:
        if known_stem(splits[0][1]):
            return 0, "known"
        for off, stem in splits[1:]:
            if known_stem(stem):
                return off, "known"
    if use_morphology is None:
        use_morphology = morphology_available()
    n = _morph_proclitic_count(word) if use_morphology else None
    if n is not None:
        if n == 0:
            return 0, "morphology"
        folded, where = fold_with_offsets(word)
        if n < len(folded) and all(c in _PROCLITIC_LETTERS for c in folded[:n]):
            return where[n], "morphology"
        return 0, "morphology"
    for off, stem in splits[1:]:
        if stem.startswith("ال") and len(stem) >= 4:
            return off, "article"
    return 0, "whole"


def camel_ner_mentions(article, model_path: str | Path | None = None, *,
                       known_stem: Callable[[str], bool] | None = None,
                       batch_size: int = 32) -> list[dict]:
    """Entity mentions found by CAMeL Tools' NER model, with offsets into ``article.text``.

    The model tags the document's tokens (words, numbers, punctuation),
    one sentence at a time (the title, the subtitle and every sentence, ``article.segments``).
    BIO labels become spans: B starts a mention, I continues one of the same type (an I after
    O or another type starts a new one, as conlleval reads it). A mention's first word loses its
    attached proclitics as :func:`stem_offset` decides. Each mention:
    ``{"start", "end", "text", "type", "score", "words", "labels"}`` with ``text ==
    article.text[start:end]`` and ``score`` the mean probability of its words' labels (None when
    the model gave none).

    Raises CamelDataMissing (an InputError) when no model is installed: check
    :func:`camel_ner_available` first.

    >>> from kit.text.article import parse_article
    >>> article = parse_article("زيارة رسمية\\n\\nزار الرئيس عمّان. وقال إن الزيارة مهمة.")
    >>> mentions = camel_ner_mentions(article) if camel_ner_available() else []
    >>> all(article.text[m["start"]:m["end"]] == m["text"] for m in mentions)
    True
    """
    rec = load_recognizer(model_path)
    token_lists = [ts for ts in article.segments_tokens() if ts]
    if not token_lists:
        return []
    labelled = predict_labels(rec, [[t.text for t in ts] for ts in token_lists], batch_size=batch_size)
    mentions: list[dict | None] = []  # None: a span that was punctuation only (see _finish)
    text = article.text
    use_morph = morphology_available()
    for tokens, labels in zip(token_lists, labelled):
        current: dict | None = None
        for tok, (label, prob) in zip(tokens, labels):
            prefix, typ = _split_label(label)
            if prefix == "I" and current is not None and current["type"] == typ:
                current["toks"].append((tok, label, prob))
                continue
            if current is not None:
                mentions.append(_finish(current, text, known_stem, use_morph))
                current = None
            if prefix in ("B", "I"):
                current = {"type": typ, "toks": [(tok, label, prob)]}
        if current is not None:
            mentions.append(_finish(current, text, known_stem, use_morph))
    return [m for m in mentions if m is not None]


def _finish(current: dict, text: str, known_stem, use_morph: bool) -> dict | None:
    toks = current["toks"]
    # Punctuation at either edge is never part of a name, even when the model says so.
    while toks and toks[-1][0].kind == "punct":
        toks = toks[:-1]
    while toks and toks[0][0].kind == "punct":
        toks = toks[1:]
    if not toks:
        return None
    first = toks[0][0]
    start = first.start
    how = "whole"
    if first.kind == "word":
        off, how = stem_offset(first.text, known_stem, use_morph)
        start += off
    end = toks[-1][0].end
    probs = [p for _, _, p in toks if p is not None]
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "type": current["type"],
        "score": round(sum(probs) / len(probs), 4) if probs else None,
        "words": [t.text for t, _, _ in toks],
        "labels": [lab for _, lab, _ in toks],
        "proclitic": how,
    }


# --- morphology -----------------------------------------------------------------------------------

_analyzers: dict[str, tuple[object, object | None]] = {}
_analyses: dict[tuple[str, str], tuple[dict, ...]] = {}
_MAX_MEMO = 200_000


def _load_analyzer() -> tuple[str, object, object | None]:
    """(db path, Analyzer, MLEDisambiguator or None) for the installed default database."""
    status = camel_status()
    morph = status["components"]["morphology"]
    if not morph["installed"]:
        raise CamelDataMissing(f"CAMeL Tools' morphology database is not installed ({status['message']})")
    db_path = str(Path(morph["path"]) / "morphology.db")
    with _lock:
        if db_path not in _analyzers:
            from camel_tools.morphology.analyzer import Analyzer
            from camel_tools.morphology.database import MorphologyDB

            analyzer = Analyzer(MorphologyDB(db_path, "a"), backoff="NONE")
            mle = None
            dis = status["components"]["disambiguator"]
            if dis["installed"]:
                from camel_tools.disambig.mle import MLEDisambiguator

                # cache_size=0: its LFU cache is never written to (get() without a set), so it
                # only costs; this module memoises per word instead.
                mle = MLEDisambiguator(analyzer, str(Path(dis["path"]) / "model.json"), top=1000, cache_size=0)
            _analyzers[db_path] = (analyzer, mle)
    analyzer, mle = _analyzers[db_path]
    return db_path, analyzer, mle


def _proclitics(a: dict) -> list[str]:
    return [a[k] for k in ("prc3", "prc2", "prc1") if a.get(k) not in (None, "", "0", "na")]


def analyze_word(word: str) -> list[dict]:
    """Analyses of one word from CAMeL Tools' morphology database, most likely first.

    Each: ``{"lemma", "pos", "diac", "gloss", "proclitics", "stem", "score"}`` (``score``: the
    MLE disambiguator's when installed, else 10**pos_lex_logprob, else None). Memoised per word.
    An unknown word gives []. Raises CamelDataMissing when no database is installed.

    >>> analyses = analyze_word("والكتاب") if morphology_available() else []
    >>> all({"lemma", "pos", "proclitics"} <= set(a) for a in analyses)
    True
    """
    if not isinstance(word, str):
        raise InputError(f"analyze_word takes one word (str), not {type(word).__name__}")
    db_path, analyzer, mle = _load_analyzer()
    key = (db_path, word.strip())
    hit = _analyses.get(key)
    if hit is None:
        hit = tuple(_analyse(analyzer, mle, word.strip()))
        if len(_analyses) >= _MAX_MEMO:
            _analyses.clear()
        _analyses[key] = hit
    return [dict(a) for a in hit]


def _analyse(analyzer, mle, word: str) -> list[dict]:
    if not word:
        return []
    scored: list[tuple[float | None, dict]] = []
    if mle is not None:
        dw = mle.disambiguate_word([word], 0)
        scored = [(round(s.score, 4), s.analysis) for s in dw.analyses]
    else:
        for a in analyzer.analyze(word):
            lp = a.get("pos_lex_logprob")
            try:
                score = round(10 ** float(lp), 6) if lp is not None else None
            except (TypeError, ValueError, OverflowError):
                score = None
            scored.append((score, a))
        scored.sort(key=lambda sa: -(sa[0] if sa[0] is not None else -math.inf))
    out, seen = [], set()
    for score, a in scored:
        item = {
            "lemma": a.get("lex"),
            "pos": a.get("pos"),
            "diac": a.get("diac"),
            "gloss": a.get("gloss") or a.get("stemgloss"),
            "proclitics": _proclitics(a),
            "stem": a.get("stem"),
            "score": score,
        }
        k = (item["lemma"], item["pos"], item["diac"])
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _morph_proclitic_count(word: str) -> int | None:
    """Fewest conjunction/preposition proclitics over the word's analyses; None without data
    or when the database doesn't know the word."""
    try:
        analyses = analyze_word(word)
    except Exception:  # a broken user database must not stop entity recognition
        return None
    if not analyses:
        return None
    return min(len(a["proclitics"]) for a in analyses)

