"""Years set by headings: a heading that opens with a year and names goals or work ("2025年目标：…",
"（二）2027年主要目标", "到2026年工作任务", "2024年度工作安排") dates the targets of the items under
it that name no year of their own; one that names a five-year period and its goals ("“十五五”时期主要
目标", "二、十四五发展目标") dates them with the period's last year. A review of the past (2023年工作
回顾, …完成情况) dates nothing."""

from __future__ import annotations

import functools
import re

from transform.review_headings import is_review_heading
from transform.targets.words import lex

_HEADING_YEAR = re.compile(
    r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(?:到|至|力争到)?\s*((?:19|20)\d{2})\s*年"
    r"(?:度)?(?:底|末)?(?:前)?[^，,。；;：:\d]{0,8}?(?:目标|指标|任务|计划|安排|重点)"
)
# "“十五五”时期主要目标", "（一）“十四五”期间发展目标任务", "第十五个五年规划时期主要指标"
_PERIOD_HEADING = re.compile(
    r"^\s*(?:第?[一二三四五六七八九十\d]{1,3}[章节]?[)）、.．\s]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*)?"
    r"[“\"‘']?\s*(十[一二三四五六]五|第十[一二三四五六]个五年(?:规划)?)\s*[”\"’']?"
    r"\s*(?:时期|期间|规划期|规划)?[^，,。；;：:\d]{0,10}?(?:目标|指标)"
)
_PERIOD_END = {"十一": 2010, "十二": 2015, "十三": 2020, "十四": 2025, "十五": 2030, "十六": 2035}
_NOT_AHEAD = ("编制", "回顾", "完成情况", "进展情况", "执行情况", "总结", "成效", "成绩")


# a year or period a goals heading opens with ("2025年发展目标", "今年工作目标", "2025年度总体目标")
_DATED_TOPIC = re.compile(r"^(?:(?:19|20)\d{2}\s*年度?|今年|明年|全年)\s*(?=[\u4e00-\u9fff])")


def undated(title: str) -> str:
    """A goals heading without the year or period it opens with ("2025年工作目标" -> "工作目标"): a
    goals topic stays one when dated (`structure._is_topic_heading`); "2025年工作思路" is work ahead."""
    if title[:1] not in "12今明全":
        return title
    m = _DATED_TOPIC.match(title)
    # ("2025年工作思路", "2025年工作目标任务" name the work ahead: a phase of the plan)
    return title[m.end() :] if m and title.endswith("目标") else title


def heading_year(heading: str | None) -> int | None:
    """The year a heading sets for the items under it, or None."""
    if not heading:
        return None
    return _heading_year(str(heading))


@functools.lru_cache(maxsize=4096)
def _heading_year(heading: str) -> int | None:
    # (asked for every heading above every task and target: the same few headings many times)
    if any(w in heading for w in _NOT_AHEAD):
        return None
    year = _dated_heading(heading) if "年" in heading[:16] else None
    year = year or _period_heading(heading)
    if year is None or is_review_heading(heading):
        return None
    return year


def _dated_heading(heading: str) -> int | None:
    """'2025年目标：…' -> 2025."""
    m = _HEADING_YEAR.match(heading)
    return int(m.group(1)) if m else None


def _period_heading(heading: str) -> int | None:
    """'“十五五”时期主要目标' -> 2030, the period's last year."""
    if "五" not in heading:
        return None
    m = _PERIOD_HEADING.match(heading)
    if m is None:
        return None
    return _PERIOD_END.get(m.group(1).removeprefix("第")[:2])


class DatedText(str):
    """A goal paragraph under a year heading: the text, and the year its targets default to."""

    year: int | None = None


def dated(text: str, year: int | None) -> str:
    """`text`, carrying `year` (see DatedText) when there is one."""
    if year is None:
        return text
    out = DatedText(text)
    out.year = year
    return out


