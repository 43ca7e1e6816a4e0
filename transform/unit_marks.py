"""A lead mark after a group of names leads the whole group (round 43a).

"责任单位：各乡镇人民政府、街道办事处（牵头），县农业农村局、县生态环境分局": the list is two groups,
the first joined by 、 and closed by ，; the mark "（牵头）" after its last name marks the group, so both
of its names lead (transform/units.py `_marked_leads` then reads each marked name as a lead). A mark
after a name inside a 、-run ("县民政局、县财政局（牵头）、县卫健局") or at the list's end marks that
name only, as before. The mark words are in lexicon units_role_marks.toml.
"""

from __future__ import annotations

import re

from transform.lexicons import table
from transform.unit_words import alternation

_MARKS = table("units_role_marks")
_LEAD_MARK = re.compile(r"[（(]\s*(?:" + alternation(tuple(_MARKS["lead"])) + r")\s*[）)]$")
_ANY_MARK = re.compile(
    r"[（(]\s*(?:" + alternation(tuple(_MARKS["lead"]) + tuple(_MARKS["part"])) + r")\s*[）)]$"
)
_GROUP_ENDS = frozenset("，,；;")
_CLOSE = ("）", ")")


def spread_lead_marks(names: list[tuple[str, str]], seps: list[str]) -> list[tuple[str, str]]:
    """`names` ((view, printed) pairs; `seps[i]` the separator before name i) with a lead mark that
    closes a 、-group before a ，/； copied to every name of the group."""
    if len(names) < 3 or len(seps) != len(names) or not any(s in _GROUP_ENDS for s in seps):
        return names
    out = list(names)
    for i, (view, printed) in enumerate(names):
        if not view.endswith(_CLOSE) or i + 1 >= len(names) or seps[i + 1] not in _GROUP_ENDS:
            continue
        m = _LEAD_MARK.search(view)
        if m is None or m.start() == 0:
            continue
        first = i
        while first > 0 and seps[first] == "、":
            first -= 1
        if first == i or (first > 0 and seps[first] not in _GROUP_ENDS):
            continue
        mark_view, mark_printed = view[m.start() :], printed[m.start() :]
        for j in range(first, i):
            jv, jp = out[j]
            if not _ANY_MARK.search(jv):
                out[j] = (jv + mark_view, jp + mark_printed)
    return out
