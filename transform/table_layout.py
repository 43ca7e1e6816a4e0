"""Rows of a task table printed with spaces between its cells (a PDF's text laid out in columns,
"序号   重点任务   牵头单位"), where a long cell goes on in a line of its own under its column:

    1      推进重点企业智能化改造,每年实施   县工业和信息化局  县发展和改革局    2024年12月
           技术改造项目30个以上。

A line goes on with the row above when that row was cut (a cell ends inside its sentence, or a unit
list ends with 、) and the line opens with no row number, marker or label. Each of its pieces (runs
of text two spaces or more apart) belongs to the column of the row above whose piece starts nearest
to it (widths as printed: a Chinese character takes two columns); where the page's indentation was
lost, the line's first piece stands under the first text column. `transform.texttables` writes
it as a "|" line with an empty number cell, the rest of the row above (`table_wraps.merge_wrapped`).
"""

from __future__ import annotations

import re
import unicodedata

from transform.numbering import match_marker
from transform.table_cells import is_units
from transform.table_rows import row_number

__all__ = ["continued_cells", "line_pieces", "piece_starts", "text_width"]

_PIECE = re.compile(r"\S+(?:[ \u3000\u00a0]\S+)*")  # words apart by one space at most
INDENT_MIN = 2  # columns of spaces that keep a line's own position, at least
_CELL_ENDS = "。；;！!？?）)"  # a cell that ends so was not cut
LABEL_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]|^(注|备注|说明|附件|附表)")


def text_width(text: str) -> int:
    """The printed width of `text`: a Chinese character takes two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def line_pieces(line: str) -> list[tuple[int, str]]:
    """The pieces of `line` with the printed column each starts at."""
    out: list[tuple[int, str]] = []
    col, at = 0, 0
    for m in _PIECE.finditer(line):
        col += text_width(line[at : m.start()])
        out.append((col, m.group()))
        col += text_width(m.group())
        at = m.end()
    return out


def piece_starts(line: str) -> list[int]:
    """The printed columns where the pieces of a header or row line start."""
    return [start for start, _ in line_pieces(line)]


def _cut(cells: list[str]) -> bool:
    """Was a row's line cut inside a cell (its text cell runs on, or a unit list ends with 、)?"""
    text = cells[1].strip() if len(cells) > 1 else ""
    return (bool(text) and text[-1] not in _CELL_ENDS) or any(c.strip().endswith("、") for c in cells[2:])


def continued_cells(line: str, starts: list[int], above: list[str]) -> list[str] | None:
    """The cells, one per column of `starts` (where the pieces of the row above, `above`, start),
    of a line that goes on with that row; None for any other line."""
    if len(starts) < 2 or not _cut(above):
        return None
    pieces = line_pieces(line)
    first = line.lstrip(" \u3000\u00a0")
    if not pieces or row_number(pieces[0][1]) is not None or match_marker(first) or LABEL_LINE.match(first):
        return None
    indented = text_width(line[: len(line) - len(first)]) >= INDENT_MIN
    cells = [""] * len(starts)
    listed = [i for i, c in enumerate(above) if i > 1 and c.strip().endswith("、")]
    if not indented and len(pieces) == 1 and len(listed) == 1 and is_units(first.strip()):
        cells[listed[0]] = pieces[0][1]  # "…县政务服务中心、" / "县税务局", its indentation lost (round 42c)
        return cells
    shift = 0 if indented else starts[1] - pieces[0][0]  # (indentation lost: the first text column)
    for start, text in pieces:
        k = min(range(len(starts)), key=lambda i: abs(starts[i] - start - shift))
        if k == 0:
            return None  # text under the number column: another row or no table
        cells[k] += text
    return cells
