"""A growth goal named between the verb and the number ("地区生产总值增长目标为6%", "经济增长预期目标
是5%左右", "增长目标设定在5%左右", traditional 增長目標為) is a relative change (increase), as
"增长6%" is; "下降为3%" (the level reached) stays a level. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "indicator", "change"),
    [
        ("今年全市地区生产总值增长目标为6%。", "地区生产总值", "increase"),
        ("报告将今年国内生产总值增长目标设定在5%左右。", "国内生产总值", "increase"),
        ("今年经济增长预期目标是5%左右。", "经济增长", "increase"),
        ("单位生产总值能耗下降目标为3%。", "单位生产总值能耗", "decrease"),
    ],
)
def test_growth_goal_is_a_change(text, indicator, change):
    (r,) = extract_targets(text, annual_year=2026)
    assert (r["indicator"], r["change"]) == (indicator, change)


@pytest.mark.parametrize("text", ["城镇登记失业率下降为3%。", "全县贫困发生率降低为0.5%。"])
def test_a_level_after_wei_stays_a_level(text):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["change"] is None


def test_traditional_news_copy():
    text = "政府工作報告要點\n今年全縣地區生產總值增長目標為6%。\n"
    (r,) = parse_document(text, source="x.txt", is_text=True).targets
    assert (r["indicator"], r["change"]) == ("地區生產總值", "increase")
