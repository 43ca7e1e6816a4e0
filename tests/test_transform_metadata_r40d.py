"""Round 40d: metadata and is_plan on portals and renderings not yet written.

- a Taiwan mirror's title names its plan years in the Republic of China calendar ("113年度",
  "（113年至115年）"): year + 1911 (`planyears._roc_years`);
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.planyears import plan_years, plan_years_of


def _doc(text: str, source: str = "n.txt") -> dict:
    return parse_document(text, source=source, is_text=True).document


# ---- plan years in the Republic of China calendar


@pytest.mark.parametrize(
    "title, want",
    [
        ("新竹縣113年度推動社區照顧關懷據點實施計畫", (2024, 2024)),
        ("桃源市數位治理推動計畫（113年至115年）", (2024, 2026)),
        ("臺中市112-114年度青年就業促進方案", (2023, 2025)),
        ("花蓮縣114年度防汛整備工作計畫", (2025, 2025)),
    ],
)
def test_roc_plan_years(title, want):
    assert plan_years(title) == want


@pytest.mark.parametrize(
    "title",
    [
        "某县庆祝建党100年系列活动方案",  # an anniversary, no calendar year
        "某县2024年110千伏输变电工程建设方案",  # a Western year comes first
        "某县第120年度校庆筹备方案",  # a school's count of years after 第
    ],
)
def test_roc_plan_years_not_read(title):
    got = plan_years(title)
    assert got in ((None, None), (2024, 2024)), got
    assert 2031 not in got and 2011 not in got


def test_roc_plan_years_on_a_mirror_page():
    text = (
        "彰化縣113年度長照服務推動計畫\n發布日期：113-03-05\n"
        "一、擴充服務據點。（主辦單位：衛生局）\n二、培訓照顧人力。（主辦單位：勞工處）\n"
    )
    doc = _doc(text)
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2024, 2024)
    assert plan_years_of(("桃源市數位治理推動計畫（113年至115年）",), "", 2024) == (2024, 2026)
