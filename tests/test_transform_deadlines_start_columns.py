"""A project table's start column (开工时间, 计划开工, 开始时间) is no deadline: the task is due when
its completion column (竣工时间, 完成时限) says."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _deadlines(text: str) -> list[tuple[str | None, str | None]]:
    doc = parse_document(text, source="p.txt", is_text=True)
    return [(t["deadline_text"], t["deadline"] and t["deadline"].isoformat()) for t in doc.tasks]


@pytest.mark.parametrize("start, end", [("开工时间", "竣工时间"), ("计划开工", "计划竣工"), ("开始时间", "完成时限")])
def test_the_completion_column_is_the_deadline(start, end):
    text = (f"某县2024年重点项目建设计划\n序号 | 项目名称 | 建设内容 | {start} | {end} | 责任单位\n"
            "1 | 城北污水处理厂 | 新建污水处理厂一座 | 2024年3月 | 2025年6月 | 县住建局\n"
            "2 | 第二中学扩建 | 新建教学楼2栋 | 2024年5月 | 2024年12月 | 县教体局\n")
    assert _deadlines(text) == [("2025年6月", "2025-06-30"), ("2024年12月", "2024-12-31")]


def test_a_lone_time_column_stays_the_deadline():
    text = ("某县2024年重点项目建设计划\n序号 | 项目名称 | 建设内容 | 完成时间 | 责任单位\n"
            "1 | 城北污水处理厂 | 新建污水处理厂一座 | 2024年10月 | 县住建局\n"
            "2 | 第二中学扩建 | 新建教学楼2栋 | 2024年12月 | 县教体局\n")
    assert [d for d, _ in _deadlines(text)] == ["2024年10月", "2024年12月"]
