"""Typed settings, grouped by the command that reads them.

Every option has one flat name: flag `--name` (or the flag named below), environment variable
`PLANWATCH_NAME`, key `name` in the config file. Precedence, highest first: command-line flag,
environment variable, the config file (`--config`, env `PLANWATCH_CONFIG`, default
`planwatch.toml` when present), then the default. `add_arguments` builds a command's flags from
the same table, so that the flag, the env var and the docs never drift apart
(tests/test_docs_readme.py checks the README against the parser).

In code the options sit in groups: `settings.store.root`, `settings.http.timeout_s`,
`settings.crawl.sources`, `settings.alerts.urls` … A command reads only its own groups.

Long module: the one table of every option (a line each) with the groups it fills; split, the
table and its groups would drift apart.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planwatch.exceptions import ConfigError

# Relative to the folder the command runs in: never the repository's own list of real portals.
DEFAULT_SOURCES = "sources.toml"
DEFAULT_CONFIG = "planwatch.toml"
ENV_PREFIX = "PLANWATCH_"


# --- the groups ---------------------------------------------------------------------------
@dataclass(frozen=True)
class StoreSettings:
    """Where the warehouse (and the raw archive inside it) lives."""

    root: str = "warehouse_data"
    storage_options: str = ""


@dataclass(frozen=True)
class HttpSettings:
    """The polite HTTP client of the crawler."""

    contact_url: str = "https://github.com/planwatch/planwatch"
    timeout_s: float = 20.0
    retries: int = 3
    backoff_s: float = 1.0
    backoff_max_s: float = 60.0
    max_bytes: int = 20 * 1024 * 1024
    min_interval_s: float = 2.0
    fetch_budget_s: float = 60.0
    max_crawl_delay_s: float = 30.0


@dataclass(frozen=True)
class CrawlSettings:
    """Which portals a run crawls or re-parses, and how far."""

    sources: str = DEFAULT_SOURCES
    source: list[str] = field(default_factory=list)
    max_list_pages: int = 200
    max_new_links: int = 500
    source_budget_s: float = 1800.0
    night_budget_s: float = 4 * 3600.0
    concurrency: int = 100
    load_chunk_docs: int = 1000
    full: bool = False
    refresh: bool = False
    since: str = ""
    dask_workers: int = 0


@dataclass(frozen=True)
class AlertSettings:
    """Apprise URLs: plan alerts for monitoring teams, run alerts for data engineers."""

    urls: list[str] = field(default_factory=list)
    ops_urls: list[str] = field(default_factory=list)
    language: str = "zh"
    digest: str = "auto"


@dataclass(frozen=True)
class ServeSettings:
    schedule_cron: str = "0 2 * * *"
    timezone: str = "Asia/Shanghai"
    prefect_port: int = 4200


@dataclass(frozen=True)
class ShardSettings:
    """A sharded night (`planwatch sharded`, `shard`, `load-staged`): shards, retries, the writer."""

    count: int = 4
    index: int = 0
    night_id: str = ""
    retries: int = 2
    stale_s: float = 180.0
    writer_wait_s: float = 3600.0
    deployment: str = "planwatch-shard/shard"


@dataclass(frozen=True)
class ReplaySettings:
    port: int = 8000
    host: str = "127.0.0.1"
    faults: str = ""
    sources_out: str = ""


@dataclass(frozen=True)
class ParseSettings:
    out: str = ""
    format: str = "parquet"
    explain: bool = False
    ocr: bool = False


@dataclass(frozen=True)
class LoadSettings:
    run_id: str = ""
    no_validate: bool = False


@dataclass(frozen=True)
class ReadSettings:
    """`history` and `show`: what to print and how."""

    as_of: str = ""
    limit: int = 20
    columns: str = ""
    format: str = "table"
    errors: bool = False


@dataclass(frozen=True)
class SqlSettings:
    """`planwatch sql`: how the result is written."""

    format: str = "table"
    out: str = ""


@dataclass(frozen=True)
class ReportSettings:
    """`planwatch report`: which run's report to (re)write."""

    run_id: str = ""


