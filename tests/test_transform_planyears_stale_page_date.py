"""A copy of a news report published years later (a mirror's page date) still looks ahead to its
horizons ("预计到2020年…" on a page dated 2024): the plan does not start at the copy's date, or
every goal by 2020 would be read as a past figure and dropped (round 10A). Where the text looks
ahead to a horizon already past at the page date, the plan years come from the text. A text
that only reviews a past horizon ("到2020年底，全市累计建成…", no forward cue) keeps the page
date as its first year. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


def test_a_later_copy_keeps_the_goals_of_its_horizon() -> None:
    text = (
        "某开发区投入20亿元改扩建中小学\n"
        "2024-05-23 12:31:52 某某考试网\n"
        "记者从某开发区教育局获悉，2017年全区学生数增长2000人。开发区将投入20亿元改扩建中小学校，"
        "预计到2020年，使辖区中小学校达到50所，可容纳60000名学生。到2030年，总规划中小学80所。\n"
    )
    p = _parse(text)
    doc = p.document
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2017, 2030)
    got = {(t["value"], t["unit"]): t["year"] for t in p.targets}
    assert got.get((50.0, "所")) == 2020
    assert got.get((80.0, "所")) == 2030


def test_a_later_copy_naming_only_horizons() -> None:
    text = (
        "某省加快建设农村公路网\n"
        "发布时间：2023-03-01 来源：某某网\n"
        "记者从省交通运输厅获悉，力争到2020年，全省新改建农村公路8000公里；"
        "到2025年，全省农村公路总里程达到15万公里。\n"
    )
    doc = _parse(text).document
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2020, 2025)


def test_a_review_of_a_past_horizon_keeps_the_page_date() -> None:
    text = (
        "某县推进农村供水保障\n"
        "发布时间：2021-06-01 来源：某县融媒体中心\n"
        "到2020年底，全县累计建成集中供水工程120处。记者获悉，到2025年，全县农村自来水普及率"
        "将达到98%，规模化供水覆盖率达到60%。\n"
    )
    doc = _parse(text).document
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2021, 2025)
