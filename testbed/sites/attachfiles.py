"""Attached files for tests and sample sites, generated deterministically from content given
here (same content, same bytes): DOCX (hand-written OOXML, Word list numbering), XLSX
(xlsxwriter, merged cells), XLS (xlwt), text PDF and image-only PDF (reportlab, its built-in
CJK font STSong-Light), DOC/WPS (`ole`), OFD (hand-written page XML) and ZIP.

`reportlab` and `xlwt` are test-only dependencies (requirements.in, "tests"); they are imported
inside the functions that use them.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from testbed.sites.ole import word_document, word_text

_FIXED = (2024, 1, 1, 0, 0, 0)  # every ZIP entry's time: the same bytes on every build
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

Rows = list[list[str]]
Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based)


def zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    """A ZIP of (name, bytes), deflated, with fixed times."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=_FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800  # UTF-8 names (Chinese file names)
            zf.writestr(info, data)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""
# one list: level 0 "一、", level 1 "（一）", level 2 "1." (Word's own numbering, no typed numbers)
_NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{_W}">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(text: str, level: int | None = None) -> str:
    num = (
        f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        if level is not None
        else ""
    )
    return f"<w:p>{num}{_run(text)}</w:p>"


def _table(rows: Rows, merges: list[Merge]) -> str:
    """A w:tbl; merges down become vMerge restart/continue, merges across gridSpan."""
    covered: dict[tuple[int, int], str] = {}
    spans: dict[tuple[int, int], int] = {}
    for r0, c0, r1, c1 in merges:
        spans[(r0, c0)] = c1 - c0 + 1
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered[(r, c)] = "continue" if c == c0 else "skip"
        if r1 > r0:
            covered[(r0, c0)] = "restart"
    out = ["<w:tbl>"]
    for r, row in enumerate(rows):
        out.append("<w:tr>")
        for c, cell in enumerate(row):
            state = covered.get((r, c))
            if state == "skip":
                continue
            props = ""
            if spans.get((r, c), 1) > 1 or (state == "continue" and any((r0, c) in spans for r0 in range(r))):
                width = spans.get((r, c)) or next(
                    spans[(r0, c)] for r0 in range(r, -1, -1) if (r0, c) in spans
                )
                props += f'<w:gridSpan w:val="{width}"/>' if width > 1 else ""
            if state in ("restart", "continue"):
                props += '<w:vMerge w:val="restart"/>' if state == "restart" else "<w:vMerge/>"
            text = "" if state == "continue" else cell
            out.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{_para(text) if text else '<w:p/>'}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx_bytes(blocks: list[tuple]) -> bytes:
    """Blocks: ("p", text), ("n", level, text) a paragraph numbered by Word's list (level 0 一、,
    1 （一）, 2 1.), ("t", rows, merges) a table."""
    body = []
    for block in blocks:
        if block[0] == "p":
            body.append(_para(block[1]))
        elif block[0] == "n":
            body.append(_para(block[2], block[1]))
        else:
            body.append(_table(block[1], block[2] if len(block) > 2 else []))
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
    return zip_bytes(
        [
            ("[Content_Types].xml", _CONTENT_TYPES.encode()),
            ("_rels/.rels", _RELS.encode()),
            ("word/_rels/document.xml.rels", _DOC_RELS.encode()),
            ("word/document.xml", document.encode()),
            ("word/numbering.xml", _NUMBERING.encode()),
        ]
    )


# ---------------------------------------------------------------------------------------------
# spreadsheets
# ---------------------------------------------------------------------------------------------


def xlsx_bytes(sheets: list[tuple[str, Rows, list[Merge]]]) -> bytes:
    """Sheets of (name, rows, merged ranges), through xlsxwriter (fixed document times)."""
    import xlsxwriter

    out = io.BytesIO()
    wb = xlsxwriter.Workbook(out, {"in_memory": True})
    wb.set_properties({"created": datetime(2024, 1, 1)})
    for name, rows, merges in sheets:
        ws = wb.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell != "":
                    ws.write(r, c, cell)
        for r0, c0, r1, c1 in merges:
            ws.merge_range(r0, c0, r1, c1, rows[r0][c0])
    wb.close()
    return _rezip(out.getvalue())


