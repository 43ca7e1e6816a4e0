"""SQL over the warehouse: DuckDB with every table registered, current or as of a run.

DuckDB cannot fetch its `delta` extension offline, so each Delta table is registered as an
Arrow dataset (`DeltaTable.to_pyarrow_dataset()`: read lazily, filters pushed down) under
`_delta_<table>`, and the table's name is a view over it in contract order: a column the
contract has but an older table lacks reads as NULL, a column the table has beyond the contract
is kept. A table that does not exist yet is an empty view with the contract's columns.

Two convenience views join the content tables for analysts:
- `targets_wide`: one row per target with its document (county, title, publish date, plan
  years, URL), its task (title, section, deadline), the lead and participating units (as
  printed and canonical) and the indicator catalogue code and group;
- `plans`: one row per plan (is_plan documents) with its counts of tasks, targets, coded
  targets, distinct indicators and lead departments. A short 印发 notice without tasks whose
  plan is a page of its own with tasks (`documents.plan_pages`) is no row of its own: the plan
  page's row carries it (`notice_title`, `notice_url`, `notice_doc_number`), as its alert does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyarrow as pa

from warehouse import contract
from warehouse.exceptions import AsOfError, QueryError

if TYPE_CHECKING:
    import duckdb
    import polars as pl

    from warehouse.store import Warehouse

VIEWS = ("targets_wide", "plans")
OPTIONAL_TASK_COLUMNS = ("deadline", "deadline_text")  # from the extraction contract, when present


def _duck_type(t: pa.DataType) -> str:
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return _duck_type(t.value_type) + "[]"
    for check, name in (
        (pa.types.is_boolean, "BOOLEAN"),
        (pa.types.is_int32, "INTEGER"),
        (pa.types.is_integer, "BIGINT"),
        (pa.types.is_floating, "DOUBLE"),
        (pa.types.is_date, "DATE"),
        (pa.types.is_timestamp, "TIMESTAMPTZ"),
    ):
        if check(t):
            return name
    return "VARCHAR"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _register(con: duckdb.DuckDBPyConnection, wh: Warehouse, name: str, as_of: Any) -> list[str]:
    """Register one table as `_delta_<name>` and the view `<name>`; returns the view's columns.

    A table with no state at `as_of` (a Delta version it never reached) becomes a view that
    fails with that reason when a query reads it, so queries of the other tables still run.
    """
    schema = contract.table(name).schema
    try:
        dt = wh.delta_as_of(name, as_of)
    except AsOfError as exc:
        nulls = ", ".join(f"CAST(NULL AS {_duck_type(f.type)}) AS {_quote(f.name)}" for f in schema)
        reason = str(exc).replace("'", "''")
        con.execute(f"CREATE OR REPLACE VIEW {_quote(name)} AS SELECT {nulls} WHERE error('{reason}')")
        return list(schema.names)
    source: Any = schema.empty_table() if dt is None else dt.to_pyarrow_dataset()
    raw = f"_delta_{name}"
    con.register(raw, source)
    have = set(source.schema.names)
    cols = [
        _quote(f.name) if f.name in have else f"CAST(NULL AS {_duck_type(f.type)}) AS {_quote(f.name)}"
        for f in schema
    ]
    extra = [n for n in source.schema.names if n not in set(schema.names)]
    cols += [_quote(n) for n in extra]
    con.execute(f"CREATE OR REPLACE VIEW {_quote(name)} AS SELECT {', '.join(cols)} FROM {raw}")
    return [*schema.names, *extra]


def _targets_wide(task_cols: list[str]) -> str:
    optional = ",\n  ".join(
        f"k.{c}" if c in task_cols else f"CAST(NULL AS {'DATE' if c == 'deadline' else 'VARCHAR'}) AS {c}"
        for c in OPTIONAL_TASK_COLUMNS
    )
    return f"""
CREATE OR REPLACE VIEW targets_wide AS
WITH units AS (
  SELECT task_id,
    list_sort(list_distinct(list(canonical) FILTER (WHERE role = 'lead'))) AS lead_canonical,
    list_sort(list_distinct(list(canonical) FILTER (WHERE role = 'participating'))) AS participating_canonical
  FROM task_units GROUP BY task_id)
SELECT
  t.target_id, t.doc_id, d.source_id, d.county, d.title AS doc_title, d.plan_title, d.issuer,
  d.publish_date, d.plan_start_year, d.plan_end_year, d.source AS url, d.is_plan,
  t.task_id, k.section, k.title AS task_title,
  k.lead_units, k.participating_units, u.lead_canonical, u.participating_canonical,
  {optional},
  t.seq, t.indicator, t.indicator_code, t.indicator_group, t.value, t.unit, t.comparator,
  t.change, t.year, t.baseline_year, t.value_std, t.unit_std, t.ambiguous, t.restates, t.text
FROM targets t
JOIN documents d ON d.doc_id = t.doc_id
LEFT JOIN tasks k ON k.task_id = t.task_id
LEFT JOIN units u ON u.task_id = t.task_id
"""


def _plans(task_cols: list[str]) -> str:
    deadlines = (
        "min(deadline) AS first_deadline, max(deadline) AS last_deadline"
        if "deadline" in task_cols
        else "CAST(NULL AS DATE) AS first_deadline, CAST(NULL AS DATE) AS last_deadline"
    )
    return f"""
CREATE OR REPLACE VIEW plans AS
WITH tk AS (SELECT doc_id, count(*) AS tasks, {deadlines} FROM tasks GROUP BY doc_id),
tg AS (SELECT doc_id, count(*) AS targets, count(indicator_code) AS targets_coded,
              count(DISTINCT indicator_code) AS indicators
       FROM targets GROUP BY doc_id),
