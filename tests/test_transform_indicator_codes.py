"""The indicator catalogue: targets get a stable code and group from their phrase and unit."""
from __future__ import annotations

import pytest

from transform import indicator_codes
from transform.indicator_codes import assign
from transform.lexicons import table


@pytest.mark.parametrize("indicator, unit, unit_std, code", [
    ("地区生产总值", "亿元", "元", "GDP"),
    ("地区生产总值年均", "%", "%", "GDP"),
    ("规上工业增加值", "%", "%", "INDUSTRIAL_VALUE_ADDED"),
    ("固定资产投资", "%", "%", "FIXED_ASSET_INVESTMENT"),
    ("社会消费品零售总额", "亿元", "元", "RETAIL_SALES"),
    ("一般公共预算收入", "亿元", "元", "BUDGET_REVENUE"),
    ("居民人均可支配收入", "%", "%", "DISPOSABLE_INCOME"),
    ("农村居民人均可支配收入", "元", "元", "RURAL_DISPOSABLE_INCOME"),
    ("粮食产量", "亿斤", "斤", "GRAIN_OUTPUT"),
    ("建成高标准农田", "万亩", "亩", "HIGH_STANDARD_FARMLAND"),
    ("森林覆盖率", "%", "%", "FOREST_COVERAGE"),
    ("单位GDP能耗", "%", "%", "ENERGY_PER_GDP"),
    ("细颗粒物(PM2.5)浓度", "微克/立方米", "微克/立方米", "PM25"),
    ("城镇新增就业", "万人", "人", "NEW_URBAN_JOBS"),
    ("新增学位", "个", "个", "SCHOOL_PLACES"),
    ("养老床位", "张", "张", "ELDERLY_CARE_BEDS"),
    ("充电桩", "个", "个", "EV_CHARGERS"),
])
def test_the_indicators_plans_use_have_codes(indicator, unit, unit_std, code):
    assert assign(indicator, unit, unit_std)[0] == code


def test_the_unit_tells_an_output_value_from_a_count_of_enterprises():
    assert assign("新能源新材料产业产值", "亿元", "元") == ("OUTPUT_VALUE", "industry")
    assert assign("产值过亿元工业企业", "家", "家")[0] == "BILLION_YUAN_ENTERPRISES"
    assert assign("产值", "家", "家")[0] is None  # 产值 counted in 家 is not an output value


def test_the_longest_phrase_wins_so_intensities_are_not_gdp():
    assert assign("万元地区生产总值能耗量", "%", "%")[0] == "ENERGY_PER_GDP"
    assert assign("万元地区生产总值用水量", "%", "%")[0] == "WATER_PER_GDP"
    assert assign("万元地区生产总值二氧化碳排放", "%", "%")[0] is None  # excluded from GDP
    assert assign("人均地区生产总值", "元", "元")[0] == "GDP_PER_CAPITA"


def test_unknown_indicators_and_units_stay_null():
    assert assign("各类文化惠民活动", "场", "场") == (None, None)
    assert assign(None, "%", "%") == (None, None)
    assert assign("粮食产量", "", "") == (None, None)  # no unit: not comparable


def test_the_catalogue_is_consistent():
    data = table("indicator_catalogue")
    assert indicator_codes.version() == data["version"] and data["version"]
    codes = [e["code"] for e in data["indicator"]]
    assert len(codes) == len(set(codes)), "a code is used twice"
    classes = set(data["units"])
    for e in data["indicator"]:
        assert e["group"] in data["groups"], e["code"]
        assert set(e["units"]) <= classes, e["code"]
        assert e["match"] and e["name"], e["code"]
    assert set(indicator_codes.group_labels()) == set(data["groups"])


def test_parsed_targets_carry_the_codes(shared_dir):
    from transform.files import parse_files
    from transform.tables import build_tables

    seeds = [str(p) for p in sorted((shared_dir / "seeds").glob("*.txt"))]
    targets = build_tables(parse_files(seeds)[0])["targets"]
    coded = targets.filter(targets["indicator_code"].is_not_null())
    assert coded.height > targets.height / 3
    assert set(coded.filter(coded["indicator_code"] == "OUTPUT_VALUE")["unit_std"].to_list()) == {"元"}
    assert (coded["indicator_group"].is_null()).sum() == 0
