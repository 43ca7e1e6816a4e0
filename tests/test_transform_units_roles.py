"""Role labels and clause forms of task units (issue 15, point 4; EXTRACTION.md "Role labels").

Every role-label family, with a full-width colon, a half-width one, inside brackets of each kind,
on a line of its own or with the colon lost; 牵头/责任/配合 clauses in running text and in brackets.
"""
from __future__ import annotations

import pytest

from transform.units import extract_units, strip_spans


def _roles(text: str, **kw) -> tuple[list[str], list[str]]:
    u = extract_units(text, **kw)
    return u.lead, u.participating


# --- lead labels -------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["牵头单位", "牵头部门", "牵头责任单位", "牵头考核单位", "主责单位", "主办"])
@pytest.mark.parametrize("form", ["（{label}：区财政局）", "({label}:区财政局)", "【{label}：区财政局】",
                                  "\n{label}：区财政局", "〔{label}: 区财政局〕"])
def test_every_lead_label_in_every_bracket_and_colon(label, form):
    text = "统筹推进预算绩效管理改革，年内完成评价项目60个。" + form.format(label=label)
    assert _roles(text) == (["区财政局"], [])


@pytest.mark.parametrize("label", ["责任单位", "责任部门", "责任科室", "责任主体"])
def test_responsible_labels_lead_when_no_lead_is_named(label):
    assert _roles(f"开展安全生产大排查。（{label}：镇应急办、镇派出所）") == (["镇应急办", "镇派出所"], [])


@pytest.mark.parametrize("label", ["责任单位", "责任部门", "责任科室", "责任主体"])
def test_responsible_labels_participate_beside_a_lead(label):
    text = f"建设智慧停车系统。\n牵头单位：市城管局\n{label}：市公安局交警支队、各区政府"
    assert _roles(text) == (["市城管局"], ["市公安局交警支队", "各区政府"])


@pytest.mark.parametrize("label", ["配合单位", "参与单位", "协办单位", "协同单位", "共同责任单位", "数据提供单位",
                                   "协同责任单位", "主要协作单位"])
def test_participating_labels(label):
    text = f"（牵头单位：省商务厅；{label}：省统计局、省税务局）"
    assert _roles(text) == (["省商务厅"], ["省统计局", "省税务局"])


def test_participating_label_never_stays_inside_the_previous_name():
    # the label that follows a list ends it: it never becomes part of the last name
    lead, part = _roles("新增规上企业30家(牵头单位:县工信局;数据提供单位:县统计局)")
    assert lead == ["县工信局"] and part == ["县统计局"]
    lead, part = _roles("（牵头单位：区教育局、团区委；共同责任单位：各街道）")
    assert lead == ["区教育局", "团区委"] and part == ["各街道"]


def test_labels_in_traditional_characters_read_like_simplified_and_print_as_printed():
    lead, part = _roles("新建幼兒園8所。(牽頭單位:市教育局;共同責任單位:市財政局、市住建局,各縣區)")
    assert lead == ["市教育局"] and part == ["市財政局", "市住建局", "各縣區"]


def test_person_labels_are_never_units():
    for person in ("责任领导：李四", "分管领导:王五副县长", "牵头领导：赵六", "牵头负责领导：陈七", "责任人：周八",
                   "分管市领导：吴九"):
        assert _roles(f"完成老旧小区改造12个。（{person}；牵头单位：县住建局）") == (["县住建局"], [])
        assert not extract_units(f"完成老旧小区改造12个。\n{person}")


def test_a_label_word_used_in_a_sentence_is_no_label():
    # "协同单位" here is the subject of a sentence, not a label whose colon was lost
    assert not extract_units("跨部门事项由牵头单位统筹，协同单位积极配合，形成合力。")


# --- clauses -------------------------------------------------------------------------------------

def test_x_leads_y_cooperates_in_brackets_and_in_a_sentence():
    assert _roles("（市发展改革委牵头，市财政局、市统计局配合）") == (["市发展改革委"], ["市财政局", "市统计局"])
    assert _roles("此项工作由区住建局牵头,区城管局、各街道办事处参与。") == (["区住建局"], ["区城管局", "各街道办事处"])
    assert _roles("部门分工：省交通运输厅牵头，各地、各部门配合。") == (["省交通运输厅"], ["各地", "各部门"])


def test_x_responsible_y_takes_part_and_z_carries_out():
    text = "〔市教育局、市人社局负责，市财政局等参与，各县（市、区）人民政府负责落实。〕"
    assert _roles(text) == (["市教育局", "市人社局"], ["市财政局", "各县（市、区）人民政府"])


