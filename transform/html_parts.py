"""Parts of an HTML page besides its tables (`transform.html_tables`) that the rendering reads as
a reader sees them:

- the body container when no CMS selector finds it: the smallest element that holds most of the
  page's paragraph text (paragraphs spread over nested <section>s, as in 微信 reposts, or over
  sibling <div>s, stay together);
- the numbers of an ordered list (<ol><li>), which a browser shows and the text does not hold;
- the page's publish time printed in an element named for it (<em id="publish_time">,
  <span class="pubtime">) without a label such as 发布时间;
- a 信息公开 cell that prints its label over its value ("<td>发布单位<br>某局</td>"): one line;
- a template's one <h2>/<h3> naming a plan or a notice, where the page has no <h1> (`lone_subheading`).

Long module: these readers share one walk of the parsed tree and the page's label lexicons; a part
that grows rules of its own moves to a module beside it (as `html_stamps` and `html_tables` did).
"""

from __future__ import annotations

import re
from itertools import islice

from transform import headings as H
from transform.lexicons import words
from transform.metadata import ALL_LABELS, PAGE_AUTHOR, PAGE_H1, PAGE_TIME, parse_date
from transform.numbering import decimal_marker, match_marker
from transform.site_titles import page_words

_PARAGRAPHS = "p, td > span, td > font, td, th, div, pre"
_TEXT_HOLDERS = frozenset(("td", "th", "div", "pre"))
_TABLE_PARTS = frozenset(("tbody", "thead", "tfoot", "tr"))
_TABLE_UP = _TABLE_PARTS | {"table"}  # their own text (not their children's) counts
_MIN_PARAGRAPH = 10  # shorter <p>s are navigation, labels and buttons
_MIN_BODY = 50
_MIN_HOLDER = 50  # own text of a div or cell: less is a list item, a link row, a label
_COVER = 0.8  # the container holds this share of the paragraph text it could hold
_MAX_UP = 16  # ancestors of a paragraph looked at
# id/class words of an element holding the publish time (fbsj, fbrq: 发布时间, 发布日期)
_TIME_NAMES: tuple[str, ...] = ("publish_time", "publishtime", "publishTime", "pubtime", "pubTime")
_TIME_NAMES += ("pub_time", "pubdate", "pubDate", "fbsj", "fbrq", "header-time")


def density_container(tree):
    """The smallest element holding at least `_COVER` of the paragraph text any element holds,
    or, on pages without paragraphs, the div/td with the longest own text; None below 50
    characters."""
    sums: dict[int, list] = {}
    for p in tree.css(_PARAGRAPHS):
        # a <p> (or a run directly in a cell) is a paragraph of its parent; text directly in a
        # div or a cell (lines between <br>s, old layout tables) is a paragraph of that element
        holder = p.tag in _TEXT_HOLDERS
        n = len(p.text(deep=not holder, strip=True))
        if n < (_MIN_HOLDER if holder else _MIN_PARAGRAPH):
            continue
        _credit(sums, p if holder else p.parent, n)
    _add_data_tables(tree, sums)
    if sums:
        most = max(e[1] for e in sums.values())
        if most >= _MIN_BODY:
            # the nodes holding that much form one chain of ancestors: take its lowest
            node = min((e for e in sums.values() if e[1] >= _COVER * most), key=lambda e: e[1])[0]
            # a table is no body: the body holds it (with the heading or title above it)
            while (
                node.tag in _TABLE_UP and node.parent is not None and node.parent.tag not in ("body", "html")
            ):
                node = node.parent
            return node
    best, best_n = None, 0
    for node in tree.css("div, td"):
        text_len = len(node.text(deep=False, strip=True))
        if text_len > best_n:
            best, best_n = node, text_len
    return best if best_n >= _MIN_BODY else None


_TABLE_ROWS = 3  # rows of a data table whose short cells count as the body's text
_TABLE_COLS = 3


