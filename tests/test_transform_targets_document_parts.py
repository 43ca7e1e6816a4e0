"""Counts of a document's own parts are no targets: its chapters (其分18篇共62章, 纲要共分为19篇),
and the items a plan it cites lists ("现将《规划》中明确提出的9项具体建设任务和7项重点建设项目进行
责任分解")."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize(
    "text",
    [
        "纲要草案共分18篇62章，提出了今后五年的主要目标。",
        "規劃綱要草案昨正式公布，其分18篇共62章。",
        "《规划》分为8篇，共30章。",
        "现将《规划》中明确提出的9项具体建设任务和7项重点建设项目进行责任分解。",
        "现将本方案确定的12项具体改革任务分解如下。",
        "《行动计划》部署的15项攻坚任务、6项配套工程全部明确了责任单位。",
        "该计划共订定250项施政目标及471项关键绩效指标。",
        "本方案共提出30项改革任务。",
    ],
)
def test_own_parts_are_no_targets(text):
    assert extract_targets(text, annual_year=2026) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全年发表高水平论文30篇以上。", 30),
        ("共发表学术论文20篇。", 20),
        ("完成10项改革任务。", 10),
        ("按照《规划》要求，建成5个示范基地。", 5),
        ("本规划提出新建10条城市道路。", 10),
        ("该方案确定实施30项重点工程。", 30),
    ],
)
def test_near_misses_stay_targets(text, value):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["value"] == value


def test_traditional_plan_news():
    text = "行政院會通過年度施政計畫\n該計畫共訂定250項施政目標及471項關鍵績效指標。\n"
    assert parse_document(text, source="x.txt", is_text=True).targets == []
