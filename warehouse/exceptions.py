"""Warehouse errors that cross package boundaries."""
from planwatch.exceptions import PlanwatchError


class WarehouseError(PlanwatchError):
    """The warehouse cannot be opened, read or written; the message says which table and why."""


class AsOfError(WarehouseError):
    """An `as_of` value names no run, version or time the table knows."""


class LockTimeout(WarehouseError):
    """Another writer held the warehouse lock for longer than the timeout."""