def _add_data_tables(tree, sums: dict[int, list]) -> None:
    """A data table's text counts for it and its containers, short cells too: a plan printed as a
    table of tasks ("1 | 推进垃圾分类<br>回收利用率达到60% | 县综合执法局"), whose cells are each
    shorter than a paragraph, is the body, not the footer's two lines. A table is a data table
    when it holds no table, has `_TABLE_ROWS` rows and a row of `_TABLE_COLS` cells, and is not
    mostly links."""
    for table in tree.css("table"):
        if len(table.css("table")) > 1:  # (the selector matches the table itself)
            continue
        rows = table.css("tr")
        if len(rows) < _TABLE_ROWS or not any(len(r.css("td, th")) >= _TABLE_COLS for r in rows):
            continue
        text = table.text(deep=True, strip=True)
        links = sum(len(a.text(deep=True, strip=True)) for a in table.css("a"))
        if 2 * links > len(text) or _info_block(text):
            continue  # a grid of links (a sidebar, a menu), the 信息公开 block: no body
        _credit(sums, table.parent, len(text))


def _credit(sums: dict[int, list], node, n: int) -> None:
    """Count `n` characters of text for `node` and its containers up to `_MAX_UP` levels up (a
    table's body or row is not a container: its table is)."""
    up = 0
    while node is not None and up < _MAX_UP and node.tag not in ("html", "#document"):
        if node.tag not in _TABLE_PARTS:
            entry = sums.setdefault(node.mem_id, [node, 0])
            entry[1] += n
        node, up = node.parent, up + 1


_BLOCK_LABELS = tuple(w for w in ALL_LABELS if len(w) >= 3 and "\u4e00" <= w[0] <= "\u9fff")


def _info_block(text: str) -> bool:
    """A table's text holding two labels of the 信息公开 block (索引号, 发布机构, 成文日期 …)."""
    text = text.replace(" ", "").replace("\u3000", "")
    hits = 0
    for w in _BLOCK_LABELS:
        if w in text:
            hits += 1
            if hits == 2:
                return True
    return False


def number_ordered_lists(node) -> None:
    """Put each item's number before the text of an <ol> item (1. 2. …, from `start`), as a browser
    shows it; lists styled without numbers (type a/i, list-style none) and items that print
    their own number are left alone."""
    for ol in node.css("ol"):
        attrs = ol.attributes
        kind = (attrs.get("type") or "1").strip()
        style = (attrs.get("style") or "").replace(" ", "").lower()
        if kind not in ("1", "") or "list-style:none" in style or "list-style-type:none" in style:
            continue
        start = (attrs.get("start") or "1").strip()
        n = int(start) if start.isdigit() else 1
        for li in ol.iter():
            if li.tag != "li":
                continue
            first = li.child
            text = li.text(deep=True, strip=True)
            # ("1.1 改造…": a decimal item prints its own number too, round 47c)
            if (
                first is not None
                and text
                and match_marker(text[:12]) is None
                and decimal_marker(text[:12]) is None
            ):
                first.insert_before(f"{n}.")
            n += 1


def publish_time(tree, html_text: str) -> str | None:
    """The text of the first element named for the page's publish time that holds a whole date
    (a list of other articles' "03-05" times further down holds none); else a script variable's
    (`script_time`), else an element printing only an office's name and a date (`_office_dated`)."""
    # the raw page is searched for the words first: a selector over every element costs more
    names = [n for n in _TIME_NAMES if n in html_text]
    if not names:
        return script_time(html_text) or _office_dated(html_text)
    # (an element named so by its tag too: a template's `<publishtime>2026年03月02日 10:21</publishtime>`)
    tags = [n for n in names if n.isascii() and n.islower() and n.replace("_", "").isalpha()]
    for node in tree.css(", ".join([f"[id*={n}], [class*={n}]" for n in names] + tags)):
        text = node.text(deep=True, strip=True)
        if len(text) <= 60 and parse_date(text) is not None:
            return text
        if len(text) <= 60 and (m := _YEAR_THEN_DAY.match(node.text(deep=True, separator=" ", strip=True))):
            return f"{m[1]}-{m[2]}-{m[3]}"  # the year, then the month and the day, in elements of their own
    return script_time(html_text) or _office_dated(html_text)


# an element printing only an office's name and a date, no label ("<div class="info">某县文化和旅游局
# 2024-05-14</div>" over the body): the byline of a page with no other date (not a list's item, whose
# text is an article's title)
_OFFICE_DATED = re.compile(
    r">[ \t\r\n\u3000]*[^<>\s\d|:：，。、]{2,24}(?:局|办公室|政府|委员会|委|办|中心)[ \t\u3000]+"
    r"((?:19|20)\d{2}-\d{1,2}-\d{1,2})[ \t\r\n\u3000]*<"
)


