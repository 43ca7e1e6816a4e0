"""Round 41g: targets in new genres (second batch).

- a finish word whose clause counts work of its own after a short noun ("新改建户厕500户，全面完成
  垃圾分类试点村8个") reports no finish: the figure before it stays a target;
- an indicator table whose every row was read as a task (a 责任单位 column) states its targets once,
  in the tasks, not a second time as a goals table.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _recs(text: str, **kw) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text, **kw)]


def _page(text: str) -> list[tuple]:
    res = parse_document(text, source="p.txt", is_text=True)
    rows = [t if isinstance(t, dict) else t.__dict__ for t in res.targets]
    return sorted((t["value"], t["unit"], t["task_id"] is not None) for t in rows)


# --- a finish word with a count of its own after a short noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新改建农村户厕500户，全面完成农村生活垃圾分类试点村8个。", [(500.0, "户"), (8.0, "个")]),
        ("开工安置房800套，基本完成棚户区改造1200户。", [(800.0, "套"), (1200.0, "户")]),
        ("新建村级光伏电站6座，全部完成老旧线路改造 35公里。", [(6.0, "座"), (35.0, "公里")]),
        ("新植苗木2.5万株，全面完成荒山绿化3000亩。", [(2.5, "万株"), (3000.0, "亩")]),
    ],
)
def test_finish_word_counting_its_own_work_keeps_the_figure_before(text, expected):
    assert _recs(text, annual_year=2026) == expected


@pytest.mark.parametrize(
    "text",
    [
        "一年来，全镇改造农村危房120户，全面完成县下达任务。",
        "去年新建村级便民服务中心4个，全面完成。",
        "2025年，全县完成造林5000亩，全面完成市下达的年度目标。",
    ],
)
def test_finish_word_without_its_own_count_still_reports(text):
    assert _recs(text) == []


# --- an indicator table whose rows are tasks states its targets once

_PIPED = """某区2026年促消费重点指标
| 序号 | 指标名称 | 单位 | 2025年完成 | 2026年目标 | 责任单位 |
| 1 | 社会消费品零售总额 | 亿元 | 412 | 440 | 区商务局 |
| 2 | 新增限额以上商贸企业 | 家 | 36 | 40 | 区商务局 |
| 3 | 夜间消费集聚区 | 个 | 2 | 3 | 区文旅局 |
"""

_PIPED_YEARS = """某县2026年科技创新主要指标
|序号|指标|单位|2025年基数|2026年目标值|牵头单位|
|1|高新技术企业|家|105|120|县科技局|
|2|技术合同成交额|亿元|10|12|县科技局|
"""

_PIPED_TRAD = """某縣2026年養老服務主要指標
| 序號 | 指標名稱 | 單位 | 2025年完成 | 2026年目標 | 責任單位 |
| 1 | 護理型床位 | 張 | 800 | 1000 | 縣民政局 |
| 2 | 老年助餐點 | 個 | 30 | 45 | 縣民政局 |
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PIPED, [(3.0, "个", True), (40.0, "家", True), (440.0, "亿元", True)]),
        (_PIPED_YEARS, [(12.0, "亿元", True), (120.0, "家", True)]),
        (_PIPED_TRAD, [(45.0, "個", True), (1000.0, "張", True)]),
    ],
)
def test_table_rows_read_as_tasks_state_their_targets_once(text, expected):
    assert _page(text) == expected


def test_indicator_table_without_task_rows_keeps_its_goal_targets():
    text = """某区2026年促消费重点指标
| 指标名称 | 单位 | 2025年完成 | 2026年目标 |
| 社会消费品零售总额 | 亿元 | 412 | 440 |
| 夜间消费集聚区 | 个 | 2 | 3 |
"""
    assert _page(text) == [(3.0, "个", False), (440.0, "亿元", False)]


