"""Digits, ％ and Latin letters typed in full-width mode (a Word or WPS document, a page pasted
from one: "２０２４年", "〔２０２３〕５号", "增长５．５％", "ＰＭ２．５"). They are read as ASCII in the
page's working copy (transform/normalize.py), as traditional characters are read as simplified
ones, and every output string is printed as found (EXTRACTION.md: labelled as printed, after
NFKC). A page without them keeps the fast path: no working copy at all."""

from __future__ import annotations

import unicodedata

import pytest

from transform.document import parse_document
from transform.metadata import extract_metadata
from transform.normalize import working_copy


def _parse(text: str):
    return parse_document(text, source="t.txt", is_text=True)


def _nfkc(s: str | None) -> str | None:
    return None if s is None else unicodedata.normalize("NFKC", s)


ANNUAL_PLAN = (
    "青禾县２０２４年重点工作任务\n"
    "发布日期：２０２４年３月５日\n"
    "一、稳增长\n"
    "１．壮大工业经济。全年规上工业增加值增长５．５％，新增规上企业１２家。"
    "２０２４年６月底前完成。（牵头单位：县工信局；配合单位：县统计局）\n"
    "２．扩大有效投资。固定资产投资增长８％以上。（牵头单位：县发改局）\n"
)


def test_an_annual_plan_in_full_width_digits():
    doc = _parse(ANNUAL_PLAN)
    d = doc.document
    assert (d["plan_start_year"], d["plan_end_year"]) == (2024, 2024)
    assert str(d["publish_date"]) == "2024-03-05"
    assert [t["path"] for t in doc.tasks] == [["一", "1"], ["一", "2"]]
    assert doc.tasks[0]["title"] == "壮大工业经济"
    assert doc.tasks[0]["lead_units"] == ["县工信局"]
    got = [(t["value"], _nfkc(t["unit"]), t["year"], t["comparator"]) for t in doc.targets]
    assert got == [(5.5, "%", 2024, "="), (12.0, "家", 2024, "="), (8.0, "%", 2024, ">=")]


def test_strings_are_printed_as_found():
    doc = _parse(ANNUAL_PLAN)
    assert doc.document["title"] == "青禾县２０２４年重点工作任务"
    assert "５．５％" in doc.targets[0]["text"]
    assert doc.targets[0]["unit"] == "％"
    assert "２０２４年６月底前" in doc.tasks[0]["body"]
    assert doc.tasks[0]["deadline_text"] == "２０２４年６月底前"
    assert str(doc.tasks[0]["deadline"]) == "2024-06-30"


def test_a_notice_number_and_a_plan_span_in_full_width():
    page = (
        "青禾市人民政府办公室关于印发青禾市数字经济三年行动方案（２０２３—２０２５年）的通知\n"
        "青政办发〔２０２３〕５号\n"
        "各区县人民政府，市政府各部门：\n现将《青禾市数字经济三年行动方案（２０２３—２０２５年）》印发给你们，请认真贯彻落实。\n"
        "青禾市人民政府办公室\n２０２３年４月１０日\n"
    )
    meta = extract_metadata(page, {}, page, page_has_body=True)
    assert (meta["plan_start_year"], meta["plan_end_year"]) == (2023, 2025)
    assert meta["doc_number"] == "青政办发〔２０２３〕５号"
    assert meta["plan_title"] == "青禾市数字经济三年行动方案（２０２３—２０２５年）"


def test_an_html_page_dated_in_full_width():
    html = (
        "<html><head><title>青禾镇２０２５年为民办实事项目</title></head><body>"
        "<h1>青禾镇２０２５年为民办实事项目</h1><p>发布时间：２０２５－０２－１８</p>"
        "<p>一、民生保障</p>"
        "<p>１、改造农村公路２０公里。（责任单位：镇建设办）</p>"
        "<p>２、新建村级养老服务站３个。（责任单位：镇民政办）</p>"
        "</body></html>"
    )
    doc = parse_document(html.encode(), source="t.html", is_text=False)
    assert (doc.document["plan_start_year"], doc.document["plan_end_year"]) == (2025, 2025)
    assert [(t["value"], t["unit"], t["year"]) for t in doc.targets] == [
        (20.0, "公里", 2025),
        (3.0, "个", 2025),
    ]


def test_traditional_characters_and_full_width_digits_together():
    text = (
        "青禾縣２０２４年民生實事項目\n"
        "一、教育\n"
        "１．新建幼兒園２所。（牽頭單位：縣教育局）\n"
        "２．改造農村學校操場１０個。（牽頭單位：縣教育局）\n"
    )
    doc = _parse(text)
    assert (doc.document["plan_start_year"], doc.document["plan_end_year"]) == (2024, 2024)
    assert doc.tasks[0]["lead_units"] == ["縣教育局"]
    assert [(t["value"], t["year"]) for t in doc.targets] == [(2.0, 2024), (10.0, 2024)]


def test_full_width_latin_letters():
    copy = working_copy("到２０２５年，ＰＭ２．５平均浓度控制在３５微克/立方米以内")
    assert copy is not None
    assert copy.text == "到2025年，PM2.5平均浓度控制在35微克/立方米以内"
    assert copy.printed("PM2.5平均浓度") == "ＰＭ２．５平均浓度"


def test_a_full_width_point_after_a_number_stays_a_numbering_mark():
    copy = working_copy("１．加强组织领导\n２．５万吨")
    assert copy is not None
    assert copy.text == "1．加强组织领导\n2.5万吨"


@pytest.mark.parametrize(
    "text",
    [
        "青禾县2024年重点工作任务\n1．壮大工业经济（牵头单位：县工信局）",  # a full-width point only
        "（一）加强领导：各部门要高度重视，确保落实。",  # full-width brackets and colons only
    ],
)
def test_a_page_without_full_width_digits_needs_no_copy(text):
    assert working_copy(text) is None


def test_ascii_pages_are_read_as_before():
    text = ANNUAL_PLAN.translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}).replace("％", "%")
    text = text.replace("5．5", "5.5")
    doc = _parse(text)
    assert doc.document["title"] == "青禾县2024年重点工作任务"
    assert [(t["value"], t["unit"], t["year"]) for t in doc.targets] == [
        (5.5, "%", 2024),
        (12.0, "家", 2024),
        (8.0, "%", 2024),
    ]
