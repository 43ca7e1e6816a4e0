"""Lists joined by 和/及/与: a comparator word after the last value of a 分别 list holds for each
value, whatever its unit ("粮食播种面积和总产量分别稳定在100万亩和40万吨以上"); and the connector
right after a figure opens no noun of the next one ("新建学校5所和幼儿园10所" counts 幼儿园)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text,comparators", [
    ("全县粮食播种面积和总产量分别稳定在100万亩和40万吨以上", [">=", ">="]),
    ("全年接待游客和旅游收入分别增长10%和15%以上", [">=", ">="]),
    ("高新技术企业和科技型企业分别达到100家、300家以上", [">=", ">="]),
])
def test_the_last_comparator_of_a_fenbie_list_holds_for_each(text, comparators):
    assert [t["comparator"] for t in extract_targets(text)] == comparators


def test_without_fenbie_a_joined_figure_keeps_its_own_comparator():
    assert [t["comparator"] for t in extract_targets("新建学校5所和幼儿园10所以上")] == ["=", ">="]


@pytest.mark.parametrize("text,indicators", [
    ("新建学校5所和幼儿园10所", ["学校", "幼儿园"]),
    ("培育龙头企业5家及合作社20家", ["龙头企业", "合作社"]),
    ("新建学校5所以及幼儿园10所", ["学校", "幼儿园"]),
    ("新建学校5所，和美乡村达到10个", ["学校", "和美乡村"]),
])
def test_a_connector_after_a_figure_is_no_part_of_the_next_indicator(text, indicators):
    assert [t["indicator"] for t in extract_targets(text)] == indicators
