"""Task deadlines: `tasks.deadline` (a date) and `tasks.deadline_text` (as printed).

Where a deadline is stated, first found wins:
1. a labelled value, "完成时限：6月底前", "整改时限：立行立改，长期坚持" (a table's deadline column
   reaches the task line so);
2. a time limit in the task text: "6月底前完成", "2024年底前", "9月30日前", "三季度末", "年内";
3. a labelled value of the item above it (a table row's deadline reaches the ①② items of its
   task cell so).

How it reads: N月底(前) -> the last day of month N; N月N日(前) -> that day; (YYYY年)底/末 and 年内 -> 31
December; 上半年 -> 30 June; 下半年 -> 31 December; 一…四季度(末) -> the last day of the quarter;
YYYY年前 -> 31 December of YYYY; 2024.6 -> 30 June 2024; a labelled range of years (2026-2028年,
2026年—2027年) -> 31 December of its last year. A year not printed is the plan year (an annual plan's year);
without one the date stays null and the text is kept. Standing work ("长期坚持", "持续推进",
"常态化") has no date: only its text is kept. In a labelled value, 全年 and a bare month
("9月投入使用") count too; in running text only limits marked as such (…前, 年内, 季度末, a time a
completion verb follows: "10月完成", "9月份投入使用"; not "1-5月完成投资…", progress) do,
and the bracketed time of a phase heading ("集中整治阶段（3月16日—10月31日）", "（4-5月）", a single
"动员部署（2025年1月10日）" or "总结阶段（11月）"): the phase is done by its end.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from transform.numbering import cn_to_int

_LABEL = re.compile(
    r"(?:完成时限|完成时间|完成期限|时间节点|时限要求|办结时限|工作时限|完成时间节点|整改时限|整改期限|整改时间)\s*[:：]\s*"
    r"([^；;）)】\]\n。]{1,40})"
)
_TIME = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?"
    r"(?:(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*(?:(?P<d>[0-3]?\d)\s*[日号]|(?P<me>底|末|中旬|下旬|上旬|份))?"
    r"|(?P<ye>年底|年末|底|末|年内|内)"
    r"|(?P<h>上半年|下半年)"
    r"|(?P<q>[一二三四1-4])\s*季度\s*(?:末|底)?)"
)
# every time phrase holds one of these: the scan looks for them first (a plain character class
# is searched at C speed; `_TIME` tried at every position of a long text is not)
_CUE = re.compile(r"[月底末内季半]")
_BEFORE_CUE = 16
_YEAR_BEFORE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:前|以前|之前)")
_LIMIT_AFTER = re.compile(r"\s*(?:前|之前|以前|底前)")
_STANDING = re.compile(
    r"长期坚持|长期|持续推进|持续开展|持续|常态化|长效|每年|每月|每季度|按.{0,10}要求|逐年"
)
_WHOLE_YEAR = re.compile(r"全年|本年度|当年|年内")


def find_deadline(text: str, plan_year: int | None) -> tuple[date | None, str | None]:
    """(deadline, deadline_text) of a task's text; (None, None) when it states none."""
    if not text:
        return None, None
    # every label holds 时限, 时间, 期限 or 节点: most task texts need no label search
    label = (
        _LABEL.search(text)
        if ("时限" in text or "时间" in text or "期限" in text or "节点" in text)
        else None
    )
    if label is not None:
        value = _schedule(text, label) or label.group(1).strip(" ，,。")
        return _read_value(value, plan_year), value or None
    return _from_text(text, plan_year)


# a labelled schedule of milestones ("完成时限：①3月底前，完成选址。②6月底前，开工建设。"): the value
# runs on over its ①②… items, up to the bracket that closes it; the last milestone is the deadline
_SCHEDULE_END = re.compile(r"[；;）)】\]\n]")
_SCHEDULE_MAX = 160


def _schedule(text: str, label: re.Match) -> str | None:
    start = label.start(1)
    if text[start : start + 1] not in "①⑴1" or "②" not in text[start : start + _SCHEDULE_MAX]:
        return None
    end = _SCHEDULE_END.search(text, start, start + _SCHEDULE_MAX)
    value = text[start : end.start() if end else start + _SCHEDULE_MAX].strip(" ，,。")
    return value if "②" in value else None


def labelled_deadline(text: str, plan_year: int | None) -> tuple[date | None, str | None]:
    """(deadline, deadline_text) of a labelled value ("完成时限：2024年底") in `text` only: what an
    item states for the sub-items under it; (None, None) when it labels none."""
    # every label holds 时限, 时间, 期限 or 节点 (as in `find_deadline`)
    label = (
        _LABEL.search(text)
        if text and ("时限" in text or "时间" in text or "期限" in text or "节点" in text)
        else None
    )
    if label is None:
        return None, None
    value = _schedule(text, label) or label.group(1).strip(" ，,。")
    return _read_value(value, plan_year), value or None


