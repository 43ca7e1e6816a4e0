"""Floods that cost lexbor quadratic time are capped before it (planwatch/markup.py).

lexbor checks each attribute of an element against the ones before it: one tag with N attributes
of distinct names costs N² steps (32 000 took 1.8 s; the million of a 10 MB page, hours). The
options of one `<select>` cost N² steps too (20 000 took 1.8 s).
"""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from planwatch.markup import MAX_ATTRIBUTES, MAX_OPTIONS, cap_attributes, cap_options, for_lexbor


def _flood(n: int, style: str) -> str:
    names = [f"data-a{i}" for i in range(n)]
    if style == "bare":
        return " ".join(names)
    if style == "quoted":
        return " ".join(f'{k}="v>{i}"' for i, k in enumerate(names))  # a `>` inside a value
    if style == "unquoted":
        return " ".join(f"{k}={i}" for i, k in enumerate(names))
    if style == "glued":
        return "".join(f"{k}='{i}'" for i, k in enumerate(names))  # no space between attributes
    return "/".join(names)  # `/` separates attributes too


STYLES = ["bare", "quoted", "unquoted", "glued", "slashes"]


@pytest.mark.parametrize("style", STYLES)
def test_a_tag_past_the_cap_keeps_its_first_attributes_and_the_text(style):
    page = f'<p>前文</p><div id="z" {_flood(MAX_ATTRIBUTES + 200, style)}>正文</div><p>后文</p>'
    tree = LexborHTMLParser(cap_attributes(page))
    div = tree.css_first("div")
    assert len(div.attributes) == MAX_ATTRIBUTES
    assert div.attributes["id"] == "z"  # the first ones are kept
    assert tree.body.text() == "前文正文后文"


@pytest.mark.parametrize("style", STYLES)
def test_a_tag_within_the_cap_is_left_alone(style):
    page = f'<div id="z" {_flood(MAX_ATTRIBUTES - 1, style)}>正文</div>'
    assert cap_attributes(page) is page


def test_a_self_closing_flood_keeps_what_follows():
    page = "<img " + _flood(2000, "bare") + " /><p>图下说明</p>"
    tree = LexborHTMLParser(cap_attributes(page))
    assert len(tree.css_first("img").attributes) == MAX_ATTRIBUTES
    assert tree.css_first("p").text() == "图下说明"


def test_every_flooded_tag_is_capped_and_ordinary_tags_stay():
    ordinary = '<a href="/a.html?x=1&y=2" title="关于<某县>的通知" class="l" target="_blank">链接</a>'
    page = ordinary + ("<span " + _flood(1000, "quoted") + ">字</span>") * 3 + ordinary
    capped = cap_attributes(page)
    tree = LexborHTMLParser(capped)
    assert [len(s.attributes) for s in tree.css("span")] == [MAX_ATTRIBUTES] * 3
    assert capped.startswith(ordinary) and capped.endswith(ordinary)
    assert tree.body.text() == "链接字字字链接"


def test_real_pages_pass_unchanged():
    from benchmarks.bench_parse import pages

    for page in pages()[:6]:
        assert for_lexbor(page) is page


@pytest.mark.parametrize("text", [
    "<a" + "<a" * 200_000,                       # tag openings inside tag openings
    '<a x="' * 100_000,                           # quotes never closed
    "<a " + " " * 1_000_000,                      # separators only
    ("<a x=\"" + "y" * 1000) * 2000,              # long values never closed
    ("<b " + "x " * 500 + ">") * 400,             # many tags just past the token threshold
])
@pytest.mark.timeout(30)
def test_the_scan_itself_is_linear_on_hostile_text(text):
    capped = cap_attributes(text)
    assert len(capped) <= len(text)


@pytest.mark.timeout(60)
def test_a_page_with_a_million_attributes_is_parsed():
    """Hours in lexbor before the cap; about a second now."""
    from transform.document import parse_document

    page = ("<html><head><title>某县重点工作任务</title></head><body><div id=zoom "
            + _flood(1_000_000, "bare") + "><p>一、推进农村公路建设。</p></div></body></html>")
    parsed = parse_document(page.encode(), source="flood.html")
    assert [t["title"] for t in parsed.tasks] == ["推进农村公路建设"]


@pytest.mark.parametrize("option", ["<option value='{i}'>站点{i}</option>", "<option>站点{i}", "<OPTION>站点{i}</Option>"])
def test_options_past_the_cap_lose_their_tags_and_keep_their_text(option):
    options = "".join(option.format(i=i) for i in range(MAX_OPTIONS + 500))
    page = f"<p>前文</p><select>{options}</select><p>后文</p>"
    capped = cap_options(page)
    tree = LexborHTMLParser(capped)
    assert len(tree.css("option")) == MAX_OPTIONS
    assert all(f"站点{i}" in capped for i in range(MAX_OPTIONS + 500))
    assert [p.text() for p in tree.css("p")] == ["前文", "后文"]


@pytest.mark.parametrize("page", [
    "<select>" + "<option>x</option>" * MAX_OPTIONS + "</select>",     # at the cap
    "<p>" + "<optionx>" * (MAX_OPTIONS + 10) + "</p>",                  # another tag name
    "<p>" + "&lt;option&gt;" * (MAX_OPTIONS + 10) + "</p>",             # the word as text
])
def test_pages_within_the_option_cap_pass_unchanged(page):
    assert cap_options(page) is page


@pytest.mark.timeout(60)
def test_a_page_of_400_000_options_is_parsed():
    """Minutes in lexbor before the cap (20 000 options: 1.8 s; 400 000: 400 times that)."""
    from transform.document import parse_document

    select = "<select>" + "<option>站点</option>" * 400_000 + "</select>"
    page = ("<html><head><title>某县重点工作任务</title></head><body>" + select
            + "<div id=zoom><p>一、推进农村公路建设。</p></div></body></html>")
    parsed = parse_document(page.encode(), source="options.html")
    assert [t["title"] for t in parsed.tasks] == ["推进农村公路建设"]
