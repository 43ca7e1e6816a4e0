"""A unit list whose bracket goes on with a note after a full stop ("（省经信委、省发改委（省能源局）。
列第一位者为牵头部门，下同）") keeps the unit before the full stop: the note is cut, not the piece it
ends (invented lists in several styles)."""

from __future__ import annotations

import pytest

from transform.units import extract_units


@pytest.mark.parametrize("text,lead,participating,following", [
    (
        "实现煤炭消费总量负增长。（省经信委、省发改委（省能源局）。列第一位者为牵头部门，下同）",
        ["省经信委"], ["省发改委（省能源局）"], True,
    ),
    (
        "推进农村电网改造。(市发改委、市供电公司。列第一位的为牵头单位)",
        ["市发改委"], ["市供电公司"], False,
    ),
    (
        "开展校园周边环境整治。（县教育局、县公安局、县市场监管局。排在第一位的为牵头单位，下同）",
        ["县教育局"], ["县公安局", "县市场监管局"], True,
    ),
    (
        "实施河湖清四乱行动。（区水利局、区生态环境分局，列第一位者为牵头单位）",
        ["区水利局"], ["区生态环境分局"], False,
    ),
])
def test_note_after_a_full_stop_in_the_unit_bracket(text, lead, participating, following):
    u = extract_units(text)
    assert u.lead == lead
    assert u.participating == participating
    assert u.first_is_lead_note
    assert u.note_following == following


def test_a_lone_unit_before_the_note_leads():
    u = extract_units("制订燃煤总量控制方案。（省发改委（省能源局）。列第一位者为牵头部门，下同）")
    assert u.lead == ["省发改委（省能源局）"]
    assert u.participating == []
