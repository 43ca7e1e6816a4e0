"""A page that is a 政府工作报告 itself (its title ends with the report's name: "某区2025年政府工作报告",
"某县政府工作报告（2024年1月10日）") names that report as its plan, so it is a plan even where its
excerpt shows only the review; a news headline about the report ("…政府工作报告来了") and a notice
dividing its tasks keep their own plan titles."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_REVIEW = """2025年3月21日在某区第十九届
人民代表大会第四次会议上
某区人民政府区长 某某
各位代表：
现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。
一、过去一年工作回顾
2024年，我们紧扣高质量发展主题，实现地区生产总值440.5亿元、增长5.4%，固定资产投资增长6.5%。
"""


@pytest.mark.parametrize(
    "head",
    [
        "文件名称 | 某区2025年政府工作报告 | ||\n成文日期: | 2025年04月15日 | |\n",
        "某县政府工作报告（2024年1月10日）\n发布时间：2024-01-15\n",
        "某區2025年政府工作報告\n發布時間：2025-04-15\n",
    ],
    ids=["field-row", "dated", "traditional"],
)
def test_a_work_report_names_itself_as_the_plan(head):
    doc = parse_document(head + _REVIEW, source="w.txt", is_text=True).document
    assert doc["plan_title"] == doc["title"]
    assert doc["is_plan"] is True


@pytest.mark.parametrize(
    "title",
    ["一图读懂|划重点!某区政府工作报告来了", "某区政府工作报告解读"],
    ids=["news", "explainer"],
)
def test_a_page_about_the_report_is_not_the_report(title):
    doc = parse_document(title + "\n发布时间：2025-04-15\n" + _REVIEW, source="w.txt", is_text=True).document
    assert doc["plan_title"] != title
