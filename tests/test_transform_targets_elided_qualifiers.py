"""A threshold that qualifies a count whose noun the sentence leaves out ("年营业收入超100亿元的
5个": five clusters whose revenue passes 10 billion) is no target: only the count is (audit round
4, issue 15). The same holds in a list of such pairs; the indicator of each count never runs
back over the item before it."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(t["value"], t["unit"], t["indicator"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, counts", [
    ("到2027年，培育特色产业集群，年营业收入超1000亿元的2个，超500亿元的6个、超100亿元的40个。",
     [(2.0, "个"), (6.0, "个"), (40.0, "个")]),
    ("全县规上工业企业达到120家，其中产值5亿元以上的8家、1亿元以上的35家。",
     [(120.0, "家"), (8.0, "家"), (35.0, "家")]),
    ("力争年销售收入超10亿元的达到5家，超亿元的达到30家。", [(5.0, "家"), (30.0, "家")]),
])
def test_a_threshold_before_an_elided_noun_is_no_target(text, counts):
    rows = _rows(text)
    assert [(v, u) for v, u, _i in rows] == counts
    assert not any("、" in i or "，" in i for _v, _u, i in rows)


def test_a_money_level_before_a_count_of_another_thing_stays():
    """Two targets of one clause: 安排资金3000万元, 新建项目12个 (a budget then a count)."""
    rows = _rows("2024年安排专项资金3000万元的同时，新建项目12个。")
    assert (3000.0, "万元") in {(v, u) for v, u, _i in rows}
