"""The single-writer guard of a load: one loader of a warehouse at a time, across machines.

- With a Prefect API server configured (`PREFECT_API_URL`: a team's server, which every worker
  of a sharded night talks to), the guard is a Prefect global concurrency limit of one slot,
  named after the warehouse root (`planwatch-writer-<hash>`), created on first use. Its slot
  is a lease the holder renews while it loads; a loader killed while holding it frees the slot
  when the lease runs out (`LEASE_S`), so a dead machine never blocks the warehouse for good.
- Without one (a local one-machine warehouse, Prefect's temporary server), it is the run lock
  file (`flows.pipeline.run_lock`), as before.

Inside the guard the warehouse's own writer lock and its reload-and-retry on conflicting
commits (`CommitFailedError`, `warehouse.store`) still hold.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from flows.exceptions import FlowError, RunInProgress
from flows.runner import api_configured

if TYPE_CHECKING:
    from warehouse.store import Warehouse

LEASE_S = 120.0  # a killed holder's slot is free again after at most this long


def limit_name(wh: Warehouse) -> str:
    """The global concurrency limit guarding this warehouse (one per root)."""
    return "planwatch-writer-" + hashlib.sha256(wh.root.encode()).hexdigest()[:16]


def ensure_limit(name: str) -> None:
    """Create the one-slot limit unless it exists (two creators racing: one wins, both go on)."""
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        try:
            client.upsert_global_concurrency_limit_by_name(name, 1)
        except Exception:  # created by another loader meanwhile: it must exist now
            client.read_global_concurrency_limit_by_name(name)


@contextlib.contextmanager
def guard(wh: Warehouse, wait_s: float) -> Iterator[str]:
    """Hold the warehouse's single-writer guard for the block (waiting at most `wait_s`);
    yields what guards it (`prefect:<limit>` or `file:<path>`). RunInProgress when it stays busy."""
    if not api_configured():
        from flows.pipeline import run_lock
        from warehouse.locks import lock_path_for

        with run_lock(wh, timeout_s=wait_s):
            yield f"file:{lock_path_for(wh.root)}"
        return
    from prefect.concurrency.sync import concurrency

    name = limit_name(wh)
    try:
        ensure_limit(name)
    except Exception as exc:  # no server answering: nothing may be written without the guard
        raise FlowError(
            f"cannot set up the writer guard {name} on the Prefect server: {type(exc).__name__}: {exc}"
        ) from None
    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(
                concurrency(name, occupy=1, timeout_seconds=wait_s, lease_duration=LEASE_S, strict=True)
            )
        except TimeoutError:
            raise RunInProgress(
                f"another loader holds the writer guard of {wh.root} (Prefect limit {name}); "
                f"waited {wait_s:.0f} s"
            ) from None
        yield f"prefect:{name}"
