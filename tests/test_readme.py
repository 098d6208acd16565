"""The README's claims that code can check: the quick start prints what its comments say, and the
commands it names exist."""
import contextlib
import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start() -> str:
    section = README.split("## Quick start in Python", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_quick_start_prints_what_its_comments_say():
    code = quick_start()
    assert len(code.strip().splitlines()) <= 6
    expected = [line.split("#", 1)[1].strip() for line in code.splitlines()
                if line.startswith("print(") and "#" in line]
    out = io.StringIO()
    namespace: dict = {}
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README quick start", "exec"), namespace)  # noqa: S102 - the README's own code
    assert out.getvalue().splitlines() == expected
    table = namespace["a"].entities.table()
    assert len(table) == 2 and {"start", "end", "type", "evidence"} <= set(table.columns)


def test_commands_named_in_the_readme_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"`make ([a-z0-9-]+)`", README)) | {"report", "test"}:
        assert re.search(rf"^{re.escape(target)}:", makefile, re.M), target
    for script in set(re.findall(r"(scripts/[a-z_]+\.py|benchmarks/[a-z_]+\.py)", README)):
        assert (ROOT / script).is_file(), script
