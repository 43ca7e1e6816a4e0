"""A digest printed on one line marks its items with " - " and its sources with "[1][2]": each
mark ends a clause, so an indicator never reaches back over it into the item before."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str) -> dict[float, dict]:
    return {t["value"]: t for t in parse_document(text, source="n.txt", is_text=True).targets}


@pytest.mark.parametrize(
    "line",
    [
        "某市2026年民生实事项目概览 - 计划新建口袋公园12个 [1] 就业促进 - 力争城镇新增就业8000人以上 [2]",
        "某市2026年民生实事项目概览 - 计划新建口袋公园12个 [1][2] 就业促进 - 力争城镇新增就业8000人以上 [3]",
    ],
)
def test_bullets_and_source_marks_end_a_clause(line):
    got = _targets("某市2026年民生实事项目公布\n" + line + "\n")
    assert "概览" not in (got[12.0]["indicator"] or "")
    assert got[8000.0]["indicator"] == "城镇新增就业"


def test_a_range_with_spaced_dashes_is_still_a_range():
    got = _targets("某县2026年重点工作安排\n全年计划新建村级服务站 5 - 8 个。\n")
    assert 5.0 in got and 8.0 not in got
