"""Incremental crawling of the replay portal's sample sites over real HTTP on 127.0.0.1."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.archive import RawArchive
from extract.crawl import crawl_source, crawl_sources
from extract.http import HttpClient
from extract.journal import read_journal, write_journal
from extract.sources import Source, load_sources
from extract.state import CrawlState
from testbed.replay import FaultRule, ReplayServer
from testbed.sites import SITES, add_notices, copy_site, expected_documents, site_path, sources_toml
from warehouse.contract import conform

AVAILABLE = list(SITES)
# the smallest Hanweb site keeps the many fault runs quick
SMALL = "hanweb_juancheng" if "hanweb_juancheng" in AVAILABLE else AVAILABLE[0]


def client_for(archive: RawArchive, **kw) -> HttpClient:
    """A quick client for a crawl into `archive` (the crawler, not the client, archives)."""
    opts = dict(backoff_s=0.01, backoff_max_s=1.5, timeout_s=5.0, retries=2,
                min_interval_s=0.0, max_bytes=2 << 20)
    opts.update(kw)
    return HttpClient(**opts)


def test_every_recorded_body_is_in_the_archive(tmp_path):
    """The crawler archives each body before it records the page row naming it, so a row with a
    sha256 (and so a parse from the archive) never points at a missing body."""
    site = site_path(SMALL)
    archive = RawArchive(tmp_path / "wh")
    with ReplayServer(site) as srv:
        source = source_for(srv, SMALL, site, tmp_path)
        crawl = crawl_source(source, client=client_for(archive), archive=archive, state=CrawlState(),
                             run_id="r1")
    with_body = [p for p in crawl.pages if p["sha256"]]
    assert {p["kind"] for p in with_body} >= {"list", "detail", "robots"}
    for row in with_body:
        assert archive.has(row["sha256"]) and len(archive.get(row["sha256"])) == row["bytes"]
    assert all(archive.has(d.sha256) for d in crawl.documents) and crawl.documents


def source_for(srv: ReplayServer, name: str, site: Path, tmp_path: Path) -> Source:
    path = tmp_path / "sources.toml"
    path.write_text(sources_toml({name: srv.base_url}, site_dirs={name: site}), encoding="utf-8")
    return load_sources(path)[0]


def logged(srv: ReplayServer) -> list:
    """The server's request log once it has settled (the server logs after answering)."""
    import time

    last, stable = -1, 0
    for _ in range(100):
        n = len(srv.requests)
        stable = stable + 1 if n == last else 0
        if stable >= 3:
            break
        last = n
        time.sleep(0.02)
    return srv.requests


def detail_paths(srv: ReplayServer) -> list[str]:
    return [r.path for r in logged(srv) if r.path.startswith("/art/") or "/t20" in r.path]


def attachment_request(r) -> bool:
    """A file a notice links to (Hanweb downfile.jsp, TRS ./P0….pdf), fetched with its notice."""
    return "downfile" in r.path or r.path.rsplit("/", 1)[-1].startswith("P0")


def list_requests(srv: ReplayServer, site: Path) -> list:
    details = set(detail_paths(srv))
    return [r for r in logged(srv) if r.path not in details and r.path != "/robots.txt" and not attachment_request(r)]


def doc_paths(crawl, srv: ReplayServer) -> list[str]:
    return [d.url.removeprefix(srv.base_url) for d in crawl.documents]


def new_doc_paths(crawl, srv: ReplayServer) -> list[str]:
    """Notices new or changed in this crawl (a notice handed on again only so that its attached
    files, which failed last run, are fetched keeps its body: `previous_sha256 == sha256`)."""
    return [d.url.removeprefix(srv.base_url) for d in crawl.documents if d.previous_sha256 != d.sha256]


def _serve(name, tmp_path):
    site = copy_site(name, tmp_path / "site")
    with ReplayServer(site) as srv:
        yield name, site, srv, source_for(srv, name, site, tmp_path), RawArchive(tmp_path / "wh")


@pytest.fixture(params=AVAILABLE)
def served(request, tmp_path):
    """Every sample site."""
    yield from _serve(request.param, tmp_path)


@pytest.fixture(params=sorted({SMALL} | {s for s in AVAILABLE if s.startswith("trs")}))
def served_small(request, tmp_path):
    """One site per platform (the smaller ones)."""
    yield from _serve(request.param, tmp_path)


