"""Round 44a: units of whole plans in new genres (托育, 农村客运, 快递进村, 首店经济, 新污染物 …).

- A group lead mark after the last name of a 、-group makes every name of the group lead
  (transform/unit_marks.py `spread_group_marks`, lexicon units_role_marks group_lead):
  "市卫健委、市农业农村局（分别牵头）" -> both lead; "鼓楼区政府、台江区政府〔分别牵头〕，市商务局" -> the
  two lead and 市商务局 takes part.
- One-character marks of a 责任分工 list are read as 牵头 / 配合 (`read_marks`, short_lead / short_part):
  "县卫健局（主）、县医保局（协）" -> 县卫健局 leads, 县医保局 takes part.
- A name run on right after a role mark is a name of its own: "县发改局（牵头）县财政局" -> 县发改局 leads,
  县财政局 takes part.
- 联动单位 / 辅助单位 (and 部门) are participating labels (units_roles.toml [labels]).
"""

from __future__ import annotations

import pytest

from transform.unit_marks import read_marks, spread_group_marks
from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- a group lead mark (分别牵头 / 共同牵头) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "6．规范抗生素类药品使用管理。试点养殖场达到40家。\n责任单位：市卫生健康委员会、市农业农村局（分别牵头）",
            ["市农业农村局", "市卫生健康委员会"],
            [],
        ),
        (
            "5.建设首发中心。在核心商圈建设新品首发中心2个。（鼓楼区人民政府、台江区人民政府〔分别牵头〕，市商务局）",
            ["台江区人民政府", "鼓楼区人民政府"],
            ["市商务局"],
        ),
        (
            "3.建设实训基地。建成公共实训基地6个。\n责任单位：县人社局、县教育局（共同牵头）；县财政局、县发改局",
            ["县人社局", "县教育局"],
            ["县发改局", "县财政局"],
        ),
        (
            "（二）推进医养结合。新建医养结合机构3家。（责任单位：县民政局、县卫健局【联合牵头】，各乡镇人民政府）",
            ["县卫健局", "县民政局"],
            ["各乡镇人民政府"],
        ),
        (
            "2.修訂村規民約。修訂完善率達到100%。\n責任單位：縣民政局、縣司法局（分別牽頭），各鄉鎮人民政府",
            ["縣司法局", "縣民政局"],
            ["各鄉鎮人民政府"],
        ),
    ],
)
def test_group_lead_mark_leads_its_group(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a plain mark inside a 、-run marks its own name only
        (
            "1.建设中心。新建2个。\n责任单位：县发改局、县财政局（牵头）、县卫健局",
            ["县财政局"],
            ["县发改局", "县卫健局"],
        ),
        # no mark: every responsible unit leads
        (
            "1.建设中心。新建2个。\n责任单位：县教育局、县卫健局，县财政局",
            ["县卫健局", "县教育局", "县财政局"],
            [],
        ),
    ],
)
def test_group_lead_mark_not_without_the_mark(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


def test_spread_group_marks_keeps_names_without_a_mark() -> None:
    names = [("县发改局", "县发改局"), ("县财政局", "县财政局")]
    assert spread_group_marks(names, ["", "、"]) == names


# --- one-character marks (主) / (协) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("1.建设中心。新建2个。\n牵头单位：县卫健局（第一责任单位）；县医保局", ["县卫健局"], ["县医保局"]),
        (
            "2.推进医养结合。新建机构3家。\n责任单位：县卫健局（主责单位）、县医保局（协办单位）、县财政局（协同单位）",
            ["县卫健局"],
            ["县医保局", "县财政局"],
        ),
        ("3.开展巡查。每月2次。\n责任单位：县城管局〈牵头〉、县公安局", ["县城管局"], ["县公安局"]),
        ("4.開展巡查。每月2次。\n責任單位：縣城管局、縣公安局〈牽頭〉", ["縣公安局"], ["縣城管局"]),
    ],
)
def test_role_nouns_and_angle_marks_read_as_roles(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("县卫健局（县中医药管理局）、县医保局", "县卫健局（县中医药管理局）、县医保局"),
        ("县协和医院、县第一人民医院", "县协和医院、县第一人民医院"),
        ("县<数据>中心、县财政局", "县<数据>中心、县财政局"),
    ],
)
def test_role_nouns_not_in_names(value: str, expected: str) -> None:
    assert read_marks(value, value) == (expected, expected)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "1.建设胸痛中心。通过省级验收。\n责任单位：县卫健局（主）、县医保局（协）、县财政局（协）",
            ["县卫健局"],
            ["县医保局", "县财政局"],
        ),
        (
            "4.推行日间手术。日间手术占比达到15%。\n责任科室：医务科(主)，麻醉科(协)、手术室(协)",
            ["医务科"],
            ["手术室", "麻醉科"],
        ),
        (
            "2.開展巡查。每月不少於2次。\n責任單位：縣城管局（主）、縣公安局（協）",
            ["縣城管局"],
            ["縣公安局"],
        ),
    ],
)
def test_short_marks_read_as_roles(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # a bracket that names a campus or an office is part of the name
        ("县人民医院（主院区）、县中医院", "县人民医院（主院区）、县中医院"),
        ("县医保局（协议管理科）、县卫健局", "县医保局（协议管理科）、县卫健局"),
        # a 主 that is no bracketed mark
        ("县主城区管委会、县财政局", "县主城区管委会、县财政局"),
    ],
)
def test_short_marks_not_in_names(value: str, expected: str) -> None:
    assert read_marks(value, value) == (expected, expected)


