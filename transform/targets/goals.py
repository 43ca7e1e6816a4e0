"""The expected goals of a work report or plan, wherever they appear: a line such as
"今年经济社会发展主要预期目标是：地区生产总值增长8%左右，一般公共预算收入增长5%…" carries targets
even in the preamble or under a heading that is not a goals section, where no task or goals
paragraph holds it (issue 15). Cue words: lexicons/targets_goals.toml.

Long module: the goal readers of a page (expected goals, work lists, the goal lines of a plan
without numbered items, the forward lines of news) share their cue words and review checks."""

from __future__ import annotations

import re

from transform.lexicons import table
from transform.lines import lists_achievements, split_inline
from transform.numbering import HEADING_MARK
from transform.review_headings import AHEAD_HEADING, is_review_heading
from transform.review_headings import CLAUSE_BREAK as _CLAUSE_BREAK
from transform.review_headings import REVIEW_RE as _REVIEW_RE
from transform.review_headings import heading_line as _heading_line
from transform.targets.flatcells import flat_table_spans, indicator_header
from transform.targets.words import anchors, holds_any, lex
from transform.targets.years import period_goals_cue

_CUE_VERBS = sorted(lex("targets_goals", "cue_verbs"), key=len, reverse=True)
_CUE_RE = re.compile(
    "(?:" + "|".join(map(re.escape, lex("targets_goals", "cue_heads"))) + r")[^,，;；。:：\n]{0,12}?"
    "(?:"
    + "|".join(map(re.escape, lex("targets_goals", "cue_nouns")))
    # "“十五五”时期主要目标和重大任务：" (a second noun joined by 和)
    + r")(?:和[^,，;；。:：\n]{1,8}?)?(?:\s?(?:"
    + "|".join(map(re.escape, _CUE_VERBS))
    + r")?\s?[:：]"
    # (or no colon: "主要预期目标是地区生产总值增长6%左右，…")
    + r"|(?:"
    + "|".join(map(re.escape, (v for v in _CUE_VERBS if v != "如下")))
    + r")(?=[\u4e00-\u9fff][^,，;；。:：\n]{0,16}?(?:\d|百分之)))"
)
# a goals heading on a line of its own, with no colon nor verb ("建议全年经济社会发展预期目标", "今年
# 主要预期目标"): it heads the bulleted lines under it (`_bulleted_below`)
_CUE_HEADING_RE = re.compile(
    r"^[^\S\n]*[^,，;；。:：\s]{0,4}?(?:"
    + "|".join(map(re.escape, lex("targets_goals", "cue_heads")))
    + r")[^,，;；。:：\n]{0,12}?(?:"
    + "|".join(map(re.escape, lex("targets_goals", "cue_nouns")))
    + r")[^\S\n]*$",
    re.M,
)
_BULLET_RE = re.compile(r"^[●•■◆◇★☆▲▪◎○]")
_BULLETS_MAX = 30  # bulleted lines a goals heading heads
# a rate: 6%, 0.5个百分点, or written in words (百分之六, 百分之5.5, 百分之百: a report typed that way)
_SHARE_RE = re.compile(r"\d\s?(?:%|％|个百分点)|百分之\s?[\d零〇一二两三四五六七八九十百]")
_MIN_SHARES = 2  # a goals list names at least two rates
_SNIPPET = 40  # characters after the cue that identify the list


def expected_goal_paragraphs(body: str, covered: list[str]) -> list[str]:
    """Lines of `body` that state expected goals and that none of `covered` (the texts already
    read for targets: task texts, goals paragraphs) holds."""
    if not body or ("目标" not in body and "指标" not in body and "取向" not in body):
        return []
    out: list[str] = []
    for m in _CUE_RE.finditer(body):
        start = body.rfind("\n", 0, m.start()) + 1
        end = body.find("\n", m.end())
        line = body[start : len(body) if end < 0 else end].strip()
        if len(_SHARE_RE.findall(line, m.end() - start)) < _MIN_SHARES:
            # a cue closing its line ("2026年经济社会发展主要预期目标：") heads the list on the next
            below = (
                _listed_below(body, end) if not body[m.end() : len(body) if end < 0 else end].strip() else ""
            )
            if len(_SHARE_RE.findall(below)) < _MIN_SHARES:
                continue
            line += "\n" + below
        line = _before_items(line, m.start() - start)
        listed = body[m.start() : min(m.end() + _SNIPPET, len(body) if end < 0 else end)]
        # the list itself (from its cue on) already read in a task or a goals paragraph
        if line in out or any(line in text or listed in text for text in covered):
            continue
        out.append(line)
    out.extend(_bulleted_goals(body, covered, out))
    return out


def _bulleted_goals(body: str, covered: list[str], found: list[str]) -> list[str]:
    """The bulleted lines under a goals heading of its own line ("建议全年经济社会发展预期目标" then
    "●地区生产总值增长5%以上", "●城镇新增就业110万人以上" …), joined, where they name at least two
    rates and none of `covered` or `found` holds them."""
    out: list[str] = []
    seen: set[str] = set()  # (lists already kept: a set, never a scan of them per heading)
    for m in _CUE_HEADING_RE.finditer(body):
        listed = _bulleted_below(body, m.end())
        if listed in seen or len(_SHARE_RE.findall(listed)) < _MIN_SHARES:
            continue
        if any(listed in text or text in listed for text in (*covered, *found) if text):
            continue
        seen.add(listed)
        out.append(listed)
    return out


def _bulleted_below(body: str, end: int) -> str:
    """The run of bulleted lines right under the line ending at `end` (blank lines between), joined
    by line breaks; "" where the next non-blank line has no bullet."""
    lines: list[str] = []
    while 0 <= end < len(body) and len(lines) < _BULLETS_MAX:
        nxt = body.find("\n", end + 1)
        line = body[end + 1 : len(body) if nxt < 0 else nxt].strip()
        if line:
            if _BULLET_RE.match(line) is None:
                break
            lines.append(line)
        end = nxt
    return "\n".join(lines)


def _before_items(line: str, cue: int) -> str:
    """The goals line up to the items of a work list that runs on in its paragraph ("…增长5%。今年将
    重点抓好以下工作：一是…；二是…": the items are tasks of their own); the whole line where none
    follows the cue."""
    if "\n" in line or len(line) <= 20:
        return line
    pieces = split_inline(line)
    return pieces[0] if len(pieces) > 2 and len(pieces[0]) > cue else line


def _listed_below(body: str, end: int) -> str:
    """The first non-empty line after the line ending at `end` (-1: the last line has none)."""
    while 0 <= end < len(body):
        nxt = body.find("\n", end + 1)
        line = body[end + 1 : len(body) if nxt < 0 else nxt].strip()
        if line:
            return line
        end = nxt
    return ""


_WORK_NOUN_ANCHORS = anchors(lex("targets_goals", "work_list_nouns"))
_WORK_LIST_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, lex("targets_goals", "work_list_heads")))
    + r")[^,，;；。:：\n]{0,16}?(?:"
    + "|".join(map(re.escape, sorted(lex("targets_goals", "work_list_nouns"), key=len, reverse=True)))
    + r")(?:[,，]\s?)?(?:分别是|分别为|具体是|主要是|主要包括|具体包括|包括|如下|是|为)?\s?[:：]"
)


