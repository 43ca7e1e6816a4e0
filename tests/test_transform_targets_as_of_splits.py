"""A sentence opening with 其中 right after a sentence that opens with the date it reports at
("截至目前，该县农村公路实际建设94公里，总投资6600多万元。其中县道34.6公里，乡道12.4公里…")
splits a figure done so far: its parts are progress too, unless something before the number
looks ahead (audit round 18B: a 县 news report read the parts of a progress total as targets).
Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _values(text: str) -> set[float]:
    return {t["value"] for t in parse_document(text, source="x.txt", is_text=True).targets}


_HEAD = "某县农村公路提升工作方案\n一、工作目标\n今年全县计划改造农村公路120公里。\n"


@pytest.mark.parametrize(
    "sentence, parts",
    [
        (
            "截至目前，全县实际改造农村公路86公里。其中县道20.5公里，乡道30公里，村道35.5公里。",
            {20.5, 30.0, 35.5},
        ),
        ("截至8月底，全县完成投资5200万元。其中省级资金1800万元，县级配套3400万元。", {1800.0, 3400.0}),
        ("截至目前，全縣實際改造農村公路86公里。其中縣道20.5公里，鄉道30公里。", {20.5, 30.0}),
    ],
    ids=["roads", "funds", "traditional"],
)
def test_the_parts_of_a_figure_done_so_far_are_progress(sentence, parts):
    got = _values(_HEAD + sentence + "\n")
    assert 120.0 in got and not (parts & got), got


def test_a_split_that_looks_ahead_stays_a_target():
    text = _HEAD + "截至目前，全县已改造农村公路86公里。其中，力争年底前再完成村道改造34公里。\n"
    assert 34.0 in _values(text)


def test_a_split_of_a_plan_total_stays_a_target():
    text = _HEAD + "全年计划完成投资6000万元。其中县道改造2000万元，村道改造4000万元。\n"
    assert {2000.0, 4000.0} <= _values(text)
