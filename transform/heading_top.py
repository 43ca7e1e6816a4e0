"""The heading of a page whose heading names no kind of document ("某县2024年经济社会发展主要指标",
"…项目一览", "…名单"): the first heading line at the top of the page, right above its numbered
items or table (the last fallback of `transform.metadata.extract_metadata` for the title)."""

from __future__ import annotations

import re

from transform.headings import (
    _CLAUSE_INSIDE,
    _CRUMB,
    _DATE_ONLY,
    _DOCNO_LINE,
    _FIELD_LINE,
    _ISSUER_LINE,
    _STAMP,
    _byline,
    _compact,
    _heading_at,
    _one_cell,
    clean_title,
    heading_like,
    site_only,
)
from transform.numbering import match_marker

_TOP_LINES = 12  # the heading of a page stands within its first lines, above its items
_TABLE_START = re.compile(r"^(?:\d{1,3}|序\s*号|编\s*号)\s*[|｜]")  # a table's header or first row
_FIELD_ROW = re.compile(r"[:：]\s*[|｜]")  # a row of the page's 信息公开 table ("索引号: | …")


def top_heading(lines: list[str]) -> str | None:
    """The heading of a page whose heading names no kind of document ("某县2024年经济社会发展主要
    指标", "…项目一览", "…名单"): the first heading line of its top, where numbered items or a
    table follow within a few lines. Navigation, bylines, dates, a 文号 and the issuer of a red
    header may stand above it; a line of prose or a table header before it means none."""
    limit = min(len(lines), _TOP_LINES)
    first_item = next(
        (i for i in range(limit) if match_marker(lines[i].strip()) or _TABLE_START.match(lines[i].strip())),
        None,
    )
    if first_item is None:
        return None
    for i in range(first_item):
        s = _one_cell(lines[i])
        if (
            _CRUMB.search(s)
            or _DATE_ONLY.match(s)
            or _STAMP.match(s)
            or _byline(s)
            or _FIELD_LINE.match(s)
            or _DOCNO_LINE.search(s)
            or _FIELD_ROW.search(s)
            or (len(s) <= 20 and _ISSUER_LINE.search(s))  # a red header's issuer
        ):
            continue
        if len(_compact(s)) >= 8 and heading_like(s) and not _CLAUSE_INSIDE.search(s) and not site_only(s):
            return clean_title(_heading_at(lines, i))
        return None
    return None
