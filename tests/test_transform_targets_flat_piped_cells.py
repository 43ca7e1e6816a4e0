"""Indicator tables rendered one cell per line with a " |" after each cell (copies of web pages):
"序号 | / 指标名称 | / 单位 | / 2023年 | / 2025年 | / 2027年 |" then one row of cells after the other.
Each row gives one target from the latest year column that holds a figure; the first year
column (the base year) is never a target, nor are the cells of a row whose target columns hold
only words ("持续改善", "省下达目标值"). Examples are invented."""

from __future__ import annotations

from transform.document import parse_document
from transform.targets import extract_targets


def _cells(*cells: str) -> str:
    return "\n".join(f"{c} |" for c in cells)


HEAD = ("序号", "指标名称", "单位", "2023年", "2025年", "2027年", "牵头单位")

PLAN = "\n".join(
    [
        "某县全民健身提升行动计划",
        "(2024-2027年)主要目标任务",
        _cells(*HEAD),
        _cells("1", "经常参加体育锻炼人数比例", "%", "36.5", "≥38", "≥40", "县文体局"),
        _cells("2", "人均体育场地面积", "平方米", "2.1", "2.4", "2.6", "县文体局"),
        _cells("3", "空气质量优良天数比例", "%", "84.7", "≥86", "省下达目标值", "县生态环境局"),
        _cells("4", "国民体质监测合格率", "%", "90.2", "持续提升", "持续提升", "县文体局"),
        _cells("5", "结核病报告发病率", "/10万", "56.2", "50", "45", "县卫健局"),
        "",
        "某县人民政府办公室",
    ]
)


def _rows(text: str) -> list[tuple]:
    parsed = parse_document(text, source="x.txt", is_text=True)
    return [(t["indicator"], t["value"], t["unit"], t["comparator"], t["year"]) for t in parsed.targets]


def test_a_flat_table_with_trailing_bars_gives_one_target_a_row():
    assert _rows(PLAN) == [
        ("经常参加体育锻炼人数比例", 40.0, "%", ">=", 2027),
        ("人均体育场地面积", 2.6, "平方米", "=", 2027),
        ("空气质量优良天数比例", 86.0, "%", ">=", 2025),
        ("结核病报告发病率", 45.0, "/10万", "=", 2027),
    ]


def test_the_same_table_under_a_numbered_goals_heading():
    text = PLAN.replace("(2024-2027年)主要目标任务", "二、主要目标")
    assert _rows(text) == _rows(PLAN)


def test_base_year_figures_are_never_targets():
    values = {r[1] for r in _rows(PLAN)}
    assert not values & {36.5, 2.1, 84.7, 90.2, 56.2}


def test_two_year_columns_with_bars():
    text = "\n".join(
        [
            "二、发展目标",
            _cells("指标", "单位", "2020年", "2025年", "属性"),
            _cells("农村自来水普及率", "%", "88", "≥95", "约束性"),
            _cells("新增高标准农田", "万亩", "—", "3.5", "预期性"),
        ]
    )
    rows = extract_targets(text)
    assert [(r["indicator"], r["value"], r["unit"], r["year"]) for r in rows] == [
        ("农村自来水普及率", 95.0, "%", 2025),
        ("新增高标准农田", 3.5, "万亩", 2025),
    ]


def test_a_change_in_the_latest_year_column():
    text = "\n".join(
        [
            "某市健康城市建设行动方案主要指标",
            _cells("序号", "指标名称", "单位", "2023年", "2025年", "2027年", "责任单位"),
            _cells("1", "道路交通事故死亡率", "/10万", "6.8", "较2022年 下降3%", "较2025年 下降4%", "市公安局"),
            _cells("2", "居民健康素养水平", "%", "28.5", "每年提升2%左右", "每年提升2%左右", "市卫健局"),
            _cells("3", "婴儿死亡率", "‰", "3.1", "持续改善", "持续改善", "市卫健局"),
        ]
    )
    parsed = parse_document(text, source="x.txt", is_text=True)
    rows = [
        (t["indicator"], t["value"], t["unit"], t["change"], t["year"], t["baseline_year"]) for t in parsed.targets
    ]
    assert rows == [
        ("道路交通事故死亡率", 4.0, "%", "decrease", 2027, 2025),
        ("居民健康素养水平", 2.0, "%", "increase", None, None),
    ]


def test_the_unit_in_brackets_after_the_name():
    cells = ("指标", "2020年", "2025年", "属性")
    rows = (
        ("细颗粒物(PM2.5)浓度(微克/立方米)", "33", "30", "约束性"),
        ("空气质量优良天数比率(%)", "87.2", "≥88", "约束性"),
        ("森林覆盖率(%)", "40", "42", "约束性"),
    )
    expected = [
        ("细颗粒物(PM2.5)浓度", 30.0, "微克/立方米", "=", 2025),
        ("空气质量优良天数比率", 88.0, "%", ">=", 2025),
        ("森林覆盖率", 42.0, "%", "=", 2025),
    ]
    piped = "\n".join(["某市生态环境保护规划", "二、主要目标", _cells(*cells), *(_cells(*r) for r in rows)])
    assert _rows(piped) == expected
    bare = "\n".join([*cells, *(c for r in rows for c in r)])
    assert [(r["indicator"], r["value"], r["unit"], r["comparator"], r["year"]) for r in extract_targets(bare)] == expected


def test_a_name_in_brackets_without_year_columns_gives_no_unit():
    assert extract_targets("粮食播种面积(万亩)\n12.5\n县农业农村局") == []
