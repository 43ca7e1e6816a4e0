"""Round 43b: units in prose, third batch (政府工作报告 分工, 常委会 and 约谈 纪要, 调研 讲话, 人大建议 交办, 审计 and
督察 整改, 安委会 通知, 防汛 责任, 专项整治 通知, 提示函, 督办单, 街道 例会, 村 分工, news, traditional 施政).

- The bodies after 会同/联合 end at an adverb, a preposition or a work verb of their own (lexicon units_roles.toml
  joint_name_stops), and 联合 opens a taking-part clause after a lead as 会同 does:
  "县应急管理局会同县消防救援大队对全县危化品企业开展检查" -> lead 县应急管理局, participating 县消防救援大队.
- A matter's heading on a line of its own (关于…, as …问题 before) is read with the line under it:
  "关于春季森林防火工作\n会议强调，…。县林业局牵头落实巡山护林责任，…" -> lead 县林业局 (unit_joint.first_line_end).
- 制 after a role verb opens its work unless it is a system (负责制): "县教育局牵头制定接送方案" leads.
- A leader's speech and the news of a meeting that deploys work charge bodies with 要 as minutes do (lexicon
  request_titles.txt); a body that 要牵头 leads and the others charged take part, bodies after 要会同 take part, and
  the charged bodies under a heading line of its own count: "全力稳住工业增长\n县工信局要紧盯…" -> lead 县工信局.
- 为整改责任主体 is a responsible verb; 依法查处 with its work is a body's share (lead after 负责, taking part after
  牵头): "县工信局牵头督促企业治理，县生态环境分局依法查处超标排放行为" -> participating 县生态环境分局.
- A request may charge every town: "请各乡镇人民政府组织开展摊点清理，县城市管理局予以配合" -> lead 各乡镇人民政府.
- A sentence that opens with 由X负责 and its work names X ("。由街道社会事务办负责开展高龄老人走访慰问。"); every town
  with 负责 and its work, helped by named bodies, leads ("各乡镇负责组织入户宣传，县消防救援大队配合。").
- Committed misses: 负责督导 is responsible ("由各乡镇人民政府负责组织实施，县林业局负责督导。" -> lead 县林业局, the
  towns take part: 39k_d3); after a piece that carries the whole work out a 负责 piece with its work takes part
  ("由县城市管理局负责组织实施，县财政局负责资金保障。": 40h_14); a standing office's 负责日常工作 is no unit
  (42f_f20); a meeting's news titled "…常务会议研究部署…" charges bodies with 要 (41b_m21).
"""

from __future__ import annotations

import re
import time

import pytest

from transform.meeting_minutes import charges_bodies
from transform.unit_joint import joint_sentence_units
from transform.unit_requests import charged_bodies
from transform.unit_words import simplified
from transform.units import extract_units


def _units(text: str, minutes: bool = False) -> tuple[list[str], list[str]]:
    u = extract_units(text, minutes=minutes)
    return sorted(u.lead), sorted(u.participating)


