"""HTML page -> meta tags, metadata text, body text, attachments.

The body is rendered from the DOM of its container: block elements (p, div, br, li, h1-h6 …)
become line breaks, and every other tag is dropped *without* adding whitespace, so text split over
inline elements (<span>县</span>, <font>、</font>) stays in one piece. Tables are rendered as a
reader reads them (`transform.html_tables`): a data table one "|" line per row with merged cells
expanded, a layout table as the blocks of its cells. Ordered lists show their numbers, and a "|"
printed in the text stays as printed. The container comes from the known CMS selectors (#zoom,
.TRS_Editor, #UCAP-CONTENT, 微信's #js_content …), the Hanweb content comments, and otherwise
from a text-density rule (`transform.html_parts`: the smallest element holding most paragraph
text). The 信息公开 block is rendered apart, from a window of the raw page (`_metadata_window`).

Long module: the page's parts (title, meta tags, attachments), its 信息公开 window and its body
are read from one parse tree with the same rendering helpers.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser

from planwatch.markup import for_lexbor
from transform import html_parts
from transform.html_held import filled_at_run_time, tree_held, with_held
from transform.html_parts import density_container, join_alone_labels, number_ordered_lists, publish_time
from transform.html_stamps import lone_date, printed_address
from transform.html_tables import ROW_CELL, render_tables
from transform.metadata import ALL_LABELS, PAGE_TIME
from transform.tries import trie_regex

BODY_SELECTORS = (
    "#zoom",
    ".TRS_Editor",
    ".view.TRS_UEDITOR",
    ".TRS_UEDITOR",
    "#UCAP-CONTENT",
    ".xxgk_content",
    ".article-content",
    "#article-content",
    ".article_content",
    "#content .content",
    ".pages_content",
    "#Zoom",
    "#fontzoom",
    ".zoom",
    "#zoomcon",
    ".wz_content",
    ".news_content",
    "#news_content",
    ".detail-content",
    ".detail_content",
    ".content_text",
    ".contentText",
    ".main-txt",
    ".article-body",
    ".bt-article",
    ".con_text",
    "#con_text",
    ".xl_content",
    ".text_content",
    "#text",
    ".zw",
    "#zw",
    ".TRS_PreAppend",
    "#js_content",  # 微信 articles and their reposts
    ".rich_media_content",
    "article",
)
_HANWEB = re.compile(
    r"<!--\s*ZJEG_RSS\.content\.begin\s*-->(.*?)<!--\s*ZJEG_RSS\.content\.end\s*-->", re.S | re.I
)
_DROP_SEL = "script,style,noscript,template,iframe,object,select,textarea,svg,button"
# what a reader does not see: hidden elements (anti-copy characters between words, Word's hidden
# text, a hidden duplicate); the container itself is kept even when a script is yet to show it
_HIDDEN_SEL = (
    '[hidden], [style*="display:none"], [style*="display: none"], [style*="DISPLAY: none"], '
    '[style*="visibility:hidden"], [style*="visibility: hidden"], [style*="mso-hide:all"]'
)
_BLOCK_SEL = (
    "p,div,li,ul,ol,dl,dt,dd,tr,td,th,table,h1,h2,h3,h4,h5,h6,section,article,header,footer,blockquote,pre,"
    "center,caption,form,nav,aside,main,figure,figcaption,address"
)
_DROP_SEL_PRE = _DROP_SEL + ",pre"  # one walk finds what is dropped and the <pre> blocks
_BR_SEL = "br,hr"
_NL, _CELL_END = "\x02", "\x03"  # a line break (`transform.html_tables` inserts it too), a cell end
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_SPACE_RUN = re.compile("  +")


def _collapse_spaces(s: str) -> str:
    """Same as `_SPACES.sub(" ", s)`, an order of magnitude faster on CJK text: str.replace
    runs at memchr speed, while a character-class regex tests every character."""
    s = s.replace("\t", " ").replace("\r", " ").replace("\f", " ").replace("\v", " ").replace("\xa0", " ")
    return _SPACE_RUN.sub(" ", s) if "  " in s else s


def _keep_runs(s: str) -> str:
    """Like `_collapse_spaces`, but a run of two or more spaces (&nbsp;, &#160;, blanks) stays a
    run of two: in a paragraph printed as a spaced table ("2  严守用水 效率控制") the run is a
    cell border, an empty cell, as the text rendering keeps it. A single space stays one, and
    lines with "|" cell borders are collapsed as before."""
    s = s.replace("\t", " ").replace("\r", " ").replace("\f", " ").replace("\v", " ").replace("\xa0", " ")
    if "  " not in s:
        return s
    if "|" not in s and ROW_CELL not in s:
        return _SPACE_RUN.sub("  ", s)
    return "\n".join(
        _collapse_spaces(ln) if _has_border(ln) else _SPACE_RUN.sub("  ", ln) for ln in s.split("\n")
    )


def _has_border(line: str) -> bool:
    """A row of a rendered table (or a line with a printed "|"): its cells are already apart,
    and runs there stay single spaces as before."""
    return "|" in line or ROW_CELL in line


_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_TRAILING_CELL = re.compile(r"(?:\s*\|\s*)+$", re.M)
_CELL_SPACES = re.compile(r"[ \t]*\|[ \t]*")
_LEADING_CELL = re.compile(r"^(?:\s*\|\s*)+", re.M)
_TAG = re.compile(r"<[^>]*>", re.S)


@dataclass
class HtmlPage:
    title_tag: str = ""
    meta: dict[str, str] = field(default_factory=dict)  # lower-cased <meta name|property> -> content
    page_text: str = ""  # whole page rendered to lines (for the 信息公开 metadata block)
    body_text: str = ""  # the main text
    body_source: str = ""  # which rule found the body
    attachments: list[str] = field(default_factory=list)


def render_node(node) -> str:
    """A DOM element -> text lines: blocks become newlines, data tables "|" rows
    (`transform.html_tables`), inline tags vanish.

    The DOM is changed in place (markers are inserted); render a node only once.
    """
    for bad in node.css(_DROP_SEL_PRE):
        if bad.tag == "pre":
            _pre_lines(bad)
        else:
            bad.decompose()
    if node.tag == "pre":
        _pre_lines(node)
    for hidden in node.css(_HIDDEN_SEL):
        if hidden.mem_id != node.mem_id:
            hidden.decompose()
    as_table = render_tables(node)
    if as_table is not None:
        return _finish(as_table, trim_cells=False)
    number_ordered_lists(node)
    # the cells left are layout cells (a frame, a column of blocks): blocks like the others
    for b in node.css(_BLOCK_SEL):
        b.insert_before(_NL)
        b.insert_after(_NL)
    for b in node.css(_BR_SEL):
        b.insert_after(_NL)
    return _finish(node.text(deep=True, separator="", strip=False), trim_cells=False)


def _pre_lines(pre) -> None:
    """The line breaks of a <pre> block are the text's lines (elsewhere a source line break is
    a space or nothing, see `_join_source_lines`): mark them as block breaks."""
    for text in list(pre.traverse(include_text=True)):
        if text.tag == "-text":
            content = text.text_content or ""
            if "\n" in content:
                text.replace_with(content.replace("\r\n", "\n").replace("\n", _NL))


def _join_source_lines(text: str) -> str:
    """Line breaks of the HTML source are not text: between two CJK characters they vanish,
    elsewhere they are one space (block elements were already marked with _NL)."""
    parts = text.split("\n")
    out = [parts[0]]
    for part in parts[1:]:
        left = out[-1].rstrip(" \t\f\v")
        right = part.lstrip(" \t\f\v")
        if left and right and _CJK.match(left[-1]) and _CJK.match(right[0]):
            out[-1] = left
            out.append(right)
        else:
            out[-1] = left
            out.append((" " + right) if (left and right) else right)
    return "".join(out)


def _finish(text: str, *, trim_cells: bool = True) -> str:
    """Marked-up text -> lines. With `trim_cells` (a regex rendering whose cells end in
    `_CELL_END` or " | "), " | " is put around every cell border and empty border cells are
    dropped; without it (`render_node`) a "|" is text as printed. Task-table rows
    (`transform.html_tables.ROW_CELL` borders) keep every cell either way."""
    text = text.replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "").replace("\r", "")
    if "\n" in text:
        # a source line break between two block markers is one space (see _join_source_lines):
        # most of them are, and one C-speed pass spares the loop its iterations
        text = _NL_BETWEEN_BLOCKS.sub(_NL + " " + _NL, text)
        if "\n" in text:
            text = _join_source_lines(text)
    text = text.replace(_CELL_END, " | ").replace(_NL, "\n")
    text = _collapse_spaces(text) if trim_cells else _keep_runs(text)
    lines = []
    for line in text.split("\n"):
        line = line.strip(" \t\u3000")
        if line and (not trim_cells or line.strip("| ")):
            lines.append(line)
    text = "\n".join(lines)
    if trim_cells and "|" in text:
        if _OTHER_SPACE.search(text) is None:
            text = "\n".join(_tidy_cells(line) for line in lines)
        else:
            text = _CELL_SPACES.sub(" | ", text)
            text = _TRAILING_CELL.sub("", text)
            text = _LEADING_CELL.sub("", text)
    return text.replace(ROW_CELL, "|") if ROW_CELL in text else text


_OTHER_SPACE = re.compile(r"[^\S \n]")
_NL_BETWEEN_BLOCKS = re.compile(_NL + r"[ \t\f\v]*\n[ \t\f\v]*" + _NL)


def _tidy_cells(line: str) -> str:
    """One line of `_finish`: " | " around every cell border, no empty cells at either end.

    Same result as the three cell regexes when the only whitespace left is single spaces inside
    lines (no \u3000, no tabs, no runs): then every rule stays within its line, and plain
    string methods do the work without a regex trying every position.
    """
    if "|" not in line:
        return line
    line = line.replace(" |", "|").replace("| ", "|").replace("|", " | ")
    core = line.rstrip(" |")
    if "|" in line[len(core) :]:
        line = core
    core = line.lstrip(" |")
    if "|" in line[: len(line) - len(core)]:
        line = core
    return line


def render(fragment: str) -> str:
    """Serialized HTML (a fragment or a page) -> text lines; see `render_node`."""
    tree = LexborHTMLParser(for_lexbor(fragment))
    node = tree.body or tree.root
    if node is None:
        return _finish(_TAG.sub("", fragment))
    return render_node(node)


def _page_parts(tree: LexborHTMLParser, url: str | None) -> tuple[str, dict[str, str], list[str]]:
    """The first <title>, the <meta> tags and the attachment links, each kind in document order,
    read apart (lexbor's walks by tag name cost a third of a selector walk for the three types,
    docs/transform.md "Round 47s"); a page with a canonical <link>, whose key a <meta> may hold
    too (the first wins), is read in one walk over them all (`_page_parts_walk`)."""
    if any(_canonical_href(node) is not None for node in tree.tags("link")):
        return _page_parts_walk(tree, url)
    titles = tree.tags("title")
    meta: dict[str, str] = {}
    for node in tree.tags("meta"):
        _add_meta(node, meta)
    links: dict[str, None] = {}  # in document order, each once
    for node in tree.css(_ATTACH_CANDIDATES):
        _add_attachment(node, url, links)
    return (titles[0].text(strip=True) if titles else "") or "", meta, list(links)


def _page_parts_walk(tree: LexborHTMLParser, url: str | None) -> tuple[str, dict[str, str], list[str]]:
    """`_page_parts` in one selector walk over the page, in document order."""
    title = None
    meta: dict[str, str] = {}
    links: dict[str, None] = {}  # in document order, each once (a list's `in` was quadratic)
    for node in tree.css(_PAGE_PARTS):
        tag = node.tag
        if tag == "a":
            _add_attachment(node, url, links)
        elif tag == "title":
            if title is None:
                title = node.text(strip=True)
        elif tag == "link":  # the page's own address, read as og:url
            if (href := _canonical_href(node)) is not None:
                meta.setdefault("canonical", href)
        else:
            _add_meta(node, meta)
    return title or "", meta, list(links)


def _canonical_href(link) -> str | None:
    """The address of a `<link rel="canonical" href="…">`, stripped; None for any other link."""
    attrs = link.attributes
    if (attrs.get("rel") or "").strip().lower() == "canonical" and attrs.get("href"):
        return (attrs.get("href") or "").strip()
    return None


def _add_meta(node, meta: dict[str, str]) -> None:
    """A <meta> tag's content under its lower-cased name (property, http-equiv); the first wins."""
    attrs = node.attributes
    key = attrs.get("name") or attrs.get("property") or attrs.get("http-equiv")
    content = attrs.get("content")
    if key and content is not None:
        meta.setdefault(key.strip().lower(), content.strip())


