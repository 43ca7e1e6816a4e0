"""A task table printed one cell per line, each cell between two bars ("| 牵头单位 |", a converter
that writes every cell of an HTML table as a bordered line of its own): read as the same table
printed one cell per line ("牵头单位 |"), in whatever order its columns come. Lines no table takes
stay as printed (a headline in one bordered cell, a contact table)."""

from __future__ import annotations

import pytest

from transform.document import parse_document

# the same three rows with their columns in several orders: units before the work column, the
# deadline first, a leader column between the units
_ORDERS = {
    "work_first": ("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
    "reversed": ("序号", "工作任务", "完成时限", "配合单位", "牵头单位"),
    "lead_before_work": ("序号", "牵头单位", "主要任务", "配合单位", "完成时限"),
    "deadline_first": ("序号", "完成时限", "牵头单位", "责任领导", "工作内容", "配合单位"),
}
_ROWS = [
    {
        "重点任务": "新建标准化厂房10万平方米。",
        "牵头单位": "县发展改革局",
        "配合单位": "县自然资源局、县住建局",
        "完成时限": "2024年12月底",
        "责任领导": "张明",
    },
    {
        "重点任务": "新增高标准农田2万亩。",
        "牵头单位": "县农业农村局",
        "配合单位": "县财政局",
        "完成时限": "2024年10月",
        "责任领导": "李华",
    },
    {
        "重点任务": "改扩建中小学校3所。",
        "牵头单位": "县教育局",
        "配合单位": "县住建局",
        "完成时限": "2024年9月底前",
        "责任领导": "王强",
    },
]
_WORK = {"工作任务", "主要任务", "工作内容"}


def _cell(row: dict[str, str], head: str, no: int) -> str:
    if head == "序号":
        return str(no)
    return row["重点任务" if head in _WORK else head]


def _page(order: str, style: str, *, opening: str = "某县2024年重点工作任务分解表") -> str:
    heads = _ORDERS[order]
    rows = [heads] + [tuple(_cell(r, h, k) for h in heads) for k, r in enumerate(_ROWS, 1)]
    if style == "bordered":  # each cell alone between bars
        body = [f"| {c} |" for r in rows for c in r]
    elif style == "bordered_tight":
        body = [f"|{c}|" for r in rows for c in r]
    elif style == "closed":  # each cell closed by a bar (already read)
        body = [f"{c} |" for r in rows for c in r]
    elif style == "tabs":  # a Word export's rows
        body = ["\t".join(r) for r in rows]
    elif style == "spaces":
        body = ["   ".join(r) for r in rows]
    else:  # a row per line
        body = [" | ".join(r) for r in rows]
    return "\n".join([opening, *body]) + "\n"


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


@pytest.mark.parametrize("order", sorted(_ORDERS))
@pytest.mark.parametrize("style", ["bordered", "bordered_tight", "closed", "rows", "tabs", "spaces"])
def test_each_row_is_a_task_whatever_the_column_order(order: str, style: str) -> None:
    tasks = _tasks(_page(order, style))
    assert [t["path"] for t in tasks] == [["1"], ["2"], ["3"]]
    assert [t["title"] for t in tasks] == [
        "新建标准化厂房10万平方米",
        "新增高标准农田2万亩",
        "改扩建中小学校3所",
    ]
    assert [t["lead_units"] for t in tasks] == [["县发展改革局"], ["县农业农村局"], ["县教育局"]]
    assert [t["participating_units"] for t in tasks] == [
        ["县自然资源局", "县住建局"],
        ["县财政局"],
        ["县住建局"],
    ]
    assert [t["deadline_text"] for t in tasks] == ["2024年12月底", "2024年10月", "2024年9月底前"]


def test_a_wrapped_work_cell_in_bordered_cells() -> None:
    # the work cell printed over two bordered lines: its rest stays in the row
    text = _page("lead_before_work", "bordered").replace(
        "| 新增高标准农田2万亩。 |", "| 新增高标准农田2万亩，配套建设 |\n| 高效节水灌溉设施。 |"
    )
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"], ["3"]]
    assert tasks[1]["lead_units"] == ["县农业农村局"]
    assert tasks[1]["participating_units"] == ["县财政局"]
    assert tasks[1]["title"] == "新增高标准农田2万亩，配套建设高效节水灌溉设施"


def test_targets_of_a_bordered_table() -> None:
    doc = parse_document(_page("reversed", "bordered"), source="t.txt", is_text=True)
    assert sorted((t["value"], t["unit"]) for t in doc.targets) == [(2, "万亩"), (3, "所"), (10, "万平方米")]


def test_a_bordered_table_under_a_notice_with_an_empty_cell() -> None:
    text = (
        "某镇人民政府关于印发2025年民生实事项目的通知\n各村（社区）：\n现将项目清单印发给你们，请认真组织实施。\n"
        "| 序号 |\n| 项目名称 |\n| 责任单位 |\n| 完成时限 |\n| 备注 |\n"
        "| 1 |\n| 新建村级养老服务站2个。 |\n| 镇民政办 |\n| 2025年6月 |\n|  |\n"
        "| 2 |\n| 改造农村公路15公里。 |\n| 镇建设办 |\n| 2025年10月 |\n| 续建 |\n"
    )
    tasks = _tasks(text)
    assert [(t["path"], t["title"], t["lead_units"]) for t in tasks] == [
        (["1"], "新建村级养老服务站2个", ["镇民政办"]),
        (["2"], "改造农村公路15公里", ["镇建设办"]),
    ]


def test_a_headline_in_one_bordered_cell_stays_the_title() -> None:
    text = "| 某镇2024年重点工作安排 |\n一、抓好产业发展\n1.新建标准化厂房2万平方米。（牵头单位：镇经发办）\n"
    doc = parse_document(text, source="t.txt", is_text=True)
    assert doc.document["title"] == "某镇2024年重点工作安排"
    assert [t["lead_units"] for t in doc.tasks] == [["镇经发办"]]


def test_a_bordered_contact_table_is_no_task_table() -> None:
    text = (
        "某县2024年重点工作任务\n1.新建标准化厂房2万平方米。（牵头单位：县工信局）\n"
        "联系方式\n| 序号 |\n| 联系人 |\n| 电话 |\n| 1 |\n| 张明 |\n| 0535-1234567 |\n"
        "| 2 |\n| 李华 |\n| 0535-7654321 |\n"
    )
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"]]
