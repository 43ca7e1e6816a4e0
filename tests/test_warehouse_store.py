"""The warehouse on a local folder and on S3 (moto server): MERGE semantics, history, as-of reads."""
from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import polars as pl
import pytest

from load.merge import load_run
from warehouse import contract
from warehouse.exceptions import AsOfError
from warehouse_fixtures import Doc, make_run, new_warehouse

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(params=["local", pytest.param("s3", marks=pytest.mark.s3)])
def wh(request, tmp_path):
    return new_warehouse(request.param, tmp_path)


def _versions(wh) -> dict:
    return {t: wh.version(t) for t in contract.CONTENT_TABLES}


def test_idempotent_reload_makes_no_new_version(wh):
    run = make_run([Doc("d1"), Doc("d2", source_id="src_b")])
    first = load_run(wh, run_id="r1", flow="load", tables=run)
    assert first.counts["documents"]["inserted"] == 2 and first.counts["targets"]["inserted"] == 4
    assert sorted(first.new_docs) == ["d1", "d2"]
    before = _versions(wh)
    again = load_run(wh, run_id="r1", flow="load", tables=make_run([Doc("d1"), Doc("d2", source_id="src_b")]))
    assert _versions(wh) == before
    assert again.committed == {}
    assert again.counts["documents"] == {"inserted": 0, "updated": 0, "deleted": 0, "noop": 2}
    assert again.unchanged_docs == ["d1", "d2"] and again.new_docs == [] and again.changed_docs == []
    # a new run with the same content: content tables unchanged, only a runs row added
    r2 = load_run(wh, run_id="r2", flow="load", tables=run)
    assert _versions(wh) == before and set(r2.committed) == {"runs"}
    hist = wh.history()
    assert hist.get_column("run_id").to_list() == ["r2", "r1"]
    counts = json.loads(hist.row(0, named=True)["counts_json"])
    assert counts["tasks"]["noop"] == 4 and counts["tasks"]["inserted"] == 0


def test_changed_document_is_updated_and_old_state_stays_readable(wh):
    load_run(wh, run_id="r1", flow="load", tables=make_run([Doc("d1", n_tasks=3, n_targets=3), Doc("d2")]))
    v1 = wh.version("documents")
    res = load_run(wh, run_id="r2", flow="load",
                   tables=make_run([Doc("d1", version="v2", n_tasks=1, n_targets=1), Doc("d2")]))
    assert res.changed_docs == ["d1"] and res.new_docs == [] and res.unchanged_docs == ["d2"]
    assert res.counts["documents"]["updated"] == 1 and res.counts["documents"]["noop"] == 1
    # children replaced as a set: 3 tasks → 1 (1 updated, 2 deleted); d2's untouched
    assert res.counts["tasks"] == {"inserted": 0, "updated": 1, "deleted": 2, "noop": 2}
    tasks = wh.read("tasks")
    assert sorted(tasks.filter(pl.col("doc_id") == "d1").get_column("task_id")) == ["d1/一/1"]
    assert tasks.filter(pl.col("doc_id") == "d2").height == 2
    assert wh.read("targets").filter(pl.col("doc_id") == "d1").height == 1
    now = wh.read("documents").filter(pl.col("doc_id") == "d1").row(0, named=True)
    old = wh.read("documents", as_of=v1).filter(pl.col("doc_id") == "d1").row(0, named=True)
    assert now["body_text"] == "正文 v2" and old["body_text"] == "正文 v1"
    assert now["first_seen_at"] == old["first_seen_at"]  # first_seen_at survives updates
    # the change data feed of that commit names the changed document
    cdf = wh.changes("documents", wh.version("documents"))
    assert cdf.filter(pl.col("_change_type") == "update_postimage").get_column("doc_id").to_list() == ["d1"]
    run_ids = [h.get("planwatch.run_id") for h in wh.delta("documents").history()]
    assert run_ids.count("r1") == 1 and run_ids.count("r2") == 1  # one commit per run per table