def node_year(node) -> int | None:
    """The year the nearest heading over a tree node (itself included) sets, or the nearest lead-in
    sentence right above a list the node is in or heads ("到2025年，全县实现以下目标：" over its
    （一）（二）…: see lead_in_year), or None."""
    n, below, goal = node, None, False
    while n is not None:
        y = heading_year(n.heading) if n.kind != "root" else None
        if y is None and n.children:
            y = _intro_year(n, (below or n.children[0]).annex)
        if y is not None:
            return y
        goal = goal or (n.kind != "root" and _ahead_goal_heading(n.heading or ""))
        n, below = n.parent, n
    return _title_period_end(below) if goal and below is not None and node.annex == 0 else None


def _ahead_goal_heading(heading: str) -> bool:
    return (
        bool(GOAL_HEADING.search(heading))
        and not any(w in heading for w in _NOT_AHEAD)
        and not is_review_heading(heading)
    )


def _title_period_end(root) -> int | None:
    """The last year of the five-year period the page's title names ("乐平县“十四五”水利发展规划" ->
    2025), which the goals of the plan hold by where their heading and text name no year; None
    where the title names a year ("…“十四五”…2024年工作要点": an annual plan) or no period."""
    title = next((ln.strip() for ln in root.lines if ln.strip()), "")
    if "五" not in title or len(title) > _TITLE_MAX or _ANY_YEAR.search(title):
        return None
    m = _TITLE_PERIOD.search(title)
    return _PERIOD_END.get(m.group(1)) if m else None


_TITLE_MAX = 60  # characters of a page's title line
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
_TITLE_PERIOD = re.compile(
    r"[“\"‘']?(十[一二三四五六])五[”\"’']?\s*(?:时期|期间)?[\u4e00-\u9fff]{0,20}?(?:规划|纲要)"
)


def _intro_year(n, annex: int) -> int | None:
    """The year set by the lead-in of the items under `n`: the last line of its text before them, or
    its heading when it has no such text; for the root, see preamble_year. Under a goals heading
    ("（二）主要目标"), a paragraph that opens with its year ("到2026年，…实现倍增。") dates the list
    below it even without a colon."""
    if n.kind == "root":
        return preamble_year(n, annex)
    last = next((ln for ln in reversed(n.lines) if ln.strip()), None)
    if last is None:
        return lead_in_year(n.heading)
    year = lead_in_year(last)
    if year is None and GOAL_HEADING.search(n.heading or "") and not is_review_heading(n.heading or ""):
        if last.strip() in _TABLE_HEAD_CELLS:
            last = _above_table_head(n.lines)  # "至2026年，…。" / 序号 / 指标 / 现状值 / 目标 over rows 1 2 …
        year = None if _LEAD_IN_PAST.search(last) else _opening_year(last)
    return year


# the header cells of an indicator table printed one cell per line ("序号", "指标", "基期值", "目标值")
_TABLE_HEAD_CELLS = frozenset(lex("targets_goals", "table_head_cells"))
_TABLE_HEAD_MAX = 12  # header cell lines walked over


def _above_table_head(lines: list[str]) -> str:
    """The line above the header cells that end `lines` (a table's rows follow as items), or ""."""
    k, seen = len(lines) - 1, 0
    while (
        k >= 0 and seen <= _TABLE_HEAD_MAX and (not lines[k].strip() or lines[k].strip() in _TABLE_HEAD_CELLS)
    ):
        seen += 1 if lines[k].strip() else 0
        k -= 1
    return lines[k] if k >= 0 and seen <= _TABLE_HEAD_MAX else ""


def preamble_year(root, annex: int) -> int | None:
    """The year set by the lead-in sentence that ends the preamble of the numbering context `annex`
    ("到2025年，全县实现以下目标：" over the top-level items 1、2、…)."""
    lines = (root.preambles or {}).get(annex) or []
    last = next((ln for ln in reversed(lines) if ln.strip()), "")
    return lead_in_year(last)


