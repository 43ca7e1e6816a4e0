"""Task breakdown tables by area ("序号 | 区（县） | 保障性租赁住房（套/间） | 公租房实物配租（户）" and a row
an area: "1 | 东湖区 | 1200 | 300"): each figure is the area's share of the measure its column
names, a target of the plan's year. The words are data: lexicons/targets_tables.toml."""

from __future__ import annotations

import re

from transform.numerals import to_halfwidth
from transform.targets.flatcells import HEAD_YEAR_RE
from transform.targets.qualifiers import _CJK_RE
from transform.targets.words import lex
from transform.unit_scale import standardize, unit_kind

# (as printed and halfwidth: "区（县）", "区(县)")
AREA_HEADS = frozenset(lex("targets_tables", "area_heads")) | {
    to_halfwidth(w) for w in lex("targets_tables", "area_heads")
}
# a measure column head: its name, then its unit in brackets ("保障性租赁住房（套/间）")
_MEASURE_HEAD_RE = re.compile(r"^(?P<name>[^\d()（）|]{2,24})[(（](?P<unit>[^\d()（）|]{1,6})[)）]$")
_FIGURE_RE = re.compile(r"^\d{1,9}(?:\.\d{1,4})?$")


def _measure(cell: str) -> tuple[str, str] | None:
    m = _MEASURE_HEAD_RE.match(cell)
    if m is None or cell in AREA_HEADS:
        return None
    unit = m.group("unit")
    return (m.group("name"), unit) if unit_kind(unit.split("/")[0]) not in ("unknown", "none") else None


def area_header(cells: list[str]) -> bool:
    """A header with an area column and two or more measure columns after it, no year column."""
    if not any(c in AREA_HEADS for c in cells) or any(HEAD_YEAR_RE.match(c) for c in cells):
        return False
    return sum(_measure(c) is not None for c in cells) >= 2


def area_targets(t: str, text: str, year: int | None) -> tuple[list[tuple[int, dict]], list[tuple[int, int]]]:
    """Targets of the rows under an area header in "|" lines `t` (`text`: the lines as printed)
    and the spans of those rows."""
    out: list[tuple[int, dict]] = []
    spans: list[tuple[int, int]] = []
    heads: dict[int, tuple[str, str]] = {}
    area_col = -1
    pos = 0
    for line in t.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count("|") < 2:
            heads = {}
            continue
        cells = [c.strip() for c in line.split("|")]
        if area_header(cells):
            area_col = next(i for i, c in enumerate(cells) if c in AREA_HEADS)
            heads = {i: m for i, c in enumerate(cells) if i > area_col and (m := _measure(c)) is not None}
            continue
        if not heads or not any(_CJK_RE.search(c) for c in cells[: min(heads)]):
            continue
        found = len(out)
        for i, (name, unit) in heads.items():
            if i < len(cells) and _FIGURE_RE.match(cells[i]):
                out.append((start, table_target(name, float(cells[i]), unit, year, text[start : pos - 1])))
        if len(out) > found:
            spans.append((start, pos - 1))
    return out, spans


def table_target(
    name: str,
    value: float,
    unit: str,
    year: int | None,
    clause: str,
    comparator: str = "=",
    change: str | None = None,
) -> dict:
    """The target row of one figure cell of a table (this module's area tables and `tables`'
    indicator tables): no baseline year, never ambiguous, the clause the row was read from."""
    value_std, unit_std = standardize(value, unit)
    return {
        "indicator": name or None,
        "value": value,
        "unit": unit,
        "comparator": comparator,
        "change": change,
        "year": year,
        "baseline_year": None,
        "text": clause.strip(),
        "value_std": float(value_std),
        "unit_std": unit_std,
        "ambiguous": False,
    }
