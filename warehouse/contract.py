"""The table contract: one place for every table's columns, types, keys and meaning.

Every writer and test uses these schemas; the README's data dictionary is generated from them
(`planwatch docs dictionary`, checked by tests/test_docs_readme.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import pyarrow as pa

from warehouse.exceptions import SchemaError, UnknownTable

if TYPE_CHECKING:
    import polars as pl

STR = pa.string()
INT = pa.int64()
I32 = pa.int32()
F64 = pa.float64()
BOOL = pa.bool_()
DATE = pa.date32()
TS = pa.timestamp("us", tz="UTC")
STR_LIST = pa.list_(pa.string())

COMPARATORS = (">=", ">", "<=", "<", "~", "=")
CHANGES = ("increase", "decrease")
UNIT_ROLES = ("lead", "participating")
ALERT_STATUSES = ("pending", "sent", "failed", "suppressed")
PAGE_OUTCOMES = ("ok", "not_modified", "error", "blocked", "refused", "skipped")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    partition_by: tuple[str, ...] = ()

    @property
    def schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def polars_schema(self) -> dict[str, Any]:
        """The same schema as a polars schema dict (for empty frames and casts)."""
        return dict(self.empty().schema)

    def empty(self) -> pl.DataFrame:
        """An empty polars DataFrame with the table's schema."""
        import polars as pl

        return cast(pl.DataFrame, pl.from_arrow(self.schema.empty_table()))

    def select(self, frame: pl.DataFrame, names: Sequence[str] | None = None) -> pl.DataFrame:
        """`frame`'s columns `names` (every column of the table by default), in that order and
        in the contract's types; a column the frame lacks is nulls, one not named is left out."""
        import polars as pl

        schema = self.polars_schema()
        names = list(schema) if names is None else list(names)
        have = frame.schema
        if list(have) == names and all(have[c] == schema[c] for c in names):
            return frame  # already in contract schema (built by a step that conformed it)
        return frame.select(
            pl.col(c).cast(schema[c]) if c in frame.columns else pl.lit(None, dtype=schema[c]).alias(c)
            for c in names
        )


def _t(name: str, description: str, key: tuple[str, ...], *cols: Column) -> Table:
    return Table(name, description, key, tuple(cols))


C = Column

DOCUMENTS = _t(
    "documents",
    "One row per notice (its latest version; earlier versions through warehouse history).",
    ("doc_id",),
    C("doc_id", STR, "hash of the canonical URL (of the input path for `planwatch parse`)", False),
    C("source", STR, "the URL, or the input path given to `planwatch parse`", False),
    C("source_id", STR, "portal key from sources.toml (empty for `planwatch parse`)"),
    C("county", STR, "place name from sources.toml"),
    C("title", STR, "the page's 标题, e.g. 关于印发《…》的通知"),
    C("plan_title", STR, "the plan's own name (inside 《》 or its heading)"),
    C("issuer", STR, "发布机构 / 发文机关 as printed"),
    C("doc_number", STR, "文号, e.g. 成政办字〔2023〕9号"),
    C("index_no", STR, "索引号"),
    C("category", STR, "分类"),
    C("validity", STR, "效力状态"),
    C("summary", STR, "内容概述"),
    C("written_date", DATE, "成文日期"),
    C("publish_date", DATE, "发布日期 (the date under the signature when the page has none)"),
    C("plan_start_year", INT, "first year the plan covers"),
    C("plan_end_year", INT, "last year the plan covers (= start for an annual plan)"),
    C("is_plan", BOOL, "the notice is a plan with tasks or targets", False),
    C("body_text", STR, "the main text, paragraphs separated by newlines"),
    C("content_sha256", STR, "sha256 of body_text and metadata: changes when the content changes", False),
    C("raw_sha256", STR, "sha256 of the archived raw page (raw archive key)"),
    C("encoding", STR, "charset the page was decoded with"),
    C("attachments", STR_LIST, "attachment links found on the page"),
    C(
        "plan_pages",
        STR_LIST,
        "for a short 印发 notice: the pages of their own it links to as its plan (`extract.linked`), "
        "by URL (their `source`); null when none",
    ),
    C("n_tasks", INT, "number of tasks", False),
    C("n_targets", INT, "number of targets", False),
    C("parse_note", STR, "why no task was found, when the page could not be understood"),
    C("parser_version", STR, "version of the parser that built the row", False),
    C("fetched_at", TS, "when the page was fetched (file mtime for `planwatch parse`)"),
    C("first_seen_at", TS, "when planwatch first saw the notice"),
)

