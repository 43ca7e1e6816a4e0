"""The scale rig: thousands of small county portals on distinct loopback hosts, one server process.

    with ScaleRig(RigSpec(sources=1000, notices=20)) as rig:
        sources = rig.write_sources(tmp / "sources.toml")   # per-host intervals 1-3 s
        ...                                                  # run a night against it
        rig.stats()          # requests by kind, and the tightest gap between two requests to a host
        rig.publish(3)       # three new notices on every list column

The portals are laid out by `benchmarks.scale_portals` (Hanweb and TRS shaped; host i listens on
127.0.0.2 + i). One child process (`python -m benchmarks.scale_rig serve …`) binds every host's
address on one port and answers with asyncio, so the rig costs one core at most and nothing in
the process being measured. It records every request and, per host, the shortest gap between two
requests relative to the host's interval: a politeness check that holds across processes
(`min_gap_ratio` < 1 means some host was asked twice within its interval).

Control (on 127.0.0.1 only): GET `/_rig/stats`, POST `/_rig/publish?n=K[&sources=ID,ID]`,
POST `/_rig/reset`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import socket
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from benchmarks import scale_portals as P

IDLE_S = 20.0  # an idle keep-alive connection is closed after this (like nginx's keepalive_timeout)
MAX_HEAD = 64 * 1024
_HANWEB_DETAIL = re.compile(r"^/art/\d{4}/\d{1,2}/\d{1,2}/art_(\d+)_(\d+)\.html$")
_TRS_LIST = re.compile(r"^/zwgk/col(\d+)/(?:index(?:_(\d+))?\.html)?$")
_TRS_DETAIL = re.compile(r"^/zwgk/col(\d+)/\d{6}/t\d{8}_(\d+)\.html$")
_TRS_FILE = re.compile(r"^/zwgk/col\d+/\d{6}/([\w.-]+\.pdf)$")  # ./name.pdf beside a detail page
HANWEB_DOWNLOAD = "/module/download/downfile.jsp"
_HANWEB_LIST = re.compile(r"^/col/col(\d+)/index\.html$")
REASONS = {200: "OK", 304: "Not Modified", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}


class Rig:
    """What the server answers, and what it saw (all on the event loop's thread)."""

    def __init__(self, spec: P.RigSpec) -> None:
        self.spec = spec
        self.hosts = P.plan(spec)
        self.columns = {c.source_id: c for h in self.hosts for c in h.columns}
        self.templates = P.Templates()
        self.extra = 0
        self.extra_by_source: dict[str, int] = {}
        self.reset()

    def reset(self) -> None:
        self.counts: dict[str, int] = {}
        self.last: dict[int, float] = {}
        self.min_gap: dict[int, float] = {}
        self.started = time.monotonic()

    def n(self, col: P.Column) -> int:
        return self.spec.notices + self.extra + self.extra_by_source.get(col.source_id, 0)

    # -- what was asked ----------------------------------------------------------------------
    def _seen(self, host: int, kind: str, status: int) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        self.counts[f"status_{status}"] = self.counts.get(f"status_{status}", 0) + 1
        now = time.monotonic()
        before = self.last.get(host)
        self.last[host] = now
        if before is not None:
            ratio = (now - before) / max(self.hosts[host].interval_s, 1e-9)
            self.min_gap[host] = min(self.min_gap.get(host, ratio), ratio)

    def stats(self) -> dict[str, Any]:
        gaps = list(self.min_gap.values())
        return {
            **self.counts,
            "requests": sum(v for k, v in self.counts.items() if not k.startswith("status_")),
            "hosts_asked": len(self.last),
            "min_gap_ratio": round(min(gaps), 3) if gaps else None,
            "hosts_below_interval": sum(1 for g in gaps if g < 0.9),
            "seconds": round(time.monotonic() - self.started, 3),
        }

    # -- answers -------------------------------------------------------------------------------
    def answer(
        self, host: int, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        if host < 0:
            return self._control(method, target)
        url = urlsplit(target)
        kind, status, hdrs, payload = self._route(
            self.hosts[host], method, url.path, url.query, headers, body
        )
        self._seen(host, kind, status)
        return status, hdrs, payload

    def _route(
        self, host: P.Host, method: str, path: str, query: str, headers: dict[str, str], body: bytes
    ) -> tuple[str, int, dict[str, str], bytes]:
        if path == "/robots.txt":
            return "robots", 200, {"Content-Type": "text/plain"}, P.ROBOTS
        if host.platform == "hanweb":
            return self._hanweb(host, method, path, query, headers, body)
        return self._trs(host, path, headers)

    def _column(self, host: P.Host, index: int) -> P.Column | None:
        return host.columns[index] if 0 <= index < len(host.columns) else None

    def _page(self, kind: str, headers: dict[str, str], tag: str, n: int, make: Any, charset: str) -> tuple:
        if headers.get("if-none-match") == tag:
            return kind, 304, {"ETag": tag}, b""
        body = make()
        if body is None:
            return kind, 404, {}, b"not found"
        hdrs = {"ETag": tag, "Last-Modified": P.http_date(n), "Content-Type": f"text/html; charset={charset}"}
        return kind, 200, hdrs, body

    def _hanweb(self, host: P.Host, method: str, path: str, query: str, headers: dict, body: bytes) -> tuple:
        m = _HANWEB_LIST.match(path)
        col = self._column(host, int(m.group(1)) - 1000) if m else None
        if col is not None:
            n = self.n(col)
            make = lambda: self.templates.hanweb_page(host, col, n)  # noqa: E731
            return self._page("list", headers, P.etag(col.source_id, n), n, make, "utf-8")
        if path == P.HANWEB_PROXY and method == "POST":
            return self._dataproxy(host, query, body)
        m = _HANWEB_DETAIL.match(path)
        if m:
            return self._detail(host, int(m.group(2)), headers, "utf-8")
        if path == HANWEB_DOWNLOAD:
            return self._attachment(parse_qs(query).get("filename", [""])[-1], headers)
        return "other", 404, {}, b"not found"

    def _dataproxy(self, host: P.Host, query: str, body: bytes) -> tuple:
        p = {k: v[-1] for k, v in parse_qs(query).items()}
        p.update({k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace")).items()})
        col = self._column(host, int(p.get("columnid", "0") or 0) - 1000)
        if col is None or p.get("unitid") != str(col.unitid):
            return "proxy", 400, {"Content-Type": "text/plain; charset=utf-8"}, "参数错误".encode()
        n = self.n(col)
        first = max(1, int(p.get("startrecord", "1") or 1))
        last = int(p.get("endrecord", str(first + 3 * P.HANWEB_PERPAGE - 1)) or first)
        xml = self.templates.hanweb_store(host, col, first, last, n, total=True)
        return "proxy", 200, {"Content-Type": "text/xml;charset=UTF-8"}, xml.encode("utf-8")

    def _trs(self, host: P.Host, path: str, headers: dict) -> tuple:
        m = _TRS_LIST.match(path)
        col = self._column(host, int(m.group(1))) if m else None
        if m and col is not None:
            n, index = self.n(col), int(m.group(2) or 0)
            make = lambda: self.templates.trs_page(host, col, n, index)  # noqa: E731
            return self._page("list", headers, P.etag(col.source_id, n, index), n, make, "gbk")
        m = _TRS_DETAIL.match(path)
        if m:
            return self._detail(host, int(m.group(2)), headers, "gbk")
        m = _TRS_FILE.match(path)
        if m:
            return self._attachment(m.group(1), headers)
        return "other", 404, {}, b"not found"

    def _attachment(self, name: str, headers: dict) -> tuple:
        """An attachment a notice links: a small PDF per file name (304 when unchanged)."""
        name = name.rsplit("/", 1)[-1]
        if not name.lower().endswith(".pdf"):
            return "attachment", 404, {}, b"not found"
        tag = P.etag("file", name)
        if headers.get("if-none-match") == tag:
            return "attachment", 304, {"ETag": tag}, b""
        hdrs = {"ETag": tag, "Last-Modified": P.http_date(0), "Content-Type": "application/pdf"}
        return "attachment", 200, hdrs, P.attachment(name)

    def _detail(self, host: P.Host, notice_id: int, headers: dict, charset: str) -> tuple:
        owner, k = divmod(notice_id - 1, 100_000)
        hi, index = divmod(owner, 64)
        col = self._column(host, index) if hi == host.index else None
        if col is None or not 0 <= k < self.n(col):
            return "detail", 404, {}, b"not found"
        make = lambda: self.templates.detail(host, col, k)  # noqa: E731
        return self._page("detail", headers, P.etag(col.source_id, "art", k), k + 1, make, charset)

    def _control(self, method: str, target: str) -> tuple[int, dict[str, str], bytes]:
        url = urlsplit(target)
        q = {k: v[-1] for k, v in parse_qs(url.query).items()}
        if url.path == "/_rig/publish" and method == "POST":
            n = int(q.get("n", "1"))
            if q.get("sources"):
                for sid in q["sources"].split(","):
                    self.extra_by_source[sid] = self.extra_by_source.get(sid, 0) + n
            else:
                self.extra += n
        elif url.path == "/_rig/reset" and method == "POST":
            self.reset()
        elif url.path != "/_rig/stats":
            return 404, {}, b"not found"
        return 200, {"Content-Type": "application/json"}, json.dumps(self.stats()).encode()


# --- the server ------------------------------------------------------------------------------
class _Conn(asyncio.Protocol):
    """One client connection: HTTP/1.1 requests with keep-alive, answered in order."""

    def __init__(self, rig: Rig, by_ip: dict[str, int]) -> None:
        self.rig, self.by_ip = rig, by_ip
        self.buf = b""
        self.transport: asyncio.Transport | None = None
        self.idle: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        ip = transport.get_extra_info("sockname")[0]
        self.host = self.by_ip.get(ip, -1)
        self._touch()

    def _touch(self) -> None:
        if self.idle is not None:
            self.idle.cancel()
        self.idle = asyncio.get_running_loop().call_later(IDLE_S, self._close)

    def _close(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.idle is not None:
            self.idle.cancel()

    def data_received(self, data: bytes) -> None:
        self.buf += data
        self._touch()
        while self.transport is not None:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buf) > MAX_HEAD:
                    self._close()
                return
            lines = self.buf[:end].decode("latin-1").split("\r\n")
            try:
                method, target, _ = lines[0].split(" ", 2)
            except ValueError:
                return self._close()
            headers = {}
            for line in lines[1:]:
                k, _, v = line.partition(":")
                headers[k.strip().lower()] = v.strip()
            length = int(headers.get("content-length") or 0)
            if len(self.buf) < end + 4 + length:
                return
            body, self.buf = self.buf[end + 4 : end + 4 + length], self.buf[end + 4 + length :]
            status, hdrs, payload = self.rig.answer(self.host, method, target, headers, body)
            head = [f"HTTP/1.1 {status} {REASONS.get(status, 'OK')}", "Server: nginx"]
            head += [f"{k}: {v}" for k, v in hdrs.items()]
            head.append(f"Content-Length: {len(payload) if status != 304 else 0}")
            out = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
            self.transport.write(out + (payload if method != "HEAD" and status != 304 else b""))
            if headers.get("connection", "").lower() == "close":
                return self._close()


async def _serve(rig: Rig, port: int) -> None:
    loop = asyncio.get_running_loop()
    by_ip = {h.ip: h.index for h in rig.hosts}
    servers = []
    for attempt in range(20):
        try:
            control = await loop.create_server(lambda: _Conn(rig, by_ip), "127.0.0.1", port)
            port = control.sockets[0].getsockname()[1]
            servers = [control]
            for ip in by_ip:
                servers.append(await loop.create_server(lambda: _Conn(rig, by_ip), ip, port, backlog=64))
            break
        except OSError:  # the port is taken on one of the addresses: another port
            for s in servers:
                s.close()
            servers, port = [], 0
            if attempt == 19:
                raise
    print(json.dumps({"port": port, "hosts": len(by_ip)}), flush=True)
    stop = asyncio.Event()

    def wait_for_eof() -> None:  # the parent closes our stdin to stop us
        sys.stdin.buffer.read()
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=wait_for_eof, daemon=True).start()
    await stop.wait()


def _main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.scale_rig")
    ap.add_argument("command", choices=["serve"])
    ap.add_argument("--sources", type=int, required=True)
    ap.add_argument("--hosts", type=int, default=0)
    ap.add_argument("--notices", type=int, default=1)
    ap.add_argument("--interval-min", type=float, default=1.0)
    ap.add_argument("--interval-max", type=float, default=3.0)
    ap.add_argument("--port", type=int, default=0)
    a = ap.parse_args(argv)
    spec = P.RigSpec(a.sources, a.hosts, a.notices, a.interval_min, a.interval_max)
    rig = Rig(spec)
    _ = rig.templates.details, rig.templates.hanweb_column, rig.templates.trs_list  # render up front
    asyncio.run(_serve(rig, a.port))
    return 0


# --- the parent's handle ---------------------------------------------------------------------
class ScaleRig:
    """The rig server as a child process of this one (it dies with it), and its control API."""

    def __init__(self, spec: P.RigSpec, startup_s: float = 120.0) -> None:
        self.spec, self.startup_s = spec, startup_s
        self.proc: Any = None
        self.port = 0

    def start(self) -> ScaleRig:
        from planwatch.lifeline import popen

        repo = Path(__file__).resolve().parent.parent
        cmd = [sys.executable, "-m", "benchmarks.scale_rig", "serve", *self.spec.as_args()]
        self.proc = popen(cmd, cwd=repo, stdin=-1, stdout=-1, text=True)
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"scale rig did not start (exit {self.proc.wait(10)})")
        self.port = int(json.loads(line)["port"])
        return self

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(10)
            except Exception:
                self.proc.kill()
        self.proc = None

    def __enter__(self) -> ScaleRig:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def pid(self) -> int:
        return int(self.proc.pid)

    def _control(self, method: str, path: str) -> dict[str, Any]:
        with socket.create_connection(("127.0.0.1", self.port), timeout=30) as s:
            s.sendall(f"{method} /_rig/{path} HTTP/1.1\r\nHost: rig\r\nConnection: close\r\n\r\n".encode())
            data = b""
            while chunk := s.recv(65536):
                data += chunk
        return json.loads(data.split(b"\r\n\r\n", 1)[1] or b"{}")

    def stats(self) -> dict[str, Any]:
        return self._control("GET", "stats")

    def reset_stats(self) -> None:
        self._control("POST", "reset")

    def publish(self, n: int, sources: list[str] | None = None) -> None:
        """`n` new notices on every list column (or on these sources only)."""
        self._control("POST", f"publish?n={n}" + (f"&sources={','.join(sources)}" if sources else ""))

    def write_sources(self, path: Path) -> Path:
        path.write_text(P.sources_toml(self.spec, self.port), encoding="utf-8")
        return path

    def notice_urls(self, extra: int = 0) -> set[str]:
        return P.notice_urls(self.spec, self.port, extra)


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
