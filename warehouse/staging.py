"""Staged shards: what one shard of a sharded night hands to the one load, under the root.

A shard run (a host-disjoint share of the sources, crawled and parsed on some worker) does not
write tables; it writes its tables, its `pages` rows and its run state here, as Parquet and
JSON, under `<root>/_staging/<night id>/<shard>/` (a local folder or the same object store as
the tables), with the completion marker written last:

    documents.parquet tasks.parquet … pages.parquet   the shard's rows (contract schemas)
    state.json                                        per-source reports, failures, start time
    _COMPLETE                                         written last: the shard is whole
    _ALIVE                                            the shard run's heartbeat while it runs
    _OWNER                                            the newest run of the shard (older ones stop)
    _LOADED                                           written by the load after its commits

A shard staged again replaces its files (the marker is removed first, so a half-written shard
is never read as whole). The load reads only shards with `_COMPLETE`, skips those with
`_LOADED`, and drops a night's folder when every shard is loaded.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from warehouse.contract import CONTENT_TABLES
from warehouse.exceptions import WarehouseError

if TYPE_CHECKING:
    import polars as pl
    from pyarrow import fs as pafs

    from warehouse.store import Warehouse

STAGING = "_staging"
COMPLETE = "_COMPLETE"
LOADED = "_LOADED"
ALIVE = "_ALIVE"
OWNER = "_OWNER"
STATE = "state.json"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$")


def shard_name(index: int) -> str:
    """The folder of shard `index` (0-based): `shard-000`."""
    return f"shard-{index:03d}"


@dataclass
class StagedShard:
    """One shard as staged: its content tables, its `pages` rows and its run state."""

    night_id: str
    shard: str
    tables: dict[str, pl.DataFrame]
    pages: pl.DataFrame | None
    state: dict[str, Any] = field(default_factory=dict)


def _check(*names: str) -> None:
    for name in names:
        if not _NAME.match(name) or name in (".", ".."):
            raise WarehouseError(f"bad staging name {name!r} (letters, digits, _ . - only)")


def _fs(wh: Warehouse) -> tuple[pafs.FileSystem, str]:
    """(pyarrow filesystem, base path of the staging area) for a local or object-store root."""
    if wh.remote:
        s3, base = wh.object_store()
        return s3, f"{base}/{STAGING}"
    from pathlib import Path

    from pyarrow import fs

    return fs.LocalFileSystem(), str(Path(wh.root) / STAGING)


def _put(filesystem: pafs.FileSystem, path: str, data: bytes) -> None:
    with filesystem.open_output_stream(path) as out:
        out.write(data)


def _get(filesystem: pafs.FileSystem, path: str) -> bytes:
    with filesystem.open_input_stream(path) as src:
        return bytes(src.read())


def _exists(filesystem: pafs.FileSystem, path: str) -> bool:
    from pyarrow import fs

    return filesystem.get_file_info(path).type == fs.FileType.File


def _children(filesystem: pafs.FileSystem, path: str, kind: str) -> list[str]:
    from pyarrow import fs

    wanted = fs.FileType.Directory if kind == "dir" else fs.FileType.File
    infos = filesystem.get_file_info(fs.FileSelector(path, allow_not_found=True))
    return sorted(i.base_name for i in infos if i.type == wanted)


def _parquet(frame: pl.DataFrame) -> bytes:
    buf = io.BytesIO()
    frame.write_parquet(buf)
    return buf.getvalue()


def write_shard(
    wh: Warehouse,
    night_id: str,
    shard: str,
    tables: dict[str, pl.DataFrame],
    pages: pl.DataFrame | None,
    state: dict[str, Any],
) -> str:
    """Stage one shard (replacing what it staged before); the completion marker last. Returns
    the shard's folder. A shard the load already took is not staged again (WarehouseError)."""
    _check(night_id, shard)
    filesystem, base = _fs(wh)
    folder = f"{base}/{night_id}/{shard}"
    if _exists(filesystem, f"{folder}/{LOADED}"):
        raise WarehouseError(f"shard {night_id}/{shard} is already loaded; it is not staged again")
    drop_shard(wh, night_id, shard, keep=(ALIVE, OWNER))  # the marker first: never half-whole
    filesystem.create_dir(folder, recursive=True)
    from warehouse.contract import conform

    for name in CONTENT_TABLES:
        frame = tables.get(name)
        _put(filesystem, f"{folder}/{name}.parquet", _parquet(conform(name, [] if frame is None else frame)))
    if pages is not None and pages.height:
        _put(filesystem, f"{folder}/pages.parquet", _parquet(pages))
    _put(filesystem, f"{folder}/{STATE}", json.dumps(state, default=str, ensure_ascii=False).encode())
    _put(filesystem, f"{folder}/{COMPLETE}", b"")
    return folder


def nights(wh: Warehouse) -> list[str]:
    """Night ids with a staging folder, oldest first (night ids sort by time)."""
    filesystem, base = _fs(wh)
    return [n for n in _children(filesystem, base, "dir") if _NAME.match(n)]


