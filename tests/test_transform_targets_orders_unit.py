"""单 (orders, waybills: 以旧换新2万单, 快递业务量突破3000万单) and 单元 are measure words: the unit
keeps them (万单, was 万 and the comparator after them lost), while 一单一策 stays a slogan."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str, str]]:
    return [
        (r["indicator"], r["value"], r["unit"], r["comparator"])
        for r in extract_targets(text, annual_year=2025)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a work report
            "推动家电、汽车等以旧换新2万单、设备更新项目15个以上。",
            [("家电、汽车等以旧换新", 2.0, "万单", "="), ("设备更新项目", 15.0, "个", ">=")],
        ),
        ("办理跨境电商业务10万单以上。", [("办理跨境电商业务", 10.0, "万单", ">=")]),
        ("全年快递业务量突破3000万单。", [("快递业务量", 3000.0, "万单", ">=")]),
        ("3.新建保障性租赁住房3单元。", [("保障性租赁住房", 3.0, "单元", "=")]),
    ],
)
def test_orders_are_a_measure_word(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", ["实行一单一策,推行一单式结算。", "建立两单一表制度。"])
def test_slogans_with_dan_are_no_targets(text):
    assert _rows(text) == []
