"""Achieved figures are not targets (spec/EXTRACTION.md: "progress or achieved figures"):
a number in a clause that says the work is done (…工程已竣工), the figures of a sentence that
measures progress against a plan (完成投资3.2亿元，占年度计划的80%), and the state of the work
(屋面防水改造完成90%) where nothing in the sentence looks ahead. Words:
lexicons/targets_exclusions.toml.

Long module: every rule reads the number's sentence through the one cached `_sentence` and asks
the same `_FUTURE_RE` whether anything before the number looks ahead; split apart, each part would
import those two back."""

from __future__ import annotations

import re

from transform.targets.spans import _CLAUSE_RX, _MAX_SPAN, _SENT_RX
from transform.targets.words import alternation, any_word_re, lex


def _x(key: str) -> tuple[str, ...]:
    return lex("targets_exclusions", key)


_DONE_AFTER_RE = re.compile(alternation(_x("progress_after"), _x("not_progress")))
_PLAN_NOUNS = "|".join(map(re.escape, _x("plan_share_nouns")))
_PLAN_SHARE_RE = re.compile(
    r"占\s?(?:年度|全年|全年度|年|本年度|总)?\s?(?:投资)?(?:" + _PLAN_NOUNS + r")[^,;:。\n]{0,12}?的?\s?\d"
    # 为年度投资计划的30.9%: a share of the year's plan (为 needs the period: 以…为目标的3个 is none)
    r"|为\s?(?:年度|全年|全年度|本年度)\s?(?:投资)?(?:" + _PLAN_NOUNS + r")[^,;:。\n]{0,6}?的\s?\d"
)
_FUTURE_RE = re.compile(alternation(_x("future_words"), _x("not_future")) + r"|(?:到|至)\s?20\d\d")
_REPORT_RE = re.compile(
    r"已(?:经)?(?:基本|全部|累计|新)?(?:" + "|".join(map(re.escape, _x("report_verbs"))) + r")(?!的)"
)
_DONE_SHARE_RE = re.compile(
    r"完成了?(?:[^,:;。的率达到为\d]{0,8}|(?:全年|年度|本年度)?(?:目标任务|计划任务|目标|任务|计划)的)$"
)
# 完成地区生产总值增长4.5%左右: a rate of change to reach, not how far the work is
_CHANGE_TAIL_RE = re.compile(
    "(?:"
    + "|".join(
        map(
            re.escape,
            lex("targets_comparators", "change", "increase")
            + lex("targets_comparators", "change", "raise")
            + lex("targets_comparators", "change", "decrease"),
        )
    )
    + r")\s?$"
)
_PROGRESS_CELL_RE = re.compile(alternation(_x("progress_cell"), _x("not_progress")))
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_RATE_WORDS = _x("reported_rates")
_TIMELY_WORDS = tuple(_x("reported_rate_timely"))
# A sentence that opens with the date it reports at ("截至8月底，…", "截至目前，…", "截止2023年9月
# 30日，…", "截至11月16日24时，…") states how far the work is: its numbers are achieved figures. A year without a month
# ("截至2025年底") is a deadline, not the date of a report.
_AS_OF_RE = re.compile(
    r"\s?(?:截至|截止到|截止|到)\s?(?:目前|现在|当前|今年|本月|上月|上半年|前三季度|[一二三四]季度末?|"
    r"(?:去年|上年|上一年)(?:年)?(?:底|末)?|"
    r"(?:(?:19|20)\d{2}\s?年\s?)?\d{1,2}\s?月(?:份)?\s?(?:底|末|中旬|上旬|下旬|\d{1,2}\s?日(?:\s?\d{1,2}\s?[时点])?)?)"
    r"(?:为止|止)?\s?[,:]|\s?(?:今年|年初|本年|本年度|(?:19|20)\d{2}\s?年)以来\s?[,:]?"
    r"|\s?(?:" + "|".join(map(re.escape, _x("statistics_openers"))) + r")\s?[,:]"  # 据统计，…
)


