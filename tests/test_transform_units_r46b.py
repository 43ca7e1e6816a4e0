"""Round 46b: units in prose, sixth batch (巡察 整改 报告, 信访 交办, 提案 复函, 批示 落实, 督查 通报, 联席会议 纪要,
专项 工作组, 应急 预案 职责, 河长制/林长制 分工, 网格 责任, 指挥部 分工, 责任书, 新闻 通稿, 繁体 公報, 责任 清单).

- The bodies after 会同 inside a longer clause end at a work verb of their own (推行, 完善, 督促, 简化 …).
- A 配合 piece with its work takes part also after a 会同 clause's bodies ("…，会同X简化流程，Y配合做好…").
- 信访/调解 helpers: 协助调处, 参与化解, 提供法律援助 … take part.
- Under a heading line of its own, the helper piece of a 负责 + 配合 pair may be every town or village of the area.
- A short phrase of 经 ("经研究，", "经县信访局交办，") opens the sentence before "由X负责…".
- 作为(整改)牵头单位 leads; 为整改责任单位 is responsible; 为督导单位 names no unit.
- 交/交办 right after the body that hands a matter over: the names start after it ("县信访局交县工信局牵头办理").
- A body's share with 提供 after a lead piece takes part.
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- the bodies after 会同 end at a work verb of their own ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "压缩开办时间。按照统一部署，由区行政审批局牵头，会同区市场监管局、区税务局推行企业开办一网通办。",
            ["区行政审批局"],
            ["区市场监管局", "区税务局"],
        ),
        ("优化纳税服务。由县税务局牵头，会同县财政局完善电子发票推广应用。", ["县税务局"], ["县财政局"]),
        (
            "农民工工资拖欠信访事项。该事项由县人社局牵头办理，会同县住建局、县交通运输局督促施工企业限期支付。",
            ["县人社局"],
            ["县交通运输局", "县住建局"],
        ),
        ("（三）提升服务。市发改局牵头，会同市供电公司简化报装流程。", ["市发改局"], ["市供电公司"]),
    ],
)
def test_joint_names_end_at_their_own_work(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a name that holds none of the words stays whole
        (
            "推进改造。由县住建局牵头，会同县城管局、县自然资源局推进老旧小区改造。",
            ["县住建局"],
            ["县城管局", "县自然资源局"],
        ),
        # prose without a lead names none
        ("持续推行企业开办一网通办，不断完善电子发票推广应用。", [], []),
        # a body whose name holds a work word (优化营商环境) stays whole
        (
            "压缩审批时限。由县行政审批局牵头，会同县优化营商环境办公室推进并联审批。",
            ["县行政审批局"],
            ["县优化营商环境办公室"],
        ),
    ],
)
def test_joint_names_no_stop(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a 配合 piece with its work after a 会同 clause -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "提升获得电力水平。由区发改局牵头，会同区供电公司简化报装流程，区住建局配合做好占掘路审批。",
            ["区发改局"],
            ["区住建局", "区供电公司"],
        ),
        (
            "整治校园周边环境。县教育局牵头，会同县公安局开展联合检查，县市场监管局配合做好食品抽检。",
            ["县教育局"],
            ["县公安局", "县市场监管局"],
        ),
        (
            "推进垃圾分类。由镇环卫所牵头，会同镇城管中队建立收运台账，各村委会配合做好分类宣传。",
            ["镇环卫所"],
            ["各村委会", "镇城管中队"],
        ),
    ],
)
def test_helper_after_joint_clause(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # everyone after 配合 stays none
        (
            "推进垃圾分类。由县城管局牵头，会同县商务局开展检查，各单位要积极配合做好宣传。",
            ["县城管局"],
            ["县商务局"],
        ),
        # no 配合 piece: the 会同 bodies alone
        ("推进垃圾分类。由县城管局牵头，会同县商务局开展检查，确保取得实效。", ["县城管局"], ["县商务局"]),
    ],
)
def test_helper_after_joint_clause_none(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 信访 and 调解 helpers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "小区物业服务纠纷信访事项。由县住建局为主办单位，城南社区居委会协助调处。",
            ["县住建局"],
            ["城南社区居委会"],
        ),
        ("邻里纠纷化解。由镇司法所牵头调解，镇派出所参与化解。", ["镇司法所"], ["镇派出所"]),
        ("拖欠货款问题。由县工信局牵头办理，县司法局提供法律援助。", ["县工信局"], ["县司法局"]),
        ("土地纠纷。由县自然资源局负责，县林业局协助调查。", ["县自然资源局"], ["县林业局"]),
    ],
)
def test_petition_helpers(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "积极开展矛盾纠纷排查，协助调处各类纠纷。",
        "为困难群众提供法律援助，参与化解信访积案。",
    ],
)
def test_petition_helpers_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- every town as the helper of a pair under a heading line ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "压实河长责任\n镇级河长每月开展巡河。镇河长办负责统筹调度，各村（社区）配合做好日常巡河。",
            ["镇河长办"],
            ["各村（社区）"],
        ),
        (
            "网格划分与人员配备\n街道社会治理中心负责网格划分和网格员管理，各社区居委会配合做好日常考勤。",
            ["街道社会治理中心"],
            ["各社区居委会"],
        ),
        (
            "组织绩效运行监控\n县财政局负责组织绩效运行监控，各乡镇人民政府配合提供监控数据。",
            ["县财政局"],
            ["各乡镇人民政府"],
        ),
    ],
)
def test_towns_help_under_heading(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        # the towns never lead such a pair under a heading
        "二、网格管理\n各社区居委会负责网格划分，各村委会配合做好考勤。",
        # everyone is no town
        "组织绩效运行监控\n县财政局负责组织绩效运行监控，各单位配合提供监控数据。",
        # a lead alone under a heading names none
        "一、起草背景\n县农业农村局牵头起草了该方案。",
    ],
)
def test_towns_help_under_heading_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- a short 经 phrase before 由 -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "关于噪音扰民问题\n经县信访局交办，由县生态环境局负责调查处理，县公安局协助。",
            ["县生态环境局"],
            ["县公安局"],
        ),
        (
            "关于占道经营问题\n经研究，由区城管局负责集中整治，各街道办事处配合。",
            ["区城管局"],
            ["各街道办事处"],
        ),
        ("经过会商，由镇水利站负责清淤疏浚工程，镇财政所予以资金保障。", ["镇水利站"], ["镇财政所"]),
    ],
)
def test_jing_opener(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        # 经济 opens no such phrase
        "经济运行监测，由县统计局负责调查处理，县公安局协助。",
        # the phrase is too long to open the sentence
        "经过全县上下多个部门长期共同努力和反复论证研究，由县发改局负责调查处理，县公安局协助。",
    ],
)
def test_jing_opener_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- 作为牵头单位, 为整改责任单位, 为督导单位 -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "关于干部作风建设不到位的问题\n局机关党委作为整改牵头单位，会同局办公室开展作风专项整治，持续推进。",
            ["局机关党委"],
            ["局办公室"],
        ),
        ("县住建局作为牵头单位，县财政局配合。", ["县住建局"], ["县财政局"]),
        (
            "城区黑臭水体反弹问题。市住建局为整改责任单位，市生态环境局为督导单位，年底前完成整治。",
            ["市住建局"],
            [],
        ),
        ("（区卫健局为整改责任单位，区医保局配合）", ["区卫健局"], ["区医保局"]),
    ],
)
def test_rectification_roles(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "充分发挥牵头单位作用，作为牵头单位要主动担当。",
        "明确整改责任单位，逐项销号管理。",
    ],
)
def test_rectification_roles_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- 交/交办 after the body that hands a matter over ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "关于某企业拖欠货款问题\n该件由县信访局交县工信局牵头办理，县司法局提供法律援助。",
            ["县工信局"],
            ["县司法局"],
        ),
        ("由市信访办交市住建局牵头办理，市城管局配合。", ["市住建局"], ["市城管局"]),
        ("由县委办交办县农业农村局牵头落实，县财政局配合。", ["县农业农村局"], ["县财政局"]),
    ],
)
def test_handed_after_body(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("县公安局交警大队负责，县交通运输局配合。", ["县公安局交警大队"], ["县交通运输局"]),
        (
            "县信访局交办的该事项，由县住建局为主办单位，城南社区居委会协助调处。",
            ["县住建局"],
            ["城南社区居委会"],
        ),
    ],
)
def test_handed_after_body_none(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 提供 shares --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("开展人口普查。由县统计局牵头组织普查，县公安局提供户籍数据。", ["县统计局"], ["县公安局"]),
        (
            "推进数据共享。区大数据中心牵头搭建平台，区市场监管局提供企业登记信息。",
            ["区大数据中心"],
            ["区市场监管局"],
        ),
        ("开展就业帮扶。由镇社保所负责岗位对接，镇人社服务站提供培训服务。", ["镇社保所"], ["镇人社服务站"]),
    ],
)
def test_means_share(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("县教育局提供优质服务。", [], []),
        ("强化要素保障，为企业提供优质服务。", [], []),
        # 保障 inside a name is no verb
        (
            "壮大产业集群。县工信局牵头，县人力资源和社会保障局、县医疗保障局配合。",
            ["县工信局"],
            ["县人力资源和社会保障局", "县医疗保障局"],
        ),
    ],
)
def test_means_share_none(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- shares beside a 牵头 piece: 共同负责整改, 同步, (按职责分工)推进; also under a heading line -------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "工程项目管理不规范的问题。由局建设管理股牵头，局财务股、县公路事务中心共同负责整改。",
            ["局建设管理股"],
            ["县公路事务中心", "局财务股"],
        ),
        (
            "抓好项目建设。县发改局牵头建立重点项目周调度机制，县自然资源局、县住建局同步加快用地和规划审批。",
            ["县发改局"],
            ["县住建局", "县自然资源局"],
        ),
        (
            "县生态环境局牵头制定攻坚方案，县水利局、县住建局按职责分工推进管网建设。",
            ["县生态环境局"],
            ["县住建局", "县水利局"],
        ),
        (
            "（二）抓好项目建设。区发改局牵头建立周调度机制，区自然资源局同步加快用地审批。",
            ["区发改局"],
            ["区自然资源局"],
        ),
    ],
)
def test_shares_beside_lead(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a lead alone under a heading names none, and so does a 牵头 piece and a share under a topic heading
        ("二、抓好项目建设\n县发改局牵头建立周调度机制。", [], []),
        ("二、抓好项目建设\n县发改局牵头建立周调度机制，县自然资源局同步加快用地审批。", [], []),
        # a share alone names none
        ("县住建局推进管网建设。", [], []),
        ("推进改革。同步推进审批改革。", [], []),
        # without a lead, 共同负责整改 is responsible
        ("（县财政局、县审计局共同负责整改）", ["县审计局", "县财政局"], []),
    ],
)
def test_shares_beside_lead_none(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 保障资金/保障用地 shares; 交办 a body a matter without 由 --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("实施校舍安全改造。县教育局牵头实施改造，县财政局保障资金。", ["县教育局"], ["县财政局"]),
        (
            "关于村级集体经济项目申报\n会议议定，由县农业农村局牵头组织项目申报，县财政局负责资金审核，县自然资源局保障项目用地。",
            ["县农业农村局"],
            ["县自然资源局", "县财政局"],
        ),
        ("开展全民健身活动。由区文体局牵头组织，区财政局保障经费。", ["区文体局"], ["区财政局"]),
    ],
)
def test_means_given(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("县教育局保障资金安全。", [], []),
        ("县医疗保障局牵头，县人力资源和社会保障局配合。", ["县医疗保障局"], ["县人力资源和社会保障局"]),
    ],
)
def test_means_given_none(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "关于李某反映宅基地纠纷问题\n县信访局交办红旗镇人民政府办理，县自然资源局配合调查取证，已化解。",
            ["红旗镇人民政府"],
            ["县自然资源局"],
        ),
        ("县信访局交办县住建局办理。", ["县住建局"], []),
        (
            "十二、信访事项\n市信访局交办城东街道办事处调查处理，市公安局协助。",
            ["城东街道办事处"],
            ["市公安局"],
        ),
    ],
)
def test_handed_by_body(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "县信访局交办的事项已办理。",
        "县公安局交警大队加强路面巡查。",
    ],
)
def test_handed_by_body_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- doers under another's guidance with a plain work verb -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "培育文旅新业态。在县商务局的指导下，各乡镇人民政府打造一批特色民宿和乡村旅游点。",
            ["各乡镇人民政府"],
            [],
        ),
        ("在市卫健委的指导下，市疾控中心开展流行病学调查。", ["市疾控中心"], []),
        ("在县农业农村局指导下，镇农业服务中心组织开展技术培训。", ["镇农业服务中心"], []),
    ],
)
def test_guided_doers(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "在县委的坚强领导下，全县上下推进各项工作。",
        "在各方的支持下，我们推进改革。",
    ],
)
def test_guided_doers_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- 督查 通报: bodies before 牵头的/配合的 -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "城区学校扩容工程\n市教育局牵头的城区学校扩容工程进度滞后，市自然资源局配合的用地报批尚未完成。",
            ["市教育局"],
            ["市自然资源局"],
        ),
        (
            "县住建局牵头的老旧小区改造进度滞后，县财政局、县城管局配合的资金拨付和管线迁改尚未到位。",
            ["县住建局"],
            ["县城管局", "县财政局"],
        ),
        (
            "（三）农贸市场提升。区商务局牵头的招商工作滞后；区市场监管局配合的证照办理已完成。",
            ["区商务局"],
            ["区市场监管局"],
        ),
    ],
)
def test_attributive_roles(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        # a lead alone in a report of progress names none
        "城区学校扩容工程。县发改局牵头的项目进展顺利。",
        # no bodies before the role words
        "各地牵头的项目进度滞后，有关部门配合的工作尚未完成。",
    ],
)
def test_attributive_roles_none(text: str) -> None:
    assert _units(text) == ([], [])
