"""The polite HTTP client over real sockets: the replay portal's faults and a tiny fixture server."""
from __future__ import annotations

import itertools
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from extract.http import HostPolicy, HttpClient, address_problem, detect_challenge
from testbed.replay import FaultRule, ReplayServer
from testbed.sites import expected_documents, site_path

HANWEB = "hanweb_juancheng"
TRS = "trs_zhangxi"


class Fixture:
    """A tiny HTTP server: routes path -> (status, headers, body); logs (method, path, headers)."""

    def __init__(self, routes: dict):
        self.routes = routes
        self.log: list[tuple[str, str, dict]] = []
        fixture = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):  # quiet
                pass

            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.do_GET(method="POST")

            def do_GET(self, method="GET"):
                fixture.log.append((method, self.path, dict(self.headers)))
                status, headers, body = fixture.routes.get(self.path, (404, {}, b"not found"))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def fixture_server():
    servers = []

    def make(routes):
        srv = Fixture(routes)
        servers.append(srv)
        return srv

    yield make
    for srv in servers:
        srv.close()


def policy(base_url: str, interval: float = 0.0) -> HostPolicy:
    from extract.sources import Source

    src = Source(id="t", county="t", platform="trs", start_urls=[base_url + "/"], allow_loopback=True,
                 min_interval_s=interval)
    return HostPolicy.of(src)


def client(**kw) -> HttpClient:
    opts = dict(backoff_s=0.01, backoff_max_s=2.0, timeout_s=5.0, retries=2, min_interval_s=0.0,
                max_bytes=2 << 20)
    opts.update(kw)
    return HttpClient(**opts)


def test_honest_user_agent_and_robots_fetched_once_and_obeyed(fixture_server):
    srv = fixture_server({
        "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
        "/a.html": (200, {"Content-Type": "text/html; charset=utf-8"}, "<p>公开</p>".encode()),
        "/b.html": (200, {"Content-Type": "text/html; charset=utf-8"}, b"<p>b</p>"),
        "/private/x.html": (200, {}, b"secret"),
    })
    c = client(contact_url="https://example.org/contact")
    pol = policy(srv.base_url)
    a = c.fetch(srv.base_url + "/a.html", source=pol)
    b = c.fetch(srv.base_url + "/b.html", source=pol)
    x = c.fetch(srv.base_url + "/private/x.html", source=pol)
    assert a.ok and b.ok and a.text == "<p>公开</p>"
    assert x.outcome == "skipped" and "robots" in x.error
    paths = [p for _, p, _ in srv.log]
    assert paths.count("/robots.txt") == 1 and "/private/x.html" not in paths
    ua = srv.log[-1][2]["User-Agent"]
    assert ua.startswith("planwatch/") and "https://example.org/contact" in ua
    assert [s.kind for s in a.side] == ["robots"] and b.side == []


def test_retries_a_5xx_burst_and_truncation_then_succeeds(tmp_path):
    doc = expected_documents(site_path(HANWEB))[0]
    with ReplayServer(site_path(HANWEB), faults=[FaultRule(doc, "5xx", count=2)]) as srv:
        res = client().fetch(srv.url(doc), source=policy(srv.base_url))
        assert res.ok and res.attempts == 3 and res.status == 200
        srv.set_faults([FaultRule(doc, "truncate", count=1)])
        res = client().fetch(srv.url(doc), source=policy(srv.base_url))
        assert res.ok and res.attempts == 2
        srv.set_faults([FaultRule(doc, "5xx")])
        res = client().fetch(srv.url(doc), source=policy(srv.base_url))
        assert res.outcome == "error" and res.status == 503 and res.attempts == 3


def test_429_retry_after_is_honoured_or_left_for_next_run():
    doc = expected_documents(site_path(HANWEB))[0]
    sleeps: list[float] = []
    with ReplayServer(site_path(HANWEB), faults=[FaultRule(doc, "429", count=1, retry_after=1)]) as srv:
        res = client(sleep=sleeps.append).fetch(srv.url(doc), source=policy(srv.base_url))
        assert res.ok and res.attempts == 2
        assert max(sleeps) >= 1.0                              # waited as told
        srv.set_faults([FaultRule(doc, "429", retry_after=3600)])
        sleeps.clear()
        res = client(sleep=sleeps.append).fetch(srv.url(doc), source=policy(srv.base_url))
        assert res.outcome == "error" and "Retry-After" in res.error and res.attempts == 1
        assert all(s < 3600 for s in sleeps)