TASKS = _t(
    "tasks",
    "One row per task: the lowest numbered item that carries work.",
    ("task_id",),
    C("task_id", STR, "doc_id + '/' + path", False),
    C("doc_id", STR, "the document", False),
    C("seq", INT, "order in the document, from 1", False),
    C("path", STR_LIST, "numbering labels from the outermost heading down: 一, (一), 1, (1)", False),
    C("section", STR, "heading text of the outermost level"),
    C("title", STR, "text after the number up to the first 。"),
    C("body", STR, "the task's full text"),
    C("lead_units", STR_LIST, "lead units as printed, one unit per element", False),
    C("participating_units", STR_LIST, "participating units as printed", False),
    C("n_targets", INT, "targets inside this task", False),
    C(
        "deadline",
        DATE,
        "when the task must be done: 6月底前 -> the end of June of the plan year, 2024年底前 -> "
        "2024-12-31, 三季度末 -> 30 September; null for standing work (长期坚持) or no year",
    ),
    C("deadline_text", STR, "the deadline as printed (a 完成时限 column or 6月底前完成 in the text)"),
    C("origin", STR, "where the task is printed: page, or the attached file's origin (`attachments`)"),
)

TASK_UNITS = _t(
    "task_units",
    "Long table of task units with a canonical department name to compare counties.",
    ("task_id", "role", "unit"),
    C("task_id", STR, "the task", False),
    C("doc_id", STR, "the document", False),
    C("role", STR, "lead | participating", False),
    C("unit", STR, "unit name as printed", False),
    C("canonical", STR, "canonical department name (县发展和改革局 = 发展改革局 = 发改局 → 发展和改革局)"),
)

TARGETS = _t(
    "targets",
    "One row per quantitative commitment.",
    ("target_id",),
    C("target_id", STR, "doc_id + ordinal hash", False),
    C("doc_id", STR, "the document", False),
    C("task_id", STR, "the task it belongs to; null outside any task"),
    C("seq", INT, "order in the document, from 1", False),
    C("indicator", STR, "what is measured, shortest phrase naming it"),
    C("value", F64, "the number as written (0.1万亩 → 0.1)", False),
    C("unit", STR, "unit as written (万亩, %, 个百分点; '' when none)", False),
    C("comparator", STR, "one of >= > <= < ~ =", False),
    C("change", STR, "null | increase | decrease (relative targets)"),
    C("year", INT, "year by which it must hold"),
    C("baseline_year", INT, "比2020年 → 2020; 同比 → year - 1"),
    C("text", STR, "the clause, copied from the text", False),
    C("value_std", F64, "value on a common scale (万亩 → 亩, 亿元 → 元; % stays)"),
    C("unit_std", STR, "unit of value_std"),
    C("ambiguous", BOOL, "a careful reader could argue it either way", False),
    C(
        "restates",
        STR,
        "target_id of the first statement of the same target (a goal restated in a "
        "task); null for a first statement: filter it out before summing",
    ),
    C(
        "indicator_code",
        STR,
        "code from the indicator catalogue (transform/lexicons/indicator_catalogue.toml), matched "
        "on the indicator phrase and unit: GDP, OUTPUT_VALUE, GRAIN_OUTPUT …; null when unknown",
    ),
    C("indicator_group", STR, "catalogue group of indicator_code: economy, industry, agriculture …"),
    C("origin", STR, "where the target is printed: page, or the attached file's origin (`attachments`)"),
)

ATTACHMENT_STATUSES = ("parsed", "scanned", "unsupported", "too_large", "failed")

