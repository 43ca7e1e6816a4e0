"""A date under a signature written with a latin zero or letter O among the Chinese numerals
("二0二三年三月十五日", "二O二四年一月八日"), as texts typed in a word processor and their mirrors
print it, is read like "二〇二三年…": it dates a text-only page, names the issuer line above it,
and the plan heading under it is found (invented pages, simplified and traditional)."""

from __future__ import annotations

from datetime import date

from transform.document import parse_document
from transform.metadata import parse_date


def _doc(page: str) -> dict:
    return parse_document(page.encode(), source="t.txt", is_text=True).document


def test_a_signature_date_with_latin_zeros_dates_the_page():
    doc = _doc(
        "关于印发青禾县2023年民生实事项目实施方案的通知\n"
        "各乡镇人民政府,县直各单位:\n现将实施方案印发给你们,请认真组织实施。\n"
        "青禾县人民政府办公室\n二0二三年三月十五日\n"
        "青禾县2023年民生实事项目实施方案\n"
        "一、新建幼儿园2所。(牵头单位:县教育局)\n二、改造老旧小区12个。(牵头单位:县住建局)\n"
    )
    assert doc["publish_date"] == date(2023, 3, 15)
    assert doc["issuer"] == "青禾县人民政府办公室"
    assert doc["plan_title"] == "青禾县2023年民生实事项目实施方案"


def test_a_letter_o_in_the_year():
    doc = _doc(
        "岭北区2024年重点工作任务分工\n"
        "一、扩大有效投资\n1.完成固定资产投资50亿元。(牵头单位:区发改局)\n"
        "岭北区人民政府\n二O二四年一月八日\n"
    )
    assert doc["publish_date"] == date(2024, 1, 8)


def test_a_traditional_signature_with_zeros():
    doc = _doc(
        "關于印發嶺東縣2022年為民辦實事項目的通知\n各鄉鎮人民政府:\n現將項目印發給你們。\n"
        "嶺東縣人民政府\n二0二二年十二月二十日\n"
    )
    assert doc["publish_date"] == date(2022, 12, 20)
    assert doc["issuer"] == "嶺東縣人民政府"


def test_parse_date_reads_zero_digits():
    assert parse_date("二0二三年三月一日") == date(2023, 3, 1)
    assert parse_date("二OO五年六月十七日") == date(2005, 6, 17)
    assert parse_date("二〇二三年三月一日") == date(2023, 3, 1)
    assert parse_date("第0号文件") is None
