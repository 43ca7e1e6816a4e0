"""A population with a bound before a noun (城区人口10万以上的市县) is a threshold that says which
places are meant, as "投资500万元以上项目" says which projects: no target. A population the plan
reaches (常住人口达到150万以上) stays one (audit round 22A: 交通运输 plans and their news)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _values(text: str) -> list[tuple]:
    return [(t["value"], t["unit"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, expected", [
    # a plan's goals paragraph
    ("到2035年，城区人口10万以上的市县全部通高速公路，国家公路网总规模约46万公里。", [(46.0, "万公里")]),
    # a news report
    ("规划提出，高速公路覆盖城区人口20万以上城市，新增公路里程3000公里。", [(3000.0, "公里")]),
    # a table row rendered as text
    ("通达要求 | 常住人口5万以上的乡镇 | 通二级公路", []),
])
def test_a_population_bound_before_a_noun_is_a_threshold(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("到2025年，全市常住人口达到150万以上。", [(150.0, "万")]),
    ("新增就业人口5万人以上。", [(5.0, "万人")]),
    # an animal herd as before
    ("年出栏500头以上规模养殖场12个。", [(12.0, "个")]),
])
def test_near_misses_keep_their_numbers(text, expected):
    assert _values(text) == expected


def test_traditional_rendering_reads_the_same():
    text = (
        "國家公路網規劃\n"
        "到2035年，國家公路網總規模將超46萬公里，高速公路將覆蓋所有城區人口10萬以上的市縣。\n"
    )
    targets = parse_document(text.encode(), source="x", is_text=True).targets
    assert [(t["value"], t["unit"]) for t in targets] == [(46.0, "萬公里")]
