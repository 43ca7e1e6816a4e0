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
