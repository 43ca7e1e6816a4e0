"""A summary of work done (…2024年工作总结, …年度工作总结, 年终总结) reports achievements: where its
body sets out no work ahead under a heading, its numbered items are review items (no tasks), its
figures achieved ones (no targets), and the page is no plan. Where it does set out work ahead
(二、2025年工作打算, 三、下半年工作计划), that part is the plan it carries."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="s.txt", is_text=True)


_TOWN = """某镇人民政府2024年工作总结
发布日期：2024-12-30
一、2024年工作情况
（一）产业发展稳中有进。一是新建高标准农田3200亩。二是引进项目12个，总投资4.2亿元。
（二）民生保障持续加强。一是新增城镇就业210人。二是改造农村户厕300户。
（三）基层治理不断夯实。化解矛盾纠纷56件，调解成功率98%。
"""

# headings that name no review word: the title alone says it reports
_ANNUAL = """某乡2023年度工作总结
2023年，全乡上下攻坚克难，较好完成了年度目标任务。
一、聚焦产业发展，经济实力稳步提升
1.全年落实新造油茶林500亩，培育种养大户15户。
2.完成农村道路硬化12公里。
二、聚焦民生实事，群众获得感持续增强
1.新建村级养老服务站3个。
2.发放各类救助资金260万元。
"""

_STREET = """某街道办事处年终总结
一年来，街道紧紧围绕区委区政府部署开展工作。
1、社区环境整治：拆除违章建筑42处，新增绿地1.2万平方米。
2、为民办实事：新建社区食堂2个，改造老旧小区5个。
3、平安建设：开展安全检查180次，整改隐患96处。
"""


# a heading that names the year's key work but reports on it is no work ahead
_KEY_WORK_DONE = """某县住建局2024年工作总结
一、2024年重点工作完成情况
1.改造老旧小区12个，惠及居民3200户。
2.新建城市道路4.5公里。
二、存在的问题
1.项目资金筹措难度较大。
"""


@pytest.mark.parametrize(
    "text", [_TOWN, _ANNUAL, _STREET, _KEY_WORK_DONE], ids=["town", "annual-no-review-words", "street", "key-work-done"]
)
def test_a_summary_without_work_ahead_has_no_tasks_nor_targets(text):
    parsed = _parse(text)
    assert parsed.tasks == []
    assert parsed.targets == []
    assert parsed.document["is_plan"] is False


_WITH_AHEAD = """某镇2024年上半年工作总结
一、上半年工作开展情况
（一）产业发展提质增效。新建高标准农田3200亩。
（二）民生福祉持续增进。改造老旧小区8个。
二、下半年工作计划
（一）加快项目建设。新开工项目5个。
（二）改善民生。新建养老服务站2个。
"""

_WITH_NEXT_YEAR = """某县水利局2024年工作总结
一、2024年工作完成情况
1.完成水毁工程修复23处。
2.新建小型水库1座。
二、2025年工作打算
1.实施中小河流治理工程，治理河道15公里。
2.新建农村供水工程8处。
"""


# a heading of work ahead that names no time ("三、工作打算", "四、下阶段工作计划")
_PLAIN_AHEAD = """某镇2024年工作总结
一、主要工作成效
（一）产业发展。新建高标准农田3200亩。
二、存在的问题
（一）产业链条短。
三、工作打算
（一）加快项目建设。新开工项目5个。
（二）改善民生。新建养老服务站2个。
"""

_NEXT_STAGE = _WITH_NEXT_YEAR.replace("二、2025年工作打算", "二、下阶段工作计划").replace("工作完成情况", "工作回顾")


@pytest.mark.parametrize(
    "text", [_WITH_AHEAD, _WITH_NEXT_YEAR, _PLAIN_AHEAD, _NEXT_STAGE],
    ids=["second-half", "next-year", "plain-heading", "next-stage"],
)
def test_a_summary_with_its_work_ahead_is_a_plan_of_that_work(text):
    parsed = _parse(text)
    assert parsed.document["is_plan"] is True
    assert len({t["path"][0] for t in parsed.tasks}) == 1 and len(parsed.tasks) == 2
    assert len(parsed.targets) == 2


def test_a_plan_that_names_a_summary_inside_its_title_is_untouched():
    text = """某镇2024年工作总结和2025年工作计划
一、2025年重点工作
1.新建高标准农田5000亩。
2.改造农村公路20公里。
3.新建文化广场2个。
"""
    parsed = _parse(text)
    assert parsed.document["is_plan"] is True
    assert len(parsed.tasks) == 3
