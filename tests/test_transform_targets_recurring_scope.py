"""A recurring word (每年, 逐年) takes the year off the targets after it in its sentence, but
not past a year of their own: "每年培训社会体育指导员4500名以上，力争到2025年，实现每千人拥有
社会体育指导员2.8名" — 4500 recurs (no year), 2.8 holds by 2025. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _years(text: str) -> list[tuple[float, int | None]]:
    return [(r["value"], r["year"]) for r in extract_targets(text)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a plan's goals
        (
            "每年培训社会体育指导员4500名以上,力争到2025年,实现每千人拥有社会体育指导员2.8名。",
            [(4500, None), (2.8, 2025)],
        ),
        # a news report
        (
            "该市每年还将新增城镇就业1.2万人,到2027年城镇调查失业率控制在5.5%以内。",
            [(1.2, None), (5.5, 2027)],
        ),
    ],
)
def test_a_year_after_the_recurring_word_dates_what_follows(text, years):
    assert _years(text) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the year comes first: every target after 每年 recurs
        ("到2025年,每年培训社会体育指导员4500名以上,每千人拥有指导员2.8名。", [(4500, None), (2.8, None)]),
        # a recurring word again after the year: it recurs
        ("每年新增就业5000人,到2025年每年新增就业6000人。", [(5000, None), (6000, None)]),
    ],
)
def test_near_misses_unchanged(text, years):
    assert _years(text) == years


def test_traditional_news_page():
    text = """重慶將新建體育公園50個
重慶每年還將培訓社會體育指導員4500名以上,力爭到2025年,實現每千人擁有社會體育指導員2.8名。
"""
    parsed = parse_document(text, source="x.txt", is_text=True)
    assert [(t["value"], t["year"]) for t in parsed.targets if t["unit"] == "名"] == [
        (4500, None),
        (2.8, 2025),
    ]
