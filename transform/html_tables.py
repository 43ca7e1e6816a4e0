"""HTML tables -> the "|" rows `transform.texttables` reads, as a reader reads the table.

A table is either layout or data:
- layout (the page's frame, a column of blocks): a table holding another table, a table of one
  column, or, unless a row names the columns of a task table, one with a heading or a list of
  links in a cell, a cell that holds a page of blocks, a row or two around paragraphs (unless a
  row is numbered), or a few rows around a body of text. Its cells are blocks: their paragraphs
  stay lines (`transform.html` renders them).
- data: every other table. Each row is one line, its cells separated by "|"; the paragraphs and
  `<br>` breaks inside a cell are spaces (units one a line, a sentence wrapped by hand); an
  ordered list inside a cell keeps its text without numbers.

In a task table (a header naming its columns, `transform.table_cells.header`, or a column of row
numbers) merged cells are expanded the way a reader reads them:
- a header printed over two rows (责任单位 over 牵头单位 | 配合单位) is one header line, each
  column named by its lowest cell;
- a cell spanning rows (rowspan) applies to each row it spans: a unit, leader or deadline cell
  (by its column's name, or by what it looks like when no header names it) is printed in every
  row; a category, heading, task or other cell (left of the number, or a content or category
  column) is printed once, as the reader sees it over its rows;
- rows under one spanning number cell are one item: their cells are joined column by column;
- a cell spanning columns (colspan) is printed once, the columns it covers stay empty, so every
  row keeps its width (a section row "一、主要预期目标" stays a row of the table);
- rows above the header that hold one text (the table's caption) are plain lines.
Task-table rows keep their empty cells: their borders are `ROW_CELL` characters, which the
rendering turns into "|" at its end. Other data tables print each cell once, where it starts,
the slots a merged cell covers left empty so that every cell stays in its column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transform.numbering import match_marker
from transform.table_cells import cell_type, column_role, header
from transform.table_rows import row_number

ROW_CELL = "\x04"  # a cell border of a task-table row (kept through the trimming of borders)
_NL = "\x02"  # a line break (as in `transform.html`)
_CELL_BREAKS = "p,div,li,ul,ol,dl,dt,dd,h1,h2,h3,h4,h5,h6,section,article,blockquote,pre,center,br,hr,table"
_FRAME_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"))  # a page's headings, link lists
_MAX_SPAN = 200  # rows or columns one cell may span (a larger value is an authoring slip)
_MAX_COLS = 64
_MAX_SLOTS = 100_000  # rows × columns a table's spans may cover
_PAGE_BLOCKS = 30  # a cell with more blocks than this holds a page, not a value
_FEW_ROWS, _BLOCKS_FEW_ROWS, _TEXT_FEW_ROWS = 3, 8, 300  # a short frame around a body of text
_LABEL_MAX = 16  # a header cell is a short label
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_SENTENCE = re.compile(r"[。；;！!？?]")
_REPEATED_ROLES = frozenset(
    {"lead", "resp", "part", "leader", "deadline", "other", "extra", "measure", "progress"}
)


@dataclass(slots=True)
class _Cell:
    text: str
    row: int
    col: int
    cols: int = 1  # the columns it spans


def render_tables(root) -> str | None:
    """Replace each data table under `root` (and `root` itself) by its rows as text lines.

    Returns the text when `root` itself is a data table (it cannot be replaced in place), else
    None. Layout tables stay; their cells are left to the block rendering.
    """
    tables = root.css("table")
    if not tables:
        return None
    frames = _frames(tables)
    for table in tables:
        if table.mem_id in frames:
            continue  # a frame around other tables
        text = _table_text(table)
        if text is None:
            continue
        if table.mem_id == root.mem_id:
            return text
        table.replace_with(text)
    return None


def _frames(tables: list) -> set[int]:
    """mem_ids of the tables that hold another table.

    Asking each table for the tables inside it costs a walk of its subtree: quadratic in a
    stack of nested tables, which a hostile page can pile thousands deep. Here each table walks
    up to the nearest table above it, stopping early at a node an earlier walk passed (whose
    nearest table is known and marked): every node is passed once.
    """
    frames: set[int] = set()
    passed: set[int] = set()
    for table in tables:
        node = table.parent
        while node is not None and node.mem_id not in passed:
            if node.tag == "table":
                frames.add(node.mem_id)
                break
            passed.add(node.mem_id)
            node = node.parent
    return frames


def _table_text(table) -> str | None:
    """The rows of a data table as text (line breaks as `_NL`), or None for a layout table
    (a table holding other tables is never asked: `_frames`)."""
    trs = table.css("tr")
    if not trs:
        return None
    rows = [tr.css("td,th") for tr in trs]
    spanned = table.css_first("[rowspan],[colspan]") is not None
    sizes = [[_spans(c) if spanned else (1, 1) for c in cells] for cells in rows]
    if max(sum(cs for _, cs in row) for row in sizes) <= 1:
        return None  # a column of blocks
    marks = table.css(_CELL_BREAKS)
    for m in marks:  # paragraphs and <br> inside a cell are spaces (a frame's cells ignore them)
        m.insert_after(" ")
        if m.tag not in ("br", "hr"):
            m.insert_before(" ")
    texts = [[_cell_text(c) for c in cells] for cells in rows]
    if not _task_header(texts) and (
        any(m.tag in _FRAME_TAGS for m in marks) or _is_layout(texts, _blocks_per_cell(marks))
    ):
        return None  # a page's headings, a sidebar's link lists, text in a frame
    grid = _grid(sizes, texts)
    if not grid or max(len(r) for r in grid) < 2:
        return None
    lines = _task_lines(grid) or _plain_lines(grid)
    caption = table.css_first("caption")  # the table's title, a line above its rows
    if caption is not None and (title := _SPACES.sub(" ", caption.text(deep=True)).strip()):
        lines = [title, *lines]
    return _NL + _NL.join(line for line in lines if line) + _NL


def _task_header(texts: list[list[str]]) -> bool:
    """Does one of the first rows name the columns of a task table (序号 | 工作任务 | 牵头单位 …)?"""
    return any(3 <= len(cells) <= _MAX_COLS and header(cells) is not None for cells in texts[:4])


def _blocks_per_cell(marks: list) -> dict[int, int]:
    """mem_id of a cell -> the paragraphs (block elements, not <br>) inside it."""
    out: dict[int, int] = {}
    for m in marks:
        if m.tag in ("br", "hr"):
            continue
        p = m.parent
        while p is not None and p.tag not in ("td", "th"):
            p = p.parent
        if p is not None:
            out[p.mem_id] = out.get(p.mem_id, 0) + 1
    return out


def _is_layout(texts: list[list[str]], blocks: dict[int, int]) -> bool:
    """A frame around text (no task header): a cell holds a page of blocks, or a table of a row
    or two holds paragraphs (unless a row is numbered: a task table's row), or a table of a few
    rows holds a body of text."""
    if not blocks:
        return False
    most = max(blocks.values())
    if most > _PAGE_BLOCKS:
        return True
    n_rows = len(texts)
    if n_rows <= 2 and most >= 2 and not any(cells and row_number(cells[0]) for cells in texts):
        return True
    return (
        n_rows <= _FEW_ROWS
        and most >= _BLOCKS_FEW_ROWS
        and any(len(t) >= _TEXT_FEW_ROWS for cells in texts for t in cells)
    )


def _spans(cell) -> tuple[int, int]:
    """(rowspan, colspan) of a cell: 0 rows means to the end of the table."""
    attrs = cell.attributes
    return _span(attrs.get("rowspan"), 0), _span(attrs.get("colspan"), 1)


def _span(raw: str | None, zero: int) -> int:
    raw = (raw or "").strip()
    if not raw.isdigit():
        return 1
    n = int(raw)
    return zero if n == 0 else min(n, _MAX_SPAN)


def _cell_text(cell) -> str:
    """A data cell as one line (its paragraphs and <br> breaks are marked with spaces)."""
    s = cell.text(deep=True, separator="", strip=False)
    s = s.replace("\u200b", "").replace("\ufeff", "")
    if "\n" in s:
        s = _join_source_breaks(s)
    s = _SPACES.sub(" ", s).strip(" \u3000")
    return s.replace("|", "｜")


def _join_source_breaks(s: str) -> str:
    """A line break of the HTML source vanishes between two CJK characters, else is a space."""
    parts = s.split("\n")
    out = parts[0]
    for part in parts[1:]:
        left, right = out.rstrip(" \t\r"), part.lstrip(" \t\r")
        if left and right and _CJK.match(left[-1]) and _CJK.match(right[0]):
            out = left + right
        else:
            out = left + " " + right
    return out


def _grid(sizes: list[list[tuple[int, int]]], texts: list[list[str]]) -> list[list[_Cell | None]]:
    """Rows × columns, each slot the cell that covers it (rowspan and colspan expanded)."""
    n = len(sizes)
    if sum(min(rs or n, n) * cs for row in sizes for rs, cs in row) > _MAX_SLOTS:
        sizes = [[(1, 1)] * len(row) for row in sizes]  # spans beyond any real table: read without them
    slots: dict[tuple[int, int], _Cell] = {}
    width = 0
    for r in range(n):
        col = 0
        for (rs, cs), text in zip(sizes[r], texts[r], strict=True):
            while (r, col) in slots:
                col += 1
            if col >= _MAX_COLS:
                break
            rs = min(rs or (n - r), n - r)
            cs = min(cs, _MAX_COLS - col)
            c = _Cell(text, r, col, cs)
            for dr in range(rs):
                for dc in range(cs):
                    slots[(r + dr, col + dc)] = c
            col += cs
            width = max(width, col)
    return [[slots.get((r, c)) for c in range(width)] for r in range(n)]


def _own(slot: _Cell | None, r: int, c: int) -> str:
    """The text of the cell that starts at (r, c); "" for an empty or spanned slot."""
    return slot.text if slot is not None and slot.row == r and slot.col == c else ""


def _full(slot: _Cell | None) -> str:
    return slot.text if slot is not None else ""


# --- task tables -------------------------------------------------------------------------------


def _header_rows(grid: list[list[_Cell | None]]) -> tuple[int, int, list[str]] | None:
    """(first, end, names) of the header of a task table: its rows [first, end) and the name of
    each column (the lowest header cell over it)."""
    for h in range(min(4, len(grid))):
        names = [_full(s) for s in grid[h]]
        if header(names) is None:
            continue
        end = h + 1
        # a header printed over several rows: the rows its cells span, or rows of labels only
        while end < len(grid) and _sub_header(grid, end):
            names = [_lower_name(grid[end - 1][c], s, end, c, names[c]) for c, s in enumerate(grid[end])]
            end += 1
        return h, end, names
    return None


def _lower_name(above: _Cell | None, slot: _Cell | None, r: int, c: int, name: str) -> str:
    """A column's name from the lower row of a two-row header: its own label there, else the
    name above. A cell above that names no column (a unit or a date in the header row, alone or
    over several columns) is kept before the label of its first column: its text is never lost,
    while a group label (责任分工 over 牵头单位 | 配合单位) gives way to the labels below it."""
    own = _own(slot, r, c)
    if not own:
        return name
    if above is not None and above.col == c and name and column_role(name) is None:
        return f"{name} {own}"
    return own


def _sub_header(grid: list[list[_Cell | None]], r: int) -> bool:
    """Is row r the lower row of a header printed over two rows: a header cell above spans into
    it (rowspan) or over the columns it names (colspan), and it holds short labels only?"""
    above = grid[r - 1]
    joined = any(s is not None and s.row < r for s in grid[r]) or any(
        s is not None and s.col == c and (c + 1 < len(above) and above[c + 1] is s)
        for c, s in enumerate(above)
    )
    own = [t for c, s in enumerate(grid[r]) if (t := _own(s, r, c))]
    if not joined or not own:
        return False
    return any(column_role(t) for t in own) and all(
        len(t) <= _LABEL_MAX and not row_number(t) and not _SENTENCE.search(t) and match_marker(t) is None
        for t in own
    )


def _number_column(grid: list[list[_Cell | None]], start: int) -> int | None:
    """The leftmost of the first three columns whose cells are mostly row numbers."""
    rows = grid[start:]
    for c in range(min(3, len(grid[0]) if grid else 0)):
        own = [_own(row[c], start + i, c) for i, row in enumerate(rows)]
        numbered = sum(1 for t in own if t and row_number(t))
        filled = sum(1 for row in rows if any(s is not None for s in row))
        if numbered >= 2 and numbered * 2 >= filled:
            return c
    return None


def _task_lines(grid: list[list[_Cell | None]]) -> list[str] | None:
    """The lines of a task table (header or a number column), or None for another table."""
    found = _header_rows(grid)
    start = found[1] if found else 0
    roles: list[str | None] = [column_role(n) if n else None for n in found[2]] if found else []
    no_col = roles.index("no") if "no" in roles else _number_column(grid, start)
    if found is None and no_col is None:
        return None
    lines = [_caption(row, r) for r, row in enumerate(grid[: found[0]])] if found else []
    if found:
        lines.append(_row_line(found[2]))
    merged: list[list[str]] = []
    origin: dict[int, int] = {}  # grid row of a number cell -> index in `merged`
    for r in range(start, len(grid)):
        row = grid[r]
        num = row[no_col] if no_col is not None else None
        if (
            num is not None
            and num.row < r
            and num.row in origin
            and not _opens_item(grid, num.row, r, no_col)
        ):
            into = merged[origin[num.row]]
            for c, s in enumerate(row):
                t = _own(s, r, c)
                if t:
                    into[c] = f"{into[c]} {t}" if into[c] else t
            continue
        cells = [_slot_text(s, r, c, no_col, roles) for c, s in enumerate(row)]
        if not any(cells):
            continue
        if num is not None and num.row == r:
            origin[r] = len(merged)
        merged.append(cells)
    if not merged:
        return None
    if found is None and lines == [] and len(merged) < 2:
        return None
    return lines + [_row_line(cells) for cells in merged]


def _opens_item(grid: list[list[_Cell | None]], head: int, r: int, no_col: int | None) -> bool:
    """Row r under a number cell spanning from row `head` is an item of its own when the number's
    row is a section heading (one short text, no sentence: "一 | 数字基础设施建设") and the row's
    first content cell starts there with a numbering marker of its own ("1.加快5G网络建设")."""
    if no_col is None:
        return False
    first = next(((c, s) for c, s in enumerate(grid[r]) if c > no_col and s is not None), None)
    if first is None or not _own(first[1], r, first[0]) or match_marker(first[1].text) is None:
        return False
    texts = [t for c, s in enumerate(grid[head]) if c > no_col and (t := _own(s, head, c))]
    return len(texts) == 1 and not _SENTENCE.search(texts[0]) and match_marker(texts[0]) is None


def _caption(row: list[_Cell | None], r: int) -> str:
    texts = list(dict.fromkeys(t for c, s in enumerate(row) if (t := _own(s, r, c))))
    return texts[0] if len(texts) == 1 else _row_line([_own(s, r, c) for c, s in enumerate(row)])


def _slot_text(slot: _Cell | None, r: int, c: int, no_col: int | None, roles: list[str | None]) -> str:
    """What a reader reads in slot (r, c) of a task table (see the module docstring)."""
    if slot is None or slot.col != c:
        return ""  # empty, or covered by a cell spanning from the left
    if slot.row == r:
        return slot.text
    if no_col is not None and c <= no_col:
        return ""  # a category beside the numbers: printed once, over its rows
    role = roles[c] if c < len(roles) else None
    if role is not None:
        return slot.text if role in _REPEATED_ROLES else ""
    # no header names the column: a unit, person or deadline cell applies to each row; any other
    # (a category, a heading, a task, an indicator's group) is printed once over its rows
    return slot.text if cell_type(slot.text) in ("unit", "person", "deadline") else ""


def _row_line(cells: list[str]) -> str:
    """Cells -> "a | b |  | d": borders as `ROW_CELL`, every column kept (empty ones too)."""
    while cells and not cells[-1] and len(cells) > 1 and not any(cells[:-1]):
        cells = cells[:-1]
    return f" {ROW_CELL} ".join(cells).strip()


# --- other data tables -------------------------------------------------------------------------


def _plain_lines(grid: list[list[_Cell | None]]) -> list[str]:
    """Each cell printed once, where it starts; the slots a merged cell covers stay empty, so a
    row keeps the columns of the header above it (an indicator table's 单位 and year columns),
    without empty cells at its end."""
    lines = []
    for r, row in enumerate(grid):
        cells = [_own(s, r, c) for c, s in enumerate(row)]
        while cells and not cells[-1]:
            cells.pop()
        lines.append(" | ".join(cells) if any(cells) else "")
    return lines
