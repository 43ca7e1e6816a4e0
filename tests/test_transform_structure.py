"""Structure: numbering styles, hierarchy, inline items, tables, annexes, titles."""
from __future__ import annotations

from transform.numbering import match_marker
from transform.structure import normalise_lines, parse_structure, task_title
from transform.titles import glued_title


def _paths(text: str) -> list[list[str]]:
    return [t.path for t in parse_structure(text).tasks]


def test_every_marker_style_is_recognised_and_normalised():
    cases = {"一、总体要求": "一", "（一）指导思想": "(一)", "(二)目标": "(二)", "1.完善体系": "1", "1、完善": "1",
             "1．完善": "1", "1﹒完善": "1", "（1）完善": "(1)", "(12)完善": "(12)", "①完善": "①",
             "第三章 保障措施": "第三章", "十一、切实抓好组织实施": "十一"}
    for line, label in cases.items():
        mk = match_marker(line)
        assert mk is not None and mk.label == label, line


def test_numbers_and_dates_at_line_start_are_not_markers():
    for line in ("2023年全县粮食产量", "1.5万亩高标准农田", "10万元以上", "3、4月份完成", "2023、2024年度"):
        assert match_marker(line) is None, line


def test_hierarchy_three_levels_with_restart_per_section():
    text = "一、产业\n（一）工业\n1.甲。\n2.乙。\n（二）农业\n1.丙。\n二、民生\n（一）教育\n1.丁。"
    assert _paths(text) == [["一", "(一)", "1"], ["一", "(一)", "2"], ["一", "(二)", "1"],
                            ["二", "(一)", "1"]]


def test_numbering_running_on_across_sections_and_starting_above_one():
    text = "一、创新\n7.甲。\n8.乙。\n二、开放\n9.丙。"
    assert _paths(text) == [["一", "7"], ["一", "8"], ["二", "9"]]


def test_deepest_level_is_the_task_and_parents_are_not():
    text = "一、任务\n1．推进一网通办。\n（1）实现掌上办150项。\n（2）建设自助区10个。\n2．压减时限。"
    assert _paths(text) == [["一", "1", "(1)"], ["一", "1", "(2)"], ["一", "2"]]


def test_goal_and_guiding_headings_are_not_tasks_but_goal_text_is_kept():
    text = ("一、总体要求\n（一）指导思想\n坚持新发展理念。\n（二）发展目标\n到2025年，产值达到100亿元。\n"
            "二、重点任务\n（一）抓好生产\n内容。")
    s = parse_structure(text)
    assert [t.path for t in s.tasks] == [["二", "(一)"]]
    assert any("100亿元" in g for g in s.goal_paragraphs)
    assert not any("新发展理念" in g for g in s.goal_paragraphs)


def test_top_level_leaf_is_a_task_only_with_a_unit():
    text = "一、加强领导。各部门要落实责任。\n二、强化督导。（牵头单位：县政府办公室）"
    s = parse_structure(text, has_units=lambda n: "牵头单位" in n.own_text)
    assert [t.path for t in s.tasks] == [["二"]]


def test_items_inline_in_one_paragraph_are_split():
    lines = normalise_lines("1.完善体系。建成10个。2.加强平台。建成5个。3.培育人才。")
    assert [ln[:2] for ln in lines] == ["1.", "2.", "3."]
    lines = normalise_lines("主要任务包括：（1）建设道路20公里；（2）新建桥梁3座。")
    assert lines[1].startswith("（1）") and lines[2].startswith("（2）")


def test_inline_split_needs_a_consistent_sequence():
    line = "完成投资5亿元。3、5、7号线同步推进，确保按期完工并投入运营使用。"
    assert normalise_lines(line) == [line]


def test_yi_shi_er_shi_items_become_tasks_and_share_the_closing_units():
    text = "一、社区治理\n（一）推进创新。一是划分网格500个；二是建设智慧社区20个。（牵头单位：区民政局）"
    s = parse_structure(text)
    assert [t.path for t in s.tasks] == [["一", "(一)", "一是"], ["一", "(一)", "二是"]]
    assert "牵头单位" not in s.tasks[1].own_text
    assert "牵头单位" in s.tasks[1].parent.own_text


def test_unnumbered_subheading_is_not_part_of_the_previous_task():
    text = "一、设施\n教育设施\n1、新建幼儿园。\n卫生设施\n1、建设卫生院。"
    s = parse_structure(text)
    assert [t.path for t in s.tasks] == [["一", "1"], ["一", "1"]]
    assert "卫生设施" not in s.tasks[0].own_text


def test_annex_restarting_numbering_gets_a_prefix():
    text = "一、任务\n1.甲。\n附件1\n一、清单\n1.乙。"
    assert _paths(text) == [["一", "1"], ["附件1", "一", "1"]]


def test_annex_holding_the_whole_plan_gets_no_prefix():
    text = "各单位：现将方案印发给你们。\n附件\n一、任务\n1.甲。"
    assert _paths(text) == [["一", "1"]]


