"""A generic measure word alone before the number ("数量为500个", "总数达到30家", "个数不少于12个")
names no indicator: what is counted is the work or thing named in the clause just before it
("实施城市更新项目，数量为500个")."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    "text, indicator",
    [
        ("今年要实施城市更新项目，数量为500个。", "城市更新项目"),
        ("新建村级综合服务站，数量不少于120个。", "村级综合服务站"),
        ("培育省级专精特新企业，总数达到30家。", "省级专精特新企业"),
        ("全县推进农村危房改造，户数不少于800户。", "农村危房改造"),
        ("建设乡镇污水处理设施, 个数达到 12 个。", "乡镇污水处理设施"),
    ],
)
def test_a_generic_measure_word_takes_what_the_clause_before_names(text, indicator):
    found = extract_targets(text, annual_year=2025)
    assert found and found[-1]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, indicator",
    [
        ("全市高新技术企业数量达到500家。", "高新技术企业数量"),
        ("市场主体总数突破20万户。", "市场主体总数"),
        ("各项工作有序推进。数量为5个。", "数量"),
        ("今年完成改造120户，总数达到500户。", "总数"),
    ],
)
def test_a_measure_word_that_ends_a_named_indicator_or_has_nothing_before_it_stays(text, indicator):
    found = extract_targets(text, annual_year=2025)
    assert found and found[-1]["indicator"] == indicator


@pytest.mark.parametrize(
    "text, value, indicator",
    [
        ("全市地区生产总值年均增长6%，总量突破3000亿元。", 3000.0, "地区生产总值"),
        ("文旅消费增速10%以上，规模达到80亿元。", 80.0, "文旅消费"),
        ("外贸进出口年均增长率5%，总额达到 260 亿元。", 260.0, "总额"),
    ],
)
def test_a_measure_word_after_a_rate_takes_the_rate_subject(text, value, indicator):
    found = extract_targets(text, annual_year=2025)
    assert next(t for t in found if t["value"] == value)["indicator"] == indicator


def test_a_rate_with_no_subject_leaves_the_measure_word():
    found = extract_targets("力争今年增速实现12%，总量达到1.5万亿元。", annual_year=2025)
    assert next(t for t in found if t["value"] == 1.5)["indicator"] != "增速"
