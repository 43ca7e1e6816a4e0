"""Abuse and security, end to end through the public entry points (crawler, HTTP client, archive,
the nightly flow, the CLI), over real HTTP on 127.0.0.1:

- only allowed hosts are fetched; redirects to another host, to private, link-local or metadata
  addresses are refused (loopback only when the source allows it explicitly);
- response size and decompressed size are capped (huge bodies, gzip bombs) without the memory;
- archive paths never come from URLs, however hostile the URL;
- a Hanweb datastore carrying an entity-expansion bomb (billion laughs) is harmless;
- a document whose title holds `<script>` and Markdown/JSON metacharacters reaches alerts and
  Data Docs escaped;
- secrets (alert URLs, storage keys) never reach logs, tables, reports or error messages.
"""
from __future__ import annotations

import html
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from hardening_support import REPO, SITE, alerted_urls, free_port, write_sources

ARCHIVE_FILE = re.compile(r"^raw/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}\.gz$")


def _source(tmp: Path, start_urls: list[str], *, allowed: list[str] | None = None,
            loopback: bool = True):
    from extract.exceptions import SourcesError
    from extract.sources import Source, load_sources

    lines = ["[[source]]", 'id = "abuse"', 'county = "测试县"', 'platform = "hanweb"',
             "start_urls = [" + ", ".join(json.dumps(u) for u in start_urls) + "]",
             f"allow_loopback = {'true' if loopback else 'false'}", "min_interval_s = 0.0"]
    if allowed is not None:
        lines.append("allowed_hosts = [" + ", ".join(json.dumps(h) for h in allowed) + "]")
    path = tmp / "sources.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        return load_sources(path)[0]
    except SourcesError:  # `sources check` refuses it already; the client must refuse it too
        return Source(id="abuse", county="测试县", platform="hanweb", start_urls=start_urls,
                      allowed_hosts=list(allowed or []), allow_loopback=loopback, min_interval_s=0.0)


def _client(archive=None, **kw):
    """A quick client; `archive` is where the crawl using it stores bodies (not the client)."""
    from extract.http import HttpClient

    opts = dict(min_interval_s=0.0, timeout_s=3.0, retries=0, backoff_s=0.01, max_bytes=2 << 20)
    opts.update(kw)
    return HttpClient(**opts)


def _crawl(site_dir: Path, srv, tmp: Path, extra_allowed: tuple[str, ...] = ()):
    from extract.archive import RawArchive
    from extract.crawl import crawl_source
    from extract.sources import load_sources
    from extract.state import CrawlState

    sources = write_sources(tmp / "sources.toml", {SITE: srv}, {SITE: site_dir})
    if extra_allowed:
        text = sources.read_text("utf-8")
        text = re.sub(r'allowed_hosts = \[(.*)\]', lambda m: "allowed_hosts = [" + m.group(1) + "".join(
            ", " + json.dumps(h) for h in extra_allowed) + "]", text)
        sources.write_text(text, "utf-8")
    source = load_sources(sources)[0]
    assert set(extra_allowed) <= set(source.allowed_hosts)
    archive = RawArchive(tmp / "wh")
    with _client(archive) as client:
        return crawl_source(source, client=client, archive=archive, state=CrawlState(), run_id="abuse")


# ------------------------------------------------------------------ hosts and redirects

PRIVATE_TARGETS = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",   # cloud metadata
    "http://[::ffff:169.254.169.254]/latest/meta-data/",                  # the same, IPv4-mapped
    "http://2852039166/latest/meta-data/",                                 # the same, as an integer
    "http://10.0.0.1/", "http://192.168.1.1/admin", "http://172.16.0.5/", "http://[fd00::1]/",
    "http://0.0.0.0/", "file:///etc/passwd", "gopher://127.0.0.1:25/",
]


