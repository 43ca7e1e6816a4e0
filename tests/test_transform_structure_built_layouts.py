"""A heading that builds a layout (构建…的空间布局, 优化…的总体布局) names work: its items are tasks.
Only a topic after 的 with no verb before it (全县产业的空间布局) or a plan's own topic
(深化…改革的总体要求) keeps its items out (transform/structure._is_topic_heading)."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _paths(text: str) -> set[tuple]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return {tuple(t["path"]) for t in doc.tasks}


@pytest.mark.parametrize(
    "heading",
    [
        "构建协同融合一体化发展的空间布局",
        "优化全县产业发展的总体布局",
        "形成多点支撑、协同联动的产业空间布局",
    ],
)
def test_a_chapter_building_a_layout_keeps_its_sections_as_tasks(heading):
    text = (
        "某市“十四五”发展规划\n"
        "第一章 总体要求\n"
        "第一节 指导思想\n"
        "以新发展理念为引领。\n"
        f"第二章 {heading}\n"
        "第一节 同步实施国土空间总体规划\n"
        "统筹划定三条控制线。\n"
        "第二节 加快基础设施互联互通\n"
        "新建城际道路50公里。\n"
        "第三章 发展壮大工业经济\n"
        "第一节 推动纺织服装产业高质量发展\n"
        "打造纺织服装产业集群。\n"
    )
    paths = _paths(text)
    assert ("第二章", "第一节") in paths and ("第二章", "第二节") in paths
    assert ("第一章", "第一节") not in paths


def test_numbered_plan_in_traditional_characters():
    text = (
        "某縣產業發展實施方案\n"
        "一、構建“一核兩帶”的空間布局\n"
        "(一)做強縣城核心區。建設產業園區2個。\n"
        "(二)培育沿河經濟帶。新建旅遊項目3個。\n"
        "二、保障措施\n"
        "加強組織領導。\n"
    )
    assert {("一", "(一)"), ("一", "(二)")} <= _paths(text)


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        (
            "深化预算管理制度改革的总体要求",
            ["1.指导思想。以新发展理念为引领。", "2.基本原则。坚持统筹兼顾。"],
        ),
        ("全县产业的空间布局", ["(一)一核。县城核心区。", "(二)两带。沿河经济带和沿路经济带。"]),
    ],
)
def test_topics_after_de_keep_their_items_out(heading, items):
    text = (
        "某县产业发展实施方案\n"
        + f"一、{heading}\n"
        + "\n".join(items)
        + "\n二、推进园区建设\n新建标准厂房10万平方米。\n"
    )
    paths = _paths(text)
    assert not any(p[0] == "一" and len(p) > 1 for p in paths)
