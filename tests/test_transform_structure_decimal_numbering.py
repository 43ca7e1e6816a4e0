"""Plans numbered like a report: "2.1 加快…" under 第一节 or 一、, "1.1.1 新建…" under "1.1 …". A decimal
number opens an item (labelled "2.1", "1.1.1") in a document whose decimal items state units; in an
outline, an emergency plan (应急预案) or a commentary numbered so, whose sections name no units, the
decimals stay text as before. A decimal before a measure or date word is a figure ("1.5万亩")."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import decimal_marker


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def _rows(tasks: list[dict]) -> list[tuple]:
    return [(t["path"], t["title"], t["lead_units"]) for t in tasks]


def test_decimal_items_under_chapters_and_sections():
    text = (
        "某市“十五五”现代物流发展规划（2026—2030年）\n第一章 发展基础\n物流业规模持续扩大。\n"
        "第二章 重点任务\n第一节 完善物流网络\n"
        "2.1 建设物流枢纽。建成国家级物流枢纽1个。（责任单位：市发展改革委）\n"
        "2.2 完善配送体系。新建乡镇快递服务站30个。（责任单位：市邮政管理局）\n"
        "第二节 发展冷链物流\n"
        "2.3 建设冷库设施。新增冷库库容5万吨。（责任单位：市商务局、市农业农村局）\n"
    )
    assert _rows(_tasks(text)) == [
        (["第二章", "第一节", "2.1"], "建设物流枢纽", ["市发展改革委"]),
        (["第二章", "第一节", "2.2"], "完善配送体系", ["市邮政管理局"]),
        (["第二章", "第二节", "2.3"], "建设冷库设施", ["市商务局", "市农业农村局"]),
    ]


def test_three_level_decimals_under_a_section_heading():
    text = (
        "某县2026年文化惠民工程实施方案\n一、公共文化设施\n1.1 基层文化阵地\n"
        "1.1.1新建村级文化广场12个。\n牵头单位：县文旅局\n"
        "1.1.2改造乡镇综合文化站3个。\n牵头单位：县文旅局\n"
        "1.2 数字文化服务\n1.2.1建设数字农家书屋20个。\n牵头单位：县委宣传部\n"
    )
    assert _rows(_tasks(text)) == [
        (["一", "1.1", "1.1.1"], "新建村级文化广场12个", ["县文旅局"]),
        (["一", "1.1", "1.1.2"], "改造乡镇综合文化站3个", ["县文旅局"]),
        (["一", "1.2", "1.2.1"], "建设数字农家书屋20个", ["县委宣传部"]),
    ]


def test_an_outline_whose_decimal_sections_name_no_units_keeps_them_as_text():
    text = (
        "某县突发环境事件应急预案\n1 总则\n1.1 编制目的\n为有效应对突发环境事件，制定本预案。\n"
        "1.2 适用范围\n本预案适用于本县行政区域。\n2 组织体系\n2.1 指挥机构\n县政府成立应急指挥部。\n"
    )
    paths = [t["path"] for t in _tasks(text)]
    assert not any("." in label for path in paths for label in path)


@pytest.mark.parametrize(
    ("line", "label"),
    [("2.1 加快5G网络建设", "2.1"), ("1.1.1新建茶园", "1.1.1"), ("3．2 培育集群", "3.2"), ("2.1. 完善机制", "2.1")],
)
def test_decimal_markers(line, label):
    mk = decimal_marker(line)
    assert mk is not None and mk.label == label


@pytest.mark.parametrize("line", ["1.5万亩高标准农田", "3.15前完成", "2.10亿元", "1.800户", "12.31日前", "1.加强领导", "2.0版"])
def test_figures_and_plain_items_are_no_decimal_markers(line):
    assert decimal_marker(line) is None
