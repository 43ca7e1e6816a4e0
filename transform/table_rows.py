"""Rows of a task table -> the lines the structure tree reads.

Each row becomes one `TableLine`, "<number as printed> content（牵头单位：…；配合单位：…；
责任领导：…；完成时限：…）", carrying its title (the first content cell up to its first 。) and its
unnumbered category. Numbered category cells ("一、主要预期目标") become heading lines. Progress,
notes and measure columns are left out: their figures are no commitments.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from transform import lexicons
from transform.cell_breaks import cell_heading
from transform.numbering import cn_to_int, match_marker, table_code
from transform.table_cells import EMPTY_CELLS, UNIT_ROLES, WS, Column, align, is_units, row_kinds
from transform.unit_breaks import space_groups
from transform.unit_combined import COMBINED_HEAD, split_combined
from transform.unit_names import strip_bracketed_persons
from transform.unit_persons import is_contact_piece
from transform.unit_scale import BASE_UNITS, split_unit
from transform.unit_tables import first_listed_roles

HEADING_KINDS = frozenset({"cn", "pcn", "part", "chap", "sec"})
# markers of items inside a row's task cell ("①改造…；②新增…"): the row keeps its own number
_SUB_ITEM_KINDS = frozenset({"circ", "shi"})
_UNIT_LABELS = {"lead": "牵头单位", "resp": "责任单位", "part": "配合单位"}
_DITTO = frozenset(lexicons.words("units_ditto")) | frozenset(lexicons.words("table_ditto_marks"))


class TableLine(str):
    """A line built from a table row or category cell (a `str`, so every line function reads it).

    `table` numbers the table in the document: the tree nests the table's own headings under the
    heading that was open above it. `title` is the row's title, `group` its unnumbered category;
    `is_group` marks a line that only states a category. `items_end` is where the row's labelled
    block (units, leader, deadline) begins: numbered items after it belong to a cell ("完成时限：
    ①3月底前…②6月底前…"), never to the row's task text.
    """

    table: int
    title: str | None  # type: ignore[assignment]  # the row's title cell shadows str.title here
    group: str | None
    is_group: bool
    is_row: bool
    items_end: int | None


def table_line(
    text: str,
    table: int,
    *,
    title: str | None = None,
    group: str | None = None,
    is_group: bool = False,
    is_row: bool = False,
    items_end: int | None = None,
) -> TableLine:
    line = TableLine(text.replace("\n", " ") if "\n" in text else text)
    line.table, line.title, line.group, line.is_group, line.is_row = table, title, group, is_group, is_row
    line.items_end = items_end
    return line


def retag(piece: str, like: str) -> str:
    """`piece` (cut out of `like`) keeps the table of `like`, without its title or category."""
    if not isinstance(like, TableLine) or isinstance(piece, TableLine):
        return piece
    return table_line(piece, like.table, group=like.group, is_row=like.is_row)


# (a mark may flag a key row: "1★", "3※": round 40b; a long table runs to row 1899: round 42c)
_ROW_NO = re.compile(
    r"([（(])?\s*(\d{1,3}|1[0-8]\d\d|[一二三四五六七八九十]{1,3})\s*([）)])?\s*[.、．。]?\s*[★☆※]?"
)


def row_number(cell: str) -> tuple[int, str] | None:
    """(n, marker as the tree reads it) for a number cell: "1" -> "1.", "(8)" -> "(8)",
    "一" -> "一、", "（三）" -> "（三）"."""
    m = _ROW_NO.fullmatch(cell.strip())
    if m is None or bool(m.group(1)) != bool(m.group(3)):
        return None
    raw = m.group(2)
    n = int(raw) if raw.isdigit() else cn_to_int(raw)
    if not n:
        return None
    if raw.isdigit():
        return n, (f"({n})" if m.group(1) else f"{n}.")
    return n, (f"（{raw}）" if m.group(1) else f"{raw}、")


# a 序号 cell numbered like a report: "1.1", "2.3.1" (a figure such as "1.5" only in the number column),
# or with a dash: "1-1", "2-3" (round 41b)
# and a task list's code, "A-01", "RW-3" (round 47c: read by `numbering.match_marker`)
_COMPOUND_NO = re.compile(r"\d{1,2}(?:[.．]\d{1,2}){1,2}|\d{1,2}[-－]\d{1,2}|[A-Z]{1,3}[-－]\d{1,3}")


def compound_number(cell: str) -> tuple[int, str] | None:
    """(last part, marker as the tree reads it) for a 序号 cell holding a compound number: "1.2" ->
    (2, "1.2 "); None for any other cell. Only read in a table's number column."""
    cell = cell.strip()
    if _COMPOUND_NO.fullmatch(cell) is None:
        return table_code(cell)  # "ZX-2026-01", "RW2026001": a code of another shape (round 47f)
    last = int(re.split("[.．\\-－]", cell)[-1])
    return (last, cell.replace("．", ".").replace("－", "-") + " ") if last else None


@dataclass
class Row:
    number: int
    marker: str
    cells: list[str] = field(default_factory=list)
    sure: bool = False  # cell boundaries given by the rendering
    heads: list[str] = field(default_factory=list)  # numbered category cells before the content


# what a cell ending in a figure ends with: a digit or a percent sign
_FIGURE_END = "0123456789%％"


def _join(parts: list[str], sep_if_open: str) -> str:
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if out and out[-1] not in "。；;！!？?：:，,、":
            # two figures never run into one ("整改率" "20" "100%": a score cell before the target)
            out += " " if not sep_if_open and out[-1] in _FIGURE_END and p[:1].isdigit() else sep_if_open
        out += p
    return out


# a unit column that names its persons too (责任单位（责任人）, 责任单位及负责人)
_PERSON_HEAD = re.compile("责任人|负责人")


@dataclass
class _Built:
    content: list[list[str]]  # the cells of each content column
    group: str | None
    units: dict[str, str]
    leader: str
    deadline: str
    extras: list[str] = field(default_factory=list)  # "总投资：5亿元" of columns no role names
    problem: str = ""  # the 问题 cell of a 整改 table's row: its title


_FIGURE = re.compile(r"^[≥≤><=约~＞＜]{0,2}\s*\d[\d.,，]*$")


def _build(row: Row, cols: list[Column], spanning: set[int], where: list[int]) -> _Built:
    """The row's cells by column (`where`: the column of each cell, from `align`)."""
    by_col: dict[int, list[str]] = {}
    for cell, j in zip(row.cells, where, strict=True):
        by_col.setdefault(j, []).append(cell)
    content: list[list[str]] = []
    group = None
    units: dict[str, str] = {}
    leader = deadline = measure = problem = ""
    extras: list[str] = []
    yearly = not _indicator_table(cols)  # (an indicator table's figures are read as such: targets.tables)
    for j in sorted(by_col):
        role = cols[j].role
        cells = [c for c in by_col[j] if c.strip() not in EMPTY_CELLS]
        if not cells:
            continue
        if role == "measure":
            measure = cells[0].strip()
        elif role == "content" and j not in spanning:
            pieces = [p for c in cells for p in c.split("\n")]
            if measure and _FIGURE.match(pieces[-1].strip()):
                pieces[-1] = pieces[-1].strip() + measure  # "0.07" under 万亩 reads "0.07万亩"
                measure = ""
            elif yearly and content and (dated := year_figure(cols[j].head, pieces, content[0])):
                pieces = [dated]  # "30" under 2024年目标, the task "…项目(个)": "2024年30个"
            content.append(pieces)
        elif role == "extra" and cols[j].head:
            dated = year_figure(cols[j].head, cells, content[0] if content else []) if yearly else None
            if not dated and not content and not extras and _names_the_row(cols, j):
                content.append([c for cell in cells for c in cell.split("\n")])  # (所包村 | …: the village)
                continue
            extras.append(dated or f"{cols[j].head}：{_join(cells, '；')}")
        elif role in ("category", "content"):
            group = _join(cells, "").replace("\n", " ")
        elif role in UNIT_ROLES:
            if _PERSON_HEAD.search(cols[j].head):  # 责任单位（责任人）: "镇文化站（王强）"
                cells = [strip_bracketed_persons(c) for c in cells]
            if role == "lead" and COMBINED_HEAD.match(cols[j].head):  # 牵头（配合）单位: "A（B、C）"
                pairs = [split_combined(c) for c in cells]
                cells = [lead for lead, _ in pairs]
                part = "、".join(p for _, p in pairs if p)
                if part:
                    units["part"] = f"{units['part']}、{part}" if "part" in units else part
            # (a person in a cell of its own after the unit's: "门诊部 | 刘芳" under 责任科室及责任人: 42b)
            joined = "、".join(
                _unit_list(c) for k, c in enumerate(cells) if not k or not is_contact_piece(c.strip())
            )
            units[role] = f"{units[role]}、{joined}" if role in units else joined
        elif role == "leader":
            leader = " ".join(c.strip() for c in cells)
        elif role == "deadline" and not deadline:
            deadline = WS.sub(" ", cells[0].strip().replace("\n", " "))
        elif role == "problem" and not problem:
            problem = _join(cells, "").replace("\n", "")
    first_listed_roles(units, [(c.role, c.head) for c in cols])  # 责任单位（排在第一位的为牵头单位）
    return _Built(content, group, units, leader, deadline, extras, problem)


def _names_the_row(cols: list[Column], j: int) -> bool:
    """An unnamed column is the row's name in a table without a content column, where it comes
    first after the row number ("序号 | 所包村 | 包联县领导 | 责任单位": the village)."""
    first = next((k for k, c in enumerate(cols) if c.role != "no"), None)
    return j == first and not any(c.role == "content" for c in cols)


# a year column's head: 2024年, 2024年目标, 2025年目标值, 2024年度, 2026年底 (a unit in brackets after it)
_YEAR_HEAD = re.compile(
    r"^((?:19|20)\d{2})\s*年(?:度|底|末)?(目标|目标值|任务|计划|预期|预期值|(?:计划)?投资(?:计划)?)?\s*"
    r"(?:[（(]([^（()）]{1,6})[)）])?$"
)
_BRACKETED_UNIT = re.compile(r"[（(]([^（()）]{1,6})[)）]$")


def _indicator_table(cols: list[Column]) -> bool:
    """Does a column head name indicators (指标, 指标名称 …)?"""
    heads = _indicator_heads()
    return any(WS.sub("", c.head) in heads for c in cols)


@functools.cache
def _indicator_heads() -> frozenset[str]:
    """The heads of an indicator column (lexicons/targets_tables.toml, `name_heads`)."""
    return frozenset(str(lexicons.table("targets_tables")["name_heads"]).split())


def year_figure(head: str, pieces: list[str], task: list[str]) -> str | None:
    """A task table's yearly target ("| 实施技术改造项目(个) | 30 | 35 | 40 |" under 2024年目标,
    2025年目标, 2026年目标): a bare figure under a year's head, with the unit printed after the
    task's name or in the head, read as "2024年30个" (a year's investment as "2026年计划投资1.5亿元");
    None where the cell is no bare figure or no unit is printed (the figure is left as it stands)."""
    m = _YEAR_HEAD.match(WS.sub("", head))
    if m is None or len(pieces) != 1 or not _FIGURE.match(pieces[0].strip()):
        return None
    unit = m.group(3)
    if unit is None and task:
        tail = _BRACKETED_UNIT.search(task[0].strip())
        unit = tail.group(1) if tail else None
    if unit is None or split_unit(unit)[1] not in BASE_UNITS:
        return None
    # (a year's investment keeps its word: "2026年计划投资（亿元）" | 1.5 -> "2026年计划投资1.5亿元")
    word = m.group(2) if m.group(2) and "投资" in m.group(2) else ""
    return f"{m.group(1)}年{word}{pieces[0].strip()}{unit}"


def _unit_list(cell: str) -> str:
    """A unit cell as a 、 list: "市商务局 市财政局" -> "市商务局、市财政局" (names only split where
    every part is a unit name)."""
    cell = cell.strip().strip("、，,；;")
    if WS.search(cell) and is_units(cell):  # ("县农业农村 局": one name wrapped; "县商务局 李娜": a contact)
        pieces = [p for i, p in enumerate(WS.split(cell)) if i == 0 or not is_contact_piece(p)]
        return "、".join("".join(pieces[i] for i in g) for g in space_groups(pieces))
    return cell


_CLAUSE_END = "。！!？?；;：:"


def _unwrapped(cells: list[str]) -> str:
    """The first content cell of a row, read on into its next line (or the next part of its column) where it was
    wrapped inside a sentence (a PDF row printed over two lines, or cut by a page: "完成高标准农田
    建设3万亩，推进" / "高效节水灌溉1万亩。"): it runs on (a comma inside, no full stop at its end).
    A heading over the text of the cell ("加快产业发展" / "推进…") stays a cell of its own."""
    parts = [*cells[0].split("\n", 1), *cells[1:2]]
    head = parts[0]
    if len(parts) < 2 or not parts[1] or head[-1:] in _CLAUSE_END or ("，" not in head and "," not in head):
        return cells[0]
    if match_marker(parts[1]) is not None:
        return cells[0]
    joined = head + parts[1]
    for piece in cells[2:]:  # a cell wrapped more than once runs on while no clause has ended
        if joined[-1:] in _CLAUSE_END or "\n" in joined or not piece or match_marker(piece) is not None:
            break
        joined += piece
    return joined


def _row_text(marker: str, built: _Built, sep: str) -> tuple[str, str | None, int | None]:
    """The task line of a row, its title and where its labelled block begins (None: none)."""
    from transform.titles import task_title

    cols = [_join(cells, sep) for cells in built.content]
    first = cols[0] if cols else ""
    rest = _join(cols[1:] + built.extras, "；")
    text = first
    if rest:
        text = f"{first}{'' if first[-1:] in '。；;！!？?：:' else '：'}{rest}" if first else rest
    labelled = [f"{_UNIT_LABELS[r]}：{built.units[r]}" for r in ("lead", "resp", "part") if r in built.units]
    if built.leader:
        labelled.append(f"责任领导：{built.leader}")
    if built.deadline:
        labelled.append(f"完成时限：{built.deadline}")
    block = len(text) if labelled else None
    if labelled:
        text += "（" + "；".join(labelled) + "）"
    # the number is inside the content cell ("14.改扩建…"), unless it opens the row's ①② items
    own = match_marker(first)
    if own is not None and own.kind not in _SUB_ITEM_KINDS:
        return text, None, block
    title = (
        unmarked_title(task_title(built.problem or cell_heading(_unwrapped(built.content[0]))))
        if first
        else None
    )
    if marker and block is not None:
        block += len(marker) + 1
    return f"{marker} {text}" if marker else text, title or None, block


# marks printed after or before a row's title cell (中小学校护眼灯光工程★: a provincial 民生实事, a
# key project; ★地区生产总值增长15%: an indicator the county is assessed on)
_TITLE_MARKS = "★☆※"
_MARKS_AND_SPACE = _TITLE_MARKS + " \t\u3000"


def unmarked_title(title: str) -> str:
    """A title cell without the marks printed after or before it ("…工程★" -> "…工程",
    "★地区生产总值增长15%" -> "地区生产总值增长15%")."""
    if title.endswith(tuple(_TITLE_MARKS)):
        title = title.rstrip(_MARKS_AND_SPACE)
    if title.startswith(tuple(_TITLE_MARKS)):
        title = title.lstrip(_MARKS_AND_SPACE)
    return title


def emit_rows(events: list, cols: list[Column], table: int, sep: str) -> list[str]:
    """Lines of a table from its events: ("head", line) | ("group", text) | ("row", Row)."""
    cols = [c for c in cols if c.role != "no"]
    roles = [c.role for c in cols]
    rows = [e[1] for e in events if e[0] == "row"]
    cols_of = {id(r): align(row_kinds(r.cells, cols), roles, r.sure) for r in rows}
    filled: dict[int, int] = {}
    written: dict[int, int] = {}  # … and with a cell not empty ("| 2 |  | 新增…": a merged cell)
    for r in rows:
        for j in set(cols_of[id(r)]):
            filled[j] = filled.get(j, 0) + 1
        for j in {j for c, j in zip(r.cells, cols_of[id(r)], strict=True) if c.strip() not in EMPTY_CELLS}:
            written[j] = written.get(j, 0) + 1
    spanning = _spanning(roles, filled, len(rows), written)
    carry = _unit_columns_carried(roles, rows, cols_of)
    above: dict[str, str] = {}  # the units of the row above: a merged unit cell printed once
    out: list[str] = []
    group: str | None = None
    for ev in events:
        if ev[0] == "head":
            out.append(table_line(ev[1], table))
            group, above = None, {}
        elif ev[0] == "group":
            group, above = ev[1], {}
            out.append(table_line(ev[1], table, is_group=True))
        else:
            row: Row = ev[1]
            for h in row.heads:
                out.append(table_line(h, table))
                group, above = None, {}
            built = _build(row, cols, spanning, cols_of[id(row)])
            if carry and built.content and not carry & set(cols_of[id(row)]) and row is not rows[-1]:
                # (a "—" in a unit column says no unit; the last row is most often cut off with the
                # page, its unit cell lost: neither takes the units above)
                built.units = dict(above)
            if _DITTO.intersection(built.units.values()):  # "同上": the cell above, again
                units = built.units.items()
                built.units = {
                    r: above[r] if v in _DITTO else v for r, v in units if v not in _DITTO or r in above
                }
            above = built.units
            if built.group:
                group = built.group
            if not built.content and not built.units:
                continue
            text, title, block = _row_text(row.marker, built, sep)
            out.append(table_line(text, table, title=title, group=group, is_row=True, items_end=block))
    return out


def _unit_columns_carried(roles: list[str], rows: list[Row], cols_of: dict[int, list[int]]) -> set[int]:
    """The unit columns, when most rows name their units: a row without any cell in them sits under
    a unit cell merged over several rows (printed once, in the first row of the merge); else none."""
    units = {j for j, r in enumerate(roles) if r in UNIT_ROLES}
    named = sum(1 for r in rows if units & set(cols_of[id(r)]))
    return units if len(rows) >= 3 and named * 2 > len(rows) else set()


def _spanning(roles: list[str], filled: dict[int, int], n_rows: int, written: dict[int, int]) -> set[int]:
    """Content columns left empty in most rows while a later content column is filled in most, or
    in a third of them while the later content columns are filled in all: cells that span rows (a
    goal over its indicators, a 重点任务 over its 具体举措), read as the rows' category."""
    content = [j for j, r in enumerate(roles) if r == "content"]
    if len(content) < 2 or n_rows < 3:
        return set()
    out = set()
    for k, j in enumerate(content[:-1]):
        later_full = any(filled.get(x, 0) * 5 >= n_rows * 4 for x in content[k + 1 :])
        if filled.get(j, 0) * 2 < n_rows and later_full:
            out.add(j)
        elif _spans_some(written.get(j, 0), n_rows) and all(
            written.get(x, 0) == n_rows for x in content[k + 1 :]
        ):
            out.add(j)  # "重点任务 | 具体举措" with a 重点任务 over two rows of three (round 44c)
        else:
            break
    return out


def _spans_some(filled: int, n_rows: int) -> bool:
    """A column empty in a third of the rows at least (two rows or more): cells over several rows."""
    empty = n_rows - filled
    return empty >= _SPAN_EMPTY_MIN and empty * 3 >= n_rows


_SPAN_EMPTY_MIN = 2
_OPEN_DEADLINE = tuple(lexicons.words("task_deadline_open"))


def row_deadline_year(row: bool, deadline, deadline_text: str | None) -> int | None:
    """The year of a task table row's deadline cell ("完成时限" 2025年12月底前, 2024年6月), when
    the cell prints that year: the row's targets must hold by then. A cell that starts or repeats
    the work ("2024年起", "每年12月底前", "长期坚持") dates nothing."""
    if not row or deadline is None or not deadline_text:
        return None
    if str(deadline.year) not in deadline_text or any(w in deadline_text for w in _OPEN_DEADLINE):
        return None
    return deadline.year
