"""A news report of a meeting that sets the year's work ("会议提出，2017年要大力推进…，力争实现全年
门急诊诊疗42.5万人次，增长3%…的目标"): the lead-in of what the meeting put forward (提出, 指出,
强调, 明确) before a comma, then a year and 要, commits to that year's figures like "2017年将…"
(audit round 31B: a hospital's congress of staff; a county's economic work conference).
Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str) -> dict[float, int | None]:
    doc = parse_document(text.encode("utf-8"), source="m.txt", is_text=True)
    return {t["value"]: t["year"] for t in doc.targets}


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        ("本报讯 1月21日，县人民医院第六届职工代表大会第一次会议提出", 2017),
        ("1月8日，全县经济工作会议指出", 2024),
        ("2月3日，市农业农村工作会议强调", 2023),
        ("会议明确", 2025),
    ],
)
def test_meeting_lead_then_year_and_yao_commits(lead: str, year: int) -> None:
    text = (
        f"{lead}，{year}年要大力推进改革创新和基础设施建设，力争整体服务能力进入全市前列，"
        "实现全年门急诊诊疗42.5万人次，增长3%，完成住院手术1.1万例，病床利用率达到95%以上的目标。\n"
    )
    got = _targets(text)
    assert got.get(42.5) == year and got.get(95.0) == year, got


def test_traditional_characters() -> None:
    text = (
        "1月21日，縣人民醫院職工代表大會提出，2017年要大力推進公立醫院改革，"
        "實現全年門急診診療42.5萬人次，增長3%，病床利用率達到95%以上的目標。\n"
    )
    got = _targets(text)
    assert got.get(42.5) == 2017 and got.get(95.0) == 2017, got


@pytest.mark.parametrize(
    "text",
    [
        # 要素 / 要求 after the year are no commitment
        "会议提出，2023年要素保障有力，全年完成投资12亿元，新开工项目35个。\n",
        "会议指出，2023年要求各单位完成投资12亿元，新开工项目35个。\n",
        # a year before the page's own: a review
        "发布时间：2024-01-05\n会议指出，2022年要完成投资12亿元，新开工项目35个，实际均已超额完成。\n",
        # no lead-in: the year opens no sentence of commitment
        "该院统计显示2023年要完成的门急诊诊疗42.5万人次已全部完成。\n",
    ],
)
def test_near_misses_stay_without_targets(text: str) -> None:
    assert 12.0 not in _targets(text) and 42.5 not in _targets(text)
