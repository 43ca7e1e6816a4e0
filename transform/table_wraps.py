"""Rows and header rows of a task table printed over two lines, and figures that look like row numbers.

A text rendering that keeps a table's grid (a PDF's ruled table, a copied page) prints a row whose
cells wrap as two lines, each with every column:

    1 | 加快园区建设,完成道路改造 | 县工信局 | 县住建局、 | 2024年12月
      | 8公里。                    |          | 县自然资源局 |

The second line leaves the number column empty (or drops it, under a row that filled every
column); its cells continue the cells above them, column by column. A header printed the same way ("责任 | 完成" over "领导 | 时限") names its columns only
when each column's two parts are read together ("责任领导", "完成时限"). A whitespace-separated row
wraps the same way: its task cell goes on at the start of the next line, before the row's unit,
person and deadline cells; or its last line holds only the rest of a cell (a unit list left open
by "、", the end of its task sentence) before the next row.

In a table of one cell per line, a figure column (数量, 投资) may hold the next row's number ("2"
under row 1): it is a cell of the row where the row still lacks that column and the line after it
fits the column after the figure, not the first column of a row.
"""

from __future__ import annotations

import functools
import re

from transform import lexicons
from transform.gazetteer import PREFIXES, is_unit_like
from transform.numbering import match_marker
from transform.stage_rows import stage_goes_on
from transform.table_cells import SENTENCE_PUNCT, WS, Column, cell_type, fit, is_units
from transform.table_rows import HEADING_KINDS, Row, compound_number, row_number

__all__ = [
    "cut_unit_name",
    "figure_cell",
    "join_broken_sentence",
    "join_broken_title",
    "joined_header",
    "merge_wrapped",
    "spaced_tail",
    "spaced_wrap",
    "unnumbered_wrap",
    "wrapped_cells",
]

# columns whose cells are words of their own kind: a figure is never one of them
_WORD_ROLES = frozenset(
    {
        "no",
        "content",
        "problem",
        "category",
        "lead",
        "resp",
        "part",
        "assess",
        "leader",
        "deadline",
        "progress",
    }
)
# cells that close a row: a unit list, a person, a deadline
_CLOSING = frozenset({"unit", "person", "deadline"})
# how badly a cell may fit its column and still be read there (a deadline under a unit column: no)
_MISFIT = 20

# the parts of a header cell broken over two lines are short words ("责任" / "领导")
_HEAD_PART = 6


