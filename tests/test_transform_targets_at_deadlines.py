"""A deadline without a year opened by 在/于 ("力争在年底前", "于6月底前", "在10月前") dates the
target: it is no part of the indicator, as the same deadline without 在/于 is not. A 在 before a
place or a count (在10个乡镇) stays as it was."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # a plan's measure
        ("力争在年底前完成老旧小区改造30个。", "老旧小区改造"),
        ("在6月底前完成老旧小区改造30个。", "老旧小区改造"),
        ("确保在10月前新建口袋公园5个。", "口袋公园"),
        # a news report
        ("该县将于6月底前建成充电桩100个。", "充电桩"),
        ("于年内建成学校5所。", "学校"),
        ("在上半年新建充电桩100个。", "充电桩"),
        # a Chinese month
        ("在三月底前完成改造30户。", "改造"),
        # a work list line rendered from a table
        ("1 | 高标准农田 | 力争在5月底前完成高标准农田建设项目22.99万亩", "高标准农田建设项目"),
    ],
)
def test_deadline_opened_by_at_is_no_part_of_indicator(text, indicator):
    rs = extract_targets(text, annual_year=2026)
    assert [r["indicator"] for r in rs] == [indicator]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # the same deadlines without 在/于: unchanged
        ("10月前新建口袋公园5个。", "口袋公园"),
        ("6月底前建成充电桩100个。", "充电桩"),
        # 在 before a place or a count: no deadline
        ("在10个乡镇新建卫生院10所。", "卫生院"),
        ("在城区新建停车位500个。", "停车位"),
    ],
)
def test_near_misses_unchanged(text, indicator):
    rs = extract_targets(text, annual_year=2026)
    assert [r["indicator"] for r in rs][-1] == indicator
