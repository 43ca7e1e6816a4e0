"""The expectation suites, one per table, as code.

Each suite is a list of `Check`s: a Great Expectations expectation plus what a failure means —
`level="row"` (the failing rows go to quarantine), `level="table"` (the source is not loaded) or
`level="flag"` (the rows are loaded; the failure is recorded in `dq_results` and Data Docs so
someone looks) — and a reason a person can read. Values that depend on the run (today's date, the run's doc ids,
the previous run's counts) are parameters, so the suites stay plain functions.

Helper columns the validation step adds to the pandas frame before validating:
`_row` (row number, used to find failing rows), `_source_id` (the document's source),
`_plan_start_year` (targets: the document's plan_start_year),
`_plan_has_tasks` (documents: false for an `is_plan` document without tasks in this run).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from warehouse import contract

YEAR_MIN, YEAR_MAX = 1949, 2100
VALUE_MAX = 1e18  # a finite ceiling: catches inf
COLLAPSE_RATIO = 0.5  # fewer than half of last run's rows for a source ...
COLLAPSE_MIN_PREVIOUS = 5  # ... that had at least this many → table-level failure
HELPER_COLUMNS = {
    "documents": ("_row", "_source_id", "_plan_has_tasks"),
    "tasks": ("_row", "_source_id"),
    "task_units": ("_row", "_source_id"),
    "targets": ("_row", "_source_id", "_plan_start_year"),
    "attachments": ("_row", "_source_id"),
}


@dataclass(frozen=True)
class Check:
    expectation: Any  # a great_expectations.expectations.Expectation
    level: str  # "row" | "table" | "flag"
    reason: str

    @property
    def type(self) -> str:
        return self.expectation.expectation_type

    @property
    def column(self) -> str:
        kw = self.expectation.configuration.kwargs
        if "column" in kw:
            return str(kw["column"])
        for a, b in (("column_A", "column_B"),):
            if a in kw:
                return f"{kw[a]},{kw[b]}"
        if (
            "column_list" in kw
            and self.expectation.expectation_type != "expect_table_columns_to_match_ordered_list"
        ):
            return ",".join(kw["column_list"])
        return ""


def _gxe():
    import great_expectations.expectations as gxe

    return gxe


def _key_checks(table: str) -> list[Check]:
    gxe = _gxe()
    key = list(contract.table(table).key)
    checks = [
        Check(gxe.ExpectColumnValuesToNotBeNull(column=k), "row", f"key column {k} is empty") for k in key
    ]
    if len(key) == 1:
        checks.append(
            Check(
                gxe.ExpectColumnValuesToBeUnique(column=key[0]), "row", f"{key[0]} is not unique in this run"
            )
        )
    else:
        checks.append(
            Check(
                gxe.ExpectCompoundColumnsToBeUnique(column_list=key),
                "row",
                f"({', '.join(key)}) is not unique in this run",
            )
        )
    return checks


def _schema_check(table: str) -> Check:
    gxe = _gxe()
    cols = [*contract.table(table).column_names, *HELPER_COLUMNS[table]]
    return Check(
        gxe.ExpectTableColumnsToMatchOrderedList(column_list=cols),
        "table",
        f"{table} columns differ from the table contract",
    )


def _not_null(table: str) -> list[Check]:
    gxe = _gxe()
    key = set(contract.table(table).key)
    return [
        Check(gxe.ExpectColumnValuesToNotBeNull(column=c.name), "row", f"{c.name} is required")
        for c in contract.table(table).columns
        if not c.nullable and c.name not in key and c.type not in (contract.STR_LIST,)
    ]


def _table_checks(table: str) -> list[Check]:
    """What every content table is checked for: its columns, its key, its required columns."""
    return [_schema_check(table), *_key_checks(table), *_not_null(table)]


def _of_run_documents(table: str, doc_ids: list[str], row: str) -> list[Check]:
    """A table whose rows belong to a document: its `_table_checks`, and every row's doc_id is
    one of the run's documents (`row`: what one of its rows is called in the message)."""
    gxe = _gxe()
    return [
        *_table_checks(table),
        Check(
            gxe.ExpectColumnValuesToBeInSet(column="doc_id", value_set=doc_ids),
            "row",
            f"the {row}'s doc_id is not among the run's documents",
        ),
    ]


def _in_set(column: str, values: tuple[str, ...], message: str = "{column} not in {values}") -> Check:
    """Every value of `column` (nulls pass) is one of the contract's `values`."""
    return Check(
        _gxe().ExpectColumnValuesToBeInSet(column=column, value_set=list(values)),
        "row",
        message.format(column=column, values=list(values)),
    )


def _at_least(column: str, minimum: int) -> Check:
    return Check(
        _gxe().ExpectColumnValuesToBeBetween(column=column, min_value=minimum), "row", f"{column} < {minimum}"
    )


