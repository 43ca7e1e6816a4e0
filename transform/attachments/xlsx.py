"""XLSX (and XLSM) -> text: every sheet as a grid of its cells and merged ranges (`grid`).

Read with lxml from the sheet parts, cell by cell as they are stored (sparse): a sheet whose
`<dimension>` or last cell claims a billion rows costs what it stores, and rows past
`MAX_ROWS` are not read (the file is then `too_large`). Shared strings, inline strings, numbers
and dates (by the cell's number format) are read; formulas give their cached value. Macros are
never run; their presence is noted.
"""

from __future__ import annotations

import io
import posixpath
import re
from datetime import datetime, timedelta

from lxml import etree

from transform.attachments import grid, model
from transform.attachments.model import FileText
from transform.attachments.safezip import SafeZip, open_zip
from transform.attachments.xmlparts import local, parse
from transform.exceptions import AttachmentError, FileTooLarge

_REF = re.compile(r"^([A-Za-z]{1,3})(\d{1,10})$")
_DATE_IDS = frozenset(
    {14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58}
)
_DATE_FMT = re.compile(r"[yd]|m(?![^\[]*\])", re.I)
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def read_xlsx(data: bytes) -> FileText:
    z = open_zip(data)
    try:
        sheets = _sheet_parts(z)
        strings = _shared_strings(z)
        dates = _date_styles(z)
        lines: list[str] = []
        budget = [model.MAX_CELLS]
        for _name, part in sheets:
            if z.has(part):
                lines.extend(grid.render(_read_sheet(z.read(part), strings, dates, budget)))
        macros = any(n.lower().endswith("vbaproject.bin") for n in z.names())
    finally:
        z.close()
    return FileText(
        "xlsx",
        text="\n".join(lines),
        pages=len(sheets),
        error="macros present (never run)" if macros else None,
    )


def _sheet_parts(z: SafeZip) -> list[tuple[str, str]]:
    """(sheet name, part path) in workbook order, through the workbook's relationships."""
    wb = parse(z.read("xl/workbook.xml"), "xl/workbook.xml")
    rels: dict[str, str] = {}
    if z.has("xl/_rels/workbook.xml.rels"):
        for rel in parse(z.read("xl/_rels/workbook.xml.rels"), "workbook rels"):
            target = rel.get("Target") or ""
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
            rels[rel.get("Id") or ""] = path
    out = []
    for i, el in enumerate(x for x in wb.iter() if local(x.tag) == "sheet"):
        rid = next((v for k, v in el.attrib.items() if local(k) == "id"), "")
        part = rels.get(rid) or f"xl/worksheets/sheet{i + 1}.xml"
        out.append((el.get("name") or f"Sheet{i + 1}", part))
    return out


def _shared_strings(z: SafeZip) -> list[str]:
    if not z.has("xl/sharedStrings.xml"):
        return []
    root = parse(z.read("xl/sharedStrings.xml"), "sharedStrings.xml")
    return [_rich_text(si) for si in root if local(si.tag) == "si"]


def _rich_text(el: etree._Element) -> str:
    """The text of an <si>/<is>: its <t>, or its runs' <t>, without phonetic runs (rPh)."""
    parts = []
    for child in el:
        name = local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if local(t.tag) == "t")
    return "".join(parts)


def _date_styles(z: SafeZip) -> set[int]:
    """Indexes of the cell styles (cellXfs) whose number format shows a date."""
    if not z.has("xl/styles.xml"):
        return set()
    root = parse(z.read("xl/styles.xml"), "styles.xml")
    custom: dict[int, str] = {}
    out: set[int] = set()
    for el in root.iter():
        if local(el.tag) == "numFmt" and (el.get("numFmtId") or "").isdigit():
            custom[int(el.get("numFmtId") or 0)] = el.get("formatCode") or ""
    xfs = next((el for el in root if local(el.tag) == "cellXfs"), None)
    for i, xf in enumerate(x for x in (xfs if xfs is not None else []) if local(x.tag) == "xf"):
        fid = int(xf.get("numFmtId") or 0) if (xf.get("numFmtId") or "").isdigit() else 0
        code = custom.get(fid)
        if fid in _DATE_IDS or (code and _DATE_FMT.search(_QUOTED.sub("", code))):
            out.add(i)
    return out


