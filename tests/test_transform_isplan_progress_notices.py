"""A supervision notice of how far a plan's work is (…重点工作任务三季度进展情况的督查通报, 关于10月份
民生实事项目进展情况的通报) reports progress: it is no plan unless it lists work ahead, and its shares
of the total (占总任务数的2.02%) are achieved figures; a progress table titled "…推进情况" that
lists the plan's tasks with their units stays a plan."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _doc(text: str) -> dict:
    return parse_document(text, source="p.txt", is_text=True).document


_BODY = ("根据工作安排，区政府督查室对重点工作任务进展情况进行了调度汇总，现将有关情况通报如下：\n"
         "60项重点工作任务中，5项已完成年度目标任务，占总任务数的8.3%；50项有序推进中，占总任务数的83.3%；"
         "5项未完成季度目标任务，占总任务数的8.3%。\n"
         "一、未完成季度目标任务具体情况\n1.老旧小区改造（牵头部门：区住建局）。目前尚未完成。\n"
         "2.农贸市场提升（牵头部门：区商务局）。目前尚未完成。\n3.停车设施建设（牵头部门：区城管局）。目前尚未完成。\n")


@pytest.mark.parametrize("title", [
    "某区人民政府关于《政府工作报告》重点工作任务三季度进展情况的督查通报",
    "关于2026年5月份民生实事项目进展情况的通报",
    "某县2026年重点工作落实情况督查通报",
], ids=["supervision", "monthly", "no-de"])
def test_a_progress_notice_is_no_plan(title):
    assert _doc(title + "\n" + _BODY)["is_plan"] is False


def test_a_progress_notice_with_work_ahead_stays_a_plan():
    text = ("关于2026年上半年重点工作推进情况的通报\n" + _BODY + "二、下一步工作安排\n"
            "1.区住建局负责加快老旧小区改造，9月底前完成。\n2.区商务局负责农贸市场提升，10月底前完成。\n")
    assert _doc(text)["is_plan"] is True


def test_a_progress_table_stays_a_plan():
    text = ("某县2026年重点工作推进情况（1-6月）\n序号 | 工作任务 | 牵头单位 | 进展情况\n"
            "1 | 新建学校3所 | 县教育局 | 已开工2所\n2 | 改造道路5公里 | 县交通局 | 已完成3公里\n"
            "3 | 新增托位200个 | 县卫健局 | 已新增120个\n")
    assert _doc(text)["is_plan"] is True


@pytest.mark.parametrize("text", [
    "5项已完成年度目标任务，占总任务数的8.3%。",
    "其中12项进度滞后，占总任务的10%。",
], ids=["total-count", "total-tasks"])
def test_a_share_of_the_total_tasks_is_no_target(text):
    assert [t["value"] for t in extract_targets(text) if t["unit"] == "%"] == []


_HEADLESS = ("为推进全市民生工程，确保目标任务完成，现将{what}通报如下：\n"
             "一、各县区实施进度排名\n第一名甲县；第二名乙县；第三名丙区。\n二、部分项目进展情况\n"
             "1、农村道路畅通工程，牵头部门：市交通局。进度较慢的为丙区。\n"
             "2、饮水安全提升工程，牵头部门：市水利局。未完成任务的为乙县。\n"
             "3、困难群体法律援助，牵头部门：市司法局。未完成任务的为甲县。\n")


@pytest.mark.parametrize("what", ["1至7月民生工程实施进度", "上半年重点工作推进情况"], ids=["progress", "push"])
def test_a_headless_progress_notice_is_no_plan(what):
    assert _doc(_HEADLESS.format(what=what))["is_plan"] is False


def test_a_headless_plan_that_reports_its_work_stays_a_plan():
    text = ("为推进全市民生工程，现将2026年民生工程任务分工报告如下：\n"
            "1、农村道路畅通工程，牵头部门：市交通局，年底前完成。\n"
            "2、饮水安全提升工程，牵头部门：市水利局，年底前完成。\n"
            "3、困难群体法律援助，牵头部门：市司法局，年底前完成。\n")
    assert _doc(text)["is_plan"] is True


def test_a_results_report_with_work_ahead_under_any_heading_mark_is_a_plan():
    """The heading of work ahead may open with any heading mark (the one definition in
    `transform.numbering.HEADING_MARK`): 三、 （三） 3、 or none."""
    from transform.plan_judging import _WORK_AHEAD

    for mark in ("三、", "（三）", "(3)", "3、", "3.", ""):
        assert _WORK_AHEAD.search(f"二、工作成效\n成效明显。\n{mark}下一步工作打算\n继续推进。")
    assert not _WORK_AHEAD.search("二、工作成效\n下一步将继续推进各项工作。")
