"""Years of targets: the year mentions that set the year of what follows (到2025年, 2023年,
"十四五"末), the baseline (比2020年, 同比, 与2020年相比), years listed before 分别, recurring
targets (每年…)."""

from __future__ import annotations

import re
from bisect import bisect_left

from transform.deadlines import labelled_deadline
from transform.lexicons import table, words
from transform.targets.quantity import _AFTER_NUM_FIRST, QTY_RE
from transform.targets.recurring import (
    _CLAUSE_ONLY,
    _recurring_word,
    _whole_year,
    frequency_modifier,
    one_off_after_frequency,
    rate_clause,
    recurring_in,
)
from transform.targets.words import any_word_re, lex

_YEAR_RE = re.compile(
    r"(?<![\d.])(?<!\d,)(?P<y1>(?:19[5-9]|20\d)\d)(?:\s?年)?\s?(?:-|—|–|－|~|～|至|到)\s?"
    # (a school year "2025—2026学年" is due by its last year)
    r"(?P<y2>(?:19[5-9]|20\d)\d)\s?学?年"
    # a fiscal year written with its last year's two digits ("2026/27年度", "2026-27财政年度"): due by
    # that year
    r"|(?<![\d.])(?<!\d,)(?P<f1>(?:19[5-9]|20\d)\d)\s?[/／\-—–]\s?(?P<f2>\d\d)\s?(?:财政|財政)?年度"
    # (a comma or a point after 年 ends the phrase: "到 2025 年," of a PDF's text layer, whose 年
    # stands after a space, is a year as much as "到2025年,")
    r"|(?<![\d.])(?<!\d,)(?P<y>(?:19[5-9]|20\d)\d)(?:(?P<nian>\s?年)(?![\d%]|[.,]\d)|(?![\d.,%]))"
)
_BASE_PREFIX_RE = re.compile(r"(?:比|较|与|同|相比|对比|由|从|以)\s?$")
_BASE_PREFIX_LAST = frozenset("比较与同由从以")  # the last characters of its words
_BASELINE_RE = re.compile(r"(?:比|较|与|相比于?|对比)\s?(?P<y>(?:19|20)\d{2})\s?年")
_COMPARED_RE = re.compile(
    r"(?:与|和|同)\s?(?P<y>(?:19|20)\d{2})\s?年(?:底|末)?(?:相比|比较)|相比于?\s?(?P<y2>(?:19|20)\d{2})"
)
# 在2020年基础上 / 在2022年的基础上: the footing of the change after it (a baseline)
_FOOTING_AFTER_RE = re.compile(r"(?:底|末)?\s?的?\s?基础上")
_FOOTING_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s?年(?:底|末)?\s?的?\s?基础上")
_PRICE_BASE_AFTER = tuple(lex("targets_years", "price_base_after"))
_PLAN_NAME_AFTER = tuple(lex("targets_years", "plan_name_after"))
_VINTAGE_AFTER_RE = re.compile(
    r"(?:底|末)?\s?(?:以前|之前|前)\s?(?:"
    + "|".join(map(re.escape, sorted(lex("targets_years", "vintage_verbs"), key=len, reverse=True)))
    + r")\s?的"
)
_MONTH_AFTER_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月")
# 是2020年的1.4倍 / 达到2022年末的2倍以上: the year is the base of the multiple after it (a
# baseline), not the year of the target (one 的, then a figure in digits or Chinese, then 倍)
_MULTIPLE_AFTER_RE = re.compile(r"(?:底|末)?\s?的\s?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})\s?倍")
_MULTIPLE_BASE_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s?年(?:底|末)?\s?的\s?$")
_BASE_PERIOD_RE = re.compile(r"以\s?(?P<y>(?:19|20)\d{2})\s?年(?:底|末)?为基(?:数|准|期|年)")
_SAME_PERIOD_RE = re.compile(r"同比|(?:比|较)(?:上年|去年|上一年)")
_LEVEL_CLAUSE_RE = re.compile(r"达到|稳定在|保持在|控制在|提高到|提升到|增加到|降至|降到")


def multiple_base_end(t: str, start: int) -> int:
    """The end of "2020年" when the year starting here is the base of a multiple after it
    (是2020年的1.4倍): no year, and no figure of its own; else -1."""
    end = start + 4
    if not t.startswith("年", end) and not (t.startswith(" 年", end) and (end := end + 1)):
        return -1
    return end + 1 if _MULTIPLE_AFTER_RE.match(t, end + 1) else -1


