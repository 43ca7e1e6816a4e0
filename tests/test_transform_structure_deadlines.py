"""tasks.deadline (date) and tasks.deadline_text (as printed), from a 完成时限 column or the text."""
from __future__ import annotations

from datetime import date

import pytest

from transform.deadlines import find_deadline
from transform.document import parse_document
from transform.tables import build_tables


@pytest.mark.parametrize("text, year, expected", [
    ("6月底前完成项目验收。", 2024, (date(2024, 6, 30), "6月底前")),
    ("2月底前完成方案编制。", 2024, (date(2024, 2, 29), "2月底前")),          # a leap year
    ("力争2025年底前建成投用。", 2023, (date(2025, 12, 31), "2025年底前")),
    ("年内完成招标工作。", 2023, (date(2023, 12, 31), "年内")),
    ("9月30日前完成改造。", 2022, (date(2022, 9, 30), "9月30日前")),
    ("三季度末完成主体工程。", 2024, (date(2024, 9, 30), "三季度末")),
    ("上半年开工建设。", 2024, (date(2024, 6, 30), "上半年")),
    ("十二月底前全部完工。", 2021, (date(2021, 12, 31), "十二月底前")),
    ("5月底前完成方案，11月底前全面完成。", 2024, (date(2024, 11, 30), "11月底前")),   # the last limit
    ("6月底前完成项目验收。", None, (None, "6月底前")),                          # no plan year known
    ("完成时限：全年", 2024, (date(2024, 12, 31), "全年")),
    ("（牵头单位：县住建局；完成时限：长期坚持）", 2024, (None, "长期坚持")),
    ("完成时间：2023年12月31日前", 2024, (date(2023, 12, 31), "2023年12月31日前")),
    ("时间节点：9月投入使用", 2024, (date(2024, 9, 30), "9月投入使用")),
    ("完成时限：2024.6", None, (date(2024, 6, 30), "2024.6")),
    ("完成时限：2025-03-15", None, (date(2025, 3, 15), "2025-03-15")),
])
def test_deadline_forms(text, year, expected):
    assert find_deadline(text, year) == expected


@pytest.mark.parametrize("text", ["到2025年，全县粮食产量达到60万吨。", "持续推进河湖长制。", "三年内建成示范区。",
                                  "9月30日召开推进会。", "全年新增就业3000人。"])
def test_no_deadline_in_goals_spans_events_or_standing_work(text):
    assert find_deadline(text, 2024) == (None, None)


def test_deadline_column_of_a_table_reaches_the_task_row_and_the_tasks_table():
    text = ("某县2024年民生实事工作安排\n序号 | 工作任务 | 牵头单位 | 完成时限\n"
            "1 | 新建公办幼儿园3所。 | 县教体局 | 8月底前\n2 | 完善社区养老服务网络。 | 县民政局 | 持续推进")
    parsed = parse_document(text, source="t.txt", is_text=True)
    assert [(t["deadline"], t["deadline_text"]) for t in parsed.tasks] == [
        (date(2024, 8, 31), "8月底前"), (None, "持续推进")]
    frame = build_tables([parsed])["tasks"]
    assert frame["deadline"].to_list() == [date(2024, 8, 31), None]
    assert frame["deadline_text"].to_list() == ["8月底前", "持续推进"]


def test_deadline_in_the_task_text_of_an_annual_plan():
    text = "某镇2023年重点工作安排\n一、基础设施\n1.实施道路硬化工程，10月底前完成15公里。（牵头单位：镇建设办）"
    task = parse_document(text, source="t.txt", is_text=True).tasks[0]
    assert (task["deadline"], task["deadline_text"]) == (date(2023, 10, 31), "10月底前")


def test_a_deadline_value_that_is_a_year_alone_is_the_end_of_that_year():
    from datetime import date

    from transform.deadlines import find_deadline

    assert find_deadline("新建教学楼1栋。（完成时限：2025）", 2024) == (date(2025, 12, 31), "2025")


@pytest.mark.parametrize("text, day, shown", [
    ("宣传发动阶段（1月—2月）。制定实施方案，广泛宣传发动。", "2024-02-29", "1月—2月"),
    ("集中攻坚阶段(2024年3月-2024年10月)。对照标准逐项整改。", "2024-10-31", "2024年3月-2024年10月"),
    ("摸底排查（5月28日至6月10日）。全面排查问题隐患。", "2024-06-10", "5月28日至6月10日"),
])
def test_a_phase_ends_with_the_time_range_of_its_heading(text, day, shown):
    from transform.deadlines import find_deadline

    deadline, deadline_text = find_deadline(text, 2024)
    assert str(deadline) == day and deadline_text == shown
