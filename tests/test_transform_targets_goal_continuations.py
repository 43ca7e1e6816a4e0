"""A goals paragraph whose figures go on in the next line without a horizon or cue of their own
("到2030年，经济社会发展全面绿色转型取得显著成效。" then "单位地区生产总值二氧化碳排放比2005年下降
70%以上；非化石能源消费比重达到30%左右…"): the line goes on with the goals above it and takes
their year. A line after it that reviews the past or names an earlier year is none of it.
Examples are invented."""

from __future__ import annotations

from transform.document import parse_document


def _rows(text: str) -> list[tuple]:
    parsed = parse_document(text, source="x.txt", is_text=True)
    return [(t["indicator"], t["value"], t["year"]) for t in parsed.targets]


PLAN = """某省碳达峰实施方案
为推动全省碳达峰工作，制定本方案。
到2025年，全省单位地区生产总值能源消耗比2020年下降14%，非化石能源消费比重达到20%左右。
到2030年，经济社会发展全面绿色转型取得显著成效，重点耗能行业能源利用效率达到国内先进水平。
单位地区生产总值二氧化碳排放比2005年下降70%以上；非化石能源消费比重达到30%左右，森林覆盖率达到45%。
"""


def test_the_next_line_goes_on_with_the_goals_above():
    rows = _rows(PLAN)
    assert ("单位地区生产总值二氧化碳排放", 70.0, 2030) in rows
    assert ("非化石能源消费比重", 30.0, 2030) in rows
    assert ("森林覆盖率", 45.0, 2030) in rows


def test_a_line_of_the_past_after_the_goals_is_none():
    text = PLAN + "“十三五”以来，全省森林覆盖率提高到42%，非化石能源消费比重达到16%。\n"
    values = {r[1] for r in _rows(text)}
    assert not values & {42.0, 16.0}


def test_a_line_after_prose_without_a_horizon_is_not_read():
    text = """某县农业农村工作要点
全县农业生产总体平稳，粮食生产稳中有增。
粮食播种面积稳定在45万亩，新建高标准农田3万亩。
"""
    text2 = text.replace("全县农业生产总体平稳，粮食生产稳中有增。", "到2025年，全县农业生产总体平稳。")
    assert 3.0 not in {r[1] for r in _rows(text)}
    assert (None, 3.0, 2025) in [(None, r[1], r[2]) for r in _rows(text2)]


def test_a_line_naming_a_past_period_after_the_goals_is_none():
    text = """某省林业发展规划
规划提出,到2025年全省森林覆盖率达到45%,森林蓄积量达到2.1亿立方米。
规划显示,“十三五”期间全省生态状况明显改善。森林覆盖率达到43%,湿地保护率达到52%,300多种濒危野生动植物种群数量稳中有升。
"""
    values = {r[1] for r in _rows(text)}
    assert values == {45.0, 2.1}


DASH_PLAN = """某市推动制造业高质量发展三年行动计划(2023-2025年)
到2025年,现代化产业体系不断夯实,工业增加值超过1.3万亿元。
——高端制造引领功能大幅提升。战略性新兴产业产值占规模以上工业总产值比重达45%,工业劳动生产率超过50万元/人。
——营商环境持续优化,企业活力不断增强。
——数字化转型成效明显。规模以上制造业企业数字化转型比例达80%以上,工业机器人使用密度力争达360台/万人。
2022年,全市工业增加值达到1.1万亿元。
"""


def test_dash_bullets_after_a_horizon_take_its_year():
    rows = _rows(DASH_PLAN)
    for value in (1.3, 45.0, 50.0, 80.0, 360.0):
        assert (value, 2025) in [(r[1], r[2]) for r in rows], rows
    assert 1.1 not in {r[1] for r in rows}
