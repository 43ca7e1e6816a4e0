"""A spaced table row that lists its work in stages, one stage a line (round 42l):

    序号 项目名称 阶段 时间节点 责任单位
    1 集镇道路改造 完成设计招标 2025年3月底 镇规划建设办
      开工建设 2025年5月底
      竣工验收 2025年10月底

A line without a number, of a stage and its deadline alone, goes on the row above: the stage is
added to the row's cell before its deadline cell, so the table reads on to row 2.
"""

from __future__ import annotations

from transform.table_cells import SENTENCE_PUNCT, cell_type
from transform.table_rows import Row

_STAGE_MAX = 30  # characters of a stage ("完成主体改造", "完成路灯安装200盏")
_CELL_MAX = 300  # characters of a stage cell with all its stages (a row has a few)


def stage_goes_on(row: Row, tokens: list[str]) -> bool:
    """Is tokens ("开工建设", "2025年5月底") a further stage of `row`? Adds it to the row's stage cell."""
    if not 2 <= len(tokens) <= 3 or cell_type(tokens[-1]) != "deadline":
        return False
    stage = tokens[:-1]
    if any(len(t) > _STAGE_MAX or SENTENCE_PUNCT.search(t) or cell_type(t) in _NO_STAGE for t in stage):
        return False
    at = next((i for i in range(len(row.cells) - 1, 1, -1) if cell_type(row.cells[i]) == "deadline"), None)
    if at is None or len(row.cells[at - 1]) > _CELL_MAX or cell_type(row.cells[at - 1]) in _NO_STAGE:
        return False
    row.cells[at - 1] += "；" + "".join(stage)
    return True


_NO_STAGE = ("unit", "person", "deadline", "number")
