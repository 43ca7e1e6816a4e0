"""The wordings a notice announces its own requirements with, before sections of its own
(一、强化组织协调 …): "提出以下工作要求", and "提出下列工作要求" / "下列要求" too. With the plan only in a
separate file, such sections are the notice's requirements, not the plan's tasks; sections that
name units stay tasks (transform.notice_requirements)."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="n.txt", is_text=True).tasks


_HEAD = "某市人民政府办公室关于印发都市圈发展规划重点任务责任分工方案的通知\n各县（市、区）人民政府，市政府各部门：\n"


@pytest.mark.parametrize("announce", [
    "现将《责任分工方案》印发给你们，并提出下列工作要求，请结合实际认真抓好落实。",
    "《实施方案》已经市政府同意，现印发给你们，请按照下列要求认真组织实施。",
    "现将《任务清单》印发给你们，有关下列几点要求请一并贯彻。",
])
def test_requirements_announced_with_xialie_are_no_tasks(announce):
    sections = (
        "一、强化组织协调\n各有关县（市、区）要建立推动落实机制，全力组织实施规划。\n"
        "二、强化要素保障\n各级各部门要积极争取资金、用地等要素支持。\n"
        "三、强化督促检查\n市政府督查室定期通报进展情况。\n"
    )
    assert _tasks(_HEAD + announce + "\n" + sections + "某市人民政府办公室\n2022年5月10日\n") == []


def test_sections_that_name_units_stay_tasks():
    text = (_HEAD + "现将《责任分工方案》印发给你们，并提出下列工作要求。\n"
            "一、建设城际快速通道。（牵头单位：市交通运输局）\n二、推进公交一体化。（牵头单位：市交通运输局）\n")
    assert [t["path"] for t in _tasks(text)] == [["一"], ["二"]]


def test_a_plan_that_lists_its_work_below_a_xialie_sentence_keeps_it():
    text = ("某县2024年农村人居环境整治工作方案\n为改善农村人居环境，重点抓好下列工作。\n"
            "一、推进厕所革命。完成户厕改造200户。\n二、治理生活垃圾。新建垃圾收集点20个。\n")
    assert len(_tasks(text)) == 2
