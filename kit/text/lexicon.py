"""The kit's Arabic word lists, one file per word class under ``data/lexicon/``, loaded once.

Every list the rules read lives there, never in code: a new genre needs new lines in a data file
(and a test), not an edit in a module. A file starts with ``#`` lines that say what the class is for
and which stage reads it; then one entry per line. A ``.txt`` file holds words (several on a line,
separated by spaces, are read as separate words unless the file says ``# phrases``); a ``.tsv`` file
holds rows of tab-separated columns, the first row naming them.

Words are returned *folded* (:func:`kit.text.arabic.fold`: no diacritics, one alef, ى→ي, ة→ه),
so a rule compares them with folded text.

>>> "قال" in words("speech_verbs")
True
>>> rows("org_heads")[0]
{'word': 'وزارة', 'strength': 'strong', 'in_name': 'yes', 'by_adjective': ''}
"""
from __future__ import annotations

from functools import lru_cache

from kit.resources import data_file
from kit.text.arabic import fold


def _lines(name: str, suffix: str) -> tuple[list[str], list[str]]:
    """(header comment lines, data lines) of ``data/lexicon/NAME.SUFFIX``."""
    path = data_file("lexicon", f"{name}.{suffix}")
    header, data = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                header.append(line[1:].strip())
            elif line.strip():
                data.append(line.split(" #", 1)[0].rstrip() if " #" in line else line)
    return header, data


@lru_cache(maxsize=None)
def raw_words(name: str) -> tuple[str, ...]:
    """The entries of ``NAME.txt`` as written (not folded), in file order, without duplicates.

    >>> raw_words("name_connectors")[:3]
    ('بن', 'بنت', 'ابن')
    """
    header, data = _lines(name, "txt")
    phrases = any(h.lower().startswith("phrases") for h in header)
    out: list[str] = []
    for line in data:
        items = [line.strip()] if phrases else line.split()
        out.extend(i for i in items if i)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The folded entries of ``NAME.txt`` (one word or phrase each), as a frozen set."""
    return frozenset(fold(w) for w in raw_words(name))


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``NAME.tsv`` as dicts keyed by its header row (values as written)."""
    _, data = _lines(name, "tsv")
    head = data[0].split("\t")
    out = []
    for line in data[1:]:
        cells = line.split("\t")
        out.append({k: (cells[i].strip() if i < len(cells) else "") for i, k in enumerate(head)})
    return tuple(out)


def mapping(name: str, key: str, value: str, *, fold_keys: bool = True) -> dict[str, str]:
    """``{row[key]: row[value]}`` of ``NAME.tsv``, keys folded (the first row wins on a repeat).

    >>> mapping("org_heads", "word", "strength")["حركه"]
    'weak'
    """
    out: dict[str, str] = {}
    for r in rows(name):
        k = fold(r[key]) if fold_keys else r[key]
        out.setdefault(k, r[value])
    return out


def names() -> list[str]:
    """Every word class the kit ships (file names without their suffix)."""
    from kit.resources import data_dir

    return sorted({p.stem for p in data_dir("lexicon").iterdir() if p.suffix in (".txt", ".tsv")})


def describe(name: str) -> str:
    """The header of a word class: what it is for and who reads it."""
    for suffix in ("txt", "tsv"):
        try:
            header, _ = _lines(name, suffix)
        except FileNotFoundError:
            continue
        return "\n".join(header)
    raise KeyError(name)


def index_markdown() -> str:
    """``data/lexicon/README.md``: one row per word class, its first header sentence, its size and
    who reads it (a test checks the file is this function's output, so the index cannot go stale)."""
    rows_md = []
    for name in names():
        header = describe(name)
        prose = " ".join(line for line in header.splitlines() if not line.lower().startswith("phrases"))
        text, _, read_by = prose.partition("Read by:")
        read_by = read_by.strip()
        first = text.strip().split(". ")[0].rstrip(".") + "."
        suffix = "txt" if data_file("lexicon", f"{name}.txt").exists() else "tsv"
        size = len(raw_words(name)) if suffix == "txt" else len(rows(name))
        rows_md.append(f"| `{name}.{suffix}` | {first.replace('|', '/')} | {size} | {read_by.replace('|', '/')} |")
    return (
        "# The kit's Arabic word lists\n\n"
        "Every Arabic word list the rules read lives here, once: one file per word class, starting with `#` lines\n"
        "that say what it is for and which stage reads it (`kit/text/lexicon.py` loads them; `tests/test_house.py`\n"
        "checks that no module keeps a word list of its own). A `.txt` file holds words or, when its header says\n"
        "`# phrases`, one phrase a line; a `.tsv` file holds rows under a header row. To teach the kit a new word,\n"
        "add a line to the right file and a test that needs it.\n\n"
        "Source and licence: written for the kit by its authors (MIT, like the code), from Arabic news usage;\n"
        "entries were checked against the genre development set (`tests/devset/`), never copied from a corpus.\n"
        "Rebuilt by: by hand; this index by `python -c \"from kit.text.lexicon import index_markdown as i; "
        "print(i(), end='')\" > data/lexicon/README.md`.\n\n"
        "| file | what it is | entries | read by |\n|---|---|---|---|\n" + "\n".join(rows_md) + "\n"
    )
