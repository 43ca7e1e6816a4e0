"""Round 44b: units in prose, fourth batch (政协 提案 答复, 巡察 整改, 信访 交办, 总河长令, 专题会议 纪要, 批示, 镇党委
纪要, 工作简报, 现场推进会 news, 督查 通报, 清单 with "（X负责）" and "——X", 香港/澳门/台湾 施政 分工, "X、Y分别负责",
三管三必须 职责, 属地 duties, 共建 pieces, 约谈 纪要, 村调解委员会).

- A 河长令/林长令 and a 督查 通报 charge bodies with 要 as minutes do (lexicon request_titles.txt).
- A body's share after a piece that gives the work may open with 加强 or 及时 ("县农业农村局牵头开展整治，县市场监管局
  加强市场抽检" -> participating 县市场监管局); a guide's share ("加强业务指导") names none.
- The towns' duty on their ground (履行/落实属地管理责任) beside the body responsible takes part.
- 依职责/按职责 stand between names and their verb as a modal does ("县工信局、县市场监管局依职责负责行业监管").
- Taiwan verbs: 主政 leads, 协力 takes part.
- A piece that opens with 与 ("与江城大学共建研究院，县科技局牵头") names the work, no unit.
- A clause cut at 、 inside a bracket that opens after the work starts after the bracket
  ("实现免费开放（县住建局牵头、县城管局配合）" -> lead 县住建局, not "实现免费开放（县住建局").
"""

from __future__ import annotations

import pytest

from transform.meeting_minutes import charges_bodies
from transform.units import extract_units


def _units(text: str, minutes: bool = False) -> tuple[list[str], list[str]]:
    u = extract_units(text, minutes=minutes)
    return sorted(u.lead), sorted(u.participating)


# --- 河长令, 督查 通报: bodies charged with 要 ---------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "charges"),
    [
        ("泸川县第1号总河长令", True),
        ("关于发布2026年第2号市总林长令的通知", True),
        ("关于全县重点民生实事项目推进情况的督查通报", True),
        ("区政府督查室关于秋冬季大气污染防治工作督查情况的通报", True),
        ("关于全面推行河长制的实施意见", False),
        ("县河长办2026年工作要点", False),
        ("关于召开督查通报会议的通知", False),
    ],
)
def test_order_and_report_titles(title: str, charges: bool) -> None:
    assert charges_bodies(title) is charges


def test_order_charges_bodies() -> None:
    text = "四、压实各级河长责任。县河长办要加强督导考核，对履职不力的河长予以通报。"
    assert _units(text, minutes=True) == (["县河长办"], [])
    assert _units(text) == ([], [])


# --- shares with 加强 / 及时 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "三、关于农药残留超标问题。县农业农村局牵头开展专项整治，县市场监管局加强市场抽检。",
            ["县农业农村局"],
            ["县市场监管局"],
        ),
        ("2.农村危房改造。由县住建局负责，县财政局及时拨付补助资金。", ["县住建局"], ["县财政局"]),
        ("（三）汛期值守。区水务局牵头做好水库调度，区气象局加强短临预报。", ["区水务局"], ["区气象局"]),
        ("镇水利站负责河道巡查，镇自然资源所加强隐患点监测。", ["镇水利站", "镇自然资源所"], []),
    ],
)
def test_share_verbs(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("一、开展排查。镇综治中心牵头开展排查，镇司法所加强业务指导。", ["镇综治中心"], []),
        ("5.项目建设。县发改局牵头推进项目建设，各有关单位加强协作。", ["县发改局"], []),
        ("县市场监管局加强市场抽检，确保群众吃得放心。", [], []),
    ],
)
def test_share_verbs_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 属地 duties beside the body responsible ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "一、建设领域。县住建局负责房屋建筑施工安全监管，各乡镇人民政府履行属地管理责任。",
            ["县住建局"],
            ["各乡镇人民政府"],
        ),
        ("2.森林防火。县林业局负责组织巡山护林，各乡镇落实属地责任。", ["县林业局"], ["各乡镇"]),
        (
            "（二）燃气安全。市城管局牵头开展燃气管网排查，各区人民政府履行属地责任。",
            ["市城管局"],
            ["各区人民政府"],
        ),
    ],
)
def test_ground_duties(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "各乡镇人民政府要履行属地管理责任，切实抓好隐患排查。",
        "压实属地责任，落实属地管理责任，形成工作合力。",
    ],
)
def test_ground_duties_not(text: str) -> None:
    assert _units(text) == ([], [])


