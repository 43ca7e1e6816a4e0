"""A news report of a 民生实事 list counts the list, not work: its kinds and items ("确定民生实事项目
共5大类12个") and its items by field ("其中，教育惠民领域2个，包括…；生态环境领域2个…") are no targets;
work counted in a field ("其中，教育领域新建学校2所") stays one. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize(
    "text",
    [
        "2026年，全区确定民生实事项目共5大类12个，计划总投资4.36亿元。",
        "今年确定民生实事共6类15项。",
        "其中，教育惠民领域2个，包括A小学建设项目、B小学改扩建项目；生态环境领域3个，包括锅炉改造项目。",
        "城市品质提升领域4项；公共服务领域3项。",
        "规划纲要草案细化经济发展、创新驱动、民生福祉、绿色低碳、安全保障五大类23个主要指标。",
    ],
)
def test_list_counts_are_no_targets(text):
    got = extract_targets(text, annual_year=2026)
    assert [r for r in got if r["unit"] in ("个", "项")] == []


def test_traditional_news_copy():
    text = "2026年民生實事項目發布\n今年確定民生實事項目共5大類12個，計劃總投資4.36億元。其中，教育惠民領域2個，包括春風小學建設項目。\n"
    got = parse_document(text, source="x.txt", is_text=True).targets
    assert [(t["value"], t["unit"]) for t in got] == [(4.36, "億元")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("其中，教育领域新建学校2所。", 2),
        ("在重点领域新建实验室5个。", 5),
        ("全年新增就业岗位5000个。", 5000),
        ("力争新签约项目10个。", 10),
        ("培育数字经济领域龙头企业5家。", 5),
    ],
)
def test_work_counts_stay_targets(text, value):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["value"] == value
