"""A title line whose 文号 in brackets is followed, with no space, by the portal's date and view
count ("…的通知(某政发〔2021〕5号)2021.04.27798"): the date and count are no part of the title, the
文号 is the document's, and the plan title is the name the notice issues."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.metadata import plan_title_from, without_run_on_date

BODY = (
    "各区县人民政府，市政府各部门：\n"
    "《某市2024年优化营商环境行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
    "某市人民政府办公室\n2024年3月6日\n"
    "一、新增市场主体5000户。\n二、政务服务事项网上可办率达到98%。\n"
)


@pytest.mark.parametrize(
    "head,title,docno",
    [
        (  # a plan portal's list row pasted as the title line
            "某市人民政府办公室 关于印发某市2024年优化营商环境行动方案的通知(某政办发〔2024〕5号)2024.03.08798",
            "某市人民政府办公室 关于印发某市2024年优化营商环境行动方案的通知(某政办发〔2024〕5号)",
            "某政办发〔2024〕5号",
        ),
        (  # full-width brackets and a dashed date
            "关于印发某市2024年优化营商环境行动方案的通知（某政办发〔2024〕5号）2024-03-0812",
            "关于印发某市2024年优化营商环境行动方案的通知（某政办发〔2024〕5号）",
            "某政办发〔2024〕5号",
        ),
        (  # traditional characters
            "關於印發某市2024年優化營商環境行動方案的通知(某政辦發〔2024〕5號)2024/03/081024",
            "關於印發某市2024年優化營商環境行動方案的通知(某政辦發〔2024〕5號)",
            "某政辦發〔2024〕5號",
        ),
    ],
)
def test_the_run_on_date_is_cut_and_the_fields_read(head, title, docno):
    d = parse_document(head + "\n" + BODY, source="p.txt", is_text=True).document
    assert d["title"] == title
    assert d["doc_number"] == docno
    assert d["plan_title"] in ("某市2024年优化营商环境行动方案", "某市2024年優化營商環境行動方案")
    assert (d["plan_start_year"], d["plan_end_year"]) == (2024, 2024)


def test_a_title_with_its_doc_number_names_the_plan_it_issues():
    assert (
        plan_title_from("关于印发某县2025年重点工作任务分解方案的通知（某政发〔2025〕2号）", "")
        == "某县2025年重点工作任务分解方案"
    )


@pytest.mark.parametrize(
    "line",
    [
        "某县2024年重点工作任务(某政发〔2024〕2号)",  # no tail
        "某县国土空间总体规划(2021-2035年)",  # years in brackets, no 文号
        "关于印发某县2024年工作要点的通知 2024.03.08",  # a date after a space: another field
        "某县2024年民生实事进展情况表2024.03.08",  # no 文号 before it
    ],
)
def test_near_misses_keep_their_line(line):
    assert without_run_on_date(line) == line
