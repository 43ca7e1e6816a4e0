"""A short sentence naming a past year or period and no figure ("“十三五”期间全县生态状况明显改善。",
"2023年，全县经济运行稳中向好。") heads the figures of the sentence after it: they are results of
that year, not targets. A sentence that names a later year of its own, a horizon, or a year of
the plan keeps its figures."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        ("“十三五”期间全县生态状况明显改善。森林覆盖率达到63%,湿地保护率达到52%。", {"first_year": 2021}),
        ("纲要显示,“十三五”期间我国生态状况明显改善。森林覆盖率达到23.04%。", {"first_year": 2021}),
        ("2023年,全县经济运行稳中向好。地区生产总值达到300亿元,增长6%。", {"annual_year": 2024}),
        ("2022年全市教育事业稳步发展。新增学位4500个,新建幼儿园8所。", {"first_year": 2023}),
    ],
)
def test_figures_after_a_past_topic_sentence_are_results(text, kw):
    assert extract_targets(text, **kw) == []


@pytest.mark.parametrize(
    ("text", "kw", "values"),
    [
        ("到2025年,全县生态状况持续改善。森林覆盖率达到65%。", {"first_year": 2021}, {65.0}),
        ("2024年,全县经济稳中求进。地区生产总值增长6%。", {"annual_year": 2024}, {6.0}),
        (
            "“十三五”期间全县生态状况明显改善。“十四五”期间,森林覆盖率达到65%。",
            {"first_year": 2021},
            {65.0},
        ),
        (
            "2023年全县经济运行稳中向好,地区生产总值突破300亿元。2024年力争地区生产总值增长6%。",
            {"annual_year": 2024},
            {6.0},
        ),
    ],
)
def test_figures_of_the_plan_stay(text, kw, values):
    assert {r["value"] for r in extract_targets(text, **kw)} == values
