"""A task table printed one cell per line without a 序号 column, its rows numbered inside their
name cells ("14.改扩建某学校" / 完成…。 / 教育体育局 / …): the header's cells (类别, 项目名称, 责任单位 …)
name the columns, each numbered name cell opens a row, and the cells below it until the next one
are that row's, read by the header's labels. Category rows (四、教育文化) stay headings."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def _flat(rows: list[tuple[str, ...]], end: str = "") -> str:
    return "\n".join(cell + end for row in rows for cell in row if cell)


_REPORT = [
    ("类别", "民生事项名称", "2024年度任务目标", "责任单位", "分管领导", "1-9月份完成情况"),
    ("一、教育文化",),
    ("5.改扩建城东学校", "完成城东学校2座教学楼建设并投入使用。", "教育体育局", "刘明", "主体完工。"),
    ("6.推进学校运动场地建设", "完成13处农村学校塑胶运动场地建设。", "教育体育局", "刘明", "完成基础施工。"),
    ("二、医疗卫生",),
    ("7.建设社区卫生服务中心", "新建社区卫生服务中心2处。", "卫生健康局", "王华", "正在施工。"),
]


@pytest.mark.parametrize("end", ["", " |"])
def test_rows_numbered_in_their_name_cells(end: str) -> None:
    tasks = _tasks(
        "某市2024年民生实事项目进展情况\n"
        + _flat(_REPORT, end)
        + "\n索引号：\n113706850042672474/2024-04772\n"
    )
    assert [(t["path"], t["title"], t["lead_units"]) for t in tasks] == [
        (["一", "5"], "改扩建城东学校", ["教育体育局"]),
        (["一", "6"], "推进学校运动场地建设", ["教育体育局"]),
        (["二", "7"], "建设社区卫生服务中心", ["卫生健康局"]),
    ]
    assert "主体完工" not in tasks[0]["body"]  # (a progress column)
    assert "索引号" not in tasks[2]["body"]


def test_a_plan_table_without_a_number_column() -> None:
    rows = [
        ("项目名称", "建设内容", "牵头单位", "配合单位", "完成时限"),
        ("1.城区道路改造工程", "改造城区道路12公里。", "县住建局", "县交通局", "2025年10月"),
        ("2.农村饮水提升工程", "新建集中供水工程3处。", "县水利局", "2025年12月"),
        ("3.全民健身设施工程", "新建口袋公园5个。", "县文体局", "县自然资源局", "2025年9月"),
    ]
    text = (
        "某县2025年十大民生工程实施方案\n一、工作目标\n全年实施十大民生工程。\n二、项目安排\n"
        + _flat(rows)
        + "\n"
    )
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["二", "1"], ["二", "2"], ["二", "3"]]
    assert [t["lead_units"] for t in tasks] == [["县住建局"], ["县水利局"], ["县文体局"]]
    assert tasks[0]["participating_units"] == ["县交通局"]
    assert [t["deadline_text"] for t in tasks] == ["2025年10月", "2025年12月", "2025年9月"]


def test_traditional_characters() -> None:
    rows = [
        ("類別", "項目名稱", "年度目標", "責任單位"),
        ("一、教育",),
        ("1.改擴建城東學校", "完成2座教學樓建設。", "教育局"),
        ("2.建設社區衛生服務中心", "新建社區衛生服務中心2處。", "衛生健康局"),
    ]
    tasks = _tasks("某市2024年民生實事項目\n" + _flat(rows) + "\n")
    assert [(t["path"], t["lead_units"]) for t in tasks] == [
        (["一", "1"], ["教育局"]),
        (["一", "2"], ["衛生健康局"]),
    ]


def test_numbered_paragraphs_after_a_list_of_heads_stay_text() -> None:
    # near miss: short lines naming columns do not make a table of the numbered paragraphs below
    text = (
        "某县2024年重点工作安排\n一、产业发展\n"
        "1.新建标准化厂房10万平方米。年内完成主体建设。\n牵头单位：县工信局\n"
        "2.培育规上工业企业5家。\n牵头单位：县工信局\n"
    )
    tasks = _tasks(text)
    assert [(t["path"], t["lead_units"]) for t in tasks] == [
        (["一", "1"], ["县工信局"]),
        (["一", "2"], ["县工信局"]),
    ]


def test_a_contact_list_is_no_task_table() -> None:
    # near miss: 联系单位 / 联系人 / 联系电话 name no task columns
    text = (
        "某县2024年重点工作安排\n一、产业发展\n1.新建标准化厂房10万平方米。（牵头单位：县工信局）\n"
        "二、联系方式\n联系单位\n联系人\n联系电话\n1.县工信局\n张明\n0535-1234567\n"
        "2.县商务局\n李华\n0535-7654321\n"
    )
    tasks = _tasks(text)
    assert tasks[0]["lead_units"] == ["县工信局"]
    assert all(not t["lead_units"] for t in tasks[1:])
