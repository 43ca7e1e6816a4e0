"""A news lead that asks what the year's list of 实事 holds ("来看看今年的15件重点民生实事,安排了哪些
目标任务?", "今年的10件民生实事有哪些?") is a work-list cue closing its line: the item lines below it
carry targets. Only the cue's own sentence is read for a look back (…已正式印发。来看看… looks ahead)."""

from __future__ import annotations

from transform.targets.work_lists import listed_below_cues

ITEMS = "建设城市微型公园。建设100个口袋公园、10座体育公园。\n农村公路加装护栏。加装护栏4000公里。\n"


def test_a_question_lead_opens_the_list():
    body = (
        "《某市2025年重点民生实事工作目标任务》已正式印发。来看看今年的15件重点民生实事,安排了哪些目标任务?\n"
        + ITEMS
    )
    assert listed_below_cues(body, []) == ITEMS.strip().split("\n")


def test_a_short_question_lead():
    body = "今年我县10件民生实事有哪些?\n" + ITEMS
    assert listed_below_cues(body, []) == ITEMS.strip().split("\n")


def test_a_colon_cue_still_opens_the_list():
    body = "今年将接续办好15件重点民生实事。具体包括:\n" + ITEMS
    assert listed_below_cues(body, []) == ITEMS.strip().split("\n")


def test_a_question_about_last_year_opens_nothing():
    body = "去年的10件民生实事完成得怎么样?有哪些?\n" + ITEMS
    assert listed_below_cues(body, []) == []


def test_a_question_without_a_list_noun_opens_nothing():
    body = "今年的重点工作有哪些?\n" + ITEMS
    assert listed_below_cues(body, []) == []
