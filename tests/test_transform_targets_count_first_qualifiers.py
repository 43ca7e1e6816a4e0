"""A threshold after the count it qualifies ("培育25家营业收入超过10亿元的龙头企业": the 10亿元 says
which firms are counted) is no target, as it is no target before the count ("营业收入超10亿元的
企业25家"); the count's indicator runs over the threshold to the noun counted (audit round 10C:
商贸, 文旅 and 科技 plans write the count first)."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(t["value"], t["unit"], t["indicator"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, count, noun", [
    ("到2025年，培育8家营业收入超过20亿元的商贸流通企业。", (8.0, "家"), "商贸流通企业"),
    ("打造3个产值超百亿元的特色产业集群。", (3.0, "个"), "特色产业集群"),
    ("力争新增2个年交易额超50亿元的专业市场。", (2.0, "个"), "专业市场"),
    ("全年引进12个总投资5亿元以上的文旅项目。", (12.0, "个"), "文旅项目"),
    ("新认定高新技术企业40家，培育6家年研发投入过亿元的创新型领军企业。", (6.0, "家"), "创新型领军企业"),
    ("到2027年,建成5座年吞吐量突破100万吨的物流园区。", (5.0, "座"), "物流园区"),
])
def test_a_threshold_after_the_count_is_no_target(text, count, noun):
    rows = _rows(text)
    values = [(v, u) for v, u, _i in rows]
    assert count in values
    assert all(u not in ("亿元", "万元", "万吨") for _v, u, _i in rows), rows
    indicator = next(i for v, u, i in rows if (v, u) == count)
    assert indicator.endswith(noun)


@pytest.mark.parametrize("text, kept", [
    # no 的 after the amount: a level the counted things reach, both kept
    ("新增规上商贸企业10家，社会消费品零售总额超过500亿元。", [(10.0, "家"), (500.0, "亿元")]),
    # a budget committed with its purpose stays
    ("实施3个项目，安排资金2000万元用于景区提升。", [(3.0, "个"), (2000.0, "万元")]),
    # an amount in the next clause is its own target
    ("培育龙头企业5家，营业收入超过30亿元。", [(5.0, "家"), (30.0, "亿元")]),
])
def test_other_amounts_after_a_count_are_unchanged(text, kept):
    assert [(v, u) for v, u, _i in _rows(text)] == kept