_WINDOW_AFTER = 6000  # characters of the raw page after the first label
_META_DATES = ("pubdate", "publishdate", "firstpublishedtime", "createdate", "article:published_time")


def _metadata_window(html_text: str) -> str:
    """The 信息公开 block: rendered from a window of the raw page around its first label.

    Only the lines of the block that hold a label matter (`transform.metadata.label_pairs`),
    so the window is rendered up to the end of the line of its last label: see
    `_label_free_tail`. The rest, mostly navigation and the start of the body, is skipped.
    """
    pos = html_parts.first_label(html_text)
    if pos < 0:
        return ""
    a = html_text.rfind("<table", max(0, pos - 3000), pos)
    a = html_parts.headline_before(html_text, a) if a >= 0 else max(0, pos - 1500)
    s = _Q_DROP.sub("", html_text[a : pos + _WINDOW_AFTER])
    return _render_dropped(s[: _label_free_tail(s, pos - a)])


# A label of the 信息公开 block as it may stand in raw HTML: its characters with whitespace,
# colons, tags and named entities between them (rendering drops or blanks all of those).
_RAW_GAP = r"(?:[\s:：]|<[^>]*>|&[^\t\n\f <&#;]{1,32};?)*"
_RAW_LABEL = re.compile(trie_regex(ALL_LABELS, _RAW_GAP))


