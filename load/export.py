"""Exports for analysts: Parquet (DuckDB, pandas, Spark, polars without Delta), CSV and XLSX.

`export(wh, to)` writes `<to>/<table>.parquet` (the current state of every table); `fmt="csv"`
writes `<to>/<table>.csv` (UTF-8 with BOM, so Excel reads the Chinese) and `fmt="xlsx"`
`<to>/<table>.xlsx`. With `partition_by="county"`, `"publish_year"` or `"county,publish_year"`
the content tables become hive-partitioned Parquet folders
`<to>/<table>/county=<name>/publish_year=<year>/part-0.parquet` (tasks, task_units and targets
take the county and publish year of their document). Each file or folder is written beside its
final name and swapped in, so a reader never sees a half-written export.
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

PARTITION_COLUMNS = ("county", "publish_year")  # of the document; children take their document's
ALIASES = {"year": "publish_year"}
PARTITIONABLE = contract.CONTENT_TABLES
NO_VALUE = "__none__"
NO_COUNTY = NO_VALUE


def partition_columns(partition_by: str | None) -> list[str]:
    """`county`, `publish_year`, `county,publish_year` (`year` = publish_year) → the columns."""
    cols = [ALIASES.get(c.strip(), c.strip()) for c in (partition_by or "").split(",") if c.strip()]
    bad = [c for c in cols if c not in PARTITION_COLUMNS]
    if bad or len(set(cols)) != len(cols):
        raise ValueError(
            f"partition_by {partition_by!r}: use county, publish_year (the document's) or county,publish_year"
        )
    return cols


def _with_partitions(table: str, frame: pl.DataFrame, keys: pl.DataFrame, cols: list[str]) -> pl.DataFrame:
    import polars as pl

    if table != "documents":
        frame = frame.join(keys.select("doc_id", *cols), on="doc_id", how="left")
    elif "publish_year" in cols:
        frame = frame.with_columns(pl.col("publish_date").dt.year().cast(pl.Int64).alias("publish_year"))
    return frame.with_columns(pl.col(c).cast(pl.Utf8).fill_null(NO_VALUE) for c in cols)


def _document_keys(wh: Warehouse) -> pl.DataFrame:
    import polars as pl

    docs = wh.read("documents").select("doc_id", "county", "publish_date").unique("doc_id")
    return docs.with_columns(pl.col("publish_date").dt.year().cast(pl.Int64).alias("publish_year"))


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


def _safe(value: str) -> str:
    """A partition value as a folder name: as written (readable Chinese names, not
    percent-encoded), but '/' and a leading '.' replaced so a value cannot escape the folder."""
    return value.replace("/", "_").replace("\\", "_").lstrip(".") or NO_VALUE


def _write_partitioned(frame: pl.DataFrame, dest: Path, columns: list[str]) -> None:
    """Hive folders `<col>=<value>/…/part-0.parquet`, one level per column."""
    if frame.height == 0:
        folder = dest.joinpath(*(f"{c}={NO_VALUE}" for c in columns))
        folder.mkdir(parents=True)
        frame.drop(columns).write_parquet(folder / "part-0.parquet")
        return
    for values, group in frame.group_by(columns, maintain_order=True):
        folder = dest.joinpath(*(f"{c}={_safe(str(v))}" for c, v in zip(columns, values, strict=True)))
        folder.mkdir(parents=True)
        group.drop(columns).write_parquet(folder / "part-0.parquet")


def _swap_dir(tmp: Path, final: Path) -> None:
    old = final.with_name(f".{final.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old) if final.is_dir() else final.unlink()
    tmp.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def _swap_file(frame: pl.DataFrame, to: Path, name: str, fmt: str) -> Path:
    from warehouse import files

    suffix = files.SUFFIX[fmt]
    final = to / f"{name}{suffix}"
    fd, tmp_name = tempfile.mkstemp(dir=to, prefix=f".{name}-", suffix=suffix)
    os.close(fd)
    try:
        files.write(frame, tmp_name, fmt, sheet=name)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _public(Path(tmp_name))
    os.replace(tmp_name, final)
    return final


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
    wh: Warehouse,
    to: str | Path,
    partition_by: str | None = None,
    tables: list[str] | None = None,
    fmt: str = "parquet",
) -> list[Path]:
    """Write the current state of every (or the named) table under `to`; returns the paths.

    fmt: parquet (default), csv (UTF-8 with BOM, lists joined with ` | `) or xlsx (one workbook
    per table). partition_by (parquet only): county, publish_year or county,publish_year — the
    content tables become hive folders; the operational tables stay single files.
    """
    cols = partition_columns(partition_by)
    if fmt not in ("parquet", "csv", "xlsx"):
        raise ValueError(f"format {fmt!r}: expected parquet, csv or xlsx")
    if cols and fmt != "parquet":
        raise ValueError(
            "partitioned exports are Parquet (hive folders); csv and xlsx are one file per table"
        )
    to = Path(to)
    to.mkdir(parents=True, exist_ok=True)
    clean_stale(to)  # what an export killed midway left behind
    out: list[Path] = []
    keys = None
    for name in tables or list(contract.TABLES):
        frame = wh.read(name)
        if cols and name in PARTITIONABLE:
            if keys is None:
                keys = _document_keys(wh)
            tmp = Path(tempfile.mkdtemp(dir=to, prefix=f".{name}-"))
            _write_partitioned(_with_partitions(name, frame, keys, cols), tmp, cols)
            _public(tmp)
            _swap_dir(tmp, to / name)
            (to / f"{name}.parquet").unlink(missing_ok=True)
            out.append(to / name)
            continue
        out.append(_swap_file(frame, to, name, fmt))
        if fmt == "parquet" and (to / name).is_dir():
            shutil.rmtree(to / name)
    return out
