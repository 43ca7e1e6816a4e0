"""A ZIP attachment (附件.zip holding a DOCX and an XLSX) -> each file inside read on its own.

Within caps: the ZIP's entries and decompressed total (`safezip`), at most `MAX_ZIP_MEMBERS`
files read, a ZIP inside a ZIP read to `MAX_ZIP_DEPTH`. Names in GBK are decoded.
"""

from __future__ import annotations

from collections.abc import Callable

from transform.attachments import model
from transform.attachments.model import FileText
from transform.attachments.safezip import open_zip
from transform.attachments.sniff import suffix

_SKIP_SUFFIXES = ("db", "ds_store", "ini", "lnk")


def read_zip(data: bytes, depth: int, read: Callable[..., FileText]) -> FileText:
    z = open_zip(data)
    members: list[tuple[str, FileText]] = []
    try:
        names = [n for n in z.names() if not n.startswith("__MACOSX/") and suffix(n) not in _SKIP_SUFFIXES]
        for stored in names[: model.MAX_ZIP_MEMBERS]:
            shown = z.shown[stored]
            members.append((shown, read(z.read(stored), shown, depth=depth + 1)))
    finally:
        z.close()
    error = (
        f"{len(names) - model.MAX_ZIP_MEMBERS} more files not read"
        if len(names) > model.MAX_ZIP_MEMBERS
        else None
    )
    return FileText("zip", pages=len(members), members=members, error=error)
