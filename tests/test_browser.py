"""The notebooks as a class sees them: JupyterLab in headless Chromium, every cell run from the Run menu.

For each notebook: no cell errors, every widget renders and answers a change of its controls, Arabic
is laid out right-to-left, no widget has an Arabic ``description`` (ipywidgets lays those out
left-to-right), and a screenshot goes to ``build/screenshots/`` (``make screenshots``: ``docs/screenshots/``).

What it needs it installs: Debian's ``chromium`` (when missing and we are root) and npm's
``playwright-core`` (``npm ci`` in tests/browser). Never ``playwright install``: it downloads a browser
build. Without a browser it skips and says why.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
BROWSER_DIR = Path(__file__).resolve().parent / "browser"
# Screenshots go to a build folder, so a test run leaves the checkout as it was; `make screenshots`
# runs this test with KIT_SCREENSHOTS=docs/screenshots to refresh the README's pictures.
SCREENSHOTS = ROOT / os.environ.get("KIT_SCREENSHOTS", "build/screenshots")
CHROMIUM = Path("/usr/bin/chromium")
NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))

# Bounded time: one notebook may take this long (kernel start, run all, widget changes); the
# whole browser run gets a few minutes on top of the notebooks.
NOTEBOOK_TIMEOUT_S = 240
JUPYTER_START_TIMEOUT_S = 90

# JupyterLab's news and update checks open pop-ups over the notebook (and call out to the net, which
# a class offline does not have). The overrides file is read for every JupyterLab of this venv.
OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}
# The test's own user settings (a temporary folder): never autosave (outputs must not be written into
# the committed notebooks) and keep every cell attached so off-screen outputs can be inspected.
USER_SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
}



def run(cmd, timeout, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)


def ensure_chromium() -> str | None:
    """Path of a Chromium to drive, installing Debian's when missing; None and the reason otherwise."""
    if CHROMIUM.exists():
        return None
    if shutil.which("apt-get") is None:
        return "no /usr/bin/chromium and no apt-get to install it: install Debian's chromium package"
    if os.geteuid() != 0:
        return "no /usr/bin/chromium and not root: run `sudo apt-get install -y --no-install-recommends chromium`"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "--no-install-recommends", "chromium"]
    r = run(install, 900, env=env)
    if r.returncode != 0:  # a fresh machine has no package lists yet
        run(["apt-get", "update"], 600, env=env)
        r = run(install, 900, env=env)
    if not CHROMIUM.exists():
        tail = (r.stderr or r.stdout).strip().splitlines()[-1:] or ["?"]
        return f"could not install Debian's chromium: {tail[0]}"
    return None


def ensure_emoji_font() -> None:
    """Best effort: the checkers' ✅/❌ show as empty boxes in screenshots without a colour emoji font."""
    fc = shutil.which("fc-list")
    if fc is None or "emoji" in run([fc], 60).stdout.lower():
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        run(["apt-get", "install", "-y", "--no-install-recommends", "fonts-noto-color-emoji"], 600, env=env)


def ensure_playwright() -> str | None:
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "node and npm are needed to drive the browser (Debian: apt-get install nodejs npm)"
    if (BROWSER_DIR / "node_modules" / "playwright-core" / "package.json").exists():
        return None
    # npm ci installs exactly the locked version and never fetches a browser (playwright-core has none)
    cmd = ["npm", "ci", "--no-audit", "--no-fund"] if (BROWSER_DIR / "package-lock.json").exists() else ["npm", "install", "--no-audit", "--no-fund"]
    r = run(cmd, 600, cwd=BROWSER_DIR)
    if r.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} failed in tests/browser: {(r.stderr or r.stdout).strip()[-400:]}")
    return None