def test_table_with_a_row_no_task_holds_is_kept():
    from transform.targets.tables import rows_read_as_tasks

    table = "| 指标 | 单位 | 2025年 | 2026年 |\n| 甲指标 | 家 | 1 | 2 |\n| 乙指标 | 个 | 3 | 4 |"
    assert rows_read_as_tasks(table, {"甲指标"}) is False
    assert rows_read_as_tasks(table, set()) is False
    assert rows_read_as_tasks(table, {"甲指标", "乙指标"}) is True
    # no unit column: the row tasks keep no unit ("…率(%)：98"), the table reads the rows
    bare = "| 指标名称 | 2025年 | 2026年 |\n| 甲率(%) | 1 | 2 |"
    assert rows_read_as_tasks(bare, {"甲率(%)"}) is False


# --- an indicator table with a plain target column (no year in its header) on an annual page

_BARE_PIPED = """某县2026年开放型经济主要指标
| 指标 | 单位 | 目标值 | 增长（%） |
| 外贸进出口总额 | 亿元 | 58 | 12 |
| 实际利用外资 | 万美元 | 3000 | — |
"""

_BARE_SPACED = """某县2026年开放型经济主要指标
指标                         单位      目标值      增长（%）
外贸进出口总额               亿元      58          12
新增有进出口实绩企业         家        15          —
"""

_BARE_TRAD = """某縣2026年科技創新主要指標
| 指標名稱 | 單位 | 預期目標 |
| 高新技術企業 | 家 | 120 |
| 技術合同成交額 | 億元 | 12 |
"""

_YEAR_GROWTH = """某县2026年主要经济指标
| 指标 | 单位 | 2026年目标 | 比上年增长（%） |
| 地区生产总值 | 亿元 | 300 | 6 |
| 社会消费品零售总额 | 亿元 | 120 | 7.5 |
"""


def _full(text: str) -> list[tuple]:
    res = parse_document(text, source="p.txt", is_text=True)
    rows = [t if isinstance(t, dict) else t.__dict__ for t in res.targets]
    return sorted((t["value"], t["unit"], t["change"], t["year"], t["baseline_year"]) for t in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BARE_PIPED,
            [
                (12.0, "%", "increase", 2026, 2025),
                (58.0, "亿元", None, 2026, None),
                (3000.0, "万美元", None, 2026, None),
            ],
        ),
        (
            _BARE_SPACED,
            [
                (12.0, "%", "increase", 2026, 2025),
                (15.0, "家", None, 2026, None),
                (58.0, "亿元", None, 2026, None),
            ],
        ),
        (_BARE_TRAD, [(12.0, "億元", None, 2026, None), (120.0, "家", None, 2026, None)]),
        (
            _YEAR_GROWTH,
            [
                (6.0, "%", "increase", 2026, 2025),
                (7.5, "%", "increase", 2026, 2025),
                (120.0, "亿元", None, 2026, None),
                (300.0, "亿元", None, 2026, None),
            ],
        ),
    ],
)
def test_plain_target_column_and_its_growth_column(text, expected):
    assert _full(text) == expected


@pytest.mark.parametrize(
    "cells",
    [
        ["序号", "工作任务", "目标", "责任单位"],  # a task table: no indicator or unit head
        ["指标", "单位", "目标值", "预期目标"],  # two target columns: which is the plan's?
        ["指标", "单位", "2025年", "目标值"],  # a year column: read by the year rules
        ["指标", "目标值", "备注"],  # no unit column
    ],
)
def test_no_bare_target_head(cells):
    from transform.targets.tables import bare_target_head

    assert bare_target_head(cells) is None


def test_growth_column_beside_several_year_columns_is_not_read():
    text = """某县“十五五”主要指标
| 指标 | 单位 | 2027年 | 2028年 | 2029年 | 2030年 | 增长（%） |
| 地区生产总值 | 亿元 | 300 | 320 | 340 | 360 | 6 |
"""
    assert [r for r in _full(text) if r[1] == "%"] == []


