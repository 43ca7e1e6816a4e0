"""A comparator or a verb printed right before the number is no part of the indicator: "农村居民人均
可支配收入超7万元" → 农村居民人均可支配收入 (>=), "城乡居民收入倍差缩小到1.67以内" → 城乡居民收入倍差 (<=)."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(line: str):
    text = "某县2026年乡村振兴工作要点\n一、重点任务\n1.促进农民增收。" + line + "（牵头单位：县农业农村局）\n"
    return {t["value"]: t for t in parse_document(text, source="p.txt", is_text=True).targets}


@pytest.mark.parametrize("line,value,indicator,cmp", [
    ("农村居民人均可支配收入超3.2万元。", 3.2, "农村居民人均可支配收入", ">="),
    ("全县村级集体经济收入超20万元的村达到60个。", 60.0, "村级集体经济收入超20万元的村", "="),
    ("城乡居民收入倍差缩小到1.8以内。", 1.8, "城乡居民收入倍差", "<="),
    ("城乡居民收入比缩小至1.75以内。", 1.75, "城乡居民收入比", "<="),
])
def test_a_comparator_before_the_number_is_no_part_of_the_indicator(line, value, indicator, cmp):
    got = _targets(line)[value]
    assert got["indicator"] == indicator and got["comparator"] == cmp


@pytest.mark.parametrize("subject", ["我省", "本省", "我镇", "全州"])
def test_the_place_that_commits_is_no_part_of_the_indicator(subject):
    text = f"某省2026年国土绿化工作要点\n{subject}将实现到2030年森林覆盖率达到27%以上。\n"
    got = {t["value"]: t for t in parse_document(text, source="p.txt", is_text=True).targets}
    assert got[27.0]["indicator"] == "森林覆盖率" and got[27.0]["year"] == 2030


@pytest.mark.parametrize("line,value,indicator", [
    ("新开发“护林员”[12]305个。", 305.0, "新开发“护林员”"),
    ("建成“共富工坊”[3]40家，培育“乡村CEO”[4]20名。", 40.0, "“共富工坊”"),
])
def test_a_footnote_mark_is_no_part_of_the_indicator(line, value, indicator):
    assert _targets(line)[value]["indicator"] == indicator


@pytest.mark.parametrize("line,value,indicator", [
    ("甲县今年将完成外墙瓷砖脱落整治1.2万平方米。", 1.2, "外墙瓷砖脱落整治"),
    ("乙镇年内将新建农村公路30公里。", 30.0, "农村公路"),
    ("该区将投资3亿元建设标准化厂房。", 3.0, "标准化厂房投资"),
])
def test_who_commits_before_will_is_no_part_of_the_indicator(line, value, indicator):
    assert _targets(line)[value]["indicator"] == indicator


def test_an_aside_after_the_number_is_no_noun():
    got = _targets("对农村公路危桥改造15座（其中：2座四类危桥、13座窄桥）。")
    assert got[15.0]["indicator"] == "农村公路危桥改造"
    assert got[13.0]["indicator"] == "窄桥"


@pytest.mark.parametrize("line,value", [
    ("到2030年底，60平方公里以上建成区面积达到海绵城市建设要求。", 60.0),
    ("到2028年，80%以上的行政村实现生活污水治理全覆盖。", 80.0),
])
def test_a_bound_whose_noun_reaches_a_standard_is_the_target(line, value):
    assert value in _targets(line)


def test_a_bound_before_a_counted_noun_still_qualifies_it():
    got = _targets("新增投资500万元以上技术改造项目25个以上。")
    assert 25.0 in got and 500.0 not in got
