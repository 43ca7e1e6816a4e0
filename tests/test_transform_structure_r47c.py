"""Round 47c: structure in new layouts.

- A task table with a second task column whose cells carry their own numbers ("序号 | 主要任务 | 子任务"
  with "1 | 打好蓝天保卫战 | 1.1 淘汰…" over "|  |  | 1.2 完成…"): the numbered row's 主要任务 heads its
  group, each row is an item of its own (`transform.table_subtasks`).
- An ordered list whose items print decimal numbers ("<ol><li>1.1 改造…</li>") gets no list number
  before them (`transform.html_parts.number_ordered_lists`).
- A task code ("A-01", "RW-3", "XM-01") opens an item labelled as printed, on a line or in a 编号 / 序号
  column (`transform.numbering`, `transform.table_rows.compound_number`).
- A 完成比例 / 完成率 column reports how much is done, as 目前进度 does (lexicon `table_columns`).
- Markdown bold is read in one place (`transform.markup.unbolded`): the body's lines and a page's title
  line ("**某县…方案**（征求意见稿）" too, which the title reading left bold before).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import first_heading
from transform.markup import unbolded
from transform.numbering import match_marker


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _tasks(text: str) -> list[tuple[tuple[str, ...], str, list[str]]]:
    return [(tuple(t["path"]), t["title"], t["lead_units"]) for t in _doc(text).tasks]


def _values(text: str) -> list[float]:
    return sorted(g["value"] for g in _doc(text).targets)


# --- numbered sub-task cells ----------------------------------------------------------------------

_PIPED_SUBTASKS = """某县2026年生态环境保护重点任务分解表

| 序号 | 主要任务 | 子任务 | 牵头单位 | 完成时限 |
| --- | --- | --- | --- | --- |
| 1 | 打好蓝天保卫战 | 1.1 淘汰老旧柴油货车200辆 | 县交警大队 | 2026年12月 |
|  |  | 1.2 完成燃煤锅炉改造10台 | 县生态环境分局 | 2026年10月 |
| 2 | 打好碧水保卫战 | 2.1 整治入河排污口35个 | 县水利局 | 2026年11月 |
"""

_TAB_SUBTASKS = (
    "某镇2026年重点工作任务分解表\n\n序号\t重点任务\t子任务\t责任单位\t完成时限\n"
    "一\t产业发展\t1.新建柑橘果园500亩\t镇农业服务中心\t2026年10月\n"
    "\t\t2.培育农民专业合作社5家\t镇经发办\t2026年12月\n"
    "二\t人居环境\t1.完成农村户厕改造300户\t镇建设办\t2026年9月\n"
)

_PAREN_SUBTASKS = """某区2026年为民办实事任务表

| 序号 | 实事项目 | 具体任务 | 责任单位 |
| --- | --- | --- | --- |
| 1 | 教育提质 | （1）新建幼儿园2所 | 区教育局 |
|  |  | （2）新增学位900个 | 区教育局 |
| 2 | 医疗惠民 | （1）建成社区卫生服务站4个 | 区卫健局 |
"""


def test_decimal_subtask_rows() -> None:
    assert _tasks(_PIPED_SUBTASKS) == [
        (("1", "1.1"), "淘汰老旧柴油货车200辆", ["县交警大队"]),
        (("1", "1.2"), "完成燃煤锅炉改造10台", ["县生态环境分局"]),
        (("2", "2.1"), "整治入河排污口35个", ["县水利局"]),
    ]
    assert _values(_PIPED_SUBTASKS) == [10, 35, 200]


def test_tab_subtask_rows_under_cn_numbers() -> None:
    assert _tasks(_TAB_SUBTASKS) == [
        (("一", "1"), "新建柑橘果园500亩", ["镇农业服务中心"]),
        (("一", "2"), "培育农民专业合作社5家", ["镇经发办"]),
        (("二", "1"), "完成农村户厕改造300户", ["镇建设办"]),
    ]


def test_paren_subtask_rows() -> None:
    assert [t[0] for t in _tasks(_PAREN_SUBTASKS)] == [("1", "(1)"), ("1", "(2)"), ("2", "(1)")]


def test_cell_of_several_sub_items_is_split_by_its_text() -> None:
    text = _PAREN_SUBTASKS.replace("| （1）新建幼儿园2所 |", "| （1）新建幼儿园2所；（2）新增学位900个 |")
    text = text.replace("|  |  | （2）新增学位900个 | 区教育局 |\n", "")
    assert [t[0] for t in _tasks(text)] == [("1", "(1)"), ("1", "(2)"), ("2", "(1)")]


def test_two_task_columns_without_sub_numbers_stay_one_row() -> None:
    text = """某县2026年重点工作任务表

