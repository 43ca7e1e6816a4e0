"""Round 41b: structure in new genres.

- A 专栏 box over a table of indicators ("专栏1 “十五五”时期经济社会发展主要指标") is no task: its
  rows are the plan's goals (`transform.boxes.indicator_box`); "主要预期目标" is a goals topic.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _paths(text: str) -> list[tuple[str, ...]]:
    return [tuple(t["path"]) for t in _doc(text).tasks]


def _goal_values(text: str) -> list[float]:
    """Values of the targets outside any task."""
    return [t["value"] for t in _doc(text).targets if t["task_id"] is None]


# --- a box of indicators ---------------------------------------------------------------------------

_BOX_ALONE = """丰林县“十五五”规划纲要主要指标
专栏1 “十五五”时期经济社会发展主要指标
指标 单位 2025年 2030年 属性
地区生产总值 亿元 320 450 预期性
常住人口城镇化率 % 55 62 预期性
"""

_BOX_BEFORE_ITEMS = """石岭市“十五五”生态环境保护规划（摘要）
专栏2 “十五五”生态环境保护主要指标
序号 指标 2025年 2030年 属性
1 细颗粒物浓度（微克/立方米） 31 27 约束性
2 森林覆盖率（%） 60 62 约束性
专栏3 重点工程
1.实施污水处理提质增效工程，新建污水管网180公里。（牵头单位：市住建局）
2.实施土壤污染防治工程，完成受污染耕地安全利用8万亩。（牵头单位：市生态环境局）
"""

_BOX_UNDER_GOALS = """北川县2026年国民经济和社会发展计划
一、2026年主要预期目标
全县地区生产总值增长6%左右，一般公共预算收入增长5%。
专栏1 主要预期指标
指标 单位 2025年 2026年 属性
城镇新增就业 人 3000 3200 预期性
二、重点任务
（一）扩大有效投资。全年实施重点项目90个。（牵头单位：县发展改革局）
（二）壮大特色产业。新培育规模以上工业企业12家。（牵头单位：县工信局）
"""


@pytest.mark.parametrize(
    ("text", "paths", "goal"),
    [
        (_BOX_ALONE, [], 450),
        (_BOX_BEFORE_ITEMS, [("专栏3", "1"), ("专栏3", "2")], 27),
        (_BOX_UNDER_GOALS, [("二", "(一)"), ("二", "(二)")], 3200),
    ],
)
def test_indicator_box_is_no_task(text, paths, goal):
    assert _paths(text) == paths
    assert goal in _goal_values(text)


_PROJECT_BOX = """临江县“十五五”交通发展规划
第一章 重点任务
第一节 建设高速公路
推进高速公路建设，新增高速公路里程60公里。
专栏1 高速公路重点工程
新建临江至北山高速公路45公里。
第二节 提升农村公路
新改建农村公路500公里。
"""

_ASSESSED_BOX = """临江县2026年乡村振兴考核方案
专栏1 乡村振兴考核指标
新建高标准农田2万亩，农村卫生厕所普及率达到90%。（牵头单位：县农业农村局）
"""


def test_box_of_projects_stays_a_task():
    assert ("第一章", "第一节", "专栏1") in _paths(_PROJECT_BOX)


def test_box_of_assessed_indicators_stays_a_task():
    assert _paths(_ASSESSED_BOX) == [("专栏1",)]
