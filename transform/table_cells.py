"""The cells of a task table: what each column holds (its role) and what each cell looks like.

`column_role` reads a header cell through the lexicon `table_columns.toml` (序号 -> no,
工作任务 -> content, 牵头单位 -> lead, 责任单位 -> resp, 配合单位 -> part, 责任领导 -> leader,
完成时限 -> deadline, 进展情况 -> other, 类别 -> category). `cell_type` says whether a cell is a
unit list, a person, a deadline, a figure or its measure word, or text. `align` puts the cells
of one row into the columns by both: the cheapest monotone assignment, so that merged, missing,
split and sub-row cells still land in their column (a row's cells in a text rendering are not
always one per column).

Long module: a column's role, a cell's type and their alignment are one model of a row (the
costs of `align` are read against the kinds `cell_type` and `row_kinds` give).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from transform import lexicons
from transform.gazetteer import is_unit_like
from transform.memo import per_document
from transform.table_years import MILESTONE_FIRST, is_milestones, task_period_heads, task_year_heads
from transform.unit_clauses import is_clause_cell
from transform.unit_labels import is_labelled_units
from transform.unit_persons import is_contact_piece, name_end
from transform.unit_words import simplified

UNIT_ROLES = ("lead", "resp", "part")
HEAD_FIRST = frozenset("序编NnＮ")


@functools.cache
def _role_rules() -> tuple[tuple[str, frozenset[str], re.Pattern | None], ...]:
    rules = lexicons.table("table_columns")["role"]
    return tuple(
        (
            r["name"],
            frozenset(r.get("exact", ())),
            re.compile("|".join(map(re.escape, r["words"]))) if r.get("words") else None,
        )
        for r in rules
    )


WS = re.compile(r"[ \t\u3000\u00a0]+")


@per_document
def column_role(head: str) -> str | None:
    """The role of a header cell (序号 -> no, 牵头单位 -> lead, 责任领导 -> leader …), or None."""
    h = simplified(WS.sub("", head).strip("|｜:："))  # (a traditional mirror's 牽頭單位 reads alike)
    if not h or len(h) > 24:
        return None
    for name, exact, words in _role_rules():
        if h in exact or (words is not None and words.search(h)):
            return name
    return None


def is_number_head(text: str) -> bool:
    """A 序号 cell: the start of a (next) table's header."""
    return len(text) <= 8 and text[:1] in HEAD_FIRST and column_role(text) == "no"


@dataclass(slots=True)
class Column:
    role: str
    head: str


def header(cells: list[str]) -> list[Column] | None:
    """The columns of a header row, or None when the cells do not head a task table.

    A task table numbers its rows or names their content, and has a unit, person or deadline
    column, or numbers its rows and names the work in a content column (序号 | 项目名称 | 建设内容:
    `names_work`); at most one header cell in three may be unknown (kept as an "other" column).
    """
    cells = [c for c in (WS.sub("", c) for c in cells)]
    while cells and not cells[-1]:
        cells.pop()
    if not 3 <= len(cells) <= _MAX_COLUMNS or any(len(c) > 24 for c in cells):
        return None
    cols = [Column(column_role(c) or "extra", c) for c in cells]
    if any("整改" in c or c.startswith("整治") for c in cells):  # (整治措施: round 43c)
        _problem_columns(cols)
    for c in cols:
        if c.role == "other" and c.head.endswith(_BODY_ENDINGS):
            c.role = "assess"  # 评分部门, 考核单位, 督办单位: units, none of which carries the task
    roles = {c.role for c in cols}
    unknown = sum(1 for c in cells if column_role(c) is None)
    unknown -= task_year_heads(cells, roles)  # 任务 | 2025年 | 2026年 | 责任单位: no unknown heads
    unknown -= task_period_heads(cells, roles)  # … | 一季度 | 二季度 | … or 3月底前 | 6月底前 (a 台账)
    if not ({"no", "content"} & roles):
        return None
    if not (roles & {"lead", "resp", "part", "leader", "deadline"}) and not names_work(cols):
        return None
    if unknown * 3 > len(cells):
        return None
    return two_row_header(cols)


_BODY_ENDINGS = ("部门", "单位", "科室")


def _problem_columns(cols: list[Column]) -> None:
    """A 整改 table (存在问题 | 整改目标 | 整改措施 | 整改时限): each row puts a problem right, so
    its 问题 column names the row (role "problem": the row's title), where a progress table's
    (进展情况 | 存在问题) reports difficulties. Its figures describe what is wrong: they stay out
    of the task's text, as a progress column's do."""
    for c in cols:
        if "问题" in c.head and c.role in ("progress", "extra"):
            c.role = "problem"


