"""A category row right under a table's header ("一、主要预期目标" with empty cells) in an attached
DOCX/XLSX/PDF table is a category of the rows under it, not a second header row: read as a
header, it became a column, the table got a made-up 序号 column and its tasks lost their path.
Files are generated here from invented content (`testbed.sites.attachfiles`)."""

from __future__ import annotations

import pytest

from planwatch.records import AttachedFile
from testbed.sites import attachfiles as af
from transform.attachments import read_file
from transform.document import parse_document

NOTICE = (
    "<html><head><title>关于印发《青岚县2025年重点工作任务分解方案》的通知</title></head><body>"
    "<h1>关于印发《青岚县2025年重点工作任务分解方案》的通知</h1>"
    "<p>各乡镇人民政府，县直各单位：现将《青岚县2025年重点工作任务分解方案》印发给你们。</p>"
    "<p>青岚县人民政府办公室</p><p>2025年2月10日</p></body></html>"
).encode()

ROWS = [
    ["序号", "目标与任务", "牵头单位", "责任单位"],
    ["一、主要预期目标", "", "", ""],
    ["(1)", "地区生产总值增长6%左右。", "县发展改革局", "各乡镇"],
    ["(2)", "城镇新增就业3000人。", "县人力资源社会保障局", "各乡镇"],
    ["二、重点工作", "", "", ""],
    ["(3)", "新建农村公路40公里。", "县交通运输局", "各乡镇"],
]


def _file(kind: str, rows: list[list[str]]) -> bytes:
    if kind == "docx":
        return af.docx_bytes([("p", "青岚县2025年重点工作任务分解方案"), ("t", rows, [])])
    if kind == "pdf":
        return af.pdf_bytes([("p", "青岚县2025年重点工作任务分解方案"), ("t", rows, [])])
    return af.xlsx_bytes([("Sheet1", [["青岚县2025年重点工作任务分解方案"], *rows], [])])


@pytest.mark.parametrize("kind", ["docx", "xlsx", "pdf"])
def test_a_category_row_under_the_header_is_no_header(kind):
    p = parse_document(
        NOTICE,
        source="t",
        url="http://127.0.0.1/n/1.html",
        attachments=[AttachedFile(f"附件.{kind}", _file(kind, ROWS))],
    )
    tasks = [(t["path"][1:], t["lead_units"]) for t in p.tasks]
    assert tasks == [
        (["一", "(1)"], ["县发展改革局"]),
        (["一", "(2)"], ["县人力资源社会保障局"]),
        (["二", "(3)"], ["县交通运输局"]),
    ]
    assert sorted(t["value"] for t in p.targets) == [6.0, 40.0, 3000.0]


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_the_header_is_printed_once_and_no_numbers_are_made_up(kind):
    text = read_file(_file(kind, ROWS), f"x.{kind}").text
    assert "序号 | 目标与任务 | 牵头单位 | 责任单位" in text
    assert (
        "一、主要预期目标"
        not in text.split("\n")[text.split("\n").index("序号 | 目标与任务 | 牵头单位 | 责任单位")]
    )


def test_a_real_two_row_header_is_still_read_column_by_column():
    rows = [
        ["序号", "工作任务", "责任单位", ""],
        ["", "", "牵头单位", "配合单位"],
        ["1", "新建农村公路40公里。", "县交通运输局", "县财政局"],
    ]
    p = parse_document(
        NOTICE,
        source="t",
        url="http://127.0.0.1/n/1.html",
        attachments=[AttachedFile("附件.docx", _file("docx", rows))],
    )
    [task] = p.tasks
    assert task["lead_units"] == ["县交通运输局"] and task["participating_units"] == ["县财政局"]
