"""A year the text calls past ("刚刚过去的2020年", "在过去的2023年") is no year of the plan: a news
list of this year's 实事 that recalls last year's first keeps this year's."""

from __future__ import annotations

from transform.planyears import years_in_text


def test_just_past_year_does_not_set_the_plan_year():
    text = (
        "刚刚过去的2020年，全市实施为民办实事项目30个，全部完成。今年，我市将实施32个项目：\n"
        "1.新建公办幼儿园15所；\n2.改造老旧小区40个；\n3.推进城市安全信息系统建设（2021年）；\n"
    )
    assert years_in_text(text, None) == (2021, 2021)


def test_past_year_with_guoqu_de_and_a_later_plain_year():
    text = "过去的2023年，县里新建农村公路100公里。2024年，计划新建农村公路120公里。\n"
    assert years_in_text(text, None) == (2024, 2024)


def test_a_year_without_a_past_word_still_counts():
    text = "2022年，全县计划新建5G基站300个，改造提升农贸市场6个。\n"
    assert years_in_text(text, None) == (2022, 2022)
