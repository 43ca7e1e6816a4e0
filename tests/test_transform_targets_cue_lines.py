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
