"""A page's text: decoded bytes (any charset), the body of an HTML page (selectolax, see
`transform.html`) or of a text rendering, with the portal's chrome (navigation, print/close
links, footer) trimmed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from transform.lexicons import table, words
from transform.metadata import metadata_line
from transform.normalize import as_mainland
from transform.unit_words import simplified
from transform.unwrap import unwrapped

if TYPE_CHECKING:
    from transform.html import HtmlPage

_CHROME_LINE = re.compile(
    r"^(首页\s*[>＞»].*|.*[>＞»]\s*正文(内容)?|字号[:：]?.*|浏览(量|次数)?[:：]?\s*\d*|【?\s*字体[:：].*|打印(本页)?|"
    r"【?打印】?|关闭(窗口|本页)?|【?关闭】?|打印\s*关闭|扫一扫.*|分享到[:：]?.*|收藏|【?大\s*中\s*小】?|"
    r"上一篇.*|下一篇.*|[上下]一条\s*[:：].*|返回顶部|当前位置[:：].*|您当前的位置[:：].*|来源[:：]\s*$|阅读次数.*)$"
)
_CHROME_WORDS = re.compile(
    r"打印本页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|分享到[:：]?|分享|返回顶部|返回|"
    r"字号[:：]?|字体[:：]?|大|中|小|默认|加入收藏|纠错|保存|浏览次数[:：]?\s*\d*|【|】|\[|\]|"
    r"无障碍版|无障碍浏览|无障碍|长者助手|长者模式|长者版|退出登录|登录|登入|注册"
)


def _any(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


# The footer's words, once (lexicons/page_footer.toml): the lines that start it, and the words a
# footer line below a link box holds.
_FOOTER = table("page_footer")
_FOOTER_START = re.compile(
    rf"^(?:[-•·*]\s*)?(?:{_any(_FOOTER['headings'])})\s*(?:[:：]|[>》»]{{1,2}})?\s*$|"
    rf"^(?:{_any(_FOOTER['starts'])}|.*(?:{_any(_FOOTER['marks'])})|(?:{_any(_FOOTER['labels'])})[:：])|"
    rf"^(?:{_any(_FOOTER['hosts'])})[:：].*(?:{_any(_FOOTER['host_words'])})"
)
_FOOT_WORDS = re.compile(
    _any([w for key in ("marks", "starts", "labels", "headings", "hosts") for w in _FOOTER[key]])
)


@dataclass
class PageText:
    """What the rest of the parser reads of a page."""

    body: str  # the main text, paragraphs separated by newlines
    page_text: str  # the whole page as text (metadata labels live outside the body too)
    meta: dict[str, str] = field(default_factory=dict)  # <meta> name → content
    title_tag: str = ""
    attachments: list[str] = field(default_factory=list)
    is_text: bool = True  # a text rendering, not an HTML page


def read_page(text: str, url: str | None, is_text: bool, utf8: bytes | None = None) -> PageText:
    """The body and page text of a decoded page (HTML, or a text rendering when `is_text` or when
    it does not look like HTML). `utf8`: the page's bytes for lexbor, from a caller that read it
    as HTML (`transform.document.plain_page`)."""
    if is_text or (utf8 is None and not looks_html(text)):
        lines = unwrapped(_text_lines(text), _chrome)  # a text wrapped at a fixed width: one line a paragraph
        return PageText(body=trim_chrome([ln.rstrip() for ln in lines]), page_text="\n".join(lines))
    page, body = html_body(text, url, utf8)
    return PageText(body, page.page_text, page.meta, page.title_tag, page.attachments, is_text=False)


def decode_page(content: bytes | str, content_type: str | None) -> tuple[str, str | None]:
    if isinstance(content, str):
        return content, None
    from planwatch.charset import decode

    d = decode(content, content_type)
    return d.text, d.encoding


_HTML_TAG = re.compile(r"<(html|body|div|p|table|head|meta|!doctype|span|br)\b")


def looks_html(text: str) -> bool:
    """A tag in the first 2000 characters, in any case. A tag printed in lower case is found as
    printed (lower-casing cannot undo that match: it keeps the tag and the word boundary after
    it); only a page without one pays for `lower()`, slow on CJK text (~15x the search)."""
    head = text[:2000]
    return _HTML_TAG.search(head) is not None or _HTML_TAG.search(head.lower()) is not None


# ---------------------------------------------------------------------------------------------


def text_body(text: str) -> str:
    """Body of a text rendering: without the 信息公开 block, navigation and footer lines."""
    return trim_chrome([ln.rstrip() for ln in _text_lines(text)])


def _text_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _chrome(line: str) -> bool:
    """A line of the portal's or the viewer's chrome, or of the 信息公开 block (`line` stripped)."""
    probe = simplified(line)
    probe = probe if probe is line else as_mainland(probe)
    return metadata_line(probe) or _is_chrome_line(probe) or _only_chrome_words(probe) or _viewer_line(probe)


def trim_chrome(lines: list[str]) -> str:
    out: list[str] = []
    n = len(lines)
    head_end = max(60, n // 4)  # the 信息公开 block is only looked for in the head
    joined = "\n".join(lines)
    plain = simplified(joined) is joined  # no traditional character on the page: one scan, not one a line
    for i, raw in enumerate(lines):
        line = raw.strip(" \t\u3000")
        if not line:
            continue
        # the chrome of a traditional rendering (返回頂部, 打印本頁, 索引號, 釋出機構) read as simplified
        probe = line if plain else simplified(line)
        probe = probe if probe is line else as_mainland(probe)
        if i < head_end and metadata_line(probe):
            continue
        if _is_chrome_line(probe) or _only_chrome_words(probe) or _file_item(line) or _viewer_line(probe):
            continue
        if (i > n // 2 and _footer_starts(probe) and _host_at_end(probe, lines, i)) or _link_box(
            probe, lines, i
        ):
            break
        # a row of a table saved as text with tabs keeps its empty first cells ("\t\t\t局、各区政府")
        tabbed = raw.count("\t") >= 2 or (raw[:1] == "\t" and i > 0 and lines[i - 1].count("\t") >= 2)
        out.append(raw.strip(" \u3000").rstrip("\t") if tabbed else line)
    return "\n".join(out)


# First characters of every `_CHROME_LINE` branch but the one that ends in 正文 (whitespace:
# the `【?\s*字体` branch). Testing them first spares most body lines the regex alternation.
_CHROME_FIRST = frozenset("首字浏【打关扫分收大上下返当您来阅")


def _is_chrome_line(line: str) -> bool:
    """Same as `_CHROME_LINE.match(line)` on a non-empty line, with a cheap pre-test."""
    first = line[0]
    if first in _CHROME_FIRST or first.isspace() or "正文" in line:
        return _CHROME_LINE.match(line) is not None
    return False


# a viewer's or portal's line (lexicons/viewer_chrome.txt): one of its openers as a whole word (no
# Chinese character right after it: "下载文档 VIP专享 原价5.00元", "本文档由用户上传,版权…"), or
# "剩余80%未读"; a line of the plan that only starts alike ("继续阅读推广活动…") stays
_VIEWER_LINE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w) for w in words("viewer_chrome")) + r")(?![\u4e00-\u9fff])"
    r"|剩余\s*\d{1,3}\s*%\s*未读)"
)
_VIEWER_LINE_MAX = 80  # characters of such a line


_VIEWER_FIRST = frozenset(w[0] for w in words("viewer_chrome")) | {"剩"}


def _viewer_line(line: str) -> bool:
    return line[0] in _VIEWER_FIRST and len(line) <= _VIEWER_LINE_MAX and _VIEWER_LINE.match(line) is not None


_FILE_SUFFIXES = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et", ".ofd", ".zip", ".rar")
_FILE_ITEM = re.compile(r"^\d{1,2}\s*[.、．]\s*\S[^\n]{0,120}\.[A-Za-z]{2,4}$")


def _file_item(line: str) -> bool:
    """An item of the page's attachment list ("1.任务清单.docx", "2、项目表.xlsx"): a file's name,
    no numbered task of the text."""
    # only the tail is lower-cased: lower() of a whole CJK line costs more than the rest
    return line[-5:].lower().endswith(_FILE_SUFFIXES) and _FILE_ITEM.match(line) is not None


_LINK_BOX = re.compile(r"^(?:(?:部门|县区|区县|市县|政府)网站|(?:部门|友情)链接)\s*[:：]?\s*$")
_LINK_LINE = 24  # a line of a link box (a department, a site's name) is short


def _link_box(line: str, lines: list[str], i: int) -> bool:
    """A link box's heading alone on its line (部门网站, 友情链接 …) with only short lines (its
    links) and the page's footer after it: the end of the body wherever it stands (the footer's
    own words end it in its second half only)."""
    if line[:1] not in "部县区市政友" or _LINK_BOX.match(line) is None:
        return False
    return all(len(rest.strip()) <= _LINK_LINE or _FOOT_WORDS.search(rest) for rest in lines[i + 1 :])


# First characters of the `_FOOTER_START` branches that start with a word; the others are the
# marks anywhere in the line, which a substring test rules out without the regex's scan of it.
_FOOTER_FIRST = frozenset(
    w[0] for key in ("headings", "starts", "labels", "hosts") for w in _FOOTER[key]
) | frozenset("-•·*")
_FOOTER_MARKS = tuple(_FOOTER["marks"])


def _footer_starts(line: str) -> bool:
    """Same as `_FOOTER_START.match(line)` (a line holds no newline)."""
    if line[:1] in _FOOTER_FIRST:
        return _FOOTER_START.match(line) is not None
    for mark in _FOOTER_MARKS:  # a plain loop: this runs on every line of a page's second half
        if mark in line:
            return _FOOTER_START.match(line) is not None
    return False


_HOST_WORDS = tuple(_FOOTER["host_words"])
_HOST_ONLY = frozenset(_FOOTER["host_only"])
_AFTER_HOST = tuple(_FOOTER["after_host"])
_HOST_WORDS_START = tuple(_FOOTER["hosts"])


def _host_at_end(line: str, lines: list[str], i: int) -> bool:
    """False for a 主办/承办 line of the body ("主办：县政协文史委员会；承办：县文旅局"): its only host
    words are 承办/协办 and the next line holds no footer word. Other footer lines: True."""
    if not line.startswith(_HOST_WORDS_START) or any(w in line for w in _HOST_WORDS if w not in _HOST_ONLY):
        return True
    for rest in lines[i + 1 :]:
        s = rest.strip(" \t\u3000")
        if s:
            return s.startswith(_AFTER_HOST) or _FOOT_WORDS.search(s) is not None
    return True  # the page's last line


# First characters of every `_CHROME_WORDS` branch, and the characters stripped after it.
_CHROME_WORDS_FIRST = frozenset("打关收分返字大中小默加纠保浏【】[]无长退登注") | frozenset(" |｜/·•")


def _only_chrome_words(line: str) -> bool:
    """A short line of nothing but toolbar words (打印 关闭 【大 中 小】 …).

    Same as `not _CHROME_WORDS.sub("", line).strip(" |｜/·•【】[]")` for lines of at most 40
    characters: when no branch can start at the first character and it is not stripped
    either, the first character survives, so most body lines skip the regex.
    """
    if not line:
        return True
    if len(line) > 40 or line[0] not in _CHROME_WORDS_FIRST:
        return False
    return not _CHROME_WORDS.sub("", line).strip(" |｜/·•【】[]")


def html_body(text: str, url: str | None, utf8: bytes | None = None) -> tuple[HtmlPage, str]:
    from transform.html import extract

    page = extract(text, url, utf8)
    body = trim_chrome(unwrapped(page.body_text.split("\n"), _chrome))  # a PDF pasted line by line
    return page, body
