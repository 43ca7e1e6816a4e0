"""A news page laid out in a table, rendered with its cells' bars: the headline sits in one cell
("某镇…会议胜利召开 |") and lines of empty cells ("|") stand between it and its byline; the
headline is still the title and the byline dates the page (transform/headings._headline,
transform/metadata._lines)."""

from __future__ import annotations

from datetime import date

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


_PROSE = (
    "4月17日上午，某镇第八届人民代表大会第四次会议胜利召开。会议全面回顾总结了去年的政府工作，"
    "明确今年指导思想和目标任务。\n"
)


def test_a_headline_in_a_cell_above_empty_cells_and_its_byline():
    text = (
        "|\n某镇第八届人民代表大会第四次会议胜利召开 |\n|\n|\n"
        "来源:某区融媒体中心 作者: 日期:2015-4-17 16:45:00 点击: |\n|\n|\n" + _PROSE
    )
    doc = _doc(text)
    assert doc["title"] == "某镇第八届人民代表大会第四次会议胜利召开"
    assert doc["publish_date"] == date(2015, 4, 17)
    assert doc["issuer"] == "某区融媒体中心"


def test_rows_of_empty_cells_with_several_bars():
    text = (
        "某县举行春季义务植树活动 |\n| | |\n||||\n"
        "发布时间：2025-03-02 09:00 来源：县政府办 |\n" + _PROSE
    )
    doc = _doc(text)
    assert doc["title"] == "某县举行春季义务植树活动"
    assert doc["publish_date"] == date(2025, 3, 2)


def test_a_table_row_of_several_cells_is_no_headline():
    text = (
        "序号 | 项目名称 | 责任单位 |\n"
        "发布时间：2025-03-02 09:00 来源：县政府办\n" + _PROSE
    )
    assert _doc(text)["title"] != "序号 | 项目名称 | 责任单位"