| 序号 | 主要任务 | 具体措施 | 牵头单位 |
| --- | --- | --- | --- |
| 1 | 打好蓝天保卫战 | 淘汰老旧柴油货车200辆 | 县交警大队 |
| 2 | 打好碧水保卫战 | 整治入河排污口35个 | 县水利局 |
"""
    assert [t[0] for t in _tasks(text)] == [("1",), ("2",)]


# --- ordered lists of decimal items ------------------------------------------------------------------

_OL_PAGE = """<html><head><meta charset="utf-8"><title>某市2026年城市更新行动计划</title></head><body>
<h1>某市2026年城市更新行动计划</h1>
<div class="content">
<h3>1 老旧小区改造</h3>
<ol><li>1.1 改造老旧小区18个。（牵头单位：市住建局）</li><li>1.2 加装电梯20部。（牵头单位：市住建局）</li></ol>
<h3>2 基础设施补短板</h3>
<ol><li>2.1 改造雨污管网25公里。（牵头单位：市城管局）</li></ol>
</div></body></html>"""


def test_ordered_list_of_decimal_items_keeps_their_numbers() -> None:
    tasks = parse_document(_OL_PAGE.encode(), source="p.html").tasks
    assert [tuple(t["path"]) for t in tasks] == [("1", "1.1"), ("1", "1.2"), ("2", "2.1")]


def test_ordered_list_of_plain_items_is_numbered() -> None:
    page = _OL_PAGE.replace("1.1 ", "").replace("1.2 ", "").replace("2.1 ", "")
    page = page.replace("<h3>1 ", "<h3>一、").replace("<h3>2 ", "<h3>二、")
    tasks = parse_document(page.encode(), source="p.html").tasks
    assert [tuple(t["path"]) for t in tasks] == [("一", "1"), ("一", "2"), ("二", "1")]


# --- task codes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "label", "number"),
    [
        ("RW-3 整治村容村貌。", "RW-3", 3),
        ("A-01 压缩企业开办时间", "A-01", 1),
        ("ZD-12：推进重点项目建设", "ZD-12", 12),
        ("B－2、开展涉企收费治理", "B-2", 2),
        ("XM-01 城东水厂扩建", "XM-01", 1),  # X, I, V: not a Roman numeral here
    ],
)
def test_task_code_marker(line: str, label: str, number: int) -> None:
    mk = match_marker(line)
    assert mk is not None and (mk.label, mk.number) == (label, number)


@pytest.mark.parametrize(
    "line", ["G-20国道改造", "A-0 开展", "PM2.5浓度下降", "ABCD-1 开展", "A-1", "AB-12B级"]
)
def test_no_task_code(line: str) -> None:
    mk = match_marker(line)
    assert mk is None or mk.kind != "named"


def test_task_code_lines() -> None:
    text = """某县2026年农村人居环境整治工作方案