def shards(wh: Warehouse, night_id: str, *, loaded: bool | None = None) -> list[str]:
    """The complete shards of a night (`loaded`: only loaded ones, only unloaded ones, or all)."""
    _check(night_id)
    filesystem, base = _fs(wh)
    out = []
    for shard in _children(filesystem, f"{base}/{night_id}", "dir"):
        files = set(_children(filesystem, f"{base}/{night_id}/{shard}", "file"))
        if COMPLETE in files and (loaded is None or (LOADED in files) == loaded):
            out.append(shard)
    return out


def read_shard(wh: Warehouse, night_id: str, shard: str) -> StagedShard:
    """A complete staged shard (WarehouseError when it is not complete)."""
    import polars as pl

    _check(night_id, shard)
    filesystem, base = _fs(wh)
    folder = f"{base}/{night_id}/{shard}"
    if not _exists(filesystem, f"{folder}/{COMPLETE}"):
        raise WarehouseError(f"shard {night_id}/{shard} is not completely staged")
    tables = {
        name: pl.read_parquet(io.BytesIO(_get(filesystem, f"{folder}/{name}.parquet")))
        for name in CONTENT_TABLES
    }
    pages = None
    if _exists(filesystem, f"{folder}/pages.parquet"):
        pages = pl.read_parquet(io.BytesIO(_get(filesystem, f"{folder}/pages.parquet")))
    state = json.loads(_get(filesystem, f"{folder}/{STATE}"))
    return StagedShard(night_id, shard, tables, pages, state)


def mark_loaded(wh: Warehouse, night_id: str, shard: str, summary: dict[str, Any]) -> None:
    """Record that the load committed this shard (with what it found), so it is never loaded twice."""
    _check(night_id, shard)
    filesystem, base = _fs(wh)
    data = json.dumps(summary, default=str, ensure_ascii=False).encode()
    _put(filesystem, f"{base}/{night_id}/{shard}/{LOADED}", data)


def loaded_summary(wh: Warehouse, night_id: str, shard: str) -> dict[str, Any]:
    """What `mark_loaded` recorded for a loaded shard."""
    _check(night_id, shard)
    filesystem, base = _fs(wh)
    result: dict[str, Any] = json.loads(_get(filesystem, f"{base}/{night_id}/{shard}/{LOADED}") or b"{}")
    return result


def touch_alive(wh: Warehouse, night_id: str, shard: str, info: dict[str, Any]) -> None:
    """The running shard's heartbeat (`info` plus the time now), read by the coordinator."""
    import time

    _check(night_id, shard)
    filesystem, base = _fs(wh)
    folder = f"{base}/{night_id}/{shard}"
    filesystem.create_dir(folder, recursive=True)
    _put(filesystem, f"{folder}/{ALIVE}", json.dumps({**info, "at": time.time()}, default=str).encode())


def alive(wh: Warehouse, night_id: str, shard: str) -> dict[str, Any] | None:
    """The shard's last heartbeat (`at`: epoch seconds), or None when it never beat."""
    _check(night_id, shard)
    filesystem, base = _fs(wh)
    path = f"{base}/{night_id}/{shard}/{ALIVE}"
    try:
        beat: dict[str, Any] = json.loads(_get(filesystem, path))
    except (FileNotFoundError, OSError, ValueError):
        return None
    return beat


def claim(wh: Warehouse, night_id: str, shard: str, token: str) -> None:
    """Record `token` as the shard's newest run: an older run still going sees it and stops."""
    _check(night_id, shard)
    filesystem, base = _fs(wh)
    filesystem.create_dir(f"{base}/{night_id}/{shard}", recursive=True)
    _put(filesystem, f"{base}/{night_id}/{shard}/{OWNER}", token.encode())


def owner(wh: Warehouse, night_id: str, shard: str) -> str | None:
    """The token of the shard's newest run (None when no run claimed it)."""
    _check(night_id, shard)
    filesystem, base = _fs(wh)
    try:
        return _get(filesystem, f"{base}/{night_id}/{shard}/{OWNER}").decode()
    except (FileNotFoundError, OSError):
        return None


def drop_shard(wh: Warehouse, night_id: str, shard: str, keep: tuple[str, ...] = ()) -> None:
    """Remove one shard's staged files (its completion marker first), but those named in `keep`."""
    _check(night_id, shard)
    filesystem, base = _fs(wh)
    folder = f"{base}/{night_id}/{shard}"
    for name in (COMPLETE, *_children(filesystem, folder, "file")):
        if name in keep:
            continue
        try:
            filesystem.delete_file(f"{folder}/{name}")
        except (FileNotFoundError, OSError):
            pass
    if keep:
        return
    try:
        filesystem.delete_dir(folder)
    except (FileNotFoundError, OSError):
        pass


def drop_night(wh: Warehouse, night_id: str) -> None:
    """Remove a night's staging folder and every shard in it."""
    _check(night_id)
    filesystem, base = _fs(wh)
    for shard in _children(filesystem, f"{base}/{night_id}", "dir"):
        drop_shard(wh, night_id, shard)
    try:
        filesystem.delete_dir(f"{base}/{night_id}")
    except (FileNotFoundError, OSError):
        pass
