"""A sentence that opens with a period of the year so far and a comma ("一季度，全区规模工业增加值
增长19.7%", "今年上半年，全镇完成固定资产投资3.96亿元") reports what was done in it: its figures are
progress, unless a word looking ahead comes before the number ("上半年，力争…"); a schedule in a
plan ("一季度完成…", "上半年前开工…") is no report (audit round 18B: a 区 news copy of a 行动方案 read
the first quarter's growth as a target). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> set[float]:
    return {t["value"] for t in parse_document(text, source="x.txt", is_text=True).targets}


_HEAD = "某区产业发展行动方案(2025-2027年)\n一、主要目标\n到2027年，全区规模以上工业企业达到260家。\n"


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("一季度，全区统筹推进经济发展，规模工业增加值增长19.7%。", {19.7}),
        ("今年上半年，全镇完成固定资产投资3.96亿元，同比增长34.6%。", {3.96, 34.6}),
        ("前三季度，全县新增市场主体1.2万户。", {1.2}),
        ("一季度,雨花區規模工業增加值增長12.5%。", {12.5}),
    ],
    ids=["first-quarter", "first-half", "three-quarters", "traditional"],
)
def test_a_sentence_reporting_the_year_so_far_is_progress(sentence, figures):
    got = _values(_HEAD + sentence + "\n")
    assert 260.0 in got and not (figures & got), got


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("上半年，力争全区规模工业增加值增长8%。", 8.0),
        ("一季度完成项目开工50个。", 50.0),
        ("全年新增市场主体1.5万户，其中上半年新增8000户。", 8000.0),
    ],
    ids=["looks-ahead", "schedule", "half-inside-a-clause"],
)
def test_a_period_that_is_a_goal_or_a_schedule_stays_a_target(sentence, figure):
    assert figure in _values(_HEAD + sentence + "\n")
