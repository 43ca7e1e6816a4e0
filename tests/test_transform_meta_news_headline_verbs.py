"""A news headline saying what a place put forward ("某省提出“十五五”时期经济社会发展主要目标",
"我县提出今年十大重点工作") or what a report focuses on ("今年政府工作报告聚焦协调发展，含多项
城市建设重点工作") tells of a plan; it is not the plan's own name, so it is no plan_title. A plan
named after what a body put forward ("落实省委提出的重点任务实施方案") keeps its name. Examples
are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document

BODY = (
    "发布时间：2026-03-05 来源：某某日报\n"
    "记者从会上获悉，报告提出，今年将实施城市更新项目300个，建设保障性租赁住房2000套，"
    "新改建城市绿道20公里，全年新增城镇就业5万人以上。\n"
)


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


@pytest.mark.parametrize(
    "headline",
    [
        "某省提出“十五五”时期经济社会发展主要目标",
        "我县提出今年十大重点工作",
        "今年政府工作报告聚焦协调发展，含多项城市建设重点工作",
        "区政府工作报告聚焦民生实事",
    ],
)
def test_a_headline_telling_of_a_plan_is_no_plan_title(headline: str) -> None:
    doc = _doc(headline + "\n" + BODY)
    assert doc["title"] == headline
    assert doc["plan_title"] != headline


@pytest.mark.parametrize(
    "headline",
    ["某市落实省委提出的重点任务实施方案", "某县2026年重点工作安排"],
)
def test_a_plan_name_keeps_it(headline: str) -> None:
    assert _doc(headline + "\n" + BODY)["plan_title"] == headline
