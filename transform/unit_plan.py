"""A unit statement for a whole plan: a line of its own under the plan's title (or its annex
heading), above the first section — "（县自然资源局牵头）", "牵头单位：X  配合单位：Y",
"由X牵头，Y配合". It applies to every task that names no lead of its own, like a section's unit
line one level up (EXTRACTION.md is silent; a careful analyst reads it so). A sentence of the
notice ("请县发改局牵头抓好落实。") or of the preamble paragraphs is no such statement: the line
must be the statement alone, under a line that is no sentence (the title, the annex label)."""

from __future__ import annotations

import re

from transform.units import Units, extract_units

_MAX_LINE = 80
# the whole line: a bracketed note, a labelled line, or a 由X牵头 clause
_STATEMENT = re.compile(
    r"^(?:[（(][^（）()]{2,78}[）)]"
    r"|(?:牵头单位|牵头部门|责任单位|责任部门|主责单位)\s*[:：].{1,76}"
    r"|由[^。；;，,]{2,40}牵头.{0,40})$"
)
_SENTENCE_END = ("。", "；", ";", "：", ":", "，", ",")


def plan_units(lines: list[str]) -> Units | None:
    """The units a plan's preamble lines state for all its tasks, or None."""
    prev = ""
    for line in lines:
        ln = line.strip()
        if (
            ln
            and len(ln) <= _MAX_LINE
            and ("牵头" in ln or "单位" in ln or "部门" in ln)
            and not prev.endswith(_SENTENCE_END)
            and _STATEMENT.match(ln.rstrip("。"))
        ):
            units = extract_units(ln)
            if units.lead:
                return units
        if ln:
            prev = ln
    return None
