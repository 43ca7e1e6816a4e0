"""A supervision report's "督查内容" (督查事项, 督办事项) column holds the tasks, though 督查 alone names
the supervising unit's column; its rows keep their titles beside header cells broken over two lines
("牵头责任" / "单位", "落实情况" / "(全年)"). Invented tables."""

from __future__ import annotations

from transform.document import parse_document
from transform.table_cells import column_role


def _rows(text: str) -> list[tuple[str | None, list[str], list[str]]]:
    r = parse_document(text, source="h.txt", is_text=True)
    return [(t["title"], t["lead_units"], t["participating_units"]) for t in r.tasks]


def test_broken_unit_heads_and_a_bracketed_note():
    text = (
        "东坪市2023年重点工作责任清单\n\n序号\n\n重点工作\n\n牵头责任\n\n单位\n\n配合\n\n部门\n\n"
        "完成情况\n\n(上半年)\n\n"
        "1\n\n新建城市书房10个。\n\n市文旅局\n\n市住建局\n\n已建成4个。\n\n"
        "2\n\n改造老旧小区30个。\n\n市住建局\n\n市财政局\n\n已开工18个。\n"
    )
    assert _rows(text) == [
        ("新建城市书房10个", ["市文旅局"], ["市住建局"]),
        ("改造老旧小区30个", ["市住建局"], ["市财政局"]),
    ]


def test_a_supervision_report_names_its_tasks_督查内容():
    text = (
        "南坪县2022年度重点工作督查情况\n\n序号\n\n督查内容\n\n牵头责任单位\n\n落实情况\n\n"
        "1\n\n新增城镇就业5000人。\n\n县人社局\n\n全年新增5600人。\n\n"
        "2\n\n新建农村公路80公里。\n\n县交通运输局\n\n已建成85公里。\n"
    )
    assert [r[0] for r in _rows(text)] == ["新增城镇就业5000人", "新建农村公路80公里"]


def test_roles_of_the_heads():
    assert column_role("督查内容") == "content"
    assert column_role("督查单位") == "other"  # who supervises, not the task
