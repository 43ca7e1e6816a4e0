"""A news page names its source and its date on one line under the headline: with a clock time and
the page's buttons after it ("某州日报 2012-09-19 16:53 大字", "某某新聞 2026-01-14 11:00:42 新聞中心
發佈"), or a site's or an account's name and a numeric date alone ("某某农业网 2020-07-30"). That
date is the page's publish_date (and dates "今年" in its text). A site header greeting with
today's date is none. Examples are invented."""

from __future__ import annotations

from datetime import date

import pytest

from transform.document import parse_document

BODY = "本报讯 近日，某县启动农村公路提升工程，今年计划投入资金3000万元，改造县道40公里。\n"


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("某州日报 2012-09-19 16:53 大字", date(2012, 9, 19)),
        ("某某新聞 2026-01-14 11:00:42 新聞中心 發佈", date(2026, 1, 14)),
        ("某某农业网 2020-07-30", date(2020, 7, 30)),
        ("微某县 2022-09-03", date(2022, 9, 3)),
    ],
)
def test_source_and_date_line_dates_the_page(line: str, day: date) -> None:
    doc = _doc("某县农村公路提升工程启动\n\n" + line + "\n\n" + BODY)
    assert doc["publish_date"] == day
    assert doc["plan_start_year"] == day.year  # 今年 in the text


def test_a_site_greeting_with_a_numeric_date_is_no_page_date() -> None:
    assert _doc("欢迎访问某某网 2025-12-06\n某县农村公路提升工程启动\n" + BODY)["publish_date"] is None


def test_a_sentence_with_a_date_is_no_date_line() -> None:
    text = "某县农村公路提升工程启动\n\n会议要求，各乡镇于 2024-06-30\n\n" + BODY
    assert _doc(text)["publish_date"] is None
