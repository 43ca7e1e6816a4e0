"""Round 38c: unit lists printed the ways real portals print them.

- a dash opens the unit clause at a task's end ("——县大数据中心牵头，县级各部门配合"): the dash is
  no part of the first name;
- bare unit names after a dash end the task ("建立月度例会制度。——县委改革办"): they are the
  responsible units (transform.unit_edges);
- a person's name printed after a unit with a space ("区行政审批局 张敏") is no part of it;
- "A会同B" inside a labelled list names two units;
- "…指挥部各成员单位" is one unit: the members of the body before them are never cut off it.
"""

from __future__ import annotations

import pytest

from transform.gazetteer import split_glued
from transform.units import extract_units


def _roles(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return u.lead, u.participating


@pytest.mark.parametrize(
    "text, lead, part",
    [
        ("完善公共数据平台。推进数据共享。——县大数据中心牵头，县级各部门配合", ["县大数据中心"], ["县级各部门"]),
        ("推进基层智治应用贯通。——县委政法委、县委组织部牵头，各乡镇（街道）配合",
         ["县委政法委", "县委组织部"], ["各乡镇（街道）"]),
        ("推进政务云整合。—— 市大数据局牵头，市财政局配合。", ["市大数据局"], ["市财政局"]),
        ("建设智慧园区。－－区工信局牵头，区商务局配合", ["区工信局"], ["区商务局"]),
    ],
)
def test_dash_before_a_clause_is_cut(text, lead, part):
    assert _roles(text) == (lead, part)


@pytest.mark.parametrize(
    "text, lead, part",
    [
        ("健全工作推进机制。建立月度例会制度。——县委改革办", ["县委改革办"], []),
        ("推进老旧小区改造。——县住建局、县财政局", ["县住建局", "县财政局"], []),
        ("规范农贸市场管理；——市商务局、市市场监管局。", ["市商务局", "市市场监管局"], []),
        ("加强耕地保护。—区自然资源局", ["区自然资源局"], []),
    ],
)
def test_units_after_a_closing_dash(text, lead, part):
    assert _roles(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "建设“一核两翼”——县城和两个中心镇",  # a dash inside a sentence
        "打造两区。——高新区和经开区",  # areas, no government body
        "深化改革。——这是全年工作的重点",  # prose after the dash
        "推进建设。——县发改局\n二、下一阶段工作",  # the names do not end the text
    ],
)
def test_dashes_that_name_no_unit(text):
    assert _roles(text) == ([], [])


@pytest.mark.parametrize(
    "text, lead, part",
    [
        ("开展活动。（牵头领导：陈志远；责任单位：区行政审批局 张敏，区数据局 王磊）", ["区行政审批局", "区数据局"], []),
        ("（责任单位：县发改局 欧阳明、县财政局 李华）", ["县发改局", "县财政局"], []),
        ("（牵头单位：市教育局 王强；配合单位：市财政局 赵丽）", ["市教育局"], ["市财政局"]),
        # two units in a spaced cell stay two units
        ("（责任单位：县发改局 县财政局）", ["县发改局", "县财政局"], []),
    ],
)
def test_person_after_a_spaced_unit(text, lead, part):
    assert _roles(text) == (lead, part)


@pytest.mark.parametrize(
    "text, lead, part",
    [
        ("（责任单位：市发展改革委会同市工业和信息化局，各县〔市、区〕政府负责落实）",
         ["市发展改革委", "市工业和信息化局"], ["各县〔市、区〕政府"]),
        ("（责任单位：县农业农村局会同县水利局）", ["县农业农村局", "县水利局"], []),
        ("（牵头单位：省教育厅会同省人力资源社会保障厅；配合单位：省财政厅）",
         ["省教育厅", "省人力资源社会保障厅"], ["省财政厅"]),
        # 会同县 is a county: its name stays whole
        ("（责任单位：怀化市会同县人民政府）", ["怀化市会同县人民政府"], []),
    ],
)
def test_joint_units_in_a_labelled_list(text, lead, part):
    assert _roles(text) == (lead, part)


