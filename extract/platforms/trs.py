"""TRS WCM static list pages: `index.html`, `index_1.html`, … `index_{N-1}.html`.

The page count sits in a script, `createPageHTML(21, 0, "index", "html")` or
`var countPage = 56`. Detail links are relative `./YYYYMM/tYYYYMMDD_ID.html` (.shtml, .htm);
rows are often nested tables and show `MM-DD` only, the year then comes from the URL.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from extract.patterns import Pattern, compile_user
from extract.platforms import NEXT_TEXT, ListPage, ListRequest, links_from, next_link

DETAIL = re.compile(r"/t\d{8}_\d+\.s?html?$|/content_\d+\.s?html?$")
_CREATE = re.compile(
    r"""createPageHTML\(\s*(?:['"][^'"]*['"]\s*,\s*)?['"]?(\d+)['"]?\s*,\s*['"]?(\d+)['"]?"""
    r"""\s*,\s*['"]([\w\-]+)['"]\s*,\s*['"](\w+)['"]"""
)
_CREATE_SHORT = re.compile(r"""createPageHTML\(\s*(?:['"][^'"]*['"]\s*,\s*)?['"]?(\d+)""")
_PAGER = re.compile(r"""Pager\(\s*\{[^}]{0,2000}?size\s*:\s*['"]?(\d+)[^}]{0,2000}\}""", re.S)
_PAGER_PREFIX = re.compile(r"""prefix\s*:\s*['"]([\w\-]+)['"]""")
_PAGER_SUFFIX = re.compile(r"""suffix\s*:\s*['"](\w+)['"]""")
_COUNT = re.compile(r"""countPage\s*=\s*['"]?(\d+)""")


def page_count(text: str, name: str = "index", ext: str = "html") -> tuple[int | None, str, str]:
    """(pages, page name, extension) from the TRS pager script (createPageHTML, Pager, countPage)."""
    m = _CREATE.search(text)
    if m:
        return int(m.group(1)), m.group(3), m.group(4)
    m = _PAGER.search(text)
    if m:
        block = m.group(0)
        prefix, suffix = _PAGER_PREFIX.search(block), _PAGER_SUFFIX.search(block)
        return int(m.group(1)), prefix.group(1) if prefix else name, suffix.group(1) if suffix else ext
    m = _CREATE_SHORT.search(text) or _COUNT.search(text)
    if m:
        return int(m.group(1)), name, ext
    return None, name, ext


def _in_folder(links: list, base: str) -> list:
    """Drop stray links (footer 联系我们, other columns) when most links sit under the list's folder."""
    folder = base.rsplit("/", 1)[0] + "/"
    inside = [link for link in links if link.url.startswith(folder)]
    return inside if inside and 2 * len(inside) >= len(links) else links


class TrsLister:
    def __init__(self, source: Any, start_url: str) -> None:
        self.source = source
        self.start_url = start_url
        custom = getattr(source, "link_pattern", None)
        self.pattern: Pattern = compile_user(custom) if custom else DETAIL
        dates = getattr(source, "date_pattern", None)
        self.date_pattern: Pattern | None = compile_user(dates) if dates else None
        self.prefer = getattr(source, "title_from", "title") or "title"
        self.pages: int | None = None
        self.name, self.ext = "index", "html"
        self.base: str | None = None
        self.visited: set[str] = set()

    def first(self) -> ListRequest:
        return ListRequest(self.start_url, "GET", None, 1)

    def owns(self, url: str) -> bool:
        """Whether a list URL (from an earlier run) is one of this list's pages (same folder)."""
        folder = self.start_url.rsplit("/", 1)[0] + "/"
        return url.startswith(folder) and "/" not in url[len(folder) :]

    def parse(self, request: ListRequest, text: str, final_url: str) -> ListPage:
        if request.page == 1 or self.base is None:
            self.base = final_url
            own = re.search(r"/(index)\.(s?html?)$", final_url)
            count, name, ext = page_count(text, *(own.groups() if own else ("index", "html")))
            self.pages, self.name, self.ext = count, name, ext
        links = _in_folder(
            links_from(
                text, final_url, self.pattern, prefer_title=self.prefer, date_pattern=self.date_pattern
            ),
            self.base,
        )
        nxt = None
        self.visited.update({request.url, final_url})
        if self.pages and request.page < self.pages and links:
            # page k (1-based) is index.html for k = 1, else index_{k-1}.html, in page 1's folder
            nxt = ListRequest(
                urljoin(self.base, f"{self.name}_{request.page}.{self.ext}"), "GET", None, request.page + 1
            )
        elif self.pages is None and links:  # no pager script: a 下一页 link, if any
            url = next_link(text, final_url, NEXT_TEXT, self.pattern, self.visited)
            nxt = ListRequest(url, "GET", None, request.page + 1) if url else None
        return ListPage(links, nxt, self.pages)


def lister(source: Any, start_url: str) -> TrsLister:
    return TrsLister(source, start_url)
