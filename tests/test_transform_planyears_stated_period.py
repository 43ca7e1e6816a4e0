"""A whole plan states its period in its preface (issue 15, round 7C): "规划期为2021年至2025年",
"规划期限为2021—2025年，展望到2035年", "实施期限：2024—2026年". Where the title names no years,
that period is the plan's, not the base year before it (基准期为2020年) nor the outlook after
it (展望到2035年). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_PLAN = "{title}\n前言\n{preface}\n一、现状与形势\n（一）主要成效\n全县应急能力显著增强。\n二、主要任务\n（一）加强救援队伍建设。新建救援站5个。\n"


@pytest.mark.parametrize(
    ("preface", "years"),
    [
        ("本规划基准期为2020年,规划期为2021年至2025年。", (2021, 2025)),
        ("规划期限为2021—2025年，展望到2035年。", (2021, 2025)),
        ("规划基期为2020年，规划期为2021-2025年，远景展望至2035年。", (2021, 2025)),
        ("本规划期限为2023年至2027年，基准年为2022年。", (2023, 2027)),
        ("本方案实施期限：2024—2026年。", (2024, 2026)),
    ],
)
def test_a_stated_period_is_the_plan_years(preface: str, years: tuple[int, int]) -> None:
    for title in ("某县乡村振兴战略规划", "某县应急管理发展规划"):
        doc = parse_document(
            _PLAN.format(title=title, preface=preface), source="x.txt", is_text=True
        ).document
        assert (doc["plan_start_year"], doc["plan_end_year"]) == years, (title, preface)


def test_a_title_with_years_still_decides():
    text = _PLAN.format(title="某县乡村振兴规划（2022—2025年）", preface="规划期限为2021—2025年。")
    doc = parse_document(text, source="x.txt", is_text=True).document
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2022, 2025)


@pytest.mark.parametrize(
    ("title", "years"),
    [
        (
            "某市人民政府关于分解落实《某市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知",
            (2006, 2010),
        ),
        ("某县“十二五”交通发展规划", (2011, 2015)),
        ("某县国民经济和社会发展第十二个五年规划纲要", (2011, 2015)),
    ],
)
def test_earlier_five_year_plans(title: str, years: tuple[int, int]) -> None:
    text = f"{title}\n一、主要任务\n（一）加强道路建设。新建公路50公里。\n"
    doc = parse_document(text, source="x.txt", is_text=True).document
    assert (doc["plan_start_year"], doc["plan_end_year"]) == years
