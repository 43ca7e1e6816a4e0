"""Round 47s (speed, the same output): each fast path against its plain version."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from transform.html import _PAGE_PARTS, _add_attachment, _page_parts
from transform.html_held import _MARKUP, _MIN_HELD, tree_held
from transform.html_parts import _H1_MAX, _H1_MIN, lone_h1
from transform.html_parts import _WS as _H1_WS


def _tree_held_plain(tree, html_text: str) -> list[str]:
    """`tree_held` as it was: the three substring tests of the page, then lexbor's walk."""
    out: list[str] = []
    if "srcdoc" in html_text or "<textarea" in html_text or "<TEXTAREA" in html_text:
        for node in tree.css("iframe[srcdoc], textarea"):
            held = node.attributes.get("srcdoc") if node.tag == "iframe" else node.text(deep=True)
            if held and len(held) >= _MIN_HELD and any(m in held for m in _MARKUP):
                out.append(held)
    return out


_BODY = "<p>一、目标任务</p><p>（一）县发展改革局牵头，到2026年完成投资10亿元。</p>" * 2
_HELD = "&lt;p&gt;" + "某县2026年工作要点" * 4 + "&lt;/p&gt;"
_PAGES = [
    f"<html><body><div id='zoom'>{_BODY}</div></body></html>",  # neither element (nearly every page)
    f"<html><body><textarea>{_HELD}</textarea>{_BODY}</body></html>",  # a textarea holding markup
    f"<html><body><TEXTAREA>{_HELD}</TEXTAREA>{_BODY}</body></html>",  # its tag in capitals
    f"<html><body><TextArea>{_HELD}</TextArea>{_BODY}</body></html>",  # mixed case: no substring test finds it
    "<html><body><textarea>短</textarea></body></html>",  # a form field: too short
    f'<html><body><iframe srcdoc="<p>{"某县2026年工作要点" * 4}</p>"></iframe></body></html>',
    f'<html><body><iframe SRCDOC="<div>{"某县工作要点" * 8}</div>"></iframe></body></html>',
    f'<html><body><iframe src="/a.html"></iframe>{_BODY}</body></html>',  # an iframe with no srcdoc
    "<html><body><p>srcdoc 与 &lt;textarea 作为正文中的文字</p></body></html>",  # the words, no element
    "",
]


@pytest.mark.parametrize("page", _PAGES)
def test_tree_held_reads_as_before(page: str):
    assert tree_held(LexborHTMLParser(page), page) == _tree_held_plain(LexborHTMLParser(page), page)


_PIECES = st.sampled_from(
    [
        "<p>正文</p>",
        "<textarea>",
        "</textarea>",
        "<TEXTAREA>",
        "<TextArea>",
        "<iframe srcdoc='<p>",
        "'></iframe>",
        "<iframe src='/x.html'></iframe>",
        "srcdoc",
        "<div>某县人民政府关于印发工作方案的通知</div>",
        "&lt;p&gt;某县2026年重点工作任务分工方案&lt;/p&gt;",
        "<br>",
        "一、目标任务",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=12))
def test_tree_held_property(pieces: list[str]):
    page = "<html><body>" + "".join(pieces) + "</body></html>"
    assert tree_held(LexborHTMLParser(page), page) == _tree_held_plain(LexborHTMLParser(page), page)


# ---------------------------------------------------------------------------------------------
# html._page_parts: the <title>, <meta> and <link> elements read by tag name, each kind apart
# ---------------------------------------------------------------------------------------------


def _page_parts_plain(tree, url):
    """`_page_parts` as it was: one selector walk over the page in document order."""
    title = None
    meta: dict[str, str] = {}
    links: dict[str, None] = {}
    for node in tree.css(_PAGE_PARTS):
        tag = node.tag
        if tag == "a":
            _add_attachment(node, url, links)
        elif tag == "title":
            if title is None:
                title = node.text(strip=True)
        elif tag == "link":
            attrs = node.attributes
            if (attrs.get("rel") or "").strip().lower() == "canonical" and attrs.get("href"):
                meta.setdefault("canonical", (attrs.get("href") or "").strip())
        else:
            attrs = node.attributes
            key = attrs.get("name") or attrs.get("property") or attrs.get("http-equiv")
            content = attrs.get("content")
            if key and content is not None:
                meta.setdefault(key.strip().lower(), content.strip())
    return title or "", meta, list(links)


