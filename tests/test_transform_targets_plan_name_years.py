"""A year inside the name of a five-year plan and its vision ("《…第十四个五年规划和2035年远景目标
纲要》", "…和二〇三五年远景目标的建议") names the plan: it is no year of the figures after it (EXTRACTION.md:
a target's year is the year by which it must hold). A heading or a goal "2035年远景目标" or
"到2035年，…" still dates what follows."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _years(text: str) -> list[tuple[float, int | None]]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return [(t["value"], t["year"]) for t in doc.targets]


@pytest.mark.parametrize(
    "text",
    [
        # a news report of a plan's publication
        "青禾市人民政府日前印发《青禾市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，"
        "提出地区生产总值年均增长6.5%。\n",
        # in Chinese numerals, with a white circle
        "青禾市人民政府日前印发《青禾市国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要》，"
        "提出地区生产总值年均增长6.5%。\n",
        # the proposal the plan is drawn up from
        "《中共青禾县委关于制定全县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》"
        "提出地区生产总值年均增长6.5%。\n",
        # traditional characters
        "青禾市人民政府日前印發《青禾市國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要》，"
        "提出地區生產總值年均增長6.5%。\n",
    ],
)
def test_a_plan_name_dates_no_figure(text):
    assert _years(text) == [(6.5, None)]


@pytest.mark.parametrize(
    "text",
    [
        "二、2035年远景目标\n到2035年，人均地区生产总值达到15万元。\n",
        "到二〇三五年，人均地区生产总值达到15万元。\n",
        "到2035年远景目标实现时，人均地区生产总值达到15万元。\n",
    ],
)
def test_a_vision_year_still_dates_its_figures(text):
    assert _years(text) == [(15.0, 2035)]
