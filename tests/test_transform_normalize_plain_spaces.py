"""Spaces other than the ASCII one in a text copied from an HTML page or a word processor: no-break
spaces (U+00A0, "1\u00a0实施…", "文\u00a0号"), the typographic spaces U+2000–U+200A, a narrow no-break
space (U+202F), and line or paragraph separators (U+2028, U+2029) where the lines break. They are
read as the space (or line break) NFKC makes of them in the page's working copy
(transform/normalize.py), as the HTML reader already reads &nbsp;, and printed as found; the
ideographic space U+3000 stays what it is."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.normalize import without_format_marks, working_copy

NBSP = "\u00a0"


def _parse(text: str):
    return parse_document(text, source="t.txt", is_text=True)


def _news_list(space: str, indent: str) -> str:
    return (
        "2022年青禾市政府十大民生实事出炉\n"
        f"{indent}按照得票多少，确定以下项目为市政府2022年度民生实事项目：\n\n"
        f"{indent}1{space}实施10条城市“断头路”畅通工程；\n\n"
        f"{indent}2{space}建设20所普惠性幼儿园；\n\n"
        f"{indent}3{space}实施城乡社区幸福养老试点工程。\n"
    )


@pytest.mark.parametrize("space", [NBSP, "\u2002", "\u2003", "\u202f", NBSP * 2])
def test_a_news_list_numbered_with_a_no_break_space(space):
    doc = _parse(_news_list(space, NBSP * 4))
    assert [t["title"] for t in doc.tasks] == [
        "实施10条城市“断头路”畅通工程",
        "建设20所普惠性幼儿园",
        "实施城乡社区幸福养老试点工程",
    ]
    assert [(t["value"], t["unit"]) for t in doc.targets] == [(10.0, "条"), (20.0, "所")]


def test_the_same_list_with_plain_spaces_reads_the_same():
    plain = _parse(_news_list(" ", "    "))
    odd = _parse(_news_list(NBSP, NBSP * 4))
    assert [t["title"] for t in odd.tasks] == [t["title"] for t in plain.tasks]


@pytest.mark.parametrize(
    "head",
    [
        f"索{NBSP}引{NBSP}号：11420000/2021-00123\n发布日期：2021-2-4{NBSP}{NBSP}文{NBSP}号：青政办通〔2021〕5号\n",
        f"发文字号{NBSP}青政办通〔2021〕5号{NBSP}发布日期{NBSP}2021-2-4\n",
        "文\u2002号：青政办通〔2021〕5号\n发布日期：2021年2月4日\n",
    ],
)
def test_labels_spaced_with_no_break_spaces(head):
    page = (
        head + "青禾市人民政府办公室关于印发青禾市2021年重点民生实事的通知\n"
        "各县区人民政府：\n现将《青禾市2021年重点民生实事》印发给你们，请认真组织实施。\n"
    )
    doc = _parse(page).document
    assert doc["doc_number"] == "青政办通〔2021〕5号"
    assert str(doc["publish_date"]) == "2021-02-04"
    assert doc["plan_title"] == "青禾市2021年重点民生实事"


def test_a_task_table_rendered_with_no_break_spaces():
    text = (
        "青禾县2024年重点工作任务分解表\n"
        "一、农业农村\n"
        f"1{NBSP}{NBSP}稳定粮食生产。全年粮食播种面积稳定在52万亩以上。{NBSP}{NBSP}牵头单位：县农业农村局\n"
        f"2{NBSP}{NBSP}推进高标准农田建设。新建高标准农田3万亩。{NBSP}{NBSP}牵头单位：县农业农村局\n"
    )
    doc = _parse(text)
    assert [t["title"] for t in doc.tasks] == ["稳定粮食生产", "推进高标准农田建设"]
    assert doc.tasks[1]["lead_units"] == ["县农业农村局"]


def test_line_separators_break_lines():
    text = "青禾县2025年为民办实事项目\u2028一、民生保障\u20281.新建村级养老服务站3个。\u20292.改造农村公路20公里。\n"
    doc = _parse(text)
    assert [t["path"] for t in doc.tasks] == [["一", "1"], ["一", "2"]]
    assert [(t["value"], t["unit"]) for t in doc.targets] == [(3.0, "个"), (20.0, "公里")]


def test_the_ideographic_space_stays():
    assert working_copy("\u3000\u30001.加强组织领导") is None


def test_a_text_without_them_needs_no_copy():
    assert working_copy("一、总体要求\n1. 加强组织领导。") is None


def test_line_separators_are_line_breaks():
    assert (
        without_format_marks("一、总体要求\u20281.加强组织领导。\u2029") == "一、总体要求\n1.加强组织领导。\n"
    )


def test_strings_are_printed_as_found():
    copy = working_copy(f"文{NBSP}号：青政办通〔2021〕5号\n发布日期")
    assert copy is not None
    assert copy.text == "文 号：青政办通〔2021〕5号\n发布日期"
    assert copy.printed("文 号") == f"文{NBSP}号"
    doc = _parse(_news_list(NBSP, NBSP * 4))
    assert doc.document["body_text"].count(NBSP) > 4
