"""A headline naming feedback asked for ("广泛听取各方面意见建议", "认真听取群众意见和建议") names no
plan: 意见 before 建议 is an opinion given, not an 意见 document; a headline naming an 实施意见 is
unchanged."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_ASKED = """本报北京10月31日电 记者从国家发展改革委获悉，正抓紧开展规划纲要草案编制相关工作。
广泛听取各方面意见建议，门户网站开设专栏，征集重点领域的发展建议，截止时间为2025年11月14日。
"""


@pytest.mark.parametrize(
    "headline",
    ["广泛听取各方面意见建议", "廣泛聽取各方面意見建議", "认真听取群众意见和建议"],
    ids=["simplified", "traditional", "joined"],
)
def test_feedback_asked_for_is_no_plan_kind(headline):
    doc = parse_document(headline + "\n来源：人民网\n" + _ASKED, source="p.txt", is_text=True).document
    assert doc["plan_title"] is None


def test_an_opinion_document_keeps_its_name():
    headline = "某市人民政府关于加快发展养老服务业的实施意见"
    doc = parse_document(headline + "\n来源：某市人民政府\n" + _ASKED, source="p.txt", is_text=True).document
    assert doc["plan_title"] == headline
