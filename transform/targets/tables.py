"""Rows of a 主要指标 table rendered as "指标 | 单位 | 2022年 | 2025年 | 属性" lines: one target
each, from the latest year column. The words are data: lexicons/targets_tables.toml."""
from __future__ import annotations

import math
import re

from transform.targets.qualifiers import _CJK_RE
from transform.targets.quantity import SUFFIX_CMP
from transform.targets.words import lex
from transform.unit_scale import BASE_UNITS, standardize

_CELL_NUM_RE = re.compile(
    r"^(?P<cmp>≥|≤|>=|<=|>|<|约|⩾|⩽)?\s?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s?(?P<unit>%|‰)?\s?"
    r"(?P<suf>以上|以下|以内|左右)?$")
_HEAD_YEAR_RE = re.compile(r"^(?P<y>(?:19|20)\d{2})\s?年?(?:底|末)?\s?(?:目标|目标值|预期|预期值|规划值)?(?:值)?$")
_UNIT_IN_NAME_RE = re.compile(r"\s?[(（]\s?(?P<u>[^()（）]{1,8})\s?[)）]\s?$")
_ATTR_CELLS = frozenset(lex("targets_tables", "attr_cells"))
_UNIT_HEADS = lex("targets_tables", "unit_heads")
_TABLE_INC_RE = re.compile("(?:" + "|".join(map(re.escape, lex("targets_tables", "increase_names"))) + ")(?:率)?$")
_TABLE_DEC_RE = re.compile("(?:" + "|".join(map(re.escape, lex("targets_tables", "decrease_names"))) + ")(?:率)?$")
_CELL_CMP = {"≥": ">=", ">=": ">=", "⩾": ">=", "≤": "<=", "<=": "<=", "⩽": "<=", ">": ">", "<": "<", "约": "~"}


def _table_targets(t: str, text: str, default_year: int | None, annual_year: int | None
                   ) -> tuple[list[tuple[int, dict]], list[tuple[int, int]]]:
    """Targets of indicator-table rows and the spans of those rows (numbers there are done)."""
    out: list[tuple[int, dict]] = []
    spans: list[tuple[int, int]] = []
    year_cols: dict[int, int] = {}
    unit_col = -1
    pos = 0
    for line in t.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count("|") < 2:
            continue
        cells = [c.strip() for c in line.split("|")]
        heads = {i: _HEAD_YEAR_RE.match(c) for i, c in enumerate(cells)}
        if any(heads.values()) and not any(_CELL_NUM_RE.match(c) for c in cells if c and not _HEAD_YEAR_RE.match(c)):
            year_cols = {i: int(m.group("y")) for i, m in heads.items() if m}
            unit_col = next((i for i, c in enumerate(cells) if c in _UNIT_HEADS), -1)
            continue
        nums = [(i, m) for i, c in enumerate(cells) if (m := _CELL_NUM_RE.match(c))]
        if not nums:
            continue
        names = [(i, c) for i, c in enumerate(cells)
                 if c and c not in _ATTR_CELLS and _CJK_RE.search(c) and c not in BASE_UNITS and i != unit_col
                 and not _HEAD_YEAR_RE.match(c)]
        if not names:
            continue
        ni, name = names[0]
        unit = ""
        if 0 <= unit_col < len(cells) and cells[unit_col]:
            unit = cells[unit_col]
        else:
            unit = next((c for c in cells if c in BASE_UNITS), "")
        um = _UNIT_IN_NAME_RE.search(name)
        if not unit and um:
            unit = um.group("u")
        if um:
            name = name[:um.start()]
        if year_cols:
            target = [(i, m) for i, m in nums if i in year_cols]
            if not target:
                continue
            ci, m = max(target, key=lambda x: year_cols[x[0]])
            year = year_cols[ci]
        else:
            ci, m = nums[-1]
            year = default_year
        unit = m.group("unit") or unit
        if not unit or ci < ni:
            continue
        value = float(m.group("num").replace(",", ""))
        if not math.isfinite(value):
            continue
        cmp_ = _CELL_CMP.get(m.group("cmp") or "", "=")
        if m.group("suf"):
            cmp_ = SUFFIX_CMP[m.group("suf")]
        change = None
        if unit in ("%", "个百分点", "百分点"):
            change = ("increase" if _TABLE_INC_RE.search(name) else
                      "decrease" if _TABLE_DEC_RE.search(name) else None)
        if year is None and annual_year is not None:
            year = annual_year
        value_std, unit_std = standardize(value, unit)
        out.append((start, {
            "indicator": name or None, "value": value, "unit": unit, "comparator": cmp_, "change": change,
            "year": year, "baseline_year": None, "text": text[start:pos - 1].strip(),
            "value_std": float(value_std), "unit_std": unit_std, "ambiguous": False}))
        spans.append((start, pos - 1))
    return out, spans