@functools.cache
def _work_columns() -> tuple[re.Pattern, re.Pattern]:
    lex = lexicons.table("table_work_columns")
    return (
        re.compile("|".join(map(re.escape, lex["work"]))),
        re.compile("|".join(map(re.escape, lex["entities"] + lex["indicator"]))),
    )


#: a year column of an indicator table: "2025年", "2025年底", "2025年目标", "2023年基期值"
_YEAR_HEAD = re.compile(r"\d{4}年?[底末]?(目标|预期|规划|计划|基期|实际|现状)?值?")


def names_work(cols: list[Column]) -> bool:
    """A header without unit, person or deadline columns that heads a task table nonetheless:
    it numbers its rows and a content column names work or a project (项目名称, 实事项目,
    工作任务, 建设内容 …), while no column names entities (企业名称, 姓名, 村名, 地址: a 公示 list)
    or an indicator table's columns (指标名称, 单位, 2025年)."""
    work, other = _work_columns()
    roles = [c.role for c in cols]
    if "no" not in roles or "measure" in roles:
        return False
    if any(other.search(c.head) or _YEAR_HEAD.fullmatch(c.head) for c in cols):
        return False
    return any(c.role == "content" and work.search(c.head) for c in cols)


def two_row_header(cols: list[Column]) -> list[Column]:
    """A header printed on two rows, flattened: "序号 | 工作任务 | 责任单位 | 完成时限" over
    "牵头单位 | 配合单位" reads "… 责任单位 完成时限 牵头单位 配合单位"; the sub-columns stand where
    their 责任单位 does."""
    resp = next((j for j, c in enumerate(cols) if c.role == "resp"), None)
    if resp is None:
        return cols
    tail = len(cols)
    while tail > 0 and cols[tail - 1].role in UNIT_ROLES:
        tail -= 1
    subs = cols[tail:]
    if len(subs) < 2 or tail <= resp + 1 or any(c.role in UNIT_ROLES for c in cols[resp + 1 : tail]):
        return cols
    return cols[:resp] + subs + cols[resp + 1 : tail]


# ---------------------------------------------------------------------------------------------
# what a cell looks like
# ---------------------------------------------------------------------------------------------

EMPTY_CELLS = frozenset({"", "/", "／", "-", "—", "——", "－", "无", "\\", "…", "——/"})
SENTENCE_PUNCT = re.compile(r"[。；;，,！!？?：:]")
_DEADLINE_CELL = re.compile(
    r"\d{1,2}\s*月|年底|年末|年内|全年|上半年|下半年|季度|长期|持续|常态|每年|每月|每季|"
    r"日前|之前|以前|\d{4}\s*年|\d{4}[-./]\d{1,2}"
)
#: a deadline cell is mostly its time: "2024年12月底前完成", "9月投入使用", not "洋县2024年老旧小区改造项目"
_DEADLINE_REST = 6
# a schedule cell: milestones ①②… (or 1. 2.) that each open with their time ("①3月底前，完成选址。
# ②6月底前，开工建设。"): the row's deadline, not its work
_DATED_ITEM = re.compile(
    r"(?:^|(?<=[。；;，,\s]))[①-⑳]\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月|年底|年内|[一二三四]季度)"
)
_UNIT_SPLIT = re.compile(r"[、，,；;\s/／]+")
_TRAILING_NOTE = re.compile(r"[（(][^（()）]{0,12}[）)]$")
_SHORT_BRACKET = re.compile(r"[（(][^（()）]{0,12}[）)]")
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
    """ "万亩", "万元/人", "%": a measure column's cell."""
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
    compact = WS.sub("", text)
    if not compact or is_unit_like(compact):
        return False
    if _is_name(compact):
        return True
    parts = [p for p in re.split(r"[、，,\s]+", text) if p]
    return len(parts) > 1 and all(_is_name(p) and not is_unit_like(p) for p in parts)


_NOT_UNIT_START = ("对", "为", "在", "向", "按", "从", "将", "把", "于", "与", "和")


# a cell "A（B、C）" of a combined column (牵头（配合）单位): the names before and inside the bracket
_BRACKETED_LIST = re.compile(r"^([^（()）]{2,80})[（(]([^（()）]{2,120}[、，,][^（()）]{2,120})[)）]$")