# the same date opening a clause inside the sentence ("…提出打造智慧交通，截至去年底，…超7100公里"):
# only 截至/截止 (a mid-sentence "到6月底，" sets a deadline)
_AS_OF_MID_RE = re.compile(
    r"[,;]\s?(?:截至|截止到|截止)\s?(?:目前|现在|当前|本月|上月|上半年|前三季度|[一二三四]季度末?|"
    r"(?:去年|上年|上一年)(?:年)?(?:底|末)?|"
    r"(?:(?:19|20)\d{2}\s?年\s?)?\d{1,2}\s?月(?:份)?\s?(?:底|末|中旬|上旬|下旬|\d{1,2}\s?日(?:\s?\d{1,2}\s?[时点])?)?)"
    r"(?:为止|止)?\s?[,:]"
)


# A monthly statistics period: January to a month that ends no quarter (1-4月, 1—8月份, 1至11月,
# 1月至5月). Quarter ends (1-3月, 1-6月, 1-9月) may be a plan's milestones.
# a sentence (or the text) opening with a period of the year so far: "一季度，…", "今年上半年，…"
REPORT_PERIOD_RE = re.compile(
    r"(?:^|[。；;！!？?\n]|(?:"
    + alternation(_x("report_period_leads"))
    + r")\s?[,，:：])\s?(?:今年)?(?:"
    + alternation(_x("report_periods"))
    + r")\s?[，,]"
)
# a word of commitment between the period and the number (上半年，…压减至1个工作日以内): a milestone
_PERIOD_COMMIT_RE = re.compile(alternation(_x("report_period_commits"), ()))
REPORT_MONTHS_RE = re.compile(r"(?<![\d.])1\s?月?\s?(?:[-—–~～至到])\s?(?:1[01]|[24578])\s?月份?")


_last_sentence: tuple = (None, -1, (0, 0))  # (text, position, its sentence): the last lookup


def _sentence(t: str, rev: str, p: int) -> tuple[int, int]:
    """(start, end) of the sentence around position p, each at most MAX_SPAN away. The rules of
    one number ask for its sentence up to five times in a row: the last answer is kept, as one
    tuple (replaced whole, so threads never see a mix), by the text's identity and the position."""
    global _last_sentence
    last = _last_sentence
    if last[0] is t and last[1] == p:
        return last[2]
    span = _find_sentence(t, rev, p)
    _last_sentence = (t, p, span)
    return span


def _find_sentence(t: str, rev: str, p: int) -> tuple[int, int]:
    n = len(t)
    lo = p - _MAX_SPAN if p > _MAX_SPAN else 0
    m = _SENT_RX.search(rev, n - p, n - lo)
    a = n - m.start() if m else lo
    hi = p + _MAX_SPAN if p + _MAX_SPAN < n else n
    m = _SENT_RX.search(t, p, hi)
    return a, (m.start() if m else hi)


def _done_after(t: str, c) -> bool:
    """The clause goes on after the number to say the work is done: …(1698米)…工程已竣工."""
    hi = c.end + _MAX_SPAN
    m = _CLAUSE_RX.search(t, c.end, hi)
    return _DONE_AFTER_RE.search(t, c.end, m.start() if m else hi) is not None


_FINISHED_AFTER_RE = re.compile(alternation(_x("finished_after"), ()))
_SCHEDULE_AFTER_RE = re.compile(alternation(_x("schedule_after"), ()))
# every schedule_after word holds one of these (a quick look before the regex)
_SCHEDULE_AFTER_FIRST = ("序时", "进度", "推进", "进展")
_SCHEDULE_AFTER_FIRST_RE = any_word_re(_SCHEDULE_AFTER_FIRST)