def _not_after(today: date, *cols: str) -> list[Check]:
    gxe = _gxe()
    return [
        Check(
            gxe.ExpectColumnValuesToBeBetween(column=c, max_value=today),
            "row",
            f"{c} is in the future (after {today.isoformat()})",
        )
        for c in cols
    ]


def _not_before(column: str, earlier: str, reason: str) -> Check:
    """`column` is at least `earlier` in every row holding both."""
    return Check(
        _gxe().ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=column, column_B=earlier, or_equal=True, ignore_row_if="either_value_is_missing"
        ),
        "row",
        reason,
    )


def _years(*cols: str) -> list[Check]:
    gxe = _gxe()
    return [
        Check(
            gxe.ExpectColumnValuesToBeBetween(column=c, min_value=YEAR_MIN, max_value=YEAR_MAX),
            "row",
            f"{c} outside {YEAR_MIN}–{YEAR_MAX}",
        )
        for c in cols
    ]


def documents_suite(*, today: date) -> list[Check]:
    gxe = _gxe()
    return [
        *_table_checks("documents"),
        *_not_after(today, "publish_date", "written_date"),
        *_years("plan_start_year", "plan_end_year"),
        _not_before("plan_end_year", "plan_start_year", "plan_end_year is before plan_start_year"),
        Check(
            gxe.ExpectColumnValuesToBeInSet(column="_plan_has_tasks", value_set=[True]),
            "flag",
            "an is_plan document has no task (attachment-only, or a layout the parser missed): kept and flagged",
        ),
        _at_least("n_tasks", 0),
        _at_least("n_targets", 0),
    ]


def tasks_suite(*, doc_ids: list[str]) -> list[Check]:
    return [
        *_of_run_documents("tasks", doc_ids, "task"),
        _at_least("seq", 1),
    ]


def task_units_suite(*, doc_ids: list[str]) -> list[Check]:
    return [
        *_of_run_documents("task_units", doc_ids, "unit"),
        _in_set("role", contract.UNIT_ROLES),
    ]


def targets_suite(*, doc_ids: list[str]) -> list[Check]:
    gxe = _gxe()
    return [
        *_of_run_documents("targets", doc_ids, "target"),
        _in_set("comparator", contract.COMPARATORS),
        _in_set("change", contract.CHANGES, "{column} not null and not in {values}"),
        Check(
            gxe.ExpectColumnValuesToBeBetween(column="value", min_value=0, max_value=VALUE_MAX),
            "row",
            "value is negative or not finite",
        ),
        *_years("year", "baseline_year"),
        _not_before("year", "_plan_start_year", "year is before the plan's start year"),
    ]


def attachments_suite(*, doc_ids: list[str]) -> list[Check]:
    gxe = _gxe()
    return [
        *_of_run_documents("attachments", doc_ids, "attachment"),
        _in_set("status", contract.ATTACHMENT_STATUSES),
        _at_least("chars", 0),
        Check(
            gxe.ExpectColumnValuesToBeInSet(column="status", value_set=["parsed"]),
            "flag",
            "an attached file gave no text (scanned, unsupported, too large or damaged): kept and flagged",
        ),
    ]


# (measure, table, kind): "rows" = rows of the table for the source; "per_plan" = rows per is_plan document
COLLAPSE_MEASURES = (
    ("documents_rows", "documents", "rows"),
    ("tasks_rows", "tasks", "rows"),
    ("task_units_rows", "task_units", "rows"),
    ("targets_rows", "targets", "rows"),
    ("tasks_per_plan", "tasks", "per_plan"),
    ("targets_per_plan", "targets", "per_plan"),
)


def source_counts_suite() -> list[Check]:
    """On a frame with one row per source: n_<measure> >= _min_<measure> (collapse vs the last run)."""
    gxe = _gxe()
    return [
        Check(
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=f"n_{m}", column_B=f"_min_{m}", or_equal=True
            ),
            "table",
            (
                f"{table} rows for the source fell below {COLLAPSE_RATIO:.0%} of the last run's"
                if kind == "rows"
                else f"{table} per plan document fell below {COLLAPSE_RATIO:.0%} of the last run's"
            )
            + " (parser or crawler regression?)",
        )
        for m, table, kind in COLLAPSE_MEASURES
    ]


def suites(*, today: date, doc_ids: list[str]) -> dict[str, list[Check]]:
    """Every content table's suite for one run."""
    return {
        "documents": documents_suite(today=today),
        "tasks": tasks_suite(doc_ids=doc_ids),
        "task_units": task_units_suite(doc_ids=doc_ids),
        "targets": targets_suite(doc_ids=doc_ids),
        "attachments": attachments_suite(doc_ids=doc_ids),
    }
