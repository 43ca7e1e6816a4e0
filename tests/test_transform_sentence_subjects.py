"""A value with no subject in its own clause whose figure before it stands in an earlier sentence
measures what the clause before it in its own sentence names ("森林覆盖率达到45%。工业固废综合
利用率稳步提高，到2025年达到75%" → 工业固废综合利用率, not 森林覆盖率); within one sentence, or where
no clause before names a subject, it still takes the previous figure's (audit round 22A: goals
paragraphs of 文化旅游 and 生态环境 plans)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _indicators(text: str) -> list[tuple]:
    return [(t["indicator"], t["value"]) for t in extract_targets(text)]


@pytest.mark.parametrize("text, expected", [
    # a plan's goals paragraph
    ("到2025年，森林覆盖率达到45%。工业固废综合利用率稳步提高，到2025年达到75%。",
     [("森林覆盖率", 45.0), ("工业固废综合利用率", 75.0)]),
    # a news report of a plan, items apart by semicolons
    ("国内旅游收入年均增长15%左右，预计2025年达到640亿元；入境旅游人数逐步恢复到2019年水平，"
     "预计2025年达到24.71万人次；旅游外汇收入逐步恢复到2019年水平，预计2025年达到1.53亿美元。",
     [("国内旅游收入", 15.0), ("国内旅游收入", 640.0), ("入境旅游人数", 24.71), ("旅游外汇收入", 1.53)]),
    # lines of a text rendering, one goal a line
    ("粮食产量稳定在50亿斤。\n农产品加工转化率进一步提升，达到70%。",
     [("粮食产量", 50.0), ("农产品加工转化率", 70.0)]),
])
def test_the_clause_before_names_the_subject(text, expected):
    assert _indicators(text) == expected


@pytest.mark.parametrize("text, expected", [
    # same sentence: the previous figure's subject
    ("到2024年，产业规模达到150亿元，到2025年，达到200亿元。", [("产业规模", 150.0), ("产业规模", 200.0)]),
    # the clause before is a date only
    ("到2024年，产业规模达到150亿元；到2025年，达到200亿元。", [("产业规模", 150.0), ("产业规模", 200.0)]),
    # no clause before in the sentence
    ("地区生产总值达到500亿元；年均增长6%。", [("地区生产总值", 500.0), ("地区生产总值", 6.0)]),
    # the clause before names who acts, not what is measured
    ("森林覆盖率达到45%。全市上下持续发力，到2025年达到50%。", [("森林覆盖率", 45.0), ("森林覆盖率", 50.0)]),
    ("森林覆盖率达到45%。各项工作稳步推进，到2025年达到50%。", [("森林覆盖率", 45.0), ("森林覆盖率", 50.0)]),
    # the clause before holds a figure of its own: not read as a subject
    ("规上工业增加值增长8%。旅游收入增长10%，达到80亿元。", [("规上工业增加值", 8.0), ("旅游收入", 10.0), ("旅游收入", 80.0)]),
])
def test_near_misses_keep_the_previous_subject(text, expected):
    assert _indicators(text) == expected


def test_traditional_rendering_reads_the_same():
    text = (
        "拉薩市旅游發展規劃（2021—2025年）\n"
        "國內旅游收入年均增長15%左右，預計2025年達到640億元；入境旅游人數逐步恢復到2019年水平，"
        "預計2025年達到24.71萬人次。\n"
    )
    targets = parse_document(text.encode(), source="x", is_text=True).targets
    assert [(t["indicator"], t["value"]) for t in targets][-1] == ("入境旅游人數", 24.71)
