"""In a plan without numbered items, a line that opens the goals of a five-year period and ends
with a colon ("“十四五”时期全县工业发展的主要目标是：") heads the bullets below it: they go on with
its sentence, so the period dates their figures (2025), as "到2025年，…" does for the bullets after
it. A period before the plan's (a review of “十三五”) dates nothing. Examples are invented (audit
round 12C)."""
from __future__ import annotations

from transform.document import parse_document


def _targets(text: str) -> list[tuple]:
    parsed = parse_document(text.encode(), source="t.txt", is_text=True)
    return [(t["value"], t["unit"], t["year"]) for t in parsed.targets]


def test_bullets_under_a_period_goals_cue_take_its_year():
    text = (
        "某县“十四五”工业发展规划\n“十四五”时期全县工业发展的主要目标是：\n"
        "——产业规模持续扩大。规上工业增加值年均增长8%，工业总产值突破500亿元。\n"
        "——创新能力显著增强。研发经费投入强度提高到2.5%。\n"
    )
    assert _targets(text) == [(8.0, "%", 2025), (500.0, "亿元", 2025), (2.5, "%", 2025)]


def test_a_fifteenth_plan_cue_and_lines_without_bullets():
    text = (
        "某市“十五五”生态环境保护规划\n“十五五”期间主要目标：\n"
        "——细颗粒物平均浓度控制在28微克/立方米以内，优良天数比率达到92%。\n"
        "——地表水国控断面水质优良比例稳定在90%以上，森林覆盖率稳定在45%。\n"
    )
    assert {r[2] for r in _targets(text)} == {2030}
    assert len(_targets(text)) == 4


def test_a_review_period_cue_dates_nothing():
    text = (
        "某县“十四五”工业发展规划\n“十三五”时期全县工业发展的主要目标是：\n"
        "——规上工业增加值年均增长9%，工业总产值突破300亿元。\n"
    )
    assert all(r[2] != 2020 for r in _targets(text))
