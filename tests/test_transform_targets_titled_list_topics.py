"""A news page whose headline names the year's list of 实事 ("某市2026年民生实事项目公布") may give
the list's items as paragraphs led by their field ("教育方面，新增学位…", "养老服务方面：新建…")
without a cue word of their own: those paragraphs are the list's items, and their figures are
targets, like the lead's (audit rounds 16B/17B: a 市 民生实事 news page read only its lead).
Paragraphs about the past (已完成, 截至, 去年) stay out, and so does a page whose headline reports
results (…完成情况) or names no list."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str) -> list[dict]:
    return parse_document(text, source="n.txt", is_text=True).targets


def _values(text: str) -> list[float]:
    return [t["value"] for t in _targets(text)]


_CITY = (
    "某市2026年重要民生实事项目公布\n"
    "某市融媒体中心 2026-02-05 09:10\n\n"
    "2月5日，某市2026年民生实事项目公布，涵盖教育、养老、就业等6个方面。2026年，某市将新增托位800个。\n\n"
    "教育保障方面，新增中小学学位6000个；为3万名学生开展视力筛查。\n\n"
    "养老服务方面，新建社区养老服务站30个，新增家庭养老床位1200张。\n\n"
    "就业创业方面，提供不少于2万个就业岗位，开展职业技能培训1.5万人次。\n"
)

_COUNTY_COLON = (
    "某县公布2025年十件为民办实事\n\n"
    "县人大代表票决确定了2025年十件为民办实事项目。\n"
    "交通出行方面：硬化农村道路45公里，新建候车亭20个。\n"
    "医疗卫生方面：改造村卫生室16个。\n"
    "住房保障方面：完成老旧小区改造12个、1500户。\n"
)

_TRADITIONAL = (
    "某區2026年民生實事項目出爐\n"
    "某區2026年民生實事項目近日公佈，將推動新增停車位3000個。\n"
    "社區服務方面，新建長者飯堂8個。\n"
    "環境整治方面，整治背街小巷40條。\n"
)


@pytest.mark.parametrize(
    "text, values",
    [
        (_CITY, [800.0, 6000.0, 3.0, 30.0, 1200.0, 2.0, 1.5]),
        (_COUNTY_COLON, [45.0, 20.0, 16.0, 12.0, 1500.0]),
        (_TRADITIONAL, [3000.0, 8.0, 40.0]),
    ],
    ids=["city-comma", "county-colon", "traditional"],
)
def test_field_paragraphs_of_a_titled_list_give_targets(text, values):
    got = _values(text)
    assert all(v in got for v in values), got


def test_field_paragraph_targets_take_the_list_year():
    years = {t["value"]: t["year"] for t in _targets(_CITY)}
    assert years[6000.0] == 2026 and years[1200.0] == 2026


def test_past_field_paragraphs_stay_out():
    text = (
        "某市2026年民生实事项目公布\n"
        "某市2026年民生实事项目近日公布，将新增托位800个。\n"
        "教育保障方面，去年已新增学位5000个。\n"
        "养老服务方面，截至目前已建成养老服务站45个。\n"
    )
    got = _values(text)
    assert 800.0 in got and 5000.0 not in got and 45.0 not in got


def test_a_results_headline_gives_no_field_paragraphs():
    text = (
        "某市2025年民生实事项目完成情况\n"
        "某市2025年民生实事项目全部完成。\n"
        "教育保障方面，新增中小学学位6000个。\n"
        "养老服务方面，新建社区养老服务站30个。\n"
    )
    got = _values(text)
    assert 6000.0 not in got and 30.0 not in got


def test_a_headline_naming_no_list_gives_no_field_paragraphs():
    text = (
        "某市召开2026年经济形势分析会\n"
        "会议指出，2026年要扎实推进各项工作。\n"
        "工业经济方面，规上工业企业达到420家。\n"
        "项目建设方面，开工项目120个。\n"
    )
    got = _values(text)
    assert 420.0 not in got and 120.0 not in got
