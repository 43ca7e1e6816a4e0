"""An outline printed at the page top without "目录" whose entries are the first clause of the
text's headings ("一、担当作为、砥砺奋进" listed for "一、担当作为、砥砺奋进，成效显著"): the
outline is contents, no tasks; the text's own headings are read. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document


def _tasks(text: str) -> list[tuple[str, str | None]]:
    doc = parse_document(text, source="x.txt", is_text=True)
    return [("/".join(t["path"]), t["title"]) for t in doc.tasks]


_OUTLINE = """一、凝心聚力、奋勇争先
(一)产业发展提速
(二)城乡面貌改善
二、攻坚克难、真抓实干
(一)实施产业升级工程
(二)实施城乡融合工程
三、改进作风、狠抓落实
"""

_SPEECH = """在2026年全县经济工作会议上的讲话
同志们:
今天召开全县经济工作会议,我讲三点意见。
一、凝心聚力、奋勇争先,2025年全县发展成效显著
(一)产业发展提速。全年新增规上企业12家。
二、攻坚克难、真抓实干,奋力推动2026年工作开好局
(一)实施产业升级工程。全年新增规上企业15家以上。
(二)实施城乡融合工程。改造农村公路40公里。
三、改进作风、狠抓落实
"""


def test_an_outline_of_first_clauses_above_a_speech():
    tasks = _tasks(_OUTLINE + _SPEECH)
    assert tasks == _tasks(_SPEECH)
    assert ("二/(一)", "实施产业升级工程") in tasks
    assert not any(title == "三、改进作风、狠抓落实" for _, title in tasks)


def test_traditional_characters_and_a_full_width_comma():
    outline = "一、凝心聚力、奮勇爭先\n(一)產業發展提速\n二、攻堅克難、真抓實幹\n(一)實施產業升級工程\n"
    text = (
        "講話\n一、凝心聚力、奮勇爭先，2025年全縣發展成效顯著\n(一)產業發展提速。新增企業12家。\n"
        "二、攻堅克難、真抓實幹，推動2026年工作\n(一)實施產業升級工程。新增企業15家以上。\n"
    )
    assert _tasks(outline + text) == _tasks(text)


def test_a_longer_heading_that_only_starts_with_the_same_words_is_no_repeat():
    # "一、总体" is no clause of "一、总体要求和目标": the numbered lines stay as they were
    text = (
        "一、总体\n二、任务\n(一)新建道路\n(二)改造管网\n"
        "某镇2026年工作计划\n一、总体要求和目标\n全年完成投资5亿元。\n"
    )
    before = _tasks(text)
    assert ("二/(一)", "新建道路") in before


def test_a_plan_of_short_headings_without_a_repeat_keeps_its_items():
    text = (
        "某县2026年民生实事项目\n一、城区道路改造工程\n二、老旧小区改造工程\n三、农村供水提升工程\n"
        "以上项目年内完成。\n"
    )
    assert [title for _, title in _tasks(text)] == ["城区道路改造工程", "老旧小区改造工程", "农村供水提升工程"]
