"""A month deadline written with a space between the figure and 月 ("12 月底前", "6 月 30 日前",
as a document site's text layer gives it), or with a Chinese month ("十月底前"), is no part of
what is measured: the indicator starts after it, as it does for "12月底前"."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    "text, indicator",
    [
        ("12 月底前全县农村卫生厕所普及率达到 85%。", "农村卫生厕所普及率"),
        ("9 月底前新建口袋公园 12 个。", "口袋公园"),
        ("6 月 30 日前完成危旧房屋排查 300 户。", "危旧房屋排查"),
        ("各乡镇 10 月底前，城乡生活垃圾无害化处理率达到 95%以上。", "城乡生活垃圾无害化处理率"),
        ("十月底前全市公共充电桩达到 1500 个。", "公共充电桩"),
        ("十二月底前建成社区食堂 20 家。", "社区食堂"),
    ],
)
def test_a_spaced_or_chinese_month_deadline_is_no_part_of_the_indicator(text, indicator):
    found = extract_targets(text, annual_year=2025)
    assert found and found[-1]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, indicator",
    [
        ("12月底前全县农村卫生厕所普及率达到85%。", "农村卫生厕所普及率"),
        ("三月份旅游接待人次达到 12 万人次。", "三月份旅游接待人次"),
    ],
)
def test_unspaced_deadlines_and_a_month_that_is_measured_stay_as_they_were(text, indicator):
    found = extract_targets(text, annual_year=2025)
    assert found and found[-1]["indicator"] == indicator
