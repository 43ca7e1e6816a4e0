"""Unit names in a list: shared suffixes, 等, table cells, label words and people (issue 15, point 4)."""
from __future__ import annotations

import pytest

from transform.units import extract_units, split_units


@pytest.mark.parametrize("listed, names", [
    ("各乡、镇人民政府，县统计局", ["各乡、镇人民政府", "县统计局"]),
    ("东湖、西湖区人民政府、市城管局", ["东湖、西湖区人民政府", "市城管局"]),
    ("江北、江南、高新区管委会，市财政局", ["江北、江南、高新区管委会", "市财政局"]),
    ("县水利局，白沙、青山管理区", ["县水利局", "白沙、青山管理区"]),
    ("市直有关部门、单位，各区政府", ["市直有关部门、单位", "各区政府"]),
    ("各县、区人民政府(管委会)", ["各县、区人民政府(管委会)"]),
    ("县乡村振兴、农业产业化专班成员单位", ["县乡村振兴、农业产业化专班成员单位"]),
    ("各市、特区、区人民政府", ["各市、特区、区人民政府"]),
    ("市大数据局，各县、自治县、区人民政府", ["市大数据局", "各县、自治县、区人民政府"]),
])
def test_names_that_share_a_suffix_stay_whole(listed, names):
    assert split_units(listed) == names


@pytest.mark.parametrize("listed, names", [
    ("县发改局、县财政局", ["县发改局", "县财政局"]),
    ("各乡镇、各街道", ["各乡镇", "各街道"]),
    ("县委、县政府", ["县委", "县政府"]),
    ("县科协、县妇联", ["县科协", "县妇联"]),
])
def test_complete_names_are_never_joined(listed, names):
    assert split_units(listed) == names


@pytest.mark.parametrize("listed", ["市卫健委、市医保局等", "市卫健委、市医保局等部门", "市卫健委、市医保局等有关部门",
                                    "市卫健委、市医保局等单位"])
def test_a_trailing_deng_is_dropped(listed):
    assert split_units(listed) == ["市卫健委", "市医保局"]


def test_units_in_a_table_cell_separated_by_spaces():
    assert split_units("县交通运输局 县公安局 各乡镇") == ["县交通运输局", "县公安局", "各乡镇"]
    assert split_units("县交通运输局\u3000县公安局") == ["县交通运输局", "县公安局"]


def test_units_in_a_table_cell_broken_over_lines():
    u = extract_units("实施道路提升工程3条（牵头单位：区住建局；配合单位：南街街道）\n北街街道\n区交通局\n4\n下一项")
    assert u.lead == ["区住建局"] and u.participating == ["南街街道", "北街街道", "区交通局"]
    u = extract_units("完善农村电网。\n责任单位：县供电公司\n县发改局\n各乡镇\n2025年底前完成")
    assert u.lead == ["县供电公司", "县发改局", "各乡镇"]


def test_a_list_does_not_run_on_over_sentences():
    u = extract_units("责任单位：县卫健局\n全面提升基层医疗服务能力。")
    assert u.lead == ["县卫健局"]


def test_label_words_never_stay_inside_a_name():
    assert split_units("配合单位：县统计局") == ["县统计局"]
    assert split_units("县发改局、责任单位:县财政局") == ["县发改局", "县财政局"]


def test_by_duty_phrases_are_not_units():
    for tail in ("按职责分工负责", "按照职责分工负责", "按职责负责", "分别负责"):
        assert split_units(f"县发改局、县财政局{tail}") == ["县发改局", "县财政局"]


@pytest.mark.parametrize("person", ["张三副县长", "李四县长", "县委书记", "王五同志", "区分管领导"])
def test_people_are_never_units(person):
    assert split_units(f"{person}、县教体局") == ["县教体局"]


def test_a_note_in_brackets_is_not_part_of_a_name():
    assert split_units("市发改委、市财政局（排名不分先后）") == ["市发改委", "市财政局"]
    assert split_units("区房管局、区城管局(列第一位者为牵头单位,下同)") == ["区房管局", "区城管局"]


def test_prose_in_a_unit_column_is_dropped():
    names = split_units("推动省级重点实验室建设落地见效，区科技局")
    assert names == ["区科技局"]


