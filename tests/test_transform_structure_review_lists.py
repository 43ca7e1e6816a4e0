"""A paragraph that reviews the past year and lists what was achieved ("过去一年，全县经济稳中有进。
一是…；二是…", "一年来，…。一是经济持续回升向好…") reports work done: its 一是… items are no tasks
and their figures no targets, in a news report of a 政府工作报告 and on a page that lost its line
breaks alike. A list the same page sets out for the year ahead ("今年将重点抓好以下工作：一是…") keeps
its tasks. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.structure import parse_structure

_AHEAD = "今年将重点抓好以下工作：一是扩大有效投资，新开工项目60个；二是改善民生，新增城镇就业3500人。"


@pytest.mark.parametrize("review", [
    "报告指出，过去一年，全县经济社会发展稳中有进。一是经济持续回升，新开工项目52个。二是民生持续改善，新增城镇就业3200人。",
    "一年来，全区经济社会发展稳中有进、进中提质。一是经济持续回升向好，地区生产总值增长5.4%；二是新质生产力加快发展。",
    "回顾2025年，我们主要做了以下工作：一是狠抓项目建设，新开工项目52个；二是狠抓民生改善，新建学校3所。",
])
def test_the_items_of_a_review_paragraph_are_no_tasks(review):
    text = f"某县人代会开幕\n{review}\n{_AHEAD}\n"
    tasks = parse_structure(text).tasks
    assert [t.heading[:4] for t in tasks] == ["扩大有效", "改善民生"]


def test_the_figures_of_a_review_paragraph_are_no_targets():
    text = ("某县第十八届人民代表大会第五次会议开幕\n发布时间：2026-01-12 来源：县融媒体中心\n"
            "报告指出，过去一年，全县经济社会发展稳中有进。一是经济持续回升，新开工项目52个。"
            "二是民生持续改善，新增城镇就业3200人，改造老旧小区12个。\n" + _AHEAD + "\n")
    got = {(t["value"], t["unit"]) for t in parse_document(text, source="n.txt", is_text=True).targets}
    assert (52.0, "个") not in got and (3200.0, "人") not in got and (12.0, "个") not in got
    assert {(60.0, "个"), (3500.0, "人")} <= got


def test_a_list_of_the_year_ahead_after_a_review_sentence_keeps_its_tasks():
    # the paragraph opens with the review, but the sentence that leads into the list looks ahead
    text = "某镇工作安排\n一年来，全镇各项工作稳步推进。今年，我们将重点抓好：一是新建村级养老服务站3个；二是改造农村户厕300户。\n"
    assert len(parse_structure(text).tasks) == 2


def test_a_review_list_on_a_page_without_items_gives_no_goal_lines():
    # a report reprinted without its line breaks: the review's list is prose, and no goal line
    text = ("某市政府工作报告\n一年来，全市经济社会发展稳中有进。一是经济持续回升向好，全市生产总值达到5.6万亿元、"
            "增长5.4%；二是新质生产力加快发展，完成了年初确定的目标任务。\n"
            "今年全市经济社会发展的主要预期目标是：全市生产总值增长5%左右，城镇新增就业55万人以上。\n")
    got = {(t["value"], t["unit"]) for t in parse_document(text, source="r.txt", is_text=True).targets}
    assert (5.6, "万亿元") not in got and (5.4, "%") not in got
    assert {(5.0, "%"), (55.0, "万人")} <= got
