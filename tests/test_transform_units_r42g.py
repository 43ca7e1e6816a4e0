"""Round 42g: units in prose, second batch (督查 通报 with 责令, 批示 with 请X阅处, 信访 交办, 联席会议 and 常务会议
纪要 with "X要…", 专班 news, PDF-wrapped minutes, traditional mirrors).

- 责令 (a 督查 order) is read as 责成: "责令县交通运输局限期整改" -> lead (unit_requests.orders_as_charges).
- New handed verbs (调处, 复核, 办结, 限期办结, 阅处, 研处, 调查处置) and request words (阅处, 研处, 限期).
- After a request, bodies after 会同 take part, and a 配合 clause of the same line takes part:
  "请县民政局会同县消防救援大队研究解决" / "请县公安局阅处，县教育局配合。".
- In a meeting's minutes (`minutes=True`: the title is a 纪要), bodies that open a piece with 要 lead:
  "县财政局要加强补贴资金监管，县审计局要开展专项审计。" (unit_requests.charged_bodies); elsewhere none.
- 举办, 选定 end the bodies of a 会同 sentence (joint_sentence_work).
"""

from __future__ import annotations

import re
import time

import pytest

from transform.unit_requests import charged_bodies, orders_as_charges
from transform.unit_words import simplified
from transform.units import extract_units


def _units(text: str, minutes: bool = False) -> tuple[list[str], list[str]]:
    u = extract_units(text, minutes=minutes)
    return sorted(u.lead), sorted(u.participating)


# --- 责令: a 督查 order -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "部分农村公路养护不到位。责令县交通运输局限期整改，各乡镇人民政府配合做好日常养护。",
            ["县交通运输局"],
            ["各乡镇人民政府"],
        ),
        (
            "农贸市场环境脏乱。责令县市场监督管理局牵头整改，县综合行政执法局配合。",
            ["县市场监督管理局"],
            ["县综合行政执法局"],
        ),
        ("安置小区配套滞后。责令县住房和城乡建设局限期完善配套设施。", ["县住房和城乡建设局"], []),
        ("涉企收费不规范。责令县发展和改革局会同县财政局开展专项清理。", ["县发展和改革局"], ["县财政局"]),
        ("河道违建问题。責令縣水利局限期整改，縣自然資源局配合。", ["縣水利局"], ["縣自然資源局"]),
    ],
)
def test_order_leads(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "对违法企业依法责令停产整顿，确保整改到位。",  # an order to no body
        "对逾期未改的企业，责令其限期整改。",  # 其: no body
        "部分企业被责令限期整改，整改工作正在推进。",
    ],
)
def test_order_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


def test_orders_as_charges_keeps_length() -> None:
    text = "責令縣水利局限期整改，责令县林业局限期整改"
    new_text, view = orders_as_charges(text, simplified(text))
    assert len(new_text) == len(text) and len(view) == len(text)
    assert "责令" not in view and "責令" not in new_text and "责令" not in new_text


# --- handed and requested: 信访 交办, 批示 -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("关于宅基地纠纷问题。交镇司法所调处，镇自然资源所配合核查。", ["镇司法所"], ["镇自然资源所"]),
        ("关于低保评定问题。交镇社会事务办公室复核。", ["镇社会事务办公室"], []),
        (
            "农民工工资拖欠问题。责成县人力资源和社会保障局限期办结，县住房和城乡建设局配合。",
            ["县人力资源和社会保障局"],
            ["县住房和城乡建设局"],
        ),
        ("关于城区学校周边交通拥堵问题。请县公安局阅处，县教育局配合。", ["县公安局"], ["县教育局"]),
        ("关于农村饮水问题。请县水利局牵头研处，县卫生健康局配合。", ["县水利局"], ["县卫生健康局"]),
        (
            "關於農村飲水安全問題的批示。請縣水利局閱處，縣衛生健康局配合做好水質檢測。",
            ["縣水利局"],
            ["縣衛生健康局"],
        ),
        (
            "关于老旧小区改造资金。请市住房和城乡建设局会同市财政局抓紧制定资金筹措方案。",
            ["市住房和城乡建设局"],
            ["市财政局"],
        ),
        (
            "關於秋糧收購的批示。請縣發展和改革局會同縣農業農村局抓緊落實。",
            ["縣發展和改革局"],
            ["縣農業農村局"],
        ),
    ],
)
def test_handed_and_requested(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "关于征地问题。请王副县长阅处。",  # a person
        "请各单位会同有关部门抓紧落实。",  # everyone
        "案件已移交法院调处。",
        "申请复核的群众应当提交书面材料。",
    ],
)
def test_handed_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


# --- "X要…" in a meeting's minutes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("关于就业补贴监管。县财政局要加强补贴资金监管，县审计局要开展专项审计。", ["县审计局", "县财政局"]),
        (
            "研究农村人居环境整治工作。县农业农村局要加快推进农村厕所改造，各乡镇人民政府要落实属地责任。",
            ["县农业农村局", "各乡镇人民政府"],
        ),
        (
            "关于旅游公路建设。市交通运输局要加快旅游公路\n项目前期工作，市文化广电和旅游局要做好沿线景点\n规划衔接。",
            ["市交通运输局", "市文化广电和旅游局"],
        ),
        ("關於防汛工作。縣水利局要加強水庫巡查值守。", ["縣水利局"]),
        ("关于返乡创业贷款。县人社局、县财政局要加快贴息资金审核。", ["县人社局", "县财政局"]),
    ],
)
def test_minutes_charge(text: str, lead: list[str]) -> None:
    assert _units(text, minutes=True) == (sorted(lead), [])


