"""Load errors that cross package boundaries."""

from warehouse.exceptions import WarehouseError


class LoadError(WarehouseError):
    """A run could not be loaded into the warehouse; the message names the table."""
