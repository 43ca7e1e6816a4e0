"""A figure whose clause holds only a verb ("今年新增5000亩", "年内完成153个") counts what the
figure before it in the same sentence, in the same unit, counts: it borrows that indicator, with
its own verb where the borrowed one ends with a verb (开工400套，建成400套). A span of years
opening the phrase ("2024—2026年每年建设…") is no part of the indicator either."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize("text,indicators", [
    ("到2025年，设施农业面积达到3万亩，今年新增5000亩", ["设施农业面积", "设施农业面积"]),
    ("明年完成改厕2000户，今年完成1500户", ["改厕", "改厕"]),
    ("棚户区改造项目开工400套，建成400套", ["棚户区改造项目开工", "棚户区改造项目建成"]),
    ("全年计划实施园林绿化项目30个，年内完成25个", ["园林绿化项目", "园林绿化项目"]),
    ("规上工业企业达到120家，净增15家", ["规上工业企业", "规上工业企业"]),
    ("2024年建成幼儿园10所，2025年再建成5所，2026年建成3所", ["幼儿园", "幼儿园", "幼儿园"]),
])
def test_a_bare_verb_borrows_the_indicator_before_it(text, indicators):
    assert [t["indicator"] for t in extract_targets(text)] == indicators


@pytest.mark.parametrize("text,last", [
    ("地区生产总值达到500亿元，新增10家", "新增"),
    ("新建学校3所。完成2所", "完成"),
])
def test_no_borrowing_across_units_or_sentences(text, last):
    assert extract_targets(text)[-1]["indicator"] == last


@pytest.mark.parametrize("text,indicator", [
    ("2024—2026年每年建设数字乡村示范村10个", "数字乡村示范村"),
    ("2023-2025年新建充电桩300个", "充电桩"),
    ("2023年至2025年累计培育企业30家", "培育企业"),
])
def test_a_span_of_years_opens_no_indicator(text, indicator):
    (t,) = extract_targets(text)
    assert t["indicator"] == indicator


_PLAN = """某县2024年乡村振兴重点工作任务
发布日期：2024-03-01
一、粮食生产
1.发展设施农业。到2025年，设施农业面积达到3万亩，今年新增5000亩。（牵头单位：县农业农村局）
2.推进农村改厕。明年完成改厕2000户，今年完成1500户。（牵头单位：县农业农村局）
"""


def test_in_a_task_list():
    p = parse_document(_PLAN, source="p.txt", is_text=True)
    assert [(t["indicator"], t["year"]) for t in p.targets] == [
        ("设施农业面积", 2025), ("设施农业面积", 2024), ("改厕", 2025), ("改厕", 2024),
    ]