_WORK_LIST_LED_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted(lex("targets_goals", "work_list_nouns"), key=len, reverse=True)))
    + r")[^。；;:：!！?？\n]{0,24}[,，]\s?(?:"
    + "|".join(map(re.escape, sorted(lex("targets_goals", "work_list_led_verbs"), key=len, reverse=True)))
    + r")\s?[:：]"
)
_SENTENCE_ENDS = "。；;!！?？\n"
_LED_DONE = tuple(lex("targets_goals", "work_list_led_done"))
_SENTENCE_BACK = 120  # characters looked back for the start of a sentence that leads a list


def _led_lists(body: str) -> list[tuple[int, int]]:
    """Spans of the lists opened by 包括 in a sentence naming the work noun ("今年的民生实事共安排
    资金9.8亿元，主要包括：A、B"): from the sentence's start (its own figures) to its line's end."""
    if "包括" not in body:
        return []
    out: list[tuple[int, int]] = []
    end = -1
    for m in _WORK_LIST_LED_RE.finditer(body):
        lo = max(0, m.start() - _SENTENCE_BACK)
        start = max(max(body.rfind(c, lo, m.start()) for c in _SENTENCE_ENDS) + 1, lo)
        if any(w in body[start : m.end()] for w in _LED_DONE):
            continue  # a list of work done
        if end < m.end():
            end = body.find("\n", m.end())  # (once a line)
            end = len(body) if end < 0 else end
        if out and out[-1][1] > start:
            out[-1] = (out[-1][0], start)  # (two lists on a line: each ends where the next begins)
        out.append((start, end))
    return out


def work_list_paragraphs(body: str, covered: list[str]) -> list[str]:
    """The lists of work a report commits to after a cue ("集中力量办好10件实事：A；B；C"): each
    from after its cue to the end of its line, where none of `covered` holds it already."""
    if not body or ("实事" not in body and "工程" not in body and "项目" not in body):
        return []
    if not holds_any(body, _WORK_NOUN_ANCHORS):
        return []  # every cue holds one of its nouns (a plan of 工程 and 项目 but no 实事: none)
    out: list[str] = []
    spans = [(m.end(), body.find("\n", m.end())) for m in _WORK_LIST_RE.finditer(body)]
    for start, end in spans + _led_lists(body):
        # (the list after the cue: the count in the cue is that of the list's own items)
        listed = body[start : len(body) if end < 0 else end].strip()
        if len(listed) < _MIN_LIST or listed in out:
            continue
        if any(listed in text or text in listed for text in covered if text):
            continue
        out.append(listed)
    return out


_MIN_LIST = 8  # characters of work after the cue (a cue ending its line opens a numbered list)


# ---------------------------------------------------------------------------------------------
# reviews of the past, and the goal lines of a plan without numbered items
# ---------------------------------------------------------------------------------------------

# a deadline set by a word of obligation: "必须在今年11月底前", "要在年底前"
_DEADLINE = (
    r"(?:"
    + "|".join(map(re.escape, lex("targets_goals", "deadline_obligations")))
    + r")\s?在\s?(?:今年|明年|年底|年内|本年|\d{1,2}\s?月)[^。；;\n]{0,8}?前"
)
# 将 of disposal before what it is made ("将保障和改善民生作为出发点", "将…列为重中之重"): no commitment
# (将把…作为 is the future: 把 is the disposal there)
_DISPOSAL_AHEAD = (
    r"(?!(?!把)[^，,。；;\n]{0,20}?(?:"
    + "|".join(map(re.escape, lex("targets_goals", "disposal_verbs")))
    + "))"
)
# 计划 as the noun of a plan's name ("工作计划5篇", "行动计划范文12篇"), not the verb ("计划新建…")
_PLAN_NOUN_BEFORE = "".join(f"(?<!{re.escape(w)})" for w in lex("targets_goals", "plan_noun_heads"))
_COMMIT_RE = re.compile(
    r"目标|到\s*20\d{2}\s*年|"
    + "|".join(
        (_PLAN_NOUN_BEFORE if c == "计划" else "") + re.escape(c) + (_DISPOSAL_AHEAD if c == "将" else "")
        for c in lex("targets_goals", "commit_cues")
    )
    + "|"
    + _DEADLINE
)
_REPORT_TITLE_RE = re.compile("|".join(map(re.escape, lex("targets_goals", "report_titles"))))
# a progress report's section (…完成情况, …推进情况): its items restate the year's targets, then
# report the period's results after a reporting date ("上半年，", "1-9月，", "截至9月底，", "目前，")
_PROGRESS_HEADING_RE = re.compile(r"(?:完成|进展|推进|执行|落实)情况[^\u4e00-\u9fff]*$")
_RESULTS_OPEN_RE = re.compile(
    r"(?:^|(?<=[。；;！!]))\s*(?:上半年|前三季度|[一二三四]季度|1\s*[-—–~～至到]\s*1?\d\s*月份?|"
    r"截至[^，,。；;]{1,12}|截止[^，,。；;]{1,12}|目前|今年以来|年初以来)\s*[，,:：]"
)


def restated_targets(heading: str, text: str) -> str | None:
    """The part of an item under a progress report's section (`heading`: …完成情况) that restates
    its targets before the results of the period ("1.新引进项目不少于20个。上半年，新引进12个。"
    -> "1.新引进项目不少于20个。"); None where the section is no progress report or the item
    opens with its results."""
    if _PROGRESS_HEADING_RE.search(heading.strip()) is None:
        return None
    m = _RESULTS_OPEN_RE.search(text)
    if m is None:
        # no results opener: the item restates its targets when no figure follows its first
        # sentence ("培育平台2家，…总数达30家。支持企业实施智能化改造。")
        end = text.find("。")
        rest = text[end + 1 :].strip() if end >= 0 else ""
        # (a lone sentence may be the result itself: "2.新增外资企业8家。")
        if not rest or any(ch.isdigit() for ch in rest) or "已" in text[:end]:
            return None
        head = text[: end + 1].strip()
        return head if any(ch.isdigit() for ch in _ITEM_MARK.sub("", head)) else None
    head = text[: m.start()].strip()
    return head if head and head[-1] in "。；;！!" else None


_ITEM_MARK = re.compile(r"^\s?(?:\d{1,2}\s?[.、．]|[（(]\d{1,2}[)）])")


def reports_on_plan(title: str) -> bool:
    """A title that reports a plan's results or progress (…完成情况, …进展情况, 最新进展)."""
    return bool(title) and _REPORT_TITLE_RE.search(title) is not None


