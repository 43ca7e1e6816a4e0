"""Where a 一是…二是… series ends (transform/tree): a series split out of one paragraph ends with
that paragraph; a series of one-paragraph items at line starts ends with the paragraph of its last
item; a new numbering marker ends it too. The paragraphs after it belong to what holds the series
(the section, or the page), never to its last item."""

from __future__ import annotations

from transform.document import parse_document
from transform.structure import parse_structure


def _doc(text: str, **kw):
    return parse_document(text, source=kw.pop("source", "t.txt"), is_text=kw.pop("is_text", True), **kw)


def _bodies(text: str) -> dict[tuple, str]:
    return {tuple(t.path): t.own_text for t in parse_structure(text).tasks}


def test_a_news_series_ends_with_its_paragraph():
    text = (
        "某区部署2025年为民办实事工作\n"
        "来源：区政府办 时间：2025-02-20\n"
        "2月19日，区政府召开常务会议。会议明确，今年重点办好以下实事：一是新建社区食堂8个，区民政局牵头；"
        "二是改造背街小巷30条，区城管局牵头；三是新增公办学位2000个，区教育局牵头。\n"
        "会议强调，要加强调度，确保年底前全部建成，全年争取上级资金1亿元以上。\n"
        "区领导王某某、赵某某参加会议。\n"
    )
    doc = _doc(text)
    tasks = {tuple(t["path"]): t for t in doc.tasks}
    assert set(tasks) == {("一是",), ("二是",), ("三是",)}
    assert "会议强调" not in tasks[("三是",)]["body"]
    assert "王某某" not in tasks[("三是",)]["body"]
    assert tasks[("三是",)]["lead_units"] == ["区教育局"]
    by_value = {t["value"]: t for t in doc.targets}
    assert by_value[2000]["task_id"].endswith("三是")
    assert by_value.get(1) is None or not (by_value[1]["task_id"] or "").endswith("三是")


def test_a_work_report_series_of_one_paragraph_items_ends_with_the_last_one():
    text = (
        "某镇2025年工作打算\n"
        "一是壮大村级集体经济。新增集体经济收入超50万元的村3个。\n"
        "二是改善人居环境。完成农村改厕600户。\n"
        "三是兜牢民生底线。新增城镇就业岗位400个。\n"
        "同时也要看到，我镇发展仍面临不少困难，产业结构单一，财源基础薄弱。\n"
    )
    bodies = _bodies(text)
    assert set(bodies) == {("一是",), ("二是",), ("三是",)}
    assert "产业结构单一" not in bodies[("三是",)]
    assert "新增城镇就业岗位400个" in bodies[("三是",)]


def test_a_series_under_a_section_leaves_the_next_paragraph_to_the_section():
    text = (
        "某县2025年生态环境保护工作要点\n"
        "一、重点任务\n"
        "（一）打好蓝天保卫战。一是淘汰老旧车辆300辆；二是完成燃煤锅炉改造12台。\n"
        "各乡镇要建立工作台账，每月报送进展情况。\n"
        "（二）打好碧水保卫战。新建污水管网20公里。\n"
    )
    bodies = _bodies(text)
    assert ("一", "(一)", "二是") in bodies and ("一", "(二)") in bodies
    assert "工作台账" not in bodies[("一", "(一)", "二是")]


def test_a_unit_line_after_a_series_states_the_units_of_all_its_items():
    text = (
        "某市2025年优化营商环境工作要点\n"
        "一、提升政务服务效能\n"
        "（一）深化一网通办。一是政务服务事项网上可办率达到98%；二是新增跨省通办事项50项。\n"
        "（牵头单位：市政务服务局）\n"
        "（二）推进一件事一次办。新增集成办理事项10个。（牵头单位：市政务服务局）\n"
    )
    tasks = {tuple(t["path"]): t for t in _doc(text).tasks}
    assert tasks[("一", "(一)", "一是")]["lead_units"] == ["市政务服务局"]
    assert tasks[("一", "(一)", "二是")]["lead_units"] == ["市政务服务局"]


def test_items_with_paragraphs_of_their_own_keep_them():
    text = (
        "某县2025年政府工作报告（摘要）\n"
        "一是加快工业转型\n"
        "全年新增规上工业企业10家。\n"
        "技改投资增长15%。\n"
        "二是推进城乡融合\n"
        "新建农村公路40公里。\n"
        "改造危旧房200户。\n"
    )
    bodies = _bodies(text)
    assert "技改投资增长15%" in bodies[("一是",)]
    assert "改造危旧房200户" in bodies[("二是",)]


def test_a_unit_block_closing_a_series_stays_with_its_own_section():
    text = (
        "某区2025年城市更新工作要点\n"
        "一、完善城市功能\n"
        "（一）补齐停车短板。新建公共停车泊位1500个。（牵头单位：区交通局）\n"
        "（二）提升老旧小区。一是完成改造小区25个；二是加装电梯40部。（牵头单位：区住建局）\n"
    )
    tasks = {tuple(t["path"]): t for t in _doc(text).tasks}
    assert tasks[("一", "(一)")]["lead_units"] == ["区交通局"]
    assert tasks[("一", "(二)", "一是")]["lead_units"] == ["区住建局"]
    assert tasks[("一", "(二)", "二是")]["lead_units"] == ["区住建局"]
