"""A lead mark after a group of names leads the whole group (round 43a).

"责任单位：各乡镇人民政府、街道办事处（牵头），县农业农村局、县生态环境分局": the list is two groups,
the first joined by 、 and closed by ，; the mark "（牵头）" after its last name marks the group, so both
of its names lead (transform/units.py `_marked_leads` then reads each marked name as a lead). A mark
after a name inside a 、-run ("县民政局、县财政局（牵头）、县卫健局") or at the list's end marks that
name only, as before. The mark words are in lexicon units_role_marks.toml.

A group mark ("（分别牵头）", "〔共同牵头〕", round 44a) after the last name of a 、-group makes every
name of the group lead: "市卫健委、市农业农村局（分别牵头）" -> both lead; "鼓楼区政府、台江区政府
〔分别牵头〕，市商务局" -> the two lead, 市商务局 takes part. It is read as "（牵头）" on each name.
One-character marks ("县卫健局（主）、县医保局（协）"), role nouns ("（第一责任单位）", "（协办单位）") and marks in
angle brackets ("〈牵头〉") are read as "（牵头）" / "（配合）", and a name run on
right after a mark ("县发改局（牵头）县财政局") is a name of its own (round 44a).
"""

from __future__ import annotations

import re

from transform.gazetteer import is_unit_like
from transform.lexicons import table
from transform.unit_words import alternation

_MARKS = table("units_role_marks")
_LEAD_MARK = re.compile(r"[（(]\s*(?:" + alternation(tuple(_MARKS["lead"])) + r")\s*[）)]$")
_ANY_MARK = re.compile(
    r"[（(]\s*(?:" + alternation(tuple(_MARKS["lead"]) + tuple(_MARKS["part"])) + r")\s*[）)]$"
)
_GROUP_MARK = re.compile(
    r"[（(〔【\[]\s*(?:" + alternation(tuple(_MARKS["group_lead"])) + r")\s*[）)〕】\]]$"
)
_GROUP_ENDS = frozenset("，,；;")
_PLAIN_LEAD = "（牵头）"
_SHORT = {w: "（牵头）" for w in (*_MARKS["read_as_lead"], *_MARKS["lead"])} | {
    w: "（配合）" for w in (*_MARKS["read_as_part"], *_MARKS["part"])
}
#: a mark read as 牵头 / 配合: a word of read_as_* in brackets, or any role word in angle brackets
_SHORT_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:[（(]("
    + alternation(tuple(_MARKS["read_as_lead"]) + tuple(_MARKS["read_as_part"]))
    + r")[）)]|[〈<＜]("
    + alternation(tuple(_SHORT))
    + r")[〉>＞])(?=[、，,；;）)/\s]|$)"
)
_SHORT_CHARS = frozenset("主协〈<＜") | frozenset(
    w[0] for w in _MARKS["read_as_lead"] + _MARKS["read_as_part"]
)
#: a role mark with a name run on right after it (no separator between)
_RUN_ON = re.compile(
    r"[（(](?:" + alternation(tuple(_MARKS["lead"]) + tuple(_MARKS["part"])) + r")[）)](?=[\u4e00-\u9fff])"
)
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


def spread_group_marks(names: list[tuple[str, str]], seps: list[str]) -> list[tuple[str, str]]:
    """`names` ((view, printed) pairs; `seps[i]` the separator before name i) with a group lead mark
    ("（分别牵头）") read as "（牵头）" on its name and on every name of the 、-group it closes."""
    if len(seps) != len(names):
        return names
    out = list(names)
    for i, (view, printed) in enumerate(names):
        m = _GROUP_MARK.search(view) if "牵头" in view else None
        if m is None or m.start() == 0:
            continue
        out[i] = (view[: m.start()] + _PLAIN_LEAD, printed[: m.start()] + _PLAIN_LEAD)
        j = i
        while j > 0 and seps[j] == "、":  # back over the group, up to a name with a mark of its own
            jv, jp = out[j - 1]
            if _ANY_MARK.search(jv):
                break
            out[j - 1] = (jv + _PLAIN_LEAD, jp + _PLAIN_LEAD)
            j -= 1
    return out


def read_marks(value: str, view: str) -> tuple[str, str]:
    """(value, view) of a unit list with its one-character marks spelt out ("（主）" -> "（牵头）") and a
    separator after a mark that a name runs on from ("县发改局（牵头）县财政局"); both strings are
    edited alike, so they stay aligned."""
    edits: list[tuple[int, int, str]] = []
    if not _SHORT_CHARS.isdisjoint(view):
        edits += [(m.start(), m.end(), _SHORT[m.group(1) or m.group(2)]) for m in _SHORT_MARK.finditer(view)]
    for m in _RUN_ON.finditer(view):
        nxt = re.split(r"[、，,；;（(）)\s]", view[m.end() : m.end() + 30], maxsplit=1)[0]
        if is_unit_like(nxt):
            edits.append((m.end(), m.end(), "、"))
    if not edits:
        return value, view
    vals: list[str] = []
    views: list[str] = []
    at = 0
    for start, end, new in sorted(edits):  # one pass, linear in the list's length
        vals += [value[at:start], new]
        views += [view[at:start], new]
        at = end
    return "".join(vals) + value[at:], "".join(views) + view[at:]
