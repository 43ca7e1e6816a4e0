"""A monthly statistics period (今年1-2月, 1至5月, 1—8月份) opening a clause of one sentence reports
the year so far, and the next sentence of the same paragraph goes on reporting it ("…今年1-2月，
经济稳中向好。1月出口增长50%，…"): its figures are results too, unless something before them looks
ahead (全年, 力争 …). A new paragraph, or a quarter-end period, does not carry."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [r["value"] for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    "text",
    [
        "他介绍，今年1-2月，全市经济开局良好。规上工业增加值增长8.2%，社会消费品零售总额增长6%。",
        "据统计，1至5月，全县项目建设进展顺利。新开工项目23个，完成投资18亿元。",
        "发布会上，局长表示，1—8月份，全省外贸保持稳定。出口增长12.5%。",
        "會上通報，今年1-4月，全區招商成效明顯。新簽約項目15個。",
    ],
)
def test_the_sentence_after_a_period_so_far_reports(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    "text, kept",
    [
        ("他介绍，今年1-2月，全市经济开局良好。全年力争规上工业增加值增长8%。", [8]),
        ("他介绍，今年1-2月，全市经济开局良好。\n新开工项目23个。", [23]),
        ("他介绍，1-6月，全市经济开局良好。新开工项目23个。", [23]),
        ("据统计，1至5月，全县完成投资8亿元。下一步，确保新开工项目30个。", [30]),
    ],
)
def test_a_look_ahead_a_new_paragraph_or_a_quarter_end_stays(text, kept):
    assert _values(text) == kept
