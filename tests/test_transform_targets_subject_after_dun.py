"""A level that follows a rate in the same list item, after 、 and with no subject of its own
("地区生产总值增长7.5%、在全省地级市中率先突破4000亿元", "…增长7.5%、力争突破4000亿元") measures the
rate's subject, not the label that heads the list ("今年主要预期目标是：") nor an adverb (率先)
(audit round 17B: a 市 2023 report read the 4000亿元 as "率先"). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _indicators(text: str) -> dict[float, str]:
    return {t["value"]: t["indicator"] for t in parse_document(text, source="x.txt", is_text=True).targets}


_HEAD = "某市2023年政府工作报告\n"


@pytest.mark.parametrize(
    "goals, value, subject",
    [
        ("今年主要预期目标是：地区生产总值增长7.5%、在全省地级市中率先突破4000亿元，规上工业增加值增长10%。", 4000.0, "地区生产总值"),
        ("今年主要预期目标是：地区生产总值增长7.5%、力争突破4000亿元，规上工业增加值增长10%。", 4000.0, "地区生产总值"),
        ("全年主要预期目标为：一般公共预算收入增长5%以上、确保达到65亿元。", 65.0, "一般公共预算收入"),
        ("今年主要預期目標是：地區生產總值增長6%、率先突破3000億元。", 3000.0, "地區生產總值"),
    ],
    ids=["locative-first", "strive", "ensure-reach", "traditional"],
)
def test_a_level_after_a_rate_takes_its_subject(goals, value, subject):
    got = _indicators(_HEAD + goals + "\n")
    assert got.get(value) == subject, got


def test_a_figure_first_in_its_clause_keeps_its_own_indicator():
    got = _indicators(_HEAD + "今年主要预期目标是：规上工业总产值突破800亿元、新增规上工业企业50家。\n")
    assert got.get(800.0) == "规上工业总产值" and got.get(50.0) == "规上工业企业", got
