"""A section without numbered items that opens with a verb of work (清理…, 排查…, 拆除…, 编制…,
筑牢…, 补齐…) names work: it is a task, also in a short plan of two sections where the
"most sections beside it name work" rule cannot decide (lexicons/task_verbs.txt)."""
from __future__ import annotations

import pytest

from transform.structure import parse_structure


@pytest.mark.parametrize("first", [
    "清理村庄垃圾。清运积存垃圾500吨。",
    "排查整治安全隐患。全年排查企业300家。",
    "拆除违法建筑。拆除违建2万平方米。",
    "编制国土空间详细规划。完成3个片区规划编制。",
    "制定产业扶持办法。出台专项政策1项。",
    "补齐农村供水短板。新建集中供水工程2处。",
    "筑牢安全生产防线。开展专项检查12次。",
    "壮大村级集体经济。消除集体经济薄弱村5个。",
    "改善农村人居环境。完成户厕改造200户。",
    "盘活闲置低效用地。盘活土地300亩。",
])
def test_a_section_opening_with_a_verb_of_work_is_a_task(first):
    text = f"某镇2026年工作计划\n一、{first}\n二、整治乱堆乱放。清理乱堆乱放点位100处。\n"
    assert [t.path for t in parse_structure(text).tasks] == [["一"], ["二"]]


@pytest.mark.parametrize("cell", ["开发区管委会", "规划和自然资源局", "执行局"])
def test_unit_names_that_open_like_a_verb_stay_unit_names(cell):
    from transform.table_cells import starts_with_task_verb

    assert not starts_with_task_verb(cell)


# A section that only exhorts (提高认识, 提高政治站位, 统一思想认识) names an attitude, not work:
# no task where nothing below it is numbered, in a speech or a plan.
@pytest.mark.parametrize("first", [
    "提高认识，增强做好今年工作的责任感和紧迫感",
    "提高政治站位，切实扛起主体责任",
    "统一思想认识，凝聚推动发展的强大合力",
    "深化思想认识，把握工作重点",
])
def test_a_section_that_only_exhorts_is_no_task(first):
    text = (f"在全县重点工作部署会上的讲话\n一、{first}\n各级各部门要充分认识做好今年工作的重要性。\n"
            "二、聚焦重点，全力抓好各项工作\n（一）新建城区学校2所。\n（二）改造老旧小区10个。\n")
    assert [t.path for t in parse_structure(text).tasks] == [["二", "(一)"], ["二", "(二)"]]
