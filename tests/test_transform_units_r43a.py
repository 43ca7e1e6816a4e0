"""Round 43a: units of whole plans in new genres (老年助餐, 校园食品安全, 农村供水, 秸秆禁烧, 自建房 …).

- A lead mark after a 、-group closed by ，/；marks the whole group (transform/unit_marks.py):
  "责任单位：各乡镇人民政府、街道办事处（牵头），县农业农村局" -> both lead, the rest take part.
- A trailing 等 + the departments of a trade or duty is dropped (units_tails.toml deng_nouns):
  "县教育局等行业主管部门" -> 县教育局.
- 等 + a level's organs and 各 ends a list too ("县委统战部等县委各部门", "县财政局等县政府各有关部门",
  "市教育局等市直各单位", "县司法局等政法各单位"; `unit_names._DENG_COLLECTIVE`).
- A person label in brackets on one name of a unit list that goes on ends no list
  ("责任单位：县教体局（责任人：王强）、县卫健局（责任人：赵敏）" -> both; `unit_labels._person_note_in_list`).
- A level's school for adults is a unit (units_endings.txt): "团市委、市老年大学配合", "县开放大学配合";
  not any 大学 ("引进南昌大学，县科技局牵头": the university is the object).
- The financial and telecom sets a 反诈 or 金融 plan names are units (units_collectives.txt):
  "各银行业金融机构", "各基础电信企业" in a unit cell or after a 配合 verb.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.gazetteer import is_unit_like
from transform.unit_marks import spread_lead_marks
from transform.unit_names import split_units
from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- a lead mark after a group of names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "1.建立网格化监管体系。划定禁烧网格1200个。\n责任单位：各乡镇人民政府、街道办事处（牵头），县农业农村局、县生态环境分局",
            ["各乡镇人民政府", "街道办事处"],
            ["县农业农村局", "县生态环境分局"],
        ),
        (
            "8.严厉查处焚烧行为。依法处罚。\n责任单位：县公安局、县综合行政执法局（牵头），各乡镇人民政府、街道办事处",
            ["县公安局", "县综合行政执法局"],
            ["各乡镇人民政府", "街道办事处"],
        ),
        (
            "（三）整治校园周边环境。（责任单位：市市场监管局、市教育局（主办）；市公安局、市城管局）",
            ["市市场监管局", "市教育局"],
            ["市公安局", "市城管局"],
        ),
        (
            "4.加強巡查。責任單位：縣公安局、縣綜合行政執法局（牽頭），各鄉鎮人民政府",
            ["縣公安局", "縣綜合行政執法局"],
            ["各鄉鎮人民政府"],
        ),
        (
            "整治乱堆问题。清理垃圾。（区住建局、区城管局、区水务局(牵头),各街道办事处）",
            ["区住建局", "区城管局", "区水务局"],
            ["各街道办事处"],
        ),
    ],
)
def test_group_before_a_lead_mark_leads(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # the mark inside a 、-run marks its own name only
        ("责任单位：县民政局、县财政局（牵头）、县卫生健康局", ["县财政局"], ["县民政局", "县卫生健康局"]),
        # at the list's end: its own name only
        ("责任单位：县民政局、县财政局（牵头）", ["县财政局"], ["县民政局"]),
        # one name before the comma
        ("责任单位：县教育局（牵头），县发改局、县自然资源局", ["县教育局"], ["县发改局", "县自然资源局"]),
        # the group after the comma ends the list
        ("责任单位：县民政局，县财政局、县卫健局（牵头）", ["县卫健局"], ["县民政局", "县财政局"]),
        # a group member marked 配合 keeps its own role
        ("责任单位：县发改局（配合）、县财政局（牵头），县审计局", ["县财政局"], ["县发改局", "县审计局"]),
    ],
)
def test_lead_mark_of_one_name(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


def test_spread_lead_marks_keeps_printed_mark() -> None:
    names = [("县公安局", "縣公安局"), ("县司法局（牵头）", "縣司法局（牽頭）"), ("县法院", "縣法院")]
    assert spread_lead_marks(names, ["", "、", "，"])[0] == ("县公安局（牵头）", "縣公安局（牽頭）")
    assert spread_lead_marks(names, ["", "、", "、"]) == names


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_group_marks_scale(n: int) -> None:
    names = [("县甲局", "县甲局"), ("县乙局（牵头）", "县乙局（牵头）")] * n + [("县丙局", "县丙局")]
    seps = ["", "、"] + ["，", "、"] * (n - 1) + ["，"]
    out = spread_lead_marks(names, seps)
    assert out[0][0] == "县甲局（牵头）" and out[-1][0] == "县丙局"
    near = [("县甲局（牵头）", "县甲局（牵头）")] * (2 * n)  # every name marked, all joined by 、
    assert spread_lead_marks(near, [""] + ["、"] * (2 * n - 1)) == near
    assert split_units("，".join(["县甲局、县乙局（牵头）"] * n) + "，县丙局")


# --- 等 + the departments of a trade -------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        (
            "县行政审批服务局、县市场监督管理局、县教育局等行业主管部门",
            ["县行政审批服务局", "县市场监督管理局", "县教育局"],
        ),
        ("市卫生健康委等相关职能部门", ["市卫生健康委"]),
        ("县应急管理局等有关监管部门", ["县应急管理局"]),
        ("縣教育局等行業主管部門", ["縣教育局"]),
        ("县发改局、县应急局等成员单位", ["县发改局", "县应急局"]),
        ("市城管局等执法部门", ["市城管局"]),
    ],
)
def test_deng_trade_departments_dropped(value: str, names: list[str]) -> None:
    assert split_units(value) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县行业主管部门", ["县行业主管部门"]),
        ("各行业主管部门、各乡镇人民政府", ["各行业主管部门", "各乡镇人民政府"]),
        ("县安委会成员单位", ["县安委会成员单位"]),
        ("高等学校主管部门", ["高等学校主管部门"]),
    ],
)
def test_trade_departments_kept_without_deng(value: str, names: list[str]) -> None:
    assert split_units(value) == names


# --- financial and telecom sets -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("3.强化信贷支持。县金融服务中心牵头，各金融机构配合。", ["县金融服务中心"], ["各金融机构"]),
        (
            "4.落实实名制。（县工业和信息化局牵头，各基础电信企业配合）",
            ["县工业和信息化局"],
            ["各基础电信企业"],
        ),
        ("5.推广抵押贷款。市委金融办牵头，各银行业保险业机构参与。", ["市委金融办"], ["各银行业保险业机构"]),
    ],
)
def test_financial_sets_take_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


_SLASH_TABLE = """青阳县2025年反诈工作方案
一、重点任务
序号|工作任务|责任单位|完成时限
1|整治涉诈电话卡。开展专项清理，实名登记率达到100%。|县工业和信息化局/中国移动青阳分公司|2025年9月
2|整治涉诈银行账户。开展银行网点反诈检查不少于60次。|中国人民银行青阳县支行/各银行业金融机构|2025年10月
3|加强源头管控。开展常态化管控。|县公安局|2025年12月
"""


def test_financial_set_fills_a_unit_cell() -> None:
    doc = parse_document(_SLASH_TABLE.encode(), source="x.txt", is_text=True)
    rows = {tuple(t["path"]): t["lead_units"] for t in doc.tasks}
    assert rows[("一", "2")] == ["中国人民银行青阳县支行", "各银行业金融机构"]
    assert rows[("一", "1")] == ["县工业和信息化局", "中国移动青阳分公司"]


@pytest.mark.parametrize(
    "text",
    [
        "6.引导金融机构加大信贷投放，各银行业金融机构贷款余额增长10%。",
        "7.鼓励各保险机构开发新产品。",
    ],
)
def test_financial_sets_in_prose_are_no_units(text: str) -> None:
    assert _units(text) == ([], [])


def test_financial_set_names() -> None:
    assert is_unit_like("各银行业金融机构") and is_unit_like("各电信运营商")
    assert not is_unit_like("金融机构贷款余额")


# --- 等 + a level's organs and 各 -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县委组织部、县委宣传部、县委统战部等县委各部门", ["县委组织部", "县委宣传部", "县委统战部"]),
        ("县发改局、县财政局等县政府各有关部门", ["县发改局", "县财政局"]),
        ("市教育局等市直各单位", ["市教育局"]),
        ("区财政局等各部门", ["区财政局"]),
        ("縣委統戰部等縣委各部門", ["縣委統戰部"]),
        ("县检察院、县法院、县司法局等政法各单位", ["县检察院", "县法院", "县司法局"]),
        ("县农业农村局等涉农各部门", ["县农业农村局"]),
    ],
)
def test_deng_level_collectives_dropped(value: str, names: list[str]) -> None:
    assert split_units(value) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县委各部门", ["县委各部门"]),
        ("县委组织部、县委各部门", ["县委组织部", "县委各部门"]),
        ("县政府各有关部门", ["县政府各有关部门"]),
    ],
)
def test_level_collectives_kept_without_deng(value: str, names: list[str]) -> None:
    assert split_units(value) == names


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_deng_collectives_scale(n: int) -> None:
    assert split_units("县甲局等县委各部门" * n) == []  # one long piece: no name
    assert split_units("、".join(["县甲局等县政府各有关部门"] * n))
    assert split_units("、".join(["县甲局等县政府各有关"] * n))  # near miss


# --- a bracketed person note inside a unit list ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "3.推进。责任单位：县教体局（责任人：王强）、县卫健局（责任人：赵敏）",
            ["县教体局", "县卫健局"],
            [],
        ),
        (
            "3.推进。牵头单位：县民政局（负责人：李华），县财政局；配合单位：县卫健局（联系人：周红）、县医保局",
            ["县民政局", "县财政局"],
            ["县卫健局", "县医保局"],
        ),
        (
            "3.推進。責任單位：縣教體局（責任人：王強）、縣衛健局（責任人：趙敏）",
            ["縣教體局", "縣衛健局"],
            [],
        ),
        (
            "3.推进。（牵头单位：区住建局（责任人：刘洋）、区城管局；配合单位：各街道）",
            ["区住建局", "区城管局"],
            ["各街道"],
        ),
    ],
)
def test_person_note_ends_no_list(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a label inside a bracket the value opened and left open: the name ends before it (round 42f)
        ("3.推进。牵头单位：区司法局（公共法律服务管理科 负责人：刘洋）", ["区司法局"], []),
        # a person label of its own after the list
        ("3.推进。牵头单位：县发改局；责任人：张三（副县长）、李四", ["县发改局"], []),
        # the note closes the list's line
        ("3.推进。责任单位：县教体局（责任人：王强）\n配合单位：县财政局", ["县教体局"], ["县财政局"]),
    ],
)
def test_person_labels_that_stay_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_person_notes_scale(n: int) -> None:
    text = "3.推进。责任单位：" + "、".join(["县甲局（责任人：王强）"] * n)
    assert extract_units(text).lead == ["县甲局"]
    near = "3.推进。责任单位：县甲局" + "（责任人：王强" * n  # never closed
    assert extract_units(near) is not None


# --- a level's school for adults -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "7.开展培训。（市老龄办、市教育局牵头，团市委、市老年大学配合）",
            ["市老龄办", "市教育局"],
            ["团市委", "市老年大学"],
        ),
        ("7.开展培训。市老龄办牵头，团市委、市老年大学配合。", ["市老龄办"], ["团市委", "市老年大学"]),
        (
            "9.推进学历教育。（县教体局牵头，县委党校、县开放大学配合）",
            ["县教体局"],
            ["县委党校", "县开放大学"],
        ),
        ("8.发展老年教育。县老年大学牵头，各乡镇老年学校配合。", ["县老年大学"], ["各乡镇老年学校"]),
    ],
)
def test_adult_schools_are_units(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("16.推进合作。引进南昌大学，县科技局牵头。", ["县科技局"], []),
        ("17.推进合作。对接清华大学，县科技局牵头，县财政局配合。", ["县科技局"], ["县财政局"]),
        ("11.鼓励老年人报读老年大学，开设课程200门。", [], []),
    ],
)
def test_other_universities_stay_objects(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))