def _office_dated(html_text: str) -> str | None:
    m = _OFFICE_DATED.search(html_text)
    return m.group(1) if m else None


# a time element printing the year apart from the month and the day (a news portal's template:
# `<span class="year"><em>2026</em></span><span class="day"><em>11</em>/<em>03</em></span>`)
_YEAR_THEN_DAY = re.compile(r"((?:19|20)\d{2})\s+(\d{1,2})\s*/\s*(\d{1,2})(?!\d)(?!\s*/)")


_SCRIPT_VARS = tuple(words("site_script_date_vars"))
_SCRIPT_TIME = re.compile(
    r"\bvar[ \t]+(?:"
    + "|".join(map(re.escape, _SCRIPT_VARS))
    + r")[ \t]*=[ \t]*['\"]((?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?)['\"]"
)


def script_time(html_text: str) -> str | None:
    """A whole date a script variable gives as the publish time (`var createTime = '2025-02-14
    18:30'`, an official account's page whose <em id="publish_time"> is filled at run time)."""
    if not any(v in html_text for v in _SCRIPT_VARS):
        return None
    m = _SCRIPT_TIME.search(html_text)
    return m.group(1) if m else None


_LABEL_SET = frozenset(ALL_LABELS)  # the 信息公开 block's labels, without spaces
_CELL_SEP = " | "
_WS = re.compile(r"\s+")


_VALUE_MAX = 80  # a field's value is a name, a number or a title, never a paragraph
_PROSE = re.compile(r"[。，,；;！!？?]|[：:]\s*$")  # a sentence, or a salutation ("各乡镇人民政府，…：")


def _is_label(cell: str) -> bool:
    return _WS.sub("", cell).rstrip(":：") in _LABEL_SET


def _may_be_value(line: str) -> bool:
    """The first cell of `line` may be the value of a label above it: no label, no sentence or
    salutation (the body's opening under a label whose value is empty), and not a page's name
    ("网站首页": a label whose value was lost, over the navigation)."""
    cell = line.split(_CELL_SEP, 1)[0]
    return (
        len(cell) <= _VALUE_MAX
        and _PROSE.search(cell) is None
        and not _is_label(cell.split("：", 1)[0].split(":", 1)[0])
        and _WS.sub("", cell).lower() not in page_words()
    )


def join_alone_labels(text: str) -> str:
    """A cell that prints its label over its value ("<td>发布单位<br>某局</td>"): the label ends its
    line, the value opens the next; they are joined as "发布单位：某局". A row of labels only (a
    header row over a row of values) and a next line opening with a label stay as they are."""
    if "\n" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        cells = prev.split(_CELL_SEP)
        if (
            prev
            and _is_label(cells[-1])
            and (len(cells) == 1 or not all(map(_is_label, cells)))
            and _may_be_value(line)
        ):
            out[-1] = prev.rstrip(" :：") + "：" + line
        else:
            out.append(line)
    return "\n".join(out)


_H1_MIN, _H1_MAX = 6, 120  # characters of a headline


def headline_meta(tree) -> dict[str, str]:
    """`{PAGE_H1: text}` where the page has one <h1> that may be its headline (`lone_h1`), else
    one element named for a title (`titled_node`), and `{PAGE_TIME: line}` where the element
    right after it (or after its parent, where it ends the parent) is a short info line holding
    a whole date (`<div class="m-info"><span>2024-03-21 10:23</span>…`); else {}."""
    h1 = lone_h1(tree)
    node = tree.css_first("h1") if h1 else titled_node(tree)
    if node is None and tree.css_first("h1") is None and (sub := lone_subheading(tree)) is not None:
        return {
            PAGE_H1: _own_text(sub)
        }  # a template's headline in its one <h2>/<h3> (the line under it unread)
    if node is None:
        return {}
    h1 = h1 or _own_text(node)
    out = {PAGE_H1: h1}
    author = tree.css_first(_ACCOUNT_AUTHOR)  # (an official account's article: its author field)
    if author is not None and (name := author.text(strip=True)):
        out[PAGE_AUTHOR] = name
    info = _next_element(node)
    if info is None and node.parent is not None:
        info = _next_element(node.parent)  # a headline <span> alone in its <div>: the <div>'s next
    # (its spans apart: "<span>2025-05-20</span><span>某区交通运输局</span>" -> "2025-05-20 某区交通运输局")
    line = _info_text(info)
    if line and parse_date(line) is None and info is not None:
        # the source and the date in elements of their own, one after the other
        # (`<div class="…-resource">来源：某县民政局</div><div class="…-time">2026-06-11</div>`)
        line = f"{line} {_info_text(_next_element(info))}".strip()
    if 0 < len(line) <= _INFO_MAX and not _PROSE.search(line) and parse_date(line) is not None:
        out[PAGE_TIME] = line
    return out


