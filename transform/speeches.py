"""A report given at a meeting: its bare heading ("政府工作报告") over the line that says when
and where it was given ("——2026年1月18日在某省第十四届人民代表大会第五次会议上", "（2024年1月9日在
某县第十八届人民代表大会第四次会议上）", or the meeting line with its date on the next line). A
政府工作报告 given at the year's people's congress plans that year's work."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

_DATE = (
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇○零0OＯ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日"
)
# "——2026年1月18日在…会议上", "（2024年1月9日在…大会上）", "在…会议上" (its date on the next line)
_MEETING_LINE = re.compile(
    r"^[—－─\-]{0,4}\s*[（(]?\s*(?P<date>"
    + _DATE
    + r")?\s*在\s*[^。，,；;]{2,60}?(?:会议|大会|全会|會議|大會|全會)上\s*[)）]?$"
)
_DATE_ALONE = re.compile(r"^[（(]\s*(?P<date>" + _DATE + r")\s*[)）]$")
# the speaker's line between the meeting line and the date alone ("县委副书记、县长 某某", "市长  张三"):
# short, no sentence, no clause break but 、 between two offices
_SPEAKER_LINE = re.compile(r"^[^。，,；;：:！!？?（）()\d]{2,30}$")
_CONGRESS = re.compile(r"人民代表大[会會]|人代[会會]")
_HEADING_MAX = 40  # characters of the heading over the meeting line
_TOP = 12  # lines of the page top read


def speech_heading(
    lines: list[str], parse_date: Callable[[str | None], date | None]
) -> tuple[str | None, date | None, bool]:
    """(heading, date given, given at a people's congress) of a report printed with its meeting
    line under its heading (a line of the page's chrome above it gives no heading); (None, None,
    False) where the page top has none. A meeting line broken over two lines is joined."""
    for i, line in enumerate(lines[1:_TOP], 1):
        s = line.strip()
        m = _MEETING_LINE.match(s)
        if m is None and i + 1 < len(lines) and "在" in s and not s.endswith("上"):
            s = s + lines[i + 1].strip()  # "2025年3月21日在某区第十九届" / "人民代表大会第四次会议上"
            m = _MEETING_LINE.match(s)
        if m is None:
            continue
        head: str | None = lines[i - 1].strip()
        if not head or len(head) > _HEADING_MAX or re.search(r"[。，,；;：:|｜]", head):
            head = None
        when = m.group("date") or _date_alone(lines[i + 1 : i + 3])
        return head, parse_date(when) if when else None, _CONGRESS.search(s) is not None
    return None, None, False


def speaker_under_meeting(lines: list[str], title: str | None) -> bool:
    """Is `title` the speaker's line printed under a report's meeting line ("——2024年1月8日在某县
    第十八届人民代表大会第三次会议上 / 某县人民政府县长 某某")? A headline read above a page's byline
    may be that line; the report's heading is over the meeting line."""
    if not title or _SPEAKER_LINE.match(title.strip()) is None:
        return False
    want = re.sub(r"\s+", "", title)
    for i, line in enumerate(lines[1:_TOP], 1):
        if _MEETING_LINE.match(line.strip()) is not None:
            return any(re.sub(r"\s+", "", ln) == want for ln in lines[i + 1 : i + 3])
    return False


def _date_alone(after: list[str]) -> str | None:
    """The date alone on the line under the meeting line, or under the speaker's line there
    ("——在…会议上 / 县长 某某 / （2025年1月6日）")."""
    for k, line in enumerate(after):
        d = _DATE_ALONE.match(line.strip())
        if d is not None:
            return d.group("date")
        if k > 0 or _SPEAKER_LINE.match(line.strip()) is None:
            return None
    return None


_STANDING_COMMITTEE = re.compile(r"常[务務]委[员員][会會]|常委[会會]")
_WORK_REPORT = re.compile(r"工作报告|报告工作")


def congress_report(lines: list[str]) -> bool:
    """The page top is a 政府工作报告 given at a people's congress: its meeting line (not one of the
    standing committee's) and, in the heading over it or the lines around it, the work report
    ("政府工作报告", "向大会报告工作"). Its review of the past year is followed by the year's work."""
    head, _when, congress = speech_heading(lines, lambda _s: None)
    if not congress:
        return False
    top = "\n".join(lines[:_TOP])
    return _STANDING_COMMITTEE.search(top) is None and (
        "工作报告" in (head or "") or _WORK_REPORT.search(top) is not None
    )
