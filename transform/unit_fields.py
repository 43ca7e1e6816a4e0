"""A list of bodies named by their fields alone, then 等部门/等单位 (round 39h):
"市场监管、税务、人社等部门", "市公安、卫健、市场监管等部门". Each piece is a name as printed: no suffix
shared across the 、 (transform.unit_shared) and no department stem completed (市场监管 stays, not
市场监管局: transform.gazetteer.complete_bare).

A table cell that names its bodies by their fields alone, with no 等部门 after them ("文旅",
"交通、农业农村"; lexicon units_field_words.txt, round 40i): each field as printed too. A cell of
department stems alone ("市场监管", "发展改革") still gets its suffix (gazetteer.complete_bare).
"""

from __future__ import annotations

import re

from transform.gazetteer import BARE_STEMS
from transform.lexicons import words

#: fields a 责任单位 cell names its bodies by ("文旅", "农业农村", "市场监管"), round 40i
_FIELD_WORDS = frozenset(words("units_field_words"))
_CELL_SEPS = re.compile(r"[、，,；;\s　]+")
_MAX_CELL = 40

#: "市场监管、税务、人社等部门": bodies named by their fields, then 等部门 (round 39h)
_FIELDS_TAIL = ("等部门", "等单位")
_MAX_FIELD = 4


def field_list(value: str, view: str) -> tuple[str, ...]:
    """The fields of a list of bodies named by their fields alone ("市场监管、税务、人社等部门",
    "市公安、卫健、市场监管等部门"): each as printed (no shared suffix, no completed stem); () for any
    other list. Every piece is a short word of at most four characters, two pieces at least."""
    if "等" not in view:
        return _field_cell(value, view)
    stripped = view.rstrip(" 。；;，,")
    tail = next((t for t in _FIELDS_TAIL if stripped.endswith(t)), None)
    if tail is None or "、" not in stripped:
        return ()
    pieces = stripped[: -len(tail)].split("、")
    if len(pieces) < 2 or any(not (2 <= len(p.strip()) <= _MAX_FIELD) for p in pieces):
        return ()
    if any(not all("\u4e00" <= ch <= "\u9fff" for ch in p.strip()) for p in pieces):
        return ()
    out: list[str] = []
    at = 0
    for p in pieces:  # printed slices (the view has the printed text's length)
        k = view.find(p, at)
        out.append(value[k : k + len(p)].strip())
        at = k + len(p)
    return tuple(out)


def _field_cell(value: str, view: str) -> tuple[str, ...]:
    """The fields of a cell made of field words alone ("交通、农业农村", "市场监管"), each as printed;
    () when any piece is not a field word, or every piece is a department stem ("市场监管", "发展改革":
    completed to 市场监管局 elsewhere, as the seed gold reads them)."""
    if len(view) > _MAX_CELL:
        return ()
    out: list[str] = []
    at = 0
    for m in _CELL_SEPS.finditer(view + "、"):
        piece = view[at : m.start()].strip()
        if piece not in _FIELD_WORDS:
            return ()
        k = view.find(piece, at)
        out.append(value[k : k + len(piece)])
        at = m.end()
    if all(p in BARE_STEMS for p in out):
        return ()
    return tuple(out)
