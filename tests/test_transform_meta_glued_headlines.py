"""A document site's rendering may run the headline into the first sentence ("某县2025年度法治政府
建设情况报告2025年，全县坚持…"): the title is the headline, up to its kind (报告, 方案, 计划, 要点,
总结 …), where the opening's year and a comma follow right after it (transform/headings.py:
glued_headline; invented pages)."""

from __future__ import annotations

from transform.document import parse_document
from transform.headings import glued_headline


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


def test_a_work_plan_run_into_its_opening():
    text = (
        "县林业局2026年工作计划2026年，全县林业工作要深入实施生态优先战略，完成人工造林1.2万亩，"
        "森林覆盖率达到62%以上，新建省级森林乡村3个。\n"
    )
    doc = _doc(text)
    assert doc["title"] == "县林业局2026年工作计划"
    assert doc["plan_title"] == "县林业局2026年工作计划"
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2026, 2026)


def test_a_spaced_report_headline_run_into_its_opening():
    text = (
        "某县 2025 年度法治政府建设情况报告2025 年，全县坚持以习近平法治思想为指导，统筹推进依法行政，"
        "全年开展专题学法12次，举办领导干部法治培训班3期。\n"
    )
    assert _doc(text)["title"] == "某县 2025 年度法治政府建设情况报告"


def test_a_summary_run_into_its_opening_since_a_year():
    lines = ["某乡五年工作总结及下一步工作计划2021年以来，乡党委、政府在县委、县政府的正确领导下，坚持稳中求进。"]
    assert glued_headline(lines) == "某乡五年工作总结及下一步工作计划"


def test_prose_opening_with_a_year_is_no_headline():
    lines = ["为贯彻落实县委工作要点2025年，全县上下要坚持稳中求进，扎实推进各项工作。"]
    assert glued_headline(lines) is None  # a comma-free clause, but it opens with 为…: prose
    lines = ["今年以来，全县按照工作方案2025年，各项任务稳步推进，成效明显。"]
    assert glued_headline(lines) is None


def test_a_headline_on_its_own_line_is_left_to_the_other_rules():
    text = "某镇2026年工作计划\n2026年，全镇将聚焦产业发展，新建高标准农田2000亩。\n"
    assert _doc(text)["title"] == "某镇2026年工作计划"
