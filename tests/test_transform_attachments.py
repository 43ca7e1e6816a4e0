"""Attached files (DOCX, XLSX, XLS/ET, PDF, DOC/WPS, OFD, ZIP) -> the notice's tasks and targets.

Every file is generated here from content written in the test (`testbed.sites.attachfiles`);
each test checks the tasks, units, deadlines and targets against what was written into it.
"""

from __future__ import annotations

from datetime import date

import pytest

from planwatch.records import AttachedFile
from testbed.sites import attachfiles as af
from transform.attachments import read_file
from transform.attachments.sniff import detect
from transform.document import parse_document
from transform.tables import build_tables

NOTICE = (
    "<html><head><title>关于印发《城关县2024年重点工作任务分解表》的通知</title></head><body>"
    "<h1>关于印发《城关县2024年重点工作任务分解表》的通知</h1>"
    "<p>各乡镇人民政府，县直各单位：现将《城关县2024年重点工作任务分解表》印发给你们，请认真抓好落实。</p>"
    "<p>附件：城关县2024年重点工作任务分解表</p><p>城关县人民政府办公室</p><p>2024年3月1日</p></body></html>"
).encode()

HEAD = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    HEAD,
    ["1", "新建5G基站200个", "县工信局", "县通信发展办", "2024年12月底前"],
    ["2", "改造老旧小区12个", "县住建局", "各乡镇", "2024年10月底前"],
    ["3", "新增义务教育学位1000个", "县教育局", "县财政局", "2024年8月底前"],
]


def _parse(name: str, data: bytes, page: bytes = NOTICE):
    return parse_document(
        page, source="t", url="http://127.0.0.1/n/1.html", attachments=[AttachedFile(name, data)]
    )


def _titles(parsed) -> list[str]:
    return [t["title"] for t in parsed.tasks]


def _check_rows(parsed, label: str = "附件") -> None:
    """The three tasks of ROWS: units, deadline, one target each, the annex label, origin."""
    assert _titles(parsed) == ["新建5G基站200个", "改造老旧小区12个", "新增义务教育学位1000个"]
    assert [t["path"][0] for t in parsed.tasks] == [label] * 3
    assert [t["lead_units"] for t in parsed.tasks] == [["县工信局"], ["县住建局"], ["县教育局"]]
    assert parsed.tasks[0]["participating_units"] == ["县通信发展办"]
    assert [t["deadline"] for t in parsed.tasks] == [
        date(2024, 12, 31),
        date(2024, 10, 31),
        date(2024, 8, 31),
    ]
    assert sorted(t["value"] for t in parsed.targets) == [12.0, 200.0, 1000.0]
    d = parsed.document
    assert d["is_plan"] and d["n_tasks"] == 3 and d["n_targets"] == 3


def test_docx_task_table_under_a_word_numbered_heading():
    data = af.docx_bytes([("p", "城关县2024年重点工作任务分解表"), ("t", ROWS, [])])
    p = _parse("附件：任务分解表.docx", data)
    _check_rows(p)
    assert {t["origin"] for t in p.tasks} == {"附件：任务分解表.docx"}
    assert {t["origin"] for t in p.targets} == {"附件：任务分解表.docx"}
    [row] = p.attachments
    assert row["format"] == "docx" and row["status"] == "parsed" and row["n_tasks"] == 3 and row["chars"] > 50


def test_docx_word_list_numbering_gives_the_printed_labels():
    """No typed numbers: 一、（一）1. come from numbering.xml, as Word shows them."""
    data = af.docx_bytes(
        [
            ("p", "城关县2024年重点工作任务"),
            ("n", 0, "产业发展"),
            ("n", 1, "工业经济"),
            ("n", 2, "新建标准厂房3万平方米，县工信局牵头，2024年6月底前完成。"),
            ("n", 2, "培育规上工业企业5家，县工信局牵头。"),
            ("n", 0, "民生保障"),
            ("n", 2, "新增城镇就业1500人，县人社局牵头。"),
        ]
    )
    text = read_file(data, "x.docx").text
    assert "一、产业发展\n（一）工业经济\n1.新建标准厂房" in text and "二、民生保障" in text
    p = _parse("附件1.docx", data)
    assert [t["path"] for t in p.tasks] == [
        ["附件1", "一", "(一)", "1"],
        ["附件1", "一", "(一)", "2"],
        ["附件1", "二", "1"],
    ]
    assert p.tasks[0]["deadline"] == date(2024, 6, 30)
    assert sorted(t["value"] for t in p.targets) == [3.0, 5.0, 1500.0]


