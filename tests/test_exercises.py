"""Every notebook's exercises: a stub, a solution and a checker, and a student edition without solutions.

Static part (fast): in each notebook every ``exercise`` cell is followed by its ``solution`` and its
``check``; the solution defines what the stub defines; the check ends in a call to a ``check_*``
function the notebook imports and the kit provides; notebooks 01–05 hold at least two exercises. The
student edition (``python -m kit student-edition``) drops the solutions and nothing else.

Slow part: the teacher edition and the student edition of each notebook are executed headless once
per session (kernel python3, cwd notebooks/): every check shows ✅ with the solutions and ❌ with the
stubs, and both editions run through without an error.
"""
from __future__ import annotations

import ast
import importlib
import re
from argparse import Namespace
from pathlib import Path

import nbformat
import pytest

from kit.teach.student import MARKER, NOTE_TAG, build_student_edition, main, student_notebook
from kit.text.article import InputError

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
IDS = [p.stem for p in NOTEBOOK_FILES]
EXERCISE_TAGS = ("exercise", "solution", "check")
CELL_TIMEOUT_S = 600


def read(path: Path) -> nbformat.NotebookNode:
    with open(path, encoding="utf-8") as f:
        return nbformat.read(f, as_version=4)


def tags(cell) -> list[str]:
    return list(cell.metadata.get("tags", []) or [])


def role(cell) -> str | None:
    found = [t for t in EXERCISE_TAGS if t in tags(cell)]
    assert len(found) <= 1, f"a cell has several exercise tags {found}: {cell.source[:60]!r}"
    return found[0] if found else None


def exercises(nb) -> list[tuple]:
    """(exercise, solution, check) cells in order; fails on any other arrangement of the tags."""
    code = [c for c in nb.cells if c.cell_type == "code"]
    for c in nb.cells:
        if c.cell_type != "code" and role(c):
            raise AssertionError(f"a {c.cell_type} cell is tagged {role(c)}: tags belong on code cells")
    found, i = [], 0
    while i < len(code):
        r = role(code[i])
        if r is None:
            i += 1
            continue
        assert r == "exercise", f"a {r} cell without an exercise cell before it: {code[i].source[:80]!r}"
        following = [role(c) for c in code[i + 1:i + 3]]
        assert following == ["solution", "check"], (
            f"the exercise cell {code[i].source[:60]!r} must be followed by its solution and check cells "
            f"(next tagged code cells: {following})"
        )
        found.append(tuple(code[i:i + 3]))
        i += 3
    return found


def bound_names(source: str) -> set[str]:
    """Names a cell defines at top level (assignments, functions, classes, imports)."""
    names = set()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                names |= {n.id for n in ast.walk(t) if isinstance(n, ast.Name)}
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
    return names


def imported_from(nb) -> dict[str, str]:
    """{name: module} for every ``from module import name`` in the notebook's code cells."""
    out = {}
    for c in nb.cells:
        if c.cell_type != "code":
            continue
        try:
            tree = ast.parse(c.source)
        except SyntaxError:
            continue  # reported by the test that parses each cell
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for a in node.names:
                    out[a.asname or a.name] = (node.module, a.name)
    return out


# --- static structure ------------------------------------------------------------------------------

