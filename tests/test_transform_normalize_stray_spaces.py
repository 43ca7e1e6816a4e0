"""Stray spaces inside words: a PDF converter leaves a space where a justified line left a wide
gap between two glyphs ("区 商务局", "增 长5%", "县政府园区 发展服务中心"). A single space between
two Chinese characters that the page prints joined elsewhere is read as no space in the page's
working copy (transform/normalize.py, transform/stray_spaces.py); a space between two unit names ("县发改局 县财政局"),
after a chapter number ("第一章 总体要求") or between characters the page never prints joined
(a byline, a table's fields) stays the separator it is. Unit names leave the stray space out;
other strings print it as found."""

from __future__ import annotations

from transform.document import parse_document
from transform.normalize import working_copy


def _parse(text: str):
    return parse_document(text, source="t.txt", is_text=True)


def _rows(text: str):
    doc = _parse(text)
    tasks = [(t["path"], t["title"], t["lead_units"], t["participating_units"]) for t in doc.tasks]
    targets = [(g["value"], g["unit"], g["comparator"], g["year"], g["indicator"]) for g in doc.targets]
    return tasks, targets


PLAN = (
    "青禾县2024年重点工作任务\n"
    "一、稳增长\n"
    "1.壮大工业经济。全年规上工业增加值增长5.5%。（牵头单位：县工信局）\n"
    "2.扩大消费。社会消费品零售总额增 长8%以上。（牵头单位：区 商务局；配合单位：县统计局）\n"
    "3.优化营商环境。区商务局牵头开展招商推介活动。（牵头单位：县政府园区 发展服务中心）\n"
    "4.完善园区规划。推动园区发展服务提质。（牵头单位：县发改局）\n"
)


def test_a_plan_reads_as_if_printed_without_the_stray_spaces():
    assert _rows(PLAN) == _rows(
        PLAN.replace("增 长", "增长").replace("区 商", "区商").replace("区 发", "区发")
    )
    tasks, _ = _rows(PLAN)
    assert tasks[1][2] == ["区商务局"]
    assert tasks[2][2] == ["县政府园区发展服务中心"]


def test_work_points_with_a_stray_space_in_a_growth():
    points = (
        "青禾市2025年经济工作要点\n"
        "（一）稳定财政收入。全市一般公共预算收入增 长7%左右。\n"
        "（二）扩大有效投资。固定资产投资增长10%，新开工项目120个。\n"
    )
    assert _rows(points) == _rows(points.replace("增 长", "增长"))
    _, targets = _rows(points)
    assert [(g[0], g[2]) for g in targets][:1] == [(7.0, "~")]


def test_a_table_rendered_as_text():
    table = (
        "序号 | 工作任务 | 牵头单位 | 配合单位\n"
        "1 | 建成区级数字化平台 | 区大数据 中心 | 区财政局\n"
        "2 | 完成区大数据中心机房改造 | 区大数据中心 | 区 财政局\n"
    )
    assert _rows(table) == _rows(table.replace("据 中", "据中").replace("区 财", "区财"))


def test_traditional_characters_with_a_stray_space():
    page = (
        "青禾縣2024年重點工作任務\n"
        "1.擴大消費。社會消費品零售總額增長8%以上。（牽頭單位：縣 商務局）\n"
        "2.推進招商。縣商務局牽頭開展招商推介活動。（牽頭單位：縣商務局）\n"
    )
    tasks, _ = _rows(page)
    assert [t[2] for t in tasks] == [["縣商務局"], ["縣商務局"]]


def test_unit_names_separated_by_a_space_stay_apart():
    page = (
        "青禾县2024年重点工作任务\n"
        "1.壮大工业经济。全年规上工业增加值增长5.5%。（牵头单位：县发改局 县财政局）\n"
        "2.扩大消费。市公安局县级分局配合。（牵头单位：县商务局 各乡镇）\n"
    )
    tasks, _ = _rows(page)
    assert tasks[0][2] == ["县发改局", "县财政局"]
    assert tasks[1][2] == ["县商务局", "各乡镇"]


def test_separators_the_page_gives_no_reason_to_join():
    # a chapter head (even where the page prints 章总 joined), a byline, a field of a spaced row
    assert working_copy("第一章 总体要求\n本篇章总体安排如下。") is None
    assert working_copy("县长 陈大用\n一、 总体要求") is None
    assert working_copy("1 道路改造 县住建局 2025年底") is None


def test_a_page_without_stray_spaces_needs_no_working_copy():
    assert working_copy("青禾县2024年重点工作任务\n1.壮大工业经济。（牵头单位：县工信局）") is None


def test_unit_names_leave_the_stray_space_out_other_strings_print_it():
    w = working_copy("区 商务局负责。区商务局牵头。")
    assert w is not None
    assert w.text == "区商务局负责。区商务局牵头。"
    assert w.printed_name("区商务局") == "区商务局"
    assert w.printed("区商务局负责") == "区 商务局负责"
    assert w.printed("区") == "区"  # (a string that ends before the space does not print it)


def test_a_letter_spaced_cell_is_read_joined():
    row = working_copy("序号 | 任 务 名 称 | 牵 头 部 门 |\n1 | 建设 | 县住建局 |")
    assert row is not None and row.text.startswith("序号 | 任务名称 | 牵头部门 |")


def test_single_characters_outside_a_cell_stay_apart():
    # a run of single characters inside a line, a letter-spaced display line (read as printed)
    assert working_copy("各县 市 区 乡 镇要落实责任") is None
    assert working_copy("通 知\n各乡镇") is None
    assert working_copy("重 点 任 务 清 单\n各乡镇") is None


def test_a_common_word_broken_where_the_page_prints_it_nowhere_else():
    w = working_copy("全年社会消费品零售总额增 长8%。")
    assert w is not None and w.text == "全年社会消费品零售总额增长8%。"
    # a title before a name stays apart even where the page prints the pair joined
    assert working_copy("交通运输部副部长 王志清：\n部长王志清出席") is None
    # a word across a label and a place name is no common word
    assert working_copy("原创 新疆两会") is None


def test_a_field_label_after_the_space_opens_a_field():
    # 开发 is printed joined elsewhere on the page, yet the label after the space opens a field
    assert working_copy("公开方式: 主动公开 发布机构: 某县农业农村局\n经济开发区") is None
