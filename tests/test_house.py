"""The house rules: layers that import one way only, no circles, word lists as data, lint clean.

``make lint`` runs ruff, mypy and the layers contract; these tests hold the rules the tools do not
check, and the contract itself, so the fast suite catches a wrong import at once.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KIT = ROOT / "kit"
LEXICON = ROOT / "data" / "lexicon"
ARABIC = re.compile(r"[\u0600-\u06FF]")


def _modules() -> dict[str, Path]:
    out = {}
    for p in KIT.rglob("*.py"):
        name = ".".join(p.relative_to(ROOT).with_suffix("").parts)
        out[name.removesuffix(".__init__")] = p
    return out


def test_layers_contract_is_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    r = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "1 kept, 0 broken" in r.stdout, r.stdout[-3000:] + r.stderr[-2000:]


def test_no_import_circles_between_modules():
    """Module-level and function-level imports alike; a package face re-exporting is not a circle."""
    mods = _modules()
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for m, p in mods.items():
        pkg = m if p.name == "__init__.py" else m.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = pkg.split(".")
                    base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
                names = [base] + [f"{base}.{a.name}" for a in node.names]
            for t in names:
                while t and t not in mods:
                    t = t.rsplit(".", 1)[0] if "." in t else ""
                if t and t != m and mods[t].name != "__init__.py" and p.name != "__init__.py":
                    graph[m].add(t)
    seen: dict[str, int] = {}

    def visit(v, path):
        seen[v] = 1
        for w in graph[v]:
            if seen.get(w) == 1:
                raise AssertionError("import circle: " + " -> ".join(path[path.index(w):] + [w]))
            if w not in seen:
                visit(w, path + [w])
        seen[v] = 2

    for v in graph:
        if v not in seen:
            visit(v, [v])


def test_no_arabic_word_lists_in_code():
    """Every Arabic word list lives in data/lexicon/: no list, set or tuple of more than 10 Arabic
    strings, and no long string of Arabic words, in kit/."""
    found = []
    for p in KIT.rglob("*.py"):
        tree = ast.parse(p.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                      and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, (ast.List, ast.Set, ast.Tuple)):
                n = sum(1 for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str) and ARABIC.search(e.value))
                if n > 10:
                    found.append(f"{p.relative_to(ROOT)}:{node.lineno} ({n} Arabic items)")
            if isinstance(node, ast.Dict):
                n = sum(1 for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str) and ARABIC.search(k.value))
                if n > 10:
                    found.append(f"{p.relative_to(ROOT)}:{node.lineno} (a dict of {n} Arabic keys)")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                words = [w for w in re.split(r"[\s|,،()]+", node.value) if ARABIC.search(w)]
                if len(words) > 25 and (node.value.count("|") > 10 or node.value.count("\n") > 10):
                    found.append(f"{p.relative_to(ROOT)}:{node.lineno} (a string of {len(words)} Arabic words)")
    assert not found, "word lists belong in data/lexicon/:\n" + "\n".join(found)


def test_every_word_class_says_what_it_is_for_and_who_reads_it():
    from kit.text import lexicon

    files = sorted(LEXICON.glob("*.t[xs][tv]"))
    assert len(files) >= 8
    for f in files:
        header = lexicon.describe(f.stem)
        assert len(header) > 30, f"{f.name} has no header saying what the class is for"
        assert "Read by" in header or "read by" in header, f"{f.name}: say which stage reads it ('Read by: ...')"
        readers = re.findall(r"kit\.[a-z_.]+", header)
        assert readers, f"{f.name}: name the modules that read it"
        assert lexicon.words(f.stem) if f.suffix == ".txt" else lexicon.rows(f.stem), f"{f.name} is empty"


def test_every_word_class_is_read_by_the_kit():
    """A class no module loads is a list nobody maintains."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in KIT.rglob("*.py"))
    unused = [f.stem for f in sorted(LEXICON.glob("*.t[xs][tv]")) if f'"{f.stem}"' not in code]
    assert not unused, f"word classes no module reads: {unused}"


def test_lexicon_index_is_up_to_date():
    """data/lexicon/README.md is generated from the files' headers: a new or changed class shows there."""
    from kit.text.lexicon import index_markdown, names

    readme = (ROOT / "data" / "lexicon" / "README.md").read_text(encoding="utf-8")
    assert readme == index_markdown(), "rebuild it: see the 'Rebuilt by' line of data/lexicon/README.md"
    assert all(f"| `{n}." in readme for n in names())
