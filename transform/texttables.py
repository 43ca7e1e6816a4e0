"""Task tables flattened to text -> one task line per row.

An HTML table reaches the parser in one of these renderings:
- piped: a row per line, cells separated by "|" ("1 | 新建景区2家 | 县文旅局 | 2024年底");
- flat: a cell per line (text renderings, copies of web pages); each line may end in " |", or
  lines holding only "|" may separate cells that span several lines;
- spaced: a row per line, cells separated by whitespace.

A table starts with a header row naming its columns (序号, 工作任务, 牵头单位, 责任单位, 完成时限,
责任领导 …); their roles come from the lexicon `table_columns.toml`. Without a header, rows are
read only where the rendering delimits them plainly (numbered rows of "|"-separated cells).

The cells of a row are aligned to the columns by what they look like (a unit name, a person, a
deadline, a sentence: `_align`), so merged, missing, split or sub-row cells still land in their
column. Each row becomes one `TableLine` the tree reads like prose,
"<number as printed> content（牵头单位：…；配合单位：…；完成时限：…）", carrying the row's title
(its first content cell) and its unnumbered category. Numbered category cells ("一、主要预期目标")
become heading lines. Person columns never reach a unit label, progress and note columns are left
out (their figures are no commitments).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from transform import lexicons
from transform.gazetteer import is_unit_like
from transform.memo import per_document
from transform.numbering import cn_to_int, match_marker

HEADING_KINDS = frozenset({"cn", "pcn", "chap", "sec"})
UNIT_ROLES = ("lead", "resp", "part")
_UNIT_LABELS = {"lead": "牵头单位", "resp": "责任单位", "part": "配合单位"}


class TableLine(str):
    """A line built from a table row or category cell (a `str`, so every line function reads it).

    `table` numbers the table in the document: the tree nests the table's own headings under the
    heading that was open above it. `title` is the row's title, `group` its unnumbered category;
    `is_group` marks a line that only states a category.
    """

    table: int
    title: str | None
    group: str | None
    is_group: bool
    is_row: bool


def table_line(text: str, table: int, *, title: str | None = None, group: str | None = None,
               is_group: bool = False, is_row: bool = False) -> TableLine:
    line = TableLine(text.replace("\n", " ") if "\n" in text else text)
    line.table, line.title, line.group, line.is_group, line.is_row = table, title, group, is_group, is_row
    return line


def retag(piece: str, like: str) -> str:
    """`piece` (cut out of `like`) keeps the table of `like`, without its title or category."""
    if not isinstance(like, TableLine) or isinstance(piece, TableLine):
        return piece
    return table_line(piece, like.table, group=like.group, is_row=like.is_row)


# ---------------------------------------------------------------------------------------------
# columns
# ---------------------------------------------------------------------------------------------

@functools.cache
def _role_rules() -> tuple[tuple[str, frozenset[str], re.Pattern | None], ...]:
    rules = lexicons.table("table_columns")["role"]
    return tuple((r["name"], frozenset(r.get("exact", ())),
                  re.compile("|".join(map(re.escape, r["words"]))) if r.get("words") else None) for r in rules)


_WS = re.compile(r"[ \t\u3000\u00a0]+")


@per_document
def column_role(head: str) -> str | None:
    """The role of a header cell (序号 -> no, 牵头单位 -> lead, 责任领导 -> leader …), or None."""
    h = _WS.sub("", head).strip("|｜:：")
    if not h or len(h) > 24:
        return None
    for name, exact, words in _role_rules():
        if h in exact or (words is not None and words.search(h)):
            return name
    return None


def _is_number_head(text: str) -> bool:
    """A 序号 cell: the start of a (next) table's header."""
    return len(text) <= 8 and text[:1] in _HEAD_FIRST and column_role(text) == "no"


@dataclass(slots=True)
class Column:
    role: str
    head: str