@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=IDS)
def test_exercise_structure(path):
    nb = read(path)
    for c in nb.cells:
        if c.cell_type == "code":
            ast.parse(c.source)  # a cell that does not parse would fail in front of the class
    found = exercises(nb)
    number = int(path.name[:2])
    if 1 <= number <= 5:
        assert len(found) >= 2, f"{path.name} has {len(found)} exercise(s); notebooks 01–05 need at least two"
    imports = imported_from(nb)
    for stub, solution, check in found:
        stub_names, solution_names = bound_names(stub.source), bound_names(solution.source)
        assert stub_names, f"the stub {stub.source[:60]!r} defines nothing for the check to use"
        assert stub_names <= solution_names, (
            f"the solution must define what the stub defines: {sorted(stub_names - solution_names)} missing "
            f"from {solution.source[:60]!r}"
        )
        tree = ast.parse(check.source)
        last = tree.body[-1] if tree.body else None
        assert isinstance(last, ast.Expr) and isinstance(last.value, ast.Call) and isinstance(last.value.func, ast.Name), (
            f"a check cell must end with check_<name>(answer): {check.source!r}"
        )
        checker = last.value.func.id
        assert checker.startswith("check_"), f"the check cell calls {checker}, not a check_<name> function"
        used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        assert used & stub_names, f"{check.source!r} does not look at the answer ({sorted(stub_names)})"
        assert checker in imports, f"{path.name} calls {checker} but never imports it"
        module, name = imports[checker]
        assert callable(getattr(importlib.import_module(module), name, None)), f"{module}.{name} is not a function"
        assert solution.metadata.get("jupyter", {}).get("source_hidden") is True, (
            f"{path.name}: a solution is folded in front of a class (metadata jupyter.source_hidden)")
    # Teacher's view: every exercise says where its folded solution is, every notebook ends with a
    # "Next:" link to a notebook that exists.
    if found:
        assert sum("folded just below" in c.source for c in nb.cells if c.cell_type == "markdown") >= len(found)
    last = [c for c in nb.cells if c.cell_type == "markdown"][-1].source
    links = re.findall(r"Next:.*?\]\(([^)]+\.ipynb)\)", last, re.S)
    assert links and all((path.parent / link).is_file() for link in links), f"{path.name} ends without a Next: link"


