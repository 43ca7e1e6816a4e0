"""A whole byline label glued to the value before it, with no space ("来源:某县融媒体中心责任编辑:张三",
"来源:某县人民政府办公室发布时间:2024-01-18", "來源:某縣人民政府辦公室瀏覽次數:12") ends that value; a
short label word inside a name ("编辑部", "时间表") does not."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_BODY = (
    "为推进重点工作落实，县政府研究制定了本年度工作安排，现印发给各单位，请认真组织实施。\n"
    "一、重点任务\n1.新建农村公路50公里。（牵头单位：县交通运输局）\n"
)


@pytest.mark.parametrize(
    ("byline", "issuer"),
    [
        ("来源:某县人民政府办公室责任编辑:张三", "某县人民政府办公室"),
        ("2024-01-18 09:30 来源:某县人民政府办公室发布时间:2024-01-18", "某县人民政府办公室"),
        ("來源:某縣人民政府辦公室瀏覽次數:12", "某縣人民政府辦公室"),
    ],
    ids=["editor", "time", "traditional-views"],
)
def test_a_whole_label_glued_to_the_source_ends_it(byline, issuer):
    text = "某县2024年重点工作安排\n" + byline + "\n" + _BODY
    doc = parse_document(text, source="b.txt", is_text=True).document
    assert doc["issuer"] == issuer


def test_a_name_ending_with_a_short_label_word_is_kept():
    text = "某县2024年重点工作安排\n来源:某县人民政府办公室 作者:某县日报编辑部\n" + _BODY
    doc = parse_document(text, source="b.txt", is_text=True).document
    assert doc["issuer"] == "某县人民政府办公室"
