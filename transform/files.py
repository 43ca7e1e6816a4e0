"""Saved pages on disk → parsed documents, and the parse output folder (`planwatch parse --out`)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from transform.exceptions import InputError

if TYPE_CHECKING:
    import polars as pl

    from planwatch.records import AttachedFile, ParsedDocument

# files read as attachments when given directly (the format is found from the bytes)
FILE_FORMATS = frozenset(
    {"docx", "xlsx", "xls", "et", "pdf", "doc", "wps", "ofd", "zip", "ole", "image", "rar", "7z"}
)
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx", ".php")
TEXT_SUFFIXES = (".txt", ".text", ".md")


def read_input(path: str) -> tuple[bytes, bool]:
    """The file's bytes and whether it is a text rendering (by suffix; sniffed when unknown)."""
    data = read_bytes(path)
    return data, _is_text(Path(path), data)


def _attached(path: str, data: bytes) -> list[AttachedFile]:
    """The file as an attachment when its bytes say it is an office file, a PDF, OFD or ZIP."""
    from planwatch.records import AttachedFile
    from transform.attachments.sniff import detect

    if detect(data, path) not in FILE_FORMATS:
        return []
    return [AttachedFile(Path(path).name, data)]


def file_texts(path: str, data: bytes) -> list[tuple[str, bytes | str, bool]] | None:
    """A plan file's text as `parse_document` reads it, for `--explain`: (source, text, True)
    for the file, or one per member of a ZIP; None for a page. A file that gives no text raises
    InputError with its status."""
    from transform.attachments import read_file

    attached = _attached(path, data)
    if not attached:
        return None
    text = read_file(data, attached[0].name)
    if text.status != "parsed":
        raise InputError(f"{text.status}: {text.error or 'no text'}")
    found: list[tuple[str, bytes | str, bool]] = [(path, text.text, True)] if text.text.strip() else []
    found += [(f"{path}/{name}", member.text, True) for name, member in text.members if member.text.strip()]
    if not found:
        raise InputError("no text in the file")
    return found


def read_bytes(path: str) -> bytes:
    """The bytes of an input file (one-line errors: missing, a directory, unreadable, empty)."""
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
    return data


def _is_text(p: Path, data: bytes) -> bool:
    suffix = p.suffix.lower()
    # before the suffix: a binary file named .html is still not a page (UTF-16 has a BOM)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"binary file, not a page ({suffix or 'no suffix'})")
    if suffix in TEXT_SUFFIXES:
        return True
    if suffix in HTML_SUFFIXES:
        return False
    head = data[:2048].lower()
    return not (b"<html" in head or b"<!doctype" in head or b"<body" in head or b"<div" in head)


def parse_files(paths: list[str], ocr: bool = False) -> tuple[list[ParsedDocument], list[tuple[str, str]]]:
    """Parse files; returns (parsed documents, [(path, reason)] for the ones that failed).
    ocr: read scanned PDFs and images given directly by OCR (RapidOCR, when installed)."""
    from transform.document import parse_document

    parsed, failed = [], []
    for path in paths:
        try:
            data = read_bytes(path)
            attached = _attached(path, data)
            is_text = False if attached else _is_text(Path(path), data)
        except InputError as exc:
            failed.append((path, str(exc)))
            continue
        try:
            mtime: datetime | None = datetime.fromtimestamp(os.stat(path).st_mtime, tz=UTC)
        except OSError:
            mtime = None
        if attached:  # a DOCX, XLSX, PDF … given directly: read as the notice's one attachment
            doc = parse_document(b"", source=path, fetched_at=mtime, attachments=attached, ocr=ocr)
            failed.extend(
                (path, f"{a['status']}: {a['error']}") for a in doc.attachments if a["status"] != "parsed"
            )
        else:
            doc = parse_document(data, source=path, is_text=is_text, fetched_at=mtime)
        note = doc.document.get("parse_note") or ""
        if note.startswith("parser error"):
            failed.append((path, note))
        parsed.append(doc)
    return parsed, failed


def write_tables(tables: dict[str, pl.DataFrame], out: str | Path) -> None:
    """Write `<out>/<table>.parquet` for each table, each replaced atomically."""
    d = Path(out)
    d.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        tmp = d / f".{name}.parquet.tmp"
        frame.write_parquet(tmp)
        tmp.replace(d / f"{name}.parquet")
