"""Reports: run the notebooks on one article and keep the result as HTML anyone can rebuild.

``python -m kit report FILE [--dct DATE] [-o reports/NAME] [--no-code]`` runs every notebook in
``notebooks/`` (``NN-name.ipynb``, in order) with papermill, giving each the article's absolute path
and the publication date in its ``parameters`` cell, exports each to HTML with nbconvert (without
the code cells with ``--no-code``) and writes an ``index.html`` linking them plus a ``manifest.json``.

Reproducible: the same inputs give the same files apart from the build stamp (``built_at`` in the
manifest, the ``build-stamp`` line of the index). Random ids are renamed (widget models, pandas
Styler tables, object addresses), widgets are drawn as static HTML from their saved state (the report
opens offline: it loads no script from the web), and the manifest records the kit version, the
Python and package versions, the checksum of the input and of every notebook and file.

Atomic: the report is built in a hidden folder beside the target and renamed into place at the end;
bad input (the same one-line errors as ``analyze``, exit 2) or a failing notebook (one line naming
the notebook and the error, exit 1) leaves no half-written folder and keeps the previous report.

>>> [p.name for p in notebook_paths(only=["01"])]
['01-read-an-article.ipynb']
"""
from __future__ import annotations

import hashlib
import html as _html
import json
import logging
import os
import platform
import re
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import kit
from kit.files import staging_dir
from kit.messages import plural
from kit.resources import NOTEBOOKS, sha256_file
from kit.text.article import InputError, check_dct, read_article

log = logging.getLogger("kit.report")

MANIFEST_KIND = "kit.report/1"
KERNEL = "python3"
NOTEBOOK_RE = re.compile(r"^\d\d-.+\.ipynb$")
# Seconds a single cell may run before the report gives up on it (a hung cell must not hang `make`).
CELL_TIMEOUT = 600
# What the kernel needs to give the same output twice: a fixed set iteration order, and figures
# drawn inline whatever backend the calling shell chose (MPLBACKEND=Agg would draw nothing).
KERNEL_ENV = {"PYTHONHASHSEED": "0", "MPLBACKEND": "module://matplotlib_inline.backend_inline"}
# Packages the kernel imports beyond the kit's own dependencies, recorded in the manifest too.
# camel-tools is optional (its normalisation is used when installed, the built-in equivalent otherwise):
# the manifest says which one a report was made with.
EXTRA_PACKAGES = ("numpy", "ipykernel", "ipython", "jupyter_client", "nbclient", "pyzmq", "camel-tools")


class NotebookFailed(Exception):
    """A notebook of the report failed; the message is one line naming it and the error."""


# --- what goes in -----------------------------------------------------------------------------------

def notebook_paths(folder: Path | None = None, only: list[str] | None = None) -> list[Path]:
    """The report's notebooks in order: ``NN-*.ipynb`` in ``folder``, or the ones ``only`` names.

    ``only`` takes file names, stems or the two-digit numbers ("01").
    """
    folder = Path(folder or NOTEBOOKS)
    found = sorted(p for p in folder.glob("*.ipynb") if NOTEBOOK_RE.match(p.name))
    if not only:
        if not found:
            raise InputError(f"no notebooks (NN-name.ipynb) in {folder}")
        return found
    chosen: list[Path] = []
    for name in only:
        key = Path(name).name
        match = [p for p in found if key in (p.name, p.stem, p.name[:2])]
        if not match:
            raise InputError(f"no notebook {name!r} in {folder} (have: {', '.join(p.name for p in found) or 'none'})")
        chosen.extend(m for m in match if m not in chosen)
    return sorted(chosen)


