"""Round 42a: units in prose clauses of new genres (会议纪要 议定事项, 政府工作报告 分工, 巡察 and 审计 整改,
河长制 and 林长制 duties, 新闻发布会 answers, 提案 办理, traditional mirrors).

- A meeting's request or charge without a role verb: "请县财政局尽快拨付…", "会议要求县城投公司加快…"
  -> the bodies lead (transform/unit_requests.py); a share after it ("，县住建局做好资金使用监管") leads too.
- "区教育局要统筹安排资金，…": a body that arranges the means leads (units_object_clauses.toml).
- New role verbs (units_roles.toml [verbs]): 是第一责任单位, 挂帅, 承担(整改)主体责任 lead; 履行监管责任,
  协助办理, 配合核查 take part; 按职责抓好整改 implements; 依法查处 is responsible.
- After a 牵头 piece, every town's 负责 piece with its work takes part ("各乡镇人民政府负责辖区河道清障");
  after "由X具体实施" a share piece takes part.
- A role verb alone after a PDF line break takes the names before the break ("县农业农村局\n牵头，…").
- Every town opening a sentence with 负责 and its work is responsible ("各街道办事处负责组织社区排查。").
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- a meeting's request or charge -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("关于征收补偿资金。请县财政局尽快拨付第二批补偿资金。", ["县财政局"], []),
        ("关于安置房建设。会议要求县城投公司加快安置房主体施工，确保年底前交付。", ["县城投公司"], []),
        ("關於供水管網改造問題。請縣財政局盡快撥付改造資金。", ["縣財政局"], []),
        ("会议同意安排维修资金，请区财政局、区教育局抓紧落实。", ["区教育局", "区财政局"], []),
        ("关于路灯维修问题。会议责成城关镇人民政府立即组织抢修。", ["城关镇人民政府"], []),
        ("保障养护资金。请县财政局足额安排养护资金。", ["县财政局"], []),
    ],
)
def test_request_leads(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), part)


@pytest.mark.parametrize(
    "text",
    [
        "关于项目申请。县财政局申请上级资金尽快拨付。",  # 请 inside 申请
        "关于征地问题。请王副县长尽快协调解决。",  # a person
        "关于会务安排。请各单位尽快报送参会名单。",  # everyone
        "关于资金问题。会议要求加快资金拨付进度。",  # no body
        "邀请县文联专家尽快开展评审。",
    ],
)
def test_request_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "关于征收补偿资金。请县财政局尽快拨付补偿资金，县住建局做好资金使用监管。",
            ["县住建局", "县财政局"],
        ),
        ("關於管網改造問題。請縣財政局盡快撥付改造資金，縣水利局做好工程監管。", ["縣水利局", "縣財政局"]),
        ("关于校舍维修。请区财政局抓紧拨付，区教育局抓好项目管理。", ["区教育局", "区财政局"]),
    ],
)
def test_request_share_leads(text: str, lead: list[str]) -> None:
    assert _units(text) == (sorted(lead), [])


# --- 统筹安排 with its work --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("保障资金投入。县财政局要统筹安排资金，确保补贴及时兑付。", ["县财政局"]),
        ("保障资金需求。区财政局统筹安排专项资金，确保工程顺利推进。", ["区财政局"]),
        ("關於校車安全問題。縣教育局要統籌安排資金，更新老舊校車。", ["縣教育局"]),
    ],
)
def test_arranges_means_leads(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize(
    "text",
    [
        "加强组织领导。县工作领导小组统筹推进各项工作。",
        "保障资金。要统筹安排各类资金，确保项目落地。",
        "保障资金。各乡镇要统筹安排资金。",
    ],
)
def test_arranges_means_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


# --- new role verbs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("公务接待超标准。县水利局是第一责任单位，县财政局配合核查。", ["县水利局"], ["县财政局"]),
        (
            "林地保护。镇自然资源所是第一责任单位，镇综合执法队配合开展巡查。",
            ["镇自然资源所"],
            ["镇综合执法队"],
        ),
        ("打造口袋公园。市园林局挂帅，各街道办事处抓落实。", ["市园林局"], ["各街道办事处"]),
        (
            "入河排污口整治。县生态环境分局承担主体责任，县水利局履行监管责任。",
            ["县生态环境分局"],
            ["县水利局"],
        ),
        ("预算编制不精准。县财政局承担整改主体责任，各预算单位配合整改。", ["县财政局"], ["各预算单位"]),
        (
            "干部选拔不规范。县水利局党组承担主体责任，县委组织部履行监督责任。",
            ["县水利局党组"],
            ["县委组织部"],
        ),
        ("专项资金闲置。县农业农村局、县水利局按职责抓好整改。", ["县农业农村局", "县水利局"], []),
        ("提升卫生院服务能力。县卫生健康局负责办理，县医保局协助办理。", ["县卫生健康局"], ["县医保局"]),
        (
            "执法查处。对拒不整改的，区消防救援大队依法查处，区公安分局配合。",
            ["区消防救援大队"],
            ["区公安分局"],
        ),
        (
            "整治散乱污企业。縣生態環境分局掛帥，各鄉鎮人民政府具體實施。",
            ["縣生態環境分局"],
            ["各鄉鎮人民政府"],
        ),
    ],
)
def test_new_role_verbs(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "压实责任。各单位要承担主体责任，切实履行监管责任。",
        "强化领导。主要负责同志挂帅出征，亲自部署。",
        "加强执法。对违法违规行为依法查处。",
        "落实责任。企业是第一责任人，要落实安全生产主体责任。",
    ],
)
def test_new_role_verbs_in_prose(text: str) -> None:
    assert _units(text) == ([], [])


# --- pieces beside a 牵头 or 由X具体实施 piece ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("河道清障。县水利局牵头，各乡镇人民政府负责辖区河道清障。", ["县水利局"], ["各乡镇人民政府"]),
        ("村庄清洁。由县农业农村局牵头，各村委会负责组织保洁队伍。", ["县农业农村局"], ["各村委会"]),
        ("老旧管网更新。由县住建局具体实施，县财政局做好资金保障。", ["县住建局"], ["县财政局"]),
        ("危桥改造。由县交通运输局组织实施，县财政局抓好资金保障。", ["县交通运输局"], ["县财政局"]),
        ("森林防火。镇应急办牵头，各村负责落实野外火源管控。", ["镇应急办"], ["各村"]),
        ("森林防火。镇应急办牵头，各村（社区）负责做好巡查。", ["镇应急办"], ["各村（社区）"]),
    ],
)
def test_pieces_beside_lead(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # everyone is no town
        ("河道清障。县水利局牵头，各有关部门负责做好配合。", ["县水利局"], []),
        ("森林防火。镇应急办牵头，各部门负责做好巡查。", ["镇应急办"], []),
        # a full stop between: the second sentence is a body's own
        ("管网更新。由县住建局具体实施。县财政局做好资金保障。", ["县住建局"], []),
    ],
)
def test_pieces_beside_lead_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a PDF line break between the names and their verb ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "推进农村厕所革命。完成户厕摸排，县农业农村局\n牵头，县卫生健康局配合。",
            ["县农业农村局"],
            ["县卫生健康局"],
        ),
        ("修复水毁工程。由县水利局\n牵头，各乡镇配合。", ["县水利局"], ["各乡镇"]),
        ("治理污水。建设处理设施，县生态环境分局\n负责。", ["县生态环境分局"], []),
        ("推进。县住建局\n\n牵头。", ["县住建局"], []),
    ],
)
def test_verb_after_line_break(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "推进。县住建局。\n牵头。",  # the line ended a sentence
        "推进。建设管网\n牵头抓总。",  # no names before the break
        "推进。加快建设\n负责。",
    ],
)
def test_verb_after_line_break_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


# --- every town opening a sentence with 负责 and its work ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("全面排查。各街道办事处负责组织社区对辖区小区逐一排查，建立问题台账。", ["各街道办事处"]),
        ("入户宣传。各村（社区）负责组织入户宣传。", ["各村（社区）"]),
        ("控辍保学。各镇人民政府负责组织劝返复学。", ["各镇人民政府"]),
    ],
)
def test_every_town_duty(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize(
    "text",
    ["排查。各成员单位负责组织排查。", "排查。各部门负责组织排查。", "宣传。各有关单位负责做好宣传。"],
)
def test_every_town_duty_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


# --- hang guard -----------------------------------------------------------------------------------


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "piece",
    [
        "请县财政局尽快拨付资金，",
        "请县财政局局局局局局局局局局局局局局局局局局局局局局局局局局局局局局",
        "，请",
        "县财政局要统筹安排资金，",
        "由县住建局具体实施，县财政局做好资金保障，",
        "县住建局\n牵头，",
        "各街道办事处负责组织排查，",
    ],
)
def test_large_text(piece: str) -> None:
    extract_units("推进工作。" + piece * 2000 + "。")
