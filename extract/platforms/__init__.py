"""Platform adapters: they read LIST pages (discovery and paging) and never detail pages.

An adapter is a module with `lister(source, start_url) -> Lister`. A lister is stateful for one
start URL: `first()` gives the first list request, `parse(request, text, final_url)` reads one
list page and returns its links and the next request. Fetching is not the adapter's business:
the crawler fetches through the one HTTP client and hands the decoded text over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import import_module
from typing import Any, Protocol
from urllib.parse import urldefrag, urljoin

from extract import urlpolicy
from extract.patterns import Pattern
from extract.scan import Anchor, anchors, attrs, clean_text

__all__ = ["Anchor", "anchors", "attrs", "clean_text", "absolute", "links_from", "next_link", "find_date"]


@dataclass(frozen=True)
class Link:
    """A detail page found on a list page."""

    url: str
    title: str | None = None
    list_date: date | None = None


@dataclass(frozen=True)
class ListRequest:
    """One list-page request (a GET of a page, or a dataproxy.jsp POST)."""

    url: str
    method: str = "GET"
    data: tuple[tuple[str, str], ...] | None = None
    page: int = 1


@dataclass
class ListPage:
    links: list[Link] = field(default_factory=list)
    next: ListRequest | None = None
    total_pages: int | None = None
    error: str | None = None  # the page answered but is not a usable list page (retry next run)


class Lister(Protocol):
    def first(self) -> ListRequest: ...

    def parse(self, request: ListRequest, text: str, final_url: str) -> ListPage: ...

    def owns(self, url: str) -> bool: ...


def available() -> tuple[str, ...]:
    """The platform names: one adapter module per CMS family in this package, found by name."""
    import pkgutil

    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))


def get_lister(source: Any, start_url: str) -> Lister:
    """The lister of `source.platform`: the module `extract.platforms.<platform>` (as warn-scraper
    finds its scrapers), so a new CMS family is a new module and nothing else."""
    from extract.exceptions import UnknownPlatform

    if source.platform not in available():
        raise UnknownPlatform(f"unknown platform {source.platform!r}; known: {', '.join(available())}")
    module = import_module(f"extract.platforms.{source.platform}")
    lister: Lister = module.lister(source, start_url)
    return lister


# -- shared HTML helpers: linear-time scans (extract.scan), as list pages are often broken HTML --


def absolute(base: str, href: str) -> str | None:
    """The absolute http(s) URL of a link (tab/CR/LF removed as browsers do), or None."""
    href = urlpolicy.clean(href)
    if not href or href.startswith("#") or re.match(r"(?i)^(javascript|mailto|tel|data):", href):
        return None
    url = urldefrag(urljoin(base, href))[0]
    return url if url.startswith(("http://", "https://")) else None


def pick_title(anchor: Anchor, prefer: str = "title") -> str | None:
    """Full title: `@title` (list text is cut with …), else the link text."""
    text = anchor.text.strip() or None
    if prefer == "title" and anchor.title:
        return anchor.title
    if text and re.search(r"(\.\.\.|…)$", text) and anchor.title:
        return anchor.title
    return text or anchor.title


# -- dates ----------------------------------------------------------------------------------
_FULL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})(?:\s*日)?(?!\d)"
)
_SHORT_DATE = re.compile(r"(?<![\d\-/])(\d{1,2})[-/月](\d{1,2})日?(?![\d\-/])")
_URL_DATES = (
    re.compile(r"/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/"),
    re.compile(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})/(?:t|content_)"),
    re.compile(r"/((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})/"),
)


def _mkdate(y: Any, m: Any, d: Any) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None


def url_date(url: str) -> date | None:
    """Date carried by the URL (/art/2023/7/31/, t20230731_, /202307/t…) or None."""
    for pattern in _URL_DATES:
        m = pattern.search(url)
        if m:
            groups = m.groups()
            return _mkdate(groups[0], groups[1], groups[2] if len(groups) > 2 else 1)
    return None


def find_date(text: str, url: str | None = None, pattern: Pattern | None = None) -> date | None:
    """The list date in a row's text: full dates first, then MM-DD with the year from the URL."""
    if pattern is not None:
        m = pattern.search(text)
        if m:
            gd = m.groupdict()
            if {"y", "m", "d"} <= gd.keys():
                found = _mkdate(gd["y"], gd["m"], gd["d"])
            elif len(m.groups()) >= 3:
                found = _mkdate(*m.groups()[:3])
            else:
                found = find_date(m.group(0), url)
            if found:
                return found
    for m in _FULL_DATE.finditer(text):
        found = _mkdate(*m.groups())
        if found:
            return found
    hint = url_date(url) if url else None
    if hint is None:
        return None
    for m in _SHORT_DATE.finditer(text):
        found = _mkdate(hint.year, m.group(1), m.group(2))
        if found is None:
            continue
        if found < hint - timedelta(days=200):  # shown in January, URL from December
            found = _mkdate(hint.year + 1, m.group(1), m.group(2)) or found
        return found
    return None


def row_text_after(page: str, anchor: Anchor, next_start: int | None, limit: int = 600) -> str:
    """Text between a link and the next detail link (the rest of its list row)."""
    end = anchor.end + limit if next_start is None else min(next_start, anchor.end + limit)
    return clean_text(page[anchor.end : end])


def links_from(
    page: str,
    base: str,
    pattern: Pattern,
    *,
    prefer_title: str = "title",
    date_pattern: Pattern | None = None,
) -> list[Link]:
    """Detail links matching `pattern` (searched in the absolute URL), in page order, deduplicated."""
    found: list[tuple[Anchor, str]] = []
    for a in anchors(page):
        url = absolute(base, a.href)
        if url and pattern.search(url):
            found.append((a, url))
    out: list[Link] = []
    seen: set[str] = set()
    for i, (a, url) in enumerate(found):
        nxt = found[i + 1][0].start if i + 1 < len(found) else None
        if url in seen:
            continue
        seen.add(url)
        when = find_date(row_text_after(page, a, nxt), url, date_pattern) or url_date(url)
        out.append(Link(url, pick_title(a, prefer_title), when))
    return out


NEXT_TEXT = re.compile(r"^\s*(下一页|下页|后页|next\s*page|next|›|»|>)\s*$", re.I)


def next_link(page: str, base: str, pattern: Pattern, detail: Pattern, visited: set[str]) -> str | None:
    """The URL of the link whose text (or title) marks the next page, not yet visited."""
    for a in anchors(page):
        if pattern.search(a.text) or (a.title and pattern.search(a.title)):
            url = absolute(base, a.href)
            if url and url not in visited and not detail.search(url):
                return url
    return None
