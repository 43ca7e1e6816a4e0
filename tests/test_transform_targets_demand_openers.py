"""要求 opening the phrase before a figure ("《规划》要求到2025年数字中国发展指数从2020年的85提高到95",
"要求到2025年全县森林覆盖率达到65%") is the plan's demand, no part of the indicator: it is not read
as the modal 要 followed by a stray 求 (audit round 12C)."""
from __future__ import annotations

from transform.targets import extract_targets


def _indicators(text: str) -> list[str]:
    return [t["indicator"] for t in extract_targets(text)]


def test_the_plan_demands():
    text = "《规划》要求到2025年数字中国发展指数从2020年的85提高到95。"
    assert _indicators(text) == ["数字中国发展指数"]


def test_a_demand_without_the_plan_named():
    assert _indicators("要求到2025年全县森林覆盖率达到65%。") == ["森林覆盖率"]


def test_the_modal_still_goes():
    assert _indicators("到2025年，要新建学校5所。") == ["学校"]
