"""Round 46h: structure and metadata, second pass.

- A PDF line that opens with the figure its wrapped clause ends with ("…通车里程达到" / "480 公里。牵头
  单位：…"): a number, a gap and a measure word before a stop is no item number (`transform.numbering`),
  and the line goes on the one above (`transform.wrapped_figures`).
- A signature printed on one line with its date and 文号 ("某县人民政府办公室   2025年2月11日   某政办发
  〔2025〕4号"): read as the name over the date (`transform.metadata._signature`).
- A task table's 目标年份 column is its deadline: each row's figures are due that year
  (lexicon `table_columns`).
- A bare topic heading ("重点任务") under a complete heading is the first section, no tail of the title
  (`transform.headings`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import first_heading
from transform.metadata import _signature
from transform.numbering import match_marker
from transform.table_cells import column_role
from transform.wrapped_figures import cut_figure


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


# --- a figure opening a PDF line ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "480 公里。牵头单位：市交通运输局。",
        "260 公里，二级及以上公路比例达到 75%。",
        "3 座；责任单位：县水利局",
        "12 平方米，人均公园绿地面积提高。",
    ],
)
def test_figure_before_a_stop_is_no_marker(line: str) -> None:
    assert match_marker(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "3 新建城区污水管网。",
        "12 公里数字化改造工程。牵头单位：市交通运输局",
        "5 座谈交流机制。",
        "2.加快项目建设。",
    ],
)
def test_row_number_stays_a_marker(line: str) -> None:
    assert match_marker(line) is not None


@pytest.mark.parametrize(
    ("prev", "line", "joined"),
    [
        (
            "（一）加快高速公路建设。到 2025 年全市高速公路通车里程达到",
            "480 公里。牵头单位：市交通运输局。",
            True,
        ),
        ("（二）提升普通国省道。完成普通国省道改造工程", "260 公里，二级及以上公路比例达到 75%。", True),
        ("（三）建设水源工程。年内新建小型水库和山塘", "3 座；责任单位：县水利局", True),
        ("（一）加快高速公路建设。到 2025 年全市高速公路通车里程达到", "3 新建城区污水管网。", False),
        ("（一）加快高速公路建设。到 2025 年全市高速公路通车里程达到", "12 公里数字化改造工程", False),
    ],
)
def test_figure_line_goes_on_the_clause(prev: str, line: str, joined: bool) -> None:
    assert cut_figure(prev, line) is joined


def test_pdf_page_keeps_its_tasks() -> None:
    text = (
        "江陵市综合交通运输发展规划\n一、构建高效路网\n"
        "（一）加快高速公路建设。到 2025 年全市高速公路通车里程达到\n480 公里。牵头单位：市交通运输局。\n"
        "（二）提升普通国省道。完成普通国省道改造\n260 公里。牵头单位：市交通运输局。\n"
    )
    doc = _doc(text)
    assert [tuple(t["path"]) for t in doc.tasks] == [("一", "(一)"), ("一", "(二)")]
    assert sorted(t["value"] for t in doc.targets) == [260, 480]


# --- a signature with its date and 文号 on one line ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "issuer", "day"),
    [
        ("柳塘县人民政府办公室   2025年2月11日   柳政办发〔2025〕4号", "柳塘县人民政府办公室", "2025-02-11"),
        ("青溪镇人民政府\u3000\u30002024年12月3日", "青溪镇人民政府", "2024-12-03"),
        ("南屏市农业农村局\t\t2026年1月5日\t\t南农发〔2026〕2号", "南屏市农业农村局", "2026-01-05"),
    ],
)
def test_signature_row_gives_issuer_and_date(line: str, issuer: str, day: str) -> None:
    head = f"关于印发《某县工作方案》的通知\n各乡镇：\n现将方案印发给你们，请认真贯彻执行。\n{line}"
    who, when = _signature(head)
    assert who == issuer
    assert when is not None and when.isoformat() == day


@pytest.mark.parametrize(
    "line",
    [
        "各乡镇要在2025年2月11日前上报。",  # a sentence, no signature
        "柳塘县人民政府办公室 2025年2月11日印发",  # one space and a print note: not this shape
    ],
)
def test_no_signature_row(line: str) -> None:
    head = f"关于印发《某县工作方案》的通知\n各乡镇：\n现将方案印发给你们。\n{line}"
    assert _signature(head) == (None, None)


# --- a 目标年份 column ---------------------------------------------------------------------------------


@pytest.mark.parametrize("head", ["目标年份", "完成年度", "达标年份", "目标 年份"])
def test_target_year_head_is_a_deadline(head: str) -> None:
    assert column_role(head) == "deadline"


@pytest.mark.parametrize(("head", "role"), [("年份", None), ("目标值", "content"), ("年度目标", "content")])
def test_other_heads_keep_their_role(head: str, role: str | None) -> None:
    assert column_role(head) == role


def test_target_year_column_gives_the_year() -> None:
    text = (
        "东林县数字乡村建设行动方案\n附表\n"
        "序号\t任务名称\t目标值\t目标年份\t牵头单位\n"
        "1\t推进农村千兆光网覆盖\t行政村千兆光网通达率达到90%\t2026\t县工信局\n"
        "2\t建设益农信息社\t建成益农信息社120个\t2025\t县农业农村局\n"
    )
    years = {t["value"]: t["year"] for t in _doc(text).targets}
    assert years == {90: 2026, 120: 2025}


# --- a bare topic heading under the title -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["江陵市“十四五”综合交通运输发展规划", "重点任务", "一、构建高效路网"],
            "江陵市“十四五”综合交通运输发展规划",
        ),
        (["临川县农村供水保障实施方案", "总体要求", "一、指导思想"], "临川县农村供水保障实施方案"),
        (["某市城市更新行动计划", "工作任务", "（一）推进老旧小区改造"], "某市城市更新行动计划"),
        (["某县2025年春耕生产工作方案", "主要任务", "（一）抓好种子供应"], "某县2025年春耕生产工作方案"),
    ],
)
def test_topic_heading_is_no_title_tail(lines: list[str], title: str) -> None:
    assert first_heading(lines) == title


def test_real_tail_still_joins() -> None:
    lines = ["某县推进乡村振兴实施方案", "责任分解方案", "为确保完成全年目标任务，制定本方案。"]
    assert first_heading(lines) == "某县推进乡村振兴实施方案责任分解方案"
