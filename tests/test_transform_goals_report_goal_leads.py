"""A news page whose lead names the year's 政府工作报告 and its goals ("今年政府工作报告的“目标清单”",
"政府工作报告中的民生目标") reports that report: its paragraphs below, which carry no cue word of
their own ("建成15个重大医疗项目…"), are the report's goals. A lead that reports those goals done
("…报告确定的目标任务全面完成") and one that names the report without its goals stay as they were."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets.goals import cites_plan

_PARAGRAPHS = (
    "扩大优质学位供给，新建中小学校20所，新增公办学位1.5万个，加强中小学科学教育和劳动教育。\n"
    "建成市第二人民医院等5个重大医疗项目，新增社区卫生服务中心12家，推进社区医院提档升级。\n"
    "完善住房保障体系，新建保障性住房8000套，改造老旧小区60个，更好促进职住平衡。\n"
)


def _values(text: str) -> list[float]:
    return sorted(t["value"] for t in parse_document(text, source="r.txt", is_text=True).targets)


@pytest.mark.parametrize(
    "lead",
    [
        # a city paper's report of the report
        "2月20日，某市人民代表大会开幕，市长作政府工作报告。今年政府工作报告的“目标清单”，展现了民生的发展路线图。",
        # another wording
        "记者梳理发现，政府工作报告中的民生目标涉及教育、医疗、住房等领域。",
        # traditional characters
        "記者梳理發現，今年政府工作報告的“目標清單”涉及教育、醫療、住房等領域。",
    ],
    ids=["goal-list", "livelihood-goals", "traditional"],
)
def test_paragraphs_under_a_report_goals_lead_are_goals(lead):
    headline = "新建中小学20所 建成5个重大医疗项目\n发布时间：2025-02-26 20:51\n"
    assert _values(headline + lead + "\n" + _PARAGRAPHS) == [1.5, 5, 12, 20, 60, 8000]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("今年政府工作报告的“目标清单”，展现了民生的发展路线图。", True),
        ("政府工作报告中的民生目标涉及多个领域。", True),
        # the goals reported done, the report named without its goals: no citation
        ("去年政府工作报告确定的目标任务全面完成。", False),
        ("市长向大会作政府工作报告，回顾了过去一年的工作。", False),
    ],
)
def test_report_goals_lead(lead, expected):
    assert cites_plan(lead + "\n正文。\n") is expected
