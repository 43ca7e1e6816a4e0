"""Hanweb (大汉) JCMS column pages.

Page 1 is the column page `/col/col{C}/index.html`, whose first records are embedded as
`<script type="text/xml"><datastore>…<record><![CDATA[<li><a href="/art/…" title="full">cut…</a>
<span>2023-07-31</span></li>]]></record>…`. Further records come from
`POST /module/web/jpage/dataproxy.jsp?startrecord=N&endrecord=M&perpage=P` with the form fields
col, appid, webid, path, columnid, sourceContentType, unitid, webname, permissiontype — read from
the `<nextgroup>` link or scripts of the column page (unitid differs per column). The answer is
the same `<datastore>` XML.

The XML is never handed to an XML parser (no entity expansion, no external entities): records are
cut out by a linear scan over `<record><![CDATA[…]]></record>` (`extract.scan.blocks`).
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from extract.patterns import Pattern, compile_user
from extract.platforms import Link, ListPage, ListRequest, links_from
from extract.scan import blocks

DETAIL = re.compile(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.s?html?")
DEFAULT_PROXY = "/module/web/jpage/dataproxy.jsp"
DEFAULT_PERPAGE = 15
GROUP_PAGES = 3  # jpage asks for groupSize (default 3) screen pages per dataproxy request

_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
_PROXY_IN_SCRIPT = re.compile(r"""["']?(/module/[\w/]*?dataproxy\.jsp)""", re.I)
_TOTAL_RECORD = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>|totalRecord\s*[:=]\s*['\"]?(\d+)", re.I)
_TOTAL_PAGE = re.compile(r"<totalpage>\s*(\d+)\s*</totalpage>|totalPage\s*[:=]\s*['\"]?(\d+)", re.I)
_PERPAGE = re.compile(r"perPage\s*[:=]\s*['\"]?(\d+)|[?&]perpage=(\d+)", re.I)
_COLUMN_IN_URL = re.compile(r"/col/col(\d+)/")
_PARAM_IN_SCRIPT = r"""(?<![\w-])['"]?{name}['"]?\s*[:=]\s*['"]?([^'"&,;\s}}<>]+)"""

FORM_KEYS = (
    "col",
    "appid",
    "webid",
    "path",
    "columnid",
    "sourceContentType",
    "unitid",
    "webname",
    "permissiontype",
)


def _first(m: re.Match | None) -> str | None:
    if not m:
        return None
    return next((g for g in m.groups() if g is not None), None)


def _stores(text: str, columnid: str | None = None) -> list[str]:
    """The `<datastore>` blocks; when a column id is given and some block pages that column,
    only those (a column page may embed other columns' lists in side boxes)."""
    stores = [text[start:end] for start, end, _, _ in blocks(text, "datastore")] or [text]
    if columnid and len(stores) > 1:
        own = [s for s in stores if re.search(rf"columnid=0*{columnid}(?!\d)", s)]
        if own:
            return own
    return stores


def _cdata(inner: str) -> str:
    """A `<record>`/`<nextgroup>` body: the CDATA content, or the entity-decoded text."""
    inner = inner.strip()
    if inner.startswith("<![CDATA[") and inner.endswith("]]>") and len(inner) >= 12:
        return inner[9:-3]
    return html.unescape(inner)


def _nextgroup(store: str) -> str | None:
    for _, _, _, inner in blocks(store, "nextgroup"):
        return _cdata(inner)
    return None


def records(text: str, columnid: str | None = None) -> list[str]:
    """The HTML fragments of every `<record>` in the datastores of a page or dataproxy answer.

    Cut out by a linear scan (`extract.scan.blocks`), never by an XML parser (no entity expansion,
    no external entities) nor by a lazy regex (quadratic on unclosed tags)."""
    return [_cdata(inner) for store in _stores(text, columnid) for _, _, _, inner in blocks(store, "record")]


def parse_records(
    text: str,
    base: str,
    pattern: Pattern = DETAIL,
    prefer_title: str = "title",
    columnid: str | None = None,
) -> tuple[list[Link], int]:
    """Links from the `<record>`s (title from @title, date from the record); also the record count."""
    recs = records(text, columnid)
    links: list[Link] = []
    seen: set[str] = set()
    for rec in recs:
        for link in links_from(rec, base, pattern, prefer_title=prefer_title):
            if link.url not in seen:
                seen.add(link.url)
                links.append(link)
    return links, len(recs)


class HanwebLister:
    def __init__(self, source: Any, start_url: str) -> None:
        self.source = source
        self.start_url = start_url
        custom = getattr(source, "link_pattern", None)
        self.pattern: Pattern = compile_user(custom) if custom else DETAIL
        self.prefer = getattr(source, "title_from", "title") or "title"
        self.params: dict[str, str] | None = None
        self.proxy_path = getattr(source, "dataproxy_path", None)
        self.perpage: int | None = getattr(source, "perpage", None)
        self.total_records: int | None = None
        self.total_records_before: int | None = None
        self.group = GROUP_PAGES
        self.seen_records = 0

    def first(self) -> ListRequest:
        return ListRequest(self.start_url, "GET", None, 1)

    def owns(self, url: str) -> bool:
        """Whether a list URL (from an earlier run) is one of this column's pages."""
        if url == self.start_url:
            return True
        column = _first(_COLUMN_IN_URL.search(self.start_url))
        return (
            bool(column)
            and "dataproxy" in url
            and re.search(rf"[?&]columnid={column}(?!\d)", url) is not None
        )

    # -- page 1 ----------------------------------------------------------------------------
    def _read_config(self, text: str, final_url: str) -> None:
        params: dict[str, str] = {}
        column = _first(_COLUMN_IN_URL.search(self.start_url))
        nextgroup = _nextgroup(_stores(text, column)[0])
        if nextgroup:
            href = _HREF.search(nextgroup)
            if href:
                target = urlsplit(html.unescape(href.group(1)))
                if target.path and not self.proxy_path:
                    self.proxy_path = target.path
                for key, value in parse_qsl(target.query, keep_blank_values=True):
                    if key not in params:
                        params[key] = value
        for key in ("webid", "columnid", "unitid", "webname", "path", "appid", "permissiontype"):
            if key not in params:
                m = re.search(_PARAM_IN_SCRIPT.format(name=key), text, re.I)
                if m:
                    params[key] = m.group(1)
        if "columnid" not in params:
            m = _COLUMN_IN_URL.search(final_url) or _COLUMN_IN_URL.search(self.start_url)
            if m:
                params["columnid"] = m.group(1)
        if not self.proxy_path:
            self.proxy_path = _first(_PROXY_IN_SCRIPT.search(text)) or DEFAULT_PROXY
        if not self.perpage:
            found = _first(_PERPAGE.search(text))
            self.perpage = int(found) if found else DEFAULT_PERPAGE
        group = re.search(r"groupSize\s*[:=]\s*['\"]?(\d+)", text)
        self.group = int(group.group(1)) if group and int(group.group(1)) > 0 else GROUP_PAGES
        self.params = params

    def _form(self) -> tuple[tuple[str, str], ...]:
        p = self.params or {}
        values = {
            "col": "1",
            "appid": p.get("appid", "1"),
            "webid": p.get("webid", ""),
            "path": p.get("path", "/"),
            "columnid": p.get("columnid", ""),
            "sourceContentType": p.get("sourceContentType", "1"),
            "unitid": p.get("unitid", ""),
            "webname": p.get("webname", ""),
            "permissiontype": p.get("permissiontype", "0"),
        }
        return tuple((k, values[k]) for k in FORM_KEYS)

    def _next(self, final_url: str, page: int, got: int) -> ListRequest | None:
        if self.params is None or not self.params.get("columnid"):
            return None
        shell = page == 1 and bool(self.params.get("unitid"))  # list loaded at run time
        if got == 0 and not shell:
            return None
        if self.total_records is not None and self.seen_records >= self.total_records:
            return None
        start = self.seen_records + 1
        end = start + (self.perpage or DEFAULT_PERPAGE) * self.group - 1
        # columnid in the query too (as in jpage's own nextgroup link): one URL per column and page
        query = urlencode(
            {
                "startrecord": start,
                "endrecord": end,
                "perpage": self.perpage,
                "columnid": self.params["columnid"],
            }
        )
        url = urljoin(final_url, f"{self.proxy_path}?{query}")
        return ListRequest(url, "POST", self._form(), page + 1)

    def parse(self, request: ListRequest, text: str, final_url: str) -> ListPage:
        if request.page == 1 or self.params is None:
            self._read_config(text, final_url)
        self.total_records_before = self.total_records
        total = _first(_TOTAL_RECORD.search(text))
        if total and (int(total) > 0 or request.method == "GET"):
            self.total_records = int(total)
        column = _first(_COLUMN_IN_URL.search(self.start_url))
        links, n_records = parse_records(
            text, final_url, self.pattern, self.prefer, column if request.page == 1 else None
        )
        if n_records == 0 and request.method == "GET":
            # Column pages rendered server-side (no datastore): plain links to /art/ pages.
            links = links_from(text, final_url, self.pattern, prefer_title=self.prefer)
            n_records = len(links)
        if (
            request.method == "POST"
            and n_records == 0
            and self.total_records_before
            and self.seen_records < self.total_records_before
        ):
            return ListPage(
                [],
                None,
                None,
                f"dataproxy answered no records at {self.seen_records + 1} of {self.total_records_before}",
            )
        self.seen_records += n_records
        total_pages = None
        tp = _first(_TOTAL_PAGE.search(text))
        if tp:
            total_pages = int(tp)
        elif self.total_records is not None and self.perpage:
            total_pages = -(-self.total_records // (self.perpage * self.group))
        return ListPage(links, self._next(final_url, request.page, n_records), total_pages)


def lister(source: Any, start_url: str) -> HanwebLister:
    return HanwebLister(source, start_url)