un AS (SELECT doc_id, count(DISTINCT coalesce(canonical, unit)) AS lead_units
       FROM task_units WHERE role = 'lead' GROUP BY doc_id),
{_LINKED}
SELECT
  d.doc_id, d.source_id, d.county, d.title, d.plan_title, d.issuer, d.doc_number,
  d.publish_date, d.plan_start_year, d.plan_end_year,
  coalesce(tk.tasks, 0) AS n_tasks, coalesce(tg.targets, 0) AS n_targets,
  coalesce(tg.targets_coded, 0) AS n_targets_coded, coalesce(tg.indicators, 0) AS n_indicators,
  coalesce(un.lead_units, 0) AS n_lead_units, tk.first_deadline, tk.last_deadline,
  d.source AS url, d.first_seen_at, nt.notice_title, nt.notice_url, nt.notice_doc_number
FROM documents d
LEFT JOIN tk ON tk.doc_id = d.doc_id
LEFT JOIN tg ON tg.doc_id = d.doc_id
LEFT JOIN un ON un.doc_id = d.doc_id
LEFT JOIN nt ON nt.page_id = d.doc_id
WHERE d.is_plan AND d.doc_id NOT IN (SELECT notice_id FROM lk)
"""


# The notices folded into the plan page they link (`lk`: a notice without tasks, a linked page
# with tasks, so no page is ever folded away itself) and, per plan page, its earliest notice (`nt`).
_LINKED = """lk AS (SELECT x.doc_id AS notice_id, p.doc_id AS page_id
       FROM (SELECT doc_id, n_tasks, unnest(plan_pages) AS url FROM documents WHERE is_plan) x
       JOIN documents p ON p.source = x.url AND p.is_plan AND p.n_tasks > 0 AND p.doc_id <> x.doc_id
       WHERE x.n_tasks = 0),
nt AS (SELECT lk.page_id,
              arg_min(n.title, (n.publish_date, n.doc_id)) AS notice_title,
              arg_min(n.source, (n.publish_date, n.doc_id)) AS notice_url,
              arg_min(n.doc_number, (n.publish_date, n.doc_id)) AS notice_doc_number
       FROM lk JOIN documents n ON n.doc_id = lk.notice_id GROUP BY lk.page_id)"""


def connect(wh: Warehouse, as_of: Any = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with every table and the convenience views registered.

    `as_of` has the warehouse's meaning (`Warehouse.read`): a run id reads the versions that run
    recorded for every table (one consistent snapshot), a number a Delta version, an ISO
    timestamp the last version committed by then.
    """
    import duckdb

    con = duckdb.connect(":memory:")
    columns = {name: _register(con, wh, name, as_of) for name in contract.TABLES}
    con.execute(_targets_wide(columns["tasks"]))
    con.execute(_plans(columns["tasks"]))
    return con


def linked_notices(wh: Warehouse, as_of: Any = None) -> pl.DataFrame:
    """The 印发 notices the `plans` view folds into the plan page they link, by the view's own
    rule (`_LINKED`): `notice_id`, `page_id`, and per plan page its earliest notice's
    `notice_title`. For readers that list plans outside SQL (the run report), so that a notice
    and its plan page are one plan there too. Only `documents` is read."""
    import duckdb

    con = duckdb.connect(":memory:")
    try:
        _register(con, wh, "documents", as_of)
        return con.sql(
            f"WITH {_LINKED} SELECT lk.notice_id, lk.page_id, nt.notice_title "
            "FROM lk JOIN nt ON nt.page_id = lk.page_id ORDER BY lk.notice_id, lk.page_id"
        ).pl()
    finally:
        con.close()


def folded_notices(documents: pl.DataFrame) -> set[str]:
    """The `doc_id`s of the 印发 notices among `documents` (rows of the documents table, such as a
    run's own before they are stored) that the `plans` view folds into a plan page among them:
    the view's own rule (`_LINKED`), for counts taken outside the warehouse."""
    import duckdb

    schema = contract.table("documents").schema
    have = documents.select([c for c in documents.columns if c in _LINKED_COLUMNS]).to_arrow()
    table = pa.table(
        {
            f.name: have.column(f.name) if f.name in have.column_names else pa.nulls(have.num_rows, f.type)
            for f in schema
            if f.name in _LINKED_COLUMNS
        }
    )
    con = duckdb.connect(":memory:")
    try:
        con.register("documents", table)
        rows = con.sql(f"WITH {_LINKED} SELECT DISTINCT notice_id FROM lk").fetchall()
        return {r[0] for r in rows}
    finally:
        con.close()


# the documents columns `_LINKED` reads
_LINKED_COLUMNS = frozenset(
    {"doc_id", "source", "is_plan", "n_tasks", "plan_pages", "title", "publish_date", "doc_number"}
)


def query(wh: Warehouse, sql: str, as_of: Any = None) -> pl.DataFrame:
    """Run one SQL statement against the warehouse; the result as polars.

    A syntax error, an unknown table or column, or a failing cast is a `QueryError` whose
    message is DuckDB's first line (it names the problem and where).
    """
    import duckdb

    con = connect(wh, as_of)
    try:
        rel = con.sql(sql)
        if rel is None:
            raise QueryError("the statement returned no rows (only queries are supported)")
        return rel.pl()
    except duckdb.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(f"sql: {first}") from None
    finally:
        con.close()


def describe(wh: Warehouse) -> dict[str, list[tuple[str, str]]]:
    """Every table and view with its columns and DuckDB types (for `planwatch sql` with no query)."""
    con = connect(wh)
    try:
        out = {}
        for name in (*contract.TABLES, *VIEWS):
            rows = con.execute(f"DESCRIBE {_quote(name)}").fetchall()
            out[name] = [(r[0], r[1]) for r in rows]
        return out
    finally:
        con.close()
