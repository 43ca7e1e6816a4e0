"""Units in the trailing columns of a table flattened to space-separated text.

    序号 重点任务 牵头单位 配合单位 完成时限
    1 建成5G基站300个。 县工信局 县发改局、各乡镇 12月底前

Text renderings of such tables keep one row a line, cells separated by spaces. The header names
the columns; the unit, person and deadline columns come after the task text, so a row's last
fields are read against the header's last columns, from the right (the task text itself may hold
stray spaces). A row counts only when every unit field is a list of unit names.
"""

from __future__ import annotations

import re

from transform.gazetteer import is_unit_like
from transform.unit_names import split_units, split_value
from transform.unit_words import (
    FIRST_IS_LEAD_NOTES,
    FIRST_LEAD_WORDS,
    FIRST_POSITIONS,
    LABEL_KIND,
    simplified,
)

_HEADER_START = re.compile(r"(?:^|\s)(序号|编号)\s+")
_FIELD = re.compile(r"\S+")
_MAX_HEADER_CELL = 12
_MAX_OTHER_FIELD = 24


def column_kind(name: str) -> str | None:
    """The kind of a column by its name: lead, resp, part, person, other; None for content."""
    name = simplified(name.replace(" ", ""))
    kind = LABEL_KIND.get(name)
    if kind is not None:
        return kind
    if re.search(r"领导|责任人|联系人|分管", name):
        return "person"
    if re.search(r"单位|部门|科室|主体", name):
        if re.search(r"牵头|主办|主责", name):
            return "lead"
        if re.search(r"配合|参与|协办|协同|协助|协作", name):
            return "part"
        return "resp"
    if re.search(r"时限|时间|期限|节点|进度|情况|成效|备注|监督|电话|方式|标准", name):
        return "other"
    return None


def table_columns(body: str) -> tuple[tuple[str, ...], ...]:
    """The kinds of the trailing columns (from the first unit, person or deadline column on) of each
    space-separated table header in the body: (("lead", "part", "other"), …)."""
    out: list[tuple[str, ...]] = []
    if "序号" not in body and "编号" not in body:
        return ()
    for line in body.split("\n"):
        m = _HEADER_START.search(line)
        if m is None or "|" in line:
            continue
        cells = line[m.end() :].split()
        if not 2 <= len(cells) <= 12 or any(len(c) > _MAX_HEADER_CELL for c in cells):
            continue
        kinds = [column_kind(c) for c in cells]
        first = next((i for i, k in enumerate(kinds) if k is not None), None)
        if first is None or first == 0 or not any(k in ("lead", "resp", "part") for k in kinds):
            continue
        trailing = tuple(k or "other" for k in kinds[first:])
        if trailing not in out:
            out.append(trailing)
    return tuple(out)


def column_units(
    text: str, columns: tuple[tuple[str, ...], ...]
) -> tuple[list[str], list[str], list[str], tuple[int, int]] | None:
    """(lead-kind, responsible-kind, participating-kind names, span of the fields) of a row whose
    first line ends with the fields of one of the headers' trailing columns, else None."""
    nl = text.find("\n")
    end = nl if nl >= 0 else len(text)
    fields = [(m.start(), m.end()) for m in _FIELD.finditer(text, 0, end)]
    for kinds in columns:
        k = len(kinds)
        if len(fields) <= k:
            continue
        found = _read_fields(text, fields[-k:], kinds)
        if found is not None:
            lead, resp, part = found
            return lead, resp, part, (fields[-k][0], fields[-1][1])
    return None


def _read_fields(
    text: str, fields: list[tuple[int, int]], kinds: tuple[str, ...]
) -> tuple[list[str], list[str], list[str]] | None:
    buckets: dict[str, list[str]] = {"lead": [], "resp": [], "part": []}
    for (s, e), kind in zip(fields, kinds, strict=False):
        cell = text[s:e]
        if kind in buckets:
            names = split_value(cell)[0]
            if not names or not all(is_unit_like(n) for n in names):
                return None
            buckets[kind].extend(n for n in names if n not in buckets[kind])
        elif "。" in cell or len(cell) > _MAX_OTHER_FIELD or (kind == "person" and is_unit_like(cell)):
            return None
    if not any(buckets.values()):
        return None
    return buckets["lead"], buckets["resp"], buckets["part"]


def first_listed_head(head: str) -> bool:
    """Does a unit column's head say its first-listed unit leads ("责任单位（排在第一位的为牵头单位）",
    "责任单位（列第一位者牵头）")? The head holds a position word or note and a lead word (round 47a)."""
    head = simplified(head)
    return any(w in head for w in FIRST_LEAD_WORDS) and (
        any(n in head for n in FIRST_IS_LEAD_NOTES) or any(w in head for w in FIRST_POSITIONS)
    )


def first_listed_roles(units: dict[str, str], columns: list[tuple[str, str]]) -> None:
    """A table row's units (role -> "A、B、C") where a 责任 column's head says its first-listed unit leads
    ("责任单位（排在第一位的为牵头单位）") and no lead column stands beside it: the first unit leads, the
    others take part, before any 配合 column's units (`columns`: each column's role and head; round 47a)."""
    if "resp" not in units or "lead" in units:
        return
    if not any(role == "resp" and first_listed_head(head) for role, head in columns):
        return
    names = split_units(units["resp"])
    if not names:
        return
    del units["resp"]
    units["lead"] = names[0]
    others = "、".join(names[1:])
    if others:
        units["part"] = f"{others}、{units['part']}" if "part" in units else others
