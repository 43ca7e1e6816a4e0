"""A unit name broken by a stray space in a cell whose names are separated by spaces (a PDF's
table, a cell copied from one): a bare level ("县 卫健委") opens the name after it, a bare organ
("经济开发区 管委会", "各区 人民政府") closes the name before it. Names separated by spaces stay
apart ("县发改局 县财政局", "县委 县政府")."""

from __future__ import annotations

from transform.document import parse_document
from transform.unit_names import _split_spaces


def _names(cell: str) -> list[str]:
    return [v for v, _ in _split_spaces(cell, cell)]


def _leads(text: str) -> list[list[str]]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return [t["lead_units"] for t in doc.tasks]


def test_a_bare_level_opens_the_next_name():
    assert _names("县 卫健委 各相关乡镇政府") == ["县卫健委", "各相关乡镇政府"]
    assert _names("区 商务局") == ["区商务局"]
    assert _names("市 自然资源局 市财政局") == ["市自然资源局", "市财政局"]


def test_a_bare_organ_closes_the_name_before_it():
    assert _names("经济开发区 管委会") == ["经济开发区管委会"]
    assert _names("各区 人民政府") == ["各区人民政府"]
    assert _names("市发改委 丽水开发区 管委会") == ["市发改委", "丽水开发区管委会"]


def test_names_separated_by_spaces_stay_apart():
    assert _names("县发改局 县财政局") == ["县发改局", "县财政局"]
    assert _names("县委 县政府") == ["县委", "县政府"]
    assert _names("县住建局 各乡镇人民政府") == ["县住建局", "各乡镇人民政府"]


def test_prose_broken_by_a_space_is_no_list_of_names():
    assert _names("加强水资源保 护") == ["加强水资源保护"]


def test_a_plan_table_and_a_plan_list():
    table = (
        "序号 | 工作任务 | 责任单位\n"
        "1 | 完成县妇保院主体工程建设 | 县 卫健委 各相关乡镇政府\n"
        "2 | 建成产业园区标准厂房 | 县 住建局\n"
    )
    assert _leads(table) == [["县卫健委", "各相关乡镇政府"], ["县住建局"]]
    plan = (
        "青禾县2024年重点工作任务\n"
        "1.推进招商引资。（牵头单位：县 商务局 县发改局）\n"
        "2.建成标准厂房。（牵头单位：经济开发区 管委会）\n"
    )
    assert _leads(plan) == [["县商务局", "县发改局"], ["经济开发区管委会"]]
