"""The 信息公开 block and byline of HTML pages in the shapes portals print them: a <dl> of
<dt> labels and <dd> values, a byline whose fields sit on one line ("来源：… 浏览次数："). Every
page here is invented."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.html import extract

_BODY = (
    '<div id="zoom"><p>各乡镇人民政府，县直各单位：</p><p>现将《松阳县2024年营商环境提升行动方案》印发给你们，请认真执行。</p>'
    '<p style="text-align:right">松阳县人民政府办公室</p><p style="text-align:right">2024年3月1日</p>'
    "<p>松阳县2024年营商环境提升行动方案</p><p>一、重点任务</p>"
    "<p>1.企业开办时间压缩至1个工作日。（牵头单位：县市场监管局）</p>"
    "<p>2.新增市场主体3000户以上。（牵头单位：县市场监管局）</p></div>"
)


def _doc(head_html: str, title: str = "松阳县人民政府") -> dict:
    html = f"<html><head><title>{title}</title></head><body>{head_html}{_BODY}</body></html>"
    return parse_document(html, source="p.html").document


@pytest.mark.parametrize("dl", [
    '<dl class="xxgk"><dt>索引号</dt><dd>11331000MB0000000X/2024-00012</dd><dt>发布机构</dt><dd>松阳县人民政府办公室</dd>'
    "<dt>发布日期</dt><dd>2024-03-04</dd><dt>文号</dt><dd>松政办发〔2024〕5号</dd></dl>",
    '<dl><dt>索引号：</dt><dd>11331000MB0000000X/2024-00012</dd></dl><dl><dt>发布机构：</dt><dd>松阳县人民政府办公室</dd>'
    "</dl><dl><dt>发布日期：</dt><dd>2024年03月04日</dd></dl><dl><dt>文号：</dt><dd>松政办发〔2024〕5号</dd></dl>",
])
def test_a_block_of_dt_labels_and_dd_values(dl):
    doc = _doc(dl)
    assert str(doc["publish_date"]) == "2024-03-04"          # not the signature's 3月1日
    assert doc["doc_number"] == "松政办发〔2024〕5号"
    assert doc["issuer"] == "松阳县人民政府办公室"
    assert doc["index_no"] == "11331000MB0000000X/2024-00012"


def test_dt_and_dd_render_as_one_label_value_line():
    page = extract("<html><body><dl><dt>索引号</dt><dd>1133/2024-00012</dd><dt>发布日期</dt><dd>2024-03-04</dd></dl>"
                   '<div id="zoom"><p>正文正文正文正文正文正文正文正文</p></div></body></html>')
    assert page.page_text.split("\n")[:2] == ["索引号 | 1133/2024-00012", "发布日期 | 2024-03-04"]


@pytest.mark.parametrize("byline", [
    '<div class="info">发布时间：2024-03-04 09:30 &nbsp; 来源：县政府办 &nbsp; 浏览次数：<span id="hits"></span></div>',
    '<div class="info"><span>来源：县政府办</span> <span>作者：张某</span> <span>发布时间：2024-03-04</span></div>',
])
def test_a_byline_field_ends_where_the_next_one_starts(byline):
    doc = _doc('<h2>松阳县人民政府办公室关于印发松阳县2024年营商环境提升行动方案的通知</h2>' + byline)
    assert doc["issuer"] == "县政府办"
    assert str(doc["publish_date"]) == "2024-03-04"