def header(cells: list[str]) -> list[Column] | None:
    """The columns of a header row, or None when the cells do not head a task table.

    A task table numbers its rows or names their content, and has a unit, person or deadline
    column; at most one header cell in three may be unknown (kept as an "other" column).
    """
    cells = [c for c in (_WS.sub("", c) for c in cells)]
    while cells and not cells[-1]:
        cells.pop()
    if not 3 <= len(cells) <= _MAX_COLUMNS or any(len(c) > 24 for c in cells):
        return None
    cols = [Column(column_role(c) or "other", c) for c in cells]
    roles = {c.role for c in cols}
    unknown = sum(1 for c in cells if column_role(c) is None)
    if not ({"no", "content"} & roles) or not (roles & {"lead", "resp", "part", "leader", "deadline"}):
        return None
    if unknown * 3 > len(cells):
        return None
    return cols


# ---------------------------------------------------------------------------------------------
# what a cell looks like
# ---------------------------------------------------------------------------------------------

_EMPTY = frozenset({"", "/", "／", "-", "—", "——", "－", "无", "\\", "…", "——/"})
_SENTENCE = re.compile(r"[。；;，,！!？?：:]")
_DEADLINE_CELL = re.compile(r"\d{1,2}\s*月|年底|年末|年内|全年|上半年|下半年|季度|长期|持续|常态|每年|每月|每季|"
                            r"日前|之前|以前|\d{4}\s*年|\d{4}[-./]\d{1,2}")
_UNIT_SPLIT = re.compile(r"[、，,；;\s/／]+")
_TRAILING_NOTE = re.compile(r"[（(][^（()）]{0,12}[）)]$")
_DIGIT = re.compile(r"[\d%‰％]")


@functools.cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    names = lexicons.words("surnames")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


@functools.cache
def _verbs() -> tuple[str, ...]:
    return tuple(sorted(lexicons.words("task_verbs"), key=len, reverse=True))


@functools.cache
def _measures() -> frozenset[str]:
    return frozenset(lexicons.words("table_measure_cells"))


def _is_measure(compact: str) -> bool:
    """"万亩", "万元/人", "%": a measure column's cell."""
    head = compact.split("/", 1)[0].split("／", 1)[0]
    if head[:1] in "万亿千百" and len(head) > 1:
        head = head[1:]
    return head in _measures()


def starts_with_task_verb(text: str) -> bool:
    return text.startswith(_verbs())


def _is_name(s: str) -> bool:
    single, double = _surnames()
    if 2 <= len(s) <= 3 and s[0] in single:
        return True
    return 3 <= len(s) <= 4 and s[:2] in double


def is_person(text: str) -> bool:
    """A cell of person names ("叶林", "杨 宜", "孙永峰 李先俊"): never units."""
    compact = _WS.sub("", text)
    if not compact or is_unit_like(compact):
        return False
    if _is_name(compact):
        return True
    parts = [p for p in re.split(r"[、，,\s]+", text) if p]
    return len(parts) > 1 and all(_is_name(p) and not is_unit_like(p) for p in parts)


_NOT_UNIT_START = ("对", "为", "在", "向", "按", "从", "将", "把", "于", "与", "和")


def is_units(text: str) -> bool:
    """A cell that lists unit names only ("区教体局", "县财政局、各乡镇", "市商务局 市财政局")."""
    parts = [p for p in _UNIT_SPLIT.split(text) if p]
    if not parts or (len(parts) == 1 and text.rstrip().endswith("。") and len(parts[0]) > 12):
        return False            # a long sentence that happens to end in 镇/区/中心
    for p in parts:
        core = _TRAILING_NOTE.sub("", p.rstrip("。.")).removesuffix("等")
        if (len(core) > 30 or _DIGIT.search(core) or core.startswith(_NOT_UNIT_START)
                or starts_with_task_verb(core) or not is_unit_like(core)):
            return False
    return True


def cell_type(text: str) -> str:
    """empty | deadline | person | unit | number | short | long."""
    t = text.strip()
    if t in _EMPTY:
        return "empty"
    compact = _WS.sub("", t)
    if len(compact) <= 16 and _DEADLINE_CELL.search(compact) and not _SENTENCE.search(compact):
        return "deadline"
    if len(compact) <= 6 and (_DIGIT.search(compact) or _is_measure(compact)):
        return "number"
    if len(compact) <= 16 and is_person(t):
        return "person"
    if is_units(t):
        return "unit"
    if len(compact) > 14 or _SENTENCE.search(compact):
        return "long"
    return "short"


