"""The opening chapter of a whole plan whose page stops before its general requirements (round
12E): "第一章 乘势而上迈向新征程 / 第一节 如期全面建成小康社会 / “十三五”时期，…" reviews the period
before the plan's own, so it holds no tasks even without a topic heading after it. Examples are
invented."""

from __future__ import annotations

from transform.document import parse_document


def _tasks(text: str) -> list[tuple[list[str], str | None]]:
    return [(t["path"], t["title"]) for t in parse_document(text, source="x.txt", is_text=True).tasks]


def test_a_section_reviewing_the_period_before_the_plan():
    text = """某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
某县人民政府
2021年3月
第一章 乘势而上迈向新征程
第一节 如期全面建成小康社会
“ 十三五 ” 时期，面对错综复杂的外部环境，全县上下砥砺前行，规划目标任务基本完成。
综合实力跨上新台阶。“十三五”期间全县地区生产总值年均增长7.5%，
"""
    assert _tasks(text) == []


def test_a_chapter_text_after_the_15th_plan_title():
    text = """某市“十五五”现代服务业发展规划
第一章 开启服务业高质量发展新征程
“十四五”以来，全市服务业增加值年均增长6%，新增规上服务业企业120家。
第二章 建设现代服务业体系
第一节 做强生产性服务业
到2030年，生产性服务业增加值突破800亿元。
第二节 提升生活性服务业
培育市级夜间经济集聚区10个。
"""
    assert _tasks(text) == [(["第二章", "第一节"], "做强生产性服务业"), (["第二章", "第二节"], "提升生活性服务业")]


def test_the_five_years_past():
    text = """某区国民经济和社会发展第十五个五年规划纲要
第一章 砥砺奋进谱写新篇章
第一节 发展成效显著
过去五年，全区经济总量迈上千亿台阶。
"""
    assert _tasks(text) == []


def test_traditional_characters():
    text = """某縣國民經濟和社會發展第十四個五年規劃綱要
第一章 乘勢而上邁向新征程
第一節 如期全面建成小康社會
“十三五”時期，全縣上下奮發有為，規劃目標任務基本完成。
"""
    assert _tasks(text) == []


def test_the_plans_own_period_is_work():
    text = """某县国民经济和社会发展第十四个五年规划纲要
第一章 做强现代农业
第一节 稳定粮食生产
“十四五”时期，全县粮食播种面积稳定在60万亩以上。
"""
    assert _tasks(text) == [(["第一章", "第一节"], "稳定粮食生产")]


def test_a_plan_of_three_chapters_without_topic_headings_is_read_as_before():
    text = """某县国民经济和社会发展第十四个五年规划纲要
第一章 做强现代农业
“十三五”期间，全县粮食产量稳定在40万吨。到2025年，建成高标准农田10万亩。
第二章 壮大工业经济
新增规上工业企业30家。
第三章 繁荣服务业
新增限上商贸企业20家。
"""
    assert [p for p, _t in _tasks(text)] == [["第一章"], ["第二章"], ["第三章"]]


def test_a_page_naming_no_period_is_read_as_before():
    text = """某县农业发展规划
第一章 做强现代农业
第一节 稳定粮食生产
“十三五”期间，全县粮食产量稳定在40万吨。
"""
    assert _tasks(text) == [(["第一章", "第一节"], "稳定粮食生产")]


def test_the_chapter_sets_the_scene_and_its_first_section_reviews():
    text = """某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
第一章 全面建成小康社会，开启全面建设社会主义现代化新征程
“十四五”时期，是开启全面建设社会主义现代化新征程的开局五年。
第一节 决胜全面建成小康社会取得决定性成就
“十三五”时期，是全县决战脱贫攻坚、全面建成小康社会的决胜阶段。
"""
    assert _tasks(text) == []
