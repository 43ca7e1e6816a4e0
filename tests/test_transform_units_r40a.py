"""Round 40a: units on genres not yet written (文明城市 测评, 巡察/审计 整改台账, 森林防火, 秸秆禁烧,
控辍保学, 医保基金监管, 爱国卫生, 双拥, 平安建设).

- 抓总 (负责抓总) is a lead verb: "县林业局抓总，各乡镇人民政府具体落实" -> lead 县林业局, the
  implementing body takes part.
- 为责任主体 (为实施主体, 为主体责任单位) is a responsible verb: "各乡镇人民政府为责任主体，县农业农村局配合".
- a rectification ledger's fields (整改时限, 整改措施, 整改要求) end the unit list before them, and the
  unit that oversees it (监督单位) is no unit of the task.
- "X联合Y开展…" reads as "X会同Y…": X leads, Y takes part; 联合会/联合社 stay inside a name.
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


# --- 抓总 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "严格野外火源管控。设立检查站。县林业局抓总，各乡镇人民政府具体落实。",
            ["县林业局"],
            ["各乡镇人民政府"],
        ),
        (
            "加强扑火队伍建设。组织演练。县应急管理局抓总、县消防救援大队具体落实。",
            ["县应急管理局"],
            ["县消防救援大队"],
        ),
        (
            "摸清底数。建立一人一档。市教育局抓总，市公安局、市民政局协同。",
            ["市教育局"],
            ["市公安局", "市民政局"],
        ),
        ("推进防火通道建设。（区林业局负责抓总，各街道办事处配合）", ["区林业局"], ["各街道办事处"]),
        ("嚴格野外火源管控。縣林業局抓總，各鄉鎮人民政府具體落實。", ["縣林業局"], ["各鄉鎮人民政府"]),
    ],
)
def test_overall_charge_leads(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "编制防火规划。县发改局抓总体规划编制，县财政局配合。",  # 抓总体规划: no 抓总
        "加强统筹。要抓总抓实，层层压实责任。",  # no body before it
    ],
)
def test_overall_charge_needs_its_own_word_and_a_body(text: str) -> None:
    lead, _part = _units(text)
    assert "县发改局" not in lead
    assert not any("抓总" in n for n in lead)


# --- 为责任主体 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "落实属地管理责任。划定禁烧责任区。各乡镇人民政府为责任主体，县农业农村局配合。",
            ["各乡镇人民政府"],
            ["县农业农村局"],
        ),
        (
            "推进秸秆综合利用。县农业农村局为责任主体，县发改局、县财政局配合。",
            ["县农业农村局"],
            ["县发改局", "县财政局"],
        ),
        ("整治城中村环境。（各街道办事处为实施主体，区城管局配合）", ["各街道办事处"], ["区城管局"]),
        ("强化巡查执法。市生态环境局为主体责任单位。", ["市生态环境局"], []),
    ],
)
def test_responsible_subject_leads(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "压实责任。明确企业为责任主体，落实安全生产责任。",  # an enterprise in general: no unit
        "强化属地责任。乡镇是禁烧工作的第一道防线。",
    ],
)
def test_responsible_subject_without_body(text: str) -> None:
    assert _units(text) == ([], [])


# --- rectification ledger fields ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "制度落实不到位。整改措施：开展专项检查。责任领导：周建华 责任单位：县委组织部 整改时限：2025年6月底前",
            ["县委组织部"],
            [],
        ),
        (
            "公务接待不规范。整改措施：修订办法。责任领导：吴敏 责任单位：县纪委监委机关、县财政局 整改时限：长期坚持",
            ["县纪委监委机关", "县财政局"],
            [],
        ),
        (
            "专项资金未及时拨付。整改要求：限期拨付到位。责任单位：县财政局；监督单位：县审计局",
            ["县财政局"],
            [],
        ),
        (
            "项目结算不规范。责任单位：市住建局、市交通运输局；监督部门：市审计局",
            ["市住建局", "市交通运输局"],
            [],
        ),
        ("台账不全。牵头单位：区财政局 整改期限：2025年底", ["区财政局"], []),
    ],
)
def test_ledger_fields_end_unit_lists(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a 配合 label after the deadline field is still read
        ("台账不全。牵头单位：区财政局 整改时限：年底前 配合单位：区审计局", ["区财政局"], ["区审计局"]),
        ("监督不到位。整改措施：完善制度。", [], []),
    ],
)
def test_ledger_fields_leave_other_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- X联合Y ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("开展自查自纠。组织开展自查。县医保局联合县卫生健康局组织实施。", ["县医保局"], ["县卫生健康局"]),
        (
            "打击欺诈骗保行为。开展集中打击。县公安局联合县医保局、县市场监管局开展专项打击。",
            ["县公安局"],
            ["县医保局", "县市场监管局"],
        ),
        ("整治校园周边。市教育局联合市公安局加强校园周边巡查。", ["市教育局"], ["市公安局"]),
        ("加强食品抽检。区市场监管局要联合区农业农村局开展抽检。", ["区市场监管局"], ["区农业农村局"]),
    ],
)
def test_joint_with_lianhe(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("推进改革。县发改局联合发文部署。", [], []),  # no body after 联合
        ("推进改革。各乡镇联合县公安局开展巡查。", [], []),  # prose subject
        ("关爱残疾人。县残疾人联合会负责组织实施。", ["县残疾人联合会"], []),
        ("发展合作经济。县供销合作社联合社负责，县财政局配合。", ["县供销合作社联合社"], ["县财政局"]),
        ("繁荣文艺。县文学艺术界联合会牵头，县文旅局配合。", ["县文学艺术界联合会"], ["县文旅局"]),
    ],
)
def test_lianhe_in_names_and_prose(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 在X的指导下，Y负责 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("建立监测机制。每月比对。在县教育局的指导下，各中小学校负责建立监测台账。", ["各中小学校"], []),
        (
            "开展劝返复学。逐一登门劝返。在各乡镇人民政府的统筹下，各村（社区）负责入户劝返。",
            ["各乡镇人民政府"],
            ["各村（社区）"],
        ),
        ("做好应急值守。在市应急管理局业务指导下，各区应急管理局具体落实。", ["各区应急管理局"], []),
        ("整治人居环境。在镇党委的统一领导下，镇农业服务中心负责组织实施。", ["镇农业服务中心"], []),
        ("開展勸返復學。在縣教育局的指導下，各中小學校負責建立台賬。", ["各中小學校"], []),
        ("完善台账。在县住建局的统筹协调下，各乡镇人民政府负责落实。", ["县住建局"], ["各乡镇人民政府"]),
    ],
)
def test_doers_under_guidance(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "开展评估。在专家的指导下开展评估。",  # no doer body
        "做好衔接。在上级的统筹下，我们负责落实。",  # no unit on either side
        "完善机制。在各方共同努力下，取得明显成效。",  # no guiding word, no doer verb
    ],
)
def test_guidance_without_units(text: str) -> None:
    assert _units(text) == ([], [])


# --- X负责，Y指导 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("发展特色种植产业。扩大规模。镇农业服务中心具体负责，镇经济发展办指导。", ["镇农业服务中心"], []),
        ("推进畜禽粪污利用。县农业农村局具体负责，县生态环境局业务指导。", ["县农业农村局"], []),
        ("建设避难场所。区应急管理局负责，市应急管理局给予指导。", ["区应急管理局"], []),
        ("發展特色種植產業。鎮農業服務中心具體負責，鎮經濟發展辦指導。", ["鎮農業服務中心"], []),
    ],
)
def test_guiding_tail_is_no_unit(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("建立机制。县农业农村局负责，县发改局配合。", ["县农业农村局"], ["县发改局"]),
        # a long tail with its own work is no short guiding clause (read as before: a 负责 with its work)
        ("建立机制。县农业农村局负责，县发改局负责加强对各乡镇项目申报工作的业务指导。", ["县发改局"], []),
    ],
)
def test_guiding_tail_leaves_other_clauses(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 机关 after a body's name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "强化线索移送。建立机制。（县医保局、县纪委监委机关按职责分工负责）",
            ["县医保局", "县纪委监委机关"],
            [],
        ),
        ("规范公务接待。修订办法。（县纪委监委机关牵头，县财政局配合）", ["县纪委监委机关"], ["县财政局"]),
        (
            "做好代表联络。（市人大常委会机关、市政协机关按职责分工负责）",
            ["市人大常委会机关", "市政协机关"],
            [],
        ),
    ],
)
def test_organ_offices_are_units(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize("name", ["党政机关", "国家机关", "机关", "无烟机关"])
def test_organ_suffix_alone_is_no_unit(name: str) -> None:
    from transform.gazetteer import is_unit_like

    assert not is_unit_like(name)


# --- 转/转交/责成 before a unit --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("开展积案排查。梳理积案。转市信访局牵头办理，各镇（街道）配合。", ["市信访局"], ["各镇（街道）"]),
        ("落实包案制度。责成市委政法委牵头办理。", ["市委政法委"], []),
        (
            "推进分类处理。导入法律程序。转市人民法院、市人民检察院按职责办理。",
            ["市人民法院", "市人民检察院"],
            [],
        ),
        ("处理群众来信。转交县住建局牵头办理，县城管局配合。", ["县住建局"], ["县城管局"]),
    ],
)
def test_handed_to_unit(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("做好垃圾转运。县转运中心牵头，县城管局配合。", ["县转运中心"], ["县城管局"]),  # 转 inside a name
        ("推进产业转型。市转型办牵头，市发改委配合。", ["市转型办"], ["市发改委"]),
    ],
)
def test_zhuan_inside_names_stays(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a title's work verb before 部门 is no unit ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "强化部门协同。建立联合惩戒机制。（县医保局、县卫健局按职责分工负责）",
            ["县医保局", "县卫健局"],
            [],
        ),
        ("完善部门协同。建立会商制度。（县公安局牵头，县交通运输局配合）", ["县公安局"], ["县交通运输局"]),
        ("健全部门协同。定期会商。县应急管理局牵头。", ["县应急管理局"], []),
        ("完善部门参与。建立机制。（县卫健局、县医保局按职责分工负责）", ["县卫健局", "县医保局"], []),
        ("完善部门协同机制。建立会商制度。", [], []),
    ],
)
def test_title_verb_before_bumen_is_prose(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


def test_real_bumen_list_still_read() -> None:
    assert _units("加强协调。（县发改局牵头，县直有关部门配合）") == (["县发改局"], ["县直有关部门"])
    assert _units("做好保障。相关部门协同。县财政局牵头。")[0] == ["县财政局"]


# --- a 配合 clause with its work beside any lead found ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "储备防汛物资。补充物资。由区应急管理局负责，区财政局配合做好经费保障。",
            ["区应急管理局"],
            ["区财政局"],
        ),
        ("储备物资。县应急管理局负责，县财政局配合做好经费保障。", ["县应急管理局"], ["县财政局"]),
        ("儲備防汛物資。由區應急管理局負責，區財政局配合做好經費保障。", ["區應急管理局"], ["區財政局"]),
    ],
)
def test_object_participants_beside_any_lead(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("储备物资。县应急管理局负责，各单位要积极配合做好保障。", ["县应急管理局"], []),  # everyone: no unit
        ("储备物资。县应急管理局负责。", ["县应急管理局"], []),
    ],
)
def test_object_participants_need_a_body(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a label a PDF line break cut ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "整治环境。规范分区。牵头单\n位：县商务局 配合单位：县市场监管局、县城管局",
            ["县商务局"],
            ["县市场监管局", "县城管局"],
        ),
        ("整治环境。牵头单位：县商务局 配合单\n位：县市场监管局", ["县商务局"], ["县市场监管局"]),
        ("整治环境。牵\n头单位：县商务局；配合部\n门：县市场监管局", ["县商务局"], ["县市场监管局"]),
        ("整治環境。牽頭單\n位：縣商務局；配合單位：縣城管局", ["縣商務局"], ["縣城管局"]),
    ],
)
def test_wrapped_label(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("整治环境。牵头单位：\n县商务局", ["县商务局"], []),  # the break after the colon
        ("整治环境。\n牵头单位：县商务局", ["县商务局"], []),  # the break before the label
        ("整治环境。加强单\n位：管理", [], []),  # no label when joined
    ],
)
def test_wrapped_label_leaves_others(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a role word a PDF line break cut -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "落实网格化监管。建立三级网格。各乡镇人民政府为责任\n主体，县农业农村局、县生态环境局配合。",
            ["各乡镇人民政府"],
            ["县农业农村局", "县生态环境局"],
        ),
        (
            "推进秸秆离田利用。培育主体。县农业农村局抓\n总，县发改局、县财政局具体落实。",
            ["县农业农村局"],
            ["县发改局", "县财政局"],
        ),
        ("开展执法检查。严查焚烧。县生态环境局牵\n头，县公安局配合。", ["县生态环境局"], ["县公安局"]),
        ("開展執法檢查。縣生態環境局牽\n頭，縣公安局配\n合。", ["縣生態環境局"], ["縣公安局"]),
    ],
)
def test_role_word_cut_by_line_break(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


def test_rejoined_spans_cover_the_printed_clause() -> None:
    from transform.units import strip_spans

    text = "推进秸秆离田利用。新建站点3个。县农业农村局抓\n总，县发改局、县财政局具体落实。"
    u = extract_units(text)
    assert strip_spans(text, u.spans).startswith("推进秸秆离田利用。新建站点3个。")
    assert "县发改局" not in strip_spans(text, u.spans)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("推进利用。县农业农村局负责。\n2.开展执法。", ["县农业农村局"], []),  # a break between sentences
        ("推进利用。新建站点。\n县农业农村局牵头，县财政局配合。", ["县农业农村局"], ["县财政局"]),
    ],
)
def test_line_breaks_between_words_stay(text: str, lead: list[str], part: list[str]) -> None:
    from transform.unit_rejoin import rejoined

    assert rejoined(text) is None
    assert _units(text) == (lead, part)


# --- 按职责分工抓好落实 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "加强职业技能培训。开展订单式培训。县人社局牵头，县直各有关单位、各乡镇（街道）按职责分工抓好落实。",
            ["县人社局"],
            ["县直各有关单位", "各乡镇（街道）"],
        ),
        (
            "治理欠薪。（市人社局牵头，市住建局、市交通运输局按职责抓好落实）",
            ["市人社局"],
            ["市住建局", "市交通运输局"],
        ),
        ("治理欠薪。（区住建局、区交通运输局按照职责分工抓好落实）", ["区住建局", "区交通运输局"], []),
        (
            "整治校园周边。县教育局牵头，县公安局、县市场监管局按照职责分工抓好落实。",
            ["县教育局"],
            ["县公安局", "县市场监管局"],
        ),
    ],
)
def test_implementing_by_field(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


def test_implementing_by_field_everyone_is_none() -> None:
    assert _units("加强培训。各有关单位要按职责分工抓好落实。") == ([], [])


# --- every town 负责 with a guiding or carrying tail -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("开展清淤。清淤沟渠。各乡镇人民政府负责，县水利局做好技术指导。", ["各乡镇人民政府"], []),
        ("整治环境。各街道办事处负责，区城管局指导。", ["各街道办事处"], []),
        ("管护设施。各乡镇人民政府负责，村级管水员具体落实。", ["各乡镇人民政府"], []),
    ],
)
def test_every_town_leads_beside_a_short_tail(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "整治环境。各部门负责，县城管局指导。",  # everyone: a closing formula
        "整治环境。各有关单位负责，县城管局指导。",
    ],
)
def test_everyone_beside_a_tail_is_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- 会同 clauses ending with 研究/制定 --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "关于城区停车场建设。会议明确，由县住建局牵头，会同县自然资源局、县城管局研究提出建设方案。",
            ["县住建局"],
            ["县自然资源局", "县城管局"],
        ),
        ("完善补贴政策。由市财政局牵头，会同市农业农村局制定实施细则。", ["市财政局"], ["市农业农村局"]),
        ("编制专项规划。区发改局牵头，会同区自然资源局编制规划。", ["区发改局"], ["区自然资源局"]),
    ],
)
def test_joint_clause_with_study_verbs(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a meeting's lead-in before the subject body --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("关于冬季清洁取暖。会议要求县发改局会同县财政局制定补贴办法。", ["县发改局"], ["县财政局"]),
        ("关于供水。会议要求，县水利局会同各乡镇做好水源保护。", ["县水利局"], ["各乡镇"]),
        ("关于停车场。会议决定市住建局联合市公安局开展专项整治。", ["市住建局"], ["市公安局"]),
        ("关于供水。会议明确，县水利局负责做好水源保护。", ["县水利局"], []),
    ],
)
def test_meeting_lead_in(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "关于供水。会议要求各部门负责做好水源保护。",  # everyone
        "关于供水。会议要求会同有关方面研究。",  # no subject body
    ],
)
def test_meeting_lead_in_without_body(text: str) -> None:
    assert _units(text) == ([], [])


# --- X负责指导，Y负责实施 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("推进明厨亮灶。接入监控。县教育局负责指导，各中小学校负责实施。", ["各中小学校"], []),
        ("推进明厨亮灶。县教育局指导，各中小学校具体落实。", ["各中小学校"], []),
        (
            "防疫。县卫健局负责指导，县疾控中心负责组织实施，各乡镇卫生院配合。",
            ["县疾控中心"],
            ["各乡镇卫生院"],
        ),
        ("推進明廚亮灶。縣教育局負責指導，各中小學校負責實施。", ["各中小學校"], []),
    ],
)
def test_guiding_opener_is_no_unit(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("推进明厨亮灶。县教育局负责指导。", ["县教育局"], []),  # no clause after it: read as before
        ("推进明厨亮灶。县教育局负责指导，确保全覆盖。", ["县教育局"], []),  # no doer after it
        ("加强指导，各学校负责实施。", [], []),  # no body before 指导
    ],
)
def test_guiding_opener_needs_a_doer_clause(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a name a PDF line break cut at the end of a labelled list -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("改造管网。牵头单位：县水利局 配合单位：各镇人民政\n府", ["县水利局"], ["各镇人民政府"]),
        (
            "改造管网。牵头单位：县水利局；配合单位：县发改局、县卫生健\n康局",
            ["县水利局"],
            ["县发改局", "县卫生健康局"],
        ),
        ("改造管网。责任单位：县住建局、县城市管理\n局", ["县住建局", "县城市管理局"], []),
        (
            "改造管网。牵头单位：县水利局；配合单位：县发改局、各镇人民政\n府",
            ["县水利局"],
            ["县发改局", "各镇人民政府"],
        ),
        ("整治环境。责任单位：县城管局、县融媒体中\n心", ["县城管局", "县融媒体中心"], []),
        ("推进监管。牽頭單位：縣水利局；配合單位：各鄉鎮人民政\n府", ["縣水利局"], ["各鄉鎮人民政府"]),
    ],
)
def test_name_cut_at_list_end(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("改造管网。牵头单位：县水利局；配合单位：县发改局\n2.开展检测。", ["县水利局"], ["县发改局"]),
        ("改造管网。牵头单位：县水利局；配合单位：县发改局\n年底前完成", ["县水利局"], ["县发改局"]),
    ],
)
def test_complete_name_before_break_stays(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 具体工作由 opens the names; 落实主体 is a responsible label -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("开展进校园。开设兴趣课。具体工作由县教育局负责，县文旅局配合。", ["县教育局"], ["县文旅局"]),
        (
            "培养传承人。带徒传艺。具体工作由县文旅局负责，各乡镇人民政府配合。",
            ["县文旅局"],
            ["各乡镇人民政府"],
        ),
        ("完善台账。日常工作由区民政局牵头，各街道办事处配合。", ["区民政局"], ["各街道办事处"]),
        (
            "推进精深加工。培育龙头企业。落实主体：县工信局；配合单位：县自然资源局、县滩羊集团",
            ["县工信局"],
            ["县自然资源局", "县滩羊集团"],
        ),
        ("打造品牌。开展推介。落实部门：市商务局；配合单位：市文旅局", ["市商务局"], ["市文旅局"]),
    ],
)
def test_work_opener_and_implementing_subject_label(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("具体工作要求。各单位要高度重视。", [], []),  # 具体工作 without 由
        ("落实主体责任。压实各方责任。", [], []),  # 落实主体 without a colon is work
    ],
)
def test_work_opener_and_label_words_in_prose(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a leader who leads the sentence is no unit ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "推进改造。完成主体工程。由分管副县长牵头，县住建局负责，县生态环境局配合。",
            ["县住建局"],
            ["县生态环境局"],
        ),
        ("实施道路改造。由常务副县长牵头，县交通运输局负责，县城管局配合。", ["县交通运输局"], ["县城管局"]),
        (
            "建设产业园。由分管副市长牵头，市发改委负责，市工信局、市财政局配合。",
            ["市发改委"],
            ["市工信局", "市财政局"],
        ),
    ],
)
def test_leader_head_leaves_bodies(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


def test_body_head_still_leads() -> None:
    text = "推进改造。由县发改局牵头，县住建局负责，县生态环境局配合。"
    assert _units(text) == (["县发改局"], ["县住建局", "县生态环境局"])


# --- 以上任务由 opens a closing statement -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("以上任务由各乡镇人民政府负责，县农业农村局指导。", ["各乡镇人民政府"], []),
        ("以上任务由各乡镇人民政府负责，县农业农村局配合。", ["各乡镇人民政府"], ["县农业农村局"]),
        ("上述任务由区住建局负责，区财政局配合。", ["区住建局"], ["区财政局"]),
    ],
)
def test_closing_statement_opener(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


def test_closing_statement_for_everyone_is_none() -> None:
    assert _units("以上任务由各有关单位负责，县农业农村局指导。") == ([], [])


# --- shared suffixes: 市场 is no level; a road section office is a unit ------------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县公安、市场监管部门", ("县公安、市场监管部门",)),
        ("区教育、市场监管部门", ("区教育、市场监管部门",)),
        ("县住建、市政部门", ("县住建、市政部门",)),
        ("县公路段、沿线乡镇", ("县公路段", "沿线乡镇")),
        ("县交通运输局、市公路养护段、沿线各乡镇", ("县交通运输局", "市公路养护段", "沿线各乡镇")),
    ],
)
def test_shared_suffix_fields_and_section_offices(value: str, names: tuple[str, ...]) -> None:
    from transform.unit_names import split_value

    assert split_value(value)[0] == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县公安局、市场监管局", ("县公安局", "市场监管局")),  # two whole names
        ("各县、市、区政府", ("各县、市、区政府",)),  # levels that share a noun
        ("县发改局、市场监管局", ("县发改局", "市场监管局")),
    ],
)
def test_shared_suffix_whole_names_stay(value: str, names: tuple[str, ...]) -> None:
    from transform.unit_names import split_value

    assert split_value(value)[0] == names


def test_road_section_is_no_phrase_unit() -> None:
    from transform.gazetteer import is_unit_like

    assert is_unit_like("县公路段")
    assert not is_unit_like("重点路段")


# --- a slash right after a role verb ends the clause ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("推进补短板。完善设施。县发改局牵头/县住建局配合", ["县发改局"], ["县住建局"]),
        ("促进市民化。落实政策。县公安局牵头/县教育局、县人社局配合", ["县公安局"], ["县教育局", "县人社局"]),
        ("推动一体化。（县水利局牵头／各镇人民政府配合）", ["县水利局"], ["各镇人民政府"]),
        ("推動一體化。縣水利局牽頭/各鎮人民政府配合", ["縣水利局"], ["各鎮人民政府"]),
    ],
)
def test_slash_after_role_verb(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("推进。（县发改局/县财政局）", ["县发改局", "县财政局"], []),  # a slash between names
        ("推进。责任单位：县发改局/县财政局", ["县发改局", "县财政局"], []),
    ],
)
def test_slash_between_names_stays(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 其中X为牵头单位; 按职责分工配合 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "开展管护。落实责任。（责任单位：县林业局、各镇（街道），其中县林业局为牵头单位）",
            ["县林业局"],
            ["各镇（街道）"],
        ),
        (
            "发展林下经济。（责任单位：县林业局、县农业农村局，其中县林业局为牵头单位）",
            ["县林业局"],
            ["县农业农村局"],
        ),
        (
            "提标扩能。（县卫健局牵头，县医保局、县财政局按职责分工配合）",
            ["县卫健局"],
            ["县医保局", "县财政局"],
        ),
        (
            "医共体建设。（县卫健局牵头，县医保局、县人民医院按职责分工做好配合）",
            ["县卫健局"],
            ["县医保局", "县人民医院"],
        ),
        ("乡医培训。（市卫健委牵头，各区人民政府按照职责分工配合）", ["市卫健委"], ["各区人民政府"]),
    ],
)
def test_lead_note_and_field_helpers(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("开展管护。其中，重点区域要加强巡查。", [], []),  # 其中 in prose
        ("推进。各有关单位要做好配合。县林业局牵头。", ["县林业局"], []),  # everyone helping is none
    ],
)
def test_lead_note_words_in_prose(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "推进项目建设。完成提升改造。由市文旅局统筹，市住建局、市交通运输局按职责推进。",
            ["市文旅局"],
            ["市住建局", "市交通运输局"],
        ),
        (
            "建设园区。（县发改局牵头，县工信局、县商务局按职责分工推进）",
            ["县发改局"],
            ["县工信局", "县商务局"],
        ),
        ("推进。（市住建局、市交通运输局按职责分工推进）", ["市住建局", "市交通运输局"], []),
    ],
)
def test_pushing_by_field(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


def test_pushing_by_everyone_is_none() -> None:
    assert _units("推进。各有关单位要按职责推进。") == ([], [])


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("严控火源。设卡检查。（县林业局抓总）", ["县林业局"], []),  # no other role word in the text
        ("推进园区建设。（区发改局统筹）", ["区发改局"], []),
    ],
)
def test_lead_words_alone_are_read(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)