def _col(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def _ref(ref: str) -> tuple[int, int] | None:
    m = _REF.match(ref or "")
    return (int(m.group(2)) - 1, _col(m.group(1))) if m else None


def _read_sheet(xml: bytes, strings: list[str], dates: set[int], budget: list[int]) -> grid.Grid:
    """The cells of one sheet part (streamed), and its merged ranges."""
    cells: dict[tuple[int, int], str] = {}
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    row_no, col_no = -1, -1
    try:
        for _event, el in etree.iterparse(
            io.BytesIO(xml), events=("end",), resolve_entities=False, no_network=True, huge_tree=False
        ):
            name = local(el.tag)
            if name == "c":
                at = _ref(el.get("r") or "")
                r, c = at if at else (row_no, col_no + 1)
                col_no = c
                if r >= model.MAX_ROWS or c >= model.MAX_COLUMNS:
                    raise FileTooLarge(
                        f"a cell at row {r + 1}, column {c + 1} (caps {model.MAX_ROWS} rows, {model.MAX_COLUMNS} columns)"
                    )
                value = _value(el, strings, dates)
                if value:
                    budget[0] -= 1
                    if budget[0] < 0:
                        raise FileTooLarge(f"more than {model.MAX_CELLS} cells")
                    cells[(r, c)] = value
                el.clear()
            elif name == "row":
                rr = el.get("r") or ""
                row_no = int(rr) - 1 if rr.isdigit() else row_no + 1
                col_no = -1
                el.clear()
            elif name == "mergeCell":
                a, _, b = (el.get("ref") or "").partition(":")
                top, bottom = _ref(a), _ref(b or a)
                if top and bottom and bottom[0] < model.MAX_ROWS and bottom[1] < model.MAX_COLUMNS:
                    spans[top] = bottom
    except etree.XMLSyntaxError as exc:
        raise AttachmentError(f"sheet is not readable XML: {exc}") from None
    if not cells:
        return grid.Grid([], {})
    n_rows = max(r for r, _ in cells) + 1
    n_cols = max(c for _, c in cells) + 1
    rows = [[""] * n_cols for _ in range(n_rows)]
    for (r, c), v in cells.items():
        rows[r][c] = v
    return grid.Grid(rows, {k: v for k, v in spans.items() if k[0] < n_rows})


def _value(el: etree._Element, strings: list[str], dates: set[int]) -> str:
    kind = el.get("t") or "n"
    v = None
    for child in el:
        name = local(child.tag)
        if name == "v":
            v = child.text or ""
        elif name == "is":
            return _rich_text(child)
    if v is None:
        return ""
    if kind == "s":
        return strings[int(v)] if v.isdigit() and int(v) < len(strings) else ""
    if kind in ("str", "inlineStr", "e"):
        return v
    if kind == "b":
        return "TRUE" if v == "1" else "FALSE"
    style = el.get("s") or ""
    if style.isdigit() and int(style) in dates:
        return excel_date(v)
    return number_text(v)


def excel_date(serial: str) -> str:
    """An Excel date serial as 2024年6月30日 (the way plans print a deadline)."""
    try:
        when = datetime(1899, 12, 30) + timedelta(days=float(serial))
    except (ValueError, OverflowError):
        return serial
    return f"{when.year}年{when.month}月{when.day}日"


def number_text(v: str) -> str:
    """12.0 -> 12; 0.35 stays; a non-number as it is."""
    try:
        f = float(v)
    except ValueError:
        return v
    if f.is_integer() and abs(f) < 1e15:
        return str(int(f))
    return repr(round(f, 10)).rstrip("0").rstrip(".") if "e" not in repr(f) else v
