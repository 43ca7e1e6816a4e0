"""A page that shows only the notice issuing a plan (the plan is in a separate file): its numbered
sections are the notice's requirements, not tasks — where the notice issues something (现将…印发
给你们), announces its requirements (提出以下工作要求, 就有关事项通知如下), has at most five
sections and names no unit. A plan printed under its notice keeps its tasks."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="n.txt", is_text=True).tasks


_HEAD = "某县人民政府办公室关于印发2024年县政府工作报告目标任务分解方案的通知\n各乡镇人民政府，县直各部门：\n"


@pytest.mark.parametrize("preamble, sections", [
    ("《分解方案》已经县政府同意，现印发给你们，并提出以下工作要求，请认真贯彻执行。",
     "一、高度重视，抓好落实。各单位要把目标任务落实到人。\n二、加强统筹，压实责任。各单位要建立工作台账。\n"
     "三、强化督查，严格考核。县政府督查室定期通报进展。\n"),
    ("现将《分解方案》印发给你们，并就有关事项通知如下：",
     "一、提高认识。\n二、加强协作。一是建立联络机制；二是定期会商。\n三、严格督办。\n"),
])
def test_the_requirements_of_a_notice_without_its_plan_are_no_tasks(preamble, sections):
    assert _tasks(_HEAD + preamble + "\n" + sections + "某县人民政府办公室\n2024年2月1日\n") == []


def test_a_notice_whose_sections_name_units_keeps_them():
    text = (_HEAD + "现将《分解方案》印发给你们，并提出以下工作要求。\n"
            "一、新建城区学校2所。（牵头单位：县教育局）\n二、改造老旧小区10个。（牵头单位：县住建局）\n")
    assert [t["path"] for t in _tasks(text)] == [["一"], ["二"]]


def test_a_plan_without_an_announcement_keeps_its_sections():
    text = ("某镇2024年人居环境整治工作方案\n为改善农村人居环境，制定本方案。\n"
            "一、推进厕所革命。完成户厕改造200户。\n二、治理生活垃圾。新建垃圾收集点20个。\n"
            "三、整治村容村貌。拆除危旧房30处。\n")
    assert len(_tasks(text)) == 3


def test_a_plan_under_its_notice_keeps_its_tasks():
    text = (_HEAD + "现将《分解方案》印发给你们，并提出以下工作要求。\n"
            "一、高度重视。\n二、压实责任。\n某县人民政府办公室\n2024年2月1日\n"
            "2024年县政府工作报告目标任务分解方案\n一、经济发展\n1.地区生产总值增长6%。（牵头单位：县发改局）\n"
            "2.新增规上企业10家。（牵头单位：县工信局）\n")
    assert [t["path"][-1] for t in _tasks(text)] == ["1", "2"]
