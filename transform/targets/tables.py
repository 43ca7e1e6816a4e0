"""Rows of a 主要指标 table rendered as "指标 | 单位 | 2022年 | 2025年 | 属性" lines: one target
each, from the latest year column. The words are data: lexicons/targets_tables.toml.

Long module: three renderings of the table (piped rows, a cell per line, cells spaced by
whitespace) share its cell patterns and its row record."""

from __future__ import annotations

import math
import re

from transform.numerals import to_halfwidth
from transform.targets.area_tables import AREA_HEADS, area_header, table_target
from transform.targets.flatcells import (
    CHANGE_CELL_RE,
    HEAD_YEAR_RE,
    bare_cell,
    bare_cell_tables,
    flat_table_spans,
    header_years,
)
from transform.targets.qualifiers import _CJK_RE
from transform.targets.quantity import SUFFIX_CMP
from transform.targets.words import lex
from transform.unit_scale import BASE_UNITS, unit_kind

_CELL_NUM_RE = re.compile(
    r"^(?P<cmp>≥|≤|>=|<=|>|<|约|⩾|⩽)?\s?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s?(?P<unit>%|‰)?\s?"
    r"(?P<suf>以上|以下|以内|左右)?$"
)
# "120亿元", "≥220家", "20亿美元以上": a figure that prints its unit (a table without a unit column)
_CELL_QTY_RE = re.compile(
    r"^(?P<cmp>≥|≤|>=|<=|>|<|约|⩾|⩽)?\s?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s?"
    r"(?P<unit>[\u4e00-\u9fff/]{1,6}?)\s?(?P<suf>以上|以下|以内|左右)?$"
)
# "[14]", "〔14〕" (the bracket of national and provincial outlines): a figure over the whole
# period (a cumulative change) in a 累计/年均 column
_BRACKET_NUM_RE = re.compile(
    r"^[\[［【〔](?P<cmp>)\s?(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>%|‰)?\s?(?P<suf>)[\]］】〕]$"
)
_NAME_HEADS = frozenset(lex("targets_tables", "name_heads"))
_PERIOD_HEAD_RE = re.compile("^(?:" + "|".join(map(re.escape, lex("targets_tables", "period_heads"))) + r")")
_UNIT_IN_NAME_RE = re.compile(r"\s?[(（]\s?(?P<u>[^()（）]{1,8})\s?[)）]\s?$")
_ATTR_CELLS = frozenset(lex("targets_tables", "attr_cells"))
_SERIAL_HEADS = frozenset(lex("targets_tables", "serial_heads"))
_SERIAL_RE = re.compile(r"^\d{1,3}[.、]?$")
_UNIT_HEADS = lex("targets_tables", "unit_heads")
_NAME_HEADS = frozenset(lex("targets_tables", "name_heads"))
_TABLE_INC_RE = re.compile(
    "(?:" + "|".join(map(re.escape, lex("targets_tables", "increase_names"))) + ")(?:率)?$"
)
_TABLE_DEC_RE = re.compile(
    "(?:" + "|".join(map(re.escape, lex("targets_tables", "decrease_names"))) + ")(?:率)?$"
)
_CELL_CMP = {
    "≥": ">=",
    ">=": ">=",
    "⩾": ">=",
    "≤": "<=",
    "<=": "<=",
    "⩽": "<=",
    ">": ">",
    "<": "<",
    "约": "~",
}


