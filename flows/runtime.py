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

_STATE: dict[str, Any] = {"settings": None, "progress": None}
_PAGE_SINKS: dict[str, Callable[[dict[str, Any]], None]] = {}  # run id → receives each `pages` row

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
