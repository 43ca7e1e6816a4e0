"""Years printed in Chinese numerals, as formal documents and their titles print them
("二〇二四年区政府工作报告", "（二〇二四—二〇二六年）", "到二〇二五年", "二〇二四年底前", also "二零二五年",
"二○二五年" with a white circle, "一九九八年"). They are read as their digits in the page's working
copy (transform/normalize.py), as full-width digits are: plan years, target years and deadlines
come out as for "2024年", and every output string prints the numerals as found (EXTRACTION.md:
strings as printed). A whole date in Chinese numerals ("二〇二三年七月三十一日") is still read as the
date it is; a run of numerals that is no year (一二三四五, 十四五, 一〇〇) is left alone."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.metadata import extract_metadata
from transform.normalize import working_copy


def _parse(text: str):
    return parse_document(text, source="t.txt", is_text=True)


ANNUAL_PLAN = (
    "青禾县二〇二四年重点工作任务\n"
    "一、稳增长\n"
    "1.壮大工业经济。全年新增规上企业12家，二〇二四年底前完成。（牵头单位：县工信局；配合单位：县统计局）\n"
    "2.扩大有效投资。新开工重点项目30个。（牵头单位：县发改局）\n"
)


def test_an_annual_plan_titled_in_chinese_numerals():
    doc = _parse(ANNUAL_PLAN)
    d = doc.document
    assert (d["plan_start_year"], d["plan_end_year"]) == (2024, 2024)
    assert d["title"] == "青禾县二〇二四年重点工作任务"
    assert [(t["value"], t["unit"], t["year"]) for t in doc.targets] == [
        (12.0, "家", 2024),
        (30.0, "个", 2024),
    ]
    first = doc.tasks[0]
    assert first["title"] == "壮大工业经济"
    assert str(first["deadline"]) == "2024-12-31"
    assert first["deadline_text"] == "二〇二四年底前"
    assert "二〇二四年底前完成" in first["body"]


def test_a_plan_span_with_a_white_circle_and_a_goals_line():
    text = (
        "青禾市数字经济三年行动方案（二○二四—二○二六年）\n"
        "一、主要目标\n"
        "到二○二六年，全市建成5G基站8000个，数字经济核心产业增加值占比达到12%。\n"
        "二、重点任务\n"
        "（一）推进网络建设。新建5G基站2000个。（牵头单位：市工信局）\n"
    )
    doc = _parse(text)
    d = doc.document
    assert (d["plan_start_year"], d["plan_end_year"]) == (2024, 2026)
    assert d["title"] == "青禾市数字经济三年行动方案（二○二四—二○二六年）"
    years = {(t["value"], t["year"]) for t in doc.targets}
    assert (8000.0, 2026) in years and (12.0, 2026) in years


def test_a_plan_span_in_brackets_without_nian():
    text = (
        "青禾县农村人居环境整治提升行动方案（二〇二四—二〇二六）\n"
        "一、重点任务\n"
        "1.推进农村改厕。新建农村卫生户厕800座。（牵头单位：县农业农村局）\n"
    )
    doc = _parse(text)
    assert (doc.document["plan_start_year"], doc.document["plan_end_year"]) == (2024, 2026)
    assert doc.document["title"] == "青禾县农村人居环境整治提升行动方案（二〇二四—二〇二六）"


def test_a_notice_with_zero_as_ling_and_its_date_in_chinese_numerals():
    page = (
        "青禾市人民政府办公室关于印发青禾市二零二五年民生实事项目的通知\n"
        "青政办发〔2025〕3号\n"
        "各区县人民政府，市政府各部门：\n现将《青禾市二零二五年民生实事项目》印发给你们，请认真贯彻落实。\n"
        "青禾市人民政府办公室\n二〇二五年二月十八日\n"
    )
    meta = extract_metadata(page, {}, page, page_has_body=True)
    assert (meta["plan_start_year"], meta["plan_end_year"]) == (2025, 2025)
    assert meta["plan_title"] == "青禾市二零二五年民生实事项目"
    assert str(meta["publish_date"]) == "2025-02-18"


def test_a_news_report_of_a_goal():
    text = (
        "青禾区二〇二五年重点工作推进情况\n"
        "会议提出，到二〇二七年，全区累计建成高标准农田5万亩。\n"
        "一、农业\n"
        "1.建设高标准农田。全年新建高标准农田2万亩。（牵头单位：区农业农村局）\n"
    )
    doc = _parse(text)
    assert [(t["value"], t["year"]) for t in doc.targets] == [(2.0, 2025), (5.0, 2027)]


def test_a_table_row_with_a_deadline_in_chinese_numerals():
    text = (
        "青禾县二〇二四年为民办实事项目清单\n"
        "| 序号 | 项目名称 | 牵头单位 | 完成时限 |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | 改造老旧小区12个 | 县住建局 | 二〇二四年十月底前 |\n"
        "| 2 | 新建公办幼儿园2所 | 县教育局 | 二〇二四年底 |\n"
    )
    doc = _parse(text)
    assert [str(t["deadline"]) for t in doc.tasks] == ["2024-10-31", "2024-12-31"]
    assert [t["deadline_text"] for t in doc.tasks] == ["二〇二四年十月底前", "二〇二四年底"]
    assert [(t["value"], t["year"]) for t in doc.targets] == [(12.0, 2024), (2.0, 2024)]


def test_traditional_characters():
    text = "青禾縣二〇二四年民生實事項目\n一、教育\n1.新建幼兒園2所。（牽頭單位：縣教育局）\n"
    doc = _parse(text)
    assert (doc.document["plan_start_year"], doc.document["plan_end_year"]) == (2024, 2024)
    assert doc.document["title"] == "青禾縣二〇二四年民生實事項目"
    assert [(t["value"], t["year"]) for t in doc.targets] == [(2.0, 2024)]


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("到二〇二五年，", "到2025年，"),
        ("（二〇二四—二〇二六年）", "（2024—2026年）"),
        ("二〇二四至二〇二六年", "2024至2026年"),
        ("二零二三年度", "2023年度"),
        ("一九九八年以来", "1998年以来"),
        ("二O二四年", "2024年"),
        ("二〇二四年十二月底前", "2024年十二月底前"),
        ("行动方案（二〇二四—二〇二六）", "行动方案（2024—2026）"),
        ("(二〇二一至二〇二五)", "(2021至2025)"),
    ],
)
def test_the_years_read_as_digits(printed, read):
    copy = working_copy(printed)
    assert copy is not None
    assert copy.text == read
    assert copy.printed(read) == printed


@pytest.mark.parametrize(
    "text",
    [
        "二〇二三年七月三十一日",  # a whole date: read as the date it is
        "一二三四五年",  # no year: a run of numerals
        "“十四五”时期",
        "建设一〇〇个",  # a count
        "第一二〇二三年",  # inside a longer run
        "三〇二五年",  # no 19xx/20xx
        "二〇二五",  # no 年 after it
        "（二〇二五）",  # one number in brackets: no span of years
        "（一二三四—五六七八）",  # no years
    ],
)
def test_no_year_is_read_where_there_is_none(text):
    assert working_copy(text) is None
