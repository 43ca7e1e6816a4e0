"""A notice with no task of its own followed by several numbered annexes (附件1 …, 附件2 …): each
annex's tasks start their path with its label (EXTRACTION.md), the first one's too — only a
single annex's label may be left off. The same text in one attached file keeps those labels
instead of the file's own (附件1/1, not 附件/1 and 附件/附件2/1)."""

from __future__ import annotations

from planwatch.records import AttachedFile
from testbed.sites import attachfiles as af
from transform.document import parse_document
from transform.structure import parse_structure

_NOTICE = (
    "某区人民政府办公室关于印发2026年区政府工作报告目标任务的通知\n"
    "各街道办事处，区级各部门：\n现将区政府工作报告目标任务分解表印发给你们，请认真贯彻落实。\n"
    "附件：1.2026年经济社会发展预期目标分解表\n2.2026年重点工作任务分解表\n某区人民政府办公室\n2026年1月20日\n"
)
_ANNEXES = (
    "附件1\n2026年经济社会发展预期目标分解表\n1.地区生产总值增长6%左右。（责任单位：区发改委）\n"
    "2.固定资产投资增长8%左右。（责任单位：区发改委）\n"
    "附件2\n2026年重点工作任务分解表\n1.建设智能制造产业园。（牵头单位：区经信委）\n"
    "2.新建社区养老服务中心5个。（牵头单位：区民政局）\n"
)
_EXPECTED = [["附件1", "1"], ["附件1", "2"], ["附件2", "1"], ["附件2", "2"]]


def test_two_numbered_annexes_after_a_notice_keep_both_labels():
    assert [t.path for t in parse_structure(_NOTICE + _ANNEXES).tasks] == _EXPECTED


def test_a_single_annex_after_a_notice_may_drop_its_label():
    text = (
        _NOTICE
        + "附件1\n2026年经济社会发展预期目标分解表\n1.地区生产总值增长6%左右。\n2.固定资产投资增长8%左右。\n"
    )
    assert [t.path for t in parse_structure(text).tasks] in ([["1"], ["2"]], [["附件1", "1"], ["附件1", "2"]])


def test_one_attached_file_holding_the_notice_and_its_annexes_keeps_their_labels():
    page = (
        "<html><head><title>某区关于印发2026年目标任务的通知</title></head><body>"
        "<h1>某区关于印发2026年目标任务的通知</h1><p>现将目标任务印发给你们。</p>"
        "<p>附件：目标任务</p></body></html>"
    ).encode()
    blocks = [("p", line) for line in (_NOTICE + _ANNEXES).splitlines()]
    data = af.docx_bytes(blocks)
    doc = parse_document(
        page, source="t", url="http://127.0.0.1/n/1.html", attachments=[AttachedFile("目标任务.docx", data)]
    )
    assert [t["path"] for t in doc.tasks] == _EXPECTED
