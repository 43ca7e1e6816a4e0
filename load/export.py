"""Plain Parquet exports for analysts: readable by DuckDB, pandas, Spark, polars without Delta.

`export(wh, to)` writes `<to>/<table>.parquet` (the current state of every table);
with `partition_by="county"` the content tables become hive-partitioned folders
`<to>/<table>/county=<name>/part-0.parquet` (tasks, task_units and targets take the county of
their document). Each file or folder is written beside its final name and swapped in, so a reader
never sees a half-written export.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from warehouse import contract

if TYPE_CHECKING:
    import polars as pl

    from warehouse.store import Warehouse

PARTITIONABLE = {"county": contract.CONTENT_TABLES}
NO_COUNTY = "__none__"


def _with_county(table: str, frame: pl.DataFrame, counties: pl.DataFrame) -> pl.DataFrame:
    import polars as pl

    if table != "documents":
        frame = frame.join(counties, on="doc_id", how="left")
    return frame.with_columns(pl.col("county").fill_null(NO_COUNTY))


def _umask() -> int:
    """The process umask without changing it (os.umask would, briefly, for every thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _public(path: Path) -> None:
    """mkstemp/mkdtemp create private (0600/0700) entries: give exports the usual umask modes."""
    umask = _umask()
    if path.is_dir():
        for p in [path, *path.rglob("*")]:
            p.chmod((0o777 if p.is_dir() else 0o666) & ~umask)
    else:
        path.chmod(0o666 & ~umask)


def _write_partitioned(frame: pl.DataFrame, dest: Path, column: str) -> None:
    """Hive folders `<column>=<value>` with the value as written (readable Chinese names, not
    percent-encoded); '/' and a leading '.' are replaced so a value cannot escape the folder."""
    import polars as pl

    safe = frame.with_columns(pl.col(column).str.replace_all("/", "_").str.replace(r"^\.", "_"))
    if safe.height == 0:
        (dest / f"{column}={NO_COUNTY}").mkdir()
        safe.drop(column).write_parquet(dest / f"{column}={NO_COUNTY}" / "part-0.parquet")
        return
    for (value,), group in safe.group_by(column, maintain_order=True):
        folder = dest / f"{column}={value}"
        folder.mkdir()
        group.drop(column).write_parquet(folder / "part-0.parquet")


def _stale_temp(name: str) -> bool:
    """Whether a name in the export folder is a temporary file or folder of an earlier export
    (`.<table>-XXXXXXXX`, `.<table>-XXXXXXXX.parquet`, `.<table>-old`) that was killed midway."""
    m = re.fullmatch(r"\.([a-z_]+)-(?:old|[A-Za-z0-9_]{6,}(?:\.parquet)?)", name)
    return bool(m and m.group(1) in contract.TABLES)


def clean_stale(to: Path) -> list[str]:
    """Remove what killed exports left in `to`; returns the names removed (nothing else is touched)."""
    removed = []
    for entry in to.iterdir():
        if _stale_temp(entry.name):
            shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)
            removed.append(entry.name)
    return removed


def export(
    wh: Warehouse, to: str | Path, partition_by: str | None = None, tables: list[str] | None = None
) -> list[Path]:
    """Write the current state of every (or the named) table as Parquet under `to`; returns the paths.

    What an earlier export killed midway left behind (its temporary files and folders) is removed
    first. Two exports into one folder at the same time are not supported."""
    if partition_by not in (None, "", *PARTITIONABLE):
        raise ValueError(f"partition_by: only {', '.join(PARTITIONABLE)} is supported")
    to = Path(to)
    to.mkdir(parents=True, exist_ok=True)
    clean_stale(to)
    names = tables or list(contract.TABLES)
    out: list[Path] = []
    counties = None
    for name in names:
        frame = wh.read(name)
        if partition_by and name in PARTITIONABLE[partition_by]:
            if counties is None:
                counties = wh.read("documents").select("doc_id", "county").unique("doc_id")
            part = _with_county(name, frame, counties)
            final = to / name
            tmp = Path(tempfile.mkdtemp(dir=to, prefix=f".{name}-"))
            _write_partitioned(part, tmp, partition_by)
            _public(tmp)
            old = to / f".{name}-old"
            shutil.rmtree(old, ignore_errors=True)
            if final.exists():
                final.rename(old) if final.is_dir() else final.unlink()
            tmp.rename(final)
            shutil.rmtree(old, ignore_errors=True)
            (to / f"{name}.parquet").unlink(missing_ok=True)
            out.append(final)
        else:
            final = to / f"{name}.parquet"
            fd, tmp_name = tempfile.mkstemp(dir=to, prefix=f".{name}-", suffix=".parquet")
            os.close(fd)
            frame.write_parquet(tmp_name)
            _public(Path(tmp_name))
            os.replace(tmp_name, final)
            if (to / name).is_dir():
                shutil.rmtree(to / name)
            out.append(final)
    return out
