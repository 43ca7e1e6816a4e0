"""The files a notice links to (附件), found on the notice just fetched and fetched politely.

`links(html, base_url)`: a small link scan (no parsing of the notice's content): Hanweb
`downfile.jsp` links, TRS `./P0202….pdf` files, and plain links to .pdf/.doc/.docx/.wps/.xls/
.xlsx/.et/.ofd/.zip files (by the URL or by the name shown), and download endpoints without a
suffix whose text starts with 附件. The shown name is the link's text
(附件1：任务分解表.docx), else the file name the URL carries.

`fetch(...)`: each link through the one `HttpClient` (allowed hosts, robots, per-host interval,
size cap), recorded by the crawler (archived by hash, a `pages` row of kind `attachment` whose
`parent_url` is the notice and whose `title` is the shown name). The crawler calls it only for
a notice that is new or changed: an unchanged notice does not refetch its files. The format is
not decided here (the bytes decide it when parsed: `transform.attachments.sniff`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from extract import urlpolicy
from extract.http import FetchResult, HttpClient
from extract.scan import anchors
from planwatch.records import Attachment

FILE_SUFFIXES = ("pdf", "doc", "docx", "docm", "wps", "xls", "xlsx", "xlsm", "et", "ofd", "zip")
MAX_PER_NOTICE = 12  # files fetched for one notice
_HANWEB = re.compile(r"/(?:module/download/)?down(?:load)?file\.jsp", re.I)
_TRS = re.compile(r"/P0\d{10,}[\w-]*\.\w{2,4}$", re.I)
_NAME_PARAMS = ("filename", "fileName", "name", "title")
# a download endpoint without a file suffix ("/download.jsp?id=7", "/getFile?fid=…"): an
# attachment when its shown text says so (附件…)
_DOWNLOAD = re.compile(r"down|getfile|attach|fujian|upload", re.I)
_PAGE_SUFFIXES = ("html", "htm", "shtml", "xhtml")
_MAX_PAGE = 2_000_000  # characters of the notice scanned


@dataclass(frozen=True)
class AttachmentLink:
    url: str
    name: str


def _suffix(path: str) -> str:
    base = path.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def _is_file(url: str, text: str) -> str | None:
    """The file name the link points to when it is an attachment link, else None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return None
    path = unquote(parts.path)
    query = parse_qs(parts.query)
    named = next((v[0] for k in _NAME_PARAMS if (v := query.get(k)) and v[0]), "")
    if _suffix(path) in FILE_SUFFIXES or _TRS.search(path):
        return path.rsplit("/", 1)[-1]
    if _HANWEB.search(path):
        return named or path.rsplit("/", 1)[-1]
    if _suffix(named) in FILE_SUFFIXES or _suffix(text) in FILE_SUFFIXES:
        return named or text
    if (
        text.startswith("附件")
        and _DOWNLOAD.search(path + "?" + parts.query)
        and _suffix(path) not in _PAGE_SUFFIXES
    ):
        return named or text
    return None


def links(html: str, base_url: str) -> list[AttachmentLink]:
    """The notice's attachment links, in page order, each once (at most `MAX_PER_NOTICE`)."""
    out: dict[str, AttachmentLink] = {}
    for a in anchors(html[:_MAX_PAGE]):  # linear time on broken HTML
        raw = a.href
        if raw.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base_url, raw).split("#", 1)[0]
        text = (a.text or a.title or "").strip()
        name = _is_file(url, text)
        if name is None or url in out:
            continue
        out[url] = AttachmentLink(url, (text or unquote(name))[:200])
        if len(out) >= MAX_PER_NOTICE:
            break
    return list(out.values())


Record = Callable[[FetchResult, str, str], None]  # (result, shown name, notice URL)


def fetch(
    client: HttpClient,
    source: object,
    found: list[AttachmentLink],
    notice_url: str,
    *,
    allowed: Callable[[str], bool],
    record: Record,
    deadline: float,
    done: dict[str, Attachment],
) -> tuple[Attachment, ...]:
    """Fetch the files (each URL once per run: `done`); `record` archives each and writes its row."""
    out: list[Attachment] = []
    for link in found:
        if link.url in done:  # fetched this run for another notice: a row names this notice too
            att = done[link.url]
            again = FetchResult(url=link.url, kind="attachment", outcome="skipped", attempts=0)
            again.sha256, again.nbytes, again.error = (
                att.sha256,
                att.size,
                "fetched once this run for another notice",
            )
            record(again, link.name, notice_url)
            out.append(Attachment(att.url, link.name, att.sha256, att.content_type, att.size))
            continue
        if not allowed(link.url):
            unsafe = urlpolicy.problem(link.url)
            why = f"unsafe URL: {unsafe}" if unsafe else "host not in allowed_hosts"
            url = urlpolicy.evidence(link.url) if unsafe else link.url
            record(
                FetchResult(url=url, kind="attachment", outcome="skipped", error=why), link.name, notice_url
            )
            continue
        res = client.fetch(link.url, source=source, kind="attachment", deadline=deadline)
        record(res, link.name, notice_url)
        if res.outcome == "ok" and res.sha256:
            att = Attachment(link.url, link.name, res.sha256, res.content_type, res.nbytes)
            done[link.url] = att
            out.append(att)
        res.body = res.text = None
    return tuple(out)
