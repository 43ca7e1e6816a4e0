"""One keyed MERGE of rows into one Delta table, committing only what changed.

The difference against the current state is computed first (hashes of the compared columns);
when nothing differs there is no commit and no new version. New keys only (checked under the
writer lock) are a plain append, so a night's cost does not grow with the table's history.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warehouse import contract

if TYPE_CHECKING:
    from collections.abc import Callable

    import polars as pl
    from deltalake import DeltaTable

    # reads the table's current rows matching a filter, in contract schema
    Reader = Callable[[str, DeltaTable, pl.Expr], pl.DataFrame]

log = logging.getLogger(__name__)

RUN_ID_META = "planwatch.run_id"
# Columns that do not make a row "changed": bookkeeping of when it was seen, not what it says.
VOLATILE_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("fetched_at", "first_seen_at"),
}
# Columns an update never overwrites (the first value wins).
KEEP_ON_UPDATE: dict[str, tuple[str, ...]] = {
    "documents": ("first_seen_at",),
}


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
        return {
            "inserted": self.inserted,
            "updated": self.updated,
            "deleted": self.deleted,
            "noop": self.noop,
        }


@dataclass
class _Diff:
    """What a MERGE would change: keys to insert, to update, to delete, and unchanged rows."""

    frame: pl.DataFrame  # the incoming rows, one per key
    inserts: pl.DataFrame
    updates: pl.DataFrame
    gone: pl.DataFrame
    noop: int


def _diff(
    read: Reader, dt: DeltaTable, table: str, frame: pl.DataFrame, replace_doc_ids: list[str] | None
) -> _Diff:
    import polars as pl

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
    current = read(table, dt, flt) if (frame.height or replace_doc_ids) else contract.empty(table)

    h_new = frame.select(*key, pl.struct(compare).hash(seed=7).alias("_h"))
    h_cur = current.select(*key, pl.struct(compare).hash(seed=7).alias("_h_cur"))
    joined = h_new.join(h_cur, on=key, how="left", nulls_equal=True)
    is_new = pl.col("_h_cur").is_null()
    gone = current.head(0).select(key)
    if replace_doc_ids:
        gone = (
            current.filter(pl.col("doc_id").is_in(list(set(replace_doc_ids))))
            .join(frame.select(key), on=key, how="anti", nulls_equal=True)
            .select(key)
        )
    return _Diff(
        frame=frame,
        inserts=joined.filter(is_new).select(key),
        updates=joined.filter(~is_new & (pl.col("_h") != pl.col("_h_cur"))).select(key),
        gone=gone,
        noop=joined.filter(~is_new & (pl.col("_h") == pl.col("_h_cur"))).height,
    )


def _keys(frame: pl.DataFrame, key: list[str]) -> list:
    return frame.rows() if len(key) > 1 else frame.get_column(key[0]).to_list()


def merge_once(
    read: Reader,
    dt: DeltaTable,
    table: str,
    frame: pl.DataFrame,
    run_id: str | None,
    replace_doc_ids: list[str] | None,
    *,
    append_ok: bool = True,
) -> MergeCounts:
    # Long function: append or MERGE, and the engine metrics, as one commit.
    """One attempt at the keyed MERGE (the caller retries a conflicting commit)."""
    import polars as pl
    from deltalake import CommitProperties

    t = contract.table(table)
    key = list(t.key)
    d = _diff(read, dt, table, frame, replace_doc_ids)
    counts = MergeCounts(
        inserted=d.inserts.height,
        updated=d.updates.height,
        deleted=d.gone.height,
        noop=d.noop,
        inserted_keys=_keys(d.inserts, key),
        updated_keys=_keys(d.updates, key),
    )
    if not (d.inserts.height or d.updates.height or d.gone.height):
        return counts  # nothing changed: no commit, no new version

    upserts = d.frame.join(pl.concat([d.inserts, d.updates]), on=key, how="semi", nulls_equal=True)
    meta = {RUN_ID_META: run_id} if run_id else None
    props = CommitProperties(custom_metadata=meta) if meta else None
    if append_ok and not d.updates.height and not d.gone.height:
        # only new keys (checked against the current state above, under the writer lock): a plain
        # append commits without scanning the target, so a night's cost does not grow with history.
        # Without the lock a concurrent append of the same key would not conflict: MERGE instead.
        from deltalake import write_deltalake

        write_deltalake(dt, upserts.to_arrow().cast(t.schema), mode="append", commit_properties=props)
        counts.version = dt.version()
        return counts
    source = pl.concat(
        [
            upserts.with_columns(pl.lit("upsert").alias("_op")),
            contract.conform(table, d.gone).with_columns(pl.lit("delete").alias("_op")),
        ],
        how="vertical",
    )
    predicate = " AND ".join(f"t.{_q(k)} = s.{_q(k)}" for k in key)
    keep = KEEP_ON_UPDATE.get(table, ())
    set_cols = {_q(c): f"s.{_q(c)}" for c in t.column_names if c not in keep}
    ins_cols = {_q(c): f"s.{_q(c)}" for c in t.column_names}
    metrics = (
        dt.merge(source.to_arrow(), predicate, source_alias="s", target_alias="t", commit_properties=props)
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