def _table_targets(
    t: str, text: str, default_year: int | None, annual_year: int | None, first_year: int | None = None
) -> tuple[list[tuple[int, dict]], list[tuple[int, int]]]:
    # Long function: one indicator table row: its name, unit and year columns, read in one pass.
    """Targets of indicator-table rows and the spans of those rows (numbers there are done)."""
    if "[" in text or "［" in text or "〔" in text:
        t = to_halfwidth(text)  # (a cell's "[14]" is a figure over the period, never a blanked mark)
    out: list[tuple[int, dict]] = []
    spans: list[tuple[int, int]] = []
    year_cols: dict[int, int] = {}
    base: set[int] = set()
    unit_col = name_col = period_col = serial_col = growth_col = -1
    head_n = 0
    head_cells: list[str] = []
    pos = 0
    for line in t.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count("|") < 2:
            continue
        cells = [c.strip() for c in line.split("|")]
        heads = {i: HEAD_YEAR_RE.match(c) for i, c in enumerate(cells)}
        bare = None if any(heads.values()) else bare_target_head(cells)
        if bare is not None or (
            any(heads.values())
            and not any(_CELL_NUM_RE.match(c) for c in cells if c and not HEAD_YEAR_RE.match(c))
        ):
            # (a plain 目标值 column: year 0, the plan's year where it has one)
            year_cols = {i: int(m.group("y")) for i, m in heads.items() if m} if bare is None else {bare: 0}
            unit_col = next((i for i, c in enumerate(cells) if c in _UNIT_HEADS), -1)
            name_col = next((i for i, c in enumerate(cells) if c in _NAME_HEADS), -1)
            period_col = next((i for i, c in enumerate(cells) if _PERIOD_HEAD_RE.match(c)), -1)
            serial_col = next((i for i, c in enumerate(cells) if c in _SERIAL_HEADS), -1)
            base = _baseline_columns(cells, year_cols, first_year) if bare is None else set()
            growth_col = _growth_col(cells, year_cols, base, period_col)
            head_n = len(cells)
            head_cells = cells
            continue
        if 0 < len(cells) < head_n and name_col > 0 and _CJK_RE.search(cells[0]):
            # a row under a category printed on its first row only: its cells fill the columns
            # from the indicator's on
            cells = [""] * min(head_n - len(cells), name_col) + cells
        elif 0 < len(cells) < head_n and 0 < serial_col < name_col and _SERIAL_RE.match(cells[0]):
            # … or from its serial number's on ("2 | 孕产妇死亡率 | /10万 | …" under "健康水平 | 1 | …")
            cells = [""] * min(head_n - len(cells), serial_col) + cells
        picked = _plan_year_cells(cells, year_cols, base, period_col) if year_cols else []
        nums = [(i, m) for i, c in enumerate(cells) if (m := _cell_figure(c))]
        if not picked and (year_cols or not nums):
            continue
        names = [
            (i, c)
            for i, c in enumerate(cells)
            if c
            and c not in _ATTR_CELLS
            and _CJK_RE.search(c)
            and c not in BASE_UNITS
            and i != unit_col
            and not HEAD_YEAR_RE.match(c)
        ]
        if not names:
            continue
        # the indicator column the header names, where this row fills it (rows keep their width)
        ni, name = next(((i, c) for i, c in names if i == name_col), names[0])
        unit = ""
        if 0 <= unit_col < len(cells) and cells[unit_col]:
            unit = "" if cells[unit_col] in _DASH_CELL else cells[unit_col]
        else:
            unit = next((c for c in cells if c in BASE_UNITS), "")
        um = _UNIT_IN_NAME_RE.search(name)
        if not unit and um:
            unit = um.group("u")
        if um:
            name = name[: um.start()]
        # one target per year column after the baseline ("2023年 | 2024年 | 2025年": one a year)
        found = len(out)
        for ci, m in picked or [nums[-1]]:
            year = ((year_cols.get(ci) or max(year_cols.values())) if picked else None) or default_year
            cell_unit = m.group("unit") or unit
            # (a figure in a year column needs no unit: a coefficient, a count printed bare)
            if (not cell_unit and not year_cols) or ci < ni:
                continue
            value = float(m.group("num").replace(",", ""))
            if not math.isfinite(value):
                continue
            if year is None and annual_year is not None:
                year = annual_year
            out.append((start, _row(name, value, cell_unit, m, year, text[start : pos - 1])))
        if picked and len(out) > found and period_col not in dict(picked):
            # the 年均增长 column beside the year columns: the rate of growth to the last year
            row = out[-1][1]
            out += [
                (start, r)
                for r in _period_change(cells, period_col, head_cells, name, row["year"], row["text"])
            ]
        if picked and len(out) > found and growth_col >= 0:
            out += [(start, r) for r in _growth_change(cells, growth_col, head_cells, name, out[found][1])]
        if len(out) > found:
            spans.append((start, pos - 1))
    return out, spans


