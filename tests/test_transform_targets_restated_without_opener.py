"""An item of a progress report (…完成情况) that restates its targets and reports no figure after
them ("2.培育融合发展平台2家，试点示范企业总数达30家。支持企业实施智能化改造。") keeps the restated
targets; an item whose later sentences give figures without a results opener stays without (those
may be results: "新建农村户厕800户。完成560户。")."""

from __future__ import annotations

from transform.document import parse_document

_REPORT = """关于2024年县政府重点工作推进情况的通报
一、重点指标完成情况
1.新引进亿元以上项目不少于20个。上半年，新引进亿元以上项目12个。
2.培育融合发展平台2家，试点示范企业总数达30家。支持企业实施数字化、智能化改造。
3.新建农村户厕800户。完成560户，完成率70%。
"""


def _values() -> list[float]:
    return [t["value"] for t in parse_document(_REPORT, source="r.txt", is_text=True).targets]


def test_an_item_with_no_figure_after_its_targets_keeps_them():
    got = _values()
    assert 2.0 in got and 30.0 in got


def test_an_item_with_figures_after_its_targets_keeps_none_of_them():
    got = _values()
    assert 800.0 not in got and 560.0 not in got
