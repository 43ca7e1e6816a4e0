"""Round 47b: units in prose, seventh batch (分工 sentences, 纪要 交办, 巡察 整改, 提案/建议 办理, 联防联控, 信访).

- A list of departments closed by 等部门 before a comma, then every town's 属地 share ("县市场监管局等部门，各乡镇按
  属地负责"): the departments are responsible, the towns take part (`unit_clauses._departments_then_area`).
- Bodies responsible "by their duties" (按职责分工负责) after a body that took the work on with 负责 and its work
  ("由区财政局负责清理…，区发改局、区市场监管局按职责分工负责") take part (`unit_by_shares.divided_after_duty`).
- Every body of a class with a share after a 牵头 piece ("各相关部门按职责分工做好资料准备") takes part
  (`unit_objects.object_shares`); after a 负责 piece with its work it still names none.
- A matter handed on by itself ("该件交县住建局牵头办理", "该件交丰乐镇人民政府属地办理": `unit_handed`).
- A body that handles the whole matter (交由X具体承办) gives a share after it to the helpers (`object_shares`).
- 落实 (配合) clauses later in a 会同 sentence take part (`units._carriers_after_joint`).
- Lexicon words: 共同办理 (responsible), 负责具体落实, 承担属地整改责任, 共同抓好落实 (implementing), 积极参与
  (participating), 压减 and 定期 end the bodies after 会同, 联席会议 ends a unit name.
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- 等部门, then every town's share on its ground ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # portal text
        (
            "划定水源保护区。县生态环境局、县水利局等部门，各乡镇按属地负责。",
            ["县水利局", "县生态环境局"],
            ["各乡镇"],
        ),
        # traditional
        ("4.規範農村集體聚餐。縣市場監管局等部門，各鄉鎮按屬地負責。", ["縣市場監管局"], ["各鄉鎮"]),
        # 等单位, 落实属地责任
        (
            "（二）清理河道垃圾。区水务局、区城管局等单位，各街道落实属地责任。",
            ["区城管局", "区水务局"],
            ["各街道"],
        ),
        # a PDF line break inside the sentence
        (
            "整治农贸市场。县市场监管局、县城管局等部门，\n各乡镇按属地负责。",
            ["县城管局", "县市场监管局"],
            ["各乡镇"],
        ),
    ],
)
def test_departments_then_towns_on_their_ground(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


def test_departments_without_the_towns_share_read_as_before() -> None:
    # 等部门 with its own verb: unchanged
    assert _units("划定水源保护区。县生态环境局、县水利局等部门负责，各乡镇按属地负责。") == (
        ["县水利局", "县生态环境局"],
        ["各乡镇"],
    )


# --- 按职责分工负责 beside a body that took the work on --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # 由X负责 with its work, then the others by their duties
        (
            "3.规范涉企收费。由区财政局负责清理涉企收费项目，区发改局、区市场监管局按职责分工负责。",
            ["区财政局"],
            ["区发改局", "区市场监管局"],
        ),
        # X负责 with its work, then the others by their duties with their own work
        (
            "一、推进农村厕所改造。县农业农村局负责统筹推进农村户厕改造，县卫生健康局、县住建局按职责分工负责技术指导和质量监管。",
            ["县农业农村局"],
            ["县住建局", "县卫生健康局"],
        ),
        # news style, 按照职责分工负责
        (
            "二是抓好秸秆禁烧。县农业农村局负责秸秆综合利用，县生态环境局、县公安局按照职责分工负责。",
            ["县农业农村局"],
            ["县公安局", "县生态环境局"],
        ),
        # traditional
        (
            "（三）規範收費。由區財政局負責清理收費項目，區發改局、區市場監管局按職責分工負責。",
            ["區財政局"],
            ["區發改局", "區市場監管局"],
        ),
    ],
)
def test_divided_duties_beside_a_duty_take_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # by their duties alone: they lead (as before)
        ("4.加强养老人才培养。市人社局、市民政局按职责分工负责。", ["市人社局", "市民政局"]),
        # in a sentence of its own after a full stop: the rule reads one sentence, they lead as before
        (
            "5.加强宣传。县委宣传部负责宣传报道。县文旅局、县融媒体中心按职责分工负责。",
            ["县文旅局", "县融媒体中心"],
        ),
    ],
)
def test_divided_duties_alone_still_lead(text: str, lead: list[str]) -> None:
    assert _units(text)[0] == sorted(lead)


# --- every body of a class with a share after a 牵头 piece ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # minutes
        (
            "关于粮食安全责任制考核\n会议要求，县发改局牵头抓好考核迎检工作，各相关部门按职责分工做好资料准备。",
            ["县发改局"],
            ["各相关部门"],
        ),
        # a plan's item
        (
            "（三）开展控烟宣传。县卫健局牵头组织宣传活动，县直各单位做好本单位控烟工作。",
            ["县卫健局"],
            ["县直各单位"],
        ),
        # 积极参与 (participating verb)
        (
            "三、关于志愿服务。请团县委、县文明办共同负责，各有关单位积极参与。",
            ["县文明办", "团县委"],
            ["各有关单位"],
        ),
    ],
)
def test_everyone_share_beside_a_lead_takes_part(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # after 负责 with its own work the share is of equals: everyone shares no work
        ("县水利站负责河道巡查，各有关单位做好宣传发动。", ["县水利站"]),
        # a share that is only cooperation
        ("（二）招商引资。区商务局牵头，区直有关部门做好协调配合。", ["区商务局"]),
        # everyone unqualified
        ("三是加强巡查。镇综治办牵头，各单位做好巡查。", ["镇综治办"]),
    ],
)
def test_everyone_share_names_none(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


# --- a matter handed on by itself, and the body that handles it --------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "一、城南安置小区房产证办理问题。该件交县住建局牵头办理，县自然资源局、县不动产登记中心协助办理。",
            ["县住建局"],
            ["县不动产登记中心", "县自然资源局"],
        ),
        (
            "三、某村土地承包纠纷问题。该件交丰乐镇人民政府属地办理，县农业农村局给予业务指导。",
            ["丰乐镇人民政府"],
            [],
        ),
        ("（二）噪声扰民问题。此件交市生态环境局调查处理。", ["市生态环境局"], []),
        # traditional
        (
            "一、安置房辦證問題。該件交縣住建局牽頭辦理，縣自然資源局協助辦理。",
            ["縣住建局"],
            ["縣自然資源局"],
        ),
    ],
)
def test_matter_handed_on_by_itself(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


def test_handed_word_in_other_words_names_nothing_new() -> None:
    # 文件交流 is no matter handed on
    assert _units("加强交流。定期组织文件交流学习。") == ([], [])


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "关于城区背街小巷改造\n会议明确，该项工作交由县住建局具体承办，县财政局统筹保障资金，城关镇配合做好群众工作。",
            ["县住建局"],
            ["城关镇", "县财政局"],
        ),
        ("（二）老旧小区改造。交由区住建局负责承办，区财政局做好资金保障。", ["区住建局"], ["区财政局"]),
    ],
)
def test_share_after_the_body_that_handles_the_matter(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- clauses after a 会同 sentence -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "3.推进体教融合。市教育局会同市体育局开展青少年体育活动，各县（市、区）教育部门具体实施。",
            ["市教育局"],
            ["各县（市、区）教育部门", "市体育局"],
        ),
        (
            "（四）开展联合执法。县生态环境局会同县公安局、县城市管理局定期开展联合执法检查。",
            ["县生态环境局"],
            ["县公安局", "县城市管理局"],
        ),
        ("2.提升获得电力便利度。由区发改局牵头，会同区供电公司压减办电环节。", ["区发改局"], ["区供电公司"]),
    ],
)
def test_joint_sentences(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


def test_clause_after_the_joint_sentences_full_stop_reads_alone() -> None:
    got = _units("推进体教融合。市教育局会同市体育局开展青少年体育活动。各县（市、区）教育部门具体实施。")
    assert "各县（市、区）教育部门" not in got[1]


# --- role words of the lexicon ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # 建议 办理: 共同办理
        (
            "（四）关于解决城东片区停车难的建议。县公安局交通警察大队和县城市管理局共同办理。",
            ["县公安局交通警察大队", "县城市管理局"],
            [],
        ),
        # 第一责任单位, then 负责具体落实
        (
            "二、加强生活垃圾治理。县城市管理局为第一责任单位，县财政局、县生态环境局协同推进，各乡镇人民政府负责具体落实。",
            ["县城市管理局"],
            ["县生态环境局", "县财政局", "各乡镇人民政府"],
        ),
        # 巡察 整改: 负总责, 共同抓好落实
        (
            "（一）产业发展后劲不足。县发改局负总责，县工信局、县商务局共同抓好落实，加快培育主导产业。",
            ["县发改局"],
            ["县商务局", "县工信局"],
        ),
        # 承担属地整改责任
        (
            "（三）生态环境问题整改不到位。由县生态环境局牵头督导，各乡镇党委、政府承担属地整改责任。",
            ["县生态环境局"],
            ["各乡镇党委、政府"],
        ),
    ],
)
def test_role_words(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- 联席会议 ends a name ---------------------------------------------------------------------------------


def test_joint_meeting_name_kept_whole() -> None:
    got = extract_units(
        "二、缓解融资难题。市促进中小企业发展联席会议办公室牵头，市金融工作局配合，开展银企对接活动。"
    )
    assert got.lead == ["市促进中小企业发展联席会议办公室"]
    # the joint meeting itself coordinates: it leads no task (round 46k), and is never cut to "…联"
    got = extract_units("一、加强统筹协调。市促进中小企业发展联席会议负责统筹协调全市中小企业发展工作。")
    assert got.lead == []


def test_joint_meeting_as_an_event_is_no_unit() -> None:
    assert _units("召开联席会议。每季度召开一次联席会议，研究解决重大问题。") == ([], [])


# --- second batch: a mechanism's members after a comma, 为会办单位 -------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "一、建立协作机制。建立由县公安局牵头，县委宣传部、县工信局、县金融工作局参与的联防联控机制。",
            ["县公安局"],
            ["县委宣传部", "县工信局", "县金融工作局"],
        ),
        # traditional
        (
            "（一）建立協作機制。建立由縣公安局牽頭，縣教育局、縣衛健局配合的聯防聯控機制。",
            ["縣公安局"],
            ["縣教育局", "縣衛健局"],
        ),
        # 、 as before (round 46g)
        ("建立由县水利局牵头、各乡镇具体实施的河道保洁机制。", ["县水利局"], ["各乡镇"]),
    ],
)
def test_mechanism_members_after_a_comma(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "三、关于加强农村留守儿童关爱的建议。县民政局为主办单位，县教育局、团县委为会办单位。",
            ["县民政局"],
            ["县教育局", "团县委"],
        ),
        (
            "（二）關於鄉村旅遊的提案。縣文旅局為主辦單位，縣農業農村局為會辦單位。",
            ["縣文旅局"],
            ["縣農業農村局"],
        ),
    ],
)
def test_named_as_co_handlers(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "三、加强涉诈账户治理。县金融工作局会同人行临河县支行督促辖区银行开展涉诈账户排查。",
            ["县金融工作局"],
            ["人行临河县支行"],
        ),
        (
            "2.普及金融知识。市金融办会同人民银行西岭市中心支行开展金融知识宣传。",
            ["市金融办"],
            ["人民银行西岭市中心支行"],
        ),
    ],
)
def test_bank_branch_beside_a_joint_lead(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


def test_bank_as_an_object_is_no_branch() -> None:
    # a bank without a level's branch is the object of the work, no unit
    assert "辖区银行" not in _units("加强账户治理。县金融工作局会同辖区银行机构开展排查。")[1]
