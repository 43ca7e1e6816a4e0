"""The scale rig's portals: many small county sites, Hanweb and TRS shaped, as pure functions.

A rig is described by a `RigSpec` (how many sources, on how many hosts, how many notices per
list column, the per-host intervals). `plan(spec)` lays it out deterministically: host `i`
listens on the loopback address 127.0.0.2 + i (the whole 127.0.0.0/8 is this machine), is a
Hanweb JCMS site (two hosts in three) or a TRS WCM site, waits `interval` seconds between
requests as its sources.toml says (1-3 s, as in production), and holds one list column per
source. Column `j` of host `i` lists notices 0 … N-1 (N = `notices` + what was published since),
newest first.

Pages are the sample sites' templates (`testbed.sites.pages`): a Hanweb column page with its
embedded `<datastore>`, `dataproxy.jsp` answers, TRS `index_N.html` pages with their
`createPageHTML` pager, and 60-90 KB detail pages (GBK for TRS) from a pool of generated notices
and short plans; the attachments those notices link (a Hanweb `downfile.jsp?filename=…`, a TRS
`./name.pdf` beside the page) are small PDFs (`attachment`). Everything is rendered once per
template and filled per request, so one server process answers thousands of hosts cheaply
(`benchmarks.scale_rig`).
"""

from __future__ import annotations

import hashlib
import html
import ipaddress
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.utils import formatdate
from functools import cached_property

HOSTS_PER_SOURCE = 2800 / 11000  # a national watch: ~11 000 list columns on ~2 800 county sites
BASE_DATE = date(2025, 1, 1)
POOL = 24  # distinct detail pages per platform (each served under many URLs)
HANWEB_PERPAGE = 15
HANWEB_PROXY = "/module/web/jpage/dataproxy.jsp"
TRS_PERPAGE = 10
FIRST_IP = int(ipaddress.IPv4Address("127.0.0.2"))
ROBOTS = b"User-agent: *\nDisallow: /manage/\nDisallow: /jrobot/\n"
_SENTINEL_COL, _SENTINEL_UNIT = 987654321, 876543219


@dataclass(frozen=True)
class RigSpec:
    """What the rig serves. `hosts` 0: scaled from `sources` like a national watch."""

    sources: int
    hosts: int = 0
    notices: int = 1
    interval_min_s: float = 1.0
    interval_max_s: float = 3.0
    plans_every: int = 6  # one pool page in six is a short plan (tasks, targets, an alert)

    @property
    def n_hosts(self) -> int:
        return max(1, min(self.sources, self.hosts or round(self.sources * HOSTS_PER_SOURCE)))

    def as_args(self) -> list[str]:
        return [
            f"--sources={self.sources}",
            f"--hosts={self.n_hosts}",
            f"--notices={self.notices}",
            f"--interval-min={self.interval_min_s}",
            f"--interval-max={self.interval_max_s}",
        ]


@dataclass(frozen=True)
class Column:
    """One list column (one source) of a host."""

    host: int
    index: int
    platform: str

    @property
    def source_id(self) -> str:
        return f"h{self.host:05d}c{self.index}"

    @property
    def columnid(self) -> int:
        return 1000 + self.index

    @property
    def unitid(self) -> int:
        return 50000 + self.host * 8 + self.index

    @property
    def channel(self) -> str:
        return f"/zwgk/col{self.index}/"

    @property
    def start_path(self) -> str:
        if self.platform == "hanweb":
            return f"/col/col{self.columnid}/index.html"
        return self.channel + "index.html"

    def notice_id(self, k: int) -> int:
        return (self.host * 64 + self.index) * 100_000 + k + 1

    def notice_path(self, k: int) -> str:
        d = BASE_DATE + timedelta(days=k)
        if self.platform == "hanweb":
            return f"/art/{d.year}/{d.month}/{d.day}/art_{self.columnid}_{self.notice_id(k)}.html"
        return f"{self.channel}{d:%Y%m}/t{d:%Y%m%d}_{self.notice_id(k)}.html"


@dataclass
class Host:
    index: int
    platform: str
    interval_s: float
    columns: list[Column] = field(default_factory=list)

    @property
    def ip(self) -> str:
        return str(ipaddress.IPv4Address(FIRST_IP + self.index))

    @property
    def county(self) -> str:
        return f"样本{self.index:04d}县"

    @property
    def site_name(self) -> str:
        return f"{self.county}人民政府"


