"""Units stated once for several tasks: section headings, lines under them, notes with 下同, and the
canonical names of the task_units rows (issue 15, points 4 and 7)."""
from __future__ import annotations

from transform.document import parse_document


def _tasks(text: str) -> dict[tuple[str, ...], dict]:
    p = parse_document(text, source="plan.txt", is_text=True)
    return {tuple(t["path"]): t for t in p.tasks}


def _units(p, path: tuple[str, ...]) -> tuple[list[str], list[str]]:
    t = p[path]
    return t["lead_units"], t["participating_units"]


PLAN_BY_LEAD = """某县2025年重点工作任务分解方案
一、县示范区管委会牵头工作（3项）
1.加快建设智能制造产业园，新入驻企业10家。
2.完成园区污水处理厂提标改造。
3.开展园区安全生产专项整治。（牵头单位：县应急管理局）
二、县文旅局牵头的重点任务
4.创建国家4A级旅游景区1个。
5.举办乡村文化旅游节。
"""


def test_a_heading_that_names_the_lead_applies_to_its_tasks():
    p = _tasks(PLAN_BY_LEAD)
    assert _units(p, ("一", "1")) == (["县示范区管委会"], [])
    assert _units(p, ("一", "2")) == (["县示范区管委会"], [])
    assert _units(p, ("一", "3")) == (["县应急管理局"], [])        # a task that names its own keeps it
    assert _units(p, ("二", "4")) == (["县文旅局"], [])


PLAN_UNIT_LINES = """某市优化营商环境行动方案
一、提升政务服务效能
（一）深化“一网通办”
牵头单位：市行政审批服务局
1.政务服务事项网上可办率达到98%以上。
2.推行“免证办”服务。（配合单位：市大数据中心）
（二）优化市场准入
3.企业开办时间压缩至1个工作日。（牵头单位：市市场监督管理局；责任单位：市税务局）
"""


def test_a_unit_line_under_a_heading_applies_to_its_tasks():
    p = _tasks(PLAN_UNIT_LINES)
    assert _units(p, ("一", "(一)", "1")) == (["市行政审批服务局"], [])
    # a task that names only participating units takes the lead of its section
    assert _units(p, ("一", "(一)", "2")) == (["市行政审批服务局"], ["市大数据中心"])
    assert _units(p, ("一", "(二)", "3")) == (["市市场监督管理局"], ["市税务局"])


PLAN_NOTES = """某区2024年民生实事任务分解
1.新建口袋公园5个。
责任单位：区城管局、区住建局
2.改造老旧小区12个。
责任单位：区住建局、区财政局、各街道（列第一位者为牵头单位，下同）
3.新增公办幼儿园学位600个。
责任单位：区教育局、区发改局
"""


def test_a_note_with_xiatong_holds_for_its_task_and_the_following_ones():
    p = _tasks(PLAN_NOTES)
    assert _units(p, ("1",)) == (["区城管局", "区住建局"], [])          # before the note
    assert _units(p, ("2",)) == (["区住建局"], ["区财政局", "各街道"])
    assert _units(p, ("3",)) == (["区教育局"], ["区发改局"])


def test_a_note_without_xiatong_holds_for_its_task_only():
    p = _tasks(PLAN_NOTES.replace("，下同", ""))
    assert _units(p, ("2",)) == (["区住建局"], ["区财政局", "各街道"])
    assert _units(p, ("3",)) == (["区教育局", "区发改局"], [])


def test_a_rule_in_the_notice_holds_for_every_task():
    text = ("各乡镇、县直各部门：\n现将方案印发给你们，请认真贯彻落实。各项任务中列第一位的为牵头单位。\n"
            + PLAN_NOTES.replace("（列第一位者为牵头单位，下同）", ""))
    p = _tasks(text)
    assert _units(p, ("1",)) == (["区城管局"], ["区住建局"])


def test_canonical_names_keep_the_printed_level():
    text = """某县2025年农业重点工作
1.稳定粮食播种面积。（牵头单位：县农业农村局；配合单位：市农业农村局驻县工作组、县发改局）
2.建设高标准农田3万亩。（牵头单位：县农业农村局；配合单位：财政局、发展改革局）
3.培育农业龙头企业5家。（牵头单位：市农业农村局；配合单位：县农业农村局）
"""
    p = parse_document(text, source="plan.txt", is_text=True)
    canon = {(r["task_id"].rsplit("/", 1)[-1], r["unit"]): r["canonical"] for r in p.task_units}
    assert canon[("1", "县农业农村局")] == "县农业农村局"
    assert canon[("3", "市农业农村局")] == "市农业农村局"           # another body than the county one
    assert canon[("1", "县发改局")] == canon[("2", "发展改革局")] == "县发展和改革局"  # no level: the plan's
    assert canon[("2", "财政局")] == "县财政局"
