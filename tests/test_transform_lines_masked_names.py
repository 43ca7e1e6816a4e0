"""Asterisks a mirror uses to mask names ("1.**区上顿渡**2024年**民宅改造工程", "4.**区**安置房…") are
kept as printed, not read as markdown bold: they come in an odd number on the line, or the first
pair runs on into the text. Markdown bold closing on a sentence, a line's end, punctuation or a
space is still removed. Invented lines."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.markup import unmarked_lines


@pytest.mark.parametrize(
    "line",
    [
        "1.**区东坪**2024年**民宅改造工程",
        "4.**区**安置房东侧道路建设工程",
        "9.**区青禾镇六组桥梁**工程",
        "2.**县**2025****小区改造工程",
    ],
)
def test_masked_names_stay_as_printed(line):
    assert unmarked_lines([line]) == [line]


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("**1.加强组织领导。**成立工作专班。", "1.加强组织领导。成立工作专班。"),
        ("1. **深化改革开放**：推进重点领域改革。", "1. 深化改革开放：推进重点领域改革。"),
        ("**一、总体要求**", "一、总体要求"),
        ("2.**新建口袋公园5个** 年底前完成。", "2.新建口袋公园5个 年底前完成。"),
    ],
)
def test_markdown_bold_is_still_removed(line, plain):
    assert unmarked_lines([line]) == [plain]


def test_masked_project_list_titles_keep_their_masks():
    text = (
        "某区2025年民生实事项目公告\n表决通过**区2025年民生实事项目:\n"
        "1.**区东坪**2024年**民宅改造工程\n2.**区**安置房东侧道路建设工程\n3.**区耕地质量提升示范项目\n"
    )
    titles = [t["title"] for t in parse_document(text, source="m.txt", is_text=True).tasks]
    assert titles == ["**区东坪**2024年**民宅改造工程", "**区**安置房东侧道路建设工程", "**区耕地质量提升示范项目"]
