"""Round 45b: units in prose, fifth batch (审计 整改, 督察 整改 方案, 人大 建议 办理, 常务会议 纪要, 深改 要点, 党建 清单,
包片 分工, 大检查 分组, 专项整治 职责分工, 防汛 责任, 调度会 news, 政务 信息, 澳門/臺灣/香港 施政 分工, closing sentences).

- 施政 verbs: 統籌跟進, 主責(推進), 統籌辦理, 統籌推展, 督導推進 lead; 負責規劃 is responsible; 從旁協助, 提供技術支援,
  配合輔導, 協助布建, 共同落實 take part.
- A short piece of work may open the sentence before 由 ("排查整治由县住建局负责，县城管局配合"), also after a comma.
- "由X负责，" then a body's share in the next piece ("各村委会做好日常巡查", "镇财政所予以资金保障"): X leads.
- 审计/检查 verbs: 作为整改责任单位, 负责联系, 带队 are responsible or lead; 协助整改, 全程参与, 派员参加, 抽调人员参加
  take part.
- In minutes, a piece after a charge with 要 whose bodies take their share without 要 ("市自然资源局加强用地保障") takes
  part; a meeting's news whose title ends with 召开 charges bodies.
- Under a heading line of its own, a 负责/牵头 piece and a helper piece of the next line are read together (施政 分工
  of organs; a share after a piece that carries the work out); a minutes matter may open with 研究/审议/听取.
"""

from __future__ import annotations

import pytest

from transform.meeting_minutes import charges_bodies
from transform.unit_clauses import _work_by
from transform.unit_joint import first_line_end, prose_line_end
from transform.units import extract_units


def _units(text: str, minutes: bool = False) -> tuple[list[str], list[str]]:
    u = extract_units(text, minutes=minutes)
    return sorted(u.lead), sorted(u.participating)


# --- 施政 verbs (澳門, 臺灣, 香港 wording) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "輕軌東線工程由輕軌系統建設辦公室統籌跟進，土地工務局從旁協助。",
            ["輕軌系統建設辦公室"],
            ["土地工務局"],
        ),
        ("由房屋局主責推進，土地工務局提供技術支援。", ["房屋局"], ["土地工務局"]),
        ("由衛生局負責規劃，社會局協助布建社區照顧關懷據點。", ["衛生局"], ["社會局"]),
        ("環境保護局統籌辦理，經濟發展局配合輔導工廠改善。", ["環境保護局"], ["經濟發展局"]),
        ("房屋局統籌推展，發展局、規劃署全力配合。", ["房屋局"], ["發展局", "規劃署"]),
        (
            "由發展局督導推進，運輸及物流局、環境及生態局從旁協助。",
            ["發展局"],
            ["環境及生態局", "運輸及物流局"],
        ),
    ],
)
def test_shizheng_verbs(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    ["持續統籌跟進各項措施落實情況。", "建立部門從旁協助的工作機制。", "加強統籌辦理，提升服務效率。"],
)
def test_shizheng_verbs_in_prose_name_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- a short piece of work before 由 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "餐饮场所用气安全。排查整治由县住建局负责，县城管局、县消防救援大队配合。",
            ["县住建局"],
            ["县城管局", "县消防救援大队"],
        ),
        ("预算问题。此项整改由县财政局负责，县税务局配合。", ["县财政局"], ["县税务局"]),
        (
            "防汛物资。防汛物资储备由镇农业综合服务中心负责，镇财政所配合。",
            ["镇农业综合服务中心"],
            ["镇财政所"],
        ),
        (
            "会议同意农贸市场整体搬迁，搬迁工作由城关镇人民政府负责，县市场监管局配合。",
            ["城关镇人民政府"],
            ["县市场监管局"],
        ),
    ],
)
def test_work_piece_before_by(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("lead_in", "expected"),
    [
        ("排查整治由", True),
        ("此项整改由", True),
        ("防汛物资储备由", True),
        ("该事项交由", False),
        ("由", False),
        ("按2026年计划由", False),
        ("全面推进城乡环境综合整治工作由", False),
    ],
)
def test_work_by(lead_in: str, expected: bool) -> None:
    assert _work_by(lead_in) is expected


@pytest.mark.parametrize(
    "text", ["该事项交由县住建局负责，县城管局配合。", "推进建设。主要理由县住建局负责，县城管局配合。"]
)
def test_work_piece_before_by_not(text: str) -> None:
    assert _units(text) == ([], [])


