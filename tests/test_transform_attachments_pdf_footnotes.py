"""A PDF's footnotes at the bottom of a page ("①规上工业企业指…" under "培育规上工业企业①"): no
sub-item of the task above them and no line of the text (transform/attachments/pdf.py, with
transform/page_marks.py `footnotes`). A list of sub-items ending a page stays. Every text here is
invented."""

from __future__ import annotations

import io

from planwatch.records import AttachedFile
from transform.attachments import read_file
from transform.attachments.pdf import _without_running_heads
from transform.document import parse_document

_NOTE = "①规上工业企业指年主营业务收入2000万元及以上的工业企业。"


def _pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("cn", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")

    def footnote(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("STSong-Light", 8)
        canvas.drawString(60, 50, _NOTE)
        canvas.restoreState()

    story = [Paragraph("某县2024年工业提升重点任务", style), Paragraph("一、壮大工业", style)]
    story.append(
        Paragraph(
            "1.培育规上工业企业①。全年新增规上工业企业20家。（牵头单位：县工信局；配合单位：各乡镇）", style
        )
    )
    story.append(Paragraph("2.推进技术改造。实施技改项目30个。（牵头单位：县工信局）", style))
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)
    # drawn when the page ends: after the body in the page's text, where a word processor puts it
    doc.addPageTemplates([PageTemplate(frames=[frame], onPageEnd=footnote)])
    doc.build(story)
    return out.getvalue()


def test_a_footnote_at_the_bottom_of_a_page_is_no_line_of_the_text():
    data = _pdf()
    assert _NOTE not in read_file(data, "任务.pdf").text
    doc = parse_document(b"", source="t.pdf", attachments=[AttachedFile("任务.pdf", data, None)])
    assert [t["path"][-1] for t in doc.tasks] == ["1", "2"]
    assert all(t["value"] != 2000.0 for t in doc.targets)


def test_sub_items_ending_a_page_stay():
    pages = [
        ["某县重点任务", "1.实施城市更新。主要包括：", "①改造老旧小区12个；", "②新建口袋公园5个。"],
        ["2.推进管网建设。"],
    ]
    got = _without_running_heads(pages)
    assert "①改造老旧小区12个；" in got and "②新建口袋公园5个。" in got


def test_notes_of_two_references_of_another_page():
    pages = [
        [
            "某市重点任务",
            "1.培育专精特新企业②，新增高新技术企业③30家。",
            "②专精特新企业指经省级认定的中小企业。",
            "③高新技术企业指经认定的企业。",
        ],
        ["2.推进技术改造。"],
    ]
    got = _without_running_heads(pages)
    assert got == ["某市重点任务", "1.培育专精特新企业②，新增高新技术企业③30家。", "2.推进技术改造。"]
