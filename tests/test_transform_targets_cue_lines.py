"""An expected-goals cue that closes its line ("2026年经济社会发展主要预期目标：", "“十五五”时期主要目标
和重大任务：", "…发展总体要求和政策取向：") heads the list on the next line: that list carries targets
even on a page whose headline names no plan (a news digest of a work report), and its period (十五五)
dates them."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str) -> list[dict]:
    return parse_document(text, source="n.txt", is_text=True).targets


@pytest.mark.parametrize(
    "cue",
    [
        "2026年经济社会发展主要预期目标：",
        "2026年经济社会发展总体要求和政策取向：",
        "今年全县发展的主要目标是：",
    ],
)
def test_a_cue_closing_its_line_heads_the_list_below(cue):
    text = (
        "某报讯 记者某某 会议听取了报告，要点如下：\n\n"
        f"{cue}\n\n"
        "地区生产总值增长6%左右、一般公共预算收入增长4%、城镇新增就业3500人以上。\n\n"
        "部分工作任务：\n\n消费：开展促消费活动，激发市场活力\n"
    )
    got = {(t["value"], t["unit"]) for t in _targets(text)}
    assert {(6.0, "%"), (4.0, "%"), (3500.0, "人")} <= got


def test_a_five_year_cue_dates_its_list_at_the_period_end():
    text = (
        "某报讯 要点如下：\n\n“十五五”时期主要目标和重大任务：\n\n"
        "研发经费投入年均增长8%以上、人均预期寿命提高到81岁、森林覆盖率达到30%。\n"
    )
    years = {t["value"]: t["year"] for t in _targets(text)}
    assert years.get(8.0) == 2030 and years.get(30.0) == 2030


def test_a_cue_followed_by_prose_without_rates_gives_nothing():
    text = "某报讯 要点如下：\n\n2026年主要预期目标：\n\n全面完成各项工作，确保社会大局稳定。\n"
    assert _targets(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "会议指出，今年全县经济社会发展的主要预期目标是地区生产总值增长6%左右，一般公共预算收入增长5%，"
        "城镇新增就业3000人以上。",
        "今年全市发展的主要目标为地区生产总值增长6%左右、一般公共预算收入增长5%、城镇新增就业3000人以上。",
    ],
)
def test_a_cue_without_a_colon_still_opens_its_list(sentence):
    got = {(t["value"], t["unit"]) for t in _targets("某县召开人代会\n" + sentence + "会议还听取了其他报告。\n")}
    assert {(6.0, "%"), (5.0, "%")} <= got


def test_a_goal_named_in_prose_without_rates_is_no_list():
    text = "某县召开人代会\n会议指出，我们的主要目标是打造区域中心城市，建设幸福家园。\n"
    assert _targets(text) == []


def test_a_goal_word_in_a_guiding_phrase_is_no_cue():
    text = (
        "某区召开会议\n会议要求,全区以年度工作目标为引领,狠抓落实,确保开工率提高5%、投产率提高3%。"
        "会议还研究了其他事项。\n"
    )
    assert _targets(text) == []
