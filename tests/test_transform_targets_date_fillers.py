"""A deadline with a day before a target's phrase (9月30日前, 6月15日之前, 30日前) is no part of what
is measured: the indicator starts after it. A batch word (首批, 第二批) or a list of places alone
before the number qualifies the noun after it, which names what is counted."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text, indicator", [
    ("9月30日前全镇完成农村户用厕所改造不低于300座。", "农村户用厕所改造"),
    ("6月15日之前完成危桥改造12座。", "危桥改造"),
    ("11月30日前新建充电桩200个。", "充电桩"),
    ("每月25日前报送进度，全年完成造林1.2万亩。", "造林"),
])
def test_a_day_deadline_is_no_part_of_the_indicator(text, indicator):
    found = extract_targets(text, annual_year=2025)
    assert found[-1]["indicator"] == indicator


@pytest.mark.parametrize("text, indicator", [
    ("到2025年底前，全市建成首批100个示范社区。", "示范社区"),
    ("新建第二批20个未来乡村。", "未来乡村"),
    ("确保甲区、乙区、丙县50%的城市社区建成服务综合体。", "城市社区"),
])
def test_a_batch_word_or_a_list_of_places_before_the_number_qualifies_the_noun_after_it(text, indicator):
    found = extract_targets(text, annual_year=2025)
    assert found[-1]["indicator"] == indicator


@pytest.mark.parametrize("text, indicator", [
    ("新建成3所幼儿园。", "新建成幼儿园"),
    ("建成投用5个停车场。", "建成投用停车场"),
])
def test_a_verb_with_its_complement_before_the_number_stays_whole(text, indicator):
    assert extract_targets(text, annual_year=2025)[-1]["indicator"] == indicator


@pytest.mark.parametrize("text, indicator", [
    ("力争完成40个县（市、区）水源置换工作。", "完成县(市、区)水源置换工作"),
    ("建成8个县（市、区）级物流中心。", "建成县(市、区)级物流中心"),
])
def test_a_list_inside_a_bracket_does_not_cut_the_noun(text, indicator):
    assert extract_targets(text, annual_year=2025)[-1]["indicator"] == indicator
