"""Dates of the Republic of China calendar, as Taiwan-hosted mirrors print them (民國113年3月5日,
113-03-05): the year is read as year + 1911."""
from __future__ import annotations

from datetime import date

import pytest

from transform.document import parse_document
from transform.metadata import parse_date


@pytest.mark.parametrize("value,expected", [
    ("民國113年3月5日", date(2024, 3, 5)),
    ("中華民國113年03月05日", date(2024, 3, 5)),
    ("民国112年12月1日", date(2023, 12, 1)),
    ("113-03-05", date(2024, 3, 5)),
    ("112/12/01 10:30", date(2023, 12, 1)),
    ("109.7.15", date(2020, 7, 15)),
    ("2024-03-05", date(2024, 3, 5)),           # a common-era date is read as it was
])
def test_roc_dates(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", [
    "第113-3-5号",          # no date: a number inside a text
    "113-03",               # no day
    "113-13-05",            # no month 13
    "199-01-01",            # no year of that calendar in use
    "113-03/05",            # mixed separators
    "国民经济113年",
])
def test_not_roc_dates(value):
    assert parse_date(value) is None


@pytest.mark.parametrize("label", ["發布日期：民國113年3月5日", "發布日期：113-03-05", "日期:113-03-05"])
def test_publish_date_of_a_taiwan_hosted_mirror(label):
    text = f"某某縣2024年重點工作任務\n{label}\n一、經濟發展\n1.新建廠房5萬平方米。（牽頭單位：縣工信局）\n"
    assert parse_document(text.encode(), source="x", is_text=True).document["publish_date"] == date(2024, 3, 5)


def test_publish_date_in_a_table_cell():
    text = (
        "索引號 | 0000/2024-001 | 發布日期 | 113/03/05 |\n某某市2024年為民辦實事項目\n"
        "一、教育\n1.新建幼兒園2所。（牽頭單位：市教育局）\n"
    )
    assert parse_document(text.encode(), source="x", is_text=True).document["publish_date"] == date(2024, 3, 5)