def test_exponential_backoff_is_capped_and_jittered():
    c = client(backoff_s=1.0, backoff_max_s=5.0, rng=lambda: 1.0)
    waits = [c._backoff(n) for n in range(6)]
    assert waits[0] == 1.25 and waits[1] == 2.5 and max(waits) == 5.0


def test_timeout_is_an_error_after_retries():
    doc = expected_documents(site_path(HANWEB))[0]
    with ReplayServer(site_path(HANWEB), faults=[FaultRule(doc, "slow", delay_s=1.0)]) as srv:
        res = client(timeout_s=0.3, retries=1).fetch(srv.url(doc), source=policy(srv.base_url))
    assert res.outcome == "error" and "timeout" in res.error and res.attempts == 2


@pytest.mark.parametrize("mode,params", [("huge", {"size": 3 << 20}),
                                         ("huge", {"size": 3 << 20, "declare_length": True}),
                                         ("gzip_bomb", {"size": 32 << 20})])
def test_size_cap_holds_while_streaming_and_after_decompression(mode, params):
    doc = expected_documents(site_path(HANWEB))[0]
    with ReplayServer(site_path(HANWEB), faults=[FaultRule(doc, mode, **params)]) as srv:
        res = client(max_bytes=1 << 20).fetch(srv.url(doc), source=policy(srv.base_url))
    assert res.outcome == "error" and "cap" in res.error
    assert res.body is None and res.sha256 is None


def test_redirects_off_host_or_to_private_addresses_are_refused(fixture_server):
    other = fixture_server({"/x": (200, {}, b"you should not be here")})
    doc = expected_documents(site_path(HANWEB))[0]
    rules = [FaultRule(doc, "redirect_offhost", location=other.base_url + "/x")]
    with ReplayServer(site_path(HANWEB), faults=rules) as srv:
        res = client().fetch(srv.url(doc), source=policy(srv.base_url))
        assert res.outcome == "refused" and other.base_url.split("//")[1] in res.error
        assert other.log == []                                   # never reached the other host
        srv.set_faults([FaultRule(doc, "redirect_offhost", location="http://user:hunter2@evil.example.com/")])
        res = client().fetch(srv.url(doc), source=policy(srv.base_url))
        assert res.outcome == "refused" and "hunter2" not in res.error     # redacted
        srv.set_faults([FaultRule(doc, "redirect_private")])
        for _ in range(2):                                       # 169.254.169.254, then 10.0.0.1
            res = client().fetch(srv.url(doc), source=policy(srv.base_url))
            assert res.outcome == "refused"
        srv.set_faults([FaultRule(doc, "redirect_loop")])
        res = client().fetch(srv.url(doc), source=policy(srv.base_url))
        assert res.outcome == "error" and "redirect" in res.error


def test_private_addresses_are_refused_even_when_allowed_by_name():
    assert address_problem("169.254.169.254", allow_loopback=True)
    assert address_problem("10.0.0.1", allow_loopback=True)
    assert address_problem("::ffff:10.0.0.1", allow_loopback=True)
    assert address_problem("127.0.0.1", allow_loopback=False)
    assert address_problem("127.0.0.1", allow_loopback=True) is None
    assert address_problem("localhost", allow_loopback=False)
    from extract.sources import Source

    src = Source(id="t", county="t", platform="trs", start_urls=["http://10.0.0.1/list/"], allow_loopback=True)
    res = client().fetch("http://10.0.0.1/list/", source=src)
    assert res.outcome == "refused" and res.attempts == 0