def _finished_after(t: str, rev: str, c, clause_start: int) -> bool:
    """The clause goes on after the number to say the work was finished (…全部完成年度目标,
    …的目标顺利完成) and nothing before the number in its sentence looks ahead (确保…全部完成
    commits to it); or to say how far it is against the schedule (…个事项超序时进度, …个推进顺利)
    and nothing before it in its clause does."""
    hi = c.end + _MAX_SPAN
    m = _CLAUSE_RX.search(t, c.end, hi)
    end = m.start() if m else hi
    if _SCHEDULE_AFTER_FIRST_RE.search(t, c.end, end) is not None:
        if _SCHEDULE_AFTER_RE.search(t, c.end, end) is not None:
            return _FUTURE_RE.search(t, clause_start, c.start) is None
    if t.find("完成", c.end, end) >= 0 and _FINISHED_AFTER_RE.search(t, c.end, end) is not None:
        return _FUTURE_RE.search(t, _sentence(t, rev, c.start)[0], c.start) is None
    # a later clause of its sentence reports the work finished (2025年,全市累计投入8亿元,推进
    # 20个项目,12件实事全部完成), and nothing in the sentence up to there looks ahead
    k = t.find("完成", end, hi)
    if k < 0:
        return False
    a, b = _sentence(t, rev, c.start)
    f = _FINISHED_AFTER_RE.search(t, end, b) if k < b else None
    if f is None or t[f.start() - 1] in _DEADLINE_BEFORE:
        return False  # 按照"11月前全面完成"的要求: a deadline set, not a finish reported
    if t[f.end() : f.end() + 2].lstrip()[:1].isdigit() or _own_count(t, f.end()):
        return False  # 开工300户，全面完成200户: the finish word counts a figure of its own
    if _DATED_FINISH_RE.search(t, max(a, f.start() - 10), f.start()) is not None:
        return False  # …，2026年完成60%，2027年全部完成: the finish dated, a schedule set
    return _FUTURE_RE.search(t, a, f.start()) is None


def _own_count(t: str, i: int) -> bool:
    """The finish word's clause counts work of its own (…，全面完成垃圾分类试点村8个): a count
    after a short noun, not a year, and no 任务/目标/计划 it would be measured against."""
    m = _CLAUSE_RX.search(t, i, i + 24)
    seg = t[i : m.start() if m else i + 24]
    if any(w in seg for w in _OWN_COUNT_STOP):
        return False
    return _OWN_COUNT_RE.search(seg) is not None


_OWN_COUNT_STOP = ("任务", "目标", "计划", "的")
# a count with a measure word right after it (not a year, month, day or percent)
_OWN_COUNT_RE = re.compile(r"^[^\d]{1,16}\d+(?:\.\d+)?\s?(?:万|亿)?[个户所家座条项处套间名人亩村栋台公千米]")


_DEADLINE_BEFORE = frozenset('前内"“')
# a finish word right after the year or month it is due ("2027年全部完成", "10月底全面完成") and
# opening its clause: a schedule, not a finish reported
_DATED_FINISH_RE = re.compile(r"[,，;；:：]\s?(?:(?:19|20)\d{2}\s?年|\d{1,2}\s?月)(?:底|末)?\s?$")


def _plan_share(t: str, rev: str, c) -> bool:
    """The sentence measures progress against a plan: 完成投资3.2亿元，占年度计划的80%; or
    完成年度目标任务40亿元的38% (unless it sets a milestone: 6月底前完成全年目标任务的50%)."""
    a, b = _sentence(t, rev, c.start)
    share = _PLAN_SHARE_RE.search(t, a, b)
    if share is not None:
        # (力争上半年完成投资额为年度计划的50%以上: a milestone)
        return not (t.startswith("为", share.start()) and _MILESTONE_RE.search(t, a, share.start()))
    m = _DONE_OF_TARGET_RE.search(t, a, b) if "完成" in t[a:b] else None
    if m is None or _MILESTONE_RE.search(t, a, m.start()) is not None:
        return False
    if _PERIOD_DUE_RE.search(t, max(a, m.start() - _PERIOD_DUE_BEFORE), m.start()) is not None:
        return False  # 上半年完成全年任务的50%: the share due by a period, a milestone
    # the plan's own figure the sentence measures against (全年计划投资98.5亿元，完成年度投资计划的21.3%)
    return _PLAN_FIGURE_RE.search(t, max(a, c.start - _PLAN_FIGURE_BEFORE), c.start) is None


