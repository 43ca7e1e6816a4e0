"""A heading naming two topics after 的 (round 12E): "二、“十五五”时期经济社会发展的指导思想和主要目标"
holds the plan's guiding ideas and goals, as "二、指导思想和主要目标" does: its items are no tasks.
Examples are invented."""

from __future__ import annotations

from transform.document import parse_document


def _paths(text: str) -> list[list[str]]:
    return [t["path"] for t in parse_document(text, source="x.txt", is_text=True).tasks]


def test_guiding_ideas_and_goals_of_the_period():
    text = """中共某省委关于制定国民经济和社会发展第十五个五年规划的建议
二、“十五五”时期经济社会发展的指导思想和主要目标
（3）“十五五”时期经济社会发展的指导思想。坚持以习近平新时代中国特色社会主义思想为指导。
（4）“十五五”时期经济社会发展必须遵循的原则。坚持党的全面领导。
（5）“十五五”时期经济社会发展的主要目标。到2030年，居民收入增长与经济增长同步。
三、建设现代化产业体系
（6）优化提升传统产业。到2030年，制造业增加值占比保持基本稳定。
（7）培育壮大新兴产业。战略性新兴产业增加值占比达到20%。
"""
    assert _paths(text) == [["三", "(6)"], ["三", "(7)"]]


def test_joined_by_与_and_goals_kept():
    text = """某县“十五五”生态环境保护规划
一、规划实施的总体要求与主要目标
1.总体要求。坚持生态优先、绿色发展。
2.主要目标。到2030年，空气质量优良天数比率达到90%。
二、重点任务
1.打好蓝天保卫战。淘汰燃煤锅炉20台。
"""
    r = parse_document(text, source="x.txt", is_text=True)
    assert [t["path"] for t in r.tasks] == [["二", "1"]]
    assert any(t["task_id"] is None and t["value"] == 90 for t in r.targets)


def test_a_heading_of_work_after_的_stays_work():
    text = """某县“十五五”交通运输发展规划
一、加快建设的重点项目和重大工程
1.建设高速公路。建成高速公路45公里。
2.改造农村公路。新改建农村公路500公里。
"""
    assert _paths(text) == [["一", "1"], ["一", "2"]]
