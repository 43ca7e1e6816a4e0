"""Item numbers printed alone on their line (a PDF's number box, a table of one cell per line):
"1" / "培育龙头企业。…" -> "1.培育龙头企业。…", "二" / "社会事业" -> "二、社会事业".

Read by `transform.lines.normalise_lines` before the lines are matched for markers.
"""

from __future__ import annotations

import re

from transform.numbering import cn_to_int, match_marker
from transform.texttables import TableLine

_BARE_NUMBER = re.compile(r"\d{1,3}")
_BARE_CN = re.compile(r"[一二三四五六七八九十]{1,3}")
_ITEM_MIN = 6  # the text of an item numbered by a bare number line (not a name in a list)
_HEADING_MIN = 2  # … of a heading numbered by a bare Chinese numeral ("二" / "社会事业")


def bare_value(line: str) -> tuple[str, int] | None:
    """("ar", 2) for a bare number line "2", ("cn", 2) for "二" (a PDF's number box), else None."""
    if isinstance(line, TableLine) or len(line) > 3:
        return None
    if line.isdigit() and _BARE_NUMBER.fullmatch(line):
        return "ar", int(line)
    number = cn_to_int(line) if _BARE_CN.fullmatch(line) else None
    return ("cn", number) if number else None


# a section heading line, or its marker printed alone ("二、" / "打好碧水保卫战")
_SECTION = re.compile(
    r"[一二三四五六七八九十]{1,3}[、.．]|[（(【][一二三四五六七八九十]{1,3}[)）】]|第[一二三四五六七八九十\d]{1,3}[章节部]"
)


def _restarts(lines: list[str], ars: list[tuple[int, int]], numbered: set[int]) -> list[int]:
    """The bare "1" lines that restart a run of bare numbers under a new section heading."""
    out = []
    for (a, _), (b, vb) in zip(ars, ars[1:], strict=False):
        if vb == 1 and b - a >= 3 and a in numbered and any(_is_section(lines[k]) for k in range(a + 2, b)):
            out.append(b)
    return out


def _is_section(line: str) -> bool:
    """A section heading (一、… （二）… 【三】… 第三章…) or its numeral alone ("二")."""
    return _SECTION.match(line) is not None or (
        line[:1] in "一二三四五六七八九十" and bare_value(line) is not None
    )


def bare_number_items(lines: list[str]) -> list[str]:
    """Items numbered by a bare number line ("1" then its text, "2" then its text …) -> "1.text";
    a bare Chinese numeral ("一" then "产业发展", "二" then …) -> "一、产业发展".

    A bare number is an item number only in a run: the next bare number line of its kind is its
    successor, or it is the successor of the previous one; a "1" restarts the run under the next
    section heading ("二、" / "打好碧水保卫战" / "1" / "整治…": round 43c) where a run has begun.
    """
    bare = [(i, v) for i, ln in enumerate(lines) if (v := bare_value(ln)) is not None]
    if len(bare) < 2:
        return lines
    numbered: set[int] = set()
    for (a, (ka, va)), (b, (kb, vb)) in zip(bare, bare[1:], strict=False):
        if ka == kb and vb == va + 1 and b - a >= 2:
            numbered.update((a, b))
    if not numbered:
        return lines
    numbered.update(_restarts(lines, [(i, v) for i, (k, v) in bare if k == "ar"], numbered))
    out: list[str] = []
    skip = False
    for i, ln in enumerate(lines):
        if skip:
            skip = False
            continue
        cn = not ln.isdigit()
        if (
            i in numbered
            and i + 1 < len(lines)
            and not match_marker(lines[i + 1])
            and not lines[i + 1][:1].isdigit()
            and len(lines[i + 1]) >= (_HEADING_MIN if cn else _ITEM_MIN)
        ):
            out.append(f"{ln}{'、' if cn else '.'}{lines[i + 1]}")
            skip = True
            continue
        out.append(ln)
    return out
