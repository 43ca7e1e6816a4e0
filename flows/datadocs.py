"""Where a run's Data Docs (written by `expectations.docs`) go, and publishing them beside an
object-store warehouse."""

from __future__ import annotations

import hashlib
import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warehouse.store import Warehouse

log = logging.getLogger(__name__)


def docs_dir(wh: Warehouse) -> Path:
    """`<root>/data_docs` for a local warehouse; a local temp folder for an object-store one
    (`publish` copies the pages up)."""
    if not wh.remote:
        return Path(wh.root) / "data_docs"
    key = hashlib.sha256(wh.root.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / "planwatch-data-docs" / key


def publish(wh: Warehouse, page: str | None) -> str | None:
    """For an object-store warehouse, copy the run page and the index to `<root>/data_docs/`;
    returns where the page can be read (its URI, or the local path)."""
    if not page or not wh.remote:
        return page
    local = Path(page)
    try:
        uri = wh.upload(local, f"data_docs/runs/{local.name}")
        wh.upload(local.parent.parent / "index.html", "data_docs/index.html")
        return uri
    except Exception as exc:  # the local copy stays; results are in dq_results anyway
        log.warning("data docs not uploaded to %s: %s", wh.root, exc)
        return page