def _year_at(t: str, start: int) -> tuple[int, int, int] | None:
    """(position, year, end) when a year mention that sets the year of what follows starts here."""
    m = _YEAR_RE.match(t, start)
    if m is None:
        return None
    _y1, y2, f1, f2, y1, nian = m.groups()
    end = m.end()
    if f1:
        y = int(f1[:2] + f2)
        return (start, y, end) if y == int(f1) + 1 else None  # 2026/27年度 → 2027
    if y2:
        y = int(y2)
        if start and t[start - 1] in "(（":
            return None  # 规划（2021—2035年）: the span of a plan, not a deadline
    else:
        y = int(y1)
        if not nian:
            # a lost 年: "力争2023市级…" — a year only before CJK text that is not a unit
            nxt = t[end : end + 1]
            if not "\u4e00" <= nxt <= "\u9fff":  # not _CJK_RE.match(nxt) (also when empty)
                return None
            # a unit (or range, 余, scale word) must start right after the digits: only then
            # can the number regex find a unit
            qty = QTY_RE.match(t, start) if nxt in _AFTER_NUM_FIRST else None
            if qty is not None and qty.group("unit"):
                return None
        elif t.startswith("以来", end) or t.startswith("度以来", end):
            return None
        elif _FOOTING_AFTER_RE.match(t, end) is not None:
            return None  # 在2020年基础上提高1岁: the baseline, not the year of the target
        elif t.startswith("的", end + (t[end : end + 1] in "底末")) and _MULTIPLE_AFTER_RE.match(t, end):
            return None  # 是2020年的1.4倍: the base of a multiple, not the year of the target
        elif t.startswith(_PRICE_BASE_AFTER, end):
            return None  # (按2005年价格计算): the prices the figures are counted in
        elif t.startswith(_PLAN_NAME_AFTER, end):
            return None  # 《…规划和2035年远景目标纲要》: a plan's name
        elif t.find("前", end, end + 4) >= 0 and _VINTAGE_AFTER_RE.match(t, end) is not None:
            return None  # 2000年底前建成的城镇老旧小区: the age of the thing, not the year of the target
    before = t[start - 1 : start] if start else ""
    if before == "到" and t[start - 2 : start - 1] == "为" and t[start - 4 : start - 2] not in _GOAL_IS:
        # 为到2035年…打好基础: a vision the plan serves, not the horizon of what follows (but
        # 主要目标为到2025年，…: the goal is, by then)
        return None
    # the regex needs one of its words (or a space after it) right before the year
    if (before in _BASE_PREFIX_LAST or before.isspace()) and _BASE_PREFIX_RE.search(t, start - 3, start):
        return None  # 比2020年 / 由2020年的 — a baseline, not the year of the target
    return start, y, end


_GOAL_IS = ("目标", "目標")  # (目标为到2025年: 为 is "is", not "for")


_PERIOD_END_YEAR: dict[str, int] = dict(table("targets_years")["period_end"])
_PERIOD_END_RE = re.compile(
    r"(?<![一二三四五六七八九十\d])("
    + "|".join(map(re.escape, _PERIOD_END_YEAR))
    + r")[”\"」]?\s?(?:规划)?\s?(?:末|期末|末期|期间|时期)"
)


_PERIOD_CUE_RE = re.compile(r"(十[一二三四五六]五)[”\"]?(?:规划)?(?:时期|期间|末|期末)")


def period_goals_cue(s: str, first_year: int | None) -> bool:
    """A line that opens the goals of a five-year period, not before the plan's, and ends with a
    colon ("“十四五”时期全县工业发展的主要目标是："): the bullets below go on with its sentence
    (`goals.plan_goal_lines`), so the period dates their figures."""
    if not s or s[-1] not in ":：" or "目标" not in s:
        return False
    m = _PERIOD_CUE_RE.search(s)
    end = _PERIOD_END_YEAR.get(m.group(1)) if m is not None else None
    return end is not None and (first_year is None or end >= first_year)


def _add_plan_period_years(t: str, ypos: list[int], yval: list[int]) -> None:
    """到"十四五"末 (or "十四五"期间) sets the year 2025 for what follows."""
    for m in _PERIOD_END_RE.finditer(t):
        y = _PERIOD_END_YEAR.get(m.group(1))
        if y and not _BASE_PREFIX_RE.search(
            t[m.start() - 4 if m.start() > 4 else 0 : m.start()].rstrip('“"「 ')
        ):
            # (比“十三五”末增0.8亿元: the baseline, not the year of what follows)
            i = bisect_left(ypos, m.start())
            ypos.insert(i, m.start())
            yval.insert(i, y)


