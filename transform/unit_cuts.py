"""Where a unit clause cut inside a segment starts (transform.unit_clauses._verb_split, round 44b)."""

from __future__ import annotations

#: "与江城大学共建研究院，县科技局牵头": a piece opening with 与 names the work, no unit (unit_clauses._names)
WITH = ("与",)


def after_open(view: str, s: int, i: int) -> int:
    """Where a clause cut at a 、 (view[s:i]) starts: after a bracket still open in it ("实现免费开放（县住建局牵头、
    县城管局配合）": the names are 县住建局, not the work before the bracket), else s."""
    j = max(view.rfind("（", s, i), view.rfind("(", s, i))
    if j < 0 or view.find("）", j, i) >= 0 or view.find(")", j, i) >= 0:
        return s
    return j + 1
