"""A night loaded in bounded chunks (`--load-chunk-docs`, flows.chunks / flows.loading).

Real parts only: the scale rig's portals on loopback hosts (several sources, plans among the
notices), the real nightly flow under Prefect, real Delta tables and Great Expectations, the real
webhook receiver, and — for the crash and the signal — `planwatch crawl` in a child process.
A night in chunks of 2 documents must store what one whole load stores, its `runs` row must read
the whole run as of its id, its report, expectation results and Data Docs must add up over the
chunks; a kill or a Ctrl-C between two chunks must lose and repeat nothing on the next run.
"""

from __future__ import annotations

import re
import signal
import time
from pathlib import Path

import polars as pl
import pytest

from benchmarks.scale_portals import RigSpec
from benchmarks.scale_rig import ScaleRig
from flows import tasks
from flows.nightly import nightly
from flows.runner import run_flow
from hardening_support import alerted_urls, child_env, crawl_command, duplicates, plan_urls, start_child
from planwatch import exitcodes
from planwatch.settings import Settings
from testbed.webhook import WebhookReceiver
from warehouse.contract import CONTENT_TABLES
from warehouse.store import Warehouse

pytestmark = pytest.mark.prefect

# two Hanweb hosts of two columns, four notices each: 16 documents, 4 of them plans
SPEC = RigSpec(sources=4, hosts=2, notices=4, interval_min_s=0.05, interval_max_s=0.1)
N_DOCS = 16
CHUNK = 4


def _settings(tmp: Path, rig: ScaleRig, hook: WebhookReceiver, name: str, chunk: int) -> Settings:
    return Settings.of(
        warehouse=str(tmp / name),
        sources=str(rig.write_sources(tmp / "sources.toml")),
        alert=[hook.apprise_url],
        alert_digest="never",
        http_retries=0,
        load_chunk_docs=chunk,
    )


def _content(wh: Warehouse, table: str) -> list[tuple]:
    """A table's rows without the columns that differ between two runs (times, run ids)."""
    frame = wh.read(table)
    keep = [
        c
        for c, t in frame.schema.items()
        if not isinstance(t, (pl.Datetime, pl.List, pl.Struct)) and "run_id" not in c
    ]
    return sorted(tuple(str(v) for v in r) for r in frame.select(keep).iter_rows())


def _run_wide(wh: Warehouse) -> list[tuple]:
    dq = wh.read("dq_results").filter(pl.col("source_id") == "")
    return sorted(dq.select("table_name", "expectation", "column", "success", "element_count",
                            "unexpected_count").iter_rows())


def test_a_night_in_chunks_loads_what_one_whole_load_does(prefect_harness, tmp_path):
    with ScaleRig(SPEC) as rig, WebhookReceiver() as hook:
        chunked = _settings(tmp_path, rig, hook, "chunked", CHUNK)
        tasks.TASK_RUNS.clear()
        report = run_flow(nightly, chunked)
        n_chunks = tasks.TASK_RUNS["load_chunk"]
        hook.wait_for(len(plan_urls(Warehouse.open(chunked.store))), timeout=10)
        alerted = alerted_urls(hook.messages)
        hook.clear()
        whole = _settings(tmp_path, rig, hook, "whole", 10_000)
        tasks.TASK_RUNS.clear()
        run_flow(nightly, whole)
        assert tasks.TASK_RUNS["load_chunk"] == 1
        listed = rig.notice_urls()
    a, b = Warehouse.open(chunked.store), Warehouse.open(whole.store)
    assert report["status"] == "completed" and n_chunks == N_DOCS // CHUNK  # a source per chunk
    for table in CONTENT_TABLES:
        assert _content(a, table) == _content(b, table), table
    docs = a.read("documents")
    assert sorted(docs["source"].to_list()) == sorted(listed) and docs.height == N_DOCS
    assert not any(duplicates(a).values())
    # the runs row: last, the whole run as of its id, counts over every chunk
    (run,) = a.history(limit=None).to_dicts()
    assert run["n_documents_new"] == N_DOCS and run["n_pages"] == a.read("pages").height
    for table in (*CONTENT_TABLES, "pages", "dq_results", "alerts"):
        assert a.read(table, as_of=run["run_id"]).height == a.read(table).height, table
    assert sum(s["new"] for s in report["sources"]) == N_DOCS
    assert sum(s["tasks"] for s in report["sources"]) == a.read("tasks").height
    assert report["indicators"]["targets"] == a.read("targets").height
    # expectation results and Data Docs add up over the chunks
    assert _run_wide(a) == _run_wide(b)
    page = Path(report["data_docs"]).read_text(encoding="utf-8")
    assert f"<td>documents</td><td>{N_DOCS}</td>" in page
    # every plan alerted once
    plans = plan_urls(a)
    assert plans and sorted(alerted) == sorted(plans)


