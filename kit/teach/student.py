"""The student edition: every notebook with its ``solution`` cells taken out and its outputs cleared.

``python -m kit student-edition OUT_DIR`` writes it. The exercise stubs (cells tagged ``exercise``)
and the checkers (cells tagged ``check``) stay, so a student edits the stub, runs the check and sees
❌ turn into ✅. A note at the top of each notebook says which edition it is.

The folder is written whole or not at all (a temporary folder beside it, renamed at the end), and a
previous student edition in the same place is replaced, but only when nothing in it is anyone's work:
the marker file records every file the edition wrote and its checksum, and a file it did not write, or
a notebook changed since (a student's answers), makes the rebuild stop with one line naming it. The
teacher's ``notebooks/`` folder, a folder holding it, and a non-empty folder that is not a student
edition are refused too: a typo must not wipe work.

>>> code = lambda src, tag: {"cell_type": "code", "metadata": {"tags": [tag]}, "source": src,
...                         "outputs": [], "execution_count": None}
>>> nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
...     code("answer = None", "exercise"), code("answer = 'ليبيا'", "solution"),
...     code("check_place(answer)", "check")]}
>>> [c["source"] for c in student_notebook(nb)["cells"]][1:]
['answer = None', 'check_place(answer)']
"""
from __future__ import annotations

import copy
import json
import logging
from pathlib import Path

from kit.files import staging_dir
from kit.messages import plural
from kit.resources import NOTEBOOKS, sha256_file
from kit.text.article import InputError

log = logging.getLogger("kit.student")

SOLUTION_TAG = "solution"
NOTE_TAG = "student-edition-note"
# Written into every student edition so a later build may replace the folder: any other non-empty
# folder is refused.
MARKER = ".kit-student-edition"

NOTE = (
    "> **Student edition** · **نسخة الطالب**\n"
    ">\n"
    "> The solutions are taken out of this notebook. In each cell under an exercise, replace the stub "
    "with your own code, then run the *check* cell below it: it shows ❌ until your answer is right, "
    "then ✅. (Built by `python -m kit student-edition`; the teacher's edition with the solutions is "
    "the kit's `notebooks/` folder.)"
)

NOTE_NO_EXERCISES = (
    "> **Student edition** · **نسخة الطالب**\n"
    ">\n"
    "> This notebook has no exercises: it is the same as the teacher's. "
    "(Built by `python -m kit student-edition`.)"
)

README = """# Student edition of the Arabic news study kit notebooks

These notebooks are the kit's notebooks without the solutions to their exercises.
Open them in JupyterLab, run them top to bottom, and complete each exercise: edit the cell under the
exercise's prompt, then run the check cell below it (❌ until the answer is right, then ✅).

Rebuild this folder with `python -m kit student-edition {out}` (it replaces the folder).
"""


def tags(cell: dict) -> list[str]:
    return list((cell.get("metadata") or {}).get("tags") or [])


def student_notebook(nb: dict) -> dict:
    """A copy of notebook ``nb`` (its JSON) without ``solution`` cells, outputs cleared, the note on top."""
    out = copy.deepcopy(nb)
    cells = []
    for cell in out["cells"]:
        if SOLUTION_TAG in tags(cell):
            continue
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
            # papermill and nbclient leave run times here; they would tell the student nothing
            for key in ("execution", "papermill"):
                cell.get("metadata", {}).pop(key, None)
        cells.append(cell)
    removed = len(out["cells"]) - len(cells)
    note = {"cell_type": "markdown", "metadata": {"tags": [NOTE_TAG]}, "source": NOTE if removed else NOTE_NO_EXERCISES}
    if (out.get("nbformat"), out.get("nbformat_minor", 0)) >= (4, 5):
        note["id"] = NOTE_TAG  # cell ids are required from nbformat 4.5 on
    out["cells"] = [note] + cells
    out.get("metadata", {}).pop("papermill", None)
    return out


