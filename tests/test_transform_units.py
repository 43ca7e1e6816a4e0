"""Units: label forms, X牵头Y配合, person names, glued names, canonical names."""
from __future__ import annotations

from transform.gazetteer import canonical, split_glued
from transform.units import extract_units, split_units, strip_spans


def test_parenthesised_lead_and_participating_without_separator():
    u = extract_units("完成造林0.1万亩（牵头单位：科技局参与单位：各镇街）")
    assert u.lead == ["科技局"] and u.participating == ["各镇街"]


def test_ascii_brackets_square_brackets_and_nested_parentheses():
    u = extract_units("[牵头部门:县住房和城乡建设局、县农业农村局(乡村振兴局);参与部门:各镇街]")
    assert u.lead == ["县住房和城乡建设局", "县农业农村局(乡村振兴局)"] and u.participating == ["各镇街"]
    u = extract_units("内容。【牵头单位：县发改局】")
    assert u.lead == ["县发改局"]


def test_units_on_their_own_lines_and_mid_sentence():
    u = extract_units("改善人居环境。\n牵头单位：县住建局\n参与单位：县环保局、各乡镇（街道）")
    assert u.lead == ["县住建局"] and u.participating == ["县环保局", "各乡镇（街道）"]
    u = extract_units("推进改革，责任单位：县财政局。完成时限：2024年底。")
    assert u.lead == ["县财政局"] and u.participating == []


def test_lead_and_responsible_both_named():
    u = extract_units("（牵头单位：县发改局；责任单位：县财政局、县统计局）")
    assert u.lead == ["县发改局"] and u.participating == ["县财政局", "县统计局"]


def test_first_listed_is_lead_rule():
    u = extract_units("责任单位：市市场监督管理局、市税务局", first_is_lead=True)
    assert u.lead == ["市市场监督管理局"] and u.participating == ["市税务局"]
    u = extract_units("责任单位：市市场监督管理局、市税务局")
    assert u.lead == ["市市场监督管理局", "市税务局"]


def test_x_leads_y_cooperates():
    u = extract_units("新建高标准农田5万亩。（县农业农村局牵头，县发展改革局、县财政局配合）")
    assert u.lead == ["县农业农村局"] and u.participating == ["县发展改革局", "县财政局"]
    u = extract_units("由县商务局牵头，各镇街配合落实。")
    assert u.lead == ["县商务局"] and u.participating == ["各镇街"]
    u = extract_units("建立由县长牵头的工作机制。")
    assert not u


def test_person_names_are_not_units():
    u = extract_units("（牵头单位：县交通运输局；责任领导：王某某）")
    assert u.lead == ["县交通运输局"] and u.participating == []
    u = extract_units("责任人：张三")
    assert not u


def test_names_with_inner_separator_stay_whole_and_trailing_deng_is_dropped():
    assert split_units("各县（市、区）政府、县财政局") == ["各县（市、区）政府", "县财政局"]
    assert split_units("全县新能源、新材料产业专班成员单位") == ["全县新能源、新材料产业专班成员单位"]
    assert split_units("县民政局、各街道等") == ["县民政局", "各街道"]
    assert split_units("县发改局等部门") == ["县发改局"]


def test_by_duty_phrase_is_not_a_unit():
    u = extract_units("（牵头单位：县大数据局、县司法局按职责分工负责；参与单位：各镇街）")
    assert u.lead == ["县大数据局", "县司法局"]


def test_glued_names_are_split_with_the_gazetteer():
    assert split_glued("发展改革工业和信息化局") == ["发展改革局", "工业和信息化局"]
    assert split_glued("政府办公室行政审批服务局") == ["政府办公室", "行政审批服务局"]
    assert split_glued("人力资源社会保障局县返乡创业服务中心") == ["人力资源社会保障局", "县返乡创业服务中心"]
    assert split_glued("县应急局各镇街") == ["县应急局", "各镇街"]
    assert split_glued("财政局科技局") == ["财政局", "科技局"]


def test_branch_offices_and_party_organs_are_not_split():
    assert split_glued("市生态环境局成武分局") == ["市生态环境局成武分局"]
    assert split_glued("市生态环境局成武分局县综合行政执法局") == ["市生态环境局成武分局", "县综合行政执法局"]
    assert split_glued("国家统计局鄄城调查队") == ["国家统计局鄄城调查队"]
    assert split_glued("县委宣传部") == ["县委宣传部"]
    assert split_glued("县农业农村局(乡村振兴局)") == ["县农业农村局(乡村振兴局)"]


def test_canonical_names():
    # the level printed before a department is kept (issue 15: 县 and 市 bodies are different)
    for printed in ("县发展和改革局", "县发改局", "县发展改革委"):
        assert canonical(printed) == "县发展和改革局", printed
    for printed in ("发展改革局", "发改局"):
        assert canonical(printed) == "发展和改革局", printed
        assert canonical(printed, "县") == "县发展和改革局", printed
    assert canonical("县住房城乡建设局") == "县住房和城乡建设局"
    assert canonical("县委宣传部") == "县委宣传部"
    assert canonical("市生态环境局鄄城县分局") == "县生态环境局"


def test_unit_blocks_are_stripped_for_target_extraction():
    text = "建成书房5处。（牵头单位：县文旅局；配合单位：县财政局）"
    u = extract_units(text)
    assert strip_spans(text, u.spans) == "建成书房5处。"


def test_unit_marked_as_lead_inside_a_responsible_list():
    u = extract_units("（责任单位：县发改局（牵头）、县财政局、县统计局）")
    assert u.lead == ["县发改局"] and u.participating == ["县财政局", "县统计局"]


def test_by_duty_list_without_label_in_brackets():
    u = extract_units("完成改造任务。（县发改局、县财政局按职责分工负责）")
    assert u.lead == ["县发改局", "县财政局"]
    assert not extract_units("由县发改局负责组织实施，各镇街抓好落实。")


def test_labels_whose_colon_was_lost():
    u = extract_units("完成任务。（牵头单位县发改局；配合单位各镇街）")
    assert u.lead == ["县发改局"] and u.participating == ["各镇街"]
    u = extract_units("（牵头单位：县发改局；责任领导张三）")
    assert u.lead == ["县发改局"] and u.participating == []


def test_names_starting_with_he_are_kept():
    assert split_units("和平区住房和城乡建设局、和平区财政局") == ["和平区住房和城乡建设局", "和平区财政局"]
