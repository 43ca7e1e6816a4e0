"""A number that opens a text (a task whose heading starts with its figure: "（三）500户农村户厕完成
改造") is read like any other: the "glued to a code" rule looks at the character before it, and
there is none. Invented examples."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.explain_report import explain_document
from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("500户农村户厕完成改造。", 500.0, "户"),
        ("12公里农村公路完成提档升级。", 12.0, "公里"),
        ("3.5万亩高标准农田建成投用。", 3.5, "万亩"),
    ],
)
def test_a_figure_at_the_start_of_a_text_is_a_target(text, value, unit):
    found = extract_targets(text)
    assert [(r["value"], r["unit"]) for r in found] == [(value, unit)]


@pytest.mark.parametrize("text", ["2024年底前完成。", "5G基站全覆盖。", "1 新建公园。"])
def test_a_year_a_code_or_a_bare_number_at_the_start_is_still_none(text):
    assert extract_targets(text) == []


def test_a_task_whose_heading_opens_with_its_figure_keeps_it():
    page = "2025年某镇民生实事\n一、人居环境\n（一）800户农村户厕完成改造。（牵头单位：镇农业服务中心）\n"
    parsed = parse_document(page, source="x.txt", is_text=True)
    assert [(t["value"], t["unit"], t["year"]) for t in parsed.targets] == [(800.0, "户", 2025)]
    _, events = explain_document(page, source="x.txt", is_text=True)
    number = next(e for e in events if e["kind"] == "number" and e["number"].startswith("800"))
    assert number["status"] == "kept" and number["position"] == 0
