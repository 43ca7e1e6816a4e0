"""Whole plans in 篇 / 章 / 节 (issue 15, round 7C).

A plan in chapters opens with the past period and the setting, then its general requirements
(总体要求, 指导思想, 发展目标 …), then its work. The chapters and sections before its first topic
heading review the past under headings of any wording ("第一章 乘势而上迈向新征程 / 第一节 如期全面
建成小康社会"): they hold no tasks (`transform.structure` treats them as reviews); so does such a
first chapter on a page cut before any topic heading, when its text opens with the period before
the plan's (round 12E), and the first section of a plan or 建议 that reviews that period
(`opening_reviews`). Its table of contents ("目  录" and the headings under it, with leaders and
page numbers, with page numbers after a space, or without) is no part of its items
(`drop_contents`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from transform import lexicons
from transform.numbering import match_marker
from transform.targets.tables import pipe_spaced_tables

_CHAPTER_KINDS = frozenset(("part", "chap", "sec"))
_OPENING = 2  # chapters a plan opens with before its general requirements, at most


def background_sections(root: Any, is_topic: Callable[[Any], bool]) -> set[int]:
    """The ids of the 篇/章/节 nodes before the first topic heading of a plan in chapters (none
    where the plan has no chapters or no topic heading)."""
    heads = list(_chapter_nodes(root))
    if not any(n.kind == "chap" for n in heads):
        return set()
    first = next((n for n in heads if is_topic(n)), None)
    if first is None:
        return _cut_opening_review(root, heads)
    if sum(1 for n in heads if n.kind == "chap" and n.order < first.order) > _OPENING:
        return set()  # (no topic heading among the opening chapters: the chapters are all work)
    above = set()
    p = first.parent
    while p is not None:
        above.add(id(p))
        p = p.parent
    return {id(n) for n in heads if n.order < first.order and id(n) not in above}


# a text that opens by naming a five-year period ("“十三五”时期，面对…", "“ 十三五 ” 期间全县…") or
# the five years past ("过去五年，", "五年来，")
_PERIOD_OPEN = re.compile(r"^[“\"]?(十[一二三四五六]五)[”\"]?")
_PAST_FIVE = ("过去五年", "过去的五年", "五年来", "五年來")
_PERIOD_START = {
    "十一五": 2006,
    "十二五": 2011,
    "十三五": 2016,
    "十四五": 2021,
    "十五五": 2026,
    "十六五": 2031,
}
_PERIOD_ORDINAL = {f"第{k[:2]}个五年": y for k, y in _PERIOD_START.items()} | {
    f"第{k[:2]}個五年": y for k, y in _PERIOD_START.items()
}


# the title of an annex that lists indicators ("附件1" / "…2024年科技创新主要指标"): its items are goals
_INDICATOR_WORDS = lexicons.table("structure_indicator_annexes")
_INDICATOR_TITLE_ENDS = tuple(_INDICATOR_WORDS["title_ends"].split())
_NOT_INDICATOR_TITLE = tuple(_INDICATOR_WORDS["not_words"].split())
_TITLE_MAX = 40  # characters of an annex title


def indicator_annexes(
    root: Any, tasks: list[Any], goals: list[str], has_units: Callable
) -> tuple[list, list]:
    """(tasks, goals) with the items of an annex titled as a list of indicators ("附件1" /
    "云岭县2024年科技创新主要指标" / "1.全社会研发经费投入强度达到2.1%。") moved to the goals: top-level
    items without units or sub-items, stating the plan's indicators, not work."""
    titled = {k for k, lines in (root.preambles or {}).items() if k > 0 and _indicator_title(lines)}
    if not titled:
        return tasks, goals
    # where the main text holds the plan's tasks, the rows of its indicator table (with a unit
    # column or not) restate the goals too (round 45c)
    main_tasks = any(t.annex == 0 for t in tasks)
    moved = [
        t
        for t in tasks
        if t.annex in titled
        and t.depth == 0
        and not t.children
        and ((not t.row and not has_units(t)) or (main_tasks and t.row))
    ]
    if not moved:
        return tasks, goals
    return [t for t in tasks if t not in moved], goals + [t.own_text for t in moved]


