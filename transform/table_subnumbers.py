"""A task table without a number column whose task cells carry decimal sub-numbers (round 44c):

    | 重点任务 | 具体任务 | 牵头单位 | 配合单位 |
    | 1.推进产业升级 | 1.1 实施技术改造项目30个 | 县工信局 | 县发改局 |
    |  | 1.2 培育专精特新企业5家 | 县工信局 | 县科技局 |

The numbered 重点任务 cell (printed in its group's first row only) heads its rows, and each row is
numbered by its sub-number: items 1/1.1 and 1/1.2, each with its own units (`transform.texttables`).
"""

from __future__ import annotations

from transform.numbering import decimal_marker, match_marker


def sub_numbered(cells: list[str], last_head: int | None) -> tuple[str | None, int, int, str] | None:
    """(the heading cell or None, the index of the sub-numbered cell, its number, its label) of a
    row whose first written cell is "1.推进…" over a next cell "1.1 …", or whose first written cell
    is "1.2 …" under the heading 1 read last (`last_head`); None for any other row."""
    written = [k for k, c in enumerate(cells) if c.strip()]
    if len(written) < 2 or not cells[written[0]].strip()[:1].isdigit():
        return None
    first = cells[written[0]].strip()
    head = match_marker(first)
    if head is not None and head.kind == "ar":
        sub = decimal_marker(cells[written[1]].strip())
        if sub is not None and sub.kind == "dec2" and sub.label.startswith(f"{head.number}."):
            return first, written[1], sub.number, sub.label
        return None
    sub = decimal_marker(first)
    if sub is None or sub.kind != "dec2" or last_head is None or not sub.label.startswith(f"{last_head}."):
        return None
    return None, written[0], sub.number, sub.label


def sub_cells(cells: list[str], at: int, label: str) -> list[str]:
    """The row's cells from its sub-numbered cell on, the sub-number left out."""
    return [cells[at].strip()[len(label) :].strip(" .．、\t\u3000"), *cells[at + 1 :]]
