"""The body of HTML pages without a known CMS container, and what a browser shows that the text
does not hold: 微信 articles (paragraphs in nested <section>s), bodies spread over sibling <div>s,
ordered-list numbers, a publish time in an element named for it. Every page here is invented."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.html import extract, render

_SECTIONS = (
    "<section><section><p><span>近日，县政府印发《北川县2024年民生实事项目实施方案》，确定民生实事。</span></p></section></section>"
    "<section><p><strong><span>一、教育提质</span></strong></p><section><p><span>1.新建公办幼儿园2所，新增学位540个。</span>"
    "<span>（牵头单位：县教育局）</span></p></section></section>"
    "<section><p><strong><span>二、健康北川</span></strong></p><section><p><span>2.为65岁以上老年人免费体检2万人次。"
    "（牵头单位：县卫健局）</span></p></section><section><p><span>3.改造乡镇卫生院3所。（牵头单位：县卫健局）</span></p>"
    "</section></section>"
)


def _paths(html: str) -> set[tuple[str, ...]]:
    return {tuple(t["path"]) for t in parse_document(html, source="p.html").tasks}


@pytest.mark.parametrize("container", [
    '<div class="rich_media_content" id="js_content">{}</div>',   # a 微信 article
    '<div class="wx-repost">{}</div>',                            # a repost without the 微信 ids
])
def test_paragraphs_in_nested_sections_are_one_body(container):
    html = ("<html><head><title>北川县2024年民生实事项目出炉</title></head><body>"
            "<div class='nav'><a href='/'>首页</a></div><h1>北川县2024年民生实事项目出炉</h1>"
            + container.format(_SECTIONS) + "<div class='qr'><p>微信扫一扫关注该公众号</p></div></body></html>")
    page = extract(html)
    assert page.body_text.startswith("近日，县政府印发") and "首页" not in page.body_text
    assert _paths(html) == {("一", "1"), ("二", "2"), ("二", "3")}


def test_a_body_spread_over_sibling_divs_is_read_whole():
    html = ("<html><body><div class='top'><a href='/'>首页</a> | <a href='/zw'>政务</a></div><div class='main'>"
            "<div class='part'><p>青阳镇2024年农村公路建设方案</p><p>一、建设任务</p>"
            "<p>1.新改建农村公路20公里。（牵头单位：镇建设办）</p></div>"
            "<div class='part'><p>2.完成危桥改造3座。（牵头单位：镇建设办）</p><p>3.新增公交站亭12个。（牵头单位：镇交管站）</p>"
            "<p>4.完成路域环境整治40公里。（牵头单位：镇建设办）</p></div></div>"
            "<div class='foot'><p>版权所有：青阳镇人民政府</p></div></body></html>")
    page = extract(html)
    assert page.body_source == "density"
    assert page.body_text.split("\n")[0] == "青阳镇2024年农村公路建设方案"
    assert _paths(html) == {("一", "1"), ("一", "2"), ("一", "3"), ("一", "4")}


def test_ordered_list_items_show_their_numbers():
    text = render("<div><p>一、重点工作</p><ol><li>完成户厕改造300户。</li><li>新建示范村2个。</li></ol>"
                  "<p>二、保障措施</p><ol start='3'><li>加强督查考核。</li></ol></div>")
    assert text.split("\n") == ["一、重点工作", "1.完成户厕改造300户。", "2.新建示范村2个。", "二、保障措施",
                                "3.加强督查考核。"]


@pytest.mark.parametrize("ol, first", [
    ("<ol><li>1.完成户厕改造300户。</li><li>2.新建示范村2个。</li></ol>", "1.完成户厕改造300户。"),  # printed
    ("<ol style='list-style: none'><li>完成户厕改造300户。</li><li>新建示范村2个。</li></ol>", "完成户厕改造300户。"),
    ("<ol type='a'><li>完成户厕改造300户。</li><li>新建示范村2个。</li></ol>", "完成户厕改造300户。"),  # letters
])
def test_ordered_lists_that_show_no_numbers_or_print_their_own_get_none(ol, first):
    assert render(ol).split("\n")[0] == first


@pytest.mark.parametrize("stamp", [
    '<div id="meta_content"><span>北川发布</span> <em id="publish_time">2024-02-20 18:30</em></div>',
    '<div class="info"><span class="pubtime">2024年02月20日</span><span class="source">北川发布</span></div>',
])
def test_a_publish_time_element_without_a_label_gives_the_date(stamp):
    html = ("<html><head><title>北川县2024年民生实事项目出炉</title></head><body><h1>北川县2024年民生实事项目出炉</h1>"
            + stamp + f'<div id="js_content">{_SECTIONS}</div>'
            + "<ul class='related'><li>另一篇<span class='pubtime'>03-05</span></li></ul></body></html>")
    assert str(parse_document(html, source="p.html").document["publish_date"]) == "2024-02-20"


def test_a_later_list_of_short_times_gives_no_date():
    html = ("<html><head><title>北川县2024年民生实事项目出炉</title></head><body>"
            f'<div id="js_content">{_SECTIONS}</div>'
            "<ul class='related'><li>另一篇<span class='pubtime'>03-05</span></li></ul></body></html>")
    assert parse_document(html, source="p.html").document["publish_date"] is None


def test_hidden_text_is_not_read():
    # anti-copy characters hidden between the words, Word's hidden text, a hidden duplicate
    text = render(
        '<div><p>推进<span style="display:none">xq7</span>乡村<font style="DISPLAY: none">3</font>振兴。</p>'
        '<p>新建<span style="display:none;mso-hide:all">隐</span>公园2个。</p>'
        '<div style="display: none"><p>推进乡村振兴。</p><p hidden>新建公园2个。</p></div></div>'
    )
    assert text.split("\n") == ["推进乡村振兴。", "新建公园2个。"]


def test_a_container_hidden_until_a_script_shows_it_is_read():
    page = extract('<html><body><div id="zoom" style="display:none"><p>一、重点任务</p>'
                   "<p>1.新建公园2个。（牵头单位：县城管局）</p></div></body></html>")
    assert page.body_text.split("\n") == ["一、重点任务", "1.新建公园2个。（牵头单位：县城管局）"]
