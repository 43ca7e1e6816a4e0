"""A news line that reports what a named document says with 其中提到/其中提出 or 》提到/文件提到
("…《实施意见》正式发布，其中提到要…，2025年农村卫生厕所普及率提升至86%左右") states the plan's
goals: its figures are read as goal lines, as those after 》提出 are."""

from __future__ import annotations

import pytest

from transform.targets.goals import plan_goal_lines


@pytest.mark.parametrize(
    "line",
    [
        "近日，2025年某省委一号文件《关于推进乡村全面振兴的实施意见》正式发布，其中提到要加强生态治理，"
        "2025年农村卫生厕所普及率提升至86%左右、农村生活污水治理率达到50%。",
        "《某县三年行动方案》印发，其中提出新建农村公路120公里、改造危桥8座。",
        "《方案》还提到，新增城镇就业5000人以上。",
        "文件提到，年内完成农村户厕改造1200户。",
    ],
)
def test_a_report_of_what_a_document_says_is_a_goal_line(line):
    assert plan_goal_lines("标题\n" + line, first_year=2025) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "《方案》实施以来，累计完成农村户厕改造1200户。",  # results of the plan
        "他在讲话中提到，去年全县新增就业5000人。",  # no document named
    ],
)
def test_near_misses_are_no_goal_lines(line):
    assert plan_goal_lines("标题\n" + line, first_year=2025) == []
