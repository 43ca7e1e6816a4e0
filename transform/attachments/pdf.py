"""PDF -> text in reading order through pypdfium2 (PDFium: fast, Apache/BSD licensed), ruled
tables as "|" rows where they stand on the page (`pdftables`).

A PDF without a text layer (scanned pages) or whose text layer is unreadable (Chinese fonts
without a Unicode map give private-use or control characters) is `scanned`; with `ocr=True`
its pages are read by OCR (`transform.attachments.ocr`, RapidOCR when installed). An encrypted
PDF that needs a password is `unsupported`. PDFium is not thread-safe: one lock serialises it.
"""

from __future__ import annotations

import re
import threading
import unicodedata

from transform.attachments import grid, model
from transform.attachments.model import FileText
from transform.attachments.pdftables import Table, find_tables
from transform.exceptions import AttachmentError, FileTooLarge, UnsupportedFile
from transform.headings import notice_title
from transform.numbering import match_marker
from transform.page_marks import UNIT_LABEL_START, footnotes
from transform.table_cells import is_units

_LOCK = threading.Lock()
_PAGE_NUMBER = re.compile(
    r"^[-—－–_\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-—－–_\s]*$"
)
_MIN_CHARS_PER_PAGE = 15  # fewer readable characters than this per page: no text layer
_MAX_ODD_SHARE = 0.3  # more than this share of unreadable characters: a garbled text layer


def read_pdf(data: bytes, ocr: bool = False) -> FileText:
    import pypdfium2 as pdfium

    with _LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise UnsupportedFile("encrypted PDF: a password is needed to open it") from None
            raise AttachmentError(f"unreadable PDF: {exc}") from None
        try:
            n = len(pdf)
            if n > model.MAX_PAGES:
                raise FileTooLarge(f"{n} pages (cap {model.MAX_PAGES})")
            pages, images = _pages(pdf, n)
            text = "\n".join(pages)
            problem = _no_text(text, n, images)
            if problem and ocr:
                from transform.attachments.ocr import ocr_pdf

                try:
                    return FileText("pdf", text=ocr_pdf(pdf, n), pages=n, error=f"read by OCR ({problem})")
                except UnsupportedFile as exc:  # no OCR engine installed: the file stays scanned
                    problem = f"{problem}; {exc}"
        finally:
            pdf.close()
    if problem:
        return FileText("pdf", status="scanned", pages=n, error=problem)
    return FileText("pdf", text=text, pages=n)


def _pages(pdf, n: int) -> tuple[list[str], int]:
    """Each page's lines (tables in place), and how many pages hold images."""
    import pypdfium2.raw as raw

    out: list[list[str]] = []
    images = 0
    chars = 0
    for i in range(n):
        page = pdf[i]
        try:
            textpage = page.get_textpage()
            try:
                lines = _page_lines(page, textpage, i + 1)
            finally:
                textpage.close()
            if any(True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=1)):
                images += 1
        finally:
            page.close()
        chars += sum(len(ln) for ln in lines)
        if chars > model.MAX_TEXT_CHARS:
            raise FileTooLarge(f"more than {model.MAX_TEXT_CHARS} characters of text")
        out.append(lines)
    return _without_running_heads(out), images


_HEAD_MAX = 60  # a running head is a title, an issuer or a table's header row


def _without_running_heads(pages: list[list[str]]) -> list[str]:
    """The lines of the pages, without the running head each page after the first prints on its
    first line: the first line of the file again (its title or issuer), or a line that opens two
    pages or more (a table's header row repeated). An item or a unit statement is text. The
    footnotes at the bottom of a page go too (`transform.page_marks.footnotes`)."""
    tops: dict[str, int] = {}
    for lines in pages[1:]:
        if lines:
            tops[lines[0]] = tops.get(lines[0], 0) + 1
    first = next((lines[0] for lines in pages if lines), None)
    out: list[str] = []
    for k, lines in enumerate(pages):
        top = lines[0] if lines else ""
        if (
            k
            and len(lines) > 1
            and len(top) <= _HEAD_MAX
            and (top == first or tops.get(top, 0) >= 2)
            and match_marker(top) is None
            and UNIT_LABEL_START.match(top) is None
        ):
            lines = lines[1:]
        notes = footnotes(lines, len(lines))  # "①规上工业企业指…" at the bottom, under "企业①"
        out.extend(lines[: len(lines) - len(notes)] if notes else lines)
    return out


def _page_lines(page, textpage, page_no: int = 0) -> list[str]:
    width, height = page.get_size()
    tables = find_tables(page, textpage) if textpage.count_chars() else []
    lines: list[str] = []
    top = height + 10
    for t in tables:
        lines.extend(_band(textpage, width, t.top + 0.5, top))
        lines.extend(grid.render(t.grid))
        top = t.bottom - 0.5
    lines.extend(_band(textpage, width, -10, top))
    return _drop_page_numbers(lines, page_no)


