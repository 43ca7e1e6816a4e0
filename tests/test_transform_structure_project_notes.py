"""A section heading that names a project with a note in brackets after the name
("一、科教惠民工程（项目6个，其中基建工程类5个）。主要是新建…") names work: with nothing numbered
below it, it is a task (EXTRACTION.md: a section with no numbered items that names work or a
project is a task). Examples are invented."""

from __future__ import annotations

from transform.document import parse_document


def _titles(text: str) -> list[str]:
    return [t["title"] for t in parse_document(text, source="x.txt", is_text=True).tasks]


def test_a_news_list_of_projects_with_counts_in_brackets():
    text = (
        "某市今年为民办实事十大工程公布\n"
        "一、教育惠民工程（项目5个，其中基建类4个）。主要是新建幼儿园12所。\n"
        "二、健康惠民工程（项目3个）。新建健康驿站3个。\n"
        "三、交通便民工程（项目4个）。改造农村公路60公里。\n"
    )
    assert _titles(text) == [
        "教育惠民工程（项目5个，其中基建类4个）",
        "健康惠民工程（项目3个）",
        "交通便民工程（项目4个）",
    ]


def test_traditional_characters_and_half_width_brackets():
    text = (
        "某市為民辦實事工程\n"
        "一、科教惠民工程(項目6個,其中基建工程類5個)。主要是新建幼兒園35所。\n"
        "二、文化體育惠民工程(項目4個)。完成農村電影公益放映1000場。\n"
    )
    assert len(_titles(text)) == 2


def test_a_plain_project_heading_is_read_as_before():
    text = "某县2026年民生实事\n一、城区道路改造工程\n二、老旧小区改造工程\n"
    assert _titles(text) == ["城区道路改造工程", "老旧小区改造工程"]


def test_a_topic_heading_with_a_note_stays_no_task():
    text = (
        "某县2026年工作方案\n一、总体要求（2026年）\n坚持稳中求进。\n"
        "二、工作原则（试行）\n坚持问题导向。\n"
    )
    assert _titles(text) == []
