"""A news page that prints its headline or lead twice (a headline repeated over the body, a lead
shown in a preview and again on its own) states each goal once: the reprinted paragraph gives no
second target. A lead restated in other words in the body, and two values of one clause
("A、B分别增长5%、5%"), stay. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str) -> list[dict]:
    return parse_document(text, source="n.txt", is_text=True).targets


def _keys(targets: list[dict]) -> list[tuple]:
    return [(t["value"], t["unit"]) for t in targets]


def test_a_headline_printed_twice_gives_its_target_once() -> None:
    text = (
        "某省：到2027年 年营业收入超百亿元的特色产业集群达到30个\n\n"
        "某省：到2027年 年营业收入超百亿元的特色产业集群达到30个\n\n"
        "  在某某财经看资讯行情，选某某证券一站式开户交易>>\n\n"
        "某省人民政府办公厅日前发布《某省特色产业集群高质量发展工作方案（2025-2027年）》。"
        "其中提出，到2027年，累计建成国家级特色产业集群20个，新认定省级特色产业集群40个。\n"
    )
    keys = _keys(_targets(text))
    assert keys.count((30.0, "个")) == 1
    assert {(20.0, "个"), (40.0, "个")} <= set(keys)


def test_a_lead_shown_as_a_preview_and_again_gives_its_targets_once() -> None:
    lead = "5月19日，某市发布《某市国民经济和社会发展第十五个五年规划纲要》，提出到2030年地区生产总值将达到2.5万亿元。"
    text = (
        "某市发布“十五五”规划纲要\n\n2026-05-19 18:00:17 来源：某某网\n"
        + lead
        + " 《纲要》提出：经济发展迈上新台阶，年均增长5.5%左右，到2030年，研发投入强度达到3.6%；生态\n\n"
        + lead
        + "\n\n《纲要》提出：\n\n经济发展迈上新台阶，年均增长5.5%左右，到2030年，研发投入强度达到3.6%；"
        "生态环境持续改善，森林覆盖率提高到42%。\n"
    )
    keys = _keys(_targets(text))
    assert keys.count((2.5, "万亿元")) == 1
    assert {(3.6, "%"), (5.5, "%"), (42.0, "%")} <= set(keys)


def test_a_lead_restated_in_the_body_stays_twice() -> None:
    text = (
        "某区到2027年建成“15分钟健身圈”\n\n"
        "区政府办公室日前印发全民健身设施建设实施方案，到2027年，人均体育场地面积达3平方米以上。\n\n"
        "根据方案确定的总体目标，到2027年，全区健身环境明显改善，人均体育场地面积达3平方米以上。\n"
    )
    assert _keys(_targets(text)).count((3.0, "平方米")) == 2


@pytest.mark.parametrize(
    "goals",
    [
        "到2026年，城乡居民人均可支配收入分别增长5%、5%。",
        "2026年，力争全县规上工业增加值、固定资产投资分别增长8%、8%。",
    ],
)
def test_two_values_of_one_clause_stay_two(goals: str) -> None:
    text = "某县2026年经济社会发展计划\n发布时间：2026-02-01\n" + goals + "\n"
    assert len([t for t in _targets(text) if t["task_id"] is None]) == 2