def test_first_crawl_finds_every_notice_once_then_304_then_only_new(served):
    name, site, srv, source, archive = served
    state = CrawlState()
    first = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r1")
    assert first.error is None
    expected = expected_documents(site)
    assert sorted(doc_paths(first, srv)) == expected                 # every notice, exactly once
    assert len(detail_paths(srv)) == len(set(detail_paths(srv))) == len(expected)
    for doc in first.documents:                                       # archived before anything else
        assert archive.has(doc.sha256) and doc.encoding
    rows = conform("pages", first.pages)                             # rows fit the table contract
    assert rows.height == len(first.pages)
    state.update(first.pages)

    srv.reset_log()
    second = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r2")
    assert second.error is None and second.documents == []
    assert detail_paths(srv) == []
    starts = {u.removeprefix(srv.base_url) for u in source.start_urls}
    lists = list_requests(srv, site)
    asked = {r.path + (f"?{r.query}" if r.query else "") for r in lists}
    assert asked == starts and len(lists) == len(starts)                     # page 1 of each list only
    validated = {r["url"] for r in first.pages if r["kind"] == "list" and (r["etag"] or r["last_modified"])}
    for row in (r for r in second.pages if r["kind"] == "list"):             # conditional GET → 304
        assert row["outcome"] == ("not_modified" if row["url"] in validated else "ok")
    assert sum(r.status == 304 for r in lists) == len(validated & set(source.start_urls))
    state.update(second.pages)

    added = add_notices(site, 3)
    srv.reset_log()
    third = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r3")
    assert third.error is None
    assert sorted(detail_paths(srv)) == sorted(added)                       # exactly those 3
    assert sorted(doc_paths(third, srv)) == sorted(added)


def test_refresh_refetches_with_conditional_get_and_reports_changed_bodies(served_small):
    name, site, srv, source, archive = served_small
    state = CrawlState()
    first = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r1")
    state.update(first.pages)
    changed = expected_documents(site)[0]
    target = site / "www" / changed.lstrip("/")
    target.write_bytes(target.read_bytes().replace(b"</body>", b"<p>edited</p></body>"))
    srv.reset_log()
    again = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r2",
                         refresh=True)
    assert [d.url.removeprefix(srv.base_url) for d in again.documents] == [changed]
    assert again.documents[0].previous_sha256 and again.documents[0].previous_sha256 != again.documents[0].sha256
    statuses = {r.status for r in logged(srv) if r.path.startswith("/art/") and r.path != changed}
    assert statuses <= {304}


def test_full_backfill_pages_to_the_end(served_small):
    name, site, srv, source, archive = served_small
    state = CrawlState()
    state.update(crawl_source(source, client=client_for(archive), archive=archive, state=state,
                              run_id="r1").pages)
    n_lists = len(list_requests(srv, site))
    srv.reset_log()
    full = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r2",
                        full=True)
    assert full.error is None and full.documents == []
    assert len(list_requests(srv, site)) == n_lists      # every list page again, no detail page
    assert detail_paths(srv) == []


# Every fault mode, on a detail page and on a list page: the crawl completes, records the failure,
# and the next run (fault gone) picks it up so that every notice ends up archived exactly once.
FAULTS = [
    ("5xx", {}), ("429", {"retry_after": 0}), ("slow", {"delay_s": 1.2}), ("reset", {}), ("truncate", {}),
    ("redirect_loop", {}), ("redirect_offhost", {}), ("redirect_private", {}), ("waf_412", {}),
    ("waf_521", {}), ("waf_200", {}), ("huge", {"size": 3 << 20}), ("gzip_bomb", {"size": 8 << 20}),
]
FAILED_OUTCOMES = {"5xx": "error", "429": "error", "slow": "error", "reset": "error", "truncate": "error",
                   "redirect_loop": "error", "redirect_offhost": "refused", "redirect_private": "refused",
                   "waf_412": "blocked", "waf_521": "blocked", "waf_200": "blocked", "huge": "error",
                   "gzip_bomb": "error"}


@pytest.mark.parametrize("mode,params", FAULTS, ids=[f[0] for f in FAULTS])
def test_fault_on_a_detail_page_is_recorded_and_picked_up_next_run(tmp_path, mode, params):
    name = SMALL
    site = site_path(name)
    victim = expected_documents(site)[1]
    archive = RawArchive(tmp_path / "wh")
    with ReplayServer(site, faults=[FaultRule(victim, mode, **params)]) as srv:
        source = source_for(srv, name, site, tmp_path)
        state = CrawlState()
        # a generous timeout keeps a loaded machine from retrying healthy pages; `slow` needs a short one
        quick = {"timeout_s": 0.5} if mode == "slow" else {}
        first = crawl_source(source, client=client_for(archive, **quick), archive=archive, state=state,
                             run_id="r1")
        assert first.error is None
        row = next(r for r in first.pages if r["url"].endswith(victim))
        assert row["outcome"] == FAILED_OUTCOMES[mode] and row["error"]
        assert victim not in doc_paths(first, srv)
        if mode != "slow":   # a slow answer's body may still be complete, it is just too late
            assert all(d.sha256 != row["sha256"] for d in first.documents)
        faulted = [r for r in logged(srv) if r.fault]
        assert faulted and all(r.path == victim for r in faulted)
        state.update(first.pages)
        srv.set_faults([])
        srv.reset_log()
        second = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r2")
        assert doc_paths(second, srv) == [victim]
        assert detail_paths(srv) == [victim]
        found = doc_paths(first, srv) + doc_paths(second, srv)
        assert sorted(found) == expected_documents(site)


