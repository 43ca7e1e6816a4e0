"""Where the warehouse lives and how it is read and written.

One Delta table per contract table under one root: `<root>/<table>`. The root is a local folder
or an object-store URI (`s3://bucket/prefix`). Tables are created from the contract schemas with
the change data feed on, so new and changed rows of any commit can be read back (`changes`).

Writes go through `merge_rows` (a keyed MERGE that computes the difference against the current
state first and does not commit at all when nothing changed) under `writer_lock()` — delta-rs
fails conflicting MERGEs with `CommitFailedError` and does not retry, so there is one writer at a
time plus a bounded retry that reloads the table.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from planwatch.storage import parse_storage_options  # noqa: F401  (re-exported)
from warehouse import contract
from warehouse.exceptions import AsOfError, LockTimeout, WarehouseError

if TYPE_CHECKING:  # heavy imports stay inside functions
    import polars as pl
    from deltalake import DeltaTable

log = logging.getLogger(__name__)

CDF_CONFIG = {"delta.enableChangeDataFeed": "true"}
RUN_ID_META = "planwatch.run_id"
# Columns that do not make a row "changed": bookkeeping of when it was seen, not what it says.
VOLATILE_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("fetched_at", "first_seen_at"),
}
# Columns an update never overwrites (the first value wins).
KEEP_ON_UPDATE: dict[str, tuple[str, ...]] = {
    "documents": ("first_seen_at",),
}
MAX_COMMIT_ATTEMPTS = 5
# runs that load only what is new since the last run: their row counts are not comparable
INCREMENTAL_FLOWS = ("nightly",)
AWS_ENV_KEYS = ("AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
                "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ALLOW_HTTP", "AWS_S3_ALLOW_UNSAFE_RENAME")


@dataclass
class MergeCounts:
    """What one keyed MERGE did. `version` is None when nothing changed and nothing was committed."""

    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    noop: int = 0
    version: int | None = None
    inserted_keys: list | None = None
    updated_keys: list | None = None

    def as_dict(self) -> dict[str, int]:
        return {"inserted": self.inserted, "updated": self.updated, "deleted": self.deleted,
                "noop": self.noop}


def is_remote(root: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*://", root)) and not root.startswith("file://")


# --- the writer lock -----------------------------------------------------------------------
_LOCKS: dict[str, tuple[threading.RLock, list]] = {}
_LOCKS_GUARD = threading.Lock()


def lock_path_for(root: str) -> Path:
    """Lock file: `<root>/_planwatch_writer.lock` for a local root; for an object-store root a file
    in the local temp dir keyed by the URI (so writers on ONE machine serialise; several machines
    writing one bucket need an external lock, e.g. one scheduler/work pool with concurrency 1)."""
    if not is_remote(root):
        p = Path(root.removeprefix("file://"))
        p.mkdir(parents=True, exist_ok=True)
        return p / "_planwatch_writer.lock"
    d = Path(os.environ.get("PLANWATCH_LOCK_DIR") or Path(tempfile.gettempdir()) / "planwatch-locks")
    d.mkdir(parents=True, exist_ok=True)
    return d / (hashlib.sha256(root.rstrip("/").encode()).hexdigest()[:32] + ".lock")


@contextlib.contextmanager
def file_lock(path: Path, timeout_s: float = 600.0) -> Iterator[None]:
    """An exclusive, process-wide re-entrant lock on `path` (fcntl.flock across processes)."""
    key = str(path)
    with _LOCKS_GUARD:
        entry = _LOCKS.setdefault(key, (threading.RLock(), [0, None]))
    rlock, state = entry
    if not rlock.acquire(timeout=timeout_s):
        raise LockTimeout(f"writer lock {path} busy for {timeout_s:.0f}s")
    try:
        if state[0] == 0:
            fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
            deadline = time.monotonic() + timeout_s
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        os.close(fd)
                        raise LockTimeout(f"writer lock {path} held by another process for {timeout_s:.0f}s")
                    time.sleep(0.05)
            state[1] = fd
        state[0] += 1
        try:
            yield
        finally:
            state[0] -= 1
            if state[0] == 0:
                fd, state[1] = state[1], None
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
    finally:
        rlock.release()


# --- as_of ---------------------------------------------------------------------------------
def _parse_timestamp(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        ts = value
    elif isinstance(value, date):
        ts = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            ts = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    return ts if ts.tzinfo else ts.replace(tzinfo=timezone.utc)


class Warehouse:
    """The versioned warehouse: Delta tables under `root` (a folder or `s3://bucket/prefix`)."""

    def __init__(self, root: str | Path, storage_options: dict | str | None = None) -> None:
        root = str(root)
        if not is_remote(root):
            root = str(Path(root.removeprefix("file://")).expanduser().resolve())
        self.root = root.rstrip("/")
        opts = parse_storage_options(storage_options)
        if self.remote:
            for k in AWS_ENV_KEYS:
                if k not in opts and os.environ.get(k):
                    opts[k] = os.environ[k]
            if "AWS_REGION" not in opts and "AWS_DEFAULT_REGION" in opts:
                opts["AWS_REGION"] = opts["AWS_DEFAULT_REGION"]
        self.storage_options = opts
        self._cache: dict[tuple[int, str], "DeltaTable"] = {}

    @classmethod
    def open(cls, settings: Any) -> "Warehouse":
        """From `planwatch.settings.Settings` (fields `warehouse`, `storage_options`)."""
        return cls(settings.warehouse, getattr(settings, "storage_options", "") or None)

    def __repr__(self) -> str:  # never print storage options (secrets)
        return f"Warehouse({self.root!r})"

    @property
    def remote(self) -> bool:
        return is_remote(self.root)

    @property
    def data_docs_dir(self) -> Path:
        """Where Data Docs go: `<root>/data_docs` for a local root, a local temp folder otherwise."""
        if not self.remote:
            return Path(self.root) / "data_docs"
        key = hashlib.sha256(self.root.encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / "planwatch-data-docs" / key

    def upload(self, local: str | Path, relative: str) -> str:
        """Copy a local file to `<root>/<relative>` (object-store roots; e.g. the Data Docs pages).
        Returns the URI written. Uses pyarrow's S3 filesystem with the same storage options."""
        from urllib.parse import urlparse

        from pyarrow import fs

        if not self.remote:
            raise WarehouseError("upload: the warehouse root is a local folder")
        url = urlparse(self.root)
        if url.scheme not in ("s3", "s3a"):
            raise WarehouseError(f"upload: {url.scheme}:// roots are not supported")
        o = self.storage_options
        kwargs: dict[str, Any] = {"access_key": o.get("AWS_ACCESS_KEY_ID"),
                                  "secret_key": o.get("AWS_SECRET_ACCESS_KEY"),
                                  "session_token": o.get("AWS_SESSION_TOKEN"),
                                  "region": o.get("AWS_REGION")}
        endpoint = o.get("AWS_ENDPOINT_URL") or o.get("AWS_ENDPOINT")
        if endpoint:
            ep = urlparse(endpoint)
            kwargs["endpoint_override"] = ep.netloc or ep.path
            kwargs["scheme"] = ep.scheme or "https"
        s3 = fs.S3FileSystem(**{k: v for k, v in kwargs.items() if v})
        dest = f"{url.netloc}{url.path.rstrip('/')}/{relative.lstrip('/')}"
        with open(local, "rb") as src, s3.open_output_stream(dest) as out:
            out.write(src.read())
        return f"{url.scheme}://{dest}"

    def uri(self, table: str) -> str:
        contract.table(table)
        return f"{self.root}/{table}"

    def _opts(self) -> dict[str, str] | None:
        return self.storage_options or None

    # --- tables --------------------------------------------------------------------------
    def delta(self, table: str, version: int | None = None) -> "DeltaTable | None":
        """The Delta table (latest, or at `version`), or None when it does not exist yet.

        Latest-version handles are cached per thread and brought up to date incrementally
        (opening a table on an object store costs several requests).
        """
        from deltalake import DeltaTable
        from deltalake.exceptions import TableNotFoundError

        if version is None:
            key = (threading.get_ident(), table)
            cached = self._cache.get(key)
            if cached is not None:
                try:
                    cached.update_incremental()
                    return cached
                except Exception:  # vacuumed/rewritten log: open afresh
                    self._cache.pop(key, None)
        try:
            dt = DeltaTable(self.uri(table), version=version, storage_options=self._opts())
        except TableNotFoundError:
            return None
        if version is None:
            self._cache[(threading.get_ident(), table)] = dt
        return dt

    def _fresh(self, table: str) -> "DeltaTable | None":
        """A private handle (safe to move to another version)."""
        from deltalake import DeltaTable
        from deltalake.exceptions import TableNotFoundError

        try:
            return DeltaTable(self.uri(table), storage_options=self._opts())
        except TableNotFoundError:
            return None

    def ensure(self, table: str) -> "DeltaTable":
        """Open the table, creating it (empty, contract schema, change data feed on) if needed."""
        from deltalake import DeltaTable

        dt = self.delta(table)
        if dt is not None:
            return dt
        t = contract.table(table)
        try:
            return DeltaTable.create(self.uri(table), t.schema, mode="ignore", name=table,
                                     description=t.description, configuration=CDF_CONFIG,
                                     storage_options=self._opts())
        except Exception as exc:  # a concurrent creator won; open what it made
            dt = self.delta(table)
            if dt is None:
                raise WarehouseError(f"cannot create table {table} at {self.uri(table)}: {exc}") from exc
            return dt

    def ensure_all(self) -> None:
        for name in contract.TABLES:
            self.ensure(name)

    def version(self, table: str) -> int | None:
        dt = self.delta(table)
        return None if dt is None else dt.version()

    def versions(self) -> dict[str, int]:
        """Current version of every existing table."""
        out = {}
        for name in contract.TABLES:
            v = self.version(name)
            if v is not None:
                out[name] = v
        return out

    @contextlib.contextmanager
    def writer_lock(self, timeout_s: float = 600.0) -> Iterator[None]:
        """One writer at a time (re-entrant within a process). See `lock_path_for`."""
        with file_lock(lock_path_for(self.root), timeout_s):
            yield

    # --- reading -------------------------------------------------------------------------
    def _to_polars(self, table: str, dt: "DeltaTable | None", filter_expr: Any = None) -> "pl.DataFrame":
        """Read a Delta table (at its loaded version) as polars in contract schema.

        `filter_expr` is a polars expression (pushed down by polars' Delta scan) or a pyarrow
        compute expression (applied in memory: pyarrow's dataset pushdown fails on the string_view
        Parquet files delta-rs writes).
        """
        import polars as pl

        if dt is None:
            return contract.empty(table)
        lf = pl.scan_delta(dt)
        if isinstance(filter_expr, pl.Expr):
            lf = lf.filter(filter_expr)
            filter_expr = None
        frame = lf.collect()
        if filter_expr is not None:
            arrow = frame.to_arrow()
            frame = pl.from_arrow(arrow.filter(filter_expr))
        known = [c for c in contract.table(table).column_names if c in frame.columns]
        return contract.conform(table, frame.select(known))

    def resolve_as_of(self, table: str, as_of: Any) -> int | datetime | None:
        """as_of → a Delta version (int), a timestamp, or None for "did not exist then"."""
        if isinstance(as_of, bool):
            raise AsOfError(f"as_of: {as_of!r} is not a run id, version or timestamp")
        if isinstance(as_of, int):
            return as_of
        if isinstance(as_of, str):
            s = as_of.strip()
            if s.isdigit():
                return int(s)
            run = self.run(s)
            if run is not None:
                versions = json.loads(run.get("versions_json") or "{}")
                if table == "runs":
                    return versions.get("runs", -1) if "runs" in versions else self._runs_version_of(s)
                if table not in versions:
                    return None
                return int(versions[table])
        ts = _parse_timestamp(as_of)
        if ts is None:
            raise AsOfError(f"as_of: {as_of!r} is not a run id in `runs`, a version or an ISO timestamp")
        return ts

    def _runs_version_of(self, run_id: str) -> int | None:
        """The first `runs` version whose commit carried this run id."""
        dt = self.delta("runs")
        if dt is None:
            return None
        for entry in sorted(dt.history(), key=lambda e: e.get("version", 0)):
            if entry.get(RUN_ID_META) == run_id:
                return int(entry["version"])
        return None

    def read(self, table: str, as_of: Any = None, *, filter: Any = None) -> "pl.DataFrame":
        """The table as polars: current state, or as of a run id / Delta version / timestamp.

        A run id gives the versions that run recorded for every table: a consistent snapshot.
        `filter`: a polars expression (pushed down into the scan) or a `pyarrow.compute` expression.
        """
        contract.table(table)
        if as_of is None:
            return self._to_polars(table, self.delta(table), filter)
        target = self.resolve_as_of(table, as_of)
        if target is None:
            return contract.empty(table)
        dt = self._fresh(table)
        if dt is None:
            return contract.empty(table)
        if isinstance(target, datetime):
            target = self._version_at(dt, target)
            if target is None:
                return contract.empty(table)
        try:
            dt.load_as_version(target)
        except Exception as exc:
            raise AsOfError(f"{table}: no state as of {as_of!r} ({exc})") from exc
        return self._to_polars(table, dt, filter)

    @staticmethod
    def _version_at(dt: "DeltaTable", ts: datetime) -> int | None:
        """The last version committed at or before `ts`, from the commits' own timestamps
        (milliseconds, writer clock) — object stores' Last-Modified is only to the second."""
        ms = ts.timestamp() * 1000
        versions = [int(h["version"]) for h in dt.history() if int(h.get("timestamp", 0)) <= ms]
        return max(versions) if versions else None

    def run(self, run_id: str) -> dict | None:
        """The `runs` row of a run (as a dict), or None."""
        import polars as pl

        dt = self.delta("runs")
        if dt is None:
            return None
        rows = self._to_polars("runs", dt, pl.col("run_id") == run_id)
        return rows.row(0, named=True) if rows.height else None

    def history(self, limit: int | None = 20) -> "pl.DataFrame":
        """The runs table, newest first."""
        frame = self.read("runs").sort(["started_at", "run_id"], descending=True, nulls_last=True)
        return frame.head(limit) if limit else frame

    def previous_counts(self, flow: str | None = None, before_run: str | None = None) -> dict:
        """`{source_id: {table: rows, plan_documents: n, ..., _comparable: 0|1}}` that the latest run
        (of `flow`) loaded — for `validate_run(previous_counts=...)`.

        Row counts of incremental runs (flow `nightly`: only what was published since) are not
        comparable between runs: `_comparable` = 0 keeps only the per-plan-document checks.
        """
        import polars as pl

        runs = self.history(limit=None)
        if flow:
            runs = runs.filter(pl.col("flow") == flow)
        if before_run:
            runs = runs.filter(pl.col("run_id") < before_run)
        for row in runs.iter_rows(named=True):
            try:
                report = json.loads(row.get("report_json") or "{}")
            except ValueError:
                continue
            if isinstance(report, dict) and isinstance(report.get("source_counts"), dict):
                comparable = int((row.get("flow") or "") not in INCREMENTAL_FLOWS)
                return {sid: {**counts, "_comparable": comparable}
                        for sid, counts in report["source_counts"].items()}
        return {}

    def changes(self, table: str, version: int) -> "pl.DataFrame":
        """Rows the commit `version` inserted, updated or deleted (change data feed)."""
        import polars as pl

        dt = self.delta(table)
        if dt is None:
            return contract.empty(table).with_columns(pl.lit("", dtype=pl.Utf8).alias("_change_type"))
        import pyarrow as pa

        reader = dt.load_cdf(starting_version=version, ending_version=version)
        return pl.from_arrow(pa.table(reader.read_all()))

    # --- writing -------------------------------------------------------------------------
    def merge_rows(self, table: str, frame: "pl.DataFrame", *, run_id: str | None = None,
                   replace_doc_ids: list[str] | None = None, lock: bool = True) -> MergeCounts:
        """Keyed MERGE of `frame` into `table`: insert new keys, update changed rows, delete rows of
        `replace_doc_ids` absent from `frame` (replace a document's children as a set).

        The difference is computed against the current state first; when nothing differs there is
        no commit and no new version. One commit at most; `CommitFailedError` is retried after
        reloading the table (bounded). `lock=False` skips the writer lock (only for writers that
        coordinate otherwise; the retry then resolves conflicts).
        """
        from deltalake.exceptions import CommitFailedError

        frame = contract.conform(table, frame)
        with self.writer_lock() if lock else contextlib.nullcontext():
            for attempt in range(1, MAX_COMMIT_ATTEMPTS + 1):
                dt = self.ensure(table)
                try:
                    return _merge_once(self, dt, table, frame, run_id, replace_doc_ids, append_ok=lock)
                except CommitFailedError as exc:
                    if attempt == MAX_COMMIT_ATTEMPTS:
                        raise WarehouseError(f"{table}: commit failed {attempt} times: {exc}") from exc
                    log.warning("%s: commit conflict (attempt %d), reloading: %s", table, attempt, exc)
                    time.sleep(0.1 * attempt)
        raise AssertionError("unreachable")