# ---------------------------------------------------------------------------------------------
# aligning a row's cells with the columns
# ---------------------------------------------------------------------------------------------

_MAX_COLUMNS = 16       # a task table has a handful of columns; more is no task table
_MAX_CELLS = 64         # cells of one row that are aligned at most (the alignment is n·m²)
# Costs are in tenths (integers: equal sums compare equal, so ties always go the same way).
_BAD = 30
# how well a cell of a type fits a column of a role (0 = typical)
_FIT: dict[str, dict[str, int]] = {
    "content": {"long": 0, "short": 3, "number": 8, "deadline": 12, "unit": 15, "person": 20},
    "category": {"short": 0, "long": 8, "number": 20, "unit": 20, "person": 20, "deadline": 20},
    "lead": {"unit": 0, "short": 12, "person": 20, "long": 25, "number": 25, "deadline": 25},
    "leader": {"person": 0, "short": 10, "unit": 20, "long": _BAD, "number": 25, "deadline": 25},
    "deadline": {"deadline": 0, "short": 10, "number": 15, "long": 25, "unit": 25, "person": 25},
    "other": {"number": 4, "long": 6, "short": 6, "deadline": 8, "unit": 10, "person": 10},
}
_FIT["resp"] = _FIT["part"] = _FIT["lead"]
# leaving a column without a cell (a category spans rows, a progress column is often empty)
_SKIP = {"category": 0, "other": 3, "content": 7, "lead": 6, "resp": 5, "part": 4, "leader": 4, "deadline": 4}
# a further cell in the same column (units one per line, a sentence broken over lines)
# (the first unit column usually names one lead; a later one lists the many who take part)
_MERGE = {"content": 2, "category": 5, "other": 1, "leader": 1, "deadline": 10, "lead": 3, "resp": 3, "part": 0}
_SKIP_EARLY_CONTENT = 5
_MERGE_SURE = 15      # cells delimited by the rendering rarely share a column
_MERGE_MISFIT = 10    # a non-unit cell joining a unit column, a non-person joining a person column
_MERGE_EMPTY = 2
_WRAP = 10            # a sub-row: cells start again at the first column


def _fit(kind: str, role: str) -> int:
    return 0 if kind == "empty" else _FIT[role].get(kind, _BAD)


def _merge_cost(kind: str, role: str, sure: bool) -> int:
    if kind == "empty":
        return _MERGE_EMPTY
    if sure:
        return _MERGE_SURE
    if role in UNIT_ROLES and kind != "unit":
        return _MERGE_MISFIT
    if role == "leader" and kind != "person":
        return _MERGE_MISFIT
    return _MERGE[role]


def align(kinds: list[str], roles: list[str], sure: bool) -> list[int]:
    """The column index of each cell: the cheapest monotone assignment (sub-rows may wrap).
    Cells past `_MAX_CELLS` go to the last column.

    A dynamic programme over (cell, column); the best predecessor of a column comes from a
    running minimum over the earlier columns and a suffix minimum over the later ones, so a
    row costs cells × columns (the plain scan of every predecessor, kept as the reference in
    tests/test_transform_fastpaths_tables.py, costs cells × columns²)."""
    n, m = len(kinds), len(roles)
    if n == 0 or m == 0:
        return [0] * n
    if n > _MAX_CELLS:
        return align(kinds[:_MAX_CELLS], roles, sure) + [m - 1] * (n - _MAX_CELLS)
    skip = [_SKIP[r] for r in roles]
    # of several content columns an earlier one is the likelier to span rows (a goal over its
    # indicators): a row without it leaves it empty rather than a later one
    last_content = max((j for j, r in enumerate(roles) if r == "content"), default=-1)
    for j, r in enumerate(roles):
        if r == "content" and j < last_content:
            skip[j] = _SKIP_EARLY_CONTENT
    before = [0]
    for s in skip:
        before.append(before[-1] + s)          # before[j]: skipping columns 0..j-1
    inf = 1 << 40
    cost = [[inf] * m for _ in range(n)]
    back = [[0] * m for _ in range(n)]
    for j in range(m):
        cost[0][j] = before[j] + _fit(kinds[0], roles[j])
    for i in range(1, n):
        k = kinds[i]
        prev = cost[i - 1]
        # the cheapest way to come from a later column (a wrap), for every j: a suffix minimum
        later = [(inf, 0)] * (m + 1)
        for p in range(m - 1, -1, -1):
            later[p] = min(later[p + 1], (prev[p], p))
        earlier = (inf, 0)        # min over p < j of prev[p] - before[p + 1] (skipping p+1..j-1)
        row, brow = cost[i], back[i]
        for j in range(m):
            # ties go to the earliest column, as a scan of p = 0 … m-1 would have it
            best, arg = earlier[0] + before[j], earlier[1]
            stay = prev[j] + _merge_cost(k, roles[j], sure)
            if stay < best:
                best, arg = stay, j
            wrap = later[j + 1]
            if wrap[0] + _WRAP + before[j] < best:
                best, arg = wrap[0] + _WRAP + before[j], wrap[1]
            row[j], brow[j] = best + _fit(k, roles[j]), arg
            if prev[j] - before[j + 1] < earlier[0]:
                earlier = (prev[j] - before[j + 1], j)
    last = min(range(m), key=lambda j: cost[n - 1][j] + before[m] - before[j + 1])
    out = [last]
    for i in range(n - 1, 0, -1):
        last = back[i][last]
        out.append(last)
    return out[::-1]


