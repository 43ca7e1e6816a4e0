"""Helpers of the hostile-portal suite: a loopback site whose every answer a test writes, and
small builders for sources and clients. Real sockets only."""
from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

Route = tuple[int, dict[str, str], bytes]


class Site:
    """A tiny HTTP server on 127.0.0.1: `routes[path] -> (status, headers, body)` or a callable
    `route(handler) -> (status, headers, body)`; logs every request path."""

    def __init__(self, routes: dict[str, Route | Callable[[Any], Route]] | None = None) -> None:
        self.routes: dict[str, Any] = dict(routes or {})
        self.log: list[str] = []
        self.headers: list[dict[str, str]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: Any) -> None:
                pass

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.do_GET()

            def do_GET(self) -> None:
                site.log.append(self.path)
                site.headers.append(dict(self.headers))
                route = site.routes.get(self.path.split("?")[0], site.routes.get(self.path))
                if route is None:
                    route = (404, {}, b"not found") if self.path != "/robots.txt" else (404, {}, b"")
                status, headers, body = route(self) if callable(route) else route
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return self.base_url + path

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> Site:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def html(body: str) -> Route:
    return 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode("utf-8")


def sources_file(tmp: Path, entries: list[dict[str, Any]]) -> Path:
    """A sources.toml from dicts (values as TOML through JSON: strings, numbers, booleans, lists)."""
    lines = []
    for entry in entries:
        lines.append("[[source]]")
        for key, value in entry.items():
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
        lines.append("")
    path = tmp / "sources.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def source(tmp: Path, **entry: Any) -> Any:
    from extract.sources import load_sources

    base = {"id": "hostile", "county": "测试县", "platform": "generic", "allow_loopback": True,
            "min_interval_s": 0.0, "link_pattern": r"/art/\d+\.html"}
    base.update(entry)
    return load_sources(sources_file(tmp, [base]))[0]


def client(**kw: Any) -> Any:
    from extract.http import HttpClient

    opts: dict[str, Any] = dict(min_interval_s=0.0, timeout_s=5.0, retries=0, backoff_s=0.01, max_bytes=4 << 20)
    opts.update(kw)
    return HttpClient(**opts)


def crawl(src: Any, tmp: Path, *, state: Any = None, run_id: str = "r1", http: Any = None, **kw: Any) -> Any:
    from extract.archive import RawArchive
    from extract.crawl import crawl_source
    from extract.state import CrawlState

    archive = RawArchive(tmp / "wh")
    with (http or client()) as c:
        return crawl_source(src, client=c, archive=archive, state=state or CrawlState(), run_id=run_id, **kw)