def _info_text(node) -> str:
    return _WS.sub(" ", node.text(deep=True, separator=" ", strip=True)) if node is not None else ""


# the author field of an official account's article, the first text span of its byline
# (`<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">某县民政局</span>`)
_ACCOUNT_AUTHOR = "#meta_content > span.rich_media_meta_text"
_INFO_MAX = 80  # characters of an info line under a headline (date, source, views)


def _next_element(node):
    """The node after `node`, past the blank text between them (None at the end of its parent)."""
    info = node.next
    while info is not None and info.tag == "-text" and not info.text(strip=True):
        info = info.next  # the blank text between the two elements
    return info


def lone_h1(tree) -> str | None:
    """The text of the page's one <h1> (a template's headline printed outside the body's
    container: `<h1>【转载】某市2024年…方案</h1>` over `<div class="m-content">`), or None where the
    page has none, several, or one too short or too long to be a headline."""
    nodes = tree.css("h1")  # (lexbor's walk: ~11 µs on an 80 KB page; `in` over its CJK text, ~36 µs)
    if len(nodes) != 1:
        return None
    text = _WS.sub(" ", nodes[0].text(deep=True, strip=True)).strip()
    return text if _H1_MIN <= len(text) <= _H1_MAX else None


def lone_subheading(tree):
    """A page's one <h2> (else one <h3>) naming a plan or a notice, where it has no <h1> and no element
    named for a title (`<h3>某县2026年…工作计划</h3>`; a side box's "相关网站" names neither)."""
    for tag in ("h2", "h3"):
        if not (nodes := tree.css(tag)):
            continue
        text = _own_text(nodes[0])
        fits = len(nodes) == 1 and _H1_MIN <= len(text) <= _H1_MAX and not _PROSE.search(text)
        return nodes[0] if fits and (H.may_issue_plan(text) or "关于" in text) else None
    return None


# an element a template names for the headline: <div class="detail-title">, <p id="artTitle">
# (lexbor's selector walk costs about 14 µs on an 80 KB page; a case-blind regex over the page's
# text as a gate before it cost about 1 ms)
_TITLED_CSS = "[class*=itle], [id*=itle]"  # title, Title
_LINK_TAGS = frozenset(("a", "li", "option"))


def _own_text(node) -> str:
    """The element's own text, without its children's (a share bar inside the headline's <div>)."""
    return _WS.sub(" ", node.text(deep=False, strip=True)).strip()


def titled_node(tree):
    """The one element named for a title (`_TITLED_CSS`) whose own text may be a headline: 6 to 120
    characters, no sentence, outside any link or list item (a list of other articles' titles);
    None where there is none or several with different texts."""
    found = None
    for node in tree.css(_TITLED_CSS):
        if node.tag in _LINK_TAGS or _in_link(node):
            continue  # (cheap first: most such elements of a page are other articles' links)
        text = _own_text(node)
        if not _H1_MIN <= len(text) <= _H1_MAX or _PROSE.search(text):
            continue
        if found is not None and _own_text(found) != text:
            return None
        found = found or node
    return found


def _in_link(node) -> bool:
    up = node.parent
    for _ in range(_MAX_UP):
        if up is None:
            return False
        if up.tag in _LINK_TAGS:
            return True
        up = up.parent
    return False


_HEAD_BEFORE = 600  # characters before the block's <table> its page's headline may stand in
_HEAD_BLOCK = re.compile(r"<(?:div|h[1-6]|p)\b[^>]{0,200}>[^<>]{8,300}</(?:div|h[1-6]|p)>\s*$")


def headline_before(html_text: str, table: int) -> int:
    """Where the window of a 信息公开 table starts: at the block element right before the <table>
    when that holds only a line of text (the page's printed headline, "<div class="zw-title">某县人民
    政府办公室关于转发…的通知</div>"), else at the <table>."""
    m = _HEAD_BLOCK.search(html_text, max(0, table - _HEAD_BEFORE), table)
    return m.start() if m else table


