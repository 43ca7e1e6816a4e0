"""A count that opens the second conjunct ("狠抓招商引资和23个省重大项目建设", "…人行道及2座桥梁
改造") is named by the noun after it, not by the words before the conjunction (audit round 18B: a
新华日报 news copy of a city's plan named 23个 by "狠抓招商引资和"). Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _indicator(text: str, value: float) -> str:
    got = [t for t in parse_document(text, source="x.txt", is_text=True).targets if t["value"] == value]
    assert got, text
    return got[0]["indicator"]


_HEAD = "某市2026年重点工作安排\n一、主要任务\n"


@pytest.mark.parametrize(
    "sentence, value, noun",
    [
        ("今年，狠抓招商引资和35个省重大项目建设，确保产业投资不低于800亿元。", 35.0, "省重大项目"),
        ("完成城东路人行道及3座桥梁改造。", 3.0, "桥梁"),
        ("推進先進製造業集群與20條重點產業鏈建設。", 20.0, "重點產業鏈"),
    ],
    ids=["he", "ji", "traditional-yu"],
)
def test_a_count_after_a_conjunction_is_named_by_the_noun_after_it(sentence, value, noun):
    got = _indicator(_HEAD + sentence + "\n", value)
    assert noun in got and not got.endswith(("和", "及", "与", "與")), got


def test_a_subject_before_the_count_still_names_it():
    assert _indicator(_HEAD + "全市城乡居民医保参保率达到98%。\n", 98.0) == "城乡居民医保参保率"
