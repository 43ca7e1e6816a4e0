"""A red header whose 关于… line ends with a word that is itself a kind of document (…政府工作报告,
…实施方案, …规划) before the line that closes the title ("…的通知"): the title runs on to that line,
since a 关于 title names its kind after 的."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


@pytest.mark.parametrize("head,title,plan", [
    ("某某市某县人民政府办公室\n关于印发2023年县政府工作报告\n目标任务分解方案的通知",
     "某某市某县人民政府办公室关于印发2023年县政府工作报告目标任务分解方案的通知",
     "2023年县政府工作报告目标任务分解方案"),
    ("某区人民政府\n关于印发某区“十四五”综合交通规划\n实施方案的通知",
     "某区人民政府关于印发某区“十四五”综合交通规划实施方案的通知",
     "某区“十四五”综合交通规划实施方案"),
    ("关于印发某镇2024年工作计划\n的通知", "关于印发某镇2024年工作计划的通知", "某镇2024年工作计划"),
])
def test_a_title_split_after_a_kind_word_runs_on_to_its_notice_end(head, title, plan):
    d = _doc(f"某政办发〔2023〕5号\n{head}\n各乡镇人民政府，县政府各部门：\n"
             "现将方案印发给你们，请认真贯彻执行。\n一、提高认识。\n二、压实责任。\n")
    assert d["title"] == title
    assert d["plan_title"] == plan


def test_a_complete_title_is_not_joined_to_the_salutation():
    d = _doc("某县人民政府关于2023年工作情况的报告\n县人大常委会：\n现将有关情况报告如下。\n")
    assert d["title"] == "某县人民政府关于2023年工作情况的报告"
