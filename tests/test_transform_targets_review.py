"""Figures of a review of the past are achievements, not targets; the goals of a plan stated in
prose outside its numbered items are targets (issue 15, round 2). Examples are invented."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets.goals import is_review_heading, plan_goal_lines, prose_goal_lines, reports_on_plan


def _targets(text: str) -> list[tuple]:
    parsed = parse_document(text, source="x.txt", is_text=True)
    return [(t["value"], t["unit"], t["year"]) for t in parsed.targets]


# --- reviews of the past ------------------------------------------------------------------------

WORK_REPORT = """某县2025年政府工作报告
各位代表：
一、2024年工作回顾
过去一年，全县地区生产总值完成120.5亿元，同比增长5.6%；一般公共预算收入完成8.2亿元，增长3.1%。
二、2025年工作安排
（一）扩大有效投资。全年新开工项目50个以上。
（二）改善民生。新增城镇就业3000人。
"""

REVIEW_WITH_ITEMS = """某市人民政府工作报告
一、过去一年工作回顾
（一）经济运行稳中有进。预计全年地区生产总值增长6%左右，规上工业增加值增长8%。
（二）民生持续改善。建成保障性住房1200套。
二、今年主要任务
（一）做强实体经济。培育规上工业企业20家。
"""

NO_NUMBERING = """某镇2025年工作报告
回顾2024年工作成果
全镇GDP增长6%，财政收入增长5%，粮食产量稳定在3万吨以上。
展望2025年工作目标
确保GDP增长7%，财政收入增长6%，投资2亿元实施一批基础设施项目。
"""


def test_a_review_section_without_items_gives_no_targets():
    assert _targets(WORK_REPORT) == [(50.0, "个", 2025), (3000.0, "人", 2025)]


def test_items_under_a_review_heading_give_no_targets():
    assert _targets(REVIEW_WITH_ITEMS) == [(20.0, "家", None)]


def test_a_plan_without_numbering_reads_the_block_after_its_goals_heading_only():
    rows = _targets(NO_NUMBERING)
    assert [(v, u) for v, u, _ in rows] == [(7.0, "%"), (6.0, "%"), (2.0, "亿元")]
    assert {y for _, _, y in rows} == {2025}


@pytest.mark.parametrize("heading", [
    "2023年工作回顾", "一年来工作回顾", "过去一年", "过去五年工作回顾", "回顾2023年工作成果🏆",
    "“十四五”时期发展成就", "发展基础", "二〇二三年主要成绩".replace("二〇二三年", "2023年"),
    "20XX年工作回顾", "主要成效",
])
def test_review_headings(heading):
    assert is_review_heading(heading)


@pytest.mark.parametrize("heading", [
    "巩固拓展脱贫攻坚成果", "2024年工作安排", "展望2024年工作目标", "主要目标",
    "回顾过去，我们深刻体会到，必须坚持稳中求进，必须坚持项目为王，必须坚持民生优先。",
    "加快发展基础设施建设，完善城乡交通网络，提升通行能力",
])
def test_no_review_headings(heading):
    assert not is_review_heading(heading)


# --- goals in prose ------------------------------------------------------------------------------

PREAMBLE_HORIZON = """某市数字经济发展三年行动方案
为加快数字经济发展，制定本方案。到2026年，全市数字经济核心产业增加值占地区生产总值比重达到12%，培育数字经济龙头企业30家。
一、重点任务
1.建设数据中心。新建标准机架2000个。（牵头单位：市大数据局）
2.培育数字企业。引进数字经济企业50家。（牵头单位：市工信局）
"""

GUIDING_GOAL = """某镇2024年秸秆综合利用工作方案
一、指导思想
坚持疏堵结合，确保实现全镇秸秆综合利用率不低于93%的目标，其中离田利用比例达到35%以上。
二、重点工作
（一）推进秸秆还田。完成机械化还田5000亩。
（二）培育收储主体。新建秸秆收储点3个。
"""


def test_a_horizon_in_the_preamble_gives_goals_outside_tasks():
    parsed = parse_document(PREAMBLE_HORIZON, source="x.txt", is_text=True)
    goals = [(t["value"], t["unit"], t["year"]) for t in parsed.targets if t["task_id"] is None]
    assert goals == [(12.0, "%", 2026), (30.0, "家", 2026)]
    assert len(parsed.targets) == 4


def test_a_goal_sentence_in_the_guiding_principles_gives_goals():
    parsed = parse_document(GUIDING_GOAL, source="x.txt", is_text=True)
    goals = [(t["value"], t["unit"], t["comparator"]) for t in parsed.targets if t["task_id"] is None]
    assert goals == [(93.0, "%", ">="), (35.0, "%", ">=")]


def test_a_notice_preamble_without_commitments_gives_nothing():
    notice = """某县人民政府办公室关于印发2024年重点工作任务的通知
