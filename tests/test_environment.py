"""environment.yml (and environment.camel.yml for the camel extra) list the same packages and versions
as pyproject.toml, under the names conda-forge users expect; the set-up is in one place."""
import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# pyproject name -> conda-forge name(s)
CONDA_NAMES = {"matplotlib": ["matplotlib-base"], "nbconvert": ["nbconvert-core"], "torch": ["pytorch-cpu"],
               "dask": ["dask", "distributed"], "duckdb": ["python-duckdb"]}


def split(req: str) -> tuple[str, str]:
    """(lower-case name without extras, version specifier without spaces)."""
    m = re.match(r"\s*([A-Za-z0-9_.\-]+)(\[[^\]]*\])?\s*(.*)", req)
    assert m, req
    return m.group(1).lower().replace("_", "-"), m.group(3).replace(" ", "")


def project():
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]


def wanted(reqs) -> dict[str, str]:
    out = {}
    for r in reqs:
        name, spec = split(r)
        for conda in CONDA_NAMES.get(name, [name]):
            out[conda] = spec
    return out


def listed(path: Path) -> dict[str, str]:
    env = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = {}
    for dep in env["dependencies"]:
        for r in dep["pip"] if isinstance(dep, dict) else [dep]:
            if r.startswith("-e"):
                continue
            name, spec = split(r)
            if name not in ("python", "pip"):
                out[name] = spec
    return out


def test_environment_yml_agrees_with_pyproject_in_names_and_versions():
    p = project()
    extras = p["optional-dependencies"]
    assert listed(ROOT / "environment.yml") == wanted(p["dependencies"] + extras["dev"])
    assert listed(ROOT / "environment.camel.yml") == wanted(extras["camel"])


def test_python_versions_agree():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert "python" + project()["requires-python"] in env["dependencies"]


def test_every_dependency_says_what_it_is_for():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    text = text.split("[project.scripts]")[0]  # the dependency lists only
    deps = re.findall(r'^\s+"([^"]+)",(.*)$', text, flags=re.M)
    assert deps
    for req, comment in deps:
        assert "#" in comment, f"{req} has no comment"
    for name in ("environment.yml", "environment.camel.yml"):
        env = (ROOT / name).read_text(encoding="utf-8").split("dependencies:")[1]
        for line in env.splitlines():
            if re.match(r"\s+- [a-z]", line) and line.strip() != "- pip":
                assert "#" in line, line


def test_the_default_install_has_no_torch():
    """torch and transformers are only in the camel extra; the Makefile's default set-up installs
    camel-tools without its dependencies."""
    p = project()
    names = {split(r)[0] for r in p["dependencies"]}
    assert not names & {"torch", "transformers", "camel-tools", "scikit-learn", "scipy"}
    assert {split(r)[0] for r in p["optional-dependencies"]["camel"]} >= {"torch", "transformers", "camel-tools"}
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--no-deps $(CAMEL_UTILS)" in make and "camel-tools==1.6.0" in make
