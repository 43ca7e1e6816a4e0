"""Round 45b: "由X负责，Y做好…": a bare 负责 after 由 that opens a sentence, then a body's own share in the next
piece of the same sentence ("水库山塘安全。该项工作由镇水利站负责，各村委会做好日常巡查。", "防汛物资储备由镇农业
综合服务中心负责，镇财政所予以资金保障。"). The 负责 clause alone is prose (a bare 负责 needs a sentence of its own:
transform.units._accepted); with the share after it, the body after 由 carries the whole task and leads, and the
share takes part (a 配合 piece with its work: object_participants; a share: object_shares, read beside the lead)."""

from __future__ import annotations

import re

from transform.gazetteer import is_unit_like
from transform.unit_clauses import Clause, find_clauses
from transform.unit_joint import first_line_end
from transform.unit_names import split_value
from transform.unit_objects import piece_clause
from transform.unit_words import simplified

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


#: round 47b: each body "in its field" after a body that takes the work on ("县农业农村局负责统筹推进户厕改造，
#: 县卫生健康局、县住建局按职责分工负责技术指导", "由区财政局负责清理收费项目，区发改局、区市场监管局按职责分工负责")
_DIVIDED = re.compile(r"(?:按照?|依)(?:各自)?职(?:责|能)(?:分工)?负责")
_NAMES_MAX = 60


def divided_after_duty(
    text: str, view: str
) -> tuple[tuple[str, ...], tuple[str, ...], list[tuple[int, int]]] | None:
    """(lead, participating, spans) where a piece of the first line names bodies with 负责 (牵头) and their work,
    and a later piece of the same sentence names bodies that are responsible "by their duties" (按职责分工负责):
    those help the body that took the work on, as beside a 牵头 body (EXTRACTION.md); else None."""
    end = first_line_end(view)
    start = 0
    duty: Clause | None = None
    while start < end:
        m = _PIECE_END.search(view, start, end)
        stop = m.start() if m else end
        if duty is None:
            c = piece_clause(text, view, start, stop)
            if c is not None and c.role in ("lead", "resp"):
                duty = c
        else:
            d = _DIVIDED.search(view, start, stop)
            if d is not None and d.start() - start <= _NAMES_MAX:
                names = split_value(text[start : d.start()])[0]
                if names and all(is_unit_like(simplified(n)) for n in names):
                    return duty.names, names, [(duty.start, duty.end), (start, d.end())]
                return None
        if stop < end and view[stop] in "。；;":
            duty = None
        start = stop + 1
    return None
