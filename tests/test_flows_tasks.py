"""Task bodies through `.fn()` (no Prefect server): crawl one source over real HTTP from the
replay portal, parse from the raw archive with the network gone, batching, run lock."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest

from extract.sources import load_sources
from flows import chunks, steps
from flows.tasks import crawl_batch_task, parse_batch_task
from planwatch.records import FetchedPage
from planwatch.settings import Settings
from testbed.replay import ReplayServer
from testbed.sites import copy_site, expected_documents, sources_toml
from warehouse.contract import conform
from warehouse.store import Warehouse

SITE = "hanweb_chengwu"


@pytest.fixture()
def site(tmp_path):
    return copy_site(SITE, tmp_path / "site")


def _settings(tmp_path: Path, base_url: str, site_dir: Path) -> Settings:
    src = tmp_path / "sources.toml"
    src.write_text(sources_toml({SITE: base_url}, site_dirs={SITE: site_dir}), encoding="utf-8")
    return Settings.of(warehouse=str(tmp_path / "wh"), sources=str(src), min_interval_s=0.0,
                    http_timeout_s=5.0, http_retries=0)


def test_crawl_then_parse_from_archive_without_network(tmp_path, site):
    with ReplayServer(site) as srv:
        settings = _settings(tmp_path, srv.base_url, site)
        source = load_sources(settings.crawl.sources)[0]
        wh = Warehouse.open(settings.store)
        (outcome,) = crawl_batch_task.fn([source], settings, wh, "run-1")
        assert outcome.error is None
        expected = {srv.url(p) for p in expected_documents(site)}
        assert {d.url for d in outcome.documents} == expected
        assert all(d.source_id == source.id and d.county == source.county for d in outcome.documents)

        # the next crawl knows these pages from the `pages` table: no detail page fetched again
        wh.merge_rows("pages", conform("pages", outcome.pages))
        (again,) = crawl_batch_task.fn([source], settings, wh, "run-2")
        assert again.error is None and again.documents == []

    # the portal is gone: parsing reads only the archive
    parsed = parse_batch_task.fn(outcome.documents[:7], settings.store)
    assert parsed.errors == [] and parsed.n_pages == 7
    docs = parsed.tables["documents"]
    assert docs.height == 7
    assert set(docs["source"].to_list()) == {d.url for d in outcome.documents[:7]}
    assert set(docs["source_id"].to_list()) == {source.id}


def test_failed_source_is_reported_not_raised(tmp_path, site):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = _settings(tmp_path, f"http://127.0.0.1:{port}", site)
    source = load_sources(settings.crawl.sources)[0]
    (outcome,) = crawl_batch_task.fn([source], settings, Warehouse.open(settings.store), "run-1")
    assert outcome.error and outcome.documents == []


def test_parse_reports_a_missing_archive_entry(tmp_path):
    page = FetchedPage(url="http://127.0.0.1/x.html", source_id="s", county="c", sha256="0" * 64)
    parsed = parse_batch_task.fn([page], str(tmp_path))
    assert parsed.tables["documents"].height == 0
    assert len(parsed.errors) == 1 and "x.html" in parsed.errors[0]


def test_batches_are_bounded():
    items = list(range(250))
    sizes = [len(b) for b in steps.batches(items)]
    assert sizes == [100, 100, 50] and sum(sizes) == 250
    assert steps.batches([]) == []


def test_run_lock_refuses_a_second_run(tmp_path):
    import threading

    from flows.exceptions import RunInProgress
    from flows.pipeline import run_lock

    wh = Warehouse(tmp_path / "wh")
    held, release, errors = threading.Event(), threading.Event(), []

    def holder():
        with run_lock(wh):
            held.set()
            release.wait(10)

    t = threading.Thread(target=holder)
    t.start()
    assert held.wait(10)
    try:
        with pytest.raises(RunInProgress):
            with run_lock(wh, timeout_s=0.2):
                errors.append("entered")
    finally:
        release.set()
        t.join()
    assert errors == []
    with run_lock(wh, timeout_s=0.2):  # free again
        pass


def test_concat_keeps_one_row_per_key_and_every_distinct_row():
    doc = {"doc_id": "d1", "source": "u1", "is_plan": False, "content_sha256": "a", "n_tasks": 0,
           "n_targets": 0, "parser_version": "t"}
    a = {"documents": conform("documents", [doc])}
    b = {"documents": conform("documents", [{**doc, "content_sha256": "b"},
                                            {**doc, "doc_id": "d2", "source": "u2"}])}
    out = chunks.concat_tables([a, b])
    docs = out["documents"]
    assert docs.get_column("doc_id").to_list() == ["d1", "d2"]            # the page listed twice: once
    assert docs.filter(docs["doc_id"] == "d1")["content_sha256"].item() == "b"   # the later copy wins
    assert out["tasks"].height == 0 and out["tasks"].columns == conform("tasks", []).columns


def test_a_source_crawled_in_its_own_thread_leaves_no_session_open(tmp_path, site):
    """Each source is crawled in a thread of its own (`flows.abandon`), which opens a session
    of the shared client: it is closed when that source ends, not kept to the night's end (a
    national night has 11,000 sources: as many sessions and kept-alive connections)."""
    from flows.steps import http_client

    with ReplayServer(site) as srv:
        settings = _settings(tmp_path, srv.base_url, site)
        source = load_sources(settings.crawl.sources)[0]
        wh = Warehouse.open(settings.store)
        client = http_client(settings)
        try:
            crawl = steps.crawl_one(source, settings, wh, run_id="run-1", client=client)
            assert crawl.error is None and crawl.documents
            assert client._sessions == []
        finally:
            client.close()