def _log_version(wh: Path, table: str) -> int:
    log = wh / table / "_delta_log"
    nums = [int(p.name[:20]) for p in log.glob("*.json") if re.fullmatch(r"\d{20}\.json", p.name)]
    return max(nums, default=-1)


def _rerun_stores_everything_once(settings: Settings, rig: ScaleRig, hook: WebhookReceiver) -> None:
    """The next night completes; every notice stored once, every plan alerted once overall."""
    report = run_flow(nightly, settings)
    assert report["status"] == "completed"
    wh = Warehouse.open(settings.store)
    urls = wh.read("documents")["source"].to_list()
    assert sorted(urls) == sorted(rig.notice_urls())
    assert not any(duplicates(wh).values()), duplicates(wh)
    plans = plan_urls(wh)
    hook.wait_for(len(plans), timeout=10)
    got = alerted_urls(hook.messages)
    assert sorted(got) == sorted(plans), "an alert lost or sent twice"


@pytest.mark.slow
def test_a_crash_between_two_chunks_loses_and_repeats_nothing(prefect_harness, tmp_path):
    with ScaleRig(SPEC) as rig, WebhookReceiver() as hook:
        settings = _settings(tmp_path, rig, hook, "wh", CHUNK)
        env = child_env(prefect_harness, "load.chunk_committed:2")
        child = start_child(crawl_command(settings, "--load-chunk-docs", str(CHUNK)), env, tmp_path / "crash.log")
        assert child.wait(timeout=240) == -signal.SIGKILL, (tmp_path / "crash.log").read_text()
        wh = Warehouse.open(settings.store)
        assert wh.read("documents").height == 2 * CHUNK  # two chunks committed ...
        assert wh.history(limit=None).height == 0  # ... and no `runs` row
        assert hook.messages == []  # nothing delivered before the runs row
        _rerun_stores_everything_once(settings, rig, hook)


@pytest.mark.slow
def test_sigint_between_chunks_records_the_run_and_the_next_one_completes(prefect_harness, tmp_path):
    with ScaleRig(SPEC) as rig, WebhookReceiver() as hook:
        settings = _settings(tmp_path, rig, hook, "wh", CHUNK)
        env = child_env(prefect_harness)
        log = tmp_path / "sigint.log"
        child = start_child(crawl_command(settings, "--load-chunk-docs", str(CHUNK)), env, log)
        deadline = time.monotonic() + 240
        while _log_version(Path(settings.store.root), "documents") < 0:  # the first chunk committed
            assert child.poll() is None, log.read_text()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        child.send_signal(signal.SIGINT)
        assert child.wait(timeout=60) == exitcodes.INTERRUPTED, log.read_text()
        wh = Warehouse.open(settings.store)
        (run,) = wh.history(limit=None).to_dicts()
        assert run["status"] == "interrupted"
        loaded = wh.read("documents").height
        assert 1 <= loaded < N_DOCS
        _rerun_stores_everything_once(settings, rig, hook)


# ------------------------------------------------------------------ the chunk builder alone


def _page(sid: str, k: int):
    from planwatch.records import FetchedPage

    return FetchedPage(url=f"http://{sid}/{k}", source_id=sid, county=None, sha256=f"{sid}{k}")


def _tables(pages) -> dict:
    from warehouse.contract import conform

    docs = [{"doc_id": p.url, "source": p.url, "source_id": p.source_id, "is_plan": False,
             "content_sha256": p.sha256, "n_tasks": 0, "n_targets": 0, "parser_version": "t"} for p in pages]
    tasks_ = [{"doc_id": p.url, "task_id": f"{p.url}#1", "seq": 1, "path": "1", "lead_units": [],
               "participating_units": [], "n_targets": 0} for p in pages]
    return {"documents": conform("documents", docs), "tasks": conform("tasks", tasks_),
            **{n: conform(n, []) for n in ("task_units", "targets", "attachments")}}


def _row(sid: str, k: int) -> dict:
    return {"fetch_id": f"{sid}-{k}", "source_id": sid, "url": f"http://{sid}/{k}", "kind": "detail"}