def _period_change(
    cells: list[str], col: int, heads: list[str], name: str, year: int | None, clause: str
) -> list[dict]:
    """The percentage in a 年均增长 / 年均下降 column (its head names the change) of a row whose
    year columns hold its levels: "地区生产总值 | 亿元 | 3150 | 4300 | 6.5%" -> 6.5% increase."""
    if not 0 <= col < min(len(cells), len(heads)):
        return []
    head = heads[col]
    change = "increase" if _HEAD_INC_RE.search(head) else "decrease" if _HEAD_DEC_RE.search(head) else None
    m = _CELL_NUM_RE.match(cells[col])
    if change is None or m is None:
        return []
    if m.group("unit") != "%" and (m.group("unit") or not _HEAD_PCT_RE.search(head)):
        return []  # a percentage only: the cell's "6.5%", or a bare "3.1" under "年均下降（%）"
    row = _row(name, float(m.group("num")), "%", m, year, clause)
    row["change"] = change
    return [row]


def _growth_col(cells: list[str], year_cols: dict[int, int], base: set[int], period_col: int) -> int:
    """The column of a header with one target column that states its change over the year before
    ("指标 | 单位 | 目标值 | 增长（%）", "2026年目标 | 比上年增长（%）"), or -1."""
    if len(year_cols) - len(base) != 1:
        return -1
    for i, c in enumerate(cells):
        if i in year_cols or i == period_col or len(c) > 10 or not _HEAD_PCT_RE.search(c):
            continue
        if _HEAD_INC_RE.search(c) or _HEAD_DEC_RE.search(c):
            return i
    return -1


def _growth_change(cells: list[str], col: int, heads: list[str], name: str, row: dict) -> list[dict]:
    """The change a growth column states for the row's target (`row`): over the year before it."""
    out = _period_change(cells, col, heads, name, row["year"], row["text"])
    for r in out:
        r["baseline_year"] = row["year"] - 1 if row["year"] else None
    return out


_HEAD_INC_RE = re.compile("|".join(map(re.escape, lex("targets_tables", "increase_names"))))
_HEAD_DEC_RE = re.compile("|".join(map(re.escape, lex("targets_tables", "decrease_names"))))
_HEAD_PCT_RE = re.compile(r"[（(]\s?%\s?[)）]$")


def _cell_figure(cell: str) -> re.Match | None:
    """A cell holding a figure: "120", "≥90%", "6左右", or one with its unit ("120亿元", "≥220家")."""
    m = _CELL_NUM_RE.match(cell)
    if m is None and cell[-1:] > "\u4e00" and (q := _CELL_QTY_RE.match(cell)) is not None:
        return q if unit_kind(q.group("unit")) not in ("unknown", "none") else None
    return m


_BASE_HEAD_RE = re.compile(r"基数|基期|基准|现状")
_RESULT_HEAD_RE = re.compile(r"实际|完成")


def _baseline_columns(cells: list[str], year_cols: dict[int, int], first_year: int | None) -> set[int]:
    """The year columns of a header that state no target: a baseline or a result it names so
    ("2020年基数", "2022年现状值", "2020年完成"), those before the plan's first year, and else (no
    baseline found) the earliest of two or more left, unless three or more run on one year at a
    time ("2023年 | 2024年 | 2025年") or start no earlier than the plan ("2026年 | 2028年 | 2030年" in a
    plan from 2026)."""
    named = {i for i in year_cols if _BASE_HEAD_RE.search(cells[i])}
    results = {i for i in year_cols if _RESULT_HEAD_RE.search(cells[i])}
    before = {i for i, y in year_cols.items() if first_year is not None and y < first_year}
    base = named | results | before
    rest = sorted((y, i) for i, y in year_cols.items() if i not in base)
    if named or before or len(rest) < 2:
        return base
    years = sorted({y for y, _ in rest})
    if len(years) >= 3 and all(b - a == 1 for a, b in zip(years, years[1:], strict=False)):
        return base
    if len(years) >= 3 and first_year is not None and years[0] >= first_year:
        return base  # "2026年 | 2028年 | 2030年" in a plan from 2026: each a milestone, none a base
    return base | {rest[0][1]}


