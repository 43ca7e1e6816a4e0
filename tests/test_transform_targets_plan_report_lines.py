"""A plan without numbered items (a goals page, a news report of a plan) states its targets in
lines that name a goal, a horizon or a commitment cue; also (audit round 4, issue 15):
- a line that goes on with a goal sentence its line above left open (ended with ；，、：), as
  a page that breaks a paragraph over lines prints it;
- a line that reports what the plan says: it names the plan (根据规划, 《方案》提出, the plan's
  short name in 《》 such as 《三年行动》将…), never a line that reviews the plan's past results."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _rows(text: str) -> list[tuple]:
    parsed = parse_document(text, source="x.txt", is_text=True)
    return [(t["indicator"], t["value"], t["unit"], t["comparator"], t["year"]) for t in parsed.targets]


CONTINUED = """某市“十四五”体育事业发展规划
主要目标：到2025年，全市经常参加体育锻炼人数比例达到45%以上；

人均体育场地面积达到2.8平方米，新建社区健身中心30个；

全市体育产业总规模突破200亿元。
"""

CONTINUED_COMMA = """某县乡村旅游提升计划（2024—2026年）
到2026年，全县接待乡村游客突破500万人次，
乡村旅游收入达到20亿元，培育星级农家乐60家。
"""


@pytest.mark.parametrize("text, expected", [
    (CONTINUED, {(2.8, "平方米", 2025), (30.0, "个", 2025), (200.0, "亿元", 2025)}),
    (CONTINUED_COMMA, {(20.0, "亿元", 2026), (60.0, "家", 2026)}),
])
def test_a_line_that_goes_on_with_an_open_goal_sentence(text, expected):
    """The line goes on with the sentence: its targets take the year the sentence names."""
    rows = _rows(text)
    assert expected <= {(v, u, y) for _i, v, u, _c, y in rows}
    assert text != CONTINUED or ("人均体育场地面积", 2.8) in {(i, v) for i, v, *_rest in rows}


def test_a_line_after_a_closed_sentence_still_needs_a_cue():
    text = CONTINUED.replace("30个；", "30个。").replace("突破200亿元", "规模较大，约200亿元")
    got = {(i, v) for i, v, *_rest in _rows(text)}
    assert ("全市体育产业总规模", 200.0) not in got and 200.0 not in {v for _i, v in got}


NEWS = """本报讯 市政府近日印发《某市养老服务体系建设三年行动方案（2024—2026年）》（以下简称《三年行动》）。
到2026年，全市养老机构护理型床位占比达到65%以上。
根据规划，全市将新建街道综合养老服务中心20个，改造提升社区养老服务站120个。
其中，《三年行动》将推动建设家庭养老床位3000张，培训养老护理员5000人次。
《方案》提出，老年助餐服务点覆盖率达到90%。
记者了解到，去年全市已建成社区养老服务站86个。
"""


def test_a_news_report_of_a_plan_states_the_plans_figures():
    rows = _rows(NEWS)
    got = {(v, u) for _i, v, u, _c, _y in rows}
    assert {(20.0, "个"), (120.0, "个"), (3000.0, "张"), (5000.0, "人次"), (90.0, "%")} <= got
    assert 86.0 not in {v for v, _u in got}  # what was built last year is no target
    # the plan's name is the subject of the sentence, no part of what is measured
    assert ("家庭养老床位", 3000.0) in {(i[-6:], v) for i, v, *_rest in rows}
    assert not any("《" in i or "》" in i for i, *_rest in rows)


def test_a_line_naming_the_plan_that_reviews_its_past_is_no_goal_line():
    text = NEWS + "《三年行动》实施以来，累计新增养老床位1200张。\n"
    assert 1200.0 not in {v for _i, v, *_rest in _rows(text)}


TABLE_PLAN = """某县“十四五”水利发展规划
“十四五”水利发展主要目标指标表
类别 | 序号 | 指标名称 | 2020年 | 2025年 | 属性
供水保障 | 1 | 农村自来水普及率(%) | 88.5 | 95 | 约束性
| 2 | 新增供水能力(万立方米) | — | 1200 | 预期性
"""


def test_the_rows_of_an_indicator_table_under_a_goals_caption_read_with_its_header():
    """The rows are read together with their header: the year of the target column, every row."""
    rows = {(i, v, u, y) for i, v, u, _c, y in _rows(TABLE_PLAN)}
    assert ("农村自来水普及率", 95.0, "%", 2025) in rows
    assert ("新增供水能力", 1200.0, "万立方米", 2025) in rows


def test_a_line_that_says_what_will_be_done_carries_targets():
    """News of a list of projects: "…将投资…完成…" states what the plan will do."""
    text = ("某区民生实事项目出炉\n会议审议通过政府工作报告，明确今年实施民生实事项目20项。\n"
            "该区将投资5000万元，改造雨污分流道路3条，新增停车位200个；还将新建口袋公园8个。\n"
            "去年该区将12个老旧小区纳入改造范围。\n")
    got = {(v, u) for _i, v, u, _c, _y in _rows(text)}
    assert {(5000.0, "万元"), (3.0, "条"), (200.0, "个"), (8.0, "个")} <= got
    assert (12.0, "个") not in got  # a line about last year is a review


def test_the_headline_is_no_goal_line():
    """A news headline restates the body's figure: the target is read once, from the body (as in
    a plan with numbered items, whose title is never a goal line)."""
    text = ("某省发布养老服务规划 到2025年护理型床位占比达到55%\n来源：某某日报 2024-03-02\n"
            "记者获悉，《某省养老服务体系建设规划》近日印发。到2025年，全省护理型床位占比达到55%。\n")
    rows = _rows(text)
    assert [(v, u) for _i, v, u, _c, _y in rows] == [(55.0, "%")]