def _read(path: Path) -> dict:
    # Plain JSON rather than nbformat: importing nbformat costs seconds, and the edit keeps every
    # field it does not touch exactly as it was.
    try:
        with open(path, encoding="utf-8") as f:
            nb = json.load(f)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise InputError(f"cannot read notebook {path}: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list) or nb.get("nbformat") != 4:
        raise InputError(f"{path} is not a Jupyter notebook in format 4")
    if not all(isinstance(c, dict) for c in nb["cells"]):
        raise InputError(f"{path} has a cell that is not a JSON object")
    return nb


def _write(nb: dict, path: Path) -> None:
    # the layout nbformat itself writes, so a diff against a notebook saved by JupyterLab stays small
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def _select(notebooks_dir: Path, only: list[str] | None) -> list[Path]:
    found = sorted(p for p in notebooks_dir.glob("*.ipynb") if p.is_file())
    if not found:
        raise InputError(f"no notebooks (*.ipynb) in {notebooks_dir}")
    if not only:
        return found
    by_name = {}
    for p in found:
        by_name[p.name] = by_name[p.stem] = by_name[p.name.split("-", 1)[0]] = p
    chosen = []
    for name in only:
        key = Path(name).name
        if key not in by_name:
            raise InputError(f"no notebook {name!r} in {notebooks_dir} (there are: {', '.join(p.name for p in found)})")
        if by_name[key] not in chosen:
            chosen.append(by_name[key])
    return chosen


def _is_within(a: Path, b: Path) -> bool:
    """True when ``a`` is ``b`` or lies inside it."""
    return a == b or b in a.parents


def _check_target(out: Path, notebooks_dir: Path) -> None:
    if _is_within(out, notebooks_dir):
        raise InputError(f"refusing to write the student edition into the notebooks folder itself ({out}): choose another folder")
    if _is_within(notebooks_dir, out):
        raise InputError(f"refusing to replace {out}: it holds the notebooks folder; choose a new folder such as {out / 'student'}")
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise InputError(f"{out} is not empty and is not a student edition: choose an empty or new folder")
    if out.is_dir():
        work = users_work(out)
        if work:
            more = f" and {plural(len(work) - 1, 'other file')}" if len(work) > 1 else ""
            raise InputError(f"refusing to replace the student edition in {out}: {work[0]}{more} there were not written "
                             "by it or were changed since (someone's work); move them elsewhere or choose another folder")


def _recorded(out: Path) -> dict[str, str] | None:
    """The files an edition wrote and their checksums, from its marker (None for an older marker)."""
    try:
        with open(out / MARKER, encoding="utf-8") as f:
            files = json.load(f).get("files")
    except (OSError, ValueError, AttributeError):
        return None
    return files if isinstance(files, dict) else None


def users_work(out: Path) -> list[str]:
    """What a rebuild of the edition in ``out`` would lose: files it did not write, and files changed since.

    JupyterLab's ``.ipynb_checkpoints`` copies of unchanged notebooks are the edition's own. An edition
    made before checksums were recorded counts its notebooks, README.md and the marker as its own.
    """
    files = _recorded(out)
    work = []
    for p in sorted(out.iterdir()):
        if p.name == MARKER:
            continue
        if p.name == ".ipynb_checkpoints" and p.is_dir() and files is not None:
            for c in sorted(p.iterdir()):
                original = c.name.removesuffix("-checkpoint.ipynb") + ".ipynb"
                if not (c.is_file() and c.name.endswith("-checkpoint.ipynb") and files.get(original) == sha256_file(c)):
                    work.append(f"{p.name}/{c.name}")
            continue
        if files is None:
            if not (p.is_file() and (p.suffix == ".ipynb" or p.name == "README.md")):
                work.append(p.name)
        elif p.name not in files or not p.is_file() or sha256_file(p) != files[p.name]:
            work.append(p.name)
    return work


def build_student_edition(out_dir, notebooks_dir=NOTEBOOKS, only: list[str] | None = None) -> list[Path]:
    """Write the student edition of the notebooks in ``notebooks_dir`` to ``out_dir``; return its notebooks.

    ``only`` restricts it to some notebooks, by file name, stem or number ("01").
    Raises :class:`~kit.text.article.InputError` with one line when it cannot.
    """
    notebooks_dir = Path(notebooks_dir).expanduser().resolve()
    out = Path(out_dir).expanduser().resolve()
    if not notebooks_dir.is_dir():
        raise InputError(f"no notebooks folder at {notebooks_dir}")
    _check_target(out, notebooks_dir)
    sources = _select(notebooks_dir, only)
    editions = {src.name: student_notebook(_read(src)) for src in sources}

    try:
        with staging_dir(out) as stage:  # built beside ``out``, renamed into place when complete
            for name, nb in editions.items():
                _write(nb, stage / name)
            (stage / "README.md").write_text(README.format(out=out_dir), encoding="utf-8")
            # What the edition wrote, with checksums: a later rebuild replaces only these, unchanged.
            files = {p.name: sha256_file(p) for p in sorted(stage.iterdir())}
            with open(stage / MARKER, "w", encoding="utf-8") as f:
                json.dump({"written_by": "python -m kit student-edition", "files": files}, f, ensure_ascii=False, indent=1)
                f.write("\n")
    except OSError as e:
        raise InputError(f"cannot write the student edition to {out}: {e.strerror or e}") from None
    return [out / name for name in editions]


def main(args) -> int:
    """``python -m kit student-edition OUT_DIR [--notebooks NAME ...]``."""
    notebooks_dir = Path(getattr(args, "notebooks_dir", None) or NOTEBOOKS)
    written = build_student_edition(args.output, notebooks_dir=notebooks_dir, only=getattr(args, "notebooks", None))
    removed = 0
    for path in written:
        removed += sum(SOLUTION_TAG in tags(c) for c in _read(notebooks_dir / path.name)["cells"])
    log.info("wrote %s to %s (%s taken out)", plural(len(written), "student notebook"), Path(args.output),
             plural(removed, "solution cell"))
    return 0