def _plan_year_cells(
    cells: list[str], year_cols: dict[int, int], base: set[int], period_col: int
) -> list[tuple[int, re.Match]]:
    """The cells of a row that state its targets: each year column but the baseline ones
    (`_baseline_columns`) with a figure (a bracketed figure over the period too: "[18]"); where the
    year columns hold none, the 累计/年均 column ("能耗降低 | — | — | [14]")."""
    out = []
    for i in sorted(year_cols):
        if i in base or i >= len(cells):
            continue
        m = _cell_figure(cells[i]) or _BRACKET_NUM_RE.match(cells[i])
        if m is not None:
            out.append((i, m))
    if not out and 0 <= period_col < len(cells):
        m = _BRACKET_NUM_RE.match(cells[period_col]) or _CELL_NUM_RE.match(cells[period_col])
        if m is not None:
            out.append((period_col, m))
    return out


_UNIT_CELL_RE = re.compile(r"^[^\d\s|]{1,8}$")
# a rate's unit cell: "/10万", "1/10万", "/千" (孕产妇死亡率, 结核病报告发病率)
_RATE_CELL_RE = re.compile(r"^1?/\s?(?:10)?万$|^1?/\s?千$")
# cells of a flattened table: one per line, or joined with 。 by the structure step
_CELL_SEP_RE = re.compile("[\n。]")
# a value cell alone between two separators: only then can a text hold such a table
_VALUE_CELL_RE = re.compile(
    r"[\n。]\s*(?:≥|≤|>=|<=|>|<|约|⩾|⩽)?\s?\d[\d.,]*\s?[%‰]?\s?"
    r"(?:以上|以下|以内|左右)?\s*\|?\s*(?:[\n。]|$)"
)


def _unit_cell(line: str) -> bool:
    """A cell that is a unit alone: %, 万亩, 亿斤, 万元/人."""
    if _RATE_CELL_RE.match(line):
        return True
    return bool(_UNIT_CELL_RE.match(line)) and unit_kind(line) not in ("unknown", "none")


def _name_cell(line: str) -> bool:
    return (
        0 < len(line) <= 40
        and _CJK_RE.search(line) is not None
        and not _unit_cell(line)
        and line not in _ATTR_CELLS
        and _CELL_NUM_RE.match(line) is None
        and "|" not in line
    )


def _line_cell_targets(
    t: str, text: str, default_year: int | None, annual_year: int | None
) -> tuple[list[tuple[int, dict]], list[tuple[int, int]]]:
    """Indicator tables flattened one cell per line (or per 。): "粮食播种面积 / 万亩 / 0.07" or
    "农林牧渔业增加值增幅 / % / ≥2%" give one target each (a name cell, a unit cell unless the
    value cell has its unit, then the value cell); a number line without a unit (a row number)
    is none. Returns the targets and the spans of their value lines."""
    out: list[tuple[int, dict]] = []
    spans: list[tuple[int, int]] = []
    if _VALUE_CELL_RE.search(t) is None:
        return out, spans
    lines = _cell_lines(t)
    header = header_years([c for _, c in lines])
    lead: tuple[int, int | None] | None = None
    for k in range(1, len(lines)):
        start, cell = lines[k]
        m = _CELL_NUM_RE.match(cell)
        if m is None and not (header and cell in _DASH_CELL):
            continue
        # "学前教育毛入园率(%) / 99% / 99%以上 / 约束性": a row whose header stands elsewhere;
        # the first figure is the base year's, the second the target
        target = _target_after_base(lines, k) if m is not None and not header else None
        named = _name_and_unit(
            lines, k, (m.group("unit") or "") if m else "", len(header) > 1 or bool(target)
        )
        if named is None:
            continue
        j, name, unit = named
        year = default_year if default_year is not None else annual_year
        if year is None and not header and target is not None:
            lead = lead or _lead_in_year(t, lines, j)  # (once a text: the heading is looked for once)
            year = lead[1] if j > lead[0] else None
        run = lines[k : k + len(header)]
        if target is not None:
            spans.append((start, start + len(cell)))
            start, cell, m = target
            unit = m.group("unit") or unit
        if len(header) > 1 and len(run) == len(header):
            i = _year_column(header, run, spans)
            if i is None:
                clause = text[lines[j][0] : run[-1][0] + len(run[-1][1])]
                if rec := _change_cell_row(name, unit, header, run, clause):
                    out.append((run[0][0], rec))
                continue
            start, cell = run[i]
            m = _figure(cell)
            if m is None:
                continue  # "—": no figure for that year
            year, unit = header[i], m.group("unit") or unit
        elif m is None:
            continue
        value = float(m.group("num").replace(",", ""))
        if not math.isfinite(value):
            continue
        out.append((start, _row(name, value, unit, m, year, text[lines[j][0] : start + len(cell)])))
        spans.append((start, start + len(cell)))
    return out, spans


