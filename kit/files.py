"""Output folders that appear whole or not at all: build beside the target, then rename into place.

A report or a corpus output is built in a hidden folder next to its target (same file system, so the
final rename is atomic) and only moved into place once everything in it is written. A failed or
interrupted run therefore leaves no half-written folder, and never destroys the previous good one.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> with staging_dir(root / "تقرير") as stage:
...     _ = (stage / "index.html").write_text("<p>تم</p>", encoding="utf-8")
>>> sorted(p.name for p in root.iterdir()), (root / "تقرير" / "index.html").read_text(encoding="utf-8")
(['تقرير'], '<p>تم</p>')
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def replace_dir(stage: Path, target: Path) -> None:
    """Move ``stage`` to ``target``; an old ``target`` is removed only once the new one is in place."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        if old.exists():
            shutil.rmtree(old)
        target.rename(old)
    try:
        stage.rename(target)
    except BaseException:
        if old is not None:
            old.rename(target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def staging_dir(target: str | Path):
    """A fresh hidden folder beside ``target``; on a clean exit it replaces ``target``.

    On an exception the staging folder is deleted and ``target`` is left as it was.
    """
    target = Path(target).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    # mkdtemp makes the folder private (0700); a report is for reading like any other folder.
    stage.chmod(0o777 & ~_umask())
    try:
        yield stage
        replace_dir(stage, target)
    finally:
        if stage.exists():
            shutil.rmtree(stage, ignore_errors=True)
