"""A page printed without its headline (a text rendering, a news body) is a plan when its opening
names the year's plan it sets out: "现向区委报告我镇2026年度工作计划。", "票选出2026年的十件民生实事，
分别为：", "现将我局2025年工作要点报告如下：" — with its numbered items, even without units or
figures. An opening that reviews a year (工作总结, 落实情况) names no plan."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


_ITEMS = (
    "一、提升医疗服务供给，改善群众就医体验；\n二、优化教育资源供给，提升教育环境质量；\n"
    "三、关爱银龄群体，增进老年人福祉；\n四、推动美丽幸福河湖建设。\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "根据区委、区政府工作安排，现向区委、区政府报告我镇2026年度工作计划。",
        "会上，市人大代表审议并票选出2026年的十件民生实事，分别为：",
        "现将我局2025年工作要点报告如下：",
        "经研究，确定2024年全县重点工作安排如下：",
    ],
)
def test_an_opening_naming_the_years_plan_makes_a_plan(opening):
    assert _doc(opening + "\n" + _ITEMS)["is_plan"] is True


@pytest.mark.parametrize(
    "opening",
    [
        "现将我镇2025年度工作总结报告如下：",
        "现将2025年重点工作落实情况报告如下：",
        "会议通知如下：",
    ],
)
def test_an_opening_reviewing_a_year_or_naming_none_does_not(opening):
    assert _doc(opening + "\n" + _ITEMS)["is_plan"] is False