# ---------------------------------------------------------------------------------------------
# rows -> lines
# ---------------------------------------------------------------------------------------------

_ROW_NO = re.compile(r"([（(])?\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*([）)])?\s*[.、．。]?")


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


@dataclass
class Row:
    number: int
    marker: str
    cells: list[str] = field(default_factory=list)
    sure: bool = False              # cell boundaries given by the rendering
    heads: list[str] = field(default_factory=list)   # numbered category cells before the content


def _join(parts: list[str], sep_if_open: str) -> str:
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if out and out[-1] not in "。；;！!？?：:，,、":
            out += sep_if_open
        out += p
    return out


@dataclass
class _Built:
    content: list[list[str]]        # the cells of each content column
    group: str | None
    units: dict[str, str]
    leader: str
    deadline: str


def _build(row: Row, roles: list[str], spanning: set[int], cols: list[int]) -> _Built:
    """The row's cells by column (`cols`: the column of each cell, from `align`)."""
    by_col: dict[int, list[str]] = {}
    for cell, j in zip(row.cells, cols):
        by_col.setdefault(j, []).append(cell)
    content: list[str] = []
    group = None
    units: dict[str, str] = {}
    leader = deadline = ""
    for j in sorted(by_col):
        role = roles[j]
        cells = [c for c in by_col[j] if c.strip() not in _EMPTY]
        if not cells:
            continue
        if role == "content" and j not in spanning:
            content.append([p for c in cells for p in c.split("\n")])
        elif role in ("category", "content"):
            group = _join(cells, "").replace("\n", " ")
        elif role in UNIT_ROLES:
            joined = "、".join(_unit_list(c) for c in cells)
            units[role] = f"{units[role]}、{joined}" if role in units else joined
        elif role == "leader":
            leader = " ".join(c.strip() for c in cells)
        elif role == "deadline" and not deadline:
            deadline = _WS.sub(" ", cells[0].strip().replace("\n", " "))
    return _Built(content, group, units, leader, deadline)


def _unit_list(cell: str) -> str:
    """A unit cell as a 、 list: "市商务局 市财政局" -> "市商务局、市财政局" (names only split where
    every part is a unit name)."""
    cell = cell.strip().strip("、，,；;")
    if _WS.search(cell) and is_units(cell):
        return _WS.sub("、", cell)
    return cell


def _row_text(marker: str, built: _Built, sep: str) -> tuple[str, str | None]:
    """The task line of a row and its title."""
    from transform.titles import task_title

    cols = [_join(cells, sep) for cells in built.content]
    first = cols[0] if cols else ""
    rest = _join(cols[1:], "；")
    text = first
    if rest:
        text = f"{first}{'' if first[-1:] in '。；;！!？?：:' else '：'}{rest}" if first else rest
    labelled = [f"{_UNIT_LABELS[r]}：{built.units[r]}" for r in ("lead", "resp", "part") if r in built.units]
    if built.leader:
        labelled.append(f"责任领导：{built.leader}")
    if built.deadline:
        labelled.append(f"完成时限：{built.deadline}")
    if labelled:
        text += "（" + "；".join(labelled) + "）"
    if match_marker(first):          # the number is inside the content cell ("14.改扩建…")
        return text, None
    title = task_title(built.content[0][0]) if first else None
    return f"{marker} {text}" if marker else text, title or None


