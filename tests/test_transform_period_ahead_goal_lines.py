"""A line of a plan without numbered items (a news report of a five-year plan) whose clause opens
with the plan's own period and a word of what is to come ("“十三五”期间要新增城市道路10.4万公里",
"十四五时期将建成…", "“十五五”末力争…") commits to its figures (EXTRACTION.md: a number the text
commits to reach or build): it is a goal line. A period the plan reviews (before its own), or a
line about the period without such a word ("“十三五”期间累计新增…"), stays unread. Every text here
is invented."""

from __future__ import annotations

from transform.document import parse_document


def _values(text: str) -> set[float]:
    return {t["value"] for t in parse_document(text, source="p.txt", is_text=True).targets}


_HEAD = "《全国城市燃气设施建设“十三五”规划》发布\n"
_LEAD = "日前，住房城乡建设部组织编制的《全国城市燃气设施建设“十三五”规划》发布。\n"


def test_a_period_and_a_modal_open_the_clause():
    text = _HEAD + _LEAD + "保障供应方面，“十三五”期间要新增城镇燃气管道12.5万公里。\n"
    assert 12.5 in _values(text)


def test_the_end_of_the_period():
    text = _HEAD + _LEAD + "普及方面，“十三五”末要实现城市燃气普及率达到97%。\n"
    assert 97 in _values(text)


def test_traditional_characters():
    text = (
        "《全國城市燃氣設施建設“十三五”規劃》發佈\n"
        "日前，住房城鄉建設部組織編制的《全國城市燃氣設施建設“十三五”規劃》發佈。\n"
        "保障供應方面，“十三五”期間要新增城鎮燃氣管道12.5萬公里。\n"
    )
    assert 12.5 in _values(text)


def test_a_period_reviewed_stays_unread():
    text = (
        "《某省城市燃气设施建设“十四五”规划》发布\n"
        "日前，某省住房城乡建设厅印发《某省城市燃气设施建设“十四五”规划》。\n"
        "回顾过去，“十三五”期间要求新增的燃气管道1.2万公里全面完成。\n"
    )
    assert 1.2 not in _values(text)


def test_a_period_without_a_word_of_what_is_to_come_stays_unread():
    text = _HEAD + _LEAD + "“十三五”期间，城镇燃气管道长度为5.6万公里。\n"
    assert 5.6 not in _values(text)
