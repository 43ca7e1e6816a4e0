"""A count that closes a list of measures ("地区生产总值、固定资产投资…等15项季度考核指标") counts the
indicators the list names, not work to do: scope, not a target (spec/EXTRACTION.md: scope counts).
When the clause builds what it counts (新增A、B等3项监测指标) the count stays a target."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["unit"]) for r in extract_targets(text, annual_year=2023)]


@pytest.mark.parametrize(
    "text",
    [
        # a provincial assessment rule
        "省对市政府考核的地区生产总值、固定资产投资、民间投资等15项季度考核指标,按季度进行评价。",
        # measures whose names hold a verb of work (改造, 新开工)
        "省对市考核的地区生产总值、技术改造投资、新开工制造业项目投资等12项季度考核指标,分季度考核。",
        # a news report
        "我市社会消费品零售总额、工业技术改造投资等6项主要指标增速位居全省前列。",
        # a table row rendered as text
        "1 考核内容 营业收入、新开工项目数等8个考核指标 财政局",
        # traditional characters
        "地區生產總值、技術改造投資等10項考核指標按月調度。",
    ],
)
def test_count_of_listed_measures_is_scope(text):
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新增PM10、臭氧等3项监测指标。", [(3.0, "项")]),
        ("推进A项目、B项目等15个项目建设。", [(15.0, "个")]),
        ("培育A、B等5家龙头企业。", [(5.0, "家")]),
    ],
)
def test_counts_of_work_stay_targets(text, expected):
    assert _values(text) == expected
