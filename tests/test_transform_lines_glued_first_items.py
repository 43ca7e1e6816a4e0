"""A section heading printed with its first item on the same line, the line break between them
lost in a conversion ("一、明确目标任务,促进学前教育快速发展1、学前三年教育发展目标。"): the heading
is a section of its own and the item its first task. The glued number must open a run (1) or go
on from the item before (3 after 2); a number inside a name or a list of numbers stays text
(transform/lines.py `_unglued_item`)."""

from __future__ import annotations

from transform.document import parse_document


def _doc(lines: list[str]):
    return parse_document("\n".join(lines) + "\n", source="t.txt", is_text=True)


def _paths(doc) -> list[list[str]]:
    return [t["path"] for t in doc.tasks]


def test_a_heading_glued_to_its_first_item_and_the_next_section_glued_to_its_item():
    doc = _doc(
        [
            "某市关于加快学前教育发展的若干意见",
            "一、明确目标任务,促进学前教育快速发展1、提高学前三年幼儿入园率。",
            "2025年,全市学前三年幼儿入园率达到96%以上。",
            "2、推进普惠性幼儿园建设。",
            "新建改扩建幼儿园20所。",
            "二、改革管理体制,健全学前教育管理网络3、理顺学前教育管理体制。",
            "实行政府负责、分级管理的管理体制。",
        ]
    )
    assert _paths(doc) == [["一", "1"], ["一", "2"], ["二", "3"]]
    assert [t["title"] for t in doc.tasks] == [
        "提高学前三年幼儿入园率",
        "推进普惠性幼儿园建设",
        "理顺学前教育管理体制",
    ]
    first = doc.tasks[0]["task_id"]
    assert [t["value"] for t in doc.targets if t["task_id"] == first] == [96.0]


def test_a_work_plan_with_units_after_the_glued_item():
    doc = _doc(
        [
            "某县2024年农村人居环境整治工作方案",
            "一、重点任务1.推进农村改厕。完成农村户厕改造1500户。（牵头单位：县农业农村局；配合单位：各乡镇）",
            "2.推进生活污水治理。新建污水处理设施12座。（牵头单位：县生态环境局）",
        ]
    )
    assert _paths(doc) == [["一", "1"], ["一", "2"]]
    assert doc.tasks[0]["title"] == "推进农村改厕"
    assert doc.tasks[0]["lead_units"] == ["县农业农村局"]
    assert doc.tasks[0]["participating_units"] == ["各乡镇"]


def test_traditional_characters():
    doc = _doc(
        [
            "某市學前教育發展實施意見",
            "一、明確目標任務,促進學前教育發展1、提高幼兒入園率。",
            "2、推進普惠性幼兒園建設。",
        ]
    )
    assert _paths(doc) == [["一", "1"], ["一", "2"]]
    assert doc.tasks[0]["title"] == "提高幼兒入園率"


def test_numbers_inside_a_heading_stay_text():
    # "1、2号线" lists numbers; "3、" opens no run (no item 2 before it)
    doc = _doc(
        [
            "某市2024年重点工程建设计划",
            "一、加快地铁1、2号线建设",
            "二、新建学校3、改扩建学校5所",
            "三、实施城区道路改造工程",
        ]
    )
    assert _paths(doc) == [["一"], ["二"], ["三"]]
    assert doc.tasks[0]["title"] == "加快地铁1、2号线建设"
    assert doc.tasks[1]["title"] == "新建学校3、改扩建学校5所"