# --- 由X负责, then a share ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("水库安全。该项工作由镇水利站负责，各村委会做好日常巡查。", ["镇水利站"], ["各村委会"]),
        (
            "防汛物资。防汛物资储备由镇农业综合服务中心负责，镇财政所予以资金保障。",
            ["镇农业综合服务中心"],
            ["镇财政所"],
        ),
        ("整改。此项整改由县财政局负责，县审计局加强跟踪检查。", ["县财政局"], ["县审计局"]),
        ("整改。此项整改由县财政局负责，县审计局配合做好跟踪检查。", ["县财政局"], ["县审计局"]),
    ],
)
def test_by_duty_then_share(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "水库安全。该项工作由镇水利站负责，确保安全度汛。",
        "水库安全。该项工作由镇水利站负责统筹，确保安全度汛。",
        "加强宣传。由县委宣传部负责组织宣传报道，营造良好氛围。",
    ],
)
def test_by_duty_without_share(text: str) -> None:
    lead, part = _units(text)
    assert part == []
    assert lead in ([], ["县委宣传部"])  # (a 负责 with its own work is the round 43b rule)


# --- 审计 整改, 大检查 分组, 包片 联系, 深改 要点 verbs ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "公务用车。县机关事务服务中心作为整改责任单位，县财政局协助整改。",
            ["县机关事务服务中心"],
            ["县财政局"],
        ),
        ("非税收入。整改责任单位为县财政局，县税务局协助整改。", ["县财政局"], ["县税务局"]),
        ("国企改革。县国资中心牵头，县财政局全程参与。", ["县国资中心"], ["县财政局"]),
        (
            "危化品检查组。由县应急管理局带队，县公安局、县市场监管局派员参加。",
            ["县应急管理局"],
            ["县公安局", "县市场监管局"],
        ),
        (
            "建筑施工检查组。县住建局带队，县自然资源局、县城管局抽调人员参加。",
            ["县住建局"],
            ["县城管局", "县自然资源局"],
        ),
        ("东片区。由镇农业综合服务中心负责联系，镇综治中心配合。", ["镇农业综合服务中心"], ["镇综治中心"]),
    ],
)
def test_audit_and_group_verbs(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text", ["县领导带队开展督查。", "建立专人负责联系的机制。", "组织人员全程参与培训。"]
)
def test_audit_and_group_verbs_in_prose(text: str) -> None:
    assert _units(text) == ([], [])


# --- minutes: a share without 要 after a charge ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "市行政审批局、市发改委要开辟绿色通道，市自然资源局加强用地保障。",
            ["市发改委", "市行政审批局"],
            ["市自然资源局"],
        ),
        ("县城管局要加强日常巡查，县水利局加强水系连通，确保不再返黑。", ["县城管局"], ["县水利局"]),
        ("区财政局要加快拨付资金，区审计局做好跟踪审计。", ["区财政局"], ["区审计局"]),
        ("县交通运输局要倒排工期，县财政局及时拨付资金。", ["县交通运输局"], ["县财政局"]),
    ],
)
def test_unmarked_share_in_minutes_takes_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text, minutes=True) == (lead, part)


@pytest.mark.parametrize(
    ("text", "minutes", "expected"),
    [
        (
            "县投资促进中心要建立跟踪机制，县发展和改革局配合做好项目储备。",
            True,
            (["县投资促进中心"], ["县发展和改革局"]),
        ),
        ("县城管局要加强日常巡查。县水利局加强水系连通。", True, (["县城管局"], [])),
        ("县城管局要加强日常巡查，县水利局加强水系连通。", False, ([], [])),
    ],
)
def test_unmarked_charge_not(text: str, minutes: bool, expected: tuple[list[str], list[str]]) -> None:
    assert _units(text, minutes=minutes) == expected


@pytest.mark.parametrize(
    ("title", "charges"),
    [
        ("全市重点项目建设调度会召开", True),
        ("全县安全生产工作会议召开", True),
        ("县政府第36次常务会议召开", True),
        ("关于全县安全生产工作会议召开", False),
        ("全县安全生产工作会议召开时间调整的通知", False),
    ],
)
def test_news_title_ending_with_zhaokai(title: str, charges: bool) -> None:
    assert charges_bodies(title) is charges