def emit_rows(events: list, cols: list[Column], table: int, sep: str) -> list[str]:
    """Lines of a table from its events: ("head", line) | ("group", text) | ("row", Row)."""
    roles = [c.role for c in cols if c.role != "no"]
    rows = [e[1] for e in events if e[0] == "row"]
    cols_of = {id(r): align([cell_type(c) for c in r.cells], roles, r.sure) for r in rows}
    filled: dict[int, int] = {}
    for r in rows:
        for j in set(cols_of[id(r)]):
            filled[j] = filled.get(j, 0) + 1
    spanning = _spanning(roles, filled, len(rows))
    out: list[str] = []
    group: str | None = None
    for ev in events:
        if ev[0] == "head":
            out.append(table_line(ev[1], table))
            group = None
        elif ev[0] == "group":
            group = ev[1]
            out.append(table_line(ev[1], table, is_group=True))
        else:
            row: Row = ev[1]
            for h in row.heads:
                out.append(table_line(h, table))
                group = None
            built = _build(row, roles, spanning, cols_of[id(row)])
            if built.group:
                group = built.group
            if not built.content and not built.units:
                continue
            text, title = _row_text(row.marker, built, sep)
            out.append(table_line(text, table, title=title, group=group, is_row=True))
    return out


def _spanning(roles: list[str], filled: dict[int, int], n_rows: int) -> set[int]:
    """Content columns left empty in most rows while a later content column is filled in most:
    cells that span rows (a goal over its indicators), read as the rows' category."""
    content = [j for j, r in enumerate(roles) if r == "content"]
    if len(content) < 2 or n_rows < 3:
        return set()
    out = set()
    for k, j in enumerate(content[:-1]):
        later_full = any(filled.get(x, 0) * 5 >= n_rows * 4 for x in content[k + 1:])
        if filled.get(j, 0) * 2 < n_rows and later_full:
            out.add(j)
        else:
            break
    return out


# ---------------------------------------------------------------------------------------------
# finding tables in the lines of a body
# ---------------------------------------------------------------------------------------------

_HEAD_FIRST = frozenset("序编NnＮ")
_SIGNATURE_DATE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_TABLE_END = re.compile(r"^(注|备注|说明)\s*[:：]|^附\s*件\s*\d{0,2}\s*[:：]?\s*$|^附\s*件\s*\d{1,2}\b")
_MAX_HEAD_LINES = 16


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


def rows_to_lines(lines: list[str]) -> list[str]:
    """Replace every task table in `lines` by its task lines (other lines pass unchanged)."""
    out: list[str] = []
    i, n, table = 0, len(lines), 0
    piped: list[Column] | None = None      # the columns of the last piped table
    while i < n:
        line = lines[i]
        found = None
        if "|" in line or line[:1] in _HEAD_FIRST or (line[:1] in "考类" and len(line) <= 8):
            found = _table_at(lines, i, table + 1)
            if found is None and piped is not None and "|" in line and any(row_number(c) for c in _cells(line)[:3]):
                found = _piped_rows(lines, i, piped, table + 1)   # the table goes on after a heading
                found = found if found[0] else None
            elif found is not None and "|" in line:
                piped = header(_cells(line))
        elif line.isdigit() and len(line) <= 3:
            found = _headerless_at(lines, i, table + 1)
        if found is None:
            out.append(line)
            i += 1
            continue
        produced, i = found
        table += 1
        out.extend(produced)
    return out


