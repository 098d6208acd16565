"""Output folders that appear whole or not at all: build beside the target, then rename into place.

A report or a corpus output is built in a hidden folder next to its target (same file system, so the
final rename is atomic) and only moved into place once everything in it is written. A failed or
interrupted run therefore leaves no half-written folder, and never destroys the previous good one.

The hidden folder's name says whose it is: ``.NAME.tmp-HOST-PID-XXXXXXXX``. A run killed outright
(SIGKILL, a power cut) cannot remove its own, so the next run for the same target removes the ones
whose process is gone: same host, pid no longer running, and older than the new run.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> with staging_dir(root / "تقرير") as stage:
...     _ = (stage / "index.html").write_text("<p>تم</p>", encoding="utf-8")
>>> sorted(p.name for p in root.iterdir()), (root / "تقرير" / "index.html").read_text(encoding="utf-8")
(['تقرير'], '<p>تم</p>')
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import socket
import tempfile
import time
from pathlib import Path

log = logging.getLogger("kit.files")


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


def _host_tag(host: str) -> str:
    """The host name as it goes into a staging folder's name (letters, digits, dots; at most 40).

    >>> _host_tag("lab-pc 3.uni.example")
    'lab_pc_3.uni.example'
    """
    return re.sub(r"[^A-Za-z0-9.]", "_", host)[:40] or "host"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but is someone else's
        return True
    return True


def remove_stale_stages(target: Path, started: float | None = None) -> list[Path]:
    """Remove the staging folders of ``target`` that runs killed outright left; the ones removed.

    Only this target's own ``.NAME.tmp-HOST-PID-XXXXXXXX`` folders, made on this host by a process
    that is no longer running, and last changed before ``started``. A folder of another host (a
    shared disk) or with no owner in its name is left alone: whether it is in use cannot be known.
    """
    started = time.time() if started is None else started
    host = re.escape(_host_tag(socket.gethostname()))
    own = re.compile(rf"^\.{re.escape(target.name)}\.tmp-{host}-(\d+)-[A-Za-z0-9_]{{8}}$")
    removed: list[Path] = []
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return removed
    for folder in entries:
        m = own.match(folder.name)
        if not m or int(m.group(1)) == os.getpid() or _alive(int(m.group(1))):
            continue
        try:
            if not folder.is_dir() or folder.is_symlink() or folder.stat().st_mtime >= started:
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
            log.info("removed %s, left by an interrupted run", folder)
    return removed


@contextlib.contextmanager
def staging_dir(target: str | Path):
    """A fresh hidden folder beside ``target``; on a clean exit it replaces ``target``.

    On an exception (an interrupt included) the staging folder is deleted and ``target`` is left as
    it was. A target that cannot be written is an InputError (one line), before anything is done.
    """
    from kit.text.article import InputError

    started = time.time()
    target = Path(target).expanduser().resolve()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-{_host_tag(socket.gethostname())}-{os.getpid()}-",
                                      dir=target.parent))
        # mkdtemp makes the folder private (0700); a report is for reading like any other folder.
        stage.chmod(0o777 & ~_umask())
    except OSError as e:
        raise InputError(f"cannot write to {target}: {e.strerror or e}") from None
    remove_stale_stages(target, started)
    try:
        yield stage
        replace_dir(stage, target)
    finally:
        if stage.exists():
            shutil.rmtree(stage, ignore_errors=True)