def is_units(text: str) -> bool:
    """A cell that lists unit names only ("区教体局", "县财政局、各乡镇", "市商务局 市财政局",
    "县住建局（县生态环境分局、县发改局）")."""
    bracketed = _BRACKETED_LIST.match(text.strip())
    if bracketed is not None:
        return is_units(bracketed.group(1)) and is_units(bracketed.group(2))
    if "、" in text and ("（" in text or "(" in text):  # "各县（市、区）政府": the 、 inside stays
        text = _SHORT_BRACKET.sub(lambda m: m.group().replace("、", ""), text)
    parts = [p for p in _UNIT_SPLIT.split(text) if p]
    if len(parts) > 1 and is_unit_like(parts[0]):  # "县商务局 李娜 13800001111": its contact
        parts = [parts[0], *(p for p in parts[1:] if not is_contact_piece(p))]
    if not parts or (len(parts) == 1 and text.rstrip().endswith("。") and len(parts[0]) > 12):
        return False  # a long sentence that happens to end in 镇/区/中心
    for p in parts:
        core = _TRAILING_NOTE.sub("", p.rstrip("。.")).removesuffix("等")
        # a person or a deadline glued to the unit ("县司法局周敏", "县消防救援大队2025年10月底前": 42b)
        core = core[: name_end(core)]
        if (
            len(core) > 30
            or _DIGIT.search(core)
            or core.startswith(_NOT_UNIT_START)
            or starts_with_task_verb(core)
            or not is_unit_like(core)
        ):
            return False
    return True


_CIRCLED_FIRST = frozenset("①②③④⑤⑥⑦⑧⑨⑩")


def _is_schedule(text: str) -> bool:
    """Milestones ①②… that each open with their time, from the cell's start on (at least two)."""
    items = text.count("①") + text.count("②") + text.count("③")
    if items < 2:
        return False
    dated = _DATED_ITEM.findall(text)
    return len(dated) >= 2 and _DATED_ITEM.match(text) is not None and len(dated) * 3 >= items * 2


def row_kinds(cells: list[str], cols: list[Column]) -> list[str]:
    """The `cell_type` of each cell of a row; under a content column that names a kind of body
    (专班名称, 工作组名称: `table_body_names`), a unit-like cell ending in that word (城区更新专班) is
    a task's name ("short"), not a unit."""
    kinds = [cell_type(c) for c in cells]
    bodies = _content_bodies(tuple(c.head for c in cols if c.role == "content"))
    if bodies:
        for i, c in enumerate(cells):
            if kinds[i] == "unit" and simplified(c.strip()).endswith(bodies):
                kinds[i] = "short"
    return kinds


@functools.cache
def _content_bodies(heads: tuple[str, ...]) -> tuple[str, ...]:
    named = {simplified(h) for h in heads}
    return tuple(w for w in lexicons.words("table_body_names") if any(w in h for h in named))


def _dated_unit(compact: str) -> bool:
    """A unit name with its deadline glued after it ("县财政局2025年6月底前"): a unit cell (round 42b)."""
    end = name_end(compact) if compact[:1] in _UNIT_FIRST else 0
    return 1 < end < len(compact) and is_unit_like(compact[:end])


_UNIT_FIRST = frozenset("省市州盟县区旗乡镇各縣區鄉鎮")


def cell_type(text: str) -> str:
    """empty | deadline | person | unit | number | short | long."""
    t = text.strip()
    if t in EMPTY_CELLS:
        return "empty"
    compact = WS.sub("", t)
    if (
        len(compact) <= 16
        and _DEADLINE_CELL.search(compact)
        and not SENTENCE_PUNCT.search(compact)
        and len(_DEADLINE_CELL.sub("", compact)) <= _DEADLINE_REST
        and not _dated_unit(compact)
    ):
        return "deadline"
    if compact[:1] in _CIRCLED_FIRST and _is_schedule(t):
        return "deadline"
    if compact[:1] in MILESTONE_FIRST and is_milestones(compact):  # 6月底封顶，12月底竣工
        return "deadline"
    if len(compact) <= 6 and (_DIGIT.search(compact) or _is_measure(compact)):
        return "number"
    if len(compact) <= 16 and is_person(t):
        return "person"
    if is_units(t) or is_clause_cell(t) or is_labelled_units(t):
        return "unit"
    if len(compact) > 14 or SENTENCE_PUNCT.search(compact):
        return "long"
    return "short"


# ---------------------------------------------------------------------------------------------
# aligning a row's cells with the columns
# ---------------------------------------------------------------------------------------------

