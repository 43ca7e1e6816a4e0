"""Lines that are never a page's headline: a link or footer line (原文链接:…, 如若转载…http://…),
a newspaper's masthead with its date ("“某某日报”", "某某日報 2024年03月05日"), a photo caption that
places the people in it ("张三(前中)在李四(左一)陪同下…"). Where the page prints its headline under
such a line, the headline is the title; where it prints none, the title is None, not the junk."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import heading_like

PROSE = (
    "近日，某县举行2026年重点项目集中开工仪式，此次集中开工项目共20个，总投资15.6亿元，"
    "涵盖基础设施、产业发展、民生事业等领域，这些项目的实施将为全年目标任务提供有力支撑。\n"
    "今年，全县共安排重点建设项目60个，当年计划投资40亿元。\n"
)


def _title(text: str) -> str | None:
    return parse_document(text, source="p.txt", is_text=True).document["title"]


@pytest.mark.parametrize("line", [
    "原文链接:点击查看源文件",
    "政策解读链接：点击查看政策解读",
    "如若转载,请注明出处:http://www.example.cn/product/601.html",
    "本文网址：www.example.gov.cn/art/2026/3/5/art_1.html",
    "“某某日报”",
    "某某日報 2024年03月05日",
    "《某某晚报》2025-06-01 第3版",
    "市委常委张三(前中)在县长李四(前左一)等陪同下听取项目负责人汇报工作",
    "副县长王五（右二）在项目现场调研检查工程进度",
])
def test_the_line_is_no_heading(line):
    assert not heading_like(line)


@pytest.mark.parametrize("line", [
    "“某某日报”",
    "某某日報 2024年03月05日",
    "原文链接:点击查看源文件",
    "张三(前中)在县长李四(左一)等陪同下查看某某小区项目建设情况",
])
def test_a_page_without_its_headline_gets_no_junk_title(line):
    assert _title(line + "\n" + PROSE) is None


@pytest.mark.parametrize("junk", ["“某某日报”", "某某日报 2026年03月05日", "原文链接:点击查看源文件"])
def test_the_headline_under_a_junk_line_is_the_title(junk):
    text = junk + "\n某县举行2026年重点项目集中开工仪式\n来源：某县融媒体中心 发布时间：2026-03-05\n" + PROSE
    assert _title(text) == "某县举行2026年重点项目集中开工仪式"


@pytest.mark.parametrize("line", [
    "某市日报社2026年重点工作任务分解方案",
    "某县中心城区左岸片区改造实施方案",
    "某区2026年民生实事项目（第一批）",
])
def test_headings_with_these_words_stay_headings(line):
    assert heading_like(line)
