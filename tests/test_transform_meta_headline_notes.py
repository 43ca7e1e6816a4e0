"""A news headline is found past two things printed around it: an empty date label right above it
("发布日期:" with no date, the headline on the next line is no date), and a repost's "原标题:…" note
right under it (the note is not the prose that tells a headline from a list of links)."""
from __future__ import annotations

import pytest

from transform.document import parse_document

PROSE = (
    "3月14日，某县举行2026年重点项目集中开复工仪式，全年确定实施重点项目52个，其中续建项目19个，"
    "新建项目33个，项目总投资134.12亿元，年度计划投资53.6亿元。\n"
)


def _title(text: str) -> str | None:
    return parse_document(text, source="p.txt", is_text=True).document["title"]


@pytest.mark.parametrize("label", ["发布日期:", "发布时间：", "• 发布日期："])
def test_a_headline_under_an_empty_date_label(label):
    text = f"当前版:02版\n{label}\n某县重点项目集中开复工\n来源：某县融媒体中心 作者：张三\n" + PROSE
    assert _title(text) == "某县重点项目集中开复工"


def test_a_date_under_a_date_label_is_still_its_value():
    text = "发布日期:\n2026-03-15\n某县重点项目集中开复工\n来源：某县融媒体中心 作者：张三\n" + PROSE
    doc = parse_document(text, source="p.txt", is_text=True).document
    assert doc["title"] == "某县重点项目集中开复工"
    assert str(doc["publish_date"]) == "2026-03-15"


@pytest.mark.parametrize("note", [
    "原标题:某县48个重点项目集中开工 总投资达71.73亿元",
    "（原标题：某县48个重点项目集中开工）",
])
def test_a_headline_over_an_original_title_note(note):
    text = "某市:重点项目集中开工 投资71.73亿元\n" + note + "\n" + PROSE
    assert _title(text) == "某市:重点项目集中开工 投资71.73亿元"