# the year's plan named right before its figure: 计划投资, 计划完成投资, 年度投资计划, 计划新开工项目
_PLAN_FIGURE_RE = re.compile(r"(?:计划(?:完成)?(?:固定资产)?(?:投资|新开工|开工)?|投资计划)(?:项目)?\s?$")
_PLAN_FIGURE_BEFORE = 12  # characters before the number that name the plan


# 完成年度目标任务40亿元的38%, 完成全年目标任务120个的38.3%, 完成年度计划的71.7%, 完成年度计划投资的
# 31.7%, 完成年度投资计划的69%, 完成年度计划开工的80.8%
_DONE_OF_TARGET_RE = re.compile(
    r"完成\s?(?:年度|全年|全年度|本年度|年)\s?(?:投资)?(?:"
    + _PLAN_NOUNS
    + r")(?:投资|开工)?\s?(?:\d[\d.]*\s?[\u4e00-\u9fff]{1,3})?的\s?\d"
)
_MILESTONE_RE = re.compile(alternation(_x("milestone_words"), ()))
# a period of the year right before 完成, no comma between: the share is due by then
_PERIOD_DUE_RE = re.compile("(?:" + alternation(_x("milestone_periods"), ()) + r")\s?$")
_PERIOD_DUE_BEFORE = 8  # characters before 完成 that name the period


# a year its sentence opens a milestone with (2025年，累计完成70%), not the start of a report (2024年以来)
_LEAD_YEAR_RE = re.compile(r"((?:19|20)\d\d)\s?年(?!以来|来|[-—–~～至到]|\s?\d{1,2}\s?月)")


def _future_year_before(t: str, a: int, p: int, first_year: int | None) -> bool:
    """A year not before the plan's first year is named in t[a:p]: a milestone of the plan."""
    if first_year is None or t.find("年", a, p) < 0:
        return False
    return any(int(m.group(1)) >= first_year for m in _LEAD_YEAR_RE.finditer(t, a, p))


def _state_of_work(t: str, rev: str, c, has_done: bool, first_year: int | None = None) -> bool:
    """How far the work is, not a commitment, where nothing before the number in its sentence
    looks ahead (到…年, 力争, 年底前, 计划 …): 完成90% / 完成基础施工30% at the end of its
    clause (not 完成…增长5%: a rate of change to reach), or any number of a sentence that reports 已完成/已启动… (已建成的 describes)."""
    head = t[c.start - 12 if c.start > 12 else 0 : c.start]
    share = (
        c.kind == "percent"
        and _DONE_SHARE_RE.search(head) is not None
        and not t.startswith(("的", "以上的"), c.end)
        and _CHANGE_TAIL_RE.search(head) is None
    )  # 完成80%的村庄改造, 完成地区生产总值增长5%: targets
    if not (share or has_done):
        return False  # (a report needs 已)
    a, b = _sentence(t, rev, c.start)
    if not share and _REPORT_RE.search(t, a, b) is None:
        return False
    if share and _future_year_before(t, a, c.start, first_year):
        return False  # 2025年，累计完成70% in a plan from 2024: a milestone, not how far the work is
    return _FUTURE_RE.search(t, a, c.start if share else b) is None


