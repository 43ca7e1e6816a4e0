"""A task table whose cells a conversion glued with no space between them (round 40b).

"序号重点任务目标要求完成时限责任单位" over rows "1背街小巷改造改造背街小巷25条2025年10月底区城管局":
the header is made of column heads only (lexicon `table_glued_heads`), its last two a deadline and a
unit column. Each row below it (an item numbered 1. 2. … by `numbering.glued_number_items`) ends in
a date and a unit: they go into a labelled block, and where the header has two content columns the
row's title is cut before the task verb that opens the second ("背街小巷改造" / "改造背街小巷25条"):
"1.背街小巷改造。改造背街小巷25条（完成时限：2025年10月底；责任单位：区城管局）".

Read by `transform.lines.normalise_lines`.
"""

from __future__ import annotations

import functools
import re

from transform import lexicons
from transform.table_cells import column_role

_ROW = re.compile(r"^(\d{1,3})[.．]")
# the row's deadline cell, then its unit cell: "2025年10月底区城管局", "10月底前县交通局"
_TAIL = re.compile(
    r"((?:(?:19|20)\d{2}年)?(?:1[0-2]|[1-9])月(?:底|末|中旬|上旬|下旬)?(?:前|以前)?|(?:(?:19|20)\d{2}年)?年底前?)"
    r"([\u4e00-\u9fff、]{2,30})$"
)
_TITLE_MIN = 2


@functools.cache
def _heads() -> tuple[str, ...]:
    return tuple(sorted(lexicons.words("table_glued_heads"), key=len, reverse=True))


def glued_header(line: str) -> list[str] | None:
    """The roles of a header row printed without spaces, or None where `line` is no such row."""
    if not line.startswith(("序号", "编号")) or len(line) > 60 or " " in line:
        return None
    roles: list[str] = []
    i = 0
    while i < len(line):
        head = next((h for h in _heads() if line.startswith(h, i)), None)
        if head is None:
            return None
        roles.append(column_role(head) or "")
        i += len(head)
    return roles if len(roles) >= 4 and roles[-2:] in (["deadline", "resp"], ["deadline", "lead"]) else None


def glued_rows(lines: list[str]) -> list[str]:
    """`lines` with the rows under a glued header written as items with a labelled block."""
    out: list[str] = []
    roles: list[str] | None = None
    for ln in lines:
        if type(ln) is str and ln[:2] in ("序号", "编号") and (found := glued_header(ln)) is not None:
            roles = found
            out.append(ln)
            continue
        row = _ROW.match(ln) if roles is not None and type(ln) is str else None
        if row is None or roles is None:
            roles = None  # (the table ends at its first line that is no row)
            out.append(ln)
            continue
        out.append(_row(ln, row.end(), roles))
    return out


@functools.cache
def _verbs() -> tuple[str, ...]:
    return tuple(sorted(lexicons.words("task_verbs"), key=len, reverse=True))


def _verb_at(text: str, k: int) -> int:
    """The length of the task verb that starts at `k` (0: none)."""
    return next((len(v) for v in _verbs() if text.startswith(v, k)), 0)


def _second_cell(content: str) -> int | None:
    """Where the second content cell starts: at the first task verb after the title's first
    characters, or at the last of verbs printed back to back ("背街小巷改造|改造背街小巷25条": the
    title ends in a verb, the cell opens with one)."""
    k = next((k for k in range(_TITLE_MIN, len(content) - 1) if _verb_at(content, k)), None)
    if k is None:
        return None
    while (n := _verb_at(content, k)) and _verb_at(content, k + n) and k + n < len(content) - 1:
        k += n
    return k


def _row(line: str, start: int, roles: list[str]) -> str:
    tail = _TAIL.search(line, start)
    if tail is None:
        return line
    content = line[start : tail.start()]
    if roles.count("content") >= 2 and (cut := _second_cell(content)) is not None:
        content = f"{content[:cut]}。{content[cut:]}"
    label = "牵头单位" if roles[-1] == "lead" else "责任单位"
    return f"{line[:start]}{content}（完成时限：{tail.group(1)}；{label}：{tail.group(2)}）"
