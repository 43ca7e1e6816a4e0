"""A summary of a year's work (某镇2024年工作总结, 某局上半年工作总结报告) reports results, not work
to do: it is no plan however many figures it states, unless it lists work ahead (三、2025年工作打算);
a report that reviews one year and plans the next (…工作总结及2025年工作计划) stays a plan
(transform/lexicons/results_report_kinds.txt, plan_judging.reports_results)."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


_REVIEW = (
    "一、2024年工作情况\n"
    "（一）产业发展提质增效。一是壮大村集体经济。全年经营性收入达到1300万元，其中超过100万元的村5个。"
    "二是做强特色养殖。全镇肉牛存栏超过6000头，出栏9000余头。\n"
    "（二）民生保障持续改善。新建村级养老服务站8个，培训农村劳动力450人次，新增城镇就业320人。\n"
    "（三）基础设施不断完善。完成农村公路硬化26公里，改造危桥3座。\n"
)


@pytest.mark.parametrize(
    "title",
    ["某镇人民政府2024年工作总结", "县农业农村局2024年度工作总结", "某街道办事处上半年工作总结报告", "某乡2023年总结"],
)
def test_a_work_summary_is_no_plan(title):
    assert _doc(f"{title}\n{_REVIEW}")["is_plan"] is False


def test_a_summary_that_lists_work_ahead_stays_a_plan():
    text = (
        "某镇人民政府2024年工作总结\n" + _REVIEW + "二、2025年工作打算\n"
        "（一）新建高标准农田5000亩。\n（二）新增城镇就业300人。\n（三）完成农村公路提升改造20公里。\n"
    )
    assert _doc(text)["is_plan"] is True


def test_a_report_reviewing_one_year_and_planning_the_next_stays_a_plan():
    text = (
        "县卫健委2024年工作总结及2025年工作计划\n" + _REVIEW + "二、2025年工作计划\n"
        "1.新建村卫生室10个。牵头单位：县卫健委\n2.家庭医生签约率达到75%以上。牵头单位：县卫健委\n"
    )
    doc = _doc(text)
    assert doc["is_plan"] is True
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2025, 2025)