def _progress_cell(t: str, c) -> bool:
    """The number sits in a table cell ("… | …" on one line) that reports the state of the work
    (a 进展情况 column: "县中心幼儿园已启动扩建前期工作,新增学位1290个"), and that cell is not the
    first cell of text of its row (the task)."""
    line_start = t.rfind("\n", 0, c.start) + 1
    line_end = t.find("\n", c.end)
    line_end = len(t) if line_end < 0 else line_end
    a = t.rfind("|", line_start, c.start)
    if a < 0:
        return False  # the first cell
    b = t.find("|", c.end, line_end)
    b = line_end if b < 0 else b
    if _PROGRESS_CELL_RE.search(t, a, b) is None:
        return False
    # a cell of text before this one: this one is not the task
    return any(_CJK_RE.search(cell) for cell in t[line_start:a].split("|"))


def _rate_reported(
    t: str, rev: str, c, annual_year: int | None = None, first_year: int | None = None
) -> bool:
    """A completion rate stated without a verb of commitment: 整体完成率111.5%, 开工率100%, or joined
    to its share by 为, where nothing before it in its clause looks ahead (投资完成率为104.1%; but
    任务完成率达到100%, 确保完工率为100% and 确保开工率100% are targets; so is the rate of an annual
    plan whose sentence looked ahead in an earlier clause: 全年实施重点项目120个，…，开工率100%)."""
    if c.kind != "percent":
        return False
    if t.endswith(_RATE_WORDS, 0, c.start):
        rate = next(w for w in _RATE_WORDS if t.endswith(w, 0, c.start))
        if t.endswith(_TIMELY_WORDS, 0, c.start - len(rate)):
            return False  # 信访事项按期办结率100%: a rate of work done on time, a standard to keep
        # (确保重点项目开工率100%, 到2025年底，项目完工率100%: committed)
        if _RATE_COMMIT_RE.search(t, c.clause_start, c.start) is not None:
            return False
        if first_year is not None and annual_year is None and not _rate_looks_back(t, rev, c, first_year):
            return False  # a task of a plan of several years: 扶持资金兑现率100%
        return annual_year is None or not _annual_goal_sentence(t, rev, c, annual_year)
    return (
        t.endswith(_RATE_COPULAS, 0, c.start)
        and t.endswith(_RATE_WORDS, 0, c.start - 1)
        and _FUTURE_RE.search(t, c.clause_start, c.start) is None
    )


_RATE_COPULAS = ("为",)


def _rate_looks_back(t: str, rev: str, c, plan_start: int) -> bool:
    """In a plan starting in plan_start, a rate reports the work done when it is over 100%, or its
    sentence says 已 or names a year before the plan before it (2023年项目完工率100%); else
    (扶持资金兑现率100% in a task of the plan) it is a commitment."""
    if c.value > 100:
        return True
    a, _ = _sentence(t, rev, c.start)
    if t.find("已", a, c.start) >= 0:
        return True
    return any(int(y.group(1)) < plan_start for y in _LEAD_YEAR_RE.finditer(t, a, c.start))


def _annual_goal_sentence(t: str, rev: str, c, annual_year: int) -> bool:
    """A clause of the number's sentence before its own looks ahead (全年, 力争 …) and no year
    before the annual plan's is named before the number (2025年全年…, a review)."""
    a, _ = _sentence(t, rev, c.start)
    if a >= c.clause_start or _FUTURE_RE.search(t, a, c.clause_start) is None:
        return False
    return all(int(y.group(1)) >= annual_year for y in _LEAD_YEAR_RE.finditer(t, a, c.start))


_RATE_COMMIT_RE = re.compile(alternation(_x("reported_rate_commits"), ()) + r"|(?:到|至)\s?20\d\d")


# a sentence opening with a word of the present and a comma: "目前，…", "当前,…"
PRESENT_OPENERS = _x("present_openers")
_PRESENT_OPENER_RE = re.compile(r"\s?(?:" + alternation(PRESENT_OPENERS) + r")\s?[,:]")


