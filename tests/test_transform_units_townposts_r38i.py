"""Round 38i: unit lists of town-level plans, members and posts.

- 社区 is one word: "各社区居委会" is never cut into 各社 + 区居委会;
- a quantified town level glued to a body is that level's body ("各街道便民服务中心");
- village and grid posts ("村民小组长", "网格员", "包村干部", "楼栋长") are persons, never units, and
  share no suffix with the name after them;
- a quantified level and its own body ("各县、县应急局", "有关县、县教育局") are two names, a list of
  levels sharing a noun ("各县、市、区教育局") stays one;
- a person beside a unit: after a slash ("县发改局/王五"), in a bracket cut off at 联系电话： ("县发改局
  （局长 王五 联系电话：…）"), spaced with the post in brackets ("县发改局 王五（副局长）");
- a dash and a person ("镇林业站—刘洋"), a phone number after a spaced person ("镇水利站 刘洋 139…"),
  a bracket of a person and a phone ("（中队长 钱伟 电话：…）"), an 经办人： label are no part of a unit;
- a village's two committees in quotes ("村“两委”") end a name, no fragment joining the next one;
- bare town levels after a quantified one share its quantifier ("各乡镇、街道", one name);
- bare levels counted as tiers ("县、乡、村三级") are one name;
- a 考核细则's 被考核单位 are its responsible units, 配合考核单位 its participating ones;
- a town's 等-collective ("镇司法所等驻镇单位") is dropped after the names it stands for;
- the members of a body: after a space ("县安委会 各成员单位") and with 有关/相关/其他
  ("县安委会有关成员单位") are one name with it.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.gazetteer import split_glued
from transform.unit_names import split_units
from transform.units import extract_units


def _tasks(text: str) -> dict[str, tuple[list[str], list[str]]]:
    doc = parse_document(text, source="n.txt", is_text=True)
    return {"/".join(t["path"]): (list(t["lead_units"]), list(t["participating_units"])) for t in doc.tasks}


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


# ---- 社区 is one word


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("（责任单位：街道城管办、各社区居委会）", ["街道城管办", "各社区居委会"]),
        ("（责任单位：各社区居委会）", ["各社区居委会"]),
        ("（责任单位：街道平安办、派出所、各社区居委会）", ["街道平安办", "派出所", "各社区居委会"]),
        ("（责任单位：镇社事办、社区居委会）", ["镇社事办", "社区居委会"]),
    ],
)
def test_community_is_one_word(text, lead):
    assert _units(text)[0] == lead


def test_glued_names_are_still_cut_after_a_cooperative():
    # negative: 社 ends a name where no 区 follows it
    assert split_glued("县供销社县财政局") == ["县供销社", "县财政局"]


# ---- a quantified town level and its own body


@pytest.mark.parametrize(
    ("piece", "names"),
    [
        ("各街道便民服务中心", ["各街道便民服务中心"]),
        ("各镇综治中心", ["各镇综治中心"]),
        ("各乡农业综合服务中心", ["各乡农业综合服务中心"]),
        ("各街道区民政局", ["各街道", "区民政局"]),  # negative: a name with its own level is cut
    ],
)
def test_quantified_town_level_body(piece, names):
    assert split_glued(piece) == names


# ---- posts are persons


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("（配合：村民小组长、网格员）", []),
        ("（配合单位：各村（社区）、包村干部）", ["各村（社区）"]),
        ("（配合单位：网格员、楼栋长）", []),
        ("（配合单位：社区党委、驻社区民警）", ["社区党委"]),
        ("（配合：村民小组长、网格员、村党支部、包村干部）", ["村党支部"]),
        ("（协办单位：各村护林员、镇应急办）", ["镇应急办"]),
        ("（配合：村会计、村文书、村委会）", ["村委会"]),
        ("（配合单位：各社区党组织、小区楼栋长、志愿者）", ["各社区党组织"]),
        ("（配合单位：村级河长、管水员、县河长制办公室）", ["县河长制办公室"]),
    ],
)
def test_posts_are_no_units(text, part):
    assert _units(text)[1] == part


def test_bodies_of_a_village_stay_units():
    # negative: 村委会, 村党支部, 民兵营 are bodies
    assert _units("（配合单位：村委会、村党支部、村民兵营）")[1] == ["村委会", "村党支部", "村民兵营"]


def test_posts_in_a_page():
    text = "某镇2025年工作要点\n\n一、重点任务\n1.做好防汛。（牵头单位：镇应急办；配合：村民小组长、网格员、各村（社区））\n"
    assert _tasks(text)["一/1"] == (["镇应急办"], ["各村（社区）"])


# ---- a quantified level and its own body


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("（责任单位：各县、县应急局）", ["各县", "县应急局"]),
        ("（责任单位：有关县、县教育局）", ["有关县", "县教育局"]),
        ("（责任单位：各市、市林业局）", ["各市", "市林业局"]),
        ("（责任单位：各县、市、区教育局）", ["各县、市、区教育局"]),  # negative: levels sharing a noun
        ("（责任单位：各乡、镇人民政府）", ["各乡、镇人民政府"]),  # negative
        ("（责任单位：各市、特区、区人民政府）", ["各市、特区、区人民政府"]),  # negative: no quantifier
    ],
)
def test_level_and_its_own_body(text, lead):
    assert _units(text)[0] == lead


# ---- a person beside a unit


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("（责任单位：县发改局/王五）", ["县发改局"]),
        ("（责任单位：街道经发办/王明、街道城管办/欧阳明）", ["街道经发办", "街道城管办"]),
        ("（责任单位：县发改局（局长 王五 联系电话：13800001111））", ["县发改局"]),
        ("（责任单位：街道便民服务中心（主任 李华 联系电话：0731-8888123））", ["街道便民服务中心"]),
        ("（责任单位：县发改局 王五（副局长））", ["县发改局"]),
        ("（责任单位：镇财政所/副所长王强）", ["镇财政所"]),
        ("（责任单位：县发改局/副局长 王五）", ["县发改局"]),
        ("（责任单位：镇派出所、镇财政所、镇水利站）", ["镇派出所", "镇财政所", "镇水利站"]),  # negative
        ("（责任单位：街道综治中心 张强（副主任））", ["街道综治中心"]),
    ],
)
def test_person_beside_a_unit(text, lead):
    assert _units(text)[0] == lead


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县发改局/县财政局", ["县发改局", "县财政局"]),  # negative: a unit after a slash stays
        ("县自然资源局（林业）", ["县自然资源局（林业）"]),  # negative: an alias in brackets stays
        ("乡社事办/张丽    乡便民服务中心/何勇", ["乡社事办", "乡便民服务中心"]),
    ],
)
def test_slashes_and_brackets(value, names):
    assert split_units(value) == names


# ---- the members of a body


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县安委会 各成员单位", ["县安委会各成员单位"]),
        ("县森林防火指挥部 各成员单位", ["县森林防火指挥部各成员单位"]),
        ("县安委会有关成员单位", ["县安委会有关成员单位"]),
        ("县安委会其他成员单位", ["县安委会其他成员单位"]),
        ("县安委会各有关成员单位、各乡镇", ["县安委会各有关成员单位", "各乡镇"]),
        ("县应急局 各成员单位", ["县应急局", "各成员单位"]),  # negative: a bureau has no members
    ],
)
def test_members_of_a_body(value, names):
    assert split_units(value) == names


# ---- quoted words inside a name, and more contacts beside a unit


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("村“两委”、驻村工作队", ["村“两委”", "驻村工作队"]),
        ("各村“两委”、驻村工作队", ["各村“两委”", "驻村工作队"]),
        ("镇“两新”组织党委、镇团委", ["镇“两新”组织党委", "镇团委"]),
        ("各乡、镇人民政府", ["各乡、镇人民政府"]),  # negative: a shared suffix still joins
        ("各村\"两委\"、驻村工作队", ["各村\"两委\"", "驻村工作队"]),
    ],
)
def test_quoted_words_in_a_name(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("（责任单位：镇林业站—刘洋）", ["镇林业站"]),
        ("（责任单位：镇林业站——刘洋、镇财政所-王强）", ["镇林业站", "镇财政所"]),
        ("（责任单位：镇水利站 刘洋 13907451234）", ["镇水利站"]),
        ("（责任单位：镇水利站 刘洋 0745-6231100、镇财政所）", ["镇水利站", "镇财政所"]),
        ("（责任单位：镇社保所 经办人：刘洋）", ["镇社保所"]),
        ("（牵头单位：街道综合执法中队（中队长 钱伟 电话：0571-86661234））", ["街道综合执法中队"]),
        ("（责任单位：县政务服务中心（电话：0745-6231100））", ["县政务服务中心"]),
        ("（责任单位：县发改局（王五 13800001111））", ["县发改局"]),
        ("（责任单位：县政务服务中心（12345热线））", ["县政务服务中心（12345热线）"]),  # negative
        ("（责任单位：市水利局-黄河河务局）", ["市水利局", "黄河河务局"]),  # a unit after the dash (round 39b)
    ],
)
def test_dashes_phones_and_clerks(text, lead):
    assert _units(text)[0] == lead


# ---- bare town levels sharing a quantifier


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("各乡镇、街道", ["各乡镇、街道"]),
        ("各镇、街道、园区", ["各镇、街道、园区"]),
        ("有关乡镇、街道", ["有关乡镇、街道"]),
        ("各村、社区", ["各村、社区"]),
        ("各乡镇、街道、县直各部门", ["各乡镇、街道", "县直各部门"]),
        ("县发改局、街道", ["县发改局", "街道"]),  # negative: no quantified level before it
        ("各镇人民政府、街道办事处", ["各镇人民政府", "街道办事处"]),  # negative: two whole names
    ],
)
def test_bare_town_levels_share_a_quantifier(value, names):
    assert split_units(value) == names


# ---- bare levels counted as tiers


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("（责任单位：县、乡两级）", ["县、乡两级"]),
        ("（责任单位：县、乡、村三级）", ["县、乡、村三级"]),
        ("（责任单位：镇、村两级，县直各部门）", ["镇、村两级", "县直各部门"]),
        ("（责任单位：县发改局、县两级）", ["县发改局", "县两级"]),  # negative: no bare level first
    ],
)
def test_bare_levels_counted_as_tiers(text, lead):
    assert _units(text)[0] == lead


# ---- the units a 考核细则 assesses


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("考核单位：街道纪工委；被考核单位：街道各科室、各社区", ["街道各科室", "各社区"], []),
        ("（被考核单位：各镇街）", ["各镇街"], []),
        ("牵头考核单位：街道经发办；配合考核单位：街道财政所", ["街道经发办"], ["街道财政所"]),
        ("考核单位：街道纪工委", [], []),  # negative: the assessing body is no unit of the task
    ],
)
def test_assessed_units(text, lead, part):
    assert _units(text) == (lead, part)


# ---- a town's 等-collective after the names it stands for


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("（责任单位：镇派出所、镇司法所等驻镇单位）", ["镇派出所", "镇司法所"]),
        ("（责任单位：镇财政所等镇直部门）", ["镇财政所"]),
        ("（责任单位：镇经发办等镇级相关单位）", ["镇经发办"]),
        ("（责任单位：镇经发办、驻镇单位）", ["镇经发办", "驻镇单位"]),  # negative: no 等
    ],
)
def test_town_deng_collectives(text, lead):
    assert _units(text)[0] == lead