def test_carrying_out_beside_a_lead_unit_is_participating():
    text = "（县水利局牵头，县农业农村局参与，各乡镇人民政府负责落实。以下各项均需各乡镇落实，不再列出。）"
    assert _roles(text) == (["县水利局"], ["县农业农村局", "各乡镇人民政府"])


def test_several_clause_blocks_in_one_task_are_joined():
    text = ("推进污水管网建设。（县住建局牵头，县财政局参与）加快建设农村污水处理站。"
            "（县生态环境分局、县水利局牵头，各镇参与）")
    assert _roles(text) == (["县住建局", "县生态环境分局", "县水利局"], ["县财政局", "各镇"])


def test_each_named_unit_leads_with_fenbie_qiantou():
    assert _roles("责任单位：市人社局、市农业农村局分别牵头") == (["市人社局", "市农业农村局"], [])
    assert _roles("（区科技局、区商务局分别牵头，区财政局配合）") == (["区科技局", "区商务局"], ["区财政局"])


def test_clauses_inside_a_labelled_value():
    assert _roles("责任单位：市发改委牵头，市财政局、市统计局配合") == (["市发改委"], ["市财政局", "市统计局"])


def test_a_list_cut_off_after_a_lead_clause_takes_part():
    text = "开展专项整治。(市生态环境局、市公安局牵头督导,市自然资源局、市水务局、"
    assert _roles(text) == (["市生态环境局", "市公安局"], ["市自然资源局", "市水务局"])


def test_fuze_in_running_text_is_work_not_a_unit_list():
    assert not extract_units("由县发改局负责组织实施，各镇街抓好落实。")
    assert not extract_units("建立由县长牵头的联席会议制度。")
    assert not extract_units("发挥各自职能作用（需要各部门密切配合）")
    assert _roles("完成改造任务。\n县住建局负责。") == (["县住建局"], [])


def test_a_leader_who_leads_is_no_unit():
    assert not extract_units("成立由副县长牵头，县直有关部门参与的工作专班。")
    assert not extract_units("（县委书记牵头）")


# --- first-listed rule ---------------------------------------------------------------------------

@pytest.mark.parametrize("note", ["（列第一位者为牵头单位，下同）", "(列第一位的为牵头或汇总单位)",
                                  "（排在第一位的为工作牵头单位）", "(除标注分别牵头外,列第一位为牵头单位,下同)"])
def test_a_note_in_the_list_is_cut_and_makes_the_first_unit_lead(note):
    u = extract_units(f"责任单位：市商务局、市发改委、市财政局{note}")
    assert u.lead == ["市商务局"] and u.participating == ["市发改委", "市财政局"]
    assert u.first_is_lead_note


def test_the_note_says_whether_it_holds_for_the_following_tasks():
    assert extract_units("责任单位：县发改局、县财政局（列第一位者为牵头单位，下同）").note_following
    assert not extract_units("责任单位：县发改局、县财政局（列第一位者为牵头单位）").note_following


def test_first_listed_rule_never_splits_units_that_each_lead():
    u = extract_units("责任单位：市人社局、市农业农村局分别牵头", first_is_lead=True)
    assert u.lead == ["市人社局", "市农业农村局"]


def test_first_listed_rule_with_a_participating_label():
    u = extract_units("（责任单位：县农业农村局、县林业局；配合单位：各乡镇）", first_is_lead=True)
    assert u.lead == ["县农业农村局"] and u.participating == ["县林业局", "各乡镇"]


# --- section headings ----------------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["县示范区管委会牵头工作（6项）", "市发改委牵头的任务", "县住建局牵头事项(12项)",
                                     "区商务局负责的重点工作"])
def test_a_heading_that_names_who_leads_its_work(heading):
    lead = extract_units(heading, heading=True).lead
    assert len(lead) == 1 and lead[0] in heading
    assert not extract_units(heading)   # only a heading says so


def test_a_heading_without_a_unit_states_none():
    assert not extract_units("重点领域改革牵头工作", heading=True)


# --- more label and clause forms -------------------------------------------------------------------

def test_labels_in_square_brackets_without_colon():
    assert _roles("推进数字乡村建设。【牵头单位】县农业农村局【配合单位】县大数据中心、各镇") == (
        ["县农业农村局"], ["县大数据中心", "各镇"])
    assert _roles("推进数字乡村建设。[责任单位]县农业农村局") == (["县农业农村局"], [])


def test_labels_followed_by_a_space_or_a_line_break_instead_of_a_colon():
    assert _roles("创建示范村10个。 牵头单位 市农业农村局 配合单位 市财政局") == (["市农业农村局"], ["市财政局"])
    assert _roles("创建示范村10个。\n牵头单位\n市农业农村局\n配合单位\n市财政局") == (["市农业农村局"], ["市财政局"])