def _add_relative_years(t: str, ypos: list[int], yval: list[int], year: int, word: str = "明年") -> None:
    """明年 (`word`; the year after the page was published) sets that year for what follows; so does
    今年 (the page's own year), so that an earlier 到2035年 of a vision does not date it."""
    at = t.find(word)
    while at >= 0:
        i = bisect_left(ypos, at)
        ypos.insert(i, at)
        yval.insert(i, year)
        at = t.find(word, at + 2)


# "3年内" / "通过三年努力" / "用三年时间" / "三年累计" / "未来三年": a span of N years from the
# plan's first year, which sets the year first + N - 1 for what follows (a 2023—2025 plan's "3年内"
# is by 2025). Not 近三年 / 每三年 / 前三年 (the past, a cycle), nor a span that qualifies a noun
# ("成立3年内的企业"). The words are data: lexicons/targets_years.toml ([span]).
_SPAN = table("targets_years")["span"]
_SPAN_RE = re.compile(
    r"(?P<pre>"
    + "|".join(map(re.escape, _SPAN["before"]))
    + r")?\s?(?P<n>10|[2-9]|[二两三四五六七八九十])\s?个?年"
    r"(?:(?:" + "|".join(map(re.escape, _SPAN["after"])) + r")(?!的)|(?<=年)(?=[,，]))"
)
_SPAN_GATE = tuple(_SPAN["gate"])
_SPAN_GATE_RE = any_word_re(_SPAN_GATE)
_SPAN_NOT_BEFORE = frozenset(_SPAN["not_before"])
_CN_SPAN = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def add_span_years(t: str, ypos: list[int], yval: list[int], first_year: int | None) -> None:
    """A span of N years (3年内, 通过三年努力, 未来三年,) sets the year first_year + N - 1 for what
    follows (nothing where the plan's first year is unknown); the bare form "未来三年," needs its
    opening word."""
    if first_year is None or _SPAN_GATE_RE.search(t) is None:
        return
    for m in _SPAN_RE.finditer(t):
        n_at = m.start("n")
        if (
            m.group("pre") is None
            and n_at
            and (t[n_at - 1] in _SPAN_NOT_BEFORE or t[n_at - 1].isdigit() or t[n_at - 1] in _CN_SPAN)
        ):
            continue  # 近三年内, 每三年, 第3年, 2025年内, 十三年: the past, a cycle, an ordinal, a year
        if m.group(0)[-1] == "年" and m.group("pre") is None:
            continue  # "3年," alone: a span only after 未来 / 今后
        k = m.group("n")
        n = int(k) if k.isdigit() else _CN_SPAN[k]
        i = bisect_left(ypos, m.start())
        ypos.insert(i, m.start())
        yval.insert(i, first_year + n - 1)


_YEARS_RANGE_RE = re.compile(r"((?:19|20)\d{2})\s?年?\s?(?:-|—|–|~|至|到)\s?((?:19|20)\d{2})\s?年")
_YEAR_MENTION_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s?年")
_YEARISH_RE = re.compile(r"(?:(?:到|至)?\s?(?:19|20)\d{2}\s?年(?:底|末)?)")


def _years_listed(head: str, k: int) -> list[int]:
    """k years named before a 分别 list, one per value: "2023年、2024年、2025年" or "2023—2025年"."""
    head = head[: head.rfind("分别")] if "分别" in head else head
    m = _YEARS_RANGE_RE.search(head)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if b - a + 1 == k:
            return list(range(a, b + 1))
    # (比2020年分别下降…: a baseline year is no year of the list)
    ys = [
        int(m.group(1))
        for m in _YEAR_MENTION_RE.finditer(head)
        if _BASE_PREFIX_RE.search(head, m.start() - 3 if m.start() > 3 else 0, m.start()) is None
    ]
    if len(ys) == k and ys == sorted(ys) and len(set(ys)) == k:
        return ys
    return []


_DETAIL_OPENERS = ("其中", "具体", "主要包括", "包括")
_PREVIOUS_SENTENCE = 200  # characters looked back for the sentence a detail sentence continues