def plan_goal_lines(body: str, title: str = "", first_year: int | None = None) -> list[str]:
    # Long function: one pass over the lines; each kind of line (a table row, a cue, a heading, a
    # goal, a continuation) is read in turn with the state the lines before left.
    """Lines of a plan without numbered items that state its goals: lines naming a goal or a
    horizon (目标, 到2025年), a year of the plan (`first_year` or later: "2024年，单位国内生产总值
    能源消耗降低2.5%左右" in a 2024—2025 plan) or committing to figures (力争, 确保, 计划, 拟 …),
    and every line of a block under a heading that opens the goals or the work ahead (展望2024年
    工作目标); never the lines of a block under a heading that reviews the past (回顾2023年工作成果)."""
    out: list[str] = []
    review = ahead = open_ = row = horizon = goal = False
    fields = False  # a horizon whose field leads ("生态文明建设 实现新跨越") head its paragraphs
    reported = 0  # lines still to read under a "《纲要》提出：" line
    names = _plan_names(body)
    lines = body.split("\n")
    # (an indicator table printed a cell per line is read whole: `tables.indicator_tables`)
    flat = {k for a, b in flat_table_spans(lines) for k in range(a, b)} if "|\n" in body else set()
    for k, ln in enumerate(lines):
        s = ln.strip()
        if not s or k in flat or (title and title in s and len(s) <= len(title) + 12):
            continue  # (the page's headline: its figures are the body's)
        listed, reported = reported > 0, max(reported - 1, 0)
        was_open, open_ = open_, False
        was_row, row = row, False
        was_horizon, horizon = horizon, False
        was_goal, goal = goal, False
        was_fields, fields = fields, False
        if was_row and s.count("|") >= 2:
            out[-1] += "\n" + ln  # the next row of a kept table: read with its header
            row = True
            continue
        head = _HEADING_MARK.sub("", s) if s[:1] in _MARK_FIRST else s  # "一、过去五年工作回顾"
        if _heading_line(head) and s[-1] not in ":：" and not any(c.isdigit() for c in head):
            listed, reported = False, 0  # a heading ends the lines under the cue (an item names a figure)
        if s[-1] in ":：" and not any(c.isdigit() for c in s) and _reports_plan(s, names):
            reported = _REPORTED_LINES  # "关于重大战略任务，《纲要》提出：" opens the lines below
            continue
        if "政府工作报告" in s and _report_goals_lead(s):
            reported = _REPORTED_LINES  # "今年政府工作报告的“目标清单”…" opens the report's goals below
        if not review and period_goals_cue(s, first_year):
            out.append(ln)  # "“十四五”时期…主要目标是：": the bullets below go on with its sentence
            horizon = ahead = open_ = True
            continue
        if _heading_line(head) and not indicator_header(s, first_year):  # (…|2025年目标|属性|: a header)
            if _REVIEW_RE.search(head):
                review, ahead = True, False
                continue
            if AHEAD_HEADING.search(head) and not any(c.isdigit() for c in head.split("年")[-1]):
                review, ahead = False, True
                continue
        if review or not any(c.isdigit() for c in s) or lists_achievements(s):  # (过去一年，…一是…)
            # (a bullet without figures goes on; so does a plain subheading, "到2025年" then
            # "基本实现园林城市全覆盖" over the figures that still belong to that year, and, once
            # such a lead heads a field, the field's paragraph without figures: the next field's
            # figures still belong to the horizon)
            lead = _plain_subheading(s, review)
            horizon = was_horizon and (s.startswith(_BULLETS) or lead or (was_fields and not review))
            fields = horizon and (lead or was_fields)
            continue
        if "以来" in s and _AHEAD_WORDS_RE.search(s) is None:
            continue  # "…实施以来，累计完成重点任务537项": what was done since, not what will be
        if _AS_OF_DONE_RE.match(s) is not None:
            # "截至12月20日，今年全市已建成…，超额完成年初计划。…": only its sentences that commit
            ln = s = _committed_sentences(s)
            if not s:
                continue
        # (a paragraph right under a field lead, "学有所教" then "学前教育毛入园率大于90%", reads like a bullet)
        joined = was_open or (
            was_horizon and _continues_horizon(s, first_year, was_fields or s.startswith(_BULLETS))
        )
        if was_open:  # the goal sentence of the line above goes on here: one paragraph
            out[-1] += s
        elif joined:  # "到2030年，…。" then "单位…下降70%以上；…" or "——…比重达45%": its figures
            out[-1] += "\n" + s
        elif listed or ahead or _goal_line(s, names, first_year):
            # (a list after a work-list cue is read from its cue on: the count in the cue is the
            # list's own, "重点实施8项惠民工程：…")
            cue = _WORK_LIST_RE.search(ln) if ("实事" in ln or "工程" in ln or "项目" in ln) else None
            out.append(ln[cue.end() :] if cue is not None and len(ln) - cue.end() >= _MIN_LIST else ln)
        elif was_goal and _goes_on_goals(s, first_year):
            out.append(ln)  # "此外，…营业收入达到4.3万亿元，…年均增长10%以上": the goals go on
        else:
            continue
        goal = True
        open_ = s[-1] in _OPEN_ENDS
        row = s.count("|") >= 2
        horizon = _HORIZON_RE.search(s) is not None or (joined and was_horizon)
    return out


def _plain_subheading(s: str, review: bool) -> bool:
    """A short unnumbered line without figures that heads a block inside the goals of a horizon
    (a news page's bold lead, "基本实现园林城市全覆盖"), not a numbered section of its own."""
    return not review and s[:1] not in _MARK_FIRST and s[-1] not in ":：" and _heading_line(s)


def _goal_line(s: str, names: tuple[str, ...], first_year: int | None) -> bool:
    """A line that commits to figures (目标, 到2025年, 力争 …), reports what the plan says, opens
    with a year or the five-year period of the plan, or heads an indicator table of the plan's years."""
    return (
        _COMMIT_RE.search(s) is not None
        or _reports_plan(s, names)
        or _plan_year(s, first_year)
        or _plan_period_ahead(s, first_year)
        or indicator_header(s, first_year)
    )


# a clause opening with a five-year period and a word of what is to come: "“十三五”期间要新增城市道路
# 10.4万公里", "“十三五”末要实现…" (not "“十三五”期间，…为5.6万公里", nor 要求 of a review)
_PERIOD_AHEAD_RE = re.compile(
    r"(?:^|[，,。；;：:\s])[“\"「]?(十[一二三四五六]五)[”\"」]?(?:规划)?(?:期间|时期|期末|末)\s?[，,]?\s?"
    r"(?:要(?!求)|将|力争|计划|预计|拟)"
)
_PERIOD_END: dict[str, int] = dict(table("targets_years")["period_end"])


def _plan_period_ahead(line: str, first_year: int | None) -> bool:
    """Does a clause of the line open with a five-year period not before the plan's first year,
    then a word of what is to come ("“十三五”期间要新增…")?"""
    if "五" not in line:
        return False
    return any(
        first_year is None or _PERIOD_END.get(p, 0) >= first_year for p in _PERIOD_AHEAD_RE.findall(line)
    )


_OPEN_ENDS = frozenset("；;，,、：:")
_HORIZON_RE = re.compile(r"到\s?20\d\d\s?年")


_FIVE_YEAR_RE = re.compile(r"十[一二三四五六]五")
_BULLETS = ("——", "—", "●", "◆", "■", "▲", "★", "•", "·", "▶")


def _continues_horizon(line: str, first_year: int | None, bullet: bool = False) -> bool:
    """A line of goal figures that names no cue, year or five-year period of its own: it goes on
    with the horizon of the line above (a line naming "十三五"期间 reviews that period); so does
    a bullet ("——…比重达45%", a cue such as 力争 in it or not) that names a figure."""
    if _FIVE_YEAR_RE.search(line) is not None or _YEAR_MENTION.search(line) is not None:
        return False  # (a base year, 比2005年, is none)
    if bullet:  # (累计培育… in a bullet under the horizon counts from the plan's start: no past)
        return (
            _HORIZON_RE.search(line) is None
            and _BULLET_PAST_RE.search(line) is None
            and bool(_FIGURE_RE.search(line))
        )
    return _COMMIT_RE.search(line) is None and _goal_figures(line, first_year)


