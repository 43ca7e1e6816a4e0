"""`planwatch sharded | shard | load-staged`: a night in host-disjoint shards, then one load.

`sharded` needs a Prefect server (PREFECT_API_URL) with the shard deployment and workers on a
process work pool (`prefect.yaml`, docs/scale.md); `shard` and `load-staged` are its two halves,
also runnable by hand. Only argparse and settings are imported at module level.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from planwatch.cli.run import EXITS, RUN_FLAGS, _run, check_sources_file, crawl_params, run_crawl
from planwatch.settings import add_arguments

SHARD_FLAGS = ("shards", "night_id")
LOAD_FLAGS = (
    "config",
    "warehouse",
    "storage_options",
    "alert",
    "ops_alert",
    "alert_language",
    "alert_digest",
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sharded",
        help="a night in host-disjoint shards on a Prefect work pool's workers, then one load",
        description="Split the sources into --shards shards by host, run each as a flow run of "
        "the shard deployment (--shard-deployment) on a process work pool, run a shard again "
        "when its flow run failed, crashed or went silent (its worker killed), then load every "
        "staged shard under the single-writer guard. Needs a Prefect server with workers "
        "(PREFECT_API_URL, or the active Prefect profile's; docs/scale.md). " + EXITS,
    )
    add_arguments(
        p,
        *RUN_FLAGS,
        "source",
        "full",
        "refresh",
        *SHARD_FLAGS,
        "shard_retries",
        "shard_stale_s",
        "writer_wait_s",
        "shard_deployment",
    )
    p.set_defaults(func=cmd_sharded)

    p = sub.add_parser(
        "shard",
        help="crawl and parse one shard of a night and stage it (no table written)",
        description="Crawl and parse shard --index of --shards (the sources split by host) "
        "as the nightly does, and stage its tables, pages and reports under "
        "<warehouse>/_staging/<night id>/shard-NNN/ (replacing what it staged before). Takes no "
        "run lock: the shards of a night run at once. Prints a JSON summary.",
    )
    add_arguments(p, *RUN_FLAGS[:-1], "source", "full", "refresh", *SHARD_FLAGS, "shard_index")
    p.set_defaults(func=cmd_shard)

    p = sub.add_parser(
        "load-staged",
        help="load every staged shard (one writer at a time), then drop the staging",
        description="Validate, load and alert every completely staged shard (of --night-id, or "
        "of every staged night) as the nightly does, under the single-writer guard (a Prefect "
        "global concurrency limit when a Prefect server is configured, and the lock file; waits "
        "--writer-wait-s), write the night's runs row, drop its staging. Shards already loaded "
        "are skipped. " + EXITS,
    )
    add_arguments(p, *LOAD_FLAGS, "night_id", "writer_wait_s", "log_level", "json")
    p.set_defaults(func=cmd_load_staged)


def cmd_sharded(args: argparse.Namespace) -> int:
    from flows.runner import api_configured
    from planwatch.exceptions import ConfigError
    from planwatch.settings import load

    s = load(args)
    if not api_configured():
        raise ConfigError(
            "`planwatch sharded` runs its shards on a Prefect server's workers: set PREFECT_API_URL "
            "or use a Prefect profile that sets it (and deploy prefect.yaml, start workers; see "
            "docs/scale.md)"
        )
    return run_crawl(s, _sharded, shards=s.shard.count, night_id=s.shard.night_id or None)


def _sharded() -> Any:
    from flows.sharded import sharded

    return sharded


def cmd_shard(args: argparse.Namespace) -> int:
    from flows.runner import prefect_env, run_flow
    from planwatch.exceptions import ConfigError
    from planwatch.ids import is_safe_run_id
    from planwatch.settings import load

    s = load(args)
    if not s.shard.night_id or not is_safe_run_id(s.shard.night_id):
        raise ConfigError(
            "a shard needs --night-id ID (letters, digits, _ . -: the night its shards stage under)"
        )
    if not 0 <= s.shard.index < s.shard.count:
        raise ConfigError(
            f"--index {s.shard.index} is not a shard of --shards {s.shard.count} (0 … {s.shard.count - 1})"
        )
    check_sources_file(s.crawl.sources, s.crawl.source)
    prefect_env(s.log_level)
    from flows.sharded import shard

    summary: dict[str, Any] = run_flow(
        shard,
        s,
        night_id=s.shard.night_id,
        shard=s.shard.index,
        shards=s.shard.count,
        **crawl_params(s),
    )
    json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def cmd_load_staged(args: argparse.Namespace) -> int:
    """No run lock taken here (unlike `crawl`): the load waits for the writer guard itself."""
    from flows.runner import prefect_env, run_flow
    from planwatch.settings import load
    from warehouse.checks import check
    from warehouse.store import Warehouse

    s = load(args)
    check(Warehouse.open(s.store), write=True)
    prefect_env(s.log_level)
    from flows.sharded import load_staged

    return _run(
        s, lambda: run_flow(load_staged, s, night_id=s.shard.night_id or None, warehouse=s.store.root)
    )