def test_huitong_names_a_participating_unit():
    assert _roles("由区民政局牵头，会同区财政局、区卫健局组织实施。") == (["区民政局"], ["区财政局", "区卫健局"])
    assert _roles("（区民政局会同区财政局负责）") == (["区民政局"], ["区财政局"])
    assert _roles("由区民政局会同区财政局负责。") == (["区民政局"], ["区财政局"])


def test_fuze_clauses_beside_a_lead_clause_in_a_sentence():
    assert _roles("县商务局牵头，各有关部门按职责分工负责。") == (["县商务局"], ["各有关部门"])


def test_a_note_outside_brackets_and_a_duty_note_inside_them():
    assert _roles("（责任单位：市人社局、市财政局，列第一位的为牵头单位）") == (["市人社局"], ["市财政局"])
    assert _roles("责任单位:市人社局、市财政局(按职责分工负责)") == (["市人社局", "市财政局"], [])


@pytest.mark.parametrize("heading, lead", [
    ("县发展和改革局（5项）", ["县发展和改革局"]), ("县委办", ["县委办"]), ("市场监管局", ["市场监管局"]),
    ("各乡镇（10项）", ["各乡镇"]), ("县发改局、县财政局", ["县发改局", "县财政局"]),
    ("重点项目（6项）", []), ("工业和信息化", []), ("开发区", []), ("科技创新", []), ("县城建设", []),
])
def test_a_heading_that_is_only_units_states_the_lead(heading, lead):
    assert extract_units(heading, heading=True).lead == lead


def test_by_duty_clauses_in_running_text():
    assert _roles("加快建设，县发改局、县财政局按职责分工负责。") == (["县发改局", "县财政局"], [])
    assert not extract_units("各部门按职责分工负责，确保任务落实。")      # a closing formula names no body
    assert not extract_units("要对县发改局负责。")


def test_clauses_joined_by_a_dunhao_and_wei_forms():
    assert _roles("（县文旅局牵头、县财政局配合）") == (["县文旅局"], ["县财政局"])
    assert _roles("县文旅局为牵头单位，县财政局、县商务局为配合单位。") == (["县文旅局"], ["县财政局", "县商务局"])


@pytest.mark.parametrize("text, lead", [
    ("完成棚户区改造800户。（县住建局、县自然资源局）", ["县住建局", "县自然资源局"]),
    ("新建公办幼儿园2所（区教育局）", ["区教育局"]),
    ("推行“一网通办”。（市政务服务管理局）\n", ["市政务服务管理局"]),
    ("依托县人民医院（县医共体总院）建设胸痛中心。", []),       # an alias inside the sentence
    ("县农业农村局（县乡村振兴局）", []),                        # an alias after a name
    ("覆盖城区主要道路（县城区）。", []),                          # an area
    ("推进各项工作（2025年）。", []),
    ("开展文明创建活动（各乡镇）", []),                             # everyone, no body
])
def test_a_bracket_of_bare_unit_names_ending_a_sentence(text, lead):
    assert extract_units(text).lead == lead


def test_deng_with_a_count_is_dropped():
    assert _roles("责任单位：市发改委等6个部门") == (["市发改委"], [])


def test_colon_bracket_and_comma_variants():
    assert _roles("加快建设。（牵头单位∶县发改局；配合单位︰县财政局､县统计局）") == (["县发改局"], ["县财政局", "县统计局"])
    assert _roles("推进改革。［责任单位］县司法局") == (["县司法局"], [])
    assert _roles("推进改革。责任单位﹕县司法局") == (["县司法局"], [])


def test_x_responsible_y_cooperates_in_running_text():
    assert _roles("完成管网改造。县住建局负责，县财政局配合。") == (["县住建局"], ["县财政局"])
    assert _roles("完成管网改造，由县住建局负责，县财政局配合。") == (["县住建局"], ["县财政局"])
    assert not extract_units("要对县发改局负责，积极配合。")


def test_more_role_words():
    assert _roles("（主要负责单位：区发改局；负责单位：区财政局）") == (["区发改局"], ["区财政局"])
    assert _roles("（区发改局牵头抓总，区财政局、区统计局各司其职）") == (["区发改局"], ["区财政局", "区统计局"])
    assert _roles("（牵头单位：区发改局；督导单位：区委督查室）") == (["区发改局"], [])


def test_a_bracket_in_a_contact_field_names_no_responsible_unit():
    assert not extract_units("3.联系人：张三（县发改局），联系电话：0530-1234567")


