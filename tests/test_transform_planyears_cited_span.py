"""A span in parentheses of a plan the text cites or continues is not the plan's own span
(invented texts in several styles)."""

from __future__ import annotations

from transform.planyears import plan_years_of, years_in_text


def test_span_of_a_plan_cited_after_genju_is_skipped():
    text = (
        "为加快建设文旅名城,根据《云岭市文化旅游发展规划(2020—2035年)》,结合实际,制定本方案。\n"
        "2022年目标:新增A级景区3个。\n2023年目标:新增A级景区5个。\n2024年目标:建成示范区。\n"
    )
    assert years_in_text(text, None)[0] == 2022
    assert plan_years_of(("云岭市文旅融合三年行动方案",), text, None) == (2022, 2024)


def test_span_of_an_earlier_plan_the_text_continues_is_skipped():
    text = "该县继完成农村供水提标三年行动(2019-2021)后,启动新一轮行动。目标到2025年,农村自来水普及率达98%。"
    assert years_in_text(text, 2023) == (2023, 2025)


def test_span_cited_by_anzhao_with_ascii_parentheses_is_skipped():
    text = "按照《河西省交通强省建设纲要(2021-2035年)》部署,2024年全市新改建农村公路300公里。"
    assert years_in_text(text, 2024) == (2024, 2024)


def test_the_plans_own_span_after_a_citation_and_zhiding_stays():
    text = "为贯彻落实《关于加快发展的意见》,制定《东川区养老服务提升行动计划(2024—2026年)》。"
    assert years_in_text(text, 2024) == (2024, 2026)


def test_the_plans_own_span_with_jixu_stays():
    text = "我市将继续实施城乡供水一体化三年行动(2025-2027年),全面提升供水保障能力。"
    assert years_in_text(text, 2025) == (2025, 2027)


def test_a_span_without_citation_stays():
    text = "未来三年(2023—2025年),全县重点推进以下工作。"
    assert years_in_text(text, None) == (2023, 2025)