def test_traditional_names_keep_their_printed_characters():
    assert split_units("市發改委、市財政局等部門") == ["市發改委", "市財政局"]
    assert split_units("各鄉、鎮人民政府") == ["各鄉、鎮人民政府"]


def test_the_signature_under_the_last_task_is_no_run_on_unit():
    for date in ("2024年5月8日", "2023-11-02", "二〇二四年三月一日"):
        u = extract_units(f"建成数字农业基地3个。（牵头单位：县农业农村局）\n某县人民政府办公室\n{date}")
        assert u.lead == ["县农业农村局"], date


def test_names_joined_by_he_ji_yu():
    assert split_units("县发改局和县财政局") == ["县发改局", "县财政局"]
    assert split_units("县海洋与渔业局及各乡镇") == ["县海洋与渔业局", "各乡镇"]
    for whole in ("县住房和城乡建设局", "高新区党工委和管委会", "县文化和旅游局"):
        assert split_units(whole) == [whole]


def test_a_person_in_brackets_after_a_unit_is_cut():
    assert split_units("县发改局（负责人：张三）、县财政局") == ["县发改局", "县财政局"]


@pytest.mark.parametrize("text, lead", [
    ("加快项目审批。（市发改委、市交通局、能源局等市有关部门和各县级以上地方人民政府按职责分工负责）",
     ["市发改委", "市交通局", "能源局", "各县级以上地方人民政府"]),
    ("优化营商环境。（省商务厅、省市场监管局等省直有关单位和各地级以上市人民政府负责）",
     ["省商务厅", "省市场监管局", "各地级以上市人民政府"]),
    ("做好统计监测。责任单位：各地级以上市人民政府", ["各地级以上市人民政府"]),
])
def test_levels_named_with_yishang_are_unit_names(text, lead):
    # 以上 reads as prose in a sentence, but 地级以上市 / 县级以上 name a level of government
    assert extract_units(text).lead == lead


@pytest.mark.parametrize("text, lead, part", [
    ("推进清单管理。（市政务服务局牵头，市级各有关部门及各县市区政府按职责分工负责）",
     ["市政务服务局"], ["市级各有关部门", "各县市区政府"]),
    ("完善应急预案。（县应急局牵头，县直有关单位和各乡镇人民政府配合）",
     ["县应急局"], ["县直有关单位", "各乡镇人民政府"]),
])
def test_a_collective_before_he_or_ji_ends_a_name(text, lead, part):
    units = extract_units(text)
    assert units.lead == lead and units.participating == part


@pytest.mark.parametrize("listed, names", [
    ("市商务局、高新区管委会等，各县、市、区政府", ["市商务局", "高新区管委会", "各县、市、区政府"]),
    ("各县、市、区人民政府，市直有关部门", ["各县、市、区人民政府", "市直有关部门"]),
    ("各县、市、区教育局；市财政局", ["各县、市、区教育局", "市财政局"]),
])
def test_a_list_of_levels_shares_its_noun(listed, names):
    assert split_units(listed) == names


@pytest.mark.parametrize("listed, names", [
    ("市统计局、市财政局等市级相关单位", ["市统计局", "市财政局"]),
    ("县人社局等县直有关部门，各乡镇", ["县人社局", "各乡镇"]),
    ("区商务局等区级相关部门", ["区商务局"]),
    ("省交通厅等省直单位", ["省交通厅"]),
])
def test_a_trailing_deng_with_a_level_is_dropped(listed, names):
    assert split_units(listed) == names


@pytest.mark.parametrize("listed, names", [
    ("县财政局、及县发改局", ["县财政局", "县发改局"]),
    ("市教育局，会同市卫健委", ["市教育局", "市卫健委"]),
    ("由区城管局、以及区住建局", ["区城管局", "区住建局"]),
    ("县农业农村局、并由县水利局", ["县农业农村局", "县水利局"]),
    ("镇政府、请镇派出所", ["镇政府", "镇派出所"]),
])
def test_a_joining_word_before_any_name_of_a_list_is_dropped(listed, names):
    # the joining word goes from every name, not only the list's first
    assert split_units(listed) == names


@pytest.mark.parametrize("listed, first", [
    ("及时县", "及时县"),          # 及时 is a word, not 及 + a name
    ("由于县", "由于县"),
])
def test_a_word_that_starts_like_a_joining_word_stays(listed, first):
    assert split_units(listed)[0] == first
