"""A count after the names it lists ("新增黄石、十堰、荆门、孝感4个社零额过千亿元城市") counts the
noun after it, as after "A、B等4个": the names are examples, not what is measured (audit round 10C:
a 湖北 消费 plan; the wording recurs in 文旅 and 物流 plans that name their sites)."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text, noun", [
    ("新增黄石、十堰、荆门、孝感4个社零额过千亿元城市。", "社零额过千亿元城市"),
    ("建成城东、城西、城南3个物流园区。", "物流园区"),
    ("创建青山村、白水村2个省级乡村旅游重点村。", "省级乡村旅游重点村"),
])
def test_a_count_after_named_examples_counts_the_noun_after_it(text, noun):
    [t] = extract_targets(text)
    assert t["indicator"].endswith(noun)
    assert "、" not in t["indicator"]


@pytest.mark.parametrize("text, indicator", [
    # no noun after the count: the names are what is counted
    ("新建中小学、幼儿园12所。", "中小学、幼儿园"),
    # a long subject is no list of names
    ("城市、农村居民人均可支配收入分别增长6%、8%。", "城市居民人均可支配收入"),
])
def test_other_lists_are_unchanged(text, indicator):
    assert extract_targets(text)[0]["indicator"] == indicator