_PART_PIECES = st.sampled_from(
    [
        "<title>某县人民政府关于印发工作方案的通知</title>",
        "<title></title>",
        "<TITLE> 某县政府网 </TITLE>",
        '<meta name="ArticleTitle" content="某县2026年工作要点">',
        '<meta name="PubDate" content="2026-03-02 09:00">',
        '<meta name="pubdate" content="2026-04-01">',
        '<meta property="og:url" content="https://www.example.gov.cn/a.html">',
        '<meta name="canonical" content="/from-meta.html">',
        '<meta http-equiv="Content-Type" content="text/html">',
        '<meta name="keywords">',
        '<link rel="canonical" href="/from-link.html">',
        '<link rel="Canonical" href="  ">',
        '<link rel="stylesheet" href="/a.css">',
        '<a href="/files/方案.pdf">附件</a>',
        '<a href="/module/download/downfile.jsp?id=1">下载</a>',
        '<a href="/art/2026/1/1/art_1_2.html">相关</a>',
        '<a href="/down/list.html">下载专区</a>',
        '<a href="/col/">栏目</a>',
        "<svg><title>图标</title></svg>",
        "<p>正文</p>",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PART_PIECES, max_size=14), st.sampled_from([None, "https://www.example.gov.cn/col/a.html"]))
def test_page_parts_property(pieces: list[str], url: str | None):
    page = "<html><head>" + "".join(pieces[:4]) + "</head><body>" + "".join(pieces[4:]) + "</body></html>"
    assert _page_parts(LexborHTMLParser(page), url) == _page_parts_plain(LexborHTMLParser(page), url)


@pytest.mark.parametrize(
    "page",
    [
        # a <meta> keyed canonical before the <link>: the first in the page wins, in either order
        '<head><meta name="canonical" content="/m.html"><link rel="canonical" href="/l.html"></head>',
        '<head><link rel="canonical" href="/l.html"><meta name="canonical" content="/m.html"></head>',
        '<head><link rel="canonical" href=" "></head>',  # a blank canonical address is kept blank
        "<head><title>一</title></head><body><title>二</title></body>",  # the first title only
        '<body><a href="/a.doc">a</a><a href="/a.doc">again</a><a href="/b.xls">b</a></body>',
    ],
)
def test_page_parts_cases(page: str):
    parts = _page_parts(LexborHTMLParser(page), "https://www.example.gov.cn/")
    assert parts == _page_parts_plain(LexborHTMLParser(page), "https://www.example.gov.cn/")


# ---------------------------------------------------------------------------------------------
# html_parts.lone_h1: the <h1> elements by tag name, as the selector walk finds them
# ---------------------------------------------------------------------------------------------

_H1_PIECES = st.sampled_from(
    [
        "<h1>某县人民政府关于印发2026年工作要点的通知</h1>",
        "<H1>【转载】某市2024年重点工作任务分工方案</H1>",
        "<h1></h1>",
        "<h1>短</h1>",
        "<svg><h1>图</h1></svg>",
        "<div><h1> 某县  发展和改革局 </h1></div>",
        "<h2>二级标题不算</h2>",
        "<p>正文</p>",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_H1_PIECES, max_size=6))
def test_h1_by_tag_name_property(pieces: list[str]):
    page = "<html><body>" + "".join(pieces) + "</body></html>"
    tree = LexborHTMLParser(page)
    assert [n.mem_id for n in tree.tags("h1")] == [n.mem_id for n in tree.css("h1")]
    assert lone_h1(tree) == _lone_h1_plain(LexborHTMLParser(page))


def _lone_h1_plain(tree) -> str | None:
    """`lone_h1` as it was: the selector walk for the <h1> elements."""
    nodes = tree.css("h1")
    if len(nodes) != 1:
        return None
    text = _H1_WS.sub(" ", nodes[0].text(deep=True, strip=True)).strip()
    return text if _H1_MIN <= len(text) <= _H1_MAX else None


# --- html_stamps.printed_address: one scan for every label ---------------------------------------


def _printed_address_plain(html_text: str) -> str | None:
    """`printed_address` as first written (round 47e): a find for each label, in the lexicon's order."""
    from transform.html_stamps import _ADDRESS_LABELS, _PRINTED_ADDRESS

    for label in _ADDRESS_LABELS:
        at = html_text.find(label)
        if at >= 0 and (m := _PRINTED_ADDRESS.match(html_text, at + len(label))) is not None:
            return m.group(1)
    return None


_ADDRESS_PIECES = ["本文链接", "本页地址", "文章链接", "页面地址", "本文", "链接", "：", ":", " ", "<a href='x'>",
                   "</a>", "http://www.ls.gov.cn/art/2026/4/9/art_1.html", "https://a.gov.cn/t20260301_9.html",
                   "暂无", "<p>", "</p>", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ADDRESS_PIECES), max_size=14).map("".join))
def test_printed_address_equals_a_find_per_label(text: str) -> None:
    from transform.html_stamps import printed_address

    assert printed_address(text) == _printed_address_plain(text)
