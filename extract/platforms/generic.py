"""Generic list pages (bespoke CMSs): detail links by a regex, list dates by an optional regex.

Config keys (sources.toml): `link_pattern` (required; searched in the absolute URL of each link),
`date_pattern` (optional; searched in the text following a link up to the next detail link;
named groups y, m, d or three positional groups; default: any common date format),
`title_from` ("title": prefer @title, "text": the link text), `next_pattern` (a regex on link
text marking the next list page; default 下一页/下页).
"""

from __future__ import annotations

from typing import Any

from extract.patterns import Pattern, compile_user
from extract.platforms import NEXT_TEXT, ListPage, ListRequest, links_from, next_link


class GenericLister:
    def __init__(self, source: Any, start_url: str) -> None:
        self.source = source
        self.start_url = start_url
        self.pattern: Pattern = compile_user(source.link_pattern)
        dates = getattr(source, "date_pattern", None)
        self.date_pattern: Pattern | None = compile_user(dates) if dates else None
        custom = getattr(source, "next_pattern", None)
        self.next_pattern: Pattern = compile_user(custom, ignore_case=True) if custom else NEXT_TEXT
        self.prefer = getattr(source, "title_from", "title") or "title"
        self.visited: set[str] = set()

    def first(self) -> ListRequest:
        return ListRequest(self.start_url, "GET", None, 1)

    def owns(self, url: str) -> bool:
        """List URLs from an earlier run: the same host and path as the start URL (next links vary)."""
        from urllib.parse import urlsplit

        a, b = urlsplit(self.start_url), urlsplit(url)
        return (a.netloc, a.path.rsplit("/", 1)[0]) == (b.netloc, b.path.rsplit("/", 1)[0])

    def parse(self, request: ListRequest, text: str, final_url: str) -> ListPage:
        self.visited.update({request.url, final_url})
        if '\\"' in text:  # HTML inside a JS/JSON string (jcms showJsContent.do, JSON APIs)
            text = text.replace('\\"', '"').replace("\\/", "/")
        links = links_from(
            text, final_url, self.pattern, prefer_title=self.prefer, date_pattern=self.date_pattern
        )
        nxt_url = next_link(text, final_url, self.next_pattern, self.pattern, self.visited) if links else None
        nxt = ListRequest(nxt_url, "GET", None, request.page + 1) if nxt_url else None
        return ListPage(links, nxt, None)


def lister(source: Any, start_url: str) -> GenericLister:
    return GenericLister(source, start_url)
