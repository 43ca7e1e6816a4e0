"""A goals paragraph whose rates are written in words ("增长百分之六左右", "百分之五点五以内",
"百分之6.5"): a report typed that way (or read aloud and transcribed) states the same expected
goals as one written "6%", and each rate is a target."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets.goals import expected_goal_paragraphs

WORK = "一、千方百计扩大内需\n加快重大项目建设，力争实施市级重点项目120个。\n"


def _rates(text: str) -> list[float]:
    p = parse_document(text, source="n.txt", is_text=True)
    return sorted(t["value"] for t in p.targets if t["task_id"] is None and t["unit"] == "%")


@pytest.mark.parametrize(
    ("lead", "rates"),
    [
        # a work report, rates in Chinese numerals
        (
            "今年经济社会发展主要预期目标是：地区生产总值增长百分之六左右，一般公共预算收入增长百分之五，"
            "城镇调查失业率控制在百分之五点五以内，生态环境质量持续改善。",
            [5.0, 5.5, 6.0],
        ),
        # 百分之 before Arabic digits (a transcript, a news report)
        (
            "报告提出，2026年全县主要预期目标为：地区生产总值增长百分之7左右，固定资产投资增长百分之8.5，"
            "居民消费价格涨幅控制在百分之3以内。",
            [3.0, 7.0, 8.5],
        ),
        # traditional characters
        (
            "今年經濟社會發展主要預期目標是：地區生產總值增長百分之六左右，一般公共預算收入增長百分之五。",
            [5.0, 6.0],
        ),
        # no colon after the cue
        (
            "全市主要预期目标是地区生产总值增长百分之六左右，规模以上工业增加值增长百分之七。",
            [6.0, 7.0],
        ),
    ],
)
def test_goals_with_rates_in_words_are_targets(lead, rates):
    assert _rates("前言。\n" + lead + "\n" + WORK) == rates


def test_goals_heading_then_its_line():
    text = (
        "2026年经济社会发展主要预期目标：\n地区生产总值增长百分之五左右，一般公共预算收入增长百分之三。\n"
        + WORK
    )
    assert _rates(text) == [3.0, 5.0]


def test_bulleted_goals_in_words():
    text = (
        "建议全年经济社会发展预期目标\n●地区生产总值增长百分之五以上\n●一般公共预算收入增长百分之三\n" + WORK
    )
    assert _rates(text) == [3.0, 5.0]


@pytest.mark.parametrize(
    "line",
    [
        "主要预期目标是：地区生产总值增长百分之六左右，生态环境质量保持稳定。",  # one rate: no list
        "主要预期目标是：地区生产总值增长百分之六左右，新增城镇就业5000人。",  # one rate and a count
        "主要预期目标是：服务满意度明显提升，百分之分之的说法不是比率。",  # 百分之 with no numeral
    ],
)
def test_near_misses_are_no_goal_lists(line):
    assert expected_goal_paragraphs("前言。\n" + line, []) == []


def test_rates_written_with_digits_still_read():
    line = "主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长百分之五。"
    assert expected_goal_paragraphs("前言。\n" + line, []) == [line]
