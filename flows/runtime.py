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

ProgressFn = Callable[[str, str, int, int], None]  # (phase, item, done, total)


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


def resolve_settings(**params: Any) -> Settings:
    """Settings for a flow run: the CLI's (when set) or flags/env/config, overridden by params
    (flat option names such as `sources`, `warehouse`, `source`)."""
    from planwatch.settings import load

    params = {k: v for k, v in params.items() if v is not None}
    base: Settings | None = _STATE["settings"]
    if base is None:
        return load(**params)
    return base.replace(**params)
