"""The replay portal: serve a saved county site on 127.0.0.1, with faults on demand.

A site is a folder with ``site.toml`` (platform, county, charset, list start paths, Hanweb
column ids) and ``www/`` (files mapped by URL path). Static files get ETag/Last-Modified and
answer conditional GETs with 304; ``robots.txt`` is served; Hanweb's
``dataproxy.jsp`` paging and ``downfile.jsp`` attachments are answered dynamically from the
column's ``records.json``. Faults (``testbed.faults``) are applied per request pattern.

    with ReplayServer("testbed/sites/hanweb_chengwu") as srv:
        requests.get(srv.base_url + "/col/col21791/index.html")
        srv.requests  # what the crawler asked for, in order

Everything runs on a real threaded HTTP server so crawlers are tested over real sockets.

Long module: a test double that plays every portal behaviour and fault the crawler meets; splitting it would scatter one server.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import logging
import mimetypes
import socket
import struct
import threading
import time
import tomllib
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from planwatch.exceptions import ConfigError
from testbed import hostile
from testbed.faults import FaultRule, load_faults, pick
from testbed.sites import render

__all__ = ["ReplayServer", "FaultRule", "RequestLog", "Site", "load_faults", "DATAPROXY_PATHS"]

log = logging.getLogger(__name__)

DATAPROXY_PATHS = ("/module/web/jpage/dataproxy.jsp", "/module/jslib/jquery/jpage/dataproxy.jsp")
DOWNFILE_PATH = "/module/download/downfile.jsp"
DEFAULT_ROBOTS = "User-agent: *\nDisallow: /manage/\nDisallow: /cgi-bin/\n"
_TEXT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".shtml": "text/html",
    ".xml": "text/xml",
    ".txt": "text/plain",
    ".js": "application/javascript",
    ".css": "text/css",
    ".json": "application/json",
}


@dataclass(frozen=True)
class RequestLog:
    method: str
    path: str
    query: str
    status: int  # 0 when the connection was reset before any answer
    bytes: int  # body bytes sent
    fault: str | None  # fault mode applied, if any


# --- the site ------------------------------------------------------------------------------


@dataclass
class Column:
    columnid: int
    unitid: int
    records_file: Path
    name: str = ""


class Site:
    """A saved site on disk: ``site.toml`` + ``www/``; a bare folder is served as static files."""

    def __init__(self, site_dir: str | Path) -> None:
        self.root = Path(site_dir).resolve()
        if not self.root.is_dir():
            raise ConfigError(f"replay site {self.root} is not a folder")
        cfg_path = self.root / "site.toml"
        self.config: dict[str, Any] = {}
        if cfg_path.is_file():
            try:
                self.config = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{cfg_path}: {exc}") from exc
        www = self.root / "www"
        self.www = (www if www.is_dir() else self.root).resolve()
        self.platform = self.config.get("platform", "generic")
        self.charset = str(self.config.get("charset", "utf-8")).lower()
        # Whether Content-Type carries the charset (many GBK county servers send bare text/html).
        self.header_charset = bool(self.config.get("header_charset", True))
        # gzip = true: compress text files for clients sending Accept-Encoding: gzip
        self.gzip = bool(self.config.get("gzip", False))
        hw = self.config.get("hanweb", {})
        self.webid = int(hw.get("webid", 1))
        self.webname = str(hw.get("webname", self.config.get("site_name", "")))
        self.perpage = int(hw.get("perpage", 15))
        self.li_style = str(hw.get("li_style", "span"))
        self.columns: dict[int, Column] = {}
        for col in hw.get("column", []):
            c = Column(
                int(col["columnid"]), int(col["unitid"]), self.root / col["records"], col.get("name", "")
            )
            self.columns[c.columnid] = c
        jact = self.config.get("jact", {})
        self.jact_perpage = int(jact.get("perpage", 12))
        self.jact_lists: dict[int, Path] = {
            int(x["iid"]): self.root / x["records"] for x in jact.get("list", [])
        }
        self._cache: dict[Path, tuple[float, int, Any]] = {}
        self._lock = threading.Lock()

    def file_for(self, url_path: str) -> Path | None:
        """The file under ``www/`` for a URL path (``/`` → ``index.html``); None outside or absent."""
        rel = unquote(url_path).lstrip("/")
        try:
            target = (self.www / rel).resolve()
            if not target.is_relative_to(self.www):
                return None
            if target.is_dir():
                target = target / "index.html"
            return target if target.is_file() else None
        except (ValueError, OSError):  # NUL bytes, names too long…
            return None

    def _cached(self, path: Path, build, stat_of: Path | None = None):
        st = (stat_of or path).stat()
        with self._lock:
            hit = self._cache.get(path)
            if hit and hit[0] == st.st_mtime and hit[1] == st.st_size:
                return hit[2]
        value = build(stat_of or path)
        with self._lock:
            self._cache[path] = (st.st_mtime, st.st_size, value)
        return value

    def static(self, path: Path) -> tuple[bytes, str, str]:
        """(body, etag, last_modified) of a static file; cached until the file changes."""

        def build(p: Path) -> tuple[bytes, str, str]:
            data = p.read_bytes()
            etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
            return data, etag, formatdate(int(p.stat().st_mtime), usegmt=True)

        return self._cached(path, build)

    def gzipped(self, path: Path) -> bytes:
        def build(p: Path) -> bytes:
            return gzip.compress(self.static(p)[0], compresslevel=6, mtime=0)

        return self._cached(path.with_name(path.name + "\0gz"), build, stat_of=path)

    def records(self, column: Column | Path) -> list[dict[str, Any]]:
        path = column if isinstance(column, Path) else column.records_file
        return self._cached(path, render.load_records)

    def content_type(self, path: Path, charset: str | None = None) -> str:
        ext = path.suffix.lower()
        ctype = _TEXT_TYPES.get(ext) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if ext in _TEXT_TYPES and ctype.startswith("text/"):
            cs = charset or (self.charset if self.header_charset else None)
            if cs:
                return f"{ctype}; charset={cs}"
        return ctype


# --- fault bodies --------------------------------------------------------------------------

WAF_RS_BODY = (
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    '<meta id="9DhefwqGPrzGxEp9hPaoag" content="Eq0K2Z8m0x9pXyTQv4Nh2A1b">'
    "<script type=\"text/javascript\">$_ts=window['$_ts'];if(!$_ts)$_ts=window['$_ts']={};"
    '$_ts.nsd=84625;$_ts.cd="qrcerrAlEqbqlGAlcaLmcsZmqaLtqGa9WG3rcqWmWO0jqu9rWPGjDq0Wq";'
    '$_ts.lcd=0;</script><script type="text/javascript" charset="utf-8" '
    'src="/4QbVtADbnLVIc/c.FxJzG50F.dfe1675.js" r="m"></script></head><body></body></html>'
)
WAF_JSL_BODY = (
    "<html><body><script>document.cookie=('__jsl_clearance=1700000000.337|0|'+"
    "(function(){var _t=['mR','Ah','%3D'];return _t.join('')})()+';max-age=3600;path=/');"
    "location.href=location.pathname+location.search</script></body></html>"
)


def _gzip_bomb(size: int, _cache: dict[int, bytes] = {}) -> bytes:  # noqa: B006 - memo
    if size not in _cache:
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0) as gz:
            chunk = b"\0" * (1 << 20)
            left = size
            while left > 0:
                gz.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
        _cache[size] = buf.getvalue()
    return _cache[size]


# --- the handler ---------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    replay: ReplayServer  # set on the subclass made per server

    def setup(self) -> None:
        super().setup()
        # headers and body go out in separate writes: without NODELAY, Nagle + delayed ACK
        # adds ~40 ms to every small answer
        try:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def version_string(self) -> str:
        return "nginx"

    # quiet: the log lives in ReplayServer.requests
    def log_message(self, format: str, *args: Any) -> None:
        log.debug("replay: " + format, *args)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionError, OSError):
            self.close_connection = True

    # --- entry points
    def do_GET(self) -> None:
        self._dispatch(head=False)

    def do_HEAD(self) -> None:
        self._dispatch(head=True)

    def do_POST(self) -> None:
        self._dispatch(head=False)

    def _dispatch(self, head: bool) -> None:
        split = urlsplit(self.path)
        self._rpath, self._rquery = split.path or "/", split.query
        self._status, self._sent, self._fault = 0, 0, None
        self._cut: int | None = None  # truncate: bytes to leave out (-1: half)
        self._lie: str | None = None  # wrong_charset: the charset the header claims
        self._extra: FaultRule | None = None  # unclosed_tags, deep_nesting, link_flood: added to the body
        self._generation = self.replay._generation  # a reset_log() drops requests begun before it
        self._body_in = b""
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self._body_in = self.rfile.read(length)
        target = self._rpath + (f"?{self._rquery}" if self._rquery else "")
        rule = pick(self.replay.faults, target)
        self._committed = False
        try:
            if rule is not None:
                self._fault = rule.mode
                self._apply_fault(rule, head)
            else:
                self._serve(head)
        except (ConnectionError, OSError):
            self.close_connection = True
        except Exception:  # a bug or a broken site file: answer 500, keep serving
            log.exception("replay: error answering %s %s", self.command, self.path)
            if not self._committed:
                try:
                    self._send(500, b"<html><body>500 Internal Server Error</body></html>", head=head)
                except OSError:
                    self.close_connection = True
        finally:
            self._commit()

    def _commit(self, status: int | None = None, sent: int | None = None) -> None:
        """Log this request once, *before* its last bytes go out, so a client that has its
        answer always finds it in ``ReplayServer.requests``."""
        if status is not None:
            self._status = status
        if sent is not None:
            self._sent = sent
        if not self._committed:
            self._committed = True
            self.replay._log(
                RequestLog(self.command, self._rpath, self._rquery, self._status, self._sent, self._fault),
                self._generation,
            )

    # --- plain answers
    def _send(
        self,
        status: int,
        body: bytes,
        headers: dict[str, str] | None = None,
        head: bool = False,
        ctype: str = "text/html; charset=utf-8",
    ) -> None:
        with_body = not head and status != 304
        if self._lie and (ctype.startswith("text/") or "javascript" in ctype):
            ctype = ctype.split(";")[0] + f"; charset={self._lie}"
        if self._extra is not None and status == 200 and body:
            body = hostile.add_to_body(
                self._extra, body, self._rpath, self._params(), self.replay.site.platform
            )
        sent = body
        if self._cut is not None and with_body and body:
            missing = self._cut if self._cut >= 0 else max(1, len(body) // 2)
            sent = body[: max(0, len(body) - missing)]
            self.close_connection = True
        self._commit(status, len(sent) if with_body else 0)
        self.send_response(status)
        hdrs = {"Content-Type": ctype, "Content-Length": str(len(body))}
        hdrs.update(headers or {})
        for k, v in hdrs.items():
            if v is not None:
                self.send_header(k, v)
        self.end_headers()
        if with_body:
            self.wfile.write(sent)
            if sent is not body:  # promised len(body), sent less: close mid-body
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)

    def _not_found(self, head: bool) -> None:
        body = (
            "<html><head><title>404</title></head><body><h1>页面不存在</h1>"
            "<p>您访问的页面不存在或已删除。</p></body></html>"
        ).encode()
        self._send(404, body, head=head)

    def _serve(self, head: bool) -> None:
        site = self.replay.site
        if self._rpath in DATAPROXY_PATHS and site.platform == "hanweb":
            return self._dataproxy(head)
        if self._rpath == DOWNFILE_PATH:
            return self._downfile(head)
        if self._rpath == render.JACT_PATH and site.jact_lists:
            return self._jact(head)
        if self.command == "POST":
            return self._send(405, b"method not allowed", head=head, ctype="text/plain")
        if self._rpath == "/robots.txt":
            f = site.file_for("/robots.txt")
            if f is None:
                return self._send(200, DEFAULT_ROBOTS.encode(), head=head, ctype="text/plain; charset=utf-8")
        f = site.file_for(self._rpath)
        if f is None:
            return self._not_found(head)
        body, etag, last_mod = site.static(f)
        headers = {"ETag": etag, "Last-Modified": last_mod}
        zipped = (
            site.gzip
            and self._extra is None
            and f.suffix.lower() in _TEXT_TYPES
            and "gzip" in (self.headers.get("Accept-Encoding") or "").lower()
        )
        if zipped:  # like nginx's gzip on: a weak validator, compressed per response
            headers.update({"ETag": "W/" + etag, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        if self._not_modified(etag, f):
            return self._send(304, b"", headers, head=True, ctype=site.content_type(f))
        if zipped:
            body = site.gzipped(f)
        else:
            headers["Accept-Ranges"] = "bytes"
        self._send(200, body, headers, head=head, ctype=site.content_type(f))

    def _not_modified(self, etag: str, f: Path) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
            return etag in tags or "*" in tags
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                since = parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError, IndexError):
                return False
            return int(f.stat().st_mtime) <= since
        return False

    # --- Hanweb dynamics
    def _params(self) -> dict[str, str]:
        params = {k: v[-1] for k, v in parse_qs(self._rquery, keep_blank_values=True).items()}
        if self._body_in:
            form = parse_qs(self._body_in.decode("utf-8", "replace"), keep_blank_values=True)
            params.update({k: v[-1] for k, v in form.items()})
        return params

    def _dataproxy(self, head: bool) -> None:
        site, p = self.replay.site, self._params()
        try:
            column = site.columns[int(p.get("columnid", ""))]
        except (ValueError, KeyError):
            return self._send(
                400, "参数错误：columnid".encode(), head=head, ctype="text/plain; charset=utf-8"
            )
        records = site.records(column)
        ok = p.get("unitid") == str(column.unitid) and p.get("webid") == str(site.webid)
        perpage = _int(p.get("perpage"), site.perpage)
        start = max(1, _int(p.get("startrecord"), 1))
        end = _int(p.get("endrecord"), start + 3 * perpage - 1)
        chosen = records[start - 1 : end] if ok else []
        nextgroup = render.hanweb_nextgroup(
            self._rpath,
            webid=site.webid,
            columnid=column.columnid,
            unitid=column.unitid,
            webname=site.webname,
        )
        xml = render.hanweb_datastore(
            chosen,
            nextgroup=nextgroup,
            total=len(records) if ok else 0,
            perpage=perpage,
            indent="        ",
            style=site.li_style,
        )
        self._send(200, xml.encode("utf-8"), head=head, ctype="text/xml;charset=UTF-8")

    def _jact(self, head: bool) -> None:
        """jcms1 ``showJsContent.do?iid=&page=``: a list page as JS (no validators: dynamic)."""
        site, p = self.replay.site, self._params()
        records_file = site.jact_lists.get(_int(p.get("iid"), -1))
        if records_file is None:
            return self._send(400, "参数错误：iid".encode(), head=head, ctype="text/plain; charset=utf-8")
        js = render.jact_js(
            site.records(records_file),
            iid=_int(p.get("iid"), 0),
            page=_int(p.get("page"), 1),
            perpage=site.jact_perpage,
        )
        self._send(
            200,
            js.encode("utf-8"),
            {"Cache-Control": "no-cache"},
            head=head,
            ctype="application/javascript;charset=UTF-8",
        )

    def _downfile(self, head: bool) -> None:
        p = self._params()
        name = Path(p.get("filename", "")).name
        if not name:
            return self._not_found(head)
        stored = self.replay.site.root / "attachments" / name
        if stored.is_file():
            body = stored.read_bytes()
        else:  # a small valid-looking PDF, stable per file name
            body = (
                b"%PDF-1.4\n% planwatch replay attachment " + name.encode() + b"\n"
                b"1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            )
        show = p.get("showname", name)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        disp = "attachment; filename*=UTF-8''" + quote(show)
        self._send(200, body, {"Content-Disposition": disp, "ETag": etag}, head=head, ctype="application/pdf")

    # --- faults
    def _apply_fault(self, rule: FaultRule, head: bool) -> None:
        # Long function: one branch per fault mode, read as a table.
        mode, prm = rule.mode, rule.params
        here = f"http://{self.headers.get('Host') or self.replay.netloc}"
        if mode == "5xx":
            status = int(prm.get("status", 503))
            body = f"<html><body><h1>{status} Service Unavailable</h1></body></html>".encode()
            return self._send(status, body, head=head)
        if mode == "429":
            return self._send(
                429,
                b"<html><body>Too Many Requests</body></html>",
                {"Retry-After": str(prm.get("retry_after", 1))},
                head=head,
            )
        if mode == "slow":
            if self.replay._stopping.wait(float(prm.get("delay_s", 5.0))):
                self.close_connection = True
                return
            return self._serve(head)
        if mode == "reset":
            return self._reset()
        if mode == "truncate":  # whatever the answer would be, cut short (see _send)
            self._cut = int(rule.params.get("missing", -1))
            return self._serve(head)
        if mode == "wrong_charset":  # whatever the answer would be, with a lying charset
            true = self.replay.site.charset
            self._lie = rule.params.get("charset") or ("utf-8" if true.startswith("gb") else "GBK")
            return self._serve(head)
        if mode == "redirect_loop":
            loc = here + self.path
            return self._send(302, b"", {"Location": loc, "Set-Cookie": "__jsluid_s=loop; path=/"}, head=head)
        if mode == "redirect_offhost":
            loc = prm.get("location", "http://evil.example.com" + self.path)
            return self._send(302, b"", {"Location": loc}, head=head)
        if mode == "redirect_private":
            targets = prm.get("targets", ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/"])
            loc = targets[(rule.hits - 1) % len(targets)]
            return self._send(302, b"", {"Location": loc}, head=head)
        if mode == "waf_412":
            return self._send(
                412,
                WAF_RS_BODY.encode(),
                {"Set-Cookie": "FSSBBIl1UgzbN7N80S=Zq3rKk1mB2vT8aYw; Path=/; HttpOnly"},
                head=head,
            )
        if mode == "waf_521":
            return self._send(
                521,
                WAF_JSL_BODY.encode(),
                {
                    "Set-Cookie": "__jsluid_h=5d3a1f0c9e8b7a6d5c4b3a2f1e0d9c8b; max-age=31536000; "
                    "path=/; HttpOnly"
                },
                head=head,
            )
        if mode == "waf_200":
            waf = WAF_JSL_BODY if prm.get("kind", "rs") == "jsl" else WAF_RS_BODY
            return self._send(200, waf.encode(), head=head)
        if mode == "huge":
            return self._huge(rule, head)
        if mode in ("unclosed_tags", "deep_nesting", "link_flood"):  # the normal answer, and more
            self._extra = rule
            return self._serve(head)
        if mode == "slowloris":
            return hostile.slowloris(self, rule, head)
        if mode == "huge_robots":
            own = self.replay.site.file_for("/robots.txt")
            rules = own.read_text("utf-8") if own is not None else DEFAULT_ROBOTS
            body = hostile.huge_robots(rule, rules)
            return self._send(200, body, head=head, ctype="text/plain; charset=utf-8")
        if mode == "redirect_backslash":
            loc = prm.get("location") or (
                f"http://127.0.0.1:{self.replay.port + 1}\\@{self.headers.get('Host') or self.replay.netloc}"
                + self.path
            )
            return self._send(302, b"", {"Location": loc}, head=head)
        if mode == "gzip_bomb":
            body = _gzip_bomb(int(prm.get("size", 64 << 20)))
            return self._send(200, body, {"Content-Encoding": "gzip"}, head=head)
        raise AssertionError(mode)  # FaultRule validates modes

    def _reset(self) -> None:
        """Close with SO_LINGER 0: the client sees a TCP RST, not a clean close."""
        self._commit(0, 0)
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.connection.close()

    def _huge(self, rule: FaultRule, head: bool) -> None:
        size = int(rule.params.get("size", 25 << 20))
        declare = bool(rule.params.get("declare_length", False))
        self._commit(200, 0 if head else size)  # what the server sets out to send
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if declare:
            self.send_header("Content-Length", str(size))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if head:
            return
        chunk = (b"<p>" + "公开".encode() * 40 + b"</p>\n") * 256
        left = size
        while left > 0 and not self.replay._stopping.is_set():
            piece = chunk[: min(left, len(chunk))]
            self.wfile.write(piece)
            left -= len(piece)
        self.close_connection = True


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value not in (None, "") else default
    except ValueError:
        return default


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def handle_error(self, request, client_address) -> None:
        log.debug("replay: error serving %s", client_address, exc_info=True)


class _Server6(_Server):
    address_family = socket.AF_INET6


# --- the server ----------------------------------------------------------------------------


class ReplayServer:
    """A threaded HTTP server for one saved site, started in a background thread.

    Use as a context manager (or ``start()``/``stop()``). ``requests`` is the ordered,
    thread-safe log of what was asked; ``set_faults`` swaps the fault rules while running.
    """

    def __init__(
        self,
        site_dir: str | Path,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: list[FaultRule] | None = None,
    ) -> None:
        if not Path(site_dir).is_dir():  # a bundled sample site by name
            from testbed import sites

            if str(site_dir) in sites.SITES:
                site_dir = sites.site_path(str(site_dir))
        self.site = Site(site_dir)
        self.host, self.port = host, port
        self.faults: list[FaultRule] = list(faults or [])
        self._log_lock = threading.Lock()
        self._requests: list[RequestLog] = []
        self._generation = 0
        self._stopping = threading.Event()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # lifecycle
    def start(self) -> ReplayServer:
        if self._httpd is not None:
            return self
        handler = type("ReplayHandler", (_Handler,), {"replay": self})
        self._stopping.clear()
        server_cls = _Server6 if ":" in self.host else _Server
        self._httpd = server_cls((self.host.strip("[]"), self.port), handler)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"replay-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Run until interrupted (the CLI)."""
        self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                time.sleep(0.5)
        finally:
            self.stop()

    # info
    @property
    def netloc(self) -> str:
        host = self.host.strip("[]")
        return f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"http://{self.netloc}"

    def url(self, path: str) -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    @property
    def start_urls(self) -> list[str]:
        return [self.url(p) for p in self.site.config.get("start_paths", [])]

    # log and faults
    @property
    def requests(self) -> list[RequestLog]:
        with self._log_lock:
            return list(self._requests)

    def _log(self, entry: RequestLog, generation: int) -> None:
        with self._log_lock:
            if generation == self._generation:
                self._requests.append(entry)

    def reset_log(self) -> None:
        """Forget the log, including requests still in flight (e.g. a ``slow`` answer that a
        timed-out client left behind): they will not show up later."""
        with self._log_lock:
            self._requests.clear()
            self._generation += 1

    def set_faults(self, faults: list[FaultRule] | None) -> None:
        self.faults = list(faults or [])
