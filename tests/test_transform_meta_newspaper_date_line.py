"""A news page copied from a newspaper prints the paper's name and the issue date on one line
under (or in place of) its headline ("某某日报    2021年03月09日", "某州日報 2024年03月05日",
"某某晚报 2025-06-12"): that date is the page's publish_date. A site's header with the date of
today (no paper's name: "欢迎访问某某网 2025年12月06日") is none. Examples are invented."""

from __future__ import annotations

from datetime import date

import pytest

from transform.document import parse_document

BODY = "本报讯 近日，某县印发《某县2024年重点项目建设实施方案》，今年将实施重点项目36个，完成投资5.6亿元。\n"


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("某某日报    2021年03月09日", date(2021, 3, 9)),
        ("某州日報 2024年03月05日", date(2024, 3, 5)),
        ("某某晚报 2025-06-12", date(2025, 6, 12)),
    ],
)
def test_a_papers_issue_line_dates_the_page(line: str, day: date) -> None:
    assert _doc("某县重点项目集中开工\n\n" + line + "\n\n" + BODY)["publish_date"] == day
    assert _doc(line + "\n" + BODY)["publish_date"] == day


def test_a_site_header_with_todays_date_is_no_page_date() -> None:
    assert _doc("欢迎访问某某网 2025年12月06日\n某县重点项目集中开工\n" + BODY)["publish_date"] is None
