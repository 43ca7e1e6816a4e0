"""`planwatch parse`: saved plan pages (HTML or text) → the documents/tasks/targets tables."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from planwatch.settings import add_arguments

if TYPE_CHECKING:
    import polars as pl


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "parse",
        help="parse saved plan pages (.html/.txt) or plan files (.docx/.xlsx/.pdf …) into tables",
        description="Parse each INPUT (an .html/.htm page in any charset, a .txt rendering of a page, "
        "or a plan file: DOCX, XLSX, XLS/ET, PDF, DOC/WPS, OFD or ZIP, found from its bytes) "
        "into the documents, tasks, task_units, targets and attachments tables (a file given "
        "directly is read as the one attachment of a document; its tasks' paths start with 附件). "
        "With --out DIR, writes DIR/<table>.parquet for each; with --format json, prints the "
        "same rows as JSON on stdout. A file that gives no text (scanned PDF, encrypted, damaged) "
        "is reported on stderr with its status. "
        "documents.source is the input path as given. Files that cannot be read are reported "
        "on stderr and the others still go through; the exit code is 1 if any failed. With --explain, "
        "prints instead why each page was read as it was: the rule that kept or dropped each number, "
        "each task's unit clauses with their role rule (--json: the same as JSON lines).",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".html/.htm/.txt pages or plan files")
    add_arguments(p, "parse_out", "parse_format", "parse_explain", "parse_ocr", "json", "config", "log_level")
    p.set_defaults(func=cmd_parse)


def cmd_parse(args: argparse.Namespace) -> int:
    from planwatch.exceptions import ConfigError
    from planwatch.settings import load
    from transform.files import parse_files, write_tables
    from transform.tables import build_tables

    loaded = load(args)
    if loaded.parse.explain:
        from planwatch.cli.explain import cmd_explain

        return cmd_explain(args.inputs, as_json=loaded.json)
    settings = loaded.parse
    fmt = "json" if loaded.json else (settings.format or "parquet").lower()  # --json: --format json
    if fmt not in ("parquet", "json"):
        raise ConfigError(f"--format must be parquet or json, not {fmt!r}")
    if fmt == "parquet" and not settings.out:
        raise ConfigError("--out DIR is required (or use --format json to print the tables)")
    parsed, failed = parse_files(args.inputs, ocr=bool(settings.ocr))
    for path, reason in failed:
        print(f"planwatch parse: {path}: {reason}", file=sys.stderr)
    tables = build_tables(parsed)
    if fmt == "json":
        _print_json(tables)
    if settings.out:
        write_tables(tables, settings.out)
    if fmt == "parquet":
        print(
            f"parsed {tables['documents'].height} document(s): {tables['tasks'].height} tasks, "
            f"{tables['targets'].height} targets -> {settings.out}",
            file=sys.stderr,
        )
    return 1 if failed else 0


def _print_json(tables: dict[str, pl.DataFrame]) -> None:
    import json
    from datetime import date, datetime

    def default(o: object) -> str:
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        return str(o)

    payload = {name: frame.to_dicts() for name, frame in tables.items()}
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1, default=default) + "\n")
