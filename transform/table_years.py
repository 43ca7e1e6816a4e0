"""Year columns of a task table: `序号 | 重点任务 | 2025年 | 2026年 | 2027年 | 责任单位`.

Beside a unit, person or deadline column, a year head (2025年, 2026年目标, 2027年度计划) is no
unknown head of the header (`table_cells.header`): each row's figure under it is that year's target,
read by `table_rows.year_figure` ("老旧小区改造（个）" 60 under 2025年 -> "2025年60个"). An indicator
table's header (指标名称 | 单位 | 2025年, read by `targets.tables`) keeps them unknown.
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
