"""Year columns of a task table: `序号 | 重点任务 | 2025年 | 2026年 | 2027年 | 责任单位`.

Beside a unit, person or deadline column, a year head (2025年, 2026年目标, 2027年度计划) is no
unknown head of the header (`table_cells.header`): each row's figure under it is that year's target,
read by `table_rows.year_figure` ("老旧小区改造（个）" 60 under 2025年 -> "2025年60个"). An indicator
table's header (指标名称 | 单位 | 2025年, read by `targets.tables`) keeps them unknown.

A schedule head (一季度, 第二季度, 3月底前, 6月底, 1-3月, 上半年, 年底前) beside a unit column is no
unknown head either (a 工作台账's or 节点目标表's milestones by quarter or month): its cells stay in
the row's task text as "head：value"; a cell of milestones each opening with its time ("6月底主体
封顶，12月底竣工") is a deadline cell (`is_milestones`, read by `table_cells.cell_type`) (round 40b).
"""

from __future__ import annotations

import functools
import re

from transform import lexicons

_UNIT_ROLES = frozenset({"lead", "resp", "part", "leader", "deadline"})
_TASK_YEAR = re.compile(r"(?:19|20)\d{2}年(?:度|底|末)?(?:目标|目标值|任务|计划|预期|预期值)?")


@functools.cache
def _name_heads() -> frozenset[str]:
    return frozenset(str(lexicons.table("targets_tables")["name_heads"]).split())


def task_year_heads(cells: list[str], roles: set[str]) -> int:
    """How many of a header's cells (spaces removed) are a task table's year heads: 0 without a
    unit column, or in an indicator table's header (a 单位 column, or 指标名称 …)."""
    if not roles & _UNIT_ROLES or "measure" in roles or _name_heads() & set(cells):
        return 0
    return sum(1 for c in cells if "年" in c and _TASK_YEAR.fullmatch(c))


_MONTH = r"(?:1[0-2]|[1-9]|１[０-２]|[１-９])"
_PERIOD = re.compile(
    rf"(?:(?:19|20)\d{{2}}年)?(?:第?[一二三四1-4１-４]季度(?:末|底)?|{_MONTH}月(?:份|底|末|中旬|上旬|下旬)?"
    rf"|{_MONTH}[-—–~～至]{_MONTH}月|[上下]半年|年底|年末)(?:前|以前)?(?:目标|任务|计划|进度|安排)?"
)


def is_period(head: str) -> bool:
    """A schedule head or label: 一季度, 3月底前, 上半年 (spaces removed)."""
    return len(head) <= 12 and _PERIOD.fullmatch(head) is not None


def task_period_heads(cells: list[str], roles: set[str]) -> int:
    """How many of a header's cells (spaces removed) are schedule heads (一季度, 3月底前, 上半年):
    0 without a unit column or in an indicator table's header, as for `task_year_heads`."""
    if not roles & _UNIT_ROLES or "measure" in roles or _name_heads() & set(cells):
        return 0
    return sum(1 for c in cells if is_period(c))


# milestones without numbers, each clause opening with its time: "6月底主体封顶，12月底竣工",
# "一季度完成设计；三季度开工" (a 作战图's 时间节点 cell)
MILESTONE_FIRST = frozenset("0123456789一二三四上下年")
_MILESTONE = re.compile(r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月|年底|年内|[一二三四]季度|[上下]半年)")
_CLAUSE_SPLIT = re.compile(r"[，,；;。]")


def is_milestones(compact: str) -> bool:
    """Two clauses or more, each opening with its time (a cell of 40 characters at most)."""
    if len(compact) > 40:
        return False
    clauses = [c for c in _CLAUSE_SPLIT.split(compact) if c]
    return len(clauses) >= 2 and all(_MILESTONE.match(c) for c in clauses)
