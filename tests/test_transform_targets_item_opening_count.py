"""A count that opens an item of a 、-list, right after the 、 ("完成农村饮水安全巩固提升、府澴河防洪治理
二期、5座小(二)型水库除险加固工程建设"), counts the noun after it, not the items before it, which
name other work (audit round 17B: a 县 report read the 5座 as "农村饮水安全巩固提升、府澴河防洪治理二期").
A list of names before a shared count ("新建城东、城西2所幼儿园") and a count after a noun ("新建学校、
幼儿园12所") keep their readings. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _indicators(text: str) -> dict[float, str]:
    return {t["value"]: t["indicator"] for t in parse_document(text, source="x.txt", is_text=True).targets}


_HEAD = "某县2024年政府工作报告\n(四)突出乡村振兴\n"


@pytest.mark.parametrize(
    "sentence, value, noun",
    [
        ("完成农村饮水安全巩固提升、府澴河防洪治理二期、5座小型水库除险加固工程建设。", 5.0, "小型水库除险加固工程"),
        ("推进城区污水管网改造、老旧供水管网更新、12个易涝点整治。", 12.0, "易涝点整治"),
        ("完成農村飲水安全鞏固提升、防洪治理二期、8座小型水庫除險加固工程建設。", 8.0, "小型水庫除險加固工程"),
    ],
    ids=["reservoirs", "flood-points", "traditional"],
)
def test_a_count_opening_an_item_counts_the_noun_after_it(sentence, value, noun):
    got = _indicators(_HEAD + sentence + "\n")
    assert noun in (got.get(value) or ""), got


@pytest.mark.parametrize(
    "sentence, value, indicator",
    [
        ("新建学校、幼儿园12所。", 12.0, "学校、幼儿园"),
        ("新建高标准农田2万亩、设施大棚500亩。", 500.0, "设施大棚"),
    ],
    ids=["noun-before-count", "next-item-noun-first"],
)
def test_other_list_readings_stay(sentence, value, indicator):
    got = _indicators(_HEAD + sentence + "\n")
    assert got.get(value) == indicator, got
