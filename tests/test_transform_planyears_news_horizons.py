"""The years of a plan a news report names (round 10A). A headline's year two years or more
after the page's own ("2035年全省公路网规模将超10万公里", published 2022) is a horizon, not an
annual plan's year: the plan runs from the issue to it (an annual plan is issued in its year or
the year before). A long-range plan's name prints its span in parentheses, longer than fifteen
years too ("某市城市总体规划（2011—2030年）"). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _years(text: str) -> tuple[int | None, int | None]:
    doc = parse_document(text, source="n.txt", is_text=True).document
    return doc["plan_start_year"], doc["plan_end_year"]


_NEWS = "{headline}\n发布时间：{date} 来源：某某日报\n{body}\n"
_BODY = "记者从省交通运输厅获悉，全省将持续完善路网结构，新建农村公路3000公里，改造危桥200座。"


@pytest.mark.parametrize(
    ("headline", "date", "years"),
    [
        ("2035年全省公路网规模将超10万公里", "2022-07-26", (2022, 2035)),
        ("两部门：2030年基本建成城际交通网络", "2015-12-09", (2015, 2030)),
        ("某市：2027年城乡供水一体化率将达到90%", "2024-03-01", (2024, 2027)),
    ],
)
def test_a_headline_horizon_is_no_annual_plan(headline, date, years) -> None:
    assert _years(_NEWS.format(headline=headline, date=date, body=_BODY)) == years


@pytest.mark.parametrize(
    ("headline", "date", "years"),
    [
        ("某县2025年十件民生实事", "2024-12-28", (2025, 2025)),
        ("某市2024年重点工作安排", "2024-02-10", (2024, 2024)),
    ],
)
def test_an_annual_plan_keeps_its_year(headline, date, years) -> None:
    assert _years(_NEWS.format(headline=headline, date=date, body=_BODY)) == years


@pytest.mark.parametrize(
    ("name", "years"),
    [
        ("国家公路网规划（2013年—2030年）", (2013, 2030)),
        ("某市城市总体规划(2011-2030年)", (2011, 2030)),
        ("某省中长期铁路网规划（2016—2030年）", (2016, 2030)),
    ],
)
def test_a_long_range_plan_name_gives_its_span(name, years) -> None:
    body = f"交通运输部日前公布《{name}》。根据规划，今后将新建铁路1200公里，改造站场30个。"
    assert _years(_NEWS.format(headline="路网建设迎来新蓝图", date="2016-07-20", body=body)) == years
