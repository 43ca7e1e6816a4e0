"""Units in other spellings: a concentration with a plain u for micro (41ug/m³, 35ug/m3: how
many county pages type μg/m³) is a unit like μg/m³, so the figure is read with its comparator;
美金/港元 are currencies and EFLOPS/PFLOPS (capitals) units of compute."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize("text,value,unit,cmp", [
    ("确保细颗粒物(PM2.5)浓度下降至41ug/m³以下", 41, "ug/m³", "<="),
    ("全年PM2.5平均浓度控制在35ug/m3以内", 35, "ug/m3", "<="),
    ("到2025年，PM10年均浓度降至 55ug/m3 左右", 55, "ug/m3", "~"),
])
def test_a_plain_u_concentration_is_read(text, value, unit, cmp):
    (t,) = extract_targets(text)
    assert (t["value"], t["unit"], t["comparator"]) == (value, unit, cmp)
    assert "浓度" in t["indicator"]


@pytest.mark.parametrize("text,value,unit", [
    ("实际利用外资5000万美金", 5000, "万美金"),
    ("吸引港资10亿港元以上", 10, "亿港元"),
    ("算力规模达到5EFLOPS", 5, "EFLOPS"),
    ("智能算力达到300PFLOPS", 300, "PFLOPS"),
])
def test_currencies_and_compute_units_in_other_spellings(text, value, unit):
    (t,) = extract_targets(text)
    assert (t["value"], t["unit"]) == (value, unit)