_REPORTED_LINES = 8  # lines read under a line reporting what the plan says
_HEADING_MARK = re.compile(rf"^{HEADING_MARK}\s?")
_MARK_FIRST = frozenset("一二三四五六七八九十（(0123456789")
# a line opening with the date of the results it reports, then 已 in its first sentence
_AS_OF_DONE_RE = re.compile(r"(?:截至|截止)[^，,。；;\n]{1,16}[，,][^。；;\n]*?已")


def _committed_sentences(line: str) -> str:
    """The sentences of a line reporting results by a date that commit to something: a commitment
    cue or a report of the plan with no 已 before it ("…目前已建成64个。《某方案》提到，今年计划新增
    建设100个…"; not "今年全市已建成…，超额完成年初计划")."""
    out = []
    for m in _SENTENCE_RE.finditer(line):
        sentence = m.group()
        cue = _COMMIT_RE.search(sentence) or _REPORT_CUE_RE.search(sentence)
        if cue is not None and "已" not in sentence[: cue.start()]:
            out.append(sentence)
    return "".join(out)


_AHEAD_WORDS_RE = re.compile(r"到\s?20\d\d\s?年|力争|确保|将|预计|目标是|目标为")
_REPORT_CUE_RE = re.compile("|".join(map(re.escape, lex("targets_goals", "plan_report_cues"))))
_REPORT_PAST_RE = re.compile("|".join(map(re.escape, lex("targets_goals", "plan_report_past"))))
_SHORT_NAME_RE = re.compile(r"简称\s?([《“\"][^》”\"\n]{2,20}[》”\"])")


def _plan_names(body: str) -> tuple[str, ...]:
    """The short names a page gives the plan it reports ("（以下简称《三年行动》）"): in 《》, after a
    name in 《》, or naming a plan kind (“方案”); not the short name of anything else ("…百强县市
    (简称“2022中国旅游百强县市”)", an award)."""
    if "简称" not in body:
        return ()
    return tuple(m.group(1) for m in _SHORT_NAME_RE.finditer(body) if _names_a_document(body, m))


_SHORT_NAME_BEFORE = 8  # characters before 简称 that hold the 》 of the name it shortens ("》（以下")


def _names_a_document(body: str, m: re.Match[str]) -> bool:
    name = m.group(1)
    return (
        name.startswith("《")
        or "》" in body[max(0, m.start() - _SHORT_NAME_BEFORE) : m.start()]
        or _CITED_KIND_RE.search(name) is not None
    )


_CITED_KIND_RE = re.compile("|".join(map(re.escape, lex("targets_goals", "cited_plan_kinds"))))
_CITED_PLAN_RE = re.compile(
    r"《[^《》\n]{2,60}?(?:"
    + "|".join(map(re.escape, lex("targets_goals", "cited_plan_kinds")))
    + r")(?:[（(][^（）()\n]{0,16}[）)])?》"
)


def cites_plan(body: str) -> bool:
    """A page that reports what a plan says ("规划纲要提出，到2030年…", "《方案》明确…", the short name
    it declares: "（以下简称《三年行动》）… 《三年行动》明确…") or names a plan in 《》 ("根据《关于
    全面推行林长制的意见》…"), whatever its headline: a news report of a plan whose headline names
    no plan kind ("今后五年我县这样干", "我市出台新举措…")."""
    if _REPORT_CUE_RE.search(body) is not None:
        return True
    if "《" in body and _CITED_PLAN_RE.search(body) is not None:
        return True  # 根据《关于全面推行林长制的意见》…, 《某县…实施方案》明确…
    names = _plan_names(body)
    if any(body.count(n) > 1 for n in names):
        return True
    if _report_goals_lead(body[:_LEAD]):
        return True  # "今年政府工作报告的“目标清单”…": the report's goals in the paragraphs below
    # "…召开2026年民生实事项目新闻发布会": a report of the year's list of work (in the lead, not
    # in the headline: "民生工程加速推进" reports progress)
    first = body.find("\n", 0, _LEAD)
    # (a first line of prose is the lead of a page printed without its headline)
    lead = body[first + 1 if first >= 0 and not _prose_line(body[:first]) else 0 : _LEAD]
    if not ("实事" in lead or "工程" in lead or "项目" in lead) or _LEAD_WORK_RE.search(lead) is None:
        return False
    return _WORK_LIST_RE.search(body) is None  # (a list after a cue is read from its cue on)


_LEAD = 300  # characters of a news page's lead that name the list of work it reports
_REPORT_GOALS_RE = re.compile(
    r"政府工作报告[^，,。；;！!\n]{0,8}?(?:"
    + "|".join(map(re.escape, lex("targets_goals", "report_goal_nouns")))
    + ")"
)
_REPORT_GOALS_DONE_RE = re.compile("|".join(map(re.escape, lex("targets_goals", "report_goal_done"))))


def _report_goals_lead(lead: str) -> bool:
    """A lead naming the 政府工作报告's goals ("今年政府工作报告的“目标清单”") in a sentence that does
    not report them done ("…报告确定的目标任务全面完成")."""
    for m in _REPORT_GOALS_RE.finditer(lead):
        start = max(lead.rfind(c, 0, m.start()) for c in "。；;！!\n") + 1
        ends = [e for e in (lead.find(c, m.end()) for c in "。；;！!\n") if e >= 0]
        if _REPORT_GOALS_DONE_RE.search(lead, start, min(ends) if ends else len(lead)) is None:
            return True
    return False


_HEADLINE_MAX = 40  # characters of a headline: a longer first line with a comma is the lead


def _prose_line(line: str) -> bool:
    return len(line) > _HEADLINE_MAX and ("，" in line or "," in line)


def reported_work_lines(body: str) -> list[str]:
    """The lines of a news report whose lead names the year's list of work ("记者从某区2025年重点
    民生实事新闻发布会上获悉") and whose work names no cue word ("即实施城镇老旧小区改造，新开工5个…"):
    every line after the lead with a figure, none about the past (以来, 截至, 已完成, 累计, 去年, a
    year before the lead's)."""
    first = body.find("\n")
    lead = body[: first if 0 <= first < _LEAD else _LEAD]
    years = [int(y) for y in _YEAR_MENTION.findall(lead)]
    if not years or _LEAD_WORK_RE.search(lead) is None:
        return []
    return [
        ln for ln in body[first + 1 :].split("\n")[:_REPORTED_WORK_LINES] if _current_figure_line(ln, years)
    ]


def _current_figure_line(line: str, years: list[int]) -> bool:
    """A line naming a figure and nothing of the past (以来, 截至, 已完成, 累计, 去年, a year before
    the latest of `years`)."""
    return (
        _FIGURE_RE.search(line) is not None
        and _FORWARD_PAST_RE.search(line) is None
        and _LAST_YEAR_RE.search(line) is None
        and all(int(y) >= max(years, default=0) for y in _YEAR_MENTION.findall(line))
    )


def _in_page_order(body: str, lines: list[str], extra: list[str]) -> list[str]:
    """`lines` and `extra` in the order the page prints them."""
    if not extra:
        return lines
    starts: dict[str, int] = {}  # each whole line of the page at its first place
    pos = 0
    for line in body.split("\n"):
        starts.setdefault(line, pos)
        pos += len(line) + 1
    # a part of a line is looked for (a search from the page's start for each of thousands of
    # paragraphs was quadratic)
    order = {ln: starts[ln] if ln in starts else body.find(ln) for ln in lines + extra}
    return sorted(lines + extra, key=lambda ln: order[ln])


