"""A PDF whose pages after the first print a running head at the top (the title of the file, or the
issuer): the head is no line of the text, so a sentence or a unit list that runs over the page break
reads on (transform/attachments/pdf.py `_without_running_heads`). Every text here is invented."""

from __future__ import annotations

import io

import pytest

from planwatch.records import AttachedFile
from transform.attachments import read_file
from transform.attachments.pdf import _without_running_heads
from transform.document import parse_document

_TITLE = "某县2024年优化营商环境重点任务清单"


def _pdf(head: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("cn", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")

    def running_head(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 40, head)
        canvas.restoreState()

    story = [Paragraph(_TITLE, style), Paragraph("一、提升政务服务效能", style)]
    for k in range(1, 31):
        story.append(
            Paragraph(
                f"{k}.推进第{k}项涉企服务改革。全年办理时限压缩至{k}个工作日以内，完成事项梳理{k * 10}项，"
                "建立健全全流程跟踪服务机制，实现企业办事线上线下一体化办理。"
                "（牵头单位：县行政审批局；配合单位：县住建局、县自然资源局、县市场监管局）",
                style,
            )
        )
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story, onLaterPages=running_head)
    return out.getvalue()


@pytest.mark.parametrize("head", [_TITLE, "某县人民政府办公室"])
def test_the_running_head_of_later_pages_is_no_line_of_the_text(head):
    data = _pdf(head)
    text = read_file(data, "任务清单.pdf").text
    assert text.count(head) == (1 if head == _TITLE else 0)
    doc = parse_document(b"", source="t.pdf", attachments=[AttachedFile("任务清单.pdf", data, None)])
    assert len(doc.tasks) == 30
    for t in doc.tasks:
        assert t["lead_units"] == ["县行政审批局"]
        assert t["participating_units"] == ["县住建局", "县自然资源局", "县市场监管局"]
        assert head not in t["body"]


def test_a_head_of_one_page_only_or_an_item_at_the_top_stays():
    pages = [
        ["某县重点任务", "1.新增规上企业10家。"],
        ["2.实施技改项目30个。", "3.新建基站200个。"],
        ["2.实施技改项目30个。", "4.完成投资25亿元。"],
        ["牵头单位：县工信局", "5.培育专精特新企业5家。"],
        ["牵头单位：县工信局", "6.新增上市企业1家。"],
        ["某县人民政府办公室", "2024年3月5日"],
    ]
    got = _without_running_heads(pages)
    assert got.count("2.实施技改项目30个。") == 2
    assert got.count("牵头单位：县工信局") == 2
    assert "某县人民政府办公室" in got


def test_the_title_again_and_a_header_row_on_every_page_go():
    head = "序号 | 重点任务 | 牵头单位 | 完成时限"
    pages = [
        ["某县重点任务", head, "1 | 新增规上企业10家。 | 县工信局 | 12月"],
        ["某县重点任务", "2 | 实施技改项目30个。 | 县工信局 | 12月"],
        [head, "3 | 新建基站200个。 | 县工信局 | 12月"],
        [head, "4 | 完成投资25亿元。 | 县发改局 | 12月"],
    ]
    got = _without_running_heads(pages)
    assert got.count("某县重点任务") == 1
    assert got.count(head) == 1