# --- 依职责 / 按职责 before the verb ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "三、危险化学品领域。县应急管理局牵头负责危险化学品安全综合监管，县工信局、县市场监管局依职责负责行业监管。",
            ["县应急管理局"],
            ["县工信局", "县市场监管局"],
        ),
        (
            "二、严格管控入河排污口。县生态环境分局要牵头开展排查整治，县水利局、县住建局要按职责协同推进。",
            ["县生态环境分局"],
            ["县住建局", "县水利局"],
        ),
        (
            "4.校园周边整治。区教育局牵头开展综合整治，区公安分局按照职责配合做好秩序维护。",
            ["区教育局"],
            ["区公安分局"],
        ),
    ],
)
def test_field_modals(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "各部门要按职责配合做好相关工作。",
        "各成员单位按职责分工负责，形成工作合力。",
    ],
)
def test_field_modals_not(text: str) -> None:
    assert _units(text) == ([], [])


# --- Taiwan verbs: 主政, 协力 -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "1.推動青年返鄉創業。由縣府勞動暨青年發展處主政，縣府農業處協助辦理青年農民輔導。",
            ["縣府勞動暨青年發展處"],
            ["縣府農業處"],
        ),
        (
            "3.推動淨零轉型。由縣府環境保護局統籌，縣府經濟發展處協力推動企業節能輔導。",
            ["縣府環境保護局"],
            ["縣府經濟發展處"],
        ),
        ("2.改善交通。市府交通局主政，市府工務局配合。", ["市府交通局"], ["市府工務局"]),
    ],
)
def test_taiwan_verbs(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "主政者要勇於擔當，推動地方發展。",
        "社會各界協力推動公益事業。",
    ],
)
def test_taiwan_verbs_not(text: str) -> None:
    assert _units(text) == ([], [])


# --- a piece that opens with 与 names the work ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "1.建设产业技术研究院。与江城大学共建新材料产业技术研究院，县科技局牵头，县工信局配合。",
            ["县科技局"],
            ["县工信局"],
        ),
        ("3.引进科技人才。与省农科院合作建立专家工作站，县委人才办牵头。", ["县委人才办"], []),
        (
            "（五）组建医联体。与市第三人民医院组建紧密型医联体，县卫生健康局牵头，各乡镇卫生院配合。",
            ["县卫生健康局"],
            ["各乡镇卫生院"],
        ),
    ],
)
def test_with_piece(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("推进科技创新。县科技局与县财政局共同牵头，县工信局配合。", ["县科技局", "县财政局"], ["县工信局"]),
        ("发展全域旅游。县文化和旅游局牵头，县交通运输局配合。", ["县文化和旅游局"], ["县交通运输局"]),
    ],
)
def test_with_piece_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a clause cut at 、 inside a bracket after the work ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "3.改造城区公厕。年内改造城区公厕12座，实现免费开放（县住建局牵头、县城管局配合）。",
            ["县住建局"],
            ["县城管局"],
        ),
        ("推进垃圾分类，提升居民知晓率(区城管局牵头、各街道配合)", ["区城管局"], ["各街道"]),
        ("（四）整治河道。完成河道清淤20公里（县水利局负责、各乡镇配合）。", ["县水利局"], ["各乡镇"]),
    ],
)
def test_bracket_cut(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("（县发改局牵头、县财政局配合）", ["县发改局"], ["县财政局"]),
        ("建设（改造）城区道路，县交通运输局牵头、县住建局配合。", ["县交通运输局"], ["县住建局"]),
    ],
)
def test_bracket_cut_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- bodies without their level (香港/澳门 施政) in a 负责 piece before a 配合 piece --------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "二、推動北部都會區發展。發展局負責統籌規劃，運輸及物流局協助推進跨境交通基建。",
            ["發展局"],
            ["運輸及物流局"],
        ),
        (
            "三、加強基層醫療服務。醫務衞生局負責推展地區康健中心服務，社會福利署予以配合。",
            ["醫務衞生局"],
            ["社會福利署"],
        ),
        (
            "二、完善社區醫療網絡。衛生局負責增設社區衞生中心，社會工作局配合推展長者健康服務。",
            ["衛生局"],
            ["社會工作局"],
        ),
        (
            "一、推動經濟適度多元。由經濟及科技發展局牽頭，貿易投資促進局協同推動會展業發展。",
            ["經濟及科技發展局"],
            ["貿易投資促進局"],
        ),
    ],
)
def test_organs_without_level(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "設備維護。企業負責設備日常維護，社會各界積極配合。",
        "發展局負責統籌規劃，確保項目按期推進。",
        "加強協作。各局負責本領域工作，有關部門配合做好銜接。",
    ],
)
def test_organs_without_level_not(text: str) -> None:
    assert _units(text) == ([], [])


