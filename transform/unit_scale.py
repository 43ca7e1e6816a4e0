"""Units of quantitative targets: the vocabulary, their kind, and a common scale.

A unit as written is an optional scale word (十 百 千 万 亿, combined as 十万/百万/千万/万亿)
followed by a base unit: 万亩 = 万 + 亩, 亿元 = 亿 + 元, 万千瓦 = 万 + 千瓦. `standardize`
multiplies the scale out so that targets compare across documents (0.1万亩 → 1000 亩).
Units that already start with a scale character (千瓦, 千米, 千克, 千伏, 百分点) are base units.
The vocabulary is data: transform/lexicons/target_units.toml.
"""

from __future__ import annotations

import math
from functools import lru_cache

from transform.lexicons import table

__all__ = [
    "AGE_UNITS",
    "BASE_UNITS",
    "CAPACITY_UNITS",
    "COUNT_UNITS",
    "MEASURE_UNITS",
    "MONEY_UNITS",
    "PERCENT_UNITS",
    "TENTHS_UNITS",
    "PER_UNITS",
    "SCALES",
    "SCORE_UNITS",
    "TIME_UNITS",
    "VOLTAGE_UNITS",
    "split_unit",
    "standardize",
    "unit_kind",
]


def _kind(name: str) -> frozenset[str]:
    """The units of one kind in lexicons/target_units.toml (a list, or one string split on spaces)."""
    v = table("target_units")[name]
    return frozenset(v.split() if isinstance(v, str) else v)


PERCENT_UNITS = _kind("percent")
# Tenths (七成以上): read as a share by the target scan only, no measure word of the page.
TENTHS_UNITS = _kind("tenths")
# Classifiers: N of these counts things (培育20家企业, 建成5处, 新招聘教师150名).
COUNT_UNITS = _kind("count")
# Capacity / class units: "5万吨磷酸铁项目", "110千伏变电站", "100MW风电项目" name a thing.
CAPACITY_UNITS = _kind("capacity")
MONEY_UNITS = _kind("money")
TIME_UNITS = _kind("time")
# Length, area, volume, mass, concentration and others: measures.
MEASURE_UNITS = _kind("measure")
# Denominators of a rate written after a unit (万元/亩) and voltage classes (110千伏变电站).
PER_UNITS = _kind("per")
VOLTAGE_UNITS = _kind("voltage")
# Ages (35—64岁妇女 says who is counted) and scores (（1.5分） is a scoring weight).
AGE_UNITS = _kind("age")
SCORE_UNITS = _kind("score")

BASE_UNITS = frozenset(
    PERCENT_UNITS | COUNT_UNITS | CAPACITY_UNITS | MONEY_UNITS | TIME_UNITS | MEASURE_UNITS
) - {"万", "亿", "萬", "億"}

SCALES = {
    "十": 10.0,
    "百": 100.0,
    "千": 1e3,
    "万": 1e4,
    "亿": 1e8,
    "十万": 1e5,
    "百万": 1e6,
    "千万": 1e7,
    "万亿": 1e12,
    # traditional, for a task's text read alone (2.5萬噸, 1.8億元; round 46j)
    "萬": 1e4,
    "億": 1e8,
    "十萬": 1e5,
    "百萬": 1e6,
    "千萬": 1e7,
    "萬億": 1e12,
}
_SCALE_ORDER = sorted(SCALES, key=len, reverse=True)


@lru_cache(maxsize=1024)
def split_unit(unit: str) -> tuple[float, str]:
    """(scale, base) for a unit as written: 万亩 → (1e4, 亩); 千瓦 → (1, 千瓦); 亿 → (1e8, '');
    a rate keeps its denominator: 万元/亩 → (1e4, 元/亩)."""
    if unit in BASE_UNITS or not unit:
        return 1.0, unit
    if "/" in unit and unit not in BASE_UNITS:
        num, _, per = unit.partition("/")
        scale, base = split_unit(num)
        return scale, f"{base}/{per}"
    for s in _SCALE_ORDER:
        if unit.startswith(s):
            rest = unit[len(s) :]
            if rest == "" or rest in BASE_UNITS:
                return SCALES[s], rest
    return 1.0, unit


@lru_cache(maxsize=1024)
def unit_kind(unit: str) -> str:
    """One of percent, count, capacity, money, time, measure, none, unknown."""
    if not unit:
        return "none"
    if unit in PERCENT_UNITS or unit in TENTHS_UNITS:
        return "percent"
    if "/" in unit and unit not in BASE_UNITS:
        return "measure"  # a rate: 万元/亩, 平方米/人
    _, base = split_unit(unit)
    if base == "":
        return "count"  # "10亿" / "3万": a bare scale word
    for kind, units in (
        ("count", COUNT_UNITS),
        ("capacity", CAPACITY_UNITS),
        ("money", MONEY_UNITS),
        ("time", TIME_UNITS),
        ("measure", MEASURE_UNITS),
    ):
        if base in units:
            return kind
    return "unknown"


def standardize(value: float, unit: str) -> tuple[float, str]:
    """Value on the base unit's scale: (0.1, 万亩) → (1000.0, 亩); unknown units pass through.

    % and 个百分点 stay as they are; 百分点 is normalised to 个百分点.
    """
    if unit == "百分点":
        return value, "个百分点"
    scale, base = split_unit(unit)
    v = value * scale
    if not math.isfinite(v):
        return value, unit
    return v, base
