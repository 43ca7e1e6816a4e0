"""The guards of a warehouse, across machines: one writer at a time, one crawl at a time.

- `guard(wh, wait_s)`, the single-writer guard, is held around every step that commits to the
  warehouse: each chunk's load of a nightly / backfill / reparse, its `runs` row and alert
  delivery, each staged shard's load (`planwatch load-staged`), `planwatch load` and
  `planwatch maintain`. It is held only while they write, not through a crawl: a loader of
  staged shards waits for a chunk, not for a whole night.
- `run_guard(wh)` lets one crawl (nightly, backfill, reparse, a sharded night's coordinator) run
  per warehouse at a time, so two runs never double the load on a portal; it does not wait
  (a second run is told at once: exit 3).

Each is this machine's lock file first (`fcntl.flock`, re-entrant within a process: freed the
moment its process dies), then, when a Prefect API server is configured (`flows.runner.
api_configured`: `PREFECT_API_URL` or the active Prefect profile; a team's server, which every
machine of a sharded night talks to), a Prefect global concurrency limit of one slot named after
the warehouse root (`planwatch-writer-<hash>`, `planwatch-run-<hash>`), created on first use.
Its slot is a lease (`LEASE_S`) that a thread of the holder renews. A holder killed while it
holds the lease:

- on this machine: the next holder of the lock file knows the lease is dead (a holder holds
  the file for as long as it holds the lease) and releases it at once (its id is in a note
  beside the lock file, with the machine's name);
- on another machine: the lease runs out within `LEASE_S`, and a waiting writer takes it then.

Inside the writer guard the warehouse's own writer lock and delta-rs's reload-and-retry on
conflicting commits (`CommitFailedError`, `warehouse.store`) still hold.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from flows.exceptions import FlowError, RunInProgress
from flows.runner import api_configured

if TYPE_CHECKING:
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)
LEASE_S = 120.0  # a killed holder's slot is free again after at most this long (Prefect: ≥ 60)
RENEW_EVERY_S = LEASE_S / 3  # the holder renews its lease this often
RETRY_S = 1.0  # at most this long between two attempts at a busy limit
_depth: dict[str, int] = {}  # limits this process holds → nesting depth (re-entrant)
_ensured: set[tuple[str, str]] = set()  # (API URL, limit) known to exist on that server
_clients: dict[str, Any] = {}  # API URL → an open Prefect client (`_client`)
_clients_lock = threading.Lock()


def limit_name(wh: Warehouse, kind: str = "writer") -> str:
    """The global concurrency limit guarding this warehouse (one per root and kind)."""
    return f"planwatch-{kind}-" + hashlib.sha256(wh.root.encode()).hexdigest()[:16]


def lock_file(wh: Warehouse, kind: str = "writer") -> Path:
    """This machine's lock file of a guard (beside the warehouse writer lock): `_run.lock` for
    the run guard (the run lock of before), `_load.lock` for the writer guard."""
    from warehouse.locks import lock_path_for

    path = lock_path_for(wh.root)
    return path.with_name(path.stem + ("_run.lock" if kind == "run" else "_load.lock"))


@contextlib.contextmanager
def guard(wh: Warehouse, wait_s: float) -> Iterator[str]:
    """Hold the warehouse's single-writer guard for the block (waiting at most `wait_s`);
    yields what guards it (`prefect:<limit>` or `file:<path>`). RunInProgress when it stays busy.
    Re-entrant within a process (a chunk's load inside a staged night's load)."""
    path = lock_file(wh, "writer")
    with _held(wh, "writer", path, wait_s) as held:
        yield held


@contextlib.contextmanager
def run_guard(wh: Warehouse, wait_s: float = 0.0) -> Iterator[str]:
    """Hold the warehouse's run guard (one crawl at a time) for the block; RunInProgress at once
    (or after `wait_s`) when another run holds it. Re-entrant within a process."""
    path = lock_file(wh, "run")
    with _held(wh, "run", path, wait_s) as held:
        yield held


def _busy(wh: Warehouse, kind: str, where: str, wait_s: float) -> RunInProgress:
    """The one-line error of a busy guard, in the words of before: the run lock's for the run
    guard and for a writer guard without a server (no word of Prefect: the CLI prints it before
    Prefect starts), the writer limit's for the writer guard with one (busy here or elsewhere)."""
    if kind == "writer" and api_configured():
        return RunInProgress(
            f"another loader holds the writer guard of {wh.root} (Prefect limit "
            f"{limit_name(wh, kind)}); waited {wait_s:.0f} s"
        )
    return RunInProgress(f"another planwatch run holds {where}; try again when it ends")