def package_versions() -> dict[str, str | None]:
    """Versions of Python, the kit's dependencies (from its installed metadata) and the kernel's stack.

    >>> v = package_versions()
    >>> v["python"] == platform.python_version() and "pandas" in v
    True
    """
    from importlib import metadata

    names: list[str] = []
    try:
        for req in metadata.requires("arabic-news-kit") or []:
            if "extra ==" in req:
                continue
            names.append(re.split(r"[\s<>=!~;\[(]", req, maxsplit=1)[0])
    except metadata.PackageNotFoundError:
        names = ["pandas", "matplotlib", "camel-tools", "ipywidgets", "papermill", "nbconvert", "dask", "pyarrow"]
    versions: dict[str, str | None] = {"python": platform.python_version(), "arabic-news-kit": kit.__version__}
    for name in sorted(set(names) | set(EXTRA_PACKAGES), key=str.lower):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def kit_sources_sha256() -> str:
    """One checksum of the kit's code and data (``kit/`` and ``data/``): what a report depends on."""
    from kit.resources import DATA

    h = hashlib.sha256()
    roots = [Path(kit.__file__).resolve().parent, DATA]
    for root in roots:
        if not root.is_dir():
            continue
        for p in sorted(root.rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc":
                h.update(p.relative_to(root.parent).as_posix().encode("utf-8") + b"\0")
                h.update(sha256_file(p).encode("ascii"))
    return h.hexdigest()


def fingerprint(input_sha256: str, paths: list[Path], options: dict, packages: dict) -> str:
    """A checksum of everything a report is made from: same fingerprint, same report."""
    parts = {"input": input_sha256, "options": options, "kernel": KERNEL, "packages": packages,
             "notebooks": {p.name: sha256_file(p) for p in paths}, "kit": kit_sources_sha256()}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()


def up_to_date(out: Path, print_: str) -> list[Path] | None:
    """The files of the report in ``out`` if it was made from the same fingerprint and is intact."""
    try:
        with open(out / "manifest.json", encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError):
        return None
    if manifest.get("kind") != MANIFEST_KIND or manifest.get("fingerprint") != print_:
        return None
    files = manifest.get("files", {})
    for name, digest in files.items():
        if not (out / name).is_file() or sha256_file(out / name) != digest:
            return None
    if not (out / "index.html").is_file():
        return None
    return sorted([out / n for n in files] + [out / "index.html", out / "manifest.json"])


def build_stamp() -> str:
    """The build time (UTC, ISO 8601); ``SOURCE_DATE_EPOCH`` fixes it for byte-identical rebuilds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch and epoch.isdigit() else datetime.now(timezone.utc)
    return when.replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --- running one notebook -------------------------------------------------------------------------

def _kernel_manager_class(stderr=None):
    """A kernel manager that gives the kernel a fixed hash seed and the inline figure backend.

    The kernel's own stderr goes to ``stderr`` (a file) rather than the user's terminal: ipykernel
    writes start-up and shut-down chatter there ("Kernel is running over TCP without encryption",
    "KeyboardInterrupt caught in kernel") that says nothing about the report. The log is shown with
    --verbose, and its last lines when a notebook fails. The channel stays on jupyter_client's
    default (loopback, no CurveZMQ keys to provision).
    """
    from jupyter_client.manager import AsyncKernelManager

    class ReportKernelManager(AsyncKernelManager):
        async def start_kernel(self, **kw):
            env = dict(kw.pop("env", None) or os.environ)
            env.update(KERNEL_ENV)
            if stderr is not None:
                kw["stderr"] = stderr
            return await super().start_kernel(env=env, **kw)

    return ReportKernelManager


def _first_line(text) -> str:
    lines = [l.strip() for l in str(text or "").splitlines() if l.strip()]
    return lines[0] if lines else ""


def run_notebook(path: Path, output: Path, parameters: dict, cwd: Path):
    """Execute ``path`` with papermill into ``output``; :class:`NotebookFailed` on any failure."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    # papermill warns that it cannot infer a type for "ARTICLE = None": noise for a report user.
    logging.getLogger("papermill").setLevel(logging.ERROR)
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as kernel_log:
        try:
            return pm.execute_notebook(
                str(path), str(output), parameters=parameters, kernel_name=KERNEL, cwd=str(cwd),
                progress_bar=False, log_output=False, request_save_on_cell_execute=False,
                execution_timeout=CELL_TIMEOUT, kernel_manager_class=_kernel_manager_class(kernel_log),
            )
        except PapermillExecutionError as e:
            _show_kernel_log(kernel_log, logging.DEBUG)
            raise NotebookFailed(
                f"notebook {path.name} failed at cell In [{e.exec_count}]: {e.ename}: {_first_line(e.evalue)}"
            ) from None
        except Exception as e:  # a kernel that dies or a cell that hangs: still one line, naming the notebook
            _show_kernel_log(kernel_log, logging.INFO)  # why a kernel died is in its own stderr
            raise NotebookFailed(f"notebook {path.name} could not run: {type(e).__name__}: {_first_line(e)}") from None
        finally:
            _show_kernel_log(kernel_log, logging.DEBUG)


def _show_kernel_log(kernel_log, level: int, last: int = 20) -> None:
    if not log.isEnabledFor(level):
        return
    kernel_log.flush()
    kernel_log.seek(0)
    lines = [line.rstrip() for line in kernel_log if line.strip()]
    for line in lines[-last:]:
        log.log(level, "  kernel: %s", line)
    kernel_log.seek(0)
    kernel_log.truncate()


# --- making the output stable ---------------------------------------------------------------------

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]{6,16}>")
_STYLER = re.compile(r"\bT_[0-9a-f]{5}(?=[_\"' ])")
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
_VOLATILE_METADATA = ("papermill", "execution", "ExecuteTime")