# --- a heading line of its own over the prose ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "改善道路交通\n交通事務局負責優化巴士路線，治安警察局配合加強交通執法。",
            ["交通事務局"],
            ["治安警察局"],
        ),
        ("強化長照服務據點\n由衛生局負責規劃，社會局協助布建社區照顧關懷據點。", ["衛生局"], ["社會局"]),
        (
            "审议《县城区供热管网改造实施方案》\n会议原则同意该方案，由县住建局负责组织实施，县财政局做好资金保障。",
            ["县住建局"],
            ["县财政局"],
        ),
    ],
)
def test_pair_under_heading_line(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


def test_minutes_matter_opens_with_yanjiu() -> None:
    text = "研究全县安全生产大检查工作\n会议决定，由县应急管理局牵头开展大检查，各乡镇人民政府要落实属地管理责任。"
    assert _units(text, minutes=True) == (["县应急管理局"], ["各乡镇人民政府"])


@pytest.mark.parametrize(
    "text",
    [
        "起草背景\n为落实决策部署，县农业农村局牵头起草了《实施意见》。",
        "主要内容\n交通事務局負責優化巴士路線。",
        "适用范围\n本意见适用于在本县注册登记的企业。",
    ],
)
def test_heading_line_alone_names_none(text: str) -> None:
    assert _units(text) == ([], [])


@pytest.mark.parametrize(
    ("view", "first", "prose"),
    [
        ("改善道路交通\n甲。\n乙", 6, 9),
        ("一、改善道路交通。甲\n乙", 10, 10),
        ("单行", 2, 2),
        ("改善道路交通\n甲", 6, 8),
    ],
)
def test_prose_line_end(view: str, first: int, prose: int) -> None:
    assert (first_line_end(view), prose_line_end(view)) == (first, prose)


# --- helpers whose verb holds its manner, in a piece with work; a date after the bodies of 会同 --------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("国企重组。县国资中心要牵头完成整合方案，县财政局全程参与。", ["县国资中心"], ["县财政局"]),
        (
            "推動公共房屋建設\n由房屋局主責推進經濟房屋申請工作，土地工務局提供技術支援。",
            ["房屋局"],
            ["土地工務局"],
        ),
        ("燃气排查。由县住建局牵头，会同县城管局于6月底前完成排查。", ["县住建局"], ["县城管局"]),
        ("检查。县应急管理局牵头组织检查，县公安局派员参加。", ["县应急管理局"], ["县公安局"]),
    ],
)
def test_helper_pieces_with_manner(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize("text", ["组织人员全程参与培训，提升技能。", "建立专家从旁协助、部门联动的机制。"])
def test_helper_pieces_in_prose(text: str) -> None:
    assert _units(text) == ([], [])


# --- a helper piece ends the text after work of no named body ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "排查校园食品安全隐患。县市场监管局对学校食堂和周边餐饮店逐户检查，县卫健局派员参加。",
        "排查。县市场监管局对学校食堂和周边餐饮店逐户检查，县卫健局配合。",
        "护学岗。县公安局交警大队在重点路段设置护学岗，县教育局协助。",
    ],
)
def test_helper_piece_at_the_end_takes_part(text: str) -> None:
    lead, part = _units(text)
    assert lead == []
    assert len(part) == 1


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("排查。年底前完成。县卫健局、县财政局", ["县卫健局", "县财政局"]),
        ("建立月度例会制度。——县委改革办", ["县委改革办"]),
    ],
)
def test_plain_names_at_the_end_stay_responsible(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


# --- a request's charge, then shares without 要; 統籌跟進/統籌辦理 with their work ---------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "研究老城区排水防涝改造工作\n会议要求，区水务局要加快管网建设，区财政局做好资金保障，区城管局加强交通疏导。",
            ["区水务局"],
            ["区城管局", "区财政局"],
        ),
        ("会议要求，县住建局要加快改造进度，县财政局及时拨付资金。", ["县住建局"], ["县财政局"]),
        ("完善長者服務\n由社會工作局統籌跟進長者服務設施建設，衛生局從旁協助。", ["社會工作局"], ["衛生局"]),
        (
            "優化學校設施\n教育及青年發展局統籌辦理校舍修繕，土地工務局配合施工。",
            ["教育及青年發展局"],
            ["土地工務局"],
        ),
    ],
)
def test_request_then_shares(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text, minutes=True) == (lead, part)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议要求，县住建局要加快改造进度。加强宣传引导。", (["县住建局"], [])),
        ("会议要求，县住建局要加快改造进度，确保年底前完工。", (["县住建局"], [])),
    ],
)
def test_request_without_shares(text: str, expected: tuple[list[str], list[str]]) -> None:
    assert _units(text, minutes=True) == expected