@pytest.mark.parametrize("named", [False, True], ids=["hosts-not-allowed", "hosts-named-in-config"])
def test_redirects_off_host_or_to_private_addresses_are_refused(tmp_path, named):
    """Off-host redirects are refused; private / link-local / metadata addresses are refused even
    when a (careless) config lists them in allowed_hosts."""
    from urllib.parse import urlsplit

    from testbed.faults import FaultRule
    from testbed.replay import ReplayServer
    from testbed.sites import copy_site, expected_documents

    site = copy_site(SITE, tmp_path / "site")
    details = expected_documents(site)
    other = copy_site(SITE, tmp_path / "other")
    with ReplayServer(other) as evil, ReplayServer(site) as srv:
        offhost = [evil.url(details[0]), f"http://localhost:{evil.port}{details[1]}",
                   f"http://127.0.0.2:{srv.port}{details[2]}"]  # another loopback host, same port
        targets = ([] if named else offhost) + PRIVATE_TARGETS
        victims = details[3:3 + len(targets)]
        srv.set_faults([FaultRule(re.escape(path) + "$", "redirect_offhost", location=loc)
                        for path, loc in zip(victims, targets, strict=True)])
        extra = tuple(sorted({urlsplit(t).hostname for t in PRIVATE_TARGETS if t.startswith("http")})) \
            if named else ()
        crawl = _crawl(site, srv, tmp_path, extra)
    assert evil.requests == [], "a redirect reached a host that is not allowed"
    by_url = {r["url"]: r for r in crawl.pages if r["kind"] == "detail"}
    for path, target in zip(victims, targets, strict=True):
        row = by_url[srv.base_url + path]
        assert row["outcome"] == "refused", (target, row)
        assert row["sha256"] is None and row["bytes"] in (None, 0)
    errors = "\n".join(by_url[srv.base_url + p]["error"] for p in victims)
    if named:
        for word in ("link-local", "private", "scheme 'gopher' not allowed"):
            assert word in errors, errors
        assert errors.count("link-local") >= 2, errors   # the metadata IP and its integer form
    else:
        assert errors.count("not in allowed_hosts") >= len(offhost) + 8, errors
    # everything else on the site was fetched
    fine = [p for p in details if p not in victims]
    assert all(by_url[srv.base_url + p]["outcome"] == "ok" for p in fine)


def test_loopback_and_metadata_start_urls_need_explicit_permission(tmp_path):
    from extract.sources import check_sources
    from testbed.replay import ReplayServer

    with ReplayServer(SITE) as srv:
        start = srv.start_urls[0]
        denied = _source(tmp_path, [start], loopback=False)
        assert "loopback address" in str(check_sources(tmp_path / "sources.toml")[0])  # refused at config time
        with _client() as client:
            res = client.fetch(start, source=denied, kind="list")
        assert res.outcome == "refused" and "loopback" in res.error
        assert srv.requests == []
        allowed = _source(tmp_path, [start], loopback=True)
        with _client() as client:
            assert client.fetch(start, source=allowed, kind="list").outcome == "ok"
        # naming the metadata address in allowed_hosts does not make it fetchable
        meta = "http://169.254.169.254/latest/meta-data/"
        src = _source(tmp_path, [meta], allowed=["169.254.169.254"], loopback=True)
        with _client() as client:
            res = client.fetch(meta, source=src, kind="list")
        assert res.outcome == "refused" and "link-local" in res.error


# ------------------------------------------------------------------ size caps

@pytest.mark.parametrize("mode,params", [
    ("huge", {"size": 40 << 20, "declare_length": True}),
    ("huge", {"size": 40 << 20, "declare_length": False}),
    ("gzip_bomb", {"size": 128 << 20}),
], ids=["huge-declared", "huge-streamed", "gzip-bomb-128MiB"])
def test_size_caps_hold_without_the_memory(tmp_path, mode, params):
    from extract.archive import RawArchive
    from testbed.faults import FaultRule
    from testbed.replay import ReplayServer

    with ReplayServer(SITE, faults=[FaultRule(r"^/art/", mode, **params)]) as srv:
        src = _source(tmp_path, srv.start_urls)
        archive = RawArchive(tmp_path / "wh")
        url = srv.url("/art/2023/9/11/art_39880_10276030.html")
        with _client(archive, max_bytes=2 << 20, timeout_s=30.0) as client:
            client.fetch(url, source=src)          # warm-up: the portal builds its bomb once
            proc = psutil.Process()
            before = proc.memory_info().rss
            res = client.fetch(url, source=src)
            grown = proc.memory_info().rss - before
    assert res.outcome == "error" and "cap" in res.error, res
    assert res.sha256 is None and res.body is None
    stored = list((tmp_path / "wh").rglob("*.gz"))
    assert all(p.stat().st_size < (2 << 20) for p in stored)
    assert grown < 64 << 20, f"RSS grew by {grown >> 20} MiB for a capped body"