# --- a 批示 quoted after its colon; 会同 after a request -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "关于全县中小学近视防控情况的报告\n县委书记批示：“请县教育局阅处，县卫生健康局配合，抓好近视防控工作。”",
            ["县教育局"],
            ["县卫生健康局"],
        ),
        (
            "关于县域物流成本偏高的调研报告\n县委书记批示：“请县发改局阅研，会同县财政局提出降本措施。”",
            ["县发改局"],
            ["县财政局"],
        ),
        (
            "县长批示：「请县文化广电和旅游局研究办理，县农业农村局给予支持。」",
            ["县文化广电和旅游局"],
            ["县农业农村局"],
        ),
        (
            "3.老旧小区改造。请区住建局尽快完善方案，会同区财政局研究资金筹措办法。",
            ["区住建局"],
            ["区财政局"],
        ),
    ],
)
def test_quoted_requests(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("县委书记批示：“请各单位认真阅研，抓好落实。”", [], []),
        ("市民反映：“申请县住建局尽快维修道路。”", [], []),
        ("请县住建局尽快整改，会同有关部门制定方案。", ["县住建局"], []),
    ],
)
def test_quoted_requests_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 责成 towns, then a body that 负责业务指导: the guide is no unit -------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "二、关于农村集体聚餐监管缺位问题。责成河东镇人民政府、石门乡人民政府建立集体聚餐备案制度，县市场监管局负责业务指导。",
            ["河东镇人民政府", "石门乡人民政府"],
            [],
        ),
        ("3.河道清障。责成城关镇人民政府限期整改，县水利局负责技术指导。", ["城关镇人民政府"], []),
        ("（二）秸秆禁烧。请各乡镇人民政府加强巡查，县农业农村局负责政策指导。", ["各乡镇人民政府"], []),
    ],
)
def test_guide_after_charge(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("县市场监管局负责指导督促企业落实主体责任，县公安局配合。", ["县市场监管局"], ["县公安局"]),
        ("县教育局负责校车安全管理，县交通运输局配合。", ["县教育局"], ["县交通运输局"]),
    ],
)
def test_guide_after_charge_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a 配合 piece that ends with 考核 / 工作 after its verb (committed miss 40h_20) ---------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "四、压实责任。由省委农办牵头，省委组织部、省委督查室参与考核。",
            ["省委农办"],
            ["省委督查室", "省委组织部"],
        ),
        ("2.控辍保学。县教育局牵头，各乡镇配合工作。", ["县教育局"], ["各乡镇"]),
        ("（三）统计监测。市发改委牵头，市统计局参与考核工作。", ["市发改委"], ["市统计局"]),
    ],
)
def test_part_ends(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "各单位要积极配合工作，确保按期完成。",
        "县财政局参与考核。",
    ],
)
def test_part_ends_not(text: str) -> None:
    assert _units(text) == ([], [])


# --- 信访 交办: 负责化解 / 负责调处 are responsible verbs ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "3.石桥村土地承包纠纷问题。由石桥镇人民政府负责化解，县农业农村局给予政策指导。",
            ["石桥镇人民政府"],
            [],
        ),
        ("2.某小区物业纠纷。由东城街道办事处负责调处，县住建局配合。", ["东城街道办事处"], ["县住建局"]),
        ("（一）重复信访积案。县信访局具体负责化解。", ["县信访局"], []),
    ],
)
def test_resolving_verbs(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize("text", ["各地要负责化解矛盾纠纷。", "坚持属地管理，把矛盾纠纷负责化解在基层。"])
def test_resolving_verbs_not(text: str) -> None:
    assert _units(text) == ([], [])
