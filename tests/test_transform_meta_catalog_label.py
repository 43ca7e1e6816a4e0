"""The 公开目录 field of a 信息公开 block (the catalogue a page is filed under) is not kept, but a
value before it on the same line ends where its label starts (索引号: X 公开目录: 年度计划 …)."""
from __future__ import annotations

import pytest

from transform.document import parse_document

BODY = "\n某县2026年农村公路建设工作方案\n一、重点任务\n1.新改建农村公路30公里。（牵头单位：县交通运输局）\n"


def _doc(block: str) -> dict:
    return parse_document(block + BODY, source="p.txt", is_text=True).document


@pytest.mark.parametrize("block,index_no", [
    ("索引号: 11370000-01_B/2026-0301001 公开目录: 年度计划总结 发布日期: 2026年03月02日",
     "11370000-01_B/2026-0301001"),
    ("索引号：00812-2026-00015　公开目录：计划规划　发布时间：2026-04-11", "00812-2026-00015"),
    ("信息索引号:QX-2026-0007 公开目录:部门文件", "QX-2026-0007"),
])
def test_the_catalogue_label_ends_the_index_number(block, index_no):
    assert _doc(block)["index_no"] == index_no


def test_a_date_after_the_catalogue_field_is_still_read():
    doc = _doc("索引号: 0012/2026-00031 公开目录: 年度计划总结 发布日期: 2026年03月02日\n发布机构: 县教体局")
    assert str(doc["publish_date"]) == "2026-03-02"
    assert doc["issuer"] == "县教体局"


def test_the_catalogue_value_fills_no_field():
    doc = _doc("公开目录: 规划计划 发布机构: 某区卫生健康局")
    assert doc["issuer"] == "某区卫生健康局"
    assert doc["category"] is None
