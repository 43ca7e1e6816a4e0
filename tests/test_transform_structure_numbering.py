"""Numbering: any punctuation (or none) after the number, numbering running on across sections,
一是…二是… in news, work reports and sections, ordinals (第一，)."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import match_marker
from transform.structure import parse_structure


def _paths(text: str) -> list[list[str]]:
    return [t.path for t in parse_structure(text).tasks]


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


@pytest.mark.parametrize("line, label", [
    ("1。推进轨道交通建设", "1"), ("12。新建公交站台", "12"), ("3；完成道路改造", "3"), ("1)新建公园", "1)"),
    ("2 新建停车场", "2"), ("第一，加强组织领导", "第一"), ("第三、强化督查考核", "第三"), ("一．主要任务", "一"),
    ("一是加快项目建设", "一是"), ("十二是完善养老服务", "十二是"), ("二是2021年计划投资500万元", "二是"),
    ("1.2024年底前完成验收", "1"), ("9.家门口的服务站", "9"), ("4、万亩良田建设", "4"),
])
def test_markers_with_any_punctuation_after_the_number(line, label):
    mk = match_marker(line)
    assert mk is not None and mk.label == label, line


@pytest.mark.parametrize("line", ["1.5万亩高标准农田", "3 个乡镇", "5%以上", "2023、2024年", "第一批试点单位",
                                  "1、2号线"])
def test_figures_and_phrases_are_no_markers(line):
    assert match_marker(line) is None, line


def test_running_numbering_across_sections_in_any_style():
    text = ("一、稳增长\n（1）新建厂房5万平方米。\n（2）培育企业10家。\n二、惠民生\n（3）新增就业2000人。\n"
            "三、优环境\n（4）整治河道8条。")
    assert _paths(text) == [["一", "(1)"], ["一", "(2)"], ["二", "(3)"], ["三", "(4)"]]


def test_full_stop_numbering_in_a_list_of_projects():
    text = "一、交通出行\n1。续建地铁3号线。\n2。打通断头路10条。\n二、市容环境\n3。整治背街小巷20条。"
    assert _paths(text) == [["一", "1"], ["一", "2"], ["二", "3"]]


def test_items_opening_with_a_year_are_split_from_one_paragraph():
    text = "今冬改造目标如下：1.2024年10月底前，城区清洁取暖覆盖率达到100%。2.2024年底前，完成改造3000户。"
    assert _paths(text) == [["1"], ["2"]]


def test_ordinal_items_under_a_section():
    text = "一、重点任务\n第一，扩大有效投资，实施项目80个。\n第二，提振消费，新建商业街区2个。"
    assert _paths(text) == [["一", "第一"], ["一", "第二"]]


# ------------------------------------------------------------------ 一是 二是

def test_yi_shi_in_a_news_paragraph_without_other_numbering():
    text = ("记者日前从区政府获悉，今年全区将实施惠民工程12项。一是推进城市供水改造，新建水厂1座；"
            "二是改善农村人居环境，完成改厕3000户；三是提升教育水平，新建学校2所。")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["一是"], ["二是"], ["三是"]]
    # the title runs to the end of the item's first sentence, commas included
    assert tasks[0]["title"] == "推进城市供水改造，新建水厂1座"


def test_yi_shi_after_a_comma_under_a_section():
    text = "一、工作重点\n（一）抓好项目建设，一是新开工项目40个；二是竣工项目25个。\n（二）优化服务。减少审批环节。"
    assert _paths(text) == [["一", "(一)", "一是"], ["一", "(一)", "二是"], ["一", "(二)"]]


def test_yi_shi_opening_lines_holding_numbered_projects():
    text = ("一是扎实推进产业发展。全年引进项目10个。\n（一）食品加工园项目：总投资2亿元。\n（二）冷链物流项目：总投资8000万元。\n"
            "二是全面推进党的建设。开展主题教育。")
    assert _paths(text) == [["一是", "(一)"], ["一是", "(二)"], ["二是"]]


def test_a_lone_yi_shi_line_is_prose():
    text = "一、工作要求\n一是要提高认识，确保工作落实。\n二、重点任务\n1.新建道路5公里。"
    assert ["一是"] not in [p[-1:] for p in _paths(text)]


def test_yi_shi_with_figures_right_after_it():
    text = "（四）推进重点项目。一是2024年计划投资3000万元建设农村道路；二是投资800万元改造学校。"
    assert _paths(text) == [["(四)", "一是"], ["(四)", "二是"]]


def test_yi_shi_list_in_an_intro_paragraph_is_closed_by_the_next_items():
    text = ("二、重点任务\n今年重点抓好以下工作：一是扩大投资；二是促进消费。\n（一）扩大有效投资。新建项目50个。\n"
            "（二）促进消费。新建商圈2个。")
    paths = _paths(text)
    assert ["二", "(一)"] in paths and ["二", "(二)"] in paths


def test_yi_shi_exhortations_of_a_meeting_report_are_no_tasks():
    text = ("会议指出，今年以来全县安全形势总体平稳。会议要求，一是要提高政治站位，压实安全责任；"
            "二是要深入开展隐患排查；三是要加强应急值守。")
    assert _paths(text) == []


@pytest.mark.parametrize("line, label", [
    ("1*.开展“一证多址”改革。", "1"),
    ("2* .推进企业登记便利化。", "2"),
    ("3★、建设智慧政务平台。", "3"),
])
def test_a_star_marking_a_key_item_keeps_its_number(line, label):
    mk = match_marker(line)
    assert mk is not None and mk.label == label and line[mk.end:].startswith(("开展", "推进", "建设"))


def test_a_paragraph_indent_lost_to_question_marks_is_no_text():
    from transform.document import parse_document

    text = ("??一、提升政务服务\n??（一）优化网上办事。\n??1.网办事项比例达到95%以上。（责任单位：区政务服务中心）\n"
            "??2.新增“免申即享”事项10项。（责任单位：区政务服务中心、区财政局）")
    tasks = parse_document(text, source="t.txt", is_text=True).tasks
    assert [t["path"] for t in tasks] == [["一", "(一)", "1"], ["一", "(一)", "2"]]
    assert tasks[1]["lead_units"] == ["区政务服务中心", "区财政局"]


@pytest.mark.parametrize("line, label", [
    ("1.*改建认知障碍照护床位220张", "1"),
    ("12、★新增公办幼儿园托位40个", "12"),
    ("3．* 建设社区康复中心1家", "3"),
])
def test_a_star_after_the_marker_marks_a_key_item_too(line, label):
    mk = match_marker(line)
    assert mk is not None and mk.label == label and line[mk.end:][:1] in "改新建"


def test_a_redaction_mask_after_the_marker_stays_in_the_text():
    mk = match_marker("1.**区某某村道路建设工程")
    assert mk is not None and "1.**区某某村道路建设工程"[mk.end:] == "**区某某村道路建设工程"