def test_as_of_run_version_and_timestamp_give_the_exact_earlier_state(wh):
    load_run(wh, run_id="r1", flow="load", tables=make_run([Doc("d1")]))
    snap1 = {t: wh.read(t) for t in contract.CONTENT_TABLES}
    time.sleep(0.05)
    between = datetime.now(UTC)
    time.sleep(0.05)
    load_run(wh, run_id="r2", flow="load", tables=make_run([Doc("d1", version="v2", n_targets=1), Doc("d2")]))
    load_run(wh, run_id="r3", flow="load", tables=make_run([Doc("d3", source_id="src_c")]))
    for t in contract.CONTENT_TABLES:
        key = list(contract.table(t).key)
        by_run = wh.read(t, as_of="r1").sort(key)
        assert by_run.equals(snap1[t].sort(key)), t
        v = json.loads(wh.history().filter(pl.col("run_id") == "r1").row(0, named=True)["versions_json"])[t]
        assert wh.read(t, as_of=v).sort(key).equals(by_run), t
        assert wh.read(t, as_of=str(v)).sort(key).equals(by_run), t
        assert wh.read(t, as_of=between).sort(key).equals(by_run), t
        assert wh.read(t, as_of=between.isoformat()).sort(key).equals(by_run), t
    assert sorted(wh.read("documents", as_of="r2").get_column("doc_id")) == ["d1", "d2"]
    import warehouse

    same = warehouse.read("tasks", as_of="r1", root=wh.root, storage_options=wh.storage_options or None)
    assert same.sort("task_id").equals(snap1["tasks"].sort("task_id"))
    assert sorted(wh.read("documents").get_column("doc_id")) == ["d1", "d2", "d3"]
    before_any = datetime(2000, 1, 1, tzinfo=UTC)
    assert wh.read("documents", as_of=before_any).height == 0
    with pytest.raises(AsOfError):
        wh.read("documents", as_of="no-such-run")


def test_merge_rows_inserts_updates_and_skips_identical(wh):
    at = datetime(2026, 11, 21, tzinfo=UTC)
    rows = [{"alert_id": f"a{i}", "kind": "new_plan", "audience": "monitoring", "target": "json://x",
             "target_hash": "h", "title": "t", "body": "b", "status": "pending", "attempts": 0,
             "run_id": "r1", "created_at": at} for i in range(3)]
    c = wh.merge_rows("alerts", contract.conform("alerts", rows))
    assert (c.inserted, c.updated, c.version) == (3, 0, wh.version("alerts"))
    v = wh.version("alerts")
    c = wh.merge_rows("alerts", contract.conform("alerts", rows))
    assert (c.inserted, c.updated, c.noop, c.version) == (0, 0, 3, None) and wh.version("alerts") == v
    rows[1] = {**rows[1], "status": "sent", "attempts": 1, "sent_at": at}
    c = wh.merge_rows("alerts", contract.conform("alerts", rows[1:2]))
    assert (c.inserted, c.updated) == (0, 1) and wh.version("alerts") == v + 1
    cur = wh.read("alerts").sort("alert_id")
    assert cur.get_column("status").to_list() == ["pending", "sent", "pending"]


def test_read_of_missing_table_is_empty_with_contract_schema(wh):
    frame = wh.read("targets")
    assert frame.height == 0 and frame.schema == contract.empty("targets").schema
    assert wh.version("targets") is None and wh.history().height == 0


def test_data_docs_of_a_run_land_under_the_warehouse(wh):
    """Validation writes the run's page (locally, a temp folder for an object store) and
    `flows.datadocs.publish` puts it under `<root>/data_docs/`."""
    from expectations.validate import validate_run
    from flows import datadocs

    run = make_run([Doc("d1"), Doc("d2", plan_start_year=1800)])
    out = validate_run(run, run_id="dd1", docs_dir=str(datadocs.docs_dir(wh)))
    load_run(wh, run_id="dd1", flow="load", tables=out.tables,
             extra={"dq_results": out.dq_results, "quarantine": out.quarantine})

    class Res:
        docs_path = datadocs.publish(wh, out.docs_path)

    res = Res()
    assert res.docs_path and res.docs_path.endswith("dd1.html")
    if not wh.remote:
        assert res.docs_path.startswith(wh.root + "/data_docs/")
        html = open(res.docs_path, encoding="utf-8").read()
    else:
        import boto3

        from warehouse_fixtures import S3_BUCKET

        assert res.docs_path.startswith(wh.root + "/data_docs/")
        o = wh.storage_options
        s3 = boto3.client("s3", endpoint_url=o["AWS_ENDPOINT_URL"], aws_access_key_id="test",
                          aws_secret_access_key="test", region_name="us-east-1")
        key = res.docs_path.removeprefix(f"s3://{S3_BUCKET}/")
        html = s3.get_object(Bucket=S3_BUCKET, Key=key)["Body"].read().decode("utf-8")
        assert s3.get_object(Bucket=S3_BUCKET, Key=key.rsplit("/runs/", 1)[0] + "/index.html")
    assert "plan_start_year outside 1949" in html and "d2" in html
