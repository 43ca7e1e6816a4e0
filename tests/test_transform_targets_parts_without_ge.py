"""A count of a document's own parts written without 个 ("分…3部分40条", "共6部分28条") describes
the document, as "共15个部分、61条" does: neither the parts nor the articles counted after them are
targets (EXTRACTION.md: counts that only describe are not targets). The parts may be named before
their count ("分总体目标、主要任务、保障机制3部分")."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [t["value"] for t in extract_targets(text)]


@pytest.mark.parametrize(
    "text, values",
    [
        # a news report of a plan: the parts named, then counted
        ("该《实施方案》分总体目标、主要任务、保障机制3部分40条。", []),
        ("《行动计划》共6部分28条，明确到2025年新建5G基站1200个。", [1200]),
        # an explainer: 分为 and a count without 个
        ("《规划》分为发展基础、总体要求、重点任务、保障措施4部分，共32条。到2025年全市新增托位3000个。", [3000]),
        # a summary line of a table rendered as text
        ("文件结构 | 共5部分20条 | 2024年印发", []),
    ],
)
def test_a_count_of_parts_without_ge_is_no_target(text, values):
    assert _values(text) == values


def test_a_traditional_page_reads_its_parts_as_structure():
    text = (
        "安徽省大氣污染防治行動計畫實施方案\n"
        "該《實施方案》分總體目標、主要任務、保障機制3部分40條。\n"
        "一、總體目標\n到2017年,全省細顆粒物平均濃度比2012年下降15%以上。\n"
    )
    values = [t["value"] for t in parse_document(text, source="t.txt", is_text=True).targets]
    assert 3 not in values and 40 not in values
    assert 15 in values


@pytest.mark.parametrize(
    "text, values",
    [
        # 部 as a measure word of works: 2部, then 分别
        ("拍摄微电影2部分别在央视和省台播出。", [2]),
        ("制定实施细则3部、出台配套政策40条。", [3, 40]),
        # a count of parts with 个 was structure before and stays so
        ("《方案》共分为12个部分、61条。", []),
        # 部 closing its clause: a count of works
        ("出版科普读物3部，发放宣传册5000份。", [3, 5000]),
    ],
)
def test_near_misses_stay(text, values):
    assert _values(text) == values
