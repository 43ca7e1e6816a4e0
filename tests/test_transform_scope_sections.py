"""A section that names who or where the work covers (一、对象, 二、实施范围, 一、考核对象) lists places, units
or people, not work: its numbered items are no tasks (EXTRACTION.md: a task is a numbered actionable
item), unless an item names a responsible unit. Sections that name work, and numbered items that only
mention a 范围 or 对象 inside their text, stay tasks. Every text here is invented."""

from __future__ import annotations

from transform.document import parse_document


def _tasks(text: str) -> list[tuple[str, ...]]:
    r = parse_document(text, source="p.txt", is_text=True)
    return [tuple(t["path"]) for t in r.tasks]


def test_a_plan_with_a_scope_section():
    tasks = _tasks(
        "某市招商引资攻坚行动实施方案\n"
        "一、对象\n"
        "（一）三县：甲县、乙县、丙县。\n"
        "（二）两区：东区、西区。\n"
        "二、重点任务\n"
        "（一）开展精准招商。全年签约项目20个。（牵头单位：市商务局）\n"
        "（二）优化营商环境。（牵头单位：市发展改革委）\n"
    )
    assert tasks == [("二", "(一)"), ("二", "(二)")]


def test_an_assessment_scheme_with_its_objects():
    tasks = _tasks(
        "某县部门目标管理考核实施方案\n"
        "一、考核对象\n"
        "1.政府部门：县发展改革局、县教育局、县财政局。\n"
        "2.垂直管理部门：县税务局、县市场监管局。\n"
        "二、考核内容\n"
        "1.完成年度重点工作。（牵头单位：县政府办）\n"
        "2.落实安全生产责任。（牵头单位：县应急局）\n"
    )
    assert tasks == [("二", "1"), ("二", "2")]


def test_traditional_characters_and_the_implementation_scope():
    tasks = _tasks(
        "某市老舊小區改造實施方案\n"
        "一、實施範圍\n"
        "（一）城區：2000年以前建成的住宅小區。\n"
        "（二）鎮區：鎮政府駐地的老舊小區。\n"
        "二、主要任務\n"
        "（一）改造老舊小區30個。（牽頭單位：市住房城鄉建設局）\n"
        "（二）加裝電梯50部。（牽頭單位：市住房城鄉建設局）\n"
    )
    assert tasks == [("二", "(一)"), ("二", "(二)")]


def test_near_misses_stay_tasks():
    # an item under a scope heading that names its responsible unit is work given to it
    assert ("一", "(一)") in _tasks(
        "某区专项整治方案\n"
        "一、实施范围\n"
        "（一）城区道路：清理占道经营。（牵头单位：区城管局）\n"
        "二、工作措施\n"
        "（一）加强巡查。（牵头单位：区城管局）\n"
    )
    # work headings that mention a scope or an object inside them
    assert _tasks(
        "某县实施方案\n"
        "一、重点任务\n"
        "（一）扩大医保覆盖范围。参保率达到95%。（牵头单位：县医保局）\n"
        "（二）明确帮扶对象。（牵头单位：县民政局）\n"
    ) == [("一", "(一)"), ("一", "(二)")]