def _label_free_tail(s: str, start: int) -> int:
    """Where `s` (scripts and comments dropped) can be cut without changing a labelled line.

    The cut is at the first block tag after the last label found from `start` on, so it ends
    the line of that label; no label can be read after it, even with tags, entities and spaces
    between its characters. It is made only when every "<" of the head closes before the next
    "<" (a stray one could swallow text up to a ">" of the tail once the block tags between
    are replaced) and the tail has no numeric entity (which could spell a label). Every line
    after the cut is then label-free, and `label_pairs` reads the same pairs from the head
    alone. Returns len(s) when there is no such cut.
    """
    last = start
    for m in _RAW_LABEL.finditer(s, start):
        last = m.end()
    block = _Q_BLOCK.search(s, last)
    for _ in range(3):  # a label alone before its break ("文号<br>某发〔2024〕1号"): its value's line too
        if block is None or _html.unescape(_TAG.sub("", s[last : block.start()])).strip(_BLANK):
            break
        block = _Q_BLOCK.search(s, block.end())
    if block is None:
        return len(s)
    cut = block.start()
    # s[cut] is the "<" of the block tag, so an unclosed "<" at the end of the head is stray too
    if _STRAY_LT.search(s, 0, cut + 1) or s.find("&#", cut) >= 0:
        return len(s)
    return cut


