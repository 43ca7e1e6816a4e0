"""A lead-in sentence that ends the preamble of a page and names a year and the goals ahead ("到2025年，
全县实现以下目标：") dates the targets of the top-level items below it (1、2、…, 一是…, （一）…) that name
no year, as it already dates items nested under a section (EXTRACTION.md: clauses after 到2025年
inherit 2025). A preamble that reviews the past, names no year, or does not end in a colon dates
nothing; an annex's items are not dated by the main text's lead-in. Every text here is invented."""

from __future__ import annotations

from transform.document import parse_document


def _years(text: str) -> dict[str, int | None]:
    r = parse_document(text, source="p.txt", is_text=True)
    return {t["indicator"]: t["year"] for t in r.targets}


def test_a_county_plan_whose_preamble_ends_in_a_dated_lead_in():
    years = _years(
        "某县生态环境保护三年行动方案\n"
        "为持续改善生态环境质量，到2025年，全县实现以下目标：\n"
        "1、细颗粒物浓度控制在32微克/立方米以下。\n"
        "2、地表水国控断面水质优良比例达到90%。\n"
        "3、新建污水管网40公里。\n"
    )
    assert years == {"细颗粒物浓度": 2025, "地表水国控断面水质优良比例": 2025, "污水管网": 2025}


def test_a_news_report_listing_goals_after_a_dated_lead_in():
    years = _years(
        "某市出台能源发展规划\n"
        "记者从市发展改革委获悉，《规划》从三个方面设定全市 2026 年能源发展的主要目标：\n"
        "一是供应能力。全市电力装机总量达到1200万千瓦。\n"
        "二是绿色转型。非化石能源消费比重提高到25%左右。\n"
    )
    assert years["电力装机总量"] == 2026
    assert years["非化石能源消费比重"] == 2026


def test_traditional_characters():
    years = _years(
        "某市衛生事業發展計劃\n"
        "未來五年，全市到2030年將實現：\n"
        "（一）每千人口床位數達到7張。\n"
        "（二）人均預期壽命達到82歲。\n"
    )
    assert set(years.values()) == {2030}


def test_a_year_of_its_own_wins():
    years = _years(
        "某县教育发展行动方案\n"
        "到2025年，全县实现以下目标：\n"
        "1、学前教育毛入园率达到95%。\n"
        "2、到2027年，普通高中毛入学率达到98%。\n"
    )
    assert years == {"学前教育毛入园率": 2025, "普通高中毛入学率": 2027}


def test_near_misses_date_nothing():
    review = _years(
        "某县2023年工作总结\n"
        "2023年，全县主要完成了以下工作：\n"
        "1、新建污水管网40公里。\n"
    )
    assert all(y is None for y in review.values())
    no_year = _years(
        "某县生态环境保护行动方案\n"
        "结合我县实际，主要任务如下：\n"
        "1、新建污水管网40公里。\n"
        "2、地表水国控断面水质优良比例达到90%。\n"
    )
    assert no_year == {"污水管网": None, "地表水国控断面水质优良比例": None}
    no_colon = _years(
        "某县生态环境保护行动方案\n"
        "到2025年，全县生态环境质量明显改善。\n"
        "1、新建污水管网40公里。\n"
    )
    assert no_colon == {"污水管网": None}
