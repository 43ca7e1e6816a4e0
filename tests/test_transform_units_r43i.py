"""Round 43i: units in prose, the misses round 43 left open (a short pass).

- A guiding clause that closes a sentence with a helping word before its guiding verb (lexicon
  units_guide_helpers: 协助, 配合) takes part: "…负责市场改造，区市场监管局协助指导。" (transform/unit_guided.py).
- A village's or a community's service centre opens a 负责 sentence like its other organs (lexicon
  units_village_centres: 服务中心, 服务站; only there, a project row "社区养老服务站" is none).
- 组织 ends the bodies after 会同/联合 ("联合市农业农村局组织…") but not inside 县委组织部 (lexicon units_roles
  joint_name_stops, joint_stop_guards; transform/unit_joint_stops.py).
- Beside a 配合 clause, a body charged with 要 and a verb of oversight (lexicon units_charge_verbs: 督促, 督导)
  leads on any page: "县城市管理局要督促燃气企业…，各乡镇（街道）要配合…"; "县水利局要加强…" still names no
  role outside minutes (round 39k).
- A 负责 clause after a comma leads when its sentence opens with a 负责 piece of no body (not 由…):
  "帮扶单位负责协调项目资金，红星村村委会负责组织实施" (transform/unit_joint.py).
- After a 会同/联合 sentence, a 负责 piece of named bodies or every town takes part, as after a 牵头 piece:
  "县水利局会同县财政局争取资金，各乡镇人民政府负责入户工程" (transform/unit_objects.py).
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- a helper that guides takes part ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "二、农贸市场。北关街道办事处负责市场改造，区市场监管局协助指导。",
            ["北关街道办事处"],
            ["区市场监管局"],
        ),
        (
            "（三）校园食堂。县教育局负责落实主体责任，县市场监管局配合做好业务指导。",
            ["县教育局"],
            ["县市场监管局"],
        ),
        ("3.河道保洁。各乡镇负责日常保洁，县水利局协助做好技术指导。", ["各乡镇"], ["县水利局"]),
        ("四、健全管護機制。各鄉鎮人民政府負責，縣水利局協助指導。", ["各鄉鎮人民政府"], ["縣水利局"]),
    ],
)
def test_helper_that_guides_takes_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "二、农贸市场。北关街道办事处负责市场改造，区市场监管局指导。",
        "二、农贸市场。北关街道办事处负责市场改造，区市场监管局做好业务指导。",
        "二、农贸市场。红旗街道办事处负责市场改造，区市场监管局负责指导。",
    ],
)
def test_plain_guide_stays_none(text: str) -> None:
    lead, part = _units(text)
    assert part == [] and "区市场监管局" not in lead


# --- a community's service centre ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("三、环境卫生。社区物业服务中心负责小区日常保洁。", ["社区物业服务中心"]),
        ("（二）健康随访。社区卫生服务中心负责老年人健康随访。", ["社区卫生服务中心"]),
        ("3.代办服务。村便民服务站负责代办社保缴费。", ["村便民服务站"]),
        ("四、文化活动。幸福社区党群服务中心负责组织广场舞比赛。", ["幸福社区党群服务中心"]),
    ],
)
def test_service_centre_leads(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize(
    "text",
    [
        "二、就业服务。社区服务中心工作人员负责登记。",
        "三、环境卫生。物业服务中心负责小区日常保洁。",
        "一、网格。社区网格员负责每日巡查。",
    ],
)
def test_not_a_service_centre(text: str) -> None:
    assert _units(text) == ([], [])


# --- 组织 after the bodies of 会同/联合 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "一是抓好货源组织。市商务局牵头，联合市农业农村局组织重点批发市场增加储备。",
            ["市商务局"],
            ["市农业农村局"],
        ),
        (
            "（三）文艺汇演。由县文化广电和旅游局牵头，联合县总工会、团县委组织各乡镇开展文艺汇演。",
            ["县文化广电和旅游局"],
            ["团县委", "县总工会"],
        ),
        ("4.职工技能竞赛。區人社局牵头，會同區總工會組織技能大賽。", ["區人社局"], ["區總工會"]),
        # 组织部 is a name: the bodies end at the work verb after it
        (
            "二、干部培训。县委党校牵头，会同县委组织部组织全县村干部轮训。",
            ["县委党校"],
            ["县委组织部"],
        ),
        (
            "二、干部培训。县委党校牵头，会同县委组织部、县人社局开展村干部轮训。",
            ["县委党校"],
            ["县人社局", "县委组织部"],
        ),
        (
            "一、外贸。市商务局牵头，会同市对外经济合作办公室开展招商。",
            ["市商务局"],
            ["市对外经济合作办公室"],
        ),
    ],
)
def test_organize_ends_joint_bodies(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- 要督促 beside a 配合 clause ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "一、城镇燃气安全。县城市管理局要督促燃气企业开展入户安检，各乡镇（街道）要配合做好宣传。",
            ["县城市管理局"],
            ["各乡镇（街道）"],
        ),
        (
            "（二）校园周边整治。区市场监管局要督促学校周边食品摊点落实索证索票，区公安分局配合。",
            ["区市场监管局"],
            ["区公安分局"],
        ),
        (
            "3.秸秆禁烧。縣生態環境分局要督導各鄉鎮開展巡查，縣公安局要配合做好執法。",
            ["縣生態環境分局"],
            ["縣公安局"],
        ),
    ],
)
def test_oversight_charge_leads(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("（二）校园周边整治。区市场监管局要加强校园周边食品摊点检查，区公安分局配合。", ["区公安分局"]),
        ("三、做好水利保障。县水利局要加强水库调度，各乡镇要配合做好灌溉用水管理。", ["各乡镇"]),
    ],
)
def test_plain_charge_names_no_lead(text: str, part: list[str]) -> None:
    assert _units(text) == ([], part)


# --- hostile scale (no wall-clock assertion: the timeout guards a hang) ---------------------------------


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "piece",
    [
        "北关街道办事处负责市场改造，区市场监管局协助指导。",
        "市商务局牵头，联合市农业农村局组织重点批发市场增加储备。",
        "县城市管理局要督促燃气企业开展入户安检，各乡镇（街道）要配合做好宣传。",
        "社区物业服务中心负责小区日常保洁。",
        "联合县委组织部组织组织组织",
    ],
)
def test_large_size(piece: str) -> None:
    extract_units("一、工作。" + piece * 2000)


# --- a 负责 clause after a 负责 piece of no body -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "一、产业发展。帮扶单位负责协调项目资金，红星村村委会负责组织实施，新建蔬菜大棚20个。",
            ["红星村村委会"],
        ),
        (
            "（二）人居环境。驻村工作队负责督导检查，青山村村委会负责组织村民开展清洁行动。",
            ["青山村村委会"],
        ),
        ("3.安置帮扶。結對幫扶幹部負責入戶走訪，城關鎮人民政府負責落實安置房分配。", ["城關鎮人民政府"]),
        ("四、项目建设。施工单位负责按期完工，县住建局负责质量监管。", ["县住建局"]),
    ],
)
def test_duty_after_a_duty_of_no_body(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize(
    "text",
    [
        "一、产业发展。帮扶单位负责协调项目资金，村民负责出工出力。",
        "三、资金。帮扶单位负责协调资金，各有关部门负责配合。",
        "（三）由县发改局负责统筹，县教体局负责落实，确保按期完成。",
        "一、产业发展。由帮扶单位负责协调资金，红星村村委会负责组织实施。",
    ],
)
def test_duty_after_duty_names_no_body(text: str) -> None:
    assert _units(text) == ([], [])


@pytest.mark.timeout(30)
@pytest.mark.parametrize("piece", ["帮扶单位负责协调资金，", "帮扶单位负责协调资金，红星村村委会负责"])
def test_duty_after_duty_large_size(piece: str) -> None:
    extract_units("一、工作。" + piece * 2000)


# --- a 负责 share after a 会同/联合 sentence --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "二、推进管网延伸。县水利局会同县财政局争取专项债券资金，各乡镇人民政府负责入户工程。",
            ["县水利局"],
            ["县财政局", "各乡镇人民政府"],
        ),
        (
            "二、推進管網延伸。縣水利局會同縣財政局爭取專項債券資金，各鄉鎮人民政府負責入戶工程。",
            ["縣水利局"],
            ["縣財政局", "各鄉鎮人民政府"],
        ),
        (
            "（三）农村公路养护。县交通运输局联合县财政局制定养护补助办法，各乡镇人民政府负责日常养护。",
            ["县交通运输局"],
            ["县财政局", "各乡镇人民政府"],
        ),
        (
            "4.校园安全。县教育局会同县公安局开展校园周边整治，县市场监管局负责食品安全检查。",
            ["县教育局"],
            ["县公安局", "县市场监管局"],
        ),
    ],
)
def test_share_after_joint_sentence(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "二、推进管网延伸。县水利局会同县财政局争取专项债券资金，各有关单位负责配合。",
        "二、推进管网延伸。县水利局会同县财政局争取专项债券资金，确保按期完成。",
        "三、监测。县水利局会同县财政局争取资金。村民负责看护。",
    ],
)
def test_joint_sentence_alone(text: str) -> None:
    assert _units(text) == (["县水利局"], ["县财政局"])


@pytest.mark.timeout(30)
def test_share_after_joint_large_size() -> None:
    extract_units("一、工作。" + "县水利局会同县财政局争取资金，各乡镇人民政府负责入户工程，" * 2000)


def test_service_centre_as_a_project_row_is_no_unit() -> None:
    from transform.document import parse_document

    text = (
        "某县2025年民生实事项目清单\n序号 | 项目名称 | 建设内容\n"
        "1 | 城区道路提升工程 | 改造城区道路6条。\n2 | 社区养老服务站 | 新建社区养老服务站5个。\n"
        "3 | 村便民服务中心 | 改造村便民服务中心3个。"
    )
    tasks = parse_document(text, source="t.txt", is_text=True).tasks
    assert all(not t["lead_units"] and not t["participating_units"] for t in tasks)