# ------------------------------------------------------------------ archive paths

HOSTILE_PATHS = [
    "/art/../../../../../../tmp/pwned.html", "/art/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/art/..%2f..%2f..%2fboot.ini", "/art/a%00b.html", "/art/" + "x" * 400 + ".html",
    "/art/%E5%90%8D%20%3C%3E%7C%3F%2A%3A%22.html", "/art/C:%5CWindows%5Cwin.ini",
    "/art/~root/.ssh/authorized_keys", "/.%2e/.%2e/raw/aa/bb/evil.gz",
]


def test_archive_paths_never_come_from_urls(tmp_path):
    from extract.archive import RawArchive
    from extract.journal import write_journal
    from testbed.replay import ReplayServer

    box = tmp_path / "box"
    box.mkdir()
    root = box / "wh"
    archive = RawArchive(root)
    with ReplayServer(SITE) as srv:
        src = _source(box, srv.start_urls)
        outside_before = {p for p in tmp_path.rglob("*") if root not in p.parents and p != root}
        with _client(archive) as client:
            results = [client.fetch(srv.base_url + p, source=src) for p in HOSTILE_PATHS]
    for r in results:  # what the crawler does with every body
        if r.body is not None:
            archive.put(r.body)
    assert all(r.sha256 for r in results if r.outcome in ("ok", "error") and r.status), results
    files = [p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()]
    assert files and all(ARCHIVE_FILE.match(f) for f in files), files
    outside_after = {p for p in tmp_path.rglob("*") if root not in p.parents and p != root}
    assert outside_after == outside_before, outside_after - outside_before
    from extract.exceptions import ArchiveError

    for bad in ("../escape", "/etc/passwd", "raw/../../x"):
        with pytest.raises(ArchiveError):
            archive.write_file(bad, b"x")
    with pytest.raises(ArchiveError):
        write_journal(archive, "../../run", [])
    with pytest.raises(ArchiveError):
        archive.get("../" + "0" * 62)


# ------------------------------------------------------------------ entity expansion

LAUGHS = ('<!DOCTYPE datastore [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";" if i > 1 else "&lol;") * 10}">'
                    for i in range(1, 10))
          + ']>\n')


def test_billion_laughs_in_a_hanweb_datastore_is_harmless(tmp_path):
    from testbed.replay import ReplayServer
    from testbed.sites import copy_site, expected_documents, site_config

    site = copy_site(SITE, tmp_path / "site")
    col = site_config(site)["start_paths"][0]
    page = site / "www" / col.lstrip("/")
    text = page.read_text("utf-8")
    text = text.replace("<datastore>", LAUGHS + "<datastore>", 1)
    text = re.sub(r'title="([^"]*)"', r'title="\1&lol9;"', text, count=2)
    page.write_text(text, "utf-8")
    for records in (site / "data").glob("*.json"):
        rows = json.loads(records.read_text("utf-8"))
        for row in rows[:3]:
            row["title"] += "&lol9;"
        records.write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    proc = psutil.Process()
    before = proc.memory_info().rss
    with ReplayServer(site) as srv:
        crawl = _crawl(site, srv, tmp_path)
    grown = proc.memory_info().rss - before
    assert grown < 100 << 20, f"RSS grew by {grown >> 20} MiB"
    titles = [r["title"] or "" for r in crawl.pages]
    assert max(map(len, titles)) < 2000 and not any("lollollol" in t for t in titles)
    fetched = {r["url"] for r in crawl.pages if r["kind"] == "detail" and r["outcome"] == "ok"}
    assert len(fetched) >= len(expected_documents(site)) // 2   # the list still reads


