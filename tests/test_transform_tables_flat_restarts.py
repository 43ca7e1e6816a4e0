"""A task table printed one cell per line whose empty cells were left out (a scraper's
get_text("\\n"), a reader view): after a heading row (一、…, （一）…) the rows may count from 1
again, and a row numbered without brackets that holds only a title ("1" / 大力提振消费。) heads the
bracketed rows below it ("(8)" / …): both go on as rows of the table, not as text after it."""

from __future__ import annotations

import pytest

from table_support import HEADED_ROWS, headed_table_page, task_summary
from transform.document import parse_document


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def _flat(rows: list[tuple[str, ...]], end: str = "") -> str:
    return "\n".join(cell + end for row in rows for cell in row if cell)


@pytest.mark.parametrize("sep", ["\n", " | ", "\t"])
def test_bracketed_rows_under_a_numbered_heading_row(sep: str) -> None:
    # (the "|" and tab renderings already read so: the flat one must read the same)
    tasks = task_summary(headed_table_page(sep))
    assert tasks[-2:] == [
        (
            ("一", "二", "(一)", "1", "(3)"),
            "统筹衔接消费券发放与以旧换新行动，培育智能家居等消费增长点",
            ("市商务局",),
        ),
        (
            ("一", "二", "(一)", "1", "(4)"),
            "实施提振消费专项行动，新建城市一刻钟便民生活圈10个",
            ("市商务局",),
        ),
    ]


def test_closed_cells_with_the_empty_ones_left_out() -> None:
    text = "某市2025年重点工作及责任分解\n一、市政府重点工作任务\n" + _flat(HEADED_ROWS, " |") + "\n"
    paths = [t["path"] for t in _tasks(text)]
    assert paths[-2:] == [["一", "二", "(一)", "1", "(3)"], ["一", "二", "(一)", "1", "(4)"]]


def test_full_width_brackets_under_a_plan_heading() -> None:
    rows = [
        ("序号", "工作任务", "牵头单位", "配合单位"),
        ("一、加快产业转型",),
        ("1", "壯大先進製造業。"),
        ("（1）", "新建標準化廠房10萬平方米。", "縣工信局", "縣自然資源局"),
        ("（2）", "培育規上工業企業5家。", "縣工信局", "縣統計局"),
        ("2", "發展現代服務業。"),
        ("（3）", "新增限上商貿企業8家。", "縣商務局", "縣市場監管局"),
    ]
    tasks = _tasks("某縣2024年重點工作任務分解表\n" + _flat(rows) + "\n")
    assert [t["path"] for t in tasks] == [["一", "1", "(1)"], ["一", "1", "(2)"], ["一", "2", "(3)"]]
    assert [t["lead_units"] for t in tasks] == [["縣工信局"], ["縣工信局"], ["縣商務局"]]


@pytest.mark.parametrize("end", ["", " |"])
def test_rows_count_from_one_again_under_each_heading_row(end: str) -> None:
    rows = [
        ("序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
        ("一、产业发展",),
        ("1", "新建标准化厂房10万平方米。", "县工信局", "县自然资源局", "12月底前"),
        ("2", "培育规上工业企业5家。", "县工信局", "", "12月底前"),
        ("二、民生保障",),
        ("1", "新增城镇就业2000人。", "县人社局", "各乡镇", "12月底前"),
        ("2", "改造农村公路30公里。", "县交通局", "", "10月底前"),
    ]
    tasks = _tasks("某县2024年重点工作任务分解表\n" + _flat(rows, end) + "\n")
    assert [(t["path"], t["lead_units"]) for t in tasks] == [
        (["一", "1"], ["县工信局"]),
        (["一", "2"], ["县工信局"]),
        (["二", "1"], ["县人社局"]),
        (["二", "2"], ["县交通局"]),
    ]
    assert tasks[2]["participating_units"] == ["各乡镇"]
    assert tasks[3]["deadline_text"] == "10月底前"


def test_a_figure_cell_after_a_title_stays_a_cell() -> None:
    # near miss: a bare number after a row's title is its figure (数量), no row
    text = (
        "某县2024年民生实事分解表\n序号\n工作任务\n数量\n责任单位\n"
        "1\n新建城市公厕。\n8\n县城管局\n2\n改造老旧小区。\n12\n县住建局\n"
    )
    tasks = _tasks(text)
    assert [(t["path"], t["lead_units"]) for t in tasks] == [(["1"], ["县城管局"]), (["2"], ["县住建局"])]


def test_a_report_after_the_table_stays_out_of_it() -> None:
    # near miss: numbered paragraphs after the table are the page's own text, not rows
    text = (
        "某县2024年重点工作任务分解表\n序号\n工作任务\n牵头单位\n"
        "1\n新建标准化厂房10万平方米。\n县工信局\n2\n培育规上工业企业5家。\n县工信局\n"
        "二、保障措施\n（一）加强组织领导。各单位要高度重视，明确责任人。\n"
    )
    tasks = _tasks(text)
    assert [t["path"][-1] for t in tasks][:2] == ["1", "2"]
    assert tasks[1]["lead_units"] == ["县工信局"]
    assert "加强组织领导" not in tasks[1]["body"]