# --- a name run on after a mark -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("1.建设中心。新建2个。\n责任单位：县发改局（牵头）县财政局", ["县发改局"], ["县财政局"]),
        (
            "3.推进共同配送。开通配送线路12条。（县邮政管理局（牵头）县交通运输局、县商务局）",
            ["县邮政管理局"],
            ["县交通运输局", "县商务局"],
        ),
        (
            "2.强化监管。检查覆盖率100%。\n责任单位：市场监管所（牵头）各村（社区）",
            ["市场监管所"],
            ["各村（社区）"],
        ),
    ],
)
def test_name_run_on_after_mark(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("县发改局（牵头）负责", "县发改局（牵头）负责"),  # a verb after the mark, no name
        ("县发改局（牵头）、县财政局", "县发改局（牵头）、县财政局"),  # a separator already there
    ],
)
def test_no_separator_added_without_a_name(value: str, expected: str) -> None:
    assert read_marks(value, value) == (expected, expected)


# --- 联动单位 / 辅助单位 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "1.建立救助机制。救助率达到100%。\n牵头单位：县民政局；联动单位：县公安局、县卫健局",
            ["县民政局"],
            ["县公安局", "县卫健局"],
        ),
        (
            "2.开展巡河。每月不少于4次。\n牵头部门：县水利局\n辅助部门：县生态环境分局",
            ["县水利局"],
            ["县生态环境分局"],
        ),
        (
            "3.建设站点。新建站点12个。（牵头单位：县商务局，辅助单位：县供销社、县邮政分公司）",
            ["县商务局"],
            ["县供销社", "县邮政分公司"],
        ),
    ],
)
def test_linked_and_backing_units_take_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("1.建立联动机制。各联动单位要加强协作。\n责任单位：县应急管理局", ["县应急管理局"], []),
        ("2.完善辅助单位名录。建立名录1个。\n牵头单位：县民政局", ["县民政局"], []),
    ],
)
def test_linked_words_in_prose_are_no_label(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.timeout(30)
def test_marks_linear_on_a_long_list() -> None:
    for n in (500, 2000, 8000):
        value = "县发改局（牵头）县财政局、" * n
        out, _ = read_marks(value, value)
        assert out.count("、") == 2 * n
        near = "县发改局（主院区）、" * n
        assert read_marks(near, near)[0] == near


# --- a dash in place of a label's colon -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("4.强化考核。考核覆盖率100%。\n责任单位——县政府督查室", ["县政府督查室"], []),
        (
            "2.整治撂荒地。复耕0.6万亩。\n牵头单位—县农业农村局；配合单位—县自然资源局、各乡镇人民政府",
            ["县农业农村局"],
            ["县自然资源局", "各乡镇人民政府"],
        ),
        ("3.建设站点。新建12个。\n牵头部门——县商务局\n配合部门——县供销社", ["县商务局"], ["县供销社"]),
        ("1.開展普查。普查率100%。\n責任單位——縣統計局", ["縣統計局"], []),
    ],
)
def test_dash_in_place_of_colon(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a dash before a label is a bullet, as before
        (
            "1.林药种植。新增8万亩。\n——牵头单位：县林业局\n——配合单位：县农业农村局",
            ["县林业局"],
            ["县农业农村局"],
        ),
        # a label word before a dash that no name follows
        ("5.完善机制。建立“责任单位—专班—专员”机制。\n牵头单位：县商务局", ["县商务局"], []),
        ("6.落实责任。明确责任单位—2024年底前完成。\n牵头单位：县商务局", ["县商务局"], []),
    ],
)
def test_dash_not_a_label_without_its_noun(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a deadline after a dash ends the name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("1.建设中心。新建2个。\n责任单位：县教育局——2024年底前", ["县教育局"]),
        ("2.开展培训。培训500人次。\n责任单位：县人社局、县财政局—2025年6月", ["县人社局", "县财政局"]),
        ("3.加强宣传。开展活动20场。\n责任单位：县委宣传部——持续推进", ["县委宣传部"]),
    ],
)
def test_dashed_deadline_ends_the_name(text: str, lead: list[str]) -> None:
    assert _units(text) == (sorted(lead), [])


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "1.建设中心。新建2个。\n责任单位：县教育局—王刚",
            ["县教育局"],
        ),  # a person after the dash, as before
        ("1.建设中心。新建2个。\n责任单位：县发改局、县财政局", ["县发改局", "县财政局"]),
    ],
)
def test_dashed_deadline_not_without_a_date(text: str, lead: list[str]) -> None:
    assert _units(text) == (sorted(lead), [])


