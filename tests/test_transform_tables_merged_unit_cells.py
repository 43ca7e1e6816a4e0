"""A unit cell merged over several rows of a task table is printed once, in the first row of the
merge; the rows below it have no unit cell at all. Where most rows of the table name their units,
such a row takes the units of the row above it (the merged cell), in every flattened layout: one
cell per line, "|" rows, space-separated rows. A group row (一、…) or a new header ends the merge; the
table's last row is left as it is (a page cut off in the middle of that row loses its unit cell)
(EXTRACTION.md: lead_units are the units the task's row names)."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _tasks(text: str) -> list[tuple[list[str], list[str]]]:
    r = parse_document(text.encode(), source="t.txt", is_text=True)
    return [(t["lead_units"], t["participating_units"]) for t in r.tasks]


ROWS = [
    ("1", "城市书房建设", "新建城市书房10个", "区文广旅局", "12月底"),
    ("2", "农家书屋提升", "提升农家书屋50个", "", "12月底"),
    ("3", "老旧小区改造", "改造老旧小区30个", "区住建局", "11月底"),
    ("4", "背街小巷整治", "整治背街小巷20条", "", "10月底"),
    ("5", "口袋公园建设", "新建口袋公园8个", "区城管局", "9月底"),
]
HEAD = ("序号", "项目名称", "建设内容", "责任单位", "完成时限")
EXPECTED = [
    (["区文广旅局"], []), (["区文广旅局"], []), (["区住建局"], []), (["区住建局"], []), (["区城管局"], []),
]


def _cell_per_line() -> str:
    lines = ["某区2024年民生实事项目清单", *HEAD]
    for row in ROWS:
        lines += [c for c in row if c]
    return "\n".join(lines) + "\n"


def _barred() -> str:
    lines = ["某区2024年民生实事项目清单", " | ".join(HEAD)]
    lines += [" | ".join(c for c in row if c) for row in ROWS]
    return "\n".join(lines) + "\n"


def _spaced() -> str:
    lines = ["某区2024年民生实事项目清单", " ".join(HEAD)]
    lines += [" ".join(c for c in row if c) for row in ROWS]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("make", [_cell_per_line, _barred, _spaced])
def test_a_row_without_units_takes_the_merged_cell_above(make):
    assert _tasks(make()) == EXPECTED


def test_a_lead_and_part_pair_is_carried_together():
    text = (
        "某县2024年重点工作任务分工\n"
        "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
        "1 | 新建标准厂房5万平方米 | 县工信局 | 县自然资源局、县住建局 | 12月底\n"
        "2 | 培育规上工业企业10家 | 12月底\n"
        "3 | 新建高标准农田2万亩 | 县农业农村局 | 县水利局 | 10月底\n"
    )
    assert _tasks(text) == [
        (["县工信局"], ["县自然资源局", "县住建局"]),
        (["县工信局"], ["县自然资源局", "县住建局"]),
        (["县农业农村局"], ["县水利局"]),
    ]


def test_a_group_row_ends_the_merge():
    text = (
        "某县2024年重点工作任务分工\n"
        "序号 | 重点任务 | 责任单位 | 完成时限\n"
        "一、产业发展\n"
        "1 | 新建标准厂房5万平方米 | 县工信局 | 12月底\n"
        "2 | 培育规上工业企业10家 | 县科技局 | 12月底\n"
        "二、民生保障\n"
        "3 | 新增城镇就业2000人 | 12月底\n"
        "4 | 新建幼儿园2所 | 县教育局 | 9月底\n"
    )
    assert [lead for lead, _ in _tasks(text)] == [["县工信局"], ["县科技局"], [], ["县教育局"]]


def test_a_table_that_mostly_names_no_units_carries_nothing():
    text = (
        "某县2024年重点项目清单\n"
        "序号 | 项目名称 | 责任单位 | 完成时限\n"
        "1 | 新建标准厂房5万平方米 | 县工信局 | 12月底\n"
        "2 | 新建城市书房3个 | 12月底\n"
        "3 | 改造老旧小区10个 | 11月底\n"
        "4 | 新建口袋公园2个 | 10月底\n"
    )
    assert [lead for lead, _ in _tasks(text)] == [["县工信局"], [], [], []]


def test_a_dash_in_the_unit_column_says_no_unit():
    text = (
        "某县2024年重点工作任务分工\n"
        "序号 | 重点任务 | 责任单位 | 完成时限\n"
        "1 | 新建标准厂房5万平方米 | 县工信局 | 12月底\n"
        "2 | 开展企业服务月活动 | — | 12月底\n"
        "3 | 新建高标准农田2万亩 | 县农业农村局 | 10月底\n"
    )
    assert [lead for lead, _ in _tasks(text)] == [["县工信局"], [], ["县农业农村局"]]


def test_the_last_row_cut_off_with_the_page_takes_nothing():
    text = (
        "某县2024年重点工作任务分工\n"
        "序号 | 重点任务 | 责任单位 | 完成时限\n"
        "1 | 新建标准厂房5万平方米 | 县工信局 | 12月底\n"
        "2 | 新建高标准农田2万亩 | 县农业农村局 | 10月底\n"
        "3 | 新建幼儿园2所，新增学位\n"
    )
    assert [lead for lead, _ in _tasks(text)] == [["县工信局"], ["县农业农村局"], []]
