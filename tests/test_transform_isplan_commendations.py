"""Pages about a plan that are no plan whatever their body lists: a commendation of the units
that did its work (关于表彰…重点工作先进单位的决定) and an evaluation of it (…中期评估报告)."""
from __future__ import annotations

import pytest

from transform.document import parse_document

_BODY = ("\n一、先进集体\n1.县发改局（牵头单位：县发改局）新建项目10个。\n2.县财政局（牵头单位：县财政局）争取资金5亿元。\n"
         "3.县教体局（牵头单位：县教体局）新增学位2000个。\n")


@pytest.mark.parametrize("title", [
    "关于表彰2023年度全县重点工作先进集体和先进个人的决定",
    "某市人民政府关于通报表扬2024年民生实事工作成绩突出单位的通报",
    "某县教育发展“十四五”规划中期评估报告",
    "关于某区国民经济和社会发展第十四个五年规划纲要实施情况的中期评估报告",
])
def test_commendations_and_evaluations_are_no_plans(title):
    assert parse_document(title + _BODY, source="c.txt", is_text=True).document["is_plan"] is False


@pytest.mark.parametrize("title", [
    "某县2024年重点工作任务分解方案",
    "某县2024年表彰奖励工作实施方案",
])
def test_plans_stay_plans(title):
    assert parse_document(title + _BODY, source="c.txt", is_text=True).document["is_plan"] is True
