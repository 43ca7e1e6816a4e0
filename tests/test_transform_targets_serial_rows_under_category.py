"""A 主要指标 table with a category column (printed on the first row of its group only) and a
序号 column: the rows below the first of a group start with their serial number ("2 | 孕产妇死亡率
| /10万 | 12.3 | ≤12 | 预期性"); they are shifted like the rows that start with the indicator, so
their indicator, unit and year column are found. Examples are invented (audit round 12C)."""
from __future__ import annotations

from transform.document import parse_document

TABLE = (
    "类别 | 序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性\n"
    "健康水平 | 1 | 人均预期寿命 | 岁 | 78.5 | 79.5 | 预期性\n"
    "2 | 孕产妇死亡率 | /10万 | 12.3 | ≤12 | 预期性\n"
    "3 | 婴儿死亡率 | ‰ | 4.1 | ≤4.5 | 预期性\n"
    "医疗服务 | 4 | 每千人口执业(助理)医师数 | 人 | 2.6 | 3.2 | 预期性\n"
    "5 | 每千人口医疗卫生机构床位数 | 张 | 6.1 | 7.0 | 预期性\n"
)


def _targets(text: str) -> list[tuple]:
    parsed = parse_document(text.encode(), source="t.txt", is_text=True)
    return [(t["indicator"], t["value"], t["unit"], t["comparator"], t["year"]) for t in parsed.targets]


def test_serial_rows_under_a_category_in_a_goals_section():
    rows = _targets("某县“十四五”卫生健康发展规划\n二、发展目标\n到2025年,居民健康水平持续提高。\n" + TABLE)
    assert ("人均预期寿命", 79.5, "岁", "=", 2025) in rows
    assert ("孕产妇死亡率", 12.0, "/10万", "<=", 2025) in rows
    assert ("婴儿死亡率", 4.5, "‰", "<=", 2025) in rows
    assert ("每千人口医疗卫生机构床位数", 7.0, "张", "=", 2025) in rows
    assert len(rows) == 5


def test_serial_rows_under_a_category_in_a_box():
    rows = _targets("某县“十四五”卫生健康发展规划\n专栏1 主要发展指标\n" + TABLE)
    assert ("孕产妇死亡率", 12.0, "/10万", "<=", 2025) in rows
    assert ("每千人口医疗卫生机构床位数", 7.0, "张", "=", 2025) in rows
    assert len(rows) == 5


def test_serial_rows_with_a_full_width_serial_and_no_unit_column():
    text = (
        "某市“十四五”生态环境保护规划\n二、主要目标\n"
        "类别 | 序号 | 指标 | 2020年 | 2025年 | 属性\n"
        "环境质量 | 1 | 空气质量优良天数比率(%) | 86.2 | 88 | 约束性\n"
        "2 | 地表水达到或好于Ⅲ类水体比例(%) | 80 | 85 | 约束性\n"
    )
    rows = _targets(text)
    assert ("地表水达到或好于Ⅲ类水体比例", 85.0, "%", "=", 2025) in rows
    assert len(rows) == 2
