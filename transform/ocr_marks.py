"""Item numbers that a scan's OCR or a Word-to-HTML export misprinted (round 40b).

- OCR reads the 一 of "（一）" as a dash ("（-）加强…", "(—)…") and the 1 of "1." as a small L
  ("l．新建…", "l、…"): at a line's start, before the item's text, they are that number again.
- OCR reads the 一 of a section's "一、" as a dash too ("-、重点任务", "—、主要任务": round 45c): a
  single dash, then 、, then the heading's text, is "一、" ("——、" and "-、2026年" stay).
- A Word export may put a heading's number and its 、 on lines of their own ("一" / "、" /
  "强化责任落实"): the separator goes back onto its number ("一、"), where the joining of bare
  markers (`transform.lines`) takes the heading's text on.

Read by `transform.lines.normalise_lines` before the lines are matched for markers.
"""

from __future__ import annotations

import re

from transform.texttables import TableLine

# "（-）" "(—)" "（－）" "(一)" read by OCR, then the heading's text (a CJK character or an opening quote)
_DASH_ONE = re.compile(r"^([（(])[ \t]?[-—－–][ \t]?([）)])(?=[ \t]?[\u4e00-\u9fff“《])")
# "l．" "l." "l、" (a small L for 1), then the item's text; "（l）" likewise
# "-、" "—、" "－、" "–、" (a dash for 一), then the heading's text
_DASH_SECTION = re.compile(r"^[-—－–]、(?=[\u4e00-\u9fff“《])")
_ELL_ONE = re.compile(r"^l(?=[ \t]?[.．、][ \t]?[\u4e00-\u9fff“《])")
_ELL_PAREN = re.compile(r"^([（(])l([）)])(?=[ \t]?[\u4e00-\u9fff“《])")

_DASHES = frozenset("-—－–")
_SEPARATORS = frozenset(("、", "．", ".", "﹒"))
_BARE_NUMBER = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})")


def ocr_marked(line: str) -> str:
    """`line` with an OCR-misread item number at its start printed as the number it stands for."""
    first = line[:1]
    if first == "l":
        return _ELL_ONE.sub("1", line, count=1)
    if line[1:2] == "、" and first in _DASHES:
        return _DASH_SECTION.sub("一、", line, count=1)
    if first in "（(" and len(line) > 3:
        if line[1] in "-—－–" or line[2:3] in ("-", "—", "－", "–"):
            return _DASH_ONE.sub(r"\g<1>一\g<2>", line, count=1)
        if line[1] == "l":
            return _ELL_PAREN.sub(r"\g<1>1\g<2>", line, count=1)
    return line


def joined_separators(lines: list[str]) -> list[str]:
    """A line holding only a separator (、．.) after a line holding only a number joins it:
    "一" / "、" -> "一、"."""
    out: list[str] = []
    for ln in lines:
        if (
            ln in _SEPARATORS
            and out
            and not isinstance(out[-1], TableLine)
            and _BARE_NUMBER.fullmatch(out[-1]) is not None
        ):
            out[-1] = out[-1] + ln
            continue
        out.append(ln)
    return out


def has_separator_line(lines: list[str]) -> bool:
    return any(ln in _SEPARATORS for ln in lines)
