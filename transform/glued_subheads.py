"""A section heading with its first sub-item glued on, no break between (round 43c):
"一、稳定粮食生产（一）落实粮食播种面积。…（牵头单位：…）（二）推进…" is the heading "一、稳定粮食生产"
and the items (一), (二). Read by `transform.lines.split_inline`, which cuts the line there.
"""

from __future__ import annotations

import re

from transform.numbering import Marker, match_marker

# the heading's text: Chinese (and quotes) only, then （一） or (一) and the item's own text
_GLUED = re.compile(r"[\u4e00-\u9fff“”]{2,20}(?=[（(]一[）)](?![项类条款号级])[\u4e00-\u9fff“《])")
_HEAD_KINDS = frozenset({"cn", "chap", "part"})


def glued_first_item(line: str, head: Marker | None) -> tuple[int, Marker] | None:
    """(position, marker) of the （一） glued to the heading that opens `line`, or None."""
    if head is None or head.kind not in _HEAD_KINDS or "一" not in line[head.end : head.end + 24]:
        return None
    m = _GLUED.match(line, head.end)
    if m is None:
        return None
    inner = match_marker(line[m.end() : m.end() + 8])
    return (m.end(), inner) if inner is not None and inner.kind == "pcn" and inner.number == 1 else None
