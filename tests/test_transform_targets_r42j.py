"""Round 42j: targets, second batch (committed misses and new forms).

- a scope word right after a verb of completing (完成辖区3个老旧小区改造) names what the work completes:
  the count is a target, not scope;
- an aid verb opening its clause after a time word (年内资助不少于30条生产线) counts what it pays for.
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [r["value"] for r in extract_targets(text)]


# --- a scope word after a verb of completing


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("完成辖区3个老旧小区雨污分流改造。", 3),
        ("年底前建成全县5个村级养老服务站。", 5),
        ("确保完成全镇12个行政村生活污水治理。", 12),
        ("9月底前完成全区8个农贸市场提升改造。", 8),
    ],
)
def test_scope_after_done_verb_is_target(text: str, value: float) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全县13个供电所开展安全用电宣传。", 13),
        ("在全区8个街道推广垃圾分类。", 8),
        ("覆盖辖区6个社区开展志愿服务。", 6),
    ],
)
def test_scope_without_done_verb_stays_scope(text: str, value: float) -> None:
    assert value not in _values(text)


# --- an aid verb after a time word


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("资助企业设立智能生产线。年内资助不少于30条生产线。", 30),
        ("推广新能源公交。全年补贴新能源公交车50台。", 50),
        ("帮扶困难企业。今年资助不少于20家小微企业。", 20),
        ("扶持家庭农场。每年奖补示范家庭农场15家以上。", 15),
    ],
)
def test_aid_count_after_time_word_is_target(text: str, value: float) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("鼓励企业技改。年内补助不超过200万元。", 200),
        ("支持设备更新。全年对每条生产线给予奖励30万元。", 30),
        ("扶持家庭农场。每年给予示范家庭农场奖补5万元。", 5),
    ],
)
def test_aid_money_after_time_word_stays_incentive(text: str, value: float) -> None:
    assert value not in _values(text)
