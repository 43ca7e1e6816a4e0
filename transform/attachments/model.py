"""What reading an attached file gives (`FileText`) and the caps every reader keeps.

The caps hold against hostile files: a zip bomb stops at the decompressed cap, a sheet that
claims a billion rows at the row cap, a PDF of ten thousand pages at the page cap. A file over
a cap is `too_large` (nothing of it is used), never a hang.
"""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("parsed", "scanned", "unsupported", "too_large", "failed")
FORMATS = ("docx", "xlsx", "xls", "et", "pdf", "doc", "wps", "ofd", "zip", "html", "text", "image", "unknown")

MAX_FILE_BYTES = 50 * 1024 * 1024  # one attached file (the crawler's own cap is usually lower)
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024  # all entries of an OOXML, OFD or ZIP file, decompressed
MAX_ZIP_ENTRIES = 5000  # entries of one zip container (an OOXML file has tens)
MAX_ZIP_MEMBERS = 20  # files read from one ZIP attachment
MAX_ZIP_DEPTH = 2  # a ZIP inside a ZIP is read; deeper ones are not
MAX_PAGES = 500  # PDF and OFD pages read
MAX_ROWS = 20_000  # rows of one sheet
MAX_COLUMNS = 200  # columns of one sheet
MAX_CELLS = 500_000  # cells of one workbook
MAX_TEXT_CHARS = 3_000_000  # text of one file


@dataclass
class FileText:
    """One attached file as text: paragraphs one per line, tables as "|" rows.

    `status`: parsed | scanned (no usable text layer) | unsupported | too_large | failed;
    `pages`: pages of a PDF or OFD, sheets of a workbook, files of a ZIP; `members`: the files
    of a ZIP, each read on its own (name inside the ZIP, its text).
    """

    format: str
    status: str = "parsed"
    text: str = ""
    pages: int | None = None
    error: str | None = None
    members: list[tuple[str, FileText]] = field(default_factory=list)

    @property
    def chars(self) -> int:
        own = len("".join(self.text.split())) if self.text else 0
        return own + sum(m.chars for _, m in self.members)
