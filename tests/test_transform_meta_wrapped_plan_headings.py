"""A plan's heading wrapped over two lines: a short last line that names the kind ("…主要目标任务" /
"责任分解方案"), or a first line that opens a 《》 name the second closes ("某区贯彻落实《关于加强新时代"
/ "街道工作的意见》的任务分解方案"), is part of the heading the plan_title keeps."""
from __future__ import annotations

import pytest

from transform.document import parse_document

NOTICE = (
    "某市人民政府办公厅关于印发某方案的通知\n各区（市）县政府，市政府各部门：\n"
    "经市政府同意，现将方案印发你们，请认真组织实施。\n某市人民政府办公厅\n2026年2月19日\n"
)
ITEMS = "一、经济社会发展主要预期目标\n（一）地区生产总值增长6%左右。（牵头单位：市发改委）\n（二）新建学校3所。（牵头单位：市教育局）\n"


def _plan_title(heading: str) -> str | None:
    return parse_document(NOTICE + heading + "\n" + ITEMS, source="p.txt", is_text=True).document["plan_title"]


@pytest.mark.parametrize("heading,name", [
    ("2026年《政府工作报告》确定的主要目标任务\n责任分解方案", "2026年《政府工作报告》确定的主要目标任务责任分解方案"),
    ("某县2026年民生实事项目\n实施方案", "某县2026年民生实事项目实施方案"),
    ("某区2026年重点工作任务\n分解清单", "某区2026年重点工作任务分解清单"),
])
def test_a_short_last_line_completes_the_heading(heading, name):
    assert _plan_title(heading) == name


@pytest.mark.parametrize("heading,name", [
    ("某区贯彻落实《关于加强新时代\n街道工作的意见》的任务分解方案", "某区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案"),
    ("某县落实《某省优化营商环境\n三年行动计划》工作方案", "某县落实《某省优化营商环境三年行动计划》工作方案"),
])
def test_a_name_opened_on_the_first_line_joins_both_lines(heading, name):
    assert _plan_title(heading) == name


def test_the_same_kind_printed_again_spaced_is_not_joined():
    heading = "某镇2026年重点工作任务清单\n重 点 任 务 清 单"
    assert _plan_title(heading) == "某镇2026年重点工作任务清单"


def test_a_heading_over_a_list_of_short_headings_is_not_joined():
    text = NOTICE + "某县2026年重点工作任务清单\n产业发展任务\n民生保障任务\n" + ITEMS
    assert parse_document(text, source="p.txt", is_text=True).document["plan_title"] == "某县2026年重点工作任务清单"