ATTACHMENTS = _t(
    "attachments",
    "One row per file attached to a notice (a ZIP's members too): what it is and whether it was read.",
    ("doc_id", "origin"),
    C("doc_id", STR, "the notice", False),
    C(
        "origin",
        STR,
        "the file's name in the document (a ZIP member: zip name/member name); tasks.origin",
        False,
    ),
    C("url", STR, "where it was fetched from (null for a ZIP member)"),
    C("name", STR, "file name as shown on the page (附件1：任务分解表.docx)"),
    C("format", STR, "from the bytes: docx xlsx xls et pdf doc wps ofd zip image text html unknown", False),
    C("bytes", INT, "file size (null for a ZIP member)"),
    C("sha256", STR, "sha256 of the file: its key in the raw archive (null for a ZIP member)"),
    C("pages", INT, "pages of a PDF or OFD, sheets of a workbook, files of a ZIP"),
    C("chars", INT, "characters of text read (no spaces)", False),
    C("status", STR, "parsed | scanned | unsupported | too_large | failed", False),
    C("error", STR, "why it was not read, or a note (macros present, never run)"),
    C("n_tasks", INT, "tasks taken from it", False),
    C("n_targets", INT, "targets taken from it", False),
)

PAGES = _t(
    "pages",
    "Every fetch the crawler made, successful or not.",
    ("fetch_id",),
    C("fetch_id", STR, "hash of run_id, url and attempt time", False),
    C("run_id", STR, "the run that fetched it"),
    C("source_id", STR, "portal key", False),
    C("url", STR, "requested URL", False),
    C("final_url", STR, "URL after redirects"),
    C("kind", STR, "list | detail | robots | attachment", False),
    C("method", STR, "GET | POST"),
    C("status", INT, "HTTP status (null when no response)"),
    C("outcome", STR, "ok | not_modified | error | blocked | refused | skipped", False),
    C("bytes", INT, "body size in bytes"),
    C("sha256", STR, "sha256 of the body: its key in the raw archive"),
    C("etag", STR, "ETag header"),
    C("last_modified", STR, "Last-Modified header"),
    C("encoding", STR, "charset used to decode the body"),
    C("encoding_source", STR, "header | bom | meta | detected"),
    C("title", STR, "title from the list page (full, from @title); an attachment's name as shown"),
    C("list_date", DATE, "date shown in the list"),
    C("attempts", INT, "tries it took"),
    C("fetched_at", TS, "when the fetch ended", False),
    C("error", STR, "what went wrong (secrets redacted)"),
    C("parent_url", STR, "for an attachment: the notice that links to it (its shown name is in title)"),
)

RUNS = _t(
    "runs",
    "One row per run: counts and the version of every table it committed (a consistent snapshot).",
    ("run_id",),
    C("run_id", STR, "run id (sortable: UTC timestamp + random suffix)", False),
    C("flow", STR, "nightly | reparse | backfill | parse | load", False),
    C("status", STR, "completed | partial (a source failed) | failed | interrupted (Ctrl-C, SIGTERM)", False),
    C("started_at", TS, "start", False),
    C("ended_at", TS, "end"),
    C("sources", STR_LIST, "source ids in the run"),
    C("n_pages", INT, "fetches made"),
    C("n_documents_new", INT, "documents inserted"),
    C("n_documents_updated", INT, "documents whose content changed"),
    C("n_documents_unchanged", INT, "documents seen again unchanged"),
    C("n_tasks", INT, "task rows written"),
    C("n_targets", INT, "target rows written"),
    C("n_quarantined", INT, "rows sent to quarantine"),
    C("n_errors", INT, "page or source errors"),
    C("counts_json", STR, "per table {inserted, updated, deleted, noop} as JSON"),
    C("versions_json", STR, "per table the Delta version after this run's commit, as JSON"),
    C("report_json", STR, "per source report as JSON"),
    C("error", STR, "why the run failed (secrets redacted)"),
)

DQ_RESULTS = _t(
    "dq_results",
    "One row per expectation evaluated per run, table and source.",
    ("run_id", "table_name", "source_id", "expectation", "column"),
    C("run_id", STR, "the run", False),
    C("table_name", STR, "validated table", False),
    C("source_id", STR, "portal key ('' for all)", False),
    C("expectation", STR, "expectation type", False),
    C("column", STR, "column ('' for table-level)", False),
    C(
        "level",
        STR,
        "row (failing rows quarantined) | table (source not loaded) | flag (rows kept, failure recorded)",
        False,
    ),
    C("success", BOOL, "passed", False),
    C("element_count", INT, "rows checked"),
    C("unexpected_count", INT, "rows that failed"),
    C("details", STR, "observed value / kwargs as JSON"),
    C("validated_at", TS, "when", False),
)