# --- the end of the bodies after 会同/联合 -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "危险化学品。县应急管理局会同县消防救援大队对全县危化品企业开展全覆盖检查。",
            ["县应急管理局"],
            ["县消防救援大队"],
        ),
        (
            "扩大文旅消费。县文化广电旅游局会同县商务局策划举办乡村旅游节。",
            ["县文化广电旅游局"],
            ["县商务局"],
        ),
        ("办好托育服务。县卫生健康局要会同县教育局新增普惠托位200个。", ["县卫生健康局"], ["县教育局"]),
        (
            "整治马路市场。县市场监督管理局会同县城市管理局引导摊贩入市经营。",
            ["县市场监督管理局"],
            ["县城市管理局"],
        ),
        ("推進管網延伸。縣水利局會同縣財政局爭取專項債券資金。", ["縣水利局"], ["縣財政局"]),
        (
            "修订规划。市住房和城乡建设局会同市自然资源和规划局抓紧修改完善。",
            ["市住房和城乡建设局"],
            ["市自然资源和规划局"],
        ),
        (
            "开展检查。请县市场监督管理局牵头，会同县教育体育局对学校食堂开展全覆盖检查。",
            ["县市场监督管理局"],
            ["县教育体育局"],
        ),
        (
            "回收处置环节。由县商务局牵头，会同县生态环境分局规范废旧电池回收。",
            ["县商务局"],
            ["县生态环境分局"],
        ),
        (
            "排查隐患。由县住建局牵头，联合县市场监管局对全县餐饮场所逐户排查。",
            ["县住建局"],
            ["县市场监管局"],
        ),
    ],
)
def test_joint_name_stops(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # 对外/对口 is part of a name: the bodies run on to the work verb
        ("加强合作。县商务局会同县对外经济合作办公室开展招商推介。", ["县商务局"], ["县对外经济合作办公室"]),
        # prose before 会同 names none
        ("完善机制。各乡镇要会同有关部门对辖区企业开展排查。", [], []),
        # bodies without their level after 联合 name none
        ("整治占道经营。县城管局联合公安、市场监管等部门对占道经营开展整治。", [], []),
        ("强化监管。县市场监督管理局对全县农贸市场开展检查。", [], []),
    ],
)
def test_joint_name_stops_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.timeout(30)
def test_large_joint_sentence() -> None:
    for n in (500, 2000, 8000):
        text = "县水利局会同县财政局对" * n
        assert joint_sentence_units(text, simplified(text)) is not None
        near = "县水利局会同" + "县财政局对外" * n
        joint_sentence_units(near, simplified(near))
        extract_units("由县商务局牵头，会同县生态环境分局规范" * n)
        heading = "全力抓好项目建设\n" + "县发展和改革局要牵头建立机制，县财政局要会同县审计局做好监测。" * n
        assert len(charged_bodies(heading, simplified(heading), lambda name: False)) == 2 * n
        extract_units(heading, minutes=True)
        extract_units("各乡镇负责组织开展宣传，县消防救援大队配合。" * n)
        extract_units("由县民政局负责开展走访慰问。" * n)
    assert re.search("对", "对") and time.monotonic() >= 0


# --- a minutes item's matter on a heading line of its own --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "关于春季森林防火工作\n会议强调，当前正值防火关键期。县林业局牵头落实巡山护林责任，县应急管理局做好扑火物资准备。",
            ["县林业局"],
            ["县应急管理局"],
        ),
        (
            "关于城区停车难问题\n会议明确，县住房和城乡建设局会同县公安局交警大队制定停车设施建设计划。",
            ["县住房和城乡建设局"],
            ["县公安局交警大队"],
        ),
        (
            "关于农村饮水工程\n请县水利局尽快完成管网改造，县财政局做好资金保障。",
            ["县水利局", "县财政局"],
            [],
        ),
        (
            "關於校車接送問題\n縣教育局牽頭制定接送方案，縣交通運輸局配合做好車輛審驗。",
            ["縣教育局"],
            ["縣交通運輸局"],
        ),
    ],
)
def test_matter_heading_line(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        # a topic heading (no 关于, no 问题) over prose: a section's duties, no units of its own
        "组织保障\n县财政局牵头落实工作经费，县审计局做好资金监督。",
        # the heading line holds a full stop: only the first line is read
        "关于项目建设。加快推进。\n县发改局牵头建立调度机制，县财政局做好资金保障。",
        # a 关于 line longer than a heading
        "关于进一步加强和改进全县农村集体经济组织财务管理规范资金使用提高管理水平推动发展的若干工作安排\n"
        "县农业农村局牵头落实资金管理责任，县财政局做好保障。",
    ],
)
def test_matter_heading_line_not(text: str) -> None:
    assert _units(text) == ([], [])


# --- 牵头制定: 制 opens the work unless it is a system (负责制) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "完善方案。县教育局牵头制定校车接送方案，县交通运输局配合做好车辆审验。",
            ["县教育局"],
            ["县交通运输局"],
        ),
        (
            "加快建设。县农业农村局要牵头制定片区建设推进计划，县财政局配合做好资金保障。",
            ["县农业农村局"],
            ["县财政局"],
        ),
        (
            "宣传推介。县文化广电旅游局牵头制作宣传片，县融媒体中心配合。",
            ["县文化广电旅游局"],
            ["县融媒体中心"],
        ),
    ],
)
def test_lead_with_zhi_work(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "压实责任。全面推行河道巡查负责制，县水利局配合做好督导。",
        "强化落实。各单位要落实首问负责制，县政务服务中心配合开展检查。",
    ],
)
def test_lead_with_zhi_work_not(text: str) -> None:
    lead, _ = _units(text)
    assert lead == []


