"""A schedule column (进度安排, 时间节点, 推进计划) lists its milestones as ①②③ items that each
open with their time ("①3月底前，完成选址。②6月底前，开工建设。"): the cell is the row's
deadline, never sub-tasks of the row, in a piped table and in a table one cell a line; ①②
items of the task cell itself stay sub-tasks."""

from __future__ import annotations

from transform.document import parse_document
from transform.table_cells import cell_type


def _tasks(text: str):
    return parse_document(text, source="t.txt", is_text=True).tasks


def test_a_cell_of_dated_milestones_is_a_deadline_cell():
    assert cell_type("①3月底前，完成选址论证。②6月底前，开工建设。③12月底前，主体完工。") == "deadline"
    assert cell_type("①2025年5月前完成招标；②2025年10月前建成投用。") == "deadline"
    # an item list that is work, not time, stays text
    assert cell_type("①新建小学2所。②改扩建初中3所。") == "long"
    # one dated sentence is no schedule of items
    assert cell_type("6月底前完成全县农村公路危桥改造并通过验收，确保安全通行。") == "long"


def test_a_piped_table_with_a_milestone_column():
    text = (
        "某县2024年重点工作推进表\n"
        "序号 | 工作事项 | 进度安排 | 牵头单位 |\n"
        "1 | 建设城东污水处理厂。 | ①3月底前，完成选址论证。②6月底前，开工建设。③12月底前，主体完工。 | 县住建局 |\n"
        "2 | 实施老旧小区改造。 | ①4月底前，确定改造清单。②11月底前，完成改造。 | 县住建局 |\n"
    )
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert [t["title"] for t in tasks] == ["建设城东污水处理厂", "实施老旧小区改造"]
    assert all(t["lead_units"] == ["县住建局"] for t in tasks)


def test_a_one_cell_a_line_table_with_a_schedule_column():
    text = (
        "某镇2025年重点项目清单\n"
        "序号\n项目名称\n时间节点\n责任单位\n"
        "1\n新建镇文化活动中心\n①2025年5月前完成招标；②2025年10月前建成投用。\n镇文化站\n"
        "2\n改造集镇供水管网\n①3月底前完成设计；②9月底前完工通水。\n镇村建办\n"
    )
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert [t["title"] for t in tasks] == ["新建镇文化活动中心", "改造集镇供水管网"]
    assert [t["lead_units"] for t in tasks] == [["镇文化站"], ["镇村建办"]]


def test_items_of_the_task_cell_stay_sub_tasks_beside_a_schedule():
    text = (
        "序号 | 项目名称 | 具体任务 | 推进计划 | 牵头单位\n"
        "1 | 教育扩容工程 | ①新建小学2所。②改扩建初中3所。 | ①6月底前开工。②12月底前完工。 | 区教体局\n"
    )
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1", "①"], ["1", "②"]]
    assert all(t["lead_units"] == ["区教体局"] for t in tasks)


def test_a_schedule_is_due_at_its_last_milestone():
    from datetime import date

    from transform.deadlines import find_deadline

    got = find_deadline("建设城东污水处理厂。（完成时限：①3月底前，完成选址论证。②6月底前，开工建设。）", 2025)
    assert got == (date(2025, 6, 30), "①3月底前，完成选址论证。②6月底前，开工建设")
    # a single labelled value is read as before
    assert find_deadline("改造老旧小区。（完成时限：10月底前）", 2025) == (date(2025, 10, 31), "10月底前")


def test_a_schedule_column_gives_the_last_milestone_as_the_deadline():
    from datetime import date

    text = (
        "某县2025年重点工作推进表\n"
        "序号 | 工作事项 | 进度安排 | 牵头单位 |\n"
        "1 | 建设城东污水处理厂。 | ①3月底前，完成选址论证。②6月底前，开工建设。③12月底前，主体完工。 | 县住建局 |\n"
        "2 | 实施老旧小区改造。 | ①4月底前，确定改造清单。②11月底前，完成改造。 | 县住建局 |\n"
    )
    tasks = _tasks(text)
    assert [t["deadline"] for t in tasks] == [date(2025, 12, 31), date(2025, 11, 30)]
