"""A 文号 carries a number: an empty 文号 cell of a 信息公开 table followed by another field's label
("文号 | 浏览量 |", "文号： 点击数：") gives no doc_number; a real one is kept as printed."""
from __future__ import annotations

import pytest

from transform.document import parse_document

BODY = "\n某县2026年水利工程建设工作方案\n一、重点任务\n1.实施水库除险加固。完成小型水库除险加固5座。（牵头单位：县水务局）\n"


@pytest.mark.parametrize("block", [
    "索引号 | 0152-2026-00001 | 发布机构 | 某县水务局 |\n文号 | 浏览量 |",
    "索引号 | 0152-2026-00001 | 发布机构 | 某县水务局 |\n文号 | 阅读次数 |",
    "发布机构：某县水务局\n文号： 点击数：",
])
def test_an_empty_doc_number_cell_gives_none(block):
    doc = parse_document(block + BODY, source="p.txt", is_text=True).document
    assert doc["doc_number"] is None


@pytest.mark.parametrize("number", ["某水发〔2026〕3号", "某政办字〔二〇二六〕五号"])
def test_a_doc_number_is_kept_as_printed(number):
    block = f"索引号 | 0152-2026-00001 | 发布机构 | 某县水务局 |\n文号 | {number} |"
    doc = parse_document(block + BODY, source="p.txt", is_text=True).document
    assert doc["doc_number"] == number


@pytest.mark.parametrize("title,number", [
    ("某市人民政府关于印发《某市城乡融合发展实施方案(2026—2028年)》的通知(某政函〔2026〕12号)", "某政函〔2026〕12号"),
    ("某县人民政府办公室关于印发《某县2026年民生实事项目》的通知（某政办发〔2026〕3号）", "某政办发〔2026〕3号"),
])
def test_a_notice_title_with_its_own_doc_number_after_it(title, number):
    text = title + "\n时间:2026-03-02 来源:县政府办\n各乡镇人民政府：\n现将《方案》印发给你们，请认真贯彻执行。\n"
    assert parse_document(text, source="p.txt", is_text=True).document["doc_number"] == number


def test_a_doc_number_cited_in_a_sentence_is_not_the_pages():
    text = ("某县2026年重点工作安排\n根据《某省人民政府关于印发某方案的通知》（某政发〔2025〕8号）精神，结合实际，制定本安排。\n"
            "一、重点任务\n1.新建学校3所。（牵头单位：县教育局）\n")
    assert parse_document(text, source="p.txt", is_text=True).document["doc_number"] is None