def test_docx_merged_category_cells_become_the_section():
    rows = [
        ["类别", "序号", "工作任务", "牵头单位", "完成时限"],
        ["产业发展", "1", "新建5G基站200个", "县工信局", "2024年底前"],
        ["", "2", "建设冷链仓储中心1个", "县商务局", "2024年底前"],
        ["民生保障", "3", "新增义务教育学位1000个", "县教育局", "2024年9月底前"],
    ]
    data = af.docx_bytes([("p", "城关县2024年重点工作任务分解表"), ("t", rows, [(1, 0, 2, 0)])])
    p = _parse("任务.docx", data)
    assert [t["section"] for t in p.tasks] == ["产业发展", "产业发展", "民生保障"]
    assert [t["lead_units"] for t in p.tasks] == [["县工信局"], ["县商务局"], ["县教育局"]]


XLSX_ROWS = [
    ["城关县2024年重点工作任务分解表"],
    ["类别", "序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
    ["产业发展", "1", "新建5G基站200个", "县工信局", "县通信发展办", "2024年12月底前"],
    ["", "2", "改造老旧小区12个", "县住建局", "各乡镇", "2024年10月底前"],
    ["民生保障", "3", "新增义务教育学位1000个", "县教育局", "县财政局", "2024年8月底前"],
]
XLSX_MERGES = [(0, 0, 0, 5), (2, 0, 3, 0)]


@pytest.mark.parametrize("fmt", ["xlsx", "xls", "et"])
def test_spreadsheet_rows_are_tasks_read_by_column(fmt):
    make = af.xlsx_bytes if fmt == "xlsx" else af.xls_bytes
    data = make([("任务分解", XLSX_ROWS, XLSX_MERGES)])
    assert detect(data, f"附件.{fmt}") == fmt
    p = _parse(f"附件.{fmt}", data)
    _check_rows(p)
    assert [t["section"] for t in p.tasks] == ["产业发展", "产业发展", "民生保障"]
    assert p.attachments[0]["format"] == fmt and p.attachments[0]["pages"] == 1


def test_xlsx_every_sheet_two_row_header_and_date_cells():
    """Two sheets; the second has a two-row header (责任单位 over 牵头 | 配合) and real dates."""
    import io

    import xlsxwriter

    out = io.BytesIO()
    wb = xlsxwriter.Workbook(out, {"in_memory": True})
    ws1 = wb.add_worksheet("产业")
    for r, row in enumerate(ROWS[:2]):
        ws1.write_row(r, 0, row)
    ws2 = wb.add_worksheet("民生")
    ws2.merge_range(0, 0, 1, 0, "序号")
    ws2.merge_range(0, 1, 1, 1, "工作任务")
    ws2.merge_range(0, 2, 0, 3, "责任单位")
    ws2.write_row(1, 2, ["牵头单位", "配合单位"])
    ws2.merge_range(0, 4, 1, 4, "完成时限")
    ws2.write_row(2, 0, ["1", "新增义务教育学位1000个", "县教育局", "县财政局"])
    from datetime import datetime

    ws2.write_datetime(2, 4, datetime(2024, 8, 31), wb.add_format({"num_format": "yyyy-mm-dd"}))
    wb.close()
    text = read_file(out.getvalue(), "x.xlsx")
    assert text.pages == 2 and "2024年8月31日" in text.text
    p = _parse("附件.xlsx", out.getvalue())
    assert _titles(p) == ["新建5G基站200个", "新增义务教育学位1000个"]
    assert p.tasks[1]["lead_units"] == ["县教育局"] and p.tasks[1]["participating_units"] == ["县财政局"]
    assert p.tasks[1]["deadline"] == date(2024, 8, 31)


def test_text_pdf_paragraphs_and_ruled_table():
    data = af.pdf_bytes(
        [
            ("p", "城关县2024年重点工作任务分解表"),
            ("p", "一、加快项目建设"),
            ("p", "1.新建农村公路50公里，县交通运输局牵头，2024年11月底前完成。"),
            ("p", "二、重点民生事项"),
            ("t", ROWS),
        ]
    )
    text = read_file(data, "downfile.jsp")
    assert text.format == "pdf" and text.status == "parsed" and text.pages == 1
    assert "1 | 新建5G基站200个 | 县工信局 | 县通信发展办 | 2024年12月底前" in text.text
    p = _parse("附件.pdf", data)
    assert _titles(p)[0] == "新建农村公路50公里，县交通运输局牵头，2024年11月底前完成"
    assert _titles(p)[1:] == ["新建5G基站200个", "改造老旧小区12个", "新增义务教育学位1000个"]
    assert p.tasks[0]["lead_units"] == ["县交通运输局"] and p.tasks[0]["deadline"] == date(2024, 11, 30)
    assert sorted(t["value"] for t in p.targets) == [12.0, 50.0, 200.0, 1000.0]


def test_scanned_pdf_is_recorded_as_scanned_without_ocr():
    p = _parse("附件.pdf", af.scanned_pdf_bytes(2))
    [row] = p.attachments
    assert (row["status"], row["pages"], row["chars"]) == ("scanned", 2, 0)
    assert p.tasks == [] and "附件.pdf: scanned" in (p.document["parse_note"] or "")
    assert p.document["is_plan"]  # a 印发 notice of a named plan whose tasks were not read: flagged


@pytest.mark.parametrize("name,fmt", [("附件.doc", "doc"), ("附件.wps", "wps")])
def test_word_97_and_wps_files(name, fmt):
    data = af.doc_bytes([("p", "城关县2024年重点工作任务分解表"), ("t", ROWS)])
    assert detect(data, name) == fmt
    p = _parse(name, data)
    _check_rows(p)
    assert p.attachments[0]["format"] == fmt


def test_ofd_text_in_reading_order():
    lines = [
        "城关县2024年重点工作任务",
        "一、产业发展",
        "1.新建5G基站200个，县工信局牵头，2024年12月底前完成。",
        "2.改造老旧小区12个，县住建局牵头，2024年10月底前完成。",
    ]
    data = af.ofd_bytes(lines)
    text = read_file(data, "x.ofd")
    assert text.format == "ofd" and text.text.split("\n") == lines
    p = _parse("附件.ofd", data)
    assert [t["path"] for t in p.tasks] == [["附件", "一", "1"], ["附件", "一", "2"]]
    assert [t["lead_units"] for t in p.tasks] == [["县工信局"], ["县住建局"]]


def test_zip_of_two_files_gives_two_annexes():
    docx = af.docx_bytes(
        [("p", "城关县2024年重点工作任务"), ("n", 0, "产业发展"), ("n", 2, "新建5G基站200个，县工信局牵头。")]
    )
    xlsx = af.xlsx_bytes([("S", XLSX_ROWS, XLSX_MERGES)])
    data = af.zip_bytes([("附件1：重点任务.docx", docx), ("附件2：任务分解表.xlsx", xlsx)])
    p = _parse("附件.zip", data)
    labels = [t["path"][0] for t in p.tasks]
    assert labels == ["附件1"] + ["附件2"] * 3
    origins = [a["origin"] for a in p.attachments]
    assert origins == ["附件.zip", "附件.zip/附件1：重点任务.docx", "附件.zip/附件2：任务分解表.xlsx"]
    assert [a["n_tasks"] for a in p.attachments] == [0, 1, 3]
    assert {t["origin"] for t in p.tasks} == set(origins[1:])
    assert len({t["task_id"] for t in p.tasks}) == 4 and len({t["target_id"] for t in p.targets}) == 4
    tables = build_tables([p])
    assert tables["attachments"].height == 3 and tables["tasks"]["origin"].to_list()[0] == origins[1]


def test_page_tasks_and_attachment_tasks_together():
    """A notice with numbered tasks of its own and a task table attached: both kept."""
    page = NOTICE.replace(
        "<p>附件：".encode(),
        "<p>一、产业发展</p><p>1.新建工作台账1套，县督查室牵头。</p><p>2.每月通报1次，县委办牵头。</p><p>附件：".encode(),
    )
    p = _parse("附件.xlsx", af.xlsx_bytes([("S", XLSX_ROWS, XLSX_MERGES)]), page)
    assert [t["origin"] for t in p.tasks] == ["page"] * 2 + ["附件.xlsx"] * 3
    assert [t["path"] for t in p.tasks][:2] == [["一", "1"], ["一", "2"]]
    assert all(t["path"][0] == "附件" for t in p.tasks[2:])
    assert [t["seq"] for t in p.tasks] == list(range(1, len(p.tasks) + 1))
    assert p.document["n_tasks"] == len(p.tasks) == 5


def test_a_notices_own_requirements_are_no_tasks_when_its_plan_is_attached():
    """一、提高认识 二、压实责任 in the notice: as when the annex is printed on the page."""
    page = NOTICE.replace(
        "<p>附件：".encode(),
        "<p>一、提高认识。各单位要新建工作台账1套。</p><p>二、压实责任。县督查室牵头每月通报1次。</p><p>附件：".encode(),
    )
    p = _parse("附件.xlsx", af.xlsx_bytes([("S", XLSX_ROWS, XLSX_MERGES)]), page)
    assert {t["origin"] for t in p.tasks} == {"附件.xlsx"} and len(p.tasks) == 3
    assert all(g["task_id"] is None or g["task_id"].split("/")[1] == "附件" for g in p.targets)
    assert p.document["n_tasks"] == 3 and [t["seq"] for t in p.tasks] == [1, 2, 3]


def test_a_commentary_keeps_the_file_row_and_no_tasks():
    """A 政策解读 of the plan attaches the plan too: the file is recorded, its rows are not."""
    page = NOTICE.replace(
        "关于印发《城关县2024年重点工作任务分解表》的通知".encode(),
        "《城关县2024年重点工作任务分解表》政策解读".encode(),
    )
    p = _parse("附件.xlsx", af.xlsx_bytes([("S", XLSX_ROWS, XLSX_MERGES)]), page)
    assert not p.document["is_plan"] and p.tasks == [] and p.targets == []
    assert [(a["status"], a["n_tasks"]) for a in p.attachments] == [("parsed", 0)]


def test_generators_are_deterministic():
    """The sample sites rebuild the same bytes (same sha256, nothing refetched as changed)."""
    for make in (
        lambda: af.docx_bytes([("t", ROWS, [])]),
        lambda: af.xlsx_bytes([("S", XLSX_ROWS, XLSX_MERGES)]),
        lambda: af.xls_bytes([("S", XLSX_ROWS, XLSX_MERGES)]),
        lambda: af.pdf_bytes([("t", ROWS)]),
        lambda: af.scanned_pdf_bytes(),
        lambda: af.ofd_bytes(["一、产业发展"]),
    ):
        assert make() == make()


def test_planwatch_parse_accepts_the_files_directly(tmp_path):
    import json
    import subprocess
    import sys

    (tmp_path / "plan.xlsx").write_bytes(af.xlsx_bytes([("S", XLSX_ROWS, XLSX_MERGES)]))
    (tmp_path / "plan.pdf").write_bytes(af.scanned_pdf_bytes())
    (tmp_path / "broken.docx").write_bytes(af.docx_bytes([("t", ROWS, [])])[:300])
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "planwatch.cli",
            "parse",
            "--format",
            "json",
            *sorted(str(p) for p in tmp_path.iterdir()),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1  # two files could not be read: said on stderr, one line each
    errors = run.stderr.strip().splitlines()
    assert len(errors) == 2 and "broken.docx: failed" in errors[0] and "plan.pdf: scanned" in errors[1]
    out = json.loads(run.stdout)
    docs = {d["source"].rsplit("/", 1)[-1]: d for d in out["documents"]}
    assert (
        docs["plan.xlsx"]["title"] == "城关县2024年重点工作任务分解表" and docs["plan.xlsx"]["n_tasks"] == 3
    )
    assert {a["status"] for a in out["attachments"]} == {"parsed", "scanned", "failed"}


def test_a_file_whose_tasks_the_page_prints_too_is_not_counted_twice():
    table = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in ROWS)
    page = NOTICE.replace("<p>城关县人民政府办公室</p>".encode(), f"<table>{table}</table>".encode())
    p = _parse("附件.docx", af.docx_bytes([("t", ROWS, [])]), page)
    assert [t["origin"] for t in p.tasks] == ["page"] * 3
    assert p.attachments[0]["n_tasks"] == 0 and "counted once" in p.attachments[0]["error"]


def test_ocr_without_an_engine_leaves_a_scan_scanned():
    import importlib.util

    if importlib.util.find_spec("rapidocr_onnxruntime") or importlib.util.find_spec("rapidocr"):
        pytest.skip("an OCR engine is installed")
    text = read_file(af.scanned_pdf_bytes(), "a.pdf", ocr=True)
    assert text.status == "scanned" and "RapidOCR" in (text.error or "")