_REPORTED_WORK_LINES = 40  # lines read after such a lead


# a paragraph led by the field of work it lists: "教育保障方面，新增学位…", "养老服务方面：新建…"
_FIELD_LEAD_RE = re.compile(r"^[^\d，,。；;：:\s]{2,10}方面\s?[，,：:]")
_TITLED_PAST_RE = re.compile("|".join(map(re.escape, lex("targets_goals", "titled_list_past"))))


def titled_list_items(body: str, title: str, lines: list[str]) -> list[str]:
    """`lines` and, in the order of the page, the paragraphs of a page whose headline names the
    year's list of 实事 ("某市2026年民生实事项目公布") that are led by a field of work or by the
    item's name as a topic sentence and name a figure ("教育保障方面，新增学位6000个…", "实施青少年
    健康促进工程。免费为1000名学生…"): the list's items, with no cue word of their own;
    never one about the past (已完成, 截至, 去年, a year before the headline's), nor any under
    a headline that looks back (…全部完成)."""
    if not title or _LEAD_WORK_RE.search(title) is None or _TITLED_PAST_RE.search(title) is not None:
        return lines
    years = [int(y) for y in _YEAR_MENTION.findall(title)]
    extra = [
        ln
        for ln in body.split("\n")
        # (or by the item's name as a topic sentence: "实施青少年健康促进工程。免费为1000名学生…")
        if (_FIELD_LEAD_RE.match(ln.strip()) is not None or _LED_TOPIC_RE.match(ln.strip()) is not None)
        and _current_figure_line(ln, years)
        and not any(ln.strip() in k for k in lines)
    ]
    return _in_page_order(body, lines, extra)


_LAST_YEAR_RE = re.compile(r"去年|上年|过去一年")


def _alt(key: str) -> str:
    return "|".join(map(re.escape, lex("targets_goals", key)))


# a headline naming the year's list of work that looks back on it ("…10件为民实事如期全面高质量完成")
_RESULTS_TITLE_RE = re.compile(
    rf"(?:{_alt('results_list_nouns')})(?:(?!{_alt('results_list_promises')})[^，,。；;\n]){{0,16}}?"
    # (closing the headline or its clause: "…民生实事落地见效工作方案" names a plan)
    rf"(?:{_alt('titled_list_past')})(?=[^\s，,。；;\n]{{0,2}}(?:$|[\s，,。；;]))"
)
# a lead reporting results: a meeting on them ("…完成情况新闻发布会"), or results reported or achieved
# in one clause ("通报了农村道路提升工程成果", "取得良好效果")
_RESULTS_LEAD_RE = re.compile(
    rf"(?:{_alt('results_lead_meetings')})[^，,。；;\n]{{0,4}}?发布会"
    rf"|(?:{_alt('results_lead_verbs')})[^，,。；;\n]{{0,24}}?(?:{_alt('results_lead_nouns')})"
)
_RESULTS_AHEAD_RE = re.compile(_alt("results_lead_ahead"))
_RESULTS_LEAD = 400  # characters of a page's opening that hold its lead (a mirror's menu may come first)


def results_headline(title: str | None) -> bool:
    """A headline naming the year's list of work that looks back on it ("2024年10件为民实事如期
    全面高质量完成", "…民生实事交出答卷"): a news report of results, no plan's own name."""
    return bool(title) and _RESULTS_TITLE_RE.search(title or "") is not None


def reports_results_news(title: str, body: str, named: bool = False) -> bool:
    """A news page of results: its headline names the year's list of work and looks back on it
    ("2024年10件为民实事如期全面高质量完成"), or, where its headline names no plan kind (`named`: a
    工作报告 or a 规划 opens with the results it builds on), its lead reports results ("召开2025年度
    民生实事项目完成情况新闻发布会", "通报了…工程成果", "…取得良好效果") and sets out no work ahead
    (将, 新的一年, 暨2026年…, 票决). Its figures are achieved ones (for a page with no numbered items
    and no goals section: the caller reads only its forward lines)."""
    if results_headline(title):
        return True
    if named:
        return False
    lead = body[:_RESULTS_LEAD]
    return _RESULTS_LEAD_RE.search(lead) is not None and _RESULTS_AHEAD_RE.search(lead) is None


_LEAD_WORK_RE = re.compile(
    "|".join(map(re.escape, sorted(lex("targets_goals", "work_list_nouns"), key=len, reverse=True)))
)


# (a clause led by its year, "2026年，我县将新建…", is one too: the year in place of 今年; so is
# one after a news lead-in, "据悉，2017年，该县还将…")
_FORWARD_RE = re.compile(
    r"(?:"
    + "|".join(map(re.escape, lex("targets_goals", "forward_times")))
    + r"|今后[一二三四五两\d]{1,2}年|未来[一二三四五两\d]{1,2}年"
    r"|(?:^|[。；;\s]|(?:"
    + "|".join(map(re.escape, lex("targets_goals", "news_lead_ins")))
    + r")[，,])(?:19|20)\d{2}\s?年度?\s?[，,])[^。；;\n]{0,40}?"
    # (计划 before 的 or 数 is a noun: "今年1—11月…完成投资…，为年计划的95.6%" reports progress)
    r"(?:将|力争|计划(?![的数])|确保|拟|争取)|" + _DEADLINE
)
_FORWARD_PAST_RE = re.compile(r"以来|截至|截止|已经|已完成|已建成|累计")


# a horizon the news commits to: "到2027年，…提升4.98万农村人口饮水质量", "目标到2024年，该县将…"
_HORIZON_AHEAD_RE = re.compile(r"(?:到|至)\s?((?:19|20)\d{2})\s?年")


def _ahead_horizon(line: str, since: int | None) -> bool:
    """A horizon (到2027年) not before `since` (the page's year, where known): a goal, not a past date."""
    return any(since is None or int(y) >= since for y in _HORIZON_AHEAD_RE.findall(line))


# a clause led by a year and its subject without a comma, then a commitment word in the clause:
# "2025年公路水路交通投资确保2600亿元、力争2800亿元"
# (or after a news lead-in or a speaker's: "他介绍，2026年某省将…", "负责人表示，2025年全市计划…"; or a
# meeting's, with 要 right after the year: "会议提出，2017年要大力推进…", not 要素 nor 要求)
_YEAR_LED_AHEAD_RE = re.compile(
    r"(?:^|[。；;\s]|(?:"
    + "|".join(map(re.escape, lex("targets_goals", "news_lead_ins")))
    + r")[，,])((?:19|20)\d\d)\s?年度?(?:(?![，,\d])[^。；;，,\n\d]{0,18}?(?:将|力争|计划|确保|拟|争取)"
    + r"|(?<=[，,]\d{4}年)要(?![素求]))"
)


# a year right after a lead-in that puts forward what is to be done ("会议提出，2026年全区…达到86万千瓦")
_GOAL_LEAD_INS = lex("targets_goals", "goal_lead_ins")
_PROPOSED_YEAR_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, _GOAL_LEAD_INS))
    + r")[，,：:]\s?((?:19|20)\d\d)\s?年(?!以来|来|要素|要求)"
)


