"""`restates`: a target of the goals paragraph restated in a task keeps both rows; the later one
names the first (issue 15), so analysts can filter restatements out before summing."""
from __future__ import annotations

from transform.document import parse_document
from transform.tables import build_tables
from transform.targets.restates import mark_restatements

PLAN = """某县推进制造业高质量发展三年行动方案（2023—2025年）
一、发展目标
到2025年，全县规上工业增加值年均增长8%以上，新培育规上工业企业30家，工业投资达到120亿元。
二、重点任务
1.壮大主导产业。到2025年，新培育规上工业企业30家以上。（牵头单位：县工业和信息化局）
2.扩大有效投资。到2025年，全县工业投资达到120亿元。（牵头单位：县发展和改革局）
3.培育新兴产业。到2025年，培育规上工业企业30家。（牵头单位：县科技局）
"""


def _by_task(targets: list[dict]) -> dict:
    return {(t["task_id"].rsplit("/", 1)[-1] if t["task_id"] else None, t["value"]): t for t in targets}


def test_a_goal_restated_in_a_task_points_at_the_goal():
    targets = parse_document(PLAN, source="plan.txt", is_text=True).targets
    rows = _by_task(targets)
    goal_invest, task_invest = rows[(None, 120.0)], rows[("2", 120.0)]
    assert goal_invest["restates"] is None
    assert task_invest["restates"] == goal_invest["target_id"]  # 全县工业投资 names 工业投资
    # 30家以上 (>=) is not the goal's 30家 (=); 培育规上工业企业30家 is
    assert rows[("1", 30.0)]["restates"] is None
    assert rows[("3", 30.0)]["restates"] == rows[(None, 30.0)]["target_id"]
    assert rows[(None, 8.0)]["restates"] is None
    assert len(targets) == 6  # both statements stay rows


def test_restates_reaches_the_targets_table():
    parsed = parse_document(PLAN, source="plan.txt", is_text=True)
    frame = build_tables([parsed])["targets"]
    assert "restates" in frame.columns
    assert frame["restates"].null_count() == 4


def _row(tid, task, indicator, value, year=2025, unit="个", comparator="=", change=None):
    return {"target_id": tid, "task_id": task, "indicator": indicator, "value": value, "unit": unit,
            "comparator": comparator, "change": change, "year": year}


def test_restatement_needs_every_field_the_same():
    rows = [_row("a", "d/1", "示范村", 10.0), _row("b", None, "省级示范村", 10.0),
            _row("c", "d/2", "示范村", 10.0, year=2024), _row("d", "d/3", "示范村", 10.0, unit="家"),
            _row("e", "d/4", "示范村", 10.0, change="increase"), _row("f", "d/5", "美丽乡村", 10.0),
            _row("g", "d/6", "省级示范村", 10.0)]
    mark_restatements(rows)
    got = {r["target_id"]: r["restates"] for r in rows}
    # the goals paragraph (no task) is read first: the task's 示范村 restates it
    assert got == {"b": None, "a": "b", "c": None, "d": None, "e": None, "f": None, "g": "b"}
