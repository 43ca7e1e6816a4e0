"""A count of the stages or parts the work or the document is split into ("分为4个阶段",
"共分12个部分") describes its structure, no target; stages or parts the plan builds stay."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [r["value"] for r in extract_targets(text, default_year=2024)]


@pytest.mark.parametrize(
    "text",
    [
        "专项行动分4个阶段推进。",
        "整治工作分为3个阶段：动员部署、集中整治、总结验收。",
        "《实施意见》共分为6个部分。",
        "《行动计划》共分8个部分，主要内容如下。",
        "改革分成2个步骤实施。",
    ],
)
def test_a_count_of_stages_or_parts_is_no_target(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("新建3个城市公园，改造5个老旧小区。", 3.0),
        ("打造4个产业板块。", 4.0),
        ("完成一期工程的2个标段建设。", 2.0),
    ],
)
def test_other_counts_stay(text, value):
    assert value in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "《分工方案》将年度工作任务分解为10个部分、35个方面、52项重点,明确责任单位。",
        "《实施意见》共梳理出6个方面、28项重点改革。",
        "清单细化为5大类、47项。",
    ],
)
def test_the_last_of_a_list_of_the_plans_own_parts_is_no_target(text):
    assert _values(text) == []


def test_a_list_of_work_keeps_its_counts():
    assert _values("新建学校3所、改造校舍12项。") == [3.0, 12.0]


@pytest.mark.parametrize(
    "text",
    [
        "2025年为民办实事项目正式发布,共安排八方面、30项。",
        "今年共实施六大类、45项民生实事。",
    ],
)
def test_a_list_opened_by_a_chinese_count_of_parts_is_no_target(text):
    assert _values(text) == []