_STRAY_LT = re.compile(r"<[^>]*<")
_BLANK = " \t\r\n\f\v\u00a0\u3000:："


_Q_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_Q_BLOCK = re.compile(r"<(?:br|/?(?:p|div|li|tr|table|h\d|ul|ol|dl)|dt)\b[^>]*>", re.I)
# a <dt> label and its <dd> value: one line; a <label> element is a cell ("<label>发布日期</label><span>…")
_Q_CELL = re.compile(r"</(?:t[dh]|dt|label)\s*>|<label\b[^>]{0,200}>", re.I)


def _render_dropped(s: str) -> str:
    """Regex rendering of a small window (the 信息公开 block) whose scripts, styles and comments
    are already dropped (`_Q_DROP`): cheaper than a second DOM parse."""
    s = _collapse_spaces(s.replace("\n", " "))
    s = _Q_CELL.sub(" | ", s)
    s = _Q_BLOCK.sub("\n", s)
    s = _html.unescape(_TAG.sub("", s))
    return _finish(s.replace("\n", _NL))


def extract(html_text: str, url: str | None = None, utf8: bytes | None = None) -> HtmlPage:
    """Parse one page. Never raises on bad markup (lexbor is forgiving). `utf8`: the page's
    `encode("utf-8", "ignore")`, made by the caller, which lexbor reads when nothing below changes
    the page (selectolax encodes a str so)."""
    page = HtmlPage()
    source = html_text
    html_text = filled_at_run_time(html_text)  # "文号：{{ info.wh }}", a date a script writes in
    lex = for_lexbor(html_text)  # hostile nesting and attributes are quadratic in lexbor
    tree = LexborHTMLParser(utf8 if utf8 is not None and lex is source else lex)
    page.title_tag, page.meta, page.attachments = _page_parts(tree, url)
    page.meta.update(html_parts.headline_meta(tree))  # a template's one <h1>
    if "og:url" not in page.meta and "canonical" not in page.meta:
        if (address := printed_address(html_text)) is not None:
            page.meta["canonical"] = address  # "本文链接：http://…": the page's own address, as printed
    page.page_text = join_alone_labels(_metadata_window(html_text))
    page.page_text = html_parts.own_block(page.page_text, page.meta.get("articletitle"), page.title_tag)
    if not page.page_text and not any(k in page.meta for k in _META_DATES):
        # no 信息公开 block and no dated <meta>: an element named for the publish time may say it
        when = publish_time(tree, html_text)
        if when:
            page.meta[PAGE_TIME] = when
        elif PAGE_TIME not in page.meta and (when := lone_date(html_text)):
            page.meta[PAGE_TIME] = when  # "<span class="date">2026-06-12</span>" beside the breadcrumb
    held = tree_held(tree, html_text)  # (an iframe's srcdoc: read before the rendering drops it)
    page.body_text, page.body_source = with_held(held, html_text, *_body(tree, html_text), render)
    return page


