"""Generic list pages (bespoke CMSs): detail links by a regex, list dates by an optional regex.

Config keys (sources.toml): `link_pattern` (required; searched in the absolute URL of each link),
`date_pattern` (optional; searched in the text following a link up to the next detail link;
named groups y, m, d or three positional groups; default: any common date format),
`title_from` ("title": prefer @title, "text": the link text), `next_pattern` (a regex on link
text marking the next list page; default 下一页/下页).
"""
from __future__ import annotations

import re
from typing import Any

from extract.platforms import ListPage, ListRequest, absolute, anchors, links_from

DEFAULT_NEXT = r"^\s*(下一页|下页|后页|next\s*page|next|›|»|>)\s*$"


class GenericLister:
    def __init__(self, source: Any, start_url: str) -> None:
        self.source = source
        self.start_url = start_url
        self.pattern = re.compile(source.link_pattern)
        self.date_pattern = re.compile(source.date_pattern) if getattr(source, "date_pattern", None) else None
        self.next_pattern = re.compile(getattr(source, "next_pattern", None) or DEFAULT_NEXT, re.I)
        self.prefer = getattr(source, "title_from", "title") or "title"
        self.visited: set[str] = set()

    def first(self) -> ListRequest:
        return ListRequest(self.start_url, "GET", None, 1)

    def _next_url(self, text: str, final_url: str) -> str | None:
        for a in anchors(text):
            if self.next_pattern.search(a.text) or (a.title and self.next_pattern.search(a.title)):
                url = absolute(final_url, a.href)
                if url and url not in self.visited and not self.pattern.search(url):
                    return url
        return None

    def parse(self, request: ListRequest, text: str, final_url: str) -> ListPage:
        self.visited.update({request.url, final_url})
        links = links_from(text, final_url, self.pattern, prefer_title=self.prefer,
                           date_pattern=self.date_pattern)
        nxt_url = self._next_url(text, final_url) if links else None
        nxt = ListRequest(nxt_url, "GET", None, request.page + 1) if nxt_url else None
        return ListPage(links, nxt, None)


def lister(source: Any, start_url: str) -> GenericLister:
    return GenericLister(source, start_url)
