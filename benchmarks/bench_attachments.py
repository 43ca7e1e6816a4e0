"""Attached files: per format, planwatch's cost per file beside the plain library call.

Files are generated (`testbed.sites.attachfiles`) at a realistic size: a task table of 120 rows
(DOCX, XLSX, XLS, DOC/WPS, a 6-page PDF), an OFD of 120 lines, a ZIP of a DOCX and an XLSX.
For each format, per file:
- `plain`: the bare library call that only gets the text out (lxml over the parts for OOXML and
  OFD, xlrd cell values, PDFium's text of each page, olefile's WordDocument stream; for the ZIP,
  zipfile and the DOCX and XLSX plain calls);
- `read`: `transform.attachments.read_file` (format from the bytes, caps, structure: tables as
  "|" rows, merged cells, Word numbering);
- `parse`: `parse_document` of a short notice with the file attached (read + the tasks, units and
  targets of the file's text).
CPU time of this process, best of N rounds (the shared machine's noise only ever adds time).
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable

N_ROWS = 120


def _rows(n: int) -> list[list[str]]:
    units = ("县发展和改革局", "县工业和信息化局", "县住房和城乡建设局", "县农业农村局", "县教育和体育局")
    head = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    return [head] + [
        [
            str(i),
            f"新建项目{i}个，完成投资{i * 3}亿元",
            units[i % 5],
            units[(i + 1) % 5],
            f"2024年{i % 12 + 1}月底前",
        ]
        for i in range(1, n + 1)
    ]


def files() -> dict[str, tuple[str, bytes]]:
    from testbed.sites import attachfiles as af

    rows = _rows(N_ROWS)
    sheet = [["类别", *rows[0]]] + [
        ["产业发展" if i % 10 == 1 else "", *r] for i, r in enumerate(rows[1:], 1)
    ]
    merges = [(i + 0, 0, i + 9, 0) for i in range(1, N_ROWS, 10)]
    docx = af.docx_bytes([("p", "某县2024年重点工作任务分解表"), ("t", rows, [])])
    xlsx = af.xlsx_bytes([("任务", sheet, merges)])
    return {
        "docx": ("a.docx", docx),
        "xlsx": ("a.xlsx", xlsx),
        "xls": ("a.xls", af.xls_bytes([("任务", sheet, merges)])),
        "pdf": ("a.pdf", af.pdf_bytes([("p", "某县2024年重点工作任务分解表"), ("t", rows)])),
        "doc": ("a.doc", af.doc_bytes([("p", "某县2024年重点工作任务分解表"), ("t", rows)])),
        "ofd": (
            "a.ofd",
            af.ofd_bytes([f"{i}.{r[1]}，{r[2]}牵头，{r[4]}完成。" for i, r in enumerate(rows[1:], 1)]),
        ),
        "zip": ("a.zip", af.zip_bytes([("附件1.docx", docx), ("附件2.xlsx", xlsx)])),
    }


def _ooxml_text(data: bytes, part: str) -> str:
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return "".join(etree.fromstring(zf.read(part)).itertext())


def _xlsx_plain(data: bytes) -> str:
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        strings = "".join(etree.fromstring(zf.read("xl/sharedStrings.xml")).itertext())
        return strings + "".join(etree.fromstring(zf.read("xl/worksheets/sheet1.xml")).itertext())


def _xls_plain(data: bytes) -> str:
    import xlrd

    book = xlrd.open_workbook(file_contents=data)
    return "".join(str(v) for s in book.sheets() for r in range(s.nrows) for v in s.row_values(r))


def _pdf_plain(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def _doc_plain(data: bytes) -> str:
    import olefile

    with olefile.OleFileIO(data) as ole:
        return ole.openstream("WordDocument").read()[1024:].decode("utf-16-le", "replace")


def _ofd_plain(data: bytes) -> str:
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        pages = [n for n in zf.namelist() if n.endswith("Content.xml")]
        return "".join("".join(etree.fromstring(zf.read(n)).itertext()) for n in pages)


def _zip_plain(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        docx, xlsx = (zf.read(n) for n in zf.namelist())
    return _ooxml_text(docx, "word/document.xml") + _xlsx_plain(xlsx)


PLAIN: dict[str, tuple[str, Callable[[bytes], str]]] = {
    "docx": ("zipfile + lxml itertext of document.xml", lambda d: _ooxml_text(d, "word/document.xml")),
    "xlsx": ("zipfile + lxml itertext of the sheet", _xlsx_plain),
    "xls": ("xlrd cell values", _xls_plain),
    "pdf": ("pypdfium2 text of each page", _pdf_plain),
    "doc": ("olefile WordDocument stream", _doc_plain),
    "ofd": ("zipfile + lxml itertext of the page", _ofd_plain),
    "zip": ("zipfile + the DOCX and XLSX plain calls", _zip_plain),
}
NOTICE = "<html><body><h1>关于印发《某县2024年重点工作任务分解表》的通知</h1><p>现将任务分解表印发给你们。</p></body></html>"


def _best(fn: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best * 1000


def run(quick: bool = False) -> list[dict]:
    from planwatch.records import AttachedFile
    from transform.attachments import read_file
    from transform.document import parse_document

    rounds = 2 if quick else 7
    rows: list[dict] = []
    for fmt, (name, data) in files().items():
        what, plain = PLAIN[fmt]
        att = [AttachedFile(name, data)]
        text = read_file(data, name)
        parsed = parse_document(NOTICE, source="bench", attachments=att)
        t_plain = _best(lambda d=data, f=plain: f(d), rounds)  # type: ignore[misc]
        t_read = _best(lambda d=data, n=name: read_file(d, n), rounds)  # type: ignore[misc]
        t_parse = _best(lambda a=att: parse_document(NOTICE, source="bench", attachments=a), rounds)  # type: ignore[misc]
        rows += [
            {
                "benchmark": "attachments",
                "measure": f"{fmt}: plain ({what})",
                "value": t_plain,
                "unit": "ms/file",
            },
            {"benchmark": "attachments", "measure": f"{fmt}: read_file", "value": t_read, "unit": "ms/file"},
            {
                "benchmark": "attachments",
                "measure": f"{fmt}: parse_document with it",
                "value": t_parse,
                "unit": "ms/file",
            },
            {
                "benchmark": "attachments",
                "measure": f"{fmt}: read / plain",
                "value": t_read / max(t_plain, 1e-6),
                "unit": "x",
            },
            {
                "benchmark": "attachments",
                "measure": f"{fmt}: {len(data) // 1024} KB, status {text.status}, tasks/targets",
                "value": f"{len(parsed.tasks)}/{len(parsed.targets)}",
            },
        ]
    return rows
