"""Process-local run context: settings holding secrets, and progress callbacks.

Flow parameters are stored by the Prefect server (its tables, its UI), so they carry only
non-secret values (paths, source ids, flags). Alert URLs and storage options come from the
environment, the config file, or — for an in-process call from the CLI — from `use_settings`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planwatch.settings import Settings

_STATE: dict[str, Any] = {"settings": None, "progress": None, "outcomes": 0}
_PAGE_SINKS: dict[str, Callable[[dict[str, Any]], None]] = {}  # run id → receives each `pages` row
# flow run id → what the flow's body returned (a run report) or the data of the Failed/Cancelled
# state it returned (`keep_outcome`, read by `flows.runner.run_flow`)
_OUTCOMES: dict[str, Any] = {}

ProgressFn = Callable[[str, str, int, int], None]  # (phase, item, done, total; total 0: unknown)


@contextlib.contextmanager
def use_settings(settings: Settings) -> Iterator[None]:
    """Flows called inside this block start from `settings` (the CLI's, secrets included)."""
    from planwatch.redact import install_log_redaction, register_secrets

    install_log_redaction()
    register_secrets(settings.secrets())
    prev = _STATE["settings"]
    _STATE["settings"] = settings
    try:
        yield
    finally:
        _STATE["settings"] = prev


@contextlib.contextmanager
def use_progress(fn: ProgressFn | None) -> Iterator[None]:
    prev = _STATE["progress"]
    _STATE["progress"] = fn
    try:
        yield
    finally:
        _STATE["progress"] = prev


def progress(phase: str, item: str, done: int, total: int) -> None:
    fn = _STATE["progress"]
    if fn is not None:
        try:
            fn(phase, item, done, total)
        except Exception:  # a display problem never stops a run
            pass


@contextlib.contextmanager
def page_sink(run_id: str, fn: Callable[[dict[str, Any]], None]) -> Iterator[None]:
    """Hand every `pages` row of run `run_id` to `fn` as the crawler records it (its body is
    archived by then): an interrupted run keeps what it fetched."""
    _PAGE_SINKS[run_id] = fn
    try:
        yield
    finally:
        _PAGE_SINKS.pop(run_id, None)


def page_fetched(run_id: str, row: dict[str, Any]) -> None:
    fn = _PAGE_SINKS.get(run_id)
    if fn is not None:
        fn(row)


def resolve_settings(**params: Any) -> Settings:
    """Settings for a flow run: the CLI's (when set) or flags/env/config, overridden by params
    (flat option names such as `sources`, `warehouse`, `source`)."""
    from planwatch.settings import load

    params = {k: v for k, v in params.items() if v is not None}
    base: Settings | None = _STATE["settings"]
    if base is None:
        return load(**params)
    return base.replace(**params)


def keep_outcome(outcome: Any, data: Any = None) -> Any:
    """Keep, in this process, what a flow run ends with (`data`: the report or the exception a
    Failed/Cancelled state carries; else `outcome` itself), under its flow run id; returns
    `outcome`. The state Prefect's engine hands back to an in-process caller may be the server's
    copy, without its data (`MissingResult`, seen once on a loaded machine): `run_flow` reads
    the kept one first."""
    from prefect.runtime import flow_run

    run_id = flow_run.get_id()
    if run_id and _STATE["outcomes"]:  # only for an in-process caller (a worker keeps nothing)
        _OUTCOMES[str(run_id)] = outcome if data is None else data
    return outcome


@contextlib.contextmanager
def collect_outcomes() -> Iterator[None]:
    """Flows called inside this block keep their outcome for `take_outcome`; what nobody took (a
    sharded night's subflows) is dropped when the outermost block ends."""
    _STATE["outcomes"] += 1
    try:
        yield
    finally:
        _STATE["outcomes"] -= 1
        if not _STATE["outcomes"]:
            _OUTCOMES.clear()


def take_outcome(flow_run_id: Any) -> tuple[bool, Any]:
    """(found, outcome) kept by `keep_outcome` for that flow run (forgotten once taken)."""
    key = str(flow_run_id)
    if key in _OUTCOMES:
        return True, _OUTCOMES.pop(key)
    return False, None
