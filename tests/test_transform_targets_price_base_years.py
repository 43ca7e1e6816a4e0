"""A year right before 价格/不变价/可比价 names the prices figures are counted in ("按2005年价格
计算"), not the year they must hold by: the targets after it keep the year of the sentence."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _years(text: str) -> dict[float, int | None]:
    return {r["value"]: r["year"] for r in extract_targets(text, default_year=None)}


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("到2015年,全区单位生产总值能耗降到0.9吨标准煤(按2010年价格计算),比上年降低3.5%。", 3.5, 2015),
        ("到2030年，地区生产总值达到800亿元（2020年不变价），人均收入达到6万元。", 6.0, 2030),
        ("到2027年，工业增加值（按2022年可比价计算）年均增长7%，规上企业达到300家。", 300.0, 2027),
    ],
)
def test_a_price_base_year_dates_nothing(text, value, year):
    assert _years(text)[value] == year


def test_a_year_before_other_words_still_dates():
    assert _years("2026年完成改造300户。")[300.0] == 2026
