"""Measure words of sectors the unit lexicon did not know (round 13B): buses in 标台, containers in
标准箱, loans in 笔, noise in 分贝/dB, freight in 吨公里, trips in 趟/艘次; and 起降 (flights taking off
and landing) is no decrease. Data: lexicons/target_units.toml, targets_comparators.toml.
Examples are invented."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _vu(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("到2026年，全市更新新能源公交车180标台。", [(180.0, "标台")]),
        ("新增城乡公交车辆45标台，开通线路3条。", [(45.0, "标台"), (3.0, "条")]),
        ("内河港口集装箱吞吐量达到12万标准箱。", [(12.0, "万标准箱")]),
        ("发放创业担保贷款850笔以上。", [(850.0, "笔")]),
        ("全年办理首贷业务2000笔、金额15亿元。", [(2000.0, "笔"), (15.0, "亿元")]),
        ("夜间道路交通噪声控制在55分贝以下。", [(55.0, "分贝")]),
        ("功能区昼间噪声平均值不高于60dB(A)。", [(60.0, "dB")]),
        ("水路货物周转量达到45亿吨公里。", [(45.0, "亿吨公里")]),
        ("旅客周转量达到8亿人公里左右。", [(8.0, "亿人公里")]),
        ("开通城际动车每日16趟。", [(16.0, "趟")]),
        ("完成内河船舶安全检查1200艘次。", [(1200.0, "艘次")]),
    ],
)
def test_sector_measure_words_are_units(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "运输机场航班起降达到2.6万架次。",
        "通用机场全年起降5000架次以上。",
    ],
)
def test_take_offs_and_landings_are_no_decrease(text):
    rows = extract_targets(text)
    assert len(rows) == 1 and rows[0]["change"] is None


def test_a_real_decrease_stays_one():
    rows = extract_targets("重污染天数减少3天。")
    assert [(r["value"], r["unit"], r["change"]) for r in rows] == [(3.0, "天", "decrease")]


def test_score_points_stay_apart_from_decibels():
    # 分 alone is still a score in parentheses, 分贝 a level of noise
    assert _vu("完成噪声治理任务（2分）。") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("到2025年，省际出口带宽达到120Tbps。", [(120.0, "Tbps")]),
        ("智能算力规模超过200PFLOPS。", [(200.0, "PFLOPS")]),
        ("新建安置房建筑面积6.2万m2。", [(6.2, "万m2")]),
        ("完成老旧小区改造面积35万㎡。", [(35.0, "万㎡")]),
        ("新建调蓄池容积1.5万m3，雨污分流管网8㎞。", [(1.5, "万m3"), (8.0, "㎞")]),
        ("政务外网时延控制在20毫秒以内。", [(20.0, "毫秒")]),
    ],
)
def test_symbols_of_digital_and_building_measures_are_units(text, expected):
    assert _vu(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("新打机电井120口，整治山塘50口。", [(120.0, "口"), (50.0, "口")]),
        ("新建户用沼气池300口以上。", [(300.0, "口")]),
        ("保障房按3口之家标准设计。", []),
        ("常住人口达到120万人。", [(120.0, "万人")]),
    ],
)
def test_kou_counts_wells_and_pools_not_households(text, expected):
    assert _vu(text) == expected
