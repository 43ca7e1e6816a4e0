"""HTML page -> meta tags, metadata text, body text, attachments.

The body is rendered from the serialized HTML of its container with a handful of C-speed regex
passes: block elements (p, div, br, li, tr, h1-h6 …) become line breaks, table cells become
" | ", and every other tag is dropped *without* adding whitespace, so text split over inline
elements (<span>县</span>, <font>、</font>) stays in one piece. The container comes from the
known CMS selectors (#zoom, .TRS_Editor, #UCAP-CONTENT …), the Hanweb content comments, and
otherwise from a text-density rule (the element whose <p> children carry the most text).
"""
from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser

BODY_SELECTORS = (
    "#zoom", ".TRS_Editor", ".view.TRS_UEDITOR", ".TRS_UEDITOR", "#UCAP-CONTENT", ".xxgk_content",
    ".article-content", "#article-content", ".article_content", "#content .content", ".pages_content",
    "#Zoom", "#fontzoom", ".zoom", "#zoomcon", ".wz_content", ".news_content", "#news_content",
    ".detail-content", ".detail_content", ".content_text", ".contentText", ".main-txt", ".article-body",
    ".bt-article", ".con_text", "#con_text", ".xl_content", ".text_content", "#text", ".zw", "#zw",
    ".TRS_PreAppend", "article",
)
_HANWEB = re.compile(r"<!--\s*ZJEG_RSS\.content\.begin\s*-->(.*?)<!--\s*ZJEG_RSS\.content\.end\s*-->", re.S | re.I)
_DROP = re.compile(r"<(script|style|noscript|template|iframe|object|select|textarea|svg|head)\b.*?</\1\s*>|<!--.*?-->",
                   re.S | re.I)
_BLOCK = re.compile(r"<(?:br|hr)\b[^>]*>|</?(?:p|div|li|ul|ol|dl|dt|dd|tr|table|tbody|thead|tfoot|h[1-6]|section|"
                    r"article|header|footer|blockquote|pre|center|caption|form|nav|aside|main|figure|figcaption|"
                    r"address)\b[^>]*>", re.I)
_CELL = re.compile(r"</t[dh]\s*>", re.I)
_TAG = re.compile(r"<[^>]*>", re.S)
_WS_NL = re.compile(r"[ \t\f\v]*[\r\n][ \t\r\n\f\v]*")
_WS_INLINE = re.compile(r"[ \t\f\v]+")
# A source line break between two CJK characters is formatting, not a space.
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \x01]*\x01[ \x01]*(?=[\u3000-\u9fff\uff00-\uffef])")
_ATTACH = re.compile(r"downfile\.jsp|/download/|\.(?:pdf|docx?|xlsx?|wps|et|zip|rar|7z|ofd|ppt|pptx|txt|csv)(?:[?#]|$)",
                     re.I)
_TRAILING_CELL = re.compile(r"(?:\s*\|\s*)+$", re.M)
_LEADING_CELL = re.compile(r"^(?:\s*\|\s*)+", re.M)


@dataclass
class HtmlPage:
    title_tag: str = ""
    meta: dict[str, str] = field(default_factory=dict)   # lower-cased <meta name|property> -> content
    page_text: str = ""      # whole page rendered to lines (for the 信息公开 metadata block)
    body_text: str = ""      # the main text
    body_source: str = ""    # which rule found the body
    attachments: list[str] = field(default_factory=list)


# An innermost table cell (no nested cells or tables inside).
_INNER_CELL = re.compile(r"(<t[dh]\b[^>]*>)((?:(?!<t[dhr]\b|</t[dh]\s*>|<table\b).){0,3000}?)(</t[dh]\s*>)", re.S | re.I)


def _cell_one_line(m: re.Match) -> str:
    """A data cell with a few paragraphs stays on one line (table rows become one line each);
    a layout cell holding a whole article (many paragraphs) keeps its line breaks."""
    inner = m.group(2)
    blocks = len(_BLOCK.findall(inner))
    if blocks == 0 or blocks > 6:
        return m.group(0)
    return m.group(1) + _BLOCK.sub(" ", inner) + m.group(3)


def render(fragment: str) -> str:
    """Serialized HTML -> text lines: blocks become newlines, cells ' | ', inline tags vanish."""
    s = _DROP.sub("", fragment)
    # Source-code line breaks inside a paragraph are not text: collapse all whitespace first.
    s = _INNER_CELL.sub(_cell_one_line, s)
    s = _WS_NL.sub("\x01", s)
    s = _WS_INLINE.sub(" ", s)
    s = _CELL.sub(" | ", s)
    s = _BLOCK.sub("\n", s)
    s = _TAG.sub("", s)
    s = _CJK_GAP.sub("", s).replace("\x01", " ")
    s = _html.unescape(s)
    s = s.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    lines = []
    for line in s.split("\n"):
        line = line.strip(" \t\u3000")
        if line and line.strip("| "):
            lines.append(line)
    text = "\n".join(lines)
    text = _TRAILING_CELL.sub("", text)
    text = _LEADING_CELL.sub("", text)
    return text


def _meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("name") or attrs.get("property") or attrs.get("http-equiv")
        content = attrs.get("content")
        if key and content is not None:
            out.setdefault(key.strip().lower(), content.strip())
    return out


def _density_container(tree: LexborHTMLParser):
    """The element whose paragraph children hold the most text (fallback when no selector fits)."""
    scores: dict[int, list] = {}
    for p in tree.css("p, td > span, td > font"):
        parent = p.parent
        if parent is None:
            continue
        n = len(p.text(deep=True, strip=True))
        if n < 10:
            continue
        entry = scores.setdefault(parent.mem_id, [parent, 0])
        entry[1] += n
    if scores:
        node, score = max(scores.values(), key=lambda e: e[1])
        if score >= 50:
            return node
    # pages without <p>: the div/td with the longest own text and few links
    best, best_n = None, 0
    for node in tree.css("div, td"):
        text_len = len(node.text(deep=False, strip=True))
        if text_len > best_n:
            best, best_n = node, text_len
    return best if best_n >= 50 else None


def extract(html_text: str, url: str | None = None) -> HtmlPage:
    """Parse one page. Never raises on bad markup (lexbor is forgiving)."""
    page = HtmlPage()
    tree = LexborHTMLParser(html_text)
    title = tree.css_first("title")
    if title is not None:
        page.title_tag = title.text(strip=True)
    page.meta = _meta_tags(tree)
    page.attachments = _attachments(tree, url)
    body_node = tree.body
    page.page_text = render(body_node.html if body_node is not None else html_text) if body_node is not None \
        else render(html_text)
    m = _HANWEB.search(html_text)
    if m and len(_TAG.sub("", m.group(1)).strip()) > 20:
        page.body_text, page.body_source = render(m.group(1)), "hanweb-comment"
        return page
    for sel in BODY_SELECTORS:
        node = tree.css_first(sel)
        if node is not None:
            text = render(node.html or "")
            if len(text) >= 20:
                page.body_text, page.body_source = text, sel
                return page
    node = _density_container(tree)
    if node is not None:
        page.body_text, page.body_source = render(node.html or ""), "density"
    else:
        page.body_text, page.body_source = page.page_text, "page"
    return page


def _attachments(tree: LexborHTMLParser, url: str | None) -> list[str]:
    out: list[str] = []
    for a in tree.css("a[href]"):
        href = (a.attributes.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        if _ATTACH.search(href):
            full = urljoin(url, href) if url else href
            if full not in out:
                out.append(full)
    return out
