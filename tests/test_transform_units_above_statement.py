"""A line after a section's items that states the units of all of them ("以上任务牵头单位：县教体局；
配合单位：各乡镇", "（上述工作由县发改局牵头，各乡镇配合）") gives those units to every item of the
section that states no lead of its own, not only to the last item it follows. A line after the
items that names no unit, or an item's own units, stays as it was."""
from __future__ import annotations

from transform.document import parse_document


def _tasks(text: str) -> dict[tuple[str, ...], dict]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return {tuple(t["path"]): t for t in doc.tasks}


def test_a_labelled_statement_after_the_items():
    tasks = _tasks(
        "某县2024年重点工作任务清单\n"
        "一、社会事业\n"
        "1.新建幼儿园3所。\n"
        "2.改造薄弱学校5所。\n"
        "以上任务牵头单位：县教体局；配合单位：各乡镇\n"
        "二、城乡建设\n"
        "3.改造老旧小区8个。（牵头单位：县住建局）\n"
    )
    for key in (("一", "1"), ("一", "2")):
        assert tasks[key]["lead_units"] == ["县教体局"]
        assert tasks[key]["participating_units"] == ["各乡镇"]
    assert tasks[("二", "3")]["lead_units"] == ["县住建局"]


def test_a_clause_statement_under_sub_sections():
    tasks = _tasks(
        "某区2025年工作要点\n"
        "一、产业发展\n"
        "（一）工业提质\n"
        "1.新增规上工业企业10家。\n"
        "2.实施技改项目20个。（区工信局负责）\n"
        "（上述工作由区发改局牵头，各街道配合）\n"
        "（二）服务业\n"
        "3.新增限上商贸企业15家。\n"
    )
    assert tasks[("一", "(一)", "1")]["lead_units"] == ["区发改局"]
    assert tasks[("一", "(一)", "1")]["participating_units"] == ["各街道"]
    assert tasks[("一", "(一)", "2")]["lead_units"] == ["区工信局"]
    assert tasks[("一", "(二)", "3")]["lead_units"] == []


def test_traditional_statement():
    tasks = _tasks(
        "某縣2024年重點工作任務清單\n"
        "一、民生保障\n"
        "1.新增城鎮就業3000人。\n"
        "2.發放創業擔保貸款5000萬元。\n"
        "以上工作由縣人社局牽頭，各鄉鎮配合。\n"
    )
    assert tasks[("一", "1")]["lead_units"] == ["縣人社局"]
    assert tasks[("一", "2")]["lead_units"] == ["縣人社局"]


def test_a_closing_line_naming_no_unit_changes_nothing():
    tasks = _tasks(
        "某县2024年重点工作任务清单\n"
        "一、社会事业\n"
        "1.新建幼儿园3所。（县教体局负责）\n"
        "2.改造薄弱学校5所。\n"
        "以上工作要在年底前全部完成。\n"
    )
    assert tasks[("一", "1")]["lead_units"] == ["县教体局"]
    assert tasks[("一", "2")]["lead_units"] == []
