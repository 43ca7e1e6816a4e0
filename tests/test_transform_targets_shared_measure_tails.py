"""A 分别 list of substances whose last item carries the measure ("二氧化硫、氮氧化物排放总量比2015年
分别下降15%、16%"): every substance shares that measure word, as the dev gold reads it
(二氧化硫(SO2)排放总量), and a "等主要污染物" before it names the group, not the measure."""
from __future__ import annotations

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, int | None]]:
    return [(t["indicator"], t["value"], t["baseline_year"]) for t in extract_targets(text, first_year=2016)]


def test_substances_share_the_emission_total():
    rows = _rows("到2020年，全县二氧化硫、氮氧化物排放总量比2015年分别削减15%、16%。")
    assert rows == [("二氧化硫排放总量", 15.0, 2015), ("氮氧化物排放总量", 16.0, 2015)]


def test_a_group_word_before_the_measure_is_dropped():
    rows = _rows(
        "到2020年，全市二氧化硫(SO2)、氮氧化物(NOX)和挥发性有机物(VOCs)等主要污染物排放总量"
        "比2015年分别下降15%、10%和26%。"
    )
    assert [r[0] for r in rows] == [
        "二氧化硫(SO2)排放总量",
        "氮氧化物(NOX)排放总量",
        "挥发性有机物(VOCs)排放总量",
    ]


def test_a_comparison_after_the_substances_and_the_emission_amount():
    rows = _rows("二氧化硫、氮氧化物排放量较2015年分别下降21%和15%以上。")
    assert [r[0] for r in rows] == ["二氧化硫排放量", "氮氧化物排放量"]
    assert all(r[2] == 2015 for r in rows)


def test_concentrations_in_a_provincial_style():
    rows = _rows("力争细颗粒物(PM2.5)、可吸入颗粒物(PM10)年均浓度分别控制在35微克/立方米、60微克/立方米以内。")
    assert [r[0] for r in rows] == ["细颗粒物(PM2.5)年均浓度", "可吸入颗粒物(PM10)年均浓度"]


def test_items_that_are_measures_of_their_own_share_nothing():
    rows = _rows("到2020年，单位GDP能耗和二氧化碳排放量比2015年分别下降15%、18%。")
    assert [r[0] for r in rows] == ["单位GDP能耗", "二氧化碳排放量"]
    rows = _rows("城镇污水处理率、生活垃圾无害化处理率分别达到95%、100%。")
    assert [r[0] for r in rows] == ["城镇污水处理率", "生活垃圾无害化处理率"]


def test_a_last_item_without_a_shared_measure_word_is_left_alone():
    rows = _rows("化学需氧量、氨氮、氮氧化物、挥发性有机物重点工程减排量较2025年分别完成5.1万吨、0.4万吨、1.2万吨、1.6万吨。")
    assert [r[0] for r in rows][1:3] == ["氨氮", "氮氧化物"]


def test_groups_of_the_same_shape_share_the_measure_of_the_last():
    rows = _rows("城镇居民、农村居民天然气气化率分别达100%、95%。")
    assert [r[0] for r in rows] == ["城镇居民天然气气化率", "农村居民天然气气化率"]
    rows = _rows("规上工业企业、限上商贸企业数量分别达到500家、300家。")
    assert [r[0] for r in rows] == ["规上工业企业数量", "限上商贸企业数量"]


def test_groups_of_another_shape_keep_their_own_names():
    rows = _rows("全区高新技术企业和科技型中小企业分别达到90家和870家。")
    assert [r[0] for r in rows] == ["高新技术企业", "科技型中小企业"]
