"""A 由…到 change whose start is named by a period or a state instead of a year: the value of
that start is a baseline, not a target, and it is no part of the indicator ("国考断面数量由“十三五”
时期的15个增至20个": only 20个, measuring 国考断面数量). 增至/升至 name the level reached like
提高到 (audit round 22A: goal paragraphs of 2024–2026 sector plans and their news reports)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _read(text: str) -> list[tuple]:
    return [(t["indicator"], t["value"], t["unit"], t["comparator"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, expected", [
    # a plan's goals paragraph
    ("到2025年，国考断面数量由“十三五”时期的15个增至20个。", [("国考断面数量", 20.0, "个", "=")]),
    ("森林覆盖率由“十四五”末的25%提高到28%。", [("森林覆盖率", 28.0, "%", "=")]),
    ("城市污水处理率由十三五期末的90%提升至95%以上。", [("城市污水处理率", 95.0, "%", ">=")]),
    # a news report of a plan
    ("《方案》提出，绿色建筑占比由基期的40%提高到70%。", [("绿色建筑占比", 70.0, "%", "=")]),
    ("规划明确，重点实验室由现状的12个增至18个。", [("重点实验室", 18.0, "个", "=")]),
    # a table row rendered as text
    ("跨境电商企业 由10家增至25家", [("跨境电商企业", 25.0, "家", "=")]),
    ("专精特新企业数量由30家升至60家。", [("专精特新企业数量", 60.0, "家", "=")]),
])
def test_the_start_of_a_change_is_no_target(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year as the start: as before
    ("森林覆盖率由2020年的14%提高到18%。", [(18.0, "%")]),
    # a five-year period that is no start of a change: its count stays
    ("建成“十四五”规划的15个重点项目。", [(15.0, "个")]),
    # 由 naming who acts, not where a change starts
    ("由十四五规划确定的20个重点项目全部开工。", [(20.0, "个")]),
    # 增 then a count, no 至: a count of what is added
    ("新增省级示范区5个。", [(5.0, "个")]),
])
def test_near_misses_keep_their_numbers(text, expected):
    assert [(t["value"], t["unit"]) for t in extract_targets(text)] == expected


def test_traditional_rendering_reads_the_same():
    text = (
        "寧夏生態環境保護“十四五”規劃出臺\n"
        "《規劃》提出，到2025年，國考斷面數量由“十三五”時期的15個增至20個，"
        "地級城市空氣質量優良天數比率達到85.5%。\n"
    )
    targets = parse_document(text.encode(), source="x", is_text=True).targets
    assert [(t["value"], t["unit"]) for t in targets] == [(20.0, "個"), (85.5, "%")]