_MAX_COLUMNS = 16  # a task table has a handful of columns; more is no task table
_MAX_CELLS = 64  # cells of one row that are aligned at most (the alignment is n·m²)
# Costs are in tenths (integers: equal sums compare equal, so ties always go the same way).
_BAD = 30
# how well a cell of a type fits a column of a role (0 = typical)
_FIT: dict[str, dict[str, int]] = {
    "content": {"long": 0, "short": 3, "number": 8, "deadline": 12, "unit": 15, "person": 20},
    "category": {"short": 2, "long": 8, "number": 20, "unit": 20, "person": 20, "deadline": 20},
    "lead": {"unit": 0, "short": 12, "person": 20, "long": 25, "number": 25, "deadline": 25},
    "leader": {"person": 0, "short": 10, "unit": 20, "long": _BAD, "number": 25, "deadline": 25},
    "deadline": {"deadline": 0, "short": 10, "number": 15, "long": 25, "unit": 25, "person": 25},
    "other": {"number": 4, "long": 6, "short": 6, "deadline": 8, "unit": 10, "person": 10},
    "measure": {"number": 0, "short": 6, "long": 20, "deadline": 15, "unit": 15, "person": 15},
}
_FIT["extra"] = _FIT["other"]
_FIT["progress"] = {"long": 1, "short": 3, "number": 3, "deadline": 6, "unit": 10, "person": 10}
_FIT["resp"] = _FIT["part"] = _FIT["lead"]
_FIT["problem"] = _FIT["content"]
_FIT["assess"] = _FIT["lead"]  # (a column of units that score or oversee the task)
# leaving a column without a cell (a category spans rows, a progress column is often empty)
_SKIP = {
    "category": 0,
    "other": 3,
    "extra": 3,
    "measure": 3,
    "progress": 3,
    "content": 7,
    "problem": 7,
    "lead": 6,
    "resp": 5,
    "part": 4,
    "assess": 4,
    "leader": 4,
    "deadline": 4,
}
# a further cell in the same column (units one per line, a sentence broken over lines)
# (the first unit column usually names one lead; a later one lists the many who take part)
_MERGE = {
    "content": 2,
    "problem": 2,
    "category": 5,
    "other": 1,
    "extra": 1,
    "progress": 1,
    "measure": 10,
    "leader": 1,
    "deadline": 10,
    "lead": 3,
    "resp": 3,
    "part": 0,
    "assess": 3,
}
_SKIP_EARLY_CONTENT = 3
_MERGE_SURE = 15  # cells delimited by the rendering rarely share a column
_MERGE_MISFIT = 10  # a non-unit cell joining a unit column, a non-person joining a person column
_MERGE_EMPTY = 2
_WRAP = 10  # a sub-row: cells start again at the first column


def _fit(kind: str, role: str) -> int:
    if kind == "empty":  # "-" or "/": a placeholder, likelier in a figure or unit column
        return 1 if role in ("content", "category") else 0
    return _FIT[role].get(kind, _BAD)


def fit(kind: str, role: str) -> int:
    """How badly a cell of `kind` fits a column of `role` (0: typical)."""
    return _fit(kind, role) if role in _FIT else _BAD


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
    k = 0
    for j, r in enumerate(roles):
        if r == "content" and j < last_content:
            skip[j] = _SKIP_EARLY_CONTENT + k  # the earlier, the cheaper to leave empty
            k += 1
    before = [0]
    for s in skip:
        before.append(before[-1] + s)  # before[j]: skipping columns 0..j-1
    inf = 1 << 40
    cost = [[inf] * m for _ in range(n)]
    back = [[0] * m for _ in range(n)]
    for j in range(m):
        cost[0][j] = before[j] + _fit(kinds[0], roles[j])
    for i in range(1, n):
        kind = kinds[i]
        prev = cost[i - 1]
        # the cheapest way to come from a later column (a wrap), for every j: a suffix minimum
        later = [(inf, 0)] * (m + 1)
        for p in range(m - 1, -1, -1):
            later[p] = min(later[p + 1], (prev[p], p))
        earlier = (inf, 0)  # min over p < j of prev[p] - before[p + 1] (skipping p+1..j-1)
        row, brow = cost[i], back[i]
        for j in range(m):
            # ties go to the earliest column, as a scan of p = 0 … m-1 would have it
            best, arg = earlier[0] + before[j], earlier[1]
            stay = prev[j] + _merge_cost(kind, roles[j], sure)
            if stay < best:
                best, arg = stay, j
            wrap = later[j + 1]
            if wrap[0] + _WRAP + before[j] < best:
                best, arg = wrap[0] + _WRAP + before[j], wrap[1]
            row[j], brow[j] = best + _fit(kind, roles[j]), arg
            if prev[j] - before[j + 1] < earlier[0]:
                earlier = (prev[j] - before[j + 1], j)
    last = min(range(m), key=lambda j: cost[n - 1][j] + before[m] - before[j + 1])
    out = [last]
    for i in range(n - 1, 0, -1):
        last = back[i][last]
        out.append(last)
    return out[::-1]