QUARANTINE = _t(
    "quarantine",
    "Rows that failed a row-level expectation, kept out of the main tables with the reason.",
    ("run_id", "table_name", "row_key", "expectation"),
    C("run_id", STR, "the run", False),
    C("table_name", STR, "table the row was meant for", False),
    C("row_key", STR, "the row's key value(s)", False),
    C("doc_id", STR, "the document"),
    C("source_id", STR, "portal key"),
    C("expectation", STR, "expectation that failed", False),
    C("column", STR, "column checked"),
    C("reason", STR, "human-readable reason", False),
    C("row_json", STR, "the row as JSON", False),
    C("quarantined_at", TS, "when", False),
)

ALERTS = _t(
    "alerts",
    "Outbox of alerts: what is to be sent, to whom, and whether it was.",
    ("alert_id",),
    C("alert_id", STR, "hash of kind, doc_id, content version and target: the exactly-once key", False),
    C(
        "kind",
        STR,
        "new_plan | changed_plan | new_notice | digest | run_failed | source_empty | source_failed "
        "| source_recovered",
        False,
    ),
    C("audience", STR, "monitoring | ops", False),
    C("doc_id", STR, "the document, when about one"),
    C("source_id", STR, "portal key"),
    C("content_sha256", STR, "document version the alert is about"),
    C("target", STR, "redacted Apprise URL", False),
    C("target_hash", STR, "sha256 of the full target URL (the URL itself is never stored)", False),
    C("title", STR, "alert title", False),
    C("body", STR, "alert body as sent, in body_format (plain text escaped when sent if null)", False),
    C("status", STR, "pending | sent | failed | suppressed", False),
    C("attempts", INT, "delivery attempts", False),
    C("run_id", STR, "run that created it", False),
    C("created_at", TS, "created", False),
    C("sent_at", TS, "delivered"),
    C("last_error", STR, "last delivery error (redacted)"),
    C("body_format", STR, "text | markdown | slack | html | json: the target format body was rendered for"),
    C(
        "payload_json",
        STR,
        "structured fields a json:// webhook gets beside the text (event, plan or digest)",
    ),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (DOCUMENTS, TASKS, TASK_UNITS, TARGETS, ATTACHMENTS, PAGES, RUNS, DQ_RESULTS, QUARANTINE, ALERTS)
}
CONTENT_TABLES = ("documents", "tasks", "task_units", "targets", "attachments")


def table(name: str) -> Table:
    try:
        return TABLES[name]
    except KeyError:
        raise UnknownTable(f"unknown table {name!r}; known: {', '.join(TABLES)}") from None


def empty(name: str):
    """An empty polars DataFrame with the table's schema."""
    return table(name).empty()


def conform(name: str, rows_or_frame: Any):
    """Build a polars DataFrame in the table's exact column order and types from rows or a frame.

    Missing nullable columns are filled with nulls; extra columns are an error (a typo
    must not silently drop data).
    """
    import polars as pl

    t = table(name)
    if isinstance(rows_or_frame, pl.DataFrame):
        frame = rows_or_frame
    else:
        rows = list(rows_or_frame)
        if not rows:
            return empty(name)
        arrow = pa.Table.from_pylist([{c: r.get(c) for c in t.column_names} for r in rows], schema=t.schema)
        extra = set().union(*(r.keys() for r in rows)) - set(t.column_names)
        if extra:
            raise SchemaError(f"{name}: unknown columns {sorted(extra)}")
        return pl.from_arrow(arrow)
    extra = set(frame.columns) - set(t.column_names)
    if extra:
        raise SchemaError(f"{name}: unknown columns {sorted(extra)}")
    return t.select(frame)


def data_dictionary_markdown() -> str:
    """The data dictionary section of the README, generated from the contract."""
    lines = []
    for t in TABLES.values():
        lines.append(f"### `{t.name}`\n")
        lines.append(f"{t.description} Key: `{', '.join(t.key)}`.\n")
        lines.append("| column | type | meaning |")
        lines.append("| --- | --- | --- |")
        for c in t.columns:
            null = "" if c.nullable else " (not null)"
            lines.append(f"| `{c.name}` | {c.type}{null} | {c.description} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