def plan(spec: RigSpec) -> list[Host]:
    """The hosts of a rig, each with its columns (sources spread evenly over the hosts)."""
    n = spec.n_hosts
    hosts = []
    for i in range(n):
        platform = "trs" if i % 3 == 2 else "hanweb"
        step = (spec.interval_max_s - spec.interval_min_s) / 4
        hosts.append(Host(i, platform, round(spec.interval_min_s + step * (i % 5), 3)))
    for s in range(spec.sources):
        host = hosts[s % n]
        host.columns.append(Column(host.index, len(host.columns), host.platform))
    return hosts


def host_of_ip(ip: str) -> int:
    return int(ipaddress.IPv4Address(ip)) - FIRST_IP


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sources_toml(spec: RigSpec, port: int) -> str:
    """sources.toml for the rig: one `[[source]]` per column, the host's own interval."""
    out = [f"# scale rig: {spec.sources} sources on {spec.n_hosts} loopback hosts (benchmarks.scale_rig)"]
    for host in plan(spec):
        netloc = f"{host.ip}:{port}"
        for col in host.columns:
            out += [
                "",
                "[[source]]",
                f"id = {_q(col.source_id)}",
                f"county = {_q(host.county)}",
                f"platform = {_q(host.platform)}",
                f"start_urls = [{_q(f'http://{netloc}{col.start_path}')}]",
                f"allowed_hosts = [{_q(netloc)}]",
                f"min_interval_s = {host.interval_s!r}",
                "allow_loopback = true",
            ]
    return "\n".join(out) + "\n"


def notice_urls(spec: RigSpec, port: int, extra: int = 0) -> set[str]:
    """Every detail URL the rig's lists link to (after `extra` notices published per column)."""
    return {
        f"http://{host.ip}:{port}{col.notice_path(k)}"
        for host in plan(spec)
        for col in host.columns
        for k in range(spec.notices + extra)
    }


def list_urls(spec: RigSpec, port: int) -> list[tuple[float, list[str]]]:
    """Per host: its interval and robots.txt + the first list page of each of its sources."""
    out = []
    for host in plan(spec):
        base = f"http://{host.ip}:{port}"
        out.append((host.interval_s, [base + "/robots.txt"] + [base + c.start_path for c in host.columns]))
    return out


