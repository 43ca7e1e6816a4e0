"""Headings that review the past ("一、2023年工作回顾", "发展基础", "…，县域发展交出坚实答卷") and
headings of the work ahead ("2024年工作安排", "展望"): read by the structure (`ahead_sections`,
`review_runs`, `structure`), the rows and the targets (`targets.goals`), so they live apart from
each of those steps. Words: lexicons/review_headings.toml."""

from __future__ import annotations

import functools
import re

from transform.lexicons import table


def _words(key: str) -> tuple[str, ...]:
    v = table("review_headings")[key]
    return tuple(v.split()) if isinstance(v, str) else tuple(str(w) for w in v)


def _alternation(key: str) -> str:
    return "|".join(map(re.escape, _words(key)))


HEADING_MAX = 30  # characters of a heading line (a review or goals heading is short)
_PERIOD = r"(?:(?:19|20)(?:\d\d|[Xx]{2})\s*年度?|[“\"]?十[一二三四五六]五[”\"]?(?:时期|期间)?)?"
#: a review word after a year or a five-year period at the start, or one that ends the heading
REVIEW_RE = re.compile(
    r"^[^\u4e00-\u9fff\d]*" + _PERIOD + "(?:" + _alternation("review_starts") + ")"
    "|(?:" + _alternation("review_ends") + r")[^\u4e00-\u9fff]*$"
)
#: a heading of work ahead (安排, 计划, 打算 …)
AHEAD_HEADING = re.compile(_alternation("ahead_headings"))
SENTENCE_INSIDE = re.compile(r"[。；;!！?？]\S")
CLAUSE_BREAK = re.compile(r"[，,、]")
# a heading ending on the results it reviews, clauses and all ("…，县域发展交出坚实答卷"), with no
# word of the work ahead before it ("确保…取得显著成效")
_REVIEW_RESULT_RE = re.compile("(?:" + _alternation("review_result_ends") + r")[^\u4e00-\u9fff]*$")
_RESULT_AHEAD_RE = re.compile(_alternation("review_result_ahead_cues"))


@functools.cache
def review_starts() -> tuple[str, ...]:
    """The words that open a review ("过去一年", "一年来", "回顾")."""
    return _words("review_starts")


def heading_line(s: str) -> bool:
    """A short line without a sentence or a clause break inside it: it may head a block of lines
    (a line of prose wrapped by a PDF conversion, "地完成了…目标任务,大邑", is none)."""
    return (
        0 < len(s) <= HEADING_MAX
        and SENTENCE_INSIDE.search(s) is None
        and CLAUSE_BREAK.search(s.rstrip("，,、:：")) is None
    )


def is_review_heading(heading: str) -> bool:
    """A heading that reviews the past ("一、2023年工作回顾" → "2023年工作回顾", "过去一年",
    "回顾2023年工作成果", "“十三五”发展成就", "发展基础", "…，县域发展交出坚实答卷"): figures
    under it are achievements."""
    s = heading.strip()
    if heading_line(s) and REVIEW_RE.search(s) is not None:
        return True
    return _reports_results(s)


def _reports_results(s: str) -> bool:
    """A short heading ending on the results it reports ("顶住压力、实干攻坚，县域发展交出坚实答卷"),
    with no sentence inside and no word of the work ahead."""
    return (
        0 < len(s) <= HEADING_MAX
        and SENTENCE_INSIDE.search(s) is None
        and (m := _REVIEW_RESULT_RE.search(s)) is not None
        and _RESULT_AHEAD_RE.search(s, 0, m.start()) is None
    )
