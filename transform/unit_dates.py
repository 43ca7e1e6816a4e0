"""A deadline printed after the last unit of a list, no part of its name.

A task's bracket or a table cell flattened to text may print the deadline right after the units,
after a space, in brackets or glued: "（责任单位：县发改局 2024年底前）", "县林业局（2025年6月底前）",
"县住建局2024年12月", "县水利局 6月底前完成". The unit's name ends before the date (round 39b). A
name with a year inside ("县2024年重点项目指挥部") ends with a body's word, not with a date, and stays.
A page flattened into one line may run the signature on after the last unit ("县融媒体中心
某县人民政府办公室 2025年4月18日"): a body named with its place before a whole date signs the page.
"""

from __future__ import annotations

import re

from transform.gazetteer import is_placed_body, is_unit_like

# a date at the end of a piece: a year (2024年, 2024.12, 2024-06-30) or a month (6月), then only
# date words (底 末 前 上旬 … 完成), in brackets or not; bounded runs only (linear)
_DATE_TAIL = re.compile(
    r"[\s（(]{0,3}(?:(?:19|20)\d{2}\s*(?:年|[-./]\s*\d{1,2})|\d{1,2}\s*月)"
    r"[\d\s年月日号底末前中上下旬之以内完成止\-—–./至]{0,16}[）)]?$"
)
_DIGITS = frozenset("0123456789")


def date_tail_start(piece: str) -> int:
    """Where a deadline printed after a unit's name starts ("县发改局 2024年底前" -> 4), or the
    piece's length."""
    if _DIGITS.isdisjoint(piece):
        return len(piece)
    m = _DATE_TAIL.search(piece)
    if m is None or m.start() == 0:
        return len(piece)
    head = piece[: m.start()].rstrip()
    signer = head.rsplit(None, 1)
    if "日" in m.group() and len(signer) == 2 and is_placed_body(signer[1]):  # a flattened signature
        head = signer[0].rstrip()  # ("县融媒体中心 某县人民政府办公室 2025年4月18日")
    return len(head) if head and is_unit_like(head) else len(piece)
