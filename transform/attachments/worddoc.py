"""DOC and WPS (Word 97-2003 binary, which WPS Writer also writes) -> text, with olefile.

The text is read as Word itself stores it ([MS-DOC] 2.4.1): the FIB at the start of the
`WordDocument` stream names the table stream (`0Table`/`1Table`) and the place of the piece
table (`Clx`); each piece is a run of characters, 8-bit (cp1252) or UTF-16LE. Only the main
document is read (its first `ccpText` characters: not footnotes or headers).

Special characters: paragraph marks end lines; cell marks (0x07) end table cells, and a cell
mark that closes a row's last cell ends the row, written as a "|" row; field codes
(0x13 … 0x14) are dropped and field results kept; pictures and drawn objects are dropped.
Encrypted files are `unsupported`.
"""

from __future__ import annotations

import io
import struct

from transform.attachments import grid, model
from transform.attachments.model import FileText
from transform.exceptions import AttachmentError, FileTooLarge, UnsupportedFile

_FC_CLX = 33  # index of fcClx/lcbClx in FibRgFcLcb97
_DROP = dict.fromkeys([0x01, 0x08, 0x0C, 0x1E, 0x1F, 0x02, 0x03, 0x04, 0x05], None)


def read_doc(data: bytes, fmt: str = "doc") -> FileText:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, IndexError, struct.error) as exc:
        raise AttachmentError(f"damaged OLE file: {exc}") from None
    try:
        if not ole.exists("WordDocument"):
            raise UnsupportedFile("an OLE file without a Word document (an old WPS format?)")
        word = _stream(ole, "WordDocument")
        flags = _u16(word, 0x0A)
        if _u16(word, 0) != 0xA5EC:
            raise UnsupportedFile("not a Word 97-2003 document (an older Word or WPS format)")
        if flags & 0x0100:
            raise UnsupportedFile("encrypted Word document: a password is needed")
        table_name = "1Table" if flags & 0x0200 else "0Table"
        if not ole.exists(table_name):
            raise AttachmentError(f"Word document without its {table_name} stream")
        table = _stream(ole, table_name)
    finally:
        ole.close()
    text = _main_text(word, table)
    return FileText(fmt, text="\n".join(_lines(text)))


def _stream(ole, name: str) -> bytes:
    size = ole.get_size(name)
    if size > model.MAX_UNZIPPED_BYTES:
        raise FileTooLarge(f"{name} stream of {size} bytes")
    try:
        return ole.openstream(name).read()
    except (OSError, ValueError, IndexError, struct.error) as exc:
        raise AttachmentError(f"damaged {name} stream: {exc}") from None


def _u16(b: bytes, at: int) -> int:
    if at + 2 > len(b):
        raise AttachmentError("Word document header cut short")
    return int(struct.unpack_from("<H", b, at)[0])


def _u32(b: bytes, at: int) -> int:
    if at + 4 > len(b):
        raise AttachmentError("Word document header cut short")
    return int(struct.unpack_from("<I", b, at)[0])


def _fib_fc_lcb(word: bytes) -> tuple[int, int, int]:
    """(ccpText, fcClx, lcbClx), found by walking the FIB's variable-length parts."""
    at = 32
    csw = _u16(word, at)
    at += 2 + 2 * csw
    cslw = _u16(word, at)
    lw = at + 2
    ccp_text = _u32(word, lw + 3 * 4)
    at = lw + 4 * cslw
    cb = _u16(word, at)
    if cb <= _FC_CLX:
        raise AttachmentError("Word document header has no piece table")
    base = at + 2
    return ccp_text, _u32(word, base + 8 * _FC_CLX), _u32(word, base + 8 * _FC_CLX + 4)


def _main_text(word: bytes, table: bytes) -> str:
    ccp_text, fc_clx, lcb_clx = _fib_fc_lcb(word)
    clx = table[fc_clx : fc_clx + lcb_clx]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: property modifiers before the piece table
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise AttachmentError("Word document without a readable piece table")
    lcb = _u32(clx, at + 1)
    plc = clx[at + 5 : at + 5 + lcb]
    n = (len(plc) - 4) // 12
    if n <= 0:
        return ""
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    parts: list[str] = []
    total = 0
    for i in range(n):
        start, end = cps[i], min(cps[i + 1], ccp_text)
        if end <= start:
            if cps[i] >= ccp_text:
                break
            continue
        fc = _u32(plc, 4 * (n + 1) + 8 * i + 2)
        count = end - start
        if fc & 0x40000000:
            off = (fc & 0x3FFFFFFF) // 2
            parts.append(word[off : off + count].decode("cp1252", errors="replace"))
        else:
            off = fc & 0x3FFFFFFF
            parts.append(word[off : off + 2 * count].decode("utf-16-le", errors="replace"))
        total += count
        if total > model.MAX_TEXT_CHARS:
            raise FileTooLarge(f"more than {model.MAX_TEXT_CHARS} characters of text")
    return _strip_fields("".join(parts))


def _strip_fields(text: str) -> str:
    """Field codes (0x13 code 0x14 result 0x15) -> the result; nested fields too."""
    if "\x13" not in text:
        return text
    out: list[str] = []
    depth_code: list[bool] = []  # per open field: still in its code part
    for ch in text:
        if ch == "\x13":
            depth_code.append(True)
        elif ch == "\x14" and depth_code:
            depth_code[-1] = False
        elif ch == "\x15" and depth_code:
            depth_code.pop()
        elif not any(depth_code):
            out.append(ch)
    return "".join(out)


def _lines(text: str) -> list[str]:
    """Paragraphs and table rows. Each cell ends in 0x07, and each row with one more 0x07 (the
    row mark, stored like an empty cell): an empty cell is told from the row mark by the number
    of cells of the table's first row. Paragraphs before a table's first cell are plain lines."""
    text = text.translate(_DROP).replace("\x0b", "\r")
    tokens = text.split("\x07")
    out: list[str] = []
    rows: list[list[str]] = []
    row: list[str] = []
    width = 0

    def flush() -> None:
        nonlocal rows, width
        if rows:
            out.extend(grid.render(grid.Grid(rows)))
        rows, width = [], 0

    for token in tokens[:-1]:
        if not token.strip() and row and (width == 0 or len(row) >= width):
            rows.append(row)  # the row mark
            width = width or len(row)
            row = []
            continue
        paras = [p.strip() for p in token.split("\r")]
        if not row and len(paras) > 1:
            flush()  # paragraphs between two tables (or before the first)
            out.extend(p for p in paras[:-1] if p)
            paras = paras[-1:]
        row.append(" ".join(p for p in paras if p))
    if row:
        rows.append(row)
    flush()
    out.extend(p.strip() for p in tokens[-1].split("\r") if p.strip())
    return out