LIST_FAULTS = ("5xx", "reset", "redirect_offhost", "redirect_loop", "waf_200", "waf_412", "truncate", "huge")


@pytest.mark.parametrize("mode,params", [f for f in FAULTS if f[0] in LIST_FAULTS], ids=LIST_FAULTS)
def test_fault_on_a_later_list_page_is_paged_up_to_next_run(tmp_path, mode, params):
    name = SMALL
    site = site_path(name)
    archive = RawArchive(tmp_path / "wh")
    with ReplayServer(site, faults=[FaultRule("dataproxy", mode, **params)]) as srv:
        source = source_for(srv, name, site, tmp_path)
        state = CrawlState()
        first = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r1")
        failed = [r for r in first.pages if r["kind"] == "list" and r["outcome"] != "ok"]
        assert failed and all("dataproxy" in r["url"] for r in failed)
        if mode == "redirect_offhost":
            assert not any("evil" in r.path for r in logged(srv))
        state.update(first.pages)
        srv.set_faults([])
        second = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r2")
        found = doc_paths(first, srv) + doc_paths(second, srv)
        assert sorted(found) == expected_documents(site)


def test_first_list_page_failing_is_a_source_error_and_others_go_on(tmp_path):
    name = SMALL
    site = site_path(name)
    archive = RawArchive(tmp_path / "wh")
    with ReplayServer(site) as good, ReplayServer(site, faults=[FaultRule("/col/|index", "5xx")]) as bad:
        text = sources_toml({"a": bad.base_url, "b": good.base_url}, ids={"a": "broken", "b": "fine"},
                            site_dirs={"a": site, "b": site})
        (tmp_path / "s.toml").write_text(text, encoding="utf-8")
        sources = load_sources(tmp_path / "s.toml")
        crawls = crawl_sources(sources, client=client_for(archive), archive=archive, state=CrawlState(),
                               run_id="r1")
        by_id = {c.source_id: c for c in crawls}
        assert by_id["broken"].error and "503" in by_id["broken"].error
        assert by_id["fine"].error is None
        assert len(by_id["fine"].documents) == len(expected_documents(site))


def test_zero_links_after_links_before_is_an_empty_scrape(tmp_path):
    name = SMALL
    site = copy_site(name, tmp_path / "site")
    archive = RawArchive(tmp_path / "wh")
    with ReplayServer(site) as srv:
        source = source_for(srv, name, site, tmp_path)
        state = CrawlState.from_pages(crawl_source(source, client=client_for(archive), archive=archive,
                                                   state=CrawlState(), run_id="r1").pages)
        first = source.start_urls[0].removeprefix(srv.base_url)
        page = site / "www" / first.lstrip("/")
        page.write_text("<html><body><p>网站改版中</p></body></html>", encoding="utf-8")
        again = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r2")
        assert again.error_kind == "EmptyScrape" and "no links" in again.error


def test_journal_round_trip_and_state_from_it(served_small):
    name, site, srv, source, archive = served_small
    crawl = crawl_source(source, client=client_for(archive), archive=archive, state=CrawlState(), run_id="r1")
    path = write_journal(archive, "20260101T000000Z-abc123", [crawl])
    assert Path(path).is_file()
    pages, docs = read_journal(archive, "20260101T000000Z-abc123")
    assert conform("pages", pages).height == len(crawl.pages)
    assert {d.url for d in docs} == {d.url for d in crawl.documents}
    state = CrawlState.from_pages(pages)
    srv.reset_log()
    again = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r2")
    assert again.documents == [] and detail_paths(srv) == []


