"""A 信息公开 block rendered one cell a line ("索引号" / "011437144/2023-06550" / "发文字号" / …):
each label alone on its line gives its value on the next line; a label alone is never the page's
headline; an 附件 line above the signature date is no issuer (transform/metadata, headings)."""

from __future__ import annotations

from datetime import date

import pytest

from transform.document import parse_document
from transform.metadata import label_pairs


def _doc(text: str) -> dict:
    return parse_document(text, source="page.txt", is_text=True).document


_BLOCK = (
    "某县人民政府关于分解落实2025年县政府工作目标任务的通知\n"
    "索引号\n"
    "0123456789/2025-00042\n"
    "发文单位\n"
    "县人民政府办公室\n"
    "发文字号\n"
    "某政发〔2025〕3号\n"
    "发布日期\n"
    "2025年02月20日 09:30:00\n"
    "效力状态\n"
    "有效\n"
    "各乡镇人民政府，县政府各部门：\n"
    "现将2025年县政府工作目标任务分解下达给你们，请认真组织落实。\n"
    "附件：2025年县政府工作目标任务落实责任分解表\n"
    "2025年2月18日\n"
    "附件\n"
    "2025年县政府工作目标任务落实责任分解表\n"
    "1.地区生产总值增长6%。牵头单位：县发改局\n"
    "2.新增城镇就业2000人。牵头单位：县人社局\n"
)


def test_labels_one_a_line_give_the_value_below():
    pairs = label_pairs(_BLOCK, alone=True)
    assert pairs["index_no"] == "0123456789/2025-00042"
    assert pairs["issuer"] == "县人民政府办公室"
    assert pairs["doc_number"] == "某政发〔2025〕3号"
    assert pairs["validity"] == "有效"


def test_a_page_whose_block_is_one_cell_a_line():
    d = _doc(_BLOCK)
    assert d["title"] == "某县人民政府关于分解落实2025年县政府工作目标任务的通知"
    assert d["issuer"] == "县人民政府办公室"
    assert d["doc_number"] == "某政发〔2025〕3号"
    assert d["publish_date"] == date(2025, 2, 20)


@pytest.mark.parametrize("label", ["发布日期", "发布时间：", "索 引 号", "文件类型"])
def test_a_label_alone_is_no_headline(label):
    text = (
        f"{label}\n"
        "2024-05-06 10:20\n"
        "1.完成农村改厕300户。牵头单位：镇农业办\n"
        "2.新建村级文化广场2个。牵头单位：镇文化站\n"
    )
    assert _doc(text)["title"] != label.strip("：")


def test_an_annex_line_above_the_date_is_no_issuer():
    text = (
        "关于印发2024年重点工作任务清单的通知\n"
        "各村、镇直各单位：\n"
        "现将《2024年重点工作任务清单》印发给你们，请认真贯彻落实。\n"
        "附件：2024年重点工作任务清单\n"
        "2024年3月1日\n"
        "1.完成农村改厕300户。牵头单位：镇农业办\n"
    )
    assert _doc(text)["issuer"] is None or not _doc(text)["issuer"].startswith("附件")


@pytest.mark.parametrize("label", ["发文序号", "发文字号", "文件编号"])
def test_doc_number_labels(label):
    # (with a colon, in any rendering)
    assert label_pairs(f"{label}:某政办发〔2023〕1号\n")["doc_number"] == "某政办发〔2023〕1号"


def test_a_label_alone_above_prose_takes_no_value():
    pairs = label_pairs("文号\n正文内容，各乡镇要抓好落实。\n", alone=True)
    assert "doc_number" not in pairs


@pytest.mark.parametrize("byline", ["转自:某区融媒体 2024-11-06 18:18:24", "转载自：某市发布 2024-11-06", "原创：某县融媒 2024-11-06"])
def test_a_reposted_byline_dates_the_page_and_marks_its_headline(byline):
    text = (
        "快来评议！2024年我区为民办实事项目接受您的评议\n"
        f"{byline}\n"
        "今年实施了十方面30项为民办实事项目，目前均已完成。\n"
        "2024年某区为民办实事项目完成情况\n"
        "序号 | 实事项目名称 | 完成情况\n"
        "1 | 新增养老床位400张 | 420\n"
    )
    d = _doc(text)
    assert d["publish_date"] == date(2024, 11, 6)
    assert d["title"] == "快来评议！2024年我区为民办实事项目接受您的评议"
