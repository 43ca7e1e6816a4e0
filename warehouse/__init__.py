"""The table contract, where the warehouse lives, and reading current or as-of state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl


def read(
    table: str, as_of: Any = None, root: str | None = None, storage_options: dict | str | None = None
) -> pl.DataFrame:
    """A warehouse table as polars, current or as of a run id / Delta version / timestamp.

    `root` defaults to the settings (`--warehouse`, env `PLANWATCH_WAREHOUSE`, planwatch.toml).
    """
    from warehouse.store import Warehouse

    if root is None:
        from planwatch.settings import load

        return Warehouse.open(load().store).read(table, as_of=as_of)
    return Warehouse(root, storage_options).read(table, as_of=as_of)