# ------------------------------------------------------------------ escaping and secrets (the flow)

EVIL = '<script>alert("pw")</script>*_[x](javascript:alert(1))`{"a":"b"}\\'
PLAN = "成武县2023年农村人居环境整治提升实施方案"


def _poison(site: Path) -> str:
    """Put EVIL into a plan's name everywhere the site shows it; returns the evil plan name."""
    evil_name = PLAN.replace("成武县", "成武县" + EVIL, 1)
    for f in (site / "www").rglob("*.html"):
        text = f.read_text("utf-8")
        if PLAN in text:
            f.write_text(text.replace(PLAN, html.escape(evil_name, quote=True)), "utf-8")
    for f in (site / "data").glob("*.json"):
        text = f.read_text("utf-8")
        if PLAN in text:
            f.write_text(text.replace(PLAN, json.dumps(evil_name, ensure_ascii=False)[1:-1]), "utf-8")
    return evil_name


SECRETS = ("ALERTPASS9876", "HOOKTOKEN4321", "OPSPASS5555", "STORAGESECRET777", "AKIASECRETID42")


@pytest.fixture(scope="module")
def poisoned_night(prefect_harness, tmp_path_factory):
    """One night on a site with a hostile plan title; secrets in every alert URL and the storage
    options; one source on a dead port so a failure (and an undeliverable ops alert) happens."""
    from flows.nightly import nightly
    from flows.runner import run_flow
    from planwatch.settings import Settings
    from testbed.replay import ReplayServer
    from testbed.sites import copy_site
    from testbed.webhook import WebhookReceiver
    from warehouse.store import Warehouse

    tmp = tmp_path_factory.mktemp("poison")
    site = copy_site(SITE, tmp / "site")
    evil_name = _poison(site)
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    keep = Keep(level=logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(keep)
    root.setLevel(logging.DEBUG)
    try:
        with ReplayServer(site) as srv, WebhookReceiver() as hook:
            sources = write_sources(tmp / "sources.toml", {SITE: srv}, {SITE: site})
            dead = free_port()
            with open(sources, "a", encoding="utf-8") as fh:
                fh.write('\n[[source]]\nid = "gone"\ncounty = "无此县"\nplatform = "hanweb"\n'
                         f'start_urls = ["http://127.0.0.1:{dead}/col/col1/index.html"]\n'
                         "allow_loopback = true\nmin_interval_s = 0.0\n")
            alert = f"json://alice:ALERTPASS9876@127.0.0.1:{hook.port}/hook?+X-Token=HOOKTOKEN4321"
            ops = f"json://ops:OPSPASS5555@127.0.0.1:{free_port()}/ops"
            # alert_digest never: the test reads the hostile plan's own alert
            settings = Settings.of(warehouse=str(tmp / "wh"), sources=str(sources), alert=[alert],
                                ops_alert=[ops], min_interval_s=0.0, http_timeout_s=5.0,
                                http_retries=0, alert_digest="never",
                                storage_options="AWS_SECRET_ACCESS_KEY=STORAGESECRET777,"
                                                "AWS_ACCESS_KEY_ID=AKIASECRETID42")
            report = run_flow(nightly, settings)
            hook.wait_for(1, timeout=10)
            messages = list(hook.messages)
    finally:
        root.removeHandler(keep)
        root.setLevel(old_level)
    def text(rs):
        return "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in rs)

    log_text = text(r for r in records if r.levelno >= logging.INFO)
    debug_text = text(r for r in records if r.levelno < logging.INFO)
    return {"wh": Warehouse(tmp / "wh"), "report": report, "messages": messages, "log": log_text, "debug_log": debug_text,
            "evil_name": evil_name, "tmp": tmp}


def test_hostile_title_reaches_alerts_and_data_docs_escaped(poisoned_night):
    import polars as pl

    from flows.delivery import render

    wh = poisoned_night["wh"]
    docs = wh.read("documents")
    # markup in a title is dropped (titles never carry tags); the rest of it is kept verbatim
    kept = EVIL.replace("<script>", "").replace("</script>", "")
    hit = docs.filter(pl.col("title").str.contains(kept, literal=True))
    assert hit.height == 1, "the hostile title is kept verbatim in the table, less its tags"
    assert not docs.filter(pl.col("title").str.contains("<script>", literal=True)).height
    url = hit["source"][0]
    # JSON webhook: the payload is valid JSON and carries the text exactly (escaped by serialisation)
    mine = [m for m in poisoned_night["messages"] if url in alerted_urls([m])]
    assert len(mine) == 1 and kept in mine[0]["title"] + mine[0]["message"]
    row = wh.read("alerts").filter(pl.col("doc_id") == hit["doc_id"][0]).row(0, named=True)
    h_title, h_body = render(row["title"] + "<b>", row["body"], "html")
    assert "<script>" not in h_title + h_body and "<b>" not in h_title and "&lt;b&gt;" in h_title
    m_title, _ = render(row["title"], row["body"], "markdown")
    assert "\\[x\\]\\(javascript:alert\\(1\\)\\)" in m_title and "\\*\\_" in m_title
    assert "\\`" in m_title
    pages = list((Path(wh.root) / "data_docs").rglob("*.html"))
    assert pages, "the night wrote Data Docs"
    for page in pages:
        text = page.read_text("utf-8")
        assert '<script>alert("pw")' not in text and "javascript:alert(1))" not in text.replace("&", "")


def test_secrets_never_reach_logs_tables_reports_or_errors(poisoned_night):
    import polars as pl

    from warehouse.contract import TABLES

    wh = poisoned_night["wh"]
    assert poisoned_night["messages"], "the plan alerts were delivered with the secret URL"
    alerts = wh.read("alerts")
    assert "failed" in alerts["status"].to_list(), "the ops alert to a dead port failed"
    assert poisoned_night["report"]["sources"] and any(
        s["status"] == "failed" for s in poisoned_night["report"]["sources"])
    haystacks = {"log": poisoned_night["log"],
                 "report": json.dumps(poisoned_night["report"], default=str, ensure_ascii=False)}
    for name in TABLES:
        frame = wh.read(name)
        texts = frame.select(pl.col(c).cast(pl.Utf8) for c, t in frame.schema.items()
                             if t == pl.Utf8 or t == pl.String)
        haystacks[name] = "\n".join(str(v) for row in texts.iter_rows() for v in row if v)
    for path in (Path(wh.root)).rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".jsonl", ".txt", ".log"):
            haystacks[str(path)] = path.read_text("utf-8", "replace")
    leaks = {(where, s) for where, text in haystacks.items() for s in SECRETS if s in text}
    assert not leaks, sorted(leaks)
    assert haystacks["alerts"] and "127.0.0.1" in haystacks["alerts"]  # the redacted target is kept


def test_storage_keys_stay_out_of_cli_errors(tmp_path):
    """A warehouse on an unreachable object store: the CLI error names the problem, not the keys."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLANWATCH_", "AWS_"))}
    opts = ("AWS_ACCESS_KEY_ID=AKIASECRETID42,AWS_SECRET_ACCESS_KEY=STORAGESECRET777,"
            f"AWS_ENDPOINT_URL=http://127.0.0.1:{free_port()},AWS_ALLOW_HTTP=true,AWS_REGION=us-east-1,"
            "max_retries=0")
    proc = subprocess.run([sys.executable, "-m", "planwatch.cli", "status", "--warehouse", "s3://bkt/wh",
                           "--storage-options", opts],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    assert "error" in out.lower(), out[-2000:]   # it does say what went wrong
    assert "STORAGESECRET777" not in out and "AKIASECRETID42" not in out, out[-2000:]



def test_secrets_never_reach_debug_logs(poisoned_night):
    where = [line for line in poisoned_night["debug_log"].splitlines() if any(s in line for s in SECRETS)]
    assert not where, where[:3]
