"""A table as a grid of cells with merged ranges (a sheet, a Word or PDF table) -> the "|" rows
the task-table code reads (`transform.texttables`).

Cells keep their column: empty cells stay as empty cells between bars, so each cell is read by
the column its header names (`transform.table_cells.header`, the `table_columns` lexicon). A
two-row header (责任单位 over 牵头单位 | 配合单位) is read column by column. Merged cells:
- a unit, person or deadline cell merged down over several rows (one lead unit for five tasks)
  is given to each of those rows;
- a category or content cell merged down stays in its first row: the table code reads a cell
  that spans rows as the category of the rows under it;
- a row that is one cell merged across the table (一、产业发展) is a heading row.
A table without a 序号 column gets one (1, 2, 3 …), so that each row is a task with a path.
Rows above the header (the sheet's title, 附件1) are plain lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transform.gazetteer import PREFIXES, is_unit_like
from transform.numbering import match_marker
from transform.table_cells import column_role, header, is_units
from transform.unit_words import COLLECTIVES

FILLED_ROLES = frozenset({"lead", "resp", "part", "leader", "deadline", "measure", "other", "progress"})
_MAX_HEADER_ROW = 12  # the header row is looked for among the first rows


@dataclass
class Grid:
    """cells[r][c] as text; spans: top-left (r, c) -> bottom-right (r, c), inclusive."""

    cells: list[list[str]]
    spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    def origins(self) -> dict[tuple[int, int], tuple[int, int]]:
        """Each covered cell (inside a merged range, not its top-left) -> the range's top-left."""
        out: dict[tuple[int, int], tuple[int, int]] = {}
        for (r0, c0), (r1, c1) in self.spans.items():
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        out[(r, c)] = (r0, c0)
        return out


def clean_cell(value: str) -> str:
    """One line of text for a cell: newlines and tabs as spaces, "|" as "｜"."""
    if not value:
        return ""
    text = value.replace("|", "｜").replace("\r", "\n").replace("\t", " ")
    return " ".join(part.strip() for part in text.split("\n") if part.strip())


def _cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def join_lines(text: str) -> str:
    """The lines of a cell (a PDF cell wraps its text) as one text: CJK runs joined without a
    space, other words with one; a cell of unit names one per line keeps them apart."""
    lines = [ln.strip() for ln in text.replace("\r", "\n").split("\n") if ln.strip()]
    if len(lines) <= 1:
        return lines[0] if lines else ""
    if all(is_units(ln) for ln in lines):
        return "\n".join(lines)
    plain = _joined(lines, set())
    if len(lines) > _MAX_UNIT_LINES or not is_units(plain):
        return plain
    return _joined(lines, _unit_breaks(lines))


def _joined(lines: list[str], breaks: set[int]) -> str:
    """The lines as one text, with a space before each line whose index is in `breaks`."""
    out = lines[0]
    for i, ln in enumerate(lines[1:], 1):
        out += ("" if (_cjk(out[-1]) or _cjk(ln[0])) and i not in breaks else " ") + ln
    return out


_MAX_UNIT_LINES = 40  # a units cell longer than this is joined as it comes (bounded work)
_NAME_SEPARATORS = "、，,；;/／ \u3000"
# the level both names of a wrap start with (市…|市…, 区委…|区委…); a collective (各…) is not one
_LEVEL_PREFIXES = tuple(p for p in PREFIXES if not p.startswith(("各", "全")))


def _unit_breaks(lines: list[str]) -> set[int]:
    """The lines that start a new unit of a units cell: a PDF wraps each name of a list printed
    one per line in a narrow column ("市发展|改革委|市生态|环境局"), so a wrap that falls where a
    complete name ends and another of the same level starts is where two names meet."""
    breaks: set[int] = set()
    left = ""
    for i, ln in enumerate(lines):
        if i and _names_meet(left, _first_name(lines, i)):
            breaks.add(i)
            left = ""
        left += ln
        cut = max(left.rfind(ch) for ch in _NAME_SEPARATORS)
        left = left[cut + 1 :]
    return breaks


def _first_name(lines: list[str], i: int) -> str:
    """The shortest run of lines from line i on that makes a unit name (up to a separator)."""
    acc = ""
    for ln in lines[i:]:
        acc += ln
        head = acc
        for ch in _NAME_SEPARATORS:
            head = head.split(ch, 1)[0]
        if head != acc or is_unit_like(acc):
            return head
    return acc


