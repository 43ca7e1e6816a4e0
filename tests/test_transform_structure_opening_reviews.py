"""The opening section of a plan or a 建议 that reviews the five-year period before its own (round
12E): "一、“十四五”时期发展取得重大成就，开启…新征程 / 1.“十四五”时期发展取得重大成就。… / 2.面临的
发展环境 / 3.指导思想 / 4.主要目标" sets the scene for the work: none of its items is a task, and
its goals are kept with no task. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document


def _parse(text: str) -> tuple[list[list[str]], list[tuple[list[str] | None, float]]]:
    r = parse_document(text, source="x.txt", is_text=True)
    paths = {t["task_id"]: t["path"] for t in r.tasks}
    return [t["path"] for t in r.tasks], [(paths.get(g["task_id"]), g["value"]) for g in r.targets]


def test_items_numbered_through_the_sections():
    text = """中共某市委关于制定某市国民经济和社会发展第十五个五年规划的建议
中国共产党某市第十三届委员会第八次全体会议提出如下建议。
一、“十四五”时期发展取得重大成就，开启现代化建设新征程
1.“十四五”时期发展取得重大成就。五年来，全市地区生产总值突破3000亿元。
2.“十五五”时期面临的发展环境。当前和今后一个时期，我市发展面临新的机遇。
3.“十五五”时期经济社会发展的指导思想。坚持稳中求进工作总基调。
4.“十五五”时期经济社会发展的主要目标。到2030年，地区生产总值达到4000亿元。
二、建设现代化产业体系
5.做强先进制造业。到2030年，规上工业产值突破5000亿元。
6.发展现代服务业。新增规上服务业企业300家。
"""
    paths, targets = _parse(text)
    assert paths == [["二", "5"], ["二", "6"]]
    assert (None, 4000) in targets and all(v != 3000 for _p, v in targets)


def test_the_first_sub_section_reviews():
    text = """中共某县委关于制定某县国民经济和社会发展第十五个五年规划的建议
一、开启全面建设社会主义现代化新征程
（一）“十四五”时期发展取得重大成就。五年来，全县经济总量迈上新台阶。
（二）“十五五”时期面临的形势。我县发展仍处于重要战略机遇期。
二、加快建设现代化产业体系
（三）做强先进制造业。到2030年，工业产值突破1000亿元。
"""
    assert _parse(text)[0] == [["二", "(三)"]]


def test_a_section_reviewing_the_13th_period_in_a_14th_plan():
    text = """某区国民经济和社会发展第十四个五年规划纲要
一、“十三五”发展回顾
（一）综合实力显著增强。全区生产总值年均增长8%。
（二）城乡面貌明显改善。
二、重点任务
（一）壮大数字经济。数字经济核心产业增加值达到200亿元。
"""
    assert _parse(text)[0] == [["二", "(一)"]]


def test_the_plans_own_period_opens_work():
    text = """某县“十五五”农业农村现代化规划
一、“十五五”时期重点任务
1.建设高标准农田。新建高标准农田5万亩。
2.发展特色产业。培育省级龙头企业3家。
"""
    assert _parse(text)[0] == [["一", "1"], ["一", "2"]]


def test_an_earlier_period_named_without_a_review_is_work():
    text = """某县“十五五”文化事业发展规划
一、巩固提升公共文化服务
1.“十四五”时期建成的文化场馆提质增效。改造乡镇综合文化站10个。
2.建设城市书房。新建城市书房20个。
"""
    assert _parse(text)[0] == [["一", "1"], ["一", "2"]]


def test_a_title_naming_no_period_is_read_as_before():
    text = """某县农业发展三年行动方案
一、“十四五”时期发展成就
1.稳定粮食生产。粮食产量稳定在40万吨。
"""
    assert _parse(text)[0] == [["一", "1"]]


def test_the_first_item_text_is_a_review_only():
    text = """某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
某县人民政府
一、开启全面建设社会主义现代化新征程
（一）全面建设小康社会如期实现
“十三五”以来，全县经济社会取得长足发展。全县地区生产总值从2015 年末的57.02 亿元增长到2020 年的78.93 亿元。
（二）发展环境深刻变化
当前和今后一个时期，我县发展仍处于重要战略机遇期。
"""
    assert _parse(text)[0] == []


def test_a_first_item_reviewing_then_committing_is_work():
    text = """某县“十五五”粮食安全保障规划
一、巩固提升粮食产能
（一）稳定粮食播种面积
“十四五”期间，全县粮食播种面积稳定在80万亩。到2030年，粮食播种面积稳定在82万亩以上。
（二）建设高标准农田
新建高标准农田5万亩。
"""
    assert _parse(text)[0] == [["一", "(一)"], ["一", "(二)"]]