def _split(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def wrapped_cells(line: str, n_cols: int, no_col: int, bordered: bool) -> list[str] | None:
    """The cells of `line`, one per column, when it is the second line of a wrapped row: its
    number column and those before it are empty, some cell after them is not. `bordered`: the
    table's rows open with "|" (a border, not an empty cell)."""
    cells = _split(line)
    if bordered:
        if cells[:1] != [""]:
            return None
        cells = cells[1:]
    while len(cells) > n_cols and not cells[-1]:
        cells.pop()
    if len(cells) > n_cols or len(cells) < no_col + 2:
        return None
    if any(cells[: no_col + 1]) or not any(cells[no_col + 1 :]):
        return None
    return cells


def unnumbered_wrap(line: str, cols: list[Column], no_col: int) -> list[str] | None:
    """The cells of `line`, one per column, where the second line of a wrapped row dropped its
    empty number cell instead of printing it ("8公里。 | | 县自然资源局 |" under a full row): two
    cells or more, from the first column after the number on, each fitting its column (a sub-row
    "开工建设老年大学。 | 12月底前" puts a deadline under a unit column: no wrapped line)."""
    cells = _split(line)
    if line.rstrip().endswith("|") and cells and not cells[-1]:
        cells.pop()
    if line.lstrip().startswith("|") or not 2 <= len(cells) <= len(cols) - no_col - 1 or not cells[0]:
        return None
    roles = [c.role for c in cols[no_col + 1 :]]
    if any(c and fit(cell_type(c), role) >= _MISFIT for c, role in zip(cells, roles, strict=False)):
        return None
    return [""] * (no_col + 1) + cells


def merge_wrapped(row: Row, cells: list[str], no_col: int, content: int | None = None) -> None:
    """Each cell of a wrapped row's second line continues the row's cell in its column; the
    `content` column's sentence cut by the wrap reads on with no break ("推进城区中小学" / "学位扩容",
    round 42c)."""
    for at, cell in enumerate(cells[no_col + 1 :]):
        if not cell:
            continue
        while len(row.cells) <= at:
            row.cells.append("")
        above = row.cells[at]
        if above and at + no_col + 1 == content and _cut_sentence(above, cell):
            row.cells[at] = above + cell
            continue
        row.cells[at] = f"{above}{_joint(above, cell)}{cell}" if above else cell


def _cut_sentence(above: str, below: str) -> bool:
    """Was a content cell's sentence cut between two Chinese characters ("…示" / "范校5所"), the part
    below a fragment (no sentence of its own: "加快产业发展" / "新增规上工业企业20家。" is a heading
    over its text)?"""
    return (
        "\u4e00" <= above[-1] <= "\u9fff"
        and "\u4e00" <= below[0] <= "\u9fff"
        and SENTENCE_PUNCT.search(below) is None
        and match_marker(below) is None
    )


_NAME_START = re.compile(r"[^、，,；;\s]+")


def _name_tail(part: str) -> bool:
    """A part too short to be a name of its own: the tail of a name cut by the wrap ("会", "局"; a
    two-character part may be a name: "妇联", "团委")."""
    return len(part) == 1


def _joint(above: str, below: str) -> str:
    """What joins the two parts of a wrapped cell: nothing where a unit name was cut inside it
    ("市自然资源" over "局、各区政府": the part above is no unit name, the two parts together are one;
    "县开发区管委" over "会": the part below is none), else a line break."""
    if _open_bracket(above):
        return ""  # a name cut inside its bracket ("各县（市、" over "区）人民政府"): one name, round 46i
    end, start = _last_name(above), _NAME_START.match(below)
    if not end or start is None or (is_units(end) and not _name_tail(start.group())):
        return "\n"
    return "" if is_units(end + start.group()) else "\n"


def _open_bracket(text: str) -> bool:
    """A bracket opened in the cell's last line and not closed ("市水利局、各县（市、")."""
    if "（" not in text and "(" not in text:
        return False
    last = text[text.rfind("\n") + 1 :]
    return last.count("（") + last.count("(") > last.count("）") + last.count(")")


_NAME_SEPARATORS = frozenset("、，,；;")


def _last_name(text: str) -> str:
    """The last part of `text` after its last separator or space (what `[^、，,；;\\s]+$` would
    match), read back from its end: a regex search from each position was quadratic in a long cell
    of many wrapped lines."""
    i = len(text)
    while i > 0 and text[i - 1] not in _NAME_SEPARATORS and not text[i - 1].isspace():
        i -= 1
    return text[i:]


_CUT_NAME_MAX = 8  # characters of the first part of a unit name broken over two lines ("市生态")


def cut_unit_name(above: str, below: str) -> bool:
    """In a table of one cell per line, is `below` the rest of a unit name begun on the line above
    ("市生态" / "环境局", "市农业" / "农村局")? The part above is short and no unit name of its own,
    the two read together are one."""
    a, b = above.strip(), below.strip()
    if not 2 <= len(a) <= _CUT_NAME_MAX or not b or SENTENCE_PUNCT.search(a) or SENTENCE_PUNCT.search(b):
        return False
    # the part above opens with the level of government ("市", "县", "区"): a person's name over a
    # unit ("张三" / "城管局") is none; nor is the part below a unit with its own level ("市财政局")
    if a[0] not in _LEVELS or b[0] in _LEVELS or any(ch in a for ch in "、，,；;"):
        return False
    return not is_units(a) and is_units(a + b)


_LEVELS = frozenset("省市州县区镇乡")


def joined_header(line: str, nxt: str) -> list[str] | None:
    """The header cells of two lines whose columns each print half a head ("责任" over "领导"),
    read together; None where `nxt` is no second header line (a row number, long cells, another
    count of columns)."""
    top, bottom = _split(line), _split(nxt)
    if len(top) != len(bottom) and line.rstrip().endswith("|") != nxt.rstrip().endswith("|"):
        top, bottom = _trim_end(top, line), _trim_end(bottom, nxt)
    if len(top) != len(bottom) or not any(bottom):
        return None
    if any(len(WS.sub("", c)) > _HEAD_PART or row_number(c) for c in bottom if c):
        return None
    heads = [WS.sub("", a + b) for a, b in zip(top, bottom, strict=True)]
    while heads and not heads[0]:
        heads.pop(0)
    while heads and not heads[-1]:
        heads.pop()
    return heads if heads and all(heads) else None


def _trim_end(cells: list[str], line: str) -> list[str]:
    return cells[:-1] if line.rstrip().endswith("|") and cells and not cells[-1] else cells


def figure_cell(row: Row, cols: list[Column], nxt: str | None) -> bool:
    """Is a number that continues the row count (row 1 then "2") the figure of `row`'s next
    column instead: that column holds figures (数量, 总投资, no role of its own), the row has not
    filled it yet, and the line after the number fits the column after the figure better than
    the first column a row opens with?"""
    if nxt is None:
        return False
    no_at = next((k for k, c in enumerate(cols) if c.role == "no"), None)
    if no_at is None:
        return False
    after = [c for c in cols[no_at + 1 :] if c.role != "category"]
    at = len(row.cells)
    if not 0 < at < len(after) - 1 or after[at].role in _WORD_ROLES:
        return False
    kind = cell_type(nxt.rstrip("|").strip())
    return fit(kind, after[at + 1].role) < fit(kind, after[0].role)


def spaced_wrap(line: str, nxt: str) -> str | None:
    """`line` and `nxt` as one row line where a whitespace-separated row wrapped: `line` holds
    the number and the start of the task cell only, `nxt` no number of its own and the rest
    of the row (a unit, person or deadline cell at least). None where `nxt` is no such line."""
    tokens, rest = line.split()[1:], nxt.split()
    if not tokens or not rest or row_number(rest[0]) or compound_number(rest[0]) or "|" in nxt:
        return None
    if any(cell_type(t) in _CLOSING for t in tokens) or not any(cell_type(t) in _CLOSING for t in rest):
        return None
    # broken inside the task cell: its parts join as printed; after a sentence, or where the line
    # below is one unit or deadline cell alone ("县商务局（牵头）、县财政局"), a cell begins
    alone = len(rest) == 1 and cell_type(rest[0]) in _CLOSING
    sep = " " if alone or SENTENCE_PUNCT.search(line.rstrip()[-1:]) else ""
    return f"{line.rstrip()}{sep}{nxt.strip()}"


# a unit list the row's line left open ("县财政局、")
_OPEN_LIST = ("、", "，", ",")
_TAIL_TOKENS = 3


def spaced_tail(row: Row, line: str, nxt: str | None, prev: int) -> bool:
    """Is `line`, without a number of its own, the rest of a whitespace-separated `row`
    wrapped by a PDF: units that close a list the row left open ("县财政局、" / "县自然资源局"),
    or the end of its task cell right before the next row? Adds it to that cell."""
    tokens = line.split()
    if not tokens or "|" in line or not row.cells:
        return False
    if len(tokens) == 1 and _cut_name_goes_on(row, tokens[0]):
        return True
    if _unit_cell_goes_on(row, tokens) or stage_goes_on(row, tokens):
        return True
    if len(tokens) > _TAIL_TOKENS:
        return False
    kinds = [cell_type(t) for t in tokens]
    open_at = next((i for i in range(len(row.cells) - 1, -1, -1) if row.cells[i].endswith(_OPEN_LIST)), None)
    if open_at is not None and all(k == "unit" for k in kinds):
        row.cells[open_at] += "、".join(tokens)
        return True
    following = row_number(nxt.split()[0]) if nxt and nxt.split() else None
    if len(tokens) == 1 and kinds[0] in ("long", "short") and following and following[0] == prev + 1:
        row.cells[0] += tokens[0]
        return True
    if len(tokens) == 1 and kinds[0] == "short" and _ends_last_row(row, tokens[0], nxt):
        row.cells[0] += tokens[0]
        return True
    return False


_CUT_TAIL_MAX = 6  # characters of a name's end a PDF wrapped onto the next line ("设局", "划局")
_LIST_SEPS = re.compile(r"[、，,；;]")


def _cut_name_goes_on(row: Row, token: str) -> bool:
    """The end of a unit name a PDF cut inside its cell ("1 整治黑臭水体 县住房和城乡建 县生态环境分局" /
    "设局"): the first cell after the task's whose last name is no unit name, and is one with the
    token, takes it; a token that opens with a level or 各 is a name of its own (round 42b)."""
    if len(token) > _CUT_TAIL_MAX or SENTENCE_PUNCT.search(token) or token.startswith(PREFIXES):
        return False  # (a name of its own: "县开发区" goes on a list, see _unit_cell_goes_on)
    for i in range(1, len(row.cells)):
        last = _LIST_SEPS.split(row.cells[i])[-1].strip()
        if len(last) > 1 and not is_unit_like(last) and is_unit_like(last + token):
            row.cells[i] += token
            return True
    return False


def _ends_last_row(row: Row, token: str, nxt: str | None) -> bool:
    """The end of the last row's task cell, wrapped by a PDF ("3 建设城乡客运一体 县交通局 各乡镇" /
    "化示范县"): a short piece without punctuation at the page's end or right over a heading (三、…),
    after a task cell left without its closing punctuation."""
    if (
        len(token) > _TITLE_TAIL_MAX
        or SENTENCE_PUNCT.search(token)
        or SENTENCE_PUNCT.search(row.cells[0][-1:])
    ):
        return False
    if nxt is not None and nxt.strip():
        mk = match_marker(nxt.strip()[:_MARKER_SPAN])
        if mk is None or mk.kind not in HEADING_KINDS:
            return False
    return len(row.cells) >= 2 and cell_type(row.cells[1]) == "unit"


def _unit_cell_goes_on(row: Row, tokens: list[str]) -> bool:
    """A row cut after a unit cell printed over several lines ("…县卫健委 各乡镇" / "县开发区" /
    "县直有关单位 达到时序进度 …"): the units opening the next line join that cell, the tokens after
    them are the row's later cells."""
    if cell_type(row.cells[-1]) != "unit":
        return False
    units = 0
    while units < len(tokens) and cell_type(tokens[units]) == "unit":
        units += 1
    if units == 0:
        return False
    joint = "" if row.cells[-1].endswith(_OPEN_LIST) else "、"
    row.cells[-1] += joint + "、".join(tokens[:units])
    row.cells.extend(tokens[units:])
    return True


_TITLE_PART_MAX = 16
_MARKER_SPAN = 48
_TITLE_TAIL_MAX = 8


def join_broken_title(row: Row, cols: list[Column]) -> None:
    """A name cell printed over two lines in a table of one cell per line ("城市用气" / "提升工程"
    before the long 建设内容 cell): where the two first columns after the number both hold text
    (项目名称 | 建设内容) and the row's first two cells are short words before a long one, the
    two short cells are the name's two lines, where together they end as a project's name does
    (工程, 项目 …; a content cell's short first line, "新建城市书房", is no part of the name)."""
    roles = [c.role for c in cols if c.role != "no"]
    cells = row.cells
    if roles[:2] != ["content", "content"] or len(cells) < 3 or row.heads:
        return
    name, tail, body = cells[0], cells[1], cells[2]
    if (
        cell_type(name) == "short"
        and cell_type(tail) == "short"
        and cell_type(body) == "long"
        and len(name) <= _TITLE_PART_MAX
        and len(tail) <= _TITLE_TAIL_MAX
        and not SENTENCE_PUNCT.search(name + tail)
        and row_number(tail) is None
        and (name + tail).endswith(_project_words())
    ):
        cells[:2] = [name + tail]


_WRAPPED_LINE_MIN = 10  # characters of a cell's line cut at the page's margin, at least
_SENTENCE_ENDS = "。；;！!？?）)"
_TEXT_CELLS = frozenset({"long", "short"})
# a cut sentence: a clause of it has ended ("…100公里，改造"), or it stops on a figure ("…稳定在52万");
# a name cell ("新(改、扩)建一批中小学校" over its 建设内容 cell) does neither
_RUNS_ON = re.compile(r"[，,；;]|\d[万亿千百]?$")


def join_broken_sentence(row: Row, cols: list[Column]) -> None:
    """A text cell printed over two lines in a table of one cell per line, cut inside its sentence
    ("全年粮食播种面积稳定在52万" / "亩以上，粮食产量达到22万吨。"): where the row holds more cells
    than the table has columns, a full line that ends no sentence but runs on (a clause ended inside
    it, or it stops on a figure) goes on in the next cell when that one is text and ends or holds a
    sentence (a unit, person or deadline cell never does; a project's name never runs on)."""
    n_cols = sum(1 for c in cols if c.role != "no")
    cells = row.cells
    i = 0
    while len(cells) > n_cols and i + 1 < len(cells):
        a, b = cells[i].strip(), cells[i + 1].strip()
        if (
            len(a) >= _WRAPPED_LINE_MIN
            and a[-1] not in _SENTENCE_ENDS
            and _RUNS_ON.search(a) is not None
            and cell_type(a) in _TEXT_CELLS
            and cell_type(b) in _TEXT_CELLS | {"number"}  # ("危桥10座。": a short cell with a figure)
            and SENTENCE_PUNCT.search(b) is not None
            and row_number(b) is None
        ):
            cells[i : i + 2] = [a + b]
            continue
        i += 1


@functools.cache
def _project_words() -> tuple[str, ...]:
    """Words that end a project's name (工程, 项目, 行动 …: lexicons/task_project_words.txt)."""
    return lexicons.words("task_project_words")