一、重点任务
RW-1 推进农村厕所革命。完成户厕改造1200户。（牵头单位：县农业农村局）
RW-2 治理农村生活污水。（牵头单位：县生态环境分局）
"""
    assert _tasks(text) == [
        (("一", "RW-1"), "推进农村厕所革命", ["县农业农村局"]),
        (("一", "RW-2"), "治理农村生活污水", ["县生态环境分局"]),
    ]


@pytest.mark.parametrize("head", ["编号", "序号"])
def test_task_code_column(head: str) -> None:
    text = f"""某区2026年优化营商环境任务清单

| {head} | 任务内容 | 牵头单位 | 完成时限 |
| --- | --- | --- | --- |
| A-01 | 压缩企业开办时间 | 区市场监管局 | 2026年6月底 |
| A-02 | 推进审批改革 | 区住建局 | 2026年9月底 |
| B-01 | 新增高频事项50项 | 区数据局 | 2026年12月底 |
"""
    assert [t[0] for t in _tasks(text)] == [("A-01",), ("A-02",), ("B-01",)]


# --- a 完成比例 column --------------------------------------------------------------------------------


@pytest.mark.parametrize("head", ["完成比例", "完成率", "完成率（%）", "完成百分比"])
def test_done_share_column_reports(head: str) -> None:
    text = f"""某县2026年民生实事工作台账

| 序号 | 工作任务 | 责任单位 | 完成时限 | {head} |
| --- | --- | --- | --- | --- |
| 1 | 新建公办幼儿园3所 | 县教育局 | 2026年8月 | 60% |
| 2 | 改造老旧小区12个 | 县住建局 | 2026年11月 | 45% |
"""
    assert _values(text) == [3, 12]


# --- one reading of Markdown bold -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("**某县2026年全民阅读工作方案**", "某县2026年全民阅读工作方案"),
        ("**1.加强组织领导。** 成立领导小组。", "1.加强组织领导。 成立领导小组。"),
        ("1. **深化改革**：推进…", "1. 深化改革：推进…"),
        ("1.**区上顿渡**2024年**民宅改造工程", "1.**区上顿渡**2024年**民宅改造工程"),  # masking asterisks
        ("实现**亿元", "实现**亿元"),
    ],
)
def test_unbolded(line: str, plain: str) -> None:
    assert unbolded(line) == plain


@pytest.mark.parametrize(
    "top",
    [
        ["**某县2026年全民阅读工作方案**", "一、重点任务"],
        ["**某县2026年全民阅读工作方案**（征求意见稿）", "一、重点任务"],
        ["**某縣2026年全民閱讀工作方案**", "一、重點任務"],
    ],
)
def test_bold_title_line_reads_as_its_text(top: list[str]) -> None:
    heading = first_heading(top)
    assert heading is not None and "*" not in heading and heading.startswith("某")


# --- a numbered row is no header ------------------------------------------------------------------

_LEAD_MARKED = (
    "某县2026年招商引资工作任务\n\n"
    "序号 | 工作任务 | 目标要求 | 责任单位\n"
    "1 | 引进亿元以上项目 | 全年新引进亿元以上项目20个 | 县商务局（牵头）、县发改局\n"
    "2 | 实际利用外资 | 实际利用外资3000万美元 | 县商务局\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _LEAD_MARKED,
        _LEAD_MARKED.replace(" | ", "\t"),
        "\n".join(f"| {ln} |" if "|" in ln else ln for ln in _LEAD_MARKED.split("\n")),
    ],
)
def test_numbered_row_naming_a_lead_is_a_row(text: str) -> None:
    assert [t[0] for t in _tasks(text)] == [("1",), ("2",)]
    assert _values(text) == [20, 3000]


def test_second_header_row_still_read() -> None:
    text = """某县2026年重点工作任务表

| 序号 | 工作任务 | 责任单位 | |
| | | 牵头单位 | 配合单位 |
| 1 | 新建公办幼儿园3所 | 县教育局 | 县住建局 |
"""
    tasks = _doc(text).tasks
    assert [(t["lead_units"], t["participating_units"]) for t in tasks] == [(["县教育局"], ["县住建局"])]
