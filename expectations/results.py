"""The results of one validation as it runs: `dq_results` rows, sources failed at table level,
and the rows that failed a row-level check (what the quarantine is built from)."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from expectations import suites as S

# (expectation type, column, reason) of one failed row-level check
RowFailure = tuple[str, str, str]


def jsonable(v: Any) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        return str(v)
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if hasattr(v, "tolist"):
        return v.tolist()
    if hasattr(v, "item"):
        return v.item()
    return v


def details(result: Any, check: S.Check) -> str:
    out: dict[str, Any] = {"reason": check.reason, "level": check.level}
    kw = {k: v for k, v in check.expectation.configuration.kwargs.items() if k != "value_set" or len(v) <= 20}
    out["kwargs"] = kw
    if result is not None:
        r = result.result or {}
        for k in ("observed_value", "partial_unexpected_list", "unexpected_percent"):
            if k in r:
                out[k] = r[k][:20] if isinstance(r[k], list) else r[k]
        exc = result.exception_info or {}
        if exc.get("raised_exception"):
            out["exception"] = str(exc.get("exception_message"))[:500]
    return json.dumps(out, ensure_ascii=False, default=lambda v: str(jsonable(v)))


def row_key(row: dict, key: tuple[str, ...], row_no: int) -> str:
    parts = [row.get(k) for k in key]
    if any(p is None for p in parts):
        return f"<null key>#{row_no}"
    return "|".join(str(p) for p in parts)


@dataclass
class Results:
    run_id: str
    at: datetime
    dq_rows: list[dict[str, Any]] = field(default_factory=list)
    failed: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    row_fail: dict[str, dict[int, list[RowFailure]]] = field(default_factory=dict)

    def dq(
        self,
        table: str,
        source_id: str,
        expectation: str,
        column: str,
        level: str,
        success: bool,
        element_count: int | None,
        unexpected_count: int | None,
        details: str,
    ) -> None:
        """One `dq_results` row."""
        self.dq_rows.append(
            {
                "run_id": self.run_id,
                "table_name": table,
                "source_id": source_id,
                "expectation": expectation,
                "column": column,
                "level": level,
                "success": bool(success),
                "element_count": element_count,
                "unexpected_count": unexpected_count,
                "details": details,
                "validated_at": self.at,
            }
        )

    def fail_sources(self, sources: list[str], why: str) -> None:
        for sid in sources:
            self.failed[sid].append(why)

    def fail_row(self, table: str, row: int, failure: RowFailure) -> None:
        self.row_fail.setdefault(table, defaultdict(list))[row].append(failure)
