"""Task tables flattened to text -> one task line per row (`rows_to_lines`).

An HTML table reaches the parser in one of these renderings:
- piped: a row per line, cells separated by "|" ("1 | 新建景区2家 | 县文旅局 | 2024年底");
- flat: a cell per line (text renderings, copies of web pages); each line may end in " |", or
  lines holding only "|" may separate cells that span several lines;
- spaced: a row per line, cells separated by whitespace.

A table starts with a header row naming its columns (序号, 工作任务, 牵头单位, 责任单位, 完成时限,
责任领导 …: `transform.table_cells`). Without a header, numbered rows are read only where their
cells plainly are a table's (a sentence beside a unit, person or deadline cell, two rows running).
This module finds the tables and cuts them into rows; `transform.table_rows` turns the rows into
the lines the tree reads. A table interrupted by a section line goes on with the same columns.

Long module: four table shapes (piped, one cell per line, spaced, headerless) share the row events they emit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from transform.numbering import match_marker
from transform.page_marks import DATE_LINE, page_mark
from transform.table_cells import (
    HEAD_FIRST,
    SENTENCE_PUNCT,
    UNIT_ROLES,
    WS,
    Column,
    cell_type,
    column_role,
    header,
    is_number_head,
    is_units,
    names_work,
    row_kinds,
)
from transform.table_centred import centred_rows, centred_tab_rows
from transform.table_glued_tail import unglue_tail
from transform.table_layout import continued_cells, line_pieces, piece_starts
from transform.table_repeats import repeated_row
from transform.table_rows import HEADING_KINDS, Row, TableLine, compound_number, emit_rows, retag, row_number
from transform.table_subnumbers import sub_cells, sub_numbered
from transform.table_subtasks import SubTasks
from transform.table_wraps import (
    cut_unit_name,
    figure_cell,
    join_broken_sentence,
    join_broken_title,
    joined_header,
    merge_wrapped,
    spaced_tail,
    spaced_wrap,
    unnumbered_wrap,
    wrapped_cells,
)
from transform.unit_scale import BASE_UNITS, SCALES

__all__ = ["TableLine", "retag", "rows_to_lines"]


_SIGNATURE_DATE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_TABLE_END = re.compile(r"^(注|备注|说明)\s*[:：]|^附\s*件\s*\d{0,2}\s*[:：]?\s*$|^附\s*件\s*\d{1,2}\b")
_MAX_HEAD_LINES = 16
_HEAD_PART = 2  # the parts of a head broken over two lines ("责任" / "领导") are short
# a head's bracketed measure or note printed on a line of its own ("总投资" / "（万元）")
_HEAD_NOTE = re.compile(r"^[（(][^（()）]{1,6}[)）]$")
_JOINED_HEAD_MAX = 8
# the rule under a markdown table's header ("| --- | :---: |"): no row, the table goes on below it
_MD_RULE = re.compile(r"^:?-{3,}:?$")


def _cells(line: str) -> list[str]:
    cells = [c.strip() for c in line.split("|")]
    if cells and not cells[0]:
        cells = cells[1:]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _bare(line: str) -> str:
    """A flat cell without the " |" a rendering put after it."""
    return line[:-1].rstrip() if line.endswith("|") else line


def _ends_table(line: str) -> bool:
    return bool(_SIGNATURE_DATE.match(line) or _TABLE_END.match(line))


def piped_tab_rows(lines: list[str]) -> list[str]:
    """`lines` (as printed, not stripped) with each task table whose cells a Word or WPS export
    separates by tabs written as a "|" table: from a header line whose tab-separated cells head a
    task table, every line holding a tab, empty cells kept ("\t高效节水灌溉1万亩。\t\t水利局": the
    rest of a row, its number cell empty; a table whose row numbers sit on the middle line of their
    rows is first written one line a row: `transform.table_centred`). A heading line without a tab ("一、主要预期目标", a row of
    merged cells saved without its empty ones) is a row of the table when the table goes on after
    it with a numbered row. Lines of other tables and indented text pass unchanged."""
    return _piped_rows_of(centred_tab_rows(lines), _tab_cells)


def piped_comma_rows(lines: list[str]) -> list[str]:
    """`lines` with each task table of a CSV export ("序号,项目名称,建设内容,牵头单位,完成时限" over
    "1,城区停车场建设,新建公共停车位600个,县住建局,2026年11月") written as a "|" table: a header line
    of comma-separated heads that head a task table, then the lines right below it that hold as many
    cells and open with a row number. A comma between two digits ("1,200") separates no cells; prose
    with commas, and lines not under such a header, pass unchanged (round 41b)."""
    out = list(lines)
    width = 0
    for k, line in enumerate(lines):
        cells = _comma_cells(line)
        if width and cells is not None and len(cells) == width and _CSV_ROW_NO.match(cells[0].strip()):
            out[k] = " | ".join(c.strip() for c in cells)
            continue
        width = 0
        if cells is not None and _csv_header(cells):
            width = len(cells)
            out[k] = " | ".join(c.strip() for c in cells)
    return out


def fullwidth_piped(text: str) -> str:
    """`text` with each task table whose cells are apart by full-width bars ("序号｜项目名称｜牵头单位"
    over "1.｜神农谷景区提质｜县文旅局") written with "|": from a header line of such cells that head a
    task table, every line after it holding a full-width bar (round 45c). Bars elsewhere ("首页｜政务
    公开") stay."""
    if "｜" not in text:
        return text
    lines = text.split("\n")
    in_table = False
    for k, line in enumerate(lines):
        if "｜" not in line:
            in_table = False
        elif in_table or header([c.strip() for c in line.strip(" \t\u3000｜").split("｜")]) is not None:
            in_table = True
            lines[k] = line.replace("｜", "|")
    return "\n".join(lines)


def _csv_header(cells: list[str]) -> bool:
    """Comma-separated heads of a task table, 序号 first, each a short head (no prose cut at commas)."""
    return (
        len(cells) >= 3
        and all(len(c.strip()) <= _CSV_HEAD_MAX for c in cells)  # (cheap first: prose has long cells)
        and column_role(cells[0].strip()) == "no"
        and header(cells) is not None
    )


_CSV_HEAD_MAX = 12  # characters of a CSV head ("2026年计划投资（万元）")
# a comma not between two digits ("1,200" stays one cell): `(?<!\d),|,(?!\d)` with the comma first,
# so the regex engine jumps from comma to comma instead of trying the look-behind at every position
_CSV_COMMA = re.compile(r",(?:(?<!\d,)|(?!\d))")
_CSV_ROW_NO = re.compile(r"\d{1,3}$")


def _comma_cells(line: str) -> list[str] | None:
    return _CSV_COMMA.split(line.strip(" \r\u3000")) if "," in line else None


def piped_space_rows(lines: list[str]) -> list[str]:
    """`lines` with each task table whose cells a rendering separates by runs of spaces ("序号   重点
    任务   牵头单位") written as a "|" table, as `piped_tab_rows` does for tabs: a row is a line of two
    cells or more apart by two spaces or more. A table whose row numbers sit on the middle line of
    their rows is first written one line a row (`transform.table_centred`)."""
    return _piped_rows_of(centred_rows(lines), _space_cells, laid_out=True)


def _tab_cells(line: str) -> list[str] | None:
    return line.strip(" \r\u3000").split("\t") if "\t" in line else None


_SPACE_GAP = re.compile(r"[ \u3000\u00a0]{2,}")


def _space_cells(line: str) -> list[str] | None:
    cells = _SPACE_GAP.split(line.strip(" \r\u3000\u00a0"))
    return cells if len(cells) >= 2 else None


def _piped_rows_of(
    lines: list[str], cells_of: Callable[[str], list[str] | None], *, laid_out: bool = False
) -> list[str]:
    """`laid_out`: cells apart by spaces, where a long cell goes on in an indented line of its own
    under its column (`transform.table_layout`)."""
    out: list[str] = []
    in_table = False
    width = 0  # the cells of the table's header
    headings: list[int] = []  # lines of one cell inside the table ("一、主要预期目标", merged cells)
    starts: list[int] = []  # (laid out) where the pieces of the last full row start
    above: list[str] = []  # … and its cells
    head_starts: list[int] = []  # (laid out) where the header's heads start
    roles: list[str] = []  # the roles of the header's columns
    for k, line in enumerate(lines):
        if laid_out and in_table and starts and _signs_off(lines, k):
            in_table, starts = False, []  # "湖滨镇人民政府" / "2024年2月20日" below the last row: no cell
        if laid_out and in_table and page_mark(line.strip(" \r\u3000")):
            out.append(line)  # "— 1 —" between two rows (a PDF's page): the table reads on (round 43c)
            continue
        if (
            laid_out
            and in_table
            and starts
            and (goes_on := continued_cells(line, starts, above))
            and not _repeated_header(line)
        ):
            out.append(" | ".join(["", *goes_on[1:]]))  # the rest of the row above, its number cell empty
            above = [a + b for a, b in zip(above, goes_on, strict=False)]  # (it may be cut again)
            continue
        cells = cells_of(line)
        if laid_out and in_table and cells is not None and 1 < len(cells) < width:
            cells = _split_single_spaced(cells, width)  # "县住建局 2024年11月": one space between two cells
            cells = unglue_tail(cells, roles)  # "…3所县卫生健康局2024年12月": no space at all (47k)
        elif laid_out and in_table and cells is not None and len(cells) > width and head_starts:
            cells = _cells_by_position(line, head_starts) or cells  # two names in one unit cell
        if cells is None:
            if in_table and match_marker(line.strip(" \r\u3000")[:_MARKER_SPAN]) is not None:
                headings.append(len(out))
            else:
                in_table, headings = False, []
            out.append(line)
            continue
        if headings:  # after headings the table goes on with a numbered row of its own
            in_table = len(cells) >= _ROW_MIN_CELLS and row_number(cells[0]) is not None
            for k in headings if in_table else ():
                out[k] = " | ".join([out[k].strip(" \r\u3000"), *[""] * (width - 1)])
            headings = []
        if not in_table:
            cols = header(stripped := [c.strip() for c in cells])
            in_table, roles = cols is not None, [c.role for c in cols or ()]
            width = len(stripped)
            starts, above = [], []
            head_starts = piece_starts(line) if laid_out and len(piece_starts(line)) == width else []
        elif laid_out and len(cells) == width and row_number(cells[0].strip()) is not None:
            starts, above = piece_starts(line), cells
        out.append(" | ".join(c.strip() for c in cells) if in_table else line)
    return out


def _repeated_header(line: str) -> bool:
    """Is this laid-out line the table's header printed again under a section row ("三、强化信用监管" then
    "序号  工作任务  牵头单位  配合单位")? It is no rest of the row above, whose columns it may fill
    (round 47a)."""
    cells = _space_cells(line)
    return cells is not None and header([c.strip() for c in cells]) is not None


def _cells_by_position(line: str, head_starts: list[int]) -> list[str] | None:
    """A laid-out row holding more pieces than its header has heads, where a cell holds two names
    apart by two spaces ("县政务服务中心  县税务局" under 配合单位): each piece belongs to the last head
    starting at or before it, where every column's first piece starts right under its head (as
    printed, a Chinese character two columns wide); None where the row is not so aligned."""
    cols: list[list[str]] = [[] for _ in head_starts]
    for start, text in line_pieces(line):
        k = max((i for i, h in enumerate(head_starts) if h <= start + _ALIGN_SLACK), default=None)
        if k is None or (not cols[k] and abs(head_starts[k] - start) > _ALIGN_SLACK):
            return None
        cols[k].append(text)
    if any(len(c) > 1 and not all(cell_type(p) == "unit" for p in c) for c in cols):
        return None  # (only a list of names shares a column)
    return ["、".join(c) for c in cols]


_ALIGN_SLACK = 2  # (columns a rendering may shift a cell by)
_SIGNER_MAX = 30  # characters of an issuer's line over a signature date


_BARE_FIGURE = re.compile(r"\d{1,9}(?:\.\d{1,4})?$")  # "燃气管道改造（公里） 40" under 2025年: a year's cell


def _split_single_spaced(cells: list[str], width: int) -> list[str]:
    """A row of a table laid out by spaces that holds fewer cells than its header, where a long
    cell left one space only before the next ("改造老旧小区12个 县住房和城乡建设局 2024年11月"): a cell
    whose pieces after its first are unit or deadline cells is split at its single spaces, from the
    last cell on, while the row holds fewer cells than the header. A bare figure after a single space
    ("燃气管道改造（公里） 40" under 2025年) is such a cell too."""
    out = list(cells)
    for j in range(len(out) - 1, 0, -1):
        pieces = out[j].strip().split(" ")
        if len(pieces) < 2 or len(out) + len(pieces) - 1 > width:
            continue
        if all(cell_type(p) in ("unit", "deadline") or _BARE_FIGURE.match(p) for p in pieces[1:]):
            out[j : j + 1] = pieces
        if len(out) == width:
            break
    return out


def _signs_off(lines: list[str], k: int) -> bool:
    """Is lines[k] a signature date, or a short line of one piece right over one (the issuer)?"""
    line = lines[k].strip(" \r\u3000\u00a0")
    if DATE_LINE.fullmatch(line):
        return True
    if len(line) > _SIGNER_MAX or _SPACE_GAP.search(line) or k + 1 >= len(lines):
        return False
    return DATE_LINE.fullmatch(lines[k + 1].strip(" \r\u3000\u00a0")) is not None


_MARKER_SPAN = 48
_ROW_MIN_CELLS = 2  # a number and a task (a category row: its empty cells not saved)


def rows_to_lines(lines: list[str]) -> list[str]:
    """Replace every task table in `lines` by its task lines (other lines pass unchanged)."""
    printed = lines
    lines = _unbordered_cells(lines)
    out: list[str] = []
    i, n, table = 0, len(lines), 0
    piped: list[Column] | None = None  # the columns of the last piped table
    while i < n:
        line = lines[i]
        found = None
        if "|" in line or line[:1] in HEAD_FIRST or (line[:1] in "考类" and len(line) <= 8):
            found = _table_at(lines, i, table + 1)
            if (
                found is None
                and piped is not None
                and "|" in line
                and any(row_number(c) for c in _cells(line)[:3])
            ):
                found = _piped_rows(lines, i, piped, table + 1)  # the table goes on after a heading
                found = found if found[0] else None
            elif found is None and "|" in line:
                found = _headerless_piped_at(lines, i, table + 1)
            elif found is not None and "|" in line:
                piped = header(_cells(line))
        elif line.isdigit() and len(line) <= 3:
            found = _headerless_at(lines, i, table + 1)
        elif line[:1].isdigit():
            found = _headerless_spaced_at(lines, i, table + 1)
        elif " " in line[:7] and column_role(line.split(maxsplit=1)[0]) == "category":
            found = _spaced_category_table(lines, i, table + 1)
        if found is None and len(line) <= _FLAT_HEAD_MAX and _may_head_flat(lines, i):
            found = _flat_marked_at(lines, i, table + 1)
        if found is None:
            out.append(printed[i])
            i += 1
            continue
        produced, i = found
        table += 1
        out.extend(produced)
    return out


def _unbordered_cells(lines: list[str]) -> list[str]:
    """`lines` as the table readers see them: a cell printed alone between two bars ("| 牵头单位 |",
    a table rendered one cell per line, each cell bordered) is read as a flat cell ("牵头单位 |"),
    an empty one ("|  |") as the bars of an empty cell ("||"). The lines no table takes are
    output as printed."""
    if "|\n" not in "\n".join(lines) + "\n" or not any(_bordered_cell(ln) for ln in lines):
        return lines  # most pages: no cell printed so
    return [
        _flat_cell(ln) if _bordered_cell(ln) and not _wrapped_row(lines, k) else ln
        for k, ln in enumerate(lines)
    ]


def _wrapped_row(lines: list[str], k: int) -> bool:
    """Is the bordered cell `lines[k]` the second line of the row above ("1 | 推进城区中小学 |
    区教育局" / "| 学位扩容 |"): a row of several cells above it, and no bordered cell on either side
    (a table printed one cell per line prints runs of them) (round 42c)?"""
    above = lines[k - 1] if k > 0 else ""
    below = lines[k + 1] if k + 1 < len(lines) else ""
    return above.count("|") >= 2 and not _bordered_cell(above) and not _bordered_cell(below)


def _bordered_cell(line: str) -> bool:
    return len(line) >= 2 and line[0] == "|" and line[-1] == "|" and line.count("|") == 2


def _flat_cell(line: str) -> str:
    """ "| 牵头单位 |" -> "牵头单位 |"; "|  |" -> "||"."""
    cell = line[1:-1].strip()
    return f"{cell} |" if cell else "||"


# a cell holding a label and its value ("责任单位：县文旅局"): two such cells make a card's fields on
# one line ("1．项目名称：新建城市书房4个 | 责任单位：县文旅局 | 完成时限：…"), no header (round 41b)
_FIELD_CELL = re.compile(r"[:：][ \t]*[^ \t|｜]")


def _table_at(lines: list[str], i: int, table: int) -> tuple[list[str], int] | None:
    line = lines[i]
    cells = _cells(line)
    if len(cells) >= 3 and sum(1 for c in cells if _FIELD_CELL.search(c)) < 2:
        cols = _header(cells)
        heads = joined_header(line, lines[i + 1]) if i + 1 < len(lines) and "|" in lines[i + 1] else None
        joined = _header(heads) if heads else None
        if joined is not None and (cols is None or _unknown(joined) < _unknown(cols)):
            return _piped_rows(lines, i + 2, joined, table)  # a header printed over two lines
        if cols is not None:
            if _number_alone(lines, i + 1):  # a header on one line, each cell of a row on its own
                return _flat_rows(lines, i + 1, cols, table)
            return _piped_rows(lines, i + 1, cols, table)
    first = WS.sub("", _bare(line))
    if (
        column_role(first) == "category"
        and i + 1 < len(lines)
        and column_role(WS.sub("", _bare(lines[i + 1]))) == "no"
    ):
        i += 1  # a category column printed before 序号 (its cells come before the numbers)
        first = WS.sub("", _bare(lines[i]))
    if column_role(first) == "no":
        return _flat_table(lines, i + 1, table)
    tokens = _join_header_words(line.split())
    if len(tokens) >= 3 and column_role(tokens[0]) == "no":
        cols = _header(tokens)
        if cols is not None and _number_alone(lines, i + 1):
            return _flat_rows(lines, i + 1, cols, table)
        if cols is not None:
            j = i + 1
            if j < len(lines):  # a second header row "牵头单位 配合单位" under 责任单位 (round 42b)
                cols, j = _sub_header(" | ".join(lines[j].split()), cols, j)
            return _spaced_rows(lines, j, cols, table)
    return None


def _number_alone(lines: list[str], k: int) -> bool:
    """Is lines[k] a row's number alone, its task on the next line (a row printed a cell a line)?"""
    if k + 1 >= len(lines):
        return False
    cell = _bare(lines[k].strip(" |\u3000"))
    nxt = _bare(lines[k + 1].strip(" |\u3000"))
    return (
        len(cell) <= 3
        and cell.isdigit()
        and "|" not in nxt
        and row_number(nxt.split()[0] if nxt else "") is None
    )


# the figure and period columns of a project table (总投资（亿元）, 建设年限, 建设规模, 数量, 资金来源):
# no role of their own, kept in the row's task text as "header：value"
_PROJECT_HEAD = re.compile(r"投资|资金|年限|年度|规模|数量|[（(][^（()）]{1,6}[)）]$")


# columns of a project table (序号 名称 内容 年限 总投资 当年投资 年度计划 资金来源 责任单位)
_PROJECT_MAX = 10


def _completes_head(prev: str, text: str) -> bool:
    """Is the header line `text` the rest of the head `prev` above it: a bracketed measure or note
    ("总投资" / "（万元）"), or, where neither part names a column, the part that makes the two one
    head that does ("建设起" / "止年限")?"""
    if _HEAD_NOTE.match(text):
        return True
    if column_role(prev) is not None or column_role(text) is not None or _PROJECT_HEAD.search(prev):
        return False
    joined = prev + text
    return len(joined) <= _JOINED_HEAD_MAX and (
        column_role(joined) is not None or bool(_PROJECT_HEAD.search(joined))
    )


def _unknown(cols: list[Column]) -> int:
    return sum(1 for c in cols if c.role == "extra")


def _header(cells: list[str]) -> list[Column] | None:
    """`header`, or the columns of a project table whose unknown heads, more than `header`
    allows, all name a project's figures or period ("序号 项目名称 建设内容 总投资（亿元） 建设年限")."""
    cols = header(cells)
    if cols is not None or not 4 <= len(cells) <= _PROJECT_MAX or column_role(WS.sub("", cells[0])) != "no":
        return cols  # (a project table numbers its rows: most rows of text end here, cheaply)
    heads = [WS.sub("", c) for c in cells]
    unknown = [h for h in heads if column_role(h) is None]
    if len(unknown) * 2 > len(heads) or not all(len(h) <= 12 and _PROJECT_HEAD.search(h) for h in unknown):
        return None
    cols = [Column(column_role(h) or "extra", h) for h in heads]
    return cols if names_work(cols) else None


def _flat_table(lines: list[str], j: int, table: int) -> tuple[list[str], int] | None:
    """A header of one cell per line after 序号 (fragments such as 责任/领导 are joined)."""
    heads = ["序号"]
    n = len(lines)
    pending = ""
    while j < n and len(heads) < _MAX_HEAD_LINES:
        raw = lines[j]
        if not raw.strip("|"):  # "|", "||": the bars of empty cells between header cells
            j += 1
            continue
        text = WS.sub("", _bare(raw))
        if (
            not text
            or row_number(text)
            or len(text) > 16
            or SENTENCE_PUNCT.search(text)
            or match_marker(text)
        ):
            break
        if len(heads) > 1 and not pending and _completes_head(heads[-1], text):
            heads[-1] += text  # "总投资" / "（万元）", "建设起" / "止年限": one head broken over two lines
            j += 1
            continue
        if pending and len(text) > _HEAD_PART:
            heads.append(pending)  # a whole head (数量 before 责任单位), not half of one
            pending = ""
        text = pending + text
        # a cell the rendering closed with " |" is whole: an unknown one is a column of its own
        # (建设地点), not the first part of a header broken over two lines (责任 / 领导); so is
        # an unknown head longer than such a part (建设规模)
        if column_role(text) is None and not pending and not raw.rstrip().endswith("|"):
            nxt = _next_text(lines, j + 1)
            if len(text) > _HEAD_PART and not (nxt is not None and row_number(_bare(nxt))):
                heads.append(text)
                j += 1
                continue
            pending = text
        elif (
            not pending and len(text) <= 2 and len(heads) > 1 and column_role(text) == column_role(heads[-1])
        ):
            heads[-1] += text  # "攻坚目标" / "任务": one header cell broken over two lines
        else:
            heads.append(text)
            pending = ""
        j += 1
    if pending:
        j -= 1  # an unknown last line is the first row's category cell, not a column
    cols = _header(heads)
    if cols is None or j >= n:
        return None
    return _flat_rows(lines, j, cols, table)


def _starts_row(
    no: int, prev: int | None, row: Row | None, nxt: str | None, marker: str = "", outer: int | None = None
) -> bool:
    """Is a number cell the start of the next row (not a figure inside the current one)?"""
    if prev is None:
        return True
    if no == prev + 1:
        return True
    if (
        row is not None
        and _bracketed(marker) != _bracketed(row.marker)
        and _starts_nested(no, marker, outer, nxt)
    ):
        return True
    if no <= prev or no > prev + 200 or (row is not None and len(row.cells) < 2) or nxt is None:
        return False
    return cell_type(_bare(nxt)) in ("long", "short") or bool(match_marker(nxt))


def _starts_nested(no: int, marker: str, outer: int | None, nxt: str | None) -> bool:
    """A row numbered in another style than the row above it, text after it: a bracketed one
    ("(8)") under a row numbered without brackets that heads it ("1" / 大力提振消费。), or the next
    such heading row ("2" after "(10)", `outer` the number of the last). No figure is printed so."""
    if nxt is None or cell_type(_bare(nxt)) not in ("long", "short"):
        return False
    return _bracketed(marker) or (outer is not None and no == outer + 1)


def _bracketed(marker: str) -> bool:
    return marker[:1] in "(（"


def _flat_rows(lines: list[str], j: int, cols: list[Column], table: int) -> tuple[list[str], int]:
    # Long function: a one-cell-per-line table regrouped into rows: one state machine.
    n = len(lines)
    sure = any(ln == "|" or ln.endswith("|") for ln in lines[j : j + 6])
    separated = any(ln == "|" for ln in lines[j : j + 6])  # "|" lines between multi-line cells
    limit = max(4 * len(cols), 24)
    events: list = []
    row: Row | None = None
    prev: int | None = None
    outer: int | None = None  # the last row numbered without brackets (it may head bracketed rows)
    tail: int | None = None  # the first heading line after the last row
    cell: list[str] = []

    def close_cell() -> None:
        if row is not None and cell:
            row.cells.append("\n".join(cell) if separated else cell[0])
        cell.clear()

    k = j
    while k < n:
        raw = lines[k]
        if raw == "|" or raw == "||":
            if separated or raw == "||":
                if raw == "||" and not separated and row is not None:
                    row.cells.append("")
                close_cell()
            k += 1
            continue
        if sure and not separated and not raw.endswith("|") and row is not None:
            break  # the rendering's cells end here
        text = _bare(raw)
        if _ends_table(text) or (row is not None and is_number_head(text)):
            break
        no = row_number(text)
        nxt = _next_text(lines, k + 1)
        head_end = _category_row(lines, k, text, prev) if no and not separated else None
        if no and head_end is not None:
            close_cell()
            if row is not None:
                events.append(("row", row))
                row = None
            events.append(("head", f"{no[1]}{_bare(lines[head_end - 1])}"))
            prev = None  # rows under a category may count from 1 again
            k = head_end
            continue
        if (
            no
            and (not separated or not cell)
            and _starts_row(no[0], prev, row, nxt, no[1], outer)
            and not (row is not None and figure_cell(row, cols, nxt))
        ):
            close_cell()
            if row is not None:
                events.append(("row", row))
            row = Row(no[0], no[1], sure=sure)
            prev, tail = no[0], None
            outer = outer if _bracketed(no[1]) else no[0]
            k += 1
            continue
        mk = match_marker(text)
        if mk is not None and mk.kind in HEADING_KINDS and not cell:
            if row is not None and not row.cells:
                row.heads.append(text)  # "1 | 一、经济社会发展目标 | …": heading of this row
                k += 1
                continue
            if row is None or _has_units(row):
                if row is not None:
                    events.append(("row", row))
                    row = None
                events.append(("head", text))
                prev = outer = None  # rows under a heading row may count from 1 again
                tail = k if tail is None else tail
                k += 1
                continue
        if row is None:
            if mk is None and len(text) <= 20 and not SENTENCE_PUNCT.search(text):
                events.append(("group", text))  # a category cell printed before its first row
                k += 1
                continue
            break
        if not separated and prev is not None and _next_group(events, row, cols, text, nxt):
            events.append(("row", row))  # a category cell printed once, before its group's rows
            events.append(("group", text))
            row = None
            k += 1
            continue
        if separated:
            cell.append(text)
        elif row.cells and cut_unit_name(row.cells[-1], text):
            row.cells[-1] += text  # "市生态" / "环境局": a unit name the rendering broke over two lines
        else:
            row.cells.append(text)
        if len(row.cells) > limit:
            break
        k += 1
    close_cell()
    if row is not None:
        events.append(("row", row))
    elif tail is not None and events[-1][0] == "head":
        while events and events[-1][0] == "head":
            events.pop()  # headings after the last row are the text's, not the table's
        k = tail
    if not any(e[0] == "row" for e in events):
        return [], j
    if not sure and not separated:
        for ev in events:
            if ev[0] == "row":
                join_broken_title(ev[1], cols)
                join_broken_sentence(ev[1], cols)
    return emit_rows(events, cols, table, "；" if not sure else ""), k


def _next_group(events: list, row: Row, cols: list[Column], text: str, nxt: str | None) -> bool:
    """Is `text`, after a row that holds a cell for every column, the category cell of the next
    rows: the table printed one before its first row, `text` is a short name and the line after
    it numbers the next row?"""
    if not events or events[0][0] != "group" or len(row.cells) < len(cols) - 1:
        return False
    if len(text) > 20 or cell_type(text) != "short" or nxt is None:
        return False
    no = row_number(_bare(nxt))
    return no is not None and no[0] == row.number + 1


def _category_row(lines: list[str], k: int, text: str, prev: int | None) -> int | None:
    """A category row of a one-cell-per-line table ("一" / "产业项目" over rows 1, 2 …): a
    Chinese numeral, a short name, then the number of the row it opens (1, or the one after the
    last row). The index after the name, or None."""
    if not text.strip() or text.strip()[0] not in _CN_DIGITS:
        return None
    name_at = _next_index(lines, k + 1)
    if name_at is None:
        return None
    name = _bare(lines[name_at])
    if len(name) > 20 or cell_type(name) != "short" or match_marker(name):
        return None
    after = _next_index(lines, name_at + 1)
    no = row_number(_bare(lines[after])) if after is not None else None
    if no is None or not no[1][0].isdigit() or no[0] not in (1, (prev or 0) + 1):
        return None
    return name_at + 1


_CN_DIGITS = frozenset("一二三四五六七八九十")


def _next_index(lines: list[str], k: int) -> int | None:
    while k < len(lines) and lines[k] in ("|", "||"):
        k += 1
    return k if k < len(lines) else None


def _next_text(lines: list[str], k: int) -> str | None:
    while k < len(lines) and lines[k] in ("|", "||"):
        k += 1
    return lines[k] if k < len(lines) else None


def _has_units(row: Row) -> bool:
    return any(cell_type(c) in ("unit", "person", "deadline") for c in row.cells[1:])


def _category_line(lines: list[str], k: int) -> bool:
    """Is lines[k], a line without "|" inside a "|" table, a category row: a numbered heading
    followed (maybe after further headings: "二、…" / "（一）…") by a numbered row of the same
    table, not by the header of the next one?"""
    for j in range(k, min(k + _MAX_CATEGORY_LINES, len(lines))):
        if "|" in lines[j]:
            cells = _cells(lines[j])
            return j > k and header(cells) is None and any(row_number(c) for c in cells[:3])
        mk = match_marker(lines[j])
        if mk is None or mk.kind not in HEADING_KINDS:
            return False
    return False


#: category rows in a row without their cells ("二、…" / "（一）…" / then the rows)
_MAX_CATEGORY_LINES = 4


def _piped_rows(
    lines: list[str], j: int, cols: list[Column], table: int, *, sure: bool = True
) -> tuple[list[str], int]:
    # Long function: a "|" table read row by row: header, categories, numbered and unnumbered rows.
    """Rows of one line each, cells separated by "|" (not `sure`: by spaces, which also fall
    inside a cell)."""
    events: list = []
    n = len(lines)
    if j < n and "|" in lines[j]:
        cols, j = _sub_header(lines[j], cols, j)
    no_col = next((k for k, c in enumerate(cols) if c.role == "no"), None)
    unnumbered = 0  # rows of a table that prints no numbers, counted
    sub_head: int | None = None  # the number of the heading cell over sub-numbered rows (1.推进… over 1.1)
    aligned: Row | None = None  # the last numbered row, its cells in column order
    aligned_cells: list[str] = []  # … its line's cells, as printed
    bordered = False  # its line opens with "|"
    subtasks = SubTasks(cols, no_col)  # "1 | 打好蓝天保卫战 | 1.1 淘汰…": numbered 子任务 cells (round 47c)
    k = j
    while k < n:
        if "|" not in lines[k]:
            # a cell broken by <br>: its next part is alone on a line between two rows' lines
            if (
                events
                and events[-1][0] == "row"
                and k + 1 < n
                and "|" in lines[k + 1]
                and match_marker(lines[k]) is None
                and not row_number(lines[k])
                and not _starts_next_table(lines[k], lines[k + 1])
            ):
                _continue_row(events[-1][1], [lines[k].strip()])
                k += 1
                continue
            if _category_line(lines, k):
                # a category row whose empty cells the rendering dropped ("一、主要预期目标")
                events.append(("head", lines[k].strip()))
                k += 1
                continue
            break
        cells = [c.strip() for c in lines[k].split("|")]
        if cells and not cells[0] and lines[k].lstrip().startswith("|"):
            cells = cells[1:]
        while len(cells) > len(cols) and not cells[-1]:
            cells.pop()
        nonempty = [c for c in cells if c]
        if not nonempty or all(_MD_RULE.match(c) for c in nonempty):
            k += 1
            continue
        if aligned is not None and events[-1][1] is aligned and no_col is not None:
            repeated = repeated_row(cells, aligned_cells, no_col)
            if repeated is not None:  # a merged 序号 printed on each of its rows (round 46c)
                merge_wrapped(aligned, repeated, no_col, _content_col(cols))
                k += 1
                continue
        # (a numbered row is no header, though its cells name roles: "1 | 引进…项目 | … | 县商务局（牵头）、…";
        # "3 | 培育项目10个 | 牵头：县文明办；配合：县民政局 | 2025年11月", rounds 47c and 47a)
        head_cols = None if cells[0].isdigit() or _numbered_row(cells, no_col) else header(cells)
        if head_cols is not None:
            if [c.head for c in head_cols] == [c.head for c in cols]:
                k += 1  # its header printed again at the top of a page: the table goes on, and a
                continue  # row the page break cut is joined with the rest of it below
            break  # the next table
        idx = next((x for x, c in enumerate(cells[:4]) if row_number(c)), None)
        if idx is None and (item := subtasks.next(cells)) is not None:
            events.append(("row", Row(item[1], item[0], cells=item[2], sure=sure)))
            k += 1
            continue
        compound = (
            compound_number(cells[no_col])
            if idx is None and no_col is not None and no_col < len(cells)
            else None
        )
        if compound is not None:
            idx = no_col
        if idx is None and no_col is not None and aligned is not None and events[-1][1] is aligned:
            wrapped = wrapped_cells(lines[k], len(cols), no_col, bordered)
            if wrapped is not None and (
                _past_content(wrapped, cols) or _runs_on(aligned, wrapped, cols, no_col)
            ):
                merge_wrapped(
                    aligned, wrapped, no_col, _content_col(cols)
                )  # the rest of a unit cell cut by a page break
                k += 1
                continue
        if idx is None and no_col is not None:
            # a category row ("一、主要预期目标 | | |") or a row numbered inside its content cell
            first_marker = match_marker(nonempty[0])
            if len(nonempty) == 1 or (
                first_marker is not None and first_marker.kind in HEADING_KINDS and len(nonempty) <= 2
            ):
                if match_marker(nonempty[0]):
                    events.append(("head", " ".join(nonempty)))
                else:
                    events.append(("group", nonempty[0]))
                k += 1
                continue
        if idx is None and no_col is None and (sub := sub_numbered(cells, sub_head)) is not None:
            if sub[0] is not None:  # "1.推进产业升级 | 1.1 实施…": the heading, then its item
                events.append(("head", sub[0]))
                sub_head = int(sub[3].split(".")[0])
            events.append(("row", Row(sub[2], sub[3], cells=sub_cells(cells, sub[1], sub[3]), sure=sure)))
            k += 1
            continue
        if idx is None:
            at = next(
                (
                    x
                    for x, c in enumerate(cells)
                    if (mk := match_marker(c)) is not None and mk.kind not in HEADING_KINDS
                ),
                None,
            )
            if at is None and no_col is None and _unnumbered_row(cells, cols, events, unnumbered):
                unnumbered += 1
                events.append(("row", Row(unnumbered, f"{unnumbered}.", cells=cells, sure=sure)))
                k += 1
                continue
            if at is None:
                if any(match_marker(c) for c in nonempty[:1]):
                    events.append(("head", nonempty[0]))
                    k += 1
                    continue
                if no_col is not None and aligned is not None and events[-1][1] is aligned:
                    wrapped = wrapped_cells(lines[k], len(cols), no_col, bordered)
                    if wrapped is None and len(aligned.cells) >= len(cols) - no_col - 1:
                        wrapped = unnumbered_wrap(lines[k], cols, no_col)
                    if wrapped is not None:
                        merge_wrapped(
                            aligned, wrapped, no_col, _content_col(cols)
                        )  # a row printed over two lines
                        k += 1
                        continue
                if events and events[-1][0] == "row":
                    _continue_row(events[-1][1], cells)  # the rest of a row broken by <br>
                    k += 1
                    continue
                break
            before = [c for c in cells[:at] if c]
            # the numbered content cell starts at the first content column
            roles = [c.role for c in cols if c.role != "no"]
            lead_in = roles.index("content") if "content" in roles else 0
            row = Row(0, "", cells=[""] * lead_in + cells[at:], sure=sure)
            _category_cells(row, before, events)
            events.append(("row", row))
            k += 1
            continue
        no = compound or row_number(cells[idx])
        assert no is not None
        if idx == no_col and (group := subtasks.first(cells, no[1])) is not None:
            events.append(("head", group[0]))
            events.append(("row", Row(group[2], group[1], cells=group[3], sure=sure)))
            aligned = None
            k += 1
            continue
        lead_cells = [c for c in cells[:idx] if c]
        # cells before the number are category cells spanning rows: align the rest from the number
        row = Row(no[0], no[1], cells=cells[idx + 1 :], sure=sure)
        _category_cells(row, lead_cells, events)
        _row_heads(row)
        events.append(("row", row))
        aligned = row if idx == no_col and not row.heads else None
        aligned_cells = cells
        bordered = lines[k].lstrip().startswith("|")
        k += 1
    if not any(e[0] == "row" for e in events):
        return [], j
    return emit_rows(events, _heads_column(cols, events), table, ""), k


def _numbered_row(cells: list[str], no_col: int | None) -> bool:
    """Whether the row's number cell holds a row number ("1", "一"): a row of the table (round 47c)."""
    return no_col is not None and no_col < len(cells) and row_number(cells[no_col]) is not None


def _heads_column(cols: list[Column], events: list) -> list[Column]:
    """Where rows open with a numbered heading cell ("1 | 一、优质教育提升工程 | 2024-2025 |
    完成…食堂建设 | …", the heading printed on its group's first row only) and the header names
    more than one content column, the first of them, right after the number, holds those
    headings: a category column, which the rows below the first leave out."""
    if not any(e[0] == "row" and e[1].heads for e in events):
        return cols
    at = next((x for x, c in enumerate(cols) if c.role != "no"), None)
    if at is None or cols[at].role != "content" or sum(c.role == "content" for c in cols) < 2:
        return cols
    for e in events:
        if e[0] == "row" and e[1].heads:
            e[1].cells.insert(0, "")  # (its heading stood in that column)
    return [*cols[:at], Column("category", cols[at].head), *cols[at + 1 :]]


def _content_col(cols: list[Column]) -> int | None:
    """The content column of a table that has one (项目名称 over 建设内容: a wrapped line may be
    either's, and its part is placed by position only)."""
    content = [i for i, c in enumerate(cols) if c.role == "content"]
    return content[0] if len(content) == 1 else None


def _past_content(cells: list[str], cols: list[Column]) -> bool:
    """Are the filled cells of a wrapped line all in columns after the content column (units,
    deadlines)? A category row ("一、主要预期目标 | | |") fills a first column, never only those."""
    content = next((i for i, c in enumerate(cols) if c.role == "content"), None)
    filled = [i for i, c in enumerate(cells) if c]
    return content is not None and bool(filled) and min(filled) > content


def _runs_on(row: Row, cells: list[str], cols: list[Column], no_col: int) -> bool:
    """Does a wrapped line that fills only the content column go on with the row's content cell,
    cut inside its sentence ("…，完成改造小" / "区12个、惠及居民3000户。")? A category row under a
    row whose sentence ended ("…。" / "产业发展类") is none."""
    content = next((i for i, c in enumerate(cols) if c.role == "content"), None)
    filled = [i for i, c in enumerate(cells) if c]
    if content is None or filled != [content] or content <= no_col:
        return False
    above = row.cells[content - no_col - 1] if len(row.cells) > content - no_col - 1 else ""
    return bool(above) and above[-1] not in "。！!？?；;"


def _unnumbered_row(cells: list[str], cols: list[Column], events: list, unnumbered: int) -> bool:
    """A full row of a table without a number column (工作内容 | 牵头单位 | 完成时限): its content
    cell and a unit, person or deadline cell are filled, and no row so far was numbered, so the
    line is a row of its own rather than the rest of a row broken by <br>."""
    if len(cells) != len(cols) or sum(1 for e in events if e[0] == "row") != unnumbered:
        return False
    content = [i for i, c in enumerate(cols) if c.role == "content"]
    others = [i for i, c in enumerate(cols) if c.role in _UNNUMBERED_ROLES]
    return bool(content) and bool(cells[content[0]]) and any(cells[i] for i in others)


#: the columns that make an unnumbered row a task's row
_UNNUMBERED_ROLES = frozenset({"lead", "resp", "part", "leader", "deadline"})


def _row_heads(row: Row) -> None:
    """ "1 | 一、经济发展目标 | 地区生产总值增长6%。 | 县发改局": a heading cell right after the
    number, before the row's content, is the heading the row opens (as in one-cell-per-line tables)."""
    cells = row.cells
    while (
        len(cells) > 1
        and (mk := match_marker(cells[0])) is not None
        and mk.kind in HEADING_KINDS
        and not SENTENCE_PUNCT.search(cells[0])
        and _content_follows(cells)
    ):
        row.heads.append(cells.pop(0))


#: cells a row may hold between its heading cell and its content: a period or figure column
#: (起止年限 | 2024-2025, 建设年限 | 2025) printed before the project's name
_BEFORE_CONTENT = frozenset({"deadline", "number"})
_TEXT_CELLS = frozenset({"long", "short"})


def _content_follows(cells: list[str]) -> bool:
    """Does text follow the heading cell cells[0]: right after it, or after period or figure
    cells ("1 | 一、优质教育提升工程 | 2024-2025 | 完成…食堂建设 | …")?"""
    for c in cells[1:]:
        kind = cell_type(c)
        if kind in _TEXT_CELLS:
            return True
        if kind not in _BEFORE_CONTENT:
            return False
    return False


def _sub_header(line: str, cols: list[Column], j: int) -> tuple[list[Column], int]:
    """The second row of a two-row header ("| | 牵头单位 | 配合单位 |" under "责任单位"): the
    columns with the sub-columns in place, and the line the rows start on."""
    cells = [c for c in _cells(line) if c]
    roles = [column_role(c) for c in cells]
    if not cells or any(row_number(c) for c in cells):
        return cols, j
    if (
        roles[0] == "progress"
        and len(cells) >= 2
        and all(r and not SENTENCE_PUNCT.search(c) for r, c in zip(roles, cells, strict=True))
    ):
        return _progress_subs(cols, cells), j + 1
    if any(r not in ("lead", "part", "resp") for r in roles):
        return cols, j
    at = next((k for k, c in enumerate(cols) if c.role == "resp"), None)
    if at is None:
        return cols, j
    subs = [Column(r or "other", c) for r, c in zip(roles, cells, strict=True)]
    return cols[:at] + subs + cols[at + 1 :], j + 1


def _progress_subs(cols: list[Column], cells: list[str]) -> list[Column]:
    """The columns with the last progress column ("2025年进展情况") split into the sub-columns
    a second header row names under it ("截至6月底进展 | 7月工作计划"): all of them report or
    schedule the work in progress."""
    at = max((k for k, c in enumerate(cols) if c.role == "progress"), default=None)
    if at is None:
        return cols
    return [*cols[:at], *(Column("progress", c) for c in cells), *cols[at + 1 :]]


_ANNEX_LABEL = re.compile(r"^附\s*[件表]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?$")


def _starts_next_table(line: str, nxt: str) -> bool:
    """A line between two tables is no run-on cell: an annex label (附件2) or a caption above
    the next table's header row."""
    return (
        _ANNEX_LABEL.match(line.strip()) is not None
        or header([c.strip() for c in nxt.split("|")]) is not None
    )


def _continue_row(row: Row, cells: list[str]) -> None:
    """The rest of a row whose line was broken inside a cell: its first part ends that cell."""
    if not cells:
        return
    if row.cells and cells[0]:
        row.cells[-1] = f"{row.cells[-1]}\n{cells[0]}" if row.cells[-1] else cells[0]
    elif cells[0]:
        row.cells.append(cells[0])
    row.cells.extend(cells[1:])


def _category_cells(row: Row, cells: list[str], events: list) -> None:
    for c in cells:
        mk = match_marker(c)
        if mk is not None and mk.kind in HEADING_KINDS:
            row.heads.append(c)
        else:
            events.append(("group", c))


def _spaced_rows(
    lines: list[str], j: int, cols: list[Column], table: int, *, heads: bool = False
) -> tuple[list[str], int]:
    """Rows of one line each, cells separated by whitespace ("1 新建… 张三 县住建局 年底前");
    with `heads`, a numbered category cell right after the number opens a heading."""
    events: list = []
    n = len(lines)
    k = j
    prev = None
    prev_key: tuple[int, ...] | None = None  # the number of the last row, compound ones included
    while k < n:
        line = lines[k]
        tokens = _row_tokens(line, cols)
        no = row_number(tokens[0]) if tokens else None
        compound = _compound_row(tokens, cols) if no is None else None
        if no is None and compound is None and prev is not None and not heads and _sub_item_row(tokens):
            # "1 扩大有效投资" / "（1）加快… 县发改局 6月底": a sub-item's row under its number's row
            events.append(("row", Row(0, "", cells=_rejoin_split_words(tokens))))
            k += 1
            continue
        if no is None and compound is None and events and not heads and prev is not None:
            if spaced_tail(events[-1][1], line, lines[k + 1] if k + 1 < n else None, prev):
                k += 1  # the rest of the row above, wrapped: a unit list or its task cell goes on
                continue
        if compound is not None:  # "1.2 …" under "1 …" or "1.1 …": numbered in order
            key = _compound_key(tokens[0])
            if len(tokens) < 2 or (prev_key is not None and key <= prev_key):
                break
            no, prev_key = compound, key
        elif no is None or len(tokens) < 2 or (prev is not None and no[0] <= prev):
            break
        else:
            prev, prev_key = no[0], (no[0],)
        if (
            not heads
            and k + 1 < n
            and not _sub_item_row(_row_tokens(lines[k + 1], cols))
            and (joined := spaced_wrap(line, lines[k + 1])) is not None
        ):
            line, tokens = joined, _row_tokens(joined, cols)  # a row printed over two lines
            k += 1
            while k + 1 < n and len(tokens) <= len(cols) - 1 and _closing_cells(lines[k + 1]):
                line = f"{line.rstrip()} {lines[k + 1].strip()}"  # … each cell on a line of its own
                tokens = _row_tokens(line, cols)
                k += 1
        row = Row(no[0], no[1], cells=_join_circled_items(_rejoin_split_words(tokens[1:])))
        if not heads:
            row.cells = _one_lead_first(_split_text_cells(line, row.cells, cols), cols)
            row.cells = _unglue_units(row.cells, cols)
            _row_heads(row)
        else:
            row.cells = [p for c in row.cells for p in _person_deadline(c)]
            _row_heads(row)
        events.append(("row", row))
        k += 1
    if not events:
        return [], j
    return emit_rows(events, _heads_column(cols, events), table, ""), k


def _closing_cells(line: str) -> bool:
    """A line of a unit, person or deadline cell alone ("2025年10月底" under a row's unit cell)."""
    tokens = line.split()
    return len(tokens) == 1 and "|" not in line and cell_type(tokens[0]) in ("unit", "person", "deadline")


def _sub_item_row(tokens: list[str]) -> bool:
    """Tokens of a row numbered （1） ① 1） in its content cell, with a cell after it."""
    mk = match_marker(tokens[0]) if len(tokens) >= 2 and tokens[0][:1] in _SUB_ITEM_FIRST else None
    return mk is not None and mk.kind in ("par", "rpar", "circ") and mk.end < len(tokens[0])


_SUB_ITEM_FIRST = "（(①②③④⑤⑥⑦⑧⑨⑩0123456789"


def _row_tokens(line: str, cols: list[Column]) -> list[str]:
    """The whitespace-separated tokens of a spaced row, a figure kept with its measure word
    ("投资额550 亿元" -> one token): a single space between a token ending in a digit and one
    opening with a measure word (亿元, 个百分点, %) is no cell boundary. Not so after the row
    number, in a table with a measure column (数量 | 单位), or before a unit name (人社局)."""
    parts = _TOKEN.findall(line)
    if len(parts) < 3 or any(c.role == "measure" for c in cols):
        return [t for t, _ in parts]
    out = [parts[0][0]]
    for x in range(1, len(parts)):
        token = parts[x][0]
        if x >= 2 and len(parts[x - 1][1]) == 1 and _figure_then_measure(out[-1], token):
            out[-1] += token
        else:
            out.append(token)
    return out


_TOKEN = re.compile(r"(\S+)(\s*)")


def _figure_then_measure(prev: str, token: str) -> bool:
    """Does `token` go on with the figure `prev` ends with: a measure word, not a unit name?"""
    if not prev[-1:].isdigit() or not token.startswith(_FIGURE_MEASURES):
        return False
    return cell_type(token) not in ("unit", "deadline")


# measure words a spaced figure may be followed by (亿元, 个百分点, %, 万吨), longest first
_FIGURE_MEASURES = tuple(sorted({*BASE_UNITS, *SCALES}, key=len, reverse=True))


def _compound_row(tokens: list[str], cols: list[Column]) -> tuple[int, str] | None:
    """The compound number ("1.2") a spaced row opens with, in a table whose first column is its
    序号 column; else None."""
    if not tokens or not cols or cols[0].role != "no":
        return None
    return compound_number(tokens[0])


def _compound_key(cell: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.split("[.．]", cell.strip()))


# what a cell after a unit column opens with: progress (已…, 正在…), a note, a yes/no answer
_AFTER_UNITS = re.compile(r"已|正在|目前|截至|截止|累计|尚未|未|完成|计划|预计|拟")
_GLUE_MAX = 60  # characters of a cell looked at for a glued unit list


def _unglue_units(cells: list[str], cols: list[Column]) -> list[str]:
    """A unit list glued to the cell after it by a PDF conversion ("区住建局、各街道已进场施工"),
    where a unit column is followed by another column: the units and the rest become two cells
    (at the first place where what comes before is a list of units and what follows opens a
    progress or note)."""
    roles = [c.role for c in cols if c.role != "no"]
    last_unit = max((x for x, r in enumerate(roles) if r in UNIT_ROLES), default=-1)
    if last_unit < 0 or last_unit == len(roles) - 1:
        return cells
    out: list[str] = []
    for c in cells:
        if "、" in c[:_GLUE_MAX] and cell_type(c) != "unit":
            for m in _AFTER_UNITS.finditer(c, 2, _GLUE_MAX):
                head = c[: m.start()]
                if "、" in head and is_units(head):
                    out.extend((head, c[m.start() :]))
                    break
            else:
                out.append(c)
            continue
        out.append(c)
    return out


def _one_lead_first(cells: list[str], cols: list[Column]) -> list[str]:
    """Units printed apart by spaces under a 牵头单位 column and a later unit column (责任单位,
    配合单位): the first names the lead, as such tables mostly do, and the others, one cell, go
    to the later column ("县教育局 县财政局 各乡镇" -> 县教育局 | 县财政局 各乡镇)."""
    roles = [c.role for c in cols if c.role in UNIT_ROLES]
    if len(roles) < 2 or roles[0] != "lead":
        return cells
    kinds = row_kinds(cells, cols)  # (a 专班 named under 专班名称 is no unit)
    at = next((x for x, k in enumerate(kinds) if k == "unit"), None)
    if at is None:
        return cells
    end = at + 1
    while end < len(cells) and kinds[end] == "unit":
        end += 1
    if end - at < 3:
        return cells
    return [*cells[: at + 1], " ".join(cells[at + 1 : end]), *cells[end:]]


def _split_text_cells(line: str, cells: list[str], cols: list[Column]) -> list[str]:
    """A text cell broken by spaces ("严守用水 效率控制 红线"): where the row holds more short
    cells before its first sentence than the table has text columns there (the spaces after the
    number counting its empty cells: "2  严守…" leaves the category empty), the closest short
    fragments are joined. The empty leading cells are kept as empty cells."""
    m = _LEAD_SPACES.match(line)
    empties = min(len(m.group(1)) - 1, 3) if m else 0
    text_cols = 0
    for c in cols:
        if c.role == "no":
            continue
        if c.role not in _TEXT_ROLES:
            break
        text_cols += 1
    first_long = next((x for x, c in enumerate(cells) if cell_type(c) == "long"), None)
    if first_long is None or text_cols < 2:
        return cells
    run = cells[:first_long]
    surplus = empties + first_long + 1 - text_cols
    if surplus <= 0 or len(run) < 2 or any(cell_type(c) != "short" or SENTENCE_PUNCT.search(c) for c in run):
        return cells
    for _ in range(min(surplus, len(run) - 1)):
        x = min(range(len(run) - 1), key=lambda y: len(run[y]) + len(run[y + 1]))
        run[x : x + 2] = [f"{run[x]} {run[x + 1]}"]  # as printed
    return [""] * empties + run + cells[first_long:]


_LEAD_SPACES = re.compile(r"\S+( +)")
_TEXT_ROLES = frozenset({"category", "content", "other", "extra", "problem"})


def _join_circled_items(tokens: list[str]) -> list[str]:
    """A cell's items ①②③ printed apart by spaces ("①新建…。 ②改造…。") are one cell: a token
    opening with the next circled number after the one the cell before opened with (or went on
    with) joins it; a new ① starts the next cell."""
    out: list[str] = []
    last = 0  # the circled number the previous cell reached
    for t in tokens:
        n = _circled(t)
        if out and n > 1 and n == last + 1:
            out[-1] += " " + t
            last = n
        else:
            out.append(t)
            last = n
    return out


def _circled(token: str) -> int:
    c = token[:1]
    return ord(c) - 0x245F if "\u2460" <= c <= "\u2473" else 0


def _rejoin_split_words(tokens: list[str]) -> list[str]:
    """A single character cut off by a stray space ("加强水资源保 护") belongs to the word before."""
    out: list[str] = []
    for t in tokens:
        if out and len(t) == 1 and "\u4e00" <= t <= "\u9fff" and "\u4e00" <= out[-1][-1:] <= "\u9fff":
            out[-1] += t
        else:
            out.append(t)
    return out


def _spaced_category_table(lines: list[str], i: int, table: int) -> tuple[list[str], int] | None:
    """A whitespace-separated table whose first column is a category spanning rows and whose rows
    are numbered inside their content cell ("类别 事项名称 任务目标 责任单位" / "四、教育文化
    14.改扩建… 完成… 县教育局" / "15.推进… 完成… 县教育局"): read as the same table with "|"
    between the cells. Its rows run while each line opens with a category or a numbered item."""
    cols = header(_join_header_words(lines[i].split()))
    if cols is None or "content" not in {c.role for c in cols}:
        return None
    end = i + 1
    while end < len(lines) and _opens_spaced_row(lines[end]):
        end += 1
    if end == i + 1:
        return None
    piped = [" | ".join(_one_lead_first(ln.split(), cols)) for ln in lines[i + 1 : end]]
    produced, stop = _piped_rows(piped, 0, cols, table, sure=False)
    return (produced, i + 1 + stop) if produced else None


def _join_header_words(tokens: list[str]) -> list[str]:
    """Header cells of a spaced table broken by a space ("牵头 领导", "责任 单位", "完成 时限"):
    two words of at most two characters that together name another column than the first word,
    which names none or a unit column (牵头, 配合), are one cell (序号 类别 stay two)."""
    out: list[str] = []
    for t in tokens:
        if (
            out
            and len(out[-1]) <= 2
            and len(t) <= 2
            and (role := column_role(out[-1] + t)) is not None
            and role != (first := column_role(out[-1]))
            and first in _HALF_HEADS
        ):
            out[-1] += t
        else:
            out.append(t)
    return out


_HALF_HEADS = frozenset({None, "lead", "part", "resp"})


def _opens_spaced_row(line: str) -> bool:
    tokens = line.split(maxsplit=2)
    return len(tokens) >= 2 and any(match_marker(t) is not None for t in tokens[:2])


def _person_deadline(cell: str) -> list[str]:
    """A person's name run into the deadline after it ("张三2024年底前": a PDF dropped the space)."""
    m = _NAME_THEN_YEAR.match(cell)
    if m is None or cell_type(m.group(1)) != "person" or cell_type(m.group(2)) != "deadline":
        return [cell]
    return [m.group(1), m.group(2)]


_NAME_THEN_YEAR = re.compile(r"^([\u4e00-\u9fff]{2,4})((?:19|20)\d{2}\s*年.{0,12})$")


def _headerless_spaced_at(lines: list[str], i: int, table: int) -> tuple[list[str], int] | None:
    """Numbered rows of whitespace-separated cells without a header, as a PDF prints a table
    whose header was on another page ("1 一、主要目标 地区生产总值增长6%。 县发改局 张三 2024年底前"):
    a table when the first two lines are rows 1, 2 (numbers alone before a space) and each holds a
    sentence and a unit, person or deadline cell after it. A category cell right after the number
    ("一、…") opens a heading, as in the other tables."""
    if i + 1 >= len(lines):
        return None
    a, b = _SPACED_NO.match(lines[i]), _SPACED_NO.match(lines[i + 1])
    if a is None or b is None or int(b.group(1)) != int(a.group(1)) + 1:
        return None
    rows = [lines[i].split(), lines[i + 1].split()]
    if any(len(r) < 3 for r in rows):
        return None
    for tokens in rows:
        kinds = {cell_type(c) for t in tokens[1:] for c in _person_deadline(t)}
        if not kinds & {"long", "short"} or not kinds & {"unit", "person", "deadline"}:
            return None
    produced, stop = _spaced_rows(lines, i, _HEADERLESS, table, heads=True)
    return (produced, stop) if produced else None


_SPACED_NO = re.compile(r"(\d{1,3})\s")

# Columns of a table printed without its header: the cells tell what they are.
# (one unit column: where the rendering lost the cell borders, units one per line are one cell)
_HEADERLESS = [
    Column("content", ""),
    Column("resp", ""),
    Column("leader", ""),
    Column("deadline", ""),
    Column("other", ""),
]


def _headerless_piped_at(lines: list[str], i: int, table: int) -> tuple[list[str], int] | None:
    """Numbered "|" rows without a header ("1 | 内容 | 县农业局 | 张三 | 2024年底前"), as a page
    whose header row was lost renders them: a table when the first two rows run on (1, 2) and
    each holds a sentence and a unit, person or deadline cell. The rows (cells broken over lines
    too) are read as the same table printed one cell per line (`_headerless_at`)."""
    n = len(lines)
    if i + 1 >= n:
        return None
    rows = [_cells(lines[i]), _cells(lines[i + 1])]
    numbers = [row_number(r[0]) if r else None for r in rows]
    if numbers[0] is None or numbers[1] is None or numbers[1][0] != numbers[0][0] + 1:
        return None
    for cells in rows:
        kinds = {cell_type(c) for c in cells[1:]}
        if len(cells) < 3 or not kinds & {"long", "short"} or not kinds & {"unit", "person", "deadline"}:
            return None
    j = i
    while j < n and (
        "|" in lines[j]
        or (
            match_marker(lines[j]) is None
            and any("|" in ln for ln in lines[j + 1 : j + 1 + _MAX_BROKEN_CELL_LINES])
        )
    ):
        j += 1
    if j - i >= _HEADERLESS_ROWS_MIN and _one_line_rows(
        lines[i:j]
    ):  # a figure cell ("| 5 |") is no row number
        produced, stop = _piped_rows(lines, i, _HEADERLESS, table)
        if produced:
            return produced, stop
    flat = [c for ln in lines[i:j] for c in (c.strip() for c in ln.split("|")) if c]
    found = _headerless_at(flat, 0, table)
    if found is None:
        return _two_piped_rows(lines, i, table)
    produced, stop = found
    return produced + flat[stop:], j


_HEADERLESS_ROWS_MIN = 3  # rows that make a headerless table (`_headerless_at` reads rows 1 to 3)


def _one_line_rows(lines: list[str]) -> bool:
    """Every line a "|" row of its own, numbered on from the one before (1, 2, 3 …)."""
    numbers = [row_number(cells[0]) if (cells := _cells(ln)) else None for ln in lines]
    first = numbers[0] if numbers else None
    return first is not None and all(no is not None and no[0] == first[0] + k for k, no in enumerate(numbers))


def _two_piped_rows(lines: list[str], i: int, table: int) -> tuple[list[str], int] | None:
    """A headerless "|" table too short for `_headerless_at` (two rows, each cell on its row),
    unless a "|" row above it is a header naming no task columns (序号 | 企业名称 | 所在镇街)."""
    if i > 0 and "|" in lines[i - 1]:
        return None
    produced, stop = _piped_rows(lines, i, _HEADERLESS, table)
    return (produced, stop) if produced else None


#: a cell broken over lines inside a "|" row: its next "|" comes within this many lines
_MAX_BROKEN_CELL_LINES = 6


def _headerless_at(lines: list[str], i: int, table: int) -> tuple[list[str], int] | None:
    """Numbered rows without a header ("1" / 内容 / 县农业局 / 张三 / 2024年底前 / "2" / …): read as
    a table when each of the first two rows holds a sentence and a unit, person or deadline cell,
    and each next row number follows within a few lines."""
    first = row_number(lines[i])
    if first is None:
        return None
    start = i
    for n in (first[0] + 1, first[0] + 2):
        end = next((k for k in range(start + 1, min(len(lines), start + 40)) if lines[k] == str(n)), None)
        if end is None:
            return None
        cells = [_bare(ln) for ln in lines[start + 1 : end] if ln not in ("|", "||")]
        kinds = {cell_type(c) for c in cells}
        if len(cells) < 2 or not kinds & {"long", "short"} or not kinds & {"unit", "person", "deadline"}:
            return None
        start = end
    produced, stop = _flat_rows(lines, i, _HEADERLESS, table)
    return (produced, stop) if produced else None


# A table printed one cell per line without a 序号 column, its rows numbered inside their name
# cells ("类别" / "民生事项名称" / "责任单位" / … / "四、教育文化" / "14.改扩建某学校" / …).
_FLAT_HEAD_MAX = 16
_MIN_MARKED_HEADS = 3
_ROW_MARK_KINDS = frozenset({"ar", "par"})  # 1. 1、 （1）
_ITEM_PUNCT = ".．、）)"


def _may_head_flat(lines: list[str], i: int) -> bool:
    """A cheap test before `_flat_marked_at`: lines i to i+2 are short and hold no sentence."""
    if i + _MIN_MARKED_HEADS >= len(lines):
        return False
    for ln in lines[i : i + _MIN_MARKED_HEADS]:
        if len(ln) > _FLAT_HEAD_MAX or "|" in ln[:-1] or SENTENCE_PUNCT.search(ln):
            return False
    return True


def _flat_marked_at(lines: list[str], i: int, table: int) -> tuple[list[str], int] | None:
    """A header of one cell per line, every cell naming a known column (a content and a unit
    column among them, no 序号), then rows each opened by a numbered name cell: see
    `_marked_rows`. None where line i opens no such table."""
    heads: list[str] = []
    j, n = i, len(lines)
    while j < n and len(heads) < _MAX_HEAD_LINES:
        text = WS.sub("", _bare(lines[j]))
        if (
            not text
            or len(text) > _FLAT_HEAD_MAX
            or "|" in text
            or match_marker(text)
            or column_role(text) is None
        ):
            break
        heads.append(text)
        j += 1
    if len(heads) < _MIN_MARKED_HEADS:
        return None
    cols = header(heads)
    roles = {c.role for c in cols} if cols is not None else set()
    if cols is None or "no" in roles or "content" not in roles or not roles & set(UNIT_ROLES):
        return None
    first = next((k for k in range(j, min(n, j + _MAX_CATEGORY_LINES)) if not _heading_cell(lines[k])), None)
    if first is None or _row_mark(_bare(lines[first])) is None:
        return None
    produced, stop = _marked_rows(lines, j, cols, table)
    return (produced, stop) if produced else None


def _heading_cell(line: str) -> bool:
    mk = match_marker(_bare(line)[:_MARKER_SPAN])
    return mk is not None and mk.kind in HEADING_KINDS


def _row_mark(text: str) -> tuple[str, int] | None:
    """(kind, number) of a name cell numbered as a row ("14.改扩建…", "（2）新建…"), else None."""
    mk = match_marker(text[:_MARKER_SPAN])
    if mk is None or mk.kind not in _ROW_MARK_KINDS or not text[mk.end :].strip():
        return None
    if mk.kind == "ar" and text[mk.end - 1] not in _ITEM_PUNCT:
        return None  # "1 新建…": a number and a space, no item
    return mk.kind, mk.number


def _next_row_mark(mark: tuple[str, int], kind: str | None, last: int, after_head: bool) -> bool:
    """Does a numbered name cell open the next row: the first row, or a number of the same kind
    one after the last (or 1 again under a category row)?"""
    if kind is None:
        return True
    return mark[0] == kind and (mark[1] == last + 1 or (after_head and mark[1] == 1))


def _marked_rows(lines: list[str], j: int, cols: list[Column], table: int) -> tuple[list[str], int]:
    """Rows of a table whose name cells carry the row numbers: a name cell numbered in the same
    kind as the first row's, one after the last (or 1 again under a category row), opens a row; a
    heading line (四、教育文化) is a category row; other lines are cells of the open row, at most
    one per column from the name column on (the page's text after the table ends it)."""
    roles = [c.role for c in cols]
    lead_in = roles.index("content")
    width = len(cols) - lead_in  # a row's cells from its name cell on
    events: list = []
    row: Row | None = None
    kind: str | None = None
    last = 0
    tail: int | None = None  # the first heading line after the last row
    k, n = j, len(lines)
    while k < n:
        text = _bare(lines[k])
        if lines[k] in ("|", "||") or not text:
            k += 1
            continue
        if _ends_table(text) or text.endswith((":", "：")):
            break
        mark = _row_mark(text)
        if mark is not None and _next_row_mark(mark, kind, last, row is None and bool(events)):
            if row is not None:
                events.append(("row", row))
            row = Row(0, "", cells=[""] * lead_in + [text])
            kind, last, tail = mark[0], mark[1], None
        elif _heading_cell(text) and (row is None or len(row.cells) > lead_in + 1):
            if row is not None:
                events.append(("row", row))
                row = None
            events.append(("head", text))
            tail = k if tail is None else tail
        elif row is None or len(row.cells) - lead_in >= width:
            break
        else:
            row.cells.append(text)
        k += 1
    if row is not None:
        events.append(("row", row))
    if tail is not None:
        while events and events[-1][0] == "head":
            events.pop()  # headings after the last row are the text's, not the table's
        k = tail
    if not any(e[0] == "row" for e in events):
        return [], j
    return emit_rows(events, cols, table, "；"), k