def _stable_text(text: str, counters: dict) -> str:
    text = _ADDRESS.sub(" at 0x…>", text)

    def rename(m, kind):
        table = counters.setdefault(kind, {})
        return table.setdefault(m.group(0), f"{kind}{len(table) + 1}")

    text = _STYLER.sub(lambda m: rename(m, "T_kit"), text)
    return _UUID.sub(lambda m: rename(m, "uuid-"), text)


def stabilise(nb) -> None:
    """Remove what changes from one run to the next: timings, random ids, object addresses."""
    from kit.run.snapshot import stable_widget_ids

    for key in _VOLATILE_METADATA:
        nb.metadata.pop(key, None)
    stable_widget_ids(nb)
    counters: dict = {}
    for cell in nb.cells:
        for key in _VOLATILE_METADATA:
            cell.metadata.pop(key, None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"  # papermill gives it a random id
        for output in cell.get("outputs", []) or []:
            if output.get("output_type") == "stream":
                output["text"] = _stable_text(output.get("text", ""), counters)
            for mime, value in list((output.get("data") or {}).items()):
                if mime.startswith("text/") or mime == "image/svg+xml":
                    joined = "".join(value) if isinstance(value, list) else value
                    output["data"][mime] = _stable_text(joined, counters)


# --- HTML -------------------------------------------------------------------------------------------

# The lab template without what an offline report cannot load (require.js, MathJax, mermaid and the
# widget manager come from CDNs) and with a bar that leads back to the report's index.
_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
<style type="text/css">
.kit-report-nav { font-family: sans-serif; font-size: 0.9em; padding: 6px 12px; margin-bottom: 8px;
  background: #f4f4f4; border-bottom: 1px solid #ddd; }
.kit-widget-snapshot { border: 1px dashed #bbb; padding: 6px; border-radius: 4px; }
</style>
{%- endblock extra_css -%}
{%- block body_header -%}
{{ super() }}
<nav class="kit-report-nav">{{ resources.kit_nav }}</nav>
{%- endblock body_header -%}
"""


def to_html(nb, *, title: str, nav: str, no_code: bool) -> str:
    """HTML of an executed notebook (widgets as static snapshots)."""
    import copy

    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    from kit.run.snapshot import snapshot_outputs

    nb = copy.deepcopy(nb)
    snapshot_outputs(nb)
    nb.metadata["title"] = title
    exporter = HTMLExporter(
        template_name="lab", extra_loaders=[DictLoader({"kit_report.html.j2": _TEMPLATE})],
        template_file="kit_report.html.j2", exclude_input=no_code, exclude_input_prompt=no_code,
        exclude_output_prompt=no_code,
    )
    body, _ = exporter.from_notebook_node(nb, resources={"kit_nav": nav, "metadata": {"name": title}})
    return body


def notebook_title(nb, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def _esc(x) -> str:
    return _html.escape("" if x is None else str(x))


def index_html(manifest: dict, article_title: str | None) -> str:
    """The report's front page: what was analysed, with what, and links to each notebook."""
    inp = manifest["input"]
    rows = [
        ("Input file", _esc(inp["file"])),
        ("SHA-256", f"<code>{_esc(inp['sha256'])}</code>"),
        ("Size", f"{inp['bytes']:,} bytes"),
        ("Publication date", f"{_esc(inp['dct'] or 'unknown')} ({_esc(inp['dct_source'] or 'none given')})"),
        ("Kit version", _esc(manifest["kit_version"])),
        ("Python", _esc(manifest["packages"].get("python"))),
        ("Code cells", "hidden" if manifest["options"]["no_code"] else "shown"),
    ]
    notebooks = "\n".join(
        f'<li><a href="{_esc(n["html"])}">{_esc(n["title"])}</a> <small>({_esc(n["notebook"])}, '
        f'<a href="{_esc(n["ipynb"])}">executed notebook</a>)</small></li>'
        for n in manifest["notebooks"]
    )
    packages = "\n".join(
        f"<tr><td>{_esc(k)}</td><td>{_esc(v or 'not installed')}</td></tr>" for k, v in manifest["packages"].items()
    )
    title_block = (f'<p class="article-title" dir="rtl" lang="ar">{_esc(article_title)}</p>' if article_title else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Report: {_esc(inp['file'])}</title>
<style>
body {{ font-family: 'DejaVu Sans', sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; }}
.article-title {{ font-size: 1.5em; font-family: 'Noto Naskh Arabic', 'Amiri', 'DejaVu Sans', sans-serif; text-align: right; }}
table {{ border-collapse: collapse; }} td, th {{ padding: 2px 10px; border-bottom: 1px solid #eee; text-align: left; }}
.build-stamp {{ color: #666; font-size: 0.9em; }}
</style>
</head>
<body>
<h1>Report on {_esc(inp['file'])}</h1>
{title_block}
<p class="build-stamp">Built <time datetime="{_esc(manifest['built_at'])}">{_esc(manifest['built_at'])}</time></p>
<h2>Notebooks</h2>
<ol>
{notebooks}
</ol>
<h2>What was analysed, with what</h2>
<table>
{''.join(f'<tr><th>{k}</th><td>{v}</td></tr>' for k, v in rows)}
</table>
<p>Rebuild: <code>python -m kit report {_esc(inp['path'])}{' --dct ' + _esc(manifest['options']['dct']) if manifest['options']['dct'] else ''}{' --no-code' if manifest['options']['no_code'] else ''}</code>.
The same input and versions give the same report apart from the build stamp; <a href="manifest.json">manifest.json</a>
lists the checksum of every file.</p>
<h2>Packages</h2>
<table>
{packages}
</table>
</body>
</html>
"""


# --- the whole report -----------------------------------------------------------------------------

def check_output(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise InputError(f"output {out} is a file; give a folder")
    if out.is_dir() and any(out.iterdir()):
        try:
            with open(out / "manifest.json", encoding="utf-8") as f:
                ok = json.load(f).get("kind") == MANIFEST_KIND
        except (OSError, ValueError, AttributeError):
            ok = False
        if not ok:
            raise InputError(f"output folder {out} is not empty and holds no report; choose another folder")


def check_replaceable(out: Path) -> None:
    """InputError when replacing the report in ``out`` would delete a file the report did not write.

    A rebuild replaces the whole folder, so a user's own file saved beside the pages would be lost:
    the rebuild is refused instead, naming it. The report's files are the ones its manifest lists,
    plus ``index.html`` and ``manifest.json``.
    """
    if not out.is_dir():
        return
    try:
        with open(out / "manifest.json", encoding="utf-8") as f:
            own = set(json.load(f).get("files") or {}) | {"index.html", "manifest.json"}
    except (OSError, ValueError, AttributeError):
        own = {"index.html", "manifest.json"}
    foreign = sorted(p.name for p in out.iterdir() if p.name not in own)
    if foreign:
        more = f" and {plural(len(foreign) - 1, 'other file')}" if len(foreign) > 1 else ""
        raise InputError(f"refusing to rebuild the report in {out}: {foreign[0]}{more} there were not written by the "
                         "report and would be lost; move them elsewhere or choose another folder")


def build_report(article_path, out_dir, dct=None, no_code=False, notebooks=None, *,
                 notebooks_dir: Path | None = None, force: bool = False) -> list[Path]:
    """Run the notebooks on ``article_path`` and write the report into ``out_dir``; the files written.

    When ``out_dir`` already holds an intact report made from the same input, options, notebooks,
    kit code and data, and package versions, nothing is run and its files are returned (unless
    ``force``): so ``make report`` is fast when nothing changed. Progress goes to the ``kit.report``
    logger: one INFO line per notebook, details at DEBUG.

    Raises :class:`InputError` for bad input (nothing written) and :class:`NotebookFailed` when a
    notebook fails (nothing written, an earlier report in ``out_dir`` kept).
    """
    import nbformat

    notebooks_dir = Path(notebooks_dir or NOTEBOOKS)
    dct = check_dct(dct)
    article = read_article(article_path, dct=dct)  # the same checks and messages as `analyze`
    src = Path(article_path).expanduser().resolve()
    out = Path(out_dir).expanduser().resolve()  # "~/reports" as a shell would read it, even when quoted
    check_output(out)
    paths = notebook_paths(notebooks_dir, notebooks)
    options = {"dct": dct, "no_code": bool(no_code), "notebooks": [p.name for p in paths] if notebooks else None}
    packages = package_versions()
    input_sha256 = sha256_file(src)
    print_ = fingerprint(input_sha256, paths, options, packages)
    if not force:
        existing = up_to_date(out, print_)
        if existing is not None:
            log.info("%s is up to date (same input, notebooks, kit and packages)", out)
            return existing
    check_replaceable(out)
    entries = []
    with staging_dir(out) as stage:
        for path in paths:
            t0 = time.perf_counter()
            log.debug("running %s …", path.name)
            nb = run_notebook(path, stage / path.name, {"ARTICLE": str(src), "DCT": dct}, cwd=Path(notebooks_dir))
            stabilise(nb)
            nbformat.write(nb, stage / path.name)
            title = notebook_title(nb, path.stem)
            nav = (f'<a href="index.html">← Report index</a> · {_esc(path.name)} · '
                   f'input {_esc(src.name)} (SHA-256 {input_sha256[:12]}…)')
            html_name = path.with_suffix(".html").name
            with open(stage / html_name, "w", encoding="utf-8") as f:
                f.write(to_html(nb, title=title, nav=nav, no_code=no_code))
            entries.append({"notebook": path.name, "title": title, "html": html_name, "ipynb": path.name,
                            "source_sha256": sha256_file(path)})
            log.info("%s  %.1f s  %s", path.name, time.perf_counter() - t0, title)
        manifest = {
            "kind": MANIFEST_KIND,
            "built_at": build_stamp(),
            "kit_version": kit.__version__,
            "input": {"file": src.name, "path": str(src), "sha256": input_sha256, "bytes": src.stat().st_size,
                      "dct": article.dct, "dct_source": article.dct_source},
            "options": options,
            "kernel": KERNEL,
            "platform": f"{platform.system()} {platform.machine()}",
            "packages": packages,
            "notebooks": entries,
            "fingerprint": print_,
        }
        with open(stage / "index.html", "w", encoding="utf-8") as f:
            f.write(index_html(manifest, article.title.text if article.title else None))
        manifest["files"] = {p.name: sha256_file(p) for p in sorted(stage.iterdir()) if p.name != "index.html"}
        with open(stage / "manifest.json", "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=1)
            f.write("\n")
        written = sorted(p.name for p in stage.iterdir())
    return [out / name for name in written]


def default_output(article_path) -> Path:
    """``reports/<article name>`` under the current folder."""
    return Path("reports") / Path(article_path).stem


def main(args) -> int:
    """``python -m kit report``: args has file, dct, output, no_code and optionally notebooks."""
    out = Path(args.output).expanduser() if getattr(args, "output", None) else default_output(args.file)
    before = _built_at(out)
    try:
        files = build_report(
            args.file, out, dct=getattr(args, "dct", None), no_code=bool(getattr(args, "no_code", False)),
            notebooks=getattr(args, "notebooks", None), force=bool(getattr(args, "force", False)),
        )
    except NotebookFailed as e:
        log.error("error: %s (no report written; %s left as it was)", e, out)
        return 1
    n = sum(1 for f in files if f.suffix == ".html" and f.name != "index.html")
    state = "up to date" if before is not None and _built_at(out) == before else "built"
    log.info("report (%s): %s → %s", state, plural(n, "notebook"), out / "index.html")
    return 0


def _built_at(out: Path) -> str | None:
    try:
        with open(out / "manifest.json", encoding="utf-8") as f:
            return json.load(f).get("built_at")
    except (OSError, ValueError, AttributeError):
        return None
