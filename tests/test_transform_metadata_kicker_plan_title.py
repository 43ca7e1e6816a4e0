"""A news headline whose column kicker alone names a plan ("【聚焦…规划】…") is no plan title
(invented pages)."""

from __future__ import annotations

from transform.metadata import extract_metadata


def _meta(page: str) -> dict:
    return extract_metadata(page, {}, page, page_has_body=True)


def test_kicker_naming_a_plan_over_a_news_headline_gives_no_plan_title():
    page = (
        "【解读“十五五”专项规划】我市加快打造内陆开放新高地\n时间: 2026年03月02日 来源:某某日报\n"
        "本报讯 3月1日,市政府新闻办举行发布会,有关部门负责人介绍了开放型经济发展情况。\n"
    )
    meta = _meta(page)
    assert meta["title"].startswith("【解读") and meta["plan_title"] is None


def test_kicker_over_a_headline_that_names_a_plan_keeps_it():
    page = (
        "【权威发布】西川县2025年十件民生实事项目清单\n发布时间:2025-02-10\n"
        "1.新建幼儿园3所。\n2.改造农村公路50公里。\n"
    )
    assert _meta(page)["plan_title"] == "西川县2025年十件民生实事项目清单"


def test_kicker_with_plan_word_and_plan_headline_keeps_the_headline():
    page = (
        "【聚焦年度计划】东陵区2024年重点工作任务分工方案\n发布时间:2024-03-01\n"
        "1.推进老旧小区改造。(牵头单位:区住建局)\n"
    )
    assert _meta(page)["plan_title"] is not None
