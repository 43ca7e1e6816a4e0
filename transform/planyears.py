"""The years a plan covers: from its title or heading, else from the words of its text.

Titles say it in many ways: 2023—2025年, （2024-2026年）, 2023年 or 2023年度 (an annual plan),
十四五 (2021–2025), 到2025年 (ends then). A plan, a news report or a progress table whose
title names no year still names the year of its work in its first paragraphs ("确定2016年为民
兴办10件实事", "2024年底前" in a table): the year named most often there, not counting dates,
baselines (比2020年) and the past (2020年以来). A plan that only names its horizon (到2029年)
runs from the year it was issued to that horizon; so does one that names both a year and a
later horizon (2023年… 到2025年). Targets of an annual plan take its year, so a
missed plan year costs every such target its year.

Long module: the title readers and the text counter share the year patterns and the lexicon of
cited, past and statistic years (`lexicons/planyears_cited.toml`); a year a statistic reports
(据统计，2022年…) or whose sentence reports what was actually done (实际完成) is past, and a span
leading a clause (2023—2024年，…) is a phase the plan runs to.
"""

from __future__ import annotations

import re
from collections import Counter

from transform.lexicons import table

# "2024—2026年", "2024年至2026年", "2024年度至2026年度"
_RANGE_RE = re.compile(r"((?:19|20)\d{2})\s*(?:年度?)?\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})")
# a Taiwan mirror's plan years in the Republic of China calendar (year + 1911): "113年度" (an
# annual plan), "（113年至115年）", "113-115年度"; the year has three digits and never follows a digit
_ROC_SPAN = re.compile(r"(?<![\d.第])(1[0-4]\d)\s*(?:年度?)?\s*[—–\-－~～至到]\s*(1[0-4]\d)\s*年")
_ROC_ANNUAL = re.compile(r"(?<![\d.第])(1[0-4]\d)\s*年度")
_ROC_OFFSET = 1911
_FIVE_YEAR = {
    "十一五": (2006, 2010),
    "十二五": (2011, 2015),
    "第十一个五年": (2006, 2010),
    "第十二个五年": (2011, 2015),
    "十三五": (2016, 2020),
    "十四五": (2021, 2025),
    "十五五": (2026, 2030),
    "第十三个五年": (2016, 2020),
    "第十四个五年": (2021, 2025),
    "第十五个五年": (2026, 2030),
}
_TITLE_YEAR = re.compile(r"(?<![\d〔\[［【])((?:19|20)\d{2})\s*年")
_TEXT_YEAR = re.compile(r"(?<![\d〔\[［【/\-.])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_HORIZON_BEFORE = tuple(table("planyears_cited")["horizon_before"])
# a goal the plan pledges to reach by a year ("确保2025年通过国家督导评估", "力争2026年创成"): a horizon
_PLEDGE_BEFORE = tuple(table("planyears_cited")["pledge_before"])
# (also a year the text calls past: "刚刚过去的2020年，…实施36个项目")
_NOT_PLAN_BEFORE = ("比", "较", "截至", "截止", "自", "从", "于", "在", "过去的", "过去") + tuple(
    table("planyears_cited")["review_before"]
)
_NOT_PLAN_AFTER = ("以来", "以前", "同期")
# a year that dates an earlier document the text revises or follows ("对1999年制定的《…区划》进行了
# 修订", "2016年印发的《…办法》"): no year of the plan
_EARLIER_DOCUMENT_AFTER = re.compile(
    r"\s?(?:" + "|".join(map(re.escape, table("planyears_cited")["earlier_document_verbs"])) + ")的"
)
# a year whose clause tells what was done then ("2003年实施“村村通”工程以来", "2008年启动了…"): the
# past the text recalls, no year of the plan
_PAST_CLAUSE = re.compile(
    r"[^，,。；;！!？?\n]{0,30}?(?:"
    + "|".join(map(re.escape, table("planyears_cited")["past_clause_words"]))
    + ")"
)
# the period a whole plan states in its preface: "规划期为2021年至2025年", "规划期限为2021—2025年，
# 展望到2035年", "实施期限：2024—2026年" (not its base year 基准期为2020年, nor the outlook)
_STATED_PERIOD = re.compile(
    r"(?:规划|实施|计划|行动|方案)(?:期限|期)\s?(?:为|是|定为|[:：])\s?((?:19|20)\d{2})\s?年?\s?"
    r"(?:至|到|—{1,2}|–|-|－|~|～)\s?((?:19|20)\d{2})\s?年"
)
_DEADLINE_AFTER = tuple(table("planyears_cited")["deadline_after"])
# "2024年6月底前", "2025年9月前", "2025年11月30日前", "2024年12月底": a deadline with a month (a
# date that dates something, 2023年5月印发, is none)
_MONTH_DEADLINE = re.compile(
    r"(?<![\d〔\[［【/\-.])((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*份?\s*"
    r"(?:底|末|前|以前|之前|中旬前|上旬前|下旬前|\d{1,2}\s*日\s*(?:前|之前|以前))"
)
# a span in parentheses, as a plan's name prints it: （2024—2026年）, (2021年-2025年)
_PAREN_RANGE_RE = re.compile(
    r"[（(]\s*((?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})\s*年?\s*[)）]"
)
_LONG_SPAN = 30  # the longest span a plan's name prints in parentheses (a city master plan: 20 years)
# "2030年前" (by 2030), not "2024年前三季度" (its first quarters) nor "前5个月"
# a long-range vision a plan serves ("到2035年基本实现社会主义现代化", "展望2035年", "2035年远景目标"):
# not the plan's own horizon (nor the year of its targets)
_VISION_BEFORE = tuple(table("planyears_cited")["vision_before"])
_VISION_AFTER = re.compile(
    r"[^。；;\n]{0,24}?(?:远景|遠景|基本实现[^。；;\n]{0,12}?现代化|基本實現[^。；;\n]{0,12}?現代化)"
)
_BY_YEAR_RE = re.compile(r"(?:以前|之前|前)(?![一二三四两\d]\s*(?:个)?\s*(?:季|月|半|期)|半年|期)")
TEXT_WINDOW = 3000  # characters of the text read for the years of a plan whose title has none


# a report reviewing one year before planning the next: "2025年工作总结及2026年工作计划",
# "2024年…计划执行情况与2025年计划草案的报告", "2021年工作总结及明年工作打算"
_REVIEW_WORDS = re.compile(r"总结|回顾|执行情况|完成情况|进展情况|推进情况|落实情况|工作情况")
_NEXT_YEAR = re.compile(r"明年|下一年|下年度")


def _reported_year(text: str) -> int | None:
    """The year a title reviewing one year plans for: the year whose words up to the next year
    review nothing (总结, 回顾, 执行情况 …), or the year after the reviewed one where 明年 names it."""
    if _REVIEW_WORDS.search(text) is None:
        return None
    found = list(_TITLE_YEAR.finditer(text))
    if not found:
        return None
    if len({m.group(1) for m in found}) == 1:
        m = found[0]
        nxt = _NEXT_YEAR.search(text, m.end())
        review = _REVIEW_WORDS.search(text, m.end())
        return int(m.group(1)) + 1 if nxt and review and review.start() < nxt.start() else None
    ahead = [
        int(m.group(1))
        for k, m in enumerate(found)
        if _REVIEW_WORDS.search(text, m.end(), found[k + 1].start() if k + 1 < len(found) else len(text))
        is None
    ]
    return max(ahead) if ahead else None


# a plan whose work is to draft or review a five-year plan ("某县“十五五”规划编制工作实施方案",
# "“十四五”规划中期评估工作方案", "“十五五”规划前期研究重大课题工作方案"): the five-year span is
# its subject's, not its own; its years are those of its deadlines
_MAKES_FIVE_YEAR = re.compile(
    r"(?:十[一二三四五]五|第十[一二三四五]个五年)[”\"]?[^，。；\n]{0,16}?(?:规划|纲要)》?\s?"
    r"(?:《[^《》\n]{1,10}》)?\s?(?:编制|前期|起草|中期评估|实施评估|总结评估)"
)


def makes_five_year_plan(text: str | None) -> bool:
    """Does `text` (a title) name a plan for drafting or reviewing a five-year plan?"""
    return bool(text) and _MAKES_FIVE_YEAR.search(text or "") is not None


def plan_years(*texts: str | None) -> tuple[int | None, int | None]:
    """(start, end) year of the plan from its title: 2023—2025年, (2023-2025), 2023年 (annual), 十四五;
    the planned year of a title that reviews one year and plans the next."""
    for text in texts:
        if not text:
            continue
        m = _RANGE_RE.search(text)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if a <= b <= a + 15:
                return a, b
        m = _PAREN_RANGE_RE.search(text)
        if m and int(m.group(1)) <= int(m.group(2)) <= int(m.group(1)) + _LONG_SPAN:
            # a long-range plan's name: 国家公路网规划（2013年—2030年）, 城市总体规划（2011—2030年）
            return int(m.group(1)), int(m.group(2))
        for key, span in _FIVE_YEAR.items():
            if key in text and not makes_five_year_plan(text):
                return span
        if (wrap := _into_next_year(text)) is not None:
            return wrap
        y = _reported_year(text)
        if y is not None:
            return y, y
        m = _TITLE_YEAR.search(text)
        if m:
            y = int(m.group(1))
            if text[max(0, m.start() - 1) : m.start()] in _HORIZON_BEFORE:
                return None, y
            return y, y
        if (roc := _roc_years(text)) is not None:
            return roc
        if (y := _event_year(text)) is not None:
            return y, y
    return None, None


# an event's name opening with its year, no 年 after it: "2026青溪半程马拉松赛事服务保障方案",
# "关于做好2026中国·云岭自行车赛保障工作的通知" (a horizon, "2035远景目标", is none)
_EVENT_YEAR = re.compile(r"(?:关于(?:做好|印发)?《?)?((?:19|20)\d{2})(?=[\u4e00-\u9fff“\"·])(?!远景|愿景|年)")


def _event_year(title: str) -> int | None:
    """The year an event's name opens with, where the title opens with it (a cheap test first)."""
    if not (title[:1].isdigit() or title.startswith("关于")):
        return None
    m = _EVENT_YEAR.match(title)
    return int(m.group(1)) if m else None


# a season or year that runs into the next, its end printed by the next year's last two digits:
# "2026/27年度榨季", "2026-27学年" (a single year before a season, "2025年冬春季", stays one year)
_SHORT_SPAN = re.compile(r"((?:19|20)\d{2})\s*[/／—–\-－]\s*(\d{2})(?!\d)\s*(?:年度|学年|榨季|财年|赛季|年)")


def _into_next_year(title: str) -> tuple[int, int] | None:
    if not any(c in title for c in "/／—–-－"):
        return None
    m = _SHORT_SPAN.search(title)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
        return int(m.group(1)), int(m.group(1)) + 1
    return None


def _roc_years(title: str) -> tuple[int, int] | None:
    """A title's plan years in the Republic of China calendar ("113年度" -> 2024), or None."""
    if "年" not in title:
        return None
    m = _ROC_SPAN.search(title)
    if m and int(m.group(1)) <= int(m.group(2)) <= int(m.group(1)) + 15:
        return int(m.group(1)) + _ROC_OFFSET, int(m.group(2)) + _ROC_OFFSET
    m = _ROC_ANNUAL.search(title)
    if m:
        y = int(m.group(1)) + _ROC_OFFSET
        return y, y
    return None


# a report's sections: "一、2025年工作回顾 … 二、2026年主要目标和重点工作": the year of the work
# ahead is the plan's, the reviewed one is past
_AHEAD_AFTER = re.compile(
    # (its subject may come first: 2026年政府工作任务, 2026年全县重点工作, 2026年经济社会发展总体要求…)
    r"度?\s?(?:政府|全[省市县区镇乡]|(?:经济社会|经济和社会|国民经济和社会)发展(?:的)?)?"
    r"(?:主要(?:预期)?目标|主要任务|工作(?:计划|安排|打算|思路|要点|重点|目标|任务|谋划)|"
    r"重点工作|重点任务|目标任务|发展目标|计划安排|总体要求)"
)
_REVIEWED = re.compile(r"工作回顾|工作总结|工作完成情况|工作推进情况|计划执行情况|一年来|过去一年|过去的一年")


def _ahead_year(window: str) -> int | None:
    """The year of a report's work ahead ("2026年主要目标和重点工作"), where the text also
    reviews a past year (工作回顾, 工作完成情况, 过去一年)."""
    if _REVIEWED.search(window) is None:
        return None
    ahead = [int(m.group(1)) for m in _TEXT_YEAR.finditer(window) if _AHEAD_AFTER.match(window, m.end())]
    return max(ahead) if ahead else None


# a first line that names a five-year plan ("某镇“十四五”发展规划", "…第十四个五年规划纲要"), not one
# that only mentions the period ("“十四五”规划收官之年", "“十四五”规划实施以来")
_FIVE_YEAR_NAME = re.compile(
    r"[\u4e00-\u9fff][“\"]?(十[三四五]五|第十[三四五]个五年)[”\"]?[\u4e00-\u9fff]{0,16}?(?:规划|纲要)"
    r"(?!收官|开局|实施|期间|时期|目标任务|以来|的|[”\"]?(?:时期|期间))"
)
_FIRST_LINE = 120  # characters of the first line read for a plan's own name
# a news report of a five-year plan names it as made or issued in its opening: "国务院编制了《…第
# 十五个五年规划纲要（草案）》", "近日印发《某市“十五五”生态环境保护规划》" (but "根据《…“十五五”
# 规划》，制定本年度计划" only cites it)
_REPORTED_FIVE_YEAR = re.compile(
    r"(?:编制了?|印发了?|发布了?|出台了?|审议通过了?|公布了?)\s?《[^《》\n]{0,40}?"
    r"[“\"]?(十[三四五]五|第十[三四五]个五年)[”\"]?[^《》\n]{0,30}?(?:规划|纲要)[^《》\n]{0,12}》"
)
_REPORT_OPENING = 600  # characters of a text read for the five-year plan it reports


def _named_five_year(text: str) -> tuple[int, int] | None:
    first = text[: text.find("\n", 0, _FIRST_LINE) if "\n" in text[:_FIRST_LINE] else _FIRST_LINE]
    # (not a plan it follows: "按照《某区…第十五个五年规划纲要》总体部署，现将…行动安排如下")
    names = _FIVE_YEAR_NAME.finditer(first) if "五" in first else iter(())
    m = next(
        (n for n in names if not (_in_book_title(first, n.start()) and _cited_span(first, n.start()))), None
    )
    if m is None:
        m = _REPORTED_FIVE_YEAR.search(text, 0, _REPORT_OPENING) if "五" in text[:_REPORT_OPENING] else None
    if m is None:
        return None
    key = m.group(1)
    return _FIVE_YEAR["十" + key[2] + "五" if key.startswith("第") else key]


def _in_book_title(text: str, at: int) -> bool:
    """Does text[at] stand inside 《…》 (the name of a document)?"""
    opened = text.rfind("《", 0, at)
    return opened >= 0 and "》" not in text[opened:at]


def _is_vision(text: str, start: int, end: int) -> bool:
    """The year at text[start:end] is a long-range vision (展望2035年, 到2035年基本实现…现代化,
    2035年远景目标), not a year of the plan."""
    before = re.split(r"[。；;\n]", text[max(0, start - 8) : start])[-1]
    return any(w in before for w in _VISION_BEFORE) or (
        (
            "远" in text[end : end + 30]
            or "遠" in text[end : end + 30]
            or "现代化" in text[end : end + 40]
            or "現代化" in text[end : end + 40]
        )
        and _VISION_AFTER.match(text, end) is not None
    )


# the goals of a five-year period stated outright ("“十二五”期间全省开发区发展的主要预期目标是：",
# "公布了水利发展“十三五”规划的发展目标：", "…的发展目标为："); not a goal only joined to
# ("与“十四五”规划发展目标相衔接") nor one of a plan the clause cites (根据《…“十四五”规划》…)
_PERIOD_GOALS = re.compile(
    r"(十[一二三四五]五|第十[一二三四五]个五年)[”\"」]?[^。；;：:，,\n]{0,24}?目标\s?(?:是|为|[:：])"
)


def _period_of_goals(window: str) -> tuple[int, int] | None:
    """The span of the first five-year period whose goals the text states (see _PERIOD_GOALS)."""
    if "五" not in window or "目标" not in window:
        return None
    for m in _PERIOD_GOALS.finditer(window):
        if _in_book_title(window, m.start()) or _cited_span(window, m.start()):
            continue
        key = m.group(1)
        return _FIVE_YEAR["十" + key[2] + "五" if key.startswith("第") else key]
    return None


def _declared_span(text: str, window: str) -> tuple[int, int] | None:
    """The span a text states outright, before any counting of its years."""
    named = _named_five_year(text.lstrip())
    if named is not None:
        return named  # "某镇“十四五”发展规划" opening the text: the plan's own span
    stated = _STATED_PERIOD.search(window)
    if stated and int(stated.group(1)) <= int(stated.group(2)) <= int(stated.group(1)) + 15:
        return int(stated.group(1)), int(stated.group(2))  # 规划期为2021年至2025年
    ahead = _ahead_year(window)
    if ahead is not None:
        return ahead, ahead
    period = _period_of_goals(window)
    if period is not None:
        return period  # "“十二五”期间…的主要预期目标是：": the goals of that period
    for m in _PAREN_RANGE_RE.finditer(window):
        if int(m.group(1)) <= int(m.group(2)) <= int(m.group(1)) + 15 and not _cited_span(window, m.start()):
            return int(m.group(1)), int(m.group(2))  # 未来五年（2021年-2025年）: the plan's span
    return None


_CITED = table("planyears_cited")
# a year a statistic reports ("据统计，2022年全国农村自来水普及率达到88%", "据水利部统计，2022年…"):
# the past
_STATISTIC_BEFORE = re.compile("(?:" + "|".join(map(re.escape, _CITED["statistic_leads"])) + r")[，,]\s?$")
_STATISTIC_READ = 6  # characters before a year read for a statistic's lead
# a year whose sentence reports what was actually done ("2022年工程计划开展138个，实际完成147个")
_PAST_SENTENCE = re.compile(
    r"[^。；;！!？?\n]{0,60}?(?:" + "|".join(map(re.escape, _CITED["past_sentence_words"])) + ")"
)
_CLAUSE_END = re.compile(r"[。；;！!？?\n]")
_CLAUSE_READ = 160  # characters before a span read for its clause


def _cited_span(text: str, start: int) -> bool:
    """The span at text[start:] belongs to a plan the clause cites ("根据《…规划（2020—2035年）》",
    "继…三年行动（2018-2020）后"), unless the text makes its own plan after the citation."""
    before = text[max(0, start - _CLAUSE_READ) : start]
    clause = _CLAUSE_END.split(before)[-1]
    for word in _CITED["not_citing"]:
        clause = clause.replace(word, "　" * len(word))
    at = max(clause.rfind(w) for w in _CITED["citing"])
    return at >= 0 and not any(w in clause[at:] for w in _CITED["own"])


def _not_plan_year(window: str, m: re.Match[str], before: str) -> bool:
    """The year at `m` is no year of the plan: a baseline or the past (比2020年, 2020年以来), the year
    of an earlier document (对1999年制定的《…》进行了修订), of what was done then (2003年实施“村村通”
    工程以来, 2008年启动了…), or the vision the plan serves (到2035年基本实现现代化)."""
    if before.endswith(_NOT_PLAN_BEFORE) or window.startswith(_NOT_PLAN_AFTER, m.end()):
        return True
    if _EARLIER_DOCUMENT_AFTER.match(window, m.end()) or _PAST_CLAUSE.match(window, m.end()):
        return True
    if _STATISTIC_BEFORE.search(window, max(0, m.start() - _STATISTIC_READ), m.start()):
        return True
    if _PAST_SENTENCE.match(window, m.end()):
        return True
    return _is_vision(window, m.start(), m.end())


# a phase of the plan's work led by its span: "2022年实有市场主体15.5万户，2023—2024年，市场主体
# 分别达到17.6万户、19.5万户以上" (the span then a comma leads the clause; not "2024—2026年三年
# 行动" naming another plan, nor a span whose clause is past: "2019—2021年，全县累计完成…")
_PHASE_RE = re.compile(r"((?:19|20)\d{2})\s?年?\s?[—–\-－~～至到]{1,2}\s?((?:19|20)\d{2})\s?年\s?[，,]")
_PHASE_PAST = re.compile(r"[^。；;\n]{0,30}?(?:累计|已|完成了|以来)")
_PHASE_SPAN = 5  # the longest span of a phase
# a span naming the plan it belongs to: "实施2024—2026年三年行动", "2021—2025年规划"
_OTHER_PLAN_AFTER = re.compile(r"\s?年?\s?(?:[一二三四五两]年)?(?:行动|规划|计划|方案|攻坚)")


def _span_ends(window: str) -> tuple[dict[int, tuple[int, int]], set[int]]:
    """({where the end year of each phase span stands: the span}, where the end years of spans of
    other plans stand): a plan that sets its figures out by phase (2023—2024年，…分别达到…) runs to
    the last phase; the end of a span naming a plan (实施2024—2026年三年行动), cited (根据…) or
    past (2019—2021年，全县累计完成…) is no year of the plan."""
    phases: dict[int, tuple[int, int]] = {}
    others: set[int] = set()
    if "年" not in window:
        return phases, others
    for m in _RANGE_RE.finditer(window):
        if _OTHER_PLAN_AFTER.match(window, m.end()) or _cited_span(window, m.start()):
            others.add(m.start(2))
    for m in _PHASE_RE.finditer(window):
        a, b = int(m.group(1)), int(m.group(2))
        before = window[max(0, m.start() - 4) : m.start()].rstrip(" \t\u3000")
        if (
            not a < b <= a + _PHASE_SPAN
            or before.endswith(_NOT_PLAN_BEFORE)
            or _cited_span(window, m.start())
        ):
            continue
        if _PHASE_PAST.match(window, m.end()) is None:
            phases[m.start(2)] = (a, b)
        else:
            others.update((m.start(1), m.start(2)))  # "2019—2021年，全县累计完成…": the past
    return phases, others - phases.keys()


def _count_years(window: str, issued: int | None) -> tuple[Counter[int], list[int], list[int], bool]:
    """The years `window` names, by kind: (plain years and how often, horizons, deadlines, whether a
    goal horizon is already past at the page date)."""
    plain: Counter[int] = Counter()
    horizons: list[int] = []
    deadlines: list[int] = []
    stale = False  # a goal horizon already past at the page date: a later copy's date
    phases, span_ends = _span_ends(window)
    horizons += [b for _, b in phases.values()]
    for m in _TEXT_YEAR.finditer(window):
        y = int(m.group(1))
        if m.start() in phases or m.start() in span_ends:
            continue
        # (a space may stand between: "到 2020 年", "比 2020 年" in a spaced rendering)
        before = window[max(0, m.start() - 4) : m.start()].rstrip(" \t\u3000")
        if _not_plan_year(window, m, before):
            continue
        if (
            before.endswith(_HORIZON_BEFORE)
            or before.endswith(_PLEDGE_BEFORE)
            or _BY_YEAR_RE.match(window, m.end())
        ):
            horizons.append(y)  # 到2025年, 2030年前实现碳达峰: what holds by then
            stale = stale or (issued is not None and y < issued and _ahead_of(window, m.start()))
        elif window.startswith(_DEADLINE_AFTER, m.end()):
            deadlines.append(y)  # 2025年底前: the plan's year, or its horizon beside 今年
        else:
            plain[y] += 1
    if "月" in window:
        for m in _MONTH_DEADLINE.finditer(window):
            if not window[max(0, m.start() - 2) : m.start()].endswith(_NOT_PLAN_BEFORE):
                deadlines.append(int(m.group(1)))
    return plain, horizons, deadlines, stale


def years_in_text(text: str, issued: int | None, own_span: bool = True) -> tuple[int | None, int | None]:
    """The plan years a text without a dated title names (see the module docstring); without
    `own_span` (a plan drafting a five-year plan), the span the text states is its subject's and
    only the years of its work count."""
    window = text[:TEXT_WINDOW]
    declared = _declared_span(text, window) if own_span else None
    if declared is not None:
        return declared
    plain, horizons, deadlines, stale = _count_years(window, issued)
    phases = _span_ends(window)[0]
    if deadlines and not plain:
        if _RELATIVE_YEAR.search(window) is None and not (issued and min(deadlines) > issued):
            # a table whose every row is due "2024年底前": an annual plan of that year; rows due
            # over several years: a plan from the first to the last
            if 1 < max(deadlines) - min(deadlines) + 1 <= 5:
                return min(deadlines), max(deadlines)
            plain.update(deadlines)
        else:
            horizons += deadlines  # "今年年底前…；2025年年底前…": this year up to the horizon
    else:
        horizons += deadlines
    if phases and not plain:  # a plan printing only its phases (2024—2025年，…) starts with the first
        plain[min(a for a, _ in phases.values())] += 1
    if plain:
        # the year named most often; on a tie, the first one not before the page's own year (a
        # plan or a report of this year also recalls last year: "2020年…扎实推进。2021年计划…")
        y = max(plain, key=lambda k: (plain[k], issued is None or k >= issued, -k))
        if horizons and max(horizons) > y:  # 2023年… 到2025年: a plan of several years
            end = max(horizons)
            return (issued if issued and y <= issued <= end and not stale else y), end
        return y, y
    if horizons:
        end = max(horizons)
        if issued and issued <= end and not stale:
            return issued, end
        # phases of a plan (到2026年底前…；到2028年底前…) without a page date: from its first phase
        return (min(horizons) if len(set(horizons)) > 1 else None), end
    return _action_period(window) if "月" in window else (None, None)


# the months a campaign runs ("于2026年5月至8月开展…", "自2024年4月下旬至7月底", "2025年11月至2026年3月"):
# its year, or the two years it spans
_ACTION_PERIOD = re.compile(
    r"(?<![\d〔\[［【/\-.])((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:上旬|中旬|下旬|初|中|底|末|份)?\s*"
    r"(?:至|到|—|－|-|~|～)\s*(?:((?:19|20)\d{2})\s*年\s*)?\d{1,2}\s*月"
)
_PERIOD_NOT_AFTER = ("比", "较", "截至", "截止")


def _action_period(window: str) -> tuple[int | None, int | None]:
    """The years of the first campaign period the text names, where it names no other year of the
    plan; none where the period is past ("2025年1月至11月，全县累计完成…") or a comparison's."""
    for m in _ACTION_PERIOD.finditer(window):
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        before = window[max(0, m.start() - 4) : m.start()].rstrip(" \t\u3000")
        if not a <= b <= a + 1 or before.endswith(_PERIOD_NOT_AFTER) or _PHASE_PAST.match(window, m.end()):
            continue
        return a, b
    return None, None


# an annual plan is issued in its year or the year before: a title year two years or more after
# the issue is a horizon
_AHEAD_OF_ISSUE = 2
# a horizon the text looks ahead to ("预计到2020年", "力争到2020年"): where the page date is later,
# the page is a later copy of the report (a mirror's date), and the plan does not start then
_AHEAD_CUE = re.compile(r"(?:预计|预期|力争|计划|目标|确保|将)\s?(?:到|至)\s?$")


def _ahead_of(text: str, start: int) -> bool:
    """A forward cue right before the horizon at text[start:] ("预计到2020年")."""
    return _AHEAD_CUE.search(text, max(0, start - 6), start) is not None


_RELATIVE_YEARS = {"今年": 0, "本年": 0, "明年": 1, "年内": 0}
_RELATIVE_YEAR = re.compile("今年|本年|明年")
_RELATIVE_AHEAD = re.compile(r"(今年|本年|明年|年内)(?!以来|来|上半年|前)")
# a title covering this year and the next: "今明两年", "今明年"
_THIS_AND_NEXT = re.compile("今明(?:两|二)?年")
_SPAN_WORDS = {"两": 2, "三": 3, "四": 4, "五": 5, "十": 10}
_SPAN = re.compile(r"([两三四五十])年(?:行动|计划|规划|方案|攻坚|专项)")


def plan_years_of(
    titles: tuple[str | None, ...],
    text: str,
    issued: int | None,
    congress: int | None = None,
    report: int | None = None,
) -> tuple[int | None, int | None]:
    """Plan years from the first of `titles` that names them, else from the text; a title that
    names a span without years (三年行动方案) covers that many years from its first year.
    `congress`: the year a 政府工作报告 was given at the people's congress (the year it plans);
    `report`: the publish year of a 政府工作报告 that prints no meeting line (the year it plans,
    unless its text names the year of its work ahead)."""
    start, end = plan_years(*titles)
    if start is not None and start == end and issued is not None and start >= issued + _AHEAD_OF_ISSUE:
        # a news headline's horizon ("2035年国家公路网规模将超46万公里", published 2022), not the
        # year of an annual plan (issued in its year or the year before): from the issue up to it
        return issued, end
    if start is None and end is not None and issued is not None and issued <= end:
        return issued, end  # a title naming only its horizon ("…行动方案（到2027年）"): from the issue on
    if start is not None or end is not None:
        return start, end
    if congress is not None:
        return congress, congress
    if report is not None:
        ahead = _ahead_year(text[:TEXT_WINDOW])
        y = ahead if ahead is not None else report
        return y, y
    if issued is not None and any(t and _THIS_AND_NEXT.search(t) for t in titles):
        return issued, issued + 1  # "某县今明两年稳就业工作方案": the page's year and the next
    making = any(makes_five_year_plan(t) for t in titles)
    start, end = years_in_text(text, issued, own_span=not making)
    if making and start is None and end is None and issued is not None:
        return issued, issued  # a plan drafting a five-year plan, with no year of its own work
    if start is None and end is None and issued is not None:
        # "…今年将惠及1万户居民": a title dated by the page's own year, where the text names none
        m = next((m for m in (_RELATIVE_YEAR.search(t) for t in titles if t) if m), None)
        # "今年我县将新建…" in a text that names no year: the page's own year (not "今年以来")
        m = m or _RELATIVE_AHEAD.search(text, 0, TEXT_WINDOW)
        if m is not None:
            y = issued + _RELATIVE_YEARS[m.group(1) if m.re is _RELATIVE_AHEAD else m.group(0)]
            return y, y
    m = next((m for m in (_SPAN.search(t) for t in titles if t) if m), None)
    if m is None:
        return start, end
    n = _SPAN_WORDS[m.group(1)]
    if end is not None and start != end:  # a horizon: the span ends there
        return end - n + 1, end
    first = start if start is not None else issued
    return (first, first + n - 1) if first is not None else (start, end)


# a 办法's or 细则's period of validity at its end: "本办法自2026年5月1日起施行，有效期至2028年12月31日",
# "有效期为2026年1月1日至2028年12月31日", "有效期：2026年1月1日—2027年12月31日"
_VALID_TO = re.compile(
    r"(?:自\s*((?:19|20)\d{2})\s*年[^。；;\n年]{0,8}起?(?:施行|实施|执行)[，,]\s*)?"
    r"有效期(?:为|:|：)?\s*(?:((?:19|20)\d{2})\s*年[^。；;\n年至到]{0,8}[至到—－-]\s*|至\s*)((?:19|20)\d{2})\s*年"
)


def validity_years(text: str, issued: int | None) -> tuple[int | None, int | None]:
    """The years a rule is in force, from its period of validity ("自2026年5月1日起施行，有效期至2028年
    12月31日" -> 2026–2028; "有效期至2028年12月31日" from the year it was issued), or (None, None)."""
    if "有效期" not in text:
        return None, None
    m = _VALID_TO.search(text)
    if m is None:
        return _valid_for(text)
    start = int(m.group(2) or m.group(1) or 0) or issued
    end = int(m.group(3))
    return (start, end) if start is not None and start <= end else (None, None)


# "本办法自2026年6月1日起施行，有效期5年": in force from that day for N years (to 2031-05-31)
_VALID_FOR = re.compile(
    r"自\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*起?(?:施行|实施|执行)[，,]\s*"
    r"有效期(?:为)?\s*([1-9]|10|[一二两三四五六七八九十])\s*年"
)
_CN_YEARS = {**dict(zip("一二三四五六七八九十", range(1, 11), strict=True)), "两": 2}


def _valid_for(text: str) -> tuple[int | None, int | None]:
    """The years of a rule in force for N years from the day it takes effect: its last day is the
    day before that day N years on, in the year N on unless it took effect on 1 January."""
    if "年" not in text or (m := _VALID_FOR.search(text)) is None:
        return None, None
    start, n = int(m.group(1)), _CN_YEARS.get(m.group(4)) or int(m.group(4))
    on_new_year = int(m.group(2)) == 1 and int(m.group(3)) == 1
    return start, start + n - 1 if on_new_year else start + n