def test_the_rules_that_found_the_units_are_named():
    rules = extract_units("责任单位：县发改局、县财政局（列第一位者为牵头单位）").rules
    assert any("label (responsible)" in r for r in rules) and any("first listed" in r for r in rules)
    assert extract_units("（县发改局牵头，县财政局配合）").rules == ["clause 牵头: 县发改局", "clause 配合: 县财政局"]
    assert extract_units("推进改革。").rules == []


@pytest.mark.parametrize("text, lead, part", [
    ("壮大特色农业。责任领导：王某；责任站所：农业服务中心；完成时限：2024年10月底。", ["农业服务中心"], []),
    ("推进项目建设。牵头站所：经发办；配合站所：项目办、财政所。", ["经发办"], ["项目办", "财政所"]),
    ("整治人居环境（责任办所：村建办、各村）", ["村建办", "各村"], []),
])
def test_town_plans_name_their_offices(text, lead, part):
    units = extract_units(text)
    assert units.lead == lead and units.participating == part


def test_a_town_table_with_an_offices_column():
    from transform.document import parse_document

    text = ("某镇2024年重点工作任务清单\n序号 | 工作任务 | 责任领导 | 责任站所 | 完成时限\n"
            "1 | 新建村级便民服务中心2个 | 王某 | 党政办、社会事务办 | 2024年9月\n"
            "2 | 完成农村公路提档升级15公里 | 李某 | 村建办 | 2024年11月")
    tasks = parse_document(text, source="t.txt", is_text=True).tasks
    assert [t["lead_units"] for t in tasks] == [["党政办", "社会事务办"], ["村建办"]]


@pytest.mark.parametrize("text, lead", [
    ("三是办好民生实事，新建公办幼儿园3所，县教体局负责落实。", ["县教体局"]),
    ("改造老旧小区12个，市住建局、市城管局负责。会议要求，各单位要压实责任。", ["市住建局", "市城管局"]),
    ("完成造林5000亩，区林业局具体负责；", ["区林业局"]),
])
def test_departments_that_end_a_sentence_with_a_fuze_verb_lead(text, lead):
    units = extract_units(text)
    assert units.lead == lead
    # the span cut before the targets are read is the clause, not the work before it
    assert all(piece in strip_spans(text, units.spans) for piece in ("3所", "12个", "5000亩") if piece in text)


@pytest.mark.parametrize("text", [
    "办好民生实事，各乡镇负责落实。",          # everyone: a closing formula
    "确保完成任务，对县政府负责。",            # answerable to, not responsible for
    "由县发改局负责统筹，县教体局负责落实，确保按期完成。",  # mid-sentence: left to the clause rules
])
def test_other_fuze_sentences_name_no_unit(text):
    assert extract_units(text).lead == []


@pytest.mark.parametrize("text, lead", [
    ("完成牧区道路改造。（旗交通运输局、旗财政局）", ["旗交通运输局", "旗财政局"]),
    ("新建牧民定居点5处，旗农牧局负责落实。", ["旗农牧局"]),
    ("推进全盟数字政务建设。（盟行政审批局、盟大数据中心）", ["盟行政审批局", "盟大数据中心"]),
])
def test_banner_and_league_bodies_are_government_bodies(text, lead):
    assert extract_units(text).lead == lead


@pytest.mark.parametrize("text, lead", [
    ("新建公厕12座，县住建局负责，年底前全部建成。", ["县住建局"]),
    ("800户农村危房完成改造，镇建设办负责，同步推进配套建设。", ["镇建设办"]),
    ("改造农村公路30公里，由县交通运输局负责实施，10月底前完工。", ["县交通运输局"]),
    ("新增养老床位200张，区民政局、区卫健委负责，年底前投用。", ["区民政局", "区卫健委"]),
])
def test_a_fuze_clause_of_its_own_between_commas_names_the_responsible_bodies(text, lead):
    assert _roles(text) == (lead, [])


def test_fuze_between_commas_without_a_body_is_work():
    assert not extract_units("加强统筹调度，各部门负责，形成工作合力。")   # everyone: a formula
    assert not extract_units("完善工作机制，对群众负责，提升服务水平。")


@pytest.mark.parametrize("text, lead", [
    ("（经济投资局和航空口岸局分别牵头，区发改局配合）", ["经济投资局", "航空口岸局"]),
    ("（商务局与文旅局共同牵头）", ["商务局", "文旅局"]),
    ("（住房和城乡建设局牵头）", ["住房和城乡建设局"]),
])
def test_names_joined_by_he_before_fenbie_qiantou_each_lead(text, lead):
    assert _roles(text)[0] == lead
