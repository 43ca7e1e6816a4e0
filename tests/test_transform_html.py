"""HTML: body container, inline text kept together, charsets, attachments."""
from __future__ import annotations

from pathlib import Path

import pytest

from transform.document import parse_document
from transform.html import extract, render

FIX = Path(__file__).parent / "fixtures" / "transform"


def test_inline_elements_do_not_split_or_drop_characters():
    text = render("<p>各<span>县</span>（市<font>、</font>区）政府，单政办字<span>〔</span>2024<span>〕</span>5号</p>")
    assert text == "各县（市、区）政府，单政办字〔2024〕5号"


def test_block_elements_and_br_keep_paragraph_breaks():
    text = render("<div><p>一、任务</p><p>1.甲。<br/>牵头单位：县局</p></div>")
    assert text.split("\n") == ["一、任务", "1.甲。", "牵头单位：县局"]


def test_source_line_breaks_inside_a_paragraph_are_not_text():
    assert render("<p>推进乡村\n    振兴发展</p>") == "推进乡村振兴发展"


def test_scripts_styles_and_comments_are_dropped():
    assert render("<script>var a='一、假';</script><p>正文</p><!-- 1.注释 -->") == "正文"


@pytest.mark.parametrize("selector_html,expected", [
    ('<div id="zoom"><p>正文内容在这里，这是足够长的一段正文文字，用来识别容器。</p></div>', "#zoom"),
    ('<div class="TRS_Editor"><p>正文内容在这里，这是足够长的一段正文文字，用来识别容器。</p></div>', ".TRS_Editor"),
    ('<div id="UCAP-CONTENT"><p>正文内容在这里，这是足够长的一段正文文字，用来识别容器。</p></div>', "#UCAP-CONTENT"),
    ('<div class="view TRS_UEDITOR"><p>正文内容在这里，这是足够长的一段正文文字，用来识别容器。</p></div>', ".view.TRS_UEDITOR"),
])
def test_known_cms_containers(selector_html, expected):
    page = extract(f"<html><body><div class='nav'><a>首页</a></div>{selector_html}</body></html>")
    assert page.body_source == expected and page.body_text.startswith("正文内容")
    assert "首页" not in page.body_text


def test_text_density_fallback_skips_navigation():
    page = extract((FIX / "density_plan.html").read_text(encoding="utf-8"))
    assert page.body_source == "density"
    assert "推进5G网络覆盖" in page.body_text and "链接一" not in page.body_text


def test_attachments_and_meta_tags():
    page = extract((FIX / "hanweb_plan.html").read_text(encoding="utf-8"), url="http://www.shanxian.gov.cn/art/1.html")
    assert page.attachments == ["http://www.shanxian.gov.cn/module/download/downfile.jsp?classid=0&filename=abc123.pdf"
                                "&showname=任务清单.pdf"]
    assert page.meta["pubdate"].startswith("2024-03-05")
    assert "这不是正文" not in page.body_text


def test_gbk_without_meta_and_lying_meta_decode_to_the_same_text():
    utf8 = parse_document((FIX / "hanweb_plan.html").read_bytes(), source="a.html")
    gbk = parse_document((FIX / "hanweb_plan_gbk.html").read_bytes(), source="b.html")
    assert gbk.document["encoding"] == "gb18030"
    assert gbk.document["body_text"] == utf8.document["body_text"]
    lying = parse_document((FIX / "trs_plan_lying_meta.html").read_bytes(), source="c.html")
    assert lying.document["encoding"] == "utf-8"
    assert "临清市优化营商环境三年行动方案" in lying.document["body_text"]


def test_table_cells_with_paragraphs_stay_on_one_row():
    text = render("<table><tr><td>1</td><td><p>甲。</p><p>乙。</p></td><td>县局</td></tr></table>")
    assert text == "1 | 甲。 乙。 | 县局"


def test_publish_line_above_the_body_is_read_as_metadata():
    html = ("<html><body><div class='info'>发布时间：2024-06-03 来源：某县农业农村局</div>"
            "<div id='zoom'><p>一、任务</p><p>1.新建大棚50个。（牵头单位：县农业农村局）</p></div></body></html>")
    p = parse_document(html, source="p.html")
    assert str(p.document["publish_date"]) == "2024-06-03"
