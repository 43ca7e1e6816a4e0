"""The indicator catalogue: a target's indicator phrase and unit → a stable code and group.

The catalogue is data (transform/lexicons/indicator_catalogue.toml, versioned): each entry has
`match` phrases, `exclude` phrases and the unit classes it is measured in. A target gets the
code of the entry whose longest `match` phrase its indicator contains, when its unit is of one
of the entry's classes: 产值 in 亿元 is OUTPUT_VALUE, but 产值过亿元工业企业 in 家 is a count of
enterprises. Unknown indicators keep a null code (the run report counts them).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from transform.lexicons import table

CATALOGUE = "indicator_catalogue"
_NOISE = re.compile(r"[\s“”\"'‘’（）()]")


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    group: str
    match: tuple[str, ...]
    exclude: tuple[str, ...]
    units: frozenset[str]


def _norm(text: str) -> str:
    return _NOISE.sub("", text).upper()


@functools.cache
def entries() -> tuple[Indicator, ...]:
    """The catalogue's indicators in file order (phrases normalised for matching)."""
    data = table(CATALOGUE)
    groups = data["groups"]
    out = []
    for e in data["indicator"]:
        if e["group"] not in groups:
            raise ValueError(f"{CATALOGUE}: {e['code']} has unknown group {e['group']!r}")
        out.append(
            Indicator(
                code=e["code"],
                name=e["name"],
                group=e["group"],
                match=tuple(_norm(m) for m in e["match"]),
                exclude=tuple(_norm(x) for x in e.get("exclude", ())),
                units=frozenset(e["units"]),
            )
        )
    return tuple(out)


def version() -> str:
    """The catalogue's version (bumped whenever an entry changes)."""
    return str(table(CATALOGUE)["version"])


def group_labels() -> dict[str, str]:
    """Group code → the label reports and alerts show (经济总量, 农业农村 …)."""
    return dict(table(CATALOGUE)["groups"])


@functools.cache
def _unit_classes() -> dict[str, frozenset[str]]:
    """Unit as written or standardised → the classes it belongs to."""
    out: dict[str, set[str]] = {}
    for cls, units in table(CATALOGUE)["units"].items():
        for u in units:
            out.setdefault(u, set()).add(cls)
    return {u: frozenset(c) for u, c in out.items()}


def unit_classes(unit: str | None, unit_std: str | None = None) -> frozenset[str]:
    classes = _unit_classes()
    for u in (unit_std, unit):
        if u and u in classes:
            return classes[u]
    return frozenset()


@functools.cache
def assign(
    indicator: str | None, unit: str | None, unit_std: str | None = None
) -> tuple[str | None, str | None]:
    """(indicator_code, indicator_group) of a target, or (None, None) when the catalogue has none."""
    if not indicator:
        return None, None
    phrase = _norm(indicator)
    classes = unit_classes(unit, unit_std)
    best: tuple[int, Indicator] | None = None
    for entry in entries():
        if not classes & entry.units or any(x in phrase for x in entry.exclude):
            continue
        length = max((len(m) for m in entry.match if m in phrase), default=0)
        if length and (best is None or length > best[0]):
            best = (length, entry)
    return (best[1].code, best[1].group) if best else (None, None)


def codes_for(row: dict) -> dict[str, str | None]:
    """The catalogue columns of one target row (the hook in transform.document)."""
    code, group = assign(row.get("indicator"), row.get("unit"), row.get("unit_std"))
    return {"indicator_code": code, "indicator_group": group}