def _indicator_title(lines: list[str]) -> bool:
    last = next((ln.strip() for ln in reversed(lines) if ln.strip()), "")
    if (
        len(last) > _TITLE_MAX
        or any(c in last for c in "。；;，,：:")
        or any(w in last for w in _NOT_INDICATOR_TITLE)
    ):
        return False
    return last.endswith(_INDICATOR_TITLE_ENDS)


def _cut_opening_review(root: Any, heads: list[Any]) -> set[int]:
    """A page cut before the plan's general requirements (no topic heading, one or two chapters
    shown): its first chapter reviews the past when its text opens with a five-year period before
    the plan's own ("“十三五”时期，…" in a 十四五 plan) or with the five years past. The chapter and
    its sections are background then."""
    chapters = [n for n in heads if n.kind == "chap"]
    if len(chapters) > _OPENING:
        return set()
    first = chapters[0]
    period = _named_period(root.lines)
    # (the chapter's own text may set the scene first: "“十四五”时期，是开启…的开局五年" above
    # "第一节 决胜全面建成小康社会取得决定性成就 / “十三五”时期，…")
    reviews = any(_opens_with_past(_first_line(n), period) for n in (first, *first.children[:1]))
    return {id(first), *(id(n) for n in _chapter_nodes(first))} if reviews else set()


def _opens_with_past(text: str, period: int) -> bool:
    """Does the text open with the five years past or a five-year period before `period`?"""
    m = _PERIOD_OPEN.match(text)
    return text.startswith(_PAST_FIVE) or (m is not None and _PERIOD_START[m.group(1)] < period)


# what a review of a period names after it: "“十四五”时期发展取得重大成就", "“十三五”发展回顾"
_REVIEW_WORDS = ("成就", "成效", "成绩", "回顾", "基础")
_OPENING_KINDS = frozenset(("cn", "pcn", "part", "chap"))
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_AHEAD_WORDS = ("将", "力争", "确保", "到本世纪")


def opening_reviews(root: Any) -> set[int]:
    """The first section of a plan or a 建议 when it reviews the five-year period before the one its
    title names: its heading or its first item's heading opens with that period and names what it
    achieved ("一、“十四五”时期发展取得重大成就，开启…新征程" / "1.“十四五”时期发展取得重大成就。",
    "（一）“十三五”发展回顾"; also a （一） first item, where the excerpt starts below the 一、 heading:
    "（一）决胜全面建成小康社会取得决定性成就 / “十三五”时期，…"). The items after it (面临的发展环境, 指导思想, 主要目标) set the scene
    for the work: none is a task."""
    first = next((c for c in root.children if c.kind in _OPENING_KINDS), None)
    if first is None or root.children.index(first) > 0:
        return set()
    period = _named_period(root.lines)
    if not period:
        return set()
    heads = [first.heading, *(c.heading for c in first.children[:1])]
    # (or its first item's text is a review only: "（一）全面建设小康社会如期实现 / “十三五”以来，…")
    texts = (first, *first.children[:1])
    reviews = any(_reviews_period(h, period) for h in heads) or any(_only_reviews(n, period) for n in texts)
    return {id(first)} if reviews else set()


def _reviews_period(heading: str, period: int) -> bool:
    h = "".join(heading.split())
    m = _PERIOD_OPEN.match(h)
    if m is None or _PERIOD_START[m.group(1)] >= period:
        return False
    head = re.split(r"[。，,；;：:]", h, maxsplit=1)[0]
    return any(w in head for w in _REVIEW_WORDS)


def _named_period(lines: list[str]) -> int:
    """The first year of the latest five-year period the lines above the chapters name (the plan's
    title: "…第十四个五年规划…", "某县“十五五”…规划"), 0 where they name none."""
    text = "".join("".join(ln.split()) for ln in lines)
    named = [y for k, y in _PERIOD_START.items() if k in text]
    named += [y for k, y in _PERIOD_ORDINAL.items() if k in text]
    return max(named, default=0)


def _first_line(node: Any) -> str:
    """The node's first line of text, spaces out."""
    return "".join(next((ln for ln in node.lines if ln.strip()), "").split())