def test_checkers_never_raise_on_wrong_answers():
    """Odd answers get a Check with a message, never a traceback in the student's notebook."""
    import inspect

    import kit.teach as ex

    # The exercise checkers (notebook 00's set-up checks share the prefix but take no answer).
    checkers = [getattr(ex, n) for n in dir(ex) if n.startswith("check_") and callable(getattr(ex, n))
                and getattr(ex, n).__module__ != "kit.teach.setup_check"]
    assert checkers
    odd = ["", 0, -1, [], {}, "سوريا", 3.5, [None], (1, "x"), object(), lambda *a: None, len]
    for checker in checkers:
        required = [p for p in inspect.signature(checker).parameters.values()
                    if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        for answer in [None, *odd]:
            result = checker(*[answer] * len(required))
            assert isinstance(result, ex.Check), f"{checker.__name__}({answer!r}) returned {result!r}"
            assert repr(result)[0] in "✅❌"
            if answer is None:
                assert not result.passed, f"{checker.__name__}(None) passes"


# --- the student edition ---------------------------------------------------------------------------

def tiny_notebook(n_exercises=2) -> nbformat.NotebookNode:
    cells = [nbformat.v4.new_markdown_cell("# اقرأ خبرا")]
    for k in range(n_exercises):
        cells += [
            nbformat.v4.new_code_cell(f"answer{k} = None", metadata={"tags": ["exercise"]}),
            nbformat.v4.new_code_cell(f"answer{k} = 'سوريا'", metadata={"tags": ["solution"]}),
            nbformat.v4.new_code_cell(f"check_x(answer{k})", metadata={"tags": ["check"]}),
        ]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.cells[2].outputs = [nbformat.v4.new_output("execute_result", {"text/plain": "'سوريا'"}, execution_count=3)]
    nb.cells[2].execution_count = 3
    return nb


@pytest.fixture
def tiny_notebooks(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    for name in ("01-one.ipynb", "02-two.ipynb"):
        nbformat.write(tiny_notebook(), str(folder / name))
    return folder


def test_student_notebook_drops_solutions_keeps_the_rest():
    nb = tiny_notebook()
    out = nbformat.from_dict(student_notebook(nb))
    assert tags(out.cells[0]) == [NOTE_TAG] and "Student edition" in out.cells[0].source
    assert [role(c) for c in out.cells[1:]] == [None, "exercise", "check", "exercise", "check"]
    assert all(c.outputs == [] and c.execution_count is None for c in out.cells if c.cell_type == "code")
    kept = [c for c in nb.cells if "solution" not in tags(c)]
    assert [c.source for c in out.cells[1:]] == [c.source for c in kept]
    assert len(nb.cells) == 7 and nb.cells[2].outputs, "the teacher's notebook object must not change"
    nbformat.validate(out)


def test_build_writes_whole_folder_and_replaces_its_own(tiny_notebooks, tmp_path):
    out = tmp_path / "class" / "student"
    written = build_student_edition(out, notebooks_dir=tiny_notebooks)
    assert [p.name for p in written] == ["01-one.ipynb", "02-two.ipynb"]
    assert (out / MARKER).exists() and (out / "README.md").exists()
    for p in written:
        nb = read(p)
        assert not any("solution" in tags(c) for c in nb.cells)
        assert sum("exercise" in tags(c) for c in nb.cells) == 2
    build_student_edition(out, notebooks_dir=tiny_notebooks, only=["02"])  # its own files: replaced
    assert sorted(p.name for p in out.iterdir()) == sorted([".kit-student-edition", "02-two.ipynb", "README.md"])
    assert sorted(p.name for p in out.parent.iterdir()) == ["student"], "no temporary folder left behind"


@pytest.mark.parametrize("change", ["own-file", "edited-notebook"])
def test_rebuild_never_deletes_the_users_work(tiny_notebooks, tmp_path, change, run_kit):
    """A file the edition did not write, or a notebook a student has worked in: refused, one line, exit 2."""
    out = tmp_path / "student"
    build_student_edition(out, notebooks_dir=tiny_notebooks)
    if change == "own-file":
        (out / "answers.md").write_text("إجاباتي", encoding="utf-8")
        name = "answers.md"
    else:
        nb = read(out / "01-one.ipynb")
        nb.cells[2].source = "answer0 = 'ليبيا'  # my answer"
        nbformat.write(nb, str(out / "01-one.ipynb"))
        name = "01-one.ipynb"
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(InputError, match=name) as e:
        build_student_edition(out, notebooks_dir=tiny_notebooks)
    assert "\n" not in str(e.value)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notebooks", "student"]
    r = run_kit("student-edition", out)
    assert r.returncode == 2 and name in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr


def test_jupyter_checkpoints_of_unchanged_notebooks_do_not_block_a_rebuild(tiny_notebooks, tmp_path):
    out = tmp_path / "student"
    build_student_edition(out, notebooks_dir=tiny_notebooks)
    (out / ".ipynb_checkpoints").mkdir()
    (out / ".ipynb_checkpoints" / "01-one-checkpoint.ipynb").write_bytes((out / "01-one.ipynb").read_bytes())
    build_student_edition(out, notebooks_dir=tiny_notebooks)
    assert not (out / ".ipynb_checkpoints").exists()


def test_output_under_home_is_expanded(tiny_notebooks, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    build_student_edition("~/student", notebooks_dir=tiny_notebooks)
    assert (tmp_path / "home" / "student" / MARKER).is_file()


def test_unwritable_output_is_one_line(tiny_notebooks, tmp_path):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(InputError) as e:
        build_student_edition(tmp_path / "a-file" / "student", notebooks_dir=tiny_notebooks)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("where", ["notebooks", "inside", "parent", "foreign", "file"])
def test_build_refuses_dangerous_targets(tiny_notebooks, tmp_path, where):
    foreign = tmp_path / "my-work"
    foreign.mkdir()
    (foreign / "thesis.txt").write_text("لا تحذفني", encoding="utf-8")
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    target = {
        "notebooks": tiny_notebooks, "inside": tiny_notebooks / "student", "parent": tmp_path,
        "foreign": foreign, "file": tmp_path / "a-file",
    }[where]
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    with pytest.raises(InputError) as e:
        build_student_edition(target, notebooks_dir=tiny_notebooks)
    assert "\n" not in str(e.value)
    assert sorted(str(p) for p in tmp_path.rglob("*")) == before


def test_build_is_atomic_on_a_broken_notebook(tiny_notebooks, tmp_path):
    (tiny_notebooks / "03-broken.ipynb").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="03-broken.ipynb"):
        build_student_edition(tmp_path / "student", notebooks_dir=tiny_notebooks)
    assert not (tmp_path / "student").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notebooks"]


def test_build_errors_are_one_line(tmp_path, tiny_notebooks):
    with pytest.raises(InputError, match="no notebooks folder"):
        build_student_edition(tmp_path / "s", notebooks_dir=tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no notebooks"):
        build_student_edition(tmp_path / "s", notebooks_dir=tmp_path / "empty")
    with pytest.raises(InputError, match="no notebook '09'"):
        build_student_edition(tmp_path / "s", notebooks_dir=tiny_notebooks, only=["09"])


def test_main_reports_what_it_wrote(tiny_notebooks, tmp_path, caplog):
    caplog.set_level("INFO", logger="kit")
    assert main(Namespace(output=str(tmp_path / "s"), notebooks=None, notebooks_dir=tiny_notebooks)) == 0
    assert "wrote 2 student notebooks" in caplog.text


@pytest.mark.skipif(not NOTEBOOK_FILES, reason="no notebooks in notebooks/ yet")
def test_command_line(run_kit, tmp_path):
    out = tmp_path / "student"
    r = run_kit("student-edition", out)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.glob("*.ipynb")) == [p.name for p in NOTEBOOK_FILES]
    for teacher in NOTEBOOK_FILES:
        t, s = read(teacher), read(out / teacher.name)
        assert [c.source for c in t.cells if "solution" not in tags(c)] == [c.source for c in s.cells[1:]]
        assert [role(c) for c in s.cells].count("exercise") == [role(c) for c in t.cells].count("exercise")
    r = run_kit("student-edition", NOTEBOOKS)
    assert r.returncode == 2 and "notebooks folder" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


# --- solutions pass, stubs fail: executed once per session -----------------------------------------

class Executed:
    """Each notebook executed once per test session: the teacher edition is the study report's copy
    (conftest's ``executed``), the student edition is run here once."""

    def __init__(self, student_dir: Path, teacher):
        self.student_dir = student_dir
        self.teacher = teacher
        self.cache: dict[tuple[str, str], nbformat.NotebookNode] = {}

    def __call__(self, edition: str, name: str) -> nbformat.NotebookNode:
        if edition == "teacher":
            return self.teacher(name[:2])
        key = (edition, name)
        if key not in self.cache:
            from nbclient import NotebookClient

            path = self.student_dir / name
            nb = read(path)
            # cwd notebooks/ for both editions, as a class opens them; errors are collected, not
            # raised, so one failing cell reports every failing cell
            NotebookClient(nb, timeout=CELL_TIMEOUT_S, kernel_name="python3", allow_errors=True,
                           resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
            self.cache[key] = nb
        return self.cache[key]


@pytest.fixture(scope="session")
def editions(tmp_path_factory, executed):
    student_dir = tmp_path_factory.mktemp("editions") / "student"
    build_student_edition(student_dir)
    return Executed(student_dir, executed)


def output_text(cell) -> str:
    parts = []
    for o in cell.get("outputs", []):
        if o.output_type in ("execute_result", "display_data"):
            for mime in ("text/plain", "text/html"):
                v = o.data.get(mime, "")
                parts.append("".join(v) if isinstance(v, list) else v)
        elif o.output_type == "stream":
            parts.append(o.text)
    return "\n".join(parts)


def errors(nb) -> list[str]:
    found = []
    for i, c in enumerate(nb.cells):
        for o in c.get("outputs", []):
            if o.output_type == "error":
                found.append(f"cell {i} ({c.source[:50]!r}): {o.ename}: {o.evalue}")
    return found


def checks(nb) -> list:
    return [c for c in nb.cells if c.cell_type == "code" and "check" in tags(c)]


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=IDS)
def test_every_solution_passes_its_checker(editions, path):
    nb = editions("teacher", path.name)
    raised = errors(nb)
    assert not raised, f"{path.name} (teacher edition) raised:\n" + "\n".join(raised)
    for c in checks(nb):
        shown = output_text(c)
        assert "✅" in shown and "❌" not in shown, f"{path.name}: the solution does not pass {c.source!r}: {shown[:300]!r}"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=IDS)
def test_every_stub_fails_its_checker(editions, path):
    nb = editions("student", path.name)
    raised = errors(nb)
    assert not raised, f"{path.name} (student edition) must run through with the stubs:\n" + "\n".join(raised)
    teacher_checks = [c.source for c in read(path).cells if "check" in tags(c)]
    assert [c.source for c in checks(nb)] == teacher_checks
    for c in checks(nb):
        shown = output_text(c)
        assert "❌" in shown and "✅" not in shown, f"{path.name}: the stub already passes {c.source!r}: {shown[:300]!r}"
