"""Sets of administrative areas and names joined by 和/及 at the levels of autonomous regions,
leagues, banners and the Corps (lexicons units_area_sets.toml, units_joined_names.toml).

"各盟市", "相关盟市", "各地州市", "各州市", "各设区市", "各师市", "沿线市县" stand for the governments of
those areas: units in a 配合 clause as in a labelled list, also after 及 ("…环保厅及相关盟市配合").
"自治区财政厅和自治区发展改革委", "盟财政局和盟发改委", "省财政厅和省发展改革委" are two names, as
"县发改局和县财政局" is; 住房和城乡建设局 and 党工委和管委会 stay whole."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units, split_units


def _roles(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return u.lead, u.participating


@pytest.mark.parametrize("areas", ["各盟市", "相关盟市", "各地州市", "各州市", "各设区市", "各市州", "各地市",
                                   "各师市", "沿线市县", "各旗县区", "有关地州", "各地级市"])
def test_a_set_of_areas_takes_part(areas):
    assert _roles(f"（自治区公安厅牵头，{areas}配合）") == (["自治区公安厅"], [areas])


@pytest.mark.parametrize("text, part", [
    ("（自治区水利厅牵头，自治区发展改革委、国土资源厅、环保厅及相关盟市配合）",
     ["自治区发展改革委", "国土资源厅", "环保厅", "相关盟市"]),
    ("(自治区农牧厅牵头,自治区财政厅及各盟市配合)", ["自治区财政厅", "各盟市"]),
    ("（省交通运输厅牵头，省发展改革委和沿线市县配合）", ["省发展改革委", "沿线市县"]),
    ("（州文旅局牵头，州财政局与各县市配合）", ["州财政局", "各县市"]),
])
def test_a_set_of_areas_after_ji_ends_the_list(text, part):
    assert _roles(text)[1] == part


@pytest.mark.parametrize("value, names", [
    ("自治区财政厅和自治区发展改革委", ["自治区财政厅", "自治区发展改革委"]),
    ("盟财政局和盟发改委", ["盟财政局", "盟发改委"]),
    ("旗财政局及旗农牧局", ["旗财政局", "旗农牧局"]),
    ("兵团财政局和兵团发展改革委", ["兵团财政局", "兵团发展改革委"]),
    ("省财政厅和省发展改革委", ["省财政厅", "省发展改革委"]),
    ("市发改委及市财政局", ["市发改委", "市财政局"]),
    ("县委和县政府", ["县委", "县政府"]),
])
def test_names_joined_by_he_at_every_level(value, names):
    assert split_units(value) == names


@pytest.mark.parametrize("name", ["住房和城乡建设局", "县人力资源和社会保障局", "党工委和管委会", "省发展和改革委员会",
                                  "海洋与渔业局", "自治区自然资源和规划厅"])
def test_a_name_with_he_inside_stays_whole(name):
    assert split_units(name) == [name]


def test_a_labelled_list_joined_by_he():
    text = "推进草原生态修复。（牵头单位：自治区林草局；配合单位：自治区财政厅和自治区农牧厅、各盟市）"
    assert _roles(text) == (["自治区林草局"], ["自治区财政厅", "自治区农牧厅", "各盟市"])


def test_a_sentence_about_areas_names_no_unit():
    assert not extract_units("各地州市要加强组织领导，层层压实责任。")


def test_an_autonomous_region_division_plan():
    text = (
        "自治区贯彻落实经济区发展规划重点工作分工方案\n"
        "一、战略定位\n"
        "（一）国家综合能源基地。统筹煤炭、油气资源开发。（自治区能源局牵头，自治区发展改革委、"
        "自然资源厅和生态环境厅及相关盟市配合）\n"
        "（二）节水型社会建设示范区。实施最严格的水资源管理制度。（自治区水利厅牵头，各盟市配合）\n"
    )
    tasks = parse_document(text, source="t.txt", is_text=True).tasks
    assert [(t["lead_units"], t["participating_units"]) for t in tasks] == [
        (["自治区能源局"], ["自治区发展改革委", "自然资源厅", "生态环境厅", "相关盟市"]),
        (["自治区水利厅"], ["各盟市"]),
    ]


def test_a_one_cell_a_line_table_with_sets_of_areas():
    text = (
        "某盟2024年重点工作任务分工\n序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n新建高标准农田20万亩。\n盟农牧局\n盟财政局\n各旗县市\n2024年底\n"
        "2\n完成草原生态修复50万亩。\n盟林草局\n相关旗县\n2024年10月\n"
    )
    tasks = parse_document(text, source="t.txt", is_text=True).tasks
    assert [(t["lead_units"], t["participating_units"]) for t in tasks] == [
        (["盟农牧局"], ["盟财政局", "各旗县市"]),
        (["盟林草局"], ["相关旗县"]),
    ]


def test_traditional_characters_read_the_same():
    text = "（自治區水利廳牽頭，自治區發展改革委、國土資源廳、環保廳及相關盟市配合）"
    assert _roles(text) == (["自治區水利廳"], ["自治區發展改革委", "國土資源廳", "環保廳", "相關盟市"])
    assert split_units("自治區財政廳和自治區發展改革委") == ["自治區財政廳", "自治區發展改革委"]
