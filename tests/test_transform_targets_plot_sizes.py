"""An area glued (maybe by 的) to a plot (地块, 宗地) is the size of the plot, which says which plot is
meant ("启动西侧400亩地块征地拆迁"): a qualifier, not a target (spec/EXTRACTION.md: thresholds that
qualify what is counted), as a settlement's size is. An area after a verb of work (完成3.5公顷的宗地
供应) or after the land it measures (盘活闲置地块400亩) stays a target."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["unit"]) for r in extract_targets(text, annual_year=2024)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county work plan
        ("加快推进7公顷工业用地报批,启动西侧400亩地块征地拆迁工作。", [(7.0, "公顷")]),
        # a news report
        ("该区今年将对东片区120亩的地块开展土壤污染状况调查,新建标准厂房5万平方米。", [(5.0, "万平方米")]),
        # a table row rendered as text
        ("3 园区扩容 北侧2.5公顷宗地完成挂牌出让 12月底", []),
        # traditional characters
        ("啟動東側12公頃地塊收儲,新建道路2公里。", [(2.0, "公里")]),
    ],
)
def test_plot_size_is_no_target(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("盘活闲置地块400亩,出让工业用地300亩。", [(400.0, "亩"), (300.0, "亩")]),
        ("完成3.5公顷的宗地供应。", [(3.5, "公顷")]),
        ("收储土地1000亩。", [(1000.0, "亩")]),
        ("新增建设用地200亩以上。", [(200.0, "亩")]),
    ],
)
def test_area_of_work_stays_a_target(text, expected):
    assert _values(text) == expected
