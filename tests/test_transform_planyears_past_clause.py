"""A year whose clause tells what was done then ("2003年实施“村村通”工程以来", "2008年启动了…") is
no year of the plan: news of this year's work that recalls how it began keeps no year from it,
while the plan's own years stay."""

from __future__ import annotations

from transform.planyears import years_in_text


def test_year_of_a_programme_since_which_is_no_plan_year():
    text = (
        "全县农村公路通车里程1500公里。但2006年开展“户户通”工程以来修建的道路多已老化，"
        "今年年初，该县投资5000万元改造农村公路80公里。\n"
    )
    assert years_in_text(text, None) == (None, None)


def test_year_with_a_done_verb_is_no_plan_year():
    text = "近年来全市持续建设农村路网，2010年启动了乡道改建工程。今年计划投入资金3000万元。\n"
    assert years_in_text(text, None) == (None, None)


def test_traditional_done_verb_is_no_plan_year():
    text = "全縣各村基本實現通硬化路後，2009年實施了縣道提升工程。今年計劃改建縣道40公里。\n"
    assert years_in_text(text, None) == (None, None)


def test_past_year_beside_the_plan_year_keeps_the_plan_year():
    text = (
        "该区2015年建成了首批智慧社区。2024年，全区将新建智慧社区20个，"
        "2024年底前实现街道全覆盖。\n"
    )
    assert years_in_text(text, None) == (2024, 2024)


def test_plan_year_with_a_comma_before_a_past_word_still_counts():
    text = "2023年，在前期已经完成试点的基础上，全市推广垃圾分类，新建分类站点500个。\n"
    assert years_in_text(text, None) == (2023, 2023)


def test_annual_plan_year_with_no_past_word_counts():
    text = "2025年全镇实施农村人居环境整治，改造户厕1200户，新建污水管网15公里。\n"
    assert years_in_text(text, None) == (2025, 2025)


def test_since_year_with_words_between_and_a_horizon():
    text = "2018年推行河长制以来，水质持续改善。到2027年，全市地表水优良比例达到90%以上。\n"
    assert years_in_text(text, 2024) == (2024, 2027)
