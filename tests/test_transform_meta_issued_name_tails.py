"""A notice issuing a plan whose name opens with a 《》 name ("关于印发《政府工作报告》重点工作任务分工
的通知"): the plan is the whole name, 《》 included, not only the report it divides; a second plan
joined by 和/及 or a 文号 after the title changes nothing (transform/metadata._issued_name)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.metadata import _issued_name


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


@pytest.mark.parametrize(
    ("title", "plan"),
    [
        ("关于印发《政府工作报告》重点工作任务分工的通知", "《政府工作报告》重点工作任务分工"),
        ("某区人民政府办公室关于印发《政府工作报告》目标任务分解方案的通知(某政办字〔2021〕3号)",
         "《政府工作报告》目标任务分解方案"),
        ("关于印发《某县2024年工作要点》的通知", "某县2024年工作要点"),
        ("关于印发《某县2024年工作要点》及任务清单的通知", "某县2024年工作要点"),
        ("关于印发《甲方案》和《乙方案》的通知", "甲方案"),
    ],
)
def test_the_name_a_notice_issues(title, plan):
    assert _issued_name(title) == plan


def test_a_notice_page_dividing_the_work_report():
    text = (
        "某市某区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知\n"
        "某政办字〔2021〕3号\n"
        "各街道办事处、镇人民政府，区政府各部门：\n"
        "2021年《政府工作报告》重点工作责任分工已经区政府同意，现印发给你们，请一并抓好贯彻落实。\n"
        "某市某区人民政府办公室\n2021年4月1日\n"
    )
    doc = _doc(text)
    assert doc["plan_title"] == "《政府工作报告》重点工作任务分工"
    assert doc["is_plan"] is True