@contextlib.contextmanager
def _held(wh: Warehouse, kind: str, path: Path, wait_s: float) -> Iterator[str]:
    from warehouse.exceptions import LockTimeout
    from warehouse.locks import file_lock

    deadline = time.monotonic() + wait_s
    try:
        with file_lock(path, timeout_s=wait_s):
            if not api_configured():
                yield f"file:{path}"
                return
            name = limit_name(wh, kind)
            if _depth.get(name):  # this thread holds it already (the file lock is ours)
                _depth[name] += 1
                try:
                    yield f"prefect:{name}"
                finally:
                    _depth[name] -= 1
                return
            with _lease(wh, kind, name, path, deadline, wait_s):
                _depth[name] = 1
                try:
                    yield f"prefect:{name}"
                finally:
                    _depth[name] = 0
    except LockTimeout:
        raise _busy(wh, kind, str(path), wait_s) from None


@contextlib.contextmanager
def _lease(wh: Warehouse, kind: str, name: str, path: Path, deadline: float, wait_s: float) -> Iterator[None]:
    """The limit's one slot, leased and renewed for the block (this machine's lock file held)."""
    note = path.with_name(path.name + ".lease")
    try:
        client = _client()
        _ensure(client, name)
        _release_dead(client, note)
        lease_id = _acquire(client, name, deadline)
    except RunInProgress:
        raise
    except Exception as exc:  # no server answering: nothing may be written without the guard
        raise FlowError(
            f"cannot take the {kind} guard {name} on the Prefect server: {type(exc).__name__}: {exc}"
        ) from None
    if lease_id is None:
        raise _busy(wh, kind, name, wait_s)
    note.write_text(json.dumps({"lease_id": str(lease_id), "host": socket.gethostname(), "limit": name}))
    stop = threading.Event()
    renewer = threading.Thread(
        target=_renew, args=(client, lease_id, stop), daemon=True, name=f"lease-{name}"
    )
    renewer.start()
    try:
        yield
    finally:
        stop.set()
        renewer.join(timeout=5)
        try:
            client.release_concurrency_slots_with_lease(lease_id)
            note.unlink(missing_ok=True)
        except Exception as exc:  # the note stays: this machine's next holder releases it
            log.warning("could not release the lease %s of %s: %s", lease_id, name, exc)


def _client() -> Any:
    """This process's Prefect client for the configured API (one per API URL, kept open: setting
    one up costs ~0.1 s, and a night takes the writer guard once per chunk)."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    url = str(PREFECT_API_URL.value() or "")
    with _clients_lock:
        if url not in _clients:
            client = get_client(sync_client=True)
            client.__enter__()
            _clients[url] = client
        return _clients[url]


def _ensure(client: Any, name: str) -> None:
    """Create the one-slot limit unless it exists (two creators racing: one wins, both go on).
    It must exist: a lease on a limit the server does not know would guard nothing."""
    key = (str(client.api_url), name)
    if key in _ensured:
        return
    try:
        client.read_global_concurrency_limit_by_name(name)
    except Exception:
        try:
            client.upsert_global_concurrency_limit_by_name(name, 1)
        except Exception:  # created by another holder meanwhile: it must exist now
            client.read_global_concurrency_limit_by_name(name)
    _ensured.add(key)


def _release_dead(client: Any, note: Path) -> None:
    """Release the lease a holder on this machine left behind when it was killed. Called with
    the lock file held: no live holder on this machine holds the lease, so a note of this
    machine names a dead one."""
    try:
        held = json.loads(note.read_text())
    except (OSError, ValueError):
        return
    if held.get("host") == socket.gethostname() and held.get("lease_id"):
        log.warning("releasing the lease %s a killed holder left on %s", held["lease_id"], held.get("limit"))
        with contextlib.suppress(Exception):  # ran out already
            client.release_concurrency_slots_with_lease(held["lease_id"])
    note.unlink(missing_ok=True)


def _acquire(client: Any, name: str, deadline: float) -> UUID | None:
    """Lease the limit's slot, trying until `deadline`; its lease id, None when still busy."""
    import httpx

    while True:
        try:
            response = client.increment_concurrency_slots_with_lease(
                names=[name], slots=1, mode="concurrency", lease_duration=LEASE_S
            )
            return UUID(str(response.json()["lease_id"]))
        except httpx.HTTPStatusError as exc:
            if exc.response.status_code != 423:  # 423 Locked: the slot is held
                raise
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        time.sleep(min(RETRY_S, left))


def _renew(client: Any, lease_id: UUID, stop: threading.Event) -> None:
    """Renew the lease until `stop`; a failed renewal is logged and tried again (a server that
    stays away lets the lease run out: the next writer may then start)."""
    while not stop.wait(RENEW_EVERY_S):
        try:
            client.renew_concurrency_lease(lease_id=lease_id, lease_duration=LEASE_S)
        except Exception as exc:
            log.warning("could not renew the writer lease %s: %s: %s", lease_id, type(exc).__name__, exc)
