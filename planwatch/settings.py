"""Typed settings: every CLI flag maps to one field here, overridable by an env var.

Precedence, highest first: command-line flag, environment variable (`PLANWATCH_<NAME>`),
the config file (`--config`, env `PLANWATCH_CONFIG`, default `planwatch.toml` when present),
then the default below. `add_arguments` builds argparse flags from these fields so that the
flag name, the env var and the docs never drift apart (tests/test_cli_docs.py checks it).
"""
from __future__ import annotations

import argparse
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from planwatch.exceptions import ConfigError

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = REPO_ROOT / "sources.toml"


def _setting(default: Any, help: str, *, flag: str | None = None, multi: bool = False,
             secret: bool = False) -> Any:
    meta = {"help": help, "flag": flag, "multi": multi, "secret": secret}
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class Settings:
    """Every tunable of planwatch. Field name `foo_bar` is flag `--foo-bar` and env `PLANWATCH_FOO_BAR`."""

    config: str = _setting("", "TOML config file with the same keys as these settings")
    warehouse: str = _setting("warehouse_data", "warehouse root: a folder or an s3://bucket/prefix URI")
    sources: str = _setting(str(DEFAULT_SOURCES), "sources.toml listing the portals to watch")
    source: list = _setting([], "only these source ids (repeatable)", multi=True)
    contact_url: str = _setting("https://github.com/planwatch/planwatch",
                                "contact URL sent in the User-Agent header")
    http_timeout_s: float = _setting(20.0, "connect/read timeout per request, seconds")
    http_retries: int = _setting(3, "retries per request on connect errors, 5xx and 429")
    max_bytes: int = _setting(20 * 1024 * 1024, "response size cap (also after decompression), bytes")
    min_interval_s: float = _setting(2.0, "default minimum interval between requests to one host, seconds")
    max_list_pages: int = _setting(200, "hard stop on list pages per start URL")
    full: bool = _setting(False, "page list pages to the end (backfill) instead of stopping at known links")
    refresh: bool = _setting(False, "re-fetch detail pages already archived; a changed body is a new version")
    alert: list = _setting([], "Apprise URL for plan alerts (repeatable)", multi=True, secret=True)
    ops_alert: list = _setting([], "Apprise URL for run-failure alerts to data engineers (repeatable)",
                               multi=True, secret=True)
    schedule_cron: str = _setting("0 2 * * *", "cron schedule of the nightly deployment")
    timezone: str = _setting("Asia/Shanghai", "time zone of the cron schedule")
    storage_options: str = _setting("", "object-store options as JSON or k=v,k=v (s3 keys, endpoint)",
                                    secret=True)
    retention_hours: int = _setting(24 * 30, "vacuum retention window for `planwatch maintain`, hours")
    log_level: str = _setting("INFO", "log level")
    http_backoff_s: float = _setting(1.0, "first retry delay; doubles per retry (with jitter), seconds")
    http_backoff_max_s: float = _setting(60.0, "longest retry delay; a longer Retry-After gives up until the next run, seconds")
    replay_port: int = _setting(8000, "port of `planwatch replay` (0: any free port, printed)", flag="--port")
    replay_host: str = _setting("127.0.0.1", "address `planwatch replay` listens on", flag="--host")
    replay_faults: str = _setting("", "TOML/JSON file of fault rules for `planwatch replay`", flag="--faults")
    replay_sources_out: str = _setting("", "write a sources.toml pointing at the served sites here",
                                       flag="--sources-out")
    parse_out: str = _setting("", "output folder of `planwatch parse` (documents/tasks/targets .parquet)",
                              flag="--out")
    parse_format: str = _setting("parquet", "output of `planwatch parse`: parquet (files in --out) or json (stdout)",
                                 flag="--format")
    load_run_id: str = _setting("", "run id for `planwatch load` (default: a new sortable id)", flag="--run-id")
    skip_validation: bool = _setting(False, "`planwatch load` without running the expectation suites",
                                     flag="--no-validate")
    as_of: str = _setting("", "`planwatch show` as of a run id, a Delta version or an ISO timestamp")
    limit: int = _setting(20, "rows (runs for `history`) to print; 0 for all")
    columns: str = _setting("", "comma-separated columns `planwatch show` prints")
    output_format: str = _setting("table", "output of `history`/`show`: table, csv or json", flag="--format")
    export_dir: str = _setting("", "folder `planwatch export` writes Parquet files to", flag="--to")
    partition_by: str = _setting("", "`planwatch export`: partition the content tables by county "
                                     "(hive folders); empty for one file per table")
    validate_docs: str = _setting("", "`planwatch validate`: also write the HTML report (Data Docs) here",
                                  flag="--docs")
    since: str = _setting("", "`planwatch reparse`: only pages fetched on or after this date (YYYY-MM-DD)")
    prefect_port: int = _setting(4200, "port of the local Prefect server `planwatch serve` starts when "
                                       "PREFECT_API_URL is unset")
    demo_out: str = _setting("demo-output", "folder `planwatch demo` (re)creates: warehouse, exports, site copies",
                             flag="--out")
    dask_workers: int = _setting(0, "parse on a local Dask cluster with this many worker processes "
                                    "(0: threads in this process)")

    @classmethod
    def env_name(cls, name: str) -> str:
        return "PLANWATCH_" + name.upper()

    @classmethod
    def flag_name(cls, name: str) -> str:
        f = next(f for f in fields(cls) if f.name == name)
        return f.metadata.get("flag") or "--" + name.replace("_", "-")