_NUMERIC_DATE = re.compile(r"((?:19|20)\d{2})\s*[.\-/／]\s*(\d{1,2})(?!\d)(?:\s*[.\-/／]\s*(\d{1,2}))?")
# a range of years ("2026-2028年", "2026年—2027年", "2026至2028年"): it ends with its last year
_YEAR_RANGE = re.compile(r"(?:19|20)\d{2}\s*年?\s*(?:[—\-－~～]{1,2}|至|到)\s*((?:19|20)\d{2})(?!\d)")


def _read_value(value: str, plan_year: int | None) -> date | None:
    """The date of a deadline cell or labelled value ("12月底前", "2024年底", "全年", "长期坚持",
    "2024.6", "2024-06-30")."""
    span = _YEAR_RANGE.search(value)
    if span is not None and "月" not in value:
        return date(int(span.group(1)), 12, 31)
    numeric = _NUMERIC_DATE.search(value)
    if numeric is not None:
        return _numeric_date(numeric)
    times = [m for m in _times(value) if _is_time(m)]
    if times:
        return _date_of(times[-1], plan_year)
    y = _YEAR_BEFORE.search(value)
    if y is not None:
        return date(int(y.group("y")), 12, 31)
    if _STANDING.search(value):
        return None
    if _WHOLE_YEAR.search(value) and plan_year:
        return date(plan_year, 12, 31)
    y = re.search(r"(?:19|20)\d{2}(?=\s*年)", value) or _BARE_YEAR.fullmatch(value.strip())
    return date(int(y.group(0)), 12, 31) if y else None


# a deadline value that is a year alone ("建设时间 | 2024"): the end of that year
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")


def _numeric_date(m: re.Match) -> date | None:
    """2024.6 -> 30 June 2024 (a month is done at its end); 2024-06-15 -> that day."""
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    day = int(m.group(3)) if m.group(3) else last
    return date(year, month, day) if 1 <= day <= last else None


def _from_text(text: str, plan_year: int | None) -> tuple[date | None, str | None]:
    """The last time limit marked as such in running text (…前, N月底, 年内, 季度末, YYYY年底)."""
    if not (
        "前" in text
        or "底" in text
        or "末" in text
        or "年内" in text
        or "季度" in text
        or "半年" in text
        or _DONE_VERB.search(text) is not None
    ):  # a limit in running text holds one of these, or is the time of a phase heading
        return _phase_time(text, plan_year) or (None, None)
    found: tuple[date | None, str] | None = None
    for m in _times(text):
        if not _is_time(m):
            continue
        if (
            m.group("ye") == "年内"
            and m.start() > 0
            and (text[m.start() - 1].isdigit() or text[m.start() - 1] in _CN_NUMERALS)
        ):
            continue  # "三年内" is a span, not the plan year
        after = _LIMIT_AFTER.match(text, m.end())
        marked = (
            after is not None
            or m.group("q")
            or m.group("h")
            or m.group("ye")
            or m.group("me") in ("底", "末")
        )
        if marked:
            found = (_date_of(m, plan_year), text[m.start() : after.end() if after else m.end()].strip())
        elif m.group("m"):
            done = _done_by(text, m, plan_year)
            found = done if done is not None else found
    if found is not None:
        return found
    phase = _phase_time(text, plan_year)
    if phase is not None:  # a phase "宣传发动阶段（1月—2月）" ends with its time range
        return phase
    last = None
    if "前" in text:
        for m in _YEAR_BEFORE.finditer(text):
            last = m
    if last is None:  # "2026年建成通车": a year not yet past, not progress (截至2023年完成…)
        for m in _YEAR_DONE.finditer(text):
            if (plan_year is None or int(m.group("y")) >= plan_year) and not _NOT_A_LIMIT_BEFORE.search(
                text, max(0, m.start() - 3), m.start()
            ):
                last = m
    if last is not None:
        return date(int(last.group("y")), 12, 31), last.group(0)
    return None, None


# a completion verb after a time: "（县发改局牵头，10月完成）", "9月份投入使用", "明年7月份建成"
# (完成率, 完成量 … are measures, not the act)
_DONE_VERB = re.compile(
    r"(?:完成|建成|完工|竣工|投用|投入使用|投入运营|投运|办结|交付使用|通车)(?![率量值额度数])"
)
_DONE_AFTER = re.compile(r"\s*(?:全面|全部|基本|前)?" + _DONE_VERB.pattern)
# a year that a completion verb follows: "力争2026年建成通车", "2027年完工" (the end of that year)
_YEAR_DONE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?:底|末)?\s*(?:全面|全部|基本)?" + _DONE_VERB.pattern)
# before the time: a range or 截至 (progress: "1-5月完成投资…", "截至9月完成…"), 每年 (recurring),
# 已于 (a report of what was done: "项目已于2024年7月建成")
_NOT_A_LIMIT_BEFORE = re.compile(r"(?:[-—－~～至到]|截至|截止|每年|每月|已于|已在|已经于)\s*$")