def test_a_source_is_never_split_and_a_chunk_is_bounded():
    from flows.chunks import ChunkBuilder

    b = ChunkBuilder(3)
    b.expect(["a", "b", "c"])
    a_pages, b_pages = [_page("a", k) for k in range(4)], [_page("b", k) for k in range(2)]
    for sid, pages in (("a", a_pages), ("b", b_pages)):
        b.to_parse(pages)
        b.crawled(sid, [_row(sid, p.url[-1]) for p in pages])
    batch1 = a_pages[:3]  # one parse batch holds three pages of a; the next the rest of a and b
    b.parsed(batch1, _tables(batch1))
    assert b.take() is None  # a is not fully parsed yet: nothing of it may go
    batch2 = [*a_pages[3:], *b_pages]
    b.parsed(batch2, _tables(batch2))
    first = b.take()
    assert first is not None and first.sources == ["a"] and first.n_docs == 4  # whole, though > 3
    assert first.tables["tasks"].height == 4 and len(first.pages) == 4
    assert b.take() is None  # b alone is under the bound and c still crawls
    b.add_live(_row("c", 0))  # a fetch of c recorded, its crawl not taken yet
    assert {r["fetch_id"] for r in b.unloaded_rows()} == {"b-0", "b-1", "c-0"}
    b.crawled("c", [_row("c", 0)])
    last = b.take(final=True)
    assert last is not None and last.sources == ["b", "c"] and last.n_docs == 2 and len(last.pages) == 3
    assert b.take(final=True) is None and b.unloaded_rows() == []


def test_run_wide_results_add_up_over_chunks():
    from flows.totals import RunTotals
    from warehouse.contract import conform

    def dq(success: bool, n: int, bad: int, sid: str = "") -> dict:
        return {"run_id": "r", "table_name": "documents", "source_id": sid, "expectation": "e", "column": "c",
                "level": "row", "success": success, "element_count": n, "unexpected_count": bad,
                "details": "{}", "validated_at": None}

    totals = RunTotals()
    totals.combine_dq(conform("dq_results", [dq(True, 3, 0), dq(True, 3, 0, "a")]))
    second = totals.combine_dq(conform("dq_results", [dq(False, 2, 1), dq(False, 2, 1, "b")]))
    run_wide = second.filter(pl.col("source_id") == "").to_dicts()
    assert [(r["success"], r["element_count"], r["unexpected_count"]) for r in run_wide] == [(False, 5, 1)]
    assert second.filter(pl.col("source_id") == "b").height == 1


def test_a_reparse_read_two_pages_at_a_time_stores_what_a_whole_reparse_does(
    prefect_harness, tmp_path, monkeypatch
):
    """`planwatch reparse` streams the archive: with a bound of 2 it reads the archived pages a
    source at a time (never all before it starts) and rebuilds the same tables as one whole read."""
    import shutil

    from flows import reparse as archive
    from flows.nightly import reparse

    spec = RigSpec(sources=2, hosts=2, notices=4, interval_min_s=0.05, interval_max_s=0.1)
    with ScaleRig(spec) as rig, WebhookReceiver() as hook:
        crawled = _settings(tmp_path, rig, hook, "crawled", 10_000)
        run_flow(nightly, crawled)
    reads: list[tuple[int, int]] = []  # (sources, pages) of each read of the archive's rows
    real = archive.archived_pages

    def counted(wh, **kw):
        pages = real(wh, **kw)
        reads.append((len(kw.get("source_ids") or ()), len(pages)))
        return pages

    monkeypatch.setattr(archive, "archived_pages", counted)
    rebuilt = {}
    for name, bound in (("whole", 10_000), ("streamed", 2)):
        shutil.copytree(tmp_path / "crawled", tmp_path / name)
        for table in CONTENT_TABLES:  # the archive and its `pages` rows only: all is parsed again
            shutil.rmtree(tmp_path / name / table, ignore_errors=True)
        settings = crawled.replace(warehouse=str(tmp_path / name), load_chunk_docs=bound)
        reads.clear()
        tasks.TASK_RUNS.clear()
        report = run_flow(reparse, settings)
        assert report["status"] == "completed" and sum(s["documents"] for s in report["sources"]) == 8
        rebuilt[name] = (Warehouse.open(settings.store), list(reads), tasks.TASK_RUNS["load_chunk"])
    (whole, whole_reads, _), (streamed, streamed_reads, chunks) = rebuilt["whole"], rebuilt["streamed"]
    assert whole_reads == [(2, 8)]
    assert streamed_reads == [(1, 4)] * 2 and chunks == 2  # a source (4 pages) at a time
    assert streamed.read("documents").height == 8
    for table in CONTENT_TABLES:
        assert _content(streamed, table) == _content(whole, table), table


def test_reparse_groups_hold_about_the_bound_and_never_split_a_source():
    from flows.reparse import groups

    assert groups({"d": 5, "a": 3, "c": 1, "b": 1}, 4) == [["a", "b"], ["c"], ["d"]]  # d alone: 5 > 4
    assert groups({"a": 2, "b": 2}, 10_000) == [["a", "b"]]
    assert groups({}, 4) == []