def _coerce(name: str, kind: type, value: Any) -> Any:
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            return str(value).strip().lower() in ("1", "true", "yes", "on")
        if kind is list:
            if isinstance(value, list):
                return [str(v) for v in value]
            return [v.strip() for v in str(value).split(",") if v.strip()]
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot read {value!r} as {kind.__name__}") from exc


def _types() -> dict[str, type]:
    defaults = Settings()
    return {f.name: type(getattr(defaults, f.name)) for f in fields(Settings)}


def add_arguments(parser: argparse.ArgumentParser, *names: str) -> None:
    """Add the flags for the named settings to a subcommand parser."""
    types = _types()
    by_name = {f.name: f for f in fields(Settings)}
    for name in names:
        f = by_name[name]
        kind = types[name]
        help_text = f"{f.metadata['help']} (env {Settings.env_name(name)})"
        flag = Settings.flag_name(name)
        if kind is bool:
            parser.add_argument(flag, dest=name, action="store_const", const=True, default=None,
                                help=help_text)
        elif kind is list:
            parser.add_argument(flag, dest=name, action="append", default=None, help=help_text)
        else:
            parser.add_argument(flag, dest=name, type=kind, default=None, help=help_text)


def load(args: argparse.Namespace | None = None, env: dict[str, str] | None = None,
         **overrides: Any) -> Settings:
    """Resolve settings: flags > env > config file > defaults."""
    env = dict(os.environ) if env is None else env
    types = _types()
    values: dict[str, Any] = {}
    config_path = (getattr(args, "config", None) if args is not None else None) \
        or overrides.get("config") or env.get(Settings.env_name("config"), "")
    if not config_path and Path("planwatch.toml").is_file():
        config_path = "planwatch.toml"
    if config_path:
        try:
            data = tomllib.loads(Path(config_path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"config file {config_path}: {exc}") from exc
        section = data.get("planwatch", data)
        for key, value in section.items():
            if isinstance(value, dict) or (isinstance(value, list) and value
                                           and all(isinstance(v, dict) for v in value)):
                continue  # sub-tables such as [[alert]] rules belong to the packages that read them
            if key not in types:
                raise ConfigError(f"config file {config_path}: unknown setting {key!r}")
            values[key] = _coerce(key, types[key], value)
        values["config"] = str(config_path)
    for name, kind in types.items():
        raw = env.get(Settings.env_name(name))
        if raw is not None and raw != "":
            values[name] = _coerce(name, kind, raw)
    if args is not None:
        for name, kind in types.items():
            value = getattr(args, name, None)
            if value is not None:
                values[name] = _coerce(name, kind, value)
    for name, value in overrides.items():
        if value is not None:
            values[name] = _coerce(name, types[name], value)
    return Settings(**values)


def redact(text: str, settings: Settings | None = None) -> str:
    """Remove secrets (alert URLs, storage keys, credentials in URLs) from a message."""
    from planwatch.redact import redact_text

    secrets: list[str] = []
    if settings is not None:
        secrets = [*settings.alert, *settings.ops_alert]
        if settings.storage_options:
            secrets.append(settings.storage_options)
    return redact_text(text, secrets)
