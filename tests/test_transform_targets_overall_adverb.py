"""总体 before the verb ("水质优良比例总体达到70%以上", "优良天数比率总体稳定在88%") says the
level holds on the whole; it is no part of what is measured (audit round 12C)."""
from __future__ import annotations

from transform.targets import extract_targets


def _indicators(text: str) -> list[str]:
    return [t["indicator"] for t in extract_targets(text)]


def test_overall_before_the_verb_is_dropped():
    assert _indicators("到2030年，重点流域水质优良比例总体达到75%以上。") == ["重点流域水质优良比例"]


def test_overall_before_a_level_verb_of_another_kind():
    text = "到2025年，城市空气质量优良天数比率总体稳定在88%，森林覆盖率总体保持在60%以上。"
    assert _indicators(text) == ["城市空气质量优良天数比率", "森林覆盖率"]


def test_overall_inside_a_name_stays():
    assert _indicators("到2025年，总体规划编制完成率达到100%。") == ["总体规划编制完成率"]
