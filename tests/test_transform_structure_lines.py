"""Lines as a reader sees them: PDF line breaks inside a sentence or a unit bracket, items numbered
by a bare number on its own line."""
from __future__ import annotations

from transform.document import parse_document
from transform.structure import normalise_lines, parse_structure


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def _wrapped(text: str, width: int) -> str:
    """`text` hard-wrapped at `width` characters per line, as a PDF conversion prints it."""
    out = []
    for para in text.split("\n"):
        out.extend(para[i:i + width] for i in range(0, len(para), width))
    return "\n".join(out)


def test_a_text_wrapped_at_a_fixed_width_is_read_as_its_paragraphs():
    text = _wrapped("一、产业发展\n1．加快先进制造业集群建设。推动新能源汽车、高端装备等产业集群发展，全年规上工业增加值增长8%以上，"
                    "培育专精特新企业20家。（牵头单位：市工信局）\n2．推动服务业提质扩容。培育服务业集聚区2个，社会消费品零售"
                    "总额增长6%以上，新增限上企业50家，打造夜间消费街区3条。（牵头单位：市商务局）", 30)
    lines = normalise_lines(text)
    assert len(lines) == 3 and lines[1].endswith("（牵头单位：市工信局）")
    tasks = _tasks(text)
    assert [t["lead_units"] for t in tasks] == [["市工信局"], ["市商务局"]]
    assert [t["title"] for t in tasks] == ["加快先进制造业集群建设", "推动服务业提质扩容"]


def test_a_heading_paragraph_without_its_full_stop_is_not_joined_to_the_next():
    text = ("一、重点任务\n（一）坚持农业农村优先发展，激活乡村振兴高质量发展的强劲引擎\n持续加强耕地保护，完成耕地修复2000亩。\n"
            "（二）推动城乡融合发展，补齐基础设施和公共服务短板弱项\n新建农村公路30公里，改造危房100户。")
    assert [t["title"] for t in _tasks(text)] == ["坚持农业农村优先发展，激活乡村振兴高质量发展的强劲引擎",
                                                   "推动城乡融合发展，补齐基础设施和公共服务短板弱项"]


def test_a_unit_bracket_broken_by_a_line_break_is_one_line():
    text = ("一、城乡建设\n1.实施城市更新行动。改造老旧小区30个。（牵头单位：\n市住建局；配合单位：各区政府）\n"
            "2.完善城市路网。新建道路15公里。（责任单位：市交通局、\n市城管局）")
    tasks = _tasks(text)
    assert tasks[0]["lead_units"] == ["市住建局"] and tasks[0]["participating_units"] == ["各区政府"]
    assert tasks[1]["lead_units"] == ["市交通局", "市城管局"]


def test_headings_and_new_items_are_never_joined_to_the_line_above():
    text = ("一、加快推进经济高质量发展重点任务落实见效工作安排\n坚持稳中求进，推动高质量发展，全年目标增长6%左右的\n"
            "1.新建厂房5万平方米，引进项目10个。")
    lines = normalise_lines(text)
    assert lines[0] == "一、加快推进经济高质量发展重点任务落实见效工作安排"
    assert lines[-1].startswith("1.新建厂房")


def test_items_numbered_by_a_bare_number_line():
    text = ("2024年区政府为民办实事项目\n1\n新增困难重残养护床位100张\n改建认知障碍照护床位100张\n"
            "2\n新增公共充电桩400个\n3\n新建社区康复中心2家")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"], ["3"]]
    assert tasks[0]["title"] == "新增困难重残养护床位100张"
    assert "改建认知障碍照护床位100张" in tasks[0]["body"]


def test_a_lone_number_line_is_no_item():
    text = "一、重点任务\n1.新建道路5公里。\n2024\n2.改造桥梁3座。"
    assert [t.path for t in parse_structure(text).tasks] == [["一", "1"], ["一", "2"]]


def test_a_numbered_list_of_names_is_no_list_of_items():
    text = "拟表彰人员名单\n1\n张伟\n2\n李娜\n3\n王强"
    assert parse_structure(text).tasks == []


def test_items_run_together_after_their_unit_bracket_are_split():
    text = ("一、主要目标\n（一）全市生产总值增长6%左右。（市发改委负责）（二）一般公共预算收入增长5%。"
            "（市财政局主办，市税务局协办）\n二、重点工作\n1.新建标准厂房20万平方米。(市工信局牵头)2.引进亿元以上项目30个。"
            "(市商务局牵头，各区配合)\n3.新增城镇就业1.2万人。(市人社局负责)")
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["一", "(一)"], ["一", "(二)"], ["二", "1"], ["二", "2"], ["二", "3"]]
    assert [t["lead_units"] for t in tasks] == [["市发改委"], ["市财政局"], ["市工信局"], ["市商务局"], ["市人社局"]]
    assert tasks[1]["participating_units"] == ["市税务局"] and tasks[3]["participating_units"] == ["各区"]


def test_a_bracket_inside_a_sentence_is_no_item_boundary():
    text = "一、重点工作\n1.推进老旧小区改造（含加装电梯）2.0版试点，完成改造40个。（市住建局牵头）"
    assert [t["path"] for t in _tasks(text)] == [["一", "1"]]
