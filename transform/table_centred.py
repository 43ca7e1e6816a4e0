"""Rows of a table laid out by spaces whose cells a PDF centres on their row: a one-line cell (the
row number, the unit, the deadline) is printed on the middle line of a row whose long cells take
several lines, so the lines above the number belong to that row:

    序号   工作任务                           牵头单位        完成时限
           推进镇区供水管网改造，更换老旧
    1      管网12公里，实现镇区供水全覆盖     镇村镇建设办    2024年10月
    2      完成镇敬老院提升改造               镇民政办        2024年12月

A table prints so when a line of text under its columns comes between its header (and a header
note such as "（万元）") and its first numbered row, and another row opens so too. Then the lines between two numbered rows are
shared out as a centred cell prints them: the row above takes as many lines below its number as it
had above it, the rest open the next row; a next row whose text opens on a figure ("180个") takes
one line more, and a line wider in its columns than the row's number line is the next row's first
(a cell's last line is its shortest: the row's cell ended on its number line), nor is a line
whose cell ends on a comma ("改造道路2.8公里，": the cell goes on in the next row's lines). Each row is written back as one line, each column's pieces joined in print order,
for `transform.texttables` to read as a row of its own. Other tables pass unchanged.

A Word or WPS export that separates the cells by tabs prints such a table with its columns kept
("\t石桥镇卫生院\t新建门诊楼一栋，" / "1\t综合楼建设项目\t建筑面积3500平方米\t镇社会事务办"): the
lines are shared out the same way, a piece's column being its place among the tabs (`centred_tab_rows`,
round 44g).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from transform.numbering import match_marker
from transform.table_cells import header
from transform.table_layout import INDENT_MIN, LABEL_LINE, line_pieces, text_width
from transform.table_rows import row_number

__all__ = ["centred_rows", "centred_tab_rows"]

_GAP = re.compile(r"[ \u3000\u00a0]{2,}")
_HEAD_NOTE = re.compile(r"^[（(][^（()）]{1,6}[)）]$")
_GAP_MAX = 6  # lines between two numbers, at most
_CENTRED_MIN = 2  # rows that open above their number, at least
_CUT_ENDS = ("，", ",", "、")  # a cell's line no cell's last line ends on (round 44g)
_OPENS_CUT = re.compile(r"^[0-9０-９.，,、；;）)%]")  # a cell's text that cannot open it


def _cells(line: str) -> list[str]:
    return _GAP.split(line.strip(" \r\u3000\u00a0"))


def _is_header(line: str) -> bool:
    return "  " in line and header(_cells(line)) is not None


def _is_row(line: str) -> bool:
    cells = _cells(line)
    return len(cells) >= 2 and row_number(cells[0]) is not None


def _is_part(line: str) -> bool:
    """A line of text under the table's columns that is no row of its own."""
    first = line.lstrip(" \u3000\u00a0")
    if not first:
        return False
    return match_marker(first) is None and not LABEL_LINE.match(first) and row_number(_cells(line)[0]) is None


def _full_after_last(row: str, line: str) -> bool:
    """Is each piece of `line`, under a row's number line `row`, wider than every text piece of
    that row? A cell's last line is its shortest, so the row's cells ended on its number line and
    `line` opens the next row. (Where the page's indentation was lost a piece's column is unknown:
    the widest piece of the row stands for its column.)"""
    widest = max((text_width(text) for _, text in line_pieces(row)[1:]), default=0)
    return bool(widest) and all(text_width(text) > widest for _, text in line_pieces(line))


def _tab_cells(line: str) -> list[str]:
    return line.strip(" \r\n\u3000").split("\t")


def _is_tab_row(line: str) -> bool:
    cells = _tab_cells(line)
    return len(cells) >= 2 and row_number(cells[0]) is not None


def _is_tab_part(line: str) -> bool:
    """A line of a tab table with its number cell empty and text in a later one."""
    cells = _tab_cells(line)
    return len(cells) >= 2 and not cells[0].strip() and any(c.strip() for c in cells[1:])


def _tab_full_after(row: str, line: str) -> bool:
    """`_full_after_last` for a tab table: each text cell of `line` wider than every one of `row`."""
    widest = max((text_width(c.strip()) for c in _tab_cells(row)[1:]), default=0)
    pieces = [c.strip() for c in _tab_cells(line)[1:] if c.strip()]
    return bool(widest) and bool(pieces) and all(text_width(c) > widest for c in pieces)


def _tab_joined(lines: list[str]) -> str:
    """The lines of one row of a tab table as one line: each column's pieces joined in print order."""
    cells: list[str] = []
    for line in lines:
        for col, text in enumerate(_tab_cells(line)):
            if col >= len(cells):
                cells.append("")
            cells[col] += text.strip()
    return "\t".join(cells)


def _indented(line: str) -> bool:
    return len(line) - len(line.lstrip(" \u3000\u00a0")) >= INDENT_MIN


