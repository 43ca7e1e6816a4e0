"""Pieces of a share sentence that the object clauses (transform.unit_objects) step over (round 47g).

- The rule a share is done by, between the modal and the verb: "区直有关部门要按照“管行业必须管安全”的要求履行监管
  职责" — an opener (按照, 依照 …), a phrase of no punctuation and an end (要求, 原则: lexicon
  `units_object_clauses.toml` [manner]); the names and the modal end before it.
- A role verb inside a quotation is part of the rule, no verb of the piece ("要依照“谁主管谁负责”的原则履行…").
- A body's plain work with no modal ("县行政审批局开辟绿色通道，县住建局配合做好…"): as after 要 (round 39k), the
  配合 piece after it names helpers (47b_23), and the body is no unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from transform.lexicons import table

_LEX = table("units_object_clauses")
_MANNER_OPENERS = tuple(_LEX["manner"]["openers"])
_MANNER_ENDS = tuple(_LEX["manner"]["ends"])
_MANNER_MAX = 30
_PIECE_STOPS = "，,；;。：:\n"
#: the role verbs that are no share of a body's own work (牵头, 负责, 配合 …): a piece with one is a clause
_ROLE_VERBS = re.compile(
    "|".join(
        map(
            re.escape,
            sorted((v for r, vs in _LEX["verbs"].items() if r != "also" for v in vs), key=len, reverse=True),
        )
    )
)
#: the endings of a body's name (局, 办, 委 …) and the shortest work after a body with no modal
_ORGAN_ENDS = tuple(_LEX["organs"]["endings"])
_BARE_WORK_MIN = 4
_NAMES_MAX = 60


def manner_start(view: str, s: int, p: int) -> int:
    """Where the rule before the verb at p opens (the names and modal end there), or p where none stands there."""
    if not view.endswith(_MANNER_ENDS, s, p):
        return p
    lo = max(s, p - _MANNER_MAX)
    i = max(view.rfind(w, lo, p) for w in _MANNER_OPENERS)
    if i <= s or any(c in view[i:p] for c in _PIECE_STOPS):
        return p
    return i


def quoted(view: str, s: int, p: int) -> bool:
    """Does view[p] stand inside a quotation opened after s (“…”, 「…」)?"""
    return view.count("“", s, p) > view.count("”", s, p) or view.count("「", s, p) > view.count("」", s, p)


def bare_subject(
    view: str, s: int, e: int, named_body: Callable[[str], bool], work_at: Callable[[str, int, int], bool]
) -> bool:
    """Does view[s:e] open with one body printed with its level (the shortest opening that ends with a body's word and
    names one) and go on with its own work, no modal and no role verb ("县行政审批局开辟绿色通道")?"""
    for p in range(s + 3, min(e - _BARE_WORK_MIN, s + _NAMES_MAX) + 1):
        if view.endswith(_ORGAN_ENDS, s, p) and "、" not in view[s:p] and named_body(view[s:p]):
            return work_at(view, p, e) and _ROLE_VERBS.search(view, p, e) is None
    return False