各乡镇人民政府，县直各单位：
现将《2024年重点工作任务》印发给你们，请于3月15日前报送细化方案，确保各项任务落到实处。
1.新建污水处理厂1座。（牵头单位：县住建局）
"""
    parsed = parse_document(notice, source="x.txt", is_text=True)
    assert [(t["value"], t["unit"]) for t in parsed.targets] == [(1.0, "座")]


@pytest.mark.parametrize("text,kept", [
    ("2025年，全区拟新建公共充电桩300个、新增停车泊位1500个。", True),
    ("力争全年接待游客200万人次。", True),
    ("计划改造老旧小区12个。", True),
    ("全区共有小学23所。", False),
    ("会议于3月5日召开。", False),
])
def test_commitment_lines_of_a_plan_without_numbering(text, kept):
    assert bool(plan_goal_lines("标题\n" + text)) is kept


def test_prose_goal_lines_need_a_figure_after_the_cue():
    assert prose_goal_lines(["确保各项目标任务圆满完成。", "2023年是关键之年，确保完成投资5亿元。"]) == [
        "2023年是关键之年，确保完成投资5亿元。"]


# --- reports on a plan ---------------------------------------------------------------------------

PROGRESS_NEWS = """某市2024年民生实事最新进展
截至9月底，12个项目已完成全年目标任务，8个项目完成节点目标，新增就业岗位6000个。
"""

COMPLETION_REPORT = """2023年全市耕地保护任务完成情况
全面完成耕地保护目标任务，全市耕地保有量120万亩，完成目标任务的105%。
"""


@pytest.mark.parametrize("text", [PROGRESS_NEWS, COMPLETION_REPORT])
def test_the_prose_of_a_report_on_a_plan_gives_no_targets(text):
    assert _targets(text) == []


@pytest.mark.parametrize("title,expected", [
    ("2023年全市耕地保护任务完成情况", True), ("某区民生实事最新进展", True),
    ("2024年重点工作推进情况", True), ("2024年重点工作任务清单", False), ("某县十件民生实事", False),
])
def test_report_titles(title, expected):
    assert reports_on_plan(title) is expected


def test_a_title_naming_a_goal_is_no_commitment():
    text = """某镇目标工作计划（2篇）
一、经济发展目标
1.农业。全年培训农民不少于400人次。
2.工业。引进项目3个以上。
"""
    assert [(v, u) for v, u, _ in _targets(text)] == [(400.0, "人次"), (3.0, "个")]


def test_an_expected_goals_list_read_in_a_task_is_not_read_again():
    text = """1、某乡2024年工作要点 2024年是关键之年。 全年经济社会发展预期目标:全乡GDP达3.1亿元,增长8%;农民人均纯收入增长9%, 一、做强产业 1.做大茶产业。完成茶园改造2000亩。
2、二、做美环境 2.新建公园2个。
"""
    rows = _targets(text)
    assert sorted(v for v, u, _ in rows if u == "%") == [8.0, 9.0]


def test_a_section_reporting_the_work_done_gives_no_targets():
    text = """某局2023年工作总结及2024年工作思路
一、工作开展情况
（一）推进项目建设。全年建成停车场6座，新增车位2900个。
二、2024年工作思路
（一）完善城市功能。新建停车场4座。
（二）提升城市品质。改造老旧小区12个。
"""
    assert [(v, u) for v, u, _ in _targets(text)] == [(4.0, "座"), (12.0, "个")]


@pytest.mark.parametrize("text,first_year,expected", [
    ("全县地区生产总值从2015年末的52亿元增长到2020年的76亿元。到2025年，地区生产总值达到110亿元。",
     2021, [(110.0, 2025)]),
    ("第三产业占比在“十三五”期间首次突破50%。“十四五”期间，新增城镇就业4万人。", 2021, [(4.0, 2025)]),
    ("2022年，全县新建学校3所。2024年底前，再新建学校2所。", 2023, [(2.0, 2024)]),
])
def test_figures_of_years_before_a_plan_of_several_years_are_past(text, first_year, expected):
    from transform.targets import extract_targets

    rows = extract_targets(text, first_year=first_year)
    assert [(r["value"], r["year"]) for r in rows] == expected


def test_a_five_year_plan_named_in_full_covers_its_years():
    text = """某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要
一、发展基础
“十三五”时期，全县地区生产总值年均增长7.2%。
二、主要目标
到2025年，地区生产总值达到300亿元。
"""
    parsed = parse_document(text, source="x.txt", is_text=True)
    d = parsed.document
    assert (d["plan_start_year"], d["plan_end_year"]) == (2021, 2025)
    assert [(t["value"], t["year"]) for t in parsed.targets] == [(300.0, 2025)]


def test_a_review_in_prose_wrapped_by_a_pdf_is_still_a_review():
    text = """某县2022年政府工作报告
一、过去五年工作回顾
过去五年，县政府较好地完成了县人民代表大会确定的主要目标任务，全县
经济社会发展迈上新台阶。2021年全县预计实现地区生产总值 340 亿元，年均增长
8.3%；地方财政收入 46.57 亿元，年均增长 31.5%。
"""
    parsed = parse_document(text, source="x.txt", is_text=True)
    assert parsed.targets == []
    assert parsed.document["title"] == "某县2022年政府工作报告"


@pytest.mark.parametrize("heading", [
    "2025年国民经济和社会发展计划执行情况", "2024年县政府重点工作完成情况", "上年度民生实事落实情况",
    "一季度重点项目进展情况",
])
def test_a_heading_reporting_how_a_plan_went_is_a_review(heading):
    assert is_review_heading(heading)


def test_figures_under_a_plan_execution_report_are_no_targets():
    text = (
        "关于某区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
        "一、2025年国民经济和社会发展计划执行情况\n"
        "预计地区生产总值增长5.5%，一般公共预算收入42.3亿元、增长8%。\n"
        "（一）项目建设加快推进\n"
        "全年实施重点项目120个，完成投资86亿元。\n"
        "二、2026年国民经济和社会发展计划草案\n"
        "（一）主要预期目标\n"
        "地区生产总值增长6%左右，一般公共预算收入增长6%。\n"
    )
    doc = parse_document(text, source="r.txt", is_text=True)
    assert sorted(t["value"] for t in doc.targets) == [6, 6]
