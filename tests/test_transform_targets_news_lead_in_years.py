"""A year-led clause right after a news lead-in ("据悉，2017年，该县还将动工建设农村公路30公里，计划
投资2000万元") commits to that year like a clause that opens its sentence ("2026年，我县将新建…");
a past clause after the commitment stays out, and a year-led clause without a word of commitment
is no goal (audit round 18B: a 县 交通 news lost its 2017 figures). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> set[float]:
    return {t["value"] for t in parse_document(text, source="x.txt", is_text=True).targets}


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        (
            "近日，笔者从某县交通局获悉，近年来该县大力建设农村路网。\n"
            "据悉，2017年，该县还将动工建设农村公路45公里，计划投资3000万元，目前已完成投资900万元。\n",
            {45.0, 3000.0},
            {900.0},
        ),
        (
            "某区教育局消息。\n据了解，2025年，该区计划新建幼儿园4所，新增学位1200个。\n",
            {4.0, 1200.0},
            set(),
        ),
        (
            "某縣水利局消息。\n據悉,2026年,該縣將新建小型水庫3座。\n",
            {3.0},
            set(),
        ),
    ],
    ids=["ju-xi", "ju-liaojie", "traditional"],
)
def test_a_year_led_clause_after_a_lead_in_commits(text, kept, dropped):
    got = _values(text)
    assert kept <= got and not (dropped & got), got


def test_a_year_led_clause_without_commitment_stays_out():
    text = "某县交通局消息。\n据悉，2016年，该县建成农村公路1406公里，全县100%的乡镇通了水泥路。\n"
    assert not ({1406.0} & _values(text))
