"""A field of the 信息公开 block ("文      号:某政办发 [2021]16 号", "发文字号:…", "索引号:…") is never a
page's headline, even right above a byline: the title is the notice's own line above it. Labels of
the title field itself ("标 题:…") still carry the title. Invented pages in several layouts."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import heading_like


def _doc(text: str) -> dict:
    return parse_document(text, source="p.txt", is_text=True).document


@pytest.mark.parametrize(
    "line",
    [
        "文      号:松政办发 [2021]16 号",
        "文 号：青政发〔2023〕2号",
        "发文字号:岭府发〔2024〕7号",
        "索 引 号:11220802013594178H/2021-00089",
        "发文机关:东坪县人民政府办公室",
    ],
)
def test_a_field_line_is_no_heading(line):
    assert not heading_like(line)


def test_title_label_line_still_reads_as_heading_text():
    assert heading_like("南坪县2024年重点工作任务分解方案")


def test_law_database_page_takes_the_notice_title_not_the_number_field():
    page = (
        "当前位置:某某法规库 > 其他经济法规 > 正文\n\n"
        "松江市人民政府办公室关于印发2022年重点工作任务落实措施的通知\n\n"
        "松政办发 [2022]9 号\n字号 大号 标准 小号\n\n"
        "类      别:其他经济法规\n文      号:松政办发 [2022]9 号\n颁发日期:2022-04-07\n"
        "地   区:辽宁\n时效性:有效\n\n"
        "各县(市)、区人民政府,市政府各部门:\n\n"
        "《2022年重点工作任务落实措施》已经市政府同意,现印发给你们,请认真抓好落实。\n\n"
        "松江市人民政府办公室\n\n2022年4月7日\n\n"
        "2022年重点工作任务落实措施\n\n"
        "一、稳定经济运行\n\n1.落实减税降费政策,全年新增减税降费2亿元以上。(牵头单位:市财政局)\n\n"
        "2.扩大有效投资,实施重点项目100个。(牵头单位:市发展改革委)\n"
    )
    doc = _doc(page)
    assert doc["title"] == "松江市人民政府办公室关于印发2022年重点工作任务落实措施的通知"
    assert doc["doc_number"] == "松政办发 [2022]9 号"


def test_a_number_field_over_a_date_byline_without_a_notice_title():
    page = (
        "岭北区2023年为民办实事项目计划\n"
        "文号:岭政办〔2023〕5号\n发布日期:2023-02-10\n"
        "一、新建幼儿园2所。(责任单位:区教育局)\n二、改造老旧小区10个。(责任单位:区住建局)\n"
    )
    assert _doc(page)["title"] == "岭北区2023年为民办实事项目计划"
