"""A whitespace-separated task table whose row ends in a unit cell printed over several lines
("…县卫健委 各乡镇" / "县开发区" / "县直有关单位 达到时序进度 …"): the units opening the next lines
belong to that cell, the rest of the line to the row's later cells, and the table goes on to its
next rows (which keep their units). Invented tables in the layout of a progress summary."""

from __future__ import annotations

from transform.document import parse_document


def _units(text: str) -> list[tuple[str, list[str], list[str]]]:
    r = parse_document(text, source="s.txt", is_text=True)
    return [(t["path"][-1], t["lead_units"], t["participating_units"]) for t in r.tasks]


_HEAD = (
    "2024年县政府重点工作责任清单进展情况汇总表(第二季度)\n"
    "序号 2024年重点工作任务 牵头领导 牵头责任单位 配合责任单位 工作评价 4-6月份进展情况\n"
)


def test_units_over_three_lines_then_more_rows():
    text = _HEAD + (
        "12 推进县医院新院区建设,完成主体工程。 张建国 县卫健委 各乡镇\n"
        "县开发区\n"
        "县直有关单位 达到时序进度 主体工程已封顶\n"
        "15 新增托育机构3所以上。 李红 县卫健委 有关乡镇 已完成 完成2所备案\n"
        "18 新建社区卫生服务站2个。 李红 县卫健委 县住建局 达到时序进度 已开工\n"
    )
    assert _units(text) == [
        ("12", ["县卫健委"], ["各乡镇", "县开发区", "县直有关单位"]),
        ("15", ["县卫健委"], ["有关乡镇"]),
        ("18", ["县卫健委"], ["县住建局"]),
    ]


def test_a_unit_line_alone_before_the_next_row():
    text = _HEAD + (
        "3 改造农村公路50公里。 王强 县交通运输局 县财政局\n"
        "县自然资源局\n"
        "4 新建农贸市场1个。 王强 县商务局 县市场监管局 达到时序进度 已选址\n"
    )
    assert _units(text) == [
        ("3", ["县交通运输局"], ["县财政局", "县自然资源局"]),
        ("4", ["县商务局"], ["县市场监管局"]),
    ]
