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
# a row's number glued to its text too ("1完成河道清淤疏浚8公里镇水利站2026年5月底"): under a glued
# header even a table of two rows, short of the run `numbering.glued_number_items` needs (round 41b)
_GLUED_ROW = re.compile(r"^\d{1,3}(?=[\u4e00-\u9fff])")
# the row's deadline cell, then its unit cell: "2025年10月底区城管局", "10月底前县交通局"
_TAIL = re.compile(
    r"((?:(?:19|20)\d{2}年)?(?:1[0-2]|[1-9])月(?:底|末|中旬|上旬|下旬)?(?:前|以前)?|(?:(?:19|20)\d{2}年)?年底前?)"
    r"([\u4e00-\u9fff、]{2,30})$"
)
_DATE = r"(?:(?:19|20)\d{2}年)?(?:1[0-2]|[1-9])月(?:底|末|中旬|上旬|下旬)?(?:前|以前)?|(?:(?:19|20)\d{2}年)?年底前?"
# the unit cell, then the row's deadline cell (a header "…责任单位完成时限"): "镇安监站2025年6月底"
_DATE_END = re.compile(rf"(?:{_DATE})$")
_TITLE_MIN = 2
_UNIT_CELL_MAX = 64  # (a unit cell holds a few names of 20 characters at most)


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
    return (
        roles
        if len(roles) >= 4 and sorted(roles[-2:]) in (["deadline", "resp"], ["deadline", "lead"])
        else None
    )


def glued_rows(lines: list[str]) -> list[str]:
    """`lines` with the rows under a glued header written as items with a labelled block."""
    out: list[str] = []
    roles: list[str] | None = None
    for ln in lines:
        if type(ln) is str and ln[:2] in ("序号", "编号") and (found := glued_header(ln)) is not None:
            roles = found
            out.append(ln)
            continue
        if roles is not None and type(ln) is str and ln[:1].isdigit() and (g := _GLUED_ROW.match(ln)):
            ln = f"{ln[: g.end()]}.{ln[g.end() :]}"
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
    if roles[-1] == "deadline":
        date = _DATE_END.search(line, start)
        cut = _unit_start(line[start : date.start()]) if date is not None else None
        if date is None or cut is None:
            return line
        content, unit, when = line[start : start + cut], line[start + cut : date.start()], date.group()
    else:
        tail = _TAIL.search(line, start)
        if tail is None:
            return line
        content, unit, when = line[start : tail.start()], tail.group(2), tail.group(1)
    if roles.count("content") >= 2 and (cut := _second_cell(content)) is not None:
        content = f"{content[:cut]}。{content[cut:]}"
    label = "牵头单位" if "lead" in roles[-2:] else "责任单位"
    end = "" if content.endswith("。") else "。"  # (the title ends before the block)
    return f"{line[:start]}{content}{end}（完成时限：{when}；{label}：{unit}）"


@functools.cache
def _unit_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(lexicons.words("units_prefixes")), tuple(lexicons.words("units_endings"))


def _unit_start(cell: str) -> int | None:
    """Where the unit cell starts in a row's text glued before its deadline ("开展燃气安全隐患排查|
    镇安监站"): the first place after the title's first characters from which the rest is names, each
    opening with a level (县 镇 …) and ending like a body (局 站 中心 …), no figure in it."""
    prefixes, endings = _unit_words()
    for k in range(max(_TITLE_MIN, len(cell) - _UNIT_CELL_MAX), len(cell) - 1):
        if cell.startswith(prefixes, k) and all(_is_name(n, prefixes, endings) for n in cell[k:].split("、")):
            return k
    return None


def _is_name(name: str, prefixes: tuple[str, ...], endings: tuple[str, ...]) -> bool:
    return (
        2 <= len(name) <= 20
        and name.startswith(prefixes)
        and name.endswith(endings)
        and not any(c.isdigit() for c in name)
        # (task text before a name: "县城区污水处理厂建设|县住建局" holds a verb before a level)
        and not any(name.startswith(prefixes, j) and _has_verb(name[:j]) for j in range(1, len(name) - 1))
    )


def _has_verb(text: str) -> bool:
    return any(_verb_at(text, k) for k in range(len(text)))