_LEAD_IN_YEAR = re.compile(r"(?:到|至)?\s*((?:19|20)\d{2})\s*年")
# a goals paragraph opening with the year it sets: "到2026年，…" / "至2025年末，…" / "力争到2027年，…"
_OPENING_YEAR = re.compile(r"\s*(?:力争)?(?:到|至)\s*((?:19|20)\d{2})\s*年(?:底|末)?\s*[，,]")
# a goals heading ("（二）主要目标", "发展指标"); structure.py reads the goals sections by it too
GOAL_HEADING = re.compile(r"目标|指标|愿景|^总则|年度安排")  # (总则: the articles opening a plan)
_LABEL_MAX = 12  # characters of a goals label after the sentence that sets the year ("主要指标：")
_LEAD_IN_CUE = re.compile("|".join(map(re.escape, lex("targets_goals", "lead_in_cues"))))
_LEAD_IN_PAST = re.compile("|".join(map(re.escape, lex("targets_goals", "lead_in_past"))))
_SENTENCE_END = re.compile(r"[。；;！!？?]")


def lead_in_year(line: str | None) -> int | None:
    """The year a lead-in sentence ending in a colon sets for the list below it ("到2025年，全县实现以下
    目标：" -> 2025, "…设定广东 2025 年能源发展的主要目标：" -> 2025, "到2020年将实现：" -> 2020): its
    one year (or its one 到…年), followed by a word of the goals or the work ahead; a review of the past
    ("2023年主要完成了以下工作：") sets none."""
    s = (line or "").strip()
    if not s.endswith(("：", ":")):
        return None
    return _lead_in_year(s[:-1])


@functools.lru_cache(maxsize=4096)
def _lead_in_year(s: str) -> int | None:
    # (the last sentence of the line: "…。到2025年，主要目标是")
    whole, s = s, _SENTENCE_END.split(s)[-1]
    if _LEAD_IN_PAST.search(s) or is_review_heading(s):
        return None
    if len(s) <= _LABEL_MAX and _LEAD_IN_YEAR.search(s) is None and _LEAD_IN_CUE.search(s):
        # "到2026年，…明显增强。主要指标：": a goals label after the sentence that opens with the year
        return None if _LEAD_IN_PAST.search(whole) else _opening_year(whole)
    found = list(_LEAD_IN_YEAR.finditer(s))
    if len({m.group(1) for m in found}) != 1:
        bounded = [m for m in found if m.group(0)[0] in "到至"]
        found = bounded if len(bounded) == 1 else []
    if not found or _LEAD_IN_CUE.search(s, found[-1].end()) is None:
        return None
    return int(found[-1].group(1))


def _opening_year(line: str) -> int | None:
    """The year a paragraph opens with ("到2026年，…"), or None."""
    m = _OPENING_YEAR.match(line)
    return int(m.group(1)) if m else None


_HEADING_MAX = 30  # characters of a line that heads the goal lines below it


def dated_under_headings(body: str, goals: list[str], first_year: int | None = None) -> list[str]:
    """Goal lines of a page without numbered items, each dated by a heading line right above it
    ("“十五五”时期主要目标" over "地区生产总值年均增长5%左右…") when the heading sets a year not before
    the plan's first year (“十三五”时期… in a 十四五 plan reviews the past); lines already dated and
    lines under no such heading are kept as they are."""
    if all(getattr(g, "year", None) is not None for g in goals):
        return goals  # (no goal lines, or all dated already: the page's lines are not read)
    lines = [ln.strip() for ln in body.split("\n")]
    first_at: dict[str, int] = {}  # each line's first position (one pass: a lookup per goal line)
    for i, ln in enumerate(lines):
        first_at.setdefault(ln, i)
    out = []
    for g in goals:
        year = getattr(g, "year", None)
        if year is None:
            year = _year_above(lines, first_at, g.split("\n", 1)[0].strip())
            year = None if year is not None and first_year is not None and year < first_year else year
            g = dated(g, year)
        out.append(g)
    return out


def _year_above(lines: list[str], first_at: dict[str, int], first: str) -> int | None:
    """The year set by the heading line right above the line `first` (blank lines skipped);
    `first_at` gives each line's first position in `lines`."""
    if not first or first not in first_at:
        return None
    k = first_at[first] - 1
    while k >= 0 and not lines[k]:
        k -= 1
    above = lines[k] if k >= 0 else ""
    # (a cue sentence "…主要目标是：" over its list is read by the goals rules)
    if not above or len(above) > _HEADING_MAX or any(c in above for c in "。；;，,：:"):
        return None
    return heading_year(above)
