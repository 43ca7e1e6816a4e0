"""A plan whose work is to draft or review a five-year plan (…“十五五”规划编制工作实施方案, …“十四五”
规划中期评估工作方案, …规划前期研究重大课题工作方案) covers the years of its own work, not the
five-year span of the plan it drafts; a news report of such drafting (…规划《纲要》编制工作) names no
plan, and a bare 《纲要》/《方案》 is a back-reference, not a plan's name (transform/planyears.py,
transform/headings.py; invented pages)."""

from __future__ import annotations

from transform.document import parse_document
from transform.planyears import makes_five_year_plan, plan_years


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


def _years(doc: dict) -> tuple:
    return doc["plan_start_year"], doc["plan_end_year"]


def test_titles_naming_the_drafting_of_a_five_year_plan():
    assert makes_five_year_plan("某县“十五五”规划编制工作实施方案")
    assert makes_five_year_plan("关于印发《某市国民经济和社会发展第十五个五年规划纲要编制工作方案》的通知")
    assert makes_five_year_plan("某区“十四五”规划中期评估工作方案")
    assert makes_five_year_plan("某县“十五五”规划前期研究重大课题工作方案")
    assert not makes_five_year_plan("某县“十五五”教育事业发展规划")
    assert not makes_five_year_plan("某市国民经济和社会发展第十五个五年规划纲要")


def test_a_five_year_plan_keeps_its_span():
    assert plan_years("某县“十五五”综合交通运输发展规划") == (2026, 2030)


def test_a_drafting_plan_takes_the_years_of_its_deadlines():
    text = (
        "某县“十五五”规划编制工作实施方案\n"
        "“十五五”时期(2026-2030年)是基本实现现代化承上启下的关键期,为科学编制好我县规划,制定本方案。\n"
        "一、主要任务和阶段安排\n"
        "(一)加强前期研究。由县发改局牵头,2025年4月底前提交研究成果。\n"
        "(二)起草规划纲要。2025年9月底前形成纲要初稿。\n"
    )
    assert _years(_doc(text)) == (2025, 2025)


def test_a_drafting_notice_with_a_page_date_and_phases_over_two_years():
    text = (
        "关于印发《某市“十五五”规划编制工作方案》的通知\n"
        "发布日期:2024-08-12\n"
        "各区县人民政府:\n现将《某市“十五五”规划编制工作方案》印发给你们。\n"
        "一、前期研究阶段。2024年12月底前完成重大课题研究。\n"
        "二、纲要起草阶段。2025年10月底前形成规划纲要草案。\n"
    )
    assert _years(_doc(text)) == (2024, 2025)


def test_a_midterm_review_plan_of_a_five_year_plan_is_not_the_five_years():
    text = (
        "某区“十四五”规划中期评估工作方案\n"
        "发布时间:2023-04-10\n"
        "一、评估内容\n对“十四五”规划(2021-2025年)实施情况进行全面评估。\n"
        "二、时间安排\n2023年6月底前形成评估报告。\n"
    )
    assert _years(_doc(text)) == (2023, 2023)


def test_a_drafting_plan_without_dates_takes_its_issue_year():
    text = (
        "某镇“十五五”规划编制工作方案\n"
        "发布日期:2025-03-03\n"
        "一、工作任务\n各村做好基础资料收集,配合完成规划编制。\n"
    )
    assert _years(_doc(text)) == (2025, 2025)


def test_news_of_drafting_a_plan_names_no_plan_and_is_no_plan():
    text = (
        "我市稳步推进“十五五”规划《纲要》编制工作\n"
        "记者从市发展改革委获悉,我市“十五五”规划基本思路已经确定,各专项规划编制前期工作已经启动。\n"
    )
    doc = _doc(text)
    assert doc["plan_title"] is None
    assert doc["is_plan"] is False


def test_a_bare_kind_in_brackets_is_no_plan_title():
    text = "两会2026｜《方案》亮点速递 城市更新再提速\n据介绍,今年将持续推进城市更新工作。\n"
    assert _doc(text)["plan_title"] != "方案"
