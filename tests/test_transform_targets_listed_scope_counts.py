"""A count that closes a list of names introduced by 包括/涵盖/涉及 ("重点产业包括新一代信息技术、
新材料和生物医药3个产业", "工业六基包括…和产业技术基础6个领域") describes what the list holds: it is
scope, not a target, with or without 等 before the count (audit round 17B: a 省 专精特新 行动计划
read three such counts of categories). A list whose clause builds what it counts ("包括新建A、B和C
3个口袋公园") or a list under a verb of commitment with no 包括 ("培育A、B和C3个产业集群") stays
a target. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> list[float]:
    return [t["value"] for t in parse_document(text, source="x.txt", is_text=True).targets]


_HEAD = "某省中小企业培育行动计划(2025—2027年)\n一、工作目标\n"


@pytest.mark.parametrize(
    "sentence, count",
    [
        ("其中，工业基础包括核心基础零部件、关键软件、先进基础工艺和产业技术基础4个领域。", 4.0),
        ("重点产业包括新一代信息技术、高端装备、新材料及生物医药4个产业。", 4.0),
        ("服务范围涵盖城关镇、东关镇和西关镇3个镇。", 3.0),
        ("重點產業包括電子信息、新材料和生物醫藥3個產業。", 3.0),
        ("网络强国建设包括信息基础设施、网络安全和数据安全3个领域。", 3.0),
    ],
    ids=["fields", "industries-ji", "covers-towns", "traditional", "subject-ends-in-work-noun"],
)
def test_a_count_closing_an_included_list_is_scope(sentence, count):
    text = _HEAD + sentence + "力争到2027年，专精特新中小企业达到3000户左右。\n"
    got = _values(text)
    assert count not in got and 3000.0 in got, got


@pytest.mark.parametrize(
    "sentence, count",
    [
        ("到2027年，培育电子信息、新材料和生物医药3个千亿级产业集群。", 3.0),
        ("建设内容包括新建滨河、东湖和西山3个口袋公园。", 3.0),
        ("到2027年，包括新建城东、城西2所幼儿园在内，新增学位2000个。", 2000.0),
        ("规划还新增包含东环线、西环线在内的12条都市圈公路环线。", 12.0),
    ],
    ids=["cultivate", "builds-after-includes", "built-figure-after", "verb-before-includes"],
)
def test_a_built_list_count_stays_a_target(sentence, count):
    got = _values(_HEAD + sentence + "\n")
    assert count in got, got