def _only_reviews(node: Any, period: int) -> bool:
    """The node's text opens with the past (`_opens_with_past`) and names no year of the plan's
    period or later, nor work ahead (将, 力争, 确保): "“十三五”以来，…地区生产总值从2015年末的57.02亿元
    增长到2020年的78.93亿元…", not "“十四五”期间，…稳定在80万亩。到2030年，…"."""
    text = "".join("".join(ln.split()) for ln in node.lines)
    if not _opens_with_past(text, period):
        return False
    years = (int(y) for y in _YEAR.findall(text))
    return all(y < period for y in years) and not any(w in text for w in _AHEAD_WORDS)


def _chapter_nodes(node: Any) -> Iterator[Any]:
    for child in node.children:
        if child.kind in _CHAPTER_KINDS:
            yield child
            yield from _chapter_nodes(child)


# a contents entry: leaders and a page number ("第一节 做强先进制造业 ……… 8"): at least three
# leader characters, then 1-4 digits at the end of the line (spaces around them allowed)
_LEADER_CHARS = frozenset(".．·…⋯")
_PAGE_NO_DIGITS = 4
_CONTENTS = re.compile(r"^目\s*[录錄次]\s*[:：]?$")
# (a text is first searched for these, fast, before its lines are read)
_CONTENTS_WORD = re.compile(r"目[ \t\u3000]{0,4}[录錄次][ \t\u3000:：]*(?:\n|$)")
_LEADERS = ("...", "……", "···", "⋯⋯", "．．．")
_CONTENTS_SPAN = 300  # lines a contents list may run before the text repeats its first entry
_ENTRY_MAX = 40  # characters of a contents entry's heading
_PAGED_MIN = 3  # entries with page numbers that make a contents list the text does not repeat
_SENTENCE_MARKS = frozenset("。；;！!？?")  # (a heading may hold a comma: "第一篇 奠定基础，开启新征程")
_SENTENCE_MARK_RE = re.compile("[" + re.escape("".join(sorted(_SENTENCE_MARKS))) + "]")
_ENTRIES_TRIED = 5  # entries under "目录" whose repeat in the text shows where the text starts
_TOP_KINDS = frozenset(("part", "chap", "cn"))
_TOPS_LISTED = 2  # chapter-level entries without a sentence between them: a contents list
_LISTED_MIN = 3  # numbered entries of a contents list printed without "目录"
_CLAUSE_ENDS = frozenset(",，:：;；。")  # after an outline entry that is its heading's first clause


# a year column's heading with its word, then the gap to the next heading: "2020年基数  2025年目标",
# "2025年目标值　属性" (the tables' own quick look wants a space right after 年)
_WORDED_YEAR_HEAD = re.compile(r"(?:19|20)\d{2}年(?:[（(]?[\u4e00-\u9fff]{1,4}[)）]?)[ \t\u3000]")
# the same heading found from its 年 (a pattern that opens with one character is scanned for at
# about ten times the speed of one that opens with a class: 6 µs on a 14,000-character plan, not 55)
_WORDED_YEAR_AT = re.compile(r"年(?<=(?:19|20)\d{2}年)(?:[（(]?[\u4e00-\u9fff]{1,4}[)）]?)[ \t\u3000]")


def whole_plan_lines(lines: list[str], text: str) -> list[str]:
    """The lines of a whole plan without its table of contents, its 主要指标 tables printed with
    spaces between their cells as "|" rows (`transform.targets.tables.pipe_spaced_tables`), also
    where its year columns are headed with a word (2020年基数, 2025年目标值)."""
    lines = drop_listed_headings(drop_contents(lines, text))
    worded = "年" in text and _WORDED_YEAR_AT.search(text) is not None  # (_WORDED_YEAR_HEAD's test)
    return pipe_spaced_tables(lines, None if worded else text)


def drop_listed_headings(lines: list[str]) -> list[str]:
    """A table of contents printed without "目录", leaders or page numbers out of the lines: the
    first run of at least three numbered short headings with two chapter-level entries (一、 二、)
    and no sentence between them, whose first entry the text repeats within `_CONTENTS_SPAN`
    lines after the run (the report's title and opening may stand between). Only the first such
    run is read, and only its window is searched for the repeat (linear in the lines)."""
    f = next((i for i, ln in enumerate(lines[:_CONTENTS_SPAN]) if _listed_top(ln)), -1)
    if f < 0:
        return lines
    end, tops, count = _numbered_run(lines, f)
    if tops < _TOPS_LISTED or count < _LISTED_MIN:
        return lines
    first = _entry_key(lines[f])
    if not any(
        _repeats(_entry_key(lines[j]), first) for j in range(end, min(len(lines), end + _CONTENTS_SPAN))
    ):
        return lines
    return lines[:f] + lines[end:]


