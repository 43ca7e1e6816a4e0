"""Counts and measures seen on fresh plans (issue 15, round 2): counts of the plan's own items,
"对A、B等N个X进行…", zones, lengths of time, progress sentences dated "截至…", list bullets and
short subjects in indicators. Examples are invented."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _vu(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in extract_targets(text)]


# --- counts of the plan's own items ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "《分工方案》将报告分解为六个方面86项重点工作任务。",
    "初步形成了拟列入2024年为民办实事项目清单共26件。",
    "（分解任务12项）",
    "围绕创新投入提出4项指标。",
    "今年将为民办好12件大事实事。",
    "细化量化为3大类45项具体任务。",
])
def test_counts_of_the_plans_own_items_are_no_targets(text):
    assert _vu(text) == []


@pytest.mark.parametrize("text,expected", [
    ("完成10项改革任务。", [(10.0, "项")]),
    ("争取省级以上科技计划项目6项以上。", [(6.0, "项")]),
    ("办理法律援助案件800件以上。", [(800.0, "件")]),
])
def test_counts_of_work_stay_targets(text, expected):
    assert _vu(text) == expected


# --- "对A、B等N个X进行…" --------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,unit", [
    ("对东城花园、西湖小区、南苑新村等35个小区进行燃气管道改造。", 35.0, "个"),
    ("对城关、河口等8座水厂实施提标改造。", 8.0, "座"),
    ("对红星路、建设路等12条道路进行“白改黑”。", 12.0, "条"),
])
def test_a_list_the_clause_works_on_is_counted(text, value, unit):
    rows = extract_targets(text)
    assert [(r["value"], r["unit"]) for r in rows] == [(value, unit)]
    assert "进行" not in rows[0]["indicator"]


@pytest.mark.parametrize("text", [
    "提高城乡低保、特困供养等6类困难群众救助标准。",
    "全县包括城关、河口等14个乡镇。",
])
def test_a_list_that_only_names_the_scope_stays_scope(text):
    assert _vu(text) == []


# --- zones, lengths of time -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "推进干流岸线1公里范围内化工企业搬迁。",
    "关停水源地500米范围内的畜禽养殖场。",
])
def test_a_zone_is_no_amount(text):
    assert _vu(text) == []


@pytest.mark.parametrize("text,expected", [
    ("劳动年龄人口平均受教育年限提高到11.5年。", [(11.5, "年", "=")]),
    ("小微企业平均存续周期达到6年以上。", [(6.0, "年", ">=")]),
    ("用3年时间完成改造。", []),
    ("到2026年达到4年级学生全覆盖。", None),  # (no length of time: 4年级 is a grade)
])
def test_a_length_of_time_in_years(text, expected):
    rows = [(r["value"], r["unit"], r["comparator"]) for r in extract_targets(text)]
    if expected is None:
        assert all(u != "年" for _, u, _ in rows)
    else:
        assert rows == expected


def test_a_bare_figure_before_a_comma_is_read():
    rows = extract_targets("区域发展指数达90,人均预期寿命达81.5岁。")
    assert [(r["value"], r["unit"], r["indicator"]) for r in rows] == [
        (90.0, "", "区域发展指数"), (81.5, "岁", "人均预期寿命")]


# --- progress dated "截至…" -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "截至6月底，全市新开工项目45个，完成投资12亿元。",
    "截至目前，新增城镇就业2100人。",
    "截止2024年9月30日，累计改造户厕3200户。",
    "到目前为止，建成充电桩260个。",
])
def test_a_sentence_dated_as_of_reports_progress(text):
    assert _vu(text) == []


def test_as_of_a_future_year_end_is_a_deadline():
    assert _vu("截至2026年底，全市建成5G基站3000个。") == [(3000.0, "个")]


def test_only_the_dated_sentence_is_progress():
    assert _vu("新建学校3所。截至目前，已完成2所。明年新增学位500个。") == [(3.0, "所"), (500.0, "个")]


def test_a_share_of_the_plan_completed_is_progress():
    assert _vu("今年以来完成投资5.2亿元，完成目标任务的86%。") == []


# --- indicators -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,indicator", [
    ("▶新增公共停车位600个。", "公共停车位"),
    ("● 改造老旧小区15个。", "改造老旧小区"),
    ("■建成保障性租赁住房420套。", "保障性租赁住房"),
    ("→新建口袋公园8个。", "口袋公园"),
])
def test_a_list_bullet_is_no_part_of_the_indicator(text, indicator):
    assert [r["indicator"] for r in extract_targets(text)] == [indicator]


def test_the_noun_after_the_number_names_what_a_locative_clause_installs():
    rows = extract_targets("在公共场所配置30台自动体外除颤仪。")
    assert [(r["value"], r["indicator"]) for r in rows] == [(30.0, "配置自动体外除颤仪")]


def test_a_proposed_count_takes_the_noun_after_it():
    rows = extract_targets("拟对45处道路安全隐患点进行整治。")
    # (the work done for them after 进行 goes with them: test_transform_targets_work_for_counted.py)
    assert [(r["value"], r["indicator"]) for r in rows] == [(45.0, "道路安全隐患点整治")]


@pytest.mark.parametrize("text,indicators", [
    ("城、乡居民人均可支配收入分别增长6%、8%。", ["城居民人均可支配收入", "乡居民人均可支配收入"]),
    ("农村、城镇居民收入分别增长7%和6%。", ["农村居民收入", "城镇居民收入"]),
    ("工业、农业总产值分别增长9%、4%。", ["工业总产值", "农业总产值"]),
    ("GDP、财政收入分别增长5%、6%。", ["GDP", "财政收入"]),
])
def test_a_short_subject_shares_the_noun_of_the_last(text, indicators):
    assert [r["indicator"] for r in extract_targets(text)] == indicators


@pytest.mark.parametrize("text,indicator", [
    ("2.改造高标准农田项目5200亩。", "改造高标准农田项目"),
    ("3、新建村级养老服务站6个。", "村级养老服务站"),
    ("5G基站达到420个。", "5G基站"),
])
def test_an_item_number_left_in_a_line_is_no_part_of_the_indicator(text, indicator):
    assert [r["indicator"] for r in extract_targets(text)] == [indicator]


@pytest.mark.parametrize("text,indicator", [
    ("到位资金达到3亿元以上。", "到位资金"),
    ("到岗率达到95%。", "到岗率"),
    ("到2026年，产值达到80亿元。", "产值"),
])
def test_a_noun_starting_with_a_filler_character_keeps_it(text, indicator):
    assert [r["indicator"] for r in extract_targets(text)] == [indicator]


@pytest.mark.parametrize("text", [
    "已新建成中小学、幼儿园42所,新增学位3.2万个,完成率128%。",
    "已推出保障性租赁房源860套,整体完成率115%。",
    "开工率100%,拨付率96.5%。",
])
def test_a_report_of_the_work_done_gives_no_targets(text):
    assert _vu(text) == []


def test_a_completion_rate_committed_to_is_a_target():
    assert _vu("确保年度任务完成率达到100%。") == [(100.0, "%")]


@pytest.mark.parametrize("text,indicator", [
    ("地区生产总值：增长6%(省下达指标)", "地区生产总值"),
    ("服务业增加值:增长7%", "服务业增加值"),
    ("规上工业增加值： 增长8.5%左右", "规上工业增加值"),
])
def test_a_name_value_row_takes_its_name(text, indicator):
    rows = extract_targets(text)
    assert [(r["indicator"], r["change"]) for r in rows] == [(indicator, "increase")]


@pytest.mark.parametrize("text,indicator", [
    ("实施12条城市“断头路”打通工程。", "实施城市“断头路”打通工程"),
    ("推动80个政务服务事项“跨省通办”。", "推动政务服务事项"),
])
def test_a_quote_inside_the_noun_stays_in_it(text, indicator):
    assert [r["indicator"] for r in extract_targets(text)] == [indicator]


def test_a_verb_before_the_number_with_no_noun_after_it():
    rows = extract_targets("按方式划分，集中供热计划完成320户、煤改电计划完成96户。")
    assert [(r["value"], r["indicator"]) for r in rows] == [(320.0, "集中供热"), (96.0, "煤改电")]


def test_the_plans_own_work_items_are_counted_no_target():
    assert _vu("《方案》明确了5项重点工作。") == []
    assert _vu("开展10项专项整治工作。") == [(10.0, "项")]


@pytest.mark.parametrize("text,indicator", [
    ("新增市级4家农业产业化龙头企业。", "市级农业产业化龙头企业"),
    ("创建省级6个美丽乡村示范村。", "省级美丽乡村示范村"),
    ("推出3处以上区级“城市客厅”、12个社区文化示范点。", "推出区级“城市客厅”"),
])
def test_a_level_before_or_after_the_number_stays_with_the_noun(text, indicator):
    assert extract_targets(text)[0]["indicator"] == indicator


def test_a_generic_label_names_no_measure():
    assert [r["indicator"] for r in extract_targets("工作目标：增长8%")] == [None]
