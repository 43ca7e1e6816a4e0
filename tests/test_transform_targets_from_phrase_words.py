"""A from-phrase with a few words between 由/从 and 的 ("由原来规划的10.6万公里调增到26.5万公里",
"从原先确定的60%提高到65%") gives the old value: no target, and the subject stays before 由."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _targets(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["indicator"]) for r in extract_targets(text, default_year=2024)]


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("农村公路总里程由原来规划的3.2万公里调增到4.5万公里。", 4.5, "农村公路总里程"),
        ("森林覆盖率由原先确定的58%提高到62%。", 62.0, "森林覆盖率"),
        ("高标准农田面积从原计划的80万亩增加到100万亩。", 100.0, "高标准农田面积"),
        ("污水处理能力由原设计的5万吨/日调高至8万吨/日。", 8.0, "污水处理能力"),
    ],
)
def test_the_old_value_is_dropped_and_the_subject_kept(text, value, indicator):
    assert _targets(text) == [(value, indicator)]


def test_a_count_without_a_change_to_a_level_stays():
    # no 提高到/调增到 after it: 由 names who manages the work, the count is a target
    assert _targets("新建村级服务站30个，由原乡镇的干部负责管理。") == [(30.0, "村级服务站")]
