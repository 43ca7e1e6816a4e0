"""Fuzz: random and mutated text never makes extract_targets raise or return nonsense."""
from __future__ import annotations

import math
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transform.targets import COMPARATORS, extract_targets
from transform.unit_scale import PERCENT_UNITS

SAMPLES = [
    "到2025年，新能源新材料产业产值达到418亿元左右。（牵头部门：县发展和改革局）",
    "力争2023市级重点实验室达到20家以上。",
    "万元地区生产总值用水量、万元工业增加值用水量分别比2020年分别下降27%、10%。",
    "实施投资500万元以上技术改造项目25个以上，营业收入同比增长20%以上。",
    "建设1-2个特色专科，创作1或2部文艺作品，至少入选一人，完成百分之五十以上的改造。",
    "新建110千伏变电站1座、供电线路7.31公里；全县13个供电所；国发〔2022〕18号；5G；PM2.5。",
    "“八抓20条”《计划（2023—2025年）》由2020年的85%提高到90%，每年不少于5000场。",
]
KEYS = {"indicator", "value", "unit", "comparator", "change", "year", "baseline_year", "text",
        "value_std", "unit_std", "ambiguous"}
TOKENS = st.sampled_from(list("0123456789.,-~%万亿千百十一二两三个家项年到比下降增长以上以内左右约至或余多"
                                "（）()“”《》、，。；：:牵头单位 \n\tａ１２%％") + ["个百分点", "亿元", "2025年"])


def check(text: str, **kw) -> None:
    rows = extract_targets(text, **kw)
    assert isinstance(rows, list)
    for r in rows:
        assert set(r) == KEYS
        signed = r["unit"] in PERCENT_UNITS  # a share may be set below zero (控制在-2.5‰以上), nothing else
        assert isinstance(r["value"], float) and math.isfinite(r["value"]) and (signed or r["value"] >= 0)
        assert r["value_std"] is None or (math.isfinite(r["value_std"]) and (signed or r["value_std"] >= 0))
        assert r["comparator"] in COMPARATORS
        assert r["change"] in (None, "increase", "decrease")
        assert r["year"] is None or isinstance(r["year"], int)
        assert isinstance(r["unit"], str) and isinstance(r["text"], str)
        assert isinstance(r["ambiguous"], bool)


@st.composite
def mutated(draw):
    base = draw(st.sampled_from(SAMPLES))
    chars = list(base)
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["del", "ins", "dup"]))
        i = draw(st.integers(0, max(0, len(chars) - 1)))
        if op == "del" and chars:
            del chars[i]
        elif op == "ins":
            chars.insert(i, draw(TOKENS))
        elif chars:
            chars.insert(i, chars[i])
    return "".join(chars)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TOKENS, max_size=120).map("".join), st.one_of(st.none(), st.integers(1990, 2060)))
def test_random_text_never_crashes(text, year):
    check(text, annual_year=year)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_plan_text_never_crashes(text):
    check(text)
    check(text, default_year=2025)


@pytest.mark.slow
@settings(max_examples=int(os.environ.get("PLANWATCH_FUZZ_EXAMPLES", "3000")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(mutated(), st.text(max_size=400), st.lists(TOKENS, max_size=400).map("".join)))
def test_fuzz_campaign(text):
    check(text, annual_year=2023)


def test_huge_numbers_are_dropped_not_infinite():
    check("新增" + "9" * 400 + "个企业，达到" + "9" * 330 + "万亿元以上。")


@pytest.mark.parametrize("text", [
    "一" * 20000, "1" * 20000, "1一" * 10000, "百分之" * 5000, "“" * 20000 + "5个",
    "新建5个，" * 3000, "10个、" * 3000, "新建公园5个和绿道" * 2000, "指标 | 亿元 | 5\n" * 2000,
])
def test_long_degenerate_runs(text):
    """Long runs of numerals, quotes or list items: handled in linear time (a quadratic
    regression would hit the test timeout), results still well-formed."""
    check(text)
