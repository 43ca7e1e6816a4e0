"""The sections of a 政策解读 that tell how a document came about (一、出台背景 / 起草背景 / 制定依据 /
起草过程) name a topic, not work: no task, although 出台 and 制定 open work headings elsewhere
(lexicon `structure_topic_headings`). Sections that name work with those verbs stay tasks."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _paths(text: str) -> set[tuple]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return {tuple(t["path"]) for t in doc.tasks}


@pytest.mark.parametrize(
    "heading",
    [
        "出台背景",
        "起草背景",
        "制定背景",
        "制定依据",
        "出台依据",
        "起草过程",
        "起草背景和依据",
        "制定背景及意义",
    ],
)
def test_a_reading_guide_section_on_how_the_plan_came_about_is_no_task(heading):
    text = (
        "《某县2025年政府工作报告目标任务分工方案》政策解读\n"
        "2025年3月10日，某县人民政府印发了《分工方案》，现将主要内容解读如下：\n"
        f"一、{heading}\n"
        "县人大会议审议通过的《政府工作报告》明确了全年主要任务，县政府办公室进行细化分解，形成了《分工方案》。\n"
        "二、主要内容\n"
        "《分工方案》共分解任务120项，明确了牵头单位和责任单位。\n"
        "三、保障措施\n"
        "县政府办公室将定期调度，每季度通报一次进展。\n"
    )
    assert ("一",) not in _paths(text)


def test_traditional_characters_read_the_same():
    text = (
        "《某市穩就業若干措施》政策解讀\n"
        "一、出臺背景\n"
        "為貫徹落實省委省政府部署，市人力資源社會保障局起草了《若干措施》。\n"
        "二、主要內容\n"
        "《若干措施》共十條，涵蓋援企穩崗、擴大就業等方面。\n"
    )
    assert ("一",) not in _paths(text)


@pytest.mark.parametrize(
    "heading",
    [
        "出台支持民营经济发展的若干措施",  # the verb names work: a task
        "制定农村人居环境整治年度计划",
        "起草地方性法规草案并报送审议",
    ],
)
def test_sections_naming_work_with_the_same_verbs_stay_tasks(heading):
    text = (
        "某县2025年重点改革任务清单\n"
        f"一、{heading}\n"
        "年内完成。牵头单位：县司法局\n"
        "二、推进园区基础设施建设\n"
        "新建道路5公里。牵头单位：县住建局\n"
    )
    assert {("一",), ("二",)} <= _paths(text)
