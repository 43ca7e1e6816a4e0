"""Round 43d: targets in new genres and forms.

- units of archives (卷, 画幅, 册次);
- a list of bare figures after a verb of level (分别不高于1.85、1.20) gives one target per value;
- a minus sign right after a verb of level (控制在-2.5‰以上) is a negative figure, no hyphen;
- 由 + what the old value was a multiple or share of + 的 (由…标准的1.5倍提高到2倍): the old value is no target;
- a Chinese count of times after an at-least word (不少于二次) or before 以上 is an amount;
- an indicator table head naming the kind first and its year in brackets (基期值（2025年） | 目标值（2028年））;
- items before a last one naming who is measured (高血压、糖尿病患者规范管理率) share the group word and the measure;
- a raise of an average in a measure (亩均粮食产能提高100公斤) is a change, not an amount of work;
- 亩次 (area worked, times over) is a unit;
- three or more year columns starting no earlier than the plan are milestones, none a base.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["unit"]) for r in extract_targets(text)]


def _values(text: str) -> list[float]:
    return [r["value"] for r in extract_targets(text)]


# --- units of archives


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("全年接收进馆档案至少1.5万卷。", (1.5, "万卷")),
        ("完成馆藏档案数字化扫描300万画幅。", (300, "万画幅")),
        ("征集地方文献不少于800卷。", (800, "卷")),
        ("全年提供档案查阅利用5000卷次。", (5000, "卷次")),
        ("年内送书下乡2万册次。", (2, "万册次")),
    ],
)
def test_archive_units(text: str, row: tuple[float, str]) -> None:
    assert row in _rows(text)


def test_archive_unit_in_a_name_is_no_target() -> None:
    assert _values("编纂《县志》第三卷。") == []


# --- a list of bare figures after a verb of level


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("城乡居民人均生活用水量比、城乡供水保证率比分别不高于1.85、1.20。", [1.85, 1.2]),
        ("两类企业的资产负债率分别不高于0.65、0.60。", [0.65, 0.6]),
        ("小学、初中、高中生师比分别控制在16、14、12以内。", [16, 14, 12]),
        ("城乡居民收入比、消费支出比分别缩小到2.1、1.8。", [2.1, 1.8]),
    ],
)
def test_bare_list_after_level(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    "text",
    [
        "按照《条例》第1、2条规定执行。",
        "详见附件1、2。",
        "办理2、3号文件交办事项。",
    ],
)
def test_bare_list_without_level_stays_out(text: str) -> None:
    assert _values(text) == []


# --- a negative figure after a verb of level


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("常住人口自然增长率控制在-2.5‰以上。", (-2.5, "‰")),
        ("人口自然增长率保持在-1%左右。", (-1, "%")),
        ("全年平均气温距平控制在-0.5℃以内，亏损企业利润降幅达到-3%以内。", (-3, "%")),
        ("冷库温度稳定在-18摄氏度以下，冷链库容达到5万吨。", (5, "万吨")),
    ],
)
def test_negative_after_level(text: str, row: tuple[float, str]) -> None:
    assert row in _rows(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("完成G-5线路改造20公里。", 20),
        ("新建2-3号厂房1.5万平方米。", 1.5),
    ],
)
def test_hyphen_is_no_minus(text: str, value: float) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(
    "text",
    ["企业数量达到-20家。", "新建公园达到-3个，", "投资控制在-500万元以内。"],
)
def test_count_or_amount_after_a_dash_is_never_negative(text: str) -> None:
    """Only a share or a difference of shares is read below zero (found by the targets fuzz test)."""
    assert all(v >= 0 for v in _values(text))


# --- 由 + what the old value was a multiple of + 的


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("经济困难标准由当地最低生活保障标准的1.5倍提高到2倍。", 2, "经济困难标准"),
        ("低保标准由城市低保标准的70%提高到80%。", 80, "低保标准"),
        ("临时救助标准从当月低保标准的3倍提高至5倍。", 5, "临时救助标准"),
    ],
)
def test_from_value_of_named_base(text: str, value: float, indicator: str) -> None:
    rows = extract_targets(text)
    assert [r["value"] for r in rows] == [value]
    assert rows[0]["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("由各乡镇的3个示范点扩大到20个。", [3, 20]),
        ("从城区的2个街道推广至全县12个乡镇。", [2]),
    ],
)
def test_from_value_without_to_level_right_after(text: str, values: list[float]) -> None:
    assert _values(text) == values


# --- a Chinese count of times bounded as an amount


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("每月开展集中清洁活动不少于二次。", 2),
        ("每年组织应急演练三次以上。", 3),
        ("每季度开展联合执法检查至少两次。", 2),
    ],
)
def test_cn_times_bounded(text: str, value: float) -> None:
    assert (value, "次") in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "推进二次供水设施改造。",
        "落实一次性告知制度。",
        "开展第三次全国土壤普查。",
        "加快二次开发利用。",
    ],
)
def test_cn_times_as_words_stay_out(text: str) -> None:
    assert _values(text) == []


# --- a table head naming the kind first, its year in brackets


_PIPED = """某县公共文化服务体系建设主要指标（2026—2028年）
指标名称 | 单位 | 基期值（2025年） | 目标值（2028年） | 属性
人均公共文化设施面积 | 平方米 | 0.38 | 0.45 | 预期性
乡镇综合文化站等级站达标率 | % | 85 | 100 | 约束性
"""

_SPACED = """某区养老服务主要指标（2026—2027年）
指标                    单位     基期值（2025年）    目标值（2027年）   属性
养老机构护理型床位占比    %        52                  60                 约束性
社区养老服务设施覆盖率    %        80                  100                预期性
"""

_SPACED_BRACKET = """某县农业主要指标
指标名称            单位      现状值(2025年)     规划值(2030年)
高标准农田          万亩      12                 18
农作物耕种收综合机械化率   %   75                 85
"""


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (_PIPED, [(0.45, "平方米", 2028), (100, "%", 2028)]),
        (_SPACED, [(60, "%", 2027), (100, "%", 2027)]),
        (_SPACED_BRACKET, [(18, "万亩", 2030), (85, "%", 2030)]),
    ],
)
def test_kind_first_year_head(text: str, rows: list[tuple[float, str, int]]) -> None:
    doc = parse_document(text, source="t.txt", is_text=True)
    got = sorted((r["value"], r["unit"], r["year"]) for r in doc.targets)
    assert got == sorted(rows)


_TASK_TABLE = """某县2026年重点工作任务
序号 | 工作任务 | 完成时限（2026年） | 责任单位
1 | 新建污水管网 | 12月底 | 县住建局
"""


def test_kind_first_year_head_needs_figures() -> None:
    doc = parse_document(_TASK_TABLE, source="t.txt", is_text=True)
    assert [r["value"] for r in doc.targets] == []


# --- items sharing the group word and the measure of the last one


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        (
            "高血压、糖尿病患者规范管理率分别达到65%、60%以上。",
            ["高血压患者规范管理率", "糖尿病患者规范管理率"],
        ),
        (
            "严重精神障碍、肺结核患者规范管理率分别达到90%、95%。",
            ["严重精神障碍患者规范管理率", "肺结核患者规范管理率"],
        ),
        ("脑卒中、冠心病患者随访管理率分别达到80%、70%。", ["脑卒中患者随访管理率", "冠心病患者随访管理率"]),
        (
            "留守、困境儿童关爱服务覆盖率分别达到100%、98%。",
            ["留守儿童关爱服务覆盖率", "困境儿童关爱服务覆盖率"],
        ),
    ],
)
def test_shared_group_and_measure(text: str, indicators: list[str]) -> None:
    assert [r["indicator"] for r in extract_targets(text)] == indicators


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("高血压、糖尿病患者分别管理2万人、1万人。", ["高血压", "糖尿病患者"]),
        ("工业、服务业产值分别增长8%、10%。", ["工业产值", "服务业产值"]),
    ],
)
def test_no_shared_group_without_measure(text: str, indicators: list[str]) -> None:
    assert [r["indicator"] for r in extract_targets(text)] == indicators


# --- a raise of an average in a measure


@pytest.mark.parametrize(
    "text",
    [
        "亩均粮食产能提高100公斤左右。",
        "城镇居民人均住房建筑面积提高2平方米。",
        "项目区水稻单产提升50公斤。",
        "农村户均配变容量提高0.5千伏安。",
    ],
)
def test_average_raise_is_change(text: str) -> None:
    assert [r["change"] for r in extract_targets(text)] == ["increase"]


@pytest.mark.parametrize(
    "text",
    [
        "提升慢行设施146公里。",
        "提高农村公路等级300公里。",
        "人均提升改造绿道5公里。",
    ],
)
def test_raise_of_work_stays_amount(text: str) -> None:
    assert [r["change"] for r in extract_targets(text)] == [None]


# --- 亩次


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("农机合作社服务面积不少于15万亩次。", (15, "万亩次")),
        ("完成小麦“一喷三防”作业8万亩次。", (8, "万亩次")),
        ("托管服务面积达到3000亩次。", (3000, "亩次")),
    ],
)
def test_mu_times_unit(text: str, row: tuple[float, str]) -> None:
    assert row in _rows(text)


def test_mu_then_next_year_stays_mu() -> None:
    assert _rows("新增耕地500亩，次年全部复耕。") == [(500, "亩")]


# --- year columns from the plan's first year on


_MILESTONES_SPACED = """某县“十五五”供水保障主要指标（2026—2030年）
指标                    单位     2026年     2028年     2030年
农村自来水普及率          %        92         95         98
"""

_MILESTONES_PIPED = """某市数字经济发展主要指标（2026—2030年）
指标 | 单位 | 2026年 | 2028年 | 2030年
数字经济核心产业增加值 | 亿元 | 120 | 160 | 220
"""

_BASE_FIRST = """某县“十五五”供水保障主要指标（2026—2030年）
指标 | 单位 | 2025年 | 2028年 | 2030年
农村自来水普及率 | % | 90 | 95 | 98
"""

_TWO_COLUMNS = """某县三年行动主要指标（2026—2028年）
指标 | 单位 | 2026年 | 2028年
农村自来水普及率 | % | 90 | 98
"""


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (_MILESTONES_SPACED, [92, 95, 98]),
        (_MILESTONES_PIPED, [120, 160, 220]),
        (_BASE_FIRST, [95, 98]),
        (_TWO_COLUMNS, [98]),
    ],
)
def test_year_columns_from_plan_start(text: str, values: list[float]) -> None:
    doc = parse_document(text, source="t.txt", is_text=True)
    assert sorted(r["value"] for r in doc.targets) == values
