"""The command line: ``kit analyze|report|corpus|check|student-edition`` (also ``python -m kit``).

Bad input gets one line on stderr and exit code 2, never a traceback. Messages go through
:mod:`logging`: ``--quiet`` shows only errors, ``--verbose`` what each step does.

>>> main(["analyze", "/no/such/file.txt"])
2
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from collections import Counter

import kit
from kit.text.article import InputError, check_dct, read_article, read_stdin

FORMATS = ("json", "conll", "timeml", "geojson")
EXIT_BAD_INPUT = 2
EXIT_FAILED = 1


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own errors: usage line plus one line, exit 2
        self.print_usage(sys.stderr)
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="kit", description="Arabic news study kit: structure, entities, timeline and places of "
                                        "Arabic news articles")
    p.add_argument("--version", action="version", version=f"kit {kit.__version__}")
    # The global options work before or after the command (kit -q report … and kit report -q …):
    # the sub-commands take them too, with SUPPRESS so an absent one does not reset the global value.
    common = _Parser(add_help=False)
    for parser, default in ((p, False), (common, argparse.SUPPRESS)):
        parser.add_argument("--debug", action="store_true", default=default, help="show a traceback on internal errors")
        parser.add_argument("-q", "--quiet", action="store_true", default=default, help="print only errors")
        parser.add_argument("-v", "--verbose", action="store_true", default=default, help="say what each step does")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    a = sub.add_parser("analyze", parents=[common], help="analyse one article; --format picks what is printed")
    a.add_argument("file", help="a UTF-8 text file holding one Arabic news article, or - for standard input")
    a.add_argument("--dct", help="publication date YYYY-MM-DD (overrides the metadata file)")
    a.add_argument("--format", choices=["summary", *FORMATS], default="summary",
                   help="summary (default), json (schema kit.analysis/1), conll (entities, BIO per token), "
                        "timeml (TIMEX3 XML) or geojson (the places)")
    a.add_argument("--json", dest="format", action="store_const", const="json", help="the same as --format json")

    r = sub.add_parser("report", parents=[common], help="run the notebooks on an article and write HTML reports")
    r.add_argument("file", help="a UTF-8 text file holding one Arabic news article")
    r.add_argument("--dct", help="publication date YYYY-MM-DD (overrides the metadata file)")
    r.add_argument("-o", "--output", help="report folder (default reports/<article name>)")
    r.add_argument("--no-code", action="store_true", help="hide the code cells")
    r.add_argument("--notebooks", nargs="+", help="only these notebooks (file names, stems or numbers: 01 03)")
    r.add_argument("--force", action="store_true", help="rebuild even when the report is up to date")

    c = sub.add_parser("corpus", parents=[common], help="analyse many articles on Dask; writes Parquet tables")
    c.add_argument("input", help="a folder of .txt files, a .jsonl/.jsonl.gz file or a Parquet file")
    c.add_argument("-o", "--output", required=True, help="output folder for the tables")
    c.add_argument("--format", choices=["parquet", "csv"], default="parquet",
                   help="parquet (default; what load_tables, DuckDB and notebook 05 read) or csv (one file per table)")
    c.add_argument("--scheduler", help="address of an existing Dask scheduler (default: a local cluster)")
    c.add_argument("--connect-timeout", type=float, default=15.0, metavar="SECONDS",
                   help="seconds to wait for --scheduler to answer (default 15; more on a slow network)")
    c.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    c.add_argument("--limit", type=int, help="only the first N articles")
    c.add_argument("--record-timeout", type=float, default=60.0, metavar="SECONDS",
                   help="seconds one article may take; a slower one goes to the errors table (default 60)")
    c.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")

    k = sub.add_parser("check", parents=[common], help="check the set-up: Python, packages, data, Arabic in figures")
    k.add_argument("--figure", help="where to save the Arabic test figure (PNG)")

    s = sub.add_parser("student-edition", parents=[common], help="write the notebooks without their solutions")
    s.add_argument("output", help="folder to write the student notebooks into")
    s.add_argument("--notebooks", nargs="+", help="only these notebooks (file names)")
    return p


def summary(result: dict) -> str:
    """A short human-readable summary of an analysis."""
    st = result["structure"]
    lines = [f"{result['source']}  (publication date: {result['dct'] or 'unknown'})"]
    if st["title"]:
        lines.append(f"title:     {st['title']['text']}")
    if st["subtitle"]:
        lines.append(f"subtitle:  {st['subtitle']['text']}")
    lines.append(
        f"structure: {len(st['paragraphs'])} paragraphs ({sum(p['role'] == 'lead' for p in st['paragraphs'])} lead), "
        f"{len(st['sentences'])} sentences, {len(st['boilerplate'])} boilerplate spans"
    )
    if result["entities"]:
        by_type = Counter(e["type"] for e in result["entities"])
        ids: dict[str, dict] = {}
        for e in result["entities"]:
            ids.setdefault(e["entity_id"], e)
        lines.append("entities:  " + ", ".join(f"{t} {n}" for t, n in sorted(by_type.items()))
                     + f" mentions of {len(ids)} entities")
        for e in list(ids.values())[:12]:
            lines.append(f"  {e['type']:<5} {e['canonical']}")
    if result["places"]:
        lines.append("places:    " + "، ".join(p["name_ar"] for p in result["places"]))
    for t in result["timexes"]:
        lines.append(f"time:      {t['text']} = {t['value']}")
    for q in result["quotes"]:
        lines.append(f"quote:     {q['speaker'] or '?'}: «{q['text'][:60]}»")
    if result["events"]:
        lines.append(f"events:    {len(result['events'])}")
    for w in result.get("warnings", []):
        lines.append(f"warning:   {w}")
    return "\n".join(lines)


def cmd_analyze(args) -> int:
    from kit.analysis import analyze, formats

    dct = check_dct(args.dct)
    article = read_stdin(dct) if args.file == "-" else read_article(args.file, dct=dct)
    analysis = analyze(article)
    if args.format == "json":
        out = json.dumps(analysis.to_json(), ensure_ascii=False, indent=1)
    elif args.format == "conll":
        out = formats.to_conll(analysis).rstrip("\n")
    elif args.format == "timeml":
        out = formats.to_timeml(analysis).rstrip("\n")
    elif args.format == "geojson":
        out = json.dumps(formats.to_geojson(analysis), ensure_ascii=False, indent=1)
    else:
        out = summary(analysis.to_json())
    sys.stdout.write(out + "\n")
    return 0


def setup_logging(quiet: bool = False, verbose: bool = False) -> None:
    """One line a message on stderr, at the level the options ask for."""
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("kit")
    log.handlers[:] = [handler]
    log.setLevel(level)
    log.propagate = False


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a job scheduler, a closing terminal): handled as Ctrl-C is, so that staging
    folders, clusters and helper processes are cleaned up rather than left behind."""


def _on_sigterm(signum, frame):
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
    raise Terminated()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    setup_logging(args.quiet, args.verbose)
    previous = None
    if threading.current_thread() is threading.main_thread():  # only the main thread may set handlers
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _run(args)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _run(args) -> int:
    try:
        if args.command == "analyze":
            return cmd_analyze(args)
        if args.command == "report":
            import kit.run.report as report

            return report.main(args) or 0
        if args.command == "corpus":
            import kit.corpus.run as corpus

            return corpus.main(args) or 0
        if args.command == "check":
            import kit.teach.setup_check as setup_check

            return setup_check.main(["--figure", args.figure] if args.figure else [])
        if args.command == "student-edition":
            import kit.teach.student as student

            return student.main(args) or 0
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt as e:  # 128 + the signal's number, as a shell reports it
        terminated = isinstance(e, Terminated)
        print("terminated" if terminated else "interrupted", file=sys.stderr)
        return 143 if terminated else 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # the user gets one line; --debug shows where it came from
        if args.debug:
            raise
        print(f"internal error: {type(e).__name__}: {e} (run with --debug for details)", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_FAILED