def _year_led_ahead(line: str, since: int | None) -> bool:
    """A clause led by a year not before `since` (the page's year) that commits without a comma
    after its year ("2025年公路水路交通投资确保2600亿元"), or a year right after a lead-in that puts
    forward goals ("会议提出，2026年…"); never where the year is unknown."""
    if since is None:
        return False
    return any(int(y) >= since for y in _YEAR_LED_AHEAD_RE.findall(line) + _PROPOSED_YEAR_RE.findall(line))


def _proposed_lines(body: str, lines: list[str], since: int | None) -> list[str]:
    """`lines` and, in the order of the page, the lines not among them where a lead-in that puts
    forward what is to be done names a year not before `since` ("会议提出，2026年全区…达到86万千瓦")."""
    if since is None or not any(w in body for w in _GOAL_LEAD_INS):
        return lines
    have = set(lines)
    extra = [
        ln
        for ln in body.split("\n")
        if ln not in have and any(int(y) >= since for y in _PROPOSED_YEAR_RE.findall(ln))
    ]
    return _in_page_order(body, lines, extra)


def forward_lines(body: str, title: str = "", since: int | None = None) -> list[str]:
    """The lines of a news page naming no plan that commit to this year's or the coming years'
    figures ("今年我县将新建公办幼儿园5所", "年内，全区计划改造老旧小区20个"): a forward time
    and a commitment word in one sentence, or a horizon (到2027年) not before `since` (the year
    of the page, else of the plan);
    never a line about the past (今年以来…, 截至…)."""
    if "年" not in body:
        return []
    below = _list_lead_end(body)
    lines = _proposed_lines(body, plan_goal_lines(body, title), since)
    if below >= 0:  # the work under the lead needs no cue word of its own ("推进300个重点项目")
        lines = _with_listed_work(lines, body, below)
    out: list[str] = []
    for ln in lines:
        if (
            _FORWARD_RE.search(ln) is None
            and not _ahead_horizon(ln, since)
            and not _year_led_ahead(ln, since)
            and not _under_lead(body, ln, below)
        ):
            continue
        out += [ln] if _FORWARD_PAST_RE.search(ln) is None else _forward_pieces(ln, since)
    return out


_CUMULATIVE = frozenset(lex("targets_goals", "cumulative_words"))
_SENTENCE_RE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")
_CLAUSE_END = "，,"


def _ahead_in(sentence: str, since: int | None) -> re.Match[str] | None:
    """Where the sentence looks ahead: a forward time and a word of commitment, else a clause led by
    a year not before `since` that commits ("…获悉，2026年全市…确保45亿元"), else a horizon not before it
    ("到2028年，累计培育…")."""
    ahead = _FORWARD_RE.search(sentence)
    if ahead is not None or since is None:
        return ahead
    for rx in (_YEAR_LED_AHEAD_RE, _HORIZON_AHEAD_RE):
        m = next((m for m in rx.finditer(sentence) if m.group(1) and int(m.group(1)) >= since), None)
        if m is not None:
            return m
    return None


def _forward_pieces(line: str, since: int | None = None) -> list[str]:
    """The sentences of a line mixing the past and the year ahead that commit to the year ahead
    ("去年该县累计投入…。今年该县计划再创建和美乡村15个，…"), each cut before a clause about the past
    that follows its commitment ("2017年，该县还将建设农村公路30公里，计划投资2000万元，目前已完成
    投资1800万元"): never a sentence about the past."""
    out = []
    for m in _SENTENCE_RE.finditer(line):
        sentence = m.group()
        ahead = _ahead_in(sentence, since)
        if ahead is None:
            continue
        past = next(
            (
                p
                for p in _FORWARD_PAST_RE.finditer(sentence)
                if p.start() < ahead.start() or p.group() not in _CUMULATIVE
            ),
            None,
        )  # (累计 after the commitment counts toward the goal: 年内力争实现累计…突破700万千瓦)
        if past is not None:
            if past.start() < ahead.start():
                continue  # (截至目前，…；今年以来…: the past leads)
            cut = max(sentence.rfind(c, ahead.end(), past.start()) for c in _CLAUSE_END)
            sentence = sentence[:cut] if cut > 0 else ""
        if _FIGURE_RE.search(sentence) is not None:
            out.append(sentence)
    return out


def _with_listed_work(lines: list[str], body: str, below: int) -> list[str]:
    """`lines` and, in the order of the page, the lines after the lead ending at `below` that name
    a figure and not last year (去年, 上年)."""
    extra = [
        ln
        for ln in body[below:].split("\n")[:_REPORTED_WORK_LINES]
        if _FIGURE_RE.search(ln) is not None
        and _LAST_YEAR_RE.search(ln) is None
        and not any(ln.strip() in k for k in lines)
    ]
    return _in_page_order(body, lines, extra)


# a lead that announces the work it lists below: "重点围绕以下六个方面开展工作", "做好如下工作"
_LIST_BELOW_RE = re.compile(
    r"(?:以下|如下)[^。；;，,\n]{0,10}?(?:"
    + "|".join(map(re.escape, lex("targets_goals", "list_below_nouns")))
    + ")"
)


# a lead that will do a counted list of work: "将重点抓好十方面工作", "要着力做好8个方面任务"
_COUNTED_LEAD_RE = re.compile(
    r"(?:将|要)(?:重点|着力|突出|全力|集中|扎实|全面|持续)?(?:抓好|做好|推进|实施|开展)"
    r"[一二三四五六七八九十两\d]{1,2}\s?[个大]?(?:方面|领域)(?:重点)?(?:工作|任务|举措)"
)


def _list_lead_end(body: str) -> int:
    """Where the first forward lead announcing a list below ends ("今年某市将重点围绕以下六个方面
    开展工作"), or -1: the paragraphs after it go on with its 今年."""
    if not any(w in body for w in ("以下", "如下", "方面", "领域")):
        return -1
    start = 0
    for ln in body.split("\n"):
        if (
            (_LIST_BELOW_RE.search(ln) is not None and _FORWARD_RE.search(ln) is not None)
            or _COUNTED_LEAD_RE.search(ln) is not None
        ) and _FORWARD_PAST_RE.search(ln) is None:
            return start + len(ln)
        start += len(ln) + 1
    return -1


def _under_lead(body: str, line: str, below: int) -> bool:
    """A line after the lead that announced the list it belongs to."""
    return below >= 0 and body.find(line, below) >= 0


def _reports_plan(line: str, names: tuple[str, ...]) -> bool:
    """A line that reports what the plan says ("根据规划，…", "《方案》提出…", "《三年行动》将…"),
    not what was done under it ("《三年行动》实施以来，累计…")."""
    if _REPORT_CUE_RE.search(line) is None and not any(n in line for n in names):
        return False
    return _REPORT_PAST_RE.search(line) is None


_FIGURE_RE = re.compile(r"\d\s*(?:%|％|‰|个百分点|[\u4e00-\u9fff])")


_YEAR_MENTION = re.compile(r"(?<![比较与同由从\d])((?:19|20)\d\d)\s?年(?!以来|度以来|来)")


_YEAR_LEADS = re.compile(
    r"(?:^|[，,。；;：:\s])((?:19|20)\d\d)\s?年(?:[，,：:]|底|内|全|要|力争|将|计划|目标)"
)


