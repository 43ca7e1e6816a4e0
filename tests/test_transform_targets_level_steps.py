"""A quantity glued to a step it reaches ("规上工业产值迈上3600亿元台阶", "地区生产总值突破500亿元大关",
"跨上千亿级关口") names no thing, as "10亿元企业" does: it is the level the plan commits to. And
"新增A、B和C等10家" builds what it counts, as 引进/建成 do (audit round 12C)."""
from __future__ import annotations

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(t["value"], t["unit"], t["year"]) for t in extract_targets(text)]


def test_a_step_of_output_is_a_target():
    assert _rows("力争到2027年,规上工业产值迈上3600亿元台阶。") == [(3600.0, "亿元", 2027)]


def test_a_threshold_passed_and_a_step_crossed():
    text = "到2025年,地区生产总值突破500亿元大关,粮食产量稳定在30万吨以上,年旅游人次跨上1000万人次台阶。"
    assert _rows(text) == [(500.0, "亿元", 2025), (30.0, "万吨", 2025), (1000.0, "万人次", 2025)]


def test_a_quantity_naming_a_thing_stays_no_target():
    # (10亿元企业: a kind of company, no level reached)
    assert _rows("培育10亿元企业5家。") == [(5.0, "家", None)]


def test_new_items_listed_before_their_count_are_a_target():
    text = "到2027年,新增单项冠军、独角兽和科创上市企业等10家,国家高新技术企业超2600家。"
    assert _rows(text) == [(10.0, "家", 2027), (2600.0, "家", 2027)]


def test_the_step_verb_is_no_part_of_the_indicator():
    rows = extract_targets("到2027年,规上工业产值迈上3600亿元台阶,年接待游客跨上1000万人次台阶。")
    assert [t["indicator"] for t in rows] == ["规上工业产值", "年接待游客"]