def _as_of(t: str, rev: str, c) -> bool:
    """The number's sentence opens with the date it reports at (截至8月底，…), or with a word of the
    present (目前，…) and nothing from there to the number looks ahead, or a clause of it before
    the number does and nothing after that looks ahead (…，截至去年底，…超7100公里)."""
    a, _ = _sentence(t, rev, c.start)
    if _AS_OF_RE.match(t, a) is not None or _split_of_as_of(t, rev, a, c):
        return True
    p = _PRESENT_OPENER_RE.match(t, a)
    if p is not None and _FUTURE_RE.search(t, p.end(), c.start) is None:
        return True
    m = _AS_OF_MID_RE.search(t, a, c.start) if t.find("截", a, c.start) >= 0 else None
    return m is not None and _FUTURE_RE.search(t, m.end(), c.start) is None


_SPLIT_WORD = "其中"


def _split_of_as_of(t: str, rev: str, a: int, c) -> bool:
    """The number's sentence splits the total of the sentence before, which opens with the date it
    reports at ("截至目前，该县实际建设94公里。其中县道34.6公里，…"), and nothing before the number
    looks ahead: a part of a figure done so far."""
    s = a + 1 if t.startswith(" ", a) else a
    if not t.startswith(_SPLIT_WORD, s) or a < 2:
        return False
    pa, _ = _find_sentence(t, rev, a - 2)
    return _AS_OF_RE.match(t, pa) is not None and _FUTURE_RE.search(t, a, c.start) is None


# a monthly period opening a clause: "今年1-2月，", "，1至5月，"
_PERIOD_CLAUSE_RE = re.compile(r"(?:^|[,;:。\n])\s?(?:今年)?\s?$")


def _period_carried(t: str, rev: str, a: int, c) -> bool:
    """The sentence before, in the same paragraph, opens a clause with a monthly statistics period
    ("他介绍，今年1-2月，经济稳中向好。1月出口增长50%") and nothing from there to the number looks
    ahead: the sentence goes on reporting the year so far."""
    if a < 2 or "\n" in t[a - 2 : a]:
        return False
    pa, _ = _find_sentence(t, rev, a - 2)
    if "\n" in t[pa + 1 : a - 1]:
        return False
    m = REPORT_MONTHS_RE.search(t, pa, a)
    if (
        m is None
        or _PERIOD_CLAUSE_RE.search(t, pa if pa > m.start() - 4 else m.start() - 4, m.start()) is None
    ):
        return False
    return _FUTURE_RE.search(t, m.end(), c.start) is None


_FULL_STOP_WINDOW = 300  # characters looked back for the start of a sentence split by ;


def _period_before_semicolon(t: str, a: int, c) -> bool:
    """The number's part of a sentence follows a ; and the sentence (up to its 。 or line start)
    opened with a reported period ("过去一年，四川实现…，增长5.5%；地方一般公共预算收入5853.9亿元")
    and nothing from there to the number looks ahead."""
    if a < 1 or t[a - 1] not in ";；":
        return False
    lo = c.start - _FULL_STOP_WINDOW if c.start > _FULL_STOP_WINDOW else 0
    k = max(t.rfind("。", lo, a), t.rfind("\n", lo, a))
    if k < 0 and lo > 0:
        return False  # no sentence start within the window
    p = REPORT_PERIOD_RE.search(t, k if k > 0 else 0, a)
    return p is not None and _FUTURE_RE.search(t, p.end(), c.start) is None


def reporting_months(t: str, rev: str, c, clause_start: int) -> bool:
    """The number's clause names a monthly statistics period (1-4月开工7个), or its sentence opens
    with one (1至11月，全县新增…) and nothing between that and the number looks ahead (全年,
    力争, 年底 …): the figure reports what was done so far this year."""
    if REPORT_MONTHS_RE.search(t, clause_start, c.start) is not None:
        return True
    a, _ = _sentence(t, rev, c.start)
    m = REPORT_MONTHS_RE.search(t, a, clause_start)
    if m is None:
        # (一季度，…增长19.7%), or after the report's source (记者获悉，一季度，…)
        p = REPORT_PERIOD_RE.search(t, a - 1 if a > 0 else 0, c.start)
        if p is None:
            return _period_carried(t, rev, a, c) or _period_before_semicolon(t, a, c)
        return (
            p.end() <= c.start
            and _FUTURE_RE.search(t, p.end(), c.start) is None
            and _PERIOD_COMMIT_RE.search(t, p.end(), c.start) is None
        )
    # (…，预计全年将超过1万人: the year's result estimated in a report of it so far)
    return _FUTURE_RE.search(t, m.end(), c.start) is None or t.find("预计", m.end(), c.start) >= 0