def test_robots_disallow_is_obeyed_and_robots_outage_is_retried(tmp_path):
    site = copy_site(SMALL, tmp_path / "site")
    banned = expected_documents(site)[0]
    (site / "www" / "robots.txt").write_text(f"User-agent: *\nDisallow: {banned}\n", encoding="utf-8")
    archive = RawArchive(tmp_path / "wh")
    with ReplayServer(site, faults=[FaultRule("robots", "5xx")]) as srv:
        source = source_for(srv, SMALL, site, tmp_path)
        state = CrawlState()
        down = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r1")
        assert down.error and "robots.txt unavailable" in down.error
        assert [r.path for r in logged(srv)] and all(r.path == "/robots.txt" for r in logged(srv))
        state.update(down.pages)
        srv.set_faults([])
        srv.reset_log()
        up = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="r2")
        assert up.error is None
        skipped = [r for r in up.pages if r["outcome"] == "skipped" and r["url"].endswith(banned)]
        assert skipped and "robots" in skipped[0]["error"]
        assert banned not in detail_paths(srv)
        assert sorted(doc_paths(up, srv)) == [p for p in expected_documents(site) if p != banned]


def test_sources_crawled_in_threads_share_the_politeness_of_one_client(tmp_path):
    names = [n for n in AVAILABLE][:2]
    archive = RawArchive(tmp_path / "wh")
    servers = [ReplayServer(site_path(n)).start() for n in names]
    try:
        text = sources_toml({n: s.base_url for n, s in zip(names, servers, strict=True)})
        (tmp_path / "s.toml").write_text(text, encoding="utf-8")
        sources = load_sources(tmp_path / "s.toml")
        crawls = crawl_sources(sources, client=client_for(archive), archive=archive, state=CrawlState(),
                               run_id="r1", workers=2)
        for crawl, name, srv in zip(crawls, names, servers, strict=True):
            assert crawl.error is None
            assert sorted(doc_paths(crawl, srv)) == expected_documents(site_path(name))
    finally:
        for srv in servers:
            srv.stop()


def test_a_storm_of_mixed_faults_then_a_calm_night_finds_everything_once(tmp_path):
    """Random (seeded) faults on every kind of request; runs until quiet; nothing lost or doubled."""
    name = SMALL
    site = site_path(name)
    archive = RawArchive(tmp_path / "wh")
    modes = ["5xx", "reset", "truncate", "waf_200", "redirect_offhost", "redirect_private", "waf_521", "huge"]
    storm = [FaultRule(r"^/(?!robots)", mode, probability=0.08, seed=i + 3 * 10, **({"size": 3 << 20} if mode == "huge" else {}))
             for i, mode in enumerate(modes)]
    found: list[str] = []
    with ReplayServer(site, faults=storm) as srv:
        source = source_for(srv, name, site, tmp_path)
        state = CrawlState()
        for night in range(2):
            crawl = crawl_source(source, client=client_for(archive, retries=1), archive=archive, state=state,
                                 run_id=f"storm{night}")
            state.update(crawl.pages)
            found += new_doc_paths(crawl, srv)
        assert any(r.fault for r in logged(srv))
        assert not any("evil" in r.path or "169.254" in r.path for r in logged(srv))
        srv.set_faults([])
        calm = crawl_source(source, client=client_for(archive), archive=archive, state=state, run_id="calm")
        assert calm.error is None
        found += new_doc_paths(calm, srv)             # the first calm night picks every failure up
    assert sorted(found) == expected_documents(site)


def test_a_first_crawl_that_finds_no_links_says_so(tmp_path):
    site = copy_site(SMALL, tmp_path / "site")
    archive = RawArchive(tmp_path / "wh")
    with ReplayServer(site) as srv:
        source = source_for(srv, SMALL, site, tmp_path)
        source.start_urls = [srv.url("/index.html")]          # the home page: no datastore, no /art/ list
        (site / "www" / "index.html").write_text("<html><body>首页</body></html>", encoding="utf-8")
        crawl = crawl_source(source, client=client_for(archive), archive=archive, state=CrawlState(), run_id="r1")
    assert crawl.error_kind == "EmptyScrape" and "check its start_urls" in crawl.error


def test_a_304_whose_archived_copy_is_gone_is_fetched_again(tmp_path):
    site = site_path(SMALL)
    with ReplayServer(site) as srv:
        source = source_for(srv, SMALL, site, tmp_path)
        first_archive = RawArchive(tmp_path / "wh1")
        state = CrawlState.from_pages(crawl_source(source, client=client_for(first_archive), archive=first_archive,
                                                   state=CrawlState(), run_id="r1").pages)
        empty_archive = RawArchive(tmp_path / "wh2")          # same state, archive lost
        srv.reset_log()
        again = crawl_source(source, client=client_for(empty_archive), archive=empty_archive, state=state,
                             run_id="r2")
    assert again.error is None and again.documents == []
    outcomes = [r["outcome"] for r in again.pages if r["kind"] == "list"]
    assert outcomes[:2] == ["not_modified", "ok"]
