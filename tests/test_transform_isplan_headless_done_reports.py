"""A page printed without its headline that reports how far a plan got is no plan: its opening
says the work was checked ("对…重点工作上半年完成情况进行了督办。现将有关情况通报如下") or that the
year's items are done ("…票决通过的10件民生实事项目全部完成，累计完成投资14.4亿元"), in a sentence
that promises nothing. An opening that commits to finishing them ("确保年底前全部完成") or that
issues the year's items stays a plan."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_ITEMS = """城乡排水设施建设
完成投资5.04亿元，比年度计划高20.3个百分点。新建、改建城乡污水管网95公里。
农村公路安全防护工程
完成投资0.23亿元，比年度计划高45.3个百分点。安装农村公路防护栏150公里。
城镇老旧小区改造
完成投资0.65亿元，比年度计划高7.1个百分点。95个老旧小区改造全部开工，惠及群众3.1万户。
"""


@pytest.mark.parametrize(
    "opening",
    [
        "记者从区人大会议上获悉：\n2024年区人大代表票决通过的10件区级重点民生实事项目 全部完成，累计完成投资14.4亿元。",
        "記者從區人大會議上獲悉：\n2024年區人大代表票決通過的10件區級重點民生實事項目全部完成，累計完成投資14.4億元。",
        "2025年，我县12项民生实事已全面完成，群众满意度持续提升。具体如下：",
    ],
    ids=["news-simplified", "news-traditional", "county-report"],
)
def test_a_headless_report_of_items_done_is_no_plan(opening):
    doc = parse_document(opening + "\n" + _ITEMS, source="d.txt", is_text=True).document
    assert doc["is_plan"] is False


_CHECKED = """一、主要指标任务完成情况
（一）全市经济社会发展主要预期目标完成情况
上半年，全市完成地区生产总值802.81亿元，比上年同期增长8.6%；社会消费品零售总额329.24亿元，比上年同期增长8.0%。
（二）报告中确定的其他指标任务完成情况
1.引进行业龙头企业投资项目不少于3个；投资10亿元以上项目10个、亿元以上项目100个。上半年，引进亿元及以上项目107个，10亿元以上项目25个。
2.培育互联网融合发展平台2家，省级工业互联网试点示范企业总数达30家。支持企业实施数字化、智能化改造。
3.新建5G基站1000个。上半年新建5G基站820个。
"""


@pytest.mark.parametrize(
    "opening",
    [
        "市政府督查室近期对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办。现将有关情况通报如下：",
        "县委督查室对2024年民生实事推进情况开展了督查，现将督查情况通报如下。",
    ],
    ids=["supervised", "inspected"],
)
def test_a_headless_progress_check_is_no_plan(opening):
    doc = parse_document(opening + "\n" + _CHECKED, source="d.txt", is_text=True).document
    assert doc["is_plan"] is False


def test_an_opening_that_sets_out_the_items_with_such_a_body_stays_a_plan():
    opening = "2025年区人大代表票决通过的10件民生实事项目，力争年内全部完成，计划总投资14.4亿元。"
    doc = parse_document(opening + "\n" + _CHECKED, source="d.txt", is_text=True).document
    assert doc["is_plan"] is True


@pytest.mark.parametrize(
    "opening",
    [
        "记者从区人大会议上获悉：\n2025年区人大代表票决通过的10件民生实事项目，区政府将确保年底前全部完成，总投资14.4亿元。",
        "2025年区人大代表票决通过的10件民生实事项目，力争年内全部完成，计划总投资14.4亿元。",
    ],
    ids=["promised", "aimed"],
)
def test_an_opening_that_commits_to_the_items_stays_a_plan(opening):
    doc = parse_document(opening + "\n" + _ITEMS, source="d.txt", is_text=True).document
    assert doc["is_plan"] is True
