"""An age in months before the infants it names ("6个月内婴儿纯母乳喂养率达到50%", "0—6月龄婴儿",
"6个月以下婴幼儿") says who is counted, like 3岁以下儿童: no target of its own."""
from __future__ import annotations

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[float, str]]:
    return [(t["value"], t["unit"]) for t in extract_targets(text, first_year=2021)]


def test_months_within_before_infants():
    assert _rows("到2025年，6个月内婴儿纯母乳喂养率达到50%以上。") == [(50.0, "%")]


def test_months_of_age_before_infants():
    assert _rows("0—6月龄婴儿纯母乳喂养率达到50%。") == [(50.0, "%")]
    assert _rows("全县6月龄内婴儿纯母乳喂养率保持在55%以上。") == [(55.0, "%")]


def test_months_below_before_toddlers():
    assert _rows("6个月以下婴幼儿家庭养育指导服务覆盖率达到80%。") == [(80.0, "%")]


def test_a_duration_in_months_stays_a_target():
    assert (3.0, "个月") in _rows("项目审批时间压缩至3个月以内。")
    assert (6.0, "个月") in _rows("完成整改时限不超过6个月。")