@dataclass(frozen=True)
class ExportSettings:
    to: str = ""
    partition_by: str = ""
    format: str = "parquet"


@dataclass(frozen=True)
class MaintainSettings:
    retention_hours: int = 24 * 30


@dataclass(frozen=True)
class ValidateSettings:
    docs: str = ""


@dataclass(frozen=True)
class DemoSettings:
    out: str = "demo-output"


@dataclass(frozen=True)
class Settings:
    """Every tunable of planwatch, by group. Build one with `load` (flags, env, config) or
    `Settings.of(**flat_names)`."""

    config: str = ""
    log_level: str = "WARNING"
    json: bool = False
    debug: bool = False
    store: StoreSettings = field(default_factory=StoreSettings)
    http: HttpSettings = field(default_factory=HttpSettings)
    crawl: CrawlSettings = field(default_factory=CrawlSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    serve: ServeSettings = field(default_factory=ServeSettings)
    shard: ShardSettings = field(default_factory=ShardSettings)
    replay: ReplaySettings = field(default_factory=ReplaySettings)
    parse: ParseSettings = field(default_factory=ParseSettings)
    load: LoadSettings = field(default_factory=LoadSettings)
    read: ReadSettings = field(default_factory=ReadSettings)
    sql: SqlSettings = field(default_factory=SqlSettings)
    report: ReportSettings = field(default_factory=ReportSettings)
    export: ExportSettings = field(default_factory=ExportSettings)
    maintain: MaintainSettings = field(default_factory=MaintainSettings)
    validate: ValidateSettings = field(default_factory=ValidateSettings)
    demo: DemoSettings = field(default_factory=DemoSettings)

    @classmethod
    def of(cls, **flat: Any) -> Settings:
        """Settings from flat option names (`warehouse=…, min_interval_s=0`); defaults elsewhere."""
        return cls().replace(**flat)

    def replace(self, **flat: Any) -> Settings:
        """A copy with the given flat options changed (None leaves an option as it is)."""
        groups: dict[str, dict[str, Any]] = {}
        top: dict[str, Any] = {}
        for name, value in flat.items():
            if value is None:
                continue
            opt = option(name)
            value = _coerce(opt, value)
            if opt.group:
                groups.setdefault(opt.group, {})[opt.attr] = value
            else:
                top[opt.attr] = value
        for group, values in groups.items():
            top[group] = dataclasses.replace(getattr(self, group), **values)
        return dataclasses.replace(self, **top)

    def value(self, name: str) -> Any:
        """The value of a flat option name."""
        opt = option(name)
        holder = getattr(self, opt.group) if opt.group else self
        return getattr(holder, opt.attr)

    def secrets(self) -> list[str]:
        """Values that must never reach a log, a table or an error message: the secret options
        and the pieces of them that can appear alone (`planwatch.redact.secret_fragments`)."""
        from planwatch.redact import secret_fragments

        out = [v for o in OPTIONS.values() if o.secret for v in _as_list(self.value(o.name))]
        return list(dict.fromkeys(f for v in out if v for f in secret_fragments(str(v))))

    @staticmethod
    def env_name(name: str) -> str:
        return ENV_PREFIX + name.upper()

    @staticmethod
    def flag_name(name: str) -> str:
        return option(name).flag


# --- the options: flat name → group attribute, help text, flag ------------------------------
@dataclass(frozen=True)
class Option:
    name: str  # flag --name, env PLANWATCH_NAME, config key
    group: str  # the Settings attribute holding it ('' for the top level)
    attr: str
    help: str
    flag_override: str | None = None
    secret: bool = False

    @property
    def flag(self) -> str:
        return self.flag_override or "--" + self.name.replace("_", "-")

    @property
    def default(self) -> Any:
        holder = getattr(Settings(), self.group) if self.group else Settings()
        return getattr(holder, self.attr)

    @property
    def kind(self) -> type:
        return type(self.default)


def _o(name: str, where: str, help: str, flag: str | None = None, secret: bool = False) -> Option:
    group, _, attr = where.rpartition(".")
    return Option(name, group, attr, help, flag, secret)


# name (flag --name, env PLANWATCH_NAME, config key) | where it lives | help | flag override | secret
# One option per line reads best as a table.
# fmt: off
_TABLE: tuple[tuple[str, str, str, str | None, bool], ...] = (
    ('config', 'config', 'TOML config file with the same keys as these settings', None, False),
    ('log_level', 'log_level', 'log level of planwatch and Prefect: DEBUG, INFO, WARNING (default), ERROR', None, False),
    ('json', 'json', 'print the result as JSON on stdout (no table, no progress display)', None, False),
    ('debug', 'debug', 'print the full traceback of an error (default: one line)', None, False),
    ('warehouse', 'store.root', 'warehouse root: a folder or an s3://bucket/prefix URI', None, False),
    ('storage_options', 'store.storage_options', 'object-store options as JSON or k=v,k=v (s3 keys, endpoint)', None, True),
    ('contact_url', 'http.contact_url', 'contact URL sent in the User-Agent header', None, False),
    ('http_timeout_s', 'http.timeout_s', 'connect/read timeout per request, seconds', None, False),
    ('http_retries', 'http.retries', 'retries per request on connect errors, 5xx and 429', None, False),
    ('http_backoff_s', 'http.backoff_s', 'first retry delay; doubles per retry (with jitter), seconds', None, False),
    ('http_backoff_max_s', 'http.backoff_max_s', 'longest retry delay; a longer Retry-After gives up until the next run, seconds', None, False),
    ('max_bytes', 'http.max_bytes', 'response size cap (also after decompression), bytes', None, False),
    ('min_interval_s', 'http.min_interval_s', 'default minimum interval between requests to one host, seconds', None, False),
    ('fetch_budget_s', 'http.fetch_budget_s', 'longest time one request may take, headers and body together (not per read), seconds', None, False),
    ('max_crawl_delay_s', 'http.max_crawl_delay_s', "cap on a robots.txt Crawl-delay, seconds", None, False),
    ('sources', 'crawl.sources', 'sources.toml listing the portals to watch', None, False),
    ('source', 'crawl.source', 'only these source ids (repeatable)', None, False),
    ('max_list_pages', 'crawl.max_list_pages', 'hard stop on list pages per start URL', None, False),
    ('max_new_links', 'crawl.max_new_links', 'new detail pages fetched per source per run; the rest wait for the next run, oldest first', None, False),
    ('source_budget_s', 'crawl.source_budget_s', "time one source may crawl per run; then it is recorded as timed out and the run goes on, seconds", None, False),
    ('night_budget_s', 'crawl.night_budget_s', 'time the whole crawl of a run may take; sources still crawling are recorded as timed out, seconds', None, False),
    ('crawl_concurrency', 'crawl.concurrency', 'hosts crawled at once (each host one request per its interval); also the crawl task runs in flight', None, False),
    ('load_chunk_docs', 'crawl.load_chunk_docs', 'documents a night validates and loads at a time (one commit per table per chunk), so memory stays flat whatever the night holds', None, False),
    ('full', 'crawl.full', 'page list pages to the end (backfill) instead of stopping at known links', None, False),
    ('refresh', 'crawl.refresh', 're-fetch detail pages already archived; a changed body is a new version', None, False),
    ('since', 'crawl.since', '`planwatch reparse`: only pages fetched on or after this date (YYYY-MM-DD)', None, False),
    ('dask_workers', 'crawl.dask_workers', 'parse on a local Dask cluster with this many worker processes (0: threads in this process)', None, False),
    ('alert', 'alerts.urls', 'Apprise URL for plan alerts (repeatable)', None, True),
    ('ops_alert', 'alerts.ops_urls', 'Apprise URL for run-failure alerts to data engineers (repeatable)', None, True),
    ('alert_language', 'alerts.language', 'language of plan alerts: zh (default) or en', None, False),
    ('alert_digest', 'alerts.digest', 'plan alerts as one digest per source: auto (on a first crawl or a backfill), always or never', None, False),
    ('schedule_cron', 'serve.schedule_cron', 'cron schedule of the nightly deployment', None, False),
    ('timezone', 'serve.timezone', 'time zone of the cron schedule', None, False),
    ('prefect_port', 'serve.prefect_port', 'port of the local Prefect server `planwatch serve` starts when PREFECT_API_URL is unset', None, False),
    ('shards', 'shard.count', 'a sharded night: split the sources into this many host-disjoint shards, one flow run each', None, False),
    ('shard_index', 'shard.index', '`planwatch shard`: which shard (0-based) of --shards this run crawls', '--index', False),
    ('night_id', 'shard.night_id', 'the night a shard stages under / the load takes (default: a new id; `load-staged`: every staged night)', None, False),
    ('shard_retries', 'shard.retries', '`planwatch sharded`: times a shard whose flow run crashed, failed or went silent is run again', None, False),
    ('shard_stale_s', 'shard.stale_s', '`planwatch sharded`: a running shard whose heartbeat is older than this is taken as dead (its worker killed) and run again, seconds', None, False),
    ('writer_wait_s', 'shard.writer_wait_s', 'how long a commit step (a chunk of a night, a staged shard, `load`, `maintain`) waits for the single-writer guard (a Prefect global concurrency limit when a Prefect API server is configured, and the lock file), seconds', None, False),
    ('shard_deployment', 'shard.deployment', '`planwatch sharded`: the deployment each shard runs as (FLOW/DEPLOYMENT, on a process work pool)', None, False),
    ('replay_port', 'replay.port', 'port of `planwatch replay` (0: any free port, printed)', '--port', False),
    ('replay_host', 'replay.host', 'address `planwatch replay` listens on', '--host', False),
    ('replay_faults', 'replay.faults', 'TOML/JSON file of fault rules for `planwatch replay`', '--faults', False),
    ('replay_sources_out', 'replay.sources_out', 'write a sources.toml pointing at the served sites here', '--sources-out', False),
    ('parse_out', 'parse.out', 'output folder of `planwatch parse` (documents/tasks/targets .parquet)', '--out', False),
    ('parse_format', 'parse.format', 'output of `planwatch parse`: parquet (files in --out) or json (stdout)', '--format', False),
    ('parse_explain', 'parse.explain', 'print why each INPUT was read as it was instead of the tables: metadata sources, which lines became tasks, each task\'s unit clauses with the role rule and its deadline rule, every number KEPT (with its fields) or DROPPED (with the rule); with --json, as JSON lines', '--explain', False),
    ('parse_ocr', 'parse.ocr', '`planwatch parse`: read scanned PDFs and images by OCR (RapidOCR, when installed; off by default)', '--ocr', False),
    ('load_run_id', 'load.run_id', 'run id for `planwatch load` (default: a new sortable id)', '--run-id', False),
    ('skip_validation', 'load.no_validate', '`planwatch load` without running the expectation suites', '--no-validate', False),
    ('as_of', 'read.as_of', '`planwatch show`/`sql` as of a run id, a Delta version or an ISO timestamp', None, False),
    ('limit', 'read.limit', 'rows (runs for `history`) to print; 0 for all', None, False),
    ('columns', 'read.columns', 'comma-separated columns to print (`all` for every one); default: the readable few', None, False),
    ('status_errors', 'read.errors', '`planwatch status`: the full text of every source error, wrapped', '--errors', False),
    ('output_format', 'read.format', 'output of `history`/`show`: table, csv or json', '--format', False),
    ('sql_format', 'sql.format', 'output of `planwatch sql`: table, csv, json, parquet or xlsx (parquet and xlsx need --out)', '--format', False),
    ('sql_out', 'sql.out', '`planwatch sql`: write the result to this file instead of stdout', '--out', False),
    ('report_run_id', 'report.run_id', '`planwatch report`: the run to report on (default: the latest)', '--run-id', False),
    ('export_dir', 'export.to', 'folder `planwatch export` writes Parquet files to', '--to', False),
    ('partition_by', 'export.partition_by', '`planwatch export`: partition the content tables into hive folders by county, publish_year (of the document) or county,publish_year; empty for one file per table', None, False),
    ('export_format', 'export.format', '`planwatch export`: parquet, csv (UTF-8 with BOM, opens in Excel) or xlsx', '--format', False),
    ('retention_hours', 'maintain.retention_hours', 'vacuum retention window for `planwatch maintain`, hours', None, False),
    ('validate_docs', 'validate.docs', '`planwatch validate`: also write the HTML report (Data Docs) here', '--docs', False),
    ('demo_out', 'demo.out', 'folder `planwatch demo` (re)creates: warehouse, exports, site copies', '--out', False),
)
# fmt: on
OPTIONS: dict[str, Option] = {row[0]: _o(*row) for row in _TABLE}


def did_you_mean(word: str, known: Any) -> str:
    """ "; did you mean 'x'?" for the closest known name, or ""."""
    import difflib

    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def option(name: str) -> Option:
    try:
        return OPTIONS[name]
    except KeyError:
        raise ConfigError(f"unknown setting {name!r}") from None


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _coerce(opt: Option, value: Any) -> Any:
    kind = opt.kind
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            return str(value).strip().lower() in ("1", "true", "yes", "on")
        if kind is list:
            if isinstance(value, (list, tuple)):
                return [str(v) for v in value]
            return [v.strip() for v in str(value).split(",") if v.strip()]
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {opt.name!r}: cannot read {value!r} as {kind.__name__}") from exc


# --- command-line flags ---------------------------------------------------------------------
def add_arguments(parser: argparse.ArgumentParser, *names: str) -> None:
    """Add the flags for the named options to a subcommand parser."""
    for name in names:
        opt = option(name)
        kind = opt.kind
        help_text = f"{opt.help} (env {Settings.env_name(name)})"
        if kind is bool:
            parser.add_argument(
                opt.flag, dest=name, action="store_const", const=True, default=None, help=help_text
            )
        elif kind is list:
            parser.add_argument(opt.flag, dest=name, action="append", default=None, help=help_text)
        else:
            parser.add_argument(opt.flag, dest=name, type=kind, default=None, help=help_text)


# --- resolving ------------------------------------------------------------------------------
def _config_values(path: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"config file {path}: {exc}") from exc
    section = data.get("planwatch", data)
    values: dict[str, Any] = {}
    for key, value in section.items():
        if isinstance(value, dict) or (
            isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
        ):
            continue  # sub-tables such as [[alert]] rules belong to the packages that read them
        if key not in OPTIONS:
            raise ConfigError(f"config file {path}: unknown setting {key!r}{did_you_mean(key, OPTIONS)}")
        values[key] = value
    values["config"] = str(path)
    return values


def load(
    args: argparse.Namespace | None = None, env: dict[str, str] | None = None, **overrides: Any
) -> Settings:
    """Resolve settings: flags > env > config file > defaults (then `overrides`, flat names)."""
    env = dict(os.environ) if env is None else env
    config_path = (
        (getattr(args, "config", None) if args is not None else None)
        or overrides.get("config")
        or env.get(Settings.env_name("config"), "")
    )
    if not config_path and Path(DEFAULT_CONFIG).is_file():
        config_path = DEFAULT_CONFIG
    values: dict[str, Any] = _config_values(config_path) if config_path else {}
    for name in OPTIONS:
        raw = env.get(Settings.env_name(name))
        if raw is not None and raw != "":
            values[name] = raw
    if args is not None:
        for name in OPTIONS:
            value = getattr(args, name, None)
            if value is not None:
                values[name] = value
    values.update({k: v for k, v in overrides.items() if v is not None})
    settings = Settings().replace(**values)
    from planwatch.redact import register_secrets

    register_secrets(settings.secrets())  # every later log line of this process is redacted of them
    return settings


def redact(text: str, settings: Settings | None = None) -> str:
    """Remove secrets (alert URLs, storage keys, credentials in URLs) from a message."""
    from planwatch.redact import redact_text

    return redact_text(text, settings.secrets() if settings is not None else [])
