"""DOCX (and DOCM) -> text: paragraphs and tables in document order.

Read straight from the OOXML parts (`word/document.xml`, `numbering.xml`, `styles.xml`) with
lxml: tables stay where they are, as "|" rows (`grid`), merged cells (`w:gridSpan`,
`w:vMerge`) kept as merged ranges; numbered paragraphs get the label Word shows (`wordlists`).
Deleted revisions, field codes and the fallback copies of text boxes are left out. Macros
(`vbaProject.bin`) are never run; their presence is noted.
"""

from __future__ import annotations

from lxml import etree

from transform.attachments import grid
from transform.attachments.model import FileText
from transform.attachments.safezip import SafeZip, open_zip
from transform.attachments.wordlists import Numbering
from transform.attachments.xmlparts import local, parse
from transform.exceptions import AttachmentError

_SKIP = frozenset({"instrText", "delText", "del", "Fallback", "txbxContent", "footnoteReference", "rPh"})
_CONTAINERS = frozenset({"sdt", "sdtContent", "customXml", "smartTag", "ins", "hyperlink", "fldSimple"})


def read_docx(data: bytes) -> FileText:
    z = open_zip(data)
    try:
        root = parse(z.read("word/document.xml"), "word/document.xml")
        styles = _style_numbering(_optional(z, "word/styles.xml"))
        numbering = Numbering.read(_optional(z, "word/numbering.xml"))
        lines: list[str] = []
        body = next((el for el in root if local(el.tag) == "body"), root)
        _blocks(body, _Reader(numbering, styles), lines)
        macros = any(n.lower().endswith("vbaproject.bin") for n in z.names())
    finally:
        z.close()
    error = "macros present (never run)" if macros else None
    return FileText("docx", text="\n".join(lines), error=error)


def _optional(z: SafeZip, name: str) -> etree._Element | None:
    if not z.has(name):
        return None
    try:
        return parse(z.read(name), name)
    except AttachmentError:
        return None


def _style_numbering(root: etree._Element | None) -> dict[str, tuple[str, int]]:
    """Paragraph style id -> (numId, ilvl) of the list the style numbers with (after basedOn)."""
    if root is None:
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for st in root:
        if local(st.tag) != "style":
            continue
        sid = _attr(st, "styleId")
        num_id, ilvl = None, None
        for el in st.iter():
            name = local(el.tag)
            if name == "basedOn":
                based[sid] = _attr(el, "val")
            elif name == "numId":
                num_id = _attr(el, "val")
            elif name == "ilvl":
                ilvl = int(_attr(el, "val") or 0) if _attr(el, "val").isdigit() else 0
        own[sid] = (num_id, ilvl)
    out: dict[str, tuple[str, int]] = {}
    for sid in own:
        cur, hops = sid, 0
        while cur and hops < 10:
            num_id, ilvl = own.get(cur, (None, None))
            if num_id:
                out[sid] = (num_id, ilvl or 0)
                break
            cur, hops = based.get(cur, ""), hops + 1
    return out


def _attr(el: etree._Element, name: str) -> str:
    for key, value in el.attrib.items():
        if local(key) == name:
            return str(value)
    return ""


class _Reader:
    def __init__(self, numbering: Numbering, styles: dict[str, tuple[str, int]]) -> None:
        self.numbering, self.styles = numbering, styles

    def paragraph(self, p: etree._Element) -> str:
        label = self._label(p)
        parts: list[str] = []
        _text(p, parts)
        text = "".join(parts).strip()
        if not text:
            return ""
        return f"{label}{text}" if label else text

    def _label(self, p: etree._Element) -> str:
        num_id, ilvl, style = None, 0, ""
        for ppr in p:
            if local(ppr.tag) != "pPr":
                continue
            for el in ppr:
                name = local(el.tag)
                if name == "pStyle":
                    style = _attr(el, "val")
                elif name == "numPr":
                    for sub in el:
                        if local(sub.tag) == "numId":
                            num_id = _attr(sub, "val")
                        elif local(sub.tag) == "ilvl" and _attr(sub, "val").isdigit():
                            ilvl = int(_attr(sub, "val"))
        if num_id is None and style in self.styles:
            num_id, ilvl = self.styles[style]
        if not num_id or num_id == "0":
            return ""
        return self.numbering.label(num_id, ilvl)


def _text(el: etree._Element, parts: list[str]) -> None:
    """The visible text under an element, in order (runs, tabs, line breaks)."""
    for child in el:
        name = local(child.tag)
        if name in _SKIP:
            continue
        if name == "t":
            parts.append(child.text or "")
        elif name == "tab" or name == "ptab":
            parts.append(" ")
        elif name in ("br", "cr"):
            parts.append("\n")
        elif name == "noBreakHyphen":
            parts.append("-")
        elif name != "pPr" and name != "rPr":
            _text(child, parts)


def _blocks(el: etree._Element, reader: _Reader, out: list[str]) -> None:
    for child in el:
        name = local(child.tag)
        if name == "p":
            text = reader.paragraph(child)
            if text:
                out.extend(line.strip() for line in text.split("\n") if line.strip())
        elif name == "tbl":
            out.extend(grid.render(_table(child, reader)))
        elif name in _CONTAINERS:
            _blocks(child, reader, out)


def _table(tbl: etree._Element, reader: _Reader) -> grid.Grid:
    """A w:tbl as a grid: gridSpan merges across, vMerge down; nested tables flattened."""
    cells: list[list[str]] = []
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    open_down: dict[int, tuple[int, int]] = {}  # column -> top-left of the range merged down to here
    for tr in (el for el in tbl if local(el.tag) == "tr"):
        r = len(cells)
        row: list[str] = []
        for el in tr:
            name = local(el.tag)
            if name == "trPr":
                for sub in el:
                    if local(sub.tag) == "gridBefore" and _attr(sub, "val").isdigit():
                        row.extend([""] * min(int(_attr(sub, "val")), 64))
            if name != "tc":
                continue
            span, vmerge = 1, None
            for tcpr in (x for x in el if local(x.tag) == "tcPr"):
                for sub in tcpr:
                    if local(sub.tag) == "gridSpan" and _attr(sub, "val").isdigit():
                        span = max(1, min(int(_attr(sub, "val")), 64))
                    elif local(sub.tag) == "vMerge":
                        vmerge = _attr(sub, "val") or "continue"
            c = len(row)
            if vmerge == "continue" and c in open_down:
                top = open_down[c]
                spans[top] = (r, c + span - 1)
                row.extend([""] * span)
                continue
            lines: list[str] = []
            _blocks(el, reader, lines)
            row.append(" ".join(lines))
            row.extend([""] * (span - 1))
            if span > 1:
                spans[(r, c)] = (r, c + span - 1)
            for k in range(c, c + span):
                open_down.pop(k, None)
            if vmerge == "restart":
                open_down[c] = (r, c)
        cells.append(row)
    return grid.Grid(cells, spans)
