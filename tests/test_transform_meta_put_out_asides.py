"""The plan named in "现将《X》印发给你们" is the plan_title also where the notice puts an aside
between the name and 印发 ("(以下简称《方案》)", "（见附件）")."""
from __future__ import annotations

import pytest

from transform.document import parse_document

REST = "\n一、重点任务\n1.新建标准厂房10万平方米。（牵头单位：市发展改革委）\n"


@pytest.mark.parametrize("sentence", [
    "现将 《某市深化新旧动能转换分工落实方案》(以下简称 《方案》)印发给你们,请认真贯彻实施。",
    "现将《某市深化新旧动能转换分工落实方案》（以下简称《方案》）印发给你们，请认真贯彻实施。",
    "现将《某市深化新旧动能转换分工落实方案》（见附件）印发你们，请结合实际抓好落实。",
    "现将《某市深化新旧动能转换分工落实方案》印发给你们，请认真贯彻实施。",
])
def test_the_put_out_name_is_the_plan_title(sentence):
    text = "某政办字〔2026〕1号\n各县区人民政府，市政府各部门：\n" + sentence + REST
    doc = parse_document(text, source="p.txt", is_text=True).document
    assert doc["plan_title"] == "某市深化新旧动能转换分工落实方案"
