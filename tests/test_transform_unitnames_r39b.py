"""Round 39b: what a unit name is (names, persons, tables, signatures).

- one person's name alone in a bracket after a unit ("镇文化站（王强）") is its contact, no part of
  the name; a field or another name of the unit in the bracket ("县自然资源局（林业）", "区文旅局（文物）",
  "县政府办（金融办）") stays;
- a post printed as a label before its holder ("分管副区长：王某") names a person, no unit;
- 支书 is a post ("村支书");
- a dash between a body with its level and a whole body printed without one ("市水利局-黄河河务局")
  separates two units; a branch after it ("县公安局-交警大队") or a name with a dash inside stays;
- a unit's last word wrapped alone after a space ("县农业农村 局") is part of the name before it;
- a table's unit cell "同上" repeats the row above's units in that column;
- a table cell of unit names separated by commas keeps a bracket's 、 inside its name ("各县（市、区）政府");
- a signing 指挥部 or 领导小组 over the signature date is no unit of the last task.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.gazetteer import is_placed_body
from transform.table_cells import is_units
from transform.unit_names import split_units
from transform.unit_words import is_person
from transform.units import extract_units


def _tasks(text: str) -> dict[str, tuple[list[str], list[str]]]:
    doc = parse_document(text, source="n.txt", is_text=True)
    return {"/".join(t["path"]): (list(t["lead_units"]), list(t["participating_units"])) for t in doc.tasks}


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


# ---- one name alone in a bracket after a unit


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("镇文化站（王强）", ["镇文化站"]),
        ("镇社事办(陈刚)", ["镇社事办"]),
        ("县发改局（欧阳明）、县财政局", ["县发改局", "县财政局"]),
        ("街道综治中心（刘某）", ["街道综治中心"]),
        ("縣民政局（李娜）", ["縣民政局"]),
    ],
)
def test_a_name_alone_in_brackets_is_a_contact(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize(
    "value",
    [
        "县自然资源局（林业）",
        "区文旅局（文物）",
        "区政府办（金融）",
        "县发改局（粮食）",
        "县公安局（交警大队）",
        "县卫健局（县医共体）",
        "县文旅局（文物局）",
    ],
)
def test_a_field_or_an_alias_in_brackets_stays(value):
    assert split_units(value) == [value]


def test_contact_brackets_in_a_task():
    lead, part = _units("（牵头单位：镇社事办（陈刚）；配合单位：镇中心学校（赵敏）、各村（居）委会）")
    assert (lead, part) == (["镇社事办"], ["镇中心学校", "各村（居）委会"])


# ---- a post as a label


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("（牵头单位：区交通运输局；分管副区长：王某）", ["区交通运输局"]),
        ("（责任单位：县水利局；包村领导：李四）", ["县水利局"]),
        ("（牵头单位：镇农业站；分管副镇长：赵敏）", ["镇农业站"]),
        ("（责任单位：县教育局、县卫健局；县委常委、副县长：刘某）", ["县教育局", "县卫健局"]),
    ],
)
def test_a_post_label_names_a_person(text, lead):
    assert _units(text)[0] == lead


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("配合单位：县统计局", ["县统计局"]),  # negative: a unit label
        ("牵头部门：县应急局", ["县应急局"]),
        ("县委办、县政府办：县委督查室", ["县委办", "县政府办：县委督查室"]),  # a unit before the colon
    ],
)
def test_a_unit_label_is_no_post(value, names):
    assert split_units(value) == names


# ---- 村支书


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("镇环卫所、各村委会、村支书", ["镇环卫所", "各村委会"]),
        ("村支书、村委会", ["村委会"]),
        ("各村党支书、镇水利站", ["镇水利站"]),
    ],
)
def test_village_secretary_is_a_post(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize("value", ["村党支部", "各村党支部委员会"])
def test_party_branches_stay_units(value):
    assert split_units(value) == [value]


# ---- a dash before a body without a level


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("市水利局-黄河河务局", ["市水利局", "黄河河务局"]),
        ("县交通运输局—公路养护中心", ["县交通运输局", "公路养护中心"]),
        ("市生态环境局－高新区管委会", ["市生态环境局", "高新区管委会"]),
        ("市水利局——黄河河务局", ["市水利局", "黄河河务局"]),
        ("县住建局-县水务集团-燃气有限公司", ["县住建局", "县水务集团", "燃气有限公司"]),
    ],
)
def test_a_dash_before_a_body_without_a_level(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县公安局-交警大队", ["县公安局-交警大队"]),  # a branch of the unit before it
        ("市税务局－城区分局", ["市税务局－城区分局"]),
        ("中国—东盟博览会秘书处", ["中国—东盟博览会秘书处"]),  # no unit before the dash
        ("镇林业站—刘洋", ["镇林业站"]),  # a person after the dash (round 38i)
        ("市水利局-河务局", ["市水利局-河务局"]),  # too short to be a whole body's name
    ],
)
def test_a_dash_that_stays(value, names):
    assert split_units(value) == names


def test_a_dash_before_a_body_in_a_task():
    text = "郑河市2025年河湖长制工作方案\n\n一、重点任务\n（一）加强河道采砂管理。（牵头单位：市水利局-黄河河务局；配合单位：市公安局）\n"
    assert _tasks(text)["一/(一)"] == (["市水利局", "黄河河务局"], ["市公安局"])


# ---- a unit's last word wrapped after a space


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县农业农村 局", ["县农业农村局"]),
        ("县农业农村 局 县林业局", ["县农业农村局", "县林业局"]),
        ("镇党政 办", ["镇党政办"]),
        ("区自然资源 分局、区住建局", ["区自然资源分局", "区住建局"]),
    ],
)
def test_a_wrapped_ending_joins_its_name(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县发改局 县财政局", ["县发改局", "县财政局"]),  # two whole names
        ("县农业农村局 各村", ["县农业农村局", "各村"]),
    ],
)
def test_whole_names_after_a_space_stay_apart(value, names):
    assert split_units(value) == names


def test_a_wrapped_ending_in_a_table_cell():
    text = (
        "湘阴县2025年食品安全重点工作安排\n\n"
        "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n"
        "1 | 开展校园食品安全专项检查 | 县市场监督管理局 | 县教育局、县卫健局 | 2025年9月\n"
        "2 | 加强食用农产品质量监测 | 县农业农村 局 | 县市场监督管理局 | 2025年12月\n"
        "3 | 推进食品企业规范化管理 | 县工信局 县商务局 | 县市场监督管理局 | 2025年11月\n"
    )
    tasks = _tasks(text)
    assert tasks["2"] == (["县农业农村局"], ["县市场监督管理局"])
    assert tasks["3"] == (["县工信局", "县商务局"], ["县市场监督管理局"])


# ---- 同上 in a table


_DITTO_TABLE = (
    "丰城县2025年粮食安全重点工作任务清单\n\n"
    "序号 | 工作任务 | 牵头单位 | 配合单位\n"
    "1 | 推进高标准农田建设 | 县农业农村局 | 县财政局、县自然资源局\n"
    "2 | 严格落实耕地保护制度 | 同上 | 县自然资源局\n"
    "3 | 加强农田水利设施管护 | 县水利局 | 同上\n"
    "4 | 推广绿色种养技术 | 县农业农村局 | 同上栏\n"
    "5 | 开展农业面源污染治理 | 县生态环境分局 | 县农业农村局\n"
)


def test_ditto_takes_the_cell_above():
    tasks = _tasks(_DITTO_TABLE)
    assert tasks["2"] == (["县农业农村局"], ["县自然资源局"])
    assert tasks["3"] == (["县水利局"], ["县自然资源局"])
    assert tasks["4"] == (["县农业农村局"], ["县自然资源局"])


def test_cells_without_ditto_keep_their_units():
    tasks = _tasks(_DITTO_TABLE)
    assert tasks["1"] == (["县农业农村局"], ["县财政局", "县自然资源局"])
    assert tasks["5"] == (["县生态环境分局"], ["县农业农村局"])


def test_ditto_in_the_first_row_names_none():
    text = (
        "某县2025年重点工作清单\n\n"
        "序号 | 工作任务 | 牵头单位 | 配合单位\n"
        "1 | 推进高标准农田建设 | 县农业农村局 | 同上\n"
        "2 | 严格落实耕地保护制度 | 县自然资源局 | 县农业农村局\n"
        "3 | 加强农田水利设施管护 | 县水利局 | 县财政局\n"
    )
    assert _tasks(text)["1"] == (["县农业农村局"], [])


# ---- a table cell of names with a bracket holding 、


@pytest.mark.parametrize(
    "cell",
    [
        "市司法局，市市场监管局，各县（市、区）政府",
        "各县（市、区）政府",
        "各乡镇（街道）、县直各部门",
        "各县（市、区）人民政府；市财政局",
    ],
)
def test_a_bracket_with_a_list_inside_a_unit_cell(cell):
    assert is_units(cell)


@pytest.mark.parametrize("cell", ["推进（一、二期）工程建设", "完成（东、西区）改造任务"])
def test_a_sentence_with_such_a_bracket_is_no_unit_cell(cell):
    assert not is_units(cell)


def test_a_comma_cell_with_a_bracket_in_a_table():
    text = (
        "临江市2025年数字政府建设重点任务分工\n\n"
        "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
        "1 | 建设一体化政务大数据平台 | 市政务服务数据管理局 | 市发改委；市财政局 | 2025年12月\n"
        "2 | 推进政务服务一网通办 | 市政务服务数据管理局 | 市司法局，各县（市、区）政府 | 2025年10月\n"
        "3 | 加强政务网络安全防护 | 市公安局 | 市政务服务数据管理局 | 2025年12月\n"
    )
    assert _tasks(text)["2"] == (["市政务服务数据管理局"], ["市司法局", "各县（市、区）政府"])


# ---- a signing 指挥部 or 领导小组 over the date


@pytest.mark.parametrize(
    ("signer", "date"),
    [
        ("枣阳县防汛抗旱指挥部", "2025年4月18日"),
        ("某县森林防灭火指挥部", "2024年3月1日"),
        ("某区创建全国文明城区工作领导小组", "2025年5月6日"),
    ],
)
def test_a_signing_body_is_no_unit_of_the_last_task(signer, date):
    text = (
        "某县2025年工作要点\n\n一、重点工作\n"
        "1.压实防汛责任。（牵头单位：县水利局）\n"
        f"2.加强宣传教育。利用多种形式宣传。责任单位：县委宣传部、县融媒体中心\n{signer}\n{date}\n"
    )
    assert _tasks(text)["一/2"] == (["县委宣传部", "县融媒体中心"], [])


def test_a_unit_line_under_the_last_task_stays():
    # negative: no date under it, the line is the task's unit cell
    text = "某县2025年工作要点\n\n一、重点工作\n1.压实防汛责任。\n责任单位：县水利局\n2.加强宣传教育。\n责任单位：县防汛抗旱指挥部\n"
    assert _tasks(text)["一/2"] == (["县防汛抗旱指挥部"], [])


def test_a_body_in_a_sentence_before_the_date_stays():
    # negative: the last task names the 指挥部 in its bracket; the signature is a government's
    text = (
        "某县2025年工作要点\n\n一、重点工作\n"
        "1.加强应急值守。（责任单位：县防汛抗旱指挥部、县应急局）\n\n某县人民政府办公室\n2025年4月18日\n"
    )
    assert _tasks(text)["一/1"] == (["县防汛抗旱指挥部", "县应急局"], [])


# ---- a person glued after a unit


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县民政局李明", ["县民政局"]),
        ("镇水利站站长刘洋", ["镇水利站"]),
        ("县民政局、县财政局王刚", ["县民政局", "县财政局"]),
        ("县教育局欧阳明", ["县教育局"]),
        ("縣民政局李明", ["縣民政局"]),
        ("县发改局（县粮食和物资储备局）王五", ["县发改局（县粮食和物资储备局）"]),
    ],
)
def test_a_glued_person_is_cut(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize(
    "value",
    [
        "县公安局江北派出所",  # a body of the unit, no person
        "县林业局黄山林场",
        "市生态环境局成武分局",
        "县自然资源局林业",  # a field's word, no name
        "县农业农村局金融",
    ],
)
def test_a_body_glued_after_a_unit_stays(value):
    assert split_units(value) == [value]


# ---- a deadline after the last unit


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县发改局 2024年底前", ["县发改局"]),
        ("县林业局（2025年6月底前）", ["县林业局"]),
        ("县住建局2024年12月", ["县住建局"]),
        ("县水利局 6月底前完成", ["县水利局"]),
        ("县发改局、县财政局 2025年6月30日前", ["县发改局", "县财政局"]),
        ("县教育局 2024.12", ["县教育局"]),
    ],
)
def test_a_deadline_after_a_unit_is_cut(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县2024年重点项目指挥部", ["县2024年重点项目指挥部"]),  # a year inside a name
        ("县发改局（12345热线）", ["县发改局（12345热线）"]),  # a number, no date
        ("县住建局 2024年底前完成改造100户", []),  # a sentence, no deadline alone
    ],
)
def test_a_year_inside_a_name_or_a_sentence_stays(value, names):
    assert split_units(value) == names


def test_a_deadline_in_a_task_bracket():
    lead, part = _units("（牵头单位：县住建局 2024年底前；配合单位：县财政局（2024年6月））")
    assert (lead, part) == (["县住建局"], ["县财政局"])


# ---- a signer named with its place over the signature date


@pytest.mark.parametrize("signer", ["某县乡村振兴局", "安溪县林业局", "南湖区教育局", "黔东南州凯里市农业农村局"])
def test_a_placed_signer_is_no_unit_of_the_last_task(signer):
    text = (
        "某县2025年工作要点\n\n一、重点工作\n"
        "1.压实防汛责任。（牵头单位：县水利局）\n"
        f"2.加强宣传教育。利用多种形式宣传。（责任单位：县委宣传部、县融媒体中心）\n{signer}\n2025年4月18日\n"
    )
    assert _tasks(text)["一/2"] == (["县委宣传部", "县融媒体中心"], [])


@pytest.mark.parametrize(
    ("name", "placed"),
    [
        ("某县乡村振兴局", True),
        ("安溪县森林防火指挥部", True),
        ("县林业局", False),  # a bare level: a unit cell
        ("各乡镇人民政府", False),  # a set of places
        ("有关县区政府", False),
        ("黄河河务局", False),  # no level
        ("城东街道办事处", False),
    ],
)
def test_placed_body(name, placed):
    assert is_placed_body(name) is placed


# ---- a table of work ahead titled …推进表 names a plan


@pytest.mark.parametrize(
    "title",
    ["华阳县2025年重点项目建设推进表", "龙门县2025年重点民生工程推进表", "柳溪区2024年城市更新重点项目推进表"],
)
def test_a_progress_table_of_work_ahead_names_its_plan(title):
    text = f"{title}\n\n序号 | 项目名称 | 牵头单位 | 完成时限\n1 | 城区供水管网改造 | 县住建局 | 2025年12月\n2 | 乡镇卫生院改造 | 县卫健局 | 2025年10月\n"
    doc = parse_document(text, source="n.txt", is_text=True)
    assert doc.document["plan_title"] == title


@pytest.mark.parametrize("title", ["某县重点项目推进会议纪要", "某县重点项目推进工作座谈会召开"])
def test_a_meeting_on_progress_names_no_plan(title):
    text = f"{title}\n\n近日，县政府召开会议，听取各部门工作汇报。\n"
    doc = parse_document(text, source="n.txt", is_text=True)
    assert doc.document["plan_title"] is None


# ---- a post glued to its holder's name


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("（责任单位：县长王某某）", []),
        ("（责任单位：县发改局、副县长李明）", ["县发改局"]),
        ("（牵头单位：县委常委、副县长李明；县财政局）", ["县财政局"]),
        ("（责任单位：镇党委书记赵刚、镇党政办）", ["镇党政办"]),
    ],
)
def test_a_post_glued_to_its_holder_is_a_person(text, lead):
    assert _units(text)[0] == lead


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("镇长安村", ["镇长安村"]),  # a village under the town
        ("市长江航道局", ["市长江航道局"]),
        ("县长助理办公室", ["县长助理办公室"]),
    ],
)
def test_a_body_after_an_office_word_stays(value, names):
    assert split_units(value) == names


def test_a_generic_leader_phrase_is_no_person():
    # "县级领导包抓、部门牵头": a phrase (包 is a surname, 领导 no office), no unit clause either
    text = "某县2025年方案\n\n一、任务\n（一）整治背街小巷。实行县级领导包抓、部门牵头、乡镇落实的工作机制，逐巷制定整治方案。\n"
    assert _tasks(text)["一/(一)"] == ([], [])


# ---- a unit cell with its contact after it


@pytest.mark.parametrize(
    "cell",
    ["县商务局 李娜 13800001111", "县商务局 李娜", "县住建局 0571-86661234", "县卫健局 欧阳明 13912345678"],
)
def test_a_unit_cell_with_its_contact_is_a_unit_cell(cell):
    assert is_units(cell)


@pytest.mark.parametrize("cell", ["李娜 县商务局", "李娜 13800001111", "推进城区污水管网改造 王强"])
def test_a_cell_opening_with_no_unit_is_no_unit_cell(cell):
    assert not is_units(cell)


def test_a_contact_in_a_tab_table_cell():
    text = (
        "某县2025年重点工作任务分解表\n\n"
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t推进城区污水管网改造\t县住建局 王强 13800000000\t县财政局、县发改局\t2025年12月\n"
        "2\t建设城东农贸市场\t县商务局 李娜 13800001111\t县市场监管局\t2025年10月\n"
        "3\t实施农村饮水巩固提升\t县水利局\t各乡镇\t2025年11月\n"
    )
    tasks = _tasks(text)
    assert tasks["1"] == (["县住建局"], ["县财政局", "县发改局"])
    assert tasks["2"] == (["县商务局"], ["县市场监管局"])
    assert tasks["3"] == (["县水利局"], ["各乡镇"])


# ---- 同上 in a prose unit list names no unit


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("（责任单位：同上）", ([], [])),
        ("（牵头单位：同上；配合单位：县财政局）", ([], ["县财政局"])),
        ("（牵头单位：县发改局；配合单位：同上）", (["县发改局"], [])),
    ],
)
def test_ditto_in_prose_names_no_unit(text, units):
    assert _units(text) == units


@pytest.mark.parametrize("value", ["县同上村委会", "同上海市合作办"])
def test_a_name_holding_the_ditto_characters_stays(value):
    assert split_units(value) == [value]


# ---- a flattened signature run on after the last unit


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县融媒体中心 某县人民政府办公室 2025年4月18日", ["县融媒体中心"]),
        ("县委宣传部、县融媒体中心 安溪县林业局 2024年3月1日", ["县委宣传部", "县融媒体中心"]),
        ("县水利局 南湖区人民政府 2025年5月6日", ["县水利局"]),
    ],
)
def test_a_flattened_signature_is_no_unit(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县融媒体中心 县政府办公室 2025年4月18日", ["县融媒体中心", "县政府办公室"]),  # a bare level: a unit
        ("县融媒体中心 安溪县林业局 2025年4月", ["县融媒体中心", "安溪县林业局"]),  # a deadline, no signature date
    ],
)
def test_a_unit_before_a_date_stays(value, names):
    assert split_units(value) == names


def test_a_flattened_signature_in_a_task():
    text = (
        "某县2025年工作要点\n\n一、重点工作\n1.压实防汛责任。责任单位：县水利局\n"
        "2.加强宣传教育。责任单位：县委宣传部、县融媒体中心 某县人民政府办公室 2025年4月18日\n"
    )
    assert _tasks(text)["一/2"] == (["县委宣传部", "县融媒体中心"], [])


@pytest.mark.parametrize("name", ["", " ", "\xa0：牵头", "王", "县长", "王某某"])
def test_short_pieces_are_no_glued_holders(name):
    assert is_person(name) is name.endswith(("县长",))


# ---- a bracket of posts or names after a unit; a post label after a spaced unit


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县发改局（主要负责人）", ["县发改局"]),
        ("县发改局（分管领导）", ["县发改局"]),
        ("县发改局（局长）", ["县发改局"]),
        ("县发改局（王局长）", ["县发改局"]),
        ("县发改局（王五、李四）", ["县发改局"]),
        ("县发改局 负责人：王五", ["县发改局"]),
        ("县发改局 分管副局长：王五", ["县发改局"]),
    ],
)
def test_people_beside_a_unit_are_cut(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize(
    "value",
    ["县发改局（林业、金融）", "县应急局（县安委办）", "市河长办（河长制办公室）", "县人大（常委会）"],
)
def test_a_bracket_of_bodies_or_fields_stays(value):
    assert split_units(value) == [value]
