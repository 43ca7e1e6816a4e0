"""Frames around an indicator that are no part of it: who reported the goal with its reporting
verb and time word ("政府工作报告提出今年的"), a time word with 的 ("今年的"), and the whole place
named between a work verb and the number ("走访慰问全市不低于120名")."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "indicator", "change"),
    [
        # a news report of the year's goals
        ("政府工作报告提出今年的经济增长目标为5%左右。", "经济增长", "increase"),
        ("报告提出今年的城镇新增就业目标为1.2万人以上。", "城镇新增就业", None),
        ("市委全会提出明年的粮食产量稳定在100万吨。", "粮食产量", None),
        ("会议明确全年粮食产量稳定在100万吨。", "粮食产量", None),
        ("县长在报告中指出今年的地区生产总值增长6%。", "地区生产总值", "increase"),
        # traditional characters (a Hong Kong or Taiwan press report)
        ("政府工作報告提出今年的全年經濟增長目標為5%左右。", "經濟增長", "increase"),
        # a time word with 的 before the subject
        ("今年的经济增长目标为5%左右。", "经济增长", "increase"),
        ("2026年的经济增长目标为5%左右。", "经济增长", "increase"),
        ("2026年底的城镇化率达到60%。", "城镇化率", None),
    ],
)
def test_reported_frames_are_cut(text, indicator, change):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["indicator"] == indicator
    assert r["change"] == change


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("走访慰问全市不低于120名困境儿童。", "走访慰问困境儿童"),
        ("年内走访全县不少于300户脱贫户。", "走访脱贫户"),
        ("排查全区不少于50处积水点。", "排查积水点"),
    ],
)
def test_whole_place_after_the_verb_is_scope(text, indicator):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # unchanged: no reporting frame, or the place is the subject, or a share of the place
        ("新建全市不少于20个口袋公园。", "新建口袋公园"),
        ("全市新增城镇就业1.2万人。", "城镇就业"),
        ("占全市比重达到30%。", "占全市比重"),
        ("粮食产量稳定在100万吨。", "粮食产量"),
        ("产权明确的农房达到500户。", "产权明确的农房"),
        ("群众表示满意的比例达到95%。", "群众表示满意的比例"),
    ],
)
def test_near_misses_unchanged(text, indicator):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["indicator"] == indicator
