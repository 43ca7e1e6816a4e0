"""A progress report measures the investment done against the year's plan with a noun between the
period and the plan ("完成年度计划投资的31.7%", "占年度投资计划的97.2%", "为年度投资计划的30.9%",
"完成年度计划开工的80.8%"): like "占年度计划的80%", no number of that sentence is a target (audit
round 12A: 重点项目 progress pages). A milestone of a plan against its yearly investment stays one."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(t["value"], t["unit"]) for t in extract_targets(text, annual_year=2024)]


@pytest.mark.parametrize("text", [
    "1-5月，全区续建项目完成投资12.4亿元，完成年度计划投资的41.2%。",
    "前三季度，市级重点项目累计完成投资86亿元，占年度投资计划的78.5%。",
    "一季度全县重点项目完成投资9.3亿元，为年度投资计划的27.6%。",
    "上半年，全镇计划新开工项目实际开工14个，完成年度计划开工的70%。",
    "截至9月底，省级重点项目完成投资5.2亿元，占全年投资计划的91%。",
], ids=["done-plan-investment", "share-investment-plan", "wei", "plan-starts", "full-year"])
def test_a_share_of_the_years_investment_plan_reports_progress(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, row", [
    ("力争6月底前完成年度计划投资的50%以上。", (50.0, "%")),
    ("全年完成重点项目投资45亿元，三季度末前完成年度投资计划的80%。", (45.0, "亿元")),
    ("力争上半年完成投资额为年度投资计划的50%以上。", (50.0, "%")),
], ids=["milestone", "plan-with-milestone", "wei-milestone"])
def test_a_milestone_against_the_investment_plan_stays(text, row):
    assert row in _rows(text)


def test_a_plan_aim_named_by_its_share_of_the_plan_is_not_read_as_wei():
    # 以…为目标的3个: 为 names an aim, not the share of a plan
    assert (3.0, "个") in _rows("建设以零碳为目标的示范园区3个。")


def test_a_traditional_page_reporting_its_share_of_the_plan_gives_no_target():
    from transform.document import parse_document

    text = ("全縣重點項目進展\n2024年，全縣安排重點項目60宗。\n"
            "一季度全縣重點項目完成投資9.3億元，為年度投資計劃的27.6%。\n")
    values = [t["value"] for t in parse_document(text, source="t.txt", is_text=True).targets]
    assert 9.3 not in values and 27.6 not in values


@pytest.mark.parametrize("text, kept", [
    ("年度计划投资12亿元，1-5月完成年度计划投资的40%。", [12.0]),
    ("全年计划新开工项目20个，完成年度计划开工的55%。", [20.0]),
], ids=["investment", "starts"])
def test_the_plan_figure_the_share_is_measured_against_stays(text, kept):
    assert [v for v, _ in _rows(text)] == kept