def _own_sentence_start(t: str, sent_start: int) -> int:
    """Where the sentence at `sent_start` starts as a statement: a sentence that opens with 其中
    (or 具体…, 包括…), with the items it lists after it up to its 。, details the one before it
    ("2025年…已全面完成。其中：新建学校30所；改造道路5公里"), so that one's year is its own."""
    lo = sent_start - _PREVIOUS_SENTENCE if sent_start > _PREVIOUS_SENTENCE else 0
    k = max(t.rfind("。", lo, sent_start), t.rfind("\n", lo, sent_start))
    full = k + 1 if k >= 0 else lo
    if not t.startswith(_DETAIL_OPENERS, full + (t[full : full + 1] == " ")):
        return sent_start
    lo = full - _PREVIOUS_SENTENCE if full > _PREVIOUS_SENTENCE else 0
    k = max(t.rfind("。", lo, full - 1), t.rfind("\n", lo, full - 1))
    return k + 1 if k >= 0 else lo


_TOPIC_MAX = 40  # characters of a sentence that heads the figures after it
_TOPIC_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s?年")


def _topic_sentence_start(t: str, start: int) -> int:
    """The start of the sentence before the one at `start` when it is a short topic sentence with
    no figure of its own, a year aside ("“十三五”期间全县生态状况明显改善。", "2023年，全县经济运行
    稳中向好。"): its year is that of the figures after it. Else `start`."""
    if start < 2 or t[start - 1] != "。":
        return start
    lo = start - 1 - _TOPIC_MAX if start - 1 > _TOPIC_MAX else 0
    k = max(t.rfind(ch, lo, start - 1) for ch in "。\n;；")
    if k < 0 and lo > 0:
        return start  # a longer sentence
    prev = t[k + 1 : start - 1]
    if any(ch.isdigit() for ch in _TOPIC_YEAR_RE.sub("", prev)):
        return start
    return k + 1


# "改造薄弱学校20所，2024年底前完成", "建成智慧校园30所（2026年6月底前完成）", "…45个，并于2026年前
# 完成" (lexicons/targets_years.toml `deadline_openers`): a deadline right
# after the figure, closing its sentence or bracket with no other figure on the way
_DEADLINE_AFTER_RE = re.compile(
    r"[^。；;\n\d]{0,16}?[,，(（]\s?(?:"
    + "|".join(map(re.escape, lex("targets_years", "deadline_openers")))
    + r")?\s?(?P<y>(?:19|20)\d{2})\s?年(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)?"
    r"(?:底|末)?(?:前|以前|之前)(?:全面|全部)?(?:完成|建成|实现|竣工|投用|投入使用)?"
    r"[^\d。；;\n]{0,4}?(?:[)）]|[。；;\n]|$)"
)


def deadline_after(t: str, end: int) -> int | None:
    """The year of a deadline written right after a figure ("…20所，2024年底前完成。"), else None."""
    m = _DEADLINE_AFTER_RE.match(t, end)
    return int(m.group("y")) if m is not None else None


def _year_of(
    t: str,
    c,
    ypos: list[int],
    yval: list[int],
    default_year: int | None,
    annual_year: int | None,
    listed: int | None,
    recurring: bool,
    first_year: int | None = None,
) -> tuple[int | None, bool]:
    """(year, past) of the number c (a scan.Cand): the last year mention before it, or
    `default_year`; `listed` a year of a "2023—2025年分别…" list; recurring: whether the text
    holds a recurring word at all. `past` is True for a figure of a year before the plan (an
    annual plan's year, or `first_year` of a plan of several years): not a target; the year of
    an annual plan fills in where none is stated, except for a recurring target (每年…), which
    has none."""
    yi = bisect_left(ypos, c.start) - 1
    year = yval[yi] if yi >= 0 else default_year
    past = False
    floor = annual_year if annual_year is not None else first_year
    if floor is not None and yi >= 0 and year is not None and year < floor:
        # an earlier year in an annual plan: a past figure in its own sentence ("2022年，
        # 全县地区生产总值达到300亿元"); a date (2022年12月) or an older sentence says nothing
        own = _own_sentence_start(t, c.sent_start)
        if (ypos[yi] >= own or ypos[yi] >= _topic_sentence_start(t, own)) and not _MONTH_AFTER_YEAR_RE.match(
            t, ypos[yi]
        ):
            past = True
        year = None
    if listed is not None:
        year = listed  # "2023—2025年分别达到50%、60%、70%"
    if (
        recurring
        and (m := _recurring_word(t, c.sent_start, c.start))
        and not frequency_modifier(t, m.start(), c.start)
    ):
        # 每年不少于5000场: no year, in an annual plan too; but a later clause that states a
        # level of its own (…，4A级以上景区达到200家) is what must hold by then, and so is one
        # after a year of its own with no recurring word since (每年培训4500名，到2025年…2.8名)
        restated = yi >= 0 and ypos[yi] > m.start() and not recurring_in(t, ypos[yi], c.start)
        restated = restated or (
            m.start() < c.clause_start
            and (
                _whole_year(t, c.clause_start, c.start)
                or (m.group() in _CLAUSE_ONLY and not recurring_in(t, c.clause_start, c.start))
                or rate_clause(t, c.clause_start, c)
                or one_off_after_frequency(t, m, c.clause_start, c.start)
            )
        )
        if not restated and (
            m.start() >= c.clause_start or not _LEVEL_CLAUSE_RE.search(t, c.clause_start, c.start)
        ):
            return None, past
    if year is None and annual_year is not None and not past:
        year = annual_year
    return year, past