_SCHEDULE_GAP_RE = re.compile(
    "(?:"
    + alternation(_x("schedule_gap_verbs"))
    + r")\s?(?:"
    + alternation(_x("schedule_gap_nouns"))
    + r")\s?$"
)
_SCHEDULE_GAP_BEFORE = 10  # characters before the number that name the gap


def _schedule_gap(t: str, c, clause_start: int) -> bool:
    """A gap to the schedule right before the number (低于序时进度1.6个百分点, 超过时间进度13.8个
    百分点), where nothing before it in its clause looks ahead (力争高于序时进度5个百分点)."""
    lo = max(clause_start, c.start - _SCHEDULE_GAP_BEFORE)
    if t.find("进度", lo, c.start) < 0 or _SCHEDULE_GAP_RE.search(t, lo, c.start) is None:
        return False
    return _FUTURE_RE.search(t, clause_start, c.start) is None


_UNDER_WAY = _x("under_way")
_UNDER_WAY_RE = any_word_re(_UNDER_WAY)


def _under_way(t: str, rev: str, c) -> bool:
    """The number's sentence says before it that the work is under way (正在办理27件，占63%), and
    nothing before the number looks ahead."""
    a, _ = _sentence(t, rev, c.start)
    if _UNDER_WAY_RE.search(t, a, c.start) is None:
        return False
    return _FUTURE_RE.search(t, a, c.start) is None


# a sentence opening with the day it reports ("4月1日，", "3月28日上午，")
_EVENT_DAY_RE = re.compile(r"\s?\d{1,2}\s?月\s?\d{1,2}\s?日(?:上午|下午|晚上|晚)?\s?[,，]")
_EVENT_VERB_RE = any_word_re(_x("event_verbs"))


def _event_held(t: str, rev: str, c) -> bool:
    """The number's sentence opens with the day it reports and says an event was held before the
    number ("4月1日，某区举行重大项目集中签约活动，现场签约项目32个，总投资286亿元"), and nothing
    from there to the number looks ahead: the event's results."""
    a, _ = _sentence(t, rev, c.start)
    if t.find("日", a, c.start) < 0:
        return False
    m = _EVENT_DAY_RE.match(t, a)
    if m is None or _EVENT_VERB_RE.search(t, m.end(), c.start) is None:
        return False
    return _FUTURE_RE.search(t, m.end(), c.start) is None


def is_progress(
    t: str,
    rev: str,
    c,
    has_done: bool,
    has_share: bool,
    has_bar: bool,
    has_as_of: bool = False,
    first_year: int | None = None,
    annual_year: int | None = None,
) -> bool:
    """Whether the number c is an achieved figure (see the module docstring). has_done /
    has_share / has_bar / has_as_of: whether the text holds 已 / 占 / | / 截至 or 截止 at all
    (else some rules cannot fire). first_year: the first year of a plan of several years, or None;
    annual_year: the year of an annual plan, or None."""
    if has_as_of and _as_of(t, rev, c):
        return True
    if _rate_reported(t, rev, c, annual_year, first_year):
        return True
    if has_done and _done_after(t, c):
        return True
    if _finished_after(t, rev, c, c.clause_start):
        return True
    if has_bar and _progress_cell(t, c):
        return True
    if has_share and _plan_share(t, rev, c):
        return True
    if _schedule_gap(t, c, c.clause_start) or _under_way(t, rev, c):
        return True
    if _event_held(t, rev, c):
        return True
    return _state_of_work(t, rev, c, has_done, first_year)
