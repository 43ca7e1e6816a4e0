"""A topic heading named after the work it belongs to ("一、整改目标", "二、整改原则", "一、年度工作目标",
"一、建设目标"): goals or principles, like 工作目标 and 基本原则 (lexicons/structure_topic_headings.txt),
so the items under it are no tasks; the work sections after it keep theirs. A heading that names
work ("一、实现脱贫目标", "(一)坚持依法行政原则" under a work section) is not such a topic."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _paths(text: str) -> list[list[str]]:
    return [t["path"] for t in parse_document(text, source="q.txt", is_text=True).tasks]


_HEAD = "南坪县贯彻落实省生态环境保护督察反馈意见整改方案\n为切实抓好督察反馈问题整改,结合实际,制定本方案。\n"
_WORK = (
    "三、整改任务\n(一)推进城区黑臭水体治理。完成5条黑臭水体整治。(责任单位:县住建局)\n"
    "(二)加强工业园区污水收集。新建管网12公里。(责任单位:县工信局)\n"
)


@pytest.mark.parametrize("goals", ["一、整改目标", "一、年度工作目标", "一、建设目标", "一、治理目标"])
def test_items_under_a_qualified_goals_heading_are_no_tasks(goals):
    text = (
        _HEAD + goals + "\n(一)绿色发展理念进一步深化。推动产业结构进一步优化。\n"
        "(二)督察反馈问题全部整改到位。确保在整改时限内按要求整改到位。\n"
        "二、整改原则\n(一)坚持党政同责,强化责任。严格落实一岗双责。\n"
        "(二)坚持科学精准原则。制定科学、精准的整改措施。\n" + _WORK
    )
    assert _paths(text) == [["三", "(一)"], ["三", "(二)"]]


def test_annual_plan_goals_without_work_sections_below_keep_nothing():
    text = (
        "某市污染防治攻坚战2021年度工作方案\n一、年度工作目标\n"
        "(一)大气污染防治目标。到2021年底,PM2.5年均浓度达到35微克/立方米以下。\n"
        "(二)水污染防治目标。地表水断面水质优良率不低于90%。\n"
        "二、重点任务\n1.开展扬尘专项整治。(牵头单位:市住建局)\n2.推进工业炉窑治理。(牵头单位:市生态环境局)\n"
    )
    assert _paths(text) == [["二", "1"], ["二", "2"]]


def test_a_heading_naming_work_with_a_goal_word_keeps_its_tasks():
    text = (
        "某县2022年乡村振兴工作要点\n一、实现脱贫目标\n1.巩固脱贫攻坚成果。(牵头单位:县乡村振兴局)\n"
        "2.落实帮扶政策。(牵头单位:县民政局)\n"
    )
    assert _paths(text) == [["一", "1"], ["一", "2"]]