def _rezip(data: bytes) -> bytes:
    """The same ZIP with fixed entry times (a writer's own times vary between builds)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zip_bytes([(n, zf.read(n)) for n in zf.namelist()])


def xls_bytes(sheets: list[tuple[str, Rows, list[Merge]]]) -> bytes:
    """An Excel 97-2003 (BIFF8) workbook through xlwt; WPS's .et files are the same bytes."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    for name, rows, merges in sheets:
        ws = wb.add_sheet(name)
        merged = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for r0, c0, r1, c1 in merges:
            ws.write_merge(r0, r1, c0, c1, rows[r0][c0])
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell != "" and (r, c) not in merged:
                    ws.write(r, c, cell)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------


def pdf_bytes(blocks: list[tuple], *, encrypt: str | None = None, fit_tables: bool = False) -> bytes:
    """A text PDF (reportlab, STSong-Light): ("p", text) paragraphs, ("t", rows) ruled tables.
    `encrypt`: a user password (the file then needs it to open). `fit_tables`: every table's
    columns share the page width evenly, with narrow padding (a wide table then fits A4)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("cn", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")
    cell = ParagraphStyle("cell", parent=style, fontSize=9, leading=12)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, invariant=1, encrypt=encrypt, leftMargin=15 * mm, rightMargin=15 * mm
    )
    story: list = []
    for block in blocks:
        if block[0] == "p":
            story.append(Paragraph(escape(block[1]), style))
        else:
            data = [[Paragraph(escape(c), cell) for c in row] for row in block[1]]
            columns = max(len(r) for r in data)
            widths = [doc.width / columns] * columns if fit_tables else None
            table = Table(data, repeatRows=1, colWidths=widths)
            grid: list[tuple] = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
            if fit_tables:
                grid += [("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1)]
            table.setStyle(TableStyle(grid))
            story.append(table)
    doc.build(story)
    return out.getvalue()


def scanned_pdf_bytes(pages: int = 1) -> bytes:
    """A PDF of page images only (a scan): no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for k in range(pages):
        image = Image.new("L", (600, 840), 255)
        draw = ImageDraw.Draw(image)
        for i in range(20):  # lines of "print"
            draw.rectangle((60, 80 + 35 * i, 540 - 7 * ((i + k) % 5) * 10, 95 + 35 * i), fill=40)
        c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# DOC / WPS, OFD
# ---------------------------------------------------------------------------------------------


def doc_bytes(blocks: list[tuple]) -> bytes:
    """A Word 97-2003 file (also what WPS Writer saves as .wps): ("p", text), ("t", rows)."""
    return word_document(word_text([(b[0], b[1]) for b in blocks]))


def ofd_bytes(lines: list[str]) -> bytes:
    """An OFD file of one page per 40 lines: each line a TextObject at its place (mm)."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    pages = [lines[i : i + 40] for i in range(0, max(len(lines), 1), 40)]
    ofd = f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'
    page_list = "".join(
        f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages))
    )
    document = f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:Pages>{page_list}</ofd:Pages></ofd:Document>'
    members = [("OFD.xml", ofd.encode()), ("Doc_0/Document.xml", document.encode())]
    for i, page in enumerate(pages):
        objs = []
        for k, line in enumerate(page):
            # two runs per line, written right half first: reading order comes from the places
            half = len(line) // 2
            y = 20 + 6 * k
            for x, part in ((20 + 4 * half, line[half:]), (20, line[:half])):
                if part:
                    objs.append(
                        f'<ofd:TextObject ID="{k}" Boundary="{x} {y} 170 5" Font="1" Size="4">'
                        f'<ofd:TextCode X="0" Y="4">{escape(part)}</ofd:TextCode></ofd:TextObject>'
                    )
        content = f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Content><ofd:Layer ID="0">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>'
        members.append((f"Doc_0/Pages/Page_{i}/Content.xml", content.encode()))
    return zip_bytes(members)
