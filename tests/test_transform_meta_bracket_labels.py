"""A law database's field rows print the label in 【】 with no colon ("∙【制定机关】某市人民政府办公厅",
"【公布日期】2020.01.17", "【发布部门】…", "【发文字号】…"): they fill the fields like "label: value";
a bracketed word that names no field, or a bracket around a whole field, is left as it was."""
from __future__ import annotations

import pytest

from transform.document import parse_document

BODY = (
    "正文\n某市人民政府办公厅关于印发2026年重点工作责任分解方案的通知\n各区人民政府，市人民政府各部门：\n"
    "现将方案印发给你们，请认真贯彻执行。\n一、重点任务\n1.新建学校3所。（牵头单位：市教育局）\n"
)


@pytest.mark.parametrize("block", [
    "文章属性\n∙【制定机关】某市人民政府办公厅\n∙【公布日期】2026.01.17\n∙【字 号】某政办〔2026〕1号\n∙【时效性】现行有效",
    "【发布部门】某市人民政府办公厅\n【发文字号】某政办〔2026〕1号\n【发布日期】2026-01-17\n【实施日期】2026-01-17",
    "【 发布部门 】 某市人民政府办公厅 【 发布日期 】 2026年1月17日",
])
def test_bracketed_labels_fill_the_fields(block):
    doc = parse_document(block + "\n" + BODY, source="p.txt", is_text=True).document
    assert doc["issuer"] == "某市人民政府办公厅"
    assert str(doc["publish_date"]) == "2026-01-17"


def test_a_bracketed_doc_number_label():
    block = "【发布部门】某市人民政府办公厅\n【发文字号】某政办〔2026〕1号\n【发布日期】2026-01-17"
    assert parse_document(block + "\n" + BODY, source="p.txt", is_text=True).document["doc_number"] == "某政办〔2026〕1号"


@pytest.mark.parametrize("line", ["【重点工作】新建学校3所", "【项目名称】某县城区管网改造工程"])
def test_a_bracketed_word_that_names_no_field_fills_nothing(line):
    doc = parse_document(line + "\n" + BODY, source="p.txt", is_text=True).document
    assert doc["issuer"] is None or doc["issuer"] != "新建学校3所"
    assert doc["publish_date"] is None
