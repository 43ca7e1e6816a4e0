"""A star or reference mark after a table row's title cell (中小学校护眼灯光工程★: the star marks a
provincial 民生实事 or a key project) is a mark, not part of the title the reader sees: the title
ends before it. A mark inside the name, or a title without one, is unchanged."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _titles(text: str) -> list[str | None]:
    return [t["title"] for t in parse_document(text, source="t.txt", is_text=True).tasks]


_HEAD = "某县2022年民生实事项目计划表\n"


@pytest.mark.parametrize("mark", ["★", "☆", "※"])
def test_piped_rows(mark):
    text = (
        _HEAD + "序号 | 项目名称 | 建设内容 | 责任单位\n"
        f"1 | 中小学校护眼灯光工程{mark} | 对全县中小学校教室照明进行提升 | 县教育局\n"
        f"2 | 敬老院电梯加装工程{mark} | 为敬老院加装电梯 | 县民政局\n"
    )
    assert _titles(text) == ["中小学校护眼灯光工程", "敬老院电梯加装工程"]


def test_one_cell_a_line():
    text = (
        _HEAD + "序号\n项目名称\n建设内容\n责任单位\n"
        "1\n中小学校护眼灯光工程★\n对全县中小学校教室照明进行提升\n县教育局\n"
        "2\n医疗急救能力提升工程★\n设立急救点\n县卫健局\n"
    )
    assert _titles(text) == ["中小学校护眼灯光工程", "医疗急救能力提升工程"]


def test_traditional_characters():
    text = (
        "某縣2022年民生實事項目計劃表\n序號 | 項目名稱 | 建設內容 | 責任單位\n"
        "1 | 中小學校護眼燈光工程★ | 對全縣中小學校教室照明進行提升 | 縣教育局\n"
        "2 | 醫療急救能力提升工程★ | 設立急救點 | 縣衛健局\n"
    )
    assert _titles(text) == ["中小學校護眼燈光工程", "醫療急救能力提升工程"]


def test_unmarked_rows_and_inner_marks_are_unchanged():
    text = (
        _HEAD + "序号 | 项目名称 | 建设内容 | 责任单位\n"
        "1 | “★级”服务窗口创建工程 | 创建星级窗口 | 县行政审批局\n"
        "2 | 敬老院电梯加装工程 | 为敬老院加装电梯 | 县民政局\n"
    )
    assert _titles(text) == ["“★级”服务窗口创建工程", "敬老院电梯加装工程"]


def test_cards_of_labelled_fields():
    text = (
        _HEAD
        + "01\n项目名称：中小学校护眼灯光工程★\n项目内容：对全县中小学校教室照明进行提升\n牵头单位：县教育局\n"
        "02\n项目名称：医疗急救能力提升工程★\n项目内容：设立急救点\n牵头单位：县卫健局\n"
    )
    assert _titles(text) == ["中小学校护眼灯光工程", "医疗急救能力提升工程"]