def _merge_once(wh: Warehouse, dt: "DeltaTable", table: str, frame: "pl.DataFrame",
                run_id: str | None, replace_doc_ids: list[str] | None, *, append_ok: bool = True) -> MergeCounts:
    import polars as pl
    from deltalake import CommitProperties

    t = contract.table(table)
    key = list(t.key)
    null_key = frame.filter(pl.any_horizontal([pl.col(k).is_null() for k in key]))
    if null_key.height:  # a null key never matches in a MERGE: it would insert duplicates
        log.warning("%s: %d rows with a null key skipped", table, null_key.height)
        frame = frame.drop_nulls(subset=key)
    frame = frame.unique(subset=key, keep="last", maintain_order=True)
    compare = [c for c in t.column_names if c not in VOLATILE_COLUMNS.get(table, ())]

    # current rows that can match: same keys, or (children) the same documents
    flt = pl.col(key[0]).is_in(frame.get_column(key[0]).unique().implode())
    if replace_doc_ids:
        flt = flt | pl.col("doc_id").is_in(pl.Series(sorted(set(replace_doc_ids)), dtype=pl.Utf8).implode())
    current = wh._to_polars(table, dt, flt) if (frame.height or replace_doc_ids) else contract.empty(table)

    h_new = frame.select(*key, pl.struct(compare).hash(seed=7).alias("_h"))
    h_cur = current.select(*key, pl.struct(compare).hash(seed=7).alias("_h_cur"))
    joined = h_new.join(h_cur, on=key, how="left", nulls_equal=True)
    is_new = pl.col("_h_cur").is_null()
    inserts = joined.filter(is_new).select(key)
    updates = joined.filter(~is_new & (pl.col("_h") != pl.col("_h_cur"))).select(key)
    noop = joined.filter(~is_new & (pl.col("_h") == pl.col("_h_cur"))).height
    if replace_doc_ids:
        gone = current.filter(pl.col("doc_id").is_in(list(set(replace_doc_ids)))) \
            .join(frame.select(key), on=key, how="anti", nulls_equal=True).select(key)
    else:
        gone = current.head(0).select(key)

    counts = MergeCounts(inserted=inserts.height, updated=updates.height, deleted=gone.height, noop=noop,
                         inserted_keys=inserts.rows() if len(key) > 1 else inserts.get_column(key[0]).to_list(),
                         updated_keys=updates.rows() if len(key) > 1 else updates.get_column(key[0]).to_list())
    if not (inserts.height or updates.height or gone.height):
        return counts  # nothing changed: no commit, no new version

    upserts = frame.join(pl.concat([inserts, updates]), on=key, how="semi", nulls_equal=True)
    meta = {RUN_ID_META: run_id} if run_id else None
    if append_ok and not updates.height and not gone.height:
        # only new keys (checked against the current state above, under the writer lock): a plain
        # append commits without scanning the target, so a night's cost does not grow with history.
        # Without the lock a concurrent append of the same key would not conflict: MERGE instead.
        from deltalake import write_deltalake

        write_deltalake(dt, upserts.to_arrow().cast(t.schema), mode="append",
                        commit_properties=CommitProperties(custom_metadata=meta) if meta else None)
        counts.version = dt.version()
        return counts
    source = pl.concat([
        upserts.with_columns(pl.lit("upsert").alias("_op")),
        contract.conform(table, gone).with_columns(pl.lit("delete").alias("_op")),
    ], how="vertical")
    predicate = " AND ".join(f"t.{_q(k)} = s.{_q(k)}" for k in key)
    keep = KEEP_ON_UPDATE.get(table, ())
    set_cols = {_q(c): f"s.{_q(c)}" for c in t.column_names if c not in keep}
    ins_cols = {_q(c): f"s.{_q(c)}" for c in t.column_names}
    metrics = (
        dt.merge(source.to_arrow(), predicate, source_alias="s", target_alias="t",
                 commit_properties=CommitProperties(custom_metadata=meta) if meta else None)
        .when_matched_delete(predicate="s._op = 'delete'")
        .when_matched_update(set_cols, predicate="s._op = 'upsert'")
        .when_not_matched_insert(ins_cols, predicate="s._op = 'upsert'")
        .execute()
    )
    counts.version = dt.version()
    # trust the engine's numbers over ours where they differ (a concurrent writer without the lock)
    counts.inserted = int(metrics.get("num_target_rows_inserted", counts.inserted))
    counts.updated = int(metrics.get("num_target_rows_updated", counts.updated))
    counts.deleted = int(metrics.get("num_target_rows_deleted", counts.deleted))
    return counts


def _q(col: str) -> str:
    """Quote a column name for delta-rs SQL expressions when needed."""
    return '"' + col.replace('"', '""') + '"'
