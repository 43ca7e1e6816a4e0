"""A news report of a meeting names no plan by its headline ("…召开…推进大会"), but the plan the
meeting issued, named in 《》 in its first paragraph, is the page's plan_title (with its years).
A meeting report naming no plan keeps none. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document

LEAD = (
    "某某晚报4月23日讯（记者李某）23日上午，某区召开实施强市战略推进大会，发布《某区贯彻落实强市战略"
    "行动方案（2023-2027年）》，出台十项专项行动，列出任务清单，明确重大项目80个。\n"
)


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


def test_meeting_report_takes_the_plan_it_issued():
    doc = _doc("启动十项专项行动!某区召开实施强市战略推进大会\n" + LEAD)
    assert doc["title"] == "启动十项专项行动!某区召开实施强市战略推进大会"
    assert doc["plan_title"] == "某区贯彻落实强市战略行动方案（2023-2027年）"
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2023, 2027)


def test_meeting_report_with_a_byline_takes_the_plan_it_issued():
    doc = _doc("某区召开实施强市战略推进大会\n来源：某区融媒体中心 2023-04-23\n" + LEAD)
    assert doc["plan_title"] == "某区贯彻落实强市战略行动方案（2023-2027年）"


def test_meeting_report_naming_no_plan_keeps_none():
    text = (
        "某区召开重点工作推进会\n来源：某区融媒体中心 2023-04-23\n"
        "23日上午，某区召开重点工作推进会，听取各部门一季度工作情况汇报，部署下阶段工作。\n"
    )
    assert _doc(text)["plan_title"] is None
