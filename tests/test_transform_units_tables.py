"""Units in the columns of tables flattened to space-separated text (issue 15, point 4)."""
from __future__ import annotations

from transform.document import parse_document
from transform.unit_tables import column_kind, table_columns
from transform.units import extract_units


def test_column_kinds_by_name():
    assert column_kind("牵头单位") == "lead" and column_kind("牵头责任单位") == "lead"
    assert column_kind("责任部门") == "resp" and column_kind("责任单位（科室）") == "resp"
    assert column_kind("配合单位") == "part" and column_kind("协同部门") == "part"
    assert column_kind("责任领导") == "person" and column_kind("牵头 领导") == "person"
    assert column_kind("完成时限") == "other" and column_kind("监督方式") == "other"
    assert column_kind("工作任务") is None and column_kind("序号") is None


def test_header_gives_the_trailing_columns():
    body = "附件\n重点任务分解表\n序号 工作任务 牵头单位 配合单位 完成时限\n1 建成5G基站300个。 县工信局 县发改局 12月底前"
    assert table_columns(body) == (("lead", "part", "other"),)
    assert table_columns("序号 | 工作任务 | 牵头单位") == ()       # "|" tables are rows of cells already
    assert table_columns("序号 姓名 性别 年龄") == ()                 # no unit column


def test_row_fields_read_from_the_right():
    cols = (("lead", "part", "other"),)
    u = extract_units("建成5G基站300个，实现行政村全覆盖。 县工信局 县发改局、各乡镇 12月底前", columns=cols)
    assert u.lead == ["县工信局"] and u.participating == ["县发改局", "各乡镇"]
    u = extract_units("完成 农村 改厕 2000户。 县农业农村局 县卫健局 6月底前", columns=cols)   # stray spaces
    assert u.lead == ["县农业农村局"] and u.participating == ["县卫健局"]


def test_person_and_deadline_columns_are_skipped():
    cols = (("person", "resp", "other", "other"),)
    u = extract_units("推进跨区域产业合作，共建产业园区。 张三、李四 区经济发展局、区科技中心 持续推进 区委督查室", columns=cols)
    assert u.lead == ["区经济发展局", "区科技中心"] and u.participating == []


def test_a_row_whose_fields_are_no_units_gives_none():
    cols = (("lead",),)
    assert not extract_units("全面提升城市品质 打造宜居环境", columns=cols)
    assert not extract_units("加快建设。", columns=cols)


def test_a_space_separated_table_in_a_plan():
    text = ("某市2024年政府工作任务分解表\n序号 名称 工作任务 牵头责任单位\n一、主要预期目标\n"
            "1 地区生产总值增长6%左右. 发改委\n2 城镇新增就业1.2万人. 人社局、财政局\n")
    p = parse_document(text, source="plan.txt", is_text=True)
    by = {tuple(t["path"]): t for t in p.tasks}
    assert by[("一", "1")]["lead_units"] == ["发改委"]
    assert by[("一", "2")]["lead_units"] == ["人社局", "财政局"]
