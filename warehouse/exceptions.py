"""Warehouse errors that cross package boundaries."""

from planwatch.exceptions import PlanwatchError


class WarehouseError(PlanwatchError):
    """The warehouse cannot be opened, read or written; the message says which table and why."""


class AsOfError(WarehouseError):
    """An `as_of` value names no run, version or time the table knows."""


class LockTimeout(WarehouseError):
    """Another writer held the warehouse lock for longer than the timeout."""


class UnknownTable(WarehouseError, KeyError):
    """A table name the contract does not define."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class SchemaError(WarehouseError, ValueError):
    """Rows or a frame do not fit a table's contract (unknown columns, uncastable types)."""


class QueryError(WarehouseError):
    """A `planwatch sql` statement failed (syntax, unknown table or column, a bad cast)."""
