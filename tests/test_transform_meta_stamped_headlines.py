"""A mirror that runs the headline, its date stamp and its byline into one line
("…浙江发布2023年政府工作报告2023-01-30 14:22来源:某网浏览数:255次") prints the headline before the
stamp; a byline label glued right after a Latin source name ("gessey浏览数:255次") ends that
value. A headline whose own text holds a date and no byline after it is unchanged."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_BODY = (
    "日前，浙江2023年政府工作报告发布，报告指出，加快构建以先进制造业为骨干的现代化产业体系，"
    "全方位推进质量强省建设，大力培育先进制造业集群。\n"
)


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "打造15个千亿级特色产业群!浙江发布2023年政府工作报告2023-01-30 14:22来源:gessey浏览数:255次",
            "打造15个千亿级特色产业群!浙江发布2023年政府工作报告",
        ),
        (
            "某县2024年重点工作安排出炉2024-02-01 09:30:12来源：某县融媒体中心",
            "某县2024年重点工作安排出炉",
        ),
        (
            "某縣2024年重點工作安排出爐2024-02-01 09:30 來源：某縣融媒體中心",
            "某縣2024年重點工作安排出爐",
        ),
    ],
    ids=["latin-source", "seconds", "traditional"],
)
def test_a_headline_glued_to_its_stamp_is_the_title(line, headline):
    doc = parse_document(line + "\n" + _BODY, source="s.txt", is_text=True).document
    assert doc["title"] == headline


def test_a_label_glued_to_a_latin_name_ends_the_value():
    line = "浙江发布2023年政府工作报告 2023-01-30 14:22 来源:gessey浏览数:255次"
    doc = parse_document("某网\n" + line + "\n" + _BODY, source="s.txt", is_text=True).document
    assert "浏览" not in (doc["issuer"] or "")


def test_a_date_inside_a_headline_without_a_byline_is_no_stamp():
    line = "某县召开2024-2025年度冬春农田水利建设动员会"
    doc = parse_document(line + "\n" + _BODY, source="s.txt", is_text=True).document
    assert doc["title"] != "某县召开"
