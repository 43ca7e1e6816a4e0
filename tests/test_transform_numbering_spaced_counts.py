"""A count that opens a line with a space before its measure word ("448 项具体工作", "120 个项目",
"3 個") is no item numbered so, whatever its size: a news report or a PDF copy broke the sentence
before it, or the text prints a space between a number and its unit. An item number followed by
its punctuation, or by a gap and a text that opens with no measure word, stays an item."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import match_marker


def _paths(text: str) -> list[list[str]]:
    return [t["path"] for t in parse_document(text, source="t.txt", is_text=True).tasks]


@pytest.mark.parametrize(
    "line",
    [
        "448 项具体工作，并明确了牵头单位和责任单位。",
        "138 项工作任务全部分解到位",
        "120 个重点项目开工建设",
        "150 家规上企业完成智能化改造",
        "3 个省级园区",
        "448\u3000项具体工作",
        "448\t项具体工作",
        "136 項具體工作，並明確了牽頭單位",
        "105 個重點項目",
        "120 萬畝高標準農田",
        "20 日前完成",
    ],
)
def test_a_spaced_count_is_no_marker(line):
    assert match_marker(line) is None


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("101.项目谋划。完成前期工作。", "101"),
        ("120、年度考核。", "120"),
        ("100 加快推进城市更新", "100"),
        ("12 推进园区建设", "12"),
        ("1 项目建设年活动", None),  # (a title opening with 项目 after a bare gap: no item either, as before)
    ],
)
def test_item_numbers_stay(line, label):
    mk = match_marker(line)
    assert (mk.label if mk else None) == label


def test_a_news_report_broken_before_a_count():
    text = (
        "我市公布2022年政府工作报告目标任务分解方案\n"
        "发布时间：2022-03-01\n"
        "日前，市政府公布了目标任务责任分解方案。全市经济社会发展主要预期目标和重点工作任务细化为\n"
        "448 项具体工作，并明确了牵头单位和责任单位。\n"
        "一、主要预期目标\n"
        "1.地区生产总值增长7%左右。（牵头单位：市发改委）\n"
        "2.一般公共预算收入增长8%。（牵头单位：市财政局）\n"
    )
    assert _paths(text) == [["一", "1"], ["一", "2"]]


def test_a_wrapped_item_line_opening_with_a_count():
    text = (
        "某县2024年重点工作任务\n"
        "一、稳定经济增长\n"
        "1.扩大有效投资，全年谋划重点项目，分解为\n"
        "448 项具体工作，完成投资80亿元。（牵头单位：县发改局）\n"
        "2.推进园区建设。新建标准厂房10万平方米。（牵头单位：县工信局）\n"
    )
    doc = parse_document(text, source="t.txt", is_text=True)
    assert [t["path"] for t in doc.tasks] == [["一", "1"], ["一", "2"]]
    assert doc.tasks[0]["lead_units"] == ["县发改局"]


def test_a_long_list_numbered_past_a_hundred_keeps_its_items():
    rows = "\n".join(f"{n} 推进第{n}项重点工程建设。（牵头单位：县住建局）" for n in range(98, 104))
    text = f"某县2024年重点工作任务清单\n{rows}\n"
    assert _paths(text) == [[str(n)] for n in range(98, 104)]
