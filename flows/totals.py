"""What a run's chunks add up to (`flows.loading`): the run's `runs` row, report and Data Docs
count every chunk, though no chunk's rows are kept once it is loaded.

Kept per run, small whatever the number of documents: counts per table and per source, the
doc ids the load found new / changed / unchanged (the run report lists them), the run-wide
expectation results combined over the chunks, the sources validation failed, and a tally of
the targets the indicator catalogue did not code.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from flows.report_data import TOP_UNCODED
from load.result import LoadResult

if TYPE_CHECKING:
    import polars as pl


@dataclass
class RunTotals:
    result: LoadResult = field(default_factory=LoadResult)
    source_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    n_pages: int = 0  # `pages` rows loaded
    enqueued: int = 0  # alerts the chunks wrote to the outbox
    chunks: int = 0
    passed_rows: Counter[str] = field(default_factory=Counter)  # rows that passed validation, by table
    validation_failures: dict[str, list[str]] = field(default_factory=dict)
    run_wide_dq: dict[tuple[str, ...], dict[str, Any]] = field(default_factory=dict)
    targets: int = 0
    uncoded: int = 0
    uncoded_phrases: Counter[tuple[str, str | None]] = field(default_factory=Counter)
    previous_counts: dict[str, dict[str, int]] | None = None  # for the collapse checks (reparse)

    def combine_dq(self, dq: pl.DataFrame) -> pl.DataFrame:
        """A chunk's `dq_results` with its run-wide rows (source '') replaced by those rows
        combined with every earlier chunk's: rows checked and unexpected added up, success only
        when it held in every chunk. The MERGE then leaves the whole run's figures."""
        import polars as pl

        from warehouse.contract import conform, table

        if dq.height == 0:
            return dq
        key = list(table("dq_results").key)
        combined = []
        for row in dq.filter(pl.col("source_id") == "").iter_rows(named=True):
            k = tuple(str(row[c]) for c in key)
            seen = self.run_wide_dq.get(k)
            if seen is not None:
                row = {
                    **row,
                    "success": bool(seen["success"] and row["success"]),
                    "element_count": _add(seen["element_count"], row["element_count"]),
                    "unexpected_count": _add(seen["unexpected_count"], row["unexpected_count"]),
                    "details": row["details"] if not row["success"] or seen["success"] else seen["details"],
                }
            self.run_wide_dq[k] = row
            combined.append(row)
        if not combined:
            return dq
        return pl.concat([dq.filter(pl.col("source_id") != ""), conform("dq_results", combined)])

    def count_targets(self, targets: pl.DataFrame) -> None:
        import polars as pl

        self.targets += targets.height
        if targets.height == 0 or "indicator_code" not in targets.columns:
            self.uncoded += targets.height
            return
        uncoded = targets.filter(pl.col("indicator_code").is_null())
        self.uncoded += uncoded.height
        named = uncoded.filter(pl.col("indicator").is_not_null())
        for indicator, unit, n in named.group_by("indicator", "unit").len().iter_rows():
            self.uncoded_phrases[(indicator, unit)] += n

    def indicators(self) -> dict[str, Any]:
        """As `flows.report_data.indicator_summary` says it for the run's targets."""
        from transform.indicator_codes import version

        top = sorted(self.uncoded_phrases.items(), key=lambda kv: (-kv[1], kv[0][0]))[:TOP_UNCODED]
        return {
            "catalogue_version": version(),
            "targets": self.targets,
            "uncoded": self.uncoded,
            "top_uncoded": [{"indicator": i, "unit": u, "n": n} for (i, u), n in top],
        }


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None and b is None else (a or 0) + (b or 0)
