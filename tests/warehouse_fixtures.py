"""Small content tables in contract schema for warehouse, load and expectations tests.

`make_run(docs)` builds documents, tasks, task_units and targets for a list of `Doc` specs;
ids are stable so re-building the same spec gives the same keys (idempotent loads).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import polars as pl

from warehouse import contract

FETCHED = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


@dataclass
class Doc:
    doc_id: str
    source_id: str = "src_a"
    county: str = "示例县"
    n_tasks: int = 2
    n_targets: int = 2
    version: str = "v1"  # changes the content (title/body) → a changed document
    is_plan: bool = True
    plan_start_year: int = 2023
    plan_end_year: int = 2025
    publish_date: date = date(2023, 3, 1)
    overrides: dict = field(default_factory=dict)


def _sha(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def doc_row(d: Doc) -> dict:
    row = {
        "doc_id": d.doc_id, "source": f"https://example.gov.cn/{d.source_id}/{d.doc_id}.html",
        "source_id": d.source_id, "county": d.county,
        "title": f"关于印发《{d.doc_id}三年行动计划（{d.plan_start_year}—{d.plan_end_year}年）》的通知",
        "plan_title": f"{d.doc_id}三年行动计划", "issuer": "示例县人民政府办公室",
        "doc_number": "示政办〔2023〕9号", "written_date": d.publish_date, "publish_date": d.publish_date,
        "plan_start_year": d.plan_start_year, "plan_end_year": d.plan_end_year, "is_plan": d.is_plan,
        "body_text": f"正文 {d.version}", "content_sha256": _sha(d.doc_id, d.version),
        "attachments": [], "n_tasks": d.n_tasks, "n_targets": d.n_targets, "parser_version": "test-1",
        "fetched_at": FETCHED,
    }
    row.update({k: v for k, v in d.overrides.items() if k in row or k in contract.table("documents").column_names})
    return row


def task_rows(d: Doc) -> list[dict]:
    return [{"task_id": f"{d.doc_id}/一/{i}", "doc_id": d.doc_id, "seq": i, "path": ["一", str(i)],
             "section": "一、重点任务", "title": f"任务{i} {d.version}", "body": f"任务{i}正文 {d.version}",
             "lead_units": ["县发展和改革局"], "participating_units": ["县财政局", "县统计局"],
             "n_targets": 1 if i <= d.n_targets else 0}
            for i in range(1, d.n_tasks + 1)]


def unit_rows(d: Doc) -> list[dict]:
    out = []
    for t in task_rows(d):
        out.append({"task_id": t["task_id"], "doc_id": d.doc_id, "role": "lead", "unit": "县发展和改革局",
                    "canonical": "发展和改革局"})
        for u in t["participating_units"]:
            out.append({"task_id": t["task_id"], "doc_id": d.doc_id, "role": "participating", "unit": u,
                        "canonical": u.removeprefix("县")})
    return out


def target_rows(d: Doc) -> list[dict]:
    tasks = task_rows(d)
    return [{"target_id": f"{d.doc_id}#{_sha(d.doc_id, i)[:12]}", "doc_id": d.doc_id,
             "task_id": tasks[i - 1]["task_id"] if i <= len(tasks) else None, "seq": i,
             "indicator": f"指标{i}", "value": 10.0 * i, "unit": "亿元", "comparator": ">=", "change": None,
             "year": d.plan_end_year, "baseline_year": None, "text": f"到{d.plan_end_year}年指标{i}达到{10 * i}亿元",
             "value_std": 1e9 * i, "unit_std": "元", "ambiguous": False}
            for i in range(1, d.n_targets + 1)]


def make_run(docs: list[Doc]) -> dict[str, pl.DataFrame]:
    return {
        "documents": contract.conform("documents", [doc_row(d) for d in docs]),
        "tasks": contract.conform("tasks", [r for d in docs for r in task_rows(d)]),
        "task_units": contract.conform("task_units", [r for d in docs for r in unit_rows(d)]),
        "targets": contract.conform("targets", [r for d in docs for r in target_rows(d)]),
        "attachments": contract.conform("attachments", [attachment_row(d) for d in docs]),
    }


def attachment_row(d: Doc) -> dict:
    """One attached task table per document (a plan published as an attachment)."""
    return {"doc_id": d.doc_id, "origin": "附件1.xlsx", "url": f"https://example.gov.cn/{d.doc_id}.xlsx",
            "name": "附件1.xlsx", "format": "xlsx", "bytes": 9000, "sha256": "ab" * 32, "pages": 1,
            "chars": 500, "status": "parsed", "error": None, "n_tasks": 0, "n_targets": 0}


def big_run(n_docs: int, tasks_per_doc: int, targets_per_doc: int, source_id: str = "src_big",
            prefix: str = "big") -> dict[str, pl.DataFrame]:
    """Large tables built column-wise (fast) for benchmarks."""
    doc_ids = [f"{prefix}{i:06d}" for i in range(n_docs)]
    docs = contract.conform("documents", pl.DataFrame({
        "doc_id": doc_ids, "source": [f"https://example.gov.cn/{d}.html" for d in doc_ids],
        "source_id": source_id, "county": "示例县", "title": "关于印发《示例计划》的通知",
        "publish_date": date(2023, 3, 1), "plan_start_year": 2023, "plan_end_year": 2025, "is_plan": True,
        "body_text": "正文", "content_sha256": doc_ids, "attachments": [[]] * n_docs,
        "n_tasks": tasks_per_doc, "n_targets": targets_per_doc, "parser_version": "test-1",
        "fetched_at": FETCHED}))
    t_doc = [d for d in doc_ids for _ in range(tasks_per_doc)]
    t_seq = [i for _ in doc_ids for i in range(1, tasks_per_doc + 1)]
    tasks = contract.conform("tasks", pl.DataFrame({
        "task_id": [f"{d}/{s}" for d, s in zip(t_doc, t_seq, strict=True)], "doc_id": t_doc, "seq": t_seq,
        "path": [["一", str(s)] for s in t_seq], "section": "一、重点任务", "title": "任务", "body": "任务正文",
        "lead_units": [["县发展和改革局"]] * len(t_doc), "participating_units": [["县财政局"]] * len(t_doc),
        "n_targets": 0}))
    units = contract.conform("task_units", pl.DataFrame({
        "task_id": tasks.get_column("task_id"), "doc_id": t_doc, "role": "lead", "unit": "县发展和改革局",
        "canonical": "发展和改革局"}))
    g_doc = [d for d in doc_ids for _ in range(targets_per_doc)]
    g_seq = [i for _ in doc_ids for i in range(1, targets_per_doc + 1)]
    targets = contract.conform("targets", pl.DataFrame({
        "target_id": [f"{d}#{s}" for d, s in zip(g_doc, g_seq, strict=True)], "doc_id": g_doc, "seq": g_seq,
        "indicator": "指标", "value": [float(s) for s in g_seq], "unit": "亿元", "comparator": ">=",
        "year": 2025, "text": "到2025年指标达到", "ambiguous": False}))
    return {"documents": docs, "tasks": tasks, "task_units": units, "targets": targets,
            "attachments": contract.empty("attachments")}


# --- S3 (moto server in a separate process, one per test process) ---------------------------------
import atexit  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

_MOTO: dict = {}
S3_BUCKET = "planwatch-test"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def moto_endpoint() -> str:
    """Start `moto_server` on 127.0.0.1 once per process (stopped at exit); returns its URL.

    A separate process, not in-process moto: delta-rs talks real HTTP to it.
    """
    if "endpoint" in _MOTO:
        return _MOTO["endpoint"]
    import pytest
    import requests

    exe = Path(sys.executable).with_name("moto_server")
    if not exe.exists():
        pytest.skip("moto_server is not installed")
    port = _free_port()
    proc = subprocess.Popen([str(exe), "-H", "127.0.0.1", "-p", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    atexit.register(lambda: (proc.terminate(), proc.wait(10)))
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            requests.get(endpoint, timeout=1)
            break
        except requests.RequestException:
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.skip("moto_server did not start")
            time.sleep(0.1)
    import boto3

    boto3.client("s3", endpoint_url=endpoint, aws_access_key_id="test", aws_secret_access_key="test",
                 region_name="us-east-1").create_bucket(Bucket=S3_BUCKET)
    _MOTO.update(endpoint=endpoint, proc=proc)
    return endpoint


def s3_options(endpoint: str) -> dict[str, str]:
    return {"AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
            "AWS_REGION": "us-east-1", "AWS_ALLOW_HTTP": "true"}


def new_warehouse(kind: str, tmp_path: Path):
    """A fresh, empty warehouse: `local` (a tmp folder) or `s3` (a new prefix in the moto bucket)."""
    from warehouse.store import Warehouse

    if kind == "local":
        return Warehouse(tmp_path / "wh")
    return Warehouse(f"s3://{S3_BUCKET}/{uuid.uuid4().hex}", s3_options(moto_endpoint()))


def load_runs_in_child(root: str, storage_options: dict | None, prefix: str, n_runs: int,
                       start: object) -> list[str]:
    """Target of spawned writer processes: load `n_runs` runs of new documents (`<prefix><i>`)."""
    from load.merge import load_run
    from warehouse.store import Warehouse

    start.wait(60)  # both processes begin together
    wh = Warehouse(root, storage_options)
    runs = []
    for i in range(n_runs):
        run_id = f"{prefix}-run{i}"
        docs = [Doc(f"{prefix}{i}-{j}", source_id=f"src_{prefix}") for j in range(3)]
        # every run also rewrites one shared document (same key in both processes): real conflicts
        docs.append(Doc("shared", source_id="src_shared", version=f"{prefix}{i}"))
        load_run(wh, run_id=run_id, flow="load", tables=make_run(docs))
        runs.append(run_id)
    return runs


def merge_without_lock_in_child(root: str, prefix: str, n: int, start: object) -> int:
    """Target of spawned processes: MERGE documents (one shared key) bypassing the writer lock."""
    from warehouse.store import Warehouse

    start.wait(60)
    wh = Warehouse(root)
    for i in range(n):
        frame = make_run([Doc("shared", version=f"{prefix}{i}"), Doc(f"{prefix}{i}")])["documents"]
        wh.merge_rows("documents", frame, run_id=f"{prefix}{i}", lock=False)
    return n
