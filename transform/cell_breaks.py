"""A task cell broken in two: a heading, a break, then the sentence that states its figure (round 43c).

- A page reposted from an app or a Markdown editor may keep the `<br>` tags of its table cells as
  text ("| 1 | 推进垃圾分类<br>回收利用率达到60% | …"): in a row they read as the space an HTML
  table's `<br>` is (`transform.html_tables`); elsewhere they stay as printed (`read_breaks`).
- A row's task cell printed as a short heading, that space, then a sentence holding a figure
  ("推进生活垃圾分类 城乡生活垃圾回收利用率达到60%以上") is titled by the heading alone
  (`cell_heading`); a cell cut inside a word by a wrap, or a figure before the space, keeps its text.
"""

from __future__ import annotations

import re

_BR = re.compile(r"<[bB][rR][ \t]{0,4}/?>")
_GAP = " \u3000"
# the heading: Chinese (and quotes) only, 4–20 characters; the sentence: one token opening with a
# Chinese character, a figure in it
_HEADING = re.compile(r"[\u4e00-\u9fff“”]{4,20}")
_SENTENCE = re.compile(r"[\u4e00-\u9fff][^ \u3000]{5,}")
_DIGIT = re.compile(r"\d")


def read_breaks(text: str) -> str:
    """`<br>` tags printed as text inside a table row (a line with "|"): a space."""
    if "<" not in text:
        return text
    out = []
    for line in text.split("\n"):
        if "<" in line and "|" in line:
            line = _BR.sub(" ", line)
        out.append(line)
    return "\n".join(out)


def cell_heading(cell: str) -> str:
    """The heading of a task cell printed as "heading<br>sentence with a figure", else the cell."""
    gap = next((i for i, ch in enumerate(cell) if ch in _GAP), -1)
    if gap < 4 or gap > 20:
        return cell
    head, rest = cell[:gap], cell[gap:].lstrip(_GAP)
    if _HEADING.fullmatch(head) is None or _SENTENCE.fullmatch(rest) is None or _DIGIT.search(rest) is None:
        return cell
    return head