def _joined(lines: list[str], at: int) -> list[str] | None:
    """The cells of a row printed on `lines`, its number on `lines[at]`: each piece goes to the
    column of the number line whose piece starts nearest to it (where the page's indentation was
    lost, a line's first piece stands under the first text column)."""
    starts = [start for start, _ in line_pieces(lines[at])]
    cells = [""] * len(starts)
    for k, line in enumerate(lines):
        pieces = line_pieces(line)
        shift = 0 if _indented(line) or k == at or len(starts) < 2 else starts[1] - pieces[0][0]
        for start, text in pieces:
            col = min(range(len(starts)), key=lambda c: abs(starts[c] - start - shift))
            if col == 0 and k != at:
                return None  # text under the number column: no part of this row
            cells[col] += text
    return [c for c in cells if c]


class _Kind(NamedTuple):
    """How one kind of centred table prints: its header line, a note under the header, the lines of
    its block, its numbered rows, its cells, a line that opens the next row, and one row's lines
    written as one line (None: no row of the table)."""

    header: Callable[[str], bool]
    note: Callable[[str], bool]
    in_block: Callable[[str], bool]
    is_row: Callable[[str], bool]
    cells: Callable[[str], list[str]]
    full_after: Callable[[str, str], bool]
    join: Callable[[list[str], int], str | None]


def centred_rows(lines: list[str]) -> list[str]:
    """`lines` with each table whose row numbers sit on the middle line of their rows written with
    one line per row; other lines pass unchanged."""
    return _rewritten(lines, _SPACED)


def centred_tab_rows(lines: list[str]) -> list[str]:
    """`centred_rows` for a table whose cells are separated by tabs: each row of a task table whose
    row numbers sit on the middle line of their rows written as one line, its cells apart by tabs."""
    return _rewritten(lines, _TABS)


def _rewritten(lines: list[str], kind: _Kind) -> list[str]:
    """`lines` with each table of `kind` whose rows are centred on their numbers one line a row."""
    out: list[str] = []
    i, n = 0, len(lines)
    is_header = kind.header  # (read once: called on every line)
    while i < n:
        line = lines[i]
        out.append(line)
        i += 1
        if not is_header(line):
            continue
        while i < n and kind.note(lines[i]):
            out.append(lines[i])
            i += 1
        end = i
        while end < n and kind.in_block(lines[end]):
            end += 1  # (a header ends the block: each line is read in one block only)
        merged = _merged_rows(lines[i:end], kind)
        if merged is not None:
            out.extend(merged[0])
            i += merged[1]
    return out


def _blocks(block: list[str], kind: _Kind) -> tuple[list[int], list[int]] | None:
    """The indexes of the numbered rows of `block` and the lines each takes above its number."""
    rows = [k for k, ln in enumerate(block) if kind.is_row(ln)]
    if not rows or rows[0] == 0:
        return None  # a first row on its own first line: the usual layout
    heads = [rows[0]]
    for a, b in zip(rows, rows[1:], strict=False):
        gap = b - a - 1
        if gap > _GAP_MAX:
            return None
        tail = min(heads[-1], gap)
        if tail and kind.full_after(block[a], block[a + 1]):
            tail = 0  # a full line after a cell's short last line: the next row's first line
        elif tail and tail == gap and _OPENS_CUT.match(kind.cells(block[b])[1]):
            tail -= 1  # the next row's text opens on a figure: its first line is above it
        while tail and any(c.rstrip().endswith(_CUT_ENDS) for c in kind.cells(block[a + tail])):
            tail -= 1  # a cell cut after its comma ("改造道路2.8公里，") goes on below: the next row
        heads.append(gap - tail)
    if sum(1 for h in heads if h) < _CENTRED_MIN:
        return None  # one line above the first row only: the rest of the header, say
    return rows, heads


def _merged_rows(block: list[str], kind: _Kind) -> tuple[list[str], int] | None:
    """One line for each row of `block` and the count of its lines they took, or None where the
    block is no table of centred rows."""
    found = _blocks(block, kind)
    if found is None:
        return None
    rows, heads = found
    # the last row takes lines below its number only where a row above did (lines after it may be
    # the text after the table)
    tails = any(b - a - 1 > h for a, b, h in zip(rows, rows[1:], heads[1:], strict=False))
    last = rows[-1] + 1 + (min(heads[-1], len(block) - rows[-1] - 1) if tails else 0)
    stops = [*rows[1:], last]
    out: list[str] = []
    for row, head, nxt, nxt_head in zip(rows, heads, stops, [*heads[1:], 0], strict=False):
        joined = kind.join(block[row - head : nxt - nxt_head], head)
        if joined is None:
            return None
        out.append(joined)
    return out, last


def _spaced_join(lines: list[str], at: int) -> str | None:
    cells = _joined(lines, at)
    return None if cells is None else "    ".join(cells)


def _is_tab_header(line: str) -> bool:
    return "\t" in line and header(_tab_cells(line)) is not None


def _in_tab_block(line: str) -> bool:
    return "\t" in line and (_is_tab_row(line) or _is_tab_part(line))


def _in_spaced_block(line: str) -> bool:
    return (_is_row(line) or _is_part(line)) and not _is_header(line)


def _head_note(line: str) -> bool:
    return _HEAD_NOTE.match(line.strip(" \u3000\u00a0")) is not None


_SPACED = _Kind(_is_header, _head_note, _in_spaced_block, _is_row, _cells, _full_after_last, _spaced_join)
_TABS = _Kind(
    _is_tab_header,
    lambda _line: False,
    _in_tab_block,
    _is_tab_row,
    _tab_cells,
    _tab_full_after,
    lambda lines, _at: _tab_joined(lines),
)
