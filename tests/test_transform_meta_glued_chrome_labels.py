"""A page-chrome label glued to the value before it ("信息来源:某县人民政府文字大小:[ ] 背景色:",
"来源：某局浏览次数：12") ends that value; a label inside a kept one (字号 in 发文字号) does not."""
from __future__ import annotations

import pytest

from transform.document import parse_document

BODY = (
    "\n各乡镇人民政府，县政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n"
    "一、重点任务\n1.新建学校3所。（牵头单位：县教育局）\n"
)
TITLE = "某县人民政府关于印发某县2026年重点工作方案的通知\n"


@pytest.mark.parametrize("line,issuer", [
    ("发布时间:2026-08-23 14:52信息来源:某县人民政府文字大小:[    ] 背景色:", "某县人民政府"),
    ("来源：某县发展和改革局浏览次数：128", "某县发展和改革局"),
    ("信息来源:某县财政局视力保护色:", "某县财政局"),
])
def test_a_glued_chrome_label_ends_the_issuer(line, issuer):
    doc = parse_document(TITLE + line + BODY, source="p.txt", is_text=True).document
    assert doc["issuer"] == issuer


def test_a_doc_number_label_is_not_split():
    text = TITLE + "发布机构：某县人民政府\n发文字号：某政发〔2026〕3号\n" + BODY
    assert parse_document(text, source="p.txt", is_text=True).document["doc_number"] == "某政发〔2026〕3号"
