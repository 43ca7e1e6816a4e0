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
import json
import logging
import os
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from planwatch.storage import parse_storage_options
from warehouse import contract
from warehouse.exceptions import AsOfError, SchemaError, WarehouseError
from warehouse.locks import file_lock, is_remote, lock_path_for
from warehouse.objects import ObjectFiles
from warehouse.write import RUN_ID_META, MergeCounts, merge_once

if TYPE_CHECKING:  # heavy imports stay inside functions
    import polars as pl
    from deltalake import DeltaTable

    from planwatch.settings import StoreSettings

log = logging.getLogger(__name__)

CDF_CONFIG = {"delta.enableChangeDataFeed": "true"}
MAX_COMMIT_ATTEMPTS = 5
AWS_ENV_KEYS = (
    "AWS_ENDPOINT_URL",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_ALLOW_HTTP",
    "AWS_S3_ALLOW_UNSAFE_RENAME",
)


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
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


class Warehouse(ObjectFiles):
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
            from planwatch.redact import register_secrets

            register_secrets([json.dumps(opts)])  # keys taken from the environment are secrets too
        self.storage_options = opts
        self._cache: dict[tuple[int, str], DeltaTable] = {}
        self._evolved: set[str] = set()  # tables checked against the contract's columns

    @classmethod
    def open(cls, store: StoreSettings) -> Warehouse:
        """From the settings' `store` group (`--warehouse`, `--storage-options`)."""
        return cls(store.root, store.storage_options or None)

    def __repr__(self) -> str:  # never print storage options (secrets)
        return f"Warehouse({self.root!r})"

    @property
    def remote(self) -> bool:
        return is_remote(self.root)

    def uri(self, table: str) -> str:
        contract.table(table)
        return f"{self.root}/{table}"

    def _opts(self) -> dict[str, str] | None:
        return self.storage_options or None

    # --- tables --------------------------------------------------------------------------
    def delta(self, table: str, version: int | None = None) -> DeltaTable | None:
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

    def _fresh(self, table: str) -> DeltaTable | None:
        """A private handle (safe to move to another version)."""
        from deltalake import DeltaTable
        from deltalake.exceptions import TableNotFoundError

        try:
            return DeltaTable(self.uri(table), storage_options=self._opts())
        except TableNotFoundError:
            return None

    def ensure(self, table: str) -> DeltaTable:
        """Open the table, creating it (empty, contract schema, change data feed on) if needed."""
        from deltalake import DeltaTable

        dt = self.delta(table)
        if dt is not None:
            return self._evolve(table, dt)
        t = contract.table(table)
        try:
            return DeltaTable.create(
                self.uri(table),
                t.schema,
                mode="ignore",
                name=table,
                description=t.description,
                configuration=CDF_CONFIG,
                storage_options=self._opts(),
            )
        except Exception as exc:  # a concurrent creator won; open what it made
            dt = self.delta(table)
            if dt is None:
                raise WarehouseError(f"cannot create table {table} at {self.uri(table)}: {exc}") from exc
            return dt

    def _evolve(self, table: str, dt: DeltaTable) -> DeltaTable:
        """Add the contract's new (nullable) columns to a table made by an older planwatch, so a
        warehouse follows the contract without a migration step; older versions read them as null."""
        if table in self._evolved:
            return dt
        have = {f.name for f in dt.schema().fields}
        missing = [f for f in contract.table(table).schema if f.name not in have]
        if missing:
            import pyarrow as pa
            from deltalake.schema import Schema

            with self.writer_lock():
                dt.update_incremental()
                have = {f.name for f in dt.schema().fields}
                missing = [f for f in missing if f.name not in have]
                if missing:
                    log.info("%s: adding columns %s (contract)", table, [f.name for f in missing])
                    dt.alter.add_columns(list(Schema.from_arrow(pa.schema(missing)).fields))
        self._evolved.add(table)
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
    def _to_polars(
        self,
        table: str,
        dt: DeltaTable | None,
        filter_expr: Any = None,
        columns: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> pl.DataFrame:
        """Read a Delta table (at its loaded version) as polars in contract schema.

        `filter_expr` is a polars expression (pushed down by polars' Delta scan) or a pyarrow
        compute expression (applied in memory: pyarrow's dataset pushdown fails on the string_view
        Parquet files delta-rs writes). `columns`: only these, in this order (pushed down too: a
        run report reads a few columns of `documents`, never every page's text). `limit`: the
        first rows only (with a polars filter, the scan stops there).
        """
        import polars as pl

        spec = contract.table(table)
        names = spec.column_names if columns is None else list(columns)
        unknown = set(names) - set(spec.column_names)
        if unknown:
            raise SchemaError(f"{table}: unknown columns {sorted(unknown)}")
        if dt is None:
            return spec.empty().select(names)
        lf = pl.scan_delta(dt)
        if isinstance(filter_expr, pl.Expr):
            lf = lf.filter(filter_expr)
            filter_expr = None
        if columns is not None and filter_expr is None:
            lf = lf.select(c for c in names if c in lf.collect_schema().names())
        if limit is not None and filter_expr is None:
            lf = lf.head(limit)
        frame = lf.collect()
        if filter_expr is not None:
            arrow = frame.to_arrow()
            frame = cast(pl.DataFrame, pl.from_arrow(arrow.filter(filter_expr)))
            frame = frame if limit is None else frame.head(limit)
        return spec.select(frame, names)

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

    def read(
        self,
        table: str,
        as_of: Any = None,
        *,
        filter: Any = None,
        columns: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> pl.DataFrame:
        """The table as polars: current state, or as of a run id / Delta version / timestamp.

        A run id gives the versions that run recorded for every table: a consistent snapshot.
        `filter`: a polars expression (pushed down into the scan) or a `pyarrow.compute` expression.
        `columns`: only these columns; `limit`: the first rows only (both pushed into the scan).
        """
        contract.table(table)
        dt = self.delta(table) if as_of is None else self.delta_as_of(table, as_of)
        return self._to_polars(table, dt, filter, columns, limit)

    def delta_as_of(self, table: str, as_of: Any) -> DeltaTable | None:
        """The Delta table as of a run id / version / timestamp (latest for None); None when it
        did not exist then. Used by `read` and by the SQL layer (`warehouse.sql`)."""
        if as_of is None:
            return self.delta(table)
        target = self.resolve_as_of(table, as_of)
        if target is None:
            return None
        dt = self._fresh(table)
        if dt is None:
            return None
        if isinstance(target, datetime):
            target = self._version_at(dt, target)
            if target is None:
                return None
        try:
            dt.load_as_version(target)
        except Exception as exc:
            raise AsOfError(f"{table}: no state as of {as_of!r} ({exc})") from exc
        return dt

    @staticmethod
    def _version_at(dt: DeltaTable, ts: datetime) -> int | None:
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

    def history(self, limit: int | None = 20) -> pl.DataFrame:
        """The runs table, newest first."""
        frame = self.read("runs").sort(["started_at", "run_id"], descending=True, nulls_last=True)
        return frame.head(limit) if limit else frame

    def changes(self, table: str, version: int) -> pl.DataFrame:
        """Rows the commit `version` inserted, updated or deleted (change data feed)."""
        import polars as pl

        dt = self.delta(table)
        if dt is None:
            return contract.empty(table).with_columns(pl.lit("", dtype=pl.Utf8).alias("_change_type"))
        import pyarrow as pa

        reader = dt.load_cdf(starting_version=version, ending_version=version)
        return cast(pl.DataFrame, pl.from_arrow(pa.table(reader.read_all())))

    # --- writing -------------------------------------------------------------------------
    def merge_rows(
        self,
        table: str,
        frame: pl.DataFrame,
        *,
        run_id: str | None = None,
        replace_doc_ids: list[str] | None = None,
        lock: bool = True,
    ) -> MergeCounts:
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
                    return merge_once(
                        self._to_polars, dt, table, frame, run_id, replace_doc_ids, append_ok=lock
                    )
                except CommitFailedError as exc:
                    if attempt == MAX_COMMIT_ATTEMPTS:
                        raise WarehouseError(f"{table}: commit failed {attempt} times: {exc}") from exc
                    log.warning("%s: commit conflict (attempt %d), reloading: %s", table, attempt, exc)
                    time.sleep(0.1 * attempt)
        raise AssertionError("unreachable")
