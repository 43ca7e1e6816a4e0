"""Two 信息公开 fields on one line: a value ends where the next label starts, also the label of a
field the documents table does not keep (公开方式, 统一编号, 公开范围 …); and a label printed alone
with no value does not take the next field's line as its value."""
from __future__ import annotations

import pytest

from transform.document import parse_document

BODY = "\n某县2026年农村公路建设工作方案\n一、重点任务\n1.新改建农村公路30公里。（牵头单位：县交通运输局）\n"


def _doc(block: str) -> dict:
    return parse_document(block + BODY, source="p.txt", is_text=True).document


@pytest.mark.parametrize("block,issuer", [
    ("索引号: 0012/2026-00031 成文日期: 2026-03-02\n发布机构: 县政府办公室 公开方式: 主动公开", "县政府办公室"),
    ("发布单位：某市交通运输局  公开范围：面向社会", "某市交通运输局"),
    ("信息索引号：0012-2026-1 发文机关：某县人民政府 公开时限：长期公开", "某县人民政府"),
    ("发文单位:某区发展和改革局 公开形式:政府网站", "某区发展和改革局"),
])
def test_an_unkept_label_ends_the_issuer(block, issuer):
    assert _doc(block)["issuer"] == issuer


@pytest.mark.parametrize("block,number", [
    ("文件编号: 某政办发〔2026〕3号 统一编号:", "某政办发〔2026〕3号"),
    ("发文字号：某交发〔2026〕12号　规范性文件统一编号：ZJGS00-2026-0001", "某交发〔2026〕12号"),
    ("文号: 某水字〔2026〕5号 主题词: 水利 农村", "某水字〔2026〕5号"),
])
def test_an_unkept_label_ends_the_doc_number(block, number):
    assert _doc("发布机构: 某县政府办\n" + block)["doc_number"] == number


def test_a_kept_value_after_an_unkept_field_is_still_read():
    doc = _doc("公开方式: 主动公开 发布机构: 某县农业农村局\n统一编号: 无 成文日期: 2026-02-10")
    assert doc["issuer"] == "某县农业农村局"
    assert str(doc["written_date"]) == "2026-02-10"


@pytest.mark.parametrize("block", [
    # one cell a line: an empty 文号 before the next label's line
    "索引号:\n0012/2026-00031\n发布机构:\n某县教育局\n文号:\n发文日期: 2026-03-13\n发布日期: 2026-03-13",
    "• 发布机构：\n• 某县教育局\n• 发文字号：\n• 成文日期：2026-03-13",
    "发布机构\n某县教育局\n文号\n公开方式：主动公开\n发布日期\n2026-03-13",
])
def test_an_empty_label_alone_does_not_take_the_next_field(block):
    text = "某县人民政府门户网站\n当前位置: 首页 > 信息公开\n" + block
    doc = parse_document(text + BODY, source="p.txt", is_text=True).document
    assert doc["doc_number"] is None
    assert doc["issuer"] == "某县教育局"


def test_a_label_alone_still_takes_its_value_on_the_next_line():
    text = "某县人民政府门户网站\n当前位置: 首页 > 信息公开\n发布机构\n某县教育局\n文号\n某教发〔2026〕7号\n发布日期\n2026-03-13"
    doc = parse_document(text + BODY, source="p.txt", is_text=True).document
    assert doc["doc_number"] == "某教发〔2026〕7号"
