"""A plan's goals paragraph above its numbered sections may state its figures without a commitment
word (目标, 力争, 确保, 到2030年): "全年粮食播种面积稳定在45万亩以上，新建高标准农田3万亩…". A prose line
outside every task that states two or more figures after a target verb (稳定在, 达到, 新建, 增长 …)
is read as a goal line (task null), unless it reviews the past (已, 以来, 累计, 去年, a year named
without 到) or only describes the plan (分解为68项任务)."""
from __future__ import annotations

import pytest

from transform.document import parse_document

TASKS = """一、重点任务
（一）稳定粮食生产。落实粮食生产责任制。（牵头单位：县农业农村局）
（二）建设高标准农田。加快项目建设进度。（牵头单位：县农业农村局）
二、保障措施
（一）加强组织领导。
"""


def _targets(title: str, preamble: str):
    p = parse_document(title + "\n" + preamble + "\n" + TASKS, source="p.txt", is_text=True)
    return {(t["value"], t["unit"]): t for t in p.targets}


@pytest.mark.parametrize("title,preamble,expect", [
    ("某县2026年推进农业现代化工作方案",
     "为加快推进农业现代化，制定本方案。全年粮食播种面积稳定在45万亩以上，粮食总产量达到20万吨，新建高标准农田3万亩。",
     {(45.0, "万亩"), (20.0, "万吨"), (3.0, "万亩")}),
    ("某区2026年城市更新行动计划",
     "今年改造老旧小区32个，新建口袋公园15处，城市生活污水集中收集率提高到75%。",
     {(32.0, "个"), (15.0, "处"), (75.0, "%")}),
    ("某镇2026年重点工作要点",
     "全镇一般公共预算收入增长6%，固定资产投资增长8%左右，新增市场主体300户以上。",
     {(6.0, "%"), (8.0, "%"), (300.0, "户")}),
])
def test_a_goals_paragraph_without_a_commitment_word_gives_targets(title, preamble, expect):
    got = _targets(title, preamble)
    assert expect <= set(got)
    assert all(got[k]["task_id"] is None and got[k]["year"] == 2026 for k in expect)


@pytest.mark.parametrize("preamble", [
    "2025年，全县粮食总产量达到19万吨，新建高标准农田2.5万亩，农民收入增长6.5%。",
    "近年来，全县累计建成高标准农田30万亩，粮食产量稳定在19万吨以上。",
    "去年全县新增市场主体280户，一般公共预算收入增长5%。",
    "本方案将全年工作分解为5个方面28项任务，涉及18个部门。",
])
def test_a_preamble_reviewing_the_past_or_describing_the_plan_gives_none(preamble):
    got = _targets("某县2026年推进农业现代化工作方案", preamble)
    assert not any(t["task_id"] is None for t in got.values())


def test_a_single_figure_in_a_preamble_is_no_goals_paragraph():
    got = _targets("某县2026年推进农业现代化工作方案", "全县共有行政村120个，耕地面积60万亩，本方案适用于全县各乡镇。")
    assert not any(t["task_id"] is None for t in got.values())


YEAR_LED = """某市2026—2027年节水行动方案
为推进节水型社会建设，制定本方案。
一、总体要求
坚持节水优先，全面提升用水效率。
2026年，万元地区生产总值用水量和万元工业增加值用水量分别降低3%左右、4%左右，农田灌溉水有效利用系数达到0.58。
2027年，城市公共供水管网漏损率控制在8%以内。
二、保障措施
加强组织领导，压实各方责任。
"""


def test_year_led_goal_lines_of_a_plan_without_numbered_items():
    p = parse_document(YEAR_LED, source="p.txt", is_text=True)
    got = {(t["value"], t["unit"]): t for t in p.targets}
    assert {(3.0, "%"), (4.0, "%"), (0.58, ""), (8.0, "%")} <= set(got)
    assert got[(3.0, "%")]["year"] == 2026 and got[(8.0, "%")]["year"] == 2027


@pytest.mark.parametrize("preamble,expect", [
    ("2026年，全年粮食播种面积稳定在45万亩以上，新建高标准农田3万亩。", {(45.0, "万亩"), (3.0, "万亩")}),
])
def test_a_goals_paragraph_naming_the_plans_year_gives_targets(preamble, expect):
    got = _targets("某县2026年推进农业现代化工作方案", preamble)
    assert expect <= set(got)


def test_a_list_of_named_subjects_shares_no_noun():
    text = ("某省节能减排实施方案\n二、主要目标\n到2030年，化学需氧量、氨氮、氮氧化物、挥发性有机物重点工程减排量"
            "较2025年分别完成5.1万吨、0.4万吨、1.2万吨、1.6万吨。\n")
    got = {t["value"]: t["indicator"] for t in parse_document(text, source="p.txt", is_text=True).targets}
    assert got[0.4] == "氨氮" and got[1.2] == "氮氧化物"


REVIEW_NUMBERED = """2026年某区政府工作报告
各位代表：
一、过去五年工作回顾
过去五年，圆满完成了区十七届人大一次会议确定的各项目标任务。2025年全区实现地区生产总值420亿元，实施区级重点项目107个。
二、2026年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。
"""


def test_a_numbered_review_heading_opens_a_review_block():
    got = {(t["value"], t["unit"]) for t in parse_document(REVIEW_NUMBERED, source="p.txt", is_text=True).targets}
    assert (420.0, "亿元") not in got and (107.0, "个") not in got
    assert {(6.0, "%"), (5.0, "%")} <= got


@pytest.mark.parametrize("line", [
    "据介绍，前两轮三年行动计划实施以来，累计完成重点任务537项。",
    "方案实施以来，全市已新建口袋公园86个。",
])
def test_a_line_about_what_was_done_since_gives_none(line):
    text = ("某市新一轮三年行动计划发布\n时间：2026-07-29 来源：某某日报\n"
            "《行动计划》明确，到2028年，全市研发经费投入强度达到3.1%以上。\n" + line + "\n")
    got = {t["value"] for t in parse_document(text, source="n.txt", is_text=True).targets}
    assert 3.1 in got and 537.0 not in got and 86.0 not in got


def test_a_year_inside_the_plans_name_makes_no_goal_line():
    text = ("某县人民政府办公室关于印发《某县2026年城市建设重点任务》的通知\n各镇人民政府：\n"
            "现将《某县2026年城市建设重点任务》印发给你们，请认真贯彻落实。\n附件：某县2026年城市建设重点任务（附件2个）\n")
    assert parse_document(text, source="p.txt", is_text=True).targets == []
