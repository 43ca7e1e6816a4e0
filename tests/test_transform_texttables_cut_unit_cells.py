"""The rest of a row cut by a page break (or wrapped in a PDF's ruled table) that fills only a unit or
deadline cell ("| | | | 局、各区政府"): it continues the row above it, never a category row, and a unit
name cut inside ("市自然资源" / "局") is one name again; a name the cut left whole stays a name of its
own (transform/texttables.py `_past_content`, transform/table_wraps.py `_joint`)."""

from __future__ import annotations

from transform.document import parse_document

_HEAD = "序号 | 工作任务 | 责任领导 | 牵头单位 | 责任单位"


def _tasks(rows: list[str]) -> list[dict]:
    text = "\n".join(["某市2025年民生实事任务分解", _HEAD, *rows]) + "\n"
    return parse_document(text, source="t.txt", is_text=True).tasks


def test_a_unit_name_cut_at_the_end_of_a_page():
    tasks = _tasks(
        [
            "1 | 新建改扩建幼儿园6所，新增学位2700个。 | 王某 | 市教育局 | 市财政局、市自然资源",
            " |  |  |  | 局、各区政府",
            "2 | 改造城镇老旧小区40个。 | 李某 | 市住建局 | 各区政府",
        ]
    )
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[0]["participating_units"] == ["市财政局", "市自然资源局", "各区政府"]


def test_a_lead_unit_cut_in_a_bordered_table():
    tasks = _tasks(
        [
            "| 1 | 建设城市书房10个。 | 张某 | 市文化广电和旅游 | 各区政府 |",
            "|  |  |  | 局 |  |",
            "| 2 | 新增公共停车泊位3000个。 | 赵某 | 市城管局 | 市公安局 |",
        ]
    )
    assert tasks[0]["lead_units"] == ["市文化广电和旅游局"]
    assert tasks[1]["lead_units"] == ["市城管局"]


def test_a_whole_name_above_the_cut_stays_a_name_of_its_own():
    tasks = _tasks(
        [
            "1 | 新建改扩建幼儿园6所。 | 王某 | 市教育局 | 市财政局",
            " |  |  |  | 市自然资源局",
            "2 | 改造城镇老旧小区40个。 | 李某 | 市住建局 | 各区政府",
        ]
    )
    assert tasks[0]["participating_units"] == ["市财政局", "市自然资源局"]


def test_a_list_cut_after_its_comma():
    tasks = _tasks(
        [
            "1 | 新建改扩建幼儿园6所。 | 王某 | 市教育局 | 市财政局、",
            " |  |  |  | 市自然资源局",
        ]
    )
    assert tasks[0]["participating_units"] == ["市财政局", "市自然资源局"]


def test_a_category_row_of_the_first_column_stays_a_category():
    tasks = _tasks(
        [
            "一、教育 |  |  |  | ",
            "1 | 新建改扩建幼儿园6所。 | 王某 | 市教育局 | 市财政局",
            "二、住房 |  |  |  | ",
            "2 | 改造城镇老旧小区40个。 | 李某 | 市住建局 | 各区政府",
        ]
    )
    assert [t["path"] for t in tasks] == [["一", "1"], ["二", "2"]]


def test_a_unit_name_cut_below_a_header_printed_again():
    tasks = _tasks(
        [
            "1 | 新建改扩建幼儿园6所，新增学位2700个。 | 王某 | 市教育局 | 市财政局、市自然资源",
            _HEAD,
            " |  |  |  | 局、各区政府",
            "2 | 改造城镇老旧小区40个。 | 李某 | 市住建局 | 各区政府",
        ]
    )
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[0]["lead_units"] == ["市教育局"]
    assert tasks[0]["participating_units"] == ["市财政局", "市自然资源局", "各区政府"]
