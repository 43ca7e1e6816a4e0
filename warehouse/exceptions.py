"""Warehouse errors that cross package boundaries, each with its exit code (`planwatch.exitcodes`)."""

from planwatch import exitcodes
from planwatch.exceptions import PlanwatchError


class WarehouseError(PlanwatchError):
    """The warehouse cannot be opened, read or written; the message says which table and why."""

    exit_code = exitcodes.STORAGE


class StorageError(WarehouseError):
    """The warehouse root is unusable for the command: a file, read-only, missing, no bucket."""


class AsOfError(WarehouseError):
    """An `as_of` value names no run, version or time the table knows."""

    exit_code = exitcodes.USAGE


class LockTimeout(WarehouseError):
    """Another writer held the warehouse lock for longer than the timeout."""

    exit_code = exitcodes.BUSY


class UnknownTable(WarehouseError, KeyError):
    """A table name the contract does not define."""

    exit_code = exitcodes.USAGE

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class SchemaError(WarehouseError, ValueError):
    """Rows or a frame do not fit a table's contract (unknown columns, uncastable types)."""

    exit_code = exitcodes.USAGE


class QueryError(WarehouseError):
    """A `planwatch sql` statement failed (syntax, unknown table or column, a bad cast)."""

    exit_code = exitcodes.USAGE
