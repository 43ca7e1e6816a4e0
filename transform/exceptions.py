"""Errors of the transform package that cross its boundary."""

from typing import ClassVar

from planwatch.exceptions import PlanwatchError


class TransformError(PlanwatchError):
    """A page could not be read (not a parse failure: those become a parse_note)."""


class InputError(TransformError):
    """An input file of `planwatch parse` cannot be read (missing, unreadable, wrong type)."""


class AttachmentError(TransformError):
    """An attached file cannot be turned into text; its `status` says how (`transform.attachments`).
    (A `ClassVar`: mypyc would compile a bare class attribute of an exception as an instance
    attribute that is never set.)"""

    status: ClassVar[str] = "failed"


class FileTooLarge(AttachmentError):
    """Over a size cap: the file, a zip entry, the decompressed total, rows or pages."""

    status: ClassVar[str] = "too_large"


class UnsupportedFile(AttachmentError):
    """A format (or a variant: encrypted, an old WPS) planwatch does not read."""

    status: ClassVar[str] = "unsupported"
