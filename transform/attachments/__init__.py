"""Attached files (DOCX, XLSX/XLS/ET, PDF, DOC/WPS, OFD, ZIP) -> text the page parser reads.

`read_file(data, name)` finds the format from the bytes (`sniff`), reads the file with its
format's module and returns a `FileText`: the text (paragraphs one per line, tables as "|" rows
in place), pages or sheets, and a status — parsed, scanned (no usable text layer), unsupported,
too_large (over a cap: `model`), failed — with the error. It never raises and never hangs on a
hostile file: every reader keeps the caps of `model`. `transform.attachments.annex` turns the
texts of a notice's files into its tasks, units and targets (`transform.document`).
"""

from __future__ import annotations

import logging

from transform.attachments import model, sniff
from transform.attachments.model import FORMATS, STATUSES, FileText
from transform.exceptions import AttachmentError, UnsupportedFile

__all__ = ["FORMATS", "STATUSES", "FileText", "read_file"]

log = logging.getLogger(__name__)


def read_file(data: bytes, name: str | None = None, *, ocr: bool = False, depth: int = 0) -> FileText:
    """One file as text. `name`: the shown name or URL (a hint for WPS vs DOC, ET vs XLS)."""
    try:
        fmt = sniff.detect(data, name)
    except Exception as exc:  # a hostile file must not stop the document
        return FileText(
            "unknown", status="failed", error=f"cannot tell the format: {type(exc).__name__}: {exc}"[:500]
        )
    if len(data) > model.MAX_FILE_BYTES:
        return FileText(fmt, status="too_large", error=f"{len(data)} bytes (cap {model.MAX_FILE_BYTES})")
    try:
        return _read(fmt, data, name, ocr, depth)
    except AttachmentError as exc:
        return FileText(_public(fmt), status=exc.status, error=str(exc)[:500])
    except MemoryError:
        return FileText(_public(fmt), status="too_large", error="out of memory reading the file")
    except Exception as exc:  # a library bug on a hostile file must not stop the document
        log.warning("reading %s (%s) failed: %s", name, fmt, exc)
        return FileText(_public(fmt), status="failed", error=f"{type(exc).__name__}: {exc}"[:500])


def _public(fmt: str) -> str:
    return fmt if fmt in FORMATS else "unknown"


def _read(fmt: str, data: bytes, name: str | None, ocr: bool, depth: int) -> FileText:
    # Long function: one branch per format, read as a table.
    if fmt == "docx":
        from transform.attachments.docx import read_docx

        return read_docx(data)
    if fmt == "xlsx":
        from transform.attachments.xlsx import read_xlsx

        return read_xlsx(data)
    if fmt in ("xls", "et"):
        from transform.attachments.xls import read_xls

        return read_xls(data, fmt)
    if fmt == "pdf":
        from transform.attachments.pdf import read_pdf

        return read_pdf(data, ocr=ocr)
    if fmt in ("doc", "wps"):
        from transform.attachments.worddoc import read_doc

        return read_doc(data, fmt)
    if fmt == "ofd":
        from transform.attachments.ofd import read_ofd

        return read_ofd(data)
    if fmt == "zip":
        if depth >= model.MAX_ZIP_DEPTH:
            return FileText("zip", status="unsupported", error="a ZIP nested too deep")
        from transform.attachments.zipped import read_zip

        return read_zip(data, depth, read_file)
    if fmt == "image":
        return _image(data, ocr)
    if fmt == "text":
        from planwatch.charset import decode

        return FileText("text", text=decode(data, None).text)
    if fmt == "html":
        return FileText("html", status="failed", error="not a file: the portal answered an HTML page")
    if fmt == "ole":
        if "EncryptedPackage".encode("utf-16-le") in data:
            return FileText(
                "unknown", status="unsupported", error="encrypted Office file: a password is needed"
            )
        return FileText(
            "unknown", status="unsupported", error="an OLE file that is no Word or Excel document"
        )
    return FileText("unknown", status="unsupported", error=f"unsupported file type ({fmt})")


def _image(data: bytes, ocr: bool) -> FileText:
    if not ocr:
        return FileText("image", status="scanned", pages=1, error="an image: no text layer")
    import io

    from PIL import Image

    from transform.attachments.ocr import ocr_image

    with Image.open(io.BytesIO(data)) as image:
        if image.width * image.height > 50_000_000:
            return FileText("image", status="too_large", error=f"{image.width}x{image.height} pixels")
        try:
            return FileText("image", text="\n".join(ocr_image(image)), pages=1, error="read by OCR")
        except UnsupportedFile as exc:  # no OCR engine installed: the image stays scanned
            return FileText("image", status="scanned", pages=1, error=f"an image: no text layer; {exc}")
