"""A date field glued to the value before it on a byline or block line ("来源:某局发布时间:2023-03-10"):
the value ends where the date label starts; a date word inside a value with no date after it stays."""
from __future__ import annotations

import pytest

from transform.document import parse_document

BODY = "\n为推动营商环境持续优化，提出以下措施。\n一、重点任务\n1.压缩开办企业时间至1个工作日。（责任单位：区市场监管局）\n"
TITLE = "某区关于持续优化营商环境的若干措施\n"


def _doc(line: str) -> dict:
    return parse_document("某区人民政府\n" + TITLE + line + BODY, source="p.txt", is_text=True).document


@pytest.mark.parametrize("line,issuer,day", [
    ("来源:某区发展和改革局发布时间:2023-03-10", "某区发展和改革局", "2023-03-10"),
    ("信息来源：某县人民政府办公室发布日期：2024年5月6日", "某县人民政府办公室", "2024-05-06"),
    ("发布机构:某市商务局(某市口岸办)成文日期: 2025/01/20 浏览次数:", "某市商务局(某市口岸办)", None),
    ("来源：某镇人民政府  发布时间：2022-11-02", "某镇人民政府", "2022-11-02"),
])
def test_a_glued_date_field_ends_the_issuer(line, issuer, day):
    doc = _doc(line)
    assert doc["issuer"] == issuer
    if day:
        assert str(doc["publish_date"]) == day


def test_a_glued_written_date_is_read():
    doc = _doc("发文机关：某县交通运输局成文日期：2025-07-01")
    assert doc["issuer"] == "某县交通运输局"
    assert str(doc["written_date"]) == "2025-07-01"


def test_a_date_word_inside_a_value_without_a_date_stays():
    doc = _doc("来源：某县发布时间管理中心")
    assert doc["issuer"] == "某县发布时间管理中心"
