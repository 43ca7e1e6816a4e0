"""A task table with a second task column whose cells carry their own item numbers (round 47c):

    | 序号 | 主要任务 | 子任务 | 牵头单位 | 完成时限 |
    | 1 | 打好蓝天保卫战 | 1.1 淘汰国三及以下柴油货车200辆 | 县公安局交警大队 | 2026年12月 |
    |  |  | 1.2 完成燃煤锅炉改造10台 | 市生态环境局分局 | 2026年10月 |

The numbered row's 主要任务 cell (printed in its group's first row only) heads its group, and each
row is an item of its own, numbered by its 子任务 cell: items 1/1.1 and 1/1.2, each with its own
units (`transform.texttables`). "一 | 产业发展 | 1.新建… |" reads alike (items 一/1, 一/2).
"""

from __future__ import annotations

from transform.numbering import Marker, decimal_marker, match_marker
from transform.table_cells import Column

__all__ = ["SubTasks", "sub_column"]

# item numbers a 子任务 cell may open with: "1.1 …", "1.…", "（1）…"
_SUB_KINDS = frozenset({"dec2", "ar", "par"})


def sub_column(cols: list[Column]) -> int | None:
    """The index of a table's second task column (子任务 beside 主要任务), None for a table with
    one task column."""
    content = [k for k, c in enumerate(cols) if c.role == "content"]
    return content[1] if len(content) == 2 else None


def _sub_marker(cell: str) -> Marker | None:
    s = cell.strip()
    if not s[:1].isdigit() and s[:1] not in "（(":
        return None
    mk = decimal_marker(s) or match_marker(s)
    if mk is None or mk.kind not in _SUB_KINDS or not s[mk.end :].strip():
        return None
    return mk


def _holds_next(cell: str, mk: Marker) -> bool:
    """Whether the cell holds the next item too ("(1)新建…；(2)新增…", "（1）… （2）…"): several items
    in one cell, which the rows' text splits (round 46c), not rows of their own."""
    n = mk.number + 1
    if mk.kind == "par":
        nexts: tuple[str, ...] = (f"({n})", f"（{n}）")
    elif mk.kind == "ar":
        nexts = (f"{n}.", f"{n}、", f"{n}．")
    else:
        nexts = (f"{mk.label.rsplit('.', 1)[0]}.{n}",)
    return any(x in cell[mk.end :] for x in nexts)


class SubTasks:
    """The numbered sub-task cells of one table, read row by row."""

    def __init__(self, cols: list[Column], no_col: int | None) -> None:
        self.no_col = no_col
        self.at = sub_column(cols) if no_col is not None else None
        self.kind: str | None = None  # the kind of the sub-numbers of the group read last

    def first(self, cells: list[str], label: str) -> tuple[str, str, int, list[str]] | None:
        """(heading line, item label, item number, the row's cells after its number) of a numbered
        row ("1 | 打好蓝天保卫战 | 1.1 淘汰…") whose sub-task cell opens with its own number; None
        for another row. `label` is the row's number as printed ("1.", "一、")."""
        self.kind = None
        at, no = self.at, self.no_col
        if at is None or no is None or at >= len(cells) or at <= no + 1:
            return None
        mk = _sub_marker(cells[at])
        topic = " ".join(c for c in cells[no + 1 : at] if c.strip())
        if mk is None or not topic or _holds_next(cells[at], mk):
            return None
        self.kind = mk.kind
        return f"{label}{topic}", *self._item(cells, mk)

    def next(self, cells: list[str]) -> tuple[str, int, list[str]] | None:
        """(item label, number, cells) of a row under the group read last whose number and task
        cells are empty and whose sub-task cell opens with a number of the same kind."""
        at, no = self.at, self.no_col
        if self.kind is None or at is None or no is None or at >= len(cells):
            return None
        if any(c.strip() for c in cells[:at]):
            return None
        mk = _sub_marker(cells[at])
        if mk is None or mk.kind != self.kind:
            return None
        return self._item(cells, mk)

    def _item(self, cells: list[str], mk: Marker) -> tuple[str, int, list[str]]:
        at, no = self.at, self.no_col
        assert at is not None and no is not None
        cell = cells[at].strip()
        label = cell[: mk.end].strip()
        rest = [""] * (at - no - 1) + [cell[mk.end :].strip(), *cells[at + 1 :]]
        return label, mk.number, rest
