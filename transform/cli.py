"""`planwatch parse`: turn saved plan pages (HTML or text) into the documents/tasks/targets tables.

Only argparse and settings are imported at registration; polars and the parser are imported by
the handler. Nothing here imports Prefect, Great Expectations or deltalake.
"""
from __future__ import annotations

import argparse
import sys

from planwatch.settings import add_arguments

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx", ".php")
TEXT_SUFFIXES = (".txt", ".text", ".md")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "parse", help="parse saved plan pages (.html/.txt) into documents, tasks and targets tables",
        description="Parse each INPUT (an .html/.htm page in any charset, or a .txt rendering of a page) "
                    "into the documents, tasks, task_units and targets tables. With --out DIR, writes "
                    "DIR/documents.parquet, DIR/tasks.parquet, DIR/task_units.parquet and "
                    "DIR/targets.parquet; with --format json, prints the same rows as JSON on stdout. "
                    "documents.source is the input path as given. Files that cannot be read are reported "
                    "on stderr and the others still go through; the exit code is 1 if any failed.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".html/.htm or .txt files")
    add_arguments(p, "parse_out", "parse_format", "config", "log_level")
    p.set_defaults(func=cmd_parse)


def _read(path: str) -> tuple[bytes, bool]:
    """The file's bytes and whether it is a text rendering (by suffix; sniffed when unknown)."""
    from pathlib import Path

    from transform.exceptions import InputError

    p = Path(path)
    if p.is_dir():
        raise InputError("is a directory")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError("empty file")
    suffix = p.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return data, True
    if suffix in HTML_SUFFIXES:
        return data, False
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"binary file, not a page ({suffix or 'no suffix'})")
    head = data[:2048].lower()
    return data, not (b"<html" in head or b"<!doctype" in head or b"<body" in head or b"<div" in head)


def parse_files(paths: list[str]) -> tuple[list, list[tuple[str, str]]]:
    """Parse files; returns (parsed documents, [(path, reason)] for the ones that failed)."""
    import os
    from datetime import datetime, timezone

    from transform.document import parse_document
    from transform.exceptions import InputError

    parsed, failed = [], []
    for path in paths:
        try:
            data, is_text = _read(path)
        except InputError as exc:
            failed.append((path, str(exc)))
            continue
        try:
            mtime = datetime.fromtimestamp(os.stat(path).st_mtime, tz=timezone.utc)
        except OSError:
            mtime = None
        doc = parse_document(data, source=path, is_text=is_text, fetched_at=mtime)
        note = doc.document.get("parse_note") or ""
        if note.startswith("parser error"):
            failed.append((path, note))
        parsed.append(doc)
    return parsed, failed


def cmd_parse(args: argparse.Namespace) -> int:
    from planwatch.exceptions import ConfigError
    from planwatch.settings import load

    settings = load(args)
    fmt = (settings.parse_format or "parquet").lower()
    if fmt not in ("parquet", "json"):
        raise ConfigError(f"--format must be parquet or json, not {fmt!r}")
    if fmt == "parquet" and not settings.parse_out:
        raise ConfigError("--out DIR is required (or use --format json to print the tables)")
    parsed, failed = parse_files(args.inputs)
    for path, reason in failed:
        print(f"planwatch parse: {path}: {reason}", file=sys.stderr)
    from transform.tables import build_tables

    tables = build_tables(parsed)
    if fmt == "json":
        _print_json(tables)
    if settings.parse_out:
        _write_parquet(tables, settings.parse_out)
    n_docs = tables["documents"].height
    if fmt == "parquet":
        print(f"parsed {n_docs} document(s): {tables['tasks'].height} tasks, "
              f"{tables['targets'].height} targets -> {settings.parse_out}", file=sys.stderr)
    return 1 if failed else 0


def _write_parquet(tables: dict, out: str) -> None:
    from pathlib import Path

    d = Path(out)
    d.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        tmp = d / f".{name}.parquet.tmp"
        frame.write_parquet(tmp)
        tmp.replace(d / f"{name}.parquet")


def _print_json(tables: dict) -> None:
    import json
    from datetime import date, datetime

    def default(o):
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        return str(o)

    payload = {name: frame.to_dicts() for name, frame in tables.items()}
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1, default=default) + "\n")