# --- a note that names who does the work inside the lead body ------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("5.完善机制。建立机制1个。\n牵头单位：县商务局（具体由县电商服务中心承担）", ["县商务局"], []),
        (
            "2.开展教研。开展活动10次。\n牵头单位：县教育局（具体由县教研室负责）；配合单位：县财政局",
            ["县教育局"],
            ["县财政局"],
        ),
        (
            "3.建设平台。建设平台1个。\n责任单位：县数据局（具体由县大数据中心实施）、县财政局",
            ["县数据局", "县财政局"],
            [],
        ),
    ],
)
def test_note_of_who_does_it_is_cut(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "1.建设中心。新建2个。\n责任单位：县委宣传部（县委网信办）、县公安局",
            ["县委宣传部（县委网信办）", "县公安局"],
        ),
        ("1.建设中心。新建2个。\n责任单位：县卫健局（县中医药管理局）", ["县卫健局（县中医药管理局）"]),
    ],
)
def test_bracketed_second_name_stays(text: str, lead: list[str]) -> None:
    assert _units(text) == (sorted(lead), [])


# --- the service providers a plan sets to work (units_collectives.txt) --------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "3.推进物业履责。签订责任书76份。县住建局牵头，各物业服务企业配合。",
            ["县住建局"],
            ["各物业服务企业"],
        ),
        (
            "4.开展入户安检。安检覆盖率100%。县城管局牵头，各燃气经营企业、各乡镇配合。",
            ["县城管局"],
            ["各燃气经营企业", "各乡镇"],
        ),
        ("5.推进快递进村。覆盖率100%。县邮政管理局牵头，各快递企业配合。", ["县邮政管理局"], ["各快递企业"]),
        ("6.落实医保支付。县医保局牵头，各定点医疗机构配合。", ["县医保局"], ["各定点医疗机构"]),
    ],
)
def test_service_providers_take_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # the providers as the object of the work: no unit
        ("7.开展培训。组织各快递企业开展安全培训，培训500人次。\n责任单位：县邮政管理局", ["县邮政管理局"]),
        ("8.加强监管。督促各燃气企业落实安全责任。县城管局负责。", ["县城管局"]),
    ],
)
def test_service_providers_as_objects_are_no_units(text: str, lead: list[str]) -> None:
    assert _units(text) == (sorted(lead), [])
