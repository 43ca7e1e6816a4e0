"""A spaced row whose last cells a conversion glued together (round 47k).

"4     乡镇卫生院提升      改造提升乡镇卫生院3所县卫生健康局2024年12月" under a header
"序号 项目名称 建设内容 牵头单位 完成时限": the row holds fewer cells than the table has columns
and its last cell runs on from its content into the unit and the deadline cells with no space.
Where the header ends with a unit column and a deadline column (either order), the deadline is
cut from the cell's end and then the unit name before it (the longest ending that opens with a
level of government, 县 / 市 / 区 …, and is a unit list alone): "改造提升乡镇卫生院3所" |
"县卫生健康局" | "2024年12月".

Read by `transform.texttables._piped_rows_of` (a table laid out by spaces).
"""

from __future__ import annotations

import re

from transform.table_cells import UNIT_ROLES, cell_type, is_units

# a deadline printed at the cell's end: "2024年12月", "2025年6月底前", "12月底", "年底前"
_DATE_END = re.compile(
    r"(?:(?:(?:19|20)\d{2}年)?(?:1[0-2]|[1-9])月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?|(?:(?:19|20)\d{2}年)?年底)"
    r"(?:前|以前|之前)?$"
)
# the level of government a unit name opens with
_LEVELS = frozenset("省市州盟县区旗乡镇")
_HEAD_MIN = 4  # characters of content left before the glued unit
_UNIT_MAX = 30


def unglue_tail(cells: list[str], roles: list[str]) -> list[str]:
    """`cells` with the unit and deadline cells cut from a last cell they were glued to, where
    the row is two cells short of its header (`roles`: the role of each column) and the header
    ends with a unit and a deadline column."""
    if len(roles) < 4 or len(cells) < 2 or len(cells) != len(roles) - 2:
        return cells
    tail = roles[-2:]
    date_last = tail[0] in UNIT_ROLES and tail[1] == "deadline"
    unit_last = tail[0] == "deadline" and tail[1] in UNIT_ROLES
    if not (date_last or unit_last):
        return cells
    last = cells[-1].strip()
    if cell_type(last) != "long":
        return cells
    cut = _date_then_unit(last) if date_last else _unit_after_date(last)
    return cells if cut is None else [*cells[:-1], *cut]


def _date_then_unit(text: str) -> list[str] | None:
    """Cut "…3所县卫生健康局2024年12月" into ["…3所", "县卫生健康局", "2024年12月"]."""
    m = _DATE_END.search(text)
    if m is None:
        return None
    split = _unit_end(text[: m.start()])
    return None if split is None else [*split, m.group()]


def _unit_after_date(text: str) -> list[str] | None:
    """Cut "…3所2024年12月县卫生健康局" into ["…3所", "2024年12月", "县卫生健康局"]."""
    split = _unit_end(text)
    if split is None:
        return None
    m = _DATE_END.search(split[0])
    if m is None or m.start() < _HEAD_MIN:
        return None
    return [split[0][: m.start()], m.group(), split[1]]


def _unit_end(text: str) -> list[str] | None:
    """The content and the unit name it ends with (the longest such ending that opens with a
    level of government), or None."""
    start = max(_HEAD_MIN, len(text) - _UNIT_MAX)
    for x in range(start, len(text) - 2):
        if text[x] in _LEVELS and is_units(text[x:]):
            return [text[:x], text[x:]]
    return None
