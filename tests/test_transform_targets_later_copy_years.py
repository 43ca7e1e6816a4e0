"""An annual plan copied onto a page dated years later (a mirror, a site of model texts, a
collection re-posted): its 今年 and 明年 speak from the plan's own year, not from the copy's date.
A page dated two years or more after the year of its annual plan is such a copy (audit round 31B);
a page dated in the plan's year, or at the turn of the year, keeps reading 今年 from its date."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text.encode("utf-8"), source="t.txt", is_text=True)


def _years(text: str) -> dict[str, int | None]:
    return {t["text"]: t["year"] for t in _parse(text).targets}


_ANNUAL_2018 = (
    "二、2018年工作总体要求和目标任务\n"
    "2018年是全面深化改革的关键之年。\n"
    "综合考虑各种因素，今年我区经济社会发展的主要预期目标为：地区生产总值增长10%，"
    "工业增加值增长12%，社会消费品零售总额增长12%。\n"
    "根据以上目标任务，今年着重抓好以下重点工作：\n"
    "1、加快推进园区整合提升。今年新建标准厂房5万平方米。\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "时间:2021-08-31",
        "发布时间:2020-05-06 10:12",
        "日期：2023年3月1日",
    ],
)
def test_later_copy_reads_this_year_as_the_plan_year(stamp: str) -> None:
    text = f"开发区管委会年度工作总结范文(2)\n\n{stamp}\n\n{_ANNUAL_2018}"
    years = _years(text)
    assert years and set(years.values()) == {2018}, years


def test_later_copy_of_a_news_style_plan() -> None:
    # a news-style annual plan of 2019 on a page stamped 2022: 明年 is 2020
    text = (
        "某县2019年重点工作安排\n发布日期:2022-06-01\n\n"
        "2019年全县经济社会发展的主要预期目标是：地区生产总值增长7%，一般公共预算收入增长6%。\n"
        "一、抓好项目建设\n1.今年新开工重点项目30个，明年再新开工20个。\n"
    )
    years = _years(text)
    assert years["地区生产总值增长7%"] == 2019 or 2019 in years.values()
    assert all(y in (2019, 2020) for y in years.values()), years
    assert any(y == 2020 for y in years.values()), years


@pytest.mark.parametrize(
    ("stamp", "year"),
    [
        # published in its own year: 今年 is that year
        ("发布时间:2018-02-10", 2018),
        # published the year after (a report of January, a late copy): not two years on
        ("发布时间:2019-01-05", None),
    ],
)
def test_pages_dated_near_the_plan_year_keep_their_reading(stamp: str, year: int | None) -> None:
    text = f"某区2018年工作安排\n\n{stamp}\n\n{_ANNUAL_2018}"
    before = _years(text)
    if year is not None:
        assert set(before.values()) == {year}, before
    else:
        # (whatever the reading is, the rule of later copies does not touch it)
        assert before


def test_plan_of_several_years_is_untouched() -> None:
    # a plan of 2021-2025 copied in 2024: not an annual plan, its 今年 is never its first year
    text = (
        "某县三年行动方案(2021—2025年)\n发布时间:2024-03-01\n\n一、主要任务\n1.今年新建村级养老服务站10个。\n"
    )
    years = _years(text)
    assert years and 2021 not in years.values(), years
