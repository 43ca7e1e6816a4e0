"""Errors of the transform package that cross its boundary."""

from planwatch.exceptions import PlanwatchError


class TransformError(PlanwatchError):
    """A page could not be read (not a parse failure: those become a parse_note)."""


class InputError(TransformError):
    """An input file of `planwatch parse` cannot be read (missing, unreadable, wrong type)."""