# the first label of a 信息公开 block in the raw page (`transform.html._metadata_window` opens its
# window there; "发文单位：" with its colon: a block of 印发日期 / 公开日期 / 发文单位 / 文件编号 lines
# opens with no other label of it)
_XXGK_FIRST = re.compile(
    r"索\s*引\s*[号號]|[发發]文字[号號]|[发發]文机关|發文機關|[发發]文[单單]位\s*[:：]|[发發][布佈][机機][构構]|成文日期|"
    r"信息索取号|(?:Release|Publish)\s?[Dd]ate\s?[:：]|Date\s?[:：]\s?(?:19|20)\d{2}|[发發][布佈](?:[时時][间間]|日期)(?:[:：]|</[a-z]{1,8}>\s*<[a-z]{1,8}\b[^<>]{0,80}>\s*(?:19|20)\d{2})|更新时间[:：]|"
    # a weak label's date may follow the tag that closes the label ("<small>时间:</small>2025-02-18")
    r"(?<![\u4e00-\u9fff])(?:时\s*间|日\s*期)\s*[:：]\s*(?:</?[a-z]{1,8}>\s*){0,2}(?:19|20)\d{2}"
)


# Every match of _XXGK_FIRST starts with one of these characters: str.find of one character
# skips to them at memchr speed (a multi-character needle costs about ten times more on a
# 60 KB page), where the regex search would test each character of the page.
_XXGK_FIRST_CHARS = ("索", "发", "發", "成", "信", "更", "时", "日")
# "Release date: …", "Date: 2026-04-14", looked for where no Chinese label is
_XXGK_ENGLISH = ("Release", "Publish", "Date")


def first_label(html_text: str) -> int:
    """Start of the leftmost Chinese `_XXGK_FIRST` match, else of the leftmost English one
    ("Release date:"); -1 when none (as `.search().start()` on a page with no English label)."""
    best = _leftmost(html_text, _XXGK_FIRST_CHARS)
    return best if best >= 0 else _leftmost(html_text, _XXGK_ENGLISH)


def _leftmost(html_text: str, needles: tuple[str, ...]) -> int:
    best = -1
    for ch in needles:
        end = len(html_text) if best < 0 else best
        i = html_text.find(ch, 0, end)
        while i >= 0 and not _XXGK_FIRST.match(html_text, i):
            i = html_text.find(ch, i + 1, end)
        if i >= 0:
            best = i
    return best


# two 信息公开 blocks in the window: the page's own and a linked 解读's (a sidebar's block above it)
_INDEX_LINE = re.compile(r"^索\s*引\s*[号號]", re.M)
_TITLE_VALUE = re.compile(
    r"(?:^|\| )(?:标\s*题|名\s*称|標\s*題|名\s*稱)\s*(?:[:：]\s*\|?|\|)\s*([^|\n]+)", re.M
)
_BLOCKS_MAX = 6  # 信息公开 blocks compared (a page has two or three)
_OWN_TITLE_MIN = 6  # characters of a 标题 value matched against the page's title


def own_block(text: str, *titles: str | None) -> str:
    """The window's text with only the page's own 信息公开 block, where it holds several (each
    opening with its 索引号) and a later one's 标题 is the page's title (`<meta name="ArticleTitle">`,
    <title>) while the first one's names another (a linked 解读's block above the page's); else
    `text`."""
    if text.count("索") < 2:
        return text
    starts = [m.start() for m in islice(_INDEX_LINE.finditer(text), _BLOCKS_MAX)]
    keys = [_WS.sub("", t) for t in titles if t]
    if len(starts) < 2 or not keys:
        return text
    bounds = [*starts, len(text) if len(starts) < _BLOCKS_MAX else starts[-1]]
    values = [_TITLE_VALUE.search(text, a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    titled = [_WS.sub("", m.group(1)) if m else "" for m in values]
    mine = [i for i, v in enumerate(titled) if len(v) >= _OWN_TITLE_MIN and any(v in k for k in keys)]
    if len(mine) != 1 or mine[0] == 0 or len(titled[0]) < _OWN_TITLE_MIN:
        return text  # (the first block names no title of its own: its fields may be the page's)
    i = mine[0]
    return text[: starts[0]] + text[bounds[i] : bounds[i + 1]]
