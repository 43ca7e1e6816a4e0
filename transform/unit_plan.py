"""A unit statement for a whole plan: a line of its own under the plan's title (or its annex
heading), above the first section — "（县自然资源局牵头）", "牵头单位：X  配合单位：Y",
"由X牵头，Y配合". It applies to every task that names no lead of its own, like a section's unit
line one level up (EXTRACTION.md is silent; a careful analyst reads it so). A sentence of the
notice ("请县发改局牵头抓好落实。") or of the preamble paragraphs is no such statement: the line
must be the statement alone, under a line that is no sentence (the title, the annex label)."""

from __future__ import annotations

import re

from transform.tree import Node
from transform.unit_words import FOLLOWING_NOTES
from transform.units import Units, extract_units, first_is_lead_rule

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


#: the words every first-listed note holds: a line without one is not read (units.first_is_lead_rule)
_FIRST_HINTS = ("第一", "首位", "最前", "前面")


def _section_note(text: str) -> tuple[bool, bool]:
    """(a line of the section's own text says its first-listed unit leads, the line says 下同)."""
    for line in text.split("\n"):
        if any(h in line for h in _FIRST_HINTS) and first_is_lead_rule(line):
            return True, any(w in line for w in FOLLOWING_NOTES)
    return False, False


class SectionNotes:
    """A first-listed note on a line of its own under a section heading ("二、重点任务" / "（各项任务
    责任单位列第一位者为牵头单位，下同）") speaks for the items of that section, and with 下同 for every
    item after it too (round 46g); the rows ask for each task in reading order."""

    def __init__(self) -> None:
        self.found: dict[int, tuple[bool, bool]] = {}
        self.following = False

    def __call__(self, ancestors: list[Node]) -> bool:
        applies = self.following
        for anc in ancestors:
            note = self.found.get(id(anc))
            if note is None:
                # a short note may be read as the unnumbered sub-heading of the section's first item
                subs = [c.subheading for c in anc.children if c.subheading]
                note = self.found[id(anc)] = _section_note("\n".join([anc.own_text, *subs]))
                self.following = self.following or note[1]
            applies = applies or note[0]
        return applies
