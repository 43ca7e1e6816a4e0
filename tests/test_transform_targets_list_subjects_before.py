"""Where 分别 opens its clause and no figure before it in the sentence names the subjects, the
subjects of the list stand at the start of the clause before ("A和B在2022年的基础上实现“双倍增”，
分别超过90家和870家"), up to a word that ends them (在, 实现, 稳步, 与…同步)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize("text,indicators", [
    ("到2027年，全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过90家和870家",
     ["高新技术企业", "科技型企业"]),
    ("全市高新技术企业和科技型中小企业数量稳步增长，分别达到200家、800家",
     ["高新技术企业", "科技型中小企业数量"]),
    ("到2025年，城镇和农村居民人均可支配收入与经济增长同步，分别达到5万元和2.5万元",
     ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("省级和市级龙头企业要进一步壮大，分别新增5家、20家",
     ["省级龙头企业", "市级龙头企业"]),
])
def test_the_subjects_of_a_later_list_come_from_the_clause_before(text, indicators):
    assert [t["indicator"] for t in extract_targets(text)] == indicators


def test_figures_before_in_the_sentence_still_win():
    found = extract_targets("接待游客500万人次，旅游收入50亿元，同比分别增长10%、12%")
    assert [t["indicator"] for t in found][2:] == ["接待游客", "旅游收入"]


def test_one_subject_alone_gives_no_list():
    found = extract_targets("城乡居民收入较快增长，分别增长6%、8%")
    assert len(found) == 2 and found[0]["indicator"] == found[1]["indicator"]


_PAGE = """某区高新技术企业和科技型企业“双倍增”行动计划
一、工作目标
到2025年，全区高新技术企业突破75家、科技型企业超过690家。到2027年，全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过90家和870家。
"""


def test_in_a_goals_paragraph():
    p = parse_document(_PAGE, source="p.txt", is_text=True)
    assert [(t["indicator"], t["value"]) for t in p.targets][2:] == [("高新技术企业", 90), ("科技型企业", 870)]
