"""A PDF prints a paragraph over as many lines as the page is wide: a full line that does not end
a sentence runs on into the next, unless that one starts a numbered item. Every text here is
invented."""

from __future__ import annotations

from planwatch.records import AttachedFile
from testbed.sites import attachfiles as af
from transform.attachments import read_file
from transform.attachments.pdf import join_wrapped
from transform.document import parse_document

_PARA = (
    "今年全镇将重点抓好以下工作：一是稳定粮食生产。新建高标准农田1.2万亩，粮食播种面积稳定在8万亩以上，"
    "产量保持在3.5万吨以上；二是发展特色产业。新增茶叶种植面积3000亩，培育市级以上龙头企业2家，"
    "农产品加工产值突破5亿元；三是改善人居环境。完成农村户厕改造1500户，新建污水处理站4座，"
    "创建美丽乡村示范村6个，村庄保洁实现全覆盖。"
)


def test_the_lines_of_a_wrapped_paragraph_are_one_line_again():
    lines = [
        "二〇二五年重点工作",
        "一、目标任务",
        "全年新增城镇就业岗位1200个，城镇登记失业率控制在",
        "3.5%以内，完成农村劳动力转移就业2000人，其中省外",
        "800人。",
        "二、保障措施",
    ]
    assert join_wrapped(lines) == [
        "二〇二五年重点工作",
        "一、目标任务",
        "全年新增城镇就业岗位1200个，城镇登记失业率控制在3.5%以内，完成农村劳动力转移就业2000人，其中省外800人。",
        "二、保障措施",
    ]


def test_a_full_line_before_a_numbered_item_or_after_a_sentence_end_stays():
    lines = [
        "1.新建公办幼儿园2所，新增学位540个，县教育和体育局牵头",
        "2.改造提升农村公路40公里，由县交通运输局牵头，年底前完",
        "成。",
        "3.建成乡镇污水处理站4座，由县住房和城乡建设局负责实施。",
        "（一）加快重点项目建设，确保全年固定资产投资增长8%以上",
    ]
    assert join_wrapped(lines) == [
        "1.新建公办幼儿园2所，新增学位540个，县教育和体育局牵头",
        "2.改造提升农村公路40公里，由县交通运输局牵头，年底前完成。",
        "3.建成乡镇污水处理站4座，由县住房和城乡建设局负责实施。",
        "（一）加快重点项目建设，确保全年固定资产投资增长8%以上",
    ]


def test_short_lines_are_never_joined():
    lines = ["附件", "石桥镇2025年重点工作清单", "一、经济发展", "（一）招商引资"]
    assert join_wrapped(lines) == lines


def test_a_paragraph_printed_in_a_pdf_reads_like_its_text():
    data = af.pdf_bytes([("p", "石桥镇2025年重点工作安排"), ("p", _PARA)])
    text = read_file(data, "plan.pdf").text
    assert _PARA in text.split("\n")
    page = "<html><body><div id='zoom'><p>现将《石桥镇2025年重点工作安排》印发给你们，请认真贯彻落实。</p></div></body></html>"
    with_file = parse_document(page, source="n.html", attachments=[AttachedFile("plan.pdf", data)])
    alone = parse_document("石桥镇2025年重点工作安排\n" + _PARA, source="t.txt", is_text=True)
    assert len(with_file.tasks) == len(alone.tasks) == 3


def test_a_table_row_wrapped_after_a_sentence_end_runs_on_into_its_unit_cells():
    # a space-aligned table printed as lines: the row's task cell ends a sentence right at the
    # margin, and its remaining cells (person, unit, deadline) fall onto the next line
    lines = [
        "序号 工作任务 责任领导 牵头单位 完成时限",
        "1 推动园区扩区调位，完成控制性详细规划修编，新建标准化厂房10万平方米，年底前全部投用。",
        "王某某 开发区管委会 2026年12月底",
        "2 新建城区停车场3处，增加公共停车泊位800个，缓解老城区停车难问题，优化交通组织方式。",
        "李某 县住房城乡建设局、县公安局 持续推进",
    ]
    assert join_wrapped(lines) == [
        lines[0],
        lines[1] + " " + lines[2],
        lines[3] + " " + lines[4],
    ]


def test_a_sentence_end_before_a_single_name_or_a_sentence_stays():
    lines = [
        "现将《某县2026年重点工作任务分解方案》印发给你们，请各单位认真抓好贯彻落实，确保完成任务。",
        "某县人民政府办公室",
        "全县新增城镇就业岗位1500个，城镇调查失业率控制在5.5%以内，全年完成技能培训3000人次。",
        "各乡镇 各部门 要抓好落实，确保按期完成。",
    ]
    assert join_wrapped(lines) == lines


def test_a_unit_bracket_wrapped_after_its_label_runs_on():
    lines = [
        "5.建设智慧农业示范基地2个，推广水肥一体化技术1万亩。（牵头单位：县农业农村局；配合单位：",
        "县水利局、县供销社）",
        "6.开展农村集体经济强村工程，年内消除集体经济薄弱村。（牵头单位：县委组织部；责任单位：",
        "各乡镇人民政府）",
    ]
    assert join_wrapped(lines) == [lines[0] + lines[1], lines[2] + lines[3]]


def test_a_closed_bracket_before_a_new_paragraph_stays():
    lines = [
        "新建城乡公交候车亭50个，更新新能源公交车30辆（县交通运输局负责），年底前全部完成投用：",
        "县交通运输局要加强调度，确保按期完成。",
    ]
    assert join_wrapped(lines) == lines


def test_a_row_number_left_alone_by_a_page_break_is_no_page_number():
    from transform.attachments.pdf import _drop_page_numbers

    # page 2 opens with the number of a table row whose cells follow
    assert _drop_page_numbers(["7", "新建村卫生室", "新建村卫生室80家。", "区卫健局"], 2)[0] == "7"
    assert _drop_page_numbers(["区卫健局", "8"], 2) == ["区卫健局", "8"]
    # the page's own number, bare or decorated, goes
    assert _drop_page_numbers(["正文一行。", "2"], 2) == ["正文一行。"]
    assert _drop_page_numbers(["正文一行。", "- 5 -"], 2) == ["正文一行。"]
    assert _drop_page_numbers(["第3页", "正文一行。"], 2) == ["正文一行。"]
    assert _drop_page_numbers(["正文一行。", "1"], 2) == ["正文一行。"]  # (after a cover page)
