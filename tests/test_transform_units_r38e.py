"""Round 38e: unit lists on pages printed the ways real portals print them.

- a titled person in a unit's bracket, with or without a space ("县发改局（县长助理 王五）",
  "县自然资源局（分管副县长赵六）", "县卫健局（县委常委、副县长 李明）", "县发改局〔县长助理：王五〕")
  or after the unit with spaces ("县发改局 副局长 王五") is no part of the name;
- a list that runs over two lines and breaks a name at the line's end ("区自然资源" / "分局") reads
  the name whole;
- a quantified level opening levels that share a noun ("有关市、县（市、区）人民政府") is one name; a
  level's own bodies after it ("各县、县直各部门") are two;
- a short statement over a section's first item ("（以下任务由县农业农村局牵头）") names the lead of
  every item of that section.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.unit_names import split_units
from transform.unit_words import is_titled_person
from transform.units import extract_units


def _tasks(text: str) -> dict[str, tuple[list[str], list[str]]]:
    doc = parse_document(text, source="n.txt", is_text=True)
    return {"/".join(t["path"]): (list(t["lead_units"]), list(t["participating_units"])) for t in doc.tasks}


# ---- a titled person in a unit's bracket


@pytest.mark.parametrize(
    "value, names",
    [
        ("县发改局（县长助理 王五）", ["县发改局"]),
        ("县工信局（副局长 李四）、县商务局", ["县工信局", "县商务局"]),
        ("县自然资源局（分管副县长赵六）", ["县自然资源局"]),
        ("县卫健局（县委常委、副县长 李明）、县发改局", ["县卫健局", "县发改局"]),
        ("县投资促进中心（主任\u3000陈明）", ["县投资促进中心"]),
        ("县水利局（县政府党组成员 周平）", ["县水利局"]),
        ("區住建局（副區長 劉強）", ["區住建局"]),
        ("县发改局〔县长助理 王五〕", ["县发改局"]),
        ("县发改局（县长助理：王五）", ["县发改局"]),
        ("县发改局（王五 县长助理）", ["县发改局"]),
        ("县发改局 副局长 王五", ["县发改局"]),
        ("县发改局 副局长 王五、县财政局 局长 李四", ["县发改局", "县财政局"]),
        ("县发改局【分管副县长 王五】、县财政局", ["县发改局", "县财政局"]),
    ],
)
def test_titled_person_in_a_bracket_is_dropped(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize(
    "value",
    [
        "县自然资源局（林业）",
        "县教育局（县委教育工委）",
        "县住建局（含县、乡）",
        "市公安局（交警支队）",
        "县发改局（县粮食和物资储备局）",
        "县发改局〔县粮食局〕",
        "县发改局（备注：林业）",
    ],
)
def test_bracket_without_a_titled_person_stays(value):
    assert split_units(value) == [value]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("县长助理 王五", True),
        ("分管副县长赵六", True),
        ("县委常委、副县长 李明", True),
        ("主任　陈明", True),
        ("县长助理：王五", True),
        ("王五 县长助理", True),
        ("县长 助理", False),
        ("林业", False),
        ("县委教育工委", False),
        ("王五", False),  # a bare name: is_person_name's concern
        ("副县长", False),
    ],
)
def test_is_titled_person(text, expected):
    assert is_titled_person(text) is expected


def test_titled_person_in_a_task_clause():
    text = "1.开展产业链招商。（牵头单位：县发改局（县长助理 王五）；配合单位：县工信局（副局长 李四）、县商务局）"
    u = extract_units(text)
    assert (u.lead, u.participating) == (["县发改局"], ["县工信局", "县商务局"])


# ---- a name broken at a line's end


@pytest.mark.parametrize(
    "value, names",
    [
        ("区城市管理局、区水利局、区自然资源\n分局、各街道办事处", ["区城市管理局", "区水利局", "区自然资源分局", "各街道办事处"]),
        ("县发展和改革\n局、县财政局", ["县发展和改革局", "县财政局"]),
        ("市市场监督\n管理局", ["市市场监督管理局"]),
        ("縣自然資源\n分局、縣財政局", ["縣自然資源分局", "縣財政局"]),
    ],
)
def test_name_broken_at_a_line_end_is_joined(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize(
    "value, names",
    [
        ("县水利局\n县财政局", ["县水利局", "县财政局"]),
        ("区城市管理局、区交通运输局、\n区水利局", ["区城市管理局", "区交通运输局", "区水利局"]),
        ("县教育局\n各乡镇人民政府", ["县教育局", "各乡镇人民政府"]),
    ],
)
def test_break_after_a_whole_name_stays(value, names):
    assert split_units(value) == names


def test_wrapped_participating_list_in_a_plan():
    page = (
        "某区2024年生态环境保护工作方案\n一、深入打好蓝天保卫战\n1.加强扬尘污染管控。\n"
        "牵头单位：区住房和城乡建设局\n配合单位：区城市管理局、区水利局、区自然资源\n分局、各街道办事处\n"
        "2.推进河湖长制落实。\n牵头单位：区水利局\n"
    )
    assert _tasks(page)["一/1"] == (
        ["区住房和城乡建设局"],
        ["区城市管理局", "区水利局", "区自然资源分局", "各街道办事处"],
    )


# ---- a statement over a section's items


SECTION = """某县2024年乡村振兴重点工作方案
一、确保粮食安全
{statement}
1.稳定粮食播种面积。
2.加强高标准农田建设。
二、推进乡村建设
3.实施农村道路提升工程。（牵头单位：县交通运输局）
"""


@pytest.mark.parametrize(
    "statement, lead",
    [
        ("（以下任务由县农业农村局牵头）", "县农业农村局"),
        ("以下任务由县农业农村局牵头", "县农业农村局"),
        ("（下列事项由县水利局负责）", "县水利局"),
        ("（以下工作由县自然资源局牵头）", "县自然资源局"),
        ("（本部分由县农业农村局牵头）", "县农业农村局"),
        ("（以下任务责任单位为县农业农村局）", "县农业农村局"),
        ("（以下任务牵头单位均为县农业农村局）", "县农业农村局"),
    ],
)
def test_section_statement_names_the_lead_of_its_items(statement, lead):
    tasks = _tasks(SECTION.format(statement=statement))
    assert tasks["一/1"][0] == [lead]
    assert tasks["一/2"][0] == [lead]
    assert tasks["二/3"][0] == ["县交通运输局"]


@pytest.mark.parametrize("statement", ["（一）稳产保供", "粮食生产", "（坚持稳字当头）", "（以下任务）"])
def test_a_topic_line_over_the_items_names_no_unit(statement):
    tasks = _tasks(SECTION.format(statement=statement))
    assert tasks.get("一/1", ([], []))[0] == []


# ---- a quantified level opening a list of levels that share one noun


@pytest.mark.parametrize(
    "value, names",
    [
        ("有关市、县（市、区）人民政府", ["有关市、县（市、区）人民政府"]),
        ("各设区市、县（市、区）人民政府", ["各设区市、县（市、区）人民政府"]),
        ("各市（州）、县（市、区）人民政府", ["各市（州）、县（市、区）人民政府"]),
        ("相关市、县（市、区）政府，省有关部门", ["相关市、县（市、区）政府", "省有关部门"]),
    ],
)
def test_quantified_levels_share_their_noun(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize(
    "value, names",
    [
        ("各县、县直各部门", ["各县", "县直各部门"]),
        ("各市、市直有关部门", ["各市", "市直有关部门"]),
        ("有关区、区直各单位", ["有关区", "区直各单位"]),
    ],
)
def test_a_levels_own_bodies_are_a_name_of_their_own(value, names):
    assert split_units(value) == names


# ---- a two-character copula between a label and its units


@pytest.mark.parametrize(
    "text, lead, part",
    [
        ("1.完善设施。（牵头单位均为县住建局）", ["县住建局"], []),
        ("1.完善设施。责任单位都是县住建局。", ["县住建局"], []),
        ("1.完善设施。牵头单位为县住建局，配合单位均为各乡镇人民政府。", ["县住建局"], ["各乡镇人民政府"]),
        ("1.完善设施。牵头单位为县住建局，配合单位为县财政局。", ["县住建局"], ["县财政局"]),
    ],
)
def test_copula_after_a_label(text, lead, part):
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)


# ---- a Hong Kong standard form


@pytest.mark.parametrize(
    "unit, canon",
    [("區衞生健康局", "区卫生健康局"), ("縣衞健委", "县卫生健康局"), ("市衛生健康委員會", "市卫生健康局")],
)
def test_hong_kong_form_reads_as_the_same_body(unit, canon):
    from transform.gazetteer import canonical

    assert canonical(unit) == canon
