"""Round 41e: units in prose clauses (会议纪要 议定事项, 建议/提案 交办, 督办, 工作要点).

- "A、B按照职责分别负责" (按职责分别负责): each body is responsible in its own field, so all lead.
- "由X负责统筹协调（负责统筹）, Y按职责分工推进/组织实施": the coordinating body leads, the others take part.
- "Y等为成员单位" / "Y会办": the members and the 会办 units of a 建议 take part.
- a body that only gives technical guidance ("市水利局做好技术指导", "县农业农村局指导支持",
  "由乡农业服务中心负责技术指导，各村具体实施") is no unit of the task.
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


# --- 按照职责分别负责 -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "落实稳岗返还政策。简化申领流程，市人社局、市财政局按照职责分别负责。",
            ["市人社局", "市财政局"],
            [],
        ),
        (
            "加强校外培训监管。开展联合检查，区教育局、区市场监管局、区公安分局按职责分别负责。",
            ["区教育局", "区市场监管局", "区公安分局"],
            [],
        ),
        (
            "規範寵物診療機構。開展專項檢查，縣農業農村局、縣市場監管局按照職責分別負責。",
            ["縣農業農村局", "縣市場監管局"],
            [],
        ),
        (
            "整治占道经营。开展集中整治（县城管局牵头，县公安局、县交通运输局按照职责分别负责）。",
            ["县城管局"],
            ["县公安局", "县交通运输局"],
        ),
    ],
)
def test_fenbie_fuze_by_duty(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "完善考核办法。各单位要按照职责分别负责本领域的统计报送工作。",
        "加强调度。各成员单位按照职责分别负责，定期报送进展。",
    ],
)
def test_fenbie_fuze_without_bodies(text: str) -> None:
    assert _units(text) == ([], [])


# --- 负责统筹协调 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "建设社区食堂。在老旧小区布局一批社区食堂，由市民政局负责统筹协调，各区人民政府按职责分工推进。",
            ["市民政局"],
            ["各区人民政府"],
        ),
        (
            "举办农民运动会。由县农业农村局负责统筹协调，县总工会、团县委按职责分工组织实施。",
            ["县农业农村局"],
            ["县总工会", "团县委"],
        ),
        (
            "二是强化要素保障。由县自然资源局负责统筹协调，县发改局、县人社局按职责分工抓好落实。",
            ["县自然资源局"],
            ["县发改局", "县人社局"],
        ),
    ],
)
def test_tongchou_leads(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "建立联席会议制度。负责统筹协调全县重大项目推进中的困难问题，按职责分工推进。",
        "加强统筹。各地要负责统筹协调辖区内的项目建设，有关部门按职责分工推进。",
    ],
)
def test_tongchou_without_bodies(text: str) -> None:
    assert _units(text) == ([], [])


# --- 成员单位, 会办 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "开展火源管控。严查违规用火，市林业局为牵头单位，市公安局、市应急管理局等为成员单位。",
            ["市林业局"],
            ["市公安局", "市应急管理局"],
        ),
        (
            "加强队伍建设。区应急管理局为牵头单位，各街道办事处为成员单位。",
            ["区应急管理局"],
            ["各街道办事处"],
        ),
        (
            "（一）关于加快城乡公交一体化的建议。该建议由市交通运输局主办，市财政局、市发展改革委会办。",
            ["市交通运输局"],
            ["市财政局", "市发展改革委"],
        ),
        (
            "（二）关于整治农村人居环境的建议。由县农业农村局主办，县生态环境局、县住房和城乡建设局会办。",
            ["县农业农村局"],
            ["县生态环境局", "县住房和城乡建设局"],
        ),
    ],
)
def test_members_and_huiban_take_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("加强协调。各成员单位要密切配合，形成合力。", [], []),
        ("召开联席会议。定期召开会办会议，研究解决重大问题。", [], []),
    ],
)
def test_members_huiban_not_units(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 技术指导 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("推进户厕改造。各乡镇（街道）负责组织实施，县农业农村局负责业务指导。", ["各乡镇（街道）"], []),
        ("开展河道清淤。由各县（市、区）组织实施，市水利局做好技术指导。", ["各县（市、区）"], []),
        (
            "推进水库除险加固。各县（市、区）人民政府负责，市水利局、市财政局指导支持。",
            ["各县（市、区）人民政府"],
            [],
        ),
        ("发展特色种植。由乡农业服务中心负责技术指导，各村具体实施。", ["各村"], []),
    ],
)
def test_technical_guide_is_none(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("推进户厕改造。县农业农村局牵头，各乡镇负责组织实施。", ["县农业农村局"], ["各乡镇"]),
        ("开展技术培训。县农业农村局负责技术指导员培训，各乡镇配合。", ["县农业农村局"], ["各乡镇"]),
        ("整治环境卫生。各有关单位负责，县城管局做好技术指导。", [], []),
    ],
)
def test_technical_guide_not_firing(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a clause between commas after a sentence opening that looks like a name; every town closing --


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "（二）培育收储主体。扶持发展秸秆收储运合作社，镇经济发展办具体负责，镇财政所积极配合。",
            ["镇经济发展办"],
            ["镇财政所"],
        ),
        (
            "3.壮大合作组织。规范提升农民专业合作社，县农业农村局负责，县供销社配合。",
            ["县农业农村局"],
            ["县供销社"],
        ),
        (
            "（一）发展林下经济。扩大林下种植面积，由乡林业站负责技术指导，各村具体实施。",
            ["各村"],
            [],
        ),
    ],
)
def test_comma_and_closing_clauses(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("加强统筹。完成排查整改，各有关部门负责组织实施。", [], []),
        ("开展培训。依托县农民专业合作社，组织种植大户参加培训，提升技能水平。", [], []),
        ("推进改造。由县住建局牵头，县科协负责技术指导培训，各乡镇具体实施。", ["县住建局"], ["各乡镇"]),
    ],
)
def test_comma_and_closing_not_firing(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a body, a colon, then 牵头 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "开展危化品整治。市应急管理局：牵头组织开展危化品企业隐患排查，市公安局、市交通运输局配合做好运输监管。",
            ["市应急管理局"],
            ["市公安局", "市交通运输局"],
        ),
        ("推进施工安全治理。县住建局：牵头开展建筑施工专项检查，各乡镇配合。", ["县住建局"], ["各乡镇"]),
        ("加强消防管理。區消防救援大隊：牽頭開展高層建築消防檢查。", ["區消防救援大隊"], []),
    ],
)
def test_subject_colon_leads(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("加强组织领导。工作要求：牵头部门要主动担当，配合部门要积极支持。", [], []),
        ("完善机制。牵头单位：县发改局；配合单位：县财政局。", ["县发改局"], ["县财政局"]),
    ],
)
def test_subject_colon_not_firing(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a matter handed to bodies: 交由X办理 ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "一、城南夜间施工扰民问题。交由区住建局办理，区生态环境分局协助调查。",
            ["区住建局"],
            ["区生态环境分局"],
        ),
        (
            "二、关于农村道路破损的诉求\n交市交通运输局办理，市公路中心配合。",
            ["市交通运输局"],
            ["市公路中心"],
        ),
        ("三、充电设施不足问题。交由县消防救援大队会同县住建局办理。", ["县消防救援大队"], ["县住建局"]),
        ("四、關於路燈損壞的訴求\n交由縣城管局辦理。", ["縣城管局"], []),
    ],
)
def test_handed_matters(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "关于投诉。交警大队办理。",
        "关于投诉。办理结果及时反馈，交办事项限期办理。",
        "关于投诉。及时转交有关部门办理。",
    ],
)
def test_handed_not_firing(text: str) -> None:
    assert _units(text) == ([], [])


# --- a town by its name opens a duty sentence ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "清理卫生死角。县城管局负责主次干道清扫保洁；城关镇负责背街小巷环境整治。",
            ["县城管局", "城关镇"],
            [],
        ),
        (
            "整治市场环境。区市场监管局负责市场经营秩序管理；东湖街道办事处负责周边环境整治。",
            ["区市场监管局", "东湖街道办事处"],
            [],
        ),
        (
            "修缮古村落。县文旅局负责修缮方案审核；石门乡人民政府负责组织施工。",
            ["县文旅局", "石门乡人民政府"],
            [],
        ),
    ],
)
def test_named_town_duty(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("清理卫生死角。县城管局负责主次干道清扫保洁；重点乡镇负责背街小巷整治。", ["县城管局"], []),
        ("打造特色小镇。特色小镇负责培育主导产业，形成示范效应。", [], []),
    ],
)
def test_named_town_not_firing(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)
