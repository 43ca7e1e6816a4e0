"""A template page (a document site's 范文) leaves its figures blank with letters: "播种面积 x 万亩
以上", "产值突破 x.x 千万元", "新增 xxxx 亩": no target is read there — the 千 of "千万元" after a
blank is no number (audit round 4, issue 15); real figures beside them still are."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text", [
    "2024年，全乡粮食播种面积 x 万亩以上，总产 x.xx 万吨以上，全产业链产值突破 x.x 千万元。",
    "新增订单面积 X 万亩以上，新增早稻 XXXX 亩以上。",
    "全年实现税收 ×× 百万元。",
])
def test_a_blank_figure_is_no_target(text):
    assert extract_targets(text) == []


def test_real_figures_beside_a_blank_stay():
    rows = [(t["value"], t["unit"]) for t in extract_targets("新建 x 个示范点，培训农民 500 人次，产值突破千万元。")]
    assert rows == [(500.0, "人次"), (1000.0, "万元")]