def _band(textpage, width: float, bottom: float, top: float) -> list[str]:
    if top <= bottom:
        return []
    text = textpage.get_text_bounded(-10, bottom, width + 10, top)
    return join_wrapped([ln.strip() for ln in text.replace("\r", "\n").split("\n") if ln.strip()])


_FULL_SHARE = 0.9  # a line this close to the widest line of its band reaches the right margin
_MIN_FULL = 40  # display columns (a CJK character is two): shorter lines are never full
_ENDS = frozenset("。！？；：!?;:")


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def join_wrapped(lines: list[str]) -> list[str]:
    """The lines of a band of text as paragraphs: a PDF breaks a paragraph wherever the line is
    full, so a line that reaches the right margin (about as wide as the widest line, and wide)
    and does not end a sentence runs on into the next, unless that one starts a numbered item,
    a table row or an 附件 line."""
    if len(lines) < 2:
        return lines
    widths = [_columns(ln) for ln in lines]
    full = max(_MIN_FULL, _FULL_SHARE * max(widths))
    out = [lines[0]]
    for prev, w, line in zip(lines, widths, lines[1:], strict=False):
        if (
            w >= full
            and prev[-1] not in _ENDS
            and "|" not in prev
            and "|" not in line
            and not line.startswith("附件")
            and match_marker(line[:12]) is None
            and not _whole_title(prev)
            and _CLOCK_STAMP.search(prev) is None
        ):
            out[-1] += line
        elif w >= full and prev[-1] == "。" and " " in line and _row_cells(line):
            out[-1] += " " + line  # a table row's task cell ended at the margin: its other cells
        elif w >= full and prev[-1] in "：:；;" and _open_bracket(prev) and _closes_bracket(line):
            out[-1] += line  # "（牵头单位：…；配合单位：" wrapped after a label
        else:
            out.append(line)
    return out


# a web page's stamp line printed to PDF ("发布时间: 2024-03-29 12:33 信息来源: … 访问次数:"): a date
# with its clock time, no paragraph of the text
_CLOCK_STAMP = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}[:：]\d{2}")


def _whole_title(line: str) -> bool:
    """The line is a notice's whole title (its issuer, 关于, its kind at the end: "某县人民政府办公室
    关于印发…方案的通知"), set as wide as the body: it ends there, whatever follows."""
    return "关于" in line and notice_title([line]) == line


def _open_bracket(line: str) -> bool:
    """The line ends inside a bracket it opened ("…（牵头单位：县农业农村局；配合单位：")."""
    k = max(line.rfind("（"), line.rfind("("))
    return k >= 0 and "）" not in line[k:] and ")" not in line[k:]


def _closes_bracket(line: str) -> bool:
    """The line closes a bracket before it opens one and before a sentence ends."""
    for ch in line[:80]:
        if ch in "）)":
            return True
        if ch in "（(。":
            return False
    return False


_CELL_MAX = 16  # characters of a short cell (a unit, a person, a deadline)
_PROSE = re.compile(r"[。；;，,：:！!？?]")


def _row_cells(line: str) -> bool:
    """The cells after a table row's task cell, printed as a line of their own when the task
    cell ended a sentence at the margin: short fields apart by spaces (a person, a unit, a
    deadline), no sentence punctuation, and one of them names units."""
    fields = line.split()
    return (
        len(fields) >= 2
        and all(len(f) <= _CELL_MAX for f in fields)
        and _PROSE.search(line) is None
        and any(is_units(f) for f in fields)
    )


def _drop_page_numbers(lines: list[str], page_no: int = 0) -> list[str]:
    """The page number printed at the top or bottom of a page (- 3 -, 第3页, 3/12). A bare number
    is one only where it is the page's own (its place in the file, or one less after a cover):
    a table's row number that a page break left alone on the page's first or last line stays."""
    while lines and _is_page_number(lines[-1], page_no):
        lines.pop()
    if lines and _is_page_number(lines[0], page_no) and len(lines) > 1:
        lines.pop(0)
    return lines


def _is_page_number(line: str, page_no: int) -> bool:
    if not _PAGE_NUMBER.match(line):
        return False
    bare = line.strip()
    return not (bare.isdigit() and page_no and int(bare) not in (page_no, page_no - 1))


def _odd(ch: str) -> bool:
    o = ord(ch)
    return (
        0xE000 <= o <= 0xF8FF  # private use: a glyph without a Unicode mapping
        or o == 0xFFFD
        or (o < 0x20 and ch not in "\n\r\t")
        or 0x80 <= o < 0xA0
    )


def _no_text(text: str, pages: int, images: int) -> str | None:
    """Why the text layer cannot be used, or None."""
    visible = [c for c in text if not c.isspace()]
    if len(visible) < _MIN_CHARS_PER_PAGE * max(1, pages):
        return "no text layer (scanned pages)" if images else "no text layer"
    odd = sum(1 for c in visible if _odd(c))
    if odd > _MAX_ODD_SHARE * len(visible):
        return "text layer unreadable (fonts without a Unicode map)"
    return None


__all__ = ["Table", "read_pdf"]