def merge_json(path: Path, settings: dict) -> None:
    current = {}
    if path.exists():
        try:
            current = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            current = {}
    merged = {**current}
    for plugin, values in settings.items():
        merged[plugin] = {**merged.get(plugin, {}), **values}
    if merged != current:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(merged, indent=2) + "\n", encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class JupyterLab:
    """A JupyterLab server on loopback for the length of a ``with`` block; always shut down."""

    def __init__(self, root: Path, scratch: Path):
        self.root, self.scratch = root, scratch
        self.port, self.token = free_port(), os.urandom(16).hex()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def __enter__(self):
        settings = self.scratch / "user-settings"
        for rel, values in USER_SETTINGS.items():
            (settings / rel).parent.mkdir(parents=True, exist_ok=True)
            (settings / rel).write_text(json.dumps(values), encoding="utf-8")
        merge_json(Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json", OVERRIDES)
        env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(self.scratch / "runtime"))
        # as from a teacher's shell: the test runner's MPLBACKEND=Agg would reach the kernels and
        # turn every figure into the text "<Figure size …>"
        env.pop("MPLBACKEND", None)
        self.log = open(self.scratch / "jupyterlab.log", "w", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "jupyterlab", "--allow-root", "--no-browser", "--ip=127.0.0.1",
             f"--port={self.port}", "--port-retries=0", f"--IdentityProvider.token={self.token}",
             f"--ServerApp.root_dir={self.root}", "--LabApp.expose_app_in_browser=True",
             f"--LabApp.user_settings_dir={settings}", f"--LabApp.workspaces_dir={self.scratch / 'workspaces'}",
             # opening a notebook makes a checkpoint; keep it out of the project's notebooks/
             f"--FileCheckpoints.checkpoint_dir={self.scratch / 'checkpoints'}",
             "--ServerApp.terminals_enabled=False", "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
            cwd=self.root, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + JUPYTER_START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                tail = self.log_tail()
                self.__exit__()
                pytest.fail(f"JupyterLab exited at start: {tail}")
            try:
                req = urllib.request.Request(f"{self.url}/api/status", headers={"Authorization": f"token {self.token}"})
                with urllib.request.urlopen(req, timeout=2) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.5)
        tail = self.log_tail()
        self.__exit__()
        pytest.fail(f"JupyterLab did not answer within {JUPYTER_START_TIMEOUT_S} s: {tail}")

    def log_tail(self) -> str:
        self.log.flush()
        return " | ".join((self.scratch / "jupyterlab.log").read_text(encoding="utf-8").strip().splitlines()[-5:])

    def __exit__(self, *exc):
        if self.proc is not None and self.proc.poll() is None:
            try:  # the server's own shutdown stops its kernels too
                req = urllib.request.Request(f"{self.url}/api/shutdown", method="POST",
                                             headers={"Authorization": f"token {self.token}"})
                urllib.request.urlopen(req, timeout=5).close()
                self.proc.wait(timeout=15)
            except (OSError, subprocess.TimeoutExpired):
                pass
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGTERM)
                try:
                    self.proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                    self.proc.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="module")
def browser_results(tmp_path_factory):
    """Run every notebook once in the browser; {notebook name: result dict from run_notebooks.mjs}."""
    if not NOTEBOOK_FILES:
        pytest.skip("no notebooks in notebooks/ yet")
    reason = ensure_chromium() or ensure_playwright()
    if reason:
        pytest.skip(f"browser test skipped: {reason}")
    ensure_emoji_font()
    scratch = tmp_path_factory.mktemp("jupyterlab")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    config, results_file = scratch / "config.json", scratch / "results.json"
    started = time.monotonic()
    with JupyterLab(ROOT, scratch) as lab:
        config.write_text(json.dumps({
            "baseUrl": lab.url, "token": lab.token, "chromium": str(CHROMIUM),
            "notebookTimeoutMs": NOTEBOOK_TIMEOUT_S * 1000,
            "notebooks": [{"path": nb.relative_to(ROOT).as_posix(), "screenshot": str(SCREENSHOTS / f"{nb.stem}.png")}
                          for nb in NOTEBOOK_FILES],
        }), encoding="utf-8")
        budget = 120 + NOTEBOOK_TIMEOUT_S * len(NOTEBOOK_FILES)
        # its own process group, so a timeout also ends the Chromium that node started
        node = subprocess.Popen(["node", str(BROWSER_DIR / "run_notebooks.mjs"), str(config), str(results_file)],
                                cwd=BROWSER_DIR, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)
        try:
            _, node_err = node.communicate(timeout=budget)
        except subprocess.TimeoutExpired:
            os.killpg(node.pid, signal.SIGKILL)
            node.communicate()
            pytest.fail(f"the browser run took longer than {budget} s")
    elapsed = time.monotonic() - started
    if not results_file.exists():
        pytest.fail(f"run_notebooks.mjs wrote no results (exit {node.returncode}): {node_err.strip()[-1500:]}")
    results = {Path(x["path"]).name: x for x in json.loads(results_file.read_text(encoding="utf-8"))}
    print(f"\n{node_err.strip()}\nbrowser run: {len(results)} notebooks in {elapsed:.0f} s")
    for name, x in results.items():
        print(f"  {name}: {x.get('seconds', 0):.1f} s, widgets {len(x.get('widgets', []))}, "
              f"rtl {x.get('rtlElements', 0)}, failures {x['failures']}")
    return results