def _names_meet(left: str, right: str) -> bool:
    """`left` ends a unit name and `right` starts another of the same level."""
    return (
        len(left) >= 3
        and len(right) >= 3
        and left not in COLLECTIVES
        and any(left.startswith(p) and right.startswith(p) for p in _LEVEL_PREFIXES)
        and is_unit_like(left)
        and is_unit_like(right)
    )


def _width(cells: list[list[str]]) -> list[int]:
    """The columns that hold any text."""
    n = max((len(r) for r in cells), default=0)
    return [c for c in range(n) if any(c < len(r) and r[c] for r in cells)]


def render(grid: Grid) -> list[str]:
    """The grid as lines: title lines, then the header and its rows as "|" rows."""
    cells = [[clean_cell(v) for v in row] for row in grid.cells]
    cols = _width(cells)
    if not cols:
        return []
    rows = [[(row[c] if c < len(row) else "") for c in cols] for row in cells]
    index = {c: i for i, c in enumerate(cols)}
    origins = {
        (r, index[c]): (r0, index.get(c0, -1))
        for (r, c), (r0, c0) in grid.origins().items()
        if c in index and r < len(rows)
    }
    found = _find_header(rows, origins)
    if found is None:
        return [" | ".join(row) for row in rows if any(row)]
    at, heads, depth = found
    out = [" ".join(v for v in row if v) for row in rows[:at] if any(row)]
    return out + _table(rows[at + depth :], at + depth, heads, origins)


def _find_header(
    rows: list[list[str]], origins: dict[tuple[int, int], tuple[int, int]]
) -> tuple[int, list[str], int] | None:
    """(row, header cells, rows it takes: 1 or 2) of the first row that heads a task table."""
    for r in range(min(len(rows), _MAX_HEADER_ROW)):
        top = [_spanned(rows, origins, r, c) for c in range(len(rows[r]))]
        if r + 1 < len(rows):
            two = _two_rows(top, rows[r + 1], r + 1, origins)
            if two is not None and header(two) is not None:
                return r, two, 2
        if header(top) is not None:
            return r, top, 1
    return None


def _spanned(rows: list[list[str]], origins: dict, r: int, c: int) -> str:
    """A cell's text, or the text of the range it is covered by (a header merged across)."""
    if rows[r][c]:
        return rows[r][c]
    o = origins.get((r, c))
    return rows[o[0]][o[1]] if o is not None and o[1] >= 0 else ""


def _two_rows(top: list[str], below: list[str], r: int, origins: dict) -> list[str] | None:
    """A header row with sub-headers under it: every cell of the row below names a column."""
    subs = [(c, v) for c, v in enumerate(below) if v]
    if len({v for v in top if v}) < 2:
        return None  # a title row over the header (merged across or not) heads no column
    if not subs or any(column_role(v) is None or match_marker(v) is not None for _, v in subs):
        return None  # (a numbered cell, "一、主要预期目标", is a category row under the header)
    if all(top[c] == v for c, v in subs):
        return None
    return [below[c] if below[c] else top[c] for c in range(len(top))]


def _table(rows: list[list[str]], first: int, heads: list[str], origins: dict) -> list[str]:
    roles = [column_role(h) for h in heads]
    numbered = "no" in roles
    out = [" | ".join((["序号"] if not numbered else []) + heads)]
    n = 0
    for i, row in enumerate(rows):
        r = first + i
        if not any(row):
            continue
        across = _across(row, r, origins)
        if across is not None:
            out.append(f"{across} |")  # a heading row merged across the table
            continue
        if header([_spanned(rows, {}, i, c) for c in range(len(row))]) is not None:
            out.extend(_table(rows[i + 1 :], r + 1, row, origins))  # the next table's header
            return out
        values = []
        for c, v in enumerate(row):
            o = origins.get((r, c))
            if not v and o is not None and o[0] < r and roles[c] in FILLED_ROLES and o[1] == c:
                v = _origin_text(rows, first, o)
            values.append(v)
        if not numbered:
            n += 1
            values.insert(0, str(n))
        out.append(" | ".join(values))
    return out


def _origin_text(rows: list[list[str]], first: int, o: tuple[int, int]) -> str:
    i = o[0] - first
    return rows[i][o[1]] if 0 <= i < len(rows) else ""


def _across(row: list[str], r: int, origins: dict) -> str | None:
    """The text of a row that is one cell merged across (most of) the table, else None."""
    filled = [c for c, v in enumerate(row) if v]
    if len(filled) != 1:
        return None
    c0 = filled[0]
    covered = sum(1 for c in range(len(row)) if origins.get((r, c)) == (r, c0))
    return row[c0] if covered + 1 >= max(2, (len(row) + 1) // 2) else None
