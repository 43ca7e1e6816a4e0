"""A PDF's running banner repeated between the items (round 45c).

A conversion of a red-headed document may print its banner ("湘潭市水利局文件", "某县人民政府办公室文件")
at the top of every page: between two items, where the line would read as the units of the item above
it. A short line that names a body and ends in 文件, printed twice or more on the page, is dropped
wherever it stands, but for its first print among the page's first lines (the document's own red head,
which names the issuer).
"""

from __future__ import annotations

import re

from transform.page_marks import without_page_marks

_BANNER = re.compile(r"[\u4e00-\u9fff（）()]{2,24}文件")
_HEAD_LINES = 3  # a banner among the page's first lines (not empty) is the document's red head
_REPEATS_MIN = 2


def without_page_furniture(lines: list[str], text: str) -> list[str]:
    """`lines` without page marks (`transform.page_marks`: a sentence cut by a page break reads on),
    then without a running banner's repeats that those left."""
    lines = without_page_marks(lines, rejoin=True)  # (first: a running head beside a page number is its own)
    return without_banners(lines) if may_have_banners(text) else lines


def may_have_banners(text: str) -> bool:
    """Cheap: does a line end in 文件 twice or more?"""
    return text.count("文件\n") >= _REPEATS_MIN


def without_banners(lines: list[str]) -> list[str]:
    """`lines` (stripped) without the repeats of a running banner."""
    seen: dict[str, int] = {}
    for ln in lines:
        if ln.endswith("文件") and _BANNER.fullmatch(ln):
            seen[ln] = seen.get(ln, 0) + 1
    repeated = {ln for ln, n in seen.items() if n >= _REPEATS_MIN}
    if not repeated:
        return lines
    out: list[str] = []
    filled = 0  # lines with text kept so far
    for ln in lines:
        if ln in repeated and filled >= _HEAD_LINES:
            continue
        out.append(ln)
        filled += bool(ln)
    return out