def problems(result: dict, notebook: Path) -> list[str]:
    """Everything a class would notice, as one line each."""
    found = list(result.get("failures", []))
    if found:  # the run itself broke off; the rest was not measured
        return found
    found += [f"cell {e['cell']} failed: {e['text']}" for e in result["errors"]]
    found += [f"kernel error (a widget callback?): {e}" for e in result["kernelErrors"]
              if not any(e in x["text"] for x in result["errors"])]
    if result["unrun"]:  # after a failing cell JupyterLab stops: one line, not one per cell
        found.append(f"{len(result['unrun'])} code cell(s) did not run, from cell {result['unrun'][0]} on")
    found += [f"cell {w['cell']} shows a widget as text: {w['text']}" for w in result["widgetAsText"]]
    found += [f"cell {w['cell']} shows a figure as text {w['text']!r} (is MPLBACKEND=Agg set for the kernel?)"
              for w in result["figureAsText"]]
    for w in result["widgets"]:
        if not w["rendered"]:
            found.append(f"widget {w['index']} {w['error']}")
            continue
        if not w.get("classes"):
            found.append(f"widget {w['index']} rendered no .widget-* element")
        for c in w["controls"]:
            if not c["changed"] and c.get("note") is None:
                found.append(f"widget {w['index']}: choosing {c['tried']} in its {c['kind']} did not change what it shows")
            found += [f"widget {w['index']}: {x}" for x in c.get("wrong", [])]
    found += list(result.get("blankSelects", []))
    found += [f"a date reads backwards (wrap it in <bdi> or dir=\"ltr\"): {t!r}" for t in result["reversedDates"]]
    found += list(result.get("orderProblems", []))
    found += [f"element with dir=rtl is laid out {t!r} left-to-right" for t in result["rtlWrong"]]
    found += [f"article HTML not right-to-left: {t!r}" for t in result["articleWrong"]]
    found += [f"Arabic text laid out left-to-right: {t!r}" for t in result["arabicLtr"]]
    found += [f"widget description in Arabic (ipywidgets lays it out left-to-right; use kit.widgets.rtl_label): {t!r}"
              for t in result["arabicLabels"]]
    source = notebook.read_text(encoding="utf-8")
    if ("ipywidgets" in source or "kit.show.widgets" in source or "explorer(" in source) and not result["widgets"]:
        found.append("the notebook builds widgets but none was displayed")
    if ("highlight_html" in source or "explorer(" in source) and not result["articleArabic"]:
        found.append("the notebook highlights the article but no right-to-left article HTML was shown")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOK_FILES, ids=[p.stem for p in NOTEBOOK_FILES])
def test_notebook_in_browser(browser_results, notebook):
    result = browser_results.get(notebook.name)
    assert result is not None, f"{notebook.name} was not run in the browser"
    found = problems(result, notebook)
    assert not found, f"{notebook.name} in JupyterLab:\n  " + "\n  ".join(found)
    shot = SCREENSHOTS / f"{notebook.stem}.png"
    assert shot.exists() and shot.stat().st_size > 10_000, f"no screenshot {shot}"


def widget_tree(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from widget_tree(child)


def test_explorers_label_arabic_right_to_left():
    """Without a browser: no explorer in kit.widgets puts Arabic in a ``description``, and its Arabic
    HTML sits in a dir="rtl" block."""
    import inspect

    import kit.show.widgets as widgets
    from kit.resources import STUDY_ARTICLE
    from kit.text.arabic import has_arabic
    from kit.text.article import read_article

    assert 'dir="rtl"' in widgets.rtl_label("المدينة").value and 'dir="rtl"' in widgets.rtl_html("<b>خبر</b>")
    article = read_article(STUDY_ARTICLE)
    built = []
    for name, fn in inspect.getmembers(widgets, inspect.isfunction):
        if not name.endswith("_explorer") or fn.__module__ != widgets.__name__:
            continue
        required = [p for p in inspect.signature(fn).parameters.values() if p.default is p.empty]
        if len(required) != 1:
            continue  # needs more than an article; the browser test still runs it in its notebook
        built.append(name)
        for w in widget_tree(fn(article)):
            assert not has_arabic(getattr(w, "description", "") or ""), (
                f"{name}: {type(w).__name__} has the Arabic description {w.description!r}; use rtl_label"
            )
            value = getattr(w, "value", None)
            if type(w).__name__ == "HTML" and isinstance(value, str) and has_arabic(value):
                assert 'dir="rtl"' in value, f"{name}: Arabic HTML without dir=rtl: {value[:80]!r}"
    assert built, "kit.show.widgets has no explorer that takes an article"