def _repeats(heading: str, entry: str) -> bool:
    """Does the text's heading repeat the contents entry: the same words, or the entry as the
    heading's first clause (an outline lists "一、担当作为、砥砺奋进" for the text's
    "一、担当作为、砥砺奋进，“十四五”时期成效显著")?"""
    if not heading.startswith(entry):
        return False
    return len(heading) == len(entry) or heading[len(entry)] in _CLAUSE_ENDS


def _numbered_run(lines: list[str], f: int) -> tuple[int, int, int]:
    """(end, chapter-level entries, entries) of the run of numbered short headings from line `f`:
    it ends at a line without a number, at a sentence, or at a chapter-level number that starts
    again."""
    seen: dict[str, int] = {}
    tops = count = 0
    last = min(len(lines), f + _CONTENTS_SPAN)
    for j in range(f, last):
        ln = lines[j].strip()
        if not ln:
            continue
        mk = match_marker(ln) if _entry_like(ln) else None
        if mk is None:
            return j, tops, count
        if mk.kind in _TOP_KINDS:
            if mk.number <= seen.get(mk.kind, 0):
                return j, tops, count
            seen[mk.kind] = mk.number
            tops += 1
        count += 1
    return last, tops, count


def _listed_top(line: str) -> bool:
    """Is the line a short chapter-level heading (一、…, 第一章 …) without a sentence in it?"""
    ln = line.strip()
    if not ln or not _entry_like(ln):
        return False
    mk = match_marker(ln)
    return mk is not None and mk.kind in _TOP_KINDS


def drop_contents(lines: list[str], text: str | None = None) -> list[str]:
    """A whole plan's table of contents out of its lines: the entries with leaders and page
    numbers, and the "目录" line with the headings listed under it up to where the text repeats
    the first of them (a page number after a space, "第一章 总体要求 3", is no part of the
    heading; a preface printed without its heading before that repeat stays); where the text never
    repeats it, the run of entries with page numbers under "目录" (a page cut after its contents),
    else the run of short headings a later entry or two chapter-level entries show to be contents
    (`_later_entry_end`). `text`: the lines' text, read first for a contents line at all (one
    search instead of a test per line)."""
    if text is not None and not _contents_line(text) and not _has_leaders(text):
        return lines
    if not any(_CONTENTS.match(ln) or _is_leader_entry(ln) for ln in lines):
        return lines
    lines = [ln for ln in lines if not _is_leader_entry(ln)]
    k = next((i for i, ln in enumerate(lines) if _CONTENTS.match(ln)), -1)
    f = next((i for i in range(k + 1, len(lines)) if lines[i].strip()), -1) if k >= 0 else -1
    if f < 0:
        return lines
    first = _entry_key(lines[f])
    end = next(
        (j for j in range(f + 1, min(len(lines), f + _CONTENTS_SPAN)) if _entry_key(lines[j]) == first),
        -1,
    )
    if end >= 0:
        # (a preface printed without its heading between the contents and the text stays)
        end = next((j for j in range(f + 1, end) if any(ch in _SENTENCE_MARKS for ch in lines[j])), end)
    if end < 0:
        end = _paged_run_end(lines, f)
    if end < 0:
        end = _later_entry_end(lines, f)
    if end < 0:
        return [ln for i, ln in enumerate(lines) if i != k]
    return lines[:k] + lines[end:]


