"""`planwatch sources test ID`: fetch the first list page of one source and show what the crawler
would find on it, without storing anything.

The same HTTP client (robots.txt, allowed hosts, politeness) and the same platform adapter as a
crawl. A shell page whose list is loaded separately (Hanweb) is followed to its first list
request, as the crawler does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from extract.http import HttpClient
from extract.platforms import Link, get_lister
from extract.sources import Source, host_allowed

if TYPE_CHECKING:
    from extract.result import FetchResult
    from planwatch.settings import HttpSettings

MAX_REQUESTS = 3  # the first page, and the list behind a shell page


@dataclass
class ProbeStep:
    method: str
    url: str
    outcome: str
    status: int | None
    error: str | None

    @classmethod
    def of(cls, res: FetchResult) -> ProbeStep:
        return cls(res.method, res.url, res.outcome, res.status, res.error)


@dataclass
class ProbeResult:
    source_id: str
    requests: list[ProbeStep] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    off_host: list[str] = field(default_factory=list)  # links the crawl would skip
    has_next: bool = False
    error: str | None = None

    def why_empty(self) -> str:
        if self.error:
            return self.error
        if self.off_host:
            return f"{len(self.off_host)} link(s) found, none on an allowed host (check allowed_hosts)"
        return "the page answered but the adapter found no notice link (check start_urls and platform)"

    def as_dict(self) -> dict[str, Any]:
        return {
            "source_id": self.source_id,
            "requests": [vars(r) for r in self.requests],
            "links": [
                {
                    "url": x.url,
                    "title": x.title,
                    "list_date": x.list_date.isoformat() if x.list_date else None,
                }
                for x in self.links
            ],
            "off_host": self.off_host,
            "has_next": self.has_next,
            "error": self.error,
        }


def probe_source(source: Source, http: HttpSettings) -> ProbeResult:
    """Fetch the first list page of `source` (its first start URL) and read its links."""
    out = ProbeResult(source.id)
    lister = get_lister(source, source.start_urls[0])
    req = lister.first()
    with HttpClient(http) as client:
        for _ in range(MAX_REQUESTS):
            res = client.fetch(
                req.url,
                source=source,
                kind="list",
                method=req.method,
                data=list(req.data) if req.data else None,
            )
            out.requests.extend(ProbeStep.of(side) for side in res.side)
            out.requests.append(ProbeStep.of(res))
            if res.outcome != "ok" or res.text is None:
                out.error = f"{res.outcome}" + (f": {res.error}" if res.error else f" (HTTP {res.status})")
                return out
            page = lister.parse(req, res.text, res.final_url or req.url)
            if page.error:
                out.error = page.error
                return out
            out.links = [x for x in page.links if host_allowed(x.url, source.netlocs)]
            out.off_host = [x.url for x in page.links if not host_allowed(x.url, source.netlocs)]
            out.has_next = page.next is not None
            if page.links or page.next is None:
                return out
            req = page.next  # a shell page: its list comes from the next request
    return out
