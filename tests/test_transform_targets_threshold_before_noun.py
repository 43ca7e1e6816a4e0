"""A threshold printed between a count and its noun (谋划储备500个5000万元以上重大项目, 实施50个千万元
以上项目) qualifies the noun: the count's indicator is the verb and the noun, without the amount;
and a plan verb (谋划, 储备, 新开工) before the count heads the noun as 新建 does."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("谋划储备500个5000万元以上重大项目。", [("储备重大项目", 500.0, "个")]),
        ("实施300个500万元以上工业技改项目。", [("实施工业技改项目", 300.0, "个")]),
        ("新开工20个亿元以上项目。", [("新开工项目", 20.0, "个")]),
        (
            "全年引进10个5000万元及以上的项目,总投资30亿元。",
            [("引进项目", 10.0, "个"), ("总投资", 30.0, "亿元")],
        ),
    ],
)
def test_threshold_is_no_part_of_the_noun(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("培育20家亿元企业。", [("培育亿元企业", 20.0, "家")]),  # no 以上: a kind of firm
        ("新建10个万吨级冷库。", [("新建万吨级冷库", 10.0, "个")]),
        ("建设3个百亩示范基地。", [("建设百亩示范基地", 3.0, "个")]),
        ("重点项目新开工20个。", [("重点项目新开工", 20.0, "个")]),
    ],
)
def test_near_misses_keep_their_noun(text, expected):
    assert _rows(text) == expected