@pytest.mark.parametrize("mode", ["waf_412", "waf_521", "waf_200"])
def test_waf_challenges_are_blocked(tmp_path, mode):
    doc = expected_documents(site_path(HANWEB))[0]
    with ReplayServer(site_path(HANWEB), faults=[FaultRule(doc, mode)]) as srv:
        res = client().fetch(srv.url(doc), source=policy(srv.base_url))
    assert res.outcome == "blocked" and res.text is None and res.encoding is None
    assert res.attempts == 1                                     # a challenge is not retried


def test_challenge_detection_leaves_ordinary_pages_alone(shared_dir):
    page = (shared_dir / "spec/portal_samples/06_trs_wcm_county_list_zhangshu_gov_cn_EXCERPT.html").read_bytes()
    assert detect_challenge(200, page) is None
    xml = (shared_dir / "spec/portal_samples/05_hanweb_jpage_datastore_dingxi_zwgk_col12377.xml").read_bytes()
    assert detect_challenge(200, xml) is None
    assert detect_challenge(412, b"<script>$_ts=window['$_ts'];</script>")
    assert detect_challenge(521, b"<script>document.cookie=('__jsl_clearance=1|0')</script>")


def test_conditional_get_answers_304(tmp_path):
    doc = expected_documents(site_path(HANWEB))[0]
    with ReplayServer(site_path(HANWEB)) as srv:
        c = client()
        first = c.fetch(srv.url(doc), source=policy(srv.base_url))
        again = c.fetch(srv.url(doc), source=policy(srv.base_url), etag=first.etag)
        since = c.fetch(srv.url(doc), source=policy(srv.base_url), last_modified=first.last_modified)
    assert first.ok and first.etag and first.last_modified
    assert again.outcome == "not_modified" and again.status == 304 and again.body is None
    assert since.outcome == "not_modified"


def test_charset_is_decided_and_recorded():
    trs = site_path(TRS)
    doc = expected_documents(trs)[0]
    with ReplayServer(trs) as srv:                  # GBK bytes, no charset in the header
        res = client().fetch(srv.url(doc), source=policy(srv.base_url))
    assert res.ok and res.encoding == "gb18030" and res.encoding_source in ("meta", "detected")
    assert "樟溪县" in res.text
    hanweb = site_path(HANWEB)
    doc = expected_documents(hanweb)[0]
    with ReplayServer(hanweb, faults=[FaultRule(doc, "wrong_charset")]) as srv:   # header lies: GBK
        res = client().fetch(srv.url(doc), source=policy(srv.base_url))
    assert res.ok and res.encoding == "utf-8" and "鄄城县" in res.text


