"""A verb before the number and the noun after it name what is counted: "推出50条生态旅游精品线路"
→ 推出生态旅游精品线路, "形成30条风景道", "排查不少于179个存在安全隐患的路口" — not the verb alone
(推出, 形成, 排查) nor who acts (青海推出)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("到2025年,青海推出50条生态旅游精品线路。", "推出生态旅游精品线路"),
        ("形成30条生态旅游风景道。", "形成生态旅游风景道"),
        ("全年排查不少于179个存在安全隐患的路口。", "排查存在安全隐患的路口"),
        ("各乡镇至少办1所早教中心。", "办早教中心"),
        ("每年举办不少于12场次交通安全巡回宣讲活动。", "举办交通安全巡回宣讲活动"),
        ("全市遴选20个乡村振兴示范村。", "遴选乡村振兴示范村"),
    ],
)
def test_verb_and_noun_after_the_number(text, indicator):
    rows = extract_targets(text, default_year=2025)
    assert rows and rows[0]["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("森林覆盖率达到45%。", "森林覆盖率"),
        ("粮食产量稳定在50万吨以上。", "粮食产量"),
    ],
)
def test_a_subject_before_the_number_stays(text, indicator):
    rows = extract_targets(text, default_year=2025)
    assert rows and rows[0]["indicator"] == indicator
