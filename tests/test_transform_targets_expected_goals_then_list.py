"""A news report of a work report often runs the expected goals and the year's work list together
in one paragraph ("今年主要预期目标是：地区生产总值增长6%左右…。今年将重点抓好以下工作：一是…新开工项目
60个；二是…"). The goals are read once as goals (task null) and the list's figures once, in its
items: the goals line ends where the list's items begin. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_GOALS = "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。"


@pytest.mark.parametrize("work", [
    "今年将重点抓好以下工作：一是扩大有效投资，新开工项目60个；二是改善民生，新增城镇就业3500人。",
    "围绕上述目标，重点做好三方面工作：一是扩大有效投资，新开工项目60个。二是改善民生，新增城镇就业3500人。三是推进城市更新。",
])
def test_the_work_list_after_the_goals_is_read_once(work):
    text = ("某区第三届人民代表大会第五次会议开幕\n发布时间：2026-01-12 来源：区融媒体中心\n报告提出，"
            + _GOALS + work + "\n")
    targets = parse_document(text, source="n.txt", is_text=True).targets
    pairs = [(t["value"], t["unit"], t["task_id"] is None) for t in targets]
    assert pairs.count((60.0, "个", False)) == 1 and (60.0, "个", True) not in pairs
    assert pairs.count((3500.0, "人", False)) == 1 and (3500.0, "人", True) not in pairs
    assert (6.0, "%", True) in pairs and (5.0, "%", True) in pairs
