"""A progress column named by its 进度 (当前进度, 完成进度, 进度) reports, never commits: its
figures are no targets and stay out of the task, in any table rendering; a 进度安排 column is
still the deadline (lexicons/table_columns.toml)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.table_cells import column_role


@pytest.mark.parametrize(
    "head, role",
    [
        ("当前进度", "progress"),
        ("完成进度", "progress"),
        ("进度", "progress"),
        ("目前进度", "progress"),
        ("实际进度", "progress"),
        ("进度安排", "deadline"),
        ("时间进度安排", "deadline"),
    ],
)
def test_progress_columns_by_their_words(head, role):
    assert column_role(head) == role


def _doc(text: str):
    return parse_document(text, source="t.txt", is_text=True)


def test_a_current_progress_column_one_cell_a_line():
    text = (
        "某县2025年民生实事项目进度表\n"
        "序号\n项目内容\n当前进度\n牵头单位\n"
        "1\n新建公办幼儿园4所。\n75%\n县教育局\n"
        "2\n改造农村公路60公里。\n90%（部分路段滞后）\n县交通局\n"
    )
    doc = _doc(text)
    assert [t["lead_units"] for t in doc.tasks] == [["县教育局"], ["县交通局"]]
    assert sorted((t["value"], t["unit"]) for t in doc.targets) == [(4, "所"), (60, "公里")]
    assert all("75%" not in t["body"] for t in doc.tasks)


def test_a_progress_column_in_a_pipe_table():
    text = (
        "某区2024年为民办实事完成进度\n"
        "序号 | 实事内容 | 责任单位 | 完成进度\n"
        "1 | 新增养老床位200张 | 区民政局 | 85%\n"
        "2 | 建成社区食堂10个 | 区民政局 | 已建成8个，完成80%\n"
    )
    doc = _doc(text)
    assert sorted(t["value"] for t in doc.targets) == [10, 200]
