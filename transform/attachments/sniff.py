"""The format of a file from its bytes (magic numbers, the names inside a ZIP or OLE file).

Portals send attachments as `application/octet-stream`, `text/html` or the wrong Office type,
and name them `downfile.jsp`: the link and the Content-Type are hints at most. The name is
used only where the bytes are the same for two formats (a WPS or DOC Word file; an ET or XLS
workbook).
"""

from __future__ import annotations

import io
import zipfile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_IMAGE_MAGICS = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")
_OTHER_ARCHIVES = {b"Rar!": "rar", b"7z\xbc\xaf": "7z"}


def suffix(name: str | None) -> str:
    """The lower-case extension of a shown name or URL path ('' when none)."""
    if not name:
        return ""
    base = name.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1]
    dot = base.rfind(".")
    return base[dot + 1 :].lower().strip() if dot > 0 else ""


def detect(data: bytes, name: str | None = None) -> str:
    """docx | xlsx | ofd | zip | pdf | doc | wps | xls | et | ole | html | text | image | rar | 7z | unknown.

    `ole` is an OLE file that holds neither a Word document nor a workbook (an encrypted
    OOXML file, an old WPS file); `zip` a ZIP that is no OOXML or OFD document."""
    head = data[:8]
    ext = suffix(name)
    if data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if head.startswith(ZIP_MAGICS):
        return _zip_kind(data)
    if head == OLE_MAGIC:
        return _ole_kind(data, ext)
    if head.startswith(_IMAGE_MAGICS):
        return "image"
    for magic, kind in _OTHER_ARCHIVES.items():
        if head.startswith(magic):
            return kind
    return _text_kind(data)


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist()[:5000])
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return "zip"  # a truncated or odd ZIP: the ZIP reader says what is wrong
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "xlsx"
    if "OFD.xml" in names or "ofd.xml" in names:
        return "ofd"
    if "[Content_Types].xml" in names and any(n.startswith("word/") for n in names):
        return "docx"
    return "zip"


def _ole_kind(data: bytes, ext: str) -> str:
    """Word or workbook by the stream names of the OLE directory (read without olefile: the
    names sit in UTF-16 in the directory sectors)."""
    if "WordDocument".encode("utf-16-le") in data:
        return "wps" if ext == "wps" else "doc"
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "et" if ext == "et" else "xls"
    return "ole"


def _text_kind(data: bytes) -> str:
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 8:
        return "unknown"
    low = sample.lower()
    if b"<html" in low or b"<!doctype html" in low or b"<body" in low or b"<div" in low:
        return "html"
    return "text"
