"""Splitting a validated run into the rows that pass and the quarantine, cascading as the
validation module says (a failing document takes its children, a failing task or task unit
takes its whole document, a failing target only itself)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from expectations.results import Results, row_key
from warehouse import contract
from warehouse.contract import CONTENT_TABLES

if TYPE_CHECKING:
    import polars as pl

# a child row quarantined because its document was
PARENT_QUARANTINED = "document_quarantined"
CHILD_QUARANTINED = "child_rows_quarantined"


class _Quarantine:
    """Quarantine rows by (table, row key, expectation): a row failing one expectation on two
    columns is one row naming both."""

    def __init__(self, out: Results) -> None:
        self.out = out
        self.rows: dict[tuple[str, str, str], dict[str, Any]] = {}

    def add(self, n: str, row: dict[str, Any], expectation: str, column: str, reason: str) -> None:
        t = contract.table(n)
        rk = row_key(row, t.key, row["_row"])
        k = (n, rk, expectation)
        if k in self.rows:
            entry = self.rows[k]
            if column and column not in entry["column"].split(","):
                entry["column"] = ",".join(filter(None, [entry["column"], column]))
            if reason not in entry["reason"]:
                entry["reason"] += "; " + reason
            return
        clean = {c: row.get(c) for c in t.column_names}
        self.rows[k] = {
            "run_id": self.out.run_id,
            "table_name": n,
            "row_key": rk,
            "doc_id": row.get("doc_id"),
            "source_id": row.get("_source_id"),
            "expectation": expectation,
            "column": column or "",
            "reason": reason,
            "row_json": json.dumps(clean, ensure_ascii=False, default=str),
            "quarantined_at": self.out.at,
        }

    def frame(self) -> pl.DataFrame:
        return (
            contract.conform("quarantine", list(self.rows.values()))
            if self.rows
            else contract.empty("quarantine")
        )


def _failed_rows(v: dict[str, pl.DataFrame], out: Results, q: _Quarantine) -> dict[str, str]:
    """Quarantine every row that failed a row-level check; the documents that go with them."""
    failed_set = set(out.failed)
    bad_docs: dict[str, str] = {}
    for n in CONTENT_TABLES:
        fails_of = out.row_fail.get(n, {})
        rows = v[n].to_dicts() if fails_of else []
        for r, fails in fails_of.items():
            row = rows[r]
            if row.get("_source_id") in failed_set:
                continue  # the whole source is not loaded anyway
            for exp, col, reason in fails:
                q.add(n, row, exp, col, reason)
            if n in ("documents", "tasks", "task_units") and row.get("doc_id") is not None:
                bad_docs.setdefault(
                    row["doc_id"], f"{n} row {row_key(row, contract.table(n).key, r)}: {fails[0][2]}"
                )
    return bad_docs


def _cascade(
    v: dict[str, pl.DataFrame], out: Results, q: _Quarantine, bad_docs: dict[str, str]
) -> dict[str, set[int]]:
    """The other rows of quarantined documents go too (children are replaced as a set)."""
    import polars as pl

    failed_set = set(out.failed)
    drop_rows: dict[str, set[int]] = {n: set(out.row_fail.get(n, {})) for n in CONTENT_TABLES}
    if not bad_docs:
        return drop_rows
    for n in CONTENT_TABLES:
        f = v[n].filter(
            pl.col("doc_id").is_in(list(bad_docs)) & ~pl.col("_source_id").is_in(list(failed_set))
        )
        for row in f.to_dicts():
            if row["_row"] in out.row_fail.get(n, {}):
                continue
            why = bad_docs[row["doc_id"]]
            if n == "documents":
                q.add(n, row, CHILD_QUARANTINED, "", f"a row of this document failed: {why}")
            else:
                q.add(n, row, PARENT_QUARANTINED, "doc_id", f"its document was quarantined: {why}")
            drop_rows[n].add(row["_row"])
    return drop_rows


def split_passed(v: dict[str, pl.DataFrame], out: Results) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """Split rows into passed tables and quarantine rows (cascading as the module doc says)."""
    import polars as pl

    q = _Quarantine(out)
    bad_docs = _failed_rows(v, out, q)
    drop_rows = _cascade(v, out, q, bad_docs)
    failed_set = list(set(out.failed))
    passed = {}
    for n in CONTENT_TABLES:
        f = v[n].filter(~pl.col("_source_id").is_in(failed_set))
        if drop_rows[n]:
            f = f.filter(~pl.col("_row").is_in(list(drop_rows[n])))
        if bad_docs:
            f = f.filter(~pl.col("doc_id").is_in(list(bad_docs)))
        passed[n] = contract.conform(n, f.select(contract.table(n).column_names))
    return passed, q.frame()