def test_per_host_interval_is_enforced_in_the_client_with_a_fake_clock(fixture_server):
    srv = fixture_server({f"/{i}": (200, {}, b"x") for i in range(6)} | {"/robots.txt": (404, {}, b"")})
    now = [100.0]
    lock = threading.Lock()

    def sleep(seconds: float) -> None:
        with lock:
            now[0] += seconds

    c = client(clock=lambda: now[0], sleep=sleep)
    pol = policy(srv.base_url, interval=2.0)
    threads = [threading.Thread(target=lambda i=i: [c.fetch(f"{srv.base_url}/{i * 3 + k}", source=pol)
                                                    for k in range(3)]) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    starts = sorted(t for host, t, _, _ in c.request_log)
    assert len(starts) == 7                                      # robots.txt + 6 pages
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert min(gaps) >= 2.0 - 1e-9                              # never two requests closer than 2 s
    assert len(srv.log) == 7


def test_the_client_hashes_every_body_and_stores_nothing(tmp_path):
    """Fetching never stores: the result carries the body and its sha256 (the crawler archives)."""
    import hashlib

    doc = expected_documents(site_path(HANWEB))[0]
    with ReplayServer(site_path(HANWEB)) as srv:
        res = client().fetch(srv.url(doc), source=policy(srv.base_url))
    assert res.sha256 == hashlib.sha256(res.body).hexdigest()
    row = res.to_row(run_id="r", source_id="s")
    assert row["sha256"] == res.sha256 and row["bytes"] == len(res.body) and row["outcome"] == "ok"
    assert not any(tmp_path.iterdir())


def test_a_cookie_setting_redirect_to_the_same_url_is_followed_once(fixture_server):
    class Once(dict):
        def get(self, path, default=None):
            if path == "/p" and not any(h.get("Cookie") for m, p, h in srv.log if p == "/p"):
                return (302, {"Location": "/p", "Set-Cookie": "__jsluid_s=abc; path=/"}, b"")
            return super().get(path, default)

    srv = fixture_server(Once({"/p": (200, {"Content-Type": "text/html"}, b"<p>ok</p>"),
                               "/robots.txt": (404, {}, b"")}))
    res = client().fetch(srv.base_url + "/p", source=policy(srv.base_url))
    assert res.ok and res.text == "<p>ok</p>" and len(res.redirects) == 1


def test_a_redirected_post_is_an_error_not_a_silent_get(fixture_server):
    srv = fixture_server({"/module/web/jpage/dataproxy.jsp?startrecord=16": (302, {"Location": "/login"}, b""),
                          "/login": (200, {}, b"<html>login</html>"), "/robots.txt": (404, {}, b"")})
    res = client().fetch(srv.base_url + "/module/web/jpage/dataproxy.jsp?startrecord=16", source=policy(srv.base_url),
                         kind="list", method="POST", data=[("columnid", "1")])
    assert res.outcome == "error" and "POST" in res.error
    assert [(m, p) for m, p, _ in srv.log if p != "/robots.txt"] == [
        ("POST", "/module/web/jpage/dataproxy.jsp?startrecord=16")]


@pytest.fixture
def stop_requested():
    """A stop request (Ctrl-C / SIGTERM under `planwatch.interrupt.handle_signals`), cleared after."""
    from planwatch import interrupt

    yield interrupt.STOP.set
    interrupt.STOP.clear()


def test_after_a_stop_request_no_new_request_starts(fixture_server, stop_requested):
    from extract.http import INTERRUPTED

    srv = fixture_server({"/a.html": (200, {}, b"<p>a</p>"), "/robots.txt": (404, {}, b"")})
    c = client()
    stop_requested()
    res = c.fetch(srv.base_url + "/a.html", source=policy(srv.base_url))
    assert res.outcome == "error" and res.error == INTERRUPTED and res.attempts == 0
    assert srv.log == []  # not even robots.txt


def test_a_stop_during_a_retry_wait_ends_the_fetch_without_another_try(fixture_server, stop_requested):
    from extract.http import INTERRUPTED

    srv = fixture_server({"/busy": (503, {}, b"busy"), "/robots.txt": (404, {}, b"")})
    c = client(retries=3, sleep=lambda seconds: stop_requested())  # the signal comes while it waits
    res = c.fetch(srv.base_url + "/busy", source=policy(srv.base_url))
    assert res.outcome == "error" and res.error == INTERRUPTED and res.attempts == 1
    assert [p for _, p, _ in srv.log] == ["/robots.txt", "/busy"]


def test_the_client_waits_with_the_interruptible_sleep(stop_requested):
    from planwatch import interrupt

    assert client().sleep is interrupt.sleep
    stop_requested()
    assert interrupt.sleep(600) is True  # wakes at once: a stop never waits out an interval


def test_one_request_per_host_at_a_time_and_the_interval_counts_from_its_end():
    """A slow host is never asked twice at once, and the next request waits the interval from
    the end of the previous one (a thread woken late cannot bring two requests closer)."""
    times: list[tuple[float, float]] = []

    class Slow(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def do_GET(self):
            start = time.monotonic()
            if self.path != "/robots.txt":
                time.sleep(0.3)
            self.send_response(200 if self.path != "/robots.txt" else 404)
            self.send_header("Content-Length", "1")
            self.end_headers()
            self.wfile.write(b"x")
            times.append((start, time.monotonic()))

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        c = client()
        pol = policy(base, interval=0.2)
        threads = [
            threading.Thread(target=lambda i=i: [c.fetch(f"{base}/{i}{k}", source=pol) for k in range(2)])
            for i in range(2)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        httpd.shutdown()
        httpd.server_close()
    times.sort()
    assert len(times) == 5  # robots.txt + 4 pages
    gaps = [nxt[0] - prev[1] for prev, nxt in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 0.15, gaps  # never overlapping, and ~the interval after the previous end