# --- 要 in speeches and meeting news ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "charges"),
    [
        ("在全县三季度经济运行调度会上的讲话（摘要）", True),
        ("县长在乡村振兴示范片区调研时的讲话要点", True),
        ("市政府召开第42次常务会议 部署冬季重点工作", True),
        ("县委常委会2026年第9次会议纪要", True),
        ("关于召开2026年全县安全生产工作会议的通知", False),
        ("某县2026年农村公路建设实施方案", False),
        ("关于印发《县领导干部讲解政策工作方案》的通知", False),
    ],
)
def test_charge_titles(title: str, charges: bool) -> None:
    assert charges_bodies(title) is charges


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "加快示范片区建设。县农业农村局要牵头建立推进机制，县财政局要统筹整合涉农资金予以保障。",
            ["县农业农村局"],
            ["县财政局"],
        ),
        (
            "全力稳住工业增长\n县工业和信息化局要紧盯规上企业生产经营，确保稳定增长。",
            ["县工业和信息化局"],
            [],
        ),
        (
            "全力防范化解风险\n县财政局要严格控制新增隐性债务；县金融工作服务中心要会同县市场监督管理局做好风险监测。",
            ["县财政局", "县金融工作服务中心"],
            ["县市场监督管理局"],
        ),
        (
            "抓好森林防火。市林业局要牵头压实防火责任，各县（区）人民政府要落实属地管理责任。",
            ["市林业局"],
            ["各县（区）人民政府"],
        ),
        (
            "关于全县招商引资工作\n会议要求，县投资促进中心要建立项目跟踪服务机制，县发展和改革局配合做好项目储备。",
            ["县投资促进中心"],
            ["县发展和改革局"],
        ),
    ],
)
def test_charged_roles(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text, minutes=True) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("全力稳住工业增长\n县工业和信息化局要紧盯规上企业生产经营。", False),  # a plan: no charge
        ("强化协同。各部门要密切配合，形成工作合力。", True),  # everyone
        ("抓好落实\n县长要求，全县上下要形成合力。", True),  # a person, everyone
    ],
)
def test_charged_roles_not(text: str, minutes: bool) -> None:
    assert _units(text, minutes=minutes) == ([], [])


# --- 为整改责任主体; 依法查处 as a share ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "补贴发放不及时问题。各乡镇人民政府为整改责任主体，县民政局、县农业农村局配合。",
            ["各乡镇人民政府"],
            ["县农业农村局", "县民政局"],
        ),
        (
            "资产账实不符问题。县机关事务服务中心为整改责任主体，县财政局配合。",
            ["县机关事务服务中心"],
            ["县财政局"],
        ),
        ("專項資金閒置問題。縣財政局為整改責任主體，縣發展和改革局配合。", ["縣財政局"], ["縣發展和改革局"]),
        (
            "超标排放问题。县工业和信息化局牵头督促企业实施深度治理，县生态环境分局依法查处超标排放行为。",
            ["县工业和信息化局"],
            ["县生态环境分局"],
        ),
        (
            "养殖污染问题。县农业农村局负责督促养殖场完善粪污处理设施，县生态环境分局依法查处违法排污行为。",
            ["县农业农村局", "县生态环境分局"],
            [],
        ),
        ("非法采砂问题。由县水利局牵头开展巡查，县公安局依法查处非法采砂行为。", ["县水利局"], ["县公安局"]),
    ],
)
def test_rectification_verbs(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "执法检查。县生态环境分局依法查处违法排污行为。",  # a share alone names none
        "整改要求。各单位为整改责任主体，要按期完成整改。",  # everyone
        "强化执法。对违法行为依法查处，形成震慑。",  # no body
    ],
)
def test_rectification_verbs_not(text: str) -> None:
    assert _units(text) == ([], [])


