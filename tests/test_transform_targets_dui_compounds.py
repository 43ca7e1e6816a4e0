"""对 opens an indicator as a preposition ("对30个小区进行改造"), but 对外 and 对口 are the
first characters of a noun (对外贸易依存度, 对外开放度, 对口帮扶资金): the indicator keeps
them; so are 完成/开工/建成 of a rate (完成率, 开工率, 建成率), no lead verb."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


@pytest.mark.parametrize("text,indicator", [
    ("对外贸易依存度提高到15%", "对外贸易依存度"),
    ("力争对外开放度达到20%", "对外开放度"),
    ("全市对外贸易总额突破500亿元", "对外贸易总额"),
    ("对口帮扶资金达到3000万元", "对口帮扶资金"),
    ("制造业占比提高到30%以上、对外直接投资增长10%", "对外直接投资"),
])
def test_dui_wai_and_dui_kou_open_a_noun(text, indicator):
    assert extract_targets(text)[-1]["indicator"] == indicator


def test_dui_as_a_preposition_still_goes():
    (t,) = extract_targets("对30个小区进行改造")
    assert not t["indicator"].startswith("对")


_TRADITIONAL = """某省“十四五”規劃綱要
二、主要目標
“十四五”期間,力爭將製造業占比提高到30%以上、研發投入年均增速12%以上、對外貿易依存度提高到15%。
"""


def test_in_traditional_text_too():
    p = parse_document(_TRADITIONAL, source="p.txt", is_text=True)
    assert p.targets[-1]["indicator"] == "對外貿易依存度"


@pytest.mark.parametrize("text,indicator", [
    ("全年完成率达到95%以上", "完成率"),
    ("开工率达到90%", "开工率"),
    ("建成率达到100%", "建成率"),
])
def test_a_rate_of_a_lead_verb_stays_whole(text, indicator):
    (t,) = extract_targets(text)
    assert t["indicator"] == indicator


def test_the_lead_verb_before_a_noun_still_goes():
    (t,) = extract_targets("完成投资50亿元")
    assert t["indicator"] == "投资"