def _later_entry_end(lines: list[str], f: int) -> int:
    """Where the text starts after a contents list whose first entry it never repeats ("前  言"
    listed, the preface printed without that heading; "第一章 发展基础" listed, "第一章 发展基础与面临
    形势" printed; a page cut before the text): at the first sentence or the first chapter-level
    number that starts again (第一章 after 第四章), or at the page's end. A contents list shows
    itself by two chapter-level entries without a sentence between them (a text has one under
    each heading), or by one of its first entries coming again; else -1."""
    end, tops = _entry_run(lines, f)
    if tops >= _TOPS_LISTED:
        return end
    run = [j for j in range(f, end) if lines[j].strip()][:_ENTRIES_TRIED]
    keys = {_entry_key(lines[j]) for j in run[1:] if _entry_like(lines[j])}
    last = min(len(lines), f + _CONTENTS_SPAN)
    return end if any(_entry_key(lines[j]) in keys for j in range(end, last)) else -1


def _entry_run(lines: list[str], f: int) -> tuple[int, int]:
    """(end, chapter-level entries) of the run of short headings from line `f`: it ends at a
    sentence, at a chapter-level number that starts again, or at the end of the lines."""
    seen: dict[str, int] = {}
    tops = 0
    last = min(len(lines), f + _CONTENTS_SPAN)
    for j in range(f, last):
        ln = lines[j].strip()
        if not ln:
            continue
        if not _entry_like(ln):
            return j, tops
        mk = match_marker(ln)
        if mk is not None and mk.kind in _TOP_KINDS:
            if mk.number <= seen.get(mk.kind, 0):
                return j, tops
            seen[mk.kind] = mk.number
            tops += 1
    return last, tops


def _entry_like(line: str) -> bool:
    """Could the line be a contents entry: short, no sentence in it?"""
    ln = line.strip()
    return len(ln) <= _ENTRY_MAX and _SENTENCE_MARK_RE.search(ln) is None  # (not a loop over its characters)


def _entry_key(line: str) -> str:
    """A contents entry or a heading without its spaces and its page number."""
    head, page = _page_number(line)
    return "".join((head if page is not None else line).split())


def _page_number(line: str) -> tuple[str, int | None]:
    """(the heading, its page number) of a contents entry printed without leaders, the number
    after a space ("第一节 发展回顾 3", "二、主要任务\t12"); (line, None) for any other line."""
    s = line.rstrip()
    k = len(s)
    while k > 0 and s[k - 1].isdecimal():
        k -= 1
    if not 1 <= len(s) - k <= _PAGE_NO_DIGITS - 1 or k == 0 or not s[k - 1].isspace():
        return line, None
    head = s[:k].rstrip()
    if not 2 <= len(head) <= _ENTRY_MAX or any(ch in _SENTENCE_MARKS for ch in head):
        return line, None
    return head, int(s[k:])


def _paged_run_end(lines: list[str], f: int) -> int:
    """The end of the contents entries listed from line `f` with their page numbers after a space
    (non-decreasing; a short heading without a number, such as a 篇 heading, may sit among them),
    or -1 where fewer than three entries carry a page number."""
    pages: list[int] = []
    end = -1
    for j in range(f, min(len(lines), f + _CONTENTS_SPAN)):
        ln = lines[j].strip()
        if not ln:
            continue
        _, page = _page_number(ln)
        if page is not None and (not pages or page >= pages[-1]):
            pages.append(page)
            end = j + 1
        elif page is not None or len(ln) > _ENTRY_MAX or any(ch in _SENTENCE_MARKS for ch in ln):
            break
    return end if len(pages) >= _PAGED_MIN else -1


def _contents_line(text: str) -> bool:
    """Does a line of `text` read "目录" alone (not "…产业目录" inside a sentence)?"""
    for m in _CONTENTS_WORD.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if not text[start : m.start()].strip():
            return True
    return False


def _has_leaders(text: str) -> bool:
    # (a one-character look first: a longer needle costs more over a whole text)
    return any(s[0] in text and s in text for s in _LEADERS)


def _is_leader_entry(line: str) -> bool:
    """Does the line end with leaders and a page number? Read from the end of the line: a regex
    searched from every leader of a long run of them (a hostile page of "……") is quadratic."""
    if not any(s in line for s in _LEADERS):
        return False
    end = len(line.rstrip())
    k = end
    while k > 0 and line[k - 1].isdecimal():
        k -= 1
    if not 1 <= end - k <= _PAGE_NO_DIGITS:
        return False
    j = len(line[:k].rstrip())
    return j >= 3 and all(ch in _LEADER_CHARS for ch in line[j - 3 : j])
