"""Can this warehouse do what a command is about to ask? One clear error before anything starts.

`check(wh, write=..., need_tables=...)` raises `StorageError` (exit code 4) when the root is a
file, cannot be written (read-only folder or file system), does not exist where tables are
needed, or lives in a bucket that does not exist. Commands call it first, so a bad path never
ends in a traceback, a half-made folder, an empty export or a run recorded for nothing.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from warehouse import contract
from warehouse.exceptions import StorageError

if TYPE_CHECKING:
    from warehouse.store import Warehouse

HINT = "pass --warehouse DIR (or set PLANWATCH_WAREHOUSE)"


def check(wh: Warehouse, *, write: bool = False, need_tables: bool = False) -> None:
    """Raise StorageError unless the warehouse can be read (need_tables: it holds tables) and,
    with write, written. Creates nothing."""
    if wh.remote:
        _check_remote(wh, need_tables)
    else:
        _check_local(Path(wh.root), write=write, need_tables=need_tables)


def has_tables(root: Path) -> bool:
    return any((root / name / "_delta_log").is_dir() for name in contract.TABLES)


def _check_local(root: Path, *, write: bool, need_tables: bool) -> None:
    if root.exists() and not root.is_dir():
        raise StorageError(f"warehouse {root} is a file, not a folder; {HINT}")
    existing = root
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise StorageError(f"warehouse {root}: {existing} is a file, not a folder; {HINT}")
    if need_tables and not (root.is_dir() and has_tables(root)):
        where = "does not exist" if not root.exists() else "holds no planwatch tables"
        raise StorageError(
            f"no warehouse at {root} (the folder {where}); run `planwatch crawl` or "
            f"`planwatch load` first, or {HINT}"
        )
    if write:
        _probe(existing, root)
        log = root / "runs" / "_delta_log"
        if log.is_dir():
            _probe(log, root)


def _probe(folder: Path, root: Path) -> None:
    """Create and remove a file in `folder`: the one test of writability that holds for root
    users, read-only mounts and ACLs alike."""
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".planwatch-probe-")
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        raise StorageError(f"warehouse {root} cannot be written ({folder}: {why}); {HINT}") from None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)


def _check_remote(wh: Warehouse, need_tables: bool) -> None:
    from pyarrow import fs

    try:
        s3, base = wh.object_store()
        bucket = base.split("/", 1)[0]
        kind = s3.get_file_info(bucket).type
    except StorageError:
        raise
    except Exception as exc:  # unreachable endpoint, bad credentials
        raise StorageError(
            f"warehouse {wh.root}: cannot reach the object store ({type(exc).__name__})"
        ) from None
    if kind == fs.FileType.NotFound:
        raise StorageError(f"warehouse {wh.root}: the bucket {bucket!r} does not exist; {HINT}")
    if need_tables and wh.delta("runs") is None:
        raise StorageError(
            f"no warehouse at {wh.root} (no planwatch tables there); run `planwatch crawl` first, or {HINT}"
        )