def _plan_year(line: str, first_year: int | None) -> bool:
    """Does a clause of the line open with a year of the plan (its first year or later: "2024年，
    …降低2.5%左右"), not a past or base year, nor a year inside a name ("附件：某县2023年…任务")?"""
    if first_year is None or "年" not in line:
        return False
    return any(int(y) >= first_year for y in _YEAR_LEADS.findall(line))


_GOALS_HEADING_ENDS = tuple(lex("targets_goals", "goals_heading_ends"))
_GOALS_HEADING_MARKS = "".join(lex("targets_goals", "goals_heading_brackets")) + " \u3000:："
_GOALS_HEADING_MAX = 10  # characters of an unnumbered goals heading, its brackets left out


def goals_heading(line: str) -> bool:
    """A line that is only an unnumbered goals heading in brackets or before a colon ("【工作目标】",
    "〔目标任务〕", "工作目标："): the prose lines under it state the page's goals."""
    bare = line.strip()
    s = bare.strip(_GOALS_HEADING_MARKS)
    return (
        s != bare  # (a bracket or a colon marks it: a section's heading reaches here without its number)
        and 2 <= len(s) <= _GOALS_HEADING_MAX
        and s.endswith(_GOALS_HEADING_ENDS)
        and all("\u4e00" <= c <= "\u9fff" for c in s)  # (no numbering: "（二）主要目标" is a section)
    )


def _plan_figures(line: str, first_year: int | None) -> bool:
    """A line under a goals heading that states a figure of the plan: no past marker, no year
    before the plan's first ("全年森林火灾受害率控制在0.9‰以内。")."""
    if _FIGURE_RE.search(line) is None or _GOAL_PAST_RE.search(line) is not None:
        return False
    years = [int(y) for y in _YEAR_MENTION.findall(line)] if "年" in line else []
    return not years or first_year is None or min(years) >= first_year


def prose_goal_lines(lines: list[str], first_year: int | None = None, preamble: int = 0) -> list[str]:
    """Lines of prose outside any task (the preamble of a plan, its 指导思想 or 总体要求) that
    commit to figures: a horizon, a goal or a commitment cue (到2025年, 目标, 力争, 确保 …) with a
    figure after it ("《规划》提出，到2025年，…比重达到15%", "确保…综合利用率不低于95%的目标"), or,
    among the first `preamble` lines (the goals paragraph above the numbered sections), a goals
    paragraph without such a word ("全年粮食播种面积稳定在45万亩以上，新建高标准农田3万亩"), and a line
    with a figure under an unnumbered goals heading ("【工作目标】" then "全年…控制在0.9‰以内。")."""
    out = []
    under = False  # under an unnumbered goals heading ("【工作目标】") up to the next heading
    for k, ln in enumerate(lines):
        if goals_heading(ln):
            under = True
            continue
        if under and (
            ln.lstrip()[:1] in _MARK_FIRST or (_heading_line(ln.strip()) and not any(c.isdigit() for c in ln))
        ):
            under = False  # "【重点任务】", "二、…": the goals end
        if budget := _budget_sentences(ln, first_year):
            out.append(budget)
            continue
        m = _COMMIT_RE.search(ln)
        if m is None:
            if (k < preamble and _goal_figures(ln, first_year)) or (under and _plan_figures(ln, first_year)):
                out.append(ln)
            elif k < preamble and (tail := _plan_year_tail(ln, first_year)):
                out.append(tail)
            continue
        if is_review_heading(ln):
            continue
        if _FIGURE_RE.search(ln, m.start()):
            out.append(ln)
    return out


_BUDGET_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, lex("targets_goals", "budget_payers")))
    + r")[^。；;\n\d]{0,16}?(?:"
    + "|".join(map(re.escape, sorted(lex("targets_goals", "budget_verbs"), key=len, reverse=True)))
    + r")[^。；;\n\d]{0,24}?(?:"
    + "|".join(map(re.escape, lex("targets_goals", "budget_nouns")))
    + r")[^。；;，,\n\d]{0,8}\d"
)
_BUDGET_PAYERS = tuple(lex("targets_goals", "budget_payers"))
_BUDGET_VERBS = tuple(lex("targets_goals", "budget_verbs"))
# a total over a span of the plan's years ("三年累计安排", "五年累计投入"): its 累计 is no review (but
# 近三年累计, 前三年累计 are); such a total of funds commits a budget even with no treasury named
# ("三年累计争取上级资金不少于30亿元")
_SPAN_TOTAL_RE = re.compile(r"(?<![近前过去这上每第])(?:[两二三四五六七八九十]|\d{1,2})\s?年内?累计")
_SPAN_BUDGET_RE = re.compile(
    _SPAN_TOTAL_RE.pattern
    + r"[^。；;\n\d]{0,8}?(?:"
    + "|".join(
        map(
            re.escape,
            sorted(_BUDGET_VERBS + lex("targets_goals", "budget_span_verbs"), key=len, reverse=True),
        )
    )
    + r")[^。；;\n\d]{0,24}?(?:"
    + "|".join(map(re.escape, lex("targets_goals", "budget_nouns")))
    + r")[^。；;，,\n\d]{0,8}\d"
)


def _budget_sentences(line: str, first_year: int | None) -> str:
    """The sentences of a prose line outside every task that commit a budget of the treasury
    ("县财政每年安排产业发展专项资金3000万元，其中品牌推广经费500万元"), not a review (a past marker, a
    year before the plan's or any year where that is unknown); "" if none."""
    spans = "年累计" in line or "年内累计" in line
    if not spans and not holds_any(line, _BUDGET_PAYERS):
        return ""
    out = []
    for sentence in re.split(r"(?<=[。；;])", line):
        m = _BUDGET_RE.search(sentence)
        at = m.start() if m else -1
        if spans and (s := _SPAN_BUDGET_RE.search(sentence)) is not None and (at < 0 or s.start() < at):
            at = s.start()
        if at < 0:
            continue
        if _GOAL_PAST_RE.search(_SPAN_TOTAL_RE.sub("", sentence) if spans else sentence) is not None:
            continue
        years = [int(y) for y in _YEAR_MENTION.findall(sentence)] if "年" in sentence else []
        if years and (first_year is None or min(years) < first_year):
            continue
        # from the clause that commits the budget on: a standard before it ("按亩均投入不低于3000元的
        # 标准筹措资金，") is how the funds are counted
        out.append(sentence[max(sentence.rfind("，", 0, at), sentence.rfind(",", 0, at)) + 1 :])
    return "".join(out)


# a sentence opening with its year ("。2026年，全县城镇新增就业5500人以上")
_YEAR_OPENS_RE = re.compile(r"(?:^|(?<=[。；;！!？?]))\s?((?:19|20)\d\d)\s?年\s?[，,]")


def _plan_year_tail(line: str, first_year: int | None) -> str:
    """The part of a preamble line that reports the year before the plan and then opens a sentence
    with a year of the plan ("2025年，全县城镇新增就业5820人…。2026年，全县城镇新增就业5500人以上，
    城镇调查失业率控制在5.5%以内"): from that sentence on, when it is a goals paragraph; "" if none."""
    if first_year is None or "年" not in line:
        return ""
    for m in _YEAR_OPENS_RE.finditer(line):
        if m.start(1) > 0 and int(m.group(1)) >= first_year:
            tail = line[m.start(1) :]
            return tail if _goal_figures(tail, first_year) else ""
    return ""


