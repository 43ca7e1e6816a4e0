""""划重点" names a news digest of a plan, but "…行动计划重点工作分工方案" and "…规划重点任务" hold
计划/规划 followed by 重点: such a title issues a plan, it explains none."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.plan_judging import explains_plan


@pytest.mark.parametrize("title", [
    "某省人民政府办公厅关于印发某省大气污染防治行动计划重点工作部门分工方案的通知",
    "某市“十四五”规划重点任务分工方案",
    "某縣國民經濟和社會發展計劃重點工作責任分解",
    "关于印发某区水污染防治行动计划重点任务清单的通知",
])
def test_a_plan_and_its_key_work_is_no_digest(title):
    assert not explains_plan(title)


@pytest.mark.parametrize("title", [
    "划重点！2024年省政府工作报告",
    "2024年市政府工作报告划重点",
    "一分钟划重点：某县民生实事清单来了",
])
def test_news_digests_still_explain(title):
    assert explains_plan(title)


def test_a_division_of_work_under_an_action_plan_is_a_plan():
    text = (
        "某省人民政府办公厅关于印发某省大气污染防治行动计划重点工作部门分工方案的通知\n"
        "各市、县（市、区）人民政府，省政府直属各单位：\n现印发给你们，请认真贯彻执行。\n"
        "某省大气污染防治行动计划重点工作部门分工方案\n一、加快调整能源结构\n"
        "1.制订实施燃煤消费总量控制方案。（省发改委）\n2.新建项目禁止配套建设自备燃煤电站。（省经信委）\n"
    )
    assert parse_document(text.encode(), source="x", is_text=True).document["is_plan"] is True