def _body(tree: LexborHTMLParser, html_text: str) -> tuple[str, str]:
    for sel in BODY_SELECTORS:
        node = tree.css_first(sel)
        if node is not None:
            text = render_node(node)
            if len(text) >= 20:
                return text, sel
    m = _HANWEB.search(html_text)
    if m and len(_TAG.sub("", m.group(1)).strip()) > 20:
        return render(m.group(1)), "hanweb-comment"
    node = density_container(tree)
    if node is not None:
        return render_node(node), "density"
    body = tree.body
    return (render_node(body) if body is not None else ""), "page"


_ATTACH_EXTS = frozenset(
    ("pdf", "doc", "docx", "xls", "xlsx", "wps", "et", "zip", "rar", "7z", "ofd", "ppt", "pptx", "txt", "csv")
)


def _is_attachment(href: str) -> bool:
    if href.endswith((".html", ".htm", ".shtml", "/")) and "down" not in href:
        return False
    h = href.lower()
    if "downfile" in h or "/download/" in h:
        return True
    path = h.split("?", 1)[0].split("#", 1)[0]
    dot = path.rfind(".")
    return dot > path.rfind("/") and path[dot + 1 :] in _ATTACH_EXTS


# `_is_attachment` rejects at once a link ending in .html/.htm/.shtml or / without "down" in it;
# lexbor drops those (most of a page's hundreds of links) in C. Results stay in document order.
_ATTACH_CANDIDATES = (
    'a[href]:not([href$=".html"]):not([href$=".htm"]):not([href$=".shtml"]):not([href$="/"]), a[href*="down"]'
)


_PAGE_PARTS = "title, meta, link, " + _ATTACH_CANDIDATES


def _add_attachment(a, url: str | None, out: dict[str, None]) -> None:
    """Add the link of <a> when it points to a file (downfile.jsp, .pdf, .doc, .xls, .wps, .zip …)."""
    href = (a.attributes.get("href") or "").strip()
    if not href or href.startswith(("javascript:", "mailto:", "#")) or not _is_attachment(href):
        return
    out.setdefault(urljoin(url, href) if url else href)
