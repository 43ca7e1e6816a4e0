"""Round 43h: units the first wave of round 43 named (labels, names and prose together).

- A 会同 sentence may open after a comma, its subject a body printed with its level
  (transform/unit_joint.py): "会议原则同意《…》，市住建局会同市自然资源局抓紧修改完善" -> lead 市住建局,
  市自然资源局 takes part; prose after a comma ("…，要会同有关部门…") names none.
- A village's own organs open a sentence with 负责 like a body printed with its level (lexicon
  units_village_organs.txt): "村委会负责组织村民投工投劳", "社区居委会负责逐户登记"; a section naming them is
  a task; persons (村干部, 村民) are none.
- A village or community by its name before its organ ("红星村村委会", "幸福社区党支部") and a county or district by its name with its government
  ("青溪区人民政府") open a 负责 sentence the same way (transform/unit_joint.py).
- A body whose level stands inside its name (团市委, 团县委: lexicon units_level_inside.txt) opens a
  负责 sentence like one printed with its level; 团支部, 共青团员 are none.
- 交 before a town by its name hands the matter to it (transform/unit_handed.py):
  "交城关街道办事处调查处理，县生态环境分局协助" -> lead the street office; 交通/交界 are words.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- a 会同 sentence after a comma -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "二、修订停车管理办法。会议原则同意《城区停车管理办法（修订稿）》，县住房和城乡建设局会同县公安局交通管理大队抓紧修改完善后按程序印发。",
            ["县住房和城乡建设局"],
            ["县公安局交通管理大队"],
        ),
        (
            "（三）老旧小区加装电梯。经研究，区住建局会同区财政局制定补助细则，年底前出台。",
            ["区住建局"],
            ["区财政局"],
        ),
        (
            "3.推进智慧农贸市场改造。为方便群众，市商务局要会同市市场监管局做好改造方案编制。",
            ["市商务局"],
            ["市市场监管局"],
        ),
        (
            "四、规范校外培训。會議同意《實施方案》，縣教育局會同縣市場監管局開展專項檢查。",
            ["縣教育局"],
            ["縣市場監管局"],
        ),
    ],
)
def test_joint_sentence_after_comma(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        # prose after a comma: no body printed with its level before 会同
        "五、加强协同。会议同意该方案，要会同有关部门抓紧完善。",
        "六、强化监管。对发现的问题，各乡镇要会同相关单位及时整改。",
    ],
)
def test_joint_sentence_after_comma_names_no_prose(text: str) -> None:
    assert _units(text) == ([], [])


# --- a village's own organs -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("三、沟渠清淤。村委会负责组织村民投工投劳。", ["村委会"]),
        ("2.入户摸排。社区居委会负责逐户登记造册。", ["社区居委会"]),
        ("（四）庭院美化。村妇联负责开展“美丽庭院”评比活动。", ["村妇联"]),
        ("五、夜间巡防。村治安巡逻队负责每晚巡查重点路段。", ["村治安巡逻队"]),
        ("一、殡葬改革。村红白理事会負責制定簡辦標準。", ["村红白理事会"]),
    ],
)
def test_village_organ_duty(text: str, lead: list[str]) -> None:
    assert _units(text)[0] == lead


@pytest.mark.parametrize(
    "text",
    [
        "3.宣传发动。村干部负责带头宣传。",
        "（二）门前三包。村民负责自家门前卫生。",
        "四、环境整治。村庄负责人要切实履职。",
    ],
)
def test_village_persons_name_no_unit(text: str) -> None:
    assert _units(text) == ([], [])


def test_village_plan_sections_are_tasks() -> None:
    page = (
        "桃源村2026年村庄清洁行动分工\n"
        "一、垃圾收运。村保洁队负责每日收运。\n"
        "二、沟渠清淤。村委会负责组织村民投工投劳。\n"
        "桃源村村民委员会\n2026年3月1日\n"
    )
    doc = parse_document(page.encode(), source="x.txt", is_text=True)
    assert [t["title"] for t in doc.tasks] == ["垃圾收运", "沟渠清淤"]


# --- 交 before a town by its name --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "3.菜市场噪音扰民问题。交城关街道办事处调查处理，县生态环境分局协助。",
            ["城关街道办事处"],
            ["县生态环境分局"],
        ),
        ("2.群众反映路灯不亮。交柳林镇人民政府办理。", ["柳林镇人民政府"], []),
        ("（五）违建问题。交东湖街道调查处置，县自然资源局配合。", ["东湖街道"], ["县自然资源局"]),
        ("六、鄰里糾紛。交白沙鄉人民政府調處。", ["白沙鄉人民政府"], []),
    ],
)
def test_handed_to_named_town(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "4.交通秩序问题。交通运输部门要加强管理。",
        "5.交界地带问题。交界乡镇协同处理。",
        "7.交流学习。交流乡镇经验办理。",
    ],
)
def test_jiao_words_hand_nothing(text: str) -> None:
    assert _units(text) == ([], [])


# --- named villages, service centres, a named district's government --------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("一、产业发展。红星村村委会负责组织实施。", ["红星村村委会"], []),
        ("2.邻里互助。幸福社区居委会负责组建互助小组。", ["幸福社区居委会"], []),
        ("三、党建引领。幸福社区党支部负责组织党员志愿服务。", ["幸福社区党支部"], []),
        (
            "三、赛道环境整治。青溪区人民政府负责赛道沿线环境卫生整治，市园林局协助做好绿化提升。",
            ["青溪区人民政府"],
            ["市园林局"],
        ),
        ("（二）库区移民。石门县人民政府負責安置房建設。", ["石门县人民政府"], []),
    ],
)
def test_named_village_and_district_bodies(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "4.便民服务。服务中心负责代办各类事项。",
        "5.人居环境。全体村民村前屋后负责保洁。",
        "6.政策宣传。县人民政府办公室的负责同志要带头。",
    ],
)
def test_named_bodies_not_read_from_prose(text: str) -> None:
    assert _units(text) == ([], [])


# --- a level inside the name (团市委) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("四、志愿服务组织。团市委负责招募培训赛事志愿者。", ["团市委"], []),
        ("2.青年就业。團縣委負責組織青年就業見習。", ["團縣委"], []),
        ("（三）暑期活动。团区委负责组织“七彩假期”活动，区教育局配合。", ["团区委"], ["区教育局"]),
    ],
)
def test_level_inside_name(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "4.团员发展。团支部负责组织推优。",
        "5.宣传引导。共青团员负责带头示范。",
    ],
)
def test_level_inside_name_not_prose(text: str) -> None:
    assert _units(text) == ([], [])
