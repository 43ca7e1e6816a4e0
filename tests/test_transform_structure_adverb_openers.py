"""A section without numbered items whose heading opens with a set adverb before its verb
(一、坚定不移推进… / 毫不动摇… / 奋力… / 聚力… / 加速…) names work: it is a task like 一、推进… (lexicon
`task_verbs`). Topic headings and headings naming no work stay out."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _paths(text: str) -> set[tuple]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return {tuple(t["path"]) for t in doc.tasks}


@pytest.mark.parametrize(
    "opener",
    [
        "坚定不移加快现代产业体系建设",
        "毫不动摇巩固和发展公有制经济",
        "奋力推进县域经济高质量发展",
        "聚力打造区域消费中心城市",
        "加速推进新型工业化",
        "抢抓政策机遇扩大有效投资",
        "用好专项债券资金",
    ],
)
def test_a_section_opening_with_an_adverb_names_work(opener):
    text = (
        "某市2025年重点工作安排\n"
        f"一、{opener}\n"
        "全年新增规上工业企业50家，实施技术改造项目30个。\n"
        "二、持续改善城乡人居环境\n"
        "新建城市公园5个，改造老旧小区40个。\n"
        "三、保障措施\n"
        "各地各部门要加强组织领导。\n"
    )
    paths = _paths(text)
    assert ("一",) in paths and ("二",) in paths
    assert ("三",) not in paths


def test_a_news_report_in_traditional_characters():
    text = (
        "某市政府工作報告：今年重點抓好這些工作\n"
        "一、堅定不移推進產業轉型升級\n"
        "大力發展先進製造業，打造一批戰略性新興產業示範基地。\n"
        "二、全面提升城市品質\n"
        "新建改造道路20條，建設口袋公園30個。\n"
        "三、讓老百姓住得安心\n"
        "完善住房保障體系。\n"
    )
    paths = _paths(text)
    assert ("一",) in paths and ("二",) in paths


@pytest.mark.parametrize(
    "heading",
    ["坚定不移的总体要求", "主要目标"],
)
def test_topic_headings_stay_out(heading):
    text = (
        "某县2025年工作要点\n"
        f"一、{heading}\n"
        "到2025年，地区生产总值增长6%左右。\n"
        "二、推进园区建设\n"
        "新建标准厂房10万平方米。\n"
    )
    assert ("一",) not in _paths(text)
