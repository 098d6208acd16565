"""environment.yml and pyproject.toml list the same packages; the set-up is in one place."""
import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def name(req: str) -> str:
    return re.split(r"[<>=!\[ ;]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_agrees_with_pyproject():
    with open(ROOT / "pyproject.toml", "rb") as f:
        project = tomllib.load(f)["project"]
    wanted = {name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        wanted |= {name(r) for r in extra}
    if "dask" in wanted:  # pyproject's dask[distributed] is two conda packages
        wanted.add("distributed")
    with open(ROOT / "environment.yml", encoding="utf-8") as f:
        env = yaml.safe_load(f)
    listed = set()
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            listed |= {name(r) for r in dep["pip"] if not r.startswith("-e")}
        elif name(dep) not in ("python", "pip"):
            listed.add(name(dep))
    assert listed == wanted


def test_every_dependency_says_what_it_is_for():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    text = text.split("[project.scripts]")[0]  # the dependency lists only
    deps = re.findall(r'^\s+"([^"]+)",(.*)$', text, flags=re.M)
    assert deps
    for req, comment in deps:
        assert "#" in comment, f"{req} has no comment"
    env = (ROOT / "environment.yml").read_text(encoding="utf-8").split("dependencies:")[1]
    for line in env.splitlines():
        if re.match(r"\s+- [a-z]", line) and "python=" not in line and line.strip() != "- pip":
            assert "#" in line, line


def test_torch_pin_lives_in_one_place():
    assert "torch==2.13.0" in (ROOT / "constraints.txt").read_text(encoding="utf-8")
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-c constraints.txt" in make and "torch==" not in make
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().endswith("make test")
