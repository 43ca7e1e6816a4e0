"""A 来源 field naming the paper and its reporters ("来源:某某日报(记者张三、李四)", "来源:某某日报记者
张三") gives the paper as printed, without the reporters: a person is never part of a body's name. A
reporter alone names no body; a 记者站 is a body and stays."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.metadata_issuer import issuing_body


@pytest.mark.parametrize(
    ("value", "issuer"),
    [
        ("某某日报(记者张三、李四)", "某某日报"),
        ("某某日报记者 张三", "某某日报"),
        ("某某日報記者 張三", "某某日報"),
        ("某市融媒体中心（通讯员 王五）", "某市融媒体中心"),
        ("本报记者 张三", None),
        # near misses: unchanged
        ("某县记者站", "某县记者站"),
        ("某县人民政府办公室", "某县人民政府办公室"),
    ],
)
def test_reporter_byline_is_no_part_of_the_issuer(value, issuer):
    assert issuing_body(value) == issuer


def test_news_page_source_with_reporters():
    text = (
        "某市今年十件民生实事出炉\n"
        "2023-01-08 来源：某市日报(记者张三、李四)\n"
        "在昨天召开的市人大会议上，市人大代表表决出十件民生实事项目。\n"
        "一、推进100个老旧小区改造；\n二、新建10个社区食堂；\n"
    )
    doc = parse_document(text, source="s.txt", is_text=True).document
    assert doc["issuer"] == "某市日报"
