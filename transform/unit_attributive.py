"""Bodies named before 牵头的/配合的 in a 督查 通报 (round 46b): "市教育局牵头的城区学校扩容工程进度滞后，市自然资源局
配合的用地报批尚未完成。" -> lead 市教育局, participating 市自然资源局.

A report of progress names the work by the bodies that carry it: the body before 牵头的 leads, the bodies
before 配合的 take part. Read only as a pair (a 牵头的 piece and a 配合的 piece of the text's first line of prose,
each opening with bodies printed with their level): "县发改局牵头的项目进展顺利" alone names none, as a lead
alone in prose does.
"""

from __future__ import annotations

import re

from transform.unit_joint import is_body, prose_line_end
from transform.unit_names import split_value

#: the role words of an attributive piece, by role
_ROLES = {"牵头的": "lead", "配合的": "part"}
_PIECE_END = re.compile("[，,；;。：:\n]")
#: the longest run of bodies before the role word
_NAMES_MAX = 40


def has_attributive(view: str) -> bool:
    """A cheap test first: does the text hold both role words?"""
    return "牵头的" in view and "配合的" in view


def attributive_units(text: str, view: str) -> tuple[list[str], list[str]] | None:
    """(lead, participating) of a 牵头的 piece and a 配合的 piece of the first line of prose, or None."""
    end = prose_line_end(view)
    found: dict[str, list[str]] = {"lead": [], "part": []}
    start = 0
    while start < end:
        m = _PIECE_END.search(view, start, end)
        stop = m.start() if m else end
        s = start
        while s < stop and view[s] in " \t\u3000":
            s += 1
        for word, role in _ROLES.items():
            i = view.find(word, s + 2, min(stop, s + _NAMES_MAX + len(word)))
            if i < 0:
                continue
            names = split_value(text[s:i])[0]
            if names and all(is_body(n) for n in names):
                found[role].extend(n for n in names if n not in found[role])
        start = stop + 1
    if not found["lead"] or not found["part"]:
        return None
    return found["lead"], found["part"]