def _baseline(t: str, c, year: int | None, inherited: int | None, own_start: int = 0) -> int | None:
    """baseline_year of the number c: 比2020年 / 同比 in its clause (from `own_start`, where the
    words of a list's item start), or a "与2020年相比，" clause of its sentence; else `inherited`
    (a list continuing the previous target)."""
    sent_start, start = c.sent_start, c.start
    clause_before = t[max(c.clause_start, own_start) : start]
    # each regex needs a literal the sentence mostly lacks: test that first (str.find is cheap)
    # (sent_start <= clause_start: no 年 in the sentence, none in the clause either)
    if t.find("年", sent_start, start) >= 0:
        # each regex needs a word: 比/较/与 (baseline), 相比/比较 (compared), 为基 (base period)
        bms = (
            (list(_BASELINE_RE.finditer(clause_before)) if "年" in clause_before else [])
            or (list(_FOOTING_RE.finditer(clause_before)) if "基础上" in clause_before else [])
            or _footing_clause(t, sent_start, c.clause_start)
            or (
                list(_COMPARED_RE.finditer(t, sent_start, start))
                if t.find("比", sent_start, start) >= 0
                else []
            )
            or (
                list(_BASE_PERIOD_RE.finditer(t, sent_start, start))
                if t.find("为基", sent_start, start) >= 0
                else []
            )
        )
    elif t.find("相比", sent_start, start) >= 0:
        bms = list(_COMPARED_RE.finditer(t, sent_start, start))
    else:
        bms = []
    if bms:
        return int(bms[-1].group("y") or bms[-1].group("y2"))
    if c.unit == "倍" and (m := _MULTIPLE_BASE_RE.search(clause_before[-12:].rstrip())):
        return int(m.group("y"))  # 是2020年的1.4倍 → 2020
    if "五" in clause_before and (m := _PERIOD_BASE_RE.search(clause_before)):
        return _PERIOD_END_YEAR.get(m.group(1) or m.group(2))  # 比“十三五”末增0.8亿元 → 2020
    if year is not None and _SAME_PERIOD_RE.search(clause_before):
        return year - 1
    return inherited


def _footing_clause(t: str, sent_start: int, clause_start: int) -> list[re.Match[str]]:
    """ "在2022年基础上，农药使用量降低3%": a footing that is the whole clause before the number's."""
    if clause_start - sent_start < 6 or t.find("基础上", sent_start, clause_start) < 0:
        return []
    found = list(_FOOTING_RE.finditer(t, sent_start, clause_start))
    if (
        not found
        or t[found[-1].end() : clause_start].strip(" ,，")
        or t[sent_start : found[-1].start()].strip(" 在")
    ):
        return []
    return found[-1:]


# (a quoted “十五” too: 比“十五”期末降低20% → 2005; unquoted 十五 is often a number)
_PERIOD_BASE_RE = re.compile(
    r"(?:比|较|与)\s?(?:[“\"]?(十[一二三四五六]五)|[“\"](十五))[”\"]?(?:规划)?(?:期末|末|时期末)"
)


_OPEN_DEADLINE = tuple(words("task_deadline_open"))


def labelled_deadline_year(body: str, plan_year: int | None) -> int | None:
    """The year a task's own labelled deadline prints ("整改时限：2026年12月底前", "完成时限：2025年底"):
    the task's targets that name no year must hold by then, in prose as in a table row's deadline
    cell. A value that starts, repeats or keeps the work (长期坚持, 2024年起, 每年…) dates nothing."""
    if "时限" not in body and "时间" not in body and "期限" not in body and "节点" not in body:
        return None
    deadline, value = labelled_deadline(body, plan_year)
    if deadline is None or not value or str(deadline.year) not in value:
        return None
    return None if any(w in value for w in _OPEN_DEADLINE) else deadline.year
