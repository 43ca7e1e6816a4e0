"""A word that ends in 约 (签约, 节约, 履约, 续约) right before a number is the work, not the "about"
of an estimate: the comparator is "=" and the indicator keeps the whole word ("力争亿元以上项目签约
120个" → 亿元以上项目签约 = 120 个). A 约 after such a word, or alone, is still "about"."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _one(text: str, year: int | None = 2025) -> dict:
    rows = extract_targets(text, annual_year=year)
    assert rows, text
    return rows[0]


@pytest.mark.parametrize(
    ("text", "indicator", "value", "unit"),
    [
        # a work report's list of the year's tasks
        ("力争亿元以上项目签约120个、落地70个。", "亿元以上项目签约", 120, "个"),
        # a plan's measure with an amount saved
        ("全年节约标准煤2万吨，实施节能改造项目10个。", None, 2, "万吨"),
        ("推进节能降耗，年内节约2万吨标准煤。", "节约", 2, "万吨标准煤"),
        # a table row rendered as text
        ("招商引资 | 新签约 | 45个", None, 45, "个"),
        # the contract for the family doctor's service
        ("重点人群家庭医生续约5000人。", "续约", 5000, "人"),
    ],
)
def test_yue_word_is_no_estimate(text: str, indicator: str | None, value: float, unit: str) -> None:
    r = _one(text)
    assert r["value"] == value
    assert r["comparator"] in ("=", ">=")  # never "~": the 约 belongs to the word
    if text.endswith("以上。"):
        assert r["comparator"] == ">="
    else:
        assert r["comparator"] == "="
    if indicator is not None:
        assert indicator in (r["indicator"] or ""), r
    assert r["unit"].endswith(unit[-1]) or r["unit"] == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("完成投资约8亿元。", 8),
        ("新增就业岗位约5000个。", 5000),
        ("项目签约后投资约30亿元。", 30),  # 约 alone after the word: an estimate
        ("全年接待游客大约500万人次。", 500),
    ],
)
def test_plain_yue_stays_an_estimate(text: str, value: float) -> None:
    rows = [r for r in extract_targets(text, annual_year=2025) if r["value"] == value]
    assert rows, text
    assert rows[0]["comparator"] == "~"


def test_traditional_news_copy() -> None:
    text = "縣政府工作報告摘要\n2025年全縣將力爭招商引資項目簽約30個以上，總投資約120億元。\n"
    got = parse_document(text, source="x.txt", is_text=True).targets
    by_value = {t["value"]: t for t in got}
    assert by_value[30]["comparator"] == ">="
    assert "簽約" in (by_value[30]["indicator"] or "")
    assert by_value[120]["comparator"] == "~"
