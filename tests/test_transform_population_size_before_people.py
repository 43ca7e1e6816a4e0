"""A population bound written before 人口 and a place ("300万以上人口城市", "50万人口以上城市", "10万以上人口
的县城") says which places are meant, as "城区人口10万以上的市县" does: no target (audit round 32A: 交通运输
十三五 plans and their news). A population the plan reaches and counts of people stay targets."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _values(text: str) -> list[tuple]:
    return [(t["value"], t["unit"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, expected", [
    # a plan's goals paragraph
    ("加快300万以上人口城市轨道交通成网，新增城市轨道交通运营里程约3000公里。", [(3000.0, "公里")]),
    # a news report of a plan
    ("规划提出，铁路、高速公路基本覆盖20万以上人口城市，综合交通网总里程达到540万公里左右。", [(540.0, "万公里")]),
    # the bound after 人口
    ("到2025年，实现50万人口以上城市全部建成生活垃圾焚烧设施。", []),
    ("推动20万人口以上的县城建成污水处理厂5座。", [(5.0, "座")]),
    # a table row rendered as text
    ("覆盖范围 | 10万以上人口的县城 | 2025年", []),
])
def test_a_population_bound_before_people_and_a_place_is_a_threshold(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("到2025年，全市常住人口达到150万以上。", [(150.0, "万")]),
    ("新增城镇人口20万以上，城镇化率达到60%。", [(20.0, "万"), (60.0, "%")]),
    ("转移农业人口5万人以上。", [(5.0, "万人")]),
    # the population word before the number, as before
    ("城区人口10万以上的市县全部通高速公路。", []),
])
def test_near_misses_keep_their_numbers(text, expected):
    assert _values(text) == expected


def test_traditional_rendering_reads_the_same():
    text = "交通規劃\n一、發展目標\n到2020年，鐵路基本覆蓋20萬以上人口城市，綜合交通網總里程達到540萬公里左右。\n"
    targets = parse_document(text.encode(), source="x", is_text=True).targets
    assert [(t["value"], t["unit"]) for t in targets] == [(540.0, "萬公里")]
