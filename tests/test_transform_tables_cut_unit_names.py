"""A task table printed one cell per line whose unit cell the rendering broke over two lines
("市生态" / "环境局", "区农业" / "农村局"): the two lines are one unit, not a unit's tail as the lead
and its head lost. A short cell that is a unit of its own is left alone. Invented tables."""

from __future__ import annotations

from transform.document import parse_document
from transform.table_wraps import cut_unit_name


def _leads(text: str) -> list[list[str]]:
    return [t["lead_units"] for t in parse_document(text, source="t.txt", is_text=True).tasks]


def test_a_unit_cell_broken_over_two_lines_in_a_blank_line_layout():
    text = (
        "2025年重点工作责任清单\n\n序号\n\n重点工作\n\n牵头责任单位\n\n完成时限\n\n"
        "1\n\n新建污水管网20公里。\n\n市生态\n\n环境局\n\n2025年底\n\n"
        "2\n\n新建高标准农田5万亩。\n\n市农业\n\n农村局\n\n2025年10月\n\n"
        "3\n\n新增城镇就业8000人。\n\n市人社局\n\n2025年底\n"
    )
    assert _leads(text) == [["市生态环境局"], ["市农业农村局"], ["市人社局"]]


def test_a_broken_unit_cell_before_a_progress_cell():
    text = (
        "南坪县2024年重点工作落实情况\n序号\n重点工作\n牵头单位\n进展情况\n"
        "1\n开展食品安全抽检3000批次。\n县市场监督\n管理局\n已抽检1800批次。\n"
        "2\n新建口袋公园3个。\n县城市管理局\n已完成2个。\n"
    )
    assert _leads(text) == [["县市场监督管理局"], ["县城市管理局"]]


def test_which_two_lines_are_one_cut_name():
    assert cut_unit_name("市生态", "环境局")
    assert cut_unit_name("县自然资源", "局")
    assert not cut_unit_name("张建国", "城管局")  # a person over a unit
    assert not cut_unit_name("市发改委", "市财政局")  # two units, one a line
    assert not cut_unit_name("新建污水管网20公里。", "市住建局")
    assert not cut_unit_name("市住建局、", "市水利局")