@pytest.mark.timeout(30)
def test_large_plain_target_table_and_finish_clauses_stay_linear():
    rows = "".join(f"| 指标{i}总额 | 亿元 | 58 | 12 |\n" for i in range(4000))
    res = parse_document(
        "某县2026年主要指标\n| 指标 | 单位 | 目标值 | 增长（%） |\n" + rows, source="p.txt", is_text=True
    )
    assert len(res.targets) == 8000
    assert (
        len(
            extract_targets(
                "新改建农村户厕500户，全面完成农村生活垃圾分类试点村8个。" * 2000, annual_year=2026
            )
        )
        == 4000
    )


# --- an aid word right after 增加/扩大 before a count names the kind of place added, no incentive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本年度將增加資助安老宿位不少於500個。", [(500.0, "個", False)]),
        ("年内增加补贴性岗位和资助托位。全年增加资助托位300个。", [(300.0, "个", False)]),
        ("今年增加补贴岗位80个。", [(80.0, "个", False)]),
    ],
)
def test_aid_kind_after_increase_word_is_a_target(text, expected):
    assert _page("某区2026年工作要点\n一、工作目标\n" + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "对新招用员工给予补贴，每人增加补贴1000元。",
        "增加补助资金200万元，用于奖励先进企业。",
    ],
)
def test_money_after_increase_and_aid_word_stays_an_incentive(text):
    assert _recs(text, annual_year=2026) == []


# --- a task breakdown table by area: each figure is an area's share of its column's measure

_AREA_PIPED = """某市2026年住房保障任务分解表
| 序号 | 区（县） | 保障性租赁住房（套/间） | 公租房实物配租（户） |
| 1 | 东湖区 | 1200 | 300 |
| 2 | 南岗区 | 800 | 150 |
"""

_AREA_SPACED = """某市2026年住房保障工作任务分解表
序号  区（县）    保障性租赁住房（套/间）   城镇老旧小区改造（个）
1     东湖区      1200                     45
2     南岗区      800                      30
说明：各区须于11月底前完成开工任务。
"""

_AREA_HALFWIDTH = """某县2026年农村公路建设任务分解表
| 乡镇 | 新改建农村公路(公里) | 危桥改造(座) |
| 青山镇 | 12.5 | 2 |
| 白水乡 | 8 | 1 |
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _AREA_PIPED,
            [(150.0, "户", 2026), (300.0, "户", 2026), (800.0, "套/间", 2026), (1200.0, "套/间", 2026)],
        ),
        (
            _AREA_SPACED,
            [(30.0, "个", 2026), (45.0, "个", 2026), (800.0, "套/间", 2026), (1200.0, "套/间", 2026)],
        ),
        (_AREA_HALFWIDTH, [(1.0, "座", 2026), (2.0, "座", 2026), (8.0, "公里", 2026), (12.5, "公里", 2026)]),
    ],
)
def test_area_breakdown_table_figures_are_targets(text, expected):
    assert [(v, u, y) for v, u, _, y, _ in _full(text)] == expected


@pytest.mark.parametrize(
    "cells",
    [
        ["序号", "区（县）", "工作任务", "责任单位"],  # a task table: no measure column
        ["区（县）", "保障性租赁住房（套/间）"],  # one measure only
        ["区（县）", "2025年（套）", "2026年（套）"],  # year columns: the indicator rules read them
        ["指标", "单位（元）", "备注（条）"],  # no area column
    ],
)
def test_no_area_header(cells):
    from transform.targets.area_tables import area_header

    assert area_header(cells) is False


@pytest.mark.timeout(30)
def test_large_area_table_stays_linear():
    from transform.targets.area_tables import area_targets

    rows = "".join(f"| {i} | 某{i}区 | 1200 | 300 |\n" for i in range(8000))
    t = "| 序号 | 区(县) | 保障性租赁住房(套/间) | 公租房实物配租(户) |\n" + rows
    assert len(area_targets(t, t, 2026)[0]) == 16000
