"""Indicator tables rendered one cell per line with a " |" after each cell (copies of web pages:
"指标名称 |", "2025年 |", "≥79.2 |"): where such a table stands, the cells of its header, and a
year column's cell that states a change ("较2022年 下降3%"). Read by `tables` and `goals`; the
words are data: lexicons/targets_tables.toml."""

from __future__ import annotations

import re

from transform.targets.words import lex

_NAME_HEADS = frozenset(lex("targets_tables", "name_heads"))
# "2025年", "2025年目标值", "2020年基数", "2020年现状值", "2025年（规划）"
_HEAD_KINDS = r"(?:目标|预期|规划|计划|基数|基期|现状|实际|完成|规划目标)"
# "2025年目标值", "2025年（目标）", and the kind first with its year in brackets: "目标值（2028年）"
HEAD_YEAR_RE = re.compile(
    r"^(?:"
    + _HEAD_KINDS
    + r"值?\s?[(（]\s?)?(?P<y>(?:19|20)\d{2})\s?年?(?:底|末)?\s?[(（]?\s?"
    + _HEAD_KINDS
    + r"?值?\s?[)）]?$"
)
CHANGE_CELL_RE = re.compile(
    r"^(?:较\s?(?P<by>(?:19|20)\d{2})\s?年(?:底|末)?\s?)?(?P<every>每年)?\s?"
    r"(?:(?P<inc>" + "|".join(lex("targets_tables", "change_cell_increase")) + ")"
    r"|(?P<dec>" + "|".join(lex("targets_tables", "change_cell_decrease")) + r"))\s?"
    r"(?P<cmp>)(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>%|个百分点)\s?(?P<suf>以上|以下|以内|左右)?"
)


def indicator_header(line: str, first_year: int | None) -> bool:
    """The piped header of an indicator table ("指标 | 单位 | 2020年 | 2025年 | 属性", under a
    caption such as "表1 主要指标" that names no goal): a cell naming the indicator column and a
    year column of the plan (its first year or later; any year where that is unknown). Its rows
    are read with it (`goals.plan_goal_lines`); a table of past years only (2015年 | 2020年 in a
    十四五 plan) is none."""
    if line.count("|") < 2:
        return False
    cells = [c.strip() for c in line.split("|")]
    if not any(c in _NAME_HEADS for c in cells):
        return False
    years = [int(m.group("y")) for c in cells if (m := HEAD_YEAR_RE.match(c))]
    return bool(years) and (first_year is None or max(years) >= first_year)


def header_years(cells: list[str]) -> list[int]:
    """The years of the first run of year header cells ("2020年 / 2025年") of a table flattened
    one cell per line, or [] (the table has no year columns)."""
    for i, c in enumerate(cells):
        if HEAD_YEAR_RE.match(c):
            years = []
            for d in cells[i:]:
                m = HEAD_YEAR_RE.match(d)
                if m is None:
                    break
                years.append(int(m.group("y")))
            return years if len(years) > 1 else []
    return []


def bare_cell(cell: str) -> str:
    """A flat cell without the " |" a rendering put after it ("人均预期寿命 |")."""
    return cell[:-1].rstrip() if cell.endswith("|") and cell.count("|") == 1 else cell


_FLAT_HEAD_CELLS = 12  # cells of a flat table's header run that are looked at


def flat_table_spans(lines: list[str]) -> list[tuple[int, int]]:
    """Indicator tables rendered one cell per line with " |" after each cell ("指标名称 |",
    "2025年 |", "≥79.2 |"): (first, end) line indexes of each run of such cells whose first cells
    name an indicator column and two year columns or more."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(lines)
    while i < n:
        if not _flat_cell(lines[i]):
            i += 1
            continue
        j = i
        while j < n and (_flat_cell(lines[j]) or not lines[j].strip()):
            j += 1
        while j > i and not lines[j - 1].strip():
            j -= 1
        head = [bare_cell(ln.strip()) for ln in lines[i:j] if ln.strip()][:_FLAT_HEAD_CELLS]
        if any(c in _NAME_HEADS for c in head) and len(header_years(head)) > 1:
            out.append((i, j))
        i = j
    return out


def _flat_cell(line: str) -> bool:
    s = line.strip()
    return len(s) > 1 and s.endswith("|") and s.count("|") == 1


_SERIAL_HEADS = frozenset(lex("targets_tables", "serial_heads"))
_BARE_CELL_MAX = 40  # characters of a cell printed on a line of its own


def bare_cell_tables(body: str) -> list[str]:
    """Indicator tables printed one bare cell per line ("指标" / "单位" / "2025年" / "2030年" / … /
    "细颗粒物平均浓度" / "微克/立方米" / "30" / "26"): from the indicator head (and a 序号 head just
    before it) while the lines stay short cells, where the first cells hold two year columns or more."""
    if "年" not in body or not any(h in body for h in _NAME_HEADS):
        return []
    lines = body.split("\n")
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        if lines[i].strip() not in _NAME_HEADS:
            i += 1
            continue
        first = i - 1 if i and lines[i - 1].strip() in _SERIAL_HEADS else i
        j = i
        while j < n and _bare_cell(lines[j].strip()):
            j += 1
        if len(header_years([ln.strip() for ln in lines[i : min(j, i + _FLAT_HEAD_CELLS)]])) > 1:
            out.append("\n".join(lines[first:j]))
        i = max(j, i + 1)
    return out


def _bare_cell(s: str) -> bool:
    return 0 < len(s) <= _BARE_CELL_MAX and "。" not in s and "，" not in s and "|" not in s
