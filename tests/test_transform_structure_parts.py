"""Whole plans in 篇 / 章 / 节 (issue 15, round 7C): a 第X篇 holds chapters, a chapter holds
sections, and each keeps its label as printed in the task's path ("第二篇", "第三章", "第一节"),
outermost first; chapters numbered on across 篇 stay inside their 篇. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document
from transform.numbering import match_marker


def _paths(text: str) -> list[tuple[list[str], str | None]]:
    parsed = parse_document(text, source="x.txt", is_text=True)
    return [(t["path"], t["title"]) for t in parsed.tasks]


def test_a_part_marker_is_its_own_level():
    mk = match_marker("第二篇 建设现代产业体系")
    assert mk is not None and mk.kind == "part" and mk.label == "第二篇"
    chap = match_marker("第三章　做强先进制造业")
    assert chap is not None and chap.kind == "chap" and chap.label == "第三章"
    assert match_marker("第一部分 总体要求").label == "第一部分"


def test_chapters_inside_parts_keep_the_part_in_their_path():
    text = """某市国民经济和社会发展第十四个五年规划纲要
第一篇 总体要求
第一章 发展基础
“十三五”时期，全市经济实力显著增强。
第二章 发展目标
到2025年，地区生产总值达到900亿元。
第二篇 创新驱动
第三章 建设创新平台
第一节 培育创新主体
实施科技企业倍增计划，高新技术企业达到300家。
第二节 建设研发机构
新建省级以上研发机构20个。
第三篇 产业发展
第四章 做强先进制造业
第一节 壮大主导产业
推动装备制造产业集群发展，产值突破500亿元。
"""
    assert _paths(text) == [
        (["第二篇", "第三章", "第一节"], "培育创新主体"),
        (["第二篇", "第三章", "第二节"], "建设研发机构"),
        (["第三篇", "第四章", "第一节"], "壮大主导产业"),
    ]


def test_numbered_items_under_sections_of_a_part():
    text = """某县“十四五”农业农村现代化规划
第一篇 发展环境
第一章 现状与形势
农业综合生产能力稳步提升。
第二篇 主要任务
第二章 提升粮食安全保障能力
第一节 稳定粮食生产
一、加强耕地保护。新建高标准农田5万亩。
二、推广良种良法。主要农作物良种覆盖率达到98%。
第三章 发展乡村产业
第一节 做强特色产业
（一）发展茶产业。新增茶园1万亩。
"""
    assert _paths(text) == [
        (["第二篇", "第二章", "第一节", "一"], "加强耕地保护"),
        (["第二篇", "第二章", "第一节", "二"], "推广良种良法"),
        (["第二篇", "第三章", "第一节", "(一)"], "发展茶产业"),
    ]
