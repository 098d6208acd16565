"""Staging folders: built beside the target, gone after a run, and the ones interrupted runs left
behind removed by the next run, never one still in use."""
import os
import subprocess
import sys
import time

import pytest

from kit.files import staging_dir
from kit.text.article import InputError


def dead_pid() -> int:
    """The id of a process that has exited (and was reaped)."""
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def make_stage(parent, name, age_s=3600):
    folder = parent / name
    (folder / "_input").mkdir(parents=True)
    (folder / "_input" / "chunk-00000.jsonl").write_text('{"content": "خبر"}\n', encoding="utf-8")
    old = time.time() - age_s
    os.utime(folder, (old, old))
    return folder


def test_stale_staging_folders_of_dead_runs_are_removed(tmp_path):
    import socket

    from kit.files import _host_tag

    host = _host_tag(socket.gethostname())
    dead = make_stage(tmp_path, f".out.tmp-{host}-{dead_pid()}-abcd1234")
    live = make_stage(tmp_path, f".out.tmp-{host}-{os.getpid()}-efgh5678")  # a run still going
    other_host = make_stage(tmp_path, f".out.tmp-elsewhere-{dead_pid()}-ijkl9012")  # can't tell: keep
    other_output = make_stage(tmp_path, f".notes.tmp-{host}-{dead_pid()}-mnop3456")  # not this output's
    young = make_stage(tmp_path, f".out.tmp-{host}-{dead_pid()}-qrst7890", age_s=-60)  # newer than this run
    mine = tmp_path / ".out.tmp-important"  # no owner recorded: not provably the kit's, kept
    mine.mkdir()
    with staging_dir(tmp_path / "out") as stage:
        (stage / "x.txt").write_text("تم", encoding="utf-8")
    assert not dead.exists()
    assert live.exists() and other_host.exists() and other_output.exists() and young.exists() and mine.exists()
    assert (tmp_path / "out" / "x.txt").read_text(encoding="utf-8") == "تم"


def test_staging_folder_names_its_owner(tmp_path):
    with staging_dir(tmp_path / "out") as stage:
        assert stage.name.startswith(".out.tmp-") and f"-{os.getpid()}-" in stage.name
        assert stage.parent == tmp_path


@pytest.mark.parametrize("where", ["under-a-file", "proc"])
def test_unwritable_target_is_an_input_error(tmp_path, where):
    from pathlib import Path

    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    target = tmp_path / "a-file" / "out" if where == "under-a-file" else Path("/proc/kit-out")
    with pytest.raises(InputError, match="cannot write") as e:
        with staging_dir(target):
            pass
    assert "\n" not in str(e.value)
