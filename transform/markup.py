"""Plain lines from the markup some mirrors and exports print around a plan's text.

- Box-drawing tables ("┃1 ┃新建…┃区民政局┃" between "┣━━╋━━┫" rules, or "│ … │" between
  "├──┼──┤"): a row's vertical bars become the "|" of a piped table, and the rules are dropped, as
  are the "+-----+" rules of a plain-text table (its rows are piped already).
- Markdown of a page rendered from it: quote marks ("> 1.…"), heading hashes ("## 一、…"), bold around the start of a
  line or its number's text ("**1.加强组织领导。** 成立…", "1. **深化改革**：…"), and a "- " / "* "
  list bullet before an item's number or a bold label ("- **生产总值增长**：5.5%左右").
  Asterisks elsewhere stay (a draft's "实现**亿元" stands for a figure still to be filled in).
"""

from __future__ import annotations

import re

__all__ = ["has_markup", "unbolded", "unmarked_lines"]

# the box-drawing block (U+2500-U+257F): light, heavy and double lines, corners and crossings
_BOX = "\u2500-\u257f"
_HAS_BOX = re.compile(f"[{_BOX}]")
# a rule line of a box table: box characters (and spaces or the "+-=" of a plain-text table) only
_RULE = re.compile(rf"^[{_BOX}+=\-\s]+$")
# a rule of a plain-text table: "+------+-----+", "+======+=====+" (crossings and dashes only)
_ASCII_RULE = re.compile(r"^\+(?:[-=:]{2,}\+)+$")
# the vertical bars a row of a box table separates its cells by
_VERTICALS = re.compile("[\u2502\u2503\u2551\u2506\u2507\u250a\u250b\u254e\u254f]")
# the marks of a markdown quote ("> 1.开展…", ">> 一、…") before text (not a figure's ">70")
_QUOTE = re.compile(
    r"^(?:>[ \u3000]*)*>[ \u3000]+(?=[^\d\s.%％])|^(?:>[ \u3000]*)*>[ \u3000]+(?=\d{1,3}[.．、)）](?!\d))"
)
# markdown heading hashes before a heading's text
# (a number right after a hash is a number sign: "#1机组")
_HASHES = re.compile(r"^#{1,6}(?:[ \u3000]+|(?=[^\d#\s]))")
# heading hashes inside a line a mirror flattened, before a heading's number: "… ## 二、发展目标 ### (一)…"
_INNER_HASHES = re.compile(r"(?<=\s)#{1,6}[ \u3000]+(?=[（(]?[\d一二三四五六七八九十])")
# bold around the start of a line, or right after its number: "**1.加强组织领导。**",
# "1. **深化改革开放**：…"
_LEAD_BOLD = re.compile(
    r"^((?:[（(]?[\d一二三四五六七八九十]{1,3}[)）.、．][ \u3000]*)?)\*\*([^*]{1,200})\*\*"
)
# bold around a whole cell of a markdown table: "| 1 | **新建驿站20个** | 市数据局 |"
_BOLD_CELL = re.compile(r"(?<=\|)([ \u3000]*)\*\*([^*|]{1,200})\*\*(?=[ \u3000]*\|)")
# a list bullet before a bold label: "- **生产总值增长**：5.5%左右"
_BULLET_BOLD = re.compile(r"^[-*+][ \u3000]+(?=\*\*)")
# a markdown list bullet before an item's number: "- 4.…", "* （一）…"
_MD_BULLET = re.compile(r"^[-*+][ \u3000]+(?=[（(]?[\d一二三四五六七八九十①-⑳])")


def has_markup(text: str) -> bool:
    """Whether `text` may hold a box table or markdown: a cheap test before the pass over its lines."""
    # a pair is looked for only where its first character is: on CJK text `in` of one character
    # runs at memchr speed, of two about ten times slower
    return (
        "#" in text
        or ("*" in text and ("**" in text or "* " in text))
        or ("-" in text and "- " in text)
        or (">" in text and "> " in text)
        or ("+" in text and ("+-" in text or "+=" in text))
        or _HAS_BOX.search(text) is not None
    )


def _row(line: str) -> str:
    """A row of a box table as a piped row: "┃1 ┃新建…┃区民政局┃" -> "|1|新建…|区民政局|"."""
    cells = [c.strip() for c in _VERTICALS.split(line.strip())]
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    return "|" + "|".join(cells) + "|"  # an empty cell inside the row keeps its column


def _unmarked(line: str) -> str | None:
    """`line` without its markup, or None for a rule line of a box table."""
    if _HAS_BOX.search(line) is not None:
        if _RULE.match(line):
            return None
        if _VERTICALS.search(line) is not None:
            return _row(line)
        return line
    if line[:1] == "+" and _ASCII_RULE.match(line.replace(" ", "")):
        return None
    if line.startswith(">"):
        line = _QUOTE.sub("", line, count=1)
    if line.startswith("#"):
        line = _HASHES.sub("", line, count=1)
    if "# " in line:
        line = _INNER_HASHES.sub("", line)
    if line[:1] in "-*+":
        line = _BULLET_BOLD.sub("", _MD_BULLET.sub("", line, count=1), count=1)
    if line[:1] == "|" and "**" in line:
        return _BOLD_CELL.sub(r"\1\2", line)
    return unbolded(line)


def unbolded(line: str) -> str:
    """`line` without the Markdown bold around its start or its number's text ("**某县…方案**",
    "**1.加强组织领导。** 成立…", "1. **深化改革**：…"); masking asterisks stay. The one reading of
    Markdown bold: the body's lines (`unmarked_lines`) and a page's title line (`transform.headings`)."""
    if "**" in line[:12] and not _masked(line):
        return _LEAD_BOLD.sub(r"\1\2", line, count=1)
    return line


def _masked(line: str) -> bool:
    """Asterisks that mask a name ("1.**区上顿渡**2024年**民宅改造工程", "4.**区**安置房…"), not
    markdown bold: they come in an odd number, or the first pair runs on into the text after it
    (bold closes on a sentence's end, a line's end, punctuation or a space: "**1.加强组织领导。**成立",
    "1. **深化改革**：…")."""
    if line.count("**") % 2:
        return True
    m = _LEAD_BOLD.match(line)
    if m is None:
        return False
    after = line[m.end() : m.end() + 1]
    runs_on = after.isdigit() or "\u4e00" <= after <= "\u9fff"
    return runs_on and not _CLOSED.search(m.group(2))


_CLOSED = re.compile(r"[。！？!?；;：:，,、）)」”]$")


def unmarked_lines(lines: list[str]) -> list[str]:
    """`lines` without box-table rules and markdown markup (other lines pass unchanged)."""
    out: list[str] = []
    for line in lines:
        plain = _unmarked(line)
        if plain is not None:
            out.append(plain)
    return out