_GOAL_VERB_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted(lex("targets_goals", "goal_verbs"), key=len, reverse=True)))
    + r")[^，,；;。:：\d\n]{0,12}?\d"
)
_GOAL_PAST_RE = re.compile("|".join(map(re.escape, lex("targets_goals", "goal_past_markers"))))
_BULLET_PAST_RE = re.compile(
    "|".join(
        map(
            re.escape,
            set(lex("targets_goals", "goal_past_markers")) - set(lex("targets_goals", "cumulative_words")),
        )
    )
)
_MIN_GOAL_FIGURES = 2  # a goals paragraph states two figures or more


_RUN_PAST_RE = re.compile(
    "|".join(
        map(
            re.escape,
            set(lex("targets_goals", "goal_past_markers")) - set(lex("targets_goals", "goal_run_open_words")),
        )
    )
)


def _goes_on_goals(line: str, first_year: int | None) -> bool:
    """A paragraph right after a goal paragraph that goes on with its goals without a cue word of
    its own ("此外，结构调整迈出新步伐。…营业收入达到4.3万亿元，…年均增长10%以上"): two figures or
    more after target verbs, no past marker (取得 here opens a goal: 取得重大进展) and no five-year
    period it reviews ("十三五"期间…)."""
    if _FIVE_YEAR_RE.search(line) is not None or _RUN_PAST_RE.search(line) is not None:
        return False
    return _goal_figures(line, first_year, past=False)


def _goal_figures(line: str, first_year: int | None = None, past: bool = True) -> bool:
    """A goals paragraph without a commitment word: two figures or more after target verbs, no
    review of the past (a year before the plan's first, or any year where that is unknown; a past
    marker, unless `past` is false: the caller has checked its own)."""
    if len(line) < _MIN_GOAL_LINE or sum(c.isdigit() for c in line) < _MIN_GOAL_FIGURES:
        return False
    hits = 0
    for _ in _GOAL_VERB_RE.finditer(line):
        hits += 1
        if hits >= _MIN_GOAL_FIGURES:
            break
    else:
        return False
    if (past and _GOAL_PAST_RE.search(line) is not None) or is_review_heading(line):
        return False
    years = [int(y) for y in _YEAR_MENTION.findall(line)] if "年" in line else []
    return not years or (first_year is not None and min(years) >= first_year)


_MIN_GOAL_LINE = 12  # characters of a goals paragraph


# ---------------------------------------------------------------------------------------------
# the paragraphs a forward lead of news goes on with
# ---------------------------------------------------------------------------------------------

# a paragraph led by its field ("铁路方面，…", "在建设方面，…", "交通领域，…") or by a topic sentence
# without figures ("增强重要农产品保供能力。建设高标准农田290万亩，…")
_LED_FIELD_RE = re.compile(
    r"^(?:在)?[^\d，,。；;：:\s]{2,12}(?:"
    + "|".join(map(re.escape, lex("targets_goals", "field_lead_words")))
    + r")\s?[，,：:]"
)
_LED_TOPIC_RE = re.compile(r"^[^\d，,。；;：:、\s“”\"]{4,16}[。.]\s?\S")
# a lead that commits by its year and a commitment word ("2024年某省将…"), or a word of obligation
# in a report it cites ("报告指出，山西省2023年要加快…"; not a meeting's call, "会议指出，2026年要…")
_YEAR_AHEAD_LEAD_RE = re.compile(r"((?:19|20)\d\d)\s?年度?\s?[，,]?\s?[^。；;，,\n\d]{0,8}?(要|将|力争|计划)")
# a paragraph that opens on the past ends the run: "过去一年，…", "去年，…", "一年来，…"
_PAST_OPEN_RE = re.compile(
    "^[^。；;，,\n]{0,8}?(?:" + "|".join(map(re.escape, lex("targets_goals", "led_past_openings"))) + ")"
)


def _forward_lead(line: str, since: int | None) -> list[int] | None:
    """The years a forward lead of news names ([] where it names none: "今年，某区将…"), or None
    where the line is no such lead: a forward time with a commitment word, or a year not before
    `since` with a word of obligation ("山西省2023年要加快构建…"); never a line about the past."""
    if _FORWARD_PAST_RE.search(line) is not None or _LAST_YEAR_RE.search(line) is not None:
        return None
    years = [int(y) for y in _YEAR_MENTION.findall(line)]
    if _FORWARD_RE.search(line) is not None:
        return years
    cited = _REPORT_CUE_RE.search(line) is not None
    ahead = [int(y) for y, word in _YEAR_AHEAD_LEAD_RE.findall(line) if word != "要" or cited]
    if since is not None and any(y >= since for y in ahead):
        return years
    return None


class _Holders:
    """Texts that may hold a paragraph whole: the same text by a set, a longer one among the first
    `MAX` (goal lines and the paragraphs a lead carries: comparing each paragraph with all of them
    was quadratic on a page of thousands of led paragraphs)."""

    MAX = 256

    def __init__(self, texts: list[str]) -> None:
        self.same: set[str] = set()
        self.first: list[str] = []
        for text in texts:
            self.add(text)

    def add(self, text: str) -> None:
        self.same.add(text)
        if len(self.first) < self.MAX:
            self.first.append(text)

    def __call__(self, s: str) -> bool:
        return s in self.same or any(s in g for g in self.first)


def _commits_to_its_figures(paragraph: str) -> bool:
    """A paragraph of prose that commits before its first figure ("省级骨干水网也将加速贯通，计划新增
    6个县…"), not a headline-like line without a clause break, nor one whose commitment comes after
    its figures ("治理范围包括…5条长44公里的支沟。…计划3月开工")."""
    if _CLAUSE_BREAK.search(paragraph) is None:
        return False
    commit = _COMMIT_RE.search(paragraph)
    figure = _FIGURE_RE.search(paragraph)
    return commit is not None and (figure is None or commit.start() < figure.start())


def led_paragraphs(body: str, lines: list[str], since: int | None = None) -> list[str]:
    """`lines` and, in the order of the page, the paragraphs a forward lead of news goes on with
    ("2022年，江西将大力实施…" then "增强重要农产品保供能力。建设高标准农田290万亩，…", "报告指出，某省
    2023年要…" then "公路方面，…新改建农村公路3500公里"): the run of paragraphs right after the lead
    that are each led by a field or a topic sentence or commit of their own (将, 计划, 力争 …), those
    naming a figure and nothing of the past; the run ends at the first paragraph that does neither
    or opens on the past (过去一年, 去年 …)."""
    paragraphs = [ln for ln in body.split("\n") if ln.strip()]
    extra: list[str] = []
    held = _Holders(lines)
    k = 0
    while k < len(paragraphs):
        years = _forward_lead(paragraphs[k], since)
        k += 1
        if years is None:
            continue
        while k < len(paragraphs):
            s = paragraphs[k].strip()
            led = _LED_FIELD_RE.match(s) is not None or _LED_TOPIC_RE.match(s) is not None
            if not (led or _commits_to_its_figures(s)) or _PAST_OPEN_RE.match(s) is not None:
                break
            if _current_figure_line(s, years) and not held(s):
                extra.append(paragraphs[k])
                held.add(paragraphs[k])
            k += 1
    return _in_page_order(body, lines, extra)
