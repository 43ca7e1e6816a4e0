"""`--explain` for a whole page: metadata sources, which lines became tasks, unit clauses with
their role rule, deadlines, and that tracing never changes what is parsed. Invented examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from transform.document import parse_document
from transform.explain_report import explain_document

FIX = Path(__file__).parent / "fixtures" / "transform"

NOTICE = """某县人民政府办公室关于印发2025年民生实事工作方案的通知
某政办发〔2025〕12号
各乡镇人民政府，县政府各部门：
现将《2025年民生实事工作方案》印发给你们，请认真组织实施。
某县人民政府办公室
2025年3月5日
一、工作目标
全年城镇新增就业2000人以上。
二、重点任务
（一）教育提升
1.新建城南幼儿园1所，新增学位360个，9月底前投入使用。（牵头单位：县教育局；配合单位：县财政局、县自然资源局）
2.改造薄弱学校运动场4个。县教育局负责，各乡镇人民政府配合。
（二）道路畅通
3.完成农村公路提档升级50公里。（责任单位：县交通运输局）
完成时限：2025年11月底
三、保障措施
加强组织领导，压实工作责任。
"""

TABLE = """2025年某镇重点工作任务清单
序号 | 工作任务 | 牵头单位 | 完成时限
1 | 新建村级养老服务站3个 | 镇民政办 | 2025年10月底前
2 | 改造农村户厕500户 | 镇农业服务中心 | 2025年12月底前
"""


def _explain(text: str, source: str = "x.txt"):
    return explain_document(text, source=source, is_text=True)


def _kind(events, kind):
    return [e for e in events if e["kind"] == kind]


def test_metadata_fields_name_their_source():
    _, events = _explain(NOTICE)
    meta = {e["field"]: e for e in _kind(events, "metadata")}
    assert meta["doc_number"]["value"] == "某政办发〔2025〕12号"
    assert "_doc_number_from_head" in meta["doc_number"]["source"]
    assert meta["publish_date"]["value"] == "2025-03-05"
    assert "_signature" in meta["publish_date"]["source"]
    assert "关于…的通知" in meta["title"]["source"]
    assert meta["plan_start_year"]["value"] == 2025 and "plan_years_of" in meta["plan_start_year"]["source"]
    assert meta["index_no"]["value"] is None and meta["index_no"]["source"] is None


def test_an_information_block_label_is_named_as_the_source():
    page = (
        "<html><head><title>某县人民政府</title></head><body>"
        "<table><tr><td>索引号：</td><td>000000/2025-00012</td><td>发布日期：</td><td>2025-04-01</td></tr>"
        "<tr><td>标题：</td><td>某县2025年重点工作任务分解方案</td></tr></table>"
        "<div id='zoom'><p>一、工业经济</p><p>1.新增规上工业企业10家。（牵头单位：县工信局）</p>"
        "<p>2.新建标准厂房5万平方米。（牵头单位：县开发区管委会）</p></div></body></html>"
    )
    _, events = explain_document(page, source="p.html")
    meta = {e["field"]: e for e in _kind(events, "metadata")}
    assert meta["publish_date"]["value"] == "2025-04-01"
    assert "信息公开" in meta["publish_date"]["source"]
    assert "信息公开" in meta["title"]["source"]


def test_structure_says_which_lines_became_tasks_and_why():
    _, events = _explain(NOTICE)
    by_path = {e["path"]: e for e in _kind(events, "structure")}
    assert by_path["二"]["decision"] == "section"
    assert by_path["二/(一)/1"]["decision"] == "task"
    assert by_path["二/(一)/1"]["marker"].startswith("ar")
    assert by_path["二/(一)"]["marker"].startswith("pcn")
    assert by_path["三"]["decision"] == "dropped" and "_is_closing" in by_path["三"]["rule"]
    assert by_path["一"]["decision"] == "goals"


def test_table_rows_are_tasks_by_the_table_rule():
    _, events = _explain(TABLE)
    rows = _kind(events, "structure")
    assert rows and all(e["marker"] == "table row" and e["decision"] == "task" for e in rows)
    tasks = _kind(events, "task")
    assert [t["deadline_rule"] is not None for t in tasks] == [True, True]


def test_each_task_lists_its_unit_clauses_with_the_role_rule():
    parsed, events = _explain(NOTICE)
    units = [e for e in _kind(events, "units") if e["task_id"].endswith("/1") and e["rule"] != "result"]
    assert any("lead" in e["rule"] and "县教育局" in e["rule"] for e in units)
    assert any("participating" in e["rule"] and "县财政局" in e["rule"] for e in units)
    second = [e for e in _kind(events, "units") if e["task_id"].endswith("/2")]
    assert any("clause" in e["rule"] for e in second)  # "县教育局负责，…配合"
    result = next(e for e in second if e["rule"] == "result")
    task = next(t for t in parsed.tasks if t["task_id"].endswith("/2"))
    assert result["lead"] == task["lead_units"] and result["participating"] == task["participating_units"]


def test_a_deadline_shows_the_rule_that_found_it():
    _, events = _explain(NOTICE)
    tasks = {e["path"]: e for e in _kind(events, "task")}
    first = tasks["二/(一)/1"]
    assert first["deadline"] == "2025-09-30" and "_from_text" in first["deadline_rule"]
    third = tasks["二/(二)/3"]
    assert third["deadline_text"] and "_LABEL" in third["deadline_rule"]
    assert tasks["二/(一)/2"]["deadline_rule"] is None


def test_kept_numbers_carry_their_target_id_and_goal_targets_have_no_task():
    parsed, events = _explain(NOTICE)
    kept = [e for e in _kind(events, "number") if e["status"] == "kept"]
    assert [e["target_id"] for e in kept] == [t["target_id"] for t in parsed.targets]
    goal = next(e for e in kept if e["value"] == 2000)
    assert goal["task_id"] is None and goal["comparator"] == ">="


EXAMPLES = [NOTICE, TABLE, "一、总体要求\n坚持稳中求进。\n二、主要任务\n1.新建公园2个。\n", "没有编号的一段话。"]


@pytest.mark.parametrize("text", EXAMPLES)
def test_tracing_does_not_change_the_parse(text):
    plain = parse_document(text, source="x.txt", is_text=True)
    traced, _ = _explain(text)
    for table in ("document", "tasks", "task_units", "targets"):
        assert getattr(traced, table) == getattr(plain, table)


@pytest.mark.parametrize("path", sorted(FIX.glob("*.*")), ids=lambda p: p.name)
def test_tracing_does_not_change_the_parse_of_the_fixture_pages(path):
    data = path.read_bytes()
    is_text = path.suffix == ".txt"
    plain = parse_document(data, source=str(path), is_text=is_text)
    traced, events = explain_document(data, source=str(path), is_text=is_text)
    for table in ("document", "tasks", "task_units", "targets"):
        assert getattr(traced, table) == getattr(plain, table)
    assert len(_kind(events, "task")) == len(plain.tasks)


def test_tracing_does_not_change_the_parse_of_the_seeds(shared_dir):
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        data = path.read_bytes()
        plain = parse_document(data, source=str(path), is_text=True)
        traced, events = explain_document(data, source=str(path), is_text=True)
        for table in ("document", "tasks", "task_units", "targets"):
            assert getattr(traced, table) == getattr(plain, table), (path.name, table)
        kept = [e for e in _kind(events, "number") if e["status"] == "kept"]
        assert [e["target_id"] for e in kept] == [t["target_id"] for t in plain.targets]


INDICATOR_TABLE = """2025年某县主要预期目标
一、主要预期目标
指标 | 单位 | 2024年 | 2025年
城镇新增就业 | 人 | 3000 | 3200
"""


def test_a_table_row_is_one_kept_target_and_its_cells_say_the_table_read_them():
    parsed, events = _explain(INDICATOR_TABLE)
    (section,) = _kind(events, "structure")
    assert section["decision"] == "goals" and "_GOAL_CUE" in section["rule"]
    numbers = _kind(events, "number")
    (row,) = [e for e in numbers if e["status"] == "kept"]
    assert row["rule"] == "tables._table_targets" and (row["value"], row["year"]) == (3200.0, 2025)
    assert row["target_id"] == parsed.targets[0]["target_id"]
    cells = {e["number"]: e["rule"] for e in numbers if e["status"] == "dropped"}
    assert cells["3000"] == cells["3200"] == "table_cell"
    assert cells["2025年"] == "year_mention"
