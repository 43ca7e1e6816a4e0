"""The yearly report on building a government under the rule of law (某县2025年法治政府建设情况
报告, …年度法治政府建设工作报告) is a report of results: its figures are what was done, and it is a
plan only where it sets out work ahead under a heading (transform/lexicons/results_report_kinds.txt;
invented pages)."""

from __future__ import annotations

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


_DONE = (
    "一、2025年工作情况\n"
    "(一)强化理论武装。全年开展专题学法12次,举办领导干部法治培训班3期,覆盖干部680人次。\n"
    "(二)规范行政执法。办理行政复议案件56件,全年组织执法检查20次。\n"
    "(三)深化普法宣传。开展普法活动120场,受众5万人次。\n"
    "二、存在的不足\n部分单位依法行政意识不强。\n"
)


def test_a_county_report_of_the_year_is_no_plan():
    text = "某县2025年法治政府建设情况报告\n发布日期:2026-01-20\n" + _DONE
    assert _doc(text)["is_plan"] is False


def test_a_district_work_report_of_the_year_is_no_plan():
    text = "某区2025年度法治政府建设工作报告\n发布时间:2026-02-03\n" + _DONE
    assert _doc(text)["is_plan"] is False


def test_a_report_titled_about_the_year_is_no_plan():
    text = "关于2025年度法治建设情况的报告\n来源:某市司法局 发布日期:2026-01-28\n" + _DONE
    assert _doc(text)["is_plan"] is False


def test_a_report_with_work_ahead_is_a_plan_by_its_work():
    text = (
        "某县2025年法治政府建设情况报告\n发布日期:2026-01-20\n" + _DONE + "三、2026年工作打算\n"
        "(一)完善依法决策机制,全年审查重大行政决策10项以上。(牵头单位:县司法局)\n"
        "(二)推进执法规范化,培训执法人员500人次。(牵头单位:县司法局)\n"
        "(三)开展普法活动150场以上。(牵头单位:县委宣传部)\n"
    )
    assert _doc(text)["is_plan"] is True


def test_a_rule_of_law_work_plan_stays_a_plan():
    text = (
        "某县2026年法治政府建设工作要点\n发布日期:2026-03-01\n"
        "1.完善依法决策机制,审查重大行政决策10项以上。(牵头单位:县司法局)\n"
        "2.开展普法活动150场以上。(牵头单位:县委宣传部)\n"
    )
    assert _doc(text)["is_plan"] is True