def _done_by(text: str, m: re.Match, plan_year: int | None) -> tuple[date | None, str] | None:
    """(deadline, text) of a month or day that a completion verb follows, None where it is none."""
    done = _DONE_AFTER.match(text, m.end())
    if done is None or _NOT_A_LIMIT_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        return None
    start = m.start()
    if not m.group("y") and text.startswith("明年", start - 2):
        start -= 2
        plan_year = plan_year + 1 if plan_year else None
    return _date_of(m, plan_year), text[start : done.end()].strip()


_CN_NUMERALS = "一二两三四五六七八九十"
# a time range in brackets in a task's heading: "（1月—2月）", "(2024年5月28日-6月10日)", "（4-5月）"
# (the end takes the year of the start where it prints none)
_PHASE_SPAN = re.compile(
    r"[（(]\s*(?:(?P<sy>(?:19|20)\d{2})\s*年\s*)?(?P<sm>\d{1,2})\s*(?:月(?:\s*\d{1,2}\s*日)?(?:上旬|中旬|下旬|底)?)?\s*"
    r"[—\-－~～至到]{1,2}\s*(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月"
    r"(?:\s*(?P<d>\d{1,2})\s*日)?(?P<me>上旬|中旬|下旬|底|份)?\s*[）)]"
)
# a single time in brackets in a phase heading: "动员部署（2025年1月10日）", "总结阶段（11月）", "（3月中旬）"
_PHASE_POINT = re.compile(
    r"[（(]\s*(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月"
    r"(?:\s*(?P<d>\d{1,2})\s*[日号])?(?P<me>上旬|中旬|下旬|底|份)?\s*[）)]"
)
_PHASE_HEAD = 60  # the time stands in the heading, at the start of the task's text
_HEADING_END = re.compile(r"[。；;]")


def _phase_time(text: str, plan_year: int | None) -> tuple[date | None, str] | None:
    """(deadline, text) of the bracketed time of a phase heading: a range ends with its last day,
    a single date or month is when the phase is done; only in the heading (before its first 。)."""
    if "月" not in text[:_PHASE_HEAD]:
        return None
    stop = _HEADING_END.search(text, 0, _PHASE_HEAD)
    end = stop.start() if stop else _PHASE_HEAD
    m = _PHASE_SPAN.search(text, 0, end) or _PHASE_POINT.search(text, 0, end)
    return (_span_end(m, plan_year), m.group(0)[1:-1].strip()) if m else None


def _span_end(m: re.Match, plan_year: int | None) -> date | None:
    """The last day of a bracketed time range or single time (the end of its last month, or its
    last day)."""
    start_year, start_month = m.groupdict().get("sy"), m.groupdict().get("sm")
    year = int(m.group("y")) if m.group("y") else int(start_year) if start_year else plan_year
    month = int(m.group("m"))
    if year is not None and not m.group("y") and start_month and int(start_month) > month:
        year += 1  # "（12月10日—1月5日）" ends in the next year
    if year is None or not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    if m.group("d"):
        day = int(m.group("d"))
        return date(year, month, day) if 1 <= day <= last else None
    return date(year, month, {"上旬": 10, "中旬": 20}.get(m.group("me") or "", last))


def _times(text: str):
    """`_TIME.finditer(text)`, tried only near the characters a time phrase must hold."""
    done = 0
    n = len(text)
    for c in _CUE.finditer(text):
        p = c.start()
        if p < done:
            continue
        for m in _TIME.finditer(text, max(done, p - _BEFORE_CUE), min(n, p + 6)):
            if m.start() <= p < m.end():
                done = m.end()
                yield m
                break


def _is_time(m: re.Match) -> bool:
    """A match that names a time (not a bare 底/末/内 without its year)."""
    if m.group("ye") in ("底", "末", "内"):
        return bool(m.group("y"))
    return bool(m.group("m") or m.group("ye") or m.group("h") or m.group("q"))


def _date_of(m: re.Match, plan_year: int | None) -> date | None:
    year = int(m.group("y")) if m.group("y") else plan_year
    if year is None:
        return None
    if m.group("m"):
        month = int(m.group("m")) if m.group("m").isdigit() else cn_to_int(m.group("m"))
        if not month or not 1 <= month <= 12:
            return None
        last = calendar.monthrange(year, month)[1]
        if m.group("d"):
            day = int(m.group("d"))
            return date(year, month, day) if 1 <= day <= last else None
        if m.group("me") in ("上旬",):
            return date(year, month, 10)
        if m.group("me") in ("中旬",):
            return date(year, month, 20)
        return date(year, month, last)
    if m.group("h"):
        return date(year, 6, 30) if m.group("h") == "上半年" else date(year, 12, 31)
    if m.group("q"):
        q = int(m.group("q")) if m.group("q").isdigit() else cn_to_int(m.group("q"))
        month = 3 * (q or 4)  # the pattern admits only 一–四 / 1–4
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, 12, 31)
