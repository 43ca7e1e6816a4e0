"""Round 45b: "由X负责，Y做好…": a bare 负责 after 由 that opens a sentence, then a body's own share in the next
piece of the same sentence ("水库山塘安全。该项工作由镇水利站负责，各村委会做好日常巡查。", "防汛物资储备由镇农业
综合服务中心负责，镇财政所予以资金保障。"). The 负责 clause alone is prose (a bare 负责 needs a sentence of its own:
transform.units._accepted); with the share after it, the body after 由 carries the whole task and leads, and the
share takes part (a 配合 piece with its work: object_participants; a share: object_shares, read beside the lead)."""

from __future__ import annotations

import re

from transform.unit_clauses import find_clauses
from transform.unit_joint import first_line_end
from transform.unit_objects import piece_clause

_PIECE_END = re.compile("[，,；;。：:\n]")
#: a bare 负责 after 由 (not 负责统筹: its own work)
_BARE = ("负责", "具体负责")


def by_duty_shared(text: str, view: str) -> tuple[tuple[str, ...], tuple[int, int]] | None:
    """(names, span) of the first "由X负责，" clause of the first line when a share piece of the same
    sentence follows it; else None."""
    end = first_line_end(view)
    for c in find_clauses(text, view, 0, end, strict=True):
        if c.role != "resp" or c.verb not in _BARE or not c.opens or view[c.start - 1 : c.start] != "由":
            continue
        if view[c.end : c.end + 1] not in ("，", ","):
            continue
        m = _PIECE_END.search(view, c.end + 1, end)
        stop = m.start() if m else end
        share = piece_clause(text, view, c.end + 1, stop)
        if share is not None and share.role in ("part", "also"):
            return c.names, (c.start, c.end)
        return None
    return None