def _table_at(lines: list[str], i: int, table: int) -> tuple[list[str], int] | None:
    line = lines[i]
    cells = _cells(line)
    if len(cells) >= 3:
        cols = header(cells)
        if cols is not None:
            return _piped_rows(lines, i + 1, cols, table)
    first = _WS.sub("", _bare(line))
    if column_role(first) == "category" and i + 1 < len(lines) \
            and column_role(_WS.sub("", _bare(lines[i + 1]))) == "no":
        i += 1              # a category column printed before 序号 (its cells come before the numbers)
        first = _WS.sub("", _bare(lines[i]))
    if column_role(first) == "no":
        return _flat_table(lines, i + 1, table)
    tokens = line.split()
    if len(tokens) >= 3 and column_role(tokens[0]) == "no":
        cols = header(tokens)
        if cols is not None:
            return _spaced_rows(lines, i + 1, cols, table)
    return None


def _flat_table(lines: list[str], j: int, table: int) -> tuple[list[str], int] | None:
    """A header of one cell per line after 序号 (fragments such as 责任/领导 are joined)."""
    heads = ["序号"]
    n = len(lines)
    pending = ""
    while j < n and len(heads) < _MAX_HEAD_LINES:
        raw = lines[j]
        if raw == "|":
            j += 1
            continue
        text = _WS.sub("", _bare(raw))
        if not text or row_number(text) or len(text) > 16 or _SENTENCE.search(text) or match_marker(text):
            break
        text = pending + text
        if column_role(text) is None and not pending:
            pending = text
        else:
            heads.append(text)
            pending = ""
        j += 1
    if pending:
        j -= 1              # an unknown last line is the first row's category cell, not a column
    cols = header(heads)
    if cols is None or j >= n:
        return None
    return _flat_rows(lines, j, cols, table)


def _starts_row(no: int, prev: int | None, row: Row | None, nxt: str | None) -> bool:
    """Is a number cell the start of the next row (not a figure inside the current one)?"""
    if prev is None:
        return True
    if no == prev + 1:
        return True
    if no <= prev or no > prev + 200 or (row is not None and len(row.cells) < 2) or nxt is None:
        return False
    return cell_type(_bare(nxt)) in ("long", "short") or bool(match_marker(nxt))


def _flat_rows(lines: list[str], j: int, cols: list[Column], table: int) -> tuple[list[str], int]:
    n = len(lines)
    sure = any(ln == "|" or ln.endswith("|") for ln in lines[j:j + 6])
    separated = any(ln == "|" for ln in lines[j:j + 6])    # "|" lines between multi-line cells
    limit = max(4 * len(cols), 24)
    events: list = []
    row: Row | None = None
    prev: int | None = None
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
            break                   # the rendering's cells end here
        text = _bare(raw)
        if _ends_table(text) or (row is not None and _is_number_head(text)):
            break
        no = row_number(text)
        if no and (not separated or not cell) and _starts_row(no[0], prev, row, _next_text(lines, k + 1)):
            close_cell()
            if row is not None:
                events.append(("row", row))
            row = Row(no[0], no[1], sure=sure)
            prev = no[0]
            k += 1
            continue
        mk = match_marker(text)
        if mk is not None and mk.kind in HEADING_KINDS and not cell:
            if row is not None and not row.cells:
                row.heads.append(text)          # "1 | 一、经济社会发展目标 | …": heading of this row
                k += 1
                continue
            if row is None or _has_units(row):
                if row is not None:
                    events.append(("row", row))
                    row = None
                events.append(("head", text))
                k += 1
                continue
        if row is None:
            if mk is None and len(text) <= 20 and not _SENTENCE.search(text):
                events.append(("group", text))      # a category cell printed before its first row
                k += 1
                continue
            break
        if separated:
            cell.append(text)
        else:
            row.cells.append(text)
        if len(row.cells) > limit:
            break
        k += 1
    close_cell()
    if row is not None:
        events.append(("row", row))
    if not any(e[0] == "row" for e in events):
        return [], j
    return emit_rows(events, cols, table, "；" if not sure else ""), k


def _next_text(lines: list[str], k: int) -> str | None:
    while k < len(lines) and lines[k] in ("|", "||"):
        k += 1
    return lines[k] if k < len(lines) else None


def _has_units(row: Row) -> bool:
    return any(cell_type(c) in ("unit", "person", "deadline") for c in row.cells[1:])