@pytest.mark.parametrize(
    "text",
    [
        "关于审批提速。各部门要密切配合，形成合力。",  # everyone
        "关于资金问题。县财政局要求各单位及时报送资金需求。",  # 要求 is no charge
        "关于防汛工作。会议指出，防汛工作要坚持人民至上。",  # no body
        "听取工作汇报。王副县长要亲自督办。",  # a person
    ],
)
def test_minutes_charge_not_fired(text: str) -> None:
    assert _units(text, minutes=True) == ([], [])


@pytest.mark.parametrize(
    "text",
    [
        "关于就业补贴监管。县财政局要加强补贴资金监管，县审计局要开展专项审计。",
        "县财政局要做好资金保障。",  # a plan's sentence (round 41h): names none
    ],
)
def test_charge_only_in_minutes(text: str) -> None:
    assert _units(text) == ([], [])


# --- a 会同 sentence's work verbs --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "关于文旅招商。市投资促进中心会同市文化广电和旅游局举办文旅项目推介会。",
            ["市投资促进中心"],
            ["市文化广电和旅游局"],
        ),
        (
            "关于零工市场建设。县人力资源和社会保障局会同县住房和城乡建设局选定零工市场场地。",
            ["县人力资源和社会保障局"],
            ["县住房和城乡建设局"],
        ),
        ("組織健康宣傳。縣衛生健康局會同縣醫保局舉辦健康講座。", ["縣衛生健康局"], ["縣醫保局"]),
    ],
)
def test_joint_work_verbs(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- hostile scale ------------------------------------------------------------------------------


@pytest.mark.timeout(30)
def test_large_minutes_item() -> None:
    text = "关于资金。" + "县财政局要加快拨付资金，" * 8000 + "要要要" * 8000
    view = simplified(text)
    assert len(charged_bodies(text, view, lambda n: False)) == 8000
    assert re.search("责令", orders_as_charges("责令" * 8000, "责令" * 8000)[1]) is None
    extract_units("责令县交通运输局限期整改，" * 2000, minutes=True)
    assert time.monotonic() >= 0


# --- a matter already handed on (12345 工单) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "市民反映夜间施工噪音扰民。该工单已转市城市管理局办理，市生态环境局协助处置。",
            ["市城市管理局"],
            ["市生态环境局"],
        ),
        (
            "市民反映培训机构退费难。该工单已转市教育局办理，市市场监督管理局配合。",
            ["市教育局"],
            ["市市场监督管理局"],
        ),
        ("群众反映路灯损坏。该诉求已交县住建局调查处理。", ["县住建局"], []),
        ("市民反映積水問題。該工單已轉市水務局辦理。", ["市水務局"], []),
    ],
)
def test_handed_on(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "群众诉求已转办，正在处理。",  # no body
        "该件已转有关部门办理。",  # everyone
        "市场已转入淡季，价格有所回落。",
    ],
)
def test_handed_on_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


# --- a problem heading over its duty line ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "校舍安全隐患排查不彻底问题\n区教育局负责，对全区中小学校舍开展拉网式排查，建立隐患台账。",
            ["区教育局"],
        ),
        ("关于食堂管理不规范的问题\n县教育局负责对全县学校食堂开展专项检查。", ["县教育局"]),
        ("村级財務公開不及時問題\n鎮農經站負責督促各村按月公開財務。", ["鎮農經站"]),
    ],
)
def test_problem_heading_duty(text: str, lead: list[str]) -> None:
    assert _units(text) == (sorted(lead), [])


@pytest.mark.parametrize(
    "text",
    [
        "组织保障\n县财政局负责做好资金保障。",  # a section heading over prose
        "关于校舍安全隐患问题。全面排查。\n区教育局负责建立台账。",  # the heading line is a sentence
        "校舍安全隐患排查不彻底问题\n全面开展排查。\n区教育局负责建立台账。",  # not the next line
    ],
)
def test_problem_heading_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


# --- everyone with a modal beside a lead of the same sentence ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "工程建设项目审批超时。责令县住房和城乡建设局牵头整改，各审批部门要密切配合。",
            ["县住房和城乡建设局"],
            ["各审批部门"],
        ),
        ("优化审批流程。县行政审批服务局牵头，各相关部门要积极配合。", ["县行政审批服务局"], ["各相关部门"]),
        ("優化審批流程。縣行政審批服務局牽頭，各審批部門要密切配合。", ["縣行政審批服務局"], ["各審批部門"]),
    ],
)
def test_everyone_beside_lead(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("县住房和城乡建设局牵头。各部门要密切配合，形成合力。", ["县住房和城乡建设局"]),  # another sentence
        ("推进审批改革。各部门要密切配合，形成工作合力。", []),  # no lead
    ],
)
def test_everyone_beside_lead_not_fired(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])