@pytest.mark.parametrize(
    "piece, names",
    [
        ("县防汛抗旱指挥部各成员单位", ["县防汛抗旱指挥部各成员单位"]),
        ("市食品安全委员会全体成员单位", ["市食品安全委员会全体成员单位"]),
        ("区安委会各成员单位", ["区安委会各成员单位"]),
        # a body of its own after the first is still cut off
        ("县发展和改革局县财政局", ["县发展和改革局", "县财政局"]),
    ],
)
def test_member_sets_stay_with_their_body(piece, names):
    assert split_glued(piece) == names


def test_member_set_in_a_task():
    assert _roles("强化值班值守。（责任单位：县防汛抗旱指挥部各成员单位）") == (["县防汛抗旱指挥部各成员单位"], [])


@pytest.mark.parametrize(
    "text, lead",
    [
        ("推进项目建设，年底前完成。县发改局、县财政局", ["县发改局", "县财政局"]),
        ("新建公办幼儿园。区教育局、区自然资源分局。", ["区教育局", "区自然资源分局"]),
        ("完善农村供水设施；县水利局", ["县水利局"]),
    ],
)
def test_units_in_the_last_sentence(text, lead):
    assert _roles(text) == (lead, [])


@pytest.mark.parametrize(
    "text",
    [
        "建成污水处理设施2个。\n新邱区农业农村局",  # the signature on a line of its own
        "建成污水处理设施2个。 新邱区农业农村局",  # the signature after a space
        "打造两区。高新区、经开区",  # areas, no government body
        "推进建设。县发改局、平安集团有限公司",  # without a dash, every name a government body
    ],
)
def test_last_sentences_that_name_no_unit(text):
    assert _roles(text) == ([], [])


@pytest.mark.parametrize(
    "text, lead, part",
    [
        ("举办农民丰收节。（县农业农村局具体承办）", ["县农业农村局"], []),
        ("举办招商推介会。（市投资促进局承办，市商务局配合）", ["市投资促进局"], ["市商务局"]),
        ("推进项目建设。（县发改局牵头，各乡镇抓落实）", ["县发改局"], ["各乡镇"]),
        ("改造老旧小区。（县住建局主要负责，县财政局配合）", ["县住建局"], ["县财政局"]),
        # a bracket of names after 承办 in the sentence stays the bracket's
        ("开展承办赛事活动。（县文旅局）", ["县文旅局"], []),
    ],
)
def test_handling_and_carrying_out_verbs(text, lead, part):
    assert _roles(text) == (lead, part)


@pytest.mark.parametrize(
    "text, lead",
    [
        ("推进城区道路建设。（县住建局、县交通运输局；责任领导：李四）", ["县住建局", "县交通运输局"]),
        ("推进数字政府建设。（市数据局、市财政局；责任领导：赵六）", ["市数据局", "市财政局"]),
        ("建设口袋公园。（区城管局、区住建局，分管领导：王五）", ["区城管局", "区住建局"]),
        ("推进社区养老建设。（区民政局，责任人：王五）", ["区民政局"]),
    ],
)
def test_bare_bracket_names_before_a_field(text, lead):
    assert _roles(text) == (lead, [])


def test_a_bracket_of_a_field_only_names_no_unit():
    assert _roles("推进社区养老建设。（联系人：王五）") == ([], [])


@pytest.mark.parametrize(
    "text, lead",
    [
        ("（县发改局）推进重大项目建设。", ["县发改局"]),
        ("（县财政局、县税务局）加强财税征管。", ["县财政局", "县税务局"]),
        ("【县自然资源局】保障项目用地。", ["县自然资源局"]),
    ],
)
def test_bracket_of_units_opening_a_task(text, lead):
    assert _roles(text) == (lead, [])


@pytest.mark.parametrize(
    "text",
    [
        "（县城区）推进背街小巷改造。",  # an area
        "（2024年底前）完成改造。",  # a deadline
        "（平安集团有限公司）推进厂房建设。",  # a company: no government body
        "（市本级）推进项目建设。",
    ],
)
def test_opening_brackets_that_name_no_unit(text):
    assert _roles(text) == ([], [])
