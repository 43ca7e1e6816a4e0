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
