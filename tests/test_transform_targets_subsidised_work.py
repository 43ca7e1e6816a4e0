"""补贴/补助 + 性 names a kind of work (补贴性职业技能培训: training the state pays for), not an
incentive: "组织实施政府补贴性职业技能培训7500万人次以上" is a target, while "给予补贴500元" stays
an incentive."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a national plan's goals
        ("到2025年,组织实施政府补贴性职业技能培训7500万人次以上。", 7500, "万人次"),
        # a county's action plan, PDF spacing
        ("2021—2023年,共开展各类补贴性职业技能培训 3.5 万人次以上。", 3.5, "万人次"),
        # a news report
        ("今年全市将开展补助性培训1.2万人次。", 1.2, "万人次"),
    ],
)
def test_subsidised_work_is_a_target(text, value, unit):
    (r,) = extract_targets(text)
    assert (r["value"], r["unit"], r["comparator"] in (">=", "=")) == (value, unit, True)


def test_total_and_its_part_both_kept():
    rs = extract_targets(
        "组织实施政府补贴性职业技能培训7500万人次以上,其中农民工职业技能培训3000万人次以上。",
        annual_year=2026,
    )
    assert [r["value"] for r in rs] == [7500, 3000]


@pytest.mark.parametrize(
    "text",
    [
        # incentives: unchanged
        "对参加培训的人员给予补贴500元。",
        "对新认定的企业给予一次性奖励20万元。",
        "培训合格的按每人1500元标准给予培训补贴。",
    ],
)
def test_incentives_unchanged(text):
    assert extract_targets(text, annual_year=2026) == []
