"""Measure what an install costs: a fresh virtual environment, the default install or the full one (with
the camel extra), its time and size on disk, and whether torch and transformers are in it.

    python scripts/measure_install.py             # the default install (what make setup gives a class)
    python scripts/measure_install.py --full      # plus the camel extra (make camel)
    python scripts/measure_install.py --make      # what `make setup` installs (adds the dev extra)
    python scripts/measure_install.py --keep DIR  # keep the venv in DIR (it is removed otherwise)

The default install is ``pip install .`` and camel-tools' utilities without their dependencies (as
the Makefile does, without the dev extra); the full install adds the CPU build of torch
(scripts/install_torch_cpu.py) and ``.[camel]``. The kit installed there then analyses the study
article, and its JSON is compared with the checkout's.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CAMEL_UTILS = ["camel-tools==1.6.0", "six", "emoji", "regex"]


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode:
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}\n{r.stderr[-2000:]}")
    return r


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--full", action="store_true", help="add the camel extra (torch CPU, transformers, camel-tools)")
    ap.add_argument("--make", action="store_true", help="install as make setup does: with the dev extra")
    ap.add_argument("--keep", type=Path, help="build the venv here and keep it")
    args = ap.parse_args(argv)
    base = args.keep or Path(tempfile.mkdtemp(prefix="kit-install-"))
    venv = base / "venv"
    py = venv / "bin" / "python"
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    t0 = time.perf_counter()
    run([sys.executable, "-m", "venv", str(venv)])
    run([str(py), "-m", "pip", "install", "-q", f"{ROOT}[dev]" if args.make else str(ROOT)], env=env)
    run([str(py), "-m", "pip", "install", "-q", "--no-deps", *CAMEL_UTILS], env=env)
    default_s = time.perf_counter() - t0
    default_mb = size_mb(venv)
    what = "make setup (kit + dev extra)" if args.make else "default install (pip install . + camel-tools utilities)"
    print(f"{what}: {default_s:.0f} s, venv {default_mb:.0f} MB")
    if args.full:
        t1 = time.perf_counter()
        run([str(py), str(ROOT / "scripts" / "install_torch_cpu.py")], env=env)
        run([str(py), "-m", "pip", "install", "-q", f"{ROOT}[camel]"], env=env)
        print(f"full install (+ camel extra): {time.perf_counter() - t1:.0f} s more, venv {size_mb(venv):.0f} MB")
    have = run([str(py), "-c", "import importlib.util as u; print([m for m in ('torch', 'transformers', 'scipy', "
                "'sklearn', 'camel_tools') if u.find_spec(m)])"]).stdout.strip()
    print(f"in the venv: {have}")
    out = Path(tempfile.mkdtemp(prefix="kit-elsewhere-"))
    study = ROOT / "data" / "articles" / "000_ac51de9d2fe8c34f.txt"
    mine = run([str(venv / "bin" / "kit"), "analyze", str(study), "--format", "json"], cwd=out)
    ours = run([sys.executable, "-m", "kit", "analyze", str(study), "--format", "json"], cwd=ROOT)
    same = json.loads(mine.stdout) == json.loads(ours.stdout)
    print(f"kit analyze of the study article from another folder: {'identical to' if same else 'DIFFERENT from'} the checkout's")
    shutil.rmtree(out, ignore_errors=True)
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
