"""Round 40h: units on genres not yet written, second batch (衔接资金 项目分工, 重大项目 包抓, 招商引资,
粮食安全 考核, 田长制, 督察 整改, 安全生产 措施, 校外培训 治理 in a traditional mirror, Hong Kong and Macau
plans, 数据要素, 城市更新, 低空经济, 人居环境).

- Labels of traditional mirrors and of Hong Kong and Macau plans (units_roles.toml): 主辦機關 leads,
  協辦機關 / 協作實體 take part, 負責政策局／部門 / 負責實體 / 權責機關 are responsible.
- 具体抓 is an implementing verb: "县农业农村局负总责，各乡镇人民政府具体抓" -> the body that takes overall
  charge leads, the one that carries it out takes part.
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


# --- labels of traditional mirrors, Hong Kong and Macau ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "開展無證辦學專項排查。主辦機關：縣教育局；協辦機關：縣市場監管局、縣公安局。",
            ["縣教育局"],
            ["縣市場監管局", "縣公安局"],
        ),
        ("規範收費監管。主办机关：市教育局　协办机关：市发展改革委", ["市教育局"], ["市发展改革委"]),
        (
            "推展試點項目。負責政策局／部門：運輸及物流局、民航處",
            ["運輸及物流局", "民航處"],
            [],
        ),
        ("檢視規例。負責政策局/部門：發展局、規劃署", ["發展局", "規劃署"], []),
        (
            "完善中藥註冊審批制度。負責實體：藥物監督管理局；協作實體：衛生局、澳門投資發展局",
            ["藥物監督管理局"],
            ["衛生局", "澳門投資發展局"],
        ),
        ("加強資質審查。權責機關：縣教育局、縣人社局", ["縣教育局", "縣人社局"], []),
    ],
)
def test_mirror_and_special_region_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("加强审核。主办机关要严格把关，确保质量。", [], []),  # no colon: a subject, not a label
        ("推动转型。县工信局负责实体经济运行监测。", ["县工信局"], []),  # 负责 + 实体经济: no label
        ("開展聯合執法。協作實體經濟組織參與監督。", [], []),
    ],
)
def test_label_words_without_a_colon_are_no_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 具体抓 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "农村户厕问题摸排整改。全年完成整改1500座。县农业农村局负总责，各乡镇人民政府具体抓，县卫生健康局配合。",
            ["县农业农村局"],
            ["各乡镇人民政府", "县卫生健康局"],
        ),
        ("优化招商考核评价。纳入综合考核。市委督查室负总责，市统计局具体抓。", ["市委督查室"], ["市统计局"]),
        ("推进项目建设。（区发改局牵头，各街道办事处具体抓）", ["区发改局"], ["各街道办事处"]),
        ("村庄清洁行动。縣農業農村局負總責，各鄉鎮人民政府具體抓。", ["縣農業農村局"], ["各鄉鎮人民政府"]),
        ("推进。由县农业农村局牵头，各乡镇具体抓好落实。", ["县农业农村局"], ["各乡镇"]),
        ("推进项目建设。（各街道办事处具体抓）", ["各街道办事处"], []),  # alone: it carries the task
        ("加强宣传。县委宣传部具体抓。", ["县委宣传部"], []),
    ],
)
def test_hands_on_body_takes_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("压实责任。各级领导干部要亲自抓、具体抓，确保落实到位。", [], []),
        ("抓具体、具体抓。形成工作合力。", [], []),
    ],
)
def test_hands_on_words_without_a_body_name_no_unit(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 共同推进 and 落实属地责任 are implementing verbs ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "农产品冷链物流园项目。年内建成冷库库容5万吨。县商务局牵头，县交通运输局、县农业农村局共同推进。",
            ["县商务局"],
            ["县交通运输局", "县农业农村局"],
        ),
        (
            "从严治理校外培训机构。（市教育局、市市场监管局、市公安局等部门按职责分工负责，"
            "各县（市、区）人民政府落实属地责任）",
            ["市教育局", "市市场监管局", "市公安局"],
            ["各县（市、区）人民政府"],
        ),
        ("推进改造。（区住建局牵头，各街道办事处落实属地管理责任）", ["区住建局"], ["各街道办事处"]),
        ("強化監管。（縣市場監管局牽頭，各鄉鎮人民政府落實屬地責任）", ["縣市場監管局"], ["各鄉鎮人民政府"]),
        ("推进。（县发改局、县财政局共同推进）", ["县发改局", "县财政局"], []),  # alone: they carry it
    ],
)
def test_joint_and_local_duty_verbs_implement(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("加强协作。各部门要共同推进项目建设。", [], []),
        ("压实责任。各地要落实属地责任，加强日常巡查。", [], []),
    ],
)
def test_joint_and_local_duty_verbs_need_a_body(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a 负责 piece with its work beside a 牵头 piece takes part -------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "新能源电池材料项目。年内完成固定资产投资6亿元。县工信局牵头负责，县自然资源局负责用地保障，"
            "县供电公司负责电力配套。",
            ["县工信局"],
            ["县自然资源局", "县供电公司"],
        ),
        ("推进建设。县发改局牵头，县财政局负责资金保障。", ["县发改局"], ["县财政局"]),
        ("推进建设。由县住建局牵头，县自然资源局负责做好用地报批。", ["县住建局"], ["县自然资源局"]),
        ("推進建設。縣發改局牽頭，縣財政局負責資金保障。", ["縣發改局"], ["縣財政局"]),
    ],
)
def test_duty_piece_beside_a_lead_takes_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # no 牵头 before it: both bodies have their own duty
        ("推进建设。县发改局负责项目审批，县财政局负责资金保障。", ["县发改局", "县财政局"], []),
        ("推进建设。县发改局牵头，负责人要靠前指挥。", ["县发改局"], []),  # a person, no body
        ("推进建设。县发改局牵头，各有关部门负责做好配合。", ["县发改局"], []),  # everyone
    ],
)
def test_duty_piece_without_a_lead_before_it_is_left(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 配合开展 (协助开展, 协同开展) takes part; 开展 is a prose word, never inside a name --------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "培育低空产业主体。引进低空经济企业10家。由县工信局负责，县投资促进中心配合开展招商。",
            ["县工信局"],
            ["县投资促进中心"],
        ),
        ("开展评估。县商务局牵头，县财政局协助开展项目评估。", ["县商务局"], ["县财政局"]),
        ("推进。由区住建局负责，区城管局配合开展入户宣传。", ["区住建局"], ["区城管局"]),
        ("推进。由市卫健委负责，市疾控中心配合开展监测。", ["市卫健委"], ["市疾控中心"]),
        ("开展评估。（县商务局牵头，县财政局协同开展）", ["县商务局"], ["县财政局"]),
        ("開展評估。由縣工信局負責，縣財政局配合開展招商。", ["縣工信局"], ["縣財政局"]),
    ],
)
def test_helper_that_carries_out_with_it_takes_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("开展检查。各有关部门要配合开展专项检查。", [], []),  # everyone
        ("开展检查。配合开展专项整治行动。", [], []),  # no body
    ],
)
def test_helper_words_without_a_body_name_none(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a PDF line break inside a unit name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "推进老旧街区微改造。完成微改造街区6条。——区住建局、区自然\n资源局",
            ["区住建局", "区自然资源局"],
            [],
        ),
        (
            "实施背街小巷整治。整治背街小巷40条。——区城管局牵头，各街道\n办事处配合",
            ["区城管局"],
            ["各街道办事处"],
        ),
        ("完整社区建设。新建试点12个。责任主体：区民政\n局、区住建局。", ["区民政局", "区住建局"], []),
        ("推進改造。——區城管局牽頭，各街道\n辦事處配合", ["區城管局"], ["各街道辦事處"]),
    ],
)
def test_name_cut_by_a_line_break_is_read_whole(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a whole name on each line of a cell
        (
            "补齐短板。新建养老服务站。\n牵头单位：县民政局\n配合单位：县住建局\n县自然资源局\n东风镇",
            ["县民政局"],
            ["县住建局", "县自然资源局", "东风镇"],
        ),
        ("推进。——县发改局牵头，县财政局\n县住建局配合。", ["县发改局"], ["县财政局", "县住建局"]),
        ("加强管理。县里要加强\n管理，确保成效。", [], []),  # prose wrapped
    ],
)
def test_break_between_whole_names_or_prose_stays(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)
