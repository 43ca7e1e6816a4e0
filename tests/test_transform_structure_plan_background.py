"""The opening chapters of a whole plan in 章/节 (issue 15, round 7C): what comes before its first
topic heading (总体要求, 指导思想, 发展目标 …) reviews the past period and the setting, under
headings of any wording ("第一章 乘势而上迈向新征程 / 第一节 如期全面建成小康社会"): no tasks.
The chapters after it hold the plan's work. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document


def _paths(text: str) -> list[list[str]]:
    return [t["path"] for t in parse_document(text, source="x.txt", is_text=True).tasks]


def test_chapters_before_the_general_requirements_are_background():
    text = """某县国民经济和社会发展第十四个五年规划纲要
第一章 乘势而上迈向新征程
第一节 如期全面建成小康社会
“十三五”时期，全县地区生产总值年均增长7.5%，规划目标任务基本完成。
第二节 准确把握发展环境
当前和今后一个时期，我县发展仍处于重要战略机遇期。
第二章 总体要求
第一节 指导思想
坚持稳中求进工作总基调。
第三章 做强实体经济
第一节 壮大先进制造业
推动装备制造产业集群发展，产值突破200亿元。
第二节 发展现代服务业
新增规上服务业企业50家。
"""
    assert _paths(text) == [["第三章", "第一节"], ["第三章", "第二节"]]


def test_sections_before_the_first_topic_section_of_the_first_chapter():
    text = """某市“十四五”城市建设规划
第一章 规划背景
第一节 砥砺奋进的五年
过去五年，全市城市建设取得显著成效。
第二节 面临的机遇挑战
城市发展面临新的形势。
第三节 指导思想
以人民为中心。
第二章 完善城市功能
第一节 建设城市道路
新改建城市道路80公里。
"""
    assert _paths(text) == [["第二章", "第一节"]]


def test_a_plan_without_a_topic_heading_keeps_its_chapters():
    text = """某县2024年重点项目建设方案
第一章 交通项目
第一节 高速公路
建成某某高速公路30公里。
第二章 水利项目
第一节 水库建设
新建小型水库2座。
"""
    assert _paths(text) == [["第一章", "第一节"], ["第二章", "第一节"]]


def test_a_section_on_the_base_and_the_setting_is_a_topic():
    text = """某县“十四五”安全生产规划
一、基础与形势
（一）“十三五”安全生产
全县未发生较大以上生产安全事故。
（二）面临的挑战
风险隐患依然突出。
二、主要任务
（一）强化源头管控。完成隐患整治200处。
"""
    assert _paths(text) == [["二", "(一)"]]


def test_work_chapters_before_a_late_goals_chapter_stay_work():
    text = """某县2024年重点项目建设方案
第一章 交通项目
第一节 高速公路
建成某某高速公路30公里。
第二章 水利项目
第一节 水库建设
新建小型水库2座。
第三章 能源项目
第一节 光伏电站
建成光伏电站2座。
第四章 目标要求
全年完成投资50亿元。
"""
    assert _paths(text)[:3] == [["第一章", "第一节"], ["第二章", "第一节"], ["第三章", "第一节"]]
