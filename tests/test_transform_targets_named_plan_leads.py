"""A news lead that names the plan in 《》 and states its figures ("…印发《某行业稳增长工作方案
（2025—2026年）》，提出力争…增速达到3.5%左右，到2026年营业收入突破10万亿元") is a goal line of the
page, even when the page's plan title is that name: only a line that IS the title (the title
printed alone, with a date or a mark) is skipped (audit round 18B: a 部委 news copy of a 稳增长
工作方案 lost both of its figures because its lead contained the plan title). Examples are
invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str) -> list[dict]:
    return parse_document(text, source="x.txt", is_text=True).targets


_ITEMS = (
    "《工作方案》明确从供需两侧协同发力，提出3方面12项重点任务。一是扩大有效需求，激活存量需求潜力。"
    "二是提升供给能力，推动产业创新。三是激发增长活力，优化发展环境。\n"
)


@pytest.mark.parametrize(
    "lead, values",
    [
        (
            "据某部网站消息，近日，某部等五部门联合印发《纺织行业稳增长工作方案（2025—2026年）》，"
            "提出2025—2026年力争纺织行业营业收入平均增速达到4%左右，到2026年营业收入突破6万亿元等目标。\n",
            {4.0, 6.0},
        ),
        (
            "本报讯 日前，某省政府办公厅印发《某省建材行业稳增长工作方案（2025—2026年）》，明确到2026年，"
            "全省建材行业营业收入达到2500亿元以上，培育百亿级企业5家。\n",
            {2500.0, 5.0},
        ),
        (
            "近日，某市印發《某市家居產業穩增長工作方案（2025—2026年）》，提出力爭到2026年家居產業規模突破800億元。\n",
            {800.0},
        ),
    ],
    ids=["ministry-lead", "province-daily", "traditional"],
)
def test_a_lead_naming_the_plan_keeps_its_figures(lead, values):
    got = _targets(lead + _ITEMS)
    assert values <= {t["value"] for t in got}, got
    assert all(t["task_id"] is None for t in got if t["value"] in values), got


def test_the_title_line_alone_gives_no_target():
    text = (
        "某县农机产业稳增长工作方案（2025—2026年）\n"
        "为推动农机产业稳定增长，制定本方案。\n"
        "一、重点任务\n"
        "（一）扩大需求。到2026年，农机产业产值达到30亿元。\n"
        "（二）优化供给。培育骨干企业3家。\n"
    )
    got = _targets(text)
    assert {t["value"] for t in got} == {30.0, 3.0}, got
