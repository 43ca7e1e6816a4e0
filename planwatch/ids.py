"""Run ids: one format for every run, journal and validation report."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime

RUN_ID_RE = re.compile(r"^[A-Za-z0-9_.-]{1,120}$")


def new_run_id(prefix: str = "") -> str:
    """A sortable run id: optional prefix, UTC timestamp to the microsecond, random suffix
    (``20261205T012030123456Z-3fa2c1``)."""
    return prefix + datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ") + "-" + secrets.token_hex(3)


def is_safe_run_id(run_id: str) -> bool:
    """Whether a run id can name a file (journals, Data Docs pages) as it is."""
    return bool(RUN_ID_RE.match(run_id)) and run_id not in (".", "..")
