"""A count in Chinese numerals opening its clause as the subject of a verb of completion
("七个乡镇卫生院完成搬迁", "三座水厂建成投用"): read like its digits ("7个乡镇卫生院完成搬迁" is a
target), while a slogan opening a clause ("四个意识进一步增强", "两个维护落实到位", "四个结构性指标
均实现增长") has no such verb and stays out. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _vu(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan item
        ("完成县妇幼保健院主体工程建设，七个乡镇卫生院完成搬迁或改扩建。", [(7.0, "个")]),
        # a news report
        ("记者从县教育局获悉，十二所农村学校今年完成校舍改造。", [(12.0, "所")]),
        ("力争三座污水处理厂年内建成投用，", [(3.0, "座")]),
        # a table row rendered as text
        ("水厂建设\t两座水厂竣工\t县水利局", [(2.0, "座")]),
    ],
)
def test_subject_count_of_finished_work(text, expected):
    assert _vu(text) == expected


def test_traditional_characters_in_a_whole_page():
    page = "一、重點任務\n1.推進醫共體建設，七個鄉鎮衛生院完成搬遷。\n"
    targets = parse_document(page, source="t.txt", is_text=True).targets
    assert [(t["value"], t["unit"]) for t in targets] == [(7.0, "個")]


@pytest.mark.parametrize(
    "text",
    [
        "四个意识进一步增强，两个维护落实到位。",  # slogans: no verb of completion
        "确保有效投资增长高于经济增长、四个结构性指标均实现较快增长。",  # 均实现: a slogan's figures
        "一个中心完成组建。",  # a count of one opening its clause: a figure of speech as before
        "这三个项目完成验收。",  # a pointer at things named before
        "三个一批项目完成签约。",  # 三个一批: a slogan
    ],
)
def test_near_misses_stay_out(text):
    assert _vu(text) == []
