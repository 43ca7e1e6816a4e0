"""An outer-level marker that starts its series after inner items: `（一）` following `1. 2. 3.`
inside a `一、` section heads the next part of that section (the conventional order is
一、 > （一） > 1. > （1）), so it is the section's child, not a sub-item of the last `1.` item.
Inner markers after `1.` items (（1）, ①) still nest under them."""

from __future__ import annotations

from transform.document import parse_document


def _paths(text: str) -> list[list[str]]:
    return [t["path"] for t in parse_document(text, source="t.txt", is_text=True).tasks]


def test_parenthesised_numeral_after_dot_items_is_the_sections_child():
    paths = _paths(
        "某县2024年乡村振兴工作方案\n"
        "一、工作机构\n"
        "县乡村振兴工作专班下设办公室，主要职责：\n"
        "1.统筹协调全县乡村振兴各项工作；\n"
        "2.督促检查各项任务落实；\n"
        "（一）产业发展组\n"
        "负责全县特色产业培育工作。\n"
        "（二）人居环境组\n"
        "负责农村人居环境整治工作。\n"
        "二、重点任务\n"
        "（一）发展特色种植。新增高效农业基地5个。（牵头单位：县农业农村局）\n"
    )
    assert paths == [["一", "1"], ["一", "2"], ["一", "(一)"], ["一", "(二)"], ["二", "(一)"]]


def test_the_rule_in_a_chapter_outline():
    paths = _paths(
        "某市城市更新三年行动计划\n"
        "第一章 组织保障\n"
        "（一）建立工作专班。\n"
        "（二）完善推进机制。\n"
        "一、市级统筹\n"
        "1.制定年度计划。\n"
        "第二章 主要任务\n"
        "一、老旧小区改造\n"
        "1.改造老旧小区120个。\n"
    )
    assert paths == [["第一章", "(一)"], ["第一章", "(二)"], ["第一章", "一", "1"], ["第二章", "一", "1"]]


def test_inner_markers_after_dot_items_still_nest():
    paths = _paths(
        "某区2025年生态环境保护工作要点\n"
        "一、大气污染防治\n"
        "1.加强扬尘管控。\n"
        "（1）建筑工地落实六个百分之百。\n"
        "（2）道路机扫率达到90%。\n"
        "2.推进VOCs治理。\n"
        "①完成重点企业治理10家。\n"
        "②建成监测站点3个。\n"
    )
    assert paths == [["一", "1", "(1)"], ["一", "1", "(2)"], ["一", "2", "①"], ["一", "2", "②"]]


def test_a_parenthesised_numeral_continuing_its_series_is_unchanged():
    paths = _paths(
        "某镇2024年安全生产工作计划\n"
        "一、主要任务\n"
        "（一）开展隐患排查。\n"
        "1.排查企业100家。\n"
        "2.整改隐患200处。\n"
        "（二）强化宣传教育。\n"
        "1.开展宣传活动10场。\n"
    )
    assert paths == [["一", "(一)", "1"], ["一", "(一)", "2"], ["一", "(二)", "1"]]