def _piped_rows(lines: list[str], j: int, cols: list[Column], table: int) -> tuple[list[str], int]:
    """Rows of one line each, cells separated by "|"."""
    events: list = []
    n = len(lines)
    no_col = next((k for k, c in enumerate(cols) if c.role == "no"), None)
    k = j
    while k < n:
        if "|" not in lines[k]:
            # a cell broken by <br>: its next part is alone on a line between two rows' lines
            if events and events[-1][0] == "row" and k + 1 < n and "|" in lines[k + 1] \
                    and match_marker(lines[k]) is None and not row_number(lines[k]):
                _continue_row(events[-1][1], [lines[k].strip()])
                k += 1
                continue
            break
        cells = [c.strip() for c in lines[k].split("|")]
        if cells and not cells[0] and lines[k].lstrip().startswith("|"):
            cells = cells[1:]
        while len(cells) > len(cols) and not cells[-1]:
            cells.pop()
        nonempty = [c for c in cells if c]
        if not nonempty:
            k += 1
            continue
        if header(cells) is not None:
            break                               # the next table
        idx = next((x for x, c in enumerate(cells[:4]) if row_number(c)), None)
        if idx is None and no_col is not None:
            # a category row ("一、主要预期目标 | | |") or a row numbered inside its content cell
            if len(nonempty) == 1 or (match_marker(nonempty[0]) and match_marker(nonempty[0]).kind in HEADING_KINDS
                                      and len(nonempty) <= 2):
                if match_marker(nonempty[0]):
                    events.append(("head", " ".join(nonempty)))
                else:
                    events.append(("group", nonempty[0]))
                k += 1
                continue
        if idx is None:
            at = next((x for x, c in enumerate(cells) if match_marker(c)
                       and match_marker(c).kind not in HEADING_KINDS), None)
            if at is None:
                if any(match_marker(c) for c in nonempty[:1]):
                    events.append(("head", nonempty[0]))
                    k += 1
                    continue
                if events and events[-1][0] == "row":
                    _continue_row(events[-1][1], cells)      # the rest of a row broken by <br>
                    k += 1
                    continue
                break
            before = [c for c in cells[:at] if c]
            # the numbered content cell starts at the first content column
            roles = [c.role for c in cols if c.role != "no"]
            lead_in = roles.index("content") if "content" in roles else 0
            row = Row(0, "", cells=[""] * lead_in + cells[at:], sure=True)
            _category_cells(row, before, events)
            events.append(("row", row))
            k += 1
            continue
        no = row_number(cells[idx])
        assert no is not None
        lead_cells = [c for c in cells[:idx] if c]
        # cells before the number are category cells spanning rows: align the rest from the number
        row = Row(no[0], no[1], cells=cells[idx + 1:], sure=True)
        _category_cells(row, lead_cells, events)
        events.append(("row", row))
        k += 1
    if not any(e[0] == "row" for e in events):
        return [], j
    return emit_rows(events, cols, table, ""), k


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


def _spaced_rows(lines: list[str], j: int, cols: list[Column], table: int) -> tuple[list[str], int]:
    """Rows of one line each, cells separated by whitespace ("1 新建… 张三 县住建局 年底前")."""
    events: list = []
    n = len(lines)
    k = j
    prev = None
    while k < n:
        tokens = lines[k].split()
        no = row_number(tokens[0]) if tokens else None
        if no is None or len(tokens) < 2 or (prev is not None and no[0] <= prev):
            break
        prev = no[0]
        events.append(("row", Row(no[0], no[1], cells=tokens[1:])))
        k += 1
    if not events:
        return [], j
    return emit_rows(events, cols, table, ""), k


# Columns of a table printed without its header: the cells tell what they are.
# (one unit column: where the rendering lost the cell borders, units one per line are one cell)
_HEADERLESS = [Column("content", ""), Column("resp", ""), Column("leader", ""), Column("deadline", ""),
               Column("other", "")]


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
        cells = [_bare(ln) for ln in lines[start + 1:end] if ln not in ("|", "||")]
        kinds = {cell_type(c) for c in cells}
        if len(cells) < 2 or not kinds & {"long", "short"} or not kinds & {"unit", "person", "deadline"}:
            return None
        start = end
    produced, stop = _flat_rows(lines, i, _HEADERLESS, table)
    return (produced, stop) if produced else None
