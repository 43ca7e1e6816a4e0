"""A news page naming no plan reads its forward lines: a forward time and a commitment word, or a
clause led by its year and a comma ("2026年，我县将新建…"). A clause led by its year and its subject
without a comma commits as well when a commitment word follows in the clause ("2025年公路水路交通
投资确保2600亿元、力争2800亿元，高速公路开工1000公里") and the year is not before the page's (audit
round 24A: a provincial 交通工作会 news page gave none of its year's figures). A past year, or a page
of unknown date, reads no such clause."""

from __future__ import annotations

from transform.document import parse_document


def _values(text: str) -> list[float]:
    return [t["value"] for t in parse_document(text, source="n.txt", is_text=True).targets]


def _years(text: str) -> dict[float, int | None]:
    return {t["value"]: t["year"] for t in parse_document(text, source="n.txt", is_text=True).targets}


_PAPER = (
    "某省交通运输工作会议召开\n"
    "发布时间：2025-01-15\n\n"
    "本报讯 1月13日，记者从全省交通运输工作会上获悉，2024年，我省高速公路通车里程突破9000公里。\n\n"
    "2025年全省交通投资确保2200亿元、力争2400亿元，高速公路开工800公里、建成600公里，新改建农村公路8000公里。\n"
)

_TRADITIONAL = (
    "某市水利工作會議召開\n發布時間：2026-02-10\n\n2026年全市水利投資力爭完成45億元，新建小型水庫6座。\n"
)


def test_year_led_clause_without_comma_commits():
    got = _values(_PAPER)
    assert all(v in got for v in (2200.0, 2400.0, 800.0, 600.0, 8000.0)), got
    assert 9000.0 not in got


def test_year_led_clause_takes_its_year():
    years = _years(_PAPER)
    assert years[2200.0] == 2025 and years[8000.0] == 2025


def test_year_led_clause_in_traditional_characters():
    got = _values(_TRADITIONAL)
    assert 45.0 in got and 6.0 in got, got


def test_a_past_year_led_clause_stays_out():
    text = (
        "某省交通运输工作会议召开\n"
        "发布时间：2025-01-15\n\n"
        "2023年全省交通投资计划完成1800亿元，实际完成1900亿元。\n"
    )
    got = _values(text)
    assert 1800.0 not in got and 1900.0 not in got, got
