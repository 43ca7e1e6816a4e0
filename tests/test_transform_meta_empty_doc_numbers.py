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
