"""A row of several page fields on one line ("公开方式: 主动公开 有效期: 长期有效 …", "来源:某局
浏览次数:12") is never a heading nor part of one: the plan heading under it stands alone."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import heading_like


@pytest.mark.parametrize("line", [
    "公开方式: 主动公开 有效期: 长期有效 公开时限: 长期公开",
    "发布单位：某镇人民政府 公开形式：网站",
    "信息分类：计划总结 生效状态：有效 关键词：工作要点",
    "来源:某县农业农村局 浏览次数:128",
])
def test_a_row_of_page_fields_is_no_heading(line):
    assert not heading_like(line)


@pytest.mark.parametrize("line", [
    "某县2025年乡村建设工作计划",
    "2025年目标：全面巩固农村供水成果",
])
def test_headings_with_at_most_one_colon_stay(line):
    assert heading_like(line)


@pytest.mark.parametrize("fields", [
    "公开方式: 主动公开 有效期: 长期有效 信息索取号: 0012345/2024-00123",
    "发布单位：某镇人民政府 公开形式：网站 所属类别：工作计划",
])
def test_the_plan_heading_under_a_row_of_fields_is_not_joined_to_it(fields):
    text = (
        f"{fields}\n某镇2024年人居环境整治工作计划\n"
        "一、重点任务\n1.完成农村户厕改造120户。（责任单位：镇农业服务中心）\n"
        "2.新建垃圾收集点15个。（责任单位：镇村建办）\n"
    )
    d = parse_document(text, source="p.txt", is_text=True).document
    assert d["plan_title"] == "某镇2024年人居环境整治工作计划"
