"""An unnumbered task table printed with one space between its cells (round 42l):

    牵头单位 工作任务 完成时限
    县教育局 新建改扩建公办幼儿园5所 2025年8月底
    县卫生健康局 建成村卫生室标准化改造40个 2025年11月底

A header naming a content column and a unit column, and no 序号, then two rows or more each of
exactly one token a column, each fitting its column (a unit name under a unit column, a deadline
under a deadline column, the work under the content column): written as "|" lines, read then as a
piped table (its rows numbered 1, 2, … as printed in no column: `texttables._unnumbered_row`).
A line that does not fit ends the table; a header with fewer than two rows stays as printed.
"""

from __future__ import annotations

from transform.table_cells import Column, cell_type, header

_UNITS = frozenset(("lead", "resp", "part"))
_HEAD_MAX = 60  # characters of a header line
_ROW_MAX = 200  # characters of a row line


def piped_single_spaced(raw: list[str]) -> list[str]:
    """`raw` with each such table written as "|" lines."""
    out = list(raw)
    i, n = 0, len(raw)
    while i < n:
        cols = _header(raw[i])
        if cols is None:
            i += 1
            continue
        k = i + 1
        while k < n and len(raw[k]) <= _ROW_MAX and _fits(raw[k].split(), cols):
            k += 1
        if k - i > 2:
            out[i:k] = [" | ".join(ln.split()) for ln in raw[i:k]]
        i = max(k, i + 1)
    return out


def _header(line: str) -> list[Column] | None:
    if len(line) > _HEAD_MAX or "|" in line or ("单位" not in line and "部门" not in line):
        return None
    cols = header(line.split())
    if cols is None or any(c.role == "no" for c in cols):
        return None
    roles = {c.role for c in cols}
    return cols if "content" in roles and roles & _UNITS else None


def _fits(tokens: list[str], cols: list[Column]) -> bool:
    if len(tokens) != len(cols):
        return False
    for tok, col in zip(tokens, cols, strict=True):
        kind = cell_type(tok)
        if col.role in _UNITS and kind != "unit":
            return False
        if col.role == "deadline" and kind != "deadline":
            return False
        if col.role == "content" and kind in ("unit", "deadline", "person", "number", "empty"):
            return False
    return True