# --- templates ------------------------------------------------------------------------------
class Templates:
    """Page templates rendered once: filled per request with a host's and a column's values."""

    @cached_property
    def pool(self) -> dict[str, list[dict]]:
        from testbed.sites import content

        dates = [BASE_DATE + timedelta(days=3 * i) for i in range(POOL)]
        return {
            "hanweb": content.notices("chengwu", dates, seed=7, plans=POOL // 6),
            "trs": content.notices("zhangxi", dates, seed=8, plans=POOL // 6),
        }

    def record(self, col: Column, k: int) -> dict:
        doc = self.pool[col.platform][k % POOL]
        d = BASE_DATE + timedelta(days=k)
        return {
            "id": col.notice_id(k),
            "path": col.notice_path(k),
            "title": doc["title"],
            "date": d.isoformat(),
        }

    @cached_property
    def details(self) -> dict[str, list[bytes]]:
        from testbed.sites import pages

        site = {"name": "rig", "site_name": "@@SITE@@", "county": "样本县", "host": "@@HOST@@", "webid": 1}
        out: dict[str, list[bytes]] = {"hanweb": [], "trs": []}
        for i, doc in enumerate(self.pool["hanweb"]):
            doc = {**doc, "id": 900_000 + i, "path": f"/art/2025/1/1/art_1000_{900_000 + i}.html"}
            column = {"columnid": 1000, "name": "通知公告"}
            out["hanweb"].append(pages.hanweb_detail(site, column, doc).encode("utf-8"))
        for i, doc in enumerate(self.pool["trs"]):
            doc = {**doc, "id": 900_000 + i, "path": "/zwgk/col0/202501/t20250101_1.html"}
            channel = {"path": "/zwgk/col0/", "name": "通知公告", "catalog": 4521}
            out["trs"].append(pages.trs_detail(site, channel, doc).encode("gbk", "xmlcharrefreplace"))
        return out

    @cached_property
    def hanweb_column(self) -> str:
        from testbed.sites import pages

        site = {"name": "rig", "site_name": "@@SITE@@", "county": "样本县", "host": "@@HOST@@", "webid": 1}
        column = {"columnid": _SENTINEL_COL, "unitid": _SENTINEL_UNIT, "name": "通知公告"}
        text = pages.hanweb_column(site, column, [])
        start, end = text.index("<datastore>"), text.index("</datastore>") + len("</datastore>")
        return text[:start] + "@@STORE@@" + text[end:]

    @cached_property
    def trs_list(self) -> tuple[str, str]:
        """(the list page with @@ROWS@@ for its rows, one row with @@ROW@@ markers)"""
        from testbed.sites import pages

        site = {"name": "rig", "site_name": "@@SITE@@", "county": "样本县", "host": "@@HOST@@"}
        channel = {"path": "/zwgk/col0/", "name": "通知公告"}
        marker = {"path": "/zwgk/col0/@@ROW@@", "title": "@@ROW@@", "date": "2025-01-01"}
        text = pages.trs_list(site, channel, [marker], 7, 9)
        first = text.rindex("<tr", 0, text.index("@@ROW@@"))
        last = text.index("</tr>", text.index("@@ROW@@")) + len("</tr>\n")
        return text[:first] + "@@ROWS@@" + text[last:], text[first:last]

    def _fill(self, text: str, host: Host, col: Column) -> str:
        return (
            text.replace("@@SITE@@", html.escape(host.site_name))
            .replace("@@HOST@@", host.ip)
            .replace(str(_SENTINEL_COL), str(col.columnid))
            .replace(str(_SENTINEL_UNIT), str(col.unitid))
        )

    def hanweb_store(self, host: Host, col: Column, first: int, last: int, n: int, total: bool) -> str:
        """A `<datastore>` of records first … last (1-based, newest first) of a column holding n."""
        from testbed.sites import render

        recs = [self.record(col, n - r) for r in range(first, min(last, n) + 1)]
        nextgroup = render.hanweb_nextgroup(
            HANWEB_PROXY, webid=1, columnid=col.columnid, unitid=col.unitid, webname=host.site_name
        )
        return render.hanweb_datastore(
            recs, nextgroup=nextgroup, total=n if total else None, perpage=HANWEB_PERPAGE
        )

    def hanweb_page(self, host: Host, col: Column, n: int) -> bytes:
        page = self._fill(self.hanweb_column, host, col)
        page = page.replace("totalRecord:0", f"totalRecord:{n}")
        store = self.hanweb_store(host, col, 1, HANWEB_PERPAGE, n, total=False)
        return page.replace("@@STORE@@", store).encode("utf-8")

    def trs_page(self, host: Host, col: Column, n: int, index: int) -> bytes | None:
        count = max(1, -(-n // TRS_PERPAGE))
        if index >= count:
            return None
        from testbed.sites.render import short_title

        template, one_row = self.trs_list
        page = self._fill(template, host, col)
        rows = []
        for r in range(index * TRS_PERPAGE, min(n, (index + 1) * TRS_PERPAGE)):
            rec = self.record(col, n - 1 - r)
            rel = "./" + rec["path"][len(col.channel) :]
            row = one_row.replace("/zwgk/col0/@@ROW@@", rel).replace("./@@ROW@@", rel)
            row = row.replace("@@ROW@@", html.escape(short_title(rec["title"], 30)))
            rows.append(row.replace("01-01", rec["date"][5:]))
        page = page.replace("@@ROWS@@", "".join(rows))
        page = re.sub(r"createPageHTML\(9, 7,", f"createPageHTML({count}, {index},", page)
        return page.encode("gbk", "xmlcharrefreplace")

    def detail(self, host: Host, col: Column, k: int) -> bytes:
        body = self.details[col.platform][k % POOL]
        marker = f"<!-- rig notice {col.source_id}/{k} -->".encode()
        return body.replace(b"<head>", b"<head>" + marker, 1).replace(b"@@HOST@@", host.ip.encode())


def attachment(name: str) -> bytes:
    """The file an attachment link of a notice downloads: a small PDF, the same for a name
    (an unchanged night's conditional GET is answered 304, as a portal's file server does)."""
    return (
        b"%PDF-1.4\n% planwatch scale rig attachment " + name.encode("utf-8", "replace") + b"\n"
        b"1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def etag(*parts: object) -> str:
    return '"' + hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16] + '"'


def http_date(n: int) -> str:
    """A Last-Modified that moves forward with the number of notices a column holds."""
    return formatdate(1_735_689_600 + 3600 * n, usegmt=True)