# --- a request to every town ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "整治校园周边食品摊点。请各乡镇人民政府组织开展流动摊点清理，县城市管理局予以配合。",
            ["各乡镇人民政府"],
            ["县城市管理局"],
        ),
        ("排查隐患。請各街道辦事處抓緊開展排查，區住建局配合。", ["各街道辦事處"], ["區住建局"]),
        ("清理积存垃圾。会议要求各乡镇（街道）尽快完成积存垃圾清运。", ["各乡镇（街道）"], []),
    ],
)
def test_request_every_town(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "报送材料。请各单位尽快报送整改材料。",  # everyone
        "抓好落实。请各有关部门抓紧落实，县政府办配合督查。",
    ],
)
def test_request_every_town_not(text: str) -> None:
    lead, _ = _units(text)
    assert lead == []


# --- 由X负责 with its work opening a sentence; every town's work helped by bodies ------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("民生服务。由街道社会事务办负责开展高龄老人走访慰问。", ["街道社会事务办"], []),
        (
            "养殖污染。由县农业农村局负责督促规模养殖场完善粪污处理设施，县财政局配合。",
            ["县农业农村局"],
            ["县财政局"],
        ),
        ("校舍維修。由縣教育局負責組織開展校舍安全排查。", ["縣教育局"], []),
        (
            "开展入户安全宣传。各乡镇负责组织燃气企业开展入户宣传，县消防救援大队配合。",
            ["各乡镇"],
            ["县消防救援大队"],
        ),
        ("清理沟渠。各街道办事处负责组织辖区沟渠清淤，区水务局积极配合。", ["各街道办事处"], ["区水务局"]),
        (
            "村庄清洁。各乡镇人民政府负责组织开展村庄清洁行动，县农业农村局协助。",
            ["各乡镇人民政府"],
            ["县农业农村局"],
        ),
    ],
)
def test_by_work_and_towns(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "由县发改局负责统筹，县教体局负责落实，确保按期完成。",  # 负责统筹 stays prose (round 41e)
        "加快建设，由县发改局负责开展前期工作。",  # 由 inside a sentence: left to the clause rules
        "强化协作。各成员单位负责做好本领域工作。",  # everyone, not the towns
    ],
)
def test_by_work_and_towns_not(text: str) -> None:
    lead, _ = _units(text)
    assert lead == []


# --- committed misses: 负责督导, carriers, 日常工作, meeting news titles -------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "强化火源管控。设卡检查，由各乡镇人民政府负责组织实施，县林业局负责督导。",
            ["县林业局"],
            ["各乡镇人民政府"],
        ),
        ("秸秆禁烧。由各村负责组织实施，镇农业综合服务中心负责督导。", ["镇农业综合服务中心"], ["各村"]),
        ("整治。由各街道辦事處負責組織實施，區城管局負責督導。", ["區城管局"], ["各街道辦事處"]),
        (
            "农村生活垃圾治理。由县城市管理局负责组织实施，县财政局负责资金保障。",
            ["县城市管理局"],
            ["县财政局"],
        ),
        ("改厕。由镇农业服务中心具体实施，镇财政所负责资金拨付。", ["镇农业服务中心"], ["镇财政所"]),
        ("道路养护。由县交通运输局负责组织实施，县财政局负责落实养护资金。", ["县交通运输局"], ["县财政局"]),
    ],
)
def test_oversee_and_carriers(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("加强组织领导。县安委会统筹推进三年行动，县安委会办公室负责日常工作。", [], []),
        ("建立工作专班。专班办公室设在县发改局，负责日常工作。", [], []),
        # a 负责 piece with its work and no carrier before it: both responsible
        ("垃圾治理。县城市管理局负责组织垃圾清运，县财政局负责资金保障。", ["县城市管理局", "县财政局"], []),
    ],
)
def test_oversee_and_carriers_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("title", "charges"),
    [
        ("【转载】县政府常务会议研究部署春季农业生产等工作", True),
        ("市政府专题会议强调抓好安全生产", True),
        ("县委办公会议部署防汛工作", True),
        ("关于召开县政府常务会议研究部署的通知", False),
        ("县政府常务会议制度", False),
    ],
)
def test_meeting_news_titles(title: str, charges: bool) -> None:
    assert charges_bodies(title) is charges
