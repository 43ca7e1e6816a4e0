"""A frame as a file analysts open: Parquet, CSV that Excel reads, XLSX, JSON.

CSV is UTF-8 with a byte-order mark (Excel on Windows otherwise guesses GBK and garbles the
Chinese) and list columns joined with ` | ` (CSV has no lists). XLSX keeps one sheet per frame,
lists joined the same way, timestamps without their zone (Excel has none) and the header frozen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

FORMATS = ("parquet", "csv", "xlsx", "json")
SUFFIX = {"parquet": ".parquet", "csv": ".csv", "xlsx": ".xlsx", "json": ".json"}
BOM = "\ufeff"
LIST_SEPARATOR = " | "
XLSX_MAX_ROWS = 1_048_575  # Excel's row limit, less the header
XLSX_MAX_CELL = 32_767  # Excel's longest cell text (a long body_text is cut, ending with …)


def flat(frame: pl.DataFrame, separator: str = LIST_SEPARATOR) -> pl.DataFrame:
    """List columns joined with ` | ` (for CSV and spreadsheets)."""
    import polars as pl

    lists = [c for c, t in frame.schema.items() if isinstance(t, pl.List)]
    if not lists:
        return frame
    return frame.with_columns(pl.col(c).cast(pl.List(pl.Utf8)).list.join(separator) for c in lists)


def csv_text(frame: pl.DataFrame, bom: bool = True, separator: str = LIST_SEPARATOR) -> str:
    """`frame` as CSV text, its list columns joined with `separator`."""
    return (BOM if bom else "") + flat(frame, separator).write_csv()


def _for_excel(frame: pl.DataFrame) -> pl.DataFrame:
    """Timestamps without their zone (Excel has none) and texts cut to Excel's cell limit."""
    import polars as pl

    frame = flat(frame)
    zoned = [c for c, t in frame.schema.items() if isinstance(t, pl.Datetime) and t.time_zone]
    texts = [c for c, t in frame.schema.items() if t == pl.Utf8]
    cut = XLSX_MAX_CELL - 1
    return frame.with_columns(
        *(pl.col(c).dt.replace_time_zone(None) for c in zoned),
        *(
            pl.when(pl.col(c).str.len_chars() > XLSX_MAX_CELL)
            .then(pl.col(c).str.slice(0, cut) + "…")
            .otherwise(pl.col(c))
            .alias(c)
            for c in texts
        ),
    )


def write(frame: pl.DataFrame, path: str | Path, fmt: str, sheet: str = "data") -> Path:
    """Write `frame` to `path` in `fmt` (one of FORMATS); returns the path."""
    path = Path(path)
    if fmt == "parquet":
        frame.write_parquet(path)
    elif fmt == "csv":
        path.write_text(csv_text(frame), encoding="utf-8")
    elif fmt == "json":
        path.write_text(frame.write_json(), encoding="utf-8")
    elif fmt == "xlsx":
        if frame.height > XLSX_MAX_ROWS:
            raise ValueError(f"{frame.height} rows do not fit one Excel sheet; use csv or parquet")
        _for_excel(frame).write_excel(path, worksheet=sheet[:31], autofit=True, freeze_panes=(1, 0))
    else:
        raise ValueError(f"format {fmt!r}: expected one of {', '.join(FORMATS)}")
    return path