def _cell_lines(t: str) -> list[tuple[int, str]]:
    """(start, stripped cell) of the non-empty cells of a text printed a cell per line (or per 。)."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in _CELL_SEP_RE.split(t):
        cell = bare_cell(raw.strip())
        if cell:
            lines.append((pos + raw.index(cell[0]), cell))
        pos += len(raw) + 1
    return lines


_ROW_END_ATTRS = frozenset(lex("targets_tables", "row_end_attrs"))
_TARGET_HEADS = frozenset(lex("targets_tables", "target_heads"))
# the year a goals paragraph leads in with: "到2027年，", "至2026年，", "力争到2025年"
_LEAD_IN_RE = re.compile(r"(?:到|至)\s?((?:19|20)\d{2})\s?年(?:底|末)?[，,]")


def _lead_in_year(t: str, lines: list[tuple[int, str]], j: int) -> tuple[int, int | None]:
    """(index of the heading cell, year) of a table whose target column names no year ("基期值 /
    目标值"), asked at its first row (name cell j): the heading is the last 目标值 cell before the
    row, the year the last one the text leads in with before that heading ("到2027年，…"); the year
    is None where no lead-in stands before it, the index len(lines) where no heading is found."""
    head = next((x for x in range(j - 1, -1, -1) if lines[x][1] in _TARGET_HEADS), len(lines))
    if head == len(lines):
        return head, None
    years = _LEAD_IN_RE.findall(t, 0, lines[head][0])
    return head, (int(years[-1]) if years else None)


def _target_after_base(lines: list[tuple[int, str]], k: int) -> tuple[int, str, re.Match] | None:
    """(start, cell, figure) of the target cell of a row without its header: the value cell k,
    then one more figure and the row's attribute cell (约束性, 预期性) right after it; None
    elsewhere."""
    if k + 2 >= len(lines) or lines[k + 2][1] not in _ROW_END_ATTRS:
        return None
    start, cell = lines[k + 1]
    m = _CELL_NUM_RE.match(cell)
    return None if m is None else (start, cell, m)


def _name_and_unit(
    lines: list[tuple[int, str]], k: int, unit: str, year_columns: bool
) -> tuple[int, str, str] | None:
    """(index, name, unit) of the cells before the value cell k: a unit cell then a name cell, or,
    in a table with year columns, a name that ends with its unit in brackets ("森林覆盖率(%)",
    "细颗粒物浓度(微克/立方米)"); None where no name and unit stand there."""
    j = k - 1
    if _unit_cell(lines[j][1]):
        unit, j = unit or lines[j][1], j - 1
    if j < 0 or not _name_cell(lines[j][1]):
        return None
    name = lines[j][1]
    um = _UNIT_IN_NAME_RE.search(name) if year_columns and name.endswith((")", "）")) else None
    if um is not None and (
        unit_kind(um.group("u")) not in ("unknown", "none") or um.group("u") in ("%", "‰")
    ):
        unit, name = unit or um.group("u"), name[: um.start()]
    return (j, name, unit) if unit else None


def _year_column(header: list[int], run: list[tuple[int, str]], spans: list[tuple[int, int]]) -> int | None:
    """The year column a row's target is read from: the latest one where every year column holds
    a figure or a dash ("250 / 360" under "2020年 / 2025年"); where some hold words ("持续改善",
    "省下达目标值"), the latest after the first (the base year's) that holds a figure; None where
    none does. The spans of the cells read are added to `spans`."""
    if all(_value_cell(c) for _, c in run):
        spans.extend((a, a + len(c)) for a, c in run)
        return max(range(len(header)), key=header.__getitem__)
    figures = [i for i in range(1, len(run)) if _figure(run[i][1])]
    if not figures:
        spans.extend((a, a + len(c)) for a, c in run)  # (words, or a change: "较2022年下降3%")
        return None
    spans.extend((a, a + len(c)) for a, c in run if _value_cell(c))
    return max(figures, key=header.__getitem__)


def _change_cell_row(
    name: str, unit: str, header: list[int], run: list[tuple[int, str]], clause: str
) -> dict | None:
    """The target of a row whose latest year column states a change ("较2022年 下降3%", "每年提升
    2%左右或不低于全省平均水平"): its value and unit, the change and its base year; a change each
    year has no year. None when that cell states none."""
    i = max(range(len(run)), key=header.__getitem__)
    m = CHANGE_CELL_RE.match(run[i][1])
    if m is None:
        return None
    rec = _row(
        name, float(m.group("num")), m.group("unit"), m, None if m.group("every") else header[i], clause
    )
    rec["change"] = "increase" if m.group("inc") else "decrease"
    rec["baseline_year"] = int(m.group("by")) if m.group("by") else None
    return rec


def _figure(cell: str) -> re.Match | None:
    return _CELL_NUM_RE.match(cell) or _BRACKET_NUM_RE.match(cell)


_DASH_CELL = frozenset(("—", "–", "-", "－", "/", "／", "——", "--"))


def _value_cell(cell: str) -> bool:
    """A cell of a year column: a figure, a figure in brackets or a dash (no figure)."""
    return (
        cell in _DASH_CELL or _CELL_NUM_RE.match(cell) is not None or _BRACKET_NUM_RE.match(cell) is not None
    )


def indicator_tables(body: str) -> list[str]:
    """The indicator tables of a text as "|" blocks, header first ("指标 | 单位 | 2025年 | 2030年 |
    属性" and its rows): a header naming an indicator column and two or more year columns (or one
    beside a 属性 column). Such a table states targets wherever it stands, also in a page
    that holds nothing else or after a plan's text (附表)."""
    out: list[str] = []
    block: list[str] | None = None
    spaced = _may_hold_spaced_header(body)
    if "|" not in body and not spaced:
        return bare_cell_tables(body)
    lines = [ln.strip() for ln in body.split("\n")]
    for line in pipe_spaced_tables(lines, own_lines=True) if spaced else lines:
        if line.count("|") < 2:
            if block and len(block) > 1:
                out.append("\n".join(block))
            block = None
            continue
        if block is not None:
            block.append(line)
            continue
        cells = [c.strip() for c in line.split("|")]
        if (
            any(c in _NAME_HEADS for c in cells)
            and (
                len(header_years(cells)) > 1
                # one year column beside a 属性 column: "指标 | 单位 | 2025年目标 | 属性" (预期性, 约束性)
                or (any(HEAD_YEAR_RE.match(c) for c in cells) and any(c in _ATTR_HEADS for c in cells))
                or _one_year_unit_header(cells)
                or bare_target_head(cells) is not None
            )
            or area_header(cells)
        ):
            block = [line]
    if block and len(block) > 1:
        out.append("\n".join(block))
    if "|\n" in body:
        out += ["\n".join(lines[a:b]) for a, b in flat_table_spans(lines)]
    return out


def rows_read_as_tasks(table: str, row_titles: set[str]) -> bool:
    """Every row of an indicator table (a "|" block, header first) names a task read from that row
    (its name cell is a table-row task's title: "| 1 | 社会消费品零售总额 | 亿元 | 412 | 440 | 区商务局 |"
    under a 责任单位 column): the tasks hold its targets, the table states them no second time."""
    head, *rows = table.split("\n")
    if not row_titles or not rows or not any(c.strip() in _UNIT_HEADS for c in head.split("|")):
        return False  # (no unit column: a row task's "…率(%)：98" keeps no unit, the table reads it)
    return all(any(c.strip() in row_titles for c in row.split("|")) for row in rows)


def bare_target_head(cells: list[str]) -> int | None:
    """The one target column of a header that names no year ("指标 | 单位 | 目标值 | 增长（%）" on an
    annual plan's page) beside an indicator head and a unit head, or None."""
    if not any(c in _TARGET_HEADS for c in cells):
        return None
    targets = [i for i, c in enumerate(cells) if c in _TARGET_HEADS]
    if len(targets) != 1 or not any(c in _NAME_HEADS for c in cells):
        return None
    if not any(c in _UNIT_HEADS or _UNIT_NAME_HEAD_RE.match(c) for c in cells):
        return None
    return None if any(HEAD_YEAR_RE.match(c) or _CELL_NUM_RE.match(c) for c in cells) else targets[0]


def _one_year_unit_header(cells: list[str]) -> bool:
    """One target year column beside a unit column or a name head that names the unit ("指标（单位） |
    2026年目标", "指标 | 单位 | 2026年目标"): the targets of a year's indicator table (a plain year
    column, "指标 | 单位 | 2024年", holds a year's figures: no plan's)."""
    return any(HEAD_YEAR_RE.match(c) and _TARGET_YEAR_HEAD_RE.search(c) for c in cells) and any(
        c in _UNIT_HEADS or _UNIT_NAME_HEAD_RE.match(c) for c in cells
    )


def _row(name: str, value: float, unit: str, m: re.Match, year: int | None, clause: str) -> dict:
    """A target row of an indicator table cell `m` (a _CELL_NUM_RE match)."""
    cmp_ = _CELL_CMP.get(m.group("cmp") or "", "=")
    if m.group("suf"):
        cmp_ = SUFFIX_CMP[m.group("suf")]
    change = None
    if unit in ("%", "个百分点", "百分点"):
        change = (
            "increase" if _TABLE_INC_RE.search(name) else "decrease" if _TABLE_DEC_RE.search(name) else None
        )
    return table_target(name, value, unit, year, clause, cmp_, change)


# ---------------------------------------------------------------------------------------------
# tables printed with spaces between the cells (PDF text)
# ---------------------------------------------------------------------------------------------

# (a literal first: a fast search of a whole text; "2020年基期值 2025年目标值" too)
_YEAR_SPACE_RE = re.compile(r"年(?:目标|预期|规划|计划|基数|基期|现状|实际)?值?[)）]?[ \t\u3000\n]")
# a name column heading, then a year column (on a line, or anywhere in a text)
_SPACED_HEAD_LINE_RE = re.compile(r"(?:指标|名称|项目)[^|\n]{0,60}?(?:19|20)\d{2}\s?年")
# a name column heading, a unit column and a plain target column on one line ("指标 单位 目标值")
_SPACED_TARGET_LINE_RE = re.compile(
    r"(?:指标|名称)[ \t\u3000]+(?:计量)?单位[ \t\u3000]+(?:规划|预期)?目标值?[ \t\u3000\n]"
)
_SEQ_HEADS = frozenset(("序号", "编号"))
# a name cell run into the first figure after it ("高中阶段教育毛入学率（%）91"): the name ends with a
# bracket or a Chinese character
_GLUED_FIGURE = re.compile(r"^(.*[）)\u4e00-\u9fff])(\d{1,9}(?:\.\d{1,4})?)$")
_ATTR_HEADS = frozenset(("属性", "指标属性"))
_TARGET_YEAR_HEAD_RE = re.compile(r"年(?:目标|预期|规划|计划)")
# a name head that names the unit column too: "指标（单位）", "指标名称(计量单位)"
_UNIT_NAME_HEAD_RE = re.compile(r"^(?:指标|指标名称|主要指标|具体指标)\s?[(（]\s?(?:计量)?单位\s?[)）]$")


def pipe_spaced_tables(lines: list[str], text: str | None = None, *, own_lines: bool = False) -> list[str]:
    """Indicator tables printed with spaces between their cells (PDF text: "指标 单位 2020年 2025年
    属性" and a row a line) as "|" lines, read then like any "|" table: a header naming an
    indicator column and a year column, then the lines that fill its columns (cells aligned to
    the header: `_spaced_cells`); the table ends at the first line that does not. A header no
    row fills stays as printed (a task table's: its rows hold units, not figures). `text`: the
    lines' text, searched once for such a header before the lines are. `own_lines` (targets only, round
    42l): a "指标 单位 目标值" header ending its line heads a table too (the structure step leaves it)."""
    if text is not None and not _may_hold_spaced_header(text):
        return lines
    if not any(
        ("年" in ln and _SPACED_HEAD_LINE_RE.search(ln))
        or ("单位" in ln and _SPACED_TARGET_LINE_RE.search(ln + "\n" if own_lines else ln))
        or ("（" in ln and area_header(ln.split()))
        for ln in lines
    ):
        return lines
    out = list(lines)
    header: list[str] | None = None
    at = -1
    for i, line in enumerate(lines):
        tokens = line.split()
        if not tokens:
            continue  # (a blank line between the rows)
        if header is not None:
            cells = _spaced_cells(tokens, header)
            if cells is not None:
                out[at] = " | ".join(header)
                out[i] = " | ".join(cells)
                continue
            header = None
        if "|" not in line and _spaced_header(tokens):
            header, at = tokens, i
    return out


def _may_hold_spaced_header(text: str) -> bool:
    """A fast look for a spaced header in a text: a year heading before a space ("2020年 2025年")."""
    if "单位" in text and _SPACED_TARGET_LINE_RE.search(text) is not None:
        return True  # "指标 单位 目标值": a plain target column
    if "（" in text and any(h in text for h in AREA_HEADS):
        return True  # "区（县） 保障性租赁住房（套/间） …": an area breakdown (its lines looked at after)
    return _YEAR_SPACE_RE.search(text) is not None and _SPACED_HEAD_LINE_RE.search(text) is not None


def _spaced_header(tokens: list[str]) -> bool:
    return (
        len(tokens) >= 3
        and any(c in _NAME_HEADS for c in tokens)
        and any(HEAD_YEAR_RE.match(c) for c in tokens)
        and not any(_CELL_NUM_RE.match(c) for c in tokens)
    ) or (len(tokens) >= 3 and (bare_target_head(tokens) is not None or area_header(tokens)))


def _value_like(token: str) -> bool:
    """A cell after the indicator's name: a figure, a dash, a unit or an attribute."""
    return _value_cell(token) or token in _ATTR_CELLS or _unit_cell(token)


def _spaced_cells(tokens: list[str], header: list[str]) -> list[str] | None:
    """A row's cells under the header's columns, or None (the line is no row of the table): a
    序号 and a category cell (printed on the first row of its group only) before the name, the
    name's words joined (a name broken by a space), then the unit, year and attribute cells,
    any of which may be missing."""
    ni = next((i for i, c in enumerate(header) if c in _NAME_HEADS or c in AREA_HEADS), 0)
    toks = list(tokens)
    lead: list[str] = []
    if ni and header[0] in _SEQ_HEADS:
        lead.append(toks.pop(0) if toks and toks[0].isdigit() else "")
    k = next((i for i, c in enumerate(toks) if _value_like(c)), len(toks))
    if k == 0 or k == len(toks):
        return None
    words, rest = toks[:k], toks[k:]
    if len(rest) < len(header) - ni - 1 and (g := _GLUED_FIGURE.match(words[-1])) is not None:
        words[-1], rest = g.group(1), [g.group(2), *rest]  # "毛入学率（%）91 93 预期性": a lost space
    cats = max(0, min(ni - len(lead), len(words) - 1))
    lead += words[:cats]
    lead += [""] * (ni - len(lead))
    cells = [*lead, "".join(words[cats:])]
    for head in header[ni + 1 :]:
        nxt = rest[0] if rest else ""
        if head in _UNIT_HEADS:
            fits = bool(nxt) and not _CELL_NUM_RE.match(nxt) and nxt not in _ATTR_CELLS
        elif head in _ATTR_CELLS:
            fits = nxt in _ATTR_CELLS
        else:
            fits = bool(nxt) and _value_cell(nxt)
        cells.append(rest.pop(0) if fits else "")
    return None if rest else cells
