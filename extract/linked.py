"""A notice's plan published as a page of its own: the links a new notice makes to it.

Portals often publish a short 印发 notice in the list ("现将《…方案》印发给你们") and the plan
itself as another detail page that no list shows, linked from the notice ("附件：《…方案》").
`plan_links(html, page_url)` finds those links by a small scan (`extract.scan.anchors`, linear
time, no parsing of the page):

- the link leads to a sibling detail page: its URL path has the notice's own shape, digits
  aside (``/art/2024/3/5/art_51_9.html``, ``/zwgk/202403/t20240305_77.html``), on the same
  host, and is not the notice itself;
- its text names a document: it starts with 附件, or quotes a title in 《》, or 附件 stands just
  before the link ("附件：<a>…</a>");
- a link known only by its 《》 does not name another notice (…的通知, 公告, 通报, 的函 …): a
  "related articles" box lists notices; a 附件 may be one (a 转发 notice attaches the notice
  it forwards, which holds the plan).

At most `MAX_PER_NOTICE` links a notice. The crawler fetches them after the list's own pages
(`extract.crawler`), as detail pages of the same source, and hands every URL found on in
`FetchedPage.plan_pages`; the parse step stores them in `documents.plan_pages`, so a notice and
the plan page it links are one plan for the alerts (`flows.plan_alerts.fold_linked`).
`archived_plan_links(body, page_url, content_type)` is the same scan on a notice's archived
bytes, for a re-parse (no crawl).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from extract.scan import anchors

MAX_PER_NOTICE = 3
_MAX_PAGE = 2_000_000  # characters of the notice scanned
_BEFORE = 40  # characters of raw HTML before a link read for a 附件 label
_DIGITS = re.compile(r"\d+")
_TAGS = re.compile(r"<[^<>]{0,300}>")
_ANNEX = re.compile(r"^附\s*件\s*\d{0,2}\s*[:：]?\s*")
_NOTICE_END = re.compile(r"(?:通知|公告|通告|通报|的函|的批复|公示|解读)[》」]?\s*$")
_PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".jhtml", ".xhtml")
_NOT_PAGES = ("application/pdf", "application/zip", "application/vnd", "application/msword", "image/")


@dataclass(frozen=True)
class PlanLink:
    url: str
    title: str  # the link's text without its 附件 label and 《》


def _shape(path: str) -> str:
    return _DIGITS.sub("#", path)


def plan_links(html: str, page_url: str) -> list[PlanLink]:
    """The sibling detail pages the notice links to as its plan, in page order, each once."""
    own = urlsplit(page_url)
    shape = _shape(own.path)
    if not own.path.endswith(_PAGE_SUFFIXES) or "#" not in shape:
        return []  # a page without digits in its path has no siblings to tell apart
    out: dict[str, PlanLink] = {}
    text = html[:_MAX_PAGE]
    for a in anchors(text):
        if a.href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(page_url, a.href).split("#", 1)[0]
        parts = urlsplit(url)
        if parts.netloc != own.netloc or parts.path == own.path or _shape(parts.path) != shape:
            continue
        shown = (a.text or a.title or "").strip()
        before = _TAGS.sub("", text[max(0, a.start - _BEFORE) : a.start])
        # labelled as an annex: by its own text (附件1：…) or just before the link (附件：<a>…)
        labelled = (shown.startswith("附") and _ANNEX.match(shown) is not None) or "附件" in before[-12:]
        if not (labelled or "《" in shown):
            continue
        title = _ANNEX.sub("", shown).strip().strip("《》")
        if len(title) < 4 or url in out or (not labelled and _NOTICE_END.search(title)):
            continue
        out[url] = PlanLink(url, title[:200])
        if len(out) >= MAX_PER_NOTICE:
            break
    return list(out.values())


def archived_plan_links(body: bytes, page_url: str, content_type: str | None = None) -> list[str]:
    """The URLs `plan_links` finds on a notice's archived bytes (decoded as the fetch did); []
    for a page that is not HTML (a PDF or a text file served as a detail page)."""
    from planwatch.charset import decode

    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind.startswith(_NOT_PAGES) or body[:5] == b"%PDF-":
        return []
    text = decode(body, content_type).text
    return [link.url for link in plan_links(text, page_url)]