def test_html_table_rows_become_tasks_with_unit_columns():
    text = ("序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
            "1 | 新建景区2家 | 县文旅局 | 各乡镇 | 2024年底\n2 | 举办演出300场 | 县文旅局 | 县财政局 | 2024年底")
    s = parse_structure(text)
    assert [t.path for t in s.tasks] == [["1"], ["2"]]
    assert "牵头单位：县文旅局" in s.tasks[0].own_text and "配合单位：各乡镇" in s.tasks[0].own_text


def test_flattened_table_one_cell_per_line():
    text = "序号\n工作任务\n牵头单位\n配合单位\n1\n新增规上企业30家。\n县工信局\n各镇街\n2\n实施技改项目40个。\n县工信局\n县财政局"
    s = parse_structure(text)
    assert [t.path for t in s.tasks] == [["1"], ["2"]]
    assert "牵头单位：县工信局" in s.tasks[1].own_text and "配合单位：县财政局" in s.tasks[1].own_text


def test_unit_line_after_sub_items_belongs_to_their_parent():
    text = "一、任务\n1．推进通办。\n（1）甲。\n（2）乙。\n责任单位：县审批局"
    s = parse_structure(text)
    sub = s.tasks[0]
    assert "责任单位" in sub.parent.own_text and "责任单位" not in s.tasks[1].own_text


def test_title_up_to_first_full_stop_or_colon():
    assert task_title("完善实验室体系。积极争创重点实验室") == "完善实验室体系"
    assert task_title("发展目标：到2025年") == "发展目标"
    assert task_title("发展壮大战略新兴产业") == "发展壮大战略新兴产业"


def test_title_when_the_full_stop_was_lost():
    # (glued_title: for items of plans whose items open with a short heading sentence)
    # a repeated first verb, a sentence-opening adverb, a verb starting a long clause
    assert glued_title("开展重点区域生态补水开展流路生态补水，规范组织") == "开展重点区域生态补水"
    assert glued_title("建设便捷高效轨道交通网积极推进铁路建设，力争早日通车") == "建设便捷高效轨道交通网"
    assert glued_title("提升城乡垃圾分类水平实施示范片区创建活动，完善运输系统。") == "提升城乡垃圾分类水平"
    # a verb that ends the heading is kept ("…企业培育|实施…")
    assert glued_title("强化科技型企业培育实施中小企业培育工程，力争认定10家") == "强化科技型企业培育"
    # nothing is cut from a properly ended heading
    assert glued_title("实施标志性产业链提升行动。深入推进链长制") == "实施标志性产业链提升行动"
    assert glued_title("加强病险水库水闸除险加固和大型水库建设。实施排查") == "加强病险水库水闸除险加固和大型水库建设"


def test_numbered_attachment_list_in_the_head_does_not_swallow_the_plan():
    text = ("各单位：\n现将方案印发给你们。\n附件：\n1.任务清单\n2.责任分工表\n"
            "一、重点任务\n1.完善体系。建成10个。\n2.加强平台。")
    assert _paths(text) == [["一", "1"], ["一", "2"]]


def test_plan_numbered_only_by_top_level_sections_falls_back_to_them():
    text = ("一、抓好粮食生产。全年粮食产量稳定在10亿斤以上。\n二、推进乡村建设。完成改厕1000户，建设美丽乡村。\n"
            "三、深化农村改革。推进承包地确权颁证工作。\n四、保障措施。各部门要加强领导。")
    assert _paths(text) == [["一"], ["二"], ["三"]]
    assert _paths("一、加强领导。各部门要落实责任。\n二、强化督导。") == []


def test_plan_in_an_annex_after_numbered_notice_requirements_keeps_plain_paths():
    text = ("各单位：\n现将方案印发给你们，并提出如下要求：\n一、提高认识。各单位要高度重视。\n二、加强协调。\n"
            "某县人民政府办公室\n2023年5月1日\n附件\n某县行动方案\n一、总体要求\n（一）指导思想\n坚持发展。\n"
            "二、重点任务\n（一）建设道路。新建道路20公里。（牵头单位：县交通运输局）")
    assert _paths(text) == [["二", "(一)"]]


def test_compound_heading_ended_by_full_stop_is_not_cut():
    # (glued_title: a strong opener inside a heading that ended properly is part of it)
    assert glued_title("持续深化“放管服”改革优化营商环境。推进一网通办") == "持续深化“放管服”改革优化营商环境"
    assert glued_title("推进城乡融合发展完善基础设施布局。统筹推进") == "推进城乡融合发展完善基础设施布局"


def test_yi_shi_inside_an_arabic_numbered_task_stays_prose():
    text = "一、任务\n1.推进创新。一是建设平台5个；二是培育企业10家。（牵头单位：县科技局）"
    assert _paths(text) == [["一", "1"]]


def test_marker_alone_on_its_line_joins_the_heading_below():
    text = "一、\n重点任务\n（一）\n建设道路\n1.\n新建道路20公里。"
    s = parse_structure(text)
    assert [t.path for t in s.tasks] == [["一", "(一)", "1"]]
    assert task_title(s.tasks[0].heading) == "新建道路20公里"
