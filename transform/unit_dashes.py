"""Units named after a dash at the end of a task: "健全工作推进机制。建立月度例会制度。——县委改革办".

Some portals (and Word files converted by them) print a task's responsible units after a long dash
instead of in brackets. The names after the last dash that follows a full stop, up to the end of
the text, name the responsible units where every one of them stands for a unit and one at least
is a government body. A dash inside a sentence ("两区——高新区和经开区") or before prose names none.
A dash before a clause ("——县发改局牵头，县财政局配合") is read by the clause rules
(transform.unit_clauses); the dash itself is cut from the names (transform.unit_names).
"""

from __future__ import annotations

import re

from transform.unit_clauses import bare_unit, is_department
from transform.unit_names import split_value

# a dash (two em dashes, one, or a full-width hyphen pair) right after a full stop
_DASH = re.compile(r"[。；;！!]\s{0,3}(?:——?|－－?|--)")
#: a dash that names more than this many units is a list of something else
_MAX_NAMES = 8
#: characters of a text's end read for the dash
_TAIL = 160


def dash_units(text: str, view: str) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """(the unit names after a dash that ends the text, the span from the dash to the end), or None."""
    start = max(0, len(view) - _TAIL)
    last = None
    for m in _DASH.finditer(view, start):
        last = m
    if last is None:
        return None
    rest = view[last.end() :].rstrip(" \t\u3000。；;.\n")
    if not rest or "\n" in rest or rest.startswith(("—", "－", "-")):
        return None
    names = split_value(text[last.end() : last.end() + len(rest)])[0]
    if not names or len(names) > _MAX_NAMES or not all(bare_unit(n) for n in names):
        return None
    if not any(is_department(n) for n in names):
        return None
    return names, (last.start() + 1, len(view))
